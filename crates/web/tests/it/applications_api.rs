//! Applications over the JSON API, on the demo calls: a Normandy consortium of three writes
//! the Fabrique d'initiatives form together (with a conflict on one section), files checked by
//! content, submission to the second of the deadline, the eligibility engine re-run at
//! submission, the receipt and its mail, the officers' workflow with messages and history,
//! reminders and the deadline's clean-up, and who may see what on every route.

use reqwest::Client;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::{TestApp, actor, demo, login};

/// A minimal PDF (recognised by its `%PDF-` signature).
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

pub async fn call(
    app: &TestApp,
    c: &Client,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = match method {
        "GET" => c.get(app.url(path)),
        "POST" => c.post(app.url(path)),
        "PATCH" => c.patch(app.url(path)),
        "DELETE" => c.delete(app.url(path)),
        _ => unreachable!(),
    };
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.header("accept-language", "en").send().await.unwrap();
    let status = res.status().as_u16();
    let text = res.text().await.unwrap_or_default();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// A new confirmed account with an organisation created through the API; returns its
/// client and the organisation's id.
pub async fn applicant(
    app: &TestApp,
    email: &str,
    name: &str,
    form: &str,
    commune: &str,
) -> (Client, String) {
    let c = app.signed_in_client(email).await.unwrap();
    let (st, org) = call(
        app,
        &c,
        "POST",
        "/api/v1/organisations",
        Some(
            json!({"legal_name": name, "country": "FR", "legal_form": form, "commune_id": commune}),
        ),
    )
    .await;
    assert_eq!(st, 201, "{org}");
    (c, org["id"].as_str().unwrap().to_owned())
}

fn version(app: &Value, section: &str) -> i64 {
    app["sections"][section]["version"].as_i64().unwrap_or(0)
}

async fn invite_and_join(app: &TestApp, owner: &Client, id: &str, invitee: &Client, email: &str) {
    let res = app
        .post_form(
            owner,
            &format!("/applications/{id}/invitations"),
            &[("email", email)],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "invitation sent");
    app.deliver_mail().await.unwrap();
    let link = app
        .link_in_last_mail(email, "/application-invitations/")
        .expect("invitation link mailed");
    let res = app.post_form(invitee, &link, &[]).await.unwrap();
    assert_eq!(res.status(), 303, "invitation accepted");
    assert_eq!(crate::location(&res), format!("/applications/{id}"));
}

/// The Normandy consortium: the lead association starts, invites two partners who fill
/// their sections; two saves of the same section collide and nothing is lost; files are
/// checked by content; the submission freezes the content and mails a receipt with its PDF.
#[tokio::test]
async fn a_consortium_of_three_fills_the_normandy_form_together() {
    let app = demo().await;
    app.set_now("2020-02-14T10:00:00+01:00").unwrap();
    let (lead, lead_org) = applicant(
        &app,
        "lead@bocage.test",
        "Bocage Numérique",
        "9220",
        "fr:commune:14118",
    )
    .await;
    let (p2, _) = applicant(
        &app,
        "scic@ateliers.test",
        "SCIC Les Ateliers",
        "9220",
        "fr:commune:50129",
    )
    .await;
    let (p3, _) = applicant(
        &app,
        "cc@bocage.test",
        "Communauté de communes du Bocage",
        "7346",
        "fr:commune:14118",
    )
    .await;
    let base = "/api/v1/calls/fabrique-initiatives-2020/applications";
    // The call's form is public: its sections and the facts its fields feed.
    let anon = TestApp::new_client().unwrap();
    let (st, f) = call(
        &app,
        &anon,
        "GET",
        "/api/v1/calls/fabrique-initiatives-2020/form",
        None,
    )
    .await;
    assert_eq!((st, f["version"].as_i64()), (200, Some(1)));
    assert_eq!(f["form"]["sections"].as_array().unwrap().len(), 5);
    assert_eq!(f["form"]["balanced_budget"], true);
    assert_eq!(
        call(&app, &anon, "GET", "/api/v1/calls/nope/form", None)
            .await
            .0,
        404
    );

    let (st, a) = call(
        &app,
        &lead,
        "POST",
        base,
        Some(json!({"organisation_id": lead_org})),
    )
    .await;
    assert_eq!(st, 201, "{a}");
    assert_eq!(
        (a["state"].as_str(), a["role"].as_str()),
        (Some("draft"), Some("editor"))
    );
    let id = a["id"].as_str().unwrap().to_owned();
    let url = format!("{base}/{id}");
    // Before being invited, partners see nothing.
    assert_eq!(call(&app, &p2, "GET", &url, None).await.0, 404);
    invite_and_join(&app, &lead, &id, &p2, "scic@ateliers.test").await;
    invite_and_join(&app, &lead, &id, &p3, "cc@bocage.test").await;

    // Each writes a section.
    let save = |section: &str, v: i64, answers: Value| json!({"sections": {section: {"version": v, "answers": answers}}});
    let (st, a) = call(&app, &lead, "PATCH", &url, Some(save("initiative", 0, json!({
        "title": "Tiers-lieu du Bocage", "initiative": "Un tiers-lieu itinérant.",
        "value": "Des bureaux partagés à moins de 20 minutes.", "objectives": ["coworking", "white-zones"]})))).await;
    assert_eq!(st, 200, "{a}");
    assert_eq!(a["title"], "Tiers-lieu du Bocage");
    let (st, _) = call(
        &app,
        &p2,
        "PATCH",
        &url,
        Some(save(
            "consortium",
            0,
            json!({
        "is_consortium": true,
        "partners": [{"name": "Bocage Numérique", "lead": true}, {"name": "SCIC Les Ateliers"},
                     {"name": "Communauté de communes du Bocage"}]}),
        )),
    )
    .await;
    assert_eq!(st, 200);
    // Two partners save the strategy from the same version: the second sees a conflict and
    // the first one's text stays.
    let (_, fresh) = call(&app, &p3, "GET", &url, None).await;
    let v = version(&fresh, "strategy");
    let strategy = json!({"strategy": "Trois antennes en deux ans.",
        "plan": [{"year": 2020, "milestone": "Étude", "deliverable": "Rapport"}, {"year": 2021, "milestone": "Ouverture"}]});
    assert_eq!(
        call(
            &app,
            &p3,
            "PATCH",
            &url,
            Some(save("strategy", v, strategy.clone()))
        )
        .await
        .0,
        200
    );
    let (st, err) = call(
        &app,
        &p2,
        "PATCH",
        &url,
        Some(save("strategy", v, json!({"strategy": "Autre chose"}))),
    )
    .await;
    assert_eq!(
        (st, err["error"]["code"].as_str()),
        (409, Some("version_conflict"))
    );
    let (_, now) = call(&app, &lead, "GET", &url, None).await;
    assert_eq!(now["sections"]["strategy"]["answers"], strategy);
    assert_eq!(version(&now, "strategy"), v + 1);

    // Malformed answers are refused, naming the field; nothing changes.
    let (st, err) = call(
        &app,
        &lead,
        "PATCH",
        &url,
        Some(save(
            "budget",
            0,
            json!({
        "budget": [{"phase": "launch", "year": 2020, "category": "works", "amount_minor": 1}]}),
        )),
    )
    .await;
    assert_eq!(st, 422);
    assert_eq!(err["error"]["fields"][0]["field"], "budget");
    assert_eq!(err["error"]["fields"][0]["code"], "budget_phase_unknown");
    let (st, _) = call(&app, &lead, "PATCH", &url, Some(save("budget", 0, json!({
        "budget": [
            {"phase": "study", "year": 2020, "category": "engineering", "amount_minor": 1_500_000},
            {"phase": "deployment", "year": 2021, "category": "works", "amount_minor": 6_000_000},
            {"phase": "deployment", "year": 2021, "category": "staff", "amount_minor": 500_000, "eligible": false}],
        "requested": {"amount_minor": 4_000_000},
        "cofunding": [
            {"funder": "Communauté de communes du Bocage", "kind": "public", "funder_kind": "intercommunality", "amount_minor": 3_000_000, "status": "requested"},
            {"funder": "Fonds propres", "kind": "private", "amount_minor": 1_000_000, "status": "obtained"}]})))).await;
    assert_eq!(st, 200);

    // Files: a PDF is taken; an executable named .pdf is not; too large is not.
    let up = |c: &Client, name: &str, bytes: Vec<u8>| {
        c.post(app.url(&format!("{url}/attachments?field=letters&filename={name}")))
            .header("content-type", "application/octet-stream")
            .body(bytes)
            .send()
    };
    let res = up(&p3, "soutien-mairie.pdf", PDF.to_vec()).await.unwrap();
    assert_eq!(res.status(), 201);
    let att: Value = res.json().await.unwrap();
    assert_eq!(att["content_type"], "application/pdf");
    let res = up(
        &p3,
        "virus.pdf",
        b"MZ\x90\x00\x03\x00\x00\x00this is not a pdf".to_vec(),
    )
    .await
    .unwrap();
    assert_eq!(res.status(), 422);
    let big = [PDF.to_vec(), vec![b' '; 10 * 1024 * 1024 + 1]].concat();
    assert_eq!(up(&p3, "big.pdf", big).await.unwrap().status(), 422);
    let (_, a) = call(&app, &lead, "GET", &url, None).await;
    assert_eq!(
        a["attachments"].as_array().unwrap().len(),
        1,
        "refused files are not kept"
    );
    assert_eq!(
        a["sections"]["support"]["answers"]["letters"],
        json!([att["id"]])
    );
    let res = lead
        .get(app.url(&format!(
            "{url}/attachments/{}",
            att["id"].as_str().unwrap()
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);

    // Submission needs the declaration; then it freezes.
    let (st, err) = call(&app, &lead, "POST", &format!("{url}/submit"), None).await;
    assert_eq!(st, 422);
    assert!(
        err["error"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["field"] == "honour")
    );
    let (_, a) = call(&app, &lead, "GET", &url, None).await;
    let (st, _) = call(
        &app,
        &lead,
        "PATCH",
        &url,
        Some(save(
            "support",
            version(&a, "support"),
            json!({
        "letters": [att["id"]], "honour": true}),
        )),
    )
    .await;
    assert_eq!(st, 200);
    let (st, receipt) = call(&app, &p2, "POST", &format!("{url}/submit"), None).await;
    assert_eq!(st, 200, "{receipt}");
    assert_eq!(receipt["reference"], "FABRIQUE-INITIATIVES-2020-000001");
    assert_eq!(receipt["zone"], "Europe/Paris");
    // The account's language (French here) wins over Accept-Language.
    assert_eq!(
        receipt["submitted_at_local"],
        "14 février 2020 à 10:00:00 (Europe/Paris)"
    );
    // The hash is the SHA-256 of the stored canonical content, which holds the file's hash.
    let row =
        passerelle_store::repo::applications::find(&mut app.ctx.db.conn().await.unwrap(), &id)
            .await
            .unwrap()
            .unwrap();
    let frozen = row.frozen.unwrap();
    assert_eq!(
        receipt["sha256"].as_str().unwrap(),
        hex::encode(Sha256::digest(frozen.as_bytes()))
    );
    assert!(frozen.contains(att["sha256"].as_str().unwrap()));
    assert!(frozen.contains("\"lead\":true"));
    // Frozen: no more saves, no second submission.
    let (st, err) = call(
        &app,
        &lead,
        "PATCH",
        &url,
        Some(save("initiative", 1, json!({"title": "x"}))),
    )
    .await;
    assert_eq!(
        (st, err["error"]["code"].as_str()),
        (409, Some("not_editable"))
    );
    assert_eq!(
        call(&app, &lead, "POST", &format!("{url}/submit"), None)
            .await
            .0,
        409
    );
    // The receipt goes by mail to the team, with the receipt's PDF.
    app.deliver_mail().await.unwrap();
    for who in ["scic@ateliers.test", "lead@bocage.test", "cc@bocage.test"] {
        let mails = app.mails_to(who);
        let mail = mails.last().expect("receipt mailed");
        if passerelle_app::mail::attachment_names(mail).is_empty() {
            eprintln!("MAIL>>>{}", &mail[..mail.len().min(3000)]);
        }
        assert!(
            passerelle_app::mail::header(mail, "Subject")
                .contains("FABRIQUE-INITIATIVES-2020-000001"),
            "{who}"
        );
        assert_eq!(
            passerelle_app::mail::attachment_names(mail),
            vec!["FABRIQUE-INITIATIVES-2020-000001.pdf"]
        );
        assert!(
            passerelle_testkit::decode_body(mail).contains(receipt["sha256"].as_str().unwrap())
        );
    }
    let (st, r) = call(&app, &p3, "GET", &format!("{url}/receipt"), None).await;
    assert_eq!((st, &r["reference"]), (200, &receipt["reference"]));
}

/// A submission committed at 23:59:59.999 on the closing day is accepted; one a millisecond
/// later is refused, and the draft stays a draft.
#[tokio::test]
async fn submission_is_judged_at_the_millisecond() {
    let app = demo().await;
    app.set_now("2023-12-20T09:00:00+01:00").unwrap();
    let base = "/api/v1/calls/progress-2024/applications";
    let answers = |title: &str| {
        json!({"sections": {
            "project": {"version": 0, "answers": {"title": title, "description": "Une ressourcerie.",
                "theme": ["solidarity-finance"], "innovation": "service", "innovation_detail": "Prêt d’objets."}},
            "team": {"version": 0, "answers": {"team": "Deux salariés, dix bénévoles."}},
            "funding": {"version": 0, "answers": {"requested": {"amount_minor": 1_200_000},
                "budget": [{"year": 2024, "category": "staff", "amount_minor": 2_000_000, "phase": ""}],
                "honour": true}}}})
    };
    let mut ids = vec![];
    for (i, email) in ["a@nanterre.test", "b@nanterre.test"].iter().enumerate() {
        let (c, org) = applicant(
            &app,
            email,
            &format!("Ressourcerie {i}"),
            "9220",
            "fr:commune:92050",
        )
        .await;
        let (st, a) = call(
            &app,
            &c,
            "POST",
            base,
            Some(json!({"organisation_id": org})),
        )
        .await;
        assert_eq!(st, 201);
        let url = format!("{base}/{}", a["id"].as_str().unwrap());
        let (st, e) = call(
            &app,
            &c,
            "PATCH",
            &url,
            Some(answers(&format!("Projet {i}"))),
        )
        .await;
        assert_eq!(st, 200, "{e}");
        ids.push((c, url));
    }
    app.set_now("2023-12-31T23:59:59.999+01:00").unwrap();
    let (st, r) = call(
        &app,
        &ids[0].0,
        "POST",
        &format!("{}/submit", ids[0].1),
        None,
    )
    .await;
    assert_eq!(st, 200, "{r}");
    assert_eq!(r["submitted_at"], "2023-12-31T22:59:59.999Z");
    app.set_now("2024-01-01T00:00:00.000+01:00").unwrap();
    let (st, e) = call(
        &app,
        &ids[1].0,
        "POST",
        &format!("{}/submit", ids[1].1),
        None,
    )
    .await;
    assert_eq!(
        (st, e["error"]["code"].as_str()),
        (409, Some("submission_closed"))
    );
    let (_, a) = call(&app, &ids[1].0, "GET", &ids[1].1, None).await;
    assert_eq!(a["state"], "draft");
    assert!(a["reference"].is_null());
    // After the deadline the draft is read-only (the default policy keeps it).
    let (st, e) = call(
        &app,
        &ids[1].0,
        "PATCH",
        &ids[1].1,
        Some(json!({"sections": {"team": {"version": 1, "answers": {"team": "x"}}}})),
    )
    .await;
    assert_eq!(
        (st, e["error"]["code"].as_str()),
        (409, Some("call_closed"))
    );
}

/// The engine is re-run on the application: over the cap, or not in the SSE, refused with
/// the reason tied to the field; a company declared SSE is taken.
#[tokio::test]
async fn eligibility_is_checked_again_at_submission() {
    let app = demo().await;
    app.set_now("2023-12-01T12:00:00+01:00").unwrap();
    let base = "/api/v1/calls/progress-2024/applications";
    let (c, org) = applicant(
        &app,
        "sas@nanterre.test",
        "SAS Réparer",
        "5710",
        "fr:commune:92050",
    )
    .await;
    let (_, a) = call(
        &app,
        &c,
        "POST",
        base,
        Some(json!({"organisation_id": org})),
    )
    .await;
    let url = format!("{base}/{}", a["id"].as_str().unwrap());
    let body = |amount: i64| {
        json!({"sections": {
        "project": {"version": 0, "answers": {"title": "Réparer", "description": "d", "theme": ["sustainable-development"],
            "innovation": "product", "innovation_detail": "d"}},
        "team": {"version": 0, "answers": {"team": "t"}},
        "funding": {"version": 0, "answers": {"requested": {"amount_minor": amount},
            "budget": [{"year": 2024, "category": "equipment", "amount_minor": 3_000_000, "phase": ""}], "honour": true}}}})
    };
    assert_eq!(
        call(&app, &c, "PATCH", &url, Some(body(1_600_000))).await.0,
        200
    );
    let (st, e) = call(&app, &c, "POST", &format!("{url}/submit"), None).await;
    assert_eq!(st, 422, "{e}");
    let fields: Vec<(String, String)> = e["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        fields.contains(&("requested".into(), "requested_over_cap".into())),
        "{fields:?}"
    );
    // Within the cap, a company not declared SSE is still not eligible.
    let (_, a) = call(&app, &c, "GET", &url, None).await;
    let (st, _) = call(&app, &c, "PATCH", &url, Some(json!({"sections": {"funding": {"version": version(&a, "funding"),
        "answers": {"requested": {"amount_minor": 1_500_000},
            "budget": [{"year": 2024, "category": "equipment", "amount_minor": 3_000_000, "phase": ""}], "honour": true}}}}))).await;
    assert_eq!(st, 200);
    let (st, e) = call(&app, &c, "POST", &format!("{url}/submit"), None).await;
    assert_eq!(
        (st, e["error"]["fields"][0]["code"].as_str()),
        (422, Some("not_eligible"))
    );
    // Declared SSE (a commercial company that says so), it goes through.
    let (_, o) = call(
        &app,
        &c,
        "PATCH",
        &format!("/api/v1/organisations/{org}"),
        Some(json!({"sse_basis": ["declared_commercial_company"]})),
    )
    .await;
    assert_eq!(o["sse_member"], true);
    let (st, r) = call(&app, &c, "POST", &format!("{url}/submit"), None).await;
    assert_eq!(st, 200, "{r}");
    assert_eq!(r["reference"], "PROGRESS-2024-000001");
}

/// After submission: the officer reads it (written to the history), asks for information
/// with a note (mailed), the applicant completes it, the officer accepts; messages both ways.
#[tokio::test]
async fn the_officers_workflow_with_history_and_messages() {
    let app = demo().await;
    app.set_now("2023-12-01T12:00:00+01:00").unwrap();
    let base = "/api/v1/calls/progress-2024/applications";
    let porteur = login(&app, "porteur@demo.passerelle.test").await;
    let (_, mine) = call(
        &app,
        &porteur,
        "GET",
        "/api/v1/organisations?mine=true",
        None,
    )
    .await;
    let org = mine["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, a) = call(
        &app,
        &porteur,
        "POST",
        base,
        Some(json!({"organisation_id": org})),
    )
    .await;
    let url = format!("{base}/{}", a["id"].as_str().unwrap());
    let (st, e) = call(&app, &porteur, "PATCH", &url, Some(json!({"sections": {
        "project": {"version": 0, "answers": {"title": "Repair café", "description": "d", "theme": ["solidarity-finance"],
            "innovation": "event", "innovation_detail": "d"}},
        "team": {"version": 0, "answers": {"team": "t"}},
        "funding": {"version": 0, "answers": {"requested": {"amount_minor": 900_000},
            "budget": [{"year": 2024, "category": "staff", "amount_minor": 1_000_000, "phase": ""}], "honour": true}}}}))).await;
    assert_eq!(st, 200, "{e}");
    // A draft is its editors' only: the officer does not see it yet.
    let officer = login(&app, "agent@demo.passerelle.test").await;
    assert_eq!(call(&app, &officer, "GET", &url, None).await.0, 404);
    // Messages need someone on the other side.
    assert_eq!(
        call(
            &app,
            &porteur,
            "POST",
            &format!("{url}/messages"),
            Some(json!({"body": "Bonjour"}))
        )
        .await
        .0,
        409
    );
    assert_eq!(
        call(&app, &porteur, "POST", &format!("{url}/submit"), None)
            .await
            .0,
        200
    );

    let (st, seen) = call(&app, &officer, "GET", &url, None).await;
    assert_eq!(
        (st, seen["role"].as_str(), seen["state_label"].as_str()),
        (200, Some("officer"), Some("À examiner"))
    );
    assert_eq!(
        seen["sections"]["project"]["answers"]["title"],
        "Repair café"
    );
    let (st, list) = call(&app, &officer, "GET", base, None).await;
    assert_eq!((st, list["total"].as_u64()), (200, Some(1)));
    // The applicant cannot act as an officer, nor the officer as the applicant.
    let tr = |event: &str, note: &str| Some(json!({"event": event, "note": note}));
    assert_eq!(
        call(
            &app,
            &porteur,
            "POST",
            &format!("{url}/transitions"),
            tr("accept", "")
        )
        .await
        .0,
        404
    );
    let (st, e) = call(
        &app,
        &officer,
        "POST",
        &format!("{url}/transitions"),
        tr("accept", ""),
    )
    .await;
    assert_eq!(
        (st, e["error"]["code"].as_str()),
        (409, Some("transition_not_allowed"))
    );
    let (st, s) = call(
        &app,
        &officer,
        "POST",
        &format!("{url}/transitions"),
        tr("request_info", "Merci de préciser le budget."),
    )
    .await;
    assert_eq!((st, s["state"].as_str()), (200, Some("info_requested")));
    app.deliver_mail().await.unwrap();
    assert!(
        app.mails_to("porteur@demo.passerelle.test")
            .iter()
            .any(|m| passerelle_testkit::decode_body(m).contains("Merci de préciser le budget.")),
        "the note is mailed to the applicant"
    );
    // The applicant edits and completes.
    let (_, a) = call(&app, &porteur, "GET", &url, None).await;
    assert_eq!(a["next_events"], json!(["complete", "withdraw"]));
    let (st, _) = call(&app, &porteur, "PATCH", &url, Some(json!({"sections": {"team": {"version": version(&a, "team"), "answers": {"team": "Trois salariés."}}}}))).await;
    assert_eq!(st, 200);
    assert_eq!(
        call(
            &app,
            &porteur,
            "POST",
            &format!("{url}/transitions"),
            tr("complete", "")
        )
        .await
        .0,
        200
    );
    assert_eq!(
        call(
            &app,
            &porteur,
            "POST",
            &format!("{url}/messages"),
            Some(json!({"body": "Budget précisé."}))
        )
        .await
        .0,
        201
    );
    app.advance(1000);
    assert_eq!(
        call(
            &app,
            &officer,
            "POST",
            &format!("{url}/messages"),
            Some(json!({"body": "Merci."}))
        )
        .await
        .0,
        201
    );
    let (_, seen) = call(&app, &officer, "GET", &url, None).await;
    assert_eq!(
        seen["sections"]["team"]["answers"]["team"], "Trois salariés.",
        "officers read the completed content"
    );
    assert_eq!(
        call(
            &app,
            &officer,
            "POST",
            &format!("{url}/transitions"),
            tr("accept", "Bravo")
        )
        .await
        .1["state"],
        "accepted"
    );
    let (_, msgs) = call(&app, &porteur, "GET", &format!("{url}/messages"), None).await;
    let sides: Vec<&str> = msgs
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["side"].as_str().unwrap())
        .collect();
    assert_eq!(sides, vec!["applicant", "officer"]);
    // The officers' history has every transition and every reading; the applicant's has no readings.
    let (_, h) = call(&app, &officer, "GET", &format!("{url}/history"), None).await;
    let actions: Vec<&str> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in [
        "create",
        "submit",
        "view",
        "request_info",
        "complete",
        "accept",
    ] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    let (_, h) = call(&app, &porteur, "GET", &format!("{url}/history"), None).await;
    assert!(h.as_array().unwrap().iter().all(|e| e["action"] != "view"));
    let accepted = h
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "accept")
        .unwrap();
    assert_eq!(
        (
            accepted["from_state"].as_str(),
            accepted["to_state"].as_str()
        ),
        (Some("in_review"), Some("accepted"))
    );
}

/// Every application route, for an applicant of another organisation, a reviewer of the
/// tenant (no assignment), an officer of another tenant and an anonymous caller: 404 (401
/// when anonymous), and nothing changes.
#[tokio::test]
async fn nobody_else_sees_a_dossier_or_its_files() {
    let app = demo().await;
    app.set_now("2023-12-01T12:00:00+01:00").unwrap();
    let base = "/api/v1/calls/progress-2024/applications";
    let (owner, org) = applicant(&app, "owner@a.test", "Asso A", "9220", "fr:commune:92050").await;
    let (_, a) = call(
        &app,
        &owner,
        "POST",
        base,
        Some(json!({"organisation_id": org})),
    )
    .await;
    let id = a["id"].as_str().unwrap().to_owned();
    let url = format!("{base}/{id}");
    let res = owner
        .post(app.url(&format!("{url}/attachments?field=letters")))
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404, "no such field on this form");
    // Starting for an organisation one is not a member of is refused.
    let (other, other_org) =
        applicant(&app, "other@b.test", "Asso B", "9220", "fr:commune:92050").await;
    let (st, _) = call(
        &app,
        &other,
        "POST",
        base,
        Some(json!({"organisation_id": org})),
    )
    .await;
    assert_eq!(st, 422);
    let _ = other_org;
    let reviewer = login(&app, "evaluatrice@demo.passerelle.test").await;
    let polish = login(&app, "urzednik@demo.passerelle.test").await;
    let anon = TestApp::new_client().unwrap();
    let att = "00000000-0000-4000-8000-000000000000";
    let routes: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", url.clone(), None),
        (
            "PATCH",
            url.clone(),
            Some(json!({"sections": {"team": {"version": 0, "answers": {"team": "x"}}}})),
        ),
        ("POST", format!("{url}/submit"), None),
        ("GET", format!("{url}/receipt"), None),
        ("GET", format!("{url}/messages"), None),
        (
            "POST",
            format!("{url}/messages"),
            Some(json!({"body": "x"})),
        ),
        (
            "POST",
            format!("{url}/transitions"),
            Some(json!({"event": "withdraw"})),
        ),
        ("GET", format!("{url}/history"), None),
        ("GET", format!("{url}/attachments/{att}"), None),
        ("DELETE", format!("{url}/attachments/{att}"), None),
    ];
    for (who, c, expect) in [
        ("other applicant", &other, 404),
        ("reviewer", &reviewer, 404),
        ("other tenant's officer", &polish, 404),
        ("anonymous", &anon, 401),
    ] {
        for (m, path, body) in &routes {
            let (st, _) = call(&app, c, m, path, body.clone()).await;
            assert_eq!(st, expect, "{who}: {m} {path}");
        }
        let res = c
            .post(app.url(&format!("{url}/attachments?field=letters&filename=x.pdf")))
            .header("content-type", "application/octet-stream")
            .body(PDF.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), expect, "{who}: upload");
    }
    // The officers' list is for the call's officers.
    assert_eq!(call(&app, &other, "GET", base, None).await.0, 403);
    assert_eq!(call(&app, &reviewer, "GET", base, None).await.0, 403);
    assert_eq!(call(&app, &anon, "GET", base, None).await.0, 401);
    // A dossier of one call is not found under another call's path.
    assert_eq!(
        call(
            &app,
            &owner,
            "GET",
            &format!("/api/v1/calls/fabrique-initiatives-2020/applications/{id}"),
            None
        )
        .await
        .0,
        404
    );
    // Nothing changed.
    let (_, a) = call(&app, &owner, "GET", &url, None).await;
    assert_eq!(
        (
            a["state"].as_str(),
            a["sections"].as_object().unwrap().len()
        ),
        (Some("draft"), 0)
    );
}

/// Draft holders are reminded 7 days and 48 hours before the deadline, once each; with the
/// "delete" policy, drafts go after the retention period.
#[tokio::test]
async fn reminders_before_the_deadline_and_drafts_deleted_after_it() {
    let app = demo().await;
    app.set_now("2023-12-01T12:00:00+01:00").unwrap();
    let base = "/api/v1/calls/progress-2024/applications";
    let (c, org) = applicant(
        &app,
        "late@nanterre.test",
        "Asso Tardive",
        "9220",
        "fr:commune:92050",
    )
    .await;
    let (_, a) = call(
        &app,
        &c,
        "POST",
        base,
        Some(json!({"organisation_id": org})),
    )
    .await;
    let url = format!("{base}/{}", a["id"].as_str().unwrap());
    let officer = actor(&app, "agent@demo.passerelle.test").await;
    passerelle_app::applications::forms::save_settings(
        &app.ctx,
        &officer,
        "progress-2024",
        &passerelle_app::applications::forms::CallSettings {
            reminder_hours: vec![168, 48],
            drafts: passerelle_domain::application::deadline_work::DraftPolicy::Delete {
                retention_days: 10,
            },
        },
    )
    .await
    .unwrap();
    assert_eq!(app.run_deadline().await.unwrap().reminded, 0);
    app.set_now("2023-12-25T00:00:00+01:00").unwrap();
    assert_eq!(app.run_deadline().await.unwrap().reminded, 1);
    assert_eq!(app.run_deadline().await.unwrap().reminded, 0, "once");
    app.deliver_mail().await.unwrap();
    let mail = app.mails_to("late@nanterre.test").pop().unwrap();
    assert!(
        passerelle_app::mail::header(&mail, "Subject").contains("7"),
        "{mail}"
    );
    app.set_now("2023-12-30T01:00:00+01:00").unwrap();
    assert_eq!(
        app.run_deadline().await.unwrap().reminded,
        1,
        "48 hours before"
    );
    app.set_now("2024-01-05T00:00:00+01:00").unwrap();
    assert_eq!(
        app.run_deadline().await.unwrap().deleted,
        0,
        "kept during the retention"
    );
    assert_eq!(call(&app, &c, "GET", &url, None).await.0, 200);
    app.set_now("2024-01-11T00:00:00+01:00").unwrap();
    assert_eq!(app.run_deadline().await.unwrap().deleted, 1);
    assert_eq!(call(&app, &c, "GET", &url, None).await.0, 404);
}
