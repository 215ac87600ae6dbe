//! The question editor's values: read from a question or from what was typed (inputs named
//! `q_<key>`), and turned back into a question with every problem tied to its input. Bad
//! input gives errors and no question, so the working copy is never half-changed.

use std::collections::HashMap;

use passerelle_app::FieldError;
use passerelle_domain::application::form::{Choice, Field, FieldKind, Form};
use passerelle_domain::scheme::LocalText;

mod kind;

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

#[cfg(test)]
mod tests {
    use passerelle_app::applications::{DEMO_FORMS, FormFile};
    use passerelle_app::i18n::Tr;
    use passerelle_domain::Locale;

    use super::*;
    use crate::page::PageCommon;
    use crate::pages::calls::condition_groups;

    fn page() -> PageCommon {
        PageCommon {
            tr: Tr::new(Locale::Fr),
            user_name: None,
            unconfirmed: false,
            csrf: String::new(),
            here: "/".into(),
            flash: vec![],
            demo: false,
            reviewer: false,
        }
    }

    /// What the browser would send back for these values.
    fn posted(v: &QuestionValues) -> FormData {
        let mut pairs: Vec<(String, String)> = KEYS
            .iter()
            .map(|k| (format!("q_{k}"), v.get(k).to_owned()))
            .collect();
        pairs.extend(v.accept.iter().map(|a| ("q_accept".to_owned(), a.clone())));
        FormData(pairs)
    }

    fn apply(form: &Form, at: Slot, f: &FormData) -> Result<Field, Vec<FieldError>> {
        let current = at.field(form).and_then(|q| q.show_if.as_ref());
        let groups = condition_groups(&page(), &at.earlier(form), current);
        QuestionValues::of_form(f).to_field(form, at, &groups)
    }

    fn codes(r: Result<Field, Vec<FieldError>>) -> Vec<(String, String)> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn every_demo_question_survives_the_editor_unchanged() {
        for text in DEMO_FORMS {
            let form = serde_json::from_str::<FormFile>(text).unwrap().form;
            for (s, sec) in form.sections.iter().enumerate() {
                for (i, q) in sec.fields.iter().enumerate() {
                    let f = posted(&QuestionValues::of_field(q));
                    assert_eq!(apply(&form, Slot::At(s, i), &f).as_ref(), Ok(q), "{}", q.id);
                }
            }
        }
    }

    #[test]
    fn type_settings_are_read_with_their_errors() {
        let form = serde_json::from_str::<FormFile>(DEMO_FORMS[2])
            .unwrap()
            .form;
        let at = Slot::New(0);
        let base = |ty: &str, more: &[(&str, &str)]| {
            let mut v = vec![
                ("q_id".to_owned(), "new_one".to_owned()),
                ("q_label_en".to_owned(), "New".to_owned()),
                ("q_type".to_owned(), ty.to_owned()),
            ];
            v.extend(more.iter().map(|(k, x)| ((*k).to_owned(), (*x).to_owned())));
            FormData(v)
        };
        let f = base(
            "multiple_choice",
            &[("q_options", "a | A\nb | | B"), ("q_max", "3")],
        );
        assert_eq!(
            codes(apply(&form, at, &f)),
            [("q_max".into(), "form_bounds_invalid".into())]
        );
        let f = base("single_choice", &[("q_options", "Bad Code | A")]);
        assert_eq!(codes(apply(&form, at, &f))[0].1, "form_option_invalid");
        let f = base("single_choice", &[("q_options", "a | A\na | B")]);
        assert_eq!(codes(apply(&form, at, &f))[0].1, "form_option_twice");
        let f = base("file", &[("q_max_mb", "0")]);
        assert_eq!(
            codes(apply(&form, at, &f)),
            [
                ("q_accept".into(), "form_accept_missing".into()),
                ("q_max_mb".into(), "form_size_invalid".into())
            ]
        );
        let f = base("budget", &[("q_year_from", "2024"), ("q_vat", "excl")]);
        assert_eq!(codes(apply(&form, at, &f))[0].0, "q_year_to");
        let f = base("money", &[("q_vat", "incl"), ("q_feeds", "requested")]);
        assert_eq!(codes(apply(&form, at, &f))[0].1, "form_feeds_twice");
        let f = base("short_text", &[("q_feeds", "themes")]);
        assert_eq!(codes(apply(&form, at, &f))[0].1, "form_feeds_invalid");
        let f = base(
            "file",
            &[
                ("q_accept", "text"),
                ("q_accept", "sheet"),
                ("q_max_mb", "5"),
            ],
        );
        let q = apply(&form, at, &f).unwrap();
        let FieldKind::File {
            accept, max_bytes, ..
        } = q.kind
        else {
            panic!("a file");
        };
        assert_eq!(accept.len(), 4, "both office formats of each kind");
        assert_eq!(max_bytes, 5 * MB);
    }
}
