//! `GET/POST /calls/{slug}/apply`: choose which of one's organisations applies, and start the
//! draft; `GET /me/applications`: the applications one writes or follows.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::applications::{drafts, forms};
use passerelle_app::{AppError, organisations};
use passerelle_domain::application::State;
use passerelle_store::repo::applications::ApplicationRow;
use passerelle_store::repo::organisations::OrganisationRow;

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

#[derive(Template)]
#[template(path = "app_apply.html")]
struct ApplyPage {
    page: PageCommon,
    errors: FormErrors,
    slug: String,
    scheme_title: String,
    orgs: Vec<OrganisationRow>,
    chosen: String,
    sections: Vec<String>,
}

async fn render(
    p: PageCtx,
    slug: &str,
    errors: FormErrors,
    chosen: String,
    status: StatusCode,
) -> Result<Response, WebError> {
    let (scheme, _, form) = forms::public_form(&p.state.app, slug).await?;
    let orgs = organisations::list_mine(&p.state.app, &p.actor).await?;
    let locale = p.locale;
    let page = ApplyPage {
        page: p.common,
        errors,
        slug: slug.to_owned(),
        scheme_title: scheme.scheme.title.get(locale).to_owned(),
        chosen: if chosen.is_empty() && orgs.len() == 1 {
            orgs[0].id.clone()
        } else {
            chosen
        },
        orgs,
        sections: form
            .sections
            .iter()
            .map(|s| s.title.get(locale).to_owned())
            .collect(),
    };
    Ok(super::super::html(status, &page))
}

/// `GET /calls/{slug}/apply`.
pub async fn form(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    if p.actor.user.is_none() {
        return Err(WebError(AppError::Unauthenticated));
    }
    render(
        p,
        &slug,
        FormErrors::default(),
        String::new(),
        StatusCode::OK,
    )
    .await
}

/// `POST /calls/{slug}/apply`.
pub async fn start(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let get = |k: &str| {
        f.iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    p.check_csrf(&get("_csrf")).await?;
    let org = get("organisation_id");
    match drafts::start(&p.state.app, &p.actor, &slug, &org).await {
        Ok(id) => {
            p.flash("flash-app-started").await;
            Ok(super::super::see_other(&format!("/applications/{id}")))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            render(p, &slug, errors, org, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(WebError(e)),
    }
}

/// One of my applications as listed.
pub struct MineRow {
    /// The row.
    pub row: ApplicationRow,
    /// Call slug.
    pub slug: String,
    /// State label (public).
    pub state: String,
    /// Whether it is still a draft.
    pub draft: bool,
}

#[derive(Template)]
#[template(path = "app_mine.html")]
struct MinePage {
    page: PageCommon,
    rows: Vec<MineRow>,
}

/// `GET /me/applications`.
pub async fn mine(p: PageCtx) -> Result<Response, WebError> {
    let list = drafts::list_mine(&p.state.app, &p.actor).await?;
    let rows = list
        .into_iter()
        .map(|(row, slug)| {
            let state: State = row.state.parse().unwrap_or(State::Draft);
            MineRow {
                state: p.common.t(&state.public_label_key()),
                draft: state == State::Draft,
                row,
                slug,
            }
        })
        .collect();
    Ok(super::super::ok(&MinePage {
        page: p.common,
        rows,
    }))
}
