//! The staff of an authority: who holds which role (admins and officers see it; admins change it).

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::tenants::{self, StaffView};

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

#[derive(Template)]
#[template(path = "staff.html")]
struct StaffPage {
    page: PageCommon,
    v: StaffView,
    errors: FormErrors,
    email: String,
}

impl StaffPage {
    fn role_label(&self, role: &str) -> String {
        self.page.t(&format!("tenant-role-{role}"))
    }
}

/// `GET /authorities/{slug}/staff`.
pub async fn show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let v = tenants::staff(&p.state.app, &p.actor, &slug).await?;
    Ok(super::ok(&StaffPage {
        page: p.common,
        v,
        errors: FormErrors::default(),
        email: String::new(),
    }))
}

/// Adding a role.
#[derive(serde::Deserialize)]
pub struct AddForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// `POST /authorities/{slug}/staff`.
pub async fn add(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<AddForm>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    match tenants::add_staff(&p.state.app, &p.actor, &slug, &f.email, &f.role).await {
        Ok(()) => {
            p.flash("flash-staff-added").await;
            Ok(super::see_other(&format!("/authorities/{slug}/staff")))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            let v = tenants::staff(&p.state.app, &p.actor, &slug).await?;
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &StaffPage {
                    page: p.common,
                    v,
                    errors,
                    email: f.email,
                },
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// Removing a role.
#[derive(serde::Deserialize)]
pub struct RemoveForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    role: String,
}

/// `POST /authorities/{slug}/staff/remove`.
pub async fn remove(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<RemoveForm>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    tenants::remove_staff(&p.state.app, &p.actor, &slug, &f.user_id, &f.role).await?;
    p.flash("flash-staff-removed").await;
    Ok(super::see_other(&format!("/authorities/{slug}/staff")))
}
