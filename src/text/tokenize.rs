//! The tokenizer: one pass over the text, no regular expressions.
//!
//! Words are runs of letters (with inner apostrophes: "Bonne's", "o'clock"), numbers are runs of
//! digits with letters attached ("1990s", "5th"), everything else is one punctuation token.
//! Rules later look at adjacency (`space_before`) to glue "4/17/2025" or "p.m." back together.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// Starts with a digit: "2025", "17th", "1990s".
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// Whitespace separates it from the token before.
    pub space_before: bool,
    /// A line break (or more) separates it from the token before.
    pub newline_before: bool,
    /// The first character is an upper-case letter.
    pub capitalized: bool,
}

impl Token {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Splits `text` into tokens. Non-ASCII letters are kept inside words; other non-ASCII
/// characters (dashes, quotes) are single punctuation tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(bytes.len() / 5);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            if b == b'\n' {
                newline_before = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if b.is_ascii_digit() {
            kind = TokenKind::Number;
            while i < bytes.len() && is_word_byte(bytes[i]) {
                i += 1;
            }
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_letter(text, i)) {
            kind = TokenKind::Word;
            loop {
                if i >= bytes.len() {
                    break;
                }
                let c = bytes[i];
                if is_word_byte(c) {
                    i += 1;
                } else if c >= 0x80 && starts_letter(text, i) {
                    i += utf8_len(c);
                } else if (c == b'\'' || is_curly_apostrophe(bytes, i))
                    && i + apostrophe_len(bytes, i) < bytes.len()
                    && bytes[i + apostrophe_len(bytes, i)].is_ascii_alphabetic()
                {
                    i += apostrophe_len(bytes, i);
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
            i += if b >= 0x80 { utf8_len(b) } else { 1 };
        }
        tokens.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            space_before,
            newline_before,
            capitalized: b.is_ascii_uppercase(),
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn starts_letter(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_alphabetic())
}

/// U+2019 RIGHT SINGLE QUOTATION MARK, the apostrophe of typeset text.
fn is_curly_apostrophe(bytes: &[u8], i: usize) -> bool {
    bytes.get(i..i + 3) == Some(&[0xE2, 0x80, 0x99])
}

fn apostrophe_len(bytes: &[u8], i: usize) -> usize {
    if bytes[i] == b'\'' {
        1
    } else {
        3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.range()]).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("On 4/17/2025, Bonne’s 45-minute talk at 3 p.m."),
            vec![
                "On",
                "4",
                "/",
                "17",
                "/",
                "2025",
                ",",
                "Bonne’s",
                "45",
                "-",
                "minute",
                "talk",
                "at",
                "3",
                "p",
                ".",
                "m",
                "."
            ]
        );
    }

    #[test]
    fn keeps_decades_and_ordinals_whole() {
        assert_eq!(
            words("the 1990s and the 5th"),
            vec!["the", "1990s", "and", "the", "5th"]
        );
    }

    #[test]
    fn records_spacing() {
        let toks = tokenize("a 4/17");
        assert!(toks[1].space_before);
        assert!(!toks[2].space_before);
    }
}
