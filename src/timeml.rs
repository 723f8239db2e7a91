//! A small TimeML reader: the text of `<TEXT>`, the document creation time and the TIMEX3 spans.
//!
//! It reproduces `shared/eval/tml2jsonl.py` exactly, so that gold read from `.tml` files and gold
//! read from the JSON Lines that script writes give the same scores:
//!
//! * the text is the XML character data of the one `TEXT` element with every tag removed,
//!   entities decoded and line ends normalised the XML way (CR LF and a lone CR become LF);
//! * offsets are Unicode code point offsets into that text, end exclusive;
//! * the DCT is the first TIMEX3 (in document order) with `functionInDocument="CREATION_TIME"`,
//!   it is never listed among the timexes, and neither are empty TIMEX3 or TIMEX3 outside TEXT;
//! * timexes are sorted by (start, end), ties kept in the order their end tags close.
//!
//! Only the part of XML that TimeML files use is understood (elements, attributes, the five
//! predefined entities, character references, comments, CDATA, processing instructions and a
//! DOCTYPE); anything else is an error with a line number, never a panic.

/// One TIMEX3 inside TEXT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMlTimex {
    /// Code point offsets into [`TimeMlDoc::text`], end exclusive.
    pub start: usize,
    pub end: usize,
    /// The covered text, `text[start..end]` in code points.
    pub text: String,
    pub tid: Option<String>,
    /// The `type` attribute (DATE, TIME, DURATION, SET) exactly as written.
    pub kind: Option<String>,
    pub value: Option<String>,
}

/// A parsed TimeML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMlDoc {
    /// `YYYY-MM-DD` taken from the DCT value (`1998-01-08T18:30:00` and `19980108` both work).
    /// Always present after [`parse`]; [`parse_lenient`] leaves it `None` when there is none.
    pub dct: Option<String>,
    /// The DCT's `value` attribute exactly as annotated.
    pub dct_value: Option<String>,
    pub text: String,
    pub timexes: Vec<TimeMlTimex>,
}

/// Why a document could not be read: the message, and the line when one place is to blame
/// (a whole-document problem such as a missing TEXT element has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The helpers below report plain messages; the lexer adds the line where it knows it.
impl From<String> for ParseError {
    fn from(message: String) -> Self {
        ParseError {
            line: None,
            message,
        }
    }
}

impl From<&str> for ParseError {
    fn from(message: &str) -> Self {
        message.to_string().into()
    }
}

/// Parses a TimeML document; a missing DCT, or one without a readable date, is an error.
pub fn parse(src: &str) -> Result<TimeMlDoc, ParseError> {
    let doc = parse_lenient(src)?;
    match (&doc.dct, &doc.dct_value) {
        (Some(_), _) => Ok(doc),
        (None, None) => Err("no TIMEX3 with functionInDocument=CREATION_TIME".into()),
        (None, Some(v)) => Err(format!("cannot read a date from DCT value {v:?}").into()),
    }
}

/// Like [`parse`], but a missing or unreadable DCT gives `dct: None` (for system output in TimeML).
pub fn parse_lenient(src: &str) -> Result<TimeMlDoc, ParseError> {
    let src = normalise_line_ends(src.strip_prefix('\u{feff}').unwrap_or(src));
    let mut builder = Builder::default();
    Lexer::new(&src).run(&mut builder)?;
    builder.finish()
}

/// XML line-end normalisation, done before parsing as the XML spec says.
fn normalise_line_ends(src: &str) -> String {
    if !src.contains('\r') {
        return src.to_string();
    }
    src.replace("\r\n", "\n").replace('\r', "\n")
}

/// `YYYY-MM-DD` from a DCT value, as `normalise_dct` of tml2jsonl.py.
fn normalise_dct(value: &str) -> Option<String> {
    let v = value.trim();
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        return Some(v[..10].to_string());
    }
    if digits(0..8) {
        return Some(format!("{}-{}-{}", &v[..4], &v[4..6], &v[6..8]));
    }
    None
}

/// What the lexer reports to its consumer.
trait Sink {
    fn start(&mut self, name: &str, attrs: Vec<(String, String)>) -> Result<(), String>;
    fn end(&mut self, name: &str) -> Result<(), String>;
    fn text(&mut self, text: &str);
}

/// Walks the source and reports tags and character data, checking that tags nest.
struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    open: Vec<String>,
    seen_root: bool,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer {
            src,
            pos: 0,
            open: Vec::new(),
            seen_root: false,
        }
    }

    fn line(&self) -> usize {
        self.line_at(self.pos)
    }

    fn line_at(&self, pos: usize) -> usize {
        self.src.as_bytes()[..pos.min(self.src.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn err(&self, msg: impl std::fmt::Display) -> ParseError {
        ParseError {
            line: Some(self.line()),
            message: msg.to_string(),
        }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn run(mut self, sink: &mut dyn Sink) -> Result<(), ParseError> {
        while self.pos < self.src.len() {
            let rest = self.rest();
            if let Some(body) = rest.strip_prefix("<!--") {
                let end = body
                    .find("-->")
                    .ok_or_else(|| self.err("unclosed comment"))?;
                self.pos += 4 + end + 3;
            } else if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let end = body
                    .find("]]>")
                    .ok_or_else(|| self.err("unclosed CDATA section"))?;
                if self.open.is_empty() {
                    return Err(self.err("CDATA outside the root element"));
                }
                sink.text(&body[..end]);
                self.pos += 9 + end + 3;
            } else if let Some(body) = rest.strip_prefix("<?") {
                let end = body
                    .find("?>")
                    .ok_or_else(|| self.err("unclosed processing instruction"))?;
                self.pos += 2 + end + 2;
            } else if rest.starts_with("<!DOCTYPE") {
                self.skip_doctype()?;
            } else if rest.starts_with("</") {
                self.end_tag(sink)?;
            } else if rest.starts_with('<') {
                self.start_tag(sink)?;
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                let raw = &rest[..end];
                if self.open.is_empty() {
                    if !raw.trim().is_empty() {
                        return Err(self.err("text outside the root element"));
                    }
                } else {
                    // A long TEXT is one chunk: point at the bad '&', not at where it began.
                    let decoded = decode_entities_at(raw).map_err(|(at, e)| ParseError {
                        line: Some(self.line_at(self.pos + at)),
                        message: e,
                    })?;
                    sink.text(&decoded);
                }
                self.pos += end;
            }
        }
        if let Some(name) = self.open.last() {
            return Err(self.err(format!("element <{name}> is not closed")));
        }
        if !self.seen_root {
            return Err("no root element".into());
        }
        Ok(())
    }

    fn skip_doctype(&mut self) -> Result<(), ParseError> {
        // An internal subset in [...] may hold '>' characters.
        let mut depth = 0usize;
        for (i, c) in self.rest().char_indices() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                '>' if depth == 0 => {
                    self.pos += i + 1;
                    return Ok(());
                }
                _ => {}
            }
        }
        Err(self.err("unclosed DOCTYPE"))
    }

    fn end_tag(&mut self, sink: &mut dyn Sink) -> Result<(), ParseError> {
        let rest = self.rest();
        let close = rest.find('>').ok_or_else(|| self.err("unclosed end tag"))?;
        let name = rest[2..close].trim_end();
        if !is_name(name) {
            return Err(self.err(format!("bad end tag </{name}>")));
        }
        match self.open.pop() {
            Some(open) if open == name => {}
            Some(open) => {
                return Err(self.err(format!("mismatched tag: </{name}> closes <{open}>")))
            }
            None => return Err(self.err(format!("end tag </{name}> without a start tag"))),
        }
        sink.end(local(name)).map_err(|e| self.err(e))?;
        self.pos += close + 1;
        Ok(())
    }

    fn start_tag(&mut self, sink: &mut dyn Sink) -> Result<(), ParseError> {
        if self.open.is_empty() && self.seen_root {
            return Err(self.err("a second root element"));
        }
        let rest = self.rest();
        let close = find_tag_end(rest).ok_or_else(|| self.err("unclosed start tag"))?;
        let inner = &rest[1..close];
        let (inner, empty) = match inner.strip_suffix('/') {
            Some(i) => (i, true),
            None => (inner, false),
        };
        let name_end = inner
            .find(|c: char| c.is_whitespace())
            .unwrap_or(inner.len());
        let name = &inner[..name_end];
        if !is_name(name) {
            return Err(self.err(format!("bad tag name {name:?}")));
        }
        let attrs = parse_attrs(&inner[name_end..]).map_err(|e| self.err(e))?;
        self.seen_root = true;
        sink.start(local(name), attrs).map_err(|e| self.err(e))?;
        if empty {
            sink.end(local(name)).map_err(|e| self.err(e))?;
        } else {
            self.open.push(name.to_string());
        }
        self.pos += close + 1;
        Ok(())
    }
}

/// The index of the '>' closing a start tag, skipping quoted attribute values.
fn find_tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            (None, '<') if i > 0 => return None,
            _ => {}
        }
    }
    None
}

fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.'))
}

/// The tag name without a namespace prefix.
fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn parse_attrs(mut s: &str) -> Result<Vec<(String, String)>, String> {
    let mut attrs: Vec<(String, String)> = Vec::new();
    loop {
        let trimmed = s.trim_start();
        if trimmed.is_empty() {
            return Ok(attrs);
        }
        if trimmed.len() == s.len() && !attrs.is_empty() {
            return Err("attributes must be separated by white space".to_string());
        }
        let eq = trimmed.find('=').ok_or("attribute without a value")?;
        let name = trimmed[..eq].trim_end();
        if !is_name(name) {
            return Err(format!("bad attribute name {name:?}"));
        }
        let after = trimmed[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
        let quote = quote.ok_or_else(|| format!("attribute {name} has an unquoted value"))?;
        let close = after[1..]
            .find(quote)
            .ok_or_else(|| format!("attribute {name} is not closed"))?;
        let raw = &after[1..1 + close];
        if raw.contains('<') {
            return Err(format!("'<' in the value of attribute {name}"));
        }
        // Attribute-value normalisation: literal white space becomes a space, then entities.
        let spaced: String = raw
            .chars()
            .map(|c| {
                if matches!(c, '\t' | '\n' | '\r') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let value = decode_entities(&spaced)?;
        if attrs.iter().any(|(n, _)| n == name) {
            return Err(format!("attribute {name} given twice"));
        }
        attrs.push((name.to_string(), value));
        s = &after[1 + close + 1..];
    }
}

fn decode_entities(raw: &str) -> Result<String, String> {
    decode_entities_at(raw).map_err(|(_, e)| e)
}

/// Decodes entity and character references; the error carries the byte offset of the bad '&'.
fn decode_entities_at(raw: &str) -> Result<String, (usize, String)> {
    if !raw.contains('&') {
        return Ok(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let at = raw.len() - rest.len() + amp;
        let after = &rest[amp + 1..];
        // A reference is short; a ';' far away belongs to the text, not to this '&'.
        let semi = after
            .find(';')
            .filter(|&i| !after[..i].contains(char::is_whitespace))
            .ok_or((at, "'&' without ';' (write &amp;)".to_string()))?;
        let name = &after[..semi];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => char_ref(name).ok_or_else(|| (at, format!("undefined entity &{name};")))?,
        };
        out.push(c);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn char_ref(name: &str) -> Option<char> {
    let num = name.strip_prefix('#')?;
    let code = match num.strip_prefix('x') {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse().ok()?,
    };
    char::from_u32(code)
}

/// An open element, while its content is being read.
struct Open {
    name: String,
    attrs: Vec<(String, String)>,
    /// Code point offset in the TEXT content where it started (inside TEXT only).
    start: usize,
    in_text: bool,
}

/// Builds the document from the lexer's events.
#[derive(Default)]
struct Builder {
    stack: Vec<Open>,
    text: String,
    chars: usize,
    text_elements: usize,
    /// Depth of the open TEXT element in `stack`, while inside it.
    text_depth: Option<usize>,
    dct_value: Option<Option<String>>,
    timexes: Vec<TimeMlTimex>,
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| local(n) == name && !n.starts_with("xmlns"))
        .map(|(_, v)| v.as_str())
}

impl Sink for Builder {
    fn start(&mut self, name: &str, attrs: Vec<(String, String)>) -> Result<(), String> {
        let in_text = self.text_depth.is_some();
        if name == "TIMEX3"
            && self.dct_value.is_none()
            && attr(&attrs, "functionInDocument") == Some("CREATION_TIME")
        {
            self.dct_value = Some(attr(&attrs, "value").map(str::to_string));
        }
        if name == "TEXT" {
            self.text_elements += 1;
            if self.text_elements > 1 {
                return Err("more than one TEXT element".to_string());
            }
            self.text_depth = Some(self.stack.len());
        }
        self.stack.push(Open {
            name: name.to_string(),
            attrs,
            start: self.chars,
            in_text,
        });
        Ok(())
    }

    fn end(&mut self, _name: &str) -> Result<(), String> {
        let open = self.stack.pop().ok_or("end tag without a start tag")?;
        if self.text_depth == Some(self.stack.len()) {
            self.text_depth = None;
        }
        let is_dct = attr(&open.attrs, "functionInDocument") == Some("CREATION_TIME");
        if open.name == "TIMEX3" && open.in_text && !is_dct && self.chars > open.start {
            let text = slice_chars(&self.text, open.start, self.chars);
            self.timexes.push(TimeMlTimex {
                start: open.start,
                end: self.chars,
                text,
                tid: attr(&open.attrs, "tid").map(str::to_string),
                kind: attr(&open.attrs, "type").map(str::to_string),
                value: attr(&open.attrs, "value").map(str::to_string),
            });
        }
        Ok(())
    }

    fn text(&mut self, text: &str) {
        if self.text_depth.is_some() {
            self.text.push_str(text);
            self.chars += text.chars().count();
        }
    }
}

impl Builder {
    fn finish(mut self) -> Result<TimeMlDoc, ParseError> {
        if self.text_elements != 1 {
            return Err(format!(
                "expected exactly one TEXT element, found {}",
                self.text_elements
            )
            .into());
        }
        // Stable: timexes with equal spans keep the order in which they closed, as in Python.
        self.timexes.sort_by_key(|t| (t.start, t.end));
        let dct_value = self.dct_value.flatten();
        Ok(TimeMlDoc {
            dct: dct_value.as_deref().and_then(normalise_dct),
            dct_value,
            text: self.text,
            timexes: self.timexes,
        })
    }
}

/// `text[from..to]` in code points.
fn slice_chars(text: &str, from: usize, to: usize) -> String {
    text.chars().skip(from).take(to - from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<?xml version=\"1.0\" ?>\r\n<TimeML>\r\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"19980108\" \
        functionInDocument=\"CREATION_TIME\">Jan 8</TIMEX3></DCT>\r\n<TITLE><TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1998\">1998</TIMEX3></TITLE>\
        <TEXT>\r\nAT&amp;T said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> \
        <!-- c --><TIMEX3 tid=\"t2\" type=\"DATE\" value=\"X\"/>it rose <![CDATA[<5%]]> in \
        <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P1W\">a <EVENT>week</EVENT></TIMEX3>.\r</TEXT></TimeML>";

    #[test]
    fn reads_text_dct_and_offsets_like_tml2jsonl() {
        let doc = parse(DOC).unwrap();
        assert_eq!(doc.dct.as_deref(), Some("1998-01-08"));
        assert_eq!(doc.dct_value.as_deref(), Some("19980108"));
        assert_eq!(doc.text, "\nAT&T said yesterday it rose <5% in a week.\n");
        let spans: Vec<_> = doc
            .timexes
            .iter()
            .map(|t| (t.start, t.end, t.text.as_str()))
            .collect();
        // The empty t2 and the t9 in TITLE are skipped (figures checked against tml2jsonl.py).
        assert_eq!(spans, [(11, 20, "yesterday"), (36, 42, "a week")]);
        assert_eq!(doc.timexes[1].kind.as_deref(), Some("DURATION"));
    }

    #[test]
    fn offsets_are_code_points() {
        let src = "<T><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"2025-04-17T10:00\"/>\
            <TEXT>Zürich, <TIMEX3 value=\"2025\">2025</TIMEX3></TEXT></T>";
        let doc = parse(src).unwrap();
        assert_eq!(doc.dct.as_deref(), Some("2025-04-17"));
        assert_eq!((doc.timexes[0].start, doc.timexes[0].end), (8, 12));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        for src in [
            "",
            "<T><TEXT>a</T>",
            "<T><TEXT>a &nbsp; b</TEXT></T>",
            "<T><TEXT>x</TEXT></T>",
            "<T><TEXT a=b>x</TEXT></T>",
            "<T><TEXT>x</TEXT><TEXT>y</TEXT></T>",
            "<T><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"soon\"/><TEXT/></T>",
            "<T><!-- open",
            "<T",
        ] {
            assert!(parse(src).is_err(), "{src:?} should be an error");
        }
        assert!(parse_lenient("<T><TEXT>x</TEXT></T>")
            .unwrap()
            .dct
            .is_none());
    }
}
