//! The indexes behind [`Catalogue`] and [`Audience`] give exactly the
//! answers of the engine run on every scheme or every organisation.

use super::support::{all, blank, dt, eur, fr_form, node, pl_form, sample_scheme, tid, ts};
use crate::scheme::audience::Audience;
use crate::scheme::catalogue::Catalogue;
use crate::scheme::criteria::{
    self, Applicant, Consortium, Node, Project, Question, Rule, Rules, SchemeVerdict,
};
use crate::scheme::vocab::{CofunderKind, Commitment, Label, Recurrence, Service, Theme, Vat};
use crate::scheme::window::Window;
use crate::scheme::{Scheme, Verdict};
use crate::{Country, Currency, LegalCategory, LegalForm, LegalFormInfo, Money, TerritoryId};
use jiff::Timestamp;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use std::sync::Arc;

// ---------------------------------------------------------------- brute force

fn brute_verdicts(schemes: &[Arc<Scheme>], q: &Question) -> Vec<(usize, SchemeVerdict)> {
    schemes
        .iter()
        .enumerate()
        .map(|(i, s)| (i, criteria::verdict(s.rules(), q)))
        .collect()
}

/// The organisations whose verdict, project unknown and window ignored, is
/// not `not_eligible`.
fn brute_audience(orgs: &[Applicant], s: &Scheme) -> Vec<usize> {
    let always = Window::permanent("Europe/Paris");
    let rules = Rules {
        window: &always,
        perimeter: &s.perimeter,
        criteria: &s.criteria,
    };
    orgs.iter()
        .enumerate()
        .filter(|(_, o)| {
            let q = Question {
                at: Timestamp::UNIX_EPOCH,
                applicant: (*o).clone(),
                project: Project::default(),
            };
            criteria::verdict(rules, &q) != SchemeVerdict::NotEligible
        })
        .map(|(i, _)| i)
        .collect()
}

fn check_catalogue(c: &Catalogue, q: &Question) {
    let want = brute_verdicts(c.schemes(), q);
    assert_eq!(c.verdicts(q), want);
    let possible: Vec<(usize, SchemeVerdict)> = want
        .iter()
        .copied()
        .filter(|(_, v)| *v != SchemeVerdict::NotEligible)
        .collect();
    assert_eq!(c.eligible(q), possible);
    let positions: Vec<usize> = possible.iter().map(|(i, _)| *i).collect();
    assert_eq!(c.possibly_eligible(q), positions);
}

// ---------------------------------------------------------------- examples

fn places(ids: &[&str]) -> Option<Vec<TerritoryId>> {
    Some(ids.iter().map(|s| tid(s)).collect())
}

const NANTERRE: &[&str] = &["fr:commune:92050", "fr:departement:92", "fr:region:11"];
const RENNES: &[&str] = &["fr:commune:35238", "fr:departement:35", "fr:region:53"];

fn scheme(slug: &str, f: impl FnOnce(&mut Scheme)) -> Arc<Scheme> {
    let mut s = sample_scheme(slug);
    s.window = Window::permanent("Europe/Paris");
    s.perimeter = vec![];
    s.criteria = all("criteria", vec![]);
    f(&mut s);
    Arc::new(s)
}

fn annual(opens: &str, closes: &str, zone: &str) -> Window {
    Window {
        recurrence: Recurrence::Annual,
        opens: Some(dt(opens)),
        closes: Some(dt(closes)),
        zone: zone.to_owned(),
    }
}

fn at(q: &Question, when: &str) -> Question {
    let mut q = q.clone();
    q.at = ts(when);
    q
}

#[test]
fn candidates_come_from_the_applicants_places_and_everywhere() {
    let c = Catalogue::new(vec![
        scheme("everywhere", |_| {}),
        scheme("region-11", |s| s.perimeter = vec![tid("fr:region:11")]),
        scheme("dept-35", |s| s.perimeter = vec![tid("fr:departement:35")]),
        // Listed under two of the applicant's places: returned once.
        scheme("twice", |s| {
            s.perimeter = vec![tid("fr:departement:92"), tid("fr:region:11")];
        }),
        scheme("repeated", |s| {
            s.perimeter = vec![tid("fr:commune:92050"), tid("fr:commune:92050")];
        }),
    ]);
    let mut q = blank();
    q.applicant.places = places(NANTERRE);
    assert_eq!(c.possibly_eligible(&q), [0, 1, 3, 4]);
    check_catalogue(&c, &q);
    q.applicant.places = places(RENNES);
    assert_eq!(c.possibly_eligible(&q), [0, 2]);
    check_catalogue(&c, &q);
    // Nowhere known: only the schemes without a perimeter.
    q.applicant.places = Some(vec![]);
    assert_eq!(c.possibly_eligible(&q), [0]);
    check_catalogue(&c, &q);
    // Unknown place: every perimeter may contain it.
    q.applicant.places = None;
    assert_eq!(
        c.eligible(&q),
        [
            (0, SchemeVerdict::Eligible),
            (1, SchemeVerdict::Unknown),
            (2, SchemeVerdict::Unknown),
            (3, SchemeVerdict::Unknown),
            (4, SchemeVerdict::Unknown),
        ]
    );
    check_catalogue(&c, &q);
}

#[test]
fn closed_schemes_are_skipped_and_criteria_still_decide() {
    let c = Catalogue::new(vec![
        scheme("closed", |s| {
            s.window = Window::one_off(
                dt("2020-01-01T00:00"),
                dt("2020-02-01T00:00"),
                "Europe/Paris",
            );
        }),
        scheme("upcoming", |s| {
            s.window = Window::one_off(
                dt("2030-01-01T00:00"),
                dt("2030-02-01T00:00"),
                "Europe/Paris",
            );
        }),
        scheme("broken-zone", |s| {
            s.window = Window::permanent("Nowhere/Broken")
        }),
        scheme("needs-amount", |s| {
            s.criteria = all(
                "criteria",
                vec![node("max", Rule::RequestedMax { max: eur(100) })],
            );
        }),
        scheme("polish-only", |s| {
            s.criteria = all(
                "criteria",
                vec![node(
                    "country",
                    Rule::Country {
                        countries: vec![Country::Pl],
                    },
                )],
            );
        }),
    ]);
    let mut q = blank();
    q.applicant.country = Some(Country::Fr);
    q.applicant.places = places(NANTERRE);
    assert_eq!(c.eligible(&q), [(3, SchemeVerdict::Unknown)]);
    q.project.requested = Some(eur(50));
    assert_eq!(c.eligible(&q), [(3, SchemeVerdict::Eligible)]);
    check_catalogue(&c, &q);
    // The one-off window is [opens, closes): open at its first instant only.
    let opens = at(&q, "2020-01-01T00:00:00+01:00");
    assert_eq!(c.possibly_eligible(&opens), [0, 3]);
    let closes = at(&q, "2020-02-01T00:00:00+01:00");
    assert_eq!(c.possibly_eligible(&closes), [3]);
    check_catalogue(&c, &opens);
    check_catalogue(&c, &closes);
}

#[test]
fn annual_windows_across_new_year_dst_and_outside_the_table() {
    let c = Catalogue::new(vec![
        // December to February, every year.
        scheme("winter", |s| {
            s.window = annual("2024-12-01T00:00", "2024-02-01T00:00", "Europe/Paris");
        }),
        // Written in another year: the same window, shared entry.
        scheme("winter-again", |s| {
            s.window = annual("2019-12-01T00:00", "2019-02-01T00:00", "Europe/Paris");
        }),
        // Bounds in the spring-forward gap and the fall-back fold.
        scheme("summer-time", |s| {
            s.window = annual("2024-03-31T02:30", "2024-10-27T02:30", "Europe/Warsaw");
        }),
        // 29 February becomes 28 February in other years.
        scheme("leap", |s| {
            s.window = annual("2024-02-29T00:00", "2024-03-10T00:00", "Europe/Paris");
        }),
        // Same day and time: rejected by validation, never open.
        scheme("invalid", |s| {
            s.window = annual("2024-05-01T00:00", "2025-05-01T00:00", "Europe/Paris");
        }),
    ]);
    let mut q = blank();
    q.applicant.places = places(RENNES);
    for when in [
        "2024-01-15T12:00:00Z",
        "2024-02-01T00:00:00+01:00",
        "2024-01-31T23:59:59+01:00",
        "2025-12-01T00:00:00+01:00",
        "2025-11-30T23:59:59+01:00",
        "2025-03-30T01:29:59Z",
        "2025-03-30T01:30:00Z",
        "2025-10-26T00:29:59Z",
        "2025-10-26T00:30:00Z",
        "2025-10-26T01:30:00Z",
        "2023-02-28T00:00:00+01:00",
        "2023-03-09T23:00:00Z",
        "2024-02-29T12:00:00+01:00",
        // Outside the precomputed years: the window is asked directly.
        "1999-12-31T23:00:00Z",
        "2000-12-15T00:00:00Z",
        "2060-01-15T00:00:00Z",
        "2075-01-15T00:00:00Z",
        "2075-06-15T00:00:00Z",
    ] {
        let q = at(&q, when);
        check_catalogue(&c, &q);
    }
    let q = at(&q, "2026-01-10T00:00:00Z");
    assert_eq!(c.possibly_eligible(&q), [0, 1]);
    let q = at(&q, "2075-01-10T00:00:00Z");
    assert_eq!(c.possibly_eligible(&q), [0, 1]);
}

#[test]
fn instants_at_the_ends_of_time() {
    let c = Catalogue::new(vec![
        scheme("permanent", |_| {}),
        scheme("one-off", |s| {
            s.window = Window::one_off(
                dt("2024-01-01T00:00"),
                dt("2025-01-01T00:00"),
                "Europe/Paris",
            );
        }),
        scheme("far-future", |s| {
            s.window = Window::one_off(
                dt("2300-01-01T00:00"),
                dt("9000-01-01T00:00"),
                "Europe/Paris",
            );
        }),
        scheme("annual", |s| {
            s.window = annual("2024-12-01T00:00", "2024-02-01T00:00", "Europe/Paris");
        }),
    ]);
    let mut q = blank();
    q.applicant.places = places(RENNES);
    for when in [
        Timestamp::MIN,
        Timestamp::MAX,
        ts("2262-04-11T23:47:16.854775807Z"),
        ts("2262-04-11T23:47:16.854775808Z"),
        ts("1677-09-21T00:12:43.145224192Z"),
        ts("1677-09-21T00:12:43.145224191Z"),
        ts("2400-06-01T00:00:00Z"),
        ts("2400-12-15T00:00:00Z"),
    ] {
        let mut q = q.clone();
        q.at = when;
        check_catalogue(&c, &q);
    }
    let mut q = q.clone();
    q.at = ts("2400-12-15T00:00:00Z");
    assert_eq!(c.possibly_eligible(&q), [0, 2, 3]);
}

fn org(
    country: Country,
    form: Option<&'static LegalFormInfo>,
    place: Option<&[&str]>,
    ess: Option<bool>,
) -> Applicant {
    Applicant {
        country: Some(country),
        form,
        category: None,
        places: place.and_then(places),
        ess,
        labels: None,
    }
}

fn audience_sample() -> Vec<Applicant> {
    vec![
        // 0: association in Nanterre (SSE by status).
        org(Country::Fr, Some(fr_form("9220")), Some(NANTERRE), None),
        // 1: SAS in Rennes, declared SSE.
        org(Country::Fr, Some(fr_form("5710")), Some(RENNES), Some(true)),
        // 2: SAS in Rennes, not SSE.
        org(
            Country::Fr,
            Some(fr_form("5710")),
            Some(RENNES),
            Some(false),
        ),
        // 3: association, place unknown.
        org(Country::Fr, Some(fr_form("9220")), None, None),
        // 4: Polish foundation in Warsaw.
        org(
            Country::Pl,
            Some(pl_form("148")),
            Some(&["pl:gmina:1465011", "pl:powiat:1465", "pl:wojewodztwo:14"]),
            None,
        ),
        // 5: same class as 1, in Nanterre.
        org(
            Country::Fr,
            Some(fr_form("5710")),
            Some(NANTERRE),
            Some(true),
        ),
    ]
}

#[test]
fn audience_selects_by_perimeter_then_class() {
    let orgs = audience_sample();
    let a = Audience::new(orgs.clone());
    assert_eq!(a.len(), 6);
    assert!(!a.is_empty());
    assert_eq!(a.classes(), 4);
    let sse = scheme("sse", |s| {
        s.criteria = all("criteria", vec![node("sse", Rule::Sse)]);
        // Closed long ago: alerts ignore the window.
        s.window = Window::one_off(
            dt("2020-01-01T00:00"),
            dt("2020-02-01T00:00"),
            "Europe/Paris",
        );
    });
    assert_eq!(a.possibly_eligible(&sse), [0, 1, 3, 4, 5]);
    let mut brittany = (*sse).clone();
    brittany.perimeter = vec![tid("fr:region:53")];
    // The association without a place may be in Brittany.
    assert_eq!(a.possibly_eligible(&brittany), [1, 3]);
    assert_eq!(a.count_possibly_eligible(&brittany), 2);
    let mut two = brittany.clone();
    two.perimeter = vec![tid("fr:departement:92"), tid("fr:region:11")];
    assert_eq!(a.possibly_eligible(&two), [0, 3, 5]);
    let mut poland = brittany.clone();
    poland.perimeter = vec![tid("pl:wojewodztwo:14")];
    poland.criteria = all("criteria", vec![node("themes", themes_rule())]);
    // Project fields are unknown, never "not met".
    assert_eq!(a.possibly_eligible(&poland), [3, 4]);
    for s in [&*sse, &brittany, &two, &poland] {
        assert_eq!(
            a.possibly_eligible(s),
            brute_audience(&orgs, s),
            "{}",
            s.slug
        );
    }
}

#[test]
fn audience_classes_ignore_label_order() {
    let mut one = org(Country::Pl, Some(pl_form("140")), None, Some(true));
    one.labels = Some(vec![Label::PlCis, Label::PlSocialEnterprise]);
    let mut two = one.clone();
    two.labels = Some(vec![Label::PlSocialEnterprise, Label::PlCis, Label::PlCis]);
    let mut none = one.clone();
    none.labels = None;
    let a = Audience::new(vec![one, two, none]);
    assert_eq!(a.classes(), 2);
    let s = scheme("label", |s| {
        s.criteria = all(
            "criteria",
            vec![node(
                "label",
                Rule::Label {
                    label: Label::PlSocialEnterprise,
                },
            )],
        );
    });
    // Labels unknown: may be eligible.
    assert_eq!(a.possibly_eligible(&s), [0, 1, 2]);
    let mut none_held = org(Country::Pl, Some(pl_form("140")), None, Some(true));
    none_held.labels = Some(vec![]);
    let b = Audience::new(vec![none_held]);
    assert!(b.possibly_eligible(&s).is_empty());
    assert!(Audience::default().possibly_eligible(&s).is_empty());
}

fn themes_rule() -> Rule {
    Rule::Themes {
        themes: vec![Theme::Culture],
        min: 1,
    }
}

// ---------------------------------------------------------------- strategies

/// Place lists (a place and its ancestors) of a small two-country world.
fn place_lists() -> Vec<Vec<TerritoryId>> {
    let l = |ids: &[&str]| ids.iter().map(|s| tid(s)).collect::<Vec<_>>();
    vec![
        l(NANTERRE),
        l(&[
            "fr:commune:92012",
            "fr:epci:200054781",
            "fr:departement:92",
            "fr:region:11",
        ]),
        l(RENNES),
        l(&["fr:commune:35047", "fr:departement:35", "fr:region:53"]),
        l(&["pl:gmina:1465011", "pl:powiat:1465", "pl:wojewodztwo:14"]),
        l(&["pl:gmina:0264011", "pl:powiat:0264", "pl:wojewodztwo:02"]),
    ]
}

fn territories() -> Vec<TerritoryId> {
    let mut all: Vec<TerritoryId> = place_lists().into_iter().flatten().collect();
    all.push(tid("fr:region:84"));
    all.sort();
    all.dedup();
    all
}

fn perimeter() -> impl Strategy<Value = Vec<TerritoryId>> {
    prop_oneof![
        2 => Just(vec![]),
        5 => prop::collection::vec(select(territories()), 1..4),
    ]
}

fn applicant_places() -> impl Strategy<Value = Option<Vec<TerritoryId>>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(vec![])),
        6 => select(place_lists()).prop_map(Some),
    ]
}

fn money() -> impl Strategy<Value = Money> {
    (
        prop_oneof![4 => Just(Currency::Eur), 1 => Just(Currency::Pln)],
        0i64..2_000,
    )
        .prop_map(|(c, m)| Money::new(m, c))
}

const FORM_CODES: [(Country, &str); 8] = [
    (Country::Fr, "9220"),
    (Country::Fr, "5710"),
    (Country::Fr, "5458"),
    (Country::Fr, "7220"),
    (Country::Pl, "155"),
    (Country::Pl, "140"),
    (Country::Pl, "117"),
    (Country::Pl, "148"),
];

fn form_info() -> impl Strategy<Value = &'static LegalFormInfo> {
    select(&FORM_CODES[..]).prop_map(|(c, code)| match c {
        Country::Fr => fr_form(code),
        Country::Pl => pl_form(code),
    })
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
        (money(), select(Vat::all())).prop_map(|(min, vat)| Rule::ExpensesMin { min, vat }),
        (subsequence(Service::all().to_vec(), 2..=4), 1u32..=2)
            .prop_map(|(services, min)| Rule::Services { services, min }),
        select(Commitment::all()).prop_map(|commitment| Rule::Commitment { commitment }),
        (subsequence(CofunderKind::all().to_vec(), 1..=3), 1u32..=2)
            .prop_map(|(kinds, min)| Rule::Cofunders { kinds, min }),
        (any::<bool>(), proptest::option::of(2u32..5)).prop_map(
            |(lead_partner_required, max_members)| Rule::Consortium {
                lead_partner_required,
                min_members: None,
                max_members,
            }
        ),
    ]
}

fn tree() -> impl Strategy<Value = Node> {
    let leaf = leaf_rule().prop_map(|r| Node::new("x", r));
    let inner = leaf.prop_recursive(2, 12, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..3)
                .prop_map(|children| Node::new("x", Rule::Any { children })),
            (prop::collection::vec(inner, 1..4), 1u32..3).prop_map(|(children, min)| {
                let min = min.min(children.len() as u32);
                Node::new("x", Rule::AtLeast { min, children })
            }),
        ]
    });
    prop_oneof![
        4 => prop::collection::vec(inner.clone(), 0..4)
            .prop_map(|children| Node::new("criteria", Rule::All { children })),
        1 => inner,
    ]
    .prop_map(|mut n| {
        renumber(&mut n, &mut 0);
        n
    })
}

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

fn window() -> impl Strategy<Value = Window> {
    select(vec![
        Window::permanent("Europe/Paris"),
        Window::permanent("Europe/Warsaw"),
        Window::permanent("Nowhere/Broken"),
        Window::one_off(
            dt("2024-01-01T00:00"),
            dt("2025-01-01T00:00"),
            "Europe/Paris",
        ),
        Window::one_off(
            dt("2025-03-30T02:30"),
            dt("2025-10-26T02:30"),
            "Europe/Warsaw",
        ),
        Window::one_off(
            dt("2025-06-01T00:00"),
            dt("2025-05-01T00:00"),
            "Europe/Paris",
        ),
        annual("2024-12-01T00:00", "2024-02-01T00:00", "Europe/Paris"),
        annual("2024-03-30T02:30", "2024-10-26T02:30", "Europe/Warsaw"),
        annual("2024-02-29T00:00", "2024-03-01T00:00", "Europe/Paris"),
        annual("2023-06-01T00:00", "2023-09-01T00:00", "Europe/Paris"),
        annual("2023-06-01T00:00", "2023-09-01T00:00", "Nowhere/Broken"),
    ])
}

fn instant() -> impl Strategy<Value = Timestamp> {
    prop_oneof![
        // 2019-01-01 .. 2027-01-01.
        8 => 1_546_300_800i64..1_798_761_600,
        // Around the DST changes of 2025 (30 March, 26 October).
        1 => prop_oneof![1_743_296_400i64 - 7_200..1_743_296_400 + 7_200,
                         1_761_440_400i64 - 7_200..1_761_440_400 + 7_200],
        // Far from the precomputed years.
        1 => prop_oneof![0i64..946_684_800, 2_840_140_800i64..3_500_000_000],
    ]
    .prop_map(|s| Timestamp::from_second(s).expect("in range"))
}

fn applicant() -> impl Strategy<Value = Applicant> {
    (
        proptest::option::of(select(Country::all())),
        proptest::option::of(form_info()),
        proptest::option::of(select(LegalCategory::all())),
        applicant_places(),
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
        proptest::option::of((money(), select(Vat::all()))),
        proptest::option::of(subsequence(Service::all().to_vec(), 0..=4)),
        proptest::option::of(prop::collection::vec(select(CofunderKind::all()), 0..4)),
        proptest::option::of(subsequence(Commitment::all().to_vec(), 0..=3)),
        proptest::option::of(
            (0u32..6, any::<bool>()).prop_map(|(members, lead_partner)| Consortium {
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

fn question() -> impl Strategy<Value = Question> {
    (instant(), applicant(), project()).prop_map(|(at, applicant, project)| Question {
        at,
        applicant,
        project,
    })
}

fn random_scheme() -> impl Strategy<Value = (Vec<TerritoryId>, Window, Node)> {
    (perimeter(), window(), tree())
}

fn build(parts: Vec<(Vec<TerritoryId>, Window, Node)>, dup_every: usize) -> Vec<Arc<Scheme>> {
    parts
        .into_iter()
        .enumerate()
        .map(|(i, (perimeter, window, criteria))| {
            // Now and then a slug repeats: the catalogue keeps the first.
            let slug = if dup_every > 0 && i % dup_every == dup_every - 1 {
                "scheme-0".to_owned()
            } else {
                format!("scheme-{i}")
            };
            scheme(&slug, |s| {
                s.perimeter = perimeter;
                s.window = window;
                s.criteria = criteria;
            })
        })
        .collect()
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn catalogue_agrees_with_evaluating_every_scheme(
        parts in prop::collection::vec(random_scheme(), 0..40),
        dup_every in 0usize..8,
        questions in prop::collection::vec(question(), 1..6),
    ) {
        let c = Catalogue::new(build(parts, dup_every));
        for q in &questions {
            let want = brute_verdicts(c.schemes(), q);
            prop_assert_eq!(c.verdicts(q), want.clone());
            let possible: Vec<(usize, SchemeVerdict)> = want
                .into_iter()
                .filter(|(_, v)| *v != SchemeVerdict::NotEligible)
                .collect();
            prop_assert_eq!(c.eligible(q), possible.clone());
            let positions: Vec<usize> = possible.iter().map(|(i, _)| *i).collect();
            prop_assert_eq!(c.possibly_eligible(q), positions);
        }
    }

    #[test]
    fn audience_agrees_with_evaluating_every_organisation(
        orgs in prop::collection::vec(applicant(), 0..60),
        schemes in prop::collection::vec(random_scheme(), 1..6),
    ) {
        let a = Audience::new(orgs.clone());
        prop_assert_eq!(a.len(), orgs.len());
        for s in build(schemes, 0) {
            let want = brute_audience(&orgs, &s);
            prop_assert_eq!(a.count_possibly_eligible(&s), want.len());
            prop_assert_eq!(a.possibly_eligible(&s), want);
        }
    }

    #[test]
    fn tree_verdict_is_the_verdict_when_open_and_inside(
        tree in tree(),
        q in question(),
    ) {
        let always = Window::permanent("Europe/Paris");
        let rules = Rules { window: &always, perimeter: &[], criteria: &tree };
        let v: Verdict = criteria::tree_verdict(&tree, &q);
        prop_assert_eq!(SchemeVerdict::from(v), criteria::verdict(rules, &q));
    }
}
