use super::*;
use crate::enum_str::test_support::{from_str_value, to_str_value};
use proptest::prelude::*;
use rstest::rstest;

/// Every number obtained by changing exactly one digit of `digits`.
fn one_digit_mutations(digits: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, c) in digits.char_indices() {
        if !c.is_ascii_digit() {
            continue;
        }
        for r in '0'..='9' {
            if r != c {
                let mut m = digits.to_owned();
                m.replace_range(i..i + 1, &r.to_string());
                out.push(m);
            }
        }
    }
    out
}

// Real, publicly listed numbers: Peugeot, Google France, INSEE, Renault,
// Danone (SIREN); GUS, PKN Orlen, PZU, a Warsaw hospital (NIP/REGON).
#[rstest]
#[case("552100554")]
#[case("443061841")]
#[case("120027016")]
#[case("441639465")]
#[case("552032534")]
#[case("356000000")]
fn siren_valid_and_mutations_rejected(#[case] n: &str) {
    assert_eq!(Siren::parse(n).unwrap().as_str(), n);
    for m in one_digit_mutations(n) {
        assert_eq!(Siren::parse(&m), Err(IdError::BadChecksum), "{m}");
    }
}

#[rstest]
#[case("73282932000074")]
#[case("44306184100047")]
#[case("44163946500018")]
#[case("12002701600357")]
fn siret_valid_and_mutations_rejected(#[case] n: &str) {
    let s = Siret::parse(n).unwrap();
    assert_eq!(s.as_str(), n);
    assert_eq!(s.siren().as_str(), &n[..9]);
    assert_eq!(s.nic(), &n[9..]);
    for m in one_digit_mutations(n) {
        assert_eq!(Siret::parse(&m), Err(IdError::BadChecksum), "{m}");
    }
}

#[rstest]
// Head office: passes Luhn like any SIRET.
#[case("35600000000048", true)]
// Establishments: digit sum multiple of 5, Luhn does not apply.
#[case("35600000000001", true)]
#[case("35600000000047", true)]
#[case("35600000000049", false)]
#[case("35600000000002", false)]
// Same digit-sum trick on another SIREN is not accepted.
#[case("55210055400003", false)]
fn siret_la_poste_exception(#[case] n: &str, #[case] valid: bool) {
    assert_eq!(Siret::parse(n).is_ok(), valid, "{n}");
}

#[test]
fn la_poste_head_office_mutations_fail_unless_they_are_la_poste_numbers() {
    // A typo in La Poste's NIC can land on another valid La Poste SIRET:
    // the digit-sum rule only catches changes that are not a multiple of 5.
    for m in one_digit_mutations("35600000000048") {
        let sum: u32 = m.bytes().map(|b| u32::from(b - b'0')).sum();
        let expected = (m.starts_with("356000000") && sum.is_multiple_of(5)) || fr::luhn_ok(&m);
        assert_eq!(Siret::parse(&m).is_ok(), expected, "{m}");
        if !m.starts_with("356000000") {
            assert!(Siret::parse(&m).is_err(), "{m}");
        }
    }
}

#[rstest]
#[case("5261040828")]
#[case("7740001454")]
#[case("5260250995")]
#[case("5220002529")]
#[case("8133793363")]
fn nip_valid_and_mutations_rejected(#[case] n: &str) {
    assert_eq!(Nip::parse(n).unwrap().as_str(), n);
    for m in one_digit_mutations(n) {
        assert_eq!(Nip::parse(&m), Err(IdError::BadChecksum), "{m}");
    }
}

#[test]
fn nip_remainder_ten_is_invalid() {
    // 123456789x: weighted sum 6+10+21+8+15+24+35+48+63 = 230, 230 mod 11 = 10.
    for last in '0'..='9' {
        assert_eq!(
            Nip::parse(&format!("123456789{last}")),
            Err(IdError::BadChecksum)
        );
    }
}

#[rstest]
#[case("000331501")]
#[case("610188201")]
#[case("012100784")]
#[case("000288975")]
#[case("381513359")]
fn regon9_valid_and_mutations_rejected(#[case] n: &str) {
    let r = Regon::parse(n).unwrap();
    assert_eq!(r.as_str(), n);
    assert!(!r.is_local_unit());
    assert_eq!(r.base(), r);
    for m in one_digit_mutations(n) {
        assert_eq!(Regon::parse(&m), Err(IdError::BadChecksum), "{m}");
    }
}

#[test]
fn regon14_reference_vector() {
    // Reference vector of python-stdnum (no real local unit could be verified).
    let r = Regon::parse("12345678512347").unwrap();
    assert!(r.is_local_unit());
    assert_eq!(r.base().as_str(), "123456785");
    for m in one_digit_mutations("12345678512347") {
        assert_eq!(Regon::parse(&m), Err(IdError::BadChecksum), "{m}");
    }
    // Last check digit right but the embedded REGON-9 wrong.
    assert_eq!(Regon::parse("12345678612342"), Err(IdError::BadChecksum));
}

#[test]
fn regon_remainder_ten_maps_to_zero() {
    // Find an 8-digit base whose weighted remainder is 10: its check digit is 0.
    let weighted = |b: &str| {
        b.bytes()
            .zip([8, 9, 2, 3, 4, 5, 6, 7])
            .map(|(d, w)| u32::from(d - b'0') * w)
            .sum::<u32>()
    };
    let base = (0..10_000u32)
        .map(|n| format!("{n:08}"))
        .find(|b| weighted(b) % 11 == 10)
        .unwrap();
    assert!(Regon::parse(&format!("{base}0")).is_ok(), "{base}");
    assert!(Regon::parse(&format!("{base}1")).is_err(), "{base}");
}

#[rstest]
#[case("0000028860")]
#[case("0000752177")]
fn krs_valid(#[case] n: &str) {
    assert_eq!(Krs::parse(n).unwrap().as_str(), n);
}

#[rstest]
#[case("W751234567", "W751234567")]
#[case("w751234567", "W751234567")]
#[case(" W 751 234 567 ", "W751234567")]
#[case("W751515517", "W751515517")]
fn rna_valid(#[case] input: &str, #[case] canonical: &str) {
    assert_eq!(Rna::parse(input).unwrap().as_str(), canonical);
}

#[rstest]
#[case("", IdError::Empty)]
#[case("   ", IdError::Empty)]
#[case("W", IdError::BadLength { expected: 9, found: 0 })]
#[case("W12", IdError::BadLength { expected: 9, found: 2 })]
#[case("W7512345678", IdError::BadLength { expected: 9, found: 10 })]
#[case("751234567", IdError::BadFormat)]
#[case("X751234567", IdError::BadFormat)]
#[case("W-751234567", IdError::BadFormat)]
#[case("W75123456A", IdError::NotDigits)]
fn rna_invalid(#[case] input: &str, #[case] err: IdError) {
    assert_eq!(Rna::parse(input), Err(err));
}

#[rstest]
#[case("552 100 554")]
#[case("552.100.554")]
#[case("552-100-554")]
#[case("552\u{a0}100\u{202f}554")]
#[case("  552100554\n")]
#[case("552 - 100 - 554")]
fn separators_accepted(#[case] input: &str) {
    assert_eq!(Siren::parse(input).unwrap().as_str(), "552100554");
}

#[rstest]
#[case("", IdError::Empty)]
#[case(" \t ", IdError::Empty)]
#[case("-552100554", IdError::BadFormat)]
#[case("552100554.", IdError::BadFormat)]
#[case("552_100_554", IdError::NotDigits)]
#[case("55210055A", IdError::NotDigits)]
#[case("５５２１００５５４", IdError::NotDigits)]
#[case("55210055", IdError::BadLength { expected: 9, found: 8 })]
#[case("5521005540", IdError::BadLength { expected: 9, found: 10 })]
fn siren_errors(#[case] input: &str, #[case] err: IdError) {
    assert_eq!(Siren::parse(input), Err(err));
}

#[test]
fn length_errors_other_types() {
    assert_eq!(
        Siret::parse("7328293200007"),
        Err(IdError::BadLength {
            expected: 14,
            found: 13
        })
    );
    assert_eq!(
        Nip::parse("123-456-32-1"),
        Err(IdError::BadLength {
            expected: 10,
            found: 9
        })
    );
}

#[rstest]
#[case("12345678", 9)]
#[case("1234567890", 9)]
#[case("123456789012", 14)]
#[case("123456789012345", 14)]
fn regon_length_error_points_to_nearest_length(#[case] input: &str, #[case] expected: usize) {
    assert_eq!(
        Regon::parse(input),
        Err(IdError::BadLength {
            expected,
            found: input.len()
        })
    );
}

#[test]
fn krs_has_exact_length() {
    assert_eq!(
        Krs::parse("28860"),
        Err(IdError::BadLength {
            expected: 10,
            found: 5
        })
    );
    assert_eq!(
        Krs::parse("00000288601"),
        Err(IdError::BadLength {
            expected: 10,
            found: 11
        })
    );
}

#[rstest]
#[case(IdError::Empty, "id_empty")]
#[case(IdError::BadLength { expected: 9, found: 3 }, "id_bad_length")]
#[case(IdError::NotDigits, "id_not_digits")]
#[case(IdError::BadChecksum, "id_bad_checksum")]
#[case(IdError::BadFormat, "id_bad_format")]
fn error_codes(#[case] err: IdError, #[case] code: &str) {
    assert_eq!(err.code(), code);
    assert!(!err.to_string().is_empty());
}

#[rstest]
#[case(IdentifierKind::Siren, "552 100 554", "552100554", Country::Fr)]
#[case(
    IdentifierKind::Siret,
    "732 829 320 00074",
    "73282932000074",
    Country::Fr
)]
#[case(IdentifierKind::Rna, "w751234567", "W751234567", Country::Fr)]
#[case(IdentifierKind::Nip, "526-104-08-28", "5261040828", Country::Pl)]
#[case(IdentifierKind::Regon, "610188201", "610188201", Country::Pl)]
#[case(IdentifierKind::Krs, "0000028860", "0000028860", Country::Pl)]
fn identifier_kinds(
    #[case] kind: IdentifierKind,
    #[case] input: &str,
    #[case] canonical: &str,
    #[case] country: Country,
) {
    let id = kind.parse_value(input).unwrap();
    assert_eq!(id.kind(), kind);
    assert_eq!(id.as_str(), canonical);
    assert_eq!(id.to_string(), format!("{}:{canonical}", kind.as_str()));
    assert_eq!(kind.country(), country);
    assert_eq!(kind.as_str().parse::<IdentifierKind>().unwrap(), kind);
}

#[test]
fn identifier_kind_strings() {
    let names: Vec<_> = IdentifierKind::all().iter().map(|k| k.as_str()).collect();
    assert_eq!(names, ["siren", "siret", "rna", "nip", "regon", "krs"]);
    assert!("vat".parse::<IdentifierKind>().is_err());
    assert!(IdentifierKind::Siren.parse_value("552100555").is_err());
}

#[test]
fn serde_as_plain_strings() {
    let s = Siren::parse("552100554").unwrap();
    assert_eq!(to_str_value(&s), "552100554");
    assert_eq!(from_str_value::<Siren>("552 100 554").unwrap(), s);
    assert!(from_str_value::<Siren>("552100555").is_err());
    assert_eq!(
        from_str_value::<Rna>("w751234567").unwrap().as_str(),
        "W751234567"
    );
    assert_eq!(
        from_str_value::<Nip>("5261040828").unwrap().as_str(),
        "5261040828"
    );
    assert_eq!(
        String::from(Krs::parse("0000028860").unwrap()),
        "0000028860"
    );
    assert_eq!(
        "73282932000074".parse::<Siret>().unwrap().as_ref(),
        "73282932000074"
    );
}

fn luhn_check_digit(prefix: &str) -> char {
    (b'0'..=b'9')
        .map(char::from)
        .find(|d| fr::luhn_ok(&format!("{prefix}{d}")))
        .unwrap()
}

proptest! {
    #[test]
    fn luhn_detects_every_single_digit_change(
        prefix in "[0-9]{8}",
        pos in 0usize..9,
        delta in 1u8..10,
    ) {
        let valid = format!("{prefix}{}", luhn_check_digit(&prefix));
        prop_assert!(Siren::parse(&valid).is_ok());
        let mut bytes = valid.into_bytes();
        bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
        let mutated = String::from_utf8(bytes).unwrap();
        prop_assert_eq!(Siren::parse(&mutated), Err(IdError::BadChecksum));
    }

    #[test]
    fn nip_detects_every_single_digit_change(
        digits in "[0-9]{9}",
        pos in 0usize..10,
        delta in 1u8..10,
    ) {
        let valid = (b'0'..=b'9')
            .map(|c| format!("{digits}{}", char::from(c)))
            .find(|n| Nip::parse(n).is_ok());
        if let Some(valid) = valid {
            let mut bytes = valid.into_bytes();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            let mutated = String::from_utf8(bytes).unwrap();
            prop_assert_eq!(Nip::parse(&mutated), Err(IdError::BadChecksum));
        }
    }

    #[test]
    fn parse_never_panics(s in "\\PC{0,20}") {
        let _ = Siren::parse(&s);
        let _ = Siret::parse(&s);
        let _ = Rna::parse(&s);
        let _ = Nip::parse(&s);
        let _ = Regon::parse(&s);
        let _ = Krs::parse(&s);
    }
}
