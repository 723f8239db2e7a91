//! Live-blog timestamps: "10:20 a.m. - Schools report absences ..." at the head of each entry.
//!
//! A clock time that opens a paragraph and is followed by a dash or a colon stamps the entry it
//! opens. It is on the day of publication, not on the last date the text named (an entry may
//! name next week's vote before the stamp of the entry under it). Entries run newest first or
//! oldest first; the order of most of the stamps tells which, and a stamp that breaks it has
//! crossed midnight: "7:15 a.m. ... 1:05 a.m. ... 11:48 p.m." newest first puts the last one on
//! the evening before publication.

use chrono::NaiveDate;

use crate::document::Document;
use crate::timex::scan::Match;
use crate::timex::types::TimeExpr;

/// For each match, the day of the entry it stamps, if it is a live-blog timestamp. A document
/// needs two stamps or more: one clock time heading a paragraph may be a schedule line.
pub fn entry_days(doc: &Document, found: &[Match]) -> Vec<Option<NaiveDate>> {
    let stamps: Vec<(usize, u32)> = found
        .iter()
        .enumerate()
        .filter_map(|(n, m)| match m.expr {
            TimeExpr::ClockTime { clock } if opens_entry(&doc.text, m.start, m.end) => {
                Some((n, clock.hour * 60 + clock.minute))
            }
            _ => None,
        })
        .collect();
    let mut days = vec![None; found.len()];
    if stamps.len() < 2 {
        return days;
    }
    let falling = stamps.windows(2).filter(|w| w[1].1 < w[0].1).count();
    let rising = stamps.windows(2).filter(|w| w[1].1 > w[0].1).count();
    let newest_first = falling >= rising;
    let mut day = doc.published;
    let mut last = stamps[0].1;
    for &(n, minute) in &stamps {
        let crossed = if newest_first {
            minute > last
        } else {
            minute < last
        };
        if crossed {
            let moved = if newest_first {
                day.pred_opt()
            } else {
                day.succ_opt()
            };
            day = moved.unwrap_or(day);
        }
        last = minute;
        days[n] = Some(day);
    }
    days
}

/// For each match, the day of the live-blog entry it lies in (after the entry's stamp, before
/// the next one), given the days of the stamps from [`entry_days`]: "9:02 p.m. - ... is
/// watching results at home tonight" is that evening's, on a page published after midnight.
pub fn within_entries(stamp_days: &[Option<NaiveDate>]) -> Vec<Option<NaiveDate>> {
    let mut current = None;
    stamp_days
        .iter()
        .map(|d| {
            if d.is_some() {
                current = *d;
            }
            current
        })
        .collect()
}

/// Whether the expression at `start..end` opens a paragraph (only spaces between it and the
/// line break before it) and is followed by a dash or a colon.
fn opens_entry(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let line_start = before.trim_end_matches([' ', '\t']).is_empty()
        || before.trim_end_matches([' ', '\t']).ends_with('\n');
    if !line_start {
        return false;
    }
    let after = text[end..].trim_start_matches([' ', '\t']);
    after.starts_with(['-', '–', '—', ':'])
}
