//! Reviewer assignment: each application gets exactly `k` reviewers, each reviewer a load
//! between its minimum and maximum, no forbidden pair (conflicts of interest, officers'
//! exclusions) is ever assigned and every forced pair always is, and the total affinity is the
//! **maximum** over all assignments meeting these constraints (not a greedy pass).
//!
//! - [`solve`] models the problem as a minimum-cost flow whose minimum loads are *lower bounds
//!   handled exactly* by the standard transformation (see `model.rs` for the network and the
//!   proof; openreview-matcher's `MinMax` solver approximates them by two passes instead), and
//!   solves it exactly: a maximum flow establishes feasibility (or finds the minimum cut that
//!   names the culprits), then cost scaling optimises (`flow/`). 5 000 applications × 500
//!   reviewers with k = 3 take about half a second in release mode (`bench/assignment`), with
//!   the same objective as OR-tools.
//! - Forced pairs are placed first: they count towards `k` and the loads, and the optimiser fills
//!   the rest. Their affinity is part of [`Assignment::total_affinity`].
//! - An application that cannot get `k` reviewers is **refused**, not served short: an
//!   application reviewed by fewer people than the others would be judged on a different footing,
//!   and the officer can fix the cause (a conflict list, a capacity) once told which application
//!   it is. The error names the culprit (see [`AssignError`]).
//! - Alternates are ranked per application after the assignment (`alternates.rs`).
//! - [`replace()`] handles a reviewer who declines with the least disturbance.
//!
//! Scores are integers (e.g. thousandths of a point) so that the optimum is exact and
//! comparable with other solvers. When several assignments reach the optimum, which one is
//! returned is deterministic (same input, same output) but not otherwise specified.

mod alternates;
#[cfg(test)]
mod brute;
mod error;
mod flow;
mod instance;
mod model;
mod replace;
#[cfg(test)]
mod tests_cases;
#[cfg(test)]
mod tests_props;

pub use error::AssignError;
pub use replace::{Replacement, replace};

use instance::Instance;

/// The largest score magnitude accepted. Totals stay within `i64` (at most [`MAX_SLOTS`] pairs);
/// the flow computes in `i64` when its price bound fits and in `i128` otherwise, where even the
/// replacement's weighted costs (below `2 MAX_SCORE × MAX_SLOTS`) on `2 MAX_SIDE + 2` nodes fit.
pub const MAX_SCORE: i64 = 1_000_000_000;
/// The largest number of applications, and of reviewers, accepted.
pub const MAX_SIDE: usize = 1_000_000;
/// The largest `applications × k` accepted.
pub const MAX_SLOTS: u64 = 10_000_000;
/// The most pairs accepted: listed pairs (scores, forbidden, forced) and, when zero scores are
/// allowed, `applications × reviewers` (every pair is then an arc). It bounds memory to a few
/// gigabytes (about 100 bytes per pair) and keeps arc indices within `u32`.
pub const MAX_PAIRS: u64 = 20_000_000;

/// An (application, reviewer) pair, by 0-based indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pair {
    /// The application.
    pub application: usize,
    /// The reviewer.
    pub reviewer: usize,
}

/// The affinity of a pair, an integer so that sums are exact (e.g. thousandths of a point).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// The application.
    pub application: usize,
    /// The reviewer.
    pub reviewer: usize,
    /// Its affinity; higher is better, negative allowed (a penalty), at most [`MAX_SCORE`] in
    /// magnitude.
    pub score: i64,
}

/// A reviewer-assignment problem on plain indices.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problem {
    /// Number of applications, indexed `0..applications`.
    pub applications: usize,
    /// Number of reviewers, indexed `0..reviewers`.
    pub reviewers: usize,
    /// Reviewers per application, exactly.
    pub k: u32,
    /// Per reviewer, the fewest applications it must get.
    pub min_load: Vec<u32>,
    /// Per reviewer, the most applications it may get.
    pub max_load: Vec<u32>,
    /// Sparse affinities; a pair not listed scores 0. At most one score per pair.
    pub affinity: Vec<Score>,
    /// Whether a pair scoring 0 (listed or not) may be assigned, as openreview-matcher's
    /// `allow_zero_score_assignments`. When false, only pairs with a non-zero score (and forced
    /// pairs) can be assigned, which keeps the graph sparse. When true, every pair not forbidden
    /// can be, so the graph has `applications × reviewers` arcs: exact but slower.
    pub allow_zero_score: bool,
    /// Pairs never assigned: conflicts of interest and officers' exclusions.
    pub forbidden: Vec<Pair>,
    /// Pairs always assigned (officers' choices), whatever their score; they count towards `k`
    /// and the reviewer's load. Listing a pair twice means the same as once.
    pub forced: Vec<Pair>,
    /// Alternates to rank per application.
    pub alternates: u32,
}

/// An optimal assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// Per application, its `k` reviewers by decreasing affinity (ties: lower index first).
    pub reviewers: Vec<Vec<usize>>,
    /// Per application, up to `alternates` reviewers who may review it and are not assigned
    /// to it, best first (rule in `alternates.rs`: by affinity, loads ignored).
    pub alternates: Vec<Vec<usize>>,
    /// The sum of the affinities of all assigned pairs, forced ones included.
    pub total_affinity: i64,
    /// Per reviewer, the number of applications assigned to it.
    pub loads: Vec<u32>,
}

/// Computes an assignment of maximum total affinity under the problem's constraints, or says
/// which application or reviewer makes it impossible.
pub fn solve(problem: &Problem) -> Result<Assignment, AssignError> {
    let inst = Instance::new(problem, None)?;
    inst.check_counts()?;
    let largest = inst
        .eligible
        .iter()
        .flatten()
        .map(|&(_, s)| s.unsigned_abs())
        .max()
        .unwrap_or(0);
    let chosen = if flow::fits_i64(model::nodes(&inst), largest) {
        model::optimise::<i64>(&inst, |_, _, score| -score)?
    } else {
        model::optimise::<i128>(&inst, |_, _, score| -i128::from(score))?
    };
    Ok(alternates::assemble(&inst, &chosen))
}
