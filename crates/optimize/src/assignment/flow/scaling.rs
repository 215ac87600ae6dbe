//! Cost scaling (Goldberg and Tarjan 1990; Goldberg 1997, "An efficient implementation of a
//! scaling minimum-cost flow algorithm"), starting from a feasible flow.
//!
//! Reduced cost of a residual arc `(u, v)`: `rc = cost + p(u) - p(v)`. A pseudoflow is
//! *ε-optimal* when every residual arc has `rc >= -ε`. Costs are first multiplied by `n + 1`:
//! a flow that is 1-optimal for the scaled costs is `1/(n+1)`-optimal for the originals, and
//! since a residual cycle has at most `n` arcs its original cost is then `> -1`, hence `>= 0`
//! with integer costs: no negative cycle, so the flow is optimal.
//!
//! `refine(ε)` turns an `αε`-optimal flow into an ε-optimal one: saturate every arc with
//! `rc < 0` (0-optimal, but with excesses and deficits), then discharge nodes with excess:
//! push along *admissible* arcs (`rc < 0`), or *relabel* (lower `p(u)` to
//! `max(p(v) - cost) - ε` over residual arcs, which keeps ε-optimality and makes one arc
//! admissible). Each refine ends with a flow again (excess 0 everywhere), which exists because
//! the maximum-flow stage found one: a node with excess always has a residual path to a
//! deficit (flow decomposition of the difference with a feasible flow).
//!
//! Global price updates (Goldberg's heuristic) periodically set `p(v) -= ε d(v)`, `d` the
//! distance to a deficit with arc lengths `floor(rc / ε) + 1 >= 0`: ε-optimality is kept
//! (`rc' = rc + ε(d(v) - d(u)) >= rc - ε floor(rc / ε) - ε >= -ε`) and every node with excess
//! gets an admissible path, which saves most relabels.
//!
//! Magnitudes: in one refine a node is relabelled `O(αn)` times (its price drops by at least ε
//! each time and by at most `(α + 2)nε` in all, Goldberg and Tarjan's bound with deficit nodes
//! never repriced), so there are `O(αn)` global updates, each lowering the nodes it does not
//! reach by at most `(α + 2)nε`. Summed over the geometric sequence of ε from `C(n + 1)` (`C`
//! the largest original cost), every price stays within about `20 (n + 1)^3 C` and every
//! reduced cost within twice that. [`fits_i64`] requires 256 times that bound to fit in `i64`;
//! otherwise the caller uses `i128`.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use super::{Cost, Network};

/// The factor by which ε shrinks between refines (CS2 and OR-tools use 5 to 16).
const ALPHA: i64 = 8;

/// Whether cost scaling on `nodes` nodes with original costs at most `largest` in magnitude
/// provably computes within `i64` (see the module).
pub(crate) fn fits_i64(nodes: usize, largest: u64) -> bool {
    let n = nodes as u128 + 1;
    n.pow(3)
        .checked_mul(u128::from(largest).max(1))
        .and_then(|x| x.checked_mul(256))
        .is_some_and(|x| x <= i64::MAX as u128)
}

/// Turns the feasible flow in `net` into a minimum-cost one (scales `net`'s costs in place).
/// `Err(u)` if node `u` was left with excess and no residual arc, which the feasibility of the
/// flow rules out; reported rather than looped on or panicked at.
pub(super) fn optimise<C: Cost>(net: &mut Network<C>) -> Result<(), usize> {
    let n = net.nodes();
    let scale = C::from(n as i64 + 1);
    let mut largest = C::ZERO;
    for c in &mut net.cost {
        *c = *c * scale;
        largest = largest.max(if *c < C::ZERO { -*c } else { *c });
    }
    let mut state = State::new(n);
    let mut eps = largest;
    while eps > C::ONE {
        eps = (eps / C::from(ALPHA)).max(C::ONE);
        state.refine(net, eps)?;
    }
    Ok(())
}

struct State<C> {
    price: Vec<C>,
    excess: Vec<i64>,
    current: Vec<u32>,
    active: VecDeque<u32>,
    relabels: usize,
}

impl<C: Cost> State<C> {
    fn new(n: usize) -> Self {
        Self {
            price: vec![C::ZERO; n],
            excess: vec![0; n],
            current: vec![0; n],
            active: VecDeque::new(),
            relabels: 0,
        }
    }

    fn reduced(&self, net: &Network<C>, u: usize, e: usize) -> C {
        net.cost[e] + self.price[u] - self.price[net.head[e] as usize]
    }

    fn refine(&mut self, net: &mut Network<C>, eps: C) -> Result<(), usize> {
        let n = net.nodes();
        for u in 0..n {
            for e in net.arcs(u) {
                let r = net.residual[e];
                if r > 0 && self.reduced(net, u, e) < C::ZERO {
                    net.push(e, r);
                    self.excess[u] -= r;
                    self.excess[net.head[e] as usize] += r;
                }
            }
        }
        self.active.clear();
        self.active
            .extend((0..n as u32).filter(|&u| self.excess[u as usize] > 0));
        self.update_prices(net, eps);
        while let Some(u) = self.active.pop_front() {
            self.discharge(net, u as usize, eps)?;
        }
        Ok(())
    }

    /// Pushes `u`'s excess along admissible arcs, relabelling `u` whenever none is left.
    fn discharge(&mut self, net: &mut Network<C>, u: usize, eps: C) -> Result<(), usize> {
        while self.excess[u] > 0 {
            let end = net.first[u + 1];
            while self.current[u] < end && self.excess[u] > 0 {
                let e = self.current[u] as usize;
                if net.residual[e] > 0 && self.reduced(net, u, e) < C::ZERO {
                    let v = net.head[e] as usize;
                    let delta = self.excess[u].min(net.residual[e]);
                    net.push(e, delta);
                    self.excess[u] -= delta;
                    let before = self.excess[v];
                    self.excess[v] += delta;
                    if before <= 0 && self.excess[v] > 0 {
                        self.active.push_back(v as u32);
                    }
                    if net.residual[e] > 0 {
                        continue;
                    }
                }
                self.current[u] += 1;
            }
            if self.excess[u] > 0 {
                self.relabel(net, u, eps).ok_or(u)?;
                if self.relabels >= net.nodes() {
                    self.update_prices(net, eps);
                }
            }
        }
        Ok(())
    }

    /// Lowers `p(u)` as little as ε-optimality allows while making an arc admissible; `None`
    /// if `u` has no residual arc.
    fn relabel(&mut self, net: &Network<C>, u: usize, eps: C) -> Option<()> {
        let mut best = None;
        for e in net.arcs(u) {
            if net.residual[e] > 0 {
                let candidate = self.price[net.head[e] as usize] - net.cost[e];
                best = Some(best.map_or(candidate, |b: C| b.max(candidate)));
            }
        }
        self.price[u] = best? - eps;
        self.current[u] = net.first[u];
        self.relabels += 1;
        Some(())
    }

    /// Goldberg's global price update (see the module), stopping once every node with excess
    /// has its distance; nodes not reached get the last distance, which keeps ε-optimality.
    fn update_prices(&mut self, net: &Network<C>, eps: C) {
        self.relabels = 0;
        let n = net.nodes();
        let mut waiting = self.excess.iter().filter(|&&e| e > 0).count();
        let mut dist = vec![C::INFINITY; n];
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::new();
        for (v, d) in dist.iter_mut().enumerate() {
            if self.excess[v] < 0 {
                *d = C::ZERO;
                heap.push(Reverse((C::ZERO, v as u32)));
            }
        }
        let mut last = C::ZERO;
        while waiting > 0 {
            let Some(Reverse((d, w))) = heap.pop() else {
                break;
            };
            let w = w as usize;
            if done[w] {
                continue;
            }
            done[w] = true;
            last = d;
            if self.excess[w] > 0 {
                waiting -= 1;
            }
            for e in net.arcs(w) {
                let back = net.rev[e] as usize;
                let v = net.head[e] as usize;
                if done[v] || net.residual[back] <= 0 {
                    continue;
                }
                let steps = (self.reduced(net, v, back) + eps) / eps;
                let through = d + steps;
                if through < dist[v] {
                    dist[v] = through;
                    heap.push(Reverse((through, v as u32)));
                }
            }
        }
        for v in 0..n {
            let d = if done[v] { dist[v] } else { last };
            self.price[v] = self.price[v] - eps * d;
            self.current[v] = net.first[v];
        }
    }
}
