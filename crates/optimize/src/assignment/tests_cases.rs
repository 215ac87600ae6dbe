//! Hand-made cases whose answer can be checked by eye.

use rstest::rstest;

use super::brute;
use super::{AssignError, Pair, Problem, Score, replace, solve};

/// `a` applications, `r` reviewers, `k` each, loads 0..=a, the given scores.
fn problem(a: usize, r: usize, k: u32, scores: &[(usize, usize, i64)]) -> Problem {
    Problem {
        applications: a,
        reviewers: r,
        k,
        min_load: vec![0; r],
        max_load: vec![a as u32; r],
        affinity: scores
            .iter()
            .map(|&(application, reviewer, score)| Score {
                application,
                reviewer,
                score,
            })
            .collect(),
        ..Problem::default()
    }
}

fn pairs(list: &[(usize, usize)]) -> Vec<Pair> {
    list.iter()
        .map(|&(application, reviewer)| Pair {
            application,
            reviewer,
        })
        .collect()
}

/// One application, three reviewers scoring 9, 7, 5.
fn trio() -> Problem {
    problem(1, 3, 1, &[(0, 0, 9), (0, 1, 7), (0, 2, 5)])
}

#[rstest]
#[case::best_reviewer(trio(), vec![vec![0]], 9)]
#[case::conflict_gives_second_best(Problem { forbidden: pairs(&[(0, 0)]), ..trio() }, vec![vec![1]], 7)]
#[case::forced_pair_wins(Problem { forced: pairs(&[(0, 2)]), ..trio() }, vec![vec![2]], 5)]
#[case::forced_zero_score(Problem { forced: pairs(&[(0, 2)]), ..problem(1, 3, 2, &[(0, 0, 9)]) }, vec![vec![0, 2]], 9)]
#[case::zero_scores_allowed(Problem { allow_zero_score: true, ..problem(1, 2, 2, &[(0, 1, 4)]) }, vec![vec![1, 0]], 4)]
#[case::negative_score_when_needed(problem(1, 2, 2, &[(0, 0, 3), (0, 1, -2)]), vec![vec![0, 1]], 1)]
// Both applications prefer reviewer 0; without a minimum it takes both (10 + 9).
#[case::no_minimum(problem(2, 2, 1, &[(0, 0, 10), (0, 1, 1), (1, 0, 9), (1, 1, 2)]), vec![vec![0], vec![0]], 19)]
// Reviewer 1 must review one: it gets application 1 (10 + 2 = 12 beats 1 + 9 = 10).
#[case::minimum_gives_a_worse_paper(
    Problem { min_load: vec![0, 1], ..problem(2, 2, 1, &[(0, 0, 10), (0, 1, 1), (1, 0, 9), (1, 1, 2)]) },
    vec![vec![0], vec![1]], 12)]
// Reviewer 0 can take only one: the exact optimum gives it application 1, not the greedy 0.
#[case::capacity_is_not_greedy(
    Problem { max_load: vec![1, 2], ..problem(2, 2, 1, &[(0, 0, 10), (0, 1, 9), (1, 0, 8), (1, 1, 1)]) },
    vec![vec![1], vec![0]], 17)]
fn solves_small_cases(#[case] p: Problem, #[case] reviewers: Vec<Vec<usize>>, #[case] total: i64) {
    let x = solve(&p).unwrap();
    assert_eq!(x.reviewers, reviewers);
    assert_eq!(x.total_affinity, total);
    brute::check(&p, &x).unwrap();
    assert_eq!(brute::best(&p), Some(total));
}

#[rstest]
#[case::too_few_candidates(
    Problem { forbidden: pairs(&[(0, 1)]), ..problem(1, 3, 2, &[(0, 0, 1), (0, 1, 1)]) },
    AssignError::TooFewCandidates { application: 0, candidates: 1, k: 2 })]
#[case::capacity(
    Problem { max_load: vec![1, 1], allow_zero_score: true, ..problem(3, 2, 1, &[]) },
    AssignError::CapacityShort { capacity: 2, slots: 3 })]
#[case::minimums_too_high(
    Problem { min_load: vec![1, 1], allow_zero_score: true, ..problem(1, 2, 1, &[]) },
    AssignError::MinLoadsTooHigh { needed: 2, slots: 1 })]
#[case::minimum_unreachable(
    Problem { min_load: vec![0, 2], forbidden: pairs(&[(0, 1)]), allow_zero_score: true, ..problem(2, 2, 1, &[]) },
    AssignError::MinLoadUnreachable { reviewer: 1, candidates: 1, min: 2 })]
#[case::hall(
    Problem { max_load: vec![1, 2], ..problem(2, 2, 1, &[(0, 0, 5), (1, 0, 5)]) },
    AssignError::ApplicationsShort { applications: vec![0, 1], needed: 2, available: 1 })]
#[case::minimums_short(
    Problem { min_load: vec![0, 1, 1], ..problem(2, 3, 1, &[(0, 0, 5), (1, 1, 5), (1, 2, 5)]) },
    AssignError::MinLoadsShort { reviewers: vec![1, 2], needed: 2, available: 1 })]
#[case::forced_and_forbidden(
    Problem { forced: pairs(&[(0, 1)]), forbidden: pairs(&[(0, 1)]), ..trio() },
    AssignError::ForcedAndForbidden { application: 0, reviewer: 1 })]
#[case::too_many_forced(
    Problem { forced: pairs(&[(0, 1), (0, 2)]), ..trio() },
    AssignError::TooManyForced { application: 0, forced: 2, k: 1 })]
#[case::forced_over_max(
    Problem { forced: pairs(&[(0, 0), (1, 0)]), max_load: vec![1, 2], ..problem(2, 2, 1, &[]) },
    AssignError::ForcedOverMax { reviewer: 0, forced: 2, max: 1 })]
#[case::bad_length(Problem { min_load: vec![0], ..trio() }, AssignError::BadLength { field: "min_load", expected: 3, got: 1 })]
#[case::min_above_max(Problem { min_load: vec![2, 0, 0], ..trio() }, AssignError::MinAboveMax { reviewer: 0, min: 2, max: 1 })]
#[case::unknown_application(
    Problem { forbidden: pairs(&[(4, 0)]), ..trio() },
    AssignError::UnknownApplication { field: "forbidden", application: 4, applications: 1 })]
#[case::unknown_reviewer(problem(1, 3, 1, &[(0, 3, 1)]), AssignError::UnknownReviewer { field: "affinity", reviewer: 3, reviewers: 3 })]
#[case::duplicate_score(problem(1, 3, 1, &[(0, 1, 1), (0, 1, 2)]), AssignError::DuplicateScore { application: 0, reviewer: 1 })]
#[case::score_out_of_range(problem(1, 3, 1, &[(0, 1, i64::MIN)]), AssignError::ScoreOutOfRange { application: 0, reviewer: 1 })]
#[case::too_large(
    Problem { applications: 5_000_000, k: 3, ..Problem::default() },
    AssignError::TooLarge { what: "applications", got: 5_000_000, max: 1_000_000 })]
#[case::too_dense(
    Problem { applications: 100_000, reviewers: 1_000, k: 1, allow_zero_score: true, min_load: vec![0; 1_000], max_load: vec![100; 1_000], ..Problem::default() },
    AssignError::TooLarge { what: "applications × reviewers (zero scores allowed)", got: 100_000_000, max: 20_000_000 })]
fn refuses_with_a_clear_error(#[case] p: Problem, #[case] error: AssignError) {
    assert_eq!(solve(&p), Err(error));
}

#[rstest]
#[case::nothing(problem(0, 0, 3, &[]))]
#[case::no_application(problem(0, 2, 3, &[]))]
#[case::no_review(problem(2, 0, 0, &[]))]
fn solves_empty_problems(#[case] p: Problem) {
    let x = solve(&p).unwrap();
    assert_eq!(x.total_affinity, 0);
    assert_eq!(
        (x.reviewers.len(), x.loads.len()),
        (p.applications, p.reviewers)
    );
}

#[test]
fn error_messages_name_the_culprit() {
    let p = Problem {
        max_load: vec![1, 2],
        ..problem(2, 2, 1, &[(0, 0, 5), (1, 0, 5)])
    };
    let message = solve(&p).unwrap_err().to_string();
    assert_eq!(
        message,
        "applications [0, 1] need 2 more reviews but their possible reviewers can give only 1"
    );
}

#[rstest]
#[case::ranked_ties_by_index(problem(1, 4, 1, &[(0, 0, 9), (0, 2, 8), (0, 1, 8), (0, 3, 1)]), 2, vec![1, 2])]
#[case::forbidden_skipped(
    Problem { forbidden: pairs(&[(0, 1)]), ..problem(1, 4, 1, &[(0, 0, 9), (0, 1, 8), (0, 2, 8), (0, 3, 1)]) },
    2, vec![2, 3])]
#[case::zero_scores_skipped(problem(1, 4, 1, &[(0, 0, 9), (0, 1, 8)]), 3, vec![1])]
#[case::zero_scores_when_allowed(Problem { allow_zero_score: true, ..problem(1, 4, 1, &[(0, 0, 9), (0, 2, 8)]) }, 3, vec![2, 1, 3])]
fn ranks_alternates(#[case] p: Problem, #[case] count: u32, #[case] expected: Vec<usize>) {
    let x = solve(&Problem {
        alternates: count,
        ..p
    })
    .unwrap();
    assert_eq!(x.reviewers, vec![vec![0]]);
    assert_eq!(x.alternates, vec![expected]);
}

/// Three applications, four reviewers, k = 2, each reviewer at most 2.
fn panel() -> Problem {
    Problem {
        max_load: vec![2; 4],
        alternates: 2,
        ..problem(
            3,
            4,
            2,
            &[
                (0, 0, 9),
                (0, 1, 8),
                (0, 2, 7),
                (0, 3, 1),
                (1, 0, 8),
                (1, 1, 9),
                (1, 2, 2),
                (2, 2, 9),
                (2, 3, 8),
                (2, 0, 3),
            ],
        )
    }
}

#[rstest]
// Reviewer 2 has room (load 1 of 2): one change.
#[case::best_alternate_with_room(panel(), (0, 0), &[(0, 2)], &[(0, 0)])]
// Reviewer 2 is full: reviewer 3, the next alternate with room, steps in.
#[case::full_alternate_skipped(Problem { max_load: vec![2, 2, 1, 2], ..panel() }, (0, 0), &[(0, 3)], &[(0, 0)])]
// Reviewer 3 must keep one application: it can only take application 0 from reviewer 0.
#[case::minimum_load_moves_more(Problem { min_load: vec![0, 0, 0, 1], ..panel() }, (2, 3), &[(0, 3), (2, 0)], &[(0, 0), (2, 3)])]
fn replaces_a_decliner(
    #[case] p: Problem,
    #[case] declined: (usize, usize),
    #[case] added: &[(usize, usize)],
    #[case] removed: &[(usize, usize)],
) {
    let current = solve(&p).unwrap();
    let declined = Pair {
        application: declined.0,
        reviewer: declined.1,
    };
    let out = replace(&p, &current, declined).unwrap();
    assert_eq!((out.added, out.removed), (pairs(added), pairs(removed)));
    let mut after = p.clone();
    after.forbidden.push(declined);
    brute::check(&after, &out.assignment).unwrap();
}

#[test]
fn refuses_odd_replacements() {
    let p = Problem {
        forced: pairs(&[(1, 1)]),
        ..panel()
    };
    let current = solve(&p).unwrap();
    let decline = |application, reviewer| {
        replace(
            &p,
            &current,
            Pair {
                application,
                reviewer,
            },
        )
    };
    assert_eq!(
        decline(1, 1),
        Err(AssignError::DeclinedForced {
            application: 1,
            reviewer: 1
        })
    );
    assert_eq!(
        decline(2, 1),
        Err(AssignError::NotAssigned {
            application: 2,
            reviewer: 1
        })
    );
    assert!(matches!(
        decline(9, 1),
        Err(AssignError::UnknownApplication {
            field: "declined",
            ..
        })
    ));
    // Application 2 can only be reviewed by 0, 2 and 3: without 2 it still has 0 and 3, but
    // forbidding 3 too leaves one.
    let p = Problem {
        forbidden: pairs(&[(2, 3)]),
        allow_zero_score: false,
        ..panel()
    };
    let current = solve(&p).unwrap();
    let error = replace(
        &p,
        &current,
        Pair {
            application: 2,
            reviewer: 2,
        },
    )
    .unwrap_err();
    assert_eq!(
        error,
        AssignError::TooFewCandidates {
            application: 2,
            candidates: 1,
            k: 2
        }
    );
}
