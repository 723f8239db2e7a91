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

/// What one document contributes to a timeline, with indices local to the document: made
/// without touching the timeline, so that many documents can be processed in parallel, then
/// appended in input order by [`Builder::push`]. It holds no document text, only the clauses and
/// sentences the events need.
pub struct DocumentPart {
    info: DocumentInfo,
    /// `id` is left empty and `anchor` unset: both name global timex numbers. `range` names the
    /// other end by its local id (`t1` is this document's first expression).
    timexes: Vec<TimexRecord>,
    /// The 1-based local number of each timex's anchor.
    anchors: Vec<Option<usize>>,
    /// `time.timex` and `mentions[].timex` are local timex indices.
    events: Vec<Event>,
    /// What merging needs of each event.
    features: Vec<merge::Features>,
    /// `first` and `second` are local event indices.
    links: Vec<CueLink>,
    warnings: Vec<String>,
}

impl DocumentPart {
    /// Annotates `doc` and extracts its events.
    pub fn of(doc: &Document) -> Self {
        let ann = annotate_full(doc);
        let offsets = CharOffsets::new(&doc.text);
        let mut warnings = Vec::new();
        let mut timexes = Vec::with_capacity(ann.timexes.len());
        let mut anchors = Vec::with_capacity(ann.timexes.len());
        for t in &ann.timexes {
            if t.value.reason.starts_with("cannot resolve") {
                warnings.push(format!(
                    "{}: \"{}\" kept as {}: {}",
                    doc.source, t.text, t.value.value, t.value.reason
                ));
            }
            timexes.push(TimexRecord {
                id: String::new(),
                document: 0,
                start: offsets.char_of(t.start),
                end: offsets.char_of(t.end),
                text: t.text.clone(),
                kind: t.value.kind,
                value: t.value.value.clone(),
                grain: t.value.grain,
                interval: t.value.interval,
                modifier: t.value.modifier,
                reason: t.value.reason.clone(),
                anchor: None,
                // the local id of the other end; renumbered by Builder::push
                range: t.range.as_ref().map(|r| (r.role, r.other.clone())),
                given_month: t.value.given.month || !t.value.given.year,
                given_day: t.value.given.day || !t.value.given.year,
            });
            anchors.push(t.anchor.as_ref().and_then(|a| a[1..].parse::<usize>().ok()));
        }
        let (found, links) = event::extract(0, doc, &ann);
        let mut events = Vec::with_capacity(found.len());
        for e in found {
            let sentence = &ann.sentences[e.sentence];
            let time = e.timex.map(|t| EventTime {
                timex: t,
                inherited: false,
            });
            let interval = time.as_ref().and_then(|t| timexes[t.timex].interval);
            let start = offsets.char_of(e.start);
            let end = offsets.char_of(e.end);
            let text = doc.text[e.start..e.end].to_string();
            events.push(Event {
                id: String::new(),
                document: 0,
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
                    document: 0,
                    start,
                    end,
                    text,
                    timex: time.map(|t| t.timex),
                }],
                conflict: None,
            });
        }
        let features = events
            .iter()
            .map(|e| merge::Features::of(&e.text, &e.trigger))
            .collect();
        DocumentPart {
            features,
            info: DocumentInfo {
                id: doc.id.clone(),
                published: doc.published,
                title: doc.title.clone(),
                url: doc.url.clone(),
                source: doc.source.clone(),
            },
            timexes,
            anchors,
            events,
            links,
            warnings,
        }
    }
}

/// Collects documents, keeping only what the timeline needs.
#[derive(Default)]
pub struct Builder {
    timeline: Timeline,
    cue_links: Vec<(usize, CueLink)>,
    merge: merge::Prepared,
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Annotates `doc`, extracts its events and keeps them; the text is not kept.
    pub fn add(&mut self, doc: &Document) {
        self.push(DocumentPart::of(doc));
    }

    /// Like [`Builder::add`] for each of `docs`, annotating them in parallel (on the current
    /// rayon pool) and keeping them in the order given: the timeline is the same as with `add`.
    pub fn add_all(&mut self, docs: &[Document]) {
        use rayon::prelude::*;
        let parts: Vec<DocumentPart> = docs.par_iter().map(DocumentPart::of).collect();
        for part in parts {
            self.push(part);
        }
    }

    /// Appends one document's contribution, turning its local indices into timeline ones.
    pub fn push(&mut self, part: DocumentPart) {
        let t = &mut self.timeline;
        let doc_index = t.documents.len();
        let timex_base = t.timexes.len();
        let event_base = t.events.len();
        t.documents.push(part.info);
        t.warnings.extend(part.warnings);
        for (mut x, anchor) in part.timexes.into_iter().zip(part.anchors) {
            x.id = format!("t{}", t.timexes.len() + 1);
            x.document = doc_index;
            x.anchor = anchor.map(|n| format!("t{}", timex_base + n));
            if let Some((_, other)) = &mut x.range {
                let n = other[1..].parse::<usize>().unwrap_or(0);
                *other = format!("t{}", timex_base + n);
            }
            t.timexes.push(x);
        }
        for f in part.features {
            self.merge.push(f);
        }
        for mut e in part.events {
            e.document = doc_index;
            if let Some(time) = &mut e.time {
                time.timex += timex_base;
            }
            for m in &mut e.mentions {
                m.document = doc_index;
                if let Some(x) = &mut m.timex {
                    *x += timex_base;
                }
            }
            t.events.push(e);
        }
        for l in part.links {
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

    /// Events collected so far (before merging).
    pub fn event_count(&self) -> usize {
        self.timeline.events.len()
    }

    /// Merges the same event reported in several documents, orders the events and returns
    /// the timeline.
    pub fn finish(mut self) -> Timeline {
        merge::merge_prepared(&mut self.timeline, &mut self.cue_links, self.merge);
        crate::progress::timing(format_args!(
            "merged: {} events",
            self.timeline.events.len()
        ));
        order::order(&mut self.timeline, &self.cue_links);
        crate::progress::timing(format_args!(
            "ordered: {} relations",
            self.timeline.relations.len()
        ));
        self.timeline
    }
}

/// The timeline of `docs`.
pub fn build(docs: &[Document]) -> Timeline {
    let mut b = Builder::new();
    b.add_all(docs);
    b.finish()
}
