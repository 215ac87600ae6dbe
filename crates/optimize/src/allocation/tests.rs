//! Hand-made cases: each one a situation a committee meets, with the answer worked out by hand
//! (and, for the small ones, confirmed by the brute-force twin).

use rstest::rstest;

use super::brute;
use super::*;

/// Euros in cents.
const fn eur(x: i64) -> i64 {
    x * 100
}

/// A project asking `requested` euros with `minimum` euros viable, scored `score` (on /20).
fn project(score: i64, requested: i64, minimum: i64) -> Project {
    Project {
        score: score * 1000,
        requested: eur(requested),
        minimum: eur(minimum),
        ..Project::default()
    }
}

fn tagged(mut p: Project, tag: &str) -> Project {
    p.tags.push(tag.to_owned());
    p
}

fn fixed(mut p: Project, amount: i64) -> Project {
    p.fixed = Some(eur(amount));
    p
}

fn rules(envelope: i64, quotas: Vec<Quota>) -> Rules {
    Rules {
        envelope: eur(envelope),
        cap: Some(eur(15_000)),
        quotas,
    }
}

/// Progr'ESS-like: 100 000 EUR, at most 15 000 EUR, no partial funding. Six projects take
/// 87 000 EUR; the seventh asks 15 000 and does not fit, so the list stops with 13 000 EUR left,
/// although the eighth asks exactly 13 000.
fn classic() -> Vec<Project> {
    [
        (19, 15_000),
        (18, 15_000),
        (17, 15_000),
        (16, 15_000),
        (15, 15_000),
        (14, 12_000),
        (13, 15_000),
        (12, 13_000),
    ]
    .into_iter()
    .map(|(s, r)| project(s, r, r))
    .collect()
}

#[test]
fn greedy_leaves_13_000_eur_the_optimum_spends() {
    let (projects, rules) = (classic(), rules(100_000, vec![]));
    let g = greedy(&projects, &rules).unwrap();
    assert_eq!(g.unspent, eur(13_000));
    assert_eq!(g.funded, 6);
    let o = optimal(&projects, &rules, Objective::ScoreWeightedValue).unwrap();
    assert_eq!(o.unspent, 0);
    assert_eq!(o.funded, 7);
    assert_eq!(o.amounts[6], 0);
    assert_eq!(o.amounts[7], eur(13_000));
    let d = compare(&o, &g);
    assert_eq!((d.unspent, d.funded), (eur(13_000), 1));
    assert_eq!(d.value, i128::from(12_000 * eur(13_000)));
    let skip = greedy_with(&projects, &rules, GreedyRule::SkipAndContinue).unwrap();
    assert_eq!(skip.amounts, o.amounts);
    let twin = brute::subsets(&projects, &rules, Objective::ScoreWeightedValue);
    assert_eq!(twin.map(|b| b.value), Some(o.value));
}

#[rstest]
#[case::all_or_nothing(10_000, vec![eur(15_000), 0])]
#[case::partial_funding(5_000, vec![eur(15_000), eur(5_000)])]
fn minimum_amounts(#[case] minimum: i64, #[case] expected: Vec<i64>) {
    let projects = vec![project(20, 15_000, 15_000), project(19, 10_000, minimum)];
    let o = optimal(&projects, &rules(20_000, vec![]), Objective::default()).unwrap();
    assert_eq!(o.amounts, expected);
}

#[test]
fn partial_funding_spends_the_remainder_on_the_next_project() {
    let projects = vec![
        project(18, 15_000, 7_500),
        project(17, 15_000, 7_500),
        project(16, 15_000, 7_500),
    ];
    let o = optimal(&projects, &rules(40_000, vec![]), Objective::default()).unwrap();
    assert_eq!(o.amounts, vec![eur(15_000), eur(15_000), eur(10_000)]);
    assert_eq!(o.unspent, 0);
    let g = greedy(&projects, &rules(40_000, vec![])).unwrap();
    assert_eq!(g.unspent, eur(10_000));
}

#[test]
fn the_cap_and_unfundable_minimums() {
    let projects = vec![project(18, 20_000, 16_000), project(17, 20_000, 1_000)];
    let o = optimal(&projects, &rules(100_000, vec![]), Objective::default()).unwrap();
    assert_eq!(o.amounts, vec![0, eur(15_000)]);
    let g = greedy(&projects, &rules(100_000, vec![])).unwrap();
    assert_eq!(g.amounts, vec![0, eur(15_000)]);
}

#[test]
fn a_minimum_share_outside_the_prefecture_binds() {
    let mut projects: Vec<Project> = (0..5).map(|_| project(18, 15_000, 15_000)).collect();
    projects.extend((0..3).map(|_| tagged(project(10, 15_000, 15_000), "outside-prefecture")));
    let quota = Quota::MinShare {
        tag: "outside-prefecture".into(),
        basis_points: 3_000,
    };
    let rules = rules(100_000, vec![quota]);
    let o = optimal(&projects, &rules, Objective::default()).unwrap();
    assert!(o.unmet_quotas.is_empty());
    assert_eq!(o.amounts[5..].iter().sum::<i64>(), eur(30_000));
    assert_eq!(o.amounts[..5].iter().sum::<i64>(), eur(60_000));
    let g = greedy(&projects, &rules).unwrap();
    assert_eq!(g.unmet_quotas, vec![0]);
}

#[test]
fn at_most_two_projects_per_theme() {
    let mut projects: Vec<Project> = (0..4)
        .map(|_| tagged(project(19, 10_000, 10_000), "theme:culture"))
        .collect();
    projects.push(project(11, 10_000, 10_000));
    projects.push(project(10, 10_000, 10_000));
    let quota = Quota::MaxProjects {
        tag: "theme:culture".into(),
        n: 2,
    };
    let o = optimal(&projects, &rules(40_000, vec![quota]), Objective::default()).unwrap();
    assert_eq!(o.amounts[..4].iter().filter(|&&a| a > 0).count(), 2);
    assert_eq!(o.amounts[4..], [eur(10_000), eur(10_000)]);
}

#[test]
fn at_least_one_project_forces_a_weak_one_in() {
    let projects = vec![
        project(19, 10_000, 10_000),
        project(18, 10_000, 5_000),
        tagged(project(-2, 4_000, 1_000), "youth"),
    ];
    let quota = Quota::MinProjects {
        tag: "youth".into(),
        n: 1,
    };
    let o = optimal(&projects, &rules(20_000, vec![quota]), Objective::default()).unwrap();
    assert_eq!(o.amounts, vec![eur(10_000), eur(9_000), eur(1_000)]);
}

#[test]
fn fixed_decisions_are_kept() {
    let projects = vec![
        fixed(project(19, 15_000, 5_000), 0),
        fixed(project(12, 15_000, 5_000), 6_000),
        project(15, 15_000, 5_000),
        project(14, 15_000, 5_000),
    ];
    let o = optimal(&projects, &rules(30_000, vec![]), Objective::default()).unwrap();
    assert_eq!(o.amounts, vec![0, eur(6_000), eur(15_000), eur(9_000)]);
    let g = greedy(&projects, &rules(30_000, vec![])).unwrap();
    assert_eq!(g.amounts, vec![0, eur(6_000), eur(15_000), 0]);
}

#[test]
fn an_infeasible_quota_is_named() {
    let projects = vec![
        tagged(project(15, 10_000, 10_000), "outside-prefecture"),
        project(14, 10_000, 10_000),
    ];
    let quotas = vec![
        Quota::MaxProjects {
            tag: "theme:culture".into(),
            n: 3,
        },
        Quota::MinShare {
            tag: "outside-prefecture".into(),
            basis_points: 3_000,
        },
    ];
    let err = optimal(&projects, &rules(50_000, quotas), Objective::default()).unwrap_err();
    assert_eq!(
        err,
        AllocError::QuotaInfeasible {
            quota: 1,
            description: "at least 30.00 % of the envelope to \"outside-prefecture\"".into(),
        }
    );
    assert!(err.to_string().contains("quota #1"));
}

#[test]
fn fixed_amounts_above_the_envelope() {
    let projects = vec![fixed(project(15, 15_000, 1_000), 15_000)];
    let err = optimal(&projects, &rules(10_000, vec![]), Objective::default()).unwrap_err();
    assert!(matches!(err, AllocError::FixedExceedEnvelope { .. }));
}

#[rstest]
#[case::empty(vec![], 100_000)]
#[case::zero_envelope(vec![project(18, 5_000, 1_000), project(12, 3_000, 3_000)], 0)]
fn nothing_to_fund(#[case] projects: Vec<Project>, #[case] envelope: i64) {
    let rules = rules(envelope, vec![]);
    for a in [
        optimal(&projects, &rules, Objective::default()).unwrap(),
        greedy(&projects, &rules).unwrap(),
    ] {
        assert_eq!(a.funded, 0);
        assert_eq!(a.unspent, eur(envelope));
        assert_eq!(a.amounts, vec![0; projects.len()]);
    }
}

#[test]
fn crossing_amount_quotas_give_an_integral_optimum() {
    // Each project carries two of three tags, each tag capped at 3: the relaxation's optimum
    // gives 1.5 to each (4.5 in all); the best integer allocation gives 4.
    let tags = [["a", "b"], ["b", "c"], ["a", "c"]];
    let projects: Vec<Project> = tags
        .iter()
        .map(|t| Project {
            score: 1,
            requested: 10,
            tags: t.iter().map(|s| s.to_string()).collect(),
            ..Project::default()
        })
        .collect();
    let quotas = ["a", "b", "c"]
        .map(|t| Quota::MaxAmount {
            tag: t.into(),
            amount: 3,
        })
        .to_vec();
    let rules = Rules {
        envelope: 100,
        cap: None,
        quotas,
    };
    let o = optimal(&projects, &rules, Objective::default()).unwrap();
    assert_eq!(o.value, 4);
    assert!(o.unmet_quotas.is_empty());
    assert_eq!(
        brute::exhaustive(&projects, &rules, Objective::default()).map(|b| b.value),
        Some(4)
    );
}

#[test]
fn most_projects_funded() {
    let projects = vec![
        project(20, 15_000, 15_000),
        project(10, 7_500, 7_500),
        project(10, 7_500, 7_500),
    ];
    let rules = rules(15_000, vec![]);
    let value = optimal(&projects, &rules, Objective::ScoreWeightedValue).unwrap();
    assert_eq!(value.amounts, vec![eur(15_000), 0, 0]);
    let count = optimal(&projects, &rules, Objective::ProjectsFunded).unwrap();
    assert_eq!(count.amounts, vec![0, eur(7_500), eur(7_500)]);
}

#[rstest]
#[case::negative_request(Project { requested: -1, ..Project::default() })]
#[case::negative_minimum(Project { requested: 10, minimum: -1, ..Project::default() })]
#[case::minimum_above_request(Project { requested: 10, minimum: 11, ..Project::default() })]
#[case::fixed_below_minimum(Project { requested: 10, minimum: 5, fixed: Some(4), ..Project::default() })]
#[case::fixed_above_ceiling(Project { requested: 10, fixed: Some(11), ..Project::default() })]
#[case::negative_fixed(Project { requested: 10, fixed: Some(-3), ..Project::default() })]
#[case::huge_score(Project { score: i64::MAX, requested: 10, ..Project::default() })]
#[case::huge_request(Project { requested: i64::MAX, ..Project::default() })]
fn invalid_projects_are_refused(#[case] p: Project) {
    let rules = Rules {
        envelope: 100,
        ..Rules::default()
    };
    let err = optimal(std::slice::from_ref(&p), &rules, Objective::default()).unwrap_err();
    assert!(
        matches!(err, AllocError::InvalidProject { project: 0, .. }),
        "{err}"
    );
    assert!(greedy(&[p], &rules).is_err());
}

#[rstest]
#[case::negative_envelope(Rules { envelope: -1, ..Rules::default() })]
#[case::negative_cap(Rules { envelope: 10, cap: Some(-1), quotas: vec![] })]
#[case::share_above_100(Rules { envelope: 10, cap: None, quotas: vec![Quota::MinShare { tag: "a".into(), basis_points: 10_001 }] })]
#[case::negative_amount(Rules { envelope: 10, cap: None, quotas: vec![Quota::MaxAmount { tag: "a".into(), amount: -5 }] })]
fn invalid_rules_are_refused(#[case] rules: Rules) {
    let err = optimal(&[], &rules, Objective::default()).unwrap_err();
    assert!(
        matches!(
            err,
            AllocError::InvalidRules { .. } | AllocError::InvalidQuota { quota: 0, .. }
        ),
        "{err}"
    );
}

#[test]
fn the_node_limit_is_an_error_not_a_hang() {
    let projects: Vec<Project> = (0..30)
        .map(|i| project(10 + i % 7, 3_000 + 137 * i, 3_000 + 137 * i))
        .collect();
    let options = Options { node_limit: 1 };
    let result = optimal_with(
        &projects,
        &rules(100_000, vec![]),
        Objective::default(),
        options,
    );
    assert_eq!(result, Err(AllocError::Limit { nodes: 1 }));
    let unlimited = optimal(&projects, &rules(100_000, vec![]), Objective::default());
    assert!(unlimited.is_ok());
}
