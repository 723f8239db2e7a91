//! One error type for everything that can go wrong with the user's input or files.
//!
//! Every error names where it happened (file, and line when there is one) and what to do,
//! so `main` can print one clear line and exit with status 2.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error with a position and a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file (or `-` for standard input, or `<argument>` for a command-line value).
    pub file: Option<PathBuf>,
    /// 1-based line number inside the file, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What the user can do about it.
    pub hint: Option<String>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error {
            file: None,
            line: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// An I/O error on a file, with a hint that depends on its kind.
    pub fn io(file: impl AsRef<Path>, err: &std::io::Error) -> Self {
        let hint = match err.kind() {
            std::io::ErrorKind::NotFound => {
                "check the path; give a file, a folder or - for standard input"
            }
            std::io::ErrorKind::PermissionDenied => "check the file's permissions",
            _ => "check that the file can be read",
        };
        Error::new(format!("cannot read: {err}"))
            .in_file(file)
            .hint(hint)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
