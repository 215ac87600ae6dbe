//! Scoring grids: the criteria a call's reviewers score, each with a weight and a scale, a
//! comment required when a score falls under a threshold (rubrics without justification give
//! incomparable scores), and a blind mode that hides the applicant's identity. A review is read
//! against its grid and gives one weighted score on 0–100, so calls with different scales
//! compare.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::scheme::LocalText;

/// One scored criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    /// Id, unique in the grid.
    pub id: String,
    /// What is judged.
    pub label: LocalText,
    /// What each end of the scale means (anchors make scores comparable).
    #[serde(default)]
    pub help: LocalText,
    /// Weight, relative to the other criteria (≥ 1).
    pub weight: u32,
    /// Lowest score.
    pub min: u32,
    /// Highest score.
    pub max: u32,
    /// A score strictly below this needs a comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_below: Option<u32>,
}

/// A call's scoring grid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grid {
    /// Criteria in order.
    pub criteria: Vec<Criterion>,
    /// Reviewers do not see who applies (organisation, people, partners).
    #[serde(default)]
    pub blind: bool,
    /// Scores on 0–100 further apart than this are flagged as a disagreement.
    #[serde(default = "default_spread")]
    pub disagreement_spread: u32,
}

fn default_spread() -> u32 {
    25
}

/// One criterion's score and comment, as a reviewer gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// The score, when given.
    #[serde(default)]
    pub score: Option<u32>,
    /// The comment.
    #[serde(default)]
    pub comment: String,
}

/// A review's marks by criterion id.
pub type Marks = BTreeMap<String, Mark>;

/// A problem with a grid or a review: which criterion, and a stable code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridProblem {
    /// Criterion id (or `criteria` for the grid as a whole).
    pub field: String,
    /// Translation key.
    pub code: &'static str,
}

fn problem(field: &str, code: &'static str) -> GridProblem {
    GridProblem {
        field: field.to_owned(),
        code,
    }
}

/// How strictly a review is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    /// A draft review: what is given must fit the scales.
    Draft,
    /// A review sent: every criterion scored, comments where required.
    Final,
}

impl Grid {
    /// Checks the grid: at least one criterion, unique ids, weights ≥ 1, min < max, comment
    /// thresholds within the scale, a spread within 0–100.
    pub fn validate(&self) -> Vec<GridProblem> {
        let mut out = vec![];
        if self.criteria.is_empty() {
            out.push(problem("criteria", "grid_empty"));
        }
        let mut seen: Vec<&str> = vec![];
        for c in &self.criteria {
            if c.id.trim().is_empty() || seen.contains(&c.id.as_str()) {
                out.push(problem(&c.id, "grid_id_invalid"));
            }
            seen.push(&c.id);
            if c.weight == 0 || c.weight > 100 {
                out.push(problem(&c.id, "grid_weight_invalid"));
            }
            if c.min >= c.max || c.max > 1000 {
                out.push(problem(&c.id, "grid_scale_invalid"));
            }
            if c.comment_below.is_some_and(|t| t <= c.min || t > c.max) {
                out.push(problem(&c.id, "grid_threshold_invalid"));
            }
        }
        if self.disagreement_spread > 100 {
            out.push(problem("disagreement_spread", "grid_spread_invalid"));
        }
        out
    }

    /// Reads a review against the grid.
    pub fn check(&self, marks: &Marks, how: Completion) -> Vec<GridProblem> {
        let mut out: Vec<GridProblem> = marks
            .keys()
            .filter(|k| !self.criteria.iter().any(|c| &c.id == *k))
            .map(|k| problem(k, "criterion_unknown"))
            .collect();
        for c in &self.criteria {
            let m = marks.get(&c.id);
            match m.and_then(|m| m.score) {
                None if how == Completion::Final => out.push(problem(&c.id, "score_required")),
                None => {}
                Some(s) if s < c.min || s > c.max => out.push(problem(&c.id, "score_outside")),
                Some(s) => {
                    let comment = m.map(|m| m.comment.trim()).unwrap_or_default();
                    if how == Completion::Final
                        && c.comment_below.is_some_and(|t| s < t)
                        && comment.is_empty()
                    {
                        out.push(problem(&c.id, "comment_required"));
                    }
                }
            }
            if m.is_some_and(|m| m.comment.chars().count() > 10_000) {
                out.push(problem(&c.id, "too_long"));
            }
        }
        out
    }

    /// The weighted score of a complete review on 0–100, in hundredths (0–10 000): each
    /// criterion's position on its scale, weighted, rounded half up in exact integer
    /// arithmetic; `None` while a criterion is unscored.
    pub fn score(&self, marks: &Marks) -> Option<u32> {
        weighted(self, marks)
    }
}

/// The weighted mean in hundredths of a point on 0–100: Σ w·(s−min)/(max−min) / Σ w × 10 000.
fn weighted(g: &Grid, marks: &Marks) -> Option<u32> {
    // Σ w·(s−min)/span as an exact fraction (numerator, denominator), reduced at each step.
    let mut acc = (0u128, 1u128);
    let mut weights = 0u128;
    for c in &g.criteria {
        let s = marks.get(&c.id)?.score?;
        let span = u128::from(c.max.checked_sub(c.min).filter(|x| *x > 0)?);
        let pos = u128::from(s.checked_sub(c.min)?).min(span);
        let w = u128::from(c.weight);
        weights += w;
        acc = add(acc, (w * pos, span))?;
    }
    if weights == 0 {
        return None;
    }
    // value = acc / weights × 10 000, rounded half up.
    let num = acc.0.checked_mul(10_000)?;
    let den = acc.1.checked_mul(weights)?;
    u32::try_from((2 * num + den) / (2 * den)).ok()
}

fn gcd(a: u128, b: u128) -> u128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn add(a: (u128, u128), b: (u128, u128)) -> Option<(u128, u128)> {
    let num = a.0.checked_mul(b.1)?.checked_add(b.0.checked_mul(a.1)?)?;
    let den = a.1.checked_mul(b.1)?;
    let g = gcd(num, den).max(1);
    Some((num / g, den / g))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &str, weight: u32, min: u32, max: u32, comment_below: Option<u32>) -> Criterion {
        Criterion {
            id: id.into(),
            label: LocalText::all(id),
            help: LocalText::default(),
            weight,
            min,
            max,
            comment_below,
        }
    }

    /// Progr'ESS-like: innovation counts double, impact, feasibility; a low score needs a word.
    fn grid() -> Grid {
        Grid {
            criteria: vec![
                c("innovation", 2, 0, 5, Some(2)),
                c("impact", 1, 0, 5, None),
                c("feasibility", 1, 1, 10, Some(4)),
            ],
            blind: true,
            disagreement_spread: 25,
        }
    }

    fn marks(v: &[(&str, u32, &str)]) -> Marks {
        v.iter()
            .map(|(id, s, c)| {
                (
                    (*id).to_owned(),
                    Mark {
                        score: Some(*s),
                        comment: (*c).to_owned(),
                    },
                )
            })
            .collect()
    }

    #[test]
    fn a_good_grid_and_broken_ones() {
        assert_eq!(grid().validate(), vec![]);
        let mut g = grid();
        g.criteria[1].id = "innovation".into();
        g.criteria[2].weight = 0;
        g.criteria[0].min = 5;
        g.criteria.push(c("x", 1, 0, 5, Some(0)));
        let codes: Vec<_> = g
            .validate()
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("innovation".to_owned(), "grid_scale_invalid"),
                ("innovation".to_owned(), "grid_threshold_invalid"),
                ("innovation".to_owned(), "grid_id_invalid"),
                ("feasibility".to_owned(), "grid_weight_invalid"),
                ("x".to_owned(), "grid_threshold_invalid"),
            ]
        );
        assert_eq!(Grid::default().validate()[0].code, "grid_empty");
    }

    #[test]
    fn a_review_needs_every_score_and_comments_under_thresholds() {
        let g = grid();
        let draft = marks(&[("innovation", 1, "")]);
        assert_eq!(g.check(&draft, Completion::Draft), vec![]);
        let codes: Vec<_> = g
            .check(&draft, Completion::Final)
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("innovation".to_owned(), "comment_required"),
                ("impact".to_owned(), "score_required"),
                ("feasibility".to_owned(), "score_required"),
            ]
        );
        let bad = marks(&[("innovation", 6, ""), ("nope", 1, "")]);
        let codes: Vec<_> = g
            .check(&bad, Completion::Draft)
            .into_iter()
            .map(|p| p.code)
            .collect();
        assert_eq!(codes, vec!["criterion_unknown", "score_outside"]);
        let full = marks(&[
            ("innovation", 1, "Déjà vu ailleurs."),
            ("impact", 3, ""),
            ("feasibility", 7, ""),
        ]);
        assert_eq!(g.check(&full, Completion::Final), vec![]);
    }

    #[test]
    fn the_weighted_score_is_exact_on_0_to_100() {
        let g = grid();
        // innovation 5/5 (×2), impact 0/5, feasibility 10 on 1–10 → (2·1 + 0 + 1·1) / 4 = 75 %.
        let m = marks(&[
            ("innovation", 5, ""),
            ("impact", 0, ""),
            ("feasibility", 10, ""),
        ]);
        assert_eq!(g.score(&m), Some(7_500));
        // innovation 2/5, impact 3/5, feasibility 4 on 1–10 → (2·0.4 + 0.6 + 1/3) / 4 = 43.33… %.
        let m = marks(&[
            ("innovation", 2, "x"),
            ("impact", 3, ""),
            ("feasibility", 4, "y"),
        ]);
        assert_eq!(g.score(&m), Some(4_333));
        assert_eq!(
            g.score(&marks(&[("innovation", 2, "")])),
            None,
            "incomplete"
        );
        let top = marks(&[
            ("innovation", 5, ""),
            ("impact", 5, ""),
            ("feasibility", 10, ""),
        ]);
        assert_eq!(g.score(&top), Some(10_000));
    }
}
