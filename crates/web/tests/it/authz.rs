//! The authorisation matrix over HTTP: who may read and write an organisation.

use crate::{TestApp, location};

#[tokio::test]
async fn organisation_matrix() {
    let app = TestApp::spawn().await.unwrap();
    let owner = app.signed_in_client("o@example.org").await.unwrap();
    let res = app
        .post_form(
            &owner,
            "/organisations",
            &[
                ("legal_name", "Asso Matrice"),
                ("country", "FR"),
                ("legal_form", "9220"),
            ],
        )
        .await
        .unwrap();
    let org = location(&res);
    let id = org.trim_start_matches("/organisations/").to_owned();
    // A plain member, added by invitation.
    app.post_form(
        &owner,
        &format!("{org}/invitations"),
        &[("email", "m@example.org"), ("role", "member")],
    )
    .await
    .unwrap();
    let link = app
        .link_in_last_mail("m@example.org", "/invitations/")
        .unwrap();
    let member = app.signed_in_client("m@example.org").await.unwrap();
    assert_eq!(
        app.post_form(&member, &link, &[]).await.unwrap().status(),
        303
    );
    let stranger = app.signed_in_client("s@example.org").await.unwrap();
    let anonymous = TestApp::new_client().unwrap();

    // (who, page 200?, sees members?, edit page status, PATCH status)
    let cases: [(&str, &reqwest::Client, bool, u16, u16); 4] = [
        ("anonymous", &anonymous, false, 303, 401),
        ("stranger", &stranger, false, 403, 403),
        ("member", &member, true, 403, 403),
        ("owner", &owner, true, 200, 200),
    ];
    for (who, c, sees_members, edit, patch) in cases {
        let res = c.get(app.url(&org)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{who} reads the public profile");
        let body = res.text().await.unwrap();
        assert_eq!(
            body.contains("o@example.org"),
            sees_members,
            "{who} members list"
        );
        assert_eq!(
            c.get(app.url(&format!("{org}/edit")))
                .send()
                .await
                .unwrap()
                .status(),
            edit,
            "{who} edit page"
        );
        let res = c
            .patch(app.url(&format!("/api/v1/organisations/{id}")))
            .json(&serde_json::json!({"description": format!("by {who}")}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), patch, "{who} PATCH");
        let res = app
            .post_form(
                c,
                &format!("{org}/invitations"),
                &[("email", "z@example.org"), ("role", "member")],
            )
            .await
            .unwrap();
        let expected = if who == "owner" || who == "anonymous" {
            303
        } else {
            403
        };
        assert_eq!(res.status(), expected, "{who} invite");
        if who == "anonymous" {
            assert!(
                location(&res).starts_with("/login"),
                "anonymous is sent to sign in"
            );
        }
    }
    // Only the owner's PATCH went through.
    let dto: serde_json::Value = anonymous
        .get(app.url(&format!("/api/v1/organisations/{id}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(dto["description"], "by owner");
    // A member cannot make themselves owner via an invitation either (they cannot invite).
    let res = app
        .post_form(
            &member,
            &format!("{org}/invitations"),
            &[("email", "m2@example.org"), ("role", "owner")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

/// Tenant staff over HTTP, with the demo's accounts: who may see and change the roles.
#[tokio::test]
async fn tenant_staff_matrix() {
    let app = TestApp::spawn_with(passerelle_testkit::Options {
        demo: true,
        ..Default::default()
    })
    .await
    .unwrap();
    let login = |email: &'static str| {
        let app = &app;
        async move {
            let c = TestApp::new_client().unwrap();
            let res = app
                .post_form(
                    &c,
                    "/login",
                    &[("email", email), ("password", "Passerelle-demo-2026")],
                )
                .await
                .unwrap();
            assert_eq!(res.status(), 303, "{email} signs in");
            c
        }
    };
    let admin = login("admin@demo.passerelle.test").await;
    let officer = login("agent@demo.passerelle.test").await;
    let reviewer = login("evaluatrice@demo.passerelle.test").await;
    let other_officer = login("urzednik@demo.passerelle.test").await;
    let applicant = login("porteur@demo.passerelle.test").await;
    let anonymous = TestApp::new_client().unwrap();
    let staff = "/authorities/hauts-de-seine/staff";

    // (who, GET status, sees the add form, POST add status)
    let cases: [(&str, &reqwest::Client, u16, bool, u16); 6] = [
        ("admin", &admin, 200, true, 303),
        ("officer", &officer, 200, false, 403),
        ("reviewer", &reviewer, 403, false, 403),
        ("officer elsewhere", &other_officer, 403, false, 403),
        ("applicant", &applicant, 403, false, 403),
        ("anonymous", &anonymous, 303, false, 303),
    ];
    for (who, c, get, form, post) in cases {
        let res = c.get(app.url(staff)).send().await.unwrap();
        assert_eq!(res.status(), get, "{who} GET");
        let body = res.text().await.unwrap();
        assert_eq!(
            body.contains("action=\"/authorities/hauts-de-seine/staff\""),
            form,
            "{who} form"
        );
        if get == 200 {
            assert!(
                body.contains("agent@demo.passerelle.test"),
                "{who} sees the staff"
            );
        }
        let res = app
            .post_form(
                c,
                staff,
                &[
                    ("email", "porteur@demo.passerelle.test"),
                    ("role", "reviewer"),
                ],
            )
            .await
            .unwrap();
        assert_eq!(res.status(), post, "{who} POST");
    }
    // Only the admin's addition happened.
    let body = admin
        .get(app.url(staff))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        body.matches("porteur@demo.passerelle.test").count(),
        1,
        "the applicant is now a reviewer"
    );
    // Bad input is refused and changes nothing.
    let res = app
        .post_form(
            &admin,
            staff,
            &[("email", "nobody@example.org"), ("role", "reviewer")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Aucun compte n’existe"));
    let res = app
        .post_form(
            &admin,
            staff,
            &[("email", "porteur@demo.passerelle.test"), ("role", "king")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    // The last admin cannot be removed.
    let admin_id = passerelle_store::repo::users::find_by_email(
        &mut app.ctx.db.conn().await.unwrap(),
        "admin@demo.passerelle.test",
    )
    .await
    .unwrap()
    .unwrap()
    .id;
    let res = app
        .post_form(
            &admin,
            &format!("{staff}/remove"),
            &[("user_id", &admin_id), ("role", "admin")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let res = app
        .post_form(
            &officer,
            &format!("{staff}/remove"),
            &[("user_id", &admin_id), ("role", "admin")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "officers cannot remove roles");
}
