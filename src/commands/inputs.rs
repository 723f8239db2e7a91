//! Reading the documents of a command: options from the flags, skipped documents reported on
//! standard error with their file and line, and a count so nothing is dropped silently.

use crate::cli::InputArgs;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::input::{self, InputOptions, Inputs};

/// Exit status when the run finished but some documents were skipped.
pub const EXIT_SKIPPED: u8 = 3;

pub fn options(args: &InputArgs) -> Result<InputOptions> {
    let published = match &args.published {
        Some(s) => Some(input::parse_date(s).map_err(|e| {
            Error::new(format!("--published {s:?}: {e}"))
                .hint("give a date such as 2025-04-17 or \"April 17, 2025\"")
        })?),
        None => None,
    };
    Ok(InputOptions {
        published,
        stdin_format: args.input_format,
    })
}

pub fn open(args: &InputArgs) -> Result<Inputs> {
    let opts = options(args)?;
    input::open(&args.inputs, &opts)
}

/// Counts documents read and skipped, and prints each skip as a warning.
#[derive(Debug, Default)]
pub struct Tally {
    pub read: usize,
    pub skipped: usize,
}

impl Tally {
    pub fn new() -> Self {
        Tally::default()
    }

    /// Passes documents through, reporting and counting the skipped ones.
    pub fn take(
        &mut self,
        item: std::result::Result<Document, input::Skipped>,
    ) -> Option<Document> {
        match item {
            Ok(d) => {
                self.read += 1;
                Some(d)
            }
            Err(s) => {
                self.skipped += 1;
                eprintln!("timeliner: warning: skipped {s}");
                None
            }
        }
    }

    /// The summary line and the exit status: 0 all read, 3 some skipped, error if none read.
    pub fn finish(&self) -> Result<std::process::ExitCode> {
        // The summary line is printed whenever something was skipped, even with --quiet.
        if self.skipped > 0 {
            eprintln!(
                "timeliner: {} documents in, {} processed, {} skipped",
                self.read + self.skipped,
                self.read,
                self.skipped
            );
        }
        if self.read == 0 && self.skipped > 0 {
            return Err(Error::new(format!(
                "no document could be read ({} skipped, see the warnings above)",
                self.skipped
            ))
            .hint("fix the inputs named above"));
        }
        Ok(if self.skipped > 0 {
            std::process::ExitCode::from(EXIT_SKIPPED)
        } else {
            std::process::ExitCode::SUCCESS
        })
    }
}
