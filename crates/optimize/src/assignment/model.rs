//! The assignment as a minimum-cost flow, and back.
//!
//! Nodes: applications `0..A`, reviewers `A..A+R`, a pool node `t`, the sink `T`.
//! ```text
//! supply(a) = need(a) = k - forced(a)          demand(T) = D = Σ need(a)
//! a -> r   capacity 1, cost c(a, r)            for each eligible pair (e.g. -affinity)
//! r -> T   capacity min'(r)                    the minimum load not met by forced pairs
//! r -> t   capacity max'(r) - min'(r)          the optional part of the load
//! t -> T   capacity D - Σ min'(r)              the places the minimums do not reserve
//! ```
//! The arcs into `T` have capacities summing to exactly `D`, so a flow meeting the demand
//! saturates all of them: each `r -> T` carries `min'(r)`, and the load of `r`,
//! `min'(r) + flow(r -> t)`, lies in `[min'(r), max'(r)]`. Conversely an assignment within
//! the loads gives such a flow (route `min'(r)` of each load to `T` directly, the rest via
//! `t`; the rest sums to `D - Σ min'`). Costs sit only on pair arcs, so the bijection keeps
//! the objective: a minimum-cost flow is an optimal assignment. This is the textbook
//! lower-bound transformation (Ahuja, Magnanti, Orlin, *Network Flows*, §2.4) with the
//! lower bound's demand routed through its own arc; there is no big-M and no second pass.

use super::AssignError;
use super::flow::{Builder, Cost, Outcome, min_cost_flow};
use super::instance::Instance;

/// Nodes of the network: applications, reviewers, the pool and the sink.
pub(crate) fn nodes(inst: &Instance<'_>) -> usize {
    inst.problem.applications + inst.problem.reviewers + 2
}

/// Chooses, per application, the reviewers to add to its forced ones so that the summed
/// `cost(application, reviewer, score)` of the chosen pairs is minimal; or says why no choice
/// meets the constraints.
pub(crate) fn optimise<C: Cost>(
    inst: &Instance<'_>,
    cost: impl Fn(usize, u32, i64) -> C,
) -> Result<Vec<Vec<u32>>, AssignError> {
    let (a_n, r_n) = (inst.problem.applications, inst.problem.reviewers);
    let (pool, sink) = (a_n + r_n, a_n + r_n + 1);
    let pairs: usize = inst.eligible.iter().map(Vec::len).sum();
    let mut builder = Builder::new(sink + 1, pairs + 2 * r_n + 1);
    for (a, list) in inst.eligible.iter().enumerate() {
        for &(r, s) in list {
            builder.arc(a, a_n + r as usize, 1, cost(a, r, s));
        }
    }
    let demand: i64 = (0..a_n).map(|a| i64::from(inst.need(a))).sum();
    let mut reserved = 0i64;
    for r in 0..r_n {
        let (min, max) = (inst.min_left(r), inst.max_left(r));
        reserved += i64::from(min);
        if min > 0 {
            builder.arc(a_n + r, sink, i64::from(min), C::ZERO);
        }
        if max > min {
            builder.arc(a_n + r, pool, i64::from(max - min), C::ZERO);
        }
    }
    builder.arc(pool, sink, (demand - reserved).max(0), C::ZERO);
    let (mut net, position) = builder.build();
    let mut supply = vec![0i64; sink + 1];
    for (a, s) in supply.iter_mut().enumerate().take(a_n) {
        *s = i64::from(inst.need(a));
    }
    supply[sink] = -demand;
    match min_cost_flow(&mut net, &supply) {
        Outcome::Optimal => {
            let mut chosen = vec![Vec::new(); a_n];
            let mut arc = position.iter();
            for (a, list) in inst.eligible.iter().enumerate() {
                for (&(r, _), &pos) in list.iter().zip(&mut arc) {
                    if net.flow(pos) > 0 {
                        chosen[a].push(r);
                    }
                }
            }
            Ok(chosen)
        }
        Outcome::Short { reachable } => Err(explain(inst, &reachable)),
    }
}

/// Turns the minimum cut `Z` (the nodes the stuck search reached) into an error. `Z` holds
/// more supply than the arcs leaving it can carry. If the pool `t` is outside `Z`, those arcs
/// are the pairs from `Z`'s applications to reviewers outside `Z` and the whole loads of `Z`'s
/// reviewers: Hall's condition fails for `Z`'s applications. If `t` is inside, rearranging the
/// same inequality with `cap(t -> T) = D - Σ min'` shows that the reviewers outside `Z` need
/// more (their minimums) than the applications outside `Z` plus the pairs from `Z` can give.
fn explain(inst: &Instance<'_>, reachable: &[bool]) -> AssignError {
    let (a_n, r_n) = (inst.problem.applications, inst.problem.reviewers);
    let in_z = |r: usize| reachable[a_n + r];
    let pairs_out: u64 = (0..a_n)
        .filter(|&a| reachable[a])
        .map(|a| {
            inst.eligible[a]
                .iter()
                .filter(|&&(r, _)| !in_z(r as usize))
                .count() as u64
        })
        .sum();
    if !reachable[a_n + r_n] {
        let applications: Vec<usize> = (0..a_n).filter(|&a| reachable[a]).collect();
        let needed = applications.iter().map(|&a| u64::from(inst.need(a))).sum();
        let loads: u64 = (0..r_n)
            .filter(|&r| in_z(r))
            .map(|r| u64::from(inst.max_left(r)))
            .sum();
        AssignError::ApplicationsShort {
            applications,
            needed,
            available: pairs_out + loads,
        }
    } else {
        let reviewers: Vec<usize> = (0..r_n)
            .filter(|&r| !in_z(r) && inst.min_left(r) > 0)
            .collect();
        let needed = reviewers.iter().map(|&r| u64::from(inst.min_left(r))).sum();
        let others: u64 = (0..a_n)
            .filter(|&a| !reachable[a])
            .map(|a| u64::from(inst.need(a)))
            .sum();
        AssignError::MinLoadsShort {
            reviewers,
            needed,
            available: pairs_out + others,
        }
    }
}
