//! Conflicts of interest, declared and detected. A reviewer is in conflict with an application
//! when they declared one with it or with its organisation, or when they are a member of the
//! applying organisation, of a partner organisation named in its consortium, or one of its
//! co-editors. Detection does not depend on anyone remembering to declare (the failure of
//! review systems that treat conflicts as a form to fill in).

use std::collections::{BTreeMap, BTreeSet};

use passerelle_domain::application::form::{Answers, FieldKind, Form, Partner};
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as app_repo, ApplicationRow};
use passerelle_store::repo::organisations;
use passerelle_store::repo::review as repo;

use crate::AppResult;

/// Why a reviewer may not read an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Declared by the reviewer, with their reason.
    Declared(String),
    /// Member of the applying organisation.
    MemberOfApplicant,
    /// Member of a partner organisation of the consortium.
    MemberOfPartner,
    /// Writes the application.
    CoEditor,
}

/// The organisation ids named as partners in an application's answers.
pub fn partner_organisations(form: &Form, answers: &Answers) -> Vec<String> {
    form.fields()
        .filter(|(_, f)| matches!(f.kind, FieldKind::Partners { .. }))
        .filter_map(|(_, f)| answers.get(&f.id))
        .filter_map(|v| serde_json::from_value::<Vec<Partner>>(v.clone()).ok())
        .flatten()
        .filter_map(|p| p.organisation_id)
        .collect()
}

/// Everything needed to judge conflicts for one authority, loaded once.
#[derive(Debug, Clone, Default)]
pub struct ConflictIndex {
    /// Declared conflicts: (reviewer, organisation) and (reviewer, application), with reasons.
    declared_org: BTreeMap<(String, String), String>,
    declared_app: BTreeMap<(String, String), String>,
    /// Organisations each account belongs to.
    memberships: BTreeMap<String, BTreeSet<String>>,
}

impl ConflictIndex {
    /// Loads the declarations of an authority and the memberships of `reviewers`.
    pub async fn load(
        e: &mut impl AsExec,
        tenant_id: &str,
        reviewers: &[String],
    ) -> AppResult<ConflictIndex> {
        let mut ix = ConflictIndex::default();
        for c in repo::conflicts(e, tenant_id).await? {
            if let Some(o) = c.organisation_id {
                ix.declared_org
                    .insert((c.user_id.clone(), o), c.reason.clone());
            }
            if let Some(a) = c.application_id {
                ix.declared_app
                    .insert((c.user_id.clone(), a), c.reason.clone());
            }
        }
        for r in reviewers {
            let orgs = organisations::list_for_user(e, r)
                .await?
                .into_iter()
                .map(|o| o.id)
                .collect();
            ix.memberships.insert(r.clone(), orgs);
        }
        Ok(ix)
    }

    /// Why `reviewer` may not read `app` (with its partners and co-editors), if so.
    pub fn why(
        &self,
        reviewer: &str,
        app: &ApplicationRow,
        partners: &[String],
        editors: &[String],
    ) -> Option<Why> {
        if let Some(r) = self
            .declared_app
            .get(&(reviewer.to_owned(), app.id.clone()))
            .or_else(|| {
                self.declared_org
                    .get(&(reviewer.to_owned(), app.organisation_id.clone()))
            })
        {
            return Some(Why::Declared(r.clone()));
        }
        if let Some((_, r)) = self
            .declared_org
            .iter()
            .find(|((u, o), _)| u == reviewer && partners.contains(o))
        {
            return Some(Why::Declared(r.clone()));
        }
        let mine = self.memberships.get(reviewer);
        if mine.is_some_and(|m| m.contains(&app.organisation_id)) {
            return Some(Why::MemberOfApplicant);
        }
        if mine.is_some_and(|m| partners.iter().any(|p| m.contains(p))) {
            return Some(Why::MemberOfPartner);
        }
        if editors.iter().any(|u| u == reviewer) {
            return Some(Why::CoEditor);
        }
        None
    }
}

/// The partners and co-editors of an application, for [`ConflictIndex::why`].
pub(crate) async fn parties(
    e: &mut impl AsExec,
    app: &ApplicationRow,
    form: &Form,
    answers: &Answers,
) -> AppResult<(Vec<String>, Vec<String>)> {
    let partners = partner_organisations(form, answers);
    let editors = app_repo::editors(e, &app.id)
        .await?
        .into_iter()
        .map(|x| x.user_id)
        .collect();
    Ok((partners, editors))
}

/// The partners and co-editors of an application read from its record (form and answers
/// loaded here).
pub(crate) async fn parties_of(
    e: &mut impl AsExec,
    app: &ApplicationRow,
) -> AppResult<(Vec<String>, Vec<String>)> {
    let form: Form = match app_repo::form(e, &app.scheme_id, app.form_version).await? {
        Some(body) => serde_json::from_str(&body).map_err(super::internal)?,
        None => return Err(super::internal("form version missing")),
    };
    let answers = super::record_answers(app)?;
    parties(e, app, &form, &answers).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(org: &str) -> ApplicationRow {
        ApplicationRow {
            id: "app".into(),
            scheme_id: "s".into(),
            form_version: 1,
            organisation_id: org.into(),
            state: "submitted".into(),
            title: String::new(),
            created_by: None,
            created_at: 0,
            updated_at: 0,
            submitted_at: None,
            reference: None,
            frozen: None,
            frozen_sha256: None,
            eligibility: None,
            eligibility_detail: None,
        }
    }

    #[test]
    fn declared_membership_partner_and_co_editor_conflicts() {
        let mut ix = ConflictIndex::default();
        ix.declared_org
            .insert(("ann".into(), "org-b".into()), "ancienne salariée".into());
        ix.declared_app
            .insert(("bob".into(), "app".into()), "ami du porteur".into());
        ix.memberships
            .insert("cleo".into(), ["org-a".to_owned()].into_iter().collect());
        ix.memberships
            .insert("dan".into(), ["org-p".to_owned()].into_iter().collect());
        let a = app("org-a");
        let partners = vec!["org-p".to_owned(), "org-b".to_owned()];
        let editors = vec!["eve".to_owned()];
        assert_eq!(
            ix.why("ann", &a, &partners, &editors),
            Some(Why::Declared("ancienne salariée".into())),
            "a declared conflict with a partner counts"
        );
        assert_eq!(
            ix.why("bob", &a, &partners, &editors),
            Some(Why::Declared("ami du porteur".into()))
        );
        assert_eq!(
            ix.why("cleo", &a, &partners, &editors),
            Some(Why::MemberOfApplicant)
        );
        assert_eq!(
            ix.why("dan", &a, &partners, &editors),
            Some(Why::MemberOfPartner)
        );
        assert_eq!(ix.why("eve", &a, &partners, &editors), Some(Why::CoEditor));
        assert_eq!(ix.why("fay", &a, &partners, &editors), None);
        assert_eq!(ix.why("ann", &app("org-z"), &[], &[]), None);
    }
}
