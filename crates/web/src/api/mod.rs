//! The JSON API under `/api/v1`, described by an OpenAPI document generated from these
//! handlers (utoipa), so the routes and the description cannot drift apart.

pub mod applications;
pub mod organisations;
pub mod schemes;
pub mod territories;

use axum::Json;
use axum::extract::{FromRequest, Request};
use passerelle_app::AppError;
use serde::de::DeserializeOwned;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::ApiError;
use crate::state::WebState;

/// The error envelope every failing API call answers with.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorEnvelope {
    /// The error.
    pub error: ErrorBody,
}

/// Body of [`ErrorEnvelope`].
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable snake_case code.
    pub code: String,
    /// Message in the reader's language (`Accept-Language`).
    pub message: String,
    /// Field errors, for `invalid_input`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<FieldErrorBody>>,
}

/// One invalid field.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct FieldErrorBody {
    /// Property name.
    pub field: String,
    /// Stable code.
    pub code: String,
    /// Message in the reader's language.
    pub message: String,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Passerelle API",
        description = "Public authorities' programmes of support for the social and solidarity economy: territories, organisations, the catalogue of schemes and its eligibility engine, applications to calls.",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(ErrorEnvelope, ErrorBody, FieldErrorBody)),
    tags((name = "territories", description = "FR/PL reference territories and EU NUTS"),
         (name = "organisations", description = "Applicant and ecosystem organisations"),
         (name = "schemes", description = "Catalogue of support schemes and the eligibility engine"),
         (name = "applications", description = "Calls' forms, applications, receipts, files, messages and the officers' list"))
)]
struct ApiDoc;

/// The API router and its OpenAPI document.
pub fn router() -> (axum::Router<WebState>, utoipa::openapi::OpenApi) {
    // Uploads carry files: their own, larger body limit (the field's own bound is checked).
    let (schemas, paths, upload) = routes!(applications::upload);
    let upload = upload.layer(axum::extract::DefaultBodyLimit::max(
        applications::UPLOAD_LIMIT,
    ));
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(territories::search))
        .routes(routes!(territories::get))
        .routes(routes!(organisations::list, organisations::create))
        .routes(routes!(organisations::get, organisations::update))
        .routes(routes!(schemes::check))
        .routes(routes!(schemes::vocabularies))
        .routes(routes!(schemes::search))
        .routes(routes!(schemes::get))
        .routes(routes!(applications::form))
        .routes(routes!(applications::start, applications::list))
        .routes(routes!(applications::get, applications::update))
        .routes(routes!(applications::submit_one))
        .routes(routes!(applications::receipt))
        .routes((schemas, paths, upload))
        .routes(routes!(
            applications::download,
            applications::delete_attachment
        ))
        .routes(routes!(applications::messages, applications::post_message))
        .routes(routes!(applications::transition))
        .routes(routes!(applications::history))
        .split_for_parts()
}

/// `Json` whose rejections (malformed JSON, wrong content type, too large) become our envelope.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::rejection::{BytesRejection, JsonRejection};
        let json_type = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase())
            .is_some_and(|v| {
                v == "application/json" || (v.starts_with("application/") && v.ends_with("+json"))
            });
        if !json_type {
            return Err(ApiError(AppError::Conflict("unsupported_media_type")));
        }
        let bytes = match axum::body::Bytes::from_request(req, state).await {
            Ok(b) => b,
            Err(BytesRejection::FailedToBufferBody(e))
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE =>
            {
                return Err(ApiError(AppError::Conflict("payload_too_large")));
            }
            Err(_) => return Err(ApiError(AppError::Conflict("malformed_json"))),
        };
        // Every request body of this API is a JSON object; serde would also
        // accept a struct written as an array, which the schema forbids.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            if serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).is_err() {
                return Err(ApiError(AppError::Conflict("malformed_json")));
            }
            return Err(ApiError(AppError::Invalid(vec![
                passerelle_app::FieldError::new("body", "invalid_value"),
            ])));
        }
        match Json::<T>::from_bytes(&bytes) {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => Err(ApiError(AppError::Invalid(vec![
                passerelle_app::FieldError::new(field_of(&e.body_text()), "invalid_value"),
            ]))),
            Err(_) => Err(ApiError(AppError::Conflict("malformed_json"))),
        }
    }
}

/// serde's message names the path of the bad value first (`legal_name: invalid type…`).
fn field_of(msg: &str) -> String {
    msg.split_once(": ")
        .map(|(p, _)| {
            p.trim_start_matches("Failed to deserialize the JSON body into the target type")
                .trim()
                .to_owned()
        })
        .filter(|p| !p.is_empty() && !p.contains(' '))
        .unwrap_or_else(|| "body".to_owned())
}
