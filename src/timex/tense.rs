//! The tense of the clause around an expression, from cue words. (stub)

use crate::text::{Sentence, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

pub fn tense_at(_lower: &str, _tokens: &[Token], _sentence: &Sentence, _first: usize, _end: usize) -> Tense {
    Tense::Unknown
}
