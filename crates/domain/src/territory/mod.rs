//! Territories: the FR, PL and EU NUTS hierarchies, which form a DAG (a
//! commune lies in a département *and* in an intercommunality, an EPCI can
//! span two départements).

mod data;
mod index;
mod search;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_search;

pub use data::{TerritoryDataError, TerritoryRecord, parse_tsv};
pub use index::TerritoryIndex;

use crate::Country;
use serde::{Deserialize, Serialize};
use thiserror::Error;

str_enum! {
    /// Level of a territory in its national (or EU) hierarchy.
    pub enum TerritoryKind {
        /// French région (INSEE code).
        FrRegion = "fr:region",
        /// French département (INSEE code, 2A/2B for Corsica).
        FrDepartement = "fr:departement",
        /// French intercommunality (EPCI, identified by its SIREN).
        FrEpci = "fr:epci",
        /// French commune (INSEE code, not the postcode).
        FrCommune = "fr:commune",
        /// Polish voivodeship (TERYT, 2 digits).
        PlWojewodztwo = "pl:wojewodztwo",
        /// Polish county (TERYT, 4 digits).
        PlPowiat = "pl:powiat",
        /// Polish municipality (TERYT, 7 digits including the type digit).
        PlGmina = "pl:gmina",
        /// NUTS level 0 (country).
        Nuts0 = "eu:nuts0",
        /// NUTS level 1.
        Nuts1 = "eu:nuts1",
        /// NUTS level 2.
        Nuts2 = "eu:nuts2",
        /// NUTS level 3.
        Nuts3 = "eu:nuts3",
    }
}

impl TerritoryKind {
    /// Country of a national level; `None` for NUTS levels.
    pub const fn country(self) -> Option<Country> {
        match self {
            Self::FrRegion | Self::FrDepartement | Self::FrEpci | Self::FrCommune => {
                Some(Country::Fr)
            }
            Self::PlWojewodztwo | Self::PlPowiat | Self::PlGmina => Some(Country::Pl),
            Self::Nuts0 | Self::Nuts1 | Self::Nuts2 | Self::Nuts3 => None,
        }
    }

    /// Display order, broadest first: regions and voivodeships, then
    /// départements and powiats, EPCIs, communes and gminas, NUTS last.
    pub const fn rank(self) -> u8 {
        match self {
            Self::FrRegion | Self::PlWojewodztwo => 0,
            Self::FrDepartement | Self::PlPowiat => 1,
            Self::FrEpci => 2,
            Self::FrCommune | Self::PlGmina => 3,
            Self::Nuts0 => 4,
            Self::Nuts1 => 5,
            Self::Nuts2 => 6,
            Self::Nuts3 => 7,
        }
    }
}

/// The identifier did not have the form `scheme:kind:code` of a known kind.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid territory id: {0:?}")]
pub struct TerritoryIdError(pub String);

impl TerritoryIdError {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        "territory_id_invalid"
    }
}

/// Identifier of a territory, e.g. `fr:commune:92050`, `pl:gmina:0264011`,
/// `eu:nuts:FR10`. Letters in codes are stored uppercase (`fr:departement:2A`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TerritoryId(String);

fn all_digits(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

/// Corsica's départements are 2A and 2B instead of a number.
fn corsica(s: &str) -> bool {
    s == "2A" || s == "2B"
}

impl TerritoryId {
    /// Parses and normalises an identifier.
    pub fn parse(s: &str) -> Result<Self, TerritoryIdError> {
        let err = || TerritoryIdError(s.to_owned());
        let mut parts = s.trim().splitn(3, ':');
        let (Some(scheme), Some(kind), Some(code)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(err());
        };
        let code = code.to_ascii_uppercase();
        let ok = match (scheme, kind) {
            ("fr", "region") => all_digits(&code, 2) || all_digits(&code, 3),
            ("fr", "departement") => all_digits(&code, 2) || corsica(&code) || all_digits(&code, 3),
            ("fr", "epci") => all_digits(&code, 9),
            ("fr", "commune") => {
                code.len() == 5
                    && code.is_char_boundary(2)
                    && (all_digits(&code[..2], 2) || corsica(&code[..2]))
                    && all_digits(&code[2..], 3)
            }
            ("pl", "wojewodztwo") => all_digits(&code, 2),
            ("pl", "powiat") => all_digits(&code, 4),
            ("pl", "gmina") => all_digits(&code, 7),
            ("eu", "nuts") => {
                (2..=5).contains(&code.len())
                    && code.bytes().take(2).all(|b| b.is_ascii_uppercase())
                    && code.bytes().skip(2).all(|b| b.is_ascii_alphanumeric())
            }
            _ => false,
        };
        if !ok {
            return Err(err());
        }
        Ok(Self(format!("{scheme}:{kind}:{code}")))
    }

    /// The canonical identifier.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The national (or NUTS) code, after the last `:`.
    pub fn code(&self) -> &str {
        self.0.rsplit(':').next().unwrap_or("")
    }

    /// The level this identifier designates.
    pub fn kind(&self) -> TerritoryKind {
        let (prefix, code) = self.0.rsplit_once(':').unwrap_or(("", ""));
        match prefix {
            "fr:region" => TerritoryKind::FrRegion,
            "fr:departement" => TerritoryKind::FrDepartement,
            "fr:epci" => TerritoryKind::FrEpci,
            "fr:commune" => TerritoryKind::FrCommune,
            "pl:wojewodztwo" => TerritoryKind::PlWojewodztwo,
            "pl:powiat" => TerritoryKind::PlPowiat,
            "pl:gmina" => TerritoryKind::PlGmina,
            // Only `eu:nuts` is left: parse() admitted nothing else.
            _ => match code.len() {
                2 => TerritoryKind::Nuts0,
                3 => TerritoryKind::Nuts1,
                4 => TerritoryKind::Nuts2,
                _ => TerritoryKind::Nuts3,
            },
        }
    }
}

impl std::fmt::Display for TerritoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for TerritoryId {
    type Err = TerritoryIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for TerritoryId {
    type Error = TerritoryIdError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<TerritoryId> for String {
    fn from(id: TerritoryId) -> String {
        id.0
    }
}
