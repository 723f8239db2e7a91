//! Sentence segmentation over tokens.
//!
//! A sentence ends at `.`, `!` or `?` (with closing quotes) followed by a capitalised word or a
//! line break, unless the period belongs to a known abbreviation ("Sept.", "Mr.", "U.S.") or an
//! initial; a blank line always ends a sentence (headlines, footers).

use super::tokenize::{Token, TokenKind};

/// A sentence as a token range and a byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub first_token: usize,
    pub end_token: usize,
    pub start: usize,
    pub end: usize,
}

/// Abbreviations whose period does not end a sentence when a capitalised word follows.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "inc", "corp", "co", "ltd", "jr", "sr", "no", "vs", "mt", "ft", "rev", "messrs", "a.m", "p.m",
];

/// The most tokens one sentence may hold. Text without sentence punctuation (a scraped page
/// flattened to one line, a table, a list) would otherwise be one sentence, and every event
/// in it would carry, and every tense search would walk, the whole of it: quadratic in the
/// input. Real sentences stay far below this (news sentences average 20 to 30 words).
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Splits the tokens of `text` into sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let bytes = text.as_bytes();
    for i in 0..tokens.len() {
        // `first` can be ahead of `i` after closing quotes were taken into the last sentence.
        if i >= first + MAX_SENTENCE_TOKENS {
            push(&mut out, tokens, first, i);
            first = i;
        }
        if i > first
            && tokens[i].newline_before
            && blank_line_between(bytes, &tokens[i - 1], &tokens[i])
        {
            push(&mut out, tokens, first, i);
            first = i;
        }
        let tok = &tokens[i];
        if tok.kind != TokenKind::Punct {
            continue;
        }
        let c = &text[tok.range()];
        if c != "." && c != "!" && c != "?" {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let mut end = i + 1;
        while end < tokens.len()
            && !tokens[end].space_before
            && matches!(&text[tokens[end].range()], "\"" | "”" | "’" | "'" | ")")
        {
            end += 1;
        }
        let Some(next) = tokens.get(end) else {
            continue;
        };
        let starts_new = next.newline_before
            || (next.space_before
                && (next.capitalized
                    || next.kind == TokenKind::Number
                    || matches!(&text[next.range()], "\"" | "“" | "‘" | "(")));
        if !starts_new {
            continue;
        }
        if c == "." && i > 0 && is_abbreviation(text, tokens, i) && !next.newline_before {
            continue;
        }
        push(&mut out, tokens, first, end);
        first = end;
    }
    if first < tokens.len() {
        push(&mut out, tokens, first, tokens.len());
    }
    out
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, end: usize) {
    out.push(Sentence {
        first_token: first,
        end_token: end,
        start: tokens[first].start as usize,
        end: tokens[end - 1].end as usize,
    });
}

fn blank_line_between(bytes: &[u8], a: &Token, b: &Token) -> bool {
    bytes[a.end as usize..b.start as usize]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        >= 2
}

/// Is the period at token `i` part of an abbreviation or an initial ("J. Smith")?
fn is_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    let prev = &tokens[i - 1];
    if prev.kind != TokenKind::Word || tokens[i].space_before {
        return false;
    }
    // Gather dotted abbreviations such as "U.S" or "p.m" back together.
    let mut start = i - 1;
    while start >= 2
        && &text[tokens[start - 1].range()] == "."
        && !tokens[start].space_before
        && !tokens[start - 1].space_before
        && tokens[start - 2].kind == TokenKind::Word
        && tokens[start - 2].len() == 1
    {
        start -= 2;
    }
    let word = text[tokens[start].start as usize..prev.end as usize].to_ascii_lowercase();
    if word.len() == 1 && prev.capitalized {
        return true; // an initial
    }
    ABBREVIATIONS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        sentences(text, &toks)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_text_without_punctuation_is_cut_into_bounded_sentences() {
        let text = "word ".repeat(1000);
        let toks = tokenize(&text);
        let sents = sentences(&text, &toks);
        assert_eq!(sents.len(), 3);
        assert!(sents
            .iter()
            .all(|s| s.end_token - s.first_token <= MAX_SENTENCE_TOKENS));
        assert_eq!(sents.last().map(|s| s.end_token), Some(toks.len()));
    }

    #[test]
    fn splits_on_periods_before_capitals() {
        assert_eq!(
            split("He left. She stayed."),
            vec!["He left.", "She stayed."]
        );
    }

    #[test]
    fn keeps_abbreviations_inside() {
        assert_eq!(
            split("It closed Sept. 30 in the U.S. Treasury market. Then it rose."),
            vec![
                "It closed Sept. 30 in the U.S. Treasury market.",
                "Then it rose."
            ]
        );
    }

    #[test]
    fn blank_lines_end_headlines() {
        assert_eq!(
            split("A headline\n\nThe body."),
            vec!["A headline", "The body."]
        );
    }

    #[test]
    fn closing_quote_stays() {
        assert_eq!(
            split("“Stop,” he said. “Now.” Then"),
            vec!["“Stop,” he said.", "“Now.”", "Then"]
        );
    }
}
