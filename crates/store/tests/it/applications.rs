//! Applications: form versions, drafts saved per section with optimistic concurrency, the
//! audit trail, receipt numbers and the one-way submission.

use passerelle_store::AsExec;
use passerelle_store::repo::applications::{
    self as apps, ApplicationRow, AttachmentRow, EditorRow, InvitationRow, MessageRow, NewEvent,
    SettingsRow, Submission,
};
use passerelle_store::repo::mail_queue::{self, QueuedMail};
use passerelle_store::repo::schemes::{self, SchemeRow};
use passerelle_store::repo::{organisations, tenants, territories, users};

use crate::common::{TestDb, TestResult, new_id, organisation, tenant, territory, user};

const T0: i64 = 1_700_000_000_000;

/// A tenant, a scheme, an organisation and a user; returns (scheme id, org id, user id).
async fn setup(
    c: &mut impl AsExec,
) -> Result<(String, String, String), Box<dyn std::error::Error>> {
    territories::upsert_all(c, &[territory("fr:region:28", "Normandie", &[])]).await?;
    let t = tenants::upsert(c, &tenant("normandie", "Normandie", "fr:region:28")).await?;
    let s = SchemeRow {
        id: new_id(),
        tenant_id: t,
        slug: "fabrique".into(),
        status: "published".into(),
        version: 1,
        body: "{}".into(),
        created_at: T0,
        updated_at: T0,
        published_at: Some(T0),
    };
    schemes::insert(c, &s).await?;
    let o = organisation("Bocage Numérique");
    organisations::insert(c, &o).await?;
    let u = user("porteur@example.org");
    users::insert(c, &u).await?;
    Ok((s.id, o.id, u.id))
}

fn draft(scheme_id: &str, org: &str, user: &str, form_version: i64) -> ApplicationRow {
    ApplicationRow {
        id: new_id(),
        scheme_id: scheme_id.into(),
        form_version,
        organisation_id: org.into(),
        state: "draft".into(),
        title: String::new(),
        created_by: Some(user.into()),
        created_at: T0,
        updated_at: T0,
        submitted_at: None,
        reference: None,
        frozen: None,
        frozen_sha256: None,
        eligibility: None,
        eligibility_detail: None,
    }
}

#[tokio::test]
async fn application_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    let (scheme, org, u) = setup(&mut c).await?;

    // Forms are versioned; an application keeps the version it started with.
    assert_eq!(apps::latest_form(&mut c, &scheme).await?, None);
    assert_eq!(
        apps::insert_form(&mut c, &scheme, r#"{"v":1}"#, Some(&u), T0).await?,
        1
    );
    let a = draft(&scheme, &org, &u, 1);
    apps::insert(&mut c, &a).await?;
    assert_eq!(
        apps::insert_form(&mut c, &scheme, r#"{"v":2}"#, None, T0 + 1).await?,
        2
    );
    assert_eq!(
        apps::latest_form(&mut c, &scheme).await?,
        Some((2, r#"{"v":2}"#.to_owned()))
    );
    let kept = apps::find(&mut c, &a.id).await?.unwrap();
    assert_eq!(kept, a);
    assert_eq!(
        apps::form(&mut c, &scheme, kept.form_version)
            .await?
            .as_deref(),
        Some(r#"{"v":1}"#)
    );
    // A form version that does not exist cannot be used.
    assert!(
        apps::insert(&mut c, &draft(&scheme, &org, &u, 9))
            .await
            .is_err()
    );

    // Two people save the same section from version 0: the second is refused, nothing lost.
    assert_eq!(
        apps::save_section(
            &mut c,
            &a.id,
            "initiative",
            0,
            r#"{"title":"A"}"#,
            Some(&u),
            T0 + 2
        )
        .await?,
        Some(1)
    );
    assert_eq!(
        apps::save_section(
            &mut c,
            &a.id,
            "initiative",
            0,
            r#"{"title":"B"}"#,
            None,
            T0 + 3
        )
        .await?,
        None
    );
    assert_eq!(
        apps::save_section(
            &mut c,
            &a.id,
            "initiative",
            1,
            r#"{"title":"C"}"#,
            None,
            T0 + 4
        )
        .await?,
        Some(2)
    );
    assert_eq!(
        apps::save_section(
            &mut c,
            &a.id,
            "initiative",
            1,
            r#"{"title":"D"}"#,
            None,
            T0 + 5
        )
        .await?,
        None
    );
    assert_eq!(
        apps::save_section(&mut c, &a.id, "budget", 0, "{}", None, T0 + 5).await?,
        Some(1)
    );
    let s = apps::sections(&mut c, &a.id).await?;
    assert_eq!(
        s.iter()
            .map(|s| (s.section_id.as_str(), s.version, s.answers.as_str()))
            .collect::<Vec<_>>(),
        vec![("budget", 1, "{}"), ("initiative", 2, r#"{"title":"C"}"#)]
    );

    // The audit trail is numbered in order.
    assert_eq!(
        apps::append_event(
            &mut c,
            &a.id,
            &NewEvent {
                at: T0,
                actor_id: Some(&u),
                action: "create",
                from_state: None,
                to_state: Some("draft"),
                detail: "{}"
            }
        )
        .await?,
        1
    );
    assert_eq!(
        apps::append_event(
            &mut c,
            &a.id,
            &NewEvent {
                at: T0 + 6,
                actor_id: Some(&u),
                action: "submit",
                from_state: Some("draft"),
                to_state: Some("submitted"),
                detail: "{}"
            }
        )
        .await?,
        2
    );
    let ev = apps::events(&mut c, &a.id).await?;
    assert_eq!(
        ev.iter()
            .map(|e| (e.seq, e.action.as_str()))
            .collect::<Vec<_>>(),
        vec![(1, "create"), (2, "submit")]
    );

    // Receipt numbers count per scheme and are never given twice.
    assert_eq!(apps::next_submission_seq(&mut c, &scheme).await?, 1);
    assert_eq!(apps::next_submission_seq(&mut c, &scheme).await?, 2);

    // Submission freezes once; a second attempt from the draft state changes nothing.
    let sub = Submission {
        from: "draft",
        to: "submitted",
        at: T0 + 6,
        reference: "FABRIQUE-000002",
        frozen: "{}",
        sha256: "44136fa3",
        eligibility: "eligible",
        eligibility_detail: "[]",
    };
    assert!(apps::submit(&mut c, &a.id, &sub).await?);
    assert!(
        !apps::submit(
            &mut c,
            &a.id,
            &Submission {
                reference: "FABRIQUE-000003",
                ..sub.clone()
            }
        )
        .await?
    );
    let done = apps::find(&mut c, &a.id).await?.unwrap();
    assert_eq!(
        (
            done.state.as_str(),
            done.submitted_at,
            done.reference.as_deref()
        ),
        ("submitted", Some(T0 + 6), Some("FABRIQUE-000002"))
    );
    // A reference is unique.
    let b = draft(&scheme, &org, &u, 2);
    apps::insert(&mut c, &b).await?;
    assert!(apps::submit(&mut c, &b.id, &sub).await.is_err());

    // State changes are compare-and-set.
    assert!(apps::set_state(&mut c, &a.id, "submitted", "in_review", T0 + 7).await?);
    assert!(!apps::set_state(&mut c, &a.id, "submitted", "rejected", T0 + 8).await?);
    assert_eq!(apps::list_for_scheme(&mut c, &scheme).await?.len(), 2);
    // Officers' counts leave drafts out.
    let tenant_id = schemes::find_by_id(&mut c, &scheme)
        .await?
        .unwrap()
        .tenant_id;
    assert_eq!(
        apps::submitted_counts(&mut c, &tenant_id).await?,
        vec![(scheme.clone(), 1)]
    );
    assert_eq!(
        apps::submitted_counts(&mut c, "no-such-tenant").await?,
        vec![]
    );

    // Drafts are listed for the deadline's work; a draft is deleted only while a draft.
    assert_eq!(
        apps::drafts(&mut c)
            .await?
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        vec![b.id.as_str()]
    );
    assert!(!apps::delete(&mut c, &a.id, "draft").await?);
    apps::set_title(&mut c, &b.id, "Tiers-lieu du Bocage", T0 + 9).await?;
    assert_eq!(
        apps::find(&mut c, &b.id).await?.unwrap().title,
        "Tiers-lieu du Bocage"
    );
    Ok(())
}

/// Co-editors, invitations, attachments, messages, reminders and settings.
#[tokio::test]
async fn collaboration_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    let (scheme, org, owner) = setup(&mut c).await?;
    apps::insert_form(&mut c, &scheme, "{}", None, T0).await?;
    let a = draft(&scheme, &org, &owner, 1);
    apps::insert(&mut c, &a).await?;
    let partner = user("partenaire@example.org");
    users::insert(&mut c, &partner).await?;

    // The owner is not a member of the organisation in this story: nobody sees the draft yet.
    assert!(apps::list_for_user(&mut c, &partner.id).await?.is_empty());
    let token = "f".repeat(64);
    let inv = InvitationRow {
        token_hash: token.clone(),
        application_id: a.id.clone(),
        email: partner.email.clone(),
        invited_by: Some(owner.clone()),
        created_at: T0,
        expires_at: T0 + 1000,
        accepted_by: None,
        accepted_at: None,
    };
    apps::insert_invitation(&mut c, &inv).await?;
    assert_eq!(
        apps::find_invitation(&mut c, &token).await?,
        Some(inv.clone())
    );
    assert!(apps::accept_invitation(&mut c, &token, &partner.id, T0 + 1).await?);
    assert!(!apps::accept_invitation(&mut c, &token, &partner.id, T0 + 2).await?);
    assert_eq!(
        apps::invitations(&mut c, &a.id).await?[0].accepted_at,
        Some(T0 + 1)
    );
    let ed = EditorRow {
        user_id: partner.id.clone(),
        organisation_id: None,
        added_by: Some(owner.clone()),
        added_at: T0 + 1,
    };
    apps::add_editor(&mut c, &a.id, &ed).await?;
    apps::add_editor(&mut c, &a.id, &ed).await?;
    assert_eq!(apps::editors(&mut c, &a.id).await?, vec![ed]);
    assert!(apps::is_editor(&mut c, &a.id, &partner.id).await?);
    assert!(!apps::is_editor(&mut c, &a.id, &owner).await?);
    assert_eq!(apps::list_for_user(&mut c, &partner.id).await?.len(), 1);

    // Attachments.
    let att = AttachmentRow {
        id: new_id(),
        application_id: a.id.clone(),
        field_id: "letters".into(),
        filename: "soutien.pdf".into(),
        content_type: "application/pdf".into(),
        size_bytes: 1234,
        sha256: "ab".repeat(32),
        storage_key: format!("applications/{}/x", a.id),
        uploaded_by: Some(partner.id.clone()),
        uploaded_at: T0 + 3,
    };
    apps::insert_attachment(&mut c, &att).await?;
    assert_eq!(
        apps::find_attachment(&mut c, &att.id).await?,
        Some(att.clone())
    );
    assert_eq!(apps::attachments(&mut c, &a.id).await?.len(), 1);
    apps::delete_attachment(&mut c, &att.id).await?;
    assert!(apps::attachments(&mut c, &a.id).await?.is_empty());

    // Messages, in order.
    for (i, side) in ["officer", "applicant"].iter().enumerate() {
        apps::insert_message(
            &mut c,
            &MessageRow {
                id: new_id(),
                application_id: a.id.clone(),
                author_id: Some(owner.clone()),
                side: (*side).into(),
                body: format!("message {i}"),
                created_at: T0 + 10 + i as i64,
            },
        )
        .await?;
    }
    let m = apps::messages(&mut c, &a.id).await?;
    assert_eq!(
        (m[0].side.as_str(), m[1].body.as_str()),
        ("officer", "message 1")
    );

    // A reminder is claimed once per closing instant and delay.
    assert!(apps::claim_reminder(&mut c, &a.id, T0 + 100, 48, T0).await?);
    assert!(!apps::claim_reminder(&mut c, &a.id, T0 + 100, 48, T0 + 1).await?);
    assert!(apps::claim_reminder(&mut c, &a.id, T0 + 100, 168, T0).await?);

    // Settings are saved and replaced.
    assert_eq!(apps::settings(&mut c, &scheme).await?, None);
    let mut st = SettingsRow {
        scheme_id: scheme.clone(),
        reminder_hours: "[168,48]".into(),
        drafts_at_deadline: "read_only".into(),
        retention_days: 30,
        updated_by: Some(owner.clone()),
        updated_at: T0,
    };
    apps::save_settings(&mut c, &st).await?;
    st.drafts_at_deadline = "delete".into();
    apps::save_settings(&mut c, &st).await?;
    assert_eq!(apps::settings(&mut c, &scheme).await?, Some(st));

    // Removing the co-editor; deleting the draft takes its rows with it.
    assert!(apps::remove_editor(&mut c, &a.id, &partner.id).await?);
    assert!(apps::delete(&mut c, &a.id, "draft").await?);
    assert!(apps::messages(&mut c, &a.id).await?.is_empty());
    Ok(())
}

/// The mail queue: due mails are claimed by one sender, retried, marked sent, purged.
#[tokio::test]
async fn mail_queue_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    let m = QueuedMail {
        id: new_id(),
        created_at: T0,
        recipient: "porteur@example.org".into(),
        subject: "Accusé de réception".into(),
        body: "…".into(),
        headers: "{}".into(),
        attach: Some("receipt:x".into()),
        attempts: 0,
        next_attempt_at: T0,
        sent_at: None,
        last_error: None,
    };
    mail_queue::enqueue(&mut c, &m).await?;
    assert!(mail_queue::due(&mut c, T0 - 1, 10).await?.is_empty());
    let due = mail_queue::due(&mut c, T0, 10).await?;
    assert_eq!(due, vec![m.clone()]);
    assert!(mail_queue::claim(&mut c, &due[0], T0 + 60_000).await?);
    // A second sender with the same snapshot loses the race.
    assert!(!mail_queue::claim(&mut c, &due[0], T0 + 60_000).await?);
    assert!(mail_queue::due(&mut c, T0 + 1, 10).await?.is_empty());
    mail_queue::mark_failed(&mut c, &m.id, "smtp down", T0 + 5_000).await?;
    let again = mail_queue::due(&mut c, T0 + 5_000, 10).await?;
    assert_eq!(
        (again[0].attempts, again[0].last_error.as_deref()),
        (1, Some("smtp down"))
    );
    assert!(mail_queue::claim(&mut c, &again[0], T0 + 65_000).await?);
    mail_queue::mark_sent(&mut c, &m.id, T0 + 6_000).await?;
    assert_eq!(mail_queue::pending(&mut c).await?, 0);
    assert!(mail_queue::due(&mut c, T0 + 100_000, 10).await?.is_empty());
    assert_eq!(mail_queue::purge_sent(&mut c, T0 + 6_001).await?, 1);
    Ok(())
}

/// Concurrent writers of one application's audit trail (two officers reading it while a third
/// moves it) each get their own number: none fails on a duplicate.
#[tokio::test]
async fn concurrent_appends_to_the_audit_trail_never_collide() -> TestResult {
    let t = TestDb::new().await;
    let (scheme, org, u) = {
        let mut c = t.conn().await;
        setup(&mut c).await?
    };
    let a = draft(&scheme, &org, &u, 1);
    {
        let mut c = t.conn().await;
        apps::insert_form(&mut c, &scheme, "{}", None, T0).await?;
        apps::insert(&mut c, &a).await?;
    }
    let mut tasks = Vec::new();
    for i in 0..16i64 {
        let db = t.db.clone();
        let id = a.id.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = db.begin().await?;
            let seq = apps::append_event(
                &mut tx,
                &id,
                &NewEvent {
                    at: T0 + i,
                    actor_id: None,
                    action: "view",
                    from_state: Some("submitted"),
                    to_state: None,
                    detail: "{}",
                },
            )
            .await?;
            tx.commit().await?;
            Ok::<i64, passerelle_store::StoreError>(seq)
        }));
    }
    let mut seqs = Vec::new();
    for task in tasks {
        seqs.push(task.await??);
    }
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=16).collect::<Vec<_>>());
    Ok(())
}
