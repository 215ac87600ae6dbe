//! The builder's "Save as a new version": the working copy becomes the call's current form
//! (applications already started keep theirs). A copy made from a version that is no longer
//! the current one is refused and shown as a conflict, the copy intact; the officer may then
//! look at the other version and, knowingly, save theirs over it (`save_over:<version>`).

use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::applications::forms::{self, CallView};
use passerelle_domain::application::form::Form;

use super::builder::{View, render};
use super::outline;
use crate::error::WebError;
use crate::page::PageCtx;

/// Saves `form` (loaded from `version`) expecting `expected` to be the current version.
pub async fn save(
    p: PageCtx,
    call: &CallView,
    form: Form,
    version: i64,
    expected: i64,
) -> Result<Response, WebError> {
    let slug = call.scheme.scheme.slug.clone();
    match forms::save_form(&p.state.app, &p.actor, &slug, expected, &form).await {
        Ok(_) => {
            p.flash("calls-flash-saved").await;
            Ok(super::super::see_other(&format!("/schemes/{slug}/form")))
        }
        Err(AppError::Invalid(errs)) => {
            // The form's own problems are placed on their items by the outline; what is
            // about the whole form (no section) goes on the outline itself.
            let extra: Vec<(String, String)> = errs
                .iter()
                .filter(|e| e.field == "form")
                .map(|e| {
                    (
                        "outline".to_owned(),
                        p.common.t(&format!("error-{}", e.code)),
                    )
                })
                .collect();
            let mut v = View::outline(form, version);
            v.errors = outline::problems(&p.common, &v.form, &extra);
            if v.errors.is_empty() {
                let all: Vec<(String, String)> = errs
                    .iter()
                    .map(|e| {
                        (
                            "outline".to_owned(),
                            p.common.t(&format!("error-{}", e.code)),
                        )
                    })
                    .collect();
                v.errors = outline::problems(&p.common, &v.form, &all);
            }
            v.status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(render(p, call, v))
        }
        Err(AppError::Conflict("version_conflict")) => {
            let now = forms::call_for_staff(&p.state.app, &p.actor, &slug).await?;
            let mut v = View::outline(form, version);
            v.conflict = Some(now.form.as_ref().map_or(0, |(n, _)| *n));
            let msg = p.common.t("error-version_conflict");
            v.errors = outline::problems(&p.common, &v.form, &[("conflict".into(), msg)]);
            v.status = StatusCode::CONFLICT;
            Ok(render(p, &now, v))
        }
        Err(e) => Err(e.into()),
    }
}
