//! Saved searches and alerts over HTTP: double opt-in, publication alerts sent once,
//! deadline reminders on the test clock, daily digests, one-click unsubscribe, the Atom feed,
//! eligibility profiles, and who may delete what.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use passerelle_app::Actor;
use passerelle_app::schemes::{self, SchemeFile};
use passerelle_domain::scheme::vocab::SchemeStatus;
use reqwest::Client;
use serde_json::json;

use crate::{DEMO_PASSWORD, TestApp, demo, location, text};

const DAY: i64 = 24 * 3600 * 1000;
const SEARCH: &str = "/schemes?theme=circular-economy";

/// The demo officer of Hauts-de-Seine, as a use-case actor.
async fn officer(app: &TestApp) -> Actor {
    let uid = passerelle_app::accounts::login(
        &app.ctx,
        "agent@demo.passerelle.test",
        DEMO_PASSWORD,
        None,
    )
    .await
    .unwrap();
    passerelle_app::accounts::load_actor(&app.ctx, &uid)
        .await
        .unwrap()
        .unwrap()
}

/// A valid scheme of Hauts-de-Seine (the demo's Progr'ESS with another slug, title and
/// themes), open from yesterday until `closes_in_days` days from the test clock's now, at
/// midnight Paris time.
fn scheme(app: &TestApp, slug: &str, title: &str, theme: &str, closes_in_days: i64) -> SchemeFile {
    let mut v: serde_json::Value = serde_json::from_str(schemes::DEMO_SCHEMES[0]).unwrap();
    let now = passerelle_app::clock::Clock::now_ms(&*app.clock);
    let paris = TimeZone::get("Europe/Paris").unwrap();
    let day = |offset: i64| {
        Timestamp::from_millisecond(now + offset * DAY)
            .unwrap()
            .to_zoned_datetime(paris.clone())
            .date()
            .to_datetime(jiff::civil::time(0, 0, 0, 0))
            .to_string()
    };
    let s = &mut v["scheme"];
    s["slug"] = json!(slug);
    s["title"] = json!({"fr": title, "pl": title, "en": title});
    s["themes"] = json!([theme]);
    s["window"] = json!({
        "recurrence": "one-off",
        "opens": day(-1),
        "closes": day(closes_in_days),
        "zone": "Europe/Paris"
    });
    serde_json::from_value(v).unwrap()
}

/// Creates and publishes a scheme as the officer (draft, then published).
async fn publish(app: &TestApp, officer: &Actor, file: SchemeFile) {
    let slug = file.scheme.slug.clone();
    let rec = schemes::create(
        &app.ctx,
        officer,
        "hauts-de-seine",
        file.scheme,
        SchemeStatus::Draft,
        "test",
    )
    .await
    .unwrap();
    schemes::transition(
        &app.ctx,
        officer,
        &slug,
        rec.version,
        SchemeStatus::Published,
    )
    .await
    .unwrap();
}

async fn create_alert(
    app: &TestApp,
    c: &Client,
    source: &str,
    email: &str,
    title: &str,
    frequency: &str,
) -> reqwest::Response {
    app.post_form(
        c,
        "/alerts",
        &[
            ("source", source),
            ("email", email),
            ("title", title),
            ("frequency", frequency),
        ],
    )
    .await
    .unwrap()
}

fn subject(raw: &str) -> String {
    passerelle_app::mail::header(raw, "Subject")
}

fn body(raw: &str) -> String {
    passerelle_testkit::decode_body(raw)
}

/// A signed-in client whose alert on `source` is active; returns the client.
async fn subscriber(
    app: &TestApp,
    email: &str,
    source: &str,
    title: &str,
    frequency: &str,
) -> Client {
    let c = app.signed_in_client(email).await.unwrap();
    let res = create_alert(app, &c, source, "", title, frequency).await;
    assert_eq!(res.status(), 303, "{}", text(res).await);
    c
}

/// The ids in the delete forms of `/me/alerts`.
async fn my_alert_ids(app: &TestApp, c: &Client) -> Vec<String> {
    let html = text(c.get(app.url("/me/alerts")).send().await.unwrap()).await;
    html.split("action=\"/me/alerts/")
        .skip(1)
        .filter_map(|p| p.split('/').next().map(str::to_owned))
        .collect()
}

/// The feed link of the first alert of `/me/alerts`, as a path.
async fn my_feed(app: &TestApp, c: &Client) -> String {
    let html = text(c.get(app.url("/me/alerts")).send().await.unwrap()).await;
    let i = html.find("/feed.atom").expect("a feed link");
    let start = html[..i].rfind("href=\"").unwrap() + "href=\"".len();
    html[start..i + "/feed.atom".len()]
        .trim_start_matches(&app.base)
        .to_owned()
}

#[tokio::test]
async fn anonymous_alert_needs_double_opt_in() {
    let app = demo().await;
    let off = officer(&app).await;
    let anna = "anna@example.org";
    let c = TestApp::new_client().unwrap();

    // The form is on the catalogue, and saves the page's own query string.
    let html = text(c.get(app.url(SEARCH)).send().await.unwrap()).await;
    assert!(
        html.contains("action=\"/alerts\""),
        "alert form on the catalogue"
    );
    assert!(html.contains("name=\"source\" value=\"/schemes?theme=circular-economy\""));
    assert!(
        html.contains("name=\"email\""),
        "anonymous visitors give an address"
    );
    let html = text(
        c.get(app.url("/eligibility?go=1&ess=yes"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(
        html.contains("action=\"/alerts\""),
        "and on the wizard's results"
    );

    // Refused input changes nothing and keeps what was typed.
    let res = create_alert(&app, &c, SEARCH, "not-an-address", "Eco", "immediate").await;
    assert_eq!(res.status(), 422);
    let html = text(res).await;
    assert!(html.contains("class=\"error-summary\"") && html.contains("href=\"#email\""));
    assert!(html.contains("value=\"Eco\""));
    let res = create_alert(&app, &c, "/login?next=/", anna, "x", "immediate").await;
    assert_eq!(res.status(), 422);
    let res = create_alert(&app, &c, SEARCH, anna, "x", "weekly").await;
    assert_eq!(res.status(), 422);
    let res = create_alert(
        &app,
        &c,
        "/schemes?theme=no-such-theme",
        anna,
        "x",
        "immediate",
    )
    .await;
    assert_eq!(
        res.status(),
        422,
        "a search the catalogue refuses cannot be saved"
    );
    assert!(app.mails_to(anna).is_empty());

    // Saved: only the confirmation is mailed, and the visitor goes back to the search.
    let res = create_alert(
        &app,
        &c,
        &format!("{SEARCH}&page=2"),
        anna,
        "Économie circulaire",
        "immediate",
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("{SEARCH}&page=2"));
    let mails = app.mails_to(anna);
    assert_eq!(mails.len(), 1);
    assert!(
        subject(&mails[0]).contains("Économie circulaire"),
        "{}",
        subject(&mails[0])
    );
    let confirm = app
        .link_in_last_mail(anna, "/alerts/confirm?token=")
        .expect("confirmation link");

    // Unconfirmed alerts never fire.
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-avant",
            "Recyclerie avant confirmation",
            "circular-economy",
            60,
        ),
    )
    .await;
    app.run_alerts().await.unwrap();
    assert_eq!(app.mails_to(anna).len(), 1, "nothing before confirmation");

    // Confirmed once (a minute later); the link then dies.
    app.advance(60_000);
    let res = c.get(app.url(&confirm)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let html = text(res).await;
    assert!(
        html.contains("/feed.atom"),
        "the confirmation page gives the feed"
    );
    assert_eq!(c.get(app.url(&confirm)).send().await.unwrap().status(), 409);

    // Now a matching publication is mailed, with one-click unsubscribe headers.
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-apres",
            "Recyclerie après confirmation",
            "circular-economy",
            60,
        ),
    )
    .await;
    let mails = app.mails_to(anna);
    assert_eq!(mails.len(), 2);
    let b = body(&mails[1]);
    assert!(b.contains("Recyclerie après confirmation"), "{b}");
    assert!(
        !b.contains("Recyclerie avant confirmation"),
        "published before confirmation: not news"
    );
    assert!(b.contains(&format!("{}/schemes/eco-apres", app.base)));
    assert!(
        b.contains("Europe/Paris"),
        "deadline in the scheme's zone: {b}"
    );
    let unsubscribe = passerelle_app::mail::header(&mails[1], "List-Unsubscribe");
    assert!(
        unsubscribe.starts_with(&format!("<{}/alerts/unsubscribe?token=", app.base)),
        "{unsubscribe}"
    );
    assert_eq!(
        passerelle_app::mail::header(&mails[1], "List-Unsubscribe-Post"),
        "List-Unsubscribe=One-Click"
    );
    app.run_alerts().await.unwrap();
    assert_eq!(
        app.mails_to(anna).len(),
        2,
        "the periodic run sends nothing twice"
    );

    // Confirmation mails are throttled per address.
    let bob = "bob@example.org";
    for _ in 0..3 {
        assert_eq!(
            create_alert(&app, &c, SEARCH, bob, "", "daily")
                .await
                .status(),
            303
        );
    }
    assert_eq!(
        create_alert(&app, &c, SEARCH, bob, "", "daily")
            .await
            .status(),
        429
    );
    assert_eq!(app.mails_to(bob).len(), 3);
}

#[tokio::test]
async fn signed_in_alert_is_active_at_once_and_sent_exactly_once() {
    let app = demo().await;
    let off = officer(&app).await;
    let me = "carla@example.org";
    let c = subscriber(&app, me, SEARCH, "Économie circulaire", "immediate").await;
    assert!(app.mails_to(me).is_empty(), "no confirmation needed");
    let html = text(c.get(app.url(SEARCH)).send().await.unwrap()).await;
    assert!(
        !html.contains("name=\"email\" type=\"email\""),
        "no address asked when signed in"
    );
    let html = text(c.get(app.url("/me/alerts")).send().await.unwrap()).await;
    assert!(html.contains("Économie circulaire") && html.contains("/feed.atom"));

    publish(
        &app,
        &off,
        scheme(
            &app,
            "finance-solidaire",
            "Finance solidaire",
            "solidarity-finance",
            60,
        ),
    )
    .await;
    assert!(
        app.mails_to(me).is_empty(),
        "a scheme that does not match sends nothing"
    );

    publish(
        &app,
        &off,
        scheme(
            &app,
            "ressourcerie",
            "Ressourceries",
            "circular-economy",
            60,
        ),
    )
    .await;
    let mails = app.mails_to(me);
    assert_eq!(mails.len(), 1);
    assert!(body(&mails[0]).contains("Ressourceries"));
    assert!(!body(&mails[0]).contains("Finance solidaire"));
    passerelle_app::alerts::on_published(&app.ctx, "ressourcerie")
        .await
        .unwrap();
    app.run_alerts().await.unwrap();
    assert_eq!(app.mails_to(me).len(), 1, "exactly one mail");
}

#[tokio::test]
async fn deadline_reminder_seven_days_before_closing() {
    let app = demo().await;
    let off = officer(&app).await;
    let me = "dora@example.org";
    subscriber(&app, me, SEARCH, "Échéances", "immediate").await;
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-echeance",
            "Aide à échéance",
            "circular-economy",
            30,
        ),
    )
    .await;
    assert_eq!(app.mails_to(me).len(), 1, "the publication");

    app.advance(21 * DAY);
    app.run_alerts().await.unwrap();
    assert_eq!(
        app.mails_to(me).len(),
        1,
        "eight or nine days before: nothing yet"
    );

    app.advance(2 * DAY + 3600 * 1000);
    let r = app.run_alerts().await.unwrap();
    assert_eq!(r.mails, 1);
    let mails = app.mails_to(me);
    assert_eq!(mails.len(), 2, "the reminder");
    let b = body(&mails[1]);
    assert!(b.contains("Date limite dans moins de 7 jours"), "{b}");
    assert!(
        b.contains("Aide à échéance") && b.contains("24:00 (Europe/Paris)"),
        "{b}"
    );

    app.advance(3600 * 1000);
    app.run_alerts().await.unwrap();
    assert_eq!(app.mails_to(me).len(), 2, "reminded once");
}

#[tokio::test]
async fn daily_digest_groups_schemes_in_one_mail() {
    let app = demo().await;
    let off = officer(&app).await;
    let me = "emil@example.org";
    subscriber(&app, me, SEARCH, "Quotidien", "daily").await;
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-un",
            "Première recyclerie",
            "circular-economy",
            60,
        ),
    )
    .await;
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-deux",
            "Seconde recyclerie",
            "circular-economy",
            90,
        ),
    )
    .await;
    app.run_alerts().await.unwrap();
    assert!(app.mails_to(me).is_empty(), "queued for the digest");

    app.advance(DAY + 60_000);
    let r = app.run_alerts().await.unwrap();
    assert_eq!(r.mails, 1);
    let mails = app.mails_to(me);
    assert_eq!(mails.len(), 1, "one digest");
    let b = body(&mails[0]);
    assert!(
        b.contains("Première recyclerie") && b.contains("Seconde recyclerie"),
        "{b}"
    );
    assert!(
        subject(&mails[0]).contains("2 aides"),
        "{}",
        subject(&mails[0])
    );
    app.run_alerts().await.unwrap();
    assert_eq!(app.mails_to(me).len(), 1);

    // The next event waits for the next day.
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-trois",
            "Troisième recyclerie",
            "circular-economy",
            90,
        ),
    )
    .await;
    app.advance(3600 * 1000);
    app.run_alerts().await.unwrap();
    assert_eq!(app.mails_to(me).len(), 1, "at most one digest a day");
    app.advance(DAY);
    app.run_alerts().await.unwrap();
    assert_eq!(app.mails_to(me).len(), 2);
    assert!(body(&app.mails_to(me)[1]).contains("Troisième recyclerie"));
}

#[tokio::test]
async fn one_click_unsubscribe_stops_mails() {
    let app = demo().await;
    let off = officer(&app).await;
    let me = "farid@example.org";
    let c = subscriber(&app, me, SEARCH, "À désabonner", "immediate").await;
    publish(
        &app,
        &off,
        scheme(&app, "eco-a", "Recyclerie A", "circular-economy", 60),
    )
    .await;
    assert_eq!(app.mails_to(me).len(), 1);
    let link = app
        .link_in_last_mail(me, "/alerts/unsubscribe?token=")
        .expect("unsubscribe link");

    // Opening the link (as a mail scanner would) only asks.
    let other = TestApp::new_client().unwrap();
    let res = other.get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(text(res).await.contains("method=\"post\""));
    publish(
        &app,
        &off,
        scheme(&app, "eco-b", "Recyclerie B", "circular-economy", 60),
    )
    .await;
    assert_eq!(app.mails_to(me).len(), 2, "still subscribed");

    // RFC 8058: the provider posts List-Unsubscribe=One-Click, without session or CSRF token.
    let res = other
        .post(app.url(&link))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    publish(
        &app,
        &off,
        scheme(&app, "eco-c", "Recyclerie C", "circular-economy", 60),
    )
    .await;
    app.run_alerts().await.unwrap();
    assert_eq!(app.mails_to(me).len(), 2, "no mail after unsubscribing");
    assert_eq!(
        other.get(app.url(&link)).send().await.unwrap().status(),
        404
    );
    assert!(my_alert_ids(&app, &c).await.is_empty());
}

#[tokio::test]
async fn atom_feed_lists_matching_schemes_newest_first() {
    let app = demo().await;
    let off = officer(&app).await;
    let c = subscriber(
        &app,
        "gina@example.org",
        SEARCH,
        "Tiers & ESS <92>",
        "daily",
    )
    .await;
    let feed = my_feed(&app, &c).await;
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-ancienne",
            "Ancienne recyclerie",
            "circular-economy",
            60,
        ),
    )
    .await;
    app.advance(60_000);
    publish(
        &app,
        &off,
        scheme(
            &app,
            "eco-recente",
            "Récente recyclerie & co",
            "circular-economy",
            60,
        ),
    )
    .await;
    publish(
        &app,
        &off,
        scheme(&app, "hors-sujet", "Hors sujet", "solidarity-finance", 60),
    )
    .await;

    let res = TestApp::new_client()
        .unwrap()
        .get(app.url(&feed))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml"),
        "{:?}",
        res.headers()["content-type"]
    );
    let xml = text(res).await;
    // Well-formed XML, with the Atom elements RFC 4287 requires.
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut entries, mut entry_titles, mut path) = (0, 0, Vec::<String>::new());
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("not XML: {e}\n{xml}"))
        {
            quick_xml::events::Event::Start(e) => {
                path.push(e.name().0.to_owned());
                match path
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    ["feed", "entry"] => entries += 1,
                    ["feed", "entry", "title"] => entry_titles += 1,
                    _ => {}
                }
            }
            quick_xml::events::Event::End(_) => {
                path.pop();
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert!(path.is_empty(), "every element closed");
    assert_eq!(entries, 2, "{xml}");
    assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    for tag in [
        "<id>urn:uuid:",
        "<updated>",
        "<link rel=\"self\"",
        "<summary type=\"text\">",
    ] {
        assert!(xml.contains(tag), "{tag} in {xml}");
    }
    assert!(xml.contains("Tiers &amp; ESS &lt;92&gt;"), "escaped title");
    assert_eq!(entry_titles, 2);
    assert!(xml.contains("Récente recyclerie &amp; co"));
    let (recent, old) = (
        xml.find("eco-recente").unwrap(),
        xml.find("eco-ancienne").unwrap(),
    );
    assert!(recent < old, "newest publication first");
    assert!(!xml.contains("hors-sujet"));

    assert_eq!(
        app.get("/alerts/not-a-token/feed.atom")
            .await
            .unwrap()
            .status(),
        404
    );
    let forged = feed.replace("/alerts/", "/alerts/x");
    assert_eq!(app.get(&forged).await.unwrap().status(), 404);
}

#[tokio::test]
async fn eligibility_profile_alerts_when_eligible_or_unknown() {
    let app = demo().await;
    let off = officer(&app).await;
    // Progr'ESS asks for SSE membership and a sustainable-development or solidarity-finance theme.
    let yes = "hana@example.org";
    let no = "igor@example.org";
    subscriber(
        &app,
        yes,
        "/eligibility?go=1&country=FR&ess=yes&theme=sustainable-development",
        "",
        "immediate",
    )
    .await;
    subscriber(
        &app,
        no,
        "/eligibility?go=1&country=FR&ess=no",
        "Pas ESS",
        "immediate",
    )
    .await;
    let c = TestApp::new_client().unwrap();
    let res = create_alert(
        &app,
        &c,
        "/eligibility?go=1&members=many",
        "j@example.org",
        "",
        "daily",
    )
    .await;
    assert_eq!(res.status(), 422, "an unreadable profile cannot be saved");

    publish(
        &app,
        &off,
        scheme(
            &app,
            "progress-bis",
            "Progr'ESS bis",
            "sustainable-development",
            60,
        ),
    )
    .await;
    let mails = app.mails_to(yes);
    assert_eq!(mails.len(), 1, "eligible (or not ruled out)");
    assert!(body(&mails[0]).contains("Progr'ESS bis"));
    assert!(
        subject(&mails[0]).contains("Les aides auxquelles je suis éligible"),
        "default title: {}",
        subject(&mails[0])
    );
    assert!(
        app.mails_to(no).is_empty(),
        "ruled out by the SSE condition"
    );
}

#[tokio::test]
async fn someone_elses_alert_cannot_be_deleted() {
    let app = demo().await;
    let owner = subscriber(&app, "kim@example.org", SEARCH, "À moi", "immediate").await;
    let ids = my_alert_ids(&app, &owner).await;
    assert_eq!(ids.len(), 1);
    let path = format!("/me/alerts/{}/delete", ids[0]);

    let intruder = app.signed_in_client("lea@example.org").await.unwrap();
    assert!(
        my_alert_ids(&app, &intruder).await.is_empty(),
        "not listed to others"
    );
    let res = app.post_form(&intruder, &path, &[]).await.unwrap();
    assert_eq!(res.status(), 403);
    let anonymous = TestApp::new_client().unwrap();
    let res = app.post_form(&anonymous, &path, &[]).await.unwrap();
    assert!(
        location(&res).starts_with("/login?next="),
        "anonymous is asked to sign in"
    );
    let res = owner
        .post(app.url(&path))
        .form(&[("_csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "CSRF checked");
    assert_eq!(my_alert_ids(&app, &owner).await.len(), 1, "still there");

    let res = app.post_form(&owner, &path, &[]).await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/me/alerts");
    assert!(my_alert_ids(&app, &owner).await.is_empty());
    assert_eq!(
        app.post_form(&owner, &path, &[]).await.unwrap().status(),
        404
    );
    assert_eq!(
        anonymous
            .get(app.url("/me/alerts"))
            .send()
            .await
            .unwrap()
            .status(),
        303,
        "sign-in required"
    );
}

#[tokio::test]
async fn an_organisation_profile_is_saved_as_its_answers() {
    let app = demo().await;
    let c = TestApp::new_client().unwrap();
    let res = app
        .post_form(
            &c,
            "/login",
            &[
                ("email", "porteur@demo.passerelle.test"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let body = text(c.get(app.url("/eligibility")).send().await.unwrap()).await;
    let start = body.find("name=\"org\"").expect("organisation picker");
    let org = body[start..]
        .split("<option value=\"")
        .nth(2)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let source = format!("/eligibility?go=1&org={org}&theme=sustainable-development");
    let res = create_alert(&app, &c, &source, "", "Mon association", "daily").await;
    assert_eq!(res.status(), 303, "{}", text(res).await);
    let html = text(c.get(app.url("/me/alerts")).send().await.unwrap()).await;
    let i = html
        .find("href=\"/eligibility?go=1")
        .expect("the saved profile's link");
    let link = html[i..].split('"').nth(1).unwrap();
    assert!(link.contains("country=FR"), "{link}");
    assert!(link.contains("theme=sustainable-development"), "{link}");
    assert!(
        !link.contains("org="),
        "the profile no longer depends on the picker: {link}"
    );

    // The form also has a page of its own (used to show errors).
    let res = c
        .get(app.url("/alerts/new?source=%2Fschemes%3Fq%3Dferme"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        text(res)
            .await
            .contains("name=\"source\" value=\"/schemes?q=ferme\"")
    );
    let res = c
        .get(app.url("/alerts/new?source=%2Flogin"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}
