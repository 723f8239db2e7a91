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

/// Most documents handed over at once: enough to keep every core busy.
const BATCH_DOCS: usize = 256;
/// Most text handed over at once, so that a batch of huge documents stays small in memory.
const BATCH_BYTES: usize = 8 << 20;
/// Batches read ahead while the previous ones are processed.
const READ_AHEAD: usize = 2;

type Item = std::result::Result<Document, input::Skipped>;

/// Reads the documents of `args` on a thread of their own (reading and parsing JSON overlap
/// with the work on the documents) and hands them to `work` in batches, in input order.
/// Skipped documents are counted and reported in order; progress is drawn on a terminal.
/// At most `READ_AHEAD + 1` batches are held at once, so memory does not grow with the input.
pub fn in_batches(
    args: &InputArgs,
    label: &'static str,
    tally: &mut Tally,
    mut work: impl FnMut(&[Document]) -> Result<()>,
) -> Result<()> {
    let docs = open(args)?;
    let mut progress = crate::progress::Progress::new(
        label,
        crate::progress::input_size(&args.inputs),
        args.quiet,
    );
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Item>>(READ_AHEAD);
    let reader = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(BATCH_DOCS);
        let mut bytes = 0;
        for item in docs {
            bytes += item.as_ref().map_or(0, |d| d.text.len());
            batch.push(item);
            if batch.len() == BATCH_DOCS || bytes >= BATCH_BYTES {
                bytes = 0;
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_DOCS));
                if tx.send(full).is_err() {
                    return; // the consumer stopped on an error
                }
            }
        }
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
    });
    let mut docs = Vec::with_capacity(BATCH_DOCS);
    for items in rx {
        docs.clear();
        for item in items {
            if item.is_err() {
                progress.clear();
            }
            if let Some(doc) = tally.take(item) {
                docs.push(doc);
            }
        }
        work(&docs)?;
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        progress.add(docs.len() as u64, bytes as u64);
    }
    progress.clear();
    // The channel is closed: the reader has finished (a panic there is a bug, passed on).
    if let Err(panic) = reader.join() {
        std::panic::resume_unwind(panic);
    }
    Ok(())
}
