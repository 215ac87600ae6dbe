//! `Db::backup_sqlite_to`: a consistent copy taken while the database is open (WAL included).

use passerelle_store::repo::meta;
use passerelle_store::{Db, DbOptions, Engine};

use crate::common::{TestDb, TestResult};

#[tokio::test]
async fn sqlite_backup_is_a_complete_copy() -> TestResult {
    let t = TestDb::sqlite().await;
    let mut c = t.conn().await;
    meta::set(&mut c, "k", "before backup", 1).await?;
    let dir = std::env::temp_dir().join(format!("passerelle-backup-{}", crate::common::new_id()));
    std::fs::create_dir_all(&dir)?;
    let dest = dir.join("copy.db");
    // The test pool may hold a single connection: give it back for the backup.
    drop(c);
    t.db.backup_sqlite_to(&dest).await?;
    let mut c = t.conn().await;
    // Written after the copy: must not be in it.
    meta::set(&mut c, "k", "after backup", 2).await?;
    let copy = Db::connect(
        &format!("sqlite://{}", dest.display()),
        &DbOptions {
            max_connections: 1,
            create_if_missing: false,
        },
    )
    .await?;
    let mut cc = copy.conn().await?;
    assert_eq!(
        meta::get(&mut cc, "k").await?.as_deref(),
        Some("before backup")
    );
    drop(cc);
    copy.close().await;
    // A second backup to the same file is refused rather than overwriting it.
    drop(c);
    assert!(t.db.backup_sqlite_to(&dest).await.is_err());
    let _ = std::fs::remove_dir_all(dir);
    Ok(())
}

#[tokio::test]
async fn postgres_backup_is_refused_with_a_reason() -> TestResult {
    let t = TestDb::new().await;
    if t.engine() == Engine::Postgres {
        let e =
            t.db.backup_sqlite_to(&std::env::temp_dir().join("never.db"))
                .await
                .unwrap_err();
        assert!(e.to_string().contains("pg_dump"), "{e}");
    }
    Ok(())
}
