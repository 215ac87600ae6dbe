//! Who reaches the officers' routes: the call's officers only.

use passerelle_store::repo::applications as apps;

use super::{ADMIN, CONFLUENT, SLUG, actions_of, actor, demo, fixture, get, login, state_of};
use crate::{TestApp, location};

/// Every officer route for someone who is not an officer of the call: the inbox-wide routes
/// are refused (403: the call is public, its applications are not), the dossier routes do
/// not exist (404), for the applicant too; anonymous visitors are sent to sign in. Nothing
/// changes.
/// A form post: path, fields, the status an outsider gets.
type Post<'a> = (String, Vec<(&'a str, &'a str)>, u16);

#[tokio::test]
async fn only_the_calls_officers_reach_the_officer_routes() {
    let app = demo().await;
    let f = fixture(&app).await;
    let admin = actor(&app, ADMIN).await;
    passerelle_app::tenants::add_staff(
        &app.ctx,
        &admin,
        "demo-tiers-lieux",
        "evaluatrice@demo.passerelle.test",
        "reviewer",
    )
    .await
    .unwrap();
    let base = format!("/schemes/{SLUG}/applications");
    let page = format!("{base}/{}", f.confluent.0);
    let gets = [
        (base.clone(), 403),
        (format!("{base}?verdict=lost"), 403),
        (format!("{base}.csv"), 403),
        (format!("{base}.xlsx"), 403),
        (page.clone(), 404),
        (format!("{page}/dossier.pdf"), 404),
        // A draft is nobody's dossier here, officers' included.
        (format!("{base}/{}", f.draft), 404),
    ];
    let posts: [Post; 5] = [
        (
            format!("{base}/bulk"),
            vec![("event", "close"), ("ids", &f.confluent.0)],
            403,
        ),
        (
            format!("{page}/transition"),
            vec![("event", "close"), ("note", "")],
            404,
        ),
        // The applicant's own events are not posted here either.
        (
            format!("{page}/transition"),
            vec![("event", "withdraw"), ("note", "")],
            404,
        ),
        (format!("{page}/messages"), vec![("body", "Bonjour")], 404),
        (format!("{page}/messages"), vec![("body", "")], 404),
    ];
    let applicant = TestApp::new_client().unwrap();
    let res = app
        .post_form(
            &applicant,
            "/login",
            &[
                ("email", CONFLUENT),
                ("password", passerelle_testkit::PASSWORD),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let outsider = app.signed_in_client("curieux@example.test").await.unwrap();
    let reviewer = login(&app, "evaluatrice@demo.passerelle.test").await;
    let other_officer = login(&app, "agent@demo.passerelle.test").await;
    for (who, c) in [
        ("applicant", &applicant),
        ("outsider", &outsider),
        ("reviewer", &reviewer),
        ("officer of another authority", &other_officer),
    ] {
        for (path, status) in &gets {
            let (s, _) = get(&app, c, path).await;
            assert_eq!(s, *status, "{who} GET {path}");
        }
        for (path, fields, status) in &posts {
            let res = app.post_form(c, path, fields).await.unwrap();
            assert_eq!(
                res.status().as_u16(),
                *status,
                "{who} POST {path} {fields:?}"
            );
        }
    }
    // Anonymous: sent to sign in, for pages and downloads alike.
    let anon = TestApp::new_client().unwrap();
    for (path, _) in &gets {
        let res = anon.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 303, "anonymous GET {path}");
        assert!(location(&res).starts_with("/login?next="), "{path}");
    }
    for (path, fields, _) in &posts {
        let res = app.post_form(&anon, path, fields).await.unwrap();
        assert_eq!(res.status(), 303, "anonymous POST {path}");
    }

    // Without the CSRF token, even the call's officer changes nothing.
    let c = login(&app, ADMIN).await;
    for (path, fields, _) in &posts {
        let res = c.post(app.url(path)).form(fields).send().await.unwrap();
        assert_eq!(res.status(), 403, "no token: {path}");
    }
    assert_eq!(state_of(&app, &f.confluent.0).await, "submitted");
    let mut conn = app.ctx.db.conn().await.unwrap();
    assert!(
        apps::messages(&mut conn, &f.confluent.0)
            .await
            .unwrap()
            .is_empty()
    );
    // Nobody's attempt left a reading in the audit trail.
    assert_eq!(actions_of(&app, &f.confluent.0).await, ["create", "submit"]);
}
