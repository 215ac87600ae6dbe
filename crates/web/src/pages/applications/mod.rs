//! Applicants' pages: apply to a call for one of one's organisations, write the form section
//! by section (saved with or without JavaScript; a concurrent save shows both versions),
//! files, co-editors, the check before submitting, the receipt, and the dossier's thread
//! after submission. Officers reading `/applications/{id}` are sent to their own page.

pub mod apply;
pub mod dossier;
pub mod fields;
pub mod files;
pub mod section;
pub mod submit;
pub mod team;

use passerelle_app::applications::Loaded;
use passerelle_app::i18n::Tr;

/// A section of the overview: title, how many required questions are answered, link.
#[derive(Debug, Clone)]
pub struct SectionSummary {
    /// Section id.
    pub id: String,
    /// Title in the reader's language.
    pub title: String,
    /// Required questions answered.
    pub done: usize,
    /// Required questions shown.
    pub required: usize,
    /// Whether it is shown at all (conditions).
    pub shown: bool,
}

/// The sections of an application with their progress.
pub fn summaries(l: &Loaded, tr: &Tr) -> Vec<SectionSummary> {
    let answers = l.answers();
    l.form
        .sections
        .iter()
        .map(|s| {
            let shown: Vec<_> = s
                .fields
                .iter()
                .filter(|f| f.required && l.form.visible(f, &answers))
                .collect();
            let done = shown
                .iter()
                .filter(|f| {
                    answers.get(&f.id).is_some_and(|v| match v {
                        serde_json::Value::Null => false,
                        serde_json::Value::String(x) => !x.trim().is_empty(),
                        serde_json::Value::Array(a) => !a.is_empty(),
                        serde_json::Value::Bool(b) => *b,
                        _ => true,
                    })
                })
                .count();
            SectionSummary {
                id: s.id.clone(),
                title: s.title.get(tr.locale()).to_owned(),
                done,
                required: shown.len(),
                shown: l.form.visible_section(s, &answers),
            }
        })
        .collect()
}
