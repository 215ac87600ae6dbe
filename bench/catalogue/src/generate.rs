//! Deterministic generator of a realistic catalogue, organisations and
//! questions over the real territories.
//!
//! Distributions (also in the README's "Benchmarks" section):
//!
//! Schemes
//! - country of the funder: 75 % France (zone Europe/Paris, EUR, French
//!   text), 25 % Poland (Europe/Warsaw, PLN, Polish text); every scheme also
//!   has an English title;
//! - perimeter: 60 % one département (FR) or powiat (PL), uniform;
//!   20 % one région or voivodeship, uniform; 10 % local: in France half an
//!   EPCI, half a commune, both drawn by population, in Poland a gmina
//!   (uniform: the data file has no Polish population); 5 % national (empty
//!   perimeter: everywhere); 5 % multi-territory: 2 to 4 units of one
//!   country, each a département/powiat (50 %), an EPCI/gmina (30 %) or a
//!   commune/gmina (20 %);
//! - kind: grant 40 %, call for projects 20 %, loan 12 %, coaching 10 %,
//!   incubation 6 %, guarantee 6 %, prize 6 %; 1 to 3 themes, uniform;
//! - window: 40 % one-off, opening on a uniform day of 2020-01-01 ..
//!   2027-10-01 for 30 to 120 days; 30 % annual, opening on the 1st or the
//!   15th of a uniform month for 30 to 120 days (some span New Year);
//!   30 % permanent;
//! - criteria, a top-level AND of the leaf types of the seed schemes
//!   (`data/demo/schemes/*.json`), each present independently:
//!   beneficiary 75 % (of which 20 % "public body or SSE", an OR of a
//!   beneficiary leaf and an SSE leaf as in the tiers-lieux seed, and 80 %
//!   a list of categories: association 85 %, foundation 60 %, cooperative
//!   60 %, mutual 40 %, commercial company 30 %, public authority 20 %,
//!   public-law group 15 %, sole trader 10 %, other 5 %);
//!   SSE required 30 % (when not already "public body or SSE"); themes
//!   at-least-1 of the scheme's themes 50 %; requested max 70 %
//!   (log-uniform 5 000 .. 500 000 in the scheme's currency); expenses min
//!   30 % (log-uniform 5 000 .. 100 000, 70 % excl. VAT, 30 % incl.);
//!   services at-least-2 of the seven tiers-lieux services 5 %; public
//!   co-funder at-least-1 15 %; consortium rules 10 % (lead partner required
//!   70 %, at most 3 .. 8 members 50 %, at least 2 .. 3 members 20 %).
//!
//! Organisations
//! - seat: a commune or gmina drawn by population (French communes by the
//!   population column; Polish gminas, which have none in the data file,
//!   count 15 300 each, the mean population of a gmina), 0.5 % unknown;
//! - legal form: France association 9220 52 %, 9210 3 %, 9230 1 %, 9221 1 %,
//!   foundation 9300 2 %, SAS 5710 12 %, SARL 5499 8 %, SCOP 5458 2 %,
//!   SCIC-as-SARL 5460 1 %, agricultural cooperative 6317 1 %, mutual 8210
//!   1 %, sole trader 1000 7 %, commune 7210 5 %, département 7220 0.5 %,
//!   communauté de communes 7346 1.5 %, CCAS 7361 2 %, GIE 6220 1 %;
//!   Poland stowarzyszenie 155 40 %, fundacja 148 20 %, spółdzielnia 140
//!   8 %, sp. z o.o. 117 15 %, sole trader 099 8 %, gmina units 429 5 %,
//!   JST 403 2 %, other social organisations 160 2 %;
//! - SSE declaration: for forms that are not SSE by status, 30 % declared
//!   yes, 40 % declared no, 30 % unknown; unknown for the others;
//! - labels: 85 % none, 10 % unknown, 5 % one (ESUS in France, social
//!   enterprise in Poland).
//!
//! Questions
//! - (a) an applicant drawn among the located organisations (so by
//!   population), every profile and project field answered: 1 to 3 themes,
//!   requested log-uniform 2 000 .. 300 000, expenses excl. VAT 1.2 to 3
//!   times the request, 0 to 3 services, 0 to 2 co-funders, 70 % single
//!   applicant otherwise 2 to 6 members with a lead partner 80 %; at a
//!   uniform second of 2026;
//! - (b) a uniformly drawn scheme of the catalogue;
//! - (c) one or two words of the reader's language (uniform among the
//!   description words of rank 10 and more), the reader's place (an
//!   organisation's seat) and one theme.
//!
//! Texts: a French or Polish title (kind, first theme, place), summary
//! and a description of 25 to 60 words drawn from a vocabulary of about 200
//! words per language with Zipf frequencies (the n-th word weighs 1/n),
//! followed by the theme labels; an English title.

use anyhow::{Context, Result, bail};
use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use passerelle_domain::scheme::criteria::{Applicant, Consortium, Node, Project, Rule};
use passerelle_domain::scheme::vocab::{CofunderKind, SchemeKind, Service, Theme, Vat};
use passerelle_domain::scheme::window::{Window, WindowState};
use passerelle_domain::scheme::{Funder, LocalText, Recurrence, Scheme};
use passerelle_domain::territory::{TerritoryIndex, TerritoryKind, parse_tsv};
use passerelle_domain::{
    Country, Currency, LegalCategory, LegalFormInfo, Locale, Money, TerritoryId,
};
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use std::collections::HashMap;
use std::sync::Arc;

/// Mean population of a Polish gmina (38.3 M inhabitants, 2 477 gminas).
const PL_GMINA_WEIGHT: f64 = 15_300.0;

/// The real territories, with what the generator draws from.
pub struct World {
    pub index: TerritoryIndex,
    /// SQL id of a territory: its position in the data file.
    pub sql_id: HashMap<TerritoryId, i64>,
    /// Seats (communes and gminas), by position in the data file.
    pub seats: Vec<usize>,
    /// Cumulative seat weights, for drawing by population.
    seat_cumulative: Vec<f64>,
    /// Each seat's place list: itself then every ancestor.
    pub seat_places: Vec<Vec<TerritoryId>>,
    fr_departements: Vec<usize>,
    pl_powiats: Vec<usize>,
    fr_regions: Vec<usize>,
    pl_wojewodztwa: Vec<usize>,
    pl_gminas: Vec<usize>,
    fr_epcis: Weighted,
    fr_communes: Weighted,
}

/// Positions with cumulative weights.
struct Weighted {
    items: Vec<usize>,
    cumulative: Vec<f64>,
}

impl Weighted {
    fn new(items: Vec<(usize, f64)>) -> Self {
        let mut total = 0.0;
        let mut cumulative = Vec::with_capacity(items.len());
        for (_, w) in &items {
            total += w.max(1.0);
            cumulative.push(total);
        }
        Self {
            items: items.into_iter().map(|(i, _)| i).collect(),
            cumulative,
        }
    }

    fn draw(&self, rng: &mut StdRng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = rng.random::<f64>() * total;
        let k = self.cumulative.partition_point(|&c| c <= x);
        self.items[k.min(self.items.len() - 1)]
    }
}

impl World {
    /// Reads and indexes the territory data file.
    pub fn load(path: &std::path::Path) -> Result<Self> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let records = parse_tsv(&text).context("parsing territories")?;
        let index = TerritoryIndex::build(records).context("indexing territories")?;
        let recs = index.records();
        let sql_id: HashMap<TerritoryId, i64> = recs
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i as i64))
            .collect();
        let of_kind = |k: TerritoryKind| -> Vec<usize> {
            recs.iter()
                .enumerate()
                .filter(|(_, r)| r.kind == k)
                .map(|(i, _)| i)
                .collect()
        };
        let pop = |i: usize| recs[i].population.map_or(0.0, |p| p as f64);
        let fr_communes = of_kind(TerritoryKind::FrCommune);
        let pl_gminas = of_kind(TerritoryKind::PlGmina);
        let mut seats = vec![];
        let mut seat_cumulative = vec![];
        let mut total = 0.0;
        for &i in &fr_communes {
            let w = pop(i);
            if w <= 0.0 {
                continue;
            }
            total += w;
            seats.push(i);
            seat_cumulative.push(total);
        }
        for &i in &pl_gminas {
            total += PL_GMINA_WEIGHT;
            seats.push(i);
            seat_cumulative.push(total);
        }
        let seat_places = seats
            .iter()
            .map(|&i| {
                let id = &recs[i].id;
                std::iter::once(id.clone())
                    .chain(index.ancestors(id).into_iter().map(|r| r.id.clone()))
                    .collect()
            })
            .collect();
        let fr_epcis = Weighted::new(
            of_kind(TerritoryKind::FrEpci)
                .into_iter()
                .map(|i| (i, pop(i)))
                .collect(),
        );
        let fr_communes = Weighted::new(fr_communes.into_iter().map(|i| (i, pop(i))).collect());
        let w = Self {
            fr_departements: of_kind(TerritoryKind::FrDepartement),
            pl_powiats: of_kind(TerritoryKind::PlPowiat),
            fr_regions: of_kind(TerritoryKind::FrRegion),
            pl_wojewodztwa: of_kind(TerritoryKind::PlWojewodztwo),
            pl_gminas,
            fr_epcis,
            fr_communes,
            seats,
            seat_cumulative,
            seat_places,
            sql_id,
            index,
        };
        if w.seats.is_empty() || w.fr_departements.is_empty() || w.pl_powiats.is_empty() {
            bail!("the territory file lacks communes, départements or powiats");
        }
        Ok(w)
    }

    fn record(&self, i: usize) -> &passerelle_domain::territory::TerritoryRecord {
        &self.index.records()[i]
    }

    fn draw_seat(&self, rng: &mut StdRng) -> usize {
        let total = self.seat_cumulative.last().copied().unwrap_or(0.0);
        let x = rng.random::<f64>() * total;
        self.seat_cumulative
            .partition_point(|&c| c <= x)
            .min(self.seats.len() - 1)
    }

    /// Country of a seat.
    pub fn seat_country(&self, seat: usize) -> Country {
        match self.record(self.seats[seat]).kind {
            TerritoryKind::PlGmina => Country::Pl,
            _ => Country::Fr,
        }
    }

    /// SQL id of a seat's territory.
    pub fn seat_sql_id(&self, seat: usize) -> i64 {
        self.seats[seat] as i64
    }
}

// ---------------------------------------------------------------- schemes

/// A scheme's eligibility facts, flat: what the SQL tables hold. The
/// scheme's criteria tree is built from it, so both sides agree.
#[derive(Debug, Clone)]
pub struct Spec {
    pub country: Country,
    pub kind: SchemeKind,
    /// Territory positions in the data file; empty: everywhere.
    pub perimeter: Vec<usize>,
    pub themes: Vec<Theme>,
    pub window: Window,
    pub sse_required: bool,
    /// Accepted categories; empty: no beneficiary list.
    pub categories: Vec<LegalCategory>,
    /// "Public body or SSE" (an OR of a beneficiary and an SSE leaf).
    pub public_or_sse: bool,
    pub themes_required: bool,
    pub max_grant: Option<i64>,
    pub min_expenses: Option<(i64, Vat)>,
    pub services_min: Option<u32>,
    /// Accepted co-funder kinds, at least one; empty: no condition.
    pub cofunder_kinds: Vec<CofunderKind>,
    /// (lead partner required, min members, max members).
    pub consortium: Option<(bool, Option<u32>, Option<u32>)>,
    pub funder: Funder,
    pub title: LocalText,
    pub summary: LocalText,
    pub description: LocalText,
}

impl Spec {
    pub fn currency(&self) -> Currency {
        match self.country {
            Country::Fr => Currency::Eur,
            Country::Pl => Currency::Pln,
        }
    }

    /// Bit mask of the scheme's themes.
    pub fn theme_mask(&self) -> i64 {
        mask(self.themes.iter().map(|t| *t as u32))
    }

    /// Bit mask of the accepted categories (0: no list).
    pub fn category_mask(&self) -> i64 {
        mask(self.categories.iter().map(|c| *c as u32))
    }

    /// Bit mask of the accepted co-funder kinds (0: no condition).
    pub fn cofunder_mask(&self) -> i64 {
        mask(self.cofunder_kinds.iter().map(|k| *k as u32))
    }

    /// `[opens, closes)` in epoch milliseconds for every opening between
    /// 2018 and 2031; permanent windows are one huge interval.
    pub fn window_intervals(&self) -> Vec<(i64, i64)> {
        let ms = |t: Timestamp| t.as_millisecond();
        match self.window.recurrence {
            Recurrence::Permanent => vec![(-(1i64 << 60), 1i64 << 60)],
            Recurrence::OneOff => match self.window.state_at(Timestamp::MIN) {
                WindowState::Upcoming { opens, closes } => vec![(ms(opens), ms(closes))],
                _ => vec![],
            },
            Recurrence::Annual => {
                let mut out = vec![];
                let Ok(mut t) = "2018-01-01T00:00:00Z".parse::<Timestamp>() else {
                    return out;
                };
                let Ok(end) = "2031-01-01T00:00:00Z".parse::<Timestamp>() else {
                    return out;
                };
                while t < end {
                    let (o, c) = match self.window.state_at(t) {
                        WindowState::Open {
                            opened: Some(o),
                            closes: Some(c),
                        } => (o, c),
                        WindowState::Upcoming { opens, closes } => (opens, closes),
                        _ => break,
                    };
                    if out.last() != Some(&(ms(o), ms(c))) {
                        out.push((ms(o), ms(c)));
                    }
                    t = c;
                }
                out
            }
        }
    }

    /// The scheme, with its criteria tree.
    pub fn scheme(&self, slug: String, world: &World) -> Scheme {
        let money = |minor: i64| Money::new(minor, self.currency());
        let mut children = vec![];
        if self.public_or_sse {
            children.push(Node::new(
                "beneficiary",
                Rule::Any {
                    children: vec![
                        Node::new(
                            "public-owner",
                            Rule::Beneficiary {
                                categories: vec![
                                    LegalCategory::PublicAuthority,
                                    LegalCategory::PublicLawGroup,
                                ],
                                legal_forms: vec![],
                            },
                        ),
                        Node::new("sse-member", Rule::Sse),
                    ],
                },
            ));
        } else if !self.categories.is_empty() {
            children.push(Node::new(
                "beneficiary",
                Rule::Beneficiary {
                    categories: self.categories.clone(),
                    legal_forms: vec![],
                },
            ));
        }
        if self.sse_required {
            children.push(Node::new("sse", Rule::Sse));
        }
        if self.themes_required {
            children.push(Node::new(
                "themes",
                Rule::Themes {
                    themes: self.themes.clone(),
                    min: 1,
                },
            ));
        }
        if let Some(min) = self.services_min {
            children.push(Node::new(
                "services",
                Rule::Services {
                    services: Service::all().to_vec(),
                    min,
                },
            ));
        }
        if !self.cofunder_kinds.is_empty() {
            children.push(Node::new(
                "public-cofunder",
                Rule::Cofunders {
                    kinds: self.cofunder_kinds.clone(),
                    min: 1,
                },
            ));
        }
        if let Some(max) = self.max_grant {
            children.push(Node::new(
                "max-grant",
                Rule::RequestedMax { max: money(max) },
            ));
        }
        if let Some((min, vat)) = self.min_expenses {
            children.push(Node::new(
                "min-expenses",
                Rule::ExpensesMin {
                    min: money(min),
                    vat,
                },
            ));
        }
        if let Some((lead_partner_required, min_members, max_members)) = self.consortium {
            children.push(Node::new(
                "consortium",
                Rule::Consortium {
                    lead_partner_required,
                    min_members,
                    max_members,
                },
            ));
        }
        Scheme {
            slug,
            kind: self.kind,
            edition: 1,
            previous_edition: None,
            programme: None,
            title: self.title.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            funders: vec![self.funder.clone()],
            perimeter: self
                .perimeter
                .iter()
                .map(|&i| world.record(i).id.clone())
                .collect(),
            themes: self.themes.clone(),
            window: self.window.clone(),
            currency: self.currency(),
            envelope: None,
            criteria: Node::new("criteria", Rule::All { children }),
            assessed_in_review: vec![],
            documents: vec![],
            languages: vec![match self.country {
                Country::Fr => Locale::Fr,
                Country::Pl => Locale::Pl,
            }],
            contact: None,
            url: None,
        }
    }
}

pub fn mask(bits: impl Iterator<Item = u32>) -> i64 {
    bits.fold(0i64, |m, b| m | (1i64 << b))
}

fn pick<T: Copy>(rng: &mut StdRng, weighted: &[(T, u32)]) -> T {
    let total: u32 = weighted.iter().map(|(_, w)| w).sum();
    let mut x = rng.random_range(0..total);
    for (v, w) in weighted {
        if x < *w {
            return *v;
        }
        x -= w;
    }
    weighted[weighted.len() - 1].0
}

fn log_uniform(rng: &mut StdRng, lo: f64, hi: f64) -> i64 {
    let x = rng.random_range(lo.ln()..hi.ln()).exp();
    // Round to hundreds of major units, in minor units.
    ((x / 100.0).round().max(1.0) * 100.0 * 100.0) as i64
}

fn civil(d: Date, hour: i8) -> DateTime {
    d.to_datetime(jiff::civil::time(hour, 0, 0, 0))
}

fn window(rng: &mut StdRng, zone: &str) -> Result<Window> {
    let r = rng.random_range(0..100);
    let days = rng.random_range(30..=120);
    Ok(if r < 40 {
        let start = jiff::civil::date(2020, 1, 1);
        let span = start.until(jiff::civil::date(2027, 10, 1))?.get_days();
        let opens = start.checked_add(jiff::Span::new().days(rng.random_range(0..span)))?;
        let closes = opens.checked_add(jiff::Span::new().days(days))?;
        Window::one_off(civil(opens, 0), civil(closes, 0), zone)
    } else if r < 70 {
        let month = rng.random_range(1..=12);
        let day = if rng.random_bool(0.5) { 1 } else { 15 };
        let opens = jiff::civil::date(2025, month, day);
        let closes = opens.checked_add(jiff::Span::new().days(days))?;
        Window {
            recurrence: Recurrence::Annual,
            opens: Some(civil(opens, 0)),
            closes: Some(civil(closes, 0)),
            zone: zone.to_owned(),
        }
    } else {
        Window::permanent(zone)
    })
}

/// Draws one unit of a multi-territory perimeter.
fn multi_unit(world: &World, rng: &mut StdRng, country: Country) -> usize {
    let r = rng.random_range(0..100);
    match country {
        Country::Fr if r < 50 => *world.fr_departements.choose(rng).unwrap_or(&0),
        Country::Fr if r < 80 => world.fr_epcis.draw(rng),
        Country::Fr => world.fr_communes.draw(rng),
        Country::Pl if r < 50 => *world.pl_powiats.choose(rng).unwrap_or(&0),
        Country::Pl => *world.pl_gminas.choose(rng).unwrap_or(&0),
    }
}

const KINDS: &[(SchemeKind, u32)] = &[
    (SchemeKind::Grant, 40),
    (SchemeKind::CallForProjects, 20),
    (SchemeKind::Loan, 12),
    (SchemeKind::Coaching, 10),
    (SchemeKind::Incubation, 6),
    (SchemeKind::Guarantee, 6),
    (SchemeKind::Prize, 6),
];

/// Draws `n` scheme specs.
pub fn schemes(world: &World, n: usize, rng: &mut StdRng) -> Result<Vec<Spec>> {
    let zipf_fr = zipf(FR_WORDS.len());
    let zipf_pl = zipf(PL_WORDS.len());
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let country = if rng.random_bool(0.75) {
            Country::Fr
        } else {
            Country::Pl
        };
        let zone = match country {
            Country::Fr => "Europe/Paris",
            Country::Pl => "Europe/Warsaw",
        };
        let r = rng.random_range(0..100);
        let (perimeter, level): (Vec<usize>, CofunderKind) = match (r, country) {
            (0..60, Country::Fr) => (
                vec![*world.fr_departements.choose(rng).unwrap_or(&0)],
                CofunderKind::Departement,
            ),
            (0..60, Country::Pl) => (
                vec![*world.pl_powiats.choose(rng).unwrap_or(&0)],
                CofunderKind::Departement,
            ),
            (60..80, Country::Fr) => (
                vec![*world.fr_regions.choose(rng).unwrap_or(&0)],
                CofunderKind::Region,
            ),
            (60..80, Country::Pl) => (
                vec![*world.pl_wojewodztwa.choose(rng).unwrap_or(&0)],
                CofunderKind::Region,
            ),
            (80..90, Country::Fr) if rng.random_bool(0.5) => (
                vec![world.fr_epcis.draw(rng)],
                CofunderKind::Intercommunality,
            ),
            (80..90, Country::Fr) => (vec![world.fr_communes.draw(rng)], CofunderKind::Commune),
            (80..90, Country::Pl) => (
                vec![*world.pl_gminas.choose(rng).unwrap_or(&0)],
                CofunderKind::Commune,
            ),
            (90..95, _) => (vec![], CofunderKind::State),
            _ => {
                let k = rng.random_range(2..=4);
                let mut units: Vec<usize> =
                    (0..k).map(|_| multi_unit(world, rng, country)).collect();
                units.sort_unstable();
                units.dedup();
                (units, CofunderKind::Region)
            }
        };
        let kind = pick(rng, KINDS);
        let n_themes = rng.random_range(1..=3);
        let mut themes: Vec<Theme> = Theme::all()
            .choose_multiple(rng, n_themes)
            .copied()
            .collect();
        themes.sort_unstable();
        let window = window(rng, zone)?;

        let beneficiary = rng.random_bool(0.75);
        let public_or_sse = beneficiary && rng.random_bool(0.2);
        let categories = if beneficiary && !public_or_sse {
            let mut c = vec![];
            for (cat, p) in [
                (LegalCategory::Association, 0.85),
                (LegalCategory::Foundation, 0.6),
                (LegalCategory::Cooperative, 0.6),
                (LegalCategory::Mutual, 0.4),
                (LegalCategory::CommercialCompany, 0.3),
                (LegalCategory::PublicAuthority, 0.2),
                (LegalCategory::PublicLawGroup, 0.15),
                (LegalCategory::SoleTrader, 0.1),
                (LegalCategory::Other, 0.05),
            ] {
                if rng.random_bool(p) {
                    c.push(cat);
                }
            }
            if c.is_empty() {
                c.push(LegalCategory::Association);
            }
            c
        } else {
            vec![]
        };
        let sse_required = !public_or_sse && rng.random_bool(0.3);
        let themes_required = rng.random_bool(0.5);
        let max_grant = rng
            .random_bool(0.7)
            .then(|| log_uniform(rng, 5_000.0, 500_000.0));
        let min_expenses = rng.random_bool(0.3).then(|| {
            let vat = if rng.random_bool(0.7) {
                Vat::Excl
            } else {
                Vat::Incl
            };
            (log_uniform(rng, 5_000.0, 100_000.0), vat)
        });
        let services_min = rng.random_bool(0.05).then_some(2);
        let cofunder_kinds = if rng.random_bool(0.15) {
            [
                CofunderKind::Eu,
                CofunderKind::State,
                CofunderKind::Region,
                CofunderKind::Departement,
                CofunderKind::Intercommunality,
                CofunderKind::Commune,
            ]
            .into_iter()
            .filter(|k| *k != level)
            .collect()
        } else {
            vec![]
        };
        let consortium = rng.random_bool(0.1).then(|| {
            (
                rng.random_bool(0.7),
                rng.random_bool(0.2).then(|| rng.random_range(2..=3)),
                rng.random_bool(0.5).then(|| rng.random_range(3..=8)),
            )
        });
        let place_name = perimeter
            .first()
            .map(|&i| world.record(i).name.clone())
            .unwrap_or_else(|| match country {
                Country::Fr => "France".to_owned(),
                Country::Pl => "Polska".to_owned(),
            });
        let funder = Funder {
            name: funder_name(country, level, &place_name),
            kind: level,
            lead: true,
        };
        let zipf_words = match country {
            Country::Fr => &zipf_fr,
            Country::Pl => &zipf_pl,
        };
        let (title, summary, description) = texts(
            rng,
            zipf_words,
            country,
            kind,
            &themes,
            &place_name,
            public_or_sse,
        );
        out.push(Spec {
            country,
            kind,
            perimeter,
            themes,
            window,
            sse_required,
            categories,
            public_or_sse,
            themes_required,
            max_grant,
            min_expenses,
            services_min,
            cofunder_kinds,
            consortium,
            funder,
            title,
            summary,
            description,
        });
    }
    Ok(out)
}

fn funder_name(country: Country, level: CofunderKind, place: &str) -> String {
    match (country, level) {
        (Country::Fr, CofunderKind::State) => "État — DGCS".to_owned(),
        (Country::Fr, CofunderKind::Region) => format!("Conseil régional {place}"),
        (Country::Fr, CofunderKind::Departement) => format!("Conseil départemental {place}"),
        (Country::Fr, CofunderKind::Intercommunality) => place.to_owned(),
        (Country::Fr, _) => format!("Ville de {place}"),
        (Country::Pl, CofunderKind::State) => {
            "Ministerstwo Rodziny i Polityki Społecznej".to_owned()
        }
        (Country::Pl, CofunderKind::Region) => format!("Samorząd województwa {place}"),
        (Country::Pl, CofunderKind::Departement) => format!("Starostwo {place}"),
        (Country::Pl, _) => format!("Urząd gminy {place}"),
    }
}

// ---------------------------------------------------------------- texts

/// Words of scheme descriptions, most frequent first: a description draws
/// them with Zipf frequencies (the n-th word weighs 1/n), and a search
/// query draws its words uniformly from rank 10 on (topical words, not the
/// most common ones).
pub const FR_WORDS: &[&str] = &[
    "projet",
    "projets",
    "structures",
    "associations",
    "accompagnement",
    "territoire",
    "économie",
    "sociale",
    "solidaire",
    "développement",
    "emploi",
    "insertion",
    "soutien",
    "financement",
    "création",
    "activité",
    "innovation",
    "jeunes",
    "publics",
    "habitants",
    "numérique",
    "formation",
    "investissement",
    "coopération",
    "partenariat",
    "réseau",
    "animation",
    "services",
    "local",
    "locaux",
    "acteurs",
    "entreprises",
    "coopérative",
    "coopératives",
    "bénévoles",
    "salariés",
    "quartiers",
    "ruraux",
    "rural",
    "urbain",
    "alimentation",
    "agriculture",
    "mobilité",
    "logement",
    "santé",
    "handicap",
    "énergie",
    "culture",
    "sport",
    "tourisme",
    "recyclage",
    "réemploi",
    "déchets",
    "environnement",
    "climat",
    "biodiversité",
    "eau",
    "forêt",
    "montagne",
    "littoral",
    "seniors",
    "familles",
    "enfants",
    "étudiants",
    "femmes",
    "réfugiés",
    "chômeurs",
    "personnes",
    "précarité",
    "pauvreté",
    "commerce",
    "artisanat",
    "industrie",
    "circuits",
    "producteurs",
    "consommateurs",
    "marché",
    "vente",
    "achat",
    "subvention",
    "prêt",
    "garantie",
    "fonds",
    "capital",
    "apport",
    "dotation",
    "bourse",
    "aide",
    "prime",
    "diagnostic",
    "étude",
    "expérimentation",
    "essaimage",
    "changement",
    "échelle",
    "impact",
    "évaluation",
    "mesure",
    "équipement",
    "matériel",
    "travaux",
    "bâtiment",
    "rénovation",
    "construction",
    "foncier",
    "immobilier",
    "transport",
    "vélo",
    "covoiturage",
    "autopartage",
    "navette",
    "itinérance",
    "accessibilité",
    "éducation",
    "école",
    "périscolaire",
    "jeunesse",
    "loisirs",
    "vacances",
    "colonies",
    "médiation",
    "accès",
    "droits",
    "citoyenneté",
    "participation",
    "démocratie",
    "gouvernance",
    "bénévolat",
    "engagement",
    "solidarités",
    "entraide",
    "voisinage",
    "lien",
    "isolement",
    "vieillissement",
    "autonomie",
    "dépendance",
    "aidants",
    "prévention",
    "soins",
    "médecine",
    "psychologie",
    "addictions",
    "nutrition",
    "patrimoine",
    "musique",
    "théâtre",
    "cinéma",
    "lecture",
    "bibliothèque",
    "festival",
    "spectacle",
    "arts",
    "tiers-lieu",
    "fablab",
    "ressourcerie",
    "recyclerie",
    "épicerie",
    "jardin",
    "potager",
    "ferme",
    "cantine",
    "restauration",
    "mutualisation",
    "groupement",
    "emplois",
    "compétences",
    "qualification",
    "apprentissage",
    "alternance",
    "transition",
    "écologique",
    "sobriété",
    "thermique",
    "photovoltaïque",
    "chaleur",
    "biomasse",
    "finance",
    "épargne",
    "microcrédit",
    "banque",
    "investisseurs",
    "philanthropie",
    "mécénat",
    "fondation",
    "inclusion",
    "données",
    "logiciels",
    "libres",
    "plateforme",
    "application",
    "internet",
    "fibre",
    "export",
    "international",
    "européenne",
    "interreg",
    "leader",
    "feader",
    "fse",
];

/// Polish words, as [`FR_WORDS`].
pub const PL_WORDS: &[&str] = &[
    "projekt",
    "projekty",
    "organizacje",
    "stowarzyszenia",
    "fundacje",
    "wsparcie",
    "rozwój",
    "ekonomia",
    "społeczna",
    "solidarna",
    "zatrudnienie",
    "integracja",
    "finansowanie",
    "tworzenie",
    "działalność",
    "innowacje",
    "młodzież",
    "mieszkańcy",
    "cyfrowa",
    "szkolenia",
    "inwestycje",
    "współpraca",
    "partnerstwo",
    "sieć",
    "animacja",
    "usługi",
    "lokalne",
    "podmioty",
    "przedsiębiorstwa",
    "spółdzielnie",
    "spółdzielnia",
    "wolontariusze",
    "pracownicy",
    "osiedla",
    "wieś",
    "miasto",
    "żywność",
    "rolnictwo",
    "mobilność",
    "mieszkania",
    "zdrowie",
    "niepełnosprawność",
    "energia",
    "kultura",
    "sport",
    "turystyka",
    "recykling",
    "odpady",
    "środowisko",
    "klimat",
    "bioróżnorodność",
    "woda",
    "las",
    "góry",
    "wybrzeże",
    "seniorzy",
    "rodziny",
    "dzieci",
    "studenci",
    "kobiety",
    "uchodźcy",
    "bezrobotni",
    "osoby",
    "ubóstwo",
    "wykluczenie",
    "handel",
    "rzemiosło",
    "przemysł",
    "producenci",
    "konsumenci",
    "rynek",
    "sprzedaż",
    "zakupy",
    "dotacja",
    "pożyczka",
    "poręczenie",
    "fundusz",
    "kapitał",
    "wkład",
    "stypendium",
    "pomoc",
    "premia",
    "diagnoza",
    "badanie",
    "eksperyment",
    "upowszechnianie",
    "skala",
    "wpływ",
    "ewaluacja",
    "pomiar",
    "wyposażenie",
    "sprzęt",
    "remont",
    "budynek",
    "renowacja",
    "budowa",
    "nieruchomości",
    "lokal",
    "transport",
    "rower",
    "dojazdy",
    "dostępność",
    "komunikacja",
    "edukacja",
    "szkoła",
    "świetlica",
    "wypoczynek",
    "kolonie",
    "opieka",
    "mediacja",
    "prawa",
    "obywatelstwo",
    "partycypacja",
    "demokracja",
    "zarządzanie",
    "wolontariat",
    "zaangażowanie",
    "solidarność",
    "samopomoc",
    "sąsiedztwo",
    "więzi",
    "samotność",
    "starzenie",
    "samodzielność",
    "opiekunowie",
    "profilaktyka",
    "leczenie",
    "psychologia",
    "uzależnienia",
    "żywienie",
    "rehabilitacja",
    "dziedzictwo",
    "muzyka",
    "teatr",
    "kino",
    "czytelnictwo",
    "biblioteka",
    "festiwal",
    "sztuka",
    "rękodzieło",
    "inkubator",
    "warsztat",
    "centrum",
    "klub",
    "ogród",
    "gospodarstwo",
    "stołówka",
    "catering",
    "pralnia",
    "kompetencje",
    "kwalifikacje",
    "praktyki",
    "staż",
    "doradztwo",
    "coaching",
    "mentoring",
    "transformacja",
    "ekologia",
    "oszczędność",
    "termomodernizacja",
    "fotowoltaika",
    "ciepło",
    "biomasa",
    "finanse",
    "oszczędności",
    "mikropożyczki",
    "bank",
    "inwestorzy",
    "filantropia",
    "darczyńcy",
    "włączenie",
    "dane",
    "oprogramowanie",
    "platforma",
    "aplikacja",
    "internet",
    "eksport",
    "międzynarodowa",
    "europejska",
    "interreg",
    "leader",
    "efs",
    "program",
    "regionalny",
    "gmina",
    "powiat",
    "województwo",
    "samorząd",
    "administracja",
    "urząd",
    "ośrodek",
    "pomocy",
];

/// Rank of the first word a query may use.
const QUERY_FIRST_RANK: usize = 10;

/// Cumulative Zipf weights of `n` ranks.
fn zipf(n: usize) -> Vec<f64> {
    let mut total = 0.0;
    (1..=n)
        .map(|r| {
            total += 1.0 / r as f64;
            total
        })
        .collect()
}

fn draw_cumulative(rng: &mut StdRng, cumulative: &[f64]) -> usize {
    let total = cumulative.last().copied().unwrap_or(0.0);
    let x = rng.random::<f64>() * total;
    cumulative
        .partition_point(|&c| c <= x)
        .min(cumulative.len().saturating_sub(1))
}

fn theme_label(t: Theme, country: Country) -> &'static str {
    use Theme::*;
    match (country, t) {
        (Country::Fr, SustainableDevelopment) => "développement durable",
        (Country::Fr, SolidarityFinance) => "finance solidaire",
        (Country::Fr, TiersLieux) => "tiers-lieux",
        (Country::Fr, Coworking) => "coworking",
        (Country::Fr, DigitalInclusion) => "inclusion numérique",
        (Country::Fr, SocialInnovation) => "innovation sociale",
        (Country::Fr, EmploymentInclusion) => "insertion par l'emploi",
        (Country::Fr, CircularEconomy) => "économie circulaire",
        (Country::Fr, ShortFoodCircuits) => "circuits courts alimentaires",
        (Country::Fr, ResponsibleProcurement) => "achats responsables",
        (Country::Fr, Culture) => "culture",
        (Country::Fr, Mobility) => "mobilité",
        (Country::Fr, Housing) => "logement",
        (Country::Fr, CareServices) => "services à la personne",
        (Country::Fr, EnergyTransition) => "transition énergétique",
        (Country::Fr, LocalDevelopment) => "développement local",
        (Country::Pl, SustainableDevelopment) => "zrównoważony rozwój",
        (Country::Pl, SolidarityFinance) => "finanse solidarne",
        (Country::Pl, TiersLieux) => "trzecie miejsca",
        (Country::Pl, Coworking) => "coworking",
        (Country::Pl, DigitalInclusion) => "włączenie cyfrowe",
        (Country::Pl, SocialInnovation) => "innowacje społeczne",
        (Country::Pl, EmploymentInclusion) => "integracja zawodowa",
        (Country::Pl, CircularEconomy) => "gospodarka o obiegu zamkniętym",
        (Country::Pl, ShortFoodCircuits) => "krótkie łańcuchy dostaw żywności",
        (Country::Pl, ResponsibleProcurement) => "odpowiedzialne zamówienia",
        (Country::Pl, Culture) => "kultura",
        (Country::Pl, Mobility) => "mobilność",
        (Country::Pl, Housing) => "mieszkalnictwo",
        (Country::Pl, CareServices) => "usługi opiekuńcze",
        (Country::Pl, EnergyTransition) => "transformacja energetyczna",
        (Country::Pl, LocalDevelopment) => "rozwój lokalny",
    }
}

fn kind_label(k: SchemeKind, country: Country) -> &'static str {
    use SchemeKind::*;
    match (country, k) {
        (Country::Fr, Grant) => "Subvention",
        (Country::Fr, CallForProjects) => "Appel à projets",
        (Country::Fr, Loan) => "Prêt d'honneur",
        (Country::Fr, Coaching) => "Accompagnement",
        (Country::Fr, Incubation) => "Incubateur",
        (Country::Fr, Guarantee) => "Garantie",
        (Country::Fr, Prize) => "Prix",
        (Country::Pl, Grant) => "Dotacja",
        (Country::Pl, CallForProjects) => "Konkurs",
        (Country::Pl, Loan) => "Pożyczka",
        (Country::Pl, Coaching) => "Doradztwo",
        (Country::Pl, Incubation) => "Inkubator",
        (Country::Pl, Guarantee) => "Poręczenie",
        (Country::Pl, Prize) => "Nagroda",
    }
}

fn texts(
    rng: &mut StdRng,
    zipf_words: &[f64],
    country: Country,
    kind: SchemeKind,
    themes: &[Theme],
    place: &str,
    public_or_sse: bool,
) -> (LocalText, LocalText, LocalText) {
    let first = themes.first().copied().unwrap_or(Theme::SocialInnovation);
    let label = theme_label(first, country);
    let words = match country {
        Country::Fr => FR_WORDS,
        Country::Pl => PL_WORDS,
    };
    let title_local = format!("{} « {label} » — {place}", kind_label(kind, country));
    let summary_local = match country {
        Country::Fr => format!(
            "{} pour les {} qui portent un projet de {label} à {place}.",
            kind_label(kind, country),
            if public_or_sse {
                "collectivités et structures de l'ESS"
            } else {
                "associations et entreprises de l'économie sociale et solidaire"
            }
        ),
        Country::Pl => format!(
            "{} dla {} realizujących projekt: {label}, {place}.",
            kind_label(kind, country),
            if public_or_sse {
                "samorządów i podmiotów ekonomii społecznej"
            } else {
                "organizacji pozarządowych i spółdzielni"
            }
        ),
    };
    let n = rng.random_range(25..=60);
    let mut description = String::with_capacity(n * 10);
    for k in 0..n {
        if k > 0 {
            description.push(if k % 12 == 0 { '.' } else { ' ' });
            if k % 12 == 0 {
                description.push(' ');
            }
        }
        let w = words[draw_cumulative(rng, zipf_words)];
        description.push_str(w);
    }
    for t in themes {
        description.push_str(". ");
        description.push_str(theme_label(*t, country));
    }
    description.push('.');
    let en_title = format!("{kind:?} {} — {place}", first.as_str().replace('-', " "));
    match country {
        Country::Fr => (
            LocalText {
                fr: title_local,
                pl: String::new(),
                en: en_title,
            },
            LocalText {
                fr: summary_local,
                ..LocalText::default()
            },
            LocalText {
                fr: description,
                ..LocalText::default()
            },
        ),
        Country::Pl => (
            LocalText {
                fr: String::new(),
                pl: title_local,
                en: en_title,
            },
            LocalText {
                pl: summary_local,
                ..LocalText::default()
            },
            LocalText {
                pl: description,
                ..LocalText::default()
            },
        ),
    }
}

/// Builds the schemes from their specs (slugs `s-<position>`).
pub fn build_schemes(world: &World, specs: &[Spec]) -> Vec<Arc<Scheme>> {
    specs
        .iter()
        .enumerate()
        .map(|(i, s)| Arc::new(s.scheme(format!("s-{i}"), world)))
        .collect()
}

// ---------------------------------------------------------------- organisations

/// An organisation profile.
#[derive(Debug, Clone)]
pub struct Org {
    /// Seat index in `World::seats`; `None` when unknown.
    pub seat: Option<u32>,
    pub country: Country,
    pub form: &'static LegalFormInfo,
    pub ess: Option<bool>,
    pub labels: Option<Vec<passerelle_domain::scheme::vocab::Label>>,
}

const FR_FORMS: &[(&str, u32)] = &[
    ("9220", 520),
    ("9210", 30),
    ("9230", 10),
    ("9221", 10),
    ("9300", 20),
    ("5710", 120),
    ("5499", 80),
    ("5458", 20),
    ("5460", 10),
    ("6317", 10),
    ("8210", 10),
    ("1000", 70),
    ("7210", 50),
    ("7220", 5),
    ("7346", 15),
    ("7361", 20),
    ("6220", 10),
];

const PL_FORMS: &[(&str, u32)] = &[
    ("155", 400),
    ("148", 200),
    ("140", 80),
    ("117", 150),
    ("099", 80),
    ("429", 50),
    ("403", 20),
    ("160", 20),
];

/// Draws `n` organisations.
pub fn orgs(world: &World, n: usize, rng: &mut StdRng) -> Result<Vec<Org>> {
    use passerelle_domain::scheme::vocab::Label;
    let lookup = |c: Country, code: &str| {
        passerelle_domain::legal_form::lookup(c, code)
            .with_context(|| format!("unknown legal form {c} {code}"))
    };
    let fr: Vec<(&'static LegalFormInfo, u32)> = FR_FORMS
        .iter()
        .map(|(c, w)| Ok((lookup(Country::Fr, c)?, *w)))
        .collect::<Result<_>>()?;
    let pl: Vec<(&'static LegalFormInfo, u32)> = PL_FORMS
        .iter()
        .map(|(c, w)| Ok((lookup(Country::Pl, c)?, *w)))
        .collect::<Result<_>>()?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let seat = world.draw_seat(rng);
        let country = world.seat_country(seat);
        let seat = (!rng.random_bool(0.005)).then_some(seat as u32);
        let form = match country {
            Country::Fr => pick_ref(rng, &fr),
            Country::Pl => pick_ref(rng, &pl),
        };
        let ess = if form.sse_by_status {
            None
        } else {
            match rng.random_range(0..10) {
                0..3 => Some(true),
                3..7 => Some(false),
                _ => None,
            }
        };
        let labels = match rng.random_range(0..100) {
            0..85 => Some(vec![]),
            85..95 => None,
            _ => Some(vec![match country {
                Country::Fr => Label::Esus,
                Country::Pl => Label::PlSocialEnterprise,
            }]),
        };
        out.push(Org {
            seat,
            country,
            form,
            ess,
            labels,
        });
    }
    Ok(out)
}

fn pick_ref<T: Copy>(rng: &mut StdRng, weighted: &[(T, u32)]) -> T {
    pick(rng, weighted)
}

impl Org {
    /// The organisation as an applicant (no project).
    pub fn applicant(&self, world: &World) -> Applicant {
        Applicant {
            country: Some(self.country),
            form: Some(self.form),
            category: None,
            places: self.seat.map(|s| world.seat_places[s as usize].clone()),
            ess: self.ess,
            labels: self.labels.clone(),
        }
    }

    /// Whether the engine's SSE leaf can be met (met or unknown): never
    /// for a public body, always for a form in the SSE by status, else
    /// unless membership was declared false.
    pub fn sse_possible(&self) -> bool {
        !self.is_public() && (self.form.sse_by_status || self.ess != Some(false))
    }

    /// Whether the legal form is a public body or a grouping of them.
    pub fn is_public(&self) -> bool {
        matches!(
            self.form.category,
            LegalCategory::PublicAuthority | LegalCategory::PublicLawGroup
        )
    }
}

// ---------------------------------------------------------------- questions

/// An eligibility question: an organisation as applicant, a project, an instant.
#[derive(Debug, Clone)]
pub struct Ask {
    pub org: usize,
    pub at: Timestamp,
    pub project: Project,
}

/// Draws `n` questions about located organisations.
pub fn questions(orgs: &[Org], n: usize, rng: &mut StdRng) -> Result<Vec<Ask>> {
    let start = "2026-01-01T00:00:00Z".parse::<Timestamp>()?.as_second();
    let end = "2027-01-01T00:00:00Z".parse::<Timestamp>()?.as_second();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let org = rng.random_range(0..orgs.len());
        let Some(o) = orgs.get(org) else { continue };
        if o.seat.is_none() {
            continue;
        }
        let currency = match o.country {
            Country::Fr => Currency::Eur,
            Country::Pl => Currency::Pln,
        };
        let requested = log_uniform(rng, 2_000.0, 300_000.0);
        let expenses = (requested as f64 * rng.random_range(1.2..3.0)) as i64;
        let n_themes = rng.random_range(1..=3);
        let themes = Theme::all()
            .choose_multiple(rng, n_themes)
            .copied()
            .collect();
        let n_services = rng.random_range(0..=3);
        let services = Service::all()
            .choose_multiple(rng, n_services)
            .copied()
            .collect();
        let n_cofunders = rng.random_range(0..=2);
        let cofunders = (0..n_cofunders)
            .map(|_| {
                *CofunderKind::all()
                    .choose(rng)
                    .unwrap_or(&CofunderKind::State)
            })
            .collect();
        let consortium = if rng.random_bool(0.7) {
            Consortium {
                members: 1,
                lead_partner: false,
            }
        } else {
            Consortium {
                members: rng.random_range(2..=6),
                lead_partner: rng.random_bool(0.8),
            }
        };
        out.push(Ask {
            org,
            at: Timestamp::from_second(rng.random_range(start..end))?,
            project: Project {
                themes: Some(themes),
                requested: Some(Money::new(requested, currency)),
                expenses: Some((Money::new(expenses, currency), Vat::Excl)),
                services: Some(services),
                cofunders: Some(cofunders),
                commitments: Some(vec![]),
                consortium: Some(consortium),
            },
        });
    }
    Ok(out)
}

/// A text search with two facets: the reader's place and one theme.
#[derive(Debug, Clone)]
pub struct TextAsk {
    pub text: String,
    /// The reader's seat index.
    pub seat: usize,
    pub theme: Theme,
}

/// Draws `n` text searches, words in the reader's language.
pub fn text_questions(world: &World, orgs: &[Org], n: usize, rng: &mut StdRng) -> Vec<TextAsk> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let Some(o) = orgs.choose(rng) else { break };
        let Some(seat) = o.seat else { continue };
        let words = match world.seat_country(seat as usize) {
            Country::Fr => FR_WORDS,
            Country::Pl => PL_WORDS,
        };
        let k = if rng.random_bool(0.5) { 1 } else { 2 };
        let text = words[QUERY_FIRST_RANK.min(words.len())..]
            .choose_multiple(rng, k)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        out.push(TextAsk {
            text,
            seat: seat as usize,
            theme: *Theme::all().choose(rng).unwrap_or(&Theme::Culture),
        });
    }
    out
}
