//! Review and selection (issue 5): the authority's pool of reviewers and their conflicts of
//! interest (`pool`, `conflicts`), each call's scoring grid and review settings (`settings`),
//! automatic assignment with officers' pins, declines and reminders (`assign`), reviewers'
//! scoring (`scoring`).
//!
//! A reviewer reaches an application only through an assignment, and never when in conflict
//! with it: the check is made on every read ([`scoring::load_for_reviewer`]), so a conflict
//! declared after the assignment hides the dossier at once.

pub mod assign;
pub mod committee;
pub mod conflicts;
pub mod letters;
pub mod pool;
pub mod ranking;
pub mod scoring;
pub mod settings;

use passerelle_store::AsExec;
use passerelle_store::repo::schemes as scheme_repo;

use crate::authz::{self, TenantAction};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppError, AppResult};

pub(crate) fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(anyhow::anyhow!("stored review data unreadable: {e}"))
}

/// A call for its officers (the authority's staff who manage programmes).
pub(crate) async fn call_for_staff(
    e: &mut impl AsExec,
    actor: &Actor,
    slug: &str,
) -> AppResult<SchemeRecord> {
    let row = scheme_repo::find_by_slug(e, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    authz::tenant(actor, &row.tenant_id, TenantAction::ManageProgrammes)?;
    crate::schemes::record(row)
}

/// The answers of record of an application (its frozen submission), empty before submission.
pub(crate) fn record_answers(
    row: &passerelle_store::repo::applications::ApplicationRow,
) -> AppResult<passerelle_domain::application::form::Answers> {
    let Some(text) = row.frozen.as_deref() else {
        return Ok(Default::default());
    };
    let v: serde_json::Value = serde_json::from_str(text).map_err(internal)?;
    Ok(v.get("answers")
        .cloned()
        .map(serde_json::from_value)
        .transpose()
        .map_err(internal)?
        .unwrap_or_default())
}
