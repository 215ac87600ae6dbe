//! The budget of an application: expense lines by phase (study, deployment,
//! …), year and category, split into eligible and ineligible, and the
//! co-funding plan. All sums are exact in minor units and checked for
//! overflow; every amount is in the scheme's currency.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::scheme::vocab::CofunderKind;
use crate::{Currency, Money};

/// One expense line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    /// Phase code from the form (`study`, `deployment`).
    pub phase: String,
    /// Calendar year of the expense.
    pub year: i16,
    /// Expense category code from the form (`staff`, `equipment`…).
    pub category: String,
    /// What it is.
    #[serde(default)]
    pub label: String,
    /// Amount in minor units, never negative.
    pub amount_minor: i64,
    /// Whether the scheme may fund it.
    #[serde(default = "yes")]
    pub eligible: bool,
}

fn yes() -> bool {
    true
}

/// Public or private money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PublicPrivate {
    /// EU, state, local authorities and other public bodies.
    Public,
    /// Foundations, companies, own funds.
    Private,
}

/// Whether a co-funding is granted yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundingStatus {
    /// Asked for.
    Requested,
    /// Granted.
    Obtained,
}

/// One line of the co-funding plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CofundingLine {
    /// Funder's name.
    pub funder: String,
    /// Public or private.
    pub kind: PublicPrivate,
    /// Amount in minor units, never negative.
    pub amount_minor: i64,
    /// Requested or obtained.
    pub status: FundingStatus,
    /// Which kind of funder, when said (the eligibility engine reads it: "another public
    /// co-funder than the département").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder_kind: Option<CofunderKind>,
}

/// What is wrong with a budget; `line` is the index of the offending line.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BudgetError {
    /// An amount below zero.
    #[error("line {line}: negative amount")]
    Negative {
        /// Index of the line.
        line: usize,
    },
    /// A phase the form does not list.
    #[error("line {line}: unknown phase")]
    UnknownPhase {
        /// Index of the line.
        line: usize,
    },
    /// A category the form does not list.
    #[error("line {line}: unknown category")]
    UnknownCategory {
        /// Index of the line.
        line: usize,
    },
    /// A year outside the programme's years.
    #[error("line {line}: year outside {first}–{last}")]
    YearOutside {
        /// Index of the line.
        line: usize,
        /// First year allowed.
        first: i16,
        /// Last year allowed.
        last: i16,
    },
    /// The sum does not fit in 64 bits.
    #[error("total too large")]
    Overflow,
    /// A co-funder said to be public (or private) whose kind says otherwise.
    #[error("line {line}: public/private does not match the funder's kind")]
    KindMismatch {
        /// Index of the line.
        line: usize,
    },
}

impl BudgetError {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Negative { .. } => "budget_negative",
            Self::UnknownPhase { .. } => "budget_phase_unknown",
            Self::UnknownCategory { .. } => "budget_category_unknown",
            Self::YearOutside { .. } => "budget_year_outside",
            Self::Overflow => "budget_overflow",
            Self::KindMismatch { .. } => "cofunding_kind_mismatch",
        }
    }
}

/// Eligible and ineligible parts of a sum, in minor units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Split {
    /// Expenses the scheme may fund.
    pub eligible: i64,
    /// The others.
    pub ineligible: i64,
}

impl Split {
    /// Eligible plus ineligible.
    pub fn total(&self) -> i64 {
        self.eligible + self.ineligible
    }

    fn add(&mut self, line: &BudgetLine) -> Result<(), BudgetError> {
        let part = if line.eligible {
            &mut self.eligible
        } else {
            &mut self.ineligible
        };
        *part = part
            .checked_add(line.amount_minor)
            .ok_or(BudgetError::Overflow)?;
        // The total must fit too, so `total()` never overflows.
        self.eligible
            .checked_add(self.ineligible)
            .ok_or(BudgetError::Overflow)?;
        Ok(())
    }
}

/// The sums of a budget.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BudgetTotals {
    /// The whole budget.
    pub all: Split,
    /// By phase code.
    pub by_phase: BTreeMap<String, Split>,
    /// By year.
    pub by_year: BTreeMap<i16, Split>,
    /// By category code.
    pub by_category: BTreeMap<String, Split>,
    /// By phase and year.
    pub by_phase_year: BTreeMap<(String, i16), Split>,
}

/// What a form allows in a budget table.
#[derive(Debug, Clone, Copy)]
pub struct BudgetRules<'a> {
    /// Phase codes.
    pub phases: &'a [String],
    /// Category codes.
    pub categories: &'a [String],
    /// First and last year, inclusive, when the form bounds them.
    pub years: Option<(i16, i16)>,
}

impl BudgetTotals {
    /// Checks every line against the form and sums them. All problems are
    /// reported, one per offending line and kind.
    pub fn compute(lines: &[BudgetLine], rules: BudgetRules<'_>) -> Result<Self, Vec<BudgetError>> {
        let mut errs = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            if l.amount_minor < 0 {
                errs.push(BudgetError::Negative { line: i });
            }
            if !rules.phases.is_empty() && !rules.phases.contains(&l.phase) {
                errs.push(BudgetError::UnknownPhase { line: i });
            }
            if !rules.categories.is_empty() && !rules.categories.contains(&l.category) {
                errs.push(BudgetError::UnknownCategory { line: i });
            }
            if let Some((first, last)) = rules.years
                && !(first..=last).contains(&l.year)
            {
                errs.push(BudgetError::YearOutside {
                    line: i,
                    first,
                    last,
                });
            }
        }
        if !errs.is_empty() {
            return Err(errs);
        }
        let mut t = Self::default();
        let sum = |t: &mut Self, l: &BudgetLine| -> Result<(), BudgetError> {
            t.all.add(l)?;
            t.by_phase.entry(l.phase.clone()).or_default().add(l)?;
            t.by_year.entry(l.year).or_default().add(l)?;
            t.by_category
                .entry(l.category.clone())
                .or_default()
                .add(l)?;
            t.by_phase_year
                .entry((l.phase.clone(), l.year))
                .or_default()
                .add(l)
        };
        for l in lines {
            sum(&mut t, l).map_err(|e| vec![e])?;
        }
        Ok(t)
    }

    /// The eligible expenses as money of `currency`.
    pub fn eligible(&self, currency: Currency) -> Money {
        Money::new(self.all.eligible, currency)
    }
}

/// Sums of a co-funding plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CofundingTotals {
    /// Public money.
    pub public: i64,
    /// Private money.
    pub private: i64,
    /// Already granted.
    pub obtained: i64,
}

impl CofundingTotals {
    /// Everything.
    pub fn total(&self) -> i64 {
        self.public + self.private
    }

    /// Sums the plan; negative amounts and overflow are refused.
    pub fn compute(lines: &[CofundingLine]) -> Result<Self, BudgetError> {
        let mut t = Self::default();
        for (i, l) in lines.iter().enumerate() {
            if l.amount_minor < 0 {
                return Err(BudgetError::Negative { line: i });
            }
            if l.funder_kind
                .is_some_and(|k| k.is_public() != (l.kind == PublicPrivate::Public))
            {
                return Err(BudgetError::KindMismatch { line: i });
            }
            let part = match l.kind {
                PublicPrivate::Public => &mut t.public,
                PublicPrivate::Private => &mut t.private,
            };
            *part = part
                .checked_add(l.amount_minor)
                .ok_or(BudgetError::Overflow)?;
            t.public
                .checked_add(t.private)
                .ok_or(BudgetError::Overflow)?;
            if l.status == FundingStatus::Obtained {
                t.obtained = t
                    .obtained
                    .checked_add(l.amount_minor)
                    .ok_or(BudgetError::Overflow)?;
            }
        }
        Ok(t)
    }
}

/// Whether the resources (the amount requested plus the co-funding) cover
/// the whole budget exactly, as a balanced budget must; the difference
/// (resources minus expenses) otherwise.
pub fn balance(budget_total: i64, requested: i64, cofunding_total: i64) -> Result<(), i64> {
    let resources = i128::from(requested) + i128::from(cofunding_total);
    let diff = resources - i128::from(budget_total);
    if diff == 0 {
        Ok(())
    } else {
        Err(i64::try_from(diff).unwrap_or(if diff > 0 { i64::MAX } else { i64::MIN }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(phase: &str, year: i16, category: &str, amount: i64, eligible: bool) -> BudgetLine {
        BudgetLine {
            phase: phase.into(),
            year,
            category: category.into(),
            label: String::new(),
            amount_minor: amount,
            eligible,
        }
    }

    fn codes(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    /// The Normandy form: a study phase and a deployment phase over 2020–2022.
    #[test]
    fn totals_by_phase_year_and_category_with_the_eligible_split() {
        let phases = codes(&["study", "deployment"]);
        let cats = codes(&["engineering", "works", "staff"]);
        let rules = BudgetRules {
            phases: &phases,
            categories: &cats,
            years: Some((2020, 2022)),
        };
        let lines = vec![
            line("study", 2020, "engineering", 1_200_000, true),
            line("study", 2020, "staff", 300_000, false),
            line("deployment", 2021, "works", 4_500_000, true),
            line("deployment", 2022, "staff", 1_000_050, true),
        ];
        let t = BudgetTotals::compute(&lines, rules).unwrap();
        assert_eq!(
            t.all,
            Split {
                eligible: 6_700_050,
                ineligible: 300_000
            }
        );
        assert_eq!(t.all.total(), 7_000_050);
        assert_eq!(
            t.by_phase["study"],
            Split {
                eligible: 1_200_000,
                ineligible: 300_000
            }
        );
        assert_eq!(t.by_phase["deployment"].total(), 5_500_050);
        assert_eq!(t.by_year[&2020].total(), 1_500_000);
        assert_eq!(t.by_year.len(), 3);
        assert_eq!(
            t.by_category["staff"],
            Split {
                eligible: 1_000_050,
                ineligible: 300_000
            }
        );
        assert_eq!(
            t.by_phase_year[&("deployment".to_owned(), 2021)].eligible,
            4_500_000
        );
        // The parts add up to the whole, whichever way it is cut.
        let sum = |m: &BTreeMap<_, Split>| m.values().map(Split::total).sum::<i64>();
        assert_eq!(sum(&t.by_phase), t.all.total());
        assert_eq!(sum(&t.by_category), t.all.total());
        assert_eq!(
            t.eligible(Currency::Eur),
            Money::new(6_700_050, Currency::Eur)
        );
    }

    #[test]
    fn every_bad_line_is_reported() {
        let phases = codes(&["study"]);
        let rules = BudgetRules {
            phases: &phases,
            categories: &[],
            years: Some((2020, 2021)),
        };
        let lines = vec![
            line("study", 2020, "any", -1, true),
            line("build", 2019, "any", 5, true),
        ];
        let errs = BudgetTotals::compute(&lines, rules).unwrap_err();
        assert_eq!(
            errs,
            vec![
                BudgetError::Negative { line: 0 },
                BudgetError::UnknownPhase { line: 1 },
                BudgetError::YearOutside {
                    line: 1,
                    first: 2020,
                    last: 2021
                },
            ]
        );
        assert_eq!(errs[2].code(), "budget_year_outside");
    }

    #[test]
    fn an_empty_budget_is_zero_and_overflow_is_refused() {
        let rules = BudgetRules {
            phases: &[],
            categories: &[],
            years: None,
        };
        let t = BudgetTotals::compute(&[], rules).unwrap();
        assert_eq!(t.all.total(), 0);
        let big = vec![
            line("a", 2020, "b", i64::MAX, true),
            line("a", 2020, "b", 1, false),
        ];
        assert_eq!(
            BudgetTotals::compute(&big, rules),
            Err(vec![BudgetError::Overflow])
        );
    }

    #[test]
    fn cofunding_public_private_obtained_and_balance() {
        let plan = vec![
            CofundingLine {
                funder: "Région Normandie".into(),
                kind: PublicPrivate::Public,
                amount_minor: 2_000_000,
                status: FundingStatus::Obtained,
                funder_kind: Some(CofunderKind::Region),
            },
            CofundingLine {
                funder: "Fondation".into(),
                kind: PublicPrivate::Private,
                amount_minor: 500_000,
                status: FundingStatus::Requested,
                funder_kind: None,
            },
        ];
        let t = CofundingTotals::compute(&plan).unwrap();
        assert_eq!(
            (t.public, t.private, t.obtained, t.total()),
            (2_000_000, 500_000, 2_000_000, 2_500_000)
        );
        assert_eq!(balance(4_000_000, 1_500_000, t.total()), Ok(()));
        assert_eq!(balance(4_000_000, 1_000_000, t.total()), Err(-500_000));
        assert_eq!(balance(0, i64::MAX, i64::MAX), Err(i64::MAX));
        let mut neg = plan.clone();
        neg[1].amount_minor = -1;
        assert_eq!(
            CofundingTotals::compute(&neg),
            Err(BudgetError::Negative { line: 1 })
        );
        // A region is public money: calling it private is refused.
        let mut odd = plan.clone();
        odd[0].kind = PublicPrivate::Private;
        assert_eq!(
            CofundingTotals::compute(&odd),
            Err(BudgetError::KindMismatch { line: 0 })
        );
        odd[0].funder_kind = Some(CofunderKind::Private);
        assert!(CofundingTotals::compute(&odd).is_ok());
    }
}
