//! CSV with a header row naming the fields (`id`, `published`/`dct`/`date`, `title`, `url`,
//! `text`; any case, any order, other columns ignored). Read record by record with the `csv`
//! crate, which handles quoted fields holding commas and newlines.

use super::decode::{not_utf8_message, Decoded};
use super::record::{self, Fields, Place, DATE_FIELDS};
use super::{InputOptions, Origin, Skipped};
use crate::{Document, Error};
use ::csv::{ByteRecord, ReaderBuilder};

/// Why the header row stops a CSV source before its first record.
pub enum HeaderError {
    /// The file cannot be used at all (no `text` column): the run stops.
    Fatal(Error),
    /// The file cannot be read (empty, not UTF-8, I/O): a warning, and the run goes on.
    Skip(Skipped),
}

/// Which column holds which field.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Columns {
    id: Option<usize>,
    published: Option<(usize, &'static str)>,
    title: Option<usize>,
    url: Option<usize>,
    text: usize,
    width: usize,
}

/// The documents of one CSV source, in order.
pub struct Records {
    reader: ::csv::Reader<Decoded>,
    columns: Columns,
    origin: Origin,
    opts: InputOptions,
    record: ByteRecord,
    any_record: bool,
    done: bool,
}

/// Read the header row of `reader` and get ready to read its records.
pub fn open(origin: Origin, reader: Decoded, opts: InputOptions) -> Result<Records, HeaderError> {
    // The header is read as an ordinary record so its line number and bytes are ours to
    // check; `flexible` lets a short record through to be reported, instead of the reader
    // failing.
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut header = ByteRecord::new();
    let skip = |line, reason| HeaderError::Skip(origin.skip(line, reason));
    match reader.read_byte_record(&mut header) {
        Ok(true) => {}
        Ok(false) => return Err(skip(None, super::EMPTY.into())),
        Err(e) => return Err(skip(error_line(&e), csv_error_reason(&e))),
    }
    let line = record_line(&header);
    let mut names = Vec::with_capacity(header.len());
    for field in header.iter() {
        let name = std::str::from_utf8(field)
            .map_err(|_| skip(Some(line), not_utf8_message(Some(line))))?;
        names.push(name.trim().to_lowercase());
    }
    let find = |name: &str| names.iter().position(|n| n == name);
    let Some(text) = find("text") else {
        let found = if names.iter().all(String::is_empty) {
            "no column names".to_string()
        } else {
            format!("the columns are: {}", names.join(", "))
        };
        return Err(HeaderError::Fatal(
            Error::new(format!("the CSV header row has no `text` column ({found})"))
                .in_file(&origin.path)
                .at_line(line)
                .hint("the first row must name the columns; call the one holding the article text `text`"),
        ));
    };
    let columns = Columns {
        id: find("id"),
        published: DATE_FIELDS
            .iter()
            .find_map(|&name| find(name).map(|i| (i, name))),
        title: find("title"),
        url: find("url"),
        text,
        width: names.len(),
    };
    Ok(Records {
        reader,
        columns,
        origin,
        opts,
        record: ByteRecord::new(),
        any_record: false,
        done: false,
    })
}

impl Records {
    /// The current record into a document, or the reason it is skipped.
    fn document(&self, line: usize) -> Result<Document, String> {
        let record = &self.record;
        let width = self.columns.width;
        if record.len() != width {
            return Err(format!(
                "the record has {} fields but the header has {width}; quote fields that hold \
                 commas, and check for a missing or extra separator",
                record.len()
            ));
        }
        let get = |index: Option<usize>| -> Result<Option<String>, String> {
            let Some(bytes) = index.and_then(|i| record.get(i)) else {
                return Ok(None);
            };
            let value = std::str::from_utf8(bytes).map_err(|_| not_utf8_message(Some(line)))?;
            Ok(Some(value.to_string()))
        };
        // Blank cells mean "not given", except for the text, which is taken as it is.
        let given = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
        let (date_column, date_name) = match self.columns.published {
            Some((index, name)) => (Some(index), name),
            None => (None, "published"),
        };
        let fields = Fields {
            id: given(get(self.columns.id)?).map(|v| v.trim().to_string()),
            published: given(get(date_column)?).map(|v| (v, date_name)),
            title: given(get(self.columns.title)?),
            url: given(get(self.columns.url)?).map(|v| v.trim().to_string()),
            text: get(Some(self.columns.text))?,
        };
        let place = Place {
            default_id: format!("{}:{line}", self.origin.stem),
            source: format!("{}:{line}", self.origin.path.display()),
        };
        record::build(fields, place, &self.opts)
    }
}

impl Iterator for Records {
    type Item = Result<Document, Skipped>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => {
                self.any_record = true;
                let line = record_line(&self.record);
                let result = self
                    .document(line)
                    .map_err(|reason| self.origin.skip(Some(line), reason));
                Some(result)
            }
            Ok(false) => {
                self.done = true;
                // Every file gives at least one item, so nothing vanishes unnoticed.
                (!self.any_record).then(|| Err(self.origin.skip(None, super::NO_RECORDS.into())))
            }
            Err(e) => {
                // After an I/O error (or damaged UTF-16) the rest of the stream is lost.
                if matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
                    self.done = true;
                }
                Some(Err(self.origin.skip(error_line(&e), csv_error_reason(&e))))
            }
        }
    }
}

/// The line a record starts on (the `csv` crate counts from 1).
fn record_line(record: &ByteRecord) -> usize {
    record
        .position()
        .map_or(1, |p| usize::try_from(p.line()).unwrap_or(usize::MAX))
}

fn error_line(e: &::csv::Error) -> Option<usize> {
    e.position().and_then(|p| usize::try_from(p.line()).ok())
}

fn csv_error_reason(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::Io(io) => format!("cannot read further: {io}"),
        _ => format!("broken CSV: {e}; fix the record"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use std::path::PathBuf;

    fn records(text: &str) -> Result<Records, HeaderError> {
        let origin = Origin {
            path: PathBuf::from("t.csv"),
            stem: "t".into(),
        };
        let opts = InputOptions::default();
        open(
            origin,
            Box::new(Cursor::new(text.as_bytes().to_vec())),
            opts,
        )
    }

    #[test]
    fn header_names_any_case_and_synonyms() {
        let Ok(r) = records(" Text ,DCT,Id,extra\n") else {
            panic!("header should be accepted");
        };
        assert_eq!(
            r.columns,
            Columns {
                id: Some(2),
                published: Some((1, "dct")),
                title: None,
                url: None,
                text: 0,
                width: 4
            }
        );
    }

    #[test]
    fn missing_text_column_is_fatal_with_the_header_line() {
        match records("id,published\n1,2025-04-17\n") {
            Err(HeaderError::Fatal(e)) => {
                assert_eq!(e.line, Some(1));
                assert!(
                    e.message.contains("columns are: id, published"),
                    "{}",
                    e.message
                );
            }
            _ => panic!("expected a fatal error"),
        }
    }

    #[test]
    fn header_only_file_says_so() {
        let Ok(mut r) = records("text,published\n") else {
            panic!("header should be accepted");
        };
        let skipped = r.next().unwrap().unwrap_err();
        assert!(skipped.reason.contains("no records"), "{}", skipped.reason);
        assert!(r.next().is_none());
    }
}
