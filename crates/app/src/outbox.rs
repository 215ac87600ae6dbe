//! The transactional outbox for mails that must never be lost: a use case queues them in the
//! transaction of the change that causes them (a submission and its receipt commit together),
//! and the sender delivers them afterwards, at least once, with back-off on failure. A crash
//! between the commit and the delivery only delays the mail.

use std::sync::Arc;

use passerelle_store::AsExec;
use passerelle_store::repo::mail_queue::{self, QueuedMail};
use tokio::sync::Notify;

use crate::mail::{MailAttachment, OutgoingMail};
use crate::tokens::new_id;
use crate::{AppCtx, AppResult};

/// How long a claimed mail is reserved for its sender before another may retry it.
const LEASE_MS: i64 = 5 * 60 * 1000;
/// Mails taken per round.
const BATCH: i64 = 50;

/// A mail to queue: what to send and, optionally, a document to render and attach when it
/// goes (`receipt:<application id>:<locale>`), so the queue holds references, not files.
#[derive(Debug, Clone)]
pub struct QueuedOutgoing {
    /// The mail.
    pub mail: OutgoingMail,
    /// Extra header fields.
    pub headers: Vec<(String, String)>,
    /// Document reference to attach.
    pub attach: Option<String>,
}

/// Wakes the sender after a commit that queued mail.
#[derive(Debug, Default)]
pub struct Wakeup(Notify);

impl Wakeup {
    /// Tell the sender there is work.
    pub fn notify(&self) {
        self.0.notify_one();
    }
}

/// Queues a mail inside the caller's transaction.
pub async fn enqueue(e: &mut impl AsExec, now: i64, q: &QueuedOutgoing) -> AppResult<()> {
    let headers: serde_json::Map<String, serde_json::Value> = q
        .headers
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
        .collect();
    mail_queue::enqueue(
        e,
        &QueuedMail {
            id: new_id(),
            created_at: now,
            recipient: q.mail.to.clone(),
            subject: q.mail.subject.clone(),
            body: q.mail.body.clone(),
            headers: serde_json::Value::Object(headers).to_string(),
            attach: q.attach.clone(),
            attempts: 0,
            next_attempt_at: now,
            sent_at: None,
            last_error: None,
        },
    )
    .await?;
    Ok(())
}

/// Back-off after `attempts` failures: 1, 2, 4 … minutes, at most 6 hours.
pub fn retry_delay_ms(attempts: i64) -> i64 {
    let minutes = 1i64 << attempts.clamp(0, 9);
    minutes.min(360) * 60_000
}

async fn attachments(ctx: &AppCtx, attach: Option<&str>) -> anyhow::Result<Vec<MailAttachment>> {
    let Some(reference) = attach else {
        return Ok(vec![]);
    };
    match reference.split(':').collect::<Vec<_>>().as_slice() {
        ["receipt", id, locale] => {
            let locale = locale.parse().unwrap_or(passerelle_domain::Locale::DEFAULT);
            let (name, bytes) =
                crate::applications::documents::receipt_pdf_for_mail(ctx, id, locale)
                    .await
                    .map_err(|e| anyhow::anyhow!("receipt {id}: {e:?}"))?;
            Ok(vec![MailAttachment {
                filename: name,
                content_type: "application/pdf".into(),
                bytes,
            }])
        }
        ["decision", id, locale] => {
            let locale = locale.parse().unwrap_or(passerelle_domain::Locale::DEFAULT);
            let (name, bytes) = crate::review::letters::letter_pdf_for_mail(ctx, id, locale)
                .await
                .map_err(|e| anyhow::anyhow!("decision letter {id}: {e:?}"))?;
            Ok(vec![MailAttachment {
                filename: name,
                content_type: "application/pdf".into(),
                bytes,
            }])
        }
        _ => anyhow::bail!("unknown attachment reference {reference}"),
    }
}

async fn deliver(ctx: &AppCtx, m: &QueuedMail) -> anyhow::Result<()> {
    let headers: Vec<(String, String)> =
        serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&m.headers)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, v)| v.as_str().map(|s| (k, s.to_owned())))
            .collect();
    let mail = OutgoingMail {
        to: m.recipient.clone(),
        subject: m.subject.clone(),
        body: m.body.clone(),
        attachments: attachments(ctx, m.attach.as_deref()).await?,
    };
    let known: Vec<(&'static str, String)> = headers
        .into_iter()
        .filter_map(|(k, v)| crate::mail::known_header(&k).map(|k| (k, v)))
        .collect();
    ctx.mailer
        .send_with_headers(&ctx.config.mail_from, &mail, &known)
        .await
}

/// Delivers the mails due now; returns how many went. A failed mail is retried later.
#[tracing::instrument(skip_all)]
pub async fn deliver_due(ctx: &AppCtx) -> AppResult<usize> {
    let mut sent = 0;
    loop {
        let now = ctx.now_ms();
        let due = {
            let mut conn = ctx.db.conn().await?;
            mail_queue::due(&mut conn, now, BATCH).await?
        };
        if due.is_empty() {
            return Ok(sent);
        }
        let mut progressed = false;
        for m in due {
            let mut conn = ctx.db.conn().await?;
            if !mail_queue::claim(&mut conn, &m, now + LEASE_MS).await? {
                continue;
            }
            progressed = true;
            match deliver(ctx, &m).await {
                Ok(()) => {
                    mail_queue::mark_sent(&mut conn, &m.id, ctx.now_ms()).await?;
                    sent += 1;
                }
                Err(e) => {
                    tracing::warn!(mail = %m.id, error = %e, "mail delivery failed; will retry");
                    let retry = ctx.now_ms() + retry_delay_ms(m.attempts);
                    mail_queue::mark_failed(&mut conn, &m.id, &e.to_string(), retry).await?;
                }
            }
        }
        if !progressed {
            return Ok(sent);
        }
    }
}

/// Runs the sender until the process stops: after every wake-up, and every 30 seconds for
/// retries and for mails queued by another process.
pub fn spawn_sender(ctx: AppCtx) -> tokio::task::JoinHandle<()> {
    let wake: Arc<Wakeup> = ctx.mail_wakeup.clone();
    tokio::spawn(async move {
        loop {
            let c = ctx.clone();
            // A panic in one round must not stop the sender.
            match tokio::spawn(async move { deliver_due(&c).await }).await {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::warn!(error = %format!("{e:?}"), "mail sender round failed"),
                Err(e) => tracing::error!(error = %e, "mail sender round panicked"),
            }
            tokio::select! {
                () = wake.0.notified() => {}
                () = tokio::time::sleep(std::time::Duration::from_secs(30)) => {}
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::retry_delay_ms;

    #[test]
    fn back_off_doubles_up_to_six_hours() {
        assert_eq!(retry_delay_ms(0), 60_000);
        assert_eq!(retry_delay_ms(1), 120_000);
        assert_eq!(retry_delay_ms(5), 32 * 60_000);
        assert_eq!(retry_delay_ms(9), 360 * 60_000);
        assert_eq!(retry_delay_ms(1000), 360 * 60_000);
        assert_eq!(retry_delay_ms(-3), 60_000);
    }
}
