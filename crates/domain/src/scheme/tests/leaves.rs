//! Every leaf rule with its input met, not met, missing and, for amounts, in
//! the wrong currency.

use super::support::{blank, eur, fr_form, leaf, pl_form, pln, tid};
use crate::scheme::criteria::{
    Applicant, Arg, Consortium, Finding, Node, Project, Question, Rule, Rules, Verdict, evaluate,
};
use crate::scheme::vocab::{CofunderKind, Commitment, Label, Service, Theme, Vat};
use crate::scheme::window::Window;
use crate::scheme::{SchemeVerdict, criteria};
use crate::{Country, LegalCategory, LegalForm, Money, TerritoryId};
use rstest::rstest;

fn arg<'a>(f: &'a Finding, name: &str) -> Option<&'a Arg> {
    f.reason
        .args
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| a)
}

fn with_applicant(a: Applicant) -> Question {
    Question {
        applicant: a,
        ..blank()
    }
}

fn with_project(p: Project) -> Question {
    Question {
        project: p,
        ..blank()
    }
}

/// Checks an "unknown" finding names `field`.
fn assert_missing(f: &Finding, field: &str) {
    assert_eq!(f.verdict, Verdict::Unknown, "{f:?}");
    assert_eq!(f.reason.key, "elig-missing");
    assert_eq!(f.reason.missing_field(), Some(field));
}

fn assert_currency(f: &Finding, currency: &str) {
    assert_eq!(f.verdict, Verdict::Unknown, "{f:?}");
    assert_eq!(f.reason.key, "elig-currency");
    assert_eq!(f.reason.missing_field(), None);
    assert_eq!(
        arg(f, "currency"),
        Some(&Arg::Codes("currencies", vec![currency.to_owned()]))
    );
}

// ---------------------------------------------------------------- country

#[test]
fn country_rule() {
    let rule = || Rule::Country {
        countries: vec![Country::Fr],
    };
    let fr = leaf(
        rule(),
        &with_applicant(Applicant {
            country: Some(Country::Fr),
            ..Applicant::default()
        }),
    );
    assert_eq!(
        (fr.verdict, fr.reason.key),
        (Verdict::Met, "elig-country-met")
    );
    assert_eq!(
        arg(&fr, "allowed"),
        Some(&Arg::Codes("countries", vec!["FR".to_owned()]))
    );
    let pl = leaf(
        rule(),
        &with_applicant(Applicant {
            country: Some(Country::Pl),
            ..Applicant::default()
        }),
    );
    assert_eq!(
        (pl.verdict, pl.reason.key),
        (Verdict::NotMet, "elig-country-not-met")
    );
    assert_eq!(
        arg(&pl, "country"),
        Some(&Arg::Codes("countries", vec!["PL".to_owned()]))
    );
    assert_missing(&leaf(rule(), &blank()), "applicant.country");
}

// ---------------------------------------------------------------- beneficiary

fn beneficiary(categories: &[LegalCategory], forms: &[(Country, &str)]) -> Rule {
    Rule::Beneficiary {
        categories: categories.to_vec(),
        legal_forms: forms
            .iter()
            .map(|(country, code)| LegalForm {
                country: *country,
                code: (*code).to_owned(),
            })
            .collect(),
    }
}

fn form_q(form: &'static crate::LegalFormInfo) -> Question {
    with_applicant(Applicant {
        form: Some(form),
        ..Applicant::default()
    })
}

fn category_q(category: LegalCategory) -> Question {
    with_applicant(Applicant {
        category: Some(category),
        ..Applicant::default()
    })
}

#[test]
fn beneficiary_by_category_of_the_form() {
    let rule = || beneficiary(&[LegalCategory::Association], &[]);
    let f = leaf(rule(), &form_q(fr_form("9220")));
    assert_eq!(
        (f.verdict, f.reason.key),
        (Verdict::Met, "elig-beneficiary-met")
    );
    assert_eq!(
        arg(&f, "form"),
        Some(&Arg::LegalForms(vec![LegalForm {
            country: Country::Fr,
            code: "9220".to_owned()
        }]))
    );
    assert_eq!(
        arg(&f, "category"),
        Some(&Arg::Codes(
            "beneficiary_categories",
            vec!["association".to_owned()]
        ))
    );
    let sas = leaf(rule(), &form_q(fr_form("5710")));
    assert_eq!(
        (sas.verdict, sas.reason.key),
        (Verdict::NotMet, "elig-beneficiary-not-met")
    );
}

#[test]
fn beneficiary_by_individual_form() {
    // SCOP SARL (5458) accepted by name although cooperatives are not.
    let rule = || beneficiary(&[LegalCategory::Association], &[(Country::Fr, "5458")]);
    assert_eq!(leaf(rule(), &form_q(fr_form("5458"))).verdict, Verdict::Met);
    assert_eq!(
        leaf(rule(), &form_q(fr_form("5460"))).verdict,
        Verdict::NotMet
    );
    // Same code, other country: not the same form.
    let pl_rule = beneficiary(&[LegalCategory::PublicAuthority], &[(Country::Pl, "155")]);
    assert_eq!(
        leaf(pl_rule.clone(), &form_q(pl_form("155"))).verdict,
        Verdict::Met
    );
    assert_eq!(
        leaf(pl_rule, &form_q(pl_form("148"))).verdict,
        Verdict::NotMet
    );
}

#[test]
fn beneficiary_form_codes_match_as_validate_reads_them() {
    // validate() accepts "55" (padded to GUS "055") and " 9220 "; the engine
    // must then recognise the applicant's form.
    let rule = beneficiary(&[], &[(Country::Pl, "55"), (Country::Fr, " 9220 ")]);
    assert_eq!(node_ok(&rule), Ok(()));
    assert_eq!(
        leaf(rule.clone(), &form_q(pl_form("055"))).verdict,
        Verdict::Met
    );
    assert_eq!(
        leaf(rule.clone(), &form_q(fr_form("9220"))).verdict,
        Verdict::Met
    );
    // The category-only path reads them the same way.
    let f = leaf(rule, &category_q(LegalCategory::Association));
    assert_missing(&f, "applicant.legal_form");
}

fn node_ok(rule: &Rule) -> Result<(), criteria::CriteriaError> {
    Node::new("b", rule.clone()).validate()
}

#[test]
fn beneficiary_with_form_ignores_the_category_field() {
    let rule = beneficiary(&[LegalCategory::Association], &[]);
    let q = with_applicant(Applicant {
        form: Some(fr_form("5710")),
        category: Some(LegalCategory::Association),
        ..Applicant::default()
    });
    assert_eq!(leaf(rule, &q).verdict, Verdict::NotMet);
}

#[test]
fn beneficiary_with_category_only() {
    let rule = || {
        beneficiary(
            &[LegalCategory::Association, LegalCategory::Foundation],
            &[(Country::Fr, "5458")],
        )
    };
    let met = leaf(rule(), &category_q(LegalCategory::Foundation));
    assert_eq!(
        (met.verdict, met.reason.key),
        (Verdict::Met, "elig-beneficiary-category-met")
    );
    // No accepted form has that category: not met.
    let not = leaf(rule(), &category_q(LegalCategory::CommercialCompany));
    assert_eq!(
        (not.verdict, not.reason.key),
        (Verdict::NotMet, "elig-beneficiary-category-not-met")
    );
    assert_eq!(
        arg(&not, "category"),
        Some(&Arg::Codes(
            "beneficiary_categories",
            vec!["commercial_company".to_owned()]
        ))
    );
    // A SCOP is a cooperative: some cooperatives are accepted, so the exact
    // form is needed.
    assert_missing(
        &leaf(rule(), &category_q(LegalCategory::Cooperative)),
        "applicant.legal_form",
    );
}

#[test]
fn beneficiary_unknown_without_form_or_category() {
    let f = leaf(beneficiary(&[LegalCategory::Association], &[]), &blank());
    assert_missing(&f, "applicant.legal_form");
}

// ---------------------------------------------------------------- sse

fn sse_q(form: Option<&'static crate::LegalFormInfo>, ess: Option<bool>) -> Question {
    with_applicant(Applicant {
        form,
        ess,
        ..Applicant::default()
    })
}

#[rstest]
#[case::association_status(Some("9220"), None, Verdict::Met, "elig-sse-status")]
#[case::association_declared_no(Some("9220"), Some(false), Verdict::Met, "elig-sse-status")]
#[case::scop(Some("5458"), None, Verdict::Met, "elig-sse-status")]
#[case::sas_declared(Some("5710"), Some(true), Verdict::Met, "elig-sse-declared")]
#[case::sas_not(Some("5710"), Some(false), Verdict::NotMet, "elig-sse-not-met")]
#[case::sas_unknown(Some("5710"), None, Verdict::Unknown, "elig-missing")]
#[case::excluded_association(Some("9224"), None, Verdict::Unknown, "elig-missing")]
#[case::no_form_declared(None, Some(true), Verdict::Met, "elig-sse-declared")]
#[case::no_form_not(None, Some(false), Verdict::NotMet, "elig-sse-not-met")]
#[case::nothing(None, None, Verdict::Unknown, "elig-missing")]
fn sse_french_forms(
    #[case] code: Option<&str>,
    #[case] ess: Option<bool>,
    #[case] verdict: Verdict,
    #[case] key: &str,
) {
    let f = leaf(Rule::Sse, &sse_q(code.map(fr_form), ess));
    assert_eq!((f.verdict, f.reason.key), (verdict, key));
    if verdict == Verdict::Unknown {
        assert_eq!(f.reason.missing_field(), Some("applicant.ess"));
    } else {
        assert_eq!(f.reason.missing_field(), None);
        let named = matches!(arg(&f, "form"), Some(Arg::LegalForms(v)) if !v.is_empty());
        assert_eq!(named, code.is_some(), "the form is named when known");
    }
}

#[test]
fn sse_association_looked_up_by_code() {
    let form = crate::legal_form::lookup(Country::Fr, "9220").unwrap();
    assert!(form.sse_by_status);
    let f = leaf(Rule::Sse, &sse_q(Some(form), Some(false)));
    assert_eq!(f.verdict, Verdict::Met);
}

#[test]
fn sse_polish_forms() {
    // Associations are SSE by status in Poland; cooperatives are not.
    assert_eq!(
        leaf(Rule::Sse, &sse_q(Some(pl_form("155")), None)).verdict,
        Verdict::Met
    );
    assert_eq!(
        leaf(Rule::Sse, &sse_q(Some(pl_form("140")), None)).verdict,
        Verdict::Unknown
    );
    assert_eq!(
        leaf(Rule::Sse, &sse_q(Some(pl_form("140")), Some(true))).verdict,
        Verdict::Met
    );
}

#[rstest]
#[case::association(None, LegalCategory::Association, None, Verdict::Met)]
#[case::foundation(None, LegalCategory::Foundation, Some(false), Verdict::Met)]
#[case::fr_cooperative(Some(Country::Fr), LegalCategory::Cooperative, None, Verdict::Met)]
#[case::fr_mutual(Some(Country::Fr), LegalCategory::Mutual, None, Verdict::Met)]
#[case::company(None, LegalCategory::CommercialCompany, None, Verdict::Unknown)]
#[case::company_declared(None, LegalCategory::CommercialCompany, Some(true), Verdict::Met)]
#[case::company_not(None, LegalCategory::CommercialCompany, Some(false), Verdict::NotMet)]
#[case::public(
    Some(Country::Fr),
    LegalCategory::PublicAuthority,
    Some(false),
    Verdict::NotMet
)]
// Polish cooperatives and mutuals are not SSE by status (ustawa o ekonomii
// społecznej, art. 2; see legal_form::pl): the declaration decides.
#[case::pl_cooperative(
    Some(Country::Pl),
    LegalCategory::Cooperative,
    Some(false),
    Verdict::NotMet
)]
#[case::pl_cooperative_unknown(
    Some(Country::Pl),
    LegalCategory::Cooperative,
    None,
    Verdict::Unknown
)]
#[case::pl_cooperative_declared(
    Some(Country::Pl),
    LegalCategory::Cooperative,
    Some(true),
    Verdict::Met
)]
#[case::pl_mutual(Some(Country::Pl), LegalCategory::Mutual, Some(false), Verdict::NotMet)]
#[case::pl_association(
    Some(Country::Pl),
    LegalCategory::Association,
    Some(false),
    Verdict::Met
)]
// Country unknown: a cooperative may be Polish, so it proves nothing.
#[case::cooperative_unknown_country(None, LegalCategory::Cooperative, None, Verdict::Unknown)]
fn sse_with_category_only(
    #[case] country: Option<Country>,
    #[case] category: LegalCategory,
    #[case] ess: Option<bool>,
    #[case] verdict: Verdict,
) {
    let q = with_applicant(Applicant {
        country,
        category: Some(category),
        ess,
        ..Applicant::default()
    });
    let f = leaf(Rule::Sse, &q);
    assert_eq!(f.verdict, verdict, "{f:?}");
    let named = matches!(arg(&f, "form"), Some(Arg::LegalForms(v)) if !v.is_empty());
    assert!(!named, "no form to name: {f:?}");
}

/// A public body is outside the SSE whatever it answers, and the reason says
/// so rather than quoting a declaration it may not have made.
#[rstest]
fn sse_public_body_has_its_own_reason(
    #[values(None, Some(true), Some(false))] ess: Option<bool>,
    #[values(LegalCategory::PublicAuthority, LegalCategory::PublicLawGroup)]
    category: LegalCategory,
) {
    let q = with_applicant(Applicant {
        country: Some(Country::Fr),
        category: Some(category),
        ess,
        ..Applicant::default()
    });
    let f = leaf(Rule::Sse, &q);
    assert_eq!(
        (f.verdict, f.reason.key),
        (Verdict::NotMet, "elig-sse-public")
    );
}

#[test]
fn sse_with_form_ignores_the_category_field() {
    let q = with_applicant(Applicant {
        form: Some(fr_form("5710")),
        category: Some(LegalCategory::Association),
        ..Applicant::default()
    });
    assert_missing(&leaf(Rule::Sse, &q), "applicant.ess");
}

// ---------------------------------------------------------------- label

#[test]
fn label_rule() {
    let rule = || Rule::Label { label: Label::Esus };
    let q = |labels: Vec<Label>| {
        with_applicant(Applicant {
            labels: Some(labels),
            ..Applicant::default()
        })
    };
    let met = leaf(rule(), &q(vec![Label::Siae, Label::Esus]));
    assert_eq!(
        (met.verdict, met.reason.key),
        (Verdict::Met, "elig-label-met")
    );
    assert_eq!(
        arg(&met, "label"),
        Some(&Arg::Codes("labels", vec!["esus".to_owned()]))
    );
    let not = leaf(rule(), &q(vec![Label::Siae]));
    assert_eq!(
        (not.verdict, not.reason.key),
        (Verdict::NotMet, "elig-label-not-met")
    );
    // An empty list is an answer ("no label"), not a missing one.
    assert_eq!(leaf(rule(), &q(vec![])).verdict, Verdict::NotMet);
    assert_missing(&leaf(rule(), &blank()), "applicant.labels");
}

// ---------------------------------------------------------------- themes, services

#[rstest]
#[case(Some(vec![Theme::Culture, Theme::Housing]), Verdict::Met, 2)]
#[case(Some(vec![Theme::Culture, Theme::Housing, Theme::Mobility]), Verdict::Met, 3)]
#[case(Some(vec![Theme::Culture, Theme::CircularEconomy]), Verdict::NotMet, 1)]
#[case(Some(vec![]), Verdict::NotMet, 0)]
fn themes_rule(#[case] given: Option<Vec<Theme>>, #[case] verdict: Verdict, #[case] count: i64) {
    let rule = Rule::Themes {
        themes: vec![Theme::Culture, Theme::Housing, Theme::Mobility],
        min: 2,
    };
    let f = leaf(
        rule,
        &with_project(Project {
            themes: given,
            ..Project::default()
        }),
    );
    assert_eq!(f.verdict, verdict);
    let key = if verdict == Verdict::Met {
        "elig-themes-met"
    } else {
        "elig-themes-not-met"
    };
    assert_eq!(f.reason.key, key);
    assert_eq!(arg(&f, "count"), Some(&Arg::Int(count)));
    assert_eq!(arg(&f, "min"), Some(&Arg::Int(2)));
}

#[test]
fn themes_missing() {
    let rule = Rule::Themes {
        themes: vec![Theme::Culture],
        min: 1,
    };
    assert_missing(&leaf(rule, &blank()), "project.themes");
}

#[test]
fn services_rule() {
    let rule = || Rule::Services {
        services: vec![Service::FabLab, Service::Coworking, Service::LivingLab],
        min: 2,
    };
    let q = |s: Vec<Service>| {
        with_project(Project {
            services: Some(s),
            ..Project::default()
        })
    };
    let met = leaf(rule(), &q(vec![Service::Coworking, Service::FabLab]));
    assert_eq!(
        (met.verdict, met.reason.key),
        (Verdict::Met, "elig-services-met")
    );
    assert_eq!(
        arg(&met, "matched"),
        Some(&Arg::Codes(
            "services",
            vec!["fab-lab".to_owned(), "coworking".to_owned()]
        ))
    );
    let not = leaf(
        rule(),
        &q(vec![Service::Coworking, Service::TeleworkCentre]),
    );
    assert_eq!(
        (not.verdict, not.reason.key),
        (Verdict::NotMet, "elig-services-not-met")
    );
    assert_missing(&leaf(rule(), &blank()), "project.services");
}

// ---------------------------------------------------------------- commitment

#[test]
fn commitment_rule() {
    let rule = || Rule::Commitment {
        commitment: Commitment::PublicOpening,
    };
    let q = |c: Vec<Commitment>| {
        with_project(Project {
            commitments: Some(c),
            ..Project::default()
        })
    };
    let met = leaf(rule(), &q(vec![Commitment::PublicOpening]));
    assert_eq!(
        (met.verdict, met.reason.key),
        (Verdict::Met, "elig-commitment-met")
    );
    let not = leaf(rule(), &q(vec![Commitment::AnimationStaff]));
    assert_eq!(
        (not.verdict, not.reason.key),
        (Verdict::NotMet, "elig-commitment-not-met")
    );
    assert_missing(&leaf(rule(), &blank()), "project.commitments");
}

// ---------------------------------------------------------------- cofunders

#[rstest]
#[case::two_kinds(vec![CofunderKind::Region, CofunderKind::Departement], Verdict::Met)]
#[case::two_of_one_kind(vec![CofunderKind::Region, CofunderKind::Region], Verdict::Met)]
#[case::private_does_not_count(vec![CofunderKind::Region, CofunderKind::Private], Verdict::NotMet)]
#[case::none(vec![], Verdict::NotMet)]
fn cofunders_rule(#[case] given: Vec<CofunderKind>, #[case] verdict: Verdict) {
    let rule = Rule::Cofunders {
        kinds: vec![CofunderKind::Region, CofunderKind::Departement],
        min: 2,
    };
    let f = leaf(
        rule,
        &with_project(Project {
            cofunders: Some(given),
            ..Project::default()
        }),
    );
    assert_eq!(f.verdict, verdict);
}

#[test]
fn cofunders_missing() {
    let rule = Rule::Cofunders {
        kinds: vec![CofunderKind::Eu],
        min: 1,
    };
    assert_missing(&leaf(rule, &blank()), "project.cofunders");
}

// ---------------------------------------------------------------- requested

fn requested(m: Money) -> Question {
    with_project(Project {
        requested: Some(m),
        ..Project::default()
    })
}

#[rstest]
#[case::below(2_999_999, Verdict::Met)]
#[case::at(3_000_000, Verdict::Met)]
#[case::above(3_000_001, Verdict::NotMet)]
fn requested_max_rule(#[case] minor: i64, #[case] verdict: Verdict) {
    let f = leaf(
        Rule::RequestedMax {
            max: eur(3_000_000),
        },
        &requested(eur(minor)),
    );
    assert_eq!(f.verdict, verdict);
    let key = if verdict == Verdict::Met {
        "elig-requested-max-met"
    } else {
        "elig-requested-max-not-met"
    };
    assert_eq!(f.reason.key, key);
    assert_eq!(arg(&f, "requested"), Some(&Arg::Money(eur(minor))));
    assert_eq!(arg(&f, "limit"), Some(&Arg::Money(eur(3_000_000))));
}

#[rstest]
#[case::below(499_999, Verdict::NotMet)]
#[case::at(500_000, Verdict::Met)]
#[case::above(500_001, Verdict::Met)]
fn requested_min_rule(#[case] minor: i64, #[case] verdict: Verdict) {
    let f = leaf(
        Rule::RequestedMin { min: eur(500_000) },
        &requested(eur(minor)),
    );
    assert_eq!(f.verdict, verdict);
    let key = if verdict == Verdict::Met {
        "elig-requested-min-met"
    } else {
        "elig-requested-min-not-met"
    };
    assert_eq!(f.reason.key, key);
}

#[test]
fn requested_missing_or_in_another_currency() {
    for rule in [
        Rule::RequestedMax { max: eur(100) },
        Rule::RequestedMin { min: eur(100) },
    ] {
        assert_missing(&leaf(rule.clone(), &blank()), "project.requested");
        assert_currency(&leaf(rule, &requested(pln(50))), "EUR");
    }
}

// ---------------------------------------------------------------- rate

fn rate_q(req: Option<Money>, exp: Option<Money>) -> Question {
    with_project(Project {
        requested: req,
        expenses: exp.map(|e| (e, Vat::Excl)),
        ..Project::default()
    })
}

#[rstest]
#[case::below(7_999, Verdict::Met)]
#[case::exactly_80(8_000, Verdict::Met)]
#[case::one_cent_above(8_001, Verdict::NotMet)]
#[case::nothing_requested(0, Verdict::Met)]
fn rate_max_boundary(#[case] requested: i64, #[case] verdict: Verdict) {
    // 8 000 bp of 100.00 is 80.00.
    let f = leaf(
        Rule::RateMax {
            basis_points: 8_000,
        },
        &rate_q(Some(eur(requested)), Some(eur(10_000))),
    );
    assert_eq!(f.verdict, verdict);
    assert_eq!(arg(&f, "limit"), Some(&Arg::Rate(8_000)));
    assert_eq!(arg(&f, "rate"), Some(&Arg::Rate((requested) as u32)));
    let key = if verdict == Verdict::Met {
        "elig-rate-met"
    } else {
        "elig-rate-not-met"
    };
    assert_eq!(f.reason.key, key);
}

#[test]
fn rate_max_is_exact_where_floats_are_not() {
    // 1/3 of the expenses with a 33.33 % cap: 33.33 of 100.00 is fine,
    // 33.34 is not; with 0.1 + 0.2 style amounts the comparison stays exact.
    let rule = || Rule::RateMax {
        basis_points: 3_333,
    };
    assert_eq!(
        leaf(rule(), &rate_q(Some(eur(3_333)), Some(eur(10_000)))).verdict,
        Verdict::Met
    );
    assert_eq!(
        leaf(rule(), &rate_q(Some(eur(3_334)), Some(eur(10_000)))).verdict,
        Verdict::NotMet
    );
    // 70 % of 0.30 is 0.21.
    let r70 = || Rule::RateMax {
        basis_points: 7_000,
    };
    assert_eq!(
        leaf(r70(), &rate_q(Some(eur(21)), Some(eur(30)))).verdict,
        Verdict::Met
    );
    assert_eq!(
        leaf(r70(), &rate_q(Some(eur(22)), Some(eur(30)))).verdict,
        Verdict::NotMet
    );
}

#[test]
fn rate_max_with_huge_amounts_does_not_overflow() {
    let big = i64::MAX;
    let f = leaf(
        Rule::RateMax {
            basis_points: 10_000,
        },
        &rate_q(Some(eur(big)), Some(eur(big))),
    );
    assert_eq!(f.verdict, Verdict::Met);
    assert_eq!(arg(&f, "rate"), Some(&Arg::Rate(10_000)));
    let g = leaf(
        Rule::RateMax {
            basis_points: 9_999,
        },
        &rate_q(Some(eur(big)), Some(eur(big))),
    );
    assert_eq!(g.verdict, Verdict::NotMet);
}

#[test]
fn rate_max_with_zero_expenses_is_not_met() {
    for req in [0, 1] {
        let f = leaf(
            Rule::RateMax {
                basis_points: 10_000,
            },
            &rate_q(Some(eur(req)), Some(eur(0))),
        );
        assert_eq!(f.verdict, Verdict::NotMet, "{req}");
        assert_eq!(arg(&f, "rate"), Some(&Arg::Rate(u32::MAX)));
    }
}

#[test]
fn rate_max_missing_inputs_name_the_first_missing_field() {
    let rule = || Rule::RateMax {
        basis_points: 8_000,
    };
    assert_missing(&leaf(rule(), &rate_q(None, None)), "project.requested");
    assert_missing(
        &leaf(rule(), &rate_q(None, Some(eur(1)))),
        "project.requested",
    );
    assert_missing(
        &leaf(rule(), &rate_q(Some(eur(1)), None)),
        "project.eligible_expenses",
    );
    assert_currency(&leaf(rule(), &rate_q(Some(pln(1)), Some(eur(100)))), "EUR");
}

// ---------------------------------------------------------------- expenses

fn expenses(min: i64, vat: Vat, given: i64, given_vat: Vat) -> Finding {
    leaf(
        Rule::ExpensesMin { min: eur(min), vat },
        &with_project(Project {
            expenses: Some((eur(given), given_vat)),
            ..Project::default()
        }),
    )
}

#[rstest]
// Same basis: a plain comparison, inclusive.
#[case(Vat::Excl, Vat::Excl, 99_999, Verdict::NotMet)]
#[case(Vat::Excl, Vat::Excl, 100_000, Verdict::Met)]
#[case(Vat::Incl, Vat::Incl, 99_999, Verdict::NotMet)]
#[case(Vat::Incl, Vat::Incl, 100_000, Verdict::Met)]
// Criterion excl. VAT, amount given incl. VAT: below is conclusive (excl. is
// even lower), reaching it is not.
#[case(Vat::Excl, Vat::Incl, 99_999, Verdict::NotMet)]
#[case(Vat::Excl, Vat::Incl, 100_000, Verdict::Unknown)]
#[case(Vat::Excl, Vat::Incl, 150_000, Verdict::Unknown)]
// Criterion incl. VAT, amount given excl. VAT: reaching it is conclusive.
#[case(Vat::Incl, Vat::Excl, 100_000, Verdict::Met)]
#[case(Vat::Incl, Vat::Excl, 150_000, Verdict::Met)]
#[case(Vat::Incl, Vat::Excl, 99_999, Verdict::Unknown)]
fn expenses_min_across_vat_bases(
    #[case] vat: Vat,
    #[case] given_vat: Vat,
    #[case] given: i64,
    #[case] verdict: Verdict,
) {
    let f = expenses(100_000, vat, given, given_vat);
    assert_eq!(f.verdict, verdict);
    let key = match verdict {
        Verdict::Met => "elig-expenses-met",
        Verdict::NotMet => "elig-expenses-not-met",
        Verdict::Unknown => "elig-missing-vat",
    };
    assert_eq!(f.reason.key, key);
    if verdict == Verdict::Unknown {
        assert_eq!(f.reason.missing_field(), Some("project.eligible_expenses"));
    } else {
        assert_eq!(f.reason.missing_field(), None);
    }
    assert_eq!(
        arg(&f, "vat"),
        Some(&Arg::Codes("vat", vec![vat.to_string()]))
    );
    assert_eq!(
        arg(&f, "given_vat"),
        Some(&Arg::Codes("vat", vec![given_vat.to_string()]))
    );
}

#[test]
fn expenses_min_missing_or_in_another_currency() {
    let rule = || Rule::ExpensesMin {
        min: eur(100),
        vat: Vat::Excl,
    };
    assert_missing(&leaf(rule(), &blank()), "project.eligible_expenses");
    let q = with_project(Project {
        expenses: Some((pln(1_000_000), Vat::Excl)),
        ..Project::default()
    });
    assert_currency(&leaf(rule(), &q), "EUR");
}

// ---------------------------------------------------------------- consortium

fn consortium(
    lead_partner_required: bool,
    min_members: Option<u32>,
    max_members: Option<u32>,
    members: u32,
    lead_partner: bool,
) -> Finding {
    leaf(
        Rule::Consortium {
            lead_partner_required,
            min_members,
            max_members,
        },
        &with_project(Project {
            consortium: Some(Consortium {
                members,
                lead_partner,
            }),
            ..Project::default()
        }),
    )
}

#[rstest]
#[case::single_member(
    true,
    Some(3),
    Some(5),
    1,
    false,
    Verdict::Met,
    "elig-consortium-single"
)]
#[case::zero_members(true, Some(3), None, 0, false, Verdict::Met, "elig-consortium-single")]
#[case::lead_missing(true, None, None, 3, false, Verdict::NotMet, "elig-consortium-no-lead")]
#[case::lead_present(true, None, None, 3, true, Verdict::Met, "elig-consortium-met")]
#[case::lead_not_required(false, None, None, 3, false, Verdict::Met, "elig-consortium-met")]
#[case::too_few(
    false,
    Some(3),
    None,
    2,
    true,
    Verdict::NotMet,
    "elig-consortium-too-few"
)]
#[case::at_min(false, Some(3), None, 3, true, Verdict::Met, "elig-consortium-met")]
#[case::at_max(false, None, Some(4), 4, true, Verdict::Met, "elig-consortium-met")]
#[case::too_many(
    false,
    None,
    Some(4),
    5,
    true,
    Verdict::NotMet,
    "elig-consortium-too-many"
)]
#[case::lead_checked_first(
    true,
    Some(3),
    None,
    2,
    false,
    Verdict::NotMet,
    "elig-consortium-no-lead"
)]
fn consortium_rule(
    #[case] lead_required: bool,
    #[case] min: Option<u32>,
    #[case] max: Option<u32>,
    #[case] members: u32,
    #[case] lead: bool,
    #[case] verdict: Verdict,
    #[case] key: &str,
) {
    let f = consortium(lead_required, min, max, members, lead);
    assert_eq!((f.verdict, f.reason.key), (verdict, key));
    assert_eq!(arg(&f, "members"), Some(&Arg::Int(members.into())));
    assert_eq!(arg(&f, "min"), Some(&Arg::Int(min.map_or(0, i64::from))));
    assert_eq!(arg(&f, "max"), Some(&Arg::Int(max.map_or(0, i64::from))));
}

#[test]
fn consortium_missing() {
    let rule = Rule::Consortium {
        lead_partner_required: true,
        min_members: None,
        max_members: None,
    };
    assert_missing(&leaf(rule, &blank()), "project.consortium");
}

// ---------------------------------------------------------------- perimeter

fn perimeter_eval(
    perimeter: &[TerritoryId],
    places: Option<Vec<TerritoryId>>,
) -> criteria::Evaluation {
    let window = Window::permanent("Europe/Paris");
    let criteria = Node::empty();
    let q = with_applicant(Applicant {
        places,
        ..Applicant::default()
    });
    evaluate(
        Rules {
            window: &window,
            perimeter,
            criteria: &criteria,
        },
        &q,
    )
}

fn nanterre() -> Result<Vec<TerritoryId>, crate::TerritoryIdError> {
    Ok(vec![
        TerritoryId::parse("fr:commune:92050")?,
        TerritoryId::parse("fr:departement:92")?,
        TerritoryId::parse("fr:region:11")?,
    ])
}

#[test]
fn perimeter_matches_the_place_or_an_ancestor() -> Result<(), crate::TerritoryIdError> {
    for listed in ["fr:region:11", "fr:departement:92", "fr:commune:92050"] {
        let e = perimeter_eval(&[tid("fr:region:84"), tid(listed)], Some(nanterre()?));
        assert_eq!(e.verdict, SchemeVerdict::Eligible, "{listed}");
        let f = &e.findings[1];
        assert_eq!(
            (f.id.as_str(), f.verdict, f.reason.key),
            ("perimeter", Verdict::Met, "elig-perimeter-met")
        );
        // The place named is the applicant's own, not an ancestor.
        assert_eq!(
            arg(f, "place"),
            Some(&Arg::Territories(vec![TerritoryId::parse(
                "fr:commune:92050"
            )?]))
        );
    }
    Ok(())
}

#[test]
fn perimeter_elsewhere_is_not_met() -> Result<(), crate::TerritoryIdError> {
    let e = perimeter_eval(
        &[tid("fr:departement:93"), tid("pl:wojewodztwo:14")],
        Some(nanterre()?),
    );
    assert_eq!(e.verdict, SchemeVerdict::NotEligible);
    let f = &e.findings[1];
    assert_eq!(
        (f.verdict, f.reason.key),
        (Verdict::NotMet, "elig-perimeter-not-met")
    );
    assert_eq!(
        arg(f, "perimeter"),
        Some(&Arg::Territories(vec![
            tid("fr:departement:93"),
            tid("pl:wojewodztwo:14")
        ]))
    );
    assert_eq!(e.failed().len(), 1);
    Ok(())
}

#[test]
fn perimeter_unknown_place() {
    let e = perimeter_eval(&[tid("fr:region:11")], None);
    assert_eq!(e.verdict, SchemeVerdict::Unknown);
    assert_missing(&e.findings[1], "applicant.location");
    assert_eq!(e.missing_fields(), vec!["applicant.location"]);
    // An empty list of places is a known place outside everything.
    let e = perimeter_eval(&[tid("fr:region:11")], Some(vec![]));
    assert_eq!(e.verdict, SchemeVerdict::NotEligible);
}

#[test]
fn empty_perimeter_covers_everywhere_without_a_finding() {
    let e = perimeter_eval(&[], None);
    assert_eq!(e.verdict, SchemeVerdict::Eligible);
    let ids: Vec<&str> = e.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["open"]);
}
