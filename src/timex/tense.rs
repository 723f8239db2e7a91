//! The tense of the clause around an expression, from cue words (no tagger).
//!
//! The nearest cue to the left inside the sentence decides; with none on the left, the nearest
//! one on the right. Future cues are phrases ("is set to", "will"); past cues are "said", "was",
//! irregular past forms and regular "-ed" verbs.

use crate::lexicon::fxhash::FxBuildHasher;
use crate::lexicon::{
    DEADLINE_CUES, DEADLINE_NOUNS, DETERMINERS, FUTURE_CUES, MONTH_DATA_NOUNS, MOVE_VERBS,
    NOT_PAST_ED, PAST_IRREGULAR, PRESENT_CUES, REPORTING_PAST, SCHEDULED_EVENTS, SCHEDULE_VERBS,
};

/// How many tokens after a reporting verb ("said", "told") a time may still belong to the report
/// itself: "said on Sunday", "told reporters Monday".
const REPORTED_REACH: usize = 8;
use super::types::{Rel, TimeExpr, Unit};
use crate::text::{Sentence, Token, TokenKind};
use std::collections::HashSet;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
    /// No tense of its own, but the expression names something that most likely happened
    /// already ("the Oct. 23 slaying"): the last one, unless the next one is only days away.
    Recent,
    /// No tense of its own, but most likely ahead ("the election is Nov. 3"): the next one,
    /// unless the last one is only days behind ("the deadline is Oct. 5", two weeks on).
    Upcoming,
}

impl Tense {
    pub fn as_str(self) -> &'static str {
        match self {
            Tense::Past => "past",
            Tense::Present => "present",
            Tense::Future => "future",
            Tense::Unknown => "unknown",
            Tense::Recent => "recent",
            Tense::Upcoming => "upcoming",
        }
    }
}

/// The cue lists as hash sets: `cue_at` runs for most tokens of a text, and walking the
/// lists (two hundred words) there was a large share of annotation time.
struct CueSets {
    future_first: HashSet<&'static str, FxBuildHasher>,
    past_irregular: HashSet<&'static str, FxBuildHasher>,
    not_past_ed: HashSet<&'static str, FxBuildHasher>,
    present: HashSet<&'static str, FxBuildHasher>,
    schedule: HashSet<&'static str, FxBuildHasher>,
}

fn cue_sets() -> &'static CueSets {
    static SETS: OnceLock<CueSets> = OnceLock::new();
    SETS.get_or_init(|| CueSets {
        future_first: FUTURE_CUES
            .iter()
            .filter_map(|c| c.split(' ').next())
            .collect(),
        past_irregular: PAST_IRREGULAR.iter().copied().collect(),
        not_past_ed: NOT_PAST_ED.iter().copied().collect(),
        present: PRESENT_CUES.iter().copied().collect(),
        schedule: SCHEDULE_VERBS.iter().copied().collect(),
    })
}

/// The tense cue at token `k`, with the cue's text for the reason.
pub fn cue_at(lower: &str, tokens: &[Token], k: usize, limit: usize) -> Option<(Tense, String)> {
    let tok = &tokens[k];
    if tok.kind != TokenKind::Word {
        return None;
    }
    let w = &lower[tok.range()];
    // "worst-hit", "well-known": the second half of a compound is not a verb
    if k >= 1 && &lower[tokens[k - 1].range()] == "-" && !tok.space_before {
        return None;
    }
    let next = |n: usize| -> &str {
        if k + n < limit {
            &lower[tokens[k + n].range()]
        } else {
            ""
        }
    };
    // ("is going to start getting beat up in the spring", "are being squeezed this winter":
    // a participle after a passive "be" or "get" that carries no tense tells none of its own;
    // the verb before decides)
    // (only after a verb that carries no past itself: "He remembers getting drafted in June",
    // "after being seized at 4 a.m." tell of the past)
    if k > 1
        && matches!(
            &lower[tokens[k - 1].range()],
            "be" | "being" | "get" | "gets" | "getting"
        )
        && matches!(
            &lower[tokens[k - 2].range()],
            "is" | "are"
                | "am"
                | "be"
                | "will"
                | "to"
                | "start"
                | "starts"
                | "keep"
                | "keeps"
                | "might"
                | "may"
                | "could"
                | "would"
                | "should"
                | "can"
                | "must"
        )
        && (w.ends_with("ed") || cue_sets().past_irregular.contains(w))
    {
        return None;
    }
    // "next to the embassy" is a place; "the next two decades" counts from the story, it does
    // not put the clause ahead
    if w == "next" && (next(1) == "to" || (k > 0 && lower[tokens[k - 1].range()] == *"the")) {
        return None;
    }
    // ("withdrew from next week's tournament on Thursday": a possessive time names an event,
    // it does not put the clause ahead)
    if w == "next"
        && matches!(
            next(1),
            "week's" | "week’s" | "month's" | "month’s" | "year's" | "year’s" | "weekend's"
        )
    {
        return None;
    }
    // "Call the county by Friday", "Expect delays Monday": an instruction opening its sentence
    // is carried out ahead
    let opens_sentence = k == 0
        || tok.newline_before
        || matches!(
            &lower[tokens[k - 1].range()],
            "." | "!" | "?" | ":" | "\"" | "“" | "``"
        );
    if tok.capitalized && opens_sentence && crate::lexicon::IMPERATIVE_VERBS.contains(&w) {
        return Some((Tense::Future, format!("{w} (an instruction)")));
    }
    // "If the rains fail in September", "once the rains end in September", "unless a storm hits
    // before the end of February": a condition in the present is about what may still come.
    // (Not "if he had known", "once played for": a past form right after is the past.)
    // ("including once on Oct. 21", "once, in July": "once" as one time is no condition; as a
    // conjunction it opens a clause with its subject)
    // ("resumed once a week in January": "once a week" is how often, no condition)
    let once_clause = w == "once"
        && !(matches!(next(1), "a" | "an")
            && crate::lexicon::lookup(next(2)).is_some_and(|x| x.unit.is_some()))
        && (DETERMINERS.contains(&next(1))
            || matches!(next(1), "it" | "they" | "he" | "she" | "we"));
    if (matches!(w, "if" | "unless") || once_clause) && k + 1 < limit {
        let past_after = (k + 1..limit.min(k + 1 + CONDITION_REACH)).any(|j| {
            let v = &lower[tokens[j].range()];
            matches!(v, "had" | "was" | "were" | "did" | "would" | "could")
                || (v.len() > 4 && v.ends_with("ed"))
                || cue_sets().past_irregular.contains(v)
        });
        if !past_after {
            return Some((Tense::Upcoming, format!("{w} (a condition)")));
        }
    }
    // "May" is a month; "may" and "might" put what follows ahead, unless "have" follows
    if w == "may" && tok.capitalized {
        return None;
    }
    if matches!(w, "may" | "might") && next(1) == "have" {
        return Some((Tense::Past, format!("{w} have")));
    }
    // "warned that inflation could top 13 percent in October": "could" before a verb looks
    // ahead ("could not", "could have" and "could be located" tell of the past as often)
    if w == "could"
        && !matches!(
            next(1),
            "not"
                | "n't"
                | "have"
                | "never"
                | "be"
                | ""
                | "see"
                | "hear"
                | "feel"
                | "smell"
                | "tell"
                | "remember"
        )
    {
        return Some((Tense::Future, w.to_string()));
    }
    // "We could be in for a rough winter", "it could be the last vote before June", "said the
    // bill could be submitted in May": "could be" is a possibility ahead, unless what follows
    // tells what one was able to perceive or reach ("could be seen for miles on Tuesday")
    if w == "could"
        && next(1) == "be"
        && !next(2).is_empty()
        && !crate::lexicon::PERCEIVED_PARTICIPLES.contains(&next(2))
    {
        return Some((Tense::Future, "could be".to_string()));
    }
    // "may have been responsible", "could have left": a modal perfect is the past ("would
    // have Monday off": "have" is the verb itself, what follows is no participle)
    if w == "have" && k > 0 {
        let prev = &lower[tokens[k - 1].range()];
        let after = next(1);
        let participle = after == "been"
            || after.ends_with("ed")
            || after.ends_with("en")
            || after.ends_with("wn")
            || cue_sets().past_irregular.contains(after);
        if matches!(
            prev,
            "may" | "might" | "could" | "would" | "must" | "should"
        ) && participle
        {
            return Some((Tense::Past, format!("{prev} have")));
        }
        // ("was to have spoken on Thursday": see the participle rule of `clause_tense`)
        if prev == "to" && k >= 2 && matches!(&lower[tokens[k - 2].range()], "was" | "were") {
            return Some((Tense::Past, "was to have".to_string()));
        }
    }
    let sets = cue_sets();
    // No future cue can start here unless the word is the first word of one, or holds an
    // apostrophe (cues such as "'ll" match word endings): skip the list walk otherwise.
    let future_possible = sets.future_first.contains(w) || w.contains('\'') || w.contains('’');
    for cue in FUTURE_CUES.iter().filter(|_| future_possible) {
        let mut parts = cue.split(' ');
        let first = parts.next().unwrap_or("");
        let first_matches = w == first
            || (first.starts_with('\'')
                && (w.ends_with(first) || w.ends_with(&first.replace('\'', "’"))));
        if first_matches && parts.enumerate().all(|(n, p)| next(n + 1) == p) {
            return Some((Tense::Future, cue.to_string()));
        }
    }
    if w.ends_with("'ll") || w.ends_with("’ll") || w == "won't" || w == "won’t" {
        return Some((Tense::Future, w.to_string()));
    }
    // ("its bid for a third title", "a hit single": after a determiner the form is a noun)
    let after_determiner = || {
        k > 0 && {
            let prev = &lower[tokens[k - 1].range()];
            DETERMINERS.contains(&prev) || prev.ends_with("'s") || prev.ends_with("’s")
        }
    };
    // ("storms would hit the region", "plans to cut jobs": after a modal or "to" the form is
    // the bare verb, and the modal decides)
    // (not after the name "May": "Theresa May met officials on Monday"; a headline in title
    // case capitalises the verb too, "Fed May Cut Rates")
    let after_modal = || {
        k > 0
            && !(tokens[k - 1].capitalized
                && !tok.capitalized
                && &lower[tokens[k - 1].range()] == "may")
            && matches!(
                &lower[tokens[k - 1].range()],
                "would"
                    | "will"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "to"
                    | "did"
                    | "does"
                    | "do"
            )
    };
    // "with the draw made two days earlier", "with the vote held on Sunday": a participle in
    // an absolute phrase after "with" tells no tense of its own
    // ("people familiar with the matter said Sunday": the phrase is the subject of the verb)
    let absolute = || {
        k >= 3
            && &lower[tokens[k - 3].range()] == "with"
            && DETERMINERS.contains(&&lower[tokens[k - 2].range()])
            && tokens[k - 1].kind == TokenKind::Word
            && !(k >= 4
                && matches!(
                    &lower[tokens[k - 4].range()],
                    "familiar" | "acquainted" | "involved"
                ))
    };
    // ("will make up two lost days", "five missed payments": after a number word and before
    // its noun the form is an adjective; not "the two agreed on Tuesday")
    // (not a number word that is the subject: "The two held talks on Saturday", "Three signed
    // letters on Monday")
    // (nor the day of a date: "A storm on Dec. 22 destroyed five homes")
    // (a closure: `cue_at` runs at every word, and the look-ups are needed only after a number)
    let day_of_date = || {
        k >= 3
            && tokens[k - 1].kind == TokenKind::Number
            && (is_month_word(&lower[tokens[k - 2].range()])
                || (&lower[tokens[k - 2].range()] == "."
                    && is_month_word(&lower[tokens[k - 3].range()])))
    };
    let counted_adjective = || {
        k > 1
            && !day_of_date()
            && crate::lexicon::lookup(&lower[tokens[k - 1].range()])
                .is_some_and(|x| x.number.is_some())
            && !tokens[k - 1].capitalized
            && !matches!(
                &lower[tokens[k - 2].range()],
                "the" | "these" | "those" | "all" | "both" | "." | "\"" | "“"
            )
            && tokens.get(k + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.capitalized
                    && !matches!(
                        next(1),
                        "on" | "in"
                            | "at"
                            | "to"
                            | "for"
                            | "by"
                            | "with"
                            | "from"
                            | "that"
                            | "the"
                            | "a"
                            | "an"
                            | "and"
                            | "or"
                            | "as"
                            | "after"
                            | "before"
                            | "last"
                            | "this"
                            | "up"
                            | "out"
                            | "down"
                            | "off"
                    )
            })
    };
    // ("the final days of Lent": the season, not the verb)
    if w == "lent" && tok.capitalized {
        return None;
    }
    if sets.past_irregular.contains(w)
        && !after_determiner()
        && !after_modal()
        && !absolute()
        && !counted_adjective()
    {
        return Some((Tense::Past, w.to_string()));
    }
    // ("1.1 million vehicles used the highway between Friday and Monday": a short -ed verb
    // with its object; not "used to", "used cars")
    if w == "used"
        && k > 0
        && !matches!(
            &lower[tokens[k - 1].range()],
            "be" | "been" | "being" | "is" | "are" | "was" | "were" | "get" | "got"
        )
        && DETERMINERS.contains(&next(1))
        // ("Streets used this weekend for the Grand Prix will reopen": a time after it)
        && !matches!(next(1), "this" | "that" | "last" | "next")
    {
        return Some((Tense::Past, w.to_string()));
    }
    if w.len() > 4 && w.ends_with("ed") && !sets.not_past_ed.contains(w) && !tok.capitalized {
        // "the revised figures", "a detailed plan", "9.5 million preferred shares": after a
        // determiner or a number the -ed word is an adjective, not a verb in the past
        let prev = if k > 0 {
            &lower[tokens[k - 1].range()]
        } else {
            ""
        };
        // ("Interstate 71 reopened", "Flight 370 departed": a number that ends a capitalised
        // name is the subject, and the -ed word its verb)
        let named_number = k >= 2
            && tokens[k - 1].kind == TokenKind::Number
            && tokens[k - 2].capitalized
            && tokens[k - 2].kind == TokenKind::Word
            && crate::lexicon::lookup(&lower[tokens[k - 2].range()]).is_none()
            && !matches!(
                &lower[tokens[k - 2].range()],
                "in" | "on" | "at" | "by" | "for" | "about" | "some" | "only" | "all"
            );
        // ("a two-hour televised debate", "a 10-day guided tour": after a compound of a number
        // and a unit, an adjective; not "the 23-year-old walked")
        let after_unit_compound = k >= 2
            && &lower[tokens[k - 2].range()] == "-"
            && matches!(
                prev,
                "hour" | "day" | "week" | "minute" | "month" | "year" | "night" | "mile"
            );
        // ("will run on reduced staff", "sold at discounted prices": right after a preposition
        // and before its noun the -ed word is an adjective; a preposition takes no verb)
        let after_preposition = k > 0
            && matches!(
                prev,
                "on" | "with"
                    | "at"
                    | "of"
                    | "under"
                    | "from"
                    | "into"
                    | "in"
                    | "without"
                    | "amid"
                    | "despite"
            )
            && tokens.get(k + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.capitalized
                    && !matches!(
                        next(1),
                        "on" | "in" | "at" | "to" | "for" | "by" | "with" | "from" | "and" | "or"
                    )
            });
        let adjective = k > 0
            && (after_unit_compound
                || after_preposition
                || (tokens[k - 1].kind == TokenKind::Number && !named_number && !day_of_date())
                || DETERMINERS.contains(&prev)
                || matches!(
                    prev,
                    "some"
                        | "any"
                        | "no"
                        | "each"
                        | "every"
                        | "million"
                        | "billion"
                        | "thousand"
                        | "most"
                        | "least"
                        | "newly"
                        | "widely"
                        | "long"
                        | "much"
                ));
        // "their first televised debate", "the last scheduled flight": after an ordinal that
        // follows a determiner; "The Fed last raised rates" is the verb
        let ordinal_adjective = k >= 2
            && matches!(prev, "first" | "second" | "third" | "last")
            && (DETERMINERS.contains(&&lower[tokens[k - 2].range()])
                || lower[tokens[k - 2].range()].ends_with("'s"));
        // "if needed", "as expected", "when finished": a clause cut short, not a verb of its own
        let elliptic = matches!(prev, "if" | "as" | "when" | "unless" | "where" | "once")
            && matches!(next(1), "," | "." | ";" | ")" | "" | "and" | "or");
        if !adjective && !ordinal_adjective && !elliptic && !absolute() && !counted_adjective() {
            return Some((Tense::Past, w.to_string()));
        }
    }
    // "is seeking a fifth term in November", "are preparing for a vote in March": an aim in
    // the present progressive is ahead
    // ("is seeking damages over the crash in March" seeks what is owed for the past)
    let seeking_office = next(1) == "seeking"
        && (2..SEEKING_REACH).any(|n| {
            matches!(
                next(n),
                "term"
                    | "election"
                    | "reelection"
                    | "re-election"
                    | "office"
                    | "seat"
                    | "nomination"
            )
        });
    if matches!(w, "is" | "are" | "am")
        && (seeking_office
            || matches!(
                next(1),
                "campaigning" | "preparing" | "planning" | "hoping" | "aiming" | "bidding"
            ))
    {
        return Some((Tense::Upcoming, format!("{w} {}", next(1))));
    }
    // ("Tickets go on sale Monday": a sale announced is ahead; "went on sale" is past)
    if matches!(w, "go" | "goes") && next(1) == "on" && next(2) == "sale" {
        return Some((Tense::Upcoming, format!("{w} on sale")));
    }
    if sets.present.contains(w) {
        return Some((Tense::Present, w.to_string()));
    }
    // "Early voting begins Wednesday", "Polls open at 7 a.m. Tuesday": a timetable in the
    // present. Not a noun ("a close vote", "the track meet"), an infinitive or a negation
    // ("failed to open", "did not open"); the bare form only after a plural or a pronoun.
    // ("Cedar Falls City Council": a capital inside the sentence makes it a name)
    // ("begins to show" is an infinitive; "travels to Rome", "moves to the capital" a journey)
    let journey = next(1) == "to"
        && (DETERMINERS.contains(&next(2))
            || tokens
                .get(k + 2)
                .is_some_and(|t| t.capitalized && k + 2 < limit));
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    if sets.schedule.contains(w) && k > 0 && (next(1) != "to" || journey) && !tok.capitalized {
        let prev = &lower[tokens[k - 1].range()];
        let bare = !w.ends_with('s');
        // ("the Olympics, which open on Friday": a relative pronoun stands for its plural)
        // ("The Harbormen play at Pittsburgh on Sunday", "police close the road Friday": plurals
        // without -s too)
        let subject_before = matches!(
            prev,
            "they" | "we" | "you" | "i" | "which" | "that" | "people" | "children" | "police"
        ) || plural(prev)
            || (prev.len() > 4 && prev.ends_with("men"))
            // ("Polls in the county open at 7 a.m. Tuesday", "Schools across the state close
            // Friday": a plural with a place after it)
            || (bare
                && k >= 4
                && DETERMINERS.contains(&&lower[tokens[k - 2].range()])
                && matches!(
                    &lower[tokens[k - 3].range()],
                    "in" | "at" | "across" | "around" | "throughout" | "near"
                )
                && plural(&lower[tokens[k - 4].range()]));
        // ("The state meet, held annually, begins at 9 a.m. Friday": a comma may come before)
        // ("1.8353 marks and 141.52 yen": after a number the form is a noun)
        // ("Markets in Tokyo, closed Tuesday for a holiday, reopen Wednesday": after an aside
        // closed by a comma, a bare form right before its day is the verb)
        let after_aside = bare && prev == "," && is_weekday_word(next(1));
        // ("made four rehabilitation starts": a number two words before makes it a noun)
        // (not the day of a date: "the March 3 primary begins")
        let counted = k >= 2
            && tokens[k - 1].kind == TokenKind::Word
            && !matches!(prev, "and" | "or" | "but" | "then")
            && !(k >= 3
                && crate::lexicon::lookup(&lower[tokens[k - 3].range()])
                    .is_some_and(|x| x.month.is_some()))
            && (tokens[k - 2].kind == TokenKind::Number
                || crate::lexicon::lookup(&lower[tokens[k - 2].range()])
                    .is_some_and(|x| x.number.is_some()));
        let blocked = DETERMINERS.contains(&prev)
            || tokens[k - 1].kind == TokenKind::Number
            || counted
            || prev.ends_with("'s")
            || matches!(prev, "to" | "not" | "n't" | "never" | "did" | "track")
            || (bare && tokens[k - 1].kind != TokenKind::Word && !after_aside);
        if !blocked && (!bare || subject_before || after_aside) {
            return Some((Tense::Upcoming, w.to_string()));
        }
    }
    // "it's just after 6 o'clock", "there's a vote Tuesday": "'s" after a pronoun is "is"
    if matches!(
        w,
        "it's"
            | "it’s"
            | "that's"
            | "that’s"
            | "there's"
            | "there’s"
            | "he's"
            | "he’s"
            | "she's"
            | "she’s"
    ) && next(1) != "been"
    {
        return Some((Tense::Present, w.to_string()));
    }
    // "she flies to Nairobi on Monday": a verb in -s after a subject pronoun is the present
    if k > 0 && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        let prev = &lower[tokens[k - 1].range()];
        // ("Marsh, who leaves office in January")
        if matches!(prev, "he" | "she" | "it" | "who") {
            return Some((Tense::Present, w.to_string()));
        }
    }
    None
}

/// The tense of the clause around tokens `first..end` of `sentence`.
pub fn tense_at(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
) -> Tense {
    tense_with_cue(lower, tokens, sentence, first, end).0
}

/// Like [`tense_at`], with the cue that decided it. A deadline ("until Nov. 20", "extended to
/// Friday") in a past clause is left without a tense: the resolver then takes the nearest date.
pub fn tense_with_cue(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
) -> (Tense, Option<String>) {
    tense_with_cue_in(lower, tokens, sentence, first, end, None)
}

/// How many tokens after a planned time [`crossed_plan`] looks for "but".
const CROSSED_PLAN_REACH: usize = 4;

/// A plan's cue ("expected", "scheduled to", "due to", "set to") right after "was" or "were",
/// and "but" within [`CROSSED_PLAN_REACH`] tokens after the time.
fn crossed_plan(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
    cue: Option<&str>,
) -> bool {
    let but_after = (end..sentence.end_token.min(end + CROSSED_PLAN_REACH))
        .any(|k| word_at(lower, tokens, k) == "but");
    if !but_after {
        return false;
    }
    // ("The launch had been scheduled for Thursday but was scrubbed", "had planned to leave
    // Wednesday but stayed", "was supposed to take place Friday but": a plan in the past
    // perfect, or one that was only supposed, crossed)
    let window = first.saturating_sub(6).max(sentence.first_token)..first;
    let perfect_plan = window.clone().any(|k| {
        let w = word_at(lower, tokens, k);
        let next = word_at(lower, tokens, k + 1);
        (w == "had" && (matches!(next, "planned" | "hoped" | "intended") || next == "been"))
            || (matches!(w, "was" | "were") && next == "supposed")
    });
    if perfect_plan {
        return true;
    }
    let Some(cue) = cue else {
        return false;
    };
    if !plan_word_at(cue.split_whitespace().next().unwrap_or("")) {
        return false;
    }
    // the cue's own "was"/"were", a few words before the time
    let was_before = window.clone().any(|k| {
        matches!(word_at(lower, tokens, k), "was" | "were")
            && plan_word_at(word_at(lower, tokens, k + 1))
    });
    was_before
}

/// Whether `w` is a word of a plan ("expected", "scheduled", "due", "set", "slated").
fn plan_word_at(w: &str) -> bool {
    matches!(w, "expected" | "scheduled" | "due" | "set" | "slated")
}

/// "Pope to visit Lebanon Sunday": a name or noun, "to" and a plain verb before the time at
/// `first`, in a sentence with no tense cue at all. The verb, if so.
fn headline_infinitive<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    verbs_end: usize,
) -> Option<&'a str> {
    let j = (sentence.first_token + 1..first).find(|&j| word_at(lower, tokens, j) == "to")?;
    let verb = word_at(lower, tokens, j + 1);
    let plain = tokens
        .get(j + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized && j + 1 < first)
        && !verb.ends_with("ing")
        && !verb.ends_with("ed")
        && !matches!(
            verb,
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "be"
        );
    let subject = tokens[j - 1].kind == TokenKind::Word;
    if !(plain && subject) {
        return None;
    }
    // ("Automaker to recall cars after fires in March, regulator says": a time of what the
    // plan follows from is no time of the plan)
    if (j + 2..first).any(|k| {
        matches!(
            word_at(lower, tokens, k),
            "after" | "following" | "over" | "since" | "of" | "from"
        )
    }) {
        return None;
    }
    // (the whole sentence up to `verbs_end`: a verb anywhere makes it no headline; checked
    // last, as the dearest)
    (sentence.first_token..verbs_end)
        .all(|k| cue_at(lower, tokens, k, sentence.end_token).is_none())
        .then_some(verb)
}

/// How many words an attribution after a headline may have, its verb included ("judge says",
/// "State Department says", "U.N. envoy says").
const ATTRIBUTION_WORDS: usize = 6;

/// "Arab-Israeli talks to open Tuesday, State Department says": the comma that opens an
/// attribution ending the sentence (a few words and "says" or "said", nothing after), if any.
fn attribution_tail(lower: &str, tokens: &[Token], sentence: &Sentence) -> Option<usize> {
    // (read from the end, with nothing collected: this runs for every expression, and most
    // sentences stop at their last word)
    let last = (sentence.first_token..sentence.end_token)
        .rev()
        .find(|&k| tokens[k].kind == TokenKind::Word)?;
    if !matches!(word_at(lower, tokens, last), "says" | "said") {
        return None;
    }
    // (only a closing full stop may follow the verb)
    if (last + 1..sentence.end_token).any(|k| word_at(lower, tokens, k) != ".") {
        return None;
    }
    let comma = (sentence.first_token..last)
        .rev()
        .find(|&k| word_at(lower, tokens, k) == ",")?;
    // (the verb and the words between it and the comma)
    let words = 1
        + (comma + 1..last)
            .filter(|&k| tokens[k].kind == TokenKind::Word)
            .count();
    (words <= ATTRIBUTION_WORDS).then_some(comma)
}

/// The tokens of one sentence where the tense scans can stop: a cue or ";". Every other token
/// is passed over by [`tense_with_cue`], so scanning only these gives the same answer. Worth
/// building for a long sentence with many expressions, where scanning every token for every
/// expression grows with the square of the sentence.
pub struct CueStops {
    stops: Vec<usize>,
}

impl CueStops {
    pub fn new(lower: &str, tokens: &[Token], sentence: &Sentence) -> Self {
        let limit = sentence.end_token;
        let stops = (sentence.first_token..limit)
            .filter(|&k| {
                // (commas and relative pronouns too: the scans stop at them)
                matches!(
                    &lower[tokens[k].range()],
                    ";" | "," | "which" | "who" | "whom" | "whose"
                ) || cue_at(lower, tokens, k, limit).is_some()
                    || is_schedule_s(&lower[tokens[k].range()])
            })
            .collect();
        CueStops { stops }
    }
}

/// [`tense_with_cue`], scanning only `stops` (built for this sentence) when given.
pub fn tense_with_cue_in(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
    stops: Option<&CueStops>,
) -> (Tense, Option<String>) {
    let (tense, cue) = clause_tense(lower, tokens, sentence, first, end, stops);
    // "Will the Fed cut rates again Tuesday?": in a question opened by "will" the bare verb
    // after the subject is no past tense, though "cut" and "set" look like one ("Will voters
    // remember what happened Tuesday?" keeps its past)
    // (the verb of the question itself, with no clause of its own opened before it: "Will
    // investors forgive the Fed, which cut rates Tuesday?" keeps the relative's past)
    let will_question = || {
        let cue_k = cue.as_deref().and_then(|c| {
            (sentence.first_token..first)
                .rev()
                .find(|&k| word_at(lower, tokens, k) == c)
        });
        matches!(
            word_at(lower, tokens, sentence.first_token),
            "will" | "shall"
        ) && (first..sentence.end_token).any(|k| word_at(lower, tokens, k) == "?")
            && cue_k.is_some_and(|c| {
                (sentence.first_token + 1..c)
                    .all(|k| !QUESTION_CLAUSE_OPENERS.contains(&word_at(lower, tokens, k)))
            })
    };
    if tense == Tense::Past
        && cue
            .as_deref()
            .is_some_and(|c| PAST_SAME_AS_BASE.contains(&c))
        && will_question()
    {
        return (Tense::Future, Some("will ... ? (a question)".to_string()));
    }
    // "The verdict was expected Monday but the jury asked for more time", "The ferry was
    // scheduled to leave Tuesday but never sailed": a plan told in the past and then crossed
    // was for a day gone by
    if matches!(
        tense,
        Tense::Future | Tense::Unknown | Tense::Upcoming | Tense::Recent
    ) && crossed_plan(lower, tokens, sentence, first, end, cue.as_deref())
    {
        return (
            Tense::Past,
            Some("was expected/scheduled ... but (a plan crossed: gone by)".to_string()),
        );
    }
    // "Pope to visit Lebanon Sunday", "Union to strike Monday": a headline's infinitive with no
    // verb of its own tells what is to come
    // (not a day naming an event: "Officials to probe Tuesday blast", "after Tuesday loss")
    let names_event = end < sentence.end_token
        && tokens[end].kind == TokenKind::Word
        && !tokens[end].capitalized
        && !matches!(
            word_at(lower, tokens, end),
            "to" | "at"
                | "for"
                | "in"
                | "with"
                | "after"
                | "before"
                | "and"
                | "or"
                | "as"
                | "about"
                | "on"
                | "over"
                | "into"
                | "against"
                | "from"
                | "by"
        );
    // ("GM to exit bankruptcy by Friday, judge says": the attribution after the headline is
    // no verb of the headline's own)
    let attribution = attribution_tail(lower, tokens, sentence).filter(|&tail| tail >= end);
    if ((tense == Tense::Unknown && cue.is_none()) || attribution.is_some()) && !names_event {
        if let Some(verb) = headline_infinitive(
            lower,
            tokens,
            sentence,
            first,
            attribution.unwrap_or(sentence.end_token),
        ) {
            return (
                Tense::Future,
                Some(format!("to {verb} (a headline: ahead)")),
            );
        }
    }
    // ("In February, officials said the bill could be submitted in March", "said the aid could
    // be delivered on Tuesday, but the convoy was turned back": a possibility reported in the
    // past may be of a day on either side of publication, the nearest)
    // (a weekday or a month; "could be finished by the end of the year" stays ahead)
    if tense == Tense::Future
        && cue.as_deref() == Some("could be")
        && (is_weekday_word(word_at(lower, tokens, first))
            || is_month_word(word_at(lower, tokens, first)))
        && (sentence.first_token..first).any(|j| {
            matches!(
                cue_at(lower, tokens, j, sentence.end_token),
                Some((Tense::Past, _))
            )
        })
    {
        return (
            Tense::Unknown,
            Some("could be (reported in the past: the nearest)".to_string()),
        );
    }
    // "will not bowl again after scans on Monday revealed a fracture": a verb in the past
    // right after the time is the time's own (not a report: "Monday, officials said")
    // (only a time inside a noun phrase, "scans on Monday": "will be held Friday followed by a
    // reception" has a participle after it)
    let in_noun_phrase = first >= sentence.first_token + 2
        && matches!(
            word_at(lower, tokens, first - 1),
            "on" | "from" | "of" | "for" | "over"
        )
        && tokens[first - 2].kind == TokenKind::Word
        && !tokens[first - 2].capitalized;
    if matches!(tense, Tense::Future | Tense::Upcoming)
        && in_noun_phrase
        && end < sentence.end_token
        && word_at(lower, tokens, end + 1) != "by"
    {
        if let Some((Tense::Past, verb)) = cue_at(lower, tokens, end, sentence.end_token) {
            if !REPORTING_PAST.contains(&verb.as_str())
                && verb.bytes().all(|b| b.is_ascii_lowercase())
            {
                return (Tense::Past, Some(format!("{verb} (right after it)")));
            }
        }
    }
    // "a closing before the summer is unlikely", "a vote leaders expect before Easter", "to
    // settle by the summer": a season or a holiday after "before", "until" or "by" is the coming
    // one; told in the past, the nearest
    // ("wanted a deal before the summer" in May; "retired before the summer" in October)
    if first > sentence.first_token
        && matches!(
            word_at(lower, tokens, first - 1),
            "before" | "until" | "till" | "by"
        )
        && (first..end).any(|k| {
            matches!(
                word_at(lower, tokens, k),
                "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "winter"
                    | "easter"
                    | "christmas"
                    | "thanksgiving"
                    | "halloween"
            )
        })
    {
        let word = word_at(lower, tokens, first - 1);
        // ("a snowstorm before Christmas forced it to cancel": the verb right after it is past)
        let past_after = end < sentence.end_token
            && matches!(
                cue_at(lower, tokens, end, sentence.end_token),
                Some((Tense::Past, _))
            );
        if tense == Tense::Past || past_after {
            return (
                Tense::Unknown,
                Some(format!(
                    "{word} a season or holiday, told in the past: the nearest"
                )),
            );
        }
        return (Tense::Upcoming, Some(format!("{word} a season or holiday")));
    }
    // "postponed until Tuesday", "extended its offer until midnight Friday": a weekday
    // something was moved to is most likely still ahead when the move is reported (a date may
    // lie weeks back: "pushed the deadline back to Nov. 16", said in December)
    let after_until = first > sentence.first_token
        && matches!(word_at(lower, tokens, first - 1), "until" | "till" | "to");
    if after_until
        && !matches!(tense, Tense::Future | Tense::Upcoming)
        && names_weekday(lower, tokens, first, end)
    {
        if let Some(verb) = moved_to(lower, tokens, sentence, first) {
            return (
                Tense::Upcoming,
                Some(format!("{verb} ... (moved to a later day: the next one)")),
            );
        }
    }
    // "adjourned the hearing to July 15", "deferred the vote to September": a date something
    // was moved to, told in the past, is the nearest one (not last year's)
    // (a date, not a clock time: "Kick-off had been brought forward to 14:00" stays on the day
    // of the story)
    let clock =
        lower[tokens[first].start as usize..tokens[end - 1].end as usize].contains([':', '.']);
    if after_until && tense == Tense::Past && !clock {
        if let Some(verb) = moved_to(lower, tokens, sentence, first) {
            return (
                Tense::Unknown,
                Some(format!("{verb} ... to (a date moved to: the nearest)")),
            );
        }
    }
    // "called a 48-hour strike starting at 8 p.m. on Wednesday", "ordered visitors off the
    // island starting at 5 a.m. Sunday": the start of what a past verb announced may lie either
    // side of publication, the nearest one
    let start_word = |k: usize| {
        matches!(
            word_at(lower, tokens, k),
            "starting" | "beginning" | "effective"
        )
    };
    // (over a clock before the day: "starting at 8 p.m. on Wednesday")
    let clock_word = |k: usize| {
        tokens[k].kind == TokenKind::Number
            || matches!(
                word_at(lower, tokens, k),
                "at" | "on"
                    | ":"
                    | "."
                    | "a.m."
                    | "p.m."
                    | "a"
                    | "p"
                    | "m"
                    | "am"
                    | "pm"
                    | "noon"
                    | "midnight"
            )
    };
    let starting = (first.saturating_sub(START_REACH).max(sentence.first_token)..first)
        .rev()
        .find(|&k| !clock_word(k))
        .is_some_and(start_word);
    // ("staged a strike starting at midnight Sunday that shut ports for three days": a past
    // verb after it says the start has come)
    if matches!(tense, Tense::Past | Tense::Recent)
        && starting
        && !past_verb_after(lower, tokens, sentence, end)
    {
        return (
            Tense::Unknown,
            Some(format!(
                "{} (but a start it announced may lie either side: the nearest)",
                cue.unwrap_or_default()
            )),
        );
    }
    // ("By Sunday, crews had contained the blaze": a deadline in the past perfect is met, past;
    // not "had" as a verb of its own, "it had funding only until the end of June")
    let past_perfect = cue.as_deref() == Some("had")
        && (sentence.first_token..sentence.end_token.saturating_sub(1)).any(|k| {
            word_at(lower, tokens, k) == "had" && {
                let next = word_at(lower, tokens, k + 1);
                (next.len() > 4 && next.ends_with("ed")) || cue_sets().past_irregular.contains(next)
            }
        });
    if matches!(tense, Tense::Past | Tense::Recent) && !past_perfect {
        let after = if end < sentence.end_token {
            &lower[tokens[end].range()]
        } else {
            ""
        };
        let deadline = deadline_before(lower, tokens, sentence, first)
            .or_else(|| matches!(after, "deadline" | "deadlines").then_some(after));
        if let Some(word) = deadline {
            return (
                Tense::Unknown,
                Some(format!(
                    "{} (but \"{word}\" makes it a deadline)",
                    cue.unwrap_or_default()
                )),
            );
        }
    }
    (tense, cue)
}

/// A tense the expression itself decides, whatever its clause (of tense `clause`) says: a
/// possessive weekday or month is past; a date used as an adjective ("the Aug. 7 blasts") names
/// an event, most likely a past one; when the clause speaks of the future or the noun is a
/// deadline, the nearest one.
pub fn of_expression(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    expr: &TimeExpr,
    first: usize,
    end: usize,
    clause: Tense,
) -> Option<(Tense, Option<String>)> {
    // "Tuesday: The planning board takes up ...", "Thursday and Friday: Blood drive": a weekday
    // heading an entry of a listing of what is on (a recap in the past stays past)
    // ("Halloween weekend: The Lantern Walk returns", "Oct. 22: The symphony opens its season")
    if matches!(
        expr,
        TimeExpr::Weekday {
            rel: None,
            clock: None,
            ..
        } | TimeExpr::Holiday {
            year: None,
            rel: None,
            ..
        } | TimeExpr::Calendar {
            year: None,
            rel: None,
            clock: None,
            ..
        }
    ) && clause != Tense::Past
        && listing_label(lower, tokens, first, end)
    {
        // (strictly ahead: a week-ahead listing written on a Friday lists next Friday)
        return Some((Tense::Future, Some(LISTING_CUE.to_string())));
    }
    // ("Retailers head into the Thanksgiving weekend", "heading into the holidays": a time
    // headed into is ahead; "were heading into" is told in the past)
    let headed_into = first >= 2
        && word_at(lower, tokens, first - 1) == "into"
        && match word_at(lower, tokens, first - 2) {
            "head" | "heads" => true,
            "heading" => clause != Tense::Past,
            _ => false,
        };
    if headed_into {
        return Some((
            Tense::Upcoming,
            Some("a time headed into: the coming one".to_string()),
        ));
    }
    if names_past_event(lower, tokens, expr, end) {
        // "will vote in Tuesday's election", "ahead of Sunday's final": a coming event
        let before = |n: usize| {
            if first >= n {
                &lower[tokens[first - n].range()]
            } else {
                ""
            }
        };
        // ("With two days left before Tuesday's primary": the time still to go)
        // ("traders braced for Wednesday's estimate", "preparing for Sunday's final")
        let ahead_word = matches!(before(1), "toward" | "towards" | "until")
            || (before(1) == "for"
                && matches!(
                    before(2),
                    "braced"
                        | "bracing"
                        | "brace"
                        | "prepared"
                        | "preparing"
                        | "prepare"
                        | "ready"
                        | "waiting"
                        | "gearing"
                        | "geared"
                        | "positioned"
                        | "positioning"
                ))
            || (before(1) == "of" && before(2) == "ahead")
            // ("traders will watch Thursday's report", "markets await Friday's jobs data": what
            // is watched for is still to come; "were watching Tuesday's results" is told back)
            || (clause != Tense::Past
                && matches!(
                    before(1),
                    "watch" | "watching" | "await" | "awaits" | "awaiting" | "eye" | "eyeing"
                ))
            // ("Attention now turns to Friday's jobs report", "investors will turn their
            // attention to Wednesday's testimony": what attention moves to is ahead)
            || (before(1) == "to"
                && clause != Tense::Past
                && matches!(before(2), "turns" | "turn" | "attention" | "forward" | "ahead"))
            || (before(1) == "before" && matches!(before(2), "left" | "remaining" | "go"))
            || tickets_for(lower, tokens, first)
                .is_some_and(|noun| is_service(noun) || !held_after(lower, tokens, sentence, end))
            // ("urged families to keep Sunday's gatherings small")
            || (clause == Tense::Upcoming
                && directive_before(lower, tokens, sentence, first).is_some());
        let noun = word_at(lower, tokens, end);
        // "Sunday's ceremony will begin at 11 a.m.": what the day names is the subject of a
        // verb ahead
        // ("Wednesday's stage finishes at Pra-Loup": a timetable verb in -s too)
        // ("said Sunday's meeting would decide the issue": reported, "would" is "will"; not
        // "would have")
        let subject_of_future = (end + 1..end + 4).any(|k| {
            let w = word_at(lower, tokens, k);
            matches!(w, "will" | "begin" | "start" | "open")
                || (w == "would"
                    && word_at(lower, tokens, k + 1) != "have"
                    && !matches!(before(1), "from" | "of" | "since" | "after"))
                || (w.ends_with('s') && SCHEDULE_VERBS.contains(&w))
        });
        // "will start Sunday's Lakeshore Marathon": the event noun after a name
        let noun = (end..end + 3)
            .map(|k| word_at(lower, tokens, k))
            .find(|w| SCHEDULED_EVENTS.contains(w))
            .unwrap_or(noun);
        // "will appear in Thursday's issue", "will be discussed at Monday's meeting": where a
        // future clause puts what it tells is ahead too ("will appeal Wednesday's ruling" is
        // not: the ruling is its object)
        // ("will give blood samples before Sunday's time trial": what comes before is ahead)
        // ("will take charge for Saturday's trip to Bristol": a trip told in the future is the
        // coming one, an away game; "Saturday's trip showed how far the team has come" is not)
        let place_of_future = clause == Tense::Future
            && (matches!(before(1), "in" | "at" | "during" | "before") || noun == "trip");
        // ("The museum, closed since Sunday's robbery, will reopen": what has lasted since an
        // event began after it)
        if before(1) == "since" {
            return Some((
                Tense::Past,
                Some("possessive after \"since\" (\"since Sunday's robbery\")".to_string()),
            ));
        }
        if ahead_word
            || subject_of_future
            || place_of_future
            // ("results from Sunday's elections would not be published": what comes from an
            // event follows it)
            // ("Tickets for Sunday's opening are sold out", "The purse for Saturday's race is
            // $1.65 million": an event told of in the present has not happened yet)
            // ("If Saturday's attempt fails": a condition in the present looks ahead too; not
            // "If Tuesday's vote is any indication", a past event as a guide)
            || (matches!(clause, Tense::Future | Tense::Present | Tense::Upcoming)
                && SCHEDULED_EVENTS.contains(&noun)
                && !(clause == Tense::Upcoming
                    && (end + 1..end + 4).any(|k| word_at(lower, tokens, k) == "any"))
                && !matches!(before(1), "from" | "of" | "since"))
        {
            return Some((
                Tense::Future,
                Some("possessive of a coming event (\"ahead of Tuesday's vote\")".to_string()),
            ));
        }
        return Some((
            Tense::Past,
            Some("possessive (\"Wednesday's ruling\")".to_string()),
        ));
    }
    // ("tickets for Saturday and Sunday have sold out": a day tickets are sold for)
    // ("bookings for Christmas remained 70 percent below normal", "Tickets for the weekend
    // sessions have sold out": a holiday or the weekend too)
    let weekday = matches!(
        expr,
        TimeExpr::Weekday { rel: None, .. }
            | TimeExpr::Holiday {
                year: None,
                rel: None,
                ..
            }
            | TimeExpr::RelUnit {
                rel: Rel::This,
                unit: Unit::Weekend,
                part: None,
            }
    );
    // ("advance reservations for April and May were down", "hotel bookings for August had
    // dropped by half": a month too, the nearest, like a holiday)
    let bare_month = matches!(
        expr,
        TimeExpr::Calendar {
            year: None,
            month: Some(_),
            day: None,
            rel: None,
            ..
        }
    );
    // (not when a later clause tells the event in the past: "Seats for Tuesday's debate were
    // allocated by lottery, and the hall was half empty"; a holiday the nearest, "bookings for
    // Christmas were lower" in January is the one just gone)
    let holiday = bare_month || matches!(expr, TimeExpr::Holiday { .. });
    // (flights called off or laid on for a day are for a day either side, the nearest: "had
    // canceled 900 flights for Tuesday" on a Thursday is the Tuesday just gone)
    if let Some(noun) = tickets_for(lower, tokens, first).filter(|&noun| {
        (weekday || bare_month)
            && (holiday || is_service(noun) || !held_after(lower, tokens, sentence, end))
    }) {
        return Some(if holiday || is_service(noun) {
            (
                Tense::Unknown,
                Some(format!("{noun} for a day: the nearest")),
            )
        } else {
            (
                Tense::Upcoming,
                Some("tickets for a day: the coming one".to_string()),
            )
        });
    }
    // ("The arrest came as congregations prepared for Thanksgiving": a holiday prepared for is
    // the nearest, told in the past or not)
    let prepared_for = first >= 2
        && word_at(lower, tokens, first - 1) == "for"
        && matches!(
            word_at(lower, tokens, first - 2),
            "prepared"
                | "preparing"
                | "prepare"
                | "prepares"
                | "braced"
                | "bracing"
                | "geared"
                | "gearing"
                | "ready"
                | "readied"
        );
    if prepared_for
        && matches!(
            expr,
            TimeExpr::Holiday {
                year: None,
                rel: None,
                ..
            }
        )
    {
        return Some((
            Tense::Unknown,
            Some("a holiday prepared for: the nearest".to_string()),
        ));
    }
    // "publishes its retail figures for January on Monday", "sales figures for December are
    // due": the figures of a month are published once the month is over (`bare_month`, above)
    // ("a deficit of about 1.9 billion pounds for September": a measure a few words back)
    let measured_for = first >= 2
        && word_at(lower, tokens, first - 1) == "for"
        && (first.saturating_sub(MEASURE_REACH)..first - 1).any(|k| {
            let w = word_at(lower, tokens, k);
            MONTH_DATA_NOUNS.contains(&w) || MEASURE_NOUNS.contains(&w)
        });
    if bare_month && measured_for {
        return Some((
            Tense::Past,
            Some("figures for a month: the last one".to_string()),
        ));
    }
    // "Hang Seng futures for September", "a stoppage lasting into October": a contract month
    // or the month a stretch runs into, the nearest one
    let before = |n: usize| {
        if first >= n {
            word_at(lower, tokens, first - n)
        } else {
            ""
        }
    };
    // "will report results for the 12 months to June 30", "jobless claims for the week ending
    // July 18": the end of a period reported on, the nearest one, whatever the report's tense
    // ("the year ended March 31" is over: the verb's own past, below)
    let period_end = first >= 2
        && matches!(before(1), "to" | "ending" | "through")
        && matches!(
            before(2),
            "months" | "weeks" | "week" | "year" | "quarter" | "period" | "days" | "half"
        )
        && matches!(expr, TimeExpr::Calendar { year: None, .. })
        // ("net income fell in the fiscal year ending June 30": told in the past, the last)
        && clause != Tense::Past;
    if period_end {
        return Some((
            Tense::Unknown,
            Some("the end of a period reported on: the nearest".to_string()),
        ));
    }
    // ("October crude on the New York Mercantile Exchange": the month before the commodity)
    let after = word_at(lower, tokens, end);
    if bare_month
        && ((before(1) == "for"
            && matches!(
                before(2),
                "futures" | "contract" | "contracts" | "crude" | "oil" | "delivery"
            ))
            || (matches!(after, "crude" | "futures" | "contract" | "contracts")
                && !matches!(before(1), "in" | "since" | "during" | "last"))
            || (before(1) == "into"
                && matches!(
                    before(2),
                    "lasting"
                        | "last"
                        | "lasts"
                        | "continue"
                        | "continuing"
                        | "stretch"
                        | "stretching"
                        | "running"
                        | "run"
                        | "extend"
                        | "extending"
                )))
    {
        return Some((
            Tense::Unknown,
            Some("a contract month, or one a stretch runs into: the nearest".to_string()),
        ));
    }
    if is_attributive_date(lower, tokens, expr, first, end) {
        // ("demand has been weak since the September 11 attacks": what began with an event is
        // after it)
        if first >= 2 && matches!(word_at(lower, tokens, first - 2), "since") {
            return Some((
                Tense::Past,
                Some("since an event named by its date: the last one".to_string()),
            ));
        }
        let noun = word_at(lower, tokens, end);
        // "the Jan. 14 deadline", "a March 18 trial date"
        let second = word_at(lower, tokens, end + 1);
        // ("the July 7 parliamentary vote": an adjective before the event)
        // ("the June 12 central bank meeting": two words before it)
        let third = word_at(lower, tokens, end + 2);
        let noun = if DEADLINE_NOUNS.contains(&second)
            || (SCHEDULED_EVENTS.contains(&second) && !SCHEDULED_EVENTS.contains(&noun))
        {
            second
        } else if SCHEDULED_EVENTS.contains(&third)
            && !SCHEDULED_EVENTS.contains(&noun)
            && !SCHEDULED_EVENTS.contains(&second)
            && [noun, second]
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        {
            third
        } else {
            noun
        };
        if DEADLINE_NOUNS.contains(&noun) {
            return Some((
                Tense::Unknown,
                Some(format!("a date naming a {noun}: the nearest one")),
            ));
        }
        // "will release October retail sales figures": figures are for a month already over
        // ("Friday's report on March durable-goods orders": a few lower-case words between)
        if data_noun_after(lower, tokens, end) {
            return Some((
                Tense::Past,
                Some(format!("figures for a month ({noun}): the last one")),
            ));
        }
        // "plan to field candidates for the April 9 vote": an event a future clause prepares
        // for is ahead ("signatures from the November election" may be behind)
        let toward = first >= 2
            && matches!(
                word_at(lower, tokens, first - 2),
                "for" | "in" | "before" | "until" | "ahead" | "toward" | "towards"
            );
        // ("rejecting a request to postpone the case until after the November election",
        // "signatures to put the increase on the November ballot", "without raising taxes before
        // the October election": not told in the past, what is readied for is ahead too)
        let readied_for = first >= 2
            && matches!(
                word_at(lower, tokens, first - 2),
                "before" | "until" | "ahead" | "toward" | "towards" | "on"
            )
            && matches!(clause, Tense::Unknown | Tense::Present);
        if (clause == Tense::Future && toward || readied_for) && SCHEDULED_EVENTS.contains(&noun) {
            return Some((
                Tense::Upcoming,
                Some("a date naming a scheduled event that is readied for".to_string()),
            ));
        }
        if clause == Tense::Future || SCHEDULED_EVENTS.contains(&noun) {
            // "voters will choose in the Nov. 8 election", "four months before the May 5
            // primary": an event held on a set day may be ahead as well as behind: the nearest
            return Some((
                Tense::Unknown,
                Some("a date naming an event, in a future clause".to_string()),
            ));
        }
        return Some((
            Tense::Recent,
            Some("a date naming an event (\"the Aug. 7 blasts\")".to_string()),
        ));
    }
    None
}

/// Whether the time at `first..end` heads a paragraph and a colon ends it, alone or with another
/// weekday joined by "and" ("Thursday and Friday:"); or is that other weekday.
fn listing_label(lower: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let heads = |k: usize| k == 0 || tokens[k].newline_before;
    let colon = |k: usize| word_at(lower, tokens, k) == ":";
    let weekday_word = |k: usize| word_at(lower, tokens, k).ends_with("day");
    (heads(first)
        && (colon(end)
            || (matches!(word_at(lower, tokens, end), "and" | "&" | "-" | "to")
                && weekday_word(end + 1)
                && colon(end + 2))))
        || (first >= 2
            && heads(first - 2)
            && weekday_word(first - 2)
            && matches!(word_at(lower, tokens, first - 1), "and" | "&" | "-" | "to")
            && colon(end))
        // ("SATURDAY" on a line of its own, the entry on the lines after it)
        || (heads(first)
            && end == first + 1
            && weekday_word(first)
            && tokens.get(end).is_none_or(|t| t.newline_before))
}

/// The lower-case text of token `k`, or "" past the end.
fn word_at<'a>(lower: &'a str, tokens: &[Token], k: usize) -> &'a str {
    tokens.get(k).map_or("", |t| &lower[t.range()])
}

/// "Wednesday's ruling", "Thursday's closing price", "December's figures": a bare weekday or
/// month in the possessive names something that already happened then, whatever the tense of
/// the clause around it.
fn names_past_event(lower: &str, tokens: &[Token], expr: &TimeExpr, end: usize) -> bool {
    let last = &lower[tokens[end - 1].range()];
    matches!(
        expr,
        TimeExpr::Weekday {
            rel: None,
            clock: None,
            part: None,
            ..
        } | TimeExpr::Calendar {
            year: None,
            month: Some(_),
            day: None,
            rel: None,
            ..
        }
    ) && (last.ends_with("'s") || last.ends_with("’s"))
}

/// "the Aug. 7 blasts", "the October slaying", "a Jan. 14 return date": a month (and day) used
/// as an adjective belongs to the noun after it, not to the verb of the clause.
fn is_attributive_date(
    lower: &str,
    tokens: &[Token],
    expr: &TimeExpr,
    first: usize,
    end: usize,
) -> bool {
    // "the Aug. 7 blasts", "the October slaying", "a June agreement", "the Fourth of July
    // fireworks show"
    let bare_date = matches!(
        *expr,
        TimeExpr::Calendar {
            year: None,
            month: Some(_),
            rel: None,
            clock: None,
            ..
        } | TimeExpr::Holiday {
            year: None,
            rel: None,
            weekend: false,
            part: None,
            ..
        }
    );
    if !bare_date {
        return false;
    }
    if first == 0 || end >= tokens.len() {
        return false;
    }
    let before = &lower[tokens[first - 1].range()];
    let after_tok = &tokens[end];
    let after = &lower[after_tok.range()];
    // "the government's December jobs report": a possessive stands for the determiner
    let possessive = before.ends_with("'s") || before.ends_with("’s");
    // ("crude for October delivery": a contract month needs no determiner; nor do the figures
    // of a month, "expect March figures", which name a month already over)
    // ("the report on September durable goods orders": the figures' noun a few words on)
    // (the noun right after, or a few words on after "on", "for", "of": "will decide in June
    // whether prices rise" is a clause; words in -ing or of a clause end the noun phrase)
    let data_noun_near = MONTH_DATA_NOUNS.contains(&after)
        || matches!(before, "on" | "for" | "of") && data_noun_after(lower, tokens, end);
    // ("will report October personal spending": one word between, after a verb of releasing
    // figures; "expect December holiday sales to rise" looks ahead)
    let data_noun_second = end + 1 < tokens.len()
        && MONTH_DATA_NOUNS.contains(&&lower[tokens[end + 1].range()])
        && !CLAUSE_OPENERS.contains(&after)
        && matches!(
            before,
            "report"
                | "reports"
                | "release"
                | "releases"
                | "publish"
                | "publishes"
                | "issue"
                | "issues"
        );
    let contract_month = matches!(after, "delivery" | "contract" | "contracts")
        || data_noun_near
        || data_noun_second;
    (DETERMINERS.contains(&before) || possessive || contract_month)
        && after_tok.kind == TokenKind::Word
        && !after_tok.capitalized
        && !matches!(
            after,
            "and"
                | "or"
                | "to"
                | "in"
                | "at"
                | "on"
                | "of"
                | "for"
                | "by"
                | "when"
                | "that"
                | "until"
                | "through"
                | "with"
                | "from"
                | "was"
                | "is"
                | "will"
                | "were"
        )
}

/// Words that end the noun phrase after a month by opening a clause ("as early as March if
/// inflation eases", "will decide in June whether prices rise").
const CLAUSE_OPENERS: &[&str] = &[
    "if", "unless", "as", "because", "while", "but", "when", "and", "or", "whether", "that", "to",
];

/// Verbs that move a plan to another time ("moving the start date to late summer"): the time
/// after their "to" is the nearest one.
const MOVING_VERBS: &[&str] = &[
    "moving",
    "moved",
    "moves",
    "pushed",
    "pushing",
    "rescheduled",
];

/// Adverbs that mark a plan given up ("originally scheduled for Tuesday").
pub const GIVEN_UP_ADVERBS: &[&str] = &["originally", "previously", "initially"];

/// How many tokens before "on <date>" [`plan_verb_with_object`] looks for "for" and a clock time
/// ("for 9:30 a.m. on June 3": "a.m." is four tokens).
const CLOCK_BEFORE_ON_TOKENS: usize = 10;

/// How many tokens before "for" or "to" [`plan_verb_with_object`] looks for the verb of the plan.
const PLAN_VERB_REACH: usize = 16;

/// How many words after "is seeking" [`cue_at`] looks for the office sought ("is seeking a fifth
/// two-year term").
const SEEKING_REACH: usize = 9;

/// "September durable goods orders", "March durable-goods orders": a noun of figures among the
/// few lower-case words (or hyphens of a compound) from token `from` on, before a word in -ing
/// or one that opens a clause ("will decide in June whether prices rise").
fn data_noun_after(lower: &str, tokens: &[Token], from: usize) -> bool {
    (from..(from + crate::timex::grammar::MONTH_DATA_REACH).min(tokens.len()))
        .take_while(|&k| {
            let w = &lower[tokens[k].range()];
            w == "-"
                || (tokens[k].kind == TokenKind::Word
                    && !tokens[k].capitalized
                    && !w.ends_with("ing")
                    && !CLAUSE_OPENERS.contains(&w))
        })
        .any(|k| MONTH_DATA_NOUNS.contains(&&lower[tokens[k].range()]))
}

/// "rain expected Friday night", "a vote scheduled for Tuesday", "a ruling due on Monday": a
/// word of plans right before the time (a preposition may come between) puts it ahead,
/// whatever the verb of the clause.
fn plan_word_before<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    // "could come as early as Tuesday", "as soon as next week"
    if first >= sentence.first_token + 3
        && lower[tokens[first - 1].range()] == *"as"
        && matches!(&lower[tokens[first - 2].range()], "early" | "soon")
        && lower[tokens[first - 3].range()] == *"as"
    {
        return Some(&lower[tokens[first - 2].range()]);
    }
    let mut k = first;
    for _ in 0..2 {
        if k <= sentence.first_token {
            return None;
        }
        k -= 1;
        let w = &lower[tokens[k].range()];
        // ("begin as previously planned Saturday night", "Kickoff, originally set for 7 p.m.,
        // was pushed back": a plan already past)
        let old_plan = matches!(w, "planned" | "scheduled" | "slated" | "due" | "set")
            && k > sentence.first_token
            && matches!(
                &lower[tokens[k - 1].range()],
                "previously" | "originally" | "as" | "initially"
            );
        // ("returned in larger numbers than expected on Black Friday": a comparison with what
        // was expected, not a plan)
        let compared = matches!(w, "expected" | "planned" | "scheduled")
            && k > sentence.first_token
            && matches!(&lower[tokens[k - 1].range()], "than" | "as");
        // ("The contest had been due on May 26, but was put off", "down from the 22 it had
        // planned in March": a plan of the past)
        let past_perfect = (k >= sentence.first_token + 2
            && lower[tokens[k - 1].range()] == *"been"
            && lower[tokens[k - 2].range()] == *"had")
            || (k > sentence.first_token && lower[tokens[k - 1].range()] == *"had");
        // ("the vote was first set for Jan. 8 but was put off", "doses that were due in March":
        // a plan told in the past; the caller reads "was" as the last one unless the next is
        // near)
        let was = (k.saturating_sub(2).max(sentence.first_token)..k)
            .rev()
            .map(|j| &lower[tokens[j].range()])
            .take_while(|v| !matches!(*v, "," | ";"))
            .find(|v| matches!(*v, "was" | "were"))
            .filter(|_| {
                let prev = &lower[tokens[k - 1].range()];
                matches!(prev, "was" | "were" | "first" | "originally" | "initially")
            });
        // (only a plan that the sentence goes on to change: "was scheduled for Thursday" alone
        // may still be ahead)
        let changed = || {
            (first + 1..sentence.end_token.min(first + 1 + CHANGED_PLAN_REACH)).any(|j| {
                matches!(
                    &lower[tokens[j].range()],
                    "postponed"
                        | "delayed"
                        | "canceled"
                        | "cancelled"
                        | "put"
                        | "pushed"
                        | "moved"
                        | "scrapped"
                        | "called"
                )
            })
        };
        // ("The budget was due June 30": a day of a month that was due is the last one unless
        // the next is near, changed or not; "the report was due Friday" and "the next were due
        // in June" may still be ahead)
        // (after a month's abbreviation, its dot first: "Dec. 31")
        let dated = !is_weekday_word(word_at(lower, tokens, first))
            && tokens[first + 1..]
                .iter()
                .take(2)
                .any(|t| t.kind == TokenKind::Number);
        if matches!(w, "due" | "scheduled" | "set" | "slated" | "planned")
            && !past_perfect
            && was.is_some()
            && (changed() || (w == "due" && dated))
        {
            return was;
        }
        if PLAN_WORDS.contains(&w) && !old_plan && !compared && !past_perfect {
            return Some(w);
        }
        // ("The quarterfinal, originally scheduled for Tuesday, had been pushed back": a
        // plan given up; the caller reads it as one told in the past)
        let before = &lower[tokens[k.saturating_sub(1)].range()];
        if old_plan && GIVEN_UP_ADVERBS.contains(&before) {
            return Some(before);
        }
        // "the landing is now targeted for April 25" (not "targeted Monday's rally"); "rain
        // forecast for the weekend" (not "the forecast in May", "predicted on Monday")
        if matches!(w, "targeted" | "forecast" | "forecasted" | "predicted")
            && word_at(lower, tokens, k + 1) == "for"
        {
            return Some(w);
        }
        // "with five days left before Election Day", "two weeks to go until the vote": the
        // time still to come
        if matches!(w, "left" | "remaining" | "go")
            && matches!(word_at(lower, tokens, k + 1), "before" | "until")
        {
            return Some(w);
        }
        // "the budget, which takes effect Monday": a rule's start, still ahead; "comes into
        // force on Thursday" too
        if w == "effect"
            && k > sentence.first_token
            && matches!(&lower[tokens[k - 1].range()], "takes" | "take")
        {
            return Some(w);
        }
        if w == "force"
            && k >= sentence.first_token + 2
            && lower[tokens[k - 1].range()] == *"into"
            && matches!(&lower[tokens[k - 2].range()], "comes" | "come")
        {
            return Some(w);
        }
        // ("takes effect at noon Sunday": "at" only after "effect")
        let effect_at =
            w == "at" && k >= sentence.first_token + 2 && lower[tokens[k - 1].range()] == *"effect";
        // ("a storm expected over the weekend")
        let passable = matches!(
            w,
            "for"
                | "over"
                | "on"
                | "from"
                | "in"
                | "by"
                | "as"
                | "early"
                | "late"
                | "before"
                | "until"
                | "between"
        );
        if !(passable || effect_at) {
            return None;
        }
    }
    None
}

/// "scheduled a full hearing for Nov. 16", "slated the vote for Tuesday": a verb of planning, its
/// object (plain words, no other verb), then "for" and the time. The verb, if so.
fn plan_verb_with_object<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    if first < sentence.first_token + 3 {
        return None;
    }
    // ("scheduled a pretrial conference for 9:30 a.m. on June 3": the clock time between,
    // "a.m." in four tokens)
    let clock_word = |x: usize| {
        let w = &lower[tokens[x].range()];
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(w, ":" | "." | "a" | "p" | "m" | "am" | "pm" | "noon")
    };
    let opener = match &lower[tokens[first - 1].range()] {
        "for" => first - 1,
        // ("moving the start date to late summer", "pushed the vote back to March")
        "to" => first - 1,
        "on" => (first
            .saturating_sub(CLOCK_BEFORE_ON_TOKENS)
            .max(sentence.first_token)..first - 1)
            .rev()
            .find(|&x| lower[tokens[x].range()] == *"for")
            .filter(|&x| x + 1 < first - 1 && (x + 1..first - 1).all(clock_word))?,
        _ => return None,
    };
    let moving = lower[tokens[opener].range()] == *"to";
    if opener < sentence.first_token + 2 {
        return None;
    }
    let from = opener
        .saturating_sub(PLAN_VERB_REACH)
        .max(sentence.first_token);
    (from..opener - 1).rev().find_map(|k| {
        let w = &lower[tokens[k].range()];
        // ("set sentencing for June 18", "set the hearing for Tuesday")
        // ("called a snap election for March 6", "called a meeting for Tuesday")
        // ("canceled 140 flights for Wednesday": what was to happen that day)
        let planning = if moving {
            MOVING_VERBS.contains(&w)
        } else {
            matches!(
                w,
                "scheduled"
                    | "slated"
                    | "rescheduled"
                    | "set"
                    | "called"
                    | "calls"
                    | "canceled"
                    | "cancelled"
                    // ("has organised an anniversary mile for Saturday morning")
                    | "organised"
                    | "organized"
                    | "booked"
                    // ("had promised the upgrade for July")
                    | "promised"
                    | "promises"
            )
        };
        let plain_object = (k + 1..opener).all(|x| {
            tokens[x].kind == TokenKind::Word
                && cue_at(lower, tokens, x, sentence.end_token).is_none()
        });
        (planning && plain_object).then_some(w)
    })
}

/// "the slated visit of the Commerce Secretary in September", "an upcoming summit on Friday": a
/// noun qualified as planned, with no verb between it and the time, is still ahead. The
/// adjective, if so.
fn planned_noun_before<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    let walk = Walk {
        lower,
        tokens,
        sentence,
        first,
        reach: PLANNED_NOUN_REACH,
        dotted: true,
    };
    walk.back_from_opener(
        |k| PLANNED_ADJECTIVES.contains(&word_at(lower, tokens, k)),
        |k, w| {
            // ("before the session's scheduled adjournment at midnight Wednesday": a possessive
            // is a determiner too)
            // (only after a word that looks ahead: "Lawmakers missed the session's scheduled
            // adjournment on Tuesday" is past)
            (PLANNED_ADJECTIVES.contains(&w) && {
                let before = word_at(lower, tokens, k - 1);
                let possessive = before.ends_with("'s") || before.ends_with("’s");
                let ahead_before = (k.saturating_sub(4)..k - 1).any(|j| {
                    matches!(
                        word_at(lower, tokens, j),
                        "before" | "until" | "ahead" | "toward" | "towards"
                    )
                });
                DETERMINERS.contains(&before) || (possessive && ahead_before)
            })
            .then_some(Some(w))
        },
    )
}

/// A look back from the time at token `first` over at most `reach` tokens of its sentence.
struct Walk<'a, 'b> {
    lower: &'a str,
    tokens: &'b [Token],
    sentence: &'b Sentence,
    first: usize,
    reach: usize,
    dotted: bool,
}

impl<'a> Walk<'a, '_> {
    /// [`back_over_plain_words`] from the time, taken only when some token within reach is an
    /// `opener`: the walk asks for tense cues, which is costly, and most times have none near.
    fn back_from_opener(
        &self,
        opener: impl Fn(usize) -> bool,
        stop: impl Fn(usize, &'a str) -> Option<Option<&'a str>>,
    ) -> Option<&'a str> {
        let from = self
            .first
            .saturating_sub(self.reach)
            .max(self.sentence.first_token + 1);
        if !(from..self.first).any(opener) {
            return None;
        }
        back_over_plain_words(
            self.lower,
            self.tokens,
            self.sentence,
            from,
            self.first,
            self.dotted,
            stop,
        )
    }
}

/// Walks back from token `first` to `from` over plain words (no punctuation, no tense cue of
/// their own; `dotted` lets abbreviations such as "Gov." through): the first answer `stop`
/// gives at a word ends the walk, `Some(None)` ending it with nothing.
fn back_over_plain_words<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    from: usize,
    first: usize,
    dotted: bool,
    stop: impl Fn(usize, &'a str) -> Option<Option<&'a str>>,
) -> Option<&'a str> {
    for k in (from..first).rev() {
        let w = word_at(lower, tokens, k);
        if let Some(answer) = stop(k, w) {
            return answer;
        }
        let plain = matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number)
            || (dotted && w.ends_with('.'));
        if !plain || cue_at(lower, tokens, k, sentence.end_token).is_some() {
            return None;
        }
    }
    None
}

/// "41 visits yesterday, up from 27 on Thursday", "a premium over the closing price of $10.69 on
/// Wednesday": a figure a day is compared with, or a day's close, is already known, so the day is
/// past. The words that say so, if any.
fn figure_of_day_before(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'static str> {
    if first < sentence.first_token + 3 || word_at(lower, tokens, first - 1) != "on" {
        return None;
    }
    let w = |n: usize| word_at(lower, tokens, first - n);
    // ("up from 27 on Thursday", "down from $4.10 on Friday")
    if tokens[first - 2].kind == TokenKind::Number
        && w(3) == "from"
        && first >= sentence.first_token + 4
        && matches!(w(4), "up" | "down")
    {
        return Some("up or down from a figure");
    }
    // ("the closing price on Tuesday", "its closing price of $10.6875 on Wednesday")
    let from = first.saturating_sub(CLOSE_REACH).max(sentence.first_token);
    (from..first - 1)
        .any(|k| word_at(lower, tokens, k) == "closing" && word_at(lower, tokens, k + 1) == "price")
        .then_some("a closing price")
}

/// How many tokens before the time [`figure_of_day_before`] looks for "closing price".
const CLOSE_REACH: usize = 8;

/// "warned of more severe storms on Monday afternoon", "a warning of frost over the Christmas
/// weekend": what a warning is of is still to come. The warning word, if one opens the phrase
/// the time ends (plain words between, no other verb).
fn warning_before<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    let walk = Walk {
        lower,
        tokens,
        sentence,
        first,
        reach: WARNING_REACH,
        dotted: false,
    };
    let opener = |k: usize| match word_at(lower, tokens, k) {
        "of" => true,
        "for" => {
            k > 0
                && matches!(
                    word_at(lower, tokens, k - 1),
                    "calling" | "calls" | "asked" | "asks" | "asking"
                )
        }
        _ => false,
    };
    // (a season or a bare month, not a day: "asked for a recount on Nov. 3" dates the asking)
    let season_or_month_at = |k: usize| {
        let k = if word_at(lower, tokens, k) == "the" {
            k + 1
        } else {
            k
        };
        crate::lexicon::lookup(word_at(lower, tokens, k)).is_some_and(|x| {
            let number_at = |j: usize| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number);
            // (a day after the month, "Nov. 3" with its abbreviation's period too)
            let day_after =
                number_at(k + 1) || (word_at(lower, tokens, k + 1) == "." && number_at(k + 2));
            x.season.is_some() || (x.month.is_some() && !day_after)
        })
    };
    walk.back_from_opener(opener, |k, w| {
        let before = word_at(lower, tokens, k - 1);
        match w {
            "of" => Some(
                matches!(before, "warned" | "warning" | "warnings" | "warns" | "warn")
                    .then_some(before),
            ),
            // ("forecasters are calling for thunderstorms Saturday afternoon", "the union calls
            // for a strike on Monday": what is called for, in the present, is ahead)
            "for" if matches!(before, "calling" | "calls") => Some(Some(before)),
            // ("asked for a trial in the fall": what is asked for is still to come; "asked for
            // a recount on Tuesday" dates the asking)
            "for" if matches!(before, "asked" | "asks" | "asking") && season_or_month_at(first) => {
                Some(Some(before))
            }
            _ => None,
        }
    })
}

/// "asked customers to set thermostats at 78 through Friday", "urged families to keep Sunday's
/// gatherings small": what someone is urged or asked to do is still to be done when it is
/// reported. The directive verb, when one stands a few plain words before the time and an
/// infinitive follows it before the time ("told" is left out: "told residents to stay indoors
/// Monday" is as often the day of the telling).
fn directive_before<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    let from = first
        .saturating_sub(DIRECTIVE_REACH)
        .max(sentence.first_token);
    // (all the verbs end in -ed: a cheap test first, as this runs for every time)
    let k = (from..first).rev().find(|&k| {
        let w = word_at(lower, tokens, k);
        w.ends_with("ed") && DIRECTIVE_VERBS.contains(&w) && !tokens[k].capitalized
    })?;
    // (nothing between that opens another clause: a stop, a report, "whether", another verb;
    // the verb of the infinitive itself may be a cue: "to set")
    let plain_between = (k + 1..first).all(|j| {
        let w = word_at(lower, tokens, j);
        let after_to = j > 0 && word_at(lower, tokens, j - 1) == "to";
        !matches!(
            w,
            "," | ";" | ":" | "\"" | "that" | "whether" | "if" | "when" | "why" | "how" | "what"
        ) && (after_to || cue_at(lower, tokens, j, sentence.end_token).is_none())
    });
    // ("asked on Friday to rehear testimony": a time right after the verb dates the asking)
    let dates_the_verb = (k + 1..first)
        .all(|j| matches!(word_at(lower, tokens, j), "on" | "late" | "early" | "again"));
    if dates_the_verb {
        return None;
    }
    // (only with the infinitive before the time: with it after, the time may date the
    // urging, "urged residents on Tuesday to leave", or an event witnesses are asked about,
    // "asked drivers using the A14 on Tuesday to come forward")
    let infinitive = infinitive_between(lower, tokens, k + 1, first);
    (plain_between && infinitive.is_some()).then(|| word_at(lower, tokens, k))
}

/// "Environment Canada forecast temperatures near 30 C on Friday", "the weather service forecast
/// gusts of up to 8 from Saturday night": a weekday inside what a forecast verb takes as its
/// object is a day forecast for, still ahead. The verb, when it has an object (not "forecast on
/// Tuesday that", "had forecast", "its profit forecast for Friday") and nothing between opens
/// another clause.
fn forecast_before<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
) -> Option<&'a str> {
    if !names_weekday(lower, tokens, first, end) {
        return None;
    }
    let from = first
        .saturating_sub(FORECAST_REACH)
        .max(sentence.first_token);
    // (only the weather: "Tesla forecast lower deliveries on Wednesday", "projected revenue
    // above estimates on Wednesday" date the forecast)
    let k = (from..first).rev().find(|&k| {
        matches!(word_at(lower, tokens, k), "forecast" | "forecasted") && !tokens[k].capitalized
    })?;
    let weather = (k + 1..first.min(k + 1 + WEATHER_OBJECT_REACH))
        .any(|j| WEATHER_WORDS.contains(&word_at(lower, tokens, j)));
    // ("forecast heavy snow on Sunday, but only light rain fell": a past verb after it says the
    // day has come)
    if !weather || past_verb_after(lower, tokens, sentence, end) {
        return None;
    }
    let next = word_at(lower, tokens, k + 1);
    let has_object = k + 1 < first
        && tokens[k + 1].kind == TokenKind::Word
        && !is_weekday_word(next)
        && !matches!(
            next,
            "on" | "for"
                | "that"
                | "in"
                | "at"
                | "by"
                | "to"
                | "onto"
                | "into"
                | "from"
                | "with"
                | "as"
                | "of"
                | "last"
                | "this"
                | "overnight"
                | "earlier"
                | "late"
                | "early"
        );
    let before = if k > sentence.first_token {
        word_at(lower, tokens, k - 1)
    } else {
        ""
    };
    let verb = !DETERMINERS.contains(&before)
        && !matches!(
            before,
            "is" | "was" | "were" | "are" | "be" | "been" | "being" | "had" | "has" | "have"
        );
    let plain_between = (k + 1..first).all(|j| {
        !matches!(word_at(lower, tokens, j), "," | ";" | ":" | "that")
            && cue_at(lower, tokens, j, sentence.end_token).is_none()
    });
    (has_object && verb && plain_between).then(|| word_at(lower, tokens, k))
}

/// How many tokens before a time "starting" may stand, a clock between ("starting at 8 p.m.
/// on Wednesday").
const START_REACH: usize = 8;

/// How many tokens a participle phrase set off by commas may run ("priced at $12,").
const PARTICIPLE_PHRASE_REACH: usize = 10;

/// Plain verbs in the present that follow a subject with a participle phrase ("Tickets, priced
/// at $12, go on sale Monday"): the clause's verb, which has no tense cue of its own.
const PLAIN_PRESENT_VERBS: &[&str] = &[
    "go", "goes", "open", "opens", "start", "starts", "begin", "begins", "run", "runs", "cost",
    "costs", "close", "closes", "return", "returns", "resume", "resumes", "take", "takes", "face",
    "faces", "land", "lands", "dock", "docks", "play", "plays", "meet", "meets",
];

/// How many words after "forecast" its weather object may begin ("forecast up to 10 cm of
/// snow").
const WEATHER_OBJECT_REACH: usize = 4;

/// Words of a weather forecast's object.
const WEATHER_WORDS: &[&str] = &[
    "temperatures",
    "temperature",
    "highs",
    "lows",
    "rain",
    "snow",
    "showers",
    "sunshine",
    "gusts",
    "winds",
    "storms",
    "thunderstorms",
    "frost",
    "fog",
    "heat",
    "sleet",
    "drizzle",
    "flurries",
    "cm",
    "inches",
    "degrees",
];

/// How many tokens before a weekday [`forecast_before`] looks for "forecast".
const FORECAST_REACH: usize = 12;

/// How many tokens before the time [`directive_before`] looks for "urged" or "asked".
const DIRECTIVE_REACH: usize = 12;

/// Verbs of urging and asking, in the past, that take an object and an infinitive.
const DIRECTIVE_VERBS: &[&str] = &[
    "urged",
    "asked",
    "advised",
    "encouraged",
    "implored",
    "begged",
    "instructed",
    "reminded",
];

/// "originally set for", "initially scheduled for", "previously planned for" right before the
/// time, or with the plan's verb between ("originally scheduled to ship in"): the adverb, if so.
fn given_up_plan_before<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    let at = |n: usize| {
        if first >= sentence.first_token + n {
            word_at(lower, tokens, first - n)
        } else {
            ""
        }
    };
    let preposition = matches!(at(1), "for" | "on" | "at" | "in" | "by");
    // ("software originally scheduled to ship in January", "originally due to open Tuesday":
    // the plan's verb between)
    let (adverb, plan) = if preposition && at(3) == "to" {
        (at(5), at(4))
    } else if at(2) == "to" {
        (at(4), at(3))
    } else if matches!(at(1), "for" | "on" | "at") {
        (at(3), at(2))
    } else {
        (at(2), at(1))
    };
    // ("The vote had originally been set for Oct. 9", "had been scheduled for Monday": a plan
    // told in the past perfect was given up)
    if matches!(at(1), "for" | "on" | "at")
        && matches!(at(2), "set" | "scheduled" | "planned" | "slated")
        && at(3) == "been"
        && (at(4) == "had" || (GIVEN_UP_ADVERBS.contains(&at(4)) && at(5) == "had"))
    {
        return Some(at(3));
    }
    // ("The merger, originally expected to close in December, was completed last week")
    (GIVEN_UP_ADVERBS.contains(&adverb)
        && matches!(
            plan,
            "set" | "scheduled" | "planned" | "slated" | "due" | "expected"
        ))
    .then_some(adverb)
}

/// How many tokens before the time [`warning_before`] looks for "warned of".
const WARNING_REACH: usize = 12;

/// How many tokens before the time [`planned_noun_before`] looks for the adjective.
const PLANNED_NOUN_REACH: usize = 14;

/// Adjectives that make the noun after them a plan: see [`planned_noun_before`].
const PLANNED_ADJECTIVES: &[&str] = &[
    "planned",
    "slated",
    "scheduled",
    "upcoming",
    "proposed",
    "forthcoming",
    "impending",
];

/// Words that put the time right after them in the future: see [`plan_word_before`].
/// ("the election is Nov. 3": a date right after "is" is a schedule)
/// ("beginning Monday", "starting in March": the start of something still to come)
const PLAN_WORDS: &[&str] = &[
    "expected",
    "scheduled",
    "slated",
    "due",
    // "relief was unlikely before Friday", "a vote is likely on Tuesday": a forecast
    "likely",
    // "trips were planned between Good Friday and Easter Monday"
    "planned",
    // "storms were possible this weekend": a forecast
    "possible",
    "unlikely",
    "is",
    "are",
    "beginning",
    "starting",
    // "we were planning for Easter", "preparing for the holiday weekend"
    "planning",
    "preparing",
];

/// The verb of a "to" infinitive among tokens `from..to`: "to testify", "to purchase". Without a
/// tagger, a word after "to" is taken for a verb when it is lower case and is neither a
/// determiner, a pronoun, a number nor a word with a noun's or participle's ending.
fn infinitive_between<'a>(
    lower: &'a str,
    tokens: &[Token],
    from: usize,
    to: usize,
) -> Option<&'a str> {
    (from..to.saturating_sub(1)).find_map(|k| {
        if lower[tokens[k].range()] != *"to" {
            return None;
        }
        let next = &tokens[k + 1];
        let w = &lower[next.range()];
        let verb_like = next.kind == TokenKind::Word
            && !next.capitalized
            && (w.len() > 2 || w == "be")
            && !w.ends_with('s')
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !w.ends_with("tion")
            && !w.ends_with("ment")
            && !w.ends_with("ity")
            && !DETERMINERS.contains(&w)
            && !NOT_INFINITIVES.contains(&w);
        verb_like.then_some(w)
    })
}

/// Words after "to" that are not verbs: pronouns, quantities and the nouns that most often
/// follow "to" in news ("returned to power", "went to court").
const NOT_INFINITIVES: &[&str] = &[
    "him", "her", "them", "you", "one", "all", "both", "each", "about", "more", "less", "power",
    "court", "office", "work", "school", "jail", "prison", "date", "war", "death", "trial",
    "market", "order", "light", "bear", "zero", "nearly", "almost", "roughly", "around", "over",
    "under", "within", "what", "whom", "which", "where", "other", "another", "such", "mid", "late",
    "early", "help", "home",
];

/// "postponed until", "delayed the vote to", "pushed back to": a verb of moving a date (up to
/// three words before "until"/"to"), if the time follows it.
fn moved_to<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    if first < sentence.first_token + 2
        || !matches!(word_at(lower, tokens, first - 1), "until" | "till" | "to")
    {
        return None;
    }
    // the verb and its object ("extended its $2.1 billion tender offer for Bayview until"),
    // with no other verb between
    let from = first
        .saturating_sub(MOVED_TO_REACH)
        .max(sentence.first_token);
    for k in (from..first - 1).rev() {
        let w = word_at(lower, tokens, k);
        if MOVE_VERBS.contains(&w) && !matches!(w, "brought" | "changed") {
            return Some(w);
        }
        // ("brought forward to May 1", "put off to September", "put back to June")
        let particle = word_at(lower, tokens, k + 1);
        if (w == "brought" && particle == "forward")
            || (w == "put" && matches!(particle, "off" | "back"))
        {
            return Some(w);
        }
        if cue_at(lower, tokens, k, sentence.end_token).is_some() {
            return None;
        }
    }
    None
}

/// How many tokens before "until" [`moved_to`] looks for the verb.
const MOVED_TO_REACH: usize = 20;

/// Whether the past form at token `k` is in an "if" clause (within a few words) that follows a
/// "would" in the same sentence.
fn hypothetical_condition(lower: &str, tokens: &[Token], sentence: &Sentence, k: usize) -> bool {
    let from = k.saturating_sub(6).max(sentence.first_token);
    let Some(at_if) = (from..k).rev().find(|&x| word_at(lower, tokens, x) == "if") else {
        return false;
    };
    (sentence.first_token..at_if).any(|x| word_at(lower, tokens, x) == "would")
}

/// The deadline word right before token `first`, if any.
fn deadline_before<'a>(
    lower: &'a str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
) -> Option<&'a str> {
    if first == 0 || first <= sentence.first_token {
        return None;
    }
    let prev = &lower[tokens[first - 1].range()];
    // "worked through the night", "until the evening": a stretch of the day, not a deadline
    let part_of_day = word_at(lower, tokens, first) == "the"
        && matches!(
            word_at(lower, tokens, first + 1),
            "night" | "morning" | "afternoon" | "evening"
        );
    // "The retests were not done until September": "not ... until" says when it happened
    // ("We could not let this wait until Monday morning": a modal before the negation keeps the
    // deadline ahead)
    let negated = matches!(prev, "until" | "till")
        && (first.saturating_sub(6).max(sentence.first_token)..first - 1).any(|k| {
            matches!(word_at(lower, tokens, k), "not" | "n't" | "never")
                && !(k > 0
                    && matches!(
                        word_at(lower, tokens, k - 1),
                        "could" | "would" | "will" | "can" | "should" | "must" | "wo" | "ca"
                    ))
        });
    if DEADLINE_CUES.contains(&prev) && !part_of_day && !negated {
        return Some(prev);
    }
    // "set a deadline of 11:59 p.m. Eastern time on Aug. 30": the time a deadline names, a few
    // words on
    if let Some(k) = (first
        .saturating_sub(DEADLINE_REACH)
        .max(sentence.first_token)..first)
        .rev()
        .find(|&k| matches!(word_at(lower, tokens, k), "deadline" | "deadlines"))
    {
        // (no verb between: "the deadline passed, and on Friday ..." is another clause)
        let between_ok = (k + 1..first).all(|j| {
            cue_at(lower, tokens, j, sentence.end_token).is_none()
                && !matches!(word_at(lower, tokens, j), ";" | "and" | "but")
        });
        if between_ok {
            return Some("deadline");
        }
    }
    // "set a trial date of Jan. 13", "a target date of March 1": the day a date names
    if prev == "of"
        && first >= 2
        && first - 1 > sentence.first_token
        && matches!(word_at(lower, tokens, first - 2), "date" | "dates")
    {
        return Some("date");
    }
    // "of record on Nov. 10", "due on Friday": a preposition between
    if matches!(prev, "on" | "by") && first >= 2 && first - 1 > sentence.first_token {
        let before = &lower[tokens[first - 2].range()];
        if matches!(
            before,
            "record" | "due" | "payable" | "effective" | "register"
        ) {
            return Some(before);
        }
    }
    if prev == "to" && first >= 2 && first - 1 > sentence.first_token {
        let verb = &lower[tokens[first - 2].range()];
        if MOVE_VERBS.contains(&verb) {
            return Some(verb);
        }
    }
    // "cut its forecast for the fiscal year ending March 31": the end of a period a forecast is
    // for, whatever the verb that tells of it ("the quarter ended Sept. 30" stays past)
    // ("Net income fell in the fiscal year ending June 30": what happened in it is past)
    if matches!(prev, "ending" | "ends") && first >= 2 && first - 1 > sentence.first_token {
        let period = &lower[tokens[first - 2].range()];
        let forecast_for = (first.saturating_sub(6).max(sentence.first_token)..first - 2)
            .any(|k| word_at(lower, tokens, k) == "for");
        if forecast_for
            && matches!(
                period,
                "year" | "quarter" | "period" | "months" | "half" | "season"
            )
        {
            return Some(prev);
        }
    }
    None
}

/// The tense the cues of the clause give, before the deadline exception: the nearest cue on the
/// left, else on the right.
/// How many tokens back [`deadline_before`] looks for "deadline" ("a deadline of 11:59 p.m.
/// Eastern time on Aug. 30").
const DEADLINE_REACH: usize = 14;

/// How many tokens before "for" a month [`of_expression`] looks for what is measured ("a deficit
/// of about 1.9 billion pounds for September").
const MEASURE_REACH: usize = 10;

/// Nouns of what is measured over a month, besides [`MONTH_DATA_NOUNS`].
const MEASURE_NOUNS: &[&str] = &[
    "deficit", "surplus", "output", "index", "growth", "exports", "imports", "payrolls",
];

/// The cue [`of_expression`] gives a time heading an entry of a listing; the resolver reads it
/// to put a listed publication weekday a week ahead.
pub const LISTING_CUE: &str = "a listing entry (\"Tuesday: ...\")";

/// How far [`clause_tense`] looks for the "that" after a verb of saying, and then for the verb of
/// the "that" clause after the time.
const THAT_REACH: usize = 16;

/// Past verbs of saying, besides [`REPORTING_PAST`], that open a "that" clause of their own.
const REPORTING_MORE: &[&str] = &[
    "warned",
    "predicted",
    "promised",
    "insisted",
    "confirmed",
    "claimed",
    "noted",
    "indicated",
    "signaled",
    "signalled",
    "estimated",
    "argued",
    "acknowledged",
    "agreed",
    "decided",
    "ruled",
    "announced",
];

/// How many tokens before a cue [`clause_tense`] looks for the pronoun of a relative clause.
const RELATIVE_REACH: usize = 8;

fn clause_tense(
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
    first: usize,
    end: usize,
    stops: Option<&CueStops>,
) -> (Tense, Option<String>) {
    let limit = sentence.end_token;
    // "Since Tuesday, the shares have gained": what a stretch runs from has begun, whatever
    // the clause looks to ("had been calling for a vote since the spring")
    // ("since Valentine's Day is Saturday": "since" before a clause whose subject the time is
    // means "because")
    // (only "since" opening a clause, after a comma or at the start: "the worst flooding since
    // June is forecast" is a stretch)
    let opens_clause = first < sentence.first_token + 2 || &lower[tokens[first - 2].range()] == ",";
    let subject_of_verb = end < limit
        && opens_clause
        && matches!(
            &lower[tokens[end].range()],
            "is" | "falls" | "will" | "comes" | "lands"
        );
    if first > sentence.first_token
        && lower[tokens[first - 1].range()] == *"since"
        && !subject_of_verb
    {
        return (Tense::Past, Some("since".to_string()));
    }
    // ("The trial, originally set for May 20, will now begin in July", "Kickoff, originally set
    // for 7 p.m., was pushed back": a plan given up may have been for a day either side, the
    // nearest)
    // (a weekday leans back, as the plan is told as over: "The quarterfinal, originally
    // scheduled for Tuesday, had been pushed back" on a Friday)
    if let Some(word) = given_up_plan_before(lower, tokens, sentence, first) {
        return (
            if names_weekday(lower, tokens, first, end) {
                Tense::Recent
            } else {
                Tense::Unknown
            },
            Some(format!("{word} (a plan given up: the nearest)")),
        );
    }
    if let Some(word) = plan_word_before(lower, tokens, sentence, first) {
        // "the election is Nov. 3": a schedule, but a deadline just past is still "is"
        if matches!(word, "is" | "are") {
            return (Tense::Upcoming, Some(word.to_string()));
        }
        // "was due in March", "was first set for Jan. 8": the last one, unless the next is near
        if matches!(word, "was" | "were") || GIVEN_UP_ADVERBS.contains(&word) {
            return (
                Tense::Recent,
                Some(format!("{word} (a plan told in the past)")),
            );
        }
        // ("The storm stalled over the islands for 40 hours beginning Sept. 1", "called a
        // strike starting Wednesday": the start of a stretch a past verb tells or announces,
        // either side of publication, the nearest)
        if matches!(word, "beginning" | "starting")
            && past_verb_before(lower, tokens, sentence, first)
        {
            return (
                Tense::Unknown,
                Some(format!(
                    "{word} after a past verb (a start either side: the nearest)"
                )),
            );
        }
        return (Tense::Future, Some(word.to_string()));
    }
    // a plan made for a day: ahead, unless the day is only just past
    if let Some(verb) = plan_verb_with_object(lower, tokens, sentence, first) {
        // ("pushed the filing deadline back to Nov. 16": a date something was moved to may
        // be weeks back, the nearest one)
        if MOVING_VERBS.contains(&verb) && lower[tokens[first - 1].range()] == *"to" {
            return (
                Tense::Unknown,
                Some(format!("{verb} ... to (the nearest one)")),
            );
        }
        // ("had originally promised the update for June", in September: a promise is often
        // one that was broken, the nearest)
        if verb.starts_with("promise") {
            return (
                Tense::Unknown,
                Some(format!("{verb} ... for (a promise: the nearest)")),
            );
        }
        return (Tense::Upcoming, Some(format!("{verb} ... for")));
    }
    if let Some(word) = planned_noun_before(lower, tokens, sentence, first) {
        return (Tense::Upcoming, Some(format!("the {word} ...")));
    }
    if let Some(word) = warning_before(lower, tokens, sentence, first) {
        return (Tense::Future, Some(format!("{word} of ...")));
    }
    if let Some(word) = forecast_before(lower, tokens, sentence, first, end) {
        return (
            Tense::Upcoming,
            Some(format!("{word} ... (what is forecast is ahead)")),
        );
    }
    if let Some(word) = directive_before(lower, tokens, sentence, first) {
        return (
            Tense::Upcoming,
            Some(format!("{word} ... to (what one is urged to do is ahead)")),
        );
    }
    if let Some(word) = figure_of_day_before(lower, tokens, sentence, first) {
        return (Tense::Past, Some(word.to_string()));
    }
    let (left, right): (
        Box<dyn Iterator<Item = usize>>,
        Box<dyn Iterator<Item = usize>>,
    ) = match stops {
        Some(s) => {
            let (l, r) = (
                s.stops.partition_point(|&k| k < first),
                s.stops.partition_point(|&k| k < end),
            );
            (
                Box::new(s.stops[..l].iter().rev().copied()),
                Box::new(s.stops[r..].iter().copied()),
            )
        }
        None => (
            Box::new((sentence.first_token..first).rev()),
            Box::new(end..limit),
        ),
    };
    // ("The decision, which takes effect in 30 days, reverses ...": a time inside a relative
    // clause takes its tense there, never from the verb of the clause around it)
    let mut inside_relative = false;
    // ("will face Bojan Zupan, who took 29 percent, in the second round on November 9": a
    // relative clause closed by a comma before the time is stepped over, its pronoun too)
    let mut comma_between = false;
    let mut skip_from: Option<usize> = None;
    // ("Stage 14 starts at 12:30 p.m. on Saturday in Grenoble, and officials warned ...": a
    // timetable verb in -s before the time, in its clause, is a schedule even with no cue;
    // a past verb after it belongs to another clause)
    let mut schedule_verb: Option<&str> = None;
    for k in left {
        if skip_from.is_some_and(|p| k >= p) {
            continue;
        }
        let w = &lower[tokens[k].range()];
        if w == ";" {
            break;
        }
        if w == "," {
            comma_between = true;
            continue;
        }
        if !comma_between && schedule_verb.is_none() && is_schedule_s(w) && !tokens[k].capitalized {
            schedule_verb = Some(w);
        }
        if matches!(w, "which" | "who") {
            inside_relative = true;
            break;
        }
        if let Some((t, cue)) = cue_at(lower, tokens, k, limit) {
            if comma_between {
                // (a short look back to the comma before the cue: a relative pronoun there
                // opens the clause the cue belongs to)
                let opener = (k.saturating_sub(RELATIVE_REACH).max(sentence.first_token)..k)
                    .rev()
                    .take_while(|&j| &lower[tokens[j].range()] != ",")
                    .find(|&j| {
                        matches!(
                            &lower[tokens[j].range()],
                            "who" | "which" | "whom" | "whose"
                        )
                    });
                // ("who stepped down as chairman, president and chief executive in March": a
                // comma of a list inside the clause does not close it)
                // (both looks are short, so that a long sentence stays linear)
                let closing = (k + 1..first.min(k + 1 + 2 * RELATIVE_REACH))
                    .find(|&j| &lower[tokens[j].range()] == ",");
                // ("who lost power on Monday, Tuesday or Wednesday": a time right after the
                // comma, with "or", "and" or another comma after it, is in the list)
                let listed_next = |c: usize| {
                    c + 1 == first && matches!(word_at(lower, tokens, end), "," | "and" | "or")
                };
                let list = closing.is_none_or(|c| {
                    first > c + 1 + 2 * RELATIVE_REACH
                        || (c + 1..first).any(|j| matches!(&lower[tokens[j].range()], "and" | "or"))
                        || listed_next(c)
                });
                if let (Some(p), false) = (opener, list) {
                    skip_from = Some(p);
                    continue;
                }
            }
            // "Tickets for next week's game, priced at $12, go on sale Monday": a participle
            // opening a phrase set off by commas before the time describes a noun; the verb of
            // the clause is elsewhere
            // (the phrase is closed by a comma, not one inside "47,000", that a plain verb
            // follows: "NHS Direct, the advice line, took 47,000 calls" has its verb after the
            // comma; "signed the agreement, worth ..." no verb after the phrase)
            let closed_before_verb = || {
                (k + 1..first.min(k + 1 + PARTICIPLE_PHRASE_REACH))
                    .find(|&j| {
                        &lower[tokens[j].range()] == ","
                            && !(tokens[j - 1].kind == TokenKind::Number
                                && tokens
                                    .get(j + 1)
                                    .is_some_and(|n| n.kind == TokenKind::Number))
                    })
                    .is_some_and(|c| {
                        let next = &tokens[c + 1];
                        let w = &lower[next.range()];
                        next.kind == TokenKind::Word
                            && !next.capitalized
                            && PLAIN_PRESENT_VERBS.contains(&w)
                    })
            };
            if t == Tense::Past
                && comma_between
                && k > sentence.first_token + 1
                && &lower[tokens[k - 1].range()] == ","
                && tokens[k - 2].kind == TokenKind::Word
                && !is_report(&cue)
                && closed_before_verb()
            {
                continue;
            }
            // ("will reopen Saturday with a ribbon-cutting at 10 a.m., followed by tours
            // throughout the afternoon": ", followed by" is a participle, not the clause's verb)
            // (it takes the time of what it follows: ahead only after a clause told ahead; "a
            // 2% drop on Monday, followed by a further slide on Tuesday" is past)
            if cue == "followed"
                && k > sentence.first_token
                && &lower[tokens[k - 1].range()] == ","
                && word_at(lower, tokens, k + 1) == "by"
            {
                let before = (sentence.first_token..k - 1)
                    .rev()
                    .find_map(|j| cue_at(lower, tokens, j, limit));
                if matches!(before, Some((Tense::Future | Tense::Upcoming, _))) {
                    continue;
                }
                return (Tense::Past, Some(cue));
            }
            // "will run reduced schedules", "to offer expanded service": an -ed word right
            // after the verb of a modal or "to" is an adjective of its object
            if t == Tense::Past
                && cue.ends_with("ed")
                && k >= sentence.first_token + 2
                && matches!(
                    &lower[tokens[k - 2].range()],
                    "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should" | "to"
                )
            {
                continue;
            }
            // A participle after an auxiliary ("will be named", "has been held", "was
            // expected"): the auxiliary decides, so keep looking left.
            if t == Tense::Past && k > sentence.first_token {
                let prev = &lower[tokens[k - 1].range()];
                // ("will be formally dissolved", "has been quietly shelved": an adverb in -ly
                // between the auxiliary and the participle)
                // ("have also called", "has already said": a short adverb too)
                let adverb = (prev.len() > 4 && prev.ends_with("ly"))
                    || matches!(
                        prev,
                        "also" | "already" | "just" | "since" | "never" | "long"
                    );
                let have_at = if adverb && k > sentence.first_token + 1 {
                    k - 2
                } else {
                    k - 1
                };
                let prev = &lower[tokens[have_at].range()];
                // "Porter was to have spoken on Thursday": a plan that did not happen, in the
                // past
                if prev == "have"
                    && have_at >= sentence.first_token + 2
                    && lower[tokens[have_at - 1].range()] == *"to"
                    && matches!(&lower[tokens[have_at - 2].range()], "was" | "were")
                {
                    return (Tense::Past, Some(format!("was to have {cue}")));
                }
                // "has fluctuated since March": the present perfect tells of the past, but
                // "has invited them to a ceremony on March 12" of a plan: lean to the past
                if matches!(prev, "has" | "have") {
                    if let Some(verb) = infinitive_between(lower, tokens, k + 1, first) {
                        return (
                            Tense::Unknown,
                            Some(format!("{prev} {cue} to {verb} (a plan: the nearest one)")),
                        );
                    }
                    return (
                        Tense::Recent,
                        Some(format!("present perfect (\"{prev} {cue}\")")),
                    );
                }
                // "will stay closed", "remain shut": a participle after a linking verb is an
                // adjective; the verb before it decides
                if matches!(
                    prev,
                    "be" | "been"
                        | "being"
                        | "is"
                        | "are"
                        | "will"
                        | "to"
                        | "not"
                        | "stay"
                        | "stays"
                        | "remain"
                        | "remains"
                        | "get"
                        | "gets"
                        | "become"
                        | "becomes"
                        | "keep"
                        | "seem"
                        | "seems"
                ) {
                    continue;
                }
            }
            // "would suspend service if more than eight inches fell overnight": a past form
            // in the condition of a "would" is hypothetical, still to come
            if t == Tense::Past && hypothetical_condition(lower, tokens, sentence, k) {
                return (Tense::Future, Some(format!("would ... if ... {cue}")));
            }
            // "had been due to expire", "had been scheduled to": a plan in the past perfect
            if t == Tense::Future
                && k >= sentence.first_token + 2
                && lower[tokens[k - 1].range()] == *"been"
                && lower[tokens[k - 2].range()] == *"had"
            {
                // "had been scheduled to begin Nov. 18": the schedule may still stand, or have
                // been changed (postponed, brought forward): the nearest date
                // ("had been due to lapse at the end of June", said in May: a plan's date may still
                // lie ahead, changed before it came)
                if ["scheduled", "slated", "set", "due"]
                    .iter()
                    .any(|w| cue.starts_with(w))
                {
                    return (
                        Tense::Unknown,
                        Some(format!("had been {cue} (a schedule: the nearest one)")),
                    );
                }
                return (Tense::Past, Some(format!("had been {cue}")));
            }
            // "which had planned to open on Nov. 4, now hopes to open this weekend": a plan in
            // the past perfect was overtaken; its date may lie either side, the nearest one
            if t == Tense::Future
                && k > sentence.first_token
                && lower[tokens[k - 1].range()] == *"had"
                && ["planned", "expected", "hoped", "intended"]
                    .iter()
                    .any(|w| cue.starts_with(w))
            {
                return (
                    Tense::Unknown,
                    Some(format!("had {cue} (a plan overtaken: the nearest one)")),
                );
            }
            // "is" before "set to" / "expected to": the phrase decides, which cue_at saw at
            // the later token only if we keep looking; check the phrase first.
            if t == Tense::Present && k + 1 < first {
                if let Some((t2, cue2)) = cue_at(lower, tokens, k + 1, limit) {
                    if t2 == Tense::Future {
                        return (t2, Some(cue2));
                    }
                }
            }
            // "subpoenaed him to testify on Feb. 10", "agreed to buy the line in February": the
            // time belongs to the infinitive, which comes after the past verb but may still lie
            // ahead of publication
            // (not after a verb that says whether the act took place then: "failed to advance a
            // stopgap measure Friday", "refused to testify on Monday")
            let implicative = IMPLICATIVE_PASTS.contains(&cue.as_str())
                && k + 1 < limit
                && lower[tokens[k + 1].range()] == *"to";
            if t == Tense::Past && !implicative {
                if let Some(verb) = infinitive_between(lower, tokens, k + 1, first) {
                    return (
                        Tense::Unknown,
                        Some(format!("{cue} to {verb} (a plan: the nearest one)")),
                    );
                }
            }
            // "warned that services on the mornings after each strike, including Thursday and
            // Sunday, would start later": a report opening a "that" clause dates the report; a
            // future verb of the clause after the time says where the time lies
            if t == Tense::Past
                && is_report(&cue)
                && (k + 1..first.min(k + 1 + THAT_REACH))
                    .any(|j| lower[tokens[j].range()] == *"that")
            {
                // (both looks are short, so that a long sentence stays linear)
                let ahead = (end..limit.min(end + THAT_REACH))
                    .take_while(|&j| !matches!(&lower[tokens[j].range()], ";" | "."))
                    .find_map(|j| cue_at(lower, tokens, j, limit))
                    .filter(|(t2, _)| *t2 == Tense::Future);
                if let Some((t2, cue2)) = ahead {
                    return (t2, Some(format!("{cue} that ... {cue2}")));
                }
            }
            // "Forecasters said the weekend will be dry": the time is the subject of the
            // reported clause, whose own verb, right after it, says where it lies (not a time
            // inside the subject: "figures for the October-December quarter would be released")
            let inside_subject = first > sentence.first_token
                && matches!(
                    &lower[tokens[first - 1].range()],
                    "for" | "in" | "of" | "from" | "during" | "on" | "at" | "since"
                );
            // ("Organizers said play on Thursday would begin an hour early": a weekday inside
            // the subject names the day of what the reported verb tells)
            // (a verb of taking place: "the crash on Monday would lead to new rules" tells of
            // a past event's sequel)
            let day_of_subject = inside_subject
                && names_weekday(lower, tokens, first, end)
                && matches!(word_at(lower, tokens, end), "will" | "would")
                && HAPPENING_VERBS.contains(&word_at(lower, tokens, end + 1));
            if t == Tense::Past
                && is_report(&cue)
                && end < limit
                && (!inside_subject || day_of_subject)
            {
                if let Some((Tense::Future, cue2)) = cue_at(lower, tokens, end, limit) {
                    return (Tense::Future, Some(format!("{cue} ... {cue2}")));
                }
            }
            // "told oil companies of a cutback in its supply in September": a reporting verb
            // far to the left dates the report, not what is reported (no other verb between)
            // (not a weekday that ends the clause, which dates the report itself: "The bank
            // announced first-quarter profit of $2 billion on Friday"; "said its 2:30 p.m.
            // sailing on Saturday was under review" has the reported verb after it)
            let dates_report = names_weekday(lower, tokens, first, end)
                && !(end..limit)
                    .take_while(|&j| !matches!(word_at(lower, tokens, j), "," | ";"))
                    .any(|j| cue_at(lower, tokens, j, limit).is_some());
            if t == Tense::Past
                && first - k > REPORTED_REACH
                && REPORTING_PAST.contains(&cue.as_str())
                && !dates_report
            {
                return (
                    Tense::Unknown,
                    Some(format!("{cue} (far before: the report, not the event)")),
                );
            }
            return (t, Some(cue));
        }
    }
    // (not a plural noun whose verb, in the past, follows: "Two track meets on Saturday were
    // cancelled", "Cole's starts on Sunday both ended in defeats")
    let past_in_clause_after = || {
        (end..limit.min(end + STRETCH_REACH))
            .take_while(|&j| !matches!(word_at(lower, tokens, j), "," | ";"))
            .any(|j| matches!(cue_at(lower, tokens, j, limit), Some((Tense::Past, _))))
    };
    if let (Some(verb), false) = (schedule_verb, inside_relative) {
        if !past_in_clause_after() {
            return (Tense::Present, Some(verb.to_string()));
        }
    }
    // ("On Thursday, the final witness, a landlord who has pleaded guilty, told jurors": the
    // verb of a relative clause, up to its comma, is not the clause's own)
    let mut relative = false;
    // ("'Nobody wants to be out on the picket line on Thanksgiving,' he said": a report after
    // the quotation dates the saying, not the time said)
    let mut quote_closed = false;
    for k in right {
        let w = &lower[tokens[k].range()];
        if w == ";" || (inside_relative && w == ",") {
            break;
        }
        if matches!(w, "\"" | "''" | "”") {
            quote_closed = true;
            continue;
        }
        // ("a referendum that was called after protests erupted": "that" + a form of "be" opens
        // a relative clause too)
        // (after a noun: "By Friday, that had changed" opens with the pronoun)
        let that_relative = w == "that"
            && k > 0
            && tokens[k - 1].kind == TokenKind::Word
            && k + 1 < limit
            && matches!(
                &lower[tokens[k + 1].range()],
                "was" | "were" | "had" | "has"
            );
        if matches!(w, "who" | "which" | "whom" | "whose") || that_relative {
            relative = true;
            continue;
        }
        if relative {
            relative = w != ",";
            continue;
        }
        if let Some((t, cue)) = cue_at(lower, tokens, k, limit) {
            if t == Tense::Past
                && k > end
                && matches!(
                    &lower[tokens[k - 1].range()],
                    "be" | "been" | "being" | "will" | "to"
                )
            {
                continue;
            }
            if quote_closed
                && t == Tense::Past
                && is_report(&cue)
                && said_calendar_time(lower, tokens, first, end)
            {
                return (
                    Tense::Unknown,
                    Some(format!("{cue} (after a quotation: the nearest)")),
                );
            }
            // ("go on sale on March 1, priced from £299": a participle after a comma opens a
            // phrase about a noun, not a verb of the clause; not after a time set off by commas,
            // "The first day of the trial, Monday, ended with a mistrial motion")
            let set_off = first > sentence.first_token && &lower[tokens[first - 1].range()] == ",";
            if t == Tense::Past
                && k > end
                && !set_off
                && &lower[tokens[k - 1].range()] == ","
                && cue.ends_with("ed")
                && !is_report(&cue)
            {
                continue;
            }
            return (t, Some(cue));
        }
    }
    (Tense::Unknown, None)
}

/// Past verbs whose infinitive took place (or was meant to and did not) at the verb's own time:
/// "failed to advance a measure Friday" is Friday's failure.
const IMPLICATIVE_PASTS: &[&str] = &[
    "failed",
    "refused",
    "declined",
    "managed",
    "attempted",
    "tried",
    "neglected",
    "began",
    "started",
    "rushed",
    "hurried",
    "struggled",
    "hesitated",
];

/// Words that open a clause of its own inside a question ("the Fed, which cut rates", "given
/// that the Fed cut rates"): a past form after them is that clause's.
const QUESTION_CLAUSE_OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "that", ",", "given", "after", "since", "because", "when",
    "what",
];

/// Past forms spelled as the bare verb: after "will" in a question they are the bare verb.
const PAST_SAME_AS_BASE: &[&str] = &[
    "cut", "set", "put", "hit", "let", "shut", "cost", "quit", "spread", "bid", "hurt", "split",
    "cast", "read",
];

/// Verbs of taking place, after "will" or "would": see `day_of_subject` in [`clause_tense`].
const HAPPENING_VERBS: &[&str] = &[
    "begin", "start", "open", "resume", "end", "finish", "close", "go", "take", "run", "kick",
    "tip",
];

/// How many tokens after a time told as a past plan are looked at for the change of plan.
const CHANGED_PLAN_REACH: usize = 12;

/// How many tokens after "if", "unless" or "once" are looked at for a past form.
const CONDITION_REACH: usize = 5;

/// "Tickets for Thursday's play cost £6", "tickets for Saturday and Sunday have sold out": the
/// day tickets are for (a weekday after "for", or after another weekday joined by "and") is one
/// still to come; tickets for a day gone by are seldom news.
fn tickets_for<'a>(lower: &'a str, tokens: &[Token], first: usize) -> Option<&'a str> {
    let before = |n: usize| {
        if first >= n {
            word_at(lower, tokens, first - n)
        } else {
            ""
        }
    };
    let ticket = |w: &str| {
        matches!(
            w,
            "tickets"
                | "ticket"
                | "seats"
                | "bookings"
                | "reservations"
                | "passes"
                // ("canceled 140 flights for Wednesday and Thursday": flights called off for a
                // day are for the coming one)
                | "flights"
                | "sailings"
                | "departures"
        )
    };
    // (the noun may have a place after it: "140 flights at Houston's airports for Wednesday")
    let ticket_before = |for_at: usize| {
        (for_at + 1..=for_at + TICKET_PLACE_REACH)
            .take_while(|&n| !matches!(before(n), "," | ";" | ""))
            .map(before)
            .find(|w| ticket(w))
    };
    if before(1) == "for" {
        return ticket_before(1);
    }
    (before(1) == "and"
        && (is_weekday_word(before(2)) || is_month_word(before(2)))
        && before(3) == "for")
        .then(|| ticket_before(3))
        .flatten()
}

/// Whether what is booked for a day is a service called off or laid on ("canceled 140 flights
/// for Wednesday"): a later clause in the past does not tell it as held.
fn is_service(noun: &str) -> bool {
    matches!(noun, "flights" | "sailings" | "departures")
}

/// How many words before "for" [`tickets_for`] looks for the noun of what is booked.
const TICKET_PLACE_REACH: usize = 5;

/// Whether the time at `first..end` is a calendar time a quotation can say without the report
/// dating it: not an amount of time ("in five years," he said) nor a clock alone ("'The first
/// test comes at 4 p.m.,' he said" stays on the day of the report).
fn said_calendar_time(lower: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let info = |j: usize| crate::lexicon::lookup(word_at(lower, tokens, j));
    let amount = (first..end).any(|j| info(j).is_some_and(|x| x.unit.is_some()));
    let named = (first..end).any(|j| {
        info(j).is_some_and(|x| x.month.is_some() || x.weekday.is_some() || x.season.is_some())
    });
    let clock = (first..end).any(|j| tokens[j].kind == TokenKind::Number);
    !amount && (named || !clock)
}

/// A timetable verb in the present with its -s ("starts", "opens", "begins").
fn is_schedule_s(w: &str) -> bool {
    w.ends_with('s') && cue_sets().schedule.contains(w)
}

/// Whether a verb in the past, other than a report ("their union said"), follows the time in
/// its sentence ("but only light rain fell", "which was lifted on Tuesday").
fn past_verb_after(lower: &str, tokens: &[Token], sentence: &Sentence, end: usize) -> bool {
    (end..sentence.end_token).any(|j| {
        matches!(
            cue_at(lower, tokens, j, sentence.end_token),
            Some((Tense::Past, cue))
                if !is_report(&cue)
        )
    })
}

/// Whether a verb in the past, other than a report, comes before `first` in its sentence with
/// no comma, semicolon or future cue between ("stalled over the islands for 40 hours
/// beginning").
fn past_verb_before(lower: &str, tokens: &[Token], sentence: &Sentence, first: usize) -> bool {
    for j in (sentence.first_token..first).rev() {
        if matches!(word_at(lower, tokens, j), "," | ";") {
            return false;
        }
        match cue_at(lower, tokens, j, sentence.end_token) {
            Some((Tense::Past, cue)) if !is_report(&cue) => return true,
            Some((Tense::Future | Tense::Upcoming | Tense::Present, _)) => return false,
            _ => {}
        }
    }
    false
}

/// Whether a clause after the time's own, past a comma or a semicolon, tells in the past of what
/// the time names ("Tickets for Saturday's match had sold out, and 60,000 fans watched the home
/// side win", "tickets for Sunday's game, which the Celtics lost"). Selling the tickets ("sold
/// out in an hour", "went on sale Monday") does not date the event.
fn held_after(lower: &str, tokens: &[Token], sentence: &Sentence, end: usize) -> bool {
    let limit = sentence.end_token;
    let Some(comma) = (end..limit).find(|&k| matches!(word_at(lower, tokens, k), "," | ";")) else {
        return false;
    };
    past_verb_after(lower, tokens, sentence, comma)
}

/// How far after a time the clause of a timetable verb is read for a past verb.
const STRETCH_REACH: usize = 12;

/// Whether the time at `first..end` names a weekday ("Friday", "early Friday morning").
fn names_weekday(lower: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    (first..end).any(|k| is_weekday_word(word_at(lower, tokens, k)))
}

/// Whether a cue is a verb of reporting ("said", "told", "announced"): it dates the report,
/// not always what is reported.
fn is_report(cue: &str) -> bool {
    REPORTING_PAST.contains(&cue) || REPORTING_MORE.contains(&cue)
}

/// A weekday name, lower case (as the lexicon knows them).
fn is_weekday_word(w: &str) -> bool {
    crate::lexicon::lookup(w).is_some_and(|info| info.weekday.is_some())
}

fn is_month_word(w: &str) -> bool {
    crate::lexicon::lookup(w).is_some_and(|info| info.month.is_some())
}
