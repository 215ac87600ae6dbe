//! The public catalogue: search with facets, scheme pages, and the "Am I
//! eligible?" wizard. Everything is a GET form, so it works without
//! JavaScript and every state has a shareable URL.

use askama::Template;
use axum::extract::{Path, RawQuery};
use axum::response::Response;
use passerelle_app::schemes::eligibility::{self, SchemeAnswer};
use passerelle_app::schemes::explain;
use passerelle_app::schemes::search::{self, SearchHit, SearchParams};
use passerelle_app::schemes::wizard::{self, WizardAnswers, many, one};
use passerelle_app::{AppError, FieldError, organisations};
use passerelle_domain::scheme::criteria::{SchemeVerdict, Verdict};
use passerelle_domain::scheme::vocab::{CofunderKind, Commitment, Service, Theme};
use passerelle_domain::{LegalCategory, Money};

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// Query-string pairs; repeated keys are kept (facets are multi-valued).
fn pairs(raw: &Option<String>) -> Vec<(String, String)> {
    wizard::pairs(raw.as_deref().unwrap_or(""))
}

/// A checkbox or radio option with its facet count.
pub struct FacetOption {
    value: String,
    label: String,
    count: usize,
    checked: bool,
}

/// A result as shown.
pub struct HitView {
    slug: String,
    title: String,
    summary: String,
    tenant: String,
    kind: String,
    open: bool,
    closes: String,
    closes_iso: String,
    max_grant: String,
    themes: String,
}

#[derive(Template)]
#[template(path = "catalogue.html")]
struct CataloguePage {
    page: PageCommon,
    q: String,
    territory: String,
    territory_name: String,
    sort: String,
    open: String,
    themes: Vec<FacetOption>,
    categories: Vec<FacetOption>,
    kinds: Vec<FacetOption>,
    funders: Vec<FacetOption>,
    open_now: usize,
    closing_soon: usize,
    total: usize,
    hits: Vec<HitView>,
    page_no: u32,
    pages: u32,
    page_of: String,
    prev_href: String,
    next_href: String,
    errors: FormErrors,
}

fn hit_view(tr: &passerelle_app::i18n::Tr, h: &SearchHit) -> HitView {
    HitView {
        slug: h.slug.clone(),
        title: h.title.clone(),
        summary: h.summary.clone(),
        tenant: h.tenant_name.clone(),
        kind: explain::code_label(tr, "scheme_kinds", h.kind.as_str()),
        open: h.open,
        closes: h
            .closes
            .map(|c| explain::instant(tr, c, &h.zone, true))
            .unwrap_or_default(),
        closes_iso: h.closes.map(|c| c.to_string()).unwrap_or_default(),
        max_grant: h
            .max_grant
            .map(|m| tr.money_whole(m.minor, m.currency))
            .unwrap_or_default(),
        themes: h
            .themes
            .iter()
            .map(|t| explain::code_label(tr, "themes", t.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn with_page(pairs: &[(String, String)], page: u32) -> String {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs.iter().filter(|(k, _)| k != "page") {
        ser.append_pair(k, v);
    }
    ser.append_pair("page", &page.to_string());
    format!("/schemes?{}", ser.finish())
}

/// `GET /schemes`: search the catalogue.
pub async fn index(p: PageCtx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let qp = pairs(&raw);
    let params = SearchParams {
        q: one(&qp, "q").unwrap_or_default(),
        territory: one(&qp, "territory"),
        category: many(&qp, "category"),
        theme: many(&qp, "theme"),
        kind: many(&qp, "kind"),
        open: one(&qp, "open"),
        funder: one(&qp, "funder"),
        sort: one(&qp, "sort"),
        page: one(&qp, "page").and_then(|s| s.parse().ok()),
        per_page: None,
    };
    let tr = &p.common.tr;
    let (result, errors) = match search::search(&p.state.app, p.locale, &params) {
        Ok(r) => (Some(r), FormErrors::default()),
        Err(AppError::BadRequest(f)) => (None, p.form_errors(&f)),
        Err(e) => return Err(WebError(e)),
    };
    let opt = |vocab: &str, v: &str, count: usize, selected: &[String]| FacetOption {
        value: v.to_owned(),
        label: explain::code_label(tr, vocab, v),
        count,
        checked: selected.iter().any(|s| s == v),
    };
    let page = match &result {
        Some(r) => CataloguePage {
            themes: r
                .facets
                .themes
                .iter()
                .map(|(t, n)| opt("themes", t.as_str(), *n, &params.theme))
                .collect(),
            categories: r
                .facets
                .categories
                .iter()
                .map(|(c, n)| opt("beneficiary_categories", c.as_str(), *n, &params.category))
                .collect(),
            kinds: r
                .facets
                .kinds
                .iter()
                .map(|(k, n)| opt("scheme_kinds", k.as_str(), *n, &params.kind))
                .collect(),
            funders: r
                .facets
                .funders
                .iter()
                .map(|(f, n)| FacetOption {
                    value: f.clone(),
                    label: f.clone(),
                    count: *n,
                    checked: params.funder.as_deref() == Some(f.as_str()),
                })
                .collect(),
            open_now: r.facets.open_now,
            closing_soon: r.facets.closing_soon,
            total: r.total,
            hits: r.hits.iter().map(|h| hit_view(tr, h)).collect(),
            page_no: r.page,
            pages: r.pages(),
            page_of: tr.ta(
                "catalogue-page-of",
                &[
                    ("page", &r.page.to_string()),
                    ("pages", &r.pages().to_string()),
                ],
            ),
            prev_href: with_page(&qp, r.page.saturating_sub(1).max(1)),
            next_href: with_page(&qp, r.page + 1),
            territory_name: r
                .territory
                .as_ref()
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
            ..empty_page(&p, &params, errors)
        },
        None => empty_page(&p, &params, errors),
    };
    let status = if page.errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    Ok(crate::pages::html(status, &page))
}

fn empty_page(p: &PageCtx, params: &SearchParams, errors: FormErrors) -> CataloguePage {
    CataloguePage {
        page: p.common.clone(),
        q: params.q.clone(),
        territory: params.territory.clone().unwrap_or_default(),
        territory_name: String::new(),
        sort: params.sort.clone().unwrap_or_default(),
        open: params.open.clone().unwrap_or_default(),
        themes: vec![],
        categories: vec![],
        kinds: vec![],
        funders: vec![],
        open_now: 0,
        closing_soon: 0,
        total: 0,
        hits: vec![],
        page_no: 1,
        pages: 1,
        page_of: String::new(),
        prev_href: String::new(),
        next_href: String::new(),
        errors,
    }
}

/// A condition line.
pub struct ConditionView {
    depth: u8,
    text: String,
}

#[derive(Template)]
#[template(path = "scheme.html")]
struct SchemePage {
    page: PageCommon,
    /// Whether the call takes applications on the platform now (published, a form, not closed).
    can_apply: bool,
    slug: String,
    title: String,
    tenant_slug: String,
    tenant_name: String,
    closed_status: bool,
    summary: String,
    paragraphs: Vec<String>,
    kind: String,
    funders: String,
    perimeter: String,
    window: String,
    open_now: bool,
    next_closing: String,
    next_closing_iso: String,
    envelope: String,
    max_grant: String,
    min_grant: String,
    rate_cap: String,
    min_expenses: String,
    themes: String,
    languages: String,
    conditions: Vec<ConditionView>,
    assessed: Vec<String>,
    documents: Vec<String>,
    contact: String,
    url: String,
}

/// `GET /schemes/{slug}`: a public scheme in plain words.
pub async fn show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let snap = p.state.app.catalogue.current();
    let (s, meta) = snap.get(&slug).ok_or(WebError(AppError::NotFound))?;
    let tr = &p.common.tr;
    let l = p.locale;
    let now = jiff::Timestamp::from_millisecond(p.state.app.now_ms())
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let money = |m: Option<Money>| {
        m.map(|m| tr.money_whole(m.minor, m.currency))
            .unwrap_or_default()
    };
    let next = s.window.next_closing(now);
    let has_form = passerelle_app::applications::forms::public_form(&p.state.app, &slug)
        .await
        .is_ok();
    let page = SchemePage {
        page: p.common.clone(),
        can_apply: has_form
            && meta.status == passerelle_domain::scheme::vocab::SchemeStatus::Published
            && !matches!(
                s.window.state_at(now),
                passerelle_domain::scheme::window::WindowState::Closed { .. }
            ),
        slug: s.slug.clone(),
        title: s.title.get(l).to_owned(),
        tenant_slug: meta.tenant_slug.clone(),
        tenant_name: meta.tenant_name.clone(),
        closed_status: meta.status == passerelle_domain::scheme::vocab::SchemeStatus::Closed,
        summary: s.summary.get(l).to_owned(),
        paragraphs: s
            .description
            .get(l)
            .split("\n\n")
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect(),
        kind: explain::code_label(tr, "scheme_kinds", s.kind.as_str()),
        funders: s
            .funders
            .iter()
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        perimeter: explain::perimeter(tr, &p.state.app.territories, &s.perimeter),
        window: explain::window(tr, &s.window),
        open_now: s.window.is_open_at(now),
        next_closing: next
            .map(|c| explain::instant(tr, c, &s.window.zone, true))
            .unwrap_or_default(),
        next_closing_iso: next.map(|c| c.to_string()).unwrap_or_default(),
        envelope: money(s.envelope),
        max_grant: money(s.max_grant()),
        min_grant: money(s.min_grant()),
        rate_cap: s
            .rate_cap()
            .map(|bp| explain::rate(tr, bp))
            .unwrap_or_default(),
        min_expenses: s
            .min_expenses()
            .map(|(m, vat)| {
                format!(
                    "{} {}",
                    tr.money(m.minor, m.currency),
                    explain::code_label(tr, "vat", vat.as_str())
                )
            })
            .unwrap_or_default(),
        themes: s
            .themes
            .iter()
            .map(|t| explain::code_label(tr, "themes", t.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        languages: s
            .languages
            .iter()
            .map(|x| tr.t(&format!("language-name-{}", x.as_str())))
            .collect::<Vec<_>>()
            .join(", "),
        conditions: explain::criteria(tr, &s.criteria)
            .into_iter()
            .map(|c| ConditionView {
                depth: c.depth,
                text: c.text,
            })
            .collect(),
        assessed: s
            .assessed_in_review
            .iter()
            .map(|t| t.get(l).to_owned())
            .collect(),
        documents: s.documents.iter().map(|t| t.get(l).to_owned()).collect(),
        contact: s.contact.clone().unwrap_or_default(),
        url: s
            .url
            .clone()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .unwrap_or_default(),
    };
    Ok(crate::pages::ok(&page))
}

/// A choice in the wizard.
pub struct Choice {
    value: String,
    label: String,
    checked: bool,
}

/// A criterion's answer as shown.
pub struct LineView {
    depth: u8,
    verdict: &'static str,
    label: String,
    message: String,
}

/// A scheme answer as shown.
pub struct AnswerView {
    slug: String,
    title: String,
    /// One line per criterion.
    lines: Vec<LineView>,
    /// For unknowns: what to answer.
    missing: Vec<String>,
    /// For near misses: the failing condition.
    failing: String,
}

#[derive(Template)]
#[template(path = "wizard.html")]
struct WizardPage {
    page: PageCommon,
    submitted: bool,
    orgs: Vec<Choice>,
    scheme: String,
    scheme_title: String,
    country: String,
    categories: Vec<Choice>,
    legal_form: String,
    location: String,
    ess: String,
    themes: Vec<Choice>,
    requested: String,
    currency: String,
    expenses: String,
    vat: String,
    services: Vec<Choice>,
    cofunders: Vec<Choice>,
    commitments: Vec<Choice>,
    members: String,
    lead: bool,
    errors: FormErrors,
    eligible: Vec<AnswerView>,
    unknown: Vec<AnswerView>,
    near: Vec<AnswerView>,
    others: Vec<AnswerView>,
    from_org: String,
}

fn choices<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    vocab: &str,
    tr: &passerelle_app::i18n::Tr,
    selected: &[String],
) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            let c = code(*v);
            Choice {
                value: c.to_owned(),
                label: explain::code_label(tr, vocab, c),
                checked: selected.iter().any(|s| s == c),
            }
        })
        .collect()
}

/// The wizard's form field for an engine request field.
fn form_field(api_field: &str) -> &'static str {
    let f = api_field.split(['[', '.']).collect::<Vec<_>>();
    match (f.first().copied(), f.get(1).copied()) {
        (Some("applicant"), Some("country")) => "country",
        (Some("applicant"), Some("legal_form")) => "legal_form",
        (Some("applicant"), Some("category")) => "category",
        (Some("applicant"), Some("location")) => "location",
        (Some("project"), Some("requested")) => "requested",
        (Some("project"), Some("eligible_expenses")) => "expenses",
        (Some("project"), Some("consortium")) => "members",
        (Some("schemes"), _) => "scheme",
        _ => "form",
    }
}

fn answer_view(tr: &passerelle_app::i18n::Tr, a: &SchemeAnswer) -> AnswerView {
    AnswerView {
        slug: a.slug.clone(),
        title: a.title.clone(),
        lines: a
            .criteria
            .iter()
            .map(|c| LineView {
                depth: c.depth,
                verdict: c.verdict.as_str(),
                label: tr.t(&format!("wizard-verdict-{}", c.verdict.as_str())),
                message: c.message.clone(),
            })
            .collect(),
        missing: a
            .missing_fields
            .iter()
            .map(|f| tr.t(&explain::field_key(f)))
            .collect(),
        failing: a
            .criteria
            .iter()
            .find(|c| c.depth == 0 && c.verdict == Verdict::NotMet)
            .map(|c| c.message.clone())
            .unwrap_or_default(),
    }
}

/// `GET /eligibility`: the wizard. Uses the chosen organisation's profile
/// when the reader is signed in, and asks for the rest.
pub async fn wizard(p: PageCtx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let qp = pairs(&raw);
    let tr = &p.common.tr;
    let get = |k: &str| one(&qp, k).unwrap_or_default().trim().to_owned();
    let submitted = get("go") == "1";
    let mut errs: Vec<FieldError> = Vec::new();

    // The reader's organisations, to prefill the applicant.
    let my_orgs = if p.actor.user.is_some() {
        organisations::list_mine(&p.state.app, &p.actor)
            .await
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let org_id = get("org");
    let org = my_orgs.iter().find(|o| o.id == org_id);
    let mut a = WizardAnswers::from_pairs(&qp);
    if let Some(o) = org {
        a.country = o.country.clone();
        a.legal_form = o.legal_form.clone().unwrap_or_default();
        a.location = o.commune_id.clone().unwrap_or_default();
        a.category = o.legal_category.clone();
        if o.sse_member {
            a.ess = "yes".into();
        }
    }
    let scheme = get("scheme");
    // An empty selection is "not answered": the criteria that need it stay
    // unknown and the answer says what to tell, rather than guessing "none".
    let input = match a.input(&p.state.app) {
        Ok(mut input) => {
            input.schemes = (!scheme.is_empty()).then(|| vec![scheme.clone()]);
            Some(input)
        }
        Err(e) => {
            errs.extend(e);
            None
        }
    };
    let mut answers: Vec<SchemeAnswer> = Vec::new();
    if let Some(input) = input.filter(|_| submitted) {
        match eligibility::parse(&p.state.app, &input) {
            Ok((q, slugs)) => answers = eligibility::answer(&p.state.app, tr, &q, slugs.as_deref()),
            Err(AppError::BadRequest(f)) => errs.extend(
                f.into_iter()
                    .map(|e| FieldError::new(form_field(&e.field), e.code)),
            ),
            Err(e) => return Err(WebError(e)),
        }
    }
    let split = |v: SchemeVerdict, near: Option<bool>| -> Vec<AnswerView> {
        answers
            .iter()
            .filter(|a| a.verdict == v && near.is_none_or(|n| a.near_miss() == n))
            .map(|a| answer_view(tr, a))
            .collect()
    };
    let snap = p.state.app.catalogue.current();
    let page = WizardPage {
        page: p.common.clone(),
        submitted: submitted && errs.is_empty(),
        orgs: my_orgs
            .iter()
            .map(|o| Choice {
                value: o.id.clone(),
                label: o.legal_name.clone(),
                checked: o.id == org_id,
            })
            .collect(),
        scheme_title: snap
            .get(&scheme)
            .map(|(s, _)| s.title.get(p.locale).to_owned())
            .unwrap_or_default(),
        scheme,
        categories: choices(
            LegalCategory::all(),
            LegalCategory::as_str,
            "beneficiary_categories",
            tr,
            std::slice::from_ref(&a.category),
        ),
        themes: choices(Theme::all(), Theme::as_str, "themes", tr, &a.themes),
        services: choices(Service::all(), Service::as_str, "services", tr, &a.services),
        cofunders: choices(
            CofunderKind::all(),
            CofunderKind::as_str,
            "cofunder_kinds",
            tr,
            &a.cofunders,
        ),
        commitments: choices(
            Commitment::all(),
            Commitment::as_str,
            "commitments",
            tr,
            &a.commitments,
        ),
        country: a.country,
        legal_form: a.legal_form,
        location: a.location,
        ess: a.ess,
        requested: a.requested,
        currency: a.currency,
        expenses: a.expenses,
        vat: a.vat,
        members: a.members,
        lead: a.lead,
        errors: p.form_errors(&errs),
        eligible: split(SchemeVerdict::Eligible, None),
        unknown: split(SchemeVerdict::Unknown, None),
        near: split(SchemeVerdict::NotEligible, Some(true)),
        others: split(SchemeVerdict::NotEligible, Some(false)),
        from_org: org.map(|o| o.legal_name.clone()).unwrap_or_default(),
    };
    let status = if page.errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    Ok(crate::pages::html(status, &page))
}
