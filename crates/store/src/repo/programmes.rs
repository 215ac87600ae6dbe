//! Programmes run by a tenant, with their texts in each language.

use crate::{AsExec, StoreResult, on_exec};

/// A stored programme (language-independent part).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProgrammeRow {
    /// Opaque id.
    pub id: String,
    /// Owning tenant.
    pub tenant_id: String,
    /// Slug, unique within the tenant.
    pub slug: String,
    /// `call_for_projects`, `grant_scheme`, `interreg_project`.
    pub kind: String,
    /// `open`, `closed`, `ongoing`.
    pub status: String,
    /// Local opening date (`YYYY-MM-DD`).
    pub opens_on: Option<String>,
    /// Local deadline date-time (`YYYY-MM-DDTHH:MM:SS`) in `time_zone`.
    pub closes_at: Option<String>,
    /// IANA zone of the dates.
    pub time_zone: String,
    /// Envelope in minor units.
    pub envelope_minor: i64,
    /// Per-project cap in minor units.
    pub max_award_minor: i64,
    /// `EUR` or `PLN`.
    pub currency: String,
    /// Theme keys, comma-separated.
    pub themes: String,
    /// Where the description comes from.
    pub source: String,
    /// Creation instant (epoch ms).
    pub created_at: i64,
}

/// A programme's text in one language.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProgrammeTextRow {
    /// Programme id.
    pub programme_id: String,
    /// `fr`, `pl` or `en`.
    pub locale: String,
    /// Title.
    pub title: String,
    /// One-paragraph summary.
    pub summary: String,
    /// Full description (paragraphs separated by blank lines).
    pub description: String,
}

const UPSERT: &str = "INSERT INTO programme (id, tenant_id, slug, kind, status, opens_on, closes_at, time_zone, \
     envelope_minor, max_award_minor, currency, themes, source, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
     ON CONFLICT (tenant_id, slug) DO UPDATE SET kind = excluded.kind, status = excluded.status, \
     opens_on = excluded.opens_on, closes_at = excluded.closes_at, time_zone = excluded.time_zone, \
     envelope_minor = excluded.envelope_minor, max_award_minor = excluded.max_award_minor, \
     currency = excluded.currency, themes = excluded.themes, source = excluded.source RETURNING id";
const UPSERT_TEXT: &str = "INSERT INTO programme_text (programme_id, locale, title, summary, description) \
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (programme_id, locale) DO UPDATE SET \
     title = excluded.title, summary = excluded.summary, description = excluded.description";
const SELECT: &str = "SELECT id, tenant_id, slug, kind, status, opens_on, closes_at, time_zone, envelope_minor, \
     max_award_minor, currency, themes, source, created_at FROM programme";
const BY_TENANT: &str = "SELECT id, tenant_id, slug, kind, status, opens_on, closes_at, time_zone, envelope_minor, \
     max_award_minor, currency, themes, source, created_at FROM programme WHERE tenant_id = $1 ORDER BY opens_on IS NULL, opens_on DESC, slug";
const BY_SLUG: &str = "SELECT id, tenant_id, slug, kind, status, opens_on, closes_at, time_zone, envelope_minor, \
     max_award_minor, currency, themes, source, created_at FROM programme WHERE tenant_id = $1 AND slug = $2";
const TEXTS: &str = "SELECT programme_id, locale, title, summary, description FROM programme_text WHERE programme_id = $1";
const ALL_TEXTS: &str =
    "SELECT programme_id, locale, title, summary, description FROM programme_text";

/// Insert or update by (tenant, slug); returns the stored id.
#[tracing::instrument(skip_all)]
pub async fn upsert(e: &mut impl AsExec, p: &ProgrammeRow) -> StoreResult<String> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(UPSERT)
        .bind(&p.id)
        .bind(&p.tenant_id)
        .bind(&p.slug)
        .bind(&p.kind)
        .bind(&p.status)
        .bind(&p.opens_on)
        .bind(&p.closes_at)
        .bind(&p.time_zone)
        .bind(p.envelope_minor)
        .bind(p.max_award_minor)
        .bind(&p.currency)
        .bind(&p.themes)
        .bind(&p.source)
        .bind(p.created_at)
        .fetch_one(c)
        .await)?)
}

/// Insert or replace one language's text.
#[tracing::instrument(skip_all)]
pub async fn upsert_text(e: &mut impl AsExec, t: &ProgrammeTextRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(UPSERT_TEXT)
        .bind(&t.programme_id)
        .bind(&t.locale)
        .bind(&t.title)
        .bind(&t.summary)
        .bind(&t.description)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// All programmes.
#[tracing::instrument(skip_all)]
pub async fn list_all(e: &mut impl AsExec) -> StoreResult<Vec<ProgrammeRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ProgrammeRow>(SELECT)
        .fetch_all(c)
        .await)?)
}

/// Programmes of one tenant, newest first.
#[tracing::instrument(skip_all)]
pub async fn list_by_tenant(
    e: &mut impl AsExec,
    tenant_id: &str,
) -> StoreResult<Vec<ProgrammeRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ProgrammeRow>(
        BY_TENANT
    )
    .bind(tenant_id)
    .fetch_all(c)
    .await)?)
}

/// One programme by tenant and slug.
#[tracing::instrument(skip_all)]
pub async fn find(
    e: &mut impl AsExec,
    tenant_id: &str,
    slug: &str,
) -> StoreResult<Option<ProgrammeRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ProgrammeRow>(BY_SLUG)
        .bind(tenant_id)
        .bind(slug)
        .fetch_optional(c)
        .await)?)
}

/// Every language's text of one programme.
#[tracing::instrument(skip_all)]
pub async fn texts(e: &mut impl AsExec, programme_id: &str) -> StoreResult<Vec<ProgrammeTextRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ProgrammeTextRow>(
        TEXTS
    )
    .bind(programme_id)
    .fetch_all(c)
    .await)?)
}

/// Every programme text (small table: a few per programme).
#[tracing::instrument(skip_all)]
pub async fn all_texts(e: &mut impl AsExec) -> StoreResult<Vec<ProgrammeTextRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, ProgrammeTextRow>(
        ALL_TEXTS
    )
    .fetch_all(c)
    .await)?)
}
