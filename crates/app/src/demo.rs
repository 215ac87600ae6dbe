//! Demo data (`data/demo/tenants.toml`): the five seed programmes as tenants with their texts
//! in three languages, demo accounts and organisations. Loading is idempotent.

use std::collections::BTreeMap;
use std::str::FromStr;

use anyhow::Context as _;
use passerelle_domain::{Locale, OrgRole, TenantRole};
use passerelle_store::repo::programmes::{ProgrammeRow, ProgrammeTextRow};
use passerelle_store::repo::tenants::TenantRow;
use passerelle_store::repo::{organisations as org_repo, programmes, tenants, users};
use serde::Deserialize;

use crate::organisations::{IdentifierInput, OrganisationInput};
use crate::tokens::new_id;
use crate::{Actor, AppCtx, AppError, AppResult};

/// The demo file compiled into the binary.
pub const EMBEDDED_DEMO: &str = include_str!("../../../data/demo/tenants.toml");

/// The whole demo file.
#[derive(Debug, Deserialize)]
pub struct DemoData {
    /// Authorities and their programmes.
    pub tenant: Vec<DemoTenant>,
    /// Demo accounts.
    #[serde(default)]
    pub account: Vec<DemoAccount>,
    /// Demo organisations.
    #[serde(default)]
    pub organisation: Vec<DemoOrganisation>,
    /// Demo accounts in authorities' reviewer pools.
    #[serde(default)]
    pub reviewer: Vec<DemoReviewer>,
}

/// A demo account in an authority's pool of reviewers.
#[derive(Debug, Deserialize)]
pub struct DemoReviewer {
    /// Account e-mail (an `[[account]]`).
    pub email: String,
    /// Tenant slug.
    pub tenant: String,
    /// External expert rather than staff.
    #[serde(default)]
    pub external: bool,
    /// Theme codes.
    pub expertise: Vec<String>,
    /// Locale codes.
    pub languages: Vec<String>,
    /// Territory ids.
    #[serde(default)]
    pub territories: Vec<String>,
    /// Most applications per call.
    pub capacity: i64,
}

/// A tenant of the demo file.
#[derive(Debug, Deserialize)]
pub struct DemoTenant {
    /// Slug.
    pub slug: String,
    /// Official name.
    pub name: String,
    /// `FR`/`PL`.
    pub country: String,
    /// Territory id.
    pub territory: String,
    /// Legal form code.
    #[serde(default)]
    pub legal_form: String,
    /// Website.
    #[serde(default)]
    pub website: String,
    /// Programmes.
    #[serde(default)]
    pub programme: Vec<DemoProgramme>,
}

/// A programme of the demo file.
#[derive(Debug, Deserialize)]
pub struct DemoProgramme {
    /// Slug.
    pub slug: String,
    /// Kind.
    pub kind: String,
    /// Status.
    pub status: String,
    /// Opening date or "".
    #[serde(default)]
    pub opens_on: String,
    /// Deadline (local) or "".
    #[serde(default)]
    pub closes_at: String,
    /// IANA zone.
    pub time_zone: String,
    /// Envelope, minor units.
    #[serde(default)]
    pub envelope_minor: i64,
    /// Cap per project, minor units.
    #[serde(default)]
    pub max_award_minor: i64,
    /// Currency.
    pub currency: String,
    /// Theme keys.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Seed file.
    #[serde(default)]
    pub source: String,
    /// Title per language.
    pub title: BTreeMap<String, String>,
    /// Summary per language.
    pub summary: BTreeMap<String, String>,
    /// Description per language.
    pub description: BTreeMap<String, String>,
}

/// A demo account.
#[derive(Debug, Deserialize)]
pub struct DemoAccount {
    /// E-mail.
    pub email: String,
    /// Name.
    pub name: String,
    /// Password.
    pub password: String,
    /// Platform admin.
    #[serde(default)]
    pub platform_admin: bool,
    /// Tenant roles.
    #[serde(default)]
    pub roles: Vec<DemoRole>,
}

/// A tenant role of a demo account.
#[derive(Debug, Deserialize)]
pub struct DemoRole {
    /// Tenant slug.
    pub tenant: String,
    /// Role.
    pub role: String,
}

/// A demo organisation.
#[derive(Debug, Deserialize)]
pub struct DemoOrganisation {
    /// Legal name.
    pub legal_name: String,
    /// Country.
    pub country: String,
    /// Legal form code.
    #[serde(default)]
    pub legal_form: String,
    /// Commune / gmina id.
    #[serde(default)]
    pub commune: String,
    /// Identifiers.
    #[serde(default)]
    pub identifiers: Vec<DemoIdentifier>,
    /// SSE bases.
    #[serde(default)]
    pub sse_basis: Vec<String>,
    /// Website.
    #[serde(default)]
    pub website: String,
    /// Description per language.
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Members.
    #[serde(default)]
    pub members: Vec<DemoMember>,
}

/// An identifier of a demo organisation.
#[derive(Debug, Deserialize)]
pub struct DemoIdentifier {
    /// Kind.
    pub kind: String,
    /// Value.
    pub value: String,
}

/// A member of a demo organisation.
#[derive(Debug, Deserialize)]
pub struct DemoMember {
    /// Account e-mail.
    pub email: String,
    /// Role.
    pub role: String,
}

/// Parse a demo file.
pub fn parse(text: &str) -> anyhow::Result<DemoData> {
    toml::from_str(text).context("reading the demo data")
}

/// Load the demo data into the database (idempotent: re-running updates tenants and
/// programmes and leaves existing accounts and organisations alone).
pub async fn load(ctx: &AppCtx, data: &DemoData) -> AppResult<()> {
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await?;
    let mut tenant_ids = BTreeMap::new();
    for t in &data.tenant {
        let id = tenants::upsert(
            &mut tx,
            &TenantRow {
                id: new_id(),
                slug: t.slug.clone(),
                name: t.name.clone(),
                country: t.country.clone(),
                territory_id: t.territory.clone(),
                legal_form: t.legal_form.clone(),
                website: t.website.clone(),
                created_at: now,
            },
        )
        .await?;
        for p in &t.programme {
            let pid = programmes::upsert(
                &mut tx,
                &ProgrammeRow {
                    id: new_id(),
                    tenant_id: id.clone(),
                    slug: p.slug.clone(),
                    kind: p.kind.clone(),
                    status: p.status.clone(),
                    opens_on: Some(p.opens_on.clone()).filter(|s| !s.is_empty()),
                    closes_at: Some(p.closes_at.clone()).filter(|s| !s.is_empty()),
                    time_zone: p.time_zone.clone(),
                    envelope_minor: p.envelope_minor,
                    max_award_minor: p.max_award_minor,
                    currency: p.currency.clone(),
                    themes: p.themes.join(","),
                    source: p.source.clone(),
                    created_at: now,
                },
            )
            .await?;
            for l in Locale::all() {
                let get =
                    |m: &BTreeMap<String, String>| m.get(l.as_str()).cloned().unwrap_or_default();
                programmes::upsert_text(
                    &mut tx,
                    &ProgrammeTextRow {
                        programme_id: pid.clone(),
                        locale: l.as_str().to_owned(),
                        title: get(&p.title),
                        summary: get(&p.summary),
                        description: get(&p.description).trim().to_owned(),
                    },
                )
                .await?;
            }
        }
        tenant_ids.insert(t.slug.clone(), id);
    }
    tx.commit().await?;

    for a in &data.account {
        let locale = if a.email.contains("urzednik") || a.email.contains("wnioskodawca") {
            Locale::Pl
        } else {
            Locale::Fr
        };
        let uid = crate::accounts::create_user(
            ctx,
            &a.email,
            &a.name,
            &a.password,
            locale,
            a.platform_admin,
        )
        .await?;
        let mut tx = ctx.db.begin().await?;
        for r in &a.roles {
            let role = TenantRole::from_str(&r.role)
                .map_err(|_| anyhow::anyhow!("unknown role {}", r.role))?;
            let tid = tenant_ids
                .get(&r.tenant)
                .ok_or_else(|| anyhow::anyhow!("unknown tenant {}", r.tenant))?;
            tenants::add_member(&mut tx, tid, &uid, role.as_str(), now).await?;
        }
        tx.commit().await?;
    }

    for o in &data.organisation {
        let Some(owner) = o.members.iter().find(|m| m.role == OrgRole::Owner.as_str()) else {
            continue;
        };
        let mut c = ctx.db.conn().await?;
        let Some(owner_row) = users::find_by_email(&mut c, &owner.email).await? else {
            continue;
        };
        let already = org_repo::list_for_user(&mut c, &owner_row.id)
            .await?
            .iter()
            .any(|x| x.legal_name == o.legal_name);
        drop(c);
        if already {
            continue;
        }
        let actor = crate::accounts::load_actor(ctx, &owner_row.id)
            .await?
            .unwrap_or_else(Actor::anonymous);
        let lang = if o.country == "PL" { "pl" } else { "fr" };
        let input = OrganisationInput {
            legal_name: Some(o.legal_name.clone()),
            country: Some(o.country.clone()),
            legal_form: Some(o.legal_form.clone()),
            identifiers: Some(
                o.identifiers
                    .iter()
                    .map(|i| IdentifierInput {
                        kind: i.kind.clone(),
                        value: i.value.clone(),
                    })
                    .collect(),
            ),
            sse_basis: Some(o.sse_basis.clone()),
            commune_id: Some(o.commune.clone()),
            address: None,
            postcode: None,
            website: Some(o.website.clone()),
            description: o.description.get(lang).cloned(),
        };
        let id = crate::organisations::create(ctx, &actor, &input)
            .await
            .map_err(|e| match e {
                AppError::Invalid(errs) => AppError::Internal(anyhow::anyhow!(
                    "demo organisation {}: {errs:?}",
                    o.legal_name
                )),
                other => other,
            })?;
        let mut tx = ctx.db.begin().await?;
        for m in o
            .members
            .iter()
            .filter(|m| m.role != OrgRole::Owner.as_str())
        {
            if let Some(u) = users::find_by_email(&mut tx, &m.email).await? {
                org_repo::add_member(&mut tx, &id, &u.id, &m.role, now).await?;
            }
        }
        tx.commit().await?;
    }
    load_reviewers(ctx, data, &tenant_ids, now).await?;
    crate::schemes::load_demo(ctx).await?;
    crate::applications::forms::load_demo(ctx).await
}

/// Puts the demo reviewers in their pools, unless officers already set them.
async fn load_reviewers(
    ctx: &AppCtx,
    data: &DemoData,
    tenant_ids: &BTreeMap<String, String>,
    now: i64,
) -> AppResult<()> {
    use passerelle_domain::TerritoryId;
    use passerelle_domain::scheme::vocab::Theme;
    use passerelle_store::repo::review::{self as review_repo, ReviewerRow};
    let mut tx = ctx.db.begin().await?;
    for r in &data.reviewer {
        let bad = |what: &str, v: &str| {
            AppError::Internal(anyhow::anyhow!("demo reviewer {}: {what} {v}", r.email))
        };
        for t in &r.expertise {
            Theme::from_str(t).map_err(|_| bad("theme", t))?;
        }
        for l in &r.languages {
            Locale::from_str(l).map_err(|_| bad("language", l))?;
        }
        for t in &r.territories {
            let id = TerritoryId::parse(t).map_err(|_| bad("territory", t))?;
            ctx.territories
                .get(&id)
                .ok_or_else(|| bad("territory", t))?;
        }
        let tid = tenant_ids
            .get(&r.tenant)
            .ok_or_else(|| bad("tenant", &r.tenant))?;
        let Some(u) = users::find_by_email(&mut tx, &r.email).await? else {
            return Err(bad("account", &r.email));
        };
        if review_repo::reviewers(&mut tx, tid)
            .await?
            .iter()
            .any(|x| x.user_id == u.id)
        {
            continue;
        }
        let json = |v: &Vec<String>| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
        review_repo::upsert_reviewer(
            &mut tx,
            &ReviewerRow {
                tenant_id: tid.clone(),
                user_id: u.id.clone(),
                external: r.external,
                expertise: json(&r.expertise),
                languages: json(&r.languages),
                territories: json(&r.territories),
                capacity: r.capacity,
                active: true,
                updated_at: now,
            },
        )
        .await?;
        tenants::add_member(&mut tx, tid, &u.id, TenantRole::Reviewer.as_str(), now).await?;
    }
    tx.commit().await?;
    Ok(())
}
