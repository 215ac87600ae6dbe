//! Review and selection: reviewers of an authority, declared conflicts, per-call review
//! settings, assignments, reviews, the committee and its decisions, letter templates.

use crate::{AsExec, StoreResult, on_exec};

/// A reviewer of an authority.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReviewerRow {
    /// Authority.
    pub tenant_id: String,
    /// Account.
    pub user_id: String,
    /// An external expert (not staff).
    pub external: bool,
    /// Theme codes, JSON list.
    pub expertise: String,
    /// Locale codes, JSON list.
    pub languages: String,
    /// Territory ids known, JSON list.
    pub territories: String,
    /// Most applications per call by default.
    pub capacity: i64,
    /// Takes assignments.
    pub active: bool,
    /// Last change (epoch ms).
    pub updated_at: i64,
}

/// A declared conflict of interest.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ConflictRow {
    /// Opaque id.
    pub id: String,
    /// Authority.
    pub tenant_id: String,
    /// Reviewer.
    pub user_id: String,
    /// With an organisation.
    pub organisation_id: Option<String>,
    /// With one application.
    pub application_id: Option<String>,
    /// In the reviewer's words.
    pub reason: String,
    /// When (epoch ms).
    pub declared_at: i64,
}

/// A call's review settings.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SettingsRow {
    /// Scheme.
    pub scheme_id: String,
    /// Scoring grid (JSON).
    pub grid: String,
    /// k.
    pub reviewers_per_application: i64,
    /// Smallest load per reviewer.
    pub min_per_reviewer: i64,
    /// Largest load per reviewer.
    pub max_per_reviewer: i64,
    /// Alternates per application.
    pub alternates: i64,
    /// Partial funding allowed.
    pub partial_funding: bool,
    /// Bumped by every save.
    pub version: i64,
    /// Last editor.
    pub updated_by: Option<String>,
    /// Last change (epoch ms).
    pub updated_at: i64,
}

/// Who reads which application.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AssignmentRow {
    /// Application.
    pub application_id: String,
    /// Reviewer.
    pub user_id: String,
    /// `assigned`, `alternate`, `declined`.
    pub status: String,
    /// Order among alternates (0 for assigned).
    pub rank: i64,
    /// Officer's pin: `forced`, `forbidden`.
    pub pin: Option<String>,
    /// Affinity used by the solver (thousandths).
    pub affinity: i64,
    /// Last change (epoch ms).
    pub updated_at: i64,
}

/// A review.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReviewRow {
    /// Application.
    pub application_id: String,
    /// Reviewer.
    pub user_id: String,
    /// Marks (JSON).
    pub marks: String,
    /// Weighted score in hundredths, once submitted.
    pub score: Option<i64>,
    /// When submitted (epoch ms).
    pub submitted_at: Option<i64>,
    /// Bumped by every save.
    pub version: i64,
    /// Last change (epoch ms).
    pub updated_at: i64,
}

/// A call's committee.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CommitteeRow {
    /// Scheme.
    pub scheme_id: String,
    /// Envelope.
    pub envelope_minor: i64,
    /// Per-project ceiling.
    pub cap_minor: Option<i64>,
    /// Quotas (JSON).
    pub quotas: String,
    /// Objective code.
    pub objective: String,
    /// When decisions were locked (epoch ms).
    pub closed_at: Option<i64>,
    /// Who locked them.
    pub closed_by: Option<String>,
    /// Bumped by every save.
    pub version: i64,
    /// Last change (epoch ms).
    pub updated_at: i64,
}

/// A decision on one application.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DecisionRow {
    /// Application.
    pub application_id: String,
    /// Scheme.
    pub scheme_id: String,
    /// Amount granted (0 = not funded).
    pub amount_minor: i64,
    /// Minimum viable amount, when set.
    pub minimum_minor: Option<i64>,
    /// Committee's note.
    pub note: String,
    /// Whether the amount is decided (false: only the minimum or the note is set so far).
    pub decided: bool,
    /// Who decided.
    pub decided_by: Option<String>,
    /// When (epoch ms).
    pub decided_at: i64,
}

/// A letter template.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LetterRow {
    /// Scheme.
    pub scheme_id: String,
    /// `funded` or `not_funded`.
    pub outcome: String,
    /// `fr`, `pl`, `en`.
    pub locale: String,
    /// Subject.
    pub subject: String,
    /// Body with placeholders.
    pub body: String,
    /// Last editor.
    pub updated_by: Option<String>,
    /// Last change (epoch ms).
    pub updated_at: i64,
}

const UPSERT_REVIEWER: &str = "INSERT INTO reviewer (tenant_id, user_id, external, expertise, \
     languages, territories, capacity, active, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
     ON CONFLICT (tenant_id, user_id) DO UPDATE SET external = excluded.external, \
     expertise = excluded.expertise, languages = excluded.languages, \
     territories = excluded.territories, capacity = excluded.capacity, active = excluded.active, \
     updated_at = excluded.updated_at";
const REVIEWERS: &str = "SELECT tenant_id, user_id, external, expertise, languages, territories, \
     capacity, active, updated_at FROM reviewer WHERE tenant_id = $1 ORDER BY user_id";
const INSERT_CONFLICT: &str = "INSERT INTO review_conflict (id, tenant_id, user_id, \
     organisation_id, application_id, reason, declared_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
const CONFLICTS: &str = "SELECT id, tenant_id, user_id, organisation_id, application_id, reason, \
     declared_at FROM review_conflict WHERE tenant_id = $1 ORDER BY declared_at, id";
const DELETE_CONFLICT: &str = "DELETE FROM review_conflict WHERE id = $1 AND user_id = $2";
const SETTINGS: &str = "SELECT scheme_id, grid, reviewers_per_application, min_per_reviewer, \
     max_per_reviewer, alternates, partial_funding, version, updated_by, updated_at \
     FROM review_settings WHERE scheme_id = $1";
const INSERT_SETTINGS: &str = "INSERT INTO review_settings (scheme_id, grid, \
     reviewers_per_application, min_per_reviewer, max_per_reviewer, alternates, partial_funding, \
     version, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9) \
     ON CONFLICT (scheme_id) DO NOTHING";
const UPDATE_SETTINGS: &str = "UPDATE review_settings SET grid = $1, reviewers_per_application = $2, \
     min_per_reviewer = $3, max_per_reviewer = $4, alternates = $5, partial_funding = $6, \
     version = version + 1, updated_by = $7, updated_at = $8 WHERE scheme_id = $9 AND version = $10";
const ASSIGNMENTS: &str = "SELECT ra.application_id, ra.user_id, ra.status, ra.rank, ra.pin, \
     ra.affinity, ra.updated_at FROM review_assignment ra \
     JOIN application a ON a.id = ra.application_id WHERE a.scheme_id = $1 \
     ORDER BY ra.application_id, ra.status, ra.rank, ra.user_id";
const ASSIGNMENTS_OF_USER: &str = "SELECT application_id, user_id, status, rank, pin, affinity, \
     updated_at FROM review_assignment WHERE user_id = $1 AND status = 'assigned' \
     ORDER BY application_id";
const ASSIGNMENT: &str = "SELECT application_id, user_id, status, rank, pin, affinity, updated_at \
     FROM review_assignment WHERE application_id = $1 AND user_id = $2";
const UPSERT_ASSIGNMENT: &str = "INSERT INTO review_assignment (application_id, user_id, status, \
     rank, pin, affinity, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
     ON CONFLICT (application_id, user_id) DO UPDATE SET status = excluded.status, \
     rank = excluded.rank, pin = excluded.pin, affinity = excluded.affinity, \
     updated_at = excluded.updated_at";
const CLEAR_UNPINNED: &str = "DELETE FROM review_assignment WHERE pin IS NULL AND status <> 'declined' \
     AND application_id IN (SELECT id FROM application WHERE scheme_id = $1)";
const CLEAR_UNPINNED_OF: &str = "DELETE FROM review_assignment WHERE pin IS NULL \
     AND status <> 'declined' AND application_id = $1";
const DELETE_ASSIGNMENT: &str =
    "DELETE FROM review_assignment WHERE application_id = $1 AND user_id = $2";
const REVIEW: &str = "SELECT application_id, user_id, marks, score, submitted_at, version, \
     updated_at FROM review WHERE application_id = $1 AND user_id = $2";
const REVIEWS: &str = "SELECT r.application_id, r.user_id, r.marks, r.score, r.submitted_at, \
     r.version, r.updated_at FROM review r JOIN application a ON a.id = r.application_id \
     WHERE a.scheme_id = $1 ORDER BY r.application_id, r.user_id";
const INSERT_REVIEW: &str = "INSERT INTO review (application_id, user_id, marks, score, \
     submitted_at, version, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6) \
     ON CONFLICT (application_id, user_id) DO NOTHING";
const UPDATE_REVIEW: &str = "UPDATE review SET marks = $1, score = $2, submitted_at = $3, \
     version = version + 1, updated_at = $4 WHERE application_id = $5 AND user_id = $6 \
     AND version = $7";
const COMMITTEE: &str = "SELECT scheme_id, envelope_minor, cap_minor, quotas, objective, \
     closed_at, closed_by, version, updated_at FROM committee WHERE scheme_id = $1";
const INSERT_COMMITTEE: &str = "INSERT INTO committee (scheme_id, envelope_minor, cap_minor, \
     quotas, objective, closed_at, closed_by, version, updated_at) \
     VALUES ($1, $2, $3, $4, $5, NULL, NULL, 1, $6) ON CONFLICT (scheme_id) DO NOTHING";
const UPDATE_COMMITTEE: &str = "UPDATE committee SET envelope_minor = $1, cap_minor = $2, \
     quotas = $3, objective = $4, version = version + 1, updated_at = $5 \
     WHERE scheme_id = $6 AND version = $7 AND closed_at IS NULL";
const CLOSE_COMMITTEE: &str = "UPDATE committee SET closed_at = $1, closed_by = $2, \
     version = version + 1, updated_at = $1 WHERE scheme_id = $3 AND version = $4 \
     AND closed_at IS NULL";
const DECISIONS: &str = "SELECT application_id, scheme_id, amount_minor, minimum_minor, note, \
     decided, decided_by, decided_at FROM decision WHERE scheme_id = $1 ORDER BY application_id";
const UPSERT_DECISION: &str = "INSERT INTO decision (application_id, scheme_id, amount_minor, \
     minimum_minor, note, decided, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
     ON CONFLICT (application_id) DO UPDATE SET amount_minor = excluded.amount_minor, \
     minimum_minor = excluded.minimum_minor, note = excluded.note, decided = excluded.decided, \
     decided_by = excluded.decided_by, decided_at = excluded.decided_at";
const DELETE_DECISION: &str = "DELETE FROM decision WHERE application_id = $1";
const LETTERS: &str = "SELECT scheme_id, outcome, locale, subject, body, updated_by, updated_at \
     FROM letter_template WHERE scheme_id = $1 ORDER BY outcome, locale";
const UPSERT_LETTER: &str = "INSERT INTO letter_template (scheme_id, outcome, locale, subject, \
     body, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
     ON CONFLICT (scheme_id, outcome, locale) DO UPDATE SET subject = excluded.subject, \
     body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at";

/// Adds or updates a reviewer of an authority.
#[tracing::instrument(skip_all)]
pub async fn upsert_reviewer(e: &mut impl AsExec, r: &ReviewerRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(UPSERT_REVIEWER)
        .bind(&r.tenant_id)
        .bind(&r.user_id)
        .bind(r.external)
        .bind(&r.expertise)
        .bind(&r.languages)
        .bind(&r.territories)
        .bind(r.capacity)
        .bind(r.active)
        .bind(r.updated_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// The reviewers of an authority.
#[tracing::instrument(skip_all)]
pub async fn reviewers(e: &mut impl AsExec, tenant_id: &str) -> StoreResult<Vec<ReviewerRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ReviewerRow>(
        REVIEWERS
    )
    .bind(tenant_id)
    .fetch_all(c)
    .await)?)
}

/// Records a declared conflict.
#[tracing::instrument(skip_all)]
pub async fn insert_conflict(e: &mut impl AsExec, x: &ConflictRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT_CONFLICT)
        .bind(&x.id)
        .bind(&x.tenant_id)
        .bind(&x.user_id)
        .bind(&x.organisation_id)
        .bind(&x.application_id)
        .bind(&x.reason)
        .bind(x.declared_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// The declared conflicts of an authority's reviewers.
#[tracing::instrument(skip_all)]
pub async fn conflicts(e: &mut impl AsExec, tenant_id: &str) -> StoreResult<Vec<ConflictRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ConflictRow>(
        CONFLICTS
    )
    .bind(tenant_id)
    .fetch_all(c)
    .await)?)
}

/// Withdraws one's own declared conflict; false when it was not theirs or does not exist.
#[tracing::instrument(skip_all)]
pub async fn delete_conflict(e: &mut impl AsExec, id: &str, user_id: &str) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(DELETE_CONFLICT)
        .bind(id)
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A call's review settings.
#[tracing::instrument(skip_all)]
pub async fn settings(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Option<SettingsRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SettingsRow>(SETTINGS)
        .bind(scheme_id)
        .fetch_optional(c)
        .await)?)
}

/// Saves a call's review settings made from version `from` (0 when none were saved); false
/// when someone saved them since.
#[tracing::instrument(skip_all)]
pub async fn save_settings(e: &mut impl AsExec, s: &SettingsRow, from: i64) -> StoreResult<bool> {
    let n = if from == 0 {
        on_exec!(e, |c| sqlx::query(INSERT_SETTINGS)
            .bind(&s.scheme_id)
            .bind(&s.grid)
            .bind(s.reviewers_per_application)
            .bind(s.min_per_reviewer)
            .bind(s.max_per_reviewer)
            .bind(s.alternates)
            .bind(s.partial_funding)
            .bind(&s.updated_by)
            .bind(s.updated_at)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?
    } else {
        on_exec!(e, |c| sqlx::query(UPDATE_SETTINGS)
            .bind(&s.grid)
            .bind(s.reviewers_per_application)
            .bind(s.min_per_reviewer)
            .bind(s.max_per_reviewer)
            .bind(s.alternates)
            .bind(s.partial_funding)
            .bind(&s.updated_by)
            .bind(s.updated_at)
            .bind(&s.scheme_id)
            .bind(from)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?
    };
    Ok(n == 1)
}

/// Every assignment (assigned, alternate, declined) of a call's applications.
#[tracing::instrument(skip_all)]
pub async fn assignments(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Vec<AssignmentRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, AssignmentRow>(
        ASSIGNMENTS
    )
    .bind(scheme_id)
    .fetch_all(c)
    .await)?)
}

/// The applications a reviewer is assigned to read.
#[tracing::instrument(skip_all)]
pub async fn assignments_of_user(
    e: &mut impl AsExec,
    user_id: &str,
) -> StoreResult<Vec<AssignmentRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, AssignmentRow>(
        ASSIGNMENTS_OF_USER
    )
    .bind(user_id)
    .fetch_all(c)
    .await)?)
}

/// One reviewer's assignment to one application.
#[tracing::instrument(skip_all)]
pub async fn assignment(
    e: &mut impl AsExec,
    application_id: &str,
    user_id: &str,
) -> StoreResult<Option<AssignmentRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, AssignmentRow>(
        ASSIGNMENT
    )
    .bind(application_id)
    .bind(user_id)
    .fetch_optional(c)
    .await)?)
}

/// Records or changes an assignment.
#[tracing::instrument(skip_all)]
pub async fn upsert_assignment(e: &mut impl AsExec, a: &AssignmentRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(UPSERT_ASSIGNMENT)
        .bind(&a.application_id)
        .bind(&a.user_id)
        .bind(&a.status)
        .bind(a.rank)
        .bind(&a.pin)
        .bind(a.affinity)
        .bind(a.updated_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Forgets the solver's assignments of a call before a re-run: officers' pins and declines stay.
#[tracing::instrument(skip_all)]
pub async fn clear_unpinned(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<u64> {
    Ok(on_exec!(e, |c| sqlx::query(CLEAR_UNPINNED)
        .bind(scheme_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?)
}

/// Forgets the solver's assignments of one application (pins and declines stay).
#[tracing::instrument(skip_all)]
pub async fn clear_unpinned_of(e: &mut impl AsExec, application_id: &str) -> StoreResult<u64> {
    Ok(on_exec!(e, |c| sqlx::query(CLEAR_UNPINNED_OF)
        .bind(application_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?)
}

/// Removes one assignment.
#[tracing::instrument(skip_all)]
pub async fn delete_assignment(
    e: &mut impl AsExec,
    application_id: &str,
    user_id: &str,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(DELETE_ASSIGNMENT)
        .bind(application_id)
        .bind(user_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// One reviewer's review of one application.
#[tracing::instrument(skip_all)]
pub async fn review(
    e: &mut impl AsExec,
    application_id: &str,
    user_id: &str,
) -> StoreResult<Option<ReviewRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ReviewRow>(REVIEW)
        .bind(application_id)
        .bind(user_id)
        .fetch_optional(c)
        .await)?)
}

/// Every review of a call's applications.
#[tracing::instrument(skip_all)]
pub async fn reviews(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Vec<ReviewRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ReviewRow>(REVIEWS)
        .bind(scheme_id)
        .fetch_all(c)
        .await)?)
}

/// Saves a review made from version `from` (0 when new); the new version, or `None` when it
/// was saved since (another tab).
#[tracing::instrument(skip_all)]
pub async fn save_review(
    e: &mut impl AsExec,
    r: &ReviewRow,
    from: i64,
) -> StoreResult<Option<i64>> {
    let n = if from == 0 {
        on_exec!(e, |c| sqlx::query(INSERT_REVIEW)
            .bind(&r.application_id)
            .bind(&r.user_id)
            .bind(&r.marks)
            .bind(r.score)
            .bind(r.submitted_at)
            .bind(r.updated_at)
            .execute(c)
            .await
            .map(|x| x.rows_affected()))?
    } else {
        on_exec!(e, |c| sqlx::query(UPDATE_REVIEW)
            .bind(&r.marks)
            .bind(r.score)
            .bind(r.submitted_at)
            .bind(r.updated_at)
            .bind(&r.application_id)
            .bind(&r.user_id)
            .bind(from)
            .execute(c)
            .await
            .map(|x| x.rows_affected()))?
    };
    Ok((n == 1).then_some(from + 1))
}

/// A call's committee.
#[tracing::instrument(skip_all)]
pub async fn committee(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Option<CommitteeRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, CommitteeRow>(
        COMMITTEE
    )
    .bind(scheme_id)
    .fetch_optional(c)
    .await)?)
}

/// Saves a committee's inputs made from version `from` (0 when new); false when stale or
/// closed.
#[tracing::instrument(skip_all)]
pub async fn save_committee(e: &mut impl AsExec, k: &CommitteeRow, from: i64) -> StoreResult<bool> {
    let n = if from == 0 {
        on_exec!(e, |c| sqlx::query(INSERT_COMMITTEE)
            .bind(&k.scheme_id)
            .bind(k.envelope_minor)
            .bind(k.cap_minor)
            .bind(&k.quotas)
            .bind(&k.objective)
            .bind(k.updated_at)
            .execute(c)
            .await
            .map(|x| x.rows_affected()))?
    } else {
        on_exec!(e, |c| sqlx::query(UPDATE_COMMITTEE)
            .bind(k.envelope_minor)
            .bind(k.cap_minor)
            .bind(&k.quotas)
            .bind(&k.objective)
            .bind(k.updated_at)
            .bind(&k.scheme_id)
            .bind(from)
            .execute(c)
            .await
            .map(|x| x.rows_affected()))?
    };
    Ok(n == 1)
}

/// Locks a committee's decisions; false when stale or already closed.
#[tracing::instrument(skip_all)]
pub async fn close_committee(
    e: &mut impl AsExec,
    scheme_id: &str,
    from: i64,
    by: Option<&str>,
    now: i64,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(CLOSE_COMMITTEE)
        .bind(now)
        .bind(by)
        .bind(scheme_id)
        .bind(from)
        .execute(c)
        .await
        .map(|x| x.rows_affected()))?;
    Ok(n == 1)
}

/// The decisions of a call.
#[tracing::instrument(skip_all)]
pub async fn decisions(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Vec<DecisionRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, DecisionRow>(
        DECISIONS
    )
    .bind(scheme_id)
    .fetch_all(c)
    .await)?)
}

/// Records or changes a decision.
#[tracing::instrument(skip_all)]
pub async fn upsert_decision(e: &mut impl AsExec, d: &DecisionRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(UPSERT_DECISION)
        .bind(&d.application_id)
        .bind(&d.scheme_id)
        .bind(d.amount_minor)
        .bind(d.minimum_minor)
        .bind(&d.note)
        .bind(d.decided)
        .bind(&d.decided_by)
        .bind(d.decided_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Forgets what the committee set on an application.
#[tracing::instrument(skip_all)]
pub async fn delete_decision(e: &mut impl AsExec, application_id: &str) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(DELETE_DECISION)
        .bind(application_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// The letter templates of a call.
#[tracing::instrument(skip_all)]
pub async fn letters(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Vec<LetterRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, LetterRow>(LETTERS)
        .bind(scheme_id)
        .fetch_all(c)
        .await)?)
}

/// Saves a letter template.
#[tracing::instrument(skip_all)]
pub async fn save_letter(e: &mut impl AsExec, l: &LetterRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(UPSERT_LETTER)
        .bind(&l.scheme_id)
        .bind(&l.outcome)
        .bind(&l.locale)
        .bind(&l.subject)
        .bind(&l.body)
        .bind(&l.updated_by)
        .bind(l.updated_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}
