//! Submitting an application: every visible required field answered, the cross-field rules
//! (the amount within the eligible expenses, a balanced budget), the eligibility engine
//! re-run on the application itself with its explanations, then, in one transaction judged
//! on the server's clock at commit time with no grace period: the receipt number, the frozen
//! content and its SHA-256, the audit entry and the receipt mail.

use jiff::Timestamp;
use passerelle_domain::application::facts::{self, Completeness};
use passerelle_domain::application::form::Strictness;
use passerelle_domain::application::receipt::{canonical_json, reference};
use passerelle_domain::application::{Event, State, check_submission};
use passerelle_domain::scheme::criteria::{
    self, Applicant, Evaluation, Node, Question, Rule, SchemeVerdict, Verdict,
};
use passerelle_domain::scheme::vocab::Label;
use passerelle_domain::{Country, Locale, SseBasis, TerritoryId, legal_form};
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as repo, NewEvent, Submission};
use passerelle_store::repo::organisations::{self, OrganisationRow};
use passerelle_store::repo::users;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::drafts::{team_of, ts};
use super::{Loaded, Want, internal, load};
use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::outbox::{self, QueuedOutgoing};
use crate::schemes::eligibility::{SchemeAnswer, answer_one};
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// The applicant as the engine sees it: read from the organisation's profile.
pub fn applicant_of(ctx: &AppCtx, org: &OrganisationRow) -> Applicant {
    let country: Option<Country> = org.country.parse().ok();
    let form = match (country, org.legal_form.as_deref()) {
        (Some(c), Some(code)) => legal_form::lookup(c, code),
        _ => None,
    };
    let places = org
        .commune_id
        .as_deref()
        .and_then(|c| TerritoryId::parse(c).ok())
        .filter(|id| ctx.territories.get(id).is_some())
        .map(|id| {
            let mut v = vec![id.clone()];
            v.extend(
                ctx.territories
                    .ancestors(&id)
                    .into_iter()
                    .map(|r| r.id.clone()),
            );
            v
        });
    let bases: Vec<SseBasis> = org
        .sse_basis
        .split(',')
        .filter_map(|b| b.trim().parse().ok())
        .collect();
    let labels = bases
        .iter()
        .filter_map(|b| match b {
            SseBasis::EsusApproved => Some(Label::Esus),
            SseBasis::PlSocialEnterprise => Some(Label::PlSocialEnterprise),
            _ => None,
        })
        .collect();
    Applicant {
        country,
        form,
        category: None,
        places,
        ess: Some(org.sse_member),
        labels: Some(labels),
    }
}

/// The question the engine answers for an application at `at`.
pub fn question_of(
    ctx: &AppCtx,
    l: &Loaded,
    org: &OrganisationRow,
    at: Timestamp,
    how: Completeness,
) -> Question {
    Question {
        at,
        applicant: applicant_of(ctx, org),
        project: facts::project(&l.form, &l.answers(), l.scheme.scheme.currency, how),
    }
}

fn rule_of<'a>(n: &'a Node, id: &str) -> Option<&'a Rule> {
    if n.id == id {
        return Some(&n.rule);
    }
    match &n.rule {
        Rule::All { children } | Rule::Any { children } | Rule::AtLeast { children, .. } => {
            children.iter().find_map(|c| rule_of(c, id))
        }
        _ => None,
    }
}

/// Failed amount conditions tied to the field that answers them, so the applicant sees the
/// problem where it can be fixed.
fn amount_problems(l: &Loaded, ev: &Evaluation) -> Vec<FieldError> {
    use passerelle_domain::application::form::Feeds;
    let field_for = |feeds: Feeds| {
        l.form
            .fields()
            .find(|(_, f)| f.feeds.as_ref() == Some(&feeds))
            .map(|(_, f)| f.id.clone())
    };
    ev.findings
        .iter()
        .filter(|f| f.verdict == Verdict::NotMet)
        .filter_map(|f| {
            let (feeds, code) = match rule_of(&l.scheme.scheme.criteria, &f.id)? {
                Rule::RequestedMax { .. } => (Feeds::Requested, "requested_over_cap"),
                Rule::RequestedMin { .. } => (Feeds::Requested, "requested_under_min"),
                Rule::RateMax { .. } => (Feeds::Requested, "rate_over_cap"),
                Rule::ExpensesMin { .. } => (Feeds::EligibleExpenses, "expenses_under_min"),
                _ => return None,
            };
            Some(FieldError::new(field_for(feeds)?, code))
        })
        .collect()
}

/// What the submission page shows before the applicant submits.
#[derive(Debug, Clone)]
pub struct Review {
    /// The application.
    pub loaded: Loaded,
    /// Field and cross-field problems (empty when it can be submitted).
    pub problems: Vec<FieldError>,
    /// The engine's answer on the application as it stands, criterion by criterion.
    pub eligibility: SchemeAnswer,
    /// Whether the call takes submissions now.
    pub open: bool,
}

fn problems_of(l: &Loaded, ev: &Evaluation) -> Vec<FieldError> {
    let answers = l.answers();
    let mut out: Vec<FieldError> = l
        .form
        .check(&answers, Strictness::Submit)
        .into_iter()
        .chain(facts::cross_checks(&l.form, &answers))
        .map(|p| FieldError::new(p.field, p.code))
        .collect();
    out.extend(amount_problems(l, ev));
    if ev.verdict == SchemeVerdict::NotEligible && out.is_empty() {
        out.push(FieldError::new("eligibility", "not_eligible"));
    }
    out
}

/// Checks an application as if it were submitted now, without submitting it.
#[tracing::instrument(skip_all)]
pub async fn review(ctx: &AppCtx, actor: &Actor, id: &str, locale: Locale) -> AppResult<Review> {
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, None, id, Want::Editor).await?;
    let org = organisations::find(&mut conn, &l.row.organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = ts(ctx.now_ms());
    let q = question_of(ctx, &l, &org, now, Completeness::Final);
    let ev = criteria::evaluate(l.scheme.scheme.rules(), &q);
    let problems = problems_of(&l, &ev);
    let eligibility = answer_one(ctx, &Tr::new(locale), &l.scheme.scheme, &q);
    let open = l.state == State::Draft && check_submission(&l.scheme.scheme.window, now).is_ok();
    Ok(Review {
        loaded: l,
        problems,
        eligibility,
        open,
    })
}

/// A submission's receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// Reference number.
    pub reference: String,
    /// Submission instant (epoch ms).
    pub submitted_at: i64,
    /// SHA-256 of the frozen content (hex).
    pub sha256: String,
    /// The call's time zone.
    pub zone: String,
}

/// The receipt of a submitted application, for its editors and officers.
#[tracing::instrument(skip_all)]
pub async fn receipt(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
) -> AppResult<Receipt> {
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, slug, id, Want::Any).await?;
    match (l.row.reference, l.row.submitted_at, l.row.frozen_sha256) {
        (Some(reference), Some(submitted_at), Some(sha256)) => Ok(Receipt {
            reference,
            submitted_at,
            sha256,
            zone: l.scheme.scheme.window.zone.clone(),
        }),
        _ => Err(AppError::Conflict("not_submitted")),
    }
}

/// The frozen content: everything the receipt vouches for, in canonical JSON.
async fn frozen_of(
    e: &mut impl AsExec,
    l: &Loaded,
    org: &OrganisationRow,
    reference: &str,
    at: i64,
) -> AppResult<String> {
    let answers = l.form.visible_answers(&l.answers());
    let files: Vec<serde_json::Value> = repo::attachments(e, &l.row.id)
        .await?
        .into_iter()
        .filter(|a| {
            answers
                .get(&a.field_id)
                .and_then(|v| v.as_array())
                .is_some_and(|ids| ids.iter().any(|x| x.as_str() == Some(a.id.as_str())))
        })
        .map(|a| {
            json!({"id": a.id, "field": a.field_id, "filename": a.filename,
                   "content_type": a.content_type, "size": a.size_bytes, "sha256": a.sha256})
        })
        .collect();
    Ok(canonical_json(&json!({
        "reference": reference,
        "scheme": l.scheme.scheme.slug,
        "form_version": l.row.form_version,
        "organisation": {"id": org.id, "legal_name": org.legal_name},
        "submitted_at": at,
        "answers": answers,
        "attachments": files,
    })))
}

/// Submits an application. Refused, changing nothing, when a field or rule fails, when the
/// applicant is not eligible, or when the commit instant falls outside the call's window.
#[tracing::instrument(skip_all)]
pub async fn submit(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
) -> AppResult<Receipt> {
    let mut tx = ctx.db.begin().await?;
    let l = load(&mut tx, actor, slug, id, Want::Editor).await?;
    if l.state != State::Draft {
        return Err(AppError::Conflict("already_submitted"));
    }
    State::Draft
        .apply(Event::Submit, passerelle_domain::application::By::Applicant)
        .map_err(|e| AppError::Conflict(e.code()))?;
    // A closed call says so first, whatever else is wrong (checked again at commit time).
    check_submission(&l.scheme.scheme.window, ts(ctx.now_ms()))
        .map_err(|e| AppError::Conflict(e.code()))?;
    let org = organisations::find(&mut tx, &l.row.organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let q = question_of(ctx, &l, &org, ts(ctx.now_ms()), Completeness::Final);
    let ev = criteria::evaluate(l.scheme.scheme.rules(), &q);
    let problems = problems_of(&l, &ev);
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    // The instant of record is read inside the transaction, after every check, just before
    // the writes that commit: a submission at 23:59:59.999 is in, one a millisecond later out.
    let now = ctx.now_ms();
    check_submission(&l.scheme.scheme.window, ts(now)).map_err(|e| AppError::Conflict(e.code()))?;
    let seq = repo::next_submission_seq(&mut tx, &l.scheme.id).await?;
    let reference = reference(&l.scheme.scheme.slug, u64::try_from(seq).unwrap_or(0));
    let frozen = frozen_of(&mut tx, &l, &org, &reference, now).await?;
    let sha256 = hex::encode(Sha256::digest(frozen.as_bytes()));
    let findings: Vec<serde_json::Value> = ev
        .findings
        .iter()
        .map(|f| json!({"id": f.id, "depth": f.depth, "verdict": f.verdict.as_str()}))
        .collect();
    let done = repo::submit(
        &mut tx,
        id,
        &Submission {
            from: State::Draft.as_str(),
            to: State::Submitted.as_str(),
            at: now,
            reference: &reference,
            frozen: &frozen,
            sha256: &sha256,
            eligibility: ev.verdict.as_str(),
            eligibility_detail: &serde_json::Value::Array(findings).to_string(),
        },
    )
    .await?;
    if !done {
        return Err(AppError::Conflict("already_submitted"));
    }
    repo::append_event(
        &mut tx,
        id,
        &NewEvent {
            at: now,
            actor_id: actor.user_id(),
            action: Event::Submit.as_str(),
            from_state: Some(State::Draft.as_str()),
            to_state: Some(State::Submitted.as_str()),
            detail: &json!({"reference": reference, "sha256": sha256}).to_string(),
        },
    )
    .await?;
    queue_receipt(ctx, &mut tx, actor, &l, &reference, now).await?;
    tx.commit().await?;
    ctx.mail_wakeup.notify();
    Ok(Receipt {
        reference,
        submitted_at: now,
        sha256,
        zone: l.scheme.scheme.window.zone.clone(),
    })
}

/// The receipt mail, to the person who submitted and the organisation's other editors, each
/// in their language, with the receipt's PDF attached when it goes.
async fn queue_receipt(
    ctx: &AppCtx,
    tx: &mut impl AsExec,
    actor: &Actor,
    l: &Loaded,
    reference: &str,
    now: i64,
) -> AppResult<()> {
    let team = team_of(tx, &l.row).await?;
    let mut to: Vec<String> = actor.user.iter().map(|u| u.email.clone()).collect();
    for (_, email, _) in team.people {
        if !to.contains(&email) {
            to.push(email);
        }
    }
    for email in to {
        let locale: Locale = match users::find_by_email(tx, &email).await? {
            Some(u) => u.locale.parse().unwrap_or(Locale::DEFAULT),
            None => Locale::DEFAULT,
        };
        let tr = Tr::new(locale);
        let scheme = super::scheme_title(&l.scheme.scheme, locale);
        let when = super::documents::instant_precise(&tr, now, &l.scheme.scheme.window.zone);
        let link = format!("{}/applications/{}/receipt", ctx.config.base_url, l.row.id);
        let sha = repo::find(tx, &l.row.id)
            .await?
            .and_then(|r| r.frozen_sha256)
            .ok_or_else(|| internal("receipt hash"))?;
        let body = tr.ta(
            "mail-receipt-body",
            &[
                ("scheme", &scheme),
                ("project", &l.row.title),
                ("reference", reference),
                ("when", &when),
                ("sha256", &sha),
                ("link", &link),
            ],
        );
        outbox::enqueue(
            tx,
            now,
            &QueuedOutgoing {
                mail: OutgoingMail {
                    to: email,
                    subject: tr.ta("mail-receipt-subject", &[("reference", reference)]),
                    body,
                    attachments: vec![],
                },
                headers: vec![("Auto-Submitted".into(), "auto-generated".into())],
                attach: Some(format!("receipt:{}:{}", l.row.id, locale.as_str())),
            },
        )
        .await?;
    }
    Ok(())
}
