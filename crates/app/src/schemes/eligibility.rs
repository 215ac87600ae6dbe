//! "Which schemes can I apply to, and why (not)?": the eligibility question
//! as received from the API or the wizard, checked field by field, answered
//! from the in-memory catalogue.

use std::str::FromStr;

use jiff::Timestamp;
use passerelle_domain::legal_form;
use passerelle_domain::scheme::criteria::{
    self, Applicant, Consortium, Evaluation, Project, Question, SchemeVerdict, Verdict,
};
use passerelle_domain::scheme::vocab::{
    CofunderKind, Commitment, Label, SchemeStatus, Service, Theme, Vat,
};
use passerelle_domain::{Country, Currency, LegalCategory, Money, TerritoryId};
use serde::Deserialize;

use super::explain;
use crate::i18n::Tr;
use crate::{AppCtx, AppError, AppResult, FieldError};

/// An amount as sent by clients.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct AmountInput {
    /// Minor units.
    pub amount_minor: i64,
    /// ISO 4217 code.
    pub currency: String,
}

/// Eligible expenses as sent by clients.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct ExpensesInput {
    /// Minor units.
    pub amount_minor: i64,
    /// ISO 4217 code.
    pub currency: String,
    /// `excl` or `incl`.
    pub vat: String,
}

/// A co-funder as sent by clients.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct CofunderInput {
    /// Kind code.
    pub kind: String,
}

/// A consortium as sent by clients.
#[derive(Debug, Clone, Copy, Deserialize, Default)]
pub struct ConsortiumInput {
    /// Number of organisations, applicant included.
    pub members: i64,
    /// Whether a lead partner is designated.
    pub lead_partner: bool,
}

/// The applicant part of a question. Every field may be absent: the criteria
/// that need it then answer "unknown".
#[derive(Debug, Clone, Deserialize, Default)]
pub struct ApplicantInput {
    /// `FR` or `PL`.
    pub country: Option<String>,
    /// INSEE catégorie juridique (4 digits) or REGON form code (3 digits).
    pub legal_form: Option<String>,
    /// Legal category, when the exact form is not known (the wizard).
    pub category: Option<String>,
    /// Territory id of the applicant's seat.
    pub location: Option<String>,
    /// Declared SSE membership.
    pub ess: Option<bool>,
    /// Labels held.
    pub labels: Option<Vec<String>>,
}

/// The project part of a question; every field optional.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct ProjectInput {
    /// Theme codes.
    pub themes: Option<Vec<String>>,
    /// Amount requested.
    pub requested: Option<AmountInput>,
    /// Eligible expenses.
    pub eligible_expenses: Option<ExpensesInput>,
    /// Service codes.
    pub services: Option<Vec<String>>,
    /// Co-funders.
    pub cofunders: Option<Vec<CofunderInput>>,
    /// Commitment codes.
    pub commitments: Option<Vec<String>>,
    /// Consortium.
    pub consortium: Option<ConsortiumInput>,
}

/// An eligibility question.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct EligibilityInput {
    /// RFC 3339 instant; now when absent.
    pub at: Option<String>,
    /// Scheme slugs; every published scheme when absent.
    pub schemes: Option<Vec<String>>,
    /// Who applies.
    #[serde(default)]
    pub applicant: ApplicantInput,
    /// What for.
    #[serde(default)]
    pub project: ProjectInput,
}

/// One criterion's answer, rendered.
#[derive(Debug, Clone)]
pub struct CriterionAnswer {
    /// Criterion id.
    pub id: String,
    /// Depth in the tree (0 = top level).
    pub depth: u8,
    /// Whether it groups other criteria.
    pub group: bool,
    /// Answer.
    pub verdict: Verdict,
    /// Reason in the reader's language.
    pub message: String,
    /// The request field to fill in, for an unknown.
    pub missing_field: Option<&'static str>,
}

/// One scheme's answer.
#[derive(Debug, Clone)]
pub struct SchemeAnswer {
    /// Scheme slug.
    pub slug: String,
    /// Title in the reader's language.
    pub title: String,
    /// Overall verdict.
    pub verdict: SchemeVerdict,
    /// Criterion answers in tree order.
    pub criteria: Vec<CriterionAnswer>,
    /// Request fields whose answers would settle an `unknown`.
    pub missing_fields: Vec<&'static str>,
    /// Ids of the top-level criteria that fail (one = near miss).
    pub failed: Vec<String>,
    /// Next closing instant, if any.
    pub closes_at: Option<Timestamp>,
}

impl SchemeAnswer {
    /// Not eligible because of exactly one condition.
    pub fn near_miss(&self) -> bool {
        self.verdict == SchemeVerdict::NotEligible && self.failed.len() == 1
    }
}

fn parse_codes<T: FromStr>(
    field: &str,
    v: &Option<Vec<String>>,
    errs: &mut Vec<FieldError>,
) -> Option<Vec<T>> {
    let v = v.as_ref()?;
    let mut out = Vec::with_capacity(v.len());
    for (i, s) in v.iter().enumerate() {
        match s.parse() {
            Ok(x) => out.push(x),
            Err(_) => errs.push(FieldError::new(format!("{field}[{i}]"), "code_unknown")),
        }
    }
    Some(out)
}

fn parse_money(
    field: &str,
    minor: i64,
    currency: &str,
    errs: &mut Vec<FieldError>,
) -> Option<Money> {
    let Ok(c) = currency.parse::<Currency>() else {
        errs.push(FieldError::new(format!("{field}.currency"), "code_unknown"));
        return None;
    };
    if minor < 0 {
        errs.push(FieldError::new(
            format!("{field}.amount_minor"),
            "amount_negative",
        ));
        return None;
    }
    Some(Money::new(minor, c))
}

/// Checks a question and turns it into the engine's terms. Unknown codes,
/// territories and schemes are refused with the field named
/// ([`AppError::BadRequest`]).
pub fn parse(ctx: &AppCtx, input: &EligibilityInput) -> AppResult<(Question, Option<Vec<String>>)> {
    parse_checked(ctx, input, true)
}

/// Like [`parse`], without checking `input.schemes` against the public
/// catalogue: for a question put to one given scheme, draft or not (the
/// officers' preview).
pub fn parse_question(ctx: &AppCtx, input: &EligibilityInput) -> AppResult<Question> {
    parse_checked(ctx, input, false).map(|(q, _)| q)
}

fn parse_checked(
    ctx: &AppCtx,
    input: &EligibilityInput,
    check_schemes: bool,
) -> AppResult<(Question, Option<Vec<String>>)> {
    let mut errs = Vec::new();
    let at = match &input.at {
        None => Timestamp::from_millisecond(ctx.now_ms()).unwrap_or(Timestamp::UNIX_EPOCH),
        Some(s) => s.parse::<Timestamp>().unwrap_or_else(|_| {
            errs.push(FieldError::new("at", "instant_invalid"));
            Timestamp::UNIX_EPOCH
        }),
    };
    let a = &input.applicant;
    let country = a
        .country
        .as_deref()
        .and_then(|c| match c.parse::<Country>() {
            Ok(c) => Some(c),
            Err(_) => {
                errs.push(FieldError::new("applicant.country", "code_unknown"));
                None
            }
        });
    let form = a.legal_form.as_deref().and_then(|code| {
        let countries: Vec<Country> = match country {
            Some(c) => vec![c],
            None => Country::all().to_vec(),
        };
        let found = countries.iter().find_map(|c| legal_form::lookup(*c, code));
        if found.is_none() {
            errs.push(FieldError::new("applicant.legal_form", "code_unknown"));
        }
        found
    });
    let category = a
        .category
        .as_deref()
        .and_then(|c| match c.parse::<LegalCategory>() {
            Ok(c) => Some(c),
            Err(_) => {
                errs.push(FieldError::new("applicant.category", "code_unknown"));
                None
            }
        });
    let places = a.location.as_deref().and_then(|l| {
        let known = TerritoryId::parse(l)
            .ok()
            .filter(|id| ctx.territories.get(id).is_some());
        match known {
            Some(id) => {
                let mut v = vec![id.clone()];
                v.extend(
                    ctx.territories
                        .ancestors(&id)
                        .into_iter()
                        .map(|r| r.id.clone()),
                );
                Some(v)
            }
            None => {
                errs.push(FieldError::new("applicant.location", "territory_unknown"));
                None
            }
        }
    });
    let labels = parse_codes::<Label>("applicant.labels", &a.labels, &mut errs);
    let p = &input.project;
    let themes = parse_codes::<Theme>("project.themes", &p.themes, &mut errs);
    let services = parse_codes::<Service>("project.services", &p.services, &mut errs);
    let commitments = parse_codes::<Commitment>("project.commitments", &p.commitments, &mut errs);
    let cofunders = p.cofunders.as_ref().map(|list| {
        list.iter()
            .enumerate()
            .filter_map(|(i, c)| match c.kind.parse::<CofunderKind>() {
                Ok(k) => Some(k),
                Err(_) => {
                    errs.push(FieldError::new(
                        format!("project.cofunders[{i}].kind"),
                        "code_unknown",
                    ));
                    None
                }
            })
            .collect::<Vec<_>>()
    });
    let requested = p
        .requested
        .as_ref()
        .and_then(|r| parse_money("project.requested", r.amount_minor, &r.currency, &mut errs));
    let expenses = p.eligible_expenses.as_ref().and_then(|e| {
        let m = parse_money(
            "project.eligible_expenses",
            e.amount_minor,
            &e.currency,
            &mut errs,
        );
        let v = match e.vat.parse::<Vat>() {
            Ok(v) => Some(v),
            Err(_) => {
                errs.push(FieldError::new(
                    "project.eligible_expenses.vat",
                    "code_unknown",
                ));
                None
            }
        };
        m.zip(v)
    });
    let consortium = p.consortium.and_then(|c| match u32::try_from(c.members) {
        Ok(n) if n >= 1 => Some(Consortium {
            members: n,
            lead_partner: c.lead_partner,
        }),
        _ => {
            errs.push(FieldError::new(
                "project.consortium.members",
                "number_invalid",
            ));
            None
        }
    });
    let snapshot = ctx.catalogue.current();
    if check_schemes && let Some(slugs) = &input.schemes {
        for (i, s) in slugs.iter().enumerate() {
            if snapshot.get(s).is_none() {
                errs.push(FieldError::new(format!("schemes[{i}]"), "scheme_unknown"));
            }
        }
    }
    if !errs.is_empty() {
        return Err(AppError::BadRequest(errs));
    }
    let q = Question {
        at,
        applicant: Applicant {
            country: country.or(form.map(|f| f.country)),
            form,
            category,
            places,
            ess: a.ess,
            labels,
        },
        project: Project {
            themes,
            requested,
            expenses,
            services,
            cofunders,
            commitments,
            consortium,
        },
    };
    Ok((q, input.schemes.clone()))
}

/// Answers a question for the chosen schemes (every published one by
/// default), best matches first: eligible, then unknown with the fewest
/// missing answers, then not eligible with the fewest failed conditions;
/// ties by nearest deadline, then slug.
pub fn answer(ctx: &AppCtx, tr: &Tr, q: &Question, slugs: Option<&[String]>) -> Vec<SchemeAnswer> {
    let snapshot = ctx.catalogue.current();
    let positions: Vec<usize> = match slugs {
        Some(list) => list
            .iter()
            .filter_map(|s| snapshot.catalogue.position(s))
            .collect(),
        None => (0..snapshot.catalogue.len())
            .filter(|&i| snapshot.meta[i].status == SchemeStatus::Published)
            .collect(),
    };
    let mut out: Vec<SchemeAnswer> = positions
        .into_iter()
        .map(|i| {
            let s = &snapshot.catalogue.schemes()[i];
            let ev = criteria::evaluate(s.rules(), q);
            render(ctx, tr, s, q, &ev)
        })
        .collect();
    out.sort_by(|a, b| {
        let rank = |x: &SchemeAnswer| match x.verdict {
            SchemeVerdict::Eligible => (0, 0),
            SchemeVerdict::Unknown => (1, x.missing_fields.len()),
            SchemeVerdict::NotEligible => (2, x.failed.len()),
        };
        rank(a)
            .cmp(&rank(b))
            .then_with(|| match (a.closes_at, b.closes_at) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| a.slug.cmp(&b.slug))
    });
    out
}

/// Answers a question for one given scheme, whatever its status (the
/// officers' preview of a draft): the engine's verdict and every criterion's
/// reason in the reader's language.
pub fn answer_one(
    ctx: &AppCtx,
    tr: &Tr,
    scheme: &passerelle_domain::scheme::Scheme,
    q: &Question,
) -> SchemeAnswer {
    let ev = criteria::evaluate(scheme.rules(), q);
    render(ctx, tr, scheme, q, &ev)
}

fn render(
    ctx: &AppCtx,
    tr: &Tr,
    s: &passerelle_domain::scheme::Scheme,
    q: &Question,
    ev: &Evaluation,
) -> SchemeAnswer {
    SchemeAnswer {
        slug: s.slug.clone(),
        title: s.title.get(tr.locale()).to_owned(),
        verdict: ev.verdict,
        criteria: ev
            .findings
            .iter()
            .map(|f| CriterionAnswer {
                id: f.id.clone(),
                depth: f.depth,
                group: f.group,
                verdict: f.verdict,
                message: explain::reason(tr, &ctx.territories, &f.reason),
                missing_field: (f.verdict == Verdict::Unknown)
                    .then(|| f.reason.missing_field())
                    .flatten(),
            })
            .collect(),
        missing_fields: ev.missing_fields(),
        failed: ev.failed().into_iter().map(|f| f.id.clone()).collect(),
        closes_at: s.window.next_closing(q.at),
    }
}
