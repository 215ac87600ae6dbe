//! `/api/v1/calls/{slug}/…`: a call's form, applications (start, read, save sections with
//! optimistic concurrency, submit, receipt), attachments, messages, transitions, history and
//! the officers' list. Authorisation is the pages' own (the use cases decide): someone who may
//! not see an application gets 404, whatever the route.

use std::collections::BTreeMap;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use passerelle_app::AppError;
use passerelle_app::applications::{
    Loaded, Role, documents, drafts, files, forms, inbox, submit, workflow,
};
use passerelle_domain::Locale;
use passerelle_domain::application::{By, Event};
use serde::Deserialize as _;
use serde_json::Value;

use crate::api::ApiJson;
use crate::api::organisations::ApiActor;
use crate::error::ApiError;
use crate::state::WebState;

/// Largest attachment accepted by the API (a field may set less).
pub const UPLOAD_LIMIT: usize = 25 * 1024 * 1024;

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// A call's current application form.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct FormDto {
    /// Call (scheme) slug.
    pub call: String,
    /// Form version; applications keep the version they started with.
    pub version: i64,
    /// The form: sections of typed fields (see the `Form` description in docs/API-DESIGN.md).
    #[schema(value_type = Object)]
    pub form: Value,
}

/// One section's saved answers.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct SectionDto {
    /// Version, to send back when saving (optimistic concurrency).
    pub version: i64,
    /// Answers by field id.
    #[schema(value_type = Object)]
    pub answers: Value,
    /// Last save (RFC 3339).
    pub updated_at: String,
}

/// An uploaded file.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct AttachmentDto {
    /// Opaque id (what file answers list).
    pub id: String,
    /// Field it was given for.
    pub field: String,
    /// File name.
    pub filename: String,
    /// Type recognised from the content.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// SHA-256 (hex).
    pub sha256: String,
}

/// An application.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApplicationDto {
    /// Opaque id.
    pub id: String,
    /// Call (scheme) slug.
    pub call: String,
    /// State code (`draft`, `submitted`, `in_review`, `info_requested`, `accepted`,
    /// `rejected`, `withdrawn`, `closed_without_follow_up`).
    pub state: String,
    /// The state as the caller reads it (public label for applicants, internal for officers).
    pub state_label: String,
    /// `editor` or `officer`.
    pub role: String,
    /// Events the caller may cause now.
    pub next_events: Vec<String>,
    /// Project title.
    pub title: String,
    /// Applying organisation.
    pub organisation_id: String,
    /// Form version it is written on.
    pub form_version: i64,
    /// Creation (RFC 3339).
    pub created_at: String,
    /// Last change (RFC 3339).
    pub updated_at: String,
    /// Submission instant (RFC 3339), once submitted.
    pub submitted_at: Option<String>,
    /// Receipt reference, once submitted.
    pub reference: Option<String>,
    /// SHA-256 of the frozen content, once submitted.
    pub sha256: Option<String>,
    /// Eligibility verdict at submission.
    pub eligibility: Option<String>,
    /// Saved sections by id (editors: current; officers: the content of record).
    pub sections: BTreeMap<String, SectionDto>,
    /// Files.
    pub attachments: Vec<AttachmentDto>,
}

async fn dto(
    s: &WebState,
    actor: &passerelle_app::Actor,
    l: Loaded,
    locale: Locale,
) -> Result<ApplicationDto, ApiError> {
    let tr = passerelle_app::i18n::Tr::new(locale);
    let (label, by) = match l.role {
        Role::Editor => (tr.t(&l.state.public_label_key()), By::Applicant),
        Role::Officer => (tr.t(&l.state.internal_label_key()), By::Officer),
    };
    let mut sections: BTreeMap<String, SectionDto> = l
        .sections
        .values()
        .map(|x| {
            (
                x.section_id.clone(),
                SectionDto {
                    version: x.version,
                    answers: serde_json::from_str(&x.answers).unwrap_or(Value::Null),
                    updated_at: rfc3339(x.updated_at),
                },
            )
        })
        .collect();
    if l.role == Role::Officer {
        // Officers read the content of record, section by section.
        let record = workflow::answers_of_record_for(&s.app, actor, &l).await?;
        for sec in &l.form.sections {
            let answers: serde_json::Map<String, Value> = sec
                .fields
                .iter()
                .filter_map(|f| record.get(&f.id).map(|v| (f.id.clone(), v.clone())))
                .collect();
            if let Some(d) = sections.get_mut(&sec.id) {
                d.answers = Value::Object(answers);
            }
        }
    }
    let attachments = files::list(&s.app, actor, &l.row.id)
        .await?
        .into_iter()
        .map(|a| AttachmentDto {
            id: a.id,
            field: a.field_id,
            filename: a.filename,
            content_type: a.content_type,
            size: a.size_bytes,
            sha256: a.sha256,
        })
        .collect();
    Ok(ApplicationDto {
        call: l.scheme.scheme.slug.clone(),
        state: l.state.as_str().to_owned(),
        state_label: label,
        role: match l.role {
            Role::Editor => "editor",
            Role::Officer => "officer",
        }
        .to_owned(),
        next_events: l
            .state
            .next_events(by)
            .into_iter()
            .map(|e| e.as_str().to_owned())
            .collect(),
        title: l.row.title.clone(),
        organisation_id: l.row.organisation_id.clone(),
        form_version: l.row.form_version,
        created_at: rfc3339(l.row.created_at),
        updated_at: rfc3339(l.row.updated_at),
        submitted_at: l.row.submitted_at.map(rfc3339),
        reference: l.row.reference.clone(),
        sha256: l.row.frozen_sha256.clone(),
        eligibility: l.row.eligibility.clone(),
        id: l.row.id,
        sections,
        attachments,
    })
}

const E400: &str = "Malformed request (query or body)";

/// A call's current application form (public for published calls).
#[utoipa::path(operation_id = "get_call_form", get, path = "/api/v1/calls/{slug}/form", tag = "applications",
    params(("slug" = String, Path, description = "Call (scheme) slug")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = FormDto),
              (status = 404, description = "No such call, or it has no form", body = crate::api::ErrorEnvelope)))]
pub async fn form(
    State(s): State<WebState>,
    Path(slug): Path<String>,
) -> Result<Json<FormDto>, ApiError> {
    let (scheme, version, form) = forms::public_form(&s.app, &slug).await?;
    Ok(Json(FormDto {
        call: scheme.scheme.slug,
        version,
        form: serde_json::to_value(form).map_err(|e| AppError::Internal(e.into()))?,
    }))
}

/// What starts an application.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartWrite {
    /// The applying organisation (the caller must be a member).
    pub organisation_id: String,
}

/// Start a draft application on a call for one of the caller's organisations.
#[utoipa::path(operation_id = "start_application", post, path = "/api/v1/calls/{slug}/applications", tag = "applications",
    request_body = StartWrite, params(("slug" = String, Path, description = "Call (scheme) slug")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope),
              (status = 415, description = "Body is not application/json", body = crate::api::ErrorEnvelope),
              (status = 201, description = "Created", body = ApplicationDto), (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope),
              (status = 404, description = "No such open call", body = crate::api::ErrorEnvelope),
              (status = 409, description = "The call is closed or has no form", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Invalid input; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn start(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    locale: axum::Extension<Locale>,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<StartWrite>,
) -> Result<(StatusCode, Json<ApplicationDto>), ApiError> {
    let id = drafts::start(&s.app, &actor, &slug, &body.organisation_id).await?;
    let l = drafts::get(&s.app, &actor, Some(&slug), &id).await?;
    Ok((
        StatusCode::CREATED,
        Json(dto(&s, &actor, l, locale.0).await?),
    ))
}

/// One application, for its editors or (once submitted) the call's officers. An officer's
/// reading is written to the dossier's audit trail.
#[utoipa::path(operation_id = "get_application", get, path = "/api/v1/calls/{slug}/applications/{id}", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = ApplicationDto),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope)))]
pub async fn get(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    locale: axum::Extension<Locale>,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Json<ApplicationDto>, ApiError> {
    let l = drafts::get(&s.app, &actor, Some(&slug), &id).await?;
    Ok(Json(dto(&s, &actor, l, locale.0).await?))
}

/// A section to save: the version it was read at, and its whole set of answers.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionWrite {
    /// The version read (0 for a section never saved).
    #[serde(deserialize_with = "integral")]
    pub version: i64,
    /// Answers by field id; replaces the section's answers.
    #[schema(value_type = Object)]
    pub answers: serde_json::Map<String, Value>,
}

/// An integer as JSON Schema sees one: `7` and `7.0` alike (serde refuses the latter).
fn integral<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    n.as_i64()
        .or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                .map(|f| f as i64)
        })
        .ok_or_else(|| serde::de::Error::custom("an integer"))
}

/// Sections to save.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationPatch {
    /// By section id (at least one).
    pub sections: BTreeMap<String, SectionWrite>,
}

/// Save sections of a draft (or of an application being completed), all or nothing. A
/// section saved by someone else since `version` was read gives 409 and nothing is written.
#[utoipa::path(operation_id = "update_application", patch, path = "/api/v1/calls/{slug}/applications/{id}", tag = "applications",
    request_body = ApplicationPatch,
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope),
              (status = 415, description = "Body is not application/json", body = crate::api::ErrorEnvelope),
              (status = 200, description = "Saved", body = ApplicationDto), (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope),
              (status = 404, description = "Not found", body = crate::api::ErrorEnvelope),
              (status = 409, description = "Saved by someone else meanwhile, or no longer editable", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Invalid answers; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn update(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    locale: axum::Extension<Locale>,
    Path((slug, id)): Path<(String, String)>,
    ApiJson(body): ApiJson<ApplicationPatch>,
) -> Result<Json<ApplicationDto>, ApiError> {
    if body.sections.is_empty() {
        // Only those who may see the application learn that the request is empty.
        drafts::get(&s.app, &actor, Some(&slug), &id).await?;
        return Err(AppError::field("sections", "required").into());
    }
    let changes = body
        .sections
        .into_iter()
        .map(|(k, v)| (k, (v.version, v.answers.into_iter().collect())))
        .collect();
    drafts::save_sections(&s.app, &actor, Some(&slug), &id, changes).await?;
    let l = drafts::get(&s.app, &actor, Some(&slug), &id).await?;
    Ok(Json(dto(&s, &actor, l, locale.0).await?))
}

/// A submission's receipt.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ReceiptDto {
    /// Reference number.
    pub reference: String,
    /// Submission instant (RFC 3339, UTC).
    pub submitted_at: String,
    /// The same instant in the call's time zone, to the second, in the reader's language.
    pub submitted_at_local: String,
    /// The call's IANA time zone.
    pub zone: String,
    /// SHA-256 (hex) of the frozen content (canonical JSON).
    pub sha256: String,
}

fn receipt_dto(r: submit::Receipt, locale: Locale) -> ReceiptDto {
    let tr = passerelle_app::i18n::Tr::new(locale);
    ReceiptDto {
        submitted_at_local: documents::instant_precise(&tr, r.submitted_at, &r.zone),
        submitted_at: rfc3339(r.submitted_at),
        reference: r.reference,
        zone: r.zone,
        sha256: r.sha256,
    }
}

/// Submit a draft. Judged on the server's clock at commit time: outside the call's window,
/// 409 `submission_closed`; unanswered or invalid fields, failed cross-field rules or an
/// applicant the eligibility engine refuses, 422 with the fields named.
#[utoipa::path(operation_id = "submit_application", post, path = "/api/v1/calls/{slug}/applications/{id}/submit", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "Submitted", body = ReceiptDto),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope),
              (status = 409, description = "Closed, not yet open, or already submitted", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Not ready; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn submit_one(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    locale: axum::Extension<Locale>,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Json<ReceiptDto>, ApiError> {
    let r = submit::submit(&s.app, &actor, Some(&slug), &id).await?;
    Ok(Json(receipt_dto(r, locale.0)))
}

/// The receipt of a submitted application.
#[utoipa::path(operation_id = "get_receipt", get, path = "/api/v1/calls/{slug}/applications/{id}/receipt", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = ReceiptDto),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope),
              (status = 409, description = "Not submitted", body = crate::api::ErrorEnvelope)))]
pub async fn receipt(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    locale: axum::Extension<Locale>,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Json<ReceiptDto>, ApiError> {
    let r = submit::receipt(&s.app, &actor, Some(&slug), &id).await?;
    Ok(Json(receipt_dto(r, locale.0)))
}

/// Where an uploaded file goes.
#[derive(serde::Deserialize, utoipa::IntoParams)]
pub struct UploadParams {
    /// The file field's id.
    pub field: String,
    /// The file's name (display only).
    pub filename: Option<String>,
}

/// Upload a file for a file field (raw bytes in the body). Its type is recognised from the
/// content and must be one the field accepts; its size is bounded by the field.
#[utoipa::path(operation_id = "upload_attachment", post, path = "/api/v1/calls/{slug}/applications/{id}/attachments", tag = "applications",
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id"), UploadParams),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 201, description = "Stored", body = AttachmentDto),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope),
              (status = 409, description = "No longer editable", body = crate::api::ErrorEnvelope), (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Refused file (type, size, field); nothing stored", body = crate::api::ErrorEnvelope)))]
pub async fn upload(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path((slug, id)): Path<(String, String)>,
    Query(p): Query<UploadParams>,
    body: Bytes,
) -> Result<(StatusCode, Json<AttachmentDto>), ApiError> {
    let a = files::upload(
        &s.app,
        &actor,
        Some(&slug),
        &id,
        files::Upload {
            field_id: p.field,
            filename: p.filename.unwrap_or_default(),
            bytes: body,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(AttachmentDto {
            id: a.id,
            field: a.field_id,
            filename: a.filename,
            content_type: a.content_type,
            size: a.size_bytes,
            sha256: a.sha256,
        }),
    ))
}

/// Serves a stored file as a download, never rendered inline by the browser.
pub fn file_response(
    a: &passerelle_store::repo::applications::AttachmentRow,
    bytes: Bytes,
) -> Response {
    let name = a.filename.replace(['"', '\\'], "");
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let disposition = format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        crate::page::url_encode(&name)
    );
    (
        [
            (header::CONTENT_TYPE, a.content_type.clone()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

/// Download a file of an application.
#[utoipa::path(operation_id = "get_attachment", get, path = "/api/v1/calls/{slug}/applications/{id}/attachments/{attachment}", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id"), ("attachment" = String, Path, description = "Attachment id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "The file", content_type = "application/octet-stream"),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope)))]
pub async fn download(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path((slug, id, att)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let (a, bytes) = files::download(&s.app, &actor, Some(&slug), &id, &att).await?;
    Ok(file_response(&a, bytes))
}

/// Remove a file from a draft.
#[utoipa::path(operation_id = "delete_attachment", delete, path = "/api/v1/calls/{slug}/applications/{id}/attachments/{attachment}", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id"), ("attachment" = String, Path, description = "Attachment id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 204, description = "Removed"),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope),
              (status = 409, description = "No longer editable", body = crate::api::ErrorEnvelope)))]
pub async fn delete_attachment(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path((slug, id, att)): Path<(String, String, String)>,
) -> Result<StatusCode, ApiError> {
    files::remove(&s.app, &actor, Some(&slug), &id, &att).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A message of a dossier's thread.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct MessageDto {
    /// Author's name.
    pub author: String,
    /// `applicant` or `officer`.
    pub side: String,
    /// Text.
    pub body: String,
    /// When (RFC 3339).
    pub at: String,
}

/// A message to post.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageWrite {
    /// Text (1–10 000 characters).
    #[schema(min_length = 1, max_length = 10000)]
    pub body: String,
}

/// The thread of messages between officers and applicants.
#[utoipa::path(operation_id = "list_messages", get, path = "/api/v1/calls/{slug}/applications/{id}/messages", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = Vec<MessageDto>),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope)))]
pub async fn messages(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Json<Vec<MessageDto>>, ApiError> {
    Ok(Json(
        workflow::messages(&s.app, &actor, Some(&slug), &id)
            .await?
            .into_iter()
            .map(|m| MessageDto {
                author: m.author,
                side: m.side,
                body: m.body,
                at: rfc3339(m.at),
            })
            .collect(),
    ))
}

/// Post a message; the other side is told by mail.
#[utoipa::path(operation_id = "post_message", post, path = "/api/v1/calls/{slug}/applications/{id}/messages", tag = "applications",
    request_body = MessageWrite,
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope),
              (status = 415, description = "Body is not application/json", body = crate::api::ErrorEnvelope),
              (status = 201, description = "Posted"), (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope),
              (status = 404, description = "Not found", body = crate::api::ErrorEnvelope), (status = 409, description = "Not submitted yet", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Invalid input; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn post_message(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path((slug, id)): Path<(String, String)>,
    ApiJson(body): ApiJson<MessageWrite>,
) -> Result<StatusCode, ApiError> {
    workflow::post_message(&s.app, &actor, Some(&slug), &id, &body.body).await?;
    Ok(StatusCode::CREATED)
}

/// Events of the workflow that the API can cause (submission has its own route).
#[derive(Debug, Clone, Copy, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventCode {
    /// Officers start examining it.
    StartReview,
    /// Officers ask for more information.
    RequestInfo,
    /// The applicant sends the information asked for.
    Complete,
    /// Officers select it.
    Accept,
    /// Officers turn it down.
    Reject,
    /// The applicant withdraws it.
    Withdraw,
    /// Officers close it without follow-up.
    Close,
    /// Officers reopen a decided application.
    Reopen,
}

impl From<EventCode> for Event {
    fn from(e: EventCode) -> Event {
        match e {
            EventCode::StartReview => Event::StartReview,
            EventCode::RequestInfo => Event::RequestInfo,
            EventCode::Complete => Event::Complete,
            EventCode::Accept => Event::Accept,
            EventCode::Reject => Event::Reject,
            EventCode::Withdraw => Event::Withdraw,
            EventCode::Close => Event::Close,
            EventCode::Reopen => Event::Reopen,
        }
    }
}

/// A state change to apply.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransitionWrite {
    /// `start_review`, `request_info`, `accept`, `reject`, `close`, `reopen` (officers);
    /// `complete`, `withdraw` (applicants).
    pub event: EventCode,
    /// Optional note, kept in the history and mailed to the applicants with officers' moves.
    #[serde(default)]
    pub note: String,
}

/// The state after a transition.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StateDto {
    /// New state code.
    pub state: String,
}

/// Move an application through its workflow.
#[utoipa::path(operation_id = "transition_application", post, path = "/api/v1/calls/{slug}/applications/{id}/transitions", tag = "applications",
    request_body = TransitionWrite,
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope),
              (status = 415, description = "Body is not application/json", body = crate::api::ErrorEnvelope),
              (status = 200, description = "Done", body = StateDto), (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope),
              (status = 404, description = "Not found", body = crate::api::ErrorEnvelope),
              (status = 409, description = "Not possible from the current state", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Invalid input; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn transition(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path((slug, id)): Path<(String, String)>,
    ApiJson(body): ApiJson<TransitionWrite>,
) -> Result<Json<StateDto>, ApiError> {
    let to = workflow::transition(
        &s.app,
        &actor,
        Some(&slug),
        &id,
        body.event.into(),
        &body.note,
    )
    .await?;
    Ok(Json(StateDto {
        state: to.as_str().to_owned(),
    }))
}

/// One entry of a dossier's history.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct HistoryDto {
    /// Order from 1.
    pub seq: i64,
    /// When (RFC 3339).
    pub at: String,
    /// Who (name).
    pub actor: String,
    /// What (`create`, `submit`, an event code, `view`…).
    pub action: String,
    /// State before.
    pub from_state: Option<String>,
    /// State after.
    pub to_state: Option<String>,
}

/// A dossier's history (officers also see their colleagues' readings).
#[utoipa::path(operation_id = "get_history", get, path = "/api/v1/calls/{slug}/applications/{id}/history", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ("id" = String, Path, description = "Application id")),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = Vec<HistoryDto>),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope)))]
pub async fn history(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Json<Vec<HistoryDto>>, ApiError> {
    Ok(Json(
        workflow::history(&s.app, &actor, Some(&slug), &id)
            .await?
            .into_iter()
            .map(|h| HistoryDto {
                seq: h.event.seq,
                at: rfc3339(h.event.at),
                actor: h.actor,
                action: h.event.action,
                from_state: h.event.from_state,
                to_state: h.event.to_state,
            })
            .collect(),
    ))
}

/// Filters of the officers' list.
#[derive(serde::Deserialize, utoipa::IntoParams)]
pub struct ListParams {
    /// State code.
    pub state: Option<String>,
    /// Territory id or name: the applicant's commune lies inside it.
    pub territory: Option<String>,
    /// Theme code.
    pub theme: Option<String>,
    /// Smallest amount requested (minor units).
    pub min_minor: Option<i64>,
    /// Largest amount requested (minor units).
    pub max_minor: Option<i64>,
    /// Eligibility verdict at submission: `eligible`, `unknown`, `not_eligible`.
    pub verdict: Option<String>,
    /// Words to find in the answers.
    pub q: Option<String>,
    /// Order (newest submission first by default).
    #[param(inline)]
    pub sort: Option<SortCode>,
    /// Page from 1.
    #[param(minimum = 1)]
    pub page: Option<u32>,
}

/// How the officers' list is ordered.
#[derive(Debug, Clone, Copy, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SortCode {
    /// Newest submission first.
    Newest,
    /// Oldest submission first.
    Oldest,
    /// Largest amount requested first.
    Amount,
    /// By project title.
    Title,
    /// By organisation name.
    Organisation,
}

/// One application in the officers' list.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct InboxItemDto {
    /// Opaque id.
    pub id: String,
    /// Receipt reference.
    pub reference: Option<String>,
    /// Project title.
    pub title: String,
    /// Applying organisation's name.
    pub organisation: String,
    /// State code.
    pub state: String,
    /// Amount requested (minor units).
    pub requested_minor: Option<i64>,
    /// Submission instant (RFC 3339).
    pub submitted_at: Option<String>,
    /// Eligibility verdict at submission.
    pub eligibility: Option<String>,
}

/// A page of the officers' list.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct InboxDto {
    /// Matching applications on this page.
    pub items: Vec<InboxItemDto>,
    /// How many match.
    pub total: usize,
    /// Page from 1.
    pub page: u32,
    /// Drafts in progress (content private).
    pub drafts: usize,
}

/// The submitted applications of a call, for its officers.
#[utoipa::path(operation_id = "list_applications", get, path = "/api/v1/calls/{slug}/applications", tag = "applications",
    params(("slug" = String, Path, description = "Call slug"), ListParams),
    responses((status = 400, description = E400, body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = InboxDto),
              (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope), (status = 403, description = "Not an officer of the call", body = crate::api::ErrorEnvelope),
              (status = 404, description = "No such call", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Invalid filters", body = crate::api::ErrorEnvelope)))]
pub async fn list(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
    Query(p): Query<ListParams>,
) -> Result<Json<InboxDto>, ApiError> {
    let sort = match p.sort {
        None | Some(SortCode::Newest) => inbox::Sort::Newest,
        Some(SortCode::Oldest) => inbox::Sort::Oldest,
        Some(SortCode::Amount) => inbox::Sort::Amount,
        Some(SortCode::Title) => inbox::Sort::Title,
        Some(SortCode::Organisation) => inbox::Sort::Organisation,
    };
    let page = p.page.unwrap_or(1).max(1);
    let f = inbox::Filters {
        state: p.state,
        territory: p.territory,
        theme: p.theme,
        min_minor: p.min_minor,
        max_minor: p.max_minor,
        verdict: p.verdict,
        q: p.q,
        sort,
        page: page as usize,
    };
    let r = inbox::inbox(&s.app, &actor, &slug, &f).await?;
    Ok(Json(InboxDto {
        items: r
            .items
            .into_iter()
            .map(|i| InboxItemDto {
                id: i.row.id,
                reference: i.row.reference,
                title: i.row.title,
                organisation: i.organisation,
                state: i.state.as_str().to_owned(),
                requested_minor: i.requested,
                submitted_at: i.row.submitted_at.map(rfc3339),
                eligibility: i.row.eligibility,
            })
            .collect(),
        total: r.total,
        page,
        drafts: r.drafts,
    }))
}
