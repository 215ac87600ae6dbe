//! `/api/v1/eligibility`, `/api/v1/vocabularies` and `/api/v1/schemes`: the
//! catalogue and its eligibility engine, answered from memory.

use axum::extract::{Path, State};
use axum::{Extension, Json};
use passerelle_app::i18n::Tr;
use passerelle_app::schemes::eligibility::{self, SchemeAnswer};
use passerelle_app::schemes::explain;
use passerelle_app::{AppError, schemes};
use passerelle_domain::Locale;
use passerelle_domain::scheme::vocab;

use crate::api::ApiJson;
use crate::error::ApiError;
use crate::state::WebState;

/// OpenAPI schemas of the closed vocabularies, from the domain's own lists so
/// the document and the parser cannot disagree.
mod codes {
    use passerelle_domain::scheme::vocab::{CofunderKind, Commitment, Label, Service, Theme, Vat};
    use passerelle_domain::{Country, Currency, LegalCategory};
    use utoipa::openapi::schema::{ArrayBuilder, KnownFormat, ObjectBuilder, SchemaFormat, Type};
    use utoipa::openapi::{Array, Object};

    fn one(codes: Vec<&'static str>) -> Object {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(codes))
            .build()
    }
    fn list(codes: Vec<&'static str>) -> Array {
        ArrayBuilder::new().items(one(codes)).build()
    }
    fn all<T: Copy>(v: &[T], f: fn(T) -> &'static str) -> Vec<&'static str> {
        v.iter().map(|x| f(*x)).collect()
    }
    pub fn country() -> Object {
        one(all(Country::all(), Country::as_str))
    }
    pub fn category() -> Object {
        one(all(LegalCategory::all(), LegalCategory::as_str))
    }
    pub fn currency() -> Object {
        one(all(Currency::all(), Currency::as_str))
    }
    pub fn vat() -> Object {
        one(all(Vat::all(), Vat::as_str))
    }
    pub fn cofunder() -> Object {
        one(all(CofunderKind::all(), CofunderKind::as_str))
    }
    pub fn themes() -> Array {
        list(all(Theme::all(), Theme::as_str))
    }
    pub fn services() -> Array {
        list(all(Service::all(), Service::as_str))
    }
    pub fn commitments() -> Array {
        list(all(Commitment::all(), Commitment::as_str))
    }
    pub fn labels() -> Array {
        list(all(Label::all(), Label::as_str))
    }
    pub fn legal_form() -> Object {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some("^[0-9]{3,4}$"))
            .build()
    }
    pub fn territory() -> Object {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some("^(fr|pl|eu):[a-z]+:[0-9A-Z]{2,9}$"))
            .build()
    }
    pub fn instant() -> Object {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .build()
    }
    pub fn slugs() -> Array {
        ArrayBuilder::new()
            .items(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some("^[a-z0-9]+(-[a-z0-9]+)*$"))
                    .min_length(Some(3))
                    .max_length(Some(80))
                    .build(),
            )
            .build()
    }
}

/// An integer as JSON Schema defines it: `141` and `141.0` are the same
/// integer, so both are read; `141.5` is refused.
fn integer<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    use serde::Deserialize;
    let n = serde_json::Number::deserialize(d)?;
    if let Some(i) = n.as_i64() {
        return Ok(i);
    }
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(f as i64),
        _ => Err(serde::de::Error::custom("not an integer")),
    }
}

/// An amount in minor units.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmountDto {
    /// Minor units (cents, grosze); not negative.
    #[schema(minimum = 0)]
    #[serde(deserialize_with = "integer")]
    pub amount_minor: i64,
    /// `EUR` or `PLN`.
    #[schema(schema_with = codes::currency)]
    pub currency: String,
}

/// Eligible expenses.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpensesDto {
    /// Minor units; not negative.
    #[schema(minimum = 0)]
    #[serde(deserialize_with = "integer")]
    pub amount_minor: i64,
    /// `EUR` or `PLN`.
    #[schema(schema_with = codes::currency)]
    pub currency: String,
    /// `excl` (excluding VAT) or `incl`.
    #[schema(schema_with = codes::vat)]
    pub vat: String,
}

/// A co-funder of the project.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CofunderDto {
    /// `eu`, `state`, `region`, `departement`, `intercommunality`, `commune` or `private`.
    #[schema(schema_with = codes::cofunder)]
    pub kind: String,
}

/// The consortium carrying the project.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsortiumDto {
    /// Number of organisations, the applicant included (1 = not a consortium).
    #[schema(minimum = 1)]
    #[serde(deserialize_with = "integer")]
    pub members: i64,
    /// Whether one of them is designated lead partner.
    pub lead_partner: bool,
}

/// Who applies. A missing field makes the criteria that need it `unknown`.
#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ApplicantDto {
    /// `FR` or `PL`.
    #[schema(schema_with = codes::country)]
    pub country: Option<String>,
    /// INSEE catégorie juridique (4 digits, e.g. `9220`) or REGON form code (3 digits);
    /// a code that does not exist is refused (400).
    #[schema(schema_with = codes::legal_form)]
    pub legal_form: Option<String>,
    /// Shared legal category (see `beneficiary_categories` in `/api/v1/vocabularies`),
    /// when the exact form is not known; ignored when `legal_form` is given.
    #[schema(schema_with = codes::category)]
    pub category: Option<String>,
    /// Territory id of the seat (`fr:commune:92050`, `pl:gmina:1465011`); an id that
    /// does not exist is refused (400).
    #[schema(schema_with = codes::territory)]
    pub location: Option<String>,
    /// Declared member of the social and solidarity economy.
    pub ess: Option<bool>,
    /// Labels held (see `labels` in `/api/v1/vocabularies`).
    #[schema(schema_with = codes::labels)]
    pub labels: Option<Vec<String>>,
}

/// The project; every field optional.
#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ProjectDto {
    /// Theme codes.
    #[schema(schema_with = codes::themes)]
    pub themes: Option<Vec<String>>,
    /// Amount requested.
    pub requested: Option<AmountDto>,
    /// Eligible expenses.
    pub eligible_expenses: Option<ExpensesDto>,
    /// Service codes.
    #[schema(schema_with = codes::services)]
    pub services: Option<Vec<String>>,
    /// Co-funders.
    pub cofunders: Option<Vec<CofunderDto>>,
    /// Commitment codes.
    #[schema(schema_with = codes::commitments)]
    pub commitments: Option<Vec<String>>,
    /// Consortium.
    pub consortium: Option<ConsortiumDto>,
}

/// An eligibility question.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EligibilityRequest {
    /// Instant to judge at (RFC 3339); now when absent.
    #[schema(schema_with = codes::instant)]
    pub at: Option<String>,
    /// Scheme slugs; every published scheme when absent. An unknown slug is refused (400).
    #[schema(schema_with = codes::slugs)]
    pub schemes: Option<Vec<String>>,
    /// Who applies.
    #[serde(default)]
    pub applicant: ApplicantDto,
    /// What for.
    #[serde(default)]
    pub project: ProjectDto,
}

impl From<EligibilityRequest> for eligibility::EligibilityInput {
    fn from(r: EligibilityRequest) -> Self {
        let a = r.applicant;
        let p = r.project;
        eligibility::EligibilityInput {
            at: r.at,
            schemes: r.schemes,
            applicant: eligibility::ApplicantInput {
                country: a.country,
                legal_form: a.legal_form,
                category: a.category,
                location: a.location,
                ess: a.ess,
                labels: a.labels,
            },
            project: eligibility::ProjectInput {
                themes: p.themes,
                requested: p.requested.map(|m| eligibility::AmountInput {
                    amount_minor: m.amount_minor,
                    currency: m.currency,
                }),
                eligible_expenses: p.eligible_expenses.map(|e| eligibility::ExpensesInput {
                    amount_minor: e.amount_minor,
                    currency: e.currency,
                    vat: e.vat,
                }),
                services: p.services,
                cofunders: p.cofunders.map(|v| {
                    v.into_iter()
                        .map(|c| eligibility::CofunderInput { kind: c.kind })
                        .collect()
                }),
                commitments: p.commitments,
                consortium: p.consortium.map(|c| eligibility::ConsortiumInput {
                    members: c.members,
                    lead_partner: c.lead_partner,
                }),
            },
        }
    }
}

/// One criterion's answer.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CriterionResult {
    /// Criterion id (`open` and `perimeter` are the scheme's dates and territory).
    pub id: String,
    /// `met`, `not_met` or `unknown`.
    pub verdict: String,
    /// Why, in the reader's language (`Accept-Language`), quoting figures and dates.
    pub message: String,
    /// Depth in the criteria tree (0 = a condition every applicant must meet).
    pub depth: u8,
    /// Whether it combines other criteria (AND / OR / AT LEAST N).
    pub group: bool,
    /// For `unknown`: the request field that would settle it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// One scheme's answer.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct EligibilityResult {
    /// Scheme slug.
    pub scheme: String,
    /// Title in the reader's language.
    pub title: String,
    /// `eligible`, `not_eligible` or `unknown`.
    pub verdict: String,
    /// Not eligible because of exactly one condition.
    pub near_miss: bool,
    /// Request fields to answer to settle an `unknown`.
    pub missing_fields: Vec<String>,
    /// Criteria in tree order.
    pub criteria: Vec<CriterionResult>,
}

/// Answers, best matches first.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct EligibilityResponse {
    /// One per scheme asked about.
    pub results: Vec<EligibilityResult>,
}

/// The API form of a scheme's answer.
pub fn result_dto(a: SchemeAnswer) -> EligibilityResult {
    EligibilityResult {
        near_miss: a.near_miss(),
        scheme: a.slug,
        title: a.title,
        verdict: a.verdict.as_str().to_owned(),
        missing_fields: a.missing_fields.iter().map(|f| (*f).to_owned()).collect(),
        criteria: a
            .criteria
            .into_iter()
            .map(|c| CriterionResult {
                id: c.id,
                verdict: c.verdict.as_str().to_owned(),
                message: c.message,
                depth: c.depth,
                group: c.group,
                field: c.missing_field.map(str::to_owned),
            })
            .collect(),
    }
}

/// Which schemes an applicant and project are eligible for, criterion by criterion.
#[utoipa::path(operation_id = "check_eligibility", post, path = "/api/v1/eligibility", tag = "schemes", request_body = EligibilityRequest,
    responses((status = 200, description = "Answers, eligible first, then unknown (fewest missing answers first), then not eligible (fewest failed conditions first)", body = EligibilityResponse),
              (status = 400, description = "Malformed request, unknown code, territory or scheme (the field is named)", body = crate::api::ErrorEnvelope),
              (status = 413, description = "Body too large", body = crate::api::ErrorEnvelope),
              (status = 415, description = "Body is not application/json", body = crate::api::ErrorEnvelope),
              (status = 422, description = "A value has the wrong type", body = crate::api::ErrorEnvelope)))]
pub async fn check(
    State(s): State<WebState>,
    Extension(locale): Extension<Locale>,
    ApiJson(req): ApiJson<EligibilityRequest>,
) -> Result<Json<EligibilityResponse>, ApiError> {
    let input: eligibility::EligibilityInput = req.into();
    let (q, slugs) = eligibility::parse(&s.app, &input)?;
    let tr = Tr::new(locale);
    let results = eligibility::answer(&s.app, &tr, &q, slugs.as_deref())
        .into_iter()
        .map(result_dto)
        .collect();
    Ok(Json(EligibilityResponse { results }))
}

/// A label in the three languages.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Labels {
    /// French.
    pub fr: String,
    /// Polish.
    pub pl: String,
    /// English.
    pub en: String,
}

fn labels(key: &str) -> Labels {
    Labels {
        fr: Tr::new(Locale::Fr).t(key),
        pl: Tr::new(Locale::Pl).t(key),
        en: Tr::new(Locale::En).t(key),
    }
}

/// One code of a vocabulary.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct VocabularyItem {
    /// Stable code, as used in requests.
    pub code: String,
    /// Label in each language.
    pub labels: Labels,
}

/// A closed list of codes.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Vocabulary {
    /// Name (`themes`, `services`, `commitments`, `cofunder_kinds`, …).
    pub name: String,
    /// Title in each language.
    pub title: Labels,
    /// Codes in display order.
    pub items: Vec<VocabularyItem>,
}

/// Every vocabulary.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Vocabularies {
    /// Vocabularies.
    pub vocabularies: Vec<Vocabulary>,
}

/// The codes requests and schemes use (themes, services, commitments, co-funder kinds,
/// labels, beneficiary categories, scheme kinds, VAT bases), with labels in French,
/// Polish and English.
#[utoipa::path(operation_id = "list_vocabularies", get, path = "/api/v1/vocabularies", tag = "schemes",
    responses((status = 200, description = "Success", body = Vocabularies)))]
pub async fn vocabularies() -> Json<Vocabularies> {
    let vocabularies = vocab::published()
        .into_iter()
        .map(|(name, codes)| Vocabulary {
            name: name.to_owned(),
            title: labels(&format!("vocab-title-{name}")),
            items: codes
                .into_iter()
                .map(|c| VocabularyItem {
                    code: c.to_owned(),
                    labels: labels(&format!("vocab-{name}-{}", c.to_ascii_lowercase())),
                })
                .collect(),
        })
        .collect();
    Json(Vocabularies { vocabularies })
}

/// A territory reference.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PlaceDto {
    /// Territory id.
    pub id: String,
    /// Official name.
    pub name: String,
}

/// An amount.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct MoneyDto {
    /// Minor units.
    pub amount_minor: i64,
    /// ISO 4217 code.
    pub currency: String,
    /// Formatted in the reader's language.
    pub display: String,
}

/// A condition in plain words.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ConditionDto {
    /// Criterion id.
    pub id: String,
    /// Depth (0 = required of every applicant).
    pub depth: u8,
    /// The condition in the reader's language.
    pub text: String,
}

/// When a scheme takes applications.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct WindowDto {
    /// `one-off`, `annual` or `permanent`.
    pub recurrence: String,
    /// IANA zone the dates are written in.
    pub zone: String,
    /// Local opening date-time, as written.
    pub opens_local: Option<String>,
    /// Local closing date-time (exclusive), as written.
    pub closes_local: Option<String>,
    /// Open now.
    pub open_now: bool,
    /// Next (or current) closing instant, RFC 3339 UTC.
    pub next_closing: Option<String>,
    /// The window in plain words, in the reader's language.
    pub text: String,
}

/// A published scheme.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct SchemeDto {
    /// Slug.
    pub slug: String,
    /// Authority's slug.
    pub tenant: String,
    /// Authority's name.
    pub tenant_name: String,
    /// `published` or `closed`.
    pub status: String,
    /// Version of the text.
    pub version: i64,
    /// Kind code.
    pub kind: String,
    /// Title in the reader's language.
    pub title: String,
    /// Summary in the reader's language.
    pub summary: String,
    /// Description in the reader's language.
    pub description: String,
    /// Funder names.
    pub funders: Vec<String>,
    /// Theme codes.
    pub themes: Vec<String>,
    /// Territories covered (empty = everywhere).
    pub perimeter: Vec<PlaceDto>,
    /// Application window.
    pub window: WindowDto,
    /// Total budget.
    pub envelope: Option<MoneyDto>,
    /// Maximum grant.
    pub max_grant: Option<MoneyDto>,
    /// Minimum grant.
    pub min_grant: Option<MoneyDto>,
    /// Funding-rate cap in percent.
    pub rate_cap_percent: Option<f64>,
    /// Eligibility conditions in plain words.
    pub conditions: Vec<ConditionDto>,
    /// Conditions judged by reviewers, not by the eligibility engine.
    pub assessed_in_review: Vec<String>,
    /// Documents to provide.
    pub documents: Vec<String>,
    /// Contact.
    pub contact: Option<String>,
    /// External page.
    pub url: Option<String>,
    /// The full definition, in the import/export format (`docs/scheme.schema.json`).
    #[schema(value_type = Object)]
    pub definition: serde_json::Value,
}

fn money(tr: &Tr, m: passerelle_domain::Money) -> MoneyDto {
    MoneyDto {
        amount_minor: m.minor,
        currency: m.currency.to_string(),
        display: tr.money(m.minor, m.currency),
    }
}

/// Builds the API view of a public scheme.
pub fn scheme_dto(s: &WebState, tr: &Tr, slug: &str) -> Result<SchemeDto, AppError> {
    let snap = s.app.catalogue.current();
    let (sc, meta) = snap.get(slug).ok_or(AppError::NotFound)?;
    let l = tr.locale();
    let now =
        jiff::Timestamp::from_millisecond(s.app.now_ms()).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let idx = &s.app.territories;
    Ok(SchemeDto {
        slug: sc.slug.clone(),
        tenant: meta.tenant_slug.clone(),
        tenant_name: meta.tenant_name.clone(),
        status: meta.status.as_str().to_owned(),
        version: meta.version,
        kind: sc.kind.as_str().to_owned(),
        title: sc.title.get(l).to_owned(),
        summary: sc.summary.get(l).to_owned(),
        description: sc.description.get(l).to_owned(),
        funders: sc.funders.iter().map(|f| f.name.clone()).collect(),
        themes: sc.themes.iter().map(|t| t.as_str().to_owned()).collect(),
        perimeter: sc
            .perimeter
            .iter()
            .map(|id| PlaceDto {
                id: id.to_string(),
                name: idx.get(id).map(|r| r.name.clone()).unwrap_or_default(),
            })
            .collect(),
        window: WindowDto {
            recurrence: sc.window.recurrence.as_str().to_owned(),
            zone: sc.window.zone.clone(),
            opens_local: sc.window.opens.map(|d| d.to_string()),
            closes_local: sc.window.closes.map(|d| d.to_string()),
            open_now: sc.window.is_open_at(now),
            next_closing: sc.window.next_closing(now).map(|t| t.to_string()),
            text: explain::window(tr, &sc.window),
        },
        envelope: sc.envelope.map(|m| money(tr, m)),
        max_grant: sc.max_grant().map(|m| money(tr, m)),
        min_grant: sc.min_grant().map(|m| money(tr, m)),
        rate_cap_percent: sc.rate_cap().map(|bp| f64::from(bp) / 100.0),
        conditions: explain::criteria(tr, &sc.criteria)
            .into_iter()
            .map(|c| ConditionDto {
                id: c.id,
                depth: c.depth,
                text: c.text,
            })
            .collect(),
        assessed_in_review: sc
            .assessed_in_review
            .iter()
            .map(|t| t.get(l).to_owned())
            .collect(),
        documents: sc.documents.iter().map(|t| t.get(l).to_owned()).collect(),
        contact: sc.contact.clone(),
        url: sc.url.clone(),
        definition: serde_json::to_value(schemes::SchemeFile {
            tenant: meta.tenant_slug.clone(),
            status: meta.status,
            scheme: (**sc).clone(),
        })
        .map_err(|e| AppError::Internal(e.into()))?,
    })
}

/// A published scheme with its conditions in plain words.
#[utoipa::path(operation_id = "get_scheme", get, path = "/api/v1/schemes/{slug}", tag = "schemes",
    params(("slug" = String, Path, description = "Scheme slug")),
    responses((status = 200, description = "Success", body = SchemeDto),
              (status = 404, description = "No such public scheme", body = crate::api::ErrorEnvelope)))]
pub async fn get(
    State(s): State<WebState>,
    Extension(locale): Extension<Locale>,
    Path(slug): Path<String>,
) -> Result<Json<SchemeDto>, ApiError> {
    Ok(Json(scheme_dto(&s, &Tr::new(locale), &slug)?))
}

/// Search parameters of `GET /api/v1/schemes`.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Words, in any of the three languages (stemmed in French, English and Polish;
    /// accents optional).
    pub q: Option<String>,
    /// Territory id (`fr:commune:92050`) or place name: schemes whose perimeter contains
    /// the place or any of its ancestors, and national schemes.
    pub territory: Option<String>,
    /// Beneficiary category codes, comma-separated (any of them).
    pub category: Option<String>,
    /// Theme codes, comma-separated (any of them).
    pub theme: Option<String>,
    /// Scheme kind codes, comma-separated (any of them).
    pub kind: Option<String>,
    /// `now` (taking applications) or `soon` (and closing within 30 days).
    pub open: Option<String>,
    /// Funder name.
    pub funder: Option<String>,
    /// `relevance` (default) or `deadline`.
    pub sort: Option<String>,
    /// Page, from 1.
    #[param(minimum = 1, maximum = 10000)]
    pub page: Option<u32>,
    /// Page size, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u32>,
}

fn split(s: &Option<String>) -> Vec<String> {
    s.as_deref()
        .unwrap_or("")
        .split(',')
        .map(|x| x.trim().to_owned())
        .filter(|x| !x.is_empty())
        .collect()
}

impl From<&SearchQuery> for schemes::search::SearchParams {
    fn from(q: &SearchQuery) -> Self {
        schemes::search::SearchParams {
            q: q.q.clone().unwrap_or_default(),
            territory: q.territory.clone(),
            category: split(&q.category),
            theme: split(&q.theme),
            kind: split(&q.kind),
            open: q.open.clone(),
            funder: q.funder.clone(),
            sort: q.sort.clone(),
            page: q.page,
            per_page: q.per_page,
        }
    }
}

/// One search result.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct SchemeSummaryDto {
    /// Slug (see `GET /api/v1/schemes/{slug}`).
    pub slug: String,
    /// Title in the reader's language.
    pub title: String,
    /// Summary in the reader's language.
    pub summary: String,
    /// Authority's name.
    pub tenant_name: String,
    /// Kind code.
    pub kind: String,
    /// Taking applications now.
    pub open: bool,
    /// Next closing instant (RFC 3339, UTC).
    pub closes_at: Option<String>,
    /// The scheme's IANA zone.
    pub zone: String,
    /// Maximum grant.
    pub max_grant: Option<MoneyDto>,
    /// Theme codes.
    pub themes: Vec<String>,
}

/// A facet value and how many results it would give.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct FacetCount {
    /// Code (or funder name).
    pub value: String,
    /// Label in the reader's language.
    pub label: String,
    /// Number of results with this value added to the other filters.
    pub count: usize,
}

/// Facet counts.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct FacetsDto {
    /// By theme.
    pub theme: Vec<FacetCount>,
    /// By beneficiary category.
    pub category: Vec<FacetCount>,
    /// By kind.
    pub kind: Vec<FacetCount>,
    /// By funder.
    pub funder: Vec<FacetCount>,
    /// Open now / closing within 30 days.
    pub open: Vec<FacetCount>,
}

/// A page of search results.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct SchemeSearchDto {
    /// Matches in all.
    pub total: usize,
    /// Page number.
    pub page: u32,
    /// Page size.
    pub per_page: u32,
    /// The territory filter as understood.
    pub territory: Option<PlaceDto>,
    /// Results.
    pub items: Vec<SchemeSummaryDto>,
    /// Facet counts.
    pub facets: FacetsDto,
}

/// Facet counts rendered with labels (shared with the catalogue page).
pub fn facets_dto(tr: &Tr, f: &passerelle_search::Facets) -> FacetsDto {
    let fc = |vocab: &str, v: &str, count: usize| FacetCount {
        value: v.to_owned(),
        label: explain::code_label(tr, vocab, v),
        count,
    };
    FacetsDto {
        theme: f
            .themes
            .iter()
            .map(|(t, n)| fc("themes", t.as_str(), *n))
            .collect(),
        category: f
            .categories
            .iter()
            .map(|(c, n)| fc("beneficiary_categories", c.as_str(), *n))
            .collect(),
        kind: f
            .kinds
            .iter()
            .map(|(k, n)| fc("scheme_kinds", k.as_str(), *n))
            .collect(),
        funder: f
            .funders
            .iter()
            .map(|(name, n)| FacetCount {
                value: name.clone(),
                label: name.clone(),
                count: *n,
            })
            .collect(),
        open: vec![
            FacetCount {
                value: "now".into(),
                label: tr.t("catalogue-open-now"),
                count: f.open_now,
            },
            FacetCount {
                value: "soon".into(),
                label: tr.t("catalogue-closing-soon"),
                count: f.closing_soon,
            },
        ],
    }
}

/// Search the public catalogue: full text in three languages, facets with counts, sorted
/// by relevance or deadline.
#[utoipa::path(operation_id = "search_schemes", get, path = "/api/v1/schemes", tag = "schemes", params(SearchQuery),
    responses((status = 200, description = "Success", body = SchemeSearchDto),
              (status = 400, description = "Unknown code or territory, or bad page (the field is named)", body = crate::api::ErrorEnvelope)))]
pub async fn search(
    State(s): State<WebState>,
    Extension(locale): Extension<Locale>,
    axum::extract::Query(q): axum::extract::Query<SearchQuery>,
) -> Result<Json<SchemeSearchDto>, ApiError> {
    let tr = Tr::new(locale);
    let params: schemes::search::SearchParams = (&q).into();
    let page = schemes::search::search(&s.app, locale, &params)?;
    Ok(Json(SchemeSearchDto {
        total: page.total,
        page: page.page,
        per_page: page.per_page,
        territory: page.territory.as_ref().map(|(id, name)| PlaceDto {
            id: id.to_string(),
            name: name.clone(),
        }),
        items: page
            .hits
            .iter()
            .map(|h| SchemeSummaryDto {
                slug: h.slug.clone(),
                title: h.title.clone(),
                summary: h.summary.clone(),
                tenant_name: h.tenant_name.clone(),
                kind: h.kind.as_str().to_owned(),
                open: h.open,
                closes_at: h.closes.map(|t| t.to_string()),
                zone: h.zone.clone(),
                max_grant: h.max_grant.map(|m| money(&tr, m)),
                themes: h.themes.iter().map(|t| t.as_str().to_owned()).collect(),
            })
            .collect(),
        facets: facets_dto(&tr, &page.facets),
    }))
}
