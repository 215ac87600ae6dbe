//! Cross-cutting behaviour: transactions, wide integers and NULLs, foreign keys.

use passerelle_store::repo::organisations::{self, InvitationRow, OrganisationRow};
use passerelle_store::repo::programmes::{self, ProgrammeRow};
use passerelle_store::repo::{meta, sessions, tenants, territories, tokens, users};
use passerelle_store::{StoreError, on_exec};

use crate::common::{TestDb, TestResult, new_id, organisation, programme, tenant, territory, user};

#[tokio::test]
async fn transaction_dropped_without_commit_leaves_nothing() -> TestResult {
    let t = TestDb::new().await;
    let u = user("ghost@example.org");
    {
        let mut tx = t.db.begin().await?;
        users::insert(&mut tx, &u).await?;
        territories::upsert_all(&mut tx, &[territory("fr:region:11", "IdF", &[])]).await?;
        meta::set(&mut tx, "k", "v", 1).await?;
        // Visible inside the transaction…
        assert!(users::find_by_id(&mut tx, &u.id).await?.is_some());
        assert_eq!(territories::count(&mut tx).await?, 1);
        // …dropped here without commit.
    }
    let mut c = t.conn().await;
    assert!(users::find_by_id(&mut c, &u.id).await?.is_none());
    assert!(
        users::find_by_email(&mut c, "ghost@example.org")
            .await?
            .is_none()
    );
    assert_eq!(territories::count(&mut c).await?, 0);
    assert_eq!(meta::get(&mut c, "k").await?, None);

    // The same work committed is there, and the e-mail is free to take.
    let mut tx = t.db.begin().await?;
    users::insert(&mut tx, &u).await?;
    tx.commit().await?;
    assert_eq!(
        users::find_by_email(&mut c, "ghost@example.org")
            .await?
            .map(|u| u.id),
        Some(u.id.clone())
    );
    Ok(())
}

#[tokio::test]
async fn wide_integers_and_nulls_round_trip() -> TestResult {
    const BIG: i64 = 1 << 40; // above 2^32
    let t = TestDb::new().await;
    let mut c = t.conn().await;

    // Territory population: above 2^32, i64::MAX, and NULL.
    let mut big = territory("x:big:1", "Big", &[]);
    big.population = Some(BIG + 7);
    let mut max = territory("x:max:1", "Max", &[]);
    max.population = Some(i64::MAX);
    let none = territory("x:none:1", "None", &[]);
    territories::upsert_all(&mut c, &[big, max, none]).await?;
    let loaded = territories::load_all(&mut c).await?;
    assert_eq!(
        loaded.iter().map(|t| t.population).collect::<Vec<_>>(),
        [Some(BIG + 7), Some(i64::MAX), None]
    );

    // User: epoch-ms instants and a NULL confirmation.
    let mut u = user("wide@example.org");
    u.created_at = 4_102_444_800_000; // 2100-01-01
    users::insert(&mut c, &u).await?;
    let got = users::find_by_id(&mut c, &u.id).await?.expect("user");
    assert_eq!(got.created_at, 4_102_444_800_000);
    assert_eq!(got.email_confirmed_at, None);
    users::confirm_email(&mut c, &u.id, i64::MAX - 1).await?;
    assert_eq!(
        users::find_by_id(&mut c, &u.id)
            .await?
            .expect("user")
            .email_confirmed_at,
        Some(i64::MAX - 1)
    );

    // Programme: minor amounts above 2^32 (and negative), NULL dates.
    let tid = {
        let mut tx = t.db.begin().await?;
        let id = tenants::upsert(&mut tx, &tenant("t", "T", "x:big:1")).await?;
        tx.commit().await?;
        id
    };
    let p = ProgrammeRow {
        envelope_minor: 12_345_678_901_234,
        max_award_minor: -(BIG + 1),
        created_at: BIG,
        ..programme(&tid, "wide", None)
    };
    programmes::upsert(&mut c, &p).await?;
    let got = programmes::find(&mut c, &tid, "wide")
        .await?
        .expect("programme");
    assert_eq!(got.envelope_minor, 12_345_678_901_234);
    assert_eq!(got.max_award_minor, -(BIG + 1));
    assert_eq!(got.created_at, BIG);
    assert_eq!((got.opens_on, got.closes_at), (None, None));

    // Organisation: every optional column NULL, then set, then NULL again.
    let o = organisation("Nulls");
    organisations::insert(&mut c, &o).await?;
    let got = organisations::find(&mut c, &o.id)
        .await?
        .expect("organisation");
    assert_eq!(
        (got.legal_form, got.commune_id, got.created_by),
        (None, None, None)
    );
    let filled = OrganisationRow {
        legal_form: Some("5710".into()),
        commune_id: Some("x:none:1".into()),
        updated_at: BIG * 2,
        ..o.clone()
    };
    organisations::update(&mut c, &filled).await?;
    let got = organisations::find(&mut c, &o.id)
        .await?
        .expect("organisation");
    assert_eq!(got.legal_form.as_deref(), Some("5710"));
    assert_eq!(got.commune_id.as_deref(), Some("x:none:1"));
    assert_eq!(got.updated_at, BIG * 2);
    organisations::update(
        &mut c,
        &OrganisationRow {
            updated_at: BIG * 3,
            ..o.clone()
        },
    )
    .await?;
    let got = organisations::find(&mut c, &o.id)
        .await?
        .expect("organisation");
    assert_eq!((got.legal_form, got.commune_id), (None, None));

    // Invitation: NULL inviter and acceptance, wide instants.
    let inv = InvitationRow {
        id: new_id(),
        organisation_id: o.id.clone(),
        email: "i@example.org".into(),
        role: "member".into(),
        token_hash: "wide-token".into(),
        invited_by: None,
        created_at: BIG,
        expires_at: i64::MAX,
        accepted_at: None,
    };
    organisations::insert_invitation(&mut c, &inv).await?;
    let got = organisations::invitation_by_token(&mut c, "wide-token")
        .await?
        .expect("invitation");
    assert_eq!((got.invited_by, got.accepted_at), (None, None));
    assert_eq!((got.created_at, got.expires_at), (BIG, i64::MAX));
    assert_eq!(
        organisations::pending_invitations(&mut c, &o.id, BIG * 4)
            .await?
            .len(),
        1
    );

    // Tokens and sessions compare wide instants correctly.
    tokens::insert(&mut c, "wide", &u.id, "reset", BIG + 1, BIG).await?;
    assert_eq!(tokens::peek(&mut c, "wide", "reset", BIG + 1).await?, None);
    assert_eq!(
        tokens::take(&mut c, "wide", "reset", BIG).await?,
        Some(u.id.clone())
    );
    sessions::create(&mut c, "wide", "{}", BIG).await?;
    assert_eq!(
        sessions::load(&mut c, "wide", BIG - 1).await?.as_deref(),
        Some("{}")
    );
    assert_eq!(sessions::delete_expired(&mut c, BIG - 1).await?, 0);
    assert_eq!(sessions::delete_expired(&mut c, BIG).await?, 1);

    // Stored as 64-bit integers, not text or floats, on both engines.
    let stored = on_exec!(&mut c, |c| sqlx::query_scalar::<_, i64>(
        "SELECT envelope_minor FROM programme WHERE slug = 'wide'"
    )
    .fetch_one(c)
    .await)?;
    assert_eq!(stored, 12_345_678_901_234);
    Ok(())
}

#[tokio::test]
async fn foreign_key_violations_are_refused() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    let u = user("member@example.org");
    users::insert(&mut c, &u).await?;

    // A member of a missing organisation.
    let missing_org = new_id();
    let err = organisations::add_member(&mut c, &missing_org, &u.id, "owner", 1)
        .await
        .expect_err("member of a missing organisation");
    assert!(
        matches!(err, StoreError::Conflict { .. }),
        "expected Conflict, got {err:?}"
    );
    assert!(
        organisations::role_of(&mut c, &missing_org, &u.id)
            .await?
            .is_none()
    );
    assert!(
        organisations::list_for_user(&mut c, &u.id)
            .await?
            .is_empty()
    );

    // A missing user in an existing organisation, and a missing commune.
    let o = organisation("Real");
    organisations::insert(&mut c, &o).await?;
    let err = organisations::add_member(&mut c, &o.id, &new_id(), "owner", 1)
        .await
        .expect_err("missing user");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
    assert!(organisations::members(&mut c, &o.id).await?.is_empty());
    let err = organisations::insert(
        &mut c,
        &OrganisationRow {
            commune_id: Some("fr:commune:00000".into()),
            ..organisation("Nowhere")
        },
    )
    .await
    .expect_err("missing commune");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");

    // A parent link to a missing territory, inside a transaction: refused, nothing kept.
    let mut tx = t.db.begin().await?;
    let err = territories::upsert_all(
        &mut tx,
        &[territory(
            "fr:commune:1",
            "Orphan",
            &["fr:departement:missing"],
        )],
    )
    .await
    .expect_err("link to a missing parent");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
    drop(tx);
    assert_eq!(territories::count(&mut c).await?, 0);

    // Cascades: deleting the organisation removes its members (ON DELETE CASCADE).
    organisations::add_member(&mut c, &o.id, &u.id, "owner", 1).await?;
    on_exec!(&mut c, |c| sqlx::query(
        "DELETE FROM organisation WHERE id = $1"
    )
    .bind(&o.id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    assert!(
        organisations::list_for_user(&mut c, &u.id)
            .await?
            .is_empty()
    );
    Ok(())
}
