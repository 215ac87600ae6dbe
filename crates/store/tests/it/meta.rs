//! Reference metadata: set/get upsert.

use passerelle_store::on_exec;
use passerelle_store::repo::meta;

use crate::common::{TestDb, TestResult};

#[tokio::test]
async fn meta_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;

    assert_eq!(meta::get(&mut c, "territories.version").await?, None);
    meta::set(&mut c, "territories.version", "cog-2025", 1_700_000_000_000).await?;
    assert_eq!(
        meta::get(&mut c, "territories.version").await?.as_deref(),
        Some("cog-2025")
    );
    meta::set(&mut c, "territories.version", "cog-2026", 1_800_000_000_000).await?;
    meta::set(&mut c, "territories.sha256", "ab12", 1_800_000_000_000).await?;
    assert_eq!(
        meta::get(&mut c, "territories.version").await?.as_deref(),
        Some("cog-2026")
    );
    assert_eq!(
        meta::get(&mut c, "territories.sha256").await?.as_deref(),
        Some("ab12")
    );
    meta::set(&mut c, "empty", "", 0).await?;
    assert_eq!(meta::get(&mut c, "empty").await?.as_deref(), Some(""));
    assert_eq!(meta::get(&mut c, "TERRITORIES.VERSION").await?, None);

    // The upsert rewrote the row in place (one row per key) and moved updated_at.
    let rows = on_exec!(&mut c, |c| sqlx::query_as::<_, (String, i64)>(
        "SELECT key, updated_at FROM reference_meta ORDER BY key"
    )
    .fetch_all(c)
    .await)?;
    assert_eq!(rows.len(), 3);
    assert!(rows.contains(&("territories.version".into(), 1_800_000_000_000)));
    Ok(())
}
