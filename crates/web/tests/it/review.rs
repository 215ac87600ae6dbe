//! Review use cases on the demo's Progr'ESS call: the pool of reviewers, declared and detected
//! conflicts that hide a dossier from its reviewer (in the queue and when opened), the scoring
//! grid and its settings, reviews saved as drafts and sent with the exact weighted score.

use passerelle_app::AppError;
use passerelle_app::review::{assign, pool, scoring, settings};
use passerelle_domain::review::{Criterion, Grid, Mark, Marks};
use passerelle_domain::scheme::LocalText;
use passerelle_store::repo::review::{self as repo, AssignmentRow};
use serde_json::json;

use crate::applications_api::{applicant, call};
use crate::{TestApp, actor, demo};

const SLUG: &str = "progress-2024";

/// Submits a Progr'ESS application for a new association; returns its id and the applicant's
/// e-mail.
pub(crate) async fn submitted(app: &TestApp, email: &str, name: &str) -> String {
    submitted_with(app, email, name, "fr:commune:92050", 1_000_000).await
}

/// As [`submitted`], for an association of `commune` asking `requested` (minor units).
pub(crate) async fn submitted_with(
    app: &TestApp,
    email: &str,
    name: &str,
    commune: &str,
    requested: i64,
) -> String {
    let (c, org) = applicant(app, email, name, "9220", commune).await;
    let base = "/api/v1/calls/progress-2024/applications";
    let (_, a) = call(app, &c, "POST", base, Some(json!({"organisation_id": org}))).await;
    let url = format!("{base}/{}", a["id"].as_str().unwrap());
    let (st, e) = call(app, &c, "PATCH", &url, Some(json!({"sections": {
        "project": {"version": 0, "answers": {"title": name, "description": "d", "theme": ["solidarity-finance"],
            "innovation": "service", "innovation_detail": "d"}},
        "team": {"version": 0, "answers": {"team": "t"}},
        "funding": {"version": 0, "answers": {"requested": {"amount_minor": requested},
            "budget": [{"phase": "", "year": 2024, "category": "staff", "amount_minor": requested + 200_000}],
            "honour": true}}}}))).await;
    assert_eq!(st, 200, "{e}");
    let (st, r) = call(app, &c, "POST", &format!("{url}/submit"), None).await;
    assert_eq!(st, 200, "{r}");
    a["id"].as_str().unwrap().to_owned()
}

pub(crate) fn grid() -> Grid {
    let c = |id: &str, weight, max, below| Criterion {
        id: id.into(),
        label: LocalText::all(id),
        help: LocalText::default(),
        weight,
        min: 0,
        max,
        comment_below: below,
    };
    Grid {
        criteria: vec![c("innovation", 2, 5, Some(2)), c("impact", 1, 5, None)],
        blind: true,
        disagreement_spread: 25,
    }
}

async fn assign(app: &TestApp, application: &str, reviewer: &str) {
    let uid = actor(app, reviewer).await.user.unwrap().id;
    repo::upsert_assignment(
        &mut app.ctx.db.conn().await.unwrap(),
        &AssignmentRow {
            application_id: application.into(),
            user_id: uid,
            status: "assigned".into(),
            rank: 0,
            pin: None,
            affinity: 0,
            updated_at: 0,
        },
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn reviewers_score_what_they_are_assigned_and_never_what_they_are_in_conflict_with() {
    let app = demo().await;
    app.set_now("2023-12-10T10:00:00+01:00").unwrap();
    let a1 = submitted(&app, "a1@asso.test", "Ressourcerie").await;
    let a2 = submitted(&app, "a2@asso.test", "Jardin partagé").await;
    let officer = actor(&app, "agent@demo.passerelle.test").await;

    // The pool: an external expert with an account, and someone without one.
    app.create_user(
        "experte@example.org",
        "Experte Externe",
        passerelle_testkit::PASSWORD,
    )
    .await
    .unwrap();
    let input = pool::ReviewerInput {
        email: "experte@example.org".into(),
        external: true,
        expertise: vec!["solidarity-finance".into()],
        languages: vec!["fr".into()],
        territories: vec!["fr:departement:92".into()],
        capacity: 10,
        active: true,
    };
    pool::save(&app.ctx, &officer, "hauts-de-seine", &input)
        .await
        .unwrap();
    let bad = pool::ReviewerInput {
        email: "nobody@example.org".into(),
        expertise: vec!["painting".into()],
        ..input.clone()
    };
    assert!(matches!(
        pool::save(&app.ctx, &officer, "hauts-de-seine", &bad).await,
        Err(AppError::Invalid(e)) if e[0].code == "code_unknown"
    ));
    let listed = pool::list(&app.ctx, &officer, "hauts-de-seine")
        .await
        .unwrap();
    // The demo's own reviewer is in the pool already.
    assert_eq!(listed.len(), 2);
    let expert = listed
        .iter()
        .find(|r| r.email == "experte@example.org")
        .unwrap();
    assert_eq!((expert.capacity, expert.external), (10, true));
    let outsider = actor(&app, "a1@asso.test").await;
    assert!(
        pool::list(&app.ctx, &outsider, "hauts-de-seine")
            .await
            .is_err()
    );

    // The grid, saved from its version.
    let s = settings::ReviewSettings {
        grid: grid(),
        per_application: 2,
        ..Default::default()
    };
    settings::save(&app.ctx, &officer, SLUG, &s).await.unwrap();
    assert!(matches!(
        settings::save(&app.ctx, &officer, SLUG, &s).await,
        Err(AppError::Conflict("version_conflict"))
    ));
    let saved = settings::get(&app.ctx, &officer, SLUG).await.unwrap();
    assert_eq!((saved.version, saved.per_application), (1, 2));

    // Nothing is visible before an assignment.
    let expert = actor(&app, "experte@example.org").await;
    assert!(scoring::queue(&app.ctx, &expert).await.unwrap().is_empty());
    assert!(matches!(
        scoring::get(&app.ctx, &expert, &a1).await,
        Err(AppError::NotFound)
    ));
    assign(&app, &a1, "experte@example.org").await;
    assign(&app, &a2, "experte@example.org").await;
    let q = scoring::queue(&app.ctx, &expert).await.unwrap();
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|i| i.progress == "to_do"));
    // Blind: no organisation.
    let v = scoring::get(&app.ctx, &expert, &a1).await.unwrap();
    assert!(v.organisation.is_none() && v.answers.contains_key("title"));

    // A draft, then a review sent; a low score needs a comment.
    let marks = |i: u32, comment: &str, impact: Option<u32>| -> Marks {
        [
            (
                "innovation".to_owned(),
                Mark {
                    score: Some(i),
                    comment: comment.into(),
                },
            ),
            (
                "impact".to_owned(),
                Mark {
                    score: impact,
                    comment: String::new(),
                },
            ),
        ]
        .into_iter()
        .collect()
    };
    let v1 = scoring::save(&app.ctx, &expert, &a1, 0, &marks(1, "", None), false)
        .await
        .unwrap();
    assert!(matches!(
        scoring::save(&app.ctx, &expert, &a1, v1, &marks(1, "", Some(4)), true).await,
        Err(AppError::Invalid(e)) if e[0].code == "comment_required"
    ));
    let v2 = scoring::save(
        &app.ctx,
        &expert,
        &a1,
        v1,
        &marks(1, "Déjà vu.", Some(4)),
        true,
    )
    .await
    .unwrap();
    assert_eq!(v2, 2);
    assert!(matches!(
        scoring::save(&app.ctx, &expert, &a1, v1, &marks(5, "", Some(5)), true).await,
        Err(AppError::Conflict("version_conflict"))
    ));
    let r = scoring::get(&app.ctx, &expert, &a1)
        .await
        .unwrap()
        .review
        .unwrap();
    // (2·1/5 + 4/5) / 3 = 40 %.
    assert_eq!(r.score, Some(4_000));

    // A conflict declared with the second applicant's organisation hides it at once.
    let org2 =
        passerelle_store::repo::applications::find(&mut app.ctx.db.conn().await.unwrap(), &a2)
            .await
            .unwrap()
            .unwrap()
            .organisation_id;
    pool::declare(
        &app.ctx,
        &expert,
        "hauts-de-seine",
        Some(&org2),
        None,
        "Bénévole de l'association",
    )
    .await
    .unwrap();
    assert!(matches!(
        scoring::get(&app.ctx, &expert, &a2).await,
        Err(AppError::NotFound)
    ));
    let q = scoring::queue(&app.ctx, &expert).await.unwrap();
    assert_eq!(
        q.iter()
            .map(|i| i.application_id.as_str())
            .collect::<Vec<_>>(),
        vec![a1.as_str()]
    );
    assert_eq!(q[0].progress, "sent");
    assert_eq!(
        pool::my_conflicts(&app.ctx, &expert, "hauts-de-seine")
            .await
            .unwrap()
            .len(),
        1
    );
    // A member of the applying organisation is in conflict without declaring anything.
    let member = actor(&app, "a1@asso.test").await;
    assign(&app, &a1, "a1@asso.test").await;
    assert!(matches!(
        scoring::get(&app.ctx, &member, &a1).await,
        Err(AppError::NotFound)
    ));
    // Declaring needs a target and a reason.
    assert!(
        pool::declare(&app.ctx, &expert, "hauts-de-seine", None, None, "x")
            .await
            .is_err()
    );
}

/// The reviewer's pages: the list, the blind reading, a draft, a refused then a sent review,
/// and a declared conflict that takes the dossier away; nobody else reaches these pages.
#[tokio::test]
async fn a_reviewer_scores_through_the_pages() {
    let app = demo().await;
    app.set_now("2023-12-10T10:00:00+01:00").unwrap();
    let a1 = submitted(&app, "p1@asso.test", "Atelier vélo").await;
    let officer = actor(&app, "agent@demo.passerelle.test").await;
    app.create_user(
        "rev@example.org",
        "Romane Évaluatrice",
        passerelle_testkit::PASSWORD,
    )
    .await
    .unwrap();
    pool::save(
        &app.ctx,
        &officer,
        "hauts-de-seine",
        &pool::ReviewerInput {
            email: "rev@example.org".into(),
            languages: vec!["fr".into()],
            capacity: 5,
            active: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    settings::save(
        &app.ctx,
        &officer,
        SLUG,
        &settings::ReviewSettings {
            grid: grid(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assign(&app, &a1, "rev@example.org").await;
    let c = crate::TestApp::new_client().unwrap();
    let res = app
        .post_form(
            &c,
            "/login",
            &[
                ("email", "rev@example.org"),
                ("password", passerelle_testkit::PASSWORD),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let list = "/reviews";
    let path = format!("/reviews/{a1}");
    let (st, html) = page(&app, &c, list).await;
    assert_eq!(st, 200);
    assert!(html.contains("Atelier vélo") && html.contains("/reviews/"));
    assert!(
        html.contains("href=\"/reviews\""),
        "the header leads reviewers to their list"
    );
    let (st, html) = page(&app, &c, &path).await;
    assert_eq!(st, 200);
    assert!(html.contains("Atelier vélo") && !html.contains("p1@asso.test"));
    assert!(html.contains("name=\"s.innovation\"") && html.contains("name=\"c.innovation\""));
    // A draft may be incomplete; a low score without a comment is refused when sent.
    let (st, _) = send(
        &app,
        &c,
        &path,
        &[("version", "0"), ("send", "0"), ("s.innovation", "1")],
    )
    .await;
    assert_eq!(st, 303);
    let (st, html) = send(
        &app,
        &c,
        &path,
        &[
            ("version", "1"),
            ("send", "1"),
            ("s.innovation", "1"),
            ("s.impact", "4"),
        ],
    )
    .await;
    assert_eq!(st, 422);
    assert!(html.contains("id=\"innovation-error\""));
    let (st, _) = send(
        &app,
        &c,
        &path,
        &[
            ("version", "1"),
            ("send", "1"),
            ("s.innovation", "1"),
            ("c.innovation", "Peu original."),
            ("s.impact", "4"),
        ],
    )
    .await;
    assert_eq!(st, 303);
    let (_, html) = page(&app, &c, &path).await;
    assert!(html.contains("40,00 / 100"), "the weighted score is shown");
    // Nobody else reaches the page: the applicant, the officer (not a reviewer of it), anonymous.
    let applicant = crate::login_as(&app, "p1@asso.test", passerelle_testkit::PASSWORD).await;
    assert_eq!(page(&app, &applicant, &path).await.0, 404);
    let off = crate::login(&app, "agent@demo.passerelle.test").await;
    assert_eq!(page(&app, &off, &path).await.0, 404);
    let anon = crate::TestApp::new_client().unwrap();
    assert_eq!(page(&app, &anon, &path).await.0, 303);
    // Declaring a conflict takes the dossier away.
    let (st, _) = send(
        &app,
        &c,
        &format!("{path}/conflict"),
        &[("reason", "Je connais la présidente.")],
    )
    .await;
    assert_eq!(st, 303);
    assert_eq!(page(&app, &c, &path).await.0, 404);
    let (_, html) = page(&app, &c, list).await;
    assert!(!html.contains("Atelier vélo"));
}

pub(crate) async fn page(app: &TestApp, c: &reqwest::Client, path: &str) -> (u16, String) {
    let r = c.get(app.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap_or_default())
}

pub(crate) async fn send(
    app: &TestApp,
    c: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let r = app.post_form(c, path, fields).await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap_or_default())
}

/// Officers build the pool and the grid with forms; outsiders cannot.
#[tokio::test]
async fn officers_manage_the_pool_and_the_grid_with_forms() {
    let app = demo().await;
    let officer = crate::login(&app, "agent@demo.passerelle.test").await;
    app.create_user(
        "expert@example.org",
        "Expert Solidaire",
        passerelle_testkit::PASSWORD,
    )
    .await
    .unwrap();
    let pool_path = "/authorities/hauts-de-seine/reviewers";
    assert_eq!(page(&app, &officer, pool_path).await.0, 200);
    let (st, html) = send(
        &app,
        &officer,
        pool_path,
        &[
            ("email", "expert@example.org"),
            ("capacity", "0"),
            ("active", "1"),
        ],
    )
    .await;
    assert_eq!(st, 422);
    assert!(html.contains("id=\"capacity-error\""));
    let (st, _) = send(
        &app,
        &officer,
        pool_path,
        &[
            ("email", "expert@example.org"),
            ("external", "1"),
            ("expertise", "solidarity-finance"),
            ("languages", "fr"),
            ("territories", "fr:departement:92"),
            ("capacity", "8"),
            ("active", "1"),
        ],
    )
    .await;
    assert_eq!(st, 303);
    let (_, html) = page(&app, &officer, pool_path).await;
    assert!(html.contains("Expert Solidaire") && html.contains("Finance solidaire"));
    let outsider = app.signed_in_client("nosy@example.org").await.unwrap();
    assert_eq!(page(&app, &outsider, pool_path).await.0, 403);

    let path = "/schemes/progress-2024/review-settings";
    let (st, html) = page(&app, &officer, path).await;
    assert_eq!(st, 200);
    assert!(
        html.contains("name=\"c.0.id\"") && html.contains("name=\"c.1.id\""),
        "spare rows"
    );
    let base = [
        ("version", "0"),
        ("per_application", "2"),
        ("min_per_reviewer", "0"),
        ("max_per_reviewer", "10"),
        ("alternates", "1"),
        ("spread", "20"),
        ("blind", "1"),
    ];
    let row = |i: u32, id: &'static str, w: &'static str| {
        vec![
            (format!("c.{i}.id"), id.to_owned()),
            (format!("c.{i}.label_fr"), format!("Critère {id}")),
            (format!("c.{i}.weight"), w.to_owned()),
            (format!("c.{i}.min"), "0".to_owned()),
            (format!("c.{i}.max"), "5".to_owned()),
        ]
    };
    let mut fields: Vec<(String, String)> = base
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    fields.extend(row(0, "innovation", "2"));
    fields.extend(row(1, "innovation", "1"));
    let f: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let (st, html) = send(&app, &officer, path, &f).await;
    assert_eq!(st, 422, "two criteria with one code");
    assert!(html.contains("error-summary"));
    fields.truncate(base.len());
    fields.extend(row(0, "innovation", "2"));
    fields.extend(row(1, "impact", "1"));
    let f: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert_eq!(send(&app, &officer, path, &f).await.0, 303);
    let saved = settings::get(
        &app.ctx,
        &actor(&app, "agent@demo.passerelle.test").await,
        SLUG,
    )
    .await
    .unwrap();
    assert_eq!(
        (
            saved.per_application,
            saved.grid.criteria.len(),
            saved.grid.blind
        ),
        (2, 2, true)
    );
    // Saving from the old version is refused, and says so.
    assert_eq!(send(&app, &officer, path, &f).await.0, 409);
    assert_eq!(page(&app, &outsider, path).await.0, 403);
}

/// Takes the demo's own reviewer out of the Hauts-de-Seine pool (inactive), so that a test's
/// pool is exactly the one it builds.
pub(crate) async fn quiet_demo_pool(app: &TestApp) {
    let officer = actor(app, "agent@demo.passerelle.test").await;
    pool::save(
        &app.ctx,
        &officer,
        "hauts-de-seine",
        &pool::ReviewerInput {
            email: "evaluatrice@demo.passerelle.test".into(),
            capacity: 10,
            active: false,
            ..Default::default()
        },
    )
    .await
    .unwrap();
}

/// Adds `email` (a new account) to the demo authority's pool.
pub(crate) async fn reviewer(app: &TestApp, email: &str, name: &str, input: pool::ReviewerInput) {
    app.create_user(email, name, passerelle_testkit::PASSWORD)
        .await
        .unwrap();
    let officer = actor(app, "agent@demo.passerelle.test").await;
    pool::save(
        &app.ctx,
        &officer,
        "hauts-de-seine",
        &pool::ReviewerInput {
            email: email.into(),
            ..input
        },
    )
    .await
    .unwrap();
}

/// The assignment page: an exact run (the best-matched reviewer takes as many as allowed),
/// an infeasible run explained and changing nothing, an officer's exclusion kept by the next
/// run, a reviewer who declines replaced by the one alternate with room, reminders by mail.
#[tokio::test]
async fn officers_assign_reviewers_and_a_reviewer_who_declines_is_replaced() {
    let app = demo().await;
    quiet_demo_pool(&app).await;
    app.set_now("2023-12-10T10:00:00+01:00").unwrap();
    let mut apps = vec![];
    for (i, name) in ["Ressourcerie", "Jardin partagé", "Atelier vélo"]
        .iter()
        .enumerate()
    {
        apps.push(submitted(&app, &format!("x{i}@asso.test"), name).await);
    }
    let finance = || vec!["solidarity-finance".to_owned()];
    let base = pool::ReviewerInput {
        capacity: 10,
        active: true,
        ..Default::default()
    };
    // Affinities: r1 1 400 (theme, territory, language), r3 1 100, r2 100, r4 0.
    reviewer(
        &app,
        "r1@example.org",
        "Rita Un",
        pool::ReviewerInput {
            expertise: finance(),
            languages: vec!["fr".into()],
            territories: vec!["fr:departement:92".into()],
            ..base.clone()
        },
    )
    .await;
    reviewer(
        &app,
        "r2@example.org",
        "Rémi Deux",
        pool::ReviewerInput {
            languages: vec!["fr".into()],
            ..base.clone()
        },
    )
    .await;
    reviewer(
        &app,
        "r3@example.org",
        "Rose Trois",
        pool::ReviewerInput {
            expertise: finance(),
            languages: vec!["fr".into()],
            capacity: 1,
            ..base.clone()
        },
    )
    .await;
    reviewer(&app, "r4@example.org", "Roch Quatre", base.clone()).await;
    let officer = actor(&app, "agent@demo.passerelle.test").await;
    settings::save(
        &app.ctx,
        &officer,
        SLUG,
        &settings::ReviewSettings {
            grid: grid(),
            per_application: 2,
            max_per_reviewer: 4,
            alternates: 1,
            ..Default::default()
        },
    )
    .await
    .unwrap();

    let c = crate::login(&app, "agent@demo.passerelle.test").await;
    let path = "/schemes/progress-2024/assignments";
    let (st, html) = page(&app, &c, path).await;
    assert_eq!(st, 200);
    assert!(html.contains("Ressourcerie") && html.contains("Rita Un"));
    assert_eq!(send(&app, &c, path, &[("action", "run")]).await.0, 303);
    let o = assign::overview(&app.ctx, &officer, SLUG).await.unwrap();
    let load = |o: &assign::Overview, name: &str| {
        o.reviewers
            .iter()
            .find(|l| l.reviewer.name == name)
            .unwrap()
            .assigned
    };
    // The optimum: r1 on all three (1 400 each), r3 on one (1 100), r2 on two (100 each).
    assert_eq!(
        [
            load(&o, "Rita Un"),
            load(&o, "Rose Trois"),
            load(&o, "Rémi Deux"),
            load(&o, "Roch Quatre")
        ],
        [3, 1, 2, 0]
    );
    assert!(
        o.applications
            .iter()
            .all(|a| a.seats.iter().filter(|s| s.status == "assigned").count() == 2)
    );
    let (_, html) = page(&app, &c, path).await;
    assert!(html.contains("Rita Un — affecté"));

    // Five reviewers per application: only four are in the pool, so no assignment exists.
    let s = settings::get(&app.ctx, &officer, SLUG).await.unwrap();
    settings::save(
        &app.ctx,
        &officer,
        SLUG,
        &settings::ReviewSettings {
            per_application: 5,
            ..s.clone()
        },
    )
    .await
    .unwrap();
    let (st, html) = send(&app, &c, path, &[("action", "run")]).await;
    assert_eq!(st, 422);
    assert!(
        html.contains("demande 5 évaluateurs mais seuls 4 peuvent"),
        "the application at fault is named"
    );
    let after = assign::overview(&app.ctx, &officer, SLUG).await.unwrap();
    assert_eq!(load(&after, "Rita Un"), 3, "nothing changed");
    let s = settings::get(&app.ctx, &officer, SLUG).await.unwrap();
    settings::save(
        &app.ctx,
        &officer,
        SLUG,
        &settings::ReviewSettings {
            per_application: 2,
            ..s
        },
    )
    .await
    .unwrap();

    // An officer excludes Rita from the first application: the next run keeps it out.
    let rita = actor(&app, "r1@example.org").await.user.unwrap().id;
    let (st, _) = send(
        &app,
        &c,
        path,
        &[
            ("action", "pin"),
            ("application", &apps[0]),
            ("reviewer", &rita),
            ("pin", "forbidden"),
        ],
    )
    .await;
    assert_eq!(st, 303);
    let (st, html) = send(
        &app,
        &c,
        path,
        &[
            ("action", "pin"),
            ("application", &apps[0]),
            ("reviewer", "nobody"),
            ("pin", "forced"),
        ],
    )
    .await;
    assert_eq!(st, 422);
    assert!(html.contains("pas dans le vivier"));
    assert_eq!(send(&app, &c, path, &[("action", "run")]).await.0, 303);
    let o = assign::overview(&app.ctx, &officer, SLUG).await.unwrap();
    let first = o.applications.iter().find(|a| a.id == apps[0]).unwrap();
    assert!(
        first
            .seats
            .iter()
            .any(|s| s.name == "Rita Un" && s.status == "forbidden")
    );
    assert!(
        !first
            .seats
            .iter()
            .any(|s| s.name == "Rita Un" && s.status == "assigned")
    );

    // Rémi declines an application he holds: the alternate with room takes it; the others'
    // work does not move.
    let holds = |o: &assign::Overview, name: &str| -> Vec<String> {
        o.applications
            .iter()
            .filter(|a| {
                a.seats
                    .iter()
                    .any(|s| s.name == name && s.status == "assigned")
            })
            .map(|a| a.id.clone())
            .collect()
    };
    let remi = crate::login_as(&app, "r2@example.org", passerelle_testkit::PASSWORD).await;
    let target = holds(&o, "Rémi Deux")
        .into_iter()
        .find(|id| *id != apps[0])
        .unwrap_or_else(|| holds(&o, "Rémi Deux")[0].clone());
    let before_rita = holds(&o, "Rita Un");
    let (st, html) = page(&app, &remi, &format!("/reviews/{target}")).await;
    assert_eq!(st, 200);
    assert!(html.contains(&format!("action=\"/reviews/{target}/decline\"")));
    let (st, _) = send(&app, &remi, &format!("/reviews/{target}/decline"), &[]).await;
    assert_eq!(st, 303);
    assert_eq!(
        page(&app, &remi, &format!("/reviews/{target}")).await.0,
        404
    );
    let o = assign::overview(&app.ctx, &officer, SLUG).await.unwrap();
    let line = o.applications.iter().find(|a| a.id == target).unwrap();
    assert_eq!(
        line.seats.iter().filter(|s| s.status == "assigned").count(),
        2,
        "still two reviewers"
    );
    assert!(
        line.seats
            .iter()
            .any(|s| s.name == "Rémi Deux" && s.status == "declined")
    );
    assert_eq!(
        holds(&o, "Rita Un"),
        before_rita,
        "Rita's work did not move"
    );
    // A later run keeps the decline.
    assert_eq!(send(&app, &c, path, &[("action", "run")]).await.0, 303);
    assert!(
        !holds(
            &assign::overview(&app.ctx, &officer, SLUG).await.unwrap(),
            "Rémi Deux"
        )
        .contains(&target)
    );

    // Reminders go to reviewers with reviews to send, with the link to their list.
    assert_eq!(send(&app, &c, path, &[("action", "remind")]).await.0, 303);
    app.deliver_mail().await.unwrap();
    let o = assign::overview(&app.ctx, &officer, SLUG).await.unwrap();
    for l in &o.reviewers {
        let to = &l.reviewer.email;
        let expected = usize::from(l.assigned > l.sent);
        assert_eq!(app.mails_to(to).len(), expected, "{to}");
        if expected == 1 {
            assert!(app.link_in_last_mail(to, "/reviews").is_some());
        }
    }
    assert!(o.reviewers.iter().any(|l| l.assigned > 0));

    // Nobody else reaches the page or acts on it.
    let outsider = app.signed_in_client("nosy@example.org").await.unwrap();
    assert_eq!(page(&app, &outsider, path).await.0, 403);
    assert_eq!(
        send(&app, &outsider, path, &[("action", "run")]).await.0,
        403
    );
    assert_eq!(page(&app, &remi, path).await.0, 403);
}
