//! Ordering: one petgraph `DiGraph` of events, edges in order of trust (cues, then dates, then
//! tense), never closing a cycle, and a deterministic topological order.
//!
//! Every edge is checked before it goes in: one that would close a cycle is left out with a
//! warning. Asking "is there a path back?" with a graph walk per edge is quadratic once the
//! date edges chain all events together, so the check keeps an incremental topological order
//! instead (after Pearce and Kelly, "A dynamic topological sort algorithm for directed acyclic
//! graphs", 2006). Each event has a position such that every edge points forward. An edge
//! `a -> b` with `a` already before `b` cannot close a cycle and costs nothing. Only an edge
//! pointing backward needs a walk, and that walk stays among the positions between `b` and
//! `a` (any path from `b` back to `a` must lie there). Two walks take turns, forward from `b`
//! and backward from `a`; if the first to finish has not met the other, the nodes it visited
//! move past the other end (what `b` reaches to just after `a`, or what reaches `a` to just
//! before `b`). The answer is the same as a full reachability test, so the edges kept are the
//! same as before.
//!
//! The starting positions are the events' sort keys, and between the stages they are reset to
//! the topological order closest to the keys. Date edges join neighbours in that same order
//! and tense edges mostly agree with it, so nearly every edge points forward. What can still
//! cost is a cue that contradicts the dates by a long way: a walk may then follow the date
//! chain across everything dated in between, unless the walk from the other end (usually an
//! undated event with a few cue edges) finishes first. On the benchmark corpus the walks
//! visit about two nodes per event (`TIMELINER_TIMINGS=1` prints the count).

use crate::event::CueLink;
use crate::timeline::{Relation, RelationType, Timeline};
use chrono::NaiveDateTime;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::Direction::{Incoming, Outgoing};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

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

/// An incremental topological order of a growing acyclic graph (Pearce-Kelly).
struct Topo {
    /// Node -> position. Positions are spread out (`SPACING` apart after a renumbering) so
    /// that nodes can be moved between two others without renumbering the rest.
    position: Vec<u64>,
    /// Position -> node, to find the position that follows a node's.
    at: BTreeMap<u64, usize>,
    /// Visit marks: each check takes two new stamps (what `b` reaches, what reaches `a`), so
    /// marks are not cleared between walks.
    mark: Vec<u32>,
    stamp: u32,
    stack: Vec<usize>,
    forward: Vec<usize>,
    back_stack: Vec<usize>,
    backward: Vec<usize>,
    /// Edges that needed a walk, and nodes the walks visited (for `TIMELINER_TIMINGS`).
    walks: usize,
    visits: usize,
}

/// How far a walk step got.
enum Step {
    /// The two walks met: `b` reaches `a`.
    Met,
    /// This walk has nothing left to visit.
    Done,
    More,
}

/// Room between two positions after a renumbering: a node can be moved between the same two
/// neighbours about thirty times before the gap is used up and everything is renumbered.
const SPACING: u64 = 1 << 32;

impl Topo {
    /// Starts from the given order of the nodes (there are no edges yet, so any order holds).
    fn new(order: &[usize]) -> Self {
        let mut t = Topo {
            position: vec![0; order.len()],
            at: BTreeMap::new(),
            mark: vec![0; order.len()],
            stamp: 0,
            stack: Vec::new(),
            forward: Vec::new(),
            back_stack: Vec::new(),
            backward: Vec::new(),
            walks: 0,
            visits: 0,
        };
        t.place(order);
        t
    }

    fn place(&mut self, order: &[usize]) {
        for (p, &v) in order.iter().enumerate() {
            self.position[v] = (p as u64 + 1) * SPACING;
        }
        // Positions in increasing order: the map is built in bulk, not node by node.
        self.at = order
            .iter()
            .enumerate()
            .map(|(p, &v)| ((p as u64 + 1) * SPACING, v))
            .collect();
    }

    /// Starts again from the topological order of `g` closest to the sort keys (each step
    /// takes the waiting event with the smallest key). A walk costs the distance, in
    /// positions, that an edge points backward, and each move made by a walk, though right,
    /// can take an event far from its date, so that later edges point backward more often.
    /// Renumbering between the stages puts every event back as near its date as the edges
    /// allow.
    fn renumber(&mut self, g: &DiGraph<usize, usize>, rank: &[u32]) {
        self.place(&kahn(g, rank));
    }

    /// Can `a -> b` go into `g` without closing a cycle? If so, positions are updated so
    /// that it points forward (the caller then adds it); if not, nothing changes.
    ///
    /// Two walks take turns, one node at a time: forward from `b` among the positions before
    /// `a`'s (what `b` reaches), backward from `a` among the positions after `b`'s (what
    /// reaches `a`). They meet only if `b` reaches `a`. The first to finish without meeting
    /// the other has found a set to move: what `b` reaches goes to just after `a`, or what
    /// reaches `a` to just before `b`. So a check costs about twice the smaller side: an
    /// undated event's tense edge against the dates, whose forward walk could follow the
    /// date chain across months, is settled by the few cue edges that lead into it.
    fn admit(&mut self, g: &DiGraph<usize, usize>, a: usize, b: usize) -> bool {
        let high = self.position[a];
        let low = self.position[b];
        if high < low {
            return true;
        }
        self.walks += 1;
        // Two stamps per check: one marks what b reaches, the other what reaches a.
        if self.stamp >= u32::MAX - 2 {
            self.mark.iter_mut().for_each(|m| *m = 0);
            self.stamp = 0;
        }
        let (fwd, bwd) = (self.stamp + 1, self.stamp + 2);
        self.stamp += 2;
        self.forward.clear();
        self.stack.clear();
        self.backward.clear();
        self.back_stack.clear();
        self.stack.push(b);
        self.mark[b] = fwd;
        self.back_stack.push(a);
        self.mark[a] = bwd;
        loop {
            match self.step_forward(g, high, fwd, bwd) {
                Step::Met => return false,
                Step::Done => break,
                Step::More => {}
            }
            match self.step_backward(g, low, fwd, bwd) {
                Step::Met => return false,
                Step::More => continue,
                Step::Done => {
                    let position = &self.position;
                    self.backward.sort_unstable_by_key(|&v| position[v]);
                    if self.move_before(b) {
                        return true;
                    }
                    // No room before b (it is near the start of the order): finish the
                    // forward walk, which cannot meet what reaches a now, and move that.
                    while let Step::More = self.step_forward(g, high, fwd, bwd) {}
                    break;
                }
            }
        }
        // Move what b reaches (all placed before a) to just after a, in the same relative
        // order. Still a topological order: an edge from a moved node leads to a moved node
        // or to one already after a, and nothing after a moves.
        let position = &self.position;
        self.forward.sort_unstable_by_key(|&v| position[v]);
        self.move_after(a);
        true
    }

    /// One node of the forward walk (what b reaches, marked `fwd`, positions below `high`).
    fn step_forward(&mut self, g: &DiGraph<usize, usize>, high: u64, fwd: u32, bwd: u32) -> Step {
        let Some(v) = self.stack.pop() else {
            return Step::Done;
        };
        self.visits += 1;
        self.forward.push(v);
        for w in g.neighbors_directed(NodeIndex::new(v), Outgoing) {
            let w = w.index();
            // w reaches a (a itself is marked so): b reaches a.
            if self.mark[w] == bwd {
                return Step::Met;
            }
            if self.mark[w] != fwd && self.position[w] < high {
                self.mark[w] = fwd;
                self.stack.push(w);
            }
        }
        Step::More
    }

    /// One node of the backward walk (what reaches a, marked `bwd`, positions above `low`).
    fn step_backward(&mut self, g: &DiGraph<usize, usize>, low: u64, fwd: u32, bwd: u32) -> Step {
        let Some(v) = self.back_stack.pop() else {
            return Step::Done;
        };
        self.visits += 1;
        self.backward.push(v);
        for w in g.neighbors_directed(NodeIndex::new(v), Incoming) {
            let w = w.index();
            // b reaches w (b itself is marked so): b reaches a.
            if self.mark[w] == fwd {
                return Step::Met;
            }
            if self.mark[w] != bwd && self.position[w] > low {
                self.mark[w] = bwd;
                self.back_stack.push(w);
            }
        }
        Step::More
    }

    /// Moves `self.backward` (sorted by position, all after `b`) to just before `b`, as
    /// [`Topo::move_after`] does the other way: an edge into a moved node comes from a moved
    /// node or from one already before `b`, and nothing before `b` moves past it. Returns
    /// false, moving nothing, when there is no room (positions do not go below 1).
    fn move_before(&mut self, b: usize) -> bool {
        let low = self.position[b];
        let count = self.backward.len() as u64;
        let mut k = 1;
        loop {
            // Nearest first.
            let window: Vec<(u64, usize)> = self
                .at
                .range(..low)
                .rev()
                .take(k)
                .map(|(&p, &v)| (p, v))
                .collect();
            let (start, movable) = if window.len() == k {
                (window[k - 1].0, &window[..k - 1])
            } else {
                (0, &window[..])
            };
            let slots = count + movable.len() as u64;
            let step = (low - start) / (slots + 1);
            if step >= 1 {
                for &v in &self.backward {
                    self.at.remove(&self.position[v]);
                }
                for &(p, _) in movable {
                    self.at.remove(&p);
                }
                let nodes = movable
                    .iter()
                    .rev()
                    .map(|x| x.1)
                    .chain(self.backward.iter().copied());
                for (i, v) in nodes.enumerate() {
                    let p = start + step * (i as u64 + 1);
                    self.position[v] = p;
                    self.at.insert(p, v);
                }
                return true;
            }
            if window.len() < k {
                return false;
            }
            k *= 2;
        }
    }

    /// Moves `self.forward` (sorted by position, all before `a`) to just after `a`. When the
    /// gap after `a` is too narrow, the nodes that follow `a` are spread out with them over a
    /// window twice as wide each time until there is room (as order-maintenance lists do), so
    /// the cost stays near the number of nodes moved.
    fn move_after(&mut self, a: usize) {
        let high = self.position[a];
        let count = self.forward.len() as u64;
        let mut k = 1;
        loop {
            let window: Vec<(u64, usize)> = self
                .at
                .range(high + 1..)
                .take(k)
                .map(|(&p, &v)| (p, v))
                .collect();
            // The k-th node after a stays where it is and bounds the window; with fewer
            // nodes after a, the room is open.
            let (end, movable) = if window.len() == k {
                (window[k - 1].0, &window[..k - 1])
            } else {
                let n = count + window.len() as u64 + 1;
                (high + n * SPACING, &window[..])
            };
            let slots = count + movable.len() as u64;
            let step = (end - high) / (slots + 1);
            if step >= 1 {
                for &v in &self.forward {
                    self.at.remove(&self.position[v]);
                }
                for &(p, _) in movable {
                    self.at.remove(&p);
                }
                let nodes = self
                    .forward
                    .iter()
                    .copied()
                    .chain(movable.iter().map(|x| x.1));
                for (i, v) in nodes.enumerate() {
                    let p = high + step * (i as u64 + 1);
                    self.position[v] = p;
                    self.at.insert(p, v);
                }
                return;
            }
            k *= 2;
        }
    }
}

struct Graph<'a> {
    g: DiGraph<usize, usize>,
    topo: Topo,
    relations: Vec<Relation>,
    warnings: &'a mut Vec<String>,
}

impl Graph<'_> {
    fn add(&mut self, t: &Timeline, from: usize, to: usize, kind: RelationType, evidence: String) {
        if from == to {
            return;
        }
        let (a, b) = (NodeIndex::new(from), NodeIndex::new(to));
        if !self.topo.admit(&self.g, from, to) {
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
    use rayon::prelude::*;
    let n = t.events.len();
    t.events
        .par_iter_mut()
        .enumerate()
        .for_each(|(i, e)| e.id = format!("e{}", i + 1));
    let mut warnings = std::mem::take(&mut t.warnings);
    let shared: &Timeline = t;
    let keys: Vec<Key> = (0..n).into_par_iter().map(|e| key(shared, e)).collect();
    let mut by_key: Vec<usize> = (0..n).collect();
    // (key, index) pairs are unique: the order does not depend on the sort.
    by_key.par_sort_unstable_by_key(|&e| (keys[e], e));
    // The place of each event in (key, index) order: comparing ranks is comparing keys with
    // ties broken by index, for much less than comparing keys.
    let mut rank: Vec<u32> = vec![0; n];
    for (r, &e) in by_key.iter().enumerate() {
        rank[e] = r as u32;
    }
    drop(keys);
    let mut g = Graph {
        g: DiGraph::with_capacity(n, n * 2),
        topo: Topo::new(&by_key),
        relations: Vec::new(),
        warnings: &mut warnings,
    };
    drop(by_key);
    for i in 0..n {
        g.g.add_node(i);
    }

    // 1. explicit cues
    for (_, l) in cue_links {
        let kind = if l.simultaneous {
            RelationType::Simultaneous
        } else {
            RelationType::Before
        };
        g.add(t, l.first, l.second, kind, l.evidence.clone());
    }
    g.topo.renumber(&g.g, &rank);
    // 2. dates: neighbours in interval order
    let mut dated: Vec<usize> = (0..n)
        .filter(|&e| {
            t.events[e]
                .interval
                .is_some_and(|iv| iv.start.is_some() && iv.end.is_some())
        })
        .collect();
    // By key, ties in index order (the order they were gathered in).
    dated.sort_unstable_by_key(|&e| rank[e]);
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
        g.add(t, a, b, kind, "dates".to_string());
    }
    g.topo.renumber(&g.g, &rank);
    // 3. tense: an undated past event comes before the first event of its document dated on or
    //    after publication; an undated future one after the last event dated before it.
    //    The events of each document, in index order, gathered in one pass.
    let mut by_doc: Vec<Vec<usize>> = vec![Vec::new(); t.documents.len()];
    for (e, ev) in t.events.iter().enumerate() {
        by_doc[ev.document].push(e);
    }
    for (doc, of_doc) in by_doc.into_iter().enumerate() {
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
            // The first of the smallest keys, as `min_by_key` of the keys finds it.
            .min_by_key(|&e| rank[e]);
        let past = of_doc
            .iter()
            .copied()
            .filter(|&e| {
                t.events[e]
                    .interval
                    .and_then(|iv| iv.end)
                    .is_some_and(|end| end <= published)
            })
            // The last of the largest keys, as `max_by_key` of the keys finds it.
            .max_by_key(|&e| rank[e]);
        for &e in &of_doc {
            if t.events[e].interval.is_some() {
                continue;
            }
            match (t.events[e].tense, present, past) {
                ("past", Some(p), _) => g.add(t, e, p, RelationType::Before, "tense".to_string()),
                ("future", _, Some(p)) => g.add(t, p, e, RelationType::Before, "tense".to_string()),
                _ => {}
            }
        }
    }

    crate::progress::timing(format_args!(
        "order: {} edges pointed backward, {} nodes visited to check them",
        g.topo.walks, g.topo.visits
    ));
    // Topological order, ties by (start, end, document, position).
    let (sequence, released) = kahn_releasing(&g.g, &rank);
    for next in released {
        g.warnings
            .push(format!("ordering cycle broken at {}", t.events[next].id));
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

/// The topological order of an acyclic `g` that takes, at each step, the waiting event with
/// the smallest key.
fn kahn(g: &DiGraph<usize, usize>, rank: &[u32]) -> Vec<usize> {
    kahn_releasing(g, rank).0
}

/// Like [`kahn`], and should `g` have a cycle, releases the earliest waiting event until all
/// are placed; returns the order and the events released.
/// Keys are given by `rank`, each event's place in (key, index) order.
fn kahn_releasing(g: &DiGraph<usize, usize>, rank: &[u32]) -> (Vec<usize>, Vec<usize>) {
    let n = g.node_count();
    let mut indegree: Vec<usize> = (0..n)
        .map(|i| g.neighbors_directed(NodeIndex::new(i), Incoming).count())
        .collect();
    // The events with no incoming edge wait in a list in rank order; only those released by
    // their last incoming edge go through the heap, which so stays small (an event is mostly
    // released by the one just before it in the dates). Each step takes the smaller of the
    // two heads: the waiting event with the smallest key, as one heap of all would give.
    let mut free: Vec<u32> = vec![0; n];
    for (i, &r) in rank.iter().enumerate() {
        free[r as usize] = i as u32;
    }
    free.retain(|&i| indegree[i as usize] == 0);
    let mut free = free.into_iter().peekable();
    let mut heap: BinaryHeap<Reverse<(u32, u32)>> = BinaryHeap::new();
    let mut sequence = Vec::with_capacity(n);
    let mut released = Vec::new();
    let mut done = vec![false; n];
    loop {
        loop {
            let i = match (free.peek(), heap.peek()) {
                (None, None) => break,
                (Some(&f), Some(&Reverse((r, _)))) if rank[f as usize] < r => free.next(),
                (Some(_), None) => free.next(),
                _ => heap.pop().map(|Reverse((_, i))| i),
            };
            let i = i.expect("a waiting event") as usize;
            if done[i] {
                continue;
            }
            done[i] = true;
            sequence.push(i);
            for j in g.neighbors_directed(NodeIndex::new(i), Outgoing) {
                let j = j.index();
                indegree[j] -= 1;
                if indegree[j] == 0 {
                    heap.push(Reverse((rank[j], j as u32)));
                }
            }
        }
        if sequence.len() == n {
            break;
        }
        // Every edge was checked, so this cannot happen; kept so that a bug in the check
        // degrades into a warning rather than a lost event: release the earliest waiting event.
        let next = (0..n)
            .filter(|&i| !done[i])
            .min_by_key(|&i| rank[i])
            .expect("events remain");
        released.push(next);
        indegree[next] = 0;
        heap.push(Reverse((rank[next], next as u32)));
    }
    (sequence, released)
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

#[cfg(test)]
mod tests {
    use super::*;
    use petgraph::algo::has_path_connecting;

    /// The incremental check admits exactly the edges a full reachability test admits, on
    /// random graphs built the way `order` builds them (edges offered one by one, some
    /// against the starting order), and its positions stay a topological order.
    #[test]
    fn admits_exactly_the_edges_that_close_no_cycle() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        for round in 0..40 {
            let n = 5 + round * 3;
            let start: Vec<usize> = (0..n).collect();
            let mut topo = Topo::new(&start);
            let mut g: DiGraph<usize, usize> = DiGraph::new();
            for i in 0..n {
                g.add_node(i);
            }
            for _ in 0..n * 3 {
                // Mostly short forward edges (like dates), some long backward ones (cues).
                let a = next(n);
                let b = if next(4) == 0 {
                    next(n)
                } else {
                    (a + 1 + next(3)) % n
                };
                if a == b {
                    continue;
                }
                let closes = has_path_connecting(&g, NodeIndex::new(b), NodeIndex::new(a), None);
                assert_eq!(topo.admit(&g, a, b), !closes, "round {round}: {a} -> {b}");
                if !closes {
                    g.add_edge(NodeIndex::new(a), NodeIndex::new(b), 0);
                }
                for e in g.edge_indices() {
                    let (x, y) = g.edge_endpoints(e).expect("edge");
                    assert!(topo.position[x.index()] < topo.position[y.index()]);
                }
            }
        }
    }

    /// Edges from a node with nothing before it to one that reaches everything: the
    /// backward walk finishes first and moves the node to just before the other, again and
    /// again into the same gap at the start of the order, until there is no room and the
    /// forward walk is finished instead. Decisions match a full reachability test throughout.
    #[test]
    fn moves_before_until_no_room() {
        let n = 50;
        let start: Vec<usize> = (0..n).collect();
        let mut topo = Topo::new(&start);
        let mut g: DiGraph<usize, usize> = DiGraph::new();
        for i in 0..n {
            g.add_node(i);
        }
        // A chain 0 -> 1 -> ... -> n-1, all pointing forward.
        for i in 0..n - 1 {
            assert!(topo.admit(&g, i, i + 1));
            g.add_edge(NodeIndex::new(i), NodeIndex::new(i + 1), 0);
        }
        let mut first = 0;
        for _ in 0..80 {
            // A new node placed last, then required before the first node of the order.
            let m = g.node_count();
            g.add_node(m);
            topo.position.push(0);
            topo.mark.push(0);
            let p = *topo.at.keys().next_back().expect("nodes") + SPACING;
            topo.position[m] = p;
            topo.at.insert(p, m);
            let closes = has_path_connecting(&g, NodeIndex::new(first), NodeIndex::new(m), None);
            assert!(!closes);
            assert!(topo.admit(&g, m, first));
            g.add_edge(NodeIndex::new(m), NodeIndex::new(first), 0);
            first = m;
            // And an edge that would close a cycle is still refused.
            assert!(!topo.admit(&g, n - 1, m));
        }
        let mut seen: Vec<u64> = topo.position.clone();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), topo.position.len(), "positions stay distinct");
        assert!(seen[0] >= 1);
        for e in g.edge_indices() {
            let (x, y) = g.edge_endpoints(e).expect("edge");
            assert!(topo.position[x.index()] < topo.position[y.index()]);
        }
    }

    /// The list-and-heap Kahn gives the order one heap of every waiting event gives (the
    /// smallest key first), on random graphs with and without a cycle to break.
    #[test]
    fn kahn_takes_the_smallest_waiting_key() {
        fn one_heap(g: &DiGraph<usize, usize>, rank: &[u32]) -> (Vec<usize>, Vec<usize>) {
            let n = g.node_count();
            let mut indegree: Vec<usize> = (0..n)
                .map(|i| g.neighbors_directed(NodeIndex::new(i), Incoming).count())
                .collect();
            let mut heap: BinaryHeap<Reverse<(u32, u32)>> = (0..n)
                .filter(|&i| indegree[i] == 0)
                .map(|i| Reverse((rank[i], i as u32)))
                .collect();
            let (mut sequence, mut released, mut done) = (Vec::new(), Vec::new(), vec![false; n]);
            loop {
                while let Some(Reverse((_, i))) = heap.pop() {
                    let i = i as usize;
                    if done[i] {
                        continue;
                    }
                    done[i] = true;
                    sequence.push(i);
                    for j in g.neighbors_directed(NodeIndex::new(i), Outgoing) {
                        let j = j.index();
                        indegree[j] -= 1;
                        if indegree[j] == 0 {
                            heap.push(Reverse((rank[j], j as u32)));
                        }
                    }
                }
                if sequence.len() == n {
                    return (sequence, released);
                }
                let next = (0..n)
                    .filter(|&i| !done[i])
                    .min_by_key(|&i| rank[i])
                    .unwrap();
                released.push(next);
                indegree[next] = 0;
                heap.push(Reverse((rank[next], next as u32)));
            }
        }
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        for round in 0..60 {
            let n = 2 + round * 2;
            // A random permutation as ranks.
            let mut rank: Vec<u32> = (0..n as u32).collect();
            for i in (1..n).rev() {
                rank.swap(i, next(i + 1));
            }
            let mut g: DiGraph<usize, usize> = DiGraph::new();
            for i in 0..n {
                g.add_node(i);
            }
            for _ in 0..n {
                let (a, b) = (next(n), next(n));
                // Forward in rank order mostly; a few against it (cycles in some rounds).
                let forward = (rank[a] < rank[b]) != (round % 3 == 0 && next(8) == 0);
                if a != b && forward {
                    g.add_edge(NodeIndex::new(a), NodeIndex::new(b), 0);
                }
            }
            assert_eq!(
                kahn_releasing(&g, &rank),
                one_heap(&g, &rank),
                "round {round}"
            );
        }
    }

    /// Many nodes moved into the same gap: the window relabelling keeps positions distinct
    /// and in order.
    #[test]
    fn repeated_moves_into_one_gap() {
        let n = 200;
        let start: Vec<usize> = (0..n).collect();
        let mut topo = Topo::new(&start);
        let mut g: DiGraph<usize, usize> = DiGraph::new();
        for i in 0..n {
            g.add_node(i);
        }
        // k -> 0 points backward for every k: node 0 moves to just after k, again and again.
        for k in 1..n {
            assert!(topo.admit(&g, k, 0));
            g.add_edge(NodeIndex::new(k), NodeIndex::new(0), 0);
        }
        for _ in 0..100 {
            // A new node placed first, then required after n-1: each lands in the gap right
            // after n-1, which halves until the window relabelling has to make room.
            let m = g.node_count();
            g.add_node(m);
            topo.position.push(0);
            topo.mark.push(0);
            let p = *topo.at.keys().next().expect("nodes") - 1;
            topo.position[m] = p;
            topo.at.insert(p, m);
            assert!(topo.admit(&g, n - 1, m));
            g.add_edge(NodeIndex::new(n - 1), NodeIndex::new(m), 0);
        }
        let mut seen: Vec<u64> = topo.position.clone();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), topo.position.len(), "positions stay distinct");
        for e in g.edge_indices() {
            let (x, y) = g.edge_endpoints(e).expect("edge");
            assert!(topo.position[x.index()] < topo.position[y.index()]);
        }
    }
}
