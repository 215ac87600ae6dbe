//! Search over the scheme catalogue: full text in French, Polish and
//! English, and facets (territory, beneficiary category, theme, kind,
//! funder, open now / closing soon) with disjunctive counts.
//!
//! Pure and in memory: [`SearchIndex::build`] takes the schemes, builds an
//! in-RAM tantivy index of their texts (one field per language, each with
//! its own stemming analyzer) and precomputes every facet value per scheme
//! in plain arrays. [`SearchIndex::search`] asks tantivy only for the
//! schemes matching the text with their scores; filters, facet counts,
//! sorting and paging run over those arrays.
//!
//! The index is immutable: rebuild it when the catalogue changes. Building
//! is CPU-bound (stemming and indexing every text: in a release build,
//! seconds per 10 000 schemes), so run it off the async runtime.

mod analysis;
pub use analysis::terms;
mod timeline;

use analysis::{QueryAnalyzers, Word};
use jiff::{SignedDuration, Timestamp};
use passerelle_domain::scheme::Scheme;
use passerelle_domain::scheme::criteria::{self, Applicant, Project, Question, Rules};
use passerelle_domain::scheme::vocab::{SchemeKind, SchemeStatus, Theme};
use passerelle_domain::scheme::window::Window;
use passerelle_domain::scheme::{LocalText, SchemeVerdict};
use passerelle_domain::{LegalCategory, Locale, TerritoryId};
use std::collections::HashMap;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query as TantivyQuery, TermQuery};
use tantivy::schema::{FAST, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{
    DocId, Index, IndexWriter, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term,
};
use timeline::{Annual, AnnualTable, At, State, Timeline};

/// A scheme as the catalogue shows it: the scheme, who publishes it and
/// where it is in its life.
#[derive(Debug, Clone)]
pub struct SchemeDoc {
    /// The scheme.
    pub scheme: Arc<Scheme>,
    /// Slug of the tenant (programme owner) publishing it.
    pub tenant: String,
    /// Display name of the tenant; searchable like the funders' names.
    pub tenant_name: String,
    /// Status; only public statuses ([`SchemeStatus::is_public`]) are searchable.
    pub status: SchemeStatus,
}

/// What a search may fail with. User input never causes an error.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The search engine failed (a bug or resource exhaustion).
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// More schemes than positions fit in 32 bits.
    #[error("too many schemes to index")]
    TooMany,
    /// The index lost track of a scheme (a bug).
    #[error("search index: document without position")]
    Corrupt,
}

/// The reader's situation: when, in which language, and how territories nest.
pub struct SearchContext<'a> {
    /// The instant "open now" and "closing soon" are judged at.
    pub at: Timestamp,
    /// The reader's language: matches in it score higher.
    pub locale: Locale,
    /// A territory followed by all its ancestors (`TerritoryIndex`'s
    /// containment); used for the territory filter.
    pub places: &'a dyn Fn(&TerritoryId) -> Vec<TerritoryId>,
}

fn only_itself(place: &TerritoryId) -> Vec<TerritoryId> {
    vec![place.clone()]
}

impl SearchContext<'static> {
    /// A context where a territory has no known ancestors.
    pub fn new(at: Timestamp, locale: Locale) -> Self {
        Self {
            at,
            locale,
            places: &only_itself,
        }
    }
}

/// The "open" facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OpenFilter {
    /// Taking applications at the context's instant.
    OpenNow,
    /// Open now and closing within [`CLOSING_SOON_DAYS`] days.
    ClosingSoon,
}

/// How many days ahead "closing soon" looks.
pub const CLOSING_SOON_DAYS: i64 = 30;

/// Order of the results.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best text match first, then by deadline. Without text, the same as
    /// [`Sort::Deadline`].
    #[default]
    Relevance,
    /// Soonest next closing first; schemes without a deadline (permanent)
    /// after them; closed schemes last, most recently closed first. Ties by
    /// relevance.
    Deadline,
}

/// A search: text, facet filters, order and page.
///
/// Within one facet the selected values are alternatives (a scheme with
/// any selected theme matches); different facets must all match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// Words to find, in any of the three languages. Any input is accepted:
    /// punctuation separates words, common function words (`de`, `dla`,
    /// `the`…) are ignored when other words are given, and every remaining
    /// word must match (title, summary, description, funder or tenant
    /// name, theme label). Empty means every scheme.
    pub text: String,
    /// Schemes available at this place: the perimeter contains it or an
    /// ancestor of it, or the scheme has no perimeter.
    pub territory: Option<TerritoryId>,
    /// Schemes whose criteria do not rule out an applicant of one of these
    /// categories (window and perimeter ignored).
    pub categories: Vec<LegalCategory>,
    /// Schemes with one of these themes.
    pub themes: Vec<Theme>,
    /// Schemes of one of these kinds.
    pub kinds: Vec<SchemeKind>,
    /// Open now, or closing soon.
    pub open: Option<OpenFilter>,
    /// Schemes one of whose funders has exactly this name.
    pub funder: Option<String>,
    /// Order of the results.
    pub sort: Sort,
    /// Page number, from 1 (0 is read as 1).
    pub page: u32,
    /// Results per page (0 is read as 1).
    pub per_page: u32,
}

impl Default for Query {
    fn default() -> Self {
        Self {
            text: String::new(),
            territory: None,
            categories: vec![],
            themes: vec![],
            kinds: vec![],
            open: None,
            funder: None,
            sort: Sort::Relevance,
            page: 1,
            per_page: 20,
        }
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position of the scheme in the `docs` given to [`SearchIndex::build`].
    pub position: usize,
    /// The scheme's slug.
    pub slug: String,
    /// Text relevance (0 without text).
    pub score: f32,
    /// Whether it takes applications at the context's instant.
    pub open: bool,
    /// Its next closing instant (`Window::next_closing`).
    pub closes: Option<Timestamp>,
}

/// Facet counts. The count of a value is the number of results the search
/// would have with that value as the only selected value of its facet,
/// every other filter unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Every theme, in vocabulary order.
    pub themes: Vec<(Theme, usize)>,
    /// Every beneficiary category, in vocabulary order.
    pub categories: Vec<(LegalCategory, usize)>,
    /// Every scheme kind, in vocabulary order.
    pub kinds: Vec<(SchemeKind, usize)>,
    /// Funders with at least one result, most results first then by name,
    /// at most [`MAX_FUNDER_FACETS`]; the selected funder is always listed.
    pub funders: Vec<(String, usize)>,
    /// Results open now (with the "open" filter itself ignored).
    pub open_now: usize,
    /// Results open now and closing soon (with the "open" filter ignored).
    pub closing_soon: usize,
}

/// Most funders listed in [`Facets::funders`].
pub const MAX_FUNDER_FACETS: usize = 100;

/// A page of results with the total and the facets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// Number of schemes matching the whole query.
    pub total: usize,
    /// The requested page of them.
    pub hits: Vec<Hit>,
    /// Facet counts.
    pub facets: Facets,
}

/// Boost of the reader's language over the two others.
const READER_BOOST: f32 = 2.0;
/// Boosts of title, summary and body (description and theme labels).
const PART_BOOST: [f32; 3] = [3.0, 2.0, 1.0];
const POS: &str = "pos";

/// Text fields: `text[locale][part]`, part 0 title, 1 summary, 2 body.
struct Fields {
    text: [[Field; 3]; 3],
    names: Field,
    pos: Field,
}

impl Fields {
    fn schema() -> (Schema, Self) {
        let mut b = Schema::builder();
        let opts = |analyzer: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer)
                    .set_index_option(IndexRecordOption::WithFreqs),
            )
        };
        let mut field = |locale: Locale, part: &str| {
            b.add_text_field(
                &format!("{part}_{}", locale.as_str()),
                opts(analysis::analyzer_name(locale)),
            )
        };
        let mut text = [[Field::from_field_id(0); 3]; 3];
        for l in Locale::all() {
            text[*l as usize] = [field(*l, "title"), field(*l, "summary"), field(*l, "body")];
        }
        let names = b.add_text_field("names", opts(analysis::FOLDED));
        let pos = b.add_u64_field(POS, FAST);
        (b.build(), Self { text, names, pos })
    }
}

// Themes, categories and kinds are bit masks in `Meta`.
const _: () = assert!(Theme::all().len() <= 32);
const _: () = assert!(LegalCategory::all().len() <= 16);
const _: () = assert!(SchemeKind::all().len() <= 32);

/// Facet bits of a failed filter.
const F_THEME: u8 = 1;
const F_CATEGORY: u8 = 2;
const F_KIND: u8 = 4;
const F_FUNDER: u8 = 8;
const F_OPEN: u8 = 16;

/// What filters and facets read of one scheme.
#[derive(Debug, Clone, Copy)]
struct Meta {
    /// The window's shape.
    timeline: Timeline,
    /// Bit `Theme as usize` set for each theme.
    themes: u32,
    /// Start of the scheme's funder ids in `SearchIndex::funders`.
    funders: u32,
    /// Start of the scheme's territory ids in `SearchIndex::perimeter`.
    perimeter: u32,
    /// Bit `LegalCategory as usize` set when the criteria do not rule it out.
    categories: u16,
    /// Number of funder ids.
    n_funders: u16,
    /// Number of territory ids (0: everywhere).
    n_perimeter: u16,
    /// `SchemeKind as usize`.
    kind: u8,
}

/// The facet values every candidate is tested on, packed in 12 bytes so
/// that a query walking many candidates reads little memory.
#[derive(Debug, Clone, Copy)]
struct Hot {
    /// [`Meta::themes`].
    themes: u32,
    /// The territory id when the perimeter has exactly one, else
    /// [`EVERYWHERE`] or [`SEVERAL`].
    territory: u32,
    /// [`Meta::categories`].
    categories: u16,
    /// [`Meta::kind`].
    kind: u8,
}

/// [`Hot::territory`] of a scheme without perimeter.
const EVERYWHERE: u32 = u32::MAX;
/// [`Hot::territory`] of a scheme whose perimeter has several territories.
const SEVERAL: u32 = u32::MAX - 1;

/// What fewer candidates need: window and lists.
#[derive(Debug, Clone, Copy)]
struct Cold {
    timeline: Timeline,
    funders: u32,
    perimeter: u32,
    n_funders: u16,
    n_perimeter: u16,
}

impl Meta {
    fn hot(&self, perimeter: &[u32]) -> Hot {
        let territory = match self.n_perimeter {
            0 => EVERYWHERE,
            1 => perimeter[self.perimeter as usize],
            _ => SEVERAL,
        };
        Hot {
            themes: self.themes,
            territory,
            categories: self.categories,
            kind: self.kind,
        }
    }

    fn cold(&self) -> Cold {
        Cold {
            timeline: self.timeline,
            funders: self.funders,
            perimeter: self.perimeter,
            n_funders: self.n_funders,
            n_perimeter: self.n_perimeter,
        }
    }

    /// Placeholder for schemes that are not searchable.
    const NONE: Meta = Meta {
        timeline: Timeline::Never,
        themes: 0,
        funders: 0,
        perimeter: 0,
        categories: 0,
        n_funders: 0,
        n_perimeter: 0,
        kind: 0,
    };
}

/// The catalogue, indexed.
///
/// Searchable schemes have an internal id: their rank in tantivy's document
/// order (segment after segment), so that the per-scheme arrays are read
/// in order while walking tantivy's matches.
pub struct SearchIndex {
    docs: Vec<SchemeDoc>,
    /// Input position of each internal id.
    positions: Vec<u32>,
    /// Internal id of each input position (`u32::MAX`: not searchable).
    ids: Vec<u32>,
    /// First internal id of each tantivy segment.
    bases: Vec<u32>,
    searcher: tantivy::Searcher,
    fields: Fields,
    /// Facet data per internal id, the part every candidate needs.
    hot: Vec<Hot>,
    /// Facet data per internal id, the rest.
    cold: Vec<Cold>,
    /// Funder ids of the schemes (see [`Meta::funders`]).
    funders: Vec<u32>,
    funder_names: Vec<String>,
    funder_ids: HashMap<String, u32>,
    /// Perimeter territory ids of the schemes (see [`Meta::perimeter`]).
    perimeter: Vec<u32>,
    territory_ids: HashMap<TerritoryId, u32>,
    /// Positions of the annual windows, in their `Timeline::Annual` order.
    annual_positions: Vec<u32>,
    annual: Annual,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("docs", &self.docs.len())
            .field("searchable", &self.positions.len())
            .finish_non_exhaustive()
    }
}

fn push_interned<K: std::hash::Hash + Eq + Clone>(
    ids: &mut HashMap<K, u32>,
    key: &K,
    on_new: impl FnOnce(),
) -> u32 {
    if let Some(&id) = ids.get(key) {
        return id;
    }
    let id = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    ids.insert(key.clone(), id);
    on_new();
    id
}

fn text_of(t: &LocalText, locale: Locale) -> &str {
    match locale {
        Locale::Fr => &t.fr,
        Locale::Pl => &t.pl,
        Locale::En => &t.en,
    }
}

fn offset(n: usize) -> Result<u32, SearchError> {
    u32::try_from(n).map_err(|_| SearchError::TooMany)
}

fn count_since(v: &[u32], start: usize) -> Result<u16, SearchError> {
    u16::try_from(v.len() - start).map_err(|_| SearchError::TooMany)
}

impl SearchIndex {
    /// Indexes `docs`; hits name them by position in this vector.
    pub fn build(docs: Vec<SchemeDoc>) -> Result<Self, SearchError> {
        Self::build_with_theme_labels(docs, &|_, _| String::new())
    }

    /// Like [`SearchIndex::build`], also making each theme's label in each
    /// language searchable (`theme_label(theme, locale)`, e.g. the Fluent
    /// message `vocab-theme-<code>`), so "culture" finds the schemes with
    /// the theme *culture* whatever their own words.
    pub fn build_with_theme_labels(
        docs: Vec<SchemeDoc>,
        theme_label: &dyn Fn(Theme, Locale) -> String,
    ) -> Result<Self, SearchError> {
        u32::try_from(docs.len()).map_err(|_| SearchError::TooMany)?;
        let labels: Vec<[String; 3]> = Theme::all()
            .iter()
            .map(|t| std::array::from_fn(|i| theme_label(*t, Locale::all()[i])))
            .collect();
        let (schema, fields) = Fields::schema();
        let index = Index::create_in_ram(schema);
        analysis::register(&index);

        let public: Vec<u32> = (0u32..)
            .zip(&docs)
            .filter(|(_, d)| d.status.is_public())
            .map(|(p, _)| p)
            .collect();

        // Facet data by position.
        let n = docs.len();
        let mut by_position = Vec::with_capacity(n);
        let (mut funders, mut funder_names) = (vec![], vec![]);
        let mut funder_ids: HashMap<String, u32> = HashMap::new();
        let mut perimeter = vec![];
        let mut territory_ids: HashMap<TerritoryId, u32> = HashMap::new();
        let mut annual_positions = vec![];
        let mut annual_count = 0u32;
        let any_window = Window::permanent("UTC");
        let questions: Vec<(LegalCategory, Question)> = LegalCategory::all()
            .iter()
            .map(|c| {
                let q = Question {
                    at: Timestamp::UNIX_EPOCH,
                    applicant: Applicant {
                        category: Some(*c),
                        ..Applicant::default()
                    },
                    project: Project::default(),
                };
                (*c, q)
            })
            .collect();
        for (p, d) in (0u32..).zip(&docs) {
            if !d.status.is_public() {
                by_position.push(Meta::NONE);
                continue;
            }
            let s = &d.scheme;
            let rules = Rules {
                window: &any_window,
                perimeter: &[],
                criteria: &s.criteria,
            };
            let categories = questions.iter().fold(0u16, |m, (c, q)| {
                if criteria::verdict(rules, q) == SchemeVerdict::NotEligible {
                    m
                } else {
                    m | 1 << (*c as u16)
                }
            });
            let start = funders.len();
            for f in &s.funders {
                let id = push_interned(&mut funder_ids, &f.name, || {
                    funder_names.push(f.name.clone());
                });
                if !funders[start..].contains(&id) {
                    funders.push(id);
                }
            }
            let n_funders = count_since(&funders, start)?;
            let funders_start = offset(start)?;
            let start = perimeter.len();
            for t in &s.perimeter {
                let id = push_interned(&mut territory_ids, t, || {});
                if !perimeter[start..].contains(&id) {
                    perimeter.push(id);
                }
            }
            let n_perimeter = count_since(&perimeter, start)?;
            let timeline = Timeline::of(&s.window, &mut annual_count);
            if matches!(timeline, Timeline::Annual(_)) {
                annual_positions.push(p);
            }
            by_position.push(Meta {
                timeline,
                themes: s.themes.iter().fold(0u32, |m, t| m | 1 << (*t as u32)),
                funders: funders_start,
                perimeter: offset(start)?,
                categories,
                n_funders,
                n_perimeter,
                kind: s.kind as u8,
            });
        }

        // The text index: public schemes only, one segment.
        let threads = if public.len() < 20_000 {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
        };
        let mut writer: IndexWriter =
            index.writer_with_num_threads(threads, threads * (256 << 20))?;
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        for &p in &public {
            writer.add_document(Self::document(&fields, &docs[p as usize], p, &labels))?;
        }
        writer.commit()?;
        let segments = index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
        }
        writer.wait_merging_threads()?;
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();

        // Internal ids follow tantivy's document order.
        let mut positions = Vec::with_capacity(public.len());
        let mut bases = vec![];
        for segment in searcher.segment_readers() {
            bases.push(offset(positions.len())?);
            let pos = segment.fast_fields().u64(POS)?;
            for doc in 0..segment.max_doc() {
                let p = pos.first(doc).and_then(|p| u32::try_from(p).ok());
                positions.push(p.ok_or(SearchError::Corrupt)?);
            }
        }
        let mut ids = vec![u32::MAX; n];
        for (id, &p) in (0u32..).zip(&positions) {
            ids[p as usize] = id;
        }
        let hot = positions
            .iter()
            .map(|&p| by_position[p as usize].hot(&perimeter))
            .collect();
        let cold = positions
            .iter()
            .map(|&p| by_position[p as usize].cold())
            .collect();

        let annual = Annual::default();
        annual.prepare(
            Timestamp::now(),
            annual_positions
                .iter()
                .map(|&p| &docs[p as usize].scheme.window),
        );
        Ok(Self {
            docs,
            positions,
            ids,
            bases,
            searcher,
            fields,
            hot,
            cold,
            funders,
            funder_names,
            funder_ids,
            perimeter,
            territory_ids,
            annual_positions,
            annual,
        })
    }

    fn document(
        fields: &Fields,
        d: &SchemeDoc,
        pos: u32,
        labels: &[[String; 3]],
    ) -> TantivyDocument {
        let s = &d.scheme;
        let mut doc = TantivyDocument::default();
        for l in Locale::all() {
            let [title, summary, body] = fields.text[*l as usize];
            for (field, text) in [
                (title, &s.title),
                (summary, &s.summary),
                (body, &s.description),
            ] {
                let t = text_of(text, *l);
                if !t.trim().is_empty() {
                    doc.add_text(field, t);
                }
            }
            for t in &s.themes {
                let label = &labels[*t as usize][*l as usize];
                if !label.trim().is_empty() {
                    doc.add_text(body, label);
                }
            }
        }
        for f in &s.funders {
            doc.add_text(fields.names, &f.name);
        }
        if !d.tenant_name.trim().is_empty() {
            doc.add_text(fields.names, &d.tenant_name);
        }
        doc.add_u64(fields.pos, u64::from(pos));
        doc
    }

    /// Number of searchable (public) schemes.
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    /// Whether no scheme is searchable.
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// The scheme at a position given to [`SearchIndex::build`] (a
    /// [`Hit::position`]).
    pub fn doc(&self, position: usize) -> Option<&SchemeDoc> {
        self.docs.get(position)
    }

    fn funders_of(&self, m: &Cold) -> &[u32] {
        let start = m.funders as usize;
        &self.funders[start..start + usize::from(m.n_funders)]
    }

    fn perimeter_of(&self, m: &Cold) -> &[u32] {
        let start = m.perimeter as usize;
        &self.perimeter[start..start + usize::from(m.n_perimeter)]
    }

    fn word_query(&self, w: &Word, reader: Locale) -> Box<dyn TantivyQuery> {
        let mut any: Vec<Box<dyn TantivyQuery>> = vec![];
        let mut push = |field: Field, term: &str, boost: f32| {
            let q = TermQuery::new(
                Term::from_field_text(field, term),
                IndexRecordOption::WithFreqs,
            );
            any.push(if boost == 1.0 {
                Box::new(q)
            } else {
                Box::new(BoostQuery::new(Box::new(q), boost))
            });
        };
        for l in Locale::all() {
            let Some(term) = &w.stems[*l as usize] else {
                continue;
            };
            let lang = if *l == reader { READER_BOOST } else { 1.0 };
            for (field, part) in self.fields.text[*l as usize].iter().zip(PART_BOOST) {
                push(*field, term, part * lang);
            }
        }
        if let Some(term) = &w.folded {
            push(self.fields.names, term, 1.0);
        }
        Box::new(BooleanQuery::union(any))
    }

    /// Internal ids of the schemes matching the words, with their scores.
    fn text_matches(&self, words: &[Word], reader: Locale) -> Result<Vec<(u32, f32)>, SearchError> {
        let content: Vec<&Word> = words.iter().filter(|w| !w.stop).collect();
        // Function words count only when there is nothing else, and then
        // any of them is enough.
        let (used, occur) = if content.is_empty() {
            (words.iter().collect(), Occur::Should)
        } else {
            (content, Occur::Must)
        };
        let query = BooleanQuery::new(
            used.into_iter()
                .map(|w| (occur, self.word_query(w, reader)))
                .collect(),
        );
        Ok(self.searcher.search(
            &query,
            &Matches {
                bases: self.bases.clone(),
            },
        )?)
    }

    /// Runs a search.
    pub fn search(&self, q: &Query, ctx: &SearchContext<'_>) -> Result<Results, SearchError> {
        let words = QueryAnalyzers::new().words(&q.text);
        Ok(if words.is_empty() {
            self.filter((0..offset(self.len())?).map(|id| (id, 0.0)), q, ctx)
        } else {
            let matches = self.text_matches(&words, ctx.locale)?;
            self.filter(matches.into_iter(), q, ctx)
        })
    }

    fn filter(
        &self,
        candidates: impl Iterator<Item = (u32, f32)>,
        q: &Query,
        ctx: &SearchContext<'_>,
    ) -> Results {
        let bits = |it: &mut dyn Iterator<Item = u32>| it.fold(0u32, |m, b| m | 1 << b);
        let want_themes = bits(&mut q.themes.iter().map(|t| *t as u32));
        let want_categories = bits(&mut q.categories.iter().map(|c| *c as u32));
        let want_kinds = bits(&mut q.kinds.iter().map(|k| *k as u32));
        // `Some(None)`: a funder no scheme has.
        let want_funder: Option<Option<u32>> =
            q.funder.as_ref().map(|f| self.funder_ids.get(f).copied());
        let want_places: Option<Vec<u32>> = q.territory.as_ref().map(|t| {
            (ctx.places)(t)
                .iter()
                .chain(std::iter::once(t))
                .filter_map(|p| self.territory_ids.get(p).copied())
                .collect()
        });
        let at = At::new(ctx.at);
        let soon_limit = ctx
            .at
            .checked_add(SignedDuration::from_hours(24 * CLOSING_SOON_DAYS))
            .ok()
            .map(Timestamp::as_nanosecond);
        let table = self.annual.at(ctx.at, || {
            self.annual_positions
                .iter()
                .map(|&p| &self.docs[p as usize].scheme.window)
        });

        let mut counts = Counts {
            themes: Box::new([[0; 256]; 4]),
            categories: Box::new([[0; 256]; 4]),
            kinds: [0; 32],
            funders: vec![0; self.funder_names.len()],
            open_now: 0,
            closing_soon: 0,
        };
        let mut results: Vec<u128> = vec![];

        // A scheme failing two filters counts nowhere; one failing one
        // filter counts in that facet only. There is no territory facet, so
        // a scheme outside the place counts nowhere.
        for (id, score) in candidates {
            let h = &self.hot[id as usize];
            if let Some(places) = &want_places {
                let inside = match h.territory {
                    EVERYWHERE => true,
                    SEVERAL => self
                        .perimeter_of(&self.cold[id as usize])
                        .iter()
                        .any(|t| places.contains(t)),
                    t => places.contains(&t),
                };
                if !inside {
                    continue;
                }
            }
            let mut fails = 0u8;
            if want_themes != 0 && h.themes & want_themes == 0 {
                fails |= F_THEME;
            }
            if want_categories != 0 && u32::from(h.categories) & want_categories == 0 {
                fails |= F_CATEGORY;
            }
            if want_kinds != 0 && (1u32 << h.kind) & want_kinds == 0 {
                fails |= F_KIND;
            }
            if fails.count_ones() > 1 {
                continue;
            }
            if fails != 0 && want_funder.is_none() && q.open.is_none() {
                // Counted in the facet it fails, which is not the funders'.
                count_hot(h, fails, &mut counts);
                continue;
            }
            let c = &self.cold[id as usize];
            if let Some(f) = want_funder
                && !f.is_some_and(|id| self.funders_of(c).contains(&id))
            {
                fails |= F_FUNDER;
            }
            if fails.count_ones() > 1 {
                continue;
            }
            if fails != 0 && q.open.is_none() {
                self.count_facet(h, c, fails, &mut counts);
                continue;
            }
            let pos = self.positions[id as usize];
            let window = || &self.docs[pos as usize].scheme.window;
            let state = timeline::state(c.timeline, window, &table, at);
            let open = state.is_open();
            let soon = matches!(state, State::Open(Some(c)) if soon_limit.is_some_and(|l| c <= l));
            match q.open {
                Some(OpenFilter::OpenNow) if !open => fails |= F_OPEN,
                Some(OpenFilter::ClosingSoon) if !soon => fails |= F_OPEN,
                _ => {}
            }
            self.count_facet(h, c, fails, &mut counts);
            if fails == 0 || fails == F_OPEN {
                counts.open_now += usize::from(open);
                counts.closing_soon += usize::from(soon);
            }
            if fails == 0 {
                results.push(sort_key(q.sort, score, state, pos));
            }
        }

        let themes = expand(&counts.themes);
        let categories = expand(&counts.categories);
        let facets = Facets {
            themes: Theme::all()
                .iter()
                .map(|t| (*t, themes[*t as usize]))
                .collect(),
            categories: LegalCategory::all()
                .iter()
                .map(|c| (*c, categories[*c as usize]))
                .collect(),
            kinds: SchemeKind::all()
                .iter()
                .map(|k| (*k, counts.kinds[*k as usize] as usize))
                .collect(),
            funders: self.funder_facet(&counts.funders, want_funder.flatten(), q.funder.as_deref()),
            open_now: counts.open_now,
            closing_soon: counts.closing_soon,
        };
        let total = results.len();
        let hits = self.page(results, q, &table, at);
        Results {
            total,
            hits,
            facets,
        }
    }

    /// Counts a scheme in the facets it counts in: all of them when it
    /// passes every filter (`fails == 0`), else only the one it fails.
    fn count_facet(&self, h: &Hot, c: &Cold, fails: u8, counts: &mut Counts) {
        count_hot(h, fails, counts);
        if fails == 0 || fails == F_FUNDER {
            for &f in self.funders_of(c) {
                counts.funders[f as usize] += 1;
            }
        }
    }

    fn funder_facet(
        &self,
        counts: &[u32],
        selected: Option<u32>,
        selected_name: Option<&str>,
    ) -> Vec<(String, usize)> {
        let mut ids: Vec<u32> = (0u32..)
            .zip(counts)
            .filter(|(_, c)| **c > 0)
            .map(|(i, _)| i)
            .collect();
        let by_count = |a: &u32, b: &u32| {
            counts[*b as usize]
                .cmp(&counts[*a as usize])
                .then_with(|| self.funder_names[*a as usize].cmp(&self.funder_names[*b as usize]))
        };
        if ids.len() > MAX_FUNDER_FACETS {
            ids.select_nth_unstable_by(MAX_FUNDER_FACETS - 1, by_count);
            ids.truncate(MAX_FUNDER_FACETS);
        }
        ids.sort_unstable_by(by_count);
        let mut out: Vec<(String, usize)> = ids
            .into_iter()
            .map(|i| {
                (
                    self.funder_names[i as usize].clone(),
                    counts[i as usize] as usize,
                )
            })
            .collect();
        if let Some(name) = selected_name
            && !out.iter().any(|(n, _)| n == name)
        {
            out.push((
                name.to_owned(),
                selected.map_or(0, |i| counts[i as usize] as usize),
            ));
        }
        out
    }

    fn page(&self, mut results: Vec<u128>, q: &Query, table: &AnnualTable, at: At) -> Vec<Hit> {
        let per_page = u64::from(q.per_page.max(1));
        let start = u64::from(q.page.max(1) - 1).saturating_mul(per_page);
        let total = results.len() as u64;
        if start >= total {
            return vec![];
        }
        let end = start.saturating_add(per_page).min(total) as usize;
        let start = start as usize;
        if end < results.len() {
            results.select_nth_unstable(end - 1);
            results.truncate(end);
        }
        results.sort_unstable();
        results[start..end]
            .iter()
            .map(|key| {
                let (pos, score) = from_key(q.sort, *key);
                let p = pos as usize;
                let window = || &self.docs[p].scheme.window;
                let c = &self.cold[self.ids[p] as usize];
                let state = timeline::state(c.timeline, window, table, at);
                Hit {
                    position: p,
                    slug: self.docs[p].scheme.slug.clone(),
                    score,
                    open: state.is_open(),
                    closes: state.next_closing(),
                }
            })
            .collect()
    }
}

/// Counts a scheme in the theme, category and kind facets it counts in.
fn count_hot(h: &Hot, fails: u8, counts: &mut Counts) {
    let counts_in = |group: u8| fails == 0 || fails == group;
    if counts_in(F_THEME) {
        add_mask(&mut counts.themes, h.themes);
    }
    if counts_in(F_CATEGORY) {
        add_mask(&mut counts.categories, u32::from(h.categories));
    }
    if counts_in(F_KIND) {
        counts.kinds[usize::from(h.kind)] += 1;
    }
}

/// Facet counts being computed.
struct Counts {
    /// Histograms of the theme masks, byte by byte (see [`add_mask`]).
    themes: Box<Masks>,
    categories: Box<Masks>,
    kinds: [u32; 32],
    funders: Vec<u32>,
    open_now: usize,
    closing_soon: usize,
}

/// How many schemes have each value of each byte of a 32-bit mask.
type Masks = [[u32; 256]; 4];

/// Counts a bit mask: one increment per non-zero byte instead of one per
/// bit; [`expand`] turns the histograms into counts per bit.
fn add_mask(h: &mut Masks, mask: u32) {
    for (i, lane) in h.iter_mut().enumerate() {
        let b = (mask >> (8 * i)) as u8;
        if b != 0 {
            lane[usize::from(b)] += 1;
        }
    }
}

/// Counts per bit from the histograms of [`add_mask`].
fn expand(h: &Masks) -> [usize; 32] {
    let mut out = [0usize; 32];
    for (i, lane) in h.iter().enumerate() {
        for (v, &n) in lane.iter().enumerate().skip(1) {
            if n == 0 {
                continue;
            }
            let mut bits = v;
            while bits != 0 {
                out[8 * i + bits.trailing_zeros() as usize] += n as usize;
                bits &= bits - 1;
            }
        }
    }
    out
}

/// The sort key of a result: smaller first, and the score and position
/// can be read back from it.
///
/// Deadlines are compared to the second; the score bits are kept whole.
fn sort_key(sort: Sort, score: f32, state: State, pos: u32) -> u128 {
    const HALF: i64 = 1 << 61;
    let (tier, instant) = state.deadline_key();
    let secs = match i64::try_from(instant) {
        Ok(ns) => ns.div_euclid(1_000_000_000),
        Err(_) if instant < 0 => i64::MIN,
        Err(_) => i64::MAX,
    };
    // 2 bits of tier, 62 bits of seconds.
    let secs = (secs.clamp(-HALF, HALF - 1) + HALF) as u64;
    let deadline = (u128::from(tier) << 62) | u128::from(secs);
    let score = u128::from(!ordered(score));
    let pos = u128::from(pos);
    match sort {
        Sort::Relevance => (score << 96) | (deadline << 32) | pos,
        Sort::Deadline => (deadline << 64) | (score << 32) | pos,
    }
}

/// The position and score in a sort key.
fn from_key(sort: Sort, key: u128) -> (u32, f32) {
    let score = match sort {
        Sort::Relevance => key >> 96,
        Sort::Deadline => key >> 32,
    };
    (key as u32, unordered(!(score as u32)))
}

/// The bits of a float, as an integer in the same order.
fn ordered(f: f32) -> u32 {
    let b = f.to_bits();
    if b >> 31 == 1 { !b } else { b | 1 << 31 }
}

fn unordered(u: u32) -> f32 {
    f32::from_bits(if u >> 31 == 1 { u & !(1 << 31) } else { !u })
}

/// Collects every matching document as (internal id, score).
struct Matches {
    bases: Vec<u32>,
}

struct SegmentMatches {
    base: u32,
    out: Vec<(u32, f32)>,
}

impl Collector for Matches {
    type Fruit = Vec<(u32, f32)>;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        let base = self.bases.get(segment as usize).copied().ok_or_else(|| {
            tantivy::TantivyError::InternalError(format!("unknown segment {segment}"))
        })?;
        Ok(SegmentMatches { base, out: vec![] })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u32, f32)>>) -> tantivy::Result<Vec<(u32, f32)>> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Vec<(u32, f32)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.out.push((self.base + doc, score));
    }

    fn harvest(self) -> Vec<(u32, f32)> {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_shareable() {
        fn shareable<T: Send + Sync>() {}
        shareable::<SearchIndex>();
    }

    #[test]
    fn sort_keys_order_and_round_trip() {
        let open = |s: i128| State::Open(Some(s * 1_000_000_000));
        let cases = [
            (2.5, open(100), 7),
            (2.5, open(100), 3),
            (2.5, open(50), 9),
            (0.1, State::Upcoming(80 * 1_000_000_000), 1),
            (9.0, State::Open(None), 2),
            (9.0, State::Closed(10 * 1_000_000_000), 4),
            (9.0, State::Closed(20 * 1_000_000_000), 5),
            (0.0, State::Closed(0), 6),
        ];
        for sort in [Sort::Relevance, Sort::Deadline] {
            let mut keys: Vec<u128> = cases
                .iter()
                .map(|(score, state, pos)| sort_key(sort, *score, *state, *pos))
                .collect();
            for ((score, _, pos), key) in cases.iter().zip(&keys) {
                assert_eq!(from_key(sort, *key), (*pos, *score));
            }
            keys.sort_unstable();
            let order: Vec<u32> = keys.iter().map(|k| from_key(sort, *k).0).collect();
            match sort {
                // Score first, then deadline, then position.
                Sort::Relevance => assert_eq!(order, [2, 5, 4, 9, 3, 7, 1, 6]),
                // Deadline (closed last, most recent first), then score.
                Sort::Deadline => assert_eq!(order, [9, 1, 3, 7, 2, 5, 4, 6]),
            }
        }
    }

    #[test]
    fn masks_count_bits() {
        let mut h: Box<Masks> = Box::new([[0; 256]; 4]);
        for m in [0b1, 0b11, 1 << 9 | 1, 1 << 31, 0] {
            add_mask(&mut h, m);
        }
        let c = expand(&h);
        assert_eq!((c[0], c[1], c[9], c[31], c[2]), (3, 1, 1, 1, 0));
    }
}
