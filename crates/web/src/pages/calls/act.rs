//! `POST /schemes/{slug}/form`: one action on the builder's working copy (see
//! [`super::builder`] for why the copy travels in the page). An action that changes the copy
//! answers with the page and the changed copy (200: nothing is stored, so there is nothing
//! to redirect to, and posting the same page again gives the same result); bad input
//! answers 422 with the copy unchanged; "save" stores a new version and redirects.

use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::applications::forms::{self, CallView};

use super::builder::{Mode, QuestionPanel, SectionPanel, View, render};
use super::ops::{self, Slot};
use super::question::QuestionValues;
use super::section::SectionValues;
use super::{FormData, condition_groups, default_kind, feeds_code, feeds_for, feeds_label};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};
use crate::pages::backoffice::fe;

type Working = passerelle_domain::application::form::Form;

/// `POST /schemes/{slug}/form`.
pub async fn act(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let call = forms::call_for_staff(&p.state.app, &p.actor, &slug).await?;
    let mut form = super::read_form(f.get("form_json"))?;
    let version = f.get("version").trim().parse::<i64>().unwrap_or(0);
    // The form-wide setting is a checkbox of the outline: every outline action carries it.
    if f.has("outline") {
        form.balanced_budget = f.has("balanced_budget");
    }
    let action = f.get("action");
    let (verb, arg) = action.split_once(':').unwrap_or((action, ""));
    match verb {
        "save" => super::save::save(p, &call, form, version, version).await,
        "save_over" => {
            let over = arg.parse().map_err(|_| bad("action"))?;
            super::save::save(p, &call, form, version, over).await
        }
        _ => {
            let view = apply(
                &p.common,
                &call,
                View::outline(form, version),
                verb,
                arg,
                &f,
            )?;
            Ok(render(p, &call, view))
        }
    }
}

fn bad(field: &str) -> AppError {
    AppError::BadRequest(vec![fe(field, "value_unknown")])
}

fn index(arg: &str, len: usize) -> Result<usize, AppError> {
    arg.parse::<usize>()
        .ok()
        .filter(|i| *i < len)
        .ok_or_else(|| bad("action"))
}

fn slot(arg: &str, form: &Working) -> Result<Slot, AppError> {
    Slot::parse(arg)
        .filter(|s| s.exists(form))
        .ok_or_else(|| bad("action"))
}

/// Applies one action to the working copy in `v` (an outline of it).
fn apply(
    page: &PageCommon,
    call: &CallView,
    mut v: View,
    verb: &str,
    arg: &str,
    f: &FormData,
) -> Result<View, AppError> {
    match verb {
        "outline" | "cancel" => {}
        "preview" => {
            let mut pv = super::preview::view(page, &v.form, call.scheme.scheme.currency);
            pv.heading = 3;
            v.mode = Mode::Preview(Box::new(pv));
        }
        "section_up" | "section_down" => {
            let s = index(arg, v.form.sections.len())?;
            ops::move_section(&mut v.form, s, verb == "section_up");
            v.notice = Some("calls-notice-moved");
        }
        "field_up" | "field_down" => {
            let (s, i) = match slot(arg, &v.form)? {
                Slot::At(s, i) => (s, i),
                Slot::New(_) => return Err(bad("action")),
            };
            ops::move_field(&mut v.form, s, i, verb == "field_up");
            v.notice = Some("calls-notice-moved");
        }
        "delete_section" => {
            let s = index(arg, v.form.sections.len())?;
            let r = ops::delete_section(&mut v.form, s);
            return Ok(deleted(page, v, r, format!("s-{s}")));
        }
        "delete_field" => {
            let Slot::At(s, i) = slot(arg, &v.form)? else {
                return Err(bad("action"));
            };
            let r = ops::delete_field(&mut v.form, s, i);
            return Ok(deleted(page, v, r, format!("q-{s}-{i}")));
        }
        _ => return editor(page, v, verb, arg, f),
    }
    Ok(v)
}

/// Opens the question or section editor, or applies what it sends.
fn editor(
    page: &PageCommon,
    mut v: View,
    verb: &str,
    arg: &str,
    f: &FormData,
) -> Result<View, AppError> {
    match verb {
        "new_section" => {
            let sv = SectionValues::new_section(&v.form);
            v.mode = section_mode(page, &v.form, None, sv);
        }
        "edit_section" => {
            let s = index(arg, v.form.sections.len())?;
            let sv = SectionValues::of_section(&v.form.sections[s]);
            v.mode = section_mode(page, &v.form, Some(s), sv);
        }
        "apply_section" => {
            let at = match f.get("target") {
                "new" => None,
                s => Some(index(s, v.form.sections.len())?),
            };
            return Ok(apply_section(page, v, at, f));
        }
        "new_field" => {
            let s = index(arg, v.form.sections.len())?;
            let ty = f.get(&format!("new_type_{s}"));
            let kind = default_kind(ty).ok_or_else(|| bad(&format!("new_type_{s}")))?;
            let q = QuestionValues::new_question(&v.form, ty, &kind);
            v.mode = question_mode(page, &v.form, Slot::New(s), q);
        }
        "edit_field" => {
            let at = slot(arg, &v.form)?;
            let q = at
                .field(&v.form)
                .map(QuestionValues::of_field)
                .ok_or_else(|| bad("action"))?;
            v.mode = question_mode(page, &v.form, at, q);
        }
        "retype" => {
            let at = slot(f.get("target"), &v.form)?;
            let kind = default_kind(f.get("q_new_type")).ok_or_else(|| bad("q_new_type"))?;
            let q = QuestionValues::of_form(f).retyped(&kind);
            v.mode = question_mode(page, &v.form, at, q);
        }
        "apply_field" => {
            let at = slot(f.get("target"), &v.form)?;
            return Ok(apply_field(page, v, at, f));
        }
        _ => return Err(bad("action")),
    }
    Ok(v)
}

/// After a delete: the outline, or the refusal on the item others depend on.
fn deleted(page: &PageCommon, mut v: View, r: Result<(), Vec<String>>, anchor: String) -> View {
    match r {
        Ok(()) => v.notice = Some("calls-notice-deleted"),
        Err(deps) => {
            let msg = page.t1("calls-delete-blocked", "items", &deps.join(", "));
            v.errors = super::outline::problems(page, &v.form, &[(anchor, msg)]);
            v.status = StatusCode::UNPROCESSABLE_ENTITY;
        }
    }
    v
}

fn question_mode(page: &PageCommon, form: &Working, at: Slot, q: QuestionValues) -> Mode {
    let current = at.field(form).and_then(|x| x.show_if.as_ref());
    let groups = condition_groups(page, &at.earlier(form), current);
    let feeds = feeds_for(q.get("type"))
        .iter()
        .map(|x| (feeds_code(x), feeds_label(page, x)))
        .collect();
    Mode::Question(Box::new(QuestionPanel {
        slot: at.code(),
        is_new: matches!(at, Slot::New(_)),
        type_label: super::type_label(page, q.get("type")),
        q,
        groups,
        feeds,
    }))
}

fn section_mode(page: &PageCommon, form: &Working, at: Option<usize>, sv: SectionValues) -> Mode {
    let current = at.and_then(|s| form.sections[s].show_if.as_ref());
    let earlier = ops::before_section(form, at.unwrap_or(form.sections.len()));
    Mode::Section(Box::new(SectionPanel {
        at: at.map_or("new".into(), |s| s.to_string()),
        groups: condition_groups(page, &earlier, current),
        v: sv,
    }))
}

/// The question editor's "apply": the question replaces (or joins) the working copy, or
/// the editor comes back with its errors and the copy unchanged.
fn apply_field(page: &PageCommon, mut v: View, at: Slot, f: &FormData) -> View {
    let q = QuestionValues::of_form(f);
    let current = at.field(&v.form).and_then(|x| x.show_if.as_ref());
    let groups = condition_groups(page, &at.earlier(&v.form), current);
    match q.to_field(&v.form, at, &groups) {
        Ok(field) => {
            at.put(&mut v.form, field);
            v.notice = Some("calls-notice-question-applied");
        }
        Err(errs) => {
            v.errors = FormErrors::from_fields(&page.tr, &errs);
            v.mode = question_mode(page, &v.form, at, q);
            v.status = StatusCode::UNPROCESSABLE_ENTITY;
        }
    }
    v
}

/// The section editor's "apply", under the same rule as [`apply_field`].
fn apply_section(page: &PageCommon, mut v: View, at: Option<usize>, f: &FormData) -> View {
    let sv = SectionValues::of_form(f);
    let current = at.and_then(|s| v.form.sections[s].show_if.as_ref());
    let earlier = ops::before_section(&v.form, at.unwrap_or(v.form.sections.len()));
    let groups = condition_groups(page, &earlier, current);
    match sv.to_section(&v.form, at, &groups) {
        Ok(sec) => {
            ops::put_section(&mut v.form, at, sec);
            v.notice = Some("calls-notice-section-applied");
        }
        Err(errs) => {
            v.errors = FormErrors::from_fields(&page.tr, &errs);
            v.mode = section_mode(page, &v.form, at, sv);
            v.status = StatusCode::UNPROCESSABLE_ENTITY;
        }
    }
    v
}
