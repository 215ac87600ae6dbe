use thiserror::Error;

/// What can go wrong in the store, in terms the application layer can act on.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The row asked for does not exist.
    #[error("not found")]
    NotFound,
    /// A uniqueness or foreign-key constraint refused the write; `constraint` names it
    /// (PostgreSQL's constraint name, or SQLite's `table.column` list).
    #[error("conflict on {constraint}")]
    Conflict {
        /// The constraint that refused the write.
        constraint: String,
    },
    /// Anything else from the database driver.
    #[error("database error: {0}")]
    Backend(#[source] sqlx::Error),
    /// Migrations could not be applied.
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(d) if d.is_unique_violation() || d.is_foreign_key_violation() => {
                let constraint = d
                    .constraint()
                    .map(str::to_owned)
                    .unwrap_or_else(|| d.message().rsplit(": ").next().unwrap_or("").to_owned());
                StoreError::Conflict { constraint }
            }
            _ => StoreError::Backend(e),
        }
    }
}

impl StoreError {
    /// True when the error is a uniqueness conflict on a constraint whose name or columns
    /// contain `needle` (works on both engines: `organisation_identifier` matches PostgreSQL's
    /// `organisation_identifier_value_key` and SQLite's `organisation_identifier.kind, ...`).
    pub fn is_conflict_on(&self, needle: &str) -> bool {
        matches!(self, StoreError::Conflict { constraint } if constraint.contains(needle))
    }
}
