//! Ranges: "April 10-13", "1998-99", "Monday through Wednesday", "from March to May", "between
//! 2010 and 2012", "April 24 and 25". Each end is its own expression; the second end takes its
//! missing parts from the first (see the resolver), and both know they form a range.

use super::grammar::{spelled_number, year_after};
use super::scan::{Match, Scanner};
use super::types::{Amount, Clock, TimeExpr};

/// Words that join the two ends of a range: "March to May", "Monday through Wednesday".
const RANGE_JOINERS: &[&str] = &["-", "–", "—", "to", "through", "thru", "till", "until"];

/// The most years a range of years written "from 1990 to 95" may span.
const SHORT_YEAR_SPAN: i32 = 20;

/// How many days a list after a month and day ("May 2, 7 and 10") may add.
const MAX_LISTED: usize = 6;

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
        // "lived there from 1990 to 95", "between 2016 and 20": a year in two figures ends a
        // range of years that opened with "from" or "between"
        let short_year = matches!(s.w(j), "to" | "through" | "until" | "till" | "and")
            && matches!(
                m.expr,
                TimeExpr::Calendar {
                    year: Some(_),
                    month: None,
                    day: None,
                    ..
                }
            )
            && m.first_token > 0
            && matches!(s.w(m.first_token - 1), "from" | "between")
            && s.w(j + 1).len() == 2
            // (within a few years: "cut the seats from 2000 to 50" is a count)
            && match (&m.expr, s.digits(j + 1)) {
                (TimeExpr::Calendar { year: Some(y), .. }, Some(n)) => {
                    (1..=SHORT_YEAR_SPAN).contains(&(n as i32 - y % 100))
                }
                _ => false,
            }
            && s.info(j + 2).is_none_or(|x| x.unit.is_none())
            && !crate::lexicon::counts_things(s.w(j + 2))
            && !s.inside_number_after(j + 1);
        // "from March 31 to 1.6 percent": a decimal is not a day
        let decimal = s.glued(j + 2) && s.w(j + 2) == "." && s.glued(j + 3);
        if !(dash || spelled || short_year) || decimal {
            continue;
        }
        let (n, token) = match s.digits(j + 1) {
            Some(n) => (n, j + 1),
            None => continue,
        };
        // ("Jan. 5-10, 2024": the year after the second day is the range's)
        let mut last = token + 1;
        let expr = match &m.expr {
            TimeExpr::Calendar {
                year,
                month: Some(month),
                day: Some(_),
                clock: None,
                ..
            } if (1..=31).contains(&n) && s.w(token).len() <= 2 => TimeExpr::Calendar {
                year: match year_after(s, token + 1).filter(|_| year.is_none()) {
                    Some((y, e)) => {
                        last = e;
                        Some(y)
                    }
                    None => *year,
                },
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
            // "1981-2010", "the 2021-2022 surge": a second year in full
            TimeExpr::Calendar {
                year: Some(y),
                month: None,
                day: None,
                ..
            } if dash && s.w(token).len() == 4 && (*y + 1..*y + 200).contains(&(n as i32)) => {
                TimeExpr::year(n as i32)
            }
            _ => continue,
        };
        extra.push(Match {
            first_token: token,
            end_token: last,
            sentence: m.sentence,
            start: s.tokens[token].start as usize,
            end: s.tokens[last - 1].end as usize,
            expr,
            modifier: None,
            rule: "range_end",
            range_from: None,
        });
    }
    // "held in three phases on May 2, 7 and 10": more days of the same month in a list
    for m in found.iter() {
        let Some((year, month)) = m.expr.day_of_month() else {
            continue;
        };
        let mut j = m.end_token;
        // (a comma must come first: "May 2 and 3" is the range rule's own)
        if s.w(j) != "," {
            continue;
        }
        let mut listed = Vec::new();
        while listed.len() < MAX_LISTED && matches!(s.w(j), "," | "and") {
            let k = if s.w(j) == "," && s.w(j + 1) == "and" {
                j + 2
            } else {
                j + 1
            };
            let Some(n) = s.digits(k).filter(|n| (1..=31).contains(n)) else {
                break;
            };
            // ("May 2, 1996": a year; "May 2, 7 percent": an amount)
            let next = s.w(k + 1);
            let decimal = next == "." && s.glued(k + 1) && s.glued(k + 2);
            if s.w(k).len() > 2
                || decimal
                || s.info(k + 1)
                    .is_some_and(|x| x.unit.is_some() || x.month.is_some())
                || matches!(next, "%" | "percent" | "million" | "billion" | ":" | "-")
            {
                break;
            }
            listed.push((k, n));
            j = k + 1;
        }
        // (a list needs its last item joined by "and": "May 2, 7 and 10")
        if listed.len() < 2 || s.w(listed[listed.len() - 1].0 - 1) != "and" {
            continue;
        }
        for (k, n) in listed {
            extra.push(bare_day(s, k, m.sentence, year, month, n, "range_end"));
        }
    }
    // "meets on 7 and 8 September", "from 12 to 14 March": a bare day before a day and month
    // written day first is the first end, in the same month
    for m in found.iter() {
        let f = m.first_token;
        let Some((year, month)) = m.expr.day_of_month() else {
            continue;
        };
        if f < 2 || s.digits(f).is_none() || !matches!(s.w(f - 1), "and" | "to" | "-" | "–") {
            continue;
        }
        let token = f - 2;
        let Some(n) = s.digits(token).filter(|n| (1..=31).contains(n)) else {
            continue;
        };
        // ("between 5 and 8 September" is the same; "$5 and 8 September", "2.7 and 8 March"
        // are amounts)
        let amount_before =
            token > 0 && (s.glued(token) && matches!(s.w(token - 1), "$" | "£" | "€" | "." | ","));
        if s.w(token).len() > 2 || amount_before {
            continue;
        }
        extra.push(bare_day(
            s,
            token,
            m.sentence,
            year,
            month,
            n,
            "range_start",
        ));
    }
    // (a day number inside another expression stays its part: in "March 3-1 May" the "1" is
    // the day of "1 May", not the end of "March 3"; and one token is one end only)
    extra.retain(|m| !taken(found, m.first_token));
    extra.sort_by_key(|m| m.start);
    extra.dedup_by_key(|m| m.first_token);
    if !extra.is_empty() {
        // (the year "10, 2024" took in was found on its own as well)
        found.retain(|m| !taken(&extra, m.first_token));
        found.extend(extra);
        found.sort_by_key(|m| m.start);
    }
}

/// Whether token `tok` is inside one of `found` (in text order: a binary search, so that long
/// texts stay linear).
fn taken(found: &[Match], tok: usize) -> bool {
    let at = found.partition_point(|m| m.end_token <= tok);
    found
        .get(at)
        .is_some_and(|m| m.first_token <= tok && tok < m.end_token)
}

/// The bare day number at `token` ("7" in "May 2, 7 and 10"), as a day of `month`.
fn bare_day(
    s: &Scanner,
    token: usize,
    sentence: usize,
    year: Option<i32>,
    month: u32,
    day: u32,
    rule: &'static str,
) -> Match {
    let tok = &s.tokens[token];
    Match {
        first_token: token,
        end_token: token + 1,
        sentence,
        start: tok.start as usize,
        end: tok.end as usize,
        expr: TimeExpr::date(year, month, day),
        modifier: None,
        rule,
        range_from: None,
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
        // (two lengths are a range only as "six to eight weeks": "cut from 10 years to five
        // years" changes one length into another)
        if matches!(a.expr, TimeExpr::Duration { .. }) && a.rule != "range_start_amount" {
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
        // "six to eight weeks": two lengths of time
        TimeExpr::Duration {
            amount: Amount::Exact(_),
            ..
        } => 7,
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

/// The clock of an expression that holds one: "8 p.m.", "8 a.m. Saturday", "noon Friday".
fn clock_of(e: &TimeExpr) -> Option<Clock> {
    match *e {
        TimeExpr::ClockTime { clock } => Some(clock),
        TimeExpr::Weekday { clock, .. }
        | TimeExpr::DayOffset { clock, .. }
        | TimeExpr::Calendar { clock, .. } => clock,
        _ => None,
    }
}

/// An hour written alone at `i` (1 to 12, in digits or words, "6:30" with its minutes). The
/// clock and the token after it.
fn bare_hour(s: &Scanner, i: usize) -> Option<(Clock, usize)> {
    let (hour, mut j) = match s.digits(i) {
        Some(h) if s.w(i).len() <= 2 => (h, i + 1),
        Some(_) => return None,
        None => spelled_number(s, i).filter(|(_, j)| *j == i + 1)?,
    };
    if !(1..=12).contains(&hour) {
        return None;
    }
    let mut minute = 0;
    if s.w(j) == ":" && s.glued(j) && s.glued(j + 1) && s.w(j + 1).len() == 2 {
        minute = s.digits(j + 1).filter(|m| *m < 60)?;
        j += 2;
    }
    Some((Clock { hour, minute }, j))
}

/// The half of the day a part-of-day word gives an hour (true for p.m.).
fn half_of(word: &str) -> Option<bool> {
    match word {
        "morning" => Some(false),
        "afternoon" | "evening" | "night" | "tonight" => Some(true),
        _ => None,
    }
}

/// Adds the first end of clock ranges written with a bare hour: "from 4 to 8 p.m.", "between 6
/// and 9 p.m.", "from 1 to 3:30 p.m. Saturday" (the first hour takes the half of the second when
/// it fits before it), and both ends of "Thursday evening from 5 to 8" (the half from the part
/// of the day before them). The second end is marked as the end of a range.
pub fn clock_range_starts(s: &Scanner, found: &mut Vec<Match>) {
    let mut extra: Vec<(Match, Option<usize>)> = Vec::new();
    // (a first end already found: its index, its hour in the afternoon, the second end's index)
    let mut adjust: Vec<(usize, u32, usize)> = Vec::new();
    // (the matches are in text order: binary searches keep long texts linear)
    let at = |found: &[Match], tok: usize| found.partition_point(|m| m.end_token <= tok);
    for (n, m) in found.iter().enumerate() {
        let f = m.first_token;
        if f < 3 || m.range_from.is_some() {
            continue;
        }
        let Some(end_clock) = clock_of(&m.expr) else {
            continue;
        };
        let joiner = s.w(f - 1);
        // the first hour: one token, or "6:30" (three)
        let start_at = [f - 2, f.saturating_sub(4)]
            .into_iter()
            .find(|&k| bare_hour(s, k).is_some_and(|(_, e)| e == f - 1));
        let Some(k) = start_at else {
            continue;
        };
        let opener = if k > 0 { s.w(k - 1) } else { "" };
        let ok = match joiner {
            "and" => opener == "between",
            "to" | "until" | "till" | "-" | "through" => opener == "from" || opener == "between",
            _ => false,
        };
        if !ok {
            continue;
        }
        // "from 5:30 to 7 p.m.": the first end is already a clock time, with no half of its own
        let start = Some(at(found, k)).filter(|&p| {
            found
                .get(p)
                .is_some_and(|x| x.first_token == k && x.end_token == f - 1)
        });
        if let Some(start) = start {
            let no_half = (k..f - 1).all(|t| !matches!(s.w(t), "a" | "p" | "am" | "pm" | "m"));
            if let TimeExpr::ClockTime { clock } = found[start].expr {
                if no_half
                    && end_clock.hour > 12
                    && clock.hour < 12
                    && clock.hour + 12 <= end_clock.hour
                {
                    adjust.push((start, clock.hour + 12, n));
                }
            }
            continue;
        }
        if taken(found, k) {
            continue;
        }
        let (c, e) = bare_hour(s, k).expect("checked above");
        let hour = if end_clock.hour > 12 && c.hour < 12 && c.hour + 12 <= end_clock.hour {
            c.hour + 12
        } else {
            c.hour
        };
        extra.push((clock_match(s, k, e, m.sentence, hour, c.minute), Some(n)));
    }
    // "Thursday evening from 5 to 8": neither hour says its half; the part before them does
    for before in found.iter() {
        let k = before.end_token + 1;
        if s.w(k - 1) != "from" {
            continue;
        }
        let Some(pm) = half_of(s.w(k - 2)) else {
            continue;
        };
        let Some((c1, e1)) = bare_hour(s, k) else {
            continue;
        };
        if !matches!(s.w(e1), "to" | "until" | "till") {
            continue;
        }
        let Some((c2, e2)) = bare_hour(s, e1 + 1) else {
            continue;
        };
        if taken(found, k) || taken(found, e1 + 1) {
            continue;
        }
        let sentence = before.sentence;
        let to24 = |c: Clock| {
            if pm && c.hour < 12 {
                c.hour + 12
            } else {
                c.hour
            }
        };
        extra.push((clock_match(s, k, e1, sentence, to24(c1), c1.minute), None));
        extra.push((
            clock_match(s, e1 + 1, e2, sentence, to24(c2), c2.minute),
            None,
        ));
    }
    for (start, hour, end) in adjust {
        if let TimeExpr::ClockTime { ref mut clock } = found[start].expr {
            clock.hour = hour;
        }
        if found[end].range_from.is_none() {
            found[end].range_from = Some(start);
        }
    }
    if extra.is_empty() {
        return;
    }
    // the ranges already marked, and the ends whose start is added, as (start token, end
    // token): inserting matches moves their indices, so the links are made again after
    let mut pairs: Vec<(usize, usize)> = found
        .iter()
        .filter_map(|m| m.range_from.map(|k| (found[k].first_token, m.first_token)))
        .chain(
            extra
                .iter()
                .filter_map(|(start, end)| end.map(|n| (start.first_token, found[n].first_token))),
        )
        .collect();
    for w in extra.windows(2) {
        if w[0].1.is_none() && w[1].1.is_none() && w[0].0.end_token + 1 == w[1].0.first_token {
            pairs.push((w[0].0.first_token, w[1].0.first_token));
        }
    }
    found.extend(extra.into_iter().map(|(m, _)| m));
    found.sort_by_key(|m| m.start);
    for m in found.iter_mut() {
        m.range_from = None;
    }
    for (a, b) in pairs {
        let find = |tok: usize| {
            let p = found.partition_point(|m| m.first_token < tok);
            found.get(p).filter(|m| m.first_token == tok).map(|_| p)
        };
        let (first, second) = (find(a), find(b));
        if let (Some(i), Some(j)) = (first, second) {
            found[j].range_from = Some(i);
        }
    }
}

/// A clock-time match over tokens `first..end`.
fn clock_match(
    s: &Scanner,
    first: usize,
    end: usize,
    sentence: usize,
    hour: u32,
    minute: u32,
) -> Match {
    Match {
        first_token: first,
        end_token: end,
        sentence,
        start: s.tokens[first].start as usize,
        end: s.tokens[end - 1].end as usize,
        expr: TimeExpr::ClockTime {
            clock: Clock { hour, minute },
        },
        modifier: None,
        rule: "clock_range",
        range_from: None,
    }
}
