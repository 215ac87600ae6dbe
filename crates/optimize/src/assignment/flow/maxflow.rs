//! Dinic's maximum flow from every node with excess to every node with deficit (an implicit
//! super-source and super-sink), used to establish feasibility before cost scaling and to find
//! the minimum cut when there is none. On unit-capacity bipartite graphs it needs `O(sqrt(V))`
//! phases of `O(E)` each.

use std::collections::VecDeque;

use super::{Cost, Network};

const UNSEEN: u32 = u32::MAX;

/// Moves flow until no excess can reach a deficit. `Ok` when every excess is placed; otherwise
/// `Err` with the nodes the remaining excess reaches in the residual network.
pub(super) fn place<C: Cost>(net: &mut Network<C>, excess: &mut [i64]) -> Result<(), Vec<bool>> {
    let n = net.nodes();
    let mut level = vec![UNSEEN; n];
    let mut queue = VecDeque::new();
    let mut current = vec![0u32; n];
    let mut stack: Vec<usize> = Vec::new();
    loop {
        if !excess.iter().any(|&e| e > 0) {
            return Ok(());
        }
        if !layer(net, excess, &mut level, &mut queue) {
            return Err(level.iter().map(|&l| l != UNSEEN).collect());
        }
        current.copy_from_slice(&net.first[..n]);
        for s in 0..n {
            while excess[s] > 0 && advance(net, excess, &level, &mut current, &mut stack, s) {}
        }
    }
}

/// Breadth-first levels from the nodes with excess; true if a deficit node was reached.
fn layer<C: Cost>(
    net: &Network<C>,
    excess: &[i64],
    level: &mut [u32],
    queue: &mut VecDeque<usize>,
) -> bool {
    level.fill(UNSEEN);
    queue.clear();
    for (v, &e) in excess.iter().enumerate() {
        if e > 0 {
            level[v] = 0;
            queue.push_back(v);
        }
    }
    let mut reached = false;
    while let Some(u) = queue.pop_front() {
        if excess[u] < 0 {
            reached = true;
            continue;
        }
        for e in net.arcs(u) {
            let v = net.head[e] as usize;
            if net.residual[e] > 0 && level[v] == UNSEEN {
                level[v] = level[u] + 1;
                queue.push_back(v);
            }
        }
    }
    reached
}

/// Finds one path along increasing levels from `s` to a deficit node and pushes along it;
/// false when `s` has no such path left in this phase. Dead ends advance their current arc,
/// so a phase costs `O(E)` plus the paths.
fn advance<C: Cost>(
    net: &mut Network<C>,
    excess: &mut [i64],
    level: &[u32],
    current: &mut [u32],
    stack: &mut Vec<usize>,
    s: usize,
) -> bool {
    stack.clear();
    let mut u = s;
    loop {
        if excess[u] < 0 && u != s {
            let mut delta = excess[s].min(-excess[u]);
            for &e in stack.iter() {
                delta = delta.min(net.residual[e]);
            }
            for &e in stack.iter() {
                net.push(e, delta);
            }
            excess[s] -= delta;
            excess[u] += delta;
            return true;
        }
        let end = net.first[u + 1];
        let mut next = None;
        while current[u] < end {
            let e = current[u] as usize;
            let v = net.head[e] as usize;
            if net.residual[e] > 0 && level[v] == level[u].wrapping_add(1) {
                next = Some(e);
                break;
            }
            current[u] += 1;
        }
        match next {
            Some(e) => {
                stack.push(e);
                u = net.head[e] as usize;
            }
            None => {
                let Some(e) = stack.pop() else { return false };
                u = net.head[net.rev[e] as usize] as usize;
                current[u] += 1;
            }
        }
    }
}
