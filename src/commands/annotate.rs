//! `timeliner annotate`: expressions only. Documents are read on one thread, annotated in
//! parallel in batches, and written in input order, so memory stays flat whatever the input size.

use super::inputs::{self, Tally};
use crate::cli::{AnnotateArgs, AnnotateFormat};
use crate::error::{Error, Result};
use crate::export::{annotations, AtomicFile};
use rayon::prelude::*;
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: AnnotateArgs) -> Result<ExitCode> {
    if args.format != AnnotateFormat::Jsonl {
        return Err(
            Error::new(format!("--format {:?} is not available yet", args.format))
                .hint("use --format jsonl"),
        );
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .map_err(|e| Error::new(e.to_string()))?;
    let mut tally = Tally::new();
    let mut sink: Box<dyn Write> = match &args.output {
        // Written beside the target and renamed at the end, so a failure leaves nothing half-done.
        Some(path) => Box::new(AtomicFile::create(path)?),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    inputs::in_batches(&args.input, "annotate", &mut tally, |batch| {
        let chunks: Vec<Vec<u8>> = pool.install(|| {
            batch
                .par_iter()
                .map(|doc| {
                    let mut buf = Vec::new();
                    annotations::write_line(doc, &crate::annotate(doc), &mut buf);
                    buf
                })
                .collect()
        });
        for c in chunks {
            sink.write_all(&c).map_err(|e| Error::io("-", &e))?;
        }
        Ok(())
    })?;
    sink.flush().map_err(|e| Error::io("-", &e))?;
    drop(sink);
    if let Some(path) = &args.output {
        AtomicFile::commit(path)?;
    }
    tally.finish()
}
