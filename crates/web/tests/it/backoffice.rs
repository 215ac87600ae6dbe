//! The officers' back office over HTTP: a scheme's whole life (create, edit,
//! criteria, preview, publish, close, new edition, history), optimistic
//! concurrency, import and export (JSON and XLSX, all or nothing, checked
//! against the JSON Schema), and who may do what.

use reqwest::Client;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use crate::{TestApp, demo, location, login, text};

async fn officer(app: &TestApp) -> Client {
    login(app, "agent@demo.passerelle.test").await
}

async fn get(app: &TestApp, c: &Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).send().await.unwrap();
    let status = res.status().as_u16();
    (status, text(res).await)
}

async fn post(
    app: &TestApp,
    c: &Client,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let res = app.post_form(c, path, fields).await.unwrap();
    let status = res.status().as_u16();
    let loc = location(&res);
    (status, loc, text(res).await)
}

/// The version the edit page's form was read at.
async fn version(app: &TestApp, c: &Client, slug: &str) -> String {
    let (s, body) = get(app, c, &format!("/schemes/{slug}/edit")).await;
    assert_eq!(s, 200, "{body}");
    let needle = "name=\"version\" value=\"";
    let i = body.find(needle).expect("version field") + needle.len();
    body[i..].split('"').next().unwrap().to_owned()
}

/// What the form sends for a complete, valid new scheme.
fn new_scheme_fields(slug: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slug", slug.to_owned()),
        ("kind", "grant".into()),
        ("title_fr", "Aide à l’économie circulaire".into()),
        ("title_pl", "Wsparcie gospodarki obiegu zamkniętego".into()),
        ("title_en", "Circular economy grant".into()),
        ("summary_fr", "Une aide pour les ressourceries.".into()),
        (
            "description_fr",
            "Premier paragraphe.\r\n\r\nSecond paragraphe.".into(),
        ),
        ("funder_name_0", "Département des Hauts-de-Seine".into()),
        ("funder_kind_0", "departement".into()),
        ("funder_lead_0", "on".into()),
        ("funder_name_1", "".into()),
        ("funder_kind_1", "eu".into()),
        ("perimeter", "fr:departement:92".into()),
        ("themes", "circular-economy".into()),
        ("themes", "social-innovation".into()),
        ("recurrence", "one-off".into()),
        ("opens", "2026-01-01T00:00".into()),
        ("closes", "2030-01-01T00:00".into()),
        ("zone", "Europe/Paris".into()),
        ("currency", "EUR".into()),
        ("envelope", "50 000".into()),
        ("documents_fr", "Budget prévisionnel\nStatuts".into()),
        ("documents_en", "Budget\nArticles".into()),
        ("review_fr", "Caractère innovant".into()),
        ("languages", "fr".into()),
        ("contact", "eco@example.org".into()),
        ("url", "https://example.org/aide".into()),
    ]
}

fn borrow<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

fn set(v: &mut Vec<(&'static str, String)>, key: &'static str, value: &str) {
    v.retain(|(k, _)| *k != key);
    v.push((key, value.to_owned()));
}

async fn export_one(app: &TestApp, c: &Client, slug: &str) -> Value {
    let res = c
        .get(app.url(&format!("/schemes/{slug}/export.json")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

async fn criteria_action(
    app: &TestApp,
    c: &Client,
    slug: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let v = version(app, c, slug).await;
    let mut all = vec![("version", v.as_str())];
    all.extend_from_slice(fields);
    post(app, c, &format!("/schemes/{slug}/criteria"), &all).await
}

async fn preview_verdict(app: &TestApp, c: &Client, slug: &str, query: &str) -> String {
    let (s, body) = get(
        app,
        c,
        &format!("/schemes/{slug}/criteria?preview=1&{query}"),
    )
    .await;
    assert_eq!(s, 200);
    let needle = "class=\"bo-verdict bo-verdict-";
    let i = body
        .find(needle)
        .unwrap_or_else(|| panic!("no verdict in {body}"))
        + needle.len();
    body[i..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn a_scheme_from_draft_to_next_edition() {
    let app = demo().await;
    let c = officer(&app).await;
    let slug = "aide-circulaire-2026";

    let (s, body) = get(&app, &c, "/authorities/hauts-de-seine/schemes").await;
    assert_eq!(s, 200);
    assert!(
        body.contains("/schemes/progress-2024/edit"),
        "lists the tenant's schemes"
    );
    assert!(
        !body.contains("tiers-lieux-intermediation"),
        "only this tenant's"
    );
    let (s, body) = get(&app, &c, "/authorities/hauts-de-seine/schemes/new").await;
    assert_eq!(s, 200);
    assert!(body.contains("type=\"datetime-local\""));
    assert!(body.contains("<option value=\"Europe/Warsaw\""));

    // Errors keep what was typed.
    let mut bad = new_scheme_fields("Pas Un Slug");
    set(&mut bad, "envelope", "beaucoup");
    set(&mut bad, "title_fr", "");
    set(&mut bad, "title_pl", "");
    set(&mut bad, "title_en", "");
    set(&mut bad, "closes", "2020-01-01T00:00");
    let (s, _, body) = post(
        &app,
        &c,
        "/authorities/hauts-de-seine/schemes/new",
        &borrow(&bad),
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("class=\"error-summary\""));
    for id in ["#slug", "#envelope", "#title_fr", "#closes"] {
        assert!(
            body.contains(&format!("href=\"{id}\"")),
            "summary links {id}"
        );
    }
    assert!(body.contains("value=\"Pas Un Slug\""), "slug kept");
    assert!(body.contains("value=\"beaucoup\""), "amount kept");
    assert!(
        body.contains("Une aide pour les ressourceries."),
        "summary kept"
    );
    assert!(
        body.contains("value=\"social-innovation\" checked"),
        "themes kept"
    );
    assert!(
        body.contains("value=\"Département des Hauts-de-Seine\""),
        "funders kept"
    );

    // Created as a draft, invisible to the public.
    let fields = new_scheme_fields(slug);
    let (s, loc, _) = post(
        &app,
        &c,
        "/authorities/hauts-de-seine/schemes/new",
        &borrow(&fields),
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(loc, format!("/schemes/{slug}/edit"));
    assert_eq!(
        app.get(&format!("/api/v1/schemes/{slug}"))
            .await
            .unwrap()
            .status(),
        404
    );
    let f = export_one(&app, &c, slug).await;
    assert_eq!(f["status"], "draft");
    assert_eq!(f["tenant"], "hauts-de-seine");
    assert_eq!(
        f["scheme"]["envelope"],
        json!({"minor": 5_000_000, "currency": "EUR"})
    );
    assert_eq!(f["scheme"]["window"]["closes"], "2030-01-01T00:00:00");
    assert_eq!(
        f["scheme"]["description"]["fr"],
        "Premier paragraphe.\n\nSecond paragraphe."
    );
    assert_eq!(f["scheme"]["funders"].as_array().unwrap().len(), 1);
    assert_eq!(f["scheme"]["funders"][0]["lead"], true);
    assert_eq!(
        f["scheme"]["documents"][1],
        json!({"fr": "Statuts", "pl": "", "en": "Articles"})
    );
    assert_eq!(version(&app, &c, slug).await, "1");

    // Edit, then a stale edit is refused and shown without losing the input.
    let mut edit = new_scheme_fields(slug);
    set(&mut edit, "title_fr", "Aide à l’économie circulaire (2026)");
    set(&mut edit, "version", "1");
    set(&mut edit, "note", "Titre précisé");
    let (s, _, _) = post(&app, &c, &format!("/schemes/{slug}/edit"), &borrow(&edit)).await;
    assert_eq!(s, 303);
    assert_eq!(version(&app, &c, slug).await, "2");
    set(&mut edit, "title_fr", "Titre écrasé");
    let (s, _, body) = post(&app, &c, &format!("/schemes/{slug}/edit"), &borrow(&edit)).await;
    assert_eq!(s, 409);
    assert!(
        body.contains("Quelqu’un a modifié ce dispositif"),
        "conflict shown"
    );
    assert!(body.contains("value=\"Titre écrasé\""), "input kept");
    assert!(
        body.contains("name=\"version\" value=\"1\""),
        "still the stale version"
    );
    assert!(body.contains("<li>Titre</li>"), "says what changed");
    let f = export_one(&app, &c, slug).await;
    assert_eq!(
        f["scheme"]["title"]["fr"],
        "Aide à l’économie circulaire (2026)"
    );

    // Criteria: add a ceiling, change it, add and delete a node.
    let (s, loc, _) = criteria_action(
        &app,
        &c,
        slug,
        &[
            ("action", "add"),
            ("node", "criteria"),
            ("child_type", "requested_max"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(loc, format!("/schemes/{slug}/criteria#node-requested-max"));
    let (s, _, _) = criteria_action(
        &app,
        &c,
        slug,
        &[
            ("action", "save"),
            ("node", "requested-max"),
            ("id", "plafond"),
            ("amount", "10 000"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let f = export_one(&app, &c, slug).await;
    assert_eq!(
        f["scheme"]["criteria"]["children"][0],
        json!({"id": "plafond", "type": "requested_max", "max": {"minor": 1_000_000, "currency": "EUR"}})
    );
    let (s, body) = get(&app, &c, &format!("/schemes/{slug}/criteria")).await;
    assert_eq!(s, 200);
    assert!(body.contains("id=\"node-plafond\""));
    assert!(
        body.contains("ne peut pas dépasser 10\u{202f}000\u{a0}€"),
        "{body}"
    );

    // The preview judges this draft.
    let applicant = "s_country=FR&s_legal_form=9220&s_location=fr%3Acommune%3A92050";
    assert_eq!(
        preview_verdict(&app, &c, slug, &format!("{applicant}&s_requested=12000")).await,
        "not_eligible"
    );
    assert_eq!(
        preview_verdict(&app, &c, slug, &format!("{applicant}&s_requested=8000")).await,
        "eligible"
    );
    assert_eq!(
        preview_verdict(&app, &c, slug, "s_requested=8000").await,
        "unknown"
    );
    let (_, body) = get(
        &app,
        &c,
        &format!("/schemes/{slug}/criteria?preview=1&s_legal_form=12&s_requested=abc"),
    )
    .await;
    assert!(
        body.contains("href=\"#s_legal_form\""),
        "sample errors named"
    );
    assert!(body.contains("href=\"#s_requested\""));

    // Raising the threshold changes the verdict.
    let (s, _, _) = criteria_action(
        &app,
        &c,
        slug,
        &[
            ("action", "save"),
            ("node", "plafond"),
            ("id", "plafond"),
            ("amount", "15000"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(
        preview_verdict(&app, &c, slug, &format!("{applicant}&s_requested=12000")).await,
        "eligible"
    );

    // A parameter that does not validate is refused, and what was typed stays.
    let (s, _, _) = criteria_action(
        &app,
        &c,
        slug,
        &[
            ("action", "add"),
            ("node", "criteria"),
            ("child_type", "themes"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let (s, _, body) = criteria_action(
        &app,
        &c,
        slug,
        &[
            ("action", "save"),
            ("node", "themes"),
            ("id", "themes"),
            ("min", "3"),
            ("themes", "culture"),
        ],
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#node-themes\""), "{body}");
    assert!(
        body.contains("value=\"culture\" checked"),
        "typed values kept"
    );
    let (s, _, _) =
        criteria_action(&app, &c, slug, &[("action", "delete"), ("node", "themes")]).await;
    assert_eq!(s, 303);
    let (_, body) = get(&app, &c, &format!("/schemes/{slug}/criteria")).await;
    assert!(!body.contains("id=\"node-themes\""));
    let (s, _, _) = criteria_action(
        &app,
        &c,
        slug,
        &[("action", "delete"), ("node", "criteria")],
    )
    .await;
    assert_eq!(s, 422, "the root stays");
    // A group: any of two conditions.
    let (s, loc, _) = criteria_action(
        &app,
        &c,
        slug,
        &[
            ("action", "add"),
            ("node", "criteria"),
            ("child_type", "any"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    assert!(loc.ends_with("#node-group"));
    let (s, _, _) = criteria_action(
        &app,
        &c,
        slug,
        &[("action", "add"), ("node", "group"), ("child_type", "sse")],
    )
    .await;
    assert_eq!(s, 303);
    let (s, _, _) = criteria_action(
        &app,
        &c,
        slug,
        &[
            ("action", "regroup"),
            ("node", "group"),
            ("group_type", "at_least"),
            ("min", "2"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let f = export_one(&app, &c, slug).await;
    assert_eq!(f["scheme"]["criteria"]["children"][1]["type"], "at_least");
    assert_eq!(f["scheme"]["criteria"]["children"][1]["min"], 2);
    let (s, _, _) =
        criteria_action(&app, &c, slug, &[("action", "delete"), ("node", "group")]).await;
    assert_eq!(s, 303);
    // A stale criteria form is refused.
    let (s, _, body) = post(
        &app,
        &c,
        &format!("/schemes/{slug}/criteria"),
        &[("version", "1"), ("action", "delete"), ("node", "plafond")],
    )
    .await;
    assert_eq!(s, 409);
    assert!(body.contains("id=\"node-plafond\""), "nothing deleted");

    // Publish: the scheme reaches the API and the eligibility engine.
    let v = version(&app, &c, slug).await;
    let (s, _, _) = post(
        &app,
        &c,
        &format!("/schemes/{slug}/status"),
        &[("version", &v), ("to", "published")],
    )
    .await;
    assert_eq!(s, 303);
    let res = app.get(&format!("/api/v1/schemes/{slug}")).await.unwrap();
    assert_eq!(res.status(), 200);
    let dto: Value = res.json().await.unwrap();
    assert_eq!(dto["status"], "published");
    assert_eq!(dto["max_grant"]["amount_minor"], 1_500_000);
    let res = app
        .client
        .post(app.url("/api/v1/eligibility"))
        .json(&json!({
            "schemes": [slug],
            "applicant": {"country": "FR", "legal_form": "9220", "location": "fr:commune:92050"},
            "project": {"requested": {"amount_minor": 1_200_000, "currency": "EUR"}}
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let answer: Value = res.json().await.unwrap();
    assert_eq!(answer["results"][0]["verdict"], "eligible", "{answer}");
    // The edit page offers only the allowed transitions.
    let (_, body) = get(&app, &c, &format!("/schemes/{slug}/edit")).await;
    assert!(body.contains("value=\"closed\""));
    assert!(body.contains("value=\"draft\""));
    assert!(!body.contains("name=\"to\" value=\"archived\""));
    let v = version(&app, &c, slug).await;
    let (s, _, _) = post(
        &app,
        &c,
        &format!("/schemes/{slug}/status"),
        &[("version", &v), ("to", "archived")],
    )
    .await;
    assert_eq!(s, 409, "published cannot be archived directly");

    // Close, then a new edition as a draft.
    let (s, _, _) = post(
        &app,
        &c,
        &format!("/schemes/{slug}/status"),
        &[("version", &v), ("to", "closed")],
    )
    .await;
    assert_eq!(s, 303);
    let dto: Value = app
        .get(&format!("/api/v1/schemes/{slug}"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(dto["status"], "closed");
    let (s, _, body) = post(
        &app,
        &c,
        &format!("/schemes/{slug}/edition"),
        &[("new_slug", "progress-2024")],
    )
    .await;
    assert_eq!(s, 422, "slug taken");
    assert!(body.contains("Un dispositif porte déjà cet identifiant"));
    assert!(body.contains("value=\"progress-2024\""));
    let (_, body) = get(&app, &c, &format!("/schemes/{slug}/edit")).await;
    assert!(
        body.contains("value=\"aide-circulaire-2027\""),
        "next slug proposed"
    );
    let (s, loc, _) = post(
        &app,
        &c,
        &format!("/schemes/{slug}/edition"),
        &[("new_slug", "aide-circulaire-2027")],
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(loc, "/schemes/aide-circulaire-2027/edit");
    let next = export_one(&app, &c, "aide-circulaire-2027").await;
    assert_eq!(next["status"], "draft");
    assert_eq!(next["scheme"]["edition"], 2);
    assert_eq!(next["scheme"]["previous_edition"], slug);
    assert_eq!(next["scheme"]["window"]["opens"], "2027-01-01T00:00:00");
    assert_eq!(
        app.get("/api/v1/schemes/aide-circulaire-2027")
            .await
            .unwrap()
            .status(),
        404
    );

    // History: every version, newest first, with its author and note.
    let (s, body) = get(&app, &c, &format!("/schemes/{slug}/history")).await;
    assert_eq!(s, 200);
    let last: usize = version(&app, &c, slug).await.parse().unwrap();
    assert!(last >= 12, "{last}");
    let first = body.find(&format!("/history/{last}\"")).unwrap();
    let one = body.find("/history/1\"").unwrap();
    assert!(first < one, "newest first");
    assert!(body.contains("Claire Martin"));
    assert!(body.contains("Titre précisé"));
    assert!(body.contains("Statut : Publié"));
    assert!(body.contains("Critère plafond modifié"));
    let (s, body) = get(&app, &c, &format!("/schemes/{slug}/history/1")).await;
    assert_eq!(s, 200);
    assert!(body.contains("Première version."));
    assert!(body.contains("Brouillon"));
    let (s, body) = get(&app, &c, &format!("/schemes/{slug}/history/2")).await;
    assert_eq!(s, 200);
    assert!(body.contains("<li>Titre</li>"), "{body}");
    assert!(
        body.contains("Ouverture des candidatures le 1er janvier 2026"),
        "conditions in words"
    );
    let (s, _) = get(&app, &c, &format!("/schemes/{slug}/history/999")).await;
    assert_eq!(s, 404);
    // In another language.
    c.get(app.url("/lang/pl?next=/")).send().await.unwrap();
    let (_, body) = get(&app, &c, &format!("/schemes/{slug}/history")).await;
    assert!(body.contains("Historia programu"), "Polish page");
}

#[tokio::test]
async fn who_may_use_the_back_office() {
    let app = demo().await;
    let officer = officer(&app).await;
    let admin = login(&app, "admin@demo.passerelle.test").await;
    let reviewer = login(&app, "evaluatrice@demo.passerelle.test").await;
    let other_officer = login(&app, "urzednik@demo.passerelle.test").await;
    let applicant = login(&app, "porteur@demo.passerelle.test").await;
    let anonymous = TestApp::new_client().unwrap();

    let pages = [
        "/authorities/hauts-de-seine/schemes",
        "/authorities/hauts-de-seine/schemes/new",
        "/schemes/progress-2024/edit",
        "/schemes/progress-2024/criteria",
        "/schemes/progress-2024/criteria?preview=1&s_country=FR",
        "/schemes/progress-2024/history",
        "/schemes/progress-2024/history/1",
    ];
    let exports = [
        "/schemes/progress-2024/export.json",
        "/authorities/hauts-de-seine/schemes/export.json",
        "/authorities/hauts-de-seine/schemes/export.xlsx",
    ];
    // (who, client, page status, export status)
    let cases: [(&str, &Client, u16, u16); 6] = [
        ("officer", &officer, 200, 200),
        ("admin", &admin, 200, 200),
        ("reviewer", &reviewer, 403, 403),
        ("officer elsewhere", &other_officer, 403, 403),
        ("applicant", &applicant, 403, 403),
        ("anonymous", &anonymous, 303, 401),
    ];
    for (who, c, page, export) in cases {
        for path in pages {
            let res = c.get(app.url(path)).send().await.unwrap();
            assert_eq!(res.status(), page, "{who} GET {path}");
            if page == 303 {
                assert!(location(&res).starts_with("/login?next="), "{who} {path}");
            }
        }
        for path in exports {
            let res = c.get(app.url(path)).send().await.unwrap();
            assert_eq!(res.status(), export, "{who} GET {path}");
            if export == 401 {
                let v: Value = res.json().await.unwrap();
                assert_eq!(v["error"]["code"], "unauthenticated");
            }
        }
        // No write goes through for anyone but the staff.
        let v = "1";
        let writes: [(&str, Vec<(&str, &str)>); 5] = [
            (
                "/schemes/progress-2024/status",
                vec![("version", v), ("to", "draft")],
            ),
            (
                "/schemes/progress-2024/edition",
                vec![("new_slug", "progress-pirate")],
            ),
            (
                "/schemes/progress-2024/criteria",
                vec![("version", v), ("action", "delete"), ("node", "sse")],
            ),
            (
                "/schemes/progress-2024/edit",
                vec![("version", v), ("title_fr", "Piraté")],
            ),
            (
                "/authorities/hauts-de-seine/schemes/new",
                vec![("slug", "pirate-scheme"), ("title_fr", "Pirate")],
            ),
        ];
        if who == "officer" || who == "admin" {
            continue;
        }
        for (path, fields) in writes {
            let res = app.post_form(c, path, &fields).await.unwrap();
            let expected = if who == "anonymous" { 303 } else { 403 };
            assert_eq!(res.status(), expected, "{who} POST {path}");
        }
        let token = app.csrf(c).await.unwrap();
        let form = Form::new()
            .text("_csrf", token)
            .part("file", Part::bytes(b"[]".to_vec()).file_name("x.json"));
        let res = c
            .post(app.url("/authorities/hauts-de-seine/schemes/import"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        let expected = if who == "anonymous" { 303 } else { 403 };
        assert_eq!(res.status(), expected, "{who} import");
    }
    // The authority's page leads its staff, and only them, to the back office.
    let (_, body) = get(&app, &officer, "/authorities/hauts-de-seine").await;
    assert!(body.contains("href=\"/authorities/hauts-de-seine/schemes\""));
    let (_, body) = get(&app, &applicant, "/authorities/hauts-de-seine").await;
    assert!(!body.contains("href=\"/authorities/hauts-de-seine/schemes\""));
    // Nothing changed.
    let f = export_one(&app, &officer, "progress-2024").await;
    assert_eq!(f["status"], "published");
    assert_eq!(version(&app, &officer, "progress-2024").await, "1");
    let (s, _) = get(&app, &officer, "/schemes/progress-pirate/edit").await;
    assert_eq!(s, 404);
    // The officer of Hauts-de-Seine is a stranger to Mazowieckie's pages.
    let (s, _) = get(&app, &officer, "/authorities/mazowieckie/schemes").await;
    assert_eq!(s, 403);
    let (s, _) = get(&app, &officer, "/schemes/tiers-lieux-intermediation/edit").await;
    assert_eq!(s, 403);
    let (s, _) = get(&app, &officer, "/schemes/no-such-scheme/edit").await;
    assert_eq!(s, 404);
    let (s, _) = get(&app, &officer, "/authorities/nowhere/schemes").await;
    assert_eq!(s, 404);
    // Every form needs the CSRF token.
    let res = officer
        .post(app.url("/schemes/progress-2024/status"))
        .form(&[("version", "1"), ("to", "draft")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = officer
        .post(app.url("/authorities/hauts-de-seine/schemes/import"))
        .multipart(Form::new().part("file", Part::bytes(b"[]".to_vec()).file_name("x.json")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(version(&app, &officer, "progress-2024").await, "1");
}

async fn import(
    app: &TestApp,
    c: &Client,
    tenant: &str,
    name: &str,
    bytes: Vec<u8>,
) -> (u16, String, String) {
    let token = app.csrf(c).await.unwrap();
    let form = Form::new()
        .text("_csrf", token)
        .part("file", Part::bytes(bytes).file_name(name.to_owned()));
    let res = c
        .post(app.url(&format!("/authorities/{tenant}/schemes/import")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let loc = location(&res);
    (status, loc, text(res).await)
}

async fn export_bytes(app: &TestApp, c: &Client, path: &str) -> Vec<u8> {
    let res = c.get(app.url(path)).send().await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn export_and_import_round_trip() {
    let app = demo().await;
    let admin = login(&app, "admin@demo.passerelle.test").await;
    let c = officer(&app).await;

    // A scheme using every field, made through the form.
    let mut fields = new_scheme_fields("aide-complete");
    set(&mut fields, "recurrence", "annual");
    set(&mut fields, "opens", "2026-03-01T09:30");
    set(&mut fields, "closes", "2026-04-30T18:00");
    set(&mut fields, "envelope", "12 345,67");
    set(
        &mut fields,
        "description_pl",
        "Akapit.\n\nDrugi akapit z „cudzysłowem”.",
    );
    let (s, _, body) = post(
        &app,
        &c,
        "/authorities/hauts-de-seine/schemes/new",
        &borrow(&fields),
    )
    .await;
    assert_eq!(s, 303, "{body}");
    for ty in [
        "beneficiary",
        "rate_max",
        "expenses_min",
        "cofunders",
        "consortium",
        "label",
        "services",
        "commitment",
        "country",
    ] {
        let (s, _, _) = criteria_action(
            &app,
            &c,
            "aide-complete",
            &[("action", "add"), ("node", "criteria"), ("child_type", ty)],
        )
        .await;
        assert_eq!(s, 303, "{ty}");
    }
    let (s, _, body) = criteria_action(
        &app,
        &c,
        "aide-complete",
        &[
            ("action", "save"),
            ("node", "beneficiary"),
            ("id", "beneficiary"),
            ("categories", "association"),
            ("legal_forms", "5499, PL:155"),
        ],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    let (s, _, _) = criteria_action(
        &app,
        &c,
        "aide-complete",
        &[
            ("action", "save"),
            ("node", "rate-max"),
            ("id", "rate-max"),
            ("rate", "12,5"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let f = export_one(&app, &c, "aide-complete").await;
    let kids = &f["scheme"]["criteria"]["children"];
    assert_eq!(
        kids[0]["legal_forms"],
        json!([{"country": "FR", "code": "5499"}, {"country": "PL", "code": "155"}])
    );
    assert_eq!(kids[1]["basis_points"], 1250);
    assert_eq!(f["scheme"]["envelope"]["minor"], 1_234_567);

    for tenant in ["hauts-de-seine", "normandie", "demo-tiers-lieux"] {
        let json_before = export_bytes(
            &app,
            &admin,
            &format!("/authorities/{tenant}/schemes/export.json"),
        )
        .await;
        let count = serde_json::from_slice::<Value>(&json_before)
            .unwrap()
            .as_array()
            .unwrap()
            .len();
        assert!(count >= 1);
        // XLSX out and back in: every scheme is found identical.
        let xlsx = export_bytes(
            &app,
            &admin,
            &format!("/authorities/{tenant}/schemes/export.xlsx"),
        )
        .await;
        assert!(xlsx.starts_with(b"PK\x03\x04"));
        let (s, loc, body) = import(&app, &admin, tenant, "schemes.xlsx", xlsx).await;
        assert_eq!(s, 303, "{tenant}: {body}");
        assert_eq!(
            loc,
            format!("/authorities/{tenant}/schemes?created=0&updated=0&unchanged={count}")
        );
        // JSON out and back in, too.
        let (s, loc, _) = import(&app, &admin, tenant, "schemes.json", json_before.clone()).await;
        assert_eq!(s, 303);
        assert!(loc.ends_with(&format!("unchanged={count}")));
        let json_after = export_bytes(
            &app,
            &admin,
            &format!("/authorities/{tenant}/schemes/export.json"),
        )
        .await;
        assert_eq!(json_before, json_after, "{tenant}: identical schemes");
    }
    let (s, body) = get(
        &app,
        &c,
        "/authorities/hauts-de-seine/schemes?created=0&updated=0&unchanged=2",
    )
    .await;
    assert_eq!(s, 200);
    assert!(body.contains("2 dispositifs inchangés"));

    // An edited file: one update, one creation, in one go.
    let mut files: Value = serde_json::from_slice(
        &export_bytes(&app, &c, "/authorities/hauts-de-seine/schemes/export.json").await,
    )
    .unwrap();
    let arr = files.as_array_mut().unwrap();
    let progress = arr
        .iter_mut()
        .find(|f| f["scheme"]["slug"] == "progress-2024")
        .unwrap();
    progress["scheme"]["title"]["en"] = json!("Progr'ESS (imported)");
    let mut copy = progress.clone();
    copy["scheme"]["slug"] = json!("progress-import");
    copy["status"] = json!("draft");
    arr.push(copy);
    let (s, loc, body) = import(
        &app,
        &c,
        "hauts-de-seine",
        "edited.json",
        serde_json::to_vec(&files).unwrap(),
    )
    .await;
    assert_eq!(s, 303, "{body}");
    assert!(loc.contains("created=1&updated=1"), "{loc}");
    let f = export_one(&app, &c, "progress-2024").await;
    assert_eq!(f["scheme"]["title"]["en"], "Progr'ESS (imported)");
    let (_, body) = get(&app, &c, "/schemes/progress-2024/history").await;
    assert!(body.contains("Import"));
    assert_eq!(
        export_one(&app, &c, "progress-import").await["status"],
        "draft"
    );
    let dto: Value = app
        .get("/api/v1/schemes/progress-2024")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(dto["version"], 2, "the catalogue sees the new version");

    // A single object is a file too.
    let mut one = export_one(&app, &c, "progress-import").await;
    one["scheme"]["summary"]["fr"] = json!("Résumé importé.");
    let (s, loc, _) = import(
        &app,
        &c,
        "hauts-de-seine",
        "one.json",
        serde_json::to_vec(&one).unwrap(),
    )
    .await;
    assert_eq!(s, 303);
    assert!(loc.contains("updated=1"));
}

#[tokio::test]
async fn a_refused_import_changes_nothing() {
    let app = demo().await;
    let c = officer(&app).await;
    let before = export_bytes(&app, &c, "/authorities/hauts-de-seine/schemes/export.json").await;
    let progress: Value = serde_json::from_slice::<Value>(&before).unwrap()[0].clone();
    assert_eq!(progress["scheme"]["slug"], "progress-2024");

    let mut fresh = progress.clone();
    fresh["scheme"]["slug"] = json!("fresh-scheme");
    let mut updated = progress.clone();
    updated["scheme"]["title"]["fr"] = json!("Ne doit pas rester");
    let mut broken = progress.clone();
    broken["scheme"]["slug"] = json!("broken-scheme");
    broken["status"] = json!("live");
    broken["scheme"]["window"]
        .as_object_mut()
        .unwrap()
        .remove("zone");
    broken["scheme"]["criteria"]["children"][2]["max"] = json!("lots");
    let mut invalid = progress.clone();
    invalid["scheme"]["slug"] = json!("invalid-scheme");
    invalid["scheme"]["perimeter"] = json!(["fr:commune:99999"]);
    invalid["scheme"]["criteria"]["children"][1]["min"] = json!(5);
    let file = json!([fresh, updated, broken, invalid]);
    let (s, _, body) = import(
        &app,
        &c,
        "hauts-de-seine",
        "bad.json",
        serde_json::to_vec(&file).unwrap(),
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("Rien n’a été importé"));
    for (field, message) in [
        ("status", "Valeur inconnue."),
        ("scheme.window.zone", "Ce champ est obligatoire."),
        ("scheme.criteria.max-grant", "Valeur invalide."),
        ("scheme.perimeter[0]", "Territoire inconnu"),
        (
            "scheme.criteria.themes",
            "Le nombre minimum ne peut pas être atteint",
        ),
    ] {
        let cell = format!("<code>{field}</code></td><td>{message}");
        assert!(body.contains(&cell), "{field}: {body}");
    }
    assert!(body.contains("n° 3"), "the scheme is named by position");
    assert!(body.contains("n° 4 (invalid-scheme)"));

    // Slugs of another tenant: refused after the first scheme was written
    // in the transaction, which is rolled back.
    let mut theirs = progress.clone();
    theirs["scheme"]["slug"] = json!("tiers-lieux-intermediation");
    let file = json!([fresh, updated, theirs]);
    let (s, _, body) = import(
        &app,
        &c,
        "hauts-de-seine",
        "theirs.json",
        serde_json::to_vec(&file).unwrap(),
    )
    .await;
    assert_eq!(s, 422);
    assert!(
        body.contains("déjà utilisé par le dispositif d’une autre collectivité"),
        "{body}"
    );
    // A file for another tenant.
    let mut elsewhere = fresh.clone();
    elsewhere["tenant"] = json!("normandie");
    let (s, _, body) = import(
        &app,
        &c,
        "hauts-de-seine",
        "x.json",
        serde_json::to_vec(&elsewhere).unwrap(),
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("appartient à une autre collectivité"));
    // Not a scheme file at all; empty; not a workbook; too large.
    let (s, _, body) = import(&app, &c, "hauts-de-seine", "x.json", b"{oops".to_vec()).await;
    assert_eq!(s, 422);
    assert!(body.contains("n’est pas un JSON valide"));
    let (s, _, body) = import(&app, &c, "hauts-de-seine", "x.json", b"[]".to_vec()).await;
    assert_eq!(s, 422);
    assert!(body.contains("ne contient aucun dispositif"));
    let (s, _, body) = import(&app, &c, "hauts-de-seine", "x.json", vec![]).await;
    assert_eq!(s, 422);
    assert!(body.contains("Choisissez un fichier"));
    let (s, _, body) = import(
        &app,
        &c,
        "hauts-de-seine",
        "x.xlsx",
        b"PK\x03\x04garbage".to_vec(),
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("classeur Excel"));
    let (s, _, _) = import(
        &app,
        &c,
        "hauts-de-seine",
        "big.json",
        vec![b' '; 2 * 1024 * 1024 + 64 * 1024],
    )
    .await;
    assert_eq!(s, 413);
    // Problems are told in the reader's language.
    c.get(app.url("/lang/en?next=/")).send().await.unwrap();
    let token = app.csrf(&c).await.unwrap();
    let res = c
        .post(app.url("/authorities/hauts-de-seine/schemes/import"))
        .multipart(Form::new().text("_csrf", token).part(
            "file",
            Part::bytes(serde_json::to_vec(&json!([broken])).unwrap()).file_name("b.json"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body = text(res).await;
    assert!(body.contains("Nothing was imported"), "{body}");
    assert!(body.contains("<code>scheme.window.zone</code></td><td>This field is required."));

    // Nothing changed.
    let after = export_bytes(&app, &c, "/authorities/hauts-de-seine/schemes/export.json").await;
    assert_eq!(before, after);
    for slug in ["fresh-scheme", "broken-scheme", "invalid-scheme"] {
        let (s, _) = get(&app, &c, &format!("/schemes/{slug}/edit")).await;
        assert_eq!(s, 404, "{slug}");
    }
    assert_eq!(version(&app, &c, "progress-2024").await, "1");
}

fn schema() -> jsonschema::Validator {
    let path = passerelle_testkit::repo_root().join("docs/scheme.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::new(&schema).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:?}");
}

#[tokio::test]
async fn the_json_schema_describes_every_file() {
    let v = schema();
    let dir = passerelle_testkit::repo_root().join("data/demo/schemes");
    let mut seen = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
        assert_valid(&v, &doc, &e.path().display().to_string());
        seen += 1;
    }
    assert_eq!(seen, 3);

    let app = demo().await;
    let admin = login(&app, "admin@demo.passerelle.test").await;
    // Served as is.
    let served: Value = app
        .get("/schemas/scheme.json")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        served["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    // A scheme using every kind of criterion, made through the editor.
    let fields = new_scheme_fields("every-criterion");
    let (s, _, _) = post(
        &app,
        &admin,
        "/authorities/hauts-de-seine/schemes/new",
        &borrow(&fields),
    )
    .await;
    assert_eq!(s, 303);
    for ty in [
        "all",
        "any",
        "at_least",
        "country",
        "beneficiary",
        "sse",
        "label",
        "themes",
        "requested_max",
        "requested_min",
        "rate_max",
        "expenses_min",
        "services",
        "commitment",
        "cofunders",
        "consortium",
    ] {
        let (s, _, _) = criteria_action(
            &app,
            &admin,
            "every-criterion",
            &[("action", "add"), ("node", "criteria"), ("child_type", ty)],
        )
        .await;
        assert_eq!(s, 303, "{ty}");
    }
    for tenant in [
        "hauts-de-seine",
        "mazowieckie",
        "demo-tiers-lieux",
        "normandie",
        "dolnoslaskie",
    ] {
        let all: Value = serde_json::from_slice(
            &export_bytes(
                &app,
                &admin,
                &format!("/authorities/{tenant}/schemes/export.json"),
            )
            .await,
        )
        .unwrap();
        for f in all.as_array().unwrap() {
            assert_valid(&v, f, &format!("{tenant} export"));
            let slug = f["scheme"]["slug"].as_str().unwrap();
            assert_valid(&v, &export_one(&app, &admin, slug).await, slug);
        }
    }

    // Broken files are refused.
    let good: Value = serde_json::from_str(
        &std::fs::read_to_string(
            passerelle_testkit::repo_root().join("data/demo/schemes/progress-2024.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut b = good.clone();
        f(&mut b);
        b
    };
    let cases = [
        (
            "no title",
            broken(&|b| {
                b["scheme"].as_object_mut().unwrap().remove("title");
            }),
        ),
        ("unknown status", broken(&|b| b["status"] = json!("live"))),
        (
            "bad slug",
            broken(&|b| b["scheme"]["slug"] = json!("Not A Slug")),
        ),
        (
            "unknown criterion type",
            broken(&|b| b["scheme"]["criteria"]["children"][0]["type"] = json!("magic")),
        ),
        (
            "rate of zero",
            broken(&|b| {
                b["scheme"]["criteria"]["children"][0] =
                    json!({"id": "r", "type": "rate_max", "basis_points": 0})
            }),
        ),
        (
            "bad territory",
            broken(&|b| b["scheme"]["perimeter"] = json!(["fr:commune:1"])),
        ),
        (
            "one-off without dates",
            broken(&|b| {
                b["scheme"]["window"]
                    .as_object_mut()
                    .unwrap()
                    .remove("closes");
            }),
        ),
        (
            "amount as text",
            broken(&|b| b["scheme"]["envelope"]["minor"] = json!("100")),
        ),
        (
            "unknown field",
            broken(&|b| b["scheme"]["colour"] = json!("blue")),
        ),
    ];
    for (what, doc) in cases {
        assert!(!v.is_valid(&doc), "{what} should be refused");
    }
}
