//! Officers' pages for review: `GET/POST /authorities/{slug}/reviewers` (the pool: staff and
//! external experts with their expertise, languages, territories and capacity) and
//! `GET/POST /schemes/{slug}/review-settings` (the scoring grid and the call's review
//! settings). Both are plain forms; criteria are rows of inputs with spare rows to fill.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::review::pool::{self, Reviewer, ReviewerInput};
use passerelle_app::review::settings::{self, ReviewSettings};
use passerelle_domain::review::{Criterion, Grid};
use passerelle_domain::scheme::LocalText;
use passerelle_domain::scheme::vocab::Theme;

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// Spare criterion rows offered by the settings page.
const SPARE: usize = 2;

fn all(f: &[(String, String)], k: &str) -> Vec<String> {
    f.iter()
        .filter(|(a, _)| a == k)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

fn one(f: &[(String, String)], k: &str) -> String {
    f.iter()
        .find(|(a, _)| a == k)
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "reviewers.html")]
struct PoolPage {
    page: PageCommon,
    errors: FormErrors,
    slug: String,
    reviewers: Vec<(Reviewer, String)>,
    themes: Vec<(String, String)>,
    typed: Vec<(String, String)>,
}

impl PoolPage {
    fn typed(&self, k: &str) -> String {
        one(&self.typed, k)
    }

    fn ticked(&self, k: &str, v: &str) -> bool {
        self.typed.iter().any(|(a, b)| a == k && b == v)
    }
}

async fn pool_page(
    p: PageCtx,
    slug: &str,
    typed: Vec<(String, String)>,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, WebError> {
    let list = pool::list(&p.state.app, &p.actor, slug).await?;
    let tr = &p.common.tr;
    let reviewers = list
        .into_iter()
        .map(|r| {
            let themes = r
                .expertise
                .iter()
                .map(|t| passerelle_app::schemes::explain::code_label(tr, "themes", t.as_str()))
                .collect::<Vec<_>>()
                .join(", ");
            (r, themes)
        })
        .collect();
    let themes = Theme::all()
        .iter()
        .map(|t| {
            (
                t.as_str().to_owned(),
                passerelle_app::schemes::explain::code_label(tr, "themes", t.as_str()),
            )
        })
        .collect();
    let page = PoolPage {
        page: p.common,
        errors,
        slug: slug.to_owned(),
        reviewers,
        themes,
        typed,
    };
    Ok(super::html(status, &page))
}

/// `GET /authorities/{slug}/reviewers`.
pub async fn pool_show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let typed = vec![
        ("capacity".to_owned(), "10".to_owned()),
        ("active".to_owned(), "1".to_owned()),
        ("languages".to_owned(), p.locale.as_str().to_owned()),
    ];
    pool_page(p, &slug, typed, FormErrors::default(), StatusCode::OK).await
}

/// `POST /authorities/{slug}/reviewers`: adds someone to the pool or changes their settings.
pub async fn pool_save(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(&one(&f, "_csrf")).await?;
    let capacity = one(&f, "capacity").parse::<u32>().unwrap_or(0);
    let input = ReviewerInput {
        email: one(&f, "email"),
        external: one(&f, "external") == "1",
        expertise: all(&f, "expertise"),
        languages: all(&f, "languages"),
        territories: one(&f, "territories")
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        capacity,
        active: one(&f, "active") == "1",
    };
    match pool::save(&p.state.app, &p.actor, &slug, &input).await {
        Ok(()) => {
            p.flash("flash-reviewer-saved").await;
            Ok(super::see_other(&format!("/authorities/{slug}/reviewers")))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            pool_page(p, &slug, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(WebError(e)),
    }
}

/// One criterion row of the settings form.
pub struct CriterionRow {
    /// Row index (input names `c.<i>.<column>`).
    pub i: usize,
    /// Values by column.
    pub values: Vec<(String, String)>,
}

impl CriterionRow {
    /// The value of a column.
    pub fn v(&self, col: &str) -> &str {
        self.values
            .iter()
            .find(|(c, _)| c == col)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

const COLUMNS: [&str; 10] = [
    "id", "label_fr", "label_pl", "label_en", "help_fr", "help_pl", "help_en", "weight", "min",
    "max",
];

#[derive(Template)]
#[template(path = "review_settings.html")]
struct SettingsPage {
    page: PageCommon,
    errors: FormErrors,
    slug: String,
    version: i64,
    rows: Vec<CriterionRow>,
    below: Vec<String>,
    s: ReviewSettings,
}

fn rows_of(grid: &Grid) -> (Vec<CriterionRow>, Vec<String>) {
    let mut rows: Vec<CriterionRow> = grid
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| CriterionRow {
            i,
            values: vec![
                ("id".into(), c.id.clone()),
                ("label_fr".into(), c.label.fr.clone()),
                ("label_pl".into(), c.label.pl.clone()),
                ("label_en".into(), c.label.en.clone()),
                ("help_fr".into(), c.help.fr.clone()),
                ("help_pl".into(), c.help.pl.clone()),
                ("help_en".into(), c.help.en.clone()),
                ("weight".into(), c.weight.to_string()),
                ("min".into(), c.min.to_string()),
                ("max".into(), c.max.to_string()),
            ],
        })
        .collect();
    let mut below: Vec<String> = grid
        .criteria
        .iter()
        .map(|c| c.comment_below.map(|x| x.to_string()).unwrap_or_default())
        .collect();
    let n = rows.len();
    for i in n..n + SPARE {
        rows.push(CriterionRow {
            i,
            values: vec![
                ("weight".into(), "1".into()),
                ("min".into(), "0".into()),
                ("max".into(), "5".into()),
            ],
        });
        below.push(String::new());
    }
    (rows, below)
}

async fn settings_page(
    p: PageCtx,
    slug: &str,
    s: ReviewSettings,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, WebError> {
    let (rows, below) = rows_of(&s.grid);
    let page = SettingsPage {
        page: p.common,
        errors,
        slug: slug.to_owned(),
        version: s.version,
        rows,
        below,
        s,
    };
    Ok(super::html(status, &page))
}

/// `GET /schemes/{slug}/review-settings`.
pub async fn settings_show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let s = settings::get(&p.state.app, &p.actor, &slug).await?;
    settings_page(p, &slug, s, FormErrors::default(), StatusCode::OK).await
}

fn read_grid(f: &[(String, String)]) -> Grid {
    let mut criteria = vec![];
    for i in 0..100 {
        let col = |c: &str| one(f, &format!("c.{i}.{c}"));
        if !f.iter().any(|(k, _)| k.starts_with(&format!("c.{i}."))) {
            break;
        }
        if col("id").is_empty() && col("label_fr").is_empty() {
            continue;
        }
        let n = |c: &str| col(c).parse::<u32>().unwrap_or(0);
        criteria.push(Criterion {
            id: col("id"),
            label: LocalText {
                fr: col("label_fr"),
                pl: col("label_pl"),
                en: col("label_en"),
            },
            help: LocalText {
                fr: col("help_fr"),
                pl: col("help_pl"),
                en: col("help_en"),
            },
            weight: n("weight"),
            min: n("min"),
            max: n("max"),
            comment_below: col("below").parse().ok(),
        });
    }
    Grid {
        criteria,
        blind: one(f, "blind") == "1",
        disagreement_spread: one(f, "spread").parse().unwrap_or(101),
    }
}

/// `POST /schemes/{slug}/review-settings`.
pub async fn settings_save(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(&one(&f, "_csrf")).await?;
    let n = |k: &str| one(&f, k).parse::<u32>().unwrap_or(u32::MAX);
    let s = ReviewSettings {
        grid: read_grid(&f),
        per_application: n("per_application"),
        min_per_reviewer: n("min_per_reviewer"),
        max_per_reviewer: n("max_per_reviewer"),
        alternates: n("alternates"),
        partial_funding: one(&f, "partial_funding") == "1",
        version: one(&f, "version").parse().unwrap_or(0),
    };
    match settings::save(&p.state.app, &p.actor, &slug, &s).await {
        Ok(()) => {
            p.flash("flash-review-settings-saved").await;
            Ok(super::see_other(&format!(
                "/schemes/{slug}/review-settings"
            )))
        }
        Err(AppError::Invalid(errs)) => {
            // Errors on criteria name them by id; the form shows them in the summary.
            let errors = p.form_errors(&errs);
            settings_page(p, &slug, s, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(AppError::Conflict("version_conflict")) => {
            let errors = p.form_errors(&[passerelle_app::FieldError::new(
                "version",
                "version_conflict",
            )]);
            settings_page(p, &slug, s, errors, StatusCode::CONFLICT).await
        }
        Err(e) => Err(WebError(e)),
    }
}

/// The column names of a criterion row, for the template.
pub fn columns() -> &'static [&'static str] {
    &COLUMNS
}
