//! The officers' side of applications: a call's inbox (filters, sort, pages, counts by state,
//! bulk state changes, CSV and XLSX exports) and the dossier page (every answer of record,
//! attachments, history, messages, state changes, PDF). Every page works without JavaScript;
//! every write carries the CSRF token.
//!
//! Who may see what is decided by the use cases of `passerelle_app::applications`: someone
//! who is not an officer of the call's authority is refused its inbox and exports (403), and
//! gets "not found" for any of its dossiers (404), the application's own editors included.

pub mod bulk;
pub mod dossier;
pub mod export;
pub mod list;
pub mod message;
pub mod transition;

use passerelle_app::FieldError;
use passerelle_app::applications::forms;
use passerelle_app::applications::inbox::{Filters, Sort};
use passerelle_domain::Money;
use passerelle_domain::application::{By, Event, State};

use crate::error::WebError;
use crate::page::{PageCommon, PageCtx, url_encode};
use crate::pages::backoffice::FormData;

/// The query-string names of the filters, in the order links carry them.
const FILTER_NAMES: [&str; 8] = [
    "state",
    "territory",
    "theme",
    "min",
    "max",
    "verdict",
    "q",
    "sort",
];

/// The filters as typed: they refill the form and travel in links (pages, exports, counts).
#[derive(Debug, Clone)]
pub struct Typed {
    /// Every filter by name, trimmed, in [`FILTER_NAMES`] order.
    values: Vec<(&'static str, String)>,
    /// Page asked for, from 1.
    pub page: usize,
}

impl Typed {
    /// Reads the filters from a query string or a form's `back` field.
    pub fn read(f: &FormData) -> Typed {
        Typed {
            values: FILTER_NAMES
                .iter()
                .map(|n| (*n, f.get(n).trim().to_owned()))
                .collect(),
            // A page is a position, not a filter: a meaningless one shows the first.
            page: f.get("page").trim().parse().unwrap_or(1).max(1),
        }
    }

    /// The value typed for `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The same filters with `name` set to `value` (a count's link keeps the rest).
    pub fn with(&self, name: &str, value: &str) -> Typed {
        let mut t = self.clone();
        for (n, v) in &mut t.values {
            if *n == name {
                *v = value.to_owned();
            }
        }
        t.page = 1;
        t
    }

    /// The query string of the filters that are set, with `page` when past the first.
    pub fn query(&self, page: usize) -> String {
        let mut parts: Vec<String> = self
            .values
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(n, v)| format!("{n}={}", url_encode(v)))
            .collect();
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        parts.join("&")
    }

    /// `?query` or "" when no filter is set.
    pub fn suffix(&self, page: usize) -> String {
        let q = self.query(page);
        if q.is_empty() { q } else { format!("?{q}") }
    }
}

/// Turns the typed filters into the use case's, with the errors of what this layer reads
/// itself (amounts in major units, the sort). The call's currency is asked only when an
/// amount is typed, and that request is authorised like the inbox.
pub async fn filters_of(
    p: &PageCtx,
    slug: &str,
    t: &Typed,
) -> Result<(Filters, Vec<FieldError>), WebError> {
    let mut errors = Vec::new();
    let some = |v: &str| (!v.is_empty()).then(|| v.to_owned());
    let (min, max) = (t.get("min"), t.get("max"));
    let (mut min_minor, mut max_minor) = (None, None);
    if !min.is_empty() || !max.is_empty() {
        let currency = forms::call_for_staff(&p.state.app, &p.actor, slug)
            .await?
            .scheme
            .scheme
            .currency;
        for (name, typed, slot) in [("min", min, &mut min_minor), ("max", max, &mut max_minor)] {
            if typed.is_empty() {
                continue;
            }
            match Money::parse_major(typed, currency) {
                Ok(m) if m.minor >= 0 => *slot = Some(m.minor),
                Ok(_) => errors.push(FieldError::new(name, "amount_negative")),
                Err(e) => errors.push(FieldError::new(name, e.code())),
            }
        }
    }
    let sort = Sort::parse(t.get("sort")).unwrap_or_else(|| {
        errors.push(FieldError::new("sort", "code_unknown"));
        Sort::Newest
    });
    Ok((
        Filters {
            state: some(t.get("state")),
            territory: some(t.get("territory")),
            theme: some(t.get("theme")),
            min_minor,
            max_minor,
            verdict: some(t.get("verdict")),
            q: some(t.get("q")),
            sort,
            page: t.page,
        },
        errors,
    ))
}

/// The events officers cause, in the state machine's order (the bulk form's choices).
pub fn officer_events() -> Vec<Event> {
    Event::all()
        .iter()
        .copied()
        .filter(|e| e.actor() == By::Officer)
        .collect()
}

/// Label key of an event's button.
pub fn event_key(e: Event) -> String {
    format!("app-event-{}", e.as_str().replace('_', "-"))
}

/// The internal label of a state (what officers read).
pub fn state_label(page: &PageCommon, s: State) -> String {
    page.t(&s.internal_label_key())
}

/// The label of an eligibility verdict code (`eligible`, `unknown`, `not_eligible`).
pub fn verdict_label(page: &PageCommon, v: &str) -> String {
    page.t(&format!("verdict-{}", v.replace('_', "-")))
}

/// Date and time of an instant in `zone`, without the zone (tables name it once, in the
/// column's heading).
pub fn local_time(page: &PageCommon, ms: i64, zone: &str) -> String {
    let Ok(t) = jiff::Timestamp::from_millisecond(ms) else {
        return String::new();
    };
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let z = t.to_zoned_datetime(tz);
    page.tr.ta(
        "datetime-at",
        &[
            ("date", &page.tr.date(&z.date().to_string())),
            ("time", &format!("{:02}:{:02}", z.hour(), z.minute())),
        ],
    )
}

/// Path of a dossier's officer page.
pub fn dossier_path(slug: &str, id: &str) -> String {
    format!("/schemes/{slug}/applications/{id}")
}
