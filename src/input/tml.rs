//! TimeML (`.tml`) articles: one document per file. The text is the character data of `<TEXT>`
//! with every tag removed (read by [`crate::timeml`], the same reader `eval` uses for gold), the
//! publication date is the date of the DCT, and the id is the file stem.
//!
//! The annotations already in the file are not used: the document is annotated afresh, so that
//! a gold file can be fed in and compared with what comes out.

use super::decode::decode_all;
use super::record::NO_DATE;
use super::{InputOptions, Origin, Skipped};
use crate::timeml;
use crate::Document;
use chrono::NaiveDate;

/// What to do about a file that is not TimeML we can read.
const FIX: &str = "a .tml file needs well-formed XML with one <TEXT> element";

/// Read one TimeML article from the whole of its bytes.
pub fn read(origin: &Origin, bytes: Vec<u8>, opts: &InputOptions) -> Result<Document, Skipped> {
    let src = decode_all(bytes).map_err(|(line, reason)| origin.skip(line, reason))?;
    if src.trim().is_empty() {
        return Err(origin.skip(None, super::EMPTY.to_string()));
    }
    let doc = timeml::parse_lenient(&src).map_err(|e| {
        origin.skip(
            e.line,
            format!("not a TimeML document: {} ({FIX})", e.message),
        )
    })?;
    if doc.text.trim().is_empty() {
        return Err(origin.skip(None, "the <TEXT> element is empty".to_string()));
    }
    let published = match (&doc.dct, &doc.dct_value) {
        (Some(date), _) => NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| {
            origin.skip(
                None,
                format!("the DCT value {date:?} is not a calendar date; correct it in the file"),
            )
        })?,
        // A DCT that is there but holds no date is a broken file, not a missing date: filling
        // it in from --published would hide the problem.
        (None, Some(value)) => {
            return Err(origin.skip(
                None,
                format!("cannot read a date from the DCT value {value:?}; give it as YYYY-MM-DD"),
            ))
        }
        (None, None) => opts.published.ok_or_else(|| {
            origin.skip(
                None,
                format!("{NO_DATE} (or a DCT: <TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"YYYY-MM-DD\"/>)"),
            )
        })?,
    };
    Ok(Document {
        id: origin.stem.clone(),
        published,
        title: None,
        url: None,
        text: doc.text,
        source: origin.path.display().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn origin() -> Origin {
        Origin {
            path: PathBuf::from("dir/story.tml"),
            stem: "story".to_string(),
        }
    }

    fn read_str(src: &str, published: Option<NaiveDate>) -> Result<Document, Skipped> {
        let opts = InputOptions {
            published,
            stdin_format: None,
        };
        read(&origin(), src.as_bytes().to_vec(), &opts)
    }

    #[test]
    fn dct_with_a_time_gives_the_date() {
        let doc = read_str(
            "<TimeML><DCT><TIMEX3 tid=\"t0\" functionInDocument=\"CREATION_TIME\" \
             value=\"1998-01-08T18:30:00\">x</TIMEX3></DCT><TEXT>On <TIMEX3 tid=\"t1\">Monday</TIMEX3> it rained.</TEXT></TimeML>",
            None,
        )
        .unwrap();
        assert_eq!(doc.published, NaiveDate::from_ymd_opt(1998, 1, 8).unwrap());
        assert_eq!(doc.text, "On Monday it rained.");
        assert_eq!(doc.id, "story");
    }

    #[test]
    fn published_fills_in_only_when_there_is_no_dct() {
        let src = "<TimeML><TEXT>It rained.</TEXT></TimeML>";
        let day = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
        assert_eq!(read_str(src, Some(day)).unwrap().published, day);
        assert!(read_str(src, None)
            .unwrap_err()
            .reason
            .contains("--published"));
        let bad_dct = "<TimeML><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"soon\"/>\
                       <TEXT>It rained.</TEXT></TimeML>";
        assert!(read_str(bad_dct, Some(day)).is_err());
        let impossible =
            "<TimeML><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"2025-02-30\"/>\
                          <TEXT>It rained.</TEXT></TimeML>";
        assert!(read_str(impossible, Some(day)).is_err());
    }

    #[test]
    fn broken_files_name_the_line() {
        let skipped = read_str("<TimeML>\n<TEXT>\nA & B\n</TEXT></TimeML>", None).unwrap_err();
        assert_eq!(skipped.line, Some(3));
        assert!(
            skipped.reason.contains("not a TimeML document"),
            "{}",
            skipped.reason
        );
        let no_text = read_str("<TimeML><DCT/></TimeML>", None).unwrap_err();
        assert!(no_text.reason.contains("TEXT"), "{}", no_text.reason);
        assert!(read_str("<TimeML><TEXT> </TEXT></TimeML>", None).is_err());
    }
}
