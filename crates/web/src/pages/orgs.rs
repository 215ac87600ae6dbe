//! Organisation pages: my organisations, create, view, edit, invite, accept an invitation.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::organisations::{
    self, IdentifierInput, InvitationPreview, OrganisationInput, OrganisationView,
};
use passerelle_app::{AppError, FieldError};
use passerelle_domain::legal_form::{LegalFormInfo, all_for};
use passerelle_domain::{Country, TerritoryId, TerritoryKind};
use passerelle_store::repo::organisations::OrganisationRow;

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

/// Identifier inputs on the form, in display order: (field name, kind).
pub const ID_FIELDS: [(&str, &str); 6] = [
    ("id_siret", "siret"),
    ("id_siren", "siren"),
    ("id_rna", "rna"),
    ("id_nip", "nip"),
    ("id_regon", "regon"),
    ("id_krs", "krs"),
];

/// SSE bases a user may declare (membership by status is derived from the legal form).
pub const SSE_CHOICES: [&str; 4] = [
    "declared_commercial_company",
    "esus_approved",
    "pl_social_enterprise",
    "pl_social_cooperative",
];

#[derive(Template)]
#[template(path = "org_list.html")]
struct OrgList {
    page: PageCommon,
    orgs: Vec<OrganisationRow>,
}

/// `GET /me/organisations`.
pub async fn mine(p: PageCtx) -> Result<Response, WebError> {
    let orgs = organisations::list_mine(&p.state.app, &p.actor).await?;
    Ok(super::ok(&OrgList {
        page: p.common,
        orgs,
    }))
}

/// The organisation form as posted.
#[derive(serde::Deserialize, Default)]
pub struct OrgForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    legal_name: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    legal_form: String,
    #[serde(default)]
    commune: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    postcode: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    description: String,
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

/// Values shown in the form.
#[derive(Default)]
pub struct OrgFormValues {
    legal_name: String,
    country: String,
    legal_form: String,
    commune: String,
    address: String,
    postcode: String,
    website: String,
    description: String,
    ids: HashMap<String, String>,
    sse: Vec<String>,
}

impl OrgFormValues {
    fn id(&self, field: &str) -> &str {
        self.ids.get(field).map(String::as_str).unwrap_or("")
    }
    fn has_sse(&self, b: &str) -> bool {
        self.sse.iter().any(|s| s == b)
    }
}

#[derive(Template)]
#[template(path = "org_form.html")]
struct OrgFormPage {
    page: PageCommon,
    errors: FormErrors,
    v: OrgFormValues,
    action: String,
    editing: bool,
    fr_forms: &'static [LegalFormInfo],
    pl_forms: &'static [LegalFormInfo],
}

impl OrgFormPage {
    fn new(
        page: PageCommon,
        errors: FormErrors,
        v: OrgFormValues,
        action: String,
        editing: bool,
    ) -> Self {
        OrgFormPage {
            page,
            errors,
            v,
            action,
            editing,
            fr_forms: all_for(Country::Fr),
            pl_forms: all_for(Country::Pl),
        }
    }
}

/// `GET /organisations/new`.
pub async fn new_form(p: PageCtx) -> Result<Response, WebError> {
    passerelle_app::authz::create_organisation(&p.actor)?;
    let v = OrgFormValues {
        country: if p.locale == passerelle_domain::Locale::Pl {
            "PL"
        } else {
            "FR"
        }
        .into(),
        ..Default::default()
    };
    Ok(super::ok(&OrgFormPage::new(
        p.common,
        FormErrors::default(),
        v,
        "/organisations".into(),
        false,
    )))
}

/// Resolve what was typed in the commune field: an id, an INSEE/TERC code or a unique name.
fn resolve_commune(p: &PageCtx, country: &str, typed: &str) -> Result<String, FieldError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(String::new());
    }
    if TerritoryId::parse(typed).is_ok() {
        return Ok(typed.to_owned());
    }
    let kind = if country.eq_ignore_ascii_case("PL") {
        TerritoryKind::PlGmina
    } else {
        TerritoryKind::FrCommune
    };
    let index = &p.state.app.territories;
    // "Nanterre (92050)" as shown back in the form.
    let code = typed
        .rsplit_once('(')
        .map(|(_, c)| c.trim_end_matches(')').trim())
        .unwrap_or(typed);
    let hits = index.search(code, Some(kind), 20);
    let key = passerelle_domain::text::fold(typed);
    let exact: Vec<_> = hits
        .iter()
        .filter(|r| r.code == code || passerelle_domain::text::fold(&r.name) == key)
        .collect();
    match exact.as_slice() {
        [one] => Ok(one.id.to_string()),
        [] => Err(FieldError::new("commune", "commune_not_found")),
        _ => Err(FieldError::new("commune", "commune_ambiguous")),
    }
}

fn input_of(p: &PageCtx, f: &OrgForm) -> (OrganisationInput, Vec<FieldError>, Vec<&'static str>) {
    let mut pre = Vec::new();
    let commune = match resolve_commune(p, &f.country, &f.commune) {
        Ok(c) => c,
        Err(e) => {
            pre.push(e);
            String::new()
        }
    };
    let mut order = Vec::new();
    let mut ids = Vec::new();
    for (field, kind) in ID_FIELDS {
        if let Some(v) = f.rest.get(field).filter(|v| !v.trim().is_empty()) {
            ids.push(IdentifierInput {
                kind: kind.to_owned(),
                value: v.clone(),
            });
            order.push(field);
        }
    }
    let sse = SSE_CHOICES
        .iter()
        .filter(|b| f.rest.contains_key(&format!("sse_{b}")))
        .map(|b| (*b).to_owned())
        .collect();
    let input = OrganisationInput {
        legal_name: Some(f.legal_name.clone()),
        country: Some(f.country.clone()),
        legal_form: Some(f.legal_form.clone()),
        identifiers: Some(ids),
        sse_basis: Some(sse),
        commune_id: if pre.is_empty() { Some(commune) } else { None },
        address: Some(f.address.clone()),
        postcode: Some(f.postcode.clone()),
        website: Some(f.website.clone()),
        description: Some(f.description.clone()),
    };
    (input, pre, order)
}

fn values_of(f: &OrgForm) -> OrgFormValues {
    OrgFormValues {
        legal_name: f.legal_name.clone(),
        country: f.country.clone(),
        legal_form: f.legal_form.clone(),
        commune: f.commune.clone(),
        address: f.address.clone(),
        postcode: f.postcode.clone(),
        website: f.website.clone(),
        description: f.description.clone(),
        ids: ID_FIELDS
            .iter()
            .filter_map(|(k, _)| f.rest.get(*k).map(|v| ((*k).to_owned(), v.clone())))
            .collect(),
        sse: SSE_CHOICES
            .iter()
            .filter(|b| f.rest.contains_key(&format!("sse_{b}")))
            .map(|b| (*b).to_owned())
            .collect(),
    }
}

/// Map `identifiers[i]` errors back to the input they came from.
fn remap(errs: Vec<FieldError>, order: &[&str]) -> Vec<FieldError> {
    errs.into_iter()
        .map(|e| {
            match e
                .field
                .strip_prefix("identifiers[")
                .and_then(|r| r.strip_suffix(']'))
                .and_then(|i| i.parse::<usize>().ok())
            {
                Some(i) => FieldError::new(order.get(i).copied().unwrap_or("identifiers"), e.code),
                None if e.field == "commune_id" => FieldError::new("commune", e.code),
                None => e,
            }
        })
        .collect()
}

/// `POST /organisations`.
pub async fn create(p: PageCtx, Form(f): Form<OrgForm>) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    let (input, mut pre, order) = input_of(&p, &f);
    let result = if pre.is_empty() {
        organisations::create(&p.state.app, &p.actor, &input).await
    } else {
        passerelle_app::authz::create_organisation(&p.actor)?;
        Err(AppError::Invalid(organisations::check(
            &p.state.app,
            &input,
        )))
    };
    match result {
        Ok(id) => {
            p.flash("flash-organisation-created").await;
            Ok(super::see_other(&format!("/organisations/{id}")))
        }
        Err(AppError::Invalid(errs)) => {
            pre.extend(remap(errs, &order));
            let errors = p.form_errors(&pre);
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &OrgFormPage::new(
                    p.common,
                    errors,
                    values_of(&f),
                    "/organisations".into(),
                    false,
                ),
            ))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "org_show.html")]
struct OrgShow {
    page: PageCommon,
    o: OrganisationView,
    can_edit: bool,
    errors: FormErrors,
    invite_email: String,
}

impl OrgShow {
    fn category_label(&self) -> String {
        self.page
            .t(&format!("legal-category-{}", self.o.org.legal_category))
    }
    fn id_label(&self, kind: &str) -> String {
        self.page.t(&format!("identifier-{kind}"))
    }
    fn role_label(&self, role: &str) -> String {
        self.page.t(&format!("org-role-{role}"))
    }
    fn sse_labels(&self) -> Vec<String> {
        self.o
            .org
            .sse_basis
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| self.page.t(&format!("sse-{s}")))
            .collect()
    }
    fn since(&self, ms: &i64) -> String {
        let zone = if self.o.org.country == "PL" {
            "Europe/Warsaw"
        } else {
            "Europe/Paris"
        };
        self.page.tr.date_of_instant(*ms, zone)
    }
}

fn can_edit(o: &OrganisationView, p: &PageCtx) -> bool {
    passerelle_app::authz::organisation(&p.actor, o.my_role, passerelle_app::authz::OrgAction::Edit)
        .is_ok()
}

/// `GET /organisations/{id}`.
pub async fn show(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    let o = organisations::get(&p.state.app, &p.actor, &id).await?;
    let can_edit = can_edit(&o, &p);
    Ok(super::ok(&OrgShow {
        page: p.common,
        o,
        can_edit,
        errors: FormErrors::default(),
        invite_email: String::new(),
    }))
}

/// `GET /organisations/{id}/edit`.
pub async fn edit_form(p: PageCtx, Path(id): Path<String>) -> Result<Response, WebError> {
    let o = organisations::get(&p.state.app, &p.actor, &id).await?;
    if !can_edit(&o, &p) {
        return Err(WebError(if p.actor.user.is_none() {
            AppError::Unauthenticated
        } else {
            AppError::Forbidden
        }));
    }
    let commune = match (&o.org.commune_id, &o.commune_name) {
        (Some(cid), Some(name)) => format!("{name} ({})", cid.rsplit(':').next().unwrap_or("")),
        _ => String::new(),
    };
    let v = OrgFormValues {
        legal_name: o.org.legal_name.clone(),
        country: o.org.country.clone(),
        legal_form: o.org.legal_form.clone().unwrap_or_default(),
        commune,
        address: o.org.address.clone(),
        postcode: o.org.postcode.clone(),
        website: o.org.website.clone(),
        description: o.org.description.clone(),
        ids: o
            .identifiers
            .iter()
            .filter_map(|i| {
                ID_FIELDS
                    .iter()
                    .find(|(_, k)| *k == i.kind)
                    .map(|(f, _)| ((*f).to_owned(), i.value.clone()))
            })
            .collect(),
        sse: o.org.sse_basis.split(',').map(str::to_owned).collect(),
    };
    Ok(super::ok(&OrgFormPage::new(
        p.common,
        FormErrors::default(),
        v,
        format!("/organisations/{id}/edit"),
        true,
    )))
}

/// `POST /organisations/{id}/edit`.
pub async fn update(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<OrgForm>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    let (input, mut pre, order) = input_of(&p, &f);
    let result = if pre.is_empty() {
        organisations::update(&p.state.app, &p.actor, &id, &input).await
    } else {
        Err(AppError::Invalid(organisations::check(
            &p.state.app,
            &input,
        )))
    };
    match result {
        Ok(()) => {
            p.flash("flash-organisation-saved").await;
            Ok(super::see_other(&format!("/organisations/{id}")))
        }
        Err(AppError::Invalid(errs)) => {
            pre.extend(remap(errs, &order));
            let errors = p.form_errors(&pre);
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &OrgFormPage::new(
                    p.common,
                    errors,
                    values_of(&f),
                    format!("/organisations/{id}/edit"),
                    true,
                ),
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// Invitation form.
#[derive(serde::Deserialize)]
pub struct InviteForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// `POST /organisations/{id}/invitations`.
pub async fn invite(
    p: PageCtx,
    Path(id): Path<String>,
    Form(f): Form<InviteForm>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    match organisations::invite(&p.state.app, &p.actor, &id, &f.email, &f.role).await {
        Ok(()) => {
            p.flash("flash-invitation-sent").await;
            Ok(super::see_other(&format!("/organisations/{id}")))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            let o = organisations::get(&p.state.app, &p.actor, &id).await?;
            let can_edit = can_edit(&o, &p);
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &OrgShow {
                    page: p.common,
                    o,
                    can_edit,
                    errors,
                    invite_email: f.email,
                },
            ))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    page: PageCommon,
    inv: InvitationPreview,
    token: String,
    signed_in: bool,
}

/// `GET /invitations/{token}`.
pub async fn invitation(p: PageCtx, Path(token): Path<String>) -> Result<Response, WebError> {
    let inv = organisations::preview_invitation(&p.state.app, &token).await?;
    let signed_in = p.actor.user.is_some();
    Ok(super::ok(&InvitationPage {
        page: p.common,
        inv,
        token,
        signed_in,
    }))
}

/// `POST /invitations/{token}`.
pub async fn accept(
    p: PageCtx,
    Path(token): Path<String>,
    Form(f): Form<super::auth::CsrfOnlyPub>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    let org = organisations::accept_invitation(&p.state.app, &p.actor, &token).await?;
    p.flash("flash-invitation-accepted").await;
    Ok(super::see_other(&format!("/organisations/{org}")))
}
