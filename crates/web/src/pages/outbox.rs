//! The demo outbox: mails the demo "sent", readable in the browser. Only routed in demo mode.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::mail::{body, header};

use crate::error::WebError;
use crate::page::{PageCommon, PageCtx};

/// One mail in the list.
pub struct Mail {
    name: String,
    to: String,
    subject: String,
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxPage {
    page: PageCommon,
    mails: Vec<Mail>,
}

#[derive(Template)]
#[template(path = "outbox_mail.html")]
struct MailPage {
    page: PageCommon,
    mail: Mail,
    body: String,
    links: Vec<String>,
}

fn list(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if !name.ends_with(".eml") || name.starts_with('.') {
                        return None;
                    }
                    std::fs::read_to_string(e.path())
                        .ok()
                        .map(|raw| (name, raw))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort_by(|a, b| b.0.cmp(&a.0));
    out
}

/// `GET /dev/outbox`: newest first.
pub async fn index(p: PageCtx) -> Result<Response, WebError> {
    let dir = p
        .state
        .outbox_dir
        .clone()
        .ok_or(WebError(AppError::NotFound))?;
    let mails = list(&dir)
        .into_iter()
        .map(|(name, raw)| Mail {
            to: header(&raw, "To"),
            subject: header(&raw, "Subject"),
            name,
        })
        .collect();
    Ok(super::ok(&OutboxPage {
        page: p.common,
        mails,
    }))
}

/// `GET /dev/outbox/{name}`.
pub async fn show(p: PageCtx, Path(name): Path<String>) -> Result<Response, WebError> {
    let dir = p
        .state
        .outbox_dir
        .clone()
        .ok_or(WebError(AppError::NotFound))?;
    // Names come from our own listing; anything else (paths, dots) is refused.
    if !name.ends_with(".eml") || name.contains('/') || name.contains('\\') || name.starts_with('.')
    {
        return Err(WebError(AppError::NotFound));
    }
    let raw = std::fs::read_to_string(dir.join(&name)).map_err(|_| WebError(AppError::NotFound))?;
    let text = body(&raw);
    let links = text
        .split_whitespace()
        .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
        .map(str::to_owned)
        .collect();
    let mail = Mail {
        to: header(&raw, "To"),
        subject: header(&raw, "Subject"),
        name,
    };
    Ok(super::ok(&MailPage {
        page: p.common,
        mail,
        body: text,
        links,
    }))
}
