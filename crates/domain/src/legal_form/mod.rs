//! Country-specific legal forms mapped onto shared categories that
//! eligibility criteria can name ("associations and cooperatives", "public
//! authorities"…).
//!
//! The tables hold the official national codes and labels:
//! - France: INSEE *catégories juridiques*, level III (4 digits), labels as in
//!   the current nomenclature. See [`fr`] for what is included.
//! - Poland: GUS REGON *szczególna forma prawna* (3 digits). See [`pl`].

pub mod fr;
pub mod pl;
#[cfg(test)]
mod tests;

use crate::Country;
use serde::{Deserialize, Serialize};

str_enum! {
    /// Family of legal forms shared across countries.
    pub enum LegalCategory {
        /// Associations (FR loi 1901 / droit local, PL stowarzyszenia).
        Association = "association",
        /// Foundations (FR fondations, PL fundacje).
        Foundation = "foundation",
        /// Cooperatives, including cooperative banks (SCOP, CUMA, spółdzielnie).
        Cooperative = "cooperative",
        /// Mutual societies and mutual insurers.
        Mutual = "mutual",
        /// Commercial companies and partnerships (SARL, SAS, sp. z o.o.).
        CommercialCompany = "commercial_company",
        /// Individual entrepreneurs.
        SoleTrader = "sole_trader",
        /// Public authorities and their public establishments (collectivités,
        /// State services, JST).
        PublicAuthority = "public_authority",
        /// Groupings of public bodies (EPCI, syndicats mixtes, GIP, EGTC).
        PublicLawGroup = "public_law_group",
        /// Anything else (GIE, civil companies, churches, trade unions…).
        Other = "other",
    }
}

/// One official legal form of a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LegalFormInfo {
    /// Official national code (INSEE 4 digits, GUS 3 digits).
    pub code: &'static str,
    /// Country whose nomenclature defines the code.
    pub country: Country,
    /// Official label in the national language.
    pub label: &'static str,
    /// Shared category used by eligibility criteria.
    pub category: LegalCategory,
    /// Whether the form alone makes the organisation part of the social and
    /// solidarity economy (see [`crate::sse`]).
    pub sse_by_status: bool,
}

/// A legal form as stored on an organisation: country plus national code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LegalForm {
    /// Country of the nomenclature.
    pub country: Country,
    /// National code, e.g. `9220` or `155`.
    pub code: String,
}

impl LegalForm {
    /// The reference entry for this form, if the code is known.
    pub fn info(&self) -> Option<&'static LegalFormInfo> {
        lookup(self.country, &self.code)
    }
}

/// Finds a legal form by country and code. Surrounding whitespace is
/// ignored, and Polish codes written without their leading zeros ("55") are
/// padded to the three digits GUS uses ("055").
pub fn lookup(country: Country, code: &str) -> Option<&'static LegalFormInfo> {
    let code = code.trim();
    let padded;
    let code = match country {
        Country::Pl
            if !code.is_empty() && code.len() < 3 && code.bytes().all(|b| b.is_ascii_digit()) =>
        {
            padded = format!("{code:0>3}");
            padded.as_str()
        }
        _ => code,
    };
    // Tables are sorted by code (checked by a test), so binary search works.
    let table = all_for(country);
    table
        .binary_search_by(|f| f.code.cmp(code))
        .ok()
        .map(|i| &table[i])
}

/// Every known legal form of `country`, sorted by code.
pub fn all_for(country: Country) -> &'static [LegalFormInfo] {
    match country {
        Country::Fr => fr::FORMS,
        Country::Pl => pl::FORMS,
    }
}
