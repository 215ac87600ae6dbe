//! Schemes as a spreadsheet: one row per scheme, the main fields as
//! columns, lists as comma-separated codes, and the structured parts
//! (criteria, funders, documents, conditions assessed in review) as JSON in
//! their cells, so that a file exported here imports back to the same
//! schemes. Columns are found by their header (row 1), so they may be
//! reordered; `max_grant`, `min_grant` and `rate_cap_percent` are read from
//! the criteria on export and ignored on import.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use passerelle_app::schemes::SchemeFile;
use passerelle_app::schemes::backoffice::ParsedItem;
use passerelle_app::{AppError, FieldError};
use passerelle_domain::scheme::criteria::Node;
use passerelle_domain::scheme::vocab::{Recurrence, SchemeKind, SchemeStatus, Theme};
use passerelle_domain::scheme::window::Window;
use passerelle_domain::scheme::{Funder, LocalText, Scheme};
use passerelle_domain::{Currency, Locale, Money, TerritoryId};
use rust_xlsxwriter::{Format, Workbook};
use serde::de::DeserializeOwned;

/// Name of the worksheet holding the schemes.
pub const SHEET: &str = "schemes";

/// Column headers, in export order.
pub const COLUMNS: [&str; 34] = [
    "tenant",
    "status",
    "slug",
    "kind",
    "edition",
    "previous_edition",
    "programme",
    "title_fr",
    "title_pl",
    "title_en",
    "summary_fr",
    "summary_pl",
    "summary_en",
    "description_fr",
    "description_pl",
    "description_en",
    "perimeter",
    "themes",
    "window_recurrence",
    "window_opens",
    "window_closes",
    "window_zone",
    "currency",
    "envelope",
    "max_grant",
    "min_grant",
    "rate_cap_percent",
    "funders",
    "criteria",
    "assessed_in_review",
    "documents",
    "languages",
    "contact",
    "url",
];

/// A cell's value.
enum Cell {
    Text(String),
    Number(f64),
}

fn major(m: Money) -> f64 {
    // Amounts are far below 2^53 minor units, so the division is exact
    // enough to round back to the same cents.
    m.minor as f64 / 100.0
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, AppError> {
    serde_json::to_string(v).map_err(|e| AppError::Internal(e.into()))
}

fn row_of(f: &SchemeFile) -> Result<Vec<Cell>, AppError> {
    let s = &f.scheme;
    let t = |x: &str| Cell::Text(x.to_owned());
    let opt_money =
        |m: Option<Money>| m.map_or(Cell::Text(String::new()), |m| Cell::Number(major(m)));
    let codes = |v: Vec<String>| Cell::Text(v.join(", "));
    let dt =
        |d: Option<jiff::civil::DateTime>| Cell::Text(d.map(|d| d.to_string()).unwrap_or_default());
    Ok(vec![
        t(&f.tenant),
        t(f.status.as_str()),
        t(&s.slug),
        t(s.kind.as_str()),
        Cell::Number(f64::from(s.edition)),
        t(s.previous_edition.as_deref().unwrap_or("")),
        t(s.programme.as_deref().unwrap_or("")),
        t(&s.title.fr),
        t(&s.title.pl),
        t(&s.title.en),
        t(&s.summary.fr),
        t(&s.summary.pl),
        t(&s.summary.en),
        t(&s.description.fr),
        t(&s.description.pl),
        t(&s.description.en),
        codes(s.perimeter.iter().map(ToString::to_string).collect()),
        codes(s.themes.iter().map(ToString::to_string).collect()),
        t(s.window.recurrence.as_str()),
        dt(s.window.opens),
        dt(s.window.closes),
        t(&s.window.zone),
        t(s.currency.as_str()),
        opt_money(s.envelope),
        opt_money(s.max_grant()),
        opt_money(s.min_grant()),
        s.rate_cap().map_or(Cell::Text(String::new()), |bp| {
            Cell::Number(f64::from(bp) / 100.0)
        }),
        Cell::Text(json(&s.funders)?),
        Cell::Text(json(&s.criteria)?),
        Cell::Text(json(&s.assessed_in_review)?),
        Cell::Text(json(&s.documents)?),
        codes(s.languages.iter().map(ToString::to_string).collect()),
        t(s.contact.as_deref().unwrap_or("")),
        t(s.url.as_deref().unwrap_or("")),
    ])
}

fn xlsx_err(e: rust_xlsxwriter::XlsxError) -> AppError {
    AppError::Internal(anyhow::anyhow!("xlsx: {e}"))
}

/// The schemes as an XLSX workbook.
pub fn write(files: &[SchemeFile]) -> Result<Vec<u8>, AppError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(SHEET).map_err(xlsx_err)?;
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    for (c, h) in COLUMNS.iter().enumerate() {
        let col = u16::try_from(c).map_err(|e| AppError::Internal(e.into()))?;
        ws.write_string_with_format(0, col, *h, &bold)
            .map_err(xlsx_err)?;
        ws.set_column_width(col, if h.starts_with("description") { 60 } else { 22 })
            .map_err(xlsx_err)?;
    }
    ws.set_freeze_panes(1, 3).map_err(xlsx_err)?;
    for (r, f) in files.iter().enumerate() {
        let row = u32::try_from(r + 1).map_err(|e| AppError::Internal(e.into()))?;
        for (c, cell) in row_of(f)?.into_iter().enumerate() {
            let col = u16::try_from(c).map_err(|e| AppError::Internal(e.into()))?;
            match cell {
                Cell::Text(s) if s.is_empty() => {}
                Cell::Text(s) => {
                    ws.write_string(row, col, s).map_err(xlsx_err)?;
                }
                Cell::Number(n) if COLUMNS[c] == "edition" => {
                    ws.write_number(row, col, n).map_err(xlsx_err)?;
                }
                Cell::Number(n) => {
                    ws.write_number_with_format(row, col, n, &money)
                        .map_err(xlsx_err)?;
                }
            }
        }
    }
    wb.save_to_buffer().map_err(xlsx_err)
}

/// A cell as text: numbers without a needless `.0`.
fn text(d: Option<&Data>) -> String {
    match d {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.clone(),
        Some(Data::Float(f)) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        Some(other) => other.to_string(),
    }
}

/// One row of the sheet, by header.
struct Row<'a> {
    headers: &'a [String],
    cells: &'a [Data],
    errs: Vec<FieldError>,
}

impl Row<'_> {
    fn cell(&self, name: &str) -> Option<&Data> {
        let i = self.headers.iter().position(|h| h == name)?;
        self.cells.get(i)
    }

    fn str(&self, name: &str) -> String {
        text(self.cell(name)).trim().to_owned()
    }

    fn opt(&self, name: &str) -> Option<String> {
        Some(self.str(name)).filter(|s| !s.is_empty())
    }

    fn parse<T: std::str::FromStr>(&mut self, name: &str) -> Option<T> {
        let s = self.str(name);
        if s.is_empty() {
            self.errs.push(FieldError::new(name, "required"));
            return None;
        }
        match s.parse() {
            Ok(v) => Some(v),
            Err(_) => {
                self.errs.push(FieldError::new(name, "value_unknown"));
                None
            }
        }
    }

    fn list<T: std::str::FromStr>(&mut self, name: &str, code: &str) -> Vec<T> {
        let mut out = Vec::new();
        for part in self
            .str(name)
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match part.parse() {
                Ok(v) => out.push(v),
                Err(_) => {
                    self.errs.push(FieldError::new(name, code));
                    break;
                }
            }
        }
        out
    }

    fn json<T: DeserializeOwned + Default>(&mut self, name: &str, required: bool) -> Option<T> {
        let s = self.str(name);
        if s.is_empty() {
            if required {
                self.errs.push(FieldError::new(name, "required"));
                return None;
            }
            return Some(T::default());
        }
        match serde_json::from_str(&s) {
            Ok(v) => Some(v),
            Err(_) => {
                self.errs.push(FieldError::new(name, "json_invalid"));
                None
            }
        }
    }

    fn datetime(&mut self, name: &str) -> Option<jiff::civil::DateTime> {
        let s = self.str(name);
        if s.is_empty() {
            return None;
        }
        match s.parse() {
            Ok(d) => Some(d),
            Err(_) => {
                self.errs.push(FieldError::new(name, "datetime_invalid"));
                None
            }
        }
    }

    fn money(&mut self, name: &str, currency: Currency) -> Option<Money> {
        let parsed = match self.cell(name) {
            None | Some(Data::Empty) => return None,
            Some(Data::Float(f)) => Ok(Money::new((f * 100.0).round() as i64, currency)),
            Some(Data::Int(i)) => Ok(Money::new(i.saturating_mul(100), currency)),
            Some(other) => {
                let s = text(Some(other));
                if s.trim().is_empty() {
                    return None;
                }
                Money::parse_major(&s, currency).map_err(|e| e.code())
            }
        };
        match parsed {
            Ok(m) => Some(m),
            Err(code) => {
                self.errs.push(FieldError::new(name, code));
                None
            }
        }
    }

    fn scheme_file(mut self) -> ParsedItem {
        let status = self.parse::<SchemeStatus>("status");
        let kind = self.parse::<SchemeKind>("kind");
        let recurrence = self.parse::<Recurrence>("window_recurrence");
        let currency = self.parse::<Currency>("currency");
        let edition = match self.str("edition").as_str() {
            "" => Some(1),
            s => s.parse::<u32>().ok().or_else(|| {
                self.errs.push(FieldError::new("edition", "number_invalid"));
                None
            }),
        };
        let perimeter = self.list::<TerritoryId>("perimeter", "territory_id_invalid");
        let themes = self.list::<Theme>("themes", "code_unknown");
        let languages = self.list::<Locale>("languages", "code_unknown");
        let opens = self.datetime("window_opens");
        let closes = self.datetime("window_closes");
        let envelope = currency.and_then(|c| self.money("envelope", c));
        let funders = self.json::<Vec<Funder>>("funders", false);
        let criteria = self.json::<Option<Node>>("criteria", true).flatten();
        let review = self.json::<Vec<LocalText>>("assessed_in_review", false);
        let documents = self.json::<Vec<LocalText>>("documents", false);
        let tenant = self.str("tenant");
        if tenant.is_empty() {
            self.errs.push(FieldError::new("tenant", "required"));
        }
        if self.str("slug").is_empty() {
            self.errs.push(FieldError::new("slug", "required"));
        }
        let (
            Some(status),
            Some(kind),
            Some(recurrence),
            Some(currency),
            Some(edition),
            Some(funders),
            Some(criteria),
            Some(review),
            Some(documents),
        ) = (
            status, kind, recurrence, currency, edition, funders, criteria, review, documents,
        )
        else {
            return Err(self.errs);
        };
        if !self.errs.is_empty() {
            return Err(self.errs);
        }
        // Texts keep their inner line breaks and spaces.
        let local = |base: &str| LocalText {
            fr: text(self.cell(&format!("{base}_fr"))),
            pl: text(self.cell(&format!("{base}_pl"))),
            en: text(self.cell(&format!("{base}_en"))),
        };
        let scheme = Scheme {
            slug: self.str("slug"),
            kind,
            edition,
            previous_edition: self.opt("previous_edition"),
            programme: self.opt("programme"),
            title: local("title"),
            summary: local("summary"),
            description: local("description"),
            funders,
            perimeter,
            themes,
            window: Window {
                recurrence,
                opens,
                closes,
                zone: self.str("window_zone"),
            },
            currency,
            envelope,
            criteria,
            assessed_in_review: review,
            documents,
            languages,
            contact: self.opt("contact"),
            url: self.opt("url"),
        };
        Ok(SchemeFile {
            tenant,
            status,
            scheme,
        })
    }
}

/// Reads the schemes of an XLSX workbook (sheet `schemes`, else the first).
/// A file that is not a workbook fails whole (`file`, `xlsx_invalid`);
/// otherwise each non-empty row is one scheme, its errors named by column.
pub fn read(bytes: &[u8]) -> Result<Vec<ParsedItem>, FieldError> {
    let invalid = || FieldError::new("file", "xlsx_invalid");
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| invalid())?;
    let range = match wb.worksheet_range(SHEET) {
        Ok(r) => r,
        Err(_) => wb
            .worksheet_range_at(0)
            .ok_or_else(invalid)?
            .map_err(|_| invalid())?,
    };
    let mut rows = range.rows();
    let headers: Vec<String> = rows
        .next()
        .ok_or_else(invalid)?
        .iter()
        .map(|c| text(Some(c)).trim().to_owned())
        .collect();
    if !headers.iter().any(|h| h == "slug") {
        return Err(FieldError::new("file", "xlsx_columns_missing"));
    }
    Ok(rows
        .filter(|cells| cells.iter().any(|c| !matches!(c, Data::Empty)))
        .map(|cells| {
            Row {
                headers: &headers,
                cells,
                errs: Vec::new(),
            }
            .scheme_file()
        })
        .collect())
}
