//! Calendar periods: a granularity and the days it covers, with their TIMEX3 value.

use super::calendar::{add_days, month_start, week_start, ymd};
use super::types::{Grain, Interval, Season};
use chrono::{Datelike, NaiveDate};

/// A calendar period `[start, end)` of one granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub grain: Grain,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// The period of `grain` that holds `d`.
    pub fn of(d: NaiveDate, grain: Grain) -> Option<Period> {
        let y = d.year();
        let (start, end) = match grain {
            Grain::Minute | Grain::Hour | Grain::PartOfDay | Grain::Day => (d, add_days(d, 1)?),
            Grain::Week => {
                let s = week_start(d)?;
                (s, add_days(s, 7)?)
            }
            Grain::Weekend => {
                let s = add_days(week_start(d)?, 5)?;
                (s, add_days(s, 2)?)
            }
            Grain::Month => (
                month_start(y, i64::from(d.month()))?,
                month_start(y, i64::from(d.month()) + 1)?,
            ),
            Grain::Quarter => {
                let q = i64::from((d.month() - 1) / 3);
                (month_start(y, q * 3 + 1)?, month_start(y, q * 3 + 4)?)
            }
            Grain::Half => {
                let h = i64::from((d.month() - 1) / 6);
                (month_start(y, h * 6 + 1)?, month_start(y, h * 6 + 7)?)
            }
            Grain::Season => {
                // Meteorological seasons start in March, June, September and December.
                let m = i64::from(d.month());
                let first = if m == 12 {
                    12
                } else if m <= 2 {
                    0
                } else {
                    (m / 3) * 3
                };
                (month_start(y, first)?, month_start(y, first + 3)?)
            }
            Grain::Year => (ymd(y, 1, 1)?, ymd(y.checked_add(1)?, 1, 1)?),
            Grain::Decade => {
                let s = y.div_euclid(10) * 10;
                (ymd(s, 1, 1)?, ymd(s.checked_add(10)?, 1, 1)?)
            }
            Grain::Century => {
                let s = y.div_euclid(100) * 100;
                (ymd(s, 1, 1)?, ymd(s.checked_add(100)?, 1, 1)?)
            }
        };
        Some(Period { grain, start, end })
    }

    /// The season `season` that starts in year `y` (winter starts in December of `y`).
    pub fn season(season: Season, y: i32) -> Option<Period> {
        let start = month_start(y, i64::from(season.first_month()))?;
        Some(Period {
            grain: Grain::Season,
            start,
            end: month_start(y, i64::from(season.first_month()) + 3)?,
        })
    }

    /// The same kind of period `n` steps later (or earlier for negative `n`).
    pub fn shift(&self, n: i64) -> Option<Period> {
        let d = match self.grain {
            Grain::Minute | Grain::Hour | Grain::PartOfDay | Grain::Day => add_days(self.start, n)?,
            Grain::Week | Grain::Weekend => add_days(self.start, n.checked_mul(7)?)?,
            Grain::Month => super::calendar::add_months(self.start, n)?,
            Grain::Quarter | Grain::Season => {
                super::calendar::add_months(self.start, n.checked_mul(3)?)?
            }
            Grain::Half => super::calendar::add_months(self.start, n.checked_mul(6)?)?,
            Grain::Year => super::calendar::add_months(self.start, n.checked_mul(12)?)?,
            Grain::Decade => super::calendar::add_months(self.start, n.checked_mul(120)?)?,
            Grain::Century => super::calendar::add_months(self.start, n.checked_mul(1200)?)?,
        };
        Period::of(d, self.grain)
    }

    pub fn interval(&self) -> Interval {
        Interval::days(self.start, self.end)
    }

    /// The TIMEX3 value of the period.
    pub fn value(&self) -> String {
        let d = self.start;
        let y = d.year();
        if !(0..=9999).contains(&y) {
            return "XXXX".to_string();
        }
        match self.grain {
            Grain::Minute | Grain::Hour | Grain::PartOfDay | Grain::Day => {
                format!("{:04}-{:02}-{:02}", y, d.month(), d.day())
            }
            Grain::Week => {
                let w = d.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Grain::Weekend => {
                let w = add_days(d, -5).unwrap_or(d).iso_week();
                format!("{:04}-W{:02}-WE", w.year(), w.week())
            }
            Grain::Month => format!("{:04}-{:02}", y, d.month()),
            Grain::Quarter => format!("{:04}-Q{}", y, (d.month() - 1) / 3 + 1),
            Grain::Half => format!("{:04}-H{}", y, (d.month() - 1) / 6 + 1),
            Grain::Season => {
                let code = match d.month() {
                    3 => "SP",
                    6 => "SU",
                    9 => "FA",
                    _ => "WI",
                };
                let label_year = if d.month() <= 2 { y - 1 } else { y };
                format!("{:04}-{}", label_year, code)
            }
            Grain::Year => format!("{:04}", y),
            Grain::Decade => format!("{:03}", y.div_euclid(10)),
            Grain::Century => format!("{:02}", y.div_euclid(100)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        ymd(y, m, day).unwrap()
    }

    #[test]
    fn iso_weeks_at_year_ends() {
        let p = Period::of(d(2024, 12, 30), Grain::Week).unwrap();
        assert_eq!(p.value(), "2025-W01");
        let p = Period::of(d(2021, 1, 3), Grain::Week).unwrap();
        assert_eq!(p.value(), "2020-W53");
        assert_eq!(p.start, d(2020, 12, 28));
    }

    #[test]
    fn weekend_is_saturday_and_sunday_of_the_iso_week() {
        let p = Period::of(d(2025, 4, 17), Grain::Weekend)
            .unwrap()
            .shift(-1)
            .unwrap();
        assert_eq!(
            (p.value().as_str(), p.start, p.end),
            ("2025-W15-WE", d(2025, 4, 12), d(2025, 4, 14))
        );
    }

    #[test]
    fn winter_belongs_to_the_year_it_starts() {
        let p = Period::of(d(2025, 1, 15), Grain::Season).unwrap();
        assert_eq!((p.value().as_str(), p.start), ("2024-WI", d(2024, 12, 1)));
    }
}
