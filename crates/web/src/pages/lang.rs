//! The language switch: `GET /lang/{code}?next=/path` remembers the choice in a cookie (and on
//! the account when signed in), then goes back to the page.

use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use passerelle_domain::Locale;

use crate::error::WebError;
use crate::page::PageCtx;

/// Query of the switch.
#[derive(serde::Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// `GET /lang/{code}`.
pub async fn switch(
    p: PageCtx,
    Path(code): Path<String>,
    Query(q): Query<Next>,
) -> Result<Response, WebError> {
    let locale: Locale = code
        .parse()
        .map_err(|_| WebError(passerelle_app::AppError::NotFound))?;
    passerelle_app::accounts::set_locale(&p.state.app, &p.actor, locale).await?;
    let mut res = super::see_other(&super::safe_next(q.next.as_deref()));
    if let Ok(v) = crate::locale::set_cookie(locale, p.state.secure_cookies).parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res.into_response())
}
