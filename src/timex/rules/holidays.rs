//! Rules for holidays, fixed and moveable, with their Eve and weekend forms.

use super::*;

pub(super) fn holiday(s: &Scanner, i: usize) -> Option<Found> {
    let w = s.w(i);
    // "Last Halloween", "next Christmas", "this Thanksgiving"
    if let Some((rel, j)) = rel_word(s, i) {
        let mut inner = holiday(s, j)?;
        if let TimeExpr::Holiday {
            rel: ref mut r @ None,
            year: None,
            ..
        } = inner.expr
        {
            *r = Some(rel);
            return Some(inner);
        }
        return None;
    }
    // "the Labor Day weekend": the article belongs to the weekend
    if w == "the" && !matches!(s.w(i + 1), "fourth" | "4th") {
        let inner = holiday(s, i + 1)?;
        // ("the August bank holiday", "the Mid-Autumn Festival": the article belongs to it)
        let whole = matches!(
            inner.expr,
            TimeExpr::Holiday { weekend: true, .. }
                | TimeExpr::Holiday {
                    holiday: Holiday::AugustBankHoliday
                        | Holiday::SpringBankHoliday
                        | Holiday::MayBankHoliday
                        | Holiday::JuneBankHoliday
                        | Holiday::OctoberBankHoliday
                        | Holiday::Lunar(Observance::DragonBoat | Observance::MidAutumn),
                    ..
                }
        );
        return whole.then_some(inner);
    }
    let (h, mut j) = match w {
        // ("a Christmas present", "a Christmas tree": a kind of thing, not the day)
        "christmas" | "xmas"
            if i > 0
                && s.is_class(i - 1, Class::A)
                && s.tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Word && !t.capitalized)
                && !matches!(
                    s.w(i + 1),
                    "eve"
                        | "day"
                        | "weekend"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "to"
                        | "that"
                        | "when"
                        | "in"
                        | "of"
                        | "like"
                ) =>
        {
            return None;
        }
        "christmas" | "xmas" => {
            if s.is(i + 1, "eve") {
                return holiday_tail(s, i + 2, Holiday::Christmas, true);
            }
            (
                Holiday::Christmas,
                if s.is(i + 1, "day") { i + 2 } else { i + 1 },
            )
        }
        "new"
            if s.capitalized(i)
                && (s.is(i + 1, "year's") || s.is(i + 1, "year’s") || s.is(i + 1, "years")) =>
        {
            if s.is(i + 2, "eve") {
                return holiday_tail(s, i + 3, Holiday::NewYearsEve, false);
            }
            if s.is(i + 2, "day") {
                (Holiday::NewYearsDay, i + 3)
            } else if s.is(i + 2, "weekend") {
                // "the New Year's weekend": the weekend around New Year's Day
                (Holiday::NewYearsDay, i + 2)
            } else if i > 0
                && matches!(
                    s.w(i - 1),
                    "on" | "this" | "last" | "next" | "since" | "until"
                )
                && (s
                    .tokens
                    .get(i + 2)
                    .is_none_or(|t| t.kind != crate::text::TokenKind::Word)
                    || matches!(s.w(i + 2), "is" | "was" | "will" | "and" | "when"))
            {
                // "on New Year's", "This New Year's was the first": the day itself, standing
                // alone (not "New Year's resolutions")
                (Holiday::NewYearsDay, i + 2)
            } else {
                return None;
            }
        }
        "easter" if s.is(i + 1, "monday") => (Holiday::EasterMonday, i + 2),
        // "Easter Eve", "Thanksgiving Eve": the day before
        "easter" if s.is(i + 1, "eve") && s.capitalized(i) => {
            return holiday_tail(s, i + 2, Holiday::Easter, true);
        }
        "thanksgiving" if s.is(i + 1, "eve") && s.capitalized(i) => {
            return holiday_tail(s, i + 2, Holiday::Thanksgiving, true);
        }
        // "April Fools' Day"
        "april" if matches!(s.w(i + 1), "fools'" | "fools" | "fool's" | "fools’") => {
            // (the apostrophe after "Fools" may be a token of its own)
            let k = if matches!(s.w(i + 2), "'" | "’") && s.glued(i + 2) {
                i + 3
            } else {
                i + 2
            };
            if !s.is(k, "day") {
                return None;
            }
            (Holiday::AprilFools, k + 1)
        }
        // "the July Fourth weekend", "the July 4 weekend": the holiday's weekend
        "july" if matches!(s.w(i + 1), "fourth" | "4th" | "4") && s.is(i + 2, "weekend") => {
            (Holiday::IndependenceDay, i + 2)
        }
        "easter" => (
            Holiday::Easter,
            if s.is(i + 1, "sunday") || s.is(i + 1, "day") {
                i + 2
            } else {
                i + 1
            },
        ),
        // "Martin Luther King Jr. Day", "Martin Luther King Day", "MLK Day"
        "martin" if s.is(i + 1, "luther") && s.is(i + 2, "king") => {
            let mut k = i + 3;
            if matches!(s.w(k), "jr" | "jr.") {
                k += 1;
            }
            if s.w(k) == "." {
                k += 1;
            }
            if s.w(k) == "," {
                return None;
            }
            // ("closed Monday for the Martin Luther King Jr. holiday", "on Monday, the Martin
            // Luther King Jr. holiday": the day off itself; not the institution, "signed the bill
            // creating the Martin Luther King Jr. holiday")
            let day_off = s.is(k, "holiday")
                && i > 1
                && s.is_class(i - 1, Class::The)
                && matches!(s.w(i - 2), "for" | "over" | "during" | ",");
            if !s.is(k, "day") && !day_off {
                return None;
            }
            (Holiday::MlkDay, k + 1)
        }
        "mlk" if s.is(i + 1, "day") => (Holiday::MlkDay, i + 2),
        "boxing" if s.is(i + 1, "day") && s.capitalized(i + 1) => (Holiday::BoxingDay, i + 2),
        // "the August bank holiday", "the Spring Bank Holiday" (British: the last Monday of
        // August, of May)
        "august" if s.is(i + 1, "bank") && s.is(i + 2, "holiday") => {
            (Holiday::AugustBankHoliday, i + 3)
        }
        "spring" if s.is(i + 1, "bank") && s.is(i + 2, "holiday") => {
            (Holiday::SpringBankHoliday, i + 3)
        }
        // "the May bank holiday", "the June bank holiday" (Ireland), "the October bank holiday"
        "may" if s.is(i + 1, "bank") && s.is(i + 2, "holiday") => (Holiday::MayBankHoliday, i + 3),
        // "the May Day bank holiday": the early May bank holiday, a Monday, not May 1
        "may" if s.is(i + 1, "day") && s.is(i + 2, "bank") && s.is(i + 3, "holiday") => {
            (Holiday::MayBankHoliday, i + 4)
        }
        "june" if s.is(i + 1, "bank") && s.is(i + 2, "holiday") => {
            (Holiday::JuneBankHoliday, i + 3)
        }
        "october" if s.is(i + 1, "bank") && s.is(i + 2, "holiday") => {
            (Holiday::OctoberBankHoliday, i + 3)
        }
        "patriots" | "patriots'" | "patriot's" | "patriots’" if s.capitalized(i) => {
            (Holiday::PatriotsDay, plural_day_end(s, i)?)
        }
        // "closed for King Day"
        "king" if s.is(i + 1, "day") && s.capitalized(i + 1) => (Holiday::MlkDay, i + 2),
        // "the May Day march" (both words capitalised: "may day" is rarely anything else)
        "may" if s.is(i + 1, "day") && s.capitalized(i + 1) => (Holiday::MayDay, i + 2),
        "presidents" | "presidents'" | "president's" | "presidents’" if s.capitalized(i) => {
            (Holiday::PresidentsDay, plural_day_end(s, i)?)
        }
        "columbus" if s.is(i + 1, "day") && s.capitalized(i + 1) => (Holiday::ColumbusDay, i + 2),
        "juneteenth" => (Holiday::Juneteenth, i + 1),
        // "Fourth of July fireworks" (capitalised: "the fourth of July" may be a date)
        "fourth" if s.capitalized(i) && s.is(i + 1, "of") && s.is(i + 2, "july") => {
            (Holiday::IndependenceDay, i + 3)
        }
        // ("Good Friday's game": the possessive is one token with the day)
        "good" if s.capitalized(i) && matches!(s.w(i + 1), "friday" | "friday's" | "friday’s") => {
            (Holiday::GoodFriday, i + 2)
        }
        "thanksgiving" => (
            Holiday::Thanksgiving,
            if s.is(i + 1, "day") { i + 2 } else { i + 1 },
        ),
        "memorial" if s.is(i + 1, "day") && s.capitalized(i) => (Holiday::MemorialDay, i + 2),
        "labor" | "labour" if s.is(i + 1, "day") && s.capitalized(i) => (Holiday::LaborDay, i + 2),
        "independence" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::IndependenceDay, i + 2)
        }
        "mother's" | "mothers" | "mother’s" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::MothersDay, i + 2)
        }
        "father's" | "fathers" | "father’s" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::FathersDay, i + 2)
        }
        "valentine's" | "valentine’s" if s.is(i + 1, "day") => (Holiday::ValentinesDay, i + 2),
        "halloween" => (Holiday::Halloween, i + 1),
        "election" if s.is(i + 1, "day") && s.capitalized(i) && s.capitalized(i + 1) => {
            (Holiday::ElectionDay, i + 2)
        }
        "super" if s.is(i + 1, "tuesday") && s.capitalized(i) => (Holiday::SuperTuesday, i + 2),
        // ("on inauguration day", "Inauguration Day")
        "inauguration" if s.is(i + 1, "day") => (Holiday::InaugurationDay, i + 2),
        "remembrance" if s.is(i + 1, "sunday") && s.capitalized(i) => {
            (Holiday::RemembranceSunday, i + 2)
        }
        "black" if s.is(i + 1, "friday") && s.capitalized(i) => (Holiday::BlackFriday, i + 2),
        "cyber" if s.is(i + 1, "monday") && s.capitalized(i) => (Holiday::CyberMonday, i + 2),
        "ash" if s.is(i + 1, "wednesday") && s.capitalized(i) => (Holiday::AshWednesday, i + 2),
        "palm" if s.is(i + 1, "sunday") && s.capitalized(i) => (Holiday::PalmSunday, i + 2),
        "holy" | "maundy" if s.is(i + 1, "thursday") && s.capitalized(i) => {
            (Holiday::HolyThursday, i + 2)
        }
        "holy" if s.is(i + 1, "saturday") && s.capitalized(i) => (Holiday::HolySaturday, i + 2),
        "veterans" | "veterans'" if s.is(i + 1, "day") && s.capitalized(i) => {
            (Holiday::VeteransDay, i + 2)
        }
        "the"
            if matches!(s.w(i + 1), "fourth" | "4th")
                && s.is(i + 2, "of")
                && s.is(i + 3, "july") =>
        {
            (Holiday::IndependenceDay, i + 4)
        }
        "st" | "saint" if s.capitalized(i) => {
            let k = if s.w(i + 1) == "." { i + 2 } else { i + 1 };
            let h = match s.w(k) {
                "patrick's" | "patrick’s" | "patricks" => Holiday::StPatricksDay,
                "andrew's" | "andrew’s" | "andrews" => Holiday::StAndrewsDay,
                "george's" | "george’s" | "georges" => Holiday::StGeorgesDay,
                "david's" | "david’s" | "davids" => Holiday::StDavidsDay,
                _ => return None,
            };
            if !s.is(k + 1, "day") {
                return None;
            }
            (h, k + 2)
        }
        _ => other_calendar_holiday(s, i)?,
    };
    if !s.capitalized(i) && w != "the" {
        return None;
    }
    // "Easter egg sales", "Christmas decorations", "Halloween costumes": things of the holiday,
    // not its day
    if matches!(
        s.w(j),
        "egg"
            | "eggs"
            | "bunny"
            | "decorations"
            | "tree"
            | "trees"
            | "card"
            | "cards"
            | "carol"
            | "carols"
            | "lights"
            | "market"
            | "markets"
            | "pudding"
            | "costume"
            | "costumes"
            | "candy"
            | "pumpkin"
            | "pumpkins"
            | "island"
            | "ornaments"
            | "stockings"
            | "seder"
            | "seders"
            | "menorah"
            | "candles"
            | "lamps"
            | "sweets"
    ) {
        return None;
    }
    if s.w(j) == "day" && h == Holiday::Christmas {
        j += 1;
    }
    // "the August bank holiday Monday": the holiday's own weekday after its name
    if s.is(j, "monday")
        && matches!(
            h,
            Holiday::AugustBankHoliday
                | Holiday::SpringBankHoliday
                | Holiday::MayBankHoliday
                | Holiday::JuneBankHoliday
                | Holiday::OctoberBankHoliday
        )
    {
        j += 1;
    }
    holiday_tail(s, j, h, false)
}

pub(super) fn holiday_tail(s: &Scanner, j: usize, holiday: Holiday, eve: bool) -> Option<Found> {
    // ("the Easter long weekend", "the Easter bank holiday weekend": the weekend, too)
    let weekend_at = if s.is(j, "long") && s.is(j + 1, "weekend") {
        j + 1
    } else if s.is(j, "bank") && s.is(j + 1, "holiday") && s.is(j + 2, "weekend") {
        j + 2
    } else {
        j
    };
    let weekend = s.is(weekend_at, "weekend");
    // "Thanksgiving evening", "Christmas morning" (one part, not "mornings")
    let part = (!weekend && !s.info(j).is_some_and(|x| x.plural))
        .then(|| day_part(s, j))
        .flatten();
    let mut end = if weekend {
        weekend_at + 1
    } else if part.is_some() {
        j + 1
    } else {
        j
    };
    let mut year = None;
    let mut rel = None;
    if let Some((y, e)) = year_after(s, end) {
        // ("New Year's Day, 1863" with the year after a comma, when the year closes the phrase:
        // not "by Christmas, 2000 workers")
        let closes = e >= s.limit || matches!(s.w(e), "," | "." | ";" | ")" | "and" | "when");
        if s.w(end) != "," || closes {
            year = Some(y);
            end = e;
        }
    } else if let Some(y) = year_of_event_named(s, end) {
        // "the Christmas Day storm of 2022": the year of the event the holiday names is the
        // holiday's (the span stays the holiday)
        year = Some(y);
    } else if s.is(end + 1, "year") && matches!(s.class(end), Some(Class::Last | Class::Next)) {
        // "on Valentine's Day last year", "Christmas next year" ("this year" after it is
        // written as an expression of its own)
        if let Some((r, _)) = rel_word(s, end) {
            rel = Some(r);
            end += 2;
        }
    } else if s.is_class(end, Class::Of) && s.is(end + 2, "year") {
        // "Christmas Eve of last year", "Easter of next year"
        if let Some((r, _)) = rel_word(s, end + 1) {
            rel = Some(r);
            end += 3;
        }
    }
    found(
        end,
        TimeExpr::Holiday {
            holiday,
            year,
            eve,
            weekend,
            part,
            rel,
            clock: None,
        },
    )
}

/// "storm of 2022" at `k`, after a holiday: a lower-case noun, "of" and a year. The year.
fn year_of_event_named(s: &Scanner, k: usize) -> Option<i32> {
    let noun = s
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == crate::text::TokenKind::Word && !t.capitalized);
    if !(noun && k < s.limit && s.is_class(k + 1, Class::Of)) {
        return None;
    }
    year_after(s, k + 2).map(|(y, _)| y)
}

/// "the day after Thanksgiving", "the day before Christmas Eve", "the day after Oct. 12": one
/// day counted from a holiday or a calendar date.
pub(super) fn day_beside(s: &Scanner, i: usize) -> Option<Found> {
    beside(s, i, "day", 1)
}

/// "the week before Christmas", "the week after Easter", "the week before May 26": the week a
/// week off a holiday or a date. The rule gives the day a week off; the resolver widens it to its
/// week (rule name "week_beside").
pub(super) fn week_beside(s: &Scanner, i: usize) -> Option<Found> {
    beside(s, i, "week", 7)
}

/// "the `unit` after / before" a single day (a holiday, a calendar date, or for a day a weekday):
/// that day moved by `days`, forward or back.
fn beside(s: &Scanner, i: usize, unit: &str, days: i64) -> Option<Found> {
    if !s.is_class(i, Class::The) || !s.is(i + 1, unit) {
        return None;
    }
    let days = match s.w(i + 2) {
        "after" => days,
        "before" => -days,
        _ => return None,
    };
    // ("the day before last Tuesday's hearing": a weekday, with "last" or not; a week is counted
    // from a holiday or a date only)
    let base = holiday(s, i + 3)
        .or_else(|| month_day(s, i + 3))
        .or_else(|| (unit == "day").then(|| weekday(s, i + 3)).flatten())?;
    let one_day = matches!(
        base.expr,
        TimeExpr::Holiday {
            weekend: false,
            part: None,
            clock: None,
            ..
        } | TimeExpr::Calendar {
            day: Some(_),
            clock: None,
            part: None,
            ..
        } | TimeExpr::Weekday {
            clock: None,
            part: None,
            ..
        }
    );
    if !one_day {
        return None;
    }
    found(
        base.end,
        TimeExpr::DaysAfter {
            days,
            base: Box::new(base.expr),
        },
    )
}

/// Holidays of the Orthodox churches and of lunar and lunisolar calendars: "Orthodox Easter",
/// "Lunar New Year", "Eid al-Fitr", "Yom Kippur", "Diwali"; and days of other countries and of
/// the church year ("Anzac Day", "Canada Day", "Shrove Tuesday", "All Saints' Day"). The token
/// after the name, or `None`. (The name must be capitalised: the caller checks.)
fn other_calendar_holiday(s: &Scanner, i: usize) -> Option<(Holiday, usize)> {
    let lunar = Holiday::Lunar;
    let one = |h: Holiday| Some((h, i + 1));
    // "Anzac Day", "Canada Day": a capitalised name before a capitalised "Day"
    let day_after = |h: Holiday| (s.is(i + 1, "day") && s.capitalized(i + 1)).then_some((h, i + 2));
    match s.w(i) {
        "arbor" => day_after(Holiday::ArborDay),
        "anzac" => day_after(Holiday::AnzacDay),
        "remembrance" => day_after(Holiday::RemembranceDay),
        "canada" => day_after(Holiday::CanadaDay),
        "bastille" => day_after(Holiday::BastilleDay),
        "australia" => day_after(Holiday::AustraliaDay),
        "groundhog" => day_after(Holiday::GroundhogDay),
        "earth" => day_after(Holiday::EarthDay),
        "flag" => day_after(Holiday::FlagDay),
        "victoria" => day_after(Holiday::VictoriaDay),
        "ascension" => day_after(Holiday::AscensionDay),
        "cinco" if s.is(i + 1, "de") && s.is(i + 2, "mayo") => Some((Holiday::CincoDeMayo, i + 3)),
        "guy" if s.is(i + 1, "fawkes") => {
            let k = if matches!(s.w(i + 2), "night" | "day") {
                i + 3
            } else {
                return None;
            };
            Some((Holiday::GuyFawkesNight, k))
        }
        "bonfire" if s.is(i + 1, "night") && s.capitalized(i + 1) => {
            Some((Holiday::GuyFawkesNight, i + 2))
        }
        "burns" if s.is(i + 1, "night") && s.capitalized(i + 1) => {
            Some((Holiday::BurnsNight, i + 2))
        }
        "hogmanay" => one(Holiday::Hogmanay),
        "epiphany" => one(Holiday::Epiphany),
        "pentecost" => one(Holiday::Pentecost),
        "shrove" if s.is(i + 1, "tuesday") => Some((Holiday::ShroveTuesday, i + 2)),
        "mardi" if s.is(i + 1, "gras") => Some((Holiday::ShroveTuesday, i + 2)),
        "whit" if s.is(i + 1, "sunday") => Some((Holiday::Pentecost, i + 2)),
        "whit" if s.is(i + 1, "monday") => Some((Holiday::WhitMonday, i + 2)),
        "mothering" if s.is(i + 1, "sunday") => Some((Holiday::MotheringSunday, i + 2)),
        "indigenous"
            if s.is(i + 1, "peoples") || s.is(i + 1, "peoples'") || s.is(i + 1, "people's") =>
        {
            let k = plural_day_end(s, i + 1)?;
            Some((Holiday::ColumbusDay, k))
        }
        "all" if matches!(s.w(i + 1), "saints" | "saints'" | "souls" | "souls'") => {
            let h = if s.w(i + 1).starts_with("saints") {
                Holiday::AllSaintsDay
            } else {
                Holiday::AllSoulsDay
            };
            Some((h, plural_day_end(s, i + 1)?))
        }

        "orthodox" if s.is(i + 1, "easter") => Some((Holiday::OrthodoxEaster, i + 2)),
        "orthodox" if s.is(i + 1, "christmas") => Some((Holiday::OrthodoxChristmas, i + 2)),
        "lunar" | "chinese" if s.is(i + 1, "new") && s.is(i + 2, "year") => {
            Some((lunar(Observance::LunarNewYear), i + 3))
        }
        // "ahead of the Spring Festival": the Chinese name of the Lunar New Year
        // (after "the" only: "the Southbank Spring Festival" is some other festival)
        "spring"
            if s.capitalized(i)
                && s.capitalized(i + 1)
                && s.is(i + 1, "festival")
                && i > 0
                && s.is(i - 1, "the") =>
        {
            Some((lunar(Observance::LunarNewYear), i + 2))
        }
        "dragon" if s.is(i + 1, "boat") && s.is(i + 2, "festival") => {
            Some((lunar(Observance::DragonBoat), i + 3))
        }
        // "the Mid-Autumn Festival" (the season alone, "mid-autumn", is another rule's)
        "mid" => {
            let k = hyphen_words(s, i + 1, &["autumn"])?;
            s.is(k, "festival")
                .then_some((lunar(Observance::MidAutumn), k + 1))
        }
        // "Eid al-Fitr", "Eid-ul-Fitr", "Eid al Adha", "Eid ul-Azha"
        "eid" => {
            let k = hyphen_words(s, i + 1, &[])?;
            let k = if matches!(s.w(k), "al" | "ul" | "el") {
                hyphen_words(s, k + 1, &[])?
            } else {
                k
            };
            let o = match s.w(k) {
                "fitr" => Observance::EidAlFitr,
                "adha" | "azha" | "zuha" => Observance::EidAlAdha,
                _ => return None,
            };
            Some((lunar(o), k + 1))
        }
        "rosh" if matches!(s.w(i + 1), "hashanah" | "hashana") => {
            Some((lunar(Observance::RoshHashanah), i + 2))
        }
        "yom" if s.is(i + 1, "kippur") => Some((lunar(Observance::YomKippur), i + 2)),
        "sukkot" | "succot" | "sukkoth" => one(lunar(Observance::Sukkot)),
        "hanukkah" | "chanukah" | "hanukah" | "chanukkah" => one(lunar(Observance::Hanukkah)),
        "purim" => one(lunar(Observance::Purim)),
        "passover" | "pesach" => one(lunar(Observance::Passover)),
        "shavuot" | "shavuos" => one(lunar(Observance::Shavuot)),
        "diwali" | "deepavali" | "divali" => one(lunar(Observance::Diwali)),
        // ("Holi" before a capitalised word is more likely a name)
        "holi" if !s.capitalized(i + 1) => one(lunar(Observance::Holi)),
        _ => None,
    }
}

/// Skips hyphens between words from `k`, then expects `words` in order (each after optional
/// hyphens): the token after them.
fn hyphen_words(s: &Scanner, mut k: usize, words: &[&str]) -> Option<usize> {
    let skip = |s: &Scanner, mut k: usize| {
        while s.w(k) == "-" && s.glued(k) {
            k += 1;
        }
        k
    };
    k = skip(s, k);
    for w in words {
        if !s.is(k, w) {
            return None;
        }
        k = skip(s, k + 1);
    }
    Some(k)
}

/// "Presidents' Day", "Patriots' Day" at `i`: the token after "Day" (the apostrophe may be a
/// token of its own).
fn plural_day_end(s: &Scanner, i: usize) -> Option<usize> {
    let k = if matches!(s.w(i + 1), "'" | "’") {
        i + 2
    } else {
        i + 1
    };
    s.is(k, "day").then_some(k + 1)
}

/// "Nobody wants to relive Black Monday": days of market crashes known by name, each a single
/// day in history (Black Friday, the shopping day, is a holiday above).
pub(super) fn named_crash_day(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is(i, "black") && s.capitalized(i) && s.capitalized(i + 1)) {
        return None;
    }
    // (the 1987 and 1929 crashes on Wall Street, and sterling leaving the ERM in 1992)
    let (year, month, day) = match s.w(i + 1) {
        "monday" => (1987, 10, 19),
        "tuesday" => (1929, 10, 29),
        "thursday" => (1929, 10, 24),
        "wednesday" => (1992, 9, 16),
        _ => return None,
    };
    found(i + 2, TimeExpr::date(Some(year), month, day))
}
