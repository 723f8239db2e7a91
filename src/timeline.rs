//! The timeline of a set of documents: what every export reads.
//!
//! Built in stages: annotate each document, extract its events, merge the same event reported
//! in several documents, order everything in one graph. Document texts are dropped as soon as
//! their events are extracted; only the sentences the events need are kept.

use crate::annotate::annotate_full;
use crate::document::Document;
use crate::event::{self, CueLink};
use crate::merge;
use crate::order;
use crate::text::CharOffsets;
use crate::timex::{Grain, Interval, Mod, TimexType};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentInfo {
    pub id: String,
    pub published: NaiveDate,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: String,
}

/// A resolved expression as exported (code point offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct TimexRecord {
    pub id: String,
    pub document: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: TimexType,
    pub value: String,
    pub grain: Option<Grain>,
    pub interval: Option<Interval>,
    pub modifier: Option<Mod>,
    pub reason: String,
    pub anchor: Option<String>,
    /// One end of a range: ("start" or "end", the id of the other end).
    pub range: Option<(&'static str, String)>,
    /// Which parts came from the text: exports never invent a day or month.
    pub given_month: bool,
    pub given_day: bool,
}

/// The time of an event: its own expression, or one inherited through a relation.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTime {
    /// Index into `Timeline::timexes`.
    pub timex: usize,
    pub inherited: bool,
}

/// One report of an event (a merged event has several).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub document: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Index into `Timeline::timexes` of the mention's own time.
    pub timex: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub document: usize,
    /// Code point offsets of the clause.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: String,
    pub trigger: String,
    pub tense: &'static str,
    pub time: Option<EventTime>,
    /// The interval used for ordering: the time's, narrowed by merged mentions.
    pub interval: Option<Interval>,
    /// Position in the timeline order (0-based).
    pub order: usize,
    /// Every report, the first included; one entry for events reported once.
    pub mentions: Vec<Mention>,
    /// Mentions whose times do not meet: (document, value) claims.
    pub conflict: Option<Vec<(usize, String)>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RelationType {
    Before,
    Includes,
    Simultaneous,
}

impl RelationType {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::Before => "BEFORE",
            RelationType::Includes => "INCLUDES",
            RelationType::Simultaneous => "SIMULTANEOUS",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub from: usize,
    pub to: usize,
    pub kind: RelationType,
    /// The cue words, or "dates", or "tense".
    pub evidence: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Timeline {
    pub documents: Vec<DocumentInfo>,
    pub timexes: Vec<TimexRecord>,
    /// In timeline order.
    pub events: Vec<Event>,
    pub relations: Vec<Relation>,
    pub warnings: Vec<String>,
}

/// Collects documents one at a time, keeping only what the timeline needs.
#[derive(Default)]
pub struct Builder {
    timeline: Timeline,
    cue_links: Vec<(usize, CueLink)>,
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Annotates `doc`, extracts its events and keeps them; the text is not kept.
    pub fn add(&mut self, doc: &Document) {
        let doc_index = self.timeline.documents.len();
        self.timeline.documents.push(DocumentInfo {
            id: doc.id.clone(),
            published: doc.published,
            title: doc.title.clone(),
            url: doc.url.clone(),
            source: doc.source.clone(),
        });
        let ann = annotate_full(doc);
        let offsets = CharOffsets::new(&doc.text);
        let timex_base = self.timeline.timexes.len();
        for t in &ann.timexes {
            if t.value.reason.starts_with("cannot resolve") {
                self.timeline.warnings.push(format!(
                    "{}: \"{}\" kept as {}: {}",
                    doc.source, t.text, t.value.value, t.value.reason
                ));
            }
            self.timeline.timexes.push(TimexRecord {
                id: format!("t{}", self.timeline.timexes.len() + 1),
                document: doc_index,
                start: offsets.char_of(t.start),
                end: offsets.char_of(t.end),
                text: t.text.clone(),
                kind: t.value.kind,
                value: t.value.value.clone(),
                grain: t.value.grain,
                interval: t.value.interval,
                modifier: t.value.modifier,
                reason: t.value.reason.clone(),
                anchor: t
                    .anchor
                    .as_ref()
                    .and_then(|a| a[1..].parse::<usize>().ok())
                    .map(|n| format!("t{}", timex_base + n)),
                range: t.range.as_ref().and_then(|r| {
                    let n = r.other[1..].parse::<usize>().ok()?;
                    Some((r.role, format!("t{}", timex_base + n)))
                }),
                given_month: t.value.given.month || !t.value.given.year,
                given_day: t.value.given.day || !t.value.given.year,
            });
        }
        let (events, links) = event::extract(doc_index, doc, &ann);
        let event_base = self.timeline.events.len();
        for e in events {
            let sentence = &ann.sentences[e.sentence];
            let time = e.timex.map(|t| EventTime {
                timex: timex_base + t,
                inherited: false,
            });
            let interval = time
                .as_ref()
                .and_then(|t| self.timeline.timexes[t.timex].interval);
            let start = offsets.char_of(e.start);
            let end = offsets.char_of(e.end);
            let text = doc.text[e.start..e.end].to_string();
            self.timeline.events.push(Event {
                id: String::new(),
                document: doc_index,
                start,
                end,
                text: text.clone(),
                sentence: doc.text[sentence.start..sentence.end].to_string(),
                trigger: e.trigger,
                tense: e.tense.as_str(),
                time: time.clone(),
                interval,
                order: 0,
                mentions: vec![Mention {
                    document: doc_index,
                    start,
                    end,
                    text,
                    timex: time.map(|t| t.timex),
                }],
                conflict: None,
            });
        }
        for l in links {
            self.cue_links.push((
                doc_index,
                CueLink {
                    first: event_base + l.first,
                    second: event_base + l.second,
                    ..l
                },
            ));
        }
    }

    /// Merges the same event reported in several documents, orders the events and returns
    /// the timeline.
    pub fn finish(mut self) -> Timeline {
        merge::merge(&mut self.timeline, &mut self.cue_links);
        order::order(&mut self.timeline, &self.cue_links);
        self.timeline
    }
}

/// The timeline of `docs`.
pub fn build(docs: &[Document]) -> Timeline {
    let mut b = Builder::new();
    for d in docs {
        b.add(d);
    }
    b.finish()
}
