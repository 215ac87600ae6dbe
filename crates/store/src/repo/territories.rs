//! Reference territories (FR, PL, NUTS) and their parent links (a DAG).

use crate::{AsExec, StoreResult, on_exec};

/// A territory row plus its direct parents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerritoryData {
    /// `fr:commune:92050`, …
    pub id: String,
    /// `fr:commune`, …
    pub kind: String,
    /// Bare code.
    pub code: String,
    /// Official name.
    pub name: String,
    /// Population when known.
    pub population: Option<i64>,
    /// Direct parents' ids.
    pub parents: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    kind: String,
    code: String,
    name: String,
    population: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct Link {
    child_id: String,
    parent_id: String,
}

const ALL: &str = "SELECT id, kind, code, name, population FROM territory ORDER BY id";
const LINKS: &str = "SELECT child_id, parent_id FROM territory_parent ORDER BY child_id, parent_id";
const COUNT: &str = "SELECT COUNT(*) FROM territory";
const EXISTS: &str = "SELECT COUNT(*) FROM territory WHERE id = $1";
const DELETE_LINKS: &str = "DELETE FROM territory_parent";

/// Rows per multi-row INSERT: 6 columns x 500 stays far below both engines' bind limits.
const CHUNK: usize = 500;

/// Load every territory with its parents.
#[tracing::instrument(skip_all)]
pub async fn load_all(e: &mut impl AsExec) -> StoreResult<Vec<TerritoryData>> {
    let rows = on_exec!(e, |c| sqlx::query_as::<_, Row>(ALL).fetch_all(c).await)?;
    let links = on_exec!(e, |c| sqlx::query_as::<_, Link>(LINKS).fetch_all(c).await)?;
    let mut rows = rows;
    // Byte order, the same on every engine and collation.
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out: Vec<TerritoryData> = rows
        .into_iter()
        .map(|r| TerritoryData {
            id: r.id,
            kind: r.kind,
            code: r.code,
            name: r.name,
            population: r.population,
            parents: Vec::new(),
        })
        .collect();
    // Attach by id, not by walking both sorted lists: the database's collation decides
    // ORDER BY, and it need not agree with Rust's byte order.
    let pos: std::collections::HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.clone(), i))
        .collect();
    for l in links {
        if let Some(&i) = pos.get(&l.child_id) {
            out[i].parents.push(l.parent_id);
        }
    }
    for t in &mut out {
        t.parents.sort();
    }
    Ok(out)
}

/// How many territories are loaded.
#[tracing::instrument(skip_all)]
pub async fn count(e: &mut impl AsExec) -> StoreResult<i64> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(COUNT)
        .fetch_one(c)
        .await)?)
}

/// Whether a territory id exists.
#[tracing::instrument(skip_all)]
pub async fn exists(e: &mut impl AsExec, id: &str) -> StoreResult<bool> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, i64>(EXISTS)
        .bind(id)
        .fetch_one(c)
        .await)?
        > 0)
}

fn placeholders(rows: usize, cols: usize) -> String {
    let mut s = String::new();
    for r in 0..rows {
        if r > 0 {
            s.push_str(", ");
        }
        s.push('(');
        for c in 0..cols {
            if c > 0 {
                s.push_str(", ");
            }
            s.push_str(&format!("${}", r * cols + c + 1));
        }
        s.push(')');
    }
    s
}

/// Insert or update every territory, then replace all parent links. Territories no longer in
/// the list are kept (organisations may point at them); run inside one transaction.
#[tracing::instrument(skip_all)]
pub async fn upsert_all(e: &mut impl AsExec, data: &[TerritoryData]) -> StoreResult<()> {
    for chunk in data.chunks(CHUNK) {
        // The SQL text is built only from generated placeholders; every value is bound.
        let sql = format!(
            "INSERT INTO territory (id, kind, code, name, population) VALUES {} \
             ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, code = excluded.code, \
             name = excluded.name, population = excluded.population",
            placeholders(chunk.len(), 5)
        );
        on_exec!(e, |c| {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
            for t in chunk {
                q = q
                    .bind(&t.id)
                    .bind(&t.kind)
                    .bind(&t.code)
                    .bind(&t.name)
                    .bind(t.population);
            }
            q.execute(c).await.map(|r| r.rows_affected())
        })?;
    }
    on_exec!(e, |c| sqlx::query(DELETE_LINKS)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    let links: Vec<(&str, &str)> = data
        .iter()
        .flat_map(|t| t.parents.iter().map(move |p| (t.id.as_str(), p.as_str())))
        .collect();
    for chunk in links.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO territory_parent (child_id, parent_id) VALUES {}",
            placeholders(chunk.len(), 2)
        );
        on_exec!(e, |c| {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
            for (child, parent) in chunk {
                q = q.bind(*child).bind(*parent);
            }
            q.execute(c).await.map(|r| r.rows_affected())
        })?;
    }
    Ok(())
}
