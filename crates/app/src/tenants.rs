//! Tenants (authorities) and their programmes, as the public sees them.

use std::str::FromStr;

use passerelle_domain::{Currency, Email, Locale, TenantRole};
use passerelle_store::repo::programmes::{self, ProgrammeRow};
use passerelle_store::repo::tenants::{self, StaffRow, TenantRow};
use passerelle_store::repo::users;

use crate::authz::{self, TenantAction};
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// A programme with its text in the reader's language.
#[derive(Debug, Clone)]
pub struct ProgrammeView {
    /// The programme.
    pub row: ProgrammeRow,
    /// Currency, parsed.
    pub currency: Currency,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Description paragraphs.
    pub paragraphs: Vec<String>,
}

/// A tenant with its programmes.
#[derive(Debug, Clone)]
pub struct TenantView {
    /// The tenant.
    pub tenant: TenantRow,
    /// Territory name.
    pub territory_name: String,
    /// Its programmes.
    pub programmes: Vec<ProgrammeView>,
}

async fn view(
    ctx: &AppCtx,
    c: &mut passerelle_store::Conn,
    t: TenantRow,
    locale: Locale,
) -> AppResult<TenantView> {
    let mut out = Vec::new();
    for p in programmes::list_by_tenant(c, &t.id).await? {
        let texts = programmes::texts(c, &p.id).await?;
        // The reader's language, else French (the catalogue's fallback), else any.
        let text = texts
            .iter()
            .find(|x| x.locale == locale.as_str())
            .or_else(|| texts.iter().find(|x| x.locale == "fr"))
            .or(texts.first());
        let (title, summary, description) = text
            .map(|x| (x.title.clone(), x.summary.clone(), x.description.clone()))
            .unwrap_or_default();
        out.push(ProgrammeView {
            currency: Currency::from_str(&p.currency).unwrap_or(Currency::Eur),
            row: p,
            title,
            summary,
            paragraphs: description
                .split("\n\n")
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect(),
        });
    }
    let territory_name = passerelle_domain::TerritoryId::parse(&t.territory_id)
        .ok()
        .and_then(|id| ctx.territories.get(&id).map(|r| r.name.clone()))
        .unwrap_or_default();
    Ok(TenantView {
        tenant: t,
        territory_name,
        programmes: out,
    })
}

/// Every tenant with its programmes in `locale`.
pub async fn list(ctx: &AppCtx, locale: Locale) -> AppResult<Vec<TenantView>> {
    let mut c = ctx.db.conn().await?;
    let mut out = Vec::new();
    for t in tenants::list(&mut c).await? {
        out.push(view(ctx, &mut c, t, locale).await?);
    }
    Ok(out)
}

/// One tenant by slug.
pub async fn get(ctx: &AppCtx, slug: &str, locale: Locale) -> AppResult<TenantView> {
    let mut c = ctx.db.conn().await?;
    let t = tenants::find_by_slug(&mut c, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    view(ctx, &mut c, t, locale).await
}

/// The staff of a tenant and whether the actor may change it.
#[derive(Debug, Clone)]
pub struct StaffView {
    /// The tenant.
    pub tenant: TenantRow,
    /// Its staff roles.
    pub staff: Vec<StaffRow>,
    /// Whether the actor may give and take roles.
    pub can_manage: bool,
}

/// The staff of a tenant (its admins and officers, and platform admins, may see it).
pub async fn staff(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<StaffView> {
    let mut c = ctx.db.conn().await?;
    let tenant = authorised(&mut c, actor, slug, TenantAction::ViewStaff).await?;
    let staff = tenants::staff(&mut c, &tenant.id).await?;
    let can_manage = authz::tenant(actor, &tenant.id, TenantAction::ManageStaff).is_ok();
    Ok(StaffView {
        tenant,
        staff,
        can_manage,
    })
}

/// The tenant `slug`, once `actor` is allowed `action` on it.
async fn authorised(
    c: &mut impl passerelle_store::AsExec,
    actor: &Actor,
    slug: &str,
    action: TenantAction,
) -> AppResult<TenantRow> {
    let tenant = tenants::find_by_slug(c, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    authz::tenant(actor, &tenant.id, action)?;
    Ok(tenant)
}

/// Give an existing account a staff role.
pub async fn add_staff(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    email: &str,
    role: &str,
) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let tenant = authorised(&mut tx, actor, slug, TenantAction::ManageStaff).await?;
    let mut errors = Vec::new();
    let role = role
        .parse::<TenantRole>()
        .map_err(|_| errors.push(FieldError::new("role", "role_invalid")))
        .ok();
    let user = match Email::parse(email) {
        Ok(e) => {
            let u = users::find_by_email(&mut tx, e.as_str()).await?;
            if u.is_none() {
                errors.push(FieldError::new("email", "account_not_found"));
            }
            u
        }
        Err(e) => {
            errors.push(FieldError::new("email", e.code()));
            None
        }
    };
    let (Some(user), Some(role), true) = (user, role, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    tenants::add_member(&mut tx, &tenant.id, &user.id, role.as_str(), ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(())
}

/// Take a staff role away. The last admin of a tenant cannot be removed (someone must be
/// able to manage the staff).
pub async fn remove_staff(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    user_id: &str,
    role: &str,
) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let tenant = authorised(&mut tx, actor, slug, TenantAction::ManageStaff).await?;
    let role = role
        .parse::<TenantRole>()
        .map_err(|_| AppError::field("role", "role_invalid"))?;
    if role == TenantRole::Admin
        && tenants::count_role(&mut tx, &tenant.id, role.as_str()).await? <= 1
    {
        return Err(AppError::Conflict("last_admin"));
    }
    if !tenants::remove_member(&mut tx, &tenant.id, user_id, role.as_str()).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}
