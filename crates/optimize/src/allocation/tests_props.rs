//! Property tests: the exact solver against its brute-force twins on every generated instance of
//! up to 15 projects (random minimums, caps, fixed decisions, negative scores and all kinds of
//! quotas, including ones nobody can meet), plus the invariants every allocation must keep,
//! checked with sums written here from the public types.

use proptest::prelude::*;

use super::brute::{self, Best};
use super::model;
use super::*;

const TAGS: [&str; 3] = ["a", "b", "c"];

/// Projects whose amounts are small integers (so the exhaustive twin is fast) with `unit` as the
/// scale of requests, minimums and caps.
fn projects(max: usize, unit: i64, max_request: i64) -> impl Strategy<Value = Vec<Project>> {
    let one = (
        -3i64..=20,
        0..=max_request,
        0.0f64..=1.0,
        proptest::sample::subsequence(TAGS.to_vec(), 0..=2),
        (0u8..20, 0.0f64..=1.0),
    );
    proptest::collection::vec(one, 0..=max).prop_map(move |v| {
        v.into_iter()
            .map(|(score, req, min_frac, tags, (fix, at))| {
                let requested = req * unit;
                let minimum = ((requested as f64 * min_frac) as i64).min(requested);
                let lo = minimum.max(1);
                let fixed = match fix {
                    0 | 1 => Some(0),
                    2 | 3 if lo <= requested => Some(lo + ((requested - lo) as f64 * at) as i64),
                    _ => None,
                };
                Project {
                    score: score * 1000,
                    requested,
                    minimum,
                    tags: tags.into_iter().map(str::to_owned).collect(),
                    fixed,
                }
            })
            .collect()
    })
}

fn quota(amount_quotas: bool, unit: i64) -> impl Strategy<Value = Quota> {
    let tag = proptest::sample::select(TAGS.to_vec()).prop_map(str::to_owned);
    let kind = if amount_quotas { 0u8..6 } else { 4u8..6 };
    (kind, tag, 0u32..=6_000, 0i64..=30, 0u32..=4).prop_map(move |(k, tag, bp, a, n)| match k {
        0 => Quota::MinShare {
            tag,
            basis_points: bp,
        },
        1 => Quota::MaxShare {
            tag,
            basis_points: bp + 2_000,
        },
        2 => Quota::MinAmount {
            tag,
            amount: a * unit,
        },
        3 => Quota::MaxAmount {
            tag,
            amount: a * unit,
        },
        4 => Quota::MinProjects { tag, n },
        _ => Quota::MaxProjects { tag, n },
    })
}

fn rules(amount_quotas: bool, unit: i64, max_envelope: i64) -> impl Strategy<Value = Rules> {
    (
        0..=max_envelope,
        proptest::option::of(1i64..=12),
        proptest::collection::vec(quota(amount_quotas, unit), 0..=3),
    )
        .prop_map(move |(envelope, cap, quotas)| Rules {
            envelope: envelope * unit,
            cap: cap.map(|c| c * unit),
            quotas,
        })
}

/// An instance: fixed amounts are brought within the ceiling the cap sets.
fn instance(
    n: usize,
    unit: i64,
    max_request: i64,
    amount_quotas: bool,
    max_envelope: i64,
) -> impl Strategy<Value = (Vec<Project>, Rules)> {
    (
        projects(n, unit, max_request),
        rules(amount_quotas, unit, max_envelope),
    )
        .prop_map(|(mut projects, rules)| {
            for p in &mut projects {
                let ceiling = rules.cap.map_or(p.requested, |c| c.min(p.requested));
                if let Some(f) = p.fixed.filter(|&f| f > 0) {
                    let lo = p.minimum.max(1);
                    p.fixed = (lo <= ceiling).then(|| f.clamp(lo, ceiling));
                }
            }
            (projects, rules)
        })
}

fn objective() -> impl Strategy<Value = Objective> {
    prop_oneof![
        3 => Just(Objective::ScoreWeightedValue),
        1 => Just(Objective::ProjectsFunded),
    ]
}

/// Every constraint, checked with plain sums over the public types.
fn respects(projects: &[Project], rules: &Rules, amounts: &[i64]) -> Result<(), String> {
    let has = |i: usize, tag: &str| projects[i].tags.iter().any(|t| t == tag);
    let total = |tag: &str, count: bool| -> i128 {
        (0..projects.len())
            .filter(|&i| amounts[i] > 0 && has(i, tag))
            .map(|i| if count { 1 } else { i128::from(amounts[i]) })
            .sum()
    };
    for (i, (p, &a)) in projects.iter().zip(amounts).enumerate() {
        let ceiling = rules.cap.map_or(p.requested, |c| c.min(p.requested));
        if a != 0 && (a < p.minimum.max(1) || a > ceiling) {
            return Err(format!("project {i}: amount {a} outside the allowed range"));
        }
        if p.fixed.is_some_and(|f| f != a) {
            return Err(format!("project {i}: fixed decision changed"));
        }
    }
    if amounts.iter().sum::<i64>() > rules.envelope {
        return Err("over the envelope".into());
    }
    let e = i128::from(rules.envelope);
    for (q, quota) in rules.quotas.iter().enumerate() {
        let ok = match quota {
            Quota::MinShare { tag, basis_points } => {
                10_000 * total(tag, false) >= i128::from(*basis_points) * e
            }
            Quota::MaxShare { tag, basis_points } => {
                10_000 * total(tag, false) <= i128::from(*basis_points) * e
            }
            Quota::MinAmount { tag, amount } => total(tag, false) >= i128::from(*amount),
            Quota::MaxAmount { tag, amount } => total(tag, false) <= i128::from(*amount),
            Quota::MinProjects { tag, n } => total(tag, true) >= i128::from(*n),
            Quota::MaxProjects { tag, n } => total(tag, true) <= i128::from(*n),
        };
        if !ok {
            return Err(format!("quota {q} unmet"));
        }
    }
    Ok(())
}

/// `optimal` agrees with a twin's optimum (or both find nothing feasible) and keeps every
/// constraint.
fn agrees(
    projects: &[Project],
    rules: &Rules,
    objective: Objective,
    twin: Option<Best>,
) -> Result<(), TestCaseError> {
    match (optimal(projects, rules, objective), twin) {
        (Ok(a), Some(b)) => {
            respects(projects, rules, &a.amounts).map_err(TestCaseError::fail)?;
            prop_assert_eq!(a.value, b.value);
            if objective == Objective::ProjectsFunded {
                prop_assert_eq!(a.funded, b.funded);
            }
            prop_assert!(a.unmet_quotas.is_empty());
            prop_assert_eq!(a.spent + a.unspent, rules.envelope);
        }
        (
            Err(AllocError::QuotaInfeasible { .. } | AllocError::FixedExceedEnvelope { .. }),
            None,
        ) => {}
        (got, want) => prop_assert!(false, "optimal: {got:?}, brute force: {want:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Small integer amounts, every kind of quota: against the exhaustive twin.
    #[test]
    fn optimal_equals_the_exhaustive_optimum(
        (projects, rules) in instance(15, 1, 12, true, 60),
        objective in objective(),
    ) {
        let twin = brute::exhaustive(&projects, &rules, objective);
        agrees(&projects, &rules, objective, twin)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Amounts in cents at Progr'ESS scale, count quotas: against the subset-enumeration twin.
    #[test]
    fn optimal_equals_the_subset_optimum_in_cents(
        (projects, rules) in instance(15, 123_457, 12, false, 60),
        objective in objective(),
    ) {
        let twin = brute::subsets(&projects, &rules, objective);
        agrees(&projects, &rules, objective, twin)?;
    }

    /// The two twins agree where both apply.
    #[test]
    fn the_twins_agree(
        (projects, rules) in instance(10, 1, 8, false, 40),
        objective in objective(),
    ) {
        let (a, b) = (
            brute::exhaustive(&projects, &rules, objective),
            brute::subsets(&projects, &rules, objective),
        );
        if objective == Objective::ScoreWeightedValue {
            // Equal values may fund different numbers of projects (a score of 0).
            prop_assert_eq!(a.map(|x| x.value), b.map(|x| x.value));
        } else {
            prop_assert_eq!(a, b);
        }
    }

    /// The optimum never does worse than the greedy rules when they meet the quotas, and the
    /// greedy rules never spend more than the envelope.
    #[test]
    fn optimal_is_never_worse_than_greedy(
        (projects, rules) in instance(15, 100_000, 15, true, 60),
    ) {
        let fixed_ok = projects.iter().map(|p| p.fixed.unwrap_or(0)).sum::<i64>()
            <= rules.envelope;
        for rule in [GreedyRule::StopAtFirstMiss, GreedyRule::SkipAndContinue] {
            let g = greedy_with(&projects, &rules, rule).unwrap();
            prop_assert!(g.spent <= rules.envelope || !fixed_ok);
            if g.unmet_quotas.is_empty() && fixed_ok {
                respects(&projects, &rules, &g.amounts).map_err(TestCaseError::fail)?;
                let o = optimal(&projects, &rules, Objective::ScoreWeightedValue).unwrap();
                prop_assert!(o.value >= g.value);
                let d = compare(&o, &g);
                prop_assert_eq!(d.value, o.value - g.value);
            }
        }
    }
}

/// Any `i64`, biased towards the edges of the valid ranges.
fn wild() -> impl Strategy<Value = i64> {
    prop_oneof![
        any::<i64>(),
        -2i64..=20,
        Just(model::MAX_AMOUNT),
        Just(model::MAX_AMOUNT + 1),
        Just(model::MAX_SCORE),
        (0..=model::MAX_AMOUNT),
    ]
}

fn wild_quota() -> impl Strategy<Value = Quota> {
    let tag = proptest::sample::select(TAGS.to_vec()).prop_map(str::to_owned);
    (0u8..6, tag, any::<u32>(), wild()).prop_map(|(k, tag, x, a)| match k {
        0 => Quota::MinShare {
            tag,
            basis_points: x % 12_000,
        },
        1 => Quota::MaxShare {
            tag,
            basis_points: x,
        },
        2 => Quota::MinAmount { tag, amount: a },
        3 => Quota::MaxAmount { tag, amount: a },
        4 => Quota::MinProjects { tag, n: x % 4 },
        _ => Quota::MaxProjects { tag, n: x },
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever the numbers, every function answers (an allocation or an error) without a panic
    /// or an overflow, and what it returns keeps the constraints.
    #[test]
    fn any_input_is_answered_without_panic(
        raw in proptest::collection::vec(
            (wild(), wild(), wild(), proptest::option::of(wild()), proptest::sample::subsequence(TAGS.to_vec(), 0..=2)),
            0..=6,
        ),
        envelope in wild(),
        cap in proptest::option::of(wild()),
        quotas in proptest::collection::vec(wild_quota(), 0..=3),
        objective in objective(),
    ) {
        let projects: Vec<Project> = raw
            .into_iter()
            .map(|(score, requested, minimum, fixed, tags)| Project {
                score,
                requested,
                minimum,
                tags: tags.into_iter().map(str::to_owned).collect(),
                fixed,
            })
            .collect();
        let rules = Rules { envelope, cap, quotas };
        if let Ok(a) = optimal(&projects, &rules, objective) {
            respects(&projects, &rules, &a.amounts).map_err(TestCaseError::fail)?;
        }
        if let Ok(g) = greedy(&projects, &rules) {
            prop_assert_eq!(g.spent + g.unspent, rules.envelope);
        }
    }
}
