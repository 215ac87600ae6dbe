//! The applicant's pages, without JavaScript: apply for one's organisation, fill sections with
//! plain form posts (tables included), a conflict between two writers shows both versions,
//! the background save (autosave) answers JSON, files go through a multipart form, the check
//! page explains what is missing and the eligibility, submission leads to the receipt and its
//! PDF. Every page of a dossier is "not found" for anyone outside it.

use reqwest::Client;
use serde_json::Value;

use crate::applications_api::{PDF, applicant, call};
use crate::{TestApp, actor, demo, location, login, text};

async fn get(app: &TestApp, c: &Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).send().await.unwrap();
    (res.status().as_u16(), text(res).await)
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

/// The version hidden in a section page.
fn version_in(html: &str) -> String {
    let i = html.find("name=\"version\" value=\"").unwrap() + "name=\"version\" value=\"".len();
    html[i..].split('"').next().unwrap().to_owned()
}

/// Starts a Progr'ESS application through the pages for a new association in Nanterre.
async fn started(app: &TestApp, email: &str) -> (Client, String) {
    let (c, _) = applicant(
        app,
        email,
        "Ressourcerie de Nanterre",
        "9220",
        "fr:commune:92050",
    )
    .await;
    let (st, html) = get(app, &c, "/calls/progress-2024/apply").await;
    assert_eq!(st, 200);
    assert!(html.contains("Ressourcerie de Nanterre"));
    let org = html
        .split("name=\"organisation_id\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (st, loc, _) = post(
        app,
        &c,
        "/calls/progress-2024/apply",
        &[("organisation_id", &org)],
    )
    .await;
    assert_eq!(st, 303);
    let id = loc.trim_start_matches("/applications/").to_owned();
    (c, id)
}

#[tokio::test]
async fn an_applicant_fills_the_progress_form_without_javascript_to_the_receipt() {
    let app = demo().await;
    app.set_now("2023-12-15T10:00:00+01:00").unwrap();
    // Anonymous visitors are sent to sign in first.
    let anon = TestApp::new_client().unwrap();
    let res = anon
        .get(app.url("/calls/progress-2024/apply"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (res.status().as_u16(), location(&res).starts_with("/login")),
        (303, true)
    );
    // The scheme page offers to apply while the call is open.
    let (_, html) = get(&app, &anon, "/schemes/progress-2024").await;
    assert!(html.contains("href=\"/calls/progress-2024/apply\""));
    let (c, id) = started(&app, "nanterre@asso.test").await;
    let (st, html) = get(&app, &c, &format!("/applications/{id}")).await;
    assert_eq!(st, 200);
    assert!(
        html.contains("Brouillon")
            && html.contains("/applications/")
            && html.contains("sections/project")
    );

    // Section 1, with a bad choice first: the page comes back with the error and the typed text.
    let path = format!("/applications/{id}/sections/project");
    let (_, html) = get(&app, &c, &path).await;
    assert!(html.contains("name=\"f.title\"") && html.contains("type=\"checkbox\""));
    let v = version_in(&html);
    let (st, _, html) = post(
        &app,
        &c,
        &path,
        &[
            ("version", &v),
            ("f.title", "Prêt solidaire d’outils"),
            ("f.description", "Une outilthèque."),
            ("f.theme", "painting"),
            ("f.innovation", "service"),
            ("f.innovation_detail", "Adhésion à prix libre."),
        ],
    )
    .await;
    assert_eq!(st, 422);
    assert!(
        html.contains("aria-invalid") || html.contains("class=\"error\""),
        "{html}"
    );
    assert!(html.contains("Prêt solidaire d’outils"), "typed text kept");
    let (st, loc, _) = post(
        &app,
        &c,
        &path,
        &[
            ("version", &v),
            ("f.title", "Prêt solidaire d’outils"),
            ("f.description", "Une outilthèque."),
            ("f.theme", "solidarity-finance"),
            ("f.theme", "sustainable-development"),
            ("f.innovation", "service"),
            ("f.innovation_detail", "Adhésion à prix libre."),
            ("then", "next"),
        ],
    )
    .await;
    assert_eq!(
        (st, loc.as_str()),
        (303, format!("/applications/{id}/sections/team").as_str())
    );
    let (st, _, _) = post(
        &app,
        &c,
        &format!("/applications/{id}/sections/team"),
        &[
            ("version", "0"),
            ("f.team", "Deux salariés."),
            ("f.staff", "2"),
        ],
    )
    .await;
    assert_eq!(st, 303);
    // The budget table: typed amounts with a comma and spaces, a spare row left blank.
    let path = format!("/applications/{id}/sections/funding");
    let (_, html) = get(&app, &c, &path).await;
    assert!(
        html.contains("name=\"f.budget.0.amount\"") && html.contains("name=\"f.budget.1.amount\""),
        "spare rows"
    );
    let (st, loc, html) = post(
        &app,
        &c,
        &path,
        &[
            ("version", "0"),
            ("f.requested", "12 000"),
            ("f.budget.0.year", "2024"),
            ("f.budget.0.category", "staff"),
            ("f.budget.0.label", "Animation"),
            ("f.budget.0.amount", "15 000,50"),
            ("f.budget.0.eligible", "true"),
            ("f.budget.1.category", "staff"),
            ("f.budget.1.eligible", "true"),
            ("f.cofunding.0.funder", ""),
            ("f.cofunding.0.kind", ""),
            ("f.cofunding.0.status", "requested"),
        ],
    )
    .await;
    assert_eq!(st, 303, "{html}");
    assert_eq!(loc, format!("/applications/{id}"));
    let (_, html) = get(&app, &c, &path).await;
    assert!(
        html.contains("value=\"15000,50\""),
        "amounts shown as typed back"
    );

    // The check page: the declaration is missing; the eligibility engine's reasons are shown.
    let (st, html) = get(&app, &c, &format!("/applications/{id}/submit")).await;
    assert_eq!(st, 200);
    assert!(
        html.contains("sections/funding#field-honour"),
        "the missing declaration links to its question"
    );
    assert!(html.contains("class=\"depth-"), "criteria listed");
    let (st, _, html) = post(&app, &c, &format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(st, 422, "not submitted while incomplete");
    assert!(html.contains("field-honour"));
    let (_, html) = get(&app, &c, &path).await;
    let v = version_in(&html);
    let (st, _, _) = post(
        &app,
        &c,
        &path,
        &[
            ("version", &v),
            ("f.requested", "12 000"),
            ("f.budget.0.year", "2024"),
            ("f.budget.0.category", "staff"),
            ("f.budget.0.label", "Animation"),
            ("f.budget.0.amount", "15 000,50"),
            ("f.budget.0.eligible", "true"),
            ("f.honour", "true"),
        ],
    )
    .await;
    assert_eq!(st, 303);
    let (st, loc, _) = post(&app, &c, &format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(
        (st, loc.as_str()),
        (303, format!("/applications/{id}/receipt").as_str())
    );
    let (st, html) = get(&app, &c, &loc).await;
    assert_eq!(st, 200);
    assert!(
        html.contains("PROGRESS-2024-000001")
            && html.contains("15 décembre 2023 à 10:00:00 (Europe/Paris)")
    );
    let res = c
        .get(app.url(&format!("/applications/{id}/receipt.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF-"));
    let res = c
        .get(app.url(&format!("/applications/{id}/dossier.pdf")))
        .send()
        .await
        .unwrap();
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF-"));
    // After the deadline the scheme page no longer offers to apply.
    app.set_now("2024-01-02T10:00:00+01:00").unwrap();
    let (_, html) = get(&app, &anon, "/schemes/progress-2024").await;
    assert!(!html.contains("/calls/progress-2024/apply"));
    // Listed among my applications; sections can no longer be saved.
    let (_, html) = get(&app, &c, "/me/applications").await;
    assert!(html.contains("Prêt solidaire d’outils") && html.contains("PROGRESS-2024-000001"));
    let (st, _, _) = post(&app, &c, &path, &[("version", "9"), ("f.requested", "1")]).await;
    assert_eq!(st, 409);
}

#[tokio::test]
async fn two_writers_on_one_section_see_both_versions_and_autosave_answers_json() {
    let app = demo().await;
    app.set_now("2023-12-15T10:00:00+01:00").unwrap();
    let (a, id) = started(&app, "first@asso.test").await;
    let b = app.signed_in_client("second@asso.test").await.unwrap();
    let (st, _, _) = post(
        &app,
        &a,
        &format!("/applications/{id}/invitations"),
        &[("email", "second@asso.test")],
    )
    .await;
    assert_eq!(st, 303);
    app.deliver_mail().await.unwrap();
    let link = app
        .link_in_last_mail("second@asso.test", "/application-invitations/")
        .unwrap();
    let (st, html) = get(&app, &b, &link).await;
    assert_eq!(st, 200);
    assert!(html.contains("second@asso.test"));
    assert_eq!(post(&app, &b, &link, &[]).await.0, 303);

    let path = format!("/applications/{id}/sections/team");
    let (_, ha) = get(&app, &a, &path).await;
    let (_, hb) = get(&app, &b, &path).await;
    assert_eq!(version_in(&ha), version_in(&hb));
    // A saves in the background (JavaScript), asking for JSON.
    let token = passerelle_testkit::extract_csrf(&ha).unwrap();
    let res = a
        .post(app.url(&path))
        .header("accept", "application/json")
        .form(&[
            ("_csrf", token.as_str()),
            ("version", "0"),
            ("f.team", "Version de A"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let j: Value = res.json().await.unwrap();
    assert_eq!(
        (j["saved"].as_bool(), j["version"].as_i64()),
        (Some(true), Some(1))
    );
    // B saves from version 0: refused, with both versions on the page; A's text is intact.
    let (st, _, html) = post(
        &app,
        &b,
        &path,
        &[("version", "0"), ("f.team", "Version de B")],
    )
    .await;
    assert_eq!(st, 409);
    assert!(
        html.contains("Version de A") && html.contains("Version de B"),
        "both versions shown"
    );
    assert!(html.contains("Test User"), "who saved");
    let loaded = passerelle_app::applications::drafts::get(
        &app.ctx,
        &actor(&app, "first@asso.test").await,
        None,
        &id,
    )
    .await
    .unwrap();
    assert_eq!(loaded.answers()["team"], "Version de A");
    // The page now carries A's version: saving again is a knowing replacement.
    assert_eq!(version_in(&html), "1");
    assert_eq!(
        post(
            &app,
            &b,
            &path,
            &[("version", "1"), ("f.team", "Version de B")]
        )
        .await
        .0,
        303
    );
    // The background save of a stale version answers 409 in JSON.
    let res = a
        .post(app.url(&path))
        .header("accept", "application/json")
        .form(&[
            ("_csrf", token.as_str()),
            ("version", "1"),
            ("f.team", "encore A"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["conflict"], true);
}

#[tokio::test]
async fn files_go_through_a_multipart_form_checked_by_content() {
    let app = demo().await;
    app.set_now("2023-12-15T10:00:00+01:00").unwrap();
    // The tiers-lieux call takes quotes as files; it is permanent, in Lot-et-Garonne.
    let (c, org) = applicant(
        &app,
        "agen@tiers.test",
        "Tiers-lieu d’Agen",
        "9220",
        "fr:commune:47001",
    )
    .await;
    let (st, a) = call(
        &app,
        &c,
        "POST",
        "/api/v1/calls/tiers-lieux-intermediation/applications",
        Some(serde_json::json!({"organisation_id": org})),
    )
    .await;
    assert_eq!(st, 201, "{a}");
    let id = a["id"].as_str().unwrap().to_owned();
    let (_, html) = get(&app, &c, &format!("/applications/{id}/sections/funding")).await;
    assert!(html.contains("enctype=\"multipart/form-data\""));
    let token = passerelle_testkit::extract_csrf(&html).unwrap();
    let upload = |bytes: Vec<u8>, name: &'static str| {
        let form = reqwest::multipart::Form::new()
            .text("_csrf", token.clone())
            .text("field", "quotes")
            .text("section", "funding")
            .part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(name),
            );
        c.post(app.url(&format!("/applications/{id}/attachments")))
            .multipart(form)
            .send()
    };
    let res = upload(PDF.to_vec(), "devis-travaux.pdf").await.unwrap();
    assert_eq!(res.status(), 303);
    let res = upload(b"#!/bin/sh\necho not a pdf\n".to_vec(), "devis.pdf")
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "refused with a message, nothing stored");
    let (_, html) = get(&app, &c, &format!("/applications/{id}/sections/funding")).await;
    assert!(html.contains("devis-travaux.pdf"));
    assert!(!html.contains(">devis.pdf<"));
    assert!(
        html.contains("Ce type de fichier n’est pas accepté"),
        "the refusal is said"
    );
    let href = html
        .split("href=\"/applications/")
        .find(|s| s.contains("/attachments/"))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let res = c
        .get(app.url(&format!("/applications/{href}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    // Someone else gets nothing, whatever the route.
    let other = app.signed_in_client("other@tiers.test").await.unwrap();
    assert_eq!(
        other
            .get(app.url(&format!("/applications/{href}")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let att = href.rsplit('/').next().unwrap().to_owned();
    let (st, _, _) = post(
        &app,
        &other,
        &format!("/applications/{id}/attachments/{att}/delete"),
        &[("section", "funding")],
    )
    .await;
    assert_eq!(st, 404);
    let (st, _, _) = post(
        &app,
        &c,
        &format!("/applications/{id}/attachments/{att}/delete"),
        &[("section", "funding")],
    )
    .await;
    assert_eq!(st, 303);
    assert_eq!(
        c.get(app.url(&format!("/applications/{href}")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

/// Every applicant page of a dossier for an applicant of another organisation, a reviewer of
/// the tenant and the officer while it is a draft: 404; anonymous: sent to sign in. A
/// forged form (no CSRF token) changes nothing.
#[tokio::test]
async fn dossier_pages_are_not_found_for_anyone_outside_it() {
    let app = demo().await;
    app.set_now("2023-12-15T10:00:00+01:00").unwrap();
    let (owner, id) = started(&app, "owner@asso.test").await;
    let other = app.signed_in_client("outsider@asso.test").await.unwrap();
    let reviewer = login(&app, "evaluatrice@demo.passerelle.test").await;
    let officer = login(&app, "agent@demo.passerelle.test").await;
    let gets = [
        format!("/applications/{id}"),
        format!("/applications/{id}/sections/project"),
        format!("/applications/{id}/submit"),
        format!("/applications/{id}/receipt"),
        format!("/applications/{id}/receipt.pdf"),
        format!("/applications/{id}/dossier.pdf"),
        format!("/applications/{id}/attachments/00000000-0000-4000-8000-000000000000"),
    ];
    let posts = [
        format!("/applications/{id}/sections/project"),
        format!("/applications/{id}/submit"),
        format!("/applications/{id}/messages"),
        format!("/applications/{id}/transition"),
        format!("/applications/{id}/invitations"),
        format!("/applications/{id}/attachments/00000000-0000-4000-8000-000000000000/delete"),
    ];
    for (who, c) in [
        ("outsider", &other),
        ("reviewer", &reviewer),
        ("officer (draft)", &officer),
    ] {
        for p in &gets {
            assert_eq!(get(&app, c, p).await.0, 404, "{who} GET {p}");
        }
        for p in &posts {
            let st = post(
                &app,
                c,
                p,
                &[
                    ("event", "withdraw"),
                    ("email", "x@y.test"),
                    ("body", "x"),
                    ("version", "0"),
                ],
            )
            .await
            .0;
            assert_eq!(st, 404, "{who} POST {p}");
        }
    }
    let anon = TestApp::new_client().unwrap();
    for p in &gets {
        let res = anon.get(app.url(p)).send().await.unwrap();
        assert!(location(&res).starts_with("/login"), "anonymous GET {p}");
    }
    // No CSRF token: refused, nothing saved.
    let res = owner
        .post(app.url(&format!("/applications/{id}/sections/team")))
        .form(&[("version", "0"), ("f.team", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let (_, html) = get(&app, &owner, &format!("/applications/{id}/sections/team")).await;
    assert!(!html.contains("forged"));
}

/// The officer's note asking for information stands on the applicant's page; withdrawing asks
/// for a ticked confirmation, then is final.
#[tokio::test]
async fn the_applicant_reads_what_is_asked_and_confirms_a_withdrawal() {
    let app = demo().await;
    app.set_now("2023-12-15T10:00:00+01:00").unwrap();
    let (c, org) = applicant(&app, "w@asso.test", "Asso W", "9220", "fr:commune:92050").await;
    let base = "/api/v1/calls/progress-2024/applications";
    let (_, a) = call(
        &app,
        &c,
        "POST",
        base,
        Some(serde_json::json!({"organisation_id": org})),
    )
    .await;
    let id = a["id"].as_str().unwrap().to_owned();
    let url = format!("{base}/{id}");
    let (st, _) = call(&app, &c, "PATCH", &url, Some(serde_json::json!({"sections": {
        "project": {"version": 0, "answers": {"title": "Recyclerie", "description": "d",
            "theme": ["sustainable-development"], "innovation": "service", "innovation_detail": "d"}},
        "team": {"version": 0, "answers": {"team": "t"}},
        "funding": {"version": 0, "answers": {"requested": {"amount_minor": 500_000},
            "budget": [{"phase": "", "year": 2024, "category": "staff", "amount_minor": 600_000}],
            "honour": true}}}}))).await;
    assert_eq!(st, 200);
    assert_eq!(
        call(&app, &c, "POST", &format!("{url}/submit"), None)
            .await
            .0,
        200
    );
    let officer = login(&app, "agent@demo.passerelle.test").await;
    let (st, _) = call(
        &app,
        &officer,
        "POST",
        &format!("{url}/transitions"),
        Some(serde_json::json!({"event": "request_info", "note": "Joignez le budget détaillé."})),
    )
    .await;
    assert_eq!(st, 200);
    let (_, html) = get(&app, &c, &format!("/applications/{id}")).await;
    assert!(html.contains("Le service instructeur vous demande des compléments"));
    assert!(
        html.contains("Joignez le budget détaillé."),
        "the note is on the page"
    );
    // The officers' page shows the note in the history too.
    let (_, html) = get(
        &app,
        &officer,
        &format!("/schemes/progress-2024/applications/{id}"),
    )
    .await;
    assert!(html.contains("Joignez le budget détaillé."));
    // Withdrawing without the ticked box: refused, nothing changes.
    let (st, _, html) = post(
        &app,
        &c,
        &format!("/applications/{id}/transition"),
        &[("event", "withdraw")],
    )
    .await;
    assert_eq!(st, 422);
    assert!(html.contains("id=\"confirm-error\""));
    let (_, a) = call(&app, &c, "GET", &url, None).await;
    assert_eq!(a["state"], "info_requested");
    let (st, _, _) = post(
        &app,
        &c,
        &format!("/applications/{id}/transition"),
        &[("event", "withdraw"), ("confirm", "yes")],
    )
    .await;
    assert_eq!(st, 303);
    let (_, a) = call(&app, &c, "GET", &url, None).await;
    assert_eq!(
        (
            a["state"].as_str(),
            a["next_events"].as_array().map(Vec::len)
        ),
        (Some("withdrawn"), Some(0))
    );
}
