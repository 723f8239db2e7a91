//! "the first weekend of October", "the last week of 1999", "the Saturday after Thanksgiving":
//! a day, week or weekend picked inside (or beside) a period already resolved.

use crate::timex::calendar::add_days;
use crate::timex::period::Period;
use crate::timex::types::{Grain, Pick, PickedUnit, TimeValue};
use chrono::{Datelike, NaiveDate, Weekday};

/// The period `pick` and `what` take from `base`, or None when the base has no interval or is
/// too coarse or fine for the pick ("the Saturday after" needs a day, "the first week of" a
/// month or more).
pub fn pick(base: &TimeValue, pick: Pick, what: PickedUnit) -> Option<Period> {
    let iv = base.interval?;
    let (start, end) = (iv.start?.date(), iv.end?.date());
    let grain = base.grain?;
    match pick {
        Pick::After | Pick::Before => {
            let PickedUnit::Day(day) = what else {
                return None;
            };
            if grain != Grain::Day {
                return None;
            }
            let d = if pick == Pick::After {
                next_on(add_days(start, 1)?, day)?
            } else {
                previous_on(add_days(start, -1)?, day)?
            };
            Period::of(d, Grain::Day)
        }
        Pick::Nth(n) => {
            // ("Friday of next week": a weekday inside a week)
            let day_of_week = grain == Grain::Week && matches!(what, PickedUnit::Day(_)) && n == 1;
            if !matches!(
                grain,
                Grain::Month | Grain::Year | Grain::Quarter | Grain::Season
            ) && !day_of_week
            {
                return None;
            }
            // A week belongs to the period that holds its Thursday, as ISO weeks belong to
            // years: "the last week of 1999" is the week of Dec. 27 to Jan. 2
            let (first_day, unit_grain) = match what {
                PickedUnit::Day(d) => (d, Grain::Day),
                PickedUnit::Week => (Weekday::Thu, Grain::Week),
                PickedUnit::Weekend => (Weekday::Sat, Grain::Weekend),
            };
            let d = if n > 0 {
                add_days(next_on(start, first_day)?, 7 * (i64::from(n) - 1))?
            } else {
                previous_on(add_days(end, -1)?, first_day)?
            };
            (d >= start && d < end).then_some(())?;
            Period::of(d, unit_grain)
        }
    }
}

/// How the value was found, for the reason.
pub fn reason(pick: Pick, what: PickedUnit, base: &str) -> String {
    let unit = match what {
        PickedUnit::Day(d) => format!("{d:?}"),
        PickedUnit::Week => "week".to_string(),
        PickedUnit::Weekend => "weekend".to_string(),
    };
    match pick {
        Pick::After => format!("the first {unit} after {base}"),
        Pick::Before => format!("the last {unit} before {base}"),
        Pick::Nth(-1) => format!("the last {unit} of {base}"),
        Pick::Nth(n) => format!("{unit} number {n} of {base}"),
    }
}

/// The first day on or after `d` that falls on `day`.
fn next_on(d: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + day.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    add_days(d, i64::from(ahead))
}

/// The last day on or before `d` that falls on `day`.
fn previous_on(d: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let back = (7 + d.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    add_days(d, -i64::from(back))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(y: i32, m: u32) -> TimeValue {
        let p = Period::of(NaiveDate::from_ymd_opt(y, m, 1).unwrap(), Grain::Month).unwrap();
        super::super::date_value(p, String::new())
    }

    #[test]
    fn picks_inside_a_month() {
        let oct = month(2005, 10);
        let first_weekend = pick(&oct, Pick::Nth(1), PickedUnit::Weekend).unwrap();
        assert_eq!(first_weekend.value(), "2005-W39-WE");
        let second_tuesday = pick(&oct, Pick::Nth(2), PickedUnit::Day(Weekday::Tue)).unwrap();
        assert_eq!(second_tuesday.value(), "2005-10-11");
        let last_friday = pick(&oct, Pick::Nth(-1), PickedUnit::Day(Weekday::Fri)).unwrap();
        assert_eq!(last_friday.value(), "2005-10-28");
        assert!(pick(&oct, Pick::Nth(5), PickedUnit::Day(Weekday::Tue)).is_none());
    }
}
