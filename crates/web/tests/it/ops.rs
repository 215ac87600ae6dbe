use crate::{TestApp, text};

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::spawn().await.unwrap();
    let res = app.get("/healthz").await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers().get("x-request-id").is_some(),
        "request id propagated"
    );
    assert_eq!(app.get("/readyz").await.unwrap().status(), 200);
}

#[tokio::test]
async fn security_headers_and_static_assets() {
    let app = TestApp::spawn().await.unwrap();
    let res = app.get("/").await.unwrap();
    assert_eq!(res.status(), 200);
    let h = res.headers();
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    assert_eq!(h.get("x-frame-options").unwrap(), "DENY");
    assert!(
        h.get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    let css = app.get("/static/style.css").await.unwrap();
    assert_eq!(css.status(), 200);
    assert!(
        css.headers()
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(app.get("/static/nope.css").await.unwrap().status(), 404);
}

#[tokio::test]
async fn unknown_page_is_a_localized_404() {
    let app = TestApp::spawn().await.unwrap();
    for (lang, expected) in [
        ("fr", "Page introuvable"),
        ("pl", "<html lang=\"pl\">"),
        ("en", "<html lang=\"en\">"),
    ] {
        let res = app
            .client
            .get(app.url("/no/such/page"))
            .header("accept-language", lang)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 404);
        let body = text(res).await;
        assert!(body.contains(expected), "{lang}: {body}");
        assert!(body.contains("<main"), "error page uses the layout");
    }
}

#[tokio::test]
async fn outbox_only_in_demo_mode() {
    let app = TestApp::spawn().await.unwrap();
    assert_eq!(app.get("/dev/outbox").await.unwrap().status(), 404);
    let demo = TestApp::spawn_with(passerelle_testkit::Options {
        demo: true,
        ..Default::default()
    })
    .await
    .unwrap();
    assert_eq!(demo.get("/dev/outbox").await.unwrap().status(), 200);
    let res = demo.get("/dev/outbox/..%2Fetc%2Fpasswd.eml").await.unwrap();
    assert_eq!(res.status(), 404);
    // A mail with a non-ASCII subject is listed and readable, its link clickable.
    demo.post_form(
        &demo.client,
        "/password/forgot",
        &[("email", "porteur@demo.passerelle.test")],
    )
    .await
    .unwrap();
    let list = text(demo.get("/dev/outbox").await.unwrap()).await;
    assert!(
        list.contains("Nouveau mot de passe Passerelle"),
        "subject decoded with its spaces: {list}"
    );
    let name = list
        .split("href=\"/dev/outbox/")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_owned();
    let mail = text(demo.get(&format!("/dev/outbox/{name}")).await.unwrap()).await;
    assert!(mail.contains("porteur@demo.passerelle.test"));
    assert!(mail.contains("/password/reset?token="), "reset link shown");
}

#[tokio::test]
async fn demo_data_shows_the_five_programmes_in_three_languages() {
    let app = TestApp::spawn_with(passerelle_testkit::Options {
        demo: true,
        ..Default::default()
    })
    .await
    .unwrap();
    let fr = text(
        app.client
            .get(app.url("/"))
            .header("accept-language", "fr")
            .send()
            .await
            .unwrap(),
    )
    .await;
    for name in [
        "Département des Hauts-de-Seine",
        "Région Normandie",
        "Województwo Mazowieckie",
        "Województwo Dolnośląskie",
    ] {
        assert!(fr.contains(name), "home lists {name}");
    }
    let page = text(
        app.client
            .get(app.url("/authorities/hauts-de-seine"))
            .header("accept-language", "fr")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(
        page.contains("100\u{202f}000\u{a0}€"),
        "envelope formatted in French: {page}"
    );
    assert!(page.contains("15\u{202f}000\u{a0}€"));
    assert!(page.contains("31 décembre 2023"));
    let en_client = TestApp::new_client().unwrap();
    let en = text(
        en_client
            .get(app.url("/authorities/hauts-de-seine"))
            .header("accept-language", "en")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(en.contains("€100,000"), "{en}");
    assert!(
        !en.contains("€100,000.00"),
        "headline amounts without cents: {en}"
    );
    assert!(en.contains("31 December 2023"));
    let pl = text(
        en_client
            .get(app.url("/authorities/mazowieckie"))
            .header("accept-language", "pl")
            .send()
            .await
            .unwrap(),
    )
    .await;
    // The cookie-less client negotiates from Accept-Language each time.
    assert!(pl.contains("<html lang=\"pl\">"));
    assert!(pl.contains("SECON"));
}
