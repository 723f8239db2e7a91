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
            if names_past_event(&lower, &tokens, m) {
                return (
                    tense::Tense::Past,
                    Some("possessive (\"Wednesday's ruling\")".to_string()),
                );
            }
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

/// "Wednesday's ruling", "Thursday's closing price": a bare weekday in the possessive names
/// something that already happened that day, whatever the tense of the clause around it.
fn names_past_event(lower: &str, tokens: &[Token], m: &scan::Match) -> bool {
    let last = &lower[tokens[m.end_token - 1].range()];
    matches!(
        m.expr,
        crate::timex::TimeExpr::Weekday {
            rel: None,
            clock: None,
            part: None,
            ..
        }
    ) && (last.ends_with("'s") || last.ends_with("’s"))
}
