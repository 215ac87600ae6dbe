//! Tenants (authorities) and their programmes, as the public sees them.

use std::str::FromStr;

use passerelle_domain::{Currency, Locale};
use passerelle_store::repo::programmes::{self, ProgrammeRow};
use passerelle_store::repo::tenants::{self, TenantRow};

use crate::{AppCtx, AppError, AppResult};

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
