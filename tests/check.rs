//! `check`: case-file parsing, comparing with a hand-made annotator, the three report formats
//! and the exit codes of the binary.

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::Command;
use timeliner::check::parse::parse_cases;
use timeliner::check::{
    check_files_with, render_json, render_junit, render_text, run_case_with, CaseResult, Outcome,
    Row,
};
use timeliner::timex::{midnight, tense::Tense, Interval, TimeExpr, TimeValue, Timex, TimexType};
use timeliner::Document;

fn rows(name: &str, src: &str) -> Vec<Row> {
    parse_cases(Path::new(name), src.as_bytes()).expect("header is fine")
}

fn case(row: &Row) -> &timeliner::check::Case {
    match row {
        Row::Case(c) => c,
        Row::Malformed(e) => panic!("unexpected malformed row: {e}"),
    }
}

fn malformed_line(row: &Row) -> Option<usize> {
    match row {
        Row::Malformed(e) => e.line,
        Row::Case(_) => None,
    }
}

#[test]
fn tsv_with_comments_and_malformed_rows() {
    let src = "published\ttext\texpected\tinterval\ttype\tnote\n\
        # a comment line\n\
        2025-04-17\tTrump said [on Sunday] that talks resume [on Saturday].\t2025-04-13|2025-04-19\t\tDATE|\tweekdays\n\
        2025-04-17\tonly two cells\n\
        #another comment\n\
        17/04/2025\tThe meeting was [last week].\t2025-W15\t\t\t\n\
        2025-04-17\tThe meeting was [last week].\t2025-W15|2025-W16\t\t\t\n\
        2025-04-17\tThe meeting was [last week\t2025-W15\t\t\t\n\
        2025-04-17\tThe \"quoted\" meeting was [last week].\t2025-W15\t2025-04-07..2025-04-14\tdate\t\n\
        2025-04-17\tThe cat sat.\t\t\t\t\n";
    let rows = rows("cases.tsv", src);
    assert_eq!(rows.len(), 7);
    let first = case(&rows[0]);
    assert_eq!(first.line, 3); // the header is line 1, the comment line 2
    assert_eq!(
        first.text,
        "Trump said on Sunday that talks resume on Saturday."
    );
    assert_eq!(first.expected.len(), 2);
    assert_eq!(
        &first.text[first.expected[0].start..first.expected[0].end],
        "on Sunday"
    );
    assert_eq!(first.expected[1].value, "2025-04-19");
    assert_eq!(first.expected[0].kind, Some(TimexType::Date));
    assert_eq!(first.expected[1].kind, None); // an empty entry is not checked
    assert_eq!(first.note.as_deref(), Some("weekdays"));
    // Wrong cell count, a bad date, a value count mismatch and an unclosed bracket, each with its line.
    assert_eq!(malformed_line(&rows[1]), Some(4));
    assert_eq!(malformed_line(&rows[2]), Some(6));
    assert_eq!(malformed_line(&rows[3]), Some(7));
    assert_eq!(malformed_line(&rows[4]), Some(8));
    // The rows after the malformed ones still parse; in TSV a quote is an ordinary character.
    let quoted = case(&rows[5]);
    assert_eq!(quoted.line, 9);
    assert!(quoted.text.starts_with("The \"quoted\" meeting"));
    let want = Interval::days(
        NaiveDate::from_ymd_opt(2025, 4, 7).unwrap(),
        NaiveDate::from_ymd_opt(2025, 4, 14).unwrap(),
    );
    assert_eq!(quoted.expected[0].interval, Some(Some(want)));
    assert!(case(&rows[6]).expected.is_empty());
    if let Row::Malformed(e) = &rows[2] {
        assert_eq!(e.file.as_deref(), Some(Path::new("cases.tsv")));
        assert!(
            e.to_string().starts_with("cases.tsv:6: malformed row"),
            "{e}"
        );
    }
}

#[test]
fn csv_with_quoting_and_lines_of_multiline_cells() {
    let src = "published,text,expected,note\n\
        2025-04-17,\"On [Thursday], he said, \"\"no\"\".\",2025-04-17,\n\
        2025-04-17,\"two\nlines [today]\",2025-04-17,\n\
        # a comment, then a blank line\n\
        \n\
        2025-04-17,too,many,cells,here\n\
        2025-04-17,[now],PRESENT_REF,last\n";
    let rows = rows("cases.csv", src);
    assert_eq!(case(&rows[0]).text, "On Thursday, he said, \"no\".");
    assert_eq!(case(&rows[1]).line, 3);
    assert_eq!(malformed_line(&rows[2]), Some(7)); // the quoted cell above spans two lines
    assert_eq!(case(&rows[3]).line, 8);
}

#[test]
fn header_problems_are_file_errors() {
    for src in [
        "",
        "published\ttext\n",
        "published\ttext\texpected\tcolour\n",
    ] {
        assert!(
            parse_cases(Path::new("x.tsv"), src.as_bytes()).is_err(),
            "{src:?}"
        );
    }
}

/// A hand-made annotator result: `text` found at its first occurrence in the document.
fn timex(
    doc: &Document,
    text: &str,
    kind: TimexType,
    value: &str,
    interval: Option<Interval>,
) -> Timex {
    let start = doc.text.find(text).expect("the expression is in the text");
    Timex {
        id: "t1".into(),
        start,
        end: start + text.len(),
        text: text.into(),
        sentence: 0,
        expr: TimeExpr::Unknown { value: "X" },
        tense: Tense::Unknown,
        value: TimeValue {
            kind,
            value: value.into(),
            grain: None,
            interval,
            modifier: None,
            quant: None,
            freq: None,
            given: Default::default(),
            reason: format!("hand-made {text}"),
        },
        anchor: None,
        rule: "test",
        range: None,
    }
}

fn day(d: u32) -> Interval {
    Interval::day(NaiveDate::from_ymd_opt(2025, 4, d).unwrap())
}

/// What a tiny fake annotator finds in the test sentences.
fn fake(doc: &Document) -> Vec<Timex> {
    let mut out = Vec::new();
    if doc.text.contains("Sunday") {
        out.push(timex(
            doc,
            "Sunday",
            TimexType::Date,
            "2025-04-13",
            Some(day(13)),
        ));
    }
    if doc.text.contains("Saturday") {
        out.push(timex(
            doc,
            "on Saturday",
            TimexType::Date,
            "2025-04-12",
            Some(day(12)),
        ));
    }
    if doc.text.contains("recently") {
        let open = Interval {
            start: None,
            end: Some(midnight(NaiveDate::from_ymd_opt(2025, 4, 17).unwrap())),
        };
        out.push(timex(
            doc,
            "recently",
            TimexType::Date,
            "PAST_REF",
            Some(open),
        ));
    }
    out
}

fn run(src: &str) -> Vec<CaseResult> {
    rows("t.tsv", src)
        .into_iter()
        .map(|r| match r {
            Row::Case(c) => run_case_with(c, &fake),
            Row::Malformed(e) => panic!("{e}"),
        })
        .collect()
}

const HEADER: &str = "published\ttext\texpected\tinterval\ttype\tnote\n";

#[test]
fn a_mark_passes_on_overlap_with_the_right_value() {
    let r = run(&format!("{HEADER}2025-04-17\tHe said [on Sunday] it was over.\t2025-04-13\t2025-04-13..2025-04-14\tDATE\t\n"));
    assert!(r[0].passed(), "{:?}", r[0]);
    assert!(r[0].marks[0].span_differs()); // marked "on Sunday", found "Sunday": shown, not failed
}

#[test]
fn wrong_value_interval_and_type_fail_and_are_reported() {
    let src = format!(
        "{HEADER}2025-04-17\tThey meet [on Saturday].\t2025-04-19\t2025-04-19..2025-04-20\tTIME\tfuture tense\n\
         2025-04-17\tHe said [on Sunday] it was over.\t2025-04-13\t2025-04-12..2025-04-13\t\t\n\
         2025-04-17\tIt was [recently] done.\tPAST_REF\t..2025-04-17\t\t\n"
    );
    let r = run(&src);
    assert!(!r[0].passed());
    let m = &r[0].marks[0];
    assert!(!m.value_ok && m.interval_ok == Some(false) && m.type_ok == Some(false));
    assert!(!r[1].passed() && r[1].marks[0].value_ok && r[1].marks[0].interval_ok == Some(false));
    assert!(r[2].passed(), "open intervals compare too");

    let report = timeliner::check::CheckReport {
        files: vec![timeliner::check::FileReport {
            path: "t.tsv".into(),
            outcomes: r.into_iter().map(Outcome::Ran).collect(),
            error: None,
        }],
    };
    let text = render_text(&report);
    assert!(text.contains("t.tsv:2: They meet [on Saturday]."), "{text}");
    assert!(
        text.contains("[on Saturday]: expected 2025-04-19, got 2025-04-12"),
        "{text}"
    );
    assert!(
        text.contains("interval: expected 2025-04-19..2025-04-20, got 2025-04-12..2025-04-13"),
        "{text}"
    );
    assert!(text.contains("type: expected TIME, got DATE"), "{text}");
    assert!(text.contains("reason: hand-made on Saturday"), "{text}");
    assert!(text.contains("note: future tense"), "{text}");
    assert!(
        text.contains("(marked [on Sunday] found [Sunday])"),
        "{text}"
    );
    assert_eq!(text.lines().last(), Some("1 passed, 2 failed"));
}

#[test]
fn found_but_not_marked_and_marked_but_not_found_fail() {
    let src = format!(
        "{HEADER}2025-04-17\tHe left on Sunday.\t\t\t\t\n\
         2025-04-17\tHe left [yesterday].\t2025-04-16\t\t\t\n\
         2025-04-17\tThe cat sat.\t\t\t\t\n"
    );
    let r = run(&src);
    assert!(!r[0].passed());
    assert_eq!(r[0].unmarked.len(), 1);
    assert!(!r[1].passed() && r[1].marks[0].found.is_none());
    assert!(r[2].passed());
    let report = timeliner::check::CheckReport {
        files: vec![timeliner::check::FileReport {
            path: "t.tsv".into(),
            outcomes: r.into_iter().map(Outcome::Ran).collect(),
            error: None,
        }],
    };
    let text = render_text(&report);
    assert!(
        text.contains("found but not marked: [Sunday] DATE 2025-04-13  in: He left on [Sunday]."),
        "{text}"
    );
    assert!(
        text.contains("marked but not found: [yesterday], expected 2025-04-16"),
        "{text}"
    );
    assert!(text.ends_with("1 passed, 2 failed\n"));
}

/// Writes case files into a fresh folder under the target directory.
fn scratch(name: &str, files: &[(&str, &str)]) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    files
        .iter()
        .map(|(f, content)| {
            let p = dir.join(f);
            std::fs::write(&p, content).unwrap();
            p
        })
        .collect()
}

#[test]
fn malformed_rows_count_as_failed_and_the_rest_still_run() {
    let files = scratch(
        "check-malformed",
        &[(
            "a.tsv",
            "published\ttext\texpected\n2025-04-17\tThe cat sat.\t\n2025-04-17\tbroken\n2025-04-17\tHe left on [Sunday].\t2025-04-13\n",
        )],
    );
    let report = check_files_with(&files, &fake);
    assert_eq!((report.passed(), report.failed()), (2, 1));
    assert_eq!(report.exit_code(), 1);
    let text = render_text(&report);
    assert!(
        text.contains("a.tsv:3: malformed row: 2 cells, the header has 3"),
        "{text}"
    );
}

#[test]
fn junit_is_well_formed_with_one_testcase_per_row() {
    let files = scratch(
        "check-junit",
        &[
            (
                "a.tsv",
                "published\ttext\texpected\n2025-04-17\tThe cat <sat> & \"ran\".\t\n2025-04-17\tbroken\n2025-04-17\tThey meet [on Saturday].\t2025-04-19\n",
            ),
            ("b.csv", "published,text,expected\n2025-04-17,He left on [Sunday].,2025-04-13\n"),
        ],
    );
    let report = check_files_with(&files, &fake);
    let xml = render_junit(&report);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    assert_eq!(root.attribute("tests"), Some("4"));
    assert_eq!(root.attribute("failures"), Some("1"));
    assert_eq!(root.attribute("errors"), Some("1"));
    let cases: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 4);
    assert_eq!(cases[0].attribute("line"), Some("2"));
    assert!(
        cases[0].children().all(|c| !c.is_element()),
        "a passing row has no failure"
    );
    assert!(cases[1].children().any(|c| c.has_tag_name("error")));
    let failure = cases[2]
        .children()
        .find(|c| c.has_tag_name("failure"))
        .expect("failure");
    assert!(failure
        .text()
        .unwrap_or("")
        .contains("expected 2025-04-19, got 2025-04-12"));
}

#[test]
fn json_output_parses_and_counts() {
    let files = scratch(
        "check-json",
        &[("a.tsv", "published\ttext\texpected\n2025-04-17\tZürich left [on Sunday].\t2025-04-13\n2025-04-17\tx\n")],
    );
    let report = check_files_with(&files, &fake);
    let v: serde_json::Value = serde_json::from_str(&render_json(&report)).expect("valid JSON");
    assert_eq!(v["passed"], 1);
    assert_eq!(v["failed"], 1);
    let cases = v["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2);
    let mark = &cases[0]["marks"][0];
    assert_eq!(mark["expected"]["value"], "2025-04-13");
    assert_eq!(mark["found"]["text"], "Sunday");
    assert_eq!(mark["found"]["start"], 15); // code points: "Zürich left on " is 15 characters
    assert_eq!(mark["span_exact"], false);
    assert_eq!(cases[1]["passed"], false);
    assert_eq!(cases[1]["line"], 3);
}

fn timeliner(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn exit_codes_of_the_binary() {
    let files = scratch(
        "check-exit",
        &[
            ("pass.tsv", "published\ttext\texpected\n# nothing temporal here\n2025-04-17\tThe cat sat.\t\n"),
            (
                "fail.csv",
                "published,text,expected\n2025-04-17,The talks were [last week].,2025-W14\n2025-04-17,The cat sat.,\n",
            ),
        ],
    );
    let (code, out) = timeliner(&["check".as_ref(), files[0].as_os_str()]);
    assert_eq!((code, out.as_str()), (0, "1 passed, 0 failed\n"));

    // The expected value is wrong on purpose (last week is 2025-W15): the row must fail.
    let (code, out) = timeliner(&["check".as_ref(), files[1].as_os_str(), files[0].as_os_str()]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().last(), Some("2 passed, 1 failed"));
    assert!(
        out.contains("fail.csv:2: The talks were [last week]."),
        "{out}"
    );

    let missing = files[0].with_file_name("missing.tsv");
    let (code, out) = timeliner(&["check".as_ref(), files[0].as_os_str(), missing.as_os_str()]);
    assert_eq!(code, 2);
    assert!(out.contains("missing.tsv: cannot read"), "{out}");
    assert_eq!(out.lines().last(), Some("1 passed, 0 failed"));

    let (code, xml) = timeliner(&[
        "check".as_ref(),
        files[0].as_os_str(),
        "--format".as_ref(),
        "junit".as_ref(),
    ]);
    assert_eq!(code, 0);
    roxmltree::Document::parse(&xml).expect("well-formed JUnit XML");
    let (code, json) = timeliner(&[
        "check".as_ref(),
        files[0].as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&json).unwrap()["passed"],
        1
    );
}

#[test]
fn the_mod_column_is_checked_and_reported() {
    let dir = std::env::temp_dir().join(format!("timeliner-check-mod-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("mods.tsv");
    std::fs::write(
        &path,
        "published\ttext\texpected\tmod\n\
         2025-04-17\tThe plant closed in [late 2024].\t2024\tEND\n\
         2025-04-17\tThe plant closed in [late 2024].\t2024\tSTART\n\
         2025-04-17\tThe plant closed in [late 2024].\t2024\t-\n\
         2025-04-17\tThe plant closed in [2024].\t2024\tNOPE\n",
    )
    .expect("write");
    let (code, out) = timeliner(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("mod: expected START, got END"), "{out}");
    assert!(out.contains("mod: expected none, got END"), "{out}");
    assert!(out.contains("mod \"NOPE\" is not a TIMEX3 mod"), "{out}");
    assert!(out.trim_end().ends_with("1 passed, 3 failed"), "{out}");
}
