//! `POST /schemes/{slug}/applications/{id}/transition`: an officer moves a dossier (start
//! the review, ask for information, accept, reject, close, reopen) with an optional note
//! that goes to the applicants with the new state.

use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::applications::workflow;
use passerelle_app::{AppError, FieldError};
use passerelle_domain::application::{By, Event};

use super::dossier::{Typed, render};
use crate::error::WebError;
use crate::page::PageCtx;
use crate::pages::backoffice::FormData;
use crate::pages::see_other;

/// `POST /schemes/{slug}/applications/{id}/transition`.
pub async fn apply(
    p: PageCtx,
    Path((slug, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let typed = Typed {
        event: f.get("event").to_owned(),
        note: f.get("note").to_owned(),
        body: String::new(),
    };
    // Only officers' events are offered here: an applicant's (withdraw, complete) is not
    // theirs to post on this page, whoever posts it.
    let Some(event) = f
        .get("event")
        .parse::<Event>()
        .ok()
        .filter(|e| e.actor() == By::Officer)
    else {
        let err = FieldError::new("transitions", "transition_not_allowed");
        return render(
            p,
            &slug,
            &id,
            StatusCode::UNPROCESSABLE_ENTITY,
            typed,
            &[err],
        )
        .await;
    };
    let r = workflow::transition(&p.state.app, &p.actor, Some(&slug), &id, event, &typed.note);
    match r.await {
        Ok(_) => {
            p.flash("flash-inbox-state-changed").await;
            Ok(see_other(&super::dossier_path(&slug, &id)))
        }
        Err(AppError::Invalid(errs)) => {
            // The note's error belongs to the note of the form it was typed in.
            let errs: Vec<FieldError> = errs
                .into_iter()
                .map(|e| match e.field.as_str() {
                    "note" => FieldError::new(format!("note-{}", event.as_str()), e.code),
                    _ => FieldError::new("transitions", e.code),
                })
                .collect();
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
        // Refused from the current state (another officer may have moved it meanwhile): the
        // page as it now stands, with the reason.
        Err(AppError::Conflict(code)) => {
            let err = FieldError::new("transitions", code);
            render(p, &slug, &id, StatusCode::CONFLICT, typed, &[err]).await
        }
        Err(e) => Err(e.into()),
    }
}
