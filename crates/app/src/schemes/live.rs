//! The public catalogue held in memory: rebuilt from the database after every
//! change to a scheme, read without locking the database by every search and
//! eligibility question.

use std::sync::{Arc, RwLock};

use passerelle_domain::scheme::Scheme;
use passerelle_domain::scheme::catalogue::Catalogue;
use passerelle_domain::scheme::vocab::SchemeStatus;
use passerelle_search::{SchemeDoc, SearchIndex};

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
pub struct Snapshot {
    /// Public schemes.
    pub catalogue: Catalogue,
    /// Metadata, parallel to `catalogue.schemes()`.
    pub meta: Vec<EntryMeta>,
    /// Full-text and facet index; hit positions are catalogue positions.
    pub search: SearchIndex,
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot")
            .field("schemes", &self.catalogue.len())
            .finish()
    }
}

impl Default for Snapshot {
    fn default() -> Self {
        Self::new(Vec::new()).unwrap_or_else(|_| unreachable!("an empty index always builds"))
    }
}

impl Snapshot {
    /// Builds a snapshot from schemes and their metadata. Slugs are unique
    /// (a database constraint), so positions agree between the catalogue,
    /// the metadata and the search index.
    pub fn new(
        entries: Vec<(Arc<Scheme>, EntryMeta)>,
    ) -> Result<Self, passerelle_search::SearchError> {
        let docs = entries
            .iter()
            .map(|(s, m)| SchemeDoc {
                scheme: s.clone(),
                tenant: m.tenant_slug.clone(),
                tenant_name: m.tenant_name.clone(),
                status: m.status,
            })
            .collect();
        let label = |t: passerelle_domain::scheme::vocab::Theme, l: passerelle_domain::Locale| {
            crate::i18n::Tr::new(l).t(&format!("vocab-themes-{}", t.as_str()))
        };
        let search = SearchIndex::build_with_theme_labels(docs, &label)?;
        let (schemes, meta): (Vec<_>, Vec<_>) = entries.into_iter().unzip();
        Ok(Self {
            catalogue: Catalogue::new(schemes),
            meta,
            search,
        })
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
