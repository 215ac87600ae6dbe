//! Polish identifiers: NIP (tax), REGON (GUS statistics) and KRS (court register).

use super::{IdError, digits_only, expect_len, id_newtype, values};
use serde::{Deserialize, Serialize};

const NIP_WEIGHTS: [u32; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON9_WEIGHTS: [u32; 8] = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS: [u32; 13] = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

fn weighted_mod11(digits: &str, weights: &[u32]) -> u32 {
    values(digits).zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11
}

/// REGON rule: weighted sum mod 11, where a remainder of 10 gives check 0.
fn regon_check_ok(digits: &str, weights: &[u32]) -> bool {
    let check = weighted_mod11(digits, weights) % 10;
    values(digits).last() == Some(check)
}

/// Polish tax identification number (NIP): 10 digits, the last one being
/// the weighted sum of the first nine mod 11 (a remainder of 10 is never
/// issued, so such numbers are invalid).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nip(String);
id_newtype!(Nip);

impl Nip {
    /// Parses a NIP, accepting the usual `123-456-32-18` grouping.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let d = digits_only(s)?;
        expect_len(&d, 10)?;
        let check = weighted_mod11(&d, &NIP_WEIGHTS);
        if check == 10 || values(&d).last() != Some(check) {
            return Err(IdError::BadChecksum);
        }
        Ok(Self(d))
    }
}

/// Polish statistical number (REGON): 9 digits for a legal unit, or 14
/// digits for a local unit, whose first 9 digits are the parent's REGON.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Regon(String);
id_newtype!(Regon);

impl Regon {
    /// Parses a 9- or 14-digit REGON and checks every check digit.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let d = digits_only(s)?;
        match d.len() {
            9 => {
                if !regon_check_ok(&d, &REGON9_WEIGHTS) {
                    return Err(IdError::BadChecksum);
                }
            }
            14 => {
                if !regon_check_ok(&d[..9], &REGON9_WEIGHTS)
                    || !regon_check_ok(&d, &REGON14_WEIGHTS)
                {
                    return Err(IdError::BadChecksum);
                }
            }
            found => {
                let expected = if found < 12 { 9 } else { 14 };
                return Err(IdError::BadLength { expected, found });
            }
        }
        Ok(Self(d))
    }

    /// The 9-digit REGON of the legal unit (itself for a 9-digit REGON).
    pub fn base(&self) -> Regon {
        Regon(self.0[..9].to_owned())
    }

    /// Whether this is the 14-digit number of a local unit.
    pub fn is_local_unit(&self) -> bool {
        self.0.len() == 14
    }
}

/// Polish National Court Register number (KRS): 10 digits, usually written
/// with leading zeros (`0000028860`). It has no check digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Krs(String);
id_newtype!(Krs);

impl Krs {
    /// Parses a KRS number; exactly 10 digits are required so that the
    /// stored form is the one printed on KRS extracts.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let d = digits_only(s)?;
        expect_len(&d, 10)?;
        Ok(Self(d))
    }
}
