//! Decisions made public and sent: `GET/POST /schemes/{slug}/letters` (the officers edit the
//! notification letters per outcome and language, with a preview filled with an example),
//! `GET /calls/{slug}/results` and `GET /calls/{slug}/results.csv` (the funded projects, for
//! anyone, once the committee has closed: no personal data), and
//! `GET /applications/{id}/decision.pdf` (the decision letter, for the applying team and the
//! call's officers).

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use passerelle_app::AppError;
use passerelle_app::review::committee::{self, Published};
use passerelle_app::review::letters::{self, PLACEHOLDERS, Template as Letter};
use passerelle_domain::Locale;

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// One template as the editor shows it.
pub struct LetterView {
    /// The template (as typed after a refused save).
    pub t: Letter,
    /// Input names' prefix: `<outcome>.<locale>`.
    pub key: String,
    /// Filled with an example: subject and body.
    pub preview: (String, String),
}

#[derive(Template)]
#[template(path = "letters.html")]
struct LettersPage {
    page: PageCommon,
    errors: FormErrors,
    slug: String,
    call: String,
    letters: Vec<LetterView>,
    placeholders: String,
}

impl LettersPage {
    fn heading(&self, l: &LetterView) -> String {
        self.page.tr.ta(
            &format!("letters-heading-{}", l.t.outcome.replace('_', "-")),
            &[(
                "language",
                &self.page.t(&format!("bo-language-{}", l.t.locale.as_str())),
            )],
        )
    }
}

async fn letters_page(
    p: PageCtx,
    slug: &str,
    typed: Option<&Letter>,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, WebError> {
    let all = letters::templates(&p.state.app, &p.actor, slug).await?;
    let scheme = passerelle_app::review::committee::board(&p.state.app, &p.actor, slug)
        .await?
        .ranking
        .scheme;
    let letters = all
        .into_iter()
        .map(|t| {
            let t = match typed {
                Some(x) if x.outcome == t.outcome && x.locale == t.locale => x.clone(),
                _ => t,
            };
            LetterView {
                key: format!("{}.{}", t.outcome, t.locale.as_str()),
                preview: letters::preview(&t, &scheme),
                t,
            }
        })
        .collect();
    let page = LettersPage {
        call: scheme.scheme.title.get(p.locale).to_owned(),
        page: p.common,
        errors,
        slug: slug.to_owned(),
        letters,
        placeholders: PLACEHOLDERS
            .iter()
            .map(|x| format!("{{{x}}}"))
            .collect::<Vec<_>>()
            .join(" "),
    };
    Ok(super::html(status, &page))
}

/// `GET /schemes/{slug}/letters`.
pub async fn letters_show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    letters_page(p, &slug, None, FormErrors::default(), StatusCode::OK).await
}

fn one<'a>(f: &'a [(String, String)], k: &str) -> &'a str {
    f.iter()
        .find(|(a, _)| a == k)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

/// `POST /schemes/{slug}/letters`: saves one template (`outcome`, `locale`, `subject`, `body`);
/// empty subject and body restore the catalogue's wording.
pub async fn letters_save(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(one(&f, "_csrf")).await?;
    let locale: Locale = one(&f, "locale")
        .parse()
        .map_err(|_| WebError(AppError::field("locale", "value_unknown")))?;
    let outcome = one(&f, "outcome");
    let (subject, body) = (one(&f, "subject"), one(&f, "body"));
    match letters::save(
        &p.state.app,
        &p.actor,
        &slug,
        outcome,
        locale,
        subject,
        body,
    )
    .await
    {
        Ok(()) => {
            p.flash("flash-letter-saved").await;
            Ok(super::see_other(&format!(
                "/schemes/{slug}/letters#{outcome}.{}",
                locale.as_str()
            )))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            let typed = Letter {
                outcome: outcome.to_owned(),
                locale,
                subject: subject.to_owned(),
                body: body.to_owned(),
                edited: true,
            };
            letters_page(
                p,
                &slug,
                Some(&typed),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(WebError(e)),
    }
}

#[derive(Template)]
#[template(path = "results.html")]
struct ResultsPage {
    page: PageCommon,
    slug: String,
    call: String,
    r: Published,
    total: i64,
}

impl ResultsPage {
    fn money(&self, minor: &i64) -> String {
        self.page.tr.money(*minor, self.r.scheme.scheme.currency)
    }
}

/// `GET /calls/{slug}/results`.
pub async fn results(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let r = committee::published(&p.state.app, &slug).await?;
    let page = ResultsPage {
        call: r.scheme.scheme.title.get(p.locale).to_owned(),
        total: r.grants.iter().map(|g| g.amount).sum(),
        page: p.common,
        slug,
        r,
    };
    Ok(super::ok(&page))
}

/// `GET /calls/{slug}/results.csv`: the same list for reuse (UTF-8, comma-separated, amounts
/// in minor units and in the currency's unit).
pub async fn results_csv(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let r = committee::published(&p.state.app, &slug).await?;
    let bytes = committee::published_csv(&r)?;
    drop(p);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}-results.csv\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /applications/{id}/decision.pdf`.
pub async fn letter_pdf(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    let (name, bytes) = letters::letter_pdf(&p.state.app, &p.actor, &id, p.locale).await?;
    Ok(super::applications::dossier::pdf_response(&name, bytes))
}
