//! Times counted from publication or from the time last mentioned: "last week", "two years ago", "the next day".

use super::*;

pub(super) fn unit_grain(unit: Unit) -> Option<Grain> {
    Some(match unit {
        Unit::Day => Grain::Day,
        Unit::Weekend => Grain::Weekend,
        Unit::Week | Unit::Fortnight => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Season => Grain::Season,
        Unit::Quarter => Grain::Quarter,
        Unit::Half => Grain::Half,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
        Unit::Century => Grain::Century,
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Millennium => return None,
    })
}

pub(super) fn resolve_rel_unit(
    rel: Rel,
    unit: Unit,
    part: Option<PeriodPart>,
    ctx: &Context,
) -> TimeValue {
    let pubd = ctx.published;
    let Some(grain) = unit_grain(unit) else {
        return unresolved("XXXX-XX-XX", "unit too fine");
    };
    let n = i64::from(rel.step());
    // "the weekend" / "this weekend" in a past clause, published before it: the one just gone
    let just_gone = grain == Grain::Weekend
        && n == 0
        && ctx.tense == Tense::Past
        && Period::of(pubd, grain).is_some_and(|p| p.start > pubd);
    let n = if just_gone { -1 } else { n };
    let Some(p) = Period::of(pubd, grain).and_then(|p| p.shift(n)) else {
        return unresolved("XXXX", "out of range");
    };
    let word = match rel {
        Rel::Last => "last",
        Rel::This => "this",
        Rel::Next => "next",
    };
    let reason = if just_gone {
        format!("the weekend, told in the past before it comes: the one just gone, before {pubd}")
    } else {
        format!(
            "\"{word} {}\" -> the {} {} the one holding {pubd}",
            grain.as_str(),
            grain.as_str(),
            match rel {
                Rel::Last => "before",
                Rel::This => "that is",
                Rel::Next => "after",
            }
        )
    };
    let mut v = date_value(p, reason);
    match part {
        Some(PeriodPart::Earlier) => {
            let end = if p.start < pubd {
                pubd
            } else {
                add_days(p.start, 1).unwrap_or(p.end)
            };
            v.interval = Some(Interval::days(p.start, end));
            v.reason.push_str(&format!(", earlier part: up to {pubd}"));
        }
        Some(PeriodPart::Later) => {
            let start = add_days(pubd, 1).unwrap_or(pubd).min(p.end);
            let start = if start >= p.end { p.start } else { start };
            v.interval = Some(Interval::days(start, p.end));
            v.reason.push_str(&format!(", later part: after {pubd}"));
        }
        None => {}
    }
    v
}

pub(super) fn resolve_shift(
    amount: Amount,
    unit: Unit,
    forward: bool,
    ctx: &Context,
) -> (TimeValue, Option<usize>) {
    let pubd = ctx.published;
    // "half a century ago", "a decade and a half ago": counted in the next smaller unit
    let (amount, unit) = match (amount, unit) {
        (Amount::Exact(x), Unit::Century) if x.fract() != 0.0 => {
            (Amount::Exact(x * 100.0), Unit::Year)
        }
        (Amount::Exact(x), Unit::Decade) if x.fract() != 0.0 => {
            (Amount::Exact(x * 10.0), Unit::Year)
        }
        (Amount::Exact(x), Unit::Year) if x.fract() != 0.0 => {
            (Amount::Exact(x * 12.0), Unit::Month)
        }
        other => other,
    };
    let n = match amount {
        Amount::Exact(x) if x.fract() == 0.0 => x as i64,
        _ => {
            let r = if forward {
                FuzzyRef::Future
            } else {
                FuzzyRef::Past
            };
            return (
                plain(
                    TimexType::Date,
                    r.value(),
                    "a vague amount of time away: a vague reference",
                ),
                None,
            );
        }
    };
    if forward && ctx.tense == Tense::Past {
        return (
            plain(
                TimexType::Duration,
                duration_value(amount, unit),
                "\"in N units\" in a past clause: a length of time",
            ),
            None,
        );
    }
    let signed = if forward { n } else { -n };
    // Reports of quarterly results count "a year ago" from the quarter they talk about ("two
    // years ago" is a year: reports compare quarters with the one a year back only).
    if unit == Unit::Year && n == 1 {
        // (a quarter of the last sentences: "Its stock, which traded at $31 a year ago" in a
        // story that named a quarter further up is the year)
        if let Some((p, i, _)) = ctx
            .mentioned
            .iter()
            .rev()
            .take_while(|(_, _, s)| s + YEAR_AGO_QUARTER_REACH >= ctx.sentence)
            .find(|(p, _, _)| p.grain == Grain::Quarter)
        {
            if let Some(q) = p.shift(signed * 4) {
                return (
                    date_value(
                        q,
                        format!(
                            "{n} year(s) {} the quarter last mentioned",
                            if forward { "after" } else { "before" }
                        ),
                    ),
                    Some(*i),
                );
            }
        }
    }
    let grain = match unit {
        Unit::Decade | Unit::Century | Unit::Millennium => Grain::Year,
        Unit::Second | Unit::Minute | Unit::Hour => Grain::Day,
        u => unit_grain(u).unwrap_or(Grain::Day),
    };
    let steps = match unit {
        Unit::Decade => signed * 10,
        Unit::Century => signed * 100,
        Unit::Millennium => signed * 1000,
        Unit::Fortnight => signed * 2,
        Unit::Second | Unit::Minute | Unit::Hour => 0,
        _ => signed,
    };
    match Period::of(pubd, grain).and_then(|p| p.shift(steps)) {
        Some(p) => (
            date_value(
                p,
                format!(
                    "{} {:?}(s) {} publication ({pubd})",
                    n,
                    unit,
                    if forward { "after" } else { "before" }
                )
                .to_lowercase(),
            ),
            None,
        ),
        None => (unresolved("XXXX", "out of range"), None),
    }
}

/// How many days into a year "the year" told in the past still means the year just over.
const YEAR_JUST_OVER_DAYS: i64 = 45;

/// The largest offset [`resolve_anaphor`] counts.
const MAX_OFFSET: i64 = 1_000_000;

/// How long after a quarter ended a report on it still comes out (see [`resolve_anaphor`]).
const REPORT_DAYS: i64 = 200;

/// How many sentences back "a year ago" looks for the quarter of a report.
const YEAR_AGO_QUARTER_REACH: usize = 5;

/// How many sentences back "a year earlier" in place of a day or a month looks for the quarter
/// of a report.
const YEAR_BACK_QUARTER_REACH: usize = 3;

/// How many sentences back a day-level anaphor ("the next day") looks for its day.
const DAY_ANAPHOR_REACH: usize = 2;

/// How many sentences back a counted day told in the past ("two days later") looks.
const COUNTED_DAY_REACH: usize = 5;

/// How many sentences back a day told in the past as "that day" looks when none is nearer.
const THAT_DAY_REACH: usize = 8;

/// `whole_day` is false for "that night", "the next morning": a part of a day.
pub(super) fn resolve_anaphor(
    offset: i64,
    unit: Unit,
    whole_day: bool,
    ctx: &Context,
) -> (TimeValue, Option<usize>) {
    // No calendar reaches a million units away; keeping offsets small keeps the unit
    // arithmetic below from overflowing on whatever number the text holds
    if offset.abs() > MAX_OFFSET {
        return (unresolved("XXXX", "out of range"), None);
    }
    // "a fortnight earlier": two weeks
    if unit == Unit::Fortnight {
        return resolve_anaphor(offset.saturating_mul(2), Unit::Week, whole_day, ctx);
    }
    // "A decade later" than June 1972 is 1982, a year (not the decade after the 1970s)
    if offset != 0 && ctx.counted && matches!(unit, Unit::Decade | Unit::Century) {
        let years = if unit == Unit::Decade { 10 } else { 100 };
        return resolve_anaphor(offset.saturating_mul(years), Unit::Year, whole_day, ctx);
    }
    let pubd = ctx.published;
    let grain = unit_grain(unit).unwrap_or(Grain::Day);
    // The anchor: the last mentioned time at least as fine as the unit.
    // Day-level anaphora ("the next day", "later in the day") look back two sentences at most:
    // further back, the story has usually moved on and the publication day is the better guess.
    // A told past does not move to a day still ahead ("still without power in the early
    // afternoon" after "until noon Wednesday").
    let told_past = ctx.tense == Tense::Past;
    let told_ahead = matches!(ctx.tense, Tense::Future | Tense::Upcoming);
    // "Revenue for the quarter" in a report: a quarter over by publication, and not one over
    // for most of a year (that is a comparison), when the text named such a quarter
    let reported_quarter = |p: &Period| {
        p.grain == Grain::Quarter && p.end <= pubd && (pubd - p.end).num_days() < REPORT_DAYS
    };
    // (told in the past only: "The quarter ends Sept. 29" speaks of the running one)
    // "Fuel costs jumped 58% from a year earlier" in a report on a quarter: that quarter a
    // year back, not the day a year before the day it was reported
    // (only in place of a day: "for the first half ... a year earlier" stays the half)
    // ("in the three months through March, compared with $173 million a year earlier": in
    // place of a month too; "the fiscal third quarter, ended March 31": a fiscal quarter's label
    // may lie ahead of its end, so one named in the last sentences counts as well)
    // (a month of the same sentence only as the end of a period: "Consumer prices fell in
    // January from a year earlier" is January's)
    // (or of a fiscal year a sentence before, "raised its forecast for fiscal 1994. ... up from
    // $26.2 million a year earlier")
    let last_is_day = ctx.mentioned.last().is_some_and(|(p, i, s)| {
        p.grain <= Grain::Day
            || (p.grain == Grain::Month && (*s != ctx.sentence || ends_period(ctx, *i)))
            || (p.grain == Grain::Year && *s < ctx.sentence)
    });
    let year_back = grain == Grain::Year && offset == -1 && last_is_day;
    let report_anchor = if year_back {
        ctx.mentioned
            .iter()
            .rev()
            .take_while(|(_, _, s)| s + YEAR_BACK_QUARTER_REACH >= ctx.sentence)
            .find(|(p, _, _)| p.grain == Grain::Quarter && (pubd - p.end).num_days() < REPORT_DAYS)
    } else {
        (grain == Grain::Quarter && offset == 0 && matches!(ctx.tense, Tense::Past | Tense::Recent))
            .then(|| {
                ctx.mentioned
                    .iter()
                    .rev()
                    .find(|(p, _, _)| reported_quarter(p))
            })
            .flatten()
    };
    let anchor = report_anchor.or_else(|| {
        ctx.mentioned
            .iter()
            .rev()
            // (the mentions are in text order: stop at the reach rather than filter them all,
            // so that a long text of anaphora stays linear)
            .take_while(|(_, _, s)| {
                // ("Two days later, however, ..." a paragraph on, in a story told in the past:
                // a counted day still counts from the story's last day, further back)
                let reach = if told_past && offset != 0 {
                    COUNTED_DAY_REACH
                } else {
                    DAY_ANAPHOR_REACH
                };
                grain > Grain::Day || s + reach >= ctx.sentence
            })
            // ("said on Monday that flights would resume on Friday. The next day, it canceled
            // 300 more": a day told in the past is not counted past publication from a day
            // still ahead or at it)
            .filter(|(p, _, _)| {
                !(told_past
                    && grain <= Grain::Day
                    && (p.start > pubd
                        || (grain == Grain::Day
                            && offset > 0
                            // (not a plan told in the past: "The next day, jurors were
                            // scheduled to tour the scene" may count past publication)
                            && !ctx.plan_told()
                            && add_days(p.start, offset).is_some_and(|d| d > pubd))))
            })
            // "would keep the policy through the end of the year" after "the spring of 2002": a
            // time ahead is not in a period already over
            // (a report's quarter is over and still "the quarter" it expects to break even for)
            .filter(|(p, _, _)| {
                !(told_ahead && offset == 0 && grain != Grain::Quarter && p.end <= pubd)
            })
            // "the quarter", "the latest period": the quarter of the report, never one made up
            // from a payment date that happens to be mentioned before it
            // ("a contraction from the previous quarter" after "the October-December quarter
            // would be released on Thursday": counted from the quarter, not the day)
            .filter(|(p, _, _)| grain != Grain::Quarter || p.grain == Grain::Quarter)
            .find(|(p, _, _)| {
                p.grain <= grain || (grain == Grain::Year && p.grain == Grain::Quarter)
            })
    });
    // "was crossed out that same day" after "last October": a day of that month, which one
    // unknown
    if let Some(v) = day_of_month_last_named(offset, grain, !whole_day || anchor.is_some(), ctx) {
        return v;
    }
    // ("It was Memorial Day 1948 ... Fifteen died. The housing authority had insisted only that
    // morning": a day told in the past as "that" day points back, however far the story has
    // gone since; the publication day would be "this morning")
    let anchor = anchor.or_else(|| {
        (told_past && ctx.that && offset == 0 && grain <= Grain::Day)
            .then(|| {
                ctx.mentioned
                    .iter()
                    .rev()
                    .take_while(|(_, _, s)| s + THAT_DAY_REACH >= ctx.sentence)
                    .find(|(p, _, _)| p.grain <= Grain::Day && p.start <= pubd)
            })
            .flatten()
    });
    let (base, anchor_idx, from) = match anchor {
        Some((p, i, _)) => (
            *p,
            Some(*i),
            format!("the time last mentioned ({})", p.value()),
        ),
        None => {
            // (a counted day, week or month, or "that week": not a part of a day, "that
            // night", nor "the end of the month")
            if whole_day && (offset != 0 || grain == Grain::Week) {
                if let Some(v) = inside_coarser_time(grain, offset, ctx) {
                    return v;
                }
            }
            // ("Some 30 years later, the case was reopened", with no time named before: a time
            // after something untold, told in the past, is not ahead of publication)
            if offset > 0 && told_past && whole_day && grain >= Grain::Day {
                let value = match grain {
                    Grain::Day => "XXXX-XX-XX",
                    Grain::Week => "XXXX-WXX",
                    Grain::Month => "XXXX-XX",
                    _ => "XXXX",
                };
                return (
                    plain(
                        TimexType::Date,
                        value,
                        "a time counted forward, told in the past, with nothing named to count from"
                            .to_string(),
                    ),
                    None,
                );
            }
            // "the quarter", "the latest quarter" with no quarter mentioned: the one just reported
            let mut p = match Period::of(pubd, grain) {
                Some(p) => p,
                None => return (unresolved("XXXX", "out of range"), None),
            };
            if grain == Grain::Quarter && offset == 0 {
                p = p.shift(-1).unwrap_or(p);
            }
            // "Prices rose four times during the year", told in the past weeks into January:
            // the year just over
            if grain == Grain::Year
                && offset == 0
                && ctx.tense == Tense::Past
                && i64::from(pubd.ordinal()) <= YEAR_JUST_OVER_DAYS
            {
                p = p.shift(-1).unwrap_or(p);
            }
            (
                p,
                None,
                format!("publication ({pubd}), no earlier time in the text"),
            )
        }
    };
    // An anchor finer than a day ("at 2 a.m. on Sept. 4") counts as its day: "two weeks later"
    // is a day, as it is after "Sept. 4"
    let base = if base.grain < Grain::Day {
        Period::of(base.start, Grain::Day).unwrap_or(base)
    } else {
        base
    };
    // Keep the anchor's grain when it is a report's period, finer than the unit ("a year
    // earlier" than a quarter is that quarter a year before; a year from a month, the month),
    // else count in units ("That summer ... two years later" is a year).
    let result = if offset == 0 && base.grain < grain {
        // "the quarter" after "Sept. 30", "the year" after "the third quarter": the period
        // of the unit that holds the time last mentioned.
        Period::of(base.start, grain)
    } else if base.grain < grain && base.grain != Grain::Day
        || base.grain == Grain::Quarter && grain == Grain::Year
    {
        let steps = match (grain, base.grain) {
            (Grain::Year, Grain::Quarter) => offset * 4,
            (Grain::Year, Grain::Half) => offset * 2,
            // "rose 9 percent in March from a year earlier": the same month a year back (two
            // years or more from a month or a season give a year: see above)
            // ("was crowned the following year" after "February 1952": a year named, not
            // counted, is the whole year)
            (Grain::Year, Grain::Month) if offset.abs() == 1 && !ctx.names_unit => offset * 12,
            (Grain::Year, Grain::Season) if offset.abs() == 1 && !ctx.names_unit => offset * 4,
            (Grain::Quarter, Grain::Month) => offset * 3,
            _ => {
                // count in the unit from the anchor's start
                return finish_anaphor(
                    Period::of(base.start, grain).and_then(|p| p.shift(offset)),
                    offset,
                    unit,
                    &from,
                    anchor_idx,
                );
            }
        };
        base.shift(steps)
    } else if base.grain == Grain::Day
        && grain > Grain::Day
        && offset != 0
        && anchor_idx.is_some()
        && ctx.counted
    {
        // "a week later" / "a year earlier" than a day: a day, counted in the unit
        match grain {
            Grain::Week => add_days(base.start, offset * 7).map(day),
            // ("six months later" than March 13, 1926: September 1926, the month. TimeBank and
            // the held-out annotators write months counted from a day as the month, 14 times in
            // 14; weeks they write as the day more often than as the week, 15 to 6)
            Grain::Month => crate::timex::calendar::add_months(base.start, offset)
                .and_then(|d| Period::of(d, Grain::Month)),
            Grain::Quarter => crate::timex::calendar::add_months(base.start, offset * 3).map(day),
            // ("Half a century later", "a decade later" than a day: the year; a decade on, the
            // day itself is seldom meant)
            Grain::Year if offset.abs() >= 10 => {
                crate::timex::calendar::add_months(base.start, offset * 12)
                    .and_then(|d| Period::of(d, Grain::Year))
            }
            Grain::Year => crate::timex::calendar::add_months(base.start, offset * 12).map(day),
            _ => Period::of(base.start, grain).and_then(|p| p.shift(offset)),
        }
    } else if grain == Grain::Weekend
        && offset == 1
        && base.grain == Grain::Day
        && base.start.weekday().number_from_monday() <= 5
    {
        // "the first came on Jan. 3 (a Wednesday), and a second storm hit the following
        // weekend": the weekend that closes the week of a weekday
        Period::of(base.start, grain)
    } else {
        Period::of(base.start, grain).and_then(|p| p.shift(offset))
    };
    finish_anaphor(result, offset, unit, &from, anchor_idx)
}

/// "The army entered the town in March. Two weeks later, ...", "Talks collapsed last year.
/// The following month, ...": an anaphor finer than the time last named (a day after a week
/// or a month, a week after a month or a quarter, a month after a quarter or a year), with
/// nothing as fine to count from, falls on the days of that time moved by its offset, not near
/// the publication date. What those days share is kept and the rest left unknown ("2025-04-XX",
/// "2025-WXX", "2024-XX"). Only after a time already begun at publication, named in the last
/// sentences.
fn inside_coarser_time(
    grain: Grain,
    offset: i64,
    ctx: &Context,
) -> Option<(TimeValue, Option<usize>)> {
    let (p, i, s) = ctx.mentioned.last()?;
    let coarser = match grain {
        Grain::Day => matches!(
            p.grain,
            Grain::Week | Grain::Month | Grain::Quarter | Grain::Season | Grain::Year
        ),
        Grain::Week => matches!(
            p.grain,
            Grain::Month | Grain::Quarter | Grain::Season | Grain::Year
        ),
        Grain::Month => matches!(p.grain, Grain::Quarter | Grain::Half | Grain::Year),
        _ => false,
    };
    if !coarser || s + DAY_ANAPHOR_REACH < ctx.sentence || p.start > ctx.published {
        return None;
    }
    // the days the anaphor may fall on: the anchor's, moved by the offset
    let shift = |d: NaiveDate| match grain {
        Grain::Day => add_days(d, offset),
        Grain::Week => add_days(d, offset.checked_mul(7)?),
        _ => crate::timex::calendar::add_months(d, offset),
    };
    let (lo, hi) = (shift(p.start)?, shift(add_days(p.end, -1)?)?);
    // ("in December. Two weeks later" may be in either year: nothing is kept; after a year
    // named, "last year. The following month", the story stays in that year)
    if lo.year() != hi.year() && p.grain != Grain::Year {
        return None;
    }
    let year = lo.year();
    // (a year TIMEX3 can write: four figures)
    if !(0..=9999).contains(&year) {
        return None;
    }
    let value = match grain {
        Grain::Week => format!("{year:04}-WXX"),
        Grain::Month if lo.month() == hi.month() && lo.year() == hi.year() => {
            format!("{year:04}-{:02}", lo.month())
        }
        Grain::Month => format!("{year:04}-XX"),
        _ if lo.month() == hi.month() && lo.year() == hi.year() => {
            format!("{year:04}-{:02}-XX", lo.month())
        }
        _ => format!("{year:04}-XX-XX"),
    };
    Some((
        plain(
            TimexType::Date,
            value,
            format!("counted from {}, which names no finer time", p.value()),
        ),
        Some(*i),
    ))
}

/// "that same day" when the time last mentioned, in the last sentences, is a month and no day
/// was named since: that month with the day unknown (1998-10-XX).
fn day_of_month_last_named(
    offset: i64,
    grain: Grain,
    found_day: bool,
    ctx: &Context,
) -> Option<(TimeValue, Option<usize>)> {
    if offset != 0 || grain != Grain::Day || found_day {
        return None;
    }
    let (p, i, s) = ctx.mentioned.last()?;
    if p.grain != Grain::Month || s + DAY_ANAPHOR_REACH < ctx.sentence {
        return None;
    }
    let value = format!("{:04}-{:02}-XX", p.start.year(), p.start.month());
    Some((
        plain(
            TimexType::Date,
            value,
            format!("a day of the month last mentioned ({})", p.value()),
        ),
        Some(*i),
    ))
}

pub(super) fn finish_anaphor(
    result: Option<Period>,
    offset: i64,
    unit: Unit,
    from: &str,
    anchor: Option<usize>,
) -> (TimeValue, Option<usize>) {
    match result {
        Some(p) => {
            let how = match offset {
                0 => "the same".to_string(),
                n if n > 0 => format!("{n} {:?}(s) after", unit),
                n => format!("{} {:?}(s) before", -n, unit),
            };
            (
                date_value(p, format!("{} {}", how.to_lowercase(), from)),
                anchor,
            )
        }
        None => (unresolved("XXXX", "out of range"), anchor),
    }
}
