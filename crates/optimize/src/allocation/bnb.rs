//! The exact branch and bound over "funded or not" and, when the relaxation's amounts are
//! fractional, over amount ranges.
//!
//! A node fixes some projects as refused (`Out`), some as funded with the amount above the
//! minimum in a range (`In`), and leaves the rest `Free`. Its relaxation gives every free project
//! a funded fraction `g ∈ [0, 1]` and an extra `e ∈ [0, hi − lo]` (amount `lo·g + e`): a box
//! containing both integer choices, so the relaxation's feasible set contains every integer
//! allocation of the node.
//!
//! The node's bound is the Lagrangian `L(π) = π·b + Σᵢ max over project i's *integer* choices of
//! (its objective − π·its constraint use)`, evaluated exactly with the simplex's duals `π ≥ 0`.
//! Weak duality makes `L(π)` an upper bound on every integer allocation of the node for any
//! `π ≥ 0`, whatever the simplex did, and at the simplex's optimum it is at most the relaxation's
//! value. Comparing a project's best choice with the opposite one gives reduced-cost fixing:
//! if forcing the opposite cannot beat the incumbent, the project is fixed for the whole subtree.
//! Objective values are integers, so `⌊L⌋ ≤ incumbent` suffices to prune.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::model::Model;
use super::{AllocError, GreedyRule, check, greedy, lp};

/// A project's state in a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum St {
    Free,
    Out,
    /// Funded, with the amount above the minimum in `le..=ue`.
    In {
        le: i64,
        ue: i64,
    },
}

/// The columns of one node's relaxation: per project, its `g` and `e` columns if any.
struct Relaxation {
    problem: lp::Problem,
    g: Vec<Option<usize>>,
    e: Vec<Option<usize>>,
}

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
        let rel = build(self.model, st);
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
        if let Some(amounts) = integral(self.model, &rel, &sol, &st) {
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
        let (dl, funded_gain) = lagrangian(self.model, &st, &duals, &sol.den);
        let Some(inc) = self.incumbent() else {
            return Ok(branch(self.model, &rel, &sol, &st));
        };
        if floor_div(&dl, &sol.den) <= inc {
            return Ok(Vec::new());
        }
        let mut stale = false;
        for (i, gain) in funded_gain.iter().enumerate() {
            let Some(v1) = gain else { continue };
            let (g, e) = values(&rel, &sol, i);
            if v1.is_positive() && floor_div(&(&dl - v1), &sol.den) <= inc {
                st[i] = St::In {
                    le: 0,
                    ue: self.model.hi[i] - self.model.lo[i],
                };
                stale |= g != sol.den;
            } else if !v1.is_positive() && floor_div(&(&dl + v1), &sol.den) <= inc {
                st[i] = St::Out;
                stale |= !g.is_zero() || !e.is_zero();
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
                St::Free if values(rel, sol, i).0 == sol.den => St::In {
                    le: 0,
                    ue: self.model.hi[i] - self.model.lo[i],
                },
                St::Free => St::Out,
                other => *other,
            })
            .collect();
        if let (rel2, Some(sol2)) = self.relax(&rounded)?
            && let Some(amounts) = integral(self.model, &rel2, &sol2, &rounded)
        {
            self.offer(amounts);
        }
        Ok(())
    }
}

/// The relaxation of a node: rows in "at most" form, the constants of funded projects moved to
/// the right-hand side.
fn build(model: &Model, st: &[St]) -> Relaxation {
    let mut rhs: Vec<i128> = (0..model.rows.len())
        .map(|r| i128::from(model.rhs(r)))
        .collect();
    let (mut cols, mut g, mut e) = (Vec::new(), vec![None; st.len()], vec![None; st.len()]);
    for (i, s) in st.iter().enumerate() {
        let (le, ue) = match *s {
            St::Out => continue,
            St::Free => (0, model.hi[i] - model.lo[i]),
            St::In { le, ue } => (le, ue),
        };
        let mut g_entries = Vec::new();
        let mut e_entries = Vec::new();
        for &r in &model.rows_of[i] {
            let (cg, ce) = model.coefficients(r, i);
            if matches!(s, St::In { .. }) {
                rhs[r] -= i128::from(cg);
            } else if cg != 0 {
                g_entries.push((r, cg));
            }
            if ce != 0 {
                e_entries.push((r, ce));
            }
        }
        if *s == St::Free {
            g[i] = Some(cols.len());
            cols.push(lp::Column {
                obj: model.bonus + i128::from(model.score[i]) * i128::from(model.lo[i]),
                entries: g_entries,
                lower: 0,
                upper: 1,
            });
        }
        if model.hi[i] > model.lo[i] {
            e[i] = Some(cols.len());
            cols.push(lp::Column {
                obj: i128::from(model.score[i]),
                entries: e_entries,
                lower: le,
                upper: ue,
            });
        }
    }
    Relaxation {
        problem: lp::Problem { rhs, cols },
        g,
        e,
    }
}

/// `(D·g, D·e)` of project `i` in the relaxation's solution (zero when it has no such column).
fn values(rel: &Relaxation, sol: &lp::Solution, i: usize) -> (BigInt, BigInt) {
    let get = |c: Option<usize>| c.map_or_else(BigInt::zero, |c| sol.x[c].clone());
    (get(rel.g[i]), get(rel.e[i]))
}

/// The relaxation's solution as integer amounts, if it is one.
fn integral(model: &Model, rel: &Relaxation, sol: &lp::Solution, st: &[St]) -> Option<Vec<i64>> {
    let d = &sol.den;
    let mut amounts = Vec::with_capacity(st.len());
    for (i, s) in st.iter().enumerate() {
        let (g, e) = values(rel, sol, i);
        let funded = match s {
            St::Out => false,
            St::In { .. } => true,
            St::Free if g.is_zero() && e.is_zero() => false,
            St::Free if &g == d => true,
            St::Free => return None,
        };
        if !(&e % d).is_zero() {
            return None;
        }
        let extra = i64::try_from(&e / d).ok()?;
        let extra = match (s, rel.e[i]) {
            (St::In { le, .. }, None) => *le,
            _ => extra,
        };
        amounts.push(if funded { model.lo[i] + extra } else { 0 });
    }
    Some(amounts)
}

/// `D·L(π)` for `π = duals / D`, and for each free project `D·` (its best funded term), whose
/// sign says which way the Lagrangian decides it.
fn lagrangian(
    model: &Model,
    st: &[St],
    duals: &[BigInt],
    den: &BigInt,
) -> (BigInt, Vec<Option<BigInt>>) {
    let mut dl: BigInt = (0..model.rows.len())
        .map(|r| &duals[r] * model.rhs(r))
        .sum();
    let mut gains = vec![None; st.len()];
    for (i, s) in st.iter().enumerate() {
        if *s == St::Out {
            continue;
        }
        let cg = model.bonus + i128::from(model.score[i]) * i128::from(model.lo[i]);
        let mut gamma = BigInt::from(cg) * den;
        let mut eps = BigInt::from(model.score[i]) * den;
        for &r in &model.rows_of[i] {
            let (a, b) = model.coefficients(r, i);
            gamma -= &duals[r] * a;
            eps -= &duals[r] * b;
        }
        match *s {
            St::In { le, ue } => dl += gamma + (&eps * le).max(&eps * ue),
            _ => {
                let span = model.hi[i] - model.lo[i];
                let v1 = gamma + eps.max(BigInt::zero()) * span;
                dl += v1.clone().max(BigInt::zero());
                gains[i] = Some(v1);
            }
        }
    }
    (dl, gains)
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
            let (g, _) = values(rel, sol, i);
            (g.is_positive() && &g < d).then(|| ((BigInt::from(2) * &g - d).abs(), i, g))
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
    let loose = (0..st.len()).find(|&i| {
        let (g, e) = values(rel, sol, i);
        st[i] == St::Free && ((g.is_zero() && !e.is_zero()) || !(&e % d).is_zero())
    });
    if let Some(i) = loose {
        return vec![with(i, full(i)), with(i, St::Out)];
    }
    // A funded project with a fractional amount: split its range at the value.
    let split = (0..st.len()).find_map(|i| match st[i] {
        St::In { le, ue } => {
            let (_, e) = values(rel, sol, i);
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
