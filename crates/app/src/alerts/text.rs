//! The words of alert mails, in the subscriber's language (plain text).

use jiff::Timestamp;

use super::Reason;
use crate::i18n::Tr;
use crate::schemes::explain;

/// One scheme in an alert mail.
pub(super) struct Item {
    pub(super) reason: Reason,
    pub(super) title: String,
    pub(super) url: String,
    /// The deadline written out in the scheme's zone.
    pub(super) deadline: Option<String>,
    pub(super) closes: Option<Timestamp>,
}

/// A deadline as announced: local date and time in the scheme's zone.
pub(super) fn deadline(tr: &Tr, closes: Timestamp, zone: &str) -> String {
    explain::instant(tr, closes, zone, true)
}

/// Subject and body of the double opt-in mail.
pub(super) fn confirmation(tr: &Tr, title: &str, link: &str, search: &str) -> (String, String) {
    (
        tr.ta("alerts-confirm-subject", &[("title", title)]),
        tr.ta(
            "alerts-confirm-body",
            &[("title", title), ("link", link), ("search", search)],
        ),
    )
}

/// Subject and body of an alert (one event or a digest).
pub(super) fn alert(
    tr: &Tr,
    title: &str,
    items: &[Item],
    search: &str,
    feed: &str,
    unsubscribe: &str,
) -> (String, String) {
    let count = items.len().to_string();
    let subject = tr.ta(
        "alerts-mail-subject",
        &[("title", title), ("count", &count)],
    );
    let mut body = tr.ta("alerts-mail-intro", &[("title", title), ("count", &count)]);
    body.push('\n');
    for reason in [Reason::Published, Reason::Deadline] {
        let group: Vec<&Item> = items.iter().filter(|i| i.reason == reason).collect();
        if group.is_empty() {
            continue;
        }
        body.push('\n');
        body.push_str(&tr.t(&format!("alerts-mail-section-{}", reason.as_str())));
        body.push('\n');
        for i in group {
            body.push_str(&format!("\n- {}\n  {}\n  ", i.title, i.url));
            match &i.deadline {
                Some(d) => body.push_str(&tr.ta("alerts-deadline", &[("deadline", d)])),
                None => body.push_str(&tr.t("alerts-no-deadline")),
            }
            body.push('\n');
        }
    }
    body.push('\n');
    body.push_str(&tr.ta("alerts-mail-search", &[("link", search)]));
    body.push('\n');
    body.push_str(&tr.ta("alerts-mail-feed", &[("link", feed)]));
    body.push_str("\n\n-- \n");
    body.push_str(&tr.ta("alerts-mail-footer", &[("link", unsubscribe)]));
    body.push('\n');
    (subject, body)
}
