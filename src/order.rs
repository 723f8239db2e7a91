//! Ordering: one petgraph `DiGraph` of events, edges in order of trust (cues, then dates, then
//! tense), never closing a cycle, and a deterministic topological order.

use crate::event::CueLink;
use crate::timeline::{Relation, RelationType, Timeline};
use chrono::NaiveDateTime;
use petgraph::algo::{has_path_connecting, DfsSpace};
use petgraph::graph::{DiGraph, NodeIndex};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Above this many events, edges are not checked for cycles one by one (that check costs a
/// graph walk per edge, quadratic in all), so that a huge document stays linear; the
/// topological sort still detects any cycle and breaks it, with a warning.
const CHECK_EVERY_EDGE_UP_TO: usize = 20_000;

type Key = (NaiveDateTime, NaiveDateTime, usize, usize);

/// The sort key of an event: (start, end, document, position). Undated events sit at their
/// document's publication day; open intervals at their one bound.
fn key(t: &Timeline, e: usize) -> Key {
    let ev = &t.events[e];
    let published = crate::timex::midnight(t.documents[ev.document].published);
    let (start, end) = match ev.interval {
        Some(iv) => {
            let s = iv.start.or(iv.end).unwrap_or(published);
            (s, iv.end.unwrap_or(s))
        }
        None => (published, published),
    };
    (start, end, ev.document, ev.start)
}

struct Graph<'a> {
    g: DiGraph<usize, usize>,
    space: DfsSpace<NodeIndex, <DiGraph<usize, usize> as petgraph::visit::Visitable>::Map>,
    relations: Vec<Relation>,
    warnings: &'a mut Vec<String>,
}

impl Graph<'_> {
    fn add(
        &mut self,
        t: &Timeline,
        from: usize,
        to: usize,
        kind: RelationType,
        evidence: String,
        check: bool,
    ) {
        if from == to {
            return;
        }
        let (a, b) = (NodeIndex::new(from), NodeIndex::new(to));
        if check && has_path_connecting(&self.g, b, a, Some(&mut self.space)) {
            let src = |e: usize| t.documents[t.events[e].document].source.clone();
            self.warnings.push(format!(
                "left out {} {} {} ({evidence}): it would contradict an ordering already found ({} / {})",
                t.events[from].id,
                kind.as_str(),
                t.events[to].id,
                src(from),
                src(to)
            ));
            return;
        }
        if self.g.find_edge(a, b).is_some() {
            return;
        }
        self.g.add_edge(a, b, self.relations.len());
        self.relations.push(Relation {
            from,
            to,
            kind,
            evidence,
        });
    }
}

/// Adds the relations and sorts `t.events` into timeline order (setting `order` and ids).
pub fn order(t: &mut Timeline, cue_links: &[(usize, CueLink)]) {
    let n = t.events.len();
    for (i, e) in t.events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    let mut warnings = std::mem::take(&mut t.warnings);
    let mut g = Graph {
        g: DiGraph::with_capacity(n, n * 2),
        space: DfsSpace::new(&DiGraph::<usize, usize>::new()),
        relations: Vec::new(),
        warnings: &mut warnings,
    };
    for i in 0..n {
        g.g.add_node(i);
    }
    g.space = DfsSpace::new(&g.g);

    // 1. explicit cues
    let check_every_edge = n <= CHECK_EVERY_EDGE_UP_TO;
    for (_, l) in cue_links {
        let kind = if l.simultaneous {
            RelationType::Simultaneous
        } else {
            RelationType::Before
        };
        g.add(
            t,
            l.first,
            l.second,
            kind,
            l.evidence.clone(),
            check_every_edge,
        );
    }
    // 2. dates: neighbours in interval order
    let mut dated: Vec<usize> = (0..n)
        .filter(|&e| {
            t.events[e]
                .interval
                .is_some_and(|iv| iv.start.is_some() && iv.end.is_some())
        })
        .collect();
    dated.sort_by_key(|&e| key(t, e));
    for w in dated.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (ia, ib) = (
            t.events[a].interval.unwrap_or_default_interval(),
            t.events[b].interval.unwrap_or_default_interval(),
        );
        let kind = if ia.before(&ib) {
            RelationType::Before
        } else if ia == ib {
            RelationType::Simultaneous
        } else if ia.includes(&ib) {
            RelationType::Includes
        } else {
            continue;
        };
        g.add(t, a, b, kind, "dates".to_string(), check_every_edge);
    }
    // 3. tense: an undated past event comes before the first event of its document dated on or
    //    after publication; an undated future one after the last event dated before it.
    // Events grouped by document in one pass (a filter per document is quadratic in a corpus
    // of many short documents).
    let mut by_document: Vec<Vec<usize>> = vec![Vec::new(); t.documents.len()];
    for e in 0..n {
        by_document[t.events[e].document].push(e);
    }
    for (doc, of_doc) in by_document.iter().enumerate() {
        let published = crate::timex::midnight(t.documents[doc].published);
        let present = of_doc
            .iter()
            .copied()
            .filter(|&e| {
                t.events[e]
                    .interval
                    .and_then(|iv| iv.start)
                    .is_some_and(|s| s >= published)
            })
            .min_by_key(|&e| key(t, e));
        let past = of_doc
            .iter()
            .copied()
            .filter(|&e| {
                t.events[e]
                    .interval
                    .and_then(|iv| iv.end)
                    .is_some_and(|end| end <= published)
            })
            .max_by_key(|&e| key(t, e));
        for &e in of_doc {
            if t.events[e].interval.is_some() {
                continue;
            }
            match (t.events[e].tense, present, past) {
                ("past", Some(p), _) => g.add(
                    t,
                    e,
                    p,
                    RelationType::Before,
                    "tense".to_string(),
                    check_every_edge,
                ),
                ("future", _, Some(p)) => g.add(
                    t,
                    p,
                    e,
                    RelationType::Before,
                    "tense".to_string(),
                    check_every_edge,
                ),
                _ => {}
            }
        }
    }

    // Topological order, ties by (start, end, document, position).
    let keys: Vec<Key> = (0..n).map(|e| key(t, e)).collect();
    let mut indegree: Vec<usize> = (0..n)
        .map(|i| {
            g.g.neighbors_directed(NodeIndex::new(i), petgraph::Direction::Incoming)
                .count()
        })
        .collect();
    let mut heap: BinaryHeap<Reverse<(Key, usize)>> = (0..n)
        .filter(|&i| indegree[i] == 0)
        .map(|i| Reverse((keys[i], i)))
        .collect();
    let mut sequence = Vec::with_capacity(n);
    let mut done = vec![false; n];
    // All events by key, for releasing the earliest waiting one when a cycle stops the sort:
    // `done` only grows, so a cursor that skips done events finds it in linear time overall.
    let mut by_key: Vec<usize> = (0..n).collect();
    by_key.sort_by_key(|&i| keys[i]);
    let mut cursor = 0;
    loop {
        while let Some(Reverse((_, i))) = heap.pop() {
            if done[i] {
                continue;
            }
            done[i] = true;
            sequence.push(i);
            for j in
                g.g.neighbors_directed(NodeIndex::new(i), petgraph::Direction::Outgoing)
            {
                let j = j.index();
                // Saturating: an event released from a cycle already has indegree 0.
                indegree[j] = indegree[j].saturating_sub(1);
                if indegree[j] == 0 {
                    heap.push(Reverse((keys[j], j)));
                }
            }
        }
        if sequence.len() == n {
            break;
        }
        // A cycle slipped through unchecked date edges: release the earliest waiting event.
        while done[by_key[cursor]] {
            cursor += 1;
        }
        let next = by_key[cursor];
        g.warnings
            .push(format!("ordering cycle broken at {}", t.events[next].id));
        indegree[next] = 0;
        heap.push(Reverse((keys[next], next)));
    }
    let relations = std::mem::take(&mut g.relations);
    drop(g);
    // Reorder events; relations keep pointing at the same events through the permutation.
    let mut position = vec![0; n];
    for (pos, &e) in sequence.iter().enumerate() {
        position[e] = pos;
    }
    let mut events: Vec<_> = std::mem::take(&mut t.events)
        .into_iter()
        .map(Some)
        .collect();
    t.events = sequence
        .iter()
        .map(|&e| events[e].take().expect("each event once"))
        .collect();
    for (pos, e) in t.events.iter_mut().enumerate() {
        e.order = pos;
    }
    t.relations = relations
        .into_iter()
        .map(|r| Relation {
            from: position[r.from],
            to: position[r.to],
            ..r
        })
        .collect();
    t.relations.sort_by_key(|r| (r.from, r.to));
    t.warnings = warnings;
}

trait OrDefaultInterval {
    fn unwrap_or_default_interval(self) -> crate::timex::Interval;
}

impl OrDefaultInterval for Option<crate::timex::Interval> {
    fn unwrap_or_default_interval(self) -> crate::timex::Interval {
        self.unwrap_or(crate::timex::Interval {
            start: None,
            end: None,
        })
    }
}
