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

/// Tokens beyond which a sentence is long enough to index its tense cues.
const LONG_SENTENCE: usize = 200;

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
    // In a long sentence the cues are found once, not once per expression (the scans would
    // grow with the square of the sentence); the answer is the same.
    let mut stops: Option<(usize, tense::CueStops)> = None;
    let tenses: Vec<(tense::Tense, Option<String>)> = found
        .iter()
        .map(|m| {
            let sentence = &sentences[m.sentence];
            let long = sentence.end_token - sentence.first_token > LONG_SENTENCE;
            if long && stops.as_ref().is_none_or(|(s, _)| *s != m.sentence) {
                stops = Some((m.sentence, tense::CueStops::new(&lower, &tokens, sentence)));
            }
            let clause = tense::tense_with_cue_in(
                &lower,
                &tokens,
                sentence,
                m.first_token,
                m.end_token,
                stops.as_ref().filter(|_| long).map(|(_, s)| s),
            );
            tense::of_expression(
                &lower,
                &tokens,
                sentence,
                &m.expr,
                m.first_token,
                m.end_token,
                clause.0,
            )
            .unwrap_or(clause)
        })
        .collect();
    let timexes = resolve::resolve_all(doc, &found, &tenses);
    Annotation {
        tokens,
        sentences,
        timexes,
    }
}
