//! Summaries of samples and money in euros.

/// Mean, median, 90th percentile and maximum of a sample.
pub struct Summary {
    pub mean: f64,
    pub median: f64,
    pub p90: f64,
    pub max: f64,
}

impl Summary {
    pub fn of(sample: &[f64]) -> Self {
        let mut s = sample.to_vec();
        s.sort_by(f64::total_cmp);
        let at = |q: f64| {
            if s.is_empty() {
                0.0
            } else {
                s[((s.len() - 1) as f64 * q).round() as usize]
            }
        };
        Summary {
            mean: s.iter().sum::<f64>() / s.len().max(1) as f64,
            median: at(0.5),
            p90: at(0.9),
            max: at(1.0),
        }
    }
}

/// Cents as euros with a thin space every three digits: `13 000 EUR`.
pub fn eur(cents: f64) -> String {
    let euros = (cents / 100.0).round() as i64;
    let digits = euros.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    format!("{}{out} EUR", if euros < 0 { "-" } else { "" })
}
