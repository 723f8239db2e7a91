//! The optional header of `.txt` and `.md` articles:
//!
//! ```text
//! ---
//! published: 2025-04-17
//! title: "Talks to resume"
//! ---
//! The article text.
//! ```
//!
//! Only flat `key: value` lines are read; this is not a YAML parser. Indented lines and list
//! items (which YAML tools put under keys we do not use) are passed over, so front matter
//! written for a static site generator still works.

/// A value from the header and the line it was on (for messages about it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub value: String,
    pub line: usize,
}

/// The keys this tool uses. Unknown keys are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// `published`, or its synonym `date` (`published` wins when both are there).
    pub published: Option<Field>,
    pub title: Option<String>,
    pub id: Option<String>,
    pub url: Option<String>,
}

/// A file split into its header and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub header: Header,
    pub body: &'a str,
}

/// Why a header could not be read: the 1-based line and a message that says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// Split `text` into front matter and body. Text that does not start with a `---` line has
/// no front matter and is all body.
pub fn split(text: &str) -> Result<Split<'_>, Problem> {
    let mut lines = lines_with_ends(text);
    match lines.next() {
        Some((_, first)) if is_fence(first) => {}
        _ => {
            return Ok(Split {
                header: Header::default(),
                body: text,
            })
        }
    }
    let mut header = Header::default();
    let mut date_synonym = None;
    // A malformed line is only reported once the header is known to be closed: in a file
    // with no closing line, the missing `---` is the real problem.
    let mut malformed: Option<Problem> = None;
    for (index, (end, line)) in lines.enumerate() {
        let number = index + 2;
        if is_fence(line) {
            let body = &text[end..];
            // One blank line after the header is layout, not text.
            let body = body
                .strip_prefix("\r\n")
                .or_else(|| body.strip_prefix('\n'))
                .unwrap_or(body);
            if let Some(problem) = malformed {
                return Err(problem);
            }
            if header.published.is_none() {
                header.published = date_synonym;
            }
            return Ok(Split { header, body });
        }
        let trimmed = line.trim_end();
        if trimmed.is_empty()
            || trimmed.starts_with('#')
            || trimmed.starts_with(char::is_whitespace)
            || trimmed.starts_with('-')
        {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            malformed.get_or_insert(Problem {
                line: number,
                message: format!(
                    "front matter line `{trimmed}` is not `key: value`; write it as \
                     `key: value` or remove it"
                ),
            });
            continue;
        };
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        let field = || Field {
            value: value.clone(),
            line: number,
        };
        match key.trim().to_ascii_lowercase().as_str() {
            "published" => header.published = Some(field()),
            "date" => date_synonym = Some(field()),
            "title" => header.title = Some(value.clone()),
            "id" => header.id = Some(value.clone()),
            "url" => header.url = Some(value.clone()),
            _ => {}
        }
    }
    Err(Problem {
        line: 1,
        message: "front matter opened on line 1 is never closed; add a line with ---".to_string(),
    })
}

/// The closing and opening line: `---` and nothing else but trailing spaces or `\r`.
fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Each line (without its end) and the byte offset just past its end.
fn lines_with_ends(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = &text[start..];
        let (line, len) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        start += len;
        Some((start, line))
    })
}

/// Remove one pair of matching quotes. Inside double quotes `\"` and `\\` are escapes; inside
/// single quotes `''` is a quote (the YAML rules for the cases people actually write).
fn unquote(value: &str) -> String {
    let quoted = |q: char| value.len() >= 2 && value.starts_with(q) && value.ends_with(q);
    if quoted('"') {
        let inner = &value[1..value.len() - 1];
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match (c, chars.clone().next()) {
                ('\\', Some(next @ ('"' | '\\'))) => {
                    out.push(next);
                    chars.next();
                }
                _ => out.push(c),
            }
        }
        out
    } else if quoted('\'') {
        value[1..value.len() - 1].replace("''", "'")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_front_matter_is_all_body() {
        let s = split("Just text.\n---\nmore").unwrap();
        assert_eq!(s.header, Header::default());
        assert_eq!(s.body, "Just text.\n---\nmore");
    }

    #[test]
    fn reads_keys_and_body() {
        let text = "---\npublished: 2025-04-17\ntitle: Talks\nid: a1\nurl: https://x.test/a?b=c:d\nauthor: Someone\n---\n\nBody here.\n";
        let s = split(text).unwrap();
        assert_eq!(
            s.header.published,
            Some(Field {
                value: "2025-04-17".into(),
                line: 2
            })
        );
        assert_eq!(s.header.title.as_deref(), Some("Talks"));
        assert_eq!(s.header.id.as_deref(), Some("a1"));
        assert_eq!(s.header.url.as_deref(), Some("https://x.test/a?b=c:d"));
        assert_eq!(s.body, "Body here.\n");
    }

    #[test]
    fn only_one_leading_newline_is_stripped() {
        assert_eq!(split("---\n---\n\n\nx").unwrap().body, "\nx");
        assert_eq!(split("---\r\n---\r\n\r\nx").unwrap().body, "x");
        assert_eq!(split("---\n---").unwrap().body, "");
    }

    #[test]
    fn date_is_a_synonym_and_published_wins() {
        let s = split("---\ndate: April 1, 2025\n---\n").unwrap();
        assert_eq!(s.header.published.unwrap().value, "April 1, 2025");
        let s = split("---\ndate: 2025-01-01\npublished: 2025-02-02\n---\n").unwrap();
        assert_eq!(s.header.published.unwrap().value, "2025-02-02");
        let s = split("---\npublished: 2025-02-02\ndate: 2025-01-01\n---\n").unwrap();
        assert_eq!(s.header.published.unwrap().value, "2025-02-02");
    }

    #[test]
    fn quoted_values() {
        assert_eq!(unquote(r#""He said \"no\"""#), r#"He said "no""#);
        assert_eq!(unquote("'It''s here'"), "It's here");
        assert_eq!(unquote("\"\""), "");
        assert_eq!(unquote("\""), "\"");
        assert_eq!(unquote("plain 'text'"), "plain 'text'");
    }

    #[test]
    fn yaml_extras_are_passed_over() {
        let s = split("---\ntags:\n  - a\n- b\n# note\n\nTITLE: Up\n---\nx").unwrap();
        assert_eq!(s.header.title.as_deref(), Some("Up"));
        assert_eq!(s.body, "x");
    }

    #[test]
    fn unclosed_front_matter() {
        let p = split("---\ntitle: x\nbody").unwrap_err();
        assert_eq!(p.line, 1);
        assert!(p.message.contains("never closed"));
    }

    #[test]
    fn line_without_colon_is_named() {
        let p = split("---\ntitle: x\nnot a pair\n---\n").unwrap_err();
        assert_eq!(p.line, 3);
    }
}
