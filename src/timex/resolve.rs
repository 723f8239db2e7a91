//! The resolver: a scanned expression + the publication date (or the last mentioned time) +
//! the tense of its clause -> a TIMEX3 value, an interval, a grain and a reason.

use super::calendar::{add_days, days_back, days_forward, holiday_date, holiday_name, ymd};
use super::period::Period;
use super::scan::Match;
use super::tense::Tense;
use super::types::*;
use super::{RangeEnd, Timex};
use crate::document::Document;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

/// What a resolution may look at besides the expression.
pub struct Context<'a> {
    pub published: NaiveDate,
    pub tense: Tense,
    /// The cue that decided the tense ("said", "is set to"), for the reason.
    pub cue: Option<&'a str>,
    /// Times mentioned earlier in the document, most recent last: (period, timex index,
    /// sentence).
    pub mentioned: &'a [(Period, usize, usize)],
    /// The sentence of the expression being resolved.
    pub sentence: usize,
    /// An amount counted from the anchor ("two days later", "a year earlier") rather than the
    /// next or previous calendar unit ("the following year"): after a day, the first stays a day.
    pub counted: bool,
}

/// Resolves the matches of one document in order, so anaphora see the times before them.
pub fn resolve_all(
    doc: &Document,
    found: &[Match],
    tenses: &[(Tense, Option<String>)],
) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(found.len());
    let mut mentioned: Vec<(Period, usize, usize)> = Vec::new();
    for (n, m) in found.iter().enumerate() {
        let (tense, cue) = &tenses[n];
        let ctx = Context {
            published: doc.published,
            tense: *tense,
            cue: cue.as_deref(),
            mentioned: &mentioned,
            sentence: m.sentence,
            counted: m.rule == "shift",
        };
        let (value, anchor) = match m.range_from.and_then(|k| out.get(k).map(|t| (k, t))) {
            Some((k, first)) => {
                let (v, a) = resolve_range_end(&m.expr, m.modifier, first, &ctx);
                // "from March to May 2024": the first end takes the year the second one gives
                if let Some(y) = given_year(&m.expr) {
                    let redone = first_end_in_year(&found[k], y, &v, &ctx);
                    if let Some(first_value) = redone {
                        out[k].value = first_value;
                    }
                }
                (v, a)
            }
            None => match year_from_weekday(&m.expr, m.modifier, &doc.text[m.start..m.end], &ctx) {
                Some(v) => (v, None),
                None => resolve(&m.expr, m.modifier, &ctx),
            },
        };
        if let Some(p) = mentionable(&value).filter(|_| !is_comparison(&m.expr)) {
            mentioned.push((p, n, m.sentence));
        }
        out.push(Timex {
            id: format!("t{}", n + 1),
            start: m.start,
            end: m.end,
            text: doc.text[m.start..m.end].to_string(),
            sentence: m.sentence,
            expr: m.expr.clone(),
            tense: *tense,
            value,
            anchor: anchor.map(|a| format!("t{}", a + 1)),
            rule: m.rule,
            range: None,
        });
        if let Some(k) = m.range_from {
            let (first_id, this_id) = (out[k].id.clone(), out[n].id.clone());
            out[k].range = Some(RangeEnd {
                role: "start",
                other: this_id,
            });
            out[n].range = Some(RangeEnd {
                role: "end",
                other: first_id,
            });
        }
    }
    out
}

/// "Saturday, April 25" without a year: the year in which April 25 is a Saturday, the one
/// nearest to publication (within a year either side). `None` when the weekday is missing or
/// fits none of them (the date is then resolved as usual).
fn year_from_weekday(
    expr: &TimeExpr,
    modifier: Option<Mod>,
    text: &str,
    ctx: &Context,
) -> Option<TimeValue> {
    let TimeExpr::Calendar {
        year: None,
        month: Some(month),
        day: Some(dom),
        rel: None,
        clock,
        part,
    } = *expr
    else {
        return None;
    };
    let first = text.split(|c: char| !c.is_alphabetic()).next()?;
    let wd = crate::lexicon::lookup(&first.to_ascii_lowercase())?.weekday?;
    let pubd = ctx.published;
    let y = pubd.year();
    let year = [y, y + 1, y - 1]
        .into_iter()
        .filter(|&yy| ymd(yy, month, dom).is_some_and(|d| d.weekday() == wd))
        .min_by_key(|&yy| ymd(yy, month, dom).map_or(i64::MAX, |d| (d - pubd).num_days().abs()))?;
    let written = TimeExpr::Calendar {
        year: Some(year),
        month: Some(month),
        day: Some(dom),
        rel: None,
        clock,
        part,
    };
    let (mut v, _) = resolve(&written, modifier, ctx);
    v.given.year = false;
    v.reason = format!(
        "{} {month}/{dom} falls on a {} in {year} (the nearest such year)",
        first,
        weekday_name(wd)
    );
    Some(v)
}

/// The year an expression spells out, if any.
fn given_year(e: &TimeExpr) -> Option<i32> {
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
fn first_end_in_year(
    first: &Match,
    year: i32,
    second: &TimeValue,
    ctx: &Context,
) -> Option<TimeValue> {
    let TimeExpr::Calendar {
        year: None,
        month: Some(month),
        day,
        rel: None,
        clock,
        part,
    } = first.expr
    else {
        return None;
    };
    let end_start = second.interval.and_then(|iv| iv.start)?.date();
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
fn resolve_range_end(
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
        }),
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

/// "A year earlier", "a year ago", "the year-ago quarter": a period named for comparison.
/// Reports go back and forth between the period they report and the one a year before, so
/// such a period is not a time the story moves to, and later anaphora skip it.
fn is_comparison(expr: &TimeExpr) -> bool {
    match *expr {
        TimeExpr::Shift { unit, .. } => unit == Unit::Year,
        TimeExpr::Anaphor { offset, unit } => unit == Unit::Year && offset != 0,
        TimeExpr::Quarter { quarter, .. } => quarter.is_none(),
        _ => false,
    }
}

/// A resolved date that later anaphora may count from.
fn mentionable(v: &TimeValue) -> Option<Period> {
    if !matches!(v.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    let grain = v.grain?;
    let iv = v.interval?;
    let start = iv.start?.date();
    let mut p = Period::of(start, grain)?;
    if grain == Grain::Season {
        p = Period {
            grain,
            start,
            end: iv.end?.date(),
        };
    }
    Some(p)
}

/// One expression. Returns the value and the index of the mention it was anchored on.
pub fn resolve(
    expr: &TimeExpr,
    modifier: Option<Mod>,
    ctx: &Context,
) -> (TimeValue, Option<usize>) {
    let (mut v, anchor) = resolve_core(expr, ctx);
    if let Some(m) = modifier {
        apply_modifier(&mut v, m);
    }
    (v, anchor)
}

fn date_value(p: Period, reason: String) -> TimeValue {
    TimeValue {
        kind: TimexType::Date,
        value: p.value(),
        grain: Some(p.grain),
        // At the very last day chrono can hold there is no next day to end on: no interval
        // rather than an empty one (found by fuzzing with far-future publication dates).
        interval: (p.start < p.end).then(|| p.interval()),
        modifier: None,
        quant: None,
        freq: None,
        given: Given::default(),
        reason,
    }
}

fn plain(kind: TimexType, value: impl Into<String>, reason: impl Into<String>) -> TimeValue {
    TimeValue {
        kind,
        value: value.into(),
        grain: None,
        interval: None,
        modifier: None,
        quant: None,
        freq: None,
        given: Given::default(),
        reason: reason.into(),
    }
}

fn unresolved(value: &str, why: &str) -> TimeValue {
    plain(TimexType::Date, value, format!("cannot resolve: {why}"))
}

fn day(d: NaiveDate) -> Period {
    Period {
        grain: Grain::Day,
        start: d,
        end: add_days(d, 1).unwrap_or(d),
    }
}

fn tense_phrase(ctx: &Context) -> String {
    match (ctx.tense, ctx.cue) {
        (Tense::Unknown, _) => "no tense cue".to_string(),
        (t, Some(c)) => format!("{} tense (\"{c}\")", t.as_str()),
        (t, None) => format!("{} tense", t.as_str()),
    }
}

/// Adds a clock time or a part of the day to a day.
fn with_time(
    mut v: TimeValue,
    d: NaiveDate,
    clock: Option<Clock>,
    part: Option<DayPart>,
) -> TimeValue {
    if let Some(c) = clock {
        v.kind = TimexType::Time;
        v.value = format!("{}T{:02}:{:02}", v.value, c.hour, c.minute);
        v.grain = Some(if c.minute == 0 {
            Grain::Hour
        } else {
            Grain::Minute
        });
        let start = if c.hour == 24 {
            add_days(d, 1).map(midnight)
        } else {
            d.and_hms_opt(c.hour, c.minute, 0)
        };
        let length = chrono::Duration::minutes(if c.minute == 0 { 60 } else { 1 });
        // Checked: an hour past chrono's last day does not exist, and `+` would panic.
        if let Some(end) = start.and_then(|start| start.checked_add_signed(length)) {
            v.interval = start.map(|start| Interval::new(start, end));
        }
        v.given.time = true;
        v.reason
            .push_str(&format!(", at {:02}:{:02}", c.hour, c.minute));
    } else if let Some(p) = part {
        v.kind = TimexType::Time;
        v.value = format!("{}T{}", v.value, p.code());
        v.grain = Some(Grain::PartOfDay);
        v.reason.push_str(&format!(", part of day {}", p.code()));
    }
    v
}

fn resolve_core(expr: &TimeExpr, ctx: &Context) -> (TimeValue, Option<usize>) {
    let pubd = ctx.published;
    match *expr {
        TimeExpr::Weekday {
            day: wd,
            rel,
            clock,
            part,
        } => (resolve_weekday(wd, rel, clock, part, ctx), None),
        TimeExpr::DayOffset {
            offset,
            clock,
            part,
        } => {
            let Some(d) = add_days(pubd, offset) else {
                return (unresolved("XXXX-XX-XX", "date out of range"), None);
            };
            let what = match offset {
                0 => "the publication day".to_string(),
                -1 => "the day before publication".to_string(),
                1 => "the day after publication".to_string(),
                n => format!("{n:+} days from publication"),
            };
            let v = date_value(day(d), what);
            (with_time(v, d, clock, part), None)
        }
        TimeExpr::ClockTime { clock } => {
            let (d, anchor, why) = match ctx.mentioned.last() {
                Some((p, i, s)) if p.grain <= Grain::Day && s + 1 >= ctx.sentence => {
                    (p.start, Some(*i), "the day last mentioned")
                }
                _ => (pubd, None, "the publication day"),
            };
            let v = date_value(day(d), format!("clock time on {why}"));
            (with_time(v, d, Some(clock), None), anchor)
        }
        TimeExpr::Calendar {
            year,
            month,
            day: dom,
            rel,
            clock,
            part,
        } => (
            resolve_calendar(year, month, dom, rel, clock, part, ctx),
            None,
        ),
        TimeExpr::RelUnit { rel, unit, part } => (resolve_rel_unit(rel, unit, part, ctx), None),
        TimeExpr::Shift {
            amount,
            unit,
            forward,
        } => resolve_shift(amount, unit, forward, ctx),
        TimeExpr::Anaphor { offset, unit } => resolve_anaphor(offset, unit, ctx),
        TimeExpr::Season { season, year, rel } => (resolve_season(season, year, rel, ctx), None),
        TimeExpr::Quarter { quarter, year, rel } => (
            resolve_part_of_year(Grain::Quarter, quarter, year, rel, ctx),
            None,
        ),
        TimeExpr::Half { half, year, rel } => (
            resolve_part_of_year(Grain::Half, half, year, rel, ctx),
            None,
        ),
        TimeExpr::Decade {
            decade,
            century_given,
        } => {
            let mut start_year = decade * 10;
            let mut why = format!("the decade {}0s", decade);
            if !century_given {
                // "the '80s": the most recent such decade that has begun by publication.
                let century = pubd.year().div_euclid(100) * 100;
                start_year = century + decade * 10;
                if start_year > pubd.year() {
                    start_year -= 100;
                }
                why = format!(
                    "'{:02}s: the most recent such decade, {}s",
                    decade * 10,
                    start_year
                );
            }
            match ymd(start_year, 1, 1).and_then(|d| Period::of(d, Grain::Decade)) {
                Some(p) => {
                    let mut v = date_value(p, why);
                    v.given.year = century_given;
                    (v, None)
                }
                None => (unresolved("XXX", "decade out of range"), None),
            }
        }
        TimeExpr::Century { n } => {
            match ymd((n - 1) * 100, 1, 1).and_then(|d| Period::of(d, Grain::Century)) {
                Some(p) => (
                    date_value(
                        p,
                        format!("century {n}: years {}..{}", (n - 1) * 100, n * 100 - 1),
                    ),
                    None,
                ),
                None => (unresolved("XX", "century out of range"), None),
            }
        }
        TimeExpr::Fuzzy(r) => {
            let mut v = plain(
                TimexType::Date,
                r.value(),
                match r {
                    FuzzyRef::Past => "a vague past: before publication",
                    FuzzyRef::Present => "the present: the publication day",
                    FuzzyRef::Future => "a vague future: after publication",
                },
            );
            v.interval = match r {
                FuzzyRef::Past => Some(Interval {
                    start: None,
                    end: Some(midnight(pubd)),
                }),
                FuzzyRef::Present => Period::of(pubd, Grain::Day).map(|p| p.interval()),
                FuzzyRef::Future => add_days(pubd, 1).map(|d| Interval {
                    start: Some(midnight(d)),
                    end: None,
                }),
            };
            (v, None)
        }
        TimeExpr::Duration { amount, unit } => (
            plain(
                TimexType::Duration,
                duration_value(amount, unit),
                "a length of time",
            ),
            None,
        ),
        TimeExpr::Set {
            unit,
            every,
            quant,
            n,
        } => {
            let value = match every {
                Some(d) => format!("XXXX-WXX-{}", d.number_from_monday()),
                None => duration_value(Amount::Exact(n as f64), unit),
            };
            let mut v = plain(TimexType::Set, value, "a repeating time");
            v.quant = quant.map(str::to_string);
            (v, None)
        }
        TimeExpr::Holiday {
            holiday,
            year,
            eve,
            weekend,
        } => (resolve_holiday(holiday, year, eve, weekend, ctx), None),
        TimeExpr::Unknown { value } => (unresolved(value, "not understood"), None),
    }
}

fn resolve_weekday(
    wd: Weekday,
    rel: Option<Rel>,
    clock: Option<Clock>,
    part: Option<DayPart>,
    ctx: &Context,
) -> TimeValue {
    let pubd = ctx.published;
    let name = weekday_name(wd);
    let (offset, why) = match rel {
        Some(Rel::Last) => (
            -days_back(pubd.weekday(), wd),
            format!("\"last {name}\" -> the most recent {name} before {pubd}"),
        ),
        Some(Rel::Next) => (
            days_forward(pubd.weekday(), wd),
            format!("\"next {name}\" -> the first {name} after {pubd}"),
        ),
        Some(Rel::This) => (
            i64::from(wd.num_days_from_monday()) - i64::from(pubd.weekday().num_days_from_monday()),
            format!("\"this {name}\" -> the {name} of the publication week"),
        ),
        None if wd == pubd.weekday() => (
            0,
            format!("\"{name}\" is the publication weekday -> {pubd}"),
        ),
        None => match ctx.tense {
            Tense::Past => (
                -days_back(pubd.weekday(), wd),
                format!(
                    "\"{name}\" + {} -> the most recent {name} before {pubd}",
                    tense_phrase(ctx)
                ),
            ),
            Tense::Future => (
                days_forward(pubd.weekday(), wd),
                format!(
                    "\"{name}\" + {} -> the first {name} after {pubd}",
                    tense_phrase(ctx)
                ),
            ),
            Tense::Present | Tense::Unknown => {
                let back = days_back(pubd.weekday(), wd);
                let fwd = days_forward(pubd.weekday(), wd);
                if back <= fwd {
                    (
                        -back,
                        format!(
                            "\"{name}\" + {} -> guessed the nearest {name}, before {pubd}",
                            tense_phrase(ctx)
                        ),
                    )
                } else {
                    (
                        fwd,
                        format!(
                            "\"{name}\" + {} -> guessed the nearest {name}, after {pubd}",
                            tense_phrase(ctx)
                        ),
                    )
                }
            }
        },
    };
    match add_days(pubd, offset) {
        Some(d) => {
            let mut v = date_value(day(d), why);
            v.given.day = true;
            with_time(v, d, clock, part)
        }
        None => unresolved(
            &format!("XXXX-WXX-{}", wd.number_from_monday()),
            "date out of range",
        ),
    }
}

fn weekday_name(wd: Weekday) -> &'static str {
    match wd {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Picks the year of a date or month given without one, by tense.
fn infer_year(month: u32, dom: Option<u32>, ctx: &Context) -> (i32, String) {
    let pubd = ctx.published;
    let y = pubd.year();
    let key = |yy: i32| -> Option<(NaiveDate, NaiveDate)> {
        match dom {
            Some(d) => {
                let date = ymd(yy, month, d).or_else(|| ymd(yy, month, 28))?;
                Some((date, date))
            }
            None => Some((
                ymd(yy, month, 1)?,
                super::calendar::month_start(yy, i64::from(month) + 1)?,
            )),
        }
    };
    let this = key(y);
    let contains_pub = |r: Option<(NaiveDate, NaiveDate)>| {
        r.is_some_and(|(s, e)| {
            if dom.is_some() {
                s == pubd
            } else {
                s <= pubd && pubd < e
            }
        })
    };
    if contains_pub(this) {
        return (
            y,
            "the publication year (it holds the publication date)".to_string(),
        );
    }
    let this_is_after = this.is_some_and(|(s, _)| s > pubd);
    match ctx.tense {
        Tense::Past => {
            if this_is_after {
                (
                    y - 1,
                    format!("{} -> the most recent one, in {}", tense_phrase(ctx), y - 1),
                )
            } else {
                (
                    y,
                    format!("{} -> the most recent one, in {y}", tense_phrase(ctx)),
                )
            }
        }
        Tense::Future => {
            if this_is_after {
                (y, format!("{} -> the next one, in {y}", tense_phrase(ctx)))
            } else {
                (
                    y + 1,
                    format!("{} -> the next one, in {}", tense_phrase(ctx), y + 1),
                )
            }
        }
        _ => {
            // The nearest occurrence; a guess, and the reason says so.
            let dist = |yy: i32| key(yy).map_or(i64::MAX, |(s, _)| (s - pubd).num_days().abs());
            let best = [y, y - 1, y + 1]
                .into_iter()
                .min_by_key(|&yy| dist(yy))
                .unwrap_or(y);
            (
                best,
                format!(
                    "{} -> guessed the nearest one, in {best}",
                    tense_phrase(ctx)
                ),
            )
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn resolve_calendar(
    year: Option<i32>,
    month: Option<u32>,
    dom: Option<u32>,
    rel: Option<Rel>,
    clock: Option<Clock>,
    part: Option<DayPart>,
    ctx: &Context,
) -> TimeValue {
    let pubd = ctx.published;
    let given = Given {
        year: year.is_some(),
        month: month.is_some(),
        day: dom.is_some(),
        time: clock.is_some(),
    };
    let (y, why) = match (year, month) {
        (Some(y), _) => (y, "the date as written".to_string()),
        (None, Some(m)) => match rel {
            Some(Rel::Last) => {
                let y = if m < pubd.month() {
                    pubd.year()
                } else {
                    pubd.year() - 1
                };
                (
                    y,
                    format!("\"last\" -> the most recent such month before {pubd}"),
                )
            }
            Some(Rel::Next) => {
                let y = if m > pubd.month() {
                    pubd.year()
                } else {
                    pubd.year() + 1
                };
                (y, format!("\"next\" -> the first such month after {pubd}"))
            }
            Some(Rel::This) => (pubd.year(), "\"this\" -> the publication year".to_string()),
            None => infer_year(m, dom, ctx),
        },
        (None, None) => return unresolved("XXXX", "no year or month"),
    };
    let mut v = match (month, dom) {
        (Some(m), Some(d)) => match ymd(y, m, d) {
            Some(date) => {
                let v = date_value(day(date), why);
                with_time(v, date, clock, part)
            }
            None => {
                let mut v = plain(
                    TimexType::Date,
                    format!(
                        "{}-{m:02}-{d:02}",
                        if year.is_some() {
                            format!("{y:04}")
                        } else {
                            "XXXX".into()
                        }
                    ),
                    format!("cannot resolve: {y}-{m:02}-{d:02} does not exist"),
                );
                v.given = given;
                return v;
            }
        },
        (Some(m), None) => match super::calendar::month_start(y, i64::from(m))
            .and_then(|d| Period::of(d, Grain::Month))
        {
            Some(p) => date_value(p, why),
            None => return unresolved("XXXX-XX", "month out of range"),
        },
        (None, _) => match ymd(y, 1, 1).and_then(|d| Period::of(d, Grain::Year)) {
            Some(p) => date_value(p, why),
            None => return unresolved("XXXX", "year out of range"),
        },
    };
    v.given = given;
    v
}

fn unit_grain(unit: Unit) -> Option<Grain> {
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

fn resolve_rel_unit(rel: Rel, unit: Unit, part: Option<PeriodPart>, ctx: &Context) -> TimeValue {
    let pubd = ctx.published;
    let Some(grain) = unit_grain(unit) else {
        return unresolved("XXXX-XX-XX", "unit too fine");
    };
    let n = match rel {
        Rel::Last => -1,
        Rel::This => 0,
        Rel::Next => 1,
    };
    // "the weekend" / "this weekend" in a past clause, published before it: the one just gone
    let n = if grain == Grain::Weekend
        && n == 0
        && ctx.tense == Tense::Past
        && Period::of(pubd, grain).is_some_and(|p| p.start > pubd)
    {
        -1
    } else {
        n
    };
    let Some(p) = Period::of(pubd, grain).and_then(|p| p.shift(n)) else {
        return unresolved("XXXX", "out of range");
    };
    let word = match rel {
        Rel::Last => "last",
        Rel::This => "this",
        Rel::Next => "next",
    };
    let mut v = date_value(
        p,
        format!(
            "\"{word} {}\" -> the {} {} the one holding {pubd}",
            grain.as_str(),
            grain.as_str(),
            match rel {
                Rel::Last => "before",
                Rel::This => "that is",
                Rel::Next => "after",
            }
        ),
    );
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

fn amount_str(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').to_string()
    }
}

/// An ISO 8601 duration for an amount of a unit: P3Y, PT5H, PXW, P1.5Y, PT30M.
pub fn duration_value(amount: Amount, unit: Unit) -> String {
    // A whole number of decades or centuries is written in years, as news annotation does
    // ("two decades" is P20Y); a vague amount keeps its unit (PXDE).
    let (unit, amount) = match (unit, amount) {
        (Unit::Decade, Amount::Exact(x)) => (Unit::Year, Amount::Exact(x * 10.0)),
        (Unit::Century, Amount::Exact(x)) => (Unit::Year, Amount::Exact(x * 100.0)),
        (u, a) => (u, a),
    };
    let (code, mult, time) = unit.duration_code();
    let t = if time { "T" } else { "" };
    let n = match amount {
        Amount::Vague => "X".to_string(),
        Amount::Exact(x) => {
            let x = x * mult as f64;
            if x.fract() != 0.0 {
                // A fraction goes into the next smaller unit: "2 1/2 years" is P2Y6M, "half an
                // hour" PT30M, "5 1/2 hours" PT5H30M.
                let smaller = match unit {
                    Unit::Hour => Some((60.0, "M", "T", true)),
                    Unit::Minute => Some((60.0, "S", "T", true)),
                    Unit::Day => Some((24.0, "H", "T", false)),
                    Unit::Year => Some((12.0, "M", "", false)),
                    _ => None,
                };
                if let Some((k, c, tc, same_part)) = smaller {
                    let rest = x.fract() * k;
                    if (rest - rest.round()).abs() < 1e-9 {
                        let whole = x.trunc() as i64;
                        let rest = rest.round() as i64;
                        return match (whole, same_part) {
                            (0, _) => format!("P{tc}{rest}{c}"),
                            (w, true) => format!("P{t}{w}{code}{rest}{c}"),
                            (w, false) => format!("P{t}{w}{code}{tc}{rest}{c}"),
                        };
                    }
                }
            }
            amount_str(x)
        }
    };
    format!("P{t}{n}{code}")
}

fn resolve_shift(
    amount: Amount,
    unit: Unit,
    forward: bool,
    ctx: &Context,
) -> (TimeValue, Option<usize>) {
    let pubd = ctx.published;
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
    // Reports of quarterly results count "a year ago" from the quarter they talk about.
    if unit == Unit::Year {
        if let Some((p, i, _)) = ctx
            .mentioned
            .iter()
            .rev()
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

fn resolve_anaphor(offset: i64, unit: Unit, ctx: &Context) -> (TimeValue, Option<usize>) {
    let pubd = ctx.published;
    let grain = unit_grain(unit).unwrap_or(Grain::Day);
    // The anchor: the last mentioned time at least as fine as the unit.
    // Day-level anaphora ("the next day", "later in the day") look back one sentence at most:
    // further back, the story has usually moved on and the publication day is the better guess.
    let anchor = ctx
        .mentioned
        .iter()
        .rev()
        .filter(|(_, _, s)| grain > Grain::Day || s + 1 >= ctx.sentence)
        // "the quarter", "the latest period": the quarter of the report, never one made up
        // from a payment date that happens to be mentioned before it
        .filter(|(p, _, _)| !(grain == Grain::Quarter && offset == 0) || p.grain == Grain::Quarter)
        .find(|(p, _, _)| p.grain <= grain || (grain == Grain::Year && p.grain == Grain::Quarter));
    let (base, anchor_idx, from) = match anchor {
        Some((p, i, _)) => (
            *p,
            Some(*i),
            format!("the time last mentioned ({})", p.value()),
        ),
        None => {
            // "the quarter", "the latest quarter" with no quarter mentioned: the one just reported
            let mut p = match Period::of(pubd, grain) {
                Some(p) => p,
                None => return (unresolved("XXXX", "out of range"), None),
            };
            if grain == Grain::Quarter && offset == 0 {
                p = p.shift(-1).unwrap_or(p);
            }
            (
                p,
                None,
                format!("publication ({pubd}), no earlier time in the text"),
            )
        }
    };
    // Keep the anchor's grain when it is finer than the unit ("a year earlier" than a quarter
    // is that quarter a year before), else count in units.
    let result = if offset == 0 && base.grain < grain {
        // "the quarter" after "Sept. 30", "the year" after "the third quarter": the period
        // of the unit that holds the time last mentioned.
        Period::of(base.start, grain)
    } else if base.grain < grain && base.grain != Grain::Day
        || base.grain == Grain::Quarter && grain == Grain::Year
    {
        let steps = match (grain, base.grain) {
            (Grain::Year, Grain::Quarter) => offset * 4,
            (Grain::Year, Grain::Month) => offset * 12,
            (Grain::Year, Grain::Half) => offset * 2,
            (Grain::Year, Grain::Season) => offset * 4,
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
            Grain::Month => super::calendar::add_months(base.start, offset).map(day),
            Grain::Quarter => super::calendar::add_months(base.start, offset * 3).map(day),
            Grain::Year => super::calendar::add_months(base.start, offset * 12).map(day),
            _ => Period::of(base.start, grain).and_then(|p| p.shift(offset)),
        }
    } else {
        Period::of(base.start, grain).and_then(|p| p.shift(offset))
    };
    finish_anaphor(result, offset, unit, &from, anchor_idx)
}

fn finish_anaphor(
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

fn resolve_season(season: Season, year: Option<i32>, rel: Option<Rel>, ctx: &Context) -> TimeValue {
    let pubd = ctx.published;
    let y = pubd.year();
    let candidates: Vec<Period> = (y - 2..=y + 1)
        .filter_map(|yy| Period::season(season, yy))
        .collect();
    let current = Period::of(pubd, Grain::Season);
    let chosen = if let Some(yy) = year {
        // "winter 2024": the winter that starts in December 2024
        Period::season(season, yy).map(|p| (p, format!("{} {yy} as written", season.code())))
    } else {
        let holds_pub = candidates
            .iter()
            .find(|p| p.start <= pubd && pubd < p.end)
            .copied();
        let latest_before =
            |bound: NaiveDate| candidates.iter().rev().find(|p| p.end <= bound).copied();
        let first_after = candidates.iter().find(|p| p.start > pubd).copied();
        let pick = match rel {
            Some(Rel::Last) => current.and_then(|c| latest_before(c.start)).map(|p| {
                (
                    p,
                    "\"last\" -> the most recent such season before the current one",
                )
            }),
            Some(Rel::Next) => {
                first_after.map(|p| (p, "\"next\" -> the first such season after publication"))
            }
            Some(Rel::This) => holds_pub
                .or_else(|| {
                    // the one of the publication year; for winter, the nearest one ("this
                    // winter" in October is the coming winter)
                    candidates
                        .iter()
                        .copied()
                        .find(|p| season != Season::Winter && p.start.year() == y)
                })
                .or_else(|| {
                    candidates.iter().copied().min_by_key(|p| {
                        if p.end <= pubd {
                            (pubd - p.end).num_days()
                        } else {
                            (p.start - pubd).num_days()
                        }
                    })
                })
                .map(|p| (p, "\"this\" -> the nearest one")),
            None => holds_pub
                .map(|p| (p, "the season holding publication"))
                .or_else(|| match ctx.tense {
                    Tense::Future => first_after.map(|p| (p, "future tense -> the next one")),
                    Tense::Past => {
                        latest_before(pubd).map(|p| (p, "past tense -> the most recent one"))
                    }
                    _ => {
                        let before = latest_before(pubd);
                        match (before, first_after) {
                            (Some(b), Some(a)) => Some(
                                if (pubd - b.end).num_days() <= (a.start - pubd).num_days() {
                                    (b, "no tense cue -> guessed the nearest one")
                                } else {
                                    (a, "no tense cue -> guessed the nearest one")
                                },
                            ),
                            (b, a) => b.or(a).map(|p| (p, "no tense cue -> guessed")),
                        }
                    }
                }),
        };
        pick.map(|(p, r)| (p, r.to_string()))
    };
    match chosen {
        Some((p, why)) => {
            let mut v = date_value(p, why);
            v.given.year = year.is_some();
            v
        }
        None => unresolved(&format!("XXXX-{}", season.code()), "season out of range"),
    }
}

fn resolve_part_of_year(
    grain: Grain,
    n: Option<u32>,
    year: Option<i32>,
    rel: Option<Rel>,
    ctx: &Context,
) -> TimeValue {
    let pubd = ctx.published;
    let per_year = if grain == Grain::Quarter { 3 } else { 6 };
    let Some(n) = n else {
        if grain == Grain::Quarter {
            return resolve_report_quarter(year, rel, ctx);
        }
        return unresolved("XXXX-QX", "which part of the year");
    };
    let (y, why) = match (year, rel) {
        (Some(y), _) => (y, "as written".to_string()),
        (None, Some(r)) => {
            let d = match r {
                Rel::Last => -1,
                Rel::This => 0,
                Rel::Next => 1,
            };
            (pubd.year() + d, "of the year named".to_string())
        }
        (None, None) => {
            let this_start =
                super::calendar::month_start(pubd.year(), i64::from((n - 1) * per_year + 1));
            // A past clause cannot speak of a quarter that has not begun: take last year's.
            if ctx.tense == Tense::Past && this_start.is_some_and(|s| s > pubd) {
                (
                    pubd.year() - 1,
                    format!(
                        "{} and not yet begun this year -> last year",
                        tense_phrase(ctx)
                    ),
                )
            } else {
                (pubd.year(), "the publication year".to_string())
            }
        }
    };
    match super::calendar::month_start(y, i64::from((n - 1) * per_year + 1))
        .and_then(|d| Period::of(d, grain))
    {
        Some(p) => {
            let mut v = date_value(p, why);
            v.given.year = year.is_some();
            v
        }
        None => unresolved("XXXX-QX", "out of range"),
    }
}

/// The quarter a report is about: the last quarter the text named, or else the last one
/// completed before publication.
fn report_quarter(ctx: &Context) -> Option<(Period, Option<usize>)> {
    if let Some((p, i, _)) = ctx
        .mentioned
        .iter()
        .rev()
        .find(|(p, _, _)| p.grain == Grain::Quarter)
    {
        return Some((*p, Some(*i)));
    }
    let current = Period::of(ctx.published, Grain::Quarter)?;
    Some((current.shift(-1)?, None))
}

/// "the 1988 quarter", "last year's quarter", "the quarter a year ago": the report's quarter,
/// in the year named (a relative year counts from the report's quarter).
fn resolve_report_quarter(year: Option<i32>, rel: Option<Rel>, ctx: &Context) -> TimeValue {
    let Some((base, _)) = report_quarter(ctx) else {
        return unresolved("XXXX-QX", "out of range");
    };
    let base_year = base.start.year();
    let target = match (year, rel) {
        (Some(y), _) => y,
        (None, Some(Rel::Last)) => base_year - 1,
        (None, Some(Rel::Next)) => base_year + 1,
        _ => base_year,
    };
    match base.shift(i64::from(target - base_year) * 4) {
        Some(p) => {
            let mut v = date_value(
                p,
                format!("the quarter of the report ({}) in {target}", base.value()),
            );
            v.given.year = year.is_some();
            v
        }
        None => unresolved("XXXX-QX", "out of range"),
    }
}

fn resolve_holiday(
    h: Holiday,
    year: Option<i32>,
    eve: bool,
    weekend: bool,
    ctx: &Context,
) -> TimeValue {
    let pubd = ctx.published;
    let name = holiday_name(h);
    let date_in =
        |y: i32| holiday_date(h, y).and_then(|d| if eve { add_days(d, -1) } else { Some(d) });
    let chosen = match year {
        Some(y) => date_in(y).map(|d| (d, format!("{name} {y}"))),
        None => {
            let this = date_in(pubd.year());
            let prev = date_in(pubd.year() - 1);
            let next = date_in(pubd.year() + 1);
            let on_or_before = [this, prev]
                .into_iter()
                .flatten()
                .filter(|d| *d <= pubd)
                .max();
            let on_or_after = [this, next]
                .into_iter()
                .flatten()
                .filter(|d| *d >= pubd)
                .min();
            match ctx.tense {
                Tense::Past => on_or_before.map(|d| {
                    (
                        d,
                        format!("{name} + {} -> the most recent one", tense_phrase(ctx)),
                    )
                }),
                Tense::Future => on_or_after
                    .map(|d| (d, format!("{name} + {} -> the next one", tense_phrase(ctx)))),
                _ => match (on_or_before, on_or_after) {
                    (Some(b), Some(a)) => Some(if (pubd - b).num_days() <= (a - pubd).num_days() {
                        (
                            b,
                            format!("{name}, no tense cue -> guessed the nearest one"),
                        )
                    } else {
                        (
                            a,
                            format!("{name}, no tense cue -> guessed the nearest one"),
                        )
                    }),
                    (b, a) => b.or(a).map(|d| (d, format!("{name} -> guessed"))),
                },
            }
        }
    };
    let Some((d, why)) = chosen else {
        return unresolved("XXXX-XX-XX", "holiday out of range");
    };
    if weekend {
        // The weekend next to the holiday: before a Monday holiday, else the one of its week.
        let base = if d.weekday() == Weekday::Mon {
            add_days(d, -7)
        } else {
            Some(d)
        };
        if let Some(p) = base.and_then(|b| Period::of(b, Grain::Weekend)) {
            return date_value(p, format!("{why}, its weekend"));
        }
    }
    let mut v = date_value(day(d), why);
    v.given.year = year.is_some();
    v
}

/// early / mid / late narrow the interval to its first, middle or last third.
fn apply_modifier(v: &mut TimeValue, m: Mod) {
    v.modifier = Some(m);
    if let Some(Interval {
        start: Some(s),
        end: Some(e),
    }) = v.interval
    {
        let third = (e - s) / 3;
        let narrowed = match m {
            Mod::Start => Some((s, s + third)),
            Mod::Mid => Some((s + third, e - third)),
            Mod::End => Some((e - third, e)),
            _ => None,
        };
        if let Some((a, b)) = narrowed {
            if a < b {
                v.interval = Some(Interval::new(truncate_day(a), round_up_day(b)));
                v.reason.push_str(&format!(", mod {}", m.as_str()));
            }
        }
    }
}

fn truncate_day(t: NaiveDateTime) -> NaiveDateTime {
    midnight(t.date())
}

fn round_up_day(t: NaiveDateTime) -> NaiveDateTime {
    if t.time() == chrono::NaiveTime::MIN {
        t
    } else {
        add_days(t.date(), 1).map(midnight).unwrap_or(t)
    }
}
