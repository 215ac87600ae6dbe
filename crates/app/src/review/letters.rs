//! Notification letters: per call, outcome (`funded`, `not_funded`) and language, a subject and
//! a body the officers edit, with placeholders filled for each application. Until an officer
//! edits one, the catalogue's wording is used. When the committee closes, each person of the
//! applying team gets the letter in their own language by e-mail, the PDF attached; the PDF can
//! be downloaded again from the application's page.

use passerelle_domain::Locale;
use passerelle_store::AsExec;
use passerelle_store::repo::applications as app_repo;
use passerelle_store::repo::review::{self as repo, LetterRow};
use passerelle_store::repo::{organisations, tenants, users};

use super::call_for_staff;
use crate::applications::pdf::{self, LetterDoc, PdfLine};
use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::outbox::{self, QueuedOutgoing};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// The outcomes a letter is written for.
pub const OUTCOMES: [&str; 2] = ["funded", "not_funded"];

/// The placeholders a template may use, each between braces: `{project}`.
pub const PLACEHOLDERS: [&str; 7] = [
    "project",
    "reference",
    "organisation",
    "amount",
    "requested",
    "call",
    "authority",
];

const SUBJECT_MAX: usize = 300;
const BODY_MAX: usize = 20_000;

/// One template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// `funded` or `not_funded`.
    pub outcome: String,
    /// Language.
    pub locale: Locale,
    /// Subject with placeholders.
    pub subject: String,
    /// Body with placeholders; blank lines separate paragraphs.
    pub body: String,
    /// Whether an officer wrote it (false: the catalogue's wording).
    pub edited: bool,
}

fn key(outcome: &str) -> &'static str {
    if outcome == "funded" {
        "letter-funded"
    } else {
        "letter-not-funded"
    }
}

/// The catalogue's wording of a template, placeholders in braces.
pub fn default_template(outcome: &str, locale: Locale) -> Template {
    let tr = Tr::new(locale);
    let holes: Vec<(&str, String)> = PLACEHOLDERS
        .iter()
        .map(|p| (*p, format!("{{{p}}}")))
        .collect();
    let args: Vec<(&str, &str)> = holes.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Template {
        outcome: outcome.to_owned(),
        locale,
        subject: tr.ta(&format!("{}-subject", key(outcome)), &args),
        body: tr.ta(&format!("{}-body", key(outcome)), &args),
        edited: false,
    }
}

/// The placeholders of `text` that are not known, in order of appearance.
pub fn unknown_placeholders(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if !PLACEHOLDERS.contains(&name) && !out.iter().any(|x| x == name) {
            out.push(name.to_owned());
        }
        rest = &after[end + 1..];
    }
    out
}

/// Fills the placeholders of `text`.
pub fn fill(text: &str, values: &[(&str, String)]) -> String {
    values.iter().fold(text.to_owned(), |acc, (k, v)| {
        acc.replace(&format!("{{{k}}}"), v)
    })
}

async fn stored(e: &mut impl AsExec, scheme_id: &str) -> AppResult<Vec<Template>> {
    let rows = repo::letters(e, scheme_id).await?;
    let mut out = vec![];
    for outcome in OUTCOMES {
        for &locale in Locale::all() {
            out.push(
                match rows
                    .iter()
                    .find(|r| r.outcome == outcome && r.locale == locale.as_str())
                {
                    Some(r) => Template {
                        outcome: outcome.to_owned(),
                        locale,
                        subject: r.subject.clone(),
                        body: r.body.clone(),
                        edited: true,
                    },
                    None => default_template(outcome, locale),
                },
            );
        }
    }
    Ok(out)
}

/// A call's six templates (two outcomes × three languages), for its officers.
#[tracing::instrument(skip_all)]
pub async fn templates(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<Vec<Template>> {
    let mut conn = ctx.db.conn().await?;
    let scheme = call_for_staff(&mut conn, actor, slug).await?;
    stored(&mut conn, &scheme.id).await
}

/// Saves one template; unknown placeholders, empty or overlong texts are refused. An empty
/// subject and body together go back to the catalogue's wording.
#[tracing::instrument(skip_all)]
pub async fn save(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    outcome: &str,
    locale: Locale,
    subject: &str,
    body: &str,
) -> AppResult<()> {
    if !OUTCOMES.contains(&outcome) {
        return Err(AppError::field("outcome", "value_unknown"));
    }
    let f = |field: &str| format!("{outcome}.{}.{field}", locale.as_str());
    let mut errors = vec![];
    let (subject, body) = (subject.trim(), body.trim());
    let reset = subject.is_empty() && body.is_empty();
    if !reset {
        for (field, text, max) in [("subject", subject, SUBJECT_MAX), ("body", body, BODY_MAX)] {
            if text.is_empty() {
                errors.push(FieldError::new(f(field), "required"));
            } else if text.chars().count() > max {
                errors.push(FieldError::new(f(field), "too_long"));
            } else if !unknown_placeholders(text).is_empty() {
                errors.push(FieldError::new(f(field), "placeholder_unknown"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let mut tx = ctx.db.begin().await?;
    let scheme = call_for_staff(&mut tx, actor, slug).await?;
    let (subject, body) = if reset {
        let d = default_template(outcome, locale);
        (d.subject, d.body)
    } else {
        (subject.to_owned(), body.to_owned())
    };
    repo::save_letter(
        &mut tx,
        &LetterRow {
            scheme_id: scheme.id,
            outcome: outcome.to_owned(),
            locale: locale.as_str().to_owned(),
            subject,
            body,
            updated_by: actor.user_id().map(str::to_owned),
            updated_at: ctx.now_ms(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Everything a letter says about one application.
struct Facts {
    outcome: &'static str,
    values: Vec<(&'static str, String)>,
    organisation: String,
    address: Vec<String>,
    authority: String,
    reference: String,
    call: String,
    amount: String,
    decided_at: i64,
}

async fn facts(
    e: &mut impl AsExec,
    scheme: &SchemeRecord,
    application_id: &str,
    amount: i64,
    decided_at: i64,
    tr: &Tr,
) -> AppResult<Facts> {
    let row = app_repo::find(e, application_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = organisations::find(e, &row.organisation_id).await?;
    let authority = tenants::list(e)
        .await?
        .into_iter()
        .find(|t| t.id == scheme.tenant_id)
        .map(|t| t.name)
        .unwrap_or_default();
    let answers = super::record_answers(&row)?;
    let requested = match app_repo::form(e, &row.scheme_id, row.form_version).await? {
        Some(body) => {
            let form: passerelle_domain::application::form::Form =
                serde_json::from_str(&body).map_err(super::internal)?;
            passerelle_domain::application::facts::project(
                &form,
                &answers,
                scheme.scheme.currency,
                passerelle_domain::application::facts::Completeness::Final,
            )
            .requested
            .map_or(0, |m| m.minor)
        }
        None => 0,
    };
    let currency = scheme.scheme.currency;
    let call = crate::applications::scheme_title(&scheme.scheme, tr.locale());
    let reference = row.reference.clone().unwrap_or_default();
    let organisation = org
        .as_ref()
        .map(|o| o.legal_name.clone())
        .unwrap_or_default();
    let address = org
        .as_ref()
        .map(|o| {
            [o.address.clone(), o.postcode.clone()]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect()
        })
        .unwrap_or_default();
    let amount_text = tr.money(amount, currency);
    Ok(Facts {
        outcome: if amount > 0 { "funded" } else { "not_funded" },
        values: vec![
            ("project", row.title.clone()),
            ("reference", reference.clone()),
            ("organisation", organisation.clone()),
            ("amount", amount_text.clone()),
            ("requested", tr.money(requested, currency)),
            ("call", call.clone()),
            ("authority", authority.clone()),
        ],
        organisation,
        address,
        authority,
        reference,
        call,
        amount: amount_text,
        decided_at,
    })
}

fn template_for(all: &[Template], outcome: &str, locale: Locale) -> Template {
    all.iter()
        .find(|t| t.outcome == outcome && t.locale == locale)
        .cloned()
        .unwrap_or_else(|| default_template(outcome, locale))
}

fn letter_doc(f: &Facts, t: &Template, tr: &Tr, zone: &str) -> LetterDoc {
    let mut recipient = vec![f.organisation.clone()];
    recipient.extend(f.address.iter().cloned());
    LetterDoc {
        lang: tr.locale().as_str().to_owned(),
        authority: f.authority.clone(),
        date: tr.date_of_instant(f.decided_at, zone),
        recipient,
        references: vec![
            PdfLine {
                label: tr.t("letter-pdf-call"),
                value: f.call.clone(),
            },
            PdfLine {
                label: tr.t("letter-pdf-reference"),
                value: f.reference.clone(),
            },
            PdfLine {
                label: tr.t("letter-pdf-amount"),
                value: f.amount.clone(),
            },
        ],
        subject: fill(&t.subject, &f.values),
        body: fill(&t.body, &f.values),
        footer: tr.ta("letter-pdf-footer", &[("authority", &f.authority)]),
        page_label: tr.t("pdf-page"),
    }
}

/// Queues the letter of one application to each person of its team, in their language, with
/// the PDF attached (rendered when the mail is sent). Returns the number of mails queued.
pub(crate) async fn queue(
    ctx: &AppCtx,
    e: &mut impl AsExec,
    scheme: &SchemeRecord,
    application_id: &str,
    amount: i64,
    now: i64,
) -> AppResult<usize> {
    let row = app_repo::find(e, application_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let all = stored(e, &scheme.id).await?;
    let team = crate::applications::drafts::team_of(e, &row).await?;
    let link = format!("{}/applications/{}", ctx.config.base_url, row.id);
    let mut n = 0;
    for (_, email, _) in team.people {
        let locale: Locale = match users::find_by_email(e, &email).await? {
            Some(u) => u.locale.parse().unwrap_or(Locale::DEFAULT),
            None => Locale::DEFAULT,
        };
        let tr = Tr::new(locale);
        let f = facts(e, scheme, application_id, amount, now, &tr).await?;
        let t = template_for(&all, f.outcome, locale);
        let body = format!(
            "{}\n\n{}",
            fill(&t.body, &f.values),
            tr.ta("letter-mail-footer", &[("link", &link)])
        );
        outbox::enqueue(
            e,
            now,
            &QueuedOutgoing {
                mail: OutgoingMail {
                    to: email,
                    subject: fill(&t.subject, &f.values),
                    body,
                    attachments: vec![],
                },
                headers: vec![("Auto-Submitted".into(), "auto-generated".into())],
                attach: Some(format!("decision:{application_id}:{}", locale.as_str())),
            },
        )
        .await?;
        n += 1;
    }
    Ok(n)
}

/// The decision letter of an application as a PDF in `locale`, once the committee has closed:
/// for the mail sender (no actor) and, through [`letter_pdf`], for the applicants.
pub async fn letter_pdf_for_mail(
    ctx: &AppCtx,
    application_id: &str,
    locale: Locale,
) -> AppResult<(String, Vec<u8>)> {
    let mut conn = ctx.db.conn().await?;
    let row = app_repo::find(&mut conn, application_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = crate::applications::scheme_by_id(&mut conn, &row.scheme_id).await?;
    let closed = repo::committee(&mut conn, &scheme.id)
        .await?
        .and_then(|k| k.closed_at);
    let decision = repo::decisions(&mut conn, &scheme.id)
        .await?
        .into_iter()
        .find(|d| d.application_id == application_id && d.decided);
    let (Some(closed_at), Some(d)) = (closed, decision) else {
        return Err(AppError::NotFound);
    };
    let tr = Tr::new(locale);
    let f = facts(
        &mut conn,
        &scheme,
        application_id,
        d.amount_minor,
        closed_at,
        &tr,
    )
    .await?;
    let all = stored(&mut conn, &scheme.id).await?;
    let t = template_for(&all, f.outcome, locale);
    let doc = letter_doc(&f, &t, &tr, &scheme.scheme.window.zone);
    let bytes = pdf::letter(&doc).map_err(|e| AppError::Internal(e.context("letter PDF")))?;
    Ok((format!("{}-decision.pdf", f.reference), bytes))
}

/// Whether an application has a decision letter (its committee closed with a decision on it).
pub async fn has_letter(ctx: &AppCtx, application_id: &str) -> AppResult<bool> {
    let mut conn = ctx.db.conn().await?;
    let Some(row) = app_repo::find(&mut conn, application_id).await? else {
        return Ok(false);
    };
    let closed = repo::committee(&mut conn, &row.scheme_id)
        .await?
        .is_some_and(|k| k.closed_at.is_some());
    Ok(closed
        && repo::decisions(&mut conn, &row.scheme_id)
            .await?
            .iter()
            .any(|d| d.application_id == application_id && d.decided))
}

/// The decision letter for a member of the applying team (or its officers).
#[tracing::instrument(skip_all)]
pub async fn letter_pdf(
    ctx: &AppCtx,
    actor: &Actor,
    application_id: &str,
    locale: Locale,
) -> AppResult<(String, Vec<u8>)> {
    // Reading the application is the gate: its editors and the call's officers pass.
    {
        let mut conn = ctx.db.conn().await?;
        crate::applications::load(
            &mut conn,
            actor,
            None,
            application_id,
            crate::applications::Want::Any,
        )
        .await?;
    }
    letter_pdf_for_mail(ctx, application_id, locale).await
}

/// A preview of a template filled with an example application, for the officers' editor.
pub fn preview(t: &Template, scheme: &SchemeRecord) -> (String, String) {
    let tr = Tr::new(t.locale);
    let currency = scheme.scheme.currency;
    let values: Vec<(&str, String)> = vec![
        ("project", tr.t("letter-example-project")),
        ("reference", "ABC-2024-000001".to_owned()),
        ("organisation", tr.t("letter-example-organisation")),
        ("amount", tr.money(1_200_000, currency)),
        ("requested", tr.money(1_500_000, currency)),
        (
            "call",
            crate::applications::scheme_title(&scheme.scheme, t.locale),
        ),
        ("authority", tr.t("letter-example-authority")),
    ];
    (fill(&t.subject, &values), fill(&t.body, &values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_and_filled() {
        assert_eq!(
            unknown_placeholders("{project} {montant} {x} {montant}"),
            ["montant", "x"]
        );
        assert!(unknown_placeholders("no braces { at all").is_empty());
        assert_eq!(
            fill(
                "{project}: {amount}",
                &[("project", "P".into()), ("amount", "1 €".into())]
            ),
            "P: 1 €"
        );
    }

    #[test]
    fn the_catalogue_templates_use_known_placeholders_in_every_language() {
        for outcome in OUTCOMES {
            for &l in Locale::all() {
                let t = default_template(outcome, l);
                assert!(!t.subject.is_empty() && !t.body.is_empty());
                assert!(
                    unknown_placeholders(&t.subject).is_empty(),
                    "{outcome} {l:?}"
                );
                assert!(unknown_placeholders(&t.body).is_empty(), "{outcome} {l:?}");
                assert!(t.body.contains("{project}"), "{outcome} {l:?}");
            }
        }
    }
}
