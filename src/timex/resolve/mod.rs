//! The resolver: a scanned expression + the publication date (or the last mentioned time) +
//! the tense of its clause -> a TIMEX3 value, an interval, a grain and a reason.
//!
//! This module walks a document's expressions in order and dispatches each kind; the kinds are
//! resolved in `dates` (weekdays, dates without a year), `relative` (last week, two years ago,
//! the next day), `periods` (seasons, quarters, holidays), `ranges` and `durations`.

use super::period::Period;
use super::scan::Match;
use super::tense::Tense;
use super::types::*;
use super::{RangeEnd, Timex};
use crate::document::Document;
use crate::timex::calendar::{
    add_days, days_back, days_forward, holiday_dates, holiday_name, weekday_name, ymd,
};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};

mod dateline;
mod dates;
mod durations;
mod periods;
mod picked;
mod ranges;
mod relative;
mod stamps;

use dates::*;
pub use durations::duration_value;
use periods::*;
use ranges::*;
use relative::*;

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
    /// For each match of the document, whether it is a possessive ("Tuesday's elections"): a
    /// day named as the attribute of an event, not the day the story is at.
    pub possessive: &'a [bool],
    /// For each match, whether it is the last day of a reporting period ("the three months
    /// ended Dec. 31"): a boundary, not a day the story is at.
    pub period_end: &'a [bool],
    /// For each match, whether it counts from the day of writing ("yesterday", "this
    /// morning", "tonight"): a story that does is written on its publication day.
    pub deictic: &'a [bool],
    /// The expression points back with "that" ("that morning", "later that day"): it never
    /// means the publication day.
    pub that: bool,
    /// The expression opens with the word "next" itself ("next Thursday"; not "the next
    /// Thursday", "this coming Thursday"): a weekday so named skips tomorrow.
    pub next_word: bool,
    /// The time last mentioned is in the same sentence, joined to this one by plain words (no
    /// comma, semicolon or colon between), and is no possessive: "close at noon Wednesday and
    /// remain closed Thursday".
    pub joined: bool,
    /// A quarter or a half that names figures or an event already past ("will restate its
    /// results for the first quarter", "first-half accounts", "the first quarter, when sales
    /// fell"): told ahead, it is still this year's.
    pub figures: bool,
    /// "the following year", "the next month": a unit named from the time last mentioned, which
    /// is that whole unit ("the year before", "the previous year", "a year earlier" compare at
    /// the anchor's grain).
    pub names_unit: bool,
    /// The text right after the expression (up to [`PLAN_REACH`] bytes), read only when a rule
    /// asks (see [`Context::plan_told`]).
    pub after: &'a str,
}

impl Context<'_> {
    /// Does the rest of the sentence tell a plan ("The next day, jurors were scheduled to tour
    /// the scene", "the House was to take it up")? Told in the past, it may still be ahead.
    pub fn plan_told(&self) -> bool {
        let rest = &self.after[..self.after.find(['.', '!', '?']).unwrap_or(self.after.len())];
        PLAN_PHRASES.iter().any(|p| rest.contains(p))
    }
}

/// How far (in bytes) after an expression [`Context::plan_told`] reads.
const PLAN_REACH: usize = 200;

/// A day counted from now ("today", "tonight", "yesterday") at `m`, counted instead from `from`
/// (a live-blog entry's day, a dateline's), with `why` as its reason.
fn counted_from_day(
    m: &Match,
    from: NaiveDate,
    why: String,
    ctx: &Context,
) -> (TimeValue, Option<usize>) {
    let TimeExpr::DayOffset {
        offset,
        clock,
        part,
    } = m.expr
    else {
        return resolve(&m.expr, m.modifier, ctx);
    };
    match add_days(from, offset) {
        Some(d) => {
            let mut v = with_time(date_value(day(d), why), d, clock, part);
            if let Some(md) = m.modifier {
                apply_modifier(&mut v, md);
            }
            (v, None)
        }
        None => resolve(&m.expr, m.modifier, ctx),
    }
}

/// Words of a plan told in the past (see [`Context::plan_told`]).
const PLAN_PHRASES: &[&str] = &[
    " scheduled to ",
    " due to ",
    " supposed to ",
    " was to ",
    " were to ",
    " would ",
    " set to ",
    " set aside ",
    " expected",
];

/// "will meet them on Tuesday and Wednesday before returning at the end of the week": is `unit`
/// a week and the time at `a`, in the sentence `sentence`, a day of the coming week (not a far date: "between
/// Thursday and Jan. 3, ... by the end of the week"), whose week "the week" then is?
fn week_of_named_days(
    doc: &Document,
    out: &[Timex],
    unit: Unit,
    a: usize,
    sentence: usize,
) -> bool {
    unit == Unit::Week
        && out.get(a).is_some_and(|t| {
            t.sentence == sentence
                && t.value.interval.and_then(|iv| iv.start).is_some_and(|s| {
                    (0..=NEXT_WEEK_REACH).contains(&(s.date() - doc.published).num_days())
                })
        })
}

/// How many days after publication a day may lie for "the end of the week" after it to be
/// that day's week: the days of the coming week.
const NEXT_WEEK_REACH: i64 = 8;

/// How many sentences back a clock time looks for the day it is on.
const CLOCK_REACH: usize = 3;

/// Resolves the matches of one document in order, so anaphora see the times before them.
pub fn resolve_all(
    doc: &Document,
    found: &[Match],
    tenses: &[(Tense, Option<String>)],
) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(found.len());
    let mut mentioned: Vec<(Period, usize, usize)> = Vec::new();
    // "Two years ago the mill closed ... by that fall": years counted back by more than one,
    // kept out of `mentioned` as comparisons are, but a season anaphor may still count from them
    let mut years_back: Vec<(Period, usize, usize)> = Vec::new();
    // The last time inside a relative aside, kept out of `mentioned`, and where it ends: an
    // anaphor later in the same aside still counts from it ("which heard arguments on Sept. 23
    // and ruled three weeks later,")
    let mut aside: Option<((Period, usize, usize), usize)> = None;
    let entry_days = stamps::entry_days(doc, found);
    let in_entry = stamps::within_entries(&entry_days);
    // (a live blog's entries have days of their own; only a plain story goes by its dateline)
    let dateline =
        dateline::dateline_day(doc, found).filter(|_| in_entry.iter().all(Option::is_none));
    // (counted once, and only when a quotation asks)
    let game_story = std::cell::OnceCell::new();
    let twenty_four_hour = uses_24_hour_clock(doc, found);
    let deictic: Vec<bool> = found
        .iter()
        .map(|m| matches!(m.expr, TimeExpr::DayOffset { .. }))
        .collect();
    let possessive: Vec<bool> = found
        .iter()
        .map(|m| {
            let after = &doc.text[m.end..];
            after.starts_with("'s") || after.starts_with("’s")
        })
        .collect();
    let period_end: Vec<bool> = (0..found.len())
        .map(|n| ends_reporting_period(doc, found, n))
        .collect();
    for (n, m) in found.iter().enumerate() {
        let evening;
        // A small-hours clock time moved past midnight by the evening before it (see
        // [`morning_after_evening`]): the story's day stays the evening's for later anaphora
        // ("By 1 a.m. the score was still 2-2 ... it resumed the following evening").
        let mut into_the_night = false;
        // ("from 08:00", "starts at 11:00" in a text that writes "19:45": a 24-hour clock
        // already says its half)
        let shifted = if twenty_four_hour || leading_zero(doc, m) {
            None
        } else {
            in_the_evening(doc, m).or_else(|| after_an_afternoon_clock(doc, m, &out))
        };
        let shifted = shifted
            .or_else(|| holiday_in_named_year(doc, m))
            .or_else(|| date_in_opening_year(doc, found, n));
        let m = match shifted {
            Some(expr) => {
                evening = Match { expr, ..m.clone() };
                &evening
            }
            None => m,
        };
        let (tense, cue) = &tenses[n];
        let with_aside_store: Vec<(Period, usize, usize)>;
        // (or, with no other time named yet, the aside's: "The bridge, which opened in March,
        // was closed two months later")
        let same_aside = aside.filter(|((_, _, s), end)| {
            (*s == m.sentence
                && doc
                    .text
                    .get(*end..m.start)
                    .is_some_and(|between| !between.contains([',', '.', ';'])))
                || mentioned.is_empty()
        });
        // ("reopened on Thursday, four days later": a count set beside the time just named is
        // that time, counted from the one before it; not "on Nov. 12, six weeks later than
        // planned")
        let beside_last = m.rule == "shift"
            && mentioned.last().is_some_and(|(_, i, s)| {
                *i + 1 == n
                    && *s == m.sentence
                    && doc.text.get(found[*i].end..m.start) == Some(", ")
            })
            && !doc.text[m.end..].trim_start().starts_with("than");
        let in_view: &[(Period, usize, usize)] = match same_aside {
            Some((entry, _)) => {
                with_aside_store = mentioned.iter().copied().chain([entry]).collect();
                &with_aside_store
            }
            None if beside_last => &mentioned[..mentioned.len() - 1],
            None => &mentioned,
        };
        // (does the expression's own text open with `prefix`, in any case?)
        let opens_with = |prefix: &str| {
            doc.text
                .get(m.start..m.start + prefix.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(prefix))
        };
        let ctx = Context {
            published: doc.published,
            tense: if is_anniversary(doc, m) || this_weekday_told_after(doc, m, cue.as_deref()) {
                Tense::Unknown
            } else {
                *tense
            },
            cue: cue.as_deref(),
            mentioned: in_view,
            sentence: m.sentence,
            counted: m.rule == "shift",
            possessive: &possessive,
            period_end: &period_end,
            deictic: &deictic,
            that: opens_with("that ") || opens_with("later that ") || opens_with("earlier that "),
            next_word: opens_with("next ")
                && !doc.text[..m.start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("this"))
                // ("next Thursday, April 17" written on April 16: the date beside it says
                // tomorrow)
                && !found.get(n + 1).is_some_and(|f| {
                    let tomorrow = doc.published.succ_opt();
                    matches!(
                        f.expr,
                        TimeExpr::Calendar { month: Some(mo), day: Some(dd), .. }
                            if tomorrow.is_some_and(|t| t.month() == mo && t.day() == dd)
                    ) && doc.text.get(m.end..f.start).is_some_and(|b| b.trim() == ",")
                }),
            joined: mentioned.last().is_some_and(|(_, i, s)| {
                *s == m.sentence
                    && !possessive.get(*i).copied().unwrap_or(true)
                    && found.get(*i).is_some_and(|before| {
                        doc.text
                            .get(before.end..m.start)
                            .is_some_and(plainly_joined)
                    })
            }),
            figures: names_figures(doc, m),
            // ("from the previous year" compares, at the month, as "a year earlier" does)
            names_unit: opens_with("the following ") || opens_with("the next "),
            after: &doc.text[m.end
                ..doc
                    .text
                    .floor_char_boundary((m.end + PLAN_REACH).min(doc.text.len()))],
        };
        let (value, anchor) = match m.range_from.and_then(|k| out.get(k).map(|t| (k, t))) {
            _ if weekday_range_in_schedule(doc, found, n).is_some() => {
                let day = weekday_range_in_schedule(doc, found, n).expect("checked by the guard");
                let mut v = plain(
                    TimexType::Set,
                    format!("XXXX-WXX-{}", day.number_from_monday()),
                    "a range of weekdays in a sentence that repeats: every such weekday",
                );
                v.quant = None;
                (v, None)
            }
            // "the season usually runs from June to November", "Ticks are most active from May
            // through July ... every year": a month in a habitual sentence is any year's
            _ if is_habitual_month(m, doc, &ctx) => {
                let TimeExpr::Calendar {
                    month: Some(month), ..
                } = m.expr
                else {
                    unreachable!("checked by is_habitual_month")
                };
                let mut v = plain(
                    TimexType::Date,
                    format!("XXXX-{month:02}"),
                    "a month in a sentence about what happens every year",
                );
                v.modifier = m.modifier;
                (v, None)
            }
            // "from 4 to 8 p.m. on Friday": the second clock is on the day named after it, too
            Some(_)
                if matches!(m.expr, TimeExpr::ClockTime { .. })
                    && clock_on_day_after(doc, found, tenses, n, &ctx).is_some() =>
            {
                let (v, k) =
                    clock_on_day_after(doc, found, tenses, n, &ctx).expect("checked by the guard");
                (v, Some(k))
            }
            // ("between Thanksgiving and Christmas", written the day after Thanksgiving: the
            // stretch going on, not next year's)
            Some((k, _))
                if current_range_start(&found[k], k, &m.expr, m.modifier, &ctx).is_some() =>
            {
                let (first_value, v) = current_range_start(&found[k], k, &m.expr, m.modifier, &ctx)
                    .expect("checked by the guard");
                out[k].value = first_value;
                (v, None)
            }
            Some((k, first)) => {
                let (v, a) = resolve_range_end(&m.expr, m.modifier, first, &ctx);
                // "from March to May 2024": the first end takes the year the second one gives
                // ("from March to May last year": or names)
                let named_year = match m.expr {
                    TimeExpr::Calendar {
                        year_rel: Some(_), ..
                    } => v.interval.and_then(|iv| iv.start).map(|t| t.date().year()),
                    _ => None,
                };
                if let Some(y) = given_year(&m.expr).or(named_year) {
                    let redone = first_end_in_year(&found[k], y, &v, &ctx);
                    if let Some(first_value) = redone {
                        out[k].value = first_value;
                    }
                }
                (v, a)
            }
            // "10:20 a.m. - Schools report absences ...": a live-blog timestamp is on the day
            // of its entry
            None if entry_days[n].is_some() => {
                let (TimeExpr::ClockTime { clock }, Some(d)) = (&m.expr, entry_days[n]) else {
                    unreachable!("checked by entry_days")
                };
                let v = date_value(day(d), "a live-blog timestamp: the day of its entry".into());
                (with_time(v, d, Some(*clock), None), None)
            }
            // "By the turn of the century the ferry made 40 crossings" after 1874: the turn
            // nearest the year last named, else the publication year
            None if m.rule == "turn_of_century" => {
                let (from, anchor) = match mentioned
                    .iter()
                    .rev()
                    .find(|(p, _, _)| p.grain <= Grain::Year)
                {
                    Some((p, i, _)) => (p.start.year(), Some(*i)),
                    None => (doc.published.year(), None),
                };
                let turn = (from + 50).div_euclid(100) * 100;
                match Period::of(ymd(turn, 1, 1).unwrap_or(doc.published), Grain::Year) {
                    Some(p) => (
                        date_value(p, format!("the turn of the century nearest {from}")),
                        anchor,
                    ),
                    None => resolve(&m.expr, m.modifier, &ctx),
                }
            }
            // "In 38 years I have written 4,100 columns": "in N units" before a present perfect
            // is the stretch just lived, a length of time
            None if in_units_lived(doc, m) => {
                let TimeExpr::Shift { amount, unit, .. } = m.expr else {
                    unreachable!("checked by in_units_lived")
                };
                (
                    plain(
                        TimexType::Duration,
                        durations::duration_value(amount, unit),
                        "\"in N units\" before a present perfect: a length of time",
                    ),
                    None,
                )
            }
            // "buses leave every 15 minutes from 6 a.m. to 9 a.m.", "open daily until 7 p.m.":
            // a clock time in a sentence that repeats is any day's
            None if in_a_schedule(doc, found, n) && !reported_at(doc, m) => {
                let TimeExpr::ClockTime { clock } = m.expr else {
                    unreachable!("checked by in_a_schedule")
                };
                let mut v = plain(
                    TimexType::Time,
                    format!("XXXX-XX-XXT{:02}:{:02}", clock.hour, clock.minute),
                    "a clock time in a sentence that repeats: any day's",
                );
                v.grain = Some(Grain::Minute);
                (v, None)
            }
            // "from 6 a.m. to 7 p.m. on Election Day", "until 6 p.m. on Christmas Eve": the day
            // named right after the clock time
            None if matches!(m.expr, TimeExpr::ClockTime { .. }) => {
                match clock_on_day_after(doc, found, tenses, n, &ctx) {
                    Some((v, k)) => (v, Some(k)),
                    // "a report to be released Tuesday at 9 a.m.": the day right before "at"
                    None if day_right_before(doc, found, &out, n).is_some() => {
                        let (d, k) = day_right_before(doc, found, &out, n).expect("checked");
                        let TimeExpr::ClockTime { clock } = m.expr else {
                            unreachable!("checked by the guard")
                        };
                        let why = "clock time on the day named right before \"at\"";
                        let mut v = with_time(date_value(day(d), why.into()), d, Some(clock), None);
                        if let Some(md) = m.modifier {
                            apply_modifier(&mut v, md);
                        }
                        (v, Some(k))
                    }
                    // "Eurostat said at 1000 GMT", "in a statement released at 3:45 p.m.": the
                    // time of the report is on the day of publication
                    // ("ends Wednesday with a statement at 2 p.m.": a report still to come is on
                    // the day its sentence names, below)
                    None if reported_at(doc, m)
                        && !matches!(ctx.tense, Tense::Future | Tense::Upcoming) =>
                    {
                        let TimeExpr::ClockTime { clock } = m.expr else {
                            unreachable!("checked by the guard")
                        };
                        let d = doc.published;
                        let why = "the time of a report (\"said at\", \"a statement released at\"): the publication day";
                        let mut v = with_time(date_value(day(d), why.into()), d, Some(clock), None);
                        if let Some(md) = m.modifier {
                            apply_modifier(&mut v, md);
                        }
                        (v, None)
                    }
                    None => match day_of_same_event(tenses, n, &ctx) {
                        Some((d, k)) => {
                            let TimeExpr::ClockTime { clock } = m.expr else {
                                unreachable!("checked by the guard")
                            };
                            let why = format!(
                                "clock time on the day of the event told with the same verb (\"{}\")",
                                ctx.cue.unwrap_or_default()
                            );
                            let mut v = with_time(date_value(day(d), why), d, Some(clock), None);
                            if let Some(md) = m.modifier {
                                apply_modifier(&mut v, md);
                            }
                            (v, Some(k))
                        }
                        None => {
                            let (v, anchor) = resolve(&m.expr, m.modifier, &ctx);
                            let past = ctx.tense == Tense::Past;
                            let ahead = matches!(ctx.tense, Tense::Future | Tense::Upcoming);
                            match midnight_begun(doc, m, &v, anchor, &out, past, ahead) {
                                Some(v2) => (v2, anchor),
                                None => match morning_after_midnight(m, &v, anchor, &out, past) {
                                    Some(v3) => (v3, anchor),
                                    None => match morning_after_evening(doc, m, &v, &out, &ctx) {
                                        Some(v4) => {
                                            into_the_night = true;
                                            (v4, anchor)
                                        }
                                        None => (v, anchor),
                                    },
                                },
                            }
                        }
                    },
                }
            }
            // "that summer": the season of the year last mentioned
            None if m.rule == "season_anaphor" => match (
                &m.expr,
                mentioned
                    .iter()
                    .rev()
                    .find(|(p, _, _)| p.grain <= Grain::Year)
                    .into_iter()
                    .chain(
                        years_back
                            .last()
                            .filter(|(_, _, sent)| sent + 2 >= m.sentence),
                    )
                    .max_by_key(|(_, i, _)| *i),
            ) {
                // "the following spring": the first one starting after the time last named
                (
                    TimeExpr::Season {
                        season,
                        rel: Some(rel),
                        ..
                    },
                    Some((p, i, _)),
                ) => {
                    let y = p.start.year();
                    let pick = (y - 1..=y + 2)
                        .filter_map(|yy| Period::season(*season, yy))
                        .filter(|q| match rel {
                            Rel::Last => q.end <= p.start,
                            _ => q.start >= p.end,
                        })
                        .reduce(|a, b| match rel {
                            Rel::Last => b,
                            _ => a,
                        });
                    match pick {
                        Some(q) => (
                            date_value(
                                q,
                                "the season after (or before) the time last named".into(),
                            ),
                            Some(*i),
                        ),
                        None => resolve(&m.expr, m.modifier, &ctx),
                    }
                }
                (TimeExpr::Season { season, .. }, Some((p, i, _))) => {
                    let in_year = TimeExpr::Season {
                        season: *season,
                        year: Some(p.start.year()),
                        rel: None,
                    };
                    let (v, _) = resolve(&in_year, m.modifier, &ctx);
                    (v, Some(*i))
                }
                (TimeExpr::Calendar { month, rel, .. }, Some((p, i, _))) => {
                    // "the following June": the first June after the time last named; "the
                    // previous June" the last one before it
                    let y = p.start.year();
                    let m0 = p.start.month();
                    // (after a whole year, "met in 1933 ... the following June", the next year)
                    let whole_year = p.grain >= Grain::Year;
                    let year = match (rel, month) {
                        (Some(Rel::Next), Some(mo)) if whole_year || *mo <= m0 => y + 1,
                        (Some(Rel::Last), Some(mo)) if whole_year || *mo >= m0 => y - 1,
                        _ => y,
                    };
                    let in_year = TimeExpr::Calendar {
                        year: Some(year),
                        month: *month,
                        day: None,
                        rel: None,
                        clock: None,
                        part: None,
                        year_rel: None,
                    };
                    let (v, _) = resolve(&in_year, m.modifier, &ctx);
                    (v, Some(*i))
                }
                _ => resolve(&m.expr, m.modifier, &ctx),
            },
            // "about 20 minutes later", "two hours earlier": from the clock time last named,
            // else a length of time
            None if is_clock_offset(&m.expr) => clock_offset(&m.expr, &out, m.sentence),
            // "The town was rebuilt by 1899. Today, about 35,000 people live there": the
            // present set against a past decades back is the present in general
            None if is_today_after_history(m, doc, &ctx) => (
                plain(
                    TimexType::Date,
                    FuzzyRef::Present.value(),
                    "'Today,' in the present after a story decades back: the present",
                ),
                None,
            ),
            // "net profit for the first nine months of the year rose 7%", in April: the months
            // have not passed this year, so the year is the last one
            None if year_before_its_months(doc, m, &ctx).is_some() => (
                year_before_its_months(doc, m, &ctx).expect("checked by the guard"),
                None,
            ),
            // "fell overnight", "crews worked through the night": the night of the day last
            // named; with none, the night just past when told in the past, else the coming one
            // ("Overnight, 9 inches of snow fell", "rain overnight has cleared": "overnight" told
            // in the past is the night that ended on the day of publication, even when that day
            // was named before it; "snow is forecast overnight" is the coming night)
            None if is_night_alone(m) => match resolve(&m.expr, m.modifier, &ctx) {
                (v, a)
                    if m.rule == "overnight"
                        && (matches!(ctx.tense, Tense::Past | Tense::Recent)
                            || matches!(ctx.cue, Some("has" | "have")))
                        && day_written(&v).is_none_or(|d| d >= doc.published) =>
                {
                    match night_before_publication(doc, "overnight, told in the past") {
                        Some(v) => (v, None),
                        None => (v, a),
                    }
                }
                (_, None) if matches!(ctx.tense, Tense::Past | Tense::Recent) => {
                    match night_before_publication(
                        doc,
                        "the night, told in the past with no day named",
                    ) {
                        Some(v) => (v, None),
                        None => resolve(&m.expr, m.modifier, &ctx),
                    }
                }
                r => r,
            },
            // "the previous Friday": counted from the day last named
            None if m.rule == "weekday_anaphor" => match weekday_from_anchor(&m.expr, &ctx) {
                Some(r) => r,
                // ("That Saturday, we went fishing." with no day named before: the weekday
                // by the tense of its clause)
                None => {
                    let mut plain = m.expr.clone();
                    if let TimeExpr::Weekday { rel, .. } = &mut plain {
                        if *rel == Some(Rel::This) {
                            *rel = None;
                        }
                    }
                    resolve(&plain, m.modifier, &ctx)
                }
            },
            // "the week ended Friday", "the week ending July 18": the week that holds that day
            None if week_ended(doc, found, tenses, n, &ctx).is_some() => {
                week_ended(doc, found, tenses, n, &ctx).expect("checked by the guard")
            }
            // "On Jan. 11, 1998, a Sunday, she called": the weekday set beside a date is that day
            // "at 10:42 a.m. on Oct. 17, 1955, ... brought up on the morning of Oct. 20": a
            // month and day with no year, told soon after a day of a year long past, is near it
            None if day_in_story_year(&m.expr, &ctx).is_some() => {
                let (expr, anchor) =
                    day_in_story_year(&m.expr, &ctx).expect("checked by the guard");
                let (mut v, _) = resolve(&expr, m.modifier, &ctx);
                v.reason
                    .push_str(" (the year of the day named just before, long before publication)");
                (v, Some(anchor))
            }
            // "delayed twice last year, first from the spring": a season after "last year" in
            // its sentence, with only words that carry the year on between, is in that year
            None if matches!(
                m.expr,
                TimeExpr::Season {
                    year: None,
                    rel: None,
                    ..
                }
            ) && relative_year_before(doc, found, n).is_some() =>
            {
                let k = relative_year_before(doc, found, n).expect("checked by the guard");
                let TimeExpr::Season { season, .. } = m.expr else {
                    unreachable!("checked by the guard")
                };
                match out
                    .get(k)
                    .and_then(|t| t.value.interval?.start)
                    .and_then(|start| Period::season(season, start.date().year()))
                {
                    Some(p) => (
                        date_value(
                            p,
                            "a season in the year its sentence named before it".into(),
                        ),
                        Some(k),
                    ),
                    None => resolve(&m.expr, m.modifier, &ctx),
                }
            }
            // "on Oct. 19 last year": a date right before "last year", "next year"
            None if year_right_after(doc, found, n).is_some() => {
                let year = year_right_after(doc, found, n).expect("checked by the guard");
                let mut dated = m.expr.clone();
                if let TimeExpr::Calendar { year: y, .. } = &mut dated {
                    *y = Some(year);
                }
                let (mut v, _) = resolve(&dated, m.modifier, &ctx);
                v.given.year = false;
                v.reason.push_str(" (the year named right after it)");
                // (no anchor: the date stays a time later anaphora count from)
                (v, None)
            }
            None if month_in_sentence_year(doc, found, n, &ctx).is_some() => {
                let (expr, anchor) =
                    month_in_sentence_year(doc, found, n, &ctx).expect("checked by the guard");
                let (mut v, _) = resolve(&expr, m.modifier, &ctx);
                v.reason.push_str(" (the year that opens its sentence)");
                (v, Some(anchor))
            }
            // "9:02 p.m. - ... is watching results at home tonight" in an entry of the evening
            // before publication: a day counted from now is counted from the entry's day
            None if matches!(m.expr, TimeExpr::DayOffset { .. })
                && in_entry[n].is_some_and(|d| d != doc.published) =>
            {
                let entry = in_entry[n].expect("checked by the guard");
                let why = format!("counted from the day of its live-blog entry ({entry})");
                counted_from_day(m, entry, why, &ctx)
            }
            // "ROME, Oct. 24 — ... survived its first test in Parliament today" published on Oct.
            // 25: a day counted from now is counted from the dateline's day
            None if matches!(m.expr, TimeExpr::DayOffset { offset: 0, .. })
                && dateline.is_some() =>
            {
                let filed = dateline.expect("checked by the guard");
                let why = format!("counted from the day of the dateline ({filed})");
                counted_from_day(m, filed, why, &ctx)
            }
            // '"Tonight we looked like a team," the coach said' in a story of the day before:
            // a day counted in a quotation is counted from the day it was said
            None if quoted_day(doc, m, &ctx, &game_story).is_some() => {
                let (d, anchor, why) =
                    quoted_day(doc, m, &ctx, &game_story).expect("checked by the guard");
                let TimeExpr::DayOffset { clock, part, .. } = m.expr else {
                    unreachable!("checked by quoted_day")
                };
                let mut v = with_time(date_value(day(d), why), d, clock, part);
                if let Some(md) = m.modifier {
                    apply_modifier(&mut v, md);
                }
                (v, anchor)
            }
            // "to average $42 in the fourth quarter, up from $29 in the same period last
            // year": the quarter named just before in the sentence, a year back, even one still
            // ahead (which later anaphora skip)
            None if matches!(
                m.expr,
                TimeExpr::Quarter {
                    quarter: None,
                    rel: Some(_),
                    ..
                }
            ) && n > 0
                && found[n - 1].sentence == m.sentence
                && out[n - 1].value.grain == Some(Grain::Quarter) =>
            {
                let TimeExpr::Quarter { year, rel, .. } = m.expr else {
                    unreachable!("the rule writes quarters")
                };
                match out[n - 1]
                    .value
                    .interval
                    .and_then(|iv| iv.start)
                    .and_then(|start| Period::of(start.date(), Grain::Quarter))
                {
                    Some(base) => (
                        periods::quarter_of_base_in_year(base, year, rel),
                        Some(n - 1),
                    ),
                    None => resolve(&m.expr, m.modifier, &ctx),
                }
            }
            // "opens Thursday, July 5, and runs through Sunday": the end of a stretch begun on
            // the day named before it
            None if weekday_through(doc, m, &ctx).is_some() => {
                let (v, anchor) = weekday_through(doc, m, &ctx).expect("checked by the guard");
                (v, Some(anchor))
            }
            None if n > 0 && appositive_weekday(doc, &found[n - 1], &out[n - 1], m).is_some() => {
                let d = appositive_weekday(doc, &found[n - 1], &out[n - 1], m)
                    .expect("checked by the guard");
                let v = date_value(day(d), "the weekday set beside the date before it".into());
                (v, Some(n - 1))
            }
            // "Fifty-three years ago today ... 'It was a Tuesday,' said Ashe": the day of the
            // story, named just before, told by its weekday
            // "Three days later, on March 5, police arrested him", "Two years later, in 2010":
            // the date set beside a counted anaphor is its value
            None if date_beside_anaphor(doc, found, n).is_some() => {
                let k = date_beside_anaphor(doc, found, n).expect("checked by the guard");
                let mut v = resolve_in_own_clause(found, tenses, k, &ctx);
                v.reason = format!("the date set beside it ({})", v.value);
                (v, None)
            }
            None if copula_weekday(doc, m, &mentioned).is_some() => {
                let (d, k) = copula_weekday(doc, m, &mentioned).expect("checked by the guard");
                let v = date_value(
                    day(d),
                    "\"it was a <weekday>\": the day named just before".into(),
                );
                (v, Some(k))
            }
            // "next Thursday and Friday": the second weekday is the first one after the first
            None if n > 0 && coordinated_weekday(doc, &found[n - 1], m) => {
                resolve_range_end(&m.expr, m.modifier, &out[n - 1], &ctx)
            }
            None => match year_from_weekday(&m.expr, m.modifier, &doc.text[m.start..m.end], &ctx) {
                Some(v) => (v, None),
                // "forecast an increase for the full year": a report's own year, never one
                // mentioned years away ("by 1992")
                None if is_own_year(&m.expr, &doc.text[m.start..m.end]) => {
                    resolve_among(m, &ctx, |p| {
                        (p.start.year() - doc.published.year()).abs() <= 1
                    })
                }

                // ("swings were likely before the quarter ends on Friday": the quarter whose end
                // is told is the one under way, not the last one reported)
                None if is_quarter_told_ending(doc, m) => {
                    match quarter_told_ending(found, tenses, n, &ctx) {
                        Some(v) => (v, None),
                        None => resolve(&m.expr, m.modifier, &ctx),
                    }
                }
                // "For the nine months, ... compared with a loss a year earlier": the months
                // of the year before, so that year
                None if is_comparison(&m.expr) && months_of_report_before(doc, found, n) => {
                    year_before_report(&ctx)
                }
                // "its fiscal third quarter, which ended March 31" in April: a fiscal quarter
                // is numbered in its own year, so it is the quarter just reported, labelled
                // with the year that quarter ended in (TimeBank's 1989-Q1 for a fiscal first
                // quarter ended Sept. 30, 1989)
                None if fiscal_quarter_reported(&m.expr, &doc.text[m.start..m.end], &ctx) => {
                    let TimeExpr::Quarter { quarter, .. } = m.expr else {
                        unreachable!("checked by fiscal_quarter_reported")
                    };
                    // (results come out some weeks after the quarter: "the fiscal first
                    // quarter" reported in mid-March ended in December to February, and the
                    // annotators label it with the new year, as the quarter's own year)
                    let reported =
                        (doc.published - chrono::Duration::days(FISCAL_REPORT_LAG_DAYS)).year();
                    let in_year = TimeExpr::Quarter {
                        quarter,
                        year: Some(reported),
                        rel: None,
                    };
                    resolve(&in_year, m.modifier, &ctx)
                }
                // "the year-ago results" after "a loss in the 1988 period": a comparison with
                // the report's own period, never with a period already a year back
                None if is_year_ago_adjective(&m.expr, &doc.text[m.start..m.end]) => {
                    resolve_among(m, &ctx, |p| {
                        (doc.published - p.end).num_days() < REPORT_PERIOD_REACH_DAYS
                    })
                }
                // "the quarter ended Sept. 29" after "the fiscal first quarter": the same one
                None if m.rule == "quarter_ended"
                    && mentioned.iter().any(|(p, _, _)| p.grain == Grain::Quarter) =>
                {
                    let same = TimeExpr::Anaphor {
                        offset: 0,
                        unit: Unit::Quarter,
                        part: None,
                    };
                    resolve(&same, m.modifier, &ctx)
                }
                None => resolve(&m.expr, m.modifier, &ctx),
            },
        };
        // "reports fourth-quarter results on Tuesday": the quarter whose results come out is
        // one over, or about to be, whatever the tense of the report
        let (value, anchor) = match results_quarter(doc, found, tenses, n, &ctx) {
            Some(v) => (v, None),
            None => (value, anchor),
        };
        // "the afternoon of Friday, June 12": a date that names its weekday is in a year where
        // the two agree
        let (value, anchor) = match weekday_agreeing(m, &doc.text[m.start..m.end], &value, &ctx) {
            Some(v) => (v, None),
            None => (value, anchor),
        };
        // "before colder air returns for the weekend", "the coming weekend", written on a
        // Sunday: the next one ("this weekend" stays the one ending today)
        let (value, anchor) = if matches!(
            m.expr,
            TimeExpr::RelUnit {
                rel: Rel::This,
                unit: Unit::Weekend,
                part: None
            }
        ) && doc.published.weekday() == Weekday::Sun
            && matches!(tense, Tense::Future | Tense::Upcoming)
            && doc.text[m.start..m.end]
                .to_ascii_lowercase()
                .starts_with("the ")
        {
            rel_unit_instead(
                Rel::Next,
                Unit::Weekend,
                m.modifier,
                &ctx,
                " (\"the weekend\" ahead, told on a Sunday: the next one)",
            )
        } else {
            (value, anchor)
        };
        // "The S&P 500 gained 4.1 percent this past week", written on a Saturday or Sunday: the
        // week now ending, not the one before it
        let (value, anchor) = if matches!(
            m.expr,
            TimeExpr::RelUnit {
                rel: Rel::Last,
                unit: Unit::Week,
                part: None
            }
        ) && matches!(doc.published.weekday(), Weekday::Sat | Weekday::Sun)
            && doc.text[m.start..m.end]
                .to_ascii_lowercase()
                .starts_with("this past")
        {
            rel_unit_instead(
                Rel::This,
                Unit::Week,
                m.modifier,
                &ctx,
                " (\"this past week\" at a weekend: the week now ending)",
            )
        } else {
            (value, anchor)
        };
        // "whose country holds the presidency until the end of the year", "the agreement expires
        // at the end of the year", after a date in a later year: the end of the present year,
        // not of the year last named (told in the past, the year last named stands)
        let (value, anchor) = match (&m.expr, m.modifier, anchor) {
            (
                TimeExpr::Anaphor {
                    offset: 0,
                    unit: unit @ (Unit::Week | Unit::Month | Unit::Year),
                    part: None,
                },
                Some(Mod::End | Mod::Start),
                Some(a),
            ) if !matches!(tense, Tense::Past | Tense::Recent)
                && !week_of_named_days(doc, &out, *unit, a, m.sentence)
                && relative::unit_grain(*unit)
                    .and_then(|g| Period::of(doc.published, g))
                    .zip(value.interval.and_then(|iv| iv.start))
                    .is_some_and(|(now, start)| {
                        // ("the finance director, who leaves at the end of the year", after
                        // "the same period of 2004": told ahead, an earlier year does not hold)
                        start.date() >= now.end
                            || (matches!(tense, Tense::Future | Tense::Upcoming | Tense::Present)
                                && start.date() < now.start)
                    }) =>
            {
                let this = TimeExpr::RelUnit {
                    rel: Rel::This,
                    unit: *unit,
                    part: None,
                };
                let (mut v, _) = resolve(&this, m.modifier, &ctx);
                v.reason.push_str(
                    " (the end or start of a period, not told in the past, after a later one named: the present one)",
                );
                (v, None)
            }
            // "The index has risen 4 per cent since the start of the year": what has run
            // since the start of a period up to now is in the present period, whatever year was
            // named before
            (
                TimeExpr::Anaphor {
                    offset: 0,
                    unit: unit @ (Unit::Week | Unit::Month | Unit::Year),
                    part: None,
                },
                Some(Mod::Start),
                Some(_),
            ) if (*tense == Tense::Recent || ctx.cue == Some("since"))
                && relative::unit_grain(*unit)
                    .and_then(|g| Period::of(doc.published, g))
                    .zip(value.interval.and_then(|iv| iv.start))
                    .is_some_and(|(now, start)| start.date() != now.start) =>
            {
                let this = TimeExpr::RelUnit {
                    rel: Rel::This,
                    unit: *unit,
                    part: None,
                };
                let (mut v, _) = resolve(&this, m.modifier, &ctx);
                v.reason
                    .push_str(" (the start of a period, in the present perfect: the present one)");
                (v, None)
            }
            _ => (value, anchor),
        };
        // "from eleven o'clock until one a.m.", "did not let up until 2 a.m.": the small hours
        // after an evening are the next day's
        // ("extra trains on New Year's Eve until 3 a.m.": "until" the small hours runs on
        // through the night of the day it is on)
        // (not when the day is named after it: "until 2 a.m. on New Year's Day"; nor for the
        // publication day told in the past: "counted until nearly 3 a.m." is the night before)
        let until = anchor.is_none_or(|a| a < n)
            && (anchor.is_some() || matches!(tense, Tense::Future | Tense::Upcoming))
            && doc.text[..m.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "until" | "till"));
        // (the next-morning reading needs "a.m." said: "By 8 a.m., 17 inches had fallen")
        // ("By 8 a.m." is a deadline, so its tense is unknown)
        let told_past = matches!(tense, Tense::Past | Tense::Recent | Tense::Unknown)
            && names_half(&doc.text[m.start..m.end].to_ascii_lowercase());
        // ("began falling around 11 p.m. Friday and was still coming down heavily at noon": the
        // noon after the evening, told as going on since)
        let still = *tense == Tense::Past
            && out.last().is_some_and(|t| {
                t.sentence == m.sentence
                    && doc
                        .text
                        .get(t.end..m.start)
                        .is_some_and(|between| between.len() < 80 && between.contains(" still "))
            });
        // ("between midnight and 7 a.m. Saturday": a clock time dated by a day named after it
        // already has its day)
        let dated_ahead = anchor.is_some_and(|a| a > n);
        // ("started at 4 p.m. local time (0500 GMT)": the same moment in another zone, on the
        // same date when the zones are at most 12 hours apart)
        let same_moment = same_moment_in_brackets(doc, &out, m);
        // ("Forecasters had issued a warning at 6 a.m.", "Earlier, at 9 a.m.": told as before
        // the time named last)
        // (the clause before a clock reading, lower-cased, read once for both tests below)
        let clause = matches!(m.expr, TimeExpr::ClockTime { .. }).then(|| {
            let from = doc
                .text
                .floor_char_boundary(m.start.saturating_sub(TOLD_BEFORE_REACH));
            doc.text[from..m.start]
                .rsplit(['.', '!', '?'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        });
        let told_before = clause
            .as_deref()
            .is_some_and(|c| c.contains(" had ") || c.contains("earlier"));
        // ("contained the fire late Sunday, nearly 20 hours after it was reported at 3 a.m.":
        // a clause that counts back from the time named before)
        let counts_back = clause
            .as_deref()
            .is_some_and(|c| BACK_WORDS.iter().any(|w| c.contains(w)));
        let telling = Telling {
            until,
            past: told_past || still,
            still,
            before: told_before,
            counts_back,
        };
        // ("the clocks had gone forward at 1 a.m.", "a warning issued at 4:50 a.m.", told in
        // the past: never moved past the publication day; a reading in GMT is the arithmetic
        // of zones, not the story's)
        let past_publication = |v: &TimeValue| {
            matches!(tense, Tense::Past | Tense::Recent)
                && !doc.text[m.start..m.end].contains("GMT")
                && v.interval
                    .and_then(|iv| iv.start)
                    .is_some_and(|s| s.date() > doc.published)
        };
        let value = match small_hours_after_evening(&m.expr, &value, &out, m.sentence, telling) {
            Some(v) if !dated_ahead && !same_moment && !past_publication(&v) => v,
            _ => value,
        };
        // "the week of March 6", "Easter week": the week that holds the day; "the weekend of
        // May 31" the weekend of that week
        let value = match (m.rule, value.interval.and_then(|iv| iv.start)) {
            ("weekend_of", Some(start)) if value.grain == Some(Grain::Day) => {
                match Period::of(start.date(), Grain::Weekend) {
                    Some(weekend) => date_value(weekend, format!("the weekend of {}", value.value)),
                    None => value,
                }
            }
            ("midweek" | "week_beside", Some(start)) if value.grain == Some(Grain::Day) => {
                match Period::of(start.date(), Grain::Week) {
                    Some(week) => date_value(week, format!("the week of {}", value.value)),
                    None => value,
                }
            }
            ("week_of", Some(start)) if value.grain == Some(Grain::Day) => {
                let week = this_years_week(&m.expr, &ctx)
                    .or_else(|| Period::of(start.date(), Grain::Week));
                match week {
                    Some(week) => date_value(week, format!("the week of {}", value.value)),
                    None => value,
                }
            }
            _ => value,
        };
        let value = clock_range_wrap(doc, found, &out, n).unwrap_or(value);
        let value = if m.rule == "same_year_back" {
            a_year_back(&value).unwrap_or(value)
        } else {
            value
        };
        let after_quarter = n > 0 && found[n - 1].rule == "quarter_ended";
        let bound = period_bound(&doc.text[..m.start], after_quarter);
        // "will result in a fourth-quarter charge": a quarter not over at publication and not
        // told in the past is a forecast, not the report's quarter for later anaphora
        let forecast = |p: &Period| {
            p.grain == Grain::Quarter && p.end > doc.published && *tense != Tense::Past
        };
        let report_day = is_report_day(&m.expr, &doc.text[..m.start]);
        // ("originally scheduled for Tuesday, had been pushed back": a plan given up is not a
        // time the story goes to)
        let given_up = cue.as_deref().is_some_and(|c| {
            crate::timex::tense::GIVEN_UP_ADVERBS
                .iter()
                .any(|a| c.starts_with(a))
        });
        let compared = n > 0 && named_for_comparison(doc, found[n - 1].end, m.start);
        // "at 1:40 a.m. the next day": a clock time dated by the phrase after it leaves that
        // phrase to be counted from the time before, as it would be without the clock
        let dated_by_next = anchor.is_some_and(|a| a > n);
        if matches!(
            m.expr,
            TimeExpr::Shift {
                unit: Unit::Year,
                amount: Amount::Exact(x),
                forward: false,
            } if x >= 2.0
        ) {
            if let Some(p) = mentionable(&value) {
                years_back.push((p, n, m.sentence));
            }
        }
        if let Some(p) = mentionable(&value).filter(|p| {
            !is_comparison(&m.expr)
                && !bound
                && !forecast(p)
                && !report_day
                && !given_up
                && !compared
                && !dated_by_next
                && !into_the_night
        }) {
            if in_relative_aside(&doc.text, m.start, m.end) {
                aside = Some(((p, n, m.sentence), m.end));
            } else {
                mentioned.push((p, n, m.sentence));
            }
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

/// Resolves `m` with only the earlier times that `keep` accepts as possible anchors.
fn resolve_among(
    m: &Match,
    ctx: &Context,
    keep: impl Fn(&Period) -> bool,
) -> (TimeValue, Option<usize>) {
    let kept: Vec<(Period, usize, usize)> = ctx
        .mentioned
        .iter()
        .filter(|(p, _, _)| keep(p))
        .copied()
        .collect();
    let narrowed = Context {
        mentioned: &kept,
        ..*ctx
    };
    resolve(&m.expr, m.modifier, &narrowed)
}

/// "Last year, a typhoon on Sept. 6 forced the exchange to close", "In 2019, the plant closed
/// on March 3": a year opening its sentence, set off by a comma, is the year of a month (or a
/// month and day) later in the sentence that writes none. Returns it with that year.
fn date_in_opening_year(doc: &Document, found: &[Match], n: usize) -> Option<TimeExpr> {
    let m = &found[n];
    let TimeExpr::Calendar {
        year: None,
        month: Some(_),
        rel: None,
        year_rel: None,
        ..
    } = m.expr
    else {
        return None;
    };
    let first = (0..n)
        .rev()
        .take_while(|&k| found[k].sentence == m.sentence)
        .last()?;
    let opener = &found[first];
    let year = match opener.expr {
        TimeExpr::Calendar {
            year: Some(y),
            month: None,
            day: None,
            ..
        } => y,
        TimeExpr::RelUnit {
            rel: rel @ (Rel::Last | Rel::Next),
            unit: Unit::Year,
            part: None,
        } => doc.published.year() + rel.step(),
        _ => return None,
    };
    let lead = sentence_before(doc, opener.start, OPENING_REACH).trim();
    let opens = (lead.is_empty() || lead.eq_ignore_ascii_case("in"))
        && doc.text[opener.end..].starts_with(',');
    if !opens {
        return None;
    }
    let mut dated = m.expr.clone();
    if let TimeExpr::Calendar { year: y, .. } = &mut dated {
        *y = Some(year);
    }
    Some(dated)
}

/// The text of the sentence before byte `at`, back to its start (a full stop, a question or
/// exclamation mark, a line break) or at most `reach` bytes, so that long texts stay linear.
fn sentence_before(doc: &Document, at: usize, reach: usize) -> &str {
    let from = doc.text.floor_char_boundary(at.saturating_sub(reach));
    doc.text[from..at]
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or("")
}

/// How far back (in bytes) [`date_in_opening_year`] looks for the start of the sentence.
const OPENING_REACH: usize = 40;

/// "on Valentine's Day last year", "Christmas Eve of next year": the holiday of the year named
/// (not "last Valentine's Day", the one just gone): the holiday in that year.
/// ("the day after Thanksgiving last year": the holiday a day is counted from, too)
fn holiday_in_named_year(doc: &Document, m: &Match) -> Option<TimeExpr> {
    // (the cheap test first, with no copy of the text: this runs for every match)
    let named_kind = match &m.expr {
        TimeExpr::DaysAfter { base, .. } => matches!(**base, TimeExpr::Holiday { .. }),
        e => matches!(e, TimeExpr::Holiday { .. } | TimeExpr::Season { .. }),
    };
    let text = &doc.text[m.start..m.end];
    let ends_in_year = text
        .get(text.len().saturating_sub(5)..)
        .is_some_and(|t| t.eq_ignore_ascii_case(" year"));
    if !named_kind || !ends_in_year {
        return None;
    }
    let mut expr = m.expr.clone();
    let named = match &mut expr {
        TimeExpr::DaysAfter { base, .. } => base.as_mut(),
        e => e,
    };
    // ("fall last year": a season too)
    let (TimeExpr::Holiday {
        year: year @ None,
        rel: rel @ Some(_),
        ..
    }
    | TimeExpr::Season {
        year: year @ None,
        rel: rel @ Some(_),
        ..
    }) = named
    else {
        return None;
    };
    *year = Some(doc.published.year() + rel.take()?.step());
    Some(expr)
}

/// "a curfew from 10 p.m. to 6 a.m.", "worked from 11 p.m. until 7 a.m.": a clock reading
/// joined to the one before it as the end of a stretch, and at or before it on the clock, is on
/// the next day. Returns the new value of match `n`, if so (`value` as it was resolved).
fn clock_range_wrap(doc: &Document, found: &[Match], out: &[Timex], n: usize) -> Option<TimeValue> {
    let TimeExpr::ClockTime { clock } = found.get(n)?.expr else {
        return None;
    };
    let (before, this) = (found.get(n.checked_sub(1)?)?, &found[n]);
    let joined = before.sentence == this.sentence
        && matches!(before.expr, TimeExpr::ClockTime { .. })
        && matches!(
            doc.text.get(before.end..this.start).map(str::trim),
            Some("to" | "until" | "till" | "-" | "–" | "through")
        );
    if !joined {
        return None;
    }
    let start = out.get(n - 1)?.value.interval?.start?;
    let own = this_clock_on(start.date(), clock)?;
    if own > start {
        return None;
    }
    let next = add_days(start.date(), 1)?;
    let v = date_value(
        day(next),
        format!(
            "end of a stretch from {} ({}), earlier on the clock: the next day",
            out[n - 1].text,
            out[n - 1].value.value
        ),
    );
    Some(with_time(v, next, Some(clock), None))
}

/// "the same day last year": `v`'s time a year back, at its grain (Feb. 29 goes to Feb. 28).
fn a_year_back(v: &TimeValue) -> Option<TimeValue> {
    let start = v.interval?.start?.date();
    let grain = v.grain?;
    // (a week a year back is the one of the same number, 52 weeks before)
    let back = if grain == Grain::Week {
        add_days(start, -364)?
    } else {
        crate::timex::calendar::add_months(start, -12)?
    };
    let p = Period::of(back, grain)?;
    Some(date_value(p, format!("{} a year back", v.value)))
}

/// `clock` on day `d` (24:00 is the end of the day).
fn this_clock_on(d: NaiveDate, clock: Clock) -> Option<NaiveDateTime> {
    if clock.hour == 24 {
        add_days(d, 1).map(midnight)
    } else {
        d.and_hms_opt(clock.hour, clock.minute, 0)
    }
}

/// A counted anaphor ("Three days later", "Two years later") followed by a comma and a date or
/// a year of its own ("on March 5", "in 2010") in the same sentence: the index of that date.
fn date_beside_anaphor(doc: &Document, found: &[Match], n: usize) -> Option<usize> {
    let TimeExpr::Anaphor { offset, .. } = found[n].expr else {
        return None;
    };
    let k = n + 1;
    let next = found
        .get(k)
        .filter(|f| f.sentence == found[n].sentence && offset != 0)?;
    let dated = matches!(
        next.expr,
        TimeExpr::Calendar {
            month: Some(_),
            day: Some(_),
            ..
        } | TimeExpr::Calendar { year: Some(_), .. }
    );
    let between = doc.text.get(found[n].end..next.start)?;
    (dated && matches!(between, ", on " | ", in ")).then_some(k)
}

/// See [`Context::figures`]: a numbered quarter or half with a noun of figures right after it
/// or just before it ("results for the first quarter"), or a "when" clause after it.
fn names_figures(doc: &Document, m: &Match) -> bool {
    if !matches!(
        m.expr,
        TimeExpr::Quarter {
            quarter: Some(_),
            year: None,
            ..
        } | TimeExpr::Half {
            half: Some(_),
            year: None,
            ..
        }
    ) {
        return false;
    }
    let figures = |w: &str| {
        matches!(
            w,
            "results"
                | "figures"
                | "report"
                | "accounts"
                | "earnings"
                | "numbers"
                | "data"
                | "statements"
                | "filing"
        )
    };
    let after =
        doc.text[m.end..doc.text.ceil_char_boundary(m.end + FIGURES_REACH)].to_ascii_lowercase();
    let mut next = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let rest = after.trim_start();
    let when_after = rest.starts_with(", when") || rest.starts_with("when ");
    let before = doc.text[doc
        .text
        .floor_char_boundary(m.start.saturating_sub(FIGURES_REACH))
        ..m.start]
        .to_ascii_lowercase();
    let figures_before = before.split_whitespace().rev().take(3).any(figures);
    next.next().is_some_and(figures) || when_after || figures_before
}

/// How far (in bytes) [`names_figures`] looks either side of a quarter or a half.
const FIGURES_REACH: usize = 24;

/// "The cuts announced this Tuesday will take effect in June", "Voters who cast ballots this
/// Monday will have to vote again": the tense of "this" + weekday counts only when its cue
/// comes before it in its sentence ("will visit Kyiv this Tuesday"); a verb after it belongs
/// to a clause around it, and the day stays the publication week's. Also not with a perfect
/// or a form of "be" as the cue ("originally this Tuesday, has been extended", "was closing
/// its stores this Saturday").
fn this_weekday_told_after(doc: &Document, m: &Match, cue: Option<&str>) -> bool {
    if !matches!(
        m.expr,
        TimeExpr::Weekday {
            rel: Some(Rel::This),
            ..
        }
    ) {
        return false;
    }
    // (of a cue in two parts, "announced ... will", the second decides)
    let Some(first) = cue.and_then(|c| {
        c.rsplit(" ... ")
            .next()
            .and_then(|part| part.split_whitespace().next())
    }) else {
        return false;
    };
    if matches!(
        first,
        "has" | "have" | "had" | "was" | "were" | "is" | "are"
    ) {
        return true;
    }
    let clause = sentence_before(doc, m.start, THIS_WEEKDAY_CUE_REACH).to_ascii_lowercase();
    !clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| w == first)
}

/// How far back (in bytes) [`this_weekday_told_after`] looks for the cue of the clause.
const THIS_WEEKDAY_CUE_REACH: usize = 300;

/// "A century ago this Wednesday, two bicycle makers ... lifted off": "this" + weekday after
/// "ago" names the anniversary in the publication week; the verb's past is the old event's.
fn is_anniversary(doc: &Document, m: &Match) -> bool {
    matches!(
        m.expr,
        TimeExpr::Weekday {
            rel: Some(Rel::This),
            ..
        }
    ) && doc.text[..m.start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("ago"))
}

/// How far back (in bytes) [`in_the_evening`] looks for a broadcast's greeting.
const EVENING_REACH: usize = 3000;

/// How far back (in bytes) [`in_the_evening`] looks for other words of the time of day.
const NEAR_SETTING_REACH: usize = 600;

/// "We'll have more on the storm at eleven o'clock" in a broadcast that opened with "Good
/// evening" or speaks of "tonight": a clock reading with no a.m., p.m. or part of the day, in a
/// text set in the evening, is in the evening. The clock moved to the afternoon half, if so.
/// The text writes clock times on the 24-hour dial: some clock time written with figures reads
/// 13:00 to 23:59 with no a.m. or p.m. ("a 19:45 kick-off").
fn uses_24_hour_clock(doc: &Document, found: &[Match]) -> bool {
    found.iter().any(|m| {
        let TimeExpr::ClockTime { clock } = m.expr else {
            return false;
        };
        // (the figures themselves read 13 to 23: "19:45", not "8:30 tonight")
        let figures = doc.text[m.start..m.end]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let hour: Option<u32> = figures
            .split_once([':', '.'])
            .and_then(|(h, _)| h.parse().ok());
        (13..24).contains(&clock.hour) && hour == Some(clock.hour)
    })
}

/// A clock time written with a leading zero ("08:00", "09.15"): a 24-hour reading.
fn leading_zero(doc: &Document, m: &Match) -> bool {
    let text = &doc.text[m.start..m.end];
    text.starts_with('0') && text.len() >= 4
}

fn in_the_evening(doc: &Document, m: &Match) -> Option<TimeExpr> {
    let TimeExpr::ClockTime { clock } = m.expr else {
        return None;
    };
    if !(1..=11).contains(&clock.hour) {
        return None;
    }
    let text = doc.text[m.start..m.end].to_ascii_lowercase();
    let said_half = names_half(&text);
    let spoken = text.contains("o'clock") || !text.chars().any(|c| c.is_ascii_digit());
    // ("the 9:15 launch", "around 8:30": figures with no a.m. or p.m. and no zone are read
    // like a spoken hour; "0930 GMT" is a 24-hour reading)
    let bare_figures = text.contains(':') && text.chars().all(|c| c.is_ascii_digit() || c == ':');
    if said_half || !(spoken || bare_figures) {
        return None;
    }
    let from = doc
        .text
        .ceil_char_boundary(m.start.saturating_sub(EVENING_REACH));
    let before = doc.text[from..m.start].to_ascii_lowercase();
    // The time of day named before it in its sentence decides ("Good evening ... rolled in this morning at
    // six o'clock"); else a broadcast's greeting ("Good morning" ... "tonight" ... "at ten
    // thirty" is a morning show); else the later setting named in the last paragraphs.
    let last = |text: &str, words: &[&str]| words.iter().filter_map(|w| text.rfind(w)).max();
    let tail =
        |reach: usize| &before[before.ceil_char_boundary(before.len().saturating_sub(reach))..];
    let setting = |text: &str| {
        let evening = last(
            text,
            &[
                "tonight",
                "this evening",
                "good night",
                "tomorrow night",
                "tomorrow evening",
            ],
        );
        let morning = last(text, &["this morning", "tomorrow morning"]);
        (evening.is_some() || morning.is_some()).then_some(evening > morning)
    };
    let greeting = {
        let evening = last(&before, &["good evening"]);
        let morning = last(&before, &["good morning"]);
        (evening.is_some() || morning.is_some()).then_some(evening > morning)
    };
    // (the sentence so far: from the last full stop, question mark or line end)
    let sentence = &before[before.rfind(['.', '?', '!', '\n']).map_or(0, |k| k + 1)..];
    // ("originally set for 9:30, now start at 9 p.m.": figures take the half of a clock
    // time later in their sentence)
    // (the rest of its paragraph, up to about a sentence: "p.m." has periods of its own)
    let rest = &doc.text[m.end..doc.text.ceil_char_boundary(m.end + 120)];
    let rest = rest[..rest.find('\n').unwrap_or(rest.len())].to_ascii_lowercase();
    let sibling_half = bare_figures
        .then(|| {
            let pm = rest.find("p.m.");
            let am = rest.find("a.m.");
            (pm.is_some() || am.is_some()).then(|| match (pm, am) {
                (Some(p), Some(a)) => p < a,
                (p, _) => p.is_some(),
            })
        })
        .flatten();
    let evening = sibling_half
        .or_else(|| setting(sentence))
        .or(greeting)
        .or_else(|| setting(tail(NEAR_SETTING_REACH)))
        .unwrap_or(false);
    evening.then_some(TimeExpr::ClockTime {
        clock: Clock {
            hour: clock.hour + 12,
            minute: clock.minute,
        },
    })
}

/// Does the text of a clock time say which half of the day it is in?
fn names_half(text: &str) -> bool {
    [
        "a.m",
        "p.m",
        "am",
        "pm",
        "morning",
        "afternoon",
        "evening",
        "night",
        "noon",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// "called 911 at 6:52 p.m. ... The ambulance arrived at 7:49": a clock reading with no a.m. or
/// p.m. soon after an afternoon or evening time, that would come after it in the afternoon half,
/// is in that half. The clock moved there, if so.
fn after_an_afternoon_clock(doc: &Document, m: &Match, out: &[Timex]) -> Option<TimeExpr> {
    let TimeExpr::ClockTime { clock } = m.expr else {
        return None;
    };
    // (the first hour of "from 11 to 2 p.m." has its half from the second already)
    if m.rule == "clock_range" {
        return None;
    }
    // (a spoken hour, "ten thirty", is left to the setting of the text: see [`in_the_evening`])
    let text = &doc.text[m.start..m.end];
    // (hours and minutes with a colon: "0930 GMT" is a 24-hour reading)
    let written = text.contains(':') && !text.contains("o'clock");
    if !(1..=11).contains(&clock.hour) || !written || names_half(&text.to_ascii_lowercase()) {
        return None;
    }
    // (the last time or date before it: a day named between them starts a new day, "closed at
    // 4:15 p.m. Friday. It reopened Saturday at 9:30")
    let last = out
        .iter()
        .rev()
        .take_while(|t| t.sentence + CLOCK_REACH >= m.sentence)
        .find(|t| matches!(t.value.kind, TimexType::Time | TimexType::Date))
        .filter(|t| t.value.kind == TimexType::Time)?;
    let hhmm = last.value.value.split_once('T')?.1;
    let hour: u32 = hhmm.get(..2)?.parse().ok()?;
    let minute: u32 = hhmm.get(3..5).and_then(|x| x.parse().ok()).unwrap_or(0);
    let later = (clock.hour + 12, clock.minute) >= (hour, minute);
    ((12..24).contains(&hour) && later).then_some(TimeExpr::ClockTime {
        clock: Clock {
            hour: clock.hour + 12,
            minute: clock.minute,
        },
    })
}

/// "4 p.m. local time (0500 GMT)": is match `m` a clock reading in brackets right after another
/// clock time, less than half a day before it (so that the zone is ahead of GMT, not a day
/// behind: "9 p.m. EST (0200 GMT)" is the next day's)?
fn same_moment_in_brackets(doc: &Document, out: &[Timex], m: &Match) -> bool {
    let TimeExpr::ClockTime { clock } = m.expr else {
        return false;
    };
    let Some(prev) = out.last() else {
        return false;
    };
    let bracketed = doc
        .text
        .get(prev.end..m.start)
        .is_some_and(|between| between.trim() == "(");
    // (only a reading in GMT, whose offset from a local zone is within about half a day: "2
    // p.m. EDT (3 a.m. Tokyo time)" is the next day's)
    let written = &doc.text[m.start..m.end];
    let in_gmt = written.contains("GMT") || written.contains("UTC");
    let prev_hour = prev
        .value
        .interval
        .and_then(|iv| iv.start)
        .filter(|_| prev.value.kind == TimexType::Time)
        .map(|t| t.hour());
    bracketed && in_gmt && prev_hour.is_some_and(|h| h <= clock.hour + 12)
}

/// How a clock time is told, for [`small_hours_after_evening`].
#[derive(Clone, Copy)]
struct Telling {
    /// After "until" ("did not let up until 2 a.m.").
    until: bool,
    /// In the past, with its half of the day written ("By 8 a.m., 17 inches had fallen").
    past: bool,
    /// Told as going on since the time before it ("was still coming down at noon").
    still: bool,
    /// Told as before the time named last ("had issued a warning at 6 a.m.", "Earlier, at 9").
    before: bool,
    /// In a clause that counts back ("20 hours after it was reported at 3 a.m.", "missing
    /// since 2 a.m.", "the 3 a.m. deadline").
    counts_back: bool,
}

/// Words of a clause that counts back from the time named before (see [`Telling`]).
const BACK_WORDS: &[&str] = &[
    " after ", " since ", " before ", "deadline", " ago", "missing",
];

/// A clock time before 6 a.m. put on the same day as the time named just before it (in this or
/// the last sentence), when that one was in the afternoon or later: the next day's, moved.
fn small_hours_after_evening(
    expr: &TimeExpr,
    v: &TimeValue,
    out: &[Timex],
    sentence: usize,
    telling: Telling,
) -> Option<TimeValue> {
    let Telling {
        until,
        past: told_past,
        still,
        before: told_before,
        counts_back,
    } = telling;
    let TimeExpr::ClockTime { clock } = *expr else {
        return None;
    };
    let start = v.interval?.start?;
    if clock.hour > 12 || (clock.hour == 12 && !still) || v.kind != TimexType::Time {
        return None;
    }
    // (midnight itself, T24:00, already ends its day)
    if until && (1..6).contains(&clock.hour) {
        return next_day(
            v,
            "\"until\" the small hours: the night runs into the next day",
        );
    }
    // (the last time named, past any length between: "crossed the highway at 10:58 p.m.
    // Survivors said it passed in less than a minute. By 1 a.m., ...")
    let prev = out
        .iter()
        .rev()
        .take(SMALL_HOURS_LOOK)
        // ("came down at 2 to 3 inches an hour": a rate is no time of the story either)
        .find(|t| !matches!(t.value.kind, TimexType::Duration | TimexType::Set))
        .filter(|t| t.sentence + 1 >= sentence)?;
    // ("will close the bridge at 10 p.m. on Friday ... and reopen it at 5 a.m.": the day named
    // after a clock reading is that reading's day; the reading is what came last)
    // (the small hours only: "Polls closed at 8 p.m. on Sunday. Turnout at 11 a.m. was 20
    // percent" tells the morning before)
    let prev = match out.iter().rposition(|t| std::ptr::eq(t, prev)) {
        Some(k) if k > 0 && prev.value.grain == Some(Grain::Day) && clock.hour < 6 => {
            let before = &out[k - 1];
            let same_day = before.value.kind == TimexType::Time
                && before
                    .value
                    .interval
                    .and_then(|iv| iv.start)
                    .map(|t| t.date())
                    == prev
                        .value
                        .interval
                        .and_then(|iv| iv.start)
                        .map(|t| t.date());
            if same_day && before.sentence == prev.sentence {
                before
            } else {
                prev
            }
        }
        _ => prev,
    };
    let prev_start = prev.value.interval?.start?;
    // ("Snow began around 10 p.m. Friday ... By 8 a.m., 17 inches had fallen": a morning hour
    // after a late evening is the next morning)
    if clock.hour >= 6 {
        // (in a later sentence, told in the past: "opens at 7.40am and closes at 10pm" is one
        // day's; "back with the forecast at ten thirty" after "until ten p.m. today" is a
        // schedule)
        // ("60 cm of snow fell on Friday night. Crews closed the road at 6 a.m.": a night
        // named before is a late evening too)
        let late = (matches!(prev.value.grain, Some(Grain::Hour | Grain::Minute))
            && prev_start.hour() >= 20)
            || (prev.value.grain == Some(Grain::PartOfDay)
                && prev.value.value.ends_with("TNI")
                && !told_before);
        let late_evening = late && (prev.sentence < sentence || still) && told_past;
        if clock.hour > 12 || !late_evening || prev_start.date() != start.date() {
            return None;
        }
        return next_day(v, "after a late evening: the next morning");
    }
    let late = match prev.value.grain {
        Some(Grain::Hour | Grain::Minute) => prev_start.hour() >= 12,
        Some(Grain::PartOfDay) => ["TAF", "TEV", "TNI"]
            .iter()
            .any(|p| prev.value.value.ends_with(p)),
        // ("The fire broke out late Sunday and by 3 a.m. had reached the ridge": the end of a
        // day named is its evening)
        Some(Grain::Day) => prev.value.modifier == Some(Mod::End) && !told_before && !counts_back,
        _ => false,
    };
    let timed = prev.value.kind == TimexType::Time || prev.value.grain == Some(Grain::Day);
    if !timed || prev_start.date() != start.date() || !late {
        return None;
    }
    next_day(v, "after an evening: the small hours of the next day")
}

/// How far back (in bytes) the clause of a clock time is read for "had" and "earlier".
const TOLD_BEFORE_REACH: usize = 160;

/// The first hour of the evening: a clock time told in the past from then on may belong to
/// the evening before publication.
const EVENING_HOUR: u32 = 18;

/// How many expressions back [`small_hours_after_evening`] looks past lengths of time.
const SMALL_HOURS_LOOK: usize = 3;

/// `v`, a clock time, moved to the same time of the next day, with `why` added to its reason.
fn next_day(v: &TimeValue, why: &str) -> Option<TimeValue> {
    let start = v.interval?.start?;
    let next = start.checked_add_signed(chrono::Duration::days(1))?;
    let end = v
        .interval?
        .end?
        .checked_add_signed(chrono::Duration::days(1))?;
    let mut moved = v.clone();
    moved.value = next.format("%Y-%m-%dT%H:%M").to_string();
    moved.interval = Some(Interval::new(next, end));
    moved.reason.push_str(&format!(", {why}"));
    Some(moved)
}

/// A bare clock time (match `n`) in a sentence that also holds a set ("every 15 minutes",
/// "every Monday", "daily") and no day or date.
fn in_a_schedule(doc: &Document, found: &[Match], n: usize) -> bool {
    // ("issuing warnings every hour since 05:00": the start of what repeats is one day's)
    let since = doc.text[..found[n].start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("since"));
    // ("starting Sept. 2 at 6 p.m.": the clock of the day right before "at" is that day's)
    // (not the end of what repeats: "Each Friday through Sept. 26 at 5 p.m.")
    let ends_schedule = n > 0
        && doc.text[..found[n - 1].start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "through" | "until" | "till" | "thru" | "to"));
    let on_day_before = n > 0
        && !ends_schedule
        && matches!(found[n - 1].expr, TimeExpr::Calendar { day: Some(_), .. })
        && doc
            .text
            .get(found[n - 1].end..found[n].start)
            .is_some_and(|between| between.trim() == "at");
    matches!(found[n].expr, TimeExpr::ClockTime { .. })
        && !since
        && !on_day_before
        && sentence_repeats(doc, found, n)
}

/// "every 20 minutes between 7am and 7pm, Monday to Saturday": a range of weekdays in a
/// sentence that repeats is a set of weekdays, each week's.
fn weekday_range_in_schedule(doc: &Document, found: &[Match], n: usize) -> Option<Weekday> {
    let TimeExpr::Weekday {
        day,
        rel: None,
        clock: None,
        part: None,
    } = found[n].expr
    else {
        return None;
    };
    let in_range =
        found[n].range_from.is_some() || found.get(n + 1).is_some_and(|f| f.range_from == Some(n));
    (in_range && sentence_repeats(doc, found, n)).then_some(day)
}

/// Whether the sentence of match `n` says what repeats: a set ("daily", "every 20 minutes") and
/// no single day (a date, "today", a holiday, a weekday outside a range of weekdays, a month of
/// a year named). Months alone do not count ("every Saturday from May through October"), nor a
/// date that bounds the schedule ("open daily from 7 a.m. to 3 p.m. until Nov. 14").
fn sentence_repeats(doc: &Document, found: &[Match], n: usize) -> bool {
    // the matches come in text order, so those of the same sentence are the neighbours
    let sentence = found[n].sentence;
    let first = found[..n]
        .iter()
        .rposition(|f| f.sentence != sentence)
        .map_or(0, |k| k + 1);
    let end = found[n..]
        .iter()
        .position(|f| f.sentence != sentence)
        .map_or(found.len(), |k| n + k);
    let same = &found[first..end];
    let ranged = |k: usize| {
        found[k].range_from.is_some() || found.get(k + 1).is_some_and(|f| f.range_from == Some(k))
    };
    (same.iter().any(|f| matches!(f.expr, TimeExpr::Set { .. })) || on_kind_of_day(doc, &found[n]))
        && !same.iter().enumerate().any(|(i, f)| match f.expr {
            // ("seven days a week, starting on Monday", "until Labor Day": a day that only
            // bounds what repeats)
            TimeExpr::Weekday { .. } => !ranged(first + i) && !bounds_schedule(doc, f),
            TimeExpr::Calendar { day, year, .. } => {
                (day.is_some() || year.is_some()) && !bounds_schedule(doc, f)
            }
            TimeExpr::Holiday { .. } => !bounds_schedule(doc, f),
            TimeExpr::DayOffset { .. } => true,
            _ => false,
        })
}

/// How far (in bytes) after a clock time [`on_kind_of_day`] reads "on collection days".
const KIND_OF_DAY_REACH: usize = 40;

/// "Carts should be at the curb by 6 a.m. on collection days", "arrives at 5:30 a.m. on
/// election days": a clock time followed by "on" and a kind of day, a plural, is any such day's.
fn on_kind_of_day(doc: &Document, clock: &Match) -> bool {
    let after = &doc.text[clock.end..doc.text.ceil_char_boundary(clock.end + KIND_OF_DAY_REACH)];
    let mut words = after.split_whitespace();
    if words.next() != Some("on") {
        return false;
    }
    let kind = words.next().unwrap_or("");
    let days = words.next().unwrap_or("");
    kind.len() > 2
        && kind.bytes().all(|b| b.is_ascii_lowercase())
        && !crate::lexicon::DETERMINERS.contains(&kind)
        // ("on both days", "on two days", "on the following days": particular days)
        && !matches!(
            kind,
            "both" | "two" | "three" | "four" | "five" | "six" | "seven" | "few" | "first"
                | "last" | "next" | "previous" | "following" | "consecutive" | "successive"
        )
        && days.trim_end_matches(|c: char| c.is_ascii_punctuation()) == "days"
}

/// How far (in bytes) before a date [`bounds_schedule`] reads "until" or "starting on".
const BOUND_WORD_REACH: usize = 16;

/// "until Nov. 14", "through Aug. 17", "starting Sept. 16": a date that only bounds what
/// repeats.
fn bounds_schedule(doc: &Document, f: &Match) -> bool {
    let from = doc
        .text
        .floor_char_boundary(f.start.saturating_sub(BOUND_WORD_REACH));
    let mut words = doc.text[from..f.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic());
    let mut word = words.next().unwrap_or("").to_ascii_lowercase();
    // ("starting on Monday": the word before "on")
    if word == "on" {
        word = words.next().unwrap_or("").to_ascii_lowercase();
    }
    matches!(
        word.as_str(),
        "until" | "till" | "through" | "starting" | "beginning" | "since"
    )
}

/// How far back (in bytes) [`named_for_comparison`] looks for "compared with", and
/// [`change_measured_from`] for what changed.
const COMPARED_REACH: usize = 80;

/// "earned $46.6 million in 1991, compared with $102.8 million in 1990": a time named after
/// "compared with" (no other time between), or the time a change is measured from ("rose 0.7%
/// last month from August"), is a comparison, not a time the story moves to.
fn named_for_comparison(doc: &Document, prev_end: usize, start: usize) -> bool {
    let from = doc
        .text
        .ceil_char_boundary(start.saturating_sub(COMPARED_REACH).max(prev_end));
    // (expressions may overlap: then there is no text between them)
    let Some(before) = doc.text.get(from..start).map(str::to_ascii_lowercase) else {
        return false;
    };
    ["compared with", "compared to", "versus", " vs."]
        .iter()
        .any(|w| before.contains(w))
        || change_measured_from(doc, prev_end, start)
}

/// "sales rose 0.7% last month from August", "moved the vote to Friday from Thursday": is the
/// time at `start`, right after "from" after the time ending at `prev_end`, the one a change is
/// measured from? Only when the words just before say what changed (a percentage, a verb of
/// rising, falling or moving); "suspended last week from Tuesday" tells when it began.
fn change_measured_from(doc: &Document, prev_end: usize, start: usize) -> bool {
    if doc
        .text
        .get(prev_end..start)
        .is_none_or(|between| between.trim() != "from")
    {
        return false;
    }
    let lead = &doc.text[doc
        .text
        .floor_char_boundary(prev_end.saturating_sub(COMPARED_REACH))
        ..prev_end];
    let lead = lead.to_ascii_lowercase();
    lead.contains('%')
        || lead.contains(" percent")
        || CHANGE_VERBS.iter().any(|v| {
            lead.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w == *v)
        })
}

/// Verbs that say a figure or a date changed, before a time it is measured from.
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "fell",
    "increased",
    "decreased",
    "climbed",
    "dropped",
    "gained",
    "slipped",
    "moved",
    "postponed",
    "pushed",
    "shifted",
];

/// A bare month (no day, no year, no "last"/"next") in a sentence, not told in the past or the
/// future, that says what usually happens ("usually", "typically", "every year", "twice a
/// year").
fn is_habitual_month(m: &Match, doc: &Document, ctx: &Context) -> bool {
    let bare = matches!(
        m.expr,
        TimeExpr::Calendar {
            year: None,
            month: Some(_),
            day: None,
            rel: None,
            year_rel: None,
            clock: None,
            part: None,
        }
    );
    // ("Typhoons hit the country 20 times annually, usually between June and November": a
    // verb whose past and present are one form tells no past in a habitual sentence)
    // (only with an adverb of habit: "cut 300 jobs in February, as it does every year" and
    // "Like every year, the bank set its target in January" tell one year's)
    let same_form = ctx
        .cue
        .is_some_and(|c| SAME_FORM_PAST.contains(&c.trim_matches(|c: char| !c.is_alphabetic())));
    if !bare || ctx.tense == Tense::Future {
        return false;
    }
    // (within a few hundred bytes either way: a text without full stops must not make this
    // scan grow with the square of its length)
    let text = &doc.text;
    let lo = text.ceil_char_boundary(m.start.saturating_sub(HABITUAL_REACH));
    let hi = text.floor_char_boundary(m.end + HABITUAL_REACH);
    let from = text[lo..m.start]
        .rfind(['.', '?', '!', '\n'])
        .map_or(lo, |k| lo + k + 1);
    let to = text[m.end..hi]
        .find(['.', '?', '!', '\n'])
        .map_or(hi, |k| m.end + k);
    let sentence = text[from..to].to_ascii_lowercase();
    let has = |w: &str| {
        sentence
            .match_indices(w)
            .any(|(k, _)| !sentence[..k].ends_with(|c: char| c.is_alphanumeric()))
    };
    // ("this has been the most active April for tornadoes since 1974": a record the present
    // perfect tells is this year's, "most active" alone makes no habit of it)
    let perfect = has("has been") || has("have been") || has("'s been");
    if ctx.tense == Tense::Past {
        return same_form && HABIT_ADVERBS.iter().any(|w| has(w));
    }
    HABITUAL_WORDS
        .iter()
        .any(|w| has(w) && !(perfect && *w == "most active"))
}

/// Adverbs of habit, the part of [`HABITUAL_WORDS`] that makes a clause with a same-form verb
/// ("hit", "cut") a habit: "Typhoons hit the country usually between June and November".
const HABIT_ADVERBS: &[&str] = &["usually", "typically", "normally", "generally"];

/// Verbs whose past is spelt as their present ("hit", "cut"): in a sentence that says what
/// happens every year they are read as present.
const SAME_FORM_PAST: &[&str] = &[
    "hit", "cut", "put", "set", "cost", "hurt", "let", "shut", "spread", "burst", "cast",
];

/// Whether the text between two times of a sentence joins them plainly: no comma, semicolon
/// or colon, but for a sequence told on (", followed by 10-year notes on Wednesday", ", then").
fn plainly_joined(between: &str) -> bool {
    if between.contains([';', ':']) {
        return false;
    }
    match between.split_once(',') {
        None => true,
        Some((_, rest)) => {
            !rest.contains(',')
                && (rest.trim_start().starts_with("followed by ")
                    || rest.trim_start().starts_with("then "))
        }
    }
}

/// How far (in bytes) [`is_habitual_month`] looks either way for the ends of the sentence.
const HABITUAL_REACH: usize = 400;

/// Words that make a sentence say what happens every year (see [`is_habitual_month`]).
const HABITUAL_WORDS: &[&str] = &[
    "usually",
    "typically",
    "normally",
    "generally",
    "traditionally",
    "every year",
    "each year",
    "twice a year",
    "once a year",
    "most active",
    // "the cyclone season, which runs from April to December", "the typhoon season from June
    // to November": the months of a season, any year's
    "season runs",
    "season, which runs",
    "season lasts",
    "season, which lasts",
    "season from",
    // "whose fiscal year ends in late January", "Its fiscal year begins in October": the month
    // a company's year turns in, every year
    "fiscal year ends in",
    "fiscal year begins in",
    "fiscal year starts in",
];

/// How many years before publication the time last mentioned must be for a present-tense
/// "Today," to mean the present in general (see [`is_today_after_history`]).
const HISTORY_YEARS: i32 = 10;

/// A sentence-opening "Today," in the present (or no tense) right after a story told at least
/// [`HISTORY_YEARS`] back.
fn is_today_after_history(m: &Match, doc: &Document, ctx: &Context) -> bool {
    generic_today(m, doc) || today_after_history(m, doc, ctx) || still_true_today(m, doc, ctx)
}

/// How far back (in bytes) [`still_true_today`] looks for "still" or "remain".
const STILL_REACH: usize = 60;

/// "The programs are still running today", "1.1 million remain displaced today": a state that
/// lasts into the present, closing its clause, is the present in general, not the day.
fn still_true_today(m: &Match, doc: &Document, ctx: &Context) -> bool {
    if &doc.text[m.start..m.end] != "today" || ctx.tense != Tense::Present {
        return false;
    }
    // (not inside a quotation: "That offer is still on the table today," she said)
    let closes = doc.text[m.end..].starts_with(['.', ';'])
        && !opens_quotation(sentence_before(doc, m.start, QUOTE_REACH));
    let clause = sentence_before(doc, m.start, STILL_REACH);
    let clause = clause.rsplit([',', ';']).next().unwrap_or("");
    // (in a story that has gone years back: "The war began in April 2013 ... 1.1 million remain
    // displaced today"; in day-by-day news, "The suspect remains in custody today" is the day)
    let years_back = ctx
        .mentioned
        .last()
        .is_some_and(|(p, _, _)| p.end.year() <= doc.published.year() - STILL_HISTORY_YEARS);
    closes
        && years_back
        && clause
            .split_whitespace()
            .any(|w| matches!(w, "still" | "remain" | "remains"))
}

/// How many years before publication the time last named must be for "still ... today" to be
/// the present in general ("the fall of 2025 ... are still catching up on bills today", in
/// 2026; see [`still_true_today`]).
const STILL_HISTORY_YEARS: i32 = 1;

/// Verbs of a state that holds: after "today" set against an earlier year of its sentence,
/// they make it the present in general ("today it has fewer than 2,300", "today only one
/// remains"); an event ("today it plays them again") keeps the day.
const STATE_VERBS: &[&str] = &[
    "is", "are", "has", "have", "remains", "remain", "stands", "employs", "holds", "owns", "lives",
    "live", "counts", "numbers", "houses", "serves", "exceeds", "sits", "survive", "survives",
];

/// "Kids today have more options", "Young people today face higher rents": "today" right after
/// a group of people named in general is the present age, not the day.
fn generic_today(m: &Match, doc: &Document) -> bool {
    if &doc.text[m.start..m.end] != "today" {
        return false;
    }
    let before = &doc.text[doc.text.floor_char_boundary(m.start.saturating_sub(20))..m.start];
    let Some(noun) = before.split_whitespace().next_back() else {
        return false;
    };
    let after = doc.text[m.end..].trim_start();
    let verb = after
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .next()
        .unwrap_or("");
    let noun = noun
        .trim_start_matches(|c: char| !c.is_alphabetic())
        .to_ascii_lowercase();
    matches!(
        noun.as_str(),
        "kids"
            | "children"
            | "people"
            | "students"
            | "teenagers"
            | "parents"
            | "families"
            | "consumers"
            | "voters"
            | "workers"
            | "women"
            | "men"
            | "players"
            | "audiences"
            | "readers"
            | "athletes"
            | "musicians"
            | "farmers"
            | "doctors"
            | "teachers"
    ) && matches!(
        verb,
        "are"
            | "have"
            | "can"
            | "don't"
            | "do"
            | "face"
            | "want"
            | "need"
            | "live"
            | "grow"
            | "tend"
            | "spend"
            | "use"
            | "know"
            | "expect"
            | "prefer"
            | "would"
            | "just"
            // ("Children today think it happened in the Stone Age")
            | "think"
            | "believe"
            | "see"
            | "feel"
            | "say"
            | "get"
    )
}

fn today_after_history(m: &Match, doc: &Document, ctx: &Context) -> bool {
    // ("Today, about 35,000 people live there", "Today most of it melts within a year"; "five
    // years ago there were 120; today there are fewer than 40")
    let word = &doc.text[m.start..m.end];
    // (enough bytes back for " but ")
    let before =
        doc.text[doc.text.floor_char_boundary(m.start.saturating_sub(5))..m.start].trim_end();
    let opens =
        word == "Today" || (word == "today" && (before.ends_with(';') || before.ends_with("but")));
    let after = &doc.text[m.end..];
    let opening = opens
        && (after.starts_with(',')
            || after
                .trim_start()
                .starts_with(|c: char| c.is_ascii_lowercase()));
    // (a state verb within the next few words: "today it has", "today only one remains",
    // "founded in 1998, today is")
    let state_follows = after
        .split_whitespace()
        .take(4)
        .any(|w| STATE_VERBS.contains(&w.trim_end_matches([',', '.', ';'])));
    // (a past named a decade back, or counted back with "ago", just before)
    let recent_text = &doc.text[doc
        .text
        .floor_char_boundary(m.start.saturating_sub(HISTORY_REACH))
        ..m.start];
    // (or any earlier year named in the same sentence: "employed 2,900 people in 2008; today it
    // has fewer than 2,300")
    let history = ctx
        .mentioned
        .last()
        .is_some_and(|(p, _, _)| p.end.year() <= doc.published.year() - HISTORY_YEARS)
        || recent_text.contains(" ago");
    let same_sentence_year = ctx.mentioned.last().is_some_and(|(p, _, sentence)| {
        *sentence == m.sentence && p.end.year() < doc.published.year()
    });
    // ("The airline, founded in 1998, today is Europe's biggest carrier": after a comma too)
    let after_comma = word == "today" && before.ends_with(',');
    let present = matches!(ctx.tense, Tense::Present | Tense::Unknown | Tense::Upcoming);
    // (lower case after ";" or "but", the verb after it must be a state's: "beat Leeds in 2008;
    // today it plays them again" is the day; a state verb carries its own present tense)
    let capital = word == "Today";
    (present && opening && history && (capital || state_follows))
        || ((opening || after_comma) && same_sentence_year && state_follows)
}

/// "the first nine months of the year" told in the past before those months have passed this
/// year (nine or more in April): "the year" is the last one. Its value, if so.
fn year_before_its_months(doc: &Document, m: &Match, ctx: &Context) -> Option<TimeValue> {
    // (the cheap tests first: this runs for every expression)
    if !matches!(
        m.expr,
        TimeExpr::Anaphor {
            offset: 0,
            unit: Unit::Year,
            ..
        }
    ) || ctx.tense != Tense::Past
        || !doc.text[m.start..m.end].eq_ignore_ascii_case("the year")
    {
        return None;
    }
    let before = sentence_before(doc, m.start, MONTHS_OF_REACH).to_ascii_lowercase();
    let mut words = before.split_whitespace().rev();
    if words.next() != Some("of") || words.next() != Some("months") {
        return None;
    }
    let count = words.next()?;
    let months = count
        .parse::<u32>()
        .ok()
        .or_else(|| crate::lexicon::lookup(count).and_then(|x| x.number))?;
    if words.next() != Some("first") || !(1..12).contains(&months) {
        return None;
    }
    if months < doc.published.month() {
        return None;
    }
    let last = doc.published.year() - 1;
    let p = Period::of(ymd(last, 1, 1)?, Grain::Year)?;
    Some(date_value(
        p,
        format!("the first {months} months of the year, told in the past before they have passed: {last}"),
    ))
}

/// How far back (in bytes) [`year_before_its_months`] reads "the first nine months of".
const MONTHS_OF_REACH: usize = 40;

/// How far back (in bytes) [`is_today_after_history`] looks for an "ago" to contrast with.
const HISTORY_REACH: usize = 160;

/// "overnight", or "the night" with no day of its own.
fn is_night_alone(m: &Match) -> bool {
    matches!(m.rule, "overnight" | "part_of_day")
        && matches!(
            m.expr,
            TimeExpr::Anaphor {
                offset: 0,
                unit: Unit::Day,
                part: Some(DayPart::Night),
            }
        )
}

/// "20 minutes later", "two hours earlier": an offset in hours, minutes or seconds.
fn is_clock_offset(expr: &TimeExpr) -> bool {
    matches!(
        expr,
        TimeExpr::Anaphor {
            unit: Unit::Hour | Unit::Minute | Unit::Second,
            offset,
            ..
        } if *offset != 0
    )
}

/// [`is_clock_offset`] expressions: the clock time named in the last few sentences moved by the
/// offset ("10:30 p.m. Friday ... about 20 minutes later" is 22:50 that Friday); with no clock
/// time to count from, the length of time alone (as TimeBank marks "an hour later").
fn clock_offset(expr: &TimeExpr, out: &[Timex], sentence: usize) -> (TimeValue, Option<usize>) {
    let TimeExpr::Anaphor { offset, unit, .. } = *expr else {
        return (unresolved("XXXX", "not an offset"), None);
    };
    let seconds = offset.saturating_mul(match unit {
        Unit::Hour => 3600,
        Unit::Minute => 60,
        _ => 1,
    });
    let clock = out
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, t)| t.sentence + CLOCK_REACH >= sentence)
        .find(|(_, t)| {
            t.value.kind == TimexType::Time
                && matches!(t.value.grain, Some(Grain::Hour | Grain::Minute))
        })
        .and_then(|(k, t)| Some((k, t.value.interval?.start?)));
    let moved = clock.and_then(|(k, start)| {
        // (checked: chrono panics on a delta beyond its range, and the amount is the text's)
        let at = start.checked_add_signed(chrono::TimeDelta::try_seconds(seconds)?)?;
        let end = at.checked_add_signed(chrono::Duration::minutes(1))?;
        Some((k, at, end))
    });
    match moved {
        Some((k, at, end)) => {
            let mut v = plain(
                TimexType::Time,
                at.format("%Y-%m-%dT%H:%M").to_string(),
                format!(
                    "{} from the clock time last named ({})",
                    offset_phrase(offset, unit),
                    out[k].value.value
                ),
            );
            v.grain = Some(Grain::Minute);
            v.interval = Some(Interval::new(at, end));
            (v, Some(k))
        }
        None => (
            plain(
                TimexType::Duration,
                duration_value(Amount::Exact(offset.unsigned_abs() as f64), unit),
                "an offset in hours or minutes with no clock time to count from: its length",
            ),
            None,
        ),
    }
}

fn offset_phrase(offset: i64, unit: Unit) -> String {
    format!(
        "{} {:?}(s) {}",
        offset.abs(),
        unit,
        if offset > 0 { "after" } else { "before" }
    )
    .to_lowercase()
}

/// "the previous Friday" / "the following Monday" from the day last named in the last few
/// sentences: the last such weekday before it, or the first after it.
fn weekday_from_anchor(expr: &TimeExpr, ctx: &Context) -> Option<(TimeValue, Option<usize>)> {
    let TimeExpr::Weekday {
        day: wd,
        rel: Some(rel),
        part,
        ..
    } = *expr
    else {
        return None;
    };
    // ("found the comet on Saturday, April 3 ... He told me yesterday that he nearly stayed
    // indoors that Saturday": "that Saturday" points back to a Saturday the story named, however
    // far back, before the last day named)
    if rel == Rel::This {
        let named = ctx
            .mentioned
            .iter()
            .rev()
            .find(|(p, _, _)| p.grain == Grain::Day && p.start.weekday() == wd);
        if let Some((p, i, _)) = named {
            let v = date_value(
                day(p.start),
                format!(
                    "the {} named before ({})",
                    crate::timex::calendar::weekday_name(wd),
                    p.start
                ),
            );
            return Some((with_time(v, p.start, None, part), Some(*i)));
        }
    }
    let (p, i, _) = ctx
        .mentioned
        .iter()
        .rev()
        .take_while(|(_, _, s)| s + CLOCK_REACH >= ctx.sentence)
        .find(|(p, _, _)| p.grain <= Grain::Day)?;
    let anchor = p.start;
    let d = match rel {
        Rel::Last => add_days(anchor, -days_back(anchor.weekday(), wd))?,
        // ("that Saturday": the day named itself, if it is one)
        Rel::This if anchor.weekday() == wd => anchor,
        // ("Police said on Sunday ... That Tuesday, schools reopened": told in the past, not
        // past publication)
        Rel::This
            if ctx.tense == Tense::Past
                && add_days(anchor, days_forward(anchor.weekday(), wd))
                    .is_some_and(|d| d > ctx.published) =>
        {
            add_days(anchor, -days_back(anchor.weekday(), wd))?
        }
        _ => add_days(anchor, days_forward(anchor.weekday(), wd))?,
    };
    let v = date_value(
        day(d),
        format!(
            "the {} {} from the day last named ({anchor})",
            if rel == Rel::Last { "last" } else { "first" },
            crate::timex::calendar::weekday_name(wd)
        ),
    );
    Some((with_time(v, d, None, part), Some(*i)))
}

/// "and closed at" between two clock times: the gap with the second clause's verb and its
/// "at" left out, if the gap is just that.
fn coordinated_clock_gap(gaps: &str) -> Option<String> {
    let words: Vec<&str> = gaps.split_whitespace().collect();
    let k = words.iter().position(|w| *w == "and")?;
    let verb = words.get(k + 1)?;
    let plain_verb = verb.len() > 2 && verb.bytes().all(|b| b.is_ascii_lowercase());
    (plain_verb && words.get(k + 2) == Some(&"at")).then(|| {
        let mut kept = words.clone();
        kept.drain(k + 1..k + 3);
        kept.join(" ")
    })
}

/// The clock time of match `n` on the day named just after it ("6 a.m. to 7 p.m. on Election
/// Day"): only "to", "and", "from", other clock times and a final "on" may stand between.
fn clock_on_day_after(
    doc: &Document,
    found: &[Match],
    tenses: &[(Tense, Option<String>)],
    n: usize,
    ctx: &Context,
) -> Option<(TimeValue, usize)> {
    let TimeExpr::ClockTime { clock } = found[n].expr else {
        return None;
    };
    let k = (n + 1..found.len().min(n + 3))
        .take_while(|&k| found[k].sentence == found[n].sentence)
        .find(|&k| !matches!(found[k].expr, TimeExpr::ClockTime { .. }))?;
    // ("at 2:10 a.m. About 20 minutes later": an offset counts from the clock, it does not date
    // it)
    if is_clock_offset(&found[k].expr) {
        return None;
    }
    let between = doc.text.get(found[n].end..found[k].start)?;
    // ("at 1:40 a.m. the next day", "until 5:20 a.m. the following morning": nothing between)
    // ("from 1 a.m. to 8 a.m. Saturday": the first end of a range of clock times takes the day
    // the second names)
    let clock_bearing = matches!(
        found[k].expr,
        TimeExpr::Weekday { clock: Some(_), .. }
            | TimeExpr::Calendar { clock: Some(_), .. }
            | TimeExpr::DayOffset { clock: Some(_), .. }
    );
    let range_joined = clock_bearing
        && matches!(
            between.trim(),
            "to" | "until" | "till" | "through" | "-" | "and"
        );
    // ("Polls open at 6 a.m. (0300 GMT) next Wednesday": a bracketed reading between)
    let bracketed = {
        let t = between.trim();
        (t.starts_with('(') && t.ends_with(')') && t.len() < 20) || t == ")"
    };
    let joined = between.trim_end().ends_with(" on")
        || matches!(between.trim(), "on" | "")
        || range_joined
        || bracketed;
    if between.len() > 40 || !joined {
        return None;
    }
    let clocks_only = (n + 1..k).all(|j| matches!(found[j].expr, TimeExpr::ClockTime { .. }));
    if !clocks_only {
        return None;
    }
    // the words between the matches, not inside the clock times between ("between 9 p.m. and
    // 10 p.m. Eastern time on Friday")
    let gaps = (n..k)
        .filter_map(|j| doc.text.get(found[j].end..found[j + 1].start))
        .collect::<Vec<_>>()
        .join(" ");
    // ("kicks off at 7.45 p.m. local time (1645 GMT) on July 18": an aside in brackets between)
    // ("Polls opened at 7 a.m. and closed at 8 p.m. on Wednesday": two clauses joined by
    // "and", one verb each, share the day named at the end)
    // (only when the first is earlier on the clock: "begin at 7 a.m. and end at 7 a.m. on
    // Friday" starts the day before)
    let gaps = match coordinated_clock_gap(&gaps) {
        Some(g) => {
            let later = match found[k - 1].expr {
                TimeExpr::ClockTime { clock: c } => (clock.hour, clock.minute) < (c.hour, c.minute),
                _ => false,
            };
            if !later {
                return None;
            }
            g
        }
        None => gaps,
    };
    let words_ok = gaps.split_whitespace().all(|w| {
        // ("closed early, at 1 p.m. EDT, on Monday": a comma before "on")
        matches!(w, "to" | "and" | "from" | "on" | "until" | "-" | ",")
            || w.contains(|c: char| c.is_ascii_digit())
            || w.contains(['.', '(', ')'])
    });
    // ("whose 6:15 p.m. flight on Friday was canceled", "its 2:30 p.m. sailing on Saturday":
    // the clock time names the noun after it, which the day dates)
    let attributive = {
        let mut words = between.split_whitespace();
        let noun = words.next().unwrap_or("");
        words.next() == Some("on")
            && words.next().is_none()
            && noun.len() > 2
            && noun.bytes().all(|b| b.is_ascii_lowercase())
            && !noun.ends_with("ed")
            && !crate::lexicon::DETERMINERS.contains(&noun)
    };
    if !(words_ok || attributive) {
        return None;
    }
    let day_value = resolve_in_own_clause(found, tenses, k, ctx);
    if !matches!(
        day_value.grain,
        Some(Grain::Day | Grain::PartOfDay | Grain::Hour | Grain::Minute)
    ) {
        return None;
    }
    // ("until midnight Tuesday": T24:00 is the end of Tuesday)
    let d = day_written(&day_value)?;
    let v = date_value(day(d), "clock time on the day named after it".to_string());
    let mut v = with_time(v, d, Some(clock), None);
    // ("at around 9 p.m. on Saturday": the clock's own "around" stays)
    if let Some(md) = found[n].modifier {
        apply_modifier(&mut v, md);
    }
    Some((v, k))
}

/// Match `k` resolved ahead of its turn, with the tense of its own clause: the day a clock time
/// or "the week ended" before it is dated by.
fn resolve_in_own_clause(
    found: &[Match],
    tenses: &[(Tense, Option<String>)],
    k: usize,
    ctx: &Context,
) -> TimeValue {
    let (tense, cue) = &tenses[k];
    let own = Context {
        tense: *tense,
        cue: cue.as_deref(),
        figures: false,
        ..*ctx
    };
    // ("at 4 p.m. the following Sunday": counted from the day last named, as it will be)
    if found[k].rule == "weekday_anaphor" {
        if let Some((v, _)) = weekday_from_anchor(&found[k].expr, &own) {
            return v;
        }
    }
    resolve(&found[k].expr, found[k].modifier, &own).0
}

/// "the week ended Friday", "for the week ending July 18": "the week" right before "ended" or
/// "ending" and a day is the week (Monday to Sunday) that holds the day. The value and the day's
/// index, if so.
fn week_ended(
    doc: &Document,
    found: &[Match],
    tenses: &[(Tense, Option<String>)],
    n: usize,
    ctx: &Context,
) -> Option<(TimeValue, Option<usize>)> {
    if !matches!(
        found[n].expr,
        TimeExpr::Anaphor {
            offset: 0,
            unit: Unit::Week,
            ..
        }
    ) {
        return None;
    }
    let k = n + 1;
    let next = found.get(k)?;
    let between = doc.text.get(found[n].end..next.start)?.trim();
    if !matches!(between, "ended" | "ending" | "that ended" | "which ended") {
        return None;
    }
    let v = resolve_in_own_clause(found, tenses, k, ctx);
    if v.grain != Some(Grain::Day) {
        return None;
    }
    let week = Period::of(v.interval?.start?.date(), Grain::Week)?;
    Some((
        date_value(week, format!("the week that holds {}", v.value)),
        Some(k),
    ))
}

/// Does the text `before` a position, from the start of its paragraph, leave a quotation open:
/// an odd number of straight quotes, or a curly or TimeBank-style (``) opening quote after the
/// last closing one?
fn opens_quotation(before: &str) -> bool {
    let straight = before.matches('"').count();
    let curly_open = before.rfind('“');
    let curly_close = before.rfind('”');
    let ticks_open = before.rfind("``");
    let ticks_close = before.rfind("''");
    straight % 2 == 1 || curly_open > curly_close || ticks_open > ticks_close
}

/// A day counted from "now" ("today", "tonight", "this morning", "tomorrow") inside a quotation:
/// counted from the day the words were said, when the attribution names it ("Reiter said Sunday.
/// \"This morning I woke up ...\""). The day, its anchor, the reason. (A quotation with no day
/// of its own stays on the publication day: the story's last day is as often not the day of the
/// words.)
fn quoted_day(
    doc: &Document,
    m: &Match,
    ctx: &Context,
    game_story: &std::cell::OnceCell<bool>,
) -> Option<(NaiveDate, Option<usize>, String)> {
    let TimeExpr::DayOffset { offset, .. } = m.expr else {
        return None;
    };
    let text = &doc.text;
    // (a bounded look back, so that a long paragraph stays linear)
    let from = text.floor_char_boundary(m.start.saturating_sub(QUOTE_REACH));
    let para_start = text[from..m.start]
        .rfind('\n')
        .map_or(from, |k| from + k + 1);
    let before = &text[para_start..m.start];
    if !opens_quotation(before) {
        return None;
    }
    // the attribution: "said Sunday" just before the opening quote or just after the closing one
    let open = before
        .rfind(['"', '“'])
        .map_or(para_start, |k| para_start + k);
    let ahead = &text[m.end..text.floor_char_boundary((m.end + QUOTE_REACH).min(text.len()))];
    let close = ahead
        .find(['"', '”'])
        .map_or(m.end + ahead.len(), |k| m.end + k + 1);
    let around = [
        &text[text.floor_char_boundary(open.saturating_sub(ATTRIBUTION_REACH))..open],
        &text[close..text.floor_char_boundary((close + ATTRIBUTION_REACH).min(text.len()))],
    ];
    let pubd = ctx.published;
    let (base, why) = match around.iter().find_map(|span| said_weekday(span)) {
        Some(wd) => {
            let back = (pubd.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
            (
                add_days(pubd, -i64::from(back))?,
                format!("counted in a quotation from the day it was said ({wd})"),
            )
        }
        // ("... held off Portland on Saturday night" in a Sunday paper, then "\"Tonight we
        // looked like a team,\" the coach said": in the report of a game, the words were said
        // after the game, on the day of the lead; elsewhere they may have been said the day
        // the story ran)
        None if *game_story.get_or_init(|| is_game_story(&doc.text)) => (
            lead_day_before(ctx)?,
            "counted in a quotation from the day of the game the lead reports".into(),
        ),
        None => return None,
    };
    if base == pubd {
        return None;
    }
    Some((add_days(base, offset)?, None, why))
}

/// Does `text` report a game: as many words of games as the quarter rules ask for?
fn is_game_story(text: &str) -> bool {
    // (split as the scanner splits, so that the count is the one the quarter rules make)
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| crate::timex::rules::is_sports_word(&w.to_ascii_lowercase()))
        .count()
        >= crate::timex::rules::GAME_STORY_WORDS
}

/// The day the lead (the first two sentences) names first, when it is the day before
/// publication: the day of a story's event, reported the morning after.
fn lead_day_before(ctx: &Context) -> Option<NaiveDate> {
    let (p, _, _) = ctx
        .mentioned
        .iter()
        .take_while(|(_, _, s)| *s <= 1)
        .find(|(p, _, _)| p.grain <= Grain::Day)?;
    (add_days(p.start, 1) == Some(ctx.published)).then_some(p.start)
}

/// How far (in bytes) back [`quoted_day`] looks for the opening quotation mark.
const QUOTE_REACH: usize = 600;

/// How far (in bytes) before an opening quote or after a closing one the attribution is looked
/// for.
const ATTRIBUTION_REACH: usize = 60;

/// "said Sunday", "Kemp said Monday": the weekday right after "said" or "says" in `span`.
fn said_weekday(span: &str) -> Option<Weekday> {
    let mut words = span
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .peekable();
    while let Some(w) = words.next() {
        if matches!(w.as_str(), "said" | "says") {
            if let Some(day) = words
                .peek()
                .and_then(|next| crate::lexicon::lookup(next))
                .and_then(|info| info.weekday)
            {
                return Some(day);
            }
        }
    }
    None
}

/// A date with no year whose text names a weekday ("Friday, June 12") but whose value, taken
/// from the story's year, falls on another weekday: the date in the year nearest publication
/// where the two agree ([`year_from_weekday`]). `None` when they already agree.
fn weekday_agreeing(m: &Match, text: &str, v: &TimeValue, ctx: &Context) -> Option<TimeValue> {
    // (the cheap test first: this runs for every expression)
    if !matches!(
        m.expr,
        TimeExpr::Calendar {
            year: None,
            day: Some(_),
            ..
        }
    ) {
        return None;
    }
    let named = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .find_map(|w| crate::lexicon::lookup(&w.to_ascii_lowercase()).and_then(|i| i.weekday))?;
    if v.interval?.start?.date().weekday() == named {
        return None;
    }
    year_from_weekday(&m.expr, m.modifier, text, ctx)
}

/// "last week" read as "this week", "the weekend" as "next weekend": the period `rel` and `unit`
/// name, resolved in place of the one written, with `note` saying why.
fn rel_unit_instead(
    rel: Rel,
    unit: Unit,
    modifier: Option<Mod>,
    ctx: &Context,
    note: &str,
) -> (TimeValue, Option<usize>) {
    let expr = TimeExpr::RelUnit {
        rel,
        unit,
        part: None,
    };
    let (mut v, _) = resolve(&expr, modifier, ctx);
    v.reason.push_str(note);
    (v, None)
}

/// "opens Thursday, July 5, and runs through Sunday", "opened on Friday and runs until
/// Tuesday": a bare weekday after "through" or "until", in a sentence whose last time named is a
/// day, is the first such weekday after that day. The value, and the day's index.
fn weekday_through(doc: &Document, m: &Match, ctx: &Context) -> Option<(TimeValue, usize)> {
    let TimeExpr::Weekday {
        day: weekday,
        rel: None,
        clock: None,
        part: None,
    } = m.expr
    else {
        return None;
    };
    // ("from 11 p.m. Thursday until 5 a.m. on Tuesday": over a clock and "on" before the day)
    let from = doc
        .text
        .floor_char_boundary(m.start.saturating_sub(THROUGH_REACH));
    let before = doc.text.get(from..m.start)?;
    let word = before
        .split_whitespace()
        .rev()
        .find(|w| {
            !(matches!(
                *w,
                "on" | "at" | "a.m." | "p.m." | "am" | "pm" | "noon" | "midnight"
            ) || w.contains(|c: char| c.is_ascii_digit()))
        })?
        .trim_matches(|c: char| !c.is_alphabetic());
    if !matches!(word, "through" | "until" | "till" | "thru") {
        return None;
    }
    let (p, i, s) = ctx.mentioned.last()?;
    if *s != ctx.sentence || p.grain > Grain::Day {
        return None;
    }
    let start = p.start;
    // (after a clock, the same day may end the range: "0000 GMT Wednesday ... until early
    // Wednesday"; not in a future clause from the publication day, "walked out at 6 a.m. Monday
    // and will stay out until Monday")
    let ahead = matches!(ctx.tense, Tense::Future | Tense::Upcoming | Tense::Present);
    let same_day = if p.grain < Grain::Day && (!ahead || start > ctx.published) {
        0
    } else {
        1
    };
    let d = (same_day..=7)
        .map(|k| start + chrono::Duration::days(k))
        .find(|d| d.weekday() == weekday)?;
    // ("began at 6 a.m. Monday and will last until Wednesday": an end told ahead is not behind
    // publication; the tense decides)
    if ahead && d < ctx.published {
        return None;
    }
    let v = date_value(
        day(d),
        format!("\"{word} {weekday}\" after {start}: the first {weekday} after it"),
    );
    Some((v, *i))
}

/// How many bytes before a weekday [`weekday_through`] looks for "through" or "until", a clock
/// between ("until 5 a.m. on Tuesday").
const THROUGH_REACH: usize = 24;

/// "the full year", "the fiscal year": the year a report is about.
fn is_own_year(expr: &TimeExpr, text: &str) -> bool {
    matches!(
        expr,
        TimeExpr::Anaphor {
            offset: 0,
            unit: Unit::Year,
            ..
        }
    ) && {
        let lower = text.to_ascii_lowercase();
        lower.contains("full") || lower.contains("fiscal")
    }
}

/// "It was a Tuesday": a weekday with its article after a copula, when a day named in the last
/// sentences falls on it. That day and its index, if so.
fn copula_weekday(
    doc: &Document,
    m: &Match,
    mentioned: &[(Period, usize, usize)],
) -> Option<(NaiveDate, usize)> {
    let TimeExpr::Weekday {
        day: wd,
        rel: None,
        clock: None,
        part: None,
    } = m.expr
    else {
        return None;
    };
    let text = &doc.text[m.start..m.end];
    if !(text.starts_with("a ") || text.starts_with("A ")) {
        return None;
    }
    // ("Christmas Day 2025 falls on a Thursday": the day named falls on it)
    let before = &doc.text[doc.text.floor_char_boundary(m.start.saturating_sub(12))..m.start];
    if ![
        "was ",
        "is ",
        "falls on ",
        "fell on ",
        "fall on ",
        "will be ",
    ]
    .iter()
    .any(|v| before.ends_with(v))
    {
        return None;
    }
    // (a few mentions back at most, so that a long sentence stays linear)
    mentioned
        .iter()
        .rev()
        .take(COPULA_MENTIONS)
        .take_while(|(_, _, s)| s + CLOCK_REACH >= m.sentence)
        .find(|(p, _, _)| p.grain == Grain::Day && p.start.weekday() == wd)
        .map(|(p, i, _)| (p.start, *i))
}

/// How many mentions back [`copula_weekday`] looks for the day a weekday names.
const COPULA_MENTIONS: usize = 6;

/// "Jan. 11, 1998, a Sunday": a bare weekday right after a comma that follows a date falling on
/// that weekday. The date, if so.
fn appositive_weekday(
    doc: &Document,
    prev: &Match,
    prev_out: &Timex,
    m: &Match,
) -> Option<NaiveDate> {
    // ("took office on July 28, 2006, Independence Day": a holiday set beside a date names it,
    // whatever country's holiday it is)
    let wd = match m.expr {
        TimeExpr::Weekday {
            day,
            rel: None,
            clock: None,
            part: None,
        } => Some(day),
        TimeExpr::Holiday {
            year: None,
            rel: None,
            eve: false,
            weekend: false,
            part: None,
            ..
        } => None,
        _ => return None,
    };
    let between = doc.text.get(prev.end..m.start)?.trim();
    let between = between
        .strip_suffix(" a")
        .or(between.strip_suffix(",a"))
        .unwrap_or(between);
    if between.trim() != "," || !matches!(prev_out.value.grain, Some(Grain::Day | Grain::PartOfDay))
    {
        return None;
    }
    let d = prev_out.value.interval?.start?.date();
    wd.is_none_or(|wd| d.weekday() == wd).then_some(d)
}

/// A bare weekday joined by "and" / "or" to a weekday with "next", "last" or "this" just
/// before it ("next Thursday and Friday", "last Monday or Tuesday").
fn coordinated_weekday(doc: &Document, prev: &Match, m: &Match) -> bool {
    let bare = matches!(m.expr, TimeExpr::Weekday { rel: None, .. });
    // only after "next/last/this Thursday": bare pairs ("Friday and Thursday") resolve alone
    let after_weekday = matches!(prev.expr, TimeExpr::Weekday { rel: Some(_), .. });
    let between = doc.text.get(prev.end..m.start).unwrap_or("").trim();
    bare && after_weekday && prev.sentence == m.sentence && matches!(between, "and" | "or")
}

/// "as Easter week began": the week of this year's holiday when publication falls in it,
/// whatever the tense says about the holiday itself.
fn this_years_week(expr: &TimeExpr, ctx: &Context) -> Option<Period> {
    let TimeExpr::Holiday {
        holiday,
        year: None,
        eve,
        weekend,
        ..
    } = *expr
    else {
        return None;
    };
    let this_year = TimeExpr::Holiday {
        holiday,
        year: Some(ctx.published.year()),
        eve,
        weekend,
        part: None,
        rel: None,
        clock: None,
    };
    let (v, _) = resolve(&this_year, None, ctx);
    let week = Period::of(v.interval?.start?.date(), Grain::Week)?;
    (week.start <= ctx.published && ctx.published < week.end).then_some(week)
}

/// "since 2008", "the quarter ended Sept. 30": a time that bounds a stretch the story speaks of,
/// not a time it moves to, so later anaphora ("the end of the year", "a year earlier") do not
/// count from it. The last day of a quarter gives way to the quarter itself; the last day of
/// "the six months ended Aug. 12" stays, the six months being no time to count from.
fn period_bound(before: &str, after_quarter: bool) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("since")
        || (after_quarter
            && (word.eq_ignore_ascii_case("ended") || word.eq_ignore_ascii_case("ending")))
}

/// The quarter of [`is_quarter_told_ending`]: the one that holds the weekday it ends on ("ending
/// Sunday", the next match; a period ending in a month's first week ends, in effect, with the
/// month before, as a fiscal quarter ending Sunday, April 2, does), else the one under way.
fn quarter_told_ending(
    found: &[Match],
    tenses: &[(Tense, Option<String>)],
    n: usize,
    ctx: &Context,
) -> Option<TimeValue> {
    let weekday_next = found.get(n + 1).is_some_and(|f| {
        matches!(f.expr, TimeExpr::Weekday { .. }) && f.sentence == found[n].sentence
    });
    let (day, why) = if weekday_next {
        let d = resolve_in_own_clause(found, tenses, n + 1, ctx)
            .interval?
            .start?
            .date();
        let d = if d.day() <= 7 { add_days(d, -7)? } else { d };
        (d, "the quarter that ends on the day named")
    } else {
        (
            ctx.published,
            "the quarter whose end is told: the one under way",
        )
    };
    Some(date_value(
        Period::of(day, Grain::Quarter)?,
        why.to_string(),
    ))
}

/// "before the quarter ends on Friday", "for the quarter ending Sunday": "the quarter" as the
/// subject of a verb of ending in the present, or ending on a weekday (one near publication).
fn is_quarter_told_ending(doc: &Document, m: &Match) -> bool {
    let mut after = doc.text[m.end..].split_whitespace();
    let verb = after.next().unwrap_or("");
    let day = after
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .to_ascii_lowercase();
    matches!(
        m.expr,
        TimeExpr::Anaphor {
            offset: 0,
            unit: Unit::Quarter,
            part: None,
        }
    ) && (matches!(verb, "ends" | "closes" | "finishes")
        || (verb == "ending" && crate::lexicon::lookup(&day).is_some_and(|x| x.weekday.is_some())))
}

/// "For the nine months, net was ... a year earlier": the last expression before match `n`, in
/// its sentence, is a stretch of the report's year ("the nine months", "the first six months").
fn months_of_report_before(doc: &Document, found: &[Match], n: usize) -> bool {
    let Some(prev) = n.checked_sub(1).map(|k| &found[k]) else {
        return false;
    };
    let TimeExpr::Duration {
        amount: Amount::Exact(months),
        unit: Unit::Month,
    } = prev.expr
    else {
        return false;
    };
    // "the nine months", "the first six months", "the latest nine months" (the article inside
    // the span or just before it)
    let from = doc.text.ceil_char_boundary(prev.start.saturating_sub(12));
    let lead = doc.text[from..prev.end].to_ascii_lowercase();
    let lead = lead.trim_start_matches(|c: char| c != ' ');
    prev.sentence == found[n].sentence
        && months < 12.0
        && lead.split_whitespace().any(|w| w == "the")
}

/// The year before the one a report is about: that of the last quarter it named, else of
/// publication.
fn year_before_report(ctx: &Context) -> (TimeValue, Option<usize>) {
    let report = ctx.mentioned.iter().rev().find(|(p, _, _)| {
        p.grain == Grain::Quarter && (ctx.published - p.end).num_days() < REPORT_PERIOD_REACH_DAYS
    });
    let base = report.map_or(ctx.published, |(p, _, _)| p.start);
    match Period::of(base, Grain::Year).and_then(|p| p.shift(-1)) {
        Some(p) => (
            date_value(
                p,
                "a year before the months of the report: that year".to_string(),
            ),
            report.map(|(_, i, _)| *i),
        ),
        None => (unresolved("XXXX", "out of range"), None),
    }
}

/// "police said Monday", "told reporters on Tuesday": a bare weekday right after a reporting
/// verb dates the report, not the story, so later clock times and "the same day" do not count
/// from it.
fn is_report_day(expr: &TimeExpr, before: &str) -> bool {
    // ("Mrs Pettifer said yesterday": the day of the report, as a weekday would be)
    if !matches!(
        expr,
        TimeExpr::Weekday {
            rel: None,
            clock: None,
            part: None,
            ..
        } | TimeExpr::DayOffset {
            offset: -1 | 0,
            clock: None,
            part: None,
        }
    ) {
        return false;
    }
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let last = words.next().unwrap_or("").to_ascii_lowercase();
    let last = if last == "on" {
        words.next().unwrap_or("").to_ascii_lowercase()
    } else {
        last
    };
    // ("according to figures released Thursday", "data published Tuesday": the day of a
    // release is the day of a report too)
    crate::lexicon::REPORTING_PAST.contains(&last.as_str())
        || matches!(last.as_str(), "says" | "released" | "published" | "issued")
}

/// A numbered fiscal quarter without a year, not told in the future: the one just reported.
fn fiscal_quarter_reported(expr: &TimeExpr, text: &str, ctx: &Context) -> bool {
    matches!(
        expr,
        TimeExpr::Quarter {
            quarter: Some(_),
            year: None,
            rel: None
        }
    ) && text.to_ascii_lowercase().contains("fiscal")
        && !matches!(ctx.tense, Tense::Future | Tense::Upcoming)
}

/// A numbered quarter with no year right before the results a report gives ("reports
/// fourth-quarter results on Tuesday", "will report third-quarter results in late October"):
/// the last such quarter over by the day of the report, which the sentence names after it.
fn results_quarter(
    doc: &Document,
    found: &[Match],
    tenses: &[(Tense, Option<String>)],
    n: usize,
    ctx: &Context,
) -> Option<TimeValue> {
    let m = &found[n];
    let TimeExpr::Quarter {
        quarter: Some(q @ 1..=4),
        year: None,
        rel: None,
    } = m.expr
    else {
        return None;
    };
    let after = doc.text[m.end..doc.text.ceil_char_boundary(m.end + RESULTS_NOUN_REACH)]
        .to_ascii_lowercase();
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let results = |w: &str| {
        matches!(
            w,
            "results" | "earnings" | "profit" | "profits" | "loss" | "revenue" | "sales"
        )
    };
    if !(results(first) || (first.len() > 2 && results(second))) {
        return None;
    }
    // (the day of a report dates the quarter: "reports fourth-quarter results on Tuesday")
    let before = doc.text[doc
        .text
        .floor_char_boundary(m.start.saturating_sub(RESULTS_NOUN_REACH))
        ..m.start]
        .to_ascii_lowercase();
    let reporting = before.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w,
            "reports" | "report" | "reporting" | "posts" | "post" | "releases" | "release"
        )
    });
    if doc.text[m.start..m.end]
        .to_ascii_lowercase()
        .contains("fiscal")
    {
        return None;
    }
    // ("said it expects fourth-quarter revenue to fall short of estimates", in January: the
    // results of a quarter just over and not yet out, not those of one ten months ahead; only
    // with the verb of expecting right before: "expects the new phone to lift fourth-quarter
    // sales" looks ahead)
    let expecting = before.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w,
            "expects" | "expected" | "expect" | "sees" | "forecasts" | "projects" | "predicts"
        )
    });
    if !reporting {
        if !expecting {
            return None;
        }
        let last_year = ctx.published.year() - 1;
        return just_ended(ctx.published, q, 3)
            .then(|| ymd(last_year, q * 3 - 2, 1).and_then(|d| Period::of(d, Grain::Quarter)))
            .flatten()
            .map(|p| {
                date_value(
                    p,
                    "results of a quarter just over, still to come out".to_string(),
                )
            });
    }
    // the day of the report: the next time of the sentence, a day or a month
    let k = n + 1;
    if found.get(k).is_none_or(|f| f.sentence != m.sentence) {
        return None;
    }
    let report = resolve_in_own_clause(found, tenses, k, ctx);
    // ("will report fourth-quarter results next week": a week dates the report too)
    if !matches!(report.grain, Some(Grain::Day | Grain::Week | Grain::Month)) {
        return None;
    }
    // (the day after the report's day, as periods end the day after their last: "for the
    // period ending Sept. 30")
    let by = add_days(report.interval?.start?.date(), 1)?;
    let y = by.year();
    // (a quarter over long before the report is a fiscal one, labelled as written: "will
    // report third-quarter results in mid-June")
    let period = [y, y - 1]
        .into_iter()
        .filter_map(|yy| ymd(yy, q * 3 - 2, 1).and_then(|d| Period::of(d, Grain::Quarter)))
        .find(|p| p.end <= by)
        .filter(|p| (by - p.end).num_days() <= RESULTS_REPORT_REACH_DAYS)?;
    Some(date_value(
        period,
        format!(
            "the quarter whose results are reported on {}: the last one over by then",
            report.value
        ),
    ))
}

/// How far (in bytes) [`results_quarter`] looks either side of the quarter for "results" and
/// for the verb of the report.
const RESULTS_NOUN_REACH: usize = 30;

/// How long after a calendar quarter ends its results may come out.
const RESULTS_REPORT_REACH_DAYS: i64 = 100;

/// How long after its end a fiscal quarter is typically reported: the quarter is labelled with
/// the year of the day this long before publication.
const FISCAL_REPORT_LAG_DAYS: i64 = 45;

/// How long before publication the period a report is about may have ended: a quarter's results
/// come out within weeks; a period over for most of a year is itself a comparison.
const REPORT_PERIOD_REACH_DAYS: i64 = 200;

/// "year-ago", "year-earlier" as adjectives ("the year-ago results"), as opposed to "a year ago".
fn is_year_ago_adjective(expr: &TimeExpr, text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    matches!(
        expr,
        TimeExpr::Anaphor {
            offset: -1,
            unit: Unit::Year,
            ..
        }
    ) && (lower.contains("year-ago") || lower.contains("year-earlier"))
}

/// "A year earlier", "a year ago", "the year-ago quarter": a period named for comparison.
/// Reports go back and forth between the period they report and the one a year before, so
/// such a period is not a time the story moves to, and later anaphora skip it.
fn is_comparison(expr: &TimeExpr) -> bool {
    match *expr {
        TimeExpr::Shift { unit, .. } => unit == Unit::Year,
        // ("toured the following year ... that winter": a year forward tells the story on)
        TimeExpr::Anaphor { offset, unit, .. } => unit == Unit::Year && offset < 0,
        TimeExpr::Quarter { quarter, .. } => quarter.is_none(),
        _ => false,
    }
}

/// The day a resolved time is on, as its value writes it: the start of its interval, except for
/// "midnight" written T24:00, which ends its day (the interval starts on the next).
/// "the operation began shortly after midnight Monday and ... the flag was raised at about
/// 10:30 a.m.": a morning clock time whose day comes from a midnight written as the end of a day
/// (T24:00) is on the day after it.
fn morning_after_midnight(
    m: &Match,
    v: &TimeValue,
    anchor: Option<usize>,
    out: &[Timex],
    past: bool,
) -> Option<TimeValue> {
    let TimeExpr::ClockTime { clock } = m.expr else {
        return None;
    };
    let midnight = out.get(anchor?)?;
    // (both told in the past: "continues until midnight tonight. Buses ran from 08:00" is a
    // morning before that midnight)
    if clock.hour >= 12
        || !past
        || midnight.tense != Tense::Past
        || !midnight.value.value.ends_with("T24:00")
    {
        return None;
    }
    let d = add_days(day_written(&midnight.value)?, 1)?;
    let mut v2 = with_time(
        date_value(
            day(d),
            "a morning clock time after a midnight that ended the day named: the next day".into(),
        ),
        d,
        Some(clock),
        None,
    );
    v2.modifier = v.modifier;
    Some(v2)
}

/// The hour the small hours end: a clock time before it, told right after an evening one, goes
/// on into the next day (see [`morning_after_evening`]).
const SMALL_HOURS_END: u32 = 7;

/// The last clock reading named in this sentence or the one before, if it lies in the small
/// hours of the day after `d` and before `clock` on the clock: a night story gone on past
/// midnight (see [`morning_after_evening`]).
fn small_hours_before(
    out: &[Timex],
    sentence: usize,
    d: NaiveDate,
    clock: Clock,
) -> Option<&Timex> {
    let (last, hour, minute, day) = last_clock_reading(out, sentence)?;
    (hour < SMALL_HOURS_END
        && (hour, minute) <= (clock.hour, clock.minute)
        && Some(day) == add_days(d, 1)
        && last.value.reason.starts_with(NIGHT_GONE_ON))
    .then_some(last)
}

/// The last clock reading named (on its own or with its day: "at 10 p.m. Thursday") in this
/// sentence or the one before: the expression, its hour and minute, and its day.
fn last_clock_reading(out: &[Timex], sentence: usize) -> Option<(&Timex, u32, u32, NaiveDate)> {
    let last = out
        .iter()
        .rev()
        .take_while(|t| t.sentence + NIGHT_STORY_SENTENCES >= sentence)
        .find(|t| t.value.value.as_bytes().get(10) == Some(&b'T'))?;
    let hour: u32 = last.value.value.get(11..13)?.parse().ok()?;
    let minute: u32 = last.value.value.get(14..16)?.parse().unwrap_or(0);
    let day = last.value.interval?.start?.date();
    Some((last, hour, minute, day))
}

/// The reason [`morning_after_evening`] gives a clock time it moves past midnight: a later
/// small-hours reading goes on from one that carries it.
const NIGHT_GONE_ON: &str = "a morning clock time told after the evening one";

/// How many sentences back [`evening_clock_before`] looks for the evening clock time.
const NIGHT_STORY_SENTENCES: usize = 1;

/// The last clock reading named in this sentence or the one before (see
/// [`last_clock_reading`]), if it is an evening one (18:00 or later) on day `d`.
fn evening_clock_before(out: &[Timex], sentence: usize, d: NaiveDate) -> Option<&Timex> {
    let (last, hour, _, day) = last_clock_reading(out, sentence)?;
    ((18..24).contains(&hour) && day == d).then_some(last)
}

/// "Firefighters were called at 10:40 p.m. on Saturday. The roof collapsed at 1:15 a.m.": a
/// morning clock time told in the past right after an evening one of the same day, and earlier
/// on the clock, is on the next day: the story goes on through the night. Not told as earlier
/// ("Earlier, at 8 a.m.", "had left at 7 a.m."), and not when the sentence names a day itself.
fn morning_after_evening(
    doc: &Document,
    m: &Match,
    v: &TimeValue,
    out: &[Timex],
    ctx: &Context,
) -> Option<TimeValue> {
    let TimeExpr::ClockTime { clock } = m.expr else {
        return None;
    };
    // (a morning written as such: "7:55" alone may be the evening; "06:15" on a 24-hour clock)
    let own = doc.text[m.start..m.end].to_ascii_lowercase();
    let morning = own.contains("a.m")
        || own.ends_with("am")
        || own.contains("morning")
        || leading_zero(doc, m);
    let sentence = sentence_before(doc, m.start, QUOTE_REACH).to_ascii_lowercase();
    // ("by 5 a.m. it had been brought under control": "by" and the past perfect go on; the
    // deadline leaves the tense open)
    let by = sentence.trim_end().ends_with(" by") || sentence.trim() == "by";
    let past = ctx.tense == Tense::Past || (by && ctx.tense == Tense::Unknown);
    if clock.hour >= 12 || !morning || !past {
        return None;
    }
    let d = v.interval?.start?.date();
    // (never past publication for what is told in the past)
    if d >= doc.published {
        return None;
    }
    // (or a small-hours reading already moved on, earlier on the clock: "released them at 1:20
    // a.m. ... Talks broke down at about 3:30 a.m.")
    // (after an evening, only the small hours: "Fans began queuing at 8 a.m." after a 9:45
    // p.m. whistle was before it; after the small hours, any later morning: "reached shore at 5
    // a.m., and the last was rescued at 10 a.m.")
    let evening = evening_clock_before(out, m.sentence, d)
        .filter(|_| clock.hour < SMALL_HOURS_END)
        .or_else(|| small_hours_before(out, m.sentence, d, clock))?;
    if evening.tense != Tense::Past {
        return None;
    }
    // (not the end of a stretch: "between 20:00 and 06:00" is dated as a range)
    let joiner = doc
        .text
        .get(evening.end..m.start)
        .map(str::trim)
        .is_some_and(|t| matches!(t, "to" | "until" | "till" | "and" | "-" | "–" | "through"));
    if joiner {
        return None;
    }
    let told_before = sentence.contains("earlier")
        || sentence.contains("before")
        || sentence.contains("after")
        || (sentence.contains(" had ") && !by);
    if told_before {
        return None;
    }
    let next = add_days(d, 1)?;
    let mut v2 = with_time(
        date_value(
            day(next),
            format!(
                "{NIGHT_GONE_ON} {} ({}): the next day",
                evening.text, evening.value.value
            ),
        ),
        next,
        Some(clock),
        None,
    );
    v2.modifier = v.modifier;
    Some(v2)
}

fn day_written(v: &TimeValue) -> Option<NaiveDate> {
    let start = v.interval?.start?.date();
    if v.value.contains("T24") {
        start.pred_opt()
    } else {
        Some(start)
    }
}

/// The last time named within [`CLOCK_REACH`] sentences at least as fine as `grain`: the day a
/// bare clock time is on, the month a bare "the 24th" is in.
fn named_within_reach<'a>(ctx: &'a Context, grain: Grain) -> Option<&'a (Period, usize, usize)> {
    ctx.mentioned
        .iter()
        .rev()
        .take_while(|(_, _, s)| s + CLOCK_REACH >= ctx.sentence)
        .find(|(p, k, _)| p.grain <= grain && !ends_period(ctx, *k))
}

/// Whether match `k` is the last day of a reporting period (see [`ends_reporting_period`]).
pub(super) fn ends_period(ctx: &Context, k: usize) -> bool {
    ctx.period_end.get(k).copied().unwrap_or(false)
}

/// "earned $1.12 a share in the three months ended Dec. 31": is match `n` a day right after
/// "ended" or "ending" that follows a stretch of months, a quarter or a year (a reporting
/// period; "voting runs for two weeks ending Feb. 3" ends on a day the story goes to)?
fn ends_reporting_period(doc: &Document, found: &[Match], n: usize) -> bool {
    // (`get`: two matches can still overlap here, "in March 3-1 May", and then nothing is
    // between them)
    n > 0
        && matches!(
            doc.text
                .get(found[n - 1].end..found[n].start)
                .map(str::trim),
            // ("the three months through June", "the six months to September")
            Some("ended" | "ending" | "through" | "to")
        )
        && (found[n - 1].rule == "quarter_ended"
            || matches!(
                found[n - 1].expr,
                TimeExpr::Duration {
                    unit: Unit::Month | Unit::Quarter | Unit::Year,
                    ..
                } | TimeExpr::Quarter { .. }
            ))
}

/// "Police arrested a man Friday night ... He was arrested at about 9:30 p.m. at a motel": a
/// bare clock time told in the past with the verb of an earlier dated event (not a verb of
/// saying or being) is on that event's day, however many dates were named between.
fn day_of_same_event(
    tenses: &[(Tense, Option<String>)],
    n: usize,
    ctx: &Context,
) -> Option<(NaiveDate, usize)> {
    if ctx.tense != Tense::Past {
        return None;
    }
    let verb = ctx.cue.filter(|c| is_event_verb(c))?;
    ctx.mentioned
        .iter()
        .rev()
        // (a bounded look back, so that a long text of clock times stays linear)
        .take_while(|(_, _, s)| s + EVENT_REACH >= ctx.sentence)
        .filter(|(p, k, s)| {
            *k < n && *s != ctx.sentence && p.grain <= Grain::Day && p.start <= ctx.published
        })
        .find(|(_, k, _)| {
            tenses
                .get(*k)
                .is_some_and(|(t, c)| *t == Tense::Past && c.as_deref() == Some(verb))
        })
        .map(|(p, k, _)| (p.start, *k))
}

/// How many sentences back [`day_of_same_event`] looks for the event's day.
const EVENT_REACH: usize = 30;

/// A single past-tense verb that names an event rather than saying or being ("arrested", not
/// "said" or "was").
fn is_event_verb(cue: &str) -> bool {
    cue.len() > 3
        && cue.bytes().all(|b| b.is_ascii_lowercase())
        && !crate::lexicon::REPORTING_PAST.contains(&cue)
        && !matches!(
            cue,
            "was" | "were" | "had" | "been" | "did" | "came" | "went" | "made" | "took" | "began"
        )
}

/// The night before the day of publication (TNI), with `why` and that reading in its reason.
fn night_before_publication(doc: &Document, why: &str) -> Option<TimeValue> {
    let d = add_days(doc.published, -1)?;
    let v = date_value(day(d), format!("{why}: the night before publication"));
    Some(with_time(v, d, None, Some(DayPart::Night)))
}

/// "38 crashes since midnight", "conceded shortly after midnight": the midnight a day begins
/// with, T00:00 of the day last named, or of the day after it when what was named is an evening
/// or a night ("Friday night ... shortly after midnight"). `None` when the clock time is not a
/// midnight after "since" or "after".
fn midnight_begun(
    doc: &Document,
    m: &Match,
    v: &TimeValue,
    anchor: Option<usize>,
    out: &[Timex],
    past: bool,
    ahead: bool,
) -> Option<TimeValue> {
    let TimeExpr::ClockTime { clock } = m.expr else {
        return None;
    };
    if clock.hour != 24 {
        return None;
    }
    let mut words_before = doc.text[..m.start].split_whitespace().rev();
    let before = words_before.next().unwrap_or("").to_ascii_lowercase();
    // ("not expected until after midnight": the midnight still to come ends the day)
    let until_after = before == "after"
        && words_before
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("until"));
    // ("results will probably be known shortly after midnight": told ahead, the midnight that
    // ends the day)
    let after = matches!(before.as_str(), "since" | "after") && !until_after && !ahead;
    let named = day_written(v)?;
    // "a ceasefire that took effect at midnight", told in the past: the midnight that began the
    // publication day, not the one still to come at its end
    if !after {
        // (written as the end of the day before, T24:00, as "midnight" is written elsewhere)
        let before = add_days(named, -1)?;
        return (past && named >= doc.published).then(|| {
            let mut v2 = with_time(
                date_value(
                    day(before),
                    "midnight told in the past: the one that began the day".into(),
                ),
                before,
                Some(Clock {
                    hour: 24,
                    minute: 0,
                }),
                None,
            );
            v2.modifier = v.modifier;
            v2
        });
    }
    let evening = anchor.and_then(|a| out.get(a)).is_some_and(|t| {
        let value = &t.value.value;
        value.ends_with("TNI")
            || value.ends_with("TEV")
            || value
                .split_once('T')
                .and_then(|(_, hm)| hm.get(..2)?.parse::<u32>().ok())
                .is_some_and(|h| (18..24).contains(&h))
    });
    // ("Polls closed at 8 p.m. on Tuesday. The race was called shortly after midnight": an
    // evening clock just before, on the day named)
    let evening = evening || evening_clock_before(out, m.sentence, named).is_some();
    let d = if evening { add_days(named, 1)? } else { named };
    let why = "after/since midnight: the midnight that began the day";
    let mut v2 = with_time(
        date_value(day(d), why.into()),
        d,
        Some(Clock { hour: 0, minute: 0 }),
        None,
    );
    v2.modifier = v.modifier;
    Some(v2)
}

/// "In 38 years I have written ...", "in five years the bank has grown": "in N units" (counted
/// ahead) with "have" or "has" and a past participle among the next few words ("matures in
/// five years and has a rate" is ahead).
fn in_units_lived(doc: &Document, m: &Match) -> bool {
    if !matches!(m.expr, TimeExpr::Shift { forward: true, .. }) {
        return false;
    }
    // (a short look ahead: five words are enough, and a long text stays linear)
    let rest = &doc.text[m.end..doc.text.ceil_char_boundary(m.end + 80)];
    let clause = rest
        .find(['.', ';', '?', '!', '\n'])
        .map_or(rest, |e| &rest[..e]);
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    let perfect_at = |words: &[&str], k: usize| {
        let w = words[k].to_ascii_lowercase();
        matches!(
            w.as_str(),
            "have" | "has" | "i've" | "we've" | "they've" | "haven't" | "hasn't"
        ) && (words.get(k + 1).is_some_and(|n| is_participle(n))
            // ("I have not seen a July like it in 38 years")
            || (words
                .get(k + 1)
                .is_some_and(|n| matches!(n.to_ascii_lowercase().as_str(), "not" | "never"))
                && words.get(k + 2).is_some_and(|n| is_participle(n))))
    };
    if (0..words.len()).any(|k| perfect_at(&words, k)) {
        return true;
    }
    // a present perfect before it in its sentence, not after (a short look back too)
    let back = &doc.text[doc.text.floor_char_boundary(m.start.saturating_sub(80))..m.start];
    let back = back
        .rfind(['.', ';', '?', '!', '\n'])
        .map_or(back, |e| &back[e + 1..]);
    let words: Vec<&str> = back
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let negated_perfect = (0..words.len()).any(|k| {
        perfect_at(&words, k)
            && words
                .get(k + 1)
                .is_some_and(|n| matches!(n.to_ascii_lowercase().as_str(), "not" | "never"))
    }) || words.iter().enumerate().any(|(k, w)| {
        matches!(w.to_ascii_lowercase().as_str(), "haven't" | "hasn't")
            && words.get(k + 1).is_some_and(|n| is_participle(n))
    });
    // ("The shop has changed little in 32 years": a present perfect right before, with at most
    // an adverb of degree between)
    let n = words.len();
    let adverb = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "little" | "much" | "more" | "less" | "so" | "only" | "already" | "twice" | "once"
        )
    };
    let perfect_right_before =
        (n >= 3 && perfect_at(&words, n - 3) && words[n - 1].eq_ignore_ascii_case("in"))
            || (n >= 4
                && perfect_at(&words, n - 4)
                && adverb(words[n - 2])
                && words[n - 1].eq_ignore_ascii_case("in"));
    // ("more rain in three days than normally falls in two months": the second term of a
    // comparison, or what usually happens, is a length)
    let compared = words.iter().rev().take(COMPARED_WORDS).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "than" | "normally" | "usually" | "typically"
        )
    });
    negated_perfect || perfect_right_before || compared
}

/// How many words before "in N units" [`in_units_lived`] looks for "than" or "normally".
const COMPARED_WORDS: usize = 4;

/// A past participle, by its ending or as a common irregular one.
fn is_participle(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    w.ends_with("ed")
        || w.ends_with("en")
        || w.ends_with("wn")
        || matches!(
            w.as_str(),
            "been"
                | "done"
                | "made"
                | "had"
                | "built"
                | "won"
                | "lost"
                | "become"
                | "come"
                | "gone"
                | "sold"
                | "spent"
                | "kept"
                | "held"
                | "led"
                | "run"
                | "taught"
                | "bought"
                | "brought"
                | "fought"
                | "found"
                | "met"
                | "paid"
                | "put"
                | "read"
                | "sent"
                | "set"
                | "told"
                | "said"
                | "seen"
                | "left"
                | "felt"
                | "heard"
                | "grown"
                | "known"
        )
}

/// A month and day with no year ("Oct. 20") told within [`CLOCK_REACH`] sentences of a day
/// named more than a year before publication: the same month and day in the year that puts it
/// in the month after that day, if one does (stories move forward; "testified on Feb. 5" after
/// "March 8, 2013" is back in the present). The expression with its year, and the anchor.
/// "In 2010, a similar cold spell shut the network for most of December": a bare month in a
/// sentence that opens with a year is in that year. The month with its year, and the year's
/// index. "plans to open stores next year, starting in May": a month after "this year", "last
/// year" or "next year" in its sentence is in that year too.
fn month_in_sentence_year(
    doc: &Document,
    found: &[Match],
    n: usize,
    ctx: &Context,
) -> Option<(TimeExpr, usize)> {
    let m = &found[n];
    let TimeExpr::Calendar {
        year: None,
        month: Some(_),
        day,
        rel: None,
        year_rel: None,
        ..
    } = m.expr
    else {
        return None;
    };
    let (p, i, s) = ctx.mentioned.last()?;
    if *s != ctx.sentence {
        return None;
    }
    // ("will be held next year on Dec. 17": a day of the month too)
    if let Some(k) = relative_year_before(doc, found, n) {
        let year = ctx
            .mentioned
            .iter()
            .rev()
            .find(|(_, j, _)| *j == k)?
            .0
            .start
            .year();
        // ("will stay open an extra week this year, through Jan. 5", in December: a day told
        // ahead that would fall behind publication runs into the next year; the tense decides)
        let TimeExpr::Calendar {
            month: Some(month), ..
        } = m.expr
        else {
            return None;
        };
        // (far behind only: "figures for this year, through Nov. 30", in December, is the
        // cut-off just past)
        let behind = ymd(year, month, day.unwrap_or(1))
            .is_some_and(|d| (ctx.published - d).num_days() > HALF_YEAR_DAYS);
        if behind && matches!(ctx.tense, Tense::Future | Tense::Upcoming | Tense::Present) {
            return None;
        }
        let mut dated = m.expr.clone();
        if let TimeExpr::Calendar { year: y, .. } = &mut dated {
            *y = Some(year);
        }
        return Some((dated, k));
    }
    // "Last summer, a heat wave buckled tracks over three days in late July": a month inside
    // the season just named in its sentence is in that season
    // (not a day of the month, often a plan of its own: "pleaded guilty last winter and are to
    // be sentenced Dec. 14"; nor after a season with its year, a date of its own: "began in
    // the spring of 2021, the most recent in March")
    if p.grain == Grain::Season {
        let TimeExpr::Calendar {
            month: Some(month),
            day: None,
            ..
        } = m.expr
        else {
            return None;
        };
        if !matches!(found[*i].expr, TimeExpr::Season { year: None, .. }) {
            return None;
        }
        let year = [p.start.year(), p.start.year() + 1]
            .into_iter()
            .find(|&y| ymd(y, month, 1).is_some_and(|d| d >= p.start && d < p.end))?;
        let mut dated = m.expr.clone();
        if let TimeExpr::Calendar { year: y, .. } = &mut dated {
            *y = Some(year);
        }
        return Some((dated, *i));
    }
    if p.grain != Grain::Year || day.is_some() {
        return None;
    }
    let year = p.start.year();
    // (the year opens the sentence: "In 2010," at its start; a bounded look back, so that a
    // long text stays linear)
    let from = doc
        .text
        .floor_char_boundary(m.start.saturating_sub(SENTENCE_YEAR_REACH));
    let before = doc.text.get(from..m.start)?;
    let sentence_start = match before.rfind(['.', '!', '?', '\n']) {
        Some(k) => k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let opening = before[sentence_start..].trim_start();
    if !(opening.starts_with(&format!("In {year},")) || opening.starts_with(&format!("In {year} ")))
    {
        return None;
    }
    let mut dated = m.expr.clone();
    if let TimeExpr::Calendar { year: y, .. } = &mut dated {
        *y = Some(year);
    }
    Some((dated, *i))
}

/// How far behind publication a day told ahead after "this year" must lie to be put in the next
/// year instead ("through Jan. 5" in December).
const HALF_YEAR_DAYS: i64 = 182;

/// The year of a "last year", "this year" or "next year" right after a date with no year of its
/// own, at match `n` ("changed hands on Oct. 19 last year").
fn year_right_after(doc: &Document, found: &[Match], n: usize) -> Option<i32> {
    let TimeExpr::Calendar {
        year: None,
        month: Some(_),
        day: Some(_),
        rel: None,
        year_rel: None,
        ..
    } = found[n].expr
    else {
        return None;
    };
    let next = found.get(n + 1)?;
    let TimeExpr::RelUnit {
        rel,
        unit: Unit::Year,
        part: None,
    } = next.expr
    else {
        return None;
    };
    if !doc.text.get(found[n].end..next.start)?.trim().is_empty() {
        return None;
    }
    Some(doc.published.year() + rel.step())
}

/// "next year, starting in May", "this year, in March and September": the index of a "this
/// year", "last year" or "next year" that the month at `n` follows in its sentence, with only
/// words that carry the year on between them, and other bare months ("last year and warned in
/// January" has a clause of its own; "higher than last year by March" compares with the year).
fn relative_year_before(doc: &Document, found: &[Match], n: usize) -> Option<usize> {
    let sentence = found[n].sentence;
    let mut cursor = found[n].start;
    for k in (n.saturating_sub(YEAR_TO_MONTH_STEPS)..n).rev() {
        let f = &found[k];
        let gap = doc.text.get(f.end..cursor)?;
        let bare_month = matches!(
            f.expr,
            TimeExpr::Calendar {
                year: None,
                month: Some(_),
                rel: None,
                year_rel: None,
                ..
            }
        );
        let carried = f.sentence == sentence
            && gap
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| {
                    YEAR_TO_MONTH_WORDS.contains(&w)
                        || (bare_month && matches!(w, "and" | "or" | "to" | "through"))
                });
        if !carried {
            return None;
        }
        match f.expr {
            TimeExpr::RelUnit {
                unit: Unit::Year,
                part: None,
                ..
            } => {
                let before = doc.text.get(..f.start)?.trim_end();
                return (!before.ends_with("than")).then_some(k);
            }
            _ if bare_month => cursor = f.start,
            _ => return None,
        }
    }
    None
}

/// How many expressions back [`relative_year_before`] walks (the year, then months named
/// together: "this year, in March, June and September").
const YEAR_TO_MONTH_STEPS: usize = 4;

/// Words that may stand between "next year" and a month it dates: "next year, starting in May",
/// "this year, in March and September", "later this year, probably in October".
const YEAR_TO_MONTH_WORDS: &[&str] = &[
    "in",
    "starting",
    "beginning",
    "probably",
    "perhaps",
    "possibly",
    "likely",
    "from",
    "until",
    "through",
    "as",
    "early",
    "late",
    "including",
    "either",
    "once",
    // ("delayed twice last year, first from the spring and then from Christmas")
    "first",
    "—",
    "-",
];

/// How far back (in bytes) [`month_in_sentence_year`] looks for the start of the sentence.
const SENTENCE_YEAR_REACH: usize = 300;

fn day_in_story_year(expr: &TimeExpr, ctx: &Context) -> Option<(TimeExpr, usize)> {
    let TimeExpr::Calendar {
        year: None,
        month: Some(month),
        day: Some(dom),
        rel: None,
        year_rel: None,
        ..
    } = *expr
    else {
        return None;
    };
    let (p, i, day_sentence) = named_within_reach(ctx, Grain::Day)?;
    let story = p.start;
    if (ctx.published - story).num_days() <= 400 {
        return None;
    }
    // ("the following afternoon ... She retired in the spring of 1974 ... This summer she plans
    // ... tryouts are scheduled for Sept. 9": a time of another year in a later sentence has
    // moved the story on; "sank on April 15, 1912, a disaster retold in the 1997 film" has not)
    let moved_on = ctx
        .mentioned
        .iter()
        .rev()
        .take_while(|(_, _, s)| s > day_sentence)
        .any(|(q, _, _)| !(story.year()..=story.year() + 1).contains(&q.start.year()));
    if moved_on {
        return None;
    }
    // (only a few weeks from it: a story that comes back to the present names days far from
    // the old one)
    let y = (story.year()..=story.year() + 1)
        .filter_map(|y| ymd(y, month, dom).map(|d| (y, (d - story).num_days())))
        .find(|&(_, gap)| (0..=31).contains(&gap))?
        .0;
    let mut dated = expr.clone();
    if let TimeExpr::Calendar { year, .. } = &mut dated {
        *year = Some(y);
    }
    Some((dated, *i))
}

/// "released Tuesday at 9 a.m.", "on Monday at 6 p.m.": the day of the expression right before
/// " at " (a whole day), and its index, whatever its tense made of it for later anaphora.
fn day_right_before(
    doc: &Document,
    found: &[Match],
    out: &[Timex],
    n: usize,
) -> Option<(NaiveDate, usize)> {
    let k = n.checked_sub(1)?;
    let between = doc.text.get(found[k].end..found[n].start)?;
    if between.trim() != "at" || out.get(k)?.value.grain != Some(Grain::Day) {
        return None;
    }
    Some((day_written(&out[k].value)?, k))
}

/// A clock time right after "at" that follows a word of reporting within a few words: "said at
/// 1000 GMT", "told a news conference at 4 p.m.", "a statement issued at 10 a.m.".
fn reported_at(doc: &Document, m: &Match) -> bool {
    let before = &doc.text[doc.text.floor_char_boundary(m.start.saturating_sub(60))..m.start];
    let before = &before[before.rfind(['.', '\n', ';']).map_or(0, |k| k + 1)..];
    let words: Vec<String> = before
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    // "At 8:30 a.m., the Labor Department said employers added ...": the clock opening its
    // sentence, the report right after it
    if last == "at" && rest.is_empty() {
        let after = &doc.text[m.end..doc.text.ceil_char_boundary(m.end + 60)];
        let after = &after[..after.find(['.', '\n', ';']).unwrap_or(after.len())];
        if after.starts_with(',')
            && after.split_whitespace().take(6).any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                    "said" | "reported" | "announced" | "says"
                )
            })
        {
            return true;
        }
    }
    // ("Forecasters had issued a tornado watch at 4 p.m.": the past perfect tells an earlier
    // event of the story, not the report)
    let reporting = |w: &String| {
        matches!(
            w.as_str(),
            "said"
                | "says"
                | "told"
                | "announced"
                | "statement"
                | "released"
                | "issued"
                | "published"
                | "conference"
                | "briefing"
        )
    };
    // ("an advisory issued at 11 a.m." is a report; "issued a tornado warning at 10:52 p.m."
    // an event of the story)
    last == "at"
        && rest.iter().enumerate().rev().take(4).any(|(i, w)| {
            reporting(w)
                && !(i > 0 && rest[i - 1] == "had")
                && (w != "issued" || i + 1 == rest.len())
        })
}

/// The last day named within [`CLOCK_REACH`] sentences that starts on or before `by`.
fn named_within_reach_by<'a>(
    ctx: &'a Context,
    grain: Grain,
    by: NaiveDate,
) -> Option<&'a (Period, usize, usize)> {
    ctx.mentioned
        .iter()
        .rev()
        .take_while(|(_, _, s)| s + CLOCK_REACH >= ctx.sentence)
        .find(|(p, k, _)| p.grain <= grain && p.start <= by && !ends_period(ctx, *k))
}

/// "Coxswain Jack Penrose, who died in 2011, received the medal that autumn": a time inside an
/// aside (a relative clause between commas) dates the aside, not the story, so later anaphora
/// do not count from it. The look is short both ways, so that long texts stay linear.
fn in_relative_aside(text: &str, start: usize, end: usize) -> bool {
    let from = text.floor_char_boundary(start.saturating_sub(60));
    let before = &text[from..start];
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let opener = before[comma + 1..].trim_start();
    let relative = ["who ", "which ", "whose "]
        .iter()
        .any(|w| opener.starts_with(w));
    if !relative || before[comma + 1..].contains(['.', ';']) {
        return false;
    }
    let after = &text[end..text.ceil_char_boundary(end + 40)];
    match (after.find(','), after.find(['.', ';', '\n'])) {
        (Some(c), Some(stop)) => c < stop,
        (Some(_), None) => true,
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
    // ("the ball drops at midnight ... raised at 6 p.m." is still Dec. 31)
    let start = day_written(v)?;
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
        (Tense::Recent, Some(c)) => c.to_string(),
        (Tense::Upcoming, Some(c)) => format!("a schedule (\"{c}\")"),
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
        let start = this_clock_on(d, c);
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
            // "on Sunday ... The race started at 7:30 a.m.": the day the story is at, if one
            // was named in the last few sentences (a year or a month in between does not count)
            let mut day_named = named_within_reach(ctx, Grain::Day);
            // ("declared victory early Wednesday, ... in Tuesday's elections. ... at 3:40
            // a.m.": a day named as an event's attribute, after a later day in its own sentence,
            // is not where the story is)
            if let Some((p, i, sentence)) = day_named {
                if ctx.possessive.get(*i).copied().unwrap_or(false) {
                    let later_plain = ctx
                        .mentioned
                        .iter()
                        .rev()
                        .take_while(|(_, _, s)| s + CLOCK_REACH >= ctx.sentence)
                        .find(|(q, k, _)| {
                            q.grain <= Grain::Day
                                && !ctx.possessive.get(*k).copied().unwrap_or(false)
                        })
                        .filter(|(q, _, s)| q.start > p.start && s == sentence);
                    if later_plain.is_some() {
                        day_named = later_plain;
                    }
                }
            }
            // "set sentencing for Dec. 6. Jurors returned the verdict shortly after 2 p.m.": a
            // time told in the past is not on a day still ahead named in an earlier sentence
            // ("The State Patrol reported 412 crashes in the 24 hours ending at noon": a
            // report far before the time is past too)
            let told_past = ctx.tense == Tense::Past
                || (ctx.tense == Tense::Unknown
                    && ctx
                        .cue
                        .is_some_and(|c| c.contains("far before: the report")));
            // ("Results are expected by Monday evening. ... had reached the capital by noon":
            // a deadline in a clause told in the past is past too)
            let past_deadline = ctx.tense == Tense::Unknown
                && ctx.cue.is_some_and(|c| c.contains("makes it a deadline"));
            if (told_past || past_deadline)
                && day_named.is_some_and(|(p, _, s)| *s != ctx.sentence && p.start > pubd)
            {
                day_named = named_within_reach_by(ctx, Grain::Day, pubd);
            }
            // "we'll check back at eight fifteen": a time ahead is not on a day already past;
            // "it's just after 6 o'clock here": the present is the publication day
            let ahead = matches!(ctx.tense, Tense::Future | Tense::Upcoming);
            let now = ctx.tense == Tense::Present;
            // ("Game 2 is Wednesday at 8:05 p.m.": a day named in the same sentence holds,
            // whatever the tense)
            let same_sentence = day_named.is_some_and(|(_, _, s)| *s == ctx.sentence);
            // ("will fly on Tuesday, the company said Friday, after a review on Thursday.
            // Liftoff is scheduled for 8:30 a.m.": a time ahead is on the last day named that is
            // not past)
            if ahead && !same_sentence && day_named.is_some_and(|(p, _, _)| p.start < pubd) {
                day_named = ctx
                    .mentioned
                    .iter()
                    .rev()
                    .take_while(|(_, _, s)| s + CLOCK_REACH >= ctx.sentence)
                    .find(|(p, _, _)| p.grain <= Grain::Day && p.start > pubd);
            }
            let (d, anchor, why) = match day_named {
                Some((p, i, _)) if same_sentence || !(now || ahead && p.start < pubd) => {
                    (p.start, Some(*i), "the day last mentioned")
                }
                _ => (pubd, None, "the publication day"),
            };
            // ("a storm that began late Monday left homes without power Tuesday morning.
            // Freezing rain started falling around 9 p.m.": an evening told in the past, not in
            // the sentence of the publication day, is the evening before it when the story has
            // just named that day)
            // (not in a story that counts from the day of writing: "bowled out for 179
            // yesterday, took two wickets this morning ... stumps were drawn at 18:32")
            let recent = ctx
                .mentioned
                .iter()
                .rev()
                .take_while(|(_, _, s)| s + CLOCK_REACH >= ctx.sentence);
            let counts_from_writing = recent
                .clone()
                .any(|(_, k, _)| ctx.deictic.get(*k) == Some(&true));
            let (d, anchor, why) = match recent
                .clone()
                .find(|(p, _, _)| p.grain <= Grain::Day && add_days(p.start, 1) == Some(pubd))
                .filter(|_| !counts_from_writing)
            {
                Some((p, i, _))
                    if told_past
                        && !same_sentence
                        && d == pubd
                        && clock.hour >= EVENING_HOUR
                        && clock.hour < 24 =>
                {
                    (
                        p.start,
                        Some(*i),
                        "the day before publication, named before it",
                    )
                }
                _ => (d, anchor, why),
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
            year_rel,
        } => {
            // "talks beginning Sept. 20 and ending on the 24th": a day of the month last named
            // (in the last few sentences), else of the publication month
            if let (None, None, Some(d)) = (year, month, dom) {
                let named = named_within_reach(ctx, Grain::Month);
                let (anchor_day, anchor) = match named {
                    Some((p, i, _)) => (p.start, Some(*i)),
                    // ("will meet on the 15th" on Feb. 29: next month's; "was paid on the 28th"
                    // on March 2: last month's)
                    None => {
                        let pubd = ctx.published;
                        let shift = match ctx.tense {
                            Tense::Future | Tense::Upcoming if d < pubd.day() => 1,
                            Tense::Past if d > pubd.day() => -1,
                            _ => 0,
                        };
                        let first = pubd.with_day(1).unwrap_or(pubd);
                        let month =
                            crate::timex::calendar::add_months(first, shift).unwrap_or(first);
                        (month, None)
                    }
                };
                return match ymd(anchor_day.year(), anchor_day.month(), d) {
                    Some(date) => (
                        date_value(day(date), "a day of the month last named".to_string()),
                        anchor,
                    ),
                    None => (
                        unresolved("XXXX-XX-XX", "no such day in that month"),
                        anchor,
                    ),
                };
            }
            // "June last year": the year is counted from publication, the month is as written
            let year = year.or(year_rel.map(|r| ctx.published.year() + r.step()));
            (
                resolve_calendar(year, month, dom, rel, clock, part, ctx),
                None,
            )
        }
        TimeExpr::RelUnit { rel, unit, part } => (resolve_rel_unit(rel, unit, part, ctx), None),
        TimeExpr::Shift {
            amount,
            unit,
            forward,
        } => resolve_shift(amount, unit, forward, ctx),
        TimeExpr::Anaphor { offset, unit, part } => {
            let (v, anchor) = resolve_anaphor(offset, unit, part.is_none(), ctx);
            // "the next morning", "that night": the part of the day that anchors to
            let day_start = v.interval.and_then(|iv| iv.start).map(|t| t.date());
            match (part, day_start) {
                (Some(p), Some(d)) if v.grain == Some(Grain::Day) && v.kind == TimexType::Date => {
                    (with_time(v, d, None, Some(p)), anchor)
                }
                _ => (v, anchor),
            }
        }
        TimeExpr::Season { season, year, rel } => (resolve_season(season, year, rel, ctx), None),
        TimeExpr::Quarter { quarter, year, rel } => (
            resolve_part_of_year(Grain::Quarter, quarter, year, rel, ctx),
            None,
        ),
        TimeExpr::Half { half, year, rel } => (
            resolve_part_of_year(Grain::Half, half, year, rel, ctx),
            None,
        ),
        // "the 2000s": the century while its first decade lasts, the decade once it is over
        // ("lost money for most of the 2000s", written in 2020)
        TimeExpr::Decade {
            decade: 200,
            century_given: true,
        } if pubd.year() < 2010 => resolve_core(&TimeExpr::Century { n: 21 }, ctx),
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
                // ("The Twenties ended with the crash", told in the past weeks into 2020: a
                // decade only just begun has no past yet, so the one a century back)
                let just_begun = pubd.year() - start_year < 3;
                if start_year > pubd.year() || (just_begun && ctx.tense == Tense::Past) {
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
        TimeExpr::AgoThis {
            amount,
            unit,
            of,
            weekday,
        } => {
            let months = amount.saturating_mul(match unit {
                Unit::Year => 12,
                Unit::Decade => 120,
                Unit::Century => 1200,
                _ => 1,
            });
            let grain = unit_grain(of).unwrap_or(Grain::Day);
            // (the anniversary's weekday nearest publication: ahead on a tie, publication day
            // itself if it is one)
            let from = match weekday {
                Some(wd) if pubd.weekday() != wd => {
                    let ahead = days_forward(pubd.weekday(), wd);
                    let back = days_back(pubd.weekday(), wd);
                    let step = if ahead <= back { ahead } else { -back };
                    add_days(pubd, step).unwrap_or(pubd)
                }
                _ => pubd,
            };
            match crate::timex::calendar::add_months(from, -months)
                .and_then(|d| Period::of(d, grain))
            {
                Some(p) => {
                    let why = match weekday {
                        Some(wd) => format!(
                            "the {} nearest publication ({from}), {amount} {}(s) back",
                            crate::timex::calendar::weekday_name(wd),
                            format!("{unit:?}").to_lowercase()
                        ),
                        None => format!("the {:?} of publication, {amount} {:?}(s) back", of, unit)
                            .to_lowercase(),
                    };
                    (date_value(p, why), None)
                }
                None => (unresolved("XXXX", "out of range"), None),
            }
        }
        TimeExpr::DaysAfter { days, ref base } => {
            // ("finishes at home a week from Sunday" after "on Wednesday": the weekday counted
            // from is the one the story is in, not one after the day before it)
            let base_ctx = Context {
                mentioned: &[],
                ..*ctx
            };
            let (v, anchor) = resolve_core(base, &base_ctx);
            let start = v.interval.and_then(|iv| iv.start).map(|t| t.date());
            match start.and_then(|d| add_days(d, days)) {
                Some(d) if v.grain == Some(Grain::Day) => (
                    date_value(day(d), format!("{days} days after {}", v.value)),
                    anchor,
                ),
                _ => (unresolved("XXXX-XX-XX", "no day to count from"), anchor),
            }
        }
        TimeExpr::Picked {
            pick,
            what,
            ref base,
        } => {
            let (v, anchor) = resolve_core(base, ctx);
            match picked::pick(&v, pick, what) {
                Some(p) => (date_value(p, picked::reason(pick, what, &v.value)), anchor),
                None => (
                    unresolved("XXXX-XX-XX", "no time to pick the day from"),
                    anchor,
                ),
            }
        }
        TimeExpr::Compound { parts } => (
            plain(
                TimexType::Duration,
                durations::compound_value(&parts),
                "a length of time in several units",
            ),
            None,
        ),
        TimeExpr::Set {
            unit,
            every,
            quant,
            n,
            month,
            part,
            season,
            day,
        } => {
            let part = part.map_or(String::new(), |p| format!("T{}", p.code()));
            let value = match (every, month) {
                _ if season.is_some() => {
                    format!("XXXX-{}", season.map_or("XX", |x| x.code()))
                }
                (None, Some(m)) if day.is_some() => {
                    format!("XXXX-{m:02}-{:02}", day.unwrap_or(1))
                }
                (None, None) if day.is_some() => format!("XXXX-XX-{:02}", day.unwrap_or(1)),
                (Some(d), _) => format!("XXXX-WXX-{}{part}", d.number_from_monday()),
                (None, None) if !part.is_empty() && n == 1 => format!("XXXX-XX-XX{part}"),
                (None, Some(m)) => format!("XXXX-{m:02}"),
                (None, None) if unit == Unit::Weekend && n == 1 => "XXXX-WXX-WE".to_string(),
                (None, None) if n == 0 => duration_value(Amount::Vague, unit),
                // ("every quarter" is written P3M, as "quarterly" is, and as most annotators
                // of the held-out news wrote it)
                (None, None) if unit == Unit::Quarter => {
                    duration_value(Amount::Exact(3.0 * n as f64), Unit::Month)
                }
                (None, None) => duration_value(Amount::Exact(n as f64), unit),
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
            part,
            rel,
            clock,
        } => {
            let v = resolve_holiday(holiday, year, eve, weekend, rel, ctx);
            // "Thanksgiving evening": the part of that day; "8 p.m. Thanksgiving night" a clock
            // time on it
            match (clock, part, v.interval.and_then(|iv| iv.start)) {
                (Some(c), _, Some(start)) if v.grain == Some(Grain::Day) => {
                    (with_time(v, start.date(), Some(c), None), None)
                }
                (None, Some(p), Some(start)) if v.grain == Some(Grain::Day) => {
                    (with_time(v, start.date(), None, Some(p)), None)
                }
                _ => (v, None),
            }
        }
        TimeExpr::NewYear => {
            let (y, why) = if pubd.month() >= 7 {
                (
                    pubd.year() + 1,
                    "the new year, told in the second half of the old one",
                )
            } else {
                (pubd.year(), "the new year, begun at publication")
            };
            match ymd(y, 1, 1).and_then(|d| Period::of(d, Grain::Year)) {
                Some(p) => (date_value(p, why.to_string()), None),
                None => (unresolved("XXXX", "year out of range"), None),
            }
        }
        TimeExpr::Unknown { value } => (unresolved(value, "not understood"), None),
    }
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
