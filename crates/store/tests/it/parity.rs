//! The two migration trees build the same schema: tables, columns, nullability, column types
//! and applied versions.

use std::collections::BTreeMap;

use passerelle_store::{Db, on_exec};

use crate::common::{TestDb, TestResult, pg_admin_url};

/// A column as both engines can describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Column {
    nullable: bool,
    /// Lower-case type name, with the few engine spellings mapped to one.
    ty: String,
}

/// table → column → description.
type Schema = BTreeMap<String, BTreeMap<String, Column>>;

fn normalise_type(ty: &str) -> String {
    let ty = ty.trim().to_ascii_lowercase();
    match ty.as_str() {
        "int8" => "bigint".into(),
        "bool" => "boolean".into(),
        "blob" => "bytea".into(),
        "character varying" | "varchar" => "text".into(),
        _ => ty,
    }
}

const SQLITE_TABLES: &str = "SELECT name FROM sqlite_master WHERE type = 'table' \
     AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '_sqlx_migrations' ORDER BY name";
const SQLITE_COLUMNS: &str = "SELECT name, type, \"notnull\", pk FROM pragma_table_info($1)";
const PG_COLUMNS: &str = "SELECT c.table_name::text, c.column_name::text, c.is_nullable::text, \
     c.data_type::text FROM information_schema.columns c \
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' \
     AND c.table_name <> '_sqlx_migrations'";
const VERSIONS: &str =
    "SELECT version, description FROM _sqlx_migrations WHERE success ORDER BY version";

async fn sqlite_schema(t: &TestDb) -> Result<Schema, Box<dyn std::error::Error>> {
    let Db::Sqlite(pool) = &t.db else {
        panic!("expected an SQLite database")
    };
    let tables: Vec<String> = sqlx::query_scalar(SQLITE_TABLES).fetch_all(pool).await?;
    let mut schema = Schema::new();
    for table in tables {
        let cols: Vec<(String, String, i64, i64)> = sqlx::query_as(SQLITE_COLUMNS)
            .bind(&table)
            .fetch_all(pool)
            .await?;
        let cols = cols
            .into_iter()
            .map(|(name, ty, notnull, _pk)| {
                // SQLite lets a non-INTEGER primary-key column hold NULL unless it is declared
                // NOT NULL (PostgreSQL never does), so only `notnull` counts: a key column left
                // without NOT NULL shows up as a nullability difference.
                let col = Column {
                    nullable: notnull == 0,
                    ty: normalise_type(&ty),
                };
                (name, col)
            })
            .collect();
        schema.insert(table, cols);
    }
    Ok(schema)
}

async fn pg_schema(t: &TestDb) -> Result<Schema, Box<dyn std::error::Error>> {
    let Db::Postgres(pool) = &t.db else {
        panic!("expected a PostgreSQL database")
    };
    let rows: Vec<(String, String, String, String)> =
        sqlx::query_as(PG_COLUMNS).fetch_all(pool).await?;
    let mut schema = Schema::new();
    for (table, column, is_nullable, ty) in rows {
        schema.entry(table).or_default().insert(
            column,
            Column {
                nullable: is_nullable == "YES",
                ty: normalise_type(&ty),
            },
        );
    }
    Ok(schema)
}

async fn versions(t: &TestDb) -> Result<Vec<(i64, String)>, Box<dyn std::error::Error>> {
    let mut c = t.conn().await;
    Ok(on_exec!(&mut c, |c| sqlx::query_as::<_, (i64, String)>(
        VERSIONS
    )
    .fetch_all(c)
    .await)?)
}

/// Every difference between the two schemas, one per line.
fn differences(sqlite: &Schema, pg: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    for table in sqlite.keys().filter(|t| !pg.contains_key(*t)) {
        out.push(format!("table {table}: only in SQLite"));
    }
    for table in pg.keys().filter(|t| !sqlite.contains_key(*t)) {
        out.push(format!("table {table}: only in PostgreSQL"));
    }
    for (table, s_cols) in sqlite {
        let Some(p_cols) = pg.get(table) else {
            continue;
        };
        for (col, s) in s_cols {
            match p_cols.get(col) {
                None => out.push(format!("column {table}.{col}: only in SQLite")),
                Some(p) if p.nullable != s.nullable => out.push(format!(
                    "column {table}.{col}: nullable {} on SQLite, {} on PostgreSQL",
                    s.nullable, p.nullable
                )),
                Some(p) if p.ty != s.ty => out.push(format!(
                    "column {table}.{col}: type {} on SQLite, {} on PostgreSQL",
                    s.ty, p.ty
                )),
                Some(_) => {}
            }
        }
        for col in p_cols.keys().filter(|c| !s_cols.contains_key(*c)) {
            out.push(format!("column {table}.{col}: only in PostgreSQL"));
        }
    }
    out
}

#[tokio::test]
async fn migration_trees_are_in_parity() -> TestResult {
    let lite = TestDb::sqlite().await;
    let s_schema = sqlite_schema(&lite).await?;
    let s_versions = versions(&lite).await?;

    // The SQLite side on its own: migrations applied, tables with columns, keys NOT NULL.
    assert!(!s_versions.is_empty(), "no migration applied on SQLite");
    assert!(
        s_schema.len() >= 10,
        "suspiciously few SQLite tables: {:?}",
        s_schema.keys()
    );
    for (table, cols) in &s_schema {
        assert!(!cols.is_empty(), "SQLite table {table} has no column");
    }
    assert!(!s_schema["app_user"]["id"].nullable);
    assert!(s_schema["app_user"]["email_confirmed_at"].nullable);
    assert!(!s_schema["organisation_identifier"]["kind"].nullable);

    let Some(admin) = pg_admin_url() else {
        println!("migration parity: PostgreSQL skipped (PASSERELLE_TEST_DATABASE_URL unset)");
        return Ok(());
    };
    let pg = TestDb::postgres(&admin, "").await;
    let p_schema = pg_schema(&pg).await?;
    let p_versions = versions(&pg).await?;

    let diffs = differences(&s_schema, &p_schema);
    assert!(
        diffs.is_empty(),
        "migration trees differ:\n  {}",
        diffs.join("\n  ")
    );
    assert_eq!(s_schema, p_schema);
    assert_eq!(
        s_versions, p_versions,
        "applied migration versions differ (SQLite left, PostgreSQL right)"
    );
    println!(
        "migration parity: {} tables, {} columns, versions {:?} identical on SQLite and PostgreSQL",
        s_schema.len(),
        s_schema.values().map(BTreeMap::len).sum::<usize>(),
        s_versions.iter().map(|(v, _)| v).collect::<Vec<_>>()
    );
    Ok(())
}

#[test]
fn differences_are_reported() {
    let col = |nullable, ty: &str| Column {
        nullable,
        ty: ty.into(),
    };
    let mut a = Schema::new();
    a.entry("t".into())
        .or_default()
        .insert("id".into(), col(false, "text"));
    a.entry("t".into())
        .or_default()
        .insert("n".into(), col(true, "bigint"));
    a.entry("only_a".into())
        .or_default()
        .insert("x".into(), col(false, "text"));
    let mut b = Schema::new();
    b.entry("t".into())
        .or_default()
        .insert("id".into(), col(true, "text"));
    b.entry("t".into())
        .or_default()
        .insert("m".into(), col(true, "bigint"));
    let d = differences(&a, &b);
    assert_eq!(
        d,
        [
            "table only_a: only in SQLite",
            "column t.id: nullable false on SQLite, true on PostgreSQL",
            "column t.n: only in SQLite",
            "column t.m: only in PostgreSQL",
        ]
    );
    assert!(differences(&a, &a).is_empty());
    assert_eq!(normalise_type("BIGINT"), "bigint");
    assert_eq!(normalise_type("int8"), "bigint");
}
