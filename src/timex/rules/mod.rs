//! The rules of the scanner, as named records with examples.
//!
//! Each rule looks at the tokens from one position and returns the end of what it matched and
//! the typed expression. `tests/rules.rs` scans every example and checks that the named rule
//! matches all of it. The table is here with the helpers the rules share; the rules themselves
//! live in one submodule per family (days, calendar, relative, durations, periods, fuzzy,
//! holidays).

use super::grammar::{
    clock, day_part, half_after, month_context_before, month_name, numeral, spelled_year,
    year_after,
};
use super::scan::{Found, Scanner};
use super::types::*;
use crate::lexicon::Class;
use chrono::Weekday;

mod calendar;
mod days;
mod durations;
mod fuzzy;
mod holidays;
mod periods;
pub use periods::{is_sports_word, GAME_STORY_WORDS};
mod relative;

use calendar::*;
use days::*;
use durations::*;
use fuzzy::*;
use holidays::*;
use periods::*;
use relative::*;

pub struct Rule {
    pub name: &'static str,
    /// Phrases the rule must match whole, or the part in brackets ("the [current] market").
    pub examples: &'static [&'static str],
    pub apply: fn(&Scanner, usize) -> Option<Found>,
}

pub const RULES: &[Rule] = &[
    Rule {
        name: "weekday",
        examples: &[
            "Saturday",
            "last Friday",
            "this coming Monday",
            "Thursday morning",
            "Friday 3 p.m.",
            "next Tuesday night",
            "no trains on [Bank Holiday Monday]",
            "the vote is on [Tuesday week]",
        ],
        apply: weekday,
    },
    Rule {
        name: "day_offset",
        examples: &[
            "today",
            "yesterday",
            "tomorrow night",
            "tonight",
            "this morning",
            "last night",
            "yesterday noon",
            "the day before yesterday",
        ],
        apply: day_offset,
    },
    Rule {
        name: "weekday_anaphor",
        examples: &[
            "the previous Friday",
            "the following Monday",
            "By [that Saturday], volunteers were clearing roads.",
            "on [that Sunday morning]",
            "[The Friday before], opponents had delivered",
        ],
        apply: weekday_anaphor,
    },
    Rule {
        name: "season_anaphor",
        examples: &[
            "that summer",
            "that same winter",
            "that December",
            "until [December that year]",
            "in [March of that year]",
        ],
        apply: season_anaphor,
    },
    Rule {
        name: "new_year",
        examples: &[
            "a rival bidder would emerge in [the new year].",
            "Tokyo has already welcomed [the new year],",
        ],
        apply: new_year,
    },
    Rule {
        name: "picked",
        examples: &[
            "the first weekend of October",
            "the second Tuesday in March",
            "the last week of 1999",
            "the Saturday after Thanksgiving",
            "a date could be set by [Friday of next week]",
            "the last Sunday before Christmas",
            "the first week of next month",
        ],
        apply: picked,
    },
    Rule {
        name: "week_of",
        examples: &[
            "the week of March 6",
            "Easter week",
            "Christmas week",
            "the week to 6 February",
        ],
        apply: week_of,
    },
    Rule {
        name: "day_of_month",
        examples: &[
            "talks beginning Sept. 20 and ending on [the 24th]",
            "the session ends on [the 26th].",
        ],
        apply: day_of_month,
    },
    Rule {
        name: "modified_weekend",
        examples: &[
            "traffic was heavy over [the bank holiday weekend]",
            "[the holiday weekend]",
            "[the long weekend]",
        ],
        apply: modified_weekend,
    },
    Rule {
        name: "weekend_of",
        examples: &[
            "the weekend of May 31",
            "semifinals set for [the weekend of June 7]",
        ],
        apply: weekend_of,
    },
    Rule {
        name: "elliptic_next",
        examples: &[
            "redemptions this week and [next] would lift sales",
            "sales will grow this year and [next].",
        ],
        apply: elliptic_next,
    },
    Rule {
        name: "overnight",
        examples: &[
            "eight inches of snow fell [overnight]",
            "London shares fell on [overnight] losses in New York",
            "two residents died [overnight Sunday], the examiner said",
        ],
        apply: overnight,
    },
    Rule {
        name: "part_of_day",
        examples: &[
            "in [the morning] to start trading",
            "by [mid afternoon]",
            "[the late morning]",
            "mid-afternoon yesterday",
            "late afternoon Friday",
            "[the evening] before the vote",
            "shares fell 2 percent in [afternoon] trading",
            "By [midmorning], 18 percent had voted",
            "By [evening], they were on the outskirts of the city.",
        ],
        apply: part_of_day,
    },
    Rule {
        name: "midweek",
        examples: &[
            "another storm could move in by [midweek]",
            "highs in the upper 30s by [mid-week]",
        ],
        apply: midweek,
    },
    Rule {
        name: "sports_season",
        examples: &[
            "the Foxes, who lost 92 games [last season]",
            "he hit .312 [this season]",
            "who lost 94 games [two seasons ago]",
        ],
        apply: sports_season,
    },
    Rule {
        name: "clock",
        examples: &[
            "3 p.m.",
            "3:30 p.m. EDT",
            "10 o'clock",
            "noon",
            "midnight",
            "15:00 GMT",
            "9 a.m. Friday",
            "8 p.m. Tuesday",
            "leave by [8 p.m. tonight]",
            "the train left at [7am]",
            "trading opens at [7.40am]",
            "kick-off at [12.30pm]",
            "5 p.m. EST Nov. 9",
            "4 in the morning",
            "six o'clock",
            "three thirty this afternoon",
        ],
        apply: clock_time,
    },
    Rule {
        name: "month_day",
        examples: &[
            "November twenty-fifth",
            "April 17",
            "Apr. 17, 2025",
            "Sept. 30",
            "Friday, April 17, 2025",
            "March 3rd",
            "April 17, 3 p.m.",
        ],
        apply: month_day,
    },
    Rule {
        name: "day_month",
        examples: &[
            "17 April 2025",
            "17th of April",
            "Thu, 17 Apr 2025",
            "the 4th of July",
            "the Fourth of July",
        ],
        apply: day_month,
    },
    Rule {
        name: "month_year",
        examples: &[
            "July 1997",
            "March of 2024",
            "May of last year",
            "Sept. 1998",
            "last March",
            "in June",
        ],
        apply: month_year,
    },
    Rule {
        name: "numeric_date",
        examples: &["2025-04-17", "4/17/2025", "2025/04/17", "12/31/98"],
        apply: numeric_date,
    },
    Rule {
        name: "year",
        examples: &[
            "twenty-fifteen",
            "2018",
            "in 1998",
            "fiscal 1989",
            "fiscal year 2024",
            "FY2024",
            "FY25",
            "nineteen ninety-six",
            "the year two thousand",
            "the year 2000",
            "won the title in ['99]",
            "the budget for [fiscal 1993/94]",
            "raised its forecast for [1995/96] profit",
        ],
        apply: year,
    },
    Rule {
        name: "decade",
        examples: &[
            "the 1990s",
            "the '80s",
            "1970s",
            "the eighties",
            "the 1990's",
        ],
        apply: decade,
    },
    Rule {
        name: "turn_of_century",
        examples: &[
            "By [the turn of the century] the ferry made 40 crossings a day",
            "most of the stores were gone by [the turn of the century]",
        ],
        apply: turn_of_century,
    },
    Rule {
        name: "century",
        examples: &[
            "the 19th century",
            "the nineteenth century",
            "the 21st century",
            "a [20th century] democrat",
        ],
        apply: century,
    },
    Rule {
        name: "quarter_ended",
        examples: &[
            "[the quarter] ended Sept. 30",
            "[the quarter] ending July 31, 1989",
            "[the quarter] ending Sunday",
        ],
        apply: quarter_ended,
    },
    Rule {
        name: "relative_unit",
        examples: &[
            "last week",
            "this year",
            "next month",
            "last weekend",
            "earlier this week",
            "later this month",
            "this past week",
            "the weekend",
            "the year",
            "the current quarter",
            "the latest quarter",
            "the fiscal year",
            "the current fiscal year",
            "the full year",
            "year-end",
            "year's end",
            "canceled classes for [the rest of the week]",
            "would slow hiring for [the remainder of this year]",
        ],
        apply: relative_unit,
    },
    Rule {
        name: "shift",
        examples: &[
            "two years ago",
            "three days ago",
            "a year ago",
            "in three days",
            "a decade ago",
            "two weeks from now",
            "six months earlier",
            "two days later",
            "a year and a half ago",
        ],
        apply: shift,
    },
    Rule {
        name: "same_year_back",
        examples: &[
            "the same day last year",
            "the same month a year ago",
            "the same week a year earlier",
        ],
        apply: same_year_back,
    },
    Rule {
        name: "anaphor",
        examples: &[
            "the next day",
            "the following week",
            "the same day",
            "that week",
            "the day before",
            "the previous year",
            "later in the day",
            "year-earlier",
            "the year-ago quarter",
            "the comparable year-ago quarter",
        ],
        apply: anaphor,
    },
    Rule {
        name: "duration",
        examples: &[
            "scored 11 points in [the final four minutes] of regulation",
            "I spent [those ten days] working",
            "three years",
            "five-hour",
            "45-minute",
            "the past 18 months",
            "24-hour",
            "decades",
            "several weeks",
            "the first nine months",
            "half an hour",
            "two and a half years",
            "the past year",
            "coming weeks",
            "the coming years",
            "a [day-long] meeting",
            "a [decades-long] feud",
            "the weeks ahead",
        ],
        apply: duration,
    },
    Rule {
        name: "race_time",
        examples: &[
            "Kiprono, who ran [2:06:41] in Rotterdam",
            "won in [2:09:55]",
            "the record of [2:01:09.5]",
        ],
        apply: race_time,
    },
    Rule {
        name: "month_span_quarter",
        examples: &[
            "net profit rose in [the October-December quarter]",
            "[the January-March quarter]",
            "raised his estimate for [the September quarter]",
        ],
        apply: month_span_quarter,
    },
    Rule {
        name: "quarter",
        examples: &[
            "the last half of 1989",
            "the first two quarters of 1990",
            "the third quarter",
            "third-quarter",
            "the fourth quarter of 2019",
            "Q3",
            "4Q24",
            "2H 2025",
            "revenue should rise in [H2]",
            "the first half",
            "the second half of 2024",
            "first-half",
            "the first quarter of next year",
            "the fiscal first quarter",
            "the 1988 third quarter",
            "the 1988 quarter",
            "the 1989 period",
            "last year's quarter",
            "this year's third quarter",
            "next year's first quarter",
            "the year-ago third quarter",
            "the quarter a year ago",
            "the corresponding period last year",
        ],
        apply: quarter,
    },
    Rule {
        name: "season",
        examples: &[
            "last summer",
            "this spring",
            "winter 2024",
            "the summer of 2019",
            "in the fall",
        ],
        apply: season,
    },
    Rule {
        name: "fuzzy",
        examples: &[
            "now",
            "currently",
            "recently",
            "soon",
            "in the past",
            "the future",
            "the near future",
            "at present",
            "these days",
            "recent years",
            "the [current] market",
            "a [recent] filing",
            "a [once] high-flying firm",
            "the building [once] housed a mill",
            "the near term",
            "then current",
            "future quarters",
            "a later date",
            "as soon as possible",
        ],
        apply: fuzzy,
    },
    Rule {
        name: "set",
        examples: &[
            "every Monday",
            "each year",
            "weekly",
            "annually",
            "semiannually",
            "every two weeks",
            "twice a year",
            "on Mondays",
            "every morning",
            "every December",
            "every spring",
            "each July",
            "every Sunday afternoon",
            "Tuesday nights",
            "on [weekends] only",
            "six days a week",
            "three times a month",
            "every December 17",
            "the 13th of every month",
            "every weekday",
            "the line runs [weekdays] and Saturdays",
        ],
        apply: set,
    },
    Rule {
        name: "named_crash_day",
        examples: &[
            "Nobody wants to relive [Black Monday]",
            "the crash of [Black Tuesday]",
        ],
        apply: named_crash_day,
    },
    Rule {
        name: "holiday",
        examples: &[
            "a concert ahead of the [Spring Festival]",
            "Christmas",
            "Christmas Eve",
            "New Year's Day",
            "Easter",
            "Good Friday",
            "Thanksgiving",
            "Memorial Day weekend",
            "Labor Day",
            "Independence Day",
            "Mother's Day",
            "Christmas 2024",
            "Holy Saturday",
            "Palm Sunday",
            "Ash Wednesday",
            "Maundy Thursday",
            "Election Day",
            "the primaries on [Super Tuesday]",
            "crowds expected on [Inauguration Day]",
            "ELECTION NIGHT BLOG - [Super Tuesday]",
            "the parade on [Remembrance Sunday]",
            "Black Friday",
            "schools closed for [King Day]",
            "the match on [Boxing Day]",
            "closed for [the August bank holiday]",
            "the marathon on [Patriots' Day]",
            "heading off for [the Spring Bank Holiday weekend]",
            "LIVE UPDATES: [May Day] march closes streets",
            "Cyber Monday",
            "Easter Monday",
            "Martin Luther King Jr. Day",
            "Presidents' Day",
            "Columbus Day",
            "Juneteenth",
            "this year's [Fourth of July] fireworks",
            "[Last Halloween], three children were hurt",
            "Orthodox Easter",
            "[Lunar New Year] travel",
            "ahead of [Chinese New Year]",
            "Eid al-Fitr",
            "prayers for [Eid-ul-Adha]",
            "Yom Kippur",
            "Rosh Hashanah",
            "Hanukkah",
            "Passover",
            "Diwali",
            "[Holi] celebrations",
            "lanterns for [the Mid-Autumn Festival]",
            "Anzac Day",
            "trees planted on [Arbor Day]",
            "Shrove Tuesday",
            "All Saints' Day",
            "Indigenous Peoples' Day",
            "St Andrew's Day",
            "Cinco de Mayo",
            "the warmest [May bank holiday] on record",
        ],
        apply: holiday,
    },
    Rule {
        name: "week_beside",
        examples: &[
            "Staff will take off [the week before Christmas]",
            "the week after Easter",
            "the week before May 26",
        ],
        apply: week_beside,
    },
    Rule {
        name: "day_beside",
        examples: &[
            "the day after Thanksgiving",
            "the day before Christmas Eve",
            "schools open Tuesday, [the day after Labor Day]",
        ],
        apply: day_beside,
    },
];

fn found(end: usize, expr: TimeExpr) -> Option<Found> {
    Some(Found { end, expr })
}

/// last / this / next (and "this coming", "this past") at `i`: (relation, next token).
fn rel_word(s: &Scanner, i: usize) -> Option<(Rel, usize)> {
    match s.class(i)? {
        Class::Last | Class::Past | Class::Previous => Some((Rel::Last, i + 1)),
        Class::Next | Class::Coming => Some((Rel::Next, i + 1)),
        Class::This | Class::Current => match s.class(i + 1) {
            Some(Class::Past) => Some((Rel::Last, i + 2)),
            Some(Class::Coming) => Some((Rel::Next, i + 2)),
            _ => Some((Rel::This, i + 1)),
        },
        _ => None,
    }
}

/// A month without a day: "June last year" (`year_rel`), "that December" (none).
fn month_expr(month: u32, year_rel: Option<Rel>) -> TimeExpr {
    TimeExpr::Calendar {
        year: None,
        month: Some(month),
        day: None,
        rel: None,
        clock: None,
        part: None,
        year_rel,
    }
}

/// The singular calendar unit at `i`.
fn unit_at(s: &Scanner, i: usize) -> Option<Unit> {
    let info = s.info(i)?;
    if info.plural {
        return None;
    }
    info.unit
}

/// Is token `i` a word (not punctuation, not past the sentence)?
fn is_word(s: &Scanner, i: usize) -> bool {
    i < s.limit && s.w(i).chars().next().is_some_and(char::is_alphanumeric)
}

/// "the day before the vote": "before" introduces a clause, so the expression is "the day".
fn is_followed_by_noun(s: &Scanner, i: usize) -> bool {
    let w = s.w(i);
    !w.is_empty()
        && !matches!(w, "," | "." | ";" | ":" | "and" | "but" | "when")
        && s.info(i).is_none_or(|x| x.class != Some(Class::Yesterday))
}

/// An ordinal in words of two parts at `i`: "twenty-first", "thirty-first": (value, next).
fn compound_ordinal(s: &Scanner, i: usize) -> Option<(u32, usize)> {
    let tens = s
        .info(i)?
        .number
        .filter(|n| (20..100).contains(n) && n % 10 == 0)?;
    if !(s.w(i + 1) == "-" && s.glued(i + 1)) {
        return None;
    }
    let unit = s.info(i + 2)?.ordinal.filter(|u| (1..=9).contains(u))?;
    Some((tens + unit, i + 3))
}

fn ordinal_at(s: &Scanner, i: usize) -> Option<u32> {
    if let Some(n) = s.info(i).and_then(|x| x.ordinal) {
        return Some(n);
    }
    let w = s.w(i);
    if s.is_number(i)
        && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"))
    {
        return w[..w.len() - 2].parse().ok();
    }
    None
}
