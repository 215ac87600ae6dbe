//! A small Atom 1.0 writer (RFC 4287). The vocabulary is fixed and tiny, so a few lines of
//! careful escaping do the job without a dependency: every text and attribute value goes
//! through [`escape`], which also drops the characters XML 1.0 forbids.

use std::fmt::Write as _;

use jiff::Timestamp;
use passerelle_app::alerts::Feed;

/// The content type of a feed.
pub const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

/// `s` escaped for XML text and attribute values (`&<>"'`), without the characters XML 1.0
/// does not allow (control characters other than tab, line feed and carriage return, and
/// the non-characters U+FFFE and U+FFFF).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An RFC 3339 instant, to the second, in UTC.
fn date(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn element(out: &mut String, indent: &str, name: &str, text: &str) {
    let _ = writeln!(out, "{indent}<{name}>{}</{name}>", escape(text));
}

fn link(out: &mut String, indent: &str, rel: &str, ty: &str, href: &str) {
    let _ = writeln!(
        out,
        "{indent}<link rel=\"{rel}\" type=\"{ty}\" href=\"{}\"/>",
        escape(href)
    );
}

/// The feed as an Atom document.
pub fn render(f: &Feed) -> String {
    let mut out = String::with_capacity(1024 + f.entries.len() * 512);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        escape(f.locale.as_str())
    );
    element(&mut out, "  ", "id", &f.id);
    element(&mut out, "  ", "title", &f.title);
    element(&mut out, "  ", "updated", &date(f.updated));
    link(&mut out, "  ", "self", "application/atom+xml", &f.self_url);
    link(&mut out, "  ", "alternate", "text/html", &f.alternate_url);
    out.push_str("  <author><name>Passerelle</name></author>\n");
    out.push_str("  <generator>Passerelle</generator>\n");
    for e in &f.entries {
        out.push_str("  <entry>\n");
        element(&mut out, "    ", "id", &e.id);
        element(&mut out, "    ", "title", &e.title);
        element(&mut out, "    ", "updated", &date(e.updated));
        if let Some(p) = e.published {
            element(&mut out, "    ", "published", &date(p));
        }
        link(&mut out, "    ", "alternate", "text/html", &e.url);
        let _ = writeln!(
            out,
            "    <author><name>{}</name></author>",
            escape(&e.author)
        );
        let _ = writeln!(
            out,
            "    <summary type=\"text\">{}</summary>",
            escape(&e.summary)
        );
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_app::alerts::FeedEntry;
    use passerelle_domain::Locale;

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\td\u{FFFF}"), "abc\td");
        assert_eq!(escape("Łódź — été"), "Łódź — été");
    }

    #[test]
    fn renders_feed_and_entries() {
        let t = Timestamp::from_second(1_700_000_000).unwrap();
        let f = Feed {
            id: "urn:uuid:1".into(),
            title: "Alerte <tiers-lieux>".into(),
            locale: Locale::Fr,
            updated: t,
            self_url: "https://p.example/alerts/T/feed.atom".into(),
            alternate_url: "https://p.example/schemes?q=a&theme=b".into(),
            entries: vec![FeedEntry {
                id: "https://p.example/schemes/s".into(),
                title: "S & co".into(),
                url: "https://p.example/schemes/s".into(),
                summary: "Résumé".into(),
                updated: t,
                published: Some(t),
                author: "Département".into(),
            }],
        };
        let x = render(&f);
        assert!(x.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"));
        assert!(x.contains("<title>Alerte &lt;tiers-lieux&gt;</title>"));
        assert!(x.contains("<updated>2023-11-14T22:13:20Z</updated>"));
        assert!(x.contains("href=\"https://p.example/schemes?q=a&amp;theme=b\""));
        assert!(x.contains("<link rel=\"self\" type=\"application/atom+xml\""));
        assert!(x.contains(
            "<entry>\n    <id>https://p.example/schemes/s</id>\n    <title>S &amp; co</title>"
        ));
        assert!(x.contains("<published>2023-11-14T22:13:20Z</published>"));
        assert!(x.trim_end().ends_with("</feed>"));
    }
}
