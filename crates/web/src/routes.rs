//! Every route of the application, and the layers around them.

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::routing::{get, post};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::{Expiry, SessionManagerLayer, cookie::SameSite};

use crate::pages::{auth, catalogue, home, lang, ops, orgs, outbox, staff, territories};
use crate::session::DbSessionStore;
use crate::state::WebState;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The application router with all its layers.
pub fn router(state: WebState) -> Router {
    let (api, openapi) = crate::api::router();
    let openapi_json = serde_json::to_string(&openapi).unwrap_or_else(|_| "{}".into());

    let mut pages = Router::new()
        .route("/", get(home::home))
        .route("/authorities/{slug}", get(home::tenant))
        .route(
            "/authorities/{slug}/staff",
            get(staff::show).post(staff::add),
        )
        .route("/authorities/{slug}/staff/remove", post(staff::remove))
        .route("/signup", get(auth::signup_form).post(auth::signup))
        .route("/login", get(auth::login_form).post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/confirm", get(auth::confirm))
        .route("/confirm/resend", post(auth::resend))
        .route(
            "/password/forgot",
            get(auth::forgot_form).post(auth::forgot),
        )
        .route("/password/reset", get(auth::reset_form).post(auth::reset))
        .route("/me/organisations", get(orgs::mine))
        .route("/organisations", post(orgs::create))
        .route("/organisations/new", get(orgs::new_form))
        .route("/organisations/{id}", get(orgs::show))
        .route(
            "/organisations/{id}/edit",
            get(orgs::edit_form).post(orgs::update),
        )
        .route("/organisations/{id}/invitations", post(orgs::invite))
        .route(
            "/invitations/{token}",
            get(orgs::invitation).post(orgs::accept),
        )
        .route("/schemes", get(catalogue::index))
        .route("/schemes/{slug}", get(catalogue::show))
        .route("/eligibility", get(catalogue::wizard))
        .route("/territories", get(territories::search))
        .route("/territories/{id}", get(territories::show))
        .route("/lang/{code}", get(lang::switch));
    // The officers' back office for schemes (pages/backoffice).
    {
        use crate::pages::backoffice::{criteria, form, history, list, status, transfer};
        pages = pages
            .route("/authorities/{slug}/schemes", get(list::show))
            .route(
                "/authorities/{slug}/schemes/new",
                get(form::new_form).post(form::create),
            )
            .route(
                "/authorities/{slug}/schemes/export.json",
                get(transfer::export_tenant_json),
            )
            .route(
                "/authorities/{slug}/schemes/export.xlsx",
                get(transfer::export_tenant_xlsx),
            )
            .route(
                "/authorities/{slug}/schemes/import",
                post(transfer::import).layer(DefaultBodyLimit::max(transfer::IMPORT_LIMIT)),
            )
            .route(
                "/schemes/{slug}/edit",
                get(form::edit_form).post(form::update),
            )
            .route(
                "/schemes/{slug}/criteria",
                get(criteria::show).post(criteria::act),
            )
            .route("/schemes/{slug}/status", post(status::change))
            .route("/schemes/{slug}/edition", post(status::edition))
            .route("/schemes/{slug}/history", get(history::list))
            .route("/schemes/{slug}/history/{version}", get(history::show))
            .route("/schemes/{slug}/export.json", get(transfer::export_one))
            .route("/schemas/scheme.json", get(transfer::schema));
    }
    // Applicants' side of applications (pages/applications).
    {
        use crate::pages::applications::{apply, dossier, files, section, submit, team};
        pages = pages
            .route("/calls/{slug}/apply", get(apply::form).post(apply::start))
            .route("/me/applications", get(apply::mine))
            .route("/applications/{id}", get(dossier::show))
            .route("/applications/{id}/messages", post(dossier::message))
            .route("/applications/{id}/transition", post(dossier::transition))
            .route("/applications/{id}/dossier.pdf", get(dossier::pdf))
            .route(
                "/applications/{id}/sections/{section}",
                get(section::show).post(section::save),
            )
            .route(
                "/applications/{id}/attachments",
                post(files::upload).layer(DefaultBodyLimit::max(files::UPLOAD_LIMIT)),
            )
            .route(
                "/applications/{id}/attachments/{attachment}",
                get(files::download),
            )
            .route(
                "/applications/{id}/attachments/{attachment}/delete",
                post(files::remove),
            )
            .route("/applications/{id}/invitations", post(team::invite))
            .route(
                "/application-invitations/{token}",
                get(team::show).post(team::accept),
            )
            .route(
                "/applications/{id}/submit",
                get(submit::review).post(submit::submit),
            )
            .route("/applications/{id}/receipt", get(submit::receipt))
            .route("/applications/{id}/receipt.pdf", get(submit::receipt_pdf));
    }
    // The officers' inbox of a call and its dossiers (pages/inbox).
    {
        use crate::pages::inbox::{bulk, dossier, export, list, message, transition};
        pages = pages
            .route("/schemes/{slug}/applications", get(list::show))
            .route("/schemes/{slug}/applications.csv", get(export::csv))
            .route("/schemes/{slug}/applications.xlsx", get(export::xlsx))
            .route("/schemes/{slug}/applications/bulk", post(bulk::apply))
            .route("/schemes/{slug}/applications/{id}", get(dossier::show))
            .route(
                "/schemes/{slug}/applications/{id}/dossier.pdf",
                get(export::pdf),
            )
            .route(
                "/schemes/{slug}/applications/{id}/transition",
                post(transition::apply),
            )
            .route(
                "/schemes/{slug}/applications/{id}/messages",
                post(message::post),
            );
    }
    // A call's application form builder, its preview and its settings (pages/calls).
    {
        use crate::pages::calls::{act, builder, preview, settings};
        pages = pages
            .route("/schemes/{slug}/form", get(builder::show).post(act::act))
            .route("/schemes/{slug}/form/preview", get(preview::show))
            .route(
                "/schemes/{slug}/call-settings",
                get(settings::show).post(settings::save),
            );
    }
    // Reviewers (pages/reviews).
    {
        use crate::pages::reviews;
        pages = pages
            .route("/reviews", get(reviews::list))
            .route("/reviews/{id}", get(reviews::show).post(reviews::save))
            .route("/reviews/{id}/conflict", post(reviews::conflict))
            .route("/reviews/{id}/decline", post(reviews::decline))
            .route(
                "/authorities/{slug}/reviewers",
                get(crate::pages::reviewers::pool_show).post(crate::pages::reviewers::pool_save),
            )
            .route(
                "/schemes/{slug}/review-settings",
                get(crate::pages::reviewers::settings_show)
                    .post(crate::pages::reviewers::settings_save),
            )
            .route(
                "/schemes/{slug}/committee",
                get(crate::pages::committee::show).post(crate::pages::committee::act),
            )
            .route(
                "/schemes/{slug}/letters",
                get(crate::pages::decisions::letters_show)
                    .post(crate::pages::decisions::letters_save),
            )
            .route(
                "/calls/{slug}/results",
                get(crate::pages::decisions::results),
            )
            .route(
                "/calls/{slug}/results.csv",
                get(crate::pages::decisions::results_csv),
            )
            .route(
                "/applications/{id}/decision.pdf",
                get(crate::pages::decisions::letter_pdf),
            )
            .route(
                "/schemes/{slug}/assignments",
                get(crate::pages::assignments::show).post(crate::pages::assignments::act),
            )
            .route(
                "/reviews/{id}/attachments/{attachment}",
                get(reviews::download),
            );
    }
    // Saved searches and alerts (pages/alerts).
    {
        use crate::pages::alerts;
        pages = pages
            .route("/alerts", post(alerts::create))
            .route("/alerts/new", get(alerts::new_form))
            .route("/alerts/confirm", get(alerts::confirm))
            .route(
                "/alerts/unsubscribe",
                get(alerts::unsubscribe_form).post(alerts::unsubscribe),
            )
            .route("/alerts/{token}/feed.atom", get(alerts::feed))
            .route("/me/alerts", get(alerts::mine))
            .route("/me/alerts/{id}/delete", post(alerts::delete));
    }
    if state.app.config.demo {
        pages = pages
            .route("/dev/outbox", get(outbox::index))
            .route("/dev/outbox/{name}", get(outbox::show));
    }

    let session_layer = SessionManagerLayer::new(DbSessionStore::new(state.app.db.clone()))
        .with_name("passerelle_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.secure_cookies)
        .with_expiry(Expiry::OnInactivity(time::Duration::days(14)))
        .with_signed(state.session_key.clone());

    let body_limit = state.body_limit;
    Router::new()
        .merge(pages)
        .merge(api)
        .route(
            "/api/v1/openapi.json",
            get(move || {
                let body = openapi_json.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], body) }
            }),
        )
        .route("/static/{*path}", get(crate::assets::serve))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .fallback(|| async { crate::error::WebError(passerelle_app::AppError::NotFound) })
        .layer(CatchPanicLayer::custom(|_| {
            crate::error::WebError(passerelle_app::AppError::Internal(anyhow::anyhow!("panic in handler"))).into_response_pub()
        }))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::error::render))
        .layer(axum::middleware::from_fn(crate::locale::detect))
        .layer(session_layer)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                    let id = req.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                    tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
                }))
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
                .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
                .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
                .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"),
                )),
        )
        .with_state(state)
}
