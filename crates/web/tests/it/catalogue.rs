//! The public catalogue: search API and pages (search with facets, scheme page,
//! eligibility wizard), in the three languages.

use serde_json::Value;

use crate::{TestApp, demo, text};

async fn get(app: &TestApp, lang: &str, path: &str) -> (u16, String) {
    let res = app
        .client
        .get(app.url(path))
        .header("accept-language", lang)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), text(res).await)
}

async fn api(app: &TestApp, lang: &str, path: &str) -> (u16, Value) {
    let (s, body) = get(app, lang, path).await;
    (s, serde_json::from_str(&body).unwrap_or(Value::Null))
}

fn slugs(v: &Value) -> Vec<String> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_owned())
        .collect()
}

fn count(v: &Value, facet: &str, value: &str) -> u64 {
    v["facets"][facet]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == value)
        .map_or(0, |f| f["count"].as_u64().unwrap())
}

#[tokio::test]
async fn search_api_text_facets_territory_and_sort() {
    let app = demo().await;
    let (s, v) = api(&app, "fr", "/api/v1/schemes").await;
    assert_eq!(s, 200);
    assert_eq!(v["total"], 3, "{v}");

    // French stemming, and a French scheme found from English and Polish words.
    let (_, v) = api(&app, "fr", "/api/v1/schemes?q=finances%20solidaires").await;
    assert_eq!(slugs(&v)[0], "progress-2024", "{v}");
    let (_, v) = api(&app, "en", "/api/v1/schemes?q=coworking").await;
    let found = slugs(&v);
    assert!(
        found.contains(&"tiers-lieux-intermediation".to_owned()),
        "{found:?}"
    );
    let (_, v) = api(&app, "pl", "/api/v1/schemes?q=Normandia").await;
    assert_eq!(slugs(&v), vec!["fabrique-initiatives-2020"], "{v}");

    // A place matches schemes whose perimeter contains it or an ancestor.
    let (_, v) = api(&app, "fr", "/api/v1/schemes?territory=fr:commune:92050").await;
    assert_eq!(slugs(&v), vec!["progress-2024"]);
    assert_eq!(v["territory"]["name"], "Nanterre");
    let (_, v) = api(&app, "fr", "/api/v1/schemes?territory=Caen").await;
    assert_eq!(slugs(&v), vec!["fabrique-initiatives-2020"]);
    let (_, v) = api(&app, "fr", "/api/v1/schemes?territory=pl:gmina:0264011").await;
    assert_eq!(v["total"], 0);

    // Facets: counts of each value given the other filters.
    let (_, v) = api(&app, "fr", "/api/v1/schemes?theme=tiers-lieux").await;
    assert_eq!(v["total"], 2);
    assert_eq!(count(&v, "theme", "solidarity-finance"), 1, "{v}");
    assert_eq!(count(&v, "kind", "grant"), 1);
    let (_, v) = api(&app, "fr", "/api/v1/schemes?theme=tiers-lieux&kind=grant").await;
    assert_eq!(slugs(&v), vec!["tiers-lieux-intermediation"]);
    let (_, v) = api(&app, "fr", "/api/v1/schemes?category=public_authority").await;
    let found = slugs(&v);
    assert!(found.contains(&"tiers-lieux-intermediation".to_owned()));
    assert!(
        found.contains(&"fabrique-initiatives-2020".to_owned()),
        "communes may apply"
    );
    assert!(
        !found.contains(&"progress-2024".to_owned()),
        "a commune is not an SSE actor: {found:?}"
    );
    // Only the permanent scheme is open in the demo's present.
    let (_, v) = api(&app, "fr", "/api/v1/schemes?open=now").await;
    assert_eq!(slugs(&v), vec!["tiers-lieux-intermediation"]);
    let (_, v) = api(&app, "fr", "/api/v1/schemes?funder=R%C3%A9gion%20Normandie").await;
    assert_eq!(slugs(&v), vec!["fabrique-initiatives-2020"]);

    let (_, v) = api(
        &app,
        "fr",
        "/api/v1/schemes?sort=deadline&per_page=1&page=2",
    )
    .await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
    assert_eq!(v["total"], 3);
    let (_, v) = api(&app, "fr", "/api/v1/schemes?page=9").await;
    assert!(v["items"].as_array().unwrap().is_empty());

    for (path, field) in [
        ("/api/v1/schemes?theme=knitting", "theme[0]"),
        ("/api/v1/schemes?territory=fr:commune:99999x", "territory"),
        ("/api/v1/schemes?open=tomorrow", "open"),
        ("/api/v1/schemes?sort=price", "sort"),
        ("/api/v1/schemes?per_page=1000", "per_page"),
    ] {
        let (s, v) = api(&app, "en", path).await;
        assert_eq!(s, 400, "{path}: {v}");
        assert_eq!(v["error"]["fields"][0]["field"], field, "{path}: {v}");
    }
}

#[tokio::test]
async fn catalogue_page_with_facets_in_three_languages() {
    let app = demo().await;
    let (s, body) = get(&app, "fr", "/schemes").await;
    assert_eq!(s, 200);
    assert!(body.contains("Trouver un dispositif"), "{body}");
    assert!(body.contains("href=\"/schemes/progress-2024\""));
    assert!(body.contains("name=\"theme\" value=\"solidarity-finance\""));
    let (_, body) = get(&app, "pl", "/schemes?theme=tiers-lieux&theme=coworking&q=").await;
    assert!(body.contains("Znajdź instrument wsparcia"));
    assert!(body.contains("href=\"/schemes/tiers-lieux-intermediation\""));
    assert!(!body.contains("href=\"/schemes/progress-2024\""));
    assert!(body.contains("value=\"tiers-lieux\" checked"));
    let (_, body) = get(&app, "en", "/schemes?territory=Nanterre").await;
    assert!(body.contains("Place used: Nanterre"), "{body}");
    let (s, body) = get(&app, "en", "/schemes?territory=Atlantis").await;
    assert_eq!(s, 400);
    assert!(body.contains("error-summary") && body.contains("href=\"#territory\""));
    let (s, body) = get(&app, "fr", "/schemes?q=%3Cscript%3Ealert(1)%3C/script%3E").await;
    assert_eq!(s, 200);
    assert!(!body.contains("<script>alert"), "output is escaped");
}

#[tokio::test]
async fn scheme_page_in_plain_words() {
    let app = demo().await;
    let (s, body) = get(&app, "fr", "/schemes/progress-2024").await;
    assert_eq!(s, 200);
    assert!(
        body.contains("Progr'ESS") || body.contains("Progr&#39;ESS"),
        "{body}"
    );
    assert!(body.contains("31 décembre 2023 à 24:00"), "{body}");
    // Headline amounts without cents when they have none.
    assert!(body.contains("15\u{202f}000\u{a0}€"), "{body}");
    assert!(body.contains("100\u{202f}000\u{a0}€"));
    assert!(!body.contains("000,00\u{a0}€"), "{body}");
    assert!(body.contains("Hauts-de-Seine"));
    assert!(body.contains("innoveco@hauts-de-seine.fr"));
    assert!(body.contains("Appréciés lors de l’instruction"));
    assert!(body.contains("href=\"/eligibility?scheme=progress-2024\""));
    let (_, body) = get(&app, "pl", "/schemes/tiers-lieux-intermediation").await;
    assert!(body.contains("Lot-et-Garonne"));
    assert!(
        body.contains("20\u{a0}000\u{a0}€") || body.contains("20\u{202f}000\u{a0}€"),
        "{body}"
    );
    let (s, _) = get(&app, "en", "/schemes/no-such-scheme").await;
    assert_eq!(s, 404);
}

#[tokio::test]
async fn wizard_lists_eligible_unknown_and_near_misses() {
    let app = demo().await;
    // A commune of Lot-et-Garonne opening a coworking space and a fab lab with the region.
    let q = "/eligibility?go=1&country=FR&legal_form=7210&location=Agen&service=coworking&service=fab-lab\
             &cofunder=region&commitment=animation-staff&expenses=25000&vat=excl";
    let (s, body) = get(&app, "fr", q).await;
    assert_eq!(s, 200, "{body}");
    let eligible_at = body
        .find("pour lequel vous êtes éligible")
        .expect("eligible section");
    let tiers = body
        .find("href=\"/schemes/tiers-lieux-intermediation\"")
        .unwrap();
    assert!(
        tiers > eligible_at,
        "the tiers-lieux scheme is listed as eligible"
    );
    // Too little spent: a near miss naming the one condition.
    let q2 = q.replace("expenses=25000", "expenses=18000");
    let (_, body) = get(&app, "en", &q2).await;
    assert!(body.contains("1 near miss"), "{body}");
    assert!(body.contains("The only condition not met"));
    // The SSE question left blank for a SAS: "to confirm", naming what to answer.
    let q3 = q.replace("legal_form=7210", "legal_form=5710");
    let (_, body) = get(
        &app,
        "en",
        &format!("{q3}&scheme=tiers-lieux-intermediation"),
    )
    .await;
    assert!(body.contains("1 scheme to confirm"), "{body}");
    assert!(
        body.contains("whether your organisation belongs to the social and solidarity economy"),
        "{body}"
    );
    // In Polish, with a bad amount: the error is shown, nothing else.
    let (s, body) = get(&app, "pl", "/eligibility?go=1&requested=dużo").await;
    assert_eq!(s, 400);
    assert!(body.contains("Nieprawidłowa kwota"), "{body}");
}

#[tokio::test]
async fn wizard_uses_the_signed_in_organisation_profile() {
    let app = demo().await;
    let c = TestApp::new_client().unwrap();
    let res = app
        .post_form(
            &c,
            "/login",
            &[
                ("email", "porteur@demo.passerelle.test"),
                ("password", "Passerelle-demo-2026"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let body = text(c.get(app.url("/eligibility")).send().await.unwrap()).await;
    assert!(body.contains("name=\"org\""), "{body}");
    let start = body.find("name=\"org\"").unwrap();
    let value = body[start..]
        .split("<option value=\"")
        .nth(2)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let res = c
        .get(app.url(&format!("/eligibility?go=1&org={value}")))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let body = text(res).await;
    assert!(body.contains("Profil utilisé"), "{body}");
}
