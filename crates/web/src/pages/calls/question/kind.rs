//! The type-specific settings of the question editor: bounds, options written one per line
//! (`code | label fr | label pl | label en`), accepted file kinds and size, budget phases,
//! categories and years. Each problem goes on its input (`q_<key>`).

use std::str::FromStr;

use passerelle_app::FieldError;
use passerelle_domain::application::form::{Choice, FieldKind};
use passerelle_domain::scheme::LocalText;
use passerelle_domain::scheme::vocab::Vat;

use super::QuestionValues;
use crate::pages::backoffice::fe;
use crate::pages::calls::{FILE_KINDS, MB, code_ok, default_kind};

/// Largest file size officers may allow, in MB.
pub const MAX_MB: u64 = 100;

impl QuestionValues {
    fn opt<T: FromStr>(&self, key: &str, errs: &mut Vec<FieldError>) -> Option<T> {
        let s = self.get(key).trim();
        if s.is_empty() {
            return None;
        }
        let parsed = s.parse().ok();
        if parsed.is_none() {
            errs.push(fe(&format!("q_{key}"), "number_invalid"));
        }
        parsed
    }

    fn bounds<T: FromStr + PartialOrd + Copy>(
        &self,
        errs: &mut Vec<FieldError>,
    ) -> (Option<T>, Option<T>) {
        let (min, max) = (self.opt::<T>("min", errs), self.opt::<T>("max", errs));
        if let (Some(a), Some(b)) = (min, max)
            && a > b
        {
            errs.push(fe("q_max", "form_bounds_invalid"));
        }
        (min, max)
    }

    fn vat(&self, errs: &mut Vec<FieldError>) -> Vat {
        self.get("vat").parse().unwrap_or_else(|_| {
            errs.push(fe("q_vat", "value_unknown"));
            Vat::Excl
        })
    }

    /// The type and its settings, problems pushed on their inputs.
    pub(super) fn kind(&self, errs: &mut Vec<FieldError>) -> Option<FieldKind> {
        let before = errs.len();
        let kind = match self.get("type") {
            "short_text" => FieldKind::ShortText {
                max_len: self.max_len(errs),
            },
            "long_text" => FieldKind::LongText {
                max_len: self.max_len(errs),
            },
            "number" => {
                let (min, max) = self.bounds(errs);
                FieldKind::Number { min, max }
            }
            "money" => FieldKind::Money {
                vat: self.vat(errs),
            },
            "single_choice" => FieldKind::SingleChoice {
                options: self.options(errs),
            },
            "multiple_choice" => {
                let options = self.options(errs);
                let (min, max) = self.bounds::<u32>(errs);
                if min.max(max).is_some_and(|m| m as usize > options.len()) {
                    errs.push(fe("q_max", "form_bounds_invalid"));
                }
                FieldKind::MultipleChoice { options, min, max }
            }
            "file" => self.file(errs),
            "budget" => self.budget(errs),
            "partners" => {
                let (min, max) = self.bounds(errs);
                FieldKind::Partners { min, max }
            }
            other => match default_kind(other) {
                Some(k) => k,
                None => {
                    errs.push(fe("q_type", "value_unknown"));
                    return None;
                }
            },
        };
        (errs.len() == before).then_some(kind)
    }

    fn max_len(&self, errs: &mut Vec<FieldError>) -> Option<u32> {
        let n = self.opt::<u32>("max_len", errs);
        if n.is_some_and(|n| n == 0 || n > 100_000) {
            errs.push(fe("q_max_len", "number_invalid"));
        }
        n
    }

    fn options(&self, errs: &mut Vec<FieldError>) -> Vec<Choice> {
        let o = self.choices("options", errs);
        if o.is_empty() && !errs.iter().any(|e| e.field == "q_options") {
            errs.push(fe("q_options", "form_options_missing"));
        }
        o
    }

    /// Lines `code | label fr | label pl | label en`; blank lines are skipped.
    fn choices(&self, key: &str, errs: &mut Vec<FieldError>) -> Vec<Choice> {
        let name = format!("q_{key}");
        let mut out: Vec<Choice> = vec![];
        for line in self
            .get(key)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            let label = LocalText {
                fr: parts.get(1).copied().unwrap_or("").to_owned(),
                pl: parts.get(2).copied().unwrap_or("").to_owned(),
                en: parts.get(3).copied().unwrap_or("").to_owned(),
            };
            if parts.len() > 4 || !code_ok(parts[0], true) || label.is_empty() {
                errs.push(fe(&name, "form_option_invalid"));
                return out;
            }
            if out.iter().any(|c| c.value == parts[0]) {
                errs.push(fe(&name, "form_option_twice"));
                return out;
            }
            out.push(Choice {
                value: parts[0].to_owned(),
                label,
            });
        }
        out
    }

    fn file(&self, errs: &mut Vec<FieldError>) -> FieldKind {
        let mut accept: Vec<String> = FILE_KINDS
            .iter()
            .filter(|(code, _)| self.accepts(code))
            .flat_map(|(_, mimes)| mimes.iter().map(|m| (*m).to_owned()))
            .collect();
        accept.extend(
            self.get("accept_other")
                .split_whitespace()
                .map(str::to_owned),
        );
        if accept.is_empty() {
            errs.push(fe("q_accept", "form_accept_missing"));
        }
        let mb = self.get("max_mb").trim().parse::<u64>().ok();
        if !mb.is_some_and(|m| (1..=MAX_MB).contains(&m)) {
            errs.push(fe("q_max_mb", "form_size_invalid"));
        }
        FieldKind::File {
            accept,
            max_bytes: mb.unwrap_or(1) * MB,
            multiple: self.on("multiple"),
        }
    }

    fn budget(&self, errs: &mut Vec<FieldError>) -> FieldKind {
        let phases = self.choices("phases", errs);
        let categories = self.choices("categories", errs);
        let (from, to) = (
            self.opt::<i16>("year_from", errs),
            self.opt::<i16>("year_to", errs),
        );
        let years = match (from, to) {
            (None, None) => None,
            (Some(a), Some(b)) if (1900..=2200).contains(&a) && a <= b && b <= 2200 => Some((a, b)),
            _ => {
                errs.push(fe("q_year_to", "form_years_invalid"));
                None
            }
        };
        FieldKind::Budget {
            phases,
            categories,
            years,
            vat: self.vat(errs),
        }
    }
}
