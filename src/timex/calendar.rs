//! Calendar arithmetic that never panics: every step is checked, and a date out of chrono's
//! range gives `None` (the resolver then keeps an underspecified value).

use super::observances::observance_dates;
use super::types::{Holiday, Observance};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

pub fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let n32 = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        d.checked_add_months(Months::new(n32))
    } else {
        d.checked_sub_months(Months::new(n32))
    }
}

/// The first day of the month `m` of `y`, with `m` allowed to run over (13 = January next year).
pub fn month_start(y: i32, m: i64) -> Option<NaiveDate> {
    let total = i64::from(y) * 12 + (m - 1);
    let y2 = i32::try_from(total.div_euclid(12)).ok()?;
    let m2 = total.rem_euclid(12) as u32 + 1;
    ymd(y2, m2, 1)
}

/// The Monday of the ISO week holding `d`.
pub fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// Days from `from` back to the most recent `day` strictly before it (1..=7).
/// The English name of month 1..=12 ("?" outside), for messages and exports.
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// The English name of a weekday, for reasons and messages.
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

pub fn days_back(from: Weekday, day: Weekday) -> i64 {
    let diff = (i64::from(from.num_days_from_monday()) - i64::from(day.num_days_from_monday()))
        .rem_euclid(7);
    if diff == 0 {
        7
    } else {
        diff
    }
}

/// Days forward to the next `day` strictly after `from` (1..=7).
pub fn days_forward(from: Weekday, day: Weekday) -> i64 {
    let diff = (i64::from(day.num_days_from_monday()) - i64::from(from.num_days_from_monday()))
        .rem_euclid(7);
    if diff == 0 {
        7
    } else {
        diff
    }
}

/// Easter Sunday of year `y` (Gregorian computus, the anonymous algorithm).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)
}

/// Orthodox Easter: the Julian computus, moved onto the Gregorian calendar (the two calendars
/// drift apart by a day in each century year not divisible by 400).
pub fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(4);
    let b = y.rem_euclid(7);
    let c = y.rem_euclid(19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian_gap = y.div_euclid(100) - y.div_euclid(400) - 2;
    add_days(ymd(y, month as u32, day as u32)?, i64::from(julian_gap))
}

/// The `n`th `day` of month `m` (n = -1 for the last one).
pub fn nth_weekday(y: i32, m: u32, day: Weekday, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(y, m, day, n as u8)
    } else {
        let next = month_start(y, i64::from(m) + 1)?;
        let last = add_days(next, -1)?;
        let back = (i64::from(last.weekday().num_days_from_monday())
            - i64::from(day.num_days_from_monday()))
        .rem_euclid(7);
        add_days(last, -back)
    }
}

/// Every date of a holiday in year `y`, earliest first: one for most, none outside the table of a
/// lunar one, two for an Islamic holiday in the years it falls twice.
pub fn holiday_dates(h: Holiday, y: i32) -> Vec<NaiveDate> {
    match h {
        Holiday::Lunar(o) => observance_dates(o, y).to_vec(),
        _ => holiday_date(h, y).into_iter().collect(),
    }
}

/// The date of a holiday in year `y` (United States conventions for the moveable ones; the first
/// one for a lunar holiday that falls twice).
pub fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Lunar(o) => observance_dates(o, y).first().copied(),
        Holiday::ArborDay => nth_weekday(y, 4, Weekday::Fri, -1),
        Holiday::AnzacDay => ymd(y, 4, 25),
        Holiday::RemembranceDay => ymd(y, 11, 11),
        Holiday::CanadaDay => ymd(y, 7, 1),
        Holiday::BastilleDay => ymd(y, 7, 14),
        Holiday::AustraliaDay => ymd(y, 1, 26),
        Holiday::GroundhogDay => ymd(y, 2, 2),
        Holiday::EarthDay => ymd(y, 4, 22),
        Holiday::FlagDay => ymd(y, 6, 14),
        Holiday::CincoDeMayo => ymd(y, 5, 5),
        Holiday::GuyFawkesNight => ymd(y, 11, 5),
        Holiday::BurnsNight => ymd(y, 1, 25),
        Holiday::StAndrewsDay => ymd(y, 11, 30),
        Holiday::StGeorgesDay => ymd(y, 4, 23),
        Holiday::StDavidsDay => ymd(y, 3, 1),
        Holiday::Hogmanay => ymd(y, 12, 31),
        Holiday::AllSaintsDay => ymd(y, 11, 1),
        Holiday::AllSoulsDay => ymd(y, 11, 2),
        Holiday::Epiphany => ymd(y, 1, 6),
        Holiday::ShroveTuesday => add_days(easter(y)?, -47),
        Holiday::AscensionDay => add_days(easter(y)?, 39),
        Holiday::Pentecost => add_days(easter(y)?, 49),
        Holiday::WhitMonday => add_days(easter(y)?, 50),
        Holiday::MotheringSunday => add_days(easter(y)?, -21),
        // the last Monday before May 25
        Holiday::VictoriaDay => victoria_day(y),
        Holiday::OrthodoxEaster => orthodox_easter(y),
        // Christmas of the Julian calendar, on January 7 from 1900 to 2099
        Holiday::OrthodoxChristmas => ymd(y, 1, 7),
        Holiday::NewYearsDay => ymd(y, 1, 1),
        Holiday::ValentinesDay => ymd(y, 2, 14),
        Holiday::StPatricksDay => ymd(y, 3, 17),
        Holiday::GoodFriday => add_days(easter(y)?, -2),
        Holiday::Easter => easter(y),
        Holiday::MothersDay => nth_weekday(y, 5, Weekday::Sun, 2),
        // (the Monday holidays began in 1971; before, Memorial Day was May 30)
        Holiday::MemorialDay if y < 1971 => ymd(y, 5, 30),
        Holiday::MemorialDay => nth_weekday(y, 5, Weekday::Mon, -1),
        Holiday::FathersDay => nth_weekday(y, 6, Weekday::Sun, 3),
        Holiday::IndependenceDay => ymd(y, 7, 4),
        Holiday::LaborDay => nth_weekday(y, 9, Weekday::Mon, 1),
        Holiday::Halloween => ymd(y, 10, 31),
        Holiday::AprilFools => ymd(y, 4, 1),
        Holiday::VeteransDay => ymd(y, 11, 11),
        // (the last Thursday of November until 1938, the third from 1939 to 1941)
        Holiday::Thanksgiving if y < 1939 => nth_weekday(y, 11, Weekday::Thu, -1),
        Holiday::Thanksgiving if y < 1942 => nth_weekday(y, 11, Weekday::Thu, 3),
        Holiday::Thanksgiving => nth_weekday(y, 11, Weekday::Thu, 4),
        Holiday::Christmas => ymd(y, 12, 25),
        Holiday::NewYearsEve => ymd(y, 12, 31),
        Holiday::ElectionDay => add_days(nth_weekday(y, 11, Weekday::Mon, 1)?, 1),
        Holiday::SuperTuesday => super_tuesday(y),
        // (only in the year after a presidential election)
        Holiday::InaugurationDay if y.rem_euclid(4) != 1 => None,
        Holiday::InaugurationDay if y < 1937 => ymd(y, 3, 4),
        Holiday::InaugurationDay => ymd(y, 1, 20),
        Holiday::RemembranceSunday => nth_weekday(y, 11, Weekday::Sun, 2),
        Holiday::BlackFriday => add_days(nth_weekday(y, 11, Weekday::Thu, 4)?, 1),
        Holiday::CyberMonday => add_days(nth_weekday(y, 11, Weekday::Thu, 4)?, 4),
        Holiday::AshWednesday => add_days(easter(y)?, -46),
        Holiday::PalmSunday => add_days(easter(y)?, -7),
        Holiday::HolyThursday => add_days(easter(y)?, -3),
        Holiday::HolySaturday => add_days(easter(y)?, -1),
        Holiday::EasterMonday => add_days(easter(y)?, 1),
        Holiday::MlkDay => nth_weekday(y, 1, Weekday::Mon, 3),
        Holiday::PresidentsDay if y < 1971 => ymd(y, 2, 22),
        Holiday::PresidentsDay => nth_weekday(y, 2, Weekday::Mon, 3),
        Holiday::ColumbusDay if y < 1971 => ymd(y, 10, 12),
        Holiday::ColumbusDay => nth_weekday(y, 10, Weekday::Mon, 2),
        Holiday::Juneteenth => ymd(y, 6, 19),
        Holiday::MayDay => ymd(y, 5, 1),
        Holiday::BoxingDay => ymd(y, 12, 26),
        Holiday::AugustBankHoliday => nth_weekday(y, 8, Weekday::Mon, -1),
        Holiday::SpringBankHoliday => nth_weekday(y, 5, Weekday::Mon, -1),
        Holiday::MayBankHoliday => nth_weekday(y, 5, Weekday::Mon, 1),
        Holiday::JuneBankHoliday => nth_weekday(y, 6, Weekday::Mon, 1),
        Holiday::OctoberBankHoliday => nth_weekday(y, 10, Weekday::Mon, -1),
        Holiday::PatriotsDay => nth_weekday(y, 4, Weekday::Mon, 3),
    }
}

/// Canada's Victoria Day: the last Monday before May 25.
fn victoria_day(y: i32) -> Option<NaiveDate> {
    let may_24 = ymd(y, 5, 24)?;
    let back = i64::from(may_24.weekday().num_days_from_monday());
    add_days(may_24, -back)
}

pub fn holiday_name(h: Holiday) -> &'static str {
    match h {
        Holiday::NewYearsDay => "New Year's Day",
        Holiday::ValentinesDay => "Valentine's Day",
        Holiday::StPatricksDay => "St Patrick's Day",
        Holiday::GoodFriday => "Good Friday",
        Holiday::Easter => "Easter",
        Holiday::MothersDay => "Mother's Day",
        Holiday::MemorialDay => "Memorial Day",
        Holiday::FathersDay => "Father's Day",
        Holiday::IndependenceDay => "Independence Day",
        Holiday::LaborDay => "Labor Day",
        Holiday::Halloween => "Halloween",
        Holiday::AprilFools => "April Fools' Day",
        Holiday::VeteransDay => "Veterans Day",
        Holiday::Thanksgiving => "Thanksgiving",
        Holiday::Christmas => "Christmas",
        Holiday::NewYearsEve => "New Year's Eve",
        Holiday::ElectionDay => "Election Day",
        Holiday::SuperTuesday => "Super Tuesday",
        Holiday::InaugurationDay => "Inauguration Day",
        Holiday::RemembranceSunday => "Remembrance Sunday",
        Holiday::BlackFriday => "Black Friday",
        Holiday::CyberMonday => "Cyber Monday",
        Holiday::AshWednesday => "Ash Wednesday",
        Holiday::PalmSunday => "Palm Sunday",
        Holiday::HolyThursday => "Holy Thursday",
        Holiday::HolySaturday => "Holy Saturday",
        Holiday::EasterMonday => "Easter Monday",
        Holiday::MlkDay => "Martin Luther King Jr. Day",
        Holiday::PresidentsDay => "Presidents' Day",
        Holiday::ColumbusDay => "Columbus Day",
        Holiday::Juneteenth => "Juneteenth",
        Holiday::MayDay => "May Day",
        Holiday::BoxingDay => "Boxing Day",
        Holiday::AugustBankHoliday => "the August bank holiday",
        Holiday::SpringBankHoliday => "the spring bank holiday",
        Holiday::MayBankHoliday => "the May bank holiday",
        Holiday::JuneBankHoliday => "the June bank holiday",
        Holiday::OctoberBankHoliday => "the October bank holiday",
        Holiday::PatriotsDay => "Patriots' Day",
        Holiday::ArborDay => "Arbor Day",
        Holiday::AnzacDay => "Anzac Day",
        Holiday::RemembranceDay => "Remembrance Day",
        Holiday::CanadaDay => "Canada Day",
        Holiday::BastilleDay => "Bastille Day",
        Holiday::AustraliaDay => "Australia Day",
        Holiday::GroundhogDay => "Groundhog Day",
        Holiday::EarthDay => "Earth Day",
        Holiday::FlagDay => "Flag Day",
        Holiday::CincoDeMayo => "Cinco de Mayo",
        Holiday::GuyFawkesNight => "Guy Fawkes Night",
        Holiday::BurnsNight => "Burns Night",
        Holiday::StAndrewsDay => "St Andrew's Day",
        Holiday::StGeorgesDay => "St George's Day",
        Holiday::StDavidsDay => "St David's Day",
        Holiday::Hogmanay => "Hogmanay",
        Holiday::AllSaintsDay => "All Saints' Day",
        Holiday::AllSoulsDay => "All Souls' Day",
        Holiday::Epiphany => "Epiphany",
        Holiday::ShroveTuesday => "Shrove Tuesday",
        Holiday::AscensionDay => "Ascension Day",
        Holiday::Pentecost => "Pentecost",
        Holiday::WhitMonday => "Whit Monday",
        Holiday::MotheringSunday => "Mothering Sunday",
        Holiday::VictoriaDay => "Victoria Day",
        Holiday::OrthodoxEaster => "Orthodox Easter",
        Holiday::OrthodoxChristmas => "Orthodox Christmas",
        Holiday::Lunar(o) => observance_name(o),
    }
}

pub fn observance_name(o: Observance) -> &'static str {
    match o {
        Observance::LunarNewYear => "Lunar New Year",
        Observance::DragonBoat => "the Dragon Boat Festival",
        Observance::MidAutumn => "the Mid-Autumn Festival",
        Observance::EidAlFitr => "Eid al-Fitr",
        Observance::EidAlAdha => "Eid al-Adha",
        Observance::RoshHashanah => "Rosh Hashanah",
        Observance::YomKippur => "Yom Kippur",
        Observance::Sukkot => "Sukkot",
        Observance::Hanukkah => "Hanukkah",
        Observance::Purim => "Purim",
        Observance::Passover => "Passover",
        Observance::Shavuot => "Shavuot",
        Observance::Diwali => "Diwali",
        Observance::Holi => "Holi",
    }
}

/// Super Tuesday of year `y`: the first Tuesday of March, save the years the parties' calendars
/// put it elsewhere (the second Tuesday from 1988 to 1996, February 5 in 2008).
fn super_tuesday(y: i32) -> Option<NaiveDate> {
    match y {
        1988 => ymd(y, 3, 8),
        1992 => ymd(y, 3, 10),
        1996 => ymd(y, 3, 12),
        2008 => ymd(y, 2, 5),
        _ => nth_weekday(y, 3, Weekday::Tue, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2025), ymd(2025, 4, 20));
        assert_eq!(easter(2024), ymd(2024, 3, 31));
        assert_eq!(easter(2000), ymd(2000, 4, 23));
    }

    #[test]
    fn moveable_holidays() {
        assert_eq!(holiday_date(Holiday::Thanksgiving, 2025), ymd(2025, 11, 27));
        assert_eq!(holiday_date(Holiday::MemorialDay, 2025), ymd(2025, 5, 26));
        assert_eq!(holiday_date(Holiday::EasterMonday, 1990), ymd(1990, 4, 16));
        assert_eq!(holiday_date(Holiday::MlkDay, 2022), ymd(2022, 1, 17));
        assert_eq!(holiday_date(Holiday::PresidentsDay, 2024), ymd(2024, 2, 19));
        assert_eq!(holiday_date(Holiday::ColumbusDay, 1998), ymd(1998, 10, 12));
        assert_eq!(holiday_date(Holiday::LaborDay, 2025), ymd(2025, 9, 1));
        assert_eq!(holiday_date(Holiday::MothersDay, 2025), ymd(2025, 5, 11));
        // Orthodox Easter: (year, month, day)
        for (y, m, d) in [(2026, 4, 12), (2025, 4, 20), (2023, 4, 16), (1998, 4, 19)] {
            assert_eq!(
                holiday_date(Holiday::OrthodoxEaster, y),
                ymd(y, m, d),
                "{y}"
            );
        }
    }

    #[test]
    fn month_overflow() {
        assert_eq!(month_start(2025, 13), ymd(2026, 1, 1));
        assert_eq!(month_start(2025, 0), ymd(2024, 12, 1));
    }
}
