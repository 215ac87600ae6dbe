//! Closed vocabularies: status transitions and string forms.

use crate::enum_str::test_support::{from_str_value, to_str_value};
use crate::scheme::vocab::{
    CofunderKind, Commitment, Label, Recurrence, SchemeKind, SchemeStatus, Service, Theme, Vat,
    published,
};
use std::collections::HashSet;
use std::fmt::Debug;
use std::str::FromStr;

#[test]
fn status_transitions_full_matrix() {
    use SchemeStatus::*;
    let order = [Draft, Published, Closed, Archived];
    // Rows: from; columns: to, in `order`.
    let allowed = [
        [false, true, false, true],   // draft -> published, archived
        [true, false, true, false],   // published -> draft, closed
        [false, true, false, true],   // closed -> published, archived
        [false, false, false, false], // archived is final
    ];
    for (i, from) in order.iter().enumerate() {
        for (j, to) in order.iter().enumerate() {
            assert_eq!(from.can_become(*to), allowed[i][j], "{from} -> {to}");
        }
    }
    assert_eq!(SchemeStatus::all(), order);
}

#[test]
fn public_statuses() {
    use SchemeStatus::*;
    let public: Vec<SchemeStatus> = SchemeStatus::all()
        .iter()
        .copied()
        .filter(|s| s.is_public())
        .collect();
    assert_eq!(public, [Published, Closed]);
}

#[test]
fn only_private_cofunders_are_not_public() {
    for k in CofunderKind::all() {
        assert_eq!(k.is_public(), *k != CofunderKind::Private, "{k}");
    }
    assert!(CofunderKind::Eu.is_public());
    assert!(CofunderKind::Commune.is_public());
    assert!(!CofunderKind::Private.is_public());
}

fn round_trip<T>(all: &[T], as_str: fn(T) -> &'static str) -> usize
where
    T: Copy
        + Debug
        + PartialEq
        + FromStr
        + std::fmt::Display
        + serde::Serialize
        + serde::de::DeserializeOwned,
    <T as FromStr>::Err: Debug,
{
    let mut seen = HashSet::new();
    for v in all {
        let s = as_str(*v);
        assert!(!s.is_empty());
        assert!(seen.insert(s), "duplicate code {s}");
        assert_eq!(s.parse::<T>().unwrap(), *v, "{s}");
        assert_eq!(s.to_ascii_uppercase().parse::<T>().unwrap(), *v, "{s}");
        assert_eq!(format!(" {s}\t").parse::<T>().unwrap(), *v, "{s}");
        assert_eq!(v.to_string(), s);
        assert_eq!(to_str_value(v), s);
        assert_eq!(from_str_value::<T>(s).unwrap(), *v);
    }
    assert!("no-such-code".parse::<T>().is_err());
    assert!("".parse::<T>().is_err());
    assert!(from_str_value::<T>("no-such-code").is_err());
    all.len()
}

#[test]
fn every_vocabulary_round_trips() {
    assert_eq!(round_trip(SchemeKind::all(), SchemeKind::as_str), 7);
    assert_eq!(round_trip(SchemeStatus::all(), SchemeStatus::as_str), 4);
    assert_eq!(round_trip(Theme::all(), Theme::as_str), 16);
    assert_eq!(round_trip(Service::all(), Service::as_str), 7);
    assert_eq!(round_trip(Commitment::all(), Commitment::as_str), 4);
    assert_eq!(round_trip(Label::all(), Label::as_str), 8);
    assert_eq!(round_trip(CofunderKind::all(), CofunderKind::as_str), 7);
    assert_eq!(round_trip(Vat::all(), Vat::as_str), 2);
    assert_eq!(round_trip(Recurrence::all(), Recurrence::as_str), 3);
}

#[test]
fn some_codes_are_pinned() {
    // Codes are public API: renaming one breaks clients and catalogues.
    assert_eq!(SchemeKind::CallForProjects.as_str(), "call-for-projects");
    assert_eq!(Theme::TiersLieux.as_str(), "tiers-lieux");
    assert_eq!(Service::FabLab.as_str(), "fab-lab");
    assert_eq!(Label::PlSocialEnterprise.as_str(), "pl-social-enterprise");
    assert_eq!(Recurrence::OneOff.as_str(), "one-off");
    assert_eq!(Vat::Excl.as_str(), "excl");
    let err = "tiers_lieux".parse::<Theme>().unwrap_err();
    assert_eq!(err.type_name, "Theme");
    assert_eq!(err.value, "tiers_lieux");
}

#[test]
fn vocabulary_codes_are_lowercase_kebab() {
    for (name, codes) in published() {
        if name == "beneficiary_categories" {
            continue; // shared with legal forms, snake_case by design
        }
        for c in codes {
            assert!(
                c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{name}: {c}"
            );
        }
    }
}

#[test]
fn published_vocabularies() {
    let p = published();
    let names: Vec<&str> = p.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        [
            "scheme_kinds",
            "themes",
            "services",
            "commitments",
            "cofunder_kinds",
            "labels",
            "vat",
            "beneficiary_categories"
        ]
    );
    for (name, codes) in &p {
        assert!(!codes.is_empty(), "{name}");
        let unique: HashSet<&&str> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len(), "{name}");
        assert!(codes.iter().all(|c| !c.trim().is_empty()), "{name}");
    }
    let get = |n: &str| p.iter().find(|(name, _)| *name == n).unwrap().1.clone();
    assert_eq!(
        get("themes"),
        Theme::all().iter().map(|t| t.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(get("vat"), ["excl", "incl"]);
    assert_eq!(
        get("beneficiary_categories").len(),
        crate::LegalCategory::all().len()
    );
    assert!(get("beneficiary_categories").contains(&"commercial_company"));
    assert_eq!(get("scheme_kinds")[0], "grant");
}
