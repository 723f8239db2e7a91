//! Runs every case table in tests/cases/ (*.tsv, *.csv) through the same library code as
//! `timeliner check`, and fails listing every failing row, not just the first.

use std::path::{Path, PathBuf};
use timeliner::check::{check_files, render_text};

#[test]
fn case_tables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv" || x == "csv"))
            .collect(),
        Err(_) => Vec::new(),
    };
    if files.is_empty() {
        eprintln!(
            "note: no case tables in {} yet; nothing to run",
            dir.display()
        );
        return;
    }
    files.sort();
    let report = check_files(&files);
    eprintln!(
        "case tables: {} files, {} passed, {} failed",
        files.len(),
        report.passed(),
        report.failed()
    );
    if report.exit_code() != 0 {
        panic!("case tables failed:\n\n{}", render_text(&report));
    }
}
