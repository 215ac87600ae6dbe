//! Applications to calls for projects: officers' forms and call settings (`forms`), drafts
//! written together with optimistic concurrency per section (`drafts`), attachments in the
//! object store (`files`), submission with its receipt (`submit`), the dossier's workflow,
//! audit trail and messages (`workflow`), the officers' inbox and exports (`inbox`,
//! `export`), an officer's reading of one dossier (`dossier`), what the deadline does to
//! drafts (`deadline`), and the PDF documents (`documents`, `pdf`).
//!
//! Who may see an application is decided in one place, [`load`]: editors (members of the
//! applying organisation and invited co-editors) see their own; the call's officers see it
//! once submitted; everybody else gets "not found", so that ids reveal nothing.

pub mod deadline;
pub mod documents;
pub mod dossier;
pub mod drafts;
pub mod export;
pub mod files;
pub mod forms;
pub mod inbox;
pub mod pdf;
pub mod submit;
pub mod workflow;

use std::collections::BTreeMap;

use passerelle_domain::application::State;
use passerelle_domain::application::form::{Answers, Form};
use passerelle_domain::scheme::Scheme;
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as repo, ApplicationRow, SectionRow};
use passerelle_store::repo::organisations;
use passerelle_store::repo::schemes as scheme_repo;
use serde::{Deserialize, Serialize};

use crate::authz::{self, TenantAction};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppError, AppResult};

/// The application forms of the demo schemes (`data/demo/forms/*.json`), compiled in.
pub const DEMO_FORMS: &[&str] = &[
    include_str!("../../../../data/demo/forms/progress-2024.json"),
    include_str!("../../../../data/demo/forms/tiers-lieux-intermediation.json"),
    include_str!("../../../../data/demo/forms/fabrique-initiatives-2020.json"),
];

/// A form as exchanged: the scheme it belongs to and the form.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FormFile {
    /// Slug of the scheme.
    pub scheme: String,
    /// The form.
    pub form: Form,
}

/// How the actor relates to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Writes it: a member of the applying organisation or an invited co-editor.
    Editor,
    /// Examines it: an officer (or administrator) of the call's authority.
    Officer,
}

/// What a use case may ask of the actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// Only an editor.
    Editor,
    /// Only an officer.
    Officer,
    /// Either (an editor wins when the actor is both).
    Any,
}

/// An application with everything needed to show or change it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The row.
    pub row: ApplicationRow,
    /// Its state.
    pub state: State,
    /// The scheme applied to.
    pub scheme: SchemeRecord,
    /// The form version the application is written on.
    pub form: Form,
    /// Saved sections by id.
    pub sections: BTreeMap<String, SectionRow>,
    /// How the actor relates to it.
    pub role: Role,
}

impl Loaded {
    /// Every answer of every section, merged (section ids never share field ids).
    pub fn answers(&self) -> Answers {
        merged(&self.sections)
    }

    /// The answers as submitted (frozen), when it was submitted.
    pub fn frozen(&self) -> Option<Answers> {
        let text = self.row.frozen.as_deref()?;
        let v: serde_json::Value = serde_json::from_str(text).ok()?;
        serde_json::from_value(v.get("answers")?.clone()).ok()
    }

    /// What officers read: the frozen answers of a submitted application, the current
    /// answers of a draft.
    pub fn answers_of_record(&self) -> Answers {
        self.frozen().unwrap_or_else(|| self.answers())
    }
}

/// Every answer of a set of sections.
pub fn merged(sections: &BTreeMap<String, SectionRow>) -> Answers {
    let mut out = Answers::new();
    for s in sections.values() {
        if let Ok(a) = serde_json::from_str::<Answers>(&s.answers) {
            out.extend(a);
        }
    }
    out
}

pub(crate) fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(anyhow::anyhow!("stored application unreadable: {e}"))
}

/// The scheme of an application by id.
pub(crate) async fn scheme_by_id(e: &mut impl AsExec, id: &str) -> AppResult<SchemeRecord> {
    let row = scheme_repo::find_by_id(e, id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::schemes::record(row)
}

/// Whether the actor edits the application: a member of its organisation or a co-editor.
pub(crate) async fn is_editor(
    e: &mut impl AsExec,
    actor: &Actor,
    row: &ApplicationRow,
) -> AppResult<bool> {
    let Some(uid) = actor.user_id() else {
        return Ok(false);
    };
    if organisations::role_of(e, &row.organisation_id, uid)
        .await?
        .is_some()
    {
        return Ok(true);
    }
    Ok(repo::is_editor(e, &row.id, uid).await?)
}

/// The role of `actor` on an application, or `NotFound` when it may not know it exists.
/// Officers see applications once submitted; drafts belong to their editors.
pub(crate) async fn role_of(
    e: &mut impl AsExec,
    actor: &Actor,
    row: &ApplicationRow,
    scheme: &SchemeRecord,
    want: Want,
) -> AppResult<Role> {
    if actor.user.is_none() {
        return Err(AppError::Unauthenticated);
    }
    let state: State = row.state.parse().map_err(internal)?;
    if want != Want::Officer && is_editor(e, actor, row).await? {
        return Ok(Role::Editor);
    }
    if want != Want::Editor
        && state.is_submitted()
        && authz::tenant(actor, &scheme.tenant_id, TenantAction::ManageProgrammes).is_ok()
    {
        return Ok(Role::Officer);
    }
    Err(AppError::NotFound)
}

/// Loads an application for `actor`, checking that it belongs to the call `slug` when one is
/// named (API paths carry it) and that the actor may see it.
#[tracing::instrument(skip_all)]
pub async fn load(
    e: &mut impl AsExec,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    want: Want,
) -> AppResult<Loaded> {
    let row = repo::find(e, id).await?.ok_or(AppError::NotFound)?;
    let scheme = scheme_by_id(e, &row.scheme_id).await?;
    if slug.is_some_and(|s| s != scheme.scheme.slug) {
        return Err(AppError::NotFound);
    }
    let role = role_of(e, actor, &row, &scheme, want).await?;
    let body = repo::form(e, &row.scheme_id, row.form_version)
        .await?
        .ok_or_else(|| internal("form version missing"))?;
    let form: Form = serde_json::from_str(&body).map_err(internal)?;
    let sections = repo::sections(e, &row.id)
        .await?
        .into_iter()
        .map(|s| (s.section_id.clone(), s))
        .collect();
    Ok(Loaded {
        state: row.state.parse().map_err(internal)?,
        row,
        scheme,
        form,
        sections,
        role,
    })
}

/// The title of an application from its answers: the first short text field among `title`,
/// `name`, else the first short text answered.
pub fn title_of(form: &Form, answers: &Answers) -> String {
    use passerelle_domain::application::form::FieldKind;
    let text = |id: &str| {
        answers
            .get(id)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    text("title")
        .or_else(|| text("name"))
        .or_else(|| {
            form.fields()
                .filter(|(_, f)| matches!(f.kind, FieldKind::ShortText { .. }))
                .find_map(|(_, f)| text(&f.id))
        })
        .map(|s| s.chars().take(200).collect())
        .unwrap_or_default()
}

/// The scheme's text as the reader sees it.
pub fn scheme_title(s: &Scheme, locale: passerelle_domain::Locale) -> String {
    s.title.get(locale).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_domain::application::form::{FieldKind, Strictness};
    use serde_json::json;

    fn forms() -> Vec<FormFile> {
        DEMO_FORMS
            .iter()
            .map(|s| serde_json::from_str(s).unwrap())
            .collect()
    }

    #[test]
    fn the_demo_forms_are_valid_and_belong_to_the_demo_schemes() {
        let slugs: Vec<String> = crate::schemes::DEMO_SCHEMES
            .iter()
            .map(|s| {
                serde_json::from_str::<crate::schemes::SchemeFile>(s)
                    .unwrap()
                    .scheme
                    .slug
            })
            .collect();
        for f in forms() {
            assert!(slugs.contains(&f.scheme), "{} has no demo scheme", f.scheme);
            assert_eq!(f.form.validate(), vec![], "{}", f.scheme);
            for (_, field) in f.form.fields() {
                for l in [&field.label.fr, &field.label.pl, &field.label.en] {
                    assert!(
                        !l.trim().is_empty(),
                        "{}: {} untranslated",
                        f.scheme,
                        field.id
                    );
                }
            }
        }
    }

    /// The Normandy form filled by a consortium of three with a lead partner:
    /// study and deployment budgets, a multi-year plan, letters of support.
    #[test]
    fn a_normandy_consortium_completes_the_fabrique_form() {
        let f = forms()
            .into_iter()
            .find(|f| f.scheme == "fabrique-initiatives-2020")
            .unwrap();
        let mut a: Answers = serde_json::from_value(json!({
            "title": "Tiers-lieu du Bocage",
            "initiative": "Un tiers-lieu itinérant.",
            "value": "Des bureaux partagés à moins de 20 minutes.",
            "objectives": ["coworking", "white-zones"],
            "is_consortium": true,
            "partners": [
                {"name": "Association Bocage Numérique", "lead": true},
                {"name": "SCIC Les Ateliers"},
                {"name": "Communauté de communes du Bocage"}
            ],
            "strategy": "Trois antennes en deux ans.",
            "plan": [{"year": 2020, "milestone": "Étude", "deliverable": "Rapport"},
                     {"year": 2021, "milestone": "Ouverture"}],
            "budget": [
                {"phase": "study", "year": 2020, "category": "engineering", "amount_minor": 1_500_000},
                {"phase": "deployment", "year": 2021, "category": "works", "amount_minor": 6_000_000},
                {"phase": "deployment", "year": 2021, "category": "staff", "amount_minor": 500_000, "eligible": false}
            ],
            "requested": {"amount_minor": 4_000_000},
            "cofunding": [
                {"funder": "Communauté de communes", "kind": "public", "funder_kind": "intercommunality",
                 "amount_minor": 3_000_000, "status": "requested"},
                {"funder": "Fonds propres", "kind": "private", "amount_minor": 1_000_000, "status": "obtained"}
            ],
            "letters": ["att_1", "att_2"],
            "honour": true
        }))
        .unwrap();
        assert_eq!(f.form.check(&a, Strictness::Submit), vec![]);
        assert_eq!(
            passerelle_domain::application::facts::cross_checks(&f.form, &a),
            vec![]
        );
        assert_eq!(title_of(&f.form, &a), "Tiers-lieu du Bocage");
        // Without a lead partner, the consortium is refused.
        a.insert(
            "partners".into(),
            json!([{"name": "A"}, {"name": "B"}, {"name": "C"}]),
        );
        let p = f.form.check(&a, Strictness::Submit);
        assert_eq!(
            (p[0].field.as_str(), p[0].code),
            ("partners", "partners_one_lead")
        );
        // Its budget table has the study and deployment phases.
        let budget = f.form.field("budget").unwrap();
        assert!(matches!(&budget.kind, FieldKind::Budget { phases, .. } if phases.len() == 2));
    }
}
