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
    if let Some((role, other)) = &x.range {
        m.insert("range".into(), json!({"role": role, "with": other}));
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

/// A JSON value borrowing its strings, for writing: building `serde_json::Value`s (a map
/// with owned keys per object) was most of the cost of writing a million events.
enum J<'a> {
    Str(&'a str),
    Owned(String),
    Num(usize),
    Bool(bool),
    Null,
    /// Keys in serde_json's order (sorted), as [`to_value`] writes them.
    Obj(Vec<(&'static str, J<'a>)>),
    Arr(Vec<J<'a>>),
}

impl<'a> J<'a> {
    fn opt_str(s: Option<&'a str>) -> Self {
        s.map_or(J::Null, J::Str)
    }
    fn opt_owned(s: Option<String>) -> Self {
        s.map_or(J::Null, J::Owned)
    }
}

/// True when `s` has no control character, quote or backslash (nothing serde_json escapes). Tested
/// sixteen bytes at a time without stopping early inside a block, which the compiler turns
/// into vector instructions: nearly every string of a timeline passes, so all of it is read.
fn needs_no_escape(s: &[u8]) -> bool {
    let plain = |b: u8| b >= 0x20 && b != b'"' && b != b'\\';
    let mut blocks = s.chunks_exact(16);
    for block in &mut blocks {
        if !block.iter().fold(true, |ok, &b| ok & plain(b)) {
            return false;
        }
    }
    blocks.remainder().iter().all(|&b| plain(b))
}

/// Writes `j` as serde_json's pretty printer does at nesting `depth` (two spaces a level).
fn pretty(j: &J, depth: usize, out: &mut Vec<u8>) {
    fn newline(depth: usize, out: &mut Vec<u8>) {
        out.push(b'\n');
        out.resize(out.len() + depth * 2, b' ');
    }
    fn string(s: &str, out: &mut Vec<u8>) {
        // serde_json escapes exactly the control characters, '"' and '\\': a string without
        // them (nearly every one) is copied as it is, and the others go through serde_json.
        if needs_no_escape(s.as_bytes()) {
            out.reserve(s.len() + 2);
            out.push(b'"');
            out.extend_from_slice(s.as_bytes());
            out.push(b'"');
        } else {
            serde_json::to_writer(&mut *out, s).expect("a string serialises");
        }
    }
    match j {
        J::Str(s) => string(s, out),
        J::Owned(s) => string(s, out),
        J::Num(n) => out.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes()),
        J::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        J::Null => out.extend_from_slice(b"null"),
        J::Obj(fields) if fields.is_empty() => out.extend_from_slice(b"{}"),
        J::Obj(fields) => {
            debug_assert!(fields.windows(2).all(|w| w[0].0 < w[1].0), "keys sorted");
            out.push(b'{');
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                newline(depth + 1, out);
                string(k, out);
                out.extend_from_slice(b": ");
                pretty(v, depth + 1, out);
            }
            newline(depth, out);
            out.push(b'}');
        }
        J::Arr(items) if items.is_empty() => out.extend_from_slice(b"[]"),
        J::Arr(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                newline(depth + 1, out);
                pretty(v, depth + 1, out);
            }
            newline(depth, out);
            out.push(b']');
        }
    }
}

fn interval_j(iv: &Option<Interval>) -> J<'static> {
    match iv {
        Some(iv) => J::Obj(vec![
            ("end", J::opt_owned(iv.end.map(instant))),
            ("start", J::opt_owned(iv.start.map(instant))),
        ]),
        None => J::Null,
    }
}

/// An event as [`event`] makes it, for writing.
fn event_j<'a>(t: &'a Timeline, e: &'a crate::timeline::Event) -> J<'a> {
    let mut m = Vec::with_capacity(12);
    if let Some(claims) = &e.conflict {
        let claims = claims
            .iter()
            .map(|(d, v)| {
                J::Obj(vec![
                    ("document", J::Str(&t.documents[*d].id)),
                    ("value", J::Str(v)),
                ])
            })
            .collect();
        m.push(("conflict", J::Obj(vec![("claims", J::Arr(claims))])));
    }
    m.push(("document", J::Str(&t.documents[e.document].id)));
    m.push(("end", J::Num(e.end)));
    m.push(("id", J::Str(&e.id)));
    let mentions = e
        .mentions
        .iter()
        .map(|mn| {
            J::Obj(vec![
                ("document", J::Str(&t.documents[mn.document].id)),
                ("end", J::Num(mn.end)),
                (
                    "expression",
                    J::opt_str(mn.timex.map(|i| t.timexes[i].text.as_str())),
                ),
                ("start", J::Num(mn.start)),
                ("text", J::Str(&mn.text)),
            ])
        })
        .collect();
    m.push(("mentions", J::Arr(mentions)));
    m.push(("order", J::Num(e.order)));
    m.push(("sentence", J::Str(&e.sentence)));
    m.push(("start", J::Num(e.start)));
    m.push(("tense", J::Str(e.tense)));
    m.push(("text", J::Str(&e.text)));
    let time = match &e.time {
        Some(tm) => {
            let x = &t.timexes[tm.timex];
            let iv = e.interval.or(x.interval);
            J::Obj(vec![
                ("end", J::opt_owned(iv.and_then(|i| i.end).map(instant))),
                ("inherited", J::Bool(tm.inherited)),
                ("start", J::opt_owned(iv.and_then(|i| i.start).map(instant))),
                ("timex", J::Str(&x.id)),
                ("value", J::Str(&x.value)),
            ])
        }
        None => J::Null,
    };
    m.push(("time", time));
    m.push(("trigger", J::Str(&e.trigger)));
    J::Obj(m)
}

/// An expression as [`timex`] makes it, for writing.
fn timex_j<'a>(t: &'a Timeline, x: &'a crate::timeline::TimexRecord) -> J<'a> {
    let mut m = Vec::with_capacity(12);
    if let Some(a) = &x.anchor {
        m.push(("anchorTimeID", J::Str(a)));
    }
    m.push(("document", J::Str(&t.documents[x.document].id)));
    m.push(("end", J::Num(x.end)));
    m.push(("grain", J::opt_str(x.grain.map(|g| g.as_str()))));
    m.push(("id", J::Str(&x.id)));
    m.push(("interval", interval_j(&x.interval)));
    if let Some(md) = x.modifier {
        m.push(("mod", J::Str(md.as_str())));
    }
    if let Some((role, other)) = &x.range {
        m.push((
            "range",
            J::Obj(vec![("role", J::Str(role)), ("with", J::Str(other))]),
        ));
    }
    m.push(("reason", J::Str(&x.reason)));
    m.push(("start", J::Num(x.start)));
    m.push(("text", J::Str(&x.text)));
    m.push(("type", J::Str(x.kind.as_str())));
    m.push(("value", J::Str(&x.value)));
    J::Obj(m)
}

/// A relation as [`sections`] makes it, for writing.
fn relation_j<'a>(t: &'a Timeline, r: &'a crate::timeline::Relation) -> J<'a> {
    J::Obj(vec![
        ("evidence", J::Str(&r.evidence)),
        ("from", J::Str(&t.events[r.from].id)),
        ("to", J::Str(&t.events[r.to].id)),
        ("type", J::Str(r.kind.as_str())),
    ])
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
/// Elements are made in parallel a window at a time and written in order; the current thread
/// writes one window while the pool makes the next.
pub fn write_to(t: &Timeline, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    out.write_all(b"{")?;
    for (k, (name, len, element)) in sections(t).into_iter().enumerate() {
        out.write_all(if k == 0 { b"\n  \"" } else { b",\n  \"" })?;
        out.write_all(name.as_bytes())?;
        out.write_all(b"\": [")?;
        let mut made: Vec<Vec<u8>> = Vec::new();
        for window in (0..len).step_by(WINDOW) {
            let end = (window + WINDOW).min(len);
            let mut next: Vec<Vec<u8>> = Vec::new();
            let written = rayon::in_place_scope(|s| {
                s.spawn(|_| next = make_window(t, name, &element, window, end));
                made.iter().try_for_each(|c| out.write_all(c))
            });
            written?;
            made = next;
        }
        for c in &made {
            out.write_all(c)?;
        }
        if len > 0 {
            out.write_all(b"\n  ")?;
        }
        out.write_all(b"]")?;
    }
    out.write_all(b"\n}\n")
}

/// Elements `window..end` of section `name`, each preceded by its separator, in chunks made
/// in parallel (in order).
fn make_window(
    t: &Timeline,
    name: &str,
    element: &Element<'_>,
    window: usize,
    end: usize,
) -> Vec<Vec<u8>> {
    use rayon::prelude::*;
    (window..end)
        .step_by(CHUNK)
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|from| {
            let mut buf = Vec::new();
            let mut pretty_value = Vec::new();
            for n in from..(from + CHUNK).min(end) {
                // Every element follows a comma but the first of the array.
                buf.extend_from_slice(if n == 0 { b"\n    " } else { b",\n    " });
                // The three large sections are written from borrowed trees; the rest
                // through serde_json values, indented two levels deeper than a
                // top-level value (a line break in the pretty output is always
                // structural: breaks inside strings are escaped).
                match name {
                    "events" => pretty(&event_j(t, &t.events[n]), 2, &mut buf),
                    "timexes" => pretty(&timex_j(t, &t.timexes[n]), 2, &mut buf),
                    "relations" => pretty(&relation_j(t, &t.relations[n]), 2, &mut buf),
                    _ => {
                        pretty_value.clear();
                        serde_json::to_writer_pretty(&mut pretty_value, &element(n))
                            .expect("JSON value");
                        for (i, line) in pretty_value.split(|&b| b == b'\n').enumerate() {
                            if i > 0 {
                                buf.extend_from_slice(b"\n    ");
                            }
                            buf.extend_from_slice(line);
                        }
                    }
                }
            }
            buf
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::needs_no_escape;

    /// The block test agrees with a byte-by-byte one wherever the character that needs an
    /// escape sits (first, last, inside a block, in the remainder), and with serde_json.
    #[test]
    fn escape_test_agrees_byte_by_byte() {
        for len in 0..40 {
            for at in 0..=len {
                for special in [0u8, b'\n', 0x1f, b'"', b'\\', b'a', 0x7f, 0xc3] {
                    let mut s = vec![b'x'; len];
                    if at < len {
                        s[at] = special;
                    }
                    let simple = s.iter().all(|&b| b >= 0x20 && b != b'"' && b != b'\\');
                    assert_eq!(needs_no_escape(&s), simple, "{s:?}");
                    if let Ok(text) = std::str::from_utf8(&s) {
                        let quoted = serde_json::to_string(text).expect("a string");
                        assert_eq!(simple, quoted.len() == text.len() + 2, "{text:?}");
                    }
                }
            }
        }
    }
}
