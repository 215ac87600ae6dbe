//! `GET /schemes/{slug}/criteria`: the criteria tree as nested lists, each
//! node with a small form for its parameters, and a sample applicant whose
//! verdict the engine gives for this very scheme (draft or not).
//! `POST /schemes/{slug}/criteria`: one change to the tree (save a node's
//! parameters, add a child, delete a node, change a group's combinator),
//! saved as a new version.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::schemes::eligibility::{
    self, AmountInput, ApplicantInput, CofunderInput, ConsortiumInput, EligibilityInput,
    ExpensesInput, ProjectInput,
};
use passerelle_app::schemes::{self, SchemeRecord, explain};
use passerelle_app::{AppError, FieldError};
use passerelle_domain::scheme::criteria::{Rule, Verdict};
use passerelle_domain::scheme::vocab::{CofunderKind, Commitment, Label, Service, Theme, Vat};
use passerelle_domain::{Country, Currency, LegalCategory, Money};

use super::tree::{self, NodeForm};
use super::values::parse_datetime;
use super::{FormData, fe};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// One node of the tree, ready to show.
pub struct NodeRow {
    /// Id.
    pub id: String,
    /// Type code.
    pub ty: &'static str,
    /// Type label.
    pub ty_label: String,
    /// The condition in plain words.
    pub text: String,
    /// Whether it combines others.
    pub group: bool,
    /// Whether it is the root.
    pub root: bool,
    /// Whether it opens a nested list (a group with children).
    pub opens: bool,
    /// Nested lists closed after it.
    pub closes: usize,
    /// Its form's values.
    pub form: NodeForm,
    /// Whether its form starts unfolded (it has an error).
    pub open: bool,
    /// Legal forms listed, with their labels.
    pub legal_form_names: Vec<String>,
}

/// One line of the preview's answer.
pub struct PreviewLine {
    /// `met`, `not_met`, `unknown`.
    pub verdict: &'static str,
    /// Verdict label.
    pub verdict_label: String,
    /// Criterion id.
    pub id: String,
    /// Why, in the reader's language.
    pub message: String,
    /// Whether it opens a nested list.
    pub opens: bool,
    /// Nested lists closed after it.
    pub closes: usize,
}

/// The preview's answer.
pub struct Preview {
    /// `eligible`, `not_eligible`, `unknown`.
    pub verdict: &'static str,
    /// Verdict in words.
    pub verdict_label: String,
    /// Per criterion.
    pub lines: Vec<PreviewLine>,
}

type Options = Vec<(String, String)>;

/// The vocabularies the forms offer, labelled.
pub struct Vocabs {
    types: Options,
    group_types: Options,
    countries: Options,
    categories: Options,
    labels: Options,
    themes: Options,
    services: Options,
    commitments: Options,
    cofunder_kinds: Options,
    vats: Options,
}

fn opts<T: Copy>(
    page: &PageCommon,
    all: &[T],
    vocab: &str,
    code: fn(T) -> &'static str,
) -> Options {
    all.iter()
        .map(|x| (code(*x).to_owned(), super::label(page, vocab, code(*x))))
        .collect()
}

impl Vocabs {
    fn new(page: &PageCommon) -> Self {
        let types = |list: &[&str]| {
            list.iter()
                .map(|t| ((*t).to_owned(), page.t(&format!("bo-type-{t}"))))
                .collect()
        };
        Vocabs {
            types: types(&tree::TYPES),
            group_types: types(&tree::GROUP_TYPES),
            countries: opts(page, Country::all(), "countries", Country::as_str),
            categories: opts(
                page,
                LegalCategory::all(),
                "beneficiary_categories",
                LegalCategory::as_str,
            ),
            labels: opts(page, Label::all(), "labels", Label::as_str),
            themes: opts(page, Theme::all(), "themes", Theme::as_str),
            services: opts(page, Service::all(), "services", Service::as_str),
            commitments: opts(page, Commitment::all(), "commitments", Commitment::as_str),
            cofunder_kinds: opts(
                page,
                CofunderKind::all(),
                "cofunder_kinds",
                CofunderKind::as_str,
            ),
            vats: opts(page, Vat::all(), "vat", Vat::as_str),
        }
    }
}

#[derive(Template)]
#[template(path = "bo_criteria.html")]
struct CriteriaPage {
    page: PageCommon,
    slug: String,
    title: String,
    version: i64,
    status: String,
    status_label: String,
    currency: String,
    zone: String,
    rows: Vec<NodeRow>,
    errors: FormErrors,
    v: Vocabs,
    sample: FormData,
    preview: Option<Preview>,
    preview_errors: FormErrors,
}

impl CriteriaPage {
    fn node_error(&self, id: &str) -> Option<&String> {
        self.errors.get(&format!("node-{id}"))
    }

    fn currency_label(&self) -> String {
        super::label(&self.page, "currencies", &self.currency)
    }
}

/// The values typed in one node's form, shown instead of the stored ones.
struct Override {
    node: String,
    form: NodeForm,
}

fn rows(
    p: &PageCtx,
    rec: &SchemeRecord,
    errors: &FormErrors,
    ov: Option<&Override>,
) -> Vec<NodeRow> {
    let page = &p.common;
    let root = &rec.scheme.criteria;
    let texts: HashMap<String, String> = explain::criteria(&page.tr, root)
        .into_iter()
        .map(|c| (c.id, c.text))
        .collect();
    // Depths in the tree, root at 0.
    let mut depths = Vec::new();
    let mut stack = vec![(root, 0u8)];
    let mut nodes = Vec::new();
    while let Some((n, d)) = stack.pop() {
        nodes.push(n);
        depths.push(d);
        for c in n.rule.children().iter().rev() {
            stack.push((c, d.saturating_add(1)));
        }
    }
    let nesting = tree::nesting(&depths);
    nodes
        .into_iter()
        .zip(nesting)
        .map(|(n, (opens, closes))| {
            let ty = n.rule.type_name();
            let form = match ov {
                Some(o) if o.node == n.id => o.form.clone(),
                _ => NodeForm::of_node(n, p.locale),
            };
            let has_error = errors
                .0
                .keys()
                .any(|k| *k == format!("node-{}", n.id) || k.starts_with(&format!("n-{}-", n.id)));
            let legal_form_names = match &n.rule {
                Rule::Beneficiary { legal_forms, .. } => legal_forms
                    .iter()
                    .map(|f| match f.info() {
                        Some(i) => format!("{} – {} ({})", i.code, i.label, i.country),
                        None => f.code.clone(),
                    })
                    .collect(),
                _ => vec![],
            };
            NodeRow {
                id: n.id.clone(),
                ty,
                ty_label: page.t(&format!("bo-type-{ty}")),
                text: texts
                    .get(&n.id)
                    .cloned()
                    .unwrap_or_else(|| page.t("crit-all")),
                group: tree::GROUP_TYPES.contains(&ty),
                root: std::ptr::eq(n, root),
                opens,
                closes,
                form,
                open: has_error || ov.is_some_and(|o| o.node == n.id),
                legal_form_names,
            }
        })
        .collect()
}

fn list(s: &FormData, name: &str) -> Option<Vec<String>> {
    let all = s.all(name);
    if all.is_empty() {
        return None;
    }
    Some(
        all.into_iter()
            .filter(|v| v != "none" && !v.is_empty())
            .collect(),
    )
}

fn amount(s: &str, currency: Currency, field: &str, errs: &mut Vec<FieldError>) -> Option<i64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    match Money::parse_major(s, currency) {
        Ok(m) => Some(m.minor),
        Err(e) => {
            errs.push(fe(field, e.code()));
            None
        }
    }
}

/// The sample applicant as an eligibility question, amounts in the scheme's
/// currency and the date in its zone.
fn sample_input(
    s: &FormData,
    currency: Currency,
    zone: &str,
    errs: &mut Vec<FieldError>,
) -> EligibilityInput {
    let opt = |name: &str| Some(s.get(name).trim().to_owned()).filter(|v| !v.is_empty());
    let at = parse_datetime(s.get("s_at"), "s_at", errs).and_then(|d| {
        let tz = jiff::tz::TimeZone::get(zone).ok()?;
        let z = tz.to_ambiguous_zoned_datetime(d).compatible().ok()?;
        Some(z.timestamp().to_string())
    });
    let requested = amount(s.get("s_requested"), currency, "s_requested", errs);
    let expenses = amount(s.get("s_expenses"), currency, "s_expenses", errs);
    let consortium = match s.get("s_members").trim() {
        "" => None,
        m => match m.parse::<i64>() {
            Ok(members) => Some(ConsortiumInput {
                members,
                lead_partner: s.has("s_lead"),
            }),
            Err(_) => {
                errs.push(fe("s_members", "number_invalid"));
                None
            }
        },
    };
    EligibilityInput {
        at,
        schemes: None,
        applicant: ApplicantInput {
            country: opt("s_country"),
            legal_form: opt("s_legal_form"),
            category: None,
            location: opt("s_location"),
            ess: match s.get("s_ess") {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            labels: list(s, "s_labels"),
        },
        project: ProjectInput {
            themes: list(s, "s_themes"),
            requested: requested.map(|amount_minor| AmountInput {
                amount_minor,
                currency: currency.as_str().to_owned(),
            }),
            eligible_expenses: expenses.map(|amount_minor| ExpensesInput {
                amount_minor,
                currency: currency.as_str().to_owned(),
                vat: s.get("s_vat").to_owned(),
            }),
            services: list(s, "s_services"),
            cofunders: list(s, "s_cofunders")
                .map(|v| v.into_iter().map(|kind| CofunderInput { kind }).collect()),
            commitments: list(s, "s_commitments"),
            consortium,
        },
    }
}

/// Moves an eligibility question's field onto the sample form's input.
fn sample_field(field: &str) -> &'static str {
    let f = field.split('[').next().unwrap_or(field);
    match f {
        "applicant.country" => "s_country",
        "applicant.legal_form" => "s_legal_form",
        "applicant.location" => "s_location",
        "applicant.labels" => "s_labels",
        "project.themes" => "s_themes",
        "project.services" => "s_services",
        "project.commitments" => "s_commitments",
        "project.cofunders" => "s_cofunders",
        "project.eligible_expenses.vat" => "s_vat",
        "at" => "s_at",
        _ if f.starts_with("project.requested") => "s_requested",
        _ if f.starts_with("project.eligible_expenses") => "s_expenses",
        _ if f.starts_with("project.consortium") => "s_members",
        _ => "s_country",
    }
}

fn verdict_label(page: &PageCommon, v: Verdict) -> String {
    page.t(&format!("bo-verdict-{}", v.as_str()))
}

fn preview(p: &PageCtx, rec: &SchemeRecord, s: &FormData) -> (Option<Preview>, FormErrors) {
    let mut errs = Vec::new();
    let input = sample_input(s, rec.scheme.currency, &rec.scheme.window.zone, &mut errs);
    let q = match eligibility::parse_question(&p.state.app, &input) {
        Ok(q) if errs.is_empty() => q,
        Ok(_) => return (None, p.form_errors(&errs)),
        Err(AppError::BadRequest(more) | AppError::Invalid(more)) => {
            errs.extend(
                more.into_iter()
                    .map(|e| fe(sample_field(&e.field), &e.code)),
            );
            return (None, p.form_errors(&errs));
        }
        Err(_) => return (None, p.form_errors(&[fe("s_country", "invalid_value")])),
    };
    let page = &p.common;
    let answer = eligibility::answer_one(&p.state.app, &page.tr, &rec.scheme, &q);
    let depths: Vec<u8> = answer.criteria.iter().map(|c| c.depth).collect();
    let lines = answer
        .criteria
        .into_iter()
        .zip(tree::nesting(&depths))
        .map(|(c, (opens, closes))| PreviewLine {
            verdict: c.verdict.as_str(),
            verdict_label: verdict_label(page, c.verdict),
            id: c.id,
            message: c.message,
            opens,
            closes,
        })
        .collect();
    (
        Some(Preview {
            verdict: answer.verdict.as_str(),
            verdict_label: page.t(&format!("bo-scheme-verdict-{}", answer.verdict.as_str())),
            lines,
        }),
        FormErrors::default(),
    )
}

struct Render {
    status: StatusCode,
    errors: FormErrors,
    ov: Option<Override>,
    sample: FormData,
}

fn render(p: PageCtx, rec: &SchemeRecord, r: Render) -> Response {
    let rows = rows(&p, rec, &r.errors, r.ov.as_ref());
    let (preview, preview_errors) = if r.sample.has("preview") {
        preview(&p, rec, &r.sample)
    } else {
        (None, FormErrors::default())
    };
    let page = p.common;
    let v = Vocabs::new(&page);
    super::super::html(
        r.status,
        &CriteriaPage {
            slug: rec.scheme.slug.clone(),
            title: rec.scheme.title.get(page.tr.locale()).to_owned(),
            version: rec.version,
            status: rec.status.as_str().to_owned(),
            status_label: super::label(&page, "statuses", rec.status.as_str()),
            currency: rec.scheme.currency.as_str().to_owned(),
            zone: rec.scheme.window.zone.clone(),
            rows,
            errors: r.errors,
            v,
            sample: r.sample,
            preview,
            preview_errors,
            page,
        },
    )
}

/// `GET /schemes/{slug}/criteria` (with `?preview=1&s_…` for the sample).
pub async fn show(
    p: PageCtx,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let rec = schemes::get_for_staff(&p.state.app, &p.actor, &slug).await?;
    Ok(render(
        p,
        &rec,
        Render {
            status: StatusCode::OK,
            errors: FormErrors::default(),
            ov: None,
            sample: FormData(pairs),
        },
    ))
}

/// What one POST changes in the tree: `(node to show afterwards, problems)`.
fn apply(
    scheme: &mut passerelle_domain::scheme::Scheme,
    f: &FormData,
    ov: &mut Option<Override>,
) -> Result<(String, Vec<FieldError>), AppError> {
    let node = f.get("node").to_owned();
    let key = format!("node-{node}");
    let currency = scheme.currency;
    let root_id = scheme.criteria.id.clone();
    let not_found = || vec![fe(&key, "criterion_not_found")];
    match f.get("action") {
        "save" => {
            let Some(n) = tree::find_mut(&mut scheme.criteria, &node) else {
                return Ok((node, not_found()));
            };
            *ov = Some(Override {
                node: node.clone(),
                form: NodeForm::of_form(f, n.rule.type_name()),
            });
            let errs = tree::apply_params(n, f, currency);
            Ok((n.id.clone(), errs))
        }
        "add" => match tree::add_child(scheme, &node, f.get("child_type"), &key) {
            Ok(id) => Ok((id, vec![])),
            Err(e) => Ok((node, vec![e])),
        },
        "delete" if node == root_id => Ok((node, vec![fe(&key, "criterion_root")])),
        "delete" => {
            if tree::delete(&mut scheme.criteria, &node) {
                Ok((String::new(), vec![]))
            } else {
                Ok((node, not_found()))
            }
        }
        "regroup" => {
            let Some(n) = tree::find_mut(&mut scheme.criteria, &node) else {
                return Ok((node, not_found()));
            };
            let r = tree::regroup(n, f.get("group_type"), f.get("min"), &key);
            Ok((node, r.err().into_iter().collect()))
        }
        _ => Err(AppError::BadRequest(vec![fe("action", "value_unknown")])),
    }
}

/// `POST /schemes/{slug}/criteria`.
pub async fn act(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let rec = schemes::get_for_staff(&p.state.app, &p.actor, &slug).await?;
    let version = f.get("version").trim().parse::<i64>().unwrap_or(0);
    let node = f.get("node").to_owned();
    let action = f.get("action").to_owned();
    let mut scheme = rec.scheme.clone();
    let mut ov = None;
    let (focus, pre) = apply(&mut scheme, &f, &mut ov)?;
    let result = if pre.is_empty() {
        let note_node = if action == "delete" { &node } else { &focus };
        let note = format!("criteria-{action}:{note_node}");
        schemes::update(&p.state.app, &p.actor, &slug, version, scheme, &note).await
    } else {
        Err(AppError::Invalid(pre))
    };
    let sample = FormData::default();
    match result {
        Ok(_) => {
            p.flash("flash-bo-criteria-saved").await;
            let anchor = if focus.is_empty() {
                String::new()
            } else {
                format!("#node-{focus}")
            };
            Ok(super::super::see_other(&format!(
                "/schemes/{slug}/criteria{anchor}"
            )))
        }
        Err(AppError::Invalid(errs)) => {
            // Problems found by the domain name the criterion by its (maybe
            // new) id; show them on the node that was being edited.
            let errs: Vec<FieldError> = errs
                .into_iter()
                .map(|e| match e.field.strip_prefix("criteria.") {
                    Some(id) if id == focus && action == "save" => {
                        fe(&format!("node-{node}"), &e.code)
                    }
                    Some(id) => fe(&format!("node-{id}"), &e.code),
                    None if e.field == "criteria" => fe("criteria-tree", &e.code),
                    None => e,
                })
                .collect();
            let errors = p.form_errors(&errs);
            Ok(render(
                p,
                &rec,
                Render {
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    errors,
                    ov,
                    sample,
                },
            ))
        }
        Err(AppError::Conflict("version_conflict")) => {
            let current = schemes::get_for_staff(&p.state.app, &p.actor, &slug).await?;
            let errors = p.form_errors(&[fe("criteria-tree", "version_conflict")]);
            Ok(render(
                p,
                &current,
                Render {
                    status: StatusCode::CONFLICT,
                    errors,
                    ov,
                    sample,
                },
            ))
        }
        Err(e) => Err(e.into()),
    }
}
