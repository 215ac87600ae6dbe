//! The in-memory catalogue.

use super::support::{all, dt, eur, node, sample_scheme, ts};
use crate::scheme::catalogue::Catalogue;
use crate::scheme::criteria::{Question, Rule};
use crate::scheme::window::Window;
use crate::scheme::{Scheme, SchemeVerdict};
use crate::{Country, TerritoryId};
use std::sync::Arc;

fn scheme(slug: &str, f: impl FnOnce(&mut Scheme)) -> Arc<Scheme> {
    let mut s = sample_scheme(slug);
    s.window = Window::permanent("Europe/Paris");
    s.perimeter = vec![];
    s.criteria = all("criteria", vec![]);
    f(&mut s);
    Arc::new(s)
}

fn question() -> Question {
    let mut q = super::support::blank();
    q.at = ts("2024-06-01T00:00:00Z");
    q.applicant.country = Some(Country::Fr);
    q.applicant.places = Some(vec![
        TerritoryId::parse("fr:commune:92050").unwrap(),
        TerritoryId::parse("fr:departement:92").unwrap(),
        TerritoryId::parse("fr:region:11").unwrap(),
    ]);
    q
}

/// eligible, not eligible (closed), unknown (needs requested), not
/// eligible (perimeter), eligible (country).
fn sample() -> Catalogue {
    Catalogue::new(vec![
        scheme("open-to-all", |_| {}),
        scheme("closed-call", |s| {
            s.window = Window::one_off(
                dt("2020-01-01T00:00"),
                dt("2020-02-01T00:00"),
                "Europe/Paris",
            );
        }),
        scheme("needs-amount", |s| {
            s.criteria = all(
                "criteria",
                vec![node("max", Rule::RequestedMax { max: eur(100) })],
            );
        }),
        scheme("brittany-only", |s| {
            s.perimeter = vec![TerritoryId::parse("fr:region:53").unwrap()];
        }),
        scheme("french-only", |s| {
            s.criteria = all(
                "criteria",
                vec![node(
                    "country",
                    Rule::Country {
                        countries: vec![Country::Fr],
                    },
                )],
            );
        }),
    ])
}

#[test]
fn empty_catalogue() {
    let c = Catalogue::default();
    assert!(c.is_empty());
    assert_eq!(c.len(), 0);
    assert!(c.get("anything").is_none());
    assert!(c.verdicts(&question()).is_empty());
    assert!(Catalogue::new(vec![]).is_empty());
}

#[test]
fn lookups_by_slug() {
    let c = sample();
    assert_eq!(c.len(), 5);
    assert!(!c.is_empty());
    assert_eq!(c.position("open-to-all"), Some(0));
    assert_eq!(c.position("french-only"), Some(4));
    assert_eq!(c.position("nope"), None);
    assert_eq!(c.get("needs-amount").unwrap().slug, "needs-amount");
    assert!(c.get("Needs-Amount").is_none());
    let slugs: Vec<&str> = c.schemes().iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "open-to-all",
            "closed-call",
            "needs-amount",
            "brittany-only",
            "french-only"
        ]
    );
}

#[test]
fn later_duplicates_are_ignored() {
    let first = scheme("same", |s| s.edition = 1);
    let c = Catalogue::new(vec![
        first.clone(),
        scheme("other", |_| {}),
        scheme("same", |s| s.edition = 2),
        scheme("last", |_| {}),
    ]);
    assert_eq!(c.len(), 3);
    assert_eq!(c.get("same").unwrap().edition, 1);
    assert!(Arc::ptr_eq(c.get("same").unwrap(), &first));
    assert_eq!(c.position("other"), Some(1));
    // Positions stay consistent with the kept list.
    assert_eq!(c.position("last"), Some(2));
    assert_eq!(c.schemes()[2].slug, "last");
}

#[test]
fn verdicts_in_catalogue_order() {
    let c = sample();
    let q = question();
    assert_eq!(
        c.verdicts(&q),
        [
            (0, SchemeVerdict::Eligible),
            (1, SchemeVerdict::NotEligible),
            (2, SchemeVerdict::Unknown),
            (3, SchemeVerdict::NotEligible),
            (4, SchemeVerdict::Eligible),
        ]
    );
    // Each verdict is the full evaluation's.
    for (i, v) in c.verdicts(&q) {
        let s = &c.schemes()[i];
        assert_eq!(crate::scheme::criteria::evaluate(s.rules(), &q).verdict, v);
    }
}

#[test]
fn possibly_eligible_keeps_eligible_and_unknown() {
    let c = sample();
    let mut q = question();
    assert_eq!(c.possibly_eligible(&q), [0, 2, 4]);
    q.project.requested = Some(eur(500));
    assert_eq!(c.possibly_eligible(&q), [0, 4]);
    q.project.requested = Some(eur(50));
    assert_eq!(c.possibly_eligible(&q), [0, 2, 4]);
    q.applicant.country = Some(Country::Pl);
    assert_eq!(c.possibly_eligible(&q), [0, 2]);
    q.applicant.places = None;
    // Brittany's scheme may now apply: the place is unknown.
    assert_eq!(c.possibly_eligible(&q), [0, 2, 3]);
}
