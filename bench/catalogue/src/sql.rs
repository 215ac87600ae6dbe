//! The same data in PostgreSQL and SQLite, normalised and indexed, and the
//! three questions asked in SQL.
//!
//! Tables:
//! - `territory_ancestor(place, ancestor)`: every territory with itself and
//!   each of its ancestors (the DAG's transitive closure, about 309 000 rows);
//! - `scheme`: one row per scheme with its eligibility facts flattened into
//!   columns (SSE required, accepted categories as a bit mask, "public body
//!   or SSE", themes as a bit mask, max grant, min expenses and VAT basis,
//!   services minimum, accepted co-funder kinds as a bit mask, consortium
//!   rules) and its texts (PostgreSQL: a stored `tsvector` with the
//!   `french` configuration and a GIN index; SQLite: an FTS5 table);
//! - `scheme_perimeter(scheme_id, territory_id)`; `scheme_window(scheme_id,
//!   opens, closes)`, one row per opening in epoch milliseconds (annual
//!   windows expanded for 2018–2030, permanent ones one unbounded row);
//! - `organisation(id, place, category, form, sse_by_status, ess,
//!   is_public)`.
//!
//! The flattening covers exactly the criteria shapes the generator writes
//! (a top-level AND of known leaves). A general criteria tree (nested OR
//! and AT-LEAST, three-valued answers) has no such fixed columns: SQL would
//! have to fetch the candidates and run the engine on them.

use crate::generate::{Ask, Org, Spec, TextAsk, World};
use anyhow::{Context, Result};
use passerelle_domain::Country;
use passerelle_domain::scheme::vocab::{SchemeKind, Vat};
use sqlx::postgres::PgConnectOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{Connection, PgConnection, Row, SqliteConnection};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The benchmark database created on the PostgreSQL server, dropped at the end.
pub const PG_DATABASE: &str = "bench_catalogue";

/// An open connection of either engine.
pub enum Db {
    Pg(PgConnection),
    Lite(SqliteConnection),
}

const PG_TABLES: &str = r"
CREATE TABLE territory_ancestor (place BIGINT NOT NULL, ancestor BIGINT NOT NULL, PRIMARY KEY (place, ancestor));
CREATE TABLE scheme (
  id BIGINT PRIMARY KEY,
  slug TEXT NOT NULL,
  kind TEXT NOT NULL,
  currency TEXT NOT NULL,
  everywhere SMALLINT NOT NULL,
  sse_required SMALLINT NOT NULL,
  categories BIGINT NOT NULL,
  public_or_sse SMALLINT NOT NULL,
  theme_mask BIGINT NOT NULL,
  themes_required SMALLINT NOT NULL,
  max_grant_minor BIGINT,
  min_expenses_minor BIGINT,
  min_expenses_incl SMALLINT NOT NULL,
  services_min BIGINT,
  cofunder_kinds BIGINT NOT NULL,
  consortium SMALLINT NOT NULL,
  lead_required SMALLINT NOT NULL,
  members_min BIGINT,
  members_max BIGINT,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  description TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('french', title || ' ' || summary || ' ' || description)) STORED
);
CREATE TABLE scheme_perimeter (scheme_id BIGINT NOT NULL, territory_id BIGINT NOT NULL, PRIMARY KEY (scheme_id, territory_id));
CREATE TABLE scheme_window (scheme_id BIGINT NOT NULL, opens BIGINT NOT NULL, closes BIGINT NOT NULL);
CREATE TABLE organisation (
  id BIGINT PRIMARY KEY,
  place BIGINT,
  category BIGINT NOT NULL,
  form TEXT NOT NULL,
  sse_by_status SMALLINT NOT NULL,
  ess SMALLINT,
  is_public SMALLINT NOT NULL
);
";

const LITE_TABLES: &str = r"
CREATE TABLE territory_ancestor (place INTEGER NOT NULL, ancestor INTEGER NOT NULL, PRIMARY KEY (place, ancestor)) WITHOUT ROWID;
CREATE TABLE scheme (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL,
  kind TEXT NOT NULL,
  currency TEXT NOT NULL,
  everywhere INTEGER NOT NULL,
  sse_required INTEGER NOT NULL,
  categories INTEGER NOT NULL,
  public_or_sse INTEGER NOT NULL,
  theme_mask INTEGER NOT NULL,
  themes_required INTEGER NOT NULL,
  max_grant_minor INTEGER,
  min_expenses_minor INTEGER,
  min_expenses_incl INTEGER NOT NULL,
  services_min INTEGER,
  cofunder_kinds INTEGER NOT NULL,
  consortium INTEGER NOT NULL,
  lead_required INTEGER NOT NULL,
  members_min INTEGER,
  members_max INTEGER,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  description TEXT NOT NULL
);
CREATE TABLE scheme_perimeter (scheme_id INTEGER NOT NULL, territory_id INTEGER NOT NULL, PRIMARY KEY (scheme_id, territory_id)) WITHOUT ROWID;
CREATE TABLE scheme_window (scheme_id INTEGER NOT NULL, opens INTEGER NOT NULL, closes INTEGER NOT NULL);
CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  place INTEGER,
  category INTEGER NOT NULL,
  form TEXT NOT NULL,
  sse_by_status INTEGER NOT NULL,
  ess INTEGER,
  is_public INTEGER NOT NULL
);
";

/// Indexes, created after loading.
const INDEXES: &[&str] = &[
    "CREATE INDEX territory_descendants ON territory_ancestor (ancestor, place)",
    "CREATE INDEX scheme_perimeter_by_territory ON scheme_perimeter (territory_id, scheme_id)",
    "CREATE INDEX scheme_window_by_scheme ON scheme_window (scheme_id, opens, closes)",
    "CREATE INDEX scheme_everywhere ON scheme (id) WHERE everywhere = 1",
    "CREATE INDEX organisation_by_place ON organisation (place)",
    "CREATE INDEX organisation_unlocated ON organisation (id) WHERE place IS NULL",
];

const PG_TEXT_INDEX: &str = "CREATE INDEX scheme_tsv ON scheme USING GIN (tsv)";

const LITE_TEXT_INDEX: &[&str] = &[
    "CREATE VIRTUAL TABLE scheme_fts USING fts5(title, summary, description, content='scheme', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO scheme_fts(scheme_fts) VALUES ('rebuild')",
];

/// (a) Schemes an applicant may apply to: candidates by the place's
/// ancestors and the schemes without a perimeter, open at `$2`, then every
/// flattened condition; a condition is dropped when the engine would answer
/// "unknown" (currency mismatch, expenses incl. VAT against an amount excl.
/// VAT, SSE status unknown).
pub const ASK_A: &str = r"
SELECT s.id FROM scheme s
WHERE s.id IN (
    SELECT p.scheme_id FROM territory_ancestor a
    JOIN scheme_perimeter p ON p.territory_id = a.ancestor
    WHERE a.place = $1
    UNION ALL
    SELECT e.id FROM scheme e WHERE e.everywhere = 1)
  AND EXISTS (SELECT 1 FROM scheme_window w WHERE w.scheme_id = s.id AND w.opens <= $2 AND w.closes > $2)
  AND (s.sse_required = 0 OR $3 = 1)
  AND (s.categories = 0 OR (s.categories & $4) <> 0)
  AND (s.public_or_sse = 0 OR $5 = 1 OR $3 = 1)
  AND (s.themes_required = 0 OR (s.theme_mask & $6) <> 0)
  AND (s.max_grant_minor IS NULL OR s.currency <> $7 OR $8 <= s.max_grant_minor)
  AND (s.min_expenses_minor IS NULL OR s.currency <> $7 OR s.min_expenses_incl = 1 OR $9 >= s.min_expenses_minor)
  AND (s.services_min IS NULL OR $10 >= s.services_min)
  AND (s.cofunder_kinds = 0 OR (s.cofunder_kinds & $11) <> 0)
  AND (s.consortium = 0 OR $12 <= 1 OR ((s.lead_required = 0 OR $13 = 1)
       AND (s.members_min IS NULL OR $12 >= s.members_min)
       AND (s.members_max IS NULL OR $12 <= s.members_max)))
";

/// (b) Organisations to alert for a scheme with a perimeter: those seated
/// under one of its territories, plus those without a known seat, whose
/// profile does not rule them out (project conditions are unknown, so
/// never rule anyone out).
pub const ASK_B_PERIMETER: &str = r"
SELECT DISTINCT o.id FROM scheme s
JOIN scheme_perimeter p ON p.scheme_id = s.id
JOIN territory_ancestor a ON a.ancestor = p.territory_id
JOIN organisation o ON o.place = a.place
WHERE s.id = $1
  AND (s.sse_required = 0 OR (o.is_public = 0 AND (o.sse_by_status = 1 OR o.ess IS NULL OR o.ess = 1)))
  AND (s.categories = 0 OR (s.categories & o.category) <> 0)
  AND (s.public_or_sse = 0 OR o.is_public = 1 OR o.sse_by_status = 1 OR o.ess IS NULL OR o.ess = 1)
UNION ALL
SELECT o.id FROM scheme s JOIN organisation o ON o.place IS NULL
WHERE s.id = $1
  AND (s.sse_required = 0 OR (o.is_public = 0 AND (o.sse_by_status = 1 OR o.ess IS NULL OR o.ess = 1)))
  AND (s.categories = 0 OR (s.categories & o.category) <> 0)
  AND (s.public_or_sse = 0 OR o.is_public = 1 OR o.sse_by_status = 1 OR o.ess IS NULL OR o.ess = 1)
";

/// (b) for a scheme without a perimeter: every organisation whose profile
/// does not rule it out. The caller picks this text when the perimeter is
/// empty, as the application would (it holds the scheme being published).
pub const ASK_B_EVERYWHERE: &str = r"
SELECT o.id FROM scheme s CROSS JOIN organisation o
WHERE s.id = $1
  AND (s.sse_required = 0 OR (o.is_public = 0 AND (o.sse_by_status = 1 OR o.ess IS NULL OR o.ess = 1)))
  AND (s.categories = 0 OR (s.categories & o.category) <> 0)
  AND (s.public_or_sse = 0 OR o.is_public = 1 OR o.sse_by_status = 1 OR o.ess IS NULL OR o.ess = 1)
";

/// (c) on PostgreSQL: every word (french configuration), one theme, the
/// reader's place; best 20 by `ts_rank` and the total.
pub const PG_ASK_C: &str = r"
SELECT s.id, COUNT(*) OVER () AS total
FROM scheme s, plainto_tsquery('french', $2) AS q(q)
WHERE s.tsv @@ q.q
  AND (s.theme_mask & $3) <> 0
  AND (s.everywhere = 1 OR EXISTS (
        SELECT 1 FROM scheme_perimeter p JOIN territory_ancestor a ON a.ancestor = p.territory_id
        WHERE p.scheme_id = s.id AND a.place = $1))
ORDER BY ts_rank(s.tsv, q.q) DESC, s.id
LIMIT 20
";

/// (c) on SQLite: every word (FTS5, diacritics folded, no stemming), one
/// theme, the reader's place; best 20 by `bm25` and the total.
pub const LITE_ASK_C: &str = r"
WITH hits AS MATERIALIZED (
  SELECT rowid AS id, bm25(scheme_fts) AS rank FROM scheme_fts WHERE scheme_fts MATCH $2
)
SELECT s.id, COUNT(*) OVER () AS total
FROM hits h JOIN scheme s ON s.id = h.id
WHERE (s.theme_mask & $3) <> 0
  AND (s.everywhere = 1 OR EXISTS (
        SELECT 1 FROM scheme_perimeter p JOIN territory_ancestor a ON a.ancestor = p.territory_id
        WHERE p.scheme_id = s.id AND a.place = $1))
ORDER BY h.rank, s.id
LIMIT 20
";

/// Creates (after dropping any leftover) the benchmark database and connects to it.
pub async fn pg_create(admin_url: &str) -> Result<Db> {
    let mut admin = PgConnection::connect(admin_url)
        .await
        .with_context(|| format!("connecting to {admin_url}"))?;
    sqlx::query("DROP DATABASE IF EXISTS bench_catalogue WITH (FORCE)")
        .execute(&mut admin)
        .await?;
    sqlx::query("CREATE DATABASE bench_catalogue")
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    let opts = PgConnectOptions::from_str(admin_url)?.database(PG_DATABASE);
    let conn = PgConnection::connect_with(&opts).await?;
    Ok(Db::Pg(conn))
}

/// Drops the benchmark database.
pub async fn pg_drop(admin_url: &str) -> Result<()> {
    let mut admin = PgConnection::connect(admin_url).await?;
    sqlx::query("DROP DATABASE IF EXISTS bench_catalogue WITH (FORCE)")
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    Ok(())
}

/// Creates an SQLite file in a fresh temporary directory.
pub async fn lite_create() -> Result<(Db, PathBuf)> {
    let dir =
        std::env::temp_dir().join(format!("passerelle-bench-catalogue-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("bench.db");
    let _ = std::fs::remove_file(&path);
    let opts = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Off)
        .pragma("cache_size", "-262144")
        .pragma("temp_store", "memory")
        .pragma("mmap_size", "1073741824");
    let conn = SqliteConnection::connect_with(&opts).await?;
    Ok((Db::Lite(conn), dir))
}

/// Removes the SQLite directory.
pub fn lite_remove(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
}

async fn exec_script(db: &mut Db, script: &'static str) -> Result<()> {
    for stmt in script.split(";\n").map(str::trim).filter(|s| !s.is_empty()) {
        let sql = sqlx::AssertSqlSafe(stmt.to_owned());
        match db {
            Db::Pg(c) => sqlx::query(sql).execute(&mut *c).await.map(|_| ())?,
            Db::Lite(c) => sqlx::query(sql).execute(&mut *c).await.map(|_| ())?,
        }
    }
    Ok(())
}

async fn exec(db: &mut Db, stmt: &'static str) -> Result<()> {
    match db {
        Db::Pg(c) => sqlx::query(stmt).execute(&mut *c).await.map(|_| ())?,
        Db::Lite(c) => sqlx::query(stmt).execute(&mut *c).await.map(|_| ())?,
    }
    Ok(())
}

/// One value of a row to load.
#[derive(Debug, Clone)]
enum V {
    I(i64),
    T(String),
    Null,
}

fn opt(v: Option<i64>) -> V {
    v.map_or(V::Null, V::I)
}

fn flag(b: bool) -> V {
    V::I(i64::from(b))
}

fn kind_code(k: SchemeKind) -> &'static str {
    k.as_str()
}

pub fn currency_code(c: Country) -> &'static str {
    match c {
        Country::Fr => "EUR",
        Country::Pl => "PLN",
    }
}

fn text_of(t: &passerelle_domain::scheme::LocalText) -> String {
    [t.fr.as_str(), t.pl.as_str(), t.en.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes rows: `COPY` on PostgreSQL, multi-row `INSERT`s in one
/// transaction on SQLite.
async fn load_rows(
    db: &mut Db,
    table: &'static str,
    columns: &'static [&'static str],
    rows: impl Iterator<Item = Vec<V>>,
) -> Result<u64> {
    match db {
        Db::Pg(c) => {
            let stmt = format!("COPY {table} ({}) FROM STDIN", columns.join(", "));
            let mut copy = c.copy_in_raw(&stmt).await?;
            let mut buf = String::with_capacity(1 << 20);
            for row in rows {
                for (k, v) in row.iter().enumerate() {
                    if k > 0 {
                        buf.push('\t');
                    }
                    match v {
                        V::I(i) => buf.push_str(&i.to_string()),
                        V::Null => buf.push_str("\\N"),
                        V::T(s) => {
                            for ch in s.chars() {
                                match ch {
                                    '\\' => buf.push_str("\\\\"),
                                    '\t' => buf.push_str("\\t"),
                                    '\n' => buf.push_str("\\n"),
                                    '\r' => buf.push_str("\\r"),
                                    _ => buf.push(ch),
                                }
                            }
                        }
                    }
                }
                buf.push('\n');
                if buf.len() > (1 << 20) {
                    copy.send(buf.as_bytes()).await?;
                    buf.clear();
                }
            }
            if !buf.is_empty() {
                copy.send(buf.as_bytes()).await?;
            }
            Ok(copy.finish().await?)
        }
        Db::Lite(c) => {
            let per_stmt = (30_000 / columns.len()).min(500);
            let row_sql = format!("({})", vec!["?"; columns.len()].join(","));
            let sql_for = |n: usize| {
                format!(
                    "INSERT INTO {table} ({}) VALUES {}",
                    columns.join(", "),
                    vec![row_sql.as_str(); n].join(",")
                )
            };
            let full = sql_for(per_stmt);
            let mut tx = c.begin().await?;
            let mut batch: Vec<Vec<V>> = Vec::with_capacity(per_stmt);
            let mut n = 0u64;
            let mut rows = rows.peekable();
            while rows.peek().is_some() {
                batch.clear();
                batch.extend(rows.by_ref().take(per_stmt));
                let sql = if batch.len() == per_stmt {
                    full.clone()
                } else {
                    sql_for(batch.len())
                };
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for row in &batch {
                    for v in row {
                        q = match v {
                            V::I(i) => q.bind(*i),
                            V::T(s) => q.bind(s.clone()),
                            V::Null => q.bind(None::<i64>),
                        };
                    }
                }
                n += q.execute(&mut *tx).await?.rows_affected();
            }
            tx.commit().await?;
            Ok(n)
        }
    }
}

/// Creates the tables, loads everything, builds the indexes and gathers
/// planner statistics.
pub async fn load(db: &mut Db, world: &World, specs: &[Spec], orgs: &[Org]) -> Result<()> {
    exec_script(
        db,
        match db {
            Db::Pg(_) => PG_TABLES,
            Db::Lite(_) => LITE_TABLES,
        },
    )
    .await?;
    let recs = world.index.records();
    load_rows(
        db,
        "territory_ancestor",
        &["place", "ancestor"],
        recs.iter().enumerate().flat_map(|(i, r)| {
            std::iter::once(vec![V::I(i as i64), V::I(i as i64)]).chain(
                world
                    .index
                    .ancestors(&r.id)
                    .into_iter()
                    .filter_map(|a| world.sql_id.get(&a.id))
                    .map(move |&a| vec![V::I(i as i64), V::I(a)]),
            )
        }),
    )
    .await?;
    load_rows(
        db,
        "scheme",
        &[
            "id",
            "slug",
            "kind",
            "currency",
            "everywhere",
            "sse_required",
            "categories",
            "public_or_sse",
            "theme_mask",
            "themes_required",
            "max_grant_minor",
            "min_expenses_minor",
            "min_expenses_incl",
            "services_min",
            "cofunder_kinds",
            "consortium",
            "lead_required",
            "members_min",
            "members_max",
            "title",
            "summary",
            "description",
        ],
        specs.iter().enumerate().map(|(i, s)| {
            let cons = s.consortium;
            vec![
                V::I(i as i64),
                V::T(format!("s-{i}")),
                V::T(kind_code(s.kind).to_owned()),
                V::T(currency_code(s.country).to_owned()),
                flag(s.perimeter.is_empty()),
                flag(s.sse_required),
                V::I(s.category_mask()),
                flag(s.public_or_sse),
                V::I(s.theme_mask()),
                flag(s.themes_required),
                opt(s.max_grant),
                opt(s.min_expenses.map(|(m, _)| m)),
                flag(matches!(s.min_expenses, Some((_, Vat::Incl)))),
                opt(s.services_min.map(i64::from)),
                V::I(s.cofunder_mask()),
                flag(cons.is_some()),
                flag(cons.is_some_and(|c| c.0)),
                opt(cons.and_then(|c| c.1).map(i64::from)),
                opt(cons.and_then(|c| c.2).map(i64::from)),
                V::T(text_of(&s.title)),
                V::T(text_of(&s.summary)),
                V::T(text_of(&s.description)),
            ]
        }),
    )
    .await?;
    load_rows(
        db,
        "scheme_perimeter",
        &["scheme_id", "territory_id"],
        specs.iter().enumerate().flat_map(|(i, s)| {
            s.perimeter
                .iter()
                .map(move |&t| vec![V::I(i as i64), V::I(t as i64)])
        }),
    )
    .await?;
    load_rows(
        db,
        "scheme_window",
        &["scheme_id", "opens", "closes"],
        specs.iter().enumerate().flat_map(|(i, s)| {
            s.window_intervals()
                .into_iter()
                .map(move |(o, c)| vec![V::I(i as i64), V::I(o), V::I(c)])
        }),
    )
    .await?;
    load_rows(
        db,
        "organisation",
        &[
            "id",
            "place",
            "category",
            "form",
            "sse_by_status",
            "ess",
            "is_public",
        ],
        orgs.iter().enumerate().map(|(i, o)| {
            vec![
                V::I(i as i64),
                opt(o.seat.map(|s| world.seat_sql_id(s as usize))),
                V::I(1i64 << (o.form.category as u32)),
                V::T(format!("{}:{}", o.form.country, o.form.code)),
                flag(o.form.sse_by_status),
                opt(o.ess.map(i64::from)),
                flag(o.is_public()),
            ]
        }),
    )
    .await?;
    for ix in INDEXES {
        exec(db, ix).await?;
    }
    match db {
        Db::Pg(_) => {
            exec(db, PG_TEXT_INDEX).await?;
            exec(db, "VACUUM ANALYZE").await?;
        }
        Db::Lite(_) => {
            for s in LITE_TEXT_INDEX {
                exec(db, s).await?;
            }
            exec(db, "ANALYZE").await?;
        }
    }
    Ok(())
}

/// Asks (a) for one question; returns the scheme ids.
pub async fn ask_a(db: &mut Db, world: &World, orgs: &[Org], ask: &Ask) -> Result<Vec<i64>> {
    let o = &orgs[ask.org];
    let p = &ask.project;
    let place = o.seat.map_or(-1, |s| world.seat_sql_id(s as usize));
    let theme_mask = crate::generate::mask(p.themes.iter().flatten().map(|t| *t as u32));
    let cofunders = crate::generate::mask(p.cofunders.iter().flatten().map(|k| *k as u32));
    let (members, lead) = p
        .consortium
        .map_or((1, false), |c| (i64::from(c.members), c.lead_partner));
    let requested = p.requested.map_or(0, |m| m.minor);
    let expenses = p.expenses.map_or(0, |(m, _)| m.minor);
    let services = p.services.as_ref().map_or(0, Vec::len) as i64;
    macro_rules! binds {
        ($q:expr) => {
            $q.bind(place)
                .bind(ask.at.as_millisecond())
                .bind(i64::from(o.sse_possible()))
                .bind(1i64 << (o.form.category as u32))
                .bind(i64::from(o.is_public()))
                .bind(theme_mask)
                .bind(currency_code(o.country))
                .bind(requested)
                .bind(expenses)
                .bind(services)
                .bind(cofunders)
                .bind(members)
                .bind(i64::from(lead))
        };
    }
    match db {
        Db::Pg(c) => {
            let rows = binds!(sqlx::query(ASK_A)).fetch_all(&mut *c).await?;
            rows.iter().map(|r| Ok(r.try_get::<i64, _>(0)?)).collect()
        }
        Db::Lite(c) => {
            let rows = binds!(sqlx::query(ASK_A)).fetch_all(&mut *c).await?;
            rows.iter().map(|r| Ok(r.try_get::<i64, _>(0)?)).collect()
        }
    }
}

/// Asks (b) for one scheme; returns the organisation ids.
pub async fn ask_b(db: &mut Db, scheme: usize, everywhere: bool) -> Result<Vec<i64>> {
    let sql = if everywhere {
        ASK_B_EVERYWHERE
    } else {
        ASK_B_PERIMETER
    };
    let id = scheme as i64;
    match db {
        Db::Pg(c) => {
            let rows = sqlx::query(sql).bind(id).fetch_all(&mut *c).await?;
            rows.iter().map(|r| Ok(r.try_get::<i64, _>(0)?)).collect()
        }
        Db::Lite(c) => {
            let rows = sqlx::query(sql).bind(id).fetch_all(&mut *c).await?;
            rows.iter().map(|r| Ok(r.try_get::<i64, _>(0)?)).collect()
        }
    }
}

/// FTS5 query: every word quoted (implicit AND).
fn fts5_query(text: &str) -> String {
    text.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Asks (c); returns the total and the ids of the first page.
pub async fn ask_c(db: &mut Db, world: &World, ask: &TextAsk) -> Result<(usize, Vec<i64>)> {
    let place = world.seat_sql_id(ask.seat);
    let theme = 1i64 << (ask.theme as u32);
    let rows = match db {
        Db::Pg(c) => {
            let rows = sqlx::query(PG_ASK_C)
                .bind(place)
                .bind(ask.text.clone())
                .bind(theme)
                .fetch_all(&mut *c)
                .await?;
            rows.iter()
                .map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?)))
                .collect::<Result<Vec<_>>>()?
        }
        Db::Lite(c) => {
            let rows = sqlx::query(LITE_ASK_C)
                .bind(place)
                .bind(fts5_query(&ask.text))
                .bind(theme)
                .fetch_all(&mut *c)
                .await?;
            rows.iter()
                .map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?)))
                .collect::<Result<Vec<_>>>()?
        }
    };
    let total = rows.first().map_or(0, |r| r.1 as usize);
    Ok((total, rows.into_iter().map(|r| r.0).collect()))
}

/// Closes the connection.
pub async fn close(db: Db) -> Result<()> {
    match db {
        Db::Pg(c) => c.close().await?,
        Db::Lite(c) => c.close().await?,
    }
    Ok(())
}
