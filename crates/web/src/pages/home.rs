//! Home page and the public pages of authorities and their programmes.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use passerelle_app::tenants::{self, TenantView};

use crate::error::WebError;
use crate::page::{PageCommon, PageCtx};

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    page: PageCommon,
    tenants: Vec<TenantView>,
}

/// `GET /`.
pub async fn home(p: PageCtx) -> Result<Response, WebError> {
    let tenants = tenants::list(&p.state.app, p.locale).await?;
    Ok(super::ok(&Home {
        page: p.common,
        tenants,
    }))
}

#[derive(Template)]
#[template(path = "tenant.html")]
struct TenantPage {
    page: PageCommon,
    t: TenantView,
    can_view_staff: bool,
}

/// `GET /authorities/{slug}`.
pub async fn tenant(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let t = tenants::get(&p.state.app, &slug, p.locale).await?;
    let can_view_staff = passerelle_app::authz::tenant(
        &p.actor,
        &t.tenant.id,
        passerelle_app::authz::TenantAction::ViewStaff,
    )
    .is_ok();
    Ok(super::ok(&TenantPage {
        page: p.common,
        t,
        can_view_staff,
    }))
}

/// Formatting helpers for programme cards, used by the templates.
pub mod fmt {
    use passerelle_app::tenants::ProgrammeView;

    use crate::page::PageCommon;

    /// "6 novembre 2023", or "" when unknown.
    pub fn opens(page: &PageCommon, p: &ProgrammeView) -> String {
        p.row
            .opens_on
            .as_deref()
            .map(|d| page.tr.date(d))
            .unwrap_or_default()
    }

    /// Deadline written out with its time and zone.
    pub fn closes(page: &PageCommon, p: &ProgrammeView) -> String {
        match p.row.closes_at.as_deref() {
            Some(c) => {
                let time = c.get(11..16).unwrap_or("");
                page.tr.ta(
                    "programme-deadline-at",
                    &[
                        ("date", &page.tr.date(c)),
                        ("time", time),
                        ("zone", &p.row.time_zone),
                    ],
                )
            }
            None => String::new(),
        }
    }

    /// Envelope in the reader's format, or "" when not stated.
    pub fn envelope(page: &PageCommon, p: &ProgrammeView) -> String {
        if p.row.envelope_minor > 0 {
            page.tr.money_whole(p.row.envelope_minor, p.currency)
        } else {
            String::new()
        }
    }

    /// Per-project cap, or "".
    pub fn cap(page: &PageCommon, p: &ProgrammeView) -> String {
        if p.row.max_award_minor > 0 {
            page.tr.money_whole(p.row.max_award_minor, p.currency)
        } else {
            String::new()
        }
    }

    /// Translated status label.
    pub fn status(page: &PageCommon, p: &ProgrammeView) -> String {
        page.t(&format!("programme-status-{}", p.row.status))
    }

    /// Translated kind label.
    pub fn kind(page: &PageCommon, p: &ProgrammeView) -> String {
        page.t(&format!("programme-kind-{}", p.row.kind))
    }

    /// Translated theme labels.
    pub fn themes(page: &PageCommon, p: &ProgrammeView) -> Vec<String> {
        p.row
            .themes
            .split(',')
            .filter(|t| !t.is_empty())
            .map(|t| page.t(&format!("theme-{t}")))
            .collect()
    }
}
