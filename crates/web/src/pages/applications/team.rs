//! Co-editors: an editor invites someone (typically a member of a partner organisation) by
//! e-mail; the invitee, signed in with that address, accepts from the mailed link.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::applications::drafts;

use crate::error::WebError;
use crate::page::{PageCommon, PageCtx};

fn field(f: &[(String, String)], k: &str) -> String {
    f.iter()
        .find(|(a, _)| a == k)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// `POST /applications/{id}/invitations`.
pub async fn invite(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(&field(&f, "_csrf")).await?;
    match drafts::invite(&p.state.app, &p.actor, &id, &field(&f, "email")).await {
        Ok(()) => {
            p.flash("flash-app-invited").await;
            Ok(super::super::see_other(&format!("/applications/{id}#team")))
        }
        Err(AppError::Invalid(errs)) => {
            let l = drafts::get(&p.state.app, &p.actor, None, &id).await?;
            let errors = p.form_errors(&errs);
            super::dossier::render(
                p,
                l,
                errors,
                String::new(),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(WebError(e)),
    }
}

#[derive(Template)]
#[template(path = "app_invitation.html")]
struct InvitationPage {
    page: PageCommon,
    token: String,
    inv: drafts::InvitationPreview,
    signed_in_as: Option<String>,
}

/// `GET /application-invitations/{token}`.
pub async fn show(p: PageCtx, Path(token): Path<String>) -> Result<Response, WebError> {
    let inv = drafts::preview_invitation(&p.state.app, &token, p.locale).await?;
    let signed_in_as = p.actor.user.as_ref().map(|u| u.email.clone());
    Ok(super::super::ok(&InvitationPage {
        page: p.common,
        token,
        inv,
        signed_in_as,
    }))
}

/// `POST /application-invitations/{token}`.
pub async fn accept(
    p: PageCtx,
    Path(token): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(&field(&f, "_csrf")).await?;
    let id = drafts::accept_invitation(&p.state.app, &p.actor, &token).await?;
    p.flash("flash-app-joined").await;
    Ok(super::super::see_other(&format!("/applications/{id}")))
}
