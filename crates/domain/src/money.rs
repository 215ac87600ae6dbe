//! Money as an integer number of minor units: never a float, so sums of
//! grants and envelopes are exact.

use serde::{Deserialize, Serialize};
use thiserror::Error;

str_enum! {
    /// Currencies programmes are run in.
    pub enum Currency {
        /// Euro.
        Eur = "EUR",
        /// Polish złoty.
        Pln = "PLN",
    }
}

impl Currency {
    /// ISO 4217 code.
    pub const fn code(self) -> &'static str {
        self.as_str()
    }

    /// Number of decimal digits of the minor unit (cent, grosz).
    pub const fn minor_unit_exponent(self) -> u32 {
        2
    }
}

/// Why an amount could not be read; all variants share the key
/// `money_invalid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum MoneyError {
    /// Nothing was given.
    #[error("amount is empty")]
    Empty,
    /// Not a number in the accepted notation.
    #[error("amount is not a valid number")]
    Invalid,
    /// More decimals than the currency's minor unit.
    #[error("amount has too many decimals")]
    TooPrecise,
    /// Does not fit in 64 bits of minor units.
    #[error("amount is too large")]
    Overflow,
}

impl MoneyError {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        "money_invalid"
    }
}

/// An amount in minor units of a currency (12 000,50 EUR is `1_200_050`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Amount in minor units; negative for debits or corrections.
    pub minor: i64,
    /// Currency of the amount.
    pub currency: Currency,
}

impl Money {
    /// An amount from minor units.
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// Zero in `currency`.
    pub const fn zero(currency: Currency) -> Self {
        Self { minor: 0, currency }
    }

    /// Sum, or `None` on currency mismatch or overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money::new(
            self.minor.checked_add(other.minor)?,
            self.currency,
        ))
    }

    /// Difference, or `None` on currency mismatch or overflow.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money::new(
            self.minor.checked_sub(other.minor)?,
            self.currency,
        ))
    }

    /// Reads an amount in major units as people type it in French or
    /// Polish: `12 000,50`, `12000.5`, `-3,20`. The decimal separator is `,`
    /// or `.`; groups of three digits may be separated by spaces, NBSP or
    /// U+202F. Thousands separators made of dots or commas are refused
    /// rather than guessed ("12.000" is neither 12 nor 12 000 for sure).
    pub fn parse_major(s: &str, currency: Currency) -> Result<Money, MoneyError> {
        let t = s.trim();
        if t.is_empty() {
            return Err(MoneyError::Empty);
        }
        let (negative, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let (int_part, frac_part) = match t.find([',', '.']) {
            Some(i) => (&t[..i], Some(&t[i + 1..])),
            None => (t, None),
        };
        let int_digits = integer_digits(int_part)?;
        let exp = currency.minor_unit_exponent() as usize;
        let frac = match frac_part {
            None => String::new(),
            Some(f) if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(MoneyError::Invalid);
            }
            Some(f) if f.len() > exp => return Err(MoneyError::TooPrecise),
            Some(f) => f.to_owned(),
        };
        let digits = format!("{int_digits}{frac:0<exp$}");
        let magnitude: i64 = digits.parse().map_err(|_| MoneyError::Overflow)?;
        let minor = if negative { -magnitude } else { magnitude };
        Ok(Money::new(minor, currency))
    }
}

/// Digits of the integer part, checking that any group separators split it
/// into a first group of 1–3 digits followed by groups of exactly 3.
fn integer_digits(int_part: &str) -> Result<String, MoneyError> {
    let groups: Vec<&str> = int_part.split([' ', '\u{a0}', '\u{202f}']).collect();
    let all_digits = |g: &&str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !groups.iter().all(all_digits) {
        return Err(MoneyError::Invalid);
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(MoneyError::Invalid);
    }
    Ok(groups.concat())
}

impl std::fmt::Display for Money {
    /// Plain `12000.50 EUR`, for logs and exports; user-facing formatting
    /// is locale-dependent and belongs to the web layer.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        write!(
            f,
            "{sign}{}.{:02} {}",
            abs / 100,
            abs % 100,
            self.currency.code()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enum_str::test_support::{from_str_value, to_str_value};
    use rstest::rstest;

    #[rstest]
    #[case("12 000,50", 1_200_050)]
    #[case("12\u{a0}000,50", 1_200_050)]
    #[case("12\u{202f}000.50", 1_200_050)]
    #[case("1 234 567,89", 123_456_789)]
    #[case("12000.5", 1_200_050)]
    #[case("12000,5", 1_200_050)]
    #[case("12000", 1_200_000)]
    #[case("0,01", 1)]
    #[case("0", 0)]
    #[case(" 15000 ", 1_500_000)]
    #[case("-3,20", -320)]
    #[case("+7", 700)]
    #[case("100 000", 10_000_000)]
    #[case("007,10", 710)]
    fn parses(#[case] input: &str, #[case] minor: i64) {
        assert_eq!(
            Money::parse_major(input, Currency::Eur),
            Ok(Money::new(minor, Currency::Eur))
        );
    }

    #[rstest]
    #[case("", MoneyError::Empty)]
    #[case("  ", MoneyError::Empty)]
    #[case("12,345", MoneyError::TooPrecise)]
    #[case("12.000", MoneyError::TooPrecise)]
    #[case("1.234,56", MoneyError::Invalid)]
    #[case("1,234.56", MoneyError::Invalid)]
    #[case("12,", MoneyError::Invalid)]
    #[case(",50", MoneyError::Invalid)]
    #[case("12 00", MoneyError::Invalid)]
    #[case("1234 567", MoneyError::Invalid)]
    #[case("12  000", MoneyError::Invalid)]
    #[case("12 000 ,50", MoneyError::Invalid)]
    #[case("12 €", MoneyError::Invalid)]
    #[case("abc", MoneyError::Invalid)]
    #[case("--5", MoneyError::Invalid)]
    #[case("-", MoneyError::Invalid)]
    #[case("1e5", MoneyError::Invalid)]
    #[case("99999999999999999999", MoneyError::Overflow)]
    fn rejects(#[case] input: &str, #[case] err: MoneyError) {
        assert_eq!(Money::parse_major(input, Currency::Pln), Err(err));
        assert_eq!(err.code(), "money_invalid");
    }

    #[test]
    fn largest_amount() {
        let max = Money::parse_major("92233720368547758,07", Currency::Eur).unwrap();
        assert_eq!(max.minor, i64::MAX);
        assert_eq!(
            Money::parse_major("92233720368547758,08", Currency::Eur),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn arithmetic() {
        let a = Money::new(1_500_000, Currency::Eur);
        let b = Money::new(250, Currency::Eur);
        assert_eq!(a.checked_add(b), Some(Money::new(1_500_250, Currency::Eur)));
        assert_eq!(a.checked_sub(b), Some(Money::new(1_499_750, Currency::Eur)));
        assert_eq!(
            b.checked_sub(a),
            Some(Money::new(-1_499_750, Currency::Eur))
        );
        assert_eq!(a.checked_add(Money::new(1, Currency::Pln)), None);
        assert_eq!(a.checked_sub(Money::new(1, Currency::Pln)), None);
        assert_eq!(
            Money::new(i64::MAX, Currency::Eur).checked_add(Money::new(1, Currency::Eur)),
            None
        );
        assert_eq!(
            Money::new(i64::MIN, Currency::Eur).checked_sub(Money::new(1, Currency::Eur)),
            None
        );
        assert_eq!(Money::zero(Currency::Pln).minor, 0);
    }

    #[rstest]
    #[case(Money::new(1_200_050, Currency::Eur), "12000.50 EUR")]
    #[case(Money::new(-5, Currency::Pln), "-0.05 PLN")]
    #[case(Money::new(0, Currency::Pln), "0.00 PLN")]
    #[case(Money::new(i64::MIN, Currency::Eur), "-92233720368547758.08 EUR")]
    fn display(#[case] m: Money, #[case] s: &str) {
        assert_eq!(m.to_string(), s);
    }

    #[test]
    fn currency_strings() {
        assert_eq!(Currency::Eur.code(), "EUR");
        assert_eq!(Currency::Pln.code(), "PLN");
        assert_eq!("pln".parse::<Currency>().unwrap(), Currency::Pln);
        assert!("USD".parse::<Currency>().is_err());
        for c in Currency::all() {
            assert_eq!(c.minor_unit_exponent(), 2);
            assert_eq!(to_str_value(c), c.code());
            assert_eq!(from_str_value::<Currency>(c.code()).unwrap(), *c);
        }
    }
}
