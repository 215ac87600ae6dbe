//! Saved searches and alerts: the "create an alert" form (on the catalogue and the wizard, and
//! as a page of its own), the double opt-in link, one-click unsubscribe (a confirmation page,
//! and RFC 8058's `List-Unsubscribe-Post`), the signed-in user's list, and the Atom feed.

pub mod atom;

use std::net::SocketAddr;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use passerelle_app::alerts::{self, AlertView, Frequency, Kind, SaveAlert, Saved};
use passerelle_app::{AppError, FieldError};

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};
use crate::state::WebState;

/// The "create an alert" form as typed.
#[derive(Debug, Default, serde::Deserialize)]
pub struct CreateForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    frequency: String,
}

#[derive(Template)]
#[template(path = "alert_new.html")]
struct NewPage {
    page: PageCommon,
    errors: FormErrors,
    source: String,
    /// What the source watches, in words (empty when the source is not a catalogue page).
    watched: String,
    email: String,
    title: String,
    frequency: String,
}

fn watched(p: &PageCtx, source: &str) -> String {
    match alerts::query::split_source(source) {
        Some((Kind::Search, _)) => p.common.t("alerts-kind-search"),
        Some((Kind::Eligibility, _)) => p.common.t("alerts-kind-eligibility"),
        None => String::new(),
    }
}

fn new_page(p: &PageCtx, f: CreateForm, errors: FormErrors) -> NewPage {
    NewPage {
        page: p.common.clone(),
        errors,
        watched: watched(p, &f.source),
        source: f.source,
        email: f.email,
        title: f.title,
        frequency: if f.frequency.is_empty() {
            Frequency::Immediate.as_str().to_owned()
        } else {
            f.frequency
        },
    }
}

/// Where to send the reader back: the watched page when it is one.
fn back_to(source: &str) -> String {
    match alerts::query::split_source(source) {
        Some(_) => super::safe_next(Some(source.trim())),
        None => "/schemes".to_owned(),
    }
}

/// A query with the page it is about.
#[derive(Debug, Default, serde::Deserialize)]
pub struct SourceQuery {
    #[serde(default)]
    source: String,
}

/// `GET /alerts/new?source=…`: the form on a page of its own.
pub async fn new_form(p: PageCtx, Query(q): Query<SourceQuery>) -> Result<Response, WebError> {
    if alerts::query::split_source(&q.source).is_none() {
        return Err(WebError(AppError::NotFound));
    }
    let f = CreateForm {
        source: q.source,
        ..CreateForm::default()
    };
    Ok(super::ok(&new_page(&p, f, FormErrors::default())))
}

/// `POST /alerts`: save a search or an eligibility profile.
pub async fn create(
    p: PageCtx,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Form(f): Form<CreateForm>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    let cmd = SaveAlert {
        source: f.source.clone(),
        email: f.email.clone(),
        title: f.title.clone(),
        frequency: f.frequency.clone(),
        locale: p.locale,
    };
    match alerts::save(&p.state.app, &p.actor, Some(addr.ip()), cmd).await {
        Ok(Saved::Active(_)) => {
            p.flash("alerts-flash-created").await;
            Ok(super::see_other("/me/alerts"))
        }
        Ok(Saved::ConfirmationSent) => {
            p.flash("alerts-flash-check-mail").await;
            Ok(super::see_other(&back_to(&f.source)))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &new_page(&p, f, errors),
            ))
        }
        Err(AppError::RateLimited) => {
            let errors = p.form_errors(&[FieldError::new("email", "rate_limited")]);
            let mut res = super::html(StatusCode::TOO_MANY_REQUESTS, &new_page(&p, f, errors));
            res.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("600"));
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

/// A token in the query string.
#[derive(Debug, Default, serde::Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "alert_confirmed.html")]
struct ConfirmedPage {
    page: PageCommon,
    a: AlertView,
}

/// `GET /alerts/confirm?token=…`: the double opt-in link.
pub async fn confirm(p: PageCtx, Query(q): Query<TokenQuery>) -> Result<Response, WebError> {
    let a = alerts::confirm(&p.state.app, &q.token).await?;
    Ok(super::ok(&ConfirmedPage { page: p.common, a }))
}

#[derive(Template)]
#[template(path = "alert_unsubscribe.html")]
struct UnsubscribePage {
    page: PageCommon,
    title: String,
    token: String,
    done: bool,
}

/// `GET /alerts/unsubscribe?token=…`: asks to confirm (a link opened by a mail scanner
/// unsubscribes nobody).
pub async fn unsubscribe_form(
    p: PageCtx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let a = alerts::by_token(&p.state.app, &q.token).await?;
    Ok(super::ok(&UnsubscribePage {
        page: p.common,
        title: a.title,
        token: q.token,
        done: false,
    }))
}

/// `POST /alerts/unsubscribe?token=…`: unsubscribes. This is also the RFC 8058 one-click
/// target (body `List-Unsubscribe=One-Click`, posted by the mail provider without session
/// or CSRF token, urlencoded or multipart), so the token in the address is the only
/// credential, as in the link itself, and the body is not read.
pub async fn unsubscribe(p: PageCtx, Query(q): Query<TokenQuery>) -> Result<Response, WebError> {
    let a = alerts::unsubscribe(&p.state.app, &q.token).await?;
    Ok(super::ok(&UnsubscribePage {
        page: p.common,
        title: a.title,
        token: String::new(),
        done: true,
    }))
}

/// An alert in the list.
pub struct Row {
    a: AlertView,
    kind: String,
    frequency: String,
}

#[derive(Template)]
#[template(path = "alerts_list.html")]
struct ListPage {
    page: PageCommon,
    rows: Vec<Row>,
}

/// `GET /me/alerts`: the signed-in user's alerts.
pub async fn mine(p: PageCtx) -> Result<Response, WebError> {
    let list = alerts::list_mine(&p.state.app, &p.actor).await?;
    let tr = &p.common.tr;
    let rows = list
        .into_iter()
        .map(|a| Row {
            kind: tr.t(&format!("alerts-kind-{}", a.kind.as_str())),
            frequency: tr.t(&format!("alerts-frequency-{}", a.frequency.as_str())),
            a,
        })
        .collect();
    Ok(super::ok(&ListPage {
        page: p.common,
        rows,
    }))
}

/// `POST /me/alerts/{id}/delete`.
pub async fn delete(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<super::auth::CsrfOnlyPub>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    alerts::delete_mine(&p.state.app, &p.actor, &id).await?;
    p.flash("alerts-flash-deleted").await;
    Ok(super::see_other("/me/alerts"))
}

/// `GET /alerts/{token}/feed.atom`: the schemes the saved search matches now.
pub async fn feed(
    State(s): State<WebState>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let f = alerts::feed(&s.app, &token).await?;
    Ok((
        [
            (header::CONTENT_TYPE, atom::CONTENT_TYPE),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        atom::render(&f),
    )
        .into_response())
}
