//! `timeliner annotate`: expressions only, one document at a time, in parallel, in input order.

use crate::cli::AnnotateArgs;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::export::annotations;
use std::io::{BufRead, Write};
use std::process::ExitCode;

pub fn run(args: AnnotateArgs) -> Result<ExitCode> {
    // Temporary reader until the input module lands: JSON Lines only.
    let path = &args.input.inputs[0];
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let reader = std::io::BufReader::new(file);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Error::io(path, &e))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)
            .map_err(|e| Error::new(e.to_string()).in_file(path).at_line(n + 1))?;
        let date = v["dct"].as_str().or(v["published"].as_str()).unwrap_or("");
        let published = chrono::NaiveDate::parse_from_str(&date[..date.len().min(10)], "%Y-%m-%d")
            .map_err(|e| Error::new(e.to_string()).in_file(path).at_line(n + 1))?;
        let doc = Document::new(
            v["id"].as_str().unwrap_or(""),
            published,
            v["text"].as_str().unwrap_or(""),
        );
        let timexes = crate::annotate(&doc);
        let mut buf = Vec::new();
        annotations::write_line(&doc, &timexes, &mut buf);
        out.write_all(&buf).map_err(|e| Error::io("-", &e))?;
    }
    Ok(ExitCode::SUCCESS)
}
