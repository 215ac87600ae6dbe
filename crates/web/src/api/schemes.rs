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

/// An amount in minor units.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmountDto {
    /// Minor units (cents, grosze); not negative.
    pub amount_minor: i64,
    /// `EUR` or `PLN`.
    pub currency: String,
}

/// Eligible expenses.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpensesDto {
    /// Minor units; not negative.
    pub amount_minor: i64,
    /// `EUR` or `PLN`.
    pub currency: String,
    /// `excl` (excluding VAT) or `incl`.
    pub vat: String,
}

/// A co-funder of the project.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CofunderDto {
    /// `eu`, `state`, `region`, `departement`, `intercommunality`, `commune` or `private`.
    pub kind: String,
}

/// The consortium carrying the project.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsortiumDto {
    /// Number of organisations, the applicant included (1 = not a consortium).
    pub members: i64,
    /// Whether one of them is designated lead partner.
    pub lead_partner: bool,
}

/// Who applies. A missing field makes the criteria that need it `unknown`.
#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ApplicantDto {
    /// `FR` or `PL`.
    pub country: Option<String>,
    /// INSEE catégorie juridique (4 digits, e.g. `9220`) or REGON form code (3 digits).
    pub legal_form: Option<String>,
    /// Shared legal category (see `beneficiary_categories` in `/api/v1/vocabularies`),
    /// when the exact form is not known; ignored when `legal_form` is given.
    pub category: Option<String>,
    /// Territory id of the seat (`fr:commune:92050`, `pl:gmina:1465011`).
    pub location: Option<String>,
    /// Declared member of the social and solidarity economy.
    pub ess: Option<bool>,
    /// Labels held (see `labels` in `/api/v1/vocabularies`).
    pub labels: Option<Vec<String>>,
}

/// The project; every field optional.
#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ProjectDto {
    /// Theme codes.
    pub themes: Option<Vec<String>>,
    /// Amount requested.
    pub requested: Option<AmountDto>,
    /// Eligible expenses.
    pub eligible_expenses: Option<ExpensesDto>,
    /// Service codes.
    pub services: Option<Vec<String>>,
    /// Co-funders.
    pub cofunders: Option<Vec<CofunderDto>>,
    /// Commitment codes.
    pub commitments: Option<Vec<String>>,
    /// Consortium.
    pub consortium: Option<ConsortiumDto>,
}

/// An eligibility question.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EligibilityRequest {
    /// Instant to judge at (RFC 3339); now when absent.
    #[schema(example = "2023-12-31T23:59:00+01:00")]
    pub at: Option<String>,
    /// Scheme slugs; every published scheme when absent.
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
