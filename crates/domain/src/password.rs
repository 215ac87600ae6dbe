//! Password strength rules for account creation and password changes.
//!
//! The rules follow current guidance (NIST SP 800-63B, ANSSI): length first,
//! block known and guessable passwords, and accept long passphrases without
//! composition rules.

use thiserror::Error;

/// Minimum length, in characters.
pub const MIN_LEN: usize = 10;
/// Maximum length, in characters; long enough for passphrases, short enough
/// to bound hashing cost.
pub const MAX_LEN: usize = 128;
/// From this length on, a password needs no character-class variety.
pub const PASSPHRASE_LEN: usize = 16;
/// Shortest user input (name, e-mail local part) looked for inside the
/// password; shorter ones match too many passwords by accident.
const MIN_PERSONAL_LEN: usize = 4;

static COMMON: &str = include_str!("common_passwords.txt");

/// Keyboard rows and alphabets whose runs are trivially guessable.
const SEQUENCES: [&str; 8] = [
    "0123456789",
    "abcdefghijklmnopqrstuvwxyz",
    "azertyuiop",
    "qwertyuiop",
    "qwertzuiop",
    "qsdfghjklm",
    "asdfghjkl",
    "zxcvbnm",
];

/// Why a password was refused. [`PasswordError::code`] is a translation key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PasswordError {
    /// Fewer than [`MIN_LEN`] characters.
    #[error("password must have at least {MIN_LEN} characters")]
    TooShort,
    /// More than [`MAX_LEN`] characters.
    #[error("password must have at most {MAX_LEN} characters")]
    TooLong,
    /// In the list of most common passwords.
    #[error("password is too common")]
    Common,
    /// One repeated character, or a run of digits, letters or keyboard keys.
    #[error("password is a simple sequence")]
    Sequence,
    /// Contains the user's name or e-mail local part.
    #[error("password contains personal information")]
    ContainsPersonal,
    /// Fewer than three character classes and shorter than a passphrase.
    #[error("password needs more variety or more length")]
    Weak,
}

impl PasswordError {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooShort => "password_too_short",
            Self::TooLong => "password_too_long",
            Self::Common => "password_common",
            Self::Sequence => "password_sequence",
            Self::ContainsPersonal => "password_contains_personal",
            Self::Weak => "password_weak",
        }
    }
}

/// Checks `password` against the rules, in this order: length, common
/// password, sequence, personal information, variety.
///
/// `user_inputs` are values the user is known by (name, e-mail address or
/// its local part, organisation name). Each input, and each of its words,
/// of at least four characters must not appear in the password, ignoring
/// case. For an e-mail address only the local part is considered.
pub fn check_strength(password: &str, user_inputs: &[&str]) -> Result<(), PasswordError> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err(PasswordError::TooShort);
    }
    if len > MAX_LEN {
        return Err(PasswordError::TooLong);
    }
    let lower = password.to_lowercase();
    if is_common(&lower) {
        return Err(PasswordError::Common);
    }
    if is_sequence(&lower) {
        return Err(PasswordError::Sequence);
    }
    if contains_personal(&deunicode::deunicode(&lower), user_inputs) {
        return Err(PasswordError::ContainsPersonal);
    }
    if len < PASSPHRASE_LEN && classes(password) < 3 {
        return Err(PasswordError::Weak);
    }
    Ok(())
}

fn is_common(lower: &str) -> bool {
    COMMON
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|l| l.eq_ignore_ascii_case(lower))
}

fn is_sequence(lower: &str) -> bool {
    let mut chars = lower.chars();
    let first = chars.next();
    if chars.all(|c| Some(c) == first) {
        return true;
    }
    SEQUENCES.iter().any(|seq| {
        // Repeating the row lets wrapped runs ("7890123456") match too.
        let n = lower.chars().count() / seq.len() + 2;
        let forward = seq.repeat(n);
        let backward: String = forward.chars().rev().collect();
        forward.contains(lower) || backward.contains(lower)
    })
}

/// `folded` is the lowercased, transliterated password: names are compared
/// without accents, since "Ecopole" is as guessable as "Écopole".
fn contains_personal(folded: &str, user_inputs: &[&str]) -> bool {
    let long_enough = |s: &&str| s.chars().count() >= MIN_PERSONAL_LEN;
    user_inputs.iter().any(|input| {
        let input = deunicode::deunicode(&input.trim().to_lowercase());
        let input = input
            .split_once('@')
            .map_or(input.as_str(), |(local, _)| local);
        std::iter::once(input)
            .chain(input.split(|c: char| !c.is_alphanumeric()))
            .filter(long_enough)
            .any(|part| folded.contains(part))
    })
}

fn classes(password: &str) -> usize {
    let mut seen = [false; 4];
    for c in password.chars() {
        let i = if c.is_lowercase() {
            0
        } else if c.is_uppercase() {
            1
        } else if c.is_numeric() {
            2
        } else {
            3
        };
        seen[i] = true;
    }
    seen.iter().filter(|s| **s).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    const NONE: &[&str] = &[];

    #[rstest]
    #[case("Vx9!kq2#Lm")] // exactly 10, four classes
    #[case("Ptaszek-7-Łąka")] // Polish letters count as letters
    #[case("Réseau#Solidaire2024")]
    #[case("correct horse battery staple")] // passphrase, one class
    #[case("jardinpartagelilas")] // 18 lowercase letters
    #[case("Tiers-lieu2025")] // three classes
    fn accepted(#[case] password: &str) {
        assert_eq!(check_strength(password, NONE), Ok(()));
    }

    #[rstest]
    #[case("", PasswordError::TooShort)]
    #[case("Ab1!Ab1!a", PasswordError::TooShort)]
    #[case("ééééèèè1!", PasswordError::TooShort)] // 9 chars, 18 bytes
    #[case("password123", PasswordError::Common)]
    #[case("PassWord123", PasswordError::Common)]
    #[case("AZERTYUIOP", PasswordError::Common)]
    #[case("1q2w3e4r5t", PasswordError::Common)]
    #[case("Motdepasse123", PasswordError::Common)]
    #[case("aaaaaaaaaaaa", PasswordError::Sequence)]
    #[case("############", PasswordError::Sequence)]
    #[case("abcdefghijk", PasswordError::Sequence)]
    #[case("ABCDEFGHIJKL", PasswordError::Sequence)]
    #[case("zyxwvutsrqpo", PasswordError::Sequence)]
    #[case("2345678901", PasswordError::Sequence)]
    #[case("0987654321098", PasswordError::Sequence)]
    #[case("qwertyuiopqw", PasswordError::Sequence)]
    #[case("poiuytrezapoi", PasswordError::Sequence)]
    #[case("qsdfghjklmqs", PasswordError::Sequence)]
    #[case("abcdefghij", PasswordError::Sequence)]
    #[case("lowercase1", PasswordError::Weak)]
    #[case("UPPERCASE1", PasswordError::Weak)]
    #[case("onlylowercase", PasswordError::Weak)]
    #[case("Mixedcaseonly", PasswordError::Weak)]
    #[case("123456789012!", PasswordError::Weak)]
    #[case("lowercase-with", PasswordError::Weak)]
    #[case("fifteenletters1", PasswordError::Weak)] // 15 chars, two classes
    fn refused(#[case] password: &str, #[case] err: PasswordError) {
        assert_eq!(check_strength(password, NONE), Err(err));
    }

    #[test]
    fn length_is_counted_in_characters() {
        assert_eq!(
            check_strength(&"ą".repeat(MAX_LEN + 1), NONE),
            Err(PasswordError::TooLong)
        );
        let max = format!(
            "Aa1!{}",
            "żółw "
                .repeat(MAX_LEN)
                .chars()
                .take(MAX_LEN - 4)
                .collect::<String>()
        );
        assert_eq!(max.chars().count(), MAX_LEN);
        assert_eq!(check_strength(&max, NONE), Ok(()));
        assert_eq!(check_strength("Zażółć1!gę", NONE), Ok(()));
    }

    #[test]
    fn passphrase_threshold() {
        assert_eq!(
            check_strength("abcdefghxyzuvwq", NONE),
            Err(PasswordError::Weak)
        ); // 15
        assert_eq!(check_strength("abcdefghxyzuvwqr", NONE), Ok(())); // 16
    }

    #[rstest]
    #[case("Kowalski#2024x", &["Jan Kowalski"])]
    #[case("xKOWALSKIx#20", &["kowalski"])]
    #[case("Marie.Curie!9", &["marie.curie@example.fr"])]
    #[case("Tralala-curie9", &["marie.curie@example.fr"])]
    #[case("Ecopole#2025x", &["", "Association Écopole", "écopole"])]
    #[case("My-anna-pass9", &["Anna"])]
    fn personal_information_refused(#[case] password: &str, #[case] inputs: &[&str]) {
        assert_eq!(
            check_strength(password, inputs),
            Err(PasswordError::ContainsPersonal)
        );
    }

    #[rstest]
    #[case("Zupelnie#Inne9", &["Jan Kowalski", "jan@example.org"])] // "jan" < 4 chars
    #[case("Vx9!kq2#Lm", &["", "   ", "Li Wu"])]
    #[case("Example#Domain9", &["marie@example.org"])] // domain is not personal
    fn personal_information_allowed(#[case] password: &str, #[case] inputs: &[&str]) {
        assert_eq!(check_strength(password, inputs), Ok(()));
    }

    #[test]
    fn order_of_checks() {
        // Common beats sequence, sequence beats personal, personal beats weak.
        assert_eq!(
            check_strength("1234567890", NONE),
            Err(PasswordError::Common)
        );
        assert_eq!(
            check_strength("abcdefghijkl", &["abcd"]),
            Err(PasswordError::Sequence)
        );
        assert_eq!(
            check_strength("kowalskiabc1", &["kowalski"]),
            Err(PasswordError::ContainsPersonal)
        );
    }

    #[test]
    fn every_embedded_common_password_is_refused_when_long_enough() {
        let mut checked = 0;
        for line in COMMON
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            if (MIN_LEN..=MAX_LEN).contains(&line.chars().count()) {
                assert!(check_strength(line, NONE).is_err(), "{line}");
                checked += 1;
            }
        }
        assert!(checked > 20);
        assert!(COMMON.lines().filter(|l| !l.starts_with('#')).count() >= 200);
    }

    #[rstest]
    #[case(PasswordError::TooShort, "password_too_short")]
    #[case(PasswordError::TooLong, "password_too_long")]
    #[case(PasswordError::Common, "password_common")]
    #[case(PasswordError::Sequence, "password_sequence")]
    #[case(PasswordError::ContainsPersonal, "password_contains_personal")]
    #[case(PasswordError::Weak, "password_weak")]
    fn codes(#[case] err: PasswordError, #[case] code: &str) {
        assert_eq!(err.code(), code);
        assert!(!err.to_string().is_empty());
    }
}
