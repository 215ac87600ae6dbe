//! The transactional mail queue: a use case enqueues its mails in the same transaction as the
//! change that causes them, so a committed change never loses its mail; a sender delivers them
//! afterwards, at least once, retrying with back-off.

use crate::{AsExec, StoreResult, on_exec};

/// A queued mail.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct QueuedMail {
    /// Opaque id.
    pub id: String,
    /// When it was queued (epoch ms).
    pub created_at: i64,
    /// Recipient address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// Extra header fields, as a JSON object.
    pub headers: String,
    /// A document rendered when the mail goes (`receipt:<application id>`).
    pub attach: Option<String>,
    /// Delivery attempts so far.
    pub attempts: i64,
    /// Not before (epoch ms).
    pub next_attempt_at: i64,
    /// Delivered (epoch ms).
    pub sent_at: Option<i64>,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
}

const INSERT: &str = "INSERT INTO mail_queue (id, created_at, recipient, subject, body, headers, \
     attach, attempts, next_attempt_at, sent_at, last_error) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, NULL, NULL)";
const DUE: &str = "SELECT id, created_at, recipient, subject, body, headers, attach, attempts, \
     next_attempt_at, sent_at, last_error FROM mail_queue \
     WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2";
const CLAIM: &str = "UPDATE mail_queue SET next_attempt_at = $1, attempts = attempts + 1 \
     WHERE id = $2 AND sent_at IS NULL AND next_attempt_at = $3";
const SENT: &str = "UPDATE mail_queue SET sent_at = $1, last_error = NULL WHERE id = $2";
const FAILED: &str = "UPDATE mail_queue SET last_error = $1, next_attempt_at = $2 WHERE id = $3";
const PENDING: &str = "SELECT COUNT(*) FROM mail_queue WHERE sent_at IS NULL";
const PURGE: &str = "DELETE FROM mail_queue WHERE sent_at IS NOT NULL AND sent_at < $1";

/// Queues a mail, due at `due`.
#[tracing::instrument(skip_all)]
pub async fn enqueue(e: &mut impl AsExec, m: &QueuedMail) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT)
        .bind(&m.id)
        .bind(m.created_at)
        .bind(&m.recipient)
        .bind(&m.subject)
        .bind(&m.body)
        .bind(&m.headers)
        .bind(&m.attach)
        .bind(m.next_attempt_at)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Up to `limit` undelivered mails due at `now`, oldest first.
#[tracing::instrument(skip_all)]
pub async fn due(e: &mut impl AsExec, now: i64, limit: i64) -> StoreResult<Vec<QueuedMail>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, QueuedMail>(DUE)
        .bind(now)
        .bind(limit)
        .fetch_all(c)
        .await)?)
}

/// Takes a due mail for delivery until `lease_until`: false when another sender took it
/// first (its `next_attempt_at` moved).
#[tracing::instrument(skip_all)]
pub async fn claim(e: &mut impl AsExec, m: &QueuedMail, lease_until: i64) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(CLAIM)
        .bind(lease_until)
        .bind(&m.id)
        .bind(m.next_attempt_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Records a delivery.
#[tracing::instrument(skip_all)]
pub async fn mark_sent(e: &mut impl AsExec, id: &str, now: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(SENT)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Records a failed attempt and when to try again.
#[tracing::instrument(skip_all)]
pub async fn mark_failed(
    e: &mut impl AsExec,
    id: &str,
    error: &str,
    retry_at: i64,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(FAILED)
        .bind(error)
        .bind(retry_at)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// How many mails wait for delivery.
#[tracing::instrument(skip_all)]
pub async fn pending(e: &mut impl AsExec) -> StoreResult<i64> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(PENDING)
        .fetch_one(c)
        .await)?)
}

/// Forgets mails delivered before `before`.
#[tracing::instrument(skip_all)]
pub async fn purge_sent(e: &mut impl AsExec, before: i64) -> StoreResult<u64> {
    Ok(on_exec!(e, |c| sqlx::query(PURGE)
        .bind(before)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?)
}
