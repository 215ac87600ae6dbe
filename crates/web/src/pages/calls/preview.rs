//! `GET /schemes/{slug}/form/preview`: the call's saved form as an applicant sees it, in the
//! reader's language (the site's language switch changes it), read-only. The builder shows
//! its unsaved working copy through the same view ([`view`]).
//!
//! The questions are the applicant pages' own view ([`fields::views`]: labels, units,
//! options, table columns, the empty rows offered without JavaScript), so the preview cannot
//! drift from what applicants get; officers also read each question's rules and condition.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use passerelle_app::applications::forms;
use passerelle_domain::Currency;
use passerelle_domain::application::form::{Answers, Field, FieldKind, Form};

use super::{FILE_KINDS, MB, condition_text};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};
use crate::pages::applications::fields::{self, FieldView, Inputs};

/// A question as the applicant sees it, with what officers read about it.
pub struct PvField {
    /// The applicant pages' view of it.
    pub f: FieldView,
    /// Its rules in words ("At most 150 characters"), for officers.
    pub rule: String,
    /// Its condition with the awaited answer, for officers.
    pub note: Option<String>,
}

/// A section as the applicant sees it.
pub struct PvSection {
    /// Anchor.
    pub anchor: String,
    /// Title.
    pub title: String,
    /// Introduction.
    pub help: String,
    /// Its condition, for officers.
    pub note: Option<String>,
    /// Its questions.
    pub fields: Vec<PvField>,
}

/// A whole form as the applicant sees it.
pub struct FormView {
    /// Sections.
    pub sections: Vec<PvSection>,
    /// Level of the sections' headings (2 on its own page, 3 inside the builder).
    pub heading: u8,
}

fn between(page: &PageCommon, key: &str, min: Option<String>, max: Option<String>) -> String {
    match (min, max) {
        (Some(a), Some(b)) => page
            .tr
            .ta(&format!("{key}-between"), &[("min", &a), ("max", &b)]),
        (Some(a), None) => page.t1(&format!("{key}-min"), "min", &a),
        (None, Some(b)) => page.t1(&format!("{key}-max"), "max", &b),
        (None, None) => String::new(),
    }
}

/// The rules of a question that its inputs do not show by themselves.
fn rule(page: &PageCommon, q: &Field) -> String {
    let n = |v: &Option<u32>| v.map(|v| v.to_string());
    match &q.kind {
        FieldKind::ShortText { max_len } | FieldKind::LongText { max_len } => {
            let default = if matches!(q.kind, FieldKind::ShortText { .. }) {
                300
            } else {
                20_000
            };
            let max = i64::from(max_len.unwrap_or(default));
            page.t1("calls-rule-max-len", "max", &page.tr.number(max))
        }
        FieldKind::Number { min, max } => {
            let s = |v: &Option<i64>| v.map(|v| page.tr.number(v));
            between(page, "calls-rule-number", s(min), s(max))
        }
        FieldKind::MultipleChoice { min, max, .. } => {
            between(page, "calls-rule-choices", n(min), n(max))
        }
        FieldKind::Partners { min, max } => between(page, "calls-rule-partners", n(min), n(max)),
        FieldKind::File {
            accept,
            max_bytes,
            multiple,
        } => {
            let kinds: Vec<String> = FILE_KINDS
                .iter()
                .filter(|(_, m)| m.iter().any(|m| accept.iter().any(|a| a == m)))
                .map(|(code, _)| page.t(&format!("calls-file-{code}")))
                .collect();
            let key = if *multiple {
                "calls-rule-files"
            } else {
                "calls-rule-file"
            };
            let size = max_bytes.div_ceil(MB).to_string();
            page.tr
                .ta(key, &[("kinds", &kinds.join(", ")), ("size", &size)])
        }
        _ => String::new(),
    }
}

/// `form` as the applicant sees it, amounts in `currency`.
pub fn view(page: &PageCommon, form: &Form, currency: Currency) -> FormView {
    let loc = page.tr.locale();
    let labels: Vec<(String, String)> = form
        .fields()
        .map(|(_, q)| (q.id.clone(), q.label.get(loc).to_owned()))
        .collect();
    let (empty, none) = (Inputs::default(), Answers::new());
    let sections = form
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let shown = fields::views(
                s,
                &labels,
                &empty,
                &none,
                &[],
                &FormErrors::default(),
                &page.tr,
                currency,
            );
            PvSection {
                anchor: format!("pv-section-{i}"),
                title: s.title.get(loc).to_owned(),
                help: s.help.get(loc).to_owned(),
                note: s.show_if.as_ref().map(|c| condition_text(page, form, c)),
                fields: shown
                    .into_iter()
                    .zip(&s.fields)
                    .map(|(f, q)| PvField {
                        f,
                        rule: rule(page, q),
                        note: q.show_if.as_ref().map(|c| condition_text(page, form, c)),
                    })
                    .collect(),
            }
        })
        .collect();
    FormView {
        sections,
        heading: 2,
    }
}

#[derive(Template)]
#[template(path = "call_preview.html")]
struct PreviewPage {
    page: PageCommon,
    slug: String,
    title: String,
    version: Option<i64>,
    pv: FormView,
}

/// `GET /schemes/{slug}/form/preview`.
pub async fn show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let call = forms::call_for_staff(&p.state.app, &p.actor, &slug).await?;
    let page = p.common;
    let (version, form) = match call.form {
        Some((v, f)) => (Some(v), f),
        None => (None, Form::default()),
    };
    let pv = view(&page, &form, call.scheme.scheme.currency);
    Ok(super::super::ok(&PreviewPage {
        title: call.scheme.scheme.title.get(page.tr.locale()).to_owned(),
        slug,
        version,
        pv,
        page,
    }))
}
