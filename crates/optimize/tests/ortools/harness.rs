//! The bridge to `assign.py`: the JSON instance format it reads, running it, and reading its
//! JSON Lines back. Shared by `tests/ortools.rs` and `bench/assignment` (by `#[path]`), so the
//! test and the benchmark feed OR-tools exactly the same thing. No JSON crate: the format is
//! flat and this keeps the optimisation crate's dependencies to `thiserror`.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use passerelle_optimize::assignment::Problem;

/// What OR-tools found for one instance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OrTools {
    /// The optimum total affinity, or `None` when OR-tools finds the instance infeasible.
    pub objective: Option<i64>,
    /// Seconds spent building the model and solving it (Python start-up excluded).
    pub seconds: f64,
    /// Seconds spent in the solver's call alone.
    pub solve_seconds: f64,
}

/// Whether `python3` can import `ortools`.
pub fn available() -> bool {
    Command::new("python3")
        .args(["-c", "import ortools"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The instance in `assign.py`'s format.
pub fn to_json(p: &Problem) -> String {
    let list = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    let mut out = String::with_capacity(32 * p.affinity.len() + 64);
    let _ = write!(
        out,
        r#"{{"applications":{},"reviewers":{},"k":{},"min_load":[{}],"max_load":[{}],"allow_zero_score":{},"affinity":["#,
        p.applications,
        p.reviewers,
        p.k,
        list(&p.min_load),
        list(&p.max_load),
        p.allow_zero_score
    );
    for (i, s) in p.affinity.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        let _ = write!(out, "{sep}[{},{},{}]", s.application, s.reviewer, s.score);
    }
    for (name, pairs) in [("forbidden", &p.forbidden), ("forced", &p.forced)] {
        let _ = write!(out, r#"],"{name}":["#);
        for (i, x) in pairs.iter().enumerate() {
            let sep = if i == 0 { "" } else { "," };
            let _ = write!(out, "{sep}[{},{}]", x.application, x.reviewer);
        }
    }
    out.push_str("]}");
    out
}

/// Runs `script` with `--method method` on the instances, one result per instance.
pub fn run(script: &Path, method: &str, problems: &[&Problem]) -> Result<Vec<OrTools>, String> {
    let input = format!(
        "[{}]",
        problems
            .iter()
            .map(|p| to_json(p))
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut child = Command::new("python3")
        .arg(script)
        .args(["--method", method])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start python3: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "writer thread panicked")?
        .map_err(|e| format!("writing the instance: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "assign.py failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let results: Vec<OrTools> = text.lines().map(parse).collect::<Result<_, _>>()?;
    if results.len() != problems.len() {
        return Err(format!(
            "{} results for {} instances",
            results.len(),
            problems.len()
        ));
    }
    Ok(results)
}

/// Reads `{"feasible": .., "objective": .., "seconds": .., "solve_seconds": ..}`.
fn parse(line: &str) -> Result<OrTools, String> {
    let field = |name: &str| -> Result<&str, String> {
        let key = format!("\"{name}\": ");
        let start = line
            .find(&key)
            .ok_or_else(|| format!("no {name} in {line}"))?
            + key.len();
        let rest = &line[start..];
        Ok(rest[..rest.find([',', '}']).unwrap_or(rest.len())].trim())
    };
    let objective = match field("objective")? {
        "null" => None,
        n => Some(n.parse().map_err(|e| format!("objective {n}: {e}"))?),
    };
    let seconds =
        |name| -> Result<f64, String> { field(name)?.parse().map_err(|e| format!("{name}: {e}")) };
    Ok(OrTools {
        objective,
        seconds: seconds("seconds")?,
        solve_seconds: seconds("solve_seconds")?,
    })
}
