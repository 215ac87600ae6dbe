//! A call's review settings: its scoring grid, how many reviewers read each application, the
//! load of each reviewer, alternates, and whether the committee may fund less than requested.

use passerelle_domain::review::Grid;
use passerelle_store::AsExec;
use passerelle_store::repo::review::{self as repo, SettingsRow};

use super::{call_for_staff, internal};
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// A call's review settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewSettings {
    /// The scoring grid.
    pub grid: Grid,
    /// Reviewers per application (k).
    pub per_application: u32,
    /// Smallest load of an active reviewer.
    pub min_per_reviewer: u32,
    /// Largest load of a reviewer (their own capacity may be lower).
    pub max_per_reviewer: u32,
    /// Ranked alternates kept per application.
    pub alternates: u32,
    /// The committee may grant less than requested.
    pub partial_funding: bool,
    /// Version read (0 when none saved).
    pub version: i64,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            grid: Grid::default(),
            per_application: 3,
            min_per_reviewer: 0,
            max_per_reviewer: 15,
            alternates: 2,
            partial_funding: false,
            version: 0,
        }
    }
}

impl ReviewSettings {
    /// Checks the settings: a valid grid, 1 ≤ k ≤ 10, min ≤ max ≤ 500, at most 10 alternates.
    pub fn check(&self) -> Vec<FieldError> {
        let mut out: Vec<FieldError> = self
            .grid
            .validate()
            .into_iter()
            .map(|p| FieldError::new(format!("grid.{}", p.field), p.code))
            .collect();
        if !(1..=10).contains(&self.per_application) {
            out.push(FieldError::new("per_application", "number_outside"));
        }
        if self.min_per_reviewer > self.max_per_reviewer || self.max_per_reviewer > 500 {
            out.push(FieldError::new("max_per_reviewer", "range_invalid"));
        }
        if self.alternates > 10 {
            out.push(FieldError::new("alternates", "number_outside"));
        }
        out
    }
}

/// A call's settings (defaults when none were saved).
pub async fn of(e: &mut impl AsExec, scheme_id: &str) -> AppResult<ReviewSettings> {
    let Some(r) = repo::settings(e, scheme_id).await? else {
        return Ok(ReviewSettings::default());
    };
    let n = |v: i64| u32::try_from(v).unwrap_or(0);
    Ok(ReviewSettings {
        grid: serde_json::from_str(&r.grid).map_err(internal)?,
        per_application: n(r.reviewers_per_application),
        min_per_reviewer: n(r.min_per_reviewer),
        max_per_reviewer: n(r.max_per_reviewer),
        alternates: n(r.alternates),
        partial_funding: r.partial_funding,
        version: r.version,
    })
}

/// A call's review settings, for its officers.
#[tracing::instrument(skip_all)]
pub async fn get(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<ReviewSettings> {
    let mut conn = ctx.db.conn().await?;
    let scheme = call_for_staff(&mut conn, actor, slug).await?;
    of(&mut conn, &scheme.id).await
}

/// Saves a call's review settings made from `s.version`; a stale version is refused.
#[tracing::instrument(skip_all)]
pub async fn save(ctx: &AppCtx, actor: &Actor, slug: &str, s: &ReviewSettings) -> AppResult<()> {
    let errs = s.check();
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let mut tx = ctx.db.begin().await?;
    let scheme = call_for_staff(&mut tx, actor, slug).await?;
    let saved = repo::save_settings(
        &mut tx,
        &SettingsRow {
            scheme_id: scheme.id.clone(),
            grid: serde_json::to_string(&s.grid).map_err(internal)?,
            reviewers_per_application: i64::from(s.per_application),
            min_per_reviewer: i64::from(s.min_per_reviewer),
            max_per_reviewer: i64::from(s.max_per_reviewer),
            alternates: i64::from(s.alternates),
            partial_funding: s.partial_funding,
            version: s.version + 1,
            updated_by: actor.user_id().map(str::to_owned),
            updated_at: ctx.now_ms(),
        },
        s.version,
    )
    .await?;
    if !saved {
        return Err(AppError::Conflict("version_conflict"));
    }
    tx.commit().await?;
    Ok(())
}
