//! Minimum-cost flow by successive shortest paths with node potentials (Dijkstra on reduced
//! costs), for networks whose positive-capacity arcs all go from a lower to a higher node index
//! (a DAG in index order; the assignment network is one).
//!
//! Why this algorithm: it is short enough to prove by reading, it is exact on integers, every
//! augmentation keeps the flow integral, and when it stops short its last search is a minimum
//! cut, which [`Outcome::Short`] hands back so that the caller can say *who* lacks reviewers.
//! Each augmentation starts from one supply node and stops as soon as a demand node is settled,
//! so on the sparse, loosely capacitated graphs of reviewer assignment a search explores only a
//! small neighbourhood (measured in `bench/assignment`).
//!
//! Invariant (reduced-cost optimality): every arc with residual capacity has a non-negative
//! reduced cost `cost(u,v) + pi(u) - pi(v)`. It holds initially (`pi` = shortest distances in
//! the DAG) and after each search, where settled nodes get `pi += dist - D` (`D` the distance of
//! the demand node reached): for an arc `(u,v)` this adds `min(d(u),D) - min(d(v),D) >= -rc(u,v)`
//! to its reduced cost, and arcs on the shortest path (and their reverses) end at zero. A flow
//! that meets every supply with no negative residual cycle is a minimum-cost flow.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Debug;
use std::ops::{Add, Neg, Sub};

/// An exact cost type: `i64` for the assignment, `i128` when a lexicographic objective folds a
/// large weight into the cost (the replacement of a decliner).
pub(crate) trait Cost:
    Copy + Ord + Debug + Add<Output = Self> + Sub<Output = Self> + Neg<Output = Self> + From<i64>
{
    /// The additive identity.
    const ZERO: Self;
    /// Larger than any distance the solver computes (the caller bounds the costs).
    const INFINITY: Self;
}

impl Cost for i64 {
    const ZERO: Self = 0;
    const INFINITY: Self = i64::MAX;
}

impl Cost for i128 {
    const ZERO: Self = 0;
    const INFINITY: Self = i128::MAX;
}

/// Collects arcs, then lays them out by tail node (compressed adjacency) with their reverses.
pub(crate) struct Builder<C> {
    nodes: usize,
    arcs: Vec<(u32, u32, i64, C)>,
}

impl<C: Cost> Builder<C> {
    /// A network of `nodes` nodes and no arc yet.
    pub(crate) fn new(nodes: usize, arcs_hint: usize) -> Self {
        Self {
            nodes,
            arcs: Vec::with_capacity(arcs_hint),
        }
    }

    /// Adds the arc `from -> to` and returns its number (the order of addition).
    pub(crate) fn arc(&mut self, from: usize, to: usize, capacity: i64, cost: C) -> usize {
        debug_assert!(from < to && to < self.nodes && capacity >= 0);
        self.arcs.push((from as u32, to as u32, capacity, cost));
        self.arcs.len() - 1
    }

    /// The network, and for each added arc its position in it (to read its flow back).
    pub(crate) fn build(self) -> (Network<C>, Vec<u32>) {
        let n = self.nodes;
        let mut first = vec![0u32; n + 1];
        for &(u, v, _, _) in &self.arcs {
            first[u as usize + 1] += 1;
            first[v as usize + 1] += 1;
        }
        for i in 0..n {
            first[i + 1] += first[i];
        }
        let m = first[n] as usize;
        let mut next = first.clone();
        let mut net = Network {
            first,
            head: vec![0; m],
            rev: vec![0; m],
            residual: vec![0; m],
            cost: vec![C::ZERO; m],
        };
        let mut position = Vec::with_capacity(self.arcs.len());
        for &(u, v, cap, cost) in &self.arcs {
            let (f, b) = (next[u as usize], next[v as usize]);
            next[u as usize] += 1;
            next[v as usize] += 1;
            let (fi, bi) = (f as usize, b as usize);
            net.head[fi] = v;
            net.rev[fi] = b;
            net.residual[fi] = cap;
            net.cost[fi] = cost;
            net.head[bi] = u;
            net.rev[bi] = f;
            net.cost[bi] = -cost;
            position.push(f);
        }
        (net, position)
    }
}

/// A residual network in compressed adjacency form.
pub(crate) struct Network<C> {
    first: Vec<u32>,
    head: Vec<u32>,
    rev: Vec<u32>,
    residual: Vec<i64>,
    cost: Vec<C>,
}

impl<C: Cost> Network<C> {
    /// The flow carried by the arc at `position` (its reverse's residual capacity).
    pub(crate) fn flow(&self, position: u32) -> i64 {
        self.residual[self.rev[position as usize] as usize]
    }

    fn arcs(&self, u: usize) -> std::ops::Range<usize> {
        self.first[u] as usize..self.first[u + 1] as usize
    }
}

/// How the flow ended.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// Every supply reached a demand at minimum total cost.
    Optimal,
    /// A supply node could not reach any demand: `reachable[v]` marks the nodes it reaches
    /// in the residual network. They hold more supply than the capacity of the arcs leaving
    /// them (a minimum cut), which is why no flow can meet the supplies.
    Short { reachable: Vec<bool> },
}

/// Sends every positive `supply[v]` to nodes with negative supply at minimum total cost,
/// updating `supply` in place (the remaining imbalances on return).
pub(crate) fn min_cost_flow<C: Cost>(net: &mut Network<C>, supply: &mut [i64]) -> Outcome {
    let n = supply.len();
    let mut pi = initial_potentials(net, n);
    let mut search = Search::new(n);
    for s in 0..n {
        while supply[s] > 0 {
            let Some((t, d)) = search.run(net, &pi, supply, s) else {
                let mut reachable = vec![false; n];
                for &v in &search.settled {
                    reachable[v as usize] = true;
                }
                return Outcome::Short { reachable };
            };
            for &v in &search.settled {
                let v = v as usize;
                pi[v] = pi[v] + search.dist[v] - d;
            }
            augment(net, &search.pred, supply, s, t);
        }
    }
    Outcome::Optimal
}

/// Shortest distances from a virtual source joined to every node at cost 0: one pass in index
/// order suffices because every positive-capacity arc goes forward.
fn initial_potentials<C: Cost>(net: &Network<C>, n: usize) -> Vec<C> {
    let mut pi = vec![C::ZERO; n];
    for u in 0..n {
        for e in net.arcs(u) {
            if net.residual[e] > 0 {
                let v = net.head[e] as usize;
                let through = pi[u] + net.cost[e];
                if through < pi[v] {
                    pi[v] = through;
                }
            }
        }
    }
    pi
}

/// Pushes as much as the path to `t` allows (one unit through an application-reviewer arc).
fn augment<C: Cost>(net: &mut Network<C>, pred: &[u32], supply: &mut [i64], s: usize, t: usize) {
    let mut delta = supply[s].min(-supply[t]);
    let mut v = t;
    while v != s {
        let e = pred[v] as usize;
        delta = delta.min(net.residual[e]);
        v = net.head[net.rev[e] as usize] as usize;
    }
    let mut v = t;
    while v != s {
        let e = pred[v] as usize;
        let r = net.rev[e] as usize;
        net.residual[e] -= delta;
        net.residual[r] += delta;
        v = net.head[r] as usize;
    }
    supply[s] -= delta;
    supply[t] += delta;
}

/// Dijkstra's state, reused across searches: only the nodes touched are reset.
struct Search<C> {
    dist: Vec<C>,
    pred: Vec<u32>,
    done: Vec<bool>,
    touched: Vec<u32>,
    settled: Vec<u32>,
    heap: BinaryHeap<Reverse<(C, u32)>>,
}

impl<C: Cost> Search<C> {
    fn new(n: usize) -> Self {
        Self {
            dist: vec![C::INFINITY; n],
            pred: vec![u32::MAX; n],
            done: vec![false; n],
            touched: Vec::new(),
            settled: Vec::new(),
            heap: BinaryHeap::new(),
        }
    }

    /// The nearest node with a demand left and its distance from `s`, by reduced costs; or
    /// `None` when no such node is reachable (then `settled` holds every reachable node).
    fn run(&mut self, net: &Network<C>, pi: &[C], supply: &[i64], s: usize) -> Option<(usize, C)> {
        for &v in &self.touched {
            self.dist[v as usize] = C::INFINITY;
            self.done[v as usize] = false;
        }
        self.touched.clear();
        self.settled.clear();
        self.heap.clear();
        self.dist[s] = C::ZERO;
        self.touched.push(s as u32);
        self.heap.push(Reverse((C::ZERO, s as u32)));
        while let Some(Reverse((d, u))) = self.heap.pop() {
            let u = u as usize;
            if self.done[u] {
                continue;
            }
            self.done[u] = true;
            self.settled.push(u as u32);
            if supply[u] < 0 {
                return Some((u, d));
            }
            for e in net.arcs(u) {
                if net.residual[e] <= 0 {
                    continue;
                }
                let v = net.head[e] as usize;
                if self.done[v] {
                    continue;
                }
                let reduced = net.cost[e] + pi[u] - pi[v];
                debug_assert!(reduced >= C::ZERO, "negative reduced cost {reduced:?}");
                let through = d + reduced;
                if through < self.dist[v] {
                    if self.dist[v] == C::INFINITY {
                        self.touched.push(v as u32);
                    }
                    self.dist[v] = through;
                    self.pred[v] = e as u32;
                    self.heap.push(Reverse((through, v as u32)));
                }
            }
        }
        None
    }
}
