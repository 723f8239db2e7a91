//! The evaluation interface: one JSON line per document, `{"id", "timexes": [...]}` with code
//! point offsets (what ../shared/eval/score_timex.py reads).

use crate::document::Document;
use crate::text::CharOffsets;
use crate::timex::Timex;
use serde::Serialize;

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    dct: String,
    timexes: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    tid: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<&'static str>,
    #[serde(rename = "anchorTimeID", skip_serializing_if = "Option::is_none")]
    anchor: Option<&'a str>,
    /// "from [March] to [May]": which end this is, and the other end's tid.
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<RangeJson<'a>>,
}

#[derive(Serialize)]
struct RangeJson<'a> {
    role: &'static str,
    with: &'a str,
}

/// Appends the JSON line of one document's expressions to `out` (with the newline).
pub fn write_line(doc: &Document, timexes: &[Timex], out: &mut Vec<u8>) {
    write_object(doc, timexes, out);
    out.push(b'\n');
}

/// Appends the compact JSON object of one document's expressions to `out` (no newline): the
/// element of `annotate --format json`'s array and the body of a JSON line.
pub fn write_object(doc: &Document, timexes: &[Timex], out: &mut Vec<u8>) {
    let offsets = CharOffsets::new(&doc.text);
    let line = Line {
        id: &doc.id,
        dct: doc.published.to_string(),
        timexes: timexes
            .iter()
            .map(|t| Entry {
                tid: &t.id,
                start: offsets.char_of(t.start),
                end: offsets.char_of(t.end),
                text: &t.text,
                kind: t.value.kind.as_str(),
                value: &t.value.value,
                modifier: t.value.modifier.map(|m| m.as_str()),
                anchor: t.anchor.as_deref(),
                range: t.range.as_ref().map(|r| RangeJson {
                    role: r.role,
                    with: &r.other,
                }),
            })
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_writer(&mut *out, &line).expect("JSON of strings and numbers");
}
