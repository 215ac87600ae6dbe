//! Reference territories: import from the committed data file, and the in-memory index.

use anyhow::Context as _;
use passerelle_domain::territory::{TerritoryIndex, TerritoryRecord, parse_tsv};
use passerelle_domain::{TerritoryId, TerritoryKind};
use passerelle_store::repo::{meta, territories as repo};
use passerelle_store::{Db, repo::territories::TerritoryData};

use crate::AppResult;

/// The territory file compiled into the binary (`data/territories/territories.tsv`).
pub const EMBEDDED_TSV: &str = include_str!("../../../data/territories/territories.tsv");

/// Meta key holding the source lines of the loaded file.
pub const META_SOURCE: &str = "territories.source";

/// Outcome of an import.
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// Rows loaded.
    pub count: usize,
    /// The `# source …` comment lines of the file: which states were loaded.
    pub sources: Vec<String>,
}

/// Parse and validate `tsv` (it must form a DAG), then upsert every territory in one
/// transaction: a failed import changes nothing.
pub async fn import(db: &Db, tsv: &str, now_ms: i64) -> AppResult<ImportReport> {
    let records = parse_tsv(tsv).context("reading the territory file")?;
    let sources: Vec<String> = tsv
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim().to_owned())
        .filter(|l| l.starts_with("source"))
        .collect();
    // Building the index checks parents and cycles before anything is written.
    let index = TerritoryIndex::build(records.clone()).context("checking the territory graph")?;
    let data: Vec<TerritoryData> = records.iter().map(to_data).collect();
    let mut tx = db.begin().await?;
    repo::upsert_all(&mut tx, &data).await?;
    meta::set(&mut tx, META_SOURCE, &sources.join("\n"), now_ms).await?;
    tx.commit().await?;
    Ok(ImportReport {
        count: index.len(),
        sources,
    })
}

/// Import the embedded file when the database has no territories yet.
pub async fn ensure_loaded(db: &Db, now_ms: i64) -> AppResult<Option<ImportReport>> {
    let mut c = db.conn().await?;
    if repo::count(&mut c).await? > 0 {
        return Ok(None);
    }
    drop(c);
    Ok(Some(import(db, EMBEDDED_TSV, now_ms).await?))
}

fn to_data(r: &TerritoryRecord) -> TerritoryData {
    TerritoryData {
        id: r.id.to_string(),
        kind: r.kind.as_str().to_owned(),
        code: r.code.clone(),
        name: r.name.clone(),
        population: r.population,
        parents: r.parents.iter().map(|p| p.to_string()).collect(),
    }
}

/// Build the in-memory index from the database (empty when nothing is imported yet).
pub async fn load_index(db: &Db) -> AppResult<TerritoryIndex> {
    let mut c = db.conn().await?;
    let rows = repo::load_all(&mut c).await?;
    let mut records = Vec::with_capacity(rows.len());
    for r in rows {
        let id = TerritoryId::parse(&r.id).with_context(|| format!("territory id {}", r.id))?;
        let kind: TerritoryKind = r
            .kind
            .parse()
            .map_err(|_| anyhow::anyhow!("territory kind {}", r.kind))?;
        let parents = r
            .parents
            .iter()
            .map(|p| TerritoryId::parse(p).with_context(|| format!("territory id {p}")))
            .collect::<anyhow::Result<Vec<_>>>()?;
        records.push(TerritoryRecord {
            id,
            kind,
            code: r.code,
            name: r.name,
            population: r.population,
            parents,
        });
    }
    Ok(TerritoryIndex::build(records).context("territory graph in the database")?)
}

/// The sources of the loaded territories, as recorded at import.
pub async fn loaded_sources(db: &Db) -> AppResult<Vec<String>> {
    let mut c = db.conn().await?;
    Ok(meta::get(&mut c, META_SOURCE)
        .await?
        .map(|s| s.lines().map(str::to_owned).collect())
        .unwrap_or_default())
}
