//! Accounts: insert, look-ups, unique e-mail, confirmation, password, locale, admin flag.

use passerelle_store::StoreError;
use passerelle_store::repo::users;

use crate::common::{TestDb, TestResult, new_id, user};

#[tokio::test]
async fn user_account_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;

    let alice = user("alice@example.org");
    users::insert(&mut c, &alice).await?;

    let by_email = users::find_by_email(&mut c, "alice@example.org")
        .await?
        .expect("found by e-mail");
    assert_eq!(by_email.id, alice.id);
    assert_eq!(by_email.name, alice.name);
    assert_eq!(by_email.password_hash, alice.password_hash);
    assert_eq!(by_email.locale, "fr");
    assert!(!by_email.platform_admin);
    assert_eq!(by_email.email_confirmed_at, None);
    assert_eq!(by_email.created_at, alice.created_at);

    let by_id = users::find_by_id(&mut c, &alice.id)
        .await?
        .expect("found by id");
    assert_eq!(by_id.email, "alice@example.org");
    assert!(
        users::find_by_email(&mut c, "bob@example.org")
            .await?
            .is_none()
    );
    assert!(users::find_by_id(&mut c, &new_id()).await?.is_none());

    // The same e-mail under another id is refused, and says so on both engines.
    let twin = passerelle_store::repo::users::UserRow {
        id: new_id(),
        name: "Another Alice".into(),
        ..alice.clone()
    };
    let err = users::insert(&mut c, &twin)
        .await
        .expect_err("duplicate e-mail");
    assert!(
        matches!(err, StoreError::Conflict { .. }),
        "expected Conflict, got {err:?}"
    );
    assert!(
        err.is_conflict_on("email"),
        "conflict should name the e-mail: {err:?}"
    );
    assert!(!err.is_conflict_on("organisation_identifier"));
    // The failed insert left nothing behind and the connection is still usable.
    assert!(users::find_by_id(&mut c, &twin.id).await?.is_none());

    // The same id under another e-mail is a conflict too (primary key).
    let same_id = passerelle_store::repo::users::UserRow {
        email: "other@example.org".into(),
        ..alice.clone()
    };
    let err = users::insert(&mut c, &same_id)
        .await
        .expect_err("duplicate id");
    assert!(
        matches!(err, StoreError::Conflict { .. }),
        "expected Conflict, got {err:?}"
    );
    assert!(!err.is_conflict_on("email"), "{err:?}");

    // Confirmation is idempotent: the first instant stays.
    users::confirm_email(&mut c, &alice.id, 1_700_000_000_001).await?;
    users::confirm_email(&mut c, &alice.id, 1_700_000_999_999).await?;
    let u = users::find_by_id(&mut c, &alice.id).await?.expect("alice");
    assert_eq!(u.email_confirmed_at, Some(1_700_000_000_001));

    users::set_password(&mut c, &alice.id, "$argon2id$new").await?;
    users::set_locale(&mut c, &alice.id, "pl").await?;
    users::set_platform_admin(&mut c, &alice.id, true).await?;
    let u = users::find_by_email(&mut c, "alice@example.org")
        .await?
        .expect("alice");
    assert_eq!(u.password_hash, "$argon2id$new");
    assert_eq!(u.locale, "pl");
    assert!(u.platform_admin);
    assert_eq!(u.name, alice.name, "other fields untouched");

    users::set_platform_admin(&mut c, &alice.id, false).await?;
    assert!(
        !users::find_by_id(&mut c, &alice.id)
            .await?
            .expect("alice")
            .platform_admin
    );

    // Updates of an unknown id touch nothing and do not fail.
    users::set_locale(&mut c, &new_id(), "en").await?;
    users::confirm_email(&mut c, &new_id(), 1).await?;
    Ok(())
}
