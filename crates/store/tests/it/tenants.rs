//! Tenants: upsert by slug, list, add_member idempotent, roles_of_user.

use passerelle_store::StoreError;
use passerelle_store::repo::{tenants, territories, users};

use crate::common::{TestDb, TestResult, new_id, tenant, territory, user};

#[tokio::test]
async fn tenant_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    territories::upsert_all(
        &mut c,
        &[
            territory("fr:region:11", "Île-de-France", &[]),
            territory("fr:region:84", "Auvergne-Rhône-Alpes", &[]),
        ],
    )
    .await?;

    let first = tenant("idf", "Region IdF", "fr:region:11");
    let id = tenants::upsert(&mut c, &first).await?;
    assert_eq!(id, first.id, "a new slug keeps the given id");

    // Same slug, other id: the stored id comes back and the fields are updated.
    let again = passerelle_store::repo::tenants::TenantRow {
        id: new_id(),
        name: "Région Île-de-France".into(),
        website: "https://www.iledefrance.fr".into(),
        ..first.clone()
    };
    assert_eq!(tenants::upsert(&mut c, &again).await?, first.id);
    let stored = tenants::find_by_slug(&mut c, "idf")
        .await?
        .expect("tenant by slug");
    assert_eq!(stored.id, first.id);
    assert_eq!(stored.name, "Région Île-de-France");
    assert_eq!(stored.website, "https://www.iledefrance.fr");
    assert_eq!(stored.created_at, first.created_at, "creation instant kept");
    assert!(tenants::find_by_slug(&mut c, "nope").await?.is_none());

    let aura = tenant("aura", "Auvergne Rhone Alpes", "fr:region:84");
    let aura_id = tenants::upsert(&mut c, &aura).await?;
    let all = tenants::list(&mut c).await?;
    assert_eq!(
        all.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>(),
        ["aura", "idf"],
        "ordered by name"
    );

    let u = user("staff@example.org");
    let other = user("nobody@example.org");
    users::insert(&mut c, &u).await?;
    users::insert(&mut c, &other).await?;
    tenants::add_member(&mut c, &first.id, &u.id, "officer", 1).await?;
    tenants::add_member(&mut c, &first.id, &u.id, "officer", 2).await?; // idempotent
    let roles = tenants::roles_of_user(&mut c, &u.id).await?;
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0].tenant_id, first.id);
    assert_eq!(roles[0].slug, "idf");
    assert_eq!(roles[0].name, "Région Île-de-France");
    assert_eq!(roles[0].role, "officer");

    tenants::add_member(&mut c, &first.id, &u.id, "admin", 3).await?;
    tenants::add_member(&mut c, &aura_id, &u.id, "reviewer", 4).await?;
    let roles = tenants::roles_of_user(&mut c, &u.id).await?;
    assert_eq!(
        roles
            .iter()
            .map(|r| (r.slug.as_str(), r.role.as_str()))
            .collect::<Vec<_>>(),
        [("aura", "reviewer"), ("idf", "admin"), ("idf", "officer")],
        "by tenant name, then role"
    );
    assert!(tenants::roles_of_user(&mut c, &other.id).await?.is_empty());

    // A role in a missing tenant, or a tenant on a missing territory, is refused.
    let err = tenants::add_member(&mut c, &new_id(), &u.id, "admin", 5)
        .await
        .expect_err("member of a missing tenant");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
    let err = tenants::upsert(&mut c, &tenant("ghost", "Ghost", "fr:region:99"))
        .await
        .expect_err("tenant on a missing territory");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
    assert_eq!(tenants::list(&mut c).await?.len(), 2);
    Ok(())
}
