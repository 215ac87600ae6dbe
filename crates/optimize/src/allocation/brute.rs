//! Brute-force twins of [`super::optimal`], written from the public types only (they share no
//! code with the solver) and kept obviously correct rather than fast.
//!
//! * [`exhaustive`] tries every amount of every project: a dynamic programme over the projects
//!   whose state is the vector of sums the constraints look at (money spent, and per quota the
//!   amount or count so far, capped at the bound for "at least" quotas since more changes
//!   nothing). Two partial allocations with the same state have the same possible futures, so
//!   keeping the better of them loses nothing. It handles every quota, and is fast when the
//!   amounts are small integers.
//! * [`subsets`] enumerates every funded subset (2^n) and, for each, computes the best amounts
//!   exactly: everyone at their minimum, then the money left to the highest scores up to their
//!   ceilings (a fractional knapsack, integral here). It handles count quotas only, with
//!   amounts of any size.

use std::collections::HashMap;

use super::{Objective, Project, Quota, Rules};

/// An optimum's summary: funded projects and score-weighted value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Best {
    pub funded: usize,
    pub value: i128,
}

/// Whether `a` is strictly better than `b` under `objective`.
pub(crate) fn better(objective: Objective, a: Best, b: Best) -> bool {
    match objective {
        Objective::ScoreWeightedValue => a.value > b.value,
        Objective::ProjectsFunded => (a.funded, a.value) > (b.funded, b.value),
    }
}

/// Amounts allowed when funded.
fn range(p: &Project, rules: &Rules) -> (i64, i64) {
    let hi = rules.cap.map_or(p.requested, |c| c.min(p.requested));
    (p.minimum.max(1), hi)
}

/// Every amount project `p` may receive.
fn choices(p: &Project, rules: &Rules) -> Vec<i64> {
    if let Some(f) = p.fixed {
        return vec![f];
    }
    let (lo, hi) = range(p, rules);
    std::iter::once(0).chain(lo..=hi).collect()
}

/// A quota as (tag, counts amounts?, at least?, bound).
fn quota(q: &Quota, envelope: i64) -> (&str, bool, bool, i64) {
    let e = i128::from(envelope);
    let share = |bp: u32, up: bool| {
        // The smallest (largest) amount A with 10 000·A >= (<=) bp·E.
        let num = i128::from(bp) * e;
        let a = if up {
            (num + 9_999) / 10_000
        } else {
            num / 10_000
        };
        a as i64
    };
    match q {
        Quota::MinShare { tag, basis_points } => (tag, true, true, share(*basis_points, true)),
        Quota::MaxShare { tag, basis_points } => (tag, true, false, share(*basis_points, false)),
        Quota::MinAmount { tag, amount } => (tag, true, true, *amount),
        Quota::MaxAmount { tag, amount } => (tag, true, false, *amount),
        Quota::MinProjects { tag, n } => (tag, false, true, i64::from(*n)),
        Quota::MaxProjects { tag, n } => (tag, false, false, i64::from(*n)),
    }
}

/// The optimum by exhaustive dynamic programming, or `None` if nothing is feasible.
pub(crate) fn exhaustive(
    projects: &[Project],
    rules: &Rules,
    objective: Objective,
) -> Option<Best> {
    let quotas: Vec<_> = rules
        .quotas
        .iter()
        .map(|q| quota(q, rules.envelope))
        .collect();
    let mut states: HashMap<Vec<i64>, Best> = HashMap::new();
    states.insert(
        vec![0; 1 + quotas.len()],
        Best {
            funded: 0,
            value: 0,
        },
    );
    for p in projects {
        let mut next: HashMap<Vec<i64>, Best> = HashMap::new();
        for (key, best) in &states {
            'amount: for a in choices(p, rules) {
                let mut k = key.clone();
                k[0] += a;
                if k[0] > rules.envelope {
                    continue;
                }
                for (qi, &(tag, amount, ge, bound)) in quotas.iter().enumerate() {
                    if a > 0 && p.tags.iter().any(|t| t == tag) {
                        k[1 + qi] += if amount { a } else { 1 };
                        if ge {
                            k[1 + qi] = k[1 + qi].min(bound);
                        } else if k[1 + qi] > bound {
                            continue 'amount;
                        }
                    }
                }
                let b = Best {
                    funded: best.funded + usize::from(a > 0),
                    value: best.value + i128::from(p.score) * i128::from(a),
                };
                let slot = next.entry(k).or_insert(b);
                if better(objective, b, *slot) {
                    *slot = b;
                }
            }
        }
        states = next;
    }
    states
        .into_iter()
        .filter(|(k, _)| {
            quotas
                .iter()
                .enumerate()
                .all(|(qi, &(_, _, ge, bound))| !ge || k[1 + qi] >= bound)
        })
        .map(|(_, b)| b)
        .reduce(|a, b| if better(objective, b, a) { b } else { a })
}

/// The optimum by enumerating funded subsets; `rules` may only hold count quotas.
pub(crate) fn subsets(projects: &[Project], rules: &Rules, objective: Objective) -> Option<Best> {
    let quotas: Vec<_> = rules
        .quotas
        .iter()
        .map(|q| quota(q, rules.envelope))
        .collect();
    assert!(
        quotas.iter().all(|q| !q.1),
        "subsets() handles count quotas only"
    );
    assert!(projects.len() <= 20, "2^n subsets");
    let mut best: Option<Best> = None;
    'subset: for mask in 0u32..(1 << projects.len()) {
        let funded = |i: usize| mask & (1 << i) != 0;
        let mut amounts = vec![0i64; projects.len()];
        for (i, p) in projects.iter().enumerate() {
            let (lo, hi) = range(p, rules);
            match (funded(i), p.fixed) {
                (true, Some(0)) | (false, Some(1..)) => continue 'subset,
                (true, _) if lo > hi => continue 'subset,
                (true, f) => amounts[i] = f.unwrap_or(lo),
                (false, _) => {}
            }
        }
        for &(tag, _, ge, bound) in &quotas {
            let count = (0..projects.len())
                .filter(|&i| funded(i) && projects[i].tags.iter().any(|t| t == tag))
                .count() as i64;
            if (ge && count < bound) || (!ge && count > bound) {
                continue 'subset;
            }
        }
        let Some(mut left) = rules.envelope.checked_sub(amounts.iter().sum()) else {
            continue;
        };
        if left < 0 {
            continue;
        }
        let mut order: Vec<usize> = (0..projects.len())
            .filter(|&i| funded(i) && projects[i].fixed.is_none() && projects[i].score > 0)
            .collect();
        order.sort_by_key(|&i| std::cmp::Reverse(projects[i].score));
        for i in order {
            let add = (range(&projects[i], rules).1 - amounts[i]).min(left);
            amounts[i] += add;
            left -= add;
        }
        let b = Best {
            funded: mask.count_ones() as usize,
            value: amounts
                .iter()
                .zip(projects)
                .map(|(&a, p)| i128::from(a) * i128::from(p.score))
                .sum(),
        };
        if best.is_none_or(|x| better(objective, b, x)) {
            best = Some(b);
        }
    }
    best
}
