//! A reviewer declines an application: find the new assignment that changes as few pairs as
//! possible and, among those, has the highest total affinity.
//!
//! Why lexicographic: reviewers already at work should not lose or gain applications because
//! someone else declined, unless the constraints leave no other way (e.g. the decliner falls
//! below its minimum load, or nobody free may review the application).
//!
//! Fast path: when the decliner stays at or above its minimum, changing one pair is possible
//! exactly when some reviewer who may review the application has room; the best such reviewer
//! by (affinity, lower index) is chosen, which is the first alternate with room. Otherwise a
//! flow is solved with a bonus `B` on every pair of the current assignment, where `B` exceeds
//! the largest possible difference of total affinity between two assignments, so that keeping
//! one more pair always outweighs any gain in affinity (in `i128`, where `B × pairs` fits).

use super::alternates::assemble;
use super::instance::{Instance, check_pair};
use super::{AssignError, Assignment, Pair, Problem, model};

/// The outcome of a replacement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// The new assignment; its `total_affinity` is the new objective.
    pub assignment: Assignment,
    /// Pairs that were not assigned before.
    pub added: Vec<Pair>,
    /// Pairs no longer assigned, the declined one included.
    pub removed: Vec<Pair>,
}

/// Replaces `declined.reviewer` on `declined.application` in `current` (an assignment of
/// `problem`) with the least disturbance. The declined pair is treated as forbidden; the caller
/// should add it to the problem's forbidden pairs for later runs.
pub fn replace(
    problem: &Problem,
    current: &Assignment,
    declined: Pair,
) -> Result<Replacement, AssignError> {
    if current.reviewers.len() != problem.applications {
        return Err(AssignError::CurrentMismatch {
            expected: problem.applications,
            got: current.reviewers.len(),
        });
    }
    check_pair(problem, "declined", declined.application, declined.reviewer)?;
    for (a, list) in current.reviewers.iter().enumerate() {
        for &r in list {
            check_pair(problem, "current", a, r)?;
        }
    }
    let (a, r) = (declined.application, declined.reviewer);
    if problem.forced.contains(&declined) {
        return Err(AssignError::DeclinedForced {
            application: a,
            reviewer: r,
        });
    }
    if !current.reviewers[a].contains(&r) {
        return Err(AssignError::NotAssigned {
            application: a,
            reviewer: r,
        });
    }
    let inst = Instance::new(problem, Some(declined))?;
    let chosen = match one_change(&inst, current, declined) {
        Some(chosen) => chosen,
        None => {
            inst.check_counts()?;
            least_disturbance(&inst, current)?
        }
    };
    let assignment = assemble(&inst, &chosen);
    let (mut added, mut removed) = (Vec::new(), Vec::new());
    for (b, (old, new)) in current
        .reviewers
        .iter()
        .zip(&assignment.reviewers)
        .enumerate()
    {
        let pair = |reviewer| Pair {
            application: b,
            reviewer,
        };
        added.extend(new.iter().filter(|x| !old.contains(x)).map(|&x| pair(x)));
        removed.extend(old.iter().filter(|x| !new.contains(x)).map(|&x| pair(x)));
    }
    Ok(Replacement {
        assignment,
        added,
        removed,
    })
}

/// The chosen (non-forced) reviewers per application of `current` and the loads, if `current`
/// is a valid assignment of the original problem (the declined pair then being its only flaw).
fn chosen_of(
    inst: &Instance<'_>,
    current: &Assignment,
    declined: Pair,
) -> Option<(Vec<Vec<u32>>, Vec<u32>)> {
    let p = inst.problem;
    let mut loads = vec![0u32; p.reviewers];
    let mut chosen = Vec::with_capacity(p.applications);
    for (b, list) in current.reviewers.iter().enumerate() {
        let mut sorted: Vec<u32> = list.iter().map(|&r| r as u32).collect();
        sorted.sort_unstable();
        sorted.dedup();
        if sorted.len() != list.len() || list.len() != p.k as usize {
            return None;
        }
        let mut mine = Vec::new();
        for &r in &sorted {
            loads[r as usize] += 1;
            let is_declined = b == declined.application && r as usize == declined.reviewer;
            if inst.forced[b].binary_search(&r).is_ok() {
                continue;
            }
            if !is_declined
                && inst.eligible[b]
                    .binary_search_by_key(&r, |&(x, _)| x)
                    .is_err()
            {
                return None;
            }
            mine.push(r);
        }
        if inst.forced[b]
            .iter()
            .any(|f| sorted.binary_search(f).is_err())
        {
            return None;
        }
        chosen.push(mine);
    }
    let within = |r: usize| (p.min_load[r]..=p.max_load[r]).contains(&loads[r]);
    (0..p.reviewers).all(within).then_some((chosen, loads))
}

/// The best assignment changing one pair only, when there is one (see the module's fast path).
fn one_change(inst: &Instance<'_>, current: &Assignment, declined: Pair) -> Option<Vec<Vec<u32>>> {
    let p = inst.problem;
    let (mut chosen, loads) = chosen_of(inst, current, declined)?;
    let (a, r) = (declined.application, declined.reviewer);
    if loads[r] <= p.min_load[r] {
        return None;
    }
    let best = inst.eligible[a]
        .iter()
        .filter(|&&(x, _)| !chosen[a].contains(&x) && loads[x as usize] < p.max_load[x as usize])
        .min_by_key(|&&(x, s)| (std::cmp::Reverse(s), x))?;
    let slot = chosen[a].iter().position(|&x| x as usize == r)?;
    chosen[a][slot] = best.0;
    Some(chosen)
}

/// The general case: maximise (pairs kept, total affinity) lexicographically by one flow.
fn least_disturbance(
    inst: &Instance<'_>,
    current: &Assignment,
) -> Result<Vec<Vec<u32>>, AssignError> {
    let scores = inst.eligible.iter().flatten().map(|&(_, s)| s);
    let spread =
        i128::from(scores.clone().max().unwrap_or(0)) - i128::from(scores.min().unwrap_or(0));
    let pairs: i128 = (0..inst.problem.applications)
        .map(|a| i128::from(inst.need(a)))
        .sum();
    let bonus = spread * pairs + 1;
    model::optimise::<i128>(inst, |a, r, s| {
        let kept = current.reviewers[a].contains(&(r as usize));
        -(i128::from(s) + if kept { bonus } else { 0 })
    })
}
