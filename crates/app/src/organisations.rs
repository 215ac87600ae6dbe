//! Organisations: profile with checked identifiers and legal form, members and invitations.

use std::str::FromStr;

use passerelle_domain::legal_form::{self, LegalFormInfo};
use passerelle_domain::{
    Country, Email, IdentifierKind, LegalCategory, OrgRole, SseBasis, TerritoryId, TerritoryKind,
    sse_member,
};
use passerelle_store::repo::organisations::{
    self as repo, IdentifierRow, InvitationRow, MemberRow, OrganisationRow,
};
use passerelle_store::repo::users;

use crate::authz::{self, OrgAction};
use crate::i18n::Tr;
use crate::tokens::{hash, new_id, new_token};
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

const INVITE_TTL_MS: i64 = 14 * 24 * 3600 * 1000;

/// The editable profile of an organisation, as typed (web form or JSON). On update, `None`
/// leaves a field as it is.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct OrganisationInput {
    /// Legal name.
    pub legal_name: Option<String>,
    /// `FR` or `PL`.
    pub country: Option<String>,
    /// National legal-form code (INSEE catégorie juridique / REGON form); empty clears it.
    pub legal_form: Option<String>,
    /// Identifiers (kind → value); replaces the whole set when given.
    pub identifiers: Option<Vec<IdentifierInput>>,
    /// SSE bases claimed (`declared_commercial_company`, `esus_approved`, …).
    pub sse_basis: Option<Vec<String>>,
    /// Commune (`fr:commune:…`) or gmina (`pl:gmina:…`) of the address; empty clears it.
    pub commune_id: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// Website (http or https URL).
    pub website: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// One identifier as typed.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct IdentifierInput {
    /// `siren`, `siret`, `rna`, `nip`, `regon`, `krs`.
    pub kind: String,
    /// Value (spaces allowed).
    pub value: String,
}

/// An organisation as the reader may see it.
#[derive(Debug, Clone)]
pub struct OrganisationView {
    /// The profile.
    pub org: OrganisationRow,
    /// Its identifiers.
    pub identifiers: Vec<IdentifierRow>,
    /// The legal form's reference entry.
    pub legal_form: Option<&'static LegalFormInfo>,
    /// Commune name, if set.
    pub commune_name: Option<String>,
    /// The reader's role in it.
    pub my_role: Option<OrgRole>,
    /// Members, when the reader may see them.
    pub members: Option<Vec<MemberRow>>,
    /// Pending invitations, when the reader may manage members.
    pub invitations: Option<Vec<InvitationRow>>,
}

fn trimmed(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|v| v.trim().to_owned())
}

/// Merge `input` over `base` and check every field; collects all errors at once.
fn apply(
    ctx: &AppCtx,
    base: &mut OrganisationRow,
    ids: &mut Vec<(String, String)>,
    input: &OrganisationInput,
) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    if let Some(name) = trimmed(&input.legal_name) {
        let n = name.chars().count();
        if n < 2 {
            errors.push(FieldError::new("legal_name", "legal_name_required"));
        } else if n > 300 {
            errors.push(FieldError::new("legal_name", "too_long"));
        }
        base.legal_name = name;
    }
    if let Some(c) = trimmed(&input.country) {
        match Country::from_str(&c) {
            Ok(c) => base.country = c.as_str().to_owned(),
            Err(_) => errors.push(FieldError::new("country", "country_invalid")),
        }
    }
    let country = Country::from_str(&base.country).ok();
    if let Some(f) = trimmed(&input.legal_form) {
        base.legal_form = if f.is_empty() { None } else { Some(f) };
    }
    let form = match (&base.legal_form, country) {
        (Some(code), Some(c)) => match legal_form::lookup(c, code) {
            Some(info) => Some(info),
            None => {
                errors.push(FieldError::new("legal_form", "legal_form_unknown"));
                None
            }
        },
        _ => None,
    };
    base.legal_category = form
        .map(|f| f.category)
        .unwrap_or(LegalCategory::Other)
        .as_str()
        .to_owned();
    if let Some(list) = &input.identifiers {
        ids.clear();
        for (i, id) in list.iter().enumerate() {
            let field = format!("identifiers[{i}]");
            if id.value.trim().is_empty() {
                continue;
            }
            let Ok(kind) = IdentifierKind::from_str(id.kind.trim()) else {
                errors.push(FieldError::new(field, "identifier_kind_invalid"));
                continue;
            };
            if country.is_some_and(|c| kind.country() != c) {
                errors.push(FieldError::new(field, "identifier_wrong_country"));
                continue;
            }
            match kind.parse_value(&id.value) {
                Ok(v) if ids.iter().any(|(k, _)| k == kind.as_str()) => {
                    let _ = v;
                    errors.push(FieldError::new(field, "identifier_duplicate"));
                }
                Ok(v) => ids.push((kind.as_str().to_owned(), v.as_str().to_owned())),
                Err(e) => errors.push(FieldError::new(field, e.code())),
            }
        }
    }
    let mut bases = Vec::new();
    if let Some(list) = &input.sse_basis {
        base.sse_basis = String::new();
        for b in list.iter().map(|b| b.trim()).filter(|b| !b.is_empty()) {
            match SseBasis::from_str(b) {
                Ok(v) if !bases.contains(&v) => bases.push(v),
                Ok(_) => {}
                Err(_) => errors.push(FieldError::new("sse_basis", "sse_basis_invalid")),
            }
        }
        base.sse_basis = bases
            .iter()
            .map(|b| b.as_str())
            .collect::<Vec<_>>()
            .join(",");
    } else {
        bases = base
            .sse_basis
            .split(',')
            .filter_map(|b| SseBasis::from_str(b).ok())
            .collect();
    }
    base.sse_member = sse_member(form, &bases);
    if let Some(c) = trimmed(&input.commune_id) {
        if c.is_empty() {
            base.commune_id = None;
        } else {
            let ok = TerritoryId::parse(&c).ok().filter(|id| {
                let expected = match country {
                    Some(Country::Fr) => TerritoryKind::FrCommune,
                    Some(Country::Pl) => TerritoryKind::PlGmina,
                    None => return false,
                };
                id.kind() == expected && ctx.territories.get(id).is_some()
            });
            match ok {
                Some(id) => base.commune_id = Some(id.to_string()),
                None => errors.push(FieldError::new("commune_id", "commune_invalid")),
            }
        }
    }
    if let Some(a) = trimmed(&input.address) {
        if a.chars().count() > 500 {
            errors.push(FieldError::new("address", "too_long"));
        }
        base.address = a;
    }
    if let Some(p) = trimmed(&input.postcode) {
        let valid = match country {
            Some(Country::Fr) => {
                p.is_empty() || (p.len() == 5 && p.bytes().all(|b| b.is_ascii_digit()))
            }
            Some(Country::Pl) => {
                p.is_empty()
                    || (p.len() == 6
                        && p.as_bytes()[2] == b'-'
                        && p.bytes()
                            .enumerate()
                            .all(|(i, b)| i == 2 || b.is_ascii_digit()))
            }
            None => true,
        };
        if !valid {
            errors.push(FieldError::new("postcode", "postcode_invalid"));
        }
        base.postcode = p;
    }
    if let Some(w) = trimmed(&input.website) {
        let ok = w.is_empty()
            || ((w.starts_with("https://") || w.starts_with("http://"))
                && w.len() <= 300
                && !w.contains(char::is_whitespace)
                && w.len() > 10);
        if !ok {
            errors.push(FieldError::new("website", "website_invalid"));
        }
        base.website = w;
    }
    if let Some(d) = trimmed(&input.description) {
        if d.chars().count() > 5000 {
            errors.push(FieldError::new("description", "too_long"));
        }
        base.description = d;
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

async fn check_identifiers_free(
    tx: &mut passerelle_store::Tx,
    org_id: &str,
    ids: &[(String, String)],
) -> AppResult<()> {
    let mut errors = Vec::new();
    for (i, (kind, value)) in ids.iter().enumerate() {
        if let Some(other) = repo::find_by_identifier(tx, kind, value).await?
            && other != org_id
        {
            errors.push(FieldError::new(
                format!("identifiers[{i}]"),
                "identifier_taken",
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// The field errors `input` would get, without writing anything (used when the web form
/// already found an error of its own, so the reader sees every problem at once).
pub fn check(ctx: &AppCtx, input: &OrganisationInput) -> Vec<FieldError> {
    let mut org = blank(String::new(), 0);
    let mut ids = Vec::new();
    apply(ctx, &mut org, &mut ids, input)
        .err()
        .unwrap_or_default()
}

fn blank(created_by: String, now: i64) -> OrganisationRow {
    OrganisationRow {
        id: new_id(),
        legal_name: String::new(),
        country: String::new(),
        legal_form: None,
        legal_category: String::new(),
        sse_basis: String::new(),
        sse_member: false,
        commune_id: None,
        address: String::new(),
        postcode: String::new(),
        website: String::new(),
        description: String::new(),
        created_by: Some(created_by),
        created_at: now,
        updated_at: now,
    }
}

/// Create an organisation; the creator becomes its owner.
#[tracing::instrument(skip_all)]
pub async fn create(ctx: &AppCtx, actor: &Actor, input: &OrganisationInput) -> AppResult<String> {
    authz::create_organisation(actor)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?.to_owned();
    let now = ctx.now_ms();
    let mut org = blank(user_id.clone(), now);
    let mut required = Vec::new();
    if input
        .legal_name
        .as_deref()
        .is_none_or(|s| s.trim().is_empty())
    {
        required.push(FieldError::new("legal_name", "legal_name_required"));
    }
    if input.country.as_deref().is_none_or(|s| s.trim().is_empty()) {
        required.push(FieldError::new("country", "country_invalid"));
    }
    let mut ids = Vec::new();
    if let Err(mut e) = apply(ctx, &mut org, &mut ids, input) {
        required.retain(|r| !e.iter().any(|x| x.field == r.field));
        e.extend(required);
        return Err(AppError::Invalid(e));
    }
    if !required.is_empty() {
        return Err(AppError::Invalid(required));
    }
    let mut tx = ctx.db.begin().await?;
    check_identifiers_free(&mut tx, &org.id, &ids).await?;
    repo::insert(&mut tx, &org).await?;
    repo::set_identifiers(&mut tx, &org.id, &ids).await?;
    repo::add_member(&mut tx, &org.id, &user_id, OrgRole::Owner.as_str(), now).await?;
    tx.commit().await?;
    Ok(org.id)
}

/// Change an organisation's profile (owners, managers, platform admins).
#[tracing::instrument(skip_all)]
pub async fn update(
    ctx: &AppCtx,
    actor: &Actor,
    id: &str,
    input: &OrganisationInput,
) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let mut org = repo::find(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let role = role_in(&mut tx, actor, id).await?;
    authz::organisation(actor, role, OrgAction::Edit)?;
    let mut ids: Vec<(String, String)> = repo::identifiers(&mut tx, id)
        .await?
        .into_iter()
        .map(|r| (r.kind, r.value))
        .collect();
    apply(ctx, &mut org, &mut ids, input).map_err(AppError::Invalid)?;
    if input.identifiers.is_some() {
        check_identifiers_free(&mut tx, id, &ids).await?;
        repo::set_identifiers(&mut tx, id, &ids).await?;
    }
    org.updated_at = ctx.now_ms();
    repo::update(&mut tx, &org).await?;
    tx.commit().await?;
    Ok(())
}

async fn role_in(
    c: &mut impl passerelle_store::AsExec,
    actor: &Actor,
    org_id: &str,
) -> AppResult<Option<OrgRole>> {
    let Some(uid) = actor.user_id() else {
        return Ok(None);
    };
    Ok(repo::role_of(c, org_id, uid)
        .await?
        .and_then(|r| r.parse().ok()))
}

/// One organisation, with what the actor may see of it.
#[tracing::instrument(skip_all)]
pub async fn get(ctx: &AppCtx, actor: &Actor, id: &str) -> AppResult<OrganisationView> {
    let mut c = ctx.db.conn().await?;
    let org = repo::find(&mut c, id).await?.ok_or(AppError::NotFound)?;
    let my_role = role_in(&mut c, actor, id).await?;
    authz::organisation(actor, my_role, OrgAction::ViewProfile)?;
    let identifiers = repo::identifiers(&mut c, id).await?;
    let members = if authz::organisation(actor, my_role, OrgAction::ViewMembers).is_ok() {
        Some(repo::members(&mut c, id).await?)
    } else {
        None
    };
    let invitations = if authz::organisation(actor, my_role, OrgAction::Invite).is_ok() {
        Some(repo::pending_invitations(&mut c, id, ctx.now_ms()).await?)
    } else {
        None
    };
    let legal_form = match (Country::from_str(&org.country), &org.legal_form) {
        (Ok(c), Some(code)) => legal_form::lookup(c, code),
        _ => None,
    };
    let commune_name = org
        .commune_id
        .as_deref()
        .and_then(|c| TerritoryId::parse(c).ok())
        .and_then(|c| ctx.territories.get(&c).map(|t| t.name.clone()));
    Ok(OrganisationView {
        org,
        identifiers,
        legal_form,
        commune_name,
        my_role,
        members,
        invitations,
    })
}

/// Organisations the actor belongs to.
#[tracing::instrument(skip_all)]
pub async fn list_mine(ctx: &AppCtx, actor: &Actor) -> AppResult<Vec<OrganisationRow>> {
    let uid = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut c = ctx.db.conn().await?;
    Ok(repo::list_for_user(&mut c, uid).await?)
}

/// A page of the public directory of organisations.
#[tracing::instrument(skip_all)]
pub async fn list_public(ctx: &AppCtx, limit: i64, offset: i64) -> AppResult<Vec<OrganisationRow>> {
    let mut c = ctx.db.conn().await?;
    Ok(repo::list(&mut c, limit.clamp(1, 200), offset.max(0)).await?)
}

/// Invite someone by e-mail to join with `role`; mails them a link.
#[tracing::instrument(skip_all)]
pub async fn invite(
    ctx: &AppCtx,
    actor: &Actor,
    org_id: &str,
    email: &str,
    role: &str,
) -> AppResult<()> {
    let mut errors = Vec::new();
    let email = Email::parse(email)
        .map_err(|e| errors.push(FieldError::new("email", e.code())))
        .ok();
    let role = OrgRole::from_str(role.trim())
        .map_err(|_| errors.push(FieldError::new("role", "role_invalid")))
        .ok();
    let mut tx = ctx.db.begin().await?;
    let org = repo::find(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let my_role = role_in(&mut tx, actor, org_id).await?;
    authz::organisation(actor, my_role, OrgAction::Invite)?;
    // Only an owner may create another owner.
    if role == Some(OrgRole::Owner)
        && my_role != Some(OrgRole::Owner)
        && !actor.user.as_ref().is_some_and(|u| u.platform_admin)
    {
        errors.push(FieldError::new("role", "role_not_allowed"));
    }
    let (Some(email), Some(role)) = (email, role) else {
        return Err(AppError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    if let Some(u) = users::find_by_email(&mut tx, email.as_str()).await?
        && repo::role_of(&mut tx, org_id, &u.id).await?.is_some()
    {
        return Err(AppError::field("email", "already_member"));
    }
    let now = ctx.now_ms();
    let token = new_token();
    let inv = InvitationRow {
        id: new_id(),
        organisation_id: org_id.to_owned(),
        email: email.as_str().to_owned(),
        role: role.as_str().to_owned(),
        token_hash: hash(&token),
        invited_by: actor.user_id().map(str::to_owned),
        created_at: now,
        expires_at: now + INVITE_TTL_MS,
        accepted_at: None,
    };
    repo::insert_invitation(&mut tx, &inv).await?;
    tx.commit().await?;
    let inviter = actor
        .user
        .as_ref()
        .map(|u| u.name.clone())
        .unwrap_or_default();
    // The invitee may have no account yet: write in the inviter's language.
    let tr = Tr::new(
        crate::accounts::locale_of(ctx, actor.user_id().unwrap_or_default())
            .await?
            .unwrap_or(passerelle_domain::Locale::DEFAULT),
    );
    let link = format!("{}/invitations/{token}", ctx.config.base_url);
    crate::accounts::send(
        ctx,
        email.as_str(),
        tr.ta("mail-invite-subject", &[("organisation", &org.legal_name)]),
        tr.ta(
            "mail-invite-body",
            &[
                ("inviter", &inviter),
                ("organisation", &org.legal_name),
                ("link", &link),
            ],
        ),
    )
    .await;
    Ok(())
}

/// What an invitation link shows before acceptance.
#[derive(Debug, Clone)]
pub struct InvitationPreview {
    /// Organisation id.
    pub organisation_id: String,
    /// Organisation name.
    pub organisation_name: String,
    /// Role offered.
    pub role: String,
    /// Address invited.
    pub email: String,
}

/// Look at an invitation without accepting it.
pub async fn preview_invitation(ctx: &AppCtx, token: &str) -> AppResult<InvitationPreview> {
    let mut c = ctx.db.conn().await?;
    let inv = repo::invitation_by_token(&mut c, &hash(token))
        .await?
        .ok_or(AppError::Conflict("token_invalid"))?;
    if inv.accepted_at.is_some() || inv.expires_at <= ctx.now_ms() {
        return Err(AppError::Conflict("token_invalid"));
    }
    let org = repo::find(&mut c, &inv.organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(InvitationPreview {
        organisation_id: org.id,
        organisation_name: org.legal_name,
        role: inv.role,
        email: inv.email,
    })
}

/// Accept an invitation as the signed-in actor (whose address must be the invited one).
#[tracing::instrument(skip_all)]
pub async fn accept_invitation(ctx: &AppCtx, actor: &Actor, token: &str) -> AppResult<String> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await?;
    let inv = repo::invitation_by_token(&mut tx, &hash(token))
        .await?
        .ok_or(AppError::Conflict("token_invalid"))?;
    if inv.accepted_at.is_some() || inv.expires_at <= now {
        return Err(AppError::Conflict("token_invalid"));
    }
    if !inv.email.eq_ignore_ascii_case(&user.email) {
        return Err(AppError::Conflict("invitation_other_email"));
    }
    if !repo::accept_invitation(&mut tx, &inv.id, now).await? {
        return Err(AppError::Conflict("token_invalid"));
    }
    repo::add_member(&mut tx, &inv.organisation_id, &user.id, &inv.role, now).await?;
    // Accepting a mailed link proves the address.
    users::confirm_email(&mut tx, &user.id, now).await?;
    tx.commit().await?;
    Ok(inv.organisation_id)
}
