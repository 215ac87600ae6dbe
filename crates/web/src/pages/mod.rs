//! Server-rendered pages. Each form POST answers with a redirect (303) or the same page with
//! its field errors (422); nothing needs JavaScript.

pub mod alerts;
pub mod applications;
pub mod assignments;
pub mod auth;
pub mod backoffice;
pub mod calls;
pub mod catalogue;
pub mod committee;
pub mod decisions;
pub mod home;
pub mod inbox;
pub mod lang;
pub mod ops;
pub mod orgs;
pub mod outbox;
pub mod reviewers;
pub mod reviews;
pub mod staff;
pub mod territories;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::page::PageCommon;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: PageCommon,
    status: u16,
    title: String,
    message: String,
}

/// The localized error page for `status` / `code`.
pub fn error_page(page: PageCommon, status: u16, code: &str) -> String {
    let title = page.t(&format!("status-{status}"));
    let title = if title.starts_with("status-") {
        page.t("status-error")
    } else {
        title
    };
    let message = page.t(&format!("error-{code}"));
    let p = ErrorPage {
        page,
        status,
        title,
        message,
    };
    p.render().unwrap_or_else(|_| "Error".to_owned())
}

/// Render a template as an HTML response with `status`.
pub fn html(status: StatusCode, t: &impl Template) -> Response {
    match t.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(e) => crate::error::WebError(passerelle_app::AppError::Internal(anyhow::anyhow!(
            "template: {e}"
        )))
        .into_response(),
    }
}

/// Render with 200.
pub fn ok(t: &impl Template) -> Response {
    html(StatusCode::OK, t)
}

/// A `303 See Other` to `to`.
pub fn see_other(to: &str) -> Response {
    axum::response::Redirect::to(to).into_response()
}

/// Only same-site relative paths are followed after sign-in or a language switch.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}
