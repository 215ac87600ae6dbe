//! What every page handler receives: the reader's language, the actor behind the session, the
//! CSRF token, one-shot flash messages, and the layout data the base template needs.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::request::Parts;
use passerelle_app::i18n::Tr;
use passerelle_app::{Actor, AppError, FieldError};
use passerelle_domain::Locale;
use tower_sessions::Session;

use crate::error::WebError;
use crate::state::WebState;

const UID: &str = "uid";
const AUTH_AT: &str = "auth_at";
const FLASH: &str = "flash";

/// Layout data shared by every template (`page` in templates).
#[derive(Debug, Clone)]
pub struct PageCommon {
    /// Message catalogue of the reader's language.
    pub tr: Tr,
    /// Signed-in user's display name.
    pub user_name: Option<String>,
    /// Whether the signed-in user still has to confirm the e-mail.
    pub unconfirmed: bool,
    /// Token for the hidden `_csrf` field.
    pub csrf: String,
    /// Current path and query (the language switch comes back here).
    pub here: String,
    /// One-shot messages (Fluent ids).
    pub flash: Vec<String>,
    /// Demo mode (shows the outbox link).
    pub demo: bool,
    /// The signed-in account reviews for an authority (shows "My reviews").
    pub reviewer: bool,
}

impl PageCommon {
    /// Message `key`.
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// Message `key` with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.tr.ta(key, &[(name, value)])
    }

    /// `fr`, `pl` or `en`.
    pub fn lang(&self) -> &'static str {
        self.tr.locale().as_str()
    }

    /// The language-switch entries: (code, native name, link, current?).
    pub fn languages(&self) -> Vec<(&'static str, &'static str, String, bool)> {
        let next = url_encode(&self.here);
        Locale::all()
            .iter()
            .map(|l| {
                let name = match l {
                    Locale::Fr => "Français",
                    Locale::Pl => "Polski",
                    Locale::En => "English",
                };
                (
                    l.as_str(),
                    name,
                    format!("/lang/{}?next={next}", l.as_str()),
                    *l == self.tr.locale(),
                )
            })
            .collect()
    }
}

/// Percent-encode a value for a query string.
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Field errors of a form, translated, by field name.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(pub HashMap<String, String>);

impl FormErrors {
    /// Translate `errors` in the reader's language (`error-<code>` messages).
    pub fn from_fields(tr: &Tr, errors: &[FieldError]) -> FormErrors {
        let mut m = HashMap::new();
        for e in errors {
            m.entry(e.field.clone())
                .or_insert_with(|| tr.t(&format!("error-{}", e.code)));
        }
        FormErrors(m)
    }

    /// The message for `field`, if any.
    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.get(field)
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// All messages, for the summary at the top of the form.
    pub fn all(&self) -> Vec<(&String, &String)> {
        let mut v: Vec<_> = self.0.iter().collect();
        v.sort();
        v
    }
}

/// The extractor for page handlers.
pub struct PageCtx {
    /// Layout data.
    pub common: PageCommon,
    /// Who is acting.
    pub actor: Actor,
    /// The session.
    pub session: Session,
    /// Language.
    pub locale: Locale,
    /// Shared state.
    pub state: WebState,
}

impl PageCtx {
    /// Check a submitted CSRF token; refuse the request when it does not match.
    pub async fn check_csrf(&self, submitted: &str) -> Result<(), WebError> {
        if crate::csrf::verify(&self.session, submitted).await {
            Ok(())
        } else {
            Err(WebError(AppError::Conflict("csrf_failed")))
        }
    }

    /// Queue a one-shot message for the next page.
    pub async fn flash(&self, key: &str) {
        let mut v: Vec<String> = self
            .session
            .get(FLASH)
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        v.push(key.to_owned());
        let _ = self.session.insert(FLASH, v).await;
    }

    /// Sign `user_id` in: a fresh session id (no fixation), the account's language.
    pub async fn sign_in(&self, user_id: &str) -> Result<(), WebError> {
        self.session
            .cycle_id()
            .await
            .map_err(|e| WebError(AppError::Internal(anyhow::anyhow!("session: {e}"))))?;
        self.session
            .insert(UID, user_id)
            .await
            .map_err(|e| WebError(AppError::Internal(anyhow::anyhow!("session: {e}"))))?;
        self.session
            .insert(AUTH_AT, self.state.app.now_ms())
            .await
            .map_err(|e| WebError(AppError::Internal(anyhow::anyhow!("session: {e}"))))?;
        Ok(())
    }

    /// Sign out: the whole session goes.
    pub async fn sign_out(&self) {
        let _ = self.session.flush().await;
    }

    /// Translate a set of field errors.
    pub fn form_errors(&self, errors: &[FieldError]) -> FormErrors {
        FormErrors::from_fields(&self.common.tr, errors)
    }
}

/// The session of a request (the session layer wraps every route).
pub async fn session_of(parts: &mut Parts, state: &WebState) -> Result<Session, AppError> {
    Session::from_request_parts(parts, state)
        .await
        .map_err(|(_, m)| AppError::Internal(anyhow::anyhow!("session layer: {m}")))
}

/// The actor behind a session; a session whose account is gone is emptied.
pub async fn actor_of(state: &WebState, session: &Session) -> Result<Actor, AppError> {
    let Some(uid) = session_user(session).await else {
        return Ok(Actor::anonymous());
    };
    let auth_at: i64 = session.get(AUTH_AT).await.ok().flatten().unwrap_or(0);
    match passerelle_app::accounts::load_actor(&state.app, &uid).await? {
        // Signed in before the account's sessions were revoked (password reset): void.
        Some(a)
            if a.user
                .as_ref()
                .is_some_and(|u| auth_at >= u.sessions_valid_after) =>
        {
            Ok(a)
        }
        _ => {
            let _ = session.flush().await;
            Ok(Actor::anonymous())
        }
    }
}

/// The signed-in account id of a session.
pub async fn session_user(session: &Session) -> Option<String> {
    session.get::<String>(UID).await.ok().flatten()
}

/// Build the layout data and actor for a request.
pub async fn build(
    state: &WebState,
    session: &Session,
    locale: Locale,
    here: String,
) -> Result<(PageCommon, Actor), AppError> {
    let actor = actor_of(state, session).await?;
    let flash: Vec<String> = session
        .remove(FLASH)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let csrf = crate::csrf::token(session).await;
    let common = PageCommon {
        tr: Tr::new(locale),
        user_name: actor.user.as_ref().map(|u| u.name.clone()),
        unconfirmed: actor.user.as_ref().is_some_and(|u| !u.confirmed),
        csrf,
        here,
        flash,
        demo: state.app.config.demo,
        reviewer: actor.user.as_ref().is_some_and(|u| {
            u.tenant_roles
                .iter()
                .any(|(_, r)| *r == passerelle_domain::TenantRole::Reviewer)
        }),
    };
    Ok((common, actor))
}

impl FromRequestParts<WebState> for PageCtx {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let session = session_of(parts, state).await.map_err(WebError)?;
        let locale = parts
            .extensions
            .get::<Locale>()
            .copied()
            .unwrap_or(Locale::DEFAULT);
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map(|u| u.0.clone())
            .unwrap_or_else(|| parts.uri.clone());
        let here = uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".into());
        let (common, actor) = build(state, &session, locale, here)
            .await
            .map_err(WebError)?;
        Ok(PageCtx {
            common,
            actor,
            session,
            locale,
            state: state.clone(),
        })
    }
}
