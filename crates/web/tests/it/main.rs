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
mod committee;
mod eligibility;
mod i18n;
mod inbox;
mod ops;
mod organisations;
mod review;

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

/// The demo accounts' password.
pub const DEMO_PASSWORD: &str = "Passerelle-demo-2026";

/// The real server with the demo data (tenants, schemes, forms, accounts).
pub async fn demo() -> TestApp {
    TestApp::spawn_with(passerelle_testkit::Options {
        demo: true,
        ..Default::default()
    })
    .await
    .unwrap()
}

/// A browser signed in as a demo account.
pub async fn login(app: &TestApp, email: &str) -> reqwest::Client {
    login_as(app, email, DEMO_PASSWORD).await
}

/// A browser signed in with an account's password.
pub async fn login_as(app: &TestApp, email: &str, password: &str) -> reqwest::Client {
    let c = TestApp::new_client().unwrap();
    let res = app
        .post_form(&c, "/login", &[("email", email), ("password", password)])
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{email} signs in");
    c
}

/// The use cases' actor of an existing account, to set up state directly.
pub async fn actor(app: &TestApp, email: &str) -> passerelle_app::Actor {
    let u =
        passerelle_store::repo::users::find_by_email(&mut app.ctx.db.conn().await.unwrap(), email)
            .await
            .unwrap()
            .unwrap();
    passerelle_app::accounts::load_actor(&app.ctx, &u.id)
        .await
        .unwrap()
        .unwrap()
}
