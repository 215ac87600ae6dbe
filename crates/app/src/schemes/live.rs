//! The public catalogue held in memory: rebuilt from the database after every
//! change to a scheme, read without locking the database by every search and
//! eligibility question.

use std::sync::{Arc, RwLock};

use passerelle_domain::scheme::Scheme;
use passerelle_domain::scheme::catalogue::Catalogue;
use passerelle_domain::scheme::vocab::SchemeStatus;

/// What the catalogue knows of a scheme besides its text.
#[derive(Debug, Clone)]
pub struct EntryMeta {
    /// Owning tenant's slug.
    pub tenant_slug: String,
    /// Owning tenant's name.
    pub tenant_name: String,
    /// Status (published or closed: only public schemes are here).
    pub status: SchemeStatus,
    /// Version number of the text held.
    pub version: i64,
    /// Last change (epoch ms).
    pub updated_at: i64,
    /// First publication (epoch ms).
    pub published_at: Option<i64>,
}

/// One immutable state of the public catalogue.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// Public schemes.
    pub catalogue: Catalogue,
    /// Metadata, parallel to `catalogue.schemes()`.
    pub meta: Vec<EntryMeta>,
}

impl Snapshot {
    /// Builds a snapshot from schemes and their metadata.
    pub fn new(entries: Vec<(Arc<Scheme>, EntryMeta)>) -> Self {
        let (schemes, meta): (Vec<_>, Vec<_>) = entries.into_iter().unzip();
        Self {
            catalogue: Catalogue::new(schemes),
            meta,
        }
    }

    /// A public scheme and its metadata by slug.
    pub fn get(&self, slug: &str) -> Option<(&Arc<Scheme>, &EntryMeta)> {
        let i = self.catalogue.position(slug)?;
        Some((&self.catalogue.schemes()[i], &self.meta[i]))
    }
}

/// The current snapshot, swapped whole on change.
#[derive(Debug, Default)]
pub struct LiveCatalogue(RwLock<Arc<Snapshot>>);

impl LiveCatalogue {
    /// The current snapshot.
    pub fn current(&self) -> Arc<Snapshot> {
        // A poisoned lock only means a writer panicked between two whole
        // swaps; the Arc inside is still a complete snapshot.
        match self.0.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    /// Replaces the snapshot.
    pub fn replace(&self, s: Snapshot) {
        let s = Arc::new(s);
        match self.0.write() {
            Ok(mut g) => *g = s,
            Err(p) => *p.into_inner() = s,
        }
    }
}
