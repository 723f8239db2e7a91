//! Word tables: names of days and months, units, numbers, parts of the day, seasons, and the
//! function words the scanner's rules are written with.

use crate::timex::{DayPart, Season, Unit};
use chrono::Weekday;

pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// (word, month number, is an abbreviation)
pub const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, false),
    ("february", 2, false),
    ("march", 3, false),
    ("april", 4, false),
    ("may", 5, false),
    ("june", 6, false),
    ("july", 7, false),
    ("august", 8, false),
    ("september", 9, false),
    ("october", 10, false),
    ("november", 11, false),
    ("december", 12, false),
    ("jan", 1, true),
    ("feb", 2, true),
    ("mar", 3, true),
    ("apr", 4, true),
    ("jun", 6, true),
    ("jul", 7, true),
    ("aug", 8, true),
    ("sep", 9, true),
    ("sept", 9, true),
    ("oct", 10, true),
    ("nov", 11, true),
    ("dec", 12, true),
];

/// (word, unit, is plural)
pub const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("min", Unit::Minute, false),
    ("mins", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("hr", Unit::Hour, false),
    ("hrs", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("fortnight", Unit::Fortnight, false),
    ("fortnights", Unit::Fortnight, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("yr", Unit::Year, false),
    ("yrs", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
    ("millennium", Unit::Millennium, false),
    ("millennia", Unit::Millennium, true),
];

pub const NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("dozen", 12),
];

pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("thirtieth", 30),
];

pub const DAY_PARTS: &[(&str, DayPart)] = &[
    ("morning", DayPart::Morning),
    ("mornings", DayPart::Morning),
    ("afternoon", DayPart::Afternoon),
    ("afternoons", DayPart::Afternoon),
    ("evening", DayPart::Evening),
    ("evenings", DayPart::Evening),
    ("night", DayPart::Night),
    ("nights", DayPart::Night),
    ("overnight", DayPart::Night),
];

pub const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("winter", Season::Winter),
    // ("expects to decide by midsummer")
    ("midsummer", Season::Summer),
    ("midwinter", Season::Winter),
];

/// Word classes the rules refer to by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    The,
    A,
    Last,
    This,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Latest,
    Ago,
    Later,
    Earlier,
    Before,
    After,
    Hence,
    Same,
    That,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    PastRef,
    FutureRef,
    Every,
    Each,
    Per,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Approx,
    Few,
    Several,
    Many,
    Half,
    Fiscal,
    Noon,
    Midnight,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    Hourly,
    In,
    Of,
    And,
    Through,
    To,
    From,
    Between,
    Until,
    Since,
    For,
    During,
    Within,
    Year,
    Ago2,
}

pub const CLASSES: &[(&str, Class)] = &[
    ("the", Class::The),
    ("a", Class::A),
    ("an", Class::A),
    ("last", Class::Last),
    ("this", Class::This),
    ("next", Class::Next),
    ("past", Class::Past),
    ("coming", Class::Coming),
    ("upcoming", Class::Coming),
    ("previous", Class::Previous),
    ("prior", Class::Previous),
    ("preceding", Class::Previous),
    ("following", Class::Following),
    ("current", Class::Current),
    ("latest", Class::Latest),
    ("ago", Class::Ago),
    ("later", Class::Later),
    ("earlier", Class::Earlier),
    ("before", Class::Before),
    ("after", Class::After),
    ("hence", Class::Hence),
    ("same", Class::Same),
    ("that", Class::That),
    ("today", Class::Today),
    ("yesterday", Class::Yesterday),
    ("tomorrow", Class::Tomorrow),
    ("tonight", Class::Tonight),
    ("now", Class::Now),
    ("currently", Class::Now),
    ("nowadays", Class::Now),
    ("recently", Class::PastRef),
    ("lately", Class::PastRef),
    ("previously", Class::PastRef),
    ("formerly", Class::PastRef),
    ("once", Class::PastRef),
    ("recent", Class::PastRef),
    ("former", Class::PastRef),
    ("soon", Class::FutureRef),
    ("shortly", Class::FutureRef),
    ("future", Class::FutureRef),
    ("every", Class::Every),
    ("each", Class::Each),
    ("per", Class::Per),
    ("early", Class::Early),
    ("late", Class::Late),
    ("mid", Class::Mid),
    ("middle", Class::Middle),
    ("end", Class::End),
    ("close", Class::End),
    ("beginning", Class::Beginning),
    ("start", Class::Start),
    ("dawn", Class::Start),
    ("about", Class::Approx),
    ("around", Class::Approx),
    ("nearly", Class::Approx),
    ("almost", Class::Approx),
    ("roughly", Class::Approx),
    ("approximately", Class::Approx),
    ("some", Class::Approx),
    ("few", Class::Few),
    ("several", Class::Several),
    ("many", Class::Many),
    ("numerous", Class::Many),
    ("half", Class::Half),
    ("fiscal", Class::Fiscal),
    ("noon", Class::Noon),
    ("midday", Class::Noon),
    ("midnight", Class::Midnight),
    ("daily", Class::Daily),
    ("nightly", Class::Daily),
    ("weekly", Class::Weekly),
    ("monthly", Class::Monthly),
    ("quarterly", Class::Quarterly),
    ("annually", Class::Yearly),
    ("yearly", Class::Yearly),
    ("annual", Class::Yearly),
    ("hourly", Class::Hourly),
    ("in", Class::In),
    ("of", Class::Of),
    ("and", Class::And),
    ("through", Class::Through),
    ("thru", Class::Through),
    ("to", Class::To),
    ("from", Class::From),
    ("between", Class::Between),
    ("until", Class::Until),
    ("till", Class::Until),
    ("since", Class::Since),
    ("for", Class::For),
    ("during", Class::During),
    ("within", Class::Within),
];

/// Articles, possessives and demonstratives: after one of them an -ed word or "current" is an
/// adjective ("the revised figures", "its current wife") and a date is part of a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those",
];

/// Titles before a name, capitalised: a weekday or holiday after one is a person ("Mr. Friday",
/// "President Friday Jumbo").
pub const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "gov",
    "rep",
    "judge",
    "president",
    "gen",
    "col",
    "capt",
    "sgt",
    "rev",
    "pastor",
    "sir",
    "lady",
    "prof",
    "professor",
];

/// Titles that make a following "May" a name: "Mrs May", "Theresa May".
pub const NAME_TITLES: &[&str] = &[
    "mrs", "mr", "ms", "miss", "dr", "minister", "theresa", "brian", "june", "elaine", "rep",
    "sen", "prime", "gov", "judge", "lady", "sir",
];

/// Words that, right after a bare four-digit number, show it counts things rather than naming
/// a year: "2000 soldiers", "1999 votes". A year keeps its place before most other nouns
/// ("the 1998 budget").
/// Plural nouns that a year describes rather than counts: "1990 levels", "1998 earnings", "the
/// 1992 protests" (where "2000 soldiers" counts soldiers).
pub const YEAR_NOUNS: &[&str] = &[
    "levels",
    "earnings",
    "results",
    "sales",
    "profits",
    "revenues",
    "elections",
    "protests",
    "figures",
    "prices",
    "rates",
    "budgets",
    "forecasts",
    "estimates",
    "totals",
    "games",
    "olympics",
    "standards",
    "models",
    "riots",
    "talks",
    // "slid further from their 2024 highs"
    "highs",
    "lows",
];

/// Makers of cars: a year right before one, capitalised, is a model year ("a 2004 Honda Civic"),
/// not a time.
pub const CAR_MAKES: &[&str] = &[
    "ford",
    "chevrolet",
    "chevy",
    "honda",
    "toyota",
    "nissan",
    "dodge",
    "jeep",
    "buick",
    "cadillac",
    "pontiac",
    "chrysler",
    "volkswagen",
    "bmw",
    "mercedes",
    "mercedes-benz",
    "audi",
    "subaru",
    "mazda",
    "hyundai",
    "kia",
    "oldsmobile",
    "plymouth",
    "volvo",
    "tesla",
    "lexus",
    "acura",
    "gmc",
    "porsche",
    "mitsubishi",
    "saab",
    "datsun",
];

/// Units of measure: a number before one is an amount, never a year ("the 1500 metres").
pub const MEASURE_UNITS: &[&str] = &[
    "metres",
    "meters",
    "metre",
    "meter",
    "m",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "feet",
    "ft",
    "yards",
    "kg",
    "kilograms",
    "tonnes",
    "tons",
    "percent",
    "mph",
    "kph",
    "knots",
    "degrees",
    "calories",
    "litres",
    "liters",
    "gallons",
    "barrels",
    "hectares",
    "acres",
    "megawatts",
    "mw",
];

pub fn counts_things(next_lower: &str) -> bool {
    if next_lower.len() > 3 && next_lower.ends_with('s') && !next_lower.ends_with("ss") {
        // Plural nouns after a number count them; "1990s" is one token and never gets here.
        return true;
    }
    matches!(
        next_lower,
        "people"
            | "men"
            | "women"
            | "children"
            | "feet"
            | "foot"
            | "meters"
            | "metres"
            | "miles"
            | "km"
            | "kg"
            | "tons"
            | "tonnes"
            | "percent"
            | "%"
            | "pounds"
            | "dollars"
            | "euros"
            | "yen"
            | "mph"
            | "cc"
            | "mm"
            | "cm"
            | "calories"
            | "police"
            | "staff"
            | "personnel"
            | "sq"
            | "square"
            | "acres"
            | "hectares"
            | "barrels"
            | "units"
            | "gallons"
            | "bpd"
            | "megawatts"
            | "mw"
            | "gb"
            | "mb"
            | "degrees"
            | "th"
            | "x"
    )
}
