//! `GET/POST /applications/{id}/sections/{section}`: one section of the form. The page posts
//! the whole section with the version it was read at; a save by someone else meanwhile is
//! not overwritten: the page shows their version beside the one just typed, and the writer
//! chooses. With JavaScript, the same POST runs in the background as the applicant types
//! (autosave), asking for JSON (`Accept: application/json`).

use askama::Template;
use axum::Form;
use axum::Json;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use passerelle_app::AppError;
use passerelle_app::applications::drafts::{self, Saved};
use passerelle_app::applications::{Loaded, Role, files};
use passerelle_domain::application::form::Answers;

use super::fields::{self, FieldView, Inputs};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

#[derive(Template)]
#[template(path = "app_section.html")]
struct SectionPage {
    page: PageCommon,
    errors: FormErrors,
    id: String,
    section_id: String,
    title: String,
    help: String,
    project: String,
    scheme_title: String,
    version: i64,
    inputs: Inputs,
    fields: Vec<FieldView>,
    editable: bool,
    next: Option<String>,
    conflict: Option<Conflict>,
}

impl SectionPage {
    /// The value of field `id`'s input.
    fn v(&self, id: &str) -> &str {
        self.inputs.get(&format!("f.{id}"))
    }

    /// Whether field `id` has the value `value` (checkboxes, radios).
    fn has(&self, id: &str, value: &str) -> bool {
        self.inputs.has(&format!("f.{id}"), value)
    }

    /// The value of a table cell.
    fn cell(&self, id: &str, row: &usize, col: &str) -> &str {
        self.inputs.get(&format!("f.{id}.{row}.{col}"))
    }

    /// Whether a table cell holds `value` (selects, checkboxes).
    fn cell_is(&self, id: &str, row: &usize, col: &str, value: &str) -> bool {
        self.cell(id, row, col) == value
    }

    /// Whether a budget row is ticked eligible (spare rows are, by default).
    fn eligible(&self, id: &str, row: &usize) -> bool {
        let stored = !self.inputs.rows(id).contains(row);
        stored || self.cell(id, row, "eligible") == "true"
    }

    /// Whether row `row` is the lead partner.
    fn lead(&self, id: &str, row: &usize) -> bool {
        self.inputs.get(&format!("f.{id}.lead")) == row.to_string()
    }

    /// `aria-describedby` ids of a field (help, error).
    fn described(&self, f: &FieldView) -> String {
        let mut ids = vec![];
        if !f.help.is_empty() {
            ids.push(format!("field-{}-help", f.id));
        }
        if f.error.is_some() {
            ids.push(format!("field-{}-error", f.id));
        }
        ids.join(" ")
    }
}

/// What another person saved meanwhile, shown beside the posted version.
pub struct Conflict {
    /// Who saved.
    pub by: String,
    /// Their answers, as the reader reads them: (question, answer).
    pub theirs: Vec<(String, String)>,
}

fn wants_json(h: &HeaderMap) -> bool {
    h.get(axum::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

async fn page(
    p: PageCtx,
    l: &Loaded,
    section_id: &str,
    inputs: Option<Inputs>,
    errors: FormErrors,
    conflict: Option<Conflict>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let section = l
        .form
        .sections
        .iter()
        .find(|s| s.id == section_id)
        .ok_or(AppError::NotFound)?;
    let tr = &p.common.tr;
    let stored = l.answers();
    let inputs = inputs.unwrap_or_else(|| fields::inputs_of(section, &stored, tr));
    let attachments = files::list(&p.state.app, &p.actor, &l.row.id).await?;
    let all: Vec<(String, String)> = l
        .form
        .fields()
        .map(|(_, f)| (f.id.clone(), f.label.get(p.locale).to_owned()))
        .collect();
    let views = fields::views(
        section,
        &all,
        &inputs,
        &stored,
        &attachments,
        &errors,
        tr,
        l.scheme.scheme.currency,
    );
    let idx = l
        .form
        .sections
        .iter()
        .position(|s| s.id == section_id)
        .unwrap_or(0);
    let page = SectionPage {
        errors,
        id: l.row.id.clone(),
        section_id: section_id.to_owned(),
        title: section.title.get(p.locale).to_owned(),
        help: section.help.get(p.locale).to_owned(),
        project: l.row.title.clone(),
        scheme_title: l.scheme.scheme.title.get(p.locale).to_owned(),
        version: l.sections.get(section_id).map_or(0, |s| s.version),
        inputs,
        fields: views,
        editable: l.state.applicant_edits(),
        next: l.form.sections.get(idx + 1).map(|s| s.id.clone()),
        conflict,
        page: p.common,
    };
    Ok(super::super::html(status, &page))
}

/// `GET /applications/{id}/sections/{section}`.
pub async fn show(
    p: PageCtx,
    Path((id, section)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let l = drafts::get(&p.state.app, &p.actor, None, &id).await?;
    if l.role == Role::Officer {
        return Err(WebError(AppError::NotFound));
    }
    page(
        p,
        &l,
        &section,
        None,
        FormErrors::default(),
        None,
        StatusCode::OK,
    )
    .await
}

fn theirs_text(
    l: &Loaded,
    section_id: &str,
    answers: &Answers,
    p: &PageCtx,
) -> Vec<(String, String)> {
    use passerelle_app::applications::documents::{Shown, shown};
    let Some(section) = l.form.sections.iter().find(|s| s.id == section_id) else {
        return vec![];
    };
    section
        .fields
        .iter()
        .map(|f| {
            let text = match shown(
                f,
                answers.get(&f.id),
                &[],
                &p.common.tr,
                l.scheme.scheme.currency,
            ) {
                Shown::Empty => "—".to_owned(),
                Shown::Text(t) => t,
                Shown::Files(list) => list.into_iter().map(|x| x.1).collect::<Vec<_>>().join(", "),
                Shown::Table { rows, .. } => rows
                    .iter()
                    .map(|r| r.join(" · "))
                    .collect::<Vec<_>>()
                    .join("\n"),
            };
            (f.label.get(p.locale).to_owned(), text)
        })
        .collect()
}

/// `POST /applications/{id}/sections/{section}`.
pub async fn save(
    p: PageCtx,
    headers: HeaderMap,
    Path((id, section_id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let inputs = Inputs::from_pairs(&pairs);
    p.check_csrf(inputs.get("_csrf")).await?;
    let json = wants_json(&headers);
    let l = drafts::get(&p.state.app, &p.actor, None, &id).await?;
    if l.role == Role::Officer {
        return Err(WebError(AppError::NotFound));
    }
    let section = l
        .form
        .sections
        .iter()
        .find(|s| s.id == section_id)
        .ok_or(AppError::NotFound)?;
    let from: i64 = inputs.get("version").parse().unwrap_or(0);
    let answers = match fields::read(section, &inputs, &l.answers(), l.scheme.scheme.currency) {
        Ok(a) => a,
        Err(errs) => return invalid(p, &l, &section_id, inputs, errs, json).await,
    };
    match drafts::save_section(
        &p.state.app,
        &p.actor,
        None,
        &id,
        &section_id,
        from,
        answers,
    )
    .await
    {
        Ok(Saved::Done { version }) => {
            if json {
                return Ok(
                    Json(serde_json::json!({"saved": true, "version": version})).into_response()
                );
            }
            p.flash("flash-app-saved").await;
            let to = match (
                inputs.get("then"),
                l.form.sections.iter().position(|s| s.id == section_id),
            ) {
                ("next", Some(i)) if i + 1 < l.form.sections.len() => {
                    format!("/applications/{id}/sections/{}", l.form.sections[i + 1].id)
                }
                ("stay", _) => format!("/applications/{id}/sections/{section_id}"),
                _ => format!("/applications/{id}"),
            };
            Ok(super::super::see_other(&to))
        }
        Ok(Saved::Conflict { theirs, by }) => {
            if json {
                let body = serde_json::json!({"saved": false, "conflict": true, "version": theirs.version, "by": by});
                return Ok((StatusCode::CONFLICT, Json(body)).into_response());
            }
            let their_answers: Answers = serde_json::from_str(&theirs.answers).unwrap_or_default();
            let conflict = Conflict {
                by,
                theirs: theirs_text(&l, &section_id, &their_answers, &p),
            };
            // The page keeps what was typed and now carries their version: saving again
            // replaces theirs knowingly; reloading takes theirs.
            let mut inputs = inputs;
            inputs
                .0
                .insert("version".into(), vec![theirs.version.to_string()]);
            let fresh = drafts::get(&p.state.app, &p.actor, None, &id).await?;
            page(
                p,
                &fresh,
                &section_id,
                Some(inputs),
                FormErrors::default(),
                Some(conflict),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(AppError::Invalid(errs)) => invalid(p, &l, &section_id, inputs, errs, json).await,
        Err(e) => Err(WebError(e)),
    }
}

async fn invalid(
    p: PageCtx,
    l: &Loaded,
    section_id: &str,
    inputs: Inputs,
    errs: Vec<passerelle_app::FieldError>,
    json: bool,
) -> Result<Response, WebError> {
    let errors = p.form_errors(&errs);
    if json {
        let fields: Vec<_> = errors
            .all()
            .into_iter()
            .map(|(f, m)| serde_json::json!({"field": f, "message": m}))
            .collect();
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(serde_json::json!({"saved": false, "fields": fields})),
        )
            .into_response());
    }
    page(
        p,
        l,
        section_id,
        Some(inputs),
        errors,
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}
