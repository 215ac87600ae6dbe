//! Territories: bulk upsert of a DAG across the insert chunk size, load_all, count, exists,
//! re-import.

use std::collections::BTreeMap;

use passerelle_store::repo::territories::{self, TerritoryData};

use crate::common::{TestDb, TestResult, territory};

/// A DAG of 4 regions, 20 departements (each under a region and a NUTS unit), 40 EPCI and 600
/// communes (under a departement, two in three also under an EPCI): 669 rows and 1 084 links,
/// so both the territory and the link inserts span more than one chunk of 500.
fn dag() -> Vec<TerritoryData> {
    let mut v = vec![territory("eu:nuts:FR", "France", &[])];
    for n in 0..4 {
        v.push(territory(
            &format!("eu:nuts:FR{n}"),
            &format!("NUTS {n}"),
            &["eu:nuts:FR"],
        ));
    }
    for r in 0..4 {
        v.push(territory(
            &format!("fr:region:{r}"),
            &format!("Region {r}"),
            &[],
        ));
    }
    for d in 0..20 {
        v.push(territory(
            &format!("fr:departement:{d:02}"),
            &format!("Departement {d}"),
            &[
                &format!("fr:region:{}", d % 4),
                &format!("eu:nuts:FR{}", d % 4),
            ],
        ));
    }
    for e in 0..40 {
        v.push(territory(
            &format!("fr:epci:2000{e:05}"),
            &format!("EPCI {e}"),
            &[&format!("fr:departement:{:02}", e % 20)],
        ));
    }
    for n in 0..600 {
        let dep = format!("fr:departement:{:02}", n % 20);
        let epci = format!("fr:epci:2000{:05}", n % 40);
        let parents: Vec<&str> = if n % 3 == 0 {
            vec![&dep]
        } else {
            vec![&dep, &epci]
        };
        let mut t = territory(
            &format!("fr:commune:{n:05}"),
            &format!("Commune {n}"),
            &parents,
        );
        t.population = Some(1_000 + n);
        v.push(t);
    }
    v
}

/// What `load_all` must return for `data`: every row sorted by id, parents sorted.
fn expected(data: &[TerritoryData]) -> Vec<TerritoryData> {
    let mut v: Vec<TerritoryData> = data
        .iter()
        .cloned()
        .map(|mut t| {
            t.parents.sort();
            t
        })
        .collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

/// The rows of `want` that `got` lacks or holds differently: a count, then the first few.
fn first_difference(got: &[TerritoryData], want: &[TerritoryData]) -> String {
    let got_by_id: BTreeMap<&str, &TerritoryData> =
        got.iter().map(|t| (t.id.as_str(), t)).collect();
    let wrong: Vec<String> = want
        .iter()
        .filter_map(|w| match got_by_id.get(w.id.as_str()) {
            None => Some(format!("{} missing", w.id)),
            Some(g) if *g != w => Some(format!("got {g:?}\n  want {w:?}")),
            Some(_) => None,
        })
        .collect();
    format!(
        "{} of {} rows wrong ({} loaded):\n  {}",
        wrong.len(),
        want.len(),
        got.len(),
        wrong
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    )
}

#[tokio::test]
async fn territory_dag_story() -> TestResult {
    let t = TestDb::new().await;
    let data = dag();
    assert_eq!(data.len(), 669);
    assert!(data.iter().map(|t| t.parents.len()).sum::<usize>() > 1_000);

    let mut tx = t.db.begin().await?;
    territories::upsert_all(&mut tx, &data).await?;
    tx.commit().await?;

    let mut c = t.conn().await;
    assert_eq!(territories::count(&mut c).await?, 669);
    assert!(territories::exists(&mut c, "fr:commune:00599").await?);
    assert!(territories::exists(&mut c, "eu:nuts:FR").await?);
    assert!(!territories::exists(&mut c, "fr:commune:00600").await?);
    assert!(!territories::exists(&mut c, "").await?);

    let loaded = territories::load_all(&mut c).await?;
    let want = expected(&data);
    assert!(
        loaded == want,
        "load_all differs: {}",
        first_difference(&loaded, &want)
    );
    let c5 = loaded
        .iter()
        .find(|t| t.id == "fr:commune:00005")
        .expect("commune 5");
    assert_eq!(c5.parents, ["fr:departement:05", "fr:epci:200000005"]);
    assert_eq!(c5.population, Some(1_005));
    assert_eq!(c5.kind, "fr:commune");
    assert_eq!(c5.code, "00005");

    // Re-import: names and populations updated, links replaced (communes lose their EPCI and
    // commune 1 moves departement), and a territory left out is kept but loses its links.
    let mut next: Vec<TerritoryData> = data
        .iter()
        .filter(|t| t.id != "fr:commune:00007")
        .cloned()
        .map(|mut t| {
            t.name = format!("{} (2026)", t.name);
            if t.kind == "fr:commune" {
                t.parents.retain(|p| p.starts_with("fr:departement:"));
                t.population = t.population.map(|p| p + 5_000_000_000);
            }
            if t.id == "fr:commune:00001" {
                t.parents = vec!["fr:departement:19".into()];
                t.population = None;
            }
            t
        })
        .collect();
    next.push(territory(
        "fr:commune:99999",
        "New commune",
        &["fr:epci:200000000"],
    ));
    let mut tx = t.db.begin().await?;
    territories::upsert_all(&mut tx, &next).await?;
    tx.commit().await?;

    assert_eq!(territories::count(&mut c).await?, 670);
    let loaded = territories::load_all(&mut c).await?;
    let mut kept = data
        .iter()
        .find(|t| t.id == "fr:commune:00007")
        .expect("commune 7")
        .clone();
    kept.parents.clear();
    next.push(kept);
    let want = expected(&next);
    assert!(
        loaded == want,
        "load_all after re-import differs: {}",
        first_difference(&loaded, &want)
    );
    let c1 = loaded
        .iter()
        .find(|t| t.id == "fr:commune:00001")
        .expect("commune 1");
    assert_eq!(c1.name, "Commune 1 (2026)");
    assert_eq!(c1.parents, ["fr:departement:19"]);
    assert_eq!(c1.population, None);
    let c2 = loaded
        .iter()
        .find(|t| t.id == "fr:commune:00002")
        .expect("commune 2");
    assert_eq!(c2.population, Some(5_000_001_002));
    Ok(())
}

/// `load_all` attaches parents by merging two `ORDER BY id` lists with Rust's byte order, so it
/// must not depend on the database collation. On PostgreSQL this runs in a database whose
/// default collation is ICU French, as a server initialised with a French locale would have; on
/// SQLite (BINARY collation) it is the plain case.
#[tokio::test]
async fn territory_parents_do_not_depend_on_collation() -> TestResult {
    let t = TestDb::new_with_pg_options(
        "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'fr' LOCALE 'C.UTF-8'",
    )
    .await;
    // ':' < '_' in bytes, but ICU sorts '_' before ':'; likewise 'B' < 'a' in bytes only.
    let data = vec![
        territory("fr:departement:75", "Paris", &["fr:region:11"]),
        territory("fr:region:11", "Île-de-France", &[]),
        territory(
            "fr:arrondissement:751",
            "Paris (arr.)",
            &["fr:departement:75"],
        ),
        territory(
            "fr:arrondissement_municipal:75101",
            "Paris 1er",
            &["fr:arrondissement:751", "fr:commune:75056"],
        ),
        territory("fr:commune:75056", "Paris", &["fr:departement:75"]),
        territory("eu:nuts:FRB", "Centre-Val de Loire", &["eu:nuts:FR"]),
        territory("eu:nuts:FR", "France", &[]),
        territory("eu:nuts:fr_x", "Lowercase", &["eu:nuts:FRB"]),
    ];
    let mut c = t.conn().await;
    territories::upsert_all(&mut c, &data).await?;
    let loaded = territories::load_all(&mut c).await?;
    let want = expected(&data);
    assert!(
        loaded == want,
        "on {:?}, load_all lost parent links: {}",
        t.engine(),
        first_difference(&loaded, &want)
    );
    Ok(())
}
