//! The published catalogue held in memory, answering "which schemes may this
//! applicant apply to" without touching the database.

use super::Scheme;
use super::criteria::{self, Question, SchemeVerdict};
use std::collections::HashMap;
use std::sync::Arc;

/// Published schemes with the lookups eligibility needs.
#[derive(Debug, Default, Clone)]
pub struct Catalogue {
    schemes: Vec<Arc<Scheme>>,
    by_slug: HashMap<String, usize>,
}

impl Catalogue {
    /// Builds the catalogue; later duplicates of a slug are ignored.
    pub fn new(schemes: Vec<Arc<Scheme>>) -> Self {
        let mut by_slug = HashMap::with_capacity(schemes.len());
        let mut kept = Vec::with_capacity(schemes.len());
        for s in schemes {
            if !by_slug.contains_key(&s.slug) {
                by_slug.insert(s.slug.clone(), kept.len());
                kept.push(s);
            }
        }
        Self {
            schemes: kept,
            by_slug,
        }
    }

    /// Every scheme, in insertion order.
    pub fn schemes(&self) -> &[Arc<Scheme>] {
        &self.schemes
    }

    /// Number of schemes.
    pub fn len(&self) -> usize {
        self.schemes.len()
    }

    /// Whether the catalogue is empty.
    pub fn is_empty(&self) -> bool {
        self.schemes.is_empty()
    }

    /// A scheme by slug.
    pub fn get(&self, slug: &str) -> Option<&Arc<Scheme>> {
        self.by_slug.get(slug).map(|&i| &self.schemes[i])
    }

    /// Position of a scheme by slug.
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.by_slug.get(slug).copied()
    }

    /// The verdict of every scheme for `q`, as `(position, verdict)`, in
    /// catalogue order.
    pub fn verdicts(&self, q: &Question) -> Vec<(usize, SchemeVerdict)> {
        self.schemes
            .iter()
            .enumerate()
            .map(|(i, s)| (i, criteria::verdict(s.rules(), q)))
            .collect()
    }

    /// Positions of the schemes `q` is eligible for or may be (verdict
    /// `eligible` or `unknown`).
    pub fn possibly_eligible(&self, q: &Question) -> Vec<usize> {
        self.verdicts(q)
            .into_iter()
            .filter(|(_, v)| *v != SchemeVerdict::NotEligible)
            .map(|(i, _)| i)
            .collect()
    }
}
