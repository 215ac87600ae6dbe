use crate::{PASSWORD, TestApp, location, text};

#[tokio::test]
async fn sign_up_confirm_sign_out_sign_in() {
    let app = TestApp::spawn().await.unwrap();
    let c = &app.client;
    let page = text(c.get(app.url("/signup")).send().await.unwrap()).await;
    assert!(page.contains("<label for=\"email\">"), "labelled fields");
    let res = app
        .post_form(
            c,
            "/signup",
            &[
                ("name", "Alice Dupont"),
                ("email", "Alice@Example.org"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/me/organisations");
    let page = text(c.get(app.url("/me/organisations")).send().await.unwrap()).await;
    assert!(
        page.contains("Confirmez votre adresse"),
        "unconfirmed banner"
    );
    // Not confirmed yet: creating an organisation is refused.
    let res = app
        .post_form(
            c,
            "/organisations",
            &[("legal_name", "Asso"), ("country", "FR")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let link = app
        .link_in_last_mail("alice@example.org", "/confirm?token=")
        .expect("confirmation mail");
    let res = c.get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let page = text(c.get(app.url("/me/organisations")).send().await.unwrap()).await;
    assert!(page.contains("Votre adresse électronique est confirmée."));
    assert!(!page.contains("Confirmez votre adresse"));
    // The link works once.
    let res = c.get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 409);
    // Sign out, then in again.
    let res = app.post_form(c, "/logout", &[]).await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        c.get(app.url("/me/organisations"))
            .send()
            .await
            .unwrap()
            .status(),
        303,
        "signed out: redirected to login"
    );
    let res = app
        .post_form(
            c,
            "/login",
            &[
                ("email", "alice@example.org"),
                ("password", PASSWORD),
                ("next", "/territories"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/territories");
}

#[tokio::test]
async fn sign_up_rejects_bad_input_and_changes_nothing() {
    let app = TestApp::spawn().await.unwrap();
    let c = &app.client;
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[
                ("name", "Bob"),
                ("email", "not-an-email"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
            "Saisissez une adresse électronique valide",
        ),
        (
            &[
                ("name", "Bob"),
                ("email", "bob@example.org"),
                ("password", "short"),
                ("password_confirm", "short"),
            ],
            "au moins 10 caractères",
        ),
        (
            &[
                ("name", "Bob"),
                ("email", "bob@example.org"),
                ("password", "password123"),
                ("password_confirm", "password123"),
            ],
            "trop courant",
        ),
        (
            &[
                ("name", "Bob"),
                ("email", "bob@example.org"),
                ("password", PASSWORD),
                ("password_confirm", "other"),
            ],
            "ne sont pas identiques",
        ),
        (
            &[
                ("name", ""),
                ("email", "bob@example.org"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
            "Indiquez votre nom",
        ),
    ];
    for (fields, message) in cases {
        let res = app.post_form(c, "/signup", fields).await.unwrap();
        assert_eq!(res.status(), 422);
        let body = text(res).await;
        assert!(body.contains(message), "expected {message:?}");
        assert!(
            body.contains("aria-invalid=\"true\""),
            "error tied to its field"
        );
    }
    assert!(app.mails_to("bob@example.org").is_empty());
    let res = app
        .post_form(
            c,
            "/login",
            &[("email", "bob@example.org"), ("password", PASSWORD)],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 401, "no account was created");
}

#[tokio::test]
async fn wrong_csrf_token_is_refused() {
    let app = TestApp::spawn().await.unwrap();
    let c = &app.client;
    let _ = c.get(app.url("/signup")).send().await.unwrap();
    let res = c
        .post(app.url("/signup"))
        .form(&[
            ("_csrf", "forged"),
            ("name", "Eve"),
            ("email", "eve@example.org"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(text(res).await.contains("Le formulaire a expiré"));
    assert!(
        app.mails_to("eve@example.org").is_empty(),
        "nothing happened"
    );
}

#[tokio::test]
async fn existing_address_gets_a_mail_not_an_error() {
    let app = TestApp::spawn().await.unwrap();
    app.create_user("carol@example.org", "Carol", PASSWORD)
        .await
        .unwrap();
    let res = app
        .post_form(
            &app.client,
            "/signup",
            &[
                ("name", "Other"),
                ("email", "carol@example.org"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "same answer as a new address");
    assert_eq!(app.mails_to("carol@example.org").len(), 1);
}

#[tokio::test]
async fn login_is_throttled_per_account() {
    let app = TestApp::spawn().await.unwrap();
    app.create_user("dave@example.org", "Dave", PASSWORD)
        .await
        .unwrap();
    let c = &app.client;
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let res = app
            .post_form(
                c,
                "/login",
                &[
                    ("email", "dave@example.org"),
                    ("password", "wrong-password-1"),
                ],
            )
            .await
            .unwrap();
        statuses.push(res.status().as_u16());
    }
    assert_eq!(&statuses[..5], &[401; 5]);
    assert_eq!(statuses[5], 429);
    let res = app
        .post_form(
            c,
            "/login",
            &[("email", "dave@example.org"), ("password", PASSWORD)],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 429, "even the right password waits");
    assert!(text(res).await.contains("Trop de tentatives"));
}

#[tokio::test]
async fn password_reset_by_mail() {
    let app = TestApp::spawn().await.unwrap();
    app.create_user("erin@example.org", "Erin", PASSWORD)
        .await
        .unwrap();
    let c = &app.client;
    // Unknown addresses get the same answer and no mail.
    let res = app
        .post_form(c, "/password/forgot", &[("email", "nobody@example.org")])
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(c, "/password/forgot", &[("email", "erin@example.org")])
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let link = app
        .link_in_last_mail("erin@example.org", "/password/reset?token=")
        .expect("reset mail");
    let token = link.split("token=").nth(1).unwrap().to_owned();
    assert_eq!(c.get(app.url(&link)).send().await.unwrap().status(), 200);
    let weak = app
        .post_form(
            c,
            "/password/reset",
            &[
                ("token", &token),
                ("password", "azertyuiop"),
                ("password_confirm", "azertyuiop"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(weak.status(), 422);
    let new_pw = "Another-Strong-Pass-77";
    let res = app
        .post_form(
            c,
            "/password/reset",
            &[
                ("token", &token),
                ("password", new_pw),
                ("password_confirm", new_pw),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let fresh = TestApp::new_client().unwrap();
    assert_eq!(
        app.post_form(
            &fresh,
            "/login",
            &[("email", "erin@example.org"), ("password", PASSWORD)]
        )
        .await
        .unwrap()
        .status(),
        401
    );
    assert_eq!(
        app.post_form(
            &fresh,
            "/login",
            &[("email", "erin@example.org"), ("password", new_pw)]
        )
        .await
        .unwrap()
        .status(),
        303
    );
    // Single use.
    assert_eq!(c.get(app.url(&link)).send().await.unwrap().status(), 409);
}

#[tokio::test]
async fn expired_reset_link_is_refused() {
    let app = TestApp::spawn().await.unwrap();
    app.create_user("frank@example.org", "Frank", PASSWORD)
        .await
        .unwrap();
    app.post_form(
        &app.client,
        "/password/forgot",
        &[("email", "frank@example.org")],
    )
    .await
    .unwrap();
    let link = app
        .link_in_last_mail("frank@example.org", "/password/reset?token=")
        .unwrap();
    app.clock.advance(3600 * 1000 + 1);
    assert_eq!(
        app.client
            .get(app.url(&link))
            .send()
            .await
            .unwrap()
            .status(),
        409
    );
}

#[tokio::test]
async fn resend_confirmation_sends_a_new_working_link() {
    let app = TestApp::spawn().await.unwrap();
    let c = &app.client;
    app.post_form(
        c,
        "/signup",
        &[
            ("name", "Gaby"),
            ("email", "gaby@example.org"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ],
    )
    .await
    .unwrap();
    assert_eq!(app.mails_to("gaby@example.org").len(), 1);
    let res = app.post_form(c, "/confirm/resend", &[]).await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(app.mails_to("gaby@example.org").len(), 2);
    let link = app
        .link_in_last_mail("gaby@example.org", "/confirm?token=")
        .unwrap();
    assert_eq!(c.get(app.url(&link)).send().await.unwrap().status(), 303);
    // Anonymous visitors cannot ask for one.
    let anon = TestApp::new_client().unwrap();
    let res = app.post_form(&anon, "/confirm/resend", &[]).await.unwrap();
    assert_eq!(res.status(), 303);
    assert!(location(&res).starts_with("/login"));
}

#[tokio::test]
async fn password_reset_signs_out_every_other_session() {
    let app = TestApp::spawn().await.unwrap();
    let elsewhere = app.signed_in_client("hana@example.org").await.unwrap();
    assert_eq!(
        elsewhere
            .get(app.url("/me/organisations"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    app.clock.advance(1);
    let c = TestApp::new_client().unwrap();
    app.post_form(&c, "/password/forgot", &[("email", "hana@example.org")])
        .await
        .unwrap();
    let link = app
        .link_in_last_mail("hana@example.org", "/password/reset?token=")
        .unwrap();
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let new_pw = "Brand-New-Secret-2026";
    let res = app
        .post_form(
            &c,
            "/password/reset",
            &[
                ("token", &token),
                ("password", new_pw),
                ("password_confirm", new_pw),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        c.get(app.url("/me/organisations"))
            .send()
            .await
            .unwrap()
            .status(),
        200,
        "the resetting browser is signed in"
    );
    let res = elsewhere
        .get(app.url("/me/organisations"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "the old session was revoked");
    assert!(location(&res).starts_with("/login"));
}
