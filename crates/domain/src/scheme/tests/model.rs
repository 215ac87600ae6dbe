//! The scheme model: texts, problems, headline figures, new editions, slugs.

use super::support::{all, any, at_least, dt, eur, node, pln, sample_scheme, ts};
use crate::scheme::criteria::{Node, Rule, evaluate};
use crate::scheme::vocab::{Recurrence, Vat};
use crate::scheme::window::Window;
use crate::scheme::{LocalText, Scheme, SchemeProblem, SchemeVerdict, valid_slug};
use crate::{Country, Currency, LegalCategory, LegalForm, Locale};
use rstest::rstest;

// ---------------------------------------------------------------- LocalText

fn text(fr: &str, pl: &str, en: &str) -> LocalText {
    LocalText {
        fr: fr.into(),
        pl: pl.into(),
        en: en.into(),
    }
}

#[rstest]
#[case::own_fr(text("Bonjour", "Dzień dobry", "Hello"), Locale::Fr, "Bonjour")]
#[case::own_pl(text("Bonjour", "Dzień dobry", "Hello"), Locale::Pl, "Dzień dobry")]
#[case::own_en(text("Bonjour", "Dzień dobry", "Hello"), Locale::En, "Hello")]
#[case::pl_falls_back_to_fr(text("Bonjour", "", "Hello"), Locale::Pl, "Bonjour")]
#[case::en_falls_back_to_fr(text("Bonjour", "Dzień dobry", ""), Locale::En, "Bonjour")]
#[case::pl_then_en(text("", "", "Hello"), Locale::Pl, "Hello")]
#[case::fr_then_en(text("", "Dzień dobry", "Hello"), Locale::Fr, "Hello")]
#[case::fr_then_pl(text("", "Dzień dobry", ""), Locale::Fr, "Dzień dobry")]
#[case::en_then_pl(text("", "Dzień dobry", "  "), Locale::En, "Dzień dobry")]
#[case::blank_is_missing(text(" \t", "\n", "Hello"), Locale::Fr, "Hello")]
#[case::nothing(text("", " ", ""), Locale::Pl, "")]
fn local_text_get(#[case] t: LocalText, #[case] locale: Locale, #[case] want: &str) {
    assert_eq!(t.get(locale), want);
}

#[test]
fn local_text_helpers() {
    let a = LocalText::all("Tiers-lieux");
    assert_eq!(a, text("Tiers-lieux", "Tiers-lieux", "Tiers-lieux"));
    assert_eq!(a.languages(), [Locale::Fr, Locale::Pl, Locale::En]);
    assert!(!a.is_empty());
    let some = text("", "Witaj", " ");
    assert_eq!(some.languages(), [Locale::Pl]);
    assert!(!some.is_empty());
    assert!(text(" ", "\t", "").is_empty());
    assert!(LocalText::default().is_empty());
    assert!(LocalText::default().languages().is_empty());
}

// ---------------------------------------------------------------- problems

fn codes(s: &Scheme) -> Vec<(String, &'static str)> {
    s.problems()
        .into_iter()
        .map(|SchemeProblem { field, code }| (field, code))
        .collect()
}

fn one(field: &str, code: &'static str) -> Vec<(String, &'static str)> {
    vec![(field.to_owned(), code)]
}

#[test]
fn a_valid_scheme_has_no_problem() {
    let s = sample_scheme("progress-2024");
    assert_eq!(s.problems(), []);
    let mut permanent = s.clone();
    permanent.window = Window::permanent("Europe/Warsaw");
    permanent.envelope = None;
    permanent.criteria = Node::empty();
    assert_eq!(permanent.problems(), []);
}

fn with(f: impl FnOnce(&mut Scheme)) -> Scheme {
    let mut s = sample_scheme("progress-2024");
    f(&mut s);
    s
}

#[rstest]
#[case::slug(with(|s| s.slug = "Progress 2024".into()), "slug", "slug_invalid")]
#[case::title(with(|s| s.title = LocalText::all("  ")), "title", "required")]
#[case::edition(with(|s| s.edition = 0), "edition", "number_invalid")]
#[case::zone(with(|s| s.window.zone = "Paris".into()), "window", "window_zone_unknown")]
#[case::dates(with(|s| s.window.closes = None), "window", "window_dates_missing")]
#[case::order(with(|s| s.window.closes = Some(dt("2023-01-01T00:00"))), "window", "window_closes_before_opening")]
#[case::envelope_negative(with(|s| s.envelope = Some(eur(-1))), "envelope", "amount_invalid")]
#[case::envelope_currency(with(|s| s.envelope = Some(pln(100))), "envelope", "amount_invalid")]
#[case::criterion_id(with(|s| s.criteria = all("criteria", vec![node("a b", Rule::Sse)])), "criteria.a b", "criterion_id_invalid")]
#[case::criterion_dup(with(|s| s.criteria = all("criteria", vec![node("x", Rule::Sse), node("x", Rule::Sse)])), "criteria.x", "criterion_id_duplicate")]
#[case::criterion_invalid(with(|s| s.criteria = all("criteria", vec![any("g", vec![])])), "criteria.g", "list_empty")]
#[case::criterion_rate(with(|s| s.criteria = all("criteria", vec![node("r", Rule::RateMax { basis_points: 0 })])), "criteria.r", "rate_out_of_range")]
#[case::criterion_form(
    with(|s| s.criteria = all("criteria", vec![node("b", Rule::Beneficiary { categories: vec![], legal_forms: vec![LegalForm { country: Country::Pl, code: "998".into() }] })])),
    "criteria.b",
    "legal_form_unknown"
)]
#[case::criterion_min(with(|s| s.criteria = all("criteria", vec![at_least("n", 3, vec![node("a", Rule::Sse)])])), "criteria.n", "min_out_of_range")]
#[case::criterion_negative(with(|s| s.criteria = all("criteria", vec![node("m", Rule::RequestedMin { min: eur(-5) })])), "criteria.m", "amount_negative")]
#[case::currency_max(with(|s| s.criteria = all("criteria", vec![node("m", Rule::RequestedMax { max: pln(5) })])), "criteria.m", "currency_mismatch")]
#[case::currency_min(with(|s| s.criteria = all("criteria", vec![node("m", Rule::RequestedMin { min: pln(5) })])), "criteria.m", "currency_mismatch")]
#[case::currency_nested(
    with(|s| s.criteria = all("criteria", vec![any("g", vec![node("e", Rule::ExpensesMin { min: pln(5), vat: Vat::Incl }), node("s", Rule::Sse)])])),
    "criteria.e",
    "currency_mismatch"
)]
#[case::reserved_open(with(|s| s.criteria = all("criteria", vec![node("open", Rule::Sse)])), "criteria.open", "criterion_id_reserved")]
#[case::reserved_perimeter(with(|s| s.criteria = all("criteria", vec![any("g", vec![node("perimeter", Rule::Sse)])])), "criteria.perimeter", "criterion_id_reserved")]
#[case::min_above_max(
    with(|s| s.criteria = all("criteria", vec![node("max", Rule::RequestedMax { max: eur(100) }), node("min", Rule::RequestedMin { min: eur(101) })])),
    "criteria",
    "min_above_max"
)]
fn each_problem(#[case] s: Scheme, #[case] field: &str, #[case] code: &'static str) {
    assert_eq!(codes(&s), one(field, code));
}

#[test]
fn problems_accumulate_in_a_stable_order() {
    let s = with(|s| {
        s.slug = "-bad".into();
        s.title = LocalText::default();
        s.edition = 0;
        s.window.zone = "Nowhere/Land".into();
        s.envelope = Some(eur(-1));
        s.criteria = all(
            "criteria",
            vec![
                node("max", Rule::RequestedMax { max: pln(1) }),
                node("open", Rule::Sse),
            ],
        );
    });
    let got: Vec<&str> = s.problems().iter().map(|p| p.code).collect();
    assert_eq!(
        got,
        [
            "slug_invalid",
            "required",
            "number_invalid",
            "window_zone_unknown",
            "amount_invalid",
            "currency_mismatch",
            "criterion_id_reserved"
        ]
    );
}

#[test]
fn min_equal_to_max_is_fine() {
    let s = with(|s| {
        s.criteria = all(
            "criteria",
            vec![
                node("max", Rule::RequestedMax { max: eur(100) }),
                node("min", Rule::RequestedMin { min: eur(100) }),
            ],
        );
    });
    assert_eq!(s.problems(), []);
}

#[test]
fn envelope_of_zero_is_accepted() {
    assert_eq!(with(|s| s.envelope = Some(eur(0))).problems(), []);
}

// ---------------------------------------------------------------- headline figures

#[test]
fn headline_figures_come_from_top_level_conditions() {
    let s = sample_scheme("progress-2024");
    assert_eq!(s.max_grant(), Some(eur(3_000_000)));
    assert_eq!(s.min_grant(), Some(eur(500_000)));
    assert_eq!(s.rate_cap(), Some(8_000));
    assert_eq!(s.min_expenses(), Some((eur(1_000_000), Vat::Excl)));
    assert!(s.sse_required());
}

#[test]
fn conditions_inside_alternatives_are_not_headlines() {
    let s = with(|s| {
        s.criteria = all(
            "criteria",
            vec![any(
                "either",
                vec![
                    node("max", Rule::RequestedMax { max: eur(100) }),
                    node("min", Rule::RequestedMin { min: eur(10) }),
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
                            vat: Vat::Incl,
                        },
                    ),
                    node("sse", Rule::Sse),
                ],
            )],
        );
    });
    assert_eq!(s.max_grant(), None);
    assert_eq!(s.min_grant(), None);
    assert_eq!(s.rate_cap(), None);
    assert_eq!(s.min_expenses(), None);
    assert!(!s.sse_required());
    let t = with(|s| {
        s.criteria = all(
            "criteria",
            vec![at_least("one", 1, vec![node("sse", Rule::Sse)])],
        );
    });
    assert!(!t.sse_required());
}

#[test]
fn conditions_in_nested_all_are_headlines() {
    let s = with(|s| {
        s.criteria = all(
            "criteria",
            vec![
                node(
                    "country",
                    Rule::Country {
                        countries: vec![Country::Fr],
                    },
                ),
                all(
                    "money",
                    vec![
                        node("max", Rule::RequestedMax { max: eur(7) }),
                        all("deeper", vec![node("sse", Rule::Sse)]),
                    ],
                ),
            ],
        );
    });
    assert_eq!(s.max_grant(), Some(eur(7)));
    assert!(s.sse_required());
    assert_eq!(s.rate_cap(), None);
}

#[test]
fn a_leaf_root_is_a_headline_and_the_first_one_wins() {
    let s = with(|s| s.criteria = node("max", Rule::RequestedMax { max: eur(9) }));
    assert_eq!(s.max_grant(), Some(eur(9)));
    let t = with(|s| {
        s.criteria = all(
            "criteria",
            vec![
                node("a", Rule::RequestedMax { max: eur(9) }),
                node("b", Rule::RequestedMax { max: eur(5) }),
            ],
        );
    });
    assert_eq!(t.max_grant(), Some(eur(9)));
    assert_eq!(with(|s| s.criteria = Node::empty()).max_grant(), None);
}

#[test]
fn rules_view_the_scheme() {
    let s = sample_scheme("progress-2024");
    let r = s.rules();
    assert!(std::ptr::eq(r.window, &s.window));
    assert!(std::ptr::eq(r.criteria, &s.criteria));
    assert_eq!(r.perimeter, s.perimeter.as_slice());
    // Evaluated after the closing: not eligible.
    let q = crate::scheme::criteria::Question {
        at: ts("2024-01-01T00:00:00+01:00"),
        ..super::support::blank()
    };
    assert_eq!(evaluate(r, &q).verdict, SchemeVerdict::NotEligible);
}

// ---------------------------------------------------------------- next edition

#[test]
fn next_edition_of_a_one_off_scheme() {
    let mut s = sample_scheme("progress-2024");
    s.edition = 3;
    let n = s.next_edition("progress-2025");
    assert_eq!(n.slug, "progress-2025");
    assert_eq!(n.edition, 4);
    assert_eq!(n.previous_edition.as_deref(), Some("progress-2024"));
    assert_eq!(n.window.opens, Some(dt("2024-11-06T00:00")));
    assert_eq!(n.window.closes, Some(dt("2025-01-01T00:00")));
    assert_eq!(n.window.zone, "Europe/Paris");
    // Everything else is copied.
    assert_eq!(n.criteria, s.criteria);
    assert_eq!(n.title, s.title);
    assert_eq!(n.perimeter, s.perimeter);
    assert_eq!(n.funders, s.funders);
    assert_eq!(n.envelope, s.envelope);
    assert_eq!(n.problems(), []);
    // The original is untouched.
    assert_eq!(s.slug, "progress-2024");
    assert_eq!(s.window.opens, Some(dt("2023-11-06T00:00")));
}

#[test]
fn next_edition_shifts_29_february_to_28() {
    let mut s = sample_scheme("leap-2024");
    s.window = Window::one_off(
        dt("2024-02-29T09:00"),
        dt("2024-03-31T00:00"),
        "Europe/Paris",
    );
    let n = s.next_edition("leap-2025");
    assert_eq!(n.window.opens, Some(dt("2025-02-28T09:00")));
    assert_eq!(n.window.closes, Some(dt("2025-03-31T00:00")));
}

#[test]
fn next_edition_keeps_annual_and_permanent_dates() {
    let mut s = sample_scheme("yearly");
    s.window.recurrence = Recurrence::Annual;
    let n = s.next_edition("yearly-2");
    assert_eq!(n.window, s.window);
    s.window = Window::permanent("Europe/Warsaw");
    assert_eq!(s.next_edition("always-2").window, s.window);
}

#[test]
fn next_edition_number_saturates() {
    let mut s = sample_scheme("old-scheme");
    s.edition = u32::MAX;
    assert_eq!(s.next_edition("older-scheme").edition, u32::MAX);
}

#[test]
fn next_edition_of_a_next_edition_chains() {
    let s = sample_scheme("a-2024");
    let n = s.next_edition("a-2025").next_edition("a-2026");
    assert_eq!(n.edition, 3);
    assert_eq!(n.previous_edition.as_deref(), Some("a-2025"));
    assert_eq!(n.window.closes, Some(dt("2026-01-01T00:00")));
}

// ---------------------------------------------------------------- slugs

#[rstest]
#[case("abc", true)]
#[case("progress-2024", true)]
#[case("a-b-c", true)]
#[case("123", true)]
#[case("ab", false)]
#[case("", false)]
#[case("Progress", false)]
#[case("progrès", false)]
#[case("pro_gress", false)]
#[case("pro gress", false)]
#[case("-abc", false)]
#[case("abc-", false)]
#[case("a--b", false)]
#[case("a.b", false)]
fn slugs(#[case] s: &str, #[case] ok: bool) {
    assert_eq!(valid_slug(s), ok, "{s:?}");
}

#[test]
fn slug_length_limits() {
    assert!(valid_slug(&"a".repeat(80)));
    assert!(!valid_slug(&"a".repeat(81)));
    assert!(valid_slug(&"a".repeat(3)));
}

#[test]
fn scheme_currency_is_checked_against_money_in_pln_schemes() {
    let s = with(|s| {
        s.currency = Currency::Pln;
        s.envelope = Some(pln(1_000));
        s.criteria = all(
            "criteria",
            vec![
                node("max", Rule::RequestedMax { max: pln(100) }),
                node(
                    "b",
                    Rule::Beneficiary {
                        categories: vec![LegalCategory::Association],
                        legal_forms: vec![],
                    },
                ),
            ],
        );
    });
    assert_eq!(s.problems(), []);
    let bad = with(|s| s.currency = Currency::Pln);
    let got: Vec<(String, &str)> = codes(&bad);
    assert!(
        got.contains(&("envelope".into(), "amount_invalid")),
        "{got:?}"
    );
    assert!(
        got.contains(&("criteria.max".into(), "currency_mismatch")),
        "{got:?}"
    );
    assert!(
        got.contains(&("criteria.expenses".into(), "currency_mismatch")),
        "{got:?}"
    );
}
