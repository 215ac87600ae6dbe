//! Saved searches and alerts. A signed-in user, or an anonymous visitor after double opt-in by
//! e-mail, saves a catalogue search or an eligibility profile (the wizard's answers). When a
//! matching scheme is published, or its deadline is seven days away, a mail goes out at once
//! or in a daily digest; every mail has a one-click unsubscribe link (RFC 8058 headers too),
//! and every saved search has an Atom feed of the schemes it matches.
//!
//! Nothing is sent twice: each (saved search, scheme, reason, occurrence) is recorded in
//! `alert_sent` before its mail goes (at most once: a failed delivery is logged, not retried).
//! [`on_published`] is called after a publication; [`run_due`], every few minutes by the
//! server, sends the deadline reminders, the daily digests, and the publication alerts a
//! crash may have lost.

pub mod due;
pub mod query;
mod text;

use std::collections::HashSet;
use std::net::IpAddr;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use jiff::Timestamp;
use passerelle_domain::scheme::Scheme;
use passerelle_domain::scheme::criteria::{self, Question, SchemeVerdict};
use passerelle_domain::scheme::vocab::SchemeStatus;
use passerelle_domain::scheme::window::WindowState;
use passerelle_domain::{Email, Locale};
use passerelle_store::repo::alerts::{self as repo, SavedSearchRow};
use sha2::Sha256;

use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::schemes::live::Snapshot;
use crate::schemes::{eligibility, search};
use crate::tokens::{hash, new_id, new_token};
use crate::{Actor, AppCtx, AppError, AppResult, FieldError, authz};
pub use due::{Frequency, Reason};
pub use query::Kind;

/// Most saved searches one address may have.
pub const MAX_PER_EMAIL: i64 = 20;
/// Longest title.
pub const MAX_TITLE: usize = 200;
/// Most entries in a feed.
pub const FEED_ENTRIES: usize = 100;

/// The key long-lived alert links (unsubscribe, feed) are derived from: each saved search's
/// token is an HMAC of its id, so mails sent months later carry the same link while the
/// database keeps only the token's hash. Changing the key voids the links already sent.
#[derive(Clone)]
pub struct LinkKey(Vec<u8>);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey(***)")
    }
}

impl LinkKey {
    /// A key from the configured secret.
    pub fn new(secret: &str) -> LinkKey {
        LinkKey(secret.as_bytes().to_vec())
    }

    /// The unsubscribe/feed token of a saved search.
    fn token(&self, saved_search_id: &str) -> AppResult<String> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("link key: {e}")))?;
        mac.update(b"passerelle:saved-search:");
        mac.update(saved_search_id.as_bytes());
        Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()))
    }
}

/// A "create an alert" form, as typed.
#[derive(Debug, Clone)]
pub struct SaveAlert {
    /// The page the alert watches: `/schemes?…` or `/eligibility?…`.
    pub source: String,
    /// Address (ignored when signed in: the account's is used).
    pub email: String,
    /// Title (a default is given when empty).
    pub title: String,
    /// `immediate` or `daily`.
    pub frequency: String,
    /// Language of the mails.
    pub locale: Locale,
}

/// What saving did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Active at once (signed in with a confirmed address).
    Active(String),
    /// A confirmation link was mailed; nothing fires before it is opened.
    ConfirmationSent,
}

/// A saved search as its owner sees it.
#[derive(Debug, Clone)]
pub struct AlertView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// What it watches.
    pub kind: Kind,
    /// How often mails go.
    pub frequency: Frequency,
    /// Where mails go.
    pub email: String,
    /// Whether alerts fire (address confirmed).
    pub confirmed: bool,
    /// The watched page (path and query).
    pub search_path: String,
    /// The Atom feed (absolute URL).
    pub feed_url: String,
    /// The one-click unsubscribe link (absolute URL).
    pub unsubscribe_url: String,
    /// Creation instant (epoch ms).
    pub created_at: i64,
}

/// An Atom feed of the schemes a saved search matches.
#[derive(Debug, Clone)]
pub struct Feed {
    /// Stable feed id (`urn:uuid:…`).
    pub id: String,
    /// Title.
    pub title: String,
    /// Language.
    pub locale: Locale,
    /// Latest change among the entries (or the saved search's creation).
    pub updated: Timestamp,
    /// This feed's URL.
    pub self_url: String,
    /// The watched page (absolute URL).
    pub alternate_url: String,
    /// Entries, newest publication first.
    pub entries: Vec<FeedEntry>,
}

/// One scheme in a feed.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    /// Stable entry id (the scheme's public URL).
    pub id: String,
    /// Title in the subscriber's language.
    pub title: String,
    /// Public page.
    pub url: String,
    /// Summary, with the deadline.
    pub summary: String,
    /// Last change.
    pub updated: Timestamp,
    /// First publication.
    pub published: Option<Timestamp>,
    /// Publishing authority.
    pub author: String,
}

/// What a periodic run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DueReport {
    /// Alert mails sent (immediate and digests).
    pub mails: usize,
    /// Alerts queued for a digest.
    pub queued: usize,
    /// Unconfirmed saved searches deleted (expired).
    pub purged: u64,
}

/// One alert for one saved search.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Event {
    slug: String,
    reason: Reason,
    /// 0 for a publication; the closing instant (epoch ms) for a deadline.
    occurrence: i64,
}

fn ts(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

fn locale_of(row: &SavedSearchRow) -> Locale {
    row.locale.parse().unwrap_or(Locale::DEFAULT)
}

fn kind_of(row: &SavedSearchRow) -> Kind {
    Kind::parse(&row.kind).unwrap_or(Kind::Search)
}

fn frequency_of(row: &SavedSearchRow) -> Frequency {
    Frequency::parse(&row.frequency).unwrap_or(Frequency::Immediate)
}

/// The links of a saved search.
struct Links {
    search: String,
    feed: String,
    unsubscribe: String,
}

fn links(ctx: &AppCtx, row: &SavedSearchRow) -> AppResult<Links> {
    let token = ctx.config.link_key.token(&row.id)?;
    let base = &ctx.config.base_url;
    Ok(Links {
        search: format!("{base}{}", kind_of(row).page_path(&row.query)),
        feed: format!("{base}/alerts/{token}/feed.atom"),
        unsubscribe: format!("{base}/alerts/unsubscribe?token={token}"),
    })
}

fn view(ctx: &AppCtx, row: &SavedSearchRow) -> AppResult<AlertView> {
    let l = links(ctx, row)?;
    Ok(AlertView {
        id: row.id.clone(),
        title: row.title.clone(),
        kind: kind_of(row),
        frequency: frequency_of(row),
        email: row.email.clone(),
        confirmed: row.confirmed_at.is_some(),
        search_path: kind_of(row).page_path(&row.query),
        feed_url: l.feed,
        unsubscribe_url: l.unsubscribe,
        created_at: row.created_at,
    })
}

/// Resolves the wizard's organisation picker into the answers it stands for, so that the
/// saved profile does not depend on the session that saved it.
async fn resolve_org(
    ctx: &AppCtx,
    actor: &Actor,
    org_id: &str,
    pairs: &mut Vec<(String, String)>,
) -> AppResult<()> {
    if actor.user.is_none() || org_id.is_empty() {
        return Ok(());
    }
    let orgs = crate::organisations::list_mine(ctx, actor).await?;
    let Some(o) = orgs.iter().find(|o| o.id == org_id) else {
        return Ok(());
    };
    let mut drop = vec!["country", "legal_form", "location", "category"];
    if o.sse_member {
        drop.push("ess");
    }
    pairs.retain(|(k, _)| !drop.contains(&k.as_str()));
    let mut push = |k: &str, v: &str| {
        if !v.is_empty() {
            pairs.push((k.to_owned(), v.to_owned()));
        }
    };
    push("country", &o.country);
    push("legal_form", o.legal_form.as_deref().unwrap_or(""));
    push("location", o.commune_id.as_deref().unwrap_or(""));
    push("category", &o.legal_category);
    if o.sse_member {
        push("ess", "yes");
    }
    Ok(())
}

/// How a saved search decides whether a scheme matches.
enum Matcher {
    Search(search::SearchParams),
    Eligibility(Box<Question>),
}

fn matcher(ctx: &AppCtx, kind: Kind, query: &str) -> AppResult<Matcher> {
    Ok(match kind {
        Kind::Search => {
            let p = query::search_params(query);
            search::parse(ctx, &p)?;
            Matcher::Search(p)
        }
        Kind::Eligibility => {
            let input = query::eligibility_input(ctx, query)?;
            let (q, _) = eligibility::parse(ctx, &input)?;
            Matcher::Eligibility(Box::new(q))
        }
    })
}

/// Eligible or not ruled out; a scheme not open yet is judged at its opening.
fn may_apply(s: &Scheme, q: &Question) -> bool {
    let verdict = match s.window.state_at(q.at) {
        WindowState::Upcoming { opens, .. } => {
            let mut later = q.clone();
            later.at = opens;
            criteria::verdict(s.rules(), &later)
        }
        _ => criteria::verdict(s.rules(), q),
    };
    matches!(verdict, SchemeVerdict::Eligible | SchemeVerdict::Unknown)
}

/// Slugs of the published schemes of `snap` the saved search matches, among `candidates`
/// (every published scheme when `None`).
fn matching(
    ctx: &AppCtx,
    locale: Locale,
    m: &Matcher,
    snap: &Snapshot,
    candidates: Option<&HashSet<String>>,
) -> AppResult<HashSet<String>> {
    let published = |slug: &str| {
        snap.get(slug)
            .is_some_and(|(_, meta)| meta.status == SchemeStatus::Published)
    };
    let wanted = |slug: &str| candidates.is_none_or(|c| c.contains(slug)) && published(slug);
    match m {
        Matcher::Search(p) => {
            // The search answers pages; walk them all (the page size is the largest).
            let mut p = p.clone();
            let mut out = HashSet::new();
            for _ in 0..10_000 {
                let page = search::search(ctx, locale, &p)?;
                out.extend(
                    page.hits
                        .iter()
                        .filter(|h| wanted(&h.slug))
                        .map(|h| h.slug.clone()),
                );
                if page.page >= page.pages() {
                    break;
                }
                p.page = Some(page.page + 1);
            }
            Ok(out)
        }
        Matcher::Eligibility(q) => Ok(snap
            .catalogue
            .schemes()
            .iter()
            .filter(|s| wanted(&s.slug) && may_apply(s, q))
            .map(|s| s.slug.clone())
            .collect()),
    }
}

fn query_invalid(e: AppError) -> AppError {
    match e {
        AppError::BadRequest(_) | AppError::Invalid(_) => {
            AppError::Invalid(vec![FieldError::new("source", "alert_query_invalid")])
        }
        other => other,
    }
}

/// Saves a search or an eligibility profile. Signed in with a confirmed address, it is
/// active at once; otherwise a single-use confirmation link is mailed (throttled per address
/// and per client IP) and nothing fires until it is opened.
#[tracing::instrument(skip_all)]
pub async fn save(
    ctx: &AppCtx,
    actor: &Actor,
    ip: Option<IpAddr>,
    cmd: SaveAlert,
) -> AppResult<Saved> {
    let mut errs = Vec::new();
    let source = query::split_source(&cmd.source);
    if source.is_none() {
        errs.push(FieldError::new("source", "alert_source_invalid"));
    }
    let frequency = Frequency::parse(cmd.frequency.trim());
    if frequency.is_none() {
        errs.push(FieldError::new("frequency", "value_unknown"));
    }
    let title = cmd.title.trim().to_owned();
    if title.chars().count() > MAX_TITLE {
        errs.push(FieldError::new("title", "too_long"));
    }
    let email = match &actor.user {
        Some(u) => Some(u.email.clone()),
        None => match Email::parse(&cmd.email) {
            Ok(e) => Some(e.as_str().to_owned()),
            Err(e) => {
                errs.push(FieldError::new("email", e.code()));
                None
            }
        },
    };
    let (Some((kind, mut pairs)), Some(frequency), Some(email), true) =
        (source, frequency, email, errs.is_empty())
    else {
        return Err(AppError::Invalid(errs));
    };
    if kind == Kind::Eligibility {
        let raw = cmd.source.split_once('?').map(|(_, q)| q).unwrap_or("");
        let org = query::pairs(raw)
            .into_iter()
            .find(|(k, _)| k == "org")
            .map(|(_, v)| v)
            .unwrap_or_default();
        resolve_org(ctx, actor, &org, &mut pairs).await?;
    }
    let query = query::encode(&pairs);
    matcher(ctx, kind, &query).map_err(query_invalid)?;
    let tr = Tr::new(cmd.locale);
    let title = if !title.is_empty() {
        title
    } else {
        match (
            kind,
            pairs.iter().find(|(k, v)| k == "q" && !v.trim().is_empty()),
        ) {
            (Kind::Search, Some((_, q))) => q.trim().chars().take(MAX_TITLE).collect(),
            (Kind::Search, None) => tr.t("alerts-default-title-search"),
            (Kind::Eligibility, _) => tr.t("alerts-default-title-eligibility"),
        }
    };
    let active = actor
        .user
        .as_ref()
        .is_some_and(|u| u.confirmed && u.email == email);
    if !active && !ctx.alert_limiter.check(&email, ip) {
        return Err(AppError::RateLimited);
    }
    let now = ctx.now_ms();
    let id = new_id();
    let confirm_token = (!active).then(new_token);
    let row = SavedSearchRow {
        token_hash: hash(&ctx.config.link_key.token(&id)?),
        id,
        user_id: actor.user_id().map(str::to_owned),
        email,
        kind: kind.as_str().to_owned(),
        query,
        title,
        locale: cmd.locale.as_str().to_owned(),
        frequency: frequency.as_str().to_owned(),
        confirmed_at: active.then_some(now),
        confirm_token_hash: confirm_token.as_deref().map(hash),
        created_at: now,
        last_digest_at: None,
    };
    let mut tx = ctx.db.begin().await?;
    if repo::count_for_email(&mut tx, &row.email).await? >= MAX_PER_EMAIL {
        return Err(AppError::field("source", "alerts_too_many"));
    }
    repo::insert(&mut tx, &row).await?;
    tx.commit().await?;
    let Some(token) = confirm_token else {
        return Ok(Saved::Active(row.id));
    };
    let link = format!("{}/alerts/confirm?token={token}", ctx.config.base_url);
    let search = format!("{}{}", ctx.config.base_url, kind.page_path(&row.query));
    let (subject, body) = text::confirmation(&tr, &row.title, &link, &search);
    crate::accounts::send(ctx, &row.email, subject, body).await;
    Ok(Saved::ConfirmationSent)
}

/// Confirms a saved search from the mailed link (single use, valid seven days).
#[tracing::instrument(skip_all)]
pub async fn confirm(ctx: &AppCtx, token: &str) -> AppResult<AlertView> {
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await?;
    let id = repo::confirm(&mut tx, &hash(token), now, now - due::CONFIRM_TTL_MS)
        .await?
        .ok_or(AppError::Conflict("token_invalid"))?;
    let row = repo::find_by_id(&mut tx, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    view(ctx, &row)
}

async fn by_token_row(ctx: &AppCtx, token: &str) -> AppResult<SavedSearchRow> {
    if token.is_empty() || token.len() > 200 {
        return Err(AppError::NotFound);
    }
    let mut c = ctx.db.conn().await?;
    repo::find_by_token_hash(&mut c, &hash(token))
        .await?
        .ok_or(AppError::NotFound)
}

/// The saved search behind an unsubscribe/feed token.
pub async fn by_token(ctx: &AppCtx, token: &str) -> AppResult<AlertView> {
    let row = by_token_row(ctx, token).await?;
    view(ctx, &row)
}

/// Unsubscribes by token (one click): the saved search and its history are deleted.
#[tracing::instrument(skip_all)]
pub async fn unsubscribe(ctx: &AppCtx, token: &str) -> AppResult<AlertView> {
    let row = by_token_row(ctx, token).await?;
    let v = view(ctx, &row)?;
    let mut c = ctx.db.conn().await?;
    repo::delete(&mut c, &row.id).await?;
    Ok(v)
}

/// The signed-in actor's saved searches: those saved signed in, and those saved for the
/// account's address once it is confirmed.
pub async fn list_mine(ctx: &AppCtx, actor: &Actor) -> AppResult<Vec<AlertView>> {
    let u = actor.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let email = if u.confirmed { u.email.as_str() } else { "" };
    let mut c = ctx.db.conn().await?;
    let rows = repo::list_for_owner(&mut c, &u.id, email).await?;
    rows.iter().map(|r| view(ctx, r)).collect()
}

/// Deletes one of the actor's saved searches.
#[tracing::instrument(skip_all)]
pub async fn delete_mine(ctx: &AppCtx, actor: &Actor, id: &str) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let row = repo::find_by_id(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    authz::saved_search(actor, row.user_id.as_deref(), &row.email)?;
    repo::delete(&mut tx, &row.id).await?;
    tx.commit().await?;
    Ok(())
}

/// The Atom feed of a confirmed saved search: the published schemes it matches now,
/// newest publication first.
pub async fn feed(ctx: &AppCtx, token: &str) -> AppResult<Feed> {
    let row = by_token_row(ctx, token).await?;
    if row.confirmed_at.is_none() {
        return Err(AppError::NotFound);
    }
    let locale = locale_of(&row);
    let tr = Tr::new(locale);
    let l = links(ctx, &row)?;
    let snap = ctx.catalogue.current();
    let m = matcher(ctx, kind_of(&row), &row.query)?;
    let slugs = matching(ctx, locale, &m, &snap, None)?;
    let now = ts(ctx.now_ms());
    let mut entries: Vec<(Option<i64>, FeedEntry)> = slugs
        .iter()
        .filter_map(|slug| {
            let (s, meta) = snap.get(slug)?;
            let url = format!("{}/schemes/{slug}", ctx.config.base_url);
            let deadline = s
                .window
                .next_closing(now)
                .map(|c| {
                    tr.ta(
                        "alerts-deadline",
                        &[("deadline", &text::deadline(&tr, c, &s.window.zone))],
                    )
                })
                .unwrap_or_else(|| tr.t("alerts-no-deadline"));
            Some((
                meta.published_at,
                FeedEntry {
                    id: url.clone(),
                    title: s.title.get(locale).to_owned(),
                    url,
                    summary: format!("{} {deadline}", s.summary.get(locale))
                        .trim()
                        .to_owned(),
                    updated: ts(meta.updated_at),
                    published: meta.published_at.map(ts),
                    author: meta.tenant_name.clone(),
                },
            ))
        })
        .collect();
    entries.sort_by(|(pa, a), (pb, b)| pb.cmp(pa).then_with(|| a.id.cmp(&b.id)));
    entries.truncate(FEED_ENTRIES);
    let updated = entries
        .iter()
        .map(|(_, e)| e.updated)
        .max()
        .unwrap_or(ts(row.created_at));
    Ok(Feed {
        id: format!("urn:uuid:{}", row.id),
        title: tr.ta("alerts-feed-title", &[("title", &row.title)]),
        locale,
        updated,
        self_url: l.feed,
        alternate_url: l.search,
        entries: entries.into_iter().map(|(_, e)| e).collect(),
    })
}

/// Records the events not recorded yet for a saved search, then mails them (immediate) or
/// queues them (daily). Returns (mails sent, alerts queued).
async fn deliver(
    ctx: &AppCtx,
    row: &SavedSearchRow,
    events: Vec<Event>,
) -> AppResult<(usize, usize)> {
    if events.is_empty() {
        return Ok((0, 0));
    }
    let frequency = frequency_of(row);
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await?;
    let mut fresh = Vec::new();
    for ev in events {
        if repo::claim(
            &mut tx,
            &row.id,
            &ev.slug,
            ev.reason.as_str(),
            ev.occurrence,
            now,
        )
        .await?
        {
            if frequency == Frequency::Daily {
                repo::queue(
                    &mut tx,
                    &row.id,
                    &ev.slug,
                    ev.reason.as_str(),
                    ev.occurrence,
                    now,
                )
                .await?;
            }
            fresh.push(ev);
        }
    }
    tx.commit().await?;
    match frequency {
        Frequency::Daily => Ok((0, fresh.len())),
        Frequency::Immediate => Ok((usize::from(send_alert(ctx, row, &fresh).await?), 0)),
    }
}

/// Mails the alerts of `events` still about public schemes; false when none is left.
async fn send_alert(ctx: &AppCtx, row: &SavedSearchRow, events: &[Event]) -> AppResult<bool> {
    let locale = locale_of(row);
    let tr = Tr::new(locale);
    let snap = ctx.catalogue.current();
    let now = ts(ctx.now_ms());
    let mut items: Vec<text::Item> = events
        .iter()
        .filter_map(|ev| {
            let (s, meta) = snap.get(&ev.slug)?;
            if meta.status != SchemeStatus::Published {
                return None;
            }
            let closes = match ev.reason {
                Reason::Deadline => Some(ts(ev.occurrence)),
                Reason::Published => s.window.next_closing(now),
            };
            Some(text::Item {
                reason: ev.reason,
                title: s.title.get(locale).to_owned(),
                url: format!("{}/schemes/{}", ctx.config.base_url, ev.slug),
                deadline: closes.map(|c| text::deadline(&tr, c, &s.window.zone)),
                closes,
            })
        })
        .collect();
    if items.is_empty() {
        return Ok(false);
    }
    items.sort_by(|a, b| {
        (a.reason, a.closes.is_none(), a.closes, &a.title).cmp(&(
            b.reason,
            b.closes.is_none(),
            b.closes,
            &b.title,
        ))
    });
    let l = links(ctx, row)?;
    let (subject, body) = text::alert(&tr, &row.title, &items, &l.search, &l.feed, &l.unsubscribe);
    let mail = OutgoingMail {
        to: row.email.clone(),
        subject,
        body,
        attachments: vec![],
    };
    let headers = [
        ("List-Unsubscribe", format!("<{}>", l.unsubscribe)),
        (
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click".to_owned(),
        ),
    ];
    if let Err(e) = ctx
        .mailer
        .send_with_headers(&ctx.config.mail_from, &mail, &headers)
        .await
    {
        tracing::error!(error = %format!("{e:#}"), saved_search = %row.id, "alert delivery failed");
        return Ok(false);
    }
    Ok(true)
}

/// After `slug` became published: alerts the confirmed saved searches it matches (a mail
/// now, or a line in the next digest). Returns how many saved searches matched anew.
#[tracing::instrument(skip(ctx))]
pub async fn on_published(ctx: &AppCtx, slug: &str) -> AppResult<usize> {
    let snap = ctx.catalogue.current();
    match snap.get(slug) {
        Some((_, meta)) if meta.status == SchemeStatus::Published => {}
        _ => return Ok(0),
    }
    let candidates: HashSet<String> = HashSet::from([slug.to_owned()]);
    let rows = {
        let mut c = ctx.db.conn().await?;
        repo::list_confirmed(&mut c).await?
    };
    let mut alerted = 0;
    for row in rows {
        let m = match matcher(ctx, kind_of(&row), &row.query) {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!(saved_search = %row.id, error = %e, "saved search no longer readable");
                continue;
            }
        };
        if !matching(ctx, locale_of(&row), &m, &snap, Some(&candidates))?.contains(slug) {
            continue;
        }
        let ev = Event {
            slug: slug.to_owned(),
            reason: Reason::Published,
            occurrence: 0,
        };
        match deliver(ctx, &row, vec![ev]).await {
            Ok((m, q)) => alerted += usize::from(m + q > 0),
            Err(e) => tracing::error!(saved_search = %row.id, error = %e, "alert failed"),
        }
    }
    Ok(alerted)
}

/// [`on_published`] for the use cases that publish: a failure is logged, never returned
/// (the publication itself succeeded; [`run_due`] catches up).
pub async fn after_publish(ctx: &AppCtx, slug: &str) {
    if let Err(e) = on_published(ctx, slug).await {
        tracing::error!(slug, error = %format!("{e:?}"), "publication alerts failed");
    }
}

/// The periodic work, at `now`: deadline reminders (open schemes closing within seven days),
/// publication alerts not sent yet (published in the last two days, after the saved search
/// was confirmed), daily digests due, and expired unconfirmed saved searches.
#[tracing::instrument(skip(ctx))]
pub async fn run_due(ctx: &AppCtx, now: i64) -> AppResult<DueReport> {
    let mut report = DueReport::default();
    {
        let mut c = ctx.db.conn().await?;
        report.purged = repo::purge_unconfirmed(&mut c, now - due::CONFIRM_TTL_MS).await?;
    }
    let snap = ctx.catalogue.current();
    let at = ts(now);
    // (slug, first publication) of recent publications; (slug, closing) of near deadlines.
    let mut published: Vec<(String, i64)> = Vec::new();
    let mut closing: Vec<(String, i64)> = Vec::new();
    for (s, meta) in snap.catalogue.schemes().iter().zip(&snap.meta) {
        if meta.status != SchemeStatus::Published {
            continue;
        }
        if let Some(p) = meta.published_at
            && p <= now
            && p >= now - due::CATCH_UP_MS
        {
            published.push((s.slug.clone(), p));
        }
        if let WindowState::Open {
            closes: Some(c), ..
        } = s.window.state_at(at)
        {
            let c = c.as_millisecond();
            if due::reminder_due(now, c, None) {
                closing.push((s.slug.clone(), c));
            }
        }
    }
    if !published.is_empty() || !closing.is_empty() {
        let candidates: HashSet<String> = published
            .iter()
            .chain(&closing)
            .map(|(s, _)| s.clone())
            .collect();
        let rows = {
            let mut c = ctx.db.conn().await?;
            repo::list_confirmed(&mut c).await?
        };
        for row in rows {
            match due_for(ctx, &row, &snap, &candidates, &published, &closing, now).await {
                Ok((m, q)) => {
                    report.mails += m;
                    report.queued += q;
                }
                Err(e) => {
                    tracing::warn!(saved_search = %row.id, error = %format!("{e:?}"), "alerts skipped")
                }
            }
        }
    }
    report.mails += flush_digests(ctx, now).await?;
    Ok(report)
}

async fn due_for(
    ctx: &AppCtx,
    row: &SavedSearchRow,
    snap: &Snapshot,
    candidates: &HashSet<String>,
    published: &[(String, i64)],
    closing: &[(String, i64)],
    now: i64,
) -> AppResult<(usize, usize)> {
    let confirmed_at = row.confirmed_at.unwrap_or(row.created_at);
    let m = matcher(ctx, kind_of(row), &row.query)?;
    let hits = matching(ctx, locale_of(row), &m, snap, Some(candidates))?;
    let mut events = Vec::new();
    for (slug, p) in published {
        if hits.contains(slug) && due::catch_up_due(now, *p, confirmed_at) {
            events.push(Event {
                slug: slug.clone(),
                reason: Reason::Published,
                occurrence: 0,
            });
        }
    }
    for (slug, c) in closing {
        if !hits.contains(slug) {
            continue;
        }
        let published_alert = {
            let mut conn = ctx.db.conn().await?;
            repo::sent_at(&mut conn, &row.id, slug, Reason::Published.as_str(), 0).await?
        };
        if due::reminder_due(now, *c, published_alert) {
            events.push(Event {
                slug: slug.clone(),
                reason: Reason::Deadline,
                occurrence: *c,
            });
        }
    }
    deliver(ctx, row, events).await
}

/// Sends the daily digests that are due; returns how many went.
async fn flush_digests(ctx: &AppCtx, now: i64) -> AppResult<usize> {
    let rows = {
        let mut c = ctx.db.conn().await?;
        repo::daily_with_pending(&mut c).await?
    };
    let mut sent = 0;
    for row in rows {
        if !due::digest_due(
            now,
            row.last_digest_at,
            row.confirmed_at.unwrap_or(row.created_at),
        ) {
            continue;
        }
        let mut tx = ctx.db.begin().await?;
        let pending = repo::take_pending(&mut tx, &row.id).await?;
        repo::set_last_digest(&mut tx, &row.id, now).await?;
        tx.commit().await?;
        let events: Vec<Event> = pending
            .into_iter()
            .filter_map(|p| {
                Some(Event {
                    reason: Reason::parse(&p.reason)?,
                    slug: p.scheme_slug,
                    occurrence: p.occurrence,
                })
            })
            .collect();
        if send_alert(ctx, &row, &events).await? {
            sent += 1;
        }
    }
    Ok(sent)
}
