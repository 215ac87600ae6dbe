//! The criteria tree: walk, required, validate, and the evaluation's shape
//! (findings order, depths, window and perimeter findings, fast path).

use super::kleene::{leaf_with, question};
use super::support::{all, any, at_least, blank, dt, eur, node, ts};
use crate::scheme::criteria::{
    Arg, CriteriaError, Node, Rule, Rules, SchemeVerdict, Verdict, evaluate, verdict,
};
use crate::scheme::vocab::{CofunderKind, Commitment, Label, Service, Theme, Vat};
use crate::scheme::window::Window;
use crate::{Country, LegalCategory, LegalForm, TerritoryId};
use rstest::rstest;

/// root(all): a, g(any)[b, c(at_least 1)[d, e]], f
fn sample_tree() -> Node {
    all(
        "criteria",
        vec![
            leaf_with("a", Verdict::Met),
            any(
                "g",
                vec![
                    leaf_with("b", Verdict::NotMet),
                    at_least(
                        "c",
                        1,
                        vec![
                            leaf_with("d", Verdict::Unknown),
                            leaf_with("e", Verdict::Met),
                        ],
                    ),
                ],
            ),
            leaf_with("f", Verdict::Unknown),
        ],
    )
}

fn ids<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> Vec<&'a str> {
    nodes.into_iter().map(|n| n.id.as_str()).collect()
}

// ---------------------------------------------------------------- walk, required

#[test]
fn walk_is_depth_first_in_document_order() {
    let t = sample_tree();
    assert_eq!(
        ids(t.walk()),
        ["criteria", "a", "g", "b", "c", "d", "e", "f"]
    );
    let leaf = node("x", Rule::Sse);
    assert_eq!(ids(leaf.walk()), ["x"]);
}

#[test]
fn walk_of_a_deep_chain() {
    let mut n = node("l0", Rule::Sse);
    for i in 1..=50 {
        n = all(&format!("l{i}"), vec![n, node(&format!("s{i}"), Rule::Sse)]);
    }
    let walked = ids(n.walk());
    assert_eq!(walked.len(), 101);
    assert_eq!(walked[0], "l50");
    assert_eq!(walked[49], "l1");
    assert_eq!(walked[50], "l0");
    assert_eq!(walked[51], "s1");
    assert_eq!(*walked.last().unwrap(), "s50");
}

#[test]
fn required_flattens_nested_all_only() {
    let t = all(
        "criteria",
        vec![
            node("sse", Rule::Sse),
            all(
                "money",
                vec![
                    node("max", Rule::RequestedMax { max: eur(100) }),
                    all(
                        "deeper",
                        vec![node("min", Rule::RequestedMin { min: eur(1) })],
                    ),
                ],
            ),
            any(
                "either",
                vec![
                    node("m2", Rule::RequestedMax { max: eur(5) }),
                    node("l", Rule::Sse),
                ],
            ),
            at_least("two", 1, vec![node("t", Rule::Sse)]),
        ],
    );
    assert_eq!(ids(t.required()), ["sse", "max", "min", "either", "two"]);
    // A leaf root is its own requirement; an empty All requires nothing.
    let leaf = node("only", Rule::Sse);
    assert_eq!(ids(leaf.required()), ["only"]);
    assert!(Node::empty().required().is_empty());
    let a = any("root", vec![node("x", Rule::Sse)]);
    assert_eq!(ids(a.required()), ["root"]);
}

#[test]
fn rule_type_names_and_children() {
    let t = sample_tree();
    assert_eq!(t.rule.type_name(), "all");
    assert_eq!(ids(t.rule.children()), ["a", "g", "f"]);
    assert_eq!(t.rule.children()[1].rule.type_name(), "any");
    assert_eq!(Rule::Sse.type_name(), "sse");
    assert!(Rule::Sse.children().is_empty());
    let names: Vec<&str> = [
        Rule::AtLeast {
            min: 1,
            children: vec![],
        },
        Rule::Country { countries: vec![] },
        Rule::Beneficiary {
            categories: vec![],
            legal_forms: vec![],
        },
        Rule::Label { label: Label::Esus },
        Rule::Themes {
            themes: vec![],
            min: 1,
        },
        Rule::RequestedMax { max: eur(1) },
        Rule::RequestedMin { min: eur(1) },
        Rule::RateMax { basis_points: 1 },
        Rule::ExpensesMin {
            min: eur(1),
            vat: Vat::Excl,
        },
        Rule::Services {
            services: vec![],
            min: 1,
        },
        Rule::Commitment {
            commitment: Commitment::PublicOpening,
        },
        Rule::Cofunders {
            kinds: vec![],
            min: 1,
        },
        Rule::Consortium {
            lead_partner_required: true,
            min_members: None,
            max_members: None,
        },
    ]
    .iter()
    .map(Rule::type_name)
    .collect();
    assert_eq!(
        names,
        [
            "at_least",
            "country",
            "beneficiary",
            "label",
            "themes",
            "requested_max",
            "requested_min",
            "rate_max",
            "expenses_min",
            "services",
            "commitment",
            "cofunders",
            "consortium"
        ]
    );
}

// ---------------------------------------------------------------- validate

#[test]
fn valid_trees_validate() {
    assert_eq!(sample_tree().validate(), Ok(()));
    assert_eq!(Node::empty().validate(), Ok(()));
    let rich = all(
        "criteria",
        vec![
            node(
                "country",
                Rule::Country {
                    countries: vec![Country::Fr],
                },
            ),
            node(
                "beneficiary",
                Rule::Beneficiary {
                    categories: vec![],
                    legal_forms: vec![LegalForm {
                        country: Country::Pl,
                        code: "155".into(),
                    }],
                },
            ),
            node(
                "themes",
                Rule::Themes {
                    themes: vec![Theme::Culture],
                    min: 1,
                },
            ),
            node(
                "services",
                Rule::Services {
                    services: vec![Service::FabLab],
                    min: 1,
                },
            ),
            node(
                "cofunders",
                Rule::Cofunders {
                    kinds: vec![CofunderKind::Eu],
                    min: 3,
                },
            ),
            node(
                "rate",
                Rule::RateMax {
                    basis_points: 10_000,
                },
            ),
            node("max", Rule::RequestedMax { max: eur(0) }),
            node(
                "consortium",
                Rule::Consortium {
                    lead_partner_required: false,
                    min_members: Some(2),
                    max_members: Some(2),
                },
            ),
            node("Ab_9-z", Rule::Sse),
            node(&"x".repeat(64), Rule::Sse),
        ],
    );
    assert_eq!(rich.validate(), Ok(()));
}

fn invalid(id: &str, why: &'static str) -> CriteriaError {
    CriteriaError::Invalid(id.to_owned(), why)
}

#[rstest]
#[case::empty_id(node("", Rule::Sse), CriteriaError::BadId(String::new()))]
#[case::space(node("a b", Rule::Sse), CriteriaError::BadId("a b".into()))]
#[case::dot(node("a.b", Rule::Sse), CriteriaError::BadId("a.b".into()))]
#[case::accent(node("critère", Rule::Sse), CriteriaError::BadId("critère".into()))]
#[case::too_long(node(&"x".repeat(65), Rule::Sse), CriteriaError::BadId("x".repeat(65)))]
#[case::bad_child_id(all("ok", vec![node("no/slash", Rule::Sse)]), CriteriaError::BadId("no/slash".into()))]
#[case::duplicate(all("root", vec![node("a", Rule::Sse), any("g", vec![node("a", Rule::Sse)])]), CriteriaError::DuplicateId("a".into()))]
#[case::duplicate_root(all("a", vec![node("a", Rule::Sse)]), CriteriaError::DuplicateId("a".into()))]
#[case::at_least_zero(at_least("n", 0, vec![node("a", Rule::Sse)]), invalid("n", "min_out_of_range"))]
#[case::at_least_too_many(at_least("n", 2, vec![node("a", Rule::Sse)]), invalid("n", "min_out_of_range"))]
#[case::at_least_empty(at_least("n", 0, vec![]), invalid("n", "min_out_of_range"))]
#[case::any_empty(any("n", vec![]), invalid("n", "list_empty"))]
#[case::no_country(node("n", Rule::Country { countries: vec![] }), invalid("n", "list_empty"))]
#[case::no_beneficiary(node("n", Rule::Beneficiary { categories: vec![], legal_forms: vec![] }), invalid("n", "list_empty"))]
#[case::unknown_form(
    node("n", Rule::Beneficiary { categories: vec![LegalCategory::Association], legal_forms: vec![LegalForm { country: Country::Fr, code: "0000".into() }] }),
    invalid("n", "legal_form_unknown")
)]
#[case::themes_zero(node("n", Rule::Themes { themes: vec![Theme::Culture], min: 0 }), invalid("n", "min_out_of_range"))]
#[case::themes_too_many(node("n", Rule::Themes { themes: vec![Theme::Culture], min: 2 }), invalid("n", "min_out_of_range"))]
#[case::themes_empty(node("n", Rule::Themes { themes: vec![], min: 1 }), invalid("n", "min_out_of_range"))]
#[case::services_zero(node("n", Rule::Services { services: vec![Service::FabLab], min: 0 }), invalid("n", "min_out_of_range"))]
#[case::services_too_many(node("n", Rule::Services { services: vec![Service::FabLab], min: 2 }), invalid("n", "min_out_of_range"))]
#[case::cofunders_zero(node("n", Rule::Cofunders { kinds: vec![CofunderKind::Eu], min: 0 }), invalid("n", "min_out_of_range"))]
#[case::cofunders_no_kind(node("n", Rule::Cofunders { kinds: vec![], min: 1 }), invalid("n", "min_out_of_range"))]
#[case::max_negative(node("n", Rule::RequestedMax { max: eur(-1) }), invalid("n", "amount_negative"))]
#[case::min_negative(node("n", Rule::RequestedMin { min: eur(-1) }), invalid("n", "amount_negative"))]
#[case::expenses_negative(node("n", Rule::ExpensesMin { min: eur(-1), vat: Vat::Incl }), invalid("n", "amount_negative"))]
#[case::rate_zero(node("n", Rule::RateMax { basis_points: 0 }), invalid("n", "rate_out_of_range"))]
#[case::rate_above_100(node("n", Rule::RateMax { basis_points: 10_001 }), invalid("n", "rate_out_of_range"))]
#[case::consortium_min_above_max(
    node("n", Rule::Consortium { lead_partner_required: false, min_members: Some(5), max_members: Some(4) }),
    invalid("n", "min_out_of_range")
)]
#[case::nested(all("root", vec![any("g", vec![node("n", Rule::RateMax { basis_points: 0 })])]), invalid("n", "rate_out_of_range"))]
fn validate_errors(#[case] tree: Node, #[case] err: CriteriaError) {
    assert_eq!(tree.validate(), Err(err));
}

#[test]
fn validate_reports_the_first_problem_in_walk_order() {
    let t = all(
        "root",
        vec![
            node("first", Rule::RateMax { basis_points: 0 }),
            node("first", Rule::Sse),
            node("bad id", Rule::Sse),
        ],
    );
    assert_eq!(t.validate(), Err(invalid("first", "rate_out_of_range")));
}

#[test]
fn criteria_error_messages() {
    assert_eq!(
        CriteriaError::BadId("a b".into()).to_string(),
        "invalid criterion id \"a b\""
    );
    assert_eq!(
        CriteriaError::DuplicateId("x".into()).to_string(),
        "duplicate criterion id \"x\""
    );
    assert_eq!(
        invalid("n", "list_empty").to_string(),
        "criterion \"n\": list_empty"
    );
}

// ---------------------------------------------------------------- findings

#[test]
fn findings_follow_the_tree_with_groups_first() {
    let window = Window::permanent("Europe/Paris");
    let perimeter = [TerritoryId::parse("fr:region:11").unwrap()];
    let tree = sample_tree();
    let mut q = question();
    q.applicant.places = Some(vec![
        TerritoryId::parse("fr:commune:92050").unwrap(),
        TerritoryId::parse("fr:departement:92").unwrap(),
        TerritoryId::parse("fr:region:11").unwrap(),
    ]);
    let e = evaluate(
        Rules {
            window: &window,
            perimeter: &perimeter,
            criteria: &tree,
        },
        &q,
    );
    let shape: Vec<(&str, u8, bool, Verdict)> = e
        .findings
        .iter()
        .map(|f| (f.id.as_str(), f.depth, f.group, f.verdict))
        .collect();
    use Verdict::*;
    assert_eq!(
        shape,
        [
            ("open", 0, false, Met),
            ("perimeter", 0, false, Met),
            ("a", 0, false, Met),
            ("g", 0, true, Met),
            ("b", 1, false, NotMet),
            ("c", 1, true, Met),
            ("d", 2, false, Unknown),
            ("e", 2, false, Met),
            ("f", 0, false, Unknown),
        ]
    );
    assert_eq!(e.verdict, SchemeVerdict::Unknown);
    assert!(e.failed().is_empty());
    assert_eq!(e.missing_fields(), ["applicant.labels"]);
    assert_eq!(e.findings[0].reason.key, "elig-open-permanent");
}

#[test]
fn a_root_that_is_not_all_is_a_finding_itself() {
    let tree = any(
        "root",
        vec![
            leaf_with("x", Verdict::NotMet),
            leaf_with("y", Verdict::Met),
        ],
    );
    let window = Window::permanent("UTC");
    let e = evaluate(
        Rules {
            window: &window,
            perimeter: &[],
            criteria: &tree,
        },
        &question(),
    );
    let shape: Vec<(&str, u8, bool)> = e
        .findings
        .iter()
        .map(|f| (f.id.as_str(), f.depth, f.group))
        .collect();
    assert_eq!(
        shape,
        [
            ("open", 0, false),
            ("root", 0, true),
            ("x", 1, false),
            ("y", 1, false)
        ]
    );
    assert_eq!(e.verdict, SchemeVerdict::Eligible);
    // A leaf root too.
    let leaf = leaf_with("solo", Verdict::NotMet);
    let e = evaluate(
        Rules {
            window: &window,
            perimeter: &[],
            criteria: &leaf,
        },
        &question(),
    );
    assert_eq!(e.findings.len(), 2);
    assert_eq!(e.verdict, SchemeVerdict::NotEligible);
    assert_eq!(e.failed().len(), 1);
    assert_eq!(e.failed()[0].id, "solo");
}

#[test]
fn failed_lists_top_level_conditions_only() {
    let tree = all(
        "criteria",
        vec![
            leaf_with("a", Verdict::NotMet),
            any(
                "g",
                vec![
                    leaf_with("inner", Verdict::NotMet),
                    leaf_with("ok", Verdict::Met),
                ],
            ),
            all("h", vec![leaf_with("deep", Verdict::NotMet)]),
        ],
    );
    let e = super::support::eval(&tree, &question());
    let failed: Vec<&str> = e.failed().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(failed, ["a", "h"]);
    assert_eq!(e.verdict, SchemeVerdict::NotEligible);
}

#[test]
fn missing_fields_are_deduplicated_in_order() {
    let tree = all(
        "criteria",
        vec![
            node("l1", Rule::Label { label: Label::Esus }),
            node("max", Rule::RequestedMax { max: eur(10) }),
            node("l2", Rule::Label { label: Label::Siae }),
            node(
                "rate",
                Rule::RateMax {
                    basis_points: 5_000,
                },
            ),
            node(
                "exp",
                Rule::ExpensesMin {
                    min: eur(10),
                    vat: Vat::Excl,
                },
            ),
            node("sse", Rule::Sse),
        ],
    );
    let e = super::support::eval(&tree, &blank());
    assert_eq!(
        e.missing_fields(),
        [
            "applicant.labels",
            "project.requested",
            "project.eligible_expenses",
            "applicant.ess"
        ]
    );
}

#[test]
fn missing_fields_include_vat_questions_but_not_currency_mismatches() {
    let tree = all(
        "criteria",
        vec![
            node("max", Rule::RequestedMax { max: eur(10) }),
            node(
                "exp",
                Rule::ExpensesMin {
                    min: eur(10),
                    vat: Vat::Excl,
                },
            ),
        ],
    );
    let mut q = blank();
    q.project.requested = Some(super::support::pln(5));
    q.project.expenses = Some((eur(50), Vat::Incl));
    let e = super::support::eval(&tree, &q);
    assert_eq!(e.verdict, SchemeVerdict::Unknown);
    assert_eq!(e.missing_fields(), ["project.eligible_expenses"]);
}

// ---------------------------------------------------------------- window in evaluation

fn closed_window() -> Window {
    Window::one_off(
        dt("2020-01-01T00:00"),
        dt("2020-02-01T00:00"),
        "Europe/Paris",
    )
}

#[test]
fn window_findings() {
    let tree = Node::empty();
    let q = |at: &str| {
        let mut q = blank();
        q.at = ts(at);
        q
    };
    let check = |at: &str, v: Verdict, key: &str, instant_arg: &str, instant: &str| {
        let w = closed_window();
        let e = evaluate(
            Rules {
                window: &w,
                perimeter: &[],
                criteria: &tree,
            },
            &q(at),
        );
        let f = &e.findings[0];
        assert_eq!(
            (f.id.as_str(), f.verdict, f.reason.key),
            ("open", v, key),
            "{at}"
        );
        let found = f
            .reason
            .args
            .iter()
            .find(|(n, _)| *n == instant_arg)
            .map(|(_, a)| a);
        assert_eq!(
            found,
            Some(&Arg::Instant(ts(instant), "Europe/Paris".to_owned())),
            "{at}"
        );
        assert_eq!(
            f.reason
                .args
                .iter()
                .find(|(n, _)| *n == "at")
                .map(|(_, a)| a),
            Some(&Arg::Instant(ts(at), "Europe/Paris".to_owned()))
        );
    };
    check(
        "2019-12-01T00:00:00Z",
        Verdict::NotMet,
        "elig-open-upcoming",
        "opens",
        "2019-12-31T23:00:00Z",
    );
    check(
        "2020-01-15T00:00:00Z",
        Verdict::Met,
        "elig-open-met",
        "closes",
        "2020-01-31T23:00:00Z",
    );
    check(
        "2020-03-01T00:00:00Z",
        Verdict::NotMet,
        "elig-open-closed",
        "closed",
        "2020-01-31T23:00:00Z",
    );
}

#[test]
fn a_closed_window_decides_but_reasons_are_still_given() {
    let w = closed_window();
    let perimeter = [TerritoryId::parse("fr:region:11").unwrap()];
    let tree = sample_tree();
    let rules = Rules {
        window: &w,
        perimeter: &perimeter,
        criteria: &tree,
    };
    let q = question();
    let e = evaluate(rules, &q);
    assert_eq!(e.verdict, SchemeVerdict::NotEligible);
    assert_eq!(verdict(rules, &q), SchemeVerdict::NotEligible);
    // The full evaluation still explains every criterion.
    assert_eq!(e.findings.len(), 9);
    assert_eq!(e.findings[1].verdict, Verdict::Unknown);
    assert_eq!(
        e.missing_fields(),
        ["applicant.location", "applicant.labels"]
    );
    let failed: Vec<&str> = e.failed().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(failed, ["open"]);
}

#[test]
fn a_perimeter_miss_decides_in_the_fast_path() {
    let w = Window::permanent("Europe/Paris");
    let perimeter = [TerritoryId::parse("fr:region:84").unwrap()];
    let tree = sample_tree();
    let rules = Rules {
        window: &w,
        perimeter: &perimeter,
        criteria: &tree,
    };
    let mut q = question();
    q.applicant.places = Some(vec![TerritoryId::parse("fr:region:11").unwrap()]);
    assert_eq!(verdict(rules, &q), SchemeVerdict::NotEligible);
    assert_eq!(evaluate(rules, &q).verdict, SchemeVerdict::NotEligible);
}

// ---------------------------------------------------------------- verdicts

#[test]
fn verdict_strings_and_conversion() {
    assert_eq!(Verdict::Met.as_str(), "met");
    assert_eq!(Verdict::NotMet.as_str(), "not_met");
    assert_eq!(Verdict::Unknown.as_str(), "unknown");
    assert_eq!(SchemeVerdict::Eligible.as_str(), "eligible");
    assert_eq!(SchemeVerdict::NotEligible.as_str(), "not_eligible");
    assert_eq!(SchemeVerdict::Unknown.as_str(), "unknown");
    assert_eq!(SchemeVerdict::from(Verdict::Met), SchemeVerdict::Eligible);
    assert_eq!(
        SchemeVerdict::from(Verdict::NotMet),
        SchemeVerdict::NotEligible
    );
    assert_eq!(
        SchemeVerdict::from(Verdict::Unknown),
        SchemeVerdict::Unknown
    );
    // Sorting puts the best answers first.
    let mut v = vec![
        SchemeVerdict::NotEligible,
        SchemeVerdict::Eligible,
        SchemeVerdict::Unknown,
    ];
    v.sort();
    assert_eq!(
        v,
        [
            SchemeVerdict::Eligible,
            SchemeVerdict::Unknown,
            SchemeVerdict::NotEligible
        ]
    );
}

#[test]
fn missing_field_only_for_missing_reasons() {
    let e = super::support::eval(
        &all(
            "criteria",
            vec![node(
                "c",
                Rule::Country {
                    countries: vec![Country::Fr],
                },
            )],
        ),
        &question(),
    );
    assert_eq!(e.findings[1].verdict, Verdict::Met);
    assert_eq!(e.findings[1].reason.missing_field(), None);
    let e = super::support::eval(
        &all(
            "criteria",
            vec![node(
                "c",
                Rule::Country {
                    countries: vec![Country::Fr],
                },
            )],
        ),
        &blank(),
    );
    assert_eq!(
        e.findings[1].reason.missing_field(),
        Some("applicant.country")
    );
}
