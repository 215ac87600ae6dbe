//! `GET /api/v1/territories` and `GET /api/v1/territories/{id}`.

use axum::Json;
use axum::extract::{Path, Query, State};
use passerelle_app::AppError;
use passerelle_domain::{TerritoryId, TerritoryKind, TerritoryRecord};

use crate::error::ApiError;
use crate::state::WebState;

/// A territory, as listed.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct TerritoryDto {
    /// `fr:commune:92050`, `pl:gmina:0264011`, `eu:nuts:FR105`…
    pub id: String,
    /// `fr:region`, `fr:departement`, `fr:epci`, `fr:commune`, `pl:wojewodztwo`, `pl:powiat`, `pl:gmina`, `eu:nuts0`…`eu:nuts3`.
    pub kind: String,
    /// Official code (INSEE, SIREN for EPCI, TERYT, NUTS).
    pub code: String,
    /// Official name.
    pub name: String,
    /// Population, where the reference gives it.
    pub population: Option<i64>,
    /// Direct parents' ids.
    pub parents: Vec<String>,
}

/// A territory with its context.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct TerritoryDetail {
    /// The territory.
    #[serde(flatten)]
    pub territory: TerritoryDto,
    /// All ancestors, nearest first.
    pub ancestors: Vec<TerritoryDto>,
    /// Number of direct children.
    pub children_count: usize,
}

/// Search results.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct TerritoryList {
    /// Matches, best first.
    pub items: Vec<TerritoryDto>,
}

fn dto(r: &TerritoryRecord) -> TerritoryDto {
    TerritoryDto {
        id: r.id.to_string(),
        kind: r.kind.as_str().to_owned(),
        code: r.code.clone(),
        name: r.name.clone(),
        population: r.population,
        parents: r.parents.iter().map(|p| p.to_string()).collect(),
    }
}

/// Search parameters.
#[derive(serde::Deserialize, utoipa::IntoParams)]
pub struct SearchParams {
    /// Prefix of a name or code, accent- and case-insensitive (`ile de france`, `wroclaw`, `92050`).
    q: String,
    /// Restrict to one kind (`fr:commune`, …).
    #[param(
        pattern = r"^(fr:(region|departement|epci|commune)|pl:(wojewodztwo|powiat|gmina)|eu:nuts[0-3])?$"
    )]
    kind: Option<String>,
    /// At most this many results (1–100, default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<usize>,
}

/// Search territories by name or code prefix.
#[utoipa::path(operation_id = "search_territories", get, path = "/api/v1/territories", tag = "territories", params(SearchParams),
    responses((status = 400, description = "Malformed request (query or body)", body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = TerritoryList), (status = 422, description = "Invalid input; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn search(
    State(s): State<WebState>,
    Query(p): Query<SearchParams>,
) -> Result<Json<TerritoryList>, ApiError> {
    let kind = match p.kind.as_deref().filter(|k| !k.is_empty()) {
        Some(k) => Some(
            k.parse::<TerritoryKind>()
                .map_err(|_| AppError::field("kind", "territory_kind_invalid"))?,
        ),
        None => None,
    };
    let limit = p.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(AppError::field("limit", "limit_invalid").into());
    }
    let items = s
        .app
        .territories
        .search(&p.q, kind, limit)
        .into_iter()
        .map(dto)
        .collect();
    Ok(Json(TerritoryList { items }))
}

/// One territory with its parents, all ancestors and its number of children.
#[utoipa::path(operation_id = "get_territory", get, path = "/api/v1/territories/{id}", tag = "territories",
    params(("id" = String, Path, description = "Territory id, e.g. fr:commune:92050")),
    responses((status = 400, description = "Malformed request (query or body)", body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = TerritoryDetail), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope)))]
pub async fn get(
    State(s): State<WebState>,
    Path(id): Path<String>,
) -> Result<Json<TerritoryDetail>, ApiError> {
    let idx = &s.app.territories;
    let tid = TerritoryId::parse(&id).map_err(|_| AppError::NotFound)?;
    let r = idx.get(&tid).ok_or(AppError::NotFound)?;
    Ok(Json(TerritoryDetail {
        territory: dto(r),
        ancestors: idx.ancestors(&tid).into_iter().map(dto).collect(),
        children_count: idx.children_count(&tid),
    }))
}
