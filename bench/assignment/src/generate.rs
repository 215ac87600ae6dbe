//! Realistic reviewer-assignment instances for a call of a support programme.
//!
//! Distributions (all drawn from the seed):
//! - **Themes**: `max(12, reviewers / 8)` themes with Zipf-like popularity (weight
//!   `1 / (i + 1)^0.7`): a few themes (employment, circular economy…) dominate.
//! - **Applications**: 1 theme (40 %), 2 (40 %) or 3 (20 %) by popularity; language French
//!   80 %, Polish 12 %, English 8 %; one of 101 departments, in one of 13 regions; an applicant
//!   organisation among `2A/3`, so that some organisations submit several applications.
//! - **Reviewers**: 2 to 5 expertise themes by popularity; read French 95 %, English 55 %,
//!   Polish 25 % (at least one language); know their home region and, one in three, another;
//!   20 % are staff (minimum load half the average, maximum 1.2 times it), the others external
//!   experts (no minimum, maximum uniform between 0.5 and 2 times the average).
//! - **Affinity** (thousandths of a point), only for pairs sharing at least one theme:
//!   `3000 × shared / themes of the application`, `+500` if the reviewer reads the application's
//!   language and `-500` if not, `+1000` if the reviewer knows its region, plus a per-pair
//!   self-assessed expertise in `0..=999`. Scores are positive; pairs without a shared theme
//!   score 0 and are not assigned unless `--allow-zero`.
//! - **Conflicts**: 8 % of reviewers belong to an applicant organisation and conflict with all
//!   its applications; 0.5 % of the scored pairs are declared conflicts.
//! - **Forced pairs**: 0.5 % of applications get one reviewer forced by the officer, drawn among
//!   its ten best candidates.

use passerelle_optimize::assignment::{Pair, Problem, Score};
use rand::Rng;
use rand::rngs::StdRng;

/// Counts describing a generated instance.
pub struct Stats {
    /// Scored pairs that are not forbidden.
    pub candidates: usize,
    /// Forbidden pairs.
    pub conflicts: usize,
    /// Forced pairs.
    pub forced: usize,
    /// Reviewers with a minimum load.
    pub staff: usize,
}

struct Application {
    themes: Vec<usize>,
    language: usize,
    region: usize,
    organisation: usize,
}

struct Reviewer {
    themes: Vec<usize>,
    reads: [bool; 3],
    regions: Vec<usize>,
    member_of: Option<usize>,
}

const REGIONS: usize = 13;
const DEPARTMENTS: usize = 101;

/// Draws `count` distinct themes by popularity.
fn themes(rng: &mut StdRng, weights: &[f64], count: usize) -> Vec<usize> {
    let total: f64 = weights.iter().sum();
    let mut out = Vec::with_capacity(count);
    while out.len() < count.min(weights.len()) {
        let mut x = rng.random::<f64>() * total;
        let pick = weights.iter().position(|w| {
            x -= w;
            x <= 0.0
        });
        let pick = pick.unwrap_or(weights.len() - 1);
        if !out.contains(&pick) {
            out.push(pick);
        }
    }
    out
}

/// A call with `a` applications, `r` reviewers and `k` reviewers per application.
pub fn instance(
    rng: &mut StdRng,
    a: usize,
    r: usize,
    k: u32,
    allow_zero: bool,
) -> (Problem, Stats) {
    let weights: Vec<f64> = (0..(r / 8).max(12))
        .map(|i| 1.0 / ((i + 1) as f64).powf(0.7))
        .collect();
    let organisations = (2 * a / 3).max(1);
    let apps: Vec<Application> = (0..a)
        .map(|_| {
            let count = match rng.random_range(0..10) {
                0..4 => 1,
                4..8 => 2,
                _ => 3,
            };
            let language = match rng.random_range(0..100) {
                0..80 => 0,
                80..92 => 1,
                _ => 2,
            };
            Application {
                themes: themes(rng, &weights, count),
                language,
                region: rng.random_range(0..DEPARTMENTS) * REGIONS / DEPARTMENTS,
                organisation: rng.random_range(0..organisations),
            }
        })
        .collect();
    let average = (a as f64 * f64::from(k) / r as f64).max(1.0);
    let mut problem = Problem {
        applications: a,
        reviewers: r,
        k,
        allow_zero_score: allow_zero,
        alternates: 3,
        ..Problem::default()
    };
    let mut staff = 0;
    let reviewers: Vec<Reviewer> = (0..r)
        .map(|_| {
            let count = rng.random_range(2..=5);
            let mut reads = [
                rng.random_bool(0.95),
                rng.random_bool(0.25),
                rng.random_bool(0.55),
            ];
            if !reads.contains(&true) {
                reads[0] = true;
            }
            let home = rng.random_range(0..REGIONS);
            let mut regions = vec![home];
            if rng.random_bool(1.0 / 3.0) {
                regions.push(rng.random_range(0..REGIONS));
            }
            let (min, max) = if rng.random_bool(0.2) {
                staff += 1;
                ((average * 0.5) as u32, (average * 1.2).ceil() as u32)
            } else {
                (
                    0,
                    rng.random_range((average * 0.5).ceil()..=(average * 2.0).ceil()) as u32,
                )
            };
            problem.min_load.push(min);
            problem.max_load.push(max);
            Reviewer {
                themes: themes(rng, &weights, count),
                reads,
                regions,
                member_of: rng
                    .random_bool(0.08)
                    .then(|| rng.random_range(0..organisations)),
            }
        })
        .collect();
    let mut candidates = 0;
    for (ai, app) in apps.iter().enumerate() {
        let mut mine = Vec::new();
        for (ri, rev) in reviewers.iter().enumerate() {
            let pair = Pair {
                application: ai,
                reviewer: ri,
            };
            if rev.member_of == Some(app.organisation) {
                problem.forbidden.push(pair);
                continue;
            }
            let shared = app.themes.iter().filter(|t| rev.themes.contains(t)).count();
            if shared == 0 {
                continue;
            }
            let score = 3000 * shared as i64 / app.themes.len() as i64
                + if rev.reads[app.language] { 500 } else { -500 }
                + if rev.regions.contains(&app.region) {
                    1000
                } else {
                    0
                }
                + rng.random_range(0..1000);
            problem.affinity.push(Score {
                application: ai,
                reviewer: ri,
                score,
            });
            if rng.random_bool(0.005) {
                problem.forbidden.push(pair);
            } else {
                mine.push((score, ri));
            }
        }
        candidates += mine.len();
        if rng.random_bool(0.005) && !mine.is_empty() {
            mine.sort_unstable_by(|x, y| y.cmp(x));
            let (_, reviewer) = mine[rng.random_range(0..mine.len().min(10))];
            problem.forced.push(Pair {
                application: ai,
                reviewer,
            });
        }
    }
    let stats = Stats {
        candidates,
        conflicts: problem.forbidden.len(),
        forced: problem.forced.len(),
        staff,
    };
    (problem, stats)
}
