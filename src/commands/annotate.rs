//! `timeliner annotate`: expressions only. Documents are read one at a time, annotated in
//! parallel in batches, and written in input order, so memory stays flat whatever the input size.

use super::inputs::{self, Tally};
use crate::cli::{AnnotateArgs, AnnotateFormat};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::export::annotations;
use rayon::prelude::*;
use std::io::Write;
use std::process::ExitCode;

/// Documents per parallel batch: enough to keep every core busy, small enough to bound memory.
const BATCH: usize = 256;

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
    let docs = inputs::open(&args.input)?;
    let mut sink: Box<dyn Write> = match &args.output {
        // Written beside the target and renamed at the end, so a failure leaves nothing half-done.
        Some(path) => Box::new(AtomicFile::create(path)?),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let flush = |batch: &mut Vec<Document>, sink: &mut Box<dyn Write>| -> Result<()> {
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
        batch.clear();
        Ok(())
    };
    for item in docs {
        if let Some(doc) = tally.take(item) {
            batch.push(doc);
            if batch.len() == BATCH {
                flush(&mut batch, &mut sink)?;
            }
        }
    }
    flush(&mut batch, &mut sink)?;
    sink.flush().map_err(|e| Error::io("-", &e))?;
    drop(sink);
    if let Some(path) = &args.output {
        AtomicFile::commit(path)?;
    }
    tally.finish()
}

/// A file written under a temporary name and renamed into place by [`AtomicFile::commit`].
struct AtomicFile {
    inner: std::io::BufWriter<std::fs::File>,
}

impl AtomicFile {
    fn tmp(path: &std::path::Path) -> std::path::PathBuf {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
    }
    fn create(path: &std::path::Path) -> Result<Self> {
        let f = std::fs::File::create(Self::tmp(path))
            .map_err(|e| Error::new(format!("cannot write: {e}")).in_file(path))?;
        Ok(AtomicFile {
            inner: std::io::BufWriter::new(f),
        })
    }
    fn commit(path: &std::path::Path) -> Result<()> {
        std::fs::rename(Self::tmp(path), path)
            .map_err(|e| Error::new(format!("cannot write: {e}")).in_file(path))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
