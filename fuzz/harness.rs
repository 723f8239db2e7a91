//! The bodies of the fuzz targets, shared by the cargo-fuzz binaries (fuzz/fuzz_targets/) and
//! by tests/fuzz_regressions.rs, which replays every input that once crashed a target on
//! stable `cargo test`. Each function takes the raw bytes libFuzzer made up and panics only
//! where timeliner broke a promise: a panic inside timeliner, or a check below that fails.

#![allow(dead_code)]

use chrono::{Datelike, NaiveDate};
use std::io::Cursor;
use std::path::Path;
use timeliner::cli::InputFormat;
use timeliner::input::{self, InputOptions};
use timeliner::Document;

/// The first byte chooses a fallback publication date (or none), the rest is the file.
fn reader_options(data: &[u8], format: InputFormat) -> (InputOptions, &[u8]) {
    let (first, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let published = if first & 1 == 1 {
        NaiveDate::from_ymd_opt(2025, 4, 17)
    } else {
        None
    };
    let opts = InputOptions {
        published,
        stdin_format: Some(format),
    };
    (opts, rest)
}

/// Reads `bytes` as one stream in `format`; every item is either a document or a skip with a
/// reason. Returns the number of items.
fn read_stream(bytes: &[u8], format: InputFormat, opts: &InputOptions, name: &str) -> usize {
    let inputs = match input::open_reader(Cursor::new(bytes.to_vec()), Path::new(name), opts) {
        Ok(inputs) => inputs,
        // A fatal problem (a CSV without a `text` column) is a clean error, not a crash.
        Err(e) => {
            assert!(!e.message.is_empty(), "an error without a message");
            return 0;
        }
    };
    let mut items = 0;
    for item in inputs {
        items += 1;
        match item {
            Ok(doc) => check_document(&doc),
            Err(skipped) => {
                assert!(!skipped.reason.is_empty(), "a skip without a reason");
                assert_eq!(skipped.file, Path::new(name));
            }
        }
    }
    // Every source gives at least one item (an empty file is a skip), so nothing vanishes.
    assert!(
        items >= 1,
        "{format:?}: no item at all for {} bytes",
        bytes.len()
    );
    items
}

fn check_document(doc: &Document) {
    assert!(!doc.id.is_empty() || doc.source.contains(':') || !doc.source.is_empty());
    // Publication dates come from the header parser, which keeps to four-digit years.
    assert!((1000..=9999).contains(&doc.published.year()));
}

/// Front matter: `.txt` and `.md` files. One file is always exactly one item.
pub fn read_text(data: &[u8]) {
    let format = if data.first().is_some_and(|b| b & 2 == 2) {
        InputFormat::Md
    } else {
        InputFormat::Txt
    };
    let (opts, rest) = reader_options(data, format);
    let items = read_stream(rest, format, &opts, "fuzz.txt");
    assert_eq!(items, 1, "a text file is one document or one skip");
}

/// JSON Lines (and whole JSON files, chosen by the second bit of the first byte).
pub fn read_jsonl(data: &[u8]) {
    let format = if data.first().is_some_and(|b| b & 2 == 2) {
        InputFormat::Json
    } else {
        InputFormat::Jsonl
    };
    let (opts, rest) = reader_options(data, format);
    let items = read_stream(rest, format, &opts, "fuzz.jsonl");
    // Plain UTF-8 JSON Lines: one item per non-blank line, so no line is ever lost.
    if format == InputFormat::Jsonl && !rest.starts_with(b"\xef\xbb\xbf") {
        if let Ok(text) = std::str::from_utf8(rest) {
            let lines = text
                .split('\n')
                .filter(|l| !l.bytes().all(|b| b.is_ascii_whitespace()))
                .count();
            assert_eq!(items, lines.max(1), "items vs non-blank lines");
        }
    }
}

/// CSV with a header row.
pub fn read_csv(data: &[u8]) {
    let (opts, rest) = reader_options(data, InputFormat::Csv);
    read_stream(rest, InputFormat::Csv, &opts, "fuzz.csv");
}

/// TimeML, strict and lenient.
pub fn timeml(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let lenient = timeliner::timeml::parse_lenient(&text);
    let strict = timeliner::timeml::parse(&text);
    if let Ok(doc) = &strict {
        assert!(doc.dct.is_some(), "strict parse without a DCT");
    }
    if let Ok(doc) = lenient {
        // Offsets are code points into the text, and the covered text is what they cover.
        let chars: Vec<char> = doc.text.chars().collect();
        for t in &doc.timexes {
            assert!(t.start <= t.end && t.end <= chars.len(), "offsets {t:?}");
            let covered: String = chars[t.start..t.end].iter().collect();
            assert_eq!(covered, t.text);
        }
    }
}

/// The oldest and newest days chrono can hold, as days from 1 January of year 1.
const MIN_DAY: i32 = -95_000_000;
const MAX_DAY: i32 = 95_000_000;

/// A publication date from four bytes: mostly years 1 to 9999, sometimes far outside
/// (chrono reaches about ±262 000 years), and the edges themselves.
pub fn date_from(bytes: [u8; 4]) -> NaiveDate {
    let n = i32::from_le_bytes(bytes);
    let day = match n & 3 {
        // Years 1 to 9999.
        0 | 1 => 1 + (n >> 2).rem_euclid(3_652_059),
        // Anywhere chrono can go.
        2 => (n >> 2).clamp(MIN_DAY, MAX_DAY),
        // Near the edges: year 1, year 9999, and chrono's own first and last days.
        _ => {
            let off = (n >> 4).rem_euclid(800);
            match (n >> 2) & 3 {
                0 => 1 + off,
                1 => 3_652_059 - off,
                2 => NaiveDate::MIN.num_days_from_ce() + off,
                _ => NaiveDate::MAX.num_days_from_ce() - off,
            }
        }
    };
    NaiveDate::from_num_days_from_ce_opt(day).unwrap_or(NaiveDate::MIN)
}

/// Scanner, tense, resolver, events, ordering and the exports on any text with any date.
pub fn annotate(data: &[u8]) {
    let mut head = [0u8; 4];
    let n = data.len().min(4);
    head[..n].copy_from_slice(&data[..n]);
    let published = date_from(head);
    let text = String::from_utf8_lossy(&data[n..]).into_owned();
    let doc = Document::new("fuzz", published, text);
    let timexes = timeliner::annotate(&doc);
    // (expressions never overlap: TimeML could not tag both)
    for w in timexes.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "overlapping {:?} and {:?}",
            w[0].text,
            w[1].text
        );
    }
    for t in &timexes {
        assert!(t.start <= t.end && t.end <= doc.text.len(), "offsets {t:?}");
        assert!(doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end));
        if let Some(interval) = &t.value.interval {
            if let (Some(s), Some(e)) = (interval.start, interval.end) {
                assert!(s < e, "empty interval for {:?}: {interval:?}", t.text);
            }
        }
    }
    let timeline = timeliner::timeline::build(std::slice::from_ref(&doc));
    let mut out = Vec::new();
    timeliner::export::json::write(&timeline, &mut out);
    timeliner::export::csv::write(&timeline, Default::default(), &mut out);
}

/// The case-file reader of `check`, and running what it read.
pub fn check_cases(data: &[u8]) {
    let (first, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let path = if first & 1 == 1 {
        Path::new("fuzz.csv")
    } else {
        Path::new("fuzz.tsv")
    };
    if let Ok(rows) = timeliner::check::parse::parse_cases(path, rest) {
        let outcomes = timeliner::check::run_rows(rows, &timeliner::annotate);
        let _ = outcomes.len();
    }
}
