//! The TempEval-3 Task A measures, computed exactly as `shared/eval/score_timex.py` does:
//! the same validation of spans, the same one-to-one alignment, the same counts and formulas.

use super::errors::{context, sort_errors, ErrorKind, EvalError, TimexView};
use super::gold::{GoldDoc, RawTimex, SystemDoc};
use crate::error::{Error, Result};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, VecDeque};

pub const TYPES: [&str; 4] = ["DATE", "TIME", "DURATION", "SET"];

/// What to score.
#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    /// Keep only these TIMEX3 types (see [`filter_types`]); `None` keeps all.
    pub types: Option<BTreeSet<String>>,
    /// Collect the error listing.
    pub errors: bool,
}

/// Parses `--types DATE,TIME` (case-insensitive; unknown names are an error).
pub fn parse_types(arg: &str) -> Result<Option<BTreeSet<String>>> {
    let types: BTreeSet<String> = arg
        .split(',')
        .map(|t| t.trim().to_ascii_uppercase())
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(bad) = types.iter().find(|t| !TYPES.contains(&t.as_str())) {
        return Err(Error::new(format!("unknown TIMEX3 type {bad:?}"))
            .hint("known types: DATE,TIME,DURATION,SET"));
    }
    Ok(if types.is_empty() { None } else { Some(types) })
}

/// A validated expression: code point span into the gold text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: Option<String>,
    pub kind: Option<String>,
    pub value: Option<String>,
}

impl Span {
    fn overlaps(&self, other: &Span) -> bool {
        self.start.max(other.start) < self.end.min(other.end)
    }

    fn view(&self) -> TimexView {
        TimexView {
            start: self.start,
            end: self.end,
            text: self.text.clone(),
            kind: self.kind.clone(),
            value: self.value.clone(),
        }
    }
}

/// The counts everything is computed from, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub type_ok: usize,
    pub value_ok: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.type_ok += o.type_ok;
        self.value_ok += o.value_ok;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Type or value: accuracy over the relaxed matches, and P/R/F1 = accuracy x relaxed P/R/F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AttrScore {
    pub accuracy: f64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// All measures, as fractions in 0..1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scores {
    pub strict: Prf,
    pub relaxed: Prf,
    #[serde(rename = "type")]
    pub kind: AttrScore,
    pub value: AttrScore,
}

fn prf(tp: usize, n_sys: usize, n_gold: usize) -> Prf {
    let p = if n_sys > 0 {
        tp as f64 / n_sys as f64
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        0.0
    };
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf {
        precision: p,
        recall: r,
        f1,
    }
}

/// The TempEval-3 measures from counts, with its conventions: P = 0 with no system output,
/// R = 0 with no gold, and everything 1 when both are empty.
pub fn metrics(c: &Counts) -> Scores {
    if c.gold == 0 && c.system == 0 {
        let one = Prf {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
        let attr = AttrScore {
            accuracy: 1.0,
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
        return Scores {
            strict: one,
            relaxed: one,
            kind: attr,
            value: attr,
        };
    }
    let strict = prf(c.strict, c.system, c.gold);
    let relaxed = prf(c.relaxed, c.system, c.gold);
    let attr = |ok: usize| {
        let acc = if c.relaxed > 0 {
            ok as f64 / c.relaxed as f64
        } else {
            0.0
        };
        AttrScore {
            accuracy: acc,
            precision: acc * relaxed.precision,
            recall: acc * relaxed.recall,
            f1: acc * relaxed.f1,
        }
    };
    Scores {
        strict,
        relaxed,
        kind: attr(c.type_ok),
        value: attr(c.value_ok),
    }
}

/// Recall figures for the gold expressions of one type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldTypeRow {
    pub gold: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub type_ok: usize,
    pub value_ok: usize,
    pub strict_recall: f64,
    pub relaxed_recall: f64,
    pub value_recall: f64,
}

/// Precision for the system expressions of one type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SystemTypeRow {
    pub system: usize,
    pub relaxed: usize,
    pub relaxed_precision: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocRow {
    #[serde(flatten)]
    pub counts: Counts,
    pub id: String,
    pub scores: Scores,
}

/// `"all"` or the sorted list of kept types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum TypesKept {
    All(&'static str),
    Only(Vec<String>),
}

/// Rows keyed by TIMEX3 type in Python's `sorted(str(key))` order; a missing type is "None"
/// for sorting and `null` as a JSON key, as json.dump writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeTable<T>(pub Vec<(Option<String>, T)>);

impl<T> TypeTable<T> {
    fn from_map(map: HashMap<Option<String>, T>) -> Self {
        let mut rows: Vec<_> = map.into_iter().collect();
        rows.sort_by(|a, b| {
            a.0.as_deref()
                .unwrap_or("None")
                .cmp(b.0.as_deref().unwrap_or("None"))
        });
        TypeTable(rows)
    }

    pub fn get(&self, kind: &str) -> Option<&T> {
        self.0
            .iter()
            .find(|(k, _)| k.as_deref() == Some(kind))
            .map(|(_, v)| v)
    }
}

impl<T: Serialize> Serialize for TypeTable<T> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k.as_deref().unwrap_or("null"), v)?;
        }
        map.end()
    }
}

/// Everything `score_timex.py --json` prints, in the same shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    pub types: TypesKept,
    pub documents: usize,
    pub counts: Counts,
    pub scores: Scores,
    pub by_gold_type: TypeTable<GoldTypeRow>,
    pub by_system_type: TypeTable<SystemTypeRow>,
    pub per_doc: Vec<DocRow>,
    pub warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<EvalError>>,
}

/// Byte offset of every code point of `text`, plus its length: code point slicing in O(1).
fn char_starts(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect()
}

/// Checks spans (warning about and skipping bad ones) and sorts by (start, end).
fn clean(
    raw: &[RawTimex],
    doc: &str,
    text: &str,
    chars: &[usize],
    source: &str,
    warnings: &mut Vec<String>,
) -> Vec<Span> {
    let n_chars = chars.len() - 1;
    let mut out = Vec::with_capacity(raw.len());
    for (i, x) in raw.iter().enumerate() {
        let (Some(s), Some(e)) = (x.start, x.end) else {
            warnings.push(format!(
                "{source} {doc}: timex #{i} has no valid start/end, skipped"
            ));
            continue;
        };
        if !(0 <= s && s < e) {
            warnings.push(format!(
                "{source} {doc}: timex #{i} has empty or negative span [{s},{e}), skipped"
            ));
            continue;
        }
        let (s, e) = (s as usize, e as usize);
        if e > n_chars {
            warnings.push(format!(
                "{source} {doc}: timex #{i} span [{s},{e}) is past the end of the text ({n_chars}), skipped"
            ));
            continue;
        }
        let covered = &text[chars[s]..chars[e]];
        if let Some(t) = &x.text {
            if t != covered {
                warnings.push(format!(
                    "{source} {doc}: timex #{i} text {} != gold text[{s}:{e}] {} (offsets must be code points)",
                    py_repr(t),
                    py_repr(covered)
                ));
            }
        }
        out.push(Span {
            start: s,
            end: e,
            text: Some(covered.to_string()),
            kind: x.kind.clone(),
            value: x.value.clone(),
        });
    }
    out.sort_by_key(|x| (x.start, x.end));
    out
}

/// `--types`: keep gold of those types and system expressions of those types, except a system
/// expression lying only on gold of an excluded type, which is neutral (dropped).
pub fn filter_types(
    gold: Vec<Span>,
    system: Vec<Span>,
    types: Option<&BTreeSet<String>>,
) -> (Vec<Span>, Vec<Span>) {
    let Some(types) = types else {
        return (gold, system);
    };
    let keep = |x: &Span| x.kind.as_ref().is_some_and(|k| types.contains(k));
    let (kept_gold, dropped_gold): (Vec<Span>, Vec<Span>) = gold.into_iter().partition(keep);
    let kept_sys = system
        .into_iter()
        .filter(|s| keep(s))
        .filter(|s| {
            !dropped_gold.iter().any(|g| s.overlaps(g)) || kept_gold.iter().any(|g| s.overlaps(g))
        })
        .collect();
    (kept_gold, kept_sys)
}

/// One matched pair: gold index, system index, and whether the spans are equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pair {
    pub gold: usize,
    pub system: usize,
    pub strict: bool,
}

/// The one-to-one alignment of the TE3 toolkit: exact spans first (each system expression, in
/// order, takes the first unused gold one with its span); then, in document order of gold, each
/// gold expression takes the earliest unused system expression overlapping it.
/// Returns the pairs sorted by gold index, the unmatched gold and the unmatched system indices.
pub fn align(gold: &[Span], system: &[Span]) -> (Vec<Pair>, Vec<usize>, Vec<usize>) {
    let mut g_used = vec![false; gold.len()];
    let mut s_used = vec![false; system.len()];
    let mut pairs = Vec::new();
    let mut by_span: HashMap<(usize, usize), VecDeque<usize>> = HashMap::new();
    for (gi, g) in gold.iter().enumerate() {
        by_span.entry((g.start, g.end)).or_default().push_back(gi);
    }
    for (si, s) in system.iter().enumerate() {
        if let Some(cands) = by_span.get_mut(&(s.start, s.end)) {
            while let Some(gi) = cands.pop_front() {
                if !g_used[gi] {
                    g_used[gi] = true;
                    s_used[si] = true;
                    pairs.push(Pair {
                        gold: gi,
                        system: si,
                        strict: true,
                    });
                    break;
                }
            }
        }
    }
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate().filter(|(gi, _)| !g_used[*gi]) {
        for (si, s) in system.iter().enumerate().filter(|(si, _)| !s_used[*si]) {
            if g.overlaps(s) {
                cands.push((g.start, g.end, s.start, s.end, gi, si));
            }
        }
    }
    cands.sort_unstable(); // the tuples are distinct (gi, si), so no ties to keep
    for (_, _, _, _, gi, si) in cands {
        if !g_used[gi] && !s_used[si] {
            g_used[gi] = true;
            s_used[si] = true;
            pairs.push(Pair {
                gold: gi,
                system: si,
                strict: false,
            });
        }
    }
    pairs.sort_unstable();
    let un_g = (0..gold.len()).filter(|&i| !g_used[i]).collect();
    let un_s = (0..system.len()).filter(|&i| !s_used[i]).collect();
    (pairs, un_g, un_s)
}

/// Scores system documents against gold documents.
pub fn score(gold_docs: &[GoldDoc], sys_docs: &[SystemDoc], opts: &ScoreOptions) -> EvalReport {
    let mut warnings = Vec::new();
    // Per id, in first-seen order; a document given twice has its timexes merged.
    let mut sys_by_id: HashMap<&str, Vec<RawTimex>> = HashMap::new();
    let mut sys_order: Vec<&str> = Vec::new();
    for d in sys_docs {
        let Some(id) = d.id.as_deref() else {
            warnings.push("system line without id skipped".to_string());
            continue;
        };
        match sys_by_id.get_mut(id) {
            Some(list) => {
                warnings.push(format!("system document {id} given twice; timexes merged"));
                list.extend(d.timexes.iter().cloned());
            }
            None => {
                sys_by_id.insert(id, d.timexes.clone());
                sys_order.push(id);
            }
        }
    }

    let mut total = Counts::default();
    let mut per_doc = Vec::with_capacity(gold_docs.len());
    let mut errors = Vec::new();
    let mut by_gold: HashMap<Option<String>, Counts> = HashMap::new();
    let mut by_sys: HashMap<Option<String>, (usize, usize)> = HashMap::new();
    let mut missing_docs = Vec::new();
    let mut gold_ids = BTreeSet::new();
    let empty = Vec::new();

    for gd in gold_docs {
        gold_ids.insert(gd.id.as_str());
        let chars = char_starts(&gd.text);
        let gold = clean(&gd.timexes, &gd.id, &gd.text, &chars, "gold", &mut warnings);
        let sys_raw = sys_by_id.get(gd.id.as_str()).unwrap_or_else(|| {
            missing_docs.push(gd.id.as_str());
            &empty
        });
        let system = clean(sys_raw, &gd.id, &gd.text, &chars, "system", &mut warnings);
        let (gold, system) = filter_types(gold, system, opts.types.as_ref());
        let (pairs, un_g, un_s) = align(&gold, &system);

        let mut c = Counts {
            gold: gold.len(),
            system: system.len(),
            ..Counts::default()
        };
        for g in &gold {
            by_gold.entry(g.kind.clone()).or_default().gold += 1;
        }
        for s in &system {
            by_sys.entry(s.kind.clone()).or_default().0 += 1;
        }
        for p in &pairs {
            let (g, s) = (&gold[p.gold], &system[p.system]);
            let t_ok = g.kind == s.kind;
            let v_ok = g.value == s.value;
            let bump = |c: &mut Counts| {
                c.relaxed += 1;
                c.strict += usize::from(p.strict);
                c.type_ok += usize::from(t_ok);
                c.value_ok += usize::from(v_ok);
            };
            bump(&mut c);
            bump(by_gold.entry(g.kind.clone()).or_default());
            by_sys.entry(s.kind.clone()).or_default().1 += 1;
            if opts.errors {
                let mut push = |kind| {
                    errors.push(EvalError {
                        doc: gd.id.clone(),
                        kind,
                        gold: Some(g.view()),
                        system: Some(s.view()),
                        context: Some(context(&gd.text, &chars, g.start, g.end, 30)),
                    })
                };
                if !p.strict {
                    push(ErrorKind::PartialSpan);
                }
                if !v_ok {
                    push(ErrorKind::WrongValue);
                }
                if !t_ok {
                    push(ErrorKind::WrongType);
                }
            }
        }
        if opts.errors {
            for &gi in &un_g {
                let g = &gold[gi];
                errors.push(EvalError {
                    doc: gd.id.clone(),
                    kind: ErrorKind::Missed,
                    gold: Some(g.view()),
                    system: None,
                    context: Some(context(&gd.text, &chars, g.start, g.end, 30)),
                });
            }
            for &si in &un_s {
                let s = &system[si];
                errors.push(EvalError {
                    doc: gd.id.clone(),
                    kind: ErrorKind::Spurious,
                    gold: None,
                    system: Some(s.view()),
                    context: Some(context(&gd.text, &chars, s.start, s.end, 30)),
                });
            }
        }
        total.add(&c);
        per_doc.push(DocRow {
            counts: c,
            id: gd.id.clone(),
            scores: metrics(&c),
        });
    }

    let mut extra: Vec<&str> = sys_order
        .iter()
        .copied()
        .filter(|id| !gold_ids.contains(id))
        .collect();
    extra.sort_unstable();
    if !extra.is_empty() {
        warnings.push(format!(
            "{} system documents are not in gold and were ignored: {}",
            extra.len(),
            first_ten(&extra)
        ));
    }
    if !missing_docs.is_empty() && missing_docs.len() < gold_docs.len() {
        warnings.push(format!(
            "{} gold documents have no system line (scored as empty output): {}",
            missing_docs.len(),
            first_ten(&missing_docs)
        ));
    }
    if opts.errors {
        sort_errors(&mut errors);
    }

    let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
    let by_gold_type = TypeTable::from_map(
        by_gold
            .into_iter()
            .map(|(k, b)| {
                let row = GoldTypeRow {
                    gold: b.gold,
                    strict: b.strict,
                    relaxed: b.relaxed,
                    type_ok: b.type_ok,
                    value_ok: b.value_ok,
                    strict_recall: ratio(b.strict, b.gold),
                    relaxed_recall: ratio(b.relaxed, b.gold),
                    value_recall: ratio(b.value_ok, b.gold),
                };
                (k, row)
            })
            .collect(),
    );
    let by_system_type = TypeTable::from_map(
        by_sys
            .into_iter()
            .map(|(k, (system, relaxed))| {
                let row = SystemTypeRow {
                    system,
                    relaxed,
                    relaxed_precision: ratio(relaxed, system),
                };
                (k, row)
            })
            .collect(),
    );

    EvalReport {
        types: match &opts.types {
            Some(t) => TypesKept::Only(t.iter().cloned().collect()),
            None => TypesKept::All("all"),
        },
        documents: gold_docs.len(),
        counts: total,
        scores: metrics(&total),
        by_gold_type,
        by_system_type,
        per_doc,
        warnings,
        errors: opts.errors.then_some(errors),
    }
}

/// A string as Python's `repr` writes it, so that messages read the same as score_timex.py's.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..=0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn first_ten(ids: &[&str]) -> String {
    let mut s = ids.iter().take(10).copied().collect::<Vec<_>>().join(", ");
    if ids.len() > 10 {
        s.push_str(" ...");
    }
    s
}
