//! `TestDb` (one fresh, migrated database per test) and row fixtures.

use std::path::PathBuf;

use passerelle_store::repo::organisations::OrganisationRow;
use passerelle_store::repo::programmes::ProgrammeRow;
use passerelle_store::repo::tenants::TenantRow;
use passerelle_store::repo::territories::TerritoryData;
use passerelle_store::repo::users::UserRow;
use passerelle_store::{Conn, Db, DbOptions, Engine};
use sqlx::Connection;

/// What every story returns: `?` on store calls, `assert!` for behaviour.
pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The environment variable selecting the engine.
pub const URL_VAR: &str = "PASSERELLE_TEST_DATABASE_URL";

/// The PostgreSQL admin URL when the environment selects PostgreSQL.
pub fn pg_admin_url() -> Option<String> {
    let url = std::env::var(URL_VAR).ok()?;
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Some(url)
    } else {
        assert!(
            url.trim().is_empty(),
            "{URL_VAR} must be unset or a postgres:// URL, got {url:?}"
        );
        None
    }
}

/// A migrated database of its own; deleted (SQLite) or dropped (PostgreSQL) with this value.
pub struct TestDb {
    pub db: Db,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(PathBuf),
    Postgres { admin_url: String, name: String },
}

fn opts() -> DbOptions {
    DbOptions {
        max_connections: 4,
        create_if_missing: true,
    }
}

/// `postgres://user@host:port/db?params` with the database replaced by `name`.
fn with_database(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (admin_url, None),
    };
    let authority = base.find("://").map_or(0, |i| i + 3);
    let path = base[authority..]
        .find('/')
        .map_or(base.len(), |i| i + authority);
    let mut url = format!("{}/{name}", &base[..path]);
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    url
}

async fn admin_exec(admin_url: &str, sql: String) -> Result<(), sqlx::Error> {
    let mut c = sqlx::PgConnection::connect(admin_url).await?;
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .execute(&mut c)
        .await?;
    c.close().await
}

impl TestDb {
    /// A fresh database on the engine the environment selects.
    pub async fn new() -> TestDb {
        match pg_admin_url() {
            Some(url) => TestDb::postgres(&url, "").await,
            None => TestDb::sqlite().await,
        }
    }

    /// Like [`TestDb::new`], but a PostgreSQL database is created with `create_options` appended
    /// to `CREATE DATABASE name` (e.g. a collation). SQLite ignores them.
    pub async fn new_with_pg_options(create_options: &str) -> TestDb {
        match pg_admin_url() {
            Some(url) => TestDb::postgres(&url, create_options).await,
            None => TestDb::sqlite().await,
        }
    }

    /// A migrated SQLite file in a temp directory of its own.
    pub async fn sqlite() -> TestDb {
        let dir = std::env::temp_dir().join(format!(
            "passerelle-store-it-{}",
            uuid::Uuid::new_v4().simple()
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        let url = format!("sqlite://{}/t.db", dir.display());
        let t = TestDb {
            db: Db::connect(&url, &opts()).await.expect("open SQLite"),
            cleanup: Cleanup::Sqlite(dir),
        };
        t.db.migrate().await.expect("migrate SQLite");
        t
    }

    /// A migrated PostgreSQL database `t_<uuid>` created through `admin_url`.
    pub async fn postgres(admin_url: &str, create_options: &str) -> TestDb {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        admin_exec(
            admin_url,
            format!("CREATE DATABASE {name} {create_options}"),
        )
        .await
        .expect("CREATE DATABASE");
        // From here on, Drop removes the database whatever happens.
        let cleanup = Cleanup::Postgres {
            admin_url: admin_url.to_owned(),
            name: name.clone(),
        };
        let db = match Db::connect(&with_database(admin_url, &name), &opts()).await {
            Ok(db) => db,
            Err(e) => {
                drop_pg_database(admin_url.to_owned(), name);
                panic!("connect to the test database: {e}");
            }
        };
        let t = TestDb { db, cleanup };
        t.db.migrate().await.expect("migrate PostgreSQL");
        t
    }

    /// A pooled (autocommit) connection.
    pub async fn conn(&self) -> Conn {
        self.db.conn().await.expect("acquire a connection")
    }

    pub fn engine(&self) -> Engine {
        self.db.engine()
    }
}

/// Drop a test database from a thread of its own, with its own runtime: `Drop` runs inside the
/// test's runtime, which must not be blocked on.
fn drop_pg_database(admin_url: String, name: String) {
    let outcome = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(admin_exec(
            &admin_url,
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        ))
        .map_err(|e| format!("{name}: {e}"))
    })
    .join();
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => eprintln!("warning: could not drop test database {e}"),
        Err(_) => eprintln!("warning: the thread dropping a test database panicked"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Sqlite(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Postgres { admin_url, name } => {
                // WITH (FORCE) ends the pool's sessions; the pool itself is dropped right after.
                drop_pg_database(admin_url.clone(), name.clone());
            }
        }
    }
}

/// A new opaque id.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Current epoch milliseconds (above 2^32, as in production).
pub fn now_ms() -> i64 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970");
    i64::try_from(d.as_millis()).expect("fits i64")
}

pub fn user(email: &str) -> UserRow {
    UserRow {
        id: new_id(),
        email: email.to_owned(),
        name: format!("User {email}"),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_owned(),
        locale: "fr".to_owned(),
        platform_admin: false,
        email_confirmed_at: None,
        created_at: now_ms(),
        sessions_valid_after: 0,
    }
}

pub fn territory(id: &str, name: &str, parents: &[&str]) -> TerritoryData {
    let (kind, code) = id.rsplit_once(':').expect("kind:code id");
    TerritoryData {
        id: id.to_owned(),
        kind: kind.to_owned(),
        code: code.to_owned(),
        name: name.to_owned(),
        population: None,
        parents: parents.iter().map(|p| (*p).to_owned()).collect(),
    }
}

pub fn tenant(slug: &str, name: &str, territory_id: &str) -> TenantRow {
    TenantRow {
        id: new_id(),
        slug: slug.to_owned(),
        name: name.to_owned(),
        country: "FR".to_owned(),
        territory_id: territory_id.to_owned(),
        legal_form: "7230".to_owned(),
        website: format!("https://{slug}.example.org"),
        created_at: now_ms(),
    }
}

pub fn programme(tenant_id: &str, slug: &str, opens_on: Option<&str>) -> ProgrammeRow {
    ProgrammeRow {
        id: new_id(),
        tenant_id: tenant_id.to_owned(),
        slug: slug.to_owned(),
        kind: "call_for_projects".to_owned(),
        status: "open".to_owned(),
        opens_on: opens_on.map(str::to_owned),
        closes_at: opens_on.map(|d| format!("{d}T12:00:00")),
        time_zone: "Europe/Paris".to_owned(),
        envelope_minor: 50_000_000,
        max_award_minor: 2_000_000,
        currency: "EUR".to_owned(),
        themes: "circular_economy,mobility".to_owned(),
        source: "test".to_owned(),
        created_at: now_ms(),
    }
}

pub fn organisation(legal_name: &str) -> OrganisationRow {
    let now = now_ms();
    OrganisationRow {
        id: new_id(),
        legal_name: legal_name.to_owned(),
        country: "FR".to_owned(),
        legal_form: None,
        legal_category: "association".to_owned(),
        sse_basis: "by_status".to_owned(),
        sse_member: true,
        commune_id: None,
        address: String::new(),
        postcode: String::new(),
        website: String::new(),
        description: String::new(),
        created_by: None,
        created_at: now,
        updated_at: now,
    }
}
