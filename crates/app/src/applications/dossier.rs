//! What an officer reads on a dossier's page, gathered by one use case: the application
//! loaded for the call's officers only (the reading written to the audit trail, as
//! [`super::drafts::get`] does), the content of record, the attachments, the applying
//! organisation, the whole history and the message thread.

use passerelle_domain::application::Event;
use passerelle_domain::application::form::Answers;
use passerelle_store::repo::applications::{self as repo, AttachmentRow};
use passerelle_store::repo::organisations::{self, OrganisationRow};

use super::workflow::{HistoryEntry, MessageView, answers_of_record, history_of, messages_of};
use super::{Loaded, Want, drafts};
use crate::{Actor, AppCtx, AppResult};

/// A dossier as its officers read it.
#[derive(Debug, Clone)]
pub struct OfficerDossier {
    /// The application, loaded with the officer's role.
    pub loaded: Loaded,
    /// The content of record: the last completion after a request for information, else the
    /// frozen submission.
    pub answers: Answers,
    /// When the content of record comes from a completion, its instant (epoch ms).
    pub completed_at: Option<i64>,
    /// Every attachment of the application.
    pub attachments: Vec<AttachmentRow>,
    /// The applying organisation.
    pub organisation: Option<OrganisationRow>,
    /// Every event, officers' readings included (this one too), oldest first.
    pub history: Vec<HistoryEntry>,
    /// The thread, oldest first.
    pub messages: Vec<MessageView>,
}

/// The dossier `id` of the call `slug` for one of the call's officers; anybody else, the
/// application's own editors included, gets "not found". Writes a `view` to the audit trail.
#[tracing::instrument(skip_all)]
pub async fn for_officer(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    id: &str,
) -> AppResult<OfficerDossier> {
    let loaded = drafts::get_as(ctx, actor, Some(slug), id, Want::Officer).await?;
    let mut conn = ctx.db.conn().await?;
    let answers = answers_of_record(&mut conn, &loaded).await?;
    let history = history_of(&mut conn, &loaded).await?;
    // The same event `answers_of_record` reads the completed content from.
    let completed_at = history
        .iter()
        .rev()
        .find(|h| h.event.action == Event::Complete.as_str())
        .map(|h| h.event.at);
    Ok(OfficerDossier {
        answers,
        completed_at,
        attachments: repo::attachments(&mut conn, id).await?,
        organisation: organisations::find(&mut conn, &loaded.row.organisation_id).await?,
        messages: messages_of(&mut conn, id).await?,
        history,
        loaded,
    })
}
