//! JSON Lines: one object per line, read line by line so a corpus of any size streams.
//! A broken line is skipped with its number; the lines around it are still read.

use super::decode::{not_utf8_message, Decoded};
use super::record::{self, Place};
use super::{InputOptions, Origin, Skipped};
use crate::Document;
use serde_json::Value;
use std::io::{BufRead, BufReader};

/// The documents of one JSON Lines source, in order.
pub struct Records {
    reader: BufReader<Decoded>,
    origin: Origin,
    opts: InputOptions,
    /// Number of the line last read (1-based).
    line: usize,
    buf: Vec<u8>,
    any_bytes: bool,
    any_record: bool,
    done: bool,
}

impl Records {
    pub fn new(origin: Origin, reader: Decoded, opts: InputOptions) -> Self {
        Records {
            reader: BufReader::new(reader),
            origin,
            opts,
            line: 0,
            buf: Vec::new(),
            any_bytes: false,
            any_record: false,
            done: false,
        }
    }

    /// One non-blank line into a document, or the reason it is skipped.
    fn parse_line(&self, bytes: &[u8]) -> Result<Document, String> {
        let line = std::str::from_utf8(bytes).map_err(|_| not_utf8_message(Some(self.line)))?;
        let value: Value = serde_json::from_str(line).map_err(|e| {
            format!(
                "broken JSON at column {}: {e}; fix the line or remove it",
                e.column()
            )
        })?;
        let Value::Object(object) = value else {
            return Err("the line is not a JSON object; write one {...} object per line".into());
        };
        let fields = record::from_json(&object)?;
        let place = Place {
            default_id: format!("{}:{}", self.origin.stem, self.line),
            source: format!("{}:{}", self.origin.path.display(), self.line),
        };
        record::build(fields, place, &self.opts)
    }
}

impl Iterator for Records {
    type Item = Result<Document, Skipped>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    // Every file gives at least one item, so nothing vanishes unnoticed.
                    if !self.any_bytes {
                        return Some(Err(self.origin.skip(None, super::EMPTY.into())));
                    }
                    if !self.any_record {
                        return Some(Err(self.origin.skip(None, super::NO_RECORDS.into())));
                    }
                }
                Ok(_) => {
                    self.line += 1;
                    self.any_bytes = true;
                    let bytes = trim_line_end(&self.buf);
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.any_record = true;
                    let result = self
                        .parse_line(bytes)
                        .map_err(|reason| self.origin.skip(Some(self.line), reason));
                    return Some(result);
                }
                Err(e) => {
                    // The stream cannot be trusted past a read error (damaged UTF-16, I/O).
                    self.done = true;
                    let reason = format!("cannot read further: {e}");
                    return Some(Err(self.origin.skip(Some(self.line + 1), reason)));
                }
            }
        }
        None
    }
}

fn trim_line_end(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}
