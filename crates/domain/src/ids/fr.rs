//! French identifiers: SIREN, SIRET (INSEE) and RNA (associations).

use super::{IdError, digits_only, expect_len, id_newtype, values};
use serde::{Deserialize, Serialize};

/// SIREN of La Poste, whose establishments use a different check rule.
const LA_POSTE_SIREN: &str = "356000000";

/// Luhn check as used by INSEE: doubling every second digit from the right.
pub(crate) fn luhn_ok(digits: &str) -> bool {
    let sum: u32 = values(digits)
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let d2 = d * 2;
                if d2 > 9 { d2 - 9 } else { d2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// French legal-unit number (INSEE SIRENE): 9 digits with a Luhn key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Siren(String);
id_newtype!(Siren);

impl Siren {
    /// Parses a SIREN, accepting spaces, dots and dashes between digits.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let d = digits_only(s)?;
        expect_len(&d, 9)?;
        if !luhn_ok(&d) {
            return Err(IdError::BadChecksum);
        }
        Ok(Self(d))
    }
}

/// French establishment number: SIREN followed by a 5-digit NIC, 14 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Siret(String);
id_newtype!(Siret);

impl Siret {
    /// Parses a SIRET. The 14 digits must pass the Luhn check, except that
    /// establishments of La Poste (SIREN 356000000), which INSEE numbered
    /// without a Luhn key, are valid when the sum of their 14 digits is a
    /// multiple of 5 (its head office 35600000000048 does pass Luhn).
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let d = digits_only(s)?;
        expect_len(&d, 14)?;
        let la_poste = d.starts_with(LA_POSTE_SIREN) && values(&d).sum::<u32>().is_multiple_of(5);
        if !(luhn_ok(&d) || la_poste) {
            return Err(IdError::BadChecksum);
        }
        Ok(Self(d))
    }

    /// The SIREN of the legal unit owning this establishment. La Poste's
    /// SIREN is itself Luhn-valid, so this is always a valid [`Siren`].
    pub fn siren(&self) -> Siren {
        Siren(self.0[..9].to_owned())
    }

    /// The 5-digit establishment number (NIC).
    pub fn nic(&self) -> &str {
        &self.0[9..]
    }
}

/// French register of associations number (RNA, formerly "Waldec"): `W`
/// followed by 9 digits, e.g. `W751234567`. The register defines no check
/// digit, so only the shape can be verified.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Rna(String);
id_newtype!(Rna);

impl Rna {
    /// Parses an RNA number; a lowercase `w` is accepted and uppercased, and
    /// separators are accepted between the digits.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let t = s.trim();
        let mut chars = t.chars();
        match chars.next() {
            None => return Err(IdError::Empty),
            Some('W' | 'w') => {}
            Some(_) => return Err(IdError::BadFormat),
        }
        // "W 751 234 567" is written too; a space after the W is harmless.
        let rest = chars.as_str().trim_start();
        if rest.is_empty() {
            return Err(IdError::BadLength {
                expected: 9,
                found: 0,
            });
        }
        let d = digits_only(rest)?;
        expect_len(&d, 9)?;
        Ok(Self(format!("W{d}")))
    }
}
