//! Application forms as data: sections of typed fields with labels and help
//! in three languages, required or optional, shown only when another answer
//! says so. Answers travel as JSON, one value per field id; [`Form::check`]
//! reads them against the form, leniently for a draft (only what is given is
//! checked) and strictly at submission (every visible required field).
//!
//! JSON shape of each field type's answer:
//! `short_text`/`long_text` a string; `number` an integer; `money`
//! `{"amount_minor": int}`; `date` `"YYYY-MM-DD"`; `single_choice` a string;
//! `multiple_choice` a list of strings; `declaration` a boolean; `file` a list
//! of attachment ids; `budget` a list of [`BudgetLine`]; `cofunding` a list of
//! [`CofundingLine`]; `partners` a list of [`Partner`]; `plan` a list of
//! [`PlanLine`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::budget::{BudgetLine, BudgetRules, BudgetTotals, CofundingLine, CofundingTotals};
use crate::scheme::LocalText;
use crate::scheme::vocab::{Commitment, Service, Theme, Vat};

/// An option of a choice field, a phase or a category of a budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Stable code.
    pub value: String,
    /// What readers see.
    pub label: LocalText,
}

/// What a field asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    /// One line of text.
    ShortText {
        /// Longest answer in characters (default 300).
        #[serde(default)]
        max_len: Option<u32>,
    },
    /// Paragraphs.
    LongText {
        /// Longest answer in characters (default 20 000).
        #[serde(default)]
        max_len: Option<u32>,
    },
    /// A whole number.
    Number {
        /// Smallest allowed.
        #[serde(default)]
        min: Option<i64>,
        /// Largest allowed.
        #[serde(default)]
        max: Option<i64>,
    },
    /// An amount in the scheme's currency.
    Money {
        /// Whether it is stated excluding or including VAT.
        vat: Vat,
    },
    /// A calendar date.
    Date,
    /// One option.
    SingleChoice {
        /// The options.
        options: Vec<Choice>,
    },
    /// Several options.
    MultipleChoice {
        /// The options.
        options: Vec<Choice>,
        /// Fewest to tick when answered.
        #[serde(default)]
        min: Option<u32>,
        /// Most to tick.
        #[serde(default)]
        max: Option<u32>,
    },
    /// A statement the applicant ticks; a required one must be ticked.
    Declaration,
    /// Uploaded files.
    File {
        /// Allowed types as MIME types (`application/pdf`), checked on content.
        accept: Vec<String>,
        /// Largest file in bytes.
        max_bytes: u64,
        /// Whether several files may be given.
        #[serde(default)]
        multiple: bool,
    },
    /// Expense lines by phase, year and category.
    Budget {
        /// Phases (study, deployment…); empty for none.
        #[serde(default)]
        phases: Vec<Choice>,
        /// Expense categories.
        #[serde(default)]
        categories: Vec<Choice>,
        /// First and last year allowed.
        #[serde(default)]
        years: Option<(i16, i16)>,
        /// Basis of the amounts.
        vat: Vat,
    },
    /// Other funders of the project.
    Cofunding,
    /// The organisations of a consortium, one of them lead partner.
    Partners {
        /// Fewest members, the applicant included.
        #[serde(default)]
        min: Option<u32>,
        /// Most members.
        #[serde(default)]
        max: Option<u32>,
    },
    /// Milestones and deliverables by year.
    Plan,
}

/// Shows a field or section only when another field has a value
/// (for a multiple choice: includes it; for a declaration: `"true"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShowIf {
    /// Id of the field looked at.
    pub field: String,
    /// The value that shows this one.
    pub equals: String,
}

/// One question of the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// Id, unique in the form; the key of its answer.
    pub id: String,
    /// Question.
    pub label: LocalText,
    /// Help under the question.
    #[serde(default)]
    pub help: LocalText,
    /// Whether it must be answered to submit.
    #[serde(default)]
    pub required: bool,
    /// Type and its settings.
    #[serde(flatten)]
    pub kind: FieldKind,
    /// When it is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<ShowIf>,
    /// What its answer tells the eligibility engine, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feeds: Option<Feeds>,
}

/// The eligibility fact a field's answer provides, so that the engine re-run at submission
/// reads the application itself rather than a second questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeds {
    /// A multiple choice whose options are theme codes.
    Themes,
    /// A money field: the amount requested.
    Requested,
    /// A budget (its eligible total) or a money field: the eligible expenses.
    EligibleExpenses,
    /// A multiple choice whose options are service codes.
    Services,
    /// A co-funding plan: the kinds of its funders.
    Cofunders,
    /// A partner list: the consortium's shape.
    Consortium,
    /// A declaration: ticking it makes this commitment.
    Commitment(Commitment),
}

impl Feeds {
    /// Whether a field of this kind can provide the fact.
    pub fn fits(&self, kind: &FieldKind) -> bool {
        match self {
            Feeds::Themes => match kind {
                FieldKind::MultipleChoice { options, .. } => {
                    options.iter().all(|o| o.value.parse::<Theme>().is_ok())
                }
                _ => false,
            },
            Feeds::Services => match kind {
                FieldKind::MultipleChoice { options, .. } => {
                    options.iter().all(|o| o.value.parse::<Service>().is_ok())
                }
                _ => false,
            },
            Feeds::Requested => matches!(kind, FieldKind::Money { .. }),
            Feeds::EligibleExpenses => {
                matches!(kind, FieldKind::Money { .. } | FieldKind::Budget { .. })
            }
            Feeds::Cofunders => matches!(kind, FieldKind::Cofunding),
            Feeds::Consortium => matches!(kind, FieldKind::Partners { .. }),
            Feeds::Commitment(_) => matches!(kind, FieldKind::Declaration),
        }
    }
}

/// A group of questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Id, unique in the form; the unit of concurrent editing.
    pub id: String,
    /// Heading.
    pub title: LocalText,
    /// Introduction.
    #[serde(default)]
    pub help: LocalText,
    /// Questions.
    pub fields: Vec<Field>,
    /// When it is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<ShowIf>,
}

/// An application form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Whether the budget must balance: expenses equal the amount requested plus the
    /// co-funding plan (own funds are a private co-funding line), as French subsidy forms
    /// (CERFA 12156) require.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub balanced_budget: bool,
}

/// A consortium member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    /// Legal name.
    pub name: String,
    /// Platform organisation id, when it has one.
    #[serde(default)]
    pub organisation_id: Option<String>,
    /// Whether it is the lead partner.
    #[serde(default)]
    pub lead: bool,
}

/// One line of a multi-year plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanLine {
    /// Year.
    pub year: i16,
    /// Milestone.
    pub milestone: String,
    /// What is delivered.
    #[serde(default)]
    pub deliverable: String,
}

/// Answers by field id.
pub type Answers = BTreeMap<String, Value>;

/// A problem with an answer (or with the form itself, `field` naming it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Field id.
    pub field: String,
    /// Translation key (`required`, `answer_invalid`, `too_long`…).
    pub code: &'static str,
}

fn problem(field: &str, code: &'static str) -> Problem {
    Problem {
        field: field.to_owned(),
        code,
    }
}

/// How strictly answers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// Saving a draft: what is given must be well formed.
    Draft,
    /// Submitting: also every visible required field answered.
    Submit,
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Bool(b) => !b,
        _ => false,
    }
}

impl Form {
    /// Every field with its section, in order.
    pub fn fields(&self) -> impl Iterator<Item = (&Section, &Field)> {
        self.sections
            .iter()
            .flat_map(|s| s.fields.iter().map(move |f| (s, f)))
    }

    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().map(|(_, f)| f).find(|f| f.id == id)
    }

    /// The section holding `field`.
    pub fn section_of(&self, field: &str) -> Option<&Section> {
        self.fields().find(|(_, f)| f.id == field).map(|(s, _)| s)
    }

    /// Checks the form itself: unique non-empty ids, conditions naming an
    /// earlier field, choice fields with options, sane bounds.
    pub fn validate(&self) -> Vec<Problem> {
        let mut out = vec![];
        let mut seen: Vec<&str> = vec![];
        let mut sections: Vec<&str> = vec![];
        let mut feeds_seen: Vec<&Feeds> = vec![];
        for s in &self.sections {
            if s.id.trim().is_empty() || sections.contains(&s.id.as_str()) {
                out.push(problem(&s.id, "form_id_invalid"));
            }
            sections.push(&s.id);
            if let Some(c) = &s.show_if
                && !seen.contains(&c.field.as_str())
            {
                out.push(problem(&s.id, "form_condition_invalid"));
            }
            for f in &s.fields {
                if f.id.trim().is_empty() || seen.contains(&f.id.as_str()) {
                    out.push(problem(&f.id, "form_id_invalid"));
                }
                if let Some(c) = &f.show_if
                    && (!seen.contains(&c.field.as_str()) || c.field == f.id)
                {
                    out.push(problem(&f.id, "form_condition_invalid"));
                }
                let bad = match &f.kind {
                    FieldKind::SingleChoice { options } => options.is_empty(),
                    FieldKind::MultipleChoice { options, min, max } => {
                        options.is_empty()
                            || matches!((min, max), (Some(a), Some(b)) if a > b)
                            || max.is_some_and(|m| m as usize > options.len())
                    }
                    FieldKind::Number {
                        min: Some(a),
                        max: Some(b),
                    } => a > b,
                    FieldKind::Partners {
                        min: Some(a),
                        max: Some(b),
                    } => a > b,
                    FieldKind::Budget {
                        years: Some((a, b)),
                        ..
                    } => a > b,
                    FieldKind::File {
                        accept, max_bytes, ..
                    } => accept.is_empty() || *max_bytes == 0,
                    _ => false,
                };
                if bad {
                    out.push(problem(&f.id, "form_field_invalid"));
                }
                if let Some(feeds) = &f.feeds {
                    if !feeds.fits(&f.kind) {
                        out.push(problem(&f.id, "form_feeds_invalid"));
                    } else if feeds_seen.contains(&feeds) {
                        out.push(problem(&f.id, "form_feeds_twice"));
                    }
                    feeds_seen.push(feeds);
                }
                seen.push(&f.id);
            }
        }
        out
    }

    fn shows(&self, cond: &Option<ShowIf>, answers: &Answers) -> bool {
        let Some(c) = cond else { return true };
        // A condition on a hidden field is false: hiding cascades.
        if self
            .field(&c.field)
            .is_some_and(|f| !self.visible(f, answers))
        {
            return false;
        }
        match answers.get(&c.field) {
            Some(Value::String(s)) => s == &c.equals,
            Some(Value::Array(a)) => a.iter().any(|v| v.as_str() == Some(c.equals.as_str())),
            Some(Value::Bool(b)) => b.to_string() == c.equals,
            Some(Value::Number(n)) => n.to_string() == c.equals,
            _ => false,
        }
    }

    /// Whether a section is shown, given the answers.
    pub fn visible_section(&self, s: &Section, answers: &Answers) -> bool {
        self.shows(&s.show_if, answers)
    }

    /// Whether a field is shown, given the answers (its section's condition
    /// and its own).
    pub fn visible(&self, f: &Field, answers: &Answers) -> bool {
        let section = self.section_of(&f.id);
        section.is_none_or(|s| self.shows(&s.show_if, answers)) && self.shows(&f.show_if, answers)
    }

    /// Reads the answers. Answers to unknown fields are refused; answers to
    /// hidden fields are kept but not judged (they are dropped at submission
    /// by [`Form::visible_answers`]).
    pub fn check(&self, answers: &Answers, how: Strictness) -> Vec<Problem> {
        let mut out = vec![];
        for k in answers.keys() {
            if self.field(k).is_none() {
                out.push(problem(k, "field_unknown"));
            }
        }
        for (_, f) in self.fields() {
            if !self.visible(f, answers) {
                continue;
            }
            match answers.get(&f.id).filter(|v| !is_empty(v)) {
                None => {
                    if how == Strictness::Submit && f.required {
                        out.push(problem(&f.id, "required"));
                    }
                }
                Some(v) => {
                    if let Err(code) = check_value(&f.kind, v) {
                        out.push(problem(&f.id, code));
                    }
                }
            }
        }
        out
    }

    /// The answers to the fields shown: what a submission freezes.
    pub fn visible_answers(&self, answers: &Answers) -> Answers {
        answers
            .iter()
            .filter(|(k, _)| self.field(k).is_some_and(|f| self.visible(f, answers)))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

fn text_len(v: &Value, max: u32) -> Result<(), &'static str> {
    let s = v.as_str().ok_or("answer_invalid")?;
    if s.chars().count() > max as usize {
        return Err("too_long");
    }
    Ok(())
}

fn list<T: for<'de> Deserialize<'de>>(v: &Value) -> Result<Vec<T>, &'static str> {
    serde_json::from_value(v.clone()).map_err(|_| "answer_invalid")
}

fn check_value(kind: &FieldKind, v: &Value) -> Result<(), &'static str> {
    match kind {
        FieldKind::ShortText { max_len } => text_len(v, max_len.unwrap_or(300)),
        FieldKind::LongText { max_len } => text_len(v, max_len.unwrap_or(20_000)),
        FieldKind::Number { min, max } => {
            let n = v.as_i64().ok_or("number_invalid")?;
            if min.is_some_and(|m| n < m) {
                return Err("number_too_small");
            }
            if max.is_some_and(|m| n > m) {
                return Err("number_too_large");
            }
            Ok(())
        }
        FieldKind::Money { .. } => {
            let n = v
                .get("amount_minor")
                .and_then(Value::as_i64)
                .ok_or("money_invalid")?;
            if n < 0 {
                Err("budget_negative")
            } else {
                Ok(())
            }
        }
        FieldKind::Date => v
            .as_str()
            .and_then(|s| s.parse::<jiff::civil::Date>().ok())
            .map(|_| ())
            .ok_or("date_invalid"),
        FieldKind::SingleChoice { options } => {
            let s = v.as_str().ok_or("answer_invalid")?;
            if options.iter().any(|o| o.value == s) {
                Ok(())
            } else {
                Err("value_unknown")
            }
        }
        FieldKind::MultipleChoice { options, min, max } => {
            let picked: Vec<String> = list(v)?;
            if picked
                .iter()
                .any(|p| !options.iter().any(|o| &o.value == p))
            {
                return Err("value_unknown");
            }
            let mut dedup = picked.clone();
            dedup.sort();
            dedup.dedup();
            if dedup.len() != picked.len() {
                return Err("answer_invalid");
            }
            if min.is_some_and(|m| picked.len() < m as usize) {
                return Err("too_few_choices");
            }
            if max.is_some_and(|m| picked.len() > m as usize) {
                return Err("too_many_choices");
            }
            Ok(())
        }
        FieldKind::Declaration => v.as_bool().map(|_| ()).ok_or("answer_invalid"),
        FieldKind::File { multiple, .. } => {
            let ids: Vec<String> = list(v)?;
            if !multiple && ids.len() > 1 {
                return Err("too_many_files");
            }
            Ok(())
        }
        FieldKind::Budget {
            phases,
            categories,
            years,
            ..
        } => {
            let lines: Vec<BudgetLine> = list(v)?;
            let phases: Vec<String> = phases.iter().map(|c| c.value.clone()).collect();
            let categories: Vec<String> = categories.iter().map(|c| c.value.clone()).collect();
            let rules = BudgetRules {
                phases: &phases,
                categories: &categories,
                years: *years,
            };
            BudgetTotals::compute(&lines, rules)
                .map(|_| ())
                .map_err(|e| e.first().map_or("answer_invalid", |e| e.code()))
        }
        FieldKind::Cofunding => {
            let lines: Vec<CofundingLine> = list(v)?;
            CofundingTotals::compute(&lines)
                .map(|_| ())
                .map_err(|e| e.code())
        }
        FieldKind::Partners { min, max } => {
            let p: Vec<Partner> = list(v)?;
            if p.iter().any(|x| x.name.trim().is_empty()) {
                return Err("answer_invalid");
            }
            if p.iter().filter(|x| x.lead).count() != 1 {
                return Err("partners_one_lead");
            }
            if min.is_some_and(|m| p.len() < m as usize) {
                return Err("partners_too_few");
            }
            if max.is_some_and(|m| p.len() > m as usize) {
                return Err("partners_too_many");
            }
            Ok(())
        }
        FieldKind::Plan => {
            let p: Vec<PlanLine> = list(v)?;
            if p.iter().any(|x| x.milestone.trim().is_empty()) {
                return Err("answer_invalid");
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn t(s: &str) -> LocalText {
        LocalText::all(s)
    }

    fn field(id: &str, required: bool, kind: FieldKind) -> Field {
        Field {
            id: id.into(),
            label: t(id),
            help: LocalText::default(),
            required,
            kind,
            show_if: None,
            feeds: None,
        }
    }

    fn choices(v: &[&str]) -> Vec<Choice> {
        v.iter()
            .map(|c| Choice {
                value: (*c).into(),
                label: t(c),
            })
            .collect()
    }

    /// A Normandy-like form: a consortium question that shows the partner list.
    fn form() -> Form {
        let mut partners = field(
            "partners",
            true,
            FieldKind::Partners {
                min: Some(2),
                max: Some(5),
            },
        );
        partners.show_if = Some(ShowIf {
            field: "consortium".into(),
            equals: "true".into(),
        });
        Form {
            sections: vec![
                Section {
                    id: "initiative".into(),
                    title: t("Initiative"),
                    help: LocalText::default(),
                    show_if: None,
                    fields: vec![
                        field("title", true, FieldKind::ShortText { max_len: Some(10) }),
                        field(
                            "innovation",
                            true,
                            FieldKind::SingleChoice {
                                options: choices(&["product", "service", "event"]),
                            },
                        ),
                        field(
                            "themes",
                            false,
                            FieldKind::MultipleChoice {
                                options: choices(&["a", "b", "c"]),
                                min: Some(1),
                                max: Some(2),
                            },
                        ),
                        field("requested", true, FieldKind::Money { vat: Vat::Excl }),
                        field("start", false, FieldKind::Date),
                        field(
                            "staff",
                            false,
                            FieldKind::Number {
                                min: Some(0),
                                max: Some(50),
                            },
                        ),
                        field("consortium", false, FieldKind::Declaration),
                        partners,
                    ],
                },
                Section {
                    id: "budget".into(),
                    title: t("Budget"),
                    help: LocalText::default(),
                    show_if: None,
                    fields: vec![
                        field(
                            "budget",
                            true,
                            FieldKind::Budget {
                                phases: choices(&["study", "deployment"]),
                                categories: choices(&["works"]),
                                years: Some((2020, 2022)),
                                vat: Vat::Excl,
                            },
                        ),
                        field("cofunding", false, FieldKind::Cofunding),
                        field("plan", false, FieldKind::Plan),
                        field(
                            "letters",
                            false,
                            FieldKind::File {
                                accept: vec!["application/pdf".into()],
                                max_bytes: 10_000_000,
                                multiple: true,
                            },
                        ),
                        field("honour", true, FieldKind::Declaration),
                    ],
                },
            ],
            balanced_budget: false,
        }
    }

    fn answers(v: serde_json::Value) -> Answers {
        serde_json::from_value(v).unwrap()
    }

    fn codes(p: &[Problem]) -> Vec<(&str, &str)> {
        p.iter().map(|p| (p.field.as_str(), p.code)).collect()
    }

    #[test]
    fn the_form_itself_is_valid_and_round_trips_as_json() {
        let f = form();
        assert_eq!(f.validate(), vec![]);
        let back: Form = serde_json::from_value(serde_json::to_value(&f).unwrap()).unwrap();
        assert_eq!(back, f);
        assert_eq!(
            serde_json::to_value(&f.sections[0].fields[0]).unwrap()["type"],
            "short_text"
        );
    }

    #[test]
    fn a_broken_form_is_refused_field_by_field() {
        let mut f = form();
        f.sections[0].fields[1].kind = FieldKind::SingleChoice { options: vec![] };
        f.sections[1].fields[0].id = "title".into();
        f.sections[0].fields[0].show_if = Some(ShowIf {
            field: "honour".into(),
            equals: "true".into(),
        });
        assert_eq!(
            codes(&f.validate()),
            vec![
                ("title", "form_condition_invalid"),
                ("innovation", "form_field_invalid"),
                ("title", "form_id_invalid")
            ]
        );
    }

    #[test]
    fn a_draft_may_be_incomplete_but_not_malformed() {
        let f = form();
        assert_eq!(
            f.check(&answers(json!({"title": "Tiers-lieu"})), Strictness::Draft),
            vec![]
        );
        let bad = answers(json!({
            "title": "far too long a title",
            "innovation": "painting",
            "themes": ["a", "b", "c"],
            "requested": {"amount_minor": -5},
            "start": "2020-02-30",
            "staff": 51,
            "nope": 1
        }));
        assert_eq!(
            codes(&f.check(&bad, Strictness::Draft)),
            vec![
                ("nope", "field_unknown"),
                ("title", "too_long"),
                ("innovation", "value_unknown"),
                ("themes", "too_many_choices"),
                ("requested", "budget_negative"),
                ("start", "date_invalid"),
                ("staff", "number_too_large"),
            ]
        );
    }

    #[test]
    fn submission_needs_every_visible_required_field() {
        let f = form();
        let a = answers(json!({"title": "Lieu", "consortium": false}));
        assert_eq!(
            codes(&f.check(&a, Strictness::Submit)),
            vec![
                ("innovation", "required"),
                ("requested", "required"),
                ("budget", "required"),
                ("honour", "required")
            ],
            "the partner list is hidden without a consortium; an unticked declaration is unanswered"
        );
        let mut a = answers(json!({
            "title": "Lieu", "innovation": "service", "requested": {"amount_minor": 1_500_000},
            "budget": [{"phase": "study", "year": 2020, "category": "works", "amount_minor": 2_000_000}],
            "honour": true, "consortium": true
        }));
        assert_eq!(
            codes(&f.check(&a, Strictness::Submit)),
            vec![("partners", "required")]
        );
        a.insert(
            "partners".into(),
            json!([{"name": "A", "lead": true}, {"name": "B", "lead": true}]),
        );
        assert_eq!(
            codes(&f.check(&a, Strictness::Submit)),
            vec![("partners", "partners_one_lead")]
        );
        a.insert("partners".into(), json!([{"name": "A", "lead": true}]));
        assert_eq!(
            codes(&f.check(&a, Strictness::Submit)),
            vec![("partners", "partners_too_few")]
        );
        a.insert(
            "partners".into(),
            json!([{"name": "A", "lead": true}, {"name": "B"}, {"name": "C"}]),
        );
        assert_eq!(f.check(&a, Strictness::Submit), vec![]);
    }

    #[test]
    fn hidden_answers_are_not_judged_and_not_frozen() {
        let f = form();
        let a = answers(json!({"consortium": false, "partners": "garbage", "title": "x"}));
        assert_eq!(f.check(&a, Strictness::Draft), vec![]);
        let frozen = f.visible_answers(&a);
        assert!(!frozen.contains_key("partners"));
        assert!(frozen.contains_key("title") && frozen.contains_key("consortium"));
    }

    #[test]
    fn budget_cofunding_plan_and_files_are_read_by_their_rules() {
        let f = form();
        let a = answers(json!({
            "budget": [{"phase": "build", "year": 2020, "category": "works", "amount_minor": 1}],
            "cofunding": [{"funder": "Région", "kind": "public", "amount_minor": -1, "status": "obtained"}],
            "plan": [{"year": 2021, "milestone": " "}],
            "letters": ["a", "b"]
        }));
        assert_eq!(
            codes(&f.check(&a, Strictness::Draft)),
            vec![
                ("budget", "budget_phase_unknown"),
                ("cofunding", "budget_negative"),
                ("plan", "answer_invalid")
            ]
        );
        let mut single = form();
        single.sections[1].fields[3].kind = FieldKind::File {
            accept: vec!["application/pdf".into()],
            max_bytes: 1,
            multiple: false,
        };
        assert_eq!(
            codes(&single.check(&a, Strictness::Draft))[3],
            ("letters", "too_many_files")
        );
    }
}
