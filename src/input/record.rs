//! The fields every structured format (JSON Lines, JSON, CSV) carries, and how they become a
//! [`Document`]. Keeping this in one place means the three formats agree on defaults, on the
//! date synonyms and on the messages.

use super::{parse_date, InputOptions};
use crate::Document;
use serde_json::{Map, Value};

/// The names a publication date may go by, in order of preference.
pub const DATE_FIELDS: [&str; 3] = ["published", "dct", "date"];

/// Raw fields of one record, before any checking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    pub id: Option<String>,
    /// The date string and the field name it came from (for messages).
    pub published: Option<(String, &'static str)>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub text: Option<String>,
}

/// Where a record sits, for its default id and its `source`.
pub struct Place {
    pub default_id: String,
    pub source: String,
}

/// The message for a document with no date anywhere.
pub const NO_DATE: &str = "no publication date: add `published:` to it or pass --published";

/// Check the fields and build the document; the error is the reason it is skipped.
pub fn build(fields: Fields, place: Place, opts: &InputOptions) -> Result<Document, String> {
    let text = fields.text.ok_or_else(|| {
        "the record has no `text` field; put the article text in a field named `text`".to_string()
    })?;
    let published = match &fields.published {
        Some((value, name)) => parse_date(value).map_err(|why| format!("`{name}`: {why}"))?,
        None => opts.published.ok_or_else(|| NO_DATE.to_string())?,
    };
    Ok(Document {
        id: fields.id.unwrap_or(place.default_id),
        published,
        title: fields.title,
        url: fields.url,
        text: crate::text::html::clean(text),
        source: place.source,
    })
}

/// Pick the known fields out of a JSON object. Nulls and empty strings count as absent;
/// a field of the wrong type is an error, since guessing would hide a broken export.
pub fn from_json(object: &Map<String, Value>) -> Result<Fields, String> {
    let date = DATE_FIELDS.iter().find_map(|&name| match object.get(name) {
        None | Some(Value::Null) => None,
        Some(value) => Some((name, value)),
    });
    let published = match date {
        Some((name, value)) => string(name, value)?.map(|s| (s, name)),
        None => None,
    };
    let id = match object.get("id") {
        // Numeric ids are common in exports; their JSON spelling is the id.
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(value) => string("id", value)?,
        None => None,
    };
    let field = |name: &str| match object.get(name) {
        Some(value) => string(name, value),
        None => Ok(None),
    };
    let text = match object.get("text") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => None,
        Some(other) => return Err(wrong_type("text", other)),
    };
    Ok(Fields {
        id,
        published,
        title: field("title")?,
        url: field("url")?,
        text,
    })
}

fn string(name: &str, value: &Value) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        other => Err(wrong_type(name, other)),
    }
}

fn wrong_type(name: &str, value: &Value) -> String {
    let kind = match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    format!("the field `{name}` is {kind}; it must be a string")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use serde_json::json;

    fn object(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn place() -> Place {
        Place {
            default_id: "f:1".into(),
            source: "f.jsonl:1".into(),
        }
    }

    #[test]
    fn date_synonyms_in_order() {
        let f = from_json(&object(json!({"dct": "2025-01-01", "date": "2025-02-02"}))).unwrap();
        assert_eq!(f.published, Some(("2025-01-01".into(), "dct")));
        let f = from_json(&object(json!({"published": null, "date": "2025-02-02"}))).unwrap();
        assert_eq!(f.published, Some(("2025-02-02".into(), "date")));
    }

    #[test]
    fn numeric_id_and_wrong_types() {
        let f = from_json(&object(json!({"id": 7, "text": "x"}))).unwrap();
        assert_eq!(f.id.as_deref(), Some("7"));
        let err = from_json(&object(json!({"dct": {"value": "2025"}}))).unwrap_err();
        assert!(err.contains("`dct` is an object"), "{err}");
        assert!(from_json(&object(json!({"text": 3}))).is_err());
    }

    #[test]
    fn build_uses_defaults_and_fallback_date() {
        let fallback = NaiveDate::from_ymd_opt(2025, 4, 17);
        let opts = InputOptions {
            published: fallback,
            stdin_format: None,
        };
        let fields = Fields {
            text: Some("t".into()),
            ..Fields::default()
        };
        let doc = build(fields.clone(), place(), &opts).unwrap();
        assert_eq!(doc.id, "f:1");
        assert_eq!(Some(doc.published), fallback);
        let err = build(fields, place(), &InputOptions::default()).unwrap_err();
        assert_eq!(err, NO_DATE);
    }

    #[test]
    fn bad_date_names_the_field() {
        let fields = Fields {
            text: Some("t".into()),
            published: Some(("yesterday".into(), "dct")),
            ..Fields::default()
        };
        let err = build(fields, place(), &InputOptions::default()).unwrap_err();
        assert!(err.starts_with("`dct`: "), "{err}");
        assert!(err.contains("relative"), "{err}");
    }
}
