//! Health endpoints for orchestrators and load balancers.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;

use crate::state::WebState;

/// `GET /healthz`: the process answers.
pub async fn healthz() -> impl IntoResponse {
    (StatusCode::OK, "ok")
}

/// `GET /readyz`: the database answers and territories are loaded.
pub async fn readyz(State(s): State<WebState>) -> impl IntoResponse {
    match s.app.db.ping().await {
        Ok(()) if !s.app.territories.is_empty() => (StatusCode::OK, "ready"),
        Ok(()) => (StatusCode::SERVICE_UNAVAILABLE, "territories not loaded"),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
