//! Random instances whose distributions are stated in `README.md`.

use passerelle_optimize::allocation::{Project, Quota, Rules};
use rand::Rng;
use rand::rngs::StdRng;

/// Projects and rules.
pub struct Instance {
    pub projects: Vec<Project>,
    pub rules: Rules,
}

/// Euros in cents.
pub const fn cents(euros: i64) -> i64 {
    euros * 100
}

/// The Progr'ESS envelope and ceiling, in cents (seed 000).
pub const ENVELOPE_000: i64 = cents(100_000);
pub const CAP_000: i64 = cents(15_000);

/// The themes of the large instances and how often applications pick them.
const THEMES: [(&str, f64); 8] = [
    ("theme:food", 0.25),
    ("theme:circular-economy", 0.20),
    ("theme:mobility", 0.15),
    ("theme:culture", 0.10),
    ("theme:solidarity-finance", 0.10),
    ("theme:housing", 0.10),
    ("theme:digital-inclusion", 0.05),
    ("theme:sport", 0.05),
];

/// A standard normal draw (Box-Muller).
fn normal(rng: &mut StdRng) -> f64 {
    let u: f64 = rng.random_range(f64::EPSILON..1.0);
    let v: f64 = rng.random();
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

/// Scores on the 0–20 scale in thousandths: a true quality N(12, 3), seen by 3 reviewers drawn
/// from a pool of 40 whose severities are N(0, 1), each adding noise N(0, 1.5); the mean of the
/// three, clipped to [0, 20].
fn scores(rng: &mut StdRng, n: usize) -> Vec<i64> {
    let severity: Vec<f64> = (0..40).map(|_| normal(rng)).collect();
    (0..n)
        .map(|_| {
            let quality = 12.0 + 3.0 * normal(rng);
            let sum: f64 = (0..3)
                .map(|_| {
                    let r = rng.random_range(0..severity.len());
                    (quality + severity[r] + 1.5 * normal(rng)).clamp(0.0, 20.0)
                })
                .sum();
            (sum / 3.0 * 1000.0).round() as i64
        })
        .collect()
}

/// A request between 3 000 and 15 000 EUR, uniform in steps of 100 EUR, in cents.
fn request(rng: &mut StdRng) -> i64 {
    cents(rng.random_range(30..=150) * 100)
}

/// A minimum between 50 % and 100 % of the request (uniform), rounded down to 100 EUR.
fn minimum(rng: &mut StdRng, requested: i64) -> i64 {
    let frac: f64 = rng.random_range(0.5..=1.0);
    let m = (requested as f64 * frac) as i64 / cents(100) * cents(100);
    m.clamp(cents(100), requested)
}

/// A large call: `n` applications, minimums 50–100 %, 35 % of them outside the prefecture, one
/// theme each (weights above); the envelope funds about a quarter of them (n/4 × 9 000 EUR, the
/// mean request), at most 15 000 EUR a project, at least 30 % of the envelope outside the
/// prefecture and at most n/25 projects per theme.
pub fn large(rng: &mut StdRng, n: usize) -> Instance {
    let scores = scores(rng, n);
    let projects = scores
        .into_iter()
        .map(|score| {
            let requested = request(rng);
            let minimum = minimum(rng, requested);
            let mut tags = Vec::new();
            if rng.random_bool(0.35) {
                tags.push("outside-prefecture".to_owned());
            }
            let mut pick: f64 = rng.random();
            let theme = THEMES
                .iter()
                .find(|(_, w)| {
                    pick -= w;
                    pick < 0.0
                })
                .map_or(THEMES[0].0, |t| t.0);
            tags.push(theme.to_owned());
            Project {
                score,
                requested,
                minimum,
                tags,
                fixed: None,
            }
        })
        .collect();
    let mut quotas = vec![Quota::MinShare {
        tag: "outside-prefecture".into(),
        basis_points: 3_000,
    }];
    quotas.extend(THEMES.iter().map(|(t, _)| Quota::MaxProjects {
        tag: (*t).into(),
        n: (n / 25) as u32,
    }));
    Instance {
        projects,
        rules: Rules {
            envelope: (n as i64 / 4) * cents(9_000),
            cap: Some(CAP_000),
            quotas,
        },
    }
}

/// One draw of the seed-000 shape: 20–40 applications (uniform), requests 3 000–15 000 EUR,
/// 100 000 EUR to share, at most 15 000 EUR each, no quota. Returns the same applications twice:
/// without partial funding (minimum = request) and with minimums of 50–100 %.
pub fn seed000(rng: &mut StdRng) -> (Instance, Instance) {
    let n = rng.random_range(20..=40);
    let scores = scores(rng, n);
    let whole: Vec<Project> = scores
        .into_iter()
        .map(|score| {
            let requested = request(rng);
            Project {
                score,
                requested,
                minimum: requested,
                tags: Vec::new(),
                fixed: None,
            }
        })
        .collect();
    let partial = whole
        .iter()
        .map(|p| Project {
            minimum: minimum(rng, p.requested),
            ..p.clone()
        })
        .collect();
    let rules = Rules {
        envelope: ENVELOPE_000,
        cap: Some(CAP_000),
        quotas: Vec::new(),
    };
    (
        Instance {
            projects: whole,
            rules: rules.clone(),
        },
        Instance {
            projects: partial,
            rules,
        },
    )
}
