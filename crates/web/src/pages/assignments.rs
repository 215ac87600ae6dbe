//! Officers' page of a call's assignment, `GET/POST /schemes/{slug}/assignments`: who reviews
//! which application (computed exactly by the solver, re-run at will), progress per application
//! and per reviewer, officers' pins (force or forbid a pair), and reminders to reviewers with
//! reviews still to send. When the constraints cannot all be met the page says which
//! applications or reviewers are at fault, and nothing changes.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::review::assign::{self, Infeasibility, Overview, RunOutcome};

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

#[derive(Template)]
#[template(path = "assignments.html")]
struct AssignmentsPage {
    page: PageCommon,
    errors: FormErrors,
    slug: String,
    call: String,
    tenant: String,
    o: Overview,
    /// Why the last run failed, in words.
    infeasible: Option<String>,
}

impl AssignmentsPage {
    fn progress(&self, code: &str) -> String {
        self.page
            .t(&format!("review-progress-{}", code.replace('_', "-")))
    }

    fn seat_status(&self, s: &assign::Seat) -> String {
        let mut out = self.page.t(&format!("assign-status-{}", s.status));
        if let Some(p) = &s.pin {
            out.push_str(" · ");
            out.push_str(&self.page.t(&format!("assign-pin-{p}")));
        }
        out
    }

    fn points(&self, thousandths: &i64) -> String {
        let whole = thousandths / 1000;
        let frac = (thousandths % 1000).abs() / 100;
        format!("{whole},{frac}")
    }
}

fn explain(page: &PageCommon, why: &Infeasibility) -> String {
    page.tr.ta(
        &format!("assign-infeasible-{}", why.code.replace('_', "-")),
        &[
            ("applications", &why.applications.join(", ")),
            ("reviewers", &why.reviewers.join(", ")),
            ("needed", &why.needed.to_string()),
            ("available", &why.available.to_string()),
        ],
    )
}

async fn render(
    p: PageCtx,
    slug: &str,
    errors: FormErrors,
    infeasible: Option<Infeasibility>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let o = assign::overview(&p.state.app, &p.actor, slug).await?;
    let call = o.scheme.scheme.title.get(p.locale).to_owned();
    let tenant =
        passerelle_app::schemes::backoffice::tenant_slug_of(&p.state.app, &o.scheme.tenant_id)
            .await?;
    let infeasible = infeasible.map(|w| explain(&p.common, &w));
    let page = AssignmentsPage {
        page: p.common,
        errors,
        slug: slug.to_owned(),
        call,
        tenant,
        o,
        infeasible,
    };
    Ok(super::html(status, &page))
}

/// `GET /schemes/{slug}/assignments`.
pub async fn show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    render(p, &slug, FormErrors::default(), None, StatusCode::OK).await
}

fn one<'a>(f: &'a [(String, String)], k: &str) -> &'a str {
    f.iter()
        .find(|(a, _)| a == k)
        .map(|(_, v)| v.trim())
        .unwrap_or_default()
}

/// `POST /schemes/{slug}/assignments`: `action` is `run`, `pin` (with `application`,
/// `reviewer` and `pin` = `forced`, `forbidden` or `none`) or `remind`.
pub async fn act(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(one(&f, "_csrf")).await?;
    let back = format!("/schemes/{slug}/assignments");
    match one(&f, "action") {
        "run" => match assign::run(&p.state.app, &p.actor, &slug).await? {
            RunOutcome::Done(_) => {
                p.flash("flash-assignment-done").await;
                Ok(super::see_other(&back))
            }
            RunOutcome::Infeasible(why) => {
                render(
                    p,
                    &slug,
                    FormErrors::default(),
                    Some(why),
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await
            }
        },
        "pin" => {
            let pin = match one(&f, "pin") {
                "none" | "" => None,
                other => Some(other),
            };
            match assign::pin(
                &p.state.app,
                &p.actor,
                &slug,
                one(&f, "application"),
                one(&f, "reviewer"),
                pin,
            )
            .await
            {
                Ok(()) => {
                    p.flash("flash-assignment-pinned").await;
                    Ok(super::see_other(&back))
                }
                Err(AppError::Invalid(errs)) => {
                    let errors = p.form_errors(&errs);
                    render(p, &slug, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
                }
                Err(e) => Err(WebError(e)),
            }
        }
        "remind" => {
            let n = assign::remind(&p.state.app, &p.actor, &slug).await?;
            p.flash(if n == 0 {
                "flash-assignment-nobody-to-remind"
            } else {
                "flash-assignment-reminded"
            })
            .await;
            Ok(super::see_other(&back))
        }
        _ => Err(WebError(AppError::field("action", "value_unknown"))),
    }
}
