//! Outgoing e-mail: SMTP in production (lettre), `.eml` files in an outbox folder in the demo
//! and in tests, so that a person (or a browser test) can open the confirmation link.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, Message, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

/// A plain-text mail to one recipient.
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// Files attached (a receipt's PDF).
    pub attachments: Vec<MailAttachment>,
}

/// A file attached to a mail.
#[derive(Debug, Clone)]
pub struct MailAttachment {
    /// File name shown to the recipient.
    pub filename: String,
    /// MIME type.
    pub content_type: String,
    /// Content.
    pub bytes: Vec<u8>,
}

/// Somewhere mails go.
#[async_trait::async_trait]
pub trait Mailer: Send + Sync {
    /// Deliver (or durably queue) one mail.
    async fn send(&self, from: &str, mail: &OutgoingMail) -> anyhow::Result<()>;

    /// Deliver one mail with extra header fields (`List-Unsubscribe`, …). A transport that
    /// cannot add header fields sends the mail without them.
    async fn send_with_headers(
        &self,
        from: &str,
        mail: &OutgoingMail,
        headers: &[(&'static str, String)],
    ) -> anyhow::Result<()> {
        let _ = headers;
        self.send(from, mail).await
    }
}

/// The header fields a queued mail may carry, by name (the transport API wants static names).
pub fn known_header(name: &str) -> Option<&'static str> {
    [
        "List-Unsubscribe",
        "List-Unsubscribe-Post",
        "Auto-Submitted",
        "Reply-To",
    ]
    .into_iter()
    .find(|k| k.eq_ignore_ascii_case(name))
}

fn build_with(
    from: &str,
    mail: &OutgoingMail,
    headers: &[(&'static str, String)],
) -> anyhow::Result<Message> {
    let from: Mailbox = from.parse().context("mail_from is not a valid address")?;
    let to: Mailbox = mail
        .to
        .parse()
        .context("recipient is not a valid address")?;
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone());
    if mail.attachments.is_empty() {
        builder = builder.header(ContentType::TEXT_PLAIN);
    }
    for (name, value) in headers {
        anyhow::ensure!(
            !value.contains(['\r', '\n']),
            "header {name} holds a line break"
        );
        let name = HeaderName::new_from_ascii((*name).to_owned())
            .map_err(|e| anyhow::anyhow!("header {name}: {e}"))?;
        builder = builder.raw_header(HeaderValue::new(name, value.clone()));
    }
    if mail.attachments.is_empty() {
        return builder.body(mail.body.clone()).context("building the mail");
    }
    let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(mail.body.clone()));
    for a in &mail.attachments {
        let ct = ContentType::parse(&a.content_type).context("attachment content type")?;
        parts = parts.singlepart(Attachment::new(a.filename.clone()).body(a.bytes.clone(), ct));
    }
    builder.multipart(parts).context("building the mail")
}

/// Writes each mail as an `.eml` file (RFC 5322, as SMTP would carry it).
#[derive(Debug, Clone)]
pub struct FileOutbox {
    dir: PathBuf,
}

impl FileOutbox {
    /// An outbox writing into `dir` (created if missing).
    pub fn new(dir: impl Into<PathBuf>) -> FileOutbox {
        FileOutbox { dir: dir.into() }
    }

    /// The folder mails are written to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

#[async_trait::async_trait]
impl Mailer for FileOutbox {
    async fn send(&self, from: &str, mail: &OutgoingMail) -> anyhow::Result<()> {
        self.send_with_headers(from, mail, &[]).await
    }

    async fn send_with_headers(
        &self,
        from: &str,
        mail: &OutgoingMail,
        headers: &[(&'static str, String)],
    ) -> anyhow::Result<()> {
        let msg = build_with(from, mail, headers)?;
        tokio::fs::create_dir_all(&self.dir)
            .await
            .context("creating the outbox")?;
        // Names sort by time; the uuid keeps two mails of the same millisecond apart.
        let name = format!(
            "{}-{}.eml",
            jiff::Timestamp::now().as_millisecond(),
            uuid::Uuid::new_v4().simple()
        );
        let tmp = self.dir.join(format!(".{name}.tmp"));
        tokio::fs::write(&tmp, msg.formatted())
            .await
            .context("writing the mail")?;
        // The rename makes a half-written mail invisible to readers of the outbox.
        tokio::fs::rename(&tmp, self.dir.join(&name))
            .await
            .context("publishing the mail")?;
        Ok(())
    }
}

/// SMTP settings.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    /// Relay host.
    pub host: String,
    /// Port (587 STARTTLS, 465 TLS, 25 plain).
    pub port: u16,
    /// `starttls`, `tls` or `none`.
    pub security: String,
    /// User name, if the relay needs one.
    pub username: Option<String>,
    /// Password, if the relay needs one.
    pub password: Option<String>,
}

/// Sends through an SMTP relay.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl SmtpMailer {
    /// Build the transport; fails on an unknown `security` value.
    pub fn new(s: &SmtpSettings) -> anyhow::Result<SmtpMailer> {
        let builder = match s.security.as_str() {
            "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&s.host)?,
            "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(&s.host)?,
            "none" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.host),
            other => anyhow::bail!("smtp.security must be starttls, tls or none, not {other:?}"),
        };
        let mut builder = builder.port(s.port);
        if let (Some(u), Some(p)) = (&s.username, &s.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(SmtpMailer {
            transport: builder.build(),
        })
    }
}

#[async_trait::async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, from: &str, mail: &OutgoingMail) -> anyhow::Result<()> {
        self.send_with_headers(from, mail, &[]).await
    }

    async fn send_with_headers(
        &self,
        from: &str,
        mail: &OutgoingMail,
        headers: &[(&'static str, String)],
    ) -> anyhow::Result<()> {
        let msg = build_with(from, mail, headers)?;
        self.transport.send(msg).await.context("SMTP delivery")?;
        Ok(())
    }
}

// Reading back what FileOutbox wrote: the demo outbox pages and the tests use these.

/// The decoded value of header `name` in a raw mail (folded lines joined).
pub fn header(raw: &str, name: &str) -> String {
    let head: Vec<&str> = raw.lines().take_while(|l| !l.is_empty()).collect();
    let Some(start) = head
        .iter()
        .position(|l| l.strip_prefix(name).is_some_and(|r| r.starts_with(": ")))
    else {
        return String::new();
    };
    // A long header continues on the following lines that start with white space.
    let mut value = head[start][name.len() + 2..].to_owned();
    for l in head[start + 1..]
        .iter()
        .take_while(|l| l.starts_with([' ', '\t']))
    {
        value.push(' ');
        value.push_str(l.trim());
    }
    decode_header(&value)
}

/// Decode an RFC 2047 header as lettre writes non-ASCII subjects (`=?utf-8?b?…?=` words,
/// possibly folded over several lines). Spaces between two encoded words are dropped, as the
/// RFC says; every other space is kept.
fn decode_header(v: &str) -> String {
    use base64::Engine as _;
    let mut out = String::new();
    let mut prev_encoded = false;
    for (i, w) in v.split_whitespace().enumerate() {
        let lower = w.to_ascii_lowercase();
        let decoded = if lower.starts_with("=?utf-8?b?") && w.ends_with("?=") && w.len() >= 12 {
            base64::engine::general_purpose::STANDARD
                .decode(&w[10..w.len() - 2])
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
        } else {
            None
        };
        let encoded = decoded.is_some();
        if i > 0 && !(encoded && prev_encoded) {
            out.push(' ');
        }
        out.push_str(&decoded.unwrap_or_else(|| w.to_owned()));
        prev_encoded = encoded;
    }
    out
}

/// The plain-text body of a mail (quoted-printable or base64 as lettre chose); for a mail with
/// attachments, its first text part.
pub fn body(raw: &str) -> String {
    if let Some(part) = first_text_part(raw) {
        return body(&part);
    }
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
            if b[i] == b'='
                && i + 2 < b.len()
                && let Ok(v) = u8::from_str_radix(&src[i + 1..i + 3], 16)
            {
                bytes.push(v);
                i += 3;
                continue;
            }
            bytes.push(b[i]);
            i += 1;
        }
        return String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    }
    body.replace("\r\n", "\n")
}

/// The first `text/plain` part of a multipart mail, headers included.
fn first_text_part(raw: &str) -> Option<String> {
    let ct = header(raw, "Content-Type");
    if !ct.to_ascii_lowercase().starts_with("multipart/") {
        return None;
    }
    let boundary = ct
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))?
        .trim_matches('"')
        .to_owned();
    let delimiter = format!("--{boundary}");
    raw.split(delimiter.as_str())
        .skip(1)
        .map(|p| p.trim_start_matches(['\r', '\n']))
        .find(|p| {
            header(p, "Content-Type")
                .to_ascii_lowercase()
                .starts_with("text/plain")
        })
        .map(str::to_owned)
}

/// The attachments' file names of a raw mail (tests and the demo outbox).
pub fn attachment_names(raw: &str) -> Vec<String> {
    // lettre writes RFC 2231 parameters (`filename*0="…"`) as well as plain ones.
    raw.lines()
        .map(str::trim)
        .filter(|l| l.starts_with("filename"))
        .filter_map(|l| {
            l.split_once('=')
                .map(|(_, n)| n.trim().trim_matches('"').to_owned())
        })
        .collect()
}
