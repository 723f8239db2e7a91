//! Expressions only: segment, scan, tense and resolve one document.

use crate::document::Document;
use crate::text::{self, Sentence, Token};
use crate::timex::{resolve, scan, tense, Timex};

/// A document's tokens, sentences and resolved expressions: what later stages build on.
pub struct Annotation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub timexes: Vec<Timex>,
}

/// Finds and resolves every temporal expression of `doc`.
pub fn annotate(doc: &Document) -> Vec<Timex> {
    annotate_full(doc).timexes
}

/// Like [`annotate`], keeping the tokens and sentences for the event stage.
pub fn annotate_full(doc: &Document) -> Annotation {
    let tokens = text::tokenize(&doc.text);
    let sentences = text::sentences(&doc.text, &tokens);
    let lower = doc.text.to_ascii_lowercase();
    let found = scan::scan(&doc.text, &lower, &tokens, &sentences);
    let tenses: Vec<(tense::Tense, Option<String>)> = found
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
    let timexes = resolve::resolve_all(doc, &found, &tenses);
    Annotation {
        tokens,
        sentences,
        timexes,
    }
}
