//! Which uploaded files a field accepts. The type is the one recognised from the content
//! (magic bytes) by the caller, never the extension or the type the browser claims, so a
//! renamed executable is not a PDF.

/// Whether a file whose content was recognised as `detected` (a MIME type; `None` when the
/// content matched no known signature) may be given to a field accepting `accept`.
/// `image/*` style wildcards are honoured.
pub fn accepts(accept: &[String], detected: Option<&str>) -> bool {
    let Some(d) = detected else { return false };
    accept.iter().any(|a| {
        a == d
            || a.strip_suffix("/*")
                .is_some_and(|prefix| d.split('/').next() == Some(prefix))
    })
}

/// A file name fit for display and for a `Content-Disposition` header: path separators,
/// control characters and quotes removed, at most 120 characters, never empty.
pub fn clean_filename(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | '/' | ';'))
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .chars()
        .take(120)
        .collect();
    if cleaned.is_empty() {
        "file".to_owned()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn content_type_must_be_listed() {
        let pdf = v(&["application/pdf"]);
        assert!(accepts(&pdf, Some("application/pdf")));
        assert!(!accepts(&pdf, Some("image/png")));
        assert!(!accepts(&pdf, None), "unrecognised content is refused");
        let images = v(&["image/*", "application/pdf"]);
        assert!(accepts(&images, Some("image/jpeg")));
        assert!(!accepts(&images, Some("imagex/jpeg")));
        assert!(!accepts(&[], Some("application/pdf")));
    }

    #[test]
    fn file_names_are_cleaned() {
        assert_eq!(clean_filename("../../etc/passwd"), "passwd");
        assert_eq!(
            clean_filename("C:\\Users\\a\\lettre \"soutien\".pdf"),
            "lettre soutien.pdf"
        );
        assert_eq!(clean_filename(".htaccess"), "htaccess");
        assert_eq!(clean_filename("\u{0}\n"), "file");
        assert_eq!(clean_filename(&"é".repeat(300)).chars().count(), 120);
        assert_eq!(clean_filename("Zażółć gęślą.pdf"), "Zażółć gęślą.pdf");
    }
}
