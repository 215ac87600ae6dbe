//! Checks an allocation against the model with plain sums, independently of how it was found:
//! the search keeps an allocation only after [`feasible`] accepts it, and the greedy rule reports
//! the quotas it breaks.

use super::model::{Measure, Model};

/// The sum of row `r`'s measure over the projects in it (in natural orientation, not negated).
fn row_total(model: &Model, r: usize, amounts: &[i64]) -> i128 {
    amounts
        .iter()
        .enumerate()
        .filter(|(i, a)| **a > 0 && model.rows_of[*i].contains(&r))
        .map(|(_, &a)| match model.rows[r].measure {
            Measure::Amount => i128::from(a),
            Measure::Count => 1,
        })
        .sum()
}

fn row_met(model: &Model, r: usize, amounts: &[i64]) -> bool {
    let total = row_total(model, r, amounts);
    let bound = i128::from(model.rows[r].bound);
    if model.rows[r].ge {
        total >= bound
    } else {
        total <= bound
    }
}

/// Indexes of the quotas (in the rules' order) the allocation does not meet.
pub(crate) fn unmet_quotas(model: &Model, amounts: &[i64]) -> Vec<usize> {
    (1..model.rows.len())
        .filter(|&r| !row_met(model, r, amounts))
        .filter_map(|r| model.rows[r].quota)
        .collect()
}

/// Whether the allocation respects every amount range, fixed decision, the envelope and every
/// quota.
pub(crate) fn feasible(model: &Model, amounts: &[i64]) -> bool {
    amounts.len() == model.n()
        && amounts.iter().enumerate().all(|(i, &a)| {
            let in_range = a == 0 || (model.lo[i] <= a && a <= model.hi[i]);
            in_range && model.fixed[i].is_none_or(|f| f == a)
        })
        && (0..model.rows.len()).all(|r| row_met(model, r, amounts))
}
