//! `timeliner eval`: score the annotator (or a system file) against gold, TempEval-3 style.

use crate::cli::EvalArgs;
use crate::error::{Error, Result};
use crate::eval::{
    annotate_gold, parse_types, read_gold, read_system_jsonl, render_text, score, ScoreOptions,
};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let types = match &args.types {
        Some(t) => parse_types(t).map_err(|e| e.in_file("--types"))?,
        None => None,
    };
    let gold = read_gold(&args.gold)?;
    let system = match &args.system {
        Some(path) => read_system_jsonl(path)?,
        None => annotate_gold(&gold)?,
    };
    let report = score(
        &gold,
        &system,
        &ScoreOptions {
            types,
            errors: args.errors,
        },
    );
    let out = if args.json {
        let mut s = serde_json::to_string_pretty(&report)
            .map_err(|e| Error::new(format!("cannot write JSON: {e}")))?;
        s.push('\n');
        s
    } else {
        render_text(&report, args.per_doc)
    };
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
        .map_err(|e| Error::new(format!("cannot write the report: {e}")))?;
    Ok(ExitCode::SUCCESS)
}
