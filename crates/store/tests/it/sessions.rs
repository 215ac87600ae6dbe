//! Web sessions: create, duplicate id, save (upsert), expiry, delete, delete_expired.

use passerelle_store::StoreError;
use passerelle_store::repo::sessions;

use crate::common::{TestDb, TestResult};

const NOW: i64 = 1_750_000_000; // seconds

#[tokio::test]
async fn session_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;

    sessions::create(&mut c, "s1", r#"{"user":"a"}"#, NOW + 100).await?;
    let err = sessions::create(&mut c, "s1", r#"{"user":"b"}"#, NOW + 200)
        .await
        .expect_err("duplicate session id");
    assert!(
        matches!(err, StoreError::Conflict { .. }),
        "expected Conflict, got {err:?}"
    );
    assert!(err.is_conflict_on("web_session"), "{err:?}");

    // The refused create changed nothing; load honours expiry (valid strictly before it).
    assert_eq!(
        sessions::load(&mut c, "s1", NOW).await?.as_deref(),
        Some(r#"{"user":"a"}"#)
    );
    assert_eq!(
        sessions::load(&mut c, "s1", NOW + 99).await?.as_deref(),
        Some(r#"{"user":"a"}"#)
    );
    assert_eq!(sessions::load(&mut c, "s1", NOW + 100).await?, None);
    assert_eq!(sessions::load(&mut c, "missing", NOW).await?, None);

    // save replaces data and expiry of an existing id, and inserts a new one.
    sessions::save(&mut c, "s1", r#"{"user":"a","n":2}"#, NOW + 500).await?;
    assert_eq!(
        sessions::load(&mut c, "s1", NOW + 300).await?.as_deref(),
        Some(r#"{"user":"a","n":2}"#)
    );
    sessions::save(&mut c, "s2", "{}", NOW + 10).await?;
    assert_eq!(
        sessions::load(&mut c, "s2", NOW).await?.as_deref(),
        Some("{}")
    );

    sessions::delete(&mut c, "s1").await?;
    assert_eq!(sessions::load(&mut c, "s1", NOW).await?, None);
    sessions::delete(&mut c, "s1").await?; // deleting a missing id is not an error

    // delete_expired removes those with expiry <= now and counts them.
    sessions::create(&mut c, "s3", "{}", NOW + 20).await?;
    sessions::create(&mut c, "s4", "{}", NOW + 21).await?;
    sessions::create(&mut c, "s5", "{}", NOW + 1_000).await?;
    assert_eq!(sessions::delete_expired(&mut c, NOW + 20).await?, 2); // s2, s3
    assert_eq!(sessions::delete_expired(&mut c, NOW + 20).await?, 0);
    assert_eq!(sessions::load(&mut c, "s3", NOW).await?, None);
    assert_eq!(
        sessions::load(&mut c, "s4", NOW + 20).await?.as_deref(),
        Some("{}")
    );
    assert_eq!(sessions::delete_expired(&mut c, NOW + 999).await?, 1); // s4
    assert_eq!(
        sessions::load(&mut c, "s5", NOW + 999).await?.as_deref(),
        Some("{}")
    );
    // A deleted-by-expiry id can be created again.
    sessions::create(&mut c, "s3", "{\"again\":true}", NOW + 50).await?;
    assert_eq!(
        sessions::load(&mut c, "s3", NOW).await?.as_deref(),
        Some("{\"again\":true}")
    );
    Ok(())
}
