//! The committee's spreadsheet rule, kept beside the optimum so the money it leaves unspent can be
//! shown: rank by score, fund each project in full (`min(requested, cap)`) down the list.

use super::model::Model;

/// How the greedy pass treats the first project that does not fit in what is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GreedyRule {
    /// **The greedy rule**: stop at the first project that does not fit, as committees do when
    /// they "fund down the list until the money runs out". Everything below it is refused, even a
    /// smaller project that would fit.
    #[default]
    StopAtFirstMiss,
    /// Skip a project that does not fit and continue down the list: what a careful committee
    /// does by hand, still greedy.
    SkipAndContinue,
}

/// The greedy amounts, in input order. Fixed decisions are taken first (they are already
/// decided); projects that can never be funded (minimum above the cap) are passed over without
/// counting as a miss. Ties in score keep the input order, which is the ranking's order.
pub(crate) fn amounts(model: &Model, rule: GreedyRule) -> Vec<i64> {
    let mut amounts: Vec<i64> = model.fixed.iter().map(|f| f.unwrap_or(0)).collect();
    let mut left = model.envelope - model.fixed_total();
    let mut order: Vec<usize> = (0..model.n())
        .filter(|&i| model.fixed[i].is_none() && model.fundable(i))
        .collect();
    order.sort_by_key(|&i| std::cmp::Reverse(model.score[i]));
    for i in order {
        let want = model.hi[i];
        if want <= left {
            amounts[i] = want;
            left -= want;
        } else if rule == GreedyRule::StopAtFirstMiss {
            break;
        }
    }
    amounts
}
