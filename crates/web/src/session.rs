//! Server-side sessions in our own database (no published store supports sqlx 0.9 on both
//! engines; see docs/DB.md). The cookie carries only a random id.

use passerelle_store::{Db, StoreError, repo::sessions};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

/// A [`SessionStore`] over the `web_session` table.
#[derive(Debug, Clone)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    /// A store on `db`.
    pub fn new(db: Db) -> Self {
        DbSessionStore { db }
    }

    /// Delete expired sessions; returns how many.
    pub async fn sweep(&self, now_unix: i64) -> Result<u64, StoreError> {
        let mut c = self.db.conn().await?;
        sessions::delete_expired(&mut c, now_unix).await
    }
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

#[async_trait::async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let mut c = self.db.conn().await.map_err(backend)?;
        // A collision of 128-bit random ids is improbable, but cheap to handle: draw again.
        loop {
            let data = serde_json::to_string(&record.data)
                .map_err(|e| session_store::Error::Encode(e.to_string()))?;
            match sessions::create(
                &mut c,
                &record.id.to_string(),
                &data,
                record.expiry_date.unix_timestamp(),
            )
            .await
            {
                Ok(()) => return Ok(()),
                Err(StoreError::Conflict { .. }) => record.id = Id::default(),
                Err(e) => return Err(backend(e)),
            }
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?;
        let mut c = self.db.conn().await.map_err(backend)?;
        sessions::save(
            &mut c,
            &record.id.to_string(),
            &data,
            record.expiry_date.unix_timestamp(),
        )
        .await
        .map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let mut c = self.db.conn().await.map_err(backend)?;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let Some(data) = sessions::load(&mut c, &id.to_string(), now)
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        let data =
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        // The stored expiry is authoritative; the layer recomputes it on the next save.
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date: time::OffsetDateTime::now_utc() + time::Duration::days(14),
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        let mut c = self.db.conn().await.map_err(backend)?;
        sessions::delete(&mut c, &id.to_string())
            .await
            .map_err(backend)
    }
}
