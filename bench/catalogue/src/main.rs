//! Catalogue benchmark: a large realistic catalogue over the real
//! territories, three questions measured in memory and asked as SQL to
//! PostgreSQL and SQLite in the same run.
//!
//! ```text
//! cargo run --release -p passerelle-bench-catalogue -- \
//!     [--schemes 100000] [--orgs 1000000] [--queries 1000] [--sql-queries 200] \
//!     [--pg postgres://postgres@127.0.0.1:5432/postgres] [--no-pg] [--no-sqlite] [--keep] [--seed 1]
//! ```
//!
//! (a) eligible schemes for one applicant and project ([`Catalogue`]),
//! (b) organisations to alert when one scheme is published ([`Audience`]),
//! (c) full text with two facets (reader's place, one theme)
//! ([`SearchIndex`]). The generator and its distributions are described in
//! [`generate`]; the SQL schema and queries in [`sql`].

mod generate;
mod sql;

use anyhow::{Context, Result, bail};
use jiff::Timestamp;
use passerelle_domain::scheme::audience::Audience;
use passerelle_domain::scheme::catalogue::Catalogue;
use passerelle_domain::scheme::criteria::Question;
use passerelle_domain::scheme::vocab::SchemeStatus;
use passerelle_domain::{Country, Locale, TerritoryId};
use passerelle_search::{Query, SchemeDoc, SearchContext, SearchIndex};
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Targets of the issue, in microseconds.
const TARGET_A_P99: f64 = 1_000.0;
const TARGET_B_P99: f64 = 20_000.0;
const TARGET_C_P99: f64 = 10_000.0;
/// (a) and (b) must be this many times faster than each SQL engine.
const TARGET_RATIO: f64 = 20.0;
/// Queries run before measuring, on every engine.
const WARM_UP: usize = 5;

struct Args {
    schemes: usize,
    orgs: usize,
    queries: usize,
    sql_queries: usize,
    pg: String,
    no_pg: bool,
    no_sqlite: bool,
    keep: bool,
    seed: u64,
    territories: PathBuf,
}

fn usage() -> &'static str {
    "usage: passerelle-bench-catalogue [--schemes N] [--orgs N] [--queries N] [--sql-queries N] \
     [--pg URL] [--no-pg] [--no-sqlite] [--keep] [--seed N] [--territories PATH]"
}

fn parse_args() -> Result<Args> {
    let mut a = Args {
        schemes: 100_000,
        orgs: 1_000_000,
        queries: 1_000,
        sql_queries: 200,
        pg: "postgres://postgres@127.0.0.1:5432/postgres".to_owned(),
        no_pg: false,
        no_sqlite: false,
        keep: false,
        seed: 1,
        territories: PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/territories/territories.tsv"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .with_context(|| format!("{flag} needs a value\n{}", usage()))
        };
        match flag.as_str() {
            "--schemes" => a.schemes = value()?.parse()?,
            "--orgs" => a.orgs = value()?.parse()?,
            "--queries" => a.queries = value()?.parse()?,
            "--sql-queries" => a.sql_queries = value()?.parse()?,
            "--pg" => a.pg = value()?,
            "--no-pg" => a.no_pg = true,
            "--no-sqlite" => a.no_sqlite = true,
            "--keep" => a.keep = true,
            "--seed" => a.seed = value()?.parse()?,
            "--territories" => a.territories = PathBuf::from(value()?),
            "-h" | "--help" => {
                println!("{}", usage());
                std::process::exit(0);
            }
            _ => bail!("unknown argument {flag}\n{}", usage()),
        }
    }
    if a.schemes == 0 || a.orgs == 0 || a.queries == 0 {
        bail!("sizes must be positive");
    }
    a.sql_queries = a.sql_queries.min(a.queries);
    Ok(a)
}

/// Latencies and answers of one engine for one question.
#[derive(Default)]
struct Run {
    times: Vec<Duration>,
    /// Time on a CPU (in-memory engines only): the latency without the
    /// time the thread waited for a core on a busy machine.
    cpu: Vec<Duration>,
    /// Per question: (count, order-independent fingerprint of the ids).
    answers: Vec<(usize, u64)>,
}

impl Run {
    fn record(&mut self, d: Duration, answer: (usize, u64)) {
        self.times.push(d);
        self.answers.push(answer);
    }

    fn percentile(&self, p: f64) -> f64 {
        percentile(&self.times, p)
    }

    fn cpu_percentile(&self, p: f64) -> f64 {
        percentile(&self.cpu, p)
    }

    /// Mean answer size over the first `n` questions.
    fn mean_count(&self, n: usize) -> f64 {
        let a = &self.answers[..n.min(self.answers.len())];
        if a.is_empty() {
            return 0.0;
        }
        a.iter().map(|a| a.0 as f64).sum::<f64>() / a.len() as f64
    }
}

/// The `p`-th percentile (nearest rank) in microseconds.
fn percentile(times: &[Duration], p: f64) -> f64 {
    let mut t: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1e6).collect();
    t.sort_by(f64::total_cmp);
    if t.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * t.len() as f64).ceil() as usize;
    t[rank.clamp(1, t.len()) - 1]
}

/// CPU time consumed by this thread so far.
fn thread_cpu() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(
        u64::try_from(t.tv_sec).unwrap_or(0),
        u32::try_from(t.tv_nsec).unwrap_or(0),
    )
}

/// Runs `f`, returning its result, wall time and thread CPU time.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let cpu = thread_cpu();
    let start = Instant::now();
    let r = black_box(f());
    let wall = start.elapsed();
    (r, wall, thread_cpu().saturating_sub(cpu))
}

/// Order-independent fingerprint of a set of ids.
fn fingerprint(ids: impl Iterator<Item = u64>) -> (usize, u64) {
    let mut n = 0;
    let mut h = 0u64;
    for id in ids {
        n += 1;
        // splitmix64 of the id, summed.
        let mut z = id.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        h = h.wrapping_add(z ^ (z >> 31));
    }
    (n, h)
}

/// The three questions' runs of one engine.
#[derive(Default)]
struct Engine {
    a: Run,
    b: Run,
    c: Run,
    skipped: Option<String>,
}

fn secs(t: Instant) -> String {
    format!("{:.1} s", t.elapsed().as_secs_f64())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let args = parse_args()?;
    let total = Instant::now();
    let mut rng = StdRng::seed_from_u64(args.seed);

    let t = Instant::now();
    let world = generate::World::load(&args.territories)?;
    println!(
        "territories: {} ({} seats) loaded in {}",
        world.index.len(),
        world.seats.len(),
        secs(t)
    );

    let t = Instant::now();
    let specs = generate::schemes(&world, args.schemes, &mut rng)?;
    let schemes = generate::build_schemes(&world, &specs);
    let orgs = generate::orgs(&world, args.orgs, &mut rng)?;
    let asks = generate::questions(&orgs, args.queries, &mut rng)?;
    let alert_schemes: Vec<usize> = (0..args.queries)
        .map(|_| rand::Rng::random_range(&mut rng, 0..specs.len()))
        .collect();
    let text_asks = generate::text_questions(&world, &orgs, args.queries, &mut rng);
    println!(
        "generated {} schemes, {} organisations, 3 x {} questions in {}",
        schemes.len(),
        orgs.len(),
        args.queries,
        secs(t)
    );
    print_shape(&specs, &orgs);

    // ---------------------------------------------------------------- in memory
    let t = Instant::now();
    let catalogue = Catalogue::new(schemes.clone());
    println!("Catalogue built in {}", secs(t));
    let t = Instant::now();
    let mut audience = Audience::default();
    for o in &orgs {
        audience.push(&o.applicant(&world));
    }
    println!(
        "Audience built in {} ({} classes)",
        secs(t),
        audience.classes()
    );
    let t = Instant::now();
    let docs: Vec<SchemeDoc> = schemes
        .iter()
        .map(|s| SchemeDoc {
            scheme: s.clone(),
            tenant: "bench".to_owned(),
            tenant_name: "Bench".to_owned(),
            status: SchemeStatus::Published,
        })
        .collect();
    let search = SearchIndex::build(docs)?;
    println!("SearchIndex built in {}", secs(t));

    let questions: Vec<Question> = asks
        .iter()
        .map(|a| Question {
            at: a.at,
            applicant: orgs[a.org].applicant(&world),
            project: a.project.clone(),
        })
        .collect();
    let mut mem = Engine::default();
    let t = Instant::now();
    for q in questions.iter().take(WARM_UP) {
        black_box(catalogue.eligible(q));
    }
    for q in &questions {
        let (r, d, cpu) = timed(|| catalogue.eligible(q));
        mem.a
            .record(d, fingerprint(r.iter().map(|(i, _)| *i as u64)));
        mem.a.cpu.push(cpu);
    }
    println!(
        "(a) in memory: {} questions in {}",
        questions.len(),
        secs(t)
    );

    let t = Instant::now();
    for &s in alert_schemes.iter().take(WARM_UP) {
        black_box(audience.possibly_eligible(&schemes[s]));
    }
    for &s in &alert_schemes {
        let (r, d, cpu) = timed(|| audience.possibly_eligible(&schemes[s]));
        mem.b.record(d, fingerprint(r.iter().map(|&i| i as u64)));
        mem.b.cpu.push(cpu);
    }
    println!(
        "(b) in memory: {} schemes in {}",
        alert_schemes.len(),
        secs(t)
    );

    let now: Timestamp = "2026-06-15T10:00:00Z".parse()?;
    let ancestors = |t: &TerritoryId| -> Vec<TerritoryId> {
        world
            .index
            .ancestors(t)
            .into_iter()
            .map(|r| r.id.clone())
            .collect()
    };
    let text_queries: Vec<(Query, Locale)> = text_asks
        .iter()
        .map(|a| {
            let place = world.index.records()[world.seats[a.seat]].id.clone();
            let locale = match world.seat_country(a.seat) {
                Country::Fr => Locale::Fr,
                Country::Pl => Locale::Pl,
            };
            (
                Query {
                    text: a.text.clone(),
                    territory: Some(place),
                    themes: vec![a.theme],
                    ..Query::default()
                },
                locale,
            )
        })
        .collect();
    let t = Instant::now();
    for (i, (q, locale)) in text_queries.iter().enumerate() {
        let ctx = SearchContext {
            at: now,
            locale: *locale,
            places: &ancestors,
        };
        if i < WARM_UP {
            black_box(search.search(q, &ctx)?);
        }
        let (r, d, cpu) = timed(|| search.search(q, &ctx));
        mem.c.record(d, (r?.total, 0));
        mem.c.cpu.push(cpu);
    }
    println!(
        "(c) in memory: {} searches in {}",
        text_queries.len(),
        secs(t)
    );
    drop(search);

    // ---------------------------------------------------------------- SQL
    let n_sql = args.sql_queries;
    let mut lite = Engine::default();
    if args.no_sqlite {
        lite.skipped = Some("--no-sqlite".to_owned());
    } else {
        let t = Instant::now();
        let (mut db, dir) = sql::lite_create().await?;
        let r = async {
            sql::load(&mut db, &world, &specs, &orgs).await?;
            println!(
                "SQLite loaded and indexed in {} ({})",
                secs(t),
                dir.display()
            );
            let t = Instant::now();
            run_sql(
                &mut db,
                &mut lite,
                &world,
                &specs,
                &orgs,
                &asks,
                &alert_schemes,
                &text_asks,
                n_sql,
            )
            .await?;
            println!("SQLite: 3 x {n_sql} questions in {}", secs(t));
            anyhow::Ok(())
        }
        .await;
        sql::close(db).await?;
        if args.keep {
            println!("kept {}", dir.display());
        } else {
            sql::lite_remove(&dir);
        }
        r?;
    }

    let mut pg = Engine::default();
    if args.no_pg {
        pg.skipped = Some("--no-pg".to_owned());
    } else {
        let t = Instant::now();
        match sql::pg_create(&args.pg).await {
            Err(e) => {
                println!("PostgreSQL not reachable ({e:#}): skipped");
                pg.skipped = Some("not reachable".to_owned());
            }
            Ok(mut db) => {
                let r = async {
                    sql::load(&mut db, &world, &specs, &orgs).await?;
                    println!(
                        "PostgreSQL loaded and indexed in {} (database {})",
                        secs(t),
                        sql::PG_DATABASE
                    );
                    let t = Instant::now();
                    run_sql(
                        &mut db,
                        &mut pg,
                        &world,
                        &specs,
                        &orgs,
                        &asks,
                        &alert_schemes,
                        &text_asks,
                        n_sql,
                    )
                    .await?;
                    println!("PostgreSQL: 3 x {n_sql} questions in {}", secs(t));
                    anyhow::Ok(())
                }
                .await;
                sql::close(db).await?;
                if args.keep {
                    println!("kept database {}", sql::PG_DATABASE);
                } else {
                    sql::pg_drop(&args.pg).await?;
                }
                r?;
            }
        }
    }

    report(&args, &mem, &pg, &lite);
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!(
            "load average at the end (1, 5, 15 min): {} on {} cores",
            load.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" "),
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
    }
    println!("total run time {}", secs(total));
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn run_sql(
    db: &mut sql::Db,
    out: &mut Engine,
    world: &generate::World,
    specs: &[generate::Spec],
    orgs: &[generate::Org],
    asks: &[generate::Ask],
    alert_schemes: &[usize],
    text_asks: &[generate::TextAsk],
    n: usize,
) -> Result<()> {
    for a in asks.iter().take(WARM_UP) {
        sql::ask_a(db, world, orgs, a).await?;
    }
    for a in asks.iter().take(n) {
        let start = Instant::now();
        let r = sql::ask_a(db, world, orgs, a).await?;
        let d = start.elapsed();
        out.a.record(d, fingerprint(r.iter().map(|&i| i as u64)));
    }
    for &s in alert_schemes.iter().take(WARM_UP) {
        sql::ask_b(db, s, specs[s].perimeter.is_empty()).await?;
    }
    for &s in alert_schemes.iter().take(n) {
        let start = Instant::now();
        let r = sql::ask_b(db, s, specs[s].perimeter.is_empty()).await?;
        let d = start.elapsed();
        out.b.record(d, fingerprint(r.iter().map(|&i| i as u64)));
    }
    for a in text_asks.iter().take(WARM_UP) {
        sql::ask_c(db, world, a).await?;
    }
    for a in text_asks.iter().take(n) {
        let start = Instant::now();
        let (total, _) = sql::ask_c(db, world, a).await?;
        let d = start.elapsed();
        out.c.record(d, (total, 0));
    }
    Ok(())
}

fn print_shape(specs: &[generate::Spec], orgs: &[generate::Org]) {
    let n = specs.len() as f64;
    let share = |f: &dyn Fn(&generate::Spec) -> bool| {
        100.0 * specs.iter().filter(|s| f(s)).count() as f64 / n
    };
    println!(
        "schemes: {:.1} % FR, {:.1} % everywhere, {:.1} % multi-territory, {:.1} % SSE required, {:.1} % with a max grant",
        share(&|s| s.country == Country::Fr),
        share(&|s| s.perimeter.is_empty()),
        share(&|s| s.perimeter.len() > 1),
        share(&|s| s.sse_required),
        share(&|s| s.max_grant.is_some()),
    );
    let m = orgs.len() as f64;
    println!(
        "organisations: {:.1} % FR, {:.1} % SSE by status, {:.2} % without a seat",
        100.0 * orgs.iter().filter(|o| o.country == Country::Fr).count() as f64 / m,
        100.0 * orgs.iter().filter(|o| o.form.sse_by_status).count() as f64 / m,
        100.0 * orgs.iter().filter(|o| o.seat.is_none()).count() as f64 / m,
    );
}

/// Whether two runs agree on the questions both answered: (agreeing, compared).
fn agreement(mem: &Run, other: &Run, by_fingerprint: bool) -> (usize, usize) {
    let n = mem.answers.len().min(other.answers.len());
    let same = (0..n)
        .filter(|&i| {
            if by_fingerprint {
                mem.answers[i] == other.answers[i]
            } else {
                mem.answers[i].0 == other.answers[i].0
            }
        })
        .count();
    (same, n)
}

fn report(args: &Args, mem: &Engine, pg: &Engine, lite: &Engine) {
    println!();
    println!(
        "{} schemes, {} organisations; {} in-memory and {} SQL questions of each kind; times in µs; \
         mean count = mean answer size over the first {} questions (asked to every engine)",
        args.schemes, args.orgs, args.queries, args.sql_queries, args.sql_queries
    );
    println!(
        "{:<34} {:<11} {:>9} {:>9} {:>10} {:>10} {:>11}  check",
        "question", "engine", "p50", "p99", "SQL/mem50", "SQL/mem99", "mean count"
    );
    type Pick = fn(&Engine) -> &Run;
    let rows: [(&str, Pick, f64, bool); 3] = [
        ("(a) eligible schemes", |e| &e.a, TARGET_A_P99, true),
        ("(b) organisations to alert", |e| &e.b, TARGET_B_P99, true),
        ("(c) text + place + theme", |e| &e.c, TARGET_C_P99, false),
    ];
    let mut verdicts = vec![];
    for (name, get, target, needs_ratio) in rows {
        let m = get(mem);
        let (m50, m99) = (m.percentile(50.0), m.percentile(99.0));
        let ok = m99 < target;
        println!(
            "{:<34} {:<11} {:>9.0} {:>9.0} {:>10} {:>10} {:>11.1}  p99 < {:.0} µs: {}",
            name,
            "in-memory",
            m50,
            m99,
            "",
            "",
            m.mean_count(args.sql_queries),
            target,
            pass(ok)
        );
        println!(
            "{:<34} {:<11} {:>9.0} {:>9.0}",
            "",
            "  on-CPU",
            m.cpu_percentile(50.0),
            m.cpu_percentile(99.0),
        );
        verdicts.push((format!("{name}: p99 {m99:.0} µs < {target:.0} µs"), ok));
        for (label, e) in [("PostgreSQL", pg), ("SQLite", lite)] {
            if let Some(why) = &e.skipped {
                println!("{:<34} {:<11} skipped ({why})", "", label);
                continue;
            }
            let r = get(e);
            let (s50, s99) = (r.percentile(50.0), r.percentile(99.0));
            let (r50, r99) = (s50 / m50, s99 / m99);
            let (same, n) = agreement(m, r, needs_ratio);
            let check = if needs_ratio {
                format!("same ids {same}/{n}")
            } else {
                format!("same total {same}/{n}")
            };
            let ratio_ok = r50 >= TARGET_RATIO && r99 >= TARGET_RATIO;
            let ratio = if needs_ratio {
                verdicts.push((
                    format!("{name}: {label}/in-memory ≥ {TARGET_RATIO:.0}× (p50 {r50:.0}×, p99 {r99:.0}×)"),
                    ratio_ok,
                ));
                format!("; ≥ {TARGET_RATIO:.0}×: {}", pass(ratio_ok))
            } else {
                String::new()
            };
            println!(
                "{:<34} {:<11} {:>9.0} {:>9.0} {:>9.0}× {:>9.0}× {:>11.1}  {check}{ratio}",
                "",
                label,
                s50,
                s99,
                r50,
                r99,
                r.mean_count(args.sql_queries),
            );
        }
    }
    println!();
    for (what, ok) in &verdicts {
        println!("{} {what}", pass(*ok));
    }
}

fn pass(ok: bool) -> &'static str {
    if ok { "PASS" } else { "FAIL" }
}
