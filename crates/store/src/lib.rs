//! Storage for Passerelle: one repository interface over SQLite (embedded default) and
//! PostgreSQL (production), with sqlx.
//!
//! Every query is written once, in SQL that both engines accept (`$N` placeholders,
//! `ON CONFLICT`, `RETURNING`, no engine-specific functions), and expanded once per driver by
//! [`on_exec!`]. Instants are stored as epoch milliseconds (`BIGINT`) and ids as text; see
//! `docs/DB.md` for the rules.

mod db;
mod error;
pub mod repo;

pub use db::{AsExec, Conn, Db, DbOptions, Engine, Exec, Tx};
pub use error::StoreError;

/// Result of a store operation.
pub type StoreResult<T> = Result<T, StoreError>;
