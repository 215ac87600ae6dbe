//! Calls `crates/optimize/tests/ortools/allocate.py` (CP-SAT) on an instance.

use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{Context, bail};
use passerelle_optimize::allocation::{Project, Quota, Rules};
use serde_json::{Value, json};

/// CP-SAT's answer.
pub struct Answer {
    pub status: String,
    pub value: Option<i128>,
    pub seconds: f64,
}

/// Whether `python3 -c "import ortools"` works.
pub fn available() -> bool {
    Command::new("python3")
        .args(["-c", "import ortools"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn quota(q: &Quota) -> Value {
    match q {
        Quota::MinShare { tag, basis_points } => {
            json!({"kind": "min_share", "tag": tag, "basis_points": basis_points})
        }
        Quota::MaxShare { tag, basis_points } => {
            json!({"kind": "max_share", "tag": tag, "basis_points": basis_points})
        }
        Quota::MinAmount { tag, amount } => {
            json!({"kind": "min_amount", "tag": tag, "amount": amount})
        }
        Quota::MaxAmount { tag, amount } => {
            json!({"kind": "max_amount", "tag": tag, "amount": amount})
        }
        Quota::MinProjects { tag, n } => json!({"kind": "min_projects", "tag": tag, "n": n}),
        Quota::MaxProjects { tag, n } => json!({"kind": "max_projects", "tag": tag, "n": n}),
    }
}

/// Solves the instance with CP-SAT (score-weighted value), within `time_limit` seconds.
pub fn solve(projects: &[Project], rules: &Rules, time_limit: f64) -> anyhow::Result<Answer> {
    let instance = json!({
        "envelope": rules.envelope,
        "cap": rules.cap,
        "objective": "score_weighted_value",
        "projects": projects.iter().map(|p| json!({
            "score": p.score, "requested": p.requested, "minimum": p.minimum,
            "tags": p.tags, "fixed": p.fixed,
        })).collect::<Vec<_>>(),
        "quotas": rules.quotas.iter().map(quota).collect::<Vec<_>>(),
        "time_limit": time_limit,
    });
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../crates/optimize/tests/ortools/allocate.py"
    );
    let mut child = Command::new("python3")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .context("starting python3")?;
    child
        .stdin
        .take()
        .context("python3's stdin")?
        .write_all(instance.to_string().as_bytes())?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!("allocate.py failed");
    }
    let v: Value = serde_json::from_slice(&out.stdout).context("allocate.py's JSON")?;
    Ok(Answer {
        status: v["status"].as_str().unwrap_or("?").to_owned(),
        value: v["value"].as_i64().map(i128::from),
        seconds: v["seconds"].as_f64().unwrap_or(f64::NAN),
    })
}
