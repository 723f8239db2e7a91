//! The error listing of `eval --errors`: every missed, spurious, partly matched and wrongly typed
//! or valued expression, with a little of the text around it.

use serde::Serialize;

/// What went wrong with one expression (or one matched pair).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A gold expression with no overlapping system expression.
    Missed,
    /// A system expression with no overlapping gold expression.
    Spurious,
    /// Matched on overlap, but the spans differ.
    PartialSpan,
    WrongType,
    WrongValue,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::PartialSpan => "partial_span",
            ErrorKind::WrongType => "wrong_type",
            ErrorKind::WrongValue => "wrong_value",
        }
    }
}

/// One expression as the error listing shows it (code point offsets into the gold text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimexView {
    pub start: usize,
    pub end: usize,
    pub text: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvalError {
    pub doc: String,
    pub kind: ErrorKind,
    pub gold: Option<TimexView>,
    pub system: Option<TimexView>,
    /// Up to 30 characters either side, the expression in brackets, newlines as spaces.
    pub context: Option<String>,
}

impl EvalError {
    /// Where the error is: the gold expression's start, or the system one's for spurious.
    pub fn at(&self) -> usize {
        self.gold
            .as_ref()
            .or(self.system.as_ref())
            .map_or(0, |x| x.start)
    }
}

/// Orders the listing by document id, position, then kind (missed, spurious, partial_span,
/// wrong_type, wrong_value), as score_timex.py does; the sort is stable.
pub fn sort_errors(errors: &mut [EvalError]) {
    errors.sort_by(|a, b| (a.doc.as_str(), a.at(), a.kind).cmp(&(b.doc.as_str(), b.at(), b.kind)));
}

/// `left[expr]right` with `width` code points either side, newlines replaced by spaces.
/// `chars` are the byte offsets of every code point of `text` plus its end.
pub fn context(text: &str, chars: &[usize], start: usize, end: usize, width: usize) -> String {
    let n = chars.len() - 1;
    let at = |i: usize| chars[i.min(n)];
    let (s, e) = (start.min(n), end.min(n));
    let left = &text[at(s.saturating_sub(width))..at(s)];
    let mid = &text[at(s)..at(e.max(s))];
    let right = &text[at(e.max(s))..at(e + width)];
    format!(
        "{}[{}]{}",
        left.replace('\n', " "),
        mid.replace('\n', " "),
        right.replace('\n', " ")
    )
}

/// The text listing: a heading, then two lines per error.
pub fn render_errors(errors: &[EvalError]) -> String {
    let mut out = format!("errors ({}):\n", errors.len());
    for e in errors {
        let show = |label: &str, x: &TimexView| {
            format!(
                "{label} {} {} {}",
                super::score::py_repr(x.text.as_deref().unwrap_or("")),
                x.kind.as_deref().unwrap_or("None"),
                x.value.as_deref().unwrap_or("None")
            )
        };
        let gold = e.gold.as_ref().map(|g| show("gold", g));
        let sys = e.system.as_ref().map(|s| show("sys", s));
        let both = match (gold, sys) {
            (Some(g), Some(s)) => format!("{g} | {s}"),
            (g, s) => g.or(s).unwrap_or_default(),
        };
        out.push_str(&format!(
            "  {:<12} {}@{}  {}\n    ... {}\n",
            e.kind.as_str(),
            e.doc,
            e.at(),
            both,
            e.context.as_deref().unwrap_or("")
        ));
    }
    out
}
