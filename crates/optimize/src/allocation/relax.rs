//! The relaxation of a branch-and-bound node and the exact Lagrangian bound.
//!
//! A node fixes some projects as refused (`Out`), some as funded with the amount above the
//! minimum in a range (`In`), and leaves the rest `Free`. A free project's integer choices are
//! the point `(y, a) = (0, 0)` and the segment `{1} × [lo, hi]`; their convex hull is a triangle.
//! The relaxation replaces it by a region that contains it and that boxed columns can describe:
//!
//! * **edge form**, one column `f ∈ [0, 1]` with `(y, a) = (f, hi·f)`, when the objective has no
//!   bonus per funded project and the project is in no "at least n projects" row. Every integer
//!   choice `(1, a)` is represented by `f = a / hi`, which spends the same money and counts
//!   `a / hi ≤ 1` project, which can only help "at most" rows: a valid relaxation, and as tight
//!   as the triangle for these rows (the triangle allows no smaller count for a given amount).
//! * **parallelogram form** otherwise, `g ∈ [0, 1]` and `e ∈ [0, hi − lo]` with
//!   `(y, a) = (g, lo·g + e)`: it contains the triangle, and its extra points (money without a
//!   full count) can only help "at most n projects" rows.
//!
//! Either way every integer allocation of the node is feasible for the relaxation.

use num_bigint::BigInt;
use num_traits::Zero;

use super::lp;
use super::model::{Measure, Model};

/// A project's state in a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum St {
    Free,
    Out,
    /// Funded, with the amount above the minimum in `le..=ue`.
    In {
        le: i64,
        ue: i64,
    },
}

/// One node's linear programme and where each project's columns are.
pub(crate) struct Relaxation {
    pub problem: lp::Problem,
    /// The column carrying the funded indicator of a free project (`f` or `g`).
    y: Vec<Option<usize>>,
    /// The column of the amount above the minimum (`e`), in the parallelogram form or for `In`.
    e: Vec<Option<usize>>,
    /// Whether a free project is in edge form.
    edge: Vec<bool>,
}

/// Whether a free project takes the edge form (see the module documentation).
fn edge_form(model: &Model, i: usize) -> bool {
    model.bonus == 0
        && model.rows_of[i]
            .iter()
            .all(|&r| !(model.rows[r].ge && model.rows[r].measure == Measure::Count))
}

/// Builds a node's relaxation: rows in "at most" form, funded projects' constants moved to the
/// right-hand side.
pub(crate) fn build(model: &Model, st: &[St]) -> Relaxation {
    let mut rhs: Vec<i128> = (0..model.rows.len())
        .map(|r| i128::from(model.rhs(r)))
        .collect();
    let n = st.len();
    let mut rel = Relaxation {
        problem: lp::Problem {
            rhs: Vec::new(),
            cols: Vec::new(),
        },
        y: vec![None; n],
        e: vec![None; n],
        edge: vec![false; n],
    };
    let cols = &mut rel.problem.cols;
    for (i, s) in st.iter().enumerate() {
        let (lo, hi, score) = (model.lo[i], model.hi[i], i128::from(model.score[i]));
        let coefficients = model.rows_of[i]
            .iter()
            .map(|&r| (r, model.coefficients(r, i)));
        let (le, ue) = match *s {
            St::Out => continue,
            St::Free if edge_form(model, i) => {
                let entries = coefficients
                    .map(|(r, (cg, ce))| (r, cg + ce * (hi - lo)))
                    .filter(|&(_, c)| c != 0)
                    .collect();
                rel.edge[i] = true;
                rel.y[i] = Some(cols.len());
                cols.push(lp::Column {
                    obj: score * i128::from(hi),
                    entries,
                    lower: 0,
                    upper: 1,
                });
                continue;
            }
            St::Free => {
                rel.y[i] = Some(cols.len());
                cols.push(lp::Column {
                    obj: model.bonus + score * i128::from(lo),
                    entries: coefficients
                        .clone()
                        .map(|(r, (cg, _))| (r, cg))
                        .filter(|&(_, c)| c != 0)
                        .collect(),
                    lower: 0,
                    upper: 1,
                });
                (0, hi - lo)
            }
            St::In { le, ue } => {
                for (r, (cg, _)) in coefficients.clone() {
                    rhs[r] -= i128::from(cg);
                }
                (le, ue)
            }
        };
        if hi > lo {
            rel.e[i] = Some(cols.len());
            cols.push(lp::Column {
                obj: score,
                entries: coefficients
                    .map(|(r, (_, ce))| (r, ce))
                    .filter(|&(_, c)| c != 0)
                    .collect(),
                lower: le,
                upper: ue,
            });
        }
    }
    rel.problem.rhs = rhs;
    rel
}

/// Project `i`'s funded indicator and amount in the relaxation's solution, as numerators over
/// `sol.den` (`In`: indicator 1; `Out`: zeros).
pub(crate) fn point(
    model: &Model,
    rel: &Relaxation,
    sol: &lp::Solution,
    st: &[St],
    i: usize,
) -> (BigInt, BigInt) {
    let d = &sol.den;
    let col = |c: Option<usize>| c.map_or_else(BigInt::zero, |c| sol.x[c].clone());
    let (y, e) = (col(rel.y[i]), col(rel.e[i]));
    match st[i] {
        St::Out => (BigInt::zero(), BigInt::zero()),
        St::In { le, .. } => {
            let e = if rel.e[i].is_some() { e } else { d * le };
            (d.clone(), d * model.lo[i] + e)
        }
        St::Free if rel.edge[i] => (y.clone(), y * model.hi[i]),
        St::Free => (y.clone(), y * model.lo[i] + e),
    }
}

/// The relaxation's solution as integer amounts, if it is one.
pub(crate) fn integral(
    model: &Model,
    rel: &Relaxation,
    sol: &lp::Solution,
    st: &[St],
) -> Option<Vec<i64>> {
    let d = &sol.den;
    (0..st.len())
        .map(|i| {
            let (y, a) = point(model, rel, sol, st, i);
            let whole = (&a % d).is_zero() && (y.is_zero() || &y == d);
            let amount = i64::try_from(&a / d).ok()?;
            let funded = !y.is_zero();
            let allowed = if funded {
                amount >= model.lo[i]
            } else {
                amount == 0
            };
            (whole && allowed).then_some(amount)
        })
        .collect()
}

/// `D·L(π)` for `π = duals / D ≥ 0`, and for each free project `D·` its best funded term (its
/// sign says which way the Lagrangian decides it). Each project's term is the best of its
/// *integer* choices, so `L(π)` bounds every integer allocation of the node (weak duality).
pub(crate) fn lagrangian(
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
