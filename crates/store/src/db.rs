use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool, Transaction};

use crate::StoreResult;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// Pool settings.
#[derive(Debug, Clone)]
pub struct DbOptions {
    /// Maximum connections in the pool.
    pub max_connections: u32,
    /// Create the SQLite file when missing.
    pub create_if_missing: bool,
}

impl Default for DbOptions {
    fn default() -> Self {
        Self {
            max_connections: 10,
            create_if_missing: true,
        }
    }
}

/// A connection pool on one of the two engines.
#[derive(Debug, Clone)]
pub enum Db {
    /// SQLite pool (WAL, foreign keys, `synchronous=FULL`).
    Sqlite(SqlitePool),
    /// PostgreSQL pool.
    Postgres(PgPool),
}

/// A borrowed connection of either engine: what every repository function runs on.
pub enum Exec<'c> {
    /// SQLite connection.
    Sqlite(&'c mut SqliteConnection),
    /// PostgreSQL connection.
    Postgres(&'c mut PgConnection),
}

/// Anything a repository function can run a query on: a pooled connection or a transaction.
pub trait AsExec: Send {
    /// Borrow the underlying connection.
    fn exec(&mut self) -> Exec<'_>;
}

/// A connection taken from the pool (autocommit).
pub enum Conn {
    /// SQLite.
    Sqlite(PoolConnection<Sqlite>),
    /// PostgreSQL.
    Postgres(PoolConnection<Postgres>),
}

/// An open transaction; dropped without [`Tx::commit`] it rolls back.
pub enum Tx {
    /// SQLite.
    Sqlite(Transaction<'static, Sqlite>),
    /// PostgreSQL.
    Postgres(Transaction<'static, Postgres>),
}

impl AsExec for Conn {
    fn exec(&mut self) -> Exec<'_> {
        match self {
            Conn::Sqlite(c) => Exec::Sqlite(c),
            Conn::Postgres(c) => Exec::Postgres(c),
        }
    }
}

impl AsExec for Tx {
    fn exec(&mut self) -> Exec<'_> {
        match self {
            Tx::Sqlite(c) => Exec::Sqlite(c),
            Tx::Postgres(c) => Exec::Postgres(c),
        }
    }
}

impl Tx {
    /// Commit; the write is durable when this returns (SQLite runs with `synchronous=FULL`).
    pub async fn commit(self) -> StoreResult<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

/// Runs the same expression once per engine: `on_exec!(conn, |c| sqlx::query(Q).execute(c).await.map(|r| r.rows_affected()))`.
/// The body is type-checked against both drivers, so one SQL text serves both.
#[macro_export]
macro_rules! on_exec {
    ($e:expr, |$c:ident| $body:expr) => {
        match $crate::AsExec::exec($e) {
            $crate::Exec::Sqlite($c) => $body,
            $crate::Exec::Postgres($c) => $body,
        }
    };
}

impl Db {
    /// Connect to `sqlite://path` or `postgres://…`.
    pub async fn connect(url: &str, opts: &DbOptions) -> StoreResult<Db> {
        if url.starts_with("sqlite:") {
            let o = SqliteConnectOptions::from_str(url)?
                .create_if_missing(opts.create_if_missing)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(opts.max_connections)
                .connect_with(o)
                .await?;
            Ok(Db::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let o = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(opts.max_connections)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(o)
                .await?;
            Ok(Db::Postgres(pool))
        } else {
            Err(crate::StoreError::Backend(sqlx::Error::Configuration(
                "database url must start with sqlite: or postgres:".into(),
            )))
        }
    }

    /// The engine behind this pool.
    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// Apply the pending migrations of this engine's migration tree.
    pub async fn migrate(&self) -> StoreResult<()> {
        match self {
            Db::Sqlite(p) => SQLITE_MIGRATIONS.run(p).await?,
            Db::Postgres(p) => POSTGRES_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    /// Take a connection from the pool.
    pub async fn conn(&self) -> StoreResult<Conn> {
        Ok(match self {
            Db::Sqlite(p) => Conn::Sqlite(p.acquire().await?),
            Db::Postgres(p) => Conn::Postgres(p.acquire().await?),
        })
    }

    /// Begin a transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`): a
    /// deferred transaction that reads and then writes can fail with "database is locked" when
    /// another writer got there first, and the busy timeout does not help it; an immediate one
    /// waits its turn instead, so concurrent submissions queue rather than fail.
    pub async fn begin(&self) -> StoreResult<Tx> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// A cheap round trip, for `/readyz`.
    pub async fn ping(&self) -> StoreResult<()> {
        let mut c = self.conn().await?;
        on_exec!(&mut c, |c| sqlx::query("SELECT 1")
            .execute(c)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Write a consistent copy of an SQLite database to `dest` (`VACUUM INTO`), safe while the
    /// server runs. Refused on PostgreSQL, whose backups are `pg_dump`'s job.
    pub async fn backup_sqlite_to(&self, dest: &std::path::Path) -> StoreResult<()> {
        match self {
            Db::Sqlite(p) => {
                let path = dest.to_string_lossy().replace('\'', "''");
                let sql = format!("VACUUM INTO '{path}'");
                sqlx::query(sqlx::AssertSqlSafe(sql)).execute(p).await?;
                Ok(())
            }
            Db::Postgres(_) => Err(crate::StoreError::Backend(sqlx::Error::Configuration(
                "backup of PostgreSQL is done with pg_dump".into(),
            ))),
        }
    }

    /// Close the pool, waiting for connections to be returned.
    pub async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Postgres(p) => p.close().await,
        }
    }
}
