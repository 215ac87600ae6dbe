//! A call's application form and settings, for its officers: the form builder
//! (`GET/POST /schemes/{slug}/form`), the applicant's view of a form
//! (`GET /schemes/{slug}/form/preview`) and the deadline settings
//! (`GET/POST /schemes/{slug}/call-settings`). Authorisation is the use cases' own
//! (`applications::forms`); these pages only read forms and map errors.

pub mod act;
pub mod builder;
mod ops;
mod outline;
pub mod preview;
mod question;
mod save;
mod section;
pub mod settings;

use passerelle_app::AppError;
use passerelle_domain::application::form::{Feeds, Field, FieldKind, Form, ShowIf};
use passerelle_domain::scheme::vocab::{Commitment, Vat};

use crate::page::PageCommon;

pub use super::backoffice::FormData;

/// Question types in the order the builder offers them.
pub const TYPES: [&str; 13] = [
    "short_text",
    "long_text",
    "number",
    "money",
    "date",
    "single_choice",
    "multiple_choice",
    "declaration",
    "file",
    "budget",
    "cofunding",
    "partners",
    "plan",
];

/// The file types officers choose among: (code, MIME types recognised from content).
/// Zip-based office documents are told apart by their content too, so ODT/DOCX and
/// XLSX/ODS are real choices and not a blanket "zip".
pub const FILE_KINDS: [(&str, &[&str]); 5] = [
    ("pdf", &["application/pdf"]),
    ("png", &["image/png"]),
    ("jpeg", &["image/jpeg"]),
    (
        "text",
        &[
            "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ],
    ),
    (
        "sheet",
        &[
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.spreadsheet",
        ],
    ),
];

/// The type code of a question (`short_text`…), as in the form's JSON.
pub fn kind_code(k: &FieldKind) -> &'static str {
    match k {
        FieldKind::ShortText { .. } => "short_text",
        FieldKind::LongText { .. } => "long_text",
        FieldKind::Number { .. } => "number",
        FieldKind::Money { .. } => "money",
        FieldKind::Date => "date",
        FieldKind::SingleChoice { .. } => "single_choice",
        FieldKind::MultipleChoice { .. } => "multiple_choice",
        FieldKind::Declaration => "declaration",
        FieldKind::File { .. } => "file",
        FieldKind::Budget { .. } => "budget",
        FieldKind::Cofunding => "cofunding",
        FieldKind::Partners { .. } => "partners",
        FieldKind::Plan => "plan",
    }
}

/// A new question's settings for a type: the least an officer has to fill in.
pub fn default_kind(code: &str) -> Option<FieldKind> {
    Some(match code {
        "short_text" => FieldKind::ShortText { max_len: None },
        "long_text" => FieldKind::LongText { max_len: None },
        "number" => FieldKind::Number {
            min: None,
            max: None,
        },
        "money" => FieldKind::Money { vat: Vat::Excl },
        "date" => FieldKind::Date,
        "single_choice" => FieldKind::SingleChoice { options: vec![] },
        "multiple_choice" => FieldKind::MultipleChoice {
            options: vec![],
            min: None,
            max: None,
        },
        "declaration" => FieldKind::Declaration,
        "file" => FieldKind::File {
            accept: vec!["application/pdf".into()],
            max_bytes: 10 * MB,
            multiple: false,
        },
        "budget" => FieldKind::Budget {
            phases: vec![],
            categories: vec![],
            years: None,
            vat: Vat::Excl,
        },
        "cofunding" => FieldKind::Cofunding,
        "partners" => FieldKind::Partners {
            min: None,
            max: None,
        },
        "plan" => FieldKind::Plan,
        _ => return None,
    })
}

/// One megabyte as officers count it (the demo forms' "10 MB" is 10 MiB).
pub const MB: u64 = 1024 * 1024;

/// A type's name in the reader's language.
pub fn type_label(page: &PageCommon, code: &str) -> String {
    page.t(&format!("calls-type-{code}"))
}

/// How a [`Feeds`] is written in the builder's select (`commitment:<code>` for commitments).
pub fn feeds_code(f: &Feeds) -> String {
    match f {
        Feeds::Themes => "themes".into(),
        Feeds::Requested => "requested".into(),
        Feeds::EligibleExpenses => "eligible_expenses".into(),
        Feeds::Services => "services".into(),
        Feeds::Cofunders => "cofunders".into(),
        Feeds::Consortium => "consortium".into(),
        Feeds::Commitment(c) => format!("commitment:{}", c.as_str()),
    }
}

/// Reads [`feeds_code`]'s output.
pub fn parse_feeds(s: &str) -> Option<Feeds> {
    Some(match s {
        "themes" => Feeds::Themes,
        "requested" => Feeds::Requested,
        "eligible_expenses" => Feeds::EligibleExpenses,
        "services" => Feeds::Services,
        "cofunders" => Feeds::Cofunders,
        "consortium" => Feeds::Consortium,
        _ => Feeds::Commitment(s.strip_prefix("commitment:")?.parse::<Commitment>().ok()?),
    })
}

/// What a question tells the eligibility engine, in words.
pub fn feeds_label(page: &PageCommon, f: &Feeds) -> String {
    match f {
        Feeds::Commitment(c) => page.t1(
            "calls-feeds-commitment",
            "commitment",
            &super::backoffice::label(page, "commitments", c.as_str()),
        ),
        other => page.t(&format!("calls-feeds-{}", feeds_code(other))),
    }
}

/// The facts a question of type `code` may provide. Themes and services also need the
/// options to be theme or service codes: [`Feeds::fits`] judges that when the question is
/// applied.
pub fn feeds_for(code: &str) -> Vec<Feeds> {
    match code {
        "multiple_choice" => vec![Feeds::Themes, Feeds::Services],
        "money" => vec![Feeds::Requested, Feeds::EligibleExpenses],
        "budget" => vec![Feeds::EligibleExpenses],
        "cofunding" => vec![Feeds::Cofunders],
        "partners" => vec![Feeds::Consortium],
        "declaration" => Commitment::all()
            .iter()
            .map(|c| Feeds::Commitment(*c))
            .collect(),
        _ => vec![],
    }
}

/// Whether `s` is a code: lowercase letters, digits and `_` (and `-` when `hyphen`, for
/// option codes, which match the vocabularies' `sustainable-development`).
pub fn code_ok(s: &str, hyphen: bool) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || (hyphen && b == b'-')
        })
}

/// The working copy posted back by every builder form.
pub fn read_form(json: &str) -> Result<Form, AppError> {
    serde_json::from_str(json).map_err(|_| {
        AppError::BadRequest(vec![super::backoffice::fe("form_json", "invalid_value")])
    })
}

/// The working copy written into the page.
pub fn form_json(form: &Form) -> String {
    serde_json::to_string(form).unwrap_or_else(|_| "{}".into())
}

/// The values a condition may wait for, per earlier question: choice options and a ticked
/// declaration, each with the sentence the select shows. Conditions on free answers are not offered (an officer cannot foresee the
/// text), but one already in a form is kept as it is.
pub struct CondGroup {
    /// The question's label.
    pub label: String,
    /// `(id=value, "only when …")`.
    pub options: Vec<(String, String)>,
}

/// The condition choices among `earlier`, with `current` kept when it is not among them.
pub fn condition_groups(
    page: &PageCommon,
    earlier: &[&Field],
    current: Option<&ShowIf>,
) -> Vec<CondGroup> {
    let loc = page.tr.locale();
    let mut out: Vec<CondGroup> = earlier
        .iter()
        .filter_map(|q| {
            let options: Vec<(String, String)> = match &q.kind {
                FieldKind::SingleChoice { options } | FieldKind::MultipleChoice { options, .. } => {
                    // A multiple choice shows the question when the option is among those
                    // ticked (`Form::visible`), which the sentence says.
                    let key = match q.kind {
                        FieldKind::SingleChoice { .. } => "calls-condition-is",
                        _ => "calls-condition-includes",
                    };
                    options
                        .iter()
                        .map(|o| {
                            let text = page.t1(key, "value", o.label.get(loc));
                            (cond_code(&q.id, &o.value), text)
                        })
                        .collect()
                }
                FieldKind::Declaration => {
                    vec![(cond_code(&q.id, "true"), page.t("calls-condition-ticked"))]
                }
                _ => vec![],
            };
            (!options.is_empty()).then(|| CondGroup {
                label: q.label.get(loc).to_owned(),
                options,
            })
        })
        .collect();
    if let Some(c) = current {
        let code = cond_code(&c.field, &c.equals);
        if !out
            .iter()
            .any(|g| g.options.iter().any(|(v, _)| *v == code))
        {
            out.push(CondGroup {
                label: c.field.clone(),
                options: vec![(code, page.t1("calls-condition-is", "value", &c.equals))],
            });
        }
    }
    out
}

/// How a condition is written in a select: `field=value`.
pub fn cond_code(field: &str, value: &str) -> String {
    format!("{field}={value}")
}

/// Reads a condition chosen in a select: `None` for "always shown", an error when it is not
/// one of `groups` (a question that is not earlier, or a value it cannot take).
pub fn parse_condition(raw: &str, groups: &[CondGroup]) -> Result<Option<ShowIf>, ()> {
    if raw.is_empty() {
        return Ok(None);
    }
    if !groups
        .iter()
        .any(|g| g.options.iter().any(|(v, _)| v == raw))
    {
        return Err(());
    }
    let (field, equals) = raw.split_once('=').ok_or(())?;
    Ok(Some(ShowIf {
        field: field.to_owned(),
        equals: equals.to_owned(),
    }))
}

/// A condition in words: "«Theme» is «Solidarity finance»".
pub fn condition_text(page: &PageCommon, form: &Form, c: &ShowIf) -> String {
    let loc = page.tr.locale();
    let (question, value) = match form.field(&c.field) {
        Some(q) => {
            let value = match &q.kind {
                FieldKind::SingleChoice { options } | FieldKind::MultipleChoice { options, .. } => {
                    options
                        .iter()
                        .find(|o| o.value == c.equals)
                        .map_or(c.equals.clone(), |o| o.label.get(loc).to_owned())
                }
                FieldKind::Declaration if c.equals == "true" => page.t("calls-cond-ticked"),
                _ => c.equals.clone(),
            };
            (q.label.get(loc).to_owned(), value)
        }
        None => (c.field.clone(), c.equals.clone()),
    };
    page.tr.ta(
        "calls-condition-text",
        &[("question", &question), ("value", &value)],
    )
}
