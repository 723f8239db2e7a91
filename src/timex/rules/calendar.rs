//! Rules for calendar dates: month and day, numeric dates, years, decades, centuries.

use super::*;

pub(super) fn month_day(s: &Scanner, i: usize) -> Option<Found> {
    let j = weekday_prefix(s, i);
    let (month, k, _) = month_name(s, j)?;
    // "April the sixth" (as broadcasts say it): the article before the day
    let k = if s.is_class(k, Class::The) && s.info(k + 1).is_some_and(|x| x.ordinal.is_some()) {
        k + 1
    } else {
        k
    };
    // "November twenty-fifth": a day as a compound ordinal in words
    let (day, day_end) = match s.day_number(k) {
        Some(d) => (d, k + 1),
        None => compound_ordinal(s, k).filter(|(d, _)| *d <= 31)?,
    };
    // ("January's 14-year high": the number counts years, it is not a day)
    if s.inside_number_after(k)
        || (s.glued(k + 1) && s.w(k + 1) == "-" && s.is_number(k + 2) && s.w(k + 2).len() > 2)
        || (s.is_number(k)
            && s.glued(k + 1)
            && s.w(k + 1) == "-"
            && s.info(k + 2).is_some_and(|x| x.unit.is_some()))
    {
        return None;
    }
    let mut end = day_end;
    let mut year = None;
    if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    }
    let (clock, part, end) = day_tail(s, end);
    found(
        end,
        TimeExpr::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            rel: None,
            clock,
            part,
            year_rel: None,
        },
    )
}

pub(super) fn day_month(s: &Scanner, i: usize) -> Option<Found> {
    let mut the = usize::from(s.is_class(i, Class::The));
    let mut j = weekday_prefix(s, i + the);
    // "Friday, the third of June": the article after the weekday
    if the == 0 && j > i && s.is_class(j, Class::The) {
        the = 1;
        j += 1;
    }
    let day = s.day_number(j)?;
    // ("$2,18 May", "1.18 May": the figures end another number; "7-8 May" is a range)
    let amount_before = s.glued(j)
        && j > 0
        && (matches!(s.w(j - 1), "$" | "£" | "€" | "#")
            || (matches!(s.w(j - 1), "," | ".") && j > 1 && s.is_number(j - 2) && s.glued(j - 1)));
    if amount_before {
        return None;
    }
    if s.info(j).is_some_and(|x| x.ordinal.is_some()) && the == 0 {
        return None; // "second April" is not a date; "the third of May" is
    }
    let k = if s.is_class(j + 1, Class::Of) {
        j + 2
    } else {
        j + 1
    };
    let (month, mut end, _) = month_name(s, k)?;
    let mut year = None;
    if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    }
    found(end, TimeExpr::date(year, month, day))
}

pub(super) fn month_year(s: &Scanner, i: usize) -> Option<Found> {
    let (rel, j) = match rel_word(s, i) {
        Some((r, j)) if s.info(j).and_then(|x| x.month).is_some() => (Some(r), j),
        _ => (None, i),
    };
    let (month, k, certain) = month_name(s, j)?;
    // "last Oct. 23": the date, without "last" (month_day finds it)
    if rel.is_some() && s.digits(k).is_some_and(|d| (1..=31).contains(&d)) {
        return None;
    }
    // "I have not seen a July like it": a kind of month, not one of them
    if rel.is_none() && j > 0 && s.is_class(j - 1, Class::A) && s.is(k, "like") {
        return None;
    }
    // "April said she had not been told": a name before a verb of saying
    if rel.is_none()
        && s.capitalized(j)
        && matches!(
            s.w(k),
            "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes" | "asked"
        )
    {
        return None;
    }
    // "April Ryan", "June Carter": a first name before a capitalised surname ("In April I
    // was": not the pronoun)
    if rel.is_none()
        && s.capitalized(k)
        && s.w(k) != "i"
        && s.info(k).is_none()
        && s.tokens[k].kind == crate::text::TokenKind::Word
    {
        return None;
    }
    // "January this year", "June last year", "May of last year"
    if rel.is_none() {
        let k = if s.is_class(k, Class::Of) && rel_word(s, k + 1).is_some() {
            k + 1
        } else {
            k
        };
        if let Some((r, e)) = rel_word(s, k) {
            if s.is(e, "year") {
                return found(e + 1, month_expr(month, Some(r)));
            }
        }
    }
    if let Some((y, end)) = year_after(s, k) {
        if rel.is_none() {
            return found(
                end,
                TimeExpr::Calendar {
                    year: Some(y),
                    month: Some(month),
                    day: None,
                    rel: None,
                    clock: None,
                    part: None,
                    year_rel: None,
                },
            );
        }
    }
    // A bare month name needs context unless it is unambiguous and capitalised.
    // ("its figures for May and June": another month joined to it is context enough)
    let coordinated = s.capitalized(j)
        && matches!(s.w(k), "and" | "or" | "through" | "to")
        && s.info(k + 1).is_some_and(|x| x.month.is_some())
        && s.capitalized(k + 1);
    // ("expect March figures", "the May jobs report": a month that figures are for)
    // ("March durable-goods orders", "The March consumer price index": a few words between)
    let data_after = s.capitalized(j) && crate::timex::grammar::month_data_after(s, k);
    // ("up from its May forecast", "the March meeting": after a determiner and before a noun a
    // month qualifies, a capitalised "May" or "March" is no verb; "the March on Washington" is a
    // name, "the May government" a person's)
    let determined = j > 0
        && s.capitalized(j)
        && matches!(
            s.w(j - 1),
            "the" | "its" | "their" | "his" | "her" | "our" | "your"
        )
        && MONTH_QUALIFIED_NOUNS.contains(&s.w(k));
    let context = month_context_before(s, j) || coordinated || data_after || determined;
    let abbrev = s.info(j).is_some_and(|x| x.month_abbrev);
    if rel.is_none() && (abbrev || !certain) && !context {
        return None;
    }
    if rel.is_none() && matches!(month, 3 | 5) && !context {
        return None;
    }
    // "May" and "March" followed by a verb-like word are verbs even after "to": "to march on".
    if matches!(month, 3 | 5) && !s.w(j + 1).is_empty() && !s.capitalized(j) {
        return None;
    }
    found(
        k,
        TimeExpr::Calendar {
            year: None,
            month: Some(month),
            day: None,
            rel,
            clock: None,
            part: None,
            year_rel: None,
        },
    )
}

pub(super) fn numeric_date(s: &Scanner, i: usize) -> Option<Found> {
    if s.inside_number_before(i) {
        return None;
    }
    let a = s.digits(i)?;
    let sep = s.w(i + 1);
    if !matches!(sep, "-" | "/" | ".")
        || !s.glued(i + 1)
        || !s.glued(i + 2)
        || !s.glued(i + 3)
        || !s.glued(i + 4)
        || s.w(i + 3) != sep
    {
        return None;
    }
    let b = s.digits(i + 2)?;
    let c = s.digits(i + 4)?;
    if s.inside_number_after(i + 4)
        || (s.glued(i + 5) && s.is_number(i + 6) && matches!(s.w(i + 5), "-" | "/" | "."))
    {
        return None;
    }
    let (y, m, d) = if s.w(i).len() == 4 {
        (a as i32, b, c) // 2025-04-17
    } else if sep == "-" {
        return None; // 555-12-34 is a phone number
    } else {
        let year_len = s.w(i + 4).len();
        let y = match year_len {
            4 => c as i32,
            2 => {
                if c < 50 {
                    2000 + c as i32
                } else {
                    1900 + c as i32
                }
            }
            _ => return None,
        };
        if sep == "." {
            (y, b, a)
        } else {
            (y, a, b)
        } // 17.04.2025 is European, 4/17/2025 American
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=2999).contains(&y) {
        return None;
    }
    found(
        i + 5,
        TimeExpr::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            rel: None,
            clock: None,
            part: None,
            year_rel: None,
        },
    )
}

pub(super) fn year(s: &Scanner, i: usize) -> Option<Found> {
    // fiscal 1989, fiscal year 2024, FY2024
    if s.is_class(i, Class::Fiscal) {
        let j = if s.is(i + 1, "year") { i + 2 } else { i + 1 };
        let y = s.year_number(j)?;
        return found(split_year_end(s, j, y).unwrap_or(j + 1), TimeExpr::year(y));
    }
    // "nineteen ninety-six"; "the year two thousand" (a bare "two thousand" is a count)
    let year_word = s.is(i, "year") && s.is_class(i.wrapping_sub(1), Class::The);
    let (j, the_year) = if s.is_class(i, Class::The) && s.is(i + 1, "year") {
        (i + 2, true)
    } else {
        (i, year_word)
    };
    if let Some((y, end)) = spelled_year(s, j) {
        if s.w(j) != "two" || the_year || (s.w(j) == "two" && end > j + 2) {
            return found(end, TimeExpr::year(y));
        }
    }
    // "the year 2000": one expression
    if the_year && j == i + 2 && !s.inside_number_after(j) {
        if let Some(y) = s.year_number(j) {
            return found(j + 1, TimeExpr::year(y));
        }
    }
    let w = s.w(i);
    // "won in '99", "from 1996 to '99", "the class of '85": a year in two figures after an
    // apostrophe, where a preposition or a range's joiner asks for a time (a quotation that
    // opens with a number, "said '20 people were hurt'", has none)
    if matches!(w, "'" | "’")
        && s.glued(i + 1)
        && s.w(i + 1).len() == 2
        && !(s.glued(i + 2) && s.w(i + 2) == "s")
        && i > 0
        && matches!(
            s.w(i - 1),
            "in" | "of"
                | "since"
                | "to"
                | "and"
                | "from"
                | "until"
                | "till"
                | "through"
                | "by"
                | "during"
                | "before"
                | "after"
                | "-"
                | "–"
        )
        && !s.inside_number_after(i + 1)
        && s.info(i + 2).is_none_or(|x| x.unit.is_none())
        // (the year ends its phrase: "'50 new homes" opens a quotation)
        && s.tokens.get(i + 2).is_none_or(|t| {
            t.kind != crate::text::TokenKind::Word
                || t.capitalized
                || matches!(s.w(i + 2), "and" | "or" | "to" | "through" | "when" | "until")
        })
    {
        let yy = s.digits(i + 1)? as i32;
        let y = if yy < 50 { 2000 + yy } else { 1900 + yy };
        return found(i + 2, TimeExpr::year(y));
    }
    // "FY2024", "FY25" (two figures: 20xx)
    if let Some(rest) = w.strip_prefix("fy") {
        if matches!(rest.len(), 2 | 4) && s.capitalized(i) {
            let y: i32 = rest.parse().ok()?;
            let y = if rest.len() == 2 { 2000 + y } else { y };
            return found(i + 1, TimeExpr::year(y));
        }
    }
    let y = s.year_number(i)?;
    // "forecast for 1995/96 profit": a fiscal year written across two calendar years, valued
    // as the year it starts in
    if let Some(end) = split_year_end(s, i, y).filter(|_| !s.inside_number_before(i)) {
        return found(end, TimeExpr::year(y));
    }
    let after_mid = i >= 2 && s.w(i - 1) == "-" && s.is_class(i - 2, Class::Mid);
    if (s.inside_number_before(i) && !after_mid) || s.inside_number_after(i) {
        return None;
    }
    // (the album "1989", the novel "1984", the film "2012": a title in quotes after a work)
    let quoted_title = i >= 2
        && matches!(s.w(i - 1), "\"" | "“" | "'" | "‘")
        && s.glued(i)
        && matches!(
            s.w(i - 2),
            "album"
                | "song"
                | "single"
                | "film"
                | "movie"
                | "novel"
                | "book"
                | "play"
                | "record"
                | "musical"
                | "series"
                | "show"
                | "opera"
                | "poem"
        );
    if quoted_title {
        return None;
    }
    // ("his brass tag, No. 1955": the period of the abbreviation between)
    let prev = match s.w(i.wrapping_sub(1)) {
        "." if i >= 2 && matches!(s.w(i - 2), "no" | "nos" | "vol" | "ch" | "art") => "no",
        w => w,
    };
    if matches!(
        prev,
        "page"
            | "pages"
            | "no"
            | "number"
            | "room"
            | "route"
            | "flight"
            | "boeing"
            | "airbus"
            | "model"
            | "version"
            | "v"
            | "#"
            | "$"
            | "call"
            | "dial"
            | "ext"
            | "box"
            | "suite"
            | "article"
            | "section"
            | "chapter"
            | "rule"
            | "code"
            | "resolution"
            | "p"
            | "pp"
            | "interstate"
            | "highway"
            | "bill"
            | "law"
            | "act"
            | "serial"
    ) {
        return None;
    }
    let strong = matches!(
        prev,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "of"
            | "from"
            | "to"
            | "before"
            | "after"
            | "during"
            | "through"
            | "early"
            | "late"
            | "mid"
            | "between"
            | "the"
            | "for"
            | "year"
            | "summer"
            | "spring"
            | "winter"
            | "fall"
            | "autumn"
            | ","
    );
    let next = s.w(i + 1);
    // "in the 2800 block of West Lake Street": an address, however the number is introduced
    if matches!(next, "block" | "blocks") {
        return None;
    }
    // "on 1800 679 737": a telephone number's first group, another group of figures after it
    if s.is_number(i + 1)
        && matches!(s.w(i + 1).len(), 3 | 4)
        && s.w(i + 1).bytes().all(|b| b.is_ascii_digit())
        && !s.glued(i + 1)
    {
        return None;
    }
    // "the 1500 metres", "in 2000 feet of water": a measure, however the number is introduced
    if crate::lexicon::MEASURE_UNITS.contains(&next) {
        return None;
    }
    // "a 2016 Ford", "Kopp's 1987 Chevrolet Cavalier": the model year of a car, not a time
    // (with an article or a possessive before the year: "In 2009 Chrysler filed" keeps it)
    let determined =
        i > 0 && (crate::lexicon::DETERMINERS.contains(&s.w(i - 1)) || s.possessive_len(i - 1) > 0);
    if determined && s.capitalized(i + 1) && crate::lexicon::CAR_MAKES.contains(&next) {
        return None;
    }
    if !strong
        && !crate::lexicon::YEAR_NOUNS.contains(&next)
        && crate::lexicon::counts_things(next)
        && !s
            .info(i + 1)
            .is_some_and(|x| x.month.is_some() || x.unit.is_some())
    {
        return None;
    }
    // "Orion 1980", "Windows 2000": a capitalised name right before the number names a thing
    // (not a month, a weekday or a season: "May 1998" is a date; nor the sentence's first word)
    if i > 0
        && s.capitalized(i - 1)
        && s.info(i - 1).is_none_or(|x| {
            x.month.is_none() && x.weekday.is_none() && x.season.is_none() && x.class.is_none()
        })
        && i - 1 > 0
        && s.tokens[i - 2].kind == crate::text::TokenKind::Word
        && s.possessive_len(i - 1) == 0
    {
        return None;
    }
    // "Flight BA 2025", "AA 1999": an airline or product code before the number.
    let prev_raw = if i > 0 { s.raw(i - 1) } else { "" };
    if (2..=3).contains(&prev_raw.len()) && prev_raw.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if !strong && !(1700..=2100).contains(&y) {
        return None;
    }
    // "1600 Pennsylvania Avenue", "1800 Broadway", "2100 West Elm Street": a number before
    // a capitalised street name
    let street = |w: &str| {
        matches!(
            w,
            "avenue"
                | "street"
                | "st"
                | "road"
                | "rd"
                | "boulevard"
                | "blvd"
                | "ave"
                | "lane"
                | "drive"
                | "way"
                | "place"
                | "plaza"
                | "parkway"
                | "highway"
                | "court"
                | "square"
                | "terrace"
                | "broadway"
                | "route"
                | "circle"
                | "trail"
                | "pike"
                | "dr"
                | "ln"
                | "pkwy"
                | "hwy"
        )
    };
    // ("1070 E. Teague Ave.", "1523 Calle Mayor": the periods of abbreviations skipped, and
    // street words that come first in other languages)
    let words: Vec<usize> = (i + 1..i + 7).filter(|&k| s.w(k) != ".").take(3).collect();
    if s.capitalized(i + 1)
        && (street(s.w(words[0]))
            || street(s.w(words[1]))
            || (s.capitalized(words[1]) && street(s.w(words[2])))
            || matches!(
                s.w(words[0]),
                "calle" | "avenida" | "rue" | "via" | "camino" | "paseo" | "avenue"
            ))
    {
        return None;
    }
    if s.glued(i + 1)
        && s.w(i + 1) == "-"
        && s.is_number(i + 2)
        && s.glued(i + 2)
        && s.w(i + 2).len() != 2
        && s.w(i + 2).len() != 4
    {
        return None;
    }
    found(i + 1, TimeExpr::year(y))
}

pub(super) fn decade(s: &Scanner, i: usize) -> Option<Found> {
    // ("The 1930s-era bridge": the article belongs to the noun the decade qualifies)
    // ("the nineteen-sixties": that hyphen joins the spelled century to its decade)
    let qualifies = |k: usize| {
        s.w(k + 1) == "-" && s.glued(k + 1) && !matches!(s.w(k), "eighteen" | "nineteen")
    };
    let the = usize::from(s.is_class(i, Class::The) && !qualifies(i + 1));
    let j = i + the;
    let w = s.w(j);
    // "1990s", "1990's"
    if s.is_number(j) {
        if let Some(d) = w
            .strip_suffix('s')
            .filter(|d| d.len() == 4 && d.ends_with('0'))
        {
            let y: i32 = d.parse().ok()?;
            // ("the 2000s" is left a decade: the resolver makes it the century while the
            // decade has not run its course)
            // ("the late 1800s", "the mid-1700s": the modifier between keeps the century)
            let modified_after_the = (1..=3).any(|n| {
                j >= n
                    && s.is_class(j - n, Class::The)
                    && (j - n + 1..j).all(|k| matches!(s.w(k), "early" | "mid" | "late" | "-"))
            });
            if d.ends_with("00") && (the == 1 || modified_after_the) && y != 2000 {
                return found(j + 1, TimeExpr::Century { n: y / 100 + 1 });
            }
            return found(
                j + 1,
                TimeExpr::Decade {
                    decade: y / 10,
                    century_given: true,
                },
            );
        }
        if w.len() == 4
            && w.ends_with('0')
            && matches!(s.w(j + 1), "'" | "’")
            && s.glued(j + 1)
            && s.is(j + 2, "s")
            && s.glued(j + 2)
        {
            let y: i32 = w.parse().ok()?;
            return found(
                j + 3,
                TimeExpr::Decade {
                    decade: y / 10,
                    century_given: true,
                },
            );
        }
        return None;
    }
    // "'80s"
    if matches!(w, "'" | "’") {
        let d = s.w(j + 1);
        if s.glued(j + 1) && d.len() == 3 && d.ends_with("0s") {
            let y: i32 = d[..2].parse().ok()?;
            return found(
                j + 2,
                TimeExpr::Decade {
                    decade: y / 10,
                    century_given: false,
                },
            );
        }
        return None;
    }
    // "the nineteen nineties", "the late nineteen-eighties": broadcast transcripts spell the
    // century out, which dates the decade (no article needed)
    let century = match w {
        "eighteen" => Some(18),
        "nineteen" => Some(19),
        _ => None,
    };
    if let Some(c) = century {
        let k = if s.w(j + 1) == "-" && s.glued(j + 1) {
            j + 2
        } else {
            j + 1
        };
        if let Some(d) = decade_word(s.w(k)) {
            return found(
                k + 1,
                TimeExpr::Decade {
                    decade: c * 10 + d,
                    century_given: true,
                },
            );
        }
    }
    if the == 1 {
        let d = decade_word(w)?;
        return found(
            j + 1,
            TimeExpr::Decade {
                decade: d,
                century_given: false,
            },
        );
    }
    None
}

/// The decade a word names within its century: "twenties" 2 ... "nineties" 9.
fn decade_word(w: &str) -> Option<i32> {
    Some(match w {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    })
}

pub(super) fn century(s: &Scanner, i: usize) -> Option<Found> {
    // "the twenty-first century"
    let j = i + usize::from(s.is_class(i, Class::The));
    if let Some((n, k)) = compound_ordinal(s, j) {
        if s.is(k, "century") {
            return found(k + 1, TimeExpr::Century { n: n as i32 });
        }
    }
    // "a 20th century democrat", "the fabled 11th century temple": an ordinal century as an
    // adjective, without its own article
    if !s.is_class(i, Class::The) {
        let n = ordinal_at(s, i)?;
        if s.is(i + 1, "century") {
            return found(i + 2, TimeExpr::Century { n: n as i32 });
        }
        if s.glued(i + 1) && s.w(i + 1) == "-" && s.is(i + 2, "century") {
            return found(i + 3, TimeExpr::Century { n: n as i32 });
        }
        return None;
    }
    let n = s.day_number(i + 1)?;
    if s.glued(i + 2) && s.w(i + 2) == "-" && s.is(i + 3, "century") {
        // ("the 16th-century manuscripts": the article belongs to the noun the compound
        // qualifies, so the century is matched from its ordinal, above)
        let qualifies_noun = s
            .tokens
            .get(i + 4)
            .is_some_and(|t| t.kind == crate::text::TokenKind::Word && i + 4 < s.limit)
            && !matches!(s.w(i + 4), "and" | "or" | "but");
        if qualifies_noun {
            return None;
        }
        return found(i + 4, TimeExpr::Century { n: n as i32 });
    }
    if s.is(i + 2, "century") {
        return found(i + 3, TimeExpr::Century { n: n as i32 });
    }
    None
}

/// "ending on the 24th", "the session ends on the 26th": a day of the month alone, written as an
/// ordinal in figures after "the", with no noun after it. The resolver takes the month last named.
pub(super) fn day_of_month(s: &Scanner, i: usize) -> Option<Found> {
    // "on Tuesday the 24th": the weekday names the same day
    let t = weekday_prefix(s, i);
    if !s.is_class(t, Class::The) {
        return None;
    }
    let k = t + 1;
    let w = s.w(k);
    if !(s.is_number(k) && w.ends_with(|c: char| c.is_ascii_alphabetic())) {
        return None;
    }
    let day = s.day_number(k)?;
    // ("ending on the 24th", "by the 15th"; not "finished the race in the 3rd")
    let preposition = i > 0
        && matches!(
            s.w(i - 1),
            "on" | "by" | "until" | "till" | "through" | "from" | "before" | "after" | "since"
        );
    let next = s.w(k + 1);
    let alone = k + 1 >= s.limit
        || !next.starts_with(|c: char| c.is_alphanumeric())
        || matches!(
            next,
            "and" | "or" | "to" | "through" | "at" | "when" | "if" | "but"
        );
    // ("the 18th and 19th centuries"; "from the 19th-century library")
    let listed = matches!(next, "and" | "or" | ",") && s.is_number(k + 2);
    let compound = next == "-" && s.glued(k + 1);
    if !preposition || !alone || listed || compound {
        return None;
    }
    found(
        k + 1,
        TimeExpr::Calendar {
            year: None,
            month: None,
            day: Some(day),
            rel: None,
            clock: None,
            part: None,
            year_rel: None,
        },
    )
}

/// "1993/94" at `i` (year `y`): the end of the pair when the second part is the next year in two
/// digits.
fn split_year_end(s: &Scanner, i: usize, y: i32) -> Option<usize> {
    let next = s.digits(i + 2)?;
    (s.glued(i + 1)
        && s.w(i + 1) == "/"
        && s.glued(i + 2)
        && s.w(i + 2).len() == 2
        && next as i32 == (y + 1).rem_euclid(100)
        && !s.inside_number_after(i + 2))
    .then_some(i + 3)
}

/// "by the turn of the century": the year a century turns, picked by the resolver from the
/// years around it (the expression carries a placeholder century).
pub(super) fn turn_of_century(s: &Scanner, i: usize) -> Option<Found> {
    (s.is_class(i, Class::The)
        && s.is(i + 1, "turn")
        && s.is_class(i + 2, Class::Of)
        && s.is_class(i + 3, Class::The)
        && s.is(i + 4, "century"))
    .then(|| Found {
        end: i + 5,
        expr: TimeExpr::Century { n: 0 },
    })
}

/// Nouns a month qualifies, after which a capitalised "May" or "March" with a determiner before
/// it is the month: "its May forecast", "the March meeting".
const MONTH_QUALIFIED_NOUNS: &[&str] = &[
    "forecast",
    "forecasts",
    "meeting",
    "meetings",
    "report",
    "survey",
    "estimate",
    "estimates",
    "issue",
    "election",
    "elections",
    "deadline",
    "vote",
    "session",
    "statement",
    "release",
    "accession",
    "budget",
    "figures",
    "data",
    "sales",
    "outlook",
    "guidance",
    "auction",
    "visit",
    "summit",
    "primary",
    "referendum",
];
