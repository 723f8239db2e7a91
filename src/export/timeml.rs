//! TimeML out: one document with its expressions as inline TIMEX3 tags.
//!
//! The file is written so that reading it back (with [`crate::timeml`] or
//! `shared/eval/tml2jsonl.py`) gives the document text exactly as it was read and the same
//! code point offsets as `annotate --format jsonl`:
//!
//! * the text goes into `<TEXT>` as it is, with nothing added around it; `&`, `<` and `>` are
//!   written as entities;
//! * a carriage return is written as `&#13;`: an XML reader turns a literal CR (and CR LF) into
//!   LF, which would shorten the text by one character per CR LF, but keeps a referenced one;
//! * characters XML 1.0 cannot hold at all, not even as a reference (control characters other
//!   than tab, LF and CR, and U+FFFE / U+FFFF), are written as U+FFFD. That is one character
//!   for one, so every offset still holds; only those characters differ, and the writer counts
//!   them so the command can warn.
//!
//! `anchorTimeID` is `t0` (the DCT) when the value was counted from the publication date, the
//! tid of the earlier expression an anaphor ("the next day") was counted from, and absent for
//! values the text gives in full ("in 2018"), durations and sets.

use crate::document::Document;
use crate::timex::{TimeExpr, Timex, TimexType};

/// The tid of the document creation time.
pub const DCT_TID: &str = "t0";

/// What had to give way while writing one document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Characters XML cannot hold, written as U+FFFD.
    pub replaced: usize,
    /// Expressions left untagged because they overlap the one before (the scanner never
    /// produces overlaps; this keeps a future one from breaking the XML).
    pub untagged: usize,
}

/// Appends the TimeML document of `doc` with `timexes` tagged inline to `out`.
pub fn write_document(doc: &Document, timexes: &[Timex], out: &mut Vec<u8>) -> Written {
    let mut written = Written::default();
    let mut s = String::with_capacity(doc.text.len() + 64 * timexes.len() + 400);
    let dct = doc.published.to_string();
    s.push_str("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
    written.replaced += escape_text(&doc.id, &mut s);
    s.push_str("</DOCID>\n<DCT><TIMEX3 tid=\"");
    s.push_str(DCT_TID);
    s.push_str("\" type=\"DATE\" value=\"");
    escape_attr(&dct, &mut s);
    s.push_str("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
    escape_text(&dct, &mut s);
    s.push_str("</TIMEX3></DCT>\n<TEXT>");

    let text = doc.text.as_str();
    let mut pos = 0;
    for t in timexes {
        let fits = t.start >= pos
            && t.start < t.end
            && text.is_char_boundary(t.start)
            && text.get(..t.end).is_some();
        if !fits {
            written.untagged += 1;
            continue;
        }
        written.replaced += escape_text(&text[pos..t.start], &mut s);
        open_tag(t, &mut s);
        written.replaced += escape_text(&text[t.start..t.end], &mut s);
        s.push_str("</TIMEX3>");
        pos = t.end;
    }
    written.replaced += escape_text(&text[pos..], &mut s);
    s.push_str("</TEXT>\n</TimeML>\n");
    out.extend_from_slice(s.as_bytes());
    written
}

fn open_tag(t: &Timex, s: &mut String) {
    s.push_str("<TIMEX3");
    push_attr(s, "tid", &t.id);
    push_attr(s, "type", t.value.kind.as_str());
    push_attr(s, "value", &t.value.value);
    if let Some(m) = t.value.modifier {
        push_attr(s, "mod", m.as_str());
    }
    if let Some(anchor) = anchor_time_id(t) {
        push_attr(s, "anchorTimeID", anchor);
    }
    s.push('>');
}

fn push_attr(s: &mut String, name: &str, value: &str) {
    s.push(' ');
    s.push_str(name);
    s.push_str("=\"");
    escape_attr(value, s);
    s.push('"');
}

/// The expression a value was counted from: an earlier one (anaphora), the DCT, or none.
pub fn anchor_time_id(t: &Timex) -> Option<&str> {
    if let Some(anchor) = &t.anchor {
        return Some(anchor);
    }
    // A value the resolver could not complete was not counted from anything.
    if matches!(t.value.kind, TimexType::Date | TimexType::Time) && t.value.value.contains('X') {
        return None;
    }
    let from_publication = match &t.expr {
        TimeExpr::Weekday { .. }
        | TimeExpr::DayOffset { .. }
        | TimeExpr::ClockTime { .. }
        | TimeExpr::RelUnit { .. }
        | TimeExpr::Shift { .. }
        | TimeExpr::Fuzzy(_)
        // An anaphor with no earlier time to count from falls back on the publication date.
        | TimeExpr::Anaphor { .. }
        | TimeExpr::DaysAfter { .. }
        | TimeExpr::AgoThis { .. }
        | TimeExpr::NewYear => true,
        TimeExpr::Picked { base, .. } => !matches!(
            **base,
            TimeExpr::Calendar { year: Some(_), .. } | TimeExpr::Holiday { year: Some(_), .. }
        ),
        // The year (or the century) is taken from the publication date when the text omits it.
        TimeExpr::Calendar { year, .. }
        | TimeExpr::Season { year, .. }
        | TimeExpr::Quarter { year, .. }
        | TimeExpr::Half { year, .. }
        | TimeExpr::Holiday { year, .. } => year.is_none(),
        TimeExpr::Decade { century_given, .. } => !century_given,
        TimeExpr::Century { .. }
        | TimeExpr::Duration { .. }
        | TimeExpr::Compound { .. }
        | TimeExpr::Set { .. }
        | TimeExpr::Unknown { .. } => false,
    };
    from_publication.then_some(DCT_TID)
}

/// Writes character data; returns how many characters had to be replaced.
fn escape_text(raw: &str, s: &mut String) -> usize {
    let mut replaced = 0;
    for c in raw.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            // Needed for "]]>", harmless elsewhere.
            '>' => s.push_str("&gt;"),
            '\r' => s.push_str("&#13;"),
            c if allowed(c) => s.push(c),
            _ => {
                s.push('\u{FFFD}');
                replaced += 1;
            }
        }
    }
    replaced
}

/// Writes an attribute value (our own values and dates; never anything XML cannot hold).
fn escape_attr(raw: &str, s: &mut String) {
    for c in raw.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '"' => s.push_str("&quot;"),
            // Attribute-value normalisation would turn these into spaces.
            '\t' => s.push_str("&#9;"),
            '\n' => s.push_str("&#10;"),
            '\r' => s.push_str("&#13;"),
            c if allowed(c) => s.push(c),
            _ => s.push('\u{FFFD}'),
        }
    }
}

/// Is `c` a character XML 1.0 documents may contain?
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn doc(text: &str) -> Document {
        Document::new("d&1", NaiveDate::from_ymd_opt(2025, 4, 17).unwrap(), text)
    }

    fn render(text: &str) -> (String, Written) {
        let d = doc(text);
        let mut out = Vec::new();
        let w = write_document(&d, &crate::annotate(&d), &mut out);
        (String::from_utf8(out).unwrap(), w)
    }

    #[test]
    fn writes_dct_and_inline_tags() {
        let (xml, w) = render("AT&T said on Sunday <that> in 2018 sales rose.");
        assert_eq!(w, Written::default());
        assert!(xml.starts_with("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d&amp;1</DOCID>\n"));
        assert!(xml.contains(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-17\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">2025-04-17</TIMEX3></DCT>"
        ));
        assert!(xml.contains(
            "<TEXT>AT&amp;T said on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-04-13\" \
             anchorTimeID=\"t0\">Sunday</TIMEX3> &lt;that&gt; in \
             <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2018\">2018</TIMEX3> sales rose.</TEXT>"
        ));
    }

    #[test]
    fn anaphora_point_at_the_expression_they_count_from() {
        let (xml, _) = render("The talks began on March 3, 2024. The next day they broke up.");
        assert!(xml.contains("tid=\"t2\" type=\"DATE\" value=\"2024-03-04\" anchorTimeID=\"t1\""));
    }

    #[test]
    fn carriage_returns_are_references_and_bad_characters_are_replaced() {
        let (xml, w) = render("Line one\r\nsaid on Sunday\u{1}\u{FFFF}.");
        assert!(xml.contains("Line one&#13;\nsaid on"));
        assert!(xml.contains("</TIMEX3>\u{FFFD}\u{FFFD}.</TEXT>"));
        assert_eq!(w.replaced, 2);
    }

    #[test]
    fn overlapping_spans_are_left_untagged_not_crossed() {
        let d = doc("on Sunday");
        let mut timexes = crate::annotate(&d);
        assert_eq!(timexes.len(), 1);
        let mut inner = timexes[0].clone();
        inner.id = "t2".into();
        inner.start += 1;
        timexes.push(inner);
        let mut out = Vec::new();
        let w = write_document(&d, &timexes, &mut out);
        assert_eq!(w.untagged, 1);
        assert_eq!(
            String::from_utf8(out).unwrap().matches("<TIMEX3").count(),
            2
        );
    }
}
