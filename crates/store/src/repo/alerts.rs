//! Saved searches, the alerts already decided for them (never sent twice) and the alerts
//! waiting for a daily digest.

use crate::{AsExec, StoreResult, on_exec};

/// A saved search.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SavedSearchRow {
    /// Opaque id.
    pub id: String,
    /// Owning account, when saved signed in.
    pub user_id: Option<String>,
    /// Where alerts go (normalised, lowercase).
    pub email: String,
    /// `search` (catalogue query) or `eligibility` (wizard profile).
    pub kind: String,
    /// The query string, without `?`.
    pub query: String,
    /// Title given by the subscriber.
    pub title: String,
    /// Language of the mails (`fr`, `pl`, `en`).
    pub locale: String,
    /// `immediate` or `daily`.
    pub frequency: String,
    /// When the address was confirmed (epoch ms); alerts fire only once set.
    pub confirmed_at: Option<i64>,
    /// Hash of the single-use confirmation token, while unconfirmed.
    pub confirm_token_hash: Option<String>,
    /// Hash of the unsubscribe and feed token.
    pub token_hash: String,
    /// Creation instant (epoch ms).
    pub created_at: i64,
    /// Last daily digest sent (epoch ms).
    pub last_digest_at: Option<i64>,
}

/// An alert waiting for its digest.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PendingRow {
    /// Scheme slug.
    pub scheme_slug: String,
    /// `published` or `deadline`.
    pub reason: String,
    /// 0 for a publication, the closing instant (epoch ms) for a deadline.
    pub occurrence: i64,
}

const COLS: &str = "id, user_id, email, kind, query, title, locale, frequency, confirmed_at, \
     confirm_token_hash, token_hash, created_at, last_digest_at";

const INSERT: &str = "INSERT INTO saved_search (id, user_id, email, kind, query, title, locale, \
     frequency, confirmed_at, confirm_token_hash, token_hash, created_at, last_digest_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
const CONFIRM: &str = "UPDATE saved_search SET confirmed_at = $1, confirm_token_hash = NULL \
     WHERE confirm_token_hash = $2 AND confirmed_at IS NULL AND created_at > $3 RETURNING id";
const COUNT_FOR_EMAIL: &str = "SELECT CAST(COUNT(*) AS BIGINT) FROM saved_search WHERE email = $1";
const DELETE: &str = "DELETE FROM saved_search WHERE id = $1";
const PURGE_UNCONFIRMED: &str =
    "DELETE FROM saved_search WHERE confirmed_at IS NULL AND created_at <= $1";
const CLAIM: &str = "INSERT INTO alert_sent (saved_search_id, scheme_slug, reason, occurrence, sent_at) \
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (saved_search_id, scheme_slug, reason, occurrence) DO NOTHING";
const SENT_AT: &str = "SELECT sent_at FROM alert_sent \
     WHERE saved_search_id = $1 AND scheme_slug = $2 AND reason = $3 AND occurrence = $4";
const QUEUE: &str = "INSERT INTO alert_pending (saved_search_id, scheme_slug, reason, occurrence, created_at) \
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (saved_search_id, scheme_slug, reason, occurrence) DO NOTHING";
const TAKE_PENDING: &str = "DELETE FROM alert_pending WHERE saved_search_id = $1 \
     RETURNING scheme_slug, reason, occurrence";
const SET_LAST_DIGEST: &str = "UPDATE saved_search SET last_digest_at = $1 WHERE id = $2";

/// Inserts a saved search.
#[tracing::instrument(skip_all)]
pub async fn insert(e: &mut impl AsExec, s: &SavedSearchRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT)
        .bind(&s.id)
        .bind(&s.user_id)
        .bind(&s.email)
        .bind(&s.kind)
        .bind(&s.query)
        .bind(&s.title)
        .bind(&s.locale)
        .bind(&s.frequency)
        .bind(s.confirmed_at)
        .bind(&s.confirm_token_hash)
        .bind(&s.token_hash)
        .bind(s.created_at)
        .bind(s.last_digest_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A saved search by id.
#[tracing::instrument(skip_all)]
pub async fn find_by_id(e: &mut impl AsExec, id: &str) -> StoreResult<Option<SavedSearchRow>> {
    let sql = format!("SELECT {COLS} FROM saved_search WHERE id = $1");
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SavedSearchRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(id)
    .fetch_optional(c)
    .await)?)
}

/// A saved search by the hash of its unsubscribe/feed token.
#[tracing::instrument(skip_all)]
pub async fn find_by_token_hash(
    e: &mut impl AsExec,
    token_hash: &str,
) -> StoreResult<Option<SavedSearchRow>> {
    let sql = format!("SELECT {COLS} FROM saved_search WHERE token_hash = $1");
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SavedSearchRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(token_hash)
    .fetch_optional(c)
    .await)?)
}

/// Confirms the unconfirmed saved search holding this confirmation token, created after
/// `created_after` (older ones have expired); returns its id. Atomic: a token works once.
#[tracing::instrument(skip_all)]
pub async fn confirm(
    e: &mut impl AsExec,
    confirm_token_hash: &str,
    now: i64,
    created_after: i64,
) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(CONFIRM)
        .bind(now)
        .bind(confirm_token_hash)
        .bind(created_after)
        .fetch_optional(c)
        .await)?)
}

/// The saved searches of an account: those it saved, and those saved for `email` (pass the
/// account's address only when it is confirmed; an empty string matches none).
#[tracing::instrument(skip_all)]
pub async fn list_for_owner(
    e: &mut impl AsExec,
    user_id: &str,
    email: &str,
) -> StoreResult<Vec<SavedSearchRow>> {
    let sql = format!(
        "SELECT {COLS} FROM saved_search WHERE user_id = $1 OR (email = $2 AND email <> '') \
         ORDER BY created_at DESC, id"
    );
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SavedSearchRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(user_id)
    .bind(email)
    .fetch_all(c)
    .await)?)
}

/// Every confirmed saved search, oldest first.
#[tracing::instrument(skip_all)]
pub async fn list_confirmed(e: &mut impl AsExec) -> StoreResult<Vec<SavedSearchRow>> {
    let sql = format!(
        "SELECT {COLS} FROM saved_search WHERE confirmed_at IS NOT NULL ORDER BY created_at, id"
    );
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SavedSearchRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .fetch_all(c)
    .await)?)
}

/// How many saved searches an address has (confirmed or not).
#[tracing::instrument(skip_all)]
pub async fn count_for_email(e: &mut impl AsExec, email: &str) -> StoreResult<i64> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(
        COUNT_FOR_EMAIL
    )
    .bind(email)
    .fetch_one(c)
    .await)?)
}

/// Deletes a saved search with its sent and pending alerts; returns whether it existed.
#[tracing::instrument(skip_all)]
pub async fn delete(e: &mut impl AsExec, id: &str) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(DELETE)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Deletes the unconfirmed saved searches created at or before `created_before`.
#[tracing::instrument(skip_all)]
pub async fn purge_unconfirmed(e: &mut impl AsExec, created_before: i64) -> StoreResult<u64> {
    Ok(on_exec!(e, |c| sqlx::query(PURGE_UNCONFIRMED)
        .bind(created_before)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?)
}

/// Records that an alert is sent (or queued); false when it already was, so the caller
/// sends nothing. Concurrent callers cannot both get true.
#[tracing::instrument(skip_all)]
pub async fn claim(
    e: &mut impl AsExec,
    saved_search_id: &str,
    slug: &str,
    reason: &str,
    occurrence: i64,
    now: i64,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(CLAIM)
        .bind(saved_search_id)
        .bind(slug)
        .bind(reason)
        .bind(occurrence)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// When an alert was sent, if it was.
#[tracing::instrument(skip_all)]
pub async fn sent_at(
    e: &mut impl AsExec,
    saved_search_id: &str,
    slug: &str,
    reason: &str,
    occurrence: i64,
) -> StoreResult<Option<i64>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(SENT_AT)
        .bind(saved_search_id)
        .bind(slug)
        .bind(reason)
        .bind(occurrence)
        .fetch_optional(c)
        .await)?)
}

/// Queues an alert for the next digest.
#[tracing::instrument(skip_all)]
pub async fn queue(
    e: &mut impl AsExec,
    saved_search_id: &str,
    slug: &str,
    reason: &str,
    occurrence: i64,
    now: i64,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(QUEUE)
        .bind(saved_search_id)
        .bind(slug)
        .bind(reason)
        .bind(occurrence)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Confirmed daily saved searches that have queued alerts.
#[tracing::instrument(skip_all)]
pub async fn daily_with_pending(e: &mut impl AsExec) -> StoreResult<Vec<SavedSearchRow>> {
    let sql = format!(
        "SELECT {COLS} FROM saved_search WHERE frequency = 'daily' AND confirmed_at IS NOT NULL \
         AND id IN (SELECT saved_search_id FROM alert_pending) ORDER BY created_at, id"
    );
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SavedSearchRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .fetch_all(c)
    .await)?)
}

/// Removes and returns the queued alerts of a saved search (in no particular order).
#[tracing::instrument(skip_all)]
pub async fn take_pending(
    e: &mut impl AsExec,
    saved_search_id: &str,
) -> StoreResult<Vec<PendingRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, PendingRow>(
        TAKE_PENDING
    )
    .bind(saved_search_id)
    .fetch_all(c)
    .await)?)
}

/// Records when the last digest went.
#[tracing::instrument(skip_all)]
pub async fn set_last_digest(e: &mut impl AsExec, id: &str, now: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(SET_LAST_DIGEST)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
