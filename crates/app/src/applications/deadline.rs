//! The periodic work of the deadline: reminding the holders of unsubmitted drafts before the
//! closing instant, and deleting drafts whose call closed longer ago than the officers'
//! retention period (when they chose deletion). Each reminder is claimed before its mail is
//! queued, in one transaction, so overlapping runs send it once.

use std::collections::HashMap;

use passerelle_domain::Locale;
use passerelle_domain::application::deadline_work::{DraftFate, draft_fate, reminders_due};
use passerelle_domain::scheme::window::WindowState;
use passerelle_store::repo::applications::{self as repo, ApplicationRow};
use passerelle_store::repo::users;

use super::drafts::{team_of, ts};
use super::forms::{CallSettings, settings_of};
use super::{files, scheme_by_id};
use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::outbox::{self, QueuedOutgoing};
use crate::schemes::SchemeRecord;
use crate::{AppCtx, AppResult};

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeadlineReport {
    /// Drafts whose holders were reminded.
    pub reminded: usize,
    /// Drafts deleted after the retention period.
    pub deleted: usize,
}

/// Runs the deadline's work at `now` (epoch ms).
#[tracing::instrument(skip_all)]
pub async fn run(ctx: &AppCtx, now: i64) -> AppResult<DeadlineReport> {
    let drafts = {
        let mut conn = ctx.db.conn().await?;
        repo::drafts(&mut conn).await?
    };
    let mut calls: HashMap<String, (SchemeRecord, CallSettings)> = HashMap::new();
    let mut report = DeadlineReport::default();
    for d in drafts {
        if !calls.contains_key(&d.scheme_id) {
            let mut conn = ctx.db.conn().await?;
            let s = scheme_by_id(&mut conn, &d.scheme_id).await?;
            let settings = settings_of(&mut conn, &s.id).await?;
            calls.insert(d.scheme_id.clone(), (s, settings));
        }
        let Some((scheme, settings)) = calls.get(&d.scheme_id) else {
            continue;
        };
        let state = scheme.scheme.window.state_at(ts(now));
        match draft_fate(state, settings.drafts, ts(now)) {
            DraftFate::Delete => {
                delete_draft(ctx, &d).await?;
                report.deleted += 1;
            }
            DraftFate::ReadOnly => {}
            DraftFate::Editable => {
                let closes = match state {
                    WindowState::Open { closes, .. } => closes,
                    _ => None,
                };
                if let Some(closes) = closes
                    && remind(ctx, &d, scheme, settings, closes, now).await?
                {
                    report.reminded += 1;
                }
            }
        }
    }
    Ok(report)
}

async fn delete_draft(ctx: &AppCtx, d: &ApplicationRow) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let atts = repo::attachments(&mut tx, &d.id).await?;
    // Only a draft is deleted: one submitted meanwhile stays.
    if !repo::delete(&mut tx, &d.id, "draft").await? {
        return Ok(());
    }
    tx.commit().await?;
    for a in atts {
        files::delete_object(ctx, &a.storage_key).await;
    }
    Ok(())
}

async fn remind(
    ctx: &AppCtx,
    d: &ApplicationRow,
    scheme: &SchemeRecord,
    settings: &CallSettings,
    closes: jiff::Timestamp,
    now: i64,
) -> AppResult<bool> {
    let due = reminders_due(closes, &settings.reminder_hours, ts(d.created_at), ts(now));
    let Some(first) = due.first().copied() else {
        return Ok(false);
    };
    let mut tx = ctx.db.begin().await?;
    let closes_ms = closes.as_millisecond();
    let mut claimed_first = false;
    for h in &due {
        let claimed = repo::claim_reminder(&mut tx, &d.id, closes_ms, i64::from(*h), now).await?;
        if *h == first {
            claimed_first = claimed;
        }
    }
    if !claimed_first {
        // Sent by an earlier run; the older delays were claimed with it.
        tx.commit().await?;
        return Ok(false);
    }
    let team = team_of(&mut tx, d).await?;
    let link = format!("{}/applications/{}", ctx.config.base_url, d.id);
    for (_, email, _) in team.people {
        let locale: Locale = match users::find_by_email(&mut tx, &email).await? {
            Some(u) => u.locale.parse().unwrap_or(Locale::DEFAULT),
            None => Locale::DEFAULT,
        };
        let tr = Tr::new(locale);
        let title = super::scheme_title(&scheme.scheme, locale);
        let when = crate::schemes::explain::instant(&tr, closes, &scheme.scheme.window.zone, true);
        let left = if first >= 48 && first % 24 == 0 {
            tr.ta("time-days", &[("n", &(first / 24).to_string())])
        } else {
            tr.ta("time-hours", &[("n", &first.to_string())])
        };
        outbox::enqueue(
            &mut tx,
            now,
            &QueuedOutgoing {
                mail: OutgoingMail {
                    to: email,
                    subject: tr.ta(
                        "mail-reminder-subject",
                        &[("scheme", &title), ("left", &left)],
                    ),
                    body: tr.ta(
                        "mail-reminder-body",
                        &[
                            ("scheme", &title),
                            ("project", &d.title),
                            ("when", &when),
                            ("left", &left),
                            ("link", &link),
                        ],
                    ),
                    attachments: vec![],
                },
                headers: vec![("Auto-Submitted".into(), "auto-generated".into())],
                attach: None,
            },
        )
        .await?;
    }
    tx.commit().await?;
    ctx.mail_wakeup.notify();
    Ok(true)
}
