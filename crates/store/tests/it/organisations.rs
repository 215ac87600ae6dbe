//! Organisations: profile, identifiers (unique across organisations), members, invitations.

use passerelle_store::StoreError;
use passerelle_store::repo::organisations::{self, IdentifierRow, InvitationRow, OrganisationRow};
use passerelle_store::repo::{territories, users};

use crate::common::{TestDb, TestResult, new_id, now_ms, organisation, territory, user};

fn ids(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn invitation(
    org_id: &str,
    email: &str,
    token: &str,
    created_at: i64,
    expires_at: i64,
) -> InvitationRow {
    InvitationRow {
        id: new_id(),
        organisation_id: org_id.to_owned(),
        email: email.to_owned(),
        role: "member".to_owned(),
        token_hash: token.to_owned(),
        invited_by: None,
        created_at,
        expires_at,
        accepted_at: None,
    }
}

fn ids_of(v: &[InvitationRow]) -> Vec<&str> {
    v.iter().map(|i| i.id.as_str()).collect()
}

#[tokio::test]
async fn organisation_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    territories::upsert_all(&mut c, &[territory("fr:commune:92050", "Nanterre", &[])]).await?;
    let owner = user("owner@example.org");
    let helper = user("helper@example.org");
    users::insert(&mut c, &owner).await?;
    users::insert(&mut c, &helper).await?;

    // Profile.
    let acme = OrganisationRow {
        legal_form: Some("9220".into()),
        commune_id: Some("fr:commune:92050".into()),
        created_by: Some(owner.id.clone()),
        address: "1 rue de la Paix".into(),
        postcode: "92000".into(),
        website: "https://acme.example.org".into(),
        description: "Ressourcerie".into(),
        ..organisation("Acme Réemploi")
    };
    let bravo = organisation("Bravo Coop");
    organisations::insert(&mut c, &acme).await?;
    organisations::insert(&mut c, &bravo).await?;
    let got = organisations::find(&mut c, &acme.id).await?.expect("acme");
    assert_eq!(got.legal_name, "Acme Réemploi");
    assert_eq!(got.legal_form.as_deref(), Some("9220"));
    assert_eq!(got.commune_id.as_deref(), Some("fr:commune:92050"));
    assert_eq!(got.created_by.as_deref(), Some(owner.id.as_str()));
    assert_eq!(got.address, "1 rue de la Paix");
    assert!(got.sse_member);
    assert_eq!(got.created_at, acme.created_at);
    assert!(organisations::find(&mut c, &new_id()).await?.is_none());

    let renamed = OrganisationRow {
        legal_name: "Acme Réemploi SCIC".into(),
        legal_form: None,
        sse_member: false,
        updated_at: acme.updated_at + 1,
        ..acme.clone()
    };
    organisations::update(&mut c, &renamed).await?;
    let got = organisations::find(&mut c, &acme.id).await?.expect("acme");
    assert_eq!(got.legal_name, "Acme Réemploi SCIC");
    assert_eq!(got.legal_form, None);
    assert!(!got.sse_member);
    assert_eq!(got.updated_at, acme.updated_at + 1);
    assert_eq!(got.created_by.as_deref(), Some(owner.id.as_str()));
    let err = organisations::update(&mut c, &organisation("Nobody"))
        .await
        .expect_err("update of a missing organisation");
    assert!(matches!(err, StoreError::NotFound), "{err:?}");

    let page = organisations::list(&mut c, 10, 0).await?;
    assert_eq!(
        page.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        [acme.id.as_str(), bravo.id.as_str()]
    );
    let page = organisations::list(&mut c, 1, 1).await?;
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].id, bravo.id);

    // Identifiers: set, replace, and unique (kind, value) across organisations.
    organisations::set_identifiers(
        &mut c,
        &acme.id,
        &ids(&[("siret", "12345678900012"), ("siren", "123456789")]),
    )
    .await?;
    assert_eq!(
        organisations::identifiers(&mut c, &acme.id).await?,
        [
            IdentifierRow {
                organisation_id: acme.id.clone(),
                kind: "siren".into(),
                value: "123456789".into(),
            },
            IdentifierRow {
                organisation_id: acme.id.clone(),
                kind: "siret".into(),
                value: "12345678900012".into(),
            },
        ]
    );
    assert_eq!(
        organisations::find_by_identifier(&mut c, "siren", "123456789").await?,
        Some(acme.id.clone())
    );
    organisations::set_identifiers(&mut c, &acme.id, &ids(&[("rna", "W922000001")])).await?;
    let now_ids = organisations::identifiers(&mut c, &acme.id).await?;
    assert_eq!(now_ids.len(), 1);
    assert_eq!(
        (now_ids[0].kind.as_str(), now_ids[0].value.as_str()),
        ("rna", "W922000001")
    );
    assert_eq!(
        organisations::find_by_identifier(&mut c, "siren", "123456789").await?,
        None,
        "replaced identifiers are gone"
    );

    let err = organisations::set_identifiers(&mut c, &bravo.id, &ids(&[("rna", "W922000001")]))
        .await
        .expect_err("identifier held by another organisation");
    assert!(
        matches!(err, StoreError::Conflict { .. }),
        "expected Conflict, got {err:?}"
    );
    assert!(err.is_conflict_on("organisation_identifier"), "{err:?}");
    assert!(!err.is_conflict_on("email"), "{err:?}");
    assert!(
        organisations::identifiers(&mut c, &bravo.id)
            .await?
            .is_empty()
    );
    // The same value under another kind, and a released value, are fine.
    organisations::set_identifiers(
        &mut c,
        &bravo.id,
        &ids(&[("siren", "W922000001"), ("siret", "12345678900012")]),
    )
    .await?;
    assert_eq!(
        organisations::identifiers(&mut c, &bravo.id).await?.len(),
        2
    );
    assert_eq!(
        organisations::find_by_identifier(&mut c, "rna", "W922000001").await?,
        Some(acme.id.clone())
    );

    // Members.
    organisations::add_member(&mut c, &acme.id, &owner.id, "owner", 10).await?;
    organisations::add_member(&mut c, &acme.id, &helper.id, "member", 20).await?;
    organisations::add_member(&mut c, &acme.id, &helper.id, "manager", 30).await?;
    let members = organisations::members(&mut c, &acme.id).await?;
    assert_eq!(
        members
            .iter()
            .map(|m| (
                m.user_id.as_str(),
                m.email.as_str(),
                m.role.as_str(),
                m.created_at
            ))
            .collect::<Vec<_>>(),
        [
            (owner.id.as_str(), "owner@example.org", "owner", 10),
            (helper.id.as_str(), "helper@example.org", "manager", 20),
        ],
        "role changed in place, membership date kept"
    );
    assert_eq!(members[0].name, owner.name);
    assert_eq!(
        organisations::role_of(&mut c, &acme.id, &helper.id)
            .await?
            .as_deref(),
        Some("manager")
    );
    assert_eq!(
        organisations::role_of(&mut c, &bravo.id, &helper.id).await?,
        None
    );
    assert!(organisations::members(&mut c, &bravo.id).await?.is_empty());
    let mine = organisations::list_for_user(&mut c, &owner.id).await?;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].id, acme.id);

    // Invitations.
    let now = now_ms();
    let expired = invitation(
        &acme.id,
        "late@example.org",
        "tok-expired",
        now - 3_000,
        now - 1,
    );
    let due_now = invitation(&acme.id, "edge@example.org", "tok-edge", now - 2_500, now);
    let pending = InvitationRow {
        invited_by: Some(owner.id.clone()),
        role: "manager".into(),
        ..invitation(
            &acme.id,
            "new@example.org",
            "tok-pending",
            now - 2_000,
            now + 86_400_000,
        )
    };
    let accepted = invitation(
        &acme.id,
        "yes@example.org",
        "tok-accepted",
        now - 1_000,
        now + 86_400_000,
    );
    let elsewhere = invitation(
        &bravo.id,
        "b@example.org",
        "tok-bravo",
        now - 500,
        now + 86_400_000,
    );
    for i in [&expired, &due_now, &pending, &accepted, &elsewhere] {
        organisations::insert_invitation(&mut c, i).await?;
    }
    let got = organisations::invitation_by_token(&mut c, "tok-pending")
        .await?
        .expect("by token");
    assert_eq!(got.id, pending.id);
    assert_eq!(got.email, "new@example.org");
    assert_eq!(got.role, "manager");
    assert_eq!(got.invited_by.as_deref(), Some(owner.id.as_str()));
    assert_eq!(got.expires_at, now + 86_400_000);
    assert_eq!(got.accepted_at, None);
    assert!(
        organisations::invitation_by_token(&mut c, "tok-unknown")
            .await?
            .is_none()
    );

    assert_eq!(
        ids_of(&organisations::pending_invitations(&mut c, &acme.id, now).await?),
        [pending.id.as_str(), accepted.id.as_str()],
        "expired (and due-now) invitations are not pending"
    );
    assert!(organisations::accept_invitation(&mut c, &accepted.id, now + 1).await?);
    assert!(
        !organisations::accept_invitation(&mut c, &accepted.id, now + 2).await?,
        "accepted only once"
    );
    assert!(!organisations::accept_invitation(&mut c, &new_id(), now).await?);
    let got = organisations::invitation_by_token(&mut c, "tok-accepted")
        .await?
        .expect("accepted invitation");
    assert_eq!(got.accepted_at, Some(now + 1));
    assert_eq!(
        ids_of(&organisations::pending_invitations(&mut c, &acme.id, now + 3).await?),
        [pending.id.as_str()]
    );
    assert_eq!(
        ids_of(&organisations::pending_invitations(&mut c, &bravo.id, now).await?),
        [elsewhere.id.as_str()]
    );

    let err = organisations::insert_invitation(
        &mut c,
        &invitation(&bravo.id, "dup@example.org", "tok-pending", now, now + 1),
    )
    .await
    .expect_err("token hash reused");
    assert!(err.is_conflict_on("organisation_invitation"), "{err:?}");
    Ok(())
}
