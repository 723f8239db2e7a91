//! Rules for days and times of day: weekdays, today / yesterday, clock times.

use super::*;

/// A weekday name (full form, or an abbreviation followed by a period).
pub(super) fn weekday_name(s: &Scanner, i: usize) -> Option<(Weekday, usize)> {
    let day = s.info(i)?.weekday?;
    let w = s.w(i);
    let word = crate::timex::scan::strip_possessive(w);
    if word.len() <= 5 && !word.ends_with("day") {
        // "Sun", "Wed", "Sat" are words too; only "Wed." style abbreviations count ("the Sun."
        // ends a sentence about the star)
        if s.w(i + 1) == "."
            && s.glued(i + 1)
            && s.capitalized(i)
            && !(i > 0 && s.is_class(i - 1, Class::The))
        {
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
            | "schedule"
            | "schedules"
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
    // "teaches Sunday school", "when Friday routes will be collected": the kind of day a thing
    // is for
    if matches!(s.w(i + 1), "school" | "routes" | "route") && !s.capitalized(i + 1) {
        return None;
    }
    Some((day, i + 1))
}

/// After a day: " morning", " at 3 p.m.", " 3 p.m.": (clock, part, next).
pub(super) fn day_tail(s: &Scanner, j: usize) -> (Option<Clock>, Option<DayPart>, usize) {
    if let Some(part) = day_part(s, j) {
        if !s.info(j).is_some_and(|x| x.plural) {
            return (None, Some(part), j + 1);
        }
    }
    // "Friday, 3 p.m."; across "at" ("Friday at 3 p.m.") they are two expressions and the
    // clock time takes the day named before it
    let k = if s.is(j, ",") { j + 1 } else { j };
    if let Some((c, end)) = clock(s, k) {
        return (Some(c), None, end);
    }
    (None, None, j)
}

/// A weekday at `i + name.len()` after the words of `name`, the first capitalised ("Bank Holiday Monday"),
/// only `only` if given: that weekday, with the name in the span. The lexicon
/// test comes first: this runs at every token that may start an expression.
fn named_weekday(s: &Scanner, i: usize, name: &[&str], only: Option<Weekday>) -> Option<Found> {
    let k = i + name.len();
    if s.info(k).is_none_or(|x| x.weekday.is_none())
        || !name.iter().enumerate().all(|(n, w)| s.is(i + n, w))
        || !s.capitalized(i)
        || !s.capitalized(k)
    {
        return None;
    }
    let (day, end) = weekday_name(s, k)?;
    if only.is_some_and(|d| d != day) {
        return None;
    }
    found(end, TimeExpr::weekday(day))
}

pub(super) fn weekday(s: &Scanner, i: usize) -> Option<Found> {
    // "a week on Tuesday" (British): a week after the coming Tuesday, as "Tuesday week"
    // (not "its highest in a week on Tuesday", "It was a week on Tuesday since the floods")
    let counted_back = || {
        i > 0
            && matches!(
                s.w(i - 1),
                "in" | "for"
                    | "than"
                    | "since"
                    | "within"
                    | "over"
                    | "of"
                    | "after"
                    | "was"
                    | "is"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "just"
            )
    };
    if s.is_class(i, Class::A) && s.is(i + 1, "week") && s.is(i + 2, "on") && !counted_back() {
        if let Some((day, end)) = weekday_name(s, i + 3) {
            return found(end, week_after_coming(day));
        }
    }
    // "on May 8, 1945, a Tuesday", "It was a Tuesday": the article of a weekday set beside a
    // date, or said of the day of the story, is in its span
    // ("Christmas Day 2025 falls on a Thursday": the day named is that weekday)
    let falls_on = i > 1 && s.w(i - 1) == "on" && matches!(s.w(i - 2), "falls" | "fell" | "fall");
    if s.is_class(i, Class::A) && i > 0 && (matches!(s.w(i - 1), "," | "was" | "is") || falls_on) {
        if let Some((day, end)) = weekday_name(s, i + 1) {
            // (not "a Monday affair", "a Sunday schedule": a weekday before a noun is its kind)
            let ends_phrase = end >= s.limit
                || s.tokens[end].kind != crate::text::TokenKind::Word
                || matches!(
                    s.w(end),
                    "and" | "or" | "but" | "when" | "this" | "that" | "in" | "at" | "of"
                );
            if ends_phrase {
                return found(end, TimeExpr::weekday(day));
            }
        }
    }
    // "Bank Holiday Monday" (British): the weekday, its name part of the expression ("Super
    // Tuesday" is a day of its own, with the holidays)
    if let Some(f) = named_weekday(s, i, &["bank", "holiday"], None) {
        return Some(f);
    }
    let (rel, j) = match rel_word(s, i) {
        Some((r, j)) if s.info(j).and_then(|x| x.weekday).is_some() => (Some(r), j),
        _ => (None, i),
    };
    let (day, k) = weekday_name(s, j)?;
    if s.info(j).is_some_and(|x| x.plural) || s.w(j).ends_with("days") {
        return None;
    }
    // "ran a Sunday schedule": the kind of day a timetable is for
    if rel.is_none() && j > 0 && s.is_class(j - 1, Class::A) && s.is(k, "schedule") {
        return None;
    }
    // "dubbed him the \"Monday Bandit\"", "recorded \"Blue Tuesday,\"": a name in quotes
    if rel.is_none() && in_quoted_name(s, j) {
        return None;
    }
    // "Monday and Tuesday nights": a part of the day in the plural repeats (the set rule's)
    if rel.is_none() && s.info(k).is_some_and(|x| x.day_part.is_some()) && plural_word(s.w(k)) {
        return None;
    }
    // "on Tuesday week" (British): a week after the coming Tuesday
    // (not "week-long strikes": a compound after the day)
    let compound = s.w(k + 1) == "-" && s.glued(k + 1);
    if rel.is_none()
        && s.is(k, "week")
        && !compound
        && !s.is(k + 1, "'s")
        && !s.is_class(k + 1, Class::Of)
    {
        return found(k + 1, week_after_coming(day));
    }
    // "met on Tuesday last", "will meet on Tuesday next" (British): the word after the day is
    // its "last" or "next" when nothing follows it that it could count ("Tuesday last week",
    // "next to")
    if rel.is_none() && matches!(s.w(k), "last" | "next") {
        let closes = k + 1 >= s.limit
            || matches!(
                s.w(k + 1),
                "." | "," | ";" | ")" | "and" | "when" | "at" | "in" | "for"
            )
            || (s.is(k, "last") && s.is(k + 1, "to"));
        if closes {
            let rel = if s.is(k, "last") {
                Rel::Last
            } else {
                Rel::Next
            };
            return found(
                k + 1,
                TimeExpr::Weekday {
                    day,
                    rel: Some(rel),
                    clock: None,
                    part: None,
                },
            );
        }
    }
    let (clock, part, end) = day_tail(s, k);
    // "the Sunday Evening Report", "Monday Night Football": a title in capitals, not a day
    if rel.is_none()
        && part.is_some()
        && end == k + 1
        && s.capitalized(k)
        && s.capitalized(end)
        && s.tokens
            .get(end)
            .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
        && s.info(end)
            .is_none_or(|x| x.month.is_none() && x.weekday.is_none())
    {
        return None;
    }
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

/// A weekday at `i` inside a short title in quotes, with another capitalised word that is not
/// a time ("the \"Monday Bandit\"", "\"Blue Tuesday\""): a name, not a day. A quoted
/// weekday alone ("\"Monday,\" he said") stays a day.
fn in_quoted_name(s: &Scanner, i: usize) -> bool {
    let quote = |k: usize| matches!(s.w(k), "\"" | "“" | "”" | "``" | "''");
    let name_word = |k: usize| {
        s.tokens
            .get(k)
            .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
            && s.capitalized(k)
            && s.info(k).is_none()
    };
    let open = if i >= 1 && quote(i - 1) {
        i - 1
    } else if i >= 2 && quote(i - 2) && name_word(i - 1) {
        i - 2
    } else {
        return false;
    };
    let mut words = i - open;
    for k in i + 1..i + 4 {
        if quote(k) {
            return words >= 2;
        }
        if matches!(s.w(k), "," | ".") {
            continue;
        }
        if !name_word(k) {
            return false;
        }
        words += 1;
    }
    false
}

/// "another storm could move in by midweek": the week of the Wednesday the tense points to (the
/// rule gives that Wednesday; resolution widens it to its week). Only after a preposition: "a
/// midweek game" is a kind of game.
pub(super) fn midweek(s: &Scanner, i: usize) -> Option<Found> {
    let end = match s.w(i) {
        "midweek" => i + 1,
        "mid" if s.is(i + 1, "-") && s.is(i + 2, "week") => i + 3,
        _ => return None,
    };
    let after_preposition = i > 0
        && matches!(
            s.w(i - 1),
            "by" | "at" | "until" | "till" | "since" | "before" | "after" | "through" | "from"
        );
    // ("could arrive midweek.", "returns midweek, with": the adverb closing its clause; not
    // the adjective of "a midweek match")
    let adverb = i > 0
        && !crate::lexicon::DETERMINERS.contains(&s.w(i - 1))
        && matches!(s.w(end), "." | "," | ";" | "");
    if !after_preposition && !adverb {
        return None;
    }
    found(
        end,
        TimeExpr::Weekday {
            day: Weekday::Wed,
            rel: None,
            clock: None,
            part: None,
        },
    )
}

/// "the holiday weekend", "the long weekend", "the bank holiday weekend": the weekend, as "the
/// weekend" is.
pub(super) fn modified_weekend(s: &Scanner, i: usize) -> Option<Found> {
    // (lexicon tests first: this runs at every "the")
    if !s.is_class(i, Class::The)
        || !(i + 2..=i + 4).any(|k| s.info(k).is_some_and(|x| x.unit == Some(Unit::Weekend)))
    {
        return None;
    }
    let k = match (s.w(i + 1), s.w(i + 2)) {
        ("bank", "holiday") => i + 3,
        ("long" | "holiday" | "three-day" | "four-day", _) => i + 2,
        ("three" | "four", "-") if s.is(i + 3, "day") => i + 4,
        _ => return None,
    };
    if !s.is(k, "weekend") {
        return None;
    }
    found(
        k + 1,
        TimeExpr::RelUnit {
            rel: Rel::This,
            unit: Unit::Weekend,
            part: None,
        },
    )
}

pub(super) fn day_offset(s: &Scanner, i: usize) -> Option<Found> {
    if generic_day(s, i) {
        return None;
    }
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
        // ("celebrated last night's victories": the possessive too)
        Some(Class::Last)
            if matches!(
                s.w(i + 1),
                "night" | "evening" | "night's" | "night’s" | "evening's" | "evening’s"
            ) =>
        {
            // ("on the last night of the festival", "the last night trains": "last" of a noun
            // phrase, not the night before; not "her", as often the object: "called her last
            // night")
            if i > 0
                && (s.is_class(i - 1, Class::The)
                    || matches!(s.w(i - 1), "its" | "their" | "his" | "our" | "my" | "every")
                    || s.w(i - 1).ends_with("'s")
                    || s.w(i - 1).ends_with("’s"))
            {
                return None;
            }
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

/// A month and day at `k` ("Nov. 6") with the clock time `c` set on it, if it has none.
fn clock_on_month_day(s: &Scanner, k: usize, c: Clock) -> Option<Found> {
    let mut f = month_day(s, k)?;
    if let TimeExpr::Calendar {
        clock: ref mut slot @ None,
        day: Some(_),
        ..
    } = f.expr
    {
        *slot = Some(c);
        return Some(f);
    }
    None
}

pub(super) fn clock_time(s: &Scanner, i: usize) -> Option<Found> {
    let (c, j) = clock(s, i)?;
    // "a three at the 0:04 mark", "at the 2:00 warning", "at 12:34 of the second period", "at
    // 3:21 of overtime": a reading of a game clock
    let of_play = s.is_class(j, Class::Of)
        && (j + 1..j + 4).any(|k| matches!(s.w(k), "period" | "overtime" | "quarter" | "half"));
    if s.is(j, "mark") || s.is(j, "warning") || of_play {
        return None;
    }
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
    // "9 a.m. Friday", "noon today". Across "on" ("8 p.m. on Tuesday") the two are two
    // expressions, as TimeBank marks them (a preposition is not part of an expression); the
    // resolver puts the clock time on the day named after it.
    let k = j;
    // ("seven-thirty Friday morning", "6 tomorrow morning": the part after the day is the
    // clock's own, already read for its half)
    let part_after = |end: usize| {
        if day_part(s, end).is_some() && !plural_word(s.w(end)) {
            end + 1
        } else {
            end
        }
    };
    if let Some((day, end)) = weekday_name(s, k) {
        // "by 5 p.m. Friday, November 6": the date set beside the weekday is the clock's day
        if s.w(end) == "," {
            if let Some(f) = clock_on_month_day(s, end + 1, c) {
                return Some(f);
            }
        }
        // ("at 2:15 Sunday afternoon": a clock without its half takes the part of the day
        // after the weekday; "10 a.m. Sunday evening" has said its own)
        let written = &s.text[s.tokens[i].start as usize..s.tokens[j - 1].end as usize];
        let half_written = written.contains(['m', 'M']);
        let c = match (day_part(s, end), c.hour) {
            _ if half_written => c,
            (Some(DayPart::Afternoon | DayPart::Evening), 1..=11) => Clock {
                hour: c.hour + 12,
                ..c
            },
            (Some(DayPart::Night), 6..=11) => Clock {
                hour: c.hour + 12,
                ..c
            },
            _ => c,
        };
        return found(
            part_after(end),
            TimeExpr::Weekday {
                day,
                rel: None,
                clock: Some(c),
                part: None,
            },
        );
    }
    // "5 p.m. last Thursday", "noon next Monday"
    if let Some((rel, j2)) = rel_word(s, k) {
        if let Some((day, end)) = weekday_name(s, j2) {
            return found(
                end,
                TimeExpr::Weekday {
                    day,
                    rel: Some(rel),
                    clock: Some(c),
                    part: None,
                },
            );
        }
    }
    // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6": the clock on a calendar day
    let k2 = if s.w(k) == "," { k + 1 } else { k };
    if let Some(f) = clock_on_month_day(s, k2, c) {
        return Some(f);
    }
    // "open at 8 p.m. Thanksgiving night", "until 2 a.m. New Year's Day": one time, on the holiday
    if let Some(mut h) = holiday(s, k) {
        if let TimeExpr::Holiday {
            clock: ref mut hc @ None,
            weekend: false,
            ref mut part,
            ..
        } = h.expr
        {
            *hc = Some(c);
            *part = None;
            return Some(h);
        }
    }
    // "by 7 a.m. Today, officials said": after the period of "a.m.", a capitalised "Today"
    // starts the next sentence
    let new_sentence = s.capitalized(k) && k > 0 && s.w(k - 1) == ".";
    // "leave by 8 p.m. tonight": one time, tonight's
    if s.is(k, "tonight") && !new_sentence {
        return found(
            k + 1,
            TimeExpr::DayOffset {
                offset: 0,
                clock: Some(c),
                part: None,
            },
        );
    }
    // "around 11:45 last night": the clock on the evening before publication (a hour written
    // with no half is an evening one; "2 a.m. last night" is the small hours of today)
    if s.is(k, "last") && s.is(k + 1, "night") && !new_sentence {
        let meridiem_given = (i + 1..j).any(|t| matches!(s.w(t), "a" | "p" | "am" | "pm"));
        let (offset, hour) = match c.hour {
            1..=11 if !meridiem_given => (-1, c.hour + 12),
            0..=5 => (0, c.hour),
            h => (-1, h),
        };
        return found(
            k + 2,
            TimeExpr::DayOffset {
                offset,
                clock: Some(Clock {
                    hour,
                    minute: c.minute,
                }),
                part: None,
            },
        );
    }
    if let Some(offset) = day_offset_word(s, k).filter(|_| !new_sentence) {
        return found(
            part_after(k + 1),
            TimeExpr::DayOffset {
                offset,
                clock: Some(c),
                part: None,
            },
        );
    }
    // "high noon" is a figure of speech (and a film); "Midday Report" is a name
    if s.is_class(i, Class::Noon)
        && ((i > 0 && s.is(i - 1, "high")) || (s.capitalized(i) && s.capitalized(i + 1) && i > 0))
    {
        return None;
    }
    // "this afternoon at 1:05", "tonight at 9": the part of today before "at" gives the p.m.
    let meridiem_given = (i + 1..j).any(|k| matches!(s.w(k), "a" | "p" | "am" | "pm"));
    let evening_before = i >= 2
        && s.w(i - 1) == "at"
        && (s.is(i - 2, "tonight")
            || (i >= 3
                && s.is_class(i - 3, Class::This)
                && matches!(s.w(i - 2), "afternoon" | "evening")));
    if evening_before && !meridiem_given && (1..12).contains(&c.hour) {
        return found(
            j,
            TimeExpr::DayOffset {
                offset: 0,
                clock: Some(Clock {
                    hour: c.hour + 12,
                    minute: c.minute,
                }),
                part: None,
            },
        );
    }
    // "three thirty this afternoon", "ten tonight": the clock rule took "this afternoon" to
    // read the hour; the day is today
    let today = s.is(j - 1, "tonight")
        || (j >= i + 3 && s.is_class(j - 2, Class::This) && day_part(s, j - 1).is_some());
    if today {
        return found(
            j,
            TimeExpr::DayOffset {
                offset: 0,
                clock: Some(c),
                part: None,
            },
        );
    }
    found(j, TimeExpr::ClockTime { clock: c })
}

/// An optional "Friday, " before a calendar date.
pub(super) fn weekday_prefix(s: &Scanner, i: usize) -> usize {
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

/// A part of a weekday ("midmorning Sunday", "late afternoon Friday").
fn weekday_part(day: Weekday, part: DayPart) -> TimeExpr {
    TimeExpr::Weekday {
        day,
        rel: None,
        clock: None,
        part: Some(part),
    }
}

/// "nights", not "night's": a plural, not a possessive.
pub(super) fn plural_word(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("'s") && !w.ends_with("’s")
}

/// A part of the day on its own: "in the morning", "by mid afternoon", "the late morning",
/// "mid-afternoon yesterday", "late afternoon Friday", "the night of Oct. 23". Without a day of
/// its own it is on the day last named (an anaphor). A bare part needs "the" or a prefix
/// ("mid", "early", "late") before it, and after "the", nothing that makes it an adjective
/// ("the morning paper").
pub(super) fn part_of_day(s: &Scanner, i: usize) -> Option<Found> {
    // "By midmorning, 18 percent had voted": the middle of a part of the day, in one word
    if let Some(part) = match s.w(i) {
        "midmorning" => Some(DayPart::Morning),
        "midafternoon" => Some(DayPart::Afternoon),
        "midevening" => Some(DayPart::Evening),
        _ => None,
    } {
        // ("showers should clear by midmorning Sunday", "landed midafternoon on Tuesday",
        // "midmorning yesterday": the part of that day)
        let on = if s.is(i + 1, "on") { i + 2 } else { i + 1 };
        if let Some((day, end)) = weekday_name(s, on) {
            if month_day(s, on).is_none() {
                return found(end, weekday_part(day, part));
            }
        }
        if let Some(offset) = day_offset_word(s, i + 1) {
            return found(
                i + 2,
                TimeExpr::DayOffset {
                    offset,
                    clock: None,
                    part: Some(part),
                },
            );
        }
        return found(
            i + 1,
            TimeExpr::Anaphor {
                offset: 0,
                unit: Unit::Day,
                part: Some(part),
            },
        );
    }
    let the = s.is_class(i, Class::The);
    let j = i + usize::from(the);
    let part = day_part(s, j)?;
    if s.info(j).is_some_and(|x| x.plural) || plural_word(s.w(j)) {
        return None;
    }
    let prefixed = !the
        && i > 0
        && (matches!(
            s.class(i - 1),
            Some(Class::Mid | Class::Early | Class::Late)
        ) || (s.w(i - 1) == "-" && i > 1 && s.is_class(i - 2, Class::Mid)));
    // "fell 2 percent in afternoon trading": the part of the day of a market session
    let session = !the
        && !prefixed
        && i > 0
        && matches!(s.w(i - 1), "in" | "during" | "by")
        && matches!(s.w(j + 1), "trading" | "dealings" | "deals");
    // ("Troops crossed the border on Thursday. By evening, they were near Kyiv": how far the
    // day had gone; not "travel by night", nor "by morning flights")
    let by_then = !the
        && i > 0
        && s.w(i - 1) == "by"
        // ("By morning" after a night's events is the next morning: left out)
        && matches!(part, DayPart::Afternoon | DayPart::Evening)
        && matches!(
            s.w(j + 1),
            "," | "." | ";" | "" | "the" | "it" | "they" | "he" | "she" | "we"
        );
    if !the && !prefixed && !session && !by_then {
        return None;
    }
    let k = j + 1;
    // "mid-afternoon yesterday", "late afternoon Friday"
    if let Some(offset) = day_offset_word(s, k) {
        return found(
            k + 1,
            TimeExpr::DayOffset {
                offset,
                clock: None,
                part: Some(part),
            },
        );
    }
    // "the night of Oct. 23", "the evening of Jan. 11, 1998": one time, a part of that day
    // (TimeBank's annotators mostly marked the date alone; the part of the day is what the
    // text says, and "Friday night" is a TIME as well)
    if s.is_class(k, Class::Of) {
        return if the {
            month_day(s, k + 1).and_then(|f| with_part(f, part))
        } else {
            None
        };
    }
    let on = if s.is(k, "on") { k + 1 } else { k };
    if let Some((day, end)) = weekday_name(s, on) {
        if let Some(f) = month_day(s, on) {
            return with_part(f, part);
        }
        return found(end, weekday_part(day, part));
    }
    if on > k {
        if let Some(f) = month_day(s, on) {
            return with_part(f, part);
        }
    }
    // "canceled the night before.", "the morning after,": the part of the day before (after)
    // the day last named, "before" closing the phrase
    let ends_phrase =
        |t: usize| t >= s.limit || matches!(s.w(t), "," | "." | ";" | ":" | "\"" | "''" | ")");
    if the && matches!(s.w(k), "before" | "after") && ends_phrase(k + 1) {
        return found(
            k + 1,
            TimeExpr::Anaphor {
                offset: if s.is(k, "before") { -1 } else { 1 },
                unit: Unit::Day,
                part: Some(part),
            },
        );
    }
    // ("spent the morning questioning jurors": what was spent is the time itself, before a verb
    // in -ing; "spend the morning fishing" is a habit, "spent the night shift" a noun)
    let spent = i > 0 && s.w(i - 1) == "spent" && s.w(k).ends_with("ing");
    // (otherwise "the morning" must end its phrase, or a preposition or conjunction follow)
    let phrase_ends = k >= s.limit || matches!(s.w(k), "," | "." | ";" | ":" | "\"" | "''" | ")");
    if the
        && !spent
        && !phrase_ends
        && !matches!(
            s.w(k),
            "to" | "in"
                | "at"
                | "on"
                | "before"
                | "after"
                | "when"
                | "and"
                | "but"
                | "as"
                | "with"
                | "for"
                | "by"
                | "until"
                | "while"
        )
    {
        return None;
    }
    found(
        k,
        TimeExpr::Anaphor {
            offset: 0,
            unit: Unit::Day,
            part: Some(part),
        },
    )
}

/// A calendar date found by [`month_day`] with the part of the day set.
fn with_part(mut f: Found, p: DayPart) -> Option<Found> {
    if let TimeExpr::Calendar {
        ref mut part,
        clock: None,
        ..
    } = f.expr
    {
        *part = Some(p);
        return Some(f);
    }
    None
}

/// "the week of March 6", "Easter week", "Christmas week": the week (Monday to Sunday) that
/// holds the day. The rule gives the day; the resolver widens it to its week (rule name
/// "week_of").
pub(super) fn week_of(s: &Scanner, i: usize) -> Option<Found> {
    // "in the week to 6 February" (British): the week that holds the day ("the week ending July
    // 18" stays two expressions, as most annotators write it)
    if s.is_class(i, Class::The) && s.is(i + 1, "week") && s.w(i + 2) == "to" {
        let f = month_day(s, i + 3).or_else(|| day_month(s, i + 3))?;
        return matches!(f.expr, TimeExpr::Calendar { day: Some(_), .. }).then_some(f);
    }
    if s.is_class(i, Class::The) && s.is(i + 1, "week") && s.is_class(i + 2, Class::Of) {
        // ("to avoid the week of Christmas": a holiday's week)
        if let Some(h) = holiday(s, i + 3) {
            return matches!(
                h.expr,
                TimeExpr::Holiday {
                    weekend: false,
                    clock: None,
                    ..
                }
            )
            .then_some(h);
        }
        let f = month_day(s, i + 3)?;
        return matches!(f.expr, TimeExpr::Calendar { day: Some(_), .. }).then_some(f);
    }
    // cheap test first: the holiday rule is run again only for the holidays that name a week
    if !matches!(
        s.w(i),
        "christmas" | "xmas" | "easter" | "thanksgiving" | "holy" | "passover" | "new"
    ) {
        return None;
    }
    let h = holiday(s, i)?;
    match h.expr {
        TimeExpr::Holiday {
            eve: false,
            weekend: false,
            ..
        } if s.is(h.end, "week") => found(h.end + 1, h.expr),
        _ => None,
    }
}

/// "the weekend of May 31": the weekend (Saturday and Sunday) of the week that holds the day.
/// The rule gives the day; the resolver widens it (rule name "weekend_of").
pub(super) fn weekend_of(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is_class(i, Class::The) && s.is(i + 1, "weekend") && s.is_class(i + 2, Class::Of)) {
        return None;
    }
    let f = month_day(s, i + 3)?;
    matches!(f.expr, TimeExpr::Calendar { day: Some(_), .. }).then_some(f)
}

/// "the previous Friday", "the following Monday": a weekday counted from the day the story is
/// at, not from publication. The rule gives the weekday; the resolver counts it from the day last
/// named (rule name "weekday_anaphor"), or from publication when none was.
pub(super) fn weekday_anaphor(s: &Scanner, i: usize) -> Option<Found> {
    if s.is(i, "that") {
        return weekday_that(s, i);
    }
    if !s.is_class(i, Class::The) {
        return None;
    }
    // ("The Friday before, opponents had delivered 5,000 signatures": "before" or "after"
    // closing the phrase counts from the day last named; "the Friday before the vote" is left
    // to the vote)
    if let Some((day, end)) = weekday_name(s, i + 1) {
        let rel = match s.class(end) {
            Some(Class::Before) => Rel::Last,
            Some(Class::After) => Rel::Next,
            _ => return None,
        };
        let closed = end + 1 >= s.limit || matches!(s.w(end + 1), "," | "." | ";" | ":");
        if !closed || s.info(i + 1).is_some_and(|x| x.plural) {
            return None;
        }
        return found(
            end + 1,
            TimeExpr::Weekday {
                day,
                rel: Some(rel),
                clock: None,
                part: None,
            },
        );
    }
    let rel = match s.class(i + 1)? {
        Class::Previous => Rel::Last,
        Class::Following => Rel::Next,
        _ => return None,
    };
    let (day, end) = weekday_name(s, i + 2)?;
    if s.info(i + 2).is_some_and(|x| x.plural) {
        return None;
    }
    found(
        end,
        TimeExpr::Weekday {
            day,
            rel: Some(rel),
            clock: None,
            part: None,
        },
    )
}

/// "The storm hit on Wednesday, March 6. By that Saturday, volunteers were clearing roads":
/// "that" before a weekday (and its part of the day) is the first such day from the day last
/// named, that day itself included (rel `This`). Not "that" opening a clause ("warned that
/// Monday could be the worst day", "said that Tuesday's vote ...").
fn weekday_that(s: &Scanner, i: usize) -> Option<Found> {
    let (day, end) = weekday_name(s, i + 1)?;
    let possessive = s.possessive_len(i + 1) > 0 || s.w(end) == "'s";
    if possessive || s.info(i + 1).is_some_and(|x| x.plural) {
        return None;
    }
    if i > 0 && CLAUSE_TAKERS.contains(&s.w(i - 1)) {
        return None;
    }
    let (part, end) = match day_part(s, end) {
        Some(p) => (Some(p), end + 1),
        None => (None, end),
    };
    // ("told members that Friday would be the last day", "the fact that Saturday was a
    // holiday": a verb right after makes the day the subject of a clause "that" opens)
    if matches!(
        s.w(end),
        "would"
            | "will"
            | "was"
            | "is"
            | "were"
            | "could"
            | "had"
            | "has"
            | "should"
            | "might"
            | "may"
            | "must"
            | "can"
    ) {
        return None;
    }
    found(
        end,
        TimeExpr::Weekday {
            day,
            rel: Some(Rel::This),
            clock: None,
            part,
        },
    )
}

/// Words after which "that" opens a clause rather than pointing back: "warned that Monday ...",
/// "so that Tuesday ...".
const CLAUSE_TAKERS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "warned",
    "warning",
    "warns",
    "announced",
    "added",
    "noted",
    "believe",
    "believes",
    "believed",
    "think",
    "thought",
    "expect",
    "expects",
    "expected",
    "hope",
    "hoped",
    "fear",
    "feared",
    "know",
    "knew",
    "argued",
    "claimed",
    "reported",
    "suggested",
    "indicated",
    "insisted",
    "agreed",
    "decided",
    "ruled",
    "found",
    "showed",
    "shows",
    "means",
    "meant",
    "predicted",
    "confirmed",
    "denied",
    "stated",
    "wrote",
    "realized",
    "learned",
    "so",
    "now",
    "such",
    "clear",
    "sure",
    "likely",
    "hopes",
    "fears",
    "signs",
    "sign",
    "news",
    "word",
    "assured",
    "promised",
    "warn",
    "ensure",
    "ensured",
];

/// "today's youth", "the world of tomorrow", "tomorrow's leaders": the present or the future in
/// general, not a day. A possessive "today's" or "tomorrow's" before one of these nouns (an
/// adjective may come between), or "of today/tomorrow" after one.
fn generic_day(s: &Scanner, i: usize) -> bool {
    if !matches!(s.class(i), Some(Class::Today | Class::Tomorrow)) {
        return false;
    }
    let w = s.w(i);
    // "USA Today", "This is VOA Today": a capitalised "Today" right after a capitalised name
    // (not at the start of a sentence) is part of the name
    if s.is_class(i, Class::Today)
        && s.capitalized(i)
        && i > 0
        && s.capitalized(i - 1)
        && s.tokens[i - 1].kind == crate::text::TokenKind::Word
        && s.info(i - 1).is_none()
    {
        return true;
    }
    let possessive = w.ends_with("'s") || w.ends_with("’s") || matches!(s.w(i + 1), "'s" | "’s");
    let after = if matches!(s.w(i + 1), "'s" | "’s") {
        i + 2
    } else {
        i + 1
    };
    if possessive {
        return (after..after + 2).any(|k| GENERIC_NOUNS.contains(&s.w(k)));
    }
    i >= 2 && s.is_class(i - 1, Class::Of) && GENERIC_NOUNS.contains(&s.w(i - 2))
}

/// Nouns that make "today's" and "tomorrow's" mean "of our time": see [`generic_day`].
const GENERIC_NOUNS: &[&str] = &[
    "youth",
    "world",
    "society",
    "children",
    "kids",
    "generation",
    "generations",
    "young",
    "people",
    "leaders",
    "standards",
    "technology",
    "computers",
    "teenagers",
    "families",
    "culture",
    "consumers",
    "students",
    "workers",
    "women",
    "men",
    "economy",
    "america",
];

/// "today", "yesterday", "tomorrow" at `k`: the days from publication.
fn day_offset_word(s: &Scanner, k: usize) -> Option<i64> {
    match s.class(k)? {
        Class::Today => Some(0),
        Class::Yesterday => Some(-1),
        Class::Tomorrow => Some(1),
        _ => None,
    }
}

/// "more than eight inches fell overnight", "flash floods tore through the county overnight":
/// the night of the day last named, else (see the resolver) the night just past or to come.
pub(super) fn overnight(s: &Scanner, i: usize) -> Option<Found> {
    if !s.is(i, "overnight") {
        return None;
    }
    // "its overnight call rate", "the overnight deposit rate": a loan for one night, not a time
    if matches!(
        s.w(i + 1),
        "rate"
            | "rates"
            | "call"
            | "deposit"
            | "deposits"
            | "lending"
            | "loan"
            | "loans"
            | "repo"
            | "interbank"
            // "overnight borrowing costs jumped"
            | "borrowing"
            | "money"
            | "index"
            // "a ban on overnight parking", "overnight stays": a kind of parking or stay;
            // "overnight lows": the weather's
            | "lows"
            | "highs"
            | "low"
            | "temperatures"
            | "parking"
            | "stay"
            | "stays"
            | "shelter"
            | "shelters"
            | "guests"
            // "worked the overnight shift": a kind of shift; "Overnight leader Jens Ackermann"
            | "leader"
            | "leaders"
            | "shift"
            | "shifts"
            | "crew"
            | "crews"
            | "staff"
            // "seats on overnight services", "overnight trains": a kind of transport
            | "service"
            | "services"
            | "train"
            | "trains"
            | "flight"
            | "flights"
            | "bus"
            | "buses"
            | "ferry"
            | "ferries"
            | "sailing"
            | "sailings"
    ) || matches!(s.w(i + 2), "rate" | "rates")
    {
        return None;
    }
    // "a second overnight closure", "an overnight slot", "that overnight staffing": a kind of
    // shift or stay, not a night
    if i > 0
        && (s.is_class(i - 1, Class::A)
            || s.is(i - 1, "that")
            || s.info(i - 1).is_some_and(|x| x.ordinal.is_some()))
    {
        return None;
    }
    // "died overnight Sunday": the night of the day named
    if let Some((day, k)) = weekday_name(s, i + 1) {
        return found(
            k,
            TimeExpr::Weekday {
                day,
                rel: None,
                clock: None,
                part: Some(DayPart::Night),
            },
        );
    }
    found(
        i + 1,
        TimeExpr::Anaphor {
            offset: 0,
            unit: Unit::Day,
            part: Some(DayPart::Night),
        },
    )
}

/// "the first weekend of October", "the second Tuesday in March", "the last week of 1999",
/// "the Saturday after Thanksgiving", "the last Sunday before Christmas": a day, week or weekend
/// picked inside a month or year, or beside a day. The base is any month, year or day the other
/// rules read; the resolver picks from its value.
pub(super) fn picked(s: &Scanner, i: usize) -> Option<Found> {
    // "by Friday of next week", "on Tuesday of this week": the weekday inside that week
    // ("begins on Friday next week", "met on Tuesday last week": the same, without "of"; not
    // "said Friday next week's summit")
    if let Some((day, k)) = weekday_name(s, i) {
        let of = s.is(k, "of");
        // ("Friday this week" names the same day either way, and is written as two)
        let bare_week = matches!(s.w(k), "next" | "last") && s.is(k + 1, "week");
        if !of && !bare_week {
            return None;
        }
        let base = relative_unit(s, if of { k + 1 } else { k })?;
        // ("said on Friday next week would be decisive": "next week" the subject of a verb)
        if !of
            && matches!(
                s.w(base.end),
                "'s" | "’s"
                    | "'"
                    | "’"
                    | "would"
                    | "will"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "is"
                    | "was"
                    | "looks"
                    | "brings"
            )
        {
            return None;
        }
        if !matches!(
            base.expr,
            TimeExpr::RelUnit {
                unit: Unit::Week,
                part: None,
                ..
            }
        ) {
            return None;
        }
        return found(
            base.end,
            TimeExpr::Picked {
                pick: Pick::Nth(1),
                what: PickedUnit::Day(day),
                base: Box::new(base.expr),
            },
        );
    }
    if !s.is_class(i, Class::The) {
        return None;
    }
    let nth: Option<i8> = match s.w(i + 1) {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        "fifth" => Some(5),
        "last" | "final" => Some(-1),
        _ => None,
    };
    let j = if nth.is_some() { i + 2 } else { i + 1 };
    let (what, k) = if let Some((day, k)) = weekday_name(s, j) {
        (PickedUnit::Day(day), k)
    } else if s.is(j, "week") {
        (PickedUnit::Week, j + 1)
    } else if s.is(j, "weekend") {
        (PickedUnit::Weekend, j + 1)
    } else {
        return None;
    };
    let is_day = matches!(what, PickedUnit::Day(_));
    let pick = match (s.w(k), nth) {
        ("of" | "in", Some(n)) => Pick::Nth(n),
        ("after", None | Some(1)) if is_day => Pick::After,
        ("before", None | Some(-1)) if is_day => Pick::Before,
        _ => return None,
    };
    let rules: [fn(&Scanner, usize) -> Option<Found>; 5] =
        [month_year, month_day, year, holiday, relative_unit];
    let base = rules
        .iter()
        .filter_map(|rule| rule(s, k + 1))
        .max_by_key(|f| f.end)?;
    let fits = matches!(
        (pick, &base.expr),
        (
            Pick::Nth(_),
            TimeExpr::Calendar {
                day: None,
                clock: None,
                ..
            } | TimeExpr::RelUnit {
                unit: Unit::Month | Unit::Year,
                part: None,
                ..
            },
        ) | (
            Pick::After | Pick::Before,
            TimeExpr::Holiday {
                weekend: false,
                clock: None,
                part: None,
                ..
            } | TimeExpr::Calendar {
                day: Some(_),
                clock: None,
                ..
            },
        )
    );
    fits.then(|| Found {
        end: base.end,
        expr: TimeExpr::Picked {
            pick,
            what,
            base: Box::new(base.expr),
        },
    })
}

/// "Tuesday week", "a week on Tuesday": seven days after the first `day` after today (even
/// tomorrow: not "next Tuesday", which skips tomorrow).
fn week_after_coming(day: Weekday) -> TimeExpr {
    TimeExpr::DaysAfter {
        days: 7,
        base: Box::new(TimeExpr::Picked {
            pick: Pick::After,
            what: PickedUnit::Day(day),
            base: Box::new(TimeExpr::DayOffset {
                offset: 0,
                clock: None,
                part: None,
            }),
        }),
    }
}
