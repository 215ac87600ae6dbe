//! User accounts.

use crate::{AsExec, StoreResult, on_exec};

/// A stored account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    /// Opaque id (UUID text).
    pub id: String,
    /// Normalised e-mail (lowercase), unique.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Preferred language (`fr`, `pl`, `en`).
    pub locale: String,
    /// Platform-wide administrator.
    pub platform_admin: bool,
    /// When the e-mail address was confirmed (epoch ms).
    pub email_confirmed_at: Option<i64>,
    /// Creation instant (epoch ms).
    pub created_at: i64,
    /// Sessions signed in before this instant (epoch ms) are void (set by a password reset).
    pub sessions_valid_after: i64,
}

const INSERT: &str = "INSERT INTO app_user (id, email, name, password_hash, locale, platform_admin, email_confirmed_at, created_at, \
     sessions_valid_after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
const BY_EMAIL: &str = "SELECT id, email, name, password_hash, locale, platform_admin, email_confirmed_at, created_at, \
     sessions_valid_after FROM app_user WHERE email = $1";
const BY_ID: &str = "SELECT id, email, name, password_hash, locale, platform_admin, email_confirmed_at, created_at, \
     sessions_valid_after FROM app_user WHERE id = $1";
const CONFIRM: &str =
    "UPDATE app_user SET email_confirmed_at = $1 WHERE id = $2 AND email_confirmed_at IS NULL";
const SET_PASSWORD: &str = "UPDATE app_user SET password_hash = $1 WHERE id = $2";
const REVOKE_SESSIONS: &str = "UPDATE app_user SET sessions_valid_after = $1 WHERE id = $2";
const SET_LOCALE: &str = "UPDATE app_user SET locale = $1 WHERE id = $2";
const SET_ADMIN: &str = "UPDATE app_user SET platform_admin = $1 WHERE id = $2";

/// Insert a new account; a conflict on `app_user_email_key`/`app_user.email` means the e-mail is taken.
#[tracing::instrument(skip_all)]
pub async fn insert(e: &mut impl AsExec, u: &UserRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT)
        .bind(&u.id)
        .bind(&u.email)
        .bind(&u.name)
        .bind(&u.password_hash)
        .bind(&u.locale)
        .bind(u.platform_admin)
        .bind(u.email_confirmed_at)
        .bind(u.created_at)
        .bind(u.sessions_valid_after)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The account with this (normalised) e-mail.
#[tracing::instrument(skip_all)]
pub async fn find_by_email(e: &mut impl AsExec, email: &str) -> StoreResult<Option<UserRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, UserRow>(BY_EMAIL)
        .bind(email)
        .fetch_optional(c)
        .await)?)
}

/// The account with this id.
#[tracing::instrument(skip_all)]
pub async fn find_by_id(e: &mut impl AsExec, id: &str) -> StoreResult<Option<UserRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, UserRow>(BY_ID)
        .bind(id)
        .fetch_optional(c)
        .await)?)
}

/// Mark the e-mail confirmed (idempotent).
#[tracing::instrument(skip_all)]
pub async fn confirm_email(e: &mut impl AsExec, id: &str, now: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(CONFIRM)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Replace the password hash.
#[tracing::instrument(skip_all)]
pub async fn set_password(e: &mut impl AsExec, id: &str, hash: &str) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(SET_PASSWORD)
        .bind(hash)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Void every session of the account signed in before `now` (epoch ms).
#[tracing::instrument(skip_all)]
pub async fn revoke_sessions(e: &mut impl AsExec, id: &str, now: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(REVOKE_SESSIONS)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Remember the preferred language.
#[tracing::instrument(skip_all)]
pub async fn set_locale(e: &mut impl AsExec, id: &str, locale: &str) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(SET_LOCALE)
        .bind(locale)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Grant or revoke platform administration.
#[tracing::instrument(skip_all)]
pub async fn set_platform_admin(e: &mut impl AsExec, id: &str, admin: bool) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(SET_ADMIN)
        .bind(admin)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
