//! The territory data file format (`data/territories/territories.tsv`).

use super::{TerritoryId, TerritoryIdError, TerritoryKind};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The only accepted header line.
pub const HEADER: &str = "id\tkind\tcode\tname\tpopulation\tparents";

/// One territory as stored in the data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TerritoryRecord {
    /// Unique identifier.
    pub id: TerritoryId,
    /// Level; always equal to `id.kind()`.
    pub kind: TerritoryKind,
    /// National code; always equal to `id.code()`.
    pub code: String,
    /// Official name in the national language.
    pub name: String,
    /// Legal population, when known.
    pub population: Option<i64>,
    /// Direct parents (several for communes in an EPCI, or NUTS links).
    pub parents: Vec<TerritoryId>,
}

/// A problem in territory data. Line numbers start at 1.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TerritoryDataError {
    /// The file has no header line.
    #[error("missing header line")]
    MissingHeader,
    /// The first non-comment line is not the expected header.
    #[error("line {line}: expected header {HEADER:?}")]
    BadHeader {
        /// Line number.
        line: usize,
    },
    /// A row does not have exactly six tab-separated fields.
    #[error("line {line}: expected 6 tab-separated fields, found {found}")]
    FieldCount {
        /// Line number.
        line: usize,
        /// Number of fields found.
        found: usize,
    },
    /// The `id` or a `parents` entry is not a valid territory id.
    #[error("line {line}: {source}")]
    BadId {
        /// Line number.
        line: usize,
        /// The parse error.
        source: TerritoryIdError,
    },
    /// The `kind` column is unknown or differs from the id's kind.
    #[error("line {line}: kind {kind:?} does not match the id")]
    BadKind {
        /// Line number.
        line: usize,
        /// The kind column as written.
        kind: String,
    },
    /// The `code` column differs from the code part of the id.
    #[error("line {line}: code {code:?} does not match the id")]
    BadCode {
        /// Line number.
        line: usize,
        /// The code column as written.
        code: String,
    },
    /// The name is empty.
    #[error("line {line}: empty name")]
    EmptyName {
        /// Line number.
        line: usize,
    },
    /// The population is neither empty nor a non-negative integer.
    #[error("line {line}: invalid population {value:?}")]
    BadPopulation {
        /// Line number.
        line: usize,
        /// The population column as written.
        value: String,
    },
    /// Two records share an id.
    #[error("duplicate territory {0}")]
    DuplicateId(TerritoryId),
    /// A record names a parent that is not in the data.
    #[error("{child} has unknown parent {parent}")]
    UnknownParent {
        /// The record naming the parent.
        child: TerritoryId,
        /// The missing parent.
        parent: TerritoryId,
    },
    /// Following parents leads back to this territory.
    #[error("territory {0} is its own ancestor")]
    Cycle(TerritoryId),
}

impl TerritoryDataError {
    /// Line of the data file at fault, for per-line errors.
    pub fn line(&self) -> Option<usize> {
        match self {
            Self::BadHeader { line }
            | Self::FieldCount { line, .. }
            | Self::BadId { line, .. }
            | Self::BadKind { line, .. }
            | Self::BadCode { line, .. }
            | Self::EmptyName { line }
            | Self::BadPopulation { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// Parses the data file: `#` comment lines, then the header
/// `id⇥kind⇥code⇥name⇥population⇥parents`, then one row per territory with
/// an empty or integer population and comma-separated parent ids. Blank
/// lines and Windows line endings are tolerated.
pub fn parse_tsv(text: &str) -> Result<Vec<TerritoryRecord>, TerritoryDataError> {
    let mut records = Vec::new();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let row = raw.strip_suffix('\r').unwrap_or(raw);
        if row.starts_with('#') || row.trim().is_empty() {
            continue;
        }
        if !header_seen {
            if row != HEADER {
                return Err(TerritoryDataError::BadHeader { line });
            }
            header_seen = true;
            continue;
        }
        records.push(parse_row(row, line)?);
    }
    if !header_seen {
        return Err(TerritoryDataError::MissingHeader);
    }
    Ok(records)
}

fn parse_row(row: &str, line: usize) -> Result<TerritoryRecord, TerritoryDataError> {
    let fields: Vec<&str> = row.split('\t').collect();
    let [id, kind, code, name, population, parents] = fields[..] else {
        return Err(TerritoryDataError::FieldCount {
            line,
            found: fields.len(),
        });
    };
    let bad_id = |source| TerritoryDataError::BadId { line, source };
    let id = TerritoryId::parse(id).map_err(bad_id)?;
    let kind_value: TerritoryKind =
        kind.parse()
            .ok()
            .filter(|k| *k == id.kind())
            .ok_or_else(|| TerritoryDataError::BadKind {
                line,
                kind: kind.to_owned(),
            })?;
    if !code.trim().eq_ignore_ascii_case(id.code()) {
        return Err(TerritoryDataError::BadCode {
            line,
            code: code.to_owned(),
        });
    }
    let name = name.trim();
    if name.is_empty() {
        return Err(TerritoryDataError::EmptyName { line });
    }
    let population = match population.trim() {
        "" => None,
        p => Some(p.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
            TerritoryDataError::BadPopulation {
                line,
                value: p.to_owned(),
            }
        })?),
    };
    let parents = parents
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(TerritoryId::parse)
        .collect::<Result<Vec<_>, _>>()
        .map_err(bad_id)?;
    Ok(TerritoryRecord {
        code: id.code().to_owned(),
        id,
        kind: kind_value,
        name: name.to_owned(),
        population,
        parents,
    })
}
