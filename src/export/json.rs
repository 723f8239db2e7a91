//! The JSON timeline: documents, expressions, events (in timeline order), relations, warnings.
//! Its shape is described by `schema/timeline.schema.json`.

use super::format::instant;
use crate::timeline::Timeline;
use crate::timex::Interval;
use serde_json::{json, Map, Value};

fn interval(iv: &Option<Interval>) -> Value {
    match iv {
        Some(iv) => json!({"start": iv.start.map(instant), "end": iv.end.map(instant)}),
        None => Value::Null,
    }
}

/// The whole timeline as a JSON value (keys in a fixed order, so output is byte-stable).
pub fn to_value(t: &Timeline) -> Value {
    let mut root = Map::new();
    for (name, items) in sections(t) {
        root.insert(name.into(), Value::Array(items.collect()));
    }
    Value::Object(root)
}

/// The top-level arrays in key order (the order serde_json's map writes them), each as a lazy
/// sequence of values, so a writer can hold one element at a time.
fn sections(t: &Timeline) -> [(&'static str, Box<dyn Iterator<Item = Value> + '_>); 5] {
    [
        ("documents", Box::new(t.documents.iter().map(|d| json!({"id": d.id, "published": d.published.to_string(), "title": d.title, "url": d.url, "source": d.source})))),
        ("events", Box::new(t.events.iter().map(|e| event(t, e)))),
        ("relations", Box::new(t.relations.iter().map(|r| json!({"from": t.events[r.from].id, "to": t.events[r.to].id, "type": r.kind.as_str(), "evidence": r.evidence})))),
        ("timexes", Box::new(t.timexes.iter().map(|x| timex(t, x)))),
        ("warnings", Box::new(t.warnings.iter().map(|w| json!(w)))),
    ]
}

fn timex(t: &Timeline, x: &crate::timeline::TimexRecord) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(x.id));
    m.insert("document".into(), json!(t.documents[x.document].id));
    m.insert("start".into(), json!(x.start));
    m.insert("end".into(), json!(x.end));
    m.insert("text".into(), json!(x.text));
    m.insert("type".into(), json!(x.kind.as_str()));
    m.insert("value".into(), json!(x.value));
    m.insert("grain".into(), json!(x.grain.map(|g| g.as_str())));
    m.insert("interval".into(), interval(&x.interval));
    if let Some(md) = x.modifier {
        m.insert("mod".into(), json!(md.as_str()));
    }
    if let Some(a) = &x.anchor {
        m.insert("anchorTimeID".into(), json!(a));
    }
    m.insert("reason".into(), json!(x.reason));
    Value::Object(m)
}

fn event(t: &Timeline, e: &crate::timeline::Event) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(e.id));
    m.insert("document".into(), json!(t.documents[e.document].id));
    m.insert("start".into(), json!(e.start));
    m.insert("end".into(), json!(e.end));
    m.insert("text".into(), json!(e.text));
    m.insert("trigger".into(), json!(e.trigger));
    m.insert("tense".into(), json!(e.tense));
    m.insert("sentence".into(), json!(e.sentence));
    let time = e.time.as_ref().map(|tm| {
        let x = &t.timexes[tm.timex];
        let iv = e.interval.or(x.interval);
        json!({
            "timex": x.id,
            "value": x.value,
            "start": iv.and_then(|i| i.start).map(instant),
            "end": iv.and_then(|i| i.end).map(instant),
            "inherited": tm.inherited,
        })
    });
    m.insert("time".into(), time.unwrap_or(Value::Null));
    m.insert("order".into(), json!(e.order));
    let mentions: Vec<Value> = e
        .mentions
        .iter()
        .map(|mn| {
            json!({
                "document": t.documents[mn.document].id,
                "start": mn.start,
                "end": mn.end,
                "text": mn.text,
                "expression": mn.timex.map(|i| t.timexes[i].text.clone()),
            })
        })
        .collect();
    m.insert("mentions".into(), Value::Array(mentions));
    if let Some(claims) = &e.conflict {
        let claims: Vec<Value> = claims
            .iter()
            .map(|(d, v)| json!({"document": t.documents[*d].id, "value": v}))
            .collect();
        m.insert("conflict".into(), json!({"claims": claims}));
    }
    Value::Object(m)
}

/// Pretty JSON with a final newline.
///
/// The same bytes as pretty-printing [`to_value`], written one element at a time: the value
/// tree of a million events would take several times the memory of the events themselves.
pub fn write(t: &Timeline, out: &mut Vec<u8>) {
    write_to(t, out).expect("writing to memory");
}

/// Like [`write`], into any writer (a file, standard output) without holding the output.
pub fn write_to(t: &Timeline, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut element = Vec::new();
    out.write_all(b"{")?;
    for (k, (name, items)) in sections(t).into_iter().enumerate() {
        out.write_all(if k == 0 { b"\n  \"" } else { b",\n  \"" })?;
        out.write_all(name.as_bytes())?;
        out.write_all(b"\": [")?;
        let mut any = false;
        for item in items {
            out.write_all(if any { b",\n    " } else { b"\n    " })?;
            any = true;
            element.clear();
            // A serde_json::Value always serialises.
            serde_json::to_writer_pretty(&mut element, &item).expect("JSON value");
            // Two levels deeper than a top-level value. A line break in the pretty output is
            // always structural: breaks inside strings are escaped.
            for (n, line) in element.split(|&b| b == b'\n').enumerate() {
                if n > 0 {
                    out.write_all(b"\n    ")?;
                }
                out.write_all(line)?;
            }
        }
        if any {
            out.write_all(b"\n  ")?;
        }
        out.write_all(b"]")?;
    }
    out.write_all(b"\n}\n")
}
