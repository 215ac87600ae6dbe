//! Review: reviewers and conflicts, settings with optimistic concurrency, assignments that keep
//! officers' pins across re-runs, reviews saved from their version, the committee locked once,
//! decisions and letters.

use passerelle_store::repo::applications::{self as apps, ApplicationRow};
use passerelle_store::repo::review::{
    self as rv, AssignmentRow, CommitteeRow, ConflictRow, DecisionRow, LetterRow, ReviewRow,
    ReviewerRow, SettingsRow,
};
use passerelle_store::repo::schemes::{self, SchemeRow};
use passerelle_store::repo::{organisations, tenants, territories, users};

use crate::common::{TestDb, TestResult, new_id, organisation, tenant, territory, user};

const T0: i64 = 1_700_000_000_000;

#[tokio::test]
async fn review_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    territories::upsert_all(
        &mut c,
        &[territory("fr:departement:92", "Hauts-de-Seine", &[])],
    )
    .await?;
    let tn = tenants::upsert(
        &mut c,
        &tenant("hds", "Hauts-de-Seine", "fr:departement:92"),
    )
    .await?;
    let s = SchemeRow {
        id: new_id(),
        tenant_id: tn.clone(),
        slug: "progress".into(),
        status: "published".into(),
        version: 1,
        body: "{}".into(),
        created_at: T0,
        updated_at: T0,
        published_at: Some(T0),
    };
    schemes::insert(&mut c, &s).await?;
    let o = organisation("Asso");
    organisations::insert(&mut c, &o).await?;
    let (r1, r2) = (user("r1@example.org"), user("r2@example.org"));
    users::insert(&mut c, &r1).await?;
    users::insert(&mut c, &r2).await?;
    apps::insert_form(&mut c, &s.id, "{}", None, T0).await?;
    let mut ids = vec![];
    for _ in 0..2 {
        let a = ApplicationRow {
            id: new_id(),
            scheme_id: s.id.clone(),
            form_version: 1,
            organisation_id: o.id.clone(),
            state: "submitted".into(),
            title: String::new(),
            created_by: None,
            created_at: T0,
            updated_at: T0,
            submitted_at: Some(T0),
            reference: None,
            frozen: None,
            frozen_sha256: None,
            eligibility: None,
            eligibility_detail: None,
        };
        apps::insert(&mut c, &a).await?;
        ids.push(a.id);
    }

    // Reviewers and conflicts.
    let mut rev = ReviewerRow {
        tenant_id: tn.clone(),
        user_id: r1.id.clone(),
        external: false,
        expertise: r#"["solidarity-finance"]"#.into(),
        languages: r#"["fr"]"#.into(),
        territories: "[]".into(),
        capacity: 10,
        active: true,
        updated_at: T0,
    };
    rv::upsert_reviewer(&mut c, &rev).await?;
    rev.capacity = 5;
    rv::upsert_reviewer(&mut c, &rev).await?;
    assert_eq!(rv::reviewers(&mut c, &tn).await?, vec![rev.clone()]);
    let conflict = ConflictRow {
        id: new_id(),
        tenant_id: tn.clone(),
        user_id: r2.id.clone(),
        organisation_id: Some(o.id.clone()),
        application_id: None,
        reason: "Administratrice de l'association".into(),
        declared_at: T0,
    };
    rv::insert_conflict(&mut c, &conflict).await?;
    assert_eq!(rv::conflicts(&mut c, &tn).await?, vec![conflict.clone()]);
    assert!(
        !rv::delete_conflict(&mut c, &conflict.id, &r1.id).await?,
        "only its author withdraws it"
    );

    // Settings: created once, then saved from their version only.
    let mut st = SettingsRow {
        scheme_id: s.id.clone(),
        grid: "{}".into(),
        reviewers_per_application: 3,
        min_per_reviewer: 0,
        max_per_reviewer: 10,
        alternates: 2,
        partial_funding: true,
        version: 1,
        updated_by: None,
        updated_at: T0,
    };
    assert!(rv::save_settings(&mut c, &st, 0).await?);
    assert!(!rv::save_settings(&mut c, &st, 0).await?);
    st.reviewers_per_application = 2;
    assert!(rv::save_settings(&mut c, &st, 1).await?);
    assert!(!rv::save_settings(&mut c, &st, 1).await?);
    assert_eq!(
        rv::settings(&mut c, &s.id)
            .await?
            .map(|x| (x.version, x.reviewers_per_application)),
        Some((2, 2))
    );

    // Assignments: a re-run forgets the solver's pairs, keeps pins and declines.
    let pair = |app: &str, u: &str, status: &str, pin: Option<&str>| AssignmentRow {
        application_id: app.into(),
        user_id: u.into(),
        status: status.into(),
        rank: 0,
        pin: pin.map(str::to_owned),
        affinity: 500,
        updated_at: T0,
    };
    rv::upsert_assignment(&mut c, &pair(&ids[0], &r1.id, "assigned", None)).await?;
    rv::upsert_assignment(&mut c, &pair(&ids[1], &r1.id, "assigned", Some("forced"))).await?;
    rv::upsert_assignment(&mut c, &pair(&ids[0], &r2.id, "declined", None)).await?;
    assert_eq!(rv::assignments(&mut c, &s.id).await?.len(), 3);
    assert_eq!(rv::assignments_of_user(&mut c, &r1.id).await?.len(), 2);
    assert_eq!(rv::clear_unpinned(&mut c, &s.id).await?, 1);
    let left: Vec<(String, String)> = rv::assignments(&mut c, &s.id)
        .await?
        .into_iter()
        .map(|a| (a.status, a.pin.unwrap_or_default()))
        .collect();
    assert_eq!(left.len(), 2);
    assert!(
        left.contains(&("assigned".into(), "forced".into()))
            && left.contains(&("declined".into(), String::new()))
    );
    assert!(rv::assignment(&mut c, &ids[1], &r1.id).await?.is_some());
    rv::delete_assignment(&mut c, &ids[1], &r1.id).await?;
    assert!(rv::assignment(&mut c, &ids[1], &r1.id).await?.is_none());

    // Reviews are saved from their version.
    let mut review = ReviewRow {
        application_id: ids[0].clone(),
        user_id: r1.id.clone(),
        marks: "{}".into(),
        score: None,
        submitted_at: None,
        version: 1,
        updated_at: T0,
    };
    assert_eq!(rv::save_review(&mut c, &review, 0).await?, Some(1));
    assert_eq!(rv::save_review(&mut c, &review, 0).await?, None);
    review.score = Some(7_500);
    review.submitted_at = Some(T0 + 1);
    assert_eq!(rv::save_review(&mut c, &review, 1).await?, Some(2));
    assert_eq!(
        rv::review(&mut c, &ids[0], &r1.id)
            .await?
            .and_then(|r| r.score),
        Some(7_500)
    );
    assert_eq!(rv::reviews(&mut c, &s.id).await?.len(), 1);

    // The committee: inputs saved from their version, then locked once.
    let k = CommitteeRow {
        scheme_id: s.id.clone(),
        envelope_minor: 10_000_000,
        cap_minor: Some(1_500_000),
        quotas: "[]".into(),
        objective: "score_weighted_value".into(),
        closed_at: None,
        closed_by: None,
        version: 1,
        updated_at: T0,
    };
    assert!(rv::save_committee(&mut c, &k, 0).await?);
    assert!(rv::save_committee(&mut c, &k, 1).await?);
    assert!(rv::close_committee(&mut c, &s.id, 2, Some(&r1.id), T0 + 5).await?);
    assert!(
        !rv::close_committee(&mut c, &s.id, 3, Some(&r1.id), T0 + 6).await?,
        "closed once"
    );
    assert!(
        !rv::save_committee(&mut c, &k, 3).await?,
        "a closed committee's inputs stay"
    );
    assert_eq!(
        rv::committee(&mut c, &s.id)
            .await?
            .and_then(|k| k.closed_at),
        Some(T0 + 5)
    );

    // Decisions and letters.
    let d = DecisionRow {
        application_id: ids[0].clone(),
        scheme_id: s.id.clone(),
        amount_minor: 1_200_000,
        minimum_minor: Some(800_000),
        note: String::new(),
        decided: true,
        decided_by: Some(r1.id.clone()),
        decided_at: T0,
    };
    rv::upsert_decision(&mut c, &d).await?;
    rv::upsert_decision(
        &mut c,
        &DecisionRow {
            amount_minor: 1_000_000,
            ..d.clone()
        },
    )
    .await?;
    assert_eq!(
        rv::decisions(&mut c, &s.id).await?[0].amount_minor,
        1_000_000
    );
    // A minimum set before the amount is decided, then forgotten.
    rv::upsert_decision(
        &mut c,
        &DecisionRow {
            application_id: ids[1].clone(),
            amount_minor: 0,
            decided: false,
            ..d.clone()
        },
    )
    .await?;
    let all = rv::decisions(&mut c, &s.id).await?;
    assert_eq!(all.iter().filter(|x| x.decided).count(), 1);
    rv::delete_decision(&mut c, &ids[1]).await?;
    assert_eq!(rv::decisions(&mut c, &s.id).await?.len(), 1);
    let l = LetterRow {
        scheme_id: s.id.clone(),
        outcome: "funded".into(),
        locale: "fr".into(),
        subject: "Votre projet est retenu".into(),
        body: "…".into(),
        updated_by: None,
        updated_at: T0,
    };
    rv::save_letter(&mut c, &l).await?;
    rv::save_letter(
        &mut c,
        &LetterRow {
            subject: "Retenu".into(),
            ..l.clone()
        },
    )
    .await?;
    assert_eq!(rv::letters(&mut c, &s.id).await?[0].subject, "Retenu");
    Ok(())
}
