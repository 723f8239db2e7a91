//! Hostile input (issue 7): the real binary on the files of tests/hostile/, each next to one
//! good article. For every case: the readable documents are in the timeline, each skipped one
//! is named with its file and line in a warning, the summary line on standard error counts
//! documents in = processed + skipped, and the exit status is 0 (nothing skipped) or 3 (some
//! skipped); 2 when nothing at all could be read. The 50 MB line is written at test time.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn hostile_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// Runs timeliner in tests/hostile/, so that warnings name files as given.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(args)
        .current_dir(hostile_dir())
        .output()
        .expect("timeliner runs")
}

struct Run {
    code: i32,
    timeline: Value,
    stderr: String,
}

fn build(files: &[&str]) -> Run {
    let mut args = vec!["build"];
    args.extend_from_slice(files);
    args.extend_from_slice(&["--format", "json"]);
    let out = run(&args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let timeline = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    Run {
        code: out.status.code().expect("an exit status, not a signal"),
        timeline,
        stderr,
    }
}

fn document_ids(t: &Value) -> Vec<String> {
    t["documents"]
        .as_array()
        .map(|docs| {
            docs.iter()
                .map(|d| d["id"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn timex_texts(t: &Value) -> Vec<(String, String)> {
    t["timexes"]
        .as_array()
        .map(|ts| {
            ts.iter()
                .map(|x| {
                    (
                        x["text"].as_str().unwrap_or("").to_string(),
                        x["value"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// One hostile file, read together with tests/hostile/good.txt.
struct Case {
    file: &'static str,
    /// Ids of the documents of `file` that must be in the timeline.
    processed: &'static [&'static str],
    /// Lines of the documents of `file` that must be skipped, each with a warning.
    skipped: &'static [usize],
    /// (text, value) of expressions that must be found.
    found: &'static [(&'static str, &'static str)],
    /// Expression texts that must not be found.
    not_found: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "invalid_utf8.txt",
        processed: &[],
        skipped: &[5],
        found: &[],
        not_found: &[],
    },
    Case {
        file: "utf16le.txt",
        processed: &["utf16le"],
        skipped: &[],
        found: &[("Tuesday", "2025-04-15"), ("two years ago", "2023")],
        not_found: &[],
    },
    Case {
        file: "utf16be.txt",
        processed: &["utf16be"],
        skipped: &[],
        found: &[("Tuesday", "2025-04-15"), ("two years ago", "2023")],
        not_found: &[],
    },
    Case {
        file: "page.txt",
        processed: &["page"],
        skipped: &[],
        // The visible text's expressions are found, `&nbsp;` between words or not; the
        // script's are not (markup is blanked, src/text/html.rs).
        found: &[("Monday", "2025-04-14"), ("next week", "2025-W17")],
        not_found: &["last year", "Friday"],
    },
    Case {
        file: "nul.txt",
        processed: &["nul"],
        skipped: &[],
        found: &[("Monday", "2025-04-14"), ("next week", "2025-W17")],
        not_found: &[],
    },
    Case {
        file: "broken.jsonl",
        processed: &["j1", "j3", "j4"],
        skipped: &[2],
        found: &[("Wednesday", "2025-04-16"), ("next month", "2025-05")],
        not_found: &["yesterday"],
    },
    Case {
        file: "embedded_newlines.csv",
        processed: &["c1", "c2", "c3"],
        skipped: &[],
        found: &[
            ("Wednesday", "2025-04-16"),
            ("last week", "2025-W15"),
            ("tomorrow", "2025-04-18"),
        ],
        not_found: &[],
    },
    Case {
        file: "missing_column.csv",
        processed: &["m1", "m3"],
        skipped: &[3],
        found: &[("Friday", "2025-04-18")],
        not_found: &[],
    },
    Case {
        file: "unclosed_front_matter.txt",
        processed: &[],
        skipped: &[1],
        found: &[],
        not_found: &[],
    },
    Case {
        file: "feb30.txt",
        processed: &[],
        skipped: &[3],
        found: &[],
        not_found: &[],
    },
    Case {
        file: "month31.txt",
        processed: &[],
        skipped: &[3],
        found: &[],
        not_found: &[],
    },
    Case {
        file: "bad_dates.jsonl",
        processed: &["d3"],
        skipped: &[1, 2],
        found: &[("Tuesday", "2025-02-25")],
        not_found: &[],
    },
    Case {
        file: "numbers.txt",
        processed: &["numbers"],
        skipped: &[],
        found: &[],
        not_found: &[],
    },
];

/// The summary line's three counts, if there is one.
fn summary(stderr: &str) -> Option<(usize, usize, usize)> {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("timeliner: ") && l.contains(" documents in, "))?;
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    match numbers.as_slice() {
        [a, b, c] => Some((*a, *b, *c)),
        _ => panic!("summary line without three counts: {line}"),
    }
}

fn check(case: &Case) {
    let r = build(&["good.txt", case.file]);
    let what = format!("{}\n--- stderr:\n{}", case.file, r.stderr);
    let skips = case.skipped.len();
    assert_eq!(r.code, if skips > 0 { 3 } else { 0 }, "exit status: {what}");

    // Processed documents are in the timeline, and nothing else is.
    let mut want: Vec<String> = vec!["good".to_string()];
    want.extend(case.processed.iter().map(|s| s.to_string()));
    assert_eq!(document_ids(&r.timeline), want, "documents: {what}");

    // Each skip is a warning naming the file and the line.
    let warnings: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("timeliner: warning: skipped "))
        .collect();
    assert_eq!(warnings.len(), skips, "warnings: {what}");
    for line in case.skipped {
        let named = format!("timeliner: warning: skipped {}:{line}: ", case.file);
        assert!(
            warnings.iter().any(|w| w.starts_with(&named)),
            "no warning for line {line}: {what}"
        );
    }

    // Counted: in = processed + skipped, and the counts are those of the timeline.
    match summary(&r.stderr) {
        Some((inn, processed, skipped)) => {
            assert!(
                skips > 0,
                "a summary line though nothing was skipped: {what}"
            );
            assert_eq!(inn, processed + skipped, "{what}");
            assert_eq!(processed, want.len(), "{what}");
            assert_eq!(skipped, skips, "{what}");
        }
        None => assert_eq!(skips, 0, "no summary line: {what}"),
    }

    let found = timex_texts(&r.timeline);
    for (text, value) in case.found {
        assert!(
            found.iter().any(|(t, v)| t == text && v == value),
            "{text} = {value} not found in {found:?}: {what}"
        );
    }
    for text in case.not_found {
        assert!(
            !found.iter().any(|(t, _)| t == text),
            "{text} found, but its document was skipped: {what}"
        );
    }
}

#[test]
fn every_hostile_file_next_to_a_good_one() {
    for case in CASES {
        check(case);
    }
}

#[test]
fn all_hostile_files_at_once_lose_nothing() {
    let mut files = vec!["good.txt"];
    files.extend(CASES.iter().map(|c| c.file));
    let r = build(&files);
    let processed: usize = 1 + CASES.iter().map(|c| c.processed.len()).sum::<usize>();
    let skipped: usize = CASES.iter().map(|c| c.skipped.len()).sum();
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(document_ids(&r.timeline).len(), processed);
    assert_eq!(
        summary(&r.stderr),
        Some((processed + skipped, processed, skipped)),
        "{}",
        r.stderr
    );
}

#[test]
fn nothing_readable_is_an_error_with_status_2() {
    let r = build(&["unclosed_front_matter.txt", "feb30.txt"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(summary(&r.stderr), Some((2, 0, 2)), "{}", r.stderr);
    assert!(
        r.stderr.contains("no document could be read"),
        "{}",
        r.stderr
    );
}

#[test]
fn annotate_reports_skips_the_same_way() {
    let out = run(&["annotate", "good.txt", "broken.jsonl", "--format", "jsonl"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    let lines = String::from_utf8_lossy(&out.stdout).lines().count();
    assert_eq!(lines, 4, "one annotation line per document read");
    assert_eq!(summary(&stderr), Some((5, 4, 1)), "{stderr}");
    assert!(stderr.contains("skipped broken.jsonl:2: "), "{stderr}");
}

/// A scratch folder under the target directory, removed afterwards.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One line of 50 MB (5 MB in a debug build, which is several times slower): news prose
/// with expressions every few hundred bytes and no line break. Time it by hand with
/// `cargo test --release --test hostile -- --nocapture a_50_mb_line`.
#[test]
fn a_50_mb_line() {
    let size = if cfg!(debug_assertions) { 5 } else { 50 } << 20;
    let dir = Scratch(
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("hostile-{}", std::process::id())),
    );
    std::fs::create_dir_all(&dir.0).unwrap();
    let prose = "Residents said on Monday that the water had been cut for two days, and the \
        council will meet next week to decide whether the plant reopens in March; officials \
        said the repairs began last year and that the pumps kept failing every Friday night \
        as the river rose and the engineers waited for parts that were never ordered ";
    let mut text = String::with_capacity(size + 100);
    text.push_str("---\nid: line\npublished: 2025-04-17\n---\n");
    while text.len() < size {
        text.push_str(prose);
    }
    let path = dir.0.join("line.txt");
    std::fs::write(&path, &text).unwrap();
    drop(text);

    let started = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["annotate", "--format", "jsonl"])
        .arg(&path)
        .output()
        .expect("timeliner runs");
    println!("annotate, {} MB line: {:?}", size >> 20, started.elapsed());
    assert_eq!(out.status.code(), Some(0));
    let line: Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    let timexes = line["timexes"].as_array().map_or(0, Vec::len);
    // Six expressions per repetition of the prose (Monday, two days, next week, March, last
    // year, every Friday night); at least five of them must be found, none lost to the length.
    assert!(timexes >= size / prose.len() * 5, "{timexes} expressions");

    // The whole pipeline (events, ordering, CSV) on a tenth of it.
    std::fs::write(&path, {
        let mut t = String::from("---\nid: line\npublished: 2025-04-17\n---\n");
        while t.len() < size / 10 {
            t.push_str(prose);
        }
        t
    })
    .unwrap();
    let started = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["build", "--format", "csv", "-o"])
        .arg(dir.0.join("line.csv"))
        .arg(&path)
        .output()
        .expect("timeliner runs");
    println!(
        "build, {} MB line: {:?}",
        (size / 10) >> 20,
        started.elapsed()
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
