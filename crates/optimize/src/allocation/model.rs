//! The validated, normalised problem every allocation routine works on: per project the amounts
//! allowed (`lo..=hi`), the score and the fixed decision; the constraints as rows of one shape
//! ("the sum of a measure over some projects is at most / at least a bound"), the envelope first.
//! Validation keeps every later product inside `i128` and rejects inputs that have no meaning
//! (negative amounts, a minimum above the request, a fixed amount outside what is allowed).

use super::{AllocError, Objective, Project, Quota, Rules};

/// Amounts (requests, envelope, quota amounts) are at most 10^12 minor units (ten billion euros
/// in cents), so that any sum of up to [`MAX_PROJECTS`] amounts fits in an `i64`.
pub(crate) const MAX_AMOUNT: i64 = 1_000_000_000_000;
/// Scores are at most 10^9 in absolute value.
pub(crate) const MAX_SCORE: i64 = 1_000_000_000;
/// At most 10^6 projects: with the bounds above, every objective fits in `i128`.
pub(crate) const MAX_PROJECTS: usize = 1_000_000;

/// What a row sums over its projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// The amounts granted.
    Amount,
    /// The number of funded projects.
    Count,
}

/// One linear constraint: `sum over members of measure` is at most (`ge = false`) or at least
/// (`ge = true`) `bound`.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub measure: Measure,
    pub ge: bool,
    pub bound: i64,
    /// `None` for the envelope, else the quota's index in the rules.
    pub quota: Option<usize>,
}

/// The problem in normal form.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub envelope: i64,
    pub score: Vec<i64>,
    /// Smallest amount when funded (`max(minimum, 1)`).
    pub lo: Vec<i64>,
    /// Largest amount when funded (`min(requested, cap)`); `hi < lo` means never funded.
    pub hi: Vec<i64>,
    pub fixed: Vec<Option<i64>>,
    /// Row 0 is the envelope, then one row per quota in order.
    pub rows: Vec<Row>,
    /// For each project, the rows it belongs to (always including row 0), ascending.
    pub rows_of: Vec<Vec<usize>>,
    /// Objective weight of being funded: 0, or for [`Objective::ProjectsFunded`] more than any
    /// score-weighted value, so that one more project always wins.
    pub bonus: i128,
}

impl Model {
    /// Validates the input and builds the normal form.
    pub fn new(
        projects: &[Project],
        rules: &Rules,
        objective: Objective,
    ) -> Result<Self, AllocError> {
        let invalid = |problem: String| AllocError::InvalidRules { problem };
        if projects.len() > MAX_PROJECTS {
            return Err(invalid(format!("more than {MAX_PROJECTS} projects")));
        }
        if !(0..=MAX_AMOUNT).contains(&rules.envelope) {
            return Err(invalid(format!(
                "the envelope must be between 0 and {MAX_AMOUNT}"
            )));
        }
        if let Some(cap) = rules.cap
            && !(0..=MAX_AMOUNT).contains(&cap)
        {
            return Err(invalid(format!(
                "the cap must be between 0 and {MAX_AMOUNT}"
            )));
        }
        let mut model = Model {
            envelope: rules.envelope,
            score: Vec::with_capacity(projects.len()),
            lo: Vec::with_capacity(projects.len()),
            hi: Vec::with_capacity(projects.len()),
            fixed: Vec::with_capacity(projects.len()),
            rows: vec![Row {
                measure: Measure::Amount,
                ge: false,
                bound: rules.envelope,
                quota: None,
            }],
            rows_of: vec![vec![0]; projects.len()],
            bonus: 0,
        };
        for (i, p) in projects.iter().enumerate() {
            model.push_project(i, p, rules.cap)?;
        }
        for (q, quota) in rules.quotas.iter().enumerate() {
            let (tag, row) = quota_row(q, quota, rules.envelope)?;
            let r = model.rows.len();
            model.rows.push(row);
            for (i, p) in projects.iter().enumerate() {
                if p.tags.iter().any(|t| t == tag) {
                    model.rows_of[i].push(r);
                }
            }
        }
        if objective == Objective::ProjectsFunded {
            let total: i128 = (0..model.n())
                .map(|i| i128::from(model.score[i]).abs() * i128::from(model.hi[i].max(0)))
                .sum();
            model.bonus = total + 1;
        }
        Ok(model)
    }

    fn push_project(&mut self, i: usize, p: &Project, cap: Option<i64>) -> Result<(), AllocError> {
        let bad = |problem: String| AllocError::InvalidProject {
            project: i,
            problem,
        };
        if !(-MAX_SCORE..=MAX_SCORE).contains(&p.score) {
            return Err(bad(format!(
                "the score must be between -{MAX_SCORE} and {MAX_SCORE}"
            )));
        }
        if !(0..=MAX_AMOUNT).contains(&p.requested) {
            return Err(bad(format!(
                "the requested amount must be between 0 and {MAX_AMOUNT}"
            )));
        }
        if !(0..=p.requested).contains(&p.minimum) {
            return Err(bad(format!(
                "the minimum ({}) must be between 0 and the requested amount ({})",
                p.minimum, p.requested
            )));
        }
        let lo = p.minimum.max(1);
        let hi = cap.map_or(p.requested, |c| c.min(p.requested));
        if let Some(f) = p.fixed
            && f != 0
            && !(lo..=hi).contains(&f)
        {
            return Err(bad(format!(
                "the fixed amount ({f}) must be 0 or between the minimum ({lo}) and the ceiling ({hi})"
            )));
        }
        self.score.push(p.score);
        self.lo.push(lo);
        self.hi.push(hi);
        self.fixed.push(p.fixed);
        Ok(())
    }

    /// Number of projects.
    pub fn n(&self) -> usize {
        self.score.len()
    }

    /// Whether project `i` may receive a positive amount at all.
    pub fn fundable(&self, i: usize) -> bool {
        self.lo[i] <= self.hi[i] && self.fixed[i] != Some(0)
    }

    /// The sum of the fixed amounts.
    pub fn fixed_total(&self) -> i64 {
        self.fixed.iter().flatten().sum()
    }

    /// The score-weighted value of an allocation.
    pub fn value(&self, amounts: &[i64]) -> i128 {
        amounts
            .iter()
            .zip(&self.score)
            .map(|(&a, &s)| i128::from(a) * i128::from(s))
            .sum()
    }

    /// The value the search maximises: the bonus per funded project plus the score-weighted value.
    pub fn objective(&self, amounts: &[i64]) -> i128 {
        let funded = amounts.iter().filter(|&&a| a > 0).count() as i128;
        self.bonus * funded + self.value(amounts)
    }

    /// The constraint row `r` in "at most" form: coefficients of project `i`'s funded indicator
    /// and of its amount above the minimum, and the right-hand side. "At least" rows are negated.
    pub fn coefficients(&self, r: usize, i: usize) -> (i64, i64) {
        let row = &self.rows[r];
        let sign = if row.ge { -1 } else { 1 };
        match row.measure {
            Measure::Amount => (sign * self.lo[i], sign),
            Measure::Count => (sign, 0),
        }
    }

    /// The right-hand side of row `r` in "at most" form.
    pub fn rhs(&self, r: usize) -> i64 {
        let row = &self.rows[r];
        if row.ge { -row.bound } else { row.bound }
    }
}

/// The quota's tag and row; shares of the envelope are rounded so that the integer constraint is
/// equivalent to the exact fraction (up for "at least", down for "at most").
fn quota_row(q: usize, quota: &Quota, envelope: i64) -> Result<(&str, Row), AllocError> {
    let bad = |problem: &str| AllocError::InvalidQuota {
        quota: q,
        problem: problem.to_owned(),
    };
    let share = |bp: u32, up: bool| -> Result<i64, AllocError> {
        if bp > 10_000 {
            return Err(bad("a share must be between 0 and 10 000 basis points"));
        }
        let num = i128::from(bp) * i128::from(envelope);
        let v = if up {
            (num + 9_999) / 10_000
        } else {
            num / 10_000
        };
        i64::try_from(v).map_err(|_| bad("share out of range"))
    };
    let amount = |a: i64| -> Result<i64, AllocError> {
        if (0..=MAX_AMOUNT).contains(&a) {
            Ok(a)
        } else {
            Err(bad("an amount must be between 0 and 10^12"))
        }
    };
    let (tag, measure, ge, bound) = match quota {
        Quota::MinShare { tag, basis_points } => {
            (tag, Measure::Amount, true, share(*basis_points, true)?)
        }
        Quota::MaxShare { tag, basis_points } => {
            (tag, Measure::Amount, false, share(*basis_points, false)?)
        }
        Quota::MinAmount { tag, amount: a } => (tag, Measure::Amount, true, amount(*a)?),
        Quota::MaxAmount { tag, amount: a } => (tag, Measure::Amount, false, amount(*a)?),
        Quota::MinProjects { tag, n } => (tag, Measure::Count, true, i64::from(*n)),
        Quota::MaxProjects { tag, n } => (tag, Measure::Count, false, i64::from(*n)),
    };
    let row = Row {
        measure,
        ge,
        bound,
        quota: Some(q),
    };
    Ok((tag.as_str(), row))
}

/// A quota in words, for error messages.
pub(crate) fn describe(quota: &Quota) -> String {
    let pct = |bp: u32| format!("{}.{:02} %", bp / 100, bp % 100);
    match quota {
        Quota::MinShare { tag, basis_points } => {
            format!("at least {} of the envelope to {tag:?}", pct(*basis_points))
        }
        Quota::MaxShare { tag, basis_points } => {
            format!("at most {} of the envelope to {tag:?}", pct(*basis_points))
        }
        Quota::MinAmount { tag, amount } => format!("at least {amount} to {tag:?}"),
        Quota::MaxAmount { tag, amount } => format!("at most {amount} to {tag:?}"),
        Quota::MinProjects { tag, n } => format!("at least {n} funded projects with {tag:?}"),
        Quota::MaxProjects { tag, n } => format!("at most {n} funded projects with {tag:?}"),
    }
}
