//! English knowledge as typed tables.
//!
//! Each table is a slice of `(word, meaning)` records; [`lookup`] folds them into one hash map
//! built once, so the scanner looks every token up exactly once. Tests in `tests/lexicon.rs` run
//! the example sentences that go with each table.

mod cues;
pub(crate) mod fxhash;
mod words;

pub use cues::{
    is_mood_cue, CueRelation, OrderCue, DEADLINE_CUES, DEADLINE_NOUNS, FUTURE_CUES,
    IMPERATIVE_VERBS, MONTH_DATA_NOUNS, MOVE_VERBS, NOT_PAST_ED, ORDER_CUES, PAST_AUXILIARIES,
    PAST_IRREGULAR, PERCEIVED_PARTICIPLES, PRESENT_CUES, REPORTING_PAST, SCHEDULED_EVENTS,
    SCHEDULE_VERBS,
};
pub use words::*;

use fxhash::FxBuildHasher;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Everything the lexicon knows about one lower-case word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct WordInfo {
    pub weekday: Option<chrono::Weekday>,
    /// 1..=12
    pub month: Option<u32>,
    /// An abbreviation ("jan", "sept") that needs a period or a day number to count as a month.
    pub month_abbrev: bool,
    pub unit: Option<crate::timex::Unit>,
    pub plural: bool,
    /// Cardinal number words: "two" = 2, "twenty" = 20, "dozen" = 12.
    pub number: Option<u32>,
    /// Ordinal words: "third" = 3.
    pub ordinal: Option<u32>,
    pub day_part: Option<crate::timex::DayPart>,
    pub season: Option<crate::timex::Season>,
    pub class: Option<Class>,
}

static LEXICON: OnceLock<HashMap<&'static str, WordInfo, FxBuildHasher>> = OnceLock::new();

fn build() -> HashMap<&'static str, WordInfo, FxBuildHasher> {
    let mut map: HashMap<&'static str, WordInfo, FxBuildHasher> = HashMap::default();
    for &(w, d) in WEEKDAYS {
        map.entry(w).or_default().weekday = Some(d);
    }
    for &(w, m, abbrev) in MONTHS {
        let e = map.entry(w).or_default();
        e.month = Some(m);
        e.month_abbrev = abbrev;
    }
    for &(w, u, plural) in UNITS {
        let e = map.entry(w).or_default();
        e.unit = Some(u);
        e.plural = plural;
    }
    for &(w, n) in NUMBERS {
        map.entry(w).or_default().number = Some(n);
    }
    for &(w, n) in ORDINALS {
        map.entry(w).or_default().ordinal = Some(n);
    }
    for &(w, p) in DAY_PARTS {
        map.entry(w).or_default().day_part = Some(p);
    }
    for &(w, s) in SEASONS {
        map.entry(w).or_default().season = Some(s);
    }
    for &(w, c) in CLASSES {
        map.entry(w).or_default().class = Some(c);
    }
    map
}

/// What the lexicon knows of `lower` (an ASCII-lower-cased word), if anything.
pub fn lookup(lower: &str) -> Option<&'static WordInfo> {
    LEXICON.get_or_init(build).get(lower)
}
