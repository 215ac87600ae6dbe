//! E-mail addresses as accounts and notifications need them.
//!
//! Validation is deliberately shallow (one `@`, plausible domain): the only
//! real proof of an address is a confirmation mail, and rejecting unusual but
//! valid local parts locks people out.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Longest address SMTP can carry (RFC 5321 path limit minus brackets).
const MAX_LEN: usize = 254;

/// Why an address was rejected; all variants share the translation key
/// `email_invalid`, the variant only helps logs and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum EmailError {
    /// Nothing was given.
    #[error("e-mail address is empty")]
    Empty,
    /// Longer than 254 characters.
    #[error("e-mail address is too long")]
    TooLong,
    /// No `@`, or more than one.
    #[error("e-mail address must contain exactly one @")]
    At,
    /// Nothing before the `@`.
    #[error("e-mail address has an empty local part")]
    EmptyLocal,
    /// The domain is empty, has no dot, or has an empty label.
    #[error("e-mail address has an invalid domain")]
    Domain,
    /// Whitespace or control characters inside the address.
    #[error("e-mail address contains spaces")]
    Whitespace,
}

impl EmailError {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        "email_invalid"
    }
}

/// A trimmed, lowercased e-mail address.
///
/// The local part is lowercased too: providers treat it case-insensitively
/// in practice, and one canonical form prevents duplicate accounts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    /// Parses and normalises an address.
    pub fn parse(s: &str) -> Result<Self, EmailError> {
        let t = s.trim();
        if t.is_empty() {
            return Err(EmailError::Empty);
        }
        if t.chars().count() > MAX_LEN {
            return Err(EmailError::TooLong);
        }
        if t.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EmailError::Whitespace);
        }
        let lower = t.to_lowercase();
        let (local, domain) = lower.split_once('@').ok_or(EmailError::At)?;
        if domain.contains('@') {
            return Err(EmailError::At);
        }
        if local.is_empty() {
            return Err(EmailError::EmptyLocal);
        }
        if !domain.contains('.') || domain.split('.').any(str::is_empty) {
            return Err(EmailError::Domain);
        }
        Ok(Self(lower))
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the `@`, e.g. to forbid it inside a password.
    pub fn local_part(&self) -> &str {
        self.0.split_once('@').map_or("", |(l, _)| l)
    }

    /// The part after the `@`.
    pub fn domain(&self) -> &str {
        self.0.split_once('@').map_or("", |(_, d)| d)
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Email {
    type Err = EmailError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enum_str::test_support::{from_str_value, to_str_value};
    use rstest::rstest;

    #[rstest]
    #[case("contact@example.org", "contact@example.org")]
    #[case("  Marie.Curie@Example.FR ", "marie.curie@example.fr")]
    #[case("jan+granty@poczta.onet.pl", "jan+granty@poczta.onet.pl")]
    #[case("zażółć@przykład.pl", "zażółć@przykład.pl")]
    #[case("o'brien@example.co.uk", "o'brien@example.co.uk")]
    #[case("a@b.co", "a@b.co")]
    fn valid(#[case] input: &str, #[case] canonical: &str) {
        let e = Email::parse(input).unwrap();
        assert_eq!(e.as_str(), canonical);
        assert_eq!(e.to_string(), canonical);
    }

    #[rstest]
    #[case("", EmailError::Empty)]
    #[case("   ", EmailError::Empty)]
    #[case("plainaddress", EmailError::At)]
    #[case("a@b@example.org", EmailError::At)]
    #[case("@example.org", EmailError::EmptyLocal)]
    #[case("jan@", EmailError::Domain)]
    #[case("jan@localhost", EmailError::Domain)]
    #[case("jan@example..org", EmailError::Domain)]
    #[case("jan@.example.org", EmailError::Domain)]
    #[case("jan@example.org.", EmailError::Domain)]
    #[case("jan kowalski@example.org", EmailError::Whitespace)]
    #[case("jan@exa mple.org", EmailError::Whitespace)]
    #[case("jan@example.org\u{0}", EmailError::Whitespace)]
    fn invalid(#[case] input: &str, #[case] err: EmailError) {
        assert_eq!(Email::parse(input), Err(err));
        assert_eq!(err.code(), "email_invalid");
    }

    #[test]
    fn length_limit_counts_characters() {
        let domain = "@example.org";
        let ok = format!("{}{domain}", "a".repeat(MAX_LEN - domain.len()));
        assert!(Email::parse(&ok).is_ok());
        let too_long = format!("{}{domain}", "a".repeat(MAX_LEN - domain.len() + 1));
        assert_eq!(Email::parse(&too_long), Err(EmailError::TooLong));
        let accented = format!("{}{domain}", "é".repeat(MAX_LEN - domain.len()));
        assert!(Email::parse(&accented).is_ok());
    }

    #[test]
    fn parts_and_serde() {
        let e: Email = "Jan.Kowalski@Example.PL".parse().unwrap();
        assert_eq!(e.local_part(), "jan.kowalski");
        assert_eq!(e.domain(), "example.pl");
        assert_eq!(to_str_value(&e), "jan.kowalski@example.pl");
        assert_eq!(
            from_str_value::<Email>(" X@Y.FR ").unwrap().as_str(),
            "x@y.fr"
        );
        assert!(from_str_value::<Email>("nope").is_err());
        assert_eq!(String::from(e), "jan.kowalski@example.pl");
    }
}
