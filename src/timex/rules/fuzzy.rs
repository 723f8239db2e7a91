//! Rules for vague references: "now", "recently", "soon", "the future".

use super::*;

/// Words after which "the former" is the pronoun of "the former ... the latter", not an adjective.
const FORMER_AS_PRONOUN: &[&str] = &[
    "and", "or", "but", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
    "could", "may", "might", "must", "should", "said", "says", "being", "of", "to",
];

pub(super) fn fuzzy(s: &Scanner, i: usize) -> Option<Found> {
    let f = |end, r| found(end, TimeExpr::Fuzzy(r));
    match s.class(i) {
        // "Now, he says, ...": a sentence-opening "Now," turns the story, it does not date it
        // ("Currently," does date what follows, and stays)
        Some(Class::Now) if s.capitalized(i) && s.w(i + 1) == "," && s.is(i, "now") => None,
        // "Now let's check the weather", "Now for today's quiz", "Now the traffic": a
        // broadcaster moving to the next item
        Some(Class::Now)
            if s.capitalized(i)
                && s.is(i, "now")
                && (matches!(
                    s.w(i + 1),
                    "let's" | "let’s" | "let" | "for" | "over" | "back"
                ) || (s.is_class(i + 1, Class::The)
                    && matches!(
                        s.w(i + 2),
                        "traffic" | "weather" | "sport" | "sports" | "headlines" | "news"
                    ))) =>
        {
            None
        }
        Some(Class::Now) => f(i + 1, FuzzyRef::Present),
        // "the current market", "his current wife": the present, as an adjective. "the current
        // quarter" is a calendar period (relative_unit); "then current" is the past.
        Some(Class::Current) => {
            let next = s.info(i + 1);
            if next.is_some_and(|x| x.unit.is_some()) || !is_word(s, i + 1) {
                return None;
            }
            if matches!(
                s.w(i + 1),
                "account" | "accounts" | "affairs" | "events" | "of"
            ) {
                return None;
            }
            // After a determiner, a possessive or a preposition it is the adjective; "the
            // ocean current" is the noun.
            let prev = s.w(i.wrapping_sub(1));
            let determiner = crate::lexicon::DETERMINERS.contains(&prev)
                || matches!(
                    prev,
                    "of" | "in"
                        | "at"
                        | "for"
                        | "about"
                        | "under"
                        | "with"
                        | "and"
                        | "on"
                        | "to"
                        | "by"
                )
                || prev.ends_with("'s")
                || prev.ends_with("’s")
                || (i == 0 || !is_word(s, i - 1));
            if !determiner {
                return None;
            }
            f(i + 1, FuzzyRef::Present)
        }
        Some(Class::PastRef) => match s.w(i) {
            "recent" => {
                // "recent weeks", "in recent days": an open stretch up to now; "recent years"
                // reaches so far back that it is the past as a whole
                let info = s.info(i + 1);
                if let Some(unit) = info.filter(|x| x.plural).and_then(|x| x.unit) {
                    if matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
                        return f(i + 2, FuzzyRef::Past);
                    }
                    return found(
                        i + 2,
                        TimeExpr::Duration {
                            amount: Amount::Vague,
                            unit,
                        },
                    );
                }
                // "the recent sale", "a recent filing": the adjective alone
                let prev = s.w(i.wrapping_sub(1));
                if info.is_some_and(|x| x.unit.is_some())
                    || !is_word(s, i + 1)
                    || matches!(
                        prev,
                        "most" | "more" | "less" | "very" | "fairly" | "relatively"
                    )
                {
                    return None;
                }
                f(i + 1, FuzzyRef::Past)
            }
            // "a once high-flying toy maker"; "once" as "one time" or "as soon as" is not a time
            "once" if matches!(s.w(i.wrapping_sub(1)), "a" | "an" | "the") && s.w(i + 1) != "-" => {
                f(i + 1, FuzzyRef::Past)
            }
            // "a former minister", "formerly a mill": a role held in the past, one of the fuzzy
            // references the accuracy issue lists (TimeBank leaves it out). "the former" as a
            // pronoun ("the former said", "the former and the latter") is not a time.
            "former" if is_word(s, i + 1) && !FORMER_AS_PRONOUN.contains(&s.w(i + 1)) => {
                f(i + 1, FuzzyRef::Past)
            }
            "formerly" => f(i + 1, FuzzyRef::Past),
            // "The building once housed a shoe factory", "Polio was once common": "formerly"
            "once" if once_means_formerly(s, i) => f(i + 1, FuzzyRef::Past),
            // "previously announced" ranks an event against another; "once" as "one time" or
            // "as soon as" is not a time
            "once" | "former" | "previously" => None,
            // "most recently in November", "most recently two years ago": it ranks the time
            // that follows, it is not one
            "recently" if s.w(i.wrapping_sub(1)) == "most" => None,
            // "as recently as May": it measures the time that follows
            "recently" if s.w(i.wrapping_sub(1)) == "as" && s.is(i + 1, "as") => None,
            _ => f(i + 1, FuzzyRef::Past),
        },
        Some(Class::FutureRef) => match s.w(i) {
            // "future quarters", "in future years": the time ahead
            "future" if s.info(i + 1).is_some_and(|x| x.plural && x.unit.is_some()) => {
                f(i + 2, FuzzyRef::Future)
            }
            "future" => None,

            // "as soon as", "soon after": a conjunction, not a time
            "soon" | "shortly"
                if s.w(i.wrapping_sub(1)) == "as"
                    || s.is_class(i + 1, Class::After)
                    || s.is_class(i + 1, Class::Before)
                    // ("unfolded shortly afterward": soon after the event just told)
                    || matches!(
                        s.w(i + 1),
                        "afterward" | "afterwards" | "thereafter" | "later"
                    ) =>
            {
                None
            }
            _ => f(i + 1, FuzzyRef::Future),
        },
        Some(Class::In) if s.is_class(i + 1, Class::The) => {
            // in the past, in the future: "in" stays outside, the expression is "the past"
            None
        }
        Some(Class::The) => match s.w(i + 1) {
            "past"
                if !s
                    .info(i + 2)
                    .is_some_and(|x| x.unit.is_some() || x.number.is_some())
                    && !s.is_number(i + 2)
                    && !s.is_class(i + 2, Class::Few)
                    && !s.is_class(i + 2, Class::Several) =>
            {
                f(i + 2, FuzzyRef::Past)
            }
            "future" => f(i + 2, FuzzyRef::Future),
            // ("the foreseeable future" is left out: TimeBank does not mark it)
            "near" | "distant" | "immediate" if s.is(i + 2, "future") => f(i + 3, FuzzyRef::Future),
            "near" | "short" | "long" if s.is(i + 2, "term") => f(i + 3, FuzzyRef::Future),
            "recent" | "distant" if s.is(i + 2, "past") => f(i + 3, FuzzyRef::Past),
            "present" if s.info(i + 2).is_none_or(|x| x.class.is_some()) => {
                f(i + 2, FuzzyRef::Present)
            }
            _ => None,
        },
        _ => match s.w(i) {
            "at" if s.is(i + 1, "present") => f(i + 2, FuzzyRef::Present),
            "then" if s.is_class(i + 1, Class::Current) => f(i + 2, FuzzyRef::Past),
            // "as soon as possible": the whole phrase is the (vague) time ahead
            "as" if s.is(i + 1, "soon") && s.is(i + 2, "as") && s.is(i + 3, "possible") => {
                f(i + 4, FuzzyRef::Future)
            }
            // "at a later date"
            "a" if s.is_class(i + 1, Class::Later) && s.is(i + 2, "date") => {
                f(i + 3, FuzzyRef::Future)
            }
            "these" if s.is(i + 1, "days") => f(i + 2, FuzzyRef::Present),
            _ => None,
        },
    }
}

/// Does "once" at `i` mean "formerly"? Before a verb in the past after its subject ("The building
/// once housed", "who once ran the mill", "we once thought"), or after "was"/"were" before what
/// the subject was ("Polio was once common"). Not "once" as "as soon as" ("once signed by the
/// governor", "listed once built", "was once the subsidy ended"), "one time" ("never once",
/// "at once", "once again", "once per customer") or a count ("once every 10 years").
fn once_means_formerly(s: &Scanner, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = s.w(i - 1);
    let w = s.w(i + 1);
    // ("takes effect once signed by the governor", "once approved": a participle of completing
    // or approving makes "once" "as soon as")
    let completion = matches!(
        w,
        "signed"
            | "approved"
            | "ratified"
            | "passed"
            | "completed"
            | "finished"
            | "confirmed"
            | "cleared"
            | "installed"
            | "repaired"
            | "restored"
            | "reopened"
    );
    let past_form = !completion
        && ((w.len() > 4 && w.ends_with("ed"))
            || (ONCE_IRREGULAR_PAST.contains(&w) && is_word(s, i + 2)));
    // ("Tickets, once sold for $200,000, are", "His fund, Harbor Point Capital, once managed
    // $1.4 billion": after a comma, a past form that goes on to what it did; "takes effect in
    // March, once signed by the governor" is "as soon as")
    if prev == "," {
        return past_form
            && i + 2 < s.limit
            && !matches!(s.w(i + 2), "by" | "," | "." | ";" | ":" | "and" | "or");
    }
    if s.tokens[i - 1].kind != crate::text::TokenKind::Word {
        return false;
    }
    if matches!(
        prev,
        "and" | "or" | "but" | "when" | "if" | "than" | "never" | "at" | "for"
    ) {
        return false;
    }
    // ("was once common", "were once rivals", "was once the largest retailer"; "the worry was
    // once the subsidy ended" opens a clause)
    if matches!(prev, "was" | "were") {
        let determined = s.is_class(i + 1, Class::The) || s.is_class(i + 1, Class::A);
        let superlative = |k: usize| {
            let x = s.w(k);
            x.ends_with("est") || matches!(x, "most" | "first" | "only")
        };
        // ("was once a textile mill", "were once an aide": the indefinite article before what
        // the subject was; not "was once a week", a count)
        if s.is_class(i + 1, Class::A) {
            return (i + 2..i + 4).all(|k| s.info(k).is_none_or(|x| x.unit.is_none()));
        }
        if determined {
            return superlative(i + 2);
        }
        return is_word(s, i + 1)
            && !matches!(
                s.w(i + 1),
                "again" | "more" | "every" | "per" | "in" | "or" | "and" | "before" | "it"
            );
    }
    // (a passive participle before "once" makes it "as soon as": "will be listed once built";
    // a word must follow a bare past form: "the issue it once was, at least" compares with what
    // was)
    !prev.ends_with("ed") && past_form
}

/// Irregular past forms after which "once" means "formerly": "the mill once stood here", "prints
/// that once sold for $15", "heat we once thought would only arrive in 2050".
const ONCE_IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "stood", "ran", "held", "led", "made", "sold", "thought", "told",
    "built", "taught", "kept", "won", "knew", "owned", "drew", "sat", "wrote", "spent", "paid",
];
