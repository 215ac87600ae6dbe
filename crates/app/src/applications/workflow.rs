//! The life of a dossier after submission: transitions of the domain's state machine by the
//! actor they belong to, each written to the append-only audit trail with who, when, what
//! and from which state (officers' readings too); threaded messages between officers and
//! applicants, each announced by mail.

use passerelle_domain::application::facts;
use passerelle_domain::application::form::Strictness;
use passerelle_domain::application::receipt::canonical_json;
use passerelle_domain::application::{By, Event, State};
use passerelle_domain::{Locale, TenantRole};
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as repo, EventRow, MessageRow, NewEvent};
use passerelle_store::repo::{schemes as scheme_repo, tenants, users};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::drafts::team_of;
use super::{Loaded, Role, Want, load};
use crate::authz::{self, TenantAction};
use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::outbox::{self, QueuedOutgoing};
use crate::tokens::new_id;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// Longest message, in characters.
pub const MESSAGE_MAX: usize = 10_000;
/// Longest note on a transition, in characters.
pub const NOTE_MAX: usize = 2_000;

/// Writes an officer's reading of a dossier (`view`, `export_pdf`…) to the audit trail, in
/// its own transaction (the trail's numbering needs one).
pub(crate) async fn record_view(
    ctx: &AppCtx,
    actor: &Actor,
    l: &Loaded,
    action: &str,
) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    repo::append_event(
        &mut tx,
        &l.row.id,
        &NewEvent {
            at: ctx.now_ms(),
            actor_id: actor.user_id(),
            action,
            from_state: Some(l.state.as_str()),
            to_state: None,
            detail: "{}",
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn mail_to(
    e: &mut impl AsExec,
    now: i64,
    email: &str,
    subject: impl Fn(&Tr) -> String,
    body: impl Fn(&Tr) -> String,
) -> AppResult<()> {
    let locale: Locale = match users::find_by_email(e, email).await? {
        Some(u) => u.locale.parse().unwrap_or(Locale::DEFAULT),
        None => Locale::DEFAULT,
    };
    let tr = Tr::new(locale);
    outbox::enqueue(
        e,
        now,
        &QueuedOutgoing {
            mail: OutgoingMail {
                to: email.to_owned(),
                subject: subject(&tr),
                body: body(&tr),
                attachments: vec![],
            },
            headers: vec![("Auto-Submitted".into(), "auto-generated".into())],
            attach: None,
        },
    )
    .await
}

/// Applies `event` to an application: the applicant completes or withdraws, officers do
/// the rest. `note` (optional) is kept in the audit trail and, from an officer, sent to the
/// applicants with the new state's public label.
#[tracing::instrument(skip_all)]
pub async fn transition(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    event: Event,
    note: &str,
) -> AppResult<State> {
    if event == Event::Submit {
        return Err(AppError::Conflict("transition_not_allowed"));
    }
    let mut tx = ctx.db.begin().await?;
    let want = match event.actor() {
        By::Applicant => Want::Editor,
        By::Officer => Want::Officer,
    };
    let l = load(&mut tx, actor, slug, id, want).await?;
    if note.chars().count() > NOTE_MAX {
        return Err(AppError::field("note", "too_long"));
    }
    let by = match l.role {
        Role::Editor => By::Applicant,
        Role::Officer => By::Officer,
    };
    let to = l
        .state
        .apply(event, by)
        .map_err(|e| AppError::Conflict(e.code()))?;
    let now = ctx.now_ms();
    let mut detail = json!({ "note": note });
    if event == Event::Complete {
        // The completed content is checked like a submission and kept with its hash; the
        // receipt keeps vouching for what was first submitted.
        let answers = l.answers();
        let problems: Vec<FieldError> = l
            .form
            .check(&answers, Strictness::Submit)
            .into_iter()
            .chain(facts::cross_checks(&l.form, &answers))
            .map(|p| FieldError::new(p.field, p.code))
            .collect();
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        let content = canonical_json(&json!({ "answers": l.form.visible_answers(&answers) }));
        detail["sha256"] = json!(hex::encode(Sha256::digest(content.as_bytes())));
        detail["answers"] = json!(l.form.visible_answers(&answers));
    }
    if !repo::set_state(&mut tx, id, l.state.as_str(), to.as_str(), now).await? {
        return Err(AppError::Conflict("version_conflict"));
    }
    repo::append_event(
        &mut tx,
        id,
        &NewEvent {
            at: now,
            actor_id: actor.user_id(),
            action: event.as_str(),
            from_state: Some(l.state.as_str()),
            to_state: Some(to.as_str()),
            detail: &detail.to_string(),
        },
    )
    .await?;
    notify_transition(ctx, &mut tx, &l, by, to, note, now).await?;
    tx.commit().await?;
    ctx.mail_wakeup.notify();
    Ok(to)
}

async fn notify_transition(
    ctx: &AppCtx,
    tx: &mut impl AsExec,
    l: &Loaded,
    by: By,
    to: State,
    note: &str,
    now: i64,
) -> AppResult<()> {
    // Applicants are told of officers' moves and read their page; officers read theirs.
    let link = match by {
        By::Officer => format!("{}/applications/{}", ctx.config.base_url, l.row.id),
        By::Applicant => officer_link(ctx, l),
    };
    let reference = l.row.reference.clone().unwrap_or_default();
    let emails: Vec<String> = match by {
        By::Officer => team_of(tx, &l.row)
            .await?
            .people
            .into_iter()
            .map(|p| p.1)
            .collect(),
        By::Applicant => officers_of(tx, l).await?,
    };
    for email in emails {
        mail_to(
            tx,
            now,
            &email,
            |tr| tr.ta("mail-app-state-subject", &[("reference", &reference)]),
            |tr| {
                let label = match by {
                    By::Officer => tr.t(&to.public_label_key()),
                    By::Applicant => tr.t(&to.internal_label_key()),
                };
                tr.ta(
                    "mail-app-state-body",
                    &[
                        ("reference", &reference),
                        ("project", &l.row.title),
                        ("state", &label),
                        ("note", note),
                        ("link", &link),
                    ],
                )
            },
        )
        .await?;
    }
    Ok(())
}

/// The officers' page of a dossier, for links in their mails.
fn officer_link(ctx: &AppCtx, l: &Loaded) -> String {
    format!(
        "{}/schemes/{}/applications/{}",
        ctx.config.base_url, l.scheme.scheme.slug, l.row.id
    )
}

/// The officers to tell about an applicant's move: those who acted on or read the dossier,
/// else every officer of the authority.
async fn officers_of(e: &mut impl AsExec, l: &Loaded) -> AppResult<Vec<String>> {
    let staff = tenants::staff(e, &l.scheme.tenant_id).await?;
    let officers: Vec<_> = staff
        .iter()
        .filter(|s| s.role == TenantRole::Officer.as_str() || s.role == TenantRole::Admin.as_str())
        .collect();
    let involved: Vec<String> = repo::events(e, &l.row.id)
        .await?
        .into_iter()
        .filter_map(|ev| ev.actor_id)
        .collect();
    let mut out: Vec<String> = officers
        .iter()
        .filter(|s| involved.contains(&s.user_id))
        .map(|s| s.email.clone())
        .collect();
    if out.is_empty() {
        out = officers.iter().map(|s| s.email.clone()).collect();
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Applies an officer's event to many applications of one call; each one succeeds or fails
/// on its own (a refused transition leaves that application as it was).
#[tracing::instrument(skip_all)]
pub async fn bulk(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    ids: &[String],
    event: Event,
) -> AppResult<Vec<(String, Result<State, &'static str>)>> {
    // The call itself is checked first, so that someone who is not one of its officers is
    // refused as on its inbox rather than told, item by item, that nothing exists.
    {
        let mut conn = ctx.db.conn().await?;
        let row = scheme_repo::find_by_slug(&mut conn, slug)
            .await?
            .ok_or(AppError::NotFound)?;
        authz::tenant(actor, &row.tenant_id, TenantAction::ManageProgrammes)?;
    }
    if event.actor() != By::Officer {
        return Err(AppError::field("event", "transition_not_allowed"));
    }
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let r = transition(ctx, actor, Some(slug), id, event, "").await;
        out.push((
            id.clone(),
            r.map_err(|e| match e {
                AppError::Conflict(c) => c,
                AppError::NotFound => "not_found",
                AppError::Invalid(_) => "invalid_input",
                _ => "internal",
            }),
        ));
    }
    Ok(out)
}

/// One message of a dossier's thread.
#[derive(Debug, Clone)]
pub struct MessageView {
    /// Author's name.
    pub author: String,
    /// `applicant` or `officer`.
    pub side: String,
    /// Text.
    pub body: String,
    /// When (epoch ms).
    pub at: i64,
}

/// The thread of a dossier, for its editors and officers.
#[tracing::instrument(skip_all)]
pub async fn messages(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
) -> AppResult<Vec<MessageView>> {
    let mut conn = ctx.db.conn().await?;
    load(&mut conn, actor, slug, id, Want::Any).await?;
    messages_of(&mut conn, id).await
}

/// The thread of an application the caller has already loaded for its actor.
pub(crate) async fn messages_of(e: &mut impl AsExec, id: &str) -> AppResult<Vec<MessageView>> {
    let mut out = Vec::new();
    for m in repo::messages(e, id).await? {
        let author = match &m.author_id {
            Some(a) => users::find_by_id(e, a)
                .await?
                .map(|u| u.name)
                .unwrap_or_default(),
            None => String::new(),
        };
        out.push(MessageView {
            author,
            side: m.side,
            body: m.body,
            at: m.created_at,
        });
    }
    Ok(out)
}

/// Posts a message on a dossier's thread; the other side is told by mail.
#[tracing::instrument(skip_all)]
pub async fn post_message(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    body: &str,
) -> AppResult<()> {
    post_message_as(ctx, actor, slug, id, body, Want::Any).await
}

/// As [`post_message`], for one side only: the officers' page asks for [`Want::Officer`], so
/// that an editor posting there gets "not found" instead of writing as the applicant.
#[tracing::instrument(skip_all)]
pub async fn post_message_as(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    body: &str,
    want: Want,
) -> AppResult<()> {
    // Who may write comes first: an outsider learns nothing, not even that the text is bad.
    let mut tx = ctx.db.begin().await?;
    let l = load(&mut tx, actor, slug, id, want).await?;
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::field("body", "required"));
    }
    if body.chars().count() > MESSAGE_MAX {
        return Err(AppError::field("body", "too_long"));
    }
    if l.state == State::Draft {
        // Before submission there is nobody on the other side.
        return Err(AppError::Conflict("not_submitted"));
    }
    let now = ctx.now_ms();
    let side = match l.role {
        Role::Editor => "applicant",
        Role::Officer => "officer",
    };
    repo::insert_message(
        &mut tx,
        &MessageRow {
            id: new_id(),
            application_id: id.to_owned(),
            author_id: actor.user_id().map(str::to_owned),
            side: side.to_owned(),
            body: body.to_owned(),
            created_at: now,
        },
    )
    .await?;
    let emails: Vec<String> = match l.role {
        Role::Officer => team_of(&mut tx, &l.row)
            .await?
            .people
            .into_iter()
            .map(|p| p.1)
            .collect(),
        Role::Editor => officers_of(&mut tx, &l).await?,
    };
    let link = match l.role {
        Role::Officer => format!("{}/applications/{}#messages", ctx.config.base_url, id),
        Role::Editor => format!("{}#messages", officer_link(ctx, &l)),
    };
    let reference = l.row.reference.clone().unwrap_or_default();
    let author = actor
        .user
        .as_ref()
        .map(|u| u.name.clone())
        .unwrap_or_default();
    for email in emails
        .iter()
        .filter(|e| actor.user.as_ref().is_none_or(|u| &u.email != *e))
    {
        mail_to(
            &mut tx,
            now,
            email,
            |tr| tr.ta("mail-app-message-subject", &[("reference", &reference)]),
            |tr| {
                tr.ta(
                    "mail-app-message-body",
                    &[
                        ("author", &author),
                        ("project", &l.row.title),
                        ("body", body),
                        ("link", &link),
                    ],
                )
            },
        )
        .await?;
    }
    tx.commit().await?;
    ctx.mail_wakeup.notify();
    Ok(())
}

/// One entry of a dossier's history as shown.
#[derive(Debug, Clone)]
pub struct HistoryEntry {
    /// The raw entry.
    pub event: EventRow,
    /// The actor's name.
    pub actor: String,
}

impl HistoryEntry {
    /// The note written with a transition, if any.
    pub fn note(&self) -> Option<String> {
        serde_json::from_str::<serde_json::Value>(&self.event.detail)
            .ok()?
            .get("note")?
            .as_str()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
    }
}

/// A dossier's history: all of it for officers; for its editors, what happened to it
/// (officers' readings are theirs to know).
#[tracing::instrument(skip_all)]
pub async fn history(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
) -> AppResult<Vec<HistoryEntry>> {
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, slug, id, Want::Any).await?;
    history_of(&mut conn, &l).await
}

/// The history of a loaded application, for its role.
pub async fn history_of(e: &mut impl AsExec, l: &Loaded) -> AppResult<Vec<HistoryEntry>> {
    let mut out = Vec::new();
    for ev in repo::events(e, &l.row.id).await? {
        if l.role == Role::Editor && ev.action.starts_with("view") {
            continue;
        }
        let actor = match &ev.actor_id {
            Some(a) => users::find_by_id(e, a)
                .await?
                .map(|u| u.name)
                .unwrap_or_default(),
            None => String::new(),
        };
        out.push(HistoryEntry { event: ev, actor });
    }
    Ok(out)
}

/// The content officers judge: the answers of the last completion after a request for
/// information, else the frozen submission.
pub async fn answers_of_record(
    e: &mut impl AsExec,
    l: &Loaded,
) -> AppResult<passerelle_domain::application::form::Answers> {
    let events = repo::events(e, &l.row.id).await?;
    if let Some(done) = events
        .iter()
        .rev()
        .find(|ev| ev.action == Event::Complete.as_str())
        && let Ok(v) = serde_json::from_str::<serde_json::Value>(&done.detail)
        && let Some(a) = v.get("answers")
        && let Ok(a) = serde_json::from_value(a.clone())
    {
        return Ok(a);
    }
    Ok(l.answers_of_record())
}

/// The content of record of a loaded application, opening its own connection (the API).
pub async fn answers_of_record_for(
    ctx: &AppCtx,
    actor: &Actor,
    l: &Loaded,
) -> AppResult<passerelle_domain::application::form::Answers> {
    let _ = actor;
    let mut conn = ctx.db.conn().await?;
    answers_of_record(&mut conn, l).await
}
