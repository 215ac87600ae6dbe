//! Builds an index of synthetic schemes and prints query latencies.
//!
//! `cargo run --release -p passerelle-search --example timing -- 100000`

use jiff::Timestamp;
use jiff::civil::DateTime;
use passerelle_domain::scheme::criteria::{Node, Rule};
use passerelle_domain::scheme::vocab::{CofunderKind, SchemeKind, SchemeStatus, Theme};
use passerelle_domain::scheme::window::Window;
use passerelle_domain::scheme::{Funder, LocalText, Recurrence, Scheme};
use passerelle_domain::{Currency, LegalCategory, Locale, TerritoryId};
use passerelle_search::{OpenFilter, Query, SchemeDoc, SearchContext, SearchIndex, Sort};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// xorshift64*: enough randomness for synthetic data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FR: &[&str] = &[
    "aide",
    "associations",
    "économie",
    "sociale",
    "solidaire",
    "projet",
    "développement",
    "territoire",
    "emploi",
    "insertion",
    "innovation",
    "culture",
    "financement",
    "subvention",
    "coopérative",
    "entreprises",
    "structures",
    "accompagnement",
    "transition",
    "écologique",
    "numérique",
    "inclusion",
    "jeunes",
    "quartiers",
    "ruraux",
    "mobilité",
    "logement",
    "santé",
    "alimentation",
    "circuits",
    "courts",
    "tiers-lieux",
    "formation",
    "investissement",
    "fonds",
    "région",
    "département",
    "commune",
    "appel",
    "projets",
    "dispositif",
    "soutien",
    "création",
    "reprise",
    "utilité",
    "collective",
    "bénévoles",
    "salariés",
    "handicap",
    "énergie",
];
const PL: &[&str] = &[
    "wsparcie",
    "spółdzielnie",
    "socjalne",
    "ekonomia",
    "społeczna",
    "dotacja",
    "rozwój",
    "projekt",
    "zatrudnienie",
    "integracja",
    "innowacje",
    "kultura",
    "finansowanie",
    "przedsiębiorstwo",
    "stowarzyszenia",
    "fundacje",
    "organizacje",
    "pozarządowe",
    "gmina",
    "powiat",
    "województwo",
    "szkolenia",
    "doradztwo",
    "inwestycje",
    "pożyczka",
    "mieszkania",
    "zdrowie",
    "energia",
    "transformacja",
    "cyfrowa",
    "młodzież",
    "seniorzy",
    "wykluczenie",
    "usługi",
    "lokalne",
    "partnerstwo",
    "nabór",
    "wniosków",
    "program",
    "działania",
];
const EN: &[&str] = &[
    "support",
    "social",
    "economy",
    "solidarity",
    "grant",
    "loan",
    "project",
    "development",
    "employment",
    "inclusion",
    "innovation",
    "culture",
    "funding",
    "cooperative",
    "enterprises",
    "associations",
    "coaching",
    "incubation",
    "transition",
    "digital",
    "young",
    "people",
    "rural",
    "areas",
    "mobility",
    "housing",
    "health",
    "food",
    "energy",
    "community",
    "training",
    "investment",
    "call",
    "projects",
    "scheme",
    "local",
    "authorities",
    "impact",
    "network",
];

/// A vocabulary: the real words above first, then pseudo-words, drawn
/// with a Zipf-like law (rank r with probability about 1/r).
struct Vocab {
    words: Vec<String>,
    /// Cumulative weights.
    cumulative: Vec<f64>,
}

impl Vocab {
    fn new(real: &[&str], extra: usize, rng: &mut Rng) -> Self {
        const SYLLABLES: &[&str] = &[
            "ka", "lo", "mi", "ter", "san", "po", "ri", "zen", "du", "vel", "ma", "ni", "or",
            "tes", "bra", "li", "gon", "ste", "ar", "chi", "pe", "ru", "an", "ko",
        ];
        let mut words: Vec<String> = real.iter().map(|w| (*w).to_owned()).collect();
        while words.len() < real.len() + extra {
            let n = 2 + rng.below(3);
            words.push((0..n).map(|_| *rng.pick(SYLLABLES)).collect());
        }
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|r| {
                total += 1.0 / r as f64;
                total
            })
            .collect();
        Self { words, cumulative }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative[self.cumulative.len() - 1];
        let x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let i = self.cumulative.partition_point(|c| *c < x);
        &self.words[i.min(self.words.len() - 1)]
    }

    /// A word of middle frequency, as readers type.
    fn query_word(&self, rng: &mut Rng) -> &str {
        &self.words[10 + rng.below(400)]
    }
}

fn sentence(rng: &mut Rng, words: &Vocab, n: usize) -> String {
    (0..n)
        .map(|_| words.word(rng))
        .collect::<Vec<_>>()
        .join(" ")
}

fn dt(y: i16, m: i8, d: i8) -> DateTime {
    jiff::civil::date(y, m, d).at(0, 0, 0, 0)
}

fn generate(n: usize, vocab: &[Vocab; 3]) -> (Vec<SchemeDoc>, Vec<TerritoryId>) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let territories: Vec<TerritoryId> = (1..=95)
        .filter(|d| *d != 20)
        .map(|d| TerritoryId::parse(&format!("fr:departement:{d:02}")).unwrap())
        .chain(
            (2..=32)
                .step_by(2)
                .map(|w| TerritoryId::parse(&format!("pl:wojewodztwo:{w:02}")).unwrap()),
        )
        .collect();
    let funders: Vec<String> = (0..2000).map(|i| format!("Financeur {i}")).collect();
    let docs = (0..n)
        .map(|i| {
            let langs = rng.below(10);
            let mut text = |k: usize| {
                let (fr, pl, en) = match langs {
                    0..=5 => (true, false, false),
                    6..=7 => (false, true, false),
                    _ => (true, true, true),
                };
                LocalText {
                    fr: if fr {
                        sentence(&mut rng, &vocab[0], k)
                    } else {
                        String::new()
                    },
                    pl: if pl {
                        sentence(&mut rng, &vocab[1], k)
                    } else {
                        String::new()
                    },
                    en: if en {
                        sentence(&mut rng, &vocab[2], k)
                    } else {
                        String::new()
                    },
                }
            };
            let title = text(6);
            let summary = text(20);
            let description = text(120);
            let themes = (0..1 + rng.below(3))
                .map(|_| *rng.pick(Theme::all()))
                .collect();
            let window = match rng.below(10) {
                0..=5 => {
                    let y = 2024 + rng.below(4) as i16;
                    let m = 1 + rng.below(6) as i8;
                    Window::one_off(
                        dt(y, m, 1),
                        dt(y, m + 1 + rng.below(6) as i8, 15),
                        "Europe/Paris",
                    )
                }
                6..=7 => {
                    let mut w = Window::one_off(
                        dt(2024, 1 + rng.below(12) as i8, 1),
                        dt(2024, 1 + rng.below(12) as i8, 20),
                        "Europe/Warsaw",
                    );
                    w.recurrence = Recurrence::Annual;
                    w
                }
                _ => Window::permanent("Europe/Paris"),
            };
            let cats: Vec<LegalCategory> = LegalCategory::all()
                .iter()
                .copied()
                .filter(|_| rng.below(3) == 0)
                .collect();
            let criteria = if cats.is_empty() {
                Node::empty()
            } else {
                Node::new(
                    "criteria",
                    Rule::All {
                        children: vec![Node::new(
                            "beneficiary",
                            Rule::Beneficiary {
                                categories: cats,
                                legal_forms: vec![],
                            },
                        )],
                    },
                )
            };
            let perimeter = if rng.below(4) == 0 {
                vec![]
            } else {
                vec![rng.pick(&territories).clone()]
            };
            let scheme = Scheme {
                slug: format!("scheme-{i}"),
                kind: *rng.pick(SchemeKind::all()),
                edition: 1,
                previous_edition: None,
                programme: None,
                title,
                summary,
                description,
                funders: (0..1 + rng.below(2))
                    .map(|_| Funder {
                        name: rng.pick(&funders).clone(),
                        kind: CofunderKind::Region,
                        lead: true,
                    })
                    .collect(),
                perimeter,
                themes,
                window,
                currency: Currency::Eur,
                envelope: None,
                criteria,
                assessed_in_review: vec![],
                documents: vec![],
                languages: vec![],
                contact: None,
                url: None,
            };
            SchemeDoc {
                scheme: Arc::new(scheme),
                tenant: "t".to_owned(),
                tenant_name: "Tenant".to_owned(),
                status: if rng.below(20) == 0 {
                    SchemeStatus::Draft
                } else {
                    SchemeStatus::Published
                },
            }
        })
        .collect();
    (docs, territories)
}

/// Prints the resident memory (Linux only).
fn rss(when: &str) {
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for line in status
            .lines()
            .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        {
            println!("{when}: {line}");
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let vocab_size: usize = std::env::var("VOCAB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let mut rng = Rng(7);
    let vocab = [
        Vocab::new(FR, vocab_size, &mut rng),
        Vocab::new(PL, vocab_size, &mut rng),
        Vocab::new(EN, vocab_size, &mut rng),
    ];
    let [fr, pl, _] = &vocab;
    let t = Instant::now();
    let (docs, territories) = generate(n, &vocab);
    println!("generated {n} schemes in {:?}", t.elapsed());
    rss("before build");
    let t = Instant::now();
    let index = SearchIndex::build(docs).expect("build");
    println!(
        "built index of {} public schemes in {:?}",
        index.len(),
        t.elapsed()
    );
    rss("after build");

    let ctx = SearchContext::new(Timestamp::now(), Locale::Fr);
    let mut rng = Rng(42);
    type MakeQuery<'a> = Box<dyn FnMut(&mut Rng) -> Query + 'a>;
    let mut runs: Vec<(&str, MakeQuery<'_>)> = vec![
        (
            "text + theme + open",
            Box::new(|rng: &mut Rng| Query {
                text: format!("{} {}", fr.query_word(rng), fr.query_word(rng)),
                themes: vec![*rng.pick(Theme::all())],
                open: Some(OpenFilter::OpenNow),
                ..Query::default()
            }),
        ),
        (
            "text + territory + category",
            Box::new(|rng: &mut Rng| Query {
                text: pl.query_word(rng).to_owned(),
                territory: Some(rng.pick(&territories).clone()),
                categories: vec![*rng.pick(LegalCategory::all())],
                ..Query::default()
            }),
        ),
        (
            "one common word, by deadline",
            Box::new(|rng: &mut Rng| Query {
                text: rng
                    .pick(&["aide", "projet", "support", "wsparcie"])
                    .to_string(),
                sort: Sort::Deadline,
                ..Query::default()
            }),
        ),
        (
            "no text + kind + funder",
            Box::new(|rng: &mut Rng| Query {
                kinds: vec![*rng.pick(SchemeKind::all())],
                funder: Some(format!("Financeur {}", rng.below(2000))),
                ..Query::default()
            }),
        ),
        (
            "no text, no filter",
            Box::new(|_: &mut Rng| Query::default()),
        ),
        (
            "1-2 frequent words + place + theme",
            Box::new(|rng: &mut Rng| {
                let k = 1 + rng.below(2);
                Query {
                    text: (0..k).map(|_| *rng.pick(FR)).collect::<Vec<_>>().join(" "),
                    territory: Some(rng.pick(&territories).clone()),
                    themes: vec![*rng.pick(Theme::all())],
                    ..Query::default()
                }
            }),
        ),
    ];
    let only: Option<usize> = std::env::var("ONLY").ok().and_then(|v| v.parse().ok());
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    for (i, (name, make)) in runs.iter_mut().enumerate() {
        if only.is_some_and(|o| o != i) {
            continue;
        }
        let mut times = vec![];
        let mut total = 0usize;
        for _ in 0..repeat {
            let q = make(&mut rng);
            let t = Instant::now();
            let r = index.search(&q, &ctx).expect("search");
            times.push(t.elapsed());
            total += r.total;
        }
        times.sort_unstable();
        println!(
            "{name:32} min {:>9.3?} p10 {:>9.3?} p50 {:>9.3?} p99 {:>9.3?} (mean results {})",
            times[0],
            percentile(&times, 0.1),
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            total / times.len()
        );
    }
}
