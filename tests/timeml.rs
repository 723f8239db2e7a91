//! TimeML in and out: `annotate --format timeml` reads back (with our reader, with an independent
//! XML parser, and with ../shared/eval/tml2jsonl.py when it is there) to the same expressions as
//! `--format jsonl`; `.tml` files are read as articles with their DCT as publication date.

use chrono::NaiveDate;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use timeliner::export::{annotations, timeml as timeml_out};
use timeliner::{annotate, timeml, Document};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_timeliner"))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timeliner-timeml-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/timeml")
        .join(name)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Documents that exercise escaping, code points, line ends and a real article.
fn documents() -> Vec<Document> {
    let published = day(2025, 4, 17);
    let mut docs = vec![
        Document::new(
            "markup",
            published,
            "AT&T said on Sunday that profits < 5 <i > costs & \"quotes\" held 'last week'.",
        ),
        Document::new(
            "accents",
            published,
            "Le café — 3 p.m. on Monday — reopened; naïve fans queued two days later. 🎉 In 2018 too.",
        ),
        Document::new(
            "crlf",
            published,
            "First line said on Sunday\r\nsecond line\rthird line next week\r\n",
        ),
        Document::new("plain", published, "\n\nNothing at all happened.\n"),
    ];
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/000_4cca23197704bf7c.txt");
    let opts = timeliner::input::InputOptions::default();
    docs.extend(timeliner::input::read_all(&[seed], &opts).expect("the seed sample reads"));
    docs
}

/// (tid, start, end, text, type, value) of every expression in a jsonl line.
fn from_jsonl(line: &Value) -> Vec<(String, u64, u64, String, String, String)> {
    line["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["tid"].as_str().unwrap().to_string(),
                t["start"].as_u64().unwrap(),
                t["end"].as_u64().unwrap(),
                t["text"].as_str().unwrap().to_string(),
                t["type"].as_str().unwrap().to_string(),
                t["value"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn timeml_reads_back_to_the_jsonl_expressions() {
    let mut expressions = 0;
    for doc in documents() {
        let timexes = annotate(&doc);
        let mut line = Vec::new();
        annotations::write_line(&doc, &timexes, &mut line);
        let line: Value = serde_json::from_slice(&line).unwrap();
        let want = from_jsonl(&line);
        expressions += want.len();

        let mut xml = Vec::new();
        let written = timeml_out::write_document(&doc, &timexes, &mut xml);
        assert_eq!(written, timeml_out::Written::default(), "{}", doc.id);
        let xml = String::from_utf8(xml).unwrap();

        // An independent parser must accept it and see the same character data.
        let tree = roxmltree::Document::parse(&xml)
            .unwrap_or_else(|e| panic!("{}: not well-formed: {e}\n{xml}", doc.id));
        let text_elem = tree.descendants().find(|n| n.has_tag_name("TEXT")).unwrap();
        let text: String = text_elem
            .descendants()
            .filter(|n| n.is_text())
            .map(|n| n.text().unwrap())
            .collect();
        assert_eq!(text, doc.text, "{}: roxmltree text", doc.id);

        let back = timeml::parse(&xml).unwrap();
        assert_eq!(back.text, doc.text, "{}", doc.id);
        assert_eq!(back.dct, Some(doc.published.to_string()));
        let got: Vec<_> = back
            .timexes
            .iter()
            .map(|t| {
                (
                    t.tid.clone().unwrap(),
                    t.start as u64,
                    t.end as u64,
                    t.text.clone(),
                    t.kind.clone().unwrap(),
                    t.value.clone().unwrap(),
                )
            })
            .collect();
        assert_eq!(got, want, "{}", doc.id);
    }
    // The documents hold expressions to compare, not only text.
    assert!(expressions >= 15, "only {expressions} expressions");
}

#[test]
fn anchors_name_the_dct_or_the_earlier_expression() {
    let doc = Document::new(
        "a",
        day(2025, 4, 17),
        "The deal was signed on March 3, 2024. The next day it rained. He spoke on Sunday.",
    );
    let timexes = annotate(&doc);
    let anchors: Vec<Option<&str>> = timexes.iter().map(timeml_out::anchor_time_id).collect();
    assert_eq!(anchors, [None, Some("t1"), Some("t0")]);
    let mut xml = Vec::new();
    timeml_out::write_document(&doc, &timexes, &mut xml);
    let xml = String::from_utf8(xml).unwrap();
    assert!(xml.contains(
        "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2024-03-04\" anchorTimeID=\"t1\">The next day</TIMEX3>"
    ));
}

#[test]
fn characters_xml_cannot_hold_keep_their_offsets() {
    let doc = Document::new("c", day(2025, 4, 17), "Bell\u{7} rang on Sunday\u{0}.");
    let timexes = annotate(&doc);
    let mut xml = Vec::new();
    let written = timeml_out::write_document(&doc, &timexes, &mut xml);
    assert_eq!(written.replaced, 2);
    let back = timeml::parse(std::str::from_utf8(&xml).unwrap()).unwrap();
    assert_eq!(back.text, "Bell\u{FFFD} rang on Sunday\u{FFFD}.");
    assert_eq!((back.timexes[0].start, back.timexes[0].end), (14, 20));
    assert_eq!(back.timexes[0].text, "Sunday");
}

/// Writes the documents as JSON Lines input for the binary.
fn jsonl_input(dir: &Path) -> PathBuf {
    let path = dir.join("in.jsonl");
    let lines: String = documents()
        .iter()
        .map(|d| {
            let v = serde_json::json!({"id": d.id, "dct": d.published.to_string(), "text": d.text});
            format!("{v}\n")
        })
        .collect();
    std::fs::write(&path, lines).unwrap();
    path
}

fn run_ok(cmd: &mut Command) -> Output {
    let o = cmd.output().expect("run");
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    o
}

/// The jsonl lines, sorted by id, as JSON values (TimeML folders come back in file name order).
fn sorted_lines(bytes: &[u8]) -> Vec<Value> {
    let mut lines: Vec<Value> = std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    lines.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    lines
}

#[test]
fn a_timeml_folder_read_as_input_annotates_like_the_original() {
    let dir = tmp("folder");
    let input = jsonl_input(&dir);
    let out = dir.join("tml/");
    run_ok(
        bin()
            .arg("annotate")
            .arg(&input)
            .args(["-q", "-f", "timeml", "-o"])
            .arg(&out),
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "accents.tml",
            "crlf.tml",
            "markup.tml",
            "plain.tml",
            "seed-000_4cca23197704bf7c.tml"
        ]
    );
    let direct = run_ok(bin().arg("annotate").arg(&input));
    let again = run_ok(bin().arg("annotate").arg(&out));
    assert_eq!(sorted_lines(&again.stdout), sorted_lines(&direct.stdout));
}

#[test]
fn tml2jsonl_reads_back_the_same_expressions() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/tml2jsonl.py");
    if !script.is_file() {
        println!("skipped: {} not found", script.display());
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        println!("skipped: python3 is not installed");
        return;
    }
    let dir = tmp("script");
    let input = jsonl_input(&dir);
    let out = dir.join("tml/");
    run_ok(
        bin()
            .arg("annotate")
            .arg(&input)
            .args(["-q", "-f", "timeml", "-o"])
            .arg(&out),
    );
    let back = dir.join("back.jsonl");
    let o = Command::new("python3")
        .arg(&script)
        .arg(&out)
        .arg("-o")
        .arg(&back)
        .arg("--lenient")
        .output()
        .expect("run python3");
    assert!(o.status.success(), "tml2jsonl.py failed: {}", stderr(&o));
    let direct = run_ok(bin().arg("annotate").arg(&input));
    let want = sorted_lines(&direct.stdout);
    let got = sorted_lines(&std::fs::read(&back).unwrap());
    assert_eq!(got.len(), want.len());
    let originals = documents();
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g["id"], w["id"]);
        assert_eq!(g["dct"], w["dct"]);
        assert_eq!(from_jsonl(g), from_jsonl(w), "{}", w["id"]);
        let original = originals.iter().find(|d| w["id"] == d.id.as_str()).unwrap();
        assert_eq!(g["text"].as_str(), Some(original.text.as_str()));
    }
}

#[test]
fn json_is_an_array_of_the_jsonl_objects() {
    let dir = tmp("json");
    let input = jsonl_input(&dir);
    let lines = run_ok(bin().arg("annotate").arg(&input));
    let array = run_ok(bin().arg("annotate").arg(&input).args(["-f", "json"]));
    let array: Value = serde_json::from_slice(&array.stdout).unwrap();
    let lines: Vec<Value> = std::str::from_utf8(&lines.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(array, Value::Array(lines));
}

#[test]
fn several_documents_need_a_folder() {
    let dir = tmp("single");
    let input = jsonl_input(&dir);
    let o = bin()
        .arg("annotate")
        .arg(&input)
        .args(["-f", "timeml"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "nothing is written");
    assert!(stderr(&o).contains("-o FOLDER/"), "{}", stderr(&o));
    let file = dir.join("out.tml");
    let o = bin()
        .arg("annotate")
        .arg(&input)
        .args(["-f", "timeml", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 1, "no output and no temporary file: {left:?}");

    // One document goes to standard output.
    let one = run_ok(
        bin()
            .arg("annotate")
            .arg(fixture("harbour.tml"))
            .args(["-f", "timeml"]),
    );
    let back = timeml::parse(std::str::from_utf8(&one.stdout).unwrap()).unwrap();
    assert_eq!(back.dct.as_deref(), Some("2024-11-05"));
}

#[test]
fn colliding_ids_get_distinct_file_names() {
    let dir = tmp("names");
    let input = dir.join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"a/b\", \"dct\": \"2025-04-17\", \"text\": \"on Sunday\"}\n\
         {\"id\": \"a_b\", \"dct\": \"2025-04-17\", \"text\": \"on Monday\"}\n",
    )
    .unwrap();
    let out = dir.join("out/");
    run_ok(
        bin()
            .arg("annotate")
            .arg(&input)
            .args(["-q", "-f", "timeml", "-o"])
            .arg(&out),
    );
    let first = std::fs::read_to_string(out.join("a_b.tml")).unwrap();
    let second = std::fs::read_to_string(out.join("a_b-2.tml")).unwrap();
    assert!(first.contains("<DOCID>a/b</DOCID>") && first.contains(">Sunday<"));
    assert!(second.contains("<DOCID>a_b</DOCID>") && second.contains(">Monday<"));
}

#[test]
fn build_timeml_writes_the_annotated_documents() {
    let dir = tmp("build");
    let input = jsonl_input(&dir);
    let (a, b) = (dir.join("a/"), dir.join("b/"));
    run_ok(
        bin()
            .arg("annotate")
            .arg(&input)
            .args(["-q", "-f", "timeml", "-o"])
            .arg(&a),
    );
    run_ok(
        bin()
            .arg("build")
            .arg(&input)
            .args(["-q", "-f", "timeml", "-o"])
            .arg(&b),
    );
    for name in ["markup.tml", "seed-000_4cca23197704bf7c.tml"] {
        assert_eq!(
            std::fs::read(a.join(name)).unwrap(),
            std::fs::read(b.join(name)).unwrap()
        );
    }
}

#[test]
fn a_tml_file_is_read_with_its_dct_as_publication_date() {
    let o = run_ok(bin().arg("annotate").arg(fixture("harbour.tml")));
    let line: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(line["id"], "harbour");
    assert_eq!(line["dct"], "2024-11-05");
    let values: Vec<(String, String)> = from_jsonl(&line).into_iter().map(|t| (t.3, t.5)).collect();
    let want = [
        ("Monday", "2024-11-04"),
        ("next spring", "2025-SP"),
        ("2019", "2019"),
        ("two years", "P2Y"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(values, want);

    // The same through build: the CSV's published column is the DCT's date.
    let o = run_ok(
        bin()
            .arg("build")
            .arg(fixture("harbour.tml"))
            .args(["-f", "csv"]),
    );
    let csv = String::from_utf8(o.stdout).unwrap();
    assert!(
        csv.lines().nth(1).unwrap().contains(",2024-11-05,"),
        "{csv}"
    );

    // And from standard input; --published does not override the DCT.
    let o = run_ok(
        bin()
            .args([
                "annotate",
                "-",
                "--input-format",
                "tml",
                "--published",
                "2020-01-01",
            ])
            .stdin(std::fs::File::open(fixture("harbour.tml")).unwrap()),
    );
    let line: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(line["dct"], "2024-11-05");
}

#[test]
fn a_broken_tml_file_is_skipped_with_its_name_and_line() {
    // With a good file beside it: a warning and exit status 3.
    let o = bin().arg("annotate").arg(fixture("")).output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("zz_broken.tml:6:"), "{err}");
    assert!(
        err.contains("2 documents in, 1 processed, 1 skipped"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 1);

    // Alone: nothing could be read, exit status 2.
    let o = bin()
        .arg("annotate")
        .arg(fixture("zz_broken.tml"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("zz_broken.tml:6:"), "{}", stderr(&o));
}

#[test]
fn one_stream_formats_refuse_a_folder() {
    let dir = tmp("streamdir");
    let input = jsonl_input(&dir);
    for format in ["jsonl", "json"] {
        let o = bin()
            .arg("annotate")
            .arg(&input)
            .args(["-f", format, "-o"])
            .arg(&dir)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("--format timeml"), "{}", stderr(&o));
    }
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 1, "only the input: {left:?}");
}
