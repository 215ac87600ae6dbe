//! Errors become responses in two steps: a handler returns [`WebError`] / [`ApiError`], which
//! sets the status and attaches an [`ErrorInfo`]; the [`render`] middleware, which knows the
//! reader's language and session, turns it into the localized HTML page or the JSON envelope
//! `{"error": {"code", "message", "fields"?}}`. Axum's own 404/405/413 pass the same way.

use axum::Json;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use passerelle_app::{AppError, FieldError};
use passerelle_domain::Locale;
use tower_sessions::Session;

use crate::state::WebState;

/// Attached to an error response for the [`render`] middleware.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// Stable code (Fluent id suffix).
    pub code: String,
    /// Field errors, if any.
    pub fields: Vec<FieldError>,
}

/// An error from an HTML handler.
#[derive(Debug)]
pub struct WebError(pub AppError);

/// An error from an API handler.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for WebError {
    fn from(e: AppError) -> Self {
        WebError(e)
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

/// HTTP status of an application error.
pub fn status_of(e: &AppError) -> StatusCode {
    match e {
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
        AppError::Conflict("csrf_failed") => StatusCode::FORBIDDEN,
        AppError::Conflict("payload_too_large") => StatusCode::PAYLOAD_TOO_LARGE,
        AppError::Conflict("malformed_json") | AppError::Conflict("bad_request") => {
            StatusCode::BAD_REQUEST
        }
        AppError::Conflict("unsupported_media_type") => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn respond(e: AppError) -> Response {
    let status = status_of(&e);
    if let AppError::Internal(cause) = &e {
        tracing::error!(error = %format!("{cause:#}"), "internal error");
    }
    let fields = match &e {
        AppError::Invalid(f) | AppError::BadRequest(f) => f.clone(),
        _ => Vec::new(),
    };
    let mut res = status.into_response();
    res.extensions_mut().insert(ErrorInfo {
        code: e.code().to_owned(),
        fields,
    });
    res
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        respond(self.0)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        respond(self.0)
    }
}

fn code_for_status(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::UNPROCESSABLE_ENTITY => "invalid_input",
        StatusCode::REQUEST_TIMEOUT => "timeout",
        _ => "internal",
    }
}

#[derive(serde::Serialize)]
struct Envelope {
    error: EnvelopeBody,
}

#[derive(serde::Serialize)]
struct EnvelopeBody {
    code: String,
    message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<EnvelopeField>,
}

#[derive(serde::Serialize)]
struct EnvelopeField {
    field: String,
    code: String,
    message: String,
}

/// Middleware turning error responses into localized pages or JSON envelopes.
pub async fn render(
    axum::extract::State(state): axum::extract::State<WebState>,
    req: Request,
    next: Next,
) -> Response {
    let locale = req
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or(Locale::DEFAULT);
    let session = req.extensions().get::<Session>().cloned();
    let path = req.uri().path().to_owned();
    let here = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".into());
    let is_api = path.starts_with("/api/");
    let res = next.run(req).await;
    let status = res.status();
    let info = res.extensions().get::<ErrorInfo>().cloned();
    let info = match info {
        Some(i) => i,
        // Errors produced outside our handlers (unknown route, body limit, wrong method...).
        None if (status.is_client_error() || status.is_server_error())
            && res
                .headers()
                .get(header::CONTENT_TYPE)
                .is_none_or(|v| v.as_bytes().starts_with(b"text/plain")) =>
        {
            ErrorInfo {
                code: code_for_status(status).to_owned(),
                fields: Vec::new(),
            }
        }
        None => return res,
    };
    let tr = passerelle_app::i18n::Tr::new(locale);
    if is_api {
        let body = Envelope {
            error: EnvelopeBody {
                message: tr.t(&format!("error-{}", info.code)),
                code: info.code,
                fields: info
                    .fields
                    .iter()
                    .map(|f| EnvelopeField {
                        field: f.field.clone(),
                        code: f.code.clone(),
                        message: tr.t(&format!("error-{}", f.code)),
                    })
                    .collect(),
            },
        };
        let mut out = (status, Json(body)).into_response();
        copy_headers(&res, &mut out);
        return out;
    }
    if info.code == "unauthenticated" {
        return Redirect::to(&format!("/login?next={}", crate::page::url_encode(&here)))
            .into_response();
    }
    let page = match &session {
        Some(s) => crate::page::build(&state, s, locale, here)
            .await
            .ok()
            .map(|(c, _)| c),
        None => None,
    };
    let page = page.unwrap_or_else(|| crate::page::PageCommon {
        tr: tr.clone(),
        user_name: None,
        unconfirmed: false,
        csrf: String::new(),
        here: "/".into(),
        flash: Vec::new(),
        demo: state.app.config.demo,
        reviewer: false,
    });
    let html = crate::pages::error_page(page, status.as_u16(), &info.code);
    let mut out = (status, Html(html)).into_response();
    copy_headers(&res, &mut out);
    out
}

fn copy_headers(from: &Response, to: &mut Response) {
    for name in [header::SET_COOKIE, header::RETRY_AFTER] {
        for v in from.headers().get_all(&name) {
            to.headers_mut().append(name.clone(), v.clone());
        }
    }
}

impl WebError {
    /// For layers that need a plain response (panic handler).
    pub fn into_response_pub(self) -> Response {
        self.into_response()
    }
}
