//! A validated, indexed view of a [`Problem`]: who may review what, with which score, and what
//! is already decided by forced pairs. Every solver path goes through it, so a malformed input
//! is refused in one place and never reaches the arithmetic.

use super::{AssignError, MAX_PAIRS, MAX_SCORE, MAX_SIDE, MAX_SLOTS, Pair, Problem};

/// The problem, indexed per application.
pub(crate) struct Instance<'p> {
    /// The problem as given.
    pub(crate) problem: &'p Problem,
    /// Per application: its listed scores, sorted by reviewer.
    scores: Vec<Vec<(u32, i64)>>,
    /// Per application: its forbidden reviewers (plus a declined one), sorted.
    forbidden: Vec<Vec<u32>>,
    /// Per application: the reviewers the optimiser may choose, with their scores, sorted by
    /// reviewer: not forbidden, not forced (already placed) and, unless zero scores are
    /// allowed, with a non-zero score.
    pub(crate) eligible: Vec<Vec<(u32, i64)>>,
    /// Per application: its forced reviewers, sorted.
    pub(crate) forced: Vec<Vec<u32>>,
    /// Per reviewer: how many applications are forced on it.
    pub(crate) forced_load: Vec<u32>,
}

impl<'p> Instance<'p> {
    /// Validates and indexes `problem`, with `declined` treated as one more forbidden pair.
    pub(crate) fn new(problem: &'p Problem, declined: Option<Pair>) -> Result<Self, AssignError> {
        let (a_n, r_n) = (problem.applications, problem.reviewers);
        check_sizes(problem)?;
        let mut scores = vec![Vec::new(); a_n];
        for s in &problem.affinity {
            check_pair(problem, "affinity", s.application, s.reviewer)?;
            if s.score.unsigned_abs() > MAX_SCORE.unsigned_abs() {
                return Err(AssignError::ScoreOutOfRange {
                    application: s.application,
                    reviewer: s.reviewer,
                });
            }
            scores[s.application].push((s.reviewer as u32, s.score));
        }
        for (a, list) in scores.iter_mut().enumerate() {
            list.sort_unstable();
            if let Some(w) = list.windows(2).find(|w| w[0].0 == w[1].0) {
                return Err(AssignError::DuplicateScore {
                    application: a,
                    reviewer: w[0].0 as usize,
                });
            }
        }
        let forbidden = per_application(
            problem,
            "forbidden",
            problem.forbidden.iter().chain(&declined),
        )?;
        let forced = per_application(problem, "forced", problem.forced.iter())?;
        let mut forced_load = vec![0u32; r_n];
        for (a, list) in forced.iter().enumerate() {
            if list.len() > problem.k as usize {
                return Err(AssignError::TooManyForced {
                    application: a,
                    forced: list.len() as u32,
                    k: problem.k,
                });
            }
            for &r in list {
                if forbidden[a].binary_search(&r).is_ok() {
                    return Err(AssignError::ForcedAndForbidden {
                        application: a,
                        reviewer: r as usize,
                    });
                }
                forced_load[r as usize] += 1;
            }
        }
        for (r, (&forced, &max)) in forced_load.iter().zip(&problem.max_load).enumerate() {
            if forced > max {
                return Err(AssignError::ForcedOverMax {
                    reviewer: r,
                    forced,
                    max,
                });
            }
        }
        let mut inst = Self {
            problem,
            scores,
            forbidden,
            eligible: Vec::new(),
            forced,
            forced_load,
        };
        inst.eligible = (0..a_n).map(|a| inst.eligible_of(a)).collect();
        Ok(inst)
    }

    fn eligible_of(&self, a: usize) -> Vec<(u32, i64)> {
        let blocked = |r: u32| {
            self.forbidden[a].binary_search(&r).is_ok() || self.forced[a].binary_search(&r).is_ok()
        };
        if self.problem.allow_zero_score {
            (0..self.problem.reviewers as u32)
                .filter(|&r| !blocked(r))
                .map(|r| (r, self.score(a, r)))
                .collect()
        } else {
            self.scores[a]
                .iter()
                .copied()
                .filter(|&(r, s)| s != 0 && !blocked(r))
                .collect()
        }
    }

    /// The affinity of a pair (0 when not listed).
    pub(crate) fn score(&self, a: usize, r: u32) -> i64 {
        match self.scores[a].binary_search_by_key(&r, |&(x, _)| x) {
            Ok(i) => self.scores[a][i].1,
            Err(_) => 0,
        }
    }

    /// Reviews application `a` still needs once its forced reviewers are placed.
    pub(crate) fn need(&self, a: usize) -> u32 {
        self.problem.k - self.forced[a].len() as u32
    }

    /// Reviewer `r`'s minimum load not yet met by forced pairs.
    pub(crate) fn min_left(&self, r: usize) -> u32 {
        self.problem.min_load[r].saturating_sub(self.forced_load[r])
    }

    /// Reviewer `r`'s maximum load left after forced pairs.
    pub(crate) fn max_left(&self, r: usize) -> u32 {
        self.problem.max_load[r] - self.forced_load[r]
    }

    /// The simple necessary conditions, each with an error that names its culprit; the flow's
    /// minimum cut covers whatever these miss.
    pub(crate) fn check_counts(&self) -> Result<(), AssignError> {
        let p = self.problem;
        let mut per_reviewer = self
            .forced_load
            .iter()
            .map(|&f| f as usize)
            .collect::<Vec<_>>();
        for (a, list) in self.eligible.iter().enumerate() {
            let candidates = list.len() + self.forced[a].len();
            if candidates < p.k as usize {
                return Err(AssignError::TooFewCandidates {
                    application: a,
                    candidates,
                    k: p.k,
                });
            }
            for &(r, _) in list {
                per_reviewer[r as usize] += 1;
            }
        }
        let slots: u64 = (0..p.applications).map(|a| u64::from(self.need(a))).sum();
        let capacity: u64 = (0..p.reviewers).map(|r| u64::from(self.max_left(r))).sum();
        if capacity < slots {
            return Err(AssignError::CapacityShort { capacity, slots });
        }
        let needed: u64 = (0..p.reviewers).map(|r| u64::from(self.min_left(r))).sum();
        if needed > slots {
            return Err(AssignError::MinLoadsTooHigh { needed, slots });
        }
        for (r, &candidates) in per_reviewer.iter().enumerate() {
            if candidates < p.min_load[r] as usize {
                return Err(AssignError::MinLoadUnreachable {
                    reviewer: r,
                    candidates,
                    min: p.min_load[r],
                });
            }
        }
        Ok(())
    }
}

fn check_sizes(p: &Problem) -> Result<(), AssignError> {
    for (what, got) in [("applications", p.applications), ("reviewers", p.reviewers)] {
        if got > MAX_SIDE {
            return Err(AssignError::TooLarge {
                what,
                got: got as u64,
                max: MAX_SIDE as u64,
            });
        }
    }
    let slots = p.applications as u64 * u64::from(p.k);
    if slots > MAX_SLOTS {
        return Err(AssignError::TooLarge {
            what: "applications × k",
            got: slots,
            max: MAX_SLOTS,
        });
    }
    let listed = (p.affinity.len() + p.forbidden.len() + p.forced.len()) as u64;
    let dense = p.applications as u64 * p.reviewers as u64;
    for (what, got, applies) in [
        ("listed pairs", listed, true),
        (
            "applications × reviewers (zero scores allowed)",
            dense,
            p.allow_zero_score,
        ),
    ] {
        if applies && got > MAX_PAIRS {
            return Err(AssignError::TooLarge {
                what,
                got,
                max: MAX_PAIRS,
            });
        }
    }
    for (field, list) in [("min_load", &p.min_load), ("max_load", &p.max_load)] {
        if list.len() != p.reviewers {
            return Err(AssignError::BadLength {
                field,
                expected: p.reviewers,
                got: list.len(),
            });
        }
    }
    for (r, (&min, &max)) in p.min_load.iter().zip(&p.max_load).enumerate() {
        if min > max {
            return Err(AssignError::MinAboveMax {
                reviewer: r,
                min,
                max,
            });
        }
    }
    Ok(())
}

/// Checks that a pair names an existing application and reviewer.
pub(crate) fn check_pair(
    p: &Problem,
    field: &'static str,
    a: usize,
    r: usize,
) -> Result<(), AssignError> {
    if a >= p.applications {
        return Err(AssignError::UnknownApplication {
            field,
            application: a,
            applications: p.applications,
        });
    }
    if r >= p.reviewers {
        return Err(AssignError::UnknownReviewer {
            field,
            reviewer: r,
            reviewers: p.reviewers,
        });
    }
    Ok(())
}

/// Pairs grouped per application, sorted and deduplicated (a pair listed twice means the same).
fn per_application<'a>(
    p: &Problem,
    field: &'static str,
    pairs: impl Iterator<Item = &'a Pair>,
) -> Result<Vec<Vec<u32>>, AssignError> {
    let mut out = vec![Vec::new(); p.applications];
    for pair in pairs {
        check_pair(p, field, pair.application, pair.reviewer)?;
        out[pair.application].push(pair.reviewer as u32);
    }
    for list in &mut out {
        list.sort_unstable();
        list.dedup();
    }
    Ok(out)
}
