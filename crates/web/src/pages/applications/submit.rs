//! `GET /applications/{id}/submit`: everything checked as if submitted now — questions to
//! answer (linked to their section), the cross-field rules, the eligibility engine's answer
//! criterion by criterion with its reasons — and the button; `POST` submits; the receipt
//! page and its PDF.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::applications::{documents, submit};
use passerelle_app::schemes::eligibility::SchemeAnswer;
use passerelle_domain::scheme::criteria::{SchemeVerdict, Verdict};

use crate::error::WebError;
use crate::page::{PageCommon, PageCtx};

/// A problem to fix before submitting, with where to fix it.
pub struct Problem {
    /// The question (or "eligibility").
    pub label: String,
    /// What is wrong.
    pub message: String,
    /// Link to the section.
    pub href: String,
}

#[derive(Template)]
#[template(path = "app_submit.html")]
struct SubmitPage {
    page: PageCommon,
    id: String,
    title: String,
    scheme_title: String,
    problems: Vec<Problem>,
    eligibility: SchemeAnswer,
    verdict: &'static str,
    open: bool,
    closes: String,
    refused: Option<String>,
}

async fn render(
    p: PageCtx,
    id: &str,
    refused: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let r = submit::review(&p.state.app, &p.actor, id, p.locale).await?;
    let l = &r.loaded;
    let tr = &p.common.tr;
    let problems = r
        .problems
        .iter()
        .map(|e| {
            let (label, href) = match l.form.section_of(&e.field) {
                Some(s) => (
                    l.form
                        .field(&e.field)
                        .map(|f| f.label.get(p.locale).to_owned())
                        .unwrap_or_default(),
                    format!("/applications/{id}/sections/{}#field-{}", s.id, e.field),
                ),
                None => (tr.t("app-submit-eligibility"), "#eligibility".to_owned()),
            };
            Problem {
                label,
                message: tr.t(&format!("error-{}", e.code)),
                href,
            }
        })
        .collect();
    let zone = &l.scheme.scheme.window.zone;
    let now = jiff::Timestamp::from_millisecond(p.state.app.now_ms())
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let page = SubmitPage {
        id: id.to_owned(),
        title: l.row.title.clone(),
        scheme_title: l.scheme.scheme.title.get(p.locale).to_owned(),
        problems,
        verdict: match r.eligibility.verdict {
            SchemeVerdict::Eligible => "eligible",
            SchemeVerdict::NotEligible => "not-eligible",
            SchemeVerdict::Unknown => "unknown",
        },
        eligibility: r.eligibility.clone(),
        open: r.open,
        closes: l
            .scheme
            .scheme
            .window
            .next_closing(now)
            .map(|c| passerelle_app::schemes::explain::instant(tr, c, zone, true))
            .unwrap_or_default(),
        refused,
        page: p.common,
    };
    Ok(super::super::html(status, &page))
}

/// Class of a criterion's verdict, for the template.
pub fn verdict_class(v: impl std::borrow::Borrow<Verdict>) -> &'static str {
    match v.borrow() {
        Verdict::Met => "met",
        Verdict::NotMet => "not-met",
        Verdict::Unknown => "unknown",
    }
}

/// `GET /applications/{id}/submit`.
pub async fn review(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    render(p, &id, None, StatusCode::OK).await
}

/// `POST /applications/{id}/submit`.
pub async fn submit(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let csrf = f
        .iter()
        .find(|(a, _)| a == "_csrf")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    p.check_csrf(&csrf).await?;
    match submit::submit(&p.state.app, &p.actor, None, &id).await {
        Ok(_) => {
            p.flash("flash-app-submitted").await;
            Ok(super::super::see_other(&format!(
                "/applications/{id}/receipt"
            )))
        }
        Err(AppError::Invalid(_)) => render(p, &id, None, StatusCode::UNPROCESSABLE_ENTITY).await,
        Err(AppError::Conflict(code)) if code != "csrf_failed" => {
            let msg = p.common.t(&format!("error-{code}"));
            render(p, &id, Some(msg), StatusCode::CONFLICT).await
        }
        Err(e) => Err(WebError(e)),
    }
}

#[derive(Template)]
#[template(path = "app_receipt.html")]
struct ReceiptPage {
    page: PageCommon,
    id: String,
    title: String,
    scheme_title: String,
    reference: String,
    when: String,
    sha256: String,
}

/// `GET /applications/{id}/receipt`.
pub async fn receipt(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    let r = submit::receipt(&p.state.app, &p.actor, None, &id).await?;
    let l = passerelle_app::applications::drafts::get(&p.state.app, &p.actor, None, &id).await?;
    let page = ReceiptPage {
        id,
        title: l.row.title.clone(),
        scheme_title: l.scheme.scheme.title.get(p.locale).to_owned(),
        when: documents::instant_precise(&p.common.tr, r.submitted_at, &r.zone),
        reference: r.reference,
        sha256: r.sha256,
        page: p.common,
    };
    Ok(super::super::ok(&page))
}

/// `GET /applications/{id}/receipt.pdf`.
pub async fn receipt_pdf(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    let (name, bytes) = documents::receipt_pdf(&p.state.app, &p.actor, None, &id, p.locale).await?;
    Ok(super::dossier::pdf_response(&name, bytes))
}
