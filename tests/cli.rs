//! The command line: bad input gives exit status 2 and one clear line naming the file, never a
//! panic; outputs are never left half-written.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_timeliner"))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timeliner-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_fails_naming(o: &Output, needle: &str) {
    assert_eq!(
        o.status.code(),
        Some(2),
        "want exit 2, stderr: {}",
        stderr(o)
    );
    let err = stderr(o);
    assert!(err.contains(needle), "stderr should name {needle:?}: {err}");
    assert!(!err.contains("panicked"), "panic: {err}");
}

#[test]
fn missing_file() {
    let o = bin()
        .args(["build", "no/such/article.txt"])
        .output()
        .expect("run");
    assert_fails_naming(&o, "no/such/article.txt");
}

#[test]
fn folder_without_articles() {
    let dir = tmp("empty");
    std::fs::write(dir.join("notes.bin"), b"x").expect("write");
    let o = bin().arg("build").arg(&dir).output().expect("run");
    assert_fails_naming(&o, &dir.display().to_string());
}

#[test]
fn relative_or_unparseable_published_date() {
    let dir = tmp("date");
    let f = dir.join("a.txt");
    std::fs::write(&f, "He said on Sunday that it rained.").expect("write");
    for bad in ["yesterday", "not a date", "2025-02-30"] {
        let o = bin()
            .arg("build")
            .arg(&f)
            .args(["--published", bad])
            .output()
            .expect("run");
        assert_fails_naming(&o, "--published");
    }
}

#[test]
fn document_without_a_date() {
    let dir = tmp("nodate");
    let f = dir.join("a.txt");
    std::fs::write(&f, "He said on Sunday that it rained.").expect("write");
    let o = bin().arg("build").arg(&f).output().expect("run");
    assert_fails_naming(&o, "a.txt");
    assert!(
        stderr(&o).contains("--published"),
        "says what to do: {}",
        stderr(&o)
    );
}

#[test]
fn invalid_utf8_and_empty_files() {
    let dir = tmp("bytes");
    let bad = dir.join("bad.txt");
    std::fs::write(
        &bad,
        b"---\npublished: 2025-04-17\n---\nOn Sunday \xff\xfe it rained.",
    )
    .expect("write");
    let o = bin().arg("build").arg(&bad).output().expect("run");
    assert_fails_naming(&o, "bad.txt");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").expect("write");
    let o = bin()
        .arg("build")
        .arg(&empty)
        .args(["--published", "2025-04-17"])
        .output()
        .expect("run");
    assert_fails_naming(&o, "empty.txt");
}

#[test]
fn failed_run_leaves_no_output_file() {
    let dir = tmp("atomic");
    let out = dir.join("timeline.csv");
    let o = bin()
        .args(["build", "no/such/file.txt", "-o"])
        .arg(&out)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists(), "no output after a failed run");
    let leftovers: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn build_csv_and_json_of_one_article() {
    let dir = tmp("ok");
    let f = dir.join("a.txt");
    std::fs::write(
        &f,
        "Witkoff is set to travel to Rome on Saturday, following a meeting in Oman last weekend.",
    )
    .expect("write");
    let o = bin()
        .arg("build")
        .arg(&f)
        .args(["--published", "April 17, 2025", "--format", "csv"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = String::from_utf8(o.stdout).expect("utf8");
    assert!(
        csv.starts_with("order,date,end_date,granularity,timex,expression,event"),
        "{csv}"
    );
    assert!(
        csv.contains("2025-04-19") && csv.contains("2025-W15-WE"),
        "{csv}"
    );
    let o = bin()
        .arg("build")
        .arg(&f)
        .args(["--published", "2025-04-17", "--format", "json"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let rel = &v["relations"].as_array().expect("relations")[0];
    assert_eq!(rel["type"], "BEFORE");
    assert_eq!(rel["evidence"], "following");
}

#[test]
fn a_year_stays_a_year_in_csv() {
    let dir = tmp("year");
    let f = dir.join("a.txt");
    std::fs::write(&f, "Trump withdrew from the agreement in 2018.").expect("write");
    let o = bin()
        .arg("build")
        .arg(&f)
        .args(["--published", "2025-04-17"])
        .output()
        .expect("run");
    let csv = String::from_utf8(o.stdout).expect("utf8");
    let row = csv.lines().nth(1).expect("one event");
    assert!(row.starts_with("1,2018,2018,year,2018,"), "{row}");
}

#[test]
fn resolve_explains() {
    let o = bin()
        .args([
            "resolve",
            "Sunday",
            "--published",
            "2025-04-17",
            "--context",
            "Trump said on Sunday",
            "--explain",
        ])
        .output()
        .expect("run");
    let out = String::from_utf8(o.stdout).expect("utf8");
    assert!(out.starts_with("2025-04-13\n"), "{out}");
    assert!(out.contains("past tense") && out.contains("said"), "{out}");
    let o = bin()
        .args([
            "resolve",
            "last weekend",
            "--published",
            "2025-04-17",
            "--explain",
        ])
        .output()
        .expect("run");
    let out = String::from_utf8(o.stdout).expect("utf8");
    assert!(
        out.contains("2025-W15-WE") && out.contains("[2025-04-12 .. 2025-04-14)"),
        "{out}"
    );
}

#[test]
fn annotate_writes_the_eval_interface() {
    let dir = tmp("annotate");
    let f = dir.join("docs.jsonl");
    std::fs::write(
        &f,
        "{\"id\": \"d1\", \"dct\": \"2025-04-17\", \"text\": \"Zürich said on Sunday.\"}\n",
    )
    .expect("write");
    let o = bin()
        .args(["annotate", "--format", "jsonl"])
        .arg(&f)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let line: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json line");
    let t = &line["timexes"][0];
    // code point offsets: "Zürich said on " is 15 code points (16 bytes)
    assert_eq!(
        (t["start"].as_u64(), t["end"].as_u64()),
        (Some(15), Some(21))
    );
    assert_eq!(t["value"], "2025-04-13");
}
