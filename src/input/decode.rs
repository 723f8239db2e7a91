//! Turning bytes into UTF-8 text: byte-order marks, UTF-16, and clear messages for files
//! that are not UTF-8.
//!
//! Readers that stream (JSON Lines, CSV) wrap their source in [`decoding_reader`], which
//! removes a UTF-8 byte-order mark and transcodes UTF-16 on the fly, so a multi-gigabyte
//! UTF-16 file never has to sit in memory. Whole-file readers use [`decode_all`], which goes
//! through the same reader so both paths agree on every byte.

use std::io::{self, Cursor, Read};

/// The reader type every input format reads from: already UTF-8 (or invalid bytes that the
/// format reader reports), with no byte-order mark.
pub type Decoded = Box<dyn Read + Send>;

/// How the first bytes of a source say it is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// Wrap `inner` so that reading it yields UTF-8 bytes: a UTF-8 byte-order mark is dropped,
/// UTF-16 with a byte-order mark (either endianness) is transcoded, anything else passes
/// through untouched (UTF-8 validity is checked later, where a line number is known).
pub fn decoding_reader<R: Read + Send + 'static>(mut inner: R) -> io::Result<Decoded> {
    // Read up to three bytes by hand: a single `read` on a pipe may return fewer bytes than
    // the mark is long, and a mark split in two must still be recognised.
    let mut head = [0u8; 3];
    let mut got = 0;
    while got < head.len() {
        match inner.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    let head = &head[..got];
    let (encoding, mark_len) = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        (Encoding::Utf8, 3)
    } else if head.starts_with(&[0xFF, 0xFE]) {
        (Encoding::Utf16Le, 2)
    } else if head.starts_with(&[0xFE, 0xFF]) {
        (Encoding::Utf16Be, 2)
    } else {
        (Encoding::Utf8, 0)
    };
    // Put back whatever was read past the mark.
    let rest = Cursor::new(head[mark_len..].to_vec()).chain(inner);
    Ok(match encoding {
        Encoding::Utf8 => Box::new(rest),
        Encoding::Utf16Le => Box::new(Utf16Reader::new(rest, false)),
        Encoding::Utf16Be => Box::new(Utf16Reader::new(rest, true)),
    })
}

/// Decode a whole file's bytes into a string. The error is the line of the first bad byte
/// (when known, so the warning can point at it) and a message that says what to do.
pub fn decode_all(bytes: Vec<u8>) -> Result<String, (Option<usize>, String)> {
    let mut reader = decoding_reader(Cursor::new(bytes)).map_err(|e| (None, e.to_string()))?;
    let mut utf8 = Vec::new();
    reader
        .read_to_end(&mut utf8)
        .map_err(|e| (None, format!("{e}; save the file as UTF-8")))?;
    String::from_utf8(utf8).map_err(|e| {
        let bytes = e.as_bytes();
        let line = line_of(bytes, e.utf8_error().valid_up_to());
        (Some(line), not_utf8_message(Some(line)))
    })
}

/// The message for bytes that are not UTF-8 (`line` when the bad byte's line is known).
pub fn not_utf8_message(line: Option<usize>) -> String {
    match line {
        Some(line) => {
            format!("the file is not UTF-8 (first invalid byte on line {line}); save it as UTF-8")
        }
        None => "the file is not UTF-8; save it as UTF-8".to_string(),
    }
}

/// 1-based line number of the byte at `offset`.
pub fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Streams UTF-16 code units from `inner` out as UTF-8 bytes.
///
/// An unpaired surrogate or an odd trailing byte is an `InvalidData` error rather than a
/// silent U+FFFD: the user should learn that the file is damaged.
struct Utf16Reader<R> {
    inner: R,
    big_endian: bool,
    /// Raw bytes read but not decoded yet (at most one odd byte between reads).
    carry: Option<u8>,
    /// A high surrogate waiting for its low half.
    high: Option<u16>,
    /// Decoded UTF-8 not handed out yet, and how much of it has been.
    out: Vec<u8>,
    out_pos: usize,
    /// Code units decoded so far, to say where a problem is.
    units: u64,
    done: bool,
}

impl<R: Read> Utf16Reader<R> {
    fn new(inner: R, big_endian: bool) -> Self {
        Utf16Reader {
            inner,
            big_endian,
            carry: None,
            high: None,
            out: Vec::new(),
            out_pos: 0,
            units: 0,
            done: false,
        }
    }

    fn bad(&self, what: &str) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "the UTF-16 text is damaged ({what} at code unit {})",
                self.units
            ),
        )
    }

    /// Decode the next chunk of the source into `out`. Returns false at the end.
    fn refill(&mut self) -> io::Result<bool> {
        let mut raw = [0u8; 8192];
        let n = loop {
            match self.inner.read(&mut raw) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        self.out.clear();
        self.out_pos = 0;
        if n == 0 {
            self.done = true;
            if self.carry.is_some() {
                return Err(self.bad("an odd number of bytes"));
            }
            if self.high.is_some() {
                return Err(self.bad("a surrogate without its pair"));
            }
            return Ok(false);
        }
        let mut bytes = Vec::with_capacity(n + 1);
        bytes.extend(self.carry.take());
        bytes.extend_from_slice(&raw[..n]);
        if bytes.len() % 2 == 1 {
            self.carry = bytes.pop();
        }
        for pair in bytes.chunks_exact(2) {
            let unit = if self.big_endian {
                u16::from_be_bytes([pair[0], pair[1]])
            } else {
                u16::from_le_bytes([pair[0], pair[1]])
            };
            self.units += 1;
            let ch = match (self.high.take(), unit) {
                (Some(high), 0xDC00..=0xDFFF) => {
                    let code =
                        0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(unit) - 0xDC00);
                    char::from_u32(code)
                }
                (Some(_), _) => return Err(self.bad("a surrogate without its pair")),
                (None, 0xD800..=0xDBFF) => {
                    self.high = Some(unit);
                    continue;
                }
                (None, 0xDC00..=0xDFFF) => return Err(self.bad("a surrogate without its pair")),
                (None, _) => char::from_u32(u32::from(unit)),
            };
            // Every value reaching here is a valid scalar value by construction; the
            // fallback only keeps this free of panics.
            let ch = ch.unwrap_or(char::REPLACEMENT_CHARACTER);
            let mut buf = [0u8; 4];
            self.out
                .extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        Ok(true)
    }
}

impl<R: Read> Read for Utf16Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Loop because a chunk may decode to nothing (a lone high surrogate at its end).
        while self.out_pos >= self.out.len() {
            if self.done || !self.refill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            if big_endian {
                bytes.extend_from_slice(&unit.to_be_bytes());
            } else {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
        }
        bytes
    }

    #[test]
    fn plain_utf8_passes_through() {
        assert_eq!(decode_all(b"caf\xC3\xA9".to_vec()).unwrap(), "café");
    }

    #[test]
    fn utf8_mark_is_dropped() {
        assert_eq!(decode_all(b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
        assert_eq!(decode_all(b"\xEF\xBB\xBF".to_vec()).unwrap(), "");
    }

    #[test]
    fn utf16_both_endiannesses_with_astral_chars() {
        let text = "Zoë met 🙂 on\nApril 17";
        assert_eq!(decode_all(utf16(text, false)).unwrap(), text);
        assert_eq!(decode_all(utf16(text, true)).unwrap(), text);
    }

    #[test]
    fn utf16_split_across_chunks() {
        // Longer than one 8192-byte chunk, with a surrogate pair at every position parity.
        let text = "a🙂".repeat(3000);
        assert_eq!(decode_all(utf16(&text, false)).unwrap(), text);
    }

    #[test]
    fn damaged_utf16_is_an_error_not_a_panic() {
        let mut odd = utf16("abc", false);
        odd.push(0x41);
        assert!(decode_all(odd)
            .unwrap_err()
            .1
            .contains("odd number of bytes"));
        let lone = vec![0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        assert!(decode_all(lone).unwrap_err().1.contains("surrogate"));
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let (line, err) = decode_all(b"one\ntwo \xFF\n".to_vec()).unwrap_err();
        assert_eq!(line, Some(2));
        assert!(err.contains("not UTF-8"), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn nul_bytes_are_text() {
        assert_eq!(decode_all(b"a\0b".to_vec()).unwrap(), "a\0b");
    }
}
