//! Countries whose programmes run on Passerelle.

str_enum! {
    /// A country with its own identifiers, legal forms and territories.
    pub enum Country {
        /// France (INSEE codes, SIREN/SIRET, RNA).
        Fr = "FR",
        /// Poland (TERYT codes, NIP/REGON/KRS).
        Pl = "PL",
    }
}

#[cfg(test)]
mod tests {
    use super::Country;
    use crate::enum_str::test_support::{from_str_value, to_str_value};
    use rstest::rstest;

    #[rstest]
    #[case("FR", Country::Fr)]
    #[case("fr", Country::Fr)]
    #[case(" Pl ", Country::Pl)]
    #[case("pl", Country::Pl)]
    fn parses_case_insensitively(#[case] input: &str, #[case] expected: Country) {
        assert_eq!(input.parse::<Country>().unwrap(), expected);
    }

    #[rstest]
    #[case("")]
    #[case("DE")]
    #[case("FRA")]
    fn rejects_unknown(#[case] input: &str) {
        let err = input.parse::<Country>().unwrap_err();
        assert_eq!(err.code(), "value_unknown");
    }

    #[test]
    fn string_forms_and_serde() {
        assert_eq!(Country::all(), &[Country::Fr, Country::Pl]);
        for c in Country::all() {
            assert_eq!(c.to_string(), c.as_str());
            assert_eq!(to_str_value(c), c.as_str());
            assert_eq!(from_str_value::<Country>(c.as_str()).unwrap(), *c);
        }
        assert_eq!(from_str_value::<Country>("pl").unwrap(), Country::Pl);
        assert!(from_str_value::<Country>("XX").is_err());
    }
}
