//! `GET /schemes/{slug}/form`: the application form builder, for the call's officers.
//!
//! Why a working copy in the page: every builder form posts the whole form being edited
//! (`form_json`), the version it was loaded from (`version`) and one action; the server
//! applies the action and shows the page again with the changed copy, and only "Save as a
//! new version" stores it (`applications::forms::save_form`). Saving at every click would
//! publish half-built forms to applicants who start meanwhile (every save is a version
//! they keep), and would forbid the in-between states an officer goes through (a choice
//! question before its options are typed). Keeping the copy in the session would mix two
//! tabs' edits. With the copy in the page nothing is stored until the officer says so; a
//! save from a stale version is refused and shown as a conflict with the copy intact, so
//! neither officer's work is lost or silently overwritten; and `static/calls.js` warns
//! before leaving a page with unsaved changes when JavaScript runs.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::applications::forms::{self, CallView};
use passerelle_domain::application::form::Form;

use super::outline::{self, SectionRow};
use super::preview::FormView;
use super::question::QuestionValues;
use super::section::SectionValues;
use super::{CondGroup, TYPES, form_json, type_label};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// The question editor.
pub struct QuestionPanel {
    /// Where it goes (`s:f` or `new:s`).
    pub slot: String,
    /// Whether it is a new question.
    pub is_new: bool,
    /// What the inputs show.
    pub q: QuestionValues,
    /// Its type in words.
    pub type_label: String,
    /// Conditions it may have.
    pub groups: Vec<CondGroup>,
    /// What it may feed `(code, label)`.
    pub feeds: Vec<(String, String)>,
}

/// The section editor.
pub struct SectionPanel {
    /// Its index, or `new`.
    pub at: String,
    /// What the inputs show.
    pub v: SectionValues,
    /// Conditions it may have.
    pub groups: Vec<CondGroup>,
}

/// What the builder shows below its header.
pub enum Mode {
    /// The outline with its actions.
    Outline,
    /// Editing one question.
    Question(Box<QuestionPanel>),
    /// Editing one section.
    Section(Box<SectionPanel>),
    /// The working copy as an applicant sees it.
    Preview(Box<FormView>),
}

/// The builder's state after an action.
pub struct View {
    /// The working copy.
    pub form: Form,
    /// The version it was loaded from.
    pub version: i64,
    /// What to show.
    pub mode: Mode,
    /// Problems, keyed by input or outline anchor.
    pub errors: FormErrors,
    /// What the action did (a message id), for the status line.
    pub notice: Option<&'static str>,
    /// After a refused save: the version someone else saved meanwhile.
    pub conflict: Option<i64>,
    /// HTTP status.
    pub status: StatusCode,
}

impl View {
    /// The outline of `form` loaded from `version`, its problems shown.
    pub fn outline(form: Form, version: i64) -> View {
        View {
            form,
            version,
            mode: Mode::Outline,
            errors: FormErrors::default(),
            notice: None,
            conflict: None,
            status: StatusCode::OK,
        }
    }
}

#[derive(Template)]
#[template(path = "call_builder.html")]
struct BuilderPage {
    page: PageCommon,
    slug: String,
    title: String,
    saved: Option<i64>,
    version: i64,
    form_json: String,
    sections: usize,
    questions: usize,
    unsaved: bool,
    balanced: bool,
    rows: Vec<SectionRow>,
    mode: Mode,
    errors: FormErrors,
    notice: Option<&'static str>,
    conflict: Option<i64>,
    types: Vec<(String, String)>,
    vats: Vec<(String, String)>,
    file_kinds: Vec<(String, String)>,
}

impl BuilderPage {
    /// A language's name in the reader's language.
    fn lang_label(&self, code: &str) -> String {
        self.page.t(&format!("bo-language-{code}"))
    }
}

/// Renders the builder for `call` in state `v`.
pub fn render(p: PageCtx, call: &CallView, v: View) -> Response {
    let page = p.common;
    let saved = call.form.as_ref().map(|(n, _)| *n);
    let unsaved = match &call.form {
        Some((_, f)) => *f != v.form,
        None => !v.form.sections.is_empty(),
    };
    // In the outline the form's own problems show as soon as an action causes them.
    let errors = if matches!(v.mode, Mode::Outline) && v.errors.is_empty() {
        outline::problems(&page, &v.form, &[])
    } else {
        v.errors
    };
    let types = TYPES
        .iter()
        .map(|t| ((*t).to_owned(), type_label(&page, t)))
        .collect();
    let vats = ["excl", "incl"]
        .iter()
        .map(|c| {
            (
                (*c).to_owned(),
                crate::pages::backoffice::label(&page, "vat", c),
            )
        })
        .collect();
    let file_kinds = super::FILE_KINDS
        .iter()
        .map(|(c, _)| ((*c).to_owned(), page.t(&format!("calls-file-{c}"))))
        .collect();
    let tpl = BuilderPage {
        slug: call.scheme.scheme.slug.clone(),
        title: call.scheme.scheme.title.get(page.tr.locale()).to_owned(),
        saved,
        version: v.version,
        form_json: form_json(&v.form),
        sections: v.form.sections.len(),
        questions: v.form.fields().count(),
        unsaved,
        balanced: v.form.balanced_budget,
        rows: outline::rows(&page, &v.form),
        mode: v.mode,
        errors,
        notice: v.notice,
        conflict: v.conflict,
        types,
        vats,
        file_kinds,
        page,
    };
    super::super::html(v.status, &tpl)
}

/// `GET /schemes/{slug}/form`: the current form, or an empty one when the call has none.
pub async fn show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let call = forms::call_for_staff(&p.state.app, &p.actor, &slug).await?;
    let (version, form) = call.form.clone().unwrap_or((0, Form::default()));
    Ok(render(p, &call, View::outline(form, version)))
}
