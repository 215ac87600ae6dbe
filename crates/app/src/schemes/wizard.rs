//! The answers of the "Am I eligible?" wizard as a query string carries them
//! (`/eligibility?country=FR&requested=12000&…`). One reader serves the wizard
//! page and the saved eligibility profiles, so an alert asks exactly the
//! question the page asked.

use passerelle_domain::{Currency, Money};

use super::eligibility::{
    AmountInput, ApplicantInput, CofunderInput, ConsortiumInput, EligibilityInput, ExpensesInput,
    ProjectInput,
};
use super::search;
use crate::{AppCtx, FieldError};

/// Query-string pairs in order; repeated keys are kept (choices are multi-valued).
pub fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The first value of `key`, trimmed.
pub fn one(p: &[(String, String)], key: &str) -> Option<String> {
    p.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.trim().to_owned())
}

/// Every non-empty value of `key`, trimmed.
pub fn many(p: &[(String, String)], key: &str) -> Vec<String> {
    p.iter()
        .filter(|(k, v)| k == key && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_owned())
        .collect()
}

/// The wizard's answers as typed: amounts in major units, an empty choice
/// meaning "not answered". Kept as text so a refused form shows back what
/// was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WizardAnswers {
    /// `FR`, `PL` or empty.
    pub country: String,
    /// INSEE or REGON code.
    pub legal_form: String,
    /// Shared category code, used only without a legal form.
    pub category: String,
    /// A territory id, name or code.
    pub location: String,
    /// `yes`, `no` or empty.
    pub ess: String,
    /// `EUR` (default) or `PLN`.
    pub currency: String,
    /// Requested amount in major units.
    pub requested: String,
    /// Eligible expenses in major units.
    pub expenses: String,
    /// `excl` (default) or `incl`.
    pub vat: String,
    /// Theme codes.
    pub themes: Vec<String>,
    /// Service codes.
    pub services: Vec<String>,
    /// Co-funder kinds.
    pub cofunders: Vec<String>,
    /// Commitment codes.
    pub commitments: Vec<String>,
    /// Number of consortium members.
    pub members: String,
    /// Whether the consortium has a lead partner (`lead=on`).
    pub lead: bool,
}

impl WizardAnswers {
    /// Reads the answers from query-string pairs.
    pub fn from_pairs(p: &[(String, String)]) -> Self {
        let get = |k: &str| one(p, k).unwrap_or_default();
        Self {
            country: get("country"),
            legal_form: get("legal_form"),
            category: get("category"),
            location: get("location"),
            ess: get("ess"),
            currency: match get("currency") {
                c if c.is_empty() => "EUR".to_owned(),
                c => c,
            },
            requested: get("requested"),
            expenses: get("expenses"),
            vat: get("vat"),
            themes: many(p, "theme"),
            services: many(p, "service"),
            cofunders: many(p, "cofunder"),
            commitments: many(p, "commitment"),
            members: get("members"),
            lead: get("lead") == "on",
        }
    }

    /// The eligibility question the answers stand for (every scheme, now).
    /// Unreadable values are refused all together, named by their wizard
    /// field.
    pub fn input(&self, ctx: &AppCtx) -> Result<EligibilityInput, Vec<FieldError>> {
        let mut errs = Vec::new();
        let currency = self.currency.parse::<Currency>().unwrap_or_else(|_| {
            errs.push(FieldError::new("currency", "code_unknown"));
            Currency::Eur
        });
        let mut amount = |field: &str, s: &str| -> Option<i64> {
            if s.is_empty() {
                return None;
            }
            Money::parse_major(s, currency)
                .map(|m| m.minor)
                .map_err(|e| errs.push(FieldError::new(field, e.code())))
                .ok()
        };
        let requested = amount("requested", &self.requested);
        let expenses = amount("expenses", &self.expenses);
        let members = match self.members.as_str() {
            "" => None,
            s => s
                .parse::<i64>()
                .map_err(|_| errs.push(FieldError::new("members", "number_invalid")))
                .ok(),
        };
        let location = match self.location.as_str() {
            "" => None,
            l => search::resolve_territory(&ctx.territories, l)
                .map(|id| id.to_string())
                .or_else(|| {
                    errs.push(FieldError::new("location", "territory_unknown"));
                    None
                }),
        };
        if !errs.is_empty() {
            return Err(errs);
        }
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        let list = |v: &[String]| (!v.is_empty()).then(|| v.to_vec());
        Ok(EligibilityInput {
            at: None,
            schemes: None,
            applicant: ApplicantInput {
                country: some(&self.country),
                category: some(&self.category).filter(|_| self.legal_form.is_empty()),
                legal_form: some(&self.legal_form),
                location,
                ess: match self.ess.as_str() {
                    "yes" => Some(true),
                    "no" => Some(false),
                    _ => None,
                },
                labels: None,
            },
            project: ProjectInput {
                themes: list(&self.themes),
                requested: requested.map(|m| AmountInput {
                    amount_minor: m,
                    currency: currency.to_string(),
                }),
                eligible_expenses: expenses.map(|m| ExpensesInput {
                    amount_minor: m,
                    currency: currency.to_string(),
                    vat: some(&self.vat).unwrap_or_else(|| "excl".to_owned()),
                }),
                services: list(&self.services),
                cofunders: list(&self.cofunders)
                    .map(|v| v.into_iter().map(|kind| CofunderInput { kind }).collect()),
                commitments: list(&self.commitments),
                consortium: members.map(|n| ConsortiumInput {
                    members: n,
                    lead_partner: self.lead,
                }),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_trimmed_and_empty_choices_dropped() {
        let a = WizardAnswers::from_pairs(&pairs(
            "country=FR&legal_form=+9220+&theme=&theme=coworking&service=fab-lab&lead=on&members=3",
        ));
        assert_eq!(a.country, "FR");
        assert_eq!(a.legal_form, "9220");
        assert_eq!(a.themes, vec!["coworking"]);
        assert_eq!(a.services, vec!["fab-lab"]);
        assert_eq!(a.currency, "EUR", "EUR when not said");
        assert!(a.lead);
        assert_eq!(a.members, "3");
        let none = WizardAnswers::from_pairs(&pairs(""));
        assert_eq!(none.currency, "EUR");
        assert!(!none.lead && none.themes.is_empty());
    }
}
