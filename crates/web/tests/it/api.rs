use serde_json::{Value, json};

use crate::TestApp;

async fn get_json(app: &TestApp, path: &str) -> (u16, Value) {
    let res = app.get(path).await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn ids(v: &Value) -> Vec<String> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn territory_search_and_detail() {
    let app = TestApp::spawn().await.unwrap();
    let (s, v) = get_json(&app, "/api/v1/territories?q=nanterre").await;
    assert_eq!(s, 200);
    assert_eq!(ids(&v)[0], "fr:commune:92050");
    let (_, v) = get_json(&app, "/api/v1/territories?q=ile%20de%20france").await;
    assert!(ids(&v).contains(&"fr:region:11".to_owned()), "{v}");
    let (_, v) = get_json(&app, "/api/v1/territories?q=wroclaw&kind=pl:gmina").await;
    assert_eq!(ids(&v)[0], "pl:gmina:0264011");
    let (_, v) = get_json(&app, "/api/v1/territories?q=92050").await;
    assert_eq!(v["items"][0]["name"], "Nanterre");
    let (_, v) = get_json(&app, "/api/v1/territories?q=WROCŁAW").await;
    assert!(ids(&v).contains(&"pl:gmina:0264011".to_owned()));

    let (s, v) = get_json(&app, "/api/v1/territories/fr:commune:92050").await;
    assert_eq!(s, 200);
    let anc: Vec<&str> = v["ancestors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(
        anc.contains(&"fr:departement:92") && anc.contains(&"fr:region:11"),
        "{anc:?}"
    );
    assert!(
        !anc.contains(&"fr:departement:75"),
        "a parent wholly contains its child"
    );
    let (_, v) = get_json(&app, "/api/v1/territories/pl:gmina:0264011").await;
    assert_eq!(v["name"], "Wrocław");
    let (_, v) = get_json(&app, "/api/v1/territories/fr:departement:92").await;
    assert!(v["children_count"].as_u64().unwrap() >= 36);
}

#[tokio::test]
async fn territory_errors_use_the_envelope() {
    let app = TestApp::spawn().await.unwrap();
    for path in [
        "/api/v1/territories/fr:commune:00000",
        "/api/v1/territories/garbage",
    ] {
        let (s, v) = get_json(&app, path).await;
        assert_eq!(s, 404);
        assert_eq!(v["error"]["code"], "not_found");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
    }
    let (s, v) = get_json(&app, "/api/v1/territories?q=x&limit=0").await;
    assert_eq!(s, 422);
    assert_eq!(v["error"]["fields"][0]["code"], "limit_invalid");
    let (s, v) = get_json(&app, "/api/v1/territories?q=x&limit=lots").await;
    assert_eq!(s, 400, "{v}");
    assert_eq!(v["error"]["code"], "bad_request");
    let (s, v) = get_json(&app, "/api/v1/territories?q=x&kind=planet").await;
    assert_eq!(s, 422);
    assert_eq!(v["error"]["fields"][0]["field"], "kind");
    let res = app
        .client
        .get(app.url("/api/v1/nothing"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "not_found");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("What you"),
        "message in English: {v}"
    );
}

#[tokio::test]
async fn openapi_document_is_openapi_3() {
    let app = TestApp::spawn().await.unwrap();
    let (s, v) = get_json(&app, "/api/v1/openapi.json").await;
    assert_eq!(s, 200);
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    for p in [
        "/api/v1/territories",
        "/api/v1/territories/{id}",
        "/api/v1/organisations",
        "/api/v1/organisations/{id}",
    ] {
        assert!(v["paths"][p].is_object(), "path {p} documented");
    }
    assert!(v["paths"]["/api/v1/organisations/{id}"]["patch"].is_object());
    assert!(v["components"]["schemas"]["ErrorEnvelope"].is_object());
}

#[tokio::test]
async fn organisation_api_create_read_patch() {
    let app = TestApp::spawn().await.unwrap();
    let anon = TestApp::new_client().unwrap();
    let body = json!({"legal_name": "SCOP Exemple", "country": "FR", "legal_form": "9220",
                      "identifiers": [{"kind": "siren", "value": "552 100 554"}], "commune_id": "fr:commune:92050"});
    let res = anon
        .post(app.url("/api/v1/organisations"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "unauthenticated");

    let c = app.signed_in_client("api@example.org").await.unwrap();
    let res = c
        .post(app.url("/api/v1/organisations"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    assert_eq!(created["identifiers"][0]["value"], "552100554");
    assert_eq!(created["legal_category"], "association");
    assert_eq!(created["sse_member"], true);
    assert_eq!(created["my_role"], "owner");
    let id = created["id"].as_str().unwrap().to_owned();

    let res = c
        .patch(app.url(&format!("/api/v1/organisations/{id}")))
        .json(&json!({"website": "https://example.org"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["website"], "https://example.org");
    assert_eq!(v["legal_name"], "SCOP Exemple", "PATCH leaves other fields");

    let list: Value = c
        .get(app.url("/api/v1/organisations?mine=true"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    let res = anon
        .get(app.url(&format!("/api/v1/organisations/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn organisation_api_bad_input_changes_nothing() {
    let app = TestApp::spawn_with(passerelle_testkit::Options {
        body_limit: Some(4096),
        ..Default::default()
    })
    .await
    .unwrap();
    let c = app.signed_in_client("bad@example.org").await.unwrap();
    let url = app.url("/api/v1/organisations");
    // Malformed JSON.
    let res = c
        .post(&url)
        .header("content-type", "application/json")
        .body("{\"legal_name\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"]["code"],
        "malformed_json"
    );
    // Not JSON at all.
    let res = c
        .post(&url)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 415);
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"]["code"],
        "unsupported_media_type"
    );
    // Oversized body.
    let big = json!({"legal_name": "x".repeat(10_000), "country": "FR"});
    let res = c.post(&url).json(&big).send().await.unwrap();
    assert_eq!(res.status(), 413);
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"]["code"],
        "payload_too_large"
    );
    // Unknown property.
    let res = c
        .post(&url)
        .json(&json!({"legal_name": "A", "country": "FR", "colour": "red"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    // Invalid SIRET checksum, reported on its field in the reader's language.
    let res = c
        .post(&url)
        .header("accept-language", "pl")
        .json(&json!({"legal_name": "Asso", "country": "FR", "identifiers": [{"kind": "siret", "value": "73282932000075"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "invalid_input");
    assert_eq!(v["error"]["fields"][0]["field"], "identifiers[0]");
    assert_eq!(v["error"]["fields"][0]["code"], "id_bad_checksum");
    // A Polish identifier on a French organisation, an unknown territory, an unknown legal form.
    let res = c
        .post(&url)
        .json(&json!({"legal_name": "Asso", "country": "FR", "legal_form": "0000", "commune_id": "fr:commune:00000",
                      "identifiers": [{"kind": "nip", "value": "5261040828"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let v: Value = res.json().await.unwrap();
    let codes: Vec<&str> = v["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    for code in [
        "legal_form_unknown",
        "commune_invalid",
        "identifier_wrong_country",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    // Nothing was created by any of these.
    let list: Value = c
        .get(app.url("/api/v1/organisations?mine=true"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
}
