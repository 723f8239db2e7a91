//! The two ends of a range: the second counted from the first, a year shared between them.

use super::*;

/// The year an expression spells out, if any.
pub(super) fn given_year(e: &TimeExpr) -> Option<i32> {
    match *e {
        TimeExpr::Calendar { year, .. } => year,
        TimeExpr::Season { year, .. }
        | TimeExpr::Quarter { year, .. }
        | TimeExpr::Half { year, .. } => year,
        _ => None,
    }
}

/// The first end of a range whose year only the second end gives: "from March to May 2024".
/// Returns its new value, or `None` when it spells its own year or is not a month or a date.
pub(super) fn first_end_in_year(
    first: &Match,
    year: i32,
    second: &TimeValue,
    ctx: &Context,
) -> Option<TimeValue> {
    let end_start = second.interval.and_then(|iv| iv.start)?.date();
    // ("from spring to fall last year": a season takes the year too, or the one before if it
    // would come after the end)
    if let TimeExpr::Season {
        season,
        year: None,
        rel: None,
    } = first.expr
    {
        let in_year = |y: i32| TimeExpr::Season {
            season,
            year: Some(y),
            rel: None,
        };
        let (mut v, _) = resolve(&in_year(year), first.modifier, ctx);
        if v.interval
            .and_then(|iv| iv.start)
            .is_some_and(|t| t.date() > end_start)
        {
            v = resolve(&in_year(year - 1), first.modifier, ctx).0;
        }
        v.given.year = false;
        v.reason = format!(
            "start of a range: the year of its end, {year} ({})",
            v.value
        );
        return Some(v);
    }
    let TimeExpr::Calendar {
        year: None,
        month: Some(month),
        day,
        rel: None,
        clock,
        part,
        year_rel: None,
    } = first.expr
    else {
        return None;
    };
    // The first end lies before the second: in the same year, or the year before.
    let mut y = year;
    if ymd(y, month, day.unwrap_or(1)).is_some_and(|d| d > end_start) {
        y -= 1;
    }
    let expr = TimeExpr::Calendar {
        year: Some(y),
        month: Some(month),
        day,
        rel: None,
        clock,
        part,
        year_rel: None,
    };
    let (mut v, _) = resolve(&expr, first.modifier, ctx);
    v.given.year = false;
    v.reason = format!(
        "start of a range: the year of its end, {year} ({})",
        v.value
    );
    Some(v)
}

/// The second end of a range, counted from the first: "from March to [May]" is the May after
/// that March, "Monday through [Wednesday]" the Wednesday after that Monday.
pub(super) fn resolve_range_end(
    expr: &TimeExpr,
    modifier: Option<Mod>,
    first: &Timex,
    ctx: &Context,
) -> (TimeValue, Option<usize>) {
    let after = first
        .value
        .interval
        .and_then(|iv| iv.start)
        .map(|t| t.date());
    let Some(after) = after else {
        return resolve(expr, modifier, ctx);
    };
    // The end as it would be alone, when that already lies after the start: "from Sept. 14 to
    // Thursday" in late October is the Thursday just gone, not the one after Sept. 14.
    let alone = resolve(expr, modifier, ctx);
    if alone
        .0
        .interval
        .and_then(|iv| iv.start)
        .is_some_and(|t| t.date() >= after)
    {
        return alone;
    }
    let explicit = match *expr {
        TimeExpr::Calendar {
            year: None,
            month: Some(month),
            day,
            rel: None,
            clock,
            part,
            year_rel: None,
        } => {
            // the first such month (or date) on or after the start of the first end
            let mut y = after.year();
            if ymd(y, month, day.unwrap_or(1)).is_none_or(|d| {
                d < after
                    && (day.is_some() || (d.year(), d.month()) < (after.year(), after.month()))
            }) {
                y += 1;
            }
            Some(TimeExpr::Calendar {
                year: Some(y),
                month: Some(month),
                day,
                rel: None,
                clock,
                part,
                year_rel: None,
            })
        }
        TimeExpr::Weekday {
            day: wd,
            rel: None,
            clock,
            part,
        } => add_days(after, days_forward(after.weekday(), wd)).map(|d| TimeExpr::Calendar {
            year: Some(d.year()),
            month: Some(d.month()),
            day: Some(d.day()),
            rel: None,
            clock,
            part,
            year_rel: None,
        }),
        // "between Good Friday and Easter Monday": the holiday in the year of the start, or the
        // next year if it falls before the start in that year
        TimeExpr::Holiday {
            year: None,
            rel: None,
            ..
        } => {
            let in_year = |y: i32| {
                let mut e = expr.clone();
                if let TimeExpr::Holiday { year, .. } = &mut e {
                    *year = Some(y);
                }
                e
            };
            let starts_after = |e: &TimeExpr| {
                resolve(e, modifier, ctx)
                    .0
                    .interval
                    .and_then(|iv| iv.start)
                    .is_some_and(|t| t.date() >= after)
            };
            let same = in_year(after.year());
            if starts_after(&same) {
                Some(same)
            } else {
                Some(in_year(after.year() + 1))
            }
        }
        _ => None,
    };
    match explicit {
        Some(e) => {
            let (mut v, _) = resolve(&e, modifier, ctx);
            v.given = Given::default();
            v.given.day = matches!(e, TimeExpr::Calendar { day: Some(_), .. });
            v.reason = format!(
                "end of a range that starts at {} ({}): the first one after it",
                first.text, first.value.value
            );
            (v, None)
        }
        None => resolve(expr, modifier, ctx),
    }
}

/// A range of two holidays or two months whose first end, resolved alone, came after the
/// second ("between Thanksgiving and Christmas" two days after Thanksgiving: next year's
/// Thanksgiving, this year's Christmas; "expects a decline in the July-September period" on
/// Sept. 3: next year's July, this year's September): the range going on at publication, its
/// first end the one before the second. Returns the first end's new value and the second end's.
pub(super) fn current_range_start(
    first: &Match,
    first_index: usize,
    second: &TimeExpr,
    modifier: Option<Mod>,
    ctx: &Context,
) -> Option<(TimeValue, TimeValue)> {
    let holidays = matches!(
        (&first.expr, second),
        (
            TimeExpr::Holiday {
                year: None,
                rel: None,
                ..
            },
            TimeExpr::Holiday {
                year: None,
                rel: None,
                ..
            },
        )
    );
    let months = is_bare_month(&first.expr) && is_bare_month(second);
    if !(holidays || months) {
        return None;
    }
    let end = resolve(second, modifier, ctx).0;
    let end_start = end.interval.and_then(|iv| iv.start)?.date();
    // (not over by publication: a holiday on or after it, a month that holds it)
    let end_end = end.interval.and_then(|iv| iv.end)?.date();
    if end_end <= ctx.published {
        return None;
    }
    let alone = resolve(&first.expr, first.modifier, ctx).0;
    if alone.interval.and_then(|iv| iv.start)?.date() <= end_start {
        return None;
    }
    let in_year = |y: i32| {
        let mut e = first.expr.clone();
        if let TimeExpr::Holiday { year, .. } | TimeExpr::Calendar { year, .. } = &mut e {
            *year = Some(y);
        }
        resolve(&e, first.modifier, ctx).0
    };
    let start = [end_start.year(), end_start.year() - 1]
        .into_iter()
        .map(in_year)
        .find(|v| {
            v.interval
                .and_then(|iv| iv.start)
                .is_some_and(|t| t.date() <= end_start)
        })?;
    // (going on: begun by publication, and no later year named in the sentence, "Next year
    // the chain will close between Thanksgiving and Christmas")
    let begun = start
        .interval
        .and_then(|iv| iv.start)
        .is_some_and(|t| t.date() <= ctx.published);
    let later_year = ctx
        .mentioned
        .iter()
        .rev()
        .take_while(|(_, _, s)| *s == ctx.sentence)
        .any(|(p, i, _)| *i != first_index && p.start.year() > ctx.published.year());
    if !begun || later_year {
        return None;
    }
    let mut start = start;
    start.given.year = false;
    start.reason = format!(
        "start of a range going on at publication, before its end ({})",
        end.value
    );
    Some((start, end))
}

/// A month alone, with no day, year or relative word: "July" in "the July-September period".
fn is_bare_month(e: &TimeExpr) -> bool {
    matches!(
        e,
        TimeExpr::Calendar {
            year: None,
            month: Some(_),
            day: None,
            rel: None,
            clock: None,
            part: None,
            year_rel: None,
        }
    )
}
