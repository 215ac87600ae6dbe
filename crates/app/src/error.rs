use passerelle_store::StoreError;
use thiserror::Error;

/// One invalid field: `code` is a stable snake_case id that is also a Fluent message id
/// (prefixed `error-` in the catalogues).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// Form field / JSON property name.
    pub field: String,
    /// Stable error code.
    pub code: String,
}

impl FieldError {
    /// A field error.
    pub fn new(field: impl Into<String>, code: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            code: code.into(),
        }
    }
}

/// What a use case can answer besides success. Every user-facing variant has a stable
/// [`AppError::code`], rendered in the reader's language by the web layer.
#[derive(Debug, Error)]
pub enum AppError {
    /// No such object (or the actor may not know it exists).
    #[error("not found")]
    NotFound,
    /// Sign-in required.
    #[error("authentication required")]
    Unauthenticated,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Input refused; nothing was changed.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// The request itself is malformed (unknown codes, territories…); the
    /// fields say which. Nothing was changed.
    #[error("bad request")]
    BadRequest(Vec<FieldError>),
    /// The request conflicts with the current state (code names why).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Too many attempts; try later.
    #[error("too many attempts")]
    RateLimited,
    /// A bug or an outage; logged, never shown in detail.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Result of a use case.
pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// Stable snake_case code of the error (also the Fluent id suffix).
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthenticated => "unauthenticated",
            AppError::Forbidden => "forbidden",
            AppError::Invalid(_) => "invalid_input",
            AppError::BadRequest(_) => "bad_request",
            AppError::Conflict(c) => c,
            AppError::RateLimited => "rate_limited",
            AppError::Internal(_) => "internal",
        }
    }

    /// Shorthand for a single invalid field.
    pub fn field(field: &str, code: &str) -> AppError {
        AppError::Invalid(vec![FieldError::new(field, code)])
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            other => AppError::Internal(anyhow::Error::new(other)),
        }
    }
}
