//! The eligibility API on the three seed schemes, as their documents state them
//! (data/demo/schemes/*.json), plus its errors and the vocabularies.

use serde_json::{Value, json};

use crate::{TestApp, demo};

async fn ask(app: &TestApp, lang: &str, body: &Value) -> (u16, Value) {
    let res = app
        .client
        .post(app.url("/api/v1/eligibility"))
        .header("accept-language", lang)
        .json(body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// Merges `patch` into `base` (objects recursively; `null` removes a key).
fn merged(base: &Value, patch: &Value) -> Value {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            let mut out = b.clone();
            for (k, v) in p {
                if v.is_null() {
                    out.remove(k);
                } else {
                    let cur = out.get(k).cloned().unwrap_or(Value::Null);
                    out.insert(k.clone(), merged(&cur, v));
                }
            }
            Value::Object(out)
        }
        (_, p) => p.clone(),
    }
}

fn eur(minor: i64) -> Value {
    json!({"amount_minor": minor, "currency": "EUR"})
}

/// An association in Nanterre asking 12 000 EUR for solidarity finance.
fn progress() -> Value {
    json!({
        "at": "2023-12-31T23:59:00+01:00",
        "schemes": ["progress-2024"],
        "applicant": {"country": "FR", "legal_form": "9220", "location": "fr:commune:92050"},
        "project": {"themes": ["solidarity-finance"], "requested": eur(1_200_000)}
    })
}

/// An association in Agen opening a coworking space and a fab lab.
fn tiers_lieux() -> Value {
    json!({
        "at": "2026-11-25T12:00:00+01:00",
        "schemes": ["tiers-lieux-intermediation"],
        "applicant": {"country": "FR", "legal_form": "9220", "location": "fr:commune:47001"},
        "project": {
            "services": ["coworking", "fab-lab"],
            "commitments": ["animation-staff"],
            "cofunders": [{"kind": "region"}],
            "eligible_expenses": {"amount_minor": 2_500_000, "currency": "EUR", "vat": "excl"}
        }
    })
}

/// A consortium of three led by an association in Caen, in February 2020.
fn fabrique() -> Value {
    json!({
        "at": "2020-02-15T12:00:00+01:00",
        "schemes": ["fabrique-initiatives-2020"],
        "applicant": {"country": "FR", "legal_form": "9220", "location": "fr:commune:14118"},
        "project": {"consortium": {"members": 3, "lead_partner": true}}
    })
}

struct Case {
    name: &'static str,
    base: fn() -> Value,
    patch: Value,
    verdict: &'static str,
    /// (criterion id, expected verdict)
    criteria: &'static [(&'static str, &'static str)],
    /// Fields an `unknown` must name.
    missing: &'static [&'static str],
}

fn case(
    name: &'static str,
    base: fn() -> Value,
    patch: Value,
    verdict: &'static str,
    criteria: &'static [(&'static str, &'static str)],
) -> Case {
    Case {
        name,
        base,
        patch,
        verdict,
        criteria,
        missing: &[],
    }
}

fn unknown(
    name: &'static str,
    base: fn() -> Value,
    patch: Value,
    missing: &'static [&'static str],
) -> Case {
    Case {
        name,
        base,
        patch,
        verdict: "unknown",
        criteria: &[],
        missing,
    }
}

fn cases() -> Vec<Case> {
    vec![
        // ---- progress-2024 (seed 000)
        case(
            "P01 association in Nanterre, 12 000 EUR, last minute",
            progress,
            json!({}),
            "eligible",
            &[
                ("open", "met"),
                ("perimeter", "met"),
                ("sse", "met"),
                ("themes", "met"),
                ("max-grant", "met"),
            ],
        ),
        case(
            "P02 one second after the deadline",
            progress,
            json!({"at": "2024-01-01T00:00:01+01:00"}),
            "not_eligible",
            &[("open", "not_met")],
        ),
        case(
            "P03 exactly at midnight closes",
            progress,
            json!({"at": "2024-01-01T00:00:00+01:00"}),
            "not_eligible",
            &[("open", "not_met")],
        ),
        case(
            "P04 midnight UTC is still 31 December in Paris? no: 01:00",
            progress,
            json!({"at": "2023-12-31T22:59:59Z"}),
            "eligible",
            &[("open", "met")],
        ),
        case(
            "P05 the evening before opening",
            progress,
            json!({"at": "2023-11-05T23:59:59+01:00"}),
            "not_eligible",
            &[("open", "not_met")],
        ),
        case(
            "P06 at opening",
            progress,
            json!({"at": "2023-11-06T00:00:00+01:00"}),
            "eligible",
            &[("open", "met")],
        ),
        case(
            "P07 SAS not declared SSE",
            progress,
            json!({"applicant": {"legal_form": "5710", "ess": false}}),
            "not_eligible",
            &[("sse", "not_met")],
        ),
        case(
            "P08 SAS declared SSE",
            progress,
            json!({"applicant": {"legal_form": "5710", "ess": true}}),
            "eligible",
            &[("sse", "met")],
        ),
        unknown(
            "P09 SAS without an SSE answer",
            progress,
            json!({"applicant": {"legal_form": "5710"}}),
            &["applicant.ess"],
        ),
        case(
            "P10 16 000 EUR is over the cap",
            progress,
            json!({"project": {"requested": eur(1_600_000)}}),
            "not_eligible",
            &[("max-grant", "not_met")],
        ),
        case(
            "P11 exactly 15 000 EUR",
            progress,
            json!({"project": {"requested": eur(1_500_000)}}),
            "eligible",
            &[("max-grant", "met")],
        ),
        case(
            "P12 15 000,01 EUR",
            progress,
            json!({"project": {"requested": eur(1_500_001)}}),
            "not_eligible",
            &[("max-grant", "not_met")],
        ),
        case(
            "P13 sustainable development only",
            progress,
            json!({"project": {"themes": ["sustainable-development"]}}),
            "eligible",
            &[("themes", "met")],
        ),
        case(
            "P14 both themes",
            progress,
            json!({"project": {"themes": ["sustainable-development", "solidarity-finance"]}}),
            "eligible",
            &[("themes", "met")],
        ),
        case(
            "P15 another theme only",
            progress,
            json!({"project": {"themes": ["coworking"]}}),
            "not_eligible",
            &[("themes", "not_met")],
        ),
        unknown(
            "P16 themes not given",
            progress,
            json!({"project": {"themes": null}}),
            &["project.themes"],
        ),
        unknown(
            "P17 amount not given",
            progress,
            json!({"project": {"requested": null}}),
            &["project.requested"],
        ),
        case(
            "P18 association in Paris",
            progress,
            json!({"applicant": {"location": "fr:commune:75056"}}),
            "not_eligible",
            &[("perimeter", "not_met")],
        ),
        case(
            "P19 located at département level",
            progress,
            json!({"applicant": {"location": "fr:departement:92"}}),
            "eligible",
            &[("perimeter", "met")],
        ),
        unknown(
            "P20 location not given",
            progress,
            json!({"applicant": {"location": null}}),
            &["applicant.location"],
        ),
        case(
            "P21 SCOP in Boulogne-Billancourt",
            progress,
            json!({"applicant": {"legal_form": "5458", "location": "fr:commune:92012"}}),
            "eligible",
            &[("sse", "met")],
        ),
        case(
            "P22 amount in PLN",
            progress,
            json!({"project": {"requested": {"amount_minor": 100, "currency": "PLN"}}}),
            "unknown",
            &[("max-grant", "unknown")],
        ),
        // ---- tiers-lieux-intermediation (seed 002)
        case(
            "T01 association, two services, region co-funds, 25 000 EUR excl. VAT",
            tiers_lieux,
            json!({}),
            "eligible",
            &[
                ("perimeter", "met"),
                ("beneficiary", "met"),
                ("services", "met"),
                ("animation", "met"),
                ("public-cofunder", "met"),
                ("min-expenses", "met"),
            ],
        ),
        case(
            "T02 18 000 EUR excl. VAT",
            tiers_lieux,
            json!({"project": {"eligible_expenses": {"amount_minor": 1_800_000, "currency": "EUR", "vat": "excl"}}}),
            "not_eligible",
            &[("min-expenses", "not_met")],
        ),
        case(
            "T03 exactly 20 000 EUR excl. VAT",
            tiers_lieux,
            json!({"project": {"eligible_expenses": {"amount_minor": 2_000_000, "currency": "EUR", "vat": "excl"}}}),
            "eligible",
            &[("min-expenses", "met")],
        ),
        case(
            "T04 20 000 EUR incl. VAT cannot tell",
            tiers_lieux,
            json!({"project": {"eligible_expenses": {"amount_minor": 2_000_000, "currency": "EUR", "vat": "incl"}}}),
            "unknown",
            &[("min-expenses", "unknown")],
        ),
        case(
            "T05 19 000 EUR incl. VAT is below in any case",
            tiers_lieux,
            json!({"project": {"eligible_expenses": {"amount_minor": 1_900_000, "currency": "EUR", "vat": "incl"}}}),
            "not_eligible",
            &[("min-expenses", "not_met")],
        ),
        case(
            "T06 a single service",
            tiers_lieux,
            json!({"project": {"services": ["coworking"]}}),
            "not_eligible",
            &[("services", "not_met")],
        ),
        case(
            "T07 no co-funder",
            tiers_lieux,
            json!({"project": {"cofunders": []}}),
            "not_eligible",
            &[("public-cofunder", "not_met")],
        ),
        case(
            "T08 only the département co-funds",
            tiers_lieux,
            json!({"project": {"cofunders": [{"kind": "departement"}]}}),
            "not_eligible",
            &[("public-cofunder", "not_met")],
        ),
        case(
            "T09 only a private co-funder",
            tiers_lieux,
            json!({"project": {"cofunders": [{"kind": "private"}]}}),
            "not_eligible",
            &[("public-cofunder", "not_met")],
        ),
        case(
            "T10 EU and département co-fund",
            tiers_lieux,
            json!({"project": {"cofunders": [{"kind": "departement"}, {"kind": "eu"}]}}),
            "eligible",
            &[("public-cofunder", "met")],
        ),
        case(
            "T11 intercommunality co-funds",
            tiers_lieux,
            json!({"project": {"cofunders": [{"kind": "intercommunality"}]}}),
            "eligible",
            &[("public-cofunder", "met")],
        ),
        case(
            "T12 a commune as public project owner",
            tiers_lieux,
            json!({"applicant": {"legal_form": "7210"}}),
            "eligible",
            &[("beneficiary", "met"), ("public-owner", "met")],
        ),
        case(
            "T13 SAS not SSE",
            tiers_lieux,
            json!({"applicant": {"legal_form": "5710", "ess": false}}),
            "not_eligible",
            &[("beneficiary", "not_met")],
        ),
        unknown(
            "T14 SAS without an SSE answer",
            tiers_lieux,
            json!({"applicant": {"legal_form": "5710"}}),
            &["applicant.ess"],
        ),
        case(
            "T15 no animation commitment",
            tiers_lieux,
            json!({"project": {"commitments": []}}),
            "not_eligible",
            &[("animation", "not_met")],
        ),
        unknown(
            "T16 commitments not given",
            tiers_lieux,
            json!({"project": {"commitments": null}}),
            &["project.commitments"],
        ),
        unknown(
            "T17 expenses not given",
            tiers_lieux,
            json!({"project": {"eligible_expenses": null}}),
            &["project.eligible_expenses"],
        ),
        case(
            "T18 outside the département",
            tiers_lieux,
            json!({"applicant": {"location": "fr:commune:75056"}}),
            "not_eligible",
            &[("perimeter", "not_met")],
        ),
        // ---- fabrique-initiatives-2020 (seed 003)
        case(
            "N01 consortium led by an association in Caen",
            fabrique,
            json!({}),
            "eligible",
            &[
                ("open", "met"),
                ("perimeter", "met"),
                ("beneficiary", "met"),
                ("consortium", "met"),
            ],
        ),
        case(
            "N02 consortium without a lead partner",
            fabrique,
            json!({"project": {"consortium": {"members": 3, "lead_partner": false}}}),
            "not_eligible",
            &[("consortium", "not_met")],
        ),
        case(
            "N03 a single applicant needs no lead partner",
            fabrique,
            json!({"project": {"consortium": {"members": 1, "lead_partner": false}}}),
            "eligible",
            &[("consortium", "met")],
        ),
        unknown(
            "N04 consortium not described",
            fabrique,
            json!({"project": {"consortium": null}}),
            &["project.consortium"],
        ),
        case(
            "N05 association in Paris is outside Normandie",
            fabrique,
            json!({"applicant": {"location": "fr:commune:75056"}}),
            "not_eligible",
            &[("perimeter", "not_met")],
        ),
        case(
            "N06 on 1 March 2020 in the evening",
            fabrique,
            json!({"at": "2020-03-01T23:59:00+01:00"}),
            "eligible",
            &[("open", "met")],
        ),
        case(
            "N07 on 2 March 2020",
            fabrique,
            json!({"at": "2020-03-02T00:00:00+01:00"}),
            "not_eligible",
            &[("open", "not_met")],
        ),
        case(
            "N08 before 1 January 2020",
            fabrique,
            json!({"at": "2019-12-31T23:59:59+01:00"}),
            "not_eligible",
            &[("open", "not_met")],
        ),
        case(
            "N09 a GIE",
            fabrique,
            json!({"applicant": {"legal_form": "6220"}}),
            "eligible",
            &[("beneficiary", "met")],
        ),
        case(
            "N10 a syndicat mixte",
            fabrique,
            json!({"applicant": {"legal_form": "7354"}}),
            "eligible",
            &[("beneficiary", "met")],
        ),
        case(
            "N11 a commune",
            fabrique,
            json!({"applicant": {"legal_form": "7210"}}),
            "eligible",
            &[("beneficiary", "met")],
        ),
        case(
            "N12 a SAS",
            fabrique,
            json!({"applicant": {"legal_form": "5710"}}),
            "eligible",
            &[("beneficiary", "met")],
        ),
        case(
            "N13 a mutual is not among the beneficiaries",
            fabrique,
            json!({"applicant": {"legal_form": "8210"}}),
            "not_eligible",
            &[("beneficiary", "not_met")],
        ),
        case(
            "N14 a Polish association in Wrocław",
            fabrique,
            json!({"applicant": {"country": "PL", "legal_form": "155", "location": "pl:gmina:0264011"}}),
            "not_eligible",
            &[("perimeter", "not_met")],
        ),
        unknown(
            "N15 legal form not given",
            fabrique,
            json!({"applicant": {"legal_form": null}}),
            &["applicant.legal_form"],
        ),
    ]
}

#[tokio::test]
async fn seed_schemes_scenarios() {
    let app = demo().await;
    let all = cases();
    assert!(all.len() >= 30);
    let mut failures = Vec::new();
    for c in &all {
        let body = merged(&(c.base)(), &c.patch);
        let (status, v) = ask(&app, "en", &body).await;
        if status != 200 {
            failures.push(format!("{}: HTTP {status} {v}", c.name));
            continue;
        }
        let r = &v["results"][0];
        if r["verdict"] != c.verdict {
            failures.push(format!(
                "{}: verdict {} (expected {})\n{r:#}",
                c.name, r["verdict"], c.verdict
            ));
            continue;
        }
        for (id, want) in c.criteria {
            let got = r["criteria"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["id"] == *id)
                .map(|x| x["verdict"].clone());
            if got.as_ref().and_then(Value::as_str) != Some(*want) {
                failures.push(format!(
                    "{}: criterion {id} is {got:?}, expected {want}",
                    c.name
                ));
            }
        }
        for f in c.missing {
            let named = r["missing_fields"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x == f);
            let message_names = r["criteria"].as_array().unwrap().iter().any(|x| {
                x["verdict"] == "unknown"
                    && x["field"] == *f
                    && !x["message"].as_str().unwrap().is_empty()
            });
            if !named || !message_names {
                failures.push(format!("{}: {f} not named as missing\n{r:#}", c.name));
            }
        }
        for crit in r["criteria"].as_array().unwrap() {
            let m = crit["message"].as_str().unwrap_or("");
            if m.is_empty() || m.starts_with("elig-") {
                failures.push(format!("{}: untranslated message {crit}", c.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing scenarios:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn reasons_quote_figures_and_dates_in_the_readers_language() {
    let app = demo().await;
    let over = merged(
        &progress(),
        &json!({"project": {"requested": eur(1_600_000)}}),
    );
    let (_, v) = ask(&app, "en", &over).await;
    let msg = |v: &Value, id: &str| {
        v["results"][0]["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()["message"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let m = msg(&v, "max-grant");
    assert!(m.contains("16,000") && m.contains("15,000"), "{m}");
    assert!(v["results"][0]["near_miss"].as_bool().unwrap());

    let late = merged(&progress(), &json!({"at": "2024-01-01T00:00:01+01:00"}));
    let (_, v) = ask(&app, "fr", &late).await;
    let m = msg(&v, "open");
    assert!(m.contains("31 décembre 2023") && m.contains("24:00"), "{m}");
    let (_, v) = ask(&app, "pl", &late).await;
    let m = msg(&v, "open");
    assert!(m.contains("31 grudnia 2023"), "{m}");

    let low = merged(
        &tiers_lieux(),
        &json!({"project": {"eligible_expenses": {"amount_minor": 1_800_000, "currency": "EUR", "vat": "excl"}}}),
    );
    let (_, v) = ask(&app, "fr", &low).await;
    let m = msg(&v, "min-expenses");
    assert!(
        m.contains("18\u{202f}000") && m.contains("20\u{202f}000"),
        "{m}"
    );
}

#[tokio::test]
async fn all_published_schemes_best_first() {
    let app = demo().await;
    let mut q = progress();
    q.as_object_mut().unwrap().remove("schemes");
    let (s, v) = ask(&app, "fr", &q).await;
    assert_eq!(s, 200);
    let results = v["results"].as_array().unwrap();
    let slugs: Vec<&str> = results
        .iter()
        .map(|r| r["scheme"].as_str().unwrap())
        .collect();
    for slug in [
        "progress-2024",
        "tiers-lieux-intermediation",
        "fabrique-initiatives-2020",
    ] {
        assert!(slugs.contains(&slug), "{slugs:?}");
    }
    assert_eq!(slugs[0], "progress-2024");
    assert_eq!(results[0]["verdict"], "eligible");
    let rank = |r: &Value| match r["verdict"].as_str().unwrap() {
        "eligible" => 0,
        "unknown" => 1,
        _ => 2,
    };
    assert!(results.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])));
}

#[tokio::test]
async fn bad_codes_are_400_naming_the_field() {
    let app = demo().await;
    for (patch, field) in [
        (
            json!({"project": {"themes": ["knitting"]}}),
            "project.themes[0]",
        ),
        (
            json!({"applicant": {"location": "fr:commune:99999"}}),
            "applicant.location",
        ),
        (
            json!({"applicant": {"location": "nowhere"}}),
            "applicant.location",
        ),
        (
            json!({"applicant": {"legal_form": "0000"}}),
            "applicant.legal_form",
        ),
        (json!({"applicant": {"country": "DE"}}), "applicant.country"),
        (
            json!({"applicant": {"labels": ["esus", "nope"]}}),
            "applicant.labels[1]",
        ),
        (
            json!({"schemes": ["progress-2024", "no-such-scheme"]}),
            "schemes[1]",
        ),
        (json!({"at": "31/12/2023"}), "at"),
        (
            json!({"project": {"cofunders": [{"kind": "bank"}]}}),
            "project.cofunders[0].kind",
        ),
        (
            json!({"project": {"services": ["sauna"]}}),
            "project.services[0]",
        ),
        (
            json!({"project": {"commitments": ["smile"]}}),
            "project.commitments[0]",
        ),
        (
            json!({"project": {"requested": {"amount_minor": 5, "currency": "USD"}}}),
            "project.requested.currency",
        ),
        (
            json!({"project": {"requested": {"amount_minor": -5, "currency": "EUR"}}}),
            "project.requested.amount_minor",
        ),
        (
            json!({"project": {"eligible_expenses": {"amount_minor": 5, "currency": "EUR", "vat": "ht"}}}),
            "project.eligible_expenses.vat",
        ),
        (
            json!({"project": {"consortium": {"members": 0, "lead_partner": true}}}),
            "project.consortium.members",
        ),
    ] {
        let body = merged(&progress(), &patch);
        let (s, v) = ask(&app, "en", &body).await;
        assert_eq!(s, 400, "{patch}: {v}");
        assert_eq!(v["error"]["code"], "bad_request", "{v}");
        let fields: Vec<&str> = v["error"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["field"].as_str().unwrap())
            .collect();
        assert!(fields.contains(&field), "{patch}: {fields:?}");
        let msg = v["error"]["fields"][0]["message"].as_str().unwrap();
        assert!(!msg.is_empty() && !msg.starts_with("error-"), "{msg}");
    }
}

#[tokio::test]
async fn vocabularies_in_three_languages() {
    let app = demo().await;
    let v: Value = app
        .get("/api/v1/vocabularies")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let vocab = |name: &str| {
        v["vocabularies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone()
    };
    let codes = |name: &str| -> Vec<String> {
        vocab(name)["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["code"].as_str().unwrap().to_owned())
            .collect()
    };
    for t in [
        "sustainable-development",
        "solidarity-finance",
        "tiers-lieux",
        "coworking",
        "digital-inclusion",
        "social-innovation",
        "employment-inclusion",
        "circular-economy",
        "short-food-circuits",
        "responsible-procurement",
    ] {
        assert!(codes("themes").contains(&t.to_owned()), "{t}");
    }
    for s in [
        "telework-centre",
        "coworking",
        "fab-lab",
        "living-lab",
        "support-space",
        "digital-mediation",
        "social-life-space",
    ] {
        assert!(codes("services").contains(&s.to_owned()), "{s}");
    }
    assert!(codes("commitments").contains(&"animation-staff".to_owned()));
    for k in [
        "eu",
        "state",
        "region",
        "departement",
        "intercommunality",
        "commune",
        "private",
    ] {
        assert!(codes("cofunder_kinds").contains(&k.to_owned()), "{k}");
    }
    for voc in v["vocabularies"].as_array().unwrap() {
        for item in voc["items"].as_array().unwrap() {
            for l in ["fr", "pl", "en"] {
                let label = item["labels"][l].as_str().unwrap();
                assert!(
                    !label.is_empty() && !label.starts_with("vocab-"),
                    "{voc:?} {item} {l}"
                );
            }
        }
    }
    assert_ne!(vocab("services")["items"][2]["labels"]["fr"], Value::Null);
}

#[tokio::test]
async fn scheme_detail_in_plain_words() {
    let app = demo().await;
    let res = app
        .client
        .get(app.url("/api/v1/schemes/progress-2024"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["max_grant"]["amount_minor"], 1_500_000);
    assert_eq!(v["envelope"]["amount_minor"], 10_000_000);
    assert_eq!(v["window"]["closes_local"], "2024-01-01T00:00:00");
    assert_eq!(v["window"]["zone"], "Europe/Paris");
    assert_eq!(v["perimeter"][0]["name"], "Hauts-de-Seine");
    let conditions: Vec<&str> = v["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(conditions.len(), 3, "{conditions:?}");
    assert!(
        conditions.iter().all(|c| !c.starts_with("crit-")),
        "{conditions:?}"
    );
    assert_eq!(v["assessed_in_review"].as_array().unwrap().len(), 3);
    assert_eq!(v["definition"]["scheme"]["slug"], "progress-2024");

    let res = app.get("/api/v1/schemes/no-such-scheme").await.unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "not_found");
}
