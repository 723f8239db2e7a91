//! The Gregorian dates of holidays kept by lunar and lunisolar calendars (Lunar New Year, Eid
//! al-Fitr, Passover, Diwali...). No short formula gives them, so they are data:
//! `observances.tsv`, written by `scripts/observances.py`, one line per holiday and year.
//!
//! A year outside the table has no date: the resolver then keeps the year it knows and leaves
//! month and day unspecified.

use super::calendar::ymd;
use super::types::Observance;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("observances.tsv");

/// The table's name for each observance (its first column).
pub fn table_name(o: Observance) -> &'static str {
    match o {
        Observance::LunarNewYear => "lunar-new-year",
        Observance::DragonBoat => "dragon-boat",
        Observance::MidAutumn => "mid-autumn",
        Observance::EidAlFitr => "eid-al-fitr",
        Observance::EidAlAdha => "eid-al-adha",
        Observance::RoshHashanah => "rosh-hashanah",
        Observance::YomKippur => "yom-kippur",
        Observance::Sukkot => "sukkot",
        Observance::Hanukkah => "hanukkah",
        Observance::Purim => "purim",
        Observance::Passover => "passover",
        Observance::Shavuot => "shavuot",
        Observance::Diwali => "diwali",
        Observance::Holi => "holi",
    }
}

const ALL: [Observance; 14] = [
    Observance::LunarNewYear,
    Observance::DragonBoat,
    Observance::MidAutumn,
    Observance::EidAlFitr,
    Observance::EidAlAdha,
    Observance::RoshHashanah,
    Observance::YomKippur,
    Observance::Sukkot,
    Observance::Hanukkah,
    Observance::Purim,
    Observance::Passover,
    Observance::Shavuot,
    Observance::Diwali,
    Observance::Holi,
];

type Table = BTreeMap<(Observance, i32), Vec<NaiveDate>>;

/// One line of the table: `name`, `year`, `MM-DD[,MM-DD]` (an Islamic holiday can fall twice in
/// one Gregorian year). `None` for a comment or a malformed line (the tests reject those).
fn parse_line(line: &str) -> Option<(Observance, i32, Vec<NaiveDate>)> {
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    let mut cols = line.split('\t');
    let name = cols.next()?;
    let o = ALL.into_iter().find(|o| table_name(*o) == name)?;
    let year: i32 = cols.next()?.parse().ok()?;
    let mut dates = Vec::new();
    for md in cols.next()?.split(',') {
        let (m, d) = md.split_once('-')?;
        dates.push(ymd(year, m.parse().ok()?, d.parse().ok()?)?);
    }
    (cols.next().is_none() && !dates.is_empty()).then_some((o, year, dates))
}

fn table() -> &'static Table {
    static TABLE_CELL: OnceLock<Table> = OnceLock::new();
    TABLE_CELL.get_or_init(|| {
        TABLE
            .lines()
            .filter_map(parse_line)
            .map(|(o, y, dates)| ((o, y), dates))
            .collect()
    })
}

/// Every date of `o` in Gregorian year `y`, earliest first; empty outside the table.
pub fn observance_dates(o: Observance, y: i32) -> &'static [NaiveDate] {
    table().get(&(o, y)).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Weekday};

    #[test]
    fn every_line_parses() {
        for (n, line) in TABLE.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            assert!(parse_line(line).is_some(), "line {}: {line:?}", n + 1);
        }
    }

    #[test]
    fn known_dates() {
        let first = |o, y| observance_dates(o, y).first().copied();
        assert_eq!(first(Observance::LunarNewYear, 2010), ymd(2010, 2, 14));
        assert_eq!(first(Observance::LunarNewYear, 2026), ymd(2026, 2, 17));
        assert_eq!(first(Observance::YomKippur, 1973), ymd(1973, 10, 6));
        assert_eq!(first(Observance::Diwali, 2015), ymd(2015, 11, 11));
        assert_eq!(first(Observance::Holi, 2016), ymd(2016, 3, 24));
        // Eid al-Fitr fell twice in 2000, in January and in December
        assert_eq!(observance_dates(Observance::EidAlFitr, 2000).len(), 2);
        assert!(observance_dates(Observance::Holi, 1990).is_empty());
    }

    #[test]
    fn calendar_invariants_hold() {
        for y in 1950..=2100 {
            let rh = observance_dates(Observance::RoshHashanah, y)[0];
            let yk = observance_dates(Observance::YomKippur, y)[0];
            // Yom Kippur is the tenth of Tishrei, and never falls on a Sunday, Tuesday or Friday
            assert_eq!((yk - rh).num_days(), 9, "{y}");
            assert!(!matches!(
                yk.weekday(),
                Weekday::Sun | Weekday::Tue | Weekday::Fri
            ));
            // Lunar New Year falls between January 21 and February 20
            let lny = observance_dates(Observance::LunarNewYear, y)[0];
            assert!(
                lny >= ymd(y, 1, 21).unwrap() && lny <= ymd(y, 2, 20).unwrap(),
                "{y}"
            );
            // Passover begins on 15 Nisan, 163 days before the next Rosh Hashanah
            let p = observance_dates(Observance::Passover, y)[0];
            assert_eq!((rh - p).num_days(), 163, "{y}");
        }
    }
}
