//! The query strings users save: the catalogue's (`/schemes?…`) and the eligibility wizard's
//! (`/eligibility?…`), read the way those pages read them.

use crate::schemes::eligibility::EligibilityInput;
use crate::schemes::search::{self, SearchParams};
use crate::{AppCtx, AppError, AppResult};

/// What a saved search watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A catalogue search.
    Search,
    /// An eligibility profile (the wizard's answers).
    Eligibility,
}

impl Kind {
    /// Stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Search => "search",
            Kind::Eligibility => "eligibility",
        }
    }

    /// From the stored form.
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "search" => Some(Kind::Search),
            "eligibility" => Some(Kind::Eligibility),
            _ => None,
        }
    }

    /// The page the query string belongs to, with the query appended.
    pub fn page_path(self, query: &str) -> String {
        match (self, query.is_empty()) {
            (Kind::Search, true) => "/schemes".to_owned(),
            (Kind::Search, false) => format!("/schemes?{query}"),
            (Kind::Eligibility, true) => "/eligibility?go=1".to_owned(),
            (Kind::Eligibility, false) => format!("/eligibility?go=1&{query}"),
        }
    }
}

pub use crate::schemes::wizard::pairs;
use crate::schemes::wizard::{WizardAnswers, many, one};

/// Keys that only steer the page (paging, the submit marker, a one-scheme question, the
/// organisation picker resolved at save time), dropped from what is saved.
const DROPPED: &[&str] = &["page", "per_page", "go", "scheme", "org", "_csrf"];

/// Splits a page address (`/schemes?…` or `/eligibility?…`) into what it watches and its
/// query string, without the keys that only steer the page and without empty values.
pub fn split_source(source: &str) -> Option<(Kind, Vec<(String, String)>)> {
    let source = source.trim();
    let (path, query) = source.split_once('?').unwrap_or((source, ""));
    let kind = match path {
        "/schemes" => Kind::Search,
        "/eligibility" => Kind::Eligibility,
        _ => return None,
    };
    let kept = pairs(query)
        .into_iter()
        .filter(|(k, v)| !DROPPED.contains(&k.as_str()) && !v.trim().is_empty())
        .collect();
    Some((kind, kept))
}

/// A query string from pairs.
pub fn encode(pairs: &[(String, String)]) -> String {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        ser.append_pair(k, v);
    }
    ser.finish()
}

/// The catalogue search a saved query string stands for (first page of the largest size).
pub fn search_params(query: &str) -> SearchParams {
    let p = pairs(query);
    SearchParams {
        q: one(&p, "q").unwrap_or_default(),
        territory: one(&p, "territory"),
        category: many(&p, "category"),
        theme: many(&p, "theme"),
        kind: many(&p, "kind"),
        open: one(&p, "open"),
        funder: one(&p, "funder"),
        sort: None,
        page: Some(1),
        per_page: Some(search::MAX_PER_PAGE),
    }
}

/// The eligibility question a saved wizard query string stands for, read as the wizard reads
/// it. Unreadable values are refused with the wizard's field names.
pub fn eligibility_input(ctx: &AppCtx, query: &str) -> AppResult<EligibilityInput> {
    WizardAnswers::from_pairs(&pairs(query))
        .input(ctx)
        .map_err(AppError::BadRequest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_keep_what_they_watch_and_drop_what_steers_the_page() {
        let (k, p) =
            split_source("/schemes?q=tiers+lieux&theme=coworking&theme=&page=3&sort=deadline")
                .unwrap();
        assert_eq!(k, Kind::Search);
        assert_eq!(encode(&p), "q=tiers+lieux&theme=coworking&sort=deadline");
        let (k, p) = split_source("/eligibility?go=1&org=x&scheme=y&country=FR&ess=yes").unwrap();
        assert_eq!(k, Kind::Eligibility);
        assert_eq!(encode(&p), "country=FR&ess=yes");
        assert!(split_source("/login?next=/").is_none());
        assert!(split_source("https://evil.example/schemes").is_none());
        assert_eq!(split_source("/schemes").map(|(_, p)| p.len()), Some(0));
    }

    #[test]
    fn page_paths_round_trip() {
        assert_eq!(Kind::Search.page_path(""), "/schemes");
        assert_eq!(Kind::Search.page_path("q=a"), "/schemes?q=a");
        assert_eq!(
            Kind::Eligibility.page_path("ess=yes"),
            "/eligibility?go=1&ess=yes"
        );
        assert_eq!(Kind::parse("eligibility"), Some(Kind::Eligibility));
        assert_eq!(Kind::parse("other"), None);
    }

    #[test]
    fn search_params_read_like_the_catalogue() {
        let p = search_params("q=ferme&theme=circular-economy&theme=coworking&open=now&page=4");
        assert_eq!(p.q, "ferme");
        assert_eq!(p.theme, vec!["circular-economy", "coworking"]);
        assert_eq!(p.open.as_deref(), Some("now"));
        assert_eq!(p.page, Some(1), "always from the first page");
        assert_eq!(p.per_page, Some(search::MAX_PER_PAGE));
    }
}
