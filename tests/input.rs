//! The input readers through their public API: every format, dates, encodings, and every
//! kind of trouble, each checked for the file, the line and the message the user sees.

use chrono::NaiveDate;
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use timeliner::cli::InputFormat;
use timeliner::input::{open, open_reader, parse_date, read_all, InputOptions, Skipped};
use timeliner::Document;

/// A scratch folder of its own for each test, removed afterwards.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let unique = format!(
            "timeliner-input-{}-{}-{name}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        );
        let dir = std::env::temp_dir().join(unique);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn no_opts() -> InputOptions {
    InputOptions::default()
}

fn with_date(published: NaiveDate) -> InputOptions {
    InputOptions {
        published: Some(published),
        stdin_format: None,
    }
}

/// Every item of the inputs, documents and skips apart.
fn read(paths: &[PathBuf], opts: &InputOptions) -> (Vec<Document>, Vec<Skipped>) {
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for item in open(paths, opts).unwrap() {
        match item {
            Ok(doc) => docs.push(doc),
            Err(skip) => skipped.push(skip),
        }
    }
    (docs, skipped)
}

fn one_skip(path: &Path, opts: &InputOptions) -> Skipped {
    let (docs, mut skipped) = read(&[path.to_path_buf()], opts);
    assert!(docs.is_empty(), "expected no documents, got {docs:?}");
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    let skip = skipped.remove(0);
    assert_eq!(skip.file, path);
    skip
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

// ---- text and markdown ------------------------------------------------------------------

#[test]
fn txt_with_every_front_matter_key() {
    let dir = Scratch::new("txt-keys");
    let path = dir.file(
        "story.txt",
        "---\npublished: 2025-04-17\ntitle: Talks resume\nid: abc-1\nurl: https://news.test/a\nauthor: ignored\n---\n\nTrump said on Sunday.\n",
    );
    let docs = read_all(std::slice::from_ref(&path), &no_opts()).unwrap();
    assert_eq!(
        docs,
        vec![Document {
            id: "abc-1".into(),
            published: date(2025, 4, 17),
            title: Some("Talks resume".into()),
            url: Some("https://news.test/a".into()),
            text: "Trump said on Sunday.\n".into(),
            source: path.display().to_string(),
        }]
    );
}

#[test]
fn md_front_matter_with_only_a_date_and_quoted_values() {
    let dir = Scratch::new("md-min");
    let only_date = dir.file(
        "only-date.md",
        "---\ndate: \"April 17, 2025\"\n---\n# Head\n",
    );
    let quoted = dir.file(
        "quoted.md",
        "---\npublished: 'Thu, 17 Apr 2025'\ntitle: \"He said \\\"no\\\"\"\nid: 'it''s'\n---\nx",
    );
    let docs = read_all(&[only_date, quoted], &no_opts()).unwrap();
    assert_eq!(docs[0].id, "only-date", "id defaults to the file stem");
    assert_eq!(docs[0].published, date(2025, 4, 17));
    assert_eq!(docs[0].title, None);
    assert_eq!(docs[0].url, None);
    assert_eq!(docs[0].text, "# Head\n");
    assert_eq!(docs[1].published, date(2025, 4, 17));
    assert_eq!(docs[1].title.as_deref(), Some("He said \"no\""));
    assert_eq!(docs[1].id, "it's");
    assert_eq!(docs[1].text, "x");
}

#[test]
fn txt_without_front_matter_needs_the_published_option() {
    let dir = Scratch::new("txt-plain");
    let path = dir.file("plain.txt", "No header here.\n---\nStill text.");
    let skip = one_skip(&path, &no_opts());
    assert_eq!(
        skip.reason,
        "no publication date: add `published:` to it or pass --published"
    );
    let docs = read_all(&[path], &with_date(date(2025, 1, 2))).unwrap();
    assert_eq!(docs[0].published, date(2025, 1, 2));
    assert_eq!(docs[0].text, "No header here.\n---\nStill text.");
}

#[test]
fn front_matter_date_wins_over_the_option() {
    let dir = Scratch::new("txt-wins");
    let path = dir.file("a.txt", "---\npublished: 17 April 2025\n---\nx");
    let docs = read_all(&[path], &with_date(date(2000, 1, 1))).unwrap();
    assert_eq!(docs[0].published, date(2025, 4, 17));
}

#[test]
fn relative_and_impossible_header_dates_are_skipped_on_their_line() {
    let dir = Scratch::new("txt-baddate");
    let relative = dir.file("rel.txt", "---\ntitle: x\npublished: yesterday\n---\nx");
    let skip = one_skip(&relative, &with_date(date(2025, 1, 1)));
    assert_eq!(skip.line, Some(3));
    assert!(skip.reason.contains("relative"), "{}", skip.reason);
    let impossible = dir.file("imp.txt", "---\npublished: 2025-02-30\n---\nx");
    let skip = one_skip(&impossible, &no_opts());
    assert_eq!(skip.line, Some(2));
    assert!(
        skip.reason.contains("no day 30 in February 2025"),
        "{}",
        skip.reason
    );
}

#[test]
fn unclosed_front_matter_names_line_one() {
    let dir = Scratch::new("txt-unclosed");
    let path = dir.file(
        "open.md",
        "---\npublished: 2025-04-17\nThe text, no closing line.\n",
    );
    let skip = one_skip(&path, &no_opts());
    assert_eq!(skip.line, Some(1));
    assert_eq!(
        skip.reason,
        "front matter opened on line 1 is never closed; add a line with ---"
    );
}

// ---- JSON Lines and JSON ----------------------------------------------------------------

#[test]
fn jsonl_reads_good_lines_around_a_broken_one() {
    let dir = Scratch::new("jsonl");
    let path = dir.file(
        "feed.jsonl",
        concat!(
            "{\"id\": \"a\", \"published\": \"2025-04-17\", \"title\": \"T\", \"text\": \"one\", \"url\": \"u\", \"extra\": 1}\n",
            "{\"dct\": \"1998-01-08\", \"text\": \"two\"\n",
            "\n",
            "{\"dct\": \"1998-01-08\", \"text\": \"three\"}\r\n",
        ),
    );
    let (docs, skipped) = read(std::slice::from_ref(&path), &no_opts());
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, "a");
    assert_eq!(docs[0].title.as_deref(), Some("T"));
    assert_eq!(docs[0].url.as_deref(), Some("u"));
    assert_eq!(docs[0].source, format!("{}:1", path.display()));
    assert_eq!(docs[1].id, "feed:4", "blank lines still count");
    assert_eq!(docs[1].published, date(1998, 1, 8));
    assert_eq!(docs[1].text, "three");
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].line, Some(2));
    assert!(
        skipped[0].reason.contains("broken JSON"),
        "{}",
        skipped[0].reason
    );
}

#[test]
fn jsonl_record_problems_are_named() {
    let dir = Scratch::new("jsonl-bad");
    let path = dir.file(
        "bad.jsonl",
        concat!(
            "[1, 2]\n",
            "{\"published\": \"2025-04-17\"}\n",
            "{\"text\": \"no date\"}\n",
            "{\"dct\": 19980108, \"text\": \"x\"}\n",
            "{\"dct\": \"next friday\", \"text\": \"x\"}\n",
        ),
    );
    let (docs, skipped) = read(&[path], &no_opts());
    assert!(docs.is_empty());
    let lines: Vec<_> = skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, [Some(1), Some(2), Some(3), Some(4), Some(5)]);
    assert!(skipped[0].reason.contains("not a JSON object"));
    assert!(skipped[1].reason.contains("no `text` field"));
    assert!(skipped[2].reason.starts_with("no publication date"));
    assert!(skipped[3].reason.contains("`dct` is a number"));
    assert!(skipped[4].reason.contains("relative"));
}

#[test]
fn json_object_and_array() {
    let dir = Scratch::new("json");
    let single = dir.file(
        "one.json",
        r#"{"id": 42, "published": "April 17, 2025", "text": "solo"}"#,
    );
    let array = dir.file(
        "many.json",
        "[\n  {\"dct\": \"2025-04-17\", \"text\": \"first\"},\n  \"oops\",\n  {\"dct\": \"2025-04-18\",\n   \"text\": \"third\"}\n]\n",
    );
    let (docs, skipped) = read(&[single.clone(), array.clone()], &no_opts());
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0].id, "42");
    assert_eq!(docs[0].source, single.display().to_string());
    assert_eq!(docs[1].id, "many:1");
    assert_eq!(docs[1].source, format!("{}:2", array.display()));
    assert_eq!(docs[2].id, "many:3");
    assert_eq!(docs[2].published, date(2025, 4, 18));
    assert_eq!(docs[2].source, format!("{}:4", array.display()));
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].line, Some(3));
    assert!(skipped[0].reason.starts_with("item 2 of the array"));
}

#[test]
fn broken_json_file_names_the_line() {
    let dir = Scratch::new("json-broken");
    let path = dir.file("b.json", "[\n {\"text\": \"a\"},\n {\"text\" \"b\"}\n]");
    let skip = one_skip(&path, &with_date(date(2025, 1, 1)));
    assert_eq!(skip.line, Some(3));
    assert!(skip.reason.contains("broken JSON"));
}

// ---- CSV --------------------------------------------------------------------------------

#[test]
fn csv_with_embedded_newlines_reports_record_start_lines() {
    let dir = Scratch::new("csv");
    let path = dir.file(
        "wire.csv",
        "ID,Published,Title,Text,Other\n\
         w1,2025-04-17,First,\"Line one\nline two, with a comma\",x\n\
         ,\"April 18, 2025\",,\"Second\",y\n\
         w3,2025-04-19,Short\n\
         w4,,Third,\"three\",z\n",
    );
    let (docs, skipped) = read(std::slice::from_ref(&path), &with_date(date(2000, 1, 1)));
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0].id, "w1");
    assert_eq!(docs[0].text, "Line one\nline two, with a comma");
    assert_eq!(docs[0].title.as_deref(), Some("First"));
    assert_eq!(docs[0].source, format!("{}:2", path.display()));
    assert_eq!(docs[1].id, "wire:4", "blank id falls back to stem:line");
    assert_eq!(docs[1].published, date(2025, 4, 18));
    assert_eq!(docs[1].title, None);
    assert_eq!(
        docs[2].published,
        date(2000, 1, 1),
        "blank date uses --published"
    );
    assert_eq!(docs[2].source, format!("{}:6", path.display()));
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].line, Some(5));
    assert!(
        skipped[0].reason.contains("3 fields but the header has 5"),
        "{}",
        skipped[0].reason
    );
}

#[test]
fn csv_without_text_column_is_fatal() {
    let dir = Scratch::new("csv-notext");
    let path = dir.file("no-text.csv", "id,dct,body\n1,2025-04-17,hello\n");
    let err = open(std::slice::from_ref(&path), &no_opts()).unwrap_err();
    assert_eq!(err.file.as_deref(), Some(path.as_path()));
    assert_eq!(err.line, Some(1));
    assert!(err.message.contains("no `text` column"), "{}", err.message);
    assert!(err.message.contains("id, dct, body"), "{}", err.message);
    assert!(err.hint.is_some());
}

#[test]
fn csv_with_utf8_byte_order_mark_finds_its_columns() {
    let dir = Scratch::new("csv-bom");
    let path = dir.file("bom.csv", b"\xEF\xBB\xBFtext,date\nhi,2025-04-17\n");
    let docs = read_all(&[path], &no_opts()).unwrap();
    assert_eq!(docs[0].text, "hi");
    assert_eq!(docs[0].published, date(2025, 4, 17));
}

// ---- encodings --------------------------------------------------------------------------

#[test]
fn invalid_utf8_is_skipped_per_file_or_per_line() {
    let dir = Scratch::new("utf8");
    let txt = dir.file("latin1.txt", b"---\npublished: 2025-04-17\n---\ncaf\xE9\n");
    let skip = one_skip(&txt, &no_opts());
    assert_eq!(skip.line, Some(4), "the line of the first bad byte");
    assert!(skip.reason.contains("not UTF-8"), "{}", skip.reason);
    assert!(skip.reason.contains("save it as UTF-8"), "{}", skip.reason);

    let jsonl = dir.file(
        "mixed.jsonl",
        b"{\"dct\":\"2025-04-17\",\"text\":\"ok\"}\n{\"dct\":\"2025-04-17\",\"text\":\"caf\xE9\"}\n{\"dct\":\"2025-04-17\",\"text\":\"ok too\"}\n",
    );
    let (docs, skipped) = read(&[jsonl], &no_opts());
    assert_eq!(docs.len(), 2);
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].line, Some(2));
    assert!(skipped[0].reason.contains("not UTF-8"));

    let csv = dir.file(
        "bad.csv",
        b"text,dct\n\"caf\xE9\",2025-04-17\ngood,2025-04-17\n",
    );
    let (docs, skipped) = read(&[csv], &no_opts());
    assert_eq!(docs.len(), 1);
    assert_eq!(skipped[0].line, Some(2));
    assert!(skipped[0].reason.contains("not UTF-8"));
}

#[test]
fn utf16_with_byte_order_mark_is_decoded() {
    let dir = Scratch::new("utf16");
    let txt = dir.file(
        "le.txt",
        utf16("---\npublished: 2025-04-17\n---\nZoë — 🙂\n", false),
    );
    let jsonl = dir.file(
        "be.jsonl",
        utf16(
            "{\"dct\": \"2025-04-17\", \"text\": \"één\"}\n{\"dct\": \"2025-04-18\", \"text\": \"two\"}\n",
            true,
        ),
    );
    let csv = dir.file("le.csv", utf16("text,published\nΑθήνα,2025-04-17\n", false));
    let docs = read_all(&[txt, jsonl, csv], &no_opts()).unwrap();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["Zoë — 🙂\n", "één", "two", "Αθήνα"]);
    assert_eq!(docs[2].id, "be:2");
}

#[test]
fn nul_bytes_stay_in_the_text() {
    let dir = Scratch::new("nul");
    let txt = dir.file("nul.txt", b"a\0b");
    let jsonl = dir.file("nul.jsonl", b"{\"text\": \"x\\u0000y\"}\n\0\n");
    let (docs, skipped) = read(&[txt, jsonl], &with_date(date(2025, 4, 17)));
    assert_eq!(docs[0].text, "a\0b");
    assert_eq!(docs[1].text, "x\0y");
    assert_eq!(skipped.len(), 1, "a line holding a NUL byte is broken JSON");
    assert_eq!(skipped[0].line, Some(2));
}

// ---- empty and missing ------------------------------------------------------------------

#[test]
fn empty_files_are_skipped() {
    let dir = Scratch::new("empty");
    for name in ["e.txt", "e.md", "e.jsonl", "e.json", "e.csv"] {
        let path = dir.file(name, "");
        let skip = one_skip(&path, &with_date(date(2025, 4, 17)));
        assert_eq!(skip.reason, "file is empty", "{name}");
        assert_eq!(skip.line, None);
    }
    let bom_only = dir.file("bom.txt", b"\xEF\xBB\xBF");
    assert_eq!(one_skip(&bom_only, &no_opts()).reason, "file is empty");
    let blank_lines = dir.file("blank.jsonl", "\n\n  \n");
    assert!(one_skip(&blank_lines, &no_opts())
        .reason
        .contains("no records"));
}

#[test]
fn missing_path_is_fatal() {
    let dir = Scratch::new("missing");
    let path = dir.0.join("nope.txt");
    let err = open(std::slice::from_ref(&path), &no_opts()).unwrap_err();
    assert_eq!(err.file.as_deref(), Some(path.as_path()));
    assert!(err.message.starts_with("cannot read"), "{}", err.message);
    assert!(err.hint.unwrap().contains("check the path"));
}

#[test]
fn folder_without_articles_is_fatal() {
    let dir = Scratch::new("emptydir");
    let empty = dir.0.join("empty");
    fs::create_dir_all(&empty).unwrap();
    let err = open(std::slice::from_ref(&empty), &no_opts()).unwrap_err();
    assert_eq!(err.file.as_deref(), Some(empty.as_path()));
    assert!(err.message.contains("holds no articles"), "{}", err.message);

    let other = dir.0.join("other");
    dir.file("other/notes.doc", "x");
    dir.file("other/.hidden.txt", "x");
    let err = open(std::slice::from_ref(&other), &no_opts()).unwrap_err();
    assert_eq!(err.file.as_deref(), Some(other.as_path()));
}

#[test]
fn folders_are_walked_recursively_in_sorted_order() {
    let dir = Scratch::new("walk");
    let head = "---\npublished: 2025-04-17\n---\n";
    dir.file("b/2.txt", format!("{head}b2"));
    dir.file("b/10.md", format!("{head}b10"));
    dir.file("a.txt", format!("{head}a"));
    dir.file(
        "c/d/deep.jsonl",
        "{\"dct\": \"2025-04-17\", \"text\": \"deep\"}\n",
    );
    dir.file(
        "c/e.tml",
        "<TimeML><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"2025-04-17\"/></DCT>\
         <TEXT>tml</TEXT></TimeML>",
    );
    dir.file("c/readme.rst", "not an article");
    dir.file(".git/x.txt", "hidden");
    let docs = read_all(std::slice::from_ref(&dir.0), &no_opts()).unwrap();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["a", "b10", "b2", "deep", "tml"]);
}

#[test]
fn explicit_file_with_unknown_extension_is_fatal() {
    let dir = Scratch::new("ext");
    let path = dir.file("story.docx", "x");
    let err = open(std::slice::from_ref(&path), &no_opts()).unwrap_err();
    assert_eq!(err.file.as_deref(), Some(path.as_path()));
    assert!(err.hint.unwrap().contains(".txt, .md, .jsonl, .json, .csv"));
    // Extensions are matched in any case.
    let upper = dir.file("LOUD.TXT", "---\ndate: 2025-04-17\n---\nx");
    assert_eq!(read_all(&[upper], &no_opts()).unwrap()[0].id, "LOUD");
}

// ---- standard input ---------------------------------------------------------------------

#[test]
fn a_stream_needs_its_format() {
    let bytes = b"{\"dct\": \"2025-04-17\", \"text\": \"piped\"}\n".to_vec();
    let err = open_reader(Cursor::new(bytes.clone()), Path::new("-"), &no_opts()).unwrap_err();
    assert_eq!(err.file.as_deref(), Some(Path::new("-")));
    assert!(err.hint.unwrap().contains("--input-format"));

    let opts = InputOptions {
        published: None,
        stdin_format: Some(InputFormat::Jsonl),
    };
    let docs: Vec<Document> = open_reader(Cursor::new(bytes), Path::new("-"), &opts)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs[0].id, "stdin:1");
    assert_eq!(docs[0].source, "-:1");
    assert_eq!(docs[0].text, "piped");
}

#[test]
fn streams_in_text_and_csv_formats() {
    let txt = InputOptions {
        published: Some(date(2025, 4, 17)),
        stdin_format: Some(InputFormat::Txt),
    };
    let docs: Vec<Document> =
        open_reader(Cursor::new(b"Plain text".to_vec()), Path::new("-"), &txt)
            .unwrap()
            .map(Result::unwrap)
            .collect();
    assert_eq!(docs[0].id, "stdin");
    assert_eq!(docs[0].source, "-");

    let csv = InputOptions {
        published: None,
        stdin_format: Some(InputFormat::Csv),
    };
    let err = open_reader(Cursor::new(b"id,body\n".to_vec()), Path::new("-"), &csv).unwrap_err();
    assert_eq!(err.line, Some(1));
    assert!(err.message.contains("no `text` column"));
}

#[test]
fn stdin_given_twice_is_fatal() {
    let opts = InputOptions {
        published: None,
        stdin_format: Some(InputFormat::Jsonl),
    };
    let err = open(&[PathBuf::from("-"), PathBuf::from("-")], &opts).unwrap_err();
    assert!(err.message.contains("given twice"), "{}", err.message);
}

// ---- read_all and messages --------------------------------------------------------------

#[test]
fn read_all_fails_with_file_and_line_of_the_first_skip() {
    let dir = Scratch::new("readall");
    let path = dir.file(
        "r.jsonl",
        "{\"dct\": \"2025-04-17\", \"text\": \"a\"}\n{\"dct\": \"2025-04-17\", \"text\": \"b\"}\n{\"text\": \"c\"}\n",
    );
    let err = read_all(std::slice::from_ref(&path), &no_opts()).unwrap_err();
    assert_eq!(err.file.as_deref(), Some(path.as_path()));
    assert_eq!(err.line, Some(3));
    assert!(err.message.starts_with("no publication date"));
    assert_eq!(
        err.to_string(),
        format!(
            "{}:3: no publication date: add `published:` to it or pass --published",
            path.display()
        )
    );
}

#[test]
fn skipped_displays_as_a_warning_line() {
    let skip = Skipped {
        file: PathBuf::from("a.jsonl"),
        line: Some(7),
        reason: "broken".into(),
    };
    assert_eq!(skip.to_string(), "a.jsonl:7: broken");
    let skip = Skipped { line: None, ..skip };
    assert_eq!(skip.to_string(), "a.jsonl: broken");
}

#[test]
fn timeml_without_text_is_a_skipped_document() {
    let dir = Scratch::new("tml");
    let path = dir.file("a.tml", "<TimeML/>");
    let item = open(std::slice::from_ref(&path), &no_opts())
        .unwrap()
        .next()
        .unwrap();
    let skipped = item.unwrap_err();
    assert_eq!(skipped.file, path);
    assert!(skipped.reason.contains("TEXT"), "{}", skipped.reason);
}

// ---- parse_date -------------------------------------------------------------------------

#[test]
fn parse_date_accepts_iso_and_english() {
    for s in [
        "2025-04-17",
        "2025-04-17T10:00:00Z",
        "April 17, 2025",
        "Thu, 17 Apr 2025",
        "17 April 2025",
    ] {
        assert_eq!(parse_date(s), Ok(date(2025, 4, 17)), "{s}");
    }
}

#[test]
fn parse_date_rejects_relative_and_impossible_dates() {
    for s in ["yesterday", "next friday", "3 days ago", "today"] {
        let err = parse_date(s).unwrap_err();
        assert!(err.contains("relative"), "{s}: {err}");
        assert!(
            err.contains("2025-04-17"),
            "the message shows the wanted form: {err}"
        );
    }
    for s in ["2025-02-30", "31/31/2025", "February 30, 2025"] {
        let err = parse_date(s).unwrap_err();
        assert!(
            err.contains("not a real date") || err.contains("not a valid date"),
            "{s}: {err}"
        );
    }
}

#[test]
fn inputs_can_move_to_another_thread() {
    fn is_send<T: Send>() {}
    is_send::<timeliner::input::Inputs>();
}
