//! CSV for spreadsheets (formula injection, --excel), TimelineJS columns, DOT, HTML escaping,
//! and merging across documents.

use chrono::NaiveDate;
use timeliner::document::Document;
use timeliner::export;
use timeliner::timeline::build;

fn doc(id: &str, published: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap(),
        title: Some(format!("{id} - a title")),
        url: None,
        source: format!("{id}.txt"),
        text: text.into(),
    }
}

fn hostile() -> Vec<Document> {
    vec![doc(
        "evil",
        "2025-04-17",
        "=HYPERLINK(\"http://x\") The council closed the road on Monday. \
         -2+3 said the mayor <script>alert(1)</script> on Tuesday. \
         @SUM(A1) The board met on Wednesday.",
    )]
}

#[test]
fn csv_cells_are_inert_and_excel_mode_adds_bom_and_crlf() {
    let t = build(&hostile());
    let mut out = Vec::new();
    export::csv::write(&t, export::csv::CsvOptions { excel: true }, &mut out);
    assert!(out.starts_with("\u{feff}".as_bytes()));
    let text = String::from_utf8(out.clone()).unwrap();
    assert!(text.contains("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n') || text.contains('"'));
    let mut r = csv::ReaderBuilder::new().from_reader(&out[3..]);
    for rec in r.records() {
        for cell in rec.unwrap().iter() {
            assert!(
                !matches!(
                    cell.as_bytes().first(),
                    Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
                ),
                "live formula cell: {cell:?}"
            );
        }
    }
    assert!(text.contains("'=HYPERLINK"));
}

#[test]
fn csv_reads_back_to_the_same_events() {
    let t = build(&hostile());
    let mut out = Vec::new();
    export::csv::write(&t, Default::default(), &mut out);
    let mut r = csv::Reader::from_reader(out.as_slice());
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), t.events.len());
    for (row, e) in rows.iter().zip(&t.events) {
        assert_eq!(row[0], (e.order + 1).to_string());
        assert_eq!(row[6].trim_start_matches('\''), e.text);
        assert_eq!(row[12], e.start.to_string());
        assert_eq!(row[13], e.end.to_string());
    }
}

#[test]
fn timelinejs_has_the_template_columns_and_no_invented_parts() {
    let docs = vec![doc(
        "a",
        "2025-04-17",
        "The festival took place last summer. The mayor resigned in 2018. Talks began last week.",
    )];
    let t = build(&docs);
    let mut out = Vec::new();
    export::timelinejs::write(&t, Default::default(), &mut out);
    let mut r = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, export::timelinejs::COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let year = rows.iter().find(|r| &r[0] == "2018").expect("the 2018 row");
    assert_eq!((&year[1], &year[2]), ("", ""));
    assert_eq!(&year[8], "2018");
    let summer = rows
        .iter()
        .find(|r| r[8].starts_with("Summer"))
        .expect("summer");
    assert_eq!(&summer[8], "Summer 2024");
    assert_eq!(&summer[2], "");
    let week = rows
        .iter()
        .find(|r| r[8].starts_with("Week of"))
        .expect("week");
    assert_eq!(&week[8], "Week of 7 April 2025");
    assert!(rows.iter().all(|r| r[10].contains("(Source:")));
}

#[test]
fn dot_is_a_digraph_with_escaped_labels() {
    let t = build(&hostile());
    let mut out = Vec::new();
    export::dot::write(&t, &mut out);
    let s = String::from_utf8(out).unwrap();
    assert!(s.starts_with("digraph timeline {"));
    assert!(s.trim_end().ends_with('}'));
    assert!(s.contains("\\\"http://x\\\""));
    assert_eq!(s.matches(" -> ").count(), t.relations.len());
}

#[test]
fn html_escapes_article_text() {
    let t = build(&hostile());
    let mut out = Vec::new();
    export::html::write(&t, &mut out);
    let s = String::from_utf8(out).unwrap();
    assert!(!s.contains("<script>alert"));
    assert!(s.contains("&lt;script&gt;"));
    assert!(!s.contains("http://") || !s.contains("src=\"http"));
    assert_eq!(s.matches("<li class=\"event").count(), t.events.len());
}

#[test]
fn the_same_event_in_two_documents_is_merged_and_a_disagreement_kept() {
    let docs = vec![
        doc(
            "one",
            "2025-03-07",
            "The town filed a petition at the district court on Wednesday.",
        ),
        doc(
            "two",
            "2025-03-11",
            "The petition was filed at the district court on March 4, records show.",
        ),
        doc(
            "three",
            "2025-03-11",
            "The council closed the road on March 4.",
        ),
    ];
    let t = build(&docs);
    let merged: Vec<_> = t.events.iter().filter(|e| e.mentions.len() > 1).collect();
    assert_eq!(merged.len(), 1, "{:#?}", t.events);
    let claims = merged[0].conflict.as_ref().expect("the dates disagree");
    assert_eq!(claims.len(), 2);
    // earliest-published claim wins
    assert_eq!(
        merged[0]
            .interval
            .unwrap()
            .start
            .unwrap()
            .date()
            .to_string(),
        "2025-03-05"
    );
}

#[test]
fn merging_many_events_is_fast() {
    // 100,000 events over 2,000 documents: each event is a report of one of 25,000 happenings.
    let mut b = timeliner::timeline::Builder::new();
    let words = [
        "dam", "court", "bridge", "school", "harbour", "tunnel", "market", "station",
    ];
    let verbs = ["closed", "opened", "signed", "filed"];
    for d in 0..2000usize {
        let mut text = String::new();
        for k in 0..50usize {
            let h = (d * 50 + k) % 25_000;
            text.push_str(&format!(
                "The {} of Town{} was {} on March {}. ",
                words[h % 8],
                h,
                verbs[h % 4],
                1 + h % 28
            ));
        }
        b.add(&doc(&format!("d{d}"), "2025-04-01", &text));
    }
    // Speed is a benchmark's business, not a test's: this checks that blocking still merges
    // every report of each happening (and finishes at all at this size).
    let t = b.finish();
    assert_eq!(t.events.len(), 25_000);
}
