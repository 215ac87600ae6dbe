//! `GET/POST /schemes/{slug}/call-settings`: when applicants with an unsubmitted draft are
//! reminded (up to five delays before the closing instant, in hours or days) and what
//! becomes of drafts at the deadline (kept read-only, or deleted after some days), with the
//! call's window shown in its own zone for context.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::applications::forms::{self, CallSettings, CallView};
use passerelle_app::schemes::explain;
use passerelle_app::{AppError, FieldError};
use passerelle_domain::application::deadline_work::DraftPolicy;
use passerelle_domain::scheme::window::WindowState;

use super::FormData;
use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};
use crate::pages::backoffice::fe;

/// Reminder rows the form offers (the use case accepts at most this many).
const ROWS: usize = 5;

/// One reminder row: amount and unit (`hours` or `days`).
pub struct Reminder {
    /// Amount as typed.
    pub value: String,
    /// `hours` or `days`.
    pub unit: String,
}

#[derive(Template)]
#[template(path = "call_settings.html")]
struct SettingsPage {
    page: PageCommon,
    slug: String,
    title: String,
    window: String,
    now: String,
    reminders: Vec<Reminder>,
    drafts: String,
    retention: String,
    errors: FormErrors,
}

/// The rows showing `hours`: whole days as days, the rest in hours, then empty rows.
fn rows_of(hours: &[u32]) -> Vec<Reminder> {
    let mut h = hours.to_vec();
    h.sort_unstable_by(|a, b| b.cmp(a));
    let mut out: Vec<Reminder> = h
        .into_iter()
        .map(|h| match h % 24 {
            0 => Reminder {
                value: (h / 24).to_string(),
                unit: "days".into(),
            },
            _ => Reminder {
                value: h.to_string(),
                unit: "hours".into(),
            },
        })
        .collect();
    while out.len() < ROWS {
        out.push(Reminder {
            value: String::new(),
            unit: "days".into(),
        });
    }
    out
}

/// Where the call's window stands now, in words and in the call's zone.
fn now_text(page: &PageCommon, call: &CallView, now_ms: i64) -> String {
    let w = &call.scheme.scheme.window;
    // A closing instant at midnight reads "24:00" of the day before, an opening "00:00".
    let at = |t, end| explain::instant(&page.tr, t, &w.zone, end);
    let now = jiff::Timestamp::from_millisecond(now_ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    match w.state_at(now) {
        WindowState::Open {
            closes: Some(c), ..
        } => page.t1("calls-window-open", "closes", &at(c, true)),
        WindowState::Open { closes: None, .. } => page.t("calls-window-permanent"),
        WindowState::Upcoming { opens, .. } => {
            page.t1("calls-window-upcoming", "opens", &at(opens, false))
        }
        WindowState::Closed { closed, .. } => {
            page.t1("calls-window-closed", "closed", &at(closed, true))
        }
    }
}

struct Typed {
    reminders: Vec<Reminder>,
    drafts: String,
    retention: String,
}

fn render(
    p: PageCtx,
    call: &CallView,
    t: Typed,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    let now = now_text(&p.common, call, p.state.app.now_ms());
    let page = p.common;
    let tpl = SettingsPage {
        slug: call.scheme.scheme.slug.clone(),
        title: call.scheme.scheme.title.get(page.tr.locale()).to_owned(),
        window: explain::window(&page.tr, &call.scheme.scheme.window),
        now,
        reminders: t.reminders,
        drafts: t.drafts,
        retention: t.retention,
        errors,
        page,
    };
    super::super::html(status, &tpl)
}

/// `GET /schemes/{slug}/call-settings`.
pub async fn show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let call = forms::call_for_staff(&p.state.app, &p.actor, &slug).await?;
    let s = &call.settings;
    let typed = Typed {
        reminders: rows_of(&s.reminder_hours),
        drafts: s.drafts.code().to_owned(),
        retention: s.retention_days().to_string(),
    };
    Ok(render(
        p,
        &call,
        typed,
        FormErrors::default(),
        StatusCode::OK,
    ))
}

/// Reads the form into settings; problems on their inputs.
fn read(t: &Typed) -> Result<CallSettings, Vec<FieldError>> {
    let mut errs = vec![];
    let mut hours = vec![];
    for (i, r) in t.reminders.iter().enumerate() {
        let v = r.value.trim();
        if v.is_empty() {
            continue;
        }
        let per = match r.unit.as_str() {
            "hours" => 1,
            "days" => 24,
            _ => {
                errs.push(fe(&format!("reminder_unit_{i}"), "value_unknown"));
                continue;
            }
        };
        match v.parse::<u32>().ok().and_then(|n| n.checked_mul(per)) {
            Some(h) => hours.push(h),
            None => errs.push(fe(&format!("reminder_{i}"), "number_invalid")),
        }
    }
    let drafts = match t.drafts.as_str() {
        "read_only" => DraftPolicy::ReadOnly,
        "delete" => match t.retention.trim().parse::<u32>() {
            Ok(retention_days) => DraftPolicy::Delete { retention_days },
            Err(_) => {
                errs.push(fe("retention_days", "number_invalid"));
                DraftPolicy::ReadOnly
            }
        },
        _ => {
            errs.push(fe("drafts", "value_unknown"));
            DraftPolicy::ReadOnly
        }
    };
    let s = CallSettings {
        reminder_hours: hours,
        drafts,
    };
    errs.extend(s.check().into_iter().map(|e| match e.field.as_str() {
        "reminder_hours" => fe("reminders", &e.code),
        _ => e,
    }));
    if errs.is_empty() { Ok(s) } else { Err(errs) }
}

/// `POST /schemes/{slug}/call-settings`.
pub async fn save(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    let call = forms::call_for_staff(&p.state.app, &p.actor, &slug).await?;
    let units = f.all("reminder_unit");
    let mut typed = Typed {
        reminders: f
            .all("reminder")
            .into_iter()
            .enumerate()
            .map(|(i, value)| Reminder {
                value,
                unit: units.get(i).cloned().unwrap_or_default(),
            })
            .collect(),
        drafts: f.get("drafts").to_owned(),
        retention: f.get("retention_days").to_owned(),
    };
    while typed.reminders.len() < ROWS {
        typed.reminders.push(Reminder {
            value: String::new(),
            unit: "days".into(),
        });
    }
    let result = match read(&typed) {
        Ok(s) => forms::save_settings(&p.state.app, &p.actor, &slug, &s).await,
        Err(errs) => Err(AppError::Invalid(errs)),
    };
    match result {
        Ok(()) => {
            p.flash("calls-flash-settings-saved").await;
            Ok(super::super::see_other(&format!(
                "/schemes/{slug}/call-settings"
            )))
        }
        Err(AppError::Invalid(errs)) => {
            let errs: Vec<FieldError> = errs
                .into_iter()
                .map(|e| match e.field.as_str() {
                    "reminder_hours" => fe("reminders", &e.code),
                    _ => e,
                })
                .collect();
            let errors = p.form_errors(&errs);
            Ok(render(
                p,
                &call,
                typed,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(e) => Err(e.into()),
    }
}
