//! The TimelineJS sheet: its 18 template columns, one row per event, never inventing a month or
//! a day the text did not give.

use super::csv::CsvOptions;
use crate::timeline::{Event, Timeline};
use crate::timex::calendar::month_name;
use crate::timex::Grain;
use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime};

pub const COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

fn day_text(t: NaiveDateTime) -> String {
    format!("{} {} {}", t.day(), month_name(t.month()), t.year())
}

/// The human date: "7 April 2025", "Week of 7 April 2025", "Summer 2024", "Early March 2025".
pub fn display_date(
    value: &str,
    grain: Option<Grain>,
    start: NaiveDateTime,
    end: NaiveDateTime,
) -> String {
    let month = format!("{} {}", month_name(start.month()), start.year());
    match grain {
        Some(Grain::Minute | Grain::Hour) => {
            format!("{}, {}", day_text(start), start.format("%H:%M"))
        }
        Some(Grain::PartOfDay) => {
            let part = match value.rsplit('T').next().unwrap_or("") {
                "MO" => "morning",
                "AF" => "afternoon",
                "EV" => "evening",
                "NI" => "night",
                _ => "",
            };
            if part.is_empty() {
                day_text(start)
            } else {
                format!("{}, {part}", day_text(start))
            }
        }
        Some(Grain::Day) => day_text(start),
        Some(Grain::Weekend) => format!("Weekend of {}", day_text(start)),
        Some(Grain::Week) => format!("Week of {}", day_text(start)),
        Some(Grain::Month) => {
            let days = (end - start).num_days();
            if days >= 28 {
                month
            } else if start.day() == 1 {
                format!("Early {month}")
            } else if end.day() == 1 || (end - Duration::days(1)).month() != start.month() {
                format!("Late {month}")
            } else {
                format!("Mid {month}")
            }
        }
        Some(Grain::Season) => {
            let season = match start.month() {
                3..=5 => "Spring",
                6..=8 => "Summer",
                9..=11 => "Autumn",
                _ => "Winter",
            };
            format!("{season} {}", start.year())
        }
        Some(Grain::Quarter) => format!("Q{} {}", start.month0() / 3 + 1, start.year()),
        Some(Grain::Half) => format!("H{} {}", start.month0() / 6 + 1, start.year()),
        Some(Grain::Year) => start.year().to_string(),
        Some(Grain::Decade) => format!("The {}0s", start.year() / 10),
        Some(Grain::Century) => format!("The {}00s", start.year() / 100),
        None => value.to_string(),
    }
}

/// Year, Month, Day, Time of one instant, blank below the grain.
fn parts(t: NaiveDateTime, grain: Option<Grain>) -> [String; 4] {
    let fine = matches!(grain, Some(Grain::Minute | Grain::Hour));
    let has_day = matches!(
        grain,
        Some(
            Grain::Minute
                | Grain::Hour
                | Grain::PartOfDay
                | Grain::Day
                | Grain::Weekend
                | Grain::Week
        )
    );
    let has_month = has_day
        || matches!(
            grain,
            Some(Grain::Month | Grain::Season | Grain::Quarter | Grain::Half)
        );
    [
        t.year().to_string(),
        if has_month {
            t.month().to_string()
        } else {
            String::new()
        },
        if has_day {
            t.day().to_string()
        } else {
            String::new()
        },
        if fine && t.time() != NaiveTime::MIN {
            t.format("%H:%M").to_string()
        } else {
            String::new()
        },
    ]
}

fn row(t: &Timeline, e: &Event) -> Option<Vec<String>> {
    let tm = e.time.as_ref()?;
    let x = &t.timexes[tm.timex];
    let iv = e.interval.or(x.interval)?;
    let (start, end) = (iv.start?, iv.end?);
    let grain = x.grain;
    let s = parts(start, grain);
    // Inclusive end, shown only when it differs from the start.
    let last = if end.time() == NaiveTime::MIN {
        end - Duration::days(1)
    } else {
        end - Duration::minutes(1)
    };
    let mut en = parts(last, grain);
    if en == s || matches!(grain, Some(Grain::Day | Grain::PartOfDay)) {
        en = Default::default();
    }
    let doc = &t.documents[e.document];
    let sources: Vec<String> = {
        let mut v: Vec<String> = e
            .mentions
            .iter()
            .map(|m| {
                let d = &t.documents[m.document];
                d.title.clone().unwrap_or_else(|| d.id.clone())
            })
            .collect();
        v.dedup();
        v
    };
    let mut text = format!("{} (Source: {})", e.sentence, sources.join("; "));
    if let Some(claims) = &e.conflict {
        let c: Vec<String> = claims
            .iter()
            .map(|(d, v)| format!("{} says {v}", t.documents[*d].id))
            .collect();
        text.push_str(&format!(" Sources disagree on the date: {}.", c.join(", ")));
    }
    // The outlet (the title before " - "), else the document id.
    let group = doc
        .title
        .as_deref()
        .and_then(|t| t.split(" - ").next())
        .map(str::to_string)
        .unwrap_or_else(|| doc.id.clone());
    let mut r = Vec::with_capacity(18);
    r.extend(s);
    r.extend(en);
    r.push(display_date(&x.value, grain, start, end));
    r.push(e.text.clone());
    r.push(text);
    r.extend([String::new(), String::new(), String::new(), String::new()]);
    r.push(String::new());
    r.push(group);
    r.push(String::new());
    Some(r)
}

/// Writes the sheet; events without a bounded time are left out (TimelineJS needs a year).
pub fn write(t: &Timeline, opts: CsvOptions, out: &mut Vec<u8>) {
    let header = COLUMNS.iter().map(|c| c.to_string()).collect();
    let rows = std::iter::once(header).chain(t.events.iter().filter_map(|e| row(t, e)));
    super::csv::write_rows(rows, opts, out);
}
