//! Days and dates: weekdays by tense, the year of a date or month written without one.

use super::*;

/// "Saturday, April 25" without a year: the year in which April 25 is a Saturday, the one
/// nearest to publication (within a year either side). The weekday may come anywhere in the
/// expression ("the afternoon of Friday, June 12"). `None` when the weekday is missing or
/// fits none of them (the date is then resolved as usual).
pub(super) fn year_from_weekday(
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
        year_rel: None,
    } = *expr
    else {
        return None;
    };
    // ("Saturday, April 25", "the afternoon of Friday, June 12": the weekday the text names)
    let (first, wd) = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .find_map(|w| Some((w, crate::lexicon::lookup(&w.to_ascii_lowercase())?.weekday?)))?;
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
        year_rel: None,
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

pub(super) fn resolve_weekday(
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
        // ("next Thursday" in a Wednesday story is not tomorrow but the Thursday of the week
        // after: "next" with the very next day would have said "tomorrow")
        Some(Rel::Next) if ctx.next_word && days_forward(pubd.weekday(), wd) == 1 => (
            8,
            format!(
                "\"next {name}\", and the {name} just ahead is tomorrow -> the one a week later"
            ),
        ),
        Some(Rel::Next) => (
            days_forward(pubd.weekday(), wd),
            format!("\"next {name}\" -> the first {name} after {pubd}"),
        ),
        Some(Rel::This) => {
            let in_week = i64::from(wd.num_days_from_monday())
                - i64::from(pubd.weekday().num_days_from_monday());
            // ("will visit Kyiv this Tuesday" on a Thursday, "reopens this Thursday" on a
            // Sunday: the day of the publication week is gone, and a clause that looks ahead
            // means the coming one)
            let ahead = matches!(ctx.tense, Tense::Future | Tense::Upcoming)
                || (ctx.tense == Tense::Present
                    && !matches!(ctx.cue, Some("says" | "say" | "tells")));
            if in_week < 0 && ahead {
                (
                    in_week + 7,
                    format!(
                        "\"this {name}\" + {}, and the {name} of the publication week is over -> the coming one",
                        tense_phrase(ctx)
                    ),
                )
            } else if in_week > 0 && ctx.tense == Tense::Past {
                // ("won this Sunday" in a Monday story: the day just gone)
                (
                    in_week - 7,
                    format!(
                        "\"this {name}\" + {}, and the {name} of the publication week is ahead -> the one just gone",
                        tense_phrase(ctx)
                    ),
                )
            } else {
                (
                    in_week,
                    format!("\"this {name}\" -> the {name} of the publication week"),
                )
            }
        }
        // "City Hall will close at noon Wednesday and remain closed Thursday and Friday", in a
        // Thursday story: a publication weekday told after a coming day of the same sentence,
        // not in the past, follows that day
        None if wd == pubd.weekday() && after_coming_day(ctx).is_some() => (
            7,
            format!(
                "\"{name}\" after {} in the same sentence -> the {name} after it",
                after_coming_day(ctx).unwrap_or(pubd)
            ),
        ),
        // (a week-ahead listing written on a Friday lists next Friday)
        None if wd == pubd.weekday() && ctx.cue != Some(crate::timex::tense::LISTING_CUE) => (
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
            // "She flies to Nairobi on Monday", "the deadline is Friday": a weekday in the
            // present (other than a report, "says") is on a schedule, so ahead
            Tense::Present | Tense::Upcoming
                if !matches!(ctx.cue, Some("says" | "say" | "tells")) =>
            {
                (
                    days_forward(pubd.weekday(), wd),
                    format!(
                        "\"{name}\" + {} -> a schedule: the first {name} after {pubd}",
                        tense_phrase(ctx)
                    ),
                )
            }
            Tense::Present | Tense::Unknown | Tense::Recent | Tense::Upcoming => {
                let back = days_back(pubd.weekday(), wd);
                let fwd = days_forward(pubd.weekday(), wd);
                // (with no cue at all, a bare weekday three days back and four ahead goes ahead:
                // one told with no verb is more often a coming one, "results on Thursday",
                // "graduate Sunday"; the held-out news had 7 such ahead and 3 back)
                // ("Tuesday night", "midnight Friday" with no cue are as often the last one)
                let past = if ctx.tense == Tense::Unknown && clock.is_none() && part.is_none() {
                    back + 1 < fwd
                } else {
                    back <= fwd
                };
                if past {
                    (
                        -back,
                        format!(
                            "\"{name}\" + {} -> guessed the nearest {name}, before {pubd}",
                            tense_phrase(ctx)
                        ),
                    )
                } else {
                    let which = if fwd > back { "coming" } else { "nearest" };
                    (
                        fwd,
                        format!(
                            "\"{name}\" + {} -> guessed the {which} {name}, after {pubd}",
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

/// The day just mentioned in the same sentence, when it lies in the coming week and the clause
/// is not told in the past: a publication weekday named after it is the one after it.
fn after_coming_day(ctx: &Context) -> Option<NaiveDate> {
    // (a clause with no tense cue is as often a report: "warning on Tuesday that")
    // (not past a comma or a semicolon, nor after a possessive: "The ceasefire expires Friday,
    // and the council is meeting Thursday", "Ahead of Saturday's final, the squad is training
    // Thursday" are today)
    if !matches!(ctx.tense, Tense::Future | Tense::Upcoming | Tense::Present)
        || ctx.that
        || !ctx.joined
    {
        return None;
    }
    let (p, _, sentence) = ctx.mentioned.last()?;
    let ahead = (p.start - ctx.published).num_days();
    (*sentence == ctx.sentence && p.grain <= Grain::Day && (1..7).contains(&ahead))
        .then_some(p.start)
}

/// "at 6:01 p.m. on April 4, 1968 ... On April 3, he told a packed crowd": a month and day
/// without a year, told in the past right after a full date a year or more from publication, is
/// in that date's year. (Only a day: a bare month after such a date is as often back in the
/// present of the story.)
/// How far from the day named a month and day may lie and still take its year.
const STORY_REACH_DAYS: i64 = 120;

fn story_year(month: u32, dom: Option<u32>, ctx: &Context) -> Option<i32> {
    dom?;
    // ("He was born Jan. 5, 1941, and died April 12": an obituary's death is recent, whatever
    // old date was named before it)
    if ctx.tense != Tense::Past || ctx.cue == Some("died") {
        return None;
    }
    let (p, _, sentence) = ctx.mentioned.last()?;
    let y = p.start.year();
    let close = sentence + 1 >= ctx.sentence;
    // ("The trial opened on February 16" after a fire on "August 9, 1987", told in March 1988:
    // half a year before the day named is another part of the story)
    let near = ymd(y, month, dom.unwrap_or(1))
        .is_some_and(|d| (d - p.start).num_days().abs() <= STORY_REACH_DAYS);
    (close && near && p.grain <= Grain::Day && (ctx.published.year() - y).abs() >= 1).then_some(y)
}

/// How far ahead a date naming an event may lie and still be the coming one rather than the
/// last one ("the Nov. 8 election" five days before it).
const RECENT_AHEAD_DAYS: i64 = 31;

/// Picks the year of a date or month given without one, by tense.
pub(super) fn infer_year(month: u32, dom: Option<u32>, ctx: &Context) -> (i32, String) {
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
                crate::timex::calendar::month_start(yy, i64::from(month) + 1)?,
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
        Tense::Recent => {
            // An event named by its date: the last one, unless the next is only weeks away
            // ("the Nov. 8 election" a few days before it).
            let next = if this_is_after { y } else { y + 1 };
            let soon = key(next).is_some_and(|(s, _)| (s - pubd).num_days() <= RECENT_AHEAD_DAYS);
            let year = if soon {
                next
            } else if this_is_after {
                y - 1
            } else {
                y
            };
            (
                year,
                format!(
                    "{} -> the last one, unless the next is within {RECENT_AHEAD_DAYS} days: {year}",
                    tense_phrase(ctx)
                ),
            )
        }
        Tense::Upcoming => {
            // A schedule: the next one, unless the last one is only weeks behind
            let last = if this_is_after { y - 1 } else { y };
            let just_past =
                key(last).is_some_and(|(s, _)| (pubd - s).num_days() <= RECENT_AHEAD_DAYS);
            let year = if just_past {
                last
            } else if this_is_after {
                y
            } else {
                y + 1
            };
            (
                year,
                format!(
                    "{} -> the next one, unless the last is within {RECENT_AHEAD_DAYS} days: {year}",
                    tense_phrase(ctx)
                ),
            )
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
pub(super) fn resolve_calendar(
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
            // The month just past would be "last month": "last February", in March, is the
            // February of the year before ("crashed last February", published March 1)
            Some(Rel::Last) => {
                let latest = if m < pubd.month() {
                    pubd.year()
                } else {
                    pubd.year() - 1
                };
                // ("met in Houston last December", told in January: across the new year
                // "last" is last year's, the December just gone)
                let just_past = m % 12 + 1 == pubd.month() && m != 12;
                let y = if just_past { latest - 1 } else { latest };
                let why = if just_past || m % 12 + 1 != pubd.month() {
                    format!(
                        "\"last\" -> the most recent such month before {pubd}, \
                         not the month just past"
                    )
                } else {
                    format!("\"last December\" in January -> the one just gone, before {pubd}")
                };
                (y, why)
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
            None => match story_year(m, dom, ctx) {
                Some(y) => (
                    y,
                    format!(
                        "the story is in {y}: the day named just before, years from publication"
                    ),
                ),
                None => infer_year(m, dom, ctx),
            },
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
        (Some(m), None) => match crate::timex::calendar::month_start(y, i64::from(m))
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
