//! Officers' side of a call: its application form (every save is a new version; an
//! application keeps the version it started with) and its settings (reminders before the
//! deadline, what becomes of drafts).

use passerelle_domain::application::deadline_work::{
    DEFAULT_REMINDER_HOURS, DEFAULT_RETENTION_DAYS, DraftPolicy,
};
use passerelle_domain::application::form::Form;
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as repo, SettingsRow};
use passerelle_store::repo::schemes as scheme_repo;

use super::{FormFile, internal};
use crate::authz::{self, TenantAction};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// A call's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSettings {
    /// Reminder delays in hours before the closing instant.
    pub reminder_hours: Vec<u32>,
    /// What becomes of drafts at the deadline.
    pub drafts: DraftPolicy,
}

impl Default for CallSettings {
    fn default() -> Self {
        CallSettings {
            reminder_hours: DEFAULT_REMINDER_HOURS.to_vec(),
            drafts: DraftPolicy::ReadOnly,
        }
    }
}

impl CallSettings {
    /// Retention in days when drafts are deleted, the default otherwise (for the form).
    pub fn retention_days(&self) -> u32 {
        match self.drafts {
            DraftPolicy::Delete { retention_days } => retention_days,
            DraftPolicy::ReadOnly => DEFAULT_RETENTION_DAYS,
        }
    }

    /// Checks what officers typed: at most 5 reminders, each within 60 days.
    pub fn check(&self) -> Vec<FieldError> {
        let mut out = vec![];
        if self.reminder_hours.len() > 5 || self.reminder_hours.iter().any(|h| *h == 0 || *h > 1440)
        {
            out.push(FieldError::new("reminder_hours", "reminders_invalid"));
        }
        if let DraftPolicy::Delete { retention_days } = self.drafts
            && retention_days > 3650
        {
            out.push(FieldError::new("retention_days", "retention_invalid"));
        }
        out
    }
}

/// The settings of a call (defaults when none were saved).
pub async fn settings_of(e: &mut impl AsExec, scheme_id: &str) -> AppResult<CallSettings> {
    let Some(row) = repo::settings(e, scheme_id).await? else {
        return Ok(CallSettings::default());
    };
    let hours: Vec<u32> = serde_json::from_str(&row.reminder_hours).map_err(internal)?;
    let retention = u32::try_from(row.retention_days).unwrap_or(DEFAULT_RETENTION_DAYS);
    Ok(CallSettings {
        reminder_hours: hours,
        drafts: DraftPolicy::from_code(&row.drafts_at_deadline, retention)
            .ok_or_else(|| internal("draft policy"))?,
    })
}

/// A call's current form: `(version, form)`, `None` when it has none yet.
pub async fn current(e: &mut impl AsExec, scheme_id: &str) -> AppResult<Option<(i64, Form)>> {
    let Some((v, body)) = repo::latest_form(e, scheme_id).await? else {
        return Ok(None);
    };
    Ok(Some((v, serde_json::from_str(&body).map_err(internal)?)))
}

/// What officers see of a call: the scheme, its current form and settings.
#[derive(Debug, Clone)]
pub struct CallView {
    /// The scheme.
    pub scheme: SchemeRecord,
    /// Current form version and form.
    pub form: Option<(i64, Form)>,
    /// Settings.
    pub settings: CallSettings,
}

async fn scheme_for_staff(
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

/// A call for its officers.
#[tracing::instrument(skip_all)]
pub async fn call_for_staff(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<CallView> {
    let mut conn = ctx.db.conn().await?;
    let scheme = scheme_for_staff(&mut conn, actor, slug).await?;
    Ok(CallView {
        form: current(&mut conn, &scheme.id).await?,
        settings: settings_of(&mut conn, &scheme.id).await?,
        scheme,
    })
}

/// A call's current form as the public (and applicants) may read it: published or closed
/// schemes only.
#[tracing::instrument(skip_all)]
pub async fn public_form(ctx: &AppCtx, slug: &str) -> AppResult<(SchemeRecord, i64, Form)> {
    let mut conn = ctx.db.conn().await?;
    let row = scheme_repo::find_by_slug(&mut conn, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let scheme = crate::schemes::record(row)?;
    if !scheme.status.is_public() {
        return Err(AppError::NotFound);
    }
    let (v, form) = current(&mut conn, &scheme.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((scheme, v, form))
}

/// Saves a new version of a call's form, made from version `expected` (0 when it had none):
/// a stale version is refused, never overwritten. Returns the new version.
#[tracing::instrument(skip_all)]
pub async fn save_form(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    expected: i64,
    form: &Form,
) -> AppResult<i64> {
    let problems = form.validate();
    if !problems.is_empty() {
        return Err(AppError::Invalid(
            problems
                .into_iter()
                .map(|p| FieldError::new(p.field, p.code))
                .collect(),
        ));
    }
    if form.sections.is_empty() {
        return Err(AppError::field("form", "form_empty"));
    }
    let mut tx = ctx.db.begin().await?;
    let scheme = scheme_for_staff(&mut tx, actor, slug).await?;
    let latest = repo::latest_form(&mut tx, &scheme.id)
        .await?
        .map_or(0, |(v, _)| v);
    if latest != expected {
        return Err(AppError::Conflict("version_conflict"));
    }
    let body = serde_json::to_string(form).map_err(internal)?;
    // Two officers saving from the same version at once: the second gets the same number,
    // which the primary key refuses; that is a version conflict, not a failure.
    let v = repo::insert_form(&mut tx, &scheme.id, &body, actor.user_id(), ctx.now_ms())
        .await
        .map_err(|e| {
            if e.is_conflict_on("call_form") {
                AppError::Conflict("version_conflict")
            } else {
                e.into()
            }
        })?;
    tx.commit().await?;
    Ok(v)
}

/// Saves a call's settings.
#[tracing::instrument(skip_all)]
pub async fn save_settings(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    s: &CallSettings,
) -> AppResult<()> {
    let errs = s.check();
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let mut hours = s.reminder_hours.clone();
    hours.sort_unstable_by(|a, b| b.cmp(a));
    hours.dedup();
    let mut tx = ctx.db.begin().await?;
    let scheme = scheme_for_staff(&mut tx, actor, slug).await?;
    repo::save_settings(
        &mut tx,
        &SettingsRow {
            scheme_id: scheme.id.clone(),
            reminder_hours: serde_json::to_string(&hours).map_err(internal)?,
            drafts_at_deadline: s.drafts.code().to_owned(),
            retention_days: i64::from(s.retention_days()),
            updated_by: actor.user_id().map(str::to_owned),
            updated_at: ctx.now_ms(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Loads the demo schemes' forms (first version only; nothing when already there).
#[tracing::instrument(skip_all)]
pub async fn load_demo(ctx: &AppCtx) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    for text in super::DEMO_FORMS {
        let f: FormFile = serde_json::from_str(text).map_err(internal)?;
        let Some(row) = scheme_repo::find_by_slug(&mut tx, &f.scheme).await? else {
            continue;
        };
        if repo::latest_form(&mut tx, &row.id).await?.is_none() {
            let body = serde_json::to_string(&f.form).map_err(internal)?;
            repo::insert_form(&mut tx, &row.id, &body, None, ctx.now_ms()).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
