//! The scanner: finds temporal expressions over tokens, without using any date.
//!
//! Every token is looked up in the lexicon once. At each token the rules of [`super::rules`] are
//! tried; the longest match wins (ties go to the earlier rule), and scanning resumes after it.
//! A few prefixes ("early", "the end of", "nearly") are handled here for every rule, since they
//! modify whatever expression follows them.

use super::rules::RULES;
use super::types::{Mod, TimeExpr};
use crate::lexicon::{self, Class, WordInfo};
use crate::text::{Sentence, Token, TokenKind};

/// One expression found by the scanner, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub first_token: usize,
    pub end_token: usize,
    pub sentence: usize,
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    pub expr: TimeExpr,
    pub modifier: Option<Mod>,
    pub rule: &'static str,
    /// For the second end of a range ("from March to [May]"), the index of the first end.
    pub range_from: Option<usize>,
}

/// The tokens of one text with their lexicon entries, as the rules see them.
pub struct Scanner<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub tokens: &'a [Token],
    /// The lower-case text of each token, sliced once: the rules read it many times per token.
    words: Vec<&'a str>,
    infos: Vec<Option<&'static WordInfo>>,
    /// Rules may not read at or past this token (the end of the current sentence).
    pub limit: usize,
    /// How many words of games the whole text holds: a story about a match reads "the first
    /// half" as a period of play even in a sentence with no such word of its own. Counted on
    /// first use: most texts never ask.
    game_words: std::cell::OnceCell<usize>,
}

/// What a rule found: the token after the match, the expression, and how many bytes to drop
/// from the end of the last token (a possessive "'s").
pub struct Found {
    pub end: usize,
    pub expr: TimeExpr,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str, lower: &'a str, tokens: &'a [Token]) -> Self {
        let words: Vec<&'a str> = tokens.iter().map(|t| &lower[t.range()]).collect();
        let infos = tokens
            .iter()
            .zip(&words)
            .map(|(t, w)| {
                if t.kind == TokenKind::Punct {
                    return None;
                }
                lexicon::lookup(w).or_else(|| lexicon::lookup(strip_possessive(w)))
            })
            .collect();
        Scanner {
            text,
            lower,
            tokens,
            words,
            infos,
            limit: tokens.len(),
            game_words: std::cell::OnceCell::new(),
        }
    }

    /// How many words of games the whole text holds (see the field).
    pub fn game_words(&self) -> usize {
        *self.game_words.get_or_init(|| {
            self.words
                .iter()
                .filter(|w| crate::timex::rules::is_sports_word(w))
                .count()
        })
    }

    /// The lower-case text of token `i`, or "" past the limit.
    pub fn w(&self, i: usize) -> &'a str {
        if i < self.limit {
            self.words[i]
        } else {
            ""
        }
    }

    /// The original text of token `i`.
    pub fn raw(&self, i: usize) -> &'a str {
        if i < self.limit {
            &self.text[self.tokens[i].range()]
        } else {
            ""
        }
    }

    pub fn info(&self, i: usize) -> Option<&'static WordInfo> {
        if i < self.limit {
            self.infos[i]
        } else {
            None
        }
    }

    pub fn class(&self, i: usize) -> Option<Class> {
        self.info(i).and_then(|x| x.class)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    pub fn is_class(&self, i: usize, class: Class) -> bool {
        self.class(i) == Some(class)
    }

    /// Token `i` follows the one before it with no space ("4/17", "p.m").
    pub fn glued(&self, i: usize) -> bool {
        i < self.limit && !self.tokens[i].space_before
    }

    pub fn capitalized(&self, i: usize) -> bool {
        i < self.limit && self.tokens[i].capitalized
    }

    pub fn is_number(&self, i: usize) -> bool {
        i < self.limit && self.tokens[i].kind == TokenKind::Number
    }

    /// The value of an all-digit token.
    pub fn digits(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        if w.is_empty() || w.len() > 9 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        w.parse().ok()
    }

    /// A day of the month: "17", "17th", "1st", "third".
    pub fn day_number(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        // (at most two figures: the "018" of "$2,018" is no day)
        let n = if let Some(n) = self.digits(i).filter(|_| w.len() <= 2) {
            n
        } else if self.digits(i).is_some() {
            return None;
        } else if self.is_number(i) {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if !matches!(suffix, "st" | "nd" | "rd" | "th") {
                return None;
            }
            digits.parse().ok()?
        } else {
            self.info(i)?.ordinal?
        };
        (1..=31).contains(&n).then_some(n)
    }

    /// A four-digit year number 1000..=2999 (without thousands separators).
    pub fn year_number(&self, i: usize) -> Option<i32> {
        let w = self.w(i);
        if w.len() != 4 {
            return None;
        }
        let n = self.digits(i)? as i32;
        (1000..=2999).contains(&n).then_some(n)
    }

    /// Is token `i` part of a larger number ("2,018", "1.999", "$2018", "#1999")?
    pub fn inside_number(&self, i: usize) -> bool {
        let before = |j: usize| j > 0 && j - 1 < self.limit && self.glued(j);
        if before(i) {
            let p = self.w(i - 1);
            if matches!(
                p,
                "," | "." | "$" | "#" | "£" | "€" | "¥" | "-" | "/" | ":" | "+" | "x"
            ) || self.is_number(i - 1)
            {
                return true;
            }
        }
        if self.glued(i + 1)
            && matches!(self.w(i + 1), "," | "." | "%" | ":" | "/" | "-")
            && self.is_number(i + 2)
            && self.glued(i + 2)
        {
            return true;
        }
        if self.glued(i + 1) && self.w(i + 1) == "%" {
            return true;
        }
        false
    }

    /// Is the word at `i` a possessive ("Wednesday's")? Returns the byte length of the suffix.
    pub fn possessive_len(&self, i: usize) -> usize {
        let w = self.w(i);
        if w.ends_with("'s") {
            2
        } else if w.ends_with("’s") {
            4
        } else if w.ends_with("s'") {
            1
        } else {
            0
        }
    }
}

/// "wednesday's" -> "wednesday"; other words unchanged.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
}

/// Verbs after which "early" / "late" modify the verb, not the time that follows.
const ADVERB_AFTER: &[&str] = &[
    "closed", "opened", "left", "arrived", "finished", "ended", "retired", "came", "went",
    "started", "began", "close", "open", "leave", "arrive", "finish", "end", "retire", "come",
    "go", "start", "begin", "ran",
];

/// A modifier prefix: its TIMEX3 mod, the token after it, and whether it belongs to the extent.
struct Prefix {
    modifier: Mod,
    next: usize,
}

/// "early", "late", "mid-", "the end of", "the beginning of", "nearly", "more than"...
fn prefix(s: &Scanner, i: usize) -> Option<Prefix> {
    let the = usize::from(s.is_class(i, Class::The));
    let j = i + the;
    let of_after = |k: usize| s.is_class(k, Class::Of).then_some(k + 1);
    let p = |modifier, next| Some(Prefix { modifier, next });
    // "the first days of July", "the last few weeks of 2024", "the closing hours of the year":
    // the start or the end of the time after "of"
    if the == 1 {
        let k = if s.is(j + 1, "few") { j + 2 } else { j + 1 };
        let edge = match s.w(j) {
            "first" | "opening" => Some(Mod::Start),
            "last" | "final" | "closing" | "dying" | "waning" => Some(Mod::End),
            _ => None,
        };
        if let Some(modifier) = edge.filter(|_| {
            matches!(s.w(k), "days" | "weeks" | "months" | "hours") && s.is_class(k + 1, Class::Of)
        }) {
            return p(modifier, k + 2);
        }
    }
    match s.class(j) {
        // "closed early this week": after such verbs "early" is an adverb of the verb
        // ("began late Friday", "ended early Sunday": before a day it is the part of the day)
        // ("could arrive early next week", "begin early next year": before "next" the word
        // belongs to the time ahead)
        Some(Class::Early | Class::Late)
            if the == 0
                && i > 0
                && ADVERB_AFTER.contains(&s.w(i - 1))
                && s.info(j + 1).is_none_or(|x| x.weekday.is_none())
                && !s.is(j + 1, "next") =>
        {
            None
        }
        // "the season began unusually early this year", "arrived too late in the day": a
        // degree word makes "early" or "late" an adverb of the verb, not a part of the time
        Some(Class::Early | Class::Late)
            if the == 0
                && i > 0
                && matches!(
                    s.w(i - 1),
                    "unusually"
                        | "very"
                        | "too"
                        | "so"
                        | "relatively"
                        | "surprisingly"
                        | "fairly"
                        | "quite"
                        | "extremely"
                        | "unseasonably"
                ) =>
        {
            None
        }
        // "ran trains two hours late Monday": after an amount of time, "late" says behind
        // schedule
        Some(Class::Late)
            if the == 0
                && i > 0
                && matches!(
                    s.w(i - 1),
                    "minutes" | "hours" | "days" | "weeks" | "months" | "years"
                ) =>
        {
            None
        }
        Some(Class::Early) => p(Mod::Start, j + 1),
        Some(Class::Late) => p(Mod::End, j + 1),
        Some(Class::Mid) if s.glued(j + 1) && s.w(j + 1) == "-" => p(Mod::Mid, j + 2),
        Some(Class::Mid) => p(Mod::Mid, j + 1),
        Some(Class::End) => p(Mod::End, of_after(j + 1)?),
        Some(Class::Beginning | Class::Start) => p(Mod::Start, of_after(j + 1)?),
        Some(Class::Middle) => p(Mod::Mid, of_after(j + 1)?),
        _ if the == 1 => None,
        _ => match s.w(i) {
            "nearly" | "almost" | "around" | "roughly" | "approximately" | "about" | "barely" => {
                p(Mod::Approx, i + 1)
            }
            "no" if s.is(i + 1, "more") && s.is(i + 2, "than") => p(Mod::EqualOrLess, i + 3),
            "no" if s.is(i + 1, "less") && s.is(i + 2, "than") => p(Mod::EqualOrMore, i + 3),
            "more" | "less" | "fewer" if s.is(i + 1, "than") => p(
                if s.is(i, "more") {
                    Mod::MoreThan
                } else {
                    Mod::LessThan
                },
                i + 2,
            ),
            "at" if s.is(i + 1, "least") => p(Mod::EqualOrMore, i + 2),
            "at" if s.is(i + 1, "most") => p(Mod::EqualOrLess, i + 2),
            // "built circa 1850"
            "circa" => p(Mod::Approx, i + 1),
            // "for as long as three days", "as much as two hours"
            "as" if matches!(s.w(i + 1), "long" | "much") && s.is(i + 2, "as") => {
                p(Mod::EqualOrLess, i + 3)
            }
            // ("the run-up to Christmas", "the lead-up to the vote": a noun, not an amount)
            "up" if s.is(i + 1, "to") && !(i > 0 && s.w(i - 1) == "-") => {
                p(Mod::EqualOrLess, i + 2)
            }
            // "some 40 years", "some five hours": an approximate amount (not "some years")
            "some" if s.is_number(i + 1) || s.info(i + 1).is_some_and(|x| x.number.is_some()) => {
                p(Mod::Approx, i + 1)
            }
            // "in under four minutes", "in under a minute": less than the amount
            "under"
                if s.is_number(i + 1)
                    || s.info(i + 1).is_some_and(|x| x.number.is_some())
                    || (s.is_class(i + 1, Class::A)
                        && s.info(i + 2).is_some_and(|x| x.unit.is_some())) =>
            {
                p(Mod::LessThan, i + 1)
            }
            // "in just under five hours", "took just over three hours": "over" alone is as
            // often "during" ("over three days of talks")
            "just"
                if matches!(s.w(i + 1), "under" | "over")
                    && (s.is_number(i + 2)
                        || s.is_class(i + 2, Class::A)
                        || s.info(i + 2).is_some_and(|x| x.number.is_some())) =>
            {
                p(
                    if s.is(i + 1, "under") {
                        Mod::LessThan
                    } else {
                        Mod::MoreThan
                    },
                    i + 2,
                )
            }
            _ => None,
        },
    }
}

/// The best match starting at token `i`, with any modifier prefix.
fn match_at(s: &Scanner, i: usize) -> Option<(usize, TimeExpr, Option<Mod>, &'static str)> {
    // "Earlier Sunday", "later yesterday", "later this afternoon": a day, with the word that
    // places the event in it (no modifier: the day is the same)
    if matches!(s.w(i), "earlier" | "later") {
        if let Some((end, expr, rule)) = core_at(s, i + 1) {
            if matches!(expr, TimeExpr::Weekday { .. } | TimeExpr::DayOffset { .. }) {
                return Some((end, expr, None, rule));
            }
        }
    }
    // "another 14 years": the word is part of the amount's span, not a modifier
    if s.w(i) == "another"
        && (s.is_number(i + 1) || s.info(i + 1).is_some_and(|x| x.number.is_some()))
    {
        if let Some((end, expr, rule)) = core_at(s, i + 1) {
            if matches!(expr, TimeExpr::Duration { .. }) {
                return Some((end, expr, None, rule));
            }
        }
    }
    // "right now"
    if s.w(i) == "right" && s.w(i + 1) == "now" {
        if let Some((end, expr, rule)) = core_at(s, i + 1) {
            return Some((end, expr, None, rule));
        }
    }
    if let Some(pre) = prefix(s, i) {
        // "at least another 50 years": "another" stays in the span, the amount is matched
        let next = if s.w(pre.next) == "another"
            && (s.is_number(pre.next + 1)
                || s.info(pre.next + 1).is_some_and(|x| x.number.is_some()))
        {
            pre.next + 1
        } else if s.is(pre.next, "exactly") {
            // "almost exactly a year": the second word only sharpens the first
            pre.next + 1
        } else {
            pre.next
        };
        if let Some((end, expr, rule)) = core_at(s, next) {
            // "get around Wednesday's ruling": "around" after a verb, not an approximation
            let phrasal =
                s.w(i) == "around" && matches!(expr, TimeExpr::Weekday { clock: None, .. });
            // "talked about Tuesday's vote", "worried about the future": "about" is a
            // preposition except before an amount or a clock time ("about five hours", "about
            // two years ago", "about 10:35 a.m.")
            let preposition = s.w(i) == "about"
                && !matches!(
                    expr,
                    TimeExpr::Duration { .. }
                        | TimeExpr::Shift { .. }
                        | TimeExpr::ClockTime { .. }
                        | TimeExpr::Compound { .. }
                        // ("About 20 minutes later", "about a week later": counted amounts)
                        | TimeExpr::Anaphor { offset: 1.., .. }
                        | TimeExpr::Anaphor { offset: ..=-1, .. }
                        | TimeExpr::Weekday { clock: Some(_), .. }
                        | TimeExpr::DayOffset { clock: Some(_), .. }
                        | TimeExpr::Calendar { clock: Some(_), .. }
                );
            // "10% more than last year", "fewer than in 2019": "than" compares with a
            // period; an amount modifier goes only with amounts and counted shifts
            let comparison = matches!(pre.modifier, Mod::MoreThan | Mod::LessThan)
                && matches!(
                    expr,
                    TimeExpr::RelUnit { .. }
                        | TimeExpr::Calendar { .. }
                        | TimeExpr::Weekday { .. }
                        | TimeExpr::DayOffset { .. }
                        | TimeExpr::Season { .. }
                        | TimeExpr::Quarter { .. }
                        | TimeExpr::Half { .. }
                        | TimeExpr::Fuzzy(_)
                );
            if modifiable(&expr) && !phrasal && !preposition && !comparison {
                // ("the Mid-Autumn Festival": a name longer than the modified season wins; names
                // are capitalised, so the second look is only taken then)
                if s.capitalized(i) || s.capitalized(i + 1) {
                    if let Some((whole_end, whole, whole_rule)) = core_at(s, i) {
                        if whole_end > end {
                            return Some((whole_end, whole, None, whole_rule));
                        }
                    }
                }
                let modifier = point_modifier(&expr, pre.modifier);
                return Some((end, expr, Some(modifier), rule));
            }
        }
    }
    core_at(s, i).map(|(end, expr, rule)| (end, expr, None, rule))
}

/// "more than 40 years ago" is a point before the one 40 years ago: on a point in time the
/// amount modifiers become BEFORE / AFTER, as TIMEX3 writes them ("less than a year ago" is
/// AFTER; "in more than two weeks" is AFTER the point two weeks ahead).
fn point_modifier(expr: &TimeExpr, m: Mod) -> Mod {
    let backward = match *expr {
        TimeExpr::Shift { forward, .. } => !forward,
        TimeExpr::Anaphor { offset, .. } if offset != 0 => offset < 0,
        _ => return m,
    };
    match (m, backward) {
        (Mod::MoreThan | Mod::EqualOrMore, true) | (Mod::LessThan | Mod::EqualOrLess, false) => {
            Mod::Before
        }
        (Mod::MoreThan | Mod::EqualOrMore, false) | (Mod::LessThan | Mod::EqualOrLess, true) => {
            Mod::After
        }
        _ => m,
    }
}

/// Which expressions a prefix may modify: not "early" before "recently", for instance.
fn modifiable(expr: &TimeExpr) -> bool {
    !matches!(
        expr,
        TimeExpr::Fuzzy(_) | TimeExpr::Set { .. } | TimeExpr::Unknown { .. }
    )
}

fn core_at(s: &Scanner, i: usize) -> Option<(usize, TimeExpr, &'static str)> {
    let mut best: Option<(usize, TimeExpr, &'static str)> = None;
    for rule in RULES {
        if let Some(found) = (rule.apply)(s, i) {
            if found.end > i && best.as_ref().is_none_or(|b| found.end > b.0) {
                best = Some((found.end, found.expr, rule.name));
            }
        }
    }
    best
}

/// Finds every expression of `text`, sentence by sentence.
pub fn scan(text: &str, lower: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Match> {
    let mut scanner = Scanner::new(text, lower, tokens);
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        scanner.limit = sentence.end_token;
        let mut i = sentence.first_token;
        while i < sentence.end_token {
            if !may_start(&scanner, i) {
                i += 1;
                continue;
            }
            match match_at(&scanner, i) {
                Some((end, ref expr, _, _))
                    if is_title(&scanner, i, end)
                        || is_name_word(&scanner, i, end, sentence.first_token)
                        || is_proper_name(&scanner, i, expr)
                        || is_named_length(&scanner, i, end, expr, sentence.first_token) =>
                {
                    i = end;
                }
                Some((end, expr, modifier, rule)) => {
                    let last = &tokens[end - 1];
                    // ("This New Year's": the holiday's own "'s" stays)
                    let trim = if matches!(scanner.w(end - 1), "year's" | "year’s")
                        && end >= 2
                        && scanner.is(end - 2, "new")
                    {
                        0
                    } else {
                        scanner.possessive_len(end - 1)
                    };
                    out.push(Match {
                        first_token: i,
                        end_token: end,
                        sentence: si,
                        start: tokens[i].start as usize,
                        end: last.end as usize - trim,
                        expr,
                        modifier,
                        rule,
                        range_from: None,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    super::compound::join_durations(&scanner, &mut out);
    super::compound::join_alternatives(&scanner, &mut out);
    super::compound::distribute_every(&scanner, &mut out);
    super::compound::rate_after_amount(&scanner, &mut out);
    super::ranges::split_ranges(&scanner, &mut out);
    super::ranges::pair_ranges(&scanner, &mut out);
    super::ranges::clock_range_starts(&scanner, &mut out);
    out
}

/// A weekday or a holiday that is a person's name: after a capitalised title ("Mr. Friday",
/// "President Friday Jumbo"; not "asked a judge Monday", "would miss Wednesday's tie").
/// (A holiday naming an event, "the Boxing Day Test", "the Good Friday Agreement", is left
/// tagged: annotators tag the day in such names.)
fn is_proper_name(s: &Scanner, first: usize, expr: &TimeExpr) -> bool {
    let day_like = matches!(
        expr,
        TimeExpr::Weekday { rel: None, .. }
            | TimeExpr::Holiday {
                year: None,
                rel: None,
                ..
            }
    );
    // An abbreviated title ("Mr.", "Sen.") always makes a name. A title written in full makes
    // one only in the middle of a sentence, without an article ("The President Monday signed
    // the bill" is the day), and not before a possessive ("Judge Tuesday's ruling for
    // yourself" opens with a verb).
    let abbreviated = first >= 2
        && s.w(first - 1) == "."
        && s.capitalized(first - 2)
        && crate::lexicon::PERSON_TITLES.contains(&s.w(first - 2));
    // (opening a sentence, with a surname after it: "President Friday Jumbo spoke")
    let surname_after = s
        .tokens
        .get(first + 1)
        .is_some_and(|t| t.kind == crate::text::TokenKind::Word && t.capitalized);
    let full = first >= 1
        && s.capitalized(first - 1)
        && crate::lexicon::PERSON_TITLES.contains(&s.w(first - 1))
        && if first >= 2 && s.tokens[first - 2].kind == crate::text::TokenKind::Word {
            !s.is_class(first - 2, Class::The) && !s.is_class(first - 2, Class::A)
        } else {
            surname_after
        }
        && s.possessive_len(first) == 0;
    day_like && s.capitalized(first) && (abbreviated || full)
}

/// "will air on 60 Minutes tonight", "the Thirty Years' War", "the Six-Day War", "the film 28
/// Days Later": a length of time whose unit is capitalised inside a sentence written in lower
/// case (the word before it is) is part of a name. A headline in title case ("Strike Enters
/// Third Week") capitalises the word before too.
fn is_named_length(
    s: &Scanner,
    first: usize,
    end: usize,
    expr: &TimeExpr,
    sentence_start: usize,
) -> bool {
    if !matches!(expr, TimeExpr::Duration { .. } | TimeExpr::Shift { .. })
        || first <= sentence_start
    {
        return false;
    }
    let before = &s.tokens[first - 1];
    let lower_case_before = before.kind == crate::text::TokenKind::Word && !before.capitalized;
    lower_case_before
        && (first..end).any(|k| s.capitalized(k) && s.info(k).is_some_and(|x| x.unit.is_some()))
}

/// "ABC's \"This Week\"": a title in quotes, every word capitalised, is a name.
fn is_title(s: &Scanner, first: usize, end: usize) -> bool {
    first > 1
        && end > first + 1
        && matches!(s.w(first - 1), "\"" | "“" | "``" | "'" | "‘")
        // (an opening quote, against its first word: after "... but when and how.''  Late
        // Monday" the quote closes the sentence before)
        && !s.tokens[first].space_before
        && s.w(first - 2)
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '\'')
        && (first..end).all(|k| s.capitalized(k) || s.is_number(k))
        && (first..end).any(|k| s.capitalized(k))
}

/// "as the Current River rose", "For World Tonight, I'm Dana Whitlock", "the Derby winner,
/// Midnight Parade": a one-word time capitalised inside a sentence, beside another capitalised
/// word, is part of a name.
fn is_name_word(s: &Scanner, first: usize, end: usize, sentence_start: usize) -> bool {
    let word_capitalized =
        |k: usize| s.capitalized(k) && s.tokens[k].kind == crate::text::TokenKind::Word;
    // ("the so-called Storm of the Century", "Trial of the Century": a capitalised unit at the
    // end of a capitalised name with "of the")
    let name_of_the = end == first + 2
        && first >= 2
        && s.is(first, "the")
        && s.capitalized(first + 1)
        && s.is(first - 1, "of")
        && word_capitalized(first - 2)
        && s.info(first + 1).is_some_and(|x| x.unit.is_some());
    name_of_the
        || end == first + 1
            && first > sentence_start
            && s.capitalized(first)
            && matches!(
                s.w(first),
                "current" | "now" | "tonight" | "today" | "midnight" | "noon" | "currently"
            )
            && ((s.tokens[first - 1].kind == crate::text::TokenKind::Word
            && (word_capitalized(first - 1) || word_capitalized(first + 1)))
            // ("The Derby winner, Midnight Parade, ...": a name in apposition)
            || (s.w(first - 1) == "," && word_capitalized(first + 1) && s.w(first + 1) != "i"))
}

/// First words of holiday names the lexicon does not know, capitalised in the text: "All
/// Saints' Day", "Lunar New Year", "Yom Kippur". (A `match`, not a list: it runs at every
/// capitalised token.)
fn holiday_first_word(w: &str) -> bool {
    matches!(
        w,
        "orthodox"
            | "arbor"
            | "anzac"
            | "remembrance"
            | "canada"
            | "bastille"
            | "australia"
            | "groundhog"
            | "earth"
            | "flag"
            | "victoria"
            | "ascension"
            | "cinco"
            | "guy"
            | "bonfire"
            | "burns"
            | "hogmanay"
            | "epiphany"
            | "pentecost"
            | "shrove"
            | "mardi"
            | "whit"
            | "mothering"
            | "indigenous"
            | "all"
            | "lunar"
            | "chinese"
            | "dragon"
            | "mid"
            | "eid"
            | "rosh"
            | "yom"
            | "sukkot"
            | "succot"
            | "sukkoth"
            | "hanukkah"
            | "chanukah"
            | "hanukah"
            | "chanukkah"
            | "purim"
            | "passover"
            | "pesach"
            | "shavuot"
            | "shavuos"
            | "diwali"
            | "deepavali"
            | "divali"
            | "holi"
    )
}

/// A cheap test that keeps the rules away from most tokens: an expression starts with a number,
/// a known word, or an apostrophe ("'80s").
fn may_start(s: &Scanner, i: usize) -> bool {
    // names of holidays that are ordinary words too ("all", "earth", "flag"): only capitalised
    (s.capitalized(i) && holiday_first_word(s.w(i)))
        || s.is_number(i)
        || s.info(i).is_some()
        || matches!(s.w(i), "'" | "’")
        || s.w(i).ends_with("days")
        || s.w(i).ends_with("long")
        || matches!(
            s.w(i),
            "biweekly"
                | "fortnightly"
                | "semiannually"
                | "biannually"
                | "biennially"
                | "semi"
                | "overnight"
                | "another"
                | "those"
                | "these"
                | "midweek"
                | "just"
                | "barely"
        )
        || {
            let w = s.w(i);
            w.len() >= 2 && (w.as_bytes()[0] == b'q' || w.starts_with("fy") || w.contains('-'))
                || matches!(w, "h1" | "h2")
                || matches!(
                    w,
                    "christmas"
                        | "xmas"
                        | "easter"
                        | "thanksgiving"
                        | "halloween"
                        | "black"
                        | "cyber"
                        | "ash"
                        | "palm"
                        | "holy"
                        | "maundy"
                        | "new"
                        | "good"
                        | "memorial"
                        | "labor"
                        | "labour"
                        | "independence"
                        | "election"
                        | "mother's"
                        | "mothers"
                        | "mother’s"
                        | "father's"
                        | "fathers"
                        | "father’s"
                        | "valentine's"
                        | "valentine’s"
                        | "veterans"
                        | "veterans'"
                        | "martin"
                        | "mlk"
                        | "presidents"
                        | "presidents'"
                        | "president's"
                        | "presidents’"
                        | "columbus"
                        | "juneteenth"
                        | "king"
                        | "super"
                        | "inauguration"
                        | "boxing"
                        | "bank"
                        | "midmorning"
                        | "under"
                        | "patriots"
                        | "patriots'"
                        | "midafternoon"
                        | "midevening"
                        | "saint"
                        | "st"
                        | "at"
                        | "these"
                        | "then"
                        | "right"
                        | "no"
                        | "as"
                        | "in"
                        | "fourth"
                        | "o'clock"
                        | "twice"
                        | "thrice"
                        | "more"
                        | "less"
                        | "fewer"
                        | "up"
                        | "nearly"
                        | "almost"
                        | "circa"
                )
        }
}
