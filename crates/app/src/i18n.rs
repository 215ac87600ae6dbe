//! Every user-facing string comes from the Fluent catalogues in `locales/{fr,pl,en}/`.
//! Numbers and money are formatted with ICU4X (CLDR data), which Fluent's NUMBER does not do
//! per locale; the currency sign is placed by the catalogue (`money-eur`, `money-pln`).

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use passerelle_domain::{Currency, Locale};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "fr",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The message catalogue of one language.
#[derive(Debug, Clone)]
pub struct Tr {
    locale: Locale,
    langid: LanguageIdentifier,
}

fn langid(locale: Locale) -> LanguageIdentifier {
    locale.as_str().parse().unwrap_or_default()
}

impl Tr {
    /// The catalogue for `locale`.
    pub fn new(locale: Locale) -> Tr {
        Tr {
            locale,
            langid: langid(locale),
        }
    }

    /// The language.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `key`; a missing key shows as the key itself (and a test forbids that).
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.langid, key)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The message `key` with named arguments.
    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| {
                // Numbers go in as numbers so plural selectors ([one], [few], [many]) apply.
                let value = match v.parse::<i64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from((*v).to_owned()),
                };
                (Cow::Owned((*k).to_owned()), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.langid, key, &map)
            .unwrap_or_else(|| key.to_owned())
    }

    /// Whether `key` exists in this language.
    pub fn has(&self, key: &str) -> bool {
        LOCALES.try_lookup(&self.langid, key).is_some()
    }

    /// An integer with the locale's grouping (`12 000`, `12,000`; Polish leaves `1234`).
    pub fn number(&self, n: i64) -> String {
        self.decimal(Decimal::from(n))
    }

    fn decimal(&self, d: Decimal) -> String {
        let prefs = icu_locale_core::Locale::try_from_str(self.locale.as_str())
            .map(Into::into)
            .unwrap_or_default();
        match DecimalFormatter::try_new(prefs, Default::default()) {
            Ok(f) => f.format(&d).to_string(),
            Err(_) => d.to_string(),
        }
    }

    /// An amount of minor units in its currency: `12 000,00 €`, `12 000,00 zł`, `€12,000.00`.
    pub fn money(&self, minor: i64, currency: Currency) -> String {
        let mut d = Decimal::from(minor);
        d.multiply_pow10(-2);
        d.pad_end(-2);
        let amount = self.decimal(d);
        let key = match currency {
            Currency::Eur => "money-eur",
            Currency::Pln => "money-pln",
        };
        self.ta(key, &[("amount", &amount)])
    }

    /// A headline amount (a cap, an envelope): whole units without cents when
    /// it has none (`15 000 €`), with them otherwise (`15 000,50 €`).
    pub fn money_whole(&self, minor: i64, currency: Currency) -> String {
        if minor % 100 != 0 {
            return self.money(minor, currency);
        }
        let key = match currency {
            Currency::Eur => "money-eur",
            Currency::Pln => "money-pln",
        };
        self.ta(key, &[("amount", &self.number(minor / 100))])
    }

    /// A calendar date (`YYYY-MM-DD`) written out: `6 novembre 2023`, `6 listopada 2023`,
    /// `6 November 2023`. Unparseable input is returned as is.
    pub fn date(&self, iso: &str) -> String {
        let Ok(d) = iso.get(..10).unwrap_or(iso).parse::<jiff::civil::Date>() else {
            return iso.to_owned();
        };
        let month = self.t(&format!("month-{}", d.month()));
        self.ta(
            "date-long",
            &[
                ("day", &d.day().to_string()),
                ("month", &month),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// An instant (epoch ms) as a local date in `zone`.
    pub fn date_of_instant(&self, ms: i64, zone: &str) -> String {
        let Ok(ts) = jiff::Timestamp::from_millisecond(ms) else {
            return String::new();
        };
        let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let d = ts.to_zoned_datetime(tz).date();
        self.date(&d.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_a_month_is_1er_in_french_only() {
        assert_eq!(Tr::new(Locale::Fr).date("2020-03-01"), "1er mars 2020");
        assert_eq!(Tr::new(Locale::Fr).date("2020-03-02"), "2 mars 2020");
        assert_eq!(Tr::new(Locale::Fr).date("2020-03-11"), "11 mars 2020");
        assert_eq!(Tr::new(Locale::Pl).date("2020-03-01"), "1 marca 2020");
        assert_eq!(Tr::new(Locale::En).date("2020-03-01"), "1 March 2020");
    }

    #[test]
    fn headline_amounts_drop_zero_cents_only() {
        let fr = Tr::new(Locale::Fr);
        assert_eq!(
            fr.money_whole(1_500_000, Currency::Eur),
            "15\u{202f}000\u{a0}€"
        );
        assert_eq!(
            fr.money_whole(1_500_050, Currency::Eur),
            "15\u{202f}000,50\u{a0}€"
        );
        assert_eq!(
            Tr::new(Locale::En).money_whole(1_500_000, Currency::Eur),
            "€15,000"
        );
        assert_eq!(fr.money_whole(0, Currency::Eur), "0\u{a0}€");
    }

    #[test]
    fn semicolons_are_spaced_per_language() {
        assert_eq!(
            Tr::new(Locale::Fr).ta("list-then", &[("rest", "b")]),
            "\u{202f}; b"
        );
        assert_eq!(Tr::new(Locale::Pl).ta("list-then", &[("rest", "b")]), "; b");
        assert_eq!(Tr::new(Locale::Fr).t("list-sep"), "\u{202f}; ");
        assert_eq!(Tr::new(Locale::En).t("list-sep"), "; ");
    }
}

#[cfg(test)]
mod application_labels {
    use super::*;
    use passerelle_domain::application::budget::BudgetError;
    use passerelle_domain::application::{Event, State, SubmissionClosed, TransitionError};

    /// Every state, event and error of the application rules has its text in every language.
    #[test]
    fn every_state_event_and_error_is_translated() {
        let ts = jiff::Timestamp::UNIX_EPOCH;
        let mut keys: Vec<String> = State::all()
            .iter()
            .flat_map(|s| [s.public_label_key(), s.internal_label_key()])
            .collect();
        keys.extend(
            Event::all()
                .iter()
                .map(|e| format!("app-event-{}", e.as_str().replace('_', "-"))),
        );
        let codes = [
            TransitionError::NotFromHere {
                from: State::Draft,
                event: Event::Accept,
            }
            .code(),
            TransitionError::NotYours {
                event: Event::Accept,
            }
            .code(),
            SubmissionClosed::NotYetOpen { opens: ts }.code(),
            SubmissionClosed::Closed { closed: ts }.code(),
            BudgetError::Negative { line: 0 }.code(),
            BudgetError::UnknownPhase { line: 0 }.code(),
            BudgetError::UnknownCategory { line: 0 }.code(),
            BudgetError::YearOutside {
                line: 0,
                first: 0,
                last: 0,
            }
            .code(),
            BudgetError::Overflow.code(),
        ];
        keys.extend(codes.iter().map(|c| format!("error-{c}")));
        // Every code the form reader can give (see `application::form`).
        let form_codes = [
            "required",
            "value_unknown",
            "money_invalid",
            "number_invalid",
            "answer_invalid",
            "field_unknown",
            "too_long",
            "number_too_small",
            "number_too_large",
            "date_invalid",
            "too_few_choices",
            "too_many_choices",
            "too_many_files",
            "partners_one_lead",
            "partners_too_few",
            "partners_too_many",
            "form_id_invalid",
            "form_condition_invalid",
            "form_field_invalid",
        ];
        keys.extend(form_codes.iter().map(|c| format!("error-{c}")));
        for l in Locale::all() {
            let tr = Tr::new(*l);
            for k in &keys {
                assert!(tr.has(k), "{k} missing in {l:?}");
            }
        }
    }
}
