//! From reviews to a ranking. Two scores are shown side by side:
//!
//! - the **raw** score: the mean of an application's reviews (each already a weighted score on
//!   0–100);
//! - the **corrected** score: reviewers are not equally severe, and an application that drew
//!   three severe reviewers should not lose to one that drew three lenient ones. We fit the
//!   additive model `score(a, r) = μ + quality(a) + severity(r) + noise` by least squares, with
//!   the severities shrunk towards zero by `shrinkage` pseudo-reviews (a reviewer with one review
//!   is not declared severe on that evidence alone), and report `μ + quality(a)`: what the
//!   application would get from a reviewer of average severity. This is the "fitted additive
//!   model" of the issue; it is solved by alternating exact least-squares updates (Gauss–Seidel),
//!   which converge for this convex problem.
//!
//! An application whose reviews spread further apart than the grid's threshold is flagged as a
//! disagreement, for the committee to discuss rather than average away.

use std::collections::BTreeMap;

/// One review's score, in hundredths of a point on 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// Application index.
    pub application: usize,
    /// Reviewer index.
    pub reviewer: usize,
    /// Score, 0–10 000.
    pub value: u32,
}

/// The aggregated result of one application.
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregate {
    /// Application index.
    pub application: usize,
    /// Reviews counted.
    pub reviews: usize,
    /// Mean of the reviews, 0–100.
    pub raw: f64,
    /// Corrected for reviewers' severity, 0–100 (clamped).
    pub corrected: f64,
    /// Highest minus lowest review, 0–100.
    pub spread: f64,
    /// Whether the spread exceeds the threshold.
    pub disagreement: bool,
}

/// A reviewer's fitted severity: negative means harsher than average, in points on 0–100.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Severity {
    /// Reviewer index.
    pub reviewer: usize,
    /// Reviews given.
    pub reviews: usize,
    /// Offset.
    pub offset: f64,
}

/// Settings of the fit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Pseudo-reviews at zero offset added to each reviewer (1.0 by default; 0 = plain least
    /// squares).
    pub shrinkage: f64,
    /// Spread, in points on 0–100, above which reviewers disagree.
    pub disagreement_spread: f64,
}

impl Default for Fit {
    fn default() -> Self {
        Fit {
            shrinkage: 1.0,
            disagreement_spread: 25.0,
        }
    }
}

const MAX_ROUNDS: usize = 10_000;
const TOLERANCE: f64 = 1e-10;

/// Aggregates reviews: one entry per application that has at least one review (ordered by
/// application index), and the reviewers' severities.
pub fn aggregate(scores: &[Score], fit: Fit) -> (Vec<Aggregate>, Vec<Severity>) {
    if scores.is_empty() {
        return (vec![], vec![]);
    }
    let points: Vec<(usize, usize, f64)> = scores
        .iter()
        .map(|s| {
            (
                s.application,
                s.reviewer,
                f64::from(s.value.min(10_000)) / 100.0,
            )
        })
        .collect();
    let mut by_app: BTreeMap<usize, Vec<(usize, f64)>> = BTreeMap::new();
    let mut by_rev: BTreeMap<usize, Vec<(usize, f64)>> = BTreeMap::new();
    for &(a, r, v) in &points {
        by_app.entry(a).or_default().push((r, v));
        by_rev.entry(r).or_default().push((a, v));
    }
    let mu = points.iter().map(|p| p.2).sum::<f64>() / points.len() as f64;
    let mut quality: BTreeMap<usize, f64> = by_app.keys().map(|a| (*a, 0.0)).collect();
    let mut severity: BTreeMap<usize, f64> = by_rev.keys().map(|r| (*r, 0.0)).collect();
    let shrink = fit.shrinkage.max(0.0);
    for _ in 0..MAX_ROUNDS {
        let mut change: f64 = 0.0;
        for (a, list) in &by_app {
            let q = list
                .iter()
                .map(|(r, v)| v - mu - severity.get(r).copied().unwrap_or(0.0))
                .sum::<f64>()
                / list.len() as f64;
            if let Some(old) = quality.insert(*a, q) {
                change = change.max((old - q).abs());
            }
        }
        for (r, list) in &by_rev {
            let sum: f64 = list
                .iter()
                .map(|(a, v)| v - mu - quality.get(a).copied().unwrap_or(0.0))
                .sum();
            let s = sum / (list.len() as f64 + shrink);
            if let Some(old) = severity.insert(*r, s) {
                change = change.max((old - s).abs());
            }
        }
        if change < TOLERANCE {
            break;
        }
    }
    let aggregates = by_app
        .iter()
        .map(|(a, list)| {
            let values: Vec<f64> = list.iter().map(|(_, v)| *v).collect();
            let raw = values.iter().sum::<f64>() / values.len() as f64;
            let hi = values.iter().copied().fold(f64::MIN, f64::max);
            let lo = values.iter().copied().fold(f64::MAX, f64::min);
            let spread = hi - lo;
            Aggregate {
                application: *a,
                reviews: list.len(),
                raw,
                corrected: (mu + quality.get(a).copied().unwrap_or(0.0)).clamp(0.0, 100.0),
                spread,
                disagreement: spread > fit.disagreement_spread + 1e-9,
            }
        })
        .collect();
    let severities = by_rev
        .iter()
        .map(|(r, list)| Severity {
            reviewer: *r,
            reviews: list.len(),
            offset: severity.get(r).copied().unwrap_or(0.0),
        })
        .collect();
    (aggregates, severities)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(application: usize, reviewer: usize, points: f64) -> Score {
        Score {
            application,
            reviewer,
            value: (points * 100.0).round() as u32,
        }
    }

    /// Six applications, four reviewers of known severity, each application read by three of
    /// them in a connected design. Without noise, the corrected scores recover the true quality
    /// exactly (plain least squares), while raw means mix in the luck of the draw.
    #[test]
    fn severity_is_recovered_and_the_ranking_corrected() {
        let quality = [70.0, 66.0, 62.0, 58.0, 54.0, 50.0];
        let severity = [-9.0, -3.0, 3.0, 9.0];
        let panels = [
            [0, 1, 2],
            [1, 2, 3],
            [0, 1, 3],
            [0, 2, 3],
            [2, 3, 1],
            [3, 2, 1],
        ];
        let scores: Vec<Score> = panels
            .iter()
            .enumerate()
            .flat_map(|(a, p)| p.iter().map(move |r| s(a, *r, quality[a] + severity[*r])))
            .collect();
        let (agg, sev) = aggregate(
            &scores,
            Fit {
                shrinkage: 0.0,
                ..Fit::default()
            },
        );
        for g in &agg {
            // Identified up to the shared constant: compare differences to the first.
            let expected = quality[g.application] - quality[0];
            assert!(
                ((g.corrected - agg[0].corrected) - expected).abs() < 1e-6,
                "{g:?}"
            );
        }
        // Raw means misrank: application 1 drew lenient reviewers, application 0 severe ones.
        let raw_rank: Vec<usize> = ranking(&agg, |g| g.raw);
        let corrected_rank: Vec<usize> = ranking(&agg, |g| g.corrected);
        assert_eq!(corrected_rank, vec![0, 1, 2, 3, 4, 5]);
        assert_ne!(raw_rank, corrected_rank);
        // The harshest reviewer has the lowest offset.
        let lowest = sev
            .iter()
            .min_by(|a, b| a.offset.total_cmp(&b.offset))
            .map(|x| x.reviewer);
        assert_eq!(lowest, Some(0));
    }

    fn ranking(agg: &[Aggregate], key: impl Fn(&Aggregate) -> f64) -> Vec<usize> {
        let mut v: Vec<&Aggregate> = agg.iter().collect();
        v.sort_by(|a, b| key(b).total_cmp(&key(a)));
        v.iter().map(|g| g.application).collect()
    }

    #[test]
    fn one_review_is_not_enough_to_call_a_reviewer_severe() {
        let scores = vec![s(0, 0, 80.0), s(0, 1, 40.0), s(1, 1, 60.0), s(1, 2, 60.0)];
        let (_, sev) = aggregate(&scores, Fit::default());
        let plain = aggregate(
            &scores,
            Fit {
                shrinkage: 0.0,
                ..Fit::default()
            },
        )
        .1;
        let off = |v: &[Severity], r: usize| v.iter().find(|x| x.reviewer == r).map(|x| x.offset);
        assert!(off(&sev, 0).unwrap().abs() < off(&plain, 0).unwrap().abs());
    }

    #[test]
    fn disagreement_is_flagged_beyond_the_spread() {
        let scores = vec![s(0, 0, 90.0), s(0, 1, 60.0), s(1, 0, 70.0), s(1, 1, 60.0)];
        let (agg, _) = aggregate(&scores, Fit::default());
        assert_eq!(
            agg.iter().map(|g| g.disagreement).collect::<Vec<_>>(),
            vec![true, false]
        );
        assert!((agg[0].spread - 30.0).abs() < 1e-9 && (agg[0].raw - 75.0).abs() < 1e-9);
        assert!(aggregate(&[], Fit::default()).0.is_empty());
    }

    proptest! {
        /// Whatever the reviews: corrected scores stay within 0–100, raw scores are the exact
        /// means, every review is counted once.
        #[test]
        fn corrected_scores_are_bounded_and_raw_means_exact(
            data in proptest::collection::vec((0usize..6, 0usize..5, 0u32..=10_000), 1..40)
        ) {
            let scores: Vec<Score> = data.iter().map(|&(a, r, v)| Score { application: a, reviewer: r, value: v }).collect();
            let (agg, sev) = aggregate(&scores, Fit::default());
            for g in &agg {
                prop_assert!((0.0..=100.0).contains(&g.corrected));
                let mine: Vec<f64> = scores.iter().filter(|x| x.application == g.application).map(|x| f64::from(x.value) / 100.0).collect();
                prop_assert_eq!(g.reviews, mine.len());
                prop_assert!((g.raw - mine.iter().sum::<f64>() / mine.len() as f64).abs() < 1e-9);
            }
            prop_assert_eq!(sev.iter().map(|x| x.reviews).sum::<usize>(), scores.len());
        }
    }
}
