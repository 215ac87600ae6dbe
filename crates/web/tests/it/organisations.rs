use crate::{TestApp, location, text};

#[tokio::test]
async fn create_organisation_with_siret_via_form() {
    let app = TestApp::spawn().await.unwrap();
    let c = app.signed_in_client("owner@example.org").await.unwrap();
    assert_eq!(
        c.get(app.url("/organisations/new"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let base = [
        ("legal_name", "Les Ateliers du Réemploi"),
        ("country", "FR"),
        ("legal_form", "9220"),
        ("commune", "Nanterre"),
        ("postcode", "92000"),
        ("sse_esus_approved", "on"),
    ];
    // A SIRET with a wrong check digit: refused, tied to its field, nothing created.
    let mut bad = base.to_vec();
    bad.push(("id_siret", "732 829 320 00075"));
    let res = app.post_form(&c, "/organisations", &bad).await.unwrap();
    assert_eq!(res.status(), 422);
    let body = text(res).await;
    assert!(
        body.contains("id=\"id_siret-error\""),
        "error tied to the SIRET field"
    );
    assert!(body.contains("La clé de contrôle de cet identifiant est fausse"));
    assert!(
        body.contains("value=\"Les Ateliers du Réemploi\""),
        "typed values kept"
    );
    assert!(
        !text(c.get(app.url("/me/organisations")).send().await.unwrap())
            .await
            .contains("Les Ateliers")
    );
    // The right one.
    let mut good = base.to_vec();
    good.push(("id_siret", "732 829 320 00074"));
    let res = app.post_form(&c, "/organisations", &good).await.unwrap();
    assert_eq!(res.status(), 303);
    let org_url = location(&res);
    assert!(org_url.starts_with("/organisations/"));
    let page = text(c.get(app.url(&org_url)).send().await.unwrap()).await;
    assert!(page.contains("Les Ateliers du Réemploi"));
    assert!(page.contains("73282932000074"), "normalised SIRET shown");
    assert!(page.contains("9220"));
    assert!(page.contains("Nanterre"));
    assert!(
        page.contains("Membre de l’ESS"),
        "associations are SSE by status"
    );
    assert!(
        page.contains("owner@example.org"),
        "owner sees the member list"
    );
    // The same SIRET cannot be registered twice.
    let other = app.signed_in_client("other@example.org").await.unwrap();
    let res = app
        .post_form(&other, "/organisations", &good)
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(text(res).await.contains("déjà enregistrée"));
}

#[tokio::test]
async fn organisation_form_reports_every_bad_field() {
    let app = TestApp::spawn().await.unwrap();
    let c = app.signed_in_client("owner2@example.org").await.unwrap();
    let res = app
        .post_form(
            &c,
            "/organisations",
            &[
                ("legal_name", ""),
                ("country", "FR"),
                ("legal_form", "1234"),
                ("commune", "Nowhere-sur-Rien"),
                ("id_nip", "5261040828"),
                ("website", "ftp://x"),
                ("postcode", "ABC"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body = text(res).await;
    for msg in [
        "Commune introuvable",
        "Indiquez la raison sociale",
        "Cette forme juridique n’existe pas",
        "ne correspond pas au pays",
        "https://",
        "Code postal invalide",
    ] {
        assert!(body.contains(msg), "{msg}");
    }
}

#[tokio::test]
async fn edit_and_invite_members() {
    let app = TestApp::spawn().await.unwrap();
    let owner = app.signed_in_client("boss@example.org").await.unwrap();
    let res = app
        .post_form(
            &owner,
            "/organisations",
            &[
                ("legal_name", "Coop Wrocław"),
                ("country", "PL"),
                ("commune", "0264011"),
                ("id_nip", "526-104-08-28"),
                ("postcode", "50-001"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", text(res).await);
    let org = location(&res);
    let page = text(
        owner
            .get(app.url(&format!("{org}/edit")))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(
        page.contains("value=\"Wrocław (0264011)\""),
        "commune shown by name and code"
    );
    let res = app
        .post_form(
            &owner,
            &format!("{org}/edit"),
            &[
                ("legal_name", "Spółdzielnia Wrocław"),
                ("country", "PL"),
                ("commune", "Wrocław (0264011)"),
                ("id_nip", "5261040828"),
                ("sse_pl_social_enterprise", "on"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let page = text(owner.get(app.url(&org)).send().await.unwrap()).await;
    assert!(page.contains("Spółdzielnia Wrocław"));
    // Invite a colleague who has no account yet.
    let res = app
        .post_form(
            &owner,
            &format!("{org}/invitations"),
            &[("email", "new@example.org"), ("role", "manager")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let link = app
        .link_in_last_mail("new@example.org", "/invitations/")
        .expect("invitation mail");
    let invitee = app.signed_in_client("new@example.org").await.unwrap();
    let page = text(invitee.get(app.url(&link)).send().await.unwrap()).await;
    assert!(page.contains("Spółdzielnia Wrocław"));
    let res = app.post_form(&invitee, &link, &[]).await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), org);
    // Now a manager: may edit.
    assert_eq!(
        invitee
            .get(app.url(&format!("{org}/edit")))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    // The link works once.
    let res = app.post_form(&invitee, &link, &[]).await.unwrap();
    assert_eq!(res.status(), 409);
    // Someone else cannot use an invitation addressed to another e-mail.
    let res = app
        .post_form(
            &owner,
            &format!("{org}/invitations"),
            &[("email", "x@example.org"), ("role", "member")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let link = app
        .link_in_last_mail("x@example.org", "/invitations/")
        .unwrap();
    let intruder = app.signed_in_client("intruder@example.org").await.unwrap();
    assert_eq!(
        app.post_form(&intruder, &link, &[]).await.unwrap().status(),
        409
    );
}
