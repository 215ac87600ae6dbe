//! `GET /applications/{id}`: the applicant's view of an application — its sections and their
//! progress, the team, files, what can be done next (submit, complete, withdraw), the
//! receipt, the thread with the officers and the history. Officers are sent to their page.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use passerelle_app::applications::workflow::{self, HistoryEntry, MessageView};
use passerelle_app::applications::{Loaded, Role, documents, drafts};
use passerelle_app::{AppError, FieldError};
use passerelle_domain::application::{By, Event, State};

use super::SectionSummary;
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

#[derive(Template)]
#[template(path = "app_dossier.html")]
struct DossierPage {
    /// The committee's decision letter can be downloaded.
    letter: bool,
    page: PageCommon,
    errors: FormErrors,
    id: String,
    title: String,
    scheme_slug: String,
    scheme_title: String,
    state_label: String,
    editable: bool,
    draft: bool,
    reference: Option<String>,
    submitted_at: String,
    sections: Vec<SectionSummary>,
    team: drafts::Team,
    events: Vec<(Event, String)>,
    messages: Vec<(MessageView, String)>,
    history: Vec<(String, String, String)>,
    asked: String,
    info_requested: bool,
    closes: String,
    message_draft: String,
}

impl DossierPage {
    /// "3 of 5 required questions answered", with the language's plurals.
    fn progress(&self, s: &SectionSummary) -> String {
        self.page.tr.ta(
            "app-section-progress",
            &[
                ("done", &s.done.to_string()),
                ("required", &s.required.to_string()),
            ],
        )
    }
}

fn event_text(p: &PageCommon, h: &HistoryEntry) -> String {
    let what = p.t(&format!("event-{}", h.event.action.replace('_', "-")));
    match &h.event.to_state {
        Some(to) if h.event.from_state.as_deref() != Some(to.as_str()) => {
            let to = to
                .parse::<State>()
                .map(|s| p.t(&s.public_label_key()))
                .unwrap_or_default();
            format!("{what} → {to}")
        }
        _ => what,
    }
}

pub(super) async fn render(
    p: PageCtx,
    l: Loaded,
    errors: FormErrors,
    message_draft: String,
    status: axum::http::StatusCode,
) -> Result<Response, WebError> {
    let app = &p.state.app;
    let id = l.row.id.clone();
    let team = drafts::team(app, &p.actor, &id).await?;
    let zone = l.scheme.scheme.window.zone.clone();
    let tr = &p.common.tr;
    let messages = if l.state.is_submitted() {
        workflow::messages(app, &p.actor, None, &id)
            .await?
            .into_iter()
            .map(|m| {
                let at = documents::instant_precise(tr, m.at, &zone);
                (m, at)
            })
            .collect()
    } else {
        vec![]
    };
    let entries = workflow::history(app, &p.actor, None, &id).await?;
    // While information is requested, what the officers asked stands at the top of the page.
    let asked = (l.state == State::InfoRequested)
        .then(|| {
            entries
                .iter()
                .rev()
                .find(|h| h.event.action == Event::RequestInfo.as_str())
                .and_then(|h| h.note())
        })
        .flatten()
        .unwrap_or_default();
    let history = entries
        .iter()
        .map(|h| {
            (
                documents::instant_precise(tr, h.event.at, &zone),
                p.common.tr.ta(
                    "app-history-line",
                    &[("who", &h.actor), ("what", &event_text(&p.common, h))],
                ),
                h.note().unwrap_or_default(),
            )
        })
        .collect();
    let now =
        jiff::Timestamp::from_millisecond(app.now_ms()).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let closes = l
        .scheme
        .scheme
        .window
        .next_closing(now)
        .map(|c| passerelle_app::schemes::explain::instant(tr, c, &zone, true))
        .unwrap_or_default();
    let letter =
        l.state.is_final() && passerelle_app::review::letters::has_letter(app, &l.row.id).await?;
    let page = DossierPage {
        letter,
        errors,
        id: id.clone(),
        title: l.row.title.clone(),
        scheme_slug: l.scheme.scheme.slug.clone(),
        scheme_title: l.scheme.scheme.title.get(p.locale).to_owned(),
        state_label: p.common.t(&l.state.public_label_key()),
        editable: l.state.applicant_edits(),
        draft: l.state == State::Draft,
        reference: l.row.reference.clone(),
        submitted_at: l
            .row
            .submitted_at
            .map(|at| documents::instant_precise(tr, at, &zone))
            .unwrap_or_default(),
        sections: super::summaries(&l, tr),
        team,
        events: l
            .state
            .next_events(By::Applicant)
            .into_iter()
            .filter(|e| *e != Event::Submit)
            .map(|e| {
                (
                    e,
                    p.common
                        .t(&format!("app-event-{}", e.as_str().replace('_', "-"))),
                )
            })
            .collect(),
        messages,
        history,
        asked,
        info_requested: l.state == State::InfoRequested,
        closes,
        message_draft,
        page: p.common,
    };
    Ok(super::super::html(status, &page))
}

/// `GET /applications/{id}`.
pub async fn show(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    // Officers have their own page of the dossier (which records their reading).
    if let (Role::Officer, slug) = drafts::locate(&p.state.app, &p.actor, &id).await? {
        return Ok(super::super::see_other(&format!(
            "/schemes/{slug}/applications/{id}"
        )));
    }
    let l = drafts::get(&p.state.app, &p.actor, None, &id).await?;
    render(
        p,
        l,
        FormErrors::default(),
        String::new(),
        axum::http::StatusCode::OK,
    )
    .await
}

fn field(f: &[(String, String)], k: &str) -> String {
    f.iter()
        .find(|(a, _)| a == k)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// `POST /applications/{id}/messages`.
pub async fn message(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(&field(&f, "_csrf")).await?;
    let body = field(&f, "body");
    match workflow::post_message(&p.state.app, &p.actor, None, &id, &body).await {
        Ok(()) => {
            p.flash("flash-app-message-sent").await;
            Ok(super::super::see_other(&format!(
                "/applications/{id}#messages"
            )))
        }
        Err(AppError::Invalid(errs)) => {
            let l = drafts::get(&p.state.app, &p.actor, None, &id).await?;
            let errors = p.form_errors(&errs);
            render(
                p,
                l,
                errors,
                body,
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(WebError(e)),
    }
}

/// `POST /applications/{id}/transition`: the applicant completes or withdraws.
pub async fn transition(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(&field(&f, "_csrf")).await?;
    let event: Event = field(&f, "event")
        .parse()
        .map_err(|_| AppError::BadRequest(vec![FieldError::new("event", "value_unknown")]))?;
    // Withdrawing is for good: the box must be ticked (no script needed to ask twice).
    if event == Event::Withdraw && field(&f, "confirm") != "yes" {
        let l = drafts::get(&p.state.app, &p.actor, None, &id).await?;
        let errors = p.form_errors(&[FieldError::new("confirm", "withdraw_unconfirmed")]);
        return render(
            p,
            l,
            errors,
            String::new(),
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match workflow::transition(&p.state.app, &p.actor, None, &id, event, &field(&f, "note")).await {
        Ok(_) => {
            p.flash(&format!("flash-app-{}", event.as_str().replace('_', "-")))
                .await;
            Ok(super::super::see_other(&format!("/applications/{id}")))
        }
        Err(AppError::Invalid(errs)) => {
            let l = drafts::get(&p.state.app, &p.actor, None, &id).await?;
            let errors = p.form_errors(&errs);
            render(
                p,
                l,
                errors,
                String::new(),
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(WebError(e)),
    }
}

/// `GET /applications/{id}/dossier.pdf`: the whole application as a PDF.
pub async fn pdf(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    let (name, bytes) = documents::dossier_pdf(&p.state.app, &p.actor, &id, p.locale).await?;
    Ok(pdf_response(&name, bytes))
}

/// A PDF download.
pub fn pdf_response(name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", name.replace(['"', '\\'], "")),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}
