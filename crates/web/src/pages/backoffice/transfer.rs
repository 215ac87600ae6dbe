//! Schemes in and out: JSON export of one scheme or of an authority's
//! schemes (the `SchemeFile` format, described by `docs/scheme.schema.json`
//! served at `/schemas/scheme.json`), XLSX export, and the import of either
//! format, all or nothing.
//!
//! Exports are downloads rather than pages, so their errors are the JSON
//! envelope (401 for an anonymous visitor) rather than a redirect to sign in.

use axum::extract::{Multipart, Path};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use passerelle_app::i18n::Tr;
use passerelle_app::schemes::backoffice::{self, ImportOutcome, ImportProblem, ParsedItem};
use passerelle_app::{AppError, FieldError};

use super::list::{self, ProblemView};
use crate::error::WebError;
use crate::page::PageCtx;

/// Largest accepted import file (the route's body limit).
pub const IMPORT_LIMIT: usize = 2 * 1024 * 1024;

/// The JSON Schema of the exchange format.
pub const SCHEMA: &str = include_str!("../../../../../docs/scheme.schema.json");

/// An export's error as the JSON envelope, in the reader's language.
fn export_error(tr: &Tr, e: AppError) -> Response {
    if let AppError::Internal(cause) = &e {
        tracing::error!(error = %format!("{cause:#}"), "export failed");
    }
    let status = crate::error::status_of(&e);
    let body = serde_json::json!({
        "error": {"code": e.code(), "message": tr.t(&format!("error-{}", e.code()))}
    });
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn download(content_type: &str, name: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, super::attachment(name)),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

fn json_body<T: serde::Serialize>(v: &T) -> Result<Vec<u8>, AppError> {
    let mut out = serde_json::to_vec_pretty(v).map_err(|e| AppError::Internal(e.into()))?;
    out.push(b'\n');
    Ok(out)
}

/// `GET /schemes/{slug}/export.json`: one `SchemeFile`.
pub async fn export_one(p: PageCtx, Path(slug): Path<String>) -> Response {
    let r = backoffice::export_one(&p.state.app, &p.actor, &slug)
        .await
        .and_then(|f| json_body(&f));
    match r {
        Ok(body) => download("application/json", &format!("{slug}.json"), body),
        Err(e) => export_error(&p.common.tr, e),
    }
}

/// `GET /authorities/{tenant}/schemes/export.json`: an array of `SchemeFile`.
pub async fn export_tenant_json(p: PageCtx, Path(tenant): Path<String>) -> Response {
    let r = backoffice::export_tenant(&p.state.app, &p.actor, &tenant)
        .await
        .and_then(|f| json_body(&f));
    match r {
        Ok(body) => download("application/json", &format!("{tenant}-schemes.json"), body),
        Err(e) => export_error(&p.common.tr, e),
    }
}

/// `GET /authorities/{tenant}/schemes/export.xlsx`.
pub async fn export_tenant_xlsx(p: PageCtx, Path(tenant): Path<String>) -> Response {
    let r = backoffice::export_tenant(&p.state.app, &p.actor, &tenant)
        .await
        .and_then(|f| super::xlsx::write(&f));
    match r {
        Ok(body) => download(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &format!("{tenant}-schemes.xlsx"),
            body,
        ),
        Err(e) => export_error(&p.common.tr, e),
    }
}

/// `GET /schemas/scheme.json`: the JSON Schema of scheme files.
pub async fn schema() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/schema+json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        SCHEMA,
    )
        .into_response()
}

/// Reads an uploaded file: XLSX when it is a ZIP archive, else JSON.
pub fn parse_upload(bytes: &[u8]) -> Result<Vec<ParsedItem>, FieldError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FieldError::new("file", "file_required"));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        super::xlsx::read(bytes)
    } else {
        backoffice::parse_json(bytes)
    }
}

fn multipart_error(e: &axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::Conflict("payload_too_large")
    } else {
        AppError::BadRequest(vec![FieldError::new("file", "file_unreadable")])
    }
}

fn problem_view(p: &PageCtx, pr: ImportProblem) -> ProblemView {
    let n = (pr.index + 1).to_string();
    let scheme = if pr.slug.is_empty() {
        p.common.t1("bo-import-nth", "n", &n)
    } else {
        p.common
            .tr
            .ta("bo-import-nth-slug", &[("n", &n), ("slug", &pr.slug)])
    };
    ProblemView {
        scheme,
        field: pr.field,
        message: p.common.t(&format!("error-{}", pr.code)),
    }
}

/// `POST /authorities/{tenant}/schemes/import` (multipart: `_csrf`, `file`).
pub async fn import(
    p: PageCtx,
    Path(tenant): Path<String>,
    mut mp: Multipart,
) -> Result<Response, WebError> {
    let mut csrf = String::new();
    let mut file: Vec<u8> = Vec::new();
    while let Some(field) = mp.next_field().await.map_err(|e| multipart_error(&e))? {
        match field.name() {
            Some("_csrf") => csrf = field.text().await.map_err(|e| multipart_error(&e))?,
            Some("file") => {
                file = field
                    .bytes()
                    .await
                    .map_err(|e| multipart_error(&e))?
                    .to_vec()
            }
            _ => {}
        }
    }
    p.check_csrf(&csrf).await?;
    let items = match parse_upload(&file) {
        Ok(items) => items,
        Err(e) => {
            // Authorise before showing anything about the tenant.
            let _ =
                passerelle_app::schemes::list_for_tenant(&p.state.app, &p.actor, &tenant).await?;
            let errors = p.form_errors(&[e]);
            return list::render(
                p,
                &tenant,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                vec![],
                None,
            )
            .await;
        }
    };
    match backoffice::import(&p.state.app, &p.actor, &tenant, items).await? {
        ImportOutcome::Done(r) => {
            p.flash("flash-bo-imported").await;
            Ok(super::super::see_other(&format!(
                "/authorities/{tenant}/schemes?created={}&updated={}&unchanged={}",
                r.created.len(),
                r.updated.len(),
                r.unchanged.len()
            )))
        }
        ImportOutcome::Refused(problems) => {
            let errors = p.form_errors(&[FieldError::new("import-problems", "import_refused")]);
            let views = problems
                .into_iter()
                .map(|pr| problem_view(&p, pr))
                .collect();
            list::render(
                p,
                &tenant,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                views,
                None,
            )
            .await
        }
    }
}
