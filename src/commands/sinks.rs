//! Where `annotate` puts its documents: one stream (JSON Lines, a JSON array), one TimeML file,
//! or a folder of TimeML files. Nothing becomes visible until [`Sink::commit`]: files are
//! written under temporary names and renamed at the end, and dropped if the run fails.

use crate::error::{Error, Result};
use std::collections::HashSet;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Receives the rendered documents in input order.
pub trait Sink {
    /// One document, already rendered; `id` names its file where there is one per document.
    fn put(&mut self, id: &str, bytes: &[u8]) -> Result<()>;
    /// The run went well: make the output visible. Returns what to tell the user, if anything.
    fn commit(self: Box<Self>) -> Result<Option<String>>;
}

/// Documents one after the other, between an optional opening and closing (the brackets of a
/// JSON array) and separated by `between`.
pub struct Stream {
    out: Out,
    open: &'static str,
    between: &'static str,
    close: &'static str,
    /// What `close` becomes when no document came (`[]` rather than `[\n\n]`).
    close_empty: &'static str,
    count: usize,
}

impl Stream {
    /// JSON Lines: each document brings its own newline.
    pub fn lines(path: Option<&Path>) -> Result<Self> {
        Ok(Stream {
            out: Out::open(path)?,
            open: "",
            between: "",
            close: "",
            close_empty: "",
            count: 0,
        })
    }

    /// A JSON array with one compact document object per line.
    pub fn json_array(path: Option<&Path>) -> Result<Self> {
        Ok(Stream {
            out: Out::open(path)?,
            open: "[\n",
            between: ",\n",
            close: "\n]\n",
            close_empty: "]\n",
            count: 0,
        })
    }
}

impl Sink for Stream {
    fn put(&mut self, _id: &str, bytes: &[u8]) -> Result<()> {
        let sep = if self.count == 0 {
            self.open
        } else {
            self.between
        };
        self.count += 1;
        self.out.write(sep.as_bytes())?;
        self.out.write(bytes)
    }

    fn commit(mut self: Box<Self>) -> Result<Option<String>> {
        if self.count == 0 {
            // Only the opening is missing: write it with the empty closing.
            let close = format!("{}{}", self.open.trim_end(), self.close_empty);
            if !close.is_empty() {
                self.out.write(close.as_bytes())?;
            }
        } else {
            self.out.write(self.close.as_bytes())?;
        }
        self.out.commit()?;
        Ok(None)
    }
}

/// Exactly one document, to standard output or a file. A TimeML file holds one document, so a
/// second one is an error that points at `-o FOLDER/`; nothing is written in that case.
pub struct Single {
    path: Option<PathBuf>,
    doc: Option<(String, Vec<u8>)>,
}

impl Single {
    pub fn new(path: Option<&Path>) -> Self {
        Single {
            path: path.map(Path::to_path_buf),
            doc: None,
        }
    }
}

impl Sink for Single {
    fn put(&mut self, id: &str, bytes: &[u8]) -> Result<()> {
        if let Some((first, _)) = &self.doc {
            return Err(Error::new(format!(
                "a TimeML file holds one document, and {id:?} comes after {first:?}"
            ))
            .in_file(self.path.as_deref().unwrap_or(Path::new("-")))
            .hint("write one file per document with -o FOLDER/, a folder or a path ending in /"));
        }
        self.doc = Some((id.to_string(), bytes.to_vec()));
        Ok(())
    }

    fn commit(self: Box<Self>) -> Result<Option<String>> {
        let mut out = Out::open(self.path.as_deref())?;
        if let Some((_, bytes)) = &self.doc {
            out.write(bytes)?;
        }
        out.commit()?;
        Ok(None)
    }
}

/// One `<id>.tml` file per document in a folder.
pub struct Folder {
    dir: PathBuf,
    names: FileNames,
    /// Written under a temporary name, renamed on commit: (temporary, final).
    pending: Vec<(PathBuf, PathBuf)>,
    committed: bool,
}

impl Folder {
    pub fn create(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::new(format!("cannot create the output folder: {e}"))
                .in_file(dir)
                .hint("check the path and its permissions")
        })?;
        Ok(Folder {
            dir: dir.to_path_buf(),
            names: FileNames::default(),
            pending: Vec::new(),
            committed: false,
        })
    }
}

impl Sink for Folder {
    fn put(&mut self, id: &str, bytes: &[u8]) -> Result<()> {
        let name = self.names.next(id, "tml");
        let target = self.dir.join(&name);
        let tmp = self.dir.join(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, bytes).map_err(|e| cannot_write(&tmp, &e))?;
        self.pending.push((tmp, target));
        Ok(())
    }

    fn commit(mut self: Box<Self>) -> Result<Option<String>> {
        for (tmp, target) in &self.pending {
            std::fs::rename(tmp, target).map_err(|e| cannot_write(target, &e))?;
        }
        self.committed = true;
        let n = self.pending.len();
        let files = if n == 1 { "file" } else { "files" };
        Ok(Some(format!(
            "{n} TimeML {files} -> {}",
            self.dir.display()
        )))
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        if !self.committed {
            for (tmp, _) in &self.pending {
                let _ = std::fs::remove_file(tmp);
            }
        }
    }
}

/// Safe, unique file names made from document ids, in the order the documents come, so the
/// same input always gives the same names.
#[derive(Debug, Default)]
pub struct FileNames {
    /// Names given so far, lower-cased: two names differing only in case are one file on
    /// case-insensitive file systems.
    used: HashSet<String>,
}

impl FileNames {
    /// The file name for `id`: unsafe characters become `_`, and a name already given gets
    /// `-2`, `-3`, ... before the extension.
    pub fn next(&mut self, id: &str, ext: &str) -> String {
        let stem = safe_stem(id);
        let mut n = 1;
        loop {
            let name = if n == 1 {
                format!("{stem}.{ext}")
            } else {
                format!("{stem}-{n}.{ext}")
            };
            if self.used.insert(name.to_lowercase()) {
                return name;
            }
            n += 1;
        }
    }
}

/// Longest stem kept, in bytes: file names are limited to 255 bytes, and room is left for a
/// counter, the extension and the temporary name's decoration.
const MAX_STEM: usize = 180;

/// A file stem that is safe on every common file system: letters, digits, `.`, `_` and `-`
/// only, not hidden, not empty, not a reserved Windows device name.
fn safe_stem(id: &str) -> String {
    let mut stem = String::new();
    for c in id.chars() {
        if stem.len() + c.len_utf8() > MAX_STEM {
            break;
        }
        stem.push(if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
            c
        } else {
            '_'
        });
    }
    if stem.is_empty() {
        return "document".to_string();
    }
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    let device = stem.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(device.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (device.len() == 4
            && (device.starts_with("COM") || device.starts_with("LPT"))
            && device.as_bytes()[3].is_ascii_digit());
    if reserved {
        stem.insert(0, '_');
    }
    stem
}

/// A stream to standard output, or to a file under a temporary name until [`Out::commit`].
enum Out {
    Stdout(BufWriter<std::io::Stdout>),
    File {
        inner: Option<BufWriter<File>>,
        tmp: PathBuf,
        path: PathBuf,
    },
}

impl Out {
    fn open(path: Option<&Path>) -> Result<Self> {
        let Some(path) = path else {
            return Ok(Out::Stdout(BufWriter::new(std::io::stdout())));
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file = File::create(&tmp).map_err(|e| cannot_write(path, &e))?;
        Ok(Out::File {
            inner: Some(BufWriter::new(file)),
            tmp,
            path: path.to_path_buf(),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        match self {
            Out::Stdout(w) => w.write_all(bytes).map_err(|e| Error::io("-", &e)),
            Out::File { inner, path, .. } => match inner {
                Some(w) => w.write_all(bytes).map_err(|e| cannot_write(path, &e)),
                None => Ok(()),
            },
        }
    }

    fn commit(&mut self) -> Result<()> {
        match self {
            Out::Stdout(w) => w.flush().map_err(|e| Error::io("-", &e)),
            Out::File { inner, tmp, path } => {
                if let Some(mut w) = inner.take() {
                    if let Err(e) = w.flush() {
                        let _ = std::fs::remove_file(&*tmp);
                        return Err(cannot_write(path, &e));
                    }
                }
                std::fs::rename(&*tmp, &*path).map_err(|e| {
                    let _ = std::fs::remove_file(&*tmp);
                    cannot_write(path, &e)
                })
            }
        }
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        // Still open: the run failed before commit, so the half-written file goes.
        if let Out::File {
            inner: Some(_),
            tmp,
            ..
        } = self
        {
            let _ = std::fs::remove_file(&*tmp);
        }
    }
}

fn cannot_write(path: &Path, e: &std::io::Error) -> Error {
    Error::new(format!("cannot write: {e}"))
        .in_file(path)
        .hint("check that the folder exists and is writable")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_unique_in_input_order() {
        let mut names = FileNames::default();
        let got: Vec<String> = [
            "a",
            "A",
            "a",
            "a-2",
            "../etc/passwd",
            "",
            ".hidden",
            "NUL",
            "café 3",
            "x/y",
        ]
        .iter()
        .map(|id| names.next(id, "tml"))
        .collect();
        assert_eq!(
            got,
            [
                "a.tml",
                "A-2.tml",
                "a-3.tml",
                "a-2-2.tml",
                "_._etc_passwd.tml",
                "document.tml",
                "_hidden.tml",
                "_NUL.tml",
                "café_3.tml",
                "x_y.tml",
            ]
        );
    }

    #[test]
    fn long_ids_are_cut_on_a_character_boundary() {
        let name = FileNames::default().next(&"é".repeat(200), "tml");
        assert!(name.len() <= MAX_STEM + 4);
        assert!(name.ends_with(".tml"));
    }
}
