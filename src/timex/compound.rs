//! Durations written in several units: "2 hours 17 minutes 41 seconds", "a year and two
//! months", "an hour, 15 minutes". The rules find each part; this joins runs of them into one.

use super::scan::{Match, Scanner};
use super::types::{Amount, TimeExpr, Unit};

/// Joins neighbouring durations of whole amounts and falling units (nothing, "and" or a comma
/// between them) into one [`TimeExpr::Compound`].
pub fn join_durations(s: &Scanner, found: &mut Vec<Match>) {
    let mut out: Vec<Match> = Vec::with_capacity(found.len());
    for m in found.drain(..) {
        if let Some(prev) = out.last_mut() {
            if joinable(s, prev, &m) {
                let mut parts = parts_of(&prev.expr).unwrap_or([None; 4]);
                if let Some(slot) = parts.iter_mut().find(|p| p.is_none()) {
                    *slot = whole_part(&m.expr);
                    prev.expr = TimeExpr::Compound { parts };
                    prev.end_token = m.end_token;
                    prev.end = m.end;
                    prev.rule = "compound_duration";
                    continue;
                }
            }
        }
        out.push(m);
    }
    *found = out;
}

/// A whole amount of one unit: "17 minutes" (not "several minutes", not "2 1/2 hours").
fn whole_part(e: &TimeExpr) -> Option<(u32, Unit)> {
    match *e {
        TimeExpr::Duration {
            amount: Amount::Exact(x),
            unit,
        } if x >= 1.0 && x.fract() == 0.0 && x < 1e6 && rank(unit).is_some() => {
            Some((x as u32, unit))
        }
        _ => None,
    }
}

fn parts_of(e: &TimeExpr) -> Option<[Option<(u32, Unit)>; 4]> {
    match *e {
        TimeExpr::Compound { parts } => Some(parts),
        _ => whole_part(e).map(|p| [Some(p), None, None, None]),
    }
}

/// The order of the units a compound may hold, largest first.
fn rank(u: Unit) -> Option<u8> {
    Some(match u {
        Unit::Year => 0,
        Unit::Month => 1,
        Unit::Week => 2,
        Unit::Day => 3,
        Unit::Hour => 4,
        Unit::Minute => 5,
        Unit::Second => 6,
        _ => return None,
    })
}

fn joinable(s: &Scanner, a: &Match, b: &Match) -> bool {
    if a.sentence != b.sentence || a.modifier.is_some() || b.modifier.is_some() {
        return false;
    }
    let Some(last_a) = parts_of(&a.expr).and_then(|p| p.iter().flatten().last().copied()) else {
        return false;
    };
    let Some(next) = whole_part(&b.expr) else {
        return false;
    };
    // "an hour and 15 minutes", not "two hours and two hours"
    if rank(next.1) <= rank(last_a.1) {
        return false;
    }
    match b.first_token - a.end_token {
        0 => true,
        1 => matches!(s.w(a.end_token), "and" | ","),
        _ => false,
    }
}
