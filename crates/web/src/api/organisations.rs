//! `/api/v1/organisations`: list, create, read, update. Signed-in calls use the session
//! cookie; authorisation is the same as for the pages (`app::authz`).

use axum::Json;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use passerelle_app::Actor;
use passerelle_app::organisations::{self, IdentifierInput, OrganisationInput, OrganisationView};

use crate::api::ApiJson;
use crate::error::ApiError;
use crate::state::WebState;

/// The actor behind the session cookie (anonymous without one).
pub struct ApiActor(pub Actor);

impl FromRequestParts<WebState> for ApiActor {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let session = crate::page::session_of(parts, state).await?;
        let actor = crate::page::actor_of(state, &session).await?;
        Ok(ApiActor(actor))
    }
}

/// An identifier.
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct IdentifierDto {
    /// `siren`, `siret`, `rna` (FR); `nip`, `regon`, `krs` (PL).
    pub kind: String,
    /// Value; checksums are verified.
    pub value: String,
}

/// An organisation's public profile.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct OrganisationDto {
    /// Opaque id.
    pub id: String,
    /// Legal name.
    pub legal_name: String,
    /// `FR` or `PL`.
    pub country: String,
    /// National legal-form code.
    pub legal_form: Option<String>,
    /// Official label of the legal form.
    pub legal_form_label: Option<String>,
    /// Shared category (`association`, `foundation`, `cooperative`, …).
    pub legal_category: String,
    /// SSE bases declared.
    pub sse_basis: Vec<String>,
    /// Member of the social and solidarity economy.
    pub sse_member: bool,
    /// Commune / gmina id.
    pub commune_id: Option<String>,
    /// Postcode.
    pub postcode: String,
    /// Street address.
    pub address: String,
    /// Website.
    pub website: String,
    /// Description.
    pub description: String,
    /// Identifiers.
    pub identifiers: Vec<IdentifierDto>,
    /// The caller's role in it (`owner`, `manager`, `member`), if any.
    pub my_role: Option<String>,
}

/// Fields to create or change; on PATCH, absent fields are left unchanged.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationWrite {
    /// Legal name (required on creation).
    pub legal_name: Option<String>,
    /// `FR` or `PL` (required on creation).
    pub country: Option<String>,
    /// INSEE catégorie juridique (e.g. `9220`) or REGON form code; `""` clears it.
    pub legal_form: Option<String>,
    /// Identifiers; replaces the whole set.
    pub identifiers: Option<Vec<IdentifierDto>>,
    /// SSE bases: `declared_commercial_company`, `esus_approved`, `pl_social_enterprise`, `pl_social_cooperative`.
    pub sse_basis: Option<Vec<String>>,
    /// Commune (`fr:commune:…`) or gmina (`pl:gmina:…`); `""` clears it.
    pub commune_id: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// http(s) URL.
    pub website: Option<String>,
    /// Description.
    pub description: Option<String>,
}

impl From<OrganisationWrite> for OrganisationInput {
    fn from(w: OrganisationWrite) -> Self {
        OrganisationInput {
            legal_name: w.legal_name,
            country: w.country,
            legal_form: w.legal_form,
            identifiers: w.identifiers.map(|v| {
                v.into_iter()
                    .map(|i| IdentifierInput {
                        kind: i.kind,
                        value: i.value,
                    })
                    .collect()
            }),
            sse_basis: w.sse_basis,
            commune_id: w.commune_id,
            address: w.address,
            postcode: w.postcode,
            website: w.website,
            description: w.description,
        }
    }
}

fn dto(v: OrganisationView) -> OrganisationDto {
    let o = v.org;
    OrganisationDto {
        id: o.id,
        legal_name: o.legal_name,
        country: o.country,
        legal_form: o.legal_form,
        legal_form_label: v.legal_form.map(|f| f.label.to_owned()),
        legal_category: o.legal_category,
        sse_basis: o
            .sse_basis
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        sse_member: o.sse_member,
        commune_id: o.commune_id,
        postcode: o.postcode,
        address: o.address,
        website: o.website,
        description: o.description,
        identifiers: v
            .identifiers
            .into_iter()
            .map(|i| IdentifierDto {
                kind: i.kind,
                value: i.value,
            })
            .collect(),
        my_role: v.my_role.map(|r| r.as_str().to_owned()),
    }
}

/// List parameters.
#[derive(serde::Deserialize, utoipa::IntoParams)]
pub struct ListParams {
    /// Only the caller's organisations (requires a session).
    mine: Option<bool>,
    /// Page size (1–200, default 50).
    limit: Option<i64>,
    /// Offset.
    offset: Option<i64>,
}

/// A page of organisations.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct OrganisationList {
    /// Organisations.
    pub items: Vec<OrganisationDto>,
}

/// List organisations (the public directory, or the caller's own with `mine=true`).
#[utoipa::path(operation_id = "list_organisations", get, path = "/api/v1/organisations", tag = "organisations", params(ListParams),
    responses((status = 400, description = "Malformed request (query or body)", body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = OrganisationList), (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope)))]
pub async fn list(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Query(p): Query<ListParams>,
) -> Result<Json<OrganisationList>, ApiError> {
    let rows = if p.mine.unwrap_or(false) {
        organisations::list_mine(&s.app, &actor).await?
    } else {
        organisations::list_public(&s.app, p.limit.unwrap_or(50), p.offset.unwrap_or(0)).await?
    };
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        items.push(dto(organisations::get(&s.app, &actor, &r.id).await?));
    }
    Ok(Json(OrganisationList { items }))
}

/// Create an organisation; the caller becomes its owner.
#[utoipa::path(operation_id = "create_organisation", post, path = "/api/v1/organisations", tag = "organisations", request_body = OrganisationWrite,
    responses((status = 400, description = "Malformed request (query or body)", body = crate::api::ErrorEnvelope), (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope), (status = 415, description = "Body is not application/json", body = crate::api::ErrorEnvelope), (status = 201, description = "Created", body = OrganisationDto), (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope),
              (status = 409, description = "Conflicts with the current state", body = crate::api::ErrorEnvelope), (status = 422, description = "Invalid input; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn create(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<OrganisationWrite>,
) -> Result<(StatusCode, Json<OrganisationDto>), ApiError> {
    let id = organisations::create(&s.app, &actor, &body.into()).await?;
    Ok((
        StatusCode::CREATED,
        Json(dto(organisations::get(&s.app, &actor, &id).await?)),
    ))
}

/// One organisation's public profile.
#[utoipa::path(operation_id = "get_organisation", get, path = "/api/v1/organisations/{id}", tag = "organisations",
    params(("id" = String, Path, description = "Organisation id")),
    responses((status = 400, description = "Malformed request (query or body)", body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = OrganisationDto), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope)))]
pub async fn get(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<Json<OrganisationDto>, ApiError> {
    Ok(Json(dto(organisations::get(&s.app, &actor, &id).await?)))
}

/// Change some fields of an organisation (owners and managers).
#[utoipa::path(operation_id = "update_organisation", patch, path = "/api/v1/organisations/{id}", tag = "organisations", request_body = OrganisationWrite,
    params(("id" = String, Path, description = "Organisation id")),
    responses((status = 400, description = "Malformed request (query or body)", body = crate::api::ErrorEnvelope), (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope), (status = 415, description = "Body is not application/json", body = crate::api::ErrorEnvelope), (status = 200, description = "Success", body = OrganisationDto), (status = 401, description = "Sign-in required", body = crate::api::ErrorEnvelope),
              (status = 403, description = "Not allowed", body = crate::api::ErrorEnvelope), (status = 404, description = "Not found", body = crate::api::ErrorEnvelope),
              (status = 422, description = "Invalid input; nothing was changed", body = crate::api::ErrorEnvelope)))]
pub async fn update(
    State(s): State<WebState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OrganisationWrite>,
) -> Result<Json<OrganisationDto>, ApiError> {
    organisations::update(&s.app, &actor, &id, &body.into()).await?;
    Ok(Json(dto(organisations::get(&s.app, &actor, &id).await?)))
}
