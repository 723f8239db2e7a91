//! Case files: TSV or CSV tables of sentences with marked expressions and their expected values.
//!
//! Columns (header row required, names case-insensitive, in any order):
//! `published`, `text`, `expected`, and optional `interval`, `type`, `mod`, `note`.
//! A malformed row becomes a [`Row::Malformed`] with its line; the other rows still run.

use crate::error::{Error, Result};
use crate::timex::{midnight, Interval, Mod, TimexType};
use chrono::{NaiveDate, NaiveDateTime};
use std::path::{Path, PathBuf};

/// One expression marked in a case's text, with what is expected of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// Byte offsets into [`Case::text`] (the brackets removed).
    pub start: usize,
    pub end: usize,
    /// The TIMEX3 value.
    pub value: String,
    /// `None`: not checked; `Some(None)`: the expression must have no interval.
    pub interval: Option<Option<Interval>>,
    /// `None`: not checked.
    pub kind: Option<TimexType>,
    /// The TIMEX3 `mod`: `None` not checked, `Some(None)` must have none ("-").
    pub modifier: Option<Option<Mod>>,
}

/// One row of a case file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub file: PathBuf,
    /// 1-based line where the row starts.
    pub line: usize,
    pub published: NaiveDate,
    /// The text as written, with its brackets.
    pub marked: String,
    /// The sentence the annotator sees: brackets removed.
    pub text: String,
    /// One per bracketed expression, in order. Empty: the text must yield no expression at all.
    pub expected: Vec<Expectation>,
    pub note: Option<String>,
}

/// A row is either a case to run or a malformed row to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Case(Case),
    Malformed(Error),
}

impl Row {
    pub fn line(&self) -> usize {
        match self {
            Row::Case(c) => c.line,
            Row::Malformed(e) => e.line.unwrap_or(0),
        }
    }
}

const COLUMNS: [&str; 7] = [
    "published",
    "text",
    "expected",
    "interval",
    "type",
    "mod",
    "note",
];

/// Where each known column is in the header.
struct Columns {
    index: [Option<usize>; COLUMNS.len()],
}

impl Columns {
    fn get<'r>(&self, rec: &'r csv::StringRecord, name: &str) -> &'r str {
        let i = COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|i| self.index[i]);
        i.and_then(|i| rec.get(i)).unwrap_or("")
    }
}

/// Reads a case file: `.csv` is comma-separated with "quoting"; anything else is tab-separated
/// without quoting (a `"` in a TSV cell is just a character). Lines starting with `#` are comments.
pub fn read_case_file(path: &Path) -> Result<Vec<Row>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    parse_cases(path, &bytes)
}

/// Parses the contents of a case file. Only file-level problems (no header, missing or unknown
/// columns) are errors; a bad row is returned as [`Row::Malformed`].
pub fn parse_cases(path: &Path, bytes: &[u8]) -> Result<Vec<Row>> {
    let csv_file = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let bytes = blank_comments(bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes));
    let mut builder = csv::ReaderBuilder::new();
    builder
        .has_headers(true)
        .flexible(false)
        .delimiter(if csv_file { b',' } else { b'\t' })
        .quoting(csv_file);
    let mut reader = builder.from_reader(bytes.as_slice());
    let header_err = |msg: String| Error::new(msg).in_file(path).at_line(1);
    let header = reader
        .headers()
        .map_err(|e| header_err(format!("cannot read the header row: {e}")))?
        .clone();
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(header_err("no header row".to_string())
            .hint("the first row names the columns: published, text, expected"));
    }
    let mut columns = Columns {
        index: [None; COLUMNS.len()],
    };
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        match COLUMNS.iter().position(|c| *c == name) {
            Some(k) if columns.index[k].is_some() => {
                return Err(header_err(format!("column {name:?} appears twice")));
            }
            Some(k) => columns.index[k] = Some(i),
            None => {
                return Err(header_err(format!("unknown column {name:?}"))
                    .hint("known columns: published, text, expected, interval, type, note"));
            }
        }
    }
    if let Some(missing) = COLUMNS[..3]
        .iter()
        .zip(&columns.index)
        .find(|(_, i)| i.is_none())
    {
        return Err(header_err(format!("no {:?} column", missing.0))
            .hint("a case file needs the columns published, text and expected"));
    }

    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut lines = LineCounter::new(&bytes);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let byte = record.position().map_or(0, |p| p.byte() as usize);
                let line = lines.line_of_record(byte);
                rows.push(match parse_row(path, line, &columns, &record) {
                    Ok(case) => Row::Case(case),
                    Err(e) => Row::Malformed(e),
                });
            }
            Err(e) => {
                let byte = e.position().map_or(0, |p| p.byte() as usize);
                let line = lines.line_of_record(byte);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        format!("malformed row: {len} cells, the header has {expected_len}")
                    }
                    csv::ErrorKind::Utf8 { .. } => "malformed row: not UTF-8 text".to_string(),
                    _ => format!("malformed row: {e}"),
                };
                let hint = if csv_file {
                    "separate cells with commas; quote a cell holding a comma with \"...\""
                } else {
                    "separate cells with one tab each"
                };
                rows.push(Row::Malformed(
                    Error::new(message).in_file(path).at_line(line).hint(hint),
                ));
                if !matches!(
                    e.kind(),
                    csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                ) {
                    break; // an I/O error: the reader cannot go on
                }
            }
        }
    }
    Ok(rows)
}

/// Line numbers from byte offsets. The csv crate's own line numbers skip blank lines, so they
/// are computed here; records come in order, so counting goes forward only.
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            at: 0,
            line: 1,
        }
    }

    /// The line where the record at `byte` starts; the csv crate gives the position before the
    /// blank lines it skipped, so those are stepped over.
    fn line_of_record(&mut self, byte: usize) -> usize {
        let mut byte = byte.min(self.bytes.len());
        while matches!(self.bytes.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        if byte >= self.at {
            self.line += self.bytes[self.at..byte]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.at = byte;
        }
        self.line
    }
}

/// Empties every line starting with `#`, keeping its line end so that line numbers stay right
/// (the csv crate's own comment support loses them); the reader skips blank lines.
fn blank_comments(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if line.first() == Some(&b'#') {
            out.extend(line.iter().filter(|&&b| b == b'\r' || b == b'\n'));
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

fn parse_row(path: &Path, line: usize, cols: &Columns, rec: &csv::StringRecord) -> Result<Case> {
    let bad = |msg: String| {
        Error::new(format!("malformed row: {msg}"))
            .in_file(path)
            .at_line(line)
    };
    let published_cell = cols.get(rec, "published").trim();
    // TODO: accept English dates through crate::input::parse_date once it exists.
    let published = NaiveDate::parse_from_str(published_cell, "%Y-%m-%d").map_err(|_| {
        bad(format!("published {published_cell:?} is not a date"))
            .hint("write YYYY-MM-DD, e.g. 2025-04-17")
    })?;
    let marked = cols.get(rec, "text").to_string();
    let (text, spans) = strip_marks(&marked)
        .map_err(|m| bad(m).hint("mark expressions as [last week]; write \\[ for a bracket"))?;

    let values = split_cell(cols.get(rec, "expected"));
    if values.len() != spans.len() {
        return Err(bad(format!(
            "{} expected value(s) for {} marked expression(s)",
            values.len(),
            spans.len()
        ))
        .hint("give one value per [bracketed] expression, separated by |"));
    }
    if let Some(i) = values.iter().position(|v| v.is_empty()) {
        return Err(bad(format!("expected value #{} is empty", i + 1)));
    }
    let intervals =
        optional_list(cols.get(rec, "interval"), spans.len(), "interval").map_err(&bad)?;
    let kinds = optional_list(cols.get(rec, "type"), spans.len(), "type").map_err(&bad)?;
    let mods = optional_list(cols.get(rec, "mod"), spans.len(), "mod").map_err(&bad)?;

    let mut expected = Vec::with_capacity(spans.len());
    for (i, (start, end)) in spans.into_iter().enumerate() {
        let interval = match intervals.get(i).map(String::as_str) {
            None | Some("") => None,
            Some(cell) => Some(parse_interval(cell).map_err(|m| {
                bad(m).hint(
                    "write start..end with dates or datetimes, e.g. 2025-04-07..2025-04-14 or none",
                )
            })?),
        };
        let kind = match kinds.get(i).map(String::as_str) {
            None | Some("") => None,
            Some(cell) => Some(TimexType::parse(cell).ok_or_else(|| {
                bad(format!("type {cell:?} is not a TIMEX3 type"))
                    .hint("DATE, TIME, DURATION or SET")
            })?),
        };
        let modifier = match mods.get(i).map(String::as_str) {
            None | Some("") => None,
            Some("-") => Some(None),
            Some(cell) => Some(Some(Mod::parse(cell).ok_or_else(|| {
                bad(format!("mod {cell:?} is not a TIMEX3 mod"))
                    .hint("START, MID, END, APPROX, BEFORE, AFTER, ... or - for none")
            })?)),
        };
        expected.push(Expectation {
            start,
            end,
            value: values[i].clone(),
            interval,
            kind,
            modifier,
        });
    }
    let note = cols.get(rec, "note").trim();
    Ok(Case {
        file: path.to_path_buf(),
        line,
        published,
        marked,
        text,
        expected,
        note: (!note.is_empty()).then(|| note.to_string()),
    })
}

/// `a|b|c` into trimmed entries; an empty cell is no entry at all.
fn split_cell(cell: &str) -> Vec<String> {
    if cell.trim().is_empty() {
        return Vec::new();
    }
    cell.split('|').map(|v| v.trim().to_string()).collect()
}

/// An optional per-expression column: empty, or one entry per marked expression.
fn optional_list(cell: &str, n: usize, what: &str) -> std::result::Result<Vec<String>, String> {
    let list = split_cell(cell);
    if !list.is_empty() && list.len() != n {
        return Err(format!(
            "{} {what} entries for {n} marked expression(s) (leave an entry empty to skip it)",
            list.len()
        ));
    }
    Ok(list)
}

/// Removes the `[...]` marks; returns the plain text and the byte spans of the marked parts.
/// `\[`, `\]` and `\\` stand for the characters themselves; `\n` is a line break (a row is
/// one line, and some rules look at paragraphs).
pub fn strip_marks(marked: &str) -> std::result::Result<(String, Vec<(usize, usize)>), String> {
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let mut chars = marked.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some('[' | ']' | '\\')) => {
                text.push(chars.next().unwrap_or('\\'))
            }
            '\\' if chars.peek() == Some(&'n') => {
                chars.next();
                text.push('\n');
            }
            '[' if open.is_some() => {
                return Err("a [ inside a marked expression (marks cannot nest)".to_string())
            }
            '[' => open = Some(text.len()),
            ']' => {
                let start = open.take().ok_or("a ] without its [")?;
                if start == text.len() {
                    return Err("an empty mark []".to_string());
                }
                spans.push((start, text.len()));
            }
            c => text.push(c),
        }
    }
    if open.is_some() {
        return Err("a [ without its ]".to_string());
    }
    Ok((text, spans))
}

/// `start..end` (either side may be empty for an open bound), or `none` for no interval.
pub fn parse_interval(cell: &str) -> std::result::Result<Option<Interval>, String> {
    let cell = cell.trim();
    if cell.eq_ignore_ascii_case("none") || cell == "-" {
        return Ok(None);
    }
    let (a, b) = cell
        .split_once("..")
        .ok_or_else(|| format!("interval {cell:?} has no '..'"))?;
    let bound = |s: &str| -> std::result::Result<Option<NaiveDateTime>, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        parse_moment(s)
            .map(Some)
            .ok_or_else(|| format!("{s:?} in interval {cell:?} is not a date or datetime"))
    };
    let interval = Interval {
        start: bound(a)?,
        end: bound(b)?,
    };
    if let (Some(s), Some(e)) = (interval.start, interval.end) {
        if s >= e {
            return Err(format!(
                "interval {cell:?} ends before it starts (the end is exclusive)"
            ));
        }
    }
    Ok(Some(interval))
}

/// `2025-04-17`, `2025-04-17T15:00` or `2025-04-17T15:00:30` (a space works for the T).
fn parse_moment(s: &str) -> Option<NaiveDateTime> {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(midnight(d));
    }
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// The interval as case files write it: dates alone when at midnight, open bounds empty.
pub fn format_interval(i: &Option<Interval>) -> String {
    let Some(i) = i else {
        return "none".to_string();
    };
    let moment = |m: Option<NaiveDateTime>| match m {
        None => String::new(),
        Some(m) if m.time() == chrono::NaiveTime::MIN => m.format("%Y-%m-%d").to_string(),
        Some(m) if m.format("%S").to_string() == "00" => m.format("%Y-%m-%dT%H:%M").to_string(),
        Some(m) => m.format("%Y-%m-%dT%H:%M:%S").to_string(),
    };
    format!("{}..{}", moment(i.start), moment(i.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_stripped_with_byte_spans() {
        let (text, spans) =
            strip_marks("Zürich said [on Sunday] and \\[sic\\] [next week].").unwrap();
        assert_eq!(text, "Zürich said on Sunday and [sic] next week.");
        assert_eq!(&text[spans[0].0..spans[0].1], "on Sunday");
        assert_eq!(&text[spans[1].0..spans[1].1], "next week");
        let (text, _) = strip_marks("one\\n\\ntwo").unwrap();
        assert_eq!(text, "one\n\ntwo");
        for bad in ["a [b", "a ]b", "[a [b]]", "[]"] {
            assert!(strip_marks(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn intervals_parse_with_open_bounds_and_times() {
        let i = parse_interval("2025-04-07..2025-04-14").unwrap();
        assert_eq!(format_interval(&i), "2025-04-07..2025-04-14");
        let i = parse_interval("2025-04-17T15:00..2025-04-17T16:00").unwrap();
        assert_eq!(format_interval(&i), "2025-04-17T15:00..2025-04-17T16:00");
        assert_eq!(
            format_interval(&parse_interval("..2025-04-17").unwrap()),
            "..2025-04-17"
        );
        assert_eq!(parse_interval("none").unwrap(), None);
        assert!(parse_interval("2025-04-14..2025-04-07").is_err());
        assert!(parse_interval("2025-04-14").is_err());
    }
}
