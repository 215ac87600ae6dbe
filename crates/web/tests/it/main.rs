//! HTTP integration tests: the real router on 127.0.0.1:0 against a real database (SQLite
//! temp file, or PostgreSQL when `PASSERELLE_TEST_DATABASE_URL` is set).

#![allow(missing_docs)]

mod accounts;
mod alerts;
mod api;
mod applications_api;
mod applications_pages;
mod authz;
mod backoffice;
mod calls;
mod catalogue;
mod eligibility;
mod i18n;
mod inbox;
mod ops;
mod organisations;

pub use passerelle_testkit::{PASSWORD, TestApp};

/// Body text of a response.
pub async fn text(res: reqwest::Response) -> String {
    res.text().await.unwrap_or_default()
}

/// Location header of a redirect.
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}
