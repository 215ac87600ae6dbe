use std::path::PathBuf;

use passerelle_app::AppCtx;

/// What every handler can reach.
#[derive(Clone)]
pub struct WebState {
    /// Use cases and their dependencies.
    pub app: AppCtx,
    /// Where the demo outbox lives (only browsable in demo mode).
    pub outbox_dir: Option<PathBuf>,
    /// Mark cookies `Secure` (behind HTTPS).
    pub secure_cookies: bool,
    /// Largest accepted request body, in bytes.
    pub body_limit: usize,
}

impl WebState {
    /// A state with default limits.
    pub fn new(app: AppCtx, outbox_dir: Option<PathBuf>, secure_cookies: bool) -> WebState {
        WebState {
            app,
            outbox_dir,
            secure_cookies,
            body_limit: 256 * 1024,
        }
    }
}
