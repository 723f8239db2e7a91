//! The tense of the clause around an expression, from cue words (no tagger).
//!
//! The nearest cue to the left inside the sentence decides; with none on the left, the nearest
//! one on the right. Future cues are phrases ("is set to", "will"); past cues are "said", "was",
//! irregular past forms and regular "-ed" verbs.

use crate::lexicon::{FUTURE_CUES, NOT_PAST_ED, PAST_IRREGULAR, PRESENT_CUES};
use crate::text::{Sentence, Token, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

impl Tense {
    pub fn as_str(self) -> &'static str {
        match self {
            Tense::Past => "past",
            Tense::Present => "present",
            Tense::Future => "future",
            Tense::Unknown => "unknown",
        }
    }
}

/// The tense cue at token `k`, with the cue's text for the reason.
pub fn cue_at(lower: &str, tokens: &[Token], k: usize, limit: usize) -> Option<(Tense, String)> {
    let tok = &tokens[k];
    if tok.kind != TokenKind::Word {
        return None;
    }
    let w = &lower[tok.range()];
    let next = |n: usize| -> &str {
        if k + n < limit {
            &lower[tokens[k + n].range()]
        } else {
            ""
        }
    };
    for cue in FUTURE_CUES {
        let mut parts = cue.split(' ');
        let first = parts.next().unwrap_or("");
        let first_matches = w == first
            || (first.starts_with('\'')
                && (w.ends_with(first) || w.ends_with(&first.replace('\'', "’"))));
        if first_matches && parts.enumerate().all(|(n, p)| next(n + 1) == p) {
            return Some((Tense::Future, cue.to_string()));
        }
    }
    if w.ends_with("'ll") || w.ends_with("’ll") || w == "won't" || w == "won’t" {
        return Some((Tense::Future, w.to_string()));
    }
    if PAST_IRREGULAR.contains(&w) {
        return Some((Tense::Past, w.to_string()));
    }
    if w.len() > 4 && w.ends_with("ed") && !NOT_PAST_ED.contains(&w) && !tok.capitalized {
        return Some((Tense::Past, w.to_string()));
    }
    if PRESENT_CUES.contains(&w) {
        return Some((Tense::Present, w.to_string()));
    }
    None
}

/// The tense of the clause around tokens `first..end` of `sentence`.
pub fn tense_at(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
) -> Tense {
    tense_with_cue(lower, tokens, sentence, first, end).0
}

/// Like [`tense_at`], with the cue that decided it.
pub fn tense_with_cue(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
) -> (Tense, Option<String>) {
    tense_with_cue_in(lower, tokens, sentence, first, end, None)
}

/// The tokens of one sentence where the tense scans can stop: a cue or ";". Every other token
/// is passed over by [`tense_with_cue`], so scanning only these gives the same answer. Worth
/// building for a long sentence with many expressions, where scanning every token for every
/// expression grows with the square of the sentence.
pub struct CueStops {
    stops: Vec<usize>,
}

impl CueStops {
    pub fn new(lower: &str, tokens: &[Token], sentence: &Sentence) -> Self {
        let limit = sentence.end_token;
        let stops = (sentence.first_token..limit)
            .filter(|&k| {
                lower[tokens[k].range()] == *";" || cue_at(lower, tokens, k, limit).is_some()
            })
            .collect();
        CueStops { stops }
    }
}

/// [`tense_with_cue`], scanning only `stops` (built for this sentence) when given.
pub fn tense_with_cue_in(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
    stops: Option<&CueStops>,
) -> (Tense, Option<String>) {
    let limit = sentence.end_token;
    let (left, right): (
        Box<dyn Iterator<Item = usize>>,
        Box<dyn Iterator<Item = usize>>,
    ) = match stops {
        Some(s) => {
            let (l, r) = (
                s.stops.partition_point(|&k| k < first),
                s.stops.partition_point(|&k| k < end),
            );
            (
                Box::new(s.stops[..l].iter().rev().copied()),
                Box::new(s.stops[r..].iter().copied()),
            )
        }
        None => (
            Box::new((sentence.first_token..first).rev()),
            Box::new(end..limit),
        ),
    };
    for k in left {
        if lower[tokens[k].range()] == *";" {
            break;
        }
        if let Some((t, cue)) = cue_at(lower, tokens, k, limit) {
            // A participle after an auxiliary ("will be named", "has been held", "was
            // expected"): the auxiliary decides, so keep looking left.
            if t == Tense::Past && k > sentence.first_token {
                let prev = &lower[tokens[k - 1].range()];
                if matches!(
                    prev,
                    "be" | "been" | "being" | "is" | "are" | "has" | "have" | "will" | "to" | "not"
                ) {
                    continue;
                }
            }
            // "is" before "set to" / "expected to": the phrase decides, which cue_at saw at
            // the later token only if we keep looking; check the phrase first.
            if t == Tense::Present && k + 1 < first {
                if let Some((t2, cue2)) = cue_at(lower, tokens, k + 1, limit) {
                    if t2 == Tense::Future {
                        return (t2, Some(cue2));
                    }
                }
            }
            return (t, Some(cue));
        }
    }
    for k in right {
        if lower[tokens[k].range()] == *";" {
            break;
        }
        if let Some((t, cue)) = cue_at(lower, tokens, k, limit) {
            if t == Tense::Past
                && k > end
                && matches!(
                    &lower[tokens[k - 1].range()],
                    "be" | "been" | "being" | "will" | "to"
                )
            {
                continue;
            }
            return (t, Some(cue));
        }
    }
    (Tense::Unknown, None)
}
