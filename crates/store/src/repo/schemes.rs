//! Support schemes and their append-only version history.

use crate::{AsExec, StoreResult, on_exec};

/// A scheme's current state.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SchemeRow {
    /// Opaque id.
    pub id: String,
    /// Owning tenant.
    pub tenant_id: String,
    /// Slug, unique on the platform.
    pub slug: String,
    /// `draft`, `published`, `closed`, `archived`.
    pub status: String,
    /// Number of the current version; bumped by every save.
    pub version: i64,
    /// The scheme as JSON (domain `Scheme`).
    pub body: String,
    /// Creation instant (epoch ms).
    pub created_at: i64,
    /// Last change (epoch ms).
    pub updated_at: i64,
    /// First publication (epoch ms).
    pub published_at: Option<i64>,
}

/// One saved state of a scheme.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SchemeVersionRow {
    /// Scheme id.
    pub scheme_id: String,
    /// Version number, from 1.
    pub version: i64,
    /// Status after this save.
    pub status: String,
    /// The scheme as JSON.
    pub body: String,
    /// Who saved it (none for imports and demo data).
    pub author_id: Option<String>,
    /// What changed, in the author's words or the action's name.
    pub note: String,
    /// When (epoch ms).
    pub created_at: i64,
}

const COLS: &str =
    "id, tenant_id, slug, status, version, body, created_at, updated_at, published_at";

/// Inserts a new scheme (version must be 1).
#[tracing::instrument(skip_all)]
pub async fn insert(e: &mut impl AsExec, s: &SchemeRow) -> StoreResult<()> {
    on_exec!(e, |c| {
        sqlx::query(
        "INSERT INTO scheme (id, tenant_id, slug, status, version, body, created_at, updated_at, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    )
    .bind(&s.id)
    .bind(&s.tenant_id)
    .bind(&s.slug)
    .bind(&s.status)
    .bind(s.version)
    .bind(&s.body)
    .bind(s.created_at)
    .bind(s.updated_at)
    .bind(s.published_at)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Replaces the current state if it is still at `expected_version`
/// (optimistic concurrency); returns whether the row was updated.
#[tracing::instrument(skip_all)]
pub async fn update(
    e: &mut impl AsExec,
    s: &SchemeRow,
    expected_version: i64,
) -> StoreResult<bool> {
    let n = on_exec!(e, |c| sqlx::query(
        "UPDATE scheme SET slug = $1, status = $2, version = $3, body = $4, updated_at = $5, \
         published_at = $6 WHERE id = $7 AND version = $8"
    )
    .bind(&s.slug)
    .bind(&s.status)
    .bind(s.version)
    .bind(&s.body)
    .bind(s.updated_at)
    .bind(s.published_at)
    .bind(&s.id)
    .bind(expected_version)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Appends a version to the history.
#[tracing::instrument(skip_all)]
pub async fn insert_version(e: &mut impl AsExec, v: &SchemeVersionRow) -> StoreResult<()> {
    on_exec!(e, |c| {
        sqlx::query(
        "INSERT INTO scheme_version (scheme_id, version, status, body, author_id, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(&v.scheme_id)
    .bind(v.version)
    .bind(&v.status)
    .bind(&v.body)
    .bind(&v.author_id)
    .bind(&v.note)
    .bind(v.created_at)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// A scheme by slug.
#[tracing::instrument(skip_all)]
pub async fn find_by_slug(e: &mut impl AsExec, slug: &str) -> StoreResult<Option<SchemeRow>> {
    let sql = format!("SELECT {COLS} FROM scheme WHERE slug = $1");
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SchemeRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(slug)
    .fetch_optional(c)
    .await)?)
}

/// A scheme by id.
#[tracing::instrument(skip_all)]
pub async fn find_by_id(e: &mut impl AsExec, id: &str) -> StoreResult<Option<SchemeRow>> {
    let sql = format!("SELECT {COLS} FROM scheme WHERE id = $1");
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SchemeRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(id)
    .fetch_optional(c)
    .await)?)
}

/// Every scheme whose status is one of `statuses`, by slug.
#[tracing::instrument(skip_all)]
pub async fn list_with_status(
    e: &mut impl AsExec,
    statuses: &[&str],
) -> StoreResult<Vec<SchemeRow>> {
    // The vocabulary is closed and small, so the list is inlined as literals
    // checked against it rather than bound (array binds differ per engine).
    let list: Vec<String> = statuses
        .iter()
        .filter(|s| s.bytes().all(|b| b.is_ascii_lowercase()))
        .map(|s| format!("'{s}'"))
        .collect();
    if list.is_empty() {
        return Ok(vec![]);
    }
    let sql = format!(
        "SELECT {COLS} FROM scheme WHERE status IN ({}) ORDER BY slug",
        list.join(", ")
    );
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SchemeRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .fetch_all(c)
    .await)?)
}

/// Every scheme of a tenant, by slug.
#[tracing::instrument(skip_all)]
pub async fn list_by_tenant(e: &mut impl AsExec, tenant_id: &str) -> StoreResult<Vec<SchemeRow>> {
    let sql = format!("SELECT {COLS} FROM scheme WHERE tenant_id = $1 ORDER BY slug");
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SchemeRow>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(tenant_id)
    .fetch_all(c)
    .await)?)
}

/// A scheme's history, newest first.
#[tracing::instrument(skip_all)]
pub async fn versions(e: &mut impl AsExec, scheme_id: &str) -> StoreResult<Vec<SchemeVersionRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SchemeVersionRow>(
        "SELECT scheme_id, version, status, body, author_id, note, created_at FROM scheme_version \
         WHERE scheme_id = $1 ORDER BY version DESC"
    )
    .bind(scheme_id)
    .fetch_all(c)
    .await)?)
}

/// One version of a scheme.
#[tracing::instrument(skip_all)]
pub async fn version(
    e: &mut impl AsExec,
    scheme_id: &str,
    version: i64,
) -> StoreResult<Option<SchemeVersionRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, SchemeVersionRow>(
        "SELECT scheme_id, version, status, body, author_id, note, created_at FROM scheme_version \
         WHERE scheme_id = $1 AND version = $2"
    )
    .bind(scheme_id)
    .bind(version)
    .fetch_optional(c)
    .await)?)
}
