//! Parts of the year and holidays: seasons, quarters, halves, the quarter a report is about.

use super::*;

pub(super) fn resolve_season(
    season: Season,
    year: Option<i32>,
    rel: Option<Rel>,
    ctx: &Context,
) -> TimeValue {
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
                    Tense::Upcoming => {
                        first_after.map(|p| (p, "a time still ahead (\"before the summer\")"))
                    }
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

pub(super) fn resolve_part_of_year(
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
        (None, Some(r)) => (pubd.year() + r.step(), "of the year named".to_string()),
        (None, None) => {
            let this_start =
                crate::timex::calendar::month_start(pubd.year(), i64::from((n - 1) * per_year + 1));
            // A past clause cannot speak of a quarter that has not begun: take last year's.
            if ctx.tense == Tense::Past && this_start.is_some_and(|s| s > pubd) {
                (
                    pubd.year() - 1,
                    format!(
                        "{} and not yet begun this year -> last year",
                        tense_phrase(ctx)
                    ),
                )
            } else if (!matches!(ctx.tense, Tense::Future | Tense::Upcoming)
                || ctx.cue.is_some_and(crate::lexicon::is_mood_cue))
                && just_ended(pubd, n, per_year)
            {
                // "Earnings for the fourth quarter need to be strong" in January: the quarter
                // just over, whose results are coming in, not the one ten months ahead
                (
                    pubd.year() - 1,
                    "last year's, just ended and not told in the future".to_string(),
                )
            } else if matches!(ctx.tense, Tense::Future | Tense::Upcoming)
                && !ctx.figures
                && long_over(pubd, n, per_year)
            {
                // "expects to return to profit in the first quarter" in July: this year's has
                // been over for more than a quarter, so the one ahead is next year's
                (
                    pubd.year() + 1,
                    format!(
                        "{} and this year's long over -> next year",
                        tense_phrase(ctx)
                    ),
                )
            } else {
                (pubd.year(), "the publication year".to_string())
            }
        }
    };
    match crate::timex::calendar::month_start(y, i64::from((n - 1) * per_year + 1))
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

/// How long after this year's part ended a clause looking ahead means next year's: more than
/// a quarter (within it the part is the one whose results are coming, "will report
/// third-quarter results" in October).
const LONG_OVER_DAYS: i64 = 92;

/// Whether this year's part `n` (of `per_year` months) ended more than [`LONG_OVER_DAYS`]
/// before `pubd`.
fn long_over(pubd: NaiveDate, n: u32, per_year: u32) -> bool {
    let end = crate::timex::calendar::month_start(pubd.year(), i64::from(n * per_year + 1));
    end.is_some_and(|e| e <= pubd && (pubd - e).num_days() > LONG_OVER_DAYS)
}

/// How long after a period of last year ended it is still the one a bare name means.
const JUST_ENDED_DAYS: i64 = 45;

/// Whether last year's part `n` (of `per_year` months) ended at most [`JUST_ENDED_DAYS`]
/// before `pubd` while this year's has not begun.
pub(super) fn just_ended(pubd: NaiveDate, n: u32, per_year: u32) -> bool {
    let y = pubd.year();
    let first_month = i64::from((n - 1) * per_year + 1);
    let this_start = crate::timex::calendar::month_start(y, first_month);
    let last_end = crate::timex::calendar::month_start(y - 1, first_month + i64::from(per_year));
    match (this_start, last_end) {
        (Some(s), Some(e)) => s > pubd && e <= pubd && (pubd - e).num_days() <= JUST_ENDED_DAYS,
        _ => false,
    }
}

/// The quarter a report is about: the last quarter the text named, or else the last one
/// completed before publication.
pub(super) fn report_quarter(ctx: &Context) -> Option<(Period, Option<usize>)> {
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
pub(super) fn resolve_report_quarter(
    year: Option<i32>,
    rel: Option<Rel>,
    ctx: &Context,
) -> TimeValue {
    let Some((base, _)) = report_quarter(ctx) else {
        return unresolved("XXXX-QX", "out of range");
    };
    quarter_of_base_in_year(base, year, rel)
}

/// The quarter `base` moved to the year named: written, or counted from its own year.
pub(super) fn quarter_of_base_in_year(
    base: Period,
    year: Option<i32>,
    rel: Option<Rel>,
) -> TimeValue {
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

pub(super) fn resolve_holiday(
    h: Holiday,
    year: Option<i32>,
    eve: bool,
    weekend: bool,
    rel: Option<Rel>,
    ctx: &Context,
) -> TimeValue {
    let pubd = ctx.published;
    let name = holiday_name(h);
    // (a lunar holiday can fall twice in a Gregorian year, or not be in the table at all)
    let dates_in = |y: i32| -> Vec<NaiveDate> {
        holiday_dates(h, y)
            .into_iter()
            .filter_map(|d| if eve { add_days(d, -1) } else { Some(d) })
            .collect()
    };
    let chosen = match year {
        Some(y) => match dates_in(y).first() {
            Some(d) => Some((*d, format!("{name} {y}"))),
            None => return unresolved(&format!("{y}-XX-XX"), "holiday out of the table's years"),
        },
        None => {
            let this_year = dates_in(pubd.year());
            let around: Vec<NaiveDate> = dates_in(pubd.year() - 1)
                .into_iter()
                .chain(this_year.iter().copied())
                .chain(dates_in(pubd.year() + 1))
                .collect();
            // "this Thanksgiving": this year's (the one nearest publication, if it falls twice)
            let this = this_year
                .iter()
                .copied()
                .min_by_key(|d| (*d - pubd).num_days().abs());
            let on_or_before = around.iter().copied().filter(|d| *d <= pubd).max();
            let on_or_after = around.iter().copied().filter(|d| *d >= pubd).min();
            // "the Memorial Day weekend", published on its Sunday: the weekend under way
            // (told in the past, only from inside the weekend: "The Good Friday weekend drew
            // crowds" on the Thursday before is last year's; "poured into town for the Memorial
            // Day weekend", on its Sunday, is this one)
            let inside = matches!(pubd.weekday(), Weekday::Sat | Weekday::Sun);
            let under_way = weekend
                && (ctx.tense != Tense::Past || inside)
                && this.is_some_and(|d| d >= pubd && (d - pubd).num_days() <= 2);
            let before = around.iter().copied().filter(|d| *d < pubd).max();
            let after = around.iter().copied().filter(|d| *d > pubd).min();
            match (rel, ctx.tense) {
                (Some(Rel::Last), _) => {
                    before.map(|d| (d, format!("\"last {name}\" -> the one before publication")))
                }
                (Some(Rel::Next), _) => {
                    after.map(|d| (d, format!("\"next {name}\" -> the one after publication")))
                }
                // ("This Christmas was the warmest", in early January: the one just gone)
                (Some(Rel::This), Tense::Past | Tense::Recent)
                    if this.is_some_and(|d| d > pubd) =>
                {
                    on_or_before.map(|d| {
                        (
                            d,
                            format!("\"this {name}\" told in the past -> the one just gone"),
                        )
                    })
                }
                (Some(Rel::This), _) => {
                    this.map(|d| (d, format!("\"this {name}\" -> this year's")))
                }
                _ if under_way => {
                    this.map(|d| (d, format!("{name} weekend, under way at publication")))
                }
                (_, Tense::Past) => on_or_before.map(|d| {
                    (
                        d,
                        format!("{name} + {} -> the most recent one", tense_phrase(ctx)),
                    )
                }),
                (_, Tense::Future | Tense::Upcoming) => on_or_after
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
        // The weekend next to the holiday: before a Monday or a Tuesday holiday (a long
        // weekend runs into it: the Fourth of July on a Tuesday), else the one of its week.
        let base = if matches!(d.weekday(), Weekday::Mon | Weekday::Tue) {
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
