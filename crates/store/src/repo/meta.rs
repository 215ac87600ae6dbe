//! Key/value facts about the loaded reference data (e.g. which territory state is loaded).

use crate::{AsExec, StoreResult, on_exec};

const UPSERT: &str = "INSERT INTO reference_meta (key, value, updated_at) VALUES ($1, $2, $3) \
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
const GET: &str = "SELECT value FROM reference_meta WHERE key = $1";

/// Set `key` to `value`.
#[tracing::instrument(skip_all)]
pub async fn set(e: &mut impl AsExec, key: &str, value: &str, now_ms: i64) -> StoreResult<()> {
    on_exec!(e, |c| sqlx::query(UPSERT)
        .bind(key)
        .bind(value)
        .bind(now_ms)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The value of `key`, if set.
#[tracing::instrument(skip_all)]
pub async fn get(e: &mut impl AsExec, key: &str) -> StoreResult<Option<String>> {
    Ok(on_exec!(e, |c| sqlx::query_scalar::<_, String>(GET)
        .bind(key)
        .fetch_optional(c)
        .await)?)
}
