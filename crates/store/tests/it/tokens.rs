//! Single-use e-mail tokens: peek, take once, expiry, purpose, invalidation.

use passerelle_store::StoreError;
use passerelle_store::repo::{tokens, users};

use crate::common::{TestDb, TestResult, new_id, user};

const T0: i64 = 1_700_000_000_000;

#[tokio::test]
async fn token_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    let u = user("tokens@example.org");
    users::insert(&mut c, &u).await?;

    tokens::insert(&mut c, "h-confirm", &u.id, "confirm", T0 + 10_000, T0).await?;

    // Peek does not consume, and is scoped to the purpose.
    for _ in 0..2 {
        assert_eq!(
            tokens::peek(&mut c, "h-confirm", "confirm", T0 + 1).await?,
            Some(u.id.clone())
        );
    }
    assert_eq!(
        tokens::peek(&mut c, "h-confirm", "reset", T0 + 1).await?,
        None
    );
    assert_eq!(
        tokens::take(&mut c, "h-confirm", "reset", T0 + 1).await?,
        None
    );
    assert_eq!(
        tokens::take(&mut c, "unknown", "confirm", T0 + 1).await?,
        None
    );

    // Take works exactly once.
    assert_eq!(
        tokens::take(&mut c, "h-confirm", "confirm", T0 + 2).await?,
        Some(u.id.clone())
    );
    assert_eq!(
        tokens::take(&mut c, "h-confirm", "confirm", T0 + 3).await?,
        None
    );
    assert_eq!(
        tokens::peek(&mut c, "h-confirm", "confirm", T0 + 3).await?,
        None
    );

    // An expired token is neither peeked nor taken (valid strictly before expires_at), and the
    // refused attempt does not burn it for an earlier clock.
    tokens::insert(&mut c, "h-short", &u.id, "confirm", T0 + 5_000, T0).await?;
    assert_eq!(
        tokens::peek(&mut c, "h-short", "confirm", T0 + 5_000).await?,
        None
    );
    assert_eq!(
        tokens::take(&mut c, "h-short", "confirm", T0 + 5_000).await?,
        None
    );
    assert_eq!(
        tokens::take(&mut c, "h-short", "confirm", T0 + 60_000).await?,
        None
    );
    assert_eq!(
        tokens::take(&mut c, "h-short", "confirm", T0 + 4_999).await?,
        Some(u.id.clone())
    );

    // invalidate_all burns every unused token of that purpose for that user only.
    let other = user("other@example.org");
    users::insert(&mut c, &other).await?;
    tokens::insert(&mut c, "h-a", &u.id, "confirm", T0 + 99_000, T0).await?;
    tokens::insert(&mut c, "h-b", &u.id, "confirm", T0 + 99_000, T0).await?;
    tokens::insert(&mut c, "h-reset", &u.id, "reset", T0 + 99_000, T0).await?;
    tokens::insert(&mut c, "h-other", &other.id, "confirm", T0 + 99_000, T0).await?;
    tokens::invalidate_all(&mut c, &u.id, "confirm", T0 + 10).await?;
    assert_eq!(tokens::take(&mut c, "h-a", "confirm", T0 + 20).await?, None);
    assert_eq!(tokens::peek(&mut c, "h-b", "confirm", T0 + 20).await?, None);
    assert_eq!(
        tokens::take(&mut c, "h-reset", "reset", T0 + 20).await?,
        Some(u.id.clone())
    );
    assert_eq!(
        tokens::take(&mut c, "h-other", "confirm", T0 + 20).await?,
        Some(other.id.clone())
    );

    // The same hash twice is a conflict; a token of an unknown user is refused.
    let err = tokens::insert(&mut c, "h-a", &u.id, "confirm", T0 + 1, T0)
        .await
        .expect_err("duplicate token hash");
    assert!(err.is_conflict_on("user_token"), "{err:?}");
    let err = tokens::insert(&mut c, "h-orphan", &new_id(), "confirm", T0 + 1, T0)
        .await
        .expect_err("token of a missing user");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
    Ok(())
}
