//! Territory search and territory pages.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use passerelle_domain::{TerritoryId, TerritoryKind, TerritoryRecord};

use crate::error::WebError;
use crate::page::{PageCommon, PageCtx};

/// Search query.
#[derive(serde::Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
}

/// A result row.
pub struct Hit {
    id: String,
    name: String,
    kind_label: String,
    code: String,
    context: String,
}

#[derive(Template)]
#[template(path = "territories.html")]
struct SearchPage {
    page: PageCommon,
    q: String,
    kind: String,
    kinds: Vec<(String, String)>,
    hits: Vec<Hit>,
    searched: bool,
    kind_invalid: bool,
}

fn kind_label(page: &PageCommon, k: TerritoryKind) -> String {
    page.t(&format!("territory-kind-{}", k.as_str().replace(':', "-")))
}

fn hit(page: &PageCommon, p: &PageCtx, r: &TerritoryRecord) -> Hit {
    let parents = p.state.app.territories.parents(&r.id);
    Hit {
        id: r.id.to_string(),
        name: r.name.clone(),
        kind_label: kind_label(page, r.kind),
        code: r.code.clone(),
        context: parents
            .iter()
            .map(|x| x.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// `GET /territories?q=…&kind=…`.
pub async fn search(p: PageCtx, Query(q): Query<SearchQuery>) -> Response {
    let kind = if q.kind.is_empty() {
        Ok(None)
    } else {
        q.kind.parse::<TerritoryKind>().map(Some)
    };
    let kind_invalid = kind.is_err();
    let hits = match kind {
        Ok(k) if !q.q.trim().is_empty() => p
            .state
            .app
            .territories
            .search(&q.q, k, 50)
            .into_iter()
            .map(|r| hit(&p.common, &p, r))
            .collect(),
        _ => Vec::new(),
    };
    let kinds = TerritoryKind::all()
        .iter()
        .map(|k| (k.as_str().to_owned(), kind_label(&p.common, *k)))
        .collect();
    let searched = !q.q.trim().is_empty();
    super::ok(&SearchPage {
        page: p.common.clone(),
        q: q.q,
        kind: q.kind,
        kinds,
        hits,
        searched,
        kind_invalid,
    })
}

#[derive(Template)]
#[template(path = "territory.html")]
struct TerritoryPage {
    page: PageCommon,
    t: Hit,
    population: String,
    ancestors: Vec<Hit>,
    children: usize,
}

/// `GET /territories/{id}`.
pub async fn show(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    let idx = p.state.app.territories.clone();
    let tid = TerritoryId::parse(&id).map_err(|_| WebError(passerelle_app::AppError::NotFound))?;
    let r = idx
        .get(&tid)
        .ok_or(WebError(passerelle_app::AppError::NotFound))?;
    let page = p.common.clone();
    let t = hit(&page, &p, r);
    let population = r.population.map(|n| page.tr.number(n)).unwrap_or_default();
    let ancestors = idx
        .ancestors(&tid)
        .into_iter()
        .map(|a| hit(&page, &p, a))
        .collect();
    let children = idx.children_count(&tid);
    Ok(super::ok(&TerritoryPage {
        page,
        t,
        population,
        ancestors,
        children,
    }))
}
