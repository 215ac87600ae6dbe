//! An exact linear-programming solver for the relaxations of the branch and bound: maximise
//! `c·x` subject to `A x <= b` and `l <= x <= u`, with integer data, few rows (the envelope and
//! the quotas) and many boxed columns (two per project).
//!
//! It is a dual simplex on bounded variables, started from the slack basis with every column at
//! the bound its objective prefers (which is dual feasible because every column is boxed), with
//! the bound-flipping ratio test (so passing over a whole ranking of projects costs one
//! iteration) and Bland's rule after a run of degenerate steps (so it cannot cycle).
//!
//! Arithmetic is fraction-free and exact: the solver keeps `M = D·B⁻¹` as a matrix of big
//! integers with `D = ±det B > 0`, updated at each pivot by the Bareiss identity
//! `M'ᵢ = (wᵣ Mᵢ − wᵢ Mᵣ) / D` (an exact division, since `M'` is the adjugate of `B'`). Basic
//! values, duals and reduced costs are integers over `D`. Nothing is rounded, so "infeasible"
//! is proved by an exact row of the tableau and the duals are exact.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

#[cfg(test)]
#[path = "lp_tests.rs"]
mod tests;

/// One boxed column: objective coefficient, sparse entries `(row, coefficient)`, bounds.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub obj: i128,
    pub entries: Vec<(usize, i64)>,
    pub lower: i64,
    pub upper: i64,
}

/// `max c·x  s.t.  A x <= rhs,  lower <= x <= upper` (the caller guarantees `lower <= upper`).
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub rhs: Vec<i128>,
    pub cols: Vec<Column>,
}

/// An optimal basic solution, every value an integer numerator over `den`.
#[derive(Debug, Clone)]
pub(crate) struct Solution {
    /// `D > 0`.
    pub den: BigInt,
    /// `D·x` for each column.
    pub x: Vec<BigInt>,
    /// `D·π`, the row duals (non-negative at the optimum).
    pub duals: Vec<BigInt>,
}

/// The result of a solve.
#[derive(Debug, Clone)]
pub(crate) enum Outcome {
    Infeasible,
    Optimal(Solution),
}

/// The iteration limit was reached (a safeguard; Bland's rule makes it unreachable in theory).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stalled;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Basic,
    Lower,
    Upper,
}

/// A candidate to enter the basis in the ratio test.
struct Candidate {
    j: usize,
    delta: BigInt,
    rho: BigInt,
}

/// Solves the problem exactly.
pub(crate) fn solve(problem: &Problem) -> Result<Outcome, Stalled> {
    Simplex::new(problem).run(false)
}

/// Solves with Bland's rule from the first iteration (to test that path).
#[cfg(test)]
pub(crate) fn solve_bland(problem: &Problem) -> Result<Outcome, Stalled> {
    Simplex::new(problem).run(true)
}

struct Simplex<'a> {
    p: &'a Problem,
    n: usize,
    m: usize,
    status: Vec<Status>,
    basis: Vec<usize>,
    inv: Vec<Vec<BigInt>>,
    den: BigInt,
    cost: Vec<BigInt>,
}

impl<'a> Simplex<'a> {
    fn new(p: &'a Problem) -> Self {
        let (n, m) = (p.cols.len(), p.rhs.len());
        let mut status: Vec<Status> = p
            .cols
            .iter()
            .map(|c| {
                if c.obj > 0 && c.upper > c.lower {
                    Status::Upper
                } else {
                    Status::Lower
                }
            })
            .collect();
        status.extend(std::iter::repeat_n(Status::Basic, m));
        let inv = (0..m)
            .map(|i| (0..m).map(|k| BigInt::from(i64::from(i == k))).collect())
            .collect();
        Simplex {
            p,
            n,
            m,
            status,
            basis: (n..n + m).collect(),
            inv,
            den: BigInt::from(1),
            cost: p.cols.iter().map(|c| BigInt::from(c.obj)).collect(),
        }
    }

    /// Bounds of variable `j` (columns, then one slack per row with bounds `[0, ∞)`).
    fn bounds(&self, j: usize) -> (i64, Option<i64>) {
        match self.p.cols.get(j) {
            Some(c) => (c.lower, Some(c.upper)),
            None => (0, None),
        }
    }

    /// `v · A_j` for a row vector `v`.
    fn dot(&self, v: &[BigInt], j: usize) -> BigInt {
        match self.p.cols.get(j) {
            Some(c) => c.entries.iter().map(|&(r, a)| &v[r] * a).sum(),
            None => v[j - self.n].clone(),
        }
    }

    fn run(mut self, mut bland: bool) -> Result<Outcome, Stalled> {
        let limit = 10_000 + 50 * (self.n + self.m);
        let mut degenerate = 0usize;
        for _ in 0..limit {
            let beta = self.basic_values()?;
            let Some((r, up)) = self.leaving(&beta, bland) else {
                return Ok(Outcome::Optimal(self.solution(&beta)));
            };
            let p = self.basis[r];
            let (l, u) = self.bounds(p);
            let slope = if up {
                &beta[r] - BigInt::from(u.unwrap_or(0)) * &self.den
            } else {
                BigInt::from(l) * &self.den - &beta[r]
            };
            let cands = self.candidates(r, up);
            let Some((q, flips)) = choose(cands, slope, bland, |j| self.bounds(j)) else {
                return Ok(Outcome::Infeasible);
            };
            degenerate = if q.delta.is_zero() { degenerate + 1 } else { 0 };
            bland |= degenerate > 50;
            for j in flips {
                self.status[j] = match self.status[j] {
                    Status::Lower => Status::Upper,
                    _ => Status::Lower,
                };
            }
            self.pivot(r, q.j);
            self.status[p] = if up { Status::Upper } else { Status::Lower };
        }
        Err(Stalled)
    }

    /// `D·x_B = M (b − N x_N)`.
    fn basic_values(&self) -> Result<Vec<BigInt>, Stalled> {
        let mut res = self.p.rhs.clone();
        for (c, st) in self.p.cols.iter().zip(&self.status) {
            let x = match st {
                Status::Basic => continue,
                Status::Lower => c.lower,
                Status::Upper => c.upper,
            };
            if x == 0 {
                continue;
            }
            for &(r, a) in &c.entries {
                let d = i128::from(a).checked_mul(i128::from(x)).ok_or(Stalled)?;
                res[r] = res[r].checked_sub(d).ok_or(Stalled)?;
            }
        }
        let res: Vec<BigInt> = res.into_iter().map(BigInt::from).collect();
        Ok(self
            .inv
            .iter()
            .map(|row| row.iter().zip(&res).map(|(a, b)| a * b).sum())
            .collect())
    }

    /// The basic variable to leave: the most violated bound (Bland: the smallest index), and
    /// whether it is above its upper bound.
    fn leaving(&self, beta: &[BigInt], bland: bool) -> Option<(usize, bool)> {
        let mut best: Option<(usize, bool, BigInt)> = None;
        for (r, b) in beta.iter().enumerate() {
            let (l, u) = self.bounds(self.basis[r]);
            let below = BigInt::from(l) * &self.den - b;
            let above = u.map(|u| b - BigInt::from(u) * &self.den);
            let viol = match above {
                Some(a) if a.is_positive() => (a, true),
                _ if below.is_positive() => (below, false),
                _ => continue,
            };
            let better = match &best {
                None => true,
                Some((br, _, _)) if bland => self.basis[r] < self.basis[*br],
                Some((_, _, bv)) => viol.0 > *bv,
            };
            if better {
                best = Some((r, viol.1, viol.0));
            }
        }
        best.map(|(r, up, _)| (r, up))
    }

    /// `D·π = c_B M`.
    fn prices(&self) -> Vec<BigInt> {
        let mut prices = vec![BigInt::zero(); self.m];
        for (i, &b) in self.basis.iter().enumerate() {
            let Some(c) = self.cost.get(b) else { continue };
            if c.is_zero() {
                continue;
            }
            for (p, v) in prices.iter_mut().zip(&self.inv[i]) {
                *p += c * v;
            }
        }
        prices
    }

    /// Nonbasic variables whose move brings row `r`'s basic variable towards its violated bound,
    /// with `D·d_j` and `D·α_rj` (sign-normalised so that the needed change is an increase).
    fn candidates(&self, r: usize, up: bool) -> Vec<Candidate> {
        let prices = self.prices();
        let row = &self.inv[r];
        let mut out = Vec::new();
        for j in 0..self.n + self.m {
            let at_upper = match self.status[j] {
                Status::Basic => continue,
                Status::Lower => false,
                Status::Upper => true,
            };
            let (l, u) = self.bounds(j);
            if u == Some(l) {
                continue;
            }
            let mut rho = self.dot(row, j);
            if up {
                rho = -rho;
            }
            if (at_upper && rho.is_positive()) || (!at_upper && rho.is_negative()) {
                let c = self.cost.get(j).cloned().unwrap_or_default();
                let delta = c * &self.den - self.dot(&prices, j);
                out.push(Candidate { j, delta, rho });
            }
        }
        out
    }

    fn pivot(&mut self, r: usize, q: usize) {
        let w: Vec<BigInt> = (0..self.m).map(|i| self.dot(&self.inv[i], q)).collect();
        let wr = w[r].clone();
        let pivot_row = self.inv[r].clone();
        for (i, row) in self.inv.iter_mut().enumerate() {
            if i == r {
                continue;
            }
            for (v, pr) in row.iter_mut().zip(&pivot_row) {
                let num = &wr * &*v - &w[i] * pr;
                debug_assert!((&num % &self.den).is_zero());
                *v = num / &self.den;
            }
        }
        self.den = wr;
        if self.den.is_negative() {
            self.den = -std::mem::take(&mut self.den);
            for v in self.inv.iter_mut().flatten() {
                *v = -std::mem::take(v);
            }
        }
        self.status[q] = Status::Basic;
        self.basis[r] = q;
    }

    fn solution(&self, beta: &[BigInt]) -> Solution {
        let mut x: Vec<BigInt> = self
            .p
            .cols
            .iter()
            .zip(&self.status)
            .map(|(c, st)| match st {
                Status::Upper => BigInt::from(c.upper) * &self.den,
                _ => BigInt::from(c.lower) * &self.den,
            })
            .collect();
        for (r, &b) in self.basis.iter().enumerate() {
            if let Some(v) = x.get_mut(b) {
                *v = beta[r].clone();
            }
        }
        Solution {
            den: self.den.clone(),
            x,
            duals: self.prices(),
        }
    }
}

/// The bound-flipping dual ratio test: walk the breakpoints `|d_j / α_j|` in increasing order,
/// flipping each boxed variable to its other bound while the leaving variable is still short
/// of its bound, and let enter the one that would overshoot (or has no upper bound). `None`
/// proves the row infeasible: even with every eligible variable at its most favourable bound the
/// basic variable cannot reach its bound. Bland's mode enters the first breakpoint (smallest
/// index among ties) without flipping.
fn choose(
    mut cands: Vec<Candidate>,
    mut slope: BigInt,
    bland: bool,
    bounds: impl Fn(usize) -> (i64, Option<i64>),
) -> Option<(Candidate, Vec<usize>)> {
    cands.sort_by(|a, b| {
        let lhs = a.delta.abs() * b.rho.abs();
        let rhs = b.delta.abs() * a.rho.abs();
        lhs.cmp(&rhs).then(a.j.cmp(&b.j))
    });
    let mut flips = Vec::new();
    for c in cands {
        let (l, u) = bounds(c.j);
        let Some(u) = u.filter(|_| !bland) else {
            return Some((c, flips));
        };
        slope -= c.rho.abs() * BigInt::from(u - l);
        if !slope.is_positive() {
            return Some((c, flips));
        }
        flips.push(c.j);
    }
    None
}
