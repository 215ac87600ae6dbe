//! French and Polish organisation identifiers.
//!
//! Each identifier is a newtype that can only hold a valid, canonical value
//! (digits only, no separators), so the rest of the platform never re-checks.

mod fr;
mod pl;
#[cfg(test)]
mod tests;

pub use fr::{Rna, Siren, Siret};
pub use pl::{Krs, Nip, Regon};

use crate::Country;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why an identifier was rejected. [`IdError::code`] is a translation key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum IdError {
    /// Nothing but whitespace was given.
    #[error("identifier is empty")]
    Empty,
    /// Wrong number of digits. For REGON, which has two lengths, `expected`
    /// is the length closest to `found`.
    #[error("expected {expected} digits, found {found}")]
    BadLength {
        /// Number of digits the identifier must have.
        expected: usize,
        /// Number of digits actually given.
        found: usize,
    },
    /// A character other than a digit or an accepted separator appeared.
    #[error("identifier must contain only digits")]
    NotDigits,
    /// The check digit does not match: most likely a typo.
    #[error("identifier check digit does not match")]
    BadChecksum,
    /// Separators in the wrong place, or a malformed prefix (RNA).
    #[error("identifier is malformed")]
    BadFormat,
}

impl IdError {
    /// Stable snake_case code, used by the web layer as a translation key.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "id_empty",
            Self::BadLength { .. } => "id_bad_length",
            Self::NotDigits => "id_not_digits",
            Self::BadChecksum => "id_bad_checksum",
            Self::BadFormat => "id_bad_format",
        }
    }
}

/// Strips the separators people type or paste (spaces including NBSP and
/// U+202F, dots, dashes) and returns the bare digits. Separators are only
/// accepted between digits, so "-123" or "123." are malformed.
pub(crate) fn digits_only(s: &str) -> Result<String, IdError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(IdError::Empty);
    }
    let mut out = String::with_capacity(t.len());
    let mut after_sep = false;
    for c in t.chars() {
        if c.is_ascii_digit() {
            out.push(c);
            after_sep = false;
        } else if c.is_whitespace() || c == '.' || c == '-' {
            if out.is_empty() {
                return Err(IdError::BadFormat);
            }
            after_sep = true;
        } else {
            return Err(IdError::NotDigits);
        }
    }
    if after_sep {
        return Err(IdError::BadFormat);
    }
    Ok(out)
}

/// Checks the digit count of an already normalised identifier.
pub(crate) fn expect_len(digits: &str, expected: usize) -> Result<(), IdError> {
    if digits.len() == expected {
        Ok(())
    } else {
        Err(IdError::BadLength {
            expected,
            found: digits.len(),
        })
    }
}

/// Numeric values of an all-ASCII-digit string.
pub(crate) fn values(digits: &str) -> impl DoubleEndedIterator<Item = u32> + '_ {
    digits.bytes().map(|b| u32::from(b - b'0'))
}

/// Shared boilerplate of the identifier newtypes: accessors, `Display`,
/// `FromStr` and the `String` conversions serde goes through.
macro_rules! id_newtype {
    ($name:ident) => {
        impl $name {
            /// The canonical form (digits only, no separators).
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::ids::IdError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::ids::IdError;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}
pub(crate) use id_newtype;

str_enum! {
    /// Which register an [`OrgIdentifier`] comes from.
    pub enum IdentifierKind {
        /// French legal unit (INSEE SIRENE), 9 digits.
        Siren = "siren",
        /// French establishment (INSEE SIRENE), 14 digits.
        Siret = "siret",
        /// French register of associations.
        Rna = "rna",
        /// Polish tax identification number.
        Nip = "nip",
        /// Polish statistical register (GUS).
        Regon = "regon",
        /// Polish National Court Register.
        Krs = "krs",
    }
}

impl IdentifierKind {
    /// Country whose register issues this kind of identifier.
    pub const fn country(self) -> Country {
        match self {
            Self::Siren | Self::Siret | Self::Rna => Country::Fr,
            Self::Nip | Self::Regon | Self::Krs => Country::Pl,
        }
    }

    /// Parses `s` as an identifier of this kind.
    pub fn parse_value(&self, s: &str) -> Result<OrgIdentifier, IdError> {
        Ok(match self {
            Self::Siren => OrgIdentifier::Siren(Siren::parse(s)?),
            Self::Siret => OrgIdentifier::Siret(Siret::parse(s)?),
            Self::Rna => OrgIdentifier::Rna(Rna::parse(s)?),
            Self::Nip => OrgIdentifier::Nip(Nip::parse(s)?),
            Self::Regon => OrgIdentifier::Regon(Regon::parse(s)?),
            Self::Krs => OrgIdentifier::Krs(Krs::parse(s)?),
        })
    }
}

/// Any official identifier of an organisation. Serialises as
/// `{"kind": "siren", "value": "552100554"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum OrgIdentifier {
    /// French SIREN.
    Siren(Siren),
    /// French SIRET.
    Siret(Siret),
    /// French RNA number.
    Rna(Rna),
    /// Polish NIP.
    Nip(Nip),
    /// Polish REGON (9 or 14 digits).
    Regon(Regon),
    /// Polish KRS number.
    Krs(Krs),
}

impl OrgIdentifier {
    /// Which register the value belongs to.
    pub fn kind(&self) -> IdentifierKind {
        match self {
            Self::Siren(_) => IdentifierKind::Siren,
            Self::Siret(_) => IdentifierKind::Siret,
            Self::Rna(_) => IdentifierKind::Rna,
            Self::Nip(_) => IdentifierKind::Nip,
            Self::Regon(_) => IdentifierKind::Regon,
            Self::Krs(_) => IdentifierKind::Krs,
        }
    }

    /// The canonical value, without the kind.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Siren(v) => v.as_str(),
            Self::Siret(v) => v.as_str(),
            Self::Rna(v) => v.as_str(),
            Self::Nip(v) => v.as_str(),
            Self::Regon(v) => v.as_str(),
            Self::Krs(v) => v.as_str(),
        }
    }
}

impl std::fmt::Display for OrgIdentifier {
    /// `kind:value`, e.g. `siren:552100554`, unambiguous in logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind(), self.as_str())
    }
}
