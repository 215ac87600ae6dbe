//! A call's application form builder and settings over HTTP: an officer builds with forms
//! (the working copy travels in the page), saves new versions while applications keep
//! theirs, meets a conflict instead of overwriting, sees bad input refused on its field;
//! outsiders, anonymous visitors and forged posts change nothing.

use passerelle_app::applications::{drafts, forms};
use passerelle_domain::application::deadline_work::DraftPolicy;
use passerelle_domain::application::form::{FieldKind, Form};
use reqwest::Client;

use crate::{TestApp, actor, demo, location, login, text};

const PROGRESS: &str = "progress-2024";
const TIERS_LIEUX: &str = "tiers-lieux-intermediation";

/// The call's saved form as its officers read it: `(version, form)`.
async fn saved(app: &TestApp, slug: &str) -> (i64, Form) {
    let admin = actor(app, "admin@demo.passerelle.test").await;
    let call = forms::call_for_staff(&app.ctx, &admin, slug).await.unwrap();
    call.form.unwrap_or((0, Form::default()))
}

async fn get(app: &TestApp, c: &Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).send().await.unwrap();
    let status = res.status().as_u16();
    (status, text(res).await)
}

/// Undoes the HTML escaping of an attribute value.
fn unescape(s: &str) -> String {
    s.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The value of the first input named `name` in a page.
fn hidden(body: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\"");
    let i = body
        .find(&needle)
        .unwrap_or_else(|| panic!("no {name} in {body}"));
    let rest = &body[i..];
    let j = rest.find("value=\"").expect("a value") + "value=\"".len();
    unescape(rest[j..].split('"').next().unwrap())
}

/// The working copy a builder page carries.
fn working(body: &str) -> Form {
    serde_json::from_str(&hidden(body, "form_json")).unwrap()
}

/// One builder action from the page `body`: its working copy and version go back with
/// `fields`. Returns the status, the redirect and the next page.
async fn act(
    app: &TestApp,
    c: &Client,
    slug: &str,
    body: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let json = hidden(body, "form_json");
    let version = hidden(body, "version");
    let mut all = vec![("form_json", json.as_str()), ("version", version.as_str())];
    all.extend_from_slice(fields);
    let res = app
        .post_form(c, &format!("/schemes/{slug}/form"), &all)
        .await
        .unwrap();
    let status = res.status().as_u16();
    let loc = location(&res);
    (status, loc, text(res).await)
}

/// The inputs of a complete short-text question.
fn question<'a>(target: &'a str, id: &'a str, fr: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("action", "apply_field"),
        ("target", target),
        ("q_type", "short_text"),
        ("q_id", id),
        ("q_label_fr", fr),
        ("q_label_pl", "Pytanie"),
        ("q_label_en", "Question"),
        ("q_max_len", "200"),
    ]
}

#[tokio::test]
async fn an_officer_adds_edits_moves_and_saves_a_question_as_version_2() {
    let app = demo().await;
    let c = login(&app, "agent@demo.passerelle.test").await;
    let (v1, before) = saved(&app, PROGRESS).await;
    assert_eq!(v1, 1, "the demo form");
    let (s, page) = get(&app, &c, "/schemes/progress-2024/form").await;
    assert_eq!(s, 200, "{page}");
    assert!(page.contains("Version enregistrée : 1"), "{page}");
    assert!(page.contains("Nom du projet") && page.contains("Texte court"));
    assert_eq!(working(&page), before);
    let first = before.sections[0].fields.len();

    // Add: the editor opens on a new single choice with a free id.
    let add = [("action", "new_field:0"), ("new_type_0", "single_choice")];
    let (s, _, page) = act(&app, &c, PROGRESS, &page, &add).await;
    assert_eq!(s, 200, "{page}");
    assert!(page.contains("id=\"q_options\""), "{page}");
    assert_eq!(hidden(&page, "q_id"), "question_1");
    let apply = [
        ("action", "apply_field"),
        ("target", "new:0"),
        ("q_type", "single_choice"),
        ("q_id", "audience"),
        ("q_label_fr", "Public"),
        ("q_label_pl", "Odbiorcy"),
        ("q_label_en", "Audience"),
        ("q_required", "on"),
        (
            "q_options",
            "youth | Jeunes | Młodzież | Young people\r\nseniors | Aînés | Seniorzy | Older people",
        ),
        ("q_show", "innovation=service"),
    ];
    let (s, _, page) = act(&app, &c, PROGRESS, &page, &apply).await;
    assert_eq!(s, 200, "{page}");
    assert!(page.contains("Modifications non enregistrées"), "{page}");
    let w = working(&page);
    let q = &w.sections[0].fields[first];
    assert_eq!(
        (q.id.as_str(), q.label.pl.as_str()),
        ("audience", "Odbiorcy")
    );
    assert!(q.required && q.show_if.as_ref().is_some_and(|c| c.equals == "service"));
    assert!(matches!(&q.kind, FieldKind::SingleChoice { options } if options.len() == 2));
    assert_eq!(saved(&app, PROGRESS).await.0, 1, "nothing stored yet");

    // Edit its labels: the editor shows what it has, the change replaces it.
    let pos = format!("edit_field:0:{first}");
    let (s, _, page) = act(&app, &c, PROGRESS, &page, &[("action", pos.as_str())]).await;
    assert_eq!(s, 200);
    assert_eq!(hidden(&page, "q_label_en"), "Audience");
    assert!(
        page.contains("youth | Jeunes | Młodzież | Young people"),
        "{page}"
    );
    let target = format!("0:{first}");
    let mut edit: Vec<(&str, &str)> = apply.to_vec();
    edit.retain(|(k, _)| !matches!(*k, "target" | "q_label_fr"));
    edit.push(("target", &target));
    edit.push(("q_label_fr", "Public visé par le projet"));
    let (s, _, page) = act(&app, &c, PROGRESS, &page, &edit).await;
    assert_eq!(s, 200, "{page}");
    assert!(page.contains("Public visé par le projet"));

    // The question its condition looks at cannot go while the condition is there.
    let (s, _, refused) = act(&app, &c, PROGRESS, &page, &[("action", "delete_field:0:3")]).await;
    assert_eq!(s, 422);
    assert!(
        refused.contains("id=\"q-0-3-error\">« Nature de l’innovation » : Impossible de supprimer")
    );
    assert_eq!(working(&refused), working(&page));

    // Moved above that question, the outline shows the problem and the form cannot be
    // saved; one step down again, it can.
    let up = format!("field_up:0:{first}");
    let (s, _, page) = act(&app, &c, PROGRESS, &page, &[("action", up.as_str())]).await;
    assert_eq!(s, 200);
    let too_high = format!("field_up:0:{}", first - 1);
    let (s, _, high) = act(&app, &c, PROGRESS, &page, &[("action", too_high.as_str())]).await;
    assert_eq!(s, 200);
    let problem = "« Public visé par le projet » : La condition d’affichage doit porter sur une question précédente.";
    assert!(high.contains(problem), "{high}");
    let (s, _, high) = act(&app, &c, PROGRESS, &high, &[("action", "save")]).await;
    assert_eq!(s, 422);
    assert_eq!(saved(&app, PROGRESS).await.0, 1);
    let down = format!("field_down:0:{}", first - 2);
    let (_, _, page) = act(&app, &c, PROGRESS, &high, &[("action", down.as_str())]).await;
    assert!(!page.contains(problem));
    let (s, to, _) = act(&app, &c, PROGRESS, &page, &[("action", "save")]).await;
    assert_eq!((s, to.as_str()), (303, "/schemes/progress-2024/form"));
    let (v2, after) = saved(&app, PROGRESS).await;
    assert_eq!(v2, 2);
    let q = &after.sections[0].fields[first - 1];
    assert_eq!(
        (q.id.as_str(), q.label.fr.as_str()),
        ("audience", "Public visé par le projet")
    );
    assert_eq!(after.fields().count(), before.fields().count() + 1);
    let (_, page) = get(&app, &c, "/schemes/progress-2024/form").await;
    assert!(
        page.contains("Version enregistrée : 2")
            && page.contains("Formulaire enregistré comme nouvelle version")
    );
}

#[tokio::test]
async fn an_application_keeps_the_form_version_it_started_with() {
    let app = demo().await;
    let applicant = actor(&app, "porteur@demo.passerelle.test").await;
    let orgs = passerelle_app::organisations::list_mine(&app.ctx, &applicant)
        .await
        .unwrap();
    let id = drafts::start(&app.ctx, &applicant, TIERS_LIEUX, &orgs[0].id)
        .await
        .unwrap();
    let (v1, first) = saved(&app, TIERS_LIEUX).await;
    assert_eq!(v1, 1);

    let c = login(&app, "admin@demo.passerelle.test").await;
    let (_, page) = get(&app, &c, "/schemes/tiers-lieux-intermediation/form").await;
    let add = [("action", "new_field:0"), ("new_type_0", "short_text")];
    let (_, _, page) = act(&app, &c, TIERS_LIEUX, &page, &add).await;
    let q = question("new:0", "website", "Site internet du lieu");
    let (s, _, page) = act(&app, &c, TIERS_LIEUX, &page, &q).await;
    assert_eq!(s, 200, "{page}");
    let (s, _, _) = act(&app, &c, TIERS_LIEUX, &page, &[("action", "save")]).await;
    assert_eq!(s, 303);
    let (v2, second) = saved(&app, TIERS_LIEUX).await;
    assert_eq!(v2, 2);
    assert!(second.field("website").is_some());

    let draft = drafts::get(&app.ctx, &applicant, Some(TIERS_LIEUX), &id)
        .await
        .unwrap();
    assert_eq!(draft.row.form_version, 1, "started on version 1");
    assert_eq!(draft.form, first);
    assert!(draft.form.field("website").is_none());
}

#[tokio::test]
async fn a_stale_save_is_a_conflict_that_keeps_both_works() {
    let app = demo().await;
    let c = login(&app, "agent@demo.passerelle.test").await;
    let (_, page) = get(&app, &c, "/schemes/progress-2024/form").await;
    let add = [("action", "new_field:1"), ("new_type_1", "short_text")];
    let (_, _, page) = act(&app, &c, PROGRESS, &page, &add).await;
    let (_, _, mine) = act(
        &app,
        &c,
        PROGRESS,
        &page,
        &question("new:1", "mine", "La mienne"),
    )
    .await;

    // Another officer saves meanwhile.
    let (v1, mut theirs) = saved(&app, PROGRESS).await;
    theirs.sections[0].title.fr = "Le projet (révisé)".into();
    let other = actor(&app, "admin@demo.passerelle.test").await;
    forms::save_form(&app.ctx, &other, PROGRESS, v1, &theirs)
        .await
        .unwrap();

    let (s, _, page) = act(&app, &c, PROGRESS, &mine, &[("action", "save")]).await;
    assert_eq!(s, 409, "{page}");
    assert!(page.contains("id=\"conflict\""), "{page}");
    assert!(page.contains("version 2 de ce formulaire"), "{page}");
    assert!(
        working(&page).field("mine").is_some(),
        "my work is still there"
    );
    assert_eq!(
        hidden(&page, "version"),
        "1",
        "still the version it was made from"
    );
    assert_eq!(
        saved(&app, PROGRESS).await,
        (2, theirs.clone()),
        "theirs is intact"
    );
    // Saving again from the same page conflicts again: nothing is overwritten unseen.
    let (s, _, page) = act(&app, &c, PROGRESS, &page, &[("action", "save")]).await;
    assert_eq!(s, 409);
    // Only the explicit choice replaces it (as a new version; version 2 stays in history).
    let (s, _, _) = act(&app, &c, PROGRESS, &page, &[("action", "save_over:2")]).await;
    assert_eq!(s, 303);
    let (v, now) = saved(&app, PROGRESS).await;
    assert_eq!(v, 3);
    assert!(now.field("mine").is_some());
}

#[tokio::test]
async fn invalid_questions_are_refused_on_their_input_and_nothing_changes() {
    let app = demo().await;
    let c = login(&app, "agent@demo.passerelle.test").await;
    let (_, page) = get(&app, &c, "/schemes/progress-2024/form").await;
    let original = working(&page);
    let add = [("action", "new_field:0"), ("new_type_0", "single_choice")];
    let (_, _, panel) = act(&app, &c, PROGRESS, &page, &add).await;

    // An id already used by another question.
    let mut dup = question("new:0", "title", "Encore un titre");
    dup.retain(|(k, _)| *k != "q_type");
    dup.push(("q_type", "single_choice"));
    dup.push(("q_options", "a | A | A | A"));
    let (s, _, body) = act(&app, &c, PROGRESS, &panel, &dup).await;
    assert_eq!(s, 422, "{body}");
    assert!(body.contains("<p class=\"error\" id=\"q_id-error\">Identifiant vide ou déjà utilisé"));
    assert!(
        body.contains("aria-describedby=\"q_id-error"),
        "tied to its input"
    );
    assert!(body.contains("href=\"#q_id\""), "in the summary");
    assert_eq!(working(&body), original, "the working copy is unchanged");

    // A choice without options.
    let mut empty = dup.clone();
    empty.retain(|(k, _)| !matches!(*k, "q_options" | "q_id"));
    empty.push(("q_id", "empty_choice"));
    let (s, _, body) = act(&app, &c, PROGRESS, &panel, &empty).await;
    assert_eq!(s, 422);
    assert!(
        body.contains("id=\"q_options-error\">Donnez au moins une option."),
        "{body}"
    );

    // A condition on a later question (the first question looking at the third).
    let (_, _, panel) = act(&app, &c, PROGRESS, &page, &[("action", "edit_field:0:0")]).await;
    let mut later = question("0:0", "title", "Nom du projet");
    later.push(("q_show", "innovation=product"));
    let (s, _, body) = act(&app, &c, PROGRESS, &panel, &later).await;
    assert_eq!(s, 422);
    assert!(body.contains(
        "id=\"q_show-error\">La condition d’affichage doit porter sur une question précédente."
    ));

    // A forged working copy with a duplicate id cannot be saved either.
    let mut forged = original.clone();
    forged.sections[1].fields[0].id = "title".into();
    let json = serde_json::to_string(&forged).unwrap();
    let res = app
        .post_form(
            &c,
            "/schemes/progress-2024/form",
            &[("form_json", &json), ("version", "1"), ("action", "save")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body = text(res).await;
    assert!(
        body.contains("<p class=\"error\" id=\"q-1-0-error\">"),
        "{body}"
    );
    assert_eq!(saved(&app, PROGRESS).await, (1, original), "nothing saved");
}

#[tokio::test]
async fn a_call_without_a_form_starts_from_its_first_section() {
    let app = demo().await;
    let officer = actor(&app, "agent@demo.passerelle.test").await;
    let rec = passerelle_app::schemes::get_for_staff(&app.ctx, &officer, PROGRESS)
        .await
        .unwrap();
    let mut next = rec.scheme.clone();
    next.slug = "progress-2025".into();
    passerelle_app::schemes::create(
        &app.ctx,
        &officer,
        "hauts-de-seine",
        next,
        passerelle_domain::scheme::vocab::SchemeStatus::Draft,
        "test",
    )
    .await
    .unwrap();
    let c = login(&app, "agent@demo.passerelle.test").await;
    let (s, page) = get(&app, &c, "/schemes/progress-2025/form").await;
    assert_eq!(s, 200);
    assert!(page.contains("Créer la première partie"), "{page}");
    let (_, _, page) = act(&app, &c, "progress-2025", &page, &[("action", "save")]).await;
    assert!(
        page.contains("Le formulaire doit comporter au moins une partie."),
        "{page}"
    );
    let (_, _, panel) = act(
        &app,
        &c,
        "progress-2025",
        &page,
        &[("action", "new_section")],
    )
    .await;
    assert_eq!(hidden(&panel, "sec_id"), "section_1");
    let sec = [
        ("action", "apply_section"),
        ("target", "new"),
        ("sec_id", "project"),
        ("sec_title_fr", "Le projet"),
        ("sec_title_en", "The project"),
    ];
    let (s, _, page) = act(&app, &c, "progress-2025", &panel, &sec).await;
    assert_eq!(s, 200, "{page}");
    let add = [("action", "new_field:0"), ("new_type_0", "short_text")];
    let (_, _, page) = act(&app, &c, "progress-2025", &page, &add).await;
    let q = question("new:0", "title", "Nom du projet");
    let (_, _, page) = act(&app, &c, "progress-2025", &page, &q).await;
    let (s, _, _) = act(&app, &c, "progress-2025", &page, &[("action", "save")]).await;
    assert_eq!(s, 303);
    let (v, form) = saved(&app, "progress-2025").await;
    assert_eq!((v, form.sections[0].title.pl.as_str()), (1, ""));
    assert!(form.field("title").is_some());
}

#[tokio::test]
async fn the_preview_shows_the_applicants_form_in_the_readers_language() {
    let app = demo().await;
    let c = login(&app, "agent@demo.passerelle.test").await;
    let (s, body) = get(&app, &c, "/schemes/progress-2024/form/preview").await;
    assert_eq!(s, 200);
    assert!(body.contains("Nom du projet") && body.contains("(obligatoire)"));
    assert!(body.contains("<fieldset disabled"), "read-only");
    let res = c.get(app.url("/lang/pl?next=/")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let (_, body) = get(&app, &c, "/schemes/progress-2024/form/preview").await;
    assert!(body.contains("Nazwa projektu") && !body.contains("Nom du projet"));
    // Normandy's form: budget tables, multi-year plan, partners and letters as files.
    let (s, body) = get(&app, &c, "/schemes/fabrique-initiatives-2020/form/preview").await;
    assert_eq!(s, 200);
    for needle in [
        "calls-table",
        "type=\"file\"",
        "accept=\"application/pdf\"",
        "<th scope=\"col\">",
    ] {
        assert!(body.contains(needle), "{needle}");
    }
    // The builder previews its unsaved working copy too.
    let (_, page) = get(&app, &c, "/schemes/progress-2024/form").await;
    let add = [("action", "new_field:0"), ("new_type_0", "short_text")];
    let (_, _, page) = act(&app, &c, PROGRESS, &page, &add).await;
    let (_, _, page) = act(
        &app,
        &c,
        PROGRESS,
        &page,
        &question("new:0", "web", "Site web"),
    )
    .await;
    let (s, _, body) = act(&app, &c, PROGRESS, &page, &[("action", "preview")]).await;
    assert_eq!(s, 200);
    assert!(
        body.contains("Site web") && body.contains("id=\"f.web\""),
        "{body}"
    );
}

#[tokio::test]
async fn outsiders_anonymous_and_forged_posts_change_nothing() {
    let app = demo().await;
    let (_, original) = saved(&app, PROGRESS).await;
    let json = serde_json::to_string(&original).unwrap();
    let save = [
        ("form_json", json.as_str()),
        ("version", "1"),
        ("action", "save"),
    ];
    let outsider = app.signed_in_client("outsider@example.org").await.unwrap();
    let elsewhere = login(&app, "agent@demo.passerelle.test").await;
    for (who, c, slug) in [
        ("outsider", &outsider, PROGRESS),
        ("officer of another authority", &elsewhere, TIERS_LIEUX),
    ] {
        for path in ["form", "form/preview", "call-settings"] {
            let (s, _) = get(&app, c, &format!("/schemes/{slug}/{path}")).await;
            assert!(matches!(s, 403 | 404), "{who} GET {path}: {s}");
        }
        let res = app
            .post_form(c, &format!("/schemes/{slug}/form"), &save)
            .await
            .unwrap();
        assert!(matches!(res.status().as_u16(), 403 | 404), "{who}");
        let res = app
            .post_form(
                c,
                &format!("/schemes/{slug}/call-settings"),
                &[
                    ("reminder", "1"),
                    ("reminder_unit", "days"),
                    ("drafts", "read_only"),
                ],
            )
            .await
            .unwrap();
        assert!(matches!(res.status().as_u16(), 403 | 404), "{who}");
    }
    let anonymous = TestApp::new_client().unwrap();
    let res = anonymous
        .get(app.url("/schemes/progress-2024/form"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(location(&res).starts_with("/login?next="));
    let res = app
        .post_form(&anonymous, "/schemes/progress-2024/form", &save)
        .await
        .unwrap();
    assert!(matches!(res.status().as_u16(), 303 | 401 | 403));
    // An officer's post without the CSRF token is refused.
    let officer = login(&app, "agent@demo.passerelle.test").await;
    let mut changed = original.clone();
    changed.sections[0].title.fr = "Forgé".into();
    let forged = serde_json::to_string(&changed).unwrap();
    let res = officer
        .post(app.url("/schemes/progress-2024/form"))
        .form(&[
            ("form_json", forged.as_str()),
            ("version", "1"),
            ("action", "save"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = officer
        .post(app.url("/schemes/progress-2024/call-settings"))
        .form(&[
            ("reminder", "1"),
            ("reminder_unit", "hours"),
            ("drafts", "read_only"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(saved(&app, PROGRESS).await, (1, original));
    let admin = actor(&app, "admin@demo.passerelle.test").await;
    let call = forms::call_for_staff(&app.ctx, &admin, PROGRESS)
        .await
        .unwrap();
    assert_eq!(call.settings, forms::CallSettings::default());
}

#[tokio::test]
async fn call_settings_are_saved_and_bad_ones_refused() {
    let app = demo().await;
    let c = login(&app, "agent@demo.passerelle.test").await;
    let (s, body) = get(&app, &c, "/schemes/progress-2024/call-settings").await;
    assert_eq!(s, 200);
    assert!(
        body.contains("value=\"7\"") && body.contains("value=\"2\""),
        "{body}"
    );
    assert!(
        body.contains("Europe/Paris"),
        "the window in its zone: {body}"
    );
    let post = |fields: Vec<(&'static str, &'static str)>| {
        let (app, c) = (&app, &c);
        async move {
            let res = app
                .post_form(c, "/schemes/progress-2024/call-settings", &fields)
                .await
                .unwrap();
            let s = res.status().as_u16();
            (s, text(res).await)
        }
    };
    let (s, _) = post(vec![
        ("reminder", "10"),
        ("reminder_unit", "days"),
        ("reminder", "36"),
        ("reminder_unit", "hours"),
        ("reminder", ""),
        ("reminder_unit", "days"),
        ("drafts", "delete"),
        ("retention_days", "15"),
    ])
    .await;
    assert_eq!(s, 303);
    let admin = actor(&app, "admin@demo.passerelle.test").await;
    let settings = || async {
        forms::call_for_staff(&app.ctx, &admin, PROGRESS)
            .await
            .unwrap()
            .settings
    };
    let expected = forms::CallSettings {
        reminder_hours: vec![240, 36],
        drafts: DraftPolicy::Delete { retention_days: 15 },
    };
    assert_eq!(settings().await, expected);

    let (s, body) = post(vec![
        ("reminder", "0"),
        ("reminder_unit", "hours"),
        ("drafts", "read_only"),
    ])
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("au plus 5 rappels"), "{body}");
    let mut six = vec![];
    for _ in 0..6 {
        six.push(("reminder", "1"));
        six.push(("reminder_unit", "days"));
    }
    six.push(("drafts", "read_only"));
    let (s, _) = post(six).await;
    assert_eq!(s, 422);
    let (s, body) = post(vec![
        ("reminder", "deux"),
        ("reminder_unit", "days"),
        ("drafts", "read_only"),
    ])
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("id=\"reminder_0-error\""), "{body}");
    let (s, _) = post(vec![("drafts", "delete"), ("retention_days", "5000")]).await;
    assert_eq!(s, 422);
    assert_eq!(settings().await, expected, "bad input changed nothing");
}
