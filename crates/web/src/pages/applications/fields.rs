//! A section of an application form as HTML inputs, and back: the answers of a section become
//! the strings its inputs show, and a posted form becomes answers (with a field error for
//! what cannot be read, e.g. an amount that is not a number). Tables (budget, co-funding,
//! partners, plan) are rows of inputs named `f.<field>.<row>.<column>`; blank rows are
//! ignored, so a page without JavaScript offers a few empty rows to fill.

use std::collections::BTreeMap;

use passerelle_app::FieldError;
use passerelle_app::i18n::Tr;
use passerelle_domain::application::budget::{
    BudgetLine, CofundingLine, FundingStatus, PublicPrivate,
};
use passerelle_domain::application::form::{Answers, Field, FieldKind, Partner, PlanLine, Section};
use passerelle_domain::scheme::vocab::CofunderKind;
use passerelle_domain::{Currency, Money};
use passerelle_store::repo::applications::AttachmentRow;
use serde_json::{Value, json};

/// Empty rows offered under a table for pages without JavaScript.
const SPARE_ROWS: usize = 2;

/// Posted or shown input values by input name; several values for checkboxes.
#[derive(Debug, Clone, Default)]
pub struct Inputs(pub BTreeMap<String, Vec<String>>);

impl Inputs {
    /// From posted pairs (CSRF and control fields included; they are ignored by readers).
    pub fn from_pairs(pairs: &[(String, String)]) -> Inputs {
        let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (k, v) in pairs {
            m.entry(k.clone()).or_default().push(v.clone());
        }
        Inputs(m)
    }

    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether `name` has the value `v` (checkboxes, radios).
    pub fn has(&self, name: &str, v: &str) -> bool {
        self.0.get(name).is_some_and(|l| l.iter().any(|x| x == v))
    }

    fn set(&mut self, name: String, v: String) {
        self.0.insert(name, vec![v]);
    }

    /// Rows present for table `field` (indexes used in input names), sorted.
    pub fn rows(&self, field: &str) -> Vec<usize> {
        let prefix = format!("f.{field}.");
        let mut rows: Vec<usize> = self
            .0
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .filter_map(|r| r.split('.').next()?.parse().ok())
            .collect();
        rows.sort_unstable();
        rows.dedup();
        rows
    }
}

/// A typed amount as the reader writes it: `12 000,50` or `12000.50`, without the symbol.
pub fn money_text(tr: &Tr, minor: i64) -> String {
    let whole = minor / 100;
    let cents = (minor % 100).abs();
    let sep = if tr.locale() == passerelle_domain::Locale::En {
        "."
    } else {
        ","
    };
    if cents == 0 {
        whole.to_string()
    } else {
        format!("{whole}{sep}{cents:02}")
    }
}

/// Reads an amount typed as [`money_text`] writes it (spaces, symbol and either decimal sign
/// allowed), in minor units.
pub fn parse_money(s: &str, cur: Currency) -> Option<i64> {
    let cleaned: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '€' && *c != '\u{a0}')
        .collect();
    let cleaned = cleaned.trim_end_matches("zł").replace(',', ".");
    Money::parse_major(&cleaned, cur).ok().map(|m| m.minor)
}

/// The inputs showing the stored answers of a section.
pub fn inputs_of(section: &Section, answers: &Answers, tr: &Tr) -> Inputs {
    let mut i = Inputs::default();
    for f in &section.fields {
        let Some(v) = answers.get(&f.id) else {
            continue;
        };
        let name = format!("f.{}", f.id);
        match &f.kind {
            FieldKind::ShortText { .. }
            | FieldKind::LongText { .. }
            | FieldKind::Date
            | FieldKind::SingleChoice { .. } => {
                i.set(name, v.as_str().unwrap_or_default().to_owned());
            }
            FieldKind::Number { .. } => {
                i.set(name, v.as_i64().map(|n| n.to_string()).unwrap_or_default())
            }
            FieldKind::Money { .. } => i.set(
                name,
                v.get("amount_minor")
                    .and_then(Value::as_i64)
                    .map(|m| money_text(tr, m))
                    .unwrap_or_default(),
            ),
            FieldKind::MultipleChoice { .. } => {
                let picked: Vec<String> = serde_json::from_value(v.clone()).unwrap_or_default();
                i.0.insert(name, picked);
            }
            FieldKind::Declaration => {
                if v.as_bool() == Some(true) {
                    i.set(name, "true".into());
                }
            }
            FieldKind::File { .. } => {}
            FieldKind::Budget { .. } => {
                let lines: Vec<BudgetLine> = serde_json::from_value(v.clone()).unwrap_or_default();
                for (r, l) in lines.iter().enumerate() {
                    i.set(format!("{name}.{r}.phase"), l.phase.clone());
                    i.set(format!("{name}.{r}.year"), l.year.to_string());
                    i.set(format!("{name}.{r}.category"), l.category.clone());
                    i.set(format!("{name}.{r}.label"), l.label.clone());
                    i.set(format!("{name}.{r}.amount"), money_text(tr, l.amount_minor));
                    if l.eligible {
                        i.set(format!("{name}.{r}.eligible"), "true".into());
                    }
                }
            }
            FieldKind::Cofunding => {
                let lines: Vec<CofundingLine> =
                    serde_json::from_value(v.clone()).unwrap_or_default();
                for (r, l) in lines.iter().enumerate() {
                    i.set(format!("{name}.{r}.funder"), l.funder.clone());
                    let kind = l
                        .funder_kind
                        .map(|k| k.as_str().to_owned())
                        .unwrap_or_else(|| match l.kind {
                            PublicPrivate::Private => "private".into(),
                            PublicPrivate::Public => String::new(),
                        });
                    i.set(format!("{name}.{r}.kind"), kind);
                    i.set(format!("{name}.{r}.amount"), money_text(tr, l.amount_minor));
                    let status = match l.status {
                        FundingStatus::Requested => "requested",
                        FundingStatus::Obtained => "obtained",
                    };
                    i.set(format!("{name}.{r}.status"), status.into());
                }
            }
            FieldKind::Partners { .. } => {
                let p: Vec<Partner> = serde_json::from_value(v.clone()).unwrap_or_default();
                for (r, x) in p.iter().enumerate() {
                    i.set(format!("{name}.{r}.name"), x.name.clone());
                    if x.lead {
                        i.set(format!("{name}.lead"), r.to_string());
                    }
                }
            }
            FieldKind::Plan => {
                let p: Vec<PlanLine> = serde_json::from_value(v.clone()).unwrap_or_default();
                for (r, x) in p.iter().enumerate() {
                    i.set(format!("{name}.{r}.year"), x.year.to_string());
                    i.set(format!("{name}.{r}.milestone"), x.milestone.clone());
                    i.set(format!("{name}.{r}.deliverable"), x.deliverable.clone());
                }
            }
        }
    }
    i
}

fn table_rows(inputs: &Inputs, field: &str, columns: &[&str]) -> Vec<BTreeMap<String, String>> {
    inputs
        .rows(field)
        .into_iter()
        .map(|r| {
            columns
                .iter()
                .map(|c| {
                    (
                        (*c).to_owned(),
                        inputs.get(&format!("f.{field}.{r}.{c}")).trim().to_owned(),
                    )
                })
                .collect::<BTreeMap<_, _>>()
        })
        .filter(|row| row.values().any(|v| !v.is_empty()))
        .collect()
}

/// Reads a posted section. File fields keep their stored value (files come and go through
/// their own forms). Returns the answers, or the fields that could not be read.
pub fn read(
    section: &Section,
    inputs: &Inputs,
    stored: &Answers,
    cur: Currency,
) -> Result<Answers, Vec<FieldError>> {
    let mut out = Answers::new();
    let mut errs = Vec::new();
    for f in &section.fields {
        let name = format!("f.{}", f.id);
        let text = inputs.get(&name).trim();
        let value: Option<Value> = match &f.kind {
            FieldKind::ShortText { .. }
            | FieldKind::LongText { .. }
            | FieldKind::SingleChoice { .. }
            | FieldKind::Date => (!text.is_empty()).then(|| json!(inputs.get(&name))),
            FieldKind::Number { .. } => match text {
                "" => None,
                t => match t.replace([' ', '\u{202f}', '\u{a0}'], "").parse::<i64>() {
                    Ok(n) => Some(json!(n)),
                    Err(_) => {
                        errs.push(FieldError::new(&f.id, "number_invalid"));
                        None
                    }
                },
            },
            FieldKind::Money { .. } => match text {
                "" => None,
                t => match parse_money(t, cur) {
                    Some(m) => Some(json!({ "amount_minor": m })),
                    None => {
                        errs.push(FieldError::new(&f.id, "money_invalid"));
                        None
                    }
                },
            },
            FieldKind::MultipleChoice { .. } => {
                let picked: Vec<&String> = inputs
                    .0
                    .get(&name)
                    .map(|v| v.iter().filter(|x| !x.is_empty()).collect())
                    .unwrap_or_default();
                (!picked.is_empty()).then(|| json!(picked))
            }
            FieldKind::Declaration => inputs.has(&name, "true").then_some(json!(true)),
            FieldKind::File { .. } => stored.get(&f.id).cloned(),
            FieldKind::Budget { .. } => read_budget(f, inputs, cur, &mut errs),
            FieldKind::Cofunding => read_cofunding(f, inputs, cur, &mut errs),
            FieldKind::Partners { .. } => {
                let lead = inputs.get(&format!("{name}.lead")).to_owned();
                let rows: Vec<(usize, String)> = inputs
                    .rows(&f.id)
                    .into_iter()
                    .map(|r| (r, inputs.get(&format!("{name}.{r}.name")).trim().to_owned()))
                    .filter(|(_, n)| !n.is_empty())
                    .collect();
                (!rows.is_empty()).then(|| {
                    json!(
                        rows.iter()
                            .map(|(r, n)| json!({"name": n, "lead": lead == r.to_string()}))
                            .collect::<Vec<_>>()
                    )
                })
            }
            FieldKind::Plan => {
                let rows = table_rows(inputs, &f.id, &["year", "milestone", "deliverable"]);
                let mut lines = Vec::new();
                for row in rows {
                    match row["year"].parse::<i16>() {
                        Ok(y) => lines.push(json!({"year": y, "milestone": row["milestone"], "deliverable": row["deliverable"]})),
                        Err(_) => errs.push(FieldError::new(&f.id, "year_invalid")),
                    }
                }
                (!lines.is_empty()).then(|| json!(lines))
            }
        };
        if let Some(v) = value {
            out.insert(f.id.clone(), v);
        }
    }
    if errs.is_empty() { Ok(out) } else { Err(errs) }
}

fn read_budget(
    f: &Field,
    inputs: &Inputs,
    cur: Currency,
    errs: &mut Vec<FieldError>,
) -> Option<Value> {
    let rows = table_rows(
        inputs,
        &f.id,
        &["phase", "year", "category", "label", "amount", "eligible"],
    );
    let mut lines = Vec::new();
    for row in rows {
        // Selects and the ticked "eligible" box have values in spare rows too: a row counts
        // once something is typed in it.
        if ["year", "label", "amount"]
            .iter()
            .all(|k| row[*k].is_empty())
        {
            continue;
        }
        let (Ok(year), Some(amount)) =
            (row["year"].parse::<i16>(), parse_money(&row["amount"], cur))
        else {
            errs.push(FieldError::new(&f.id, "budget_row_invalid"));
            continue;
        };
        lines.push(
            json!({"phase": row["phase"], "year": year, "category": row["category"],
            "label": row["label"], "amount_minor": amount, "eligible": row["eligible"] == "true"}),
        );
    }
    (!lines.is_empty()).then(|| json!(lines))
}

fn read_cofunding(
    f: &Field,
    inputs: &Inputs,
    cur: Currency,
    errs: &mut Vec<FieldError>,
) -> Option<Value> {
    let rows = table_rows(inputs, &f.id, &["funder", "kind", "amount", "status"]);
    let mut lines = Vec::new();
    for row in rows {
        if row["funder"].is_empty() && row["amount"].is_empty() {
            continue;
        }
        let kind = row["kind"].parse::<CofunderKind>();
        let (Ok(kind), Some(amount)) = (kind, parse_money(&row["amount"], cur)) else {
            errs.push(FieldError::new(&f.id, "cofunding_row_invalid"));
            continue;
        };
        let status = if row["status"] == "obtained" {
            "obtained"
        } else {
            "requested"
        };
        lines.push(
            json!({"funder": row["funder"], "funder_kind": kind.as_str(),
            "kind": if kind.is_public() { "public" } else { "private" },
            "amount_minor": amount, "status": status}),
        );
    }
    (!lines.is_empty()).then(|| json!(lines))
}

/// An option shown as a radio, checkbox or select entry.
#[derive(Debug, Clone)]
pub struct Opt {
    /// Code.
    pub value: String,
    /// Label.
    pub label: String,
}

/// One question ready for the template: `kind` names the widget.
#[derive(Debug, Clone)]
pub struct FieldView {
    /// Field id (input names are `f.<id>`).
    pub id: String,
    /// Question.
    pub label: String,
    /// Help.
    pub help: String,
    /// Required to submit.
    pub required: bool,
    /// `text`, `textarea`, `number`, `money`, `date`, `single`, `multiple`, `declaration`,
    /// `file`, `budget`, `cofunding`, `partners`, `plan`.
    pub kind: &'static str,
    /// Error message.
    pub error: Option<String>,
    /// Condition in words ("only when …"), empty when always shown.
    pub condition: String,
    /// The field it depends on and the value that shows it (the script toggles it).
    pub show_if: Option<(String, String)>,
    /// Options (choices, phases…).
    pub options: Vec<Opt>,
    /// Second list of options (budget categories).
    pub options2: Vec<Opt>,
    /// Unit shown after amounts (`€ HT`).
    pub unit: String,
    /// Largest length for texts.
    pub max_len: u32,
    /// Rows of a table: row indexes to render (stored or posted rows plus spares).
    pub rows: Vec<usize>,
    /// Files already given.
    pub files: Vec<(String, String, String)>,
    /// `accept` attribute for file inputs.
    pub accept: String,
    /// Whether several files may be given.
    pub multiple: bool,
    /// Totals line under a budget or co-funding table.
    pub total: String,
}

fn opts(list: &[passerelle_domain::application::form::Choice], tr: &Tr) -> Vec<Opt> {
    list.iter()
        .map(|c| Opt {
            value: c.value.clone(),
            label: c.label.get(tr.locale()).to_owned(),
        })
        .collect()
}

fn rows_for(inputs: &Inputs, field: &str) -> Vec<usize> {
    let mut rows = inputs.rows(field);
    let next = rows.last().map_or(0, |r| r + 1);
    rows.extend(next..next + SPARE_ROWS);
    rows
}

/// The views of a section's questions.
#[expect(clippy::too_many_arguments)]
pub fn views(
    section: &Section,
    all_fields: &[(String, String)],
    inputs: &Inputs,
    stored: &Answers,
    files: &[AttachmentRow],
    errors: &crate::page::FormErrors,
    tr: &Tr,
    cur: Currency,
) -> Vec<FieldView> {
    let symbol = tr
        .ta(
            match cur {
                Currency::Eur => "money-eur",
                Currency::Pln => "money-pln",
            },
            &[("amount", "")],
        )
        .trim()
        .to_owned();
    section
        .fields
        .iter()
        .map(|f| {
            let mut v = FieldView {
                id: f.id.clone(),
                label: f.label.get(tr.locale()).to_owned(),
                help: f.help.get(tr.locale()).to_owned(),
                required: f.required,
                kind: "text",
                error: errors.get(&f.id).cloned(),
                condition: String::new(),
                show_if: f
                    .show_if
                    .as_ref()
                    .map(|c| (c.field.clone(), c.equals.clone())),
                options: vec![],
                options2: vec![],
                unit: String::new(),
                max_len: 0,
                rows: vec![],
                files: vec![],
                accept: String::new(),
                multiple: false,
                total: String::new(),
            };
            if let Some(c) = &f.show_if {
                let target = all_fields
                    .iter()
                    .find(|(id, _)| *id == c.field)
                    .map(|(_, l)| l.clone())
                    .unwrap_or_default();
                v.condition = tr.ta("app-field-condition", &[("field", &target)]);
            }
            match &f.kind {
                FieldKind::ShortText { max_len } => v.max_len = max_len.unwrap_or(300),
                FieldKind::LongText { max_len } => {
                    v.kind = "textarea";
                    v.max_len = max_len.unwrap_or(20_000);
                }
                FieldKind::Number { .. } => v.kind = "number",
                FieldKind::Money { vat } => {
                    v.kind = "money";
                    v.unit = format!("{symbol} {}", tr.t(&format!("vocab-vat-{}", vat.as_str())));
                }
                FieldKind::Date => v.kind = "date",
                FieldKind::SingleChoice { options } => {
                    v.kind = "single";
                    v.options = opts(options, tr);
                }
                FieldKind::MultipleChoice { options, .. } => {
                    v.kind = "multiple";
                    v.options = opts(options, tr);
                }
                FieldKind::Declaration => v.kind = "declaration",
                FieldKind::File {
                    accept,
                    max_bytes,
                    multiple,
                } => {
                    v.kind = "file";
                    v.accept = accept.join(",");
                    v.multiple = *multiple;
                    v.unit = tr.ta(
                        "app-file-limit",
                        &[("mb", &(max_bytes / 1_048_576).max(1).to_string())],
                    );
                    let ids: Vec<String> = stored
                        .get(&f.id)
                        .and_then(|x| serde_json::from_value(x.clone()).ok())
                        .unwrap_or_default();
                    v.files = ids
                        .iter()
                        .filter_map(|id| files.iter().find(|a| &a.id == id))
                        .map(|a| {
                            (
                                a.id.clone(),
                                a.filename.clone(),
                                tr.ta(
                                    "size-kb",
                                    &[("n", &((a.size_bytes + 1023) / 1024).to_string())],
                                ),
                            )
                        })
                        .collect();
                }
                FieldKind::Budget {
                    phases,
                    categories,
                    vat,
                    ..
                } => {
                    v.kind = "budget";
                    v.options = opts(phases, tr);
                    v.options2 = opts(categories, tr);
                    v.unit = format!("{symbol} {}", tr.t(&format!("vocab-vat-{}", vat.as_str())));
                    v.rows = rows_for(inputs, &f.id);
                    if let Some(t) = stored
                        .get(&f.id)
                        .and_then(|x| passerelle_domain::application::facts::budget_totals(f, x))
                    {
                        v.total = tr.ta(
                            "app-budget-totals",
                            &[
                                ("total", &tr.money(t.all.total(), cur)),
                                ("eligible", &tr.money(t.all.eligible, cur)),
                            ],
                        );
                    }
                }
                FieldKind::Cofunding => {
                    v.kind = "cofunding";
                    v.options = CofunderKind::all()
                        .iter()
                        .map(|k| Opt {
                            value: k.as_str().to_owned(),
                            label: passerelle_app::schemes::explain::code_label(
                                tr,
                                "cofunder_kinds",
                                k.as_str(),
                            ),
                        })
                        .collect();
                    v.unit = symbol.clone();
                    v.rows = rows_for(inputs, &f.id);
                }
                FieldKind::Partners { .. } => {
                    v.kind = "partners";
                    v.rows = rows_for(inputs, &f.id);
                }
                FieldKind::Plan => {
                    v.kind = "plan";
                    v.rows = rows_for(inputs, &f.id);
                }
            }
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_app::applications::DEMO_FORMS;
    use passerelle_domain::Locale;
    use passerelle_domain::application::form::Form;

    fn form(slug: &str) -> Form {
        DEMO_FORMS
            .iter()
            .map(|s| serde_json::from_str::<passerelle_app::applications::FormFile>(s).unwrap())
            .find(|f| f.scheme == slug)
            .unwrap()
            .form
    }

    fn pairs(p: &[(&str, &str)]) -> Inputs {
        Inputs::from_pairs(
            &p.iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn a_posted_budget_section_reads_back_to_the_same_inputs() {
        let f = form("fabrique-initiatives-2020");
        let s = f.sections.iter().find(|s| s.id == "budget").unwrap();
        let i = pairs(&[
            ("f.budget.0.phase", "study"),
            ("f.budget.0.year", "2020"),
            ("f.budget.0.category", "engineering"),
            ("f.budget.0.label", "Étude"),
            ("f.budget.0.amount", "15 000,50"),
            ("f.budget.0.eligible", "true"),
            ("f.budget.1.phase", "study"),
            ("f.budget.1.year", ""),
            ("f.budget.1.category", ""),
            ("f.budget.1.eligible", "true"),
            ("f.requested.", ""),
            ("f.requested", "4 000"),
            ("f.cofunding.0.funder", "Région"),
            ("f.cofunding.0.kind", "region"),
            ("f.cofunding.0.amount", "1000"),
            ("f.cofunding.0.status", "obtained"),
        ]);
        let a = read(s, &i, &Answers::new(), Currency::Eur).unwrap();
        assert_eq!(a["requested"], json!({"amount_minor": 400_000}));
        assert_eq!(a["budget"][0]["amount_minor"], 1_500_050);
        assert_eq!(
            a["budget"].as_array().unwrap().len(),
            1,
            "the spare row is ignored"
        );
        assert_eq!(a["cofunding"][0]["kind"], "public");
        let tr = Tr::new(Locale::Fr);
        let back = inputs_of(s, &a, &tr);
        assert_eq!(back.get("f.budget.0.amount"), "15000,50");
        assert_eq!(back.get("f.cofunding.0.kind"), "region");
        assert_eq!(read(s, &back, &Answers::new(), Currency::Eur).unwrap(), a);
    }

    #[test]
    fn unreadable_amounts_and_rows_are_named() {
        let f = form("fabrique-initiatives-2020");
        let s = f.sections.iter().find(|s| s.id == "budget").unwrap();
        let i = pairs(&[
            ("f.requested", "beaucoup"),
            ("f.budget.0.year", "deux mille"),
            ("f.budget.0.amount", "1"),
        ]);
        let e = read(s, &i, &Answers::new(), Currency::Eur).unwrap_err();
        let fields: Vec<_> = e
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("budget", "budget_row_invalid"),
                ("requested", "money_invalid")
            ]
        );
    }

    #[test]
    fn partners_choose_one_lead_and_declarations_are_checkboxes() {
        let f = form("fabrique-initiatives-2020");
        let s = f.sections.iter().find(|s| s.id == "consortium").unwrap();
        let i = pairs(&[
            ("f.is_consortium", "true"),
            ("f.partners.0.name", "A"),
            ("f.partners.1.name", "B"),
            ("f.partners.2.name", ""),
            ("f.partners.lead", "1"),
        ]);
        let a = read(s, &i, &Answers::new(), Currency::Eur).unwrap();
        assert_eq!(
            a["partners"],
            json!([{"name": "A", "lead": false}, {"name": "B", "lead": true}])
        );
        assert_eq!(a["is_consortium"], json!(true));
        let none = read(s, &pairs(&[]), &Answers::new(), Currency::Eur).unwrap();
        assert!(none.is_empty(), "an unticked box is no answer");
    }
}
