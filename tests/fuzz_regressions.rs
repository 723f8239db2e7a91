//! Every input that once crashed a fuzz target (tests/fuzz_regressions/<target>/), and the
//! fuzzers' seed inputs (fuzz/seeds/<target>/), replayed through the same code the cargo-fuzz
//! targets run (fuzz/harness.rs), so that stable `cargo test` keeps them fixed.
//!
//! A new crash: copy `fuzz/artifacts/<target>/crash-*` to tests/fuzz_regressions/<target>/
//! under a name that says what broke, fix it, and this test covers it from then on.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for dir in [
        root.join("tests/fuzz_regressions").join(target),
        root.join("fuzz/seeds").join(target),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).expect("readable regression input");
            let outcome = std::panic::catch_unwind(|| run(&bytes));
            assert!(outcome.is_ok(), "{} panics again", path.display());
            count += 1;
        }
    }
    assert!(count > 0, "no inputs for {target}");
}

#[test]
fn read_text() {
    replay("read_text", harness::read_text);
}

#[test]
fn read_jsonl() {
    replay("read_jsonl", harness::read_jsonl);
}

#[test]
fn read_csv() {
    replay("read_csv", harness::read_csv);
}

#[test]
fn timeml() {
    replay("timeml", harness::timeml);
}

#[test]
fn annotate() {
    replay("annotate", harness::annotate);
}

#[test]
fn check_cases() {
    replay("check_cases", harness::check_cases);
}

#[test]
fn publication_dates_reach_the_edges_of_the_calendar() {
    // The date bytes of the annotate target cover year 1, year 9999 and chrono's own ends.
    use chrono::Datelike;
    let at = |n: i32| harness::date_from(n.to_le_bytes()).year();
    assert_eq!(at(3), 1);
    assert_eq!(at(3 | (1 << 2)), 9999);
    assert_eq!(at(3 | (3 << 2)), chrono::NaiveDate::MAX.year());
    assert_eq!(at(3 | (2 << 2)), chrono::NaiveDate::MIN.year());
}
