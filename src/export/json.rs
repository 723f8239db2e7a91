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
    for (name, len, element) in sections(t) {
        root.insert(name.into(), Value::Array((0..len).map(element).collect()));
    }
    Value::Object(root)
}

/// One element of a top-level array.
type Element<'a> = Box<dyn Fn(usize) -> Value + Sync + 'a>;

/// The top-level arrays in key order (the order serde_json's map writes them), each as a
/// length and a function making its n-th element, so a writer can make the elements in
/// parallel and hold only a window of them.
fn sections(t: &Timeline) -> [(&'static str, usize, Element<'_>); 5] {
    [
        (
            "documents",
            t.documents.len(),
            Box::new(|n| {
                let d = &t.documents[n];
                json!({"id": d.id, "published": d.published.to_string(), "title": d.title, "url": d.url, "source": d.source})
            }),
        ),
        (
            "events",
            t.events.len(),
            Box::new(|n| event(t, &t.events[n])),
        ),
        (
            "relations",
            t.relations.len(),
            Box::new(|n| {
                let r = &t.relations[n];
                json!({"from": t.events[r.from].id, "to": t.events[r.to].id, "type": r.kind.as_str(), "evidence": r.evidence})
            }),
        ),
        (
            "timexes",
            t.timexes.len(),
            Box::new(|n| timex(t, &t.timexes[n])),
        ),
        (
            "warnings",
            t.warnings.len(),
            Box::new(|n| json!(t.warnings[n])),
        ),
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

/// Elements made and held at once by [`write_to`].
const WINDOW: usize = 1 << 14;
/// Elements made by one task.
const CHUNK: usize = 256;

/// Like [`write`], into any writer (a file, standard output) without holding the output.
/// Elements are made in parallel a window at a time and written in order.
pub fn write_to(t: &Timeline, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use rayon::prelude::*;
    out.write_all(b"{")?;
    for (k, (name, len, element)) in sections(t).into_iter().enumerate() {
        out.write_all(if k == 0 { b"\n  \"" } else { b",\n  \"" })?;
        out.write_all(name.as_bytes())?;
        out.write_all(b"\": [")?;
        for window in (0..len).step_by(WINDOW) {
            let end = (window + WINDOW).min(len);
            let chunks: Vec<Vec<u8>> = (window..end)
                .step_by(CHUNK)
                .collect::<Vec<_>>()
                .into_par_iter()
                .map(|from| {
                    let mut buf = Vec::new();
                    let mut pretty = Vec::new();
                    for n in from..(from + CHUNK).min(end) {
                        // Every element follows a comma but the first of the array.
                        buf.extend_from_slice(if n == 0 { b"\n    " } else { b",\n    " });
                        pretty.clear();
                        // A serde_json::Value always serialises.
                        serde_json::to_writer_pretty(&mut pretty, &element(n)).expect("JSON value");
                        // Two levels deeper than a top-level value. A line break in the pretty
                        // output is always structural: breaks inside strings are escaped.
                        for (i, line) in pretty.split(|&b| b == b'\n').enumerate() {
                            if i > 0 {
                                buf.extend_from_slice(b"\n    ");
                            }
                            buf.extend_from_slice(line);
                        }
                    }
                    buf
                })
                .collect();
            for c in chunks {
                out.write_all(&c)?;
            }
        }
        if len > 0 {
            out.write_all(b"\n  ")?;
        }
        out.write_all(b"]")?;
    }
    out.write_all(b"\n}\n")
}
