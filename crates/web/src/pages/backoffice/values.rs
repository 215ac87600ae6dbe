//! The scheme form's values as text, both ways: from a stored scheme (to
//! show it) and from what an officer typed (to re-show it untouched on an
//! error, and to build the scheme to save, with a field error for every
//! value that does not read).

use std::collections::HashMap;

use jiff::civil::DateTime;
use passerelle_app::FieldError;
use passerelle_domain::scheme::criteria::Node;
use passerelle_domain::scheme::vocab::{CofunderKind, Recurrence, SchemeKind, Theme};
use passerelle_domain::scheme::window::Window;
use passerelle_domain::scheme::{Funder, LocalText, Scheme};
use passerelle_domain::{Currency, Locale, Money, TerritoryId};

use super::{FormData, fe};

/// Single-valued fields of the scheme form, by input name.
pub const TEXT_FIELDS: [&str; 29] = [
    "slug",
    "kind",
    "title_fr",
    "title_pl",
    "title_en",
    "summary_fr",
    "summary_pl",
    "summary_en",
    "description_fr",
    "description_pl",
    "description_en",
    "perimeter",
    "recurrence",
    "opens",
    "closes",
    "zone",
    "currency",
    "envelope",
    "documents_fr",
    "documents_pl",
    "documents_en",
    "review_fr",
    "review_pl",
    "review_en",
    "contact",
    "url",
    "note",
    "programme",
    "version",
];

/// Most funder rows a form may carry.
const MAX_FUNDERS: usize = 40;

/// One funder row of the form.
#[derive(Debug, Clone, Default)]
pub struct FunderRow {
    /// Name as typed.
    pub name: String,
    /// Kind code.
    pub kind: String,
    /// Lead funder.
    pub lead: bool,
}

/// Everything the scheme form shows, as text.
#[derive(Debug, Clone, Default)]
pub struct SchemeValues {
    fields: HashMap<String, String>,
    /// Theme codes ticked.
    pub themes: Vec<String>,
    /// Application languages ticked.
    pub languages: Vec<String>,
    /// Funder rows (the last ones blank, to add funders without JavaScript).
    pub funders: Vec<FunderRow>,
}

impl SchemeValues {
    /// The value of input `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// Sets input `name`.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.fields.insert(name.to_owned(), value.into());
    }

    /// The new-edition slug typed, when the page is shown after it failed.
    pub fn edition_slug_override(&self) -> Option<String> {
        Some(self.get("new_slug").to_owned()).filter(|s| !s.is_empty())
    }

    /// Whether theme `code` is ticked.
    pub fn has_theme(&self, code: &str) -> bool {
        self.themes.iter().any(|t| t == code)
    }

    /// Whether language `code` is ticked.
    pub fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l == code)
    }

    /// A blank form for a new scheme of an authority of `country`.
    pub fn blank(country: &str) -> Self {
        let pl = country.eq_ignore_ascii_case("PL");
        let mut v = Self::default();
        v.set("kind", SchemeKind::Grant.as_str());
        v.set("recurrence", Recurrence::OneOff.as_str());
        v.set("zone", if pl { "Europe/Warsaw" } else { "Europe/Paris" });
        v.set("currency", if pl { "PLN" } else { "EUR" });
        v.languages = vec![if pl { "pl" } else { "fr" }.to_owned()];
        v.funders = vec![FunderRow::default(), FunderRow::default()];
        v
    }

    /// The values of a stored scheme, at `version`.
    pub fn of_scheme(s: &Scheme, version: i64, locale: Locale) -> Self {
        let mut v = Self::default();
        v.set("slug", &s.slug);
        v.set("kind", s.kind.as_str());
        for (lang, title, summary, description) in [
            ("fr", &s.title.fr, &s.summary.fr, &s.description.fr),
            ("pl", &s.title.pl, &s.summary.pl, &s.description.pl),
            ("en", &s.title.en, &s.summary.en, &s.description.en),
        ] {
            v.set(&format!("title_{lang}"), title);
            v.set(&format!("summary_{lang}"), summary);
            v.set(&format!("description_{lang}"), description);
        }
        v.set(
            "perimeter",
            s.perimeter
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        );
        v.set("recurrence", s.window.recurrence.as_str());
        v.set("opens", datetime_input(s.window.opens));
        v.set("closes", datetime_input(s.window.closes));
        v.set("zone", &s.window.zone);
        v.set("currency", s.currency.as_str());
        v.set(
            "envelope",
            s.envelope.map(|m| major(m, locale)).unwrap_or_default(),
        );
        let (fr, pl, en) = list_to_lines(&s.documents);
        v.set("documents_fr", fr);
        v.set("documents_pl", pl);
        v.set("documents_en", en);
        let (fr, pl, en) = list_to_lines(&s.assessed_in_review);
        v.set("review_fr", fr);
        v.set("review_pl", pl);
        v.set("review_en", en);
        v.set("contact", s.contact.clone().unwrap_or_default());
        v.set("url", s.url.clone().unwrap_or_default());
        v.set("programme", s.programme.clone().unwrap_or_default());
        v.set("version", version.to_string());
        v.themes = s.themes.iter().map(|t| t.as_str().to_owned()).collect();
        v.languages = s.languages.iter().map(|l| l.as_str().to_owned()).collect();
        v.funders = s
            .funders
            .iter()
            .map(|f| FunderRow {
                name: f.name.clone(),
                kind: f.kind.as_str().to_owned(),
                lead: f.lead,
            })
            .collect();
        v.funders.push(FunderRow::default());
        v.funders.push(FunderRow::default());
        v
    }

    /// The values as typed.
    pub fn of_form(f: &FormData) -> Self {
        let mut v = Self::default();
        for name in TEXT_FIELDS {
            v.set(name, f.get(name));
        }
        v.themes = f.all("themes");
        v.languages = f.all("languages");
        for i in 0..MAX_FUNDERS {
            let name = format!("funder_name_{i}");
            if !f.has(&name) {
                break;
            }
            v.funders.push(FunderRow {
                name: f.get(&name).to_owned(),
                kind: f.get(&format!("funder_kind_{i}")).to_owned(),
                lead: f.has(&format!("funder_lead_{i}")),
            });
        }
        if v.funders.last().is_none_or(|r| !r.name.trim().is_empty()) {
            v.funders.push(FunderRow::default());
        }
        v
    }

    /// The scheme these values describe, on top of `base` (which supplies
    /// what the form does not show: edition, criteria…), with an error for
    /// every value that does not read. Rules the domain checks (required
    /// title, window order…) are left to the use case.
    pub fn to_scheme(&self, mut base: Scheme) -> (Scheme, Vec<FieldError>) {
        let mut errs = Vec::new();
        base.slug = self.get("slug").trim().to_owned();
        match self.get("kind").parse::<SchemeKind>() {
            Ok(k) => base.kind = k,
            Err(_) => errs.push(fe("kind", "value_unknown")),
        }
        let text = |name: &str| LocalText {
            fr: self.get(&format!("{name}_fr")).trim().to_owned(),
            pl: self.get(&format!("{name}_pl")).trim().to_owned(),
            en: self.get(&format!("{name}_en")).trim().to_owned(),
        };
        base.title = text("title");
        base.summary = text("summary");
        base.description = {
            let mut d = text("description");
            for s in [&mut d.fr, &mut d.pl, &mut d.en] {
                *s = s.replace("\r\n", "\n");
            }
            d
        };
        base.funders = Vec::new();
        for (i, row) in self.funders.iter().enumerate() {
            if row.name.trim().is_empty() {
                continue;
            }
            match row.kind.parse::<CofunderKind>() {
                Ok(kind) => base.funders.push(Funder {
                    name: row.name.trim().to_owned(),
                    kind,
                    lead: row.lead,
                }),
                Err(_) => errs.push(fe(&format!("funder_kind_{i}"), "value_unknown")),
            }
        }
        base.perimeter = Vec::new();
        for part in self
            .get("perimeter")
            .split([',', ';', ' ', '\n', '\r', '\t'])
            .filter(|p| !p.is_empty())
        {
            match TerritoryId::parse(part) {
                Ok(id) if !base.perimeter.contains(&id) => base.perimeter.push(id),
                Ok(_) => {}
                Err(_) => {
                    errs.push(fe("perimeter", "territory_id_invalid"));
                    break;
                }
            }
        }
        base.themes = Vec::new();
        for t in &self.themes {
            match t.parse::<Theme>() {
                Ok(t) if !base.themes.contains(&t) => base.themes.push(t),
                Ok(_) => {}
                Err(_) => errs.push(fe("themes", "code_unknown")),
            }
        }
        let recurrence = self.get("recurrence").parse::<Recurrence>().ok();
        if recurrence.is_none() {
            errs.push(fe("recurrence", "value_unknown"));
        }
        let opens = parse_datetime(self.get("opens"), "opens", &mut errs);
        let closes = parse_datetime(self.get("closes"), "closes", &mut errs);
        let recurrence = recurrence.unwrap_or(base.window.recurrence);
        let permanent = recurrence == Recurrence::Permanent;
        base.window = Window {
            recurrence,
            opens: if permanent { None } else { opens },
            closes: if permanent { None } else { closes },
            zone: self.get("zone").trim().to_owned(),
        };
        match self.get("currency").parse::<Currency>() {
            Ok(c) => base.currency = c,
            Err(_) => errs.push(fe("currency", "value_unknown")),
        }
        base.envelope = match self.get("envelope").trim() {
            "" => None,
            s => match Money::parse_major(s, base.currency) {
                Ok(m) if m.minor < 0 => {
                    errs.push(fe("envelope", "amount_negative"));
                    None
                }
                Ok(m) => Some(m),
                Err(e) => {
                    errs.push(fe("envelope", e.code()));
                    None
                }
            },
        };
        base.documents = lines_to_list(
            self.get("documents_fr"),
            self.get("documents_pl"),
            self.get("documents_en"),
        );
        base.assessed_in_review = lines_to_list(
            self.get("review_fr"),
            self.get("review_pl"),
            self.get("review_en"),
        );
        base.languages = Vec::new();
        for l in &self.languages {
            match l.parse::<Locale>() {
                Ok(l) if !base.languages.contains(&l) => base.languages.push(l),
                Ok(_) => {}
                Err(_) => errs.push(fe("languages", "code_unknown")),
            }
        }
        let opt = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        base.contact = opt(self.get("contact"));
        base.url = opt(self.get("url"));
        if let Some(u) = &base.url
            && !(u.starts_with("https://") || u.starts_with("http://"))
        {
            errs.push(fe("url", "website_invalid"));
        }
        base.programme = opt(self.get("programme"));
        (base, errs)
    }
}

/// A new scheme before the form is applied to it.
pub fn new_scheme_base() -> Scheme {
    Scheme {
        slug: String::new(),
        kind: SchemeKind::Grant,
        edition: 1,
        previous_edition: None,
        programme: None,
        title: LocalText::default(),
        summary: LocalText::default(),
        description: LocalText::default(),
        funders: vec![],
        perimeter: vec![],
        themes: vec![],
        window: Window::permanent("Europe/Paris"),
        currency: Currency::Eur,
        envelope: None,
        criteria: Node::empty(),
        assessed_in_review: vec![],
        documents: vec![],
        languages: vec![],
        contact: None,
        url: None,
    }
}

/// Moves a domain problem onto the form input it concerns.
pub fn to_form_field(e: FieldError) -> FieldError {
    let field = match (e.field.as_str(), e.code.as_str()) {
        ("title", _) => "title_fr",
        ("window", "window_zone_unknown") => "zone",
        ("window", "window_closes_before_opening") => "closes",
        ("window", _) => "opens",
        (f, _) if f.starts_with("perimeter") => "perimeter",
        (f, "currency_mismatch") if f.starts_with("criteria") => "currency",
        (f, _) if f.starts_with("criteria") => "criteria",
        _ => return e,
    };
    FieldError::new(field, e.code)
}

/// A local date-time as a `datetime-local` input value.
pub fn datetime_input(d: Option<DateTime>) -> String {
    d.map(|d| {
        if d.second() == 0 {
            d.strftime("%Y-%m-%dT%H:%M").to_string()
        } else {
            d.strftime("%Y-%m-%dT%H:%M:%S").to_string()
        }
    })
    .unwrap_or_default()
}

/// Reads a `datetime-local` value ("" is none).
pub fn parse_datetime(s: &str, field: &str, errs: &mut Vec<FieldError>) -> Option<DateTime> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    match s.parse::<DateTime>() {
        Ok(d) => Some(d),
        Err(_) => {
            errs.push(fe(field, "datetime_invalid"));
            None
        }
    }
}

/// An amount in major units as the reader types it (`12000,50`, `12000`).
pub fn major(m: Money, locale: Locale) -> String {
    let sign = if m.minor < 0 { "-" } else { "" };
    let abs = m.minor.unsigned_abs();
    let (whole, cents) = (abs / 100, abs % 100);
    if cents == 0 {
        format!("{sign}{whole}")
    } else {
        let sep = if locale == Locale::En { '.' } else { ',' };
        format!("{sign}{whole}{sep}{cents:02}")
    }
}

/// Texts in three languages from one item per line; line `n` of each
/// language is the same item.
pub fn lines_to_list(fr: &str, pl: &str, en: &str) -> Vec<LocalText> {
    let split = |s: &str| -> Vec<String> { s.lines().map(|l| l.trim().to_owned()).collect() };
    let (fr, pl, en) = (split(fr), split(pl), split(en));
    let n = fr.len().max(pl.len()).max(en.len());
    let at = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_default();
    (0..n)
        .map(|i| LocalText {
            fr: at(&fr, i),
            pl: at(&pl, i),
            en: at(&en, i),
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// The reverse of [`lines_to_list`]: one text per language.
pub fn list_to_lines(items: &[LocalText]) -> (String, String, String) {
    let join = |f: fn(&LocalText) -> &str| {
        items
            .iter()
            .map(|t| f(t).replace(['\n', '\r'], " "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    (join(|t| &t.fr), join(|t| &t.pl), join(|t| &t.en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_round_trip_by_position() {
        let items = lines_to_list("a\n\nc", "A\nB", "");
        assert_eq!(items.len(), 3);
        assert_eq!(items[1].fr, "");
        assert_eq!(items[1].pl, "B");
        let (fr, pl, en) = list_to_lines(&items);
        assert_eq!(lines_to_list(&fr, &pl, &en), items);
    }

    #[test]
    fn amounts_and_dates_as_typed() {
        assert_eq!(
            major(Money::new(1_500_000, Currency::Eur), Locale::Fr),
            "15000"
        );
        assert_eq!(major(Money::new(1_050, Currency::Eur), Locale::En), "10.50");
        let d = "2023-11-06T00:00".parse::<DateTime>().ok();
        assert_eq!(datetime_input(d), "2023-11-06T00:00");
    }
}
