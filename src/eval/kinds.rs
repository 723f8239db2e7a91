//! Error kinds: the listing of `eval --errors` grouped by what went wrong and the shape of the
//! expression, so the largest families of remaining errors can be read off the top.
//!
//! The shape abstracts the words that vary within a family: weekday names become WEEKDAY, month
//! names MONTH, numbers N; values become patterns (`1998-W12` -> `YYYY-Www`). "wrong_value
//! WEEKDAY: DATE YYYY-MM-DD vs DATE YYYY-MM-DD" gathers every weekday resolved to the wrong day.

use super::errors::{ErrorKind, EvalError, TimexView};
use serde::Serialize;
use std::collections::BTreeMap;

/// One family of errors, with how many and the first example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorFamily {
    pub label: String,
    pub count: usize,
    pub example: String,
}

/// The words of an expression with weekdays, months and numbers abstracted.
pub fn text_shape(text: &str) -> String {
    text.to_lowercase()
        .split_whitespace()
        .map(|w| {
            let core = w.trim_end_matches(['.', ',']);
            // The lexicon knows the names and their abbreviations ("Sept.", "Wed.").
            let known = crate::lexicon::lookup(core)
                .or_else(|| crate::lexicon::lookup(crate::timex::scan::strip_possessive(core)));
            if known.is_some_and(|x| x.weekday.is_some()) {
                "WEEKDAY".to_string()
            } else if known.is_some_and(|x| x.month.is_some()) {
                "MONTH".to_string()
            } else if core.chars().any(|c| c.is_ascii_digit()) {
                core.chars()
                    .map(|c| if c.is_ascii_digit() { 'N' } else { c })
                    .collect::<String>()
                    .replace("NN", "N")
                    .replace("NN", "N")
            } else {
                core.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A TIMEX3 value as a pattern: digits become Y, M, D, h, w by position.
pub fn value_shape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut field = 0; // 0 year, 1 month or week, 2 day
    let mut week = false;
    let mut time = false;
    for c in value.chars() {
        match c {
            '-' => {
                field += 1;
                out.push(c);
            }
            'W' => {
                week = true;
                out.push(c);
            }
            'T' => {
                time = true;
                out.push(c);
            }
            '0'..='9' if value.starts_with('P') => out.push('n'),
            '0'..='9' if time => out.push('h'),
            '0'..='9' => out.push(match (field, week) {
                (0, _) => 'Y',
                (1, true) => 'w',
                (1, false) => 'M',
                _ => 'D',
            }),
            _ => out.push(c),
        }
    }
    out
}

fn side(x: &TimexView) -> String {
    format!(
        "{} {}",
        x.kind.as_deref().unwrap_or("?"),
        value_shape(x.value.as_deref().unwrap_or(""))
    )
}

/// The family of one error.
pub fn label(e: &EvalError) -> String {
    let text = e
        .gold
        .as_ref()
        .or(e.system.as_ref())
        .and_then(|x| x.text.as_deref())
        .map(text_shape)
        .unwrap_or_default();
    match (e.kind, &e.gold, &e.system) {
        (ErrorKind::WrongValue | ErrorKind::WrongType, Some(g), Some(s)) => {
            format!(
                "{} {text}: gold {} vs {}",
                e.kind.as_str(),
                side(g),
                side(s)
            )
        }
        (ErrorKind::PartialSpan, Some(_), Some(s)) => format!(
            "partial_span {text} vs {}",
            s.text.as_deref().map(text_shape).unwrap_or_default()
        ),
        (kind, g, s) => {
            let x = g.as_ref().or(s.as_ref());
            format!(
                "{} {text}: {}",
                kind.as_str(),
                x.map(side).unwrap_or_default()
            )
        }
    }
}

/// Families of errors, largest first (ties by label, so the order is stable).
pub fn families(errors: &[EvalError]) -> Vec<ErrorFamily> {
    let mut groups: BTreeMap<String, ErrorFamily> = BTreeMap::new();
    for e in errors {
        let l = label(e);
        groups
            .entry(l.clone())
            .or_insert_with(|| ErrorFamily {
                label: l,
                count: 0,
                example: format!(
                    "{}@{}: {}",
                    e.doc,
                    e.at(),
                    e.context.as_deref().unwrap_or("")
                ),
            })
            .count += 1;
    }
    let mut out: Vec<ErrorFamily> = groups.into_values().collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    out
}

/// The text table of the `n` largest families.
pub fn render_families(errors: &[EvalError], n: usize) -> String {
    let all = families(errors);
    let mut out = format!(
        "largest error kinds ({} kinds, {} errors; top {}):\n",
        all.len(),
        errors.len(),
        n.min(all.len())
    );
    for f in all.iter().take(n) {
        out.push_str(&format!(
            "  {:>4}  {}\n        e.g. {}\n",
            f.count, f.label, f.example
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_abstract_names_and_numbers() {
        assert_eq!(text_shape("Friday night"), "WEEKDAY night");
        assert_eq!(text_shape("Oct. 23"), "MONTH N");
        assert_eq!(text_shape("the 1988 quarter"), "the N quarter");
        assert_eq!(value_shape("1998-W12"), "YYYY-Www");
        assert_eq!(value_shape("2000-01-05TNI"), "YYYY-MM-DDTNI");
        assert_eq!(value_shape("P18M"), "PnnM");
        assert_eq!(value_shape("PAST_REF"), "PAST_REF");
    }

    #[test]
    fn families_are_counted_and_sorted() {
        let view = |text: &str, value: &str| TimexView {
            start: 0,
            end: 1,
            text: Some(text.into()),
            kind: Some("DATE".into()),
            value: Some(value.into()),
        };
        let err = |g: &str, gv: &str, s: &str, sv: &str| EvalError {
            doc: "d".into(),
            kind: ErrorKind::WrongValue,
            gold: Some(view(g, gv)),
            system: Some(view(s, sv)),
            context: None,
        };
        let errors = vec![
            err("Monday", "2025-04-14", "Monday", "2025-04-21"),
            err("Friday", "2025-04-11", "Friday", "2025-04-18"),
            err("last week", "2025-W15", "last week", "2025-W14"),
        ];
        let f = families(&errors);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].count, 2);
        assert_eq!(
            f[0].label,
            "wrong_value WEEKDAY: gold DATE YYYY-MM-DD vs DATE YYYY-MM-DD"
        );
        assert!(render_families(&errors, 10).contains("   2  wrong_value WEEKDAY"));
    }
}
