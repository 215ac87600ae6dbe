//! Programmes: upsert by (tenant, slug), texts per language, listing, find.

use passerelle_store::repo::programmes::{self, ProgrammeRow, ProgrammeTextRow};
use passerelle_store::repo::{tenants, territories};
use passerelle_store::{AsExec, StoreError};

use crate::common::{TestDb, TestResult, new_id, programme, tenant, territory};

async fn two_tenants(c: &mut impl AsExec) -> Result<(String, String), StoreError> {
    territories::upsert_all(c, &[territory("fr:region:11", "IdF", &[])]).await?;
    let a = tenants::upsert(c, &tenant("idf", "IdF", "fr:region:11")).await?;
    let b = tenants::upsert(c, &tenant("paris", "Paris", "fr:region:11")).await?;
    Ok((a, b))
}

fn text(programme_id: &str, locale: &str, title: &str) -> ProgrammeTextRow {
    ProgrammeTextRow {
        programme_id: programme_id.to_owned(),
        locale: locale.to_owned(),
        title: title.to_owned(),
        summary: format!("{title} — summary"),
        description: format!("{title}\n\nSecond paragraph."),
    }
}

fn slugs(rows: &[ProgrammeRow]) -> Vec<&str> {
    rows.iter().map(|p| p.slug.as_str()).collect()
}

#[tokio::test]
async fn programme_story() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    let (idf, paris) = two_tenants(&mut c).await?;

    let early = programme(&idf, "early", Some("2025-01-15"));
    let late = programme(&idf, "late", Some("2025-09-01"));
    assert_eq!(programmes::upsert(&mut c, &early).await?, early.id);
    assert_eq!(programmes::upsert(&mut c, &late).await?, late.id);

    // Upsert of an existing (tenant, slug) keeps the id and updates the fields.
    let early_closed = ProgrammeRow {
        id: new_id(),
        status: "closed".into(),
        envelope_minor: 75_000_000,
        themes: "mobility".into(),
        ..early.clone()
    };
    assert_eq!(programmes::upsert(&mut c, &early_closed).await?, early.id);
    let found = programmes::find(&mut c, &idf, "early")
        .await?
        .expect("find by slug");
    assert_eq!(found.id, early.id);
    assert_eq!(found.status, "closed");
    assert_eq!(found.envelope_minor, 75_000_000);
    assert_eq!(found.themes, "mobility");
    assert_eq!(found.opens_on.as_deref(), Some("2025-01-15"));
    assert_eq!(found.closes_at.as_deref(), Some("2025-01-15T12:00:00"));
    assert_eq!(found.time_zone, "Europe/Paris");
    assert_eq!(found.currency, "EUR");
    assert!(programmes::find(&mut c, &idf, "missing").await?.is_none());
    assert!(programmes::find(&mut c, &paris, "early").await?.is_none());

    // The same slug in another tenant is another programme.
    let paris_early = programme(&paris, "early", Some("2024-03-01"));
    assert_eq!(
        programmes::upsert(&mut c, &paris_early).await?,
        paris_early.id
    );

    assert_eq!(
        slugs(&programmes::list_by_tenant(&mut c, &idf).await?),
        ["late", "early"],
        "newest first"
    );
    assert_eq!(
        slugs(&programmes::list_by_tenant(&mut c, &paris).await?),
        ["early"]
    );
    assert!(
        programmes::list_by_tenant(&mut c, &new_id())
            .await?
            .is_empty()
    );
    assert_eq!(programmes::list_all(&mut c).await?.len(), 3);

    // Texts: one per language, replaced on upsert.
    programmes::upsert_text(&mut c, &text(&early.id, "fr", "Appel à projets")).await?;
    programmes::upsert_text(&mut c, &text(&early.id, "pl", "Nabór wniosków")).await?;
    programmes::upsert_text(&mut c, &text(&early.id, "fr", "Appel à projets 2025")).await?;
    programmes::upsert_text(&mut c, &text(&late.id, "en", "Call")).await?;
    let mut texts = programmes::texts(&mut c, &early.id).await?;
    texts.sort_by(|a, b| a.locale.cmp(&b.locale));
    assert_eq!(texts.len(), 2);
    assert_eq!(texts[0].locale, "fr");
    assert_eq!(texts[0].title, "Appel à projets 2025");
    assert_eq!(texts[0].summary, "Appel à projets 2025 — summary");
    assert_eq!(
        texts[0].description,
        "Appel à projets 2025\n\nSecond paragraph."
    );
    assert_eq!(texts[1].locale, "pl");
    assert_eq!(texts[1].title, "Nabór wniosków");
    assert!(programmes::texts(&mut c, &paris_early.id).await?.is_empty());
    assert_eq!(programmes::all_texts(&mut c).await?.len(), 3);

    // A text of a missing programme, or a programme of a missing tenant, is refused.
    let err = programmes::upsert_text(&mut c, &text(&new_id(), "fr", "Orphan"))
        .await
        .expect_err("text of a missing programme");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
    let err = programmes::upsert(&mut c, &programme(&new_id(), "x", None))
        .await
        .expect_err("programme of a missing tenant");
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
    Ok(())
}

/// `list_by_tenant` promises "newest first"; a programme without an opening date must land at
/// the same place on both engines (here: after the dated ones, SQLite's order).
#[tokio::test]
async fn undated_programmes_sort_the_same_on_both_engines() -> TestResult {
    let t = TestDb::new().await;
    let mut c = t.conn().await;
    let (idf, _) = two_tenants(&mut c).await?;
    programmes::upsert(&mut c, &programme(&idf, "a-dated", Some("2025-01-15"))).await?;
    programmes::upsert(&mut c, &programme(&idf, "b-undated", None)).await?;
    programmes::upsert(&mut c, &programme(&idf, "c-dated", Some("2025-06-01"))).await?;
    let undated = programmes::find(&mut c, &idf, "b-undated")
        .await?
        .expect("undated");
    assert_eq!(undated.opens_on, None);
    assert_eq!(undated.closes_at, None);
    assert_eq!(
        slugs(&programmes::list_by_tenant(&mut c, &idf).await?),
        ["c-dated", "a-dated", "b-undated"],
        "on {:?}: NULL opens_on sorts last with DESC on SQLite but first on PostgreSQL",
        t.engine()
    );
    Ok(())
}
