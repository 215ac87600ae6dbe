//! Downloads for a call's officers: `GET /schemes/{slug}/applications.csv` and `.xlsx` (the
//! inbox's filters and order, every answer as columns) and
//! `GET /schemes/{slug}/applications/{id}/dossier.pdf`. Unlike the scheme exports these are
//! reached from pages only, so their errors are pages too (and an anonymous visitor is sent
//! to sign in).

use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use passerelle_app::AppError;
use passerelle_app::applications::export::{self, Table};
use passerelle_app::applications::{Want, documents};
use passerelle_domain::Currency;

use super::{Typed, filters_of};
use crate::error::WebError;
use crate::page::PageCtx;
use crate::pages::backoffice::{FormData, attachment};

/// Media type of an XLSX workbook.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn download(content_type: &str, name: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, attachment(name)),
            // Personal data: neither shared caches nor the browser's keep a copy.
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// The table of the matching applications, in the reader's language.
async fn table(
    p: &PageCtx,
    slug: &str,
    pairs: Vec<(String, String)>,
) -> Result<(Table, String, Currency), WebError> {
    let t = Typed::read(&FormData(pairs));
    let (filters, errors) = filters_of(p, slug, &t).await?;
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors).into());
    }
    Ok(export::export(&p.state.app, &p.actor, slug, &filters, &p.common.tr).await?)
}

/// `GET /schemes/{slug}/applications.csv`.
pub async fn csv(
    p: PageCtx,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (t, slug, _) = table(&p, &slug, pairs).await?;
    Ok(download(
        "text/csv; charset=utf-8",
        &format!("{slug}-applications.csv"),
        export::csv(&t)?,
    ))
}

/// `GET /schemes/{slug}/applications.xlsx`.
pub async fn xlsx(
    p: PageCtx,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (t, slug, currency) = table(&p, &slug, pairs).await?;
    Ok(download(
        XLSX,
        &format!("{slug}-applications.xlsx"),
        export::xlsx(&t, &slug, currency)?,
    ))
}

/// `GET /schemes/{slug}/applications/{id}/dossier.pdf`: written to the audit trail.
pub async fn pdf(
    p: PageCtx,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (name, bytes) = documents::dossier_pdf_as(
        &p.state.app,
        &p.actor,
        Some(&slug),
        &id,
        p.locale,
        Want::Officer,
    )
    .await?;
    Ok(download("application/pdf", &name, bytes))
}
