//! Call forms (versioned) and call settings, applications, their per-section answers saved with
//! optimistic concurrency, co-editors and invitations, attachments, the append-only audit
//! trail, messages, reminders already sent, and the counter that numbers receipts.

use crate::{AsExec, StoreResult, on_exec};

/// An application.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ApplicationRow {
    /// Opaque id.
    pub id: String,
    /// Scheme applied to.
    pub scheme_id: String,
    /// Version of the scheme's form it is written on.
    pub form_version: i64,
    /// Applying organisation (the lead partner of a consortium).
    pub organisation_id: String,
    /// Domain `application::State` string.
    pub state: String,
    /// Project title as last saved.
    pub title: String,
    /// Who started it.
    pub created_by: Option<String>,
    /// Creation instant (epoch ms).
    pub created_at: i64,
    /// Last change (epoch ms).
    pub updated_at: i64,
    /// Submission instant (epoch ms).
    pub submitted_at: Option<i64>,
    /// Receipt reference.
    pub reference: Option<String>,
    /// Frozen answers, canonical JSON.
    pub frozen: Option<String>,
    /// SHA-256 (hex) of `frozen`.
    pub frozen_sha256: Option<String>,
    /// Eligibility verdict at submission.
    pub eligibility: Option<String>,
    /// Findings of the eligibility engine at submission (JSON).
    pub eligibility_detail: Option<String>,
}

/// Per-call settings.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SettingsRow {
    /// Scheme.
    pub scheme_id: String,
    /// Reminder delays in hours before the closing instant, as a JSON list.
    pub reminder_hours: String,
    /// `read_only` or `delete`.
    pub drafts_at_deadline: String,
    /// Days after the deadline before drafts are deleted.
    pub retention_days: i64,
    /// Last editor.
    pub updated_by: Option<String>,
    /// Last change (epoch ms).
    pub updated_at: i64,
}

/// The answers of one section.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SectionRow {
    /// Section id in the form.
    pub section_id: String,
    /// Version, bumped by every save.
    pub version: i64,
    /// Answers as a JSON object.
    pub answers: String,
    /// Last editor.
    pub updated_by: Option<String>,
    /// Last save (epoch ms).
    pub updated_at: i64,
}

/// One entry of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EventRow {
    /// Order within the application, from 1.
    pub seq: i64,
    /// Instant (epoch ms).
    pub at: i64,
    /// Who.
    pub actor_id: Option<String>,
    /// What (`create`, `save`, a domain event, `view`).
    pub action: String,
    /// State before.
    pub from_state: Option<String>,
    /// State after.
    pub to_state: Option<String>,
    /// Details as JSON.
    pub detail: String,
}

/// A co-editor.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EditorRow {
    /// Account.
    pub user_id: String,
    /// Partner organisation, when named.
    pub organisation_id: Option<String>,
    /// Who added them.
    pub added_by: Option<String>,
    /// When (epoch ms).
    pub added_at: i64,
}

/// An invitation to co-edit.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InvitationRow {
    /// SHA-256 of the mailed token.
    pub token_hash: String,
    /// Application.
    pub application_id: String,
    /// Invited address.
    pub email: String,
    /// Who invited.
    pub invited_by: Option<String>,
    /// When (epoch ms).
    pub created_at: i64,
    /// Expiry (epoch ms).
    pub expires_at: i64,
    /// Who accepted.
    pub accepted_by: Option<String>,
    /// When (epoch ms).
    pub accepted_at: Option<i64>,
}

/// An uploaded file.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AttachmentRow {
    /// Opaque id (what answers refer to).
    pub id: String,
    /// Application.
    pub application_id: String,
    /// Field it was uploaded for.
    pub field_id: String,
    /// Name given by the uploader (display only).
    pub filename: String,
    /// Type recognised from the content.
    pub content_type: String,
    /// Size.
    pub size_bytes: i64,
    /// SHA-256 (hex) of the content.
    pub sha256: String,
    /// Key in the object store.
    pub storage_key: String,
    /// Uploader.
    pub uploaded_by: Option<String>,
    /// When (epoch ms).
    pub uploaded_at: i64,
}

/// A message of the thread between officers and applicants.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MessageRow {
    /// Opaque id.
    pub id: String,
    /// Application.
    pub application_id: String,
    /// Author.
    pub author_id: Option<String>,
    /// `applicant` or `officer`.
    pub side: String,
    /// Text.
    pub body: String,
    /// When (epoch ms).
    pub created_at: i64,
}

const INSERT_FORM: &str = "INSERT INTO call_form (scheme_id, version, body, created_by, created_at) \
     SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM call_form WHERE scheme_id = $1 \
     RETURNING version";
const LATEST_FORM: &str = "SELECT version, body FROM call_form WHERE scheme_id = $1 \
     ORDER BY version DESC LIMIT 1";
const FORM: &str = "SELECT body FROM call_form WHERE scheme_id = $1 AND version = $2";
const SETTINGS: &str = "SELECT scheme_id, reminder_hours, drafts_at_deadline, retention_days, \
     updated_by, updated_at FROM call_settings WHERE scheme_id = $1";
const UPSERT_SETTINGS: &str = "INSERT INTO call_settings (scheme_id, reminder_hours, \
     drafts_at_deadline, retention_days, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) \
     ON CONFLICT (scheme_id) DO UPDATE SET reminder_hours = excluded.reminder_hours, \
     drafts_at_deadline = excluded.drafts_at_deadline, retention_days = excluded.retention_days, \
     updated_by = excluded.updated_by, updated_at = excluded.updated_at";
const INSERT_APP: &str = "INSERT INTO application (id, scheme_id, form_version, organisation_id, \
     state, title, created_by, created_at, updated_at, submitted_at, reference, frozen, \
     frozen_sha256, eligibility, eligibility_detail) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)";
const FIND_APP: &str = "SELECT id, scheme_id, form_version, organisation_id, state, title, \
     created_by, created_at, updated_at, submitted_at, reference, frozen, frozen_sha256, \
     eligibility, eligibility_detail FROM application WHERE id = $1";
const LIST_FOR_SCHEME: &str = "SELECT id, scheme_id, form_version, organisation_id, state, title, \
     created_by, created_at, updated_at, submitted_at, reference, frozen, frozen_sha256, \
     eligibility, eligibility_detail FROM application WHERE scheme_id = $1 \
     ORDER BY created_at, id";
const LIST_FOR_USER: &str = "SELECT id, scheme_id, form_version, organisation_id, state, title, \
     created_by, created_at, updated_at, submitted_at, reference, frozen, frozen_sha256, \
     eligibility, eligibility_detail FROM application \
     WHERE organisation_id IN (SELECT organisation_id FROM organisation_member WHERE user_id = $1) \
        OR id IN (SELECT application_id FROM application_editor WHERE user_id = $1) \
     ORDER BY updated_at DESC, id";
// Submitted means past the draft: every state a call's officers see.
const SUBMITTED_COUNTS: &str = "SELECT a.scheme_id, CAST(COUNT(*) AS BIGINT) FROM application a \
     JOIN scheme s ON s.id = a.scheme_id WHERE s.tenant_id = $1 AND a.state <> 'draft' \
     GROUP BY a.scheme_id ORDER BY a.scheme_id";
const DRAFTS: &str = "SELECT id, scheme_id, form_version, organisation_id, state, title, \
     created_by, created_at, updated_at, submitted_at, reference, frozen, frozen_sha256, \
     eligibility, eligibility_detail FROM application WHERE state = 'draft' \
     ORDER BY scheme_id, id";
const SET_TITLE: &str = "UPDATE application SET title = $1, updated_at = $2 WHERE id = $3";
const TOUCH: &str = "UPDATE application SET updated_at = $1 WHERE id = $2";
const DELETE_APP: &str = "DELETE FROM application WHERE id = $1 AND state = $2";
const SECTIONS: &str = "SELECT section_id, version, answers, updated_by, updated_at \
     FROM application_section WHERE application_id = $1 ORDER BY section_id";
const INSERT_SECTION: &str = "INSERT INTO application_section (application_id, section_id, \
     version, answers, updated_by, updated_at) VALUES ($1, $2, 1, $3, $4, $5) \
     ON CONFLICT (application_id, section_id) DO NOTHING";
const UPDATE_SECTION: &str = "UPDATE application_section SET version = version + 1, answers = $1, \
     updated_by = $2, updated_at = $3 WHERE application_id = $4 AND section_id = $5 AND version = $6";
const APPEND_EVENT: &str = "INSERT INTO application_event (application_id, seq, at, actor_id, \
     action, from_state, to_state, detail) \
     SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5, $6, $7 FROM application_event \
     WHERE application_id = $1 RETURNING seq";
const LOCK_APP: &str = "UPDATE application SET updated_at = updated_at WHERE id = $1";
const EVENTS: &str = "SELECT seq, at, actor_id, action, from_state, to_state, detail \
     FROM application_event WHERE application_id = $1 ORDER BY seq";
const NEXT_SEQ: &str = "INSERT INTO submission_counter (scheme_id, last) VALUES ($1, 1) \
     ON CONFLICT (scheme_id) DO UPDATE SET last = submission_counter.last + 1 RETURNING last";
const SUBMIT: &str = "UPDATE application SET state = $1, submitted_at = $2, updated_at = $2, \
     reference = $3, frozen = $4, frozen_sha256 = $5, eligibility = $6, eligibility_detail = $7 \
     WHERE id = $8 AND state = $9";
const SET_STATE: &str =
    "UPDATE application SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4";
const IS_EDITOR: &str =
    "SELECT COUNT(*) FROM application_editor WHERE application_id = $1 AND user_id = $2";
const ADD_EDITOR: &str = "INSERT INTO application_editor (application_id, user_id, \
     organisation_id, added_by, added_at) VALUES ($1, $2, $3, $4, $5) \
     ON CONFLICT (application_id, user_id) DO NOTHING";
const EDITORS: &str = "SELECT user_id, organisation_id, added_by, added_at FROM application_editor \
     WHERE application_id = $1 ORDER BY added_at, user_id";
const REMOVE_EDITOR: &str =
    "DELETE FROM application_editor WHERE application_id = $1 AND user_id = $2";
const INSERT_INVITATION: &str = "INSERT INTO application_invitation (token_hash, application_id, \
     email, invited_by, created_at, expires_at, accepted_by, accepted_at) \
     VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)";
const FIND_INVITATION: &str = "SELECT token_hash, application_id, email, invited_by, created_at, \
     expires_at, accepted_by, accepted_at FROM application_invitation WHERE token_hash = $1";
const INVITATIONS: &str = "SELECT token_hash, application_id, email, invited_by, created_at, \
     expires_at, accepted_by, accepted_at FROM application_invitation \
     WHERE application_id = $1 ORDER BY created_at, token_hash";
const ACCEPT_INVITATION: &str = "UPDATE application_invitation SET accepted_by = $1, \
     accepted_at = $2 WHERE token_hash = $3 AND accepted_at IS NULL";
const INSERT_ATTACHMENT: &str = "INSERT INTO attachment (id, application_id, field_id, filename, \
     content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
const FIND_ATTACHMENT: &str = "SELECT id, application_id, field_id, filename, content_type, \
     size_bytes, sha256, storage_key, uploaded_by, uploaded_at FROM attachment WHERE id = $1";
const ATTACHMENTS: &str = "SELECT id, application_id, field_id, filename, content_type, \
     size_bytes, sha256, storage_key, uploaded_by, uploaded_at FROM attachment \
     WHERE application_id = $1 ORDER BY uploaded_at, id";
const DELETE_ATTACHMENT: &str = "DELETE FROM attachment WHERE id = $1";
const INSERT_MESSAGE: &str = "INSERT INTO application_message (id, application_id, author_id, \
     side, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)";
const MESSAGES: &str = "SELECT id, application_id, author_id, side, body, created_at \
     FROM application_message WHERE application_id = $1 ORDER BY created_at, id";
const CLAIM_REMINDER: &str = "INSERT INTO application_reminder (application_id, closes_at, hours, \
     sent_at) VALUES ($1, $2, $3, $4) ON CONFLICT (application_id, closes_at, hours) DO NOTHING";

/// Saves a new version of a scheme's form; returns its number (1 for the first).
#[tracing::instrument(skip_all)]
pub async fn insert_form(
    e: &mut impl AsExec,
    scheme_id: &str,
    body: &str,
    by: Option<&str>,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(INSERT_FORM)
        .bind(scheme_id)
        .bind(body)
        .bind(by)
        .bind(now)
        .fetch_one(c)
        .await)?)
}

/// The newest form of a scheme as `(version, body)`.
#[tracing::instrument(skip_all)]
pub async fn latest_form(
    e: &mut impl AsExec,
    scheme_id: &str,
) -> StoreResult<Option<(i64, String)>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, (i64, String)>(
        LATEST_FORM
    )
    .bind(scheme_id)
    .fetch_optional(c)
    .await)?)
}

/// One version of a scheme's form.
#[tracing::instrument(skip_all)]
pub async fn form(
    e: &mut impl AsExec,
    scheme_id: &str,
    version: i64,
) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(FORM)
        .bind(scheme_id)
        .bind(version)
        .fetch_optional(c)
        .await)?)
}

/// A call's settings, when an officer saved some.
#[tracing::instrument(skip_all)]
pub async fn settings(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Option<SettingsRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SettingsRow>(SETTINGS)
        .bind(scheme_id)
        .fetch_optional(c)
        .await)?)
}

/// Saves a call's settings.
#[tracing::instrument(skip_all)]
pub async fn save_settings(e: &mut impl AsExec, s: &SettingsRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(UPSERT_SETTINGS)
        .bind(&s.scheme_id)
        .bind(&s.reminder_hours)
        .bind(&s.drafts_at_deadline)
        .bind(s.retention_days)
        .bind(&s.updated_by)
        .bind(s.updated_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Creates an application.
#[tracing::instrument(skip_all)]
pub async fn insert(e: &mut impl AsExec, a: &ApplicationRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT_APP)
        .bind(&a.id)
        .bind(&a.scheme_id)
        .bind(a.form_version)
        .bind(&a.organisation_id)
        .bind(&a.state)
        .bind(&a.title)
        .bind(&a.created_by)
        .bind(a.created_at)
        .bind(a.updated_at)
        .bind(a.submitted_at)
        .bind(&a.reference)
        .bind(&a.frozen)
        .bind(&a.frozen_sha256)
        .bind(&a.eligibility)
        .bind(&a.eligibility_detail)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// An application by id.
#[tracing::instrument(skip_all)]
pub async fn find(e: &mut impl AsExec, id: &str) -> StoreResult<Option<ApplicationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ApplicationRow>(
        FIND_APP
    )
    .bind(id)
    .fetch_optional(c)
    .await)?)
}

/// The applications to a scheme, oldest first.
#[tracing::instrument(skip_all)]
pub async fn list_for_scheme(
    e: &mut impl AsExec,
    scheme_id: &str,
) -> StoreResult<Vec<ApplicationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ApplicationRow>(
        LIST_FOR_SCHEME
    )
    .bind(scheme_id)
    .fetch_all(c)
    .await)?)
}

/// How many applications past the draft each scheme of a tenant has: (scheme id, count),
/// schemes without any left out.
#[tracing::instrument(skip_all)]
pub async fn submitted_counts(
    e: &mut impl AsExec,
    tenant_id: &str,
) -> StoreResult<Vec<(String, i64)>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, (String, i64)>(
        SUBMITTED_COUNTS
    )
    .bind(tenant_id)
    .fetch_all(c)
    .await)?)
}

/// The applications an account may edit or follow: those of its organisations and those it
/// co-edits, most recently changed first.
#[tracing::instrument(skip_all)]
pub async fn list_for_user(e: &mut impl AsExec, user_id: &str) -> StoreResult<Vec<ApplicationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ApplicationRow>(
        LIST_FOR_USER
    )
    .bind(user_id)
    .fetch_all(c)
    .await)?)
}

/// Every draft of every call (reminders and the deadline's clean-up).
#[tracing::instrument(skip_all)]
pub async fn drafts(e: &mut impl AsExec) -> StoreResult<Vec<ApplicationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ApplicationRow>(
        DRAFTS
    )
    .fetch_all(c)
    .await)?)
}

/// Records the title and the instant of a save.
#[tracing::instrument(skip_all)]
pub async fn set_title(e: &mut impl AsExec, id: &str, title: &str, now: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(SET_TITLE)
        .bind(title)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Records the instant of a change.
#[tracing::instrument(skip_all)]
pub async fn touch(e: &mut impl AsExec, id: &str, now: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(TOUCH)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Deletes an application that is still in `state`; false when it is not.
#[tracing::instrument(skip_all)]
pub async fn delete(e: &mut impl AsExec, id: &str, state: &str) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(DELETE_APP)
        .bind(id)
        .bind(state)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The saved sections of an application, by section id.
#[tracing::instrument(skip_all)]
pub async fn sections(e: &mut impl AsExec, application_id: &str) -> StoreResult<Vec<SectionRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SectionRow>(SECTIONS)
        .bind(application_id)
        .fetch_all(c)
        .await)?)
}

/// Saves a section made from version `from` (0 when the section was never saved). Returns
/// the new version, or `None` when someone saved it since: nothing is overwritten.
#[tracing::instrument(skip_all)]
pub async fn save_section(
    e: &mut impl AsExec,
    application_id: &str,
    section_id: &str,
    from: i64,
    answers: &str,
    by: Option<&str>,
    now: i64,
) -> StoreResult<Option<i64>> {
    let n = if from == 0 {
        on_exec!(e, |c| sqlx::query(INSERT_SECTION)
            .bind(application_id)
            .bind(section_id)
            .bind(answers)
            .bind(by)
            .bind(now)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?
    } else {
        on_exec!(e, |c| sqlx::query(UPDATE_SECTION)
            .bind(answers)
            .bind(by)
            .bind(now)
            .bind(application_id)
            .bind(section_id)
            .bind(from)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?
    };
    Ok((n == 1).then_some(from + 1))
}

/// One entry to append to the audit trail.
#[derive(Debug, Clone, Copy)]
pub struct NewEvent<'a> {
    /// Instant (epoch ms).
    pub at: i64,
    /// Who.
    pub actor_id: Option<&'a str>,
    /// What.
    pub action: &'a str,
    /// State before.
    pub from_state: Option<&'a str>,
    /// State after.
    pub to_state: Option<&'a str>,
    /// Details as JSON.
    pub detail: &'a str,
}

/// Appends to the audit trail; returns the entry's number. Call it inside a transaction: it
/// first locks the application's row (a no-op update), so that two writers never compute the
/// same next number (PostgreSQL's `MAX(seq) + 1` would otherwise race; SQLite transactions are
/// already serialised).
#[tracing::instrument(skip_all)]
pub async fn append_event(
    e: &mut impl AsExec,
    application_id: &str,
    ev: &NewEvent<'_>,
) -> StoreResult<i64> {
    on_exec!(e, |c| sqlx::query(LOCK_APP)
        .bind(application_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(APPEND_EVENT)
        .bind(application_id)
        .bind(ev.at)
        .bind(ev.actor_id)
        .bind(ev.action)
        .bind(ev.from_state)
        .bind(ev.to_state)
        .bind(ev.detail)
        .fetch_one(c)
        .await)?)
}

/// The audit trail of an application, in order.
#[tracing::instrument(skip_all)]
pub async fn events(e: &mut impl AsExec, application_id: &str) -> StoreResult<Vec<EventRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, EventRow>(EVENTS)
        .bind(application_id)
        .fetch_all(c)
        .await)?)
}

/// The next submission number of a scheme (1, 2, …), never given twice.
#[tracing::instrument(skip_all)]
pub async fn next_submission_seq(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<i64> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(NEXT_SEQ)
        .bind(scheme_id)
        .fetch_one(c)
        .await)?)
}

/// The receipt written when an application in state `from` is submitted.
#[derive(Debug, Clone)]
pub struct Submission<'a> {
    /// State it leaves.
    pub from: &'a str,
    /// State it enters.
    pub to: &'a str,
    /// Commit instant (epoch ms).
    pub at: i64,
    /// Reference number.
    pub reference: &'a str,
    /// Frozen answers, canonical JSON.
    pub frozen: &'a str,
    /// SHA-256 (hex) of `frozen`.
    pub sha256: &'a str,
    /// Eligibility verdict.
    pub eligibility: &'a str,
    /// Eligibility findings (JSON).
    pub eligibility_detail: &'a str,
}

/// Freezes an application that is still in state `s.from`; false when it is not any more.
#[tracing::instrument(skip_all)]
pub async fn submit(e: &mut impl AsExec, id: &str, s: &Submission<'_>) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(SUBMIT)
        .bind(s.to)
        .bind(s.at)
        .bind(s.reference)
        .bind(s.frozen)
        .bind(s.sha256)
        .bind(s.eligibility)
        .bind(s.eligibility_detail)
        .bind(id)
        .bind(s.from)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Moves an application from state `from` to `to`; false when it was not in `from`.
#[tracing::instrument(skip_all)]
pub async fn set_state(
    e: &mut impl AsExec,
    id: &str,
    from: &str,
    to: &str,
    now: i64,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(SET_STATE)
        .bind(to)
        .bind(now)
        .bind(id)
        .bind(from)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Whether `user_id` co-edits the application.
#[tracing::instrument(skip_all)]
pub async fn is_editor(
    e: &mut impl AsExec,
    application_id: &str,
    user_id: &str,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query_scalar::<_, i64>(IS_EDITOR)
        .bind(application_id)
        .bind(user_id)
        .fetch_one(c)
        .await)?;
    Ok(n > 0)
}

/// Adds a co-editor (nothing when already one).
#[tracing::instrument(skip_all)]
pub async fn add_editor(
    e: &mut impl AsExec,
    application_id: &str,
    editor: &EditorRow,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(ADD_EDITOR)
        .bind(application_id)
        .bind(&editor.user_id)
        .bind(&editor.organisation_id)
        .bind(&editor.added_by)
        .bind(editor.added_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// The co-editors of an application.
#[tracing::instrument(skip_all)]
pub async fn editors(e: &mut impl AsExec, application_id: &str) -> StoreResult<Vec<EditorRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, EditorRow>(EDITORS)
        .bind(application_id)
        .fetch_all(c)
        .await)?)
}

/// Removes a co-editor; false when they were not one.
#[tracing::instrument(skip_all)]
pub async fn remove_editor(
    e: &mut impl AsExec,
    application_id: &str,
    user_id: &str,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(REMOVE_EDITOR)
        .bind(application_id)
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records an invitation to co-edit.
#[tracing::instrument(skip_all)]
pub async fn insert_invitation(e: &mut impl AsExec, i: &InvitationRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT_INVITATION)
        .bind(&i.token_hash)
        .bind(&i.application_id)
        .bind(&i.email)
        .bind(&i.invited_by)
        .bind(i.created_at)
        .bind(i.expires_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// An invitation by the hash of its token.
#[tracing::instrument(skip_all)]
pub async fn find_invitation(
    e: &mut impl AsExec,
    token_hash: &str,
) -> StoreResult<Option<InvitationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, InvitationRow>(
        FIND_INVITATION
    )
    .bind(token_hash)
    .fetch_optional(c)
    .await)?)
}

/// The invitations of an application.
#[tracing::instrument(skip_all)]
pub async fn invitations(
    e: &mut impl AsExec,
    application_id: &str,
) -> StoreResult<Vec<InvitationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, InvitationRow>(
        INVITATIONS
    )
    .bind(application_id)
    .fetch_all(c)
    .await)?)
}

/// Marks an invitation accepted; false when it already was.
#[tracing::instrument(skip_all)]
pub async fn accept_invitation(
    e: &mut impl AsExec,
    token_hash: &str,
    user_id: &str,
    now: i64,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(ACCEPT_INVITATION)
        .bind(user_id)
        .bind(now)
        .bind(token_hash)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records an uploaded file (its bytes are already in the object store).
#[tracing::instrument(skip_all)]
pub async fn insert_attachment(e: &mut impl AsExec, a: &AttachmentRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT_ATTACHMENT)
        .bind(&a.id)
        .bind(&a.application_id)
        .bind(&a.field_id)
        .bind(&a.filename)
        .bind(&a.content_type)
        .bind(a.size_bytes)
        .bind(&a.sha256)
        .bind(&a.storage_key)
        .bind(&a.uploaded_by)
        .bind(a.uploaded_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// An attachment by id.
#[tracing::instrument(skip_all)]
pub async fn find_attachment(e: &mut impl AsExec, id: &str) -> StoreResult<Option<AttachmentRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, AttachmentRow>(
        FIND_ATTACHMENT
    )
    .bind(id)
    .fetch_optional(c)
    .await)?)
}

/// The attachments of an application, oldest first.
#[tracing::instrument(skip_all)]
pub async fn attachments(
    e: &mut impl AsExec,
    application_id: &str,
) -> StoreResult<Vec<AttachmentRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, AttachmentRow>(
        ATTACHMENTS
    )
    .bind(application_id)
    .fetch_all(c)
    .await)?)
}

/// Forgets an attachment.
#[tracing::instrument(skip_all)]
pub async fn delete_attachment(e: &mut impl AsExec, id: &str) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(DELETE_ATTACHMENT)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Adds a message to an application's thread.
#[tracing::instrument(skip_all)]
pub async fn insert_message(e: &mut impl AsExec, m: &MessageRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT_MESSAGE)
        .bind(&m.id)
        .bind(&m.application_id)
        .bind(&m.author_id)
        .bind(&m.side)
        .bind(&m.body)
        .bind(m.created_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// An application's thread, oldest first.
#[tracing::instrument(skip_all)]
pub async fn messages(e: &mut impl AsExec, application_id: &str) -> StoreResult<Vec<MessageRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, MessageRow>(MESSAGES)
        .bind(application_id)
        .fetch_all(c)
        .await)?)
}

/// Claims the reminder sent `hours` before `closes_at` for a draft; false when it was
/// already claimed (sent by an earlier or concurrent run).
#[tracing::instrument(skip_all)]
pub async fn claim_reminder(
    e: &mut impl AsExec,
    application_id: &str,
    closes_at: i64,
    hours: i64,
    now: i64,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(CLAIM_REMINDER)
        .bind(application_id)
        .bind(closes_at)
        .bind(hours)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
