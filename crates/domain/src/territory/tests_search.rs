use super::tests::{id, sample};
use super::*;
use rstest::rstest;

fn ids(records: Vec<&TerritoryRecord>) -> Vec<&str> {
    records.into_iter().map(|r| r.id.as_str()).collect()
}

#[rstest]
#[case("ile de france", "fr:region:11")]
#[case("ÎLE-DE-FRANCE", "fr:region:11")]
#[case("Ile-de-Fr", "fr:region:11")]
#[case("wroclaw", "pl:powiat:0264")]
#[case("Wrocław", "pl:powiat:0264")]
#[case("92050", "fr:commune:92050")]
#[case("nanterre", "fr:commune:92050")]
#[case("NANT", "fr:commune:92050")]
#[case("rose", "fr:commune:94038")]
#[case("les roses", "fr:commune:94038")]
#[case("l'hay", "fr:commune:94038")]
#[case("l’haÿ les", "fr:commune:94038")]
#[case("dolnoslaskie", "pl:wojewodztwo:02")]
#[case("fr105", "eu:nuts:FR105")]
#[case("200054781", "fr:epci:200054781")]
#[case("grand paris", "fr:epci:200054781")]
fn finds_first(#[case] query: &str, #[case] first: &str) {
    let idx = sample();
    let hits = idx.search(query, None, 10);
    assert_eq!(
        hits.first().map(|r| r.id.as_str()),
        Some(first),
        "{query}: {:?}",
        ids(hits)
    );
}

#[test]
fn exact_name_ties_break_on_population_then_kind() {
    // Both Île-de-France (région, 12 M) and NUTS FR10 "Île de France"
    // (no population) fold to the query exactly; the NUTS-1 "Ile-de-France"
    // too. Population decides, unknown last, then NUTS level.
    assert_eq!(
        ids(sample().search("ile de france", None, 10)),
        ["fr:region:11", "eu:nuts:FR1", "eu:nuts:FR10"]
    );
    // Same name and population: powiat (rank 1) before gmina (rank 3).
    assert_eq!(
        ids(sample().search("wroclaw", None, 10)),
        ["pl:powiat:0264", "pl:gmina:0264011"]
    );
}

#[test]
fn tiers_beat_population() {
    // Whole-name prefix matches (Saint-Denis, both) come before the
    // later-word match (Seine-Saint-Denis), despite its 1.6 M inhabitants;
    // within the tier the larger Saint-Denis (La Réunion) comes first.
    assert_eq!(
        ids(sample().search("saint", None, 10)),
        ["fr:commune:97411", "fr:commune:93066", "fr:departement:93"]
    );
    // "saint denis" is an exact match for both communes.
    assert_eq!(
        ids(sample().search("saint denis", None, 10)),
        ["fr:commune:97411", "fr:commune:93066", "fr:departement:93"]
    );
}

#[test]
fn exact_code_beats_code_prefix() {
    assert_eq!(
        ids(sample().search("92", None, 10)),
        ["fr:departement:92", "fr:commune:92050"]
    );
    assert_eq!(
        ids(sample().search("FR1", None, 10)),
        ["eu:nuts:FR1", "eu:nuts:FR10", "eu:nuts:FR105"]
    );
}

#[test]
fn name_and_code_match_count_once() {
    // "La Réunion" is both a région and a département with the same
    // population; each comes once, the région first by kind rank.
    assert_eq!(
        ids(sample().search("la reunion", None, 10)),
        ["fr:region:04", "fr:departement:974"]
    );
}

#[test]
fn kind_filter_and_limit() {
    let idx = sample();
    assert_eq!(
        ids(idx.search("saint", Some(TerritoryKind::FrDepartement), 10)),
        ["fr:departement:93"]
    );
    assert_eq!(
        ids(idx.search("saint", Some(TerritoryKind::FrCommune), 1)),
        ["fr:commune:97411"]
    );
    assert!(
        idx.search("saint", Some(TerritoryKind::PlGmina), 10)
            .is_empty()
    );
    assert!(idx.search("saint", None, 0).is_empty());
    assert_eq!(idx.search("s", None, 3).len(), 3);
}

#[rstest]
#[case("")]
#[case("   ")]
#[case(" -’. ")]
#[case("zzz")]
#[case("nanterrex")]
#[case("anterre")]
fn finds_nothing(#[case] query: &str) {
    assert!(sample().search(query, None, 10).is_empty(), "{query}");
}

/// 40 000 synthetic communes under 100 départements: the search must stay
/// correct (and in practice fast) at the size of the real file.
#[test]
fn large_index() {
    let mut text = String::from("id\tkind\tcode\tname\tpopulation\tparents\n");
    for d in 10..100 {
        text.push_str(&format!(
            "fr:departement:{d}\tfr:departement\t{d}\tDépartement {d}\t\t\n"
        ));
    }
    for i in 0..40_000u32 {
        let d = 10 + i % 90;
        let code = format!("{d}{:03}", i / 90);
        let name = format!("Saint-Lieu-{i}-sur-Rivière");
        text.push_str(&format!(
            "fr:commune:{code}\tfr:commune\t{code}\t{name}\t{i}\tfr:departement:{d}\n"
        ));
    }
    let idx = TerritoryIndex::build(parse_tsv(&text).unwrap()).unwrap();
    assert_eq!(idx.len(), 40_090);
    let start = std::time::Instant::now();
    for _ in 0..200 {
        let hits = idx.search("saint lieu 3999", None, 5);
        assert_eq!(hits[0].name, "Saint-Lieu-39999-sur-Rivière");
        let hits = idx.search("riviere", None, 3);
        assert_eq!(hits.len(), 3);
        assert_eq!(hits[0].population, Some(39_999));
    }
    eprintln!(
        "400 searches over 40 090 territories: {:?}",
        start.elapsed()
    );
    assert!(idx.contains(&id("fr:departement:10"), &id("fr:commune:10000")));
    assert!(!idx.contains(&id("fr:departement:11"), &id("fr:commune:10000")));
    assert_eq!(idx.children_count(&id("fr:departement:10")), 445);
}

const REAL_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/territories/territories.tsv"
);

#[test]
fn real_territory_file() {
    let Ok(text) = std::fs::read_to_string(REAL_FILE) else {
        eprintln!("skipped: {REAL_FILE} does not exist yet");
        return;
    };
    let start = std::time::Instant::now();
    let idx = TerritoryIndex::build(parse_tsv(&text).unwrap()).unwrap();
    eprintln!("built {} territories in {:?}", idx.len(), start.elapsed());

    let nanterre = id("fr:commune:92050");
    assert_eq!(idx.get(&nanterre).unwrap().name, "Nanterre");
    let ancestors = ids(idx.ancestors(&nanterre));
    assert!(ancestors.contains(&"fr:departement:92"), "{ancestors:?}");
    assert!(ancestors.contains(&"fr:region:11"), "{ancestors:?}");
    assert!(idx.contains(&id("fr:region:11"), &nanterre));
    assert!(idx.contains(&id("fr:departement:92"), &nanterre));
    assert!(idx.contains(&id("fr:epci:200054781"), &nanterre));
    assert!(!idx.contains(&id("fr:region:84"), &nanterre));
    // The Métropole du Grand Paris spans six départements; its parent is the
    // région, so its members are not inside the other départements.
    assert!(!idx.contains(&id("fr:departement:75"), &nanterre));
    assert!(!ancestors.contains(&"fr:departement:75"), "{ancestors:?}");
    assert_eq!(ids(idx.search("nanterre", None, 1)), ["fr:commune:92050"]);
    assert_eq!(ids(idx.search("92050", None, 1)), ["fr:commune:92050"]);
    assert_eq!(
        ids(idx.search("ile de france", Some(TerritoryKind::FrRegion), 1)),
        ["fr:region:11"]
    );

    let wroclaw = id("pl:gmina:0264011");
    assert!(idx.get(&wroclaw).unwrap().name.starts_with("Wrocław"));
    assert!(idx.contains(&id("pl:wojewodztwo:02"), &wroclaw));
    assert!(idx.contains(&id("eu:nuts:PL514"), &wroclaw));
    let hits = ids(idx.search("wroclaw", Some(TerritoryKind::PlGmina), 5));
    assert!(hits.contains(&"pl:gmina:0264011"), "{hits:?}");
}
