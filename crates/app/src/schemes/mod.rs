//! Support schemes: the public catalogue, eligibility, and the officers' use
//! cases (create, edit, publish, close, archive, new edition, history,
//! import and export). Every write goes through one transaction that saves
//! the new state and appends it to the history, then refreshes the
//! in-memory catalogue.

pub mod backoffice;
pub mod eligibility;
pub mod explain;
pub mod live;
pub mod search;
pub mod wizard;

use std::sync::Arc;

use passerelle_domain::scheme::Scheme;
use passerelle_domain::scheme::vocab::SchemeStatus;
use passerelle_store::repo::schemes::{self as repo, SchemeRow, SchemeVersionRow};
use passerelle_store::repo::tenants;

use crate::authz::{self, TenantAction};
use crate::tokens::new_id;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};
use live::{EntryMeta, Snapshot};

/// The demo schemes (`data/demo/schemes/*.json`), compiled in.
pub const DEMO_SCHEMES: &[&str] = &[
    include_str!("../../../../data/demo/schemes/progress-2024.json"),
    include_str!("../../../../data/demo/schemes/tiers-lieux-intermediation.json"),
    include_str!("../../../../data/demo/schemes/fabrique-initiatives-2020.json"),
];

/// A scheme file as exchanged: the scheme plus where it belongs. This is the
/// JSON import/export format (schema in `docs/scheme.schema.json`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SchemeFile {
    /// Slug of the owning tenant.
    pub tenant: String,
    /// Status to give the scheme.
    pub status: SchemeStatus,
    /// The scheme.
    pub scheme: Scheme,
}

/// A scheme as officers see it.
#[derive(Debug, Clone)]
pub struct SchemeRecord {
    /// Row id.
    pub id: String,
    /// Owning tenant id.
    pub tenant_id: String,
    /// Status.
    pub status: SchemeStatus,
    /// Current version number (for optimistic concurrency).
    pub version: i64,
    /// The scheme.
    pub scheme: Scheme,
    /// Last change (epoch ms).
    pub updated_at: i64,
    /// First publication (epoch ms).
    pub published_at: Option<i64>,
}

/// One entry of a scheme's history.
#[derive(Debug, Clone)]
pub struct VersionView {
    /// Version number.
    pub version: i64,
    /// Status after this save.
    pub status: SchemeStatus,
    /// Author's account id.
    pub author_id: Option<String>,
    /// What changed.
    pub note: String,
    /// When (epoch ms).
    pub created_at: i64,
    /// The scheme as it was.
    pub scheme: Scheme,
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(anyhow::anyhow!("stored scheme unreadable: {e}"))
}

pub(crate) fn record(row: SchemeRow) -> AppResult<SchemeRecord> {
    Ok(SchemeRecord {
        status: row.status.parse().map_err(internal)?,
        scheme: serde_json::from_str(&row.body).map_err(internal)?,
        id: row.id,
        tenant_id: row.tenant_id,
        version: row.version,
        updated_at: row.updated_at,
        published_at: row.published_at,
    })
}

/// Rebuilds the in-memory catalogue from the public schemes.
pub async fn reload(ctx: &AppCtx) -> AppResult<()> {
    let mut conn = ctx.db.conn().await?;
    let rows = repo::list_with_status(&mut conn, &["published", "closed"]).await?;
    let tenants = tenants::list(&mut conn).await?;
    drop(conn);
    let mut entries = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(t) = tenants.iter().find(|t| t.id == row.tenant_id) else {
            continue;
        };
        let (tenant_slug, tenant_name) = (t.slug.clone(), t.name.clone());
        let (version, updated_at, published_at) = (row.version, row.updated_at, row.published_at);
        let rec = record(row)?;
        entries.push((
            Arc::new(rec.scheme),
            EntryMeta {
                tenant_slug,
                tenant_name,
                status: rec.status,
                version,
                updated_at,
                published_at,
            },
        ));
    }
    let snap = Snapshot::new(entries)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("search index: {e}")))?;
    ctx.catalogue.replace(snap);
    Ok(())
}

/// Every problem with a scheme, including references the domain cannot
/// check (territories that do not exist).
pub fn problems(ctx: &AppCtx, s: &Scheme) -> Vec<FieldError> {
    let mut out: Vec<FieldError> = s
        .problems()
        .into_iter()
        .map(|p| FieldError::new(p.field, p.code))
        .collect();
    for (i, t) in s.perimeter.iter().enumerate() {
        if ctx.territories.get(t).is_none() {
            out.push(FieldError::new(
                format!("perimeter[{i}]"),
                "territory_unknown",
            ));
        }
    }
    out
}

async fn tenant_by_slug(ctx: &AppCtx, slug: &str) -> AppResult<tenants::TenantRow> {
    let mut conn = ctx.db.conn().await?;
    tenants::find_by_slug(&mut conn, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// Saves a new scheme for a tenant, as a draft unless `status` says otherwise.
pub async fn create(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
    scheme: Scheme,
    status: SchemeStatus,
    note: &str,
) -> AppResult<SchemeRecord> {
    let tenant = tenant_by_slug(ctx, tenant_slug).await?;
    authz::tenant(actor, &tenant.id, TenantAction::ManageProgrammes)?;
    let errs = problems(ctx, &scheme);
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let now = ctx.now_ms();
    let row = SchemeRow {
        id: new_id(),
        tenant_id: tenant.id.clone(),
        slug: scheme.slug.clone(),
        status: status.as_str().to_owned(),
        version: 1,
        body: serde_json::to_string(&scheme).map_err(internal)?,
        created_at: now,
        updated_at: now,
        published_at: (status == SchemeStatus::Published).then_some(now),
    };
    let mut tx = ctx.db.begin().await?;
    if repo::find_by_slug(&mut tx, &row.slug).await?.is_some() {
        return Err(AppError::Invalid(vec![FieldError::new(
            "slug",
            "slug_taken",
        )]));
    }
    repo::insert(&mut tx, &row).await?;
    repo::insert_version(&mut tx, &version_row(&row, actor, note)).await?;
    tx.commit().await?;
    reload(ctx).await?;
    if status == SchemeStatus::Published {
        crate::alerts::after_publish(ctx, &row.slug).await;
    }
    record(row)
}

fn version_row(row: &SchemeRow, actor: &Actor, note: &str) -> SchemeVersionRow {
    SchemeVersionRow {
        scheme_id: row.id.clone(),
        version: row.version,
        status: row.status.clone(),
        body: row.body.clone(),
        author_id: actor.user_id().map(str::to_owned),
        note: note.chars().take(500).collect(),
        created_at: row.updated_at,
    }
}

/// A scheme for its tenant's staff (drafts included).
pub async fn get_for_staff(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<SchemeRecord> {
    let mut conn = ctx.db.conn().await?;
    let row = repo::find_by_slug(&mut conn, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    drop(conn);
    authz::tenant(actor, &row.tenant_id, TenantAction::ManageProgrammes)?;
    record(row)
}

/// Every scheme of a tenant, for its staff.
pub async fn list_for_tenant(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
) -> AppResult<Vec<SchemeRecord>> {
    let tenant = tenant_by_slug(ctx, tenant_slug).await?;
    authz::tenant(actor, &tenant.id, TenantAction::ManageProgrammes)?;
    let mut conn = ctx.db.conn().await?;
    let rows = repo::list_by_tenant(&mut conn, &tenant.id).await?;
    rows.into_iter().map(record).collect()
}

/// Applies `change` to the current state if it is still `expected_version`,
/// and records the result as a new version.
async fn change(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    expected_version: i64,
    note: &str,
    change: impl FnOnce(&mut SchemeRecord) -> AppResult<()>,
) -> AppResult<SchemeRecord> {
    let mut tx = ctx.db.begin().await?;
    let row = repo::find_by_slug(&mut tx, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    authz::tenant(actor, &row.tenant_id, TenantAction::ManageProgrammes)?;
    if row.version != expected_version {
        return Err(AppError::Conflict("version_conflict"));
    }
    let created_at = row.created_at;
    let mut rec = record(row)?;
    change(&mut rec)?;
    if rec.scheme.slug != slug {
        return Err(AppError::Invalid(vec![FieldError::new(
            "slug",
            "slug_immutable",
        )]));
    }
    let errs = problems(ctx, &rec.scheme);
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let now = ctx.now_ms();
    let new = SchemeRow {
        id: rec.id.clone(),
        tenant_id: rec.tenant_id.clone(),
        slug: slug.to_owned(),
        status: rec.status.as_str().to_owned(),
        version: expected_version + 1,
        body: serde_json::to_string(&rec.scheme).map_err(internal)?,
        created_at,
        updated_at: now,
        published_at: rec
            .published_at
            .or((rec.status == SchemeStatus::Published).then_some(now)),
    };
    if !repo::update(&mut tx, &new, expected_version).await? {
        return Err(AppError::Conflict("version_conflict"));
    }
    repo::insert_version(&mut tx, &version_row(&new, actor, note)).await?;
    tx.commit().await?;
    reload(ctx).await?;
    record(new)
}

/// Replaces a scheme's text (its status is unchanged).
pub async fn update(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    expected_version: i64,
    scheme: Scheme,
    note: &str,
) -> AppResult<SchemeRecord> {
    change(ctx, actor, slug, expected_version, note, |rec| {
        rec.scheme = scheme;
        Ok(())
    })
    .await
}

/// Publishes, closes, reopens, unpublishes or archives a scheme.
pub async fn transition(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    expected_version: i64,
    to: SchemeStatus,
) -> AppResult<SchemeRecord> {
    let note = format!("status:{}", to.as_str());
    let rec = change(ctx, actor, slug, expected_version, &note, |rec| {
        if !rec.status.can_become(to) {
            return Err(AppError::Conflict("status_change_not_allowed"));
        }
        rec.status = to;
        Ok(())
    })
    .await?;
    if to == SchemeStatus::Published {
        crate::alerts::after_publish(ctx, slug).await;
    }
    Ok(rec)
}

/// Copies a scheme into a new draft edition under `new_slug`.
pub async fn new_edition(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    new_slug: &str,
) -> AppResult<SchemeRecord> {
    let current = get_for_staff(ctx, actor, slug).await?;
    let mut conn = ctx.db.conn().await?;
    let tenant = tenants::list(&mut conn)
        .await?
        .into_iter()
        .find(|t| t.id == current.tenant_id)
        .ok_or(AppError::NotFound)?;
    drop(conn);
    let next = current.scheme.next_edition(new_slug);
    let note = format!("edition-of:{slug}");
    create(ctx, actor, &tenant.slug, next, SchemeStatus::Draft, &note).await
}

/// A scheme's history, newest first, for its staff.
pub async fn history(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<Vec<VersionView>> {
    let current = get_for_staff(ctx, actor, slug).await?;
    let mut conn = ctx.db.conn().await?;
    let rows = repo::versions(&mut conn, &current.id).await?;
    rows.into_iter()
        .map(|v| {
            Ok(VersionView {
                version: v.version,
                status: v.status.parse().map_err(internal)?,
                author_id: v.author_id,
                note: v.note,
                created_at: v.created_at,
                scheme: serde_json::from_str(&v.body).map_err(internal)?,
            })
        })
        .collect()
}

/// Loads the demo schemes: inserts the missing ones and brings the others up
/// to date (a new version only when the text changed). No authorisation:
/// only the CLI's demo command calls it.
pub async fn load_demo(ctx: &AppCtx) -> AppResult<()> {
    let system = Actor::anonymous();
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await?;
    for text in DEMO_SCHEMES {
        let file: SchemeFile =
            serde_json::from_str(text).map_err(|e| AppError::Internal(e.into()))?;
        let errs = problems(ctx, &file.scheme);
        if !errs.is_empty() {
            return Err(AppError::Internal(anyhow::anyhow!(
                "demo scheme {} is invalid: {errs:?}",
                file.scheme.slug
            )));
        }
        let tenant = tenants::find_by_slug(&mut tx, &file.tenant)
            .await?
            .ok_or_else(|| {
                AppError::Internal(anyhow::anyhow!("demo tenant {} missing", file.tenant))
            })?;
        let body = serde_json::to_string(&file.scheme).map_err(internal)?;
        let published_at = (file.status == SchemeStatus::Published).then_some(now);
        match repo::find_by_slug(&mut tx, &file.scheme.slug).await? {
            None => {
                let row = SchemeRow {
                    id: new_id(),
                    tenant_id: tenant.id.clone(),
                    slug: file.scheme.slug.clone(),
                    status: file.status.as_str().to_owned(),
                    version: 1,
                    body,
                    created_at: now,
                    updated_at: now,
                    published_at,
                };
                repo::insert(&mut tx, &row).await?;
                repo::insert_version(&mut tx, &version_row(&row, &system, "demo")).await?;
            }
            Some(old) if old.body != body || old.status != file.status.as_str() => {
                let row = SchemeRow {
                    version: old.version + 1,
                    status: file.status.as_str().to_owned(),
                    body,
                    updated_at: now,
                    published_at: old.published_at.or(published_at),
                    ..old.clone()
                };
                repo::update(&mut tx, &row, old.version).await?;
                repo::insert_version(&mut tx, &version_row(&row, &system, "demo")).await?;
            }
            Some(_) => {}
        }
    }
    tx.commit().await?;
    reload(ctx).await
}
