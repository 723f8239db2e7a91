//! Reading gold and system documents: JSON Lines in the `shared/eval` format, one `.tml` file, or
//! a folder of `.tml` files (read exactly as `shared/eval/tml2jsonl.py` converts them).

use crate::error::{Error, Result};
use crate::timeml;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A timex as given in a file, not yet checked: the scorer validates it (and warns), as
/// `score_timex.py` does, so that one bad span does not stop the evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawTimex {
    /// Code point offsets; `None` when missing or not a number.
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub text: Option<String>,
    /// The TIMEX3 `type` attribute.
    pub kind: Option<String>,
    pub value: Option<String>,
}

/// One gold document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDoc {
    pub id: String,
    /// `YYYY-MM-DD`, the publication date the annotator resolves against.
    pub dct: Option<String>,
    pub text: String,
    pub timexes: Vec<RawTimex>,
    /// Where it was read from (`file` or `file:line`), for messages.
    pub source: String,
}

/// One document of system output. Lines without an id are kept (and skipped with a warning by
/// the scorer) so that the warning can be given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemDoc {
    pub id: Option<String>,
    pub timexes: Vec<RawTimex>,
}

/// Reads gold from a folder of `.tml` files (searched recursively), one `.tml` file, or JSON Lines.
/// Documents from TimeML are sorted by id, as tml2jsonl.py writes them.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>> {
    if path.is_dir() {
        return read_tml_folder(path);
    }
    if path.extension().is_some_and(|e| e == "tml") {
        return Ok(vec![read_tml_file(path)?]);
    }
    read_gold_jsonl(path)
}

/// Every `.tml` file under `dir` (not those starting with `._`, which are macOS metadata).
pub fn read_tml_folder(dir: &Path) -> Result<Vec<GoldDoc>> {
    let mut files = Vec::new();
    find_tml(dir, &mut files)?;
    if files.is_empty() {
        return Err(Error::new("no .tml files in this folder")
            .in_file(dir)
            .hint("give a folder of TimeML files, one .tml file or gold JSON Lines"));
    }
    let mut docs = files
        .iter()
        .map(|f| read_tml_file(f))
        .collect::<Result<Vec<_>>>()?;
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(w) = docs.windows(2).find(|w| w[0].id == w[1].id) {
        return Err(Error::new(format!(
            "duplicate document id {:?} ({} and {})",
            w[0].id, w[0].source, w[1].source
        ))
        .in_file(dir)
        .hint("two .tml files have the same name in different folders"));
    }
    Ok(docs)
}

fn find_tml(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, &e))?;
    let mut paths = Vec::new();
    for entry in entries {
        paths.push(entry.map_err(|e| Error::io(dir, &e))?.path());
    }
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // A linked folder is not entered: a link to a parent would recurse without end.
        if p.is_dir() && !p.is_symlink() {
            find_tml(&p, out)?;
        } else if name.ends_with(".tml") && !name.starts_with("._") {
            out.push(p);
        }
    }
    Ok(())
}

/// One TimeML file; its id is the file name without `.tml`.
pub fn read_tml_file(path: &Path) -> Result<GoldDoc> {
    let src = read_text(path)?;
    let doc = timeml::parse(&src).map_err(|e| {
        let error = Error::new(format!("not a TimeML document: {}", e.message))
            .in_file(path)
            .hint("gold TimeML needs one TEXT element and a DCT (TIMEX3 functionInDocument=\"CREATION_TIME\")");
        match e.line {
            Some(line) => error.at_line(line),
            None => error,
        }
    })?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let id = name.strip_suffix(".tml").unwrap_or(name).to_string();
    let timexes = doc
        .timexes
        .into_iter()
        .map(|t| RawTimex {
            start: Some(t.start as i64),
            end: Some(t.end as i64),
            text: Some(t.text),
            kind: t.kind,
            value: t.value,
        })
        .collect();
    Ok(GoldDoc {
        id,
        dct: doc.dct,
        text: doc.text,
        timexes,
        source: path.display().to_string(),
    })
}

/// Gold JSON Lines: `{"id", "dct", "text", "timexes": [{"start", "end", "text", "type", "value"}]}`.
pub fn read_gold_jsonl(path: &Path) -> Result<Vec<GoldDoc>> {
    let src = read_text(path)?;
    let mut docs = Vec::new();
    for (n, obj) in json_lines(path, &src)? {
        let bad = |what: &str| {
            Error::new(format!("gold line {what}"))
                .in_file(path)
                .at_line(n)
                .hint("gold lines look like {\"id\": ..., \"dct\": \"YYYY-MM-DD\", \"text\": ..., \"timexes\": [...]}")
        };
        let id = obj
            .get("id")
            .map(json_string)
            .ok_or_else(|| bad("has no \"id\""))?;
        let text = match obj.get("text") {
            Some(Value::String(s)) => s.clone(),
            _ => return Err(bad("has no \"text\" string")),
        };
        let dct = obj.get("dct").and_then(Value::as_str).map(str::to_string);
        docs.push(GoldDoc {
            id,
            dct,
            text,
            timexes: timex_list(obj.get("timexes")),
            source: format!("{}:{n}", path.display()),
        });
    }
    Ok(docs)
}

/// System JSON Lines: `{"id", "timexes": [...]}`, offsets in code points of the gold text.
pub fn read_system_jsonl(path: &Path) -> Result<Vec<SystemDoc>> {
    let src = read_text(path)?;
    Ok(json_lines(path, &src)?
        .into_iter()
        .map(|(_, obj)| SystemDoc {
            id: obj.get("id").map(json_string),
            timexes: timex_list(obj.get("timexes")),
        })
        .collect())
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    let s = String::from_utf8(bytes).map_err(|e| {
        Error::new(format!(
            "not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        ))
        .in_file(path)
        .hint("save the file as UTF-8")
    })?;
    Ok(match s.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => s,
    })
}

/// The non-blank lines of a JSON Lines file as objects, with their line numbers.
fn json_lines(path: &Path, src: &str) -> Result<Vec<(usize, serde_json::Map<String, Value>)>> {
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let err = |msg: String| Error::new(msg).in_file(path).at_line(i + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(obj)) => out.push((i + 1, obj)),
            Ok(_) => return Err(err("bad JSON: expected one object per line".to_string())),
            Err(e) => {
                return Err(
                    err(format!("bad JSON: {e}")).hint("JSON Lines: one JSON object per line")
                );
            }
        }
    }
    Ok(out)
}

fn timex_list(v: Option<&Value>) -> Vec<RawTimex> {
    let Some(Value::Array(items)) = v else {
        return Vec::new();
    };
    items
        .iter()
        .map(|x| RawTimex {
            start: x.get("start").and_then(json_int),
            end: x.get("end").and_then(json_int),
            text: x.get("text").and_then(Value::as_str).map(str::to_string),
            kind: x.get("type").and_then(json_opt_string),
            value: x.get("value").and_then(json_opt_string),
        })
        .collect()
}

/// An offset as Python's `int()` reads it: an integer, a float (truncated) or a numeric string.
fn json_int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| {
            n.as_f64()
                .filter(|f| f.is_finite())
                .map(|f| f.trunc() as i64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn json_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn json_opt_string(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        other => Some(json_string(other)),
    }
}
