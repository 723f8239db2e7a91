//! Byte offsets to Unicode code point offsets, the unit every export uses.

/// Converts byte offsets of one text into code point offsets.
///
/// For pure ASCII text the two are equal and nothing is stored; otherwise a table holds the code
/// point count at every 64-byte block, so one lookup costs at most 64 bytes of counting.
pub struct CharOffsets<'a> {
    text: &'a str,
    blocks: Option<Vec<usize>>,
}

const BLOCK: usize = 64;

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return CharOffsets { text, blocks: None };
        }
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        // (the count at the end, for the offset of the text's end when its length is a whole
        // number of blocks: without it that offset read as 0)
        blocks.push(count);
        CharOffsets {
            text,
            blocks: Some(blocks),
        }
    }

    /// The code point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        match &self.blocks {
            None => byte,
            Some(blocks) => {
                let block = byte / BLOCK;
                let base = blocks.get(block).copied().unwrap_or(0);
                let from = block * BLOCK;
                base + self.text.as_bytes()[from..byte]
                    .iter()
                    .filter(|&&b| (b & 0xC0) != 0x80)
                    .count()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points_not_bytes() {
        let text = "Zürich—Genève 2025 ".repeat(20);
        let offsets = CharOffsets::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_of(byte), chars);
        }
        assert_eq!(offsets.char_of(text.len()), text.chars().count());
    }

    #[test]
    fn the_end_of_a_text_of_whole_blocks_is_its_length() {
        // 62 bytes of ASCII and a two-byte letter: 64 bytes, 63 code points
        let text = format!("{}é", "a".repeat(62));
        assert_eq!(text.len(), 64);
        let offsets = CharOffsets::new(&text);
        assert_eq!(offsets.char_of(text.len()), 63);
        let longer = text.repeat(3);
        assert_eq!(CharOffsets::new(&longer).char_of(longer.len()), 189);
    }

    #[test]
    fn ascii_is_identity() {
        let offsets = CharOffsets::new("on Saturday");
        assert_eq!(offsets.char_of(3), 3);
    }
}
