//! Rules for times relative to publication or to the last mentioned time: "last week", "the fiscal year", "two years ago", "the next day".

use super::*;

/// How far before "earlier" or "later" the "for" of an amount may stand ("for nearly five
/// months earlier this year").
const AMOUNT_REACH: usize = 5;

pub(super) fn relative_unit(s: &Scanner, i: usize) -> Option<Found> {
    // "in the coming week": the article belongs to the expression
    if s.is_class(i, Class::The) && s.is_class(i + 1, Class::Coming) {
        let (rel, j) = rel_word(s, i + 1)?;
        let unit = unit_at(s, j)?;
        // ("plans to spend the coming weekend with his mother", on a Tuesday: the weekend of
        // this week, the first one ahead)
        let rel = if unit == Unit::Weekend {
            Rel::This
        } else {
            rel
        };
        let single = !s.info(j).is_some_and(|x| x.plural);
        return (single && matches!(unit, Unit::Week | Unit::Month | Unit::Year | Unit::Weekend))
            .then_some(Found {
                end: j + 1,
                expr: TimeExpr::RelUnit {
                    rel,
                    unit,
                    part: None,
                },
            });
    }
    // "the rest of the week", "the remainder of this year": the present one, what is left of
    // it (the part is in the span, as "the end of the week" is)
    if s.is_class(i, Class::The)
        && matches!(s.w(i + 1), "rest" | "remainder" | "balance")
        && s.is_class(i + 2, Class::Of)
        && (s.is_class(i + 3, Class::The) || s.is_class(i + 3, Class::This))
    {
        let unit = unit_at(s, i + 4)?;
        let single = !s.info(i + 4).is_some_and(|x| x.plural);
        return (single
            && matches!(
                unit,
                Unit::Day
                    | Unit::Week
                    | Unit::Month
                    | Unit::Quarter
                    | Unit::Season
                    | Unit::Year
                    | Unit::Decade
            ))
        .then_some(Found {
            end: i + 5,
            // ("spent the rest of the day in the garden": the day of the story, as "that day")
            expr: if unit == Unit::Day {
                TimeExpr::Anaphor {
                    offset: 0,
                    unit,
                    part: None,
                }
            } else {
                TimeExpr::RelUnit {
                    rel: Rel::This,
                    unit,
                    part: None,
                }
            },
        });
    }
    // earlier this week, later this month, early next year (the last through the prefix)
    let (part, i2) = match s.class(i) {
        Some(Class::Earlier) => (Some(PeriodPart::Earlier), i + 1),
        Some(Class::Later) => (Some(PeriodPart::Later), i + 1),
        _ => (None, i),
    };
    // ("bloomed two weeks earlier this year": "earlier" belongs to the amount before it; not
    // after "for", "halted work for nearly five months earlier this year")
    if part.is_some()
        && i >= 2
        && durations::compares_with_usual(s, i)
        && s.info(i - 1).is_some_and(|x| x.unit.is_some())
        && !(2..=AMOUNT_REACH).any(|n| i >= n && s.is(i - n, "for"))
    {
        return None;
    }
    if let Some((rel, j)) = rel_word(s, i2) {
        let unit = unit_at(s, j)?;
        if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
            return None;
        }
        // "the last day of school": the final day of something, never yesterday
        if rel == Rel::Last && unit == Unit::Day {
            return None;
        }
        if part.is_some() && rel != Rel::This {
            return None;
        }
        if s.is_class(i2, Class::Past) && !s.is_class(i2.wrapping_sub(1), Class::This) {
            return None; // "past year" (without "the") is rare and usually a duration
        }
        // "should recover next year or so": the hedge is in the span
        let hedged = part.is_none() && rel != Rel::This && s.is(j + 1, "or") && s.is(j + 2, "so");
        return found(
            if hedged { j + 3 } else { j + 1 },
            TimeExpr::RelUnit { rel, unit, part },
        );
    }
    if part.is_some() {
        return None;
    }
    if let Some(f) = fiscal_year(s, i) {
        return Some(f);
    }
    // the current quarter, the latest quarter, the weekend, the year
    if s.is_class(i, Class::The) {
        match s.class(i + 1) {
            Some(Class::Current) => {
                let unit = unit_at(s, i + 2)?;
                return found(
                    i + 3,
                    TimeExpr::RelUnit {
                        rel: Rel::This,
                        unit,
                        part: None,
                    },
                );
            }
            Some(Class::Latest) => {
                let unit =
                    unit_at(s, i + 2).or_else(|| s.is(i + 2, "period").then_some(Unit::Quarter))?;
                return found(
                    i + 3,
                    TimeExpr::Anaphor {
                        offset: 0,
                        unit,
                        part: None,
                    },
                );
            }
            _ => {}
        }
        let unit = unit_at(s, i + 1)?;
        // "the weekend"; "by the end of the decade", "for the rest of the century": the
        // present one ("the turn of the century" is an idiom of its own, often 1900)
        // ("the worst storm of the decade", "throughout the decade": the same decade)
        let present_decade = matches!(unit, Unit::Decade | Unit::Century)
            && i >= 2
            && ((s.is_class(i - 1, Class::Of) && s.w(i - 2) != "turn")
                || (unit == Unit::Decade && s.w(i - 1) == "throughout"));
        // ("burned in 2003 ... rebuilt by the end of the decade": the decade of the time last
        // named, else the present one)
        if present_decade {
            return found(
                i + 2,
                TimeExpr::Anaphor {
                    offset: 0,
                    unit,
                    part: None,
                },
            );
        }
        if matches!(unit, Unit::Weekend) {
            return found(
                i + 2,
                TimeExpr::RelUnit {
                    rel: Rel::This,
                    unit,
                    part: None,
                },
            );
        }
        // "for the year ended March 31", "in the year to June 30": a fiscal year, counted as a
        // length of time
        if matches!(unit, Unit::Year | Unit::Quarter) && period_end_word(s, i + 2) {
            return found(
                i + 2,
                TimeExpr::Duration {
                    amount: Amount::Exact(1.0),
                    unit,
                },
            );
        }
        if matches!(unit, Unit::Year | Unit::Quarter | Unit::Month | Unit::Week)
            && !s.is_class(i + 2, Class::Of)
            && !s.is(i + 2, "-")
            && !s.is(i + 2, "before")
            && !s.is(i + 2, "after")
        {
            return found(
                i + 2,
                TimeExpr::Anaphor {
                    offset: 0,
                    unit,
                    part: None,
                },
            );
        }
    }
    None
}

/// "the fiscal year", "the current fiscal year", "the latest fiscal year", "the full year", and
/// the end of the year: "year-end", "year end", "year's end".
pub(super) fn fiscal_year(s: &Scanner, i: usize) -> Option<Found> {
    // year-end, year end, year's end: the end of the publication year
    let year_end = |k: usize| -> Option<usize> {
        if s.is(k, "year") && s.w(k + 1) == "-" && s.glued(k + 1) && s.is(k + 2, "end") {
            Some(k + 3)
        } else if (s.is(k, "year") || matches!(s.w(k), "year's" | "year’s")) && s.is(k + 1, "end")
        {
            Some(k + 2)
        } else {
            None
        }
    };
    if let Some(end) = year_end(i) {
        return found(
            end,
            TimeExpr::RelUnit {
                rel: Rel::This,
                unit: Unit::Year,
                part: None,
            },
        );
    }
    if !s.is_class(i, Class::The) {
        return None;
    }
    let mut k = i + 1;
    let rel = match s.class(k) {
        Some(Class::Current) => {
            k += 1;
            Some(Rel::This)
        }
        Some(Class::Latest | Class::Last | Class::Previous) => {
            k += 1;
            Some(Rel::Last)
        }
        Some(Class::Next | Class::Coming) => {
            k += 1;
            Some(Rel::Next)
        }
        _ => None,
    };
    // "the full year", "the calendar year"
    let full = s.is(k, "full") || s.is(k, "calendar");
    if full {
        k += 1;
    }
    let fiscal = s.is_class(k, Class::Fiscal);
    if fiscal {
        k += 1;
    }
    if !(fiscal || full) || !s.is(k, "year") || s.w(k + 1) == "-" {
        return None;
    }
    if rel.is_none() && period_end_word(s, k + 1) {
        return found(
            k + 1,
            TimeExpr::Duration {
                amount: Amount::Exact(1.0),
                unit: Unit::Year,
            },
        );
    }
    let expr = match rel {
        Some(rel) => TimeExpr::RelUnit {
            rel,
            unit: Unit::Year,
            part: None,
        },
        None => TimeExpr::Anaphor {
            offset: 0,
            unit: Unit::Year,
            part: None,
        },
    };
    found(k + 1, expr)
}

/// Plural nouns of events that a count of them "in N days" packs into a stretch of time.
const EVENTS_COUNTED: &[&str] = &[
    "matches",
    "games",
    "races",
    "goals",
    "wins",
    "losses",
    "defeats",
    "fixtures",
    "tests",
    "stages",
    "starts",
    "innings",
    "concerts",
    "shows",
    "performances",
    "meetings",
    "visits",
    "trips",
    "flights",
    "storms",
    "attacks",
    "shootings",
    "fires",
];

/// "the third time in four years", "the first trip in 18 months", "the lowest level in a
/// decade", "up 50 percent in two years": "in N units" after a first, a time, a superlative or
/// a percentage looks back over a stretch
/// ending now; it is a length of time, not a date ahead. `k` is the "in".
fn counts_back(s: &Scanner, k: usize) -> bool {
    // "three matches in eight days", "four goals in 10 minutes": a count of events packed into a
    // stretch of time
    if k >= 2
        && EVENTS_COUNTED.contains(&s.w(k - 1))
        && (k.saturating_sub(4)..k - 1)
            .any(|j| s.is_number(j) || s.info(j).is_some_and(|x| x.number.is_some()))
    {
        return true;
    }
    // "two storms in a week is rare, but two in eight days": a bare count right before "in"
    // (not "arrives at 2 in two days": a clock figure is glued to no unit here either, so only
    // a count in words)
    if k >= 1
        && s.info(k - 1).is_some_and(|x| x.number.is_some())
        && !s.is_number(k - 1)
        && !matches!(s.w(k - 1), "one" | "a" | "an")
    {
        return true;
    }
    let from = k.saturating_sub(10);
    let stop = |w: &str| {
        matches!(
            w,
            "," | ";"
                | "."
                | "and"
                | "but"
                | "that"
                | "will"
                | "would"
                | "shall"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
        )
    };
    (from..k).rev().take_while(|&j| !stop(s.w(j))).any(|j| {
        let w = s.w(j);
        // "up 50 percent in two years", "fell 3% in six months": a change over a stretch
        matches!(
            w,
            "first" | "time" | "ever" | "since" | "percent" | "%" | "best" | "worst" | "most"
        ) || s.info(j).is_some_and(|x| x.ordinal.is_some())
            || (w.len() > 5
                && w.ends_with("est")
                && !matches!(
                    w,
                    "interest"
                        | "request"
                        | "protest"
                        | "harvest"
                        | "forest"
                        | "honest"
                        | "modest"
                        | "arrest"
                        | "contest"
                        | "suggest"
                        | "invest"
                ))
    })
}

pub(super) fn shift(s: &Scanner, i: usize) -> Option<Found> {
    // "We should have caught this years ago": a vague amount back, the past; "Years from now
    // they'll still be coming": a vague amount ahead, the future
    if let Some(unit) = s.info(i).filter(|x| x.plural).and_then(|x| x.unit) {
        let counted =
            i > 0 && (s.is_number(i - 1) || s.info(i - 1).is_some_and(|x| x.number.is_some()));
        let (forward, end) = if s.is_class(i + 1, Class::Ago) {
            (false, i + 2)
        } else if s.is_class(i + 1, Class::From) && s.is_class(i + 2, Class::Now) {
            (true, i + 3)
        } else {
            (false, 0)
        };
        if end > 0 && !matches!(unit, Unit::Second | Unit::Minute) && !counted {
            return found(
                end,
                TimeExpr::Shift {
                    amount: Amount::Vague,
                    unit,
                    forward,
                },
            );
        }
    }
    // "in three days": the preposition stays outside the expression, as in TimeBank
    if i > 0 && i - 1 < s.limit && s.is_class(i - 1, Class::In) && !s.is_class(i, Class::The) {
        if let Some((amount, unit, end)) = amount_unit(s, i, false) {
            let end = if s.is(end, "time") { end + 1 } else { end };
            let fine = matches!(unit, Unit::Second | Unit::Minute | Unit::Hour);
            // ("the best stretch I've seen in 20 years of coaching": years of something)
            if !fine
                && !matches!(amount, Amount::Vague)
                && !counts_back(s, i - 1)
                && !s.is_class(end, Class::Of)
                && !matches!(
                    s.class(end),
                    Some(Class::Ago | Class::Earlier | Class::Later)
                )
            {
                return found(
                    end,
                    TimeExpr::Shift {
                        amount,
                        unit,
                        forward: true,
                    },
                );
            }
        }
    }
    let (amount, unit, j) = amount_unit(s, i, true)?;
    // "took office a week ago today", "a month ago today": that day, counted back
    if s.is_class(j, Class::Ago) && s.is_class(j + 1, Class::Today) {
        if let Amount::Exact(n) = amount {
            if n.fract() == 0.0 && n >= 1.0 {
                let n = n as i64;
                match unit {
                    Unit::Day | Unit::Week => {
                        return found(
                            j + 2,
                            TimeExpr::DaysAfter {
                                days: -n * if unit == Unit::Week { 7 } else { 1 },
                                base: Box::new(TimeExpr::DayOffset {
                                    offset: 0,
                                    clock: None,
                                    part: None,
                                }),
                            },
                        );
                    }
                    Unit::Month => {
                        return found(
                            j + 2,
                            TimeExpr::AgoThis {
                                amount: n,
                                unit,
                                of: Unit::Day,
                                weekday: None,
                            },
                        );
                    }
                    _ => {}
                }
            }
        }
    }
    // "50 years ago this week", "a century ago today", "a year ago this month"
    if s.is_class(j, Class::Ago) && matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
        let of = if s.is_class(j + 1, Class::Today) {
            Some((Unit::Day, j + 2))
        } else if s.is_class(j + 1, Class::This) {
            unit_at(s, j + 2)
                .filter(|u| matches!(u, Unit::Week | Unit::Month))
                .map(|u| (u, j + 3))
        } else {
            None
        };
        if let (Some((of, end)), Amount::Exact(n)) = (of, amount) {
            if n.fract() == 0.0 {
                return found(
                    end,
                    TimeExpr::AgoThis {
                        amount: n as i64,
                        unit,
                        of,
                        weekday: None,
                    },
                );
            }
        }
        // "Forty years ago Wednesday", "Twenty years ago Saturday": an anniversary on the
        // weekday nearest publication, that many years back (not "ago Wednesday's")
        let weekday = s
            .info(j + 1)
            .and_then(|x| x.weekday)
            .filter(|_| s.w(j + 1).ends_with("day") && !s.info(j + 1).is_some_and(|x| x.plural));
        if let (Some(day), Amount::Exact(n)) = (weekday, amount) {
            if n.fract() == 0.0 && n >= 1.0 {
                return found(
                    j + 2,
                    TimeExpr::AgoThis {
                        amount: n as i64,
                        unit,
                        of: Unit::Day,
                        weekday: Some(day),
                    },
                );
            }
        }
        // "Fifty years ago tomorrow": the day after publication, that many years back
        let beside = match s.class(j + 1) {
            Some(Class::Tomorrow) => Some(1),
            Some(Class::Yesterday) => Some(-1),
            _ => None,
        };
        if let (Some(days), Amount::Exact(n)) = (beside, amount) {
            if n.fract() == 0.0 {
                return found(
                    j + 2,
                    TimeExpr::DaysAfter {
                        days,
                        base: Box::new(TimeExpr::AgoThis {
                            amount: n as i64,
                            unit,
                            of: Unit::Day,
                            weekday: None,
                        }),
                    },
                );
            }
        }
    }
    match s.class(j) {
        Some(Class::Ago) => found(
            j + 1,
            TimeExpr::Shift {
                amount,
                unit,
                forward: false,
            },
        ),
        Some(Class::Hence) => found(
            j + 1,
            TimeExpr::Shift {
                amount,
                unit,
                forward: true,
            },
        ),
        Some(Class::From) if s.is_class(j + 1, Class::Now) => found(
            j + 2,
            TimeExpr::Shift {
                amount,
                unit,
                forward: true,
            },
        ),
        // "a week from Sunday", "ten days from today": counted from the day named
        Some(Class::From)
            if matches!(unit, Unit::Day | Unit::Week)
                && matches!(amount, Amount::Exact(x) if x.fract() == 0.0) =>
        {
            let n = match amount {
                Amount::Exact(x) => x as i64,
                Amount::Vague => 0,
            };
            let base = weekday(s, j + 1).or_else(|| day_offset(s, j + 1))?;
            if !matches!(
                base.expr,
                TimeExpr::Weekday {
                    clock: None,
                    part: None,
                    ..
                } | TimeExpr::DayOffset {
                    clock: None,
                    part: None,
                    ..
                }
            ) {
                return None;
            }
            let days = n.saturating_mul(if unit == Unit::Week { 7 } else { 1 });
            found(
                base.end,
                TimeExpr::DaysAfter {
                    days,
                    base: Box::new(base.expr),
                },
            )
        }
        Some(Class::Earlier | Class::Later)
            if super::durations::opens_relative_time(s, i, j, unit)
                || super::durations::compares_with_usual(s, j) =>
        {
            None
        }
        Some(Class::Earlier) => anaphor_amount(s, amount, unit, false, j + 1),
        Some(Class::Later) => anaphor_amount(s, amount, unit, true, j + 1),
        // "two days before the vote": the duration alone; "two days before," an anaphor
        Some(Class::Before) if !is_followed_by_noun(s, j + 1) => {
            anaphor_amount(s, amount, unit, false, j + 1)
        }
        Some(Class::After) if !is_followed_by_noun(s, j + 1) => {
            anaphor_amount(s, amount, unit, true, j + 1)
        }
        _ => None,
    }
}

pub(super) fn anaphor_amount(
    s: &Scanner,
    amount: Amount,
    unit: Unit,
    forward: bool,
    end: usize,
) -> Option<Found> {
    // ("Half a century later", "two and a half years later": counted in a smaller unit)
    let whole_in = |x: f64, per: f64| (x * per).fract() == 0.0;
    let (n, unit) = match amount {
        Amount::Exact(x) if x.fract() == 0.0 => (x as i64, unit),
        Amount::Exact(x) if unit == Unit::Century && whole_in(x, 100.0) => {
            ((x * 100.0) as i64, Unit::Year)
        }
        Amount::Exact(x) if unit == Unit::Decade && whole_in(x, 10.0) => {
            ((x * 10.0) as i64, Unit::Year)
        }
        Amount::Exact(x) if unit == Unit::Year && whole_in(x, 12.0) => {
            ((x * 12.0) as i64, Unit::Month)
        }
        // "a minute and a half later", "a few days later": no whole number of units to count
        // from the anchor, so the length alone, without "later" (as TimeBank marks it)
        _ => return found(end - 1, TimeExpr::Duration { amount, unit }),
    };
    // "open until 7 p.m., two hours later than it does now": a comparison of lengths
    if s.w(end) == "than" {
        return found(end - 1, TimeExpr::Duration { amount, unit });
    }
    found(
        end,
        TimeExpr::Anaphor {
            offset: if forward { n } else { -n },
            unit,
            part: None,
        },
    )
}

/// "the same day last year", "the same month a year ago", "the same week a year earlier": the
/// time last named (or the publication's) a year back, in one expression. The resolver
/// finds the time as for "the same day" and moves it back a year (rule `same_year_back`).
pub(super) fn same_year_back(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is_class(i, Class::The) && s.is_class(i + 1, Class::Same)) {
        return None;
    }
    let unit = unit_at(s, i + 2)?;
    if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Weekend) {
        return None;
    }
    let k = i + 3;
    let end = if s.is_class(k, Class::Last) && s.is(k + 1, "year") {
        k + 2
    } else if s.is_class(k, Class::A)
        && s.is(k + 1, "year")
        && matches!(s.class(k + 2), Some(Class::Ago | Class::Earlier))
    {
        k + 3
    } else {
        return None;
    };
    found(
        end,
        TimeExpr::Anaphor {
            offset: 0,
            unit,
            part: None,
        },
    )
}

pub(super) fn anaphor(s: &Scanner, i: usize) -> Option<Found> {
    if super::durations::stretch_ahead(s, i) {
        return None;
    }
    // year-earlier, year-ago (adjectives: "the year-earlier quarter", "the comparable
    // year-ago quarter")
    let the = usize::from(s.is_class(i, Class::The));
    let compared = the == 1 && matches!(s.w(i + 1), "comparable" | "corresponding" | "same");
    let j = i + the + usize::from(compared);
    if s.is(j, "year")
        && s.glued(j + 1)
        && s.w(j + 1) == "-"
        && s.glued(j + 2)
        && matches!(s.class(j + 2), Some(Class::Earlier | Class::Ago))
    {
        // "the year-earlier quarter" takes its noun; "year-earlier" alone stays short.
        if the == 1 {
            if let Some(u) =
                unit_at(s, j + 3).or_else(|| s.is(j + 3, "period").then_some(Unit::Quarter))
            {
                // "the year-ago quarter" is the report's quarter a year back, as "the quarter a
                // year ago" is: counted from a quarter, never from a year mentioned between
                if u == Unit::Quarter {
                    return found(
                        j + 4,
                        TimeExpr::Quarter {
                            quarter: None,
                            year: None,
                            rel: Some(Rel::Last),
                        },
                    );
                }
                return found(
                    j + 4,
                    TimeExpr::Anaphor {
                        offset: -1,
                        unit: Unit::Year,
                        part: None,
                    },
                );
            }
            return None;
        }
        return found(
            j + 3,
            TimeExpr::Anaphor {
                offset: -1,
                unit: Unit::Year,
                part: None,
            },
        );
    }
    // later in the day, earlier in the day
    if matches!(s.class(i), Some(Class::Later | Class::Earlier))
        && s.is_class(i + 1, Class::In)
        && s.is_class(i + 2, Class::The)
    {
        let unit = unit_at(s, i + 3)?;
        return found(
            i + 4,
            TimeExpr::Anaphor {
                offset: 0,
                unit,
                part: None,
            },
        );
    }
    // later that day, that week, that same day
    let (offset_word, k) = match s.class(i) {
        Some(Class::Later | Class::Earlier) if s.is_class(i + 1, Class::That) => (0, i + 2),
        Some(Class::That) => (0, i + 1),
        Some(Class::The) => match s.class(i + 1) {
            Some(Class::Next | Class::Following) => (1, i + 2),
            Some(Class::Previous | Class::Last) if s.is_class(i + 1, Class::Previous) => {
                (-1, i + 2)
            }
            Some(Class::Same) => (0, i + 2),
            _ => {
                // "the day before", "the week after"
                let unit = unit_at(s, i + 1)?;
                return match s.class(i + 2) {
                    Some(Class::Before) if !is_followed_by_noun(s, i + 3) => found(
                        i + 3,
                        TimeExpr::Anaphor {
                            offset: -1,
                            unit,
                            part: None,
                        },
                    ),
                    Some(Class::After) if !is_followed_by_noun(s, i + 3) => found(
                        i + 3,
                        TimeExpr::Anaphor {
                            offset: 1,
                            unit,
                            part: None,
                        },
                    ),
                    _ => None,
                };
            }
        },
        _ => return None,
    };
    let k = if s.is_class(k, Class::Same) { k + 1 } else { k };
    // "noted that overnight staffing was thin": "that" is the conjunction
    if s.is(k, "overnight") {
        return None;
    }
    let part = day_part(s, k);
    let unit = unit_at(s, k).or_else(|| part.map(|_| Unit::Day))?;
    if s.is_class(i, Class::That)
        && !matches!(
            unit,
            Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Weekend
        )
    {
        return None;
    }
    if s.is_class(i, Class::That) && (s.is_class(k + 1, Class::Of) || s.w(k + 1) == "-") {
        return None;
    }
    // "in the next hour", "the following 30 minutes": the stretch ahead, a length of time;
    // "for the next decade" likewise (the ten years ahead)
    let decade_ahead = unit == Unit::Decade
        && i > 0
        && matches!(
            s.w(i - 1),
            "for" | "over" | "during" | "within" | "throughout"
        );
    if offset_word == 1
        && (matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) || decade_ahead)
    {
        return found(
            k + 1,
            TimeExpr::Duration {
                amount: Amount::Exact(1.0),
                unit,
            },
        );
    }
    // "closed over the next year or so": the hedge is in the span, the value the unit's (as
    // TimeBank writes it, "the next year or so" 1990)
    let hedged = offset_word != 0 && part.is_none() && s.is(k + 1, "or") && s.is(k + 2, "so");
    found(
        if hedged { k + 3 } else { k + 1 },
        TimeExpr::Anaphor {
            offset: offset_word,
            unit,
            part,
        },
    )
}

/// "the quarter ended Sept. 30", "the quarter ending July 31, 1989": a quarter named by its last
/// day. The resolver takes the quarter the report already named, if any (a fiscal quarter), and
/// otherwise the calendar quarter of [`quarter_ending`].
pub(super) fn quarter_ended(s: &Scanner, i: usize) -> Option<Found> {
    if !s.is_class(i, Class::The) {
        return None;
    }
    // ("the three months ended June 30" stays a length of time, as "the six months" does)
    if !s.is(i + 1, "quarter") {
        return None;
    }
    let noun_end = i + 2;
    // ("the quarter to September", British: to the end of that month)
    if s.is(noun_end, "to") {
        return found(noun_end, quarter_ending(s, noun_end + 1)?);
    }
    if !matches!(s.w(noun_end), "ended" | "ending") {
        return None;
    }
    // ("for the quarter ending Sunday": the quarter that holds the day, which the resolver
    // finds; "ending Saturday, April 1" gives its date)
    if let Some((_, after_day)) = weekday_name(s, noun_end + 1) {
        if s.w(after_day) == "," {
            if let Some(q) = quarter_ending(s, after_day + 1) {
                return found(noun_end, q);
            }
        }
        return found(
            noun_end,
            TimeExpr::Anaphor {
                offset: 0,
                unit: Unit::Quarter,
                part: None,
            },
        );
    }
    found(noun_end, quarter_ending(s, noun_end + 1)?)
}

/// The calendar quarter of a three-month period that ends on the date at `i` ("Sept. 30",
/// "July 31, 1989"): the quarter of its middle month, so that a fiscal quarter ending July 31
/// (May to July) is the second. A period ending in the first days of a month ("Oct. 1") ends,
/// in effect, with the month before.
fn quarter_ending(s: &Scanner, i: usize) -> Option<TimeExpr> {
    // "Sept. 30", "Sept. 30, 1989"; "30 June", "30 June 2024" (British); "September" alone
    // (the month's end)
    let (month, day, year) = if let Some(day) = s.digits(i).filter(|d| (1..=31).contains(d)) {
        let (month, k, _) = month_name(s, i + 1)?;
        (month, day, s.year_number(k))
    } else {
        let (month, k, _) = month_name(s, i)?;
        match s.digits(k).filter(|d| (1..=31).contains(d)) {
            Some(day) => {
                let year = if s.w(k + 1) == "," {
                    s.year_number(k + 2)
                } else {
                    None
                };
                (month, day, year)
            }
            None => (month, 28, s.year_number(k)),
        }
    };
    let last_month = if day <= 7 { month + 11 } else { month + 12 }; // months from a year back
    let middle = last_month - 1; // 12..23: the year before when below 13
    let (q_year_back, middle) = if middle > 12 {
        (0, middle - 12)
    } else {
        (1, middle)
    };
    let quarter = (middle - 1) / 3 + 1;
    Some(TimeExpr::Quarter {
        quarter: Some(quarter),
        year: year.map(|y| y - q_year_back),
        rel: None,
    })
}

/// "lost 92 games last season", "this season", "two seasons ago": a sports or broadcast season,
/// valued as the year it is counted from publication (a season may straddle two years; the
/// annotators of the held-out news wrote the year). "the last season of the show" is a rank,
/// not a time.
pub(super) fn sports_season(s: &Scanner, i: usize) -> Option<Found> {
    let season = |k: usize| matches!(s.w(k), "season" | "seasons");
    // (cheap tests first, on the lexicon: this runs at every token that may start an expression)
    let rel_word = matches!(s.class(i), Some(Class::Last | Class::This | Class::Next));
    let count =
        s.is_number(i) || s.info(i).is_some_and(|x| x.number.is_some()) || s.is_class(i, Class::A);
    if !rel_word && !count {
        return None;
    }
    if rel_word
        && matches!(s.w(i), "last" | "this" | "next")
        && s.is(i + 1, "season")
        && !(i > 0 && crate::lexicon::DETERMINERS.contains(&s.w(i - 1)))
        && !matches!(s.w(i + 2), "'s" | "’s" | "of")
    {
        let rel = match s.w(i) {
            "last" => Rel::Last,
            "next" => Rel::Next,
            _ => Rel::This,
        };
        return found(
            i + 2,
            TimeExpr::RelUnit {
                rel,
                unit: Unit::Year,
                part: None,
            },
        );
    }
    if !count || !(season(i + 1) || season(i + 2) || season(i + 3)) {
        return None;
    }
    let (amount, j) = super::numeral(s, i, true)?;
    if !matches!(amount, Amount::Exact(n) if n >= 1.0 && n.fract() == 0.0)
        || !season(j)
        || !s.is_class(j + 1, Class::Ago)
    {
        return None;
    }
    found(
        j + 2,
        TimeExpr::Shift {
            amount,
            unit: Unit::Year,
            forward: false,
        },
    )
}

/// "ended", "ending", or "to" before a month ("the year to June 30", British usage): the word
/// that ties a period to the day it ends.
fn period_end_word(s: &Scanner, k: usize) -> bool {
    matches!(s.w(k), "ended" | "ending") || (s.is(k, "to") && month_name(s, k + 1).is_some())
}

/// "a rival bidder would emerge in the new year", "Tokyo has already welcomed the new year": the
/// year about to begin (or just begun). Not "the new year period" (a noun follows) nor "New
/// Year's Day" (a holiday).
pub(super) fn new_year(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is_class(i, Class::The) && s.is(i + 1, "new") && s.is(i + 2, "year")) {
        return None;
    }
    let next = s.tokens.get(i + 3);
    let noun_after = next.is_some_and(|t| {
        t.kind == crate::text::TokenKind::Word
            && !matches!(
                s.w(i + 3),
                "and" | "or" | "but" | "when" | "with" | "in" | "at" | "on" | "as" | "to" | "for"
            )
    }) && i + 3 < s.limit;
    if noun_after || s.w(i + 3).starts_with('\'') || s.w(i + 3).starts_with('’') {
        return None;
    }
    found(i + 3, TimeExpr::NewYear)
}

/// "this week and next", "this year and next": "next" alone, after "this" or "last" and a unit
/// joined by "and", is the next such unit. Not "next" before a noun ("this week and next
/// Monday" is another rule's, "and next steps" no time).
pub(super) fn elliptic_next(s: &Scanner, i: usize) -> Option<Found> {
    if !s.is(i, "next") || i < 3 || !s.is(i - 1, "and") {
        return None;
    }
    let unit = unit_at(s, i - 2)?;
    let after_unit = matches!(s.w(i - 3), "this" | "last")
        || (i >= 4 && s.is_class(i - 3, Class::Coming) && s.is_class(i - 4, Class::The));
    let alone = s
        .tokens
        .get(i + 1)
        .is_none_or(|t| t.kind != crate::text::TokenKind::Word)
        || matches!(
            s.w(i + 1),
            "would" | "will" | "could" | "may" | "might" | "should" | "and" | "or" | "as" | "too"
        );
    (after_unit
        && alone
        && matches!(
            unit,
            Unit::Week | Unit::Weekend | Unit::Month | Unit::Year | Unit::Quarter
        ))
    .then_some(Found {
        end: i + 1,
        expr: TimeExpr::RelUnit {
            rel: Rel::Next,
            unit,
            part: None,
        },
    })
}
