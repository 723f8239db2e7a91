//! Segmentation: tokens and sentences with byte spans into the text, computed once per document.

pub mod html;
mod offsets;
mod segment;
mod tokenize;

pub use offsets::CharOffsets;
pub use segment::{sentences, Sentence};
pub use tokenize::{tokenize, Token, TokenKind};
