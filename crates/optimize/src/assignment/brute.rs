//! The brute-force twin: every assignment of a tiny problem enumerated from the problem's
//! definition alone (no shared code with the solver), and an independent validity check.

use std::collections::{HashMap, HashSet};

use super::{Assignment, Pair, Problem};

/// Every valid assignment (per application, its sorted reviewers) with its total affinity.
/// For `reviewers <= 12` only (subsets are bit masks).
pub(crate) fn all(p: &Problem) -> Vec<(Vec<Vec<usize>>, i64)> {
    let score: HashMap<(usize, usize), i64> = p
        .affinity
        .iter()
        .map(|s| ((s.application, s.reviewer), s.score))
        .collect();
    let forbidden: HashSet<Pair> = p.forbidden.iter().copied().collect();
    let forced: HashSet<Pair> = p.forced.iter().copied().collect();
    let masks: Vec<u32> = (0u32..1 << p.reviewers)
        .filter(|m| m.count_ones() == p.k)
        .collect();
    let allowed = |a: usize, m: u32| {
        (0..p.reviewers).all(|r| {
            let pair = Pair {
                application: a,
                reviewer: r,
            };
            let s = score.get(&(a, r)).copied().unwrap_or(0);
            let inside = m & (1 << r) != 0;
            if inside {
                !forbidden.contains(&pair)
                    && (forced.contains(&pair) || s != 0 || p.allow_zero_score)
            } else {
                !forced.contains(&pair)
            }
        })
    };
    let options: Vec<Vec<u32>> = (0..p.applications)
        .map(|a| masks.iter().copied().filter(|&m| allowed(a, m)).collect())
        .collect();
    let mut out = Vec::new();
    let mut pick = vec![0u32; p.applications];
    let mut loads = vec![0u32; p.reviewers];
    walk(p, &options, 0, &mut pick, &mut loads, &mut |pick| {
        let lists: Vec<Vec<usize>> = pick
            .iter()
            .map(|&m| (0..p.reviewers).filter(|r| m & (1 << r) != 0).collect())
            .collect();
        let total = lists
            .iter()
            .enumerate()
            .flat_map(|(a, l)| l.iter().map(move |&r| (a, r)))
            .map(|k| score.get(&k).copied().unwrap_or(0))
            .sum();
        out.push((lists, total));
    });
    out
}

fn walk(
    p: &Problem,
    options: &[Vec<u32>],
    a: usize,
    pick: &mut [u32],
    loads: &mut [u32],
    emit: &mut dyn FnMut(&[u32]),
) {
    if a == p.applications {
        if (0..p.reviewers).all(|r| loads[r] >= p.min_load[r]) {
            emit(pick);
        }
        return;
    }
    for &m in &options[a] {
        let members = (0..p.reviewers).filter(|r| m & (1 << r) != 0);
        if members.clone().all(|r| loads[r] < p.max_load[r]) {
            members.clone().for_each(|r| loads[r] += 1);
            pick[a] = m;
            walk(p, options, a + 1, pick, loads, emit);
            members.for_each(|r| loads[r] -= 1);
        }
    }
}

/// The best total affinity, or `None` when no assignment meets the constraints.
pub(crate) fn best(p: &Problem) -> Option<i64> {
    all(p).into_iter().map(|(_, t)| t).max()
}

/// Checks an assignment against the problem's definition; the message says what is wrong.
pub(crate) fn check(p: &Problem, x: &Assignment) -> Result<(), String> {
    let score: HashMap<(usize, usize), i64> = p
        .affinity
        .iter()
        .map(|s| ((s.application, s.reviewer), s.score))
        .collect();
    let forbidden: HashSet<Pair> = p.forbidden.iter().copied().collect();
    let forced: HashSet<Pair> = p.forced.iter().copied().collect();
    let mut loads = vec![0u32; p.reviewers];
    let mut total = 0;
    if x.reviewers.len() != p.applications {
        return Err("wrong number of applications".into());
    }
    for (a, list) in x.reviewers.iter().enumerate() {
        let set: HashSet<usize> = list.iter().copied().collect();
        if list.len() != p.k as usize || set.len() != list.len() {
            return Err(format!(
                "application {a} has reviewers {list:?}, k = {}",
                p.k
            ));
        }
        for &r in list {
            let pair = Pair {
                application: a,
                reviewer: r,
            };
            let s = score.get(&(a, r)).copied().unwrap_or(0);
            if forbidden.contains(&pair) {
                return Err(format!("forbidden pair {pair:?} assigned"));
            }
            if s == 0 && !p.allow_zero_score && !forced.contains(&pair) {
                return Err(format!("zero-score pair {pair:?} assigned"));
            }
            loads[r] += 1;
            total += s;
        }
    }
    if let Some(f) = forced
        .iter()
        .find(|f| !x.reviewers[f.application].contains(&f.reviewer))
    {
        return Err(format!("forced pair {f:?} not assigned"));
    }
    if let Some(r) =
        (0..p.reviewers).find(|&r| loads[r] < p.min_load[r] || loads[r] > p.max_load[r])
    {
        return Err(format!(
            "reviewer {r} has load {} outside its bounds",
            loads[r]
        ));
    }
    if loads != x.loads || total != x.total_affinity {
        return Err("loads or total affinity misreported".into());
    }
    Ok(())
}
