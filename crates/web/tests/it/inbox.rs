//! The officers' inbox and dossier pages over HTTP, on the demo's tiers-lieux call (permanent
//! window, tenant demo-tiers-lieux, admin@demo its admin): applications are submitted through
//! the use cases, then read, filtered, sorted, exported, moved and discussed over HTTP; and
//! nobody but the call's officers reaches any of it.

mod access;
mod dossier;
mod export;
mod list;

use passerelle_app::Actor;
use passerelle_app::applications::drafts::{self, Saved};
use passerelle_app::applications::{files, submit};
use passerelle_app::organisations::{self, OrganisationInput};
use passerelle_store::repo::applications as apps;
use reqwest::Client;
use serde_json::json;

use crate::{TestApp, text};
pub use crate::{actor, demo, login};

const SLUG: &str = "tiers-lieux-intermediation";
const ADMIN: &str = "admin@demo.passerelle.test";
const PORTEUR: &str = "porteur@demo.passerelle.test";
const CONFLUENT: &str = "confluent@example.test";

async fn get(app: &TestApp, c: &Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).send().await.unwrap();
    (res.status().as_u16(), text(res).await)
}

/// A project for the tiers-lieux form: balanced (expenses = requested + co-funding).
struct Project {
    name: &'static str,
    description: &'static str,
    requested: i64,
    cofunding: i64,
    cofunder: (&'static str, &'static str),
    /// A quote's file name, when one is attached.
    quote: Option<&'static str>,
}

fn sections(p: &Project) -> Vec<(&'static str, serde_json::Value)> {
    let cents = |euros: i64| euros * 100;
    vec![
        (
            "place",
            json!({"name": p.name, "address": "1 rue de la Gare",
                   "services": ["coworking", "fab-lab", "digital-mediation"],
                   "description": p.description}),
        ),
        (
            "animation",
            json!({"animation_commitment": true,
                   "animation_programme": "Des ateliers chaque semaine.\nUne fête par saison.",
                   "animation_staff": 2}),
        ),
        (
            "funding",
            json!({"expenses": [
                       {"phase": "", "year": 2026, "category": "works", "label": "Aménagement",
                        "amount_minor": cents(p.requested + p.cofunding) - cents(5_000)},
                       {"phase": "", "year": 2026, "category": "digital", "label": "Ordinateurs",
                        "amount_minor": cents(5_000)}],
                   "requested": {"amount_minor": cents(p.requested)},
                   "cofunding": [{"funder": p.cofunder.0, "kind": "public",
                                  "funder_kind": p.cofunder.1,
                                  "amount_minor": cents(p.cofunding), "status": "requested"}],
                   "honour": true}),
        ),
    ]
}

/// Writes and submits `p` for `org`: (application id, receipt reference). The clock moves a
/// minute after each, so submissions have distinct instants.
async fn submit_project(app: &TestApp, who: &Actor, org: &str, p: &Project) -> (String, String) {
    let id = drafts::start(&app.ctx, who, SLUG, org).await.unwrap();
    for (section, answers) in sections(p) {
        let answers = serde_json::from_value(answers).unwrap();
        let saved = drafts::save_section(&app.ctx, who, Some(SLUG), &id, section, 0, answers)
            .await
            .unwrap();
        assert!(matches!(saved, Saved::Done { .. }), "{section} saved");
    }
    if let Some(name) = p.quote {
        let up = files::Upload {
            field_id: "quotes".into(),
            filename: name.into(),
            bytes: axum::body::Bytes::from_static(
                b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
            ),
        };
        files::upload(&app.ctx, who, Some(SLUG), &id, up)
            .await
            .unwrap();
    }
    let receipt = submit::submit(&app.ctx, who, Some(SLUG), &id)
        .await
        .unwrap();
    app.advance(60_000);
    (id, receipt.reference)
}

/// Three submitted applications and a draft. The call is open to organisations based in
/// Lot-et-Garonne only, so the applicants' organisations are there.
struct Fixture {
    /// An association of the demo applicant in Villeneuve-sur-Lot, eligible: 10 000 €.
    lot: (String, String),
    /// A co-operative in Agen without a legal form (eligibility to check): 30 000 €.
    confluent: (String, String),
    /// The association again: 5 000 €.
    boule: (String, String),
    /// A draft of the association.
    draft: String,
}

async fn organisation(app: &TestApp, who: &Actor, name: &str, form: &str, commune: &str) -> String {
    let input = OrganisationInput {
        legal_name: Some(name.into()),
        country: Some("FR".into()),
        legal_form: Some(form.into()),
        sse_basis: Some(if form.is_empty() {
            vec![]
        } else {
            vec!["by_status".into()]
        }),
        commune_id: Some(commune.into()),
        ..Default::default()
    };
    organisations::create(&app.ctx, who, &input).await.unwrap()
}

async fn fixture(app: &TestApp) -> Fixture {
    let porteur = actor(app, PORTEUR).await;
    let association = organisation(
        app,
        &porteur,
        "Association Les Bords du Lot",
        "9220",
        "fr:commune:47323",
    )
    .await;
    app.create_user(
        CONFLUENT,
        "Brigitte Confluent",
        passerelle_testkit::PASSWORD,
    )
    .await
    .unwrap();
    let other = actor(app, CONFLUENT).await;
    let cooperative = organisation(
        app,
        &other,
        "Coopérative du Confluent",
        "",
        "fr:commune:47001",
    )
    .await;
    let lot = Project {
        name: "Tiers-lieu des Bords du Lot",
        description: "Un atelier de réparation de vélos et un espace de coworking.",
        requested: 10_000,
        cofunding: 15_000,
        cofunder: ("Ville de Villeneuve-sur-Lot", "commune"),
        quote: Some("devis-travaux.pdf"),
    };
    let confluent = Project {
        name: "Fabrique du Confluent",
        description: "Un fab lab rural et des permanences numériques.",
        requested: 30_000,
        cofunding: 30_000,
        cofunder: ("Région Nouvelle-Aquitaine", "region"),
        quote: None,
    };
    let boule = Project {
        name: "Coworking de la Boule",
        description: "Des bureaux partagés près de la gare.",
        requested: 5_000,
        cofunding: 15_000,
        cofunder: ("Communauté d’agglomération", "intercommunality"),
        quote: None,
    };
    let lot = submit_project(app, &porteur, &association, &lot).await;
    let confluent = submit_project(app, &other, &cooperative, &confluent).await;
    let boule = submit_project(app, &porteur, &association, &boule).await;
    let draft = drafts::start(&app.ctx, &porteur, SLUG, &association)
        .await
        .unwrap();
    Fixture {
        lot,
        confluent,
        boule,
        draft,
    }
}

/// The references in the order the inbox lists them.
fn listed(body: &str, f: &Fixture) -> Vec<&'static str> {
    let mut found: Vec<(usize, &'static str)> = [
        (&f.lot.1, "lot"),
        (&f.confluent.1, "confluent"),
        (&f.boule.1, "boule"),
    ]
    .into_iter()
    .filter_map(|(r, n)| body.find(&format!(">{r}</a>")).map(|i| (i, n)))
    .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

async fn state_of(app: &TestApp, id: &str) -> String {
    let mut c = app.ctx.db.conn().await.unwrap();
    apps::find(&mut c, id).await.unwrap().unwrap().state
}

async fn actions_of(app: &TestApp, id: &str) -> Vec<String> {
    let mut c = app.ctx.db.conn().await.unwrap();
    apps::events(&mut c, id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}
