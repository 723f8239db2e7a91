//! `eval`: the TempEval-3 measures on hand-made gold/system pairs (answers worked out by hand),
//! the TimeML reader against tml2jsonl.py's output, equality with score_timex.py on perturbed
//! TBAQ output, and the binary.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use timeliner::eval::gold::{read_gold_jsonl, read_tml_folder};
use timeliner::eval::{
    annotate_gold_with, read_gold, score, GoldDoc, RawTimex, ScoreOptions, SystemDoc,
};
use timeliner::timex::{tense::Tense, TimeExpr, TimeValue, Timex, TimexType};

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(name: &str) -> PathBuf {
    Path::new(MANIFEST).join("tests/fixtures/eval").join(name)
}

fn shared(rel: &str) -> PathBuf {
    Path::new(MANIFEST).join("../shared").join(rel)
}

fn tx(start: i64, end: i64, kind: &str, value: &str) -> RawTimex {
    RawTimex {
        start: Some(start),
        end: Some(end),
        text: None,
        kind: Some(kind.into()),
        value: Some(value.into()),
    }
}

fn gold(id: &str, text: &str, timexes: Vec<RawTimex>) -> GoldDoc {
    GoldDoc {
        id: id.into(),
        dct: Some("2025-04-17".into()),
        text: text.into(),
        timexes,
        source: "test".into(),
    }
}

fn sys(id: &str, timexes: Vec<RawTimex>) -> SystemDoc {
    SystemDoc {
        id: Some(id.into()),
        timexes,
    }
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-12, "{a} != {b}");
}

// "On Monday we met; last week we talked for two days."
//  0  3    9  12       18      27           42      50
const D1: &str = "On Monday we met; last week we talked for two days.";

fn d1_gold() -> GoldDoc {
    gold(
        "d1",
        D1,
        vec![
            tx(3, 9, "DATE", "2025-04-14"),
            tx(18, 27, "DATE", "2025-W15"),
            tx(42, 50, "DURATION", "P2D"),
        ],
    )
}

fn d1_system() -> SystemDoc {
    sys(
        "d1",
        vec![
            tx(0, 9, "DATE", "2025-04-14"), // "On Monday": overlaps Monday -> relaxed only, value right
            tx(18, 27, "DATE", "2025-W16"), // "last week": exact span, wrong value
            tx(10, 12, "DATE", "PRESENT_REF"), // "we": overlaps nothing -> spurious
        ],
    ) // "two days" is missed
}

#[test]
fn measures_on_a_hand_made_document() {
    // gold 3, system 3; strict 1 (last week), relaxed 2 (+ Monday); types right 2 of 2; values right 1 of 2.
    // strict  P = R = F1 = 1/3
    // relaxed P = R = F1 = 2/3
    // type:  accuracy 2/2 = 1   -> F1 = 1 x 2/3 = 2/3
    // value: accuracy 1/2       -> P = R = F1 = 1/2 x 2/3 = 1/3
    let r = score(
        &[d1_gold()],
        &[d1_system()],
        &ScoreOptions {
            types: None,
            errors: true,
        },
    );
    let c = r.counts;
    assert_eq!(
        (c.gold, c.system, c.strict, c.relaxed, c.type_ok, c.value_ok),
        (3, 3, 1, 2, 2, 1)
    );
    close(r.scores.strict.f1, 1.0 / 3.0);
    close(r.scores.relaxed.precision, 2.0 / 3.0);
    close(r.scores.relaxed.f1, 2.0 / 3.0);
    close(r.scores.kind.accuracy, 1.0);
    close(r.scores.kind.f1, 2.0 / 3.0);
    close(r.scores.value.accuracy, 0.5);
    close(r.scores.value.f1, 1.0 / 3.0);
    // Per gold type: DATE 2 gold, 1 strict, 2 relaxed, 1 value; DURATION 1 gold, nothing found.
    let date = r.by_gold_type.get("DATE").unwrap();
    assert_eq!(
        (date.gold, date.strict, date.relaxed, date.value_ok),
        (2, 1, 2, 1)
    );
    close(date.value_recall, 0.5);
    assert_eq!(r.by_gold_type.get("DURATION").unwrap().relaxed, 0);
    // Per system type: 3 DATE, 2 of them matched -> relaxed precision 2/3.
    close(
        r.by_system_type.get("DATE").unwrap().relaxed_precision,
        2.0 / 3.0,
    );
    // Errors in text order: partial span at 3, spurious at 10, wrong value at 18, missed at 42.
    let kinds: Vec<_> = r
        .errors
        .unwrap()
        .iter()
        .map(|e| (e.kind.as_str(), e.at()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("partial_span", 3),
            ("spurious", 10),
            ("wrong_value", 18),
            ("missed", 42)
        ]
    );
}

#[test]
fn types_filter_keeps_neutral_system_timexes_out() {
    let mut system = d1_system();
    system.timexes.push(tx(42, 50, "DATE", "P2D")); // "two days" tagged DATE: lies only on gold DURATION
    let types: BTreeSet<String> = ["DATE".to_string()].into();
    let r = score(
        &[d1_gold()],
        &[system],
        &ScoreOptions {
            types: Some(types),
            errors: false,
        },
    );
    // gold: the 2 DATE; system: the 3 DATE of d1_system, the 4th is neutral (dropped).
    // strict 1/3 precision, 1/2 recall -> F1 = 2 x 1/6 / (5/6) = 0.4
    // relaxed 2/3 and 2/2 -> F1 = 0.8; value accuracy 1/2 -> value F1 = 0.4
    let c = r.counts;
    assert_eq!((c.gold, c.system, c.strict, c.relaxed), (2, 3, 1, 2));
    close(r.scores.strict.f1, 0.4);
    close(r.scores.relaxed.f1, 0.8);
    close(r.scores.value.f1, 0.4);

    // Only DURATION: one gold, no system output -> P = 0 (nothing found), R = 0, F1 = 0.
    let types: BTreeSet<String> = ["DURATION".to_string()].into();
    let r = score(
        &[d1_gold()],
        &[d1_system()],
        &ScoreOptions {
            types: Some(types),
            errors: false,
        },
    );
    assert_eq!((r.counts.gold, r.counts.system), (1, 0));
    close(r.scores.relaxed.f1, 0.0);
}

#[test]
fn alignment_is_one_to_one_in_te3_order() {
    // Gold "third-quarter" [0,13) against system "third" [0,5) and "quarter" [6,13): the gold one
    // takes the earliest-starting overlap, "third"; "quarter" is spurious.
    // relaxed P = 1/2, R = 1/1, F1 = 2/3; strict 0.
    let g = gold("q", "third-quarter profits", vec![tx(0, 13, "DATE", "Q3")]);
    let s = sys("q", vec![tx(0, 5, "DATE", "Q3"), tx(6, 13, "DATE", "Q3")]);
    let r = score(
        &[g],
        &[s],
        &ScoreOptions {
            types: None,
            errors: true,
        },
    );
    assert_eq!((r.counts.strict, r.counts.relaxed), (0, 1));
    close(r.scores.relaxed.f1, 2.0 / 3.0);
    let errs = r.errors.unwrap();
    assert_eq!(errs[1].kind.as_str(), "spurious");
    assert_eq!(errs[1].system.as_ref().unwrap().start, 6);

    // Exact spans are paired first: gold A [0,10) and B [5,8), system X [5,8) and Y [6,12).
    // B-X pair exactly; then A takes Y. (Greedy document order alone would give A-X, B-Y: strict 0.)
    let g = gold(
        "e",
        "abcdefghijklmnop",
        vec![tx(0, 10, "DATE", "a"), tx(5, 8, "DATE", "b")],
    );
    let s = sys("e", vec![tx(5, 8, "DATE", "b"), tx(6, 12, "DATE", "a")]);
    let r = score(&[g], &[s], &ScoreOptions::default());
    assert_eq!(
        (r.counts.strict, r.counts.relaxed, r.counts.value_ok),
        (1, 2, 2)
    );
}

#[test]
fn te3_conventions_for_empty_sides() {
    // Both empty: every measure is 1.
    let r = score(
        &[gold("x", "nothing", vec![])],
        &[],
        &ScoreOptions::default(),
    );
    close(r.scores.strict.f1, 1.0);
    close(r.scores.value.f1, 1.0);
    // Gold but no system output: P = 0 by convention, R = 0, F1 = 0.
    let r = score(
        &[gold("x", "in 2020", vec![tx(3, 7, "DATE", "2020")])],
        &[],
        &ScoreOptions::default(),
    );
    close(r.scores.relaxed.precision, 0.0);
    close(r.scores.relaxed.recall, 0.0);
    // System output but no gold: R = 0 by convention, P = 0.
    let r = score(
        &[gold("x", "in 2020", vec![])],
        &[sys("x", vec![tx(3, 7, "DATE", "2020")])],
        &ScoreOptions::default(),
    );
    close(r.scores.relaxed.recall, 0.0);
    close(r.scores.relaxed.f1, 0.0);
}

#[test]
fn bad_spans_are_skipped_with_warnings_and_text_is_checked() {
    // "Zürich, 2025 was fine.": "2025" is [8,12) in code points but [9,13) in bytes.
    let g = gold(
        "z",
        "Zürich, 2025 was fine.",
        vec![tx(8, 12, "DATE", "2025")],
    );
    let mut byte_offsets = tx(9, 13, "DATE", "2025");
    byte_offsets.text = Some("2025".into());
    let s = sys(
        "z",
        vec![byte_offsets, tx(5, 3, "DATE", "x"), tx(10, 40, "DATE", "x")],
    );
    let r = score(&[g], &[s], &ScoreOptions::default());
    assert_eq!(r.counts.system, 1);
    assert_eq!(r.warnings.len(), 3, "{:?}", r.warnings);
    assert!(r.warnings[0]
        .contains("text '2025' != gold text[9:13] '025 ' (offsets must be code points)"));
    assert!(r.warnings[1].contains("timex #1 has empty or negative span"));
    assert!(r.warnings[2].contains("timex #2 span [10,40) is past the end of the text (22)"));
    assert_eq!(r.counts.relaxed, 1); // still scored: the spans overlap
}

/// A Timex with only what eval reads filled in.
fn timex(start: usize, end: usize, text: &str, value: &str) -> Timex {
    Timex {
        id: "t1".into(),
        start,
        end,
        text: text.into(),
        sentence: 0,
        expr: TimeExpr::Unknown { value: "X" },
        tense: Tense::Unknown,
        value: TimeValue {
            kind: TimexType::Date,
            value: value.into(),
            grain: None,
            interval: None,
            modifier: None,
            quant: None,
            freq: None,
            given: Default::default(),
            reason: String::new(),
        },
        anchor: None,
        rule: "test",
        range: None,
    }
}

#[test]
fn annotator_output_is_converted_to_code_points() {
    let g = vec![gold("z", "Zürich, 2025", vec![tx(8, 12, "DATE", "2025")])];
    let out = annotate_gold_with(&g, |doc| {
        let at = doc.text.find("2025").unwrap(); // byte 9
        vec![timex(at, at + 4, "2025", "2025")]
    })
    .unwrap();
    assert_eq!(
        (out[0].timexes[0].start, out[0].timexes[0].end),
        (Some(8), Some(12))
    );
    let r = score(&g, &out, &ScoreOptions::default());
    assert_eq!(r.counts.strict, 1);
    assert!(r.warnings.is_empty());
}

#[test]
fn timeml_folder_and_jsonl_fixtures_are_the_same_gold() {
    let from_jsonl = read_gold(&fixture("gold.jsonl")).unwrap();
    let from_tml = read_gold(&fixture("tml")).unwrap();
    let one_file = read_gold(&fixture("tml/sub/d2.tml")).unwrap();
    assert_eq!(from_tml.len(), 2);
    for (a, b) in from_jsonl.iter().zip(&from_tml) {
        assert_eq!(
            (&a.id, &a.dct, &a.text, &a.timexes),
            (&b.id, &b.dct, &b.text, &b.timexes)
        );
    }
    assert_eq!(one_file[0].timexes, from_jsonl[1].timexes);
}

#[test]
fn timeml_reader_equals_tml2jsonl_on_tbaq() {
    let (dir, jsonl) = (shared("corpora/tbaq"), shared("corpora/tbaq.jsonl"));
    if !dir.is_dir() || !jsonl.is_file() {
        eprintln!(
            "note: {} not found; TimeML reader comparison skipped",
            dir.display()
        );
        return;
    }
    let ours = read_tml_folder(&dir).expect("reads every TBAQ file");
    let theirs = read_gold_jsonl(&jsonl).unwrap();
    assert_eq!(ours.len(), 256);
    assert_eq!(ours.len(), theirs.len());
    for (a, b) in ours.iter().zip(&theirs) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.dct, b.dct, "{}", a.id);
        assert!(a.text == b.text, "text differs in {}", a.id);
        assert_eq!(a.timexes, b.timexes, "timexes differ in {}", a.id);
    }
}

/// xorshift64*: a tiny deterministic generator for the perturbations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A system file made from gold: drops, boundary shifts, wrong values and types, spurious
/// timexes, bad spans, a missing document, a duplicate, an extra one and a line without id.
fn perturbed_system(gold: &[GoldDoc], seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut lines = Vec::new();
    for (di, d) in gold.iter().enumerate() {
        if di % 37 == 5 {
            continue; // no line: scored as empty output
        }
        let n = d.text.chars().count() as i64;
        let mut out = Vec::new();
        for t in &d.timexes {
            let (mut s, mut e) = (t.start.unwrap(), t.end.unwrap());
            if rng.chance(12) {
                continue;
            }
            if rng.chance(15) {
                s = (s + rng.below(5) as i64 - 2).clamp(0, n - 1);
                e = (e + rng.below(5) as i64 - 2).clamp(s + 1, n);
            }
            let mut kind = t
                .kind
                .clone()
                .map(serde_json::Value::from)
                .unwrap_or_default();
            if rng.chance(8) {
                kind = ["DATE", "TIME", "DURATION", "SET"][rng.below(4) as usize].into();
            }
            let mut value = t
                .value
                .clone()
                .map(serde_json::Value::from)
                .unwrap_or_default();
            if rng.chance(15) {
                value = format!("{}X", value.as_str().unwrap_or("")).into();
            }
            out.push(serde_json::json!({"start": s, "end": e, "type": kind, "value": value}));
            if rng.chance(6) {
                let a = rng.below(n as u64) as i64;
                let b = (a + 1 + rng.below(12) as i64).min(n);
                out.push(
                    serde_json::json!({"start": a, "end": b, "type": "DATE", "value": "PAST_REF"}),
                );
            }
        }
        if di % 50 == 3 {
            out.push(serde_json::json!({"start": 5, "end": 2, "type": "DATE", "value": "x"}));
            out.push(serde_json::json!({"start": 0, "end": n + 3, "type": "DATE", "value": "x"}));
            out.push(serde_json::json!({"start": 0, "end": 3, "text": "nope", "type": null, "value": "x"}));
        }
        rng.next();
        lines.push(serde_json::json!({"id": d.id, "timexes": out}).to_string());
        if di % 60 == 7 {
            lines.push(serde_json::json!({"id": d.id, "timexes": [{"start": 1, "end": 2, "type": "TIME", "value": "T"}]}).to_string());
        }
    }
    lines.push(r#"{"id": "not-in-gold", "timexes": []}"#.to_string());
    lines.push(r#"{"timexes": []}"#.to_string());
    lines.join("\n") + "\n"
}

fn python_score(gold: &Path, system: &Path, extra: &[&str]) -> Option<serde_json::Value> {
    let out = Command::new("python3")
        .arg(shared("eval/score_timex.py"))
        .arg(gold)
        .arg(system)
        .arg("--json")
        .args(extra)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "score_timex.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("score_timex.py prints JSON"))
}

/// JSON equality, floats to 1e-12: serde_json's default float parser may miss the last bit of
/// the shortest representation Python prints, so exact comparison would test the parser.
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::*;
    match (a, b) {
        (Number(x), Number(y)) if x.is_f64() || y.is_f64() => {
            (x.as_f64().unwrap_or(f64::NAN) - y.as_f64().unwrap_or(f64::NAN)).abs() < 1e-12
        }
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q)),
        (Object(x), Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fn pct(v: &serde_json::Value) -> String {
    format!("{:.2}", 100.0 * v.as_f64().unwrap_or(f64::NAN))
}

#[test]
fn equals_score_timex_py_on_perturbed_tbaq() {
    let jsonl = shared("corpora/tbaq.jsonl");
    let script = shared("eval/score_timex.py");
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !jsonl.is_file() || !script.is_file() || !python {
        eprintln!(
            "note: python3, {} or score_timex.py missing; equality check skipped",
            jsonl.display()
        );
        return;
    }
    let gold = read_gold(&jsonl).unwrap();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let runs: [(u64, Option<&str>, bool); 5] = [
        (1, None, false),
        (2, None, true),
        (3, Some("DATE,TIME"), true),
        (4, Some("DURATION"), false),
        (5, Some("set,time"), true),
    ];
    for (seed, types, errors) in runs {
        let path = dir.join(format!("perturbed-{seed}.jsonl"));
        std::fs::write(&path, perturbed_system(&gold, seed)).unwrap();
        let system = timeliner::eval::read_system_jsonl(&path).unwrap();
        let opts = ScoreOptions {
            types: types
                .map(|t| timeliner::eval::parse_types(t).unwrap())
                .unwrap_or(None),
            errors,
        };
        let report = score(&gold, &system, &opts);
        let ours = serde_json::to_value(&report).unwrap();
        let mut extra = Vec::new();
        if let Some(t) = types {
            extra.extend(["--types", t]);
        }
        if errors {
            extra.push("--errors");
        }
        let theirs = python_score(&jsonl, &path, &extra).expect("python3 runs");
        let s = &theirs["scores"];
        eprintln!(
            "seed {seed} types {:<9} strict {} relaxed {} type {} value {} (F1, score_timex.py; counts {})",
            types.unwrap_or("all"),
            pct(&s["strict"]["f1"]),
            pct(&s["relaxed"]["f1"]),
            pct(&s["type"]["f1"]),
            pct(&s["value"]["f1"]),
            theirs["counts"]
        );
        for key in [
            "types",
            "documents",
            "counts",
            "scores",
            "by_gold_type",
            "by_system_type",
            "per_doc",
            "warnings",
            "errors",
        ] {
            assert!(
                same(&ours[key], &theirs[key]),
                "seed {seed}: {key} differs:\n{}\n{}",
                ours[key],
                theirs[key]
            );
        }
    }
}

#[test]
fn annotator_run_equals_score_timex_py() {
    // The annotator's own output on TBAQ, written as a system file and scored by both.
    let jsonl = shared("corpora/tbaq.jsonl");
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !jsonl.is_file() || !python {
        eprintln!(
            "note: python3 or {} missing; annotator equality check skipped",
            jsonl.display()
        );
        return;
    }
    let gold = read_gold(&jsonl).unwrap();
    let system = timeliner::eval::annotate_gold(&gold).unwrap();
    let lines: Vec<String> = system
        .iter()
        .map(|d| {
            let timexes: Vec<_> = d
                .timexes
                .iter()
                .map(|t| serde_json::json!({"start": t.start, "end": t.end, "text": t.text, "type": t.kind, "value": t.value}))
                .collect();
            serde_json::json!({"id": d.id, "timexes": timexes}).to_string()
        })
        .collect();
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("annotated-tbaq.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let ours = serde_json::to_value(score(&gold, &system, &ScoreOptions::default())).unwrap();
    let theirs = python_score(&jsonl, &path, &[]).expect("python3 runs");
    eprintln!(
        "annotator on TBAQ: value F1 {} (score_timex.py)",
        pct(&theirs["scores"]["value"]["f1"])
    );
    assert!(same(&ours["scores"], &theirs["scores"]));
    assert_eq!(ours["counts"], theirs["counts"]);
    assert_eq!(
        ours["warnings"], theirs["warnings"],
        "offsets must be code points"
    );
}

fn timeliner(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn binary_prints_the_table_json_and_errors() {
    // Fixture figures, by hand: d1 as in measures_on_a_hand_made_document, d2 one exact right match.
    // gold 4, system 4, strict 2, relaxed 3, type 3, value 2:
    // strict 50.00, relaxed 75.00, type 75.00 (accuracy 100), value 2/3 x 75 = 50.00.
    let (gold, system) = (fixture("gold.jsonl"), fixture("system.jsonl"));
    let (g, s) = (gold.to_str().unwrap(), system.to_str().unwrap());
    let (code, out, _) = timeliner(&["eval", g, "--system", s]);
    assert_eq!(code, 0);
    assert!(
        out.contains("strict      50.00   50.00   50.00             2 matched"),
        "{out}"
    );
    assert!(
        out.contains(
            "value       50.00   50.00   50.00     66.67   2 correct of 3 relaxed matches"
        ),
        "{out}"
    );
    assert!(
        out.contains("  DURATION             1    0.00    0.00    0.00        0"),
        "{out}"
    );

    let (code, out, _) = timeliner(&[
        "eval",
        fixture("tml").to_str().unwrap(),
        "--system",
        s,
        "--json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["scores"]["value"]["f1"], 0.5);
    assert_eq!(v["scores"]["relaxed"]["f1"], 0.75);
    assert_eq!(v["counts"]["relaxed"], 3);

    let (code, out, _) = timeliner(&["eval", g, "--system", s, "--errors"]);
    assert_eq!(code, 0);
    assert!(out.contains("errors (4):"), "{out}");
    assert!(
        out.contains("missed       d1@42  gold 'two days' DURATION P2D"),
        "{out}"
    );
    assert!(
        out.contains("... On Monday we met; [last week] we talked for two days."),
        "{out}"
    );

    // Without --system the annotator runs (whatever it finds, the run succeeds).
    let (code, out, _) = timeliner(&["eval", g]);
    assert_eq!(code, 0);
    assert!(out.contains("documents 2   gold timexes 4"), "{out}");

    let (code, _, err) = timeliner(&["eval", "no/such/gold.jsonl"]);
    assert_eq!(code, 2);
    assert!(err.contains("no/such/gold.jsonl: cannot read"), "{err}");
    let (code, _, err) = timeliner(&["eval", g, "--types", "DATE,WEEK"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown TIMEX3 type"), "{err}");
}
