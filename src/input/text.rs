//! `.txt` and `.md` articles: one document per file, with optional front matter.

use super::decode::decode_all;
use super::front_matter;
use super::record::NO_DATE;
use super::{parse_date, InputOptions, Origin, Skipped};
use crate::Document;

/// Read one article from the whole of its bytes.
pub fn read(origin: &Origin, bytes: Vec<u8>, opts: &InputOptions) -> Result<Document, Skipped> {
    let text = decode_all(bytes).map_err(|(line, reason)| origin.skip(line, reason))?;
    if text.trim().is_empty() {
        return Err(origin.skip(None, super::EMPTY.to_string()));
    }
    let split = front_matter::split(&text)
        .map_err(|problem| origin.skip(Some(problem.line), problem.message))?;
    let header = split.header;
    let published = match &header.published {
        Some(field) => parse_date(&field.value)
            .map_err(|why| origin.skip(Some(field.line), format!("`published`: {why}")))?,
        None => opts
            .published
            .ok_or_else(|| origin.skip(None, NO_DATE.to_string()))?,
    };
    Ok(Document {
        id: header.id.unwrap_or_else(|| origin.stem.clone()),
        published,
        title: header.title,
        url: header.url,
        text: crate::text::html::clean(split.body.to_string()),
        source: origin.path.display().to_string(),
    })
}
