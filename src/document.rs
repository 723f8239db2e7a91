//! The document: one dated article, the unit everything else works on.

use chrono::NaiveDate;
use serde::Serialize;

/// One article with its publication date (the anchor of every relative expression).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    pub id: String,
    pub published: NaiveDate,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The body text; every offset in the outputs points into it.
    pub text: String,
    /// Where it came from: `file` or `file:line`, for messages and exports.
    pub source: String,
}

impl Document {
    /// A document built in code (tests, `resolve`), with its source named `<text>`.
    pub fn new(id: impl Into<String>, published: NaiveDate, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            published,
            title: None,
            url: None,
            text: text.into(),
            source: "<text>".to_string(),
        }
    }
}
