//! Datelines: "ROME, Oct. 24 — Italy's new coalition survived its first test in Parliament
//! today". A story filed the evening before it is published names its own day in the dateline,
//! and its "today", "tonight" and "yesterday" count from that day, not from publication.

use chrono::{Datelike, NaiveDate};

use crate::document::Document;
use crate::timex::scan::Match;
use crate::timex::types::TimeExpr;

/// How far into the text a dateline may open (a headline line may come first).
const DATELINE_REACH: usize = 300;

/// How many days before publication a dateline may be and still be the story's own day: wire
/// copy filed one evening runs the next morning, weekend copy a day later still.
const DATELINE_LAG_DAYS: i64 = 2;

/// The day of the dateline that opens `doc`, if it lies one or two days before publication:
/// the first expression is a month and a day (a year optional), after a place in capitals at
/// the start of a line ("ROME,", "NEWARK, N.J.,") and before a dash or an agency in brackets.
pub fn dateline_day(doc: &Document, found: &[Match]) -> Option<NaiveDate> {
    let m = found.first().filter(|m| m.start < DATELINE_REACH)?;
    let TimeExpr::Calendar {
        year,
        month: Some(month),
        day: Some(day),
        ..
    } = m.expr
    else {
        return None;
    };
    // (a plain date: no clock, part of the day or relative word)
    if m.expr != TimeExpr::date(year, month, day) {
        return None;
    }
    if !place_before(&doc.text[..m.start]) || !dash_after(&doc.text[m.end..]) {
        return None;
    }
    let published = doc.published;
    let this_year = NaiveDate::from_ymd_opt(year.unwrap_or(published.year()), month, day)?;
    // (a dateline of Dec. 31 on a paper of Jan. 1 is of the year before)
    let d = if this_year > published && year.is_none() {
        NaiveDate::from_ymd_opt(published.year() - 1, month, day)?
    } else {
        this_year
    };
    let lag = (published - d).num_days();
    (1..=DATELINE_LAG_DAYS).contains(&lag).then_some(d)
}

/// "ROME, " or "NEWARK, N.J., " alone on the start of its line: a place in capitals, then a
/// comma (a state or country in any case may follow it, with its own comma).
fn place_before(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before);
    let Some(rest) = line.strip_suffix(", ") else {
        return false;
    };
    let mut parts = rest.splitn(2, ", ");
    let place = parts.next().unwrap_or("");
    let region = parts.next();
    let capitals = place.chars().any(|c| c.is_ascii_uppercase())
        && place
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
    let region_ok = region.is_none_or(|r| {
        r.len() <= 20
            && r.chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.'))
    });
    capitals && place.len() >= 3 && region_ok
}

/// " — ", " -- ", " (AP) --", " (Xinhua) --": a dash after the date, or an agency in brackets.
fn dash_after(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    after.starts_with(['—', '–', '-', '('])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_in_capitals_opens_a_dateline() {
        assert!(place_before("ROME, "));
        assert!(place_before("Headline here\nNEWARK, N.J., "));
        assert!(place_before("ST. LOUIS, "));
        assert!(!place_before("The vote on "));
        assert!(!place_before("Rome, "));
        assert!(!place_before("He said on Tuesday, "));
    }

    #[test]
    fn a_dash_or_an_agency_follows_a_dateline() {
        assert!(dash_after(" — Italy's new"));
        assert!(dash_after(" (Xinhua) -- U.S."));
        assert!(!dash_after(", the government said"));
    }
}
