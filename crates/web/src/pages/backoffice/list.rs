//! `GET /authorities/{tenant}/schemes`: an authority's schemes in every
//! status, with the way to create one, export them all and import a file.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::applications::inbox;
use passerelle_app::schemes::{self, SchemeRecord};
use passerelle_app::tenants;
use passerelle_domain::scheme::vocab::SchemeKind;

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// One scheme in the list.
pub struct Row {
    /// Slug.
    pub slug: String,
    /// Title in the reader's language.
    pub title: String,
    /// Status code.
    pub status: String,
    /// Status label.
    pub status_label: String,
    /// Kind label.
    pub kind_label: String,
    /// Version number.
    pub version: i64,
    /// Last change, written out.
    pub updated: String,
    /// For a call or a scheme with applications, the inbox link's text with their number.
    pub applications: Option<String>,
}

/// One problem of a refused import, ready to show.
pub struct ProblemView {
    /// Which scheme: position and slug.
    pub scheme: String,
    /// Field path.
    pub field: String,
    /// Message in the reader's language.
    pub message: String,
}

/// What the last import did, from the redirect's query.
#[derive(serde::Deserialize, Default)]
pub struct ReportQuery {
    created: Option<usize>,
    updated: Option<usize>,
    unchanged: Option<usize>,
}

#[derive(Template)]
#[template(path = "bo_list.html")]
struct ListPage {
    page: PageCommon,
    tenant_slug: String,
    tenant_name: String,
    rows: Vec<Row>,
    errors: FormErrors,
    problems: Vec<ProblemView>,
    report: Option<(String, String, String)>,
}

fn rows(page: &PageCommon, recs: &[SchemeRecord], counts: &HashMap<String, i64>) -> Vec<Row> {
    recs.iter()
        .map(|r| Row {
            applications: match counts.get(&r.id).copied().unwrap_or(0) {
                0 if r.scheme.kind != SchemeKind::CallForProjects => None,
                n => Some(page.t1("bo-applications-link", "count", &n.to_string())),
            },
            slug: r.scheme.slug.clone(),
            title: r.scheme.title.get(page.tr.locale()).to_owned(),
            status: r.status.as_str().to_owned(),
            status_label: super::label(page, "statuses", r.status.as_str()),
            kind_label: super::label(page, "scheme_kinds", r.scheme.kind.as_str()),
            version: r.version,
            updated: super::when(page, r.updated_at, &r.scheme.window.zone),
        })
        .collect()
}

/// Renders the list, with an import's problems when there are some.
pub async fn render(
    p: PageCtx,
    tenant: &str,
    status: StatusCode,
    errors: FormErrors,
    problems: Vec<ProblemView>,
    report: Option<(usize, usize, usize)>,
) -> Result<Response, WebError> {
    let recs = schemes::list_for_tenant(&p.state.app, &p.actor, tenant).await?;
    let counts = inbox::submitted_counts(&p.state.app, &p.actor, tenant).await?;
    let t = tenants::get(&p.state.app, tenant, p.locale).await?;
    let page = p.common;
    let report = report.map(|(c, u, n)| {
        (
            page.t1("bo-import-created", "count", &c.to_string()),
            page.t1("bo-import-updated", "count", &u.to_string()),
            page.t1("bo-import-unchanged", "count", &n.to_string()),
        )
    });
    Ok(super::super::html(
        status,
        &ListPage {
            rows: rows(&page, &recs, &counts),
            page,
            tenant_slug: t.tenant.slug,
            tenant_name: t.tenant.name,
            errors,
            problems,
            report,
        },
    ))
}

/// `GET /authorities/{tenant}/schemes`.
pub async fn show(
    p: PageCtx,
    Path(tenant): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    let report = match (q.created, q.updated, q.unchanged) {
        (None, None, None) => None,
        (c, u, n) => Some((c.unwrap_or(0), u.unwrap_or(0), n.unwrap_or(0))),
    };
    render(
        p,
        &tenant,
        StatusCode::OK,
        FormErrors::default(),
        vec![],
        report,
    )
    .await
}
