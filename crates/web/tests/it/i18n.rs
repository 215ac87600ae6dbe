//! Three languages: negotiation, the switch, remembered choice, formats, no missing key.

use std::collections::BTreeSet;

use crate::{TestApp, location, text};

/// Message ids of every `*.ftl` file of `locales/{lang}/`, read in name order. An id defined
/// twice, in one file or across files, fails: the bundle would reject the second one.
fn ids(lang: &str) -> BTreeSet<String> {
    let dir = passerelle_testkit::repo_root().join(format!("locales/{lang}"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl file in {}", dir.display());
    let mut all = BTreeSet::new();
    let mut duplicates = Vec::new();
    for file in &files {
        let src = std::fs::read_to_string(file).unwrap();
        let keys = src
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .filter(|k| {
                !k.is_empty()
                    && k.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && !k.contains(' ')
            });
        for key in keys {
            if !all.insert(key.to_owned()) {
                duplicates.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        duplicates.is_empty(),
        "ids defined twice in {lang}: {duplicates:?}"
    );
    all
}

#[test]
fn every_message_exists_in_every_language() {
    let fr = ids("fr");
    assert!(fr.len() > 100);
    for lang in ["pl", "en"] {
        let other = ids(lang);
        let missing: Vec<_> = fr.difference(&other).collect();
        let extra: Vec<_> = other.difference(&fr).collect();
        assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
        assert!(extra.is_empty(), "only in {lang}: {extra:?}");
    }
}

#[test]
fn every_key_used_by_templates_exists() {
    let fr = ids("fr");
    let dir = passerelle_testkit::repo_root().join("crates/web/templates");
    let mut missing = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let src = std::fs::read_to_string(e.path()).unwrap();
        for pat in [".t(\"", ".t1(\""] {
            for part in src.split(pat).skip(1) {
                let key = part.split('"').next().unwrap();
                if !fr.contains(key) {
                    missing.push(format!("{}: {key}", e.path().display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

/// Keys written literally in Rust code (`t("…")`, `ta("…")`, `t1("…")`, `flash("…")`) exist.
#[test]
fn every_key_used_by_rust_code_exists() {
    let fr = ids("fr");
    let mut missing = Vec::new();
    let mut stack = vec![
        passerelle_testkit::repo_root().join("crates/app/src"),
        passerelle_testkit::repo_root().join("crates/web/src"),
    ];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for pat in [".t(\"", ".ta(\"", ".t1(\"", "flash(\""] {
                for part in src.split(pat).skip(1) {
                    let key = part.split('"').next().unwrap();
                    if key.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    }) && !fr.contains(key)
                    {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

#[tokio::test]
async fn language_from_accept_language_then_switch_remembered() {
    let app = TestApp::spawn().await.unwrap();
    let c = &app.client;
    let res = c
        .get(app.url("/"))
        .header("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers().get("content-language").unwrap(), "pl");
    let body = text(res).await;
    assert!(body.contains("<html lang=\"pl\">"));
    assert!(
        body.contains("href=\"/lang/en?next=/\""),
        "switch on every page"
    );
    let res = c
        .get(app.url("/lang/en?next=/territories"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/territories");
    // The cookie now wins over Accept-Language.
    let body = text(
        c.get(app.url("/territories"))
            .header("accept-language", "pl")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(body.contains("<html lang=\"en\">"));
    // Off-site `next` is ignored.
    let res = c
        .get(app.url("/lang/fr?next=//evil.example"))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/");
    assert_eq!(
        c.get(app.url("/lang/de")).send().await.unwrap().status(),
        404
    );
}

#[tokio::test]
async fn signed_in_language_is_stored_on_the_account() {
    let app = TestApp::spawn().await.unwrap();
    let c = app.signed_in_client("lang@example.org").await.unwrap();
    c.get(app.url("/lang/pl?next=/")).send().await.unwrap();
    // A new browser signing in gets Polish back from the account.
    let other = TestApp::new_client().unwrap();
    let res = app
        .post_form(
            &other,
            "/login",
            &[("email", "lang@example.org"), ("password", crate::PASSWORD)],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let body = text(
        other
            .get(app.url("/me/organisations"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(body.contains("<html lang=\"pl\">"), "{body}");
}

#[tokio::test]
async fn territory_search_page_in_three_languages() {
    let app = TestApp::spawn().await.unwrap();
    for (lang, word) in [
        ("fr", "Commune"),
        ("pl", "<html lang=\"pl\">"),
        ("en", "<html lang=\"en\">"),
    ] {
        let client = TestApp::new_client().unwrap();
        let body = text(
            client
                .get(app.url("/territories?q=nanterre"))
                .header("accept-language", lang)
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert!(body.contains("Nanterre"), "{lang}");
        assert!(body.contains(word), "{lang}");
        assert!(
            !body.contains("territory-kind-"),
            "no untranslated key in {lang}"
        );
    }
    let body = text(app.get("/territories/fr:commune:92050").await.unwrap()).await;
    assert!(
        body.contains("97\u{202f}783"),
        "population grouped the French way"
    );
}
