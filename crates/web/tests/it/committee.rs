//! The whole Progr'ESS review, from assignment to published results, through the pages: the pool
//! and settings, the exact assignment, reviews with a severe reviewer, the committee's ranking
//! and exact allocation beside the greedy one, a preview that saves nothing, edited letters,
//! decisions, closing (states, letters with their PDF, locks) and the public list of funded
//! projects. Then conflict hiding on every route a reviewer could try, and in the ranking.

use passerelle_app::AppError;
use passerelle_app::review::{committee, pool, ranking, scoring, settings};
use passerelle_domain::application::State;
use passerelle_domain::review::{Mark, Marks};
use passerelle_store::repo::applications as app_repo;

use crate::review::{grid, page, quiet_demo_pool, reviewer, send, submitted, submitted_with};
use crate::{TestApp, actor, demo};

const SLUG: &str = "progress-2024";
const NANTERRE: &str = "fr:commune:92050";
const BOULOGNE: &str = "fr:commune:92012";

fn marks(innovation: u32, impact: u32) -> Marks {
    [
        (
            "innovation".to_owned(),
            Mark {
                score: Some(innovation),
                comment: "Lu avec attention.".into(),
            },
        ),
        (
            "impact".to_owned(),
            Mark {
                score: Some(impact),
                comment: String::new(),
            },
        ),
    ]
    .into_iter()
    .collect()
}

async fn state_of(app: &TestApp, id: &str) -> State {
    app_repo::find(&mut app.ctx.db.conn().await.unwrap(), id)
        .await
        .unwrap()
        .unwrap()
        .state
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_whole_progress_review_from_assignment_to_published_results() {
    let app = demo().await;
    quiet_demo_pool(&app).await;
    app.set_now("2023-12-10T10:00:00+01:00").unwrap();
    // Five associations; two of them outside Nanterre, the prefecture.
    let projects = [
        ("Ressourcerie", NANTERRE, 1_500_000, 5u32),
        ("Jardin partagé", NANTERRE, 1_400_000, 4),
        ("Atelier vélo", BOULOGNE, 1_200_000, 4),
        ("Épicerie solidaire", NANTERRE, 900_000, 3),
        ("Café associatif", BOULOGNE, 800_000, 2),
    ];
    let mut ids = vec![];
    for (i, (name, commune, requested, _)) in projects.iter().enumerate() {
        ids.push(submitted_with(&app, &format!("x{i}@asso.test"), name, commune, *requested).await);
    }
    let quality = |id: &str| projects[ids.iter().position(|x| x == id).unwrap()].3;
    let officer = actor(&app, "agent@demo.passerelle.test").await;
    let c = crate::login(&app, "agent@demo.passerelle.test").await;
    let base = pool::ReviewerInput {
        languages: vec!["fr".into()],
        capacity: 10,
        active: true,
        ..Default::default()
    };
    for (email, name) in [
        ("r1@example.org", "Rita Un"),
        ("r2@example.org", "Rémi Deux"),
        ("r3@example.org", "Roch Sévère"),
    ] {
        reviewer(&app, email, name, base.clone()).await;
    }
    settings::save(
        &app.ctx,
        &officer,
        SLUG,
        &settings::ReviewSettings {
            grid: grid(),
            per_application: 2,
            min_per_reviewer: 3,
            max_per_reviewer: 4,
            partial_funding: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let committee_path = "/schemes/progress-2024/committee";
    let results_path = "/calls/progress-2024/results";
    let anon = TestApp::new_client().unwrap();
    assert_eq!(page(&app, &anon, results_path).await.0, 404, "not before");

    // The exact assignment, then every review sent; Roch is a point harsher than the others.
    let (st, _) = send(
        &app,
        &c,
        "/schemes/progress-2024/assignments",
        &[("action", "run")],
    )
    .await;
    assert_eq!(st, 303);
    for (email, harsh) in [
        ("r1@example.org", 0u32),
        ("r2@example.org", 0),
        ("r3@example.org", 1),
    ] {
        let who = actor(&app, email).await;
        for item in scoring::queue(&app.ctx, &who).await.unwrap() {
            let q = quality(&item.application_id);
            let m = marks(q.saturating_sub(harsh), q.saturating_sub(harsh));
            scoring::save(&app.ctx, &who, &item.application_id, 0, &m, true)
                .await
                .unwrap();
        }
    }
    let r = ranking::ranking(&app.ctx, &officer, SLUG).await.unwrap();
    assert_eq!(r.lines.len(), 5);
    assert!(r.lines.iter().all(|l| l.reviews == 2));
    assert_eq!(r.lines[0].title, "Ressourcerie");
    let harshest = &r.severities[0];
    assert_eq!(harshest.name, "Roch Sévère");
    assert!(harshest.offset < -5.0, "{harshest:?}");

    // The committee's page: ranking, both allocations, defaults from the call.
    let (st, html) = page(&app, &c, committee_path).await;
    assert_eq!(st, 200);
    assert!(html.contains("Ressourcerie") && html.contains("Répartition exacte"));
    assert!(html.contains("value=\"100000\""), "the call's envelope");
    assert!(
        html.contains("value=\"15000\""),
        "the call's eligibility ceiling"
    );

    // Trying an envelope without saving it.
    let rules = |envelope: &'static str| {
        vec![
            ("version", "0"),
            ("envelope", envelope),
            ("cap", "15000"),
            ("minimum_share", "50"),
            ("objective", "value"),
            ("score", "corrected"),
            ("q.0.limit", "min_share"),
            ("q.0.target", "outside:fr:commune:92050"),
            ("q.0.value", "30"),
        ]
    };
    let mut preview = rules("20000");
    preview.push(("action", "preview"));
    let (st, html) = send(&app, &c, committee_path, &preview).await;
    assert_eq!(st, 200);
    assert!(html.contains("pas encore enregistrées"));
    let b = committee::board(&app.ctx, &officer, SLUG).await.unwrap();
    assert_eq!(b.rules.envelope, 10_000_000, "a preview saves nothing");
    let mut bad = rules("beaucoup");
    bad.push(("action", "rules"));
    let (st, html) = send(&app, &c, committee_path, &bad).await;
    assert_eq!(st, 422);
    assert!(html.contains("href=\"#envelope\""));
    let mut save = rules("40000");
    save.push(("action", "rules"));
    assert_eq!(send(&app, &c, committee_path, &save).await.0, 303);
    let b = committee::board(&app.ctx, &officer, SLUG).await.unwrap();
    assert_eq!(b.rules.envelope, 4_000_000);
    let (o, g) = (b.optimal.clone().unwrap(), b.greedy.clone().unwrap());
    assert_eq!(o.unspent, 0, "partial funding spends the whole envelope");
    assert!(
        g.unspent > 0,
        "funding down the ranking leaves money: {g:?}"
    );
    assert_eq!(b.difference.unwrap().unspent, g.unspent);
    let outside: i64 = b
        .lines
        .iter()
        .filter(|l| l.rank.commune.as_ref().map(|t| t.to_string()) == Some(BOULOGNE.into()))
        .map(|l| l.optimal.unwrap())
        .sum();
    assert!(
        outside >= 1_200_000,
        "30 % of the envelope outside Nanterre"
    );
    assert!(
        b.lines
            .iter()
            .all(|l| l.optimal.unwrap() == 0 || l.optimal.unwrap() >= l.minimum)
    );

    // Letters: a placeholder that does not exist is refused; the committee's own wording kept.
    let letters = "/schemes/progress-2024/letters";
    assert_eq!(page(&app, &c, letters).await.0, 200);
    let letter = |subject: &'static str| {
        vec![
            ("outcome", "funded"),
            ("locale", "fr"),
            ("subject", subject),
            (
                "body",
                "Bravo {organisation} : {amount} pour « {project} ».\n\n{authority}",
            ),
        ]
    };
    let (st, html) = send(&app, &c, letters, &letter("Bonne nouvelle pour {projet}")).await;
    assert_eq!(st, 422);
    assert!(html.contains("funded.fr.subject-error"));
    assert_eq!(
        send(&app, &c, letters, &letter("Bonne nouvelle pour {project}"))
            .await
            .0,
        303
    );

    // Decisions: one above the ceiling refused, one refusal recorded, the rest adopted.
    let (st, _) = send(
        &app,
        &c,
        committee_path,
        &[
            ("action", "decide"),
            ("application", &ids[0]),
            ("amount", "20000"),
        ],
    )
    .await;
    assert_eq!(st, 422);
    let (st, _) = send(
        &app,
        &c,
        committee_path,
        &[
            ("action", "decide"),
            ("application", &ids[4]),
            ("amount", "0"),
            ("note", "Projet à retravailler."),
        ],
    )
    .await;
    assert_eq!(st, 303);
    assert_eq!(
        send(&app, &c, committee_path, &[("action", "adopt")])
            .await
            .0,
        303
    );
    let b = committee::board(&app.ctx, &officer, SLUG).await.unwrap();
    assert!(b.lines.iter().all(|l| l.decided().is_some()));
    assert!(b.decided.1 <= b.rules.envelope);
    let amount = |id: &str| {
        b.lines
            .iter()
            .find(|l| l.rank.id == id)
            .unwrap()
            .decided()
            .unwrap()
    };
    assert_eq!(amount(&ids[4]), 0, "the committee's refusal stands");
    assert!(
        amount(&ids[2]) >= 1_200_000,
        "the quota is met without the café"
    );

    // Closing needs the confirmation, then locks everything.
    let version = b.rules.version.to_string();
    let (st, _) = send(
        &app,
        &c,
        committee_path,
        &[("action", "close"), ("version", &version)],
    )
    .await;
    assert_eq!(st, 422);
    let (st, _) = send(
        &app,
        &c,
        committee_path,
        &[("action", "close"), ("version", &version), ("confirm", "1")],
    )
    .await;
    assert_eq!(st, 303);
    for id in &ids {
        let want = if amount(id) > 0 {
            State::Accepted
        } else {
            State::Rejected
        };
        assert_eq!(state_of(&app, id).await, want);
    }
    let (st, _) = send(
        &app,
        &c,
        committee_path,
        &[
            ("action", "decide"),
            ("application", &ids[1]),
            ("amount", "0"),
        ],
    )
    .await;
    assert_eq!(st, 409, "decisions are locked");
    assert_eq!(
        send(
            &app,
            &c,
            "/schemes/progress-2024/assignments",
            &[("action", "run")]
        )
        .await
        .0,
        409
    );
    let rita = actor(&app, "r1@example.org").await;
    let hers = scoring::queue(&app.ctx, &rita).await.unwrap();
    assert!(matches!(
        scoring::save(
            &app.ctx,
            &rita,
            &hers[0].application_id,
            1,
            &marks(1, 1),
            true
        )
        .await,
        Err(AppError::Conflict("committee_closed"))
    ));

    // Letters went to each applicant, in their language, with the PDF.
    app.deliver_mail().await.unwrap();
    let letter_to = |to: &str, needle: &str| {
        app.mails_to(to)
            .into_iter()
            .find(|raw| passerelle_testkit::decode_body(raw).contains(needle))
    };
    let funded = letter_to("x0@asso.test", "Bravo Ressourcerie :").expect("the edited letter");
    assert!(passerelle_testkit::decode_body(&funded).contains("pour « Ressourcerie »"));
    assert!(funded.contains("application/pdf"), "the PDF is attached");
    let refused = letter_to("x4@asso.test", "n’a pas pu le retenir").expect("the standard letter");
    assert!(refused.contains("application/pdf"));
    assert!(letter_to("x4@asso.test", "Bravo").is_none());
    let a0 = crate::login_as(&app, "x0@asso.test", passerelle_testkit::PASSWORD).await;
    let res = a0
        .get(app.url(&format!("/applications/{}/decision.pdf", ids[0])))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF"));
    let (_, html) = page(&app, &a0, &format!("/applications/{}", ids[0])).await;
    assert!(html.contains("decision.pdf"));
    let a4 = crate::login_as(&app, "x4@asso.test", passerelle_testkit::PASSWORD).await;
    assert_eq!(
        page(&app, &a4, &format!("/applications/{}/decision.pdf", ids[0]))
            .await
            .0,
        404
    );

    // The funded projects are public, without personal data.
    let (st, html) = page(&app, &anon, results_path).await;
    assert_eq!(st, 200);
    assert!(html.contains("Ressourcerie") && html.contains("Boulogne-Billancourt"));
    assert!(
        !html.contains("Café associatif"),
        "refused projects are not listed"
    );
    assert!(!html.contains("@asso.test") && !html.contains("@example.org"));
    let (st, csv) = page(&app, &anon, &format!("{results_path}.csv")).await;
    assert_eq!(st, 200);
    let funded_count = ids.iter().filter(|id| amount(id) > 0).count();
    assert_eq!(csv.lines().count(), 1 + funded_count, "{csv}");
    // Nobody else reaches the committee.
    let outsider = app.signed_in_client("nosy@example.org").await.unwrap();
    assert_eq!(page(&app, &outsider, committee_path).await.0, 403);
    assert_eq!(page(&app, &outsider, letters).await.0, 403);
}

/// A reviewer in conflict with an application reaches it by no route: not the list, the page,
/// its files, saving, declining, the applicant's pages and PDFs, the API or the officers'
/// exports; and a review sent before the conflict was known no longer counts in the ranking.
#[tokio::test]
async fn a_reviewer_in_conflict_reaches_the_dossier_by_no_route() {
    let app = demo().await;
    quiet_demo_pool(&app).await;
    app.set_now("2023-12-10T10:00:00+01:00").unwrap();
    let id = submitted(&app, "porteur@asso.test", "Recyclerie").await;
    let officer = actor(&app, "agent@demo.passerelle.test").await;
    settings::save(
        &app.ctx,
        &officer,
        SLUG,
        &settings::ReviewSettings {
            grid: grid(),
            per_application: 1,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let base = pool::ReviewerInput {
        languages: vec!["fr".into()],
        capacity: 5,
        active: true,
        ..Default::default()
    };
    reviewer(&app, "juge@example.org", "Jules Juge", base.clone()).await;
    let c = crate::login(&app, "agent@demo.passerelle.test").await;
    assert_eq!(
        send(
            &app,
            &c,
            "/schemes/progress-2024/assignments",
            &[("action", "run")]
        )
        .await
        .0,
        303
    );
    let judge = actor(&app, "juge@example.org").await;
    scoring::save(&app.ctx, &judge, &id, 0, &marks(5, 5), true)
        .await
        .unwrap();
    let r = ranking::ranking(&app.ctx, &officer, SLUG).await.unwrap();
    assert_eq!(r.lines[0].reviews, 1);
    let web = crate::login_as(&app, "juge@example.org", passerelle_testkit::PASSWORD).await;
    assert_eq!(page(&app, &web, &format!("/reviews/{id}")).await.0, 200);

    // The judge turns out to be a member of the applying association.
    let org = app_repo::find(&mut app.ctx.db.conn().await.unwrap(), &id)
        .await
        .unwrap()
        .unwrap()
        .organisation_id;
    let uid = judge.user.clone().unwrap().id;
    passerelle_store::repo::organisations::add_member(
        &mut app.ctx.db.conn().await.unwrap(),
        &org,
        &uid,
        "member",
        0,
    )
    .await
    .unwrap();
    let (_, list) = page(&app, &web, "/reviews").await;
    assert!(!list.contains("Recyclerie"));
    for path in [
        format!("/reviews/{id}"),
        format!("/reviews/{id}/attachments/any"),
    ] {
        assert_eq!(page(&app, &web, &path).await.0, 404, "{path}");
    }
    for path in [
        format!("/reviews/{id}"),
        format!("/reviews/{id}/decline"),
        format!("/reviews/{id}/conflict"),
    ] {
        assert_eq!(
            send(&app, &web, &path, &[("version", "1"), ("reason", "x")])
                .await
                .0,
            404,
            "{path}"
        );
    }
    // Membership gives no officer's right: the applicant's and officers' routes stay closed to a
    // reviewer as such (the member sees the application as the association's member would).
    for (path, want) in [
        (format!("/schemes/{SLUG}/applications/{id}"), 404),
        (
            format!("/schemes/{SLUG}/applications/{id}/dossier.pdf"),
            404,
        ),
        (format!("/schemes/{SLUG}/applications.csv"), 403),
        (format!("/schemes/{SLUG}/applications.xlsx"), 403),
        (format!("/schemes/{SLUG}/committee"), 403),
        (format!("/schemes/{SLUG}/assignments"), 403),
    ] {
        assert_eq!(page(&app, &web, &path).await.0, want, "{path}");
    }
    // The review no longer counts.
    let r = ranking::ranking(&app.ctx, &officer, SLUG).await.unwrap();
    assert_eq!(r.lines[0].reviews, 0);
    assert!(r.lines[0].corrected.is_none());
}
