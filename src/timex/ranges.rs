//! Ranges: "April 10-13", "1998-99", "Monday through Wednesday", "from March to May", "between
//! 2010 and 2012", "April 24 and 25". Each end is its own expression; the second end takes its
//! missing parts from the first (see the resolver), and both know they form a range.

use super::scan::{Match, Scanner};
use super::types::TimeExpr;

/// Words that join the two ends of a range: "March to May", "Monday through Wednesday".
const RANGE_JOINERS: &[&str] = &["-", "–", "—", "to", "through", "thru", "till", "until"];

/// Adds the second end of "April 10-13" and "1998-99" ranges, which the rules leave out.
pub fn split_ranges(s: &Scanner, found: &mut Vec<Match>) {
    let mut extra = Vec::new();
    for m in found.iter() {
        let j = m.end_token;
        let dash = s.glued(j) && matches!(s.w(j), "-" | "–") && s.glued(j + 1);
        // "April 24 and 25", "May 3 to 5": a bare day number after a month and day
        let spelled = matches!(s.w(j), "and" | "to" | "through" | "until" | "till")
            && matches!(m.expr, TimeExpr::Calendar { day: Some(_), .. })
            && s.info(j + 2)
                .is_none_or(|x| x.unit.is_none() && x.month.is_none())
            && !matches!(
                s.w(j + 2),
                "%" | "percent" | "million" | "billion" | "-" | ":" | "a.m." | "p.m." | "am" | "pm"
            );
        if !(dash || spelled) {
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
                year_rel: None,
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
                TimeExpr::year(y2)
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
            range_from: None,
        });
    }
    if !extra.is_empty() {
        found.extend(extra);
        found.sort_by_key(|m| m.start);
    }
}

/// Marks the second end of each range with the index of the first: two date expressions in one
/// sentence with only a joiner between them ("to", "through", "-"), or "between X and Y".
pub fn pair_ranges(s: &Scanner, found: &mut [Match]) {
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        if a.sentence != b.sentence || !alike(&a.expr, &b.expr) {
            continue;
        }
        // "revised Friday to December's figures": a possessive names a thing, not an end
        let last = s.w(b.end_token - 1);
        if last.ends_with("'s") || last.ends_with("’s") {
            continue;
        }
        if found[k - 1].range_from.is_some() {
            continue; // "A to B to C": B ends one range and does not start another
        }
        let gap = b.first_token.saturating_sub(a.end_token);
        let joined = gap == 1 && {
            let w = s.w(a.end_token);
            RANGE_JOINERS.contains(&w)
                || (w == "and" && a.first_token > 0 && s.w(a.first_token - 1) == "between")
        };
        if joined {
            found[k].range_from = Some(k - 1);
        }
    }
}

/// How fine a stretch of the calendar an expression names, for the ends of a range: the two ends
/// must be alike ("from March to May", "Monday through Wednesday"), so that "2000 — Monday" is
/// not read as a range. A day may end a month range and the other way round ("from March to
/// May 15"). `None` for what cannot end a range at all.
fn range_grain(e: &TimeExpr) -> Option<u8> {
    Some(match e {
        TimeExpr::Weekday { .. } | TimeExpr::DayOffset { .. } | TimeExpr::Holiday { .. } => 0,
        TimeExpr::Calendar { day: Some(_), .. } => 0,
        TimeExpr::Calendar {
            month: Some(_),
            day: None,
            ..
        } => 1,
        TimeExpr::Calendar { .. } => 2,
        TimeExpr::Season { .. } => 3,
        TimeExpr::Quarter { .. } | TimeExpr::Half { .. } => 4,
        TimeExpr::Decade { .. } => 5,
        TimeExpr::Century { .. } => 6,
        _ => return None,
    })
}

/// Can `a` and `b` be the two ends of one range?
fn alike(a: &TimeExpr, b: &TimeExpr) -> bool {
    match (range_grain(a), range_grain(b)) {
        (Some(x), Some(y)) if x == y => true,
        // "from March to May 15": a day and a month pair only when the day is a calendar date;
        // "Friday to December's figures" is not a range
        (Some(x), Some(y)) if x.max(y) == 1 && x.min(y) == 0 => {
            matches!(a, TimeExpr::Calendar { .. }) && matches!(b, TimeExpr::Calendar { .. })
        }
        _ => false,
    }
}
