//! The inbox: rows, counts, filters (each, and wrong ones), sorts, pages, bulk changes.

use passerelle_store::repo::applications as apps;

use super::{ADMIN, SLUG, demo, fixture, get, listed, login, state_of};
use crate::text;

#[tokio::test]
async fn the_inbox_filters_sorts_counts_and_pages() {
    let app = demo().await;
    let f = fixture(&app).await;
    let c = login(&app, ADMIN).await;
    let base = format!("/schemes/{SLUG}/applications");

    let (s, body) = get(&app, &c, &base).await;
    assert_eq!(s, 200, "{body}");
    // Newest first by default; one row per application with its state, amount and verdict.
    assert_eq!(listed(&body, &f), ["boule", "confluent", "lot"]);
    assert!(body.contains(&format!("href=\"{base}/{}\"", f.lot.0)));
    assert!(
        body.contains("Tiers-lieu des Bords du Lot") && body.contains("Coopérative du Confluent")
    );
    assert!(body.contains("À examiner"), "internal state label");
    let fr = passerelle_app::i18n::Tr::new(passerelle_domain::Locale::Fr);
    assert!(body.contains(&fr.money(1_000_000, passerelle_domain::Currency::Eur)));
    assert!(body.contains("Éligible") && body.contains("À vérifier"));
    assert!(body.contains("1 brouillon en cours"), "drafts are counted");
    assert!(!body.contains(&f.draft), "a draft is not listed");
    assert!(body.contains("name=\"ids\"") && body.contains("3 dossiers correspondent"));
    assert!(
        body.contains(&format!("href=\"{base}?state=submitted\"")),
        "count links"
    );

    // Filters, each alone.
    for (query, expected) in [
        ("verdict=unknown", vec!["confluent"]),
        ("verdict=eligible", vec!["boule", "lot"]),
        ("territory=Agen", vec!["confluent"]),
        ("territory=fr%3Acommune%3A47323", vec!["boule", "lot"]),
        (
            "territory=Lot-et-Garonne",
            vec!["boule", "confluent", "lot"],
        ),
        ("min=20+000", vec!["confluent"]),
        ("max=6000%2C50", vec!["boule"]),
        // Inflected and without accents: "réparation" is found.
        ("q=reparations", vec!["lot"]),
        ("q=fablab+rural", vec![]),
        ("q=numeriques+rurale", vec!["confluent"]),
        ("state=in_review", vec![]),
        ("sort=oldest", vec!["lot", "confluent", "boule"]),
        ("sort=amount", vec!["confluent", "lot", "boule"]),
        ("sort=title", vec!["boule", "confluent", "lot"]),
    ] {
        let (s, body) = get(&app, &c, &format!("{base}?{query}")).await;
        assert_eq!(s, 200, "{query}: {body}");
        assert_eq!(listed(&body, &f), expected, "{query}");
    }
    // By organisation: the association (two applications) before the co-operative.
    let (_, body) = get(&app, &c, &format!("{base}?sort=organisation")).await;
    assert_eq!(listed(&body, &f)[2], "confluent");
    // The export links carry the filters.
    let (_, body) = get(&app, &c, &format!("{base}?verdict=eligible&q=gare")).await;
    assert!(
        body.contains(&format!("{base}.csv?verdict=eligible&#38;q=gare")),
        "{body}"
    );

    // Bad filters: the form with its errors, tied to their fields, and no list.
    for (query, field) in [
        ("territory=Atlantide+du+Nord+zzz", "territory"),
        ("min=douze", "min"),
        ("min=5000&max=100", "max"),
        ("state=lost", "state"),
        ("sort=random", "sort"),
    ] {
        let (s, body) = get(&app, &c, &format!("{base}?{query}")).await;
        assert_eq!(s, 422, "{query}");
        assert!(
            body.contains(&format!("id=\"{field}-error\"")),
            "{query}: {body}"
        );
        assert!(body.contains("aria-invalid=\"true\""), "{query}");
        assert!(!body.contains("name=\"ids\""), "{query}: no list");
    }

    // Pages of PAGE_SIZE: 50 more submissions (copies of one, written to the store).
    let mut conn = app.ctx.db.conn().await.unwrap();
    let model = apps::find(&mut conn, &f.lot.0).await.unwrap().unwrap();
    for i in 0..50 {
        let id = uuid::Uuid::new_v4().to_string();
        let row = apps::ApplicationRow {
            id: id.clone(),
            state: "draft".into(),
            submitted_at: None,
            reference: None,
            frozen: None,
            frozen_sha256: None,
            eligibility: None,
            eligibility_detail: None,
            ..model.clone()
        };
        apps::insert(&mut conn, &row).await.unwrap();
        let sub = apps::Submission {
            from: "draft",
            to: "submitted",
            at: model.submitted_at.unwrap() - 1_000 - i,
            reference: &format!("COPY-{i:03}"),
            frozen: model.frozen.as_deref().unwrap(),
            sha256: model.frozen_sha256.as_deref().unwrap(),
            eligibility: "eligible",
            eligibility_detail: "[]",
        };
        assert!(apps::submit(&mut conn, &id, &sub).await.unwrap());
    }
    drop(conn);
    let (_, body) = get(&app, &c, &format!("{base}?verdict=eligible")).await;
    assert!(body.contains("52 dossiers correspondent") && body.contains("Page 1 sur 2"));
    assert_eq!(body.matches("name=\"ids\"").count(), 50);
    assert!(body.contains(&format!(
        "href=\"{base}?verdict=eligible&#38;page=2\" rel=\"next\""
    )));
    let (_, body) = get(&app, &c, &format!("{base}?verdict=eligible&page=2")).await;
    assert_eq!(body.matches("name=\"ids\"").count(), 2);
    assert!(body.contains(&format!("href=\"{base}?verdict=eligible\" rel=\"prev\"")));
    // The oldest copies are on the second page, newest first.
    assert!(body.contains(">COPY-048</a>") && body.contains(">COPY-049</a>"));
    let (s, body) = get(&app, &c, &format!("{base}?page=9")).await;
    assert_eq!(s, 200);
    assert!(body.contains("Cette page est au-delà des résultats."));
}

#[tokio::test]
async fn bulk_changes_apply_one_by_one_and_say_what_was_refused() {
    let app = demo().await;
    let f = fixture(&app).await;
    let c = login(&app, ADMIN).await;
    let path = format!("/schemes/{SLUG}/applications/bulk");

    let res = app
        .post_form(
            &c,
            &path,
            &[
                ("event", "start_review"),
                ("ids", &f.lot.0),
                ("back", "verdict=eligible"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body = text(res).await;
    assert!(body.contains("1 dossier a changé d’état."), "{body}");
    // The list comes back with the filters it was posted from.
    assert_eq!(listed(&body, &f), ["boule", "lot"]);
    assert_eq!(state_of(&app, &f.lot.0).await, "in_review");

    // Accepting needs a review first: the submitted one is refused, the other accepted.
    let res = app
        .post_form(
            &c,
            &path,
            &[("event", "accept"), ("ids", &f.lot.0), ("ids", &f.boule.0)],
        )
        .await
        .unwrap();
    let body = text(res).await;
    assert!(body.contains("1 dossier a changé d’état."), "{body}");
    assert!(
        body.contains(&format!("<strong>{}</strong>", f.boule.1)),
        "{body}"
    );
    assert!(body.contains("Cette action n’est pas possible dans l’état actuel du dossier."));
    assert_eq!(state_of(&app, &f.lot.0).await, "accepted");
    assert_eq!(state_of(&app, &f.boule.0).await, "submitted");
    let (_, inbox) = get(
        &app,
        &c,
        &format!("/schemes/{SLUG}/applications?state=accepted"),
    )
    .await;
    assert_eq!(listed(&inbox, &f), ["lot"]);

    // Nothing ticked, or an event that is not an officer's: the list with the error, 422.
    let res = app
        .post_form(&c, &path, &[("event", "close")])
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body = text(res).await;
    assert!(body.contains("id=\"ids-error\"") && body.contains("Cochez au moins un dossier."));
    assert!(body.contains("name=\"ids\""), "the list stays to tick");
    let res = app
        .post_form(&c, &path, &[("event", "withdraw"), ("ids", &f.confluent.0)])
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(text(res).await.contains("id=\"event-error\""));
    assert_eq!(state_of(&app, &f.confluent.0).await, "submitted");
}
