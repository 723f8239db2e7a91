//! Small parsers the rules are written with: numerals, clock times, month names, years.

use super::scan::Scanner;
use super::types::{Amount, Clock, DayPart};
use crate::lexicon::{Class, NAME_TITLES};

/// A cardinal amount: "3", "2,000", "1.5", "three", "twenty-four", "a", "a few", "several".
/// `a_counts` allows "a"/"an" as one ("a year ago").
pub fn numeral(s: &Scanner, i: usize, a_counts: bool) -> Option<(Amount, usize)> {
    if let Some(n) = s.digits(i) {
        let mut value = f64::from(n);
        let mut j = i + 1;
        // "2,000" and "1.5"
        while s.glued(j) && s.w(j) == "," && s.glued(j + 1) && s.w(j + 1).len() == 3 {
            value = value * 1000.0 + f64::from(s.digits(j + 1)?);
            j += 2;
        }
        if s.glued(j) && s.w(j) == "." && s.glued(j + 1) {
            if let Some(frac) = s.digits(j + 1) {
                let digits = s.w(j + 1).len() as i32;
                value += f64::from(frac) / 10f64.powi(digits);
                j += 2;
            }
        }
        // "2 1/2"
        if s.digits(j) == Some(1)
            && s.w(j + 1) == "/"
            && s.glued(j + 1)
            && s.digits(j + 2) == Some(2)
            && s.glued(j + 2)
        {
            value += 0.5;
            j += 3;
        }
        return Some((Amount::Exact(value), more_after(s, j)));
    }
    let info = s.info(i);
    if let Some(n) = info.and_then(|x| x.number) {
        let mut value = f64::from(n);
        let mut j = i + 1;
        // "twenty-four", "twenty four"
        if (20..100).contains(&n) && n % 10 == 0 {
            let k = if s.w(j) == "-" && s.glued(j) {
                j + 1
            } else {
                j
            };
            if let Some(u) = s.info(k).and_then(|x| x.number).filter(|u| *u < 10) {
                value += f64::from(u);
                j = k + 1;
            }
        }
        if s.is(j, "hundred") {
            value *= 100.0;
            j += 1;
            // "three hundred and sixty-six", "two hundred five"
            let k = if s.is(j, "and") { j + 1 } else { j };
            if let Some((Amount::Exact(rest), e)) = numeral(s, k, false)
                .filter(|(a, _)| matches!(a, Amount::Exact(x) if *x >= 1.0 && *x < 100.0))
            {
                if s.info(k).is_some_and(|x| x.number.is_some()) {
                    value += rest;
                    j = e;
                }
            }
        }
        // "two thousand years", "three hundred thousand"
        if n != 1000 && s.is(j, "thousand") {
            value *= 1000.0;
            j += 1;
        }
        return Some((Amount::Exact(value), more_after(s, j)));
    }
    match s.class(i) {
        Some(Class::A) => {
            if s.is_class(i + 1, Class::Few) {
                return Some((Amount::Vague, more_after(s, i + 2)));
            }
            if s.is(i + 1, "couple") && s.is_class(i + 2, Class::Of) {
                return Some((Amount::Exact(2.0), i + 3));
            }
            if s.is(i + 1, "half") {
                return Some((Amount::Exact(0.5), i + 2));
            }
            // "a quarter of a century": as "half a century", the article before the unit left
            // to the rule that reads it
            if s.is(i + 1, "quarter")
                && s.is_class(i + 2, Class::Of)
                && s.is_class(i + 3, Class::A)
                && s.info(i + 4).is_some_and(|x| x.unit.is_some() && !x.plural)
            {
                return Some((Amount::Exact(0.25), i + 3));
            }
            // "in a single week", "a full year", "an entire month", "a whole week"
            if s.info(i + 2).is_some_and(|x| x.unit.is_some())
                && matches!(s.w(i + 1), "single" | "full" | "entire" | "whole")
            {
                return Some((Amount::Exact(1.0), i + 2));
            }
            if s.is(i + 1, "dozen") {
                return Some((Amount::Exact(12.0), i + 2));
            }
            if s.is(i + 1, "hundred") {
                return Some((Amount::Exact(100.0), i + 2));
            }
            a_counts.then_some((Amount::Exact(1.0), i + 1))
        }
        // ("for several more months", "a few more weeks")
        Some(Class::Few | Class::Several | Class::Many) => {
            Some((Amount::Vague, more_after(s, i + 1)))
        }
        Some(Class::Half) => Some((Amount::Exact(0.5), i + 1)),
        _ => match s.w(i) {
            "couple" if s.is_class(i + 1, Class::Of) => Some((Amount::Exact(2.0), i + 2)),
            // "cannot wait another decade", "for another year", "an additional year"
            "another" if s.info(i + 1).is_some_and(|x| x.unit.is_some() && !x.plural) => {
                Some((Amount::Exact(1.0), i + 1))
            }
            "dozens" | "hundreds" | "thousands" if s.is_class(i + 1, Class::Of) => {
                Some((Amount::Vague, i + 2))
            }
            _ => None,
        },
    }
}

/// Skips "more" / "additional" / "straight" between a number and its unit ("20 more years").
fn more_after(s: &Scanner, j: usize) -> usize {
    // ("the past 11 trading days", "five business days", "ten working days")
    if matches!(
        s.w(j),
        "more"
            | "additional"
            | "straight"
            | "consecutive"
            | "full"
            | "extra"
            | "trading"
            | "business"
            | "working"
            | "school"
            // ("three such days a year")
            | "such"
            // ("nine long months", "two whole days", "three short weeks")
            | "long"
            | "whole"
            | "short"
            | "solid"
    ) && s.info(j + 1).is_some_and(|x| x.unit.is_some())
    {
        j + 1
    } else {
        j
    }
}

/// Is "and a half" at `j`? ("two and a half years")
pub fn half_after(s: &Scanner, j: usize) -> bool {
    // ("the past year and a half-dozen rivals": a half-dozen is a count)
    s.is_class(j, Class::And)
        && s.is_class(j + 1, Class::A)
        && s.is(j + 2, "half")
        && !(s.w(j + 3) == "-" && s.glued(j + 3))
}

/// A clock time: "3 p.m.", "3:30 pm", "15:00", "10 o'clock", "noon", "midnight", with an
/// optional time zone ("EDT", "GMT", "local time").
pub fn clock(s: &Scanner, i: usize) -> Option<(Clock, usize)> {
    match s.class(i) {
        Some(Class::Noon) => {
            return Some((
                Clock {
                    hour: 12,
                    minute: 0,
                },
                zone(s, i + 1),
            ))
        }
        // "between midnight and noon", "from midnight to 6 a.m.": the midnight a day starts
        // with ("since midnight Friday" is the end of Friday)
        Some(Class::Midnight) => {
            let starts_day = i > 0
                && matches!(s.w(i - 1), "from" | "between")
                && s.info(i + 1).is_none_or(|x| x.weekday.is_none());
            return Some((
                Clock {
                    hour: if starts_day { 0 } else { 24 },
                    minute: 0,
                },
                zone(s, i + 1),
            ));
        }
        _ => {}
    }
    // "moved to 12 noon", "at 12 midnight", "It's twelve noon"
    if matches!(s.class(i + 1), Some(Class::Noon | Class::Midnight))
        && matches!(s.w(i), "12" | "twelve")
    {
        let hour = if s.is_class(i + 1, Class::Noon) {
            12
        } else {
            24
        };
        return Some((Clock { hour, minute: 0 }, zone(s, i + 2)));
    }
    // "7am", "10pm", "7.40am", "12.30pm": British style, the meridiem glued to the figures
    if let Some(found) = glued_clock(s, i) {
        return Some(found);
    }
    let Some(hour) = s.digits(i) else {
        return spelled_clock(s, i);
    };
    // "20 past 7"
    if let Some(found) = minutes_past(s, i) {
        return Some(found);
    }
    // "at 0930 GMT", "1200 local time": a 24-hour reading in four digits, with its zone
    if s.w(i).len() == 4 && !s.inside_number_before(i) {
        // ("1200 GMT (1300 local)": a wire reading gives the local hour beside it)
        let z = if s.is(i + 1, "local") && !s.is(i + 2, "time") {
            i + 2
        } else {
            zone(s, i + 1)
        };
        let (h, m) = (hour / 100, hour % 100);
        // ("about 1200 ET shares": a short zone word may be something else)
        let short_zone = matches!(s.w(i + 1), "et" | "pt" | "ct");
        if z > i + 1 && h <= 23 && m <= 59 && !short_zone {
            return Some((Clock { hour: h, minute: m }, z));
        }
    }
    if s.w(i).len() > 2 || s.inside_number_before(i) {
        return None;
    }
    let mut j = i + 1;
    let mut minute = 0;
    let mut has_minutes = false;
    if s.glued(j) && matches!(s.w(j), ":" | ".") && s.glued(j + 1) && s.w(j + 1).len() == 2 {
        if let Some(m) = s.digits(j + 1) {
            minute = m;
            has_minutes = true;
            j += 2;
        }
    }
    if minute > 59 {
        return None;
    }
    // ("the old record of 14:56.20": hundredths make a performance, not a clock reading)
    if has_minutes && s.glued(j) && s.w(j) == "." && s.glued(j + 1) && s.is_number(j + 1) {
        return None;
    }
    // a.m. / p.m. / am / pm
    let (meridiem, k) = meridiem(s, j)?.map_or((None, j), |(pm, k)| (Some(pm), k));
    // ("leads Bellini by 1:04 overall": a margin in minutes and seconds)
    let margin_verb = |k: usize| {
        matches!(
            s.w(k),
            "leads" | "lead" | "led" | "trails" | "trail" | "trailed" | "won" | "wins" | "ahead"
        )
    };
    if meridiem.is_none()
        && i > 2
        && s.is(i - 1, "by")
        && (margin_verb(i - 2) || margin_verb(i - 3))
    {
        return None;
    }
    // "4.25" is a decimal unless a meridiem follows ("4.25 p.m."); "the 09.15 sailing", with
    // the hour's leading zero, is a British clock time
    let zero_led = s.w(i).len() == 2 && s.w(i).starts_with('0');
    if has_minutes && s.w(i + 1) == "." && meridiem.is_none() && !zero_led {
        return None;
    }
    let hour = match meridiem {
        Some(pm) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            to_24h(pm, hour)
        }
        None => {
            // "4 in the morning", "8 in the evening", "around 2:15 in the afternoon" ("finished
            // in 2:15 in the afternoon heat" is a time taken)
            if (1..=12).contains(&hour)
                && !(has_minutes && i > 0 && s.is(i - 1, "in"))
                && s.is(k, "in")
                && s.is_class(k + 1, Class::The)
            {
                let pm = match s.w(k + 2) {
                    "morning" => Some(false),
                    "afternoon" | "evening" => Some(true),
                    "night" if hour >= 6 => Some(true),
                    _ => None,
                };
                if let Some(pm) = pm {
                    let h = to_24h(pm, hour);
                    return Some((Clock { hour: h, minute }, k + 3));
                }
            }
            if s.is(k, "o'clock") {
                if !(1..=12).contains(&hour) {
                    return None;
                }
                // "10 o'clock that night", "six o'clock in the morning"
                if let Some((pm, end)) = part_after_clock(s, k + 1, hour) {
                    return Some((
                        Clock {
                            hour: to_24h(pm, hour),
                            minute,
                        },
                        end,
                    ));
                }
                return Some((
                    Clock {
                        hour: to_24h(oclock_half(s, k + 1, hour), hour),
                        minute,
                    },
                    zone(s, k + 1),
                ));
            }
            // "5:40 this evening", "at 10 this morning": the part of today gives the half (an
            // hour alone needs "at" or the like: "scored 10 this morning" is a count)
            let hour_word_before = i > 0
                && matches!(
                    s.w(i - 1),
                    "at" | "by"
                        | "until"
                        | "till"
                        | "around"
                        | "about"
                        | "before"
                        | "after"
                        | "from"
                );
            if (1..=12).contains(&hour)
                && (has_minutes || hour_word_before)
                && s.is_class(k, Class::This)
            {
                let pm = match s.w(k + 1) {
                    "morning" => Some(false),
                    "afternoon" | "evening" => Some(true),
                    _ => None,
                };
                if let Some(pm) = pm {
                    let h = to_24h(pm, hour);
                    return Some((Clock { hour: h, minute }, k + 2));
                }
            }
            // "landed at 4:17 that afternoon", "at 9 the next evening": the part of the day named
            // after gives the half; the phrase stays an expression of its own
            if (1..=12).contains(&hour) && (has_minutes || hour_word_before) {
                let part_at = if s.is_class(k, Class::That) {
                    Some(k + 1)
                } else if s.is_class(k, Class::The)
                    && matches!(
                        s.class(k + 1),
                        Some(Class::Next | Class::Following | Class::Previous)
                    )
                {
                    Some(k + 2)
                } else {
                    None
                };
                let pm = part_at.and_then(|p| match s.w(p) {
                    "morning" => Some(false),
                    "afternoon" | "evening" => Some(true),
                    "night" if hour >= 6 => Some(true),
                    _ => None,
                });
                if let Some(pm) = pm {
                    return Some((
                        Clock {
                            hour: to_24h(pm, hour),
                            minute,
                        },
                        k,
                    ));
                }
            }
            // "by 8:30 tonight"; "at 5, 6 and 10 tonight": the last of a list of hours
            let listed = i >= 2 && matches!(s.w(i - 1), "and" | "or") && s.is_number(i - 2);
            if (1..=12).contains(&hour)
                && (has_minutes || hour_word_before || listed)
                && s.is(k, "tonight")
            {
                return Some((
                    Clock {
                        hour: to_24h(true, hour),
                        minute,
                    },
                    k + 1,
                ));
            }
            // "at 6 tomorrow morning", "at 7 Friday night": the part of the day after the day
            // gives the half
            if !has_minutes && hour_word_before && (1..=12).contains(&hour) {
                if let Some(pm) = half_from_day_after(s, k, hour) {
                    return Some((
                        Clock {
                            hour: to_24h(pm, hour),
                            minute,
                        },
                        k,
                    ));
                }
            }
            // "Monday night at 7": the part of the day just before "at"
            // ("exploded Tuesday night at about 9:50": minutes too, on a 12-hour clock; "at
            // 09:50" is a 24-hour reading)
            let twelve_hour = if has_minutes {
                (1..=11).contains(&hour) && !zero_led
            } else {
                (1..=12).contains(&hour)
            };
            if twelve_hour {
                if let Some(pm) = half_from_part_before(s, i, hour) {
                    return Some((
                        Clock {
                            hour: to_24h(pm, hour),
                            minute,
                        },
                        zone(s, k),
                    ));
                }
            }
            // A bare "15:00" counts only with a zone after it or a word such as "at" before it.
            if !has_minutes || hour > 23 {
                return None;
            }
            let z = zone(s, k);
            // ("it's 6:15", "set for 9:30", "between 7:30 and 8:30", "the 9:15 launch")
            let clock_word_before = i > 0
                && (matches!(s.w(i - 1), "between" | "it's" | "it’s")
                    || (s.w(i - 1) == "for"
                        && i > 1
                        && matches!(
                            s.w(i - 2),
                            "set" | "scheduled" | "planned" | "slated" | "moved" | "pushed"
                        ))
                    || (s.w(i - 1) == "and" && i > 3 && s.w(i - 3) == ":" && s.glued(i - 3))
                    // ("its 14:30 departure", "its 8:13 and 10:52 departures")
                    || ((s.is_class(i - 1, Class::The)
                        || matches!(s.w(i - 1), "its" | "his" | "her" | "their" | "our" | "your"))
                        && ((s.tokens.get(k).is_some_and(|t| {
                            t.kind == crate::text::TokenKind::Word && !t.capitalized
                        }) && s.info(k).is_none())
                            || (matches!(s.w(k), "and" | "or")
                                && s.is_number(k + 1)
                                && s.w(k + 2) == ":"
                                && s.glued(k + 2)))));
            // ("a news conference for 9:30 tomorrow morning", "9:45 Friday": a day after the
            // figures makes them a clock reading)
            let day_after = matches!(
                s.class(k),
                Some(Class::Today | Class::Tomorrow | Class::Yesterday | Class::Tonight)
            ) || s.info(k).is_some_and(|x| x.weekday.is_some());
            // ("fixed for 15:30", "a 19:45 kick-off", "since 05:00": figures that can only be a
            // 24-hour reading, not after a name such as "Luke 15:30")
            let twenty_four = s.w(i).len() == 2
                && (hour >= 13 || s.w(i).starts_with('0'))
                && !(i > 0 && s.capitalized(i - 1) && s.info(i - 1).is_none());
            if z == k && !hour_word_before && !clock_word_before && !day_after && !twenty_four {
                return None;
            }
            return Some((Clock { hour, minute }, z));
        }
    };
    Some((Clock { hour, minute }, zone(s, k)))
}

/// The half of the day a part of the day names right after a clock reading at `k`: "in the
/// morning", "this evening", "tonight", "that night", "at night". The half (true for p.m.) and
/// the token after the part.
fn part_after_clock(s: &Scanner, k: usize, hour: u32) -> Option<(bool, usize)> {
    let part_at = if s.is_class(k, Class::This) || s.is(k, "that") {
        k + 1
    } else if s.is(k, "in") && s.is_class(k + 1, Class::The) {
        k + 2
    } else if s.is(k, "at") && s.is(k + 1, "night") {
        k + 1
    } else if s.is(k, "tonight") {
        return Some((true, k + 1));
    } else {
        return None;
    };
    let pm = match s.w(part_at) {
        "morning" => false,
        "afternoon" | "evening" => true,
        // "three at night" is the small hours; "ten at night" the evening
        "night" if hour >= 6 => true,
        _ => return None,
    };
    Some((pm, part_at + 1))
}

/// A number in words at `i` (0..=99): "six", "thirty", "forty-five", "forty five".
pub(super) fn spelled_number(s: &Scanner, i: usize) -> Option<(u32, usize)> {
    let n = s.info(i)?.number?;
    if n >= 20 && n % 10 == 0 && n < 100 {
        let (k, glued) = if s.w(i + 1) == "-" && s.glued(i + 1) {
            (i + 2, true)
        } else {
            (i + 1, false)
        };
        if let Some(u) = s
            .info(k)
            .and_then(|x| x.number)
            .filter(|u| (1..=9).contains(u))
        {
            if glued || s.w(k).len() > 2 {
                return Some((n + u, k + 1));
            }
        }
    }
    Some((n, i + 1))
}

/// A clock time in words, as broadcast transcripts write it: "six o'clock", "three thirty this
/// afternoon", "ten fifteen p.m.". It needs "o'clock", a meridiem or a part of the day after
/// it: "three thirty" alone may be a score or a count.
fn spelled_clock(s: &Scanner, i: usize) -> Option<(Clock, usize)> {
    if let Some(found) = minutes_past(s, i) {
        return Some(found);
    }
    let (hour, j) = spelled_number(s, i).filter(|(h, j)| (1..=12).contains(h) && *j == i + 1)?;
    let oclock = s.is(j, "o'clock");
    // "nine-oh-two this morning": minutes under ten said with "oh" (what follows must still
    // date it: "flight three-oh-seven" is a number)
    let oh_minutes = (s.w(j) == "-" && s.is(j + 1, "oh") && s.w(j + 2) == "-")
        .then(|| spelled_number(s, j + 3))
        .flatten()
        .filter(|(m, _)| (1..=9).contains(m));
    // "eleven-thirty": the minutes after a hyphen
    let j = if s.w(j) == "-" && s.glued(j) && s.glued(j + 1) && !oclock {
        j + 1
    } else {
        j
    };
    let (minute, k) = match (oh_minutes, spelled_number(s, j)) {
        (Some(found), _) => found,
        (None, Some((m, k))) if (10..=59).contains(&m) && !oclock => (m, k),
        _ => (0, j + usize::from(oclock)),
    };
    // "at eight fifteen", "around seven-thirty": hour and minutes in words after "at" need
    // nothing more
    // ("around seven-thirty": the hyphen makes it a clock reading; "about eleven fifty people"
    // is a count)
    let hyphenated = s.w(i + 1) == "-";
    let at_before = i > 0
        && (matches!(s.w(i - 1), "at" | "by" | "until" | "till")
            || (hyphenated
                && matches!(s.w(i - 1), "around" | "about" | "from" | "after" | "before")));
    if k == j {
        // "six a.m." needs no minutes; a bare "six" does
        if let Some(Some((pm, e))) = meridiem(s, j) {
            let h = to_24h(pm, hour);
            return Some((Clock { hour: h, minute: 0 }, zone(s, e)));
        }
        // "at six tomorrow morning", "at seven Friday night": the day's part gives the half
        if at_before {
            if let Some(pm) = half_from_day_after(s, j, hour) {
                return Some((
                    Clock {
                        hour: to_24h(pm, hour),
                        minute: 0,
                    },
                    j,
                ));
            }
        }
        // "Monday night at seven"
        if let Some(pm) = half_from_part_before(s, i, hour) {
            return Some((
                Clock {
                    hour: to_24h(pm, hour),
                    minute: 0,
                },
                j,
            ));
        }
        // "ten this morning", "three in the morning" go on below; a bare "ten" is a number
        part_after_clock(s, j, hour)?;
    }
    let pm = match meridiem(s, k) {
        Some(Some((pm, e))) => Some((pm, zone(s, e))),
        // "three thirty this afternoon", "six fifteen in the morning", "ten that night"
        _ => part_after_clock(s, k, hour),
    };
    let (pm, end) = match pm {
        Some(x) => x,
        // "six o'clock", "at eight fifteen": as written (a.m. for hours under 12)
        None if oclock => (oclock_half(s, k, hour), zone(s, k)),
        // ("selling at three-oh-nine a gallon", "at nine-oh-two Elm Street": minutes said with
        // "oh" need a meridiem or a part of the day)
        None if at_before && k > j && oh_minutes.is_none() => (false, zone(s, k)),
        None => return None,
    };
    let h = to_24h(pm, hour);
    Some((Clock { hour: h, minute }, end))
}

/// The half of the day of an "o'clock" hour with nothing else to tell it: one to five o'clock is
/// the afternoon ("the 4 o'clock news", "a meeting at two o'clock"), when people are about;
/// from six it stays as written.
/// ("five o'clock tomorrow morning": a day and its part after the clock say which half.)
fn oclock_half(s: &Scanner, after: usize, hour: u32) -> bool {
    // ("at 3 o'clock on Sunday morning", "2 o'clock early Saturday", "five o'clock, before
    // dawn": a word of the night or the early morning close after keeps the hour as written)
    let small_hours = (after..after + OCLOCK_CUE_REACH).any(|k| {
        matches!(
            s.w(k),
            "morning" | "dawn" | "early" | "overnight" | "night" | "predawn" | "sunrise"
        )
    });
    // ("about 6 o'clock on Monday evening": "on" may stand before the day)
    let day_at = if s.is(after, "on") { after + 1 } else { after };
    half_from_day_after(s, day_at, hour).unwrap_or((1..=5).contains(&hour) && !small_hours)
}

/// How many tokens after an "o'clock" [`oclock_half`] looks for a word of the night or the
/// early morning.
const OCLOCK_CUE_REACH: usize = 4;

/// "at six tomorrow morning", "at 7 Friday night": a day (today, tomorrow, yesterday or a
/// weekday) at `k` followed by a part of the day. The half of the day it gives (true for p.m.).
fn half_from_day_after(s: &Scanner, k: usize, hour: u32) -> Option<bool> {
    let day = matches!(
        s.class(k),
        Some(Class::Today | Class::Tomorrow | Class::Yesterday)
    ) || s.info(k).is_some_and(|x| x.weekday.is_some());
    if !day {
        return None;
    }
    half_of_part(s.w(k + 1), hour)
}

/// "Monday night at seven", "tonight at 8": a part of the day right before "at" (token `i` is
/// the hour). The half of the day it gives.
fn half_from_part_before(s: &Scanner, i: usize, hour: u32) -> Option<bool> {
    // (the hour ends its phrase: "this afternoon at twelve churches" is a count)
    let after = s.w(i + 1);
    let ends = i + 1 >= s.limit
        || !after.starts_with(|c: char| c.is_alphanumeric())
        || matches!(
            after,
            "and" | "to" | "until" | "till" | "when" | "with" | "for"
        );
    // ("Tuesday night at about 9:50": a word of approximation between)
    let at = if i >= 2 && s.is(i - 1, "at") {
        i - 1
    } else if i >= 3
        && matches!(s.w(i - 1), "about" | "around" | "approximately")
        && s.is(i - 2, "at")
    {
        i - 2
    } else {
        return None;
    };
    if at < 1 || !ends {
        return None;
    }
    if matches!(s.w(at - 1), "tonight" | "nightly") {
        return Some(true);
    }
    if let Some(half) = half_of_part(s.w(at - 1), hour) {
        return Some(half);
    }
    // ("Tonight's debate starts at 8", "a ceremony at two this afternoon, before the first
    // session at 4": the evening the sentence is set in, a few words back)
    (i.saturating_sub(SETTING_REACH)..at)
        .rev()
        .take_while(|&k| !matches!(s.w(k), "." | "!" | "?" | ";"))
        .any(|k| {
            matches!(s.w(k), "tonight" | "tonight's" | "tonight’s")
                || (s.is_class(k, Class::This) && matches!(s.w(k + 1), "afternoon" | "evening"))
        })
        .then_some(true)
}

/// How many tokens back [`half_from_part_before`] looks for the evening a sentence is set in.
const SETTING_REACH: usize = 14;

/// The half of the day a part-of-day word puts an hour in: morning a.m.; afternoon and evening
/// p.m.; night p.m. from six on (three at night is the small hours).
fn half_of_part(word: &str, hour: u32) -> Option<bool> {
    match word {
        "morning" => Some(false),
        "afternoon" | "evening" => Some(true),
        "night" if hour >= 6 => Some(true),
        _ => None,
    }
}

/// "eight minutes past seven", "a quarter past eight", "half past nine", "twenty past six": a
/// clock reading counted in minutes past the hour, as broadcasts say it.
fn minutes_past(s: &Scanner, i: usize) -> Option<(Clock, usize)> {
    // (cheap test first: this runs at every number)
    if !(s.is(i + 1, "past") || s.is(i + 2, "past") || s.is(i + 3, "past")) {
        return minutes_to(s, i).or_else(|| british_half(s, i));
    }
    let (minute, j) = if s.is_class(i, Class::A) && s.is(i + 1, "quarter") {
        (15, i + 2)
    } else if s.is(i, "quarter") {
        (15, i + 1)
    } else if s.is(i, "half") {
        (30, i + 1)
    } else {
        let (n, j) = s
            .digits(i)
            .map(|n| (n, i + 1))
            .or_else(|| spelled_number(s, i))?;
        let j = if matches!(s.w(j), "minutes" | "minute") {
            j + 1
        } else {
            j
        };
        (n, j)
    };
    if !(1..=59).contains(&minute) || !s.is(j, "past") {
        return None;
    }
    let (hour, k) = s
        .digits(j + 1)
        .map(|n| (n, j + 2))
        .or_else(|| spelled_number(s, j + 1))
        .filter(|(h, _)| (1..=12).contains(h))?;
    // ("half past seven Friday night": the half from the day named after it)
    let (hour, end) = half_of_day(s, k, hour);
    Some((Clock { hour, minute }, end))
}

/// Words right before a clock reading in words that make "quarter to nine" or "half seven" a
/// time of day rather than a fraction or a count ("a quarter to a third of", "five to six
/// people"; not "from", which opens ranges, "went from five to six", nor "by", which gives
/// margins, "carried by nine to four").
const CLOCK_PREPOSITIONS: &[&str] = &[
    "at", "until", "till", "before", "after", "since", "about", "around",
];

/// "a quarter to nine", "twenty to five", "ten minutes to eight": minutes before the hour, after
/// a preposition of time (see [`CLOCK_PREPOSITIONS`]); the half of the day as for "past".
fn minutes_to(s: &Scanner, i: usize) -> Option<(Clock, usize)> {
    // (cheap test first: this runs at every number that is no "past" reading)
    if !(s.is(i + 1, "to") || s.is(i + 2, "to") || s.is(i + 3, "to")) {
        return None;
    }
    let (minute, j) = if s.is_class(i, Class::A) && s.is(i + 1, "quarter") {
        (15, i + 2)
    } else if s.is(i, "quarter") {
        (15, i + 1)
    } else {
        // (in words only: "20 to 30" is a range of counts; without "minutes", a clock counts
        // in fives: "twenty to five", not "nine to four")
        let (n, j) = spelled_number(s, i)?;
        if matches!(s.w(j), "minutes" | "minute") {
            (n, j + 1)
        } else if n % 5 == 0 {
            (n, j)
        } else {
            return None;
        }
    };
    if !(1..=30).contains(&minute)
        || !s.is(j, "to")
        || i == 0
        || !CLOCK_PREPOSITIONS.contains(&s.w(i - 1))
    {
        return None;
    }
    let (hour, end) = hour_in_words(s, i, j + 1)?;
    Some((
        Clock {
            hour: (hour + 23) % 24,
            minute: 60 - minute,
        },
        end,
    ))
}

/// The hour (1 to 12, in figures or words) at `at` of a clock reading in words that starts at
/// `i`, with its half of the day, where the phrase stands as a time (see
/// [`ends_clock_phrase`]): the hour of the day and the end of the reading.
fn hour_in_words(s: &Scanner, i: usize, at: usize) -> Option<(u32, usize)> {
    let (hour, k) = s
        .digits(at)
        .map(|n| (n, at + 1))
        .or_else(|| spelled_number(s, at))
        .filter(|(h, _)| (1..=12).contains(h))?;
    let (hour, end) = half_of_day(s, k, hour);
    ends_clock_phrase(s, i, k, end).then_some((hour, end))
}

/// "at half seven" (British): half past the hour, after a preposition of time.
fn british_half(s: &Scanner, i: usize) -> Option<(Clock, usize)> {
    if !s.is(i, "half") || i == 0 || !CLOCK_PREPOSITIONS.contains(&s.w(i - 1)) {
        return None;
    }
    let (hour, end) = hour_in_words(s, i, i + 1)?;
    Some((Clock { hour, minute: 30 }, end))
}

/// Whether a clock reading in words from `i` that ends at `k` (or `end`, with its half of the
/// day) stands as a time: a half of the day read, or a word after it that closes or dates it
/// ("at twenty to five on Friday"), not a noun it counts ("five to six people").
fn ends_clock_phrase(s: &Scanner, i: usize, k: usize, end: usize) -> bool {
    let dated = end > k
        || matches!(
            s.w(k),
            "on" | "this"
                | "tonight"
                | "today"
                | "tomorrow"
                | "yesterday"
                | "last"
                | "next"
                | "local"
                | "o'clock"
        )
        || s.info(k).is_some_and(|x| x.weekday.is_some());
    // (after "about" or "around" only a half of the day or "this ..." dates it: "aged around
    // ten to twelve.", "at around ten to one on Tuesday" in a betting story)
    let loose = i > 0 && matches!(s.w(i - 1), "about" | "around");
    let part_dated = end > k || matches!(s.w(k), "this" | "tonight" | "o'clock");
    // (betting odds: "backed at five to one", "the favourite at ten to one")
    let odds = (i.saturating_sub(ODDS_REACH)..i).any(|j| {
        matches!(
            s.w(j),
            "odds" | "bookmakers" | "bookies" | "backed" | "favourite" | "favorite" | "betting"
        )
    });
    !odds
        && if loose {
            part_dated
        } else {
            dated || k >= s.limit || matches!(s.w(k), "." | "," | ";" | ":" | ")" | "and" | "when")
        }
}

/// How many tokens before a clock reading in words [`ends_clock_phrase`] looks for words of
/// betting.
const ODDS_REACH: usize = 10;

/// The hour of a 12-hour reading at `k`'s left, with its half of the day: a meridiem, a part of
/// the day after it, or one after the day named next ("half past seven Friday night").
fn half_of_day(s: &Scanner, k: usize, hour: u32) -> (u32, usize) {
    match meridiem(s, k) {
        Some(Some((pm, e))) => (to_24h(pm, hour), zone(s, e)),
        _ => match part_after_clock(s, k, hour) {
            Some((pm, e)) => (to_24h(pm, hour), e),
            // ("at a quarter to eight on Wednesday evening": across "on" too)
            None => match half_from_day_after(s, k, hour).or_else(|| {
                s.is(k, "on")
                    .then(|| half_from_day_after(s, k + 1, hour))
                    .flatten()
            }) {
                Some(pm) => (to_24h(pm, hour), k),
                None => (hour, k),
            },
        },
    }
}

/// The hour of the day of a 12-hour clock reading: 12 a.m. is 0, 12 p.m. is 12.
fn to_24h(pm: bool, hour: u32) -> u32 {
    match (pm, hour) {
        (false, 12) => 0,
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, h) => h,
    }
}

/// `Some(Some((is_pm, next)))` for a meridiem, `Some(None)` for none.
#[allow(clippy::type_complexity)]
fn meridiem(s: &Scanner, j: usize) -> Option<Option<(bool, usize)>> {
    let w = s.w(j);
    let pm = match w {
        "am" | "a" => false,
        "pm" | "p" => true,
        _ => return Some(None),
    };
    let mut k = j + 1;
    if w.len() == 1 {
        // "a.m." is "a" "." "m" "."; a bare "a" is the article, not a meridiem.
        if !(s.w(k) == "." && s.glued(k) && s.is(k + 1, "m") && s.glued(k + 1)) {
            return Some(None);
        }
        k += 2;
        // (the period of "p.m." that also ends the sentence is still its own)
        if s.w(k) == "." && s.glued(k) {
            k += 1;
        }
    }
    Some(Some((pm, k)))
}

/// A clock time with "am" or "pm" glued to its figures: "7am", "10pm" (one token), "7.40am",
/// "12.30pm", "7:40am" (the minutes and the meridiem one token). (clock, next token)
fn glued_clock(s: &Scanner, i: usize) -> Option<(Clock, usize)> {
    // (cheap tests first: this runs at every token a clock time may start at)
    if !s.is_number(i) {
        return None;
    }
    let w = s.w(i);
    let glued_meridiem = w.ends_with("am") || w.ends_with("pm");
    let minutes_after = !glued_meridiem
        && w.len() <= 2
        && s.glued(i + 1)
        && matches!(s.w(i + 1), "." | ":")
        && s.glued(i + 2)
        && s.w(i + 2).len() == 4;
    if !s.is_number(i) || !(glued_meridiem || minutes_after) || s.inside_number_before(i) {
        return None;
    }
    let split = |w: &str| -> Option<(u32, bool)> {
        let (n, pm) = if let Some(n) = w.strip_suffix("am") {
            (n, false)
        } else {
            (w.strip_suffix("pm")?, true)
        };
        (!n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| n.parse().ok().map(|x| (x, pm)))
            .flatten()
    };
    let (hour, minute, pm, end) = if let Some((h, pm)) = split(s.w(i)) {
        (h, 0, pm, i + 1)
    } else {
        let h = s.digits(i).filter(|_| s.w(i).len() <= 2)?;
        if !(s.glued(i + 1) && matches!(s.w(i + 1), "." | ":") && s.glued(i + 2)) {
            return None;
        }
        let (m, pm) = split(s.w(i + 2)).filter(|_| s.w(i + 2).len() == 4)?;
        (h, m, pm, i + 3)
    };
    if !(1..=12).contains(&hour) || minute > 59 {
        return None;
    }
    Some((
        Clock {
            hour: to_24h(pm, hour),
            minute,
        },
        zone(s, end),
    ))
}

/// Skips an optional time zone after a clock time.
/// The token after a time zone starting at `k` ("EDT", "local time", "New York time"), or `k`.
pub fn zone_end(s: &Scanner, k: usize) -> usize {
    zone(s, k)
}

fn zone(s: &Scanner, k: usize) -> usize {
    match s.w(k) {
        "edt" | "est" | "cdt" | "cst" | "mdt" | "mst" | "pdt" | "pst" | "gmt" | "utc" | "bst"
        | "cet" | "cest" | "et" | "pt" | "ct" | "eastern" | "pacific" | "central" | "mountain"
        | "z" | "akst" | "akdt" | "hst" | "ist" | "aest" | "aedt" | "awst" | "nzst" | "nzdt"
        | "jst" | "sgt" | "hkt" | "eest" | "msk" => {
            if matches!(s.w(k), "eastern" | "pacific" | "central" | "mountain") {
                if s.is(k + 1, "time") {
                    return k + 2;
                }
                if s.is(k + 1, "daylight") || s.is(k + 1, "standard") {
                    return if s.is(k + 2, "time") { k + 3 } else { k + 2 };
                }
                // ("a call at 9 a.m. Eastern": the capitalised zone alone)
                return if s.capitalized(k) { k + 1 } else { k };
            }
            k + 1
        }
        // more zones, written in capitals only: several are words too ("9:48 p.m. PET",
        // "noon WAT", not "an art fair")
        "pet" | "cot" | "art" | "brt" | "clt" | "vet" | "bot" | "ect" | "uyt" | "pyt" | "wib"
        | "wita" | "wit" | "pkt" | "npt" | "ict" | "pht" | "kst" | "eat" | "wat" | "cat"
        | "sast" | "acst" | "acdt" | "awdt" | "ast" | "adt" | "nst" | "ndt" | "wet" | "west"
        | "eet" | "gst" | "irst" | "trt"
            if s.raw(k).bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            k + 1
        }
        "local" if s.is(k + 1, "time") => k + 2,
        // "5 p.m. New York time", "noon London time": a city's time
        _ if s.capitalized(k) && s.is(k + 1, "time") => k + 2,
        // (not a weekday before a city: "8:50 a.m. Monday Tokyo time" keeps its day)
        _ if s.capitalized(k)
            && s.capitalized(k + 1)
            && s.is(k + 2, "time")
            && s.info(k)
                .is_none_or(|x| x.weekday.is_none() && x.month.is_none()) =>
        {
            k + 3
        }
        _ => k,
    }
}

/// A month name at `i`, with its following period for abbreviations: (month, next).
/// Ambiguous words ("May", "March", abbreviations) need `strong` context: a day or year after.
pub fn month_name(s: &Scanner, i: usize) -> Option<(u32, usize, bool)> {
    let info = s.info(i)?;
    let m = info.month?;
    let mut j = i + 1;
    let mut certain = !info.month_abbrev && s.capitalized(i) && !matches!(m, 3 | 5);
    if info.month_abbrev {
        if s.w(j) == "." && s.glued(j) {
            j += 1;
            certain = s.capitalized(i);
        } else if !s.capitalized(i) {
            return None;
        } else if matches!(s.w(j), "van" | "von" | "de" | "der" | "den" | "ten") {
            // "Jan van Eyck", "Jan de Vries": a first name
            return None;
        }
    } else if !s.capitalized(i) && s.raw(i).len() > 3 {
        // Lower-case full month names are rare in news and often other words ("august").
        return None;
    }
    if m == 5 && i > 0 && NAME_TITLES.contains(&s.w(i - 1)) {
        return None;
    }
    Some((m, j, certain))
}

/// How many tokens after a month [`month_data_after`] (and the tense scan's own look) reads for
/// the noun of its figures.
pub const MONTH_DATA_REACH: usize = 4;

/// "March durable-goods orders", "the March consumer price index": a noun of figures for the
/// month among the few lower-case words (or hyphens) right after it, at `k`.
/// (no verb between: "The March drew record numbers", "The March organizers said turnout
/// figures ...")
pub fn month_data_after(s: &Scanner, k: usize) -> bool {
    let verb = |j: usize| {
        let w = s.w(j);
        (w.len() > 4 && w.ends_with("ed"))
            || crate::lexicon::PAST_IRREGULAR.contains(&w)
            || crate::lexicon::REPORTING_PAST.contains(&w)
    };
    (k..k + MONTH_DATA_REACH)
        .take_while(|&j| {
            s.w(j) == "-"
                || s.tokens.get(j).is_some_and(|t| {
                    t.kind == crate::text::TokenKind::Word && !s.capitalized(j) && !verb(j)
                })
        })
        .any(|j| crate::lexicon::MONTH_DATA_NOUNS.contains(&s.w(j)))
}

/// Context that makes a bare month name a month: a preposition or determiner before it.
pub fn month_context_before(s: &Scanner, i: usize) -> bool {
    // "as recently as May", "as early as March"
    let as_far_as = i >= 2
        && s.w(i - 1) == "as"
        && matches!(s.w(i - 2), "recently" | "early" | "late" | "soon");
    as_far_as
        || i > 0
            && matches!(
            s.w(i - 1),
            "in" | "of"
                | "since"
                | "until"
                | "till"
                | "by"
                | "before"
                | "after"
                | "during"
                | "through"
                | "from"
                | "to"
                | "last"
                | "this"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "and"
                | "or"
                | "between"
                | "every"
                | "each"
                | "that"
                | "past"
                | "coming"
                | "end"
                | "beginning"
                | "start"
                | "middle"
                | "on"
                | "into"
        )
        // "face a congested March", "after a wet May": a determiner and an adjective
        || (i > 1
            && matches!(s.w(i - 2), "a" | "an" | "the")
            && s.tokens[i - 1].kind == crate::text::TokenKind::Word
            && !s.capitalized(i - 1)
            && s.info(i - 1).is_none())
        // "after an unusually dry March": an adverb before the adjective
        // (not the name May: "The usually cautious May told reporters")
        || (i > 2
            && !s.is(i, "may")
            && matches!(s.w(i - 3), "a" | "an" | "the")
            && s.w(i - 2).ends_with("ly")
            && s.tokens[i - 1].kind == crate::text::TokenKind::Word
            && !s.capitalized(i - 1)
            && s.info(i - 1).is_none())
        // "scheduled for March", "set for June", "data for March", "crude for September" (a
        // bare "for May" is often the name)
        || (i > 1
            && s.w(i - 1) == "for"
            && matches!(
                s.w(i - 2),
                "scheduled"
                    | "set"
                    | "planned"
                    | "slated"
                    | "due"
                    | "expected"
                    | "targeted"
                    | "data"
                    | "figures"
                    | "numbers"
                    | "sales"
                    | "statistics"
                    | "results"
                    | "crude"
                    | "oil"
                    | "futures"
                    | "contracts"
                    | "delivery"
                    | "orders"
                    | "payrolls"
                    | "output"
                    | "inflation"
                    // ("the outlook for March calls for a drier month")
                    | "outlook"
                    | "forecast"
                    | "forecasts"
                    | "projections"
                    | "estimates"
                    | "guidance"
                    | "budget"
                    | "plans"
                    // ("Bookings for March were down", "tickets for May")
                    | "bookings"
                    | "reservations"
                    | "tickets"
            ))
}

/// A year said in words, as transcripts of broadcasts write it: "nineteen ninety-six",
/// "nineteen eighty", "two thousand", "two thousand and one". Returns (year, next token).
/// "two thousand" alone is a count as often as a year, so callers ask for context.
pub fn spelled_year(s: &Scanner, i: usize) -> Option<(i32, usize)> {
    let number = |k: usize| s.info(k).and_then(|x| x.number);
    // "twenty-fifteen", "nineteen-eighteen": a century word, a hyphen and a number 10..19
    if matches!(s.w(i), "nineteen" | "twenty") && s.w(i + 1) == "-" && s.glued(i + 1) {
        if let Some(n) = number(i + 2).filter(|n| (10..=19).contains(n)) {
            let century = if s.w(i) == "nineteen" { 1900 } else { 2000 };
            return Some((century + n as i32, i + 3));
        }
    }
    match (s.w(i), number(i + 1)) {
        ("nineteen" | "eighteen" | "twenty", Some(tens))
            if (20..=90).contains(&tens) && tens % 10 == 0 =>
        {
            let century = if s.w(i) == "eighteen" {
                1800
            } else if s.w(i) == "nineteen" {
                1900
            } else {
                2000
            };
            let mut y = century + tens as i32;
            let mut end = i + 2;
            if s.w(end) == "-" && s.glued(end) {
                if let Some(unit) = number(end + 1).filter(|u| (1..=9).contains(u)) {
                    y += unit as i32;
                    end += 2;
                }
            }
            Some((y, end))
        }
        ("two", Some(1000)) => {
            let mut end = i + 2;
            if s.w(end) == "and" {
                end += 1;
            }
            match number(end).filter(|n| (1..=99).contains(n)) {
                Some(n) => {
                    let mut y = 2000 + n as i32;
                    let mut e = end + 1;
                    if s.w(e) == "-" && s.glued(e) {
                        if let Some(unit) = number(e + 1).filter(|u| (1..=9).contains(u)) {
                            y += unit as i32;
                            e += 2;
                        }
                    }
                    Some((y, e))
                }
                None => Some((2000, i + 2)),
            }
        }
        _ => None,
    }
}

/// A year after a month or season: "2025", ", 2025", "of 2025", "'98", "nineteen ninety-four".
pub fn year_after(s: &Scanner, j: usize) -> Option<(i32, usize)> {
    let k = if s.w(j) == "," || s.is_class(j, Class::Of) {
        j + 1
    } else {
        j
    };
    // ("the second half of calendar 1997", "the first half of fiscal 1992": the year as written)
    let k = if k > j && matches!(s.w(k), "calendar" | "fiscal") && s.year_number(k + 1).is_some() {
        k + 1
    } else {
        k
    };
    if let Some((y, end)) = spelled_year(s, k).filter(|_| s.w(k) != "two") {
        return Some((y, end));
    }
    if let Some(y) = s.year_number(k) {
        if !s.inside_number_after(k) {
            return Some((y, k + 1));
        }
    }
    if matches!(s.w(k), "'" | "’") && s.w(k + 1).len() == 2 && s.glued(k + 1) {
        let yy = s.digits(k + 1)? as i32;
        return Some((if yy < 50 { 2000 + yy } else { 1900 + yy }, k + 2));
    }
    None
}

/// A part of the day word at `i`.
pub fn day_part(s: &Scanner, i: usize) -> Option<DayPart> {
    s.info(i)?.day_part
}

impl Scanner<'_> {
    /// Is token `i` glued to a number or currency sign before it?
    pub fn inside_number_before(&self, i: usize) -> bool {
        i > 0
            && i - 1 < self.limit
            && self.glued(i)
            && (matches!(
                self.w(i - 1),
                "," | "." | "$" | "#" | "£" | "€" | "-" | "/" | ":" | "+"
            ) || self.is_number(i - 1))
    }

    /// Is token `i` followed by more of the same number ("2018.5", "2018,000", "2018%")?
    pub fn inside_number_after(&self, i: usize) -> bool {
        let j = i + 1;
        self.glued(j)
            && (self.w(j) == "%"
                || (matches!(self.w(j), "," | "." | ":" | "/")
                    && self.glued(j + 1)
                    && self.is_number(j + 1)))
    }
}
