//! `POST /schemes/{slug}/status` (publish, unpublish, close, reopen,
//! archive) and `POST /schemes/{slug}/edition` (copy into the next edition,
//! as a draft).

use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::schemes;
use passerelle_domain::scheme::vocab::SchemeStatus;

use super::FormData;
use super::values::{SchemeValues, to_form_field};
use crate::error::WebError;
use crate::page::PageCtx;

/// `POST /schemes/{slug}/status`.
pub async fn change(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let to = f
        .get("to")
        .parse::<SchemeStatus>()
        .map_err(|_| AppError::BadRequest(vec![super::fe("to", "value_unknown")]))?;
    let version = f.get("version").trim().parse::<i64>().unwrap_or(0);
    let rec = schemes::transition(&p.state.app, &p.actor, &slug, version, to).await?;
    p.flash(match rec.status {
        SchemeStatus::Published => "flash-bo-published",
        SchemeStatus::Draft => "flash-bo-unpublished",
        SchemeStatus::Closed => "flash-bo-closed",
        SchemeStatus::Archived => "flash-bo-archived",
    })
    .await;
    Ok(super::super::see_other(&format!("/schemes/{slug}/edit")))
}

/// `POST /schemes/{slug}/edition`.
pub async fn edition(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let new_slug = f.get("new_slug").trim().to_owned();
    match schemes::new_edition(&p.state.app, &p.actor, &slug, &new_slug).await {
        Ok(rec) => {
            p.flash("flash-bo-edition-created").await;
            Ok(super::super::see_other(&format!(
                "/schemes/{}/edit",
                rec.scheme.slug
            )))
        }
        Err(AppError::Invalid(errs)) => {
            let errs: Vec<_> = errs
                .into_iter()
                .map(|e| {
                    if e.field == "slug" {
                        super::fe("new_slug", &e.code)
                    } else {
                        to_form_field(e)
                    }
                })
                .collect();
            let rec = schemes::get_for_staff(&p.state.app, &p.actor, &slug).await?;
            let mut v = SchemeValues::of_scheme(&rec.scheme, rec.version, p.locale);
            v.set("new_slug", &new_slug);
            let errors = p.form_errors(&errs);
            let info = super::form::edit_info(&p, &rec, None);
            super::form::render_edit(p, &rec, v, StatusCode::UNPROCESSABLE_ENTITY, errors, info)
                .await
        }
        Err(e) => Err(e.into()),
    }
}
