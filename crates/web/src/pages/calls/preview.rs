//! `GET /schemes/{slug}/form/preview`: the call's saved form as an applicant sees it, in the
//! reader's language (the site's language switch changes it), read-only. The builder shows
//! its unsaved working copy through the same view ([`view`]).

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use passerelle_app::applications::forms;
use passerelle_domain::Currency;
use passerelle_domain::application::form::{Choice, FieldKind, Form};
use passerelle_domain::scheme::vocab::CofunderKind;

use super::{FILE_KINDS, MB, condition_text, kind_code};
use crate::error::WebError;
use crate::page::{PageCommon, PageCtx};
use crate::pages::backoffice::label;

/// A question as the applicant sees it. Type-specific parts are plain lists and texts so
/// that the template stays a flat `if` on `kind`.
pub struct PvField {
    /// Input id (`pv-<question id>`).
    pub input: String,
    /// Type code.
    pub kind: &'static str,
    /// Label.
    pub label: String,
    /// Help.
    pub help: String,
    /// Required to submit.
    pub required: bool,
    /// "Shown only when …" for the officer reading the preview.
    pub condition: Option<String>,
    /// The type's rule in words ("At most 150 characters").
    pub rule: String,
    /// Options of a choice; phases of a budget.
    pub options: Vec<(String, String)>,
    /// Categories of a budget.
    pub categories: Vec<(String, String)>,
    /// Years a budget allows (empty: any).
    pub years: Vec<String>,
    /// `accept` attribute of a file input.
    pub accept: String,
    /// Several files allowed.
    pub multiple: bool,
    /// `maxlength` of a text.
    pub max_len: String,
}

/// A section as the applicant sees it.
pub struct PvSection {
    /// Anchor.
    pub anchor: String,
    /// Title.
    pub title: String,
    /// Introduction.
    pub help: String,
    /// "Shown only when …".
    pub condition: Option<String>,
    /// Its questions.
    pub fields: Vec<PvField>,
}

/// A whole form as the applicant sees it, with the vocabularies of its tables.
pub struct FormView {
    /// Sections.
    pub sections: Vec<PvSection>,
    /// Kinds of co-funders `(code, label)`.
    pub funder_kinds: Vec<(String, String)>,
    /// Currency code (`EUR`), short enough for a column header.
    pub currency: String,
    /// Level of the sections' headings (2 on its own page, 3 inside the builder).
    pub heading: u8,
}

fn opts(page: &PageCommon, c: &[Choice]) -> Vec<(String, String)> {
    let loc = page.tr.locale();
    c.iter()
        .map(|o| (o.value.clone(), o.label.get(loc).to_owned()))
        .collect()
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

fn field(
    page: &PageCommon,
    form: &Form,
    q: &passerelle_domain::application::form::Field,
) -> PvField {
    let loc = page.tr.locale();
    let mut f = PvField {
        input: format!("pv-{}", q.id),
        kind: kind_code(&q.kind),
        label: q.label.get(loc).to_owned(),
        help: q.help.get(loc).to_owned(),
        required: q.required,
        condition: q.show_if.as_ref().map(|c| condition_text(page, form, c)),
        rule: String::new(),
        options: vec![],
        categories: vec![],
        years: vec![],
        accept: String::new(),
        multiple: false,
        max_len: String::new(),
    };
    let s = |n: Option<i64>| n.map(|n| page.tr.number(n));
    match &q.kind {
        FieldKind::ShortText { max_len } | FieldKind::LongText { max_len } => {
            let n = max_len.unwrap_or(if f.kind == "short_text" { 300 } else { 20_000 });
            f.max_len = n.to_string();
            f.rule = page.t1("calls-rule-max-len", "max", &page.tr.number(i64::from(n)));
        }
        FieldKind::Number { min, max } => {
            f.rule = between(page, "calls-rule-number", s(*min), s(*max))
        }
        FieldKind::Money { vat } => {
            f.rule = page.t1("calls-rule-money", "vat", &label(page, "vat", vat.as_str()));
        }
        FieldKind::SingleChoice { options } => f.options = opts(page, options),
        FieldKind::MultipleChoice { options, min, max } => {
            f.options = opts(page, options);
            let n = |v: &Option<u32>| v.map(|v| v.to_string());
            f.rule = between(page, "calls-rule-choices", n(min), n(max));
        }
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
            f.accept = accept.join(",");
            f.multiple = *multiple;
            let key = if *multiple {
                "calls-rule-files"
            } else {
                "calls-rule-file"
            };
            f.rule = page.tr.ta(
                key,
                &[
                    ("kinds", &kinds.join(", ")),
                    ("size", &max_bytes.div_ceil(MB).to_string()),
                ],
            );
        }
        FieldKind::Budget {
            phases,
            categories,
            years,
            vat,
        } => {
            f.options = opts(page, phases);
            f.categories = opts(page, categories);
            if let Some((a, b)) = years {
                f.years = (*a..=*b).map(|y| y.to_string()).collect();
            }
            f.rule = page.t1(
                "calls-rule-budget",
                "vat",
                &label(page, "vat", vat.as_str()),
            );
        }
        FieldKind::Partners { min, max } => {
            let n = |v: &Option<u32>| v.map(|v| v.to_string());
            f.rule = between(page, "calls-rule-partners", n(min), n(max));
        }
        FieldKind::Date | FieldKind::Declaration | FieldKind::Cofunding | FieldKind::Plan => {}
    }
    f
}

/// `form` as the applicant sees it, amounts in `currency`.
pub fn view(page: &PageCommon, form: &Form, currency: Currency) -> FormView {
    let loc = page.tr.locale();
    FormView {
        sections: form
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| PvSection {
                anchor: format!("pv-section-{i}"),
                title: s.title.get(loc).to_owned(),
                help: s.help.get(loc).to_owned(),
                condition: s.show_if.as_ref().map(|c| condition_text(page, form, c)),
                fields: s.fields.iter().map(|q| field(page, form, q)).collect(),
            })
            .collect(),
        funder_kinds: CofunderKind::all()
            .iter()
            .map(|k| {
                (
                    k.as_str().to_owned(),
                    label(page, "cofunder_kinds", k.as_str()),
                )
            })
            .collect(),
        currency: currency.as_str().to_owned(),
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
