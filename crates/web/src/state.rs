use std::path::PathBuf;

use passerelle_app::AppCtx;
use sha2::{Digest, Sha512};
use tower_sessions::cookie::Key;

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
    /// Signs the session cookie, so a forged or altered session id is refused before any lookup.
    pub session_key: Key,
}

impl WebState {
    /// A state with default limits; `secret` is the configured secret key (32+ characters).
    pub fn new(
        app: AppCtx,
        outbox_dir: Option<PathBuf>,
        secure_cookies: bool,
        secret: &str,
    ) -> WebState {
        WebState {
            app,
            outbox_dir,
            secure_cookies,
            body_limit: 256 * 1024,
            session_key: session_key(secret),
        }
    }
}

/// The 64-byte cookie key derived from the configured secret (SHA-512 stretches any length to
/// the 64 bytes `Key` needs; the secret's strength is checked when the configuration loads).
pub fn session_key(secret: &str) -> Key {
    let digest = Sha512::digest(secret.as_bytes());
    let bytes: &[u8] = &digest;
    Key::from(bytes)
}
