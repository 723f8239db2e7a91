//! `check`: case tables of sentences with marked expressions and expected values, run through
//! the annotator. The CLI (`timeliner check`) and the project's own `cargo test` (tests/cases.rs)
//! use this same code, so the project tests what its users get.
//!
//! * [`parse`] reads case files into [`Case`] rows (or malformed rows, with their line);
//! * [`run`] runs one case and compares what was found with what was marked;
//! * [`report`] renders the results as text, JUnit XML or JSON.

pub mod parse;
pub mod report;
pub mod run;

pub use parse::{read_case_file, Case, Expectation, Row};
pub use report::{render_json, render_junit, render_text};
pub use run::{run_case, run_case_with, CaseResult, Found, MarkResult};

use crate::document::Document;
use crate::error::Error;
use crate::timex::Timex;
use rayon::prelude::*;
use std::path::PathBuf;

/// What became of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Ran(CaseResult),
    Malformed(Error),
}

impl Outcome {
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Ran(r) if r.passed())
    }
}

/// The rows of one case file, in file order; `error` when the file could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub path: PathBuf,
    pub outcomes: Vec<Outcome>,
    pub error: Option<Error>,
}

/// Everything a `check` run found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub files: Vec<FileReport>,
}

impl CheckReport {
    pub fn outcomes(&self) -> impl Iterator<Item = &Outcome> {
        self.files.iter().flat_map(|f| f.outcomes.iter())
    }

    pub fn passed(&self) -> usize {
        self.outcomes().filter(|o| o.passed()).count()
    }

    /// Failing and malformed rows.
    pub fn failed(&self) -> usize {
        self.outcomes().filter(|o| !o.passed()).count()
    }

    /// Files that could not be read or have no usable header.
    pub fn file_errors(&self) -> impl Iterator<Item = &Error> {
        self.files.iter().filter_map(|f| f.error.as_ref())
    }

    /// 0 when every row passed, 1 when any failed, 2 when a file could not be read.
    pub fn exit_code(&self) -> u8 {
        if self.file_errors().next().is_some() {
            2
        } else if self.failed() > 0 {
            1
        } else {
            0
        }
    }
}

/// Reads and runs every case file with [`crate::annotate`].
pub fn check_files(paths: &[PathBuf]) -> CheckReport {
    check_files_with(paths, &crate::annotate)
}

/// Like [`check_files`] with another annotator. Rows run in parallel; results keep file order.
pub fn check_files_with(
    paths: &[PathBuf],
    annotator: &(dyn Fn(&Document) -> Vec<Timex> + Sync),
) -> CheckReport {
    let files = paths
        .iter()
        .map(|path| match read_case_file(path) {
            Ok(rows) => FileReport {
                path: path.clone(),
                outcomes: run_rows(rows, annotator),
                error: None,
            },
            Err(e) => FileReport {
                path: path.clone(),
                outcomes: Vec::new(),
                error: Some(e),
            },
        })
        .collect();
    CheckReport { files }
}

/// Runs parsed rows; malformed rows pass through as they are.
pub fn run_rows(
    rows: Vec<Row>,
    annotator: &(dyn Fn(&Document) -> Vec<Timex> + Sync),
) -> Vec<Outcome> {
    rows.into_par_iter()
        .map(|row| match row {
            Row::Case(case) => Outcome::Ran(run_case_with(case, annotator)),
            Row::Malformed(e) => Outcome::Malformed(e),
        })
        .collect()
}
