//! `timeliner build`: timelines of articles.
//!
//! With `-o FOLDER` and no `--format`, every file directly in an input folder is its own
//! timeline and every sub-folder (a story told in several articles) is one timeline; each is
//! written as CSV and JSON. Otherwise all inputs make one timeline in the chosen format, written
//! to `-o FILE` or standard output. `--format timeml` is per document, not per timeline: it
//! writes what `annotate --format timeml` writes.

use super::inputs::{self, Tally};
use crate::cli::{AnnotateArgs, AnnotateFormat, BuildArgs, BuildFormat, InputArgs};
use crate::error::{Error, Result};
use crate::export::{self, csv::CsvOptions, AtomicFile};
use crate::timeline::{Builder, DocumentPart, Timeline};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(args: BuildArgs) -> Result<ExitCode> {
    if args.format == Some(BuildFormat::Timeml) {
        // A TimeML file is one annotated document; a timeline has no TimeML form of its own.
        return super::annotate::run(AnnotateArgs {
            input: args.input,
            output: args.output,
            format: AnnotateFormat::Timeml,
            threads: None,
        });
    }
    let to_folder = match (&args.output, args.format) {
        (Some(o), None) => o.is_dir() || o.to_string_lossy().ends_with('/'),
        _ => false,
    };
    if to_folder {
        return build_folder(&args);
    }
    let mut tally = Tally::new();
    let timeline = build_one(&args.input, &mut tally)?;
    let code = tally.finish()?;
    let format = args.format.unwrap_or(BuildFormat::Csv);
    if format == BuildFormat::Json {
        // Written as it is made: the JSON of a million events is larger than the events.
        let mut sink: Box<dyn Write> = match &args.output {
            Some(path) => Box::new(AtomicFile::create(path)?),
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        };
        let name = args.output.as_deref().unwrap_or(Path::new("-"));
        export::json::write_to(&timeline, &mut sink)
            .and_then(|_| sink.flush())
            .map_err(|e| Error::io(name, &e))?;
        drop(sink);
        if let Some(path) = &args.output {
            AtomicFile::commit(path)?;
        }
        crate::progress::timing(format_args!("written"));
        // Freeing a million events one by one takes a noticeable share of the run, and
        // the process ends here: leave that to the operating system.
        std::mem::forget(timeline);
        return Ok(code);
    }
    let bytes = render(&timeline, format, args.excel)?;
    match &args.output {
        Some(path) => export::write_atomically(path, &bytes)?,
        None => std::io::stdout()
            .write_all(&bytes)
            .map_err(|e| Error::io("-", &e))?,
    }
    Ok(code)
}

/// Reads and annotates the documents in parallel batches, keeping only their events (the
/// texts go with each batch), then merges and orders.
fn build_one(input: &InputArgs, tally: &mut Tally) -> Result<Timeline> {
    crate::progress::timing(format_args!("start"));
    let mut builder = Builder::new();
    // Appending a batch to the timeline (numbering, interning words) is sequential: it runs
    // while the next batch is annotated, rather than leave the other cores waiting.
    let mut pending: Vec<DocumentPart> = Vec::new();
    inputs::in_batches(input, "build", tally, |batch| {
        let ready = std::mem::take(&mut pending);
        let builder = &mut builder;
        let ((), parts) = rayon::join(
            move || ready.into_iter().for_each(|p| builder.push(p)),
            || batch.par_iter().map(DocumentPart::of).collect(),
        );
        pending = parts;
        Ok(())
    })?;
    pending.into_iter().for_each(|p| builder.push(p));
    crate::progress::timing(format_args!(
        "read and annotated: {} events",
        builder.event_count()
    ));
    Ok(builder.finish())
}

/// Renders a timeline in one format.
pub fn render(t: &Timeline, format: BuildFormat, excel: bool) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    match format {
        BuildFormat::Csv => export::csv::write(t, CsvOptions { excel }, &mut out),
        BuildFormat::Json => export::json::write(t, &mut out),
        BuildFormat::Timelinejs => export::timelinejs::write(t, CsvOptions { excel }, &mut out),
        BuildFormat::Dot => export::dot::write(t, &mut out),
        BuildFormat::Html => export::html::write(t, &mut out),
        other => {
            return Err(
                Error::new(format!("--format {other:?} is not available yet"))
                    .hint("use csv, json, timelinejs, dot or html"),
            )
        }
    }
    Ok(out)
}

/// The timelines of each sample: files alone, sub-folders as story sets.
fn build_folder(args: &BuildArgs) -> Result<ExitCode> {
    let out_dir = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("output"));
    std::fs::create_dir_all(&out_dir).map_err(|e| {
        Error::new(format!("cannot create the output folder: {e}")).in_file(&out_dir)
    })?;
    let mut tally = Tally::new();
    for (name, paths) in units(&args.input.inputs)? {
        let unit_args = InputArgs {
            inputs: paths,
            ..args.input.clone()
        };
        let timeline = build_one(&unit_args, &mut tally)?;
        for (ext, format) in [("csv", BuildFormat::Csv), ("json", BuildFormat::Json)] {
            let bytes = render(&timeline, format, args.excel)?;
            export::write_atomically(&out_dir.join(format!("{name}.{ext}")), &bytes)?;
        }
        if !args.input.quiet {
            eprintln!(
                "timeliner: {name}: {} documents, {} events -> {}",
                timeline.documents.len(),
                timeline.events.len(),
                out_dir.join(format!("{name}.{{csv,json}}")).display()
            );
        }
    }
    tally.finish()
}

/// The timelines to build: (name, paths), in sorted order.
fn units(inputs: &[PathBuf]) -> Result<Vec<(String, Vec<PathBuf>)>> {
    let mut units = Vec::new();
    for path in inputs {
        if !path.is_dir() {
            units.push((stem(path), vec![path.clone()]));
            continue;
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| Error::io(path, &e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .filter(|p| p.is_dir() || is_article(p))
            .collect();
        entries.sort();
        for p in entries {
            units.push((stem(&p), vec![p]));
        }
    }
    if units.is_empty() {
        return Err(Error::new("no articles found")
            .hint("give .txt, .md, .jsonl, .json, .csv or .tml files, or folders of them"));
    }
    Ok(units)
}

fn is_article(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "jsonl" | "json" | "csv" | "tml")
    )
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "timeline".into())
}
