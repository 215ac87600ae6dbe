//! Creating and editing a scheme's text: `GET/POST
//! /authorities/{tenant}/schemes/new` and `GET/POST /schemes/{slug}/edit`.
//! An error re-shows exactly what was typed; a save against a version that
//! is no longer the current one is refused and shown as a conflict.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::authz::{self, TenantAction};
use passerelle_app::schemes::explain::{self, CriterionText};
use passerelle_app::schemes::{self, SchemeRecord, backoffice};
use passerelle_app::{AppError, FieldError, tenants};
use passerelle_domain::TerritoryId;
use passerelle_domain::scheme::vocab::{CofunderKind, Recurrence, SchemeKind, SchemeStatus, Theme};

use super::values::{SchemeValues, new_scheme_base, to_form_field};
use super::{FormData, fe};
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// The edit page's extras: status, transitions, edition, conditions.
pub struct EditInfo {
    /// Current status code.
    pub status: String,
    /// Status label.
    pub status_label: String,
    /// Current version (status and edition forms send it).
    pub version: i64,
    /// Allowed transitions: (target code, button label).
    pub transitions: Vec<(String, String)>,
    /// Proposed slug of the next edition.
    pub edition_slug: String,
    /// The conditions in plain words.
    pub conditions: Vec<CriterionText>,
    /// Fields someone else changed since the version the form was read at.
    pub conflict: Option<Vec<String>>,
}

#[derive(Template)]
#[template(path = "bo_form.html")]
struct FormPage {
    page: PageCommon,
    errors: FormErrors,
    v: SchemeValues,
    action: String,
    tenant_slug: String,
    tenant_name: String,
    edit: Option<EditInfo>,
    perimeter_names: Vec<(String, String)>,
    zones: Vec<String>,
    kinds: Vec<(String, String)>,
    themes: Vec<(String, String)>,
    funder_kinds: Vec<(String, String)>,
    recurrences: Vec<(String, String)>,
}

impl FormPage {
    /// A language's name in the reader's language (`polonais`).
    fn lang_label(&self, code: &str) -> String {
        self.page.t(&format!("bo-language-{code}"))
    }
}

fn vocab<T: Copy>(
    page: &PageCommon,
    all: &[T],
    name: &str,
    code: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|x| (code(*x).to_owned(), super::label(page, name, code(*x))))
        .collect()
}

struct Render {
    status: StatusCode,
    errors: FormErrors,
    v: SchemeValues,
    action: String,
    tenant_slug: String,
    tenant_name: String,
    edit: Option<EditInfo>,
}

fn render(p: PageCtx, r: Render) -> Response {
    let page = p.common;
    let index = &p.state.app.territories;
    let perimeter_names =
        r.v.get("perimeter")
            .split([',', ';', ' ', '\n', '\r', '\t'])
            .filter_map(|s| TerritoryId::parse(s).ok())
            .filter_map(|id| index.get(&id).map(|t| (id.to_string(), t.name.clone())))
            .collect();
    let mut zones: Vec<String> = super::ZONES.iter().map(|z| (*z).to_owned()).collect();
    let current = r.v.get("zone");
    if !current.is_empty() && !zones.iter().any(|z| z == current) {
        zones.insert(0, current.to_owned());
    }
    let kinds = vocab(&page, SchemeKind::all(), "scheme_kinds", SchemeKind::as_str);
    let themes = vocab(&page, Theme::all(), "themes", Theme::as_str);
    let funder_kinds = vocab(
        &page,
        CofunderKind::all(),
        "cofunder_kinds",
        CofunderKind::as_str,
    );
    let recurrences = vocab(&page, Recurrence::all(), "recurrences", Recurrence::as_str);
    super::super::html(
        r.status,
        &FormPage {
            page,
            errors: r.errors,
            v: r.v,
            action: r.action,
            tenant_slug: r.tenant_slug,
            tenant_name: r.tenant_name,
            edit: r.edit,
            perimeter_names,
            zones,
            kinds,
            themes,
            funder_kinds,
            recurrences,
        },
    )
}

/// A slug for the next edition: the year at the end moved on, else `-2`.
fn next_slug(slug: &str) -> String {
    if let Some((head, tail)) = slug.rsplit_once('-')
        && let Ok(n) = tail.parse::<u32>()
    {
        return format!("{head}-{}", n.saturating_add(1));
    }
    format!("{slug}-2")
}

/// The edit page's extras for a stored scheme.
pub fn edit_info(p: &PageCtx, rec: &SchemeRecord, conflict: Option<Vec<String>>) -> EditInfo {
    let page = &p.common;
    EditInfo {
        status: rec.status.as_str().to_owned(),
        status_label: super::label(page, "statuses", rec.status.as_str()),
        version: rec.version,
        transitions: super::next_statuses(rec.status)
            .into_iter()
            .map(|to| {
                (
                    to.as_str().to_owned(),
                    page.t(super::transition_key(rec.status, to)),
                )
            })
            .collect(),
        edition_slug: next_slug(&rec.scheme.slug),
        conditions: explain::criteria(&page.tr, &rec.scheme.criteria),
        conflict,
    }
}

/// Renders the edit page of `rec` with `v` in the form.
pub async fn render_edit(
    p: PageCtx,
    rec: &SchemeRecord,
    v: SchemeValues,
    status: StatusCode,
    errors: FormErrors,
    mut info: EditInfo,
) -> Result<Response, WebError> {
    let tenant_slug = backoffice::tenant_slug_of(&p.state.app, &rec.tenant_id).await?;
    let tenant = tenants::get(&p.state.app, &tenant_slug, p.locale).await?;
    if let Some(s) = v.edition_slug_override() {
        info.edition_slug = s;
    }
    Ok(render(
        p,
        Render {
            status,
            errors,
            v,
            action: format!("/schemes/{}/edit", rec.scheme.slug),
            tenant_slug,
            tenant_name: tenant.tenant.name,
            edit: Some(info),
        },
    ))
}

/// `GET /authorities/{tenant}/schemes/new`.
pub async fn new_form(p: PageCtx, Path(tenant): Path<String>) -> Result<Response, WebError> {
    let t = tenants::get(&p.state.app, &tenant, p.locale).await?;
    authz::tenant(&p.actor, &t.tenant.id, TenantAction::ManageProgrammes)?;
    let v = SchemeValues::blank(&t.tenant.country);
    Ok(render(
        p,
        Render {
            status: StatusCode::OK,
            errors: FormErrors::default(),
            v,
            action: format!("/authorities/{tenant}/schemes/new"),
            tenant_slug: t.tenant.slug,
            tenant_name: t.tenant.name,
            edit: None,
        },
    ))
}

/// Every problem of a scheme built from the form: what did not read, then
/// what the domain refuses, each on its input.
fn all_problems(
    p: &PageCtx,
    pre: Vec<FieldError>,
    s: &passerelle_domain::scheme::Scheme,
) -> Vec<FieldError> {
    let mut errs = pre;
    for e in schemes::problems(&p.state.app, s) {
        let e = to_form_field(e);
        if !errs.iter().any(|x| x.field == e.field) {
            errs.push(e);
        }
    }
    errs
}

/// `POST /authorities/{tenant}/schemes/new`.
pub async fn create(
    p: PageCtx,
    Path(tenant): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let t = tenants::get(&p.state.app, &tenant, p.locale).await?;
    authz::tenant(&p.actor, &t.tenant.id, TenantAction::ManageProgrammes)?;
    let v = SchemeValues::of_form(&f);
    let (scheme, pre) = v.to_scheme(new_scheme_base());
    let result = if pre.is_empty() {
        let note = Some(v.get("note").trim())
            .filter(|n| !n.is_empty())
            .unwrap_or("created");
        schemes::create(
            &p.state.app,
            &p.actor,
            &tenant,
            scheme.clone(),
            SchemeStatus::Draft,
            note,
        )
        .await
    } else {
        Err(AppError::Invalid(all_problems(&p, pre, &scheme)))
    };
    match result {
        Ok(rec) => {
            p.flash("flash-bo-created").await;
            Ok(super::super::see_other(&format!(
                "/schemes/{}/edit",
                rec.scheme.slug
            )))
        }
        Err(AppError::Invalid(errs)) => {
            let errs: Vec<FieldError> = errs.into_iter().map(to_form_field).collect();
            let errors = p.form_errors(&errs);
            Ok(render(
                p,
                Render {
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    errors,
                    v,
                    action: format!("/authorities/{tenant}/schemes/new"),
                    tenant_slug: t.tenant.slug,
                    tenant_name: t.tenant.name,
                    edit: None,
                },
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /schemes/{slug}/edit`.
pub async fn edit_form(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let rec = schemes::get_for_staff(&p.state.app, &p.actor, &slug).await?;
    let v = SchemeValues::of_scheme(&rec.scheme, rec.version, p.locale);
    let info = edit_info(&p, &rec, None);
    render_edit(p, &rec, v, StatusCode::OK, FormErrors::default(), info).await
}

/// The fields changed between the version `from` and the current one.
async fn changed_since(p: &PageCtx, rec: &SchemeRecord, from: i64) -> Vec<String> {
    let Ok(versions) = schemes::history(&p.state.app, &p.actor, &rec.scheme.slug).await else {
        return vec![];
    };
    let Some(base) = versions.iter().find(|v| v.version == from) else {
        return vec![];
    };
    super::history::changed_fields(&base.scheme, &rec.scheme)
        .into_iter()
        .map(|k| p.common.t(k))
        .collect()
}

/// `POST /schemes/{slug}/edit`.
pub async fn update(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let rec = schemes::get_for_staff(&p.state.app, &p.actor, &slug).await?;
    let mut v = SchemeValues::of_form(&f);
    v.set("slug", &slug);
    let version = f
        .get("force_version")
        .trim()
        .parse::<i64>()
        .or_else(|_| v.get("version").trim().parse::<i64>())
        .unwrap_or(0);
    let (scheme, pre) = v.to_scheme(rec.scheme.clone());
    let result = if pre.is_empty() {
        let note = Some(v.get("note").trim())
            .filter(|n| !n.is_empty())
            .unwrap_or("edit");
        schemes::update(&p.state.app, &p.actor, &slug, version, scheme.clone(), note).await
    } else {
        Err(AppError::Invalid(all_problems(&p, pre, &scheme)))
    };
    match result {
        Ok(_) => {
            p.flash("flash-bo-saved").await;
            Ok(super::super::see_other(&format!("/schemes/{slug}/edit")))
        }
        Err(AppError::Invalid(errs)) => {
            let errs: Vec<FieldError> = errs.into_iter().map(to_form_field).collect();
            let errors = p.form_errors(&errs);
            let info = edit_info(&p, &rec, None);
            render_edit(p, &rec, v, StatusCode::UNPROCESSABLE_ENTITY, errors, info).await
        }
        Err(AppError::Conflict("version_conflict")) => {
            let changed = changed_since(&p, &rec, version).await;
            let errors = p.form_errors(&[fe("version", "version_conflict")]);
            // The form keeps what was typed and the version it was read at,
            // so submitting again cannot overwrite the other change unseen;
            // only the explicit "save mine anyway" button sends the current
            // version (`force_version`).
            let info = edit_info(&p, &rec, Some(changed));
            render_edit(p, &rec, v, StatusCode::CONFLICT, errors, info).await
        }
        Err(e) => Err(e.into()),
    }
}
