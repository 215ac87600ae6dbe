//! The demo outbox: mails the demo "sent", readable in the browser. Only routed in demo mode.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use passerelle_app::AppError;

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

fn header(raw: &str, name: &str) -> String {
    raw.lines()
        .take_while(|l| !l.is_empty())
        .find_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(": ")))
        .map(decode_header)
        .unwrap_or_default()
}

/// Decode an RFC 2047 `=?utf-8?b?…?=` header as lettre writes non-ASCII subjects.
fn decode_header(v: &str) -> String {
    use base64::Engine as _;
    v.split_whitespace()
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            if lower.starts_with("=?utf-8?b?") && w.ends_with("?=") {
                base64::engine::general_purpose::STANDARD
                    .decode(&w[10..w.len() - 2])
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_else(|| w.to_owned())
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("")
}

/// The plain-text body of a mail (quoted-printable or base64 as lettre chose).
fn body(raw: &str) -> String {
    let (head, body) = raw
        .split_once("\r\n\r\n")
        .or_else(|| raw.split_once("\n\n"))
        .unwrap_or((raw, ""));
    let head_l = head.to_ascii_lowercase();
    if head_l.contains("content-transfer-encoding: base64") {
        use base64::Engine as _;
        let joined: String = body.split_whitespace().collect();
        return base64::engine::general_purpose::STANDARD
            .decode(joined)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_default();
    }
    if head_l.contains("content-transfer-encoding: quoted-printable") {
        let mut bytes = Vec::new();
        let src = body.replace("=\r\n", "").replace("=\n", "");
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'=' && i + 2 < b.len() {
                if let Ok(v) = u8::from_str_radix(&src[i + 1..i + 3], 16) {
                    bytes.push(v);
                    i += 3;
                    continue;
                }
            }
            bytes.push(b[i]);
            i += 1;
        }
        return String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    }
    body.replace("\r\n", "\n")
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
