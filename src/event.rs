//! Events: one per clause that carries a time or an ordering cue.
//!
//! A sentence is cut at its in-sentence ordering cues ("ahead of", "following", "after"); each
//! piece that holds a time expression, or sits on either side of a cue, becomes an event. Cues
//! that point to the sentence before ("Before that,", "later in the day") link the sentence's
//! first event to the previous sentence's last event.

use crate::annotate::Annotation;
use crate::document::Document;
use crate::lexicon::{CueRelation, OrderCue, ORDER_CUES};
use crate::text::{Sentence, Token, TokenKind};
use crate::timex::tense::{cue_at, Tense};
use crate::timex::{Timex, TimexType};

/// One event mention in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Index of the document in the timeline.
    pub document: usize,
    pub sentence: usize,
    /// Byte span of the clause.
    pub start: usize,
    pub end: usize,
    /// The main verb or event noun.
    pub trigger: String,
    pub tense: Tense,
    /// Index into the document's timexes of its own time, if any.
    pub timex: Option<usize>,
}

/// An ordering stated by a cue, between two events of the same document (indices into the
/// document's events): `first` comes before `second` (or with it, for `Simultaneous`).
#[derive(Debug, Clone, PartialEq)]
pub struct CueLink {
    pub first: usize,
    pub second: usize,
    pub simultaneous: bool,
    pub evidence: String,
}

/// Finds the cue at token `k`, longest first.
fn cue_at_token(
    lower: &str,
    tokens: &[Token],
    k: usize,
    limit: usize,
) -> Option<&'static OrderCue> {
    // Most words start no cue: one set lookup instead of a walk of the cue list.
    type Set = std::collections::HashSet<&'static str, crate::lexicon::fxhash::FxBuildHasher>;
    static FIRST_WORDS: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    let first = FIRST_WORDS.get_or_init(|| {
        ORDER_CUES
            .iter()
            .filter_map(|c| c.words.first().copied())
            .collect()
    });
    if !first.contains(&lower[tokens[k].range()]) {
        return None;
    }
    ORDER_CUES.iter().find(|cue| {
        cue.words
            .iter()
            .enumerate()
            .all(|(n, w)| k + n < limit && &lower[tokens[k + n].range()] == *w)
    })
}

/// Extracts the events of one document, and the cue links between them.
pub fn extract(doc_index: usize, doc: &Document, ann: &Annotation) -> (Vec<Event>, Vec<CueLink>) {
    let lower = doc.text.to_ascii_lowercase();
    let mut events: Vec<Event> = Vec::new();
    let mut links = Vec::new();
    // Which tokens start inside an expression: of any sentence, and of their own sentence.
    // Worked out once, so that asking costs nothing; asking the list of expressions for
    // every token made a sentence with a million expressions cost a million squared.
    let in_any = covered(
        &ann.tokens,
        ann.timexes.iter().map(|t| (t, 0..ann.tokens.len())),
    );
    let in_own = covered(
        &ann.tokens,
        ann.timexes.iter().filter_map(|t| {
            let s = ann.sentences.get(t.sentence)?;
            Some((t, s.first_token..s.end_token))
        }),
    );
    let mut timex_iter = 0;
    // (sentence, first event) of the last sentence that had events
    let mut last_sentence_first: Option<(usize, usize)> = None;
    for (si, sentence) in ann.sentences.iter().enumerate() {
        // the timexes of this sentence
        let t_first = timex_iter;
        while timex_iter < ann.timexes.len() && ann.timexes[timex_iter].sentence == si {
            timex_iter += 1;
        }
        let sentence_timexes = t_first..timex_iter;
        let in_sentence = &ann.timexes[sentence_timexes.clone()];
        let sorted = in_sentence.windows(2).all(|w| w[0].start <= w[1].start);

        // cut points: (token index, cue)
        let mut cuts: Vec<(usize, &'static OrderCue)> = Vec::new();
        let mut previous_link: Option<&'static OrderCue> = None;
        let mut k = sentence.first_token;
        while k < sentence.end_token {
            if ann.tokens[k].kind == TokenKind::Word && !in_own[k]
                || is_later_in_the_day(&lower, &ann.tokens, k, sentence.end_token)
            {
                if let Some(cue) = cue_at_token(&lower, &ann.tokens, k, sentence.end_token) {
                    if cue.links_previous_sentence {
                        previous_link.get_or_insert(cue);
                        k += cue.words.len();
                        continue;
                    }
                    // A cue at the very start ("After the vote, ...") introduces the first piece.
                    cuts.push((k, cue));
                    k += cue.words.len();
                    continue;
                }
            }
            k += 1;
        }
        let has_time = !sentence_timexes.is_empty();
        if !has_time && cuts.is_empty() && previous_link.is_none() {
            continue;
        }
        // pieces between cuts
        let mut bounds: Vec<(usize, usize, Option<&'static OrderCue>)> = Vec::new();
        let mut from = sentence.first_token;
        let mut intro: Option<&'static OrderCue> = None;
        for &(k, cue) in &cuts {
            if k > from {
                bounds.push((from, k, intro));
            } else if from == sentence.first_token {
                // sentence starts with the cue: the first piece is introduced by it
            }
            intro = Some(cue);
            from = k + cue.words.len();
        }
        if from < sentence.end_token {
            bounds.push((from, sentence.end_token, intro));
        }
        let first_event = events.len();
        let previous_sentence_first = last_sentence_first
            .filter(|&(s, _)| s + 1 == si || s + 2 == si)
            .map(|(_, e)| e);
        let mut piece_events: Vec<(usize, Option<&'static OrderCue>)> = Vec::new();
        for &(a, b, intro) in &bounds {
            let (a, b) = trim_punct(&doc.text, &ann.tokens, a, b);
            if a >= b {
                continue;
            }
            let start = ann.tokens[a].start as usize;
            let end = ann.tokens[b - 1].end as usize;
            // The expressions inside the piece. Sorted by start, they are a run beginning at
            // the first that starts in the piece: no need to look at the whole sentence.
            let candidates = if sorted {
                let from = in_sentence.partition_point(|t| t.start < start);
                let to = from + in_sentence[from..].partition_point(|t| t.start <= end);
                t_first + from..t_first + to
            } else {
                sentence_timexes.clone()
            };
            let own = candidates.clone().find(|&t| {
                let tx = &ann.timexes[t];
                tx.start >= start
                    && tx.end <= end
                    && matches!(tx.value.kind, TimexType::Date | TimexType::Time)
            });
            let any_timex = candidates
                .clone()
                .any(|t| ann.timexes[t].start >= start && ann.timexes[t].end <= end);
            if own.is_none()
                && !any_timex
                && intro.is_none()
                && cuts.is_empty()
                && previous_link.is_none()
            {
                continue;
            }
            let (tense, trigger) =
                clause_tense_and_trigger(&lower, &doc.text, &ann.tokens, sentence, a, b, &in_any);
            piece_events.push((events.len(), intro));
            events.push(Event {
                document: doc_index,
                sentence: si,
                start,
                end,
                trigger,
                tense,
                timex: own,
            });
        }
        if events.len() > first_event {
            last_sentence_first = Some((si, first_event));
        }
        // cue links inside the sentence: each introduced piece against the piece before it
        for w in 1..piece_events.len() {
            let (cur, intro) = piece_events[w];
            let (prev, _) = piece_events[w - 1];
            if let Some(cue) = intro {
                links.push(link(cue, prev, cur));
            }
        }
        // a sentence that starts with its cue ("After the vote, the crowd left"): the first piece
        // is introduced, the second is the main clause
        if let (Some(&(k, cue)), true) = (cuts.first(), piece_events.len() >= 2) {
            if k == sentence.first_token
                || trim_punct(&doc.text, &ann.tokens, sentence.first_token, k).0 >= k
            {
                let (a, _) = piece_events[0];
                let (b, _) = piece_events[1];
                links.retain(|l| !(l.first == a && l.second == b || l.first == b && l.second == a));
                links.push(link(cue, b, a));
            }
        }
        if let Some(cue) = previous_link {
            if let Some(prev_first) = previous_sentence_first {
                // the previous sentence's first event is its main clause; this one is introduced
                if first_event < events.len() {
                    links.push(link(cue, prev_first, first_event));
                }
            }
        }
    }
    (events, links)
}

/// For each token, whether its first byte lies inside one of the expressions, each given with
/// the tokens it may cover. Token starts increase, so the tokens an expression covers are a
/// run found by binary search; runs are counted with a difference array, which costs the
/// same however much the expressions overlap.
fn covered<'a>(
    tokens: &[Token],
    timexes: impl Iterator<Item = (&'a Timex, std::ops::Range<usize>)>,
) -> Vec<bool> {
    let mut depth = vec![0i64; tokens.len() + 1];
    for (t, within) in timexes {
        let base = within.start;
        let Some(run) = tokens.get(within) else {
            continue;
        };
        let lo = base + run.partition_point(|x| (x.start as usize) < t.start);
        let hi = base + run.partition_point(|x| (x.start as usize) < t.end);
        if lo < hi {
            depth[lo] += 1;
            depth[hi] -= 1;
        }
    }
    let mut open = 0;
    depth[..tokens.len()]
        .iter()
        .map(|d| {
            open += d;
            open > 0
        })
        .collect()
}

/// "later in the day" is also a time expression; as a cue it must be seen even inside it.
fn is_later_in_the_day(lower: &str, tokens: &[Token], k: usize, limit: usize) -> bool {
    k + 3 < limit
        && matches!(&lower[tokens[k].range()], "later" | "earlier")
        && &lower[tokens[k + 1].range()] == "in"
        && &lower[tokens[k + 3].range()] == "day"
}

fn link(cue: &OrderCue, main: usize, introduced: usize) -> CueLink {
    let evidence = cue.words.join(" ");
    match cue.introduced_is {
        CueRelation::Before => CueLink {
            first: introduced,
            second: main,
            simultaneous: false,
            evidence,
        },
        CueRelation::After => CueLink {
            first: main,
            second: introduced,
            simultaneous: false,
            evidence,
        },
        CueRelation::Simultaneous => CueLink {
            first: main,
            second: introduced,
            simultaneous: true,
            evidence,
        },
    }
}

/// Drops punctuation at both ends of a token range.
fn trim_punct(_text: &str, tokens: &[Token], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && tokens[a].kind == TokenKind::Punct {
        a += 1;
    }
    while b > a && tokens[b - 1].kind == TokenKind::Punct {
        b -= 1;
    }
    (a, b)
}

/// The tense of a clause and its trigger: the verb after a future cue ("is set to travel"),
/// the first past verb ("welcomed"), else an event noun after an article ("a working lunch").
fn clause_tense_and_trigger(
    lower: &str,
    text: &str,
    tokens: &[Token],
    sentence: &Sentence,
    a: usize,
    b: usize,
    in_any: &[bool],
) -> (Tense, String) {
    let in_timex = |k: usize| in_any[k];
    let mut k = a;
    while k < b {
        if !in_timex(k) {
            if let Some((tense, cue)) = cue_at(lower, tokens, k, sentence.end_token)
                .filter(|(_, cue)| !crate::lexicon::is_mood_cue(cue))
            {
                let words = cue.split(' ').count();
                let after = k + words;
                match tense {
                    // "Forecasters expect rain": the cue is the verb itself
                    Tense::Future
                        if matches!(
                            cue.as_str(),
                            "expect" | "expects" | "predict" | "predicts"
                        ) =>
                    {
                        return (Tense::Future, text[tokens[k].range()].to_string());
                    }
                    Tense::Future => {
                        // the verb after "will", "is set to", "would"
                        let mut v = after;
                        while v < b
                            && matches!(
                                &lower[tokens[v].range()],
                                "be" | "also" | "not" | "to" | "then" | "soon" | "have"
                            )
                        {
                            v += 1;
                        }
                        if v < b && tokens[v].kind == TokenKind::Word {
                            return (Tense::Future, text[tokens[v].range()].to_string());
                        }
                        return (Tense::Future, cue);
                    }
                    Tense::Past | Tense::Present => {
                        let w = &lower[tokens[k].range()];
                        if matches!(
                            w,
                            "had" | "was" | "were" | "did" | "has" | "have" | "is" | "are"
                        ) {
                            // auxiliary: the participle after it, if any
                            let mut v = k + 1;
                            while v < b
                                && matches!(
                                    &lower[tokens[v].range()],
                                    "also"
                                        | "not"
                                        | "been"
                                        | "being"
                                        | "never"
                                        | "already"
                                        | "reportedly"
                                        | "previously"
                                )
                            {
                                v += 1;
                            }
                            if v < b {
                                if let Some((t2, _)) = cue_at(lower, tokens, v, sentence.end_token)
                                {
                                    if t2 == Tense::Future {
                                        k = v;
                                        continue;
                                    }
                                    let tense = if matches!(w, "has" | "have" | "is" | "are")
                                        && t2 == Tense::Past
                                    {
                                        Tense::Past
                                    } else {
                                        tense
                                    };
                                    return (
                                        if matches!(w, "had" | "was" | "were" | "did") {
                                            Tense::Past
                                        } else {
                                            tense
                                        },
                                        text[tokens[v].range()].to_string(),
                                    );
                                }
                            }
                        }
                        return (tense, text[tokens[k].range()].to_string());
                    }
                    Tense::Unknown | Tense::Recent | Tense::Upcoming => {}
                }
            }
        }
        k += 1;
    }
    // an event noun: the last word of the first noun phrase after an article
    for k in a..b {
        if matches!(&lower[tokens[k].range()], "a" | "an" | "the") {
            let mut last = None;
            let mut v = k + 1;
            while v < b
                && tokens[v].kind != TokenKind::Punct
                && !matches!(
                    &lower[tokens[v].range()],
                    "with"
                        | "in"
                        | "between"
                        | "of"
                        | "on"
                        | "at"
                        | "for"
                        | "to"
                        | "and"
                        | "by"
                        | "from"
                )
            {
                if !in_timex(v) {
                    last = Some(v);
                }
                v += 1;
            }
            if let Some(l) = last {
                return (Tense::Unknown, text[tokens[l].range()].to_string());
            }
        }
    }
    let first_word = (a..b)
        .find(|&k| tokens[k].kind == TokenKind::Word && !in_timex(k))
        .unwrap_or(a);
    (Tense::Unknown, text[tokens[first_word].range()].to_string())
}
