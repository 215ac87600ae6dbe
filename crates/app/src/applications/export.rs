//! Exports of a call's applications for officers: one row per application, every answer of
//! the form as columns (a budget as its total, eligible total and one total per phase; a
//! co-funding plan as its total, public and private parts), as CSV (UTF-8 with a byte-order
//! mark, which spreadsheet programs need to read accents) and XLSX.

use passerelle_domain::Currency;
use passerelle_domain::application::budget::{CofundingLine, CofundingTotals};
use passerelle_domain::application::facts::budget_totals;
use passerelle_domain::application::form::{Field, FieldKind, Form, Partner, PlanLine};
use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value;

use super::inbox::{Filters, Item, matching};
use crate::i18n::Tr;
use crate::{Actor, AppCtx, AppError, AppResult};

/// A cell of an export.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// An amount in minor units.
    Money(i64),
    /// A whole number.
    Int(i64),
    /// Nothing.
    Empty,
}

/// A table of applications.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Column titles.
    pub headers: Vec<String>,
    /// One row per application.
    pub rows: Vec<Vec<Cell>>,
}

fn choice_label(f: &Field, v: &str, tr: &Tr) -> String {
    let options = match &f.kind {
        FieldKind::SingleChoice { options } | FieldKind::MultipleChoice { options, .. } => options,
        _ => return v.to_owned(),
    };
    options
        .iter()
        .find(|o| o.value == v)
        .map(|o| o.label.get(tr.locale()).to_owned())
        .unwrap_or_else(|| v.to_owned())
}

fn headers_of(f: &Field, tr: &Tr) -> Vec<String> {
    let label = f.label.get(tr.locale()).to_owned();
    match &f.kind {
        FieldKind::Budget { phases, .. } => {
            let mut h = vec![
                tr.ta("export-col-total", &[("label", &label)]),
                tr.ta("export-col-eligible", &[("label", &label)]),
            ];
            h.extend(
                phases
                    .iter()
                    .map(|p| format!("{label} – {}", p.label.get(tr.locale()))),
            );
            h
        }
        FieldKind::Cofunding => vec![
            tr.ta("export-col-total", &[("label", &label)]),
            tr.ta("export-col-public", &[("label", &label)]),
            tr.ta("export-col-private", &[("label", &label)]),
        ],
        _ => vec![label],
    }
}

fn cells_of(f: &Field, v: Option<&Value>, files: &[(String, String)], tr: &Tr) -> Vec<Cell> {
    let width = headers_of(f, tr).len();
    let Some(v) = v else {
        return vec![Cell::Empty; width];
    };
    let text = |s: String| Cell::Text(s);
    match &f.kind {
        FieldKind::ShortText { .. } | FieldKind::LongText { .. } | FieldKind::Date => {
            vec![text(v.as_str().unwrap_or_default().to_owned())]
        }
        FieldKind::Number { .. } => vec![v.as_i64().map_or(Cell::Empty, Cell::Int)],
        FieldKind::Money { .. } => vec![
            v.get("amount_minor")
                .and_then(Value::as_i64)
                .map_or(Cell::Empty, Cell::Money),
        ],
        FieldKind::SingleChoice { .. } => vec![text(choice_label(f, v.as_str().unwrap_or(""), tr))],
        FieldKind::MultipleChoice { .. } => {
            let picked: Vec<String> = serde_json::from_value(v.clone()).unwrap_or_default();
            vec![text(
                picked
                    .iter()
                    .map(|p| choice_label(f, p, tr))
                    .collect::<Vec<_>>()
                    .join("; "),
            )]
        }
        FieldKind::Declaration => vec![text(tr.t(if v.as_bool() == Some(true) {
            "answer-yes"
        } else {
            "answer-no"
        }))],
        FieldKind::File { .. } => {
            let ids: Vec<String> = serde_json::from_value(v.clone()).unwrap_or_default();
            let names: Vec<&str> = ids
                .iter()
                .filter_map(|id| files.iter().find(|(i, _)| i == id).map(|(_, n)| n.as_str()))
                .collect();
            vec![text(names.join("; "))]
        }
        FieldKind::Budget { phases, .. } => match budget_totals(f, v) {
            Some(t) => {
                let mut c = vec![Cell::Money(t.all.total()), Cell::Money(t.all.eligible)];
                c.extend(
                    phases
                        .iter()
                        .map(|p| Cell::Money(t.by_phase.get(&p.value).map_or(0, |s| s.total()))),
                );
                c
            }
            None => vec![Cell::Empty; width],
        },
        FieldKind::Cofunding => {
            let lines: Vec<CofundingLine> = serde_json::from_value(v.clone()).unwrap_or_default();
            match CofundingTotals::compute(&lines) {
                Ok(t) => vec![
                    Cell::Money(t.total()),
                    Cell::Money(t.public),
                    Cell::Money(t.private),
                ],
                Err(_) => vec![Cell::Empty; width],
            }
        }
        FieldKind::Partners { .. } => {
            let p: Vec<Partner> = serde_json::from_value(v.clone()).unwrap_or_default();
            let lead = tr.t("partner-lead");
            vec![text(
                p.iter()
                    .map(|x| {
                        if x.lead {
                            format!("{} ({lead})", x.name)
                        } else {
                            x.name.clone()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            )]
        }
        FieldKind::Plan => {
            let p: Vec<PlanLine> = serde_json::from_value(v.clone()).unwrap_or_default();
            vec![text(
                p.iter()
                    .map(|x| {
                        if x.deliverable.is_empty() {
                            format!("{}: {}", x.year, x.milestone)
                        } else {
                            format!("{}: {} – {}", x.year, x.milestone, x.deliverable)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            )]
        }
    }
}

fn files_of(i: &Item) -> Vec<(String, String)> {
    i.row
        .frozen
        .as_deref()
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        .and_then(|v| v.get("attachments").cloned())
        .and_then(|a| a.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|a| {
            Some((
                a.get("id")?.as_str()?.to_owned(),
                a.get("filename")?.as_str()?.to_owned(),
            ))
        })
        .collect()
}

/// The table of `items` written on `form`, in the reader's language.
pub fn table(form: &Form, items: &[Item], zone: &str, tr: &Tr) -> Table {
    let mut headers: Vec<String> = [
        "export-reference",
        "export-state",
        "export-submitted-at",
        "export-organisation",
        "export-title",
        "export-eligibility",
    ]
    .iter()
    .map(|k| tr.ta(k, &[("zone", zone)]))
    .collect();
    for (_, f) in form.fields() {
        headers.extend(headers_of(f, tr));
    }
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let rows = items
        .iter()
        .map(|i| {
            let submitted = i
                .row
                .submitted_at
                .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
                .map(|t| {
                    t.to_zoned_datetime(tz.clone())
                        .strftime("%Y-%m-%d %H:%M:%S")
                        .to_string()
                })
                .unwrap_or_default();
            let mut row = vec![
                Cell::Text(i.row.reference.clone().unwrap_or_default()),
                Cell::Text(tr.t(&i.state.internal_label_key())),
                Cell::Text(submitted),
                Cell::Text(i.organisation.clone()),
                Cell::Text(i.row.title.clone()),
                Cell::Text(
                    i.row
                        .eligibility
                        .as_deref()
                        .map(|v| tr.t(&format!("verdict-{}", v.replace('_', "-"))))
                        .unwrap_or_default(),
                ),
            ];
            let files = files_of(i);
            for (_, f) in form.fields() {
                row.extend(cells_of(f, i.answers.get(&f.id), &files, tr));
            }
            row
        })
        .collect();
    Table { headers, rows }
}

fn major(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.unsigned_abs();
    format!("{sign}{}.{:02}", m / 100, m % 100)
}

/// The table as CSV, UTF-8 with a byte-order mark; amounts in major units with a point.
pub fn csv(t: &Table) -> AppResult<Vec<u8>> {
    let mut w = csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    let err = |e: csv::Error| AppError::Internal(anyhow::anyhow!("csv: {e}"));
    w.write_record(&t.headers).map_err(err)?;
    for r in &t.rows {
        w.write_record(r.iter().map(|c| match c {
            Cell::Text(s) => s.clone(),
            Cell::Money(m) => major(*m),
            Cell::Int(n) => n.to_string(),
            Cell::Empty => String::new(),
        }))
        .map_err(err)?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))
}

/// The table as an XLSX workbook: amounts as numbers with two decimals, a frozen header.
pub fn xlsx(t: &Table, sheet: &str, currency: Currency) -> AppResult<Vec<u8>> {
    let err = |e: rust_xlsxwriter::XlsxError| AppError::Internal(anyhow::anyhow!("xlsx: {e}"));
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let name: String = sheet
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    if !name.trim().is_empty() {
        ws.set_name(name.trim()).map_err(err)?;
    }
    let bold = Format::new().set_bold().set_text_wrap();
    let money = Format::new().set_num_format(match currency {
        Currency::Eur => "#,##0.00 [$€-fr-FR]",
        Currency::Pln => "#,##0.00 [$zł-pl-PL]",
    });
    for (c, h) in t.headers.iter().enumerate() {
        let c = u16::try_from(c).map_err(|_| AppError::Conflict("export_too_wide"))?;
        ws.write_string_with_format(0, c, h, &bold).map_err(err)?;
        ws.set_column_width(c, 18).map_err(err)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| AppError::Conflict("export_too_long"))?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| AppError::Conflict("export_too_wide"))?;
            match cell {
                Cell::Text(s) => ws.write_string(r, c, s).map(|_| ()),
                Cell::Money(m) => ws
                    .write_number_with_format(r, c, *m as f64 / 100.0, &money)
                    .map(|_| ()),
                Cell::Int(n) => ws.write_number(r, c, *n as f64).map(|_| ()),
                Cell::Empty => Ok(()),
            }
            .map_err(err)?;
        }
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    wb.save_to_buffer().map_err(err)
}

/// The matching applications of a call as a table, for its officers.
#[tracing::instrument(skip_all)]
pub async fn export(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    f: &Filters,
    tr: &Tr,
) -> AppResult<(Table, String, Currency)> {
    let page = matching(ctx, actor, slug, f).await?;
    let form = page.form.clone().unwrap_or_default();
    let t = table(&form, &page.items, &page.scheme.scheme.window.zone, tr);
    Ok((
        t,
        page.scheme.scheme.slug.clone(),
        page.scheme.scheme.currency,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_major_units() {
        assert_eq!(major(1_200_000), "12000.00");
        assert_eq!(major(5), "0.05");
        assert_eq!(major(-150), "-1.50");
    }

    #[test]
    fn csv_starts_with_a_bom_and_quotes_what_needs_it() {
        let t = Table {
            headers: vec!["Référence".into(), "Montant".into()],
            rows: vec![vec![
                Cell::Text("a; \"b\", c".into()),
                Cell::Money(1_500_000),
            ]],
        };
        let out = csv(&t).unwrap();
        assert_eq!(&out[..3], &[0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(out[3..].to_vec()).unwrap();
        assert_eq!(text, "Référence,Montant\n\"a; \"\"b\"\", c\",15000.00\n");
        let x = xlsx(&t, "Progr'ESS [2024]", Currency::Eur).unwrap();
        assert_eq!(&x[..2], b"PK");
    }
}
