//! `GET /schemes/{slug}/applications/{id}`: a dossier for the call's officers: summary,
//! every answer of record section by section, history, messages, the state changes open to
//! officers and the PDF. Reading it is written to the audit trail (`view`).

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::FieldError;
use passerelle_app::applications::documents::{self, Shown, instant_precise};
use passerelle_app::applications::dossier::{self, OfficerDossier};
use passerelle_domain::application::By;

use super::{event_key, state_label, verdict_label};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// An answer as the page shows it.
pub enum Answer {
    /// Not answered.
    Empty,
    /// Paragraphs of text.
    Text(Vec<String>),
    /// Files: (download link, name, size).
    Files(Vec<(String, String, String)>),
    /// A table: headings and rows, each cell with whether it is right-aligned (amounts).
    Table(Vec<(String, bool)>, Vec<Vec<(String, bool)>>),
}

/// A section of the form with its answers: (title, [(question, answer)]).
pub type SectionView = (String, Vec<(String, Answer)>);

/// One entry of the history.
pub struct HistoryRow {
    /// When, to the second, in the call's zone.
    pub at: String,
    /// Who.
    pub actor: String,
    /// What.
    pub what: String,
    /// From which state ("" when none).
    pub from: String,
    /// To which state ("" when unchanged).
    pub to: String,
    /// The note written with a transition ("" when none).
    pub note: String,
}

/// One message of the thread.
pub struct MessageRow {
    /// Author's name.
    pub author: String,
    /// "Applicant" or "Officer".
    pub side: String,
    /// When, in the call's zone.
    pub at: String,
    /// Paragraphs.
    pub body: Vec<String>,
}

/// A state change open to officers, with its own note field.
pub struct EventForm {
    /// Event code.
    pub code: String,
    /// Button label.
    pub label: String,
    /// Id of the note field (`note-<event>`).
    pub note_id: String,
    /// The note typed, after an error.
    pub note: String,
    /// The note's error.
    pub error: Option<String>,
}

/// What the reader typed in the page's forms, given back after an error.
#[derive(Debug, Clone, Default)]
pub struct Typed {
    /// The event whose note was typed.
    pub event: String,
    /// The note.
    pub note: String,
    /// The message.
    pub body: String,
}

#[derive(Template)]
#[template(path = "dossier_officer.html")]
struct DossierView {
    page: PageCommon,
    slug: String,
    id: String,
    title: String,
    scheme_title: String,
    /// Summary: (term, value, link).
    summary: Vec<(String, String, Option<String>)>,
    /// When the answers are those of a completion: the sentence that says so.
    record_note: Option<String>,
    sections: Vec<SectionView>,
    history: Vec<HistoryRow>,
    messages: Vec<MessageRow>,
    events: Vec<EventForm>,
    /// The message typed, after an error.
    body: String,
    errors: FormErrors,
}

/// Paragraphs of a text: one per line, blank lines dropped.
pub(crate) fn paragraphs(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// An answer as a page shows it; files link under `files_base` (`…/attachments`).
pub(crate) fn answer(page: &PageCommon, files_base: &str, s: Shown) -> Answer {
    match s {
        Shown::Empty => Answer::Empty,
        Shown::Text(t) => Answer::Text(paragraphs(&t)),
        Shown::Files(list) => Answer::Files(
            list.into_iter()
                .map(|(aid, name, bytes)| {
                    (
                        format!("{files_base}/{aid}"),
                        name,
                        documents::size(&page.tr, bytes),
                    )
                })
                .collect(),
        ),
        Shown::Table {
            headers,
            rows,
            right,
        } => Answer::Table(
            headers
                .into_iter()
                .enumerate()
                .map(|(i, h)| (h, right.get(i).copied().unwrap_or(false)))
                .collect(),
            rows.into_iter()
                .map(|r| {
                    r.into_iter()
                        .enumerate()
                        .map(|(i, c)| (c, right.get(i).copied().unwrap_or(false)))
                        .collect()
                })
                .collect(),
        ),
    }
}

fn summary(page: &PageCommon, d: &OfficerDossier) -> Vec<(String, String, Option<String>)> {
    let l = &d.loaded;
    let zone = &l.scheme.scheme.window.zone;
    let mut out = vec![
        (
            page.t("inbox-reference"),
            l.row.reference.clone().unwrap_or_default(),
            None,
        ),
        (page.t("inbox-state"), state_label(page, l.state), None),
    ];
    if let Some(o) = &d.organisation {
        out.push((
            page.t("inbox-organisation"),
            o.legal_name.clone(),
            Some(format!("/organisations/{}", o.id)),
        ));
    }
    if let Some(at) = l.row.submitted_at {
        out.push((
            page.t("inbox-submitted-at"),
            instant_precise(&page.tr, at, zone),
            None,
        ));
    }
    if let Some(sha) = &l.row.frozen_sha256 {
        out.push((page.t("inbox-sha256"), sha.clone(), None));
    }
    if let Some(v) = &l.row.eligibility {
        out.push((
            page.t("inbox-verdict-at-submission"),
            verdict_label(page, v),
            None,
        ));
    }
    out.push((
        page.t("inbox-form-version"),
        l.row.form_version.to_string(),
        None,
    ));
    out
}

fn view(page: PageCommon, d: OfficerDossier, typed: Typed, errors: FormErrors) -> DossierView {
    let l = &d.loaded;
    let locale = page.tr.locale();
    let zone = l.scheme.scheme.window.zone.clone();
    let cur = l.scheme.scheme.currency;
    let sections = l
        .form
        .sections
        .iter()
        .filter(|s| l.form.visible_section(s, &d.answers))
        .map(|s| {
            let items = s
                .fields
                .iter()
                .filter(|f| l.form.visible(f, &d.answers))
                .map(|f| {
                    let shown =
                        documents::shown(f, d.answers.get(&f.id), &d.attachments, &page.tr, cur);
                    (
                        f.label.get(locale).to_owned(),
                        answer(
                            &page,
                            &format!("/applications/{}/attachments", l.row.id),
                            shown,
                        ),
                    )
                })
                .collect();
            (s.title.get(locale).to_owned(), items)
        })
        .collect();
    let history = d
        .history
        .iter()
        .map(|h| {
            let state = |s: &Option<String>| {
                s.as_deref()
                    .and_then(|s| s.parse().ok())
                    .map(|s| state_label(&page, s))
                    .unwrap_or_default()
            };
            HistoryRow {
                at: instant_precise(&page.tr, h.event.at, &zone),
                actor: h.actor.clone(),
                what: page.t(&format!("event-{}", h.event.action.replace('_', "-"))),
                from: state(&h.event.from_state),
                to: state(&h.event.to_state),
                note: h.note().unwrap_or_default(),
            }
        })
        .collect();
    let messages = d
        .messages
        .iter()
        .map(|m| MessageRow {
            author: m.author.clone(),
            side: page.t(&format!("inbox-side-{}", m.side)),
            at: super::local_time(&page, m.at, &zone),
            body: paragraphs(&m.body),
        })
        .collect();
    DossierView {
        summary: summary(&page, &d),
        record_note: d.completed_at.map(|at| {
            page.t1(
                "inbox-record-completed",
                "when",
                &instant_precise(&page.tr, at, &zone),
            )
        }),
        slug: l.scheme.scheme.slug.clone(),
        id: l.row.id.clone(),
        title: if l.row.title.is_empty() {
            page.t("inbox-untitled")
        } else {
            l.row.title.clone()
        },
        scheme_title: l.scheme.scheme.title.get(locale).to_owned(),
        sections,
        history,
        messages,
        events: l
            .state
            .next_events(By::Officer)
            .into_iter()
            .map(|e| {
                let note_id = format!("note-{}", e.as_str());
                EventForm {
                    code: e.as_str().to_owned(),
                    label: page.t(&event_key(e)),
                    note: if typed.event == e.as_str() {
                        typed.note.clone()
                    } else {
                        String::new()
                    },
                    error: errors.get(&note_id).cloned(),
                    note_id,
                }
            })
            .collect(),
        body: typed.body,
        errors,
        page,
    }
}

/// Renders the dossier for an officer (a reading, written to the audit trail), with what was
/// typed and its errors after a refused post.
pub async fn render(
    p: PageCtx,
    slug: &str,
    id: &str,
    status: StatusCode,
    typed: Typed,
    errors: &[FieldError],
) -> Result<Response, WebError> {
    let d = dossier::for_officer(&p.state.app, &p.actor, slug, id).await?;
    let errors = p.form_errors(errors);
    Ok(crate::pages::html(
        status,
        &view(p.common, d, typed, errors),
    ))
}

/// `GET /schemes/{slug}/applications/{id}`.
pub async fn show(
    p: PageCtx,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    render(p, &slug, &id, StatusCode::OK, Typed::default(), &[]).await
}
