use super::*;
use crate::enum_str::test_support::{from_str_value, to_str_value};
use rstest::rstest;
use std::collections::HashSet;

#[rstest]
#[case(Country::Fr)]
#[case(Country::Pl)]
fn codes_sorted_unique_and_well_formed(#[case] country: Country) {
    let forms = all_for(country);
    let width = if country == Country::Fr { 4 } else { 3 };
    for pair in forms.windows(2) {
        assert!(
            pair[0].code < pair[1].code,
            "{} !< {}",
            pair[0].code,
            pair[1].code
        );
    }
    let codes: HashSet<_> = forms.iter().map(|f| f.code).collect();
    assert_eq!(codes.len(), forms.len());
    for f in forms {
        assert_eq!(f.country, country);
        assert_eq!(f.code.len(), width, "{}", f.code);
        assert!(f.code.bytes().all(|b| b.is_ascii_digit()), "{}", f.code);
        assert_eq!(f.label.trim(), f.label, "{}", f.code);
        assert!(!f.label.contains("  "), "{}", f.code);
        assert_eq!(lookup(country, f.code), Some(f));
    }
}

#[test]
fn every_category_has_a_french_form() {
    for cat in LegalCategory::all() {
        assert!(
            all_for(Country::Fr).iter().any(|f| f.category == *cat),
            "{cat}"
        );
    }
}

#[test]
fn sse_by_status_only_for_status_families() {
    for f in all_for(Country::Fr).iter().chain(all_for(Country::Pl)) {
        if f.sse_by_status {
            assert!(
                matches!(
                    f.category,
                    LegalCategory::Association
                        | LegalCategory::Foundation
                        | LegalCategory::Cooperative
                        | LegalCategory::Mutual
                ),
                "{:?} {}",
                f.country,
                f.code
            );
        }
        if matches!(
            f.category,
            LegalCategory::CommercialCompany
                | LegalCategory::SoleTrader
                | LegalCategory::PublicAuthority
                | LegalCategory::PublicLawGroup
        ) {
            assert!(!f.sse_by_status, "{:?} {}", f.country, f.code);
        }
    }
}

#[rstest]
#[case("9220", "Association déclarée", LegalCategory::Association, true)]
#[case(
    "9230",
    "Association déclarée, reconnue d'utilité publique",
    LegalCategory::Association,
    true
)]
#[case(
    "9260",
    "Association de droit local (Bas-Rhin, Haut-Rhin et Moselle)",
    LegalCategory::Association,
    true
)]
#[case("9300", "Fondation", LegalCategory::Foundation, true)]
#[case(
    "5458",
    "SARL coopérative de production (SCOP)",
    LegalCategory::Cooperative,
    true
)]
#[case(
    "5558",
    "SA coopérative de production (SCOP) à conseil d'administration",
    LegalCategory::Cooperative,
    true
)]
#[case("5460", "Autre SARL coopérative", LegalCategory::Cooperative, true)]
#[case(
    "6316",
    "Coopérative d'utilisation de matériel agricole en commun (CUMA)",
    LegalCategory::Cooperative,
    true
)]
#[case("8210", "Mutuelle", LegalCategory::Mutual, true)]
#[case(
    "5710",
    "SAS, société par actions simplifiée",
    LegalCategory::CommercialCompany,
    false
)]
#[case(
    "5499",
    "Société à responsabilité limitée (sans autre indication)",
    LegalCategory::CommercialCompany,
    false
)]
#[case("1000", "Entrepreneur individuel", LegalCategory::SoleTrader, false)]
#[case(
    "6220",
    "Groupement d'intérêt économique (GIE)",
    LegalCategory::Other,
    false
)]
#[case(
    "7210",
    "Commune et commune nouvelle",
    LegalCategory::PublicAuthority,
    false
)]
#[case("7220", "Département", LegalCategory::PublicAuthority, false)]
#[case("7230", "Région", LegalCategory::PublicAuthority, false)]
#[case("7346", "Communauté de communes", LegalCategory::PublicLawGroup, false)]
#[case("7344", "Métropole", LegalCategory::PublicLawGroup, false)]
#[case("7354", "Syndicat mixte fermé", LegalCategory::PublicLawGroup, false)]
#[case("7355", "Syndicat mixte ouvert", LegalCategory::PublicLawGroup, false)]
#[case(
    "7410",
    "Groupement d'intérêt public (GIP)",
    LegalCategory::PublicLawGroup,
    false
)]
fn french_lookups(
    #[case] code: &str,
    #[case] label: &str,
    #[case] category: LegalCategory,
    #[case] sse: bool,
) {
    let f = lookup(Country::Fr, code).unwrap();
    assert_eq!(
        (f.label, f.category, f.sse_by_status),
        (label, category, sse)
    );
}

#[rstest]
#[case("155", "stowarzyszenia", LegalCategory::Association, true)]
#[case("148", "fundacje", LegalCategory::Foundation, true)]
#[case("156", "związki stowarzyszeń", LegalCategory::Association, true)]
#[case("140", "spółdzielnie", LegalCategory::Cooperative, false)]
#[case(
    "126",
    "towarzystwa ubezpieczeń wzajemnych",
    LegalCategory::Mutual,
    false
)]
#[case(
    "117",
    "spółki z ograniczoną odpowiedzialnością",
    LegalCategory::CommercialCompany,
    false
)]
#[case("116", "spółki akcyjne", LegalCategory::CommercialCompany, false)]
#[case("403", "wspólnoty samorządowe", LegalCategory::PublicAuthority, false)]
#[case("050", "Kościół Katolicki", LegalCategory::Other, false)]
#[case(
    "099",
    "osoby fizyczne prowadzące działalność gospodarczą",
    LegalCategory::SoleTrader,
    false
)]
fn polish_lookups(
    #[case] code: &str,
    #[case] label: &str,
    #[case] category: LegalCategory,
    #[case] sse: bool,
) {
    let f = lookup(Country::Pl, code).unwrap();
    assert_eq!(
        (f.label, f.category, f.sse_by_status),
        (label, category, sse)
    );
}

#[rstest]
#[case(Country::Fr, " 9220 ", Some("9220"))]
#[case(Country::Pl, "55", Some("055"))]
#[case(Country::Pl, "99", Some("099"))]
#[case(Country::Pl, "16", None)]
#[case(Country::Fr, "922", None)]
#[case(Country::Fr, "155", None)]
#[case(Country::Pl, "9220", None)]
#[case(Country::Fr, "", None)]
#[case(Country::Pl, "", None)]
#[case(Country::Fr, "0000", None)]
fn lookup_normalisation(#[case] country: Country, #[case] code: &str, #[case] found: Option<&str>) {
    assert_eq!(lookup(country, code).map(|f| f.code), found);
}

#[test]
fn legal_form_resolves_its_info() {
    let lf = LegalForm {
        country: Country::Fr,
        code: "9220".into(),
    };
    assert_eq!(lf.info().unwrap().label, "Association déclarée");
    let unknown = LegalForm {
        country: Country::Pl,
        code: "777".into(),
    };
    assert!(unknown.info().is_none());
}

#[test]
fn category_strings() {
    let names: Vec<_> = LegalCategory::all().iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        [
            "association",
            "foundation",
            "cooperative",
            "mutual",
            "commercial_company",
            "sole_trader",
            "public_authority",
            "public_law_group",
            "other"
        ]
    );
    for c in LegalCategory::all() {
        assert_eq!(c.as_str().parse::<LegalCategory>().unwrap(), *c);
        assert_eq!(to_str_value(c), c.as_str());
        assert_eq!(from_str_value::<LegalCategory>(c.as_str()).unwrap(), *c);
    }
    assert!("company".parse::<LegalCategory>().is_err());
}
