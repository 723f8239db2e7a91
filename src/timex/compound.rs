//! Durations written in several units: "2 hours 17 minutes 41 seconds", "a year and two
//! months", "an hour, 15 minutes", "27 minutes 8.23 seconds". The rules find each part; this joins runs of them into one.

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
                // ("3 days, 7 hours and 22 minutes": the second may be joined already)
                let more = parts_of(&m.expr).unwrap_or([None; 4]);
                let free = parts.iter().filter(|p| p.is_none()).count();
                let needed = more.iter().flatten().count();
                if needed > 0 && needed <= free {
                    for part in more.into_iter().flatten() {
                        if let Some(slot) = parts.iter_mut().find(|p| p.is_none()) {
                            *slot = Some(part);
                        }
                    }
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

/// A whole amount of one unit: "17 minutes" (not "several minutes", not "2 1/2 hours"); seconds
/// may carry a decimal, as race times do ("27 minutes 8.23 seconds").
fn whole_part(e: &TimeExpr) -> Option<(f64, Unit)> {
    match *e {
        TimeExpr::Duration {
            amount: Amount::Exact(x),
            unit,
        } if x > 0.0
            && (x.fract() == 0.0 || unit == Unit::Second)
            && x < 1e6
            && rank(unit).is_some() =>
        {
            Some((x, unit))
        }
        _ => None,
    }
}

fn parts_of(e: &TimeExpr) -> Option<[Option<(f64, Unit)>; 4]> {
    match *e {
        TimeExpr::Compound { parts } => Some(parts),
        // ("finished in 3 days, 7 hours and 22 minutes": a length in several units, though
        // "in 3 days" alone would be a date ahead)
        TimeExpr::Shift {
            amount,
            unit,
            forward: true,
        } => whole_part(&TimeExpr::Duration { amount, unit }).map(|p| [Some(p), None, None, None]),
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
    // ("less than two hours and 10 minutes": the first part's modifier is the whole one's)
    if a.sentence != b.sentence || b.modifier.is_some() {
        return false;
    }
    let Some(last_a) = parts_of(&a.expr).and_then(|p| p.iter().flatten().last().copied()) else {
        return false;
    };
    let Some(next) = parts_of(&b.expr).and_then(|p| p[0]) else {
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

/// "the next 12 to 18 months", "weeks or months", "recent weeks and months": a span of two
/// lengths is one expression. The rules find the second amount with its unit (or both vague
/// units); this widens the match back over the first amount and its "the next", which gives the
/// value: the lower bound, or the first unit. Without the determiner, "six to eight weeks" is a
/// range of two expressions, "six" taking its unit from "eight weeks".
pub fn join_alternatives(s: &Scanner, found: &mut Vec<Match>) {
    let mut out: Vec<Match> = Vec::with_capacity(found.len());
    for mut m in found.drain(..) {
        let TimeExpr::Duration { amount, unit } = m.expr else {
            out.push(m);
            continue;
        };
        // "weeks or months": a vague duration right before, joined by "or" / "and"
        if let Some(prev) = out.last_mut() {
            let vague_pair = matches!(amount, Amount::Vague)
                && matches!(
                    prev.expr,
                    TimeExpr::Duration {
                        amount: Amount::Vague,
                        ..
                    }
                )
                && prev.sentence == m.sentence
                && m.first_token == prev.end_token + 1
                && matches!(s.w(prev.end_token), "or" | "and");
            if vague_pair {
                prev.end_token = m.end_token;
                prev.end = m.end;
                continue;
            }
        }
        // "two to three weeks": a bare number and a joiner before the amount
        let i = m.first_token;
        if i >= 2
            && matches!(s.w(i - 1), "to" | "or" | "-" | "–")
            && crate::timex::grammar::numeral(s, i - 2, false).is_some_and(|(_, e)| e == i - 1)
            && matches!(amount, Amount::Exact(_))
            && out.last().is_none_or(|p| p.end_token <= i - 2)
        {
            let (low, _) = crate::timex::grammar::numeral(s, i - 2, false).unwrap_or((amount, i));
            let first = i - 2;
            // "the next 12 to 18 months": one stretch, named by its determiner
            if first >= 2
                && matches!(
                    s.w(first - 1),
                    "next" | "past" | "last" | "first" | "coming"
                )
                && s.w(first - 2) == "the"
            {
                m.first_token = first - 2;
                m.start = s.tokens[first - 2].start as usize;
                m.expr = TimeExpr::Duration { amount: low, unit };
            } else if s.w(i - 1) == "or" {
                // "two or three weeks": one rough length, the lower amount
                m.first_token = first;
                m.start = s.tokens[first].start as usize;
                m.expr = TimeExpr::Duration { amount: low, unit };
            } else {
                // "six to eight weeks": two ends, the first taking the unit of the second
                out.push(Match {
                    first_token: first,
                    end_token: i - 1,
                    start: s.tokens[first].start as usize,
                    end: s.tokens[i - 2].end as usize,
                    expr: TimeExpr::Duration { amount: low, unit },
                    rule: "range_start_amount",
                    range_from: None,
                    ..m.clone()
                });
            }
        }
        out.push(m);
    }
    *found = out;
}

/// "every Monday, Wednesday and Friday": the weekdays listed after an "every" weekday repeat
/// too.
pub fn distribute_every(s: &Scanner, found: &mut [Match]) {
    for k in 1..found.len() {
        let (before, after) = found.split_at_mut(k);
        let (prev, m) = (&before[k - 1], &mut after[0]);
        let TimeExpr::Set {
            every: Some(_),
            quant: Some(quant),
            n: 1,
            ..
        } = prev.expr
        else {
            continue;
        };
        let TimeExpr::Weekday {
            day,
            rel: None,
            clock: None,
            part: None,
        } = m.expr
        else {
            continue;
        };
        let listed = m.sentence == prev.sentence
            && m.first_token > prev.end_token
            && m.first_token - prev.end_token <= 2
            && (prev.end_token..m.first_token).all(|t| matches!(s.w(t), "," | "and" | "or"));
        if listed {
            m.expr = TimeExpr::Set {
                unit: Unit::Day,
                every: Some(day),
                quant: Some(quant),
                n: 1,
                month: None,
                part: None,
                season: None,
                day: None,
            };
        }
    }
}

/// "works 10 hours a week", "at least 30 minutes a day": "a week" right after an amount of
/// hours or minutes is the rate it comes at, a set, not a second length.
pub fn rate_after_amount(s: &Scanner, found: &mut [Match]) {
    for k in 1..found.len() {
        let (before, after) = found.split_at_mut(k);
        let (prev, m) = (&before[k - 1], &mut after[0]);
        let amount_of_time = matches!(
            prev.expr,
            TimeExpr::Duration {
                unit: Unit::Hour | Unit::Minute | Unit::Second,
                ..
            }
        );
        let TimeExpr::Duration {
            amount: Amount::Exact(n),
            unit,
        } = m.expr
        else {
            continue;
        };
        if amount_of_time
            && prev.end_token == m.first_token
            && n == 1.0
            && unit > Unit::Hour
            && matches!(s.w(m.first_token), "a" | "an" | "per")
        {
            m.expr = TimeExpr::Set {
                unit,
                every: None,
                quant: None,
                n: 1,
                month: None,
                part: None,
                season: None,
                day: None,
            };
        }
    }
}
