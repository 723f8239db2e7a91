//! `timeliner` builds event timelines from dated news articles.
//!
//! The pipeline: segment the text, scan temporal expressions, find the tense of their clauses,
//! resolve them against the publication date (or the last mentioned time), attach events, order
//! them in a petgraph graph, merge across documents and export.
//!
//! ```
//! use timeliner::{annotate, Document};
//! use chrono::NaiveDate;
//!
//! let published = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap(); // a Thursday
//! let doc = Document::new("d1", published, "Trump said on Sunday that talks will resume on Saturday.");
//! let values: Vec<String> = annotate(&doc).into_iter().map(|t| t.value.value).collect();
//! assert_eq!(values, ["2025-04-13", "2025-04-19"]);
//! ```

pub mod annotate;
pub mod check;
pub mod document;
pub mod error;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod text;
pub mod timeml;
pub mod timex;

pub use annotate::{annotate, Annotation};
pub use document::Document;
pub use error::{Error, Result};
pub mod cli;
pub mod commands;
pub mod event;
pub mod export;
pub mod merge;
pub mod order;
pub mod progress;
pub mod timeline;
