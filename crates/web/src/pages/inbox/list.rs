//! `GET /schemes/{slug}/applications`: a call's inbox for its officers. Filters come as a
//! GET form; a bad one gives the page with its field errors (422) and no list, never a 500.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::applications::inbox::{self, Filters, InboxPage, Item, PAGE_SIZE};
use passerelle_app::{AppError, FieldError};
use passerelle_domain::Currency;
use passerelle_domain::application::State;
use passerelle_domain::application::form::{Feeds, FieldKind, Form};

use super::{Typed, event_key, filters_of, officer_events, state_label, verdict_label};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};
use crate::pages::backoffice::{FormData, label};

/// The eligibility verdicts recorded at submission.
const VERDICTS: [&str; 3] = ["eligible", "unknown", "not_eligible"];

/// One application in the list.
pub struct Row {
    /// Id.
    pub id: String,
    /// Receipt reference.
    pub reference: String,
    /// Project title.
    pub title: String,
    /// Applying organisation.
    pub organisation: String,
    /// State code (styles).
    pub state: String,
    /// Internal label of the state.
    pub state_label: String,
    /// Amount requested, written out ("" when not said).
    pub amount: String,
    /// Submission instant in the call's zone.
    pub submitted: String,
    /// Verdict code at submission (styles).
    pub verdict: String,
    /// Its label.
    pub verdict_label: String,
}

/// A choice of a select: (value, label, selected).
pub type Opt = (String, String, bool);

/// What a bulk change did, ready to show above the list.
pub struct BulkSummary {
    /// "3 applications changed".
    pub changed: String,
    /// Refused ones: (reference, reason).
    pub refused: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxView {
    page: PageCommon,
    slug: String,
    title: String,
    zone: String,
    t: Typed,
    errors: FormErrors,
    /// False when the filters are wrong: the list is not shown.
    listed: bool,
    rows: Vec<Row>,
    pages: usize,
    page_no: usize,
    /// `?filters` of the first page.
    first_page: String,
    /// "Page 2 of 3".
    page_of: String,
    prev: Option<String>,
    next: Option<String>,
    /// By state: (label, count, link filtering on it).
    counts: Vec<(String, usize, String)>,
    /// "2 drafts in progress".
    drafts: String,
    /// "12 applications match".
    found: String,
    states: Vec<Opt>,
    themes: Vec<Opt>,
    verdicts: Vec<Opt>,
    sorts: Vec<Opt>,
    events: Vec<Opt>,
    /// `?filters` for the exports ("" without filters).
    export_query: String,
    /// Filters and page as a query string: the bulk form's way back.
    back: String,
    bulk: Option<BulkSummary>,
}

fn row(page: &PageCommon, i: &Item, zone: &str, currency: Currency) -> Row {
    let verdict = i.row.eligibility.clone().unwrap_or_default();
    Row {
        id: i.row.id.clone(),
        reference: i.row.reference.clone().unwrap_or_default(),
        title: i.row.title.clone(),
        organisation: i.organisation.clone(),
        state: i.state.as_str().to_owned(),
        state_label: state_label(page, i.state),
        amount: i
            .requested
            .map(|m| page.tr.money(m, currency))
            .unwrap_or_default(),
        submitted: i
            .row
            .submitted_at
            .map(|ms| super::local_time(page, ms, zone))
            .unwrap_or_default(),
        verdict_label: if verdict.is_empty() {
            String::new()
        } else {
            verdict_label(page, &verdict)
        },
        verdict,
    }
}

/// The theme codes the call's form asks applicants to choose from: the theme filter is
/// offered only then, since a form without such a question gives no application a theme.
fn themes_asked(form: Option<&Form>) -> Vec<String> {
    form.into_iter()
        .flat_map(|f| f.fields())
        .filter(|(_, f)| f.feeds == Some(Feeds::Themes))
        .flat_map(|(_, f)| match &f.kind {
            FieldKind::MultipleChoice { options, .. } => {
                options.iter().map(|o| o.value.clone()).collect()
            }
            _ => vec![],
        })
        .collect()
}

fn options(values: impl IntoIterator<Item = (String, String)>, current: &str) -> Vec<Opt> {
    values
        .into_iter()
        .map(|(v, l)| {
            let selected = v == current;
            (v, l, selected)
        })
        .collect()
}

/// Renders the inbox with `t`'s filters. Wrong filters (ours and the use case's) give the
/// form with their errors and without the list; `bulk_errors` (nothing ticked, an unknown
/// event) keep the list to tick again. Either way the status is 422.
pub async fn render(
    p: PageCtx,
    slug: &str,
    t: Typed,
    bulk_errors: Vec<FieldError>,
    bulk: Option<BulkSummary>,
) -> Result<Response, WebError> {
    let (filters, mut errors) = filters_of(&p, slug, &t).await?;
    let result = if errors.is_empty() {
        inbox::inbox(&p.state.app, &p.actor, slug, &filters).await
    } else {
        Err(AppError::Invalid(vec![]))
    };
    let (data, listed) = match result {
        Ok(data) => (data, true),
        Err(AppError::Invalid(more)) => {
            errors.extend(more);
            // Authorised like any inbox, and gives the counts above the corrected form.
            let all = inbox::inbox(&p.state.app, &p.actor, slug, &Filters::default()).await?;
            (all, false)
        }
        Err(e) => return Err(e.into()),
    };
    errors.extend(bulk_errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let errors = p.form_errors(&errors);
    Ok(crate::pages::html(
        status,
        &view(p.common, slug, t, errors, data, listed, bulk),
    ))
}

fn view(
    page: PageCommon,
    slug: &str,
    t: Typed,
    errors: FormErrors,
    data: InboxPage,
    listed: bool,
    bulk: Option<BulkSummary>,
) -> InboxView {
    let scheme = &data.scheme.scheme;
    let zone = scheme.window.zone.clone();
    let pages = data.total.div_ceil(PAGE_SIZE).max(1);
    let page_no = t.page;
    let link = |n: usize| format!("/schemes/{slug}/applications{}", t.suffix(n));
    InboxView {
        slug: slug.to_owned(),
        title: scheme.title.get(page.tr.locale()).to_owned(),
        rows: data
            .items
            .iter()
            .map(|i| row(&page, i, &zone, scheme.currency))
            .collect(),
        prev: (listed && page_no > 1).then(|| link(page_no.min(pages + 1) - 1)),
        next: (listed && page_no < pages).then(|| link(page_no + 1)),
        counts: data
            .by_state
            .iter()
            .map(|(s, n)| {
                // Wrong filters are not carried into the counts' links.
                let kept = if listed {
                    t.clone()
                } else {
                    Typed::read(&FormData::default())
                };
                let href = format!(
                    "/schemes/{slug}/applications{}",
                    kept.with("state", s.as_str()).suffix(1)
                );
                (state_label(&page, *s), *n, href)
            })
            .collect(),
        drafts: page.t1("inbox-drafts", "count", &data.drafts.to_string()),
        found: page.t1("inbox-found", "count", &data.total.to_string()),
        states: options(
            State::all()
                .iter()
                .filter(|s| **s != State::Draft)
                .map(|s| (s.as_str().to_owned(), state_label(&page, *s))),
            t.get("state"),
        ),
        themes: options(
            themes_asked(data.form.as_ref()).into_iter().map(|code| {
                let l = label(&page, "themes", &code);
                (code, l)
            }),
            t.get("theme"),
        ),
        verdicts: options(
            VERDICTS
                .iter()
                .map(|v| ((*v).to_owned(), verdict_label(&page, v))),
            t.get("verdict"),
        ),
        sorts: options(
            ["newest", "oldest", "amount", "title", "organisation"]
                .iter()
                .map(|s| ((*s).to_owned(), page.t(&format!("inbox-sort-{s}")))),
            t.get("sort"),
        ),
        events: options(
            officer_events()
                .into_iter()
                .map(|e| (e.as_str().to_owned(), page.t(&event_key(e)))),
            "",
        ),
        export_query: t.suffix(1),
        back: t.query(page_no),
        page_of: page.tr.ta(
            "inbox-page-of",
            &[
                ("page", &page_no.to_string()),
                ("pages", &pages.to_string()),
            ],
        ),
        first_page: t.suffix(1),
        zone,
        pages,
        page_no,
        listed,
        errors,
        bulk,
        t,
        page,
    }
}

/// `GET /schemes/{slug}/applications`.
pub async fn show(
    p: PageCtx,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let t = Typed::read(&FormData(pairs));
    render(p, &slug, t, vec![], None).await
}
