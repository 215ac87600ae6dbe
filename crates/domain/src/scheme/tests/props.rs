//! Property tests over random criteria trees, questions and windows.

use super::kleene::{leaf_with, question as kleene_question};
use crate::scheme::criteria::{
    Applicant, Consortium, Node, Project, Question, Rule, Rules, SchemeVerdict, Verdict, evaluate,
    verdict,
};
use crate::scheme::vocab::{CofunderKind, Commitment, Label, Recurrence, Service, Theme, Vat};
use crate::scheme::window::{Window, WindowState};
use crate::{Country, Currency, LegalCategory, LegalForm, LegalFormInfo, Money, TerritoryId};
use jiff::Timestamp;
use jiff::civil::DateTime;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

// ---------------------------------------------------------------- strategies

fn money() -> impl Strategy<Value = Money> {
    // Mostly euros, sometimes złoty, so currency mismatches occur.
    (
        prop_oneof![4 => Just(Currency::Eur), 1 => Just(Currency::Pln)],
        0i64..2_000,
    )
        .prop_map(|(c, m)| Money::new(m, c))
}

fn vat() -> impl Strategy<Value = Vat> {
    select(Vat::all())
}

const FORM_CODES: [(Country, &str); 8] = [
    (Country::Fr, "9220"),
    (Country::Fr, "5710"),
    (Country::Fr, "5458"),
    (Country::Fr, "9224"),
    (Country::Fr, "7220"),
    (Country::Pl, "155"),
    (Country::Pl, "140"),
    (Country::Pl, "117"),
];

fn form_info() -> impl Strategy<Value = &'static LegalFormInfo> {
    select(&FORM_CODES[..])
        .prop_map(|(c, code)| crate::legal_form::lookup(c, code).expect("known code"))
}

fn leaf_rule() -> impl Strategy<Value = Rule> {
    prop_oneof![
        subsequence(vec![Country::Fr, Country::Pl], 1..=2)
            .prop_map(|countries| Rule::Country { countries }),
        (
            subsequence(LegalCategory::all().to_vec(), 0..=3),
            subsequence(FORM_CODES.to_vec(), 0..=2),
        )
            .prop_map(|(categories, forms)| Rule::Beneficiary {
                categories,
                legal_forms: forms
                    .into_iter()
                    .map(|(country, code)| LegalForm {
                        country,
                        code: code.to_owned(),
                    })
                    .collect(),
            }),
        Just(Rule::Sse),
        select(Label::all()).prop_map(|label| Rule::Label { label }),
        (subsequence(Theme::all().to_vec(), 1..=4), 1u32..=3).prop_map(|(themes, min)| {
            let min = min.min(themes.len() as u32);
            Rule::Themes { themes, min }
        }),
        money().prop_map(|max| Rule::RequestedMax { max }),
        money().prop_map(|min| Rule::RequestedMin { min }),
        (1u32..=10_000).prop_map(|basis_points| Rule::RateMax { basis_points }),
        (money(), vat()).prop_map(|(min, vat)| Rule::ExpensesMin { min, vat }),
        (subsequence(Service::all().to_vec(), 1..=4), 1u32..=3).prop_map(|(services, min)| {
            let min = min.min(services.len() as u32);
            Rule::Services { services, min }
        }),
        select(Commitment::all()).prop_map(|commitment| Rule::Commitment { commitment }),
        (subsequence(CofunderKind::all().to_vec(), 1..=3), 1u32..=3)
            .prop_map(|(kinds, min)| Rule::Cofunders { kinds, min }),
        (
            any::<bool>(),
            proptest::option::of(1u32..5),
            proptest::option::of(2u32..7)
        )
            .prop_map(|(lead_partner_required, min_members, max_members)| {
                Rule::Consortium {
                    lead_partner_required,
                    min_members,
                    max_members,
                }
            }),
    ]
}

fn tree() -> impl Strategy<Value = Node> {
    let leaf = leaf_rule().prop_map(|r| Node::new("x", r));
    leaf.prop_recursive(4, 48, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4)
                .prop_map(|children| Node::new("x", Rule::All { children })),
            prop::collection::vec(inner.clone(), 1..4)
                .prop_map(|children| Node::new("x", Rule::Any { children })),
            (prop::collection::vec(inner, 1..4), 1u32..4).prop_map(|(children, min)| {
                let min = min.min(children.len() as u32);
                Node::new("x", Rule::AtLeast { min, children })
            }),
        ]
    })
    .prop_map(|mut n| {
        renumber(&mut n, &mut 0);
        n
    })
}

/// Gives every node a unique id in walk order (`n0`, `n1`…).
fn renumber(n: &mut Node, next: &mut usize) {
    n.id = format!("n{next}");
    *next += 1;
    if let Rule::All { children } | Rule::Any { children } | Rule::AtLeast { children, .. } =
        &mut n.rule
    {
        for c in children {
            renumber(c, next);
        }
    }
}

fn places() -> impl Strategy<Value = Option<Vec<TerritoryId>>> {
    let t = |s: &str| TerritoryId::parse(s).expect("valid id");
    proptest::option::of(select(vec![
        vec![
            t("fr:commune:92050"),
            t("fr:departement:92"),
            t("fr:region:11"),
        ],
        vec![
            t("fr:commune:35238"),
            t("fr:departement:35"),
            t("fr:region:53"),
        ],
        vec![
            t("pl:gmina:1465011"),
            t("pl:powiat:1465"),
            t("pl:wojewodztwo:14"),
        ],
        vec![],
    ]))
}

fn applicant() -> impl Strategy<Value = Applicant> {
    (
        proptest::option::of(select(Country::all())),
        proptest::option::of(form_info()),
        proptest::option::of(select(LegalCategory::all())),
        places(),
        proptest::option::of(any::<bool>()),
        proptest::option::of(subsequence(Label::all().to_vec(), 0..=3)),
    )
        .prop_map(|(country, form, category, places, ess, labels)| Applicant {
            country,
            form,
            category,
            places,
            ess,
            labels,
        })
}

fn project() -> impl Strategy<Value = Project> {
    (
        proptest::option::of(subsequence(Theme::all().to_vec(), 0..=4)),
        proptest::option::of(money()),
        proptest::option::of((money(), vat())),
        proptest::option::of(subsequence(Service::all().to_vec(), 0..=4)),
        proptest::option::of(prop::collection::vec(select(CofunderKind::all()), 0..4)),
        proptest::option::of(subsequence(Commitment::all().to_vec(), 0..=3)),
        proptest::option::of(
            (0u32..8, any::<bool>()).prop_map(|(members, lead_partner)| Consortium {
                members,
                lead_partner,
            }),
        ),
    )
        .prop_map(
            |(themes, requested, expenses, services, cofunders, commitments, consortium)| Project {
                themes,
                requested,
                expenses,
                services,
                cofunders,
                commitments,
                consortium,
            },
        )
}

fn instant() -> impl Strategy<Value = Timestamp> {
    // 2019-01-01 .. 2026-01-01.
    (1_546_300_800i64..1_767_225_600).prop_map(|s| Timestamp::from_second(s).expect("in range"))
}

fn question() -> impl Strategy<Value = Question> {
    (instant(), applicant(), project()).prop_map(|(at, applicant, project)| Question {
        at,
        applicant,
        project,
    })
}

fn dt(s: &str) -> DateTime {
    s.parse().expect("valid civil date-time")
}

fn window() -> impl Strategy<Value = Window> {
    select(vec![
        Window::permanent("Europe/Paris"),
        Window::one_off(
            dt("2020-01-01T00:00"),
            dt("2030-01-01T00:00"),
            "Europe/Paris",
        ),
        Window::one_off(
            dt("2022-03-01T00:00"),
            dt("2023-01-01T00:00"),
            "Europe/Warsaw",
        ),
        Window {
            recurrence: Recurrence::Annual,
            opens: Some(dt("2024-12-01T00:00")),
            closes: Some(dt("2024-02-01T00:00")),
            zone: "Europe/Paris".to_owned(),
        },
        Window::permanent("Nowhere/Broken"),
    ])
}

fn perimeter() -> impl Strategy<Value = Vec<TerritoryId>> {
    let t = |s: &str| TerritoryId::parse(s).expect("valid id");
    select(vec![
        vec![],
        vec![t("fr:region:11")],
        vec![t("fr:departement:35"), t("pl:wojewodztwo:14")],
    ])
}

// ---------------------------------------------------------------- helpers

/// Depth of every node below the root, in walk order, as the engine counts
/// it: the root's children are at depth 0 when the root is an `All`.
fn expected_shape(root: &Node) -> Vec<(String, u8, bool)> {
    fn go(n: &Node, depth: u8, out: &mut Vec<(String, u8, bool)>) {
        out.push((
            n.id.clone(),
            depth,
            !n.rule.children().is_empty() || is_group(n),
        ));
        for c in n.rule.children() {
            go(c, depth + 1, out);
        }
    }
    let mut out = vec![];
    match &root.rule {
        Rule::All { children } => {
            for c in children {
                go(c, 0, &mut out);
            }
        }
        _ => go(root, 0, &mut out),
    }
    out
}

fn is_group(n: &Node) -> bool {
    matches!(
        n.rule,
        Rule::All { .. } | Rule::Any { .. } | Rule::AtLeast { .. }
    )
}

/// A shape of combinators over leaves with fixed answers.
#[derive(Debug, Clone)]
enum Shape {
    Leaf(Verdict),
    All(Vec<Shape>),
    Any(Vec<Shape>),
    AtLeast(u32, Vec<Shape>),
}

fn shape() -> impl Strategy<Value = Shape> {
    let leaf = select(vec![Verdict::Met, Verdict::NotMet, Verdict::Unknown]).prop_map(Shape::Leaf);
    leaf.prop_recursive(4, 40, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(Shape::All),
            prop::collection::vec(inner.clone(), 1..4).prop_map(Shape::Any),
            (prop::collection::vec(inner, 1..4), 1u32..4).prop_map(|(c, k)| {
                let k = k.min(c.len() as u32);
                Shape::AtLeast(k, c)
            }),
        ]
    })
}

fn build(s: &Shape, next: &mut usize) -> Node {
    let id = format!("s{next}");
    *next += 1;
    let kids = |c: &[Shape], next: &mut usize| c.iter().map(|x| build(x, next)).collect();
    match s {
        Shape::Leaf(v) => leaf_with(&id, *v),
        Shape::All(c) => Node::new(
            &id,
            Rule::All {
                children: kids(c, next),
            },
        ),
        Shape::Any(c) => Node::new(
            &id,
            Rule::Any {
                children: kids(c, next),
            },
        ),
        Shape::AtLeast(k, c) => Node::new(
            &id,
            Rule::AtLeast {
                min: *k,
                children: kids(c, next),
            },
        ),
    }
}

fn unknown_leaves(s: &Shape) -> usize {
    match s {
        Shape::Leaf(v) => usize::from(*v == Verdict::Unknown),
        Shape::All(c) | Shape::Any(c) | Shape::AtLeast(_, c) => c.iter().map(unknown_leaves).sum(),
    }
}

/// Replaces the `k`-th unknown leaf (in walk order) by `v`.
fn settle(s: &mut Shape, k: &mut usize, v: Verdict) -> bool {
    match s {
        Shape::Leaf(x) if *x == Verdict::Unknown => {
            if *k == 0 {
                *x = v;
                return true;
            }
            *k -= 1;
            false
        }
        Shape::Leaf(_) => false,
        Shape::All(c) | Shape::Any(c) | Shape::AtLeast(_, c) => {
            c.iter_mut().any(|x| settle(x, k, v))
        }
    }
}

/// The scheme verdict of a shape placed under a root `All`.
fn verdict_of(s: &Shape) -> Verdict {
    let root = Node::new(
        "criteria",
        Rule::All {
            children: vec![build(s, &mut 0)],
        },
    );
    let e = super::support::eval(&root, &kleene_question());
    e.findings[1].verdict
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fast_path_agrees_with_full_evaluation(
        tree in tree(),
        q in question(),
        window in window(),
        perimeter in perimeter(),
    ) {
        let rules = Rules { window: &window, perimeter: &perimeter, criteria: &tree };
        let e = evaluate(rules, &q);
        prop_assert_eq!(verdict(rules, &q), e.verdict);
    }

    #[test]
    fn scheme_verdict_is_the_and_of_top_level_findings(
        tree in tree(),
        q in question(),
        window in window(),
        perimeter in perimeter(),
    ) {
        let rules = Rules { window: &window, perimeter: &perimeter, criteria: &tree };
        let e = evaluate(rules, &q);
        let top: Vec<Verdict> = e.findings.iter().filter(|f| f.depth == 0).map(|f| f.verdict).collect();
        let want = if top.contains(&Verdict::NotMet) {
            SchemeVerdict::NotEligible
        } else if top.contains(&Verdict::Unknown) {
            SchemeVerdict::Unknown
        } else {
            SchemeVerdict::Eligible
        };
        prop_assert_eq!(e.verdict, want);
        prop_assert_eq!(e.failed().is_empty(), want != SchemeVerdict::NotEligible);
    }

    #[test]
    fn findings_mirror_the_tree(
        tree in tree(),
        q in question(),
        perimeter in perimeter(),
    ) {
        let window = Window::permanent("UTC");
        let rules = Rules { window: &window, perimeter: &perimeter, criteria: &tree };
        let e = evaluate(rules, &q);
        let fixed = if perimeter.is_empty() { 1 } else { 2 };
        prop_assert_eq!(e.findings[0].id.as_str(), "open");
        if fixed == 2 {
            prop_assert_eq!(e.findings[1].id.as_str(), "perimeter");
        }
        let got: Vec<(String, u8, bool)> = e.findings[fixed..]
            .iter()
            .map(|f| (f.id.clone(), f.depth, f.group))
            .collect();
        prop_assert_eq!(got, expected_shape(&tree));
        // Walk order is the same document order.
        let walked: Vec<&str> = tree.walk().iter().map(|n| n.id.as_str()).collect();
        let skip_root = usize::from(matches!(tree.rule, Rule::All { .. }));
        let found: Vec<&str> = e.findings[fixed..].iter().map(|f| f.id.as_str()).collect();
        prop_assert_eq!(found, walked[skip_root..].to_vec());
        // Every unknown leaf says what is missing or why it cannot compare.
        for f in e.findings.iter().filter(|f| !f.group && f.verdict == Verdict::Unknown) {
            prop_assert!(
                f.reason.missing_field().is_some() || f.reason.key == "elig-currency",
                "{:?}", f
            );
        }
        // Unique, well-formed ids validate as far as ids go.
        prop_assert!(!matches!(
            tree.validate(),
            Err(crate::scheme::criteria::CriteriaError::BadId(_) | crate::scheme::criteria::CriteriaError::DuplicateId(_))
        ));
    }

    #[test]
    fn settling_an_unknown_never_flips_a_decided_verdict(
        s in shape(),
        pick in any::<prop::sample::Index>(),
        to_met in any::<bool>(),
    ) {
        let n = unknown_leaves(&s);
        prop_assume!(n > 0);
        let before = verdict_of(&s);
        let mut after_shape = s.clone();
        let v = if to_met { Verdict::Met } else { Verdict::NotMet };
        prop_assert!(settle(&mut after_shape, &mut pick.index(n), v));
        prop_assert_eq!(unknown_leaves(&after_shape), n - 1);
        let after = verdict_of(&after_shape);
        if before != Verdict::Unknown {
            prop_assert_eq!(after, before, "{:?} -> {:?}", s, after_shape);
        }
        // Settling every unknown the same way decides the tree.
        let mut decided = s.clone();
        while settle(&mut decided, &mut 0, v) {}
        prop_assert_ne!(verdict_of(&decided), Verdict::Unknown);
    }

    #[test]
    fn one_off_window_states_are_ordered(
        open_s in 0i64..400_000_000,
        len in 1i64..100_000_000,
        at_s in 0i64..600_000_000,
        zone in select(vec!["Europe/Paris", "Europe/Warsaw", "UTC"]),
    ) {
        let base = Timestamp::from_second(1_500_000_000).expect("in range");
        let to_civil = |s: i64| {
            base.checked_add(jiff::SignedDuration::from_secs(s))
                .expect("in range")
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .datetime()
        };
        let w = Window::one_off(to_civil(open_s), to_civil(open_s + len), zone);
        prop_assert_eq!(w.validate(), Ok(()));
        let at = base.checked_add(jiff::SignedDuration::from_secs(at_s)).expect("in range");
        match w.state_at(at) {
            WindowState::Upcoming { opens, closes } => {
                prop_assert!(at < opens && opens < closes);
                prop_assert_eq!(w.next_closing(at), Some(closes));
            }
            WindowState::Open { opened: Some(o), closes: Some(c) } => {
                prop_assert!(o <= at && at < c);
                prop_assert!(w.closes_within(at, (c.as_second() - at.as_second()) / 86_400 + 1));
            }
            WindowState::Closed { opened, closed } => {
                prop_assert!(opened < closed && closed <= at);
                prop_assert_eq!(w.next_closing(at), None);
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }

    #[test]
    fn annual_window_is_open_or_upcoming_within_a_year(
        (om, od) in (1i8..=12, 1i8..=31),
        (cm, cd) in (1i8..=12, 1i8..=31),
        (oh, ch) in (0i8..24, 0i8..24),
        at in instant(),
        zone in select(vec!["Europe/Paris", "Europe/Warsaw", "UTC"]),
    ) {
        let mk = |m: i8, d: i8, h: i8| {
            let d = d.min(jiff::civil::date(2024, m, 1).days_in_month());
            jiff::civil::date(2024, m, d).at(h, 0, 0, 0)
        };
        let w = Window {
            recurrence: Recurrence::Annual,
            opens: Some(mk(om, od, oh)),
            closes: Some(mk(cm, cd, ch)),
            zone: zone.to_owned(),
        };
        prop_assume!(w.validate().is_ok());
        let year = jiff::SignedDuration::from_hours(24 * 367);
        match w.state_at(at) {
            WindowState::Open { opened: Some(o), closes: Some(c) } => {
                prop_assert!(o <= at && at < c);
                prop_assert!(c.duration_since(o) <= year);
                prop_assert_eq!(w.next_closing(at), Some(c));
            }
            WindowState::Upcoming { opens, closes } => {
                prop_assert!(at < opens && opens < closes);
                prop_assert!(opens.duration_since(at) <= year);
                prop_assert!(closes.duration_since(opens) <= year);
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }

    #[test]
    fn closes_within_never_panics(days in any::<i64>(), at in instant()) {
        let w = Window::one_off(dt("2019-06-01T00:00"), dt("2025-06-01T00:00"), "Europe/Paris");
        let within = w.closes_within(at, days);
        if let WindowState::Open { closes: Some(c), .. } = w.state_at(at) {
            let left = c.as_second() - at.as_second();
            let horizon = i128::from(days) * 86_400;
            // Sub-second parts are zero here, so whole seconds are exact.
            prop_assert_eq!(within, i128::from(left) <= horizon);
        } else {
            prop_assert!(!within);
        }
    }
}
