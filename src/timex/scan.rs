//! The scanner: finds temporal expressions over tokens. (stub)

use super::types::{Mod, TimeExpr};
use crate::text::{Sentence, Token};

/// One expression found by the scanner, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub first_token: usize,
    pub end_token: usize,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub expr: TimeExpr,
    pub modifier: Option<Mod>,
    pub rule: &'static str,
}

pub fn scan(_text: &str, _lower: &str, _tokens: &[Token], _sentences: &[Sentence]) -> Vec<Match> {
    Vec::new()
}
