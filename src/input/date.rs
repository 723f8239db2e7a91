//! Publication dates as people write them in headers and flags.
//!
//! ISO dates are read here directly (they are the common case and the messages for impossible
//! ones can be precise). English dates go through `chrono-english`, always against fixed base
//! dates and never the machine clock, so a date string means the same thing on every run.
//! An expression that needs a "today" to mean anything ("yesterday", "next friday", "April 17"
//! with no year) resolves differently against two different bases, and is rejected.

use crate::timex::calendar::{month_name, weekday_name};
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc, Weekday};
use chrono_english::{parse_date_string, Dialect};

/// What to tell the user about the shape we want.
const EXAMPLES: &str = "write it as 2025-04-17 or April 17, 2025";

/// The longest string worth handing to `chrono-english`; also keeps its arithmetic small.
const MAX_LEN: usize = 64;

/// Parse a date given in a header or a flag: ISO (`2025-04-17`, also `2025-04-17T10:00:00Z`,
/// of which the date part is taken) or English (`April 17, 2025`, `Thu, 17 Apr 2025`,
/// `17 April 2025`, `17/04/2025`). A time after an English date is ignored too: the
/// publication date is the calendar day as written, whatever the time zone.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err(format!("the date is empty; {EXAMPLES}"));
    }
    if let Some(result) = parse_iso(s) {
        return result.map_err(|why| format!("`{s}` is not a valid date: {why}"));
    }
    parse_english(s)
}

/// `YYYY-MM-DD` (or `YYYY/MM/DD`) with an optional time after it. `None` when the string does
/// not start like that, so the English reader gets its turn.
fn parse_iso(s: &str) -> Option<Result<NaiveDate, String>> {
    let bytes = s.as_bytes();
    let starts_iso = bytes.len() >= 8
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && (bytes[4] == b'-' || bytes[4] == b'/');
    if !starts_iso {
        return None;
    }
    let sep = bytes[4] as char;
    // The date part ends where a time begins (`T` or a space).
    let end = s.find(['T', 't', ' ']).unwrap_or(s.len());
    let (date, rest) = s.split_at(end);
    let parts: Vec<&str> = date.split(sep).collect();
    let numbers: Option<Vec<u32>> = match parts.as_slice() {
        [y, m, d] if m.len() <= 2 && d.len() <= 2 => [y, m, d]
            .iter()
            .map(|p| {
                if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                    None
                } else {
                    p.parse().ok()
                }
            })
            .collect(),
        _ => None,
    };
    let Some([year, month, day]) = numbers
        .as_deref()
        .and_then(|n| <[u32; 3]>::try_from(n).ok())
    else {
        return Some(Err(format!("expected year{sep}month{sep}day; {EXAMPLES}")));
    };
    if !rest.is_empty() && !looks_like_time(&rest[1..]) {
        return Some(Err(format!(
            "`{}` after the date is not a time; {EXAMPLES}",
            rest.trim()
        )));
    }
    Some(checked_date(year as i32, month, day))
}

/// A time of day with an optional zone: `10:00`, `10:00:00.5Z`, `10:00+02:00`.
fn looks_like_time(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_digit())
        && s.contains(':')
        && s.chars().all(|c| {
            c.is_ascii_digit() || ":.+-Zz ".contains(c) || c == 'U' || c == 'T' || c == 'C'
        })
}

/// A calendar date, or why it does not exist.
fn checked_date(year: i32, month: u32, day: u32) -> Result<NaiveDate, String> {
    if !(1000..=9999).contains(&year) {
        return Err(format!(
            "the year {year} is out of range; give all four digits"
        ));
    }
    if !(1..=12).contains(&month) {
        return Err(format!(
            "there is no month {month}; months run from 1 to 12"
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let days = days_in_month(year, month);
        format!(
            "there is no day {day} in {} {year}, which has {days} days",
            month_name(month)
        )
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28)
}

/// What one reading of an English date came to.
#[derive(Debug, Clone, PartialEq)]
enum Reading {
    /// The same date against both bases.
    Fixed(NaiveDate),
    /// Different dates (or a date for one base only): it needs a "today".
    Relative,
    /// `chrono-english` understood the shape but the date does not exist.
    Impossible,
    /// Not a date shape it knows.
    Unreadable,
}

fn parse_english(original: &str) -> Result<NaiveDate, String> {
    let unreadable = || format!("`{original}` is not a date this tool can read; {EXAMPLES}");
    // `chrono-english` slices its words by bytes and does unchecked arithmetic on numbers:
    // keep what reaches it short, ASCII and free of long numbers, so no input can make it panic.
    if !original.is_ascii() || original.len() > MAX_LEN {
        return Err(unreadable());
    }
    if has_long_number(original) {
        return Err(unreadable());
    }
    if original.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "`{original}` is not a full date (a publication date needs a day); {EXAMPLES}"
        ));
    }
    let (weekday, text) = normalise(original);
    if text.is_empty() {
        return Err(format!(
            "`{original}` is relative (it depends on the day it is read); {EXAMPLES}"
        ));
    }
    let uk = read_with(&text, Dialect::Uk);
    let us = read_with(&text, Dialect::Us);
    let date = match (&uk, &us) {
        (Reading::Fixed(a), Reading::Fixed(b)) if a != b => {
            return Err(format!(
                "`{original}` is ambiguous: {} or {}; write it as {} (year-month-day)",
                a.format("%-d %B %Y"),
                b.format("%-d %B %Y"),
                a.format("%Y-%m-%d")
            ));
        }
        (Reading::Fixed(d), _) | (_, Reading::Fixed(d)) => *d,
        (Reading::Relative, _) | (_, Reading::Relative) => {
            return Err(format!(
                "`{original}` is relative or has no year (it depends on the day it is read); \
                 give a full date: {EXAMPLES}"
            ));
        }
        (Reading::Impossible, _) | (_, Reading::Impossible) => {
            return Err(format!(
                "`{original}` is not a real date (check the day and the month); {EXAMPLES}"
            ));
        }
        _ => return Err(unreadable()),
    };
    if !(1000..=9999).contains(&date.year()) {
        return Err(format!(
            "`{original}` has the year {}; give all four digits",
            date.year()
        ));
    }
    if let Some(named) = weekday {
        if named != date.weekday() {
            return Err(format!(
                "`{original}`: {} is a {}, not a {}; fix the weekday or leave it out",
                date.format("%-d %B %Y"),
                weekday_name(date.weekday()),
                weekday_name(named)
            ));
        }
    }
    Ok(date)
}

/// True when some run of digits is longer than four (no date needs one).
fn has_long_number(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() > 4)
}

/// Read `text` against both fixed bases in one dialect.
fn read_with(text: &str, dialect: Dialect) -> Reading {
    // Two bases that differ in year, month, day, weekday and hour, so that anything
    // relative to "now" cannot come out the same against both. Both days are below 29, so
    // "in N months" never needs chrono-english's month-end back-off (which writes to stderr).
    let bases: [DateTime<Utc>; 2] = [
        Utc.with_ymd_and_hms(2001, 3, 14, 12, 0, 0).single(),
        Utc.with_ymd_and_hms(2013, 10, 22, 6, 30, 0).single(),
    ]
    .map(|b| b.unwrap_or(DateTime::<Utc>::MIN_UTC));
    let results = bases.map(|base| parse_date_string(text, base, dialect));
    match results {
        [Ok(a), Ok(b)] if a.date_naive() == b.date_naive() => Reading::Fixed(a.date_naive()),
        [Ok(_), Ok(_)] | [Ok(_), Err(_)] | [Err(_), Ok(_)] => Reading::Relative,
        [Err(e), Err(_)] if e.to_string() == "bad date" => Reading::Impossible,
        _ => Reading::Unreadable,
    }
}

/// Prepare an English date for `chrono-english`: drop a leading weekday (it is checked
/// against the date afterwards), drop a time and zone after the date, drop ordinal suffixes
/// and abbreviation dots, and put the comma into "April 17 2025".
fn normalise(s: &str) -> (Option<Weekday>, String) {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    let mut weekday = None;
    if let Some(first) = words.first() {
        let bare = first.trim_end_matches([',', '.']).to_ascii_lowercase();
        if let Some(day) = weekday_from(&bare) {
            weekday = Some(day);
            words.remove(0);
        }
    }
    let mut kept: Vec<String> = Vec::new();
    for word in words {
        let lower = word.to_ascii_lowercase();
        // Everything from the time on is not part of the date.
        if word.contains(':') || lower == "at" {
            break;
        }
        kept.push(clean_word(word));
    }
    // "April 17 2025": `chrono-english` wants the comma of "April 17, 2025".
    if let [month, day, year] = kept.as_slice() {
        if month.bytes().all(|b| b.is_ascii_alphabetic())
            && day.bytes().all(|b| b.is_ascii_digit())
            && year.bytes().all(|b| b.is_ascii_digit())
        {
            let fixed = format!("{day},");
            kept[1] = fixed;
        }
    }
    (weekday, kept.join(" "))
}

/// "17th," -> "17,"; "Apr." -> "Apr".
fn clean_word(word: &str) -> String {
    let (body, comma) = match word.strip_suffix(',') {
        Some(body) => (body, ","),
        None => (word, ""),
    };
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let body = if digits > 0
        && ["st", "nd", "rd", "th"].contains(&body[digits..].to_ascii_lowercase().as_str())
    {
        &body[..digits]
    } else if body.len() > 1
        && body.ends_with('.')
        && body[..body.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_alphabetic())
    {
        &body[..body.len() - 1]
    } else {
        body
    };
    format!("{body}{comma}")
}

fn weekday_from(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn iso_dates_and_datetimes() {
        let want = ymd(2025, 4, 17);
        for s in [
            "2025-04-17",
            " 2025-04-17 ",
            "2025-4-17",
            "2025/04/17",
            "2025-04-17T10:00:00Z",
            "2025-04-17T23:59:59+05:00",
            "2025-04-17 10:00",
            "2025-04-17T10:00:00.123-07:00",
        ] {
            assert_eq!(parse_date(s), Ok(want), "{s}");
        }
    }

    #[test]
    fn impossible_iso_dates_say_why() {
        let err = parse_date("2025-02-30").unwrap_err();
        assert!(
            err.contains("no day 30 in February 2025, which has 28 days"),
            "{err}"
        );
        let err = parse_date("2025-13-01").unwrap_err();
        assert!(err.contains("no month 13"), "{err}");
        assert!(parse_date("2024-02-29").is_ok(), "leap day");
        assert!(parse_date("2025-04-17Tnoon")
            .unwrap_err()
            .contains("not a time"));
        assert!(parse_date("2025-04-xx").is_err());
    }

    #[test]
    fn english_dates() {
        let want = ymd(2025, 4, 17);
        for s in [
            "April 17, 2025",
            "april 17, 2025",
            "Apr 17, 2025",
            "Apr. 17, 2025",
            "April 17 2025",
            "April 17th, 2025",
            "17 April 2025",
            "17th April 2025",
            "Thu, 17 Apr 2025",
            "Thursday, April 17, 2025",
            "Thu, 17 Apr 2025 10:00:00 +0000",
            "Thu, 17 Apr 2025 23:30:00 -0800",
            "17/04/2025",
            "April 17, 2025 at 9am",
        ] {
            assert_eq!(parse_date(s), Ok(want), "{s}");
        }
    }

    #[test]
    fn relative_dates_are_rejected() {
        for s in [
            "yesterday",
            "today",
            "now",
            "tomorrow",
            "next friday",
            "last friday",
            "Friday",
            "3 days ago",
            "2 weeks",
            "April 17",
            "April",
            "17 April",
        ] {
            let err = parse_date(s).unwrap_err();
            assert!(err.contains("relative"), "{s}: {err}");
        }
    }

    #[test]
    fn bad_english_dates_are_rejected() {
        assert!(parse_date("31/31/2025")
            .unwrap_err()
            .contains("not a real date"));
        assert!(parse_date("February 30, 2025")
            .unwrap_err()
            .contains("not a real date"));
        let err = parse_date("Fri, 17 Apr 2025").unwrap_err();
        assert!(err.contains("is a Thursday, not a Friday"), "{err}");
        assert!(parse_date("04/05/2025").unwrap_err().contains("ambiguous"));
        assert!(parse_date("2025").unwrap_err().contains("needs a day"));
        assert!(
            parse_date("bananas").unwrap_err().contains("cannot")
                || parse_date("bananas").unwrap_err().contains("not a date")
        );
        assert!(parse_date("").unwrap_err().contains("empty"));
        assert!(parse_date("17 April 25")
            .unwrap_err()
            .contains("four digits"));
    }

    #[test]
    fn hostile_strings_never_panic() {
        // Shapes that reach chrono-english's unchecked arithmetic and byte slicing.
        let parts = [
            "99999",
            "4294967295",
            "9999",
            "-",
            "ago",
            "years",
            "days",
            "pm",
            "am",
            ":",
            ".",
            "/",
            ",",
            "é",
            "ñañ",
            "next",
            "last",
            "T",
            "Z",
            "+",
            "99",
            "0",
            "feb",
            "thu",
            " ",
            "2025-",
            "h",
            "s",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let _ = parse_date(&format!("{a}{b}{c}"));
                    let _ = parse_date(&format!("{a} {b} {c}"));
                }
            }
        }
    }
}
