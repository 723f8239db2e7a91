//! The rules of the scanner, as named records with examples.
//!
//! Each rule looks at the tokens from one position and returns the end of what it matched and
//! the typed expression. `tests/rules.rs` scans every example and checks that the named rule
//! matches all of it.

use super::grammar::{
    clock, day_part, half_after, month_context_before, month_name, numeral, spelled_year,
    year_after,
};
use super::scan::{Found, Scanner};
use super::types::*;
use crate::lexicon::Class;
use chrono::Weekday;

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
            "Friday at 3 p.m.",
            "next Tuesday night",
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
            "yesterday at noon",
            "the day before yesterday",
        ],
        apply: day_offset,
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
            "8 p.m. on Tuesday",
            "5 p.m. EST Nov. 9",
            "4 in the morning",
        ],
        apply: clock_time,
    },
    Rule {
        name: "month_day",
        examples: &[
            "April 17",
            "Apr. 17, 2025",
            "Sept. 30",
            "Friday, April 17, 2025",
            "March 3rd",
            "April 17 at 3 p.m.",
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
            "2018",
            "in 1998",
            "fiscal 1989",
            "fiscal year 2024",
            "FY2024",
            "nineteen ninety-six",
            "the year two thousand",
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
        ],
        apply: anaphor,
    },
    Rule {
        name: "duration",
        examples: &[
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
        name: "quarter",
        examples: &[
            "the third quarter",
            "third-quarter",
            "the fourth quarter of 2019",
            "Q3",
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
            "every two weeks",
            "twice a year",
            "on Mondays",
            "every morning",
        ],
        apply: set,
    },
    Rule {
        name: "holiday",
        examples: &[
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
            "Election Day",
        ],
        apply: holiday,
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

/// A weekday name (full form, or an abbreviation followed by a period).
fn weekday_name(s: &Scanner, i: usize) -> Option<(Weekday, usize)> {
    let day = s.info(i)?.weekday?;
    let w = s.w(i);
    let word = super::scan::strip_possessive(w);
    if word.len() <= 5 && !word.ends_with("day") {
        // "Sun", "Wed", "Sat" are words too; only "Wed." style abbreviations count.
        if s.w(i + 1) == "." && s.glued(i + 1) && s.capitalized(i) {
            return Some((day, i + 2));
        }
        return None;
    }
    // "the Sunday Times", "Sunday school"
    if matches!(
        s.w(i + 1),
        "times"
            | "telegraph"
            | "express"
            | "mirror"
            | "herald"
            | "post"
            | "independent"
            | "mail"
            | "tribune"
            | "school"
            | "service"
            | "services"
            | "paper"
            | "papers"
            | "edition"
            | "editions"
            | "trading"
            | "best"
            | "dress"
    ) && s.capitalized(i + 1) == s.capitalized(i)
        && !matches!(s.w(i + 1), "trading")
    {
        return None;
    }
    Some((day, i + 1))
}

/// After a day: " morning", " at 3 p.m.", " 3 p.m.": (clock, part, next).
fn day_tail(s: &Scanner, j: usize) -> (Option<Clock>, Option<DayPart>, usize) {
    if let Some(part) = day_part(s, j) {
        if !s.info(j).is_some_and(|x| x.plural) {
            return (None, Some(part), j + 1);
        }
    }
    let k = if s.is(j, "at") || s.is(j, ",") {
        j + 1
    } else {
        j
    };
    if let Some((c, end)) = clock(s, k) {
        return (Some(c), None, end);
    }
    (None, None, j)
}

fn weekday(s: &Scanner, i: usize) -> Option<Found> {
    let (rel, j) = match rel_word(s, i) {
        Some((r, j)) if s.info(j).and_then(|x| x.weekday).is_some() => (Some(r), j),
        _ => (None, i),
    };
    let (day, k) = weekday_name(s, j)?;
    if s.info(j).is_some_and(|x| x.plural) || s.w(j).ends_with("days") {
        return None;
    }
    let (clock, part, end) = day_tail(s, k);
    found(
        end,
        TimeExpr::Weekday {
            day,
            rel,
            clock,
            part,
        },
    )
}

fn day_offset(s: &Scanner, i: usize) -> Option<Found> {
    let (offset, j) = match s.class(i) {
        Some(Class::Today) => (0, i + 1),
        Some(Class::Yesterday) => (-1, i + 1),
        Some(Class::Tomorrow) => (1, i + 1),
        Some(Class::Tonight) => {
            return found(
                i + 1,
                TimeExpr::DayOffset {
                    offset: 0,
                    clock: None,
                    part: Some(DayPart::Night),
                },
            )
        }
        Some(Class::This) => {
            let part = day_part(s, i + 1)?;
            return found(
                i + 2,
                TimeExpr::DayOffset {
                    offset: 0,
                    clock: None,
                    part: Some(part),
                },
            );
        }
        Some(Class::Last) if matches!(s.w(i + 1), "night" | "evening") => {
            let part = day_part(s, i + 1)?;
            return found(
                i + 2,
                TimeExpr::DayOffset {
                    offset: -1,
                    clock: None,
                    part: Some(part),
                },
            );
        }
        Some(Class::The) if s.is(i + 1, "day") => match (s.class(i + 2), s.class(i + 3)) {
            (Some(Class::Before), Some(Class::Yesterday)) => (-2, i + 4),
            (Some(Class::After), Some(Class::Tomorrow)) => (2, i + 4),
            _ => return None,
        },
        _ => return None,
    };
    let (clock, part, end) = day_tail(s, j);
    found(
        end,
        TimeExpr::DayOffset {
            offset,
            clock,
            part,
        },
    )
}

fn clock_time(s: &Scanner, i: usize) -> Option<Found> {
    let (c, j) = clock(s, i)?;
    // "10:35 a.m. (0735 GMT) Friday": the day after a bracketed aside gives the date; the
    // expression stays the clock time
    if s.w(j) == "(" {
        if let Some(close) = (j + 1..(j + 8).min(s.limit)).find(|&p| s.w(p) == ")") {
            if let Some((day, _)) = weekday_name(s, close + 1) {
                return found(
                    j,
                    TimeExpr::Weekday {
                        day,
                        rel: None,
                        clock: Some(c),
                        part: None,
                    },
                );
            }
        }
    }
    // "9 a.m. Friday", "8 p.m. on Tuesday", "noon today"
    let k = if s.is(j, "on") { j + 1 } else { j };
    if let Some((day, end)) = weekday_name(s, k) {
        return found(
            end,
            TimeExpr::Weekday {
                day,
                rel: None,
                clock: Some(c),
                part: None,
            },
        );
    }
    // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6": the clock on a calendar day
    let k2 = if s.w(k) == "," { k + 1 } else { k };
    if let Some(mut f) = month_day(s, k2) {
        if let TimeExpr::Calendar {
            ref mut clock,
            day: Some(_),
            ..
        } = f.expr
        {
            if clock.is_none() {
                *clock = Some(c);
                return Some(f);
            }
        }
    }
    let offset = match s.class(k) {
        Some(Class::Today) => Some(0),
        Some(Class::Yesterday) => Some(-1),
        Some(Class::Tomorrow) => Some(1),
        _ => None,
    };
    if let Some(offset) = offset {
        return found(
            k + 1,
            TimeExpr::DayOffset {
                offset,
                clock: Some(c),
                part: None,
            },
        );
    }
    if matches!(s.class(i), Some(Class::Noon | Class::Midnight))
        && s.is_class(i.wrapping_sub(1), Class::Since)
    {
        return None;
    }
    found(j, TimeExpr::ClockTime { clock: c })
}

/// An optional "Friday, " before a calendar date.
fn weekday_prefix(s: &Scanner, i: usize) -> usize {
    if let Some(d) = s.info(i).and_then(|x| x.weekday) {
        let _ = d;
        let mut j = i + 1;
        if s.w(j) == "." {
            j += 1;
        }
        if s.w(j) == "," {
            j += 1;
        }
        return j;
    }
    i
}

fn month_day(s: &Scanner, i: usize) -> Option<Found> {
    let j = weekday_prefix(s, i);
    let (month, k, _) = month_name(s, j)?;
    let day = s.day_number(k)?;
    if s.inside_number_after(k)
        || (s.glued(k + 1) && s.w(k + 1) == "-" && s.is_number(k + 2) && s.w(k + 2).len() > 2)
    {
        return None;
    }
    let mut end = k + 1;
    let mut year = None;
    if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    }
    let (clock, part, end) = day_tail(s, end);
    found(
        end,
        TimeExpr::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            rel: None,
            clock,
            part,
        },
    )
}

fn day_month(s: &Scanner, i: usize) -> Option<Found> {
    let the = usize::from(s.is_class(i, Class::The));
    let j = weekday_prefix(s, i + the);
    let day = s.day_number(j)?;
    if s.info(j).is_some_and(|x| x.ordinal.is_some()) && the == 0 {
        return None; // "second April" is not a date; "the third of May" is
    }
    let k = if s.is_class(j + 1, Class::Of) {
        j + 2
    } else {
        j + 1
    };
    let (month, mut end, _) = month_name(s, k)?;
    let mut year = None;
    if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    }
    found(
        end,
        TimeExpr::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            rel: None,
            clock: None,
            part: None,
        },
    )
}

fn month_year(s: &Scanner, i: usize) -> Option<Found> {
    let (rel, j) = match rel_word(s, i) {
        Some((r, j)) if s.info(j).and_then(|x| x.month).is_some() => (Some(r), j),
        _ => (None, i),
    };
    let (month, k, certain) = month_name(s, j)?;
    // "last Oct. 23": the date, without "last" (month_day finds it)
    if rel.is_some() && s.digits(k).is_some_and(|d| (1..=31).contains(&d)) {
        return None;
    }
    // "April Ryan", "June Carter": a first name before a capitalised surname
    if rel.is_none()
        && s.capitalized(k)
        && s.info(k).is_none()
        && s.tokens[k].kind == crate::text::TokenKind::Word
    {
        return None;
    }
    // "January this year", "June last year"
    if rel.is_none() {
        if let Some((r, e)) = rel_word(s, k) {
            if s.is(e, "year") {
                return found(
                    e + 1,
                    TimeExpr::Calendar {
                        year: None,
                        month: Some(month),
                        day: None,
                        rel: Some(r),
                        clock: None,
                        part: None,
                    },
                );
            }
        }
    }
    if let Some((y, end)) = year_after(s, k) {
        if rel.is_none() {
            return found(
                end,
                TimeExpr::Calendar {
                    year: Some(y),
                    month: Some(month),
                    day: None,
                    rel: None,
                    clock: None,
                    part: None,
                },
            );
        }
    }
    // A bare month name needs context unless it is unambiguous and capitalised.
    let abbrev = s.info(j).is_some_and(|x| x.month_abbrev);
    if rel.is_none() && (abbrev || !certain) && !month_context_before(s, j) {
        return None;
    }
    if rel.is_none() && matches!(month, 3 | 5) && !month_context_before(s, j) {
        return None;
    }
    // "May" and "March" followed by a verb-like word are verbs even after "to": "to march on".
    if matches!(month, 3 | 5) && !s.w(j + 1).is_empty() && !s.capitalized(j) {
        return None;
    }
    found(
        k,
        TimeExpr::Calendar {
            year: None,
            month: Some(month),
            day: None,
            rel,
            clock: None,
            part: None,
        },
    )
}

fn numeric_date(s: &Scanner, i: usize) -> Option<Found> {
    if s.inside_number_before(i) {
        return None;
    }
    let a = s.digits(i)?;
    let sep = s.w(i + 1);
    if !matches!(sep, "-" | "/" | ".")
        || !s.glued(i + 1)
        || !s.glued(i + 2)
        || !s.glued(i + 3)
        || !s.glued(i + 4)
        || s.w(i + 3) != sep
    {
        return None;
    }
    let b = s.digits(i + 2)?;
    let c = s.digits(i + 4)?;
    if s.inside_number_after(i + 4)
        || (s.glued(i + 5) && s.is_number(i + 6) && matches!(s.w(i + 5), "-" | "/" | "."))
    {
        return None;
    }
    let (y, m, d) = if s.w(i).len() == 4 {
        (a as i32, b, c) // 2025-04-17
    } else if sep == "-" {
        return None; // 555-12-34 is a phone number
    } else {
        let year_len = s.w(i + 4).len();
        let y = match year_len {
            4 => c as i32,
            2 => {
                if c < 50 {
                    2000 + c as i32
                } else {
                    1900 + c as i32
                }
            }
            _ => return None,
        };
        if sep == "." {
            (y, b, a)
        } else {
            (y, a, b)
        } // 17.04.2025 is European, 4/17/2025 American
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=2999).contains(&y) {
        return None;
    }
    found(
        i + 5,
        TimeExpr::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            rel: None,
            clock: None,
            part: None,
        },
    )
}

fn year(s: &Scanner, i: usize) -> Option<Found> {
    // fiscal 1989, fiscal year 2024, FY2024
    if s.is_class(i, Class::Fiscal) {
        let j = if s.is(i + 1, "year") { i + 2 } else { i + 1 };
        let y = s.year_number(j)?;
        return found(
            j + 1,
            TimeExpr::Calendar {
                year: Some(y),
                month: None,
                day: None,
                rel: None,
                clock: None,
                part: None,
            },
        );
    }
    // "nineteen ninety-six"; "the year two thousand" (a bare "two thousand" is a count)
    let year_word = s.is(i, "year") && s.is_class(i.wrapping_sub(1), Class::The);
    let (j, the_year) = if s.is_class(i, Class::The) && s.is(i + 1, "year") {
        (i + 2, true)
    } else {
        (i, year_word)
    };
    if let Some((y, end)) = spelled_year(s, j) {
        if s.w(j) != "two" || the_year || (s.w(j) == "two" && end > j + 2) {
            return found(
                end,
                TimeExpr::Calendar {
                    year: Some(y),
                    month: None,
                    day: None,
                    rel: None,
                    clock: None,
                    part: None,
                },
            );
        }
    }
    let w = s.w(i);
    if let Some(rest) = w.strip_prefix("fy") {
        if rest.len() == 4 && s.capitalized(i) {
            let y: i32 = rest.parse().ok()?;
            return found(
                i + 1,
                TimeExpr::Calendar {
                    year: Some(y),
                    month: None,
                    day: None,
                    rel: None,
                    clock: None,
                    part: None,
                },
            );
        }
    }
    let y = s.year_number(i)?;
    let after_mid = i >= 2 && s.w(i - 1) == "-" && s.is_class(i - 2, Class::Mid);
    if (s.inside_number_before(i) && !after_mid) || s.inside_number_after(i) {
        return None;
    }
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    if matches!(
        prev,
        "page"
            | "pages"
            | "no"
            | "number"
            | "room"
            | "route"
            | "flight"
            | "boeing"
            | "airbus"
            | "model"
            | "version"
            | "v"
            | "#"
            | "$"
            | "call"
            | "dial"
            | "ext"
            | "box"
            | "suite"
            | "article"
            | "section"
            | "chapter"
            | "rule"
            | "code"
            | "resolution"
            | "p"
            | "pp"
            | "interstate"
            | "highway"
            | "bill"
            | "law"
            | "act"
            | "serial"
    ) {
        return None;
    }
    let strong = matches!(
        prev,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "of"
            | "from"
            | "to"
            | "before"
            | "after"
            | "during"
            | "through"
            | "early"
            | "late"
            | "mid"
            | "between"
            | "the"
            | "for"
            | "year"
            | "summer"
            | "spring"
            | "winter"
            | "fall"
            | "autumn"
            | ","
    );
    let next = s.w(i + 1);
    if !strong
        && crate::lexicon::counts_things(next)
        && !s
            .info(i + 1)
            .is_some_and(|x| x.month.is_some() || x.unit.is_some())
    {
        return None;
    }
    // "Orion 1980", "Windows 2000": a capitalised name right before the number names a thing
    // (not a month, a weekday or a season: "May 1998" is a date; nor the sentence's first word)
    if i > 0
        && s.capitalized(i - 1)
        && s.info(i - 1).is_none_or(|x| {
            x.month.is_none() && x.weekday.is_none() && x.season.is_none() && x.class.is_none()
        })
        && i - 1 > 0
        && s.tokens[i - 2].kind == crate::text::TokenKind::Word
        && s.possessive_len(i - 1) == 0
    {
        return None;
    }
    // "Flight BA 2025", "AA 1999": an airline or product code before the number.
    let prev_raw = if i > 0 { s.raw(i - 1) } else { "" };
    if (2..=3).contains(&prev_raw.len()) && prev_raw.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if !strong && !(1700..=2100).contains(&y) {
        return None;
    }
    // "1600 Pennsylvania Avenue": a number before a capitalised street name.
    if s.capitalized(i + 1)
        && matches!(
            s.w(i + 2),
            "avenue"
                | "street"
                | "st"
                | "road"
                | "boulevard"
                | "blvd"
                | "ave"
                | "lane"
                | "drive"
                | "way"
        )
    {
        return None;
    }
    if s.glued(i + 1)
        && s.w(i + 1) == "-"
        && s.is_number(i + 2)
        && s.glued(i + 2)
        && s.w(i + 2).len() != 2
        && s.w(i + 2).len() != 4
    {
        return None;
    }
    found(
        i + 1,
        TimeExpr::Calendar {
            year: Some(y),
            month: None,
            day: None,
            rel: None,
            clock: None,
            part: None,
        },
    )
}

fn decade(s: &Scanner, i: usize) -> Option<Found> {
    let the = usize::from(s.is_class(i, Class::The));
    let j = i + the;
    let w = s.w(j);
    // "1990s", "1990's"
    if s.is_number(j) {
        if let Some(d) = w
            .strip_suffix('s')
            .filter(|d| d.len() == 4 && d.ends_with('0'))
        {
            let y: i32 = d.parse().ok()?;
            if d.ends_with("00") && the == 1 {
                return found(j + 1, TimeExpr::Century { n: y / 100 + 1 });
            }
            return found(
                j + 1,
                TimeExpr::Decade {
                    decade: y / 10,
                    century_given: true,
                },
            );
        }
        if w.len() == 4
            && w.ends_with('0')
            && matches!(s.w(j + 1), "'" | "’")
            && s.glued(j + 1)
            && s.is(j + 2, "s")
            && s.glued(j + 2)
        {
            let y: i32 = w.parse().ok()?;
            return found(
                j + 3,
                TimeExpr::Decade {
                    decade: y / 10,
                    century_given: true,
                },
            );
        }
        return None;
    }
    // "'80s"
    if matches!(w, "'" | "’") {
        let d = s.w(j + 1);
        if s.glued(j + 1) && d.len() == 3 && d.ends_with("0s") {
            let y: i32 = d[..2].parse().ok()?;
            return found(
                j + 2,
                TimeExpr::Decade {
                    decade: y / 10,
                    century_given: false,
                },
            );
        }
        return None;
    }
    if the == 1 {
        let d = match w {
            "twenties" => 2,
            "thirties" => 3,
            "forties" => 4,
            "fifties" => 5,
            "sixties" => 6,
            "seventies" => 7,
            "eighties" => 8,
            "nineties" => 9,
            _ => return None,
        };
        return found(
            j + 1,
            TimeExpr::Decade {
                decade: d,
                century_given: false,
            },
        );
    }
    None
}

fn century(s: &Scanner, i: usize) -> Option<Found> {
    // "a 20th century democrat", "the fabled 11th century temple": an ordinal century as an
    // adjective, without its own article
    if !s.is_class(i, Class::The) {
        let n = ordinal_at(s, i)?;
        if s.is(i + 1, "century") {
            return found(i + 2, TimeExpr::Century { n: n as i32 });
        }
        if s.glued(i + 1) && s.w(i + 1) == "-" && s.is(i + 2, "century") {
            return found(i + 3, TimeExpr::Century { n: n as i32 });
        }
        return None;
    }
    let n = s.day_number(i + 1)?;
    if s.glued(i + 2) && s.w(i + 2) == "-" && s.is(i + 3, "century") {
        return found(i + 4, TimeExpr::Century { n: n as i32 });
    }
    if s.is(i + 2, "century") {
        return found(i + 3, TimeExpr::Century { n: n as i32 });
    }
    None
}

/// The singular calendar unit at `i`.
fn unit_at(s: &Scanner, i: usize) -> Option<Unit> {
    let info = s.info(i)?;
    if info.plural {
        return None;
    }
    info.unit
}

fn relative_unit(s: &Scanner, i: usize) -> Option<Found> {
    // earlier this week, later this month, early next year (the last through the prefix)
    let (part, i2) = match s.class(i) {
        Some(Class::Earlier) => (Some(PeriodPart::Earlier), i + 1),
        Some(Class::Later) => (Some(PeriodPart::Later), i + 1),
        _ => (None, i),
    };
    if let Some((rel, j)) = rel_word(s, i2) {
        let unit = unit_at(s, j)?;
        if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
            return None;
        }
        if part.is_some() && rel != Rel::This {
            return None;
        }
        if s.is_class(i2, Class::Past) && !s.is_class(i2.wrapping_sub(1), Class::This) {
            return None; // "past year" (without "the") is rare and usually a duration
        }
        return found(j + 1, TimeExpr::RelUnit { rel, unit, part });
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
                return found(i + 3, TimeExpr::Anaphor { offset: 0, unit });
            }
            _ => {}
        }
        let unit = unit_at(s, i + 1)?;
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
        // "for the year ended March 31": a fiscal year, counted as a length of time
        if matches!(unit, Unit::Year | Unit::Quarter) && matches!(s.w(i + 2), "ended" | "ending") {
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
            return found(i + 2, TimeExpr::Anaphor { offset: 0, unit });
        }
    }
    None
}

/// "the fiscal year", "the current fiscal year", "the latest fiscal year", "the full year", and
/// the end of the year: "year-end", "year end", "year's end".
fn fiscal_year(s: &Scanner, i: usize) -> Option<Found> {
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
    let full = s.is(k, "full");
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
    if rel.is_none() && matches!(s.w(k + 1), "ended" | "ending") {
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
        },
    };
    found(k + 1, expr)
}

/// "N units" at `i`: (amount, unit, next token) for plural or singular units.
fn amount_unit(s: &Scanner, i: usize, a_counts: bool) -> Option<(Amount, Unit, usize)> {
    let (mut amount, mut j) = numeral(s, i, a_counts)?;
    // "two and a half years"
    if half_after(s, j) {
        if let Amount::Exact(x) = amount {
            amount = Amount::Exact(x + 0.5);
            j += 3;
        }
    }
    // "a half hour" / "half an hour"
    let j = if matches!(amount, Amount::Exact(x) if x == 0.5) && s.is_class(j, Class::A) {
        j + 1
    } else {
        j
    };
    let unit = s.info(j)?.unit?;
    // "a year-earlier loss", "a years-old slump": the unit starts a compound adjective
    if s.w(j + 1) == "-" && s.glued(j + 1) {
        return None;
    }
    let mut end = j + 1;
    if half_after(s, end) {
        if let Amount::Exact(x) = amount {
            amount = Amount::Exact(x + 0.5);
        }
        end += 3;
    } else if half_after(s, j) {
        return None;
    }
    // "a week or so": the hedge belongs to the amount
    if s.w(end) == "or" && s.w(end + 1) == "so" {
        end += 2;
    }
    Some((amount, unit, end))
}

fn shift(s: &Scanner, i: usize) -> Option<Found> {
    // "in three days": the preposition stays outside the expression, as in TimeBank
    if i > 0 && i - 1 < s.limit && s.is_class(i - 1, Class::In) && !s.is_class(i, Class::The) {
        if let Some((amount, unit, end)) = amount_unit(s, i, false) {
            let end = if s.is(end, "time") { end + 1 } else { end };
            let fine = matches!(unit, Unit::Second | Unit::Minute | Unit::Hour);
            if !fine
                && !matches!(amount, Amount::Vague)
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
        Some(Class::Earlier) => anaphor_amount(amount, unit, false, j + 1),
        Some(Class::Later) => anaphor_amount(amount, unit, true, j + 1),
        // "two days before the vote": the duration alone; "two days before," an anaphor
        Some(Class::Before) if !is_followed_by_noun(s, j + 1) => {
            anaphor_amount(amount, unit, false, j + 1)
        }
        Some(Class::After) if !is_followed_by_noun(s, j + 1) => {
            anaphor_amount(amount, unit, true, j + 1)
        }
        _ => None,
    }
}

fn anaphor_amount(amount: Amount, unit: Unit, forward: bool, end: usize) -> Option<Found> {
    let n = match amount {
        Amount::Exact(x) if x.fract() == 0.0 => x as i64,
        _ => return None,
    };
    found(
        end,
        TimeExpr::Anaphor {
            offset: if forward { n } else { -n },
            unit,
        },
    )
}

fn anaphor(s: &Scanner, i: usize) -> Option<Found> {
    // year-earlier, year-ago (adjectives: "the year-earlier quarter")
    let the = usize::from(s.is_class(i, Class::The));
    let j = i + the;
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
                let _ = u;
                return found(
                    j + 4,
                    TimeExpr::Anaphor {
                        offset: -1,
                        unit: Unit::Year,
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
            },
        );
    }
    // later in the day, earlier in the day
    if matches!(s.class(i), Some(Class::Later | Class::Earlier))
        && s.is_class(i + 1, Class::In)
        && s.is_class(i + 2, Class::The)
    {
        let unit = unit_at(s, i + 3)?;
        return found(i + 4, TimeExpr::Anaphor { offset: 0, unit });
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
                    Some(Class::Before) if !is_followed_by_noun(s, i + 3) => {
                        found(i + 3, TimeExpr::Anaphor { offset: -1, unit })
                    }
                    Some(Class::After) if !is_followed_by_noun(s, i + 3) => {
                        found(i + 3, TimeExpr::Anaphor { offset: 1, unit })
                    }
                    _ => None,
                };
            }
        },
        _ => return None,
    };
    let k = if s.is_class(k, Class::Same) { k + 1 } else { k };
    let unit = unit_at(s, k).or_else(|| day_part(s, k).map(|_| Unit::Day))?;
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
    found(
        k + 1,
        TimeExpr::Anaphor {
            offset: offset_word,
            unit,
        },
    )
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

fn duration(s: &Scanner, i: usize) -> Option<Found> {
    // "the weeks ahead", "the months ahead"
    if s.is_class(i, Class::The) {
        if let Some(unit) = s.info(i + 1).filter(|x| x.plural).and_then(|x| x.unit) {
            if s.is(i + 2, "ahead") {
                return found(
                    i + 3,
                    TimeExpr::Duration {
                        amount: Amount::Vague,
                        unit,
                    },
                );
            }
        }
    }
    // the past / last / next / first / coming N units
    let the = usize::from(s.is_class(i, Class::The));
    let mut j = i + the;
    let mut leading = false;
    if matches!(
        s.class(j),
        Some(
            Class::Past
                | Class::Last
                | Class::Next
                | Class::Coming
                | Class::Previous
                | Class::Following
        )
    ) || s.info(j).is_some_and(|x| x.ordinal == Some(1))
    {
        j += 1;
        leading = true;
    }
    if the == 1 && !leading {
        // "the nine months"
        let (amount, unit, end) = amount_unit(s, j, false)?;
        if !s.info(end - 1).is_some_and(|x| x.plural) {
            return None;
        }
        return found(end, TimeExpr::Duration { amount, unit });
    }
    if leading && the == 1 && s.is_class(j - 1, Class::Coming) {
        if let Some(info) = s.info(j).filter(|x| x.plural && x.unit.is_some()) {
            return found(
                j + 1,
                TimeExpr::Duration {
                    amount: Amount::Vague,
                    unit: info.unit?,
                },
            );
        }
    }
    if leading && (the == 1 || s.is_class(j - 1, Class::Past)) {
        // "the past year" is one year back from now: a duration
        if let Some(unit) = unit_at(s, j) {
            // "the last quarter" names the quarter before: reports speak of quarters as dates
            if the == 1 && unit == Unit::Quarter && s.is_class(j - 1, Class::Last) {
                return found(
                    j + 1,
                    TimeExpr::RelUnit {
                        rel: Rel::Last,
                        unit,
                        part: None,
                    },
                );
            }
            if the == 1 && s.is_class(j - 1, Class::Past) | s.is_class(j - 1, Class::Last) {
                return found(
                    j + 1,
                    TimeExpr::Duration {
                        amount: Amount::Exact(1.0),
                        unit,
                    },
                );
            }
            return None;
        }
        let (amount, unit, end) = amount_unit(s, j, false)?;
        return found(end, TimeExpr::Duration { amount, unit });
    }
    if leading {
        // "coming weeks", "the coming years": an open stretch ahead
        if s.is_class(j - 1, Class::Coming) {
            if let Some(info) = s.info(j).filter(|x| x.plural && x.unit.is_some()) {
                return found(
                    j + 1,
                    TimeExpr::Duration {
                        amount: Amount::Vague,
                        unit: info.unit?,
                    },
                );
            }
        }
        return None;
    }
    // "five-hour", "45-minute", "24-hour", "two-year"
    if let Some((amount, k)) = numeral(s, i, false) {
        if s.w(k) == "-" && s.glued(k) && s.glued(k + 1) {
            let unit = unit_at(s, k + 1)?;
            // "a five-year-old": ages are not durations here
            if s.w(k + 2) == "-" && s.glued(k + 2) && s.is(k + 3, "old") {
                return None;
            }
            return found(k + 2, TimeExpr::Duration { amount, unit });
        }
    }
    if let Some((amount, unit, end)) = amount_unit(s, i, true) {
        if matches!(
            s.class(end),
            Some(Class::Ago | Class::Later | Class::Earlier | Class::Hence)
        ) {
            return None;
        }
        // "a year" as in "twice a year" is a frequency; "per year" too
        if s.is_class(i, Class::A)
            && i > 0
            && (s.is(i - 1, "twice") || s.is(i - 1, "times") || s.is(i - 1, "once"))
        {
            return None;
        }
        if matches!(unit, Unit::Weekend) {
            return None;
        }
        if s.is_class(i, Class::A)
            && i > 0
            && (s.is_number(i - 1)
                || (s.w(i - 1).ends_with('s') && s.info(i - 1).is_none() && s.w(i - 1).len() > 3))
        {
            return None;
        }
        // "a second round": the ordinal, not the unit
        if unit == Unit::Second
            && s.is_class(i, Class::A)
            && s.info(end).is_none_or(|x| x.class.is_none())
            && !s.w(end).is_empty()
            && !matches!(s.w(end), "," | "." | ";")
        {
            return None;
        }
        // "37 years old": an age
        if s.is(end, "old") {
            return None;
        }
        // "more than a quarter of the market", "three quarters of all votes": a fraction, not
        // three months ("several quarters of losses" stays a duration)
        if unit == Unit::Quarter
            && s.is_class(end, Class::Of)
            && (s.is_number(end + 1)
                || matches!(
                    s.w(end + 1),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "all"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                ))
        {
            return None;
        }
        return found(end, TimeExpr::Duration { amount, unit });
    }
    // "day-long", "decades-long", "years-old" (of a thing): a unit made an adjective
    if let Some(unit) = s.info(i).and_then(|x| x.unit) {
        if s.glued(i + 1)
            && s.w(i + 1) == "-"
            && s.glued(i + 2)
            && matches!(s.w(i + 2), "long" | "old")
            && (s.w(i + 2) == "long" || s.info(i).is_some_and(|x| x.plural))
        {
            let plural = s.info(i).is_some_and(|x| x.plural);
            let amount = if plural {
                Amount::Vague
            } else {
                Amount::Exact(1.0)
            };
            return found(i + 3, TimeExpr::Duration { amount, unit });
        }
    }
    // bare plurals: "decades", "years", "months"
    let info = s.info(i)?;
    if info.plural && info.unit.is_some() && !s.is_class(i.wrapping_sub(1), Class::The) {
        let unit = info.unit?;
        if matches!(
            unit,
            Unit::Year | Unit::Decade | Unit::Century | Unit::Month | Unit::Week | Unit::Hour
        ) && !matches!(s.class(i + 1), Some(Class::Ago))
        {
            // "37 years old" (the number was not taken as an amount: an age)
            if s.w(i + 1) == "-"
                || s.is_class(i + 1, Class::Of) && s.is(i + 2, "age")
                || s.is(i + 1, "old")
            {
                return None;
            }
            return found(
                i + 1,
                TimeExpr::Duration {
                    amount: Amount::Vague,
                    unit,
                },
            );
        }
    }
    None
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

fn quarter(s: &Scanner, i: usize) -> Option<Found> {
    let w = s.w(i);
    // Q3, Q3 2024, 3Q
    if w.len() == 2 && w.starts_with('q') && s.capitalized(i) {
        let q = w[1..].parse::<u32>().ok().filter(|q| (1..=4).contains(q))?;
        let (year, end) = match year_after(s, i + 1) {
            Some((y, e)) => (Some(y), e),
            None => (None, i + 1),
        };
        return found(
            end,
            TimeExpr::Quarter {
                quarter: Some(q),
                year,
                rel: None,
            },
        );
    }
    if let Some(f) = quarter_of_year(s, i) {
        return Some(f);
    }
    let the = usize::from(s.is_class(i, Class::The));
    let mut j = i + the;
    // "the fiscal first quarter", "the fiscal-first quarter"
    if s.is(j, "fiscal") && ordinal_at(s, j + 1).is_some() {
        j += 1;
    } else if s.is(j, "fiscal") && s.w(j + 1) == "-" && s.glued(j + 1) {
        j += 2;
    }
    let n = ordinal_at(s, j)?;
    let hyphenated = s.w(j + 1) == "-" && s.glued(j + 1);
    if the == 1 && hyphenated && s.is(j - 1, "fiscal") && s.w(j - 1) != "-" {
        // "the fiscal second-quarter results": from "fiscal" on
        return None;
    }
    let (k, is_half) = if s.w(j + 1) == "-" && s.glued(j + 1) {
        (j + 2, s.is(j + 2, "half"))
    } else {
        (j + 1, s.is(j + 1, "half"))
    };
    let is_quarter = s.is(k, "quarter");
    if !is_quarter && !is_half {
        return None;
    }
    // "the third-quarter loss": the article belongs to the noun after the adjective
    if the == 1 && k == j + 2 && !s.is_class(k + 1, Class::Of) && is_word(s, k + 1) {
        return None;
    }
    if (is_quarter && !(1..=4).contains(&n)) || (is_half && !(1..=2).contains(&n)) {
        return None;
    }
    let mut end = k + 1;
    let mut year = None;
    let mut rel = None;
    if s.is_class(end, Class::Of) {
        if let Some((y, e)) = year_after(s, end) {
            year = Some(y);
            end = e;
        } else if let Some((r, e)) = rel_word(s, end + 1) {
            if s.is(e, "year") {
                rel = Some(r);
                end = e + 1;
            }
        } else if s.is_class(end + 1, Class::The) && s.is(end + 2, "year") {
            end += 3;
        }
    } else if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    }
    if is_half {
        return found(
            end,
            TimeExpr::Half {
                half: Some(n),
                year,
                rel,
            },
        );
    }
    found(
        end,
        TimeExpr::Quarter {
            quarter: Some(n),
            year,
            rel,
        },
    )
}

/// Quarters named by their year, as earnings reports do: "the 1988 third quarter", "the 1988
/// quarter", "the 1989 period", "last year's quarter", "this year's third quarter", "the
/// year-ago third quarter", "the quarter a year ago", "the corresponding period last year".
/// Without an ordinal the quarter is the one the report is about (see the resolver).
fn quarter_of_year(s: &Scanner, i: usize) -> Option<Found> {
    let the = s.is_class(i, Class::The);
    let mut j = i + usize::from(the);
    if the && matches!(s.w(j), "comparable" | "corresponding" | "same") {
        j += 1;
    }
    let possessive_year = |k: usize| {
        matches!(s.w(k), "year's" | "year’s" | "years'" | "year'")
            || (s.is(k, "year") && matches!(s.w(k + 1), "'s" | "’s") && s.glued(k + 1))
    };
    // what names the year: "1988", "last year's", "year-ago"
    let (year, rel, k) = if let Some(y) = s.year_number(j).filter(|_| !s.inside_number(j)) {
        (Some(y), None, j + 1)
    } else if let Some((r, e)) = rel_word(s, j) {
        if !possessive_year(e) {
            return quarter_compared(s, i);
        }
        let after = if s.is(e, "year") { e + 2 } else { e + 1 };
        (None, Some(r), after)
    } else if the
        && s.is(j, "year")
        && s.w(j + 1) == "-"
        && s.glued(j + 1)
        && s.glued(j + 2)
        && matches!(s.class(j + 2), Some(Class::Earlier | Class::Ago))
    {
        (None, Some(Rel::Last), j + 3)
    } else {
        return quarter_compared(s, i);
    };
    let (n, k) = match ordinal_at(s, k).filter(|n| (1..=4).contains(n)) {
        Some(n) if s.w(k + 1) == "-" && s.glued(k + 1) => (Some(n), k + 2),
        Some(n) => (Some(n), k + 1),
        None => (None, k),
    };
    let noun = s.is(k, "quarter") || (n.is_none() && s.is(k, "period"));
    // "the 1988 quarter" needs its article; "1988 third quarter" stands alone.
    if !noun || (n.is_none() && year.is_some() && !the) {
        return None;
    }
    if n.is_none() && year.is_none() && rel == Some(Rel::Last) && !possessive_year(j + 1) {
        // "the year-ago quarter" is the anaphor rule's ("the year-earlier period" likewise)
        return None;
    }
    found(
        k + 1,
        TimeExpr::Quarter {
            quarter: n,
            year,
            rel,
        },
    )
}

/// "the quarter a year ago", "the same period last year", "the period a year earlier".
fn quarter_compared(s: &Scanner, i: usize) -> Option<Found> {
    if !s.is_class(i, Class::The) {
        return None;
    }
    let mut j = i + 1;
    if matches!(s.w(j), "comparable" | "corresponding" | "same") {
        j += 1;
    }
    if !(s.is(j, "quarter") || s.is(j, "period")) {
        return None;
    }
    let k = j + 1;
    let end = if s.is_class(k, Class::A)
        && s.is(k + 1, "year")
        && matches!(s.class(k + 2), Some(Class::Ago | Class::Earlier))
    {
        k + 3
    } else if s.is_class(k, Class::Last) && s.is(k + 1, "year") {
        k + 2
    } else if s.is_class(k, Class::Of) && s.is_class(k + 1, Class::Last) && s.is(k + 2, "year") {
        k + 3
    } else {
        return None;
    };
    found(
        end,
        TimeExpr::Quarter {
            quarter: None,
            year: None,
            rel: Some(Rel::Last),
        },
    )
}

fn season(s: &Scanner, i: usize) -> Option<Found> {
    let (rel, j) = match rel_word(s, i) {
        Some((r, j)) => (Some(r), j),
        None => (None, i + usize::from(s.is_class(i, Class::The))),
    };
    let season = s.info(j)?.season?;
    let mut end = j + 1;
    let mut year = None;
    if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    }
    let prep_before = i > 0
        && matches!(
            s.w(i - 1),
            "in" | "during"
                | "by"
                | "until"
                | "since"
                | "through"
                | "this"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "over"
                | "before"
                | "after"
        );
    let has_context = rel.is_some() || year.is_some() || j > i || prep_before;
    if !has_context {
        return None;
    }
    // "the fall of the Berlin Wall", "spring water": a season needs to stand alone
    if year.is_none()
        && (s.is_class(end, Class::Of) || s.info(end).is_some_and(|x| x.unit.is_some()))
    {
        return None;
    }
    if rel.is_none()
        && year.is_none()
        && j > i
        && (s.w(end).is_empty()
            || !matches!(
                s.w(end),
                "," | "."
                    | ";"
                    | ")"
                    | "and"
                    | "when"
                    | "as"
                    | "after"
                    | "before"
                    | "the"
                    | "to"
                    | "in"
                    | "with"
                    | "for"
                    | "that"
                    | "of"
                    | "or"
            ))
    {
        return None;
    }
    found(end, TimeExpr::Season { season, year, rel })
}

fn fuzzy(s: &Scanner, i: usize) -> Option<Found> {
    let f = |end, r| found(end, TimeExpr::Fuzzy(r));
    match s.class(i) {
        // "Now, he says, ...": a sentence-opening "Now," turns the story, it does not date it
        // ("Currently," does date what follows, and stays)
        Some(Class::Now) if s.capitalized(i) && s.w(i + 1) == "," && s.is(i, "now") => None,
        Some(Class::Now) => f(i + 1, FuzzyRef::Present),
        // "the current market", "his current wife": the present, as an adjective. "the current
        // quarter" is a calendar period (relative_unit); "then current" is the past.
        Some(Class::Current) => {
            let next = s.info(i + 1);
            if next.is_some_and(|x| x.unit.is_some()) || !is_word(s, i + 1) {
                return None;
            }
            if matches!(
                s.w(i + 1),
                "account" | "accounts" | "affairs" | "events" | "of"
            ) {
                return None;
            }
            // After a determiner, a possessive or a preposition it is the adjective; "the
            // ocean current" is the noun.
            let prev = s.w(i.wrapping_sub(1));
            let determiner = matches!(
                prev,
                "the"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "of"
                    | "in"
                    | "at"
                    | "for"
                    | "about"
                    | "under"
                    | "with"
                    | "and"
                    | "on"
                    | "to"
                    | "by"
            ) || prev.ends_with("'s")
                || prev.ends_with("’s")
                || (i == 0 || !is_word(s, i - 1));
            if !determiner {
                return None;
            }
            f(i + 1, FuzzyRef::Present)
        }
        Some(Class::PastRef) => match s.w(i) {
            "recent" => {
                // "recent weeks", "in recent days": an open stretch up to now; "recent years"
                // reaches so far back that it is the past as a whole
                let info = s.info(i + 1);
                if let Some(unit) = info.filter(|x| x.plural).and_then(|x| x.unit) {
                    if matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
                        return f(i + 2, FuzzyRef::Past);
                    }
                    return found(
                        i + 2,
                        TimeExpr::Duration {
                            amount: Amount::Vague,
                            unit,
                        },
                    );
                }
                // "the recent sale", "a recent filing": the adjective alone
                let prev = s.w(i.wrapping_sub(1));
                if info.is_some_and(|x| x.unit.is_some())
                    || !is_word(s, i + 1)
                    || matches!(
                        prev,
                        "most" | "more" | "less" | "very" | "fairly" | "relatively"
                    )
                {
                    return None;
                }
                f(i + 1, FuzzyRef::Past)
            }
            // "a once high-flying toy maker"; "once" as "one time" or "as soon as" is not a time
            "once" if matches!(s.w(i.wrapping_sub(1)), "a" | "an" | "the") && s.w(i + 1) != "-" => {
                f(i + 1, FuzzyRef::Past)
            }
            // Role words ("the former minister", "previously announced") are not times in
            // TimeML; news annotators leave them out.
            "once" | "former" | "formerly" | "previously" => None,
            _ => f(i + 1, FuzzyRef::Past),
        },
        Some(Class::FutureRef) => match s.w(i) {
            // "future quarters", "in future years": the time ahead
            "future" if s.info(i + 1).is_some_and(|x| x.plural && x.unit.is_some()) => {
                f(i + 2, FuzzyRef::Future)
            }
            "future" => None,

            // "as soon as", "soon after": a conjunction, not a time
            "soon" | "shortly"
                if s.w(i.wrapping_sub(1)) == "as"
                    || s.is_class(i + 1, Class::After)
                    || s.is_class(i + 1, Class::Before) =>
            {
                None
            }
            _ => f(i + 1, FuzzyRef::Future),
        },
        Some(Class::In) if s.is_class(i + 1, Class::The) => {
            // in the past, in the future: "in" stays outside, the expression is "the past"
            None
        }
        Some(Class::The) => match s.w(i + 1) {
            "past"
                if !s
                    .info(i + 2)
                    .is_some_and(|x| x.unit.is_some() || x.number.is_some())
                    && !s.is_number(i + 2)
                    && !s.is_class(i + 2, Class::Few)
                    && !s.is_class(i + 2, Class::Several) =>
            {
                f(i + 2, FuzzyRef::Past)
            }
            "future" => f(i + 2, FuzzyRef::Future),
            "near" | "distant" | "immediate" if s.is(i + 2, "future") => f(i + 3, FuzzyRef::Future),
            "near" | "short" | "long" if s.is(i + 2, "term") => f(i + 3, FuzzyRef::Future),
            "recent" | "distant" if s.is(i + 2, "past") => f(i + 3, FuzzyRef::Past),
            "present" if s.info(i + 2).is_none_or(|x| x.class.is_some()) => {
                f(i + 2, FuzzyRef::Present)
            }
            _ => None,
        },
        _ => match s.w(i) {
            "at" if s.is(i + 1, "present") => f(i + 2, FuzzyRef::Present),
            "then" if s.is_class(i + 1, Class::Current) => f(i + 2, FuzzyRef::Past),
            // "as soon as possible": the whole phrase is the (vague) time ahead
            "as" if s.is(i + 1, "soon") && s.is(i + 2, "as") && s.is(i + 3, "possible") => {
                f(i + 4, FuzzyRef::Future)
            }
            // "at a later date"
            "a" if s.is_class(i + 1, Class::Later) && s.is(i + 2, "date") => {
                f(i + 3, FuzzyRef::Future)
            }
            "these" if s.is(i + 1, "days") => f(i + 2, FuzzyRef::Present),
            _ => None,
        },
    }
}

/// Nouns after which "daily", "quarterly" and the like say how often money is counted.
const FINANCIAL_NOUNS: &[&str] = &[
    "dividend",
    "dividends",
    "results",
    "result",
    "loss",
    "losses",
    "profit",
    "profits",
    "payment",
    "payments",
    "rate",
    "rates",
    "volume",
    "volumes",
    "turnover",
    "sales",
    "revenue",
    "revenues",
    "report",
    "reports",
    "figures",
    "income",
    "interest",
    "share",
    "output",
    "average",
    "limit",
    "cash",
];

fn set(s: &Scanner, i: usize) -> Option<Found> {
    let make = |end, unit, every, quant, n| {
        found(
            end,
            TimeExpr::Set {
                unit,
                every,
                quant,
                n,
            },
        )
    };
    match s.class(i) {
        Some(Class::Every | Class::Each) => {
            let quant = if s.is_class(i, Class::Each) {
                "EACH"
            } else {
                "EVERY"
            };
            let mut j = i + 1;
            let mut n = 1;
            if s.is(j, "other") {
                n = 2;
                j += 1;
            } else if let Some((Amount::Exact(x), k)) = numeral(s, j, false) {
                if x >= 1.0 && x.fract() == 0.0 && s.info(k).is_some_and(|x| x.unit.is_some()) {
                    n = x as i64;
                    j = k;
                }
            }
            let info = s.info(j)?;
            if let Some(day) = info.weekday {
                return make(j + 1, Unit::Day, Some(day), Some(quant), n);
            }
            if let Some(unit) = info.unit {
                return make(j + 1, unit, None, Some(quant), n);
            }
            if info.day_part.is_some() {
                return make(j + 1, Unit::Day, None, Some(quant), n);
            }
            None
        }
        // "quarterly dividend", "daily volume": how often money is counted, not a time
        Some(
            Class::Daily
            | Class::Weekly
            | Class::Monthly
            | Class::Quarterly
            | Class::Yearly
            | Class::Hourly,
        ) if FINANCIAL_NOUNS.contains(&crate::timex::scan::strip_possessive(s.w(i + 1))) => None,
        Some(Class::Daily) => make(i + 1, Unit::Day, None, None, 1),
        Some(Class::Weekly) => make(i + 1, Unit::Week, None, None, 1),
        Some(Class::Monthly) => make(i + 1, Unit::Month, None, None, 1),
        Some(Class::Quarterly) => make(i + 1, Unit::Quarter, None, None, 1),
        Some(Class::Yearly) if !s.is(i, "annual") => make(i + 1, Unit::Year, None, None, 1),
        Some(Class::Hourly) => make(i + 1, Unit::Hour, None, None, 1),
        _ if matches!(s.w(i), "once" | "twice" | "thrice")
            && (s.is_class(i + 1, Class::A) || s.is_class(i + 1, Class::Per)) =>
        {
            let unit = unit_at(s, i + 2)?;
            let times = match s.w(i) {
                "once" => 1,
                "twice" => 2,
                _ => 3,
            };
            let _ = times;
            make(i + 3, unit, None, None, 1)
        }
        // "$5 per hour" is a rate; "instructions per second" a unit of measure, not a time
        Some(Class::Per) if i > 0 && s.is_number(i - 1) => {
            let unit = unit_at(s, i + 1)?;
            make(i + 2, unit, None, None, 1)
        }
        _ => {
            // "on Mondays", "Sundays"
            let w = s.w(i);
            if w.ends_with("days") && s.capitalized(i) {
                let day = crate::lexicon::lookup(&w[..w.len() - 1])?.weekday?;
                return make(i + 1, Unit::Day, Some(day), None, 1);
            }
            None
        }
    }
}

fn holiday(s: &Scanner, i: usize) -> Option<Found> {
    let w = s.w(i);
    let (h, mut j) = match w {
        "christmas" | "xmas" => {
            if s.is(i + 1, "eve") {
                return holiday_tail(s, i + 2, Holiday::Christmas, true);
            }
            (
                Holiday::Christmas,
                if s.is(i + 1, "day") { i + 2 } else { i + 1 },
            )
        }
        "new"
            if s.capitalized(i)
                && (s.is(i + 1, "year's") || s.is(i + 1, "year’s") || s.is(i + 1, "years")) =>
        {
            if s.is(i + 2, "eve") {
                return holiday_tail(s, i + 3, Holiday::NewYearsEve, false);
            }
            if s.is(i + 2, "day") {
                (Holiday::NewYearsDay, i + 3)
            } else {
                return None;
            }
        }
        "easter" => (
            Holiday::Easter,
            if s.is(i + 1, "sunday") { i + 2 } else { i + 1 },
        ),
        "good" if s.capitalized(i) && s.is(i + 1, "friday") => (Holiday::GoodFriday, i + 2),
        "thanksgiving" => (
            Holiday::Thanksgiving,
            if s.is(i + 1, "day") { i + 2 } else { i + 1 },
        ),
        "memorial" if s.is(i + 1, "day") && s.capitalized(i) => (Holiday::MemorialDay, i + 2),
        "labor" | "labour" if s.is(i + 1, "day") && s.capitalized(i) => (Holiday::LaborDay, i + 2),
        "independence" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::IndependenceDay, i + 2)
        }
        "mother's" | "mothers" | "mother’s" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::MothersDay, i + 2)
        }
        "father's" | "fathers" | "father’s" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::FathersDay, i + 2)
        }
        "valentine's" | "valentine’s" if s.is(i + 1, "day") => (Holiday::ValentinesDay, i + 2),
        "halloween" => (Holiday::Halloween, i + 1),
        "election" if s.is(i + 1, "day") && s.capitalized(i) && s.capitalized(i + 1) => {
            (Holiday::ElectionDay, i + 2)
        }
        "veterans" | "veterans'" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::VeteransDay, i + 2)
        }
        "the" if s.is(i + 1, "fourth") && s.is(i + 2, "of") && s.is(i + 3, "july") => {
            (Holiday::IndependenceDay, i + 4)
        }
        "st" | "saint" if s.capitalized(i) => {
            let k = if s.w(i + 1) == "." { i + 2 } else { i + 1 };
            if matches!(s.w(k), "patrick's" | "patrick’s" | "patricks") && s.is(k + 1, "day") {
                (Holiday::StPatricksDay, k + 2)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    if !s.capitalized(i) && w != "the" {
        return None;
    }
    if s.w(j) == "day" && h == Holiday::Christmas {
        j += 1;
    }
    holiday_tail(s, j, h, false)
}

fn holiday_tail(s: &Scanner, j: usize, holiday: Holiday, eve: bool) -> Option<Found> {
    let weekend = s.is(j, "weekend");
    let mut end = if weekend { j + 1 } else { j };
    let mut year = None;
    if let Some((y, e)) = year_after(s, end) {
        if s.w(end) != "," {
            year = Some(y);
            end = e;
        }
    }
    found(
        end,
        TimeExpr::Holiday {
            holiday,
            year,
            eve,
            weekend,
        },
    )
}
