//! HTML left in scraped articles: markup blanked out, byte for byte.
//!
//! Only a text that looks like HTML (at least two known tags) is touched, so "a < b" or
//! "<3" in prose stays as it is. Tags become spaces, `<script>` and `<style>` blocks become
//! spaces up to their closing tag, and an entity (`&nbsp;`, `&amp;`, `&#8220;`) becomes its
//! character followed by spaces. Every replacement has the length of what it replaces and line
//! breaks stay where they were, so **byte offsets into the cleaned text are byte offsets into
//! the original**; code point offsets differ only where an entity stood for
//! a non-ASCII character. A block tag (`<p>`, `<br>`, `<div>`, `<li>`, `<h1>`...) starts with a
//! line break, so paragraphs and headlines end sentences as they do on screen.

/// Tags that mark a text as HTML, and which of them end a block.
const TAGS: &[(&str, bool)] = &[
    ("html", true),
    ("head", true),
    ("body", true),
    ("title", true),
    ("meta", false),
    ("link", false),
    ("script", true),
    ("style", true),
    ("p", true),
    ("br", true),
    ("div", true),
    ("span", false),
    ("a", false),
    ("b", false),
    ("i", false),
    ("em", false),
    ("strong", false),
    ("li", true),
    ("ul", true),
    ("ol", true),
    ("h1", true),
    ("h2", true),
    ("h3", true),
    ("h4", true),
    ("h5", true),
    ("h6", true),
    ("table", true),
    ("tr", true),
    ("td", false),
    ("th", false),
    ("img", false),
    ("article", true),
    ("section", true),
    ("header", true),
    ("footer", true),
    ("nav", true),
    ("figure", true),
    ("figcaption", true),
    ("blockquote", true),
    ("!doctype", true),
];

/// The longest tag worth looking for a `>` in; a lone `<` does not make the rest a tag.
const MAX_TAG: usize = 2048;

/// The next `>` at or after a position that only moves forward, found once: looking for it
/// from every `<` anew would be quadratic in a text full of `<` and no `>`.
#[derive(Default)]
struct NextGt {
    /// (searched from, found at).
    cached: Option<(usize, Option<usize>)>,
}

impl NextGt {
    fn from(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if let Some((searched, found)) = self.cached {
            match found {
                Some(at) if at >= from => return Some(at),
                None if searched <= from => return None,
                _ => {}
            }
        }
        let found = bytes
            .get(from..)?
            .iter()
            .position(|&b| b == b'>')
            .map(|p| p + from);
        self.cached = Some((from, found));
        found
    }
}

/// A tag at `i` (which holds `<`): its end (one past `>`), its name, whether it closes
/// (`</p>`) and whether it ends a block, when the name is a known one.
fn tag_at(
    bytes: &[u8],
    i: usize,
    next_gt: &mut NextGt,
) -> Option<(usize, &'static str, bool, bool)> {
    let mut j = i + 1;
    let closing = bytes.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'!') {
        j += 1;
    }
    let name = std::str::from_utf8(&bytes[name_start..j]).ok()?;
    let &(known, block) = TAGS.iter().find(|(t, _)| t.eq_ignore_ascii_case(name))?;
    // The name must end there: `<pre>` is not `<p>`.
    if !matches!(
        bytes.get(j),
        Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')
    ) {
        return None;
    }
    let end = next_gt.from(bytes, j)? + 1;
    (end - i <= MAX_TAG).then_some((end, known, closing, block))
}

/// Does the text hold at least two known tags?
pub fn looks_like_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut found = 0;
    let mut next_gt = NextGt::default();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'<' && tag_at(bytes, i, &mut next_gt).is_some() {
            found += 1;
            if found >= 2 {
                return true;
            }
        }
    }
    false
}

/// Replaces `bytes[from..to]` with spaces, keeping line breaks.
fn blank(out: &mut [u8], from: usize, to: usize) {
    for b in &mut out[from..to] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// The character an entity at `i` (which holds `&`) stands for, and the entity's end.
fn entity_at(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let end = bytes[i..bytes.len().min(i + 12)]
        .iter()
        .position(|&b| b == b';')?
        + i;
    let body = std::str::from_utf8(&bytes[i + 1..end]).ok()?;
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "hellip" => '…',
            "copy" => '©',
            "eacute" => 'é',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

/// The text of a document: with its markup blanked out if it looks like HTML.
pub fn clean(text: String) -> String {
    blank_markup(&text).unwrap_or(text)
}

/// The text with its markup blanked out (see the module comment), or `None` when it does
/// not look like HTML and is left alone.
pub fn blank_markup(text: &str) -> Option<String> {
    if !looks_like_html(text) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut next_gt = NextGt::default();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                if bytes[i..].starts_with(b"<!--") {
                    let end = find(bytes, i + 4, b"-->").map_or(bytes.len(), |e| e + 3);
                    blank(&mut out, i, end);
                    i = end;
                    continue;
                }
                let Some((end, name, closing, block)) = tag_at(bytes, i, &mut next_gt) else {
                    i += 1;
                    continue;
                };
                let mut end = end;
                if !closing && (name == "script" || name == "style") {
                    // Up to and including the closing tag; an unclosed block runs to the end.
                    let close = format!("</{name}");
                    end = find_ignore_case(bytes, end, close.as_bytes())
                        .and_then(|c| {
                            bytes[c..]
                                .iter()
                                .position(|&b| b == b'>')
                                .map(|p| c + p + 1)
                        })
                        .unwrap_or(bytes.len());
                }
                blank(&mut out, i, end);
                if block && out[i] == b' ' {
                    out[i] = b'\n';
                }
                i = end;
            }
            b'&' => match entity_at(bytes, i) {
                Some((c, end)) if c.len_utf8() <= end - i => {
                    blank(&mut out, i, end);
                    c.encode_utf8(&mut out[i..end]);
                    i = end;
                }
                _ => i += 1,
            },
            _ => i += 1,
        }
    }
    // Whole characters were replaced by ASCII or by whole characters, so this holds; the
    // original is kept if it somehow does not.
    String::from_utf8(out).ok()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_ignore_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_with_angle_brackets_is_left_alone() {
        assert_eq!(blank_markup("if a < b and c > d, <3"), None);
        assert_eq!(blank_markup("one <p> tag alone"), None);
    }

    #[test]
    fn tags_scripts_and_entities_are_blanked_to_the_same_length() {
        let page = "<html><body><script>var x = \"last year\";</script>\
                    <p>Met on&nbsp;Monday &amp; left &#8220;soon&#8221;.</p></body></html>";
        let clean = blank_markup(page).unwrap();
        assert_eq!(clean.len(), page.len());
        assert!(!clean.contains("last year"), "{clean}");
        assert!(!clean.contains('<'), "{clean}");
        assert!(
            clean.contains("Met on      Monday &     left “"),
            "{clean:?}"
        );
        // The same bytes are where they were.
        let at = page.find("Monday").unwrap();
        assert_eq!(&clean[at..at + 6], "Monday");
    }

    #[test]
    fn block_tags_break_lines() {
        let page = "<h1>Flood</h1>\n<p>The river rose\non Monday.</p><p>Next</p>";
        let clean = blank_markup(page).unwrap();
        assert_eq!(clean.len(), page.len());
        assert!(clean.lines().any(|l| l.trim() == "Flood"), "{clean:?}");
        assert!(
            clean.lines().any(|l| l.trim() == "The river rose"),
            "{clean:?}"
        );
        assert!(clean.lines().any(|l| l.trim() == "Next"), "{clean:?}");
    }

    #[test]
    fn many_open_brackets_without_a_close_stay_linear() {
        let text = "<p ".repeat(2_000_000);
        // Each `>` is looked for once, not once per `<` (this would take minutes otherwise).
        assert_eq!(blank_markup(&text), None);
    }

    #[test]
    fn an_unclosed_script_or_comment_runs_to_the_end() {
        let clean = blank_markup("<p>Hi</p><script>var a = 'Friday'").unwrap();
        assert!(!clean.contains("Friday"));
        let clean = blank_markup("<p>Hi</p><!-- Friday").unwrap();
        assert!(!clean.contains("Friday"));
    }
}
