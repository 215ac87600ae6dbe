//! Organisations indexed for alerts: "which organisations may be eligible
//! for this scheme", asked when a scheme is published.
//!
//! An organisation is known by its profile (country, legal form or
//! category, seat and its ancestors, SSE declaration, labels) and nothing of
//! its future projects, so an organisation *may be eligible* when the
//! scheme's verdict, with every project field unknown, is not
//! `not_eligible`. The window is ignored: alerts fire on publication, often
//! before the window opens.
//!
//! [`Audience`] answers without evaluating the scheme once per
//! organisation:
//! - postings by territory: each organisation is listed under its seat and
//!   every ancestor of it, so the scheme's perimeter selects its candidates
//!   directly (organisations without a known seat are candidates for every
//!   scheme);
//! - classes: organisations with the same country, legal form, category,
//!   SSE declaration and labels get the same verdict from any criteria tree
//!   (the tree never reads the place). There are few such classes, so the
//!   tree is evaluated once per class and each candidate costs one array
//!   read.
//!
//! The answers are exactly those of [`criteria::verdict`] on every
//! organisation (checked by property tests).

use super::Scheme;
use super::criteria::{self, Applicant, Project, Question, Verdict};
use super::vocab::Label;
use crate::{Country, LegalCategory, TerritoryId};
use jiff::Timestamp;
use std::collections::HashMap;

/// What decides an organisation's verdict besides its place.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ClassKey {
    country: Option<Country>,
    form: Option<(Country, &'static str)>,
    category: Option<LegalCategory>,
    ess: Option<bool>,
    /// Sorted, without duplicates: the engine only asks whether a label is held.
    labels: Option<Vec<Label>>,
}

/// Organisation profiles indexed by place and by class.
#[derive(Debug, Default, Clone)]
pub struct Audience {
    /// Class of each organisation, by position.
    class_of: Vec<u32>,
    /// One question per class: the class's applicant, no place, nothing of
    /// the project.
    classes: Vec<Question>,
    class_ids: HashMap<ClassKey, u32>,
    /// Positions of the organisations located in or under each territory,
    /// ascending.
    by_place: HashMap<TerritoryId, Vec<u32>>,
    /// Positions of the organisations whose place is unknown, ascending.
    unlocated: Vec<u32>,
}

fn id32(n: usize) -> u32 {
    // `Audience::push` refuses more than `u32::MAX` organisations.
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Audience {
    /// Indexes `orgs`; positions are their order in the iterator.
    pub fn new(orgs: impl IntoIterator<Item = Applicant>) -> Self {
        let mut a = Self::default();
        for o in orgs {
            a.push(&o);
        }
        a
    }

    /// Adds an organisation and returns its position, or `None` when the
    /// index already holds `u32::MAX` organisations.
    ///
    /// `org.places` is its seat followed by all the seat's ancestors, as
    /// for eligibility questions; `None` when the seat is unknown.
    pub fn push(&mut self, org: &Applicant) -> Option<usize> {
        let i = self.class_of.len();
        let pos = u32::try_from(i).ok().filter(|&p| p < u32::MAX)?;
        let key = ClassKey {
            country: org.country,
            form: org.form.map(|f| (f.country, f.code)),
            category: org.category,
            ess: org.ess,
            labels: org.labels.as_ref().map(|l| {
                let mut l = l.clone();
                l.sort_unstable();
                l.dedup();
                l
            }),
        };
        let class = match self.class_ids.get(&key) {
            Some(&c) => c,
            None => {
                let c = id32(self.classes.len());
                self.classes.push(Question {
                    at: Timestamp::UNIX_EPOCH,
                    applicant: Applicant {
                        country: org.country,
                        form: org.form,
                        category: org.category,
                        places: None,
                        ess: org.ess,
                        labels: key.labels.clone(),
                    },
                    project: Project::default(),
                });
                self.class_ids.insert(key, c);
                c
            }
        };
        self.class_of.push(class);
        match &org.places {
            None => self.unlocated.push(pos),
            Some(places) => {
                for p in places {
                    let list = self.by_place.entry(p.clone()).or_default();
                    // Positions only grow, so a repeated place is the last entry.
                    if list.last() != Some(&pos) {
                        list.push(pos);
                    }
                }
            }
        }
        Some(i)
    }

    /// Number of organisations.
    pub fn len(&self) -> usize {
        self.class_of.len()
    }

    /// Whether no organisation is indexed.
    pub fn is_empty(&self) -> bool {
        self.class_of.is_empty()
    }

    /// Number of distinct classes (country, form, category, SSE, labels).
    pub fn classes(&self) -> usize {
        self.classes.len()
    }

    /// Positions, ascending, of the organisations that may be eligible for
    /// `scheme`: its verdict for them, with nothing known of the project and
    /// the window ignored, is not `not_eligible`.
    pub fn possibly_eligible(&self, scheme: &Scheme) -> Vec<usize> {
        let mut out = vec![];
        self.each_possible(scheme, |i| out.push(i));
        out
    }

    /// How many organisations [`Self::possibly_eligible`] would return.
    pub fn count_possibly_eligible(&self, scheme: &Scheme) -> usize {
        let mut n = 0;
        self.each_possible(scheme, |_| n += 1);
        n
    }

    fn each_possible(&self, scheme: &Scheme, mut f: impl FnMut(usize)) {
        // The tree's verdict for each class; a NotMet rules the class out
        // whatever the perimeter says.
        let ok: Vec<bool> = self
            .classes
            .iter()
            .map(|q| criteria::tree_verdict(&scheme.criteria, q) != Verdict::NotMet)
            .collect();
        if !ok.contains(&true) {
            return;
        }
        let ok_at = |i: u32| {
            self.class_of
                .get(i as usize)
                .and_then(|&c| ok.get(c as usize))
                .copied()
                .unwrap_or(false)
        };
        if scheme.perimeter.is_empty() {
            // Everywhere: every organisation is a candidate.
            for (i, &c) in self.class_of.iter().enumerate() {
                if ok.get(c as usize).copied().unwrap_or(false) {
                    f(i);
                }
            }
            return;
        }
        let lists: Vec<&[u32]> = scheme
            .perimeter
            .iter()
            .filter_map(|t| self.by_place.get(t).map(Vec::as_slice))
            .chain(Some(self.unlocated.as_slice()).filter(|u| !u.is_empty()))
            .collect();
        if let [only] = lists[..] {
            // One ascending list without duplicates: filter it as it is.
            for &i in only {
                if ok_at(i) {
                    f(i as usize);
                }
            }
            return;
        }
        // Several lists may overlap (a département and its région, an
        // organisation without a place): union them in a bit set, read in
        // order.
        let mut bits = vec![0u64; self.class_of.len().div_ceil(64)];
        for list in lists {
            for &i in list {
                if let Some(w) = bits.get_mut((i / 64) as usize) {
                    *w |= 1 << (i % 64);
                }
            }
        }
        for (w, &word) in bits.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                let i = w * 64 + word.trailing_zeros() as usize;
                word &= word - 1;
                if ok_at(id32(i)) {
                    f(i);
                }
            }
        }
    }
}
