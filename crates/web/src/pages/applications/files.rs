//! Files of an application: upload (multipart, no JavaScript needed), download (only for
//! those who may see the application; never from a guessable address) and removal.

use axum::extract::{Multipart, Path};
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::applications::files;

use crate::error::WebError;
use crate::page::PageCtx;

/// Largest upload page body (a field may set less).
pub const UPLOAD_LIMIT: usize = crate::api::applications::UPLOAD_LIMIT + 64 * 1024;

/// `POST /applications/{id}/attachments` (multipart: `_csrf`, `field`, `section`, `file`).
pub async fn upload(
    p: PageCtx,
    Path(id): Path<String>,
    mut m: Multipart,
) -> Result<Response, WebError> {
    let (mut csrf, mut field, mut section) = (String::new(), String::new(), String::new());
    let mut file: Option<(String, axum::body::Bytes)> = None;
    while let Some(part) = m
        .next_field()
        .await
        .map_err(|_| AppError::Conflict("payload_too_large"))?
    {
        match part.name().unwrap_or("") {
            "_csrf" => csrf = part.text().await.unwrap_or_default(),
            "field" => field = part.text().await.unwrap_or_default(),
            "section" => section = part.text().await.unwrap_or_default(),
            "file" => {
                let name = part.file_name().unwrap_or("").to_owned();
                let bytes = part
                    .bytes()
                    .await
                    .map_err(|_| AppError::Conflict("payload_too_large"))?;
                file = Some((name, bytes));
            }
            _ => {}
        }
    }
    p.check_csrf(&csrf).await?;
    let back = format!("/applications/{id}/sections/{section}#field-{field}");
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        p.flash("flash-app-no-file").await;
        return Ok(super::super::see_other(&back));
    };
    match files::upload(
        &p.state.app,
        &p.actor,
        None,
        &id,
        files::Upload {
            field_id: field,
            filename,
            bytes,
        },
    )
    .await
    {
        Ok(_) => p.flash("flash-app-file-added").await,
        Err(AppError::Invalid(errs)) => {
            for e in errs {
                p.flash(&format!("error-{}", e.code)).await;
            }
        }
        Err(e) => return Err(WebError(e)),
    }
    Ok(super::super::see_other(&back))
}

/// `GET /applications/{id}/attachments/{attachment}`.
pub async fn download(
    p: PageCtx,
    Path((id, att)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (a, bytes) = files::download(&p.state.app, &p.actor, None, &id, &att).await?;
    Ok(crate::api::applications::file_response(&a, bytes))
}

/// `POST /applications/{id}/attachments/{attachment}/delete`.
pub async fn remove(
    p: PageCtx,
    Path((id, att)): Path<(String, String)>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let get = |k: &str| {
        f.iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    p.check_csrf(&get("_csrf")).await?;
    files::remove(&p.state.app, &p.actor, None, &id, &att).await?;
    p.flash("flash-app-file-removed").await;
    Ok(super::super::see_other(&format!(
        "/applications/{id}/sections/{}",
        get("section")
    )))
}
