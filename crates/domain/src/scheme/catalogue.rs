//! The published catalogue held in memory, answering "which schemes may this
//! applicant apply to" without touching the database.
//!
//! Answering does not evaluate every scheme. [`Catalogue::new`] builds:
//! - postings by perimeter territory: a scheme is listed under each
//!   territory of its perimeter, and the schemes without a perimeter are
//!   listed apart. An applicant whose place and ancestors are known
//!   (`Applicant::places`) can only be inside the perimeters listed under
//!   one of those territories, so only those schemes are candidates;
//! - each scheme's window as instants (one interval for a one-off window, a
//!   table of yearly intervals for an annual one), so that a closed scheme
//!   is skipped with a comparison or two instead of a time-zone conversion.
//!   The postings keep one-off windows sorted by opening instant, so those
//!   that cannot be open at the question's instant are not even visited;
//! - each scheme's top-level conditions (the children of the root AND) as
//!   ids into a table of distinct conditions: many schemes share a
//!   condition ("SSE only", the same list of categories), and a condition's
//!   answer depends only on the question, so one question evaluates each
//!   distinct condition at most once.
//!
//! The hot data (window and condition ids) sits in flat arrays, so a
//! candidate costs a cache line or two rather than a walk through the
//! scheme's heap-allocated tree. Conditions are evaluated by the engine
//! itself ([`criteria::tree_verdict`]), and the answers are exactly those of
//! [`criteria::verdict`] on every scheme (checked by property tests).

use super::Scheme;
use super::criteria::{self, Node, Question, Rule, SchemeVerdict, Verdict};
use super::vocab::Recurrence;
use super::window::{Window, WindowState};
use crate::TerritoryId;
use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::sync::Arc;

/// Years for which annual windows are precomputed. An instant whose year
/// (in the window's zone) is within one year of either end is answered by
/// [`Window::state_at`] instead: slower, same answer.
const ANNUAL_YEARS: RangeInclusive<i16> = 2000..=2060;

/// Published schemes with the lookups eligibility needs.
#[derive(Debug, Default, Clone)]
pub struct Catalogue {
    schemes: Vec<Arc<Scheme>>,
    by_slug: HashMap<String, usize>,
    /// The schemes whose perimeter lists the territory.
    by_place: HashMap<TerritoryId, Postings>,
    /// The schemes without a perimeter (open everywhere).
    everywhere: Postings,
    /// Window and conditions of each scheme, by slot. Slots group the
    /// schemes by the first territory of their perimeter (those without
    /// one first), so an applicant's candidates lie in a few runs of
    /// neighbouring slots and are read sequentially.
    hot: Vec<Hot>,
    /// Position in `schemes` of each slot.
    position_of: Vec<u32>,
    /// Condition ids of the schemes (see [`Hot::start`]).
    conds: Vec<u32>,
    /// Distinct top-level conditions.
    cond_nodes: Vec<Node>,
    /// Annual windows (shared by the schemes that have the same one), and
    /// windows that only [`Window::is_open_at`] can answer.
    annual: Vec<Annual>,
    /// Zone (index in `zones`) of each annual window, `u32::MAX` for those
    /// outside `annual_years`.
    annual_zone: Vec<u32>,
    /// `[opens, closes)` in nanoseconds of annual window `a` opening in
    /// year `y`, at `(y - first year) * annual.len() + a`: one row per year
    /// of [`ANNUAL_YEARS`], so a question reads three short rows. `[0, 0]`
    /// when that year has no opening.
    annual_years: Vec<[i64; 2]>,
    /// Time zones of the annual windows.
    zones: Vec<TimeZone>,
}

/// What a query reads of a scheme, in 24 bytes.
///
/// The window is open at `at` (nanoseconds since the epoch) when
/// `from <= at < until`: a permanent window is `(i64::MIN, i64::MAX)`, an
/// invalid one `(0, 0)`. `from == i64::MAX` marks an entry of
/// `Catalogue::annual`, whose index is `until`.
#[derive(Debug, Clone, Copy)]
struct Hot {
    from: i64,
    until: i64,
    /// First condition id in `Catalogue::conds`.
    start: u32,
    /// Number of condition ids.
    len: u32,
}

const ANNUAL: i64 = i64::MAX;

impl Hot {
    /// Whether the window is one interval (one-off, or never open).
    fn is_interval(&self) -> bool {
        self.from != ANNUAL && !(self.from == i64::MIN && self.until == i64::MAX)
    }
}

/// Slots of a list of schemes, split by window shape.
#[derive(Debug, Default, Clone)]
struct Postings {
    /// Permanent and annual windows (and those only the window can
    /// answer), ascending.
    timeless: Vec<u32>,
    /// One-interval windows as `(opens, slot)`, by opening instant.
    once: Vec<(i64, u32)>,
    /// Longest of the `once` intervals: a window open at `at` opened
    /// within that much before it.
    longest: i64,
}

impl Postings {
    fn push(&mut self, slot: u32, h: &Hot) {
        if h.is_interval() {
            if self.once.last().map(|l| l.1) != Some(slot) {
                self.once.push((h.from, slot));
                self.longest = self.longest.max(h.until.saturating_sub(h.from));
            }
        } else if self.timeless.last() != Some(&slot) {
            self.timeless.push(slot);
        }
    }

    /// Sets the bits of the slots whose window may be open at `at`.
    fn mark(&self, at: Option<i64>, bits: &mut [u64]) {
        let mut set = |i: u32| {
            if let Some(w) = bits.get_mut((i / 64) as usize) {
                *w |= 1 << (i % 64);
            }
        };
        for &i in &self.timeless {
            set(i);
        }
        // Every interval lies within the nanosecond range: none is open
        // at an instant beyond it.
        let Some(at) = at else { return };
        let lo = self
            .once
            .partition_point(|&(o, _)| o < at.saturating_sub(self.longest));
        let hi = self.once.partition_point(|&(o, _)| o <= at);
        for &(_, i) in self.once.get(lo..hi).unwrap_or(&[]) {
            set(i);
        }
    }
}

/// An annual window, or a window only [`Window::is_open_at`] can answer.
#[derive(Debug, Clone)]
struct Annual {
    /// The window itself, asked for years outside the table (and always
    /// when `in_table` is false).
    window: Window,
    /// Index in `Catalogue::zones`.
    zone: u32,
    /// Whether `Catalogue::annual_years` holds its intervals.
    in_table: bool,
}

/// Kleene AND, as the engine combines a scheme's conditions.
fn and(a: Verdict, b: Verdict) -> Verdict {
    match (a, b) {
        (Verdict::NotMet, _) | (_, Verdict::NotMet) => Verdict::NotMet,
        (Verdict::Unknown, _) | (_, Verdict::Unknown) => Verdict::Unknown,
        _ => Verdict::Met,
    }
}

fn position(i: usize) -> u32 {
    // `Catalogue::new` keeps at most `u32::MAX` schemes.
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Per-query cache of the current year in each zone of the annual windows.
struct Years<'c> {
    at: Timestamp,
    zones: &'c [TimeZone],
    year: Vec<Option<i16>>,
}

impl<'c> Years<'c> {
    fn new(at: Timestamp, zones: &'c [TimeZone]) -> Self {
        Self {
            at,
            zones,
            year: vec![None; zones.len()],
        }
    }

    fn year(&mut self, zone: u32) -> Option<i16> {
        let z = zone as usize;
        if let Some(y) = self.year.get(z).copied().flatten() {
            return Some(y);
        }
        let tz = self.zones.get(z)?;
        let y = self.at.to_zoned_datetime(tz.clone()).year();
        if let Some(slot) = self.year.get_mut(z) {
            *slot = Some(y);
        }
        Some(y)
    }
}

/// The window of one scheme as [`Hot::from`] and [`Hot::until`], or an
/// entry to add to `Catalogue::annual`.
enum Span {
    Between(i64, i64),
    Ask(Window),
    Annual(Window, TimeZone),
}

fn nanos(t: Timestamp) -> Option<i64> {
    i64::try_from(t.as_nanosecond()).ok()
}

fn span_of(w: &Window) -> Span {
    const NEVER: Span = Span::Between(0, 0);
    if w.validate().is_err() {
        return NEVER;
    }
    match w.recurrence {
        Recurrence::Permanent => Span::Between(i64::MIN, i64::MAX),
        // Before the opening, `state_at` gives both instants.
        Recurrence::OneOff => match w.state_at(Timestamp::MIN) {
            WindowState::Upcoming { opens, closes } => match (nanos(opens), nanos(closes)) {
                (Some(o), Some(c)) if o != ANNUAL => Span::Between(o, c),
                _ => Span::Ask(w.clone()),
            },
            WindowState::Open { .. } => Span::Ask(w.clone()),
            WindowState::Closed { .. } => NEVER,
        },
        Recurrence::Annual => match w.tz() {
            Ok(tz) => Span::Annual(w.clone(), tz),
            Err(_) => NEVER,
        },
    }
}

/// A question being answered: the instant, the applicant's place in
/// years per zone, and the conditions answered so far.
struct Pass<'c, 'q> {
    q: &'q Question,
    /// `q.at` in nanoseconds; `None` beyond the years 1677–2262.
    at: Option<i64>,
    years: Years<'c>,
    /// Answer of each distinct condition: 0 not asked yet, 1 met, 2 not
    /// met, 3 unknown.
    memo: Vec<u8>,
    /// Whether each annual window is open: 0 not asked yet, 1 open, 2 closed.
    annual: Vec<u8>,
    /// Whether `Catalogue::sweep_annual` has filled `annual`.
    swept: bool,
}

impl Catalogue {
    /// Builds the catalogue; later duplicates of a slug are ignored, and so
    /// is every scheme beyond the 4 294 967 295th.
    pub fn new(schemes: Vec<Arc<Scheme>>) -> Self {
        let mut c = Self::default();
        for s in schemes {
            if c.by_slug.contains_key(&s.slug) || c.schemes.len() >= u32::MAX as usize {
                continue;
            }
            c.by_slug.insert(s.slug.clone(), c.schemes.len());
            c.schemes.push(s);
        }
        // Windows, by position.
        let mut annual_ids: HashMap<(String, Option<DateTime>, Option<DateTime>), u32> =
            HashMap::new();
        let mut zone_ids: HashMap<String, u32> = HashMap::new();
        // Intervals of each annual window by year, transposed at the end.
        let mut years_of: Vec<Vec<[i64; 2]>> = vec![];
        let mut windows: Vec<(i64, i64)> = Vec::with_capacity(c.schemes.len());
        for s in &c.schemes {
            windows.push(match span_of(&s.window) {
                Span::Between(o, c) => (o, c),
                Span::Ask(window) => {
                    let id = position(c.annual.len());
                    c.annual.push(Annual {
                        window,
                        zone: 0,
                        in_table: false,
                    });
                    years_of.push(vec![]);
                    (ANNUAL, i64::from(id))
                }
                Span::Annual(window, tz) => {
                    let key = (window.zone.clone(), window.opens, window.closes);
                    let id = match annual_ids.get(&key) {
                        Some(&id) => id,
                        None => {
                            let zone = *zone_ids.entry(window.zone.clone()).or_insert_with(|| {
                                c.zones.push(tz.clone());
                                position(c.zones.len() - 1)
                            });
                            let years: Option<Vec<[i64; 2]>> = ANNUAL_YEARS
                                .map(|y| match window.annual_in(&tz, y) {
                                    None => Some([0, 0]),
                                    Some((o, c)) => Some([nanos(o)?, nanos(c)?]),
                                })
                                .collect();
                            let id = position(c.annual.len());
                            c.annual.push(Annual {
                                window,
                                zone,
                                in_table: years.is_some(),
                            });
                            years_of.push(years.unwrap_or_default());
                            annual_ids.insert(key, id);
                            id
                        }
                    };
                    (ANNUAL, i64::from(id))
                }
            });
        }
        // Slots: by first perimeter territory, then permanent and annual
        // windows before one-off ones, those by opening.
        let mut order: Vec<usize> = (0..c.schemes.len()).collect();
        order.sort_by_cached_key(|&i| {
            let (from, until) = windows.get(i).copied().unwrap_or((0, 0));
            let once = Hot {
                from,
                until,
                start: 0,
                len: 0,
            }
            .is_interval();
            (
                c.schemes.get(i).and_then(|s| s.perimeter.first().cloned()),
                once,
                if once { from } else { 0 },
                i,
            )
        });
        // Conditions by their `Debug` text: derived and field by field, so
        // equal texts mean equal rules (identifiers of nested criteria are
        // part of the text, which only costs some sharing).
        let mut cond_ids: HashMap<String, u32> = HashMap::new();
        for (slot, &i) in order.iter().enumerate() {
            let s = Arc::clone(&c.schemes[i]);
            let slot = position(slot);
            let (from, until) = windows.get(i).copied().unwrap_or((0, 0));
            let top: Vec<&Node> = match &s.criteria.rule {
                Rule::All { children } => children.iter().collect(),
                _ => vec![&s.criteria],
            };
            let start = position(c.conds.len());
            for n in &top {
                let key = format!("{:?}", n.rule);
                let id = match cond_ids.get(&key) {
                    Some(&id) => id,
                    None => {
                        let id = position(c.cond_nodes.len());
                        c.cond_nodes.push((*n).clone());
                        cond_ids.insert(key, id);
                        id
                    }
                };
                c.conds.push(id);
            }
            let h = Hot {
                from,
                until,
                start,
                len: position(top.len()),
            };
            if s.perimeter.is_empty() {
                c.everywhere.push(slot, &h);
            } else {
                for t in &s.perimeter {
                    // A territory listed twice is one posting (`push`).
                    c.by_place.entry(t.clone()).or_default().push(slot, &h);
                }
            }
            c.hot.push(h);
            c.position_of.push(position(i));
        }
        for p in c.by_place.values_mut().chain(Some(&mut c.everywhere)) {
            p.once.sort_unstable();
        }
        // Within a scheme, ask the most shared conditions first: their
        // answers are usually known already, and a "not met" among them
        // spares asking the scheme's own ones.
        let mut uses = vec![0u32; c.cond_nodes.len()];
        for &id in &c.conds {
            if let Some(u) = uses.get_mut(id as usize) {
                *u = u.saturating_add(1);
            }
        }
        for h in &c.hot {
            let range = h.start as usize..(h.start as usize).saturating_add(h.len as usize);
            if let Some(ids) = c.conds.get_mut(range) {
                ids.sort_by_key(|&id| {
                    std::cmp::Reverse(uses.get(id as usize).copied().unwrap_or(0))
                });
            }
        }
        c.annual_zone = c
            .annual
            .iter()
            .map(|a| if a.in_table { a.zone } else { u32::MAX })
            .collect();
        let n_years = ANNUAL_YEARS.len();
        c.annual_years = (0..n_years)
            .flat_map(|y| {
                years_of
                    .iter()
                    .map(move |v| v.get(y).copied().unwrap_or([0, 0]))
            })
            .collect();
        c
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

    fn pass<'q>(&self, q: &'q Question) -> Pass<'_, 'q> {
        Pass {
            q,
            at: nanos(q.at),
            years: Years::new(q.at, &self.zones),
            memo: vec![0; self.cond_nodes.len()],
            annual: vec![0; self.annual.len()],
            swept: false,
        }
    }

    /// Whether the window of `h` is open at the pass's instant; the same
    /// answer as [`Window::is_open_at`].
    fn is_open(&self, h: &Hot, pass: &mut Pass<'_, '_>) -> bool {
        if h.from == i64::MIN && h.until == i64::MAX {
            return true;
        }
        if h.from != ANNUAL {
            return match pass.at {
                Some(at) => h.from <= at && at < h.until,
                // Beyond the range of the nanosecond bounds, which every
                // interval stored here lies within.
                None => false,
            };
        }
        let Ok(id) = usize::try_from(h.until) else {
            return false;
        };
        if !pass.swept {
            self.sweep_annual(pass);
        }
        match pass.annual.get(id) {
            Some(1) => return true,
            Some(2) => return false,
            _ => {}
        }
        let open = self.annual_open(id, pass);
        if let Some(slot) = pass.annual.get_mut(id) {
            *slot = if open { 1 } else { 2 };
        }
        open
    }

    /// Answers, for every annual window in the table, whether it is open
    /// at the pass's instant: three sequential reads of the table beat one
    /// scattered read per window as soon as a question meets a few hundred.
    fn sweep_annual(&self, pass: &mut Pass<'_, '_>) {
        pass.swept = true;
        let Some(at) = pass.at else { return };
        let first = *ANNUAL_YEARS.start();
        let n = self.annual.len();
        for (id, &zone) in self.annual_zone.iter().enumerate() {
            if zone == u32::MAX {
                continue;
            }
            // `Window::state_at` looks at the windows opening the year
            // before, the year of, and the year after the instant.
            let open = pass.years.year(zone).and_then(|y| {
                let row = usize::try_from(y.checked_sub(1)?.checked_sub(first)?).ok()?;
                let mut open = false;
                for r in row..row.checked_add(3)? {
                    let [o, c] = *self.annual_years.get(r.checked_mul(n)?.checked_add(id)?)?;
                    open |= o <= at && at < c;
                }
                Some(open)
            });
            // Years beyond the table stay unanswered: `annual_open` asks the
            // window.
            if let (Some(open), Some(slot)) = (open, pass.annual.get_mut(id)) {
                *slot = if open { 1 } else { 2 };
            }
        }
    }

    /// Whether annual window `id` is open at the pass's instant.
    fn annual_open(&self, id: usize, pass: &mut Pass<'_, '_>) -> bool {
        let Some(a) = self.annual.get(id) else {
            return false;
        };
        // `Window::state_at` looks at the windows opening the year before,
        // the year of, and the year after the instant.
        let first = *ANNUAL_YEARS.start();
        let n = self.annual.len();
        let in_table = match (a.in_table, pass.at) {
            (true, Some(at)) => pass.years.year(a.zone).and_then(|y| {
                let row = usize::try_from(y.checked_sub(1)?.checked_sub(first)?).ok()?;
                let mut open = false;
                for r in row..row.checked_add(3)? {
                    let [o, c] = *self.annual_years.get(r.checked_mul(n)?.checked_add(id)?)?;
                    open |= o <= at && at < c;
                }
                Some(open)
            }),
            _ => None,
        };
        in_table.unwrap_or_else(|| a.window.is_open_at(pass.years.at))
    }

    /// The verdict of the scheme in `slot` given whether the perimeter is met.
    fn judge(&self, slot: usize, place: Verdict, pass: &mut Pass<'_, '_>) -> Verdict {
        let Some(h) = self.hot.get(slot) else {
            return Verdict::NotMet;
        };
        if !self.is_open(h, pass) {
            return Verdict::NotMet;
        }
        let mut v = place;
        let ids = self
            .conds
            .get(h.start as usize..(h.start as usize).saturating_add(h.len as usize))
            .unwrap_or(&[]);
        for &c in ids {
            let Some(slot) = pass.memo.get_mut(c as usize) else {
                return Verdict::NotMet;
            };
            let answer = match *slot {
                1 => Verdict::Met,
                2 => Verdict::NotMet,
                3 => Verdict::Unknown,
                _ => {
                    let a = self
                        .cond_nodes
                        .get(c as usize)
                        .map_or(Verdict::NotMet, |n| criteria::tree_verdict(n, pass.q));
                    *slot = match a {
                        Verdict::Met => 1,
                        Verdict::NotMet => 2,
                        Verdict::Unknown => 3,
                    };
                    a
                }
            };
            v = and(v, answer);
            if v == Verdict::NotMet {
                break;
            }
        }
        v
    }

    /// The schemes `q` is eligible for or may be, as `(position, verdict)`,
    /// in catalogue order.
    fn possible(&self, q: &Question) -> Vec<(usize, SchemeVerdict)> {
        let mut pass = self.pass(q);
        let at = pass.at;
        let mut out = vec![];
        let mut judge = |slot: usize, place: Verdict, out: &mut Vec<(usize, SchemeVerdict)>| {
            let v = self.judge(slot, place, &mut pass);
            if v != Verdict::NotMet
                && let Some(&i) = self.position_of.get(slot)
            {
                out.push((i as usize, v.into()));
            }
        };
        let Some(places) = &q.applicant.places else {
            // Location unknown: every perimeter is "unknown", so every open
            // scheme is a candidate.
            for (slot, &i) in self.position_of.iter().enumerate() {
                let everywhere = self
                    .schemes
                    .get(i as usize)
                    .is_some_and(|s| s.perimeter.is_empty());
                let place = if everywhere {
                    Verdict::Met
                } else {
                    Verdict::Unknown
                };
                judge(slot, place, &mut out);
            }
            out.sort_unstable_by_key(|(i, _)| *i);
            return out;
        };
        // Mark the candidates in a bit set, then read it in order: without
        // duplicates (a scheme may be reached from several of the
        // applicant's places), slot after slot.
        let mut bits = vec![0u64; self.hot.len().div_ceil(64)];
        self.everywhere.mark(at, &mut bits);
        for p in places {
            if let Some(list) = self.by_place.get(p) {
                list.mark(at, &mut bits);
            }
        }
        for (w, &word) in bits.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                let slot = w * 64 + word.trailing_zeros() as usize;
                word &= word - 1;
                // A candidate's perimeter is empty or lists one of `places`.
                judge(slot, Verdict::Met, &mut out);
            }
        }
        out.sort_unstable_by_key(|(i, _)| *i);
        out
    }

    /// The verdict of every scheme for `q`, as `(position, verdict)`, in
    /// catalogue order.
    pub fn verdicts(&self, q: &Question) -> Vec<(usize, SchemeVerdict)> {
        let mut out: Vec<(usize, SchemeVerdict)> = (0..self.schemes.len())
            .map(|i| (i, SchemeVerdict::NotEligible))
            .collect();
        for (i, v) in self.possible(q) {
            if let Some(slot) = out.get_mut(i) {
                slot.1 = v;
            }
        }
        out
    }

    /// The schemes `q` is eligible for or may be (verdict `eligible` or
    /// `unknown`), as `(position, verdict)`, in catalogue order.
    pub fn eligible(&self, q: &Question) -> Vec<(usize, SchemeVerdict)> {
        self.possible(q)
    }

    /// Positions of the schemes `q` is eligible for or may be (verdict
    /// `eligible` or `unknown`).
    pub fn possibly_eligible(&self, q: &Question) -> Vec<usize> {
        self.possible(q).into_iter().map(|(i, _)| i).collect()
    }
}
