//! The exact branch and bound over "funded or not" and, when the relaxation's amounts are
//! fractional, over amount ranges.
//!
//! Each node's relaxation ([`relax`]) contains every integer allocation of the node. Its bound
//! is the Lagrangian `L(π)` evaluated exactly with the simplex's duals `π ≥ 0`: by weak duality
//! an upper bound on every integer allocation of the node for any `π ≥ 0`, whatever the simplex
//! did, and at the simplex's optimum at most the relaxation's value. Comparing a project's best
//! choice with the opposite one gives reduced-cost fixing: if forcing the opposite cannot beat
//! the incumbent, the project is fixed for the whole subtree. Objective values are integers, so
//! `⌊L⌋ ≤ incumbent` suffices to prune. Allocations are kept only after [`check::feasible`]
//! accepts them, and branching partitions a node's integer allocations, so the search is exact.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::model::Model;
use super::relax::{self, Relaxation, St};
use super::{AllocError, GreedyRule, check, greedy, lp};

/// The optimal amounts, or `None` when no allocation meets the constraints. With `first_only`
/// the search stops at the first feasible allocation (to test feasibility).
pub(crate) fn solve(
    model: &Model,
    node_limit: u64,
    first_only: bool,
) -> Result<Option<Vec<i64>>, AllocError> {
    let mut search = Search {
        model,
        best: None,
        nodes: 0,
    };
    search.offer(greedy::amounts(model, GreedyRule::SkipAndContinue));
    let root: Vec<St> = (0..model.n())
        .map(|i| match model.fixed[i] {
            _ if !model.fundable(i) => St::Out,
            Some(f) => St::In {
                le: f - model.lo[i],
                ue: f - model.lo[i],
            },
            None => St::Free,
        })
        .collect();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        if first_only && search.best.is_some() {
            break;
        }
        search.nodes += 1;
        if search.nodes > node_limit {
            return Err(AllocError::Limit {
                nodes: search.nodes - 1,
            });
        }
        let children = search.node(node)?;
        stack.extend(children.into_iter().rev());
    }
    Ok(search.best.map(|(_, amounts)| amounts))
}

struct Search<'a> {
    model: &'a Model,
    best: Option<(i128, Vec<i64>)>,
    nodes: u64,
}

/// `⌊a / d⌋` for `d > 0`.
fn floor_div(a: &BigInt, d: &BigInt) -> BigInt {
    let q = a / d;
    if (a % d).is_negative() { q - 1 } else { q }
}

impl Search<'_> {
    /// Keeps `amounts` if it is feasible (checked with plain sums) and better than the best.
    fn offer(&mut self, amounts: Vec<i64>) {
        if !check::feasible(self.model, &amounts) {
            return;
        }
        let value = self.model.objective(&amounts);
        if self.best.as_ref().is_none_or(|(b, _)| value > *b) {
            self.best = Some((value, amounts));
        }
    }

    fn incumbent(&self) -> Option<BigInt> {
        self.best.as_ref().map(|(b, _)| BigInt::from(*b))
    }

    fn relax(&self, st: &[St]) -> Result<(Relaxation, Option<lp::Solution>), AllocError> {
        let rel = relax::build(self.model, st);
        match lp::solve(&rel.problem) {
            Ok(lp::Outcome::Optimal(sol)) => Ok((rel, Some(sol))),
            Ok(lp::Outcome::Infeasible) => Ok((rel, None)),
            Err(lp::Stalled) => Err(AllocError::Limit { nodes: self.nodes }),
        }
    }

    /// Processes one node and returns its children, the one to explore first first.
    fn node(&mut self, mut st: Vec<St>) -> Result<Vec<Vec<St>>, AllocError> {
        let (rel, Some(sol)) = self.relax(&st)? else {
            return Ok(Vec::new());
        };
        if let Some(amounts) = relax::integral(self.model, &rel, &sol, &st) {
            self.offer(amounts);
        }
        if self.best.is_none() || self.nodes % 32 == 1 {
            self.round(&rel, &sol, &st)?;
        }
        let duals: Vec<BigInt> = sol
            .duals
            .iter()
            .map(|d| d.clone().max(BigInt::zero()))
            .collect();
        let (dl, funded_gain) = relax::lagrangian(self.model, &st, &duals, &sol.den);
        let Some(inc) = self.incumbent() else {
            return Ok(branch(self.model, &rel, &sol, &st));
        };
        if floor_div(&dl, &sol.den) <= inc {
            return Ok(Vec::new());
        }
        let mut stale = false;
        for (i, gain) in funded_gain.iter().enumerate() {
            let Some(v1) = gain else { continue };
            let (y, a) = relax::point(self.model, &rel, &sol, &st, i);
            if v1.is_positive() && floor_div(&(&dl - v1), &sol.den) <= inc {
                st[i] = St::In {
                    le: 0,
                    ue: self.model.hi[i] - self.model.lo[i],
                };
                stale |= y != sol.den;
            } else if !v1.is_positive() && floor_div(&(&dl + v1), &sol.den) <= inc {
                st[i] = St::Out;
                stale |= !y.is_zero() || !a.is_zero();
            }
        }
        if stale {
            return Ok(vec![st]);
        }
        Ok(branch(self.model, &rel, &sol, &st))
    }

    /// Rounding heuristic: fund exactly the free projects the relaxation funds in full, refuse the
    /// others, and let the simplex set the amounts; keep the result if it is integral.
    fn round(&mut self, rel: &Relaxation, sol: &lp::Solution, st: &[St]) -> Result<(), AllocError> {
        let rounded: Vec<St> = st
            .iter()
            .enumerate()
            .map(|(i, s)| match s {
                St::Free if relax::point(self.model, rel, sol, st, i).0 == sol.den => St::In {
                    le: 0,
                    ue: self.model.hi[i] - self.model.lo[i],
                },
                St::Free => St::Out,
                other => *other,
            })
            .collect();
        if let (rel2, Some(sol2)) = self.relax(&rounded)?
            && let Some(amounts) = relax::integral(self.model, &rel2, &sol2, &rounded)
        {
            self.offer(amounts);
        }
        Ok(())
    }
}

/// Children of a node whose relaxation is not (or not provably) optimal in integers, so that
/// they partition its integer allocations.
fn branch(model: &Model, rel: &Relaxation, sol: &lp::Solution, st: &[St]) -> Vec<Vec<St>> {
    let d = &sol.den;
    let with = |i: usize, s: St| {
        let mut c = st.to_vec();
        c[i] = s;
        c
    };
    let full = |i: usize| St::In {
        le: 0,
        ue: model.hi[i] - model.lo[i],
    };
    // A free project funded in part: the one closest to one half.
    let fractional = (0..st.len())
        .filter(|&i| st[i] == St::Free)
        .filter_map(|i| {
            let (y, _) = relax::point(model, rel, sol, st, i);
            (y.is_positive() && &y < d).then(|| ((BigInt::from(2) * &y - d).abs(), i, y))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    if let Some((_, i, g)) = fractional {
        let (out, inn) = (with(i, St::Out), with(i, full(i)));
        return if BigInt::from(2) * g >= *d {
            vec![inn, out]
        } else {
            vec![out, inn]
        };
    }
    // A free project given money without being funded, or funded with a fractional amount.
    let loose = (0..st.len()).filter(|&i| st[i] == St::Free).find(|&i| {
        let (y, a) = relax::point(model, rel, sol, st, i);
        (y.is_zero() && !a.is_zero()) || !(&a % d).is_zero()
    });
    if let Some(i) = loose {
        return vec![with(i, full(i)), with(i, St::Out)];
    }
    // A funded project with a fractional amount: split its range at the value.
    let split = (0..st.len()).find_map(|i| match st[i] {
        St::In { le, ue } => {
            let (_, a) = relax::point(model, rel, sol, st, i);
            let e = a - d * model.lo[i];
            let k = i64::try_from(floor_div(&e, d)).ok()?;
            ((&e % d).is_positive() && le <= k && k < ue).then_some((i, le, k, ue))
        }
        _ => None,
    });
    if let Some((i, le, k, ue)) = split {
        return vec![
            with(i, St::In { le: k + 1, ue }),
            with(i, St::In { le, ue: k }),
        ];
    }
    // The relaxation is integral but its bound did not prove it optimal (which exact duals at
    // an optimum rule out): keep the search exhaustive anyway.
    if let Some(i) = st.iter().position(|s| *s == St::Free) {
        return vec![with(i, full(i)), with(i, St::Out)];
    }
    st.iter()
        .enumerate()
        .find_map(|(i, s)| match *s {
            St::In { le, ue } if le < ue => {
                let k = le + (ue - le) / 2;
                Some(vec![
                    with(i, St::In { le: k + 1, ue }),
                    with(i, St::In { le, ue: k }),
                ])
            }
            _ => None,
        })
        .unwrap_or_default()
}
