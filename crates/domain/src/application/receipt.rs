//! What a submission receipt states: a reference number and the exact bytes
//! that were frozen, written canonically (object keys sorted at every level,
//! no insignificant white space) so that the SHA-256 printed on the receipt
//! can be recomputed from the stored answers by anyone, on any engine.

use serde_json::Value;

/// The reference of the `seq`-th submission to a scheme: its slug in capitals
/// and a six-digit counter (`PROGRESS-2024-000042`).
pub fn reference(scheme_slug: &str, seq: u64) -> String {
    format!("{}-{seq:06}", scheme_slug.to_ascii_uppercase())
}

/// The canonical JSON text of a value.
pub fn canonical_json(v: &Value) -> String {
    let mut out = String::new();
    write(v, &mut out);
    out
}

fn write(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                if let Some(x) = m.get(k) {
                    write(x, out);
                }
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn references_are_zero_padded_and_upper_case() {
        assert_eq!(reference("progress-2024", 42), "PROGRESS-2024-000042");
        assert_eq!(reference("x", 1_234_567), "X-1234567");
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_level_and_keeps_array_order() {
        let a = json!({"b": [3, {"z": 1, "a": "é\"q"}], "a": null, "c": {"y": true, "x": 1.5}});
        assert_eq!(
            canonical_json(&a),
            r#"{"a":null,"b":[3,{"a":"é\"q","z":1}],"c":{"x":1.5,"y":true}}"#
        );
        // Same content, keys written in another order: same text.
        let b: Value = serde_json::from_str(
            r#"{ "c": {"x": 1.5, "y": true}, "a": null, "b": [3, {"a": "é\"q", "z": 1}] }"#,
        )
        .unwrap();
        assert_eq!(canonical_json(&a), canonical_json(&b));
        // Parsing the canonical text gives the value back.
        assert_eq!(
            serde_json::from_str::<Value>(&canonical_json(&a)).unwrap(),
            a
        );
    }
}
