//! `POST /schemes/{slug}/applications/{id}/messages`: an officer writes to the applicants;
//! they are told by mail.

use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::applications::{Want, workflow};

use super::dossier::{Typed, render};
use crate::error::WebError;
use crate::page::PageCtx;
use crate::pages::backoffice::FormData;
use crate::pages::see_other;

/// `POST /schemes/{slug}/applications/{id}/messages`.
pub async fn post(
    p: PageCtx,
    Path((slug, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let body = f.get("body");
    let r = workflow::post_message_as(
        &p.state.app,
        &p.actor,
        Some(&slug),
        &id,
        body,
        Want::Officer,
    );
    match r.await {
        Ok(()) => {
            p.flash("flash-inbox-message-sent").await;
            Ok(see_other(&format!(
                "{}#messages",
                super::dossier_path(&slug, &id)
            )))
        }
        Err(AppError::Invalid(errs)) => {
            let typed = Typed {
                body: body.to_owned(),
                ..Typed::default()
            };
            render(
                p,
                &slug,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                typed,
                &errs,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
