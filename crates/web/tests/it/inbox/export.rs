//! CSV and XLSX exports of a call's applications, and the way to the inbox from the back
//! office.

use super::{ADMIN, SLUG, demo, fixture, get, login};

#[tokio::test]
async fn exports_follow_the_filters_and_the_back_office_leads_to_the_inbox() {
    let app = demo().await;
    let f = fixture(&app).await;
    let c = login(&app, ADMIN).await;
    let base = format!("/schemes/{SLUG}/applications");

    // CSV: a byte-order mark, a header row, one row per application, budget totals.
    let res = c.get(app.url(&format!("{base}.csv"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        res.headers()["content-disposition"],
        format!("attachment; filename=\"{SLUG}-applications.csv\"")
    );
    let bytes = res.bytes().await.unwrap();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(&bytes[3..])
        .records()
        .map(Result::unwrap)
        .collect();
    let headers = csv::Reader::from_reader(&bytes[3..])
        .headers()
        .unwrap()
        .clone();
    assert_eq!(
        headers.iter().take(5).collect::<Vec<_>>(),
        [
            "Référence",
            "État",
            "Déposée le (Europe/Paris)",
            "Structure",
            "Projet"
        ]
    );
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (total, requested) = (
        col("Programme de dépenses (HT) – total"),
        col("Aide demandée au Département"),
    );
    assert_eq!(rows.len(), 3, "one row per application");
    let lot = rows.iter().find(|r| r[0] == f.lot.1).unwrap();
    assert_eq!((&lot[total], &lot[requested]), ("25000.00", "10000.00"));
    assert_eq!(&lot[4], "Tiers-lieu des Bords du Lot");
    assert_eq!(&lot[col("Devis")], "devis-travaux.pdf", "files by name");
    // With the inbox's filters.
    let res = c
        .get(app.url(&format!("{base}.csv?verdict=unknown")))
        .send()
        .await
        .unwrap();
    let body = res.bytes().await.unwrap();
    let refs: Vec<String> = csv::Reader::from_reader(&body[3..])
        .records()
        .map(|r| r.unwrap()[0].to_owned())
        .collect();
    assert_eq!(refs, std::slice::from_ref(&f.confluent.1));
    // Bad filters are refused, never a 500.
    let res = c
        .get(app.url(&format!("{base}.csv?min=x")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);

    let res = c
        .get(app.url(&format!("{base}.xlsx")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        res.headers()["content-disposition"],
        format!("attachment; filename=\"{SLUG}-applications.xlsx\"")
    );
    assert_eq!(&res.bytes().await.unwrap()[..2], b"PK");

    // The back office's list leads to the inbox, with the number of submitted applications.
    let (_, body) = get(&app, &c, "/authorities/demo-tiers-lieux/schemes").await;
    assert!(body.contains(&format!("href=\"{base}\"")), "{body}");
    assert!(body.contains("Dossiers déposés (3)"));
}
