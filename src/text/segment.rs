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

/// Capitalised words that open a sentence and hardly ever follow "p.m." or "U.S." inside one.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "But",
    "This",
    "That",
    "There",
    "These",
    "Those",
    "When",
    "While",
    "Officials",
    "Police",
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
            && (blank_line_between(bytes, &tokens[i - 1], &tokens[i])
                || opens_dateline(text, tokens, i))
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
            // ("at 9 p.m. The last debate ...", "in the U.S. It said ...": after an
            // abbreviation that often closes a sentence, a word that only opens one)
            let before = &text[tokens[i - 1].range()];
            let closing = ["m", "s", "inc", "corp", "co", "ltd", "jr", "sr"]
                .iter()
                .any(|a| before.eq_ignore_ascii_case(a));
            if !(closing && SENTENCE_OPENERS.contains(&&text[next.range()])) {
                continue;
            }
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

/// "Court delays sentencing to Monday\nNEWARK, N.J. — A federal judge ...": a line that opens
/// with a dateline (a place in capitals, then a comma, a dash or a bracket) starts a sentence,
/// so the headline above it is one of its own, even with no blank line between.
fn opens_dateline(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| &text[t.range()]);
    let capitals = |k: usize, min: usize| {
        tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && word(k).len() >= min
            && word(k).chars().all(|c| c.is_ascii_uppercase())
    };
    let mark = |k: usize| matches!(word(k), "," | "—" | "–" | "-" | "(");
    // ("NEWARK, N.J.", "NEW YORK (AP)": one or two words of capitals)
    capitals(i, 3) && (mark(i + 1) || (capitals(i + 1, 2) && mark(i + 2)))
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
    fn a_dateline_line_ends_the_headline_above_it() {
        assert_eq!(
            split("Court delays sentencing to Monday\nNEWARK, N.J. — A judge ruled."),
            vec![
                "Court delays sentencing to Monday",
                "NEWARK, N.J. — A judge ruled."
            ]
        );
        assert_eq!(
            split("Storm to hit coast Saturday\nNEW YORK (AP) - Forecasters said so."),
            vec![
                "Storm to hit coast Saturday",
                "NEW YORK (AP) - Forecasters said so."
            ]
        );
        // (a line wrapped inside a sentence stays one sentence)
        assert_eq!(
            split("The mayor of\nBoston said so."),
            vec!["The mayor of\nBoston said so."]
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
