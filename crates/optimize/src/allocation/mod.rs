//! Envelope allocation: which projects to fund and with how much, under the envelope, per-project
//! ceilings and minimum amounts, the committee's quotas and decisions, maximising the committee's
//! objective **exactly**; and beside it the greedy "fund down the ranking" allocation that
//! committees use today, so the difference (money left unspent, projects funded) can be shown.
//!
//! # The model
//! Amounts are integers in minor units. Project `i` is either not funded (amount 0) or funded with
//! an amount in `[lo_i, hi_i]`, where `lo_i = max(minimum_i, 1)` and
//! `hi_i = min(requested_i, cap)`; a project whose minimum exceeds the cap cannot be funded. The
//! amounts sum to at most the envelope; [`Quota`]s are linear constraints on the amounts or the
//! number of funded projects carrying a tag; a [`Project::fixed`] decision pins one amount. The
//! objective ([`Objective`]) is linear in the amounts and the funded indicators: this is a
//! mixed-integer programme with a binary "funded" and an integer amount per project.
//!
//! # Why the answer is exact
//! [`optimal`] is a branch and bound whose every decision is made in exact integer arithmetic
//! (big integers, no floating point, no tolerance):
//! * each node's relaxation (`relax`) is a linear programme containing every integer
//!   allocation of the node, solved by a fraction-free dual simplex (`lp`);
//! * the node's bound is its Lagrangian evaluated with the simplex's exact duals over each
//!   project's *integer* choices (weak duality: an upper bound for any non-negative
//!   multipliers, so it stays valid whatever the simplex did), which also fixes projects that
//!   provably cannot change the optimum (reduced-cost fixing);
//! * a node is discarded only when its relaxation is infeasible or its bound does not exceed the
//!   best allocation found, which is itself checked against every constraint before it is kept;
//! * branching splits a node's integer allocations into disjoint parts (not funded / funded, or
//!   an amount at most `k` / at least `k + 1`), so the search is exhaustive and finite.
//!
//! The tests compare it with two brute-force twins on every generated instance of up to 15
//! projects, and with Google OR-tools CP-SAT on larger ones (`tests/ortools_allocation.rs`).

mod bnb;
#[cfg(test)]
mod brute;
mod check;
mod greedy;
mod lp;
mod model;
mod relax;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_props;

pub use greedy::GreedyRule;

/// One application before the committee, in plain data.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Project {
    /// The committee's score, higher is better, in any fixed unit (Passerelle uses thousandths of
    /// a point). At most 10^9 in absolute value.
    pub score: i64,
    /// The amount asked for, in minor units (cents), between 0 and 10^12.
    pub requested: i64,
    /// The smallest amount that keeps the project viable, in minor units, at most `requested`;
    /// equal to `requested` when the call does not allow partial funding. 0 means any positive
    /// amount.
    pub minimum: i64,
    /// Labels the quotas refer to, e.g. `outside-prefecture` or `theme:culture`.
    pub tags: Vec<String>,
    /// A decision the committee already took: exactly this amount (0 = refused). It must be 0 or
    /// lie between the minimum and the ceiling.
    pub fixed: Option<i64>,
}

/// The call's rules: the money to share and the constraints on sharing it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rules {
    /// The total envelope, in minor units, between 0 and 10^12.
    pub envelope: i64,
    /// The per-project ceiling, in minor units; a project never receives more than
    /// `min(requested, cap)`.
    pub cap: Option<i64>,
    /// Extra constraints, e.g. at least 30 % of the envelope outside the prefecture.
    pub quotas: Vec<Quota>,
}

/// A constraint on the projects carrying a tag. Shares are shares **of the envelope** (not of the
/// money granted): a committee reads "30 % outside the prefecture" as a reserved sum, and a share
/// of the granted money would reward leaving money unspent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quota {
    /// At least `basis_points / 10 000` of the envelope goes to projects with `tag` (rounded up
    /// to the minor unit).
    MinShare {
        /// The tag.
        tag: String,
        /// Hundredths of a percent, 0 to 10 000.
        basis_points: u32,
    },
    /// At most `basis_points / 10 000` of the envelope goes to projects with `tag` (rounded down).
    MaxShare {
        /// The tag.
        tag: String,
        /// Hundredths of a percent, 0 to 10 000.
        basis_points: u32,
    },
    /// At least `amount` minor units go to projects with `tag`.
    MinAmount {
        /// The tag.
        tag: String,
        /// Minor units.
        amount: i64,
    },
    /// At most `amount` minor units go to projects with `tag`.
    MaxAmount {
        /// The tag.
        tag: String,
        /// Minor units.
        amount: i64,
    },
    /// At least `n` projects with `tag` are funded.
    MinProjects {
        /// The tag.
        tag: String,
        /// Number of projects.
        n: u32,
    },
    /// At most `n` projects with `tag` are funded.
    MaxProjects {
        /// The tag.
        tag: String,
        /// Number of projects.
        n: u32,
    },
}

/// What the optimal allocation maximises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Objective {
    /// The sum of score × amount over funded projects (the issue's "score-weighted funded
    /// value"): money goes where the score is highest, and partial funding is used to spend it.
    #[default]
    ScoreWeightedValue,
    /// The number of funded projects first, then the score-weighted value among allocations
    /// funding that many.
    ProjectsFunded,
}

/// An allocation and its summary, in the input order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allocation {
    /// The amount granted to each project, in minor units (0 = not funded).
    pub amounts: Vec<i64>,
    /// The score-weighted funded value: the sum of score × amount.
    pub value: i128,
    /// The sum of the amounts.
    pub spent: i64,
    /// The envelope minus what is spent.
    pub unspent: i64,
    /// The number of projects with a positive amount.
    pub funded: usize,
    /// The indexes of the quotas this allocation does not meet (always empty for [`optimal`];
    /// the greedy rule ignores quotas, as a spreadsheet does).
    pub unmet_quotas: Vec<usize>,
}

/// How the optimal allocation differs from the greedy one (positive = the optimum does better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Difference {
    /// Money the greedy rule leaves unspent that the optimum spends (greedy.unspent - optimal.unspent).
    pub unspent: i64,
    /// Projects the optimum funds beyond the greedy rule (optimal.funded - greedy.funded).
    pub funded: i64,
    /// Score-weighted value gained (optimal.value - greedy.value).
    pub value: i128,
}

/// Limits on the exact search, so that no input can hang a caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The most branch-and-bound nodes explored before giving up with [`AllocError::Limit`].
    pub node_limit: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            node_limit: 1_000_000,
        }
    }
}

/// Why no allocation was returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AllocError {
    /// A project's data is out of range.
    #[error("project #{project}: {problem}")]
    InvalidProject {
        /// Index of the project in the input.
        project: usize,
        /// What is wrong.
        problem: String,
    },
    /// The envelope or the cap is out of range, or there are too many projects.
    #[error("rules: {problem}")]
    InvalidRules {
        /// What is wrong.
        problem: String,
    },
    /// A quota's parameters are out of range.
    #[error("quota #{quota}: {problem}")]
    InvalidQuota {
        /// Index of the quota in the rules.
        quota: usize,
        /// What is wrong.
        problem: String,
    },
    /// The committee's fixed amounts already exceed the envelope.
    #[error("the fixed decisions grant {fixed}, more than the envelope of {envelope}")]
    FixedExceedEnvelope {
        /// The sum of the fixed amounts.
        fixed: i64,
        /// The envelope.
        envelope: i64,
    },
    /// No allocation meets this quota together with the envelope, the ceilings and minimums, the
    /// fixed decisions and the quotas listed before it.
    #[error(
        "quota #{quota} ({description}) cannot be met together with the envelope, the amounts \
         allowed, the fixed decisions and the quotas before it"
    )]
    QuotaInfeasible {
        /// Index of the first quota that cannot be met.
        quota: usize,
        /// The quota in words, e.g. `at least 30.00 % of the envelope to "outside-prefecture"`.
        description: String,
    },
    /// The exact search needed more nodes than [`Options::node_limit`].
    #[error("the exact search stopped after {nodes} nodes without proving the optimum")]
    Limit {
        /// Nodes explored.
        nodes: u64,
    },
}

/// The allocation maximising `objective` exactly, with the default [`Options`].
pub fn optimal(
    projects: &[Project],
    rules: &Rules,
    objective: Objective,
) -> Result<Allocation, AllocError> {
    optimal_with(projects, rules, objective, Options::default())
}

/// The allocation maximising `objective` exactly. Among several optimal allocations the one
/// returned is deterministic for a given input.
pub fn optimal_with(
    projects: &[Project],
    rules: &Rules,
    objective: Objective,
    options: Options,
) -> Result<Allocation, AllocError> {
    let model = model::Model::new(projects, rules, objective)?;
    if model.fixed_total() > model.envelope {
        return Err(AllocError::FixedExceedEnvelope {
            fixed: model.fixed_total(),
            envelope: model.envelope,
        });
    }
    match bnb::solve(&model, options.node_limit, false)? {
        Some(amounts) => Ok(summarise(&model, amounts)),
        None => Err(infeasible_quota(projects, rules, objective, options)),
    }
}

/// The allocation committees make today: [`GreedyRule::StopAtFirstMiss`].
pub fn greedy(projects: &[Project], rules: &Rules) -> Result<Allocation, AllocError> {
    greedy_with(projects, rules, GreedyRule::StopAtFirstMiss)
}

/// A greedy allocation under `rule`: fixed decisions first, then down the ranking (score
/// descending, ties in input order), each project at `min(requested, cap)`. Quotas are not
/// applied, only reported in [`Allocation::unmet_quotas`].
pub fn greedy_with(
    projects: &[Project],
    rules: &Rules,
    rule: GreedyRule,
) -> Result<Allocation, AllocError> {
    let model = model::Model::new(projects, rules, Objective::ScoreWeightedValue)?;
    Ok(summarise(&model, greedy::amounts(&model, rule)))
}

/// What the optimum gains over the greedy allocation.
pub fn compare(optimal: &Allocation, greedy: &Allocation) -> Difference {
    Difference {
        unspent: greedy.unspent - optimal.unspent,
        funded: optimal.funded as i64 - greedy.funded as i64,
        value: optimal.value - greedy.value,
    }
}

fn summarise(model: &model::Model, amounts: Vec<i64>) -> Allocation {
    let spent: i64 = amounts.iter().sum();
    Allocation {
        value: model.value(&amounts),
        spent,
        unspent: model.envelope - spent,
        funded: amounts.iter().filter(|&&a| a > 0).count(),
        unmet_quotas: check::unmet_quotas(model, &amounts),
        amounts,
    }
}

/// Names the first quota that makes the problem infeasible: adding quotas only removes
/// allocations, so feasibility is monotone in the number of quotas kept and a binary search on
/// that number finds the first culprit with a few feasibility searches.
fn infeasible_quota(
    projects: &[Project],
    rules: &Rules,
    objective: Objective,
    options: Options,
) -> AllocError {
    let (mut feasible, mut infeasible) = (0, rules.quotas.len());
    while infeasible - feasible > 1 {
        let mid = feasible + (infeasible - feasible) / 2;
        let prefix = Rules {
            quotas: rules.quotas[..mid].to_vec(),
            ..rules.clone()
        };
        let found = model::Model::new(projects, &prefix, objective)
            .and_then(|m| bnb::solve(&m, options.node_limit, true));
        match found {
            Ok(Some(_)) => feasible = mid,
            Ok(None) => infeasible = mid,
            Err(e) => return e,
        }
    }
    let quota = infeasible.saturating_sub(1);
    AllocError::QuotaInfeasible {
        quota,
        description: rules
            .quotas
            .get(quota)
            .map(model::describe)
            .unwrap_or_default(),
    }
}
