//! The question editor's values: read from a question or from what was typed (inputs named
//! `q_<key>`), and turned back into a question with every problem tied to its input. Bad
//! input gives errors and no question, so the working copy is never half-changed.

use std::collections::HashMap;
use std::str::FromStr;

use passerelle_app::FieldError;
use passerelle_domain::application::form::{Choice, Field, FieldKind, Form};
use passerelle_domain::scheme::LocalText;
use passerelle_domain::scheme::vocab::Vat;

use super::ops::Slot;
use super::{
    CondGroup, FILE_KINDS, FormData, MB, code_ok, cond_code, feeds_code, kind_code,
    parse_condition, parse_feeds,
};
use crate::pages::backoffice::fe;

/// Every key of the editor, without its `q_` prefix.
const KEYS: [&str; 23] = [
    "id",
    "label_fr",
    "label_pl",
    "label_en",
    "help_fr",
    "help_pl",
    "help_en",
    "required",
    "type",
    "max_len",
    "min",
    "max",
    "vat",
    "options",
    "accept_other",
    "max_mb",
    "multiple",
    "phases",
    "categories",
    "year_from",
    "year_to",
    "show",
    "feeds",
];

/// Largest file size officers may allow, in MB.
pub const MAX_MB: u64 = 100;

/// What the question editor shows: text by key, and the ticked file kinds.
#[derive(Debug, Clone, Default)]
pub struct QuestionValues {
    map: HashMap<String, String>,
    /// Ticked [`FILE_KINDS`] codes.
    pub accept: Vec<String>,
}

fn choices_text(c: &[Choice]) -> String {
    c.iter()
        .map(|o| {
            format!(
                "{} | {} | {} | {}",
                o.value, o.label.fr, o.label.pl, o.label.en
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn num<T: ToString>(v: Option<T>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

impl QuestionValues {
    /// The value of `key`, or "".
    pub fn get(&self, key: &str) -> &str {
        self.map.get(key).map_or("", String::as_str)
    }

    /// Whether a checkbox `key` is ticked.
    pub fn on(&self, key: &str) -> bool {
        self.get(key) == "on"
    }

    /// Whether the file kind `code` is ticked.
    pub fn accepts(&self, code: &str) -> bool {
        self.accept.iter().any(|a| a == code)
    }

    fn set(&mut self, key: &str, v: impl Into<String>) {
        self.map.insert(key.to_owned(), v.into());
    }

    /// Blank values for a new question of type `ty`, with a free id.
    pub fn new_question(form: &Form, ty: &str, kind: &FieldKind) -> Self {
        let n = (1..)
            .map(|i| format!("question_{i}"))
            .find(|id| form.field(id).is_none())
            .unwrap_or_default();
        let mut v = Self::of_kind(kind);
        v.set("id", n);
        v.set("type", ty);
        v
    }

    /// The values of an existing question.
    pub fn of_field(q: &Field) -> Self {
        let mut v = Self::of_kind(&q.kind);
        v.set("id", q.id.clone());
        for (key, text) in [("label", &q.label), ("help", &q.help)] {
            v.set(&format!("{key}_fr"), text.fr.clone());
            v.set(&format!("{key}_pl"), text.pl.clone());
            v.set(&format!("{key}_en"), text.en.clone());
        }
        if q.required {
            v.set("required", "on");
        }
        if let Some(c) = &q.show_if {
            v.set("show", cond_code(&c.field, &c.equals));
        }
        if let Some(f) = &q.feeds {
            v.set("feeds", feeds_code(f));
        }
        v
    }

    fn of_kind(k: &FieldKind) -> Self {
        let mut v = Self::default();
        v.set("type", kind_code(k));
        match k {
            FieldKind::ShortText { max_len } | FieldKind::LongText { max_len } => {
                v.set("max_len", num(*max_len));
            }
            FieldKind::Number { min, max } => {
                v.set("min", num(*min));
                v.set("max", num(*max));
            }
            FieldKind::Partners { min, max } => {
                v.set("min", num(*min));
                v.set("max", num(*max));
            }
            FieldKind::Money { vat } => v.set("vat", vat.as_str()),
            FieldKind::SingleChoice { options } => v.set("options", choices_text(options)),
            FieldKind::MultipleChoice { options, min, max } => {
                v.set("options", choices_text(options));
                v.set("min", num(*min));
                v.set("max", num(*max));
            }
            FieldKind::File {
                accept,
                max_bytes,
                multiple,
            } => {
                for (code, mimes) in FILE_KINDS {
                    if mimes.iter().any(|m| accept.iter().any(|a| a == m)) {
                        v.accept.push(code.to_owned());
                    }
                }
                // Types the builder does not offer (an imported form's `image/*`) are kept.
                let other: Vec<&str> = accept
                    .iter()
                    .map(String::as_str)
                    .filter(|a| !FILE_KINDS.iter().any(|(_, m)| m.contains(a)))
                    .collect();
                v.set("accept_other", other.join(" "));
                v.set("max_mb", max_bytes.div_ceil(MB).to_string());
                if *multiple {
                    v.set("multiple", "on");
                }
            }
            FieldKind::Budget {
                phases,
                categories,
                years,
                vat,
            } => {
                v.set("phases", choices_text(phases));
                v.set("categories", choices_text(categories));
                v.set("year_from", num(years.map(|y| y.0)));
                v.set("year_to", num(years.map(|y| y.1)));
                v.set("vat", vat.as_str());
            }
            FieldKind::Date | FieldKind::Declaration | FieldKind::Cofunding | FieldKind::Plan => {}
        }
        v
    }

    /// What was typed in the editor.
    pub fn of_form(f: &FormData) -> Self {
        let mut v = Self::default();
        for key in KEYS {
            v.set(key, f.get(&format!("q_{key}")));
        }
        v.accept = f.all("q_accept");
        v
    }

    /// The same values with another type (the editor's "change type" button): the common
    /// texts stay, the type's settings start from the new type's defaults.
    pub fn retyped(&self, kind: &FieldKind) -> Self {
        let mut v = Self::of_kind(kind);
        for key in [
            "id", "label_fr", "label_pl", "label_en", "help_fr", "help_pl", "help_en", "required",
            "show",
        ] {
            v.set(key, self.get(key));
        }
        v
    }

    fn text(&self, key: &str) -> LocalText {
        LocalText {
            fr: self.get(&format!("{key}_fr")).trim().to_owned(),
            pl: self.get(&format!("{key}_pl")).trim().to_owned(),
            en: self.get(&format!("{key}_en")).trim().to_owned(),
        }
    }

    fn opt<T: FromStr>(&self, key: &str, errs: &mut Vec<FieldError>) -> Option<T> {
        let s = self.get(key).trim();
        if s.is_empty() {
            return None;
        }
        let parsed = s.parse().ok();
        if parsed.is_none() {
            errs.push(fe(&format!("q_{key}"), "number_invalid"));
        }
        parsed
    }

    fn bounds<T: FromStr + PartialOrd + Copy>(
        &self,
        errs: &mut Vec<FieldError>,
    ) -> (Option<T>, Option<T>) {
        let (min, max) = (self.opt::<T>("min", errs), self.opt::<T>("max", errs));
        if let (Some(a), Some(b)) = (min, max)
            && a > b
        {
            errs.push(fe("q_max", "form_bounds_invalid"));
        }
        (min, max)
    }

    fn vat(&self, errs: &mut Vec<FieldError>) -> Vat {
        self.get("vat").parse().unwrap_or_else(|_| {
            errs.push(fe("q_vat", "value_unknown"));
            Vat::Excl
        })
    }

    /// The type and its settings, problems pushed on their inputs.
    fn kind(&self, errs: &mut Vec<FieldError>) -> Option<FieldKind> {
        let before = errs.len();
        let kind = match self.get("type") {
            "short_text" => FieldKind::ShortText {
                max_len: self.max_len(errs),
            },
            "long_text" => FieldKind::LongText {
                max_len: self.max_len(errs),
            },
            "number" => {
                let (min, max) = self.bounds(errs);
                FieldKind::Number { min, max }
            }
            "money" => FieldKind::Money {
                vat: self.vat(errs),
            },
            "single_choice" => FieldKind::SingleChoice {
                options: self.options(errs),
            },
            "multiple_choice" => {
                let options = self.options(errs);
                let (min, max) = self.bounds::<u32>(errs);
                if min.max(max).is_some_and(|m| m as usize > options.len()) {
                    errs.push(fe("q_max", "form_bounds_invalid"));
                }
                FieldKind::MultipleChoice { options, min, max }
            }
            "file" => self.file(errs),
            "budget" => self.budget(errs),
            "partners" => {
                let (min, max) = self.bounds(errs);
                FieldKind::Partners { min, max }
            }
            other => match super::default_kind(other) {
                Some(k) => k,
                None => {
                    errs.push(fe("q_type", "value_unknown"));
                    return None;
                }
            },
        };
        (errs.len() == before).then_some(kind)
    }

    fn max_len(&self, errs: &mut Vec<FieldError>) -> Option<u32> {
        let n = self.opt::<u32>("max_len", errs);
        if n.is_some_and(|n| n == 0 || n > 100_000) {
            errs.push(fe("q_max_len", "number_invalid"));
        }
        n
    }

    fn options(&self, errs: &mut Vec<FieldError>) -> Vec<Choice> {
        let o = self.choices("options", errs);
        if o.is_empty() && !errs.iter().any(|e| e.field == "q_options") {
            errs.push(fe("q_options", "form_options_missing"));
        }
        o
    }

    /// Lines `code | label fr | label pl | label en`; blank lines are skipped.
    fn choices(&self, key: &str, errs: &mut Vec<FieldError>) -> Vec<Choice> {
        let name = format!("q_{key}");
        let mut out: Vec<Choice> = vec![];
        for line in self
            .get(key)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            let label = LocalText {
                fr: parts.get(1).copied().unwrap_or("").to_owned(),
                pl: parts.get(2).copied().unwrap_or("").to_owned(),
                en: parts.get(3).copied().unwrap_or("").to_owned(),
            };
            if parts.len() > 4 || !code_ok(parts[0], true) || label.is_empty() {
                errs.push(fe(&name, "form_option_invalid"));
                return out;
            }
            if out.iter().any(|c| c.value == parts[0]) {
                errs.push(fe(&name, "form_option_twice"));
                return out;
            }
            out.push(Choice {
                value: parts[0].to_owned(),
                label,
            });
        }
        out
    }

    fn file(&self, errs: &mut Vec<FieldError>) -> FieldKind {
        let mut accept: Vec<String> = FILE_KINDS
            .iter()
            .filter(|(code, _)| self.accepts(code))
            .flat_map(|(_, mimes)| mimes.iter().map(|m| (*m).to_owned()))
            .collect();
        accept.extend(
            self.get("accept_other")
                .split_whitespace()
                .map(str::to_owned),
        );
        if accept.is_empty() {
            errs.push(fe("q_accept", "form_accept_missing"));
        }
        let mb = self.get("max_mb").trim().parse::<u64>().ok();
        if !mb.is_some_and(|m| (1..=MAX_MB).contains(&m)) {
            errs.push(fe("q_max_mb", "form_size_invalid"));
        }
        FieldKind::File {
            accept,
            max_bytes: mb.unwrap_or(1) * MB,
            multiple: self.on("multiple"),
        }
    }

    fn budget(&self, errs: &mut Vec<FieldError>) -> FieldKind {
        let phases = self.choices("phases", errs);
        let categories = self.choices("categories", errs);
        let (from, to) = (
            self.opt::<i16>("year_from", errs),
            self.opt::<i16>("year_to", errs),
        );
        let years = match (from, to) {
            (None, None) => None,
            (Some(a), Some(b)) if (1900..=2200).contains(&a) && a <= b && b <= 2200 => Some((a, b)),
            _ => {
                errs.push(fe("q_year_to", "form_years_invalid"));
                None
            }
        };
        FieldKind::Budget {
            phases,
            categories,
            years,
            vat: self.vat(errs),
        }
    }

    /// The question these values describe, for `slot` in `form`, with a condition among
    /// `groups`. Every problem is tied to its input (`q_<key>`).
    pub fn to_field(
        &self,
        form: &Form,
        slot: Slot,
        groups: &[CondGroup],
    ) -> Result<Field, Vec<FieldError>> {
        let mut errs = vec![];
        let id = self.get("id").trim().to_owned();
        let own = slot.field(form).map(|q| q.id.as_str());
        if !code_ok(&id, false) {
            errs.push(fe("q_id", "form_id_format"));
        } else if own != Some(id.as_str()) && form.field(&id).is_some() {
            errs.push(fe("q_id", "form_id_invalid"));
        }
        let label = self.text("label");
        if label.is_empty() {
            errs.push(fe("q_label_fr", "form_label_missing"));
        }
        let kind = self.kind(&mut errs);
        let show_if = parse_condition(self.get("show"), groups).unwrap_or_else(|()| {
            errs.push(fe("q_show", "form_condition_invalid"));
            None
        });
        let feeds = match self.get("feeds") {
            "" => None,
            s => {
                let f = parse_feeds(s);
                if f.is_none() {
                    errs.push(fe("q_feeds", "value_unknown"));
                }
                f
            }
        };
        if let (Some(fd), Some(k)) = (&feeds, &kind) {
            let others = form
                .fields()
                .filter(|(_, q)| own != Some(q.id.as_str()))
                .any(|(_, q)| q.feeds.as_ref() == Some(fd));
            if !fd.fits(k) {
                errs.push(fe("q_feeds", "form_feeds_invalid"));
            } else if others {
                errs.push(fe("q_feeds", "form_feeds_twice"));
            }
        }
        let (Some(kind), true) = (kind, errs.is_empty()) else {
            return Err(errs);
        };
        let q = Field {
            id,
            label,
            help: self.text("help"),
            required: self.on("required"),
            kind,
            show_if,
            feeds,
        };
        // The domain has the last word on the form as it would become.
        let mut after = form.clone();
        slot.put(&mut after, q.clone());
        let errs: Vec<FieldError> = after
            .validate()
            .into_iter()
            .filter(|p| p.field == q.id)
            .map(|p| match p.code {
                "form_id_invalid" => fe("q_id", p.code),
                "form_condition_invalid" => fe("q_show", p.code),
                "form_feeds_invalid" | "form_feeds_twice" => fe("q_feeds", p.code),
                _ => fe("q_type", p.code),
            })
            .collect();
        if errs.is_empty() { Ok(q) } else { Err(errs) }
    }
}
