//! Support schemes: what they give, to whom, where and when, and the
//! eligibility criteria that decide who may apply.
//!
//! The criteria tree ([`criteria::Node`]) is the single source of truth for
//! eligibility. Headline figures shown in the catalogue (maximum grant,
//! funding-rate cap, minimum expenses, "SSE only") are read from the tree's
//! top-level conditions rather than stored twice, so the page can never say
//! something the engine does not check.

pub mod audience;
pub mod catalogue;
pub mod criteria;
#[cfg(test)]
mod tests;
pub mod vocab;
pub mod window;

use crate::{Currency, Locale, Money, TerritoryId};
use criteria::{Node, Rule};
use serde::{Deserialize, Serialize};
use vocab::{CofunderKind, SchemeKind, Theme, Vat};
use window::Window;

/// A text in the three interface languages. Empty means "not translated".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalText {
    /// French.
    #[serde(default)]
    pub fr: String,
    /// Polish.
    #[serde(default)]
    pub pl: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

impl LocalText {
    /// The same text in every language.
    pub fn all(s: &str) -> Self {
        Self {
            fr: s.to_owned(),
            pl: s.to_owned(),
            en: s.to_owned(),
        }
    }

    /// The text in `locale`, else in the first language that has one
    /// (French, English, Polish).
    pub fn get(&self, locale: Locale) -> &str {
        let own = match locale {
            Locale::Fr => &self.fr,
            Locale::Pl => &self.pl,
            Locale::En => &self.en,
        };
        [own, &self.fr, &self.en, &self.pl]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .map_or("", String::as_str)
    }

    /// Whether no language has text.
    pub fn is_empty(&self) -> bool {
        self.fr.trim().is_empty() && self.pl.trim().is_empty() && self.en.trim().is_empty()
    }

    /// The languages that have text.
    pub fn languages(&self) -> Vec<Locale> {
        Locale::all()
            .iter()
            .copied()
            .filter(|l| match l {
                Locale::Fr => !self.fr.trim().is_empty(),
                Locale::Pl => !self.pl.trim().is_empty(),
                Locale::En => !self.en.trim().is_empty(),
            })
            .collect()
    }
}

/// A funder of a scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funder {
    /// Name as published.
    pub name: String,
    /// Kind of body.
    pub kind: CofunderKind,
    /// Whether it leads the scheme (others are co-funders).
    #[serde(default)]
    pub lead: bool,
}

/// A support scheme as written by its officers: the unit of the catalogue,
/// of versioning, and of JSON import and export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scheme {
    /// URL name, unique on the platform (`progress-2024`).
    pub slug: String,
    /// What it gives.
    pub kind: SchemeKind,
    /// Edition number, 1 for the first.
    #[serde(default = "one")]
    pub edition: u32,
    /// Slug of the edition this one was copied from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_edition: Option<String>,
    /// Programme it belongs to (slug within the tenant).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<String>,
    /// Name.
    pub title: LocalText,
    /// One or two sentences for result lists.
    #[serde(default)]
    pub summary: LocalText,
    /// Full description (plain text, paragraphs separated by blank lines).
    #[serde(default)]
    pub description: LocalText,
    /// Funders and co-funders.
    #[serde(default)]
    pub funders: Vec<Funder>,
    /// Territories covered; a place is covered when it or an ancestor is
    /// listed. Empty means everywhere.
    #[serde(default)]
    pub perimeter: Vec<TerritoryId>,
    /// Themes, for search and facets.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// When applications are taken.
    pub window: Window,
    /// Currency of every amount of the scheme.
    pub currency: Currency,
    /// Total budget, if published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<Money>,
    /// Eligibility criteria.
    pub criteria: Node,
    /// Conditions judged by reviewers rather than by the engine ("the
    /// project is innovative"): shown on the page, scored in review.
    #[serde(default)]
    pub assessed_in_review: Vec<LocalText>,
    /// Documents to provide.
    #[serde(default)]
    pub documents: Vec<LocalText>,
    /// Languages applications may be written in.
    #[serde(default)]
    pub languages: Vec<Locale>,
    /// Contact (e-mail address, phone, office).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// External page of the scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

fn one() -> u32 {
    1
}

/// A problem with a scheme, with the field it concerns and a translation key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeProblem {
    /// Field path (`title`, `window.closes`, `criteria.themes`).
    pub field: String,
    /// Translation key (`required`, `window_closes_before_opening`…).
    pub code: &'static str,
}

impl Scheme {
    /// The rules the engine evaluates.
    pub fn rules(&self) -> criteria::Rules<'_> {
        criteria::Rules {
            window: &self.window,
            perimeter: &self.perimeter,
            criteria: &self.criteria,
        }
    }

    /// Maximum grant, when a top-level condition caps the amount requested.
    pub fn max_grant(&self) -> Option<Money> {
        self.criteria
            .required()
            .into_iter()
            .find_map(|n| match n.rule {
                Rule::RequestedMax { max } => Some(max),
                _ => None,
            })
    }

    /// Minimum grant, when a top-level condition sets a floor.
    pub fn min_grant(&self) -> Option<Money> {
        self.criteria
            .required()
            .into_iter()
            .find_map(|n| match n.rule {
                Rule::RequestedMin { min } => Some(min),
                _ => None,
            })
    }

    /// Funding-rate cap in basis points.
    pub fn rate_cap(&self) -> Option<u32> {
        self.criteria
            .required()
            .into_iter()
            .find_map(|n| match n.rule {
                Rule::RateMax { basis_points } => Some(basis_points),
                _ => None,
            })
    }

    /// Minimum eligible expenses.
    pub fn min_expenses(&self) -> Option<(Money, Vat)> {
        self.criteria
            .required()
            .into_iter()
            .find_map(|n| match n.rule {
                Rule::ExpensesMin { min, vat } => Some((min, vat)),
                _ => None,
            })
    }

    /// Whether every applicant must belong to the SSE.
    pub fn sse_required(&self) -> bool {
        self.criteria
            .required()
            .into_iter()
            .any(|n| matches!(n.rule, Rule::Sse))
    }

    /// Every problem that prevents saving the scheme.
    pub fn problems(&self) -> Vec<SchemeProblem> {
        let mut out = vec![];
        let mut p = |field: &str, code: &'static str| {
            out.push(SchemeProblem {
                field: field.to_owned(),
                code,
            });
        };
        if !valid_slug(&self.slug) {
            p("slug", "slug_invalid");
        }
        if self.title.is_empty() {
            p("title", "required");
        }
        if self.edition == 0 {
            p("edition", "number_invalid");
        }
        if let Err(e) = self.window.validate() {
            p("window", e.code());
        }
        if let Some(e) = self.envelope
            && (e.minor < 0 || e.currency != self.currency)
        {
            p("envelope", "amount_invalid");
        }
        if let Err(e) = self.criteria.validate() {
            let (field, code) = match &e {
                criteria::CriteriaError::BadId(id) => (id.clone(), "criterion_id_invalid"),
                criteria::CriteriaError::DuplicateId(id) => (id.clone(), "criterion_id_duplicate"),
                criteria::CriteriaError::Invalid(id, why) => (id.clone(), *why),
            };
            p(&format!("criteria.{field}"), code);
        }
        for n in self.criteria.walk() {
            let money = match &n.rule {
                Rule::RequestedMax { max: m } | Rule::RequestedMin { min: m } => Some(m),
                Rule::ExpensesMin { min, .. } => Some(min),
                _ => None,
            };
            if money.is_some_and(|m| m.currency != self.currency) {
                p(&format!("criteria.{}", n.id), "currency_mismatch");
            }
            if matches!(n.id.as_str(), "open" | "perimeter") {
                p(&format!("criteria.{}", n.id), "criterion_id_reserved");
            }
        }
        if let (Some(min), Some(max)) = (self.min_grant(), self.max_grant())
            && min.minor > max.minor
        {
            p("criteria", "min_above_max");
        }
        out
    }

    /// The next edition: same scheme, edition number plus one, back to
    /// draft, dates moved one year later (officers adjust them).
    pub fn next_edition(&self, slug: &str) -> Scheme {
        let mut next = self.clone();
        next.slug = slug.to_owned();
        next.edition = self.edition.saturating_add(1);
        next.previous_edition = Some(self.slug.clone());
        let shift = |d: Option<jiff::civil::DateTime>| {
            d.and_then(|d| d.checked_add(jiff::Span::new().years(1)).ok())
        };
        if self.window.recurrence == vocab::Recurrence::OneOff {
            next.window.opens = shift(self.window.opens);
            next.window.closes = shift(self.window.closes);
        }
        next
    }
}

/// A slug is 3 to 80 lowercase ASCII letters, digits and inner hyphens.
pub fn valid_slug(s: &str) -> bool {
    (3..=80).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

pub use criteria::{SchemeVerdict, Verdict};
pub use vocab::Recurrence;
