//! Reviewers' pages: `GET /reviews` (the applications assigned to me, with my progress),
//! `GET/POST /reviews/{id}` (the application as I may read it — blind when the call says so —
//! and my review: a draft or sent), `POST /reviews/{id}/conflict` (I am in conflict: the
//! dossier disappears from my list at once and goes to another reviewer),
//! `POST /reviews/{id}/decline` (I cannot review it: it goes to another reviewer),
//! `GET /reviews/{id}/attachments/{attachment}`.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::applications::documents::shown;
use passerelle_app::review::{assign, pool, scoring};
use passerelle_domain::review::Marks;

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};
use crate::pages::inbox::dossier::{Answer, answer};

/// One application of my list.
pub struct Row {
    /// Link.
    pub href: String,
    /// Reference.
    pub reference: String,
    /// Title.
    pub title: String,
    /// Call title.
    pub call: String,
    /// Progress label.
    pub progress: String,
    /// Progress code (`to_do`, `draft`, `sent`).
    pub code: &'static str,
}

#[derive(Template)]
#[template(path = "reviews.html")]
struct ListPage {
    page: PageCommon,
    rows: Vec<Row>,
}

/// `GET /reviews`.
pub async fn list(p: PageCtx) -> Result<Response, WebError> {
    let q = scoring::queue(&p.state.app, &p.actor).await?;
    let rows = q
        .into_iter()
        .map(|i| Row {
            href: format!("/reviews/{}", i.application_id),
            reference: i.reference,
            title: i.title,
            call: i.scheme.scheme.title.get(p.locale).to_owned(),
            progress: p
                .common
                .t(&format!("review-progress-{}", i.progress.replace('_', "-"))),
            code: i.progress,
        })
        .collect();
    Ok(super::ok(&ListPage {
        page: p.common,
        rows,
    }))
}

/// One criterion of the grid as the form shows it.
pub struct CriterionView {
    /// Id (input names `s.<id>`, `c.<id>`).
    pub id: String,
    /// What is judged.
    pub label: String,
    /// Anchors of the scale.
    pub help: String,
    /// Weight.
    pub weight: u32,
    /// The scale's values, lowest first.
    pub scale: Vec<u32>,
    /// The score chosen.
    pub score: Option<u32>,
    /// The comment typed.
    pub comment: String,
    /// Comment needed under this score.
    pub comment_below: Option<u32>,
}

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage {
    page: PageCommon,
    errors: FormErrors,
    id: String,
    reference: String,
    title: String,
    call: String,
    organisation: Option<String>,
    blind: bool,
    sections: Vec<(String, Vec<(String, Answer)>)>,
    criteria: Vec<CriterionView>,
    version: i64,
    sent: bool,
    score: Option<String>,
}

impl ReviewPage {
    /// Whether `v` is the score chosen for `c`.
    fn is_score(&self, c: &CriterionView, v: &u32) -> bool {
        c.score == Some(*v)
    }
}

fn marks_of(json: &str) -> Marks {
    serde_json::from_str(json).unwrap_or_default()
}

async fn render(
    p: PageCtx,
    id: &str,
    typed: Option<Marks>,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, WebError> {
    let v = scoring::get(&p.state.app, &p.actor, id).await?;
    let tr = &p.common.tr;
    let cur = v.scheme.scheme.currency;
    let files = format!("/reviews/{id}/attachments");
    let sections = v
        .form
        .sections
        .iter()
        .filter(|s| v.form.visible_section(s, &v.answers))
        .map(|s| {
            let items = s
                .fields
                .iter()
                .filter(|f| v.form.visible(f, &v.answers))
                .filter(|f| {
                    !(v.grid.blind
                        && matches!(
                            f.kind,
                            passerelle_domain::application::form::FieldKind::Partners { .. }
                        ))
                })
                .map(|f| {
                    let ans = shown(f, v.answers.get(&f.id), &v.attachments, tr, cur);
                    (
                        f.label.get(p.locale).to_owned(),
                        answer(&p.common, &files, ans),
                    )
                })
                .collect();
            (s.title.get(p.locale).to_owned(), items)
        })
        .collect();
    let stored = v
        .review
        .as_ref()
        .map(|r| marks_of(&r.marks))
        .unwrap_or_default();
    let marks = typed.unwrap_or(stored);
    let criteria = v
        .grid
        .criteria
        .iter()
        .map(|c| {
            let m = marks.get(&c.id);
            CriterionView {
                id: c.id.clone(),
                label: c.label.get(p.locale).to_owned(),
                help: c.help.get(p.locale).to_owned(),
                weight: c.weight,
                scale: (c.min..=c.max).collect(),
                score: m.and_then(|m| m.score),
                comment: m.map(|m| m.comment.clone()).unwrap_or_default(),
                comment_below: c.comment_below,
            }
        })
        .collect();
    let page = ReviewPage {
        errors,
        id: id.to_owned(),
        reference: v.row.reference.clone().unwrap_or_default(),
        title: v.row.title.clone(),
        call: v.scheme.scheme.title.get(p.locale).to_owned(),
        organisation: v.organisation.clone(),
        blind: v.grid.blind,
        sections,
        criteria,
        version: v.review.as_ref().map_or(0, |r| r.version),
        sent: v.review.as_ref().is_some_and(|r| r.submitted_at.is_some()),
        score: v
            .review
            .as_ref()
            .and_then(|r| r.score)
            .map(|s| format!("{},{:02} / 100", s / 100, s % 100)),
        page: p.common,
    };
    Ok(super::html(status, &page))
}

/// `GET /reviews/{id}`.
pub async fn show(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    render(p, &id, None, FormErrors::default(), StatusCode::OK).await
}

/// `POST /reviews/{id}`: `s.<criterion>` scores, `c.<criterion>` comments, `version`, and
/// `send` (`1` to send, else a draft).
pub async fn save(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let get = |k: &str| {
        f.iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    p.check_csrf(&get("_csrf")).await?;
    let mut marks = Marks::new();
    let mut unreadable = vec![];
    for (k, v) in &f {
        if let Some(c) = k.strip_prefix("s.") {
            let score = match v.trim() {
                "" => None,
                t => match t.parse::<u32>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        unreadable.push(passerelle_app::FieldError::new(c, "score_outside"));
                        None
                    }
                },
            };
            marks.entry(c.to_owned()).or_default().score = score;
        } else if let Some(c) = k.strip_prefix("c.") {
            marks.entry(c.to_owned()).or_default().comment = v.clone();
        }
    }
    if !unreadable.is_empty() {
        let errors = p.form_errors(&unreadable);
        return render(
            p,
            &id,
            Some(marks),
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let send = get("send") == "1";
    let from: i64 = get("version").parse().unwrap_or(0);
    match scoring::save(&p.state.app, &p.actor, &id, from, &marks, send).await {
        Ok(_) => {
            p.flash(if send {
                "flash-review-sent"
            } else {
                "flash-review-saved"
            })
            .await;
            Ok(super::see_other(&format!("/reviews/{id}")))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            render(
                p,
                &id,
                Some(marks),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(WebError(e)),
    }
}

/// `POST /reviews/{id}/conflict`: I declare a conflict with this application.
pub async fn conflict(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let get = |k: &str| {
        f.iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    p.check_csrf(&get("_csrf")).await?;
    let v = scoring::get(&p.state.app, &p.actor, &id).await?;
    let tenant =
        passerelle_app::schemes::backoffice::tenant_slug_of(&p.state.app, &v.scheme.tenant_id)
            .await?;
    match pool::declare(
        &p.state.app,
        &p.actor,
        &tenant,
        None,
        Some(&id),
        &get("reason"),
    )
    .await
    {
        Ok(()) => {
            p.flash("flash-review-conflict").await;
            Ok(super::see_other("/reviews"))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            render(p, &id, None, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(WebError(e)),
    }
}

/// `POST /reviews/{id}/decline`.
pub async fn decline(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let csrf = f
        .iter()
        .find(|(a, _)| a == "_csrf")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    p.check_csrf(csrf).await?;
    assign::decline(&p.state.app, &p.actor, &id).await?;
    p.flash("flash-review-declined").await;
    Ok(super::see_other("/reviews"))
}

/// `GET /reviews/{id}/attachments/{attachment}`.
pub async fn download(
    p: PageCtx,
    Path((id, att)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (a, bytes) = scoring::download(&p.state.app, &p.actor, &id, &att).await?;
    Ok(crate::api::applications::file_response(&a, bytes))
}
