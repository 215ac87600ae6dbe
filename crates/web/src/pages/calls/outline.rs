//! The builder's outline: sections and their questions as the officer reads them (labels in
//! the reader's language, type, required, condition, what the answer feeds), and the form's
//! problems placed on the item they concern.

use std::collections::HashMap;

use passerelle_domain::application::form::Form;

use super::{condition_text, feeds_label, kind_code, type_label};
use crate::page::{FormErrors, PageCommon};

/// One question in the outline.
pub struct QuestionRow {
    /// Position (`s:f`), what the action buttons send.
    pub pos: String,
    /// Anchor of its item (`q-s-f`), where its problems show.
    pub anchor: String,
    /// Id.
    pub id: String,
    /// Label in the reader's language.
    pub label: String,
    /// Type in words.
    pub type_label: String,
    /// Required to submit.
    pub required: bool,
    /// "Shown when …", if conditional.
    pub condition: Option<String>,
    /// What it feeds to the eligibility engine, in words.
    pub feeds: Option<String>,
    /// Whether it cannot move up (first of the form) or down (last).
    pub first: bool,
    /// See `first`.
    pub last: bool,
}

/// One section in the outline.
pub struct SectionRow {
    /// Index.
    pub index: usize,
    /// Anchor (`s-i`).
    pub anchor: String,
    /// Id.
    pub id: String,
    /// Title in the reader's language.
    pub title: String,
    /// "Shown when …", if conditional.
    pub condition: Option<String>,
    /// Its questions.
    pub questions: Vec<QuestionRow>,
    /// Whether it is the first / last section.
    pub first: bool,
    /// See `first`.
    pub last: bool,
}

/// The outline of `form`.
pub fn rows(page: &PageCommon, form: &Form) -> Vec<SectionRow> {
    let loc = page.tr.locale();
    let n = form.sections.len();
    form.sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let m = s.fields.len();
            SectionRow {
                index: i,
                anchor: format!("s-{i}"),
                id: s.id.clone(),
                title: s.title.get(loc).to_owned(),
                condition: s.show_if.as_ref().map(|c| condition_text(page, form, c)),
                questions: s
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(j, q)| QuestionRow {
                        pos: format!("{i}:{j}"),
                        anchor: format!("q-{i}-{j}"),
                        id: q.id.clone(),
                        label: q.label.get(loc).to_owned(),
                        type_label: type_label(page, kind_code(&q.kind)),
                        required: q.required,
                        condition: q.show_if.as_ref().map(|c| condition_text(page, form, c)),
                        feeds: q.feeds.as_ref().map(|f| feeds_label(page, f)),
                        first: i == 0 && j == 0,
                        last: i + 1 == n && j + 1 == m,
                    })
                    .collect(),
                first: i == 0,
                last: i + 1 == n,
            }
        })
        .collect()
}

/// The form's own problems ([`Form::validate`]) and `extra` ones (already keyed by anchor),
/// each on the item it concerns and named in the summary.
///
/// A problem names an id, and a section may share its id with a question (Progr'ESS has a
/// `team` section holding a `team` question): problems come in form order, so each is
/// placed on the first item with that id at or after the previous problem's item (for a
/// repeated id, on the repetition).
pub fn problems(page: &PageCommon, form: &Form, extra: &[(String, String)]) -> FormErrors {
    let loc = page.tr.locale();
    let mut items: Vec<(String, &str, String, bool)> = vec![];
    for (i, s) in form.sections.iter().enumerate() {
        items.push((format!("s-{i}"), &s.id, s.title.get(loc).to_owned(), true));
        for (j, q) in s.fields.iter().enumerate() {
            items.push((
                format!("q-{i}-{j}"),
                &q.id,
                q.label.get(loc).to_owned(),
                false,
            ));
        }
    }
    let mut out: HashMap<String, String> = HashMap::new();
    let mut cursor = 0;
    for p in form.validate() {
        let section_code = matches!(p.code, "form_id_invalid" | "form_condition_invalid");
        // An id problem is reported on the duplicate, not on the first of that id.
        let repeated = |k: usize| {
            p.code != "form_id_invalid"
                || p.field.trim().is_empty()
                || items[..k]
                    .iter()
                    .any(|it| it.1 == p.field && it.3 == items[k].3)
        };
        let Some(k) = (cursor..items.len())
            .find(|k| items[*k].1 == p.field && (section_code || !items[*k].3) && repeated(*k))
        else {
            continue;
        };
        cursor = k;
        let (anchor, _, label, _) = &items[k];
        let msg = page.t(&format!("error-{}", p.code));
        out.entry(anchor.clone())
            .or_insert_with(|| named(page, label, &msg));
    }
    for (anchor, msg) in extra {
        let label = items
            .iter()
            .find(|it| it.0 == *anchor)
            .map_or(String::new(), |it| it.2.clone());
        out.insert(anchor.clone(), named(page, &label, msg));
    }
    FormErrors(out)
}

fn named(page: &PageCommon, label: &str, msg: &str) -> String {
    if label.is_empty() {
        return msg.to_owned();
    }
    page.tr
        .ta("calls-problem", &[("item", label), ("problem", msg)])
}
