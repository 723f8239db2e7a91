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
            if names_past_event(&lower, &tokens, m) {
                return (
                    tense::Tense::Past,
                    Some("possessive (\"Wednesday's ruling\")".to_string()),
                );
            }
            if is_attributive_date(&lower, &tokens, m) {
                return (
                    tense::Tense::Unknown,
                    Some("a date naming an event (\"the Aug. 7 blasts\")".to_string()),
                );
            }
            let sentence = &sentences[m.sentence];
            let long = sentence.end_token - sentence.first_token > LONG_SENTENCE;
            if long && stops.as_ref().is_none_or(|(s, _)| *s != m.sentence) {
                stops = Some((m.sentence, tense::CueStops::new(&lower, &tokens, sentence)));
            }
            tense::tense_with_cue_in(
                &lower,
                &tokens,
                sentence,
                m.first_token,
                m.end_token,
                stops.as_ref().filter(|_| long).map(|(_, s)| s),
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

/// "Wednesday's ruling", "Thursday's closing price", "December's figures": a bare weekday or
/// month in the possessive names something that already happened then, whatever the tense of
/// the clause around it.
fn names_past_event(lower: &str, tokens: &[Token], m: &scan::Match) -> bool {
    let last = &lower[tokens[m.end_token - 1].range()];
    matches!(
        m.expr,
        crate::timex::TimeExpr::Weekday {
            rel: None,
            clock: None,
            part: None,
            ..
        } | crate::timex::TimeExpr::Calendar {
            year: None,
            month: Some(_),
            day: None,
            rel: None,
            ..
        }
    ) && (last.ends_with("'s") || last.ends_with("’s"))
}

/// "the Aug. 7 blasts", "a Jan. 14 return date": a month and day used as an adjective belong to
/// the noun after them, not to the verb of the clause, so the clause's tense does not apply.
fn is_attributive_date(lower: &str, tokens: &[Token], m: &scan::Match) -> bool {
    let crate::timex::TimeExpr::Calendar {
        year: None,
        month: Some(_),
        day: Some(_),
        ..
    } = m.expr
    else {
        return false;
    };
    if m.first_token == 0 || m.end_token >= tokens.len() {
        return false;
    }
    let before = &lower[tokens[m.first_token - 1].range()];
    let after_tok = &tokens[m.end_token];
    let after = &lower[after_tok.range()];
    crate::lexicon::DETERMINERS.contains(&before)
        && after_tok.kind == crate::text::TokenKind::Word
        && !after_tok.capitalized
        && !matches!(
            after,
            "and"
                | "or"
                | "to"
                | "in"
                | "at"
                | "on"
                | "of"
                | "for"
                | "by"
                | "when"
                | "that"
                | "until"
                | "through"
                | "with"
                | "from"
                | "was"
                | "is"
                | "will"
                | "were"
        )
}
