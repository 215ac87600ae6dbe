//! From the chosen pairs to an [`Assignment`]: reviewers in order of affinity, loads, the
//! objective, and the alternates.
//!
//! Alternates rule (as openreview-matcher's `decode_alternates`): for each application, the
//! reviewers who may review it (not forbidden, and with a non-zero score unless zero scores are
//! allowed) and are not assigned to it, by decreasing affinity, ties by lower index, at most
//! `alternates` of them. Loads are ignored on purpose: an alternate asked to step in may free
//! room elsewhere, and [`replace`](super::replace()) checks the loads when it happens.

use super::Assignment;
use super::instance::Instance;

/// Orders reviewers by decreasing score, then increasing index.
fn rank(list: &mut [(u32, i64)]) {
    list.sort_unstable_by_key(|&(r, s)| (std::cmp::Reverse(s), r));
}

/// The assignment made of the forced pairs plus `chosen` (per application, sorted or not).
pub(crate) fn assemble(inst: &Instance<'_>, chosen: &[Vec<u32>]) -> Assignment {
    let p = inst.problem;
    let mut loads = vec![0u32; p.reviewers];
    let mut total = 0i64;
    let mut reviewers = Vec::with_capacity(p.applications);
    let mut alternates = Vec::with_capacity(p.applications);
    for (a, picked) in chosen.iter().enumerate() {
        let mut mine: Vec<(u32, i64)> = inst.forced[a]
            .iter()
            .chain(picked)
            .map(|&r| (r, inst.score(a, r)))
            .collect();
        rank(&mut mine);
        for &(r, s) in &mine {
            loads[r as usize] += 1;
            total += s;
        }
        reviewers.push(mine.iter().map(|&(r, _)| r as usize).collect());
        let mut others: Vec<(u32, i64)> = inst.eligible[a]
            .iter()
            .copied()
            .filter(|(r, _)| !picked.contains(r))
            .collect();
        rank(&mut others);
        others.truncate(p.alternates as usize);
        alternates.push(others.iter().map(|&(r, _)| r as usize).collect());
    }
    Assignment {
        reviewers,
        alternates,
        total_affinity: total,
        loads,
    }
}
