//! The JSON output against schema/timeline.schema.json, with a small validator for the subset
//! of JSON Schema the file uses (type, enum, required, properties, additionalProperties, items).

use serde_json::Value;

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("schema type {other} not supported by this validator"),
    }
}

fn validate(schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(t) = schema.get("type") {
        let ok = match t {
            Value::String(t) => type_ok(t, v),
            Value::Array(ts) => ts.iter().any(|t| type_ok(t.as_str().unwrap(), v)),
            _ => panic!("bad type in schema"),
        };
        if !ok {
            errors.push(format!("{path}: expected {t}, got {v}"));
            return;
        }
    }
    if let Some(Value::Array(allowed)) = schema.get("enum") {
        if !allowed.contains(v) {
            errors.push(format!("{path}: {v} not in {allowed:?}"));
        }
    }
    if let Value::Object(obj) = v {
        if let Some(Value::Array(req)) = schema.get("required") {
            for r in req {
                if !obj.contains_key(r.as_str().unwrap()) {
                    errors.push(format!("{path}: missing {r}"));
                }
            }
        }
        let props = schema.get("properties").and_then(|p| p.as_object());
        for (k, child) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => validate(s, child, &format!("{path}.{k}"), errors),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{path}: unexpected property {k}"))
                }
                None => {}
            }
        }
    }
    if let (Value::Array(items), Some(s)) = (v, schema.get("items")) {
        for (i, item) in items.iter().enumerate() {
            validate(s, item, &format!("{path}[{i}]"), errors);
        }
    }
}

fn schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string("schema/timeline.schema.json").unwrap()).unwrap()
}

fn outputs() -> Vec<(String, Value)> {
    let mut v: Vec<_> = std::fs::read_dir("output")
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (
                p.display().to_string(),
                serde_json::from_str(&text).unwrap(),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn sample_outputs_follow_the_schema() {
    let s = schema();
    let outs = outputs();
    assert!(!outs.is_empty(), "no output/*.json");
    for (name, v) in &outs {
        let mut errors = Vec::new();
        validate(&s, v, "$", &mut errors);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    // The story set exercises mentions and the conflict.
    let story = &outs
        .iter()
        .find(|(n, _)| n.ends_with("story.json"))
        .unwrap()
        .1;
    let events = story["events"].as_array().unwrap();
    assert!(events
        .iter()
        .any(|e| e["mentions"].as_array().unwrap().len() > 1));
    assert!(events.iter().any(|e| e.get("conflict").is_some()));
}

#[test]
fn the_schema_rejects_wrong_types() {
    let s = schema();
    let (_, mut v) = outputs().into_iter().next().unwrap();
    v["events"][0]["start"] = Value::String("12".into());
    v["events"][0]["mentions"] = Value::Null;
    v["relations"] =
        serde_json::json!([{"from": "e1", "to": "e2", "type": "AFTER", "evidence": "x"}]);
    v["documents"][0]
        .as_object_mut()
        .unwrap()
        .remove("published");
    v["extra"] = Value::Bool(true);
    let mut errors = Vec::new();
    validate(&s, &v, "$", &mut errors);
    let all = errors.join("\n");
    for needle in [
        "events[0].start",
        "events[0].mentions",
        "relations[0].type",
        "missing \"published\"",
        "unexpected property extra",
    ] {
        assert!(all.contains(needle), "no error for {needle}: {all}");
    }
}
