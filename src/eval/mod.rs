//! `eval`: score the annotator (or a system file) against gold with the TempEval-3 measures.
//!
//! * [`gold`] reads gold (TimeML or JSON Lines) and system JSON Lines;
//! * [`score`] aligns and counts exactly as `shared/eval/score_timex.py`;
//! * [`errors`] lists what went wrong; [`report`] prints the table.

pub mod errors;
pub mod gold;
pub mod kinds;
pub mod report;
pub mod score;

pub use errors::{ErrorKind, EvalError, TimexView};
pub use gold::{read_gold, read_system_jsonl, GoldDoc, RawTimex, SystemDoc};
pub use report::render_text;
pub use score::{parse_types, score, Counts, EvalReport, ScoreOptions, Scores};

use crate::document::Document;
use crate::error::{Error, Result};
use crate::text::CharOffsets;
use crate::timex::Timex;
use chrono::NaiveDate;
use rayon::prelude::*;

/// Runs the annotator over every gold document (in parallel, output in gold order), the DCT
/// being the publication date, and returns its output with code point offsets.
pub fn annotate_gold(gold: &[GoldDoc]) -> Result<Vec<SystemDoc>> {
    annotate_gold_with(gold, crate::annotate)
}

/// Like [`annotate_gold`] with another annotator (tests use hand-made ones).
pub fn annotate_gold_with<F>(gold: &[GoldDoc], annotator: F) -> Result<Vec<SystemDoc>>
where
    F: Fn(&Document) -> Vec<Timex> + Sync,
{
    gold.par_iter()
        .map(|gd| {
            let published = gold_date(gd)?;
            let mut doc = Document::new(gd.id.clone(), published, gd.text.clone());
            doc.source = gd.source.clone();
            Ok(SystemDoc {
                id: Some(gd.id.clone()),
                timexes: system_timexes(&doc.text, &annotator(&doc)),
            })
        })
        .collect()
}

fn gold_date(gd: &GoldDoc) -> Result<NaiveDate> {
    let dct = gd.dct.as_deref().ok_or_else(|| {
        Error::new(format!("gold document {} has no dct", gd.id))
            .hint("the annotator needs the document creation time as its publication date")
    })?;
    NaiveDate::parse_from_str(dct, "%Y-%m-%d").map_err(|_| {
        Error::new(format!(
            "gold document {}: dct {dct:?} is not a date",
            gd.id
        ))
        .hint("write the dct as YYYY-MM-DD")
    })
}

/// The annotator's expressions in the evaluation format: byte offsets become code points.
pub fn system_timexes(text: &str, timexes: &[Timex]) -> Vec<RawTimex> {
    let offsets = CharOffsets::new(text);
    timexes
        .iter()
        .map(|t| RawTimex {
            start: Some(offsets.char_of(t.start) as i64),
            end: Some(offsets.char_of(t.end) as i64),
            text: Some(t.text.clone()),
            kind: Some(t.value.kind.as_str().to_string()),
            value: Some(t.value.value.clone()),
        })
        .collect()
}
