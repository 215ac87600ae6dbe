//! Organisations (applicants and ecosystem actors), their identifiers, members and invitations.

use crate::{AsExec, StoreResult, on_exec};

/// A stored organisation profile.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrganisationRow {
    /// Opaque id.
    pub id: String,
    /// Legal name.
    pub legal_name: String,
    /// `FR` or `PL`.
    pub country: String,
    /// National legal-form code.
    pub legal_form: Option<String>,
    /// Shared category (`association`, `cooperative`, …).
    pub legal_category: String,
    /// SSE bases, comma-separated (`by_status`, `esus_approved`, …).
    pub sse_basis: String,
    /// Whether the organisation belongs to the SSE (derived).
    pub sse_member: bool,
    /// Commune / gmina of the registered address.
    pub commune_id: Option<String>,
    /// Street address.
    pub address: String,
    /// Postcode.
    pub postcode: String,
    /// Website URL.
    pub website: String,
    /// Free description.
    pub description: String,
    /// Account that created it.
    pub created_by: Option<String>,
    /// Creation instant (epoch ms).
    pub created_at: i64,
    /// Last update (epoch ms).
    pub updated_at: i64,
}

/// One identifier of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct IdentifierRow {
    /// Organisation id.
    pub organisation_id: String,
    /// `siren`, `siret`, `rna`, `nip`, `regon`, `krs`.
    pub kind: String,
    /// Normalised value.
    pub value: String,
}

/// A member of an organisation, with the account's public fields.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    /// Account id.
    pub user_id: String,
    /// Display name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// `owner`, `manager`, `member`.
    pub role: String,
    /// Since (epoch ms).
    pub created_at: i64,
}

/// A pending or accepted invitation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    /// Opaque id.
    pub id: String,
    /// Organisation id.
    pub organisation_id: String,
    /// Invited e-mail.
    pub email: String,
    /// Role given on acceptance.
    pub role: String,
    /// SHA-256 of the token sent by e-mail.
    pub token_hash: String,
    /// Who invited.
    pub invited_by: Option<String>,
    /// Sent at (epoch ms).
    pub created_at: i64,
    /// Valid until (epoch ms).
    pub expires_at: i64,
    /// Accepted at (epoch ms).
    pub accepted_at: Option<i64>,
}

const INSERT: &str = "INSERT INTO organisation (id, legal_name, country, legal_form, legal_category, sse_basis, \
     sse_member, commune_id, address, postcode, website, description, created_by, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)";
const UPDATE: &str = "UPDATE organisation SET legal_name = $2, country = $3, legal_form = $4, legal_category = $5, \
     sse_basis = $6, sse_member = $7, commune_id = $8, address = $9, postcode = $10, website = $11, \
     description = $12, updated_at = $13 WHERE id = $1";
const BY_ID: &str = "SELECT id, legal_name, country, legal_form, legal_category, sse_basis, sse_member, commune_id, \
     address, postcode, website, description, created_by, created_at, updated_at FROM organisation WHERE id = $1";
const FOR_USER: &str = "SELECT o.id, o.legal_name, o.country, o.legal_form, o.legal_category, o.sse_basis, \
     o.sse_member, o.commune_id, o.address, o.postcode, o.website, o.description, o.created_by, o.created_at, \
     o.updated_at FROM organisation o JOIN organisation_member m ON m.organisation_id = o.id \
     WHERE m.user_id = $1 ORDER BY o.legal_name";
const LIST: &str = "SELECT id, legal_name, country, legal_form, legal_category, sse_basis, sse_member, commune_id, \
     address, postcode, website, description, created_by, created_at, updated_at FROM organisation \
     ORDER BY legal_name, id LIMIT $1 OFFSET $2";
const IDS: &str = "SELECT organisation_id, kind, value FROM organisation_identifier WHERE organisation_id = $1 ORDER BY kind";
const DELETE_IDS: &str = "DELETE FROM organisation_identifier WHERE organisation_id = $1";
const INSERT_ID: &str =
    "INSERT INTO organisation_identifier (organisation_id, kind, value) VALUES ($1, $2, $3)";
const FIND_BY_ID_VALUE: &str =
    "SELECT organisation_id FROM organisation_identifier WHERE kind = $1 AND value = $2";
const MEMBERS: &str = "SELECT m.user_id, u.name, u.email, m.role, m.created_at FROM organisation_member m \
     JOIN app_user u ON u.id = m.user_id WHERE m.organisation_id = $1 ORDER BY m.created_at, u.name";
const ROLE_OF: &str =
    "SELECT role FROM organisation_member WHERE organisation_id = $1 AND user_id = $2";
const ADD_MEMBER: &str = "INSERT INTO organisation_member (organisation_id, user_id, role, created_at) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = excluded.role";
const INSERT_INVITE: &str = "INSERT INTO organisation_invitation (id, organisation_id, email, role, token_hash, invited_by, \
     created_at, expires_at, accepted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL)";
const INVITE_BY_TOKEN: &str = "SELECT id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at, \
     accepted_at FROM organisation_invitation WHERE token_hash = $1";
const INVITES: &str = "SELECT id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at, \
     accepted_at FROM organisation_invitation WHERE organisation_id = $1 AND accepted_at IS NULL AND expires_at > $2 \
     ORDER BY created_at";
const ACCEPT_INVITE: &str =
    "UPDATE organisation_invitation SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL";

/// Insert a new organisation.
#[tracing::instrument(skip_all)]
pub async fn insert(e: &mut impl AsExec, o: &OrganisationRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT)
        .bind(&o.id)
        .bind(&o.legal_name)
        .bind(&o.country)
        .bind(&o.legal_form)
        .bind(&o.legal_category)
        .bind(&o.sse_basis)
        .bind(o.sse_member)
        .bind(&o.commune_id)
        .bind(&o.address)
        .bind(&o.postcode)
        .bind(&o.website)
        .bind(&o.description)
        .bind(&o.created_by)
        .bind(o.created_at)
        .bind(o.updated_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Save the editable fields of an existing organisation.
#[tracing::instrument(skip_all)]
pub async fn update(e: &mut impl AsExec, o: &OrganisationRow) -> StoreResult<()> {
    let n = on_exec!(e, |c| sqlx::query(UPDATE)
        .bind(&o.id)
        .bind(&o.legal_name)
        .bind(&o.country)
        .bind(&o.legal_form)
        .bind(&o.legal_category)
        .bind(&o.sse_basis)
        .bind(o.sse_member)
        .bind(&o.commune_id)
        .bind(&o.address)
        .bind(&o.postcode)
        .bind(&o.website)
        .bind(&o.description)
        .bind(o.updated_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    if n == 0 {
        return Err(crate::StoreError::NotFound);
    }
    Ok(())
}

/// One organisation.
#[tracing::instrument(skip_all)]
pub async fn find(e: &mut impl AsExec, id: &str) -> StoreResult<Option<OrganisationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, OrganisationRow>(
        BY_ID
    )
    .bind(id)
    .fetch_optional(c)
    .await)?)
}

/// Organisations a user is a member of.
#[tracing::instrument(skip_all)]
pub async fn list_for_user(
    e: &mut impl AsExec,
    user_id: &str,
) -> StoreResult<Vec<OrganisationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, OrganisationRow>(
        FOR_USER
    )
    .bind(user_id)
    .fetch_all(c)
    .await)?)
}

/// A page of all organisations, by name.
#[tracing::instrument(skip_all)]
pub async fn list(
    e: &mut impl AsExec,
    limit: i64,
    offset: i64,
) -> StoreResult<Vec<OrganisationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, OrganisationRow>(LIST)
        .bind(limit)
        .bind(offset)
        .fetch_all(c)
        .await)?)
}

/// Identifiers of an organisation.
#[tracing::instrument(skip_all)]
pub async fn identifiers(e: &mut impl AsExec, org_id: &str) -> StoreResult<Vec<IdentifierRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, IdentifierRow>(IDS)
        .bind(org_id)
        .fetch_all(c)
        .await)?)
}

/// Replace all identifiers of an organisation.
#[tracing::instrument(skip_all)]
pub async fn set_identifiers(
    e: &mut impl AsExec,
    org_id: &str,
    ids: &[(String, String)],
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(DELETE_IDS)
        .bind(org_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    for (kind, value) in ids {
        on_exec!(e, |c| sqlx::query(INSERT_ID)
            .bind(org_id)
            .bind(kind)
            .bind(value)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// The organisation holding identifier `kind`=`value`, if any.
#[tracing::instrument(skip_all)]
pub async fn find_by_identifier(
    e: &mut impl AsExec,
    kind: &str,
    value: &str,
) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(
        FIND_BY_ID_VALUE
    )
    .bind(kind)
    .bind(value)
    .fetch_optional(c)
    .await)?)
}

/// Members with their account names.
#[tracing::instrument(skip_all)]
pub async fn members(e: &mut impl AsExec, org_id: &str) -> StoreResult<Vec<MemberRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, MemberRow>(MEMBERS)
        .bind(org_id)
        .fetch_all(c)
        .await)?)
}

/// The role of a user in an organisation, if a member.
#[tracing::instrument(skip_all)]
pub async fn role_of(
    e: &mut impl AsExec,
    org_id: &str,
    user_id: &str,
) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(ROLE_OF)
        .bind(org_id)
        .bind(user_id)
        .fetch_optional(c)
        .await)?)
}

/// Add a member, or change the role of an existing one.
#[tracing::instrument(skip_all)]
pub async fn add_member(
    e: &mut impl AsExec,
    org_id: &str,
    user_id: &str,
    role: &str,
    now: i64,
) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(ADD_MEMBER)
        .bind(org_id)
        .bind(user_id)
        .bind(role)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Store an invitation.
#[tracing::instrument(skip_all)]
pub async fn insert_invitation(e: &mut impl AsExec, i: &InvitationRow) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(INSERT_INVITE)
        .bind(&i.id)
        .bind(&i.organisation_id)
        .bind(&i.email)
        .bind(&i.role)
        .bind(&i.token_hash)
        .bind(&i.invited_by)
        .bind(i.created_at)
        .bind(i.expires_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The invitation with this token hash.
#[tracing::instrument(skip_all)]
pub async fn invitation_by_token(
    e: &mut impl AsExec,
    token_hash: &str,
) -> StoreResult<Option<InvitationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, InvitationRow>(
        INVITE_BY_TOKEN
    )
    .bind(token_hash)
    .fetch_optional(c)
    .await)?)
}

/// Pending (unaccepted, unexpired) invitations of an organisation.
#[tracing::instrument(skip_all)]
pub async fn pending_invitations(
    e: &mut impl AsExec,
    org_id: &str,
    now: i64,
) -> StoreResult<Vec<InvitationRow>> {
    Ok(on_exec!(e, |c| sqlx::query_as::<_, InvitationRow>(
        INVITES
    )
    .bind(org_id)
    .bind(now)
    .fetch_all(c)
    .await)?)
}

/// Mark an invitation accepted; false when it already was.
#[tracing::instrument(skip_all)]
pub async fn accept_invitation(e: &mut impl AsExec, id: &str, now: i64) -> StoreResult<bool> {
    Ok(on_exec!(e, |c| sqlx::query(ACCEPT_INVITE)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?
        == 1)
}
