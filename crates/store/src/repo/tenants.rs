//! Tenants (the authorities running programmes) and their staff roles.

use crate::{AsExec, StoreResult, on_exec};

/// A stored tenant.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TenantRow {
    /// Opaque id.
    pub id: String,
    /// URL slug, unique.
    pub slug: String,
    /// Official name.
    pub name: String,
    /// `FR` or `PL`.
    pub country: String,
    /// Territory the authority governs.
    pub territory_id: String,
    /// National legal-form code (may be empty).
    pub legal_form: String,
    /// Official website (may be empty).
    pub website: String,
    /// Creation instant (epoch ms).
    pub created_at: i64,
}

/// One staff role of a user in a tenant.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TenantRoleRow {
    /// Tenant id.
    pub tenant_id: String,
    /// Tenant slug.
    pub slug: String,
    /// Tenant name.
    pub name: String,
    /// `admin`, `officer` or `reviewer`.
    pub role: String,
}

const UPSERT: &str = "INSERT INTO tenant (id, slug, name, country, territory_id, legal_form, website, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
     ON CONFLICT (slug) DO UPDATE SET name = excluded.name, country = excluded.country, \
     territory_id = excluded.territory_id, legal_form = excluded.legal_form, website = excluded.website \
     RETURNING id";
const LIST: &str = "SELECT id, slug, name, country, territory_id, legal_form, website, created_at FROM tenant ORDER BY name";
const BY_SLUG: &str = "SELECT id, slug, name, country, territory_id, legal_form, website, created_at FROM tenant WHERE slug = $1";
const ADD_MEMBER: &str = "INSERT INTO tenant_member (tenant_id, user_id, role, created_at) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (tenant_id, user_id, role) DO NOTHING";
const STAFF: &str = "SELECT u.id AS user_id, u.name, u.email, m.role, m.created_at FROM tenant_member m \
     JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = $1 ORDER BY u.name, u.id, m.role";
const REMOVE_MEMBER: &str =
    "DELETE FROM tenant_member WHERE tenant_id = $1 AND user_id = $2 AND role = $3";
const COUNT_ROLE: &str = "SELECT COUNT(*) FROM tenant_member WHERE tenant_id = $1 AND role = $2";
const ROLES_OF_USER: &str = "SELECT t.id AS tenant_id, t.slug, t.name, m.role FROM tenant_member m \
     JOIN tenant t ON t.id = m.tenant_id WHERE m.user_id = $1 ORDER BY t.name, m.role";

/// Insert the tenant, or update it when the slug exists; returns the stored id.
#[tracing::instrument(skip_all)]
pub async fn upsert(e: &mut impl AsExec, t: &TenantRow) -> StoreResult<String> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(UPSERT)
        .bind(&t.id)
        .bind(&t.slug)
        .bind(&t.name)
        .bind(&t.country)
        .bind(&t.territory_id)
        .bind(&t.legal_form)
        .bind(&t.website)
        .bind(t.created_at)
        .fetch_one(c)
        .await)?)
}

/// All tenants by name.
#[tracing::instrument(skip_all)]
pub async fn list(e: &mut impl AsExec) -> StoreResult<Vec<TenantRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, TenantRow>(LIST)
        .fetch_all(c)
        .await)?)
}

/// The tenant with this slug.
#[tracing::instrument(skip_all)]
pub async fn find_by_slug(e: &mut impl AsExec, slug: &str) -> StoreResult<Option<TenantRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, TenantRow>(BY_SLUG)
        .bind(slug)
        .fetch_optional(c)
        .await)?)
}

/// Give `user_id` a role in a tenant (idempotent).
#[tracing::instrument(skip_all)]
pub async fn add_member(
    e: &mut impl AsExec,
    tenant_id: &str,
    user_id: &str,
    role: &str,
    now: i64,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(ADD_MEMBER)
        .bind(tenant_id)
        .bind(user_id)
        .bind(role)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// One staff role, with the account's name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffRow {
    /// Account id.
    pub user_id: String,
    /// Display name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// `admin`, `officer` or `reviewer`.
    pub role: String,
    /// Since (epoch ms).
    pub created_at: i64,
}

/// Every staff role of a tenant.
#[tracing::instrument(skip_all)]
pub async fn staff(e: &mut impl AsExec, tenant_id: &str) -> StoreResult<Vec<StaffRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, StaffRow>(STAFF)
        .bind(tenant_id)
        .fetch_all(c)
        .await)?)
}

/// Take a role away; false when the user did not hold it.
#[tracing::instrument(skip_all)]
pub async fn remove_member(
    e: &mut impl AsExec,
    tenant_id: &str,
    user_id: &str,
    role: &str,
) -> StoreResult<bool> {
    Ok(on_exec!(e, |c| sqlx::query(REMOVE_MEMBER)
        .bind(tenant_id)
        .bind(user_id)
        .bind(role)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?
        == 1)
}

/// How many users hold `role` in a tenant.
#[tracing::instrument(skip_all)]
pub async fn count_role(e: &mut impl AsExec, tenant_id: &str, role: &str) -> StoreResult<i64> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(COUNT_ROLE)
        .bind(tenant_id)
        .bind(role)
        .fetch_one(c)
        .await)?)
}

/// Every tenant role held by a user.
#[tracing::instrument(skip_all)]
pub async fn roles_of_user(e: &mut impl AsExec, user_id: &str) -> StoreResult<Vec<TenantRoleRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, TenantRoleRow>(
        ROLES_OF_USER
    )
    .bind(user_id)
    .fetch_all(c)
    .await)?)
}
