//! `timeliner check`: run case tables and report, with exit status 0 / 1 / 2.

use crate::check::{check_files, render_json, render_junit, render_text};
use crate::cli::{CheckArgs, CheckFormat};
use crate::error::{Error, Result};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let report = check_files(&args.files);
    let out = match args.format {
        CheckFormat::Text => render_text(&report),
        CheckFormat::Junit => render_junit(&report),
        CheckFormat::Json => render_json(&report),
    };
    // Files that cannot be read also go to standard error, so they are seen with --format junit.
    if args.format != CheckFormat::Text {
        for e in report.file_errors() {
            eprintln!("timeliner: error: {e}");
        }
    }
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
        .map_err(|e| Error::new(format!("cannot write the report: {e}")))?;
    Ok(ExitCode::from(report.exit_code()))
}
