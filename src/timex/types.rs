//! The two value types: what the text says (`TimeExpr`) and what it means (`TimeValue`).

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use serde::{Serialize, Serializer};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_uppercase().as_str() {
            "DATE" => Some(TimexType::Date),
            "TIME" => Some(TimexType::Time),
            "DURATION" => Some(TimexType::Duration),
            "SET" => Some(TimexType::Set),
            _ => None,
        }
    }
}

impl Serialize for TimexType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// How fine a resolved time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grain {
    Minute,
    Hour,
    PartOfDay,
    Day,
    Weekend,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::PartOfDay => "part_of_day",
            Grain::Day => "day",
            Grain::Weekend => "weekend",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Season => "season",
            Grain::Quarter => "quarter",
            Grain::Half => "half",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }
}

impl Serialize for Grain {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The TIMEX3 `mod` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mod {
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
}

impl Mod {
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
        }
    }
}

impl Mod {
    /// Reads a TIMEX3 `mod` value ("START", "approx"); `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        const ALL: [Mod; 12] = [
            Mod::Start,
            Mod::Mid,
            Mod::End,
            Mod::Approx,
            Mod::Before,
            Mod::After,
            Mod::OnOrBefore,
            Mod::OnOrAfter,
            Mod::LessThan,
            Mod::MoreThan,
            Mod::EqualOrLess,
            Mod::EqualOrMore,
        ];
        ALL.into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl Serialize for Mod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A half-open interval `[start, end)`. A missing bound is open (PAST_REF has no start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interval {
    pub start: Option<NaiveDateTime>,
    pub end: Option<NaiveDateTime>,
}

impl Interval {
    pub fn new(start: NaiveDateTime, end: NaiveDateTime) -> Self {
        Interval {
            start: Some(start),
            end: Some(end),
        }
    }

    /// The whole days `[from, to)`.
    pub fn days(from: NaiveDate, to: NaiveDate) -> Self {
        Interval::new(midnight(from), midnight(to))
    }

    pub fn day(d: NaiveDate) -> Self {
        Interval::days(d, d.succ_opt().unwrap_or(d))
    }

    /// Do the two intervals share any instant? Open bounds reach forever.
    pub fn meets(&self, other: &Interval) -> bool {
        let starts_before_other_ends = match (self.start, other.end) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        let other_starts_before_end = match (other.start, self.end) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_end
    }

    /// The common part of two intervals, if they meet.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        if !self.meets(other) {
            return None;
        }
        let start = match (self.start, other.start) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let end = match (self.end, other.end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Some(Interval { start, end })
    }

    /// Is every instant of `self` strictly before every instant of `other`?
    pub fn before(&self, other: &Interval) -> bool {
        matches!((self.end, other.start), (Some(e), Some(s)) if e <= s)
    }

    /// Does `self` contain `other` and more?
    pub fn includes(&self, other: &Interval) -> bool {
        let start_ok = match (self.start, other.start) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a <= b,
        };
        let end_ok = match (self.end, other.end) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a >= b,
        };
        start_ok && end_ok && self != other
    }
}

pub fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_hms_opt(0, 0, 0).expect("midnight exists")
}

/// Which parts of a date the text itself gave, as opposed to ones filled in from the anchor.
/// Exports use it so that "in 2018" never becomes 2018-01-01.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Given {
    pub year: bool,
    pub month: bool,
    pub day: bool,
    pub time: bool,
}

/// What an expression means once resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeValue {
    pub kind: TimexType,
    /// The TIMEX3 value string (`2025-04-17`, `2025-W15`, `P3Y`, `PAST_REF`, `XXXX-04-17`).
    pub value: String,
    pub grain: Option<Grain>,
    pub interval: Option<Interval>,
    pub modifier: Option<Mod>,
    /// SET attributes (`EACH`, `EVERY`) and frequencies (`1X`).
    pub quant: Option<String>,
    pub freq: Option<String>,
    pub given: Given,
    /// Short, human explanation of how the value was found.
    pub reason: String,
}

/// Which one [`TimeExpr::Picked`] takes: the nth inside the base (-1 for the last), or the first
/// after or the last before a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pick {
    Nth(i8),
    After,
    Before,
}

/// What [`TimeExpr::Picked`] takes: a weekday, a week or a weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PickedUnit {
    Day(chrono::Weekday),
    Week,
    Weekend,
}

/// A relation word before a unit or name: last / this / next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rel {
    Last,
    This,
    Next,
}

impl Rel {
    /// How many periods from the present one: -1 for "last", 0 for "this", 1 for "next".
    pub fn step(self) -> i32 {
        match self {
            Rel::Last => -1,
            Rel::This => 0,
            Rel::Next => 1,
        }
    }
}

/// Parts of the day, with their TIMEX3 codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayPart {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Midday => "MI",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// Units of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    /// The letter(s) of an ISO 8601 duration for this unit, and how many of it one unit is.
    pub fn duration_code(self) -> (&'static str, i64, bool) {
        // (code, multiplier, is time part)
        match self {
            Unit::Second => ("S", 1, true),
            Unit::Minute => ("M", 1, true),
            Unit::Hour => ("H", 1, true),
            Unit::Day => ("D", 1, false),
            Unit::Weekend => ("WE", 1, false),
            Unit::Week => ("W", 1, false),
            Unit::Fortnight => ("W", 2, false),
            Unit::Month => ("M", 1, false),
            Unit::Season => ("M", 3, false),
            Unit::Quarter => ("Q", 1, false),
            Unit::Half => ("M", 6, false),
            Unit::Year => ("Y", 1, false),
            Unit::Decade => ("DE", 1, false),
            Unit::Century => ("CE", 1, false),
            Unit::Millennium => ("ML", 1, false),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
    /// First month of the meteorological season (winter starts in December of the year before).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// How many: a number, or a vague amount ("several", "a few", "decades").
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Exact(f64),
    Vague,
}

/// A clock time: hour and minute, with the zone name if given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clock {
    pub hour: u32,
    pub minute: u32,
}

/// The fuzzy references of TIMEX3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FuzzyRef {
    Past,
    Present,
    Future,
}

impl FuzzyRef {
    pub fn value(self) -> &'static str {
        match self {
            FuzzyRef::Past => "PAST_REF",
            FuzzyRef::Present => "PRESENT_REF",
            FuzzyRef::Future => "FUTURE_REF",
        }
    }
}

/// The part of a period an expression points at: "earlier this week", "late 2019".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodPart {
    /// "earlier this week": from the start of the period up to the anchor.
    Earlier,
    /// "later this month": from the anchor to the end of the period.
    Later,
}

/// Named holidays, fixed and moveable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYearsDay,
    ValentinesDay,
    StPatricksDay,
    GoodFriday,
    Easter,
    MothersDay,
    MemorialDay,
    FathersDay,
    IndependenceDay,
    LaborDay,
    Halloween,
    AprilFools,
    VeteransDay,
    Thanksgiving,
    Christmas,
    NewYearsEve,
    /// The United States' general election day: the Tuesday after the first Monday of November.
    ElectionDay,
    /// Super Tuesday: the biggest day of the U.S. presidential primaries, early in March.
    SuperTuesday,
    /// The U.S. presidential Inauguration Day: January 20 (March 4 before 1937).
    InaugurationDay,
    /// Remembrance Sunday (United Kingdom): the second Sunday of November.
    RemembranceSunday,
    /// The day after Thanksgiving.
    BlackFriday,
    /// The Monday after Thanksgiving.
    CyberMonday,
    /// Holy Week and Lent, counted from Easter.
    AshWednesday,
    PalmSunday,
    HolyThursday,
    HolySaturday,
    /// The Monday after Easter.
    EasterMonday,
    /// Martin Luther King Jr. Day: the third Monday of January.
    MlkDay,
    /// Presidents' Day (Washington's Birthday): the third Monday of February.
    PresidentsDay,
    /// Columbus Day: the second Monday of October.
    ColumbusDay,
    /// Juneteenth: June 19.
    Juneteenth,
    /// May Day: May 1.
    MayDay,
    /// Boxing Day: December 26.
    BoxingDay,
    /// The United Kingdom's summer bank holiday: the last Monday of August.
    AugustBankHoliday,
    /// The United Kingdom's spring bank holiday: the last Monday of May.
    SpringBankHoliday,
    /// The early May bank holiday (UK, Ireland): the first Monday of May.
    MayBankHoliday,
    /// Ireland's June bank holiday: the first Monday of June.
    JuneBankHoliday,
    /// Ireland's October bank holiday: the last Monday of October.
    OctoberBankHoliday,
    /// Patriots' Day (Massachusetts, Maine): the third Monday of April.
    PatriotsDay,
    /// Arbor Day (United States): the last Friday of April.
    ArborDay,
    /// Fixed days of other countries and of the church year.
    AnzacDay,
    RemembranceDay,
    CanadaDay,
    BastilleDay,
    AustraliaDay,
    GroundhogDay,
    EarthDay,
    FlagDay,
    CincoDeMayo,
    GuyFawkesNight,
    BurnsNight,
    StAndrewsDay,
    StGeorgesDay,
    StDavidsDay,
    Hogmanay,
    AllSaintsDay,
    AllSoulsDay,
    Epiphany,
    /// Counted from Easter: Shrove Tuesday (Mardi Gras), Ascension, Pentecost, Whit Monday,
    /// Mothering Sunday (the fourth Sunday of Lent).
    ShroveTuesday,
    AscensionDay,
    Pentecost,
    WhitMonday,
    MotheringSunday,
    /// Canada's Victoria Day: the Monday before May 25.
    VictoriaDay,
    /// Easter and Christmas of the Orthodox churches (Julian computus; Christmas on January 7).
    OrthodoxEaster,
    OrthodoxChristmas,
    /// Holidays of lunar and lunisolar calendars, looked up in `observances.tsv`.
    Lunar(Observance),
}

/// A holiday whose Gregorian date comes from a table, not a formula: the Chinese, Islamic,
/// Hebrew and Hindu calendars move against the Gregorian year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Observance {
    LunarNewYear,
    DragonBoat,
    MidAutumn,
    EidAlFitr,
    EidAlAdha,
    RoshHashanah,
    YomKippur,
    Sukkot,
    Hanukkah,
    Purim,
    Passover,
    Shavuot,
    Diwali,
    Holi,
}

/// What the text says about a time, before any anchor is used.
#[derive(Debug, Clone, PartialEq)]
pub enum TimeExpr {
    /// A calendar date with missing parts: "April 17", "2018", "4/17/2025", "March" (a bare month),
    /// optionally with a clock time or part of day ("April 17 at 3 p.m.").
    Calendar {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
        rel: Option<Rel>,
        clock: Option<Clock>,
        part: Option<DayPart>,
        /// "June last year", "May of next year": the year counted from publication.
        year_rel: Option<Rel>,
    },
    /// A weekday: "Saturday", "last Friday", "Thursday morning", "Friday at 3 p.m.".
    Weekday {
        day: Weekday,
        rel: Option<Rel>,
        clock: Option<Clock>,
        part: Option<DayPart>,
    },
    /// today, yesterday, tomorrow, tonight, this morning: a day counted from the anchor day.
    DayOffset {
        offset: i64,
        clock: Option<Clock>,
        part: Option<DayPart>,
    },
    /// A clock time alone: "at 3 p.m.", "midnight"; the day comes from the anchor.
    ClockTime { clock: Clock },
    /// "last week", "this year", "next month", "the weekend", "earlier this week".
    RelUnit {
        rel: Rel,
        unit: Unit,
        part: Option<PeriodPart>,
    },
    /// "two years ago", "in three days", "a decade ago".
    Shift {
        amount: Amount,
        unit: Unit,
        forward: bool,
    },
    /// Counted from the last mentioned time: "the next day", "two days later", "a year earlier",
    /// "that week", "the same day".
    Anaphor {
        offset: i64,
        unit: Unit,
        /// "the next morning", "that night": a part of the anchored day
        part: Option<DayPart>,
    },
    /// "summer", "last fall", "winter 2024".
    Season {
        season: Season,
        year: Option<i32>,
        rel: Option<Rel>,
    },
    /// "the third quarter", "fiscal 1998", "the first half of 2020"; `rel` for "last quarter".
    Quarter {
        quarter: Option<u32>,
        year: Option<i32>,
        rel: Option<Rel>,
    },
    Half {
        half: Option<u32>,
        year: Option<i32>,
        rel: Option<Rel>,
    },
    /// "the 1990s" (decade = 199), "the '80s" (century unknown).
    Decade { decade: i32, century_given: bool },
    /// "the 19th century" (n = 19).
    Century { n: i32 },
    /// now, recently, soon, in the past.
    Fuzzy(FuzzyRef),
    /// "three years", "a five-hour meeting", "decades"; `anchored` for "the past three years".
    Duration { amount: Amount, unit: Unit },
    /// "50 years ago this week", "a century ago today": the week (or day, month) of publication
    /// moved back by the amount.
    /// `weekday`: "Forty years ago Wednesday", the weekday nearest publication moved back.
    AgoThis {
        amount: i64,
        unit: Unit,
        of: Unit,
        weekday: Option<Weekday>,
    },
    /// "a week from Sunday", "ten days from today": a number of days counted from a day the
    /// text names, itself resolved as usual.
    DaysAfter { days: i64, base: Box<TimeExpr> },
    /// "the first weekend of October", "the second Tuesday in March", "the last week of 1999",
    /// "the Saturday after Thanksgiving": a day, week or weekend picked inside or beside a time
    /// the text names, itself resolved as usual.
    Picked {
        pick: Pick,
        what: PickedUnit,
        base: Box<TimeExpr>,
    },
    /// "2 hours 17 minutes 41 seconds", "a year and two months": whole amounts of falling
    /// units, written as one duration (PT2H17M41S).
    Compound { parts: [Option<(f64, Unit)>; 4] },
    /// "every Monday", "each year", "weekly"; `value` is the TIMEX3 value.
    Set {
        unit: Unit,
        every: Option<Weekday>,
        quant: Option<&'static str>,
        /// How many units between times: 2 for "every other week", 0 for a vague count
        /// ("every few minutes", PTXM).
        n: i64,
        /// "every December": the month that repeats
        month: Option<u32>,
        /// "every Sunday afternoon", "Tuesday nights"
        part: Option<DayPart>,
        /// "every spring": the season that repeats
        season: Option<Season>,
        /// "every December 17", "the 13th of every month": the day of the month that repeats
        day: Option<u32>,
    },
    /// A holiday with an optional year; `eve` for the day before, `weekend` for the weekend around.
    Holiday {
        holiday: Holiday,
        year: Option<i32>,
        eve: bool,
        weekend: bool,
        /// "Thanksgiving evening", "Christmas morning"
        part: Option<DayPart>,
        /// "last Halloween", "next Christmas", "this Thanksgiving"
        rel: Option<Rel>,
        /// "8 p.m. Thanksgiving night", "2 a.m. New Year's Day": a clock time on the holiday
        clock: Option<Clock>,
    },
    /// "in the new year": the year that begins at the next New Year's Day, once the old one is
    /// in its second half; the present year before that.
    NewYear,
    /// An expression the scanner saw but does not give a value to (kept with an X value).
    Unknown { value: &'static str },
}

impl TimeExpr {
    /// A weekday named alone: "Tuesday", "Wed.", "a Tuesday" beside a date.
    pub fn weekday(day: chrono::Weekday) -> TimeExpr {
        TimeExpr::Weekday {
            day,
            rel: None,
            clock: None,
            part: None,
        }
    }

    /// A day of a month, with the year if written: "17 August", "May 2, 1996".
    pub fn date(year: Option<i32>, month: u32, day: u32) -> TimeExpr {
        TimeExpr::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            rel: None,
            clock: None,
            part: None,
            year_rel: None,
        }
    }

    /// The year and month of a day of a month with no clock ("May 2", "7 September 2005").
    pub fn day_of_month(&self) -> Option<(Option<i32>, u32)> {
        match *self {
            TimeExpr::Calendar {
                year,
                month: Some(month),
                day: Some(_),
                clock: None,
                ..
            } => Some((year, month)),
            _ => None,
        }
    }

    /// A whole year as written: "2018", "fiscal 1989", "nineteen ninety-six".
    pub fn year(y: i32) -> TimeExpr {
        TimeExpr::Calendar {
            year: Some(y),
            month: None,
            day: None,
            rel: None,
            clock: None,
            part: None,
            year_rel: None,
        }
    }
}
