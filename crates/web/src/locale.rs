//! The reader's language: the `lang` cookie (set by the language switch and at sign-in from
//! the account's preference), else `Accept-Language`, else French.

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use passerelle_domain::Locale;
use passerelle_domain::locale::negotiate;

/// Name of the language cookie.
pub const LANG_COOKIE: &str = "lang";

/// Read the `lang` cookie from a request's headers.
pub fn cookie_locale(headers: &axum::http::HeaderMap) -> Option<Locale> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == LANG_COOKIE)
        .and_then(|(_, v)| v.parse().ok())
}

/// Decide the locale and put it in the request's extensions.
pub async fn detect(mut req: Request, next: Next) -> Response {
    let locale = cookie_locale(req.headers()).unwrap_or_else(|| {
        let al = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        negotiate(al)
    });
    req.extensions_mut().insert(locale);
    let mut res = next.run(req).await;
    res.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        header::HeaderValue::from_static(locale.as_str()),
    );
    res.headers_mut().append(
        header::VARY,
        header::HeaderValue::from_static("Accept-Language, Cookie"),
    );
    res
}

/// The `Set-Cookie` value remembering `locale` for a year.
pub fn set_cookie(locale: Locale, secure: bool) -> String {
    format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
        locale.as_str(),
        if secure { "; Secure" } else { "" }
    )
}
