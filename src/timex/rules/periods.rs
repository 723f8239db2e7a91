//! Rules for parts of the year: quarters, halves, fiscal quarters named by their year, seasons.

use super::*;

pub(super) fn quarter(s: &Scanner, i: usize) -> Option<Found> {
    let w = s.w(i);
    // Q3, Q3 2024, 3Q
    if w.len() == 2 && w.starts_with('q') && s.capitalized(i) {
        let q = w[1..].parse::<u32>().ok().filter(|q| (1..=4).contains(q))?;
        let (year, end) = match year_after(s, i + 1) {
            Some((y, e)) => (Some(y), e),
            None => (None, i + 1),
        };
        return found(
            end,
            TimeExpr::Quarter {
                quarter: Some(q),
                year,
                rel: None,
            },
        );
    }
    // "H2", "2H 2025", "4Q24", "1H26", "3Q": business shorthand for halves and quarters
    if let Some((is_half, n, year)) =
        compact_period(s.w(i)).filter(|_| s.capitalized(i) || s.is_number(i))
    {
        let (year, end) = match (year, year_after(s, i + 1)) {
            (Some(y), _) => (Some(y), i + 1),
            (None, Some((y, e))) => (Some(y), e),
            (None, None) => (None, i + 1),
        };
        // ("green H2", "a 2H pencil", "H2-powered", "H2 receptors": hydrogen, a pencil, a
        // receptor) with no year written, a period only after a preposition of time and not
        // before a hyphen
        let period_words = i > 0
            && matches!(
                s.w(i - 1),
                "in" | "for" | "during" | "through" | "by" | "since" | "until"
            )
            && !(s.w(i + 1) == "-" && s.glued(i + 1));
        if year.is_none() && !period_words {
            return None;
        }
        let expr = if is_half {
            TimeExpr::Half {
                half: Some(n),
                year,
                rel: None,
            }
        } else {
            TimeExpr::Quarter {
                quarter: Some(n),
                year,
                rel: None,
            }
        };
        return found(end, expr);
    }
    if let Some(f) = quarter_of_year(s, i) {
        return Some(f);
    }
    let the = usize::from(s.is_class(i, Class::The));
    let mut j = i + the;
    // "the fiscal first quarter", "the fiscal-first quarter"
    if s.is(j, "fiscal") && ordinal_at(s, j + 1).is_some() {
        j += 1;
    } else if s.is(j, "fiscal") && s.w(j + 1) == "-" && s.glued(j + 1) {
        j += 2;
    }
    // "the last half of 1989", "the latter half": the second
    let last_half = matches!(s.w(j), "last" | "latter")
        && s.is(j + 1, "half")
        && the == 1
        && s.is_class(j + 2, Class::Of)
        && year_after(s, j + 2).is_some();
    if let Some(f) = two_quarters(s, i, j) {
        return Some(f);
    }
    // "the final quarter": the fourth; "the last quarter of 2025" too (alone, "the last
    // quarter" is the one before)
    let final_quarter = the == 1
        && s.is(j + 1, "quarter")
        && (s.is(j, "final")
            || (s.is(j, "last") && s.is_class(j + 2, Class::Of) && year_after(s, j + 2).is_some()));
    let n = ordinal_at(s, j)
        .or_else(|| last_half.then_some(2))
        .or_else(|| final_quarter.then_some(4))?;
    let hyphenated = s.w(j + 1) == "-" && s.glued(j + 1);
    if the == 1 && hyphenated && s.is(j - 1, "fiscal") && s.w(j - 1) != "-" {
        // "the fiscal second-quarter results": from "fiscal" on
        return None;
    }
    let (k, is_half) = if s.w(j + 1) == "-" && s.glued(j + 1) {
        (j + 2, s.is(j + 2, "half"))
    } else {
        (j + 1, s.is(j + 1, "half"))
    };
    let is_quarter = s.is(k, "quarter");
    if !is_quarter && !is_half {
        return None;
    }
    // "the third-quarter loss": the article belongs to the noun after the adjective
    if the == 1 && k == j + 2 && !s.is_class(k + 1, Class::Of) && is_word(s, k + 1) {
        return None;
    }
    if (is_quarter && !(1..=4).contains(&n)) || (is_half && !(1..=2).contains(&n)) {
        return None;
    }
    let mut end = k + 1;
    let mut year = None;
    let mut rel = None;
    if s.is_class(end, Class::Of) {
        if let Some((y, e)) = year_after(s, end) {
            year = Some(y);
            end = e;
        } else if let Some((r, e)) = rel_word(s, end + 1) {
            if s.is(e, "year") {
                rel = Some(r);
                end = e + 1;
            }
        } else if s.is_class(end + 1, Class::The) && s.is(end + 2, "year") {
            end += 3;
        }
    } else if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    }
    // "scored late in the fourth quarter", "led 21-14 in the first half": a period of a game
    if year.is_none() && rel.is_none() && sports_context(s, i, end) {
        return None;
    }
    // "with 1:12 left in the fourth quarter", "the first half of the season", "her first half
    // marathon": time on a game clock, part of a season or a race, not of the calendar
    // (the article may stand before the match: "in the fourth quarter" found at "fourth")
    let a = if i > 0 && s.is_class(i - 1, Class::The) {
        i - 1
    } else {
        i
    };
    // (a game clock before "left": "1:12 left", "30 seconds remaining"; not "three weeks left
    // in the fourth quarter", which is the calendar's)
    let game_clock_before = |k: usize| {
        let from = s.tokens[k.saturating_sub(3)].start as usize;
        let text = &s.text[from..s.tokens[k].start as usize];
        text.contains(':') || text.contains("second") || text.contains("minute")
    };
    let clock_left = a >= 3
        && s.is(a - 1, "in")
        && matches!(s.w(a - 2), "left" | "remaining" | "gone")
        && game_clock_before(a - 2);
    // ("at the 6:45 mark of the third quarter")
    let mark_of = a >= 2 && s.is(a - 1, "of") && matches!(s.w(a - 2), "mark" | "minute");
    // (a few words after "of": "of the season", "of Sunday's match", "of last season", "of the
    // 2024 season", "of the decade", "of next week")
    let of_play = year.is_none()
        && s.is_class(end, Class::Of)
        && (end + 1..end + 4).any(|k| {
            matches!(
                s.w(k),
                "season"
                    | "game"
                    | "match"
                    | "race"
                    | "tournament"
                    | "show"
                    | "concert"
                    | "film"
                    | "decade"
                    | "week"
                    | "innings"
                    | "series"
            )
        });
    if clock_left || mark_of || of_play || (is_half && s.is(k + 1, "marathon")) {
        return None;
    }
    if is_half {
        return found(
            end,
            TimeExpr::Half {
                half: Some(n),
                year,
                rel,
            },
        );
    }
    found(
        end,
        TimeExpr::Quarter {
            quarter: Some(n),
            year,
            rel,
        },
    )
}

/// "the first two quarters of 1990" is the first half, "the last two quarters" the second.
fn two_quarters(s: &Scanner, i: usize, j: usize) -> Option<Found> {
    let half = match s.w(j) {
        "first" => 1,
        "last" | "final" => 2,
        _ => return None,
    };
    if !(s.is_class(i, Class::The) && s.is(j + 1, "two") && s.is(j + 2, "quarters")) {
        return None;
    }
    let (year, end) = match year_after(s, j + 3).filter(|_| s.is_class(j + 3, Class::Of)) {
        Some((y, e)) => (Some(y), e),
        None => return None,
    };
    found(
        end,
        TimeExpr::Half {
            half: Some(half),
            year,
            rel: None,
        },
    )
}

/// Quarters named by their year, as earnings reports do: "the 1988 third quarter", "the 1988
/// quarter", "the 1989 period", "last year's quarter", "this year's third quarter", "the
/// year-ago third quarter", "the quarter a year ago", "the corresponding period last year".
/// Without an ordinal the quarter is the one the report is about (see the resolver).
pub(super) fn quarter_of_year(s: &Scanner, i: usize) -> Option<Found> {
    let the = s.is_class(i, Class::The);
    let mut j = i + usize::from(the);
    if the && matches!(s.w(j), "comparable" | "corresponding" | "same") {
        j += 1;
    }
    let possessive_year = |k: usize| {
        matches!(s.w(k), "year's" | "year’s" | "years'" | "year'")
            || (s.is(k, "year") && matches!(s.w(k + 1), "'s" | "’s") && s.glued(k + 1))
    };
    // what names the year: "1988", "last year's", "year-ago"
    let (year, rel, k) = if let Some(y) = s.year_number(j).filter(|_| !s.inside_number(j)) {
        (Some(y), None, j + 1)
    } else if let Some((r, e)) = rel_word(s, j) {
        if !possessive_year(e) {
            return quarter_compared(s, i);
        }
        let after = if s.is(e, "year") { e + 2 } else { e + 1 };
        (None, Some(r), after)
    } else if the
        && s.is(j, "year")
        && s.w(j + 1) == "-"
        && s.glued(j + 1)
        && s.glued(j + 2)
        && matches!(s.class(j + 2), Some(Class::Earlier | Class::Ago))
    {
        (None, Some(Rel::Last), j + 3)
    } else {
        return quarter_compared(s, i);
    };
    let (n, k) = match ordinal_at(s, k).filter(|n| (1..=4).contains(n)) {
        Some(n) if s.w(k + 1) == "-" && s.glued(k + 1) => (Some(n), k + 2),
        Some(n) => (Some(n), k + 1),
        None => (None, k),
    };
    let noun = s.is(k, "quarter") || (n.is_none() && s.is(k, "period"));
    // "the 1988 quarter" needs its article; "1988 third quarter" stands alone.
    if !noun || (n.is_none() && year.is_some() && !the) {
        return None;
    }
    if n.is_none() && year.is_none() && rel == Some(Rel::Last) && !possessive_year(j + 1) {
        // "the year-ago quarter" is the anaphor rule's ("the year-earlier period" likewise)
        return None;
    }
    found(
        k + 1,
        TimeExpr::Quarter {
            quarter: n,
            year,
            rel,
        },
    )
}

/// "the quarter a year ago", "the same period last year", "the period a year earlier".
pub(super) fn quarter_compared(s: &Scanner, i: usize) -> Option<Found> {
    if !s.is_class(i, Class::The) {
        return None;
    }
    let mut j = i + 1;
    if matches!(s.w(j), "comparable" | "corresponding" | "same") {
        j += 1;
    }
    if !(s.is(j, "quarter") || s.is(j, "period")) {
        return None;
    }
    let k = j + 1;
    let end = if s.is_class(k, Class::A)
        && s.is(k + 1, "year")
        && matches!(s.class(k + 2), Some(Class::Ago | Class::Earlier))
    {
        k + 3
    } else if s.is_class(k, Class::Last) && s.is(k + 1, "year") {
        k + 2
    } else if s.is_class(k, Class::Of) && s.is_class(k + 1, Class::Last) && s.is(k + 2, "year") {
        k + 3
    } else if let Some((y, e)) =
        year_after(s, k).filter(|_| s.is_class(k, Class::Of) && s.is(j, "quarter"))
    {
        // "the same quarter of 2004": the report's quarter in that year
        return found(
            e,
            TimeExpr::Quarter {
                quarter: None,
                year: Some(y),
                rel: None,
            },
        );
    } else {
        return None;
    };
    found(
        end,
        TimeExpr::Quarter {
            quarter: None,
            year: None,
            rel: Some(Rel::Last),
        },
    )
}

pub(super) fn season(s: &Scanner, i: usize) -> Option<Found> {
    // "expects more indictments later this summer": the prefix is in the span, as in "later
    // this month"
    if matches!(s.class(i), Some(Class::Later | Class::Earlier)) && s.is_class(i + 1, Class::This) {
        let f = season(s, i + 1)?;
        return matches!(f.expr, TimeExpr::Season { rel: Some(_), .. }).then_some(f);
    }
    // ("the coming winter": the article belongs to the expression)
    let the_coming = s.is_class(i, Class::The) && s.is_class(i + 1, Class::Coming);
    let (rel, mut j) = match rel_word(s, i + usize::from(the_coming)) {
        Some((r, j)) => (Some(r), j),
        None if the_coming => return None,
        None => (None, i + usize::from(s.is_class(i, Class::The))),
    };
    // "the entire spring", "the whole summer"
    if j > i && matches!(s.w(j), "entire" | "whole") {
        j += 1;
    }
    let season = s.info(j)?.season?;
    if names_games(s, j) {
        return None;
    }
    let mut end = j + 1;
    let mut year = None;
    let mut rel = rel;
    if let Some((y, e)) = year_after(s, end) {
        year = Some(y);
        end = e;
    } else if rel.is_none()
        && matches!(s.class(end), Some(Class::Last | Class::Next))
        && s.is(end + 1, "year")
    {
        // "fall last year", "spring next year": the season of the year named (the resolver
        // reads the "year" the span ends with)
        rel = rel_word(s, end).map(|(r, _)| r);
        end += 2;
    } else if rel.is_none()
        && j > i
        && s.is_class(end, Class::Of)
        && matches!(s.class(end + 1), Some(Class::Last | Class::Next))
        && s.is(end + 2, "year")
    {
        // "the spring of last year", as "the summer of 2019"
        rel = rel_word(s, end + 1).map(|(r, _)| r);
        end += 3;
    }
    // "the summer months", "the winter months": the season itself
    let months_of = j > i && year.is_none() && s.is(end, "months");
    if months_of {
        end += 1;
    }
    // "for the spring and [summer]", "in winter or [spring]": the second of two seasons
    let second_of_two = i == j
        && i > 1
        && matches!(s.w(i - 1), "and" | "or")
        && s.info(i - 2).is_some_and(|x| x.season.is_some());
    let prep_before = i > 0
        && matches!(
            s.w(i - 1),
            "in" | "during"
                | "by"
                | "until"
                | "since"
                | "through"
                // "fighting has continued well into autumn"
                | "into"
                | "this"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "over"
                | "before"
                | "after"
                | "spent"
                | "spend"
                | "spends"
                | "spending"
        )
        // "spent most of the spring recovering", "has spent the summer rebuilding": a stretch
        // of the season
        || (i > 1
            && s.is(i - 1, "of")
            && matches!(s.w(i - 2), "most" | "much" | "all" | "part" | "half" | "rest"))
        // "in tight spots all fall" (not "they all fall down")
        || (i > 0
            && s.is(i - 1, "all")
            && !matches!(
                s.w(i + 1),
                "down" | "apart" | "short" | "into" | "off" | "behind" | "back" | "in" | "out"
            ));
    // "from spring to fall", "from winter through spring": two bare seasons as the ends of a
    // range ("expected to fall" alone is a verb)
    let season_at = |k: usize| s.info(k).is_some_and(|x| x.season.is_some());
    let joiner = |w: &str| matches!(w, "to" | "through" | "until" | "till" | "into");
    let range_start = i > 0 && s.w(i - 1) == "from" && joiner(s.w(i + 1)) && season_at(i + 2);
    let range_end = i > 2 && joiner(s.w(i - 1)) && season_at(i - 2) && s.w(i - 3) == "from";
    let prep_before = prep_before || range_start || range_end;
    // "the end of summer", "the height of winter"
    let part_of = i > 1
        && s.w(i - 1) == "of"
        && matches!(
            s.w(i - 2),
            "end" | "start" | "beginning" | "middle" | "height" | "depth" | "rest" | "remainder"
        );
    // "after a dry summer", "before the Himalayan winter sets in": a determiner and an adjective
    // (the season is the head: not "a roof fall", "a winter storm", "the Spring Festival")
    let head = s
        .tokens
        .get(j + 1)
        .is_none_or(|t| t.kind != crate::text::TokenKind::Word)
        || j + 1 >= s.limit
        || matches!(
            s.w(j + 1),
            "sets"
                | "set"
                | "arrives"
                | "arrived"
                | "comes"
                | "came"
                | "ends"
                | "ended"
                | "begins"
                | "began"
                | "starts"
                | "started"
                | "is"
                | "was"
                | "and"
                | "or"
                | "when"
                | "in"
        );
    // ("recorded its driest spring since 1910": a possessive determiner too, the head followed
    // by "since")
    // ("the city's coldest spring since 1996", "its busiest summer on record")
    let head = head || matches!(s.w(j + 1), "since" | "ever" | "yet" | "on");
    let adjective_before = i > 1
        && (matches!(
            s.w(i - 2),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
        ) || s.w(i - 2).ends_with("'s")
            || s.w(i - 2).ends_with("’s"))
        && s.tokens[i - 1].kind == crate::text::TokenKind::Word
        && s.info(i - 1).is_none()
        && !s.w(i - 1).ends_with("'s")
        && !s.capitalized(i)
        && !s.is(i, "fall")
        && head;
    // "Summer officially begins Thursday", "Winter arrived early": a season opening its
    // sentence as the subject of a verb of its coming or going
    // ("Summer has said she will run": "has" counts only before "been")
    let verb_at = if s.is(i + 1, "officially") {
        i + 2
    } else {
        i + 1
    };
    let subject = j == i
        && s.capitalized(i)
        && (i == 0 || matches!(s.w(i - 1), "." | "\n" | "\"" | "“"))
        && (!s.is(verb_at, "has") || s.is(verb_at + 1, "been"))
        && matches!(
            s.w(if s.is(i + 1, "officially") {
                i + 2
            } else {
                i + 1
            }),
            "begins"
                | "began"
                | "arrives"
                | "arrived"
                | "starts"
                | "started"
                | "ends"
                | "ended"
                // ("Summer has been kind to us so far")
                | "has"
        );
    let has_context = rel.is_some()
        || year.is_some()
        || j > i
        || subject
        || prep_before
        || part_of
        || adjective_before
        || second_of_two;
    if !has_context {
        return None;
    }
    // "the fall of the Berlin Wall", "spring water": a season needs to stand alone
    if year.is_none()
        && !months_of
        && (s.is_class(end, Class::Of) || s.info(end).is_some_and(|x| x.unit.is_some()))
    {
        return None;
    }
    // ("until the summer whether ...": right after a preposition of time it stands alone)
    if rel.is_none()
        && year.is_none()
        && j > i
        && !prep_before
        && (s.w(end).is_empty()
            || !matches!(
                s.w(end),
                "," | "."
                    | ";"
                    | ")"
                    | "and"
                    | "when"
                    | "as"
                    | "after"
                    | "before"
                    | "the"
                    | "to"
                    | "in"
                    | "with"
                    | "for"
                    | "that"
                    | "of"
                    | "or"
                    // "before the summer is unlikely", "the exams in the spring?"
                    | "?"
                    | "!"
                    | "is"
                    | "was"
                    | "will"
                    | "would"
                    // ("by the end of the summer unless the lenders agree": a word that
                    // opens a clause or a phrase, so the season is the head)
                    | "unless"
                    | "if"
                    | "because"
                    | "while"
                    | "but"
                    | "at"
                    | "on"
                    | "by"
                    | "from"
                    | "than"
                    | "are"
                    | "were"
                    | "has"
                    | "had"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "until"
            ))
    {
        return None;
    }
    found(end, TimeExpr::Season { season, year, rel })
}

/// How many words before "that" a verb of saying may stand for "that" to open its clause.
const REPORT_BEFORE_THAT_REACH: usize = 7;

/// "that summer", "that same winter", "that December": the season or month in the year of the
/// time last mentioned (the resolver's, rule name "season_anaphor").
/// "the next Winter Games", "the Summer Olympics": a capitalised season at `j` names the games.
fn names_games(s: &Scanner, j: usize) -> bool {
    s.capitalized(j)
        && matches!(
            s.w(j + 1),
            "games" | "olympics" | "olympic" | "paralympics" | "paralympic" | "universiade"
        )
}

pub(super) fn season_anaphor(s: &Scanner, i: usize) -> Option<Found> {
    // "until December that year", "in March of that year": the month of the year last named
    if let Some((month, end, _)) = month_name(s, i) {
        let k = if s.is_class(end, Class::Of) {
            end + 1
        } else {
            end
        };
        if s.is_class(k, Class::That) && s.is(k + 1, "year") {
            return found(k + 2, month_expr(month, None));
        }
        return None;
    }
    // "the following spring", "the previous winter": the next (or last) one from the time last
    // mentioned
    if s.is_class(i, Class::The) {
        let rel = match s.class(i + 1) {
            Some(Class::Following | Class::Next) => Rel::Next,
            Some(Class::Previous) => Rel::Last,
            _ => return None,
        };
        // "They married the following June": a month, likewise
        if let Some((month, end, _)) = month_name(s, i + 2) {
            if s.is_class(end, Class::Of) || s.is_number(end) {
                return None;
            }
            return found(
                end,
                TimeExpr::Calendar {
                    year: None,
                    month: Some(month),
                    day: None,
                    rel: Some(rel),
                    clock: None,
                    part: None,
                    year_rel: None,
                },
            );
        }
        let season = s.info(i + 2)?.season?;
        if s.is_class(i + 3, Class::Of) || names_games(s, i + 2) {
            return None;
        }
        return found(
            i + 3,
            TimeExpr::Season {
                season,
                year: None,
                rel: Some(rel),
            },
        );
    }
    // ("the second Tuesday of January, that's January 8": "that's" is "that is", no
    // determiner)
    if !s.is_class(i, Class::That) || s.w(i) != "that" {
        return None;
    }
    let j = if s.is_class(i + 1, Class::Same) {
        i + 2
    } else {
        i + 1
    };
    // "that December": a month, likewise (capitalised: "chips that may fail" is the verb)
    if let Some((month, end, _)) = month_name(s, j).filter(|_| s.capitalized(j)) {
        // ("policymakers have signalled that June is more likely", "said that July traffic
        // was up": "that" opens a clause whose subject the month is)
        // ("said on a conference call Friday morning that November sales were running": the
        // verb of saying a few words back)
        let clause_opener = j == i + 1
            && (i.saturating_sub(REPORT_BEFORE_THAT_REACH)..i).any(|k| {
                matches!(
                    s.w(k),
                    "said"
                        | "says"
                        | "and"
                        | "shows"
                        | "showed"
                        | "signalled"
                        | "signaled"
                        | "signals"
                        | "indicated"
                        | "noted"
                        | "reported"
                        | "warned"
                        | "predicted"
                        | "expects"
                        | "believes"
                        | "thinks"
                )
            })
            && (matches!(
                s.w(end),
                "is" | "was" | "will" | "would" | "could" | "has" | "had"
            ) || (s
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
                && s.info(end).is_none()
                && (matches!(
                    s.w(end + 1),
                    "is" | "was" | "were" | "are" | "will" | "would" | "had" | "has"
                )
                    // ("said that November sales rose 4 percent": a verb in the past)
                    || (s.w(end + 1).len() > 4 && s.w(end + 1).ends_with("ed"))
                    || matches!(s.w(end + 1), "rose" | "fell" | "grew" | "hit" | "held"))));
        if clause_opener {
            return None;
        }
        return found(end, month_expr(month, None));
    }
    let season = s.info(j)?.season?;
    found(
        j + 1,
        TimeExpr::Season {
            season,
            year: None,
            rel: None,
        },
    )
}

/// Words of a game around tokens `i..end` (twenty tokens either way): then "the fourth quarter"
/// and "the first half" are periods of play, not of the calendar. Only words that belong to games
/// alone: "points", "led" and "tied" are as common in market reports.
/// In a text about games (at least [`GAME_STORY_WORDS`] such words), the period is one of play
/// unless words of money are near ("revenue rose in the first half").
pub(super) fn sports_context(s: &Scanner, i: usize, end: usize) -> bool {
    let from = i.saturating_sub(20);
    let to = (end + 20).min(s.limit);
    (from..to).any(|k| is_sports_word(s.w(k)))
        || (s.game_words() >= GAME_STORY_WORDS
            && !(from..to).any(|k| MONEY_WORDS.contains(&s.w(k)) || s.w(k).starts_with('$')))
}

/// How many words of games make a whole text a story about games.
pub const GAME_STORY_WORDS: usize = 4;

/// Words of business that keep "the first half" a half-year even in a story about games.
const MONEY_WORDS: &[&str] = &[
    "revenue",
    "revenues",
    "profit",
    "profits",
    "earnings",
    "sales",
    "income",
    "loss",
    "losses",
    "percent",
    "%",
    "economy",
    "growth",
    "fiscal",
    "shares",
    "attendance",
    "sponsorship",
];

/// See [`sports_context`].
/// Whether a word belongs to games alone (see [`sports_context`]).
pub fn is_sports_word(w: &str) -> bool {
    // (a `match`, not a list: it runs over every word of a text that speaks of quarters)
    // "went 4-for-5 from the floor in the fourth quarter", "scored 12 points in the first
    // half", "left the game in the first quarter with a sprained ankle"
    matches!(
        w,
        "coach"
            | "scored"
            | "touchdown"
            | "touchdowns"
            | "halftime"
            | "overtime"
            | "inning"
            | "innings"
            | "quarterback"
            | "rebounds"
            | "assists"
            | "buzzer"
            | "kickoff"
            | "punt"
            | "fumble"
            | "interception"
            | "three-pointer"
            | "layup"
            | "penalty-kick"
            | "points"
            | "floor"
            | "goal"
            | "goals"
            | "basket"
            | "baskets"
            | "possession"
            | "game"
            | "yards"
            | "football"
            | "basketball"
            | "hockey"
            | "soccer"
            | "trailed"
            | "cornerback"
            | "linebacker"
            | "sacked"
            | "pitcher"
            | "pitched"
            | "homer"
            | "homered"
            | "shutout"
            | "strikeouts"
            | "playoff"
            | "playoffs"
            | "semifinal"
            | "quarterfinal"
            | "striker"
            | "midfielder"
            | "goalkeeper"
            | "referee"
            | "wicket"
            | "wickets"
            // cycling
            | "peloton"
    )
}

/// "the October-December quarter": three months that make a calendar quarter, named by its
/// first and last month ("the July-September period" stays a range of two months).
pub(super) fn month_span_quarter(s: &Scanner, i: usize) -> Option<Found> {
    let j = if s.is_class(i, Class::The) { i + 1 } else { i };
    // (lexicon test first: this runs at every token that may start an expression)
    if s.info(j).is_none_or(|x| x.month.is_none()) {
        return None;
    }
    let (first, k, _) = month_name(s, j)?;
    // "the September quarter", "the June quarter": the quarter that ends with the month
    if j > i && s.is(k, "quarter") && first % 3 == 0 {
        return found(
            k + 1,
            TimeExpr::Quarter {
                quarter: Some(first / 3),
                year: None,
                rel: None,
            },
        );
    }
    if !(s.w(k) == "-" || s.w(k) == "–") {
        return None;
    }
    let (last, end, _) = month_name(s, k + 1)?;
    if !s.is(end, "quarter") || first % 3 != 1 || last != first + 2 {
        return None;
    }
    found(
        end + 1,
        TimeExpr::Quarter {
            quarter: Some(first.div_ceil(3)),
            year: None,
            rel: None,
        },
    )
}

/// "h2" (a half), "4q24", "1h26", "3q", "2h2025" (lower-cased): (whether a half, which one, the
/// year written after it, two figures read as 20xx).
fn compact_period(w: &str) -> Option<(bool, u32, Option<i32>)> {
    let b = w.as_bytes();
    let (is_half, n, rest) = match b {
        [b'h', d @ (b'1' | b'2')] => (true, u32::from(d - b'0'), ""),
        [d @ b'1'..=b'4', b'q', ..] => (false, u32::from(d - b'0'), &w[2..]),
        [d @ (b'1' | b'2'), b'h', ..] => (true, u32::from(d - b'0'), &w[2..]),
        _ => return None,
    };
    let year = match rest.len() {
        0 => None,
        2 if rest.bytes().all(|c| c.is_ascii_digit()) => Some(2000 + rest.parse::<i32>().ok()?),
        4 if rest.bytes().all(|c| c.is_ascii_digit()) => Some(rest.parse().ok()?),
        _ => return None,
    };
    Some((is_half, n, year))
}
