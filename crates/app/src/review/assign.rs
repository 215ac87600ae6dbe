//! Assigning reviewers to a call's applications: k per application, each reviewer within their
//! load, no conflict ever, the total affinity maximised exactly (`passerelle_optimize`), with
//! officers' forced and forbidden pairs kept across re-runs and ranked alternates; a reviewer who
//! declines is replaced with the least disturbance.
//!
//! Affinity, in thousandths: 1 000 per theme of the application in the reviewer's expertise,
//! 300 when the reviewer knows the applicant's territory (its commune or an ancestor), 100 for
//! reading the application's language. A reviewer who does not read the application's
//! language (when they listed languages) is not assigned to it.

use std::collections::BTreeMap;

use passerelle_domain::application::State;
use passerelle_domain::application::facts::{self, Completeness};
use passerelle_domain::application::form::Form;
use passerelle_domain::scheme::vocab::Theme;
use passerelle_domain::{Locale, TerritoryId};
use passerelle_optimize::assignment::{self as solver, Pair, Problem, Score};
use passerelle_store::repo::applications::{self as app_repo, ApplicationRow};
use passerelle_store::repo::organisations;
use passerelle_store::repo::review::{self as repo, AssignmentRow};
use passerelle_store::repo::users;
use passerelle_store::{AsExec, repo::review::ReviewRow};

use super::conflicts::{ConflictIndex, parties};
use super::pool::{Reviewer, reviewer_of};
use super::settings::ReviewSettings;
use super::{call_for_staff, internal, settings};
use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::outbox::{self, QueuedOutgoing};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppCtx, AppError, AppResult};

/// What a run did, or why it could not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunOutcome {
    /// The assignment is recorded.
    Done(RunReport),
    /// The constraints contradict each other; nothing was changed.
    Infeasible(Infeasibility),
}

/// Why no assignment exists, in the officers' terms: a stable code (its message is
/// `assign-infeasible-<code>`), the applications (references) and reviewers (names) at fault,
/// and the two numbers that do not meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Infeasibility {
    /// Stable code.
    pub code: &'static str,
    /// References (or titles) of the applications at fault.
    pub applications: Vec<String>,
    /// Names of the reviewers at fault.
    pub reviewers: Vec<String>,
    /// What is needed.
    pub needed: u64,
    /// What is available.
    pub available: u64,
}

/// What a run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunReport {
    /// Applications assigned.
    pub applications: usize,
    /// Reviewers in the pool (active).
    pub reviewers: usize,
    /// Pairs assigned.
    pub pairs: usize,
    /// Total affinity of the assignment (thousandths).
    pub total_affinity: i64,
}

/// An application as the solver sees it.
pub(crate) struct Candidate {
    pub(crate) row: ApplicationRow,
    pub(crate) themes: Vec<Theme>,
    pub(crate) places: Vec<TerritoryId>,
    pub(crate) language: Option<Locale>,
    pub(crate) partners: Vec<String>,
    pub(crate) editors: Vec<String>,
}

/// The affinity of a reviewer for an application, or `None` when they cannot read it.
pub(crate) fn affinity(r: &Reviewer, c: &Candidate) -> Option<i64> {
    let reads = match c.language {
        Some(l) => r.languages.is_empty() || r.languages.contains(&l),
        None => true,
    };
    if !reads {
        return None;
    }
    let themes = c.themes.iter().filter(|t| r.expertise.contains(t)).count() as i64;
    let territory = c.places.iter().any(|p| r.territories.contains(p));
    let language = c.language.is_some_and(|l| r.languages.contains(&l));
    Some(1_000 * themes + if territory { 300 } else { 0 } + if language { 100 } else { 0 })
}

async fn candidates(
    ctx: &AppCtx,
    e: &mut impl passerelle_store::AsExec,
    scheme_id: &str,
    currency: passerelle_domain::Currency,
) -> AppResult<Vec<Candidate>> {
    let mut out = vec![];
    let mut forms: BTreeMap<i64, Form> = BTreeMap::new();
    for row in app_repo::list_for_scheme(e, scheme_id).await? {
        let state: State = row.state.parse().map_err(internal)?;
        if !matches!(
            state,
            State::Submitted | State::InReview | State::InfoRequested
        ) {
            continue;
        }
        if let std::collections::btree_map::Entry::Vacant(slot) = forms.entry(row.form_version) {
            let body = app_repo::form(e, scheme_id, row.form_version)
                .await?
                .ok_or_else(|| internal("form version missing"))?;
            slot.insert(serde_json::from_str(&body).map_err(internal)?);
        }
        let form = forms
            .get(&row.form_version)
            .ok_or_else(|| internal("form"))?;
        let answers = super::record_answers(&row)?;
        let themes = facts::project(form, &answers, currency, Completeness::Final)
            .themes
            .unwrap_or_default();
        let org = organisations::find(e, &row.organisation_id).await?;
        let places = org
            .as_ref()
            .and_then(|o| o.commune_id.as_deref())
            .and_then(|c| TerritoryId::parse(c).ok())
            .map(|id| {
                let mut v = vec![id.clone()];
                v.extend(
                    ctx.territories
                        .ancestors(&id)
                        .into_iter()
                        .map(|r| r.id.clone()),
                );
                v
            })
            .unwrap_or_default();
        let language = org.as_ref().and_then(|o| match o.country.as_str() {
            "FR" => Some(Locale::Fr),
            "PL" => Some(Locale::Pl),
            _ => None,
        });
        let (partners, editors) = parties(e, &row, form, &answers).await?;
        out.push(Candidate {
            row,
            themes,
            places,
            language,
            partners,
            editors,
        });
    }
    Ok(out)
}

/// Everything a solve needs, read in one transaction.
struct Built {
    scheme: SchemeRecord,
    settings: ReviewSettings,
    pool: Vec<Reviewer>,
    apps: Vec<Candidate>,
    problem: Problem,
    /// The current assignment (assigned rows), in the problem's indices.
    current: solver::Assignment,
}

impl Built {
    fn app(&self, id: &str) -> Option<usize> {
        self.apps.iter().position(|c| c.row.id == id)
    }

    fn reviewer(&self, id: &str) -> Option<usize> {
        self.pool.iter().position(|r| r.user_id == id)
    }

    fn score(&self, a: usize, r: usize) -> i64 {
        self.problem
            .affinity
            .iter()
            .find(|s| s.application == a && s.reviewer == r)
            .map_or(0, |s| s.score)
    }

    /// The solver's error in the officers' terms; `None` for a malformed problem (a bug).
    fn explain(&self, e: &solver::AssignError) -> Option<Infeasibility> {
        use solver::AssignError as E;
        let app = |a: &usize| {
            self.apps.get(*a).map_or_else(String::new, |c| {
                c.row
                    .reference
                    .clone()
                    .unwrap_or_else(|| c.row.title.clone())
            })
        };
        let rev = |r: &usize| {
            self.pool
                .get(*r)
                .map_or_else(String::new, |x| x.name.clone())
        };
        let n = |x: usize| x as u64;
        let it = |code, applications: Vec<String>, reviewers: Vec<String>, needed, available| {
            Some(Infeasibility {
                code,
                applications,
                reviewers,
                needed,
                available,
            })
        };
        match e {
            E::MinAboveMax { reviewer, min, max } => it(
                "min_above_max",
                vec![],
                vec![rev(reviewer)],
                u64::from(*min),
                u64::from(*max),
            ),
            E::ForcedAndForbidden {
                application,
                reviewer,
            } => it(
                "forced_and_forbidden",
                vec![app(application)],
                vec![rev(reviewer)],
                0,
                0,
            ),
            E::TooManyForced {
                application,
                forced,
                k,
            } => it(
                "too_many_forced",
                vec![app(application)],
                vec![],
                u64::from(*forced),
                u64::from(*k),
            ),
            E::ForcedOverMax {
                reviewer,
                forced,
                max,
            } => it(
                "forced_over_max",
                vec![],
                vec![rev(reviewer)],
                u64::from(*forced),
                u64::from(*max),
            ),
            E::TooFewCandidates {
                application,
                candidates,
                k,
            } => it(
                "too_few_candidates",
                vec![app(application)],
                vec![],
                u64::from(*k),
                n(*candidates),
            ),
            E::CapacityShort { capacity, slots } => {
                it("capacity_short", vec![], vec![], *slots, *capacity)
            }
            E::MinLoadsTooHigh { needed, slots } => {
                it("min_loads_too_high", vec![], vec![], *needed, *slots)
            }
            E::MinLoadUnreachable {
                reviewer,
                candidates,
                min,
            } => it(
                "min_load_unreachable",
                vec![],
                vec![rev(reviewer)],
                u64::from(*min),
                n(*candidates),
            ),
            E::ApplicationsShort {
                applications,
                needed,
                available,
            } => it(
                "applications_short",
                applications.iter().map(app).collect(),
                vec![],
                *needed,
                *available,
            ),
            E::MinLoadsShort {
                reviewers,
                needed,
                available,
            } => it(
                "min_loads_short",
                vec![],
                reviewers.iter().map(rev).collect(),
                *needed,
                *available,
            ),
            _ => None,
        }
    }
}

fn malformed(e: solver::AssignError) -> AppError {
    AppError::Internal(anyhow::anyhow!("assignment problem malformed: {e}"))
}

/// Reads the pool, the applications awaiting review, conflicts, pins, declines and reviews, and
/// builds the solver's problem. A pair whose review is begun is kept as if forced, so that a
/// re-run never takes work away from a reviewer.
async fn build(ctx: &AppCtx, e: &mut impl AsExec, scheme: SchemeRecord) -> AppResult<Built> {
    let s = settings::of(e, &scheme.id).await?;
    let mut pool: Vec<Reviewer> = vec![];
    for r in repo::reviewers(e, &scheme.tenant_id).await? {
        if !r.active {
            continue;
        }
        let u = users::find_by_id(e, &r.user_id).await?;
        let (name, email) = u.map(|u| (u.name, u.email)).unwrap_or_default();
        pool.push(reviewer_of(r, name, email)?);
    }
    let apps = candidates(ctx, e, &scheme.id, scheme.scheme.currency).await?;
    let ids: Vec<String> = pool.iter().map(|r| r.user_id.clone()).collect();
    let ix = ConflictIndex::load(e, &scheme.tenant_id, &ids).await?;
    let existing = repo::assignments(e, &scheme.id).await?;
    let begun: Vec<ReviewRow> = repo::reviews(e, &scheme.id).await?;
    let mut problem = Problem {
        applications: apps.len(),
        reviewers: pool.len(),
        k: s.per_application,
        min_load: pool.iter().map(|_| s.min_per_reviewer).collect(),
        max_load: pool
            .iter()
            .map(|r| r.capacity.min(s.max_per_reviewer))
            .collect(),
        affinity: vec![],
        allow_zero_score: true,
        forbidden: vec![],
        forced: vec![],
        alternates: s.alternates,
    };
    for (a, c) in apps.iter().enumerate() {
        for (r, rev) in pool.iter().enumerate() {
            let conflicted = ix
                .why(&rev.user_id, &c.row, &c.partners, &c.editors)
                .is_some();
            match affinity(rev, c) {
                Some(score) if !conflicted => problem.affinity.push(Score {
                    application: a,
                    reviewer: r,
                    score,
                }),
                _ => problem.forbidden.push(Pair {
                    application: a,
                    reviewer: r,
                }),
            }
        }
    }
    let mut built = Built {
        scheme,
        settings: s,
        current: solver::Assignment {
            reviewers: vec![vec![]; apps.len()],
            alternates: vec![vec![]; apps.len()],
            total_affinity: 0,
            loads: vec![0; pool.len()],
        },
        pool,
        apps,
        problem,
    };
    for x in &existing {
        let (Some(a), Some(r)) = (built.app(&x.application_id), built.reviewer(&x.user_id)) else {
            continue;
        };
        let pair = Pair {
            application: a,
            reviewer: r,
        };
        let forbidden = built.problem.forbidden.contains(&pair);
        let started = begun
            .iter()
            .any(|v| v.application_id == x.application_id && v.user_id == x.user_id);
        match (x.pin.as_deref(), x.status.as_str()) {
            (Some("forbidden"), _) | (_, "declined") if !forbidden => {
                built.problem.forbidden.push(pair);
            }
            (Some("forbidden"), _) | (_, "declined") => {}
            (Some("forced"), _) if !forbidden => built.problem.forced.push(pair),
            (_, "assigned") if started && !forbidden => built.problem.forced.push(pair),
            _ => {}
        }
        if x.status == "assigned" && !forbidden {
            built.current.reviewers[a].push(r);
            built.current.loads[r] += 1;
        }
    }
    Ok(built)
}

/// Records an assignment of `built`'s applications: their unpinned rows are replaced, pins and
/// declines stay. Returns the number of assigned pairs.
async fn write(
    e: &mut impl AsExec,
    now: i64,
    built: &Built,
    result: &solver::Assignment,
) -> AppResult<usize> {
    let mut pairs = 0;
    for (a, c) in built.apps.iter().enumerate() {
        repo::clear_unpinned_of(e, &c.row.id).await?;
        let rows = result.reviewers[a]
            .iter()
            .map(|&r| ("assigned", 0, r))
            .chain(
                result.alternates[a]
                    .iter()
                    .enumerate()
                    .map(|(i, &r)| ("alternate", i + 1, r)),
            );
        for (status, rank, r) in rows {
            let pair = Pair {
                application: a,
                reviewer: r,
            };
            let pinned = built.problem.forced.contains(&pair)
                && repo::assignment(e, &c.row.id, &built.pool[r].user_id)
                    .await?
                    .is_some_and(|x| x.pin.is_some());
            if status == "assigned" {
                pairs += 1;
            }
            repo::upsert_assignment(
                e,
                &AssignmentRow {
                    application_id: c.row.id.clone(),
                    user_id: built.pool[r].user_id.clone(),
                    status: status.into(),
                    rank: i64::try_from(rank).unwrap_or(i64::MAX),
                    pin: pinned.then(|| "forced".to_owned()),
                    affinity: built.score(a, r),
                    updated_at: now,
                },
            )
            .await?;
        }
    }
    Ok(pairs)
}

/// Runs the assignment of a call: forgets the solver's previous pairs of the applications
/// awaiting review (pins, declines and begun reviews stay), solves exactly, and records the
/// assigned pairs and alternates. Infeasible constraints change nothing and are explained.
#[tracing::instrument(skip_all)]
pub async fn run(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<RunOutcome> {
    let mut tx = ctx.db.begin().await?;
    let scheme = call_for_staff(&mut tx, actor, slug).await?;
    closed_guard(&mut tx, &scheme.id).await?;
    let built = build(ctx, &mut tx, scheme).await?;
    let result = match solver::solve(&built.problem) {
        Ok(r) => r,
        Err(e) => {
            return match built.explain(&e) {
                Some(why) => Ok(RunOutcome::Infeasible(why)),
                None => Err(malformed(e)),
            };
        }
    };
    let pairs = write(&mut tx, ctx.now_ms(), &built, &result).await?;
    tx.commit().await?;
    Ok(RunOutcome::Done(RunReport {
        applications: built.apps.len(),
        reviewers: built.pool.len(),
        pairs,
        total_affinity: result.total_affinity,
    }))
}

async fn closed_guard(e: &mut impl AsExec, scheme_id: &str) -> AppResult<()> {
    if repo::committee(e, scheme_id)
        .await?
        .is_some_and(|k| k.closed_at.is_some())
    {
        return Err(AppError::Conflict("committee_closed"));
    }
    Ok(())
}

/// Takes `user_id` off `application_id` and gives the application to someone else with the
/// least disturbance of everyone else's work (`passerelle_optimize::assignment::replace`); the
/// pair stays declined for later runs. Used when a reviewer declines and when a conflict is
/// declared. A reviewer who already sent the review cannot decline.
pub(crate) async fn withdraw(
    ctx: &AppCtx,
    e: &mut impl AsExec,
    scheme: SchemeRecord,
    application_id: &str,
    user_id: &str,
) -> AppResult<()> {
    if repo::review(e, application_id, user_id)
        .await?
        .is_some_and(|r| r.submitted_at.is_some())
    {
        return Err(AppError::Conflict("review_already_sent"));
    }
    let now = ctx.now_ms();
    let built = build(ctx, e, scheme).await?;
    let decline = AssignmentRow {
        application_id: application_id.to_owned(),
        user_id: user_id.to_owned(),
        status: "declined".into(),
        rank: 0,
        pin: None,
        affinity: 0,
        updated_at: now,
    };
    let (Some(a), Some(r)) = (built.app(application_id), built.reviewer(user_id)) else {
        // Not awaiting review any more, or the reviewer left the pool: nothing to rebalance.
        repo::upsert_assignment(e, &decline).await?;
        return Ok(());
    };
    let pair = Pair {
        application: a,
        reviewer: r,
    };
    // A conflict makes the pair forbidden already; `replace` wants it only as the declined one.
    let mut problem = built.problem.clone();
    problem.forbidden.retain(|p| *p != pair);
    problem.forced.retain(|p| *p != pair);
    let mut current = built.current.clone();
    if !current.reviewers[a].contains(&r) {
        current.reviewers[a].push(r);
        current.loads[r] += 1;
    }
    match solver::replace(&problem, &current, pair) {
        Ok(rep) => {
            repo::upsert_assignment(e, &decline).await?;
            let mut after = Built { problem, ..built };
            after.problem.forbidden.push(pair);
            write(e, now, &after, &rep.assignment).await?;
        }
        Err(err) => {
            // Nobody can take the place: the pair is still released, and officers see the
            // application short of reviewers on the assignment page.
            tracing::warn!(error = %err, "no replacement for a declined review");
            repo::upsert_assignment(e, &decline).await?;
        }
    }
    Ok(())
}

/// A reviewer declines an application assigned to them.
#[tracing::instrument(skip_all)]
pub async fn decline(ctx: &AppCtx, actor: &Actor, application_id: &str) -> AppResult<()> {
    let uid = actor.user_id().ok_or(AppError::Unauthenticated)?.to_owned();
    let mut tx = ctx.db.begin().await?;
    // The same gate as reading it: assigned, and never in conflict.
    super::scoring::load_for_reviewer(&mut tx, actor, application_id).await?;
    if repo::assignment(&mut tx, application_id, &uid)
        .await?
        .is_some_and(|a| a.pin.as_deref() == Some("forced"))
    {
        return Err(AppError::Conflict("assignment_forced"));
    }
    let app = app_repo::find(&mut tx, application_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = crate::applications::scheme_by_id(&mut tx, &app.scheme_id).await?;
    closed_guard(&mut tx, &scheme.id).await?;
    withdraw(ctx, &mut tx, scheme, application_id, &uid).await?;
    tx.commit().await?;
    Ok(())
}

/// Pins a pair for later runs: `forced` (always assigned), `forbidden` (never), or `None`
/// to let the solver decide again.
#[tracing::instrument(skip_all)]
pub async fn pin(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    application_id: &str,
    user_id: &str,
    pin: Option<&str>,
) -> AppResult<()> {
    if pin.is_some_and(|p| p != "forced" && p != "forbidden") {
        return Err(AppError::field("pin", "value_unknown"));
    }
    let mut tx = ctx.db.begin().await?;
    let scheme = call_for_staff(&mut tx, actor, slug).await?;
    closed_guard(&mut tx, &scheme.id).await?;
    let app = app_repo::find(&mut tx, application_id)
        .await?
        .filter(|a| a.scheme_id == scheme.id)
        .ok_or(AppError::NotFound)?;
    if !repo::reviewers(&mut tx, &scheme.tenant_id)
        .await?
        .iter()
        .any(|r| r.user_id == user_id)
    {
        return Err(AppError::field("user_id", "reviewer_unknown"));
    }
    let current = repo::assignment(&mut tx, &app.id, user_id).await?;
    match (pin, current) {
        (None, Some(c)) if c.status != "assigned" => {
            repo::delete_assignment(&mut tx, &app.id, user_id).await?;
        }
        (None, Some(mut c)) => {
            c.pin = None;
            c.updated_at = ctx.now_ms();
            repo::upsert_assignment(&mut tx, &c).await?;
        }
        (None, None) => {}
        (Some(p), current) => {
            let status = if p == "forced" {
                "assigned"
            } else {
                "forbidden"
            };
            repo::upsert_assignment(
                &mut tx,
                &AssignmentRow {
                    application_id: app.id.clone(),
                    user_id: user_id.to_owned(),
                    status: status.into(),
                    rank: 0,
                    pin: Some(p.to_owned()),
                    affinity: current.map_or(0, |c| c.affinity),
                    updated_at: ctx.now_ms(),
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// One reviewer on one application, as officers follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    /// Reviewer's account.
    pub user_id: String,
    /// Reviewer's name.
    pub name: String,
    /// `assigned`, `alternate`, `declined`, `forbidden`.
    pub status: String,
    /// Officer's pin.
    pub pin: Option<String>,
    /// Affinity (thousandths).
    pub affinity: i64,
    /// `to_do`, `draft`, `sent` (assigned seats only).
    pub progress: &'static str,
}

/// An application and its reviewers.
#[derive(Debug, Clone)]
pub struct AppLine {
    /// Application id.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// Project title.
    pub title: String,
    /// Its seats, assigned first.
    pub seats: Vec<Seat>,
    /// Reviews sent.
    pub sent: usize,
}

/// A reviewer's load on the call.
#[derive(Debug, Clone)]
pub struct LoadLine {
    /// The reviewer.
    pub reviewer: Reviewer,
    /// Applications assigned.
    pub assigned: usize,
    /// Reviews sent.
    pub sent: usize,
    /// Their ceiling on this call.
    pub ceiling: u32,
}

/// What officers see of a call's assignment.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The call.
    pub scheme: SchemeRecord,
    /// Its settings.
    pub settings: ReviewSettings,
    /// Applications awaiting review.
    pub applications: Vec<AppLine>,
    /// Reviewers in the pool, active ones.
    pub reviewers: Vec<LoadLine>,
    /// Whether the committee has closed.
    pub closed: bool,
}

/// The call's assignment with progress per application and per reviewer.
#[tracing::instrument(skip_all)]
pub async fn overview(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<Overview> {
    let mut conn = ctx.db.conn().await?;
    let scheme = call_for_staff(&mut conn, actor, slug).await?;
    let closed = repo::committee(&mut conn, &scheme.id)
        .await?
        .is_some_and(|k| k.closed_at.is_some());
    let built = build(ctx, &mut conn, scheme).await?;
    let rows = repo::assignments(&mut conn, &built.scheme.id).await?;
    let reviews = repo::reviews(&mut conn, &built.scheme.id).await?;
    let progress = |a: &str, u: &str| match reviews
        .iter()
        .find(|v| v.application_id == a && v.user_id == u)
    {
        None => "to_do",
        Some(v) if v.submitted_at.is_none() => "draft",
        Some(_) => "sent",
    };
    let mut applications = vec![];
    for c in &built.apps {
        let mut seats: Vec<Seat> = rows
            .iter()
            .filter(|x| x.application_id == c.row.id)
            .map(|x| Seat {
                name: built
                    .pool
                    .iter()
                    .find(|r| r.user_id == x.user_id)
                    .map_or_else(|| x.user_id.clone(), |r| r.name.clone()),
                user_id: x.user_id.clone(),
                status: x.status.clone(),
                pin: x.pin.clone(),
                affinity: x.affinity,
                progress: progress(&c.row.id, &x.user_id),
            })
            .collect();
        let order = |s: &str| match s {
            "assigned" => 0,
            "alternate" => 1,
            "declined" => 2,
            _ => 3,
        };
        seats.sort_by_key(|s| (order(&s.status), std::cmp::Reverse(s.affinity)));
        applications.push(AppLine {
            id: c.row.id.clone(),
            reference: c.row.reference.clone().unwrap_or_default(),
            title: c.row.title.clone(),
            sent: seats
                .iter()
                .filter(|s| s.status == "assigned" && s.progress == "sent")
                .count(),
            seats,
        });
    }
    let reviewers = built
        .pool
        .iter()
        .map(|r| {
            let mine = rows
                .iter()
                .filter(|x| x.user_id == r.user_id && x.status == "assigned");
            LoadLine {
                assigned: mine.clone().count(),
                sent: mine
                    .filter(|x| progress(&x.application_id, &x.user_id) == "sent")
                    .count(),
                ceiling: r.capacity.min(built.settings.max_per_reviewer),
                reviewer: r.clone(),
            }
        })
        .collect();
    Ok(Overview {
        scheme: built.scheme,
        settings: built.settings,
        applications,
        reviewers,
        closed,
    })
}

/// Mails every reviewer of the call who has reviews still to send, with how many and where.
/// Returns the number of reviewers reminded.
#[tracing::instrument(skip_all)]
pub async fn remind(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<usize> {
    let o = overview(ctx, actor, slug).await?;
    let mut tx = ctx.db.begin().await?;
    let now = ctx.now_ms();
    let link = format!("{}/reviews", ctx.config.base_url);
    let mut n = 0;
    for l in o.reviewers.iter().filter(|l| l.sent < l.assigned) {
        let locale = match users::find_by_id(&mut tx, &l.reviewer.user_id).await? {
            Some(u) => u
                .locale
                .parse()
                .unwrap_or(passerelle_domain::Locale::DEFAULT),
            None => continue,
        };
        let tr = Tr::new(locale);
        let title = crate::applications::scheme_title(&o.scheme.scheme, locale);
        let left = (l.assigned - l.sent).to_string();
        outbox::enqueue(
            &mut tx,
            now,
            &QueuedOutgoing {
                mail: OutgoingMail {
                    to: l.reviewer.email.clone(),
                    subject: tr.ta("mail-review-reminder-subject", &[("scheme", &title)]),
                    body: tr.ta(
                        "mail-review-reminder-body",
                        &[("scheme", &title), ("left", &left), ("link", &link)],
                    ),
                    attachments: vec![],
                },
                headers: vec![("Auto-Submitted".into(), "auto-generated".into())],
                attach: None,
            },
        )
        .await?;
        n += 1;
    }
    tx.commit().await?;
    ctx.mail_wakeup.notify();
    Ok(n)
}
