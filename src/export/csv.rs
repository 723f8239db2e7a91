//! The CSV timeline: one row per event in timeline order (RFC 4180), for spreadsheets.

use super::format::spreadsheet_range;
use crate::timeline::Timeline;

pub const COLUMNS: &[&str] = &[
    "order",
    "date",
    "end_date",
    "granularity",
    "timex",
    "expression",
    "event",
    "trigger",
    "sentence",
    "document",
    "published",
    "source",
    "start",
    "end",
    "reason",
    "conflict",
];

/// Options of the CSV writer.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    /// UTF-8 byte order mark and CRLF line ends, for Excel.
    pub excel: bool,
}

/// Makes a cell inert for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or carriage return
/// would start a formula, so it gets an apostrophe in front.
pub fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// The rows (header first) as strings, before any spreadsheet escaping.
pub fn rows(t: &Timeline) -> Vec<Vec<String>> {
    let mut rows = vec![COLUMNS.iter().map(|c| c.to_string()).collect()];
    for e in &t.events {
        let doc = &t.documents[e.document];
        let (date, end_date, grain, value, expression, reason) = match &e.time {
            Some(tm) => {
                let x = &t.timexes[tm.timex];
                let (a, b) = match e.interval.or(x.interval) {
                    Some(iv) => spreadsheet_range(&iv, x.grain),
                    None => (String::new(), String::new()),
                };
                (
                    a,
                    b,
                    x.grain.map(|g| g.as_str().to_string()).unwrap_or_default(),
                    x.value.clone(),
                    x.text.clone(),
                    x.reason.clone(),
                )
            }
            None => Default::default(),
        };
        let conflict = e
            .conflict
            .as_ref()
            .map(|claims| {
                claims
                    .iter()
                    .map(|(d, v)| format!("{}: {v}", t.documents[*d].id))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default();
        rows.push(vec![
            (e.order + 1).to_string(),
            date,
            end_date,
            grain,
            value,
            expression,
            e.text.clone(),
            e.trigger.clone(),
            e.sentence.clone(),
            doc.id.clone(),
            doc.published.to_string(),
            doc.source.clone(),
            e.start.to_string(),
            e.end.to_string(),
            reason,
            conflict,
        ]);
    }
    rows
}

pub fn write(t: &Timeline, opts: CsvOptions, out: &mut Vec<u8>) {
    write_rows(rows(t), opts, out);
}

/// Writes rows as spreadsheet-safe CSV: every cell made inert, BOM and CRLF with `--excel`.
/// Shared by the timeline CSV and the TimelineJS sheet.
pub fn write_rows(
    rows: impl IntoIterator<Item = Vec<String>>,
    opts: CsvOptions,
    out: &mut Vec<u8>,
) {
    if opts.excel {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let terminator = if opts.excel {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(terminator)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail.
        w.write_record(row.iter().map(|c| inert(c).into_owned()))
            .expect("CSV to memory");
    }
    out.extend(w.into_inner().expect("CSV to memory"));
}
