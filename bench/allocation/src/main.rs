//! Allocation benchmark: (1) the time to allocate an envelope exactly among 1 000 applications,
//! (2) the money the greedy "fund down the ranking" rule leaves unspent on the seed-000
//! (Progr'ESS) shape over many random draws, compared with the optimum, and (3) the same
//! optima computed by OR-tools CP-SAT on a subset, with both objectives and times.
//! Distributions: `README.md`. Run with `cargo run --release -p passerelle-bench-allocation`.

mod cpsat;
mod instances;
mod stats;

use std::time::Instant;

use anyhow::{Context, bail};
use passerelle_optimize::allocation::{
    Allocation, GreedyRule, Objective, compare, greedy, greedy_with, optimal,
};
use rand::SeedableRng;
use rand::rngs::StdRng;

use instances::Instance;
use stats::{Summary, eur};

const USAGE: &str = "usage: passerelle-bench-allocation [--seed N] [--draws N] [--no-ortools]";

struct Args {
    seed: u64,
    draws: usize,
    ortools: bool,
}

fn args() -> anyhow::Result<Args> {
    let mut a = Args {
        seed: 5,
        draws: 1_000,
        ortools: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seed" => a.seed = it.next().context(USAGE)?.parse().context(USAGE)?,
            "--draws" => a.draws = it.next().context(USAGE)?.parse().context(USAGE)?,
            "--no-ortools" => a.ortools = false,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown option {other}\n{USAGE}"),
        }
    }
    Ok(a)
}

fn main() -> anyhow::Result<()> {
    let args = args()?;
    println!(
        "Passerelle allocation benchmark (seed {}, {} draws)\n",
        args.seed, args.draws
    );
    let large = large(&args)?;
    let draws = seed000(&args)?;
    if !args.ortools {
        println!("\n(3) CP-SAT: skipped (--no-ortools)");
    } else if !cpsat::available() {
        println!("\n(3) CP-SAT: skipped: pip install ortools");
    } else {
        against_cp_sat(&large, &draws)?;
    }
    Ok(())
}

/// Solves exactly and greedily, timing the exact solve.
fn both(inst: &Instance) -> anyhow::Result<(Allocation, Allocation, f64)> {
    let start = Instant::now();
    let o = optimal(&inst.projects, &inst.rules, Objective::ScoreWeightedValue)?;
    let secs = start.elapsed().as_secs_f64();
    Ok((o, greedy(&inst.projects, &inst.rules)?, secs))
}

/// Relative gain of the optimum's value over the greedy one, in percent.
fn gain(o: &Allocation, g: &Allocation) -> f64 {
    compare(o, g).value as f64 / (g.value as f64).max(1.0) * 100.0
}

fn large(args: &Args) -> anyhow::Result<Vec<Instance>> {
    println!("(1) Time to allocate exactly: 1 000 applications, 30 % of the envelope outside");
    println!("    the prefecture, at most 40 projects per theme (8 themes), cap 15 000 EUR");
    println!(
        "{:>5} {:>6} {:>14} {:>9} | {:>6} {:>11} | {:>6} {:>11} {:>13}",
        "size",
        "seed",
        "envelope",
        "exact ms",
        "funded",
        "unspent",
        "funded",
        "unspent",
        "quotas broken"
    );
    println!(
        "{:>37}   {:<18} | {:<32}",
        "", "exact optimum", "greedy rule (ignores quotas)"
    );
    let mut out = Vec::new();
    let mut times = Vec::new();
    for (k, n) in [1_000, 1_000, 1_000, 1_000, 1_000, 2_000, 5_000]
        .into_iter()
        .enumerate()
    {
        let seed = args.seed * 1_000 + k as u64;
        let inst = instances::large(&mut StdRng::seed_from_u64(seed), n);
        let (o, g, secs) = both(&inst)?;
        if n == 1_000 {
            times.push(secs * 1e3);
        }
        println!(
            "{n:>5} {seed:>6} {:>14} {:>9.1} | {:>6} {:>11} | {:>6} {:>11} {:>13}",
            eur(inst.rules.envelope as f64),
            secs * 1e3,
            o.funded,
            eur(o.unspent as f64),
            g.funded,
            eur(g.unspent as f64),
            format!("{} of {}", g.unmet_quotas.len(), inst.rules.quotas.len()),
        );
        out.push(inst);
    }
    let t = Summary::of(&times);
    println!(
        "    1 000 applications: mean {:.1} ms, max {:.1} ms (exact, release build)",
        t.mean, t.max
    );
    Ok(out)
}

/// The per-draw results of one scenario.
#[derive(Default)]
struct Sample {
    unspent: [Vec<f64>; 3],
    funded: [Vec<f64>; 3],
    gain: Vec<f64>,
    leaves_1000: usize,
    ms: Vec<f64>,
}

fn seed000(args: &Args) -> anyhow::Result<Vec<(Instance, Instance)>> {
    println!(
        "\n(2) Seed-000 shape: 100 000 EUR envelope, at most 15 000 EUR a project, 20-40 \
         applications\n    asking 3 000-15 000 EUR; {} random draws",
        args.draws
    );
    let mut rng = StdRng::seed_from_u64(args.seed);
    let draws: Vec<(Instance, Instance)> = (0..args.draws)
        .map(|_| instances::seed000(&mut rng))
        .collect();
    for (name, pick) in [
        ("no partial funding (minimum = request)", 0),
        ("partial funding (minimum 50-100 % of the request)", 1),
    ] {
        let mut s = Sample::default();
        for d in &draws {
            let inst = if pick == 0 { &d.0 } else { &d.1 };
            let (o, g, secs) = both(inst)?;
            let skip = greedy_with(&inst.projects, &inst.rules, GreedyRule::SkipAndContinue)?;
            for (k, a) in [&g, &skip, &o].into_iter().enumerate() {
                s.unspent[k].push(a.unspent as f64);
                s.funded[k].push(a.funded as f64);
            }
            s.gain.push(gain(&o, &g));
            s.leaves_1000 += usize::from(compare(&o, &g).unspent >= instances::cents(1_000));
            s.ms.push(secs * 1e3);
        }
        report(name, &s, draws.len());
    }
    Ok(draws)
}

fn report(name: &str, s: &Sample, n: usize) {
    println!("\n  Scenario: {name}");
    println!(
        "  {:<40} {:>12} {:>12} {:>12} {:>12}",
        "", "mean", "median", "p90", "max"
    );
    let money = |label: &str, v: &[f64]| {
        let x = Summary::of(v);
        println!(
            "  {label:<40} {:>12} {:>12} {:>12} {:>12}",
            eur(x.mean),
            eur(x.median),
            eur(x.p90),
            eur(x.max)
        );
    };
    let plain = |label: &str, v: &[f64], digits: usize| {
        let x = Summary::of(v);
        println!(
            "  {label:<40} {:>12.digits$} {:>12.digits$} {:>12.digits$} {:>12.digits$}",
            x.mean, x.median, x.p90, x.max
        );
    };
    money("unspent, greedy rule (stop at first miss)", &s.unspent[0]);
    money("unspent, greedy skip-and-continue", &s.unspent[1]);
    money("unspent, exact optimum", &s.unspent[2]);
    plain("projects funded, greedy rule", &s.funded[0], 2);
    plain("projects funded, skip-and-continue", &s.funded[1], 2);
    plain("projects funded, exact optimum", &s.funded[2], 2);
    plain("objective gain of the optimum, %", &s.gain, 3);
    plain("exact solve time, ms", &s.ms, 3);
    println!(
        "  draws where the greedy rule leaves >= 1 000 EUR that the optimum spends: {} of {n} ({:.1} %)",
        s.leaves_1000,
        s.leaves_1000 as f64 * 100.0 / n.max(1) as f64
    );
}

fn against_cp_sat(large: &[Instance], draws: &[(Instance, Instance)]) -> anyhow::Result<()> {
    println!(
        "\n(3) The same optima by OR-tools CP-SAT (2 workers), objective = sum of score x amount"
    );
    println!(
        "  {:<26} {:>4} {:>22} {:>22} {:>10} {:>10} {:>10}",
        "instance", "n", "exact (Passerelle)", "CP-SAT", "", "ours ms", "CP-SAT ms"
    );
    let mut cases: Vec<(String, &Instance, f64)> = Vec::new();
    for (k, d) in draws.iter().take(10).enumerate() {
        cases.push((format!("seed-000 whole #{k}"), &d.0, 60.0));
        cases.push((format!("seed-000 partial #{k}"), &d.1, 60.0));
    }
    for (k, inst) in large.iter().enumerate() {
        let name = format!("{} applications #{k}", inst.projects.len());
        cases.push((name, inst, 300.0));
    }
    let (mut equal, mut total) = (0, 0);
    for (name, inst, limit) in cases {
        let (o, _, secs) = both(inst)?;
        let cp = cpsat::solve(&inst.projects, &inst.rules, limit)?;
        let verdict = match (cp.status.as_str(), cp.value) {
            ("OPTIMAL", Some(v)) if v == o.value => "EQUAL",
            ("OPTIMAL", _) => "DIFFERENT",
            (other, _) => other,
        };
        total += 1;
        equal += usize::from(verdict == "EQUAL");
        println!(
            "  {name:<26} {:>4} {:>22} {:>22} {verdict:>10} {:>10.1} {:>10.1}",
            inst.projects.len(),
            o.value,
            cp.value.map_or("-".to_owned(), |v| v.to_string()),
            secs * 1e3,
            cp.seconds * 1e3
        );
    }
    println!("  {equal} of {total} EQUAL");
    Ok(())
}
