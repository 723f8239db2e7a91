//! Ranges: "April 10-13", "1998-99", "Monday through Wednesday". Each end is its own expression;
//! the second end takes its missing parts from the first.

use super::scan::{Match, Scanner};
use super::types::TimeExpr;

/// Adds the second end of "April 10-13" and "1998-99" ranges, which the rules leave out.
pub fn split_ranges(s: &Scanner, found: &mut Vec<Match>) {
    let mut extra = Vec::new();
    for m in found.iter() {
        let j = m.end_token;
        if !(s.glued(j) && matches!(s.w(j), "-" | "–") && s.glued(j + 1)) {
            continue;
        }
        let (n, token) = match s.digits(j + 1) {
            Some(n) => (n, j + 1),
            None => continue,
        };
        let expr = match &m.expr {
            TimeExpr::Calendar {
                year,
                month: Some(month),
                day: Some(_),
                clock: None,
                ..
            } if (1..=31).contains(&n) && s.w(token).len() <= 2 => TimeExpr::Calendar {
                year: *year,
                month: Some(*month),
                day: Some(n),
                rel: None,
                clock: None,
                part: None,
            },
            TimeExpr::Calendar {
                year: Some(y),
                month: None,
                day: None,
                ..
            } if s.w(token).len() == 2 => {
                let century = y - y % 100;
                let mut y2 = century + n as i32;
                if y2 <= *y {
                    y2 += 100;
                }
                TimeExpr::Calendar {
                    year: Some(y2),
                    month: None,
                    day: None,
                    rel: None,
                    clock: None,
                    part: None,
                }
            }
            _ => continue,
        };
        let tok = &s.tokens[token];
        extra.push(Match {
            first_token: token,
            end_token: token + 1,
            sentence: m.sentence,
            start: tok.start as usize,
            end: tok.end as usize,
            expr,
            modifier: None,
            rule: "range_end",
        });
    }
    if !extra.is_empty() {
        found.extend(extra);
        found.sort_by_key(|m| m.start);
    }
}
