//! The assignment solver's objective equals the optimum found by Google OR-tools on random
//! instances up to 60 × 15 with k = 3, conflicts, forced pairs and minimum and maximum loads,
//! checked against two OR-tools models (min-cost flow and CP-SAT), infeasible ones included.
//!
//! Skipped with a message when `ortools` is not installed, unless `PASSERELLE_REQUIRE_ALL=1`
//! (CI), where a missing OR-tools fails the test.

#[path = "ortools/harness.rs"]
mod harness;

use std::path::PathBuf;

use passerelle_optimize::assignment::{Pair, Problem, Score, solve};

/// SplitMix64: a few lines of deterministic randomness, so that a failure is reproducible from
/// its instance number without a random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// True with probability `percent` %.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Instance number `i`: sizes grow with `i` up to 60 × 15; 85 % of pairs scored in thousandths,
/// up to 500 times the reviewer's quality (2..=10, so that some reviewers are unattractive and
/// their minimum loads bind), 5 % conflicts, a few forced pairs, minimum loads on a third of the
/// reviewers, maximum loads 1.1 to 2 times the average; every fifth instance allows zero scores.
fn instance(i: u64) -> Problem {
    let mut rng = Rng(0x5EED_0000 + i);
    let applications = rng.range(5 + 2 * i, 10 + 3 * i).min(60) as usize;
    let reviewers = rng.range(6 + i / 2, 8 + i / 2).min(15) as usize;
    let k = 3;
    let average = (applications as u64 * k).div_ceil(reviewers as u64);
    let mut p = Problem {
        applications,
        reviewers,
        k: k as u32,
        allow_zero_score: i % 5 == 4,
        alternates: 2,
        ..Problem::default()
    };
    for r in 0..reviewers {
        let max = rng.range(average + average / 10, 2 * average);
        let min = if rng.chance(33) {
            rng.range(1, average / 2 + 1)
        } else {
            0
        };
        let quality = rng.range(2, 10) as i64;
        p.max_load.push(max as u32);
        p.min_load.push(min as u32);
        for a in 0..applications {
            let pair = Pair {
                application: a,
                reviewer: r,
            };
            if rng.chance(85) {
                let score = rng.range(0, 500) as i64 * quality;
                p.affinity.push(Score {
                    application: a,
                    reviewer: r,
                    score,
                });
            }
            if rng.chance(5) {
                p.forbidden.push(pair);
            } else if rng.chance(2) && p.forced.iter().filter(|f| f.application == a).count() < 2 {
                p.forced.push(pair);
            }
        }
    }
    match i % 7 {
        // Hall's condition fails: applications 0..4 may only go to reviewers 0..4, who take two each.
        3 => restrict(&mut p, 4, 4, |p, r| {
            p.max_load[r] = 2;
            p.min_load[r] = p.min_load[r].min(2);
        }),
        // Minimums fail: reviewers 0..4 must review three each but may only review applications 0..3.
        5 => restrict(&mut p, 3, 4, |p, r| {
            p.min_load[r] = 3;
            p.max_load[r] = p.max_load[r].max(3);
        }),
        _ => {}
    }
    p
}

/// Forbids every pair between applications `0..apps` and reviewers `reviewers..`, and between
/// applications `apps..` and reviewers `0..reviewers` (the two groups only meet each other),
/// drops forced pairs across, allows zero scores (so that only the groups' sizes and loads
/// matter), and applies `load` to reviewers `0..reviewers`.
fn restrict(p: &mut Problem, apps: usize, reviewers: usize, load: impl Fn(&mut Problem, usize)) {
    p.allow_zero_score = true;
    let across = |x: &Pair| (x.application < apps) != (x.reviewer < reviewers);
    p.forced.retain(|x| !across(x));
    for application in 0..p.applications {
        for reviewer in 0..p.reviewers {
            let pair = Pair {
                application,
                reviewer,
            };
            if across(&pair) {
                p.forbidden.push(pair);
            }
        }
    }
    for r in 0..reviewers {
        load(p, r);
    }
}

#[test]
fn objective_equals_ortools_optimum() {
    if !harness::available() {
        assert!(
            std::env::var("PASSERELLE_REQUIRE_ALL").as_deref() != Ok("1"),
            "PASSERELLE_REQUIRE_ALL=1 but python3 cannot import ortools (pip install ortools)"
        );
        eprintln!("skipped: pip install ortools");
        return;
    }
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ortools/assign.py");
    let problems: Vec<Problem> = (0..20).map(instance).collect();
    let refs: Vec<&Problem> = problems.iter().collect();
    let flow = harness::run(&script, "flow", &refs).unwrap();
    let cpsat = harness::run(&script, "cpsat", &refs).unwrap();
    let (mut feasible, mut binding) = (0, 0);
    for (i, p) in problems.iter().enumerate() {
        let ours = solve(p).map(|x| x.total_affinity);
        eprintln!(
            "instance {i}: {}×{}, ours {ours:?}, OR-tools flow {:?} ({:.3} s), CP-SAT {:?} ({:.3} s)",
            p.applications,
            p.reviewers,
            flow[i].objective,
            flow[i].seconds,
            cpsat[i].objective,
            cpsat[i].seconds
        );
        assert_eq!(
            ours.as_ref().ok().copied(),
            flow[i].objective,
            "instance {i}: ours vs OR-tools flow"
        );
        assert_eq!(
            flow[i].objective, cpsat[i].objective,
            "instance {i}: OR-tools flow vs CP-SAT"
        );
        if let Ok(objective) = ours {
            feasible += 1;
            let free = Problem {
                min_load: vec![0; p.reviewers],
                ..p.clone()
            };
            binding += usize::from(solve(&free).is_ok_and(|x| x.total_affinity > objective));
        }
    }
    eprintln!("{feasible} feasible of 20; minimum loads change the optimum of {binding}");
    // Mostly feasible instances, some infeasible ones, and minimum loads that change the optimum.
    assert!(
        (12..20).contains(&feasible),
        "{feasible} feasible instances of 20"
    );
    assert!(
        binding >= 3,
        "minimum loads change the optimum of only {binding} instances"
    );
}
