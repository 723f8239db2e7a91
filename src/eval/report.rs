//! The text report of `eval`: the table score_timex.py prints, overall and per TIMEX3 type.

use super::errors::render_errors;
use super::score::{EvalReport, TypesKept};
use std::fmt::Write;

fn pct(x: f64) -> String {
    format!("{:6.2}", 100.0 * x)
}

/// Renders the summary, the per-type tables, optionally the per-document table and the errors.
pub fn render_text(res: &EvalReport, per_doc: bool) -> String {
    let mut out = String::new();
    let c = &res.counts;
    let s = &res.scores;
    let types = match &res.types {
        TypesKept::All(all) => all.to_string(),
        TypesKept::Only(list) => list.join(","),
    };
    // Writing to a String cannot fail; the results are ignored for that reason.
    let _ = writeln!(out, "TempEval-3 Task A timex scores (types: {types})");
    let _ = writeln!(
        out,
        "documents {}   gold timexes {}   system timexes {}\n",
        res.documents, c.gold, c.system
    );
    let _ = writeln!(
        out,
        "{:<9} {:>7} {:>7} {:>7} {:>9}   counts",
        "", "P", "R", "F1", "accuracy"
    );
    for (name, m, n) in [
        ("strict", &s.strict, c.strict),
        ("relaxed", &s.relaxed, c.relaxed),
    ] {
        let _ = writeln!(
            out,
            "{:<9} {:>7} {:>7} {:>7} {:>9}   {n} matched",
            name,
            pct(m.precision),
            pct(m.recall),
            pct(m.f1),
            ""
        );
    }
    for (name, a, ok) in [
        ("type", &s.kind, c.type_ok),
        ("value", &s.value, c.value_ok),
    ] {
        let _ = writeln!(
            out,
            "{:<9} {:>7} {:>7} {:>7} {:>9}   {ok} correct of {} relaxed matches",
            name,
            pct(a.precision),
            pct(a.recall),
            pct(a.f1),
            pct(a.accuracy),
            c.relaxed
        );
    }
    out.push_str("(attribute F1 = attribute accuracy over relaxed matches x relaxed F1, as in TempEval-3)\n\n");

    let name = |k: &Option<String>| k.clone().unwrap_or_else(|| "None".to_string());
    let _ = writeln!(
        out,
        "by gold type:   {:>8} {:>7} {:>7} {:>7} {:>8}",
        "gold", "strictR", "relaxR", "valueR", "value_ok"
    );
    for (k, b) in &res.by_gold_type.0 {
        let _ = writeln!(
            out,
            "  {:<13} {:>8} {:>7} {:>7} {:>7} {:>8}",
            name(k),
            b.gold,
            pct(b.strict_recall),
            pct(b.relaxed_recall),
            pct(b.value_recall),
            b.value_ok
        );
    }
    let _ = writeln!(out, "by system type: {:>8} {:>7}", "system", "relaxP");
    for (k, b) in &res.by_system_type.0 {
        let _ = writeln!(
            out,
            "  {:<13} {:>8} {:>7}",
            name(k),
            b.system,
            pct(b.relaxed_precision)
        );
    }

    if per_doc {
        out.push_str("\nper document:\n");
        let _ = writeln!(
            out,
            "  {:<34} {:>5} {:>5} {:>6} {:>7} {:>6} {:>6} {:>7}",
            "id", "gold", "sys", "strict", "relaxed", "type", "value", "valF1"
        );
        for d in &res.per_doc {
            let k = &d.counts;
            let _ = writeln!(
                out,
                "  {:<34} {:>5} {:>5} {:>6} {:>7} {:>6} {:>6} {:>7}",
                d.id,
                k.gold,
                k.system,
                k.strict,
                k.relaxed,
                k.type_ok,
                k.value_ok,
                pct(d.scores.value.f1)
            );
        }
    }
    if let Some(errors) = &res.errors {
        out.push('\n');
        out.push_str(&super::kinds::render_families(errors, 20));
        out.push('\n');
        out.push_str(&render_errors(errors));
    }
    out
}
