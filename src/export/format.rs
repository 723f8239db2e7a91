//! Shared formatting of times for the exports.

use crate::timex::{Grain, Interval};
use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime};

/// An instant as ISO: a date when it is midnight, else date and time to the minute.
pub fn instant(t: NaiveDateTime) -> String {
    if t.time() == NaiveTime::MIN {
        t.date().to_string()
    } else {
        t.format("%Y-%m-%dT%H:%M").to_string()
    }
}

/// The first and last (inclusive) calendar points of an interval, written at the grain the
/// text gave: a year stays a year ("2018"), a month a month ("2025-03"), never an invented day.
pub fn spreadsheet_range(iv: &Interval, grain: Option<Grain>) -> (String, String) {
    let start = iv.start;
    // inclusive end: the last instant before the exclusive end
    let last = iv.end.map(|e| {
        if e.time() == NaiveTime::MIN {
            e - Duration::days(1)
        } else {
            e - Duration::minutes(1)
        }
    });
    let fmt = |t: Option<NaiveDateTime>| -> String {
        let Some(t) = t else { return String::new() };
        match grain {
            Some(Grain::Year | Grain::Decade | Grain::Century) => format!("{:04}", t.year()),
            Some(Grain::Month | Grain::Quarter | Grain::Half | Grain::Season) => {
                format!("{:04}-{:02}", t.year(), t.month())
            }
            Some(Grain::Hour | Grain::Minute) => t.format("%Y-%m-%dT%H:%M").to_string(),
            _ => t.date().to_string(),
        }
    };
    (fmt(start), fmt(last))
}
