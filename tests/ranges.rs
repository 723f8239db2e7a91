//! The range relation: both ends of "from March to May" name each other in the JSON outputs.

use std::process::Command;

fn annotate_json(text: &str) -> serde_json::Value {
    // Tests run in parallel: every call gets its own file.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("timeliner-ranges-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("ranges-{n}.txt"));
    std::fs::write(&path, format!("---\npublished: 2025-04-17\n---\n{text}\n")).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["annotate", "--format", "jsonl"])
        .arg(&path)
        .output()
        .expect("run timeliner");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON line")
}

fn range_of<'a>(doc: &'a serde_json::Value, text: &str) -> Option<(&'a str, &'a str)> {
    let t = doc["timexes"]
        .as_array()?
        .iter()
        .find(|t| t["text"] == text)?;
    Some((t["range"]["role"].as_str()?, t["range"]["with"].as_str()?))
}

fn tid_of<'a>(doc: &'a serde_json::Value, text: &str) -> &'a str {
    doc["timexes"]
        .as_array()
        .and_then(|ts| ts.iter().find(|t| t["text"] == text))
        .and_then(|t| t["tid"].as_str())
        .unwrap_or_else(|| panic!("no expression {text:?} in {doc}"))
}

#[test]
fn both_ends_of_a_range_point_at_each_other() {
    for (sentence, first, second) in [
        ("The festival runs from March to May.", "March", "May"),
        ("Talks were held between 2010 and 2012.", "2010", "2012"),
        ("Talks ran Monday through Wednesday.", "Monday", "Wednesday"),
        ("Shops will close April 10-13.", "April 10", "13"),
        ("Sales fell in 1998-99.", "1998", "99"),
    ] {
        let doc = annotate_json(sentence);
        let (a, b) = (tid_of(&doc, first), tid_of(&doc, second));
        assert_eq!(range_of(&doc, first), Some(("start", b)), "{sentence}");
        assert_eq!(range_of(&doc, second), Some(("end", a)), "{sentence}");
    }
}

#[test]
fn two_dates_that_are_not_a_range_have_no_range() {
    let doc = annotate_json("The council met on Monday, and the mayor resigned on Wednesday.");
    assert_eq!(range_of(&doc, "Monday"), None);
    assert_eq!(range_of(&doc, "Wednesday"), None);
    // A year and a weekday are not the ends of one range (found by the property tests).
    let doc = annotate_json("The minister 2000 - Monday.");
    assert_eq!(range_of(&doc, "Monday"), None);
}
