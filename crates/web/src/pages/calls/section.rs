//! The section editor's values (inputs named `sec_<key>`): id, title and introduction in
//! three languages, condition. Bad input gives errors and no section.

use std::collections::HashMap;

use passerelle_app::FieldError;
use passerelle_domain::application::form::{Form, Section};
use passerelle_domain::scheme::LocalText;

use super::{CondGroup, FormData, code_ok, cond_code, parse_condition};
use crate::pages::backoffice::fe;

const KEYS: [&str; 8] = [
    "id", "title_fr", "title_pl", "title_en", "help_fr", "help_pl", "help_en", "show",
];

/// What the section editor shows.
#[derive(Debug, Clone, Default)]
pub struct SectionValues(HashMap<String, String>);

impl SectionValues {
    /// The value of `key`, or "".
    pub fn get(&self, key: &str) -> &str {
        self.0.get(key).map_or("", String::as_str)
    }

    fn set(&mut self, key: &str, v: &str) {
        self.0.insert(key.to_owned(), v.to_owned());
    }

    /// Blank values for a new section, with a free id.
    pub fn new_section(form: &Form) -> Self {
        let mut v = Self::default();
        let id = (1..)
            .map(|i| format!("section_{i}"))
            .find(|id| !form.sections.iter().any(|s| s.id == *id))
            .unwrap_or_default();
        v.set("id", &id);
        v
    }

    /// The values of an existing section.
    pub fn of_section(s: &Section) -> Self {
        let mut v = Self::default();
        v.set("id", &s.id);
        for (key, text) in [("title", &s.title), ("help", &s.help)] {
            v.set(&format!("{key}_fr"), &text.fr);
            v.set(&format!("{key}_pl"), &text.pl);
            v.set(&format!("{key}_en"), &text.en);
        }
        if let Some(c) = &s.show_if {
            v.set("show", &cond_code(&c.field, &c.equals));
        }
        v
    }

    /// What was typed.
    pub fn of_form(f: &FormData) -> Self {
        let mut v = Self::default();
        for key in KEYS {
            v.set(key, f.get(&format!("sec_{key}")));
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

    /// The section these values describe, at index `at` (`None` for a new one), with a
    /// condition among `groups` (questions of the sections before it). Its questions are
    /// not part of the editor: the caller keeps them.
    pub fn to_section(
        &self,
        form: &Form,
        at: Option<usize>,
        groups: &[CondGroup],
    ) -> Result<Section, Vec<FieldError>> {
        let mut errs = vec![];
        let id = self.get("id").trim().to_owned();
        let taken = form
            .sections
            .iter()
            .enumerate()
            .any(|(i, s)| s.id == id && Some(i) != at);
        if !code_ok(&id, false) {
            errs.push(fe("sec_id", "form_id_format"));
        } else if taken {
            errs.push(fe("sec_id", "form_id_invalid"));
        }
        let title = self.text("title");
        if title.is_empty() {
            errs.push(fe("sec_title_fr", "form_label_missing"));
        }
        let show_if = parse_condition(self.get("show"), groups).unwrap_or_else(|()| {
            errs.push(fe("sec_show", "form_condition_invalid"));
            None
        });
        if !errs.is_empty() {
            return Err(errs);
        }
        Ok(Section {
            id,
            title,
            help: self.text("help"),
            fields: vec![],
            show_if,
        })
    }
}
