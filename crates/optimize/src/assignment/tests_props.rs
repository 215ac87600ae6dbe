//! Properties on random instances: the flow optimum equals the brute-force optimum, no
//! forbidden pair is ever assigned, every forced pair is, loads stay within bounds, and a
//! replacement changes no more than the brute-force least disturbance.

use proptest::prelude::*;

use super::instance::Instance;
use super::{AssignError, Pair, Problem, Score, brute, flow, model, replace, solve};

/// A random problem of `a × r` with `k` per application: scores in -3..=9 on about two pairs in
/// three, forbidden pairs with odds 1 in `conflict_odds`, forced pairs with odds 1 in 12.
fn instance(a: usize, r: usize, k: u32, conflict_odds: u32) -> impl Strategy<Value = Problem> {
    let cells = a * r;
    (
        prop::collection::vec((0u32..3, -3i64..=9, 0..conflict_odds, 0u32..12), cells),
        prop::collection::vec((0u32..4, 0u32..3), r),
        any::<bool>(),
        0u32..4,
    )
        .prop_map(move |(cells, loads, allow_zero_score, alternates)| {
            let mut p = Problem {
                applications: a,
                reviewers: r,
                k,
                allow_zero_score,
                alternates,
                ..Problem::default()
            };
            for (i, &(listed, score, conflict, forced)) in cells.iter().enumerate() {
                let (application, reviewer) = (i / r, i % r);
                if listed > 0 {
                    p.affinity.push(Score {
                        application,
                        reviewer,
                        score,
                    });
                }
                if conflict == 0 {
                    p.forbidden.push(Pair {
                        application,
                        reviewer,
                    });
                } else if forced == 0 {
                    p.forced.push(Pair {
                        application,
                        reviewer,
                    });
                }
            }
            // Minimums mostly 0, maxima from 1 up.
            p.min_load = loads.iter().map(|&(m, _)| m.saturating_sub(2)).collect();
            p.max_load = loads
                .iter()
                .map(|&(m, extra)| m.saturating_sub(2) + extra + 1)
                .collect();
            p
        })
}

fn tiny() -> impl Strategy<Value = Problem> {
    (1usize..=4, 1usize..=5, 0u32..=2).prop_flat_map(|(a, r, k)| instance(a, r, k, 7))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// The flow's optimum is the brute-force optimum, and an error means no assignment exists.
    #[test]
    fn flow_optimum_equals_brute_force(p in tiny()) {
        match (solve(&p), brute::best(&p)) {
            (Ok(x), Some(best)) => {
                prop_assert_eq!(x.total_affinity, best);
                prop_assert_eq!(brute::check(&p, &x), Ok(()));
            }
            (Err(AssignError::ApplicationsShort { needed, available, .. } | AssignError::MinLoadsShort { needed, available, .. }), None) => {
                // The minimum cut is a certificate: more is needed than can be given.
                prop_assert!(needed > available);
            }
            (Err(_), None) => {}
            (got, best) => prop_assert!(false, "solver {:?}, brute force {:?}", got, best),
        }
    }

    /// The flow computes the same choice in `i64` and in `i128` (the latter is used on
    /// instances too large for the former's price bound, which tiny ones never reach).
    #[test]
    fn cost_types_agree(p in tiny()) {
        if let Ok(inst) = Instance::new(&p, None) {
            let narrow = model::optimise::<i64>(&inst, |_, _, s| -s);
            let wide = model::optimise::<i128>(&inst, |_, _, s| -i128::from(s));
            prop_assert_eq!(narrow, wide);
        }
    }

    /// A replacement is valid, drops the declined pair, and is lexicographically best in
    /// (pairs changed, total affinity) among all assignments without the declined pair.
    #[test]
    fn replacement_is_least_disturbance(p in tiny(), pick in any::<prop::sample::Index>()) {
        let Ok(current) = solve(&p) else { return Ok(()) };
        let assigned: Vec<Pair> = current.reviewers.iter().enumerate()
            .flat_map(|(application, l)| l.iter().map(move |&reviewer| Pair { application, reviewer }))
            .filter(|x| !p.forced.contains(x))
            .collect();
        if assigned.is_empty() {
            return Ok(());
        }
        let declined = assigned[pick.index(assigned.len())];
        let mut after = p.clone();
        after.forbidden.push(declined);
        let kept = |lists: &[Vec<usize>]| -> usize {
            lists.iter().zip(&current.reviewers).map(|(n, o)| n.iter().filter(|x| o.contains(x)).count()).sum()
        };
        let best = brute::all(&after).into_iter().map(|(l, t)| (kept(&l), t)).max();
        match (replace(&p, &current, declined), best) {
            (Ok(out), Some(best)) => {
                prop_assert_eq!(brute::check(&after, &out.assignment), Ok(()));
                prop_assert_eq!((kept(&out.assignment.reviewers), out.assignment.total_affinity), best);
                prop_assert_eq!(out.added.len(), out.removed.len());
                prop_assert!(out.removed.contains(&declined));
            }
            (Err(_), None) => {}
            (got, best) => prop_assert!(false, "replace {:?}, brute force {:?}", got, best),
        }
    }
}

#[test]
fn i64_only_within_the_price_bound() {
    assert!(flow::fits_i64(5_502, 5_000));
    assert!(flow::fits_i64(20_000, 1_000));
    assert!(!flow::fits_i64(20_000, 1_000_000));
    assert!(!flow::fits_i64(200_000, 1_000_000));
    assert!(!flow::fits_i64(2_000_002, super::MAX_SCORE.unsigned_abs()));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// On larger random instances with many conflicts: whenever an assignment is returned,
    /// no conflict is ever assigned, every forced pair is, loads and k hold, and the
    /// alternates follow their rule.
    #[test]
    fn no_conflict_is_ever_assigned(p in (5usize..=30, 3usize..=12, 1u32..=3)
        .prop_flat_map(|(a, r, k)| instance(a, r, k, 3)))
    {
        if let Ok(x) = solve(&p) {
            prop_assert_eq!(brute::check(&p, &x), Ok(()));
            for (a, alternates) in x.alternates.iter().enumerate() {
                prop_assert!(alternates.len() <= p.alternates as usize);
                for r in alternates {
                    let pair = Pair { application: a, reviewer: *r };
                    prop_assert!(!p.forbidden.contains(&pair) && !x.reviewers[a].contains(r));
                }
            }
        }
    }
}
