//! `timeliner annotate`: expressions only. Documents are read on one thread, annotated in
//! parallel in batches, and written in input order, so memory stays flat whatever the input size.

use super::inputs::{self, Tally};
use super::sinks::{Folder, Single, Sink, Stream};
use crate::cli::{AnnotateArgs, AnnotateFormat};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::export::{annotations, timeml};
use rayon::prelude::*;
use std::path::Path;
use std::process::ExitCode;

/// One rendered document and what to warn about it.
struct Rendered {
    bytes: Vec<u8>,
    warning: Option<String>,
}

pub fn run(args: AnnotateArgs) -> Result<ExitCode> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .map_err(|e| Error::new(e.to_string()))?;
    let mut tally = Tally::new();
    let mut sink = sink(args.format, args.output.as_deref())?;
    let quiet = args.input.quiet;
    inputs::in_batches(&args.input, "annotate", &mut tally, |batch| {
        let rendered: Vec<Rendered> = pool.install(|| {
            batch
                .par_iter()
                .map(|doc| render(doc, args.format))
                .collect()
        });
        for (doc, r) in batch.iter().zip(rendered) {
            if let (Some(w), false) = (&r.warning, quiet) {
                eprintln!("timeliner: warning: {}: {w}", doc.source);
            }
            sink.put(&doc.id, &r.bytes)?;
        }
        Ok(())
    })?;
    // Nothing is made visible when no document could be read.
    let code = tally.finish()?;
    if let (Some(note), false) = (sink.commit()?, quiet) {
        eprintln!("timeliner: {note}");
    }
    Ok(code)
}

/// Where the documents go: TimeML is one document per file, so it needs a folder for several.
fn sink(format: AnnotateFormat, output: Option<&Path>) -> Result<Box<dyn Sink>> {
    let to_folder =
        output.is_some_and(|o| o.is_dir() || o.to_string_lossy().ends_with(['/', '\\']));
    Ok(match (format, output) {
        (AnnotateFormat::Timeml, Some(dir)) if to_folder => Box::new(Folder::create(dir)?),
        (AnnotateFormat::Timeml, _) => Box::new(Single::new(output)),
        (_, Some(dir)) if to_folder => {
            return Err(Error::new("this is a folder, and the output is one file")
                .in_file(dir)
                .hint(
                    "give a file name with -o, or use --format timeml for one file per document",
                ))
        }
        (AnnotateFormat::Jsonl, _) => Box::new(Stream::lines(output)?),
        (AnnotateFormat::Json, _) => Box::new(Stream::json_array(output)?),
    })
}

fn render(doc: &Document, format: AnnotateFormat) -> Rendered {
    let timexes = crate::annotate(doc);
    let mut bytes = Vec::new();
    let mut warning = None;
    match format {
        AnnotateFormat::Jsonl => annotations::write_line(doc, &timexes, &mut bytes),
        AnnotateFormat::Json => annotations::write_object(doc, &timexes, &mut bytes),
        AnnotateFormat::Timeml => {
            let w = timeml::write_document(doc, &timexes, &mut bytes);
            let mut notes = Vec::new();
            if w.replaced > 0 {
                notes.push(format!(
                    "{} characters that XML cannot hold (control characters) written as U+FFFD",
                    w.replaced
                ));
            }
            if w.untagged > 0 {
                notes.push(format!(
                    "{} overlapping expressions left untagged",
                    w.untagged
                ));
            }
            if !notes.is_empty() {
                warning = Some(format!("document {:?}: {}", doc.id, notes.join("; ")));
            }
        }
    }
    Rendered { bytes, warning }
}
