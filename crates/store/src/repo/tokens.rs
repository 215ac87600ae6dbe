//! Single-use e-mail tokens (confirmation, password reset). Only a hash of the token is stored.

use crate::{AsExec, StoreResult, on_exec};

const INSERT: &str = "INSERT INTO user_token (token_hash, user_id, purpose, expires_at, used_at, created_at) \
     VALUES ($1, $2, $3, $4, NULL, $5)";
const TAKE: &str = "UPDATE user_token SET used_at = $1 \
     WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING user_id";
const PEEK: &str = "SELECT user_id FROM user_token \
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3";
const INVALIDATE: &str =
    "UPDATE user_token SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL";

/// Store a new token hash for `user_id`.
#[tracing::instrument(skip_all)]
pub async fn insert(
    e: &mut impl AsExec,
    token_hash: &str,
    user_id: &str,
    purpose: &str,
    expires_at: i64,
    now: i64,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT)
        .bind(token_hash)
        .bind(user_id)
        .bind(purpose)
        .bind(expires_at)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Consume a valid token: marks it used and returns its user, or `None` when unknown,
/// expired or already used. Atomic, so a token works once even under concurrent use.
#[tracing::instrument(skip_all)]
pub async fn take(
    e: &mut impl AsExec,
    token_hash: &str,
    purpose: &str,
    now: i64,
) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(TAKE)
        .bind(now)
        .bind(token_hash)
        .bind(purpose)
        .fetch_optional(c)
        .await)?)
}

/// The user of a valid token, without consuming it.
#[tracing::instrument(skip_all)]
pub async fn peek(
    e: &mut impl AsExec,
    token_hash: &str,
    purpose: &str,
    now: i64,
) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(PEEK)
        .bind(token_hash)
        .bind(purpose)
        .bind(now)
        .fetch_optional(c)
        .await)?)
}

/// Mark every unused token of `purpose` for `user_id` as used.
#[tracing::instrument(skip_all)]
pub async fn invalidate_all(
    e: &mut impl AsExec,
    user_id: &str,
    purpose: &str,
    now: i64,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INVALIDATE)
        .bind(now)
        .bind(user_id)
        .bind(purpose)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
