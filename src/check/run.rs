//! Running one case: annotate its sentence and compare what was found with what was marked.
//!
//! A marked expression is paired with a found one when their spans overlap (exact spans first,
//! then, in text order, the earliest unused overlapping one). A pair passes when the value (and
//! the interval and type, where the row gives them) are right, even if the spans differ: span
//! boundaries are measured by `eval`, and case tables are about resolution. The span difference
//! is still shown in the report. Found but unmarked, and marked but not found, both fail.

use super::parse::{Case, Expectation};
use crate::document::Document;
use crate::timex::{Interval, Mod, Timex, TimexType};

/// An expression the annotator found (byte offsets into the case's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: TimexType,
    pub value: String,
    pub interval: Option<Interval>,
    pub modifier: Option<Mod>,
    pub reason: String,
}

impl Found {
    fn from_timex(t: &Timex) -> Self {
        Found {
            start: t.start,
            end: t.end,
            text: t.text.clone(),
            kind: t.value.kind,
            value: t.value.value.clone(),
            interval: t.value.interval,
            modifier: t.value.modifier,
            reason: t.value.reason.clone(),
        }
    }
}

/// How one marked expression fared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkResult {
    pub expected: Expectation,
    /// The found expression paired with it, if any.
    pub found: Option<Found>,
    pub value_ok: bool,
    /// `None` when the row does not check it.
    pub interval_ok: Option<bool>,
    pub type_ok: Option<bool>,
    pub mod_ok: Option<bool>,
}

impl MarkResult {
    pub fn passed(&self) -> bool {
        self.found.is_some()
            && self.value_ok
            && self.interval_ok != Some(false)
            && self.type_ok != Some(false)
            && self.mod_ok != Some(false)
    }

    /// Found, but not with exactly the marked span.
    pub fn span_differs(&self) -> bool {
        self.found
            .as_ref()
            .is_some_and(|f| (f.start, f.end) != (self.expected.start, self.expected.end))
    }
}

/// The result of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResult {
    pub case: Case,
    pub marks: Vec<MarkResult>,
    /// Found but not marked: each one fails the row.
    pub unmarked: Vec<Found>,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.unmarked.is_empty() && self.marks.iter().all(MarkResult::passed)
    }
}

/// Runs a case through [`crate::annotate`].
pub fn run_case(case: Case) -> CaseResult {
    run_case_with(case, &crate::annotate)
}

/// Runs a case through any annotator (tests give hand-made ones).
pub fn run_case_with(case: Case, annotator: &dyn Fn(&Document) -> Vec<Timex>) -> CaseResult {
    let mut doc = Document::new(
        format!("line {}", case.line),
        case.published,
        case.text.clone(),
    );
    doc.source = format!("{}:{}", case.file.display(), case.line);
    let found: Vec<Found> = annotator(&doc).iter().map(Found::from_timex).collect();
    compare(case, found)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0.max(b.0) < a.1.min(b.1)
}

/// Pairs marks with found expressions and checks each pair.
pub fn compare(case: Case, found: Vec<Found>) -> CaseResult {
    let mut pair: Vec<Option<usize>> = vec![None; case.expected.len()];
    let mut used = vec![false; found.len()];
    for (mi, m) in case.expected.iter().enumerate() {
        if let Some(fi) = (0..found.len())
            .find(|&fi| !used[fi] && (found[fi].start, found[fi].end) == (m.start, m.end))
        {
            pair[mi] = Some(fi);
            used[fi] = true;
        }
    }
    for (mi, m) in case.expected.iter().enumerate() {
        if pair[mi].is_some() {
            continue;
        }
        let earliest = (0..found.len())
            .filter(|&fi| !used[fi] && overlaps((m.start, m.end), (found[fi].start, found[fi].end)))
            .min_by_key(|&fi| (found[fi].start, found[fi].end));
        if let Some(fi) = earliest {
            pair[mi] = Some(fi);
            used[fi] = true;
        }
    }
    let marks = case
        .expected
        .iter()
        .zip(&pair)
        .map(|(exp, p)| {
            let f = p.map(|fi| found[fi].clone());
            let value_ok = f.as_ref().is_some_and(|f| f.value == exp.value);
            let interval_ok = exp
                .interval
                .map(|want| f.as_ref().is_some_and(|f| f.interval == want));
            let type_ok = exp
                .kind
                .map(|want| f.as_ref().is_some_and(|f| f.kind == want));
            let mod_ok = exp
                .modifier
                .map(|want| f.as_ref().is_some_and(|f| f.modifier == want));
            MarkResult {
                expected: exp.clone(),
                found: f,
                value_ok,
                interval_ok,
                type_ok,
                mod_ok,
            }
        })
        .collect();
    let unmarked = found
        .into_iter()
        .zip(used)
        .filter(|(_, u)| !u)
        .map(|(f, _)| f)
        .collect();
    CaseResult {
        case,
        marks,
        unmarked,
    }
}
