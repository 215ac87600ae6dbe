//! Reviewers at work: the applications assigned to them, one application read as a reviewer
//! (blind when the call says so: no organisation, no partner list), and their review saved as a
//! draft or sent, checked against the call's grid.

use passerelle_domain::application::State;
use passerelle_domain::application::form::{Answers, FieldKind, Form};
use passerelle_domain::review::{Completion, Grid, Marks};
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as app_repo, ApplicationRow};
use passerelle_store::repo::organisations;
use passerelle_store::repo::review::{self as repo, ReviewRow};

use super::conflicts::{ConflictIndex, parties};
use super::{internal, settings};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// An application as its reviewer reads it.
#[derive(Debug, Clone)]
pub struct ReviewerView {
    /// The application (its organisation id must not be shown when blind).
    pub row: ApplicationRow,
    /// The call.
    pub scheme: SchemeRecord,
    /// The form it is written on.
    pub form: Form,
    /// The answers of record, partner lists removed when blind.
    pub answers: Answers,
    /// The applying organisation's name; `None` when blind.
    pub organisation: Option<String>,
    /// The grid.
    pub grid: Grid,
    /// The reviewer's review so far.
    pub review: Option<ReviewRow>,
    /// The application's files.
    pub attachments: Vec<passerelle_store::repo::applications::AttachmentRow>,
}

/// Whether an application can still be reviewed (sent, not withdrawn or closed).
fn reviewable(state: State) -> bool {
    matches!(
        state,
        State::Submitted
            | State::InReview
            | State::InfoRequested
            | State::Accepted
            | State::Rejected
    )
}

/// The answers a reviewer reads: the content of record, without partner lists when blind.
fn record_answers(form: &Form, row: &ApplicationRow, blind: bool) -> AppResult<Answers> {
    let mut answers = super::record_answers(row)?;
    if blind {
        for (_, f) in form.fields() {
            if matches!(f.kind, FieldKind::Partners { .. }) {
                answers.remove(&f.id);
            }
        }
    }
    Ok(answers)
}

/// Loads an application for a reviewer: assigned to it, never in conflict with it (checked on
/// every read), else "not found".
pub async fn load_for_reviewer(
    e: &mut impl AsExec,
    actor: &Actor,
    application_id: &str,
) -> AppResult<ReviewerView> {
    let uid = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let a = repo::assignment(e, application_id, uid)
        .await?
        .filter(|a| a.status == "assigned")
        .ok_or(AppError::NotFound)?;
    let row = app_repo::find(e, &a.application_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state: State = row.state.parse().map_err(internal)?;
    if !reviewable(state) {
        return Err(AppError::NotFound);
    }
    let scheme = crate::applications::scheme_by_id(e, &row.scheme_id).await?;
    let body = app_repo::form(e, &row.scheme_id, row.form_version)
        .await?
        .ok_or_else(|| internal("form version missing"))?;
    let form: Form = serde_json::from_str(&body).map_err(internal)?;
    let s = settings::of(e, &scheme.id).await?;
    let full = record_answers(&form, &row, false)?;
    let (partners, editors) = parties(e, &row, &form, &full).await?;
    let ix = ConflictIndex::load(e, &scheme.tenant_id, &[uid.to_owned()]).await?;
    if ix.why(uid, &row, &partners, &editors).is_some() {
        return Err(AppError::NotFound);
    }
    let organisation = if s.grid.blind {
        None
    } else {
        organisations::find(e, &row.organisation_id)
            .await?
            .map(|o| o.legal_name)
    };
    Ok(ReviewerView {
        answers: record_answers(&form, &row, s.grid.blind)?,
        review: repo::review(e, &row.id, uid).await?,
        attachments: app_repo::attachments(e, &row.id).await?,
        grid: s.grid,
        row,
        scheme,
        form,
        organisation,
    })
}

/// One application of a reviewer's queue.
#[derive(Debug, Clone)]
pub struct QueueItem {
    /// Application id.
    pub application_id: String,
    /// Reference.
    pub reference: String,
    /// Project title.
    pub title: String,
    /// Call slug.
    pub scheme_slug: String,
    /// Call title (French, the pages translate).
    pub scheme: SchemeRecord,
    /// `to_do`, `draft`, `sent`.
    pub progress: &'static str,
}

/// The applications a reviewer is assigned to and may read, with their progress.
#[tracing::instrument(skip_all)]
pub async fn queue(ctx: &AppCtx, actor: &Actor) -> AppResult<Vec<QueueItem>> {
    let uid = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut conn = ctx.db.conn().await?;
    let mut out = vec![];
    for a in repo::assignments_of_user(&mut conn, uid).await? {
        // Each goes through the same gate as opening it: conflicts hide it from the list too.
        let Ok(v) = load_for_reviewer(&mut conn, actor, &a.application_id).await else {
            continue;
        };
        out.push(QueueItem {
            application_id: v.row.id.clone(),
            reference: v.row.reference.clone().unwrap_or_default(),
            title: v.row.title.clone(),
            scheme_slug: v.scheme.scheme.slug.clone(),
            progress: match &v.review {
                None => "to_do",
                Some(r) if r.submitted_at.is_none() => "draft",
                Some(_) => "sent",
            },
            scheme: v.scheme,
        });
    }
    Ok(out)
}

/// An application for its reviewer.
#[tracing::instrument(skip_all)]
pub async fn get(ctx: &AppCtx, actor: &Actor, application_id: &str) -> AppResult<ReviewerView> {
    let mut conn = ctx.db.conn().await?;
    load_for_reviewer(&mut conn, actor, application_id).await
}

/// Saves a review made from version `from` (0 when new): a draft (what is given must fit the
/// scales) or sent (every criterion scored, comments where the grid asks). Returns the new
/// version; a stale one is refused. Decisions locked by the committee freeze reviews.
#[tracing::instrument(skip_all)]
pub async fn save(
    ctx: &AppCtx,
    actor: &Actor,
    application_id: &str,
    from: i64,
    marks: &Marks,
    send: bool,
) -> AppResult<i64> {
    let mut tx = ctx.db.begin().await?;
    let v = load_for_reviewer(&mut tx, actor, application_id).await?;
    if repo::committee(&mut tx, &v.scheme.id)
        .await?
        .is_some_and(|k| k.closed_at.is_some())
    {
        return Err(AppError::Conflict("committee_closed"));
    }
    let how = if send {
        Completion::Final
    } else {
        Completion::Draft
    };
    let problems: Vec<FieldError> = v
        .grid
        .check(marks, how)
        .into_iter()
        .map(|p| FieldError::new(p.field, p.code))
        .collect();
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let now = ctx.now_ms();
    let row = ReviewRow {
        application_id: application_id.to_owned(),
        user_id: actor.user_id().unwrap_or_default().to_owned(),
        marks: serde_json::to_string(marks).map_err(internal)?,
        score: if send {
            v.grid.score(marks).map(i64::from)
        } else {
            None
        },
        submitted_at: send.then_some(now),
        version: from + 1,
        updated_at: now,
    };
    let version = repo::save_review(&mut tx, &row, from)
        .await?
        .ok_or(AppError::Conflict("version_conflict"))?;
    tx.commit().await?;
    Ok(version)
}

/// A file of an application, for its reviewer (the same gate as reading the application).
#[tracing::instrument(skip_all)]
pub async fn download(
    ctx: &AppCtx,
    actor: &Actor,
    application_id: &str,
    attachment_id: &str,
) -> AppResult<(
    passerelle_store::repo::applications::AttachmentRow,
    bytes::Bytes,
)> {
    let mut conn = ctx.db.conn().await?;
    let v = load_for_reviewer(&mut conn, actor, application_id).await?;
    let att = app_repo::find_attachment(&mut conn, attachment_id)
        .await?
        .filter(|a| a.application_id == v.row.id)
        .ok_or(AppError::NotFound)?;
    drop(conn);
    let bytes = crate::applications::files::fetch(ctx, &att.storage_key).await?;
    Ok((att, bytes))
}
