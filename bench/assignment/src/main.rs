//! Reviewer-assignment benchmark: realistic calls (see [`generate`]) solved by Passerelle's
//! min-cost flow and by Google OR-tools' `SimpleMinCostFlow` on the same instance, printing both
//! objectives (which must be equal), both times and their ratio.
//!
//! ```text
//! cargo run --release -p passerelle-bench-assignment -- \
//!     [--sizes 500x50,2000x200,5000x500] [--k 3] [--seed 1] [--no-ortools] [--allow-zero]
//! ```
//!
//! Exits non-zero if an objective differs from OR-tools' (an instance both find infeasible is
//! EQUAL).
//! Each size also times two replacements of a decliner (see [`decliners`]). The instance is
//! handed to `crates/optimize/tests/ortools/assign.py` through the same JSON harness as the
//! crate's OR-tools test.

#[path = "../../../crates/optimize/tests/ortools/harness.rs"]
mod harness;

mod generate;

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use passerelle_optimize::assignment::{Assignment, Pair, Problem, replace, solve};
use rand::SeedableRng;
use rand::rngs::StdRng;

struct Args {
    sizes: Vec<(usize, usize)>,
    k: u32,
    seed: u64,
    ortools: bool,
    allow_zero: bool,
}

const USAGE: &str = "usage: passerelle-bench-assignment [--sizes AxR,AxR,...] [--k N] [--seed N] [--no-ortools] [--allow-zero]";

fn parse_args() -> Result<Args> {
    let mut args = Args {
        sizes: vec![(500, 50), (2000, 200), (5000, 500)],
        k: 3,
        seed: 1,
        ortools: true,
        allow_zero: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .with_context(|| format!("{flag} needs a value; {USAGE}"))
        };
        match flag.as_str() {
            "--sizes" => {
                args.sizes = value()?
                    .split(',')
                    .map(|s| {
                        let (a, r) = s
                            .split_once('x')
                            .with_context(|| format!("size {s}: expected AxR"))?;
                        Ok((a.parse()?, r.parse()?))
                    })
                    .collect::<Result<_>>()?;
            }
            "--k" => args.k = value()?.parse()?,
            "--seed" => args.seed = value()?.parse()?,
            "--no-ortools" => args.ortools = false,
            "--allow-zero" => args.allow_zero = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown argument {other}; {USAGE}"),
        }
    }
    Ok(args)
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/optimize/tests/ortools/assign.py");
    if args.ortools && !harness::available() {
        bail!("python3 cannot import ortools: pip install ortools, or pass --no-ortools");
    }
    let mut different = false;
    for &(a, r) in &args.sizes {
        let mut rng = StdRng::seed_from_u64(args.seed);
        let (problem, stats) = generate::instance(&mut rng, a, r, args.k, args.allow_zero);
        let pairs = if args.allow_zero {
            "every pair not forbidden may be assigned".to_string()
        } else {
            format!(
                "{} candidate pairs ({:.1} per application)",
                stats.candidates,
                stats.candidates as f64 / a as f64
            )
        };
        println!(
            "{a} applications × {r} reviewers, k = {}, seed {}: {pairs}, {} forbidden, {} forced, {} reviewers with a minimum load",
            args.k, args.seed, stats.conflicts, stats.forced, stats.staff,
        );
        let start = Instant::now();
        let ours = solve(&problem);
        let rust = start.elapsed().as_secs_f64();
        match &ours {
            Ok(x) => {
                println!(
                    "  passerelle  objective {:>12}  {rust:>8.3} s  (solve(): validation, network, flow and alternates)",
                    x.total_affinity
                );
                replacements(&problem, x);
            }
            Err(e) => println!("  passerelle  infeasible: {e}  {rust:.3} s"),
        }
        if !args.ortools {
            continue;
        }
        let theirs = harness::run(&script, "flow", &[&problem]).map_err(anyhow::Error::msg)?[0];
        let objective = theirs
            .objective
            .map_or("infeasible".to_string(), |o| o.to_string());
        println!(
            "  OR-tools    objective {objective:>12}  {:>8.3} s  (SimpleMinCostFlow.solve() alone; {:.3} s with building the model in Python)",
            theirs.solve_seconds, theirs.seconds
        );
        let equal = theirs.objective == ours.as_ref().ok().map(|x| x.total_affinity);
        different |= !equal;
        println!(
            "  {}  time passerelle / OR-tools solve() = {:.2}",
            if equal { "EQUAL" } else { "DIFFERENT" },
            rust / theirs.solve_seconds
        );
    }
    if different {
        bail!("an objective differs from OR-tools'");
    }
    Ok(())
}

/// Times the replacement of each of [`decliners`].
fn replacements(problem: &Problem, x: &Assignment) {
    for (what, declined) in decliners(problem, x) {
        let start = Instant::now();
        match replace(problem, x, declined) {
            Ok(out) => println!(
                "  replace {what}: {} pair(s) replaced, objective {}, {:.3} s",
                out.added.len(),
                out.assignment.total_affinity,
                start.elapsed().as_secs_f64()
            ),
            Err(e) => println!("  replace {what}: {e}"),
        }
    }
}

/// Two decliners: application 0's first reviewer (usually the fast path: the best alternate
/// with room steps in), and a reviewer at its minimum load (the general path: it must be given
/// another application, so a full flow is solved).
fn decliners(problem: &Problem, x: &Assignment) -> Vec<(&'static str, Pair)> {
    let mut out = vec![(
        "a decliner",
        Pair {
            application: 0,
            reviewer: x.reviewers[0][0],
        },
    )];
    let at_minimum = x
        .reviewers
        .iter()
        .enumerate()
        .find_map(|(application, list)| {
            list.iter()
                .find(|&&r| problem.min_load[r] > 0 && x.loads[r] == problem.min_load[r])
                .map(|&reviewer| Pair {
                    application,
                    reviewer,
                })
                .filter(|pair| !problem.forced.contains(pair))
        });
    out.extend(at_minimum.map(|pair| ("a decliner at its minimum load", pair)));
    out
}
