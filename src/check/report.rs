//! Rendering a check run: text for people, JUnit XML for CI systems, JSON for programs.
//! All three show the same facts; the text shows failing rows only.

use super::parse::format_interval;
use super::run::{CaseResult, Found, MarkResult};
use super::{CheckReport, Outcome};
use crate::error::Error;
use crate::text::CharOffsets;
use serde_json::{json, Value};
use std::fmt::Write;

/// The case text with brackets around `spans` (byte offsets into `text`).
fn mark(text: &str, spans: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + 2 * spans.len());
    let mut at = 0;
    for &(s, e) in spans {
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue; // cannot happen for spans of this text; never panic on it
        }
        out.push_str(&text[at..s]);
        out.push('[');
        out.push_str(&text[s..e]);
        out.push(']');
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

fn found_summary(f: &Found) -> String {
    format!("[{}] {} {}", f.text, f.kind.as_str(), f.value)
}

/// The lines describing one failing mark, each indented by two spaces.
fn mark_failure(r: &CaseResult, m: &MarkResult, out: &mut String) {
    let text = &r.case.text;
    let marked = &text[m.expected.start..m.expected.end];
    let Some(f) = &m.found else {
        let _ = writeln!(
            out,
            "  marked but not found: [{marked}], expected {}",
            m.expected.value
        );
        return;
    };
    let span = if m.span_differs() {
        format!(" (marked [{marked}] found [{}])", f.text)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "  [{marked}]: expected {}, got {}{span}",
        m.expected.value, f.value
    );
    if let (Some(want), Some(false)) = (&m.expected.interval, m.interval_ok) {
        let _ = writeln!(
            out,
            "    interval: expected {}, got {}",
            format_interval(want),
            format_interval(&f.interval)
        );
    }
    if let (Some(want), Some(false)) = (m.expected.kind, m.type_ok) {
        let _ = writeln!(
            out,
            "    type: expected {}, got {}",
            want.as_str(),
            f.kind.as_str()
        );
    }
    if let (Some(want), Some(false)) = (m.expected.modifier, m.mod_ok) {
        let show = |x: Option<crate::timex::Mod>| x.map_or("none", |m| m.as_str());
        let _ = writeln!(
            out,
            "    mod: expected {}, got {}",
            show(want),
            show(f.modifier)
        );
    }
    let _ = writeln!(out, "    reason: {}", f.reason);
}

/// The text block of one failing row (empty for a passing row).
pub fn describe_failure(outcome: &Outcome) -> String {
    let mut out = String::new();
    match outcome {
        Outcome::Malformed(e) => {
            let _ = writeln!(out, "{e}");
        }
        Outcome::Ran(r) if !r.passed() => {
            let c = &r.case;
            let _ = writeln!(out, "{}:{}: {}", c.file.display(), c.line, c.marked);
            let _ = writeln!(out, "  published {}", c.published);
            for m in r.marks.iter().filter(|m| !m.passed()) {
                mark_failure(r, m, &mut out);
            }
            for f in &r.unmarked {
                let in_text = mark(&c.text, &[(f.start, f.end)]);
                let _ = writeln!(
                    out,
                    "  found but not marked: {}  in: {in_text}",
                    found_summary(f)
                );
                let _ = writeln!(out, "    reason: {}", f.reason);
            }
            if let Some(note) = &c.note {
                let _ = writeln!(out, "  note: {note}");
            }
        }
        Outcome::Ran(_) => {}
    }
    out
}

/// Failing rows, unreadable files, then exactly `N passed, N failed` as the last line.
pub fn render_text(report: &CheckReport) -> String {
    let mut out = String::new();
    for file in &report.files {
        if let Some(e) = &file.error {
            let _ = writeln!(out, "{e}");
        }
        for o in &file.outcomes {
            let block = describe_failure(o);
            if !block.is_empty() {
                out.push_str(&block);
                out.push('\n');
            }
        }
    }
    let _ = writeln!(
        out,
        "{} passed, {} failed",
        report.passed(),
        report.failed()
    );
    out
}

fn found_json(text: &str, f: &Found) -> Value {
    let offsets = CharOffsets::new(text);
    json!({
        "start": offsets.char_of(f.start),
        "end": offsets.char_of(f.end),
        "text": f.text,
        "type": f.kind.as_str(),
        "value": f.value,
        "interval": f.interval.as_ref().map(|_| format_interval(&f.interval)),
        "mod": f.modifier.map(|m| m.as_str()),
        "reason": f.reason,
    })
}

fn error_json(e: &Error) -> Value {
    json!({
        "file": e.file.as_ref().map(|f| f.display().to_string()),
        "line": e.line,
        "message": e.message,
        "hint": e.hint,
    })
}

fn outcome_json(o: &Outcome) -> Value {
    match o {
        Outcome::Malformed(e) => json!({
            "file": e.file.as_ref().map(|f| f.display().to_string()),
            "line": e.line,
            "passed": false,
            "malformed": error_json(e),
        }),
        Outcome::Ran(r) => {
            let c = &r.case;
            let offsets = CharOffsets::new(&c.text);
            let marks: Vec<Value> = r
                .marks
                .iter()
                .map(|m| {
                    let e = &m.expected;
                    json!({
                        "start": offsets.char_of(e.start),
                        "end": offsets.char_of(e.end),
                        "text": &c.text[e.start..e.end],
                        "expected": {
                            "value": e.value,
                            "interval": e.interval.as_ref().map(format_interval),
                            "type": e.kind.map(|k| k.as_str()),
                            "mod": e.modifier.map(|m| m.map(|m| m.as_str())),
                        },
                        "found": m.found.as_ref().map(|f| found_json(&c.text, f)),
                        "passed": m.passed(),
                        "value_ok": m.value_ok,
                        "interval_ok": m.interval_ok,
                        "type_ok": m.type_ok,
                        "mod_ok": m.mod_ok,
                        "span_exact": !m.span_differs() && m.found.is_some(),
                    })
                })
                .collect();
            json!({
                "file": c.file.display().to_string(),
                "line": c.line,
                "passed": r.passed(),
                "published": c.published.to_string(),
                "text": c.marked,
                "note": c.note,
                "marks": marks,
                "unmarked": r.unmarked.iter().map(|f| found_json(&c.text, f)).collect::<Vec<_>>(),
            })
        }
    }
}

/// One JSON object: counts, file errors and every row.
pub fn render_json(report: &CheckReport) -> String {
    let v = json!({
        "passed": report.passed(),
        "failed": report.failed(),
        "file_errors": report.file_errors().map(error_json).collect::<Vec<_>>(),
        "cases": report.outcomes().map(outcome_json).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// Escapes text for an XML attribute value (line ends kept as character references).
fn xml_escape(s: &str) -> String {
    xml_escape_with(s, true)
}

/// Escapes text for XML element content, keeping line ends.
fn xml_text(s: &str) -> String {
    xml_escape_with(s, false)
}

/// Escapes XML's special characters and drops the characters XML 1.0 forbids.
fn xml_escape_with(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\n' => out.push('\n'),
            '\t' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one testsuite per file, one testcase per row (a file that cannot be read is one
/// testcase with an error), in the shape Jenkins, GitLab and GitHub reporters read.
pub fn render_junit(report: &CheckReport) -> String {
    let mut suites = String::new();
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for file in &report.files {
        let name = xml_escape(&file.path.display().to_string());
        let mut cases = String::new();
        let (mut t, mut f, mut e) = (0, 0, 0);
        if let Some(err) = &file.error {
            t += 1;
            e += 1;
            let msg = xml_escape(&err.to_string());
            let _ = writeln!(
                cases,
                "    <testcase classname=\"{name}\" name=\"{name}\" file=\"{name}\">\n      <error message=\"{msg}\" type=\"unreadable\">{msg}</error>\n    </testcase>"
            );
        }
        for o in &file.outcomes {
            t += 1;
            let (line, title) = match o {
                Outcome::Ran(r) => (r.case.line, r.case.marked.clone()),
                Outcome::Malformed(err) => (err.line.unwrap_or(0), "malformed row".to_string()),
            };
            let head = format!(
                "    <testcase classname=\"{name}\" name=\"line {line}: {}\" file=\"{name}\" line=\"{line}\"",
                xml_escape(&title)
            );
            match o {
                _ if o.passed() => {
                    let _ = writeln!(cases, "{head}/>");
                }
                Outcome::Malformed(err) => {
                    e += 1;
                    let msg = xml_escape(&err.to_string());
                    let _ = writeln!(
                        cases,
                        "{head}>\n      <error message=\"{msg}\" type=\"malformed\">{msg}</error>\n    </testcase>"
                    );
                }
                Outcome::Ran(_) => {
                    f += 1;
                    let body = describe_failure(o);
                    let first = body.lines().nth(2).unwrap_or("failed").trim();
                    let _ = writeln!(
                        cases,
                        "{head}>\n      <failure message=\"{}\" type=\"mismatch\">{}</failure>\n    </testcase>",
                        xml_escape(first),
                        xml_text(&body)
                    );
                }
            }
        }
        tests += t;
        failures += f;
        errors += e;
        let _ = write!(
            suites,
            "  <testsuite name=\"{name}\" tests=\"{t}\" failures=\"{f}\" errors=\"{e}\" skipped=\"0\">\n{cases}  </testsuite>\n"
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"timeliner check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">\n{suites}</testsuites>\n"
    )
}
