//! Server-side web sessions (the cookie carries only the id).

use crate::{AsExec, StoreResult, on_exec};

const LOAD: &str = "SELECT data FROM web_session WHERE id = $1 AND expiry_unix > $2";
const SAVE: &str = "INSERT INTO web_session (id, data, expiry_unix) VALUES ($1, $2, $3) \
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, expiry_unix = excluded.expiry_unix";
const CREATE: &str = "INSERT INTO web_session (id, data, expiry_unix) VALUES ($1, $2, $3)";
const DELETE: &str = "DELETE FROM web_session WHERE id = $1";
const DELETE_EXPIRED: &str = "DELETE FROM web_session WHERE expiry_unix <= $1";

/// The serialised session `id`, unless missing or expired at `now_unix` (seconds).
#[tracing::instrument(skip_all)]
pub async fn load(e: &mut impl AsExec, id: &str, now_unix: i64) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(LOAD)
        .bind(id)
        .bind(now_unix)
        .fetch_optional(c)
        .await)?)
}

/// Insert or replace a session.
#[tracing::instrument(skip_all)]
pub async fn save(e: &mut impl AsExec, id: &str, data: &str, expiry_unix: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(SAVE)
        .bind(id)
        .bind(data)
        .bind(expiry_unix)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Insert a new session; a [`crate::StoreError::Conflict`] means the id is taken.
#[tracing::instrument(skip_all)]
pub async fn create(
    e: &mut impl AsExec,
    id: &str,
    data: &str,
    expiry_unix: i64,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(CREATE)
        .bind(id)
        .bind(data)
        .bind(expiry_unix)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Delete one session.
#[tracing::instrument(skip_all)]
pub async fn delete(e: &mut impl AsExec, id: &str) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(DELETE)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Delete sessions expired at `now_unix`; returns how many.
#[tracing::instrument(skip_all)]
pub async fn delete_expired(e: &mut impl AsExec, now_unix: i64) -> StoreResult<u64> {
    Ok(on_exec!(e, |c| sqlx::query(DELETE_EXPIRED)
        .bind(now_unix)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?)
}
