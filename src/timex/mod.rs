//! Temporal expressions: the typed values, the scanner, tense, the resolver and TIMEX3 strings.

pub mod calendar;
mod compound;
mod grammar;
pub mod observances;
pub mod period;
mod ranges;
pub mod resolve;
pub mod rules;
pub mod scan;
pub mod tense;
pub mod types;

pub use types::*;

/// One temporal expression found in a document, with its resolved value.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// `t1`, `t2`, ... in document order.
    pub id: String,
    /// Byte offsets into the document text (exports convert to code points).
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The sentence it stands in (index into the document's sentences).
    pub sentence: usize,
    pub expr: TimeExpr,
    pub tense: tense::Tense,
    pub value: TimeValue,
    /// The expression it was resolved against, for anaphora ("the next day").
    pub anchor: Option<String>,
    /// The name of the scanner rule that found it.
    pub rule: &'static str,
    /// Its place in a range ("from [March] to [May]"): which end, and the other end's id.
    pub range: Option<RangeEnd>,
}

/// One end of a range of two expressions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeEnd {
    /// "start" or "end".
    pub role: &'static str,
    /// The id of the other end.
    pub other: String,
}
