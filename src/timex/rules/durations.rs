//! Rules for lengths of time and repeating times: "three years", "the past 18 months", "every Monday", "weekly".

use super::*;

/// "N units" at `i`: (amount, unit, next token) for plural or singular units.
pub(super) fn amount_unit(s: &Scanner, i: usize, a_counts: bool) -> Option<(Amount, Unit, usize)> {
    let (mut amount, mut j) = numeral(s, i, a_counts)?;
    // "two and a half years"
    if half_after(s, j) {
        if let Amount::Exact(x) = amount {
            amount = Amount::Exact(x + 0.5);
            j += 3;
        }
    }
    // "a half hour" / "half an hour" / "a quarter of a century"
    let j =
        if matches!(amount, Amount::Exact(x) if x == 0.5 || x == 0.25) && s.is_class(j, Class::A) {
            j + 1
        } else {
            j
        };
    let unit = s.info(j)?.unit?;
    // "a year-earlier loss", "a years-old slump": the unit starts a compound adjective
    if s.w(j + 1) == "-" && s.glued(j + 1) {
        return None;
    }
    let mut end = j + 1;
    if half_after(s, end) {
        if let Amount::Exact(x) = amount {
            amount = Amount::Exact(x + 0.5);
        }
        end += 3;
    } else if half_after(s, j) {
        return None;
    }
    // "a week or so": the hedge belongs to the amount
    if s.w(end) == "or" && s.w(end + 1) == "so" {
        end += 2;
    }
    Some((amount, unit, end))
}

/// Is "-and-a-half" at `k`, glued to the number before it and to a unit after it ("two-and-a-
/// half-year")?
fn hyphenated_half(s: &Scanner, k: usize) -> bool {
    ["-", "and", "-", "a", "-", "half", "-"]
        .iter()
        .enumerate()
        .all(|(n, w)| s.w(k + n) == *w && s.glued(k + n))
        && s.glued(k + 7)
}

pub(super) fn duration(s: &Scanner, i: usize) -> Option<Found> {
    // "a quarter of an hour", "three quarters of an hour": fifteen or forty-five minutes
    // (the class test first: this runs at every token that may start an expression)
    let quarters = if s.is_class(i, Class::A) && s.is(i + 1, "quarter") {
        Some((1, i + 2))
    } else if s.is(i + 1, "quarters") && s.is(i, "three") {
        Some((3, i + 2))
    } else {
        None
    };
    if let Some((n, k)) = quarters {
        // ("for a quarter of a century": 25 years, not "a century"; "ago" after it is the
        // shift's)
        if s.is_class(k, Class::Of)
            && s.is_class(k + 1, Class::A)
            && s.is(k + 2, "century")
            && !s.is_class(k + 3, Class::Ago)
        {
            return found(
                k + 3,
                TimeExpr::Duration {
                    amount: Amount::Exact(0.25 * f64::from(n)),
                    unit: Unit::Century,
                },
            );
        }
        if s.is_class(k, Class::Of) && s.is_class(k + 1, Class::A) && s.is(k + 2, "hour") {
            return found(
                k + 3,
                TimeExpr::Duration {
                    amount: Amount::Exact(f64::from(15 * n)),
                    unit: Unit::Minute,
                },
            );
        }
    }
    // "an extra hour", "an additional year": one more unit
    if s.is_class(i, Class::A) && matches!(s.w(i + 1), "extra" | "additional") {
        if let Some(unit) = s
            .info(i + 2)
            .filter(|x| !x.plural)
            .and_then(|x| x.unit)
            .filter(|u| !matches!(u, Unit::Weekend))
        {
            return found(
                i + 3,
                TimeExpr::Duration {
                    amount: Amount::Exact(1.0),
                    unit,
                },
            );
        }
    }
    // "in the early hours of Thursday morning": a part of that day, named by what follows
    // "Islam will one day be the second largest religion", "hopes to one day run": after a
    // modal or "to", "one day" is some day ahead, not a length
    if matches!(s.w(i), "one" | "some")
        && s.is(i + 1, "day")
        && i > 0
        && matches!(
            s.w(i - 1),
            "will" | "would" | "could" | "may" | "might" | "can" | "shall" | "should" | "to"
        )
    {
        return found(i + 2, TimeExpr::Fuzzy(FuzzyRef::Future));
    }
    // "a public servant for a quarter-century", "a half-century of rule": a part of a century
    // (or written apart: "after a quarter century in uniform"; not "a half century", which is
    // as often fifty runs in cricket)
    // (the article first: this runs at every token that may start an expression)
    let part_of_century = s.is_class(i, Class::A) && matches!(s.w(i + 1), "quarter" | "half");
    let hyphen = part_of_century && s.w(i + 2) == "-" && s.glued(i + 2) && s.glued(i + 3);
    let century_at = if hyphen { i + 3 } else { i + 2 };
    if part_of_century
        && (s.is(i + 1, "quarter") || hyphen)
        && s.is(century_at, "century")
        && s.w(century_at + 1) != "-"
    {
        let part = if s.is(i + 1, "quarter") { 0.25 } else { 0.5 };
        return found(
            century_at + 1,
            TimeExpr::Duration {
                amount: Amount::Exact(part),
                unit: Unit::Century,
            },
        );
    }
    // "waited three years for a day like this": a kind of day, not a length
    if s.is_class(i, Class::A)
        && s.info(i + 1).is_some_and(|x| x.unit.is_some())
        && s.is(i + 2, "like")
    {
        return None;
    }
    // "Hours will be 7 a.m. to 9 p.m. daily": opening hours, opening the sentence
    if s.is(i, "hours")
        && s.capitalized(i)
        && (i == 0 || matches!(s.w(i - 1), "." | "\n" | "\"" | "“"))
        && matches!(s.w(i + 1), "are" | "will" | "were" | "remain" | "vary")
    {
        return None;
    }
    // "changing its hours", "kept the same hours", "the store's hours", "during daylight hours":
    // when a place is open or work is done, not a length
    if s.is(i, "hours")
        && i > 0
        && (matches!(
            s.w(i - 1),
            "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "your"
                | "same"
                | "opening"
                | "business"
                | "office"
                | "visiting"
                | "working"
                | "store"
                | "normal"
                | "regular"
                | "daylight"
                | "extended"
                // ("reopened with expanded hours on Saturday")
                | "expanded"
                | "usual"
                | "summer"
                | "winter"
                | "reduced"
                | "shorter"
                | "longer"
                | "late-night"
                | "holiday"
                | "peak"
                | "off-peak"
                | "official"
                | "rush"
                // "voted to shorten bar hours", "polling hours"
                | "bar"
                | "pub"
                | "trading"
                | "operating"
                | "polling"
                | "shopping"
                | "school"
        ) || s.w(i - 1).ends_with("'s")
            // ("restaurants could cut hours": the hours of work; "cut hours off the journey" is
            // a length)
            || (matches!(s.w(i - 1), "cut" | "cuts" | "cutting" | "trim" | "trims" | "trimmed")
                && !matches!(s.w(i + 1), "off" | "from"))
            || s.w(i - 1).ends_with("’s"))
    {
        return None;
    }
    // "a second, weaker system", "a second term": the ordinal, not one second (which ends a
    // phrase: "for a second.", "a second later")
    if s.is_class(i, Class::A)
        && s.is(i + 1, "second")
        && !before_word(s, i, AMOUNT_WORDS_BEFORE_A)
        && (s.w(i + 2) == ","
            || (s
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
                && !matches!(
                    s.class(i + 2),
                    Some(Class::Later | Class::Earlier | Class::Ago | Class::Before | Class::After)
                )
                && !matches!(s.w(i + 2), "or" | "and" | "to" | "of" | "in" | "for")))
    {
        return None;
    }
    // "winds of 200 km an hour", "60 miles a minute": a speed, not a length of time
    if s.is_class(i, Class::A)
        && i > 0
        && matches!(
            s.w(i - 1),
            "km" | "kilometres"
                | "kilometers"
                | "miles"
                | "metres"
                | "meters"
                | "feet"
                | "knots"
                | "kph"
        )
    {
        return None;
    }
    // (the scanner reads "the early" as a modifier, so the rule sees "hours")
    if s.is(i, "hours")
        && i > 0
        && matches!(s.w(i - 1), "early" | "small" | "wee")
        && s.is_class(i + 1, Class::Of)
    {
        return None;
    }
    // "traded at $41.20 after hours": outside a market's trading hours
    if i > 0
        && s.is(i, "hours")
        && s.w(i - 1) == "after"
        && (i + 1 >= s.limit || matches!(s.w(i + 1), "," | "." | ";" | "trading" | "trade"))
    {
        return None;
    }
    // "42 light years from the Sun": a distance
    if i > 0 && s.is(i, "years") && s.w(i - 1) == "light" {
        return None;
    }
    // "watched the star for 11 nights", "five nights in a hotel": nights counted are days
    if matches!(s.w(i + 1), "nights" | "night") {
        if let Some((Amount::Exact(n), j)) = crate::timex::grammar::numeral(s, i, false) {
            if j == i + 1 && (n > 1.0) == s.is(i + 1, "nights") && n >= 1.0 {
                return found(
                    i + 2,
                    TimeExpr::Duration {
                        amount: Amount::Exact(n),
                        unit: Unit::Day,
                    },
                );
            }
        }
    }
    // "light-years" measure distance, "after-hours" and "man-hours" are other words
    if i > 1
        && s.info(i).is_some_and(|x| x.unit.is_some())
        && s.w(i - 1) == "-"
        && s.glued(i)
        && s.glued(i - 1)
        && matches!(
            s.w(i - 2),
            "light" | "after" | "man" | "person" | "work" | "off"
        )
    {
        return None;
    }
    // "a look at the week ahead": the next one
    if s.is_class(i, Class::The) && s.is(i + 2, "ahead") {
        if let Some(unit) = s
            .info(i + 1)
            .filter(|x| !x.plural)
            .and_then(|x| x.unit)
            .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))
        {
            return found(
                i + 3,
                TimeExpr::RelUnit {
                    rel: Rel::Next,
                    unit,
                    part: None,
                },
            );
        }
    }
    // "the weeks ahead", "the months ahead"
    if s.is_class(i, Class::The) {
        if let Some(unit) = s.info(i + 1).filter(|x| x.plural).and_then(|x| x.unit) {
            if s.is(i + 2, "ahead") {
                return found(
                    i + 3,
                    TimeExpr::Duration {
                        amount: Amount::Vague,
                        unit,
                    },
                );
            }
        }
    }
    // the past / last / next / first / coming N units
    let the = usize::from(s.is_class(i, Class::The));
    let mut j = i + the;
    let mut leading = false;
    if matches!(
        s.class(j),
        Some(
            Class::Past
                | Class::Last
                | Class::Next
                | Class::Coming
                | Class::Previous
                | Class::Following
        )
    ) || s.info(j).is_some_and(|x| x.ordinal == Some(1))
        // "he would spend the final 48 hours visiting bus stops"
        || (the == 1 && s.is(j, "final") && s.is_number(j + 1))
    {
        j += 1;
        leading = true;
    }
    // "the final four minutes", "played the full 48 minutes", "those ten days", "another few
    // weeks": words that pick out the whole stretch belong to it
    let whole_word = (the == 1 && matches!(s.w(j), "final" | "full" | "entire" | "whole"))
        || (the == 0 && matches!(s.w(i), "those" | "these" | "another"));
    if !leading && whole_word && amount_unit(s, j + 1, false).is_some() {
        let (amount, unit, end) = amount_unit(s, j + 1, false)?;
        return (s.info(end - 1).is_some_and(|x| x.plural) || s.is(i, "another")).then_some(
            Found {
                end,
                expr: TimeExpr::Duration { amount, unit },
            },
        );
    }
    if the == 1 && !leading {
        // "the nine months"
        let (amount, unit, end) = amount_unit(s, j, false)?;
        if !s.info(end - 1).is_some_and(|x| x.plural) {
            return None;
        }
        return found(end, TimeExpr::Duration { amount, unit });
    }
    // "coming weeks", "the coming years": an open stretch ahead
    if leading && s.is_class(j - 1, Class::Coming) {
        if let Some(info) = s.info(j).filter(|x| x.plural && x.unit.is_some()) {
            return found(
                j + 1,
                TimeExpr::Duration {
                    amount: Amount::Vague,
                    unit: info.unit?,
                },
            );
        }
    }
    if leading && (the == 1 || s.is_class(j - 1, Class::Past)) {
        // "the past three years" and "the past year" are lengths of time; "the last year" names
        // a period (below)
        if let Some(unit) = unit_at(s, j) {
            // "the last day of school", "the last day for students": a day of something else
            if unit == Unit::Day && matches!(s.w(j + 1), "of" | "for") {
                return None;
            }
            // (a length of `x` units, ending at token `end`)
            let length = |end: usize, x: f64| {
                found(
                    end,
                    TimeExpr::Duration {
                        amount: Amount::Exact(x),
                        unit,
                    },
                )
            };
            // "for the past year and a half", "over the last month and a half": one and a half
            // units up to now, a length
            if the == 1 && half_after(s, j + 1) {
                return length(j + 4, 1.5);
            }
            // "rained for the last hour": the hour up to now, a length
            // ("the last hour of trading", "the last hour before the deadline": a period
            // of something else)
            if the == 1
                && unit == Unit::Hour
                && s.is_class(j - 1, Class::Last)
                && !matches!(s.w(j + 1), "of" | "before")
            {
                return length(j + 1, 1.0);
            }
            // "stay until the last minute", "saved at the last second": an idiom, no period
            // of the calendar
            if the == 1
                && matches!(unit, Unit::Minute | Unit::Second)
                && s.is_class(j - 1, Class::Last)
            {
                return None;
            }
            // "the last quarter" names the quarter before: reports speak of quarters as dates;
            // "the last week", "the last decade" likewise name the period before publication.
            // "The past year", "the past month", "the past decade" are the stretch up to now,
            // a length (P1Y, P10Y), as "the past three years" is; only "the past quarter"
            // stays the quarter before, as reports use it.
            if the == 1
                && (s.is_class(j - 1, Class::Last) || s.is_class(j - 1, Class::Past))
                && !(s.is_class(j - 1, Class::Past) && unit != Unit::Quarter)
            {
                return found(
                    j + 1,
                    TimeExpr::RelUnit {
                        rel: Rel::Last,
                        unit,
                        part: None,
                    },
                );
            }
            if the == 1 && s.is_class(j - 1, Class::Past) | s.is_class(j - 1, Class::Last)
                || stretch_ahead(s, i)
            {
                return length(j + 1, 1.0);
            }
            return None;
        }
        let (amount, unit, end) = amount_unit(s, j, false)?;
        return found(end, TimeExpr::Duration { amount, unit });
    }
    if leading {
        return None;
    }
    // "five-hour", "45-minute", "24-hour", "two-year"
    if let Some((amount, k)) = numeral(s, i, false) {
        // "a two-and-a-half-year contract": the half inside the compound
        let (amount, k) = match amount {
            Amount::Exact(x) if hyphenated_half(s, k) => (Amount::Exact(x + 0.5), k + 6),
            _ => (amount, k),
        };
        if s.w(k) == "-" && s.glued(k) && s.glued(k + 1) {
            let unit = unit_at(s, k + 1)?;
            // "Forty-Second Street", "the twenty-second": an ordinal in words, not seconds
            if unit == Unit::Second && !s.is_number(i) {
                return None;
            }
            // "a five-year-old": ages are not durations here
            // "a three-quarter-point hike": a fraction of a point, not nine months
            if unit == Unit::Quarter
                && s.w(k + 2) == "-"
                && s.glued(k + 2)
                && matches!(s.w(k + 3), "point" | "percentage" | "percent")
            {
                return None;
            }
            // ("the 26-year-old's first win": the possessive too)
            if s.w(k + 2) == "-"
                && s.glued(k + 2)
                && matches!(s.w(k + 3), "old" | "old's" | "old’s" | "olds")
            {
                return None;
            }
            return found(k + 2, TimeExpr::Duration { amount, unit });
        }
    }
    // "has led the program for nine seasons", "after four seasons in Sweden": in a story about
    // games a season of play is counted as a year (not "the four seasons" of the weather)
    if let Some((amount, k)) = numeral(s, i, false) {
        if s.is(k, "seasons")
            && !(i > 0 && s.is_class(i - 1, Class::The))
            && sports_context(s, i, k + 1)
        {
            return found(
                k + 1,
                TimeExpr::Duration {
                    amount,
                    unit: Unit::Year,
                },
            );
        }
    }
    if let Some((amount, unit, end)) = amount_unit(s, i, true) {
        // ("worked for 36 hours earlier this week": "earlier" opens the next expression;
        // "bloomed two weeks earlier this year": the amount says by how much)
        if matches!(
            s.class(end),
            Some(Class::Ago | Class::Later | Class::Earlier | Class::Hence)
        ) && !opens_relative_time(s, i, end, unit)
            && !compares_with_usual(s, end)
        {
            return None;
        }
        // "a year" as in "twice a year" is a frequency; "per year" too
        if s.is_class(i, Class::A)
            && i > 0
            && (s.is(i - 1, "twice") || s.is(i - 1, "times") || s.is(i - 1, "once"))
        {
            return None;
        }
        if matches!(unit, Unit::Weekend) {
            return None;
        }
        if s.is_class(i, Class::A) && i > 0 && (after_amount(s, i - 1) || sum_of_things(s, i)) {
            return None;
        }
        // "a second round": the ordinal, not the unit
        // ("less than a second behind", "within a second of the record": an amount)
        // (only "a second" itself: "a few seconds can cause damage" is an amount)
        if unit == Unit::Second
            && s.is_class(i, Class::A)
            && s.is(i + 1, "second")
            && !before_word(s, i, AMOUNT_WORDS_BEFORE_A)
            && s.info(end).is_none_or(|x| x.class.is_none())
            && !s.w(end).is_empty()
            && !matches!(s.w(end), "," | "." | ";")
        {
            return None;
        }
        // "37 years old": an age; "between 6 months and 5 years old": both ends are
        // ("children aged 15 months to 6 years": after "aged", both ends of the range too)
        if s.is(end, "old") || age_range_after(s, end) || after_aged(s, i) {
            return None;
        }
        // "sales fell by a quarter", "cut by a half": a fraction of an amount; "parking costs a
        // quarter": a coin
        if matches!(unit, Unit::Quarter | Unit::Half)
            && s.is_class(i, Class::A)
            && i > 0
            && matches!(
                s.w(i - 1),
                "by" | "cost" | "costs" | "paid" | "pay" | "pays" | "charge" | "charges" | "worth"
            )
        {
            return None;
        }
        // "another quarter point", "a quarter percentage point": a quarter of a point; "a
        // quarter inch of ice", "a quarter mile away": of a measure
        if unit == Unit::Quarter
            && matches!(
                s.w(end),
                "point"
                    | "points"
                    | "percentage"
                    | "inch"
                    | "inches"
                    | "mile"
                    | "miles"
                    | "pound"
                    | "pounds"
                    | "ounce"
                    | "cup"
                    | "acre"
                    | "acres"
                    | "ton"
                    | "tons"
            )
        {
            return None;
        }
        // "the 1998-99 school year": the number is the end of a range of years
        if s.is_number(i) && s.inside_number_before(i) {
            return None;
        }
        // "for two quarters we played well": periods of a game
        if matches!(unit, Unit::Quarter | Unit::Half) && sports_context(s, i, end) {
            return None;
        }
        // "more than a quarter of the market", "three quarters of all votes": a fraction, not
        // three months ("several quarters of losses" stays a duration)
        if unit == Unit::Quarter
            && s.is_class(end, Class::Of)
            && (s.is_number(end + 1)
                || crate::lexicon::DETERMINERS.contains(&s.w(end + 1))
                || matches!(s.w(end + 1), "all" | "that")
                // "a quarter of revenue": a fraction of a thing, not of a year
                || (s.is_class(i, Class::A) && s.year_number(end + 1).is_none()))
        {
            return None;
        }
        return found(end, TimeExpr::Duration { amount, unit });
    }
    // "day-long", "decades-long", "years-old" (of a thing): a unit made an adjective
    if let Some(unit) = s.info(i).and_then(|x| x.unit) {
        if s.glued(i + 1)
            && s.w(i + 1) == "-"
            && s.glued(i + 2)
            && matches!(s.w(i + 2), "long" | "old")
            && (s.w(i + 2) == "long" || s.info(i).is_some_and(|x| x.plural))
        {
            let plural = s.info(i).is_some_and(|x| x.plural);
            let amount = if plural {
                Amount::Vague
            } else {
                Amount::Exact(1.0)
            };
            return found(i + 3, TimeExpr::Duration { amount, unit });
        }
    }
    // "a weeklong trip", "a monthlong strike": the same adjective written as one word
    if let Some(unit) = s.w(i).strip_suffix("long").and_then(|stem| match stem {
        "day" => Some(Unit::Day),
        "week" => Some(Unit::Week),
        "month" => Some(Unit::Month),
        "year" => Some(Unit::Year),
        "hour" => Some(Unit::Hour),
        _ => None,
    }) {
        return found(
            i + 1,
            TimeExpr::Duration {
                amount: Amount::Exact(1.0),
                unit,
            },
        );
    }
    // "within minutes of the opening bell": bare minutes after a preposition of length;
    // "minutes before the meeting"
    if s.is(i, "minutes")
        && i > 0
        && (matches!(s.w(i - 1), "within" | "for")
            || (matches!(s.w(i + 1), "before" | "after" | "later" | "earlier")
                && !s.is_number(i - 1)
                && s.info(i - 1)
                    .is_none_or(|x| x.number.is_none() && x.class.is_none())))
    {
        return found(
            i + 1,
            TimeExpr::Duration {
                amount: Amount::Vague,
                unit: Unit::Minute,
            },
        );
    }
    // "for days", "within days": bare days after a preposition of length; "days after the
    // election", "days before the vote": the short stretch between two events; "could take
    // days", "lasted days": what a verb of lasting takes
    if s.is(i, "days")
        && i > 0
        && (matches!(s.w(i - 1), "for" | "within")
            // ("take days off" is leave, not a length)
            || (matches!(s.w(i - 1), "take" | "takes" | "took" | "taking" | "lasted")
                && s.w(i + 1) != "off") || (matches!(s.w(i + 1), "after" | "before" | "later" | "earlier")
                && !s.is_number(i - 1)
                // ("in the first days after": days counted, not a stretch)
                && !matches!(s.w(i - 1), "first" | "last" | "final" | "early" | "the")
                && s.info(i - 1).is_none_or(|x| x.number.is_none() && x.class.is_none())))
        && !s.is_class(i + 1, Class::Of)
    {
        return found(
            i + 1,
            TimeExpr::Duration {
                amount: Amount::Vague,
                unit: Unit::Day,
            },
        );
    }
    // bare plurals: "decades", "years", "months"
    let info = s.info(i)?;
    if info.plural && info.unit.is_some() && !s.is_class(i.wrapping_sub(1), Class::The) {
        let unit = info.unit?;
        if matches!(
            unit,
            Unit::Year | Unit::Decade | Unit::Century | Unit::Month | Unit::Week | Unit::Hour
        ) && !matches!(s.class(i + 1), Some(Class::Ago))
        {
            // "the best years of her life": years of a life, not a length of time; "in
            // presidential years", "library hours", "opening hours": a kind of year or hour
            if before_word(
                s,
                i,
                &[
                    "best",
                    "worst",
                    "golden",
                    "boom",
                    "glory",
                    "presidential",
                    "election",
                    "midterm",
                    "leap",
                    "pandemic",
                    "war",
                    "teenage",
                    "formative",
                    "opening",
                    "library",
                    "office",
                    "business",
                    "visiting",
                    "operating",
                    "store",
                    "shop",
                    "trading",
                    "banking",
                    "summer",
                    "winter",
                    "holiday",
                ],
            ) {
                return None;
            }
            // "between 6 months and 5 years old" (a number before: not a vague amount);
            // "60-hour weeks" (a unit before: the weeks are counted in hours)
            let before = i.checked_sub(1);
            if before.is_some_and(|b| {
                s.is_number(b)
                    || s.info(b)
                        .is_some_and(|x| x.number.is_some() || x.unit.is_some())
            }) {
                return None;
            }
            // "37 years old" (the number was not taken as an amount: an age)
            if s.w(i + 1) == "-"
                || s.is_class(i + 1, Class::Of) && s.is(i + 2, "age")
                || s.is(i + 1, "old")
            {
                return None;
            }
            return found(
                i + 1,
                TimeExpr::Duration {
                    amount: Amount::Vague,
                    unit,
                },
            );
        }
    }
    None
}

/// Nouns after which "daily", "quarterly" and the like say how often money is counted, which
/// TimeBank leaves untagged ("its quarterly dividend", "average daily volume"). Payments, sales
/// figures and reports made on a schedule stay sets ("monthly payments of $500").
pub(super) const FINANCIAL_NOUNS: &[&str] = &[
    "dividend",
    "dividends",
    "results",
    "result",
    "loss",
    "losses",
    "profit",
    "profits",
    "rate",
    "rates",
    "volume",
    "volumes",
    "turnover",
    "revenue",
    "revenues",
    "income",
    "interest",
    "share",
    "output",
    "average",
    "limit",
    "cash",
];

pub(super) fn set(s: &Scanner, i: usize) -> Option<Found> {
    let make = |end, unit, every, quant, n| {
        found(
            end,
            TimeExpr::Set {
                unit,
                every,
                quant,
                n,
                month: None,
                part: None,
                season: None,
                day: None,
            },
        )
    };
    // "every Sunday afternoon", "Tuesday nights": a part of the day after the weekday
    let with_part = |end: usize, day: Weekday, quant| {
        let part = s.info(end).and_then(|x| x.day_part);
        found(
            end + usize::from(part.is_some()),
            TimeExpr::Set {
                unit: Unit::Day,
                every: Some(day),
                quant,
                n: 1,
                month: None,
                part,
                season: None,
                day: None,
            },
        )
    };
    // "its biggest weekly gain", "a fourth straight quarterly decline", "its first quarterly
    // loss": a result over one period, ranked among others, not something that repeats
    if matches!(
        s.class(i),
        Some(Class::Daily | Class::Weekly | Class::Monthly | Class::Quarterly | Class::Yearly)
    ) && i > 0
    {
        let prev = s.w(i - 1);
        let superlative = matches!(
            prev,
            "worst"
                | "best"
                | "biggest"
                | "largest"
                | "steepest"
                | "sharpest"
                | "smallest"
                | "strongest"
                | "weakest"
                | "longest"
                | "lowest"
                | "highest"
        );
        // ("the first quarterly review" is the first of reviews held every quarter)
        let counted_result = matches!(
            prev,
            "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "sixth"
                | "last"
                | "straight"
                | "consecutive"
                | "successive"
        ) && matches!(
            s.w(i + 1),
            "gain"
                | "gains"
                | "loss"
                | "losses"
                | "decline"
                | "declines"
                | "drop"
                | "rise"
                | "increase"
                | "decrease"
                | "fall"
                | "advance"
                | "jump"
                | "profit"
                | "deficit"
                | "surplus"
                | "showing"
                | "performance"
        );
        if superlative || counted_result {
            return None;
        }
    }
    match s.class(i) {
        // "played every minute of the four matches": all of them, not a recurrence
        Some(Class::Every)
            if matches!(s.w(i + 1), "minute" | "second") && s.is_class(i + 2, Class::Of) =>
        {
            None
        }
        Some(Class::Every | Class::Each) => {
            let quant = if s.is_class(i, Class::Each) {
                "EACH"
            } else {
                "EVERY"
            };
            let mut j = i + 1;
            let mut n = 1;
            // ("every second Saturday", "every third week": the ordinal counts the units)
            let ordinal = match s.w(j) {
                "second" => Some(2),
                "third" => Some(3),
                "fourth" => Some(4),
                "fifth" => Some(5),
                "sixth" => Some(6),
                "seventh" => Some(7),
                "tenth" => Some(10),
                _ => None,
            }
            .filter(|_| {
                s.info(j + 1)
                    .is_some_and(|x| x.unit.is_some() || x.weekday.is_some())
            });
            if s.is(j, "other") {
                n = 2;
                j += 1;
            } else if s.is(j, "single") && s.info(j + 1).is_some_and(|x| x.unit.is_some()) {
                // "every single day": the word only stresses the recurrence
                j += 1;
            } else if let Some(k) = ordinal {
                n = k;
                j += 1;
            } else if let Some((Amount::Exact(x), k)) = numeral(s, j, false) {
                if x >= 1.0 && x.fract() == 0.0 && s.info(k).is_some_and(|x| x.unit.is_some()) {
                    n = x as i64;
                    j = k;
                }
            }
            // "every half hour", "every half-hour": the half of a unit, in the next smaller one
            if s.is_class(j, Class::Half) && n == 1 {
                let k = if s.is(j + 1, "-") { j + 2 } else { j + 1 };
                let half = match unit_at(s, k) {
                    Some(Unit::Hour) => Some((Unit::Minute, 30)),
                    Some(Unit::Minute) => Some((Unit::Second, 30)),
                    Some(Unit::Day) => Some((Unit::Hour, 12)),
                    Some(Unit::Year) => Some((Unit::Month, 6)),
                    _ => None,
                };
                if let Some((unit, count)) = half {
                    return make(k + 1, unit, None, Some(quant), count);
                }
            }
            // "every few minutes", "every several hours": a vague count (n 0, written X)
            if matches!(s.class(j), Some(Class::Few | Class::Several)) && n == 1 {
                if let Some(unit) = s.info(j + 1).filter(|x| x.plural).and_then(|x| x.unit) {
                    return make(j + 2, unit, None, Some(quant), 0);
                }
            }
            // "every New Year's Eve", "each Christmas": a holiday on a fixed day of every year
            if n == 1 {
                if let Some(f) = holiday(s, j) {
                    if let TimeExpr::Holiday {
                        holiday: h,
                        eve,
                        weekend: false,
                        part: None,
                        year: None,
                        rel: None,
                        clock: None,
                    } = f.expr
                    {
                        if let Some((month, day)) = fixed_day_of(h, eve) {
                            let mut e = yearly(quant, Some(month), None);
                            if let TimeExpr::Set { day: ref mut d, .. } = e {
                                *d = Some(day);
                            }
                            return found(f.end, e);
                        }
                    }
                }
            }
            // "every weekday": each day from Monday to Friday, written as a day
            if s.is(j, "weekday") {
                return make(j + 1, Unit::Day, None, Some(quant), n);
            }
            let info = s.info(j)?;
            if let Some(day) = info.weekday {
                if n == 1 {
                    return with_part(j + 1, day, Some(quant));
                }
                return make(j + 1, Unit::Day, Some(day), Some(quant), n);
            }
            // "every December 17": a day of every year
            if let (Some(month), 1) = (info.month, n) {
                let k = if s.w(j + 1) == "." { j + 2 } else { j + 1 };
                if let Some(day) = s.day_number(k).filter(|_| !s.inside_number_after(k)) {
                    let mut e = yearly(quant, Some(month), None);
                    if let TimeExpr::Set { day: ref mut d, .. } = e {
                        *d = Some(day);
                    }
                    return found(k + 1, e);
                }
            }
            // "every December", "each July", "every other November": the month of every
            // year (or of every other one)
            if let (Some(month), false) = (info.month, info.month_abbrev) {
                if n <= 2 {
                    return found(j + 1, yearly(quant, Some(month), None));
                }
            }
            if let Some(unit) = info.unit {
                return make(j + 1, unit, None, Some(quant), n);
            }
            // "every morning", "each night": the part of every day (XXXX-XX-XXTMO)
            if let Some(part) = info.day_part {
                return found(
                    j + 1,
                    TimeExpr::Set {
                        unit: Unit::Day,
                        every: None,
                        quant: Some(quant),
                        n,
                        month: None,
                        part: Some(part),
                        season: None,
                        day: None,
                    },
                );
            }
            // "every spring", "each summer": the season of every year
            if let (Some(season), 1) = (info.season, n) {
                return found(j + 1, yearly(quant, None, Some(season)));
            }
            None
        }
        // "the Nightly Report", "the Daily Telegraph": a name
        // ("the Dayton Daily Ledger": a capitalised word before it makes a name too)
        Some(Class::Daily | Class::Weekly | Class::Monthly | Class::Quarterly)
            if s.capitalized(i)
                && s.capitalized(i + 1)
                && i > 0
                && (s.is_class(i - 1, Class::The) || s.capitalized(i - 1)) =>
        {
            None
        }
        // "quarterly dividend", "daily volume": how often money is counted, not a time
        Some(
            Class::Daily
            | Class::Weekly
            | Class::Monthly
            | Class::Quarterly
            | Class::Yearly
            | Class::Hourly,
        ) if FINANCIAL_NOUNS.contains(&crate::timex::scan::strip_possessive(s.w(i + 1))) => None,
        // "keep observing nightly": every night (XXXX-XX-XXTNI)
        Some(Class::Daily) if s.is(i, "nightly") => found(
            i + 1,
            TimeExpr::Set {
                unit: Unit::Day,
                every: None,
                quant: None,
                n: 1,
                month: None,
                part: Some(DayPart::Night),
                season: None,
                day: None,
            },
        ),
        // ("the offices of the daily La Voz": a newspaper)
        Some(Class::Daily)
            if i > 0
                && s.is_class(i - 1, Class::The)
                && s.capitalized(i + 1)
                && s.is(i, "daily") =>
        {
            None
        }
        Some(Class::Daily) => make(i + 1, Unit::Day, None, None, 1),
        // "the biweekly schedule": every two weeks
        _ if matches!(s.w(i), "biweekly" | "fortnightly") => make(i + 1, Unit::Week, None, None, 2),
        Some(Class::Weekly) => make(i + 1, Unit::Week, None, None, 1),
        Some(Class::Monthly) => make(i + 1, Unit::Month, None, None, 1),
        // "quarterly" is written P3M, as TimeBank writes it ("every quarter" too, see the
        // resolver)
        Some(Class::Quarterly) => make(i + 1, Unit::Month, None, None, 3),
        // "pays dividends semiannually": every six months (a bare adverb; "semiannual
        // report" is an adjective of a financial kind, like "annual")
        _ if matches!(s.w(i), "semiannually" | "biannually") => {
            make(i + 1, Unit::Month, None, None, 6)
        }
        // "held biennially in Venice": every two years
        _ if s.w(i) == "biennially" => make(i + 1, Unit::Year, None, None, 2),
        _ if s.w(i) == "semi" && s.w(i + 1) == "-" && s.w(i + 2) == "annually" => {
            make(i + 3, Unit::Month, None, None, 6)
        }
        Some(Class::Yearly) if !s.is(i, "annual") => make(i + 1, Unit::Year, None, None, 1),
        Some(Class::Hourly) => make(i + 1, Unit::Hour, None, None, 1),
        // "six days a week", "three times a month", "several times a day",
        // "three evenings a week": how often, per unit
        _ if (s.is_number(i)
            || s.info(i).is_some_and(|x| x.number.is_some())
            || s.is_class(i, Class::Several)
            || s.is_class(i, Class::Many))
            && numeral(s, i, false).is_some_and(|(_, k)| {
                let counted = s.info(k).and_then(|x| x.unit);
                let parts_of_days =
                    s.info(k).is_some_and(|x| x.day_part.is_some()) && s.w(k).ends_with('s');
                // ("works 10 hours a week", "30 minutes a day": an amount of time per unit is a
                // length and a set, two expressions; days, nights and times are counted)
                // ("10 hours per week" stays one set: "per week" alone is no expression)
                let amount_of_time =
                    matches!(counted, Some(Unit::Hour | Unit::Minute | Unit::Second))
                        && s.is_class(k + 1, Class::A);
                (counted.is_some() || s.is(k, "times") || parts_of_days)
                    && !amount_of_time
                    && (s.is_class(k + 1, Class::A) || s.is_class(k + 1, Class::Per))
                    && unit_at(s, k + 2).is_some_and(|u| counted.is_none_or(|v| v < u))
                    // "down from 58 days a year ago": a length, then a date
                    && !matches!(
                        s.class(k + 3),
                        Some(Class::Ago | Class::Earlier | Class::Later | Class::Before)
                    )
            }) =>
        {
            let (_, k) = numeral(s, i, false)?;
            make(k + 3, unit_at(s, k + 2)?, None, None, 1)
        }
        // "twice daily", "once weekly": how often, the adverb after the count
        _ if matches!(
            s.class(i + 1),
            Some(Class::Daily | Class::Weekly | Class::Monthly | Class::Hourly)
        ) && matches!(s.w(i), "once" | "twice" | "thrice") =>
        {
            let unit = match s.class(i + 1) {
                Some(Class::Daily) => Unit::Day,
                Some(Class::Weekly) => Unit::Week,
                Some(Class::Monthly) => Unit::Month,
                _ => Unit::Hour,
            };
            make(i + 2, unit, None, None, 1)
        }
        // "a once-a-day pill", "twice-a-week sessions"
        _ if matches!(s.w(i), "once" | "twice" | "thrice")
            && s.is(i + 1, "-")
            && s.glued(i + 1)
            && s.is_class(i + 2, Class::A)
            && s.is(i + 3, "-")
            && s.glued(i + 4)
            && unit_at(s, i + 4).is_some() =>
        {
            make(i + 5, unit_at(s, i + 4)?, None, None, 1)
        }
        _ if (s.is_class(i + 1, Class::A) || s.is_class(i + 1, Class::Per))
            && matches!(s.w(i), "once" | "twice" | "thrice") =>
        {
            let unit = unit_at(s, i + 2)?;
            let times = match s.w(i) {
                "once" => 1,
                "twice" => 2,
                _ => 3,
            };
            let _ = times;
            make(i + 3, unit, None, None, 1)
        }
        // "$2 million a year", "four percent a year", "18,000 items a month", "five or six
        // events a day", "four hundred dollars a day": a rate, how often
        Some(Class::A)
            if i > 0
                && (matches!(
                    s.w(i - 1),
                    "million" | "billion" | "trillion" | "thousand" | "percent" | "%"
                ) || money_before(s, i - 1)
                    || currency_after_amount(s, i - 1)
                    || approximate_count(s, i - 1)
                    || sum_of_things(s, i)
                    || (counted_things(s, i - 1)
                        // ("23,000 miles an hour": a speed; "120 miles a week" is a rate)
                        && !(crate::lexicon::MEASURE_UNITS.contains(&s.w(i - 1))
                            && matches!(
                                unit_at(s, i + 1),
                                Some(Unit::Hour | Unit::Minute | Unit::Second)
                            ))))
                // ("it gets a second life": an ordinal)
                && unit_at(s, i + 1).is_some_and(|u| u != Unit::Second)
                && !matches!(
                    s.class(i + 2),
                    Some(Class::Ago | Class::Later | Class::Earlier | Class::Before | Class::After)
                )
                // ("end the concerts an hour early": how much earlier, not how often)
                && !matches!(s.w(i + 2), "early" | "late" | "behind" | "ahead") =>
        {
            make(i + 2, unit_at(s, i + 1)?, None, None, 1)
        }
        // "$5 per hour" is a rate; "instructions per second" a unit of measure, not a time
        Some(Class::Per) if i > 0 && s.is_number(i - 1) => {
            let unit = unit_at(s, i + 1)?;
            make(i + 2, unit, None, None, 1)
        }
        _ => {
            // "on Mondays", "Sundays"
            let w = s.w(i);
            if w.ends_with("days") && s.capitalized(i) {
                let day = crate::lexicon::lookup(&w[..w.len() - 1])?.weekday?;
                return with_part(i + 1, day, None);
            }
            // "Tuesday nights": a weekday before a part of the day in the plural
            if let Some(day) = s.info(i).and_then(|x| x.weekday) {
                let plural_part =
                    s.info(i + 1).is_some_and(|x| x.day_part.is_some()) && plural_word(s.w(i + 1));
                if plural_part && s.capitalized(i) {
                    return with_part(i + 1, day, None);
                }
            }
            // "open weekdays": every working day
            if w == "weekdays" && !s.is_class(i.wrapping_sub(1), Class::The) {
                return make(i + 1, Unit::Day, None, None, 1);
            }
            // "the 13th of every month": a day of every month
            if s.is_class(i, Class::The)
                && s.day_number(i + 1).is_some()
                && !s.is_class(i + 1, Class::A)
                && s.is_class(i + 2, Class::Of)
                && matches!(s.class(i + 3), Some(Class::Every | Class::Each))
                && s.is(i + 4, "month")
            {
                let day = s.day_number(i + 1)?;
                return found(
                    i + 5,
                    TimeExpr::Set {
                        unit: Unit::Month,
                        every: None,
                        quant: Some("EVERY"),
                        n: 1,
                        month: None,
                        part: None,
                        season: None,
                        day: Some(day),
                    },
                );
            }
            // "on weekends", "weekends only": bare, not counted ("two weekends")
            if w == "weekends"
                && !(i > 0
                    && (s.is_number(i - 1) || s.info(i - 1).is_some_and(|x| x.number.is_some())))
            {
                return make(i + 1, Unit::Weekend, None, None, 1);
            }
            None
        }
    }
}

/// The month and day of a holiday that falls on the same date every year (Christmas, New
/// Year's Eve), or `None` for a moveable one (Easter, Thanksgiving).
fn fixed_day_of(h: Holiday, eve: bool) -> Option<(u32, u32)> {
    use chrono::Datelike;
    let on = |y: i32| {
        let d = crate::timex::calendar::holiday_date(h, y)?;
        let d = if eve {
            crate::timex::calendar::add_days(d, -1)?
        } else {
            d
        };
        Some((d.month(), d.day()))
    };
    let first = on(2001)?;
    (on(2002)? == first && on(2004)? == first && on(2010)? == first).then_some(first)
}

/// A month or a season of every year ("every December" XXXX-12, "every spring" XXXX-SP).
fn yearly(quant: &'static str, month: Option<u32>, season: Option<Season>) -> TimeExpr {
    TimeExpr::Set {
        unit: Unit::Year,
        every: None,
        quant: Some(quant),
        n: 1,
        month,
        part: None,
        season,
        day: None,
    }
}

/// "about $1.3 million in taxes [a] year": an amount and what it is of right before the "a" at
/// `i`, so that "a year" is a rate.
fn sum_of_things(s: &Scanner, i: usize) -> bool {
    i >= 3
        && s.is(i - 2, "in")
        && s.w(i - 1).ends_with('s')
        && s.tokens[i - 1].kind == crate::text::TokenKind::Word
        && !s.capitalized(i - 1)
        && s.info(i - 1).is_none()
        && after_amount(s, i - 3)
}

/// Token `k` ends an amount that "a year" after it is a rate of: a number, "million",
/// "percent", or a plural noun the lexicon does not know ("CDs", "units").
fn after_amount(s: &Scanner, k: usize) -> bool {
    let w = s.w(k);
    s.is_number(k)
        || matches!(
            w,
            "million" | "billion" | "trillion" | "thousand" | "percent" | "%"
        )
        || counted_things(s, k)
        || currency_after_amount(s, k)
}

/// Token `k` is a plural noun of things counted ("items", "events", "dollars", "meals"), not a
/// unit of time ("two days a week" is the set rule's own) nor a word the lexicon knows.
fn counted_things(s: &Scanner, k: usize) -> bool {
    let w = s.w(k);
    // ("18,000 items", "700 new seats", "dozens of calls": a count comes first; "takes an hour",
    // "lasts a week" are verbs)
    let counted = |j: usize| {
        s.is_number(j)
            || s.info(j).is_some_and(|x| x.number.is_some())
            || matches!(
                s.w(j),
                "many" | "more" | "fewer" | "several" | "few" | "of" | "dozen" | "hundred"
            )
    };
    let count_before = (k >= 1 && counted(k - 1)) || (k >= 2 && counted(k - 2));
    count_before
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && s.info(k).is_none()
        && !s.capitalized(k)
        && s.tokens[k].kind == crate::text::TokenKind::Word
}

/// Token `k` is a currency named in words after a number: "6,000 kronor", "500 yen".
fn currency_after_amount(s: &Scanner, k: usize) -> bool {
    k >= 1
        && (s.is_number(k - 1) || matches!(s.w(k - 1), "million" | "billion" | "thousand"))
        && matches!(
            s.w(k),
            "kronor"
                | "kroner"
                | "krona"
                | "yen"
                | "yuan"
                | "won"
                | "rand"
                | "baht"
                | "ringgit"
                | "rupiah"
                | "naira"
                | "lira"
                | "euros"
                | "dollars"
                | "pounds"
                | "rupees"
                | "pesos"
                | "francs"
                | "shekels"
                | "rubles"
                | "roubles"
                | "dirhams"
        )
}

/// Token `k` is a count given as about so many: "about 900 a week", "some 40 a day" (a bare
/// number needs the word before it to be read as a rate, not "in 1990 a week of riots").
fn approximate_count(s: &Scanner, k: usize) -> bool {
    k >= 1
        && s.is_number(k)
        && matches!(
            s.w(k - 1),
            "about" | "around" | "some" | "nearly" | "almost" | "roughly" | "approximately"
        )
}

/// Token `k` ends a sum of money written in figures: "$420,000", "$5".
fn money_before(s: &Scanner, k: usize) -> bool {
    if !s.is_number(k) {
        return false;
    }
    // walk back over "420" "," "000" to the currency sign
    // ("$14.99 a month": the cents after a point)
    let mut j = k;
    while j >= 2 && s.glued(j) && matches!(s.w(j - 1), "," | ".") && s.is_number(j - 2) {
        j -= 2;
    }
    j >= 1 && s.glued(j) && matches!(s.w(j - 1), "$" | "£" | "€" | "#")
}

/// "children aged 15 months to 6 years", "aged 18 months or older": an age after "aged", or the
/// second end of such an age range (`i` the amount's first token).
fn after_aged(s: &Scanner, i: usize) -> bool {
    let aged = |k: usize| matches!(s.w(k), "aged" | "ages");
    (i >= 1 && aged(i - 1))
        || (i >= 4
            && matches!(s.w(i - 1), "to" | "and" | "or")
            && s.info(i - 2).is_some_and(|x| x.unit.is_some())
            && aged(i - 4))
}

/// "6 months and 5 years old", "6 months to 5 years old": after the first end of an age range.
fn age_range_after(s: &Scanner, end: usize) -> bool {
    matches!(s.w(end), "and" | "to")
        && (s.is_number(end + 1) || s.info(end + 1).is_some_and(|x| x.number.is_some()))
        && s.info(end + 2).is_some_and(|x| x.unit.is_some())
        && s.is(end + 3, "old")
}

/// "ran 2:06:41 in Rotterdam", "won in 2:09:55": hours, minutes and seconds with no meridiem
/// or zone after them are a race time, a length (a clock reading would come after "at").
pub(super) fn race_time(s: &Scanner, i: usize) -> Option<Found> {
    let hours = s.digits(i).filter(|_| s.w(i).len() <= 2)?;
    let field = |k: usize| {
        (s.w(k) == ":" && s.glued(k) && s.glued(k + 1) && s.w(k + 1).len() == 2)
            .then(|| s.digits(k + 1))
            .flatten()
            .filter(|v| *v <= 59)
    };
    let minutes = field(i + 1)?;
    let seconds = field(i + 3)?;
    let mut end = i + 5;
    let mut secs = f64::from(seconds);
    // ("2:06:41.5": tenths after a point)
    if s.w(end) == "." && s.glued(end) && s.glued(end + 1) && s.is_number(end + 1) {
        let fraction: f64 = format!("0.{}", s.w(end + 1)).parse().ok()?;
        secs += fraction;
        end += 2;
    }
    let clock_words = before_word(s, i, &["at", "by", "until", "till", "from", "since"]);
    if clock_words || s.inside_number_before(i) || grammar_zone_after(s, end) {
        return None;
    }
    let unit_part = |x: f64, u: Unit| (x > 0.0).then_some((x, u));
    let mut parts = [None; 4];
    let present = [
        unit_part(f64::from(hours), Unit::Hour),
        unit_part(f64::from(minutes), Unit::Minute),
        unit_part(secs, Unit::Second),
    ];
    for (slot, part) in parts.iter_mut().zip(present.into_iter().flatten()) {
        *slot = Some(part);
    }
    parts[0]?;
    found(end, TimeExpr::Compound { parts })
}

/// A meridiem or a zone right after a time reading makes it a clock time.
fn grammar_zone_after(s: &Scanner, k: usize) -> bool {
    crate::timex::grammar::zone_end(s, k) > k || matches!(s.w(k), "a" | "p" | "am" | "pm")
}

/// "work weekends for the next month", "rise over the next year": the stretch ahead after a
/// preposition of length is a length (P1M), not the calendar month after publication.
pub(super) fn stretch_ahead(s: &Scanner, i: usize) -> bool {
    s.is_class(i, Class::The)
        && s.is(i + 1, "next")
        && matches!(
            unit_at(s, i + 2),
            Some(Unit::Month | Unit::Year | Unit::Week)
        )
        && before_word(s, i, &["for", "over", "within", "throughout"])
        && !matches!(s.w(i + 3), "or" | "and")
}

/// Words that make "a second" after them an amount of time, not the ordinal: "less than a
/// second behind", "within a second of the record".
const AMOUNT_WORDS_BEFORE_A: &[&str] = &[
    "than", "about", "under", "within", "nearly", "almost", "barely", "just",
];

/// Is the word before token `i` one of `words`?
fn before_word(s: &Scanner, i: usize, words: &[&str]) -> bool {
    i > 0 && words.contains(&s.w(i - 1))
}

/// "bloomed two weeks earlier this year", "opened a month later than usual": "earlier" or
/// "later" at `k` compares with other years or with what was expected, so the amount before it
/// is a length and the time after it ("this year") its own expression; nothing is counted back
/// from the publication date.
pub(super) fn compares_with_usual(s: &Scanner, k: usize) -> bool {
    matches!(s.class(k), Some(Class::Earlier | Class::Later))
        && (s.is(k + 1, "than")
            || (s.is_class(k + 1, Class::This)
                && matches!(
                    s.w(k + 2),
                    "year" | "season" | "spring" | "summer" | "autumn" | "fall" | "winter"
                )))
}

/// "earlier this week", "later today", "earlier in the day" at `k`: "earlier" or "later" begins
/// a time of its own, so the amount before it is a length ("for 36 hours earlier this week").
/// Only after "for": "closed for two days earlier this week" (without it "earlier" says by how
/// much, "began two weeks earlier this year", "left 20 minutes earlier today"; and after minutes
/// or hours "later" does so anyway, "start 15 minutes later this year"). `i` is the amount's first
/// token, `k` the word after it.
pub(super) fn opens_relative_time(s: &Scanner, i: usize, k: usize, unit: Unit) -> bool {
    let by_how_much = matches!(unit, Unit::Second | Unit::Minute | Unit::Hour);
    // (a hedge may stand between: "for nearly five months earlier this year")
    let hedge = |j: usize| {
        matches!(
            s.w(j),
            "nearly"
                | "about"
                | "almost"
                | "roughly"
                | "some"
                | "more"
                | "than"
                | "over"
                | "another"
        )
    };
    let after_for = (1..=3)
        .take_while(|&n| i >= n)
        .find(|&n| s.is(i - n, "for"))
        .is_some_and(|n| (i - n + 1..i).all(hedge));
    after_for
        && (s.is_class(k, Class::Earlier) || (s.is_class(k, Class::Later) && !by_how_much))
        && (s.is_class(k + 1, Class::This)
            || matches!(s.w(k + 1), "today" | "tonight" | "tomorrow" | "yesterday")
            || (s.is_class(k + 1, Class::In) && s.is_class(k + 2, Class::The)))
}
