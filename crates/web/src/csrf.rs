//! CSRF protection for forms: a synchronizer token kept in the server-side session and
//! echoed in a hidden `_csrf` field. The JSON API is protected differently: it only accepts
//! `application/json` bodies, which a cross-site form cannot send without a CORS preflight.

use base64::Engine as _;
use rand::RngCore;
use tower_sessions::Session;

const KEY: &str = "csrf";

/// The session's token, created on first use.
pub async fn token(session: &Session) -> String {
    if let Ok(Some(t)) = session.get::<String>(KEY).await {
        return t;
    }
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    let t = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    // A failed insert only means the next form post is refused with a clear message.
    let _ = session.insert(KEY, &t).await;
    t
}

/// Whether `submitted` matches the session's token (constant-time comparison).
pub async fn verify(session: &Session, submitted: &str) -> bool {
    let Ok(Some(expected)) = session.get::<String>(KEY).await else {
        return false;
    };
    let (a, b) = (expected.as_bytes(), submitted.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
