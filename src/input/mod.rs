//! Reading articles: files, folders and standard input, in every accepted format, into a
//! stream of [`Document`]s.
//!
//! Two kinds of trouble are kept apart. A problem with what was asked for (a path that does
//! not exist, a folder with no articles, an unknown extension, a CSV with no `text` column)
//! stops the run: [`open`] returns it as an [`Error`]. A problem with one document (a broken
//! line, a missing date, bytes that are not UTF-8) is a [`Skipped`] item in the stream, so
//! the caller can warn and go on; [`read_all`] turns the first one into an error instead.

mod csv;
mod date;
mod decode;
mod front_matter;
mod json;
mod jsonl;
mod record;
mod text;
mod tml;

pub use date::parse_date;

use crate::cli::InputFormat;
use crate::{Document, Error, Result};
use chrono::NaiveDate;
use std::collections::VecDeque;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// How to read the inputs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InputOptions {
    /// The publication date of documents that carry none (`--published`).
    pub published: Option<NaiveDate>,
    /// The format of standard input (`--input-format`); files are known by extension.
    pub stdin_format: Option<InputFormat>,
}

/// A document that could not be read, with where and why (for a warning line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: PathBuf,
    pub line: Option<usize>,
    /// What is wrong and what to do about it.
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl From<Skipped> for Error {
    fn from(skipped: Skipped) -> Self {
        let error = Error::new(skipped.reason).in_file(skipped.file);
        match skipped.line {
            Some(line) => error.at_line(line),
            None => error,
        }
    }
}

/// The reason for a file with nothing in it.
const EMPTY: &str = "file is empty";
/// The reason for a structured file that holds no records.
const NO_RECORDS: &str = "the file holds no records; add some or leave the file out";
/// The extensions of article files, for messages.
const ACCEPTED: &str = ".txt, .md, .jsonl, .json, .csv or .tml";

/// Where documents come from: the path used in messages and sources, and the stem that
/// default ids are made of.
struct Origin {
    path: PathBuf,
    stem: String,
}

impl Origin {
    fn of_file(path: &Path) -> Self {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Origin {
            path: path.to_path_buf(),
            stem,
        }
    }

    fn skip(&self, line: Option<usize>, reason: String) -> Skipped {
        Skipped {
            file: self.path.clone(),
            line,
            reason,
        }
    }
}

/// One source's documents.
type Docs = Box<dyn Iterator<Item = std::result::Result<Document, Skipped>> + Send>;

/// A source that is started on the first call to `next`.
struct Deferred {
    start: Option<Box<dyn FnOnce() -> Docs + Send>>,
    docs: Option<Docs>,
}

impl Deferred {
    fn new(start: impl FnOnce() -> Docs + Send + 'static) -> Self {
        Deferred {
            start: Some(Box::new(start)),
            docs: None,
        }
    }
}

impl Iterator for Deferred {
    type Item = std::result::Result<Document, Skipped>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(start) = self.start.take() {
            self.docs = Some(start());
        }
        self.docs.as_mut()?.next()
    }
}

/// A source waiting its turn. Files are opened only when reached, so a folder of ten
/// thousand articles never holds more than one open file.
enum Pending {
    File(PathBuf, InputFormat),
    /// Already open (standard input, whose header had to be checked up front).
    Ready(Docs),
}

/// The documents of all inputs, one at a time, in the order the paths were given (folders
/// in sorted order).
pub struct Inputs {
    pending: VecDeque<Pending>,
    current: Option<Docs>,
    opts: InputOptions,
}

impl Iterator for Inputs {
    type Item = std::result::Result<Document, Skipped>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(docs) = &mut self.current {
                if let Some(item) = docs.next() {
                    return Some(item);
                }
                self.current = None;
            }
            self.current = Some(match self.pending.pop_front()? {
                Pending::File(path, format) => start_file(&path, format, self.opts),
                Pending::Ready(docs) => docs,
            });
        }
    }
}

impl fmt::Debug for Inputs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inputs")
            .field("pending", &self.pending.len())
            .field("opts", &self.opts)
            .finish()
    }
}

/// Expand the paths (files, folders recursively in sorted order, `-` for standard input)
/// into a streaming iterator of documents. Fatal problems (a missing path, a folder with no
/// articles in it, an unknown extension, a CSV without a `text` column, standard input
/// without a format) are an `Err` here.
pub fn open(paths: &[PathBuf], opts: &InputOptions) -> Result<Inputs> {
    if paths.is_empty() {
        return Err(
            Error::new("no input given").hint("give files, folders, or - for standard input")
        );
    }
    let mut pending = VecDeque::new();
    let mut stdin_used = false;
    for path in paths {
        if path.as_os_str() == "-" {
            if stdin_used {
                return Err(Error::new("standard input (-) is given twice")
                    .in_file("-")
                    .hint("it can only be read once; give - a single time"));
            }
            stdin_used = true;
            let stdin = open_reader(io::stdin(), Path::new("-"), opts)?;
            pending.extend(stdin.pending);
            continue;
        }
        let meta = fs::metadata(path).map_err(|e| Error::io(path, &e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files)?;
            if files.is_empty() {
                return Err(
                    Error::new(format!("the folder holds no articles ({ACCEPTED} files)"))
                        .in_file(path)
                        .hint("check the folder, or give the files themselves"),
                );
            }
            for (file, format) in files {
                check_header(&file, format, opts)?;
                pending.push_back(Pending::File(file, format));
            }
        } else {
            let format = format_of(path).ok_or_else(|| {
                Error::new("this kind of file is not an article format")
                    .in_file(path)
                    .hint(format!("give {ACCEPTED} files, or a folder of them"))
            })?;
            check_header(path, format, opts)?;
            pending.push_back(Pending::File(path.clone(), format));
        }
    }
    Ok(Inputs {
        pending,
        current: None,
        opts: *opts,
    })
}

/// Read documents from any reader (standard input, or a test's bytes) in the format
/// `opts.stdin_format`, which is required since there is no extension to go by. `name` is
/// used in messages and sources (`-` for standard input).
pub fn open_reader<R: Read + Send + 'static>(
    reader: R,
    name: &Path,
    opts: &InputOptions,
) -> Result<Inputs> {
    let format = opts.stdin_format.ok_or_else(|| {
        Error::new("standard input has no file extension to tell its format")
            .in_file(name)
            .hint("pass --input-format txt, md, jsonl, json, csv or tml")
    })?;
    let origin = Origin {
        path: name.to_path_buf(),
        stem: if name.as_os_str() == "-" {
            "stdin".to_string()
        } else {
            Origin::of_file(name).stem
        },
    };
    let docs: Docs = match format {
        // The header of a CSV stream can only be read once, so it is checked now, here,
        // where a missing `text` column can still stop the run.
        InputFormat::Csv => match decode::decoding_reader(reader) {
            Ok(decoded) => match csv::open(origin, decoded, *opts) {
                Ok(records) => Box::new(records),
                Err(csv::HeaderError::Fatal(e)) => return Err(e),
                Err(csv::HeaderError::Skip(skipped)) => Box::new(std::iter::once(Err(skipped))),
            },
            Err(e) => cannot_read(&origin, &e),
        },
        // Everything else waits until the caller asks for the first document, so `open`
        // never blocks on a terminal or a slow pipe.
        _ => {
            let opts = *opts;
            Box::new(Deferred::new(move || {
                read_source(origin, reader, format, opts)
            }))
        }
    };
    Ok(Inputs {
        pending: VecDeque::from([Pending::Ready(docs)]),
        current: None,
        opts: *opts,
    })
}

/// Convenience: read everything; `Err` (with file and line) on the first skipped document.
pub fn read_all(paths: &[PathBuf], opts: &InputOptions) -> Result<Vec<Document>> {
    open(paths, opts)?
        .map(|item| item.map_err(Error::from))
        .collect()
}

/// The format of a file, by its extension (any case).
fn format_of(path: &Path) -> Option<InputFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" => InputFormat::Txt,
        "md" => InputFormat::Md,
        "jsonl" => InputFormat::Jsonl,
        "json" => InputFormat::Json,
        "csv" => InputFormat::Csv,
        "tml" => InputFormat::Tml,
        _ => return None,
    })
}

/// Collect the article files under `dir`, depth first in sorted name order.
fn walk(dir: &Path, files: &mut Vec<(PathBuf, InputFormat)>) -> Result<()> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| Error::io(dir, &e))? {
        let entry = entry.map_err(|e| Error::io(dir, &e))?;
        entries.push(entry);
    }
    // Sorted by name so that the order (and so every output) is the same on every machine.
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        // Hidden files and folders (.git, editor droppings) are not articles.
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        // A folder's README describes the articles; it is not one of them.
        let upper = entry.file_name().to_string_lossy().to_ascii_uppercase();
        if upper == "README.MD" || upper == "README.TXT" {
            continue;
        }
        let kind = entry.file_type().map_err(|e| Error::io(&path, &e))?;
        if kind.is_dir() {
            // `file_type` does not follow links, so a linked folder is never entered and a
            // link cycle cannot trap the walk.
            walk(&path, files)?;
            continue;
        }
        let is_file = kind.is_file() || (kind.is_symlink() && path.is_file());
        if !is_file {
            continue;
        }
        if let Some(format) = format_of(&path) {
            files.push((path, format));
        }
    }
    Ok(())
}

/// A CSV file without a `text` column must stop the run before any output is written, so
/// its header is read now; the file is read again from the start when its turn comes.
/// Other problems with the file (empty, unreadable) are left for the reading to report.
fn check_header(path: &Path, format: InputFormat, opts: &InputOptions) -> Result<()> {
    if format != InputFormat::Csv {
        return Ok(());
    }
    let Ok(file) = File::open(path) else {
        return Ok(());
    };
    let Ok(decoded) = decode::decoding_reader(file) else {
        return Ok(());
    };
    match csv::open(Origin::of_file(path), decoded, *opts) {
        Err(csv::HeaderError::Fatal(e)) => Err(e),
        _ => Ok(()),
    }
}

/// Open a file when its turn comes; a file that cannot be opened is one skipped item.
fn start_file(path: &Path, format: InputFormat, opts: InputOptions) -> Docs {
    let origin = Origin::of_file(path);
    match File::open(path) {
        Ok(file) => read_source(origin, file, format, opts),
        Err(e) => cannot_read(&origin, &e),
    }
}

/// The documents of one source in the given format.
fn read_source<R: Read + Send + 'static>(
    origin: Origin,
    reader: R,
    format: InputFormat,
    opts: InputOptions,
) -> Docs {
    match format {
        InputFormat::Txt | InputFormat::Md => {
            let doc = read_bytes(reader)
                .map_err(|e| origin.skip(None, format!("cannot read: {e}")))
                .and_then(|bytes| text::read(&origin, bytes, &opts));
            Box::new(std::iter::once(doc))
        }
        InputFormat::Tml => {
            let doc = read_bytes(reader)
                .map_err(|e| origin.skip(None, format!("cannot read: {e}")))
                .and_then(|bytes| tml::read(&origin, bytes, &opts));
            Box::new(std::iter::once(doc))
        }
        InputFormat::Json => match read_bytes(reader) {
            Ok(bytes) => Box::new(json::read(&origin, bytes, &opts).into_iter()),
            Err(e) => cannot_read(&origin, &e),
        },
        InputFormat::Jsonl => match decode::decoding_reader(reader) {
            Ok(decoded) => Box::new(jsonl::Records::new(origin, decoded, opts)),
            Err(e) => cannot_read(&origin, &e),
        },
        InputFormat::Csv => match decode::decoding_reader(reader) {
            Ok(decoded) => match csv::open(origin, decoded, opts) {
                Ok(records) => Box::new(records),
                // Checked in `open`; this is only reached if the file changed since.
                Err(csv::HeaderError::Fatal(e)) => {
                    let skipped = Skipped {
                        file: e.file.clone().unwrap_or_default(),
                        line: e.line,
                        reason: e.message,
                    };
                    Box::new(std::iter::once(Err(skipped)))
                }
                Err(csv::HeaderError::Skip(skipped)) => Box::new(std::iter::once(Err(skipped))),
            },
            Err(e) => cannot_read(&origin, &e),
        },
    }
}

fn read_bytes<R: Read>(mut reader: R) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn cannot_read(origin: &Origin, e: &io::Error) -> Docs {
    let skipped = origin.skip(None, format!("cannot read: {e}; check the file"));
    Box::new(std::iter::once(Err(skipped)))
}
