//! What the speed work must not change: outputs in input order across parallel batches, the
//! same timeline from the batched command as from the library, and a quiet standard error
//! when it is not a terminal (the progress line is for people watching a terminal).

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_timeliner"))
}

/// A JSON Lines corpus of `n` short articles, more than one batch.
fn corpus(name: &str, n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timeliner-speed-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let phrases = [
        "said on Sunday that the bridge closed",
        "will travel on Saturday to sign the deal",
        "met last week with the unions before the vote",
        "opened the school in 2018, two years ago",
    ];
    let mut lines = String::new();
    for i in 0..n {
        let text = format!(
            "The minister of region {i} {}. After the talks, officials left. The court ruled on March {}.",
            phrases[i % phrases.len()],
            1 + i % 28
        );
        let day = 1 + i % 28;
        lines.push_str(
            &serde_json::json!({"id": format!("doc{i}"), "published": format!("2025-04-{day:02}"), "text": text})
                .to_string(),
        );
        lines.push('\n');
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, lines).expect("write corpus");
    path
}

#[test]
fn annotate_keeps_input_order_and_is_silent_off_a_terminal() {
    let path = corpus("annotate", 700);
    // Not --quiet: standard error is a pipe here, so no progress line may appear.
    let o = bin()
        .arg("annotate")
        .arg(&path)
        .args(["--format", "jsonl"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "stderr: {:?}",
        String::from_utf8_lossy(&o.stderr)
    );
    let ids: Vec<String> = String::from_utf8(o.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["id"]
                .as_str()
                .expect("id")
                .to_string()
        })
        .collect();
    let want: Vec<String> = (0..700).map(|i| format!("doc{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn build_in_batches_equals_the_library_and_is_silent_off_a_terminal() {
    let path = corpus("build", 600);
    let o = bin()
        .arg("build")
        .arg(&path)
        .args(["--format", "json"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "stderr: {:?}",
        String::from_utf8_lossy(&o.stderr)
    );
    // The library, one document at a time, with the in-memory JSON writer.
    let docs = timeliner::input::read_all(&[path], &Default::default()).expect("read");
    let mut b = timeliner::timeline::Builder::new();
    for d in &docs {
        b.add(d);
    }
    let mut want = Vec::new();
    timeliner::export::json::write(&b.finish(), &mut want);
    assert!(o.stdout == want, "the command and the library disagree");
    // And the streamed writer gives the bytes of pretty-printing the whole value.
    let value = timeliner::export::json::to_value(&timeliner::timeline::build(&docs));
    let mut pretty = serde_json::to_vec_pretty(&value).expect("json");
    pretty.push(b'\n');
    assert!(o.stdout == pretty, "streamed JSON differs from the value");
}
