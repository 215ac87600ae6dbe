//! An authority's pool of reviewers: staff and external experts, each with expertise (theme
//! codes), languages, territories they know and a capacity. Officers manage the pool; joining it
//! gives the account the authority's reviewer role. Reviewers declare their own conflicts.

use passerelle_domain::scheme::vocab::Theme;
use passerelle_domain::{Email, Locale, TenantRole, TerritoryId};
use passerelle_store::repo::review::{self as repo, ConflictRow, ReviewerRow};
use passerelle_store::repo::{tenants, users};

use super::internal;
use crate::authz::{self, TenantAction};
use crate::tokens::new_id;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// A reviewer as officers see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewer {
    /// Account.
    pub user_id: String,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// External expert rather than staff.
    pub external: bool,
    /// Themes of expertise.
    pub expertise: Vec<Theme>,
    /// Languages read.
    pub languages: Vec<Locale>,
    /// Territories known.
    pub territories: Vec<TerritoryId>,
    /// Most applications per call.
    pub capacity: u32,
    /// Takes assignments.
    pub active: bool,
}

/// What officers set for a reviewer.
#[derive(Debug, Clone, Default)]
pub struct ReviewerInput {
    /// E-mail of an existing account.
    pub email: String,
    /// External expert.
    pub external: bool,
    /// Theme codes.
    pub expertise: Vec<String>,
    /// Locale codes.
    pub languages: Vec<String>,
    /// Territory ids.
    pub territories: Vec<String>,
    /// Most applications per call (1–500).
    pub capacity: u32,
    /// Takes assignments.
    pub active: bool,
}

fn tenant_of(row: Option<tenants::TenantRow>) -> AppResult<tenants::TenantRow> {
    row.ok_or(AppError::NotFound)
}

pub(crate) fn reviewer_of(row: ReviewerRow, name: String, email: String) -> AppResult<Reviewer> {
    let codes = |s: &str| serde_json::from_str::<Vec<String>>(s).map_err(internal);
    Ok(Reviewer {
        expertise: codes(&row.expertise)?
            .iter()
            .filter_map(|c| c.parse().ok())
            .collect(),
        languages: codes(&row.languages)?
            .iter()
            .filter_map(|c| c.parse().ok())
            .collect(),
        territories: codes(&row.territories)?
            .iter()
            .filter_map(|c| TerritoryId::parse(c).ok())
            .collect(),
        capacity: u32::try_from(row.capacity).unwrap_or(0),
        active: row.active,
        external: row.external,
        user_id: row.user_id,
        name,
        email,
    })
}

/// The reviewers of an authority, for its officers.
#[tracing::instrument(skip_all)]
pub async fn list(ctx: &AppCtx, actor: &Actor, tenant_slug: &str) -> AppResult<Vec<Reviewer>> {
    let mut conn = ctx.db.conn().await?;
    let t = tenant_of(tenants::find_by_slug(&mut conn, tenant_slug).await?)?;
    authz::tenant(actor, &t.id, TenantAction::ManageProgrammes)?;
    let mut out = vec![];
    for r in repo::reviewers(&mut conn, &t.id).await? {
        let u = users::find_by_id(&mut conn, &r.user_id).await?;
        let (name, email) = u.map(|u| (u.name, u.email)).unwrap_or_default();
        out.push(reviewer_of(r, name, email)?);
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Checks what officers typed; unknown codes are named.
fn check(ctx: &AppCtx, i: &ReviewerInput) -> Vec<FieldError> {
    let mut e = vec![];
    if i.expertise.iter().any(|c| c.parse::<Theme>().is_err()) {
        e.push(FieldError::new("expertise", "code_unknown"));
    }
    if i.languages.iter().any(|c| c.parse::<Locale>().is_err()) {
        e.push(FieldError::new("languages", "code_unknown"));
    }
    if i.territories.iter().any(|c| {
        TerritoryId::parse(c)
            .ok()
            .and_then(|id| ctx.territories.get(&id))
            .is_none()
    }) {
        e.push(FieldError::new("territories", "territory_unknown"));
    }
    if !(1..=500).contains(&i.capacity) {
        e.push(FieldError::new("capacity", "capacity_invalid"));
    }
    e
}

/// Adds an account to an authority's pool, or changes its settings; it gets the reviewer role.
#[tracing::instrument(skip_all)]
pub async fn save(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
    i: &ReviewerInput,
) -> AppResult<()> {
    let email = Email::parse(&i.email).map_err(|_| AppError::field("email", "email_invalid"))?;
    let errs = check(ctx, i);
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let mut tx = ctx.db.begin().await?;
    let t = tenant_of(tenants::find_by_slug(&mut tx, tenant_slug).await?)?;
    authz::tenant(actor, &t.id, TenantAction::ManageProgrammes)?;
    let u = users::find_by_email(&mut tx, &email.to_string())
        .await?
        .ok_or_else(|| AppError::field("email", "account_unknown"))?;
    let now = ctx.now_ms();
    let json = |v: &[String]| serde_json::to_string(v).map_err(internal);
    repo::upsert_reviewer(
        &mut tx,
        &ReviewerRow {
            tenant_id: t.id.clone(),
            user_id: u.id.clone(),
            external: i.external,
            expertise: json(&i.expertise)?,
            languages: json(&i.languages)?,
            territories: json(&i.territories)?,
            capacity: i64::from(i.capacity),
            active: i.active,
            updated_at: now,
        },
    )
    .await?;
    tenants::add_member(&mut tx, &t.id, &u.id, TenantRole::Reviewer.as_str(), now).await?;
    tx.commit().await?;
    Ok(())
}

/// A reviewer's own declared conflicts with an authority's applicants.
#[tracing::instrument(skip_all)]
pub async fn my_conflicts(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
) -> AppResult<Vec<ConflictRow>> {
    let uid = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut conn = ctx.db.conn().await?;
    let t = tenant_of(tenants::find_by_slug(&mut conn, tenant_slug).await?)?;
    authz::tenant(actor, &t.id, TenantAction::Review)?;
    Ok(repo::conflicts(&mut conn, &t.id)
        .await?
        .into_iter()
        .filter(|c| c.user_id == uid)
        .collect())
}

/// Declares a conflict with an organisation or an application of an authority.
#[tracing::instrument(skip_all)]
pub async fn declare(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
    organisation_id: Option<&str>,
    application_id: Option<&str>,
    reason: &str,
) -> AppResult<()> {
    let uid = actor.user_id().ok_or(AppError::Unauthenticated)?.to_owned();
    if organisation_id.is_none() == application_id.is_none() {
        return Err(AppError::field(
            "organisation_id",
            "conflict_target_required",
        ));
    }
    if reason.trim().is_empty() || reason.chars().count() > 1000 {
        return Err(AppError::field("reason", "required"));
    }
    let mut tx = ctx.db.begin().await?;
    let t = tenant_of(tenants::find_by_slug(&mut tx, tenant_slug).await?)?;
    authz::tenant(actor, &t.id, TenantAction::Review)?;
    if let Some(o) = organisation_id
        && passerelle_store::repo::organisations::find(&mut tx, o)
            .await?
            .is_none()
    {
        return Err(AppError::field("organisation_id", "organisation_unknown"));
    }
    if let Some(a) = application_id {
        // Only an application of this authority's calls; anything else is "not found".
        let app = passerelle_store::repo::applications::find(&mut tx, a)
            .await?
            .ok_or(AppError::NotFound)?;
        let scheme = crate::applications::scheme_by_id(&mut tx, &app.scheme_id).await?;
        if scheme.tenant_id != t.id {
            return Err(AppError::NotFound);
        }
    }
    repo::insert_conflict(
        &mut tx,
        &ConflictRow {
            id: new_id(),
            tenant_id: t.id.clone(),
            user_id: uid.clone(),
            organisation_id: organisation_id.map(str::to_owned),
            application_id: application_id.map(str::to_owned),
            reason: reason.trim().to_owned(),
            declared_at: ctx.now_ms(),
        },
    )
    .await?;
    release_conflicted(ctx, &mut tx, &t.id, &uid).await?;
    tx.commit().await?;
    Ok(())
}

/// Gives away the applications a reviewer is now in conflict with (their review not yet sent),
/// each replaced with the least disturbance; a sent review stays but is hidden and left out of
/// the ranking.
async fn release_conflicted(
    ctx: &AppCtx,
    e: &mut impl passerelle_store::AsExec,
    tenant_id: &str,
    uid: &str,
) -> AppResult<()> {
    let ix = super::conflicts::ConflictIndex::load(e, tenant_id, &[uid.to_owned()]).await?;
    for a in repo::assignments_of_user(e, uid).await? {
        if a.status != "assigned" {
            continue;
        }
        let Some(app) = passerelle_store::repo::applications::find(e, &a.application_id).await?
        else {
            continue;
        };
        let scheme = crate::applications::scheme_by_id(e, &app.scheme_id).await?;
        if scheme.tenant_id != tenant_id {
            continue;
        }
        let (partners, editors) = super::conflicts::parties_of(e, &app).await?;
        if ix.why(uid, &app, &partners, &editors).is_none() {
            continue;
        }
        match super::assign::withdraw(ctx, e, scheme, &app.id, uid).await {
            Ok(()) | Err(AppError::Conflict("review_already_sent")) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(())
}
