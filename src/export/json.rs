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
    let documents: Vec<Value> = t
        .documents
        .iter()
        .map(|d| json!({"id": d.id, "published": d.published.to_string(), "title": d.title, "url": d.url, "source": d.source}))
        .collect();
    let timexes: Vec<Value> = t
        .timexes
        .iter()
        .map(|x| {
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
            if let Some((role, other)) = &x.range {
                m.insert("range".into(), json!({"role": role, "with": other}));
            }
            m.insert("reason".into(), json!(x.reason));
            Value::Object(m)
        })
        .collect();
    let events: Vec<Value> = t
        .events
        .iter()
        .map(|e| {
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
        })
        .collect();
    let relations: Vec<Value> = t
        .relations
        .iter()
        .map(|r| json!({"from": t.events[r.from].id, "to": t.events[r.to].id, "type": r.kind.as_str(), "evidence": r.evidence}))
        .collect();
    let mut root = Map::new();
    root.insert("documents".into(), Value::Array(documents));
    root.insert("timexes".into(), Value::Array(timexes));
    root.insert("events".into(), Value::Array(events));
    root.insert("relations".into(), Value::Array(relations));
    root.insert("warnings".into(), json!(t.warnings));
    Value::Object(root)
}

/// Pretty JSON with a final newline.
pub fn write(t: &Timeline, out: &mut Vec<u8>) {
    // A serde_json::Value always serialises.
    serde_json::to_writer_pretty(&mut *out, &to_value(t)).expect("JSON value");
    out.push(b'\n');
}
