//! The event graph for Graphviz: nodes in timeline order, edges labelled with their type and
//! evidence.

use crate::timeline::Timeline;

/// A DOT string literal.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn write(t: &Timeline, out: &mut Vec<u8>) {
    let mut s =
        String::from("digraph timeline {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n");
    for e in &t.events {
        let value = e
            .time
            .as_ref()
            .map(|tm| t.timexes[tm.timex].value.clone())
            .unwrap_or_else(|| "undated".into());
        let mut label = format!("{}. {value}\n{}", e.order + 1, e.trigger);
        if e.mentions.len() > 1 {
            label.push_str(&format!("\n({} reports)", e.mentions.len()));
        }
        let style = if e.conflict.is_some() {
            ", color=red, penwidth=2"
        } else {
            ""
        };
        s.push_str(&format!(
            "  {} [label={}, tooltip={}{style}];\n",
            e.id,
            quote(&label),
            quote(&e.text)
        ));
    }
    for r in &t.relations {
        s.push_str(&format!(
            "  {} -> {} [label={}];\n",
            t.events[r.from].id,
            t.events[r.to].id,
            quote(&format!("{} ({})", r.kind.as_str(), r.evidence))
        ));
    }
    s.push_str("}\n");
    out.extend_from_slice(s.as_bytes());
}
