//! `GET /schemes/{slug}/history` (versions, newest first) and `GET
//! /schemes/{slug}/history/{version}` (one version in plain words, with what
//! changed since the one before).

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::schemes::explain::{self, CriterionText};
use passerelle_app::schemes::{self, VersionView, backoffice};
use passerelle_domain::scheme::Scheme;

use crate::error::WebError;
use crate::page::{PageCommon, PageCtx};

/// The fields that differ between two states of a scheme, as the
/// translation keys of their labels, in form order.
pub fn changed_fields(a: &Scheme, b: &Scheme) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut diff = |changed: bool, key: &'static str| {
        if changed {
            out.push(key);
        }
    };
    diff(a.slug != b.slug, "bo-field-slug");
    diff(a.kind != b.kind, "bo-field-kind");
    diff(a.edition != b.edition, "bo-field-edition");
    diff(a.programme != b.programme, "bo-field-programme");
    diff(a.title != b.title, "bo-field-title");
    diff(a.summary != b.summary, "bo-field-summary");
    diff(a.description != b.description, "bo-field-description");
    diff(a.funders != b.funders, "bo-section-funders");
    diff(a.perimeter != b.perimeter, "bo-field-perimeter");
    diff(a.themes != b.themes, "bo-section-themes");
    diff(a.window != b.window, "bo-section-window");
    diff(a.currency != b.currency, "bo-field-currency");
    diff(a.envelope != b.envelope, "bo-field-envelope");
    diff(a.criteria != b.criteria, "bo-criteria-title");
    diff(a.documents != b.documents, "bo-section-documents");
    diff(
        a.assessed_in_review != b.assessed_in_review,
        "bo-section-review",
    );
    diff(a.languages != b.languages, "bo-section-languages");
    diff(a.contact != b.contact, "bo-field-contact");
    diff(a.url != b.url, "bo-field-url");
    out
}

/// A version's note in the reader's language.
pub fn note_text(page: &PageCommon, note: &str) -> String {
    if let Some(s) = note.strip_prefix("status:") {
        return page.t1(
            "bo-note-status",
            "status",
            &super::label(page, "statuses", s),
        );
    }
    if let Some(s) = note.strip_prefix("edition-of:") {
        return page.t1("bo-note-edition-of", "slug", s);
    }
    if let Some((action, node)) = note.split_once(':')
        && let Some(action) = action.strip_prefix("criteria-")
        && matches!(action, "save" | "add" | "delete" | "regroup")
    {
        return page.t1(&format!("bo-note-criteria-{action}"), "node", node);
    }
    match note {
        "created" => page.t("bo-note-created"),
        "edit" => page.t("bo-note-edit"),
        "demo" => page.t("bo-note-demo"),
        backoffice::IMPORT_NOTE => page.t("bo-note-import"),
        other => other.to_owned(),
    }
}

/// One line of the history.
pub struct Line {
    /// Version number.
    pub version: i64,
    /// Status code.
    pub status: String,
    /// Status label.
    pub status_label: String,
    /// Author's name, if known.
    pub author: String,
    /// Note, in words.
    pub note: String,
    /// When, written out.
    pub date: String,
}

#[derive(Template)]
#[template(path = "bo_history.html")]
struct HistoryPage {
    page: PageCommon,
    slug: String,
    title: String,
    lines: Vec<Line>,
}

async fn lines(p: &PageCtx, versions: &[VersionView]) -> Result<Vec<Line>, WebError> {
    let ids: Vec<String> = versions
        .iter()
        .filter_map(|v| v.author_id.clone())
        .collect();
    let names = backoffice::author_names(&p.state.app, &ids).await?;
    let page = &p.common;
    Ok(versions
        .iter()
        .map(|v| Line {
            version: v.version,
            status: v.status.as_str().to_owned(),
            status_label: super::label(page, "statuses", v.status.as_str()),
            author: v
                .author_id
                .as_ref()
                .and_then(|id| names.get(id).cloned())
                .unwrap_or_default(),
            note: note_text(page, &v.note),
            date: super::when(page, v.created_at, &v.scheme.window.zone),
        })
        .collect())
}

/// `GET /schemes/{slug}/history`.
pub async fn list(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let versions = schemes::history(&p.state.app, &p.actor, &slug).await?;
    let lines = lines(&p, &versions).await?;
    let title = versions
        .first()
        .map(|v| v.scheme.title.get(p.locale).to_owned())
        .unwrap_or_default();
    Ok(super::super::ok(&HistoryPage {
        page: p.common,
        slug,
        title,
        lines,
    }))
}

/// One scheme field shown on a version's page.
pub struct Fact {
    /// Label.
    pub label: String,
    /// Values (one per line).
    pub values: Vec<String>,
}

#[derive(Template)]
#[template(path = "bo_version.html")]
struct VersionPage {
    page: PageCommon,
    slug: String,
    line: Line,
    title: String,
    has_previous: bool,
    changes: Vec<String>,
    facts: Vec<Fact>,
    conditions: Vec<CriterionText>,
}

fn facts(p: &PageCtx, s: &Scheme) -> Vec<Fact> {
    let page = &p.common;
    let tr = &page.tr;
    let index = &p.state.app.territories;
    let fact = |key: &str, values: Vec<String>| Fact {
        label: page.t(key),
        values,
    };
    let money = |m: passerelle_domain::Money| tr.money(m.minor, m.currency);
    let mut out = vec![
        fact(
            "bo-field-kind",
            vec![super::label(page, "scheme_kinds", s.kind.as_str())],
        ),
        fact("bo-field-edition", vec![s.edition.to_string()]),
    ];
    for (lang, _) in super::LANGS {
        let pick = |t: &passerelle_domain::scheme::LocalText| match lang {
            "fr" => t.fr.clone(),
            "pl" => t.pl.clone(),
            _ => t.en.clone(),
        };
        out.push(Fact {
            label: page.t1(
                "bo-section-texts",
                "language",
                &page.t(&format!("bo-language-{lang}")),
            ),
            values: [pick(&s.title), pick(&s.summary)]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect(),
        });
    }
    out.push(fact(
        "bo-section-funders",
        s.funders
            .iter()
            .map(|f| {
                let kind = super::label(page, "cofunder_kinds", f.kind.as_str());
                if f.lead {
                    format!("{} ({kind}, {})", f.name, page.t("bo-field-funder-lead"))
                } else {
                    format!("{} ({kind})", f.name)
                }
            })
            .collect(),
    ));
    out.push(fact(
        "bo-field-perimeter",
        vec![explain::perimeter(tr, index, &s.perimeter)],
    ));
    out.push(fact(
        "bo-section-themes",
        s.themes
            .iter()
            .map(|t| super::label(page, "themes", t.as_str()))
            .collect(),
    ));
    out.push(fact(
        "bo-section-window",
        vec![explain::window(tr, &s.window)],
    ));
    out.push(fact(
        "bo-field-envelope",
        s.envelope.map(money).into_iter().collect(),
    ));
    out.push(fact(
        "bo-field-max-grant",
        s.max_grant().map(money).into_iter().collect(),
    ));
    out.push(fact(
        "bo-section-documents",
        s.documents
            .iter()
            .map(|d| d.get(p.locale).to_owned())
            .collect(),
    ));
    out.push(fact(
        "bo-section-review",
        s.assessed_in_review
            .iter()
            .map(|d| d.get(p.locale).to_owned())
            .collect(),
    ));
    out.push(fact(
        "bo-section-languages",
        s.languages
            .iter()
            .map(|l| {
                super::LANGS
                    .iter()
                    .find(|(c, _)| *c == l.as_str())
                    .map_or_else(|| l.to_string(), |(_, n)| (*n).to_owned())
            })
            .collect(),
    ));
    out.push(fact(
        "bo-field-contact",
        s.contact.clone().into_iter().collect(),
    ));
    out.push(fact("bo-field-url", s.url.clone().into_iter().collect()));
    out
}

/// `GET /schemes/{slug}/history/{version}`.
pub async fn show(
    p: PageCtx,
    Path((slug, version)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let versions = schemes::history(&p.state.app, &p.actor, &slug).await?;
    let i = versions
        .iter()
        .position(|v| v.version == version)
        .ok_or(AppError::NotFound)?;
    let this = &versions[i];
    let previous = versions.get(i + 1);
    let mut changes: Vec<String> = previous
        .map(|prev| {
            changed_fields(&prev.scheme, &this.scheme)
                .into_iter()
                .map(|k| p.common.t(k))
                .collect()
        })
        .unwrap_or_default();
    if previous.is_some_and(|prev| prev.status != this.status) {
        changes.insert(0, p.common.t("bo-field-status"));
    }
    let line = lines(&p, std::slice::from_ref(this))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let facts = facts(&p, &this.scheme);
    let conditions = explain::criteria(&p.common.tr, &this.scheme.criteria);
    Ok(super::super::ok(&VersionPage {
        title: this.scheme.title.get(p.locale).to_owned(),
        page: p.common,
        slug,
        line,
        has_previous: previous.is_some(),
        changes,
        facts,
        conditions,
    }))
}
