//! `.json` files: one object, or an array of objects, with the JSON Lines fields.
//!
//! A JSON document has to be parsed whole, so unlike JSON Lines this reads the whole file;
//! large corpora belong in JSON Lines.

use super::decode::decode_all;
use super::record::{self, Place};
use super::{InputOptions, Origin, Skipped};
use crate::Document;
use serde_json::Value;

/// All documents of one JSON file (or the reason it cannot be read).
pub fn read(
    origin: &Origin,
    bytes: Vec<u8>,
    opts: &InputOptions,
) -> Vec<Result<Document, Skipped>> {
    let text = match decode_all(bytes) {
        Ok(text) => text,
        Err((line, reason)) => return vec![Err(origin.skip(line, reason))],
    };
    if text.trim().is_empty() {
        return vec![Err(origin.skip(None, super::EMPTY.into()))];
    }
    let value: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(e) => {
            let reason = format!("broken JSON at column {}: {e}; fix the file", e.column());
            return vec![Err(origin.skip(Some(e.line()), reason))];
        }
    };
    let path = origin.path.display();
    match value {
        Value::Object(object) => {
            let place = Place {
                default_id: origin.stem.clone(),
                source: path.to_string(),
            };
            let doc = record::from_json(&object).and_then(|f| record::build(f, place, opts));
            vec![doc.map_err(|reason| origin.skip(None, reason))]
        }
        Value::Array(items) if items.is_empty() => {
            vec![Err(origin.skip(None, super::NO_RECORDS.into()))]
        }
        Value::Array(items) => {
            let lines = item_lines(&text);
            items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let number = index + 1;
                    let line = lines.get(index).copied();
                    let source = match line {
                        Some(line) => format!("{path}:{line}"),
                        None => path.to_string(),
                    };
                    let place = Place {
                        default_id: format!("{}:{number}", origin.stem),
                        source,
                    };
                    let doc = match item {
                        Value::Object(object) => {
                            record::from_json(object).and_then(|f| record::build(f, place, opts))
                        }
                        _ => Err(
                            "the array item is not an object; the array must hold {...} \
                                  objects only"
                                .to_string(),
                        ),
                    };
                    doc.map_err(|reason| {
                        origin.skip(line, format!("item {number} of the array: {reason}"))
                    })
                })
                .collect()
        }
        _ => vec![Err(origin.skip(
            None,
            "the file holds neither an object nor an array of objects; write {...} or [{...}, ...]"
                .into(),
        ))],
    }
}

/// The 1-based line on which each item of the top-level array starts. `serde_json::Value`
/// keeps no positions, so this walks the (already validated) text once, tracking strings and
/// nesting depth.
fn item_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut want_item = false;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        if depth == 1 && want_item && !c.is_whitespace() && c != ']' {
            lines.push(line);
            want_item = false;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => {
                depth += 1;
                if depth == 1 {
                    want_item = true;
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => want_item = true,
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_lines_follow_nesting_and_strings() {
        let text = "[\n {\"a\": [1, 2],\n  \"b\": \"x,]\\\"\\n\"},\n\n {\"c\": {}}, 3,\n\"s\"\n]";
        assert_eq!(item_lines(text), vec![2, 5, 5, 6]);
        assert_eq!(item_lines("[]"), Vec::<usize>::new());
        assert_eq!(item_lines("[{}]"), vec![1]);
    }
}
