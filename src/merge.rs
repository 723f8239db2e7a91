//! Cross-document merging: the same event reported in several articles becomes one event that
//! keeps every mention.
//!
//! Two events merge when they come from different documents, share enough content words (after
//! a crude stemming and a small table of event classes, so "shut" meets "closed"), have
//! compatible kinds, and compatible times (their intervals meet). Two dated reports whose
//! intervals do not meet still merge when the evidence is strong (same trigger class and a high
//! word overlap): that is a disagreement between sources, kept as a `conflict`.
//!
//! No pair of events is compared unless it shares a blocking key (a content word or event class
//! within a time bucket); keys held by too many events carry no information and are dropped, so
//! the cost stays close to linear.

use crate::event::CueLink;
use crate::lexicon::fxhash::FxBuildHasher;
use crate::timeline::{Event, Timeline};
use crate::timex::{Interval, TimexType};
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use std::collections::HashMap;

/// A blocking key held by more events than this is too common to say anything.
const MAX_BLOCK: usize = 64;
/// Minimum overlap (shared / smaller set), in thousandths, for a merge.
const MIN_OVERLAP: usize = 340;
/// Minimum overlap for a merge whose dates disagree.
const MIN_CONFLICT_OVERLAP: usize = 400;
/// Dates further apart than this (days) are not one event misreported.
const MAX_CONFLICT_GAP_DAYS: i64 = 7;

/// Event classes: words that name the same kind of happening.
const CLASSES: &[(&str, &[&str])] = &[
    (
        "close",
        &[
            "close", "closed", "closes", "closing", "closure", "shut", "shuts", "shutting",
        ],
    ),
    (
        "open",
        &[
            "open",
            "opened",
            "opens",
            "opening",
            "reopen",
            "reopened",
            "reopens",
            "reopening",
        ],
    ),
    (
        "court",
        &[
            "court",
            "petition",
            "petitioned",
            "petitions",
            "file",
            "filed",
            "files",
            "sue",
            "sued",
            "sues",
            "lawsuit",
        ],
    ),
    (
        "meet",
        &[
            "meet", "meets", "met", "meeting", "meetings", "talks", "talk", "session",
        ],
    ),
    ("sign", &["sign", "signs", "signed", "signing"]),
    ("hear", &["hear", "hears", "heard", "hearing"]),
    ("rule", &["rule", "ruled", "ruling", "verdict"]),
    ("vote", &["vote", "voted", "votes", "voting"]),
    ("approve", &["approve", "approved", "approves", "approval"]),
];

const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "even",
    "first",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "least",
    "more",
    "most",
    "no",
    "not",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "said",
    "says",
    "say",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "told",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "without",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "set",
    "due",
    "expected",
    "plan",
    "plans",
    "scheduled",
    "going",
    "just",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "weeks",
    "weekend",
    "day",
    "days",
    "month",
    "months",
    "year",
    "years",
    "morning",
    "afternoon",
    "evening",
    "night",
    "ago",
    "last",
    "next",
    "earlier",
    "later",
    "recently",
    "soon",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "hour",
    "hours",
    "minute",
    "minutes",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "since",
    "ahead",
    "following",
    "followed",
    "shortly",
    "afterwards",
    "meanwhile",
    "currently",
];

/// Verbs after which a class word names a state (\"stayed shut\").
const STATE_VERBS: &[&str] = &[
    "stay", "stays", "stayed", "remain", "remains", "remained", "keep", "keeps", "kept",
];

/// A word of up to 15 bytes as one number: its bytes, little-endian, and its length in the
/// last byte, so different words give different numbers. Hashing and comparing it costs a
/// fraction of what a string costs (no call to compare bytes), and every stopword and class
/// word is this short.
fn short_key(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let mut key = [0u8; 16];
    key[..b.len()].copy_from_slice(b);
    key[15] = b.len() as u8;
    Some(u128::from_le_bytes(key))
}

/// What the tables say of a word: a stopword, the word of a class (its place in `CLASSES`).
#[derive(Clone, Copy, Default)]
struct Entry {
    stopword: bool,
    class: Option<usize>,
}

/// Word -> class and stopwords, as one hash table of short keys: a scan of the lists for
/// every word of a million clauses was a fifth of `build`.
fn tables() -> &'static HashMap<u128, Entry, FxBuildHasher> {
    static TABLES: std::sync::OnceLock<HashMap<u128, Entry, FxBuildHasher>> =
        std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut table: HashMap<u128, Entry, FxBuildHasher> = HashMap::default();
        let key = |w: &str| short_key(w).expect("a short word");
        for (k, (_, words)) in CLASSES.iter().enumerate() {
            for w in *words {
                // The first class listing a word wins, as a scan of the list would find it.
                let e = table.entry(key(w)).or_default();
                e.class = e.class.or(Some(k));
            }
        }
        for w in STOPWORDS {
            table.entry(key(w)).or_default().stopword = true;
        }
        table
    })
}

fn entry(word: &str) -> Entry {
    short_key(word)
        .and_then(|k| tables().get(&k).copied())
        .unwrap_or_default()
}

/// The place in `CLASSES` of the class of a word.
fn class_of(word: &str) -> Option<usize> {
    entry(word).class
}

/// The lemma of the words of each class (`#` and its name), in the order of `CLASSES`.
const CLASS_TAGS: [&str; 9] = [
    "#close", "#open", "#court", "#meet", "#sign", "#hear", "#rule", "#vote", "#approve",
];

fn is_stopword(lower: &str) -> bool {
    entry(lower).stopword
}

/// Lower-case, possessive and inflection stripped (crudely), or the event class of the word.
fn lemma(word: &str) -> String {
    lemma_of_lower(&word.to_lowercase())
}

/// [`lemma`] of a word already in lower case.
fn lemma_of_lower(w: &str) -> String {
    lemma_str(w).to_string()
}

/// [`lemma_of_lower`], borrowed: a class tag or a part of `w`.
fn lemma_str(w: &str) -> &str {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    match class_of(w) {
        Some(c) => CLASS_TAGS[c],
        None => stem(w),
    }
}

/// Crude inflection stripping.
fn stem(w: &str) -> &str {
    let n = if w.is_ascii() {
        w.len()
    } else {
        w.chars().count()
    };
    if n > 5 && w.ends_with("ing") {
        &w[..w.len() - 3]
    } else if n > 4 && w.ends_with("ed") {
        &w[..w.len() - 2]
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

/// The content words of an event clause, as lemmas (sorted, unique).
#[cfg(test)]
fn content_words(text: &str) -> Vec<String> {
    let w = Words::of(text);
    w.iter().map(str::to_string).collect()
}

/// Content words, sorted and unique, in one buffer: word `k` is `text[spans[k].0..spans[k].1]`.
/// One allocation for the words of a clause instead of one per word.
#[derive(Default)]
struct Words {
    text: String,
    spans: Vec<(u32, u32)>,
}

impl Words {
    /// The content words of an event clause, as lemmas.
    fn of(clause: &str) -> Self {
        let mut words = Words::default();
        // Lower-cased once per word, into one buffer: this runs for every word of every event.
        let mut lower = String::new();
        // The token before this one, skipped or not ("stayed shut").
        let mut before: Option<&str> = None;
        let tokens = clause
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| w.trim_matches('\''))
            .filter(|w| !w.is_empty());
        for w in tokens {
            let previous = before.replace(w);
            let short = if w.is_ascii() {
                w.len() < 2
            } else {
                w.chars().count() < 2
            };
            if short || w.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            lower.clear();
            if w.is_ascii() {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                // Not char by char: str::to_lowercase knows a final sigma.
                lower.push_str(&w.to_lowercase());
            }
            let lower = lower.as_str();
            if is_stopword(lower) {
                continue;
            }
            let l = lemma_str(lower);
            if class_of_lemma(l) {
                // "stayed shut", "remain closed": a state, not the happening of its class.
                let state =
                    previous.is_some_and(|p| STATE_VERBS.contains(&p.to_lowercase().as_str()));
                if !state {
                    words.push(l);
                }
                words.push(stem(lower));
            } else {
                words.push(l);
            }
        }
        let text = &words.text;
        let word = |&(a, b): &(u32, u32)| &text[a as usize..b as usize];
        words.spans.sort_unstable_by(|x, y| word(x).cmp(word(y)));
        words.spans.dedup_by(|x, y| word(x) == word(y));
        words
    }

    fn push(&mut self, w: &str) {
        let start = self.text.len() as u32;
        self.text.push_str(w);
        self.spans.push((start, self.text.len() as u32));
    }

    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.spans
            .iter()
            .map(|&(a, b)| &self.text[a as usize..b as usize])
    }
}

/// The event classes among the words.
fn kinds(words: &Words) -> Vec<&'static str> {
    let mut seen = [false; CLASS_TAGS.len()];
    for w in words.iter().filter(|w| w.starts_with('#')) {
        if let Some(k) = CLASS_TAGS.iter().position(|tag| *tag == w) {
            seen[k] = true;
        }
    }
    CLASSES
        .iter()
        .zip(seen)
        .filter(|(_, seen)| *seen)
        .map(|((c, _), _)| *c)
        .collect()
}

fn month_key(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// Time buckets of an event: the months a short dated interval touches; the year of a long
/// one; the publication month and the one before for undated (or open) events.
fn buckets(t: &Timeline, e: &Event) -> Vec<i32> {
    match e.interval {
        Some(Interval {
            start: Some(s),
            end: Some(x),
        }) => {
            let last = (x - chrono::Duration::seconds(1)).date();
            if (x - s).num_days() > 62 {
                vec![-s.year()]
            } else {
                let (a, b) = (month_key(s.date()), month_key(last));
                (a..=b).collect()
            }
        }
        _ => {
            let m = month_key(t.documents[e.document].published);
            vec![m - 1, m]
        }
    }
}

fn bounded(iv: Option<Interval>) -> Option<Interval> {
    iv.filter(|i| i.start.is_some() && i.end.is_some())
}

/// What merging needs of one event, worked out from its clause and trigger alone, so that
/// it is done with the rest of the document's work (in parallel) rather than at the end.
pub struct Features {
    /// Content words as lemmas, sorted and unique.
    words: Words,
    kinds: Vec<&'static str>,
    trigger: String,
}

impl Features {
    pub fn of(text: &str, trigger: &str) -> Self {
        let words = Words::of(text);
        Features {
            kinds: kinds(&words),
            trigger: lemma(trigger),
            words,
        }
    }
}

/// What merging keeps of each event of a timeline being built, with words as numbers:
/// comparing and hashing numbers instead of strings is what keeps a million events
/// affordable, and a few numbers per event are all that is held.
#[derive(Default)]
pub struct Prepared {
    /// Multiplicative hashing: SipHash made interning, which runs on one thread, a visible
    /// share of `build`. Numbers do not depend on it: they follow first appearance.
    numbers: HashMap<String, u32, FxBuildHasher>,
    /// The same for words of up to 15 bytes (nearly all), by [`short_key`].
    short_numbers: HashMap<u128, u32, FxBuildHasher>,
    is_class: Vec<bool>,
    /// One per event, in event order.
    events: Vec<Info>,
}

impl Prepared {
    fn number(&mut self, w: &str) -> u32 {
        let next = self.is_class.len() as u32;
        let n = match short_key(w) {
            Some(k) => *self.short_numbers.entry(k).or_insert(next),
            None => match self.numbers.get(w) {
                Some(&n) => n,
                None => *self.numbers.entry(w.to_string()).or_insert(next),
            },
        };
        if n == next {
            self.is_class.push(w.starts_with('#'));
        }
        n
    }

    /// Adds the next event's features. Numbers are given in order of first appearance, so
    /// they do not depend on hashing.
    pub fn push(&mut self, f: Features) {
        let words: Box<[u32]> = f.words.iter().map(|w| self.number(w)).collect();
        let trigger = self.number(&f.trigger);
        self.events.push(Info {
            words,
            kinds: f.kinds,
            trigger,
            trigger_is_class: class_of_lemma(&f.trigger),
        });
    }
}

struct Info {
    /// Every content word (class tokens too): the blocking keys.
    words: Box<[u32]>,
    kinds: Vec<&'static str>,
    trigger: u32,
    trigger_is_class: bool,
}

/// Shared words and the overlap (thousandths of the smaller set); class tokens are left out,
/// they only say the kind.
fn overlap(a: &[u32], b: &[u32]) -> (usize, usize) {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let min = a.len().min(b.len()).max(1);
    (shared, shared * 1000 / min)
}

/// What the first tests of a candidate pair read of each event, packed.
struct Quick {
    document: u32,
    /// The event classes among its words, one bit per entry of `CLASSES`.
    kinds: u16,
    undated_ok: bool,
    bounded: bool,
}

/// A candidate pair that passed the checks: (overlap, strong enough for a conflict).
struct Pair {
    score: usize,
    a: usize,
    b: usize,
    strong: bool,
}

/// Compares events `a` and `b` (of different documents), given the interval of every event
/// packed in `intervals`: the events themselves are large and scattered.
fn compare(
    intervals: &[Option<Interval>],
    info: &[Info],
    plain: &[Box<[u32]>],
    a: usize,
    b: usize,
) -> Option<Pair> {
    let (ia, ib) = (&info[a], &info[b]);
    let (shared, score) = overlap(&plain[a], &plain[b]);
    if shared < 2 || score < MIN_OVERLAP {
        return None;
    }
    // Same kind of happening: a shared event class; events of no known class only when both
    // are dated and share more words. An undated report needs a shared class.
    let (iva, ivb) = (intervals[a], intervals[b]);
    let both_dated = bounded(iva).is_some() && bounded(ivb).is_some();
    // An undated report must name the happening in its trigger ("Ostrand shut ...").
    let undated_ok = |iv: Option<Interval>, i: &Info| iv.is_some() || i.trigger_is_class;
    if !undated_ok(iva, ia) || !undated_ok(ivb, ib) {
        return None;
    }
    let kinds_ok = ia.kinds.iter().any(|k| ib.kinds.contains(k))
        || (ia.kinds.is_empty() && ib.kinds.is_empty() && both_dated && shared >= 3);
    if !kinds_ok {
        return None;
    }
    let same_trigger = ia.trigger == ib.trigger && ia.trigger_is_class;
    let strong = same_trigger && score >= MIN_CONFLICT_OVERLAP;
    let meets = match (iva, ivb) {
        (Some(x), Some(y)) => x.meets(&y),
        _ => true,
    };
    if !meets {
        let (Some(x), Some(y)) = (bounded(iva), bounded(ivb)) else {
            return None;
        };
        let gap = if x.before(&y) {
            y.start.zip(x.end).map(|(s, e)| (s - e).num_days())
        } else {
            x.start.zip(y.end).map(|(s, e)| (s - e).num_days())
        };
        // A disagreement is between two precise dates (a day or two), close together.
        let short = |i: Interval| {
            i.start
                .zip(i.end)
                .is_some_and(|(s, e)| (e - s).num_days() <= 2)
        };
        if !strong || !short(x) || !short(y) || gap.is_none_or(|g| g > MAX_CONFLICT_GAP_DAYS) {
            return None;
        }
    }
    Some(Pair {
        score,
        a: a.min(b),
        b: a.max(b),
        strong,
    })
}

/// Is this lemma an event class (a trigger worth comparing)?
fn class_of_lemma(l: &str) -> bool {
    l.strip_prefix('#')
        .is_some_and(|l| CLASSES.iter().any(|(c, _)| *c == l))
}

/// The kept blocks, packed: block k is `events[start[k]..start[k + 1]]`, returned as
/// (events, start). A block is a run of the (word, time bucket, event) triples sorted, so its
/// events are in event order; blocks of one event or of more than `MAX_BLOCK` are dropped.
/// The triples are unique (an event's words and buckets are), so the sorted list does not
/// depend on how it was made. When the three numbers fit in 64 bits together (words, bucket
/// range and events up to about 2^21 each), each triple is one `u64` in the same order,
/// which sorts in a fraction of the time and memory of a tuple of three; `packed_ok` false
/// is for the test that the two ways agree.
fn kept_blocks(
    bucket_lists: &[Vec<i32>],
    info: &[Info],
    words: usize,
    packed_ok: bool,
) -> (Vec<u32>, Vec<u32>) {
    let n = info.len();
    let total: usize = bucket_lists
        .iter()
        .zip(info)
        .map(|(b, i)| b.len() * i.words.len())
        .sum();
    let (low, high) = bucket_lists
        .iter()
        .flatten()
        .fold((i64::MAX, i64::MIN), |(l, h), &b| {
            (l.min(b as i64), h.max(b as i64))
        });
    let bits = |x: u64| 64 - x.leading_zeros();
    let (word_bits, bucket_bits, event_bits) = (
        bits(words as u64),
        bits(high.saturating_sub(low).max(0) as u64),
        bits(n as u64),
    );
    // Made at their full size: growing a vector of tens of millions of triples copies it.
    if packed_ok && word_bits + bucket_bits + event_bits <= 64 {
        let mut entries: Vec<u64> = Vec::with_capacity(total);
        for (i, bs) in bucket_lists.iter().enumerate() {
            for &b in bs {
                let bucket = (b as i64 - low) as u64;
                for &w in info[i].words.iter() {
                    entries.push((((w as u64) << bucket_bits | bucket) << event_bits) | i as u64);
                }
            }
        }
        entries.par_sort_unstable();
        let mask = (1u64 << event_bits) - 1;
        runs(&entries, |x| x >> event_bits, |x| (x & mask) as u32)
    } else {
        let mut entries: Vec<(u32, i32, u32)> = Vec::with_capacity(total);
        for (i, bs) in bucket_lists.iter().enumerate() {
            for &b in bs {
                for &w in info[i].words.iter() {
                    entries.push((w, b, i as u32));
                }
            }
        }
        entries.par_sort_unstable();
        runs(&entries, |x| (x.0, x.1), |x| x.2)
    }
}

/// The runs of sorted `entries` with the same block, kept as [`kept_blocks`] keeps them.
fn runs<T, B: PartialEq>(
    entries: &[T],
    block: impl Fn(&T) -> B,
    event: impl Fn(&T) -> u32,
) -> (Vec<u32>, Vec<u32>) {
    let mut block_events: Vec<u32> = Vec::new();
    let mut block_start: Vec<u32> = vec![0];
    for run in entries.chunk_by(|x, y| block(x) == block(y)) {
        if run.len() > 1 && run.len() <= MAX_BLOCK {
            block_events.extend(run.iter().map(&event));
            block_start.push(block_events.len() as u32);
        }
    }
    (block_events, block_start)
}

/// Merges the events of `t` reported in several documents, and remaps `cue_links`.
pub fn merge(t: &mut Timeline, cue_links: &mut [(usize, CueLink)]) {
    let n = t.events.len();
    if n < 2 {
        return;
    }
    // Content words of every clause (in parallel), then interned: comparing and hashing
    // numbers instead of strings is what keeps a million events affordable. Numbers are given
    // in order of first appearance, so they do not depend on hashing.
    let mut prepared = Prepared::default();
    let features: Vec<Features> = t
        .events
        .par_iter()
        .map(|e| Features::of(&e.text, &e.trigger))
        .collect();
    for f in features {
        prepared.push(f);
    }
    merge_prepared(t, cue_links, prepared);
}

/// [`merge`], with the features of every event already worked out (by the timeline builder).
pub fn merge_prepared(t: &mut Timeline, cue_links: &mut [(usize, CueLink)], prepared: Prepared) {
    let n = t.events.len();
    if n < 2 {
        return;
    }
    let Prepared {
        is_class,
        events: info,
        ..
    } = prepared;
    assert_eq!(info.len(), n, "one set of features per event");
    // The overlap counts the words other than class tokens (`#close`), sorted by number.
    let plain: Vec<Box<[u32]>> = info
        .par_iter()
        .map(|i| {
            let mut p: Vec<u32> = i
                .words
                .iter()
                .copied()
                .filter(|&w| !is_class[w as usize])
                .collect();
            p.sort_unstable();
            p.into_boxed_slice()
        })
        .collect();
    // Blocking: events sharing a word in a time bucket (see `kept_blocks`).
    let bucket_lists: Vec<Vec<i32>> = t.events.par_iter().map(|e| buckets(t, e)).collect();
    let (block_events, block_start) = kept_blocks(&bucket_lists, &info, is_class.len(), true);
    drop(bucket_lists);
    let blocks = block_start.len() - 1;
    let block = |k: usize| &block_events[block_start[k] as usize..block_start[k + 1] as usize];
    crate::progress::timing(format_args!("merge: {blocks} blocks"));
    // The blocks of each event, by block number (increasing), packed the same way. A pair
    // sharing several blocks is compared only in the first block they share, found by walking
    // the two short lists: no set of pairs seen, whose size would grow with the square of the
    // block sizes.
    let mut member_start: Vec<u32> = vec![0; n + 1];
    for &m in &block_events {
        member_start[m as usize + 1] += 1;
    }
    for i in 0..n {
        member_start[i + 1] += member_start[i];
    }
    let mut member_blocks: Vec<u32> = vec![0; block_events.len()];
    let mut fill: Vec<u32> = member_start[..n].to_vec();
    for k in 0..blocks {
        for &m in block(k) {
            member_blocks[fill[m as usize] as usize] = k as u32;
            fill[m as usize] += 1;
        }
    }
    drop(fill);
    let member_of =
        |i: usize| &member_blocks[member_start[i] as usize..member_start[i + 1] as usize];
    let first_shared = |a: usize, b: usize| -> Option<u32> {
        let (x, y) = (member_of(a), member_of(b));
        let (mut i, mut j) = (0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => return Some(x[i]),
            }
        }
        None
    };
    // The document and interval of each event, packed: the first tests of every candidate
    // pair, and the events themselves are large and scattered.
    let intervals: Vec<Option<Interval>> = t.events.iter().map(|e| e.interval).collect();
    let intervals = &intervals;
    let quick: Vec<Quick> = t
        .events
        .iter()
        .zip(&info)
        .map(|(e, i)| Quick {
            document: e.document as u32,
            kinds: i.kinds.iter().fold(0, |m, k| {
                m | 1 << CLASSES.iter().position(|(c, _)| c == k).expect("a class")
            }),
            // What `compare` asks of each event alone.
            undated_ok: e.interval.is_some() || i.trigger_is_class,
            bounded: bounded(e.interval).is_some(),
        })
        .collect();
    let quick = &quick;
    let mut pairs: Vec<Pair> = (0..blocks)
        .into_par_iter()
        .flat_map_iter(|k| {
            let first_shared = &first_shared;
            let info = &info;
            let plain = &plain;
            let members = block(k);
            members.iter().enumerate().flat_map(move |(x, &a)| {
                members[x + 1..].iter().filter_map(move |&b| {
                    let (a, b) = (a as usize, b as usize);
                    // Reports in one document never merge: the cheapest test first, then
                    // what `compare` would refuse on the events' kinds and dates alone.
                    let (qa, qb) = (&quick[a], &quick[b]);
                    if qa.document == qb.document
                        || !qa.undated_ok
                        || !qb.undated_ok
                        || (qa.kinds & qb.kinds == 0
                            && !(qa.kinds == 0 && qb.kinds == 0 && qa.bounded && qb.bounded))
                        || first_shared(a, b) != Some(k as u32)
                    {
                        return None;
                    }
                    compare(intervals, info, plain, a, b)
                })
            })
        })
        .collect();
    drop(block_events);
    drop(member_blocks);
    // A total order (pairs are unique), so the result does not depend on how they were found.
    pairs.par_sort_unstable_by(|p, q| (q.score, p.a, p.b).cmp(&(p.score, q.a, q.b)));

    crate::progress::timing(format_args!("merge: {} pairs", pairs.len()));
    // Greedy clustering, best pairs first: one mention per document in a cluster, and clusters
    // whose times do not meet join only through a strong pair.
    let mut parent: Vec<usize> = (0..n).collect();
    let mut docs: Vec<Vec<usize>> = t.events.iter().map(|e| vec![e.document]).collect();
    let mut span: Vec<Option<Interval>> = t.events.iter().map(|e| e.interval).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for p in &pairs {
        let (ra, rb) = (root(&mut parent, p.a), root(&mut parent, p.b));
        if ra == rb || docs[ra].iter().any(|d| docs[rb].contains(d)) {
            continue;
        }
        let joined = match (span[ra], span[rb]) {
            (Some(x), Some(y)) => x.intersect(&y).map(Some),
            (x, y) => Some(x.or(y)),
        };
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        match joined {
            Some(iv) => span[keep] = iv,
            None if p.strong => {}
            None => continue,
        }
        parent[gone] = keep;
        let moved = std::mem::take(&mut docs[gone]);
        docs[keep].extend(moved);
    }

    // Build the merged events, in original order of their first mention. A group's root is
    // its first member (clusters keep the smaller root), so roots are met in that order.
    let mut new_index = vec![0usize; n];
    let mut size = vec![0u32; n];
    let mut kept = 0;
    for i in 0..n {
        let r = root(&mut parent, i);
        parent[i] = r;
        size[r] += 1;
        if r == i {
            new_index[i] = kept;
            kept += 1;
        } else {
            new_index[i] = new_index[r];
        }
    }
    // The members of every group of more than one report, in order; events reported once
    // (most of them) are moved as they are, not regrouped one by one.
    let mut slot = vec![u32::MAX; n];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, &r) in parent.iter().enumerate() {
        if size[r] > 1 {
            if r == i {
                slot[r] = groups.len() as u32;
                groups.push(Vec::new());
            }
            groups[slot[r] as usize].push(i);
        }
    }
    drop(slot);
    // Each merged event depends on its own reports only: made in parallel, kept in order.
    let shared: &Timeline = t;
    let combined: Vec<Event> = groups
        .par_iter()
        .map(|members| {
            let parts: Vec<&Event> = members.iter().map(|&m| &shared.events[m]).collect();
            combine(shared, &parts)
        })
        .collect();
    drop(groups);
    let mut combined = combined.into_iter();
    let events: Vec<Event> = std::mem::take(&mut t.events)
        .into_iter()
        .enumerate()
        .filter_map(|(i, e)| match (parent[i] == i, size[i]) {
            (false, _) => None,
            (true, 1) => Some(e),
            (true, _) => combined.next(),
        })
        .collect();
    debug_assert_eq!(events.len(), kept);
    t.events = events;
    for (_, l) in cue_links.iter_mut() {
        l.first = new_index[l.first];
        l.second = new_index[l.second];
    }
}

/// One event from its reports (two or more, in original order; the first is the primary).
fn combine(t: &Timeline, all: &[&Event]) -> Event {
    let mut first = all[0].clone();
    first.mentions = all.iter().flat_map(|e| e.mentions.clone()).collect();
    let dated: Vec<&Event> = all
        .iter()
        .copied()
        .filter(|e| e.interval.is_some())
        .collect();
    let mut joined: Option<Option<Interval>> = Some(None);
    for e in &dated {
        joined = match joined {
            Some(None) => Some(e.interval),
            Some(Some(iv)) => iv.intersect(&e.interval.expect("dated")).map(Some),
            None => None,
        };
    }
    match joined {
        Some(iv) => {
            first.interval = iv;
            // The time shown: the mention whose own interval is the merged one (the most
            // precise report), else the first dated one.
            let best = dated
                .iter()
                .find(|e| e.interval == iv && e.time.is_some())
                .or_else(|| dated.iter().find(|e| e.time.is_some()));
            if first.time.is_none() || best.is_some_and(|b| b.interval == iv) {
                if let Some(b) = best {
                    first.time = b.time.clone();
                }
            }
        }
        None => {
            // The sources disagree: every dated claim, and the earliest-published one wins.
            let claims: Vec<(usize, String)> = all
                .iter()
                .flat_map(|e| e.mentions.iter())
                .filter_map(|m| m.timex.map(|x| (m.document, x)))
                .filter(|(_, x)| t.timexes[*x].kind != TimexType::Duration)
                .map(|(d, x)| (d, t.timexes[x].value.clone()))
                .collect();
            first.conflict = Some(claims);
            let earliest = dated
                .iter()
                .filter(|e| e.time.is_some())
                .min_by_key(|e| (t.documents[e.document].published, e.document, e.start))
                .expect("a conflict has dated reports");
            first.interval = earliest.interval;
            first.time = earliest.time.clone();
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks made from packed triples are the blocks made from tuples.
    #[test]
    fn packed_blocks_are_the_same() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for round in 0..20 {
            let n = 1 + round * 37;
            let vocabulary = 1 + round as u64 * 5;
            let mut info = Vec::new();
            let mut buckets = Vec::new();
            for _ in 0..n {
                let mut words: Vec<u32> = (0..next(6)).map(|_| next(vocabulary) as u32).collect();
                words.sort_unstable();
                words.dedup();
                info.push(Info {
                    words: words.into_boxed_slice(),
                    kinds: Vec::new(),
                    trigger: 0,
                    trigger_is_class: false,
                });
                let first = next(40) as i32 - 2030;
                buckets.push((first..first + next(3) as i32).collect::<Vec<i32>>());
            }
            let packed = kept_blocks(&buckets, &info, vocabulary as usize, true);
            assert_eq!(
                packed,
                kept_blocks(&buckets, &info, vocabulary as usize, false)
            );
        }
    }

    /// The table of short keys answers as the lists do, for every listed word and others.
    #[test]
    fn tables_agree_with_the_lists() {
        for (k, (c, _)) in CLASSES.iter().enumerate() {
            assert_eq!(CLASS_TAGS[k], format!("#{c}"));
        }
        let others = [
            "",
            "x",
            "closes'",
            "abcdefghijklmnop",
            "abcdefghijklmno",
            "shut\0",
        ];
        let listed = CLASSES.iter().flat_map(|(_, ws)| ws.iter());
        for w in listed.chain(STOPWORDS).chain(others.iter()) {
            assert_eq!(is_stopword(w), STOPWORDS.contains(w), "{w:?}");
            let class = CLASSES.iter().position(|(_, ws)| ws.contains(w));
            assert_eq!(class_of(w), class, "{w:?}");
        }
        assert_ne!(short_key("ab"), short_key("ab\0"));
        assert_eq!(short_key("abcdefghijklmnop"), None);
    }

    #[test]
    fn lemmas_and_classes() {
        assert_eq!(lemma("Shut"), "#close");
        assert_eq!(lemma("petitioned"), "#court");
        assert_eq!(lemma("gates"), "gate");
        assert_eq!(lemma("Ostrand's"), "ostrand");
        assert_eq!(
            content_words("The gates were closed on March 1"),
            vec!["#close", "clos", "gate"]
        );
    }
}
