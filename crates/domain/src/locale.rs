//! User-interface languages and `Accept-Language` negotiation.

str_enum! {
    /// A language every user-facing text exists in.
    pub enum Locale {
        /// French, the default.
        Fr = "fr",
        /// Polish.
        Pl = "pl",
        /// English.
        En = "en",
    }
}

impl Locale {
    /// The locale used when nothing better is known.
    pub const DEFAULT: Locale = Locale::Fr;

    /// The locale of a BCP 47 language tag, judged by its primary subtag
    /// (`pl-PL` and `PL` are Polish).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Self::all()
            .iter()
            .copied()
            .find(|l| primary.eq_ignore_ascii_case(l.as_str()))
    }
}

/// Picks the locale from an `Accept-Language` header (RFC 9110 §12.5.4).
///
/// Each supported locale gets the highest q-value of the ranges whose
/// primary subtag names it, or else the q-value of `*`; q=0 means "not
/// acceptable". The locale with the highest q wins, ties going to the range
/// listed first (a `*` counts at its own position). Malformed entries are
/// ignored. Without any acceptable locale the default, French, is used.
pub fn negotiate(accept_language: &str) -> Locale {
    let mut explicit: [Option<(u16, usize)>; 3] = [None; 3];
    let mut wildcard: Option<(u16, usize)> = None;
    for (pos, entry) in accept_language.split(',').enumerate() {
        let Some((range, q)) = parse_entry(entry) else {
            continue;
        };
        if range == "*" {
            wildcard = Some(wildcard.map_or((q, pos), |w| if q > w.0 { (q, pos) } else { w }));
        } else if let Some(locale) = Locale::from_tag(range) {
            let slot = &mut explicit[locale as usize];
            *slot = Some(slot.map_or((q, pos), |s| if q > s.0 { (q, pos) } else { s }));
        }
    }
    let mut best: Option<(u16, usize, Locale)> = None;
    for locale in Locale::all() {
        let Some((q, pos)) = explicit[*locale as usize].or(wildcard) else {
            continue;
        };
        let better = match best {
            None => true,
            Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
        };
        if q > 0 && better {
            best = Some((q, pos, *locale));
        }
    }
    best.map_or(Locale::DEFAULT, |(_, _, l)| l)
}

/// One `range;q=value` entry, with q in thousandths. `None` if malformed.
fn parse_entry(entry: &str) -> Option<(&str, u16)> {
    let mut parts = entry.split(';');
    let range = parts.next()?.trim();
    let valid_range = range == "*"
        || (!range.is_empty()
            && range.split('-').all(|s| {
                !s.is_empty() && s.len() <= 8 && s.bytes().all(|b| b.is_ascii_alphanumeric())
            }));
    if !valid_range {
        return None;
    }
    let mut q = 1000;
    for param in parts {
        let (name, value) = param.split_once('=')?;
        if name.trim().eq_ignore_ascii_case("q") {
            q = parse_qvalue(value.trim())?;
        }
    }
    Some((range, q))
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`.
fn parse_qvalue(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{frac:0<3}").parse().ok()?;
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("pl-PL,pl;q=0.9,en;q=0.8", Locale::Pl)]
    #[case("de, en;q=0.5", Locale::En)]
    #[case("", Locale::Fr)]
    #[case("de-DE,de;q=0.9", Locale::Fr)]
    #[case("*", Locale::Fr)]
    #[case("en-GB", Locale::En)]
    #[case("EN-us;Q=1", Locale::En)]
    #[case("fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7", Locale::Fr)]
    #[case("en;q=0.5, pl;q=0.5", Locale::En)]
    #[case("pl;q=0.5, en;q=0.5", Locale::Pl)]
    #[case("en;q=0.4, pl;q=0.6", Locale::Pl)]
    #[case("fr;q=0, *;q=0.5", Locale::Pl)]
    #[case("fr;q=0, pl;q=0, *", Locale::En)]
    #[case("fr;q=0", Locale::Fr)]
    #[case("en;q=0", Locale::Fr)]
    #[case("de;q=1, *;q=0.1", Locale::Fr)]
    #[case("de, *;q=0.1, en;q=0.1", Locale::Fr)]
    #[case("en;q=abc, pl", Locale::Pl)]
    #[case("en;q=1.5", Locale::Fr)]
    #[case("en;q=0.8000", Locale::Fr)]
    #[case("en;q=1.000", Locale::En)]
    #[case("en;q=0.001", Locale::En)]
    #[case("  pl ;  q=0.3 ", Locale::Pl)]
    #[case(",,;;,", Locale::Fr)]
    #[case("pl-, en", Locale::En)]
    #[case("en;level=1;q=0.7, de", Locale::En)]
    #[case("en;q=0.2, en-GB;q=0.9, pl;q=0.5", Locale::En)]
    fn negotiation(#[case] header: &str, #[case] expected: Locale) {
        assert_eq!(negotiate(header), expected, "{header}");
    }

    #[rstest]
    #[case("fr", Some(Locale::Fr))]
    #[case("fr-FR", Some(Locale::Fr))]
    #[case("pl_PL", Some(Locale::Pl))]
    #[case("EN", Some(Locale::En))]
    #[case("de", None)]
    #[case("", None)]
    fn tags(#[case] tag: &str, #[case] expected: Option<Locale>) {
        assert_eq!(Locale::from_tag(tag), expected);
    }

    #[test]
    fn strings() {
        let names: Vec<_> = Locale::all().iter().map(|l| l.as_str()).collect();
        assert_eq!(names, ["fr", "pl", "en"]);
        for l in Locale::all() {
            assert_eq!(l.as_str().parse::<Locale>().unwrap(), *l);
        }
        assert!("fr-FR".parse::<Locale>().is_err());
        assert_eq!(Locale::DEFAULT, Locale::Fr);
    }
}
