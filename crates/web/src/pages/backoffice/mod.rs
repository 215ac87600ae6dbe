//! The officers' back office for support schemes: list, create and edit a
//! scheme, edit its criteria tree with a live preview, change its status,
//! start a new edition, read its history, and move schemes in and out as
//! JSON or XLSX. Every page works without JavaScript; every write carries the
//! CSRF token and, for an existing scheme, the version it was read at.

pub mod criteria;
pub mod form;
pub mod history;
pub mod list;
pub mod status;
pub mod transfer;
mod tree;
mod values;
mod xlsx;

use passerelle_app::FieldError;
use passerelle_domain::scheme::vocab::SchemeStatus;

use crate::page::PageCommon;

/// Interface languages in display order: (code, native name).
pub const LANGS: [(&str, &str); 3] = [("fr", "Français"), ("pl", "Polski"), ("en", "English")];

/// Time zones offered for application windows (a scheme's own zone is added
/// when it is not among them).
pub const ZONES: [&str; 22] = [
    "Europe/Paris",
    "Europe/Warsaw",
    "Europe/Brussels",
    "Europe/Luxembourg",
    "Europe/Berlin",
    "Europe/Prague",
    "Europe/Vilnius",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Lisbon",
    "Europe/Dublin",
    "Europe/London",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "America/Miquelon",
    "Indian/Reunion",
    "Indian/Mayotte",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "Pacific/Wallis",
    "UTC",
];

/// A form as posted or queried: every `(name, value)` pair in order, so
/// repeated names (checkbox groups) keep all their values.
#[derive(Debug, Clone, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Whether `name` was sent with `value`.
    pub fn contains(&self, name: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && v == value)
    }

    /// Whether `name` was sent at all.
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
}

/// Label of a code of a vocabulary (`vocab-<vocab>-<code>`).
pub fn label(page: &PageCommon, vocab: &str, code: &str) -> String {
    passerelle_app::schemes::explain::code_label(&page.tr, vocab, code)
}

/// The statuses a scheme may move to from `from`, in a stable order.
pub fn next_statuses(from: SchemeStatus) -> Vec<SchemeStatus> {
    SchemeStatus::all()
        .iter()
        .copied()
        .filter(|to| from.can_become(*to))
        .collect()
}

/// Translation key of the button that moves a scheme from `from` to `to`.
pub fn transition_key(from: SchemeStatus, to: SchemeStatus) -> &'static str {
    match (from, to) {
        (SchemeStatus::Draft, SchemeStatus::Published) => "bo-action-publish",
        (SchemeStatus::Published, SchemeStatus::Draft) => "bo-action-unpublish",
        (SchemeStatus::Published, SchemeStatus::Closed) => "bo-action-close",
        (SchemeStatus::Closed, SchemeStatus::Published) => "bo-action-reopen",
        (_, SchemeStatus::Archived) => "bo-action-archive",
        _ => "bo-action-change-status",
    }
}

/// A field error on a form field.
pub fn fe(field: &str, code: &str) -> FieldError {
    FieldError::new(field, code)
}

/// `Content-Disposition` for a download named `name`.
pub fn attachment(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("attachment; filename=\"{safe}\"")
}

/// A scheme's date-time of the last change, in the reader's language and
/// the scheme's zone.
pub fn when(page: &PageCommon, ms: i64, zone: &str) -> String {
    match jiff::Timestamp::from_millisecond(ms) {
        Ok(t) => passerelle_app::schemes::explain::instant(&page.tr, t, zone, false),
        Err(_) => String::new(),
    }
}
