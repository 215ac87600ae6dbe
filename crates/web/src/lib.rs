//! Passerelle over HTTP: the axum router, server-rendered pages (askama, no JavaScript needed),
//! the JSON API under `/api/v1` with its OpenAPI document (utoipa), sessions, CSRF and i18n.
//! The only crate that knows HTTP, HTML and JSON; every decision is delegated to `app`.

mod api;
mod assets;
mod csrf;
mod error;
mod locale;
mod page;
mod pages;
mod routes;
pub mod session;
mod state;

pub use routes::router;
pub use state::WebState;

use std::net::SocketAddr;

/// Serve `router` on `listener` until `shutdown` resolves, then finish in-flight requests.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: WebState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
