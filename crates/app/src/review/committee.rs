//! The selection committee of a call: its rules (envelope, per-project ceiling, minimum viable
//! share, quotas, objective and the score it weighs), the exact allocation of the envelope beside
//! the greedy "fund down the ranking" one (`passerelle_optimize::allocation`), the committee's
//! decisions (fixed amounts the allocation then respects), and closing, which locks the
//! decisions, moves every application to accepted or rejected, sends the notification letters
//! and publishes the list of funded projects.

use passerelle_domain::TerritoryId;
use passerelle_domain::application::{By, Event, State};
use passerelle_domain::scheme::vocab::Theme;
use passerelle_optimize::allocation::{self as alloc, AllocError, Allocation, Difference};
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as app_repo, NewEvent};
use passerelle_store::repo::review::{self as repo, CommitteeRow, DecisionRow};
use serde::{Deserialize, Serialize};

use super::ranking::{self, RankLine, Ranking};
use super::{call_for_staff, internal};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// Largest envelope accepted, in minor units (10^13 = 100 billion in euros or złoty).
pub const MAX_ENVELOPE: i64 = 10_000_000_000_000;
/// Branch-and-bound nodes a committee's recompute may explore (well under a second on the
/// calls measured by `bench/allocation`).
pub const NODE_LIMIT: u64 = 200_000;
/// Most quotas on one call.
pub const MAX_QUOTAS: usize = 20;

/// Which projects a quota counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Projects whose organisation lies inside a territory.
    Inside(TerritoryId),
    /// Projects whose organisation lies outside a territory (e.g. outside the prefecture).
    Outside(TerritoryId),
    /// Projects with a theme.
    Theme(Theme),
}

impl Target {
    /// Parses `inside:<territory>`, `outside:<territory>` or `theme:<code>`.
    pub fn parse(s: &str) -> Option<Target> {
        let (kind, rest) = s.split_once(':')?;
        match kind {
            "inside" => TerritoryId::parse(rest).ok().map(Target::Inside),
            "outside" => TerritoryId::parse(rest).ok().map(Target::Outside),
            "theme" => rest.parse().ok().map(Target::Theme),
            _ => None,
        }
    }

    /// The stored form, also the solver's tag.
    pub fn code(&self) -> String {
        match self {
            Target::Inside(t) => format!("inside:{t}"),
            Target::Outside(t) => format!("outside:{t}"),
            Target::Theme(t) => format!("theme:{}", t.as_str()),
        }
    }

    /// Whether a ranked application is counted.
    pub fn matches(&self, l: &RankLine) -> bool {
        match self {
            Target::Inside(t) => l.places.contains(t),
            // An organisation without a known place is not known to be outside.
            Target::Outside(t) => !l.places.is_empty() && !l.places.contains(t),
            Target::Theme(t) => l.themes.contains(t),
        }
    }
}

/// The kinds of limit a quota sets.
pub const LIMITS: [&str; 6] = [
    "min_share",
    "max_share",
    "min_amount",
    "max_amount",
    "min_projects",
    "max_projects",
];

/// One quota as the committee writes it: `value` is in basis points (hundredths of a percent)
/// for shares, minor units for amounts, a count for projects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaSpec {
    /// [`Target::code`].
    pub target: String,
    /// One of [`LIMITS`].
    pub limit: String,
    /// The bound.
    pub value: i64,
}

impl QuotaSpec {
    fn to_solver(&self) -> Option<alloc::Quota> {
        let tag = Target::parse(&self.target)?.code();
        let bp = || u32::try_from(self.value).ok().filter(|v| *v <= 10_000);
        let n = || u32::try_from(self.value).ok();
        Some(match self.limit.as_str() {
            "min_share" => alloc::Quota::MinShare {
                tag,
                basis_points: bp()?,
            },
            "max_share" => alloc::Quota::MaxShare {
                tag,
                basis_points: bp()?,
            },
            "min_amount" => alloc::Quota::MinAmount {
                tag,
                amount: self.value,
            },
            "max_amount" => alloc::Quota::MaxAmount {
                tag,
                amount: self.value,
            },
            "min_projects" => alloc::Quota::MinProjects { tag, n: n()? },
            "max_projects" => alloc::Quota::MaxProjects { tag, n: n()? },
            _ => return None,
        })
    }
}

/// What the committee allocates with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// The envelope, minor units.
    pub envelope: i64,
    /// The per-project ceiling, minor units.
    pub cap: Option<i64>,
    /// Default minimum viable share of a request when the call allows partial funding, in basis
    /// points (a committee may set a project's own minimum).
    pub minimum_share_bp: u32,
    /// Quotas.
    pub quotas: Vec<QuotaSpec>,
    /// `value` (score-weighted funded value) or `projects` (most projects, then value).
    pub objective: String,
    /// `corrected` or `raw`: which score the allocation weighs.
    pub score: String,
    /// Version read (0 when never saved).
    pub version: i64,
}

/// The part of the rules kept as JSON in the committee row.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Stored {
    quotas: Vec<QuotaSpec>,
    score: String,
    minimum_share_bp: u32,
}

impl Rules {
    /// The rules before the committee saves any: the call's published envelope and its
    /// eligibility ceiling, half the request as the minimum viable share.
    pub fn defaults(scheme: &SchemeRecord) -> Rules {
        Rules {
            envelope: scheme.scheme.envelope.map_or(0, |m| m.minor),
            cap: ranking::ceiling_of(&scheme.scheme.criteria),
            minimum_share_bp: 5_000,
            quotas: vec![],
            objective: "value".into(),
            score: "corrected".into(),
            version: 0,
        }
    }

    fn of(row: &CommitteeRow) -> AppResult<Rules> {
        let s: Stored = serde_json::from_str(&row.quotas).map_err(internal)?;
        Ok(Rules {
            envelope: row.envelope_minor,
            cap: row.cap_minor,
            minimum_share_bp: s.minimum_share_bp,
            quotas: s.quotas,
            objective: row.objective.clone(),
            score: s.score,
            version: row.version,
        })
    }

    /// Checks the rules; each problem names its field.
    pub fn check(&self) -> Vec<FieldError> {
        let mut out = vec![];
        if !(0..=MAX_ENVELOPE).contains(&self.envelope) {
            out.push(FieldError::new("envelope", "amount_invalid"));
        }
        if self.cap.is_some_and(|c| !(1..=MAX_ENVELOPE).contains(&c)) {
            out.push(FieldError::new("cap", "amount_invalid"));
        }
        if self.minimum_share_bp > 10_000 {
            out.push(FieldError::new("minimum_share", "number_outside"));
        }
        if !matches!(self.objective.as_str(), "value" | "projects") {
            out.push(FieldError::new("objective", "value_unknown"));
        }
        if !matches!(self.score.as_str(), "corrected" | "raw") {
            out.push(FieldError::new("score", "value_unknown"));
        }
        if self.quotas.len() > MAX_QUOTAS {
            out.push(FieldError::new("quotas", "too_many"));
        }
        for (i, q) in self.quotas.iter().enumerate() {
            if Target::parse(&q.target).is_none() {
                out.push(FieldError::new(
                    format!("q.{i}.target"),
                    "quota_target_invalid",
                ));
            } else if !LIMITS.contains(&q.limit.as_str()) {
                out.push(FieldError::new(format!("q.{i}.limit"), "value_unknown"));
            } else if q.to_solver().is_none() || q.value < 0 || q.value > MAX_ENVELOPE {
                out.push(FieldError::new(format!("q.{i}.value"), "number_outside"));
            }
        }
        out
    }

    fn objective(&self) -> alloc::Objective {
        match self.objective.as_str() {
            "projects" => alloc::Objective::ProjectsFunded,
            _ => alloc::Objective::ScoreWeightedValue,
        }
    }
}

/// One application before the committee.
#[derive(Debug, Clone)]
pub struct Line {
    /// Its ranking entry.
    pub rank: RankLine,
    /// The score the allocation weighs, thousandths of a point (0 when unreviewed).
    pub score: i64,
    /// Smallest amount it may be granted when funded.
    pub minimum: i64,
    /// Largest amount it may be granted: `min(requested, cap)`.
    pub ceiling: i64,
    /// The committee's decision or minimum, if any.
    pub decision: Option<DecisionRow>,
    /// Why it is left out of the allocation (`not_eligible`), unless decided.
    pub excluded: Option<&'static str>,
    /// Its amount in the optimal allocation.
    pub optimal: Option<i64>,
    /// Its amount in the greedy allocation.
    pub greedy: Option<i64>,
}

impl Line {
    /// The amount decided, if decided.
    pub fn decided(&self) -> Option<i64> {
        self.decision
            .as_ref()
            .filter(|d| d.decided)
            .map(|d| d.amount_minor)
    }
}

/// Why the allocation could not be computed, in the committee's terms (message
/// `committee-problem-<code>`), with the application or quota concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Stable code.
    pub code: &'static str,
    /// The application's reference, when one is at fault.
    pub application: Option<String>,
    /// The quota's number (1-based), when one is at fault.
    pub quota: Option<usize>,
    /// Amounts concerned (minor units), when any.
    pub amounts: Option<(i64, i64)>,
}

/// The committee's whole board.
#[derive(Debug, Clone)]
pub struct Board {
    /// The ranking (scheme, settings, severities).
    pub ranking: Ranking,
    /// The rules the allocation was computed with.
    pub rules: Rules,
    /// Applications, in ranking order.
    pub lines: Vec<Line>,
    /// The exact allocation.
    pub optimal: Option<Allocation>,
    /// The greedy allocation.
    pub greedy: Option<Allocation>,
    /// How the optimum beats the greedy rule.
    pub difference: Option<Difference>,
    /// Why no allocation was computed.
    pub problem: Option<Problem>,
    /// When the committee closed.
    pub closed_at: Option<i64>,
    /// Decided amounts: how many, and their sum.
    pub decided: (usize, i64),
}

fn share(requested: i64, bp: u32) -> i64 {
    // Rounded up to the minor unit: a minimum is never below the share.
    let n = i128::from(requested) * i128::from(bp);
    i64::try_from((n + 9_999) / 10_000).unwrap_or(i64::MAX)
}

/// The lines of a ranking under `rules`: scores, ceilings and minimums, decisions.
fn lines_of(ranking: &Ranking, rules: &Rules, decisions: &[DecisionRow]) -> Vec<Line> {
    let partial = ranking.settings.partial_funding;
    ranking
        .lines
        .iter()
        .map(|r| {
            let decision = decisions.iter().find(|d| d.application_id == r.id).cloned();
            let points = if rules.score == "raw" {
                r.raw
            } else {
                r.corrected
            };
            let ceiling = rules.cap.map_or(r.requested, |c| r.requested.min(c)).max(0);
            let minimum = match (&decision, partial) {
                (
                    Some(DecisionRow {
                        minimum_minor: Some(m),
                        ..
                    }),
                    true,
                ) => *m,
                (_, true) => share(r.requested, rules.minimum_share_bp),
                (_, false) => r.requested,
            };
            Line {
                score: points.map_or(0, |p| (p * 1000.0).round() as i64),
                minimum: minimum.max(1),
                ceiling,
                excluded: (r.eligibility.as_deref() == Some("not_eligible"))
                    .then_some("not_eligible"),
                decision,
                optimal: None,
                greedy: None,
                rank: r.clone(),
            }
        })
        .collect()
}

fn solve(board: &mut Board) {
    let projects: Vec<alloc::Project> = board
        .lines
        .iter()
        .map(|l| alloc::Project {
            score: l.score,
            requested: l.rank.requested.max(0),
            minimum: l.minimum.min(l.rank.requested.max(0)),
            tags: board
                .rules
                .quotas
                .iter()
                .filter_map(|q| Target::parse(&q.target))
                .filter(|t| t.matches(&l.rank))
                .map(|t| t.code())
                .collect(),
            fixed: l.decided().or(l.excluded.map(|_| 0)),
        })
        .collect();
    let rules = alloc::Rules {
        envelope: board.rules.envelope,
        cap: board.rules.cap,
        quotas: board
            .rules
            .quotas
            .iter()
            .filter_map(QuotaSpec::to_solver)
            .collect(),
    };
    let reference = |i: usize| board.lines.get(i).map(|l| l.rank.reference.clone());
    let problem = |e: AllocError| -> Problem {
        let (code, application, quota, amounts) = match e {
            AllocError::InvalidProject { project, .. } => {
                ("decision_outside", reference(project), None, None)
            }
            AllocError::InvalidRules { .. } => ("rules_invalid", None, None, None),
            AllocError::InvalidQuota { quota, .. } => {
                ("quota_invalid", None, Some(quota + 1), None)
            }
            AllocError::FixedExceedEnvelope { fixed, envelope } => {
                ("fixed_exceed_envelope", None, None, Some((fixed, envelope)))
            }
            AllocError::QuotaInfeasible { quota, .. } => {
                ("quota_infeasible", None, Some(quota + 1), None)
            }
            AllocError::Limit { .. } => ("search_limit", None, None, None),
        };
        Problem {
            code,
            application,
            quota,
            amounts,
        }
    };
    // A page recomputes on every change: a bounded search answers "too long" rather than hang.
    let optimal = alloc::optimal_with(
        &projects,
        &rules,
        board.rules.objective(),
        alloc::Options {
            node_limit: NODE_LIMIT,
        },
    );
    let greedy = alloc::greedy(&projects, &rules);
    match (optimal, greedy) {
        (Ok(o), Ok(g)) => {
            for (i, l) in board.lines.iter_mut().enumerate() {
                l.optimal = o.amounts.get(i).copied();
                l.greedy = g.amounts.get(i).copied();
            }
            board.difference = Some(alloc::compare(&o, &g));
            board.optimal = Some(o);
            board.greedy = Some(g);
        }
        (Err(e), _) | (_, Err(e)) => board.problem = Some(problem(e)),
    }
}

async fn assemble(
    ctx: &AppCtx,
    e: &mut impl AsExec,
    scheme: SchemeRecord,
    rules: Option<Rules>,
) -> AppResult<Board> {
    let row = repo::committee(e, &scheme.id).await?;
    let saved = match &row {
        Some(r) => Rules::of(r)?,
        None => Rules::defaults(&scheme),
    };
    let rules = rules.map_or(saved.clone(), |r| Rules {
        version: saved.version,
        ..r
    });
    let decisions = repo::decisions(e, &scheme.id).await?;
    let ranking = ranking::compute(ctx, e, scheme).await?;
    let lines = lines_of(&ranking, &rules, &decisions);
    let decided = lines
        .iter()
        .filter_map(Line::decided)
        .fold((0, 0), |(n, s), a| (n + 1, s + a));
    let mut board = Board {
        ranking,
        rules,
        lines,
        optimal: None,
        greedy: None,
        difference: None,
        problem: None,
        closed_at: row.and_then(|r| r.closed_at),
        decided,
    };
    solve(&mut board);
    Ok(board)
}

/// The committee's board with its saved rules.
#[tracing::instrument(skip_all)]
pub async fn board(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<Board> {
    let mut conn = ctx.db.conn().await?;
    let scheme = call_for_staff(&mut conn, actor, slug).await?;
    assemble(ctx, &mut conn, scheme, None).await
}

/// The board under rules the committee is trying, without saving them (the live recompute).
#[tracing::instrument(skip_all)]
pub async fn preview(ctx: &AppCtx, actor: &Actor, slug: &str, rules: &Rules) -> AppResult<Board> {
    let problems = rules.check();
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let mut conn = ctx.db.conn().await?;
    let scheme = call_for_staff(&mut conn, actor, slug).await?;
    assemble(ctx, &mut conn, scheme, Some(rules.clone())).await
}

async fn open_committee(
    e: &mut impl AsExec,
    actor: &Actor,
    slug: &str,
) -> AppResult<(SchemeRecord, Option<CommitteeRow>)> {
    let scheme = call_for_staff(e, actor, slug).await?;
    let row = repo::committee(e, &scheme.id).await?;
    if row.as_ref().is_some_and(|r| r.closed_at.is_some()) {
        return Err(AppError::Conflict("committee_closed"));
    }
    Ok((scheme, row))
}

/// Saves the rules read at `rules.version`; returns the new version. A stale version or a closed
/// committee is refused.
#[tracing::instrument(skip_all)]
pub async fn save_rules(ctx: &AppCtx, actor: &Actor, slug: &str, rules: &Rules) -> AppResult<i64> {
    let problems = rules.check();
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let mut tx = ctx.db.begin().await?;
    let (scheme, _) = open_committee(&mut tx, actor, slug).await?;
    let stored = Stored {
        quotas: rules.quotas.clone(),
        score: rules.score.clone(),
        minimum_share_bp: rules.minimum_share_bp,
    };
    let row = CommitteeRow {
        scheme_id: scheme.id.clone(),
        envelope_minor: rules.envelope,
        cap_minor: rules.cap,
        quotas: serde_json::to_string(&stored).map_err(internal)?,
        objective: rules.objective.clone(),
        closed_at: None,
        closed_by: None,
        version: rules.version + 1,
        updated_at: ctx.now_ms(),
    };
    if !repo::save_committee(&mut tx, &row, rules.version).await? {
        return Err(AppError::Conflict("version_conflict"));
    }
    tx.commit().await?;
    Ok(rules.version + 1)
}

/// What the committee sets on one application.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionInput {
    /// The amount granted (0 = not funded); `None` leaves it to the allocation.
    pub amount: Option<i64>,
    /// The minimum viable amount (partial funding only); `None` = the default share.
    pub minimum: Option<i64>,
    /// The committee's note (kept with the decision, shown to officers).
    pub note: String,
}

/// Checks a decision against the line it concerns.
pub fn check_decision(line: &Line, partial: bool, d: &DecisionInput) -> Vec<FieldError> {
    let mut out = vec![];
    if d.note.chars().count() > 2000 {
        out.push(FieldError::new("note", "too_long"));
    }
    let minimum = match d.minimum {
        Some(_) if !partial => {
            out.push(FieldError::new("minimum", "partial_not_allowed"));
            line.minimum
        }
        Some(m) if m < 1 || m > line.ceiling => {
            out.push(FieldError::new("minimum", "minimum_outside"));
            line.minimum
        }
        Some(m) => m,
        None if partial => line.minimum,
        None => line.rank.requested,
    };
    if let Some(a) = d.amount {
        let ok = a == 0 || (minimum..=line.ceiling).contains(&a) && (partial || a == line.ceiling);
        if !ok {
            out.push(FieldError::new("amount", "amount_outside"));
        }
    }
    out
}

/// Records the committee's decision (or minimum, or note) on one application; with nothing
/// set, forgets it. Returns nothing; the board is read again.
#[tracing::instrument(skip_all)]
pub async fn decide(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    application_id: &str,
    d: &DecisionInput,
) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let (scheme, _) = open_committee(&mut tx, actor, slug).await?;
    let partial = super::settings::of(&mut tx, &scheme.id)
        .await?
        .partial_funding;
    let board = assemble(ctx, &mut tx, scheme.clone(), None).await?;
    let line = board
        .lines
        .iter()
        .find(|l| l.rank.id == application_id)
        .ok_or(AppError::NotFound)?;
    let problems = check_decision(line, partial, d);
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    if d.amount.is_none() && d.minimum.is_none() && d.note.trim().is_empty() {
        repo::delete_decision(&mut tx, application_id).await?;
    } else {
        repo::upsert_decision(
            &mut tx,
            &DecisionRow {
                application_id: application_id.to_owned(),
                scheme_id: scheme.id.clone(),
                amount_minor: d.amount.unwrap_or(0),
                minimum_minor: d.minimum,
                note: d.note.trim().to_owned(),
                decided: d.amount.is_some(),
                decided_by: actor.user_id().map(str::to_owned),
                decided_at: ctx.now_ms(),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Takes the optimal allocation as the committee's decisions for every application not yet
/// decided. Returns how many were decided.
#[tracing::instrument(skip_all)]
pub async fn adopt(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<usize> {
    let mut tx = ctx.db.begin().await?;
    let (scheme, _) = open_committee(&mut tx, actor, slug).await?;
    let board = assemble(ctx, &mut tx, scheme.clone(), None).await?;
    if board.problem.is_some() {
        return Err(AppError::Conflict("allocation_infeasible"));
    }
    let now = ctx.now_ms();
    let mut n = 0;
    for l in board.lines.iter().filter(|l| l.decided().is_none()) {
        repo::upsert_decision(
            &mut tx,
            &DecisionRow {
                application_id: l.rank.id.clone(),
                scheme_id: scheme.id.clone(),
                amount_minor: l.optimal.unwrap_or(0),
                minimum_minor: l.decision.as_ref().and_then(|d| d.minimum_minor),
                note: l
                    .decision
                    .as_ref()
                    .map(|d| d.note.clone())
                    .unwrap_or_default(),
                decided: true,
                decided_by: actor.user_id().map(str::to_owned),
                decided_at: now,
            },
        )
        .await?;
        n += 1;
    }
    tx.commit().await?;
    Ok(n)
}

/// The events that take an application from `from` to accepted (`funded`) or rejected, or
/// `None` when it cannot be decided from there (information still requested, withdrawn…).
pub fn path_to(from: State, funded: bool) -> Option<Vec<Event>> {
    use State as S;
    let last = if funded { Event::Accept } else { Event::Reject };
    Some(match (from, funded) {
        (S::Accepted, true) | (S::Rejected, false) => vec![],
        (S::Submitted, true) => vec![Event::StartReview, last],
        (S::Submitted | S::InReview, _) => vec![last],
        (S::Accepted | S::Rejected, _) => vec![Event::Reopen, last],
        _ => return None,
    })
}

/// Closes the committee read at `version`: every application must be decided and the decisions
/// must fit the envelope. Decisions are locked, applications move to accepted or rejected (in
/// their audit trail), letters are queued in each recipient's language, and the funded projects
/// become public. Returns the number of letters queued.
#[tracing::instrument(skip_all)]
pub async fn close(ctx: &AppCtx, actor: &Actor, slug: &str, version: i64) -> AppResult<usize> {
    let mut tx = ctx.db.begin().await?;
    let (scheme, row) = open_committee(&mut tx, actor, slug).await?;
    if row.as_ref().map_or(0, |r| r.version) != version {
        return Err(AppError::Conflict("version_conflict"));
    }
    let board = assemble(ctx, &mut tx, scheme.clone(), None).await?;
    if board.lines.is_empty() || board.lines.iter().any(|l| l.decided().is_none()) {
        return Err(AppError::Conflict("decisions_missing"));
    }
    if board.decided.1 > board.rules.envelope {
        return Err(AppError::Conflict("envelope_exceeded"));
    }
    let now = ctx.now_ms();
    if row.is_none() {
        // The rules were never saved: record the defaults the decisions were taken under.
        let stored = Stored {
            quotas: board.rules.quotas.clone(),
            score: board.rules.score.clone(),
            minimum_share_bp: board.rules.minimum_share_bp,
        };
        let k = CommitteeRow {
            scheme_id: scheme.id.clone(),
            envelope_minor: board.rules.envelope,
            cap_minor: board.rules.cap,
            quotas: serde_json::to_string(&stored).map_err(internal)?,
            objective: board.rules.objective.clone(),
            closed_at: None,
            closed_by: None,
            version: 1,
            updated_at: now,
        };
        repo::save_committee(&mut tx, &k, 0).await?;
    }
    let current = if row.is_none() { 1 } else { version };
    if !repo::close_committee(&mut tx, &scheme.id, current, actor.user_id(), now).await? {
        return Err(AppError::Conflict("version_conflict"));
    }
    let mut letters = 0;
    for l in &board.lines {
        let amount = l.decided().unwrap_or(0);
        let events = path_to(l.rank.state, amount > 0)
            .ok_or(AppError::Conflict("decision_state_invalid"))?;
        let mut state = l.rank.state;
        for ev in events {
            let to = state
                .apply(ev, By::Officer)
                .map_err(|e| AppError::Conflict(e.code()))?;
            if !app_repo::set_state(&mut tx, &l.rank.id, state.as_str(), to.as_str(), now).await? {
                return Err(AppError::Conflict("version_conflict"));
            }
            let detail = serde_json::json!({ "committee": true, "amount_minor": amount });
            app_repo::append_event(
                &mut tx,
                &l.rank.id,
                &NewEvent {
                    at: now,
                    actor_id: actor.user_id(),
                    action: ev.as_str(),
                    from_state: Some(state.as_str()),
                    to_state: Some(to.as_str()),
                    detail: &detail.to_string(),
                },
            )
            .await?;
            state = to;
        }
        letters += super::letters::queue(ctx, &mut tx, &scheme, &l.rank.id, amount, now).await?;
    }
    tx.commit().await?;
    ctx.mail_wakeup.notify();
    Ok(letters)
}

/// One funded project, as published: no personal data, only the organisation (a legal
/// person), the project, where it is and what it was granted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicGrant {
    /// Receipt reference.
    pub reference: String,
    /// Project title.
    pub title: String,
    /// Organisation's legal name.
    pub organisation: String,
    /// Commune (or gmina) id.
    pub territory: Option<String>,
    /// Its name.
    pub territory_name: Option<String>,
    /// Amount granted, minor units.
    pub amount: i64,
}

/// A call's published results.
#[derive(Debug, Clone)]
pub struct Published {
    /// The call.
    pub scheme: SchemeRecord,
    /// When the committee closed.
    pub closed_at: i64,
    /// Funded projects, largest grant first.
    pub grants: Vec<PublicGrant>,
    /// Applications decided.
    pub decided: usize,
}

/// The published results of a call, for anyone, once its committee has closed.
#[tracing::instrument(skip_all)]
pub async fn published(ctx: &AppCtx, slug: &str) -> AppResult<Published> {
    let mut conn = ctx.db.conn().await?;
    let row = passerelle_store::repo::schemes::find_by_slug(&mut conn, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = crate::schemes::record(row)?;
    let closed_at = repo::committee(&mut conn, &scheme.id)
        .await?
        .and_then(|k| k.closed_at)
        .ok_or(AppError::NotFound)?;
    let decisions = repo::decisions(&mut conn, &scheme.id).await?;
    let mut grants = vec![];
    for d in decisions.iter().filter(|d| d.decided && d.amount_minor > 0) {
        let Some(app) = app_repo::find(&mut conn, &d.application_id).await? else {
            continue;
        };
        let org =
            passerelle_store::repo::organisations::find(&mut conn, &app.organisation_id).await?;
        let territory = org.as_ref().and_then(|o| o.commune_id.clone());
        let territory_name = territory
            .as_deref()
            .and_then(|t| TerritoryId::parse(t).ok())
            .and_then(|t| ctx.territories.get(&t).map(|r| r.name.clone()));
        grants.push(PublicGrant {
            reference: app.reference.clone().unwrap_or_default(),
            title: app.title.clone(),
            organisation: org.map(|o| o.legal_name).unwrap_or_default(),
            territory,
            territory_name,
            amount: d.amount_minor,
        });
    }
    grants.sort_by(|a, b| {
        b.amount
            .cmp(&a.amount)
            .then_with(|| a.reference.cmp(&b.reference))
    });
    Ok(Published {
        scheme,
        closed_at,
        decided: decisions.iter().filter(|d| d.decided).count(),
        grants,
    })
}

/// The published results as CSV for reuse: UTF-8, comma-separated, amounts in minor units with
/// their currency.
pub fn published_csv(r: &Published) -> AppResult<Vec<u8>> {
    let mut w = csv::Writer::from_writer(vec![]);
    let io = |e: csv::Error| AppError::Internal(e.into());
    w.write_record([
        "reference",
        "project",
        "organisation",
        "territory_id",
        "territory",
        "amount_minor",
        "currency",
    ])
    .map_err(io)?;
    for g in &r.grants {
        w.write_record([
            g.reference.as_str(),
            g.title.as_str(),
            g.organisation.as_str(),
            g.territory.as_deref().unwrap_or_default(),
            g.territory_name.as_deref().unwrap_or_default(),
            &g.amount.to_string(),
            r.scheme.scheme.currency.as_str(),
        ])
        .map_err(io)?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_before_the_committee_has_a_path_to_each_outcome() {
        for from in [
            State::Submitted,
            State::InReview,
            State::Accepted,
            State::Rejected,
        ] {
            for funded in [true, false] {
                let path = path_to(from, funded).unwrap();
                let end = path.iter().try_fold(from, |s, e| s.apply(*e, By::Officer));
                let want = if funded {
                    State::Accepted
                } else {
                    State::Rejected
                };
                assert_eq!(end, Ok(want), "{from:?} funded={funded}");
            }
        }
        for from in [
            State::Draft,
            State::InfoRequested,
            State::Withdrawn,
            State::ClosedWithoutFollowUp,
        ] {
            assert_eq!(path_to(from, true), None);
            assert_eq!(path_to(from, false), None);
        }
    }

    #[test]
    fn targets_parse_back_to_their_code() {
        for s in [
            "inside:fr:commune:92050",
            "outside:fr:departement:92",
            "theme:solidarity-finance",
        ] {
            assert_eq!(Target::parse(s).unwrap().code(), s);
        }
        for s in ["", "inside:", "near:fr:commune:92050", "theme:painting"] {
            assert_eq!(Target::parse(s), None, "{s}");
        }
    }

    #[test]
    fn a_minimum_share_is_rounded_up() {
        assert_eq!(share(1_000_001, 5_000), 500_001);
        assert_eq!(share(1_000_000, 5_000), 500_000);
        assert_eq!(share(0, 5_000), 0);
        assert_eq!(share(i64::MAX, 10_000), i64::MAX);
    }

    fn line(requested: i64, ceiling: i64, minimum: i64) -> Line {
        Line {
            rank: RankLine {
                id: "a".into(),
                reference: "R".into(),
                title: "T".into(),
                organisation: String::new(),
                commune: None,
                commune_name: None,
                places: vec![],
                themes: vec![],
                requested,
                eligibility: None,
                state: State::InReview,
                reviews: 0,
                raw: None,
                corrected: None,
                spread: None,
                disagreement: false,
            },
            score: 0,
            minimum,
            ceiling,
            decision: None,
            excluded: None,
            optimal: None,
            greedy: None,
        }
    }

    #[test]
    fn decisions_stay_within_the_minimum_and_the_ceiling() {
        let l = line(2_000_000, 1_500_000, 1_000_000);
        let d = |amount: Option<i64>, minimum: Option<i64>| DecisionInput {
            amount,
            minimum,
            note: String::new(),
        };
        let codes = |partial, x: DecisionInput| -> Vec<String> {
            check_decision(&l, partial, &x)
                .into_iter()
                .map(|e| e.code)
                .collect()
        };
        assert!(codes(true, d(Some(0), None)).is_empty());
        assert!(codes(true, d(Some(1_200_000), None)).is_empty());
        assert!(codes(true, d(Some(1_500_000), None)).is_empty());
        assert_eq!(codes(true, d(Some(1_500_001), None)), ["amount_outside"]);
        assert_eq!(codes(true, d(Some(999_999), None)), ["amount_outside"]);
        assert!(codes(true, d(Some(600_000), Some(500_000))).is_empty());
        assert_eq!(codes(true, d(None, Some(1_600_000))), ["minimum_outside"]);
        assert_eq!(
            codes(false, d(None, Some(500_000))),
            ["partial_not_allowed"]
        );
        // Without partial funding: all (the ceiling) or nothing.
        assert!(codes(false, d(Some(0), None)).is_empty());
        assert_eq!(codes(false, d(Some(1_200_000), None)), ["amount_outside"]);
    }
}
