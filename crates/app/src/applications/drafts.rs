//! Writing an application: starting a draft for an organisation, saving a section with
//! optimistic concurrency (two people saving the same section never lose each other's work:
//! the second sees a conflict with both versions), and inviting co-editors from partner
//! organisations.

use std::collections::BTreeMap;

use jiff::Timestamp;
use passerelle_domain::application::State;
use passerelle_domain::application::deadline_work::{DraftFate, draft_fate};
use passerelle_domain::application::form::{Answers, FieldKind, Strictness};
use passerelle_domain::{Email, Locale};
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{
    self as repo, ApplicationRow, EditorRow, InvitationRow, NewEvent, SectionRow,
};
use passerelle_store::repo::{organisations, schemes as scheme_repo, users};
use serde_json::Value;

use super::{Loaded, Want, forms, internal, load, title_of};
use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::outbox::{self, QueuedOutgoing};
use crate::tokens::{hash, new_id, new_token};
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// How long an invitation to co-edit stays valid.
const INVITATION_TTL_MS: i64 = 14 * 24 * 3600 * 1000;

pub(crate) fn ts(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// Whether the applicant may change the answers now: the state allows it and, for a draft,
/// the call has not closed (drafts are read-only after the deadline).
pub(crate) async fn check_editable(ctx: &AppCtx, e: &mut impl AsExec, l: &Loaded) -> AppResult<()> {
    if !l.state.applicant_edits() {
        return Err(AppError::Conflict("not_editable"));
    }
    if l.state == State::Draft {
        let settings = forms::settings_of(e, &l.scheme.id).await?;
        let state = l.scheme.scheme.window.state_at(ts(ctx.now_ms()));
        if draft_fate(state, settings.drafts, ts(ctx.now_ms())) != DraftFate::Editable {
            return Err(AppError::Conflict("call_closed"));
        }
    }
    Ok(())
}

/// Starts a draft for `organisation_id` (of which the actor is a member) on the call
/// `slug`, written on the call's current form. Returns its id.
#[tracing::instrument(skip_all)]
pub async fn start(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    organisation_id: &str,
) -> AppResult<String> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthenticated)?;
    if !user.confirmed {
        return Err(AppError::Conflict("email_not_confirmed"));
    }
    let mut tx = ctx.db.begin().await?;
    let row = scheme_repo::find_by_slug(&mut tx, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = crate::schemes::record(row)?;
    if scheme.status != passerelle_domain::scheme::vocab::SchemeStatus::Published {
        return Err(AppError::NotFound);
    }
    if organisations::role_of(&mut tx, organisation_id, &user.id)
        .await?
        .is_none()
    {
        return Err(AppError::field("organisation_id", "organisation_not_yours"));
    }
    let now = ctx.now_ms();
    let settings = forms::settings_of(&mut tx, &scheme.id).await?;
    let state = scheme.scheme.window.state_at(ts(now));
    if draft_fate(state, settings.drafts, ts(now)) != DraftFate::Editable {
        return Err(AppError::Conflict("call_closed"));
    }
    let (version, _) = forms::current(&mut tx, &scheme.id)
        .await?
        .ok_or(AppError::Conflict("call_has_no_form"))?;
    let id = new_id();
    repo::insert(
        &mut tx,
        &ApplicationRow {
            id: id.clone(),
            scheme_id: scheme.id.clone(),
            form_version: version,
            organisation_id: organisation_id.to_owned(),
            state: State::Draft.as_str().to_owned(),
            title: String::new(),
            created_by: Some(user.id.clone()),
            created_at: now,
            updated_at: now,
            submitted_at: None,
            reference: None,
            frozen: None,
            frozen_sha256: None,
            eligibility: None,
            eligibility_detail: None,
        },
    )
    .await?;
    repo::append_event(
        &mut tx,
        &id,
        &NewEvent {
            at: now,
            actor_id: Some(&user.id),
            action: "create",
            from_state: None,
            to_state: Some(State::Draft.as_str()),
            detail: &serde_json::json!({ "form_version": version }).to_string(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// An application for its editors or its officers; an officer's reading is written to the
/// audit trail.
#[tracing::instrument(skip_all)]
pub async fn get(ctx: &AppCtx, actor: &Actor, slug: Option<&str>, id: &str) -> AppResult<Loaded> {
    get_as(ctx, actor, slug, id, Want::Any).await
}

/// As [`get`], for one side only: the officers' pages ask for [`Want::Officer`], so that an
/// editor who is not an officer of the call gets "not found" there.
#[tracing::instrument(skip_all)]
pub async fn get_as(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    want: Want,
) -> AppResult<Loaded> {
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, slug, id, want).await?;
    if l.role == super::Role::Officer {
        super::workflow::record_view(ctx, actor, &l, "view").await?;
    }
    Ok(l)
}

/// How the actor relates to an application and its call's slug, without recording a reading
/// (to send each reader to their own page).
#[tracing::instrument(skip_all)]
pub async fn locate(ctx: &AppCtx, actor: &Actor, id: &str) -> AppResult<(super::Role, String)> {
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, None, id, Want::Any).await?;
    Ok((l.role, l.scheme.scheme.slug))
}

/// What a save did.
#[derive(Debug, Clone)]
pub enum Saved {
    /// Saved as this new version of the section.
    Done {
        /// New version.
        version: i64,
    },
    /// Someone saved the section since `from`: nothing was written. Their version is here,
    /// with who saved it, so the page can show both.
    Conflict {
        /// The section as saved by the other person.
        theirs: SectionRow,
        /// Their display name.
        by: String,
    },
}

/// Checks the answers given for one section: known fields of that section only, well formed,
/// attachments belonging to this application and field.
async fn check_section(
    e: &mut impl AsExec,
    l: &Loaded,
    section_id: &str,
    given: &Answers,
) -> AppResult<()> {
    let section = l
        .form
        .sections
        .iter()
        .find(|s| s.id == section_id)
        .ok_or(AppError::NotFound)?;
    let mut errs: Vec<FieldError> = given
        .keys()
        .filter(|k| !section.fields.iter().any(|f| &f.id == *k))
        .map(|k| FieldError::new(k.clone(), "field_unknown"))
        .collect();
    // Conditions may look at other sections: judge with everything else as saved.
    let mut all = l.answers();
    for f in &section.fields {
        all.remove(&f.id);
    }
    all.extend(given.clone());
    errs.extend(
        l.form
            .check(&all, Strictness::Draft)
            .into_iter()
            .filter(|p| section.fields.iter().any(|f| f.id == p.field))
            .map(|p| FieldError::new(p.field, p.code)),
    );
    let attachments = repo::attachments(e, &l.row.id).await?;
    for f in &section.fields {
        if !matches!(f.kind, FieldKind::File { .. }) {
            continue;
        }
        let ids: Vec<String> = given
            .get(&f.id)
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        if ids.iter().any(|id| {
            !attachments
                .iter()
                .any(|a| &a.id == id && a.field_id == f.id)
        }) {
            errs.push(FieldError::new(f.id.clone(), "attachment_unknown"));
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errs))
    }
}

/// Saves one section made from version `from` (0 when never saved). Fields left out keep
/// nothing: the section's answers are replaced as a whole, as a form post does.
#[tracing::instrument(skip_all)]
pub async fn save_section(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    section_id: &str,
    from: i64,
    answers: Answers,
) -> AppResult<Saved> {
    let mut tx = ctx.db.begin().await?;
    let l = load(&mut tx, actor, slug, id, Want::Editor).await?;
    check_editable(ctx, &mut tx, &l).await?;
    check_section(&mut tx, &l, section_id, &answers).await?;
    let answers: Answers = answers.into_iter().filter(|(_, v)| !v.is_null()).collect();
    let text = serde_json::to_string(&answers).map_err(internal)?;
    let now = ctx.now_ms();
    let saved =
        repo::save_section(&mut tx, id, section_id, from, &text, actor.user_id(), now).await?;
    let Some(version) = saved else {
        drop(tx);
        let mut conn = ctx.db.conn().await?;
        let theirs = repo::sections(&mut conn, id)
            .await?
            .into_iter()
            .find(|s| s.section_id == section_id)
            .ok_or(AppError::Conflict("version_conflict"))?;
        let by = match &theirs.updated_by {
            Some(u) => users::find_by_id(&mut conn, u)
                .await?
                .map(|u| u.name)
                .unwrap_or_default(),
            None => String::new(),
        };
        return Ok(Saved::Conflict { theirs, by });
    };
    let mut all = l.answers();
    all.extend(answers);
    repo::set_title(&mut tx, id, &title_of(&l.form, &all), now).await?;
    tx.commit().await?;
    Ok(Saved::Done { version })
}

/// Saves several sections at once (the API), all or nothing: a conflict on any refuses all.
#[tracing::instrument(skip_all)]
pub async fn save_sections(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    changes: BTreeMap<String, (i64, Answers)>,
) -> AppResult<BTreeMap<String, i64>> {
    let mut tx = ctx.db.begin().await?;
    let l = load(&mut tx, actor, slug, id, Want::Editor).await?;
    check_editable(ctx, &mut tx, &l).await?;
    let now = ctx.now_ms();
    let mut all = l.answers();
    let mut out = BTreeMap::new();
    for (section_id, (from, answers)) in changes {
        check_section(&mut tx, &l, &section_id, &answers).await?;
        let text = serde_json::to_string(&answers).map_err(internal)?;
        let v = repo::save_section(&mut tx, id, &section_id, from, &text, actor.user_id(), now)
            .await?
            .ok_or(AppError::Conflict("version_conflict"))?;
        all.extend(answers);
        out.insert(section_id, v);
    }
    repo::set_title(&mut tx, id, &title_of(&l.form, &all), now).await?;
    tx.commit().await?;
    Ok(out)
}

/// The applications the actor writes or follows.
#[tracing::instrument(skip_all)]
pub async fn list_mine(ctx: &AppCtx, actor: &Actor) -> AppResult<Vec<(ApplicationRow, String)>> {
    let uid = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut conn = ctx.db.conn().await?;
    let rows = repo::list_for_user(&mut conn, uid).await?;
    let mut out = Vec::with_capacity(rows.len());
    let mut slugs: BTreeMap<String, String> = BTreeMap::new();
    for r in rows {
        if !slugs.contains_key(&r.scheme_id) {
            let s = super::scheme_by_id(&mut conn, &r.scheme_id).await?;
            slugs.insert(r.scheme_id.clone(), s.scheme.slug);
        }
        let slug = slugs.get(&r.scheme_id).cloned().unwrap_or_default();
        out.push((r, slug));
    }
    Ok(out)
}

/// Who writes an application: the organisation's members and the invited co-editors.
#[derive(Debug, Clone, Default)]
pub struct Team {
    /// (name, e-mail, "member" | "co_editor").
    pub people: Vec<(String, String, &'static str)>,
    /// Pending invitations: (e-mail, expires at epoch ms).
    pub pending: Vec<(String, i64)>,
}

/// The people who write the application (e-mail addresses of every editor, for mails).
pub(crate) async fn team_of(e: &mut impl AsExec, row: &ApplicationRow) -> AppResult<Team> {
    let mut t = Team::default();
    for m in organisations::members(e, &row.organisation_id).await? {
        t.people.push((m.name, m.email, "member"));
    }
    for ed in repo::editors(e, &row.id).await? {
        if let Some(u) = users::find_by_id(e, &ed.user_id).await?
            && !t.people.iter().any(|p| p.1 == u.email)
        {
            t.people.push((u.name, u.email, "co_editor"));
        }
    }
    for i in repo::invitations(e, &row.id).await? {
        if i.accepted_at.is_none() {
            t.pending.push((i.email, i.expires_at));
        }
    }
    Ok(t)
}

/// The team of an application, for its editors.
#[tracing::instrument(skip_all)]
pub async fn team(ctx: &AppCtx, actor: &Actor, id: &str) -> AppResult<Team> {
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, None, id, Want::Any).await?;
    team_of(&mut conn, &l.row).await
}

/// Invites someone (typically a member of a partner organisation) to co-edit: a mail with a
/// single-use link, queued in the same transaction.
#[tracing::instrument(skip_all)]
pub async fn invite(ctx: &AppCtx, actor: &Actor, id: &str, email: &str) -> AppResult<()> {
    let email = Email::parse(email)
        .map_err(|_| AppError::field("email", "email_invalid"))?
        .to_string();
    let mut tx = ctx.db.begin().await?;
    let l = load(&mut tx, actor, None, id, Want::Editor).await?;
    check_editable(ctx, &mut tx, &l).await?;
    let team = team_of(&mut tx, &l.row).await?;
    if team.people.iter().any(|p| p.1.eq_ignore_ascii_case(&email)) {
        return Err(AppError::field("email", "already_editor"));
    }
    let token = new_token();
    let now = ctx.now_ms();
    repo::insert_invitation(
        &mut tx,
        &InvitationRow {
            token_hash: hash(&token),
            application_id: id.to_owned(),
            email: email.clone(),
            invited_by: actor.user_id().map(str::to_owned),
            created_at: now,
            expires_at: now + INVITATION_TTL_MS,
            accepted_by: None,
            accepted_at: None,
        },
    )
    .await?;
    let locale = match users::find_by_email(&mut tx, &email).await? {
        Some(u) => u.locale.parse().unwrap_or(Locale::DEFAULT),
        None => Locale::DEFAULT,
    };
    let tr = Tr::new(locale);
    let inviter = actor
        .user
        .as_ref()
        .map(|u| u.name.clone())
        .unwrap_or_default();
    let title = super::scheme_title(&l.scheme.scheme, locale);
    let link = format!("{}/application-invitations/{token}", ctx.config.base_url);
    let body = tr.ta(
        "mail-app-invite-body",
        &[
            ("inviter", &inviter),
            ("project", &l.row.title),
            ("scheme", &title),
            ("link", &link),
        ],
    );
    outbox::enqueue(
        &mut tx,
        now,
        &QueuedOutgoing {
            mail: OutgoingMail {
                to: email,
                subject: tr.ta("mail-app-invite-subject", &[("scheme", &title)]),
                body,
                attachments: vec![],
            },
            headers: vec![],
            attach: None,
        },
    )
    .await?;
    tx.commit().await?;
    ctx.mail_wakeup.notify();
    Ok(())
}

/// What an invitation link shows before it is accepted.
#[derive(Debug, Clone)]
pub struct InvitationPreview {
    /// Invited address.
    pub email: String,
    /// Project title.
    pub project: String,
    /// Scheme slug.
    pub scheme_slug: String,
    /// Scheme title in the reader's language.
    pub scheme_title: String,
    /// Whether it can still be accepted.
    pub usable: bool,
}

/// Reads an invitation by its token.
#[tracing::instrument(skip_all)]
pub async fn preview_invitation(
    ctx: &AppCtx,
    token: &str,
    locale: Locale,
) -> AppResult<InvitationPreview> {
    let mut conn = ctx.db.conn().await?;
    let inv = repo::find_invitation(&mut conn, &hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let row = repo::find(&mut conn, &inv.application_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = super::scheme_by_id(&mut conn, &row.scheme_id).await?;
    Ok(InvitationPreview {
        email: inv.email,
        project: row.title,
        scheme_title: super::scheme_title(&scheme.scheme, locale),
        scheme_slug: scheme.scheme.slug,
        usable: inv.accepted_at.is_none() && inv.expires_at > ctx.now_ms(),
    })
}

/// Accepts an invitation: the signed-in account whose confirmed address was invited becomes
/// a co-editor. Returns the application id.
#[tracing::instrument(skip_all)]
pub async fn accept_invitation(ctx: &AppCtx, actor: &Actor, token: &str) -> AppResult<String> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthenticated)?;
    if !user.confirmed {
        return Err(AppError::Conflict("email_not_confirmed"));
    }
    let mut tx = ctx.db.begin().await?;
    let inv = repo::find_invitation(&mut tx, &hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    if !inv.email.eq_ignore_ascii_case(&user.email) {
        return Err(AppError::Conflict("invitation_other_address"));
    }
    let now = ctx.now_ms();
    if inv.accepted_by.as_deref() == Some(user.id.as_str()) {
        return Ok(inv.application_id);
    }
    if inv.accepted_at.is_some() || inv.expires_at <= now {
        return Err(AppError::Conflict("invitation_expired"));
    }
    repo::accept_invitation(&mut tx, &inv.token_hash, &user.id, now).await?;
    repo::add_editor(
        &mut tx,
        &inv.application_id,
        &EditorRow {
            user_id: user.id.clone(),
            organisation_id: None,
            added_by: inv.invited_by.clone(),
            added_at: now,
        },
    )
    .await?;
    repo::append_event(
        &mut tx,
        &inv.application_id,
        &NewEvent {
            at: now,
            actor_id: Some(&user.id),
            action: "join",
            from_state: None,
            to_state: None,
            detail: &serde_json::json!({ "email": inv.email }).to_string(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(inv.application_id)
}

/// Reads answers posted for a section (the API's JSON object).
pub fn answers_of(v: &Value) -> AppResult<Answers> {
    serde_json::from_value(v.clone()).map_err(|_| AppError::field("answers", "answers_invalid"))
}
