//! The hot stages of annotation on one fixed text: segmentation (tokens, sentences), scanning,
//! tense, resolution, the whole of `annotate`, and a document's event extraction as `build`
//! does it. Run with `cargo bench --bench stages`.
//!
//! The text is the seed article `samples/000_4cca23197704bf7c.txt` (3.5 kB), repeated eight
//! times so that per-call overheads do not hide the per-byte cost.

use chrono::NaiveDate;
use timeliner::text::{self, Sentence, Token};
use timeliner::timex::{resolve, scan, tense};
use timeliner::Document;

fn main() {
    divan::main();
}

const SAMPLE: &str = include_str!("../samples/000_4cca23197704bf7c.txt");

/// The article body (front matter dropped), eight times.
fn document() -> Document {
    let body = SAMPLE
        .splitn(3, "---\n")
        .nth(2)
        .expect("the sample has front matter");
    let published = NaiveDate::from_ymd_opt(2025, 4, 17).expect("a date");
    Document::new("bench", published, body.repeat(8))
}

struct Prepared {
    doc: Document,
    lower: String,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    found: Vec<scan::Match>,
    tenses: Vec<(tense::Tense, Option<String>)>,
}

fn prepared() -> Prepared {
    let doc = document();
    let lower = doc.text.to_ascii_lowercase();
    let tokens = text::tokenize(&doc.text);
    let sentences = text::sentences(&doc.text, &tokens);
    let found = scan::scan(&doc.text, &lower, &tokens, &sentences);
    let tenses = found
        .iter()
        .map(|m| {
            tense::tense_with_cue(
                &lower,
                &tokens,
                &sentences[m.sentence],
                m.first_token,
                m.end_token,
            )
        })
        .collect();
    Prepared {
        doc,
        lower,
        tokens,
        sentences,
        found,
        tenses,
    }
}

#[divan::bench]
fn segmentation(bencher: divan::Bencher) {
    let doc = document();
    bencher
        .counter(divan::counter::BytesCount::of_str(&doc.text))
        .bench(|| {
            let tokens = text::tokenize(divan::black_box(&doc.text));
            text::sentences(&doc.text, &tokens)
        });
}

#[divan::bench]
fn scanning(bencher: divan::Bencher) {
    let p = prepared();
    bencher
        .counter(divan::counter::BytesCount::of_str(&p.doc.text))
        .bench(|| scan::scan(&p.doc.text, &p.lower, &p.tokens, &p.sentences));
}

#[divan::bench]
fn tense(bencher: divan::Bencher) {
    let p = prepared();
    bencher
        .counter(divan::counter::BytesCount::of_str(&p.doc.text))
        .bench(|| {
            p.found
                .iter()
                .map(|m| {
                    tense::tense_with_cue(
                        &p.lower,
                        &p.tokens,
                        &p.sentences[m.sentence],
                        m.first_token,
                        m.end_token,
                    )
                })
                .collect::<Vec<_>>()
        });
}

#[divan::bench]
fn resolution(bencher: divan::Bencher) {
    let p = prepared();
    bencher
        .counter(divan::counter::BytesCount::of_str(&p.doc.text))
        .bench(|| resolve::resolve_all(&p.doc, &p.found, &p.tenses));
}

#[divan::bench]
fn annotate(bencher: divan::Bencher) {
    let doc = document();
    bencher
        .counter(divan::counter::BytesCount::of_str(&doc.text))
        .bench(|| timeliner::annotate::annotate_full(divan::black_box(&doc)));
}

#[divan::bench]
fn events(bencher: divan::Bencher) {
    let doc = document();
    bencher
        .counter(divan::counter::BytesCount::of_str(&doc.text))
        .bench(|| timeliner::timeline::DocumentPart::of(divan::black_box(&doc)));
}
