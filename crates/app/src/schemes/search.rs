//! The public catalogue search: text in three languages and facets, answered
//! from the in-memory index of the current snapshot.

use jiff::Timestamp;
use passerelle_domain::scheme::vocab::{SchemeKind, Theme};
use passerelle_domain::{LegalCategory, Locale, Money, TerritoryId, TerritoryIndex};
use passerelle_search::{Facets, OpenFilter, Query, SearchContext, Sort};

use crate::{AppCtx, AppError, AppResult, FieldError};

/// Largest page size.
pub const MAX_PER_PAGE: u32 = 100;
/// Last page that can be asked for (deep pages of a catalogue are not browsed).
pub const MAX_PAGE: u32 = 10_000;
/// Default page size.
pub const PER_PAGE: u32 = 20;

/// A search as received (query string of the page or the API).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SearchParams {
    /// Words.
    #[serde(default)]
    pub q: String,
    /// Territory id, or a place name resolved to the best match.
    pub territory: Option<String>,
    /// Beneficiary category codes.
    #[serde(default)]
    pub category: Vec<String>,
    /// Theme codes.
    #[serde(default)]
    pub theme: Vec<String>,
    /// Scheme kind codes.
    #[serde(default)]
    pub kind: Vec<String>,
    /// `now` or `soon` (closing within 30 days).
    pub open: Option<String>,
    /// Funder name.
    pub funder: Option<String>,
    /// `relevance` or `deadline`.
    pub sort: Option<String>,
    /// 1-based page.
    pub page: Option<u32>,
    /// Page size (1–100).
    pub per_page: Option<u32>,
}

/// One result.
#[derive(Debug, Clone)]
pub struct SearchHit {
    /// Slug.
    pub slug: String,
    /// Title in the reader's language.
    pub title: String,
    /// Summary in the reader's language.
    pub summary: String,
    /// Authority's name.
    pub tenant_name: String,
    /// Kind.
    pub kind: SchemeKind,
    /// Open at the time of the search.
    pub open: bool,
    /// Next closing instant.
    pub closes: Option<Timestamp>,
    /// The scheme's zone.
    pub zone: String,
    /// Maximum grant.
    pub max_grant: Option<Money>,
    /// Themes.
    pub themes: Vec<Theme>,
    /// Funder names.
    pub funders: Vec<String>,
}

/// A page of results with facet counts.
#[derive(Debug, Clone)]
pub struct SearchPage {
    /// Matching schemes in all.
    pub total: usize,
    /// Current page (1-based).
    pub page: u32,
    /// Page size.
    pub per_page: u32,
    /// The page's results.
    pub hits: Vec<SearchHit>,
    /// Facet counts.
    pub facets: Facets,
    /// The territory filter as understood (id and name).
    pub territory: Option<(TerritoryId, String)>,
    /// The query as understood.
    pub query: Query,
}

impl SearchPage {
    /// Number of pages.
    pub fn pages(&self) -> u32 {
        let n = self.total.div_ceil(self.per_page.max(1) as usize);
        u32::try_from(n).unwrap_or(u32::MAX).max(1)
    }
}

fn codes<T: std::str::FromStr>(field: &str, v: &[String], errs: &mut Vec<FieldError>) -> Vec<T> {
    let mut out = Vec::new();
    for (i, s) in v.iter().filter(|s| !s.trim().is_empty()).enumerate() {
        match s.parse() {
            Ok(x) => out.push(x),
            Err(_) => errs.push(FieldError::new(format!("{field}[{i}]"), "code_unknown")),
        }
    }
    out
}

/// Resolves a territory filter: an id, or a name whose best match is taken.
pub fn resolve_territory(index: &TerritoryIndex, s: &str) -> Option<TerritoryId> {
    let s = s.trim();
    if let Ok(id) = TerritoryId::parse(s)
        && index.get(&id).is_some()
    {
        return Some(id);
    }
    index.search(s, None, 1).first().map(|r| r.id.clone())
}

/// Checks the parameters and turns them into a query.
pub fn parse(ctx: &AppCtx, p: &SearchParams) -> AppResult<(Query, Option<(TerritoryId, String)>)> {
    let mut errs = Vec::new();
    let territory = match p
        .territory
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(s) => match resolve_territory(&ctx.territories, s) {
            Some(id) => {
                let name = ctx
                    .territories
                    .get(&id)
                    .map(|r| r.name.clone())
                    .unwrap_or_default();
                Some((id, name))
            }
            None => {
                errs.push(FieldError::new("territory", "territory_unknown"));
                None
            }
        },
    };
    let categories: Vec<LegalCategory> = codes("category", &p.category, &mut errs);
    let themes: Vec<Theme> = codes("theme", &p.theme, &mut errs);
    let kinds: Vec<SchemeKind> = codes("kind", &p.kind, &mut errs);
    let open = match p.open.as_deref().map(str::trim) {
        None | Some("") | Some("any") => None,
        Some("now") => Some(OpenFilter::OpenNow),
        Some("soon") => Some(OpenFilter::ClosingSoon),
        Some(_) => {
            errs.push(FieldError::new("open", "code_unknown"));
            None
        }
    };
    let sort = match p.sort.as_deref().map(str::trim) {
        None | Some("") | Some("relevance") => Sort::Relevance,
        Some("deadline") => Sort::Deadline,
        Some(_) => {
            errs.push(FieldError::new("sort", "code_unknown"));
            Sort::Relevance
        }
    };
    let per_page = p.per_page.unwrap_or(PER_PAGE);
    if per_page == 0 || per_page > MAX_PER_PAGE {
        errs.push(FieldError::new("per_page", "limit_invalid"));
    }
    let page = p.page.unwrap_or(1);
    if page == 0 || page > MAX_PAGE {
        errs.push(FieldError::new("page", "number_invalid"));
    }
    if p.q.chars().count() > 500 {
        errs.push(FieldError::new("q", "too_long"));
    }
    if !errs.is_empty() {
        return Err(AppError::BadRequest(errs));
    }
    let query = Query {
        text: p.q.trim().to_owned(),
        territory: territory.as_ref().map(|(id, _)| id.clone()),
        categories,
        themes,
        kinds,
        open,
        funder: p.funder.clone().filter(|f| !f.trim().is_empty()),
        sort,
        page,
        per_page,
    };
    Ok((query, territory))
}

/// Runs a search on the current catalogue.
pub fn search(ctx: &AppCtx, locale: Locale, p: &SearchParams) -> AppResult<SearchPage> {
    let (query, territory) = parse(ctx, p)?;
    let snap = ctx.catalogue.current();
    let at = Timestamp::from_millisecond(ctx.now_ms()).unwrap_or(Timestamp::UNIX_EPOCH);
    let index = &ctx.territories;
    let places = |id: &TerritoryId| {
        let mut v = vec![id.clone()];
        v.extend(index.ancestors(id).into_iter().map(|r| r.id.clone()));
        v
    };
    let sctx = SearchContext {
        at,
        locale,
        places: &places,
    };
    let results = snap
        .search
        .search(&query, &sctx)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("search: {e}")))?;
    let hits = results
        .hits
        .iter()
        .filter_map(|h| {
            let s = snap.catalogue.schemes().get(h.position)?;
            let meta = snap.meta.get(h.position)?;
            Some(SearchHit {
                slug: s.slug.clone(),
                title: s.title.get(locale).to_owned(),
                summary: s.summary.get(locale).to_owned(),
                tenant_name: meta.tenant_name.clone(),
                kind: s.kind,
                open: h.open,
                closes: h.closes,
                zone: s.window.zone.clone(),
                max_grant: s.max_grant(),
                themes: s.themes.clone(),
                funders: s.funders.iter().map(|f| f.name.clone()).collect(),
            })
        })
        .collect();
    Ok(SearchPage {
        total: results.total,
        page: query.page,
        per_page: query.per_page,
        hits,
        facets: results.facets,
        territory,
        query,
    })
}
