//! The seed article: every expression and value of ../shared/seed/README.md's table, every
//! ordering it lists as a BEFORE relation (direct or through a chain), and nothing from the
//! page footer or the repeated headline.

use std::path::PathBuf;
use timeliner::input::{read_all, InputOptions};
use timeliner::timeline::{build, RelationType, Timeline};

fn seed() -> Timeline {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/000_4cca23197704bf7c.txt");
    let docs = read_all(&[path], &InputOptions::default()).expect("seed sample reads");
    build(&docs)
}

#[test]
fn every_expression_of_the_table() {
    let t = seed();
    let table = [
        ("Thursday", "2025-04-17"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("Sunday", "2025-04-13"),
        ("later in the day", "2025-04-17"),
        ("five-hour", "PT5H"),
        ("last week", "2025-W15"),
        ("Saturday", "2025-04-19"),
        ("45-minute", "PT45M"),
        ("last weekend", "2025-W15-WE"),
        ("2018", "2018"),
        ("earlier this week", "2025-W16"),
    ];
    for (text, value) in table {
        assert!(
            t.timexes.iter().any(|x| x.text == text && x.value == value),
            "missing {text:?} = {value}; found {:?}",
            t.timexes
                .iter()
                .map(|x| (&x.text, &x.value))
                .collect::<Vec<_>>()
        );
    }
    let weekend = t
        .timexes
        .iter()
        .find(|x| x.text == "last weekend")
        .expect("last weekend");
    let iv = weekend.interval.expect("interval");
    assert_eq!(
        iv.start.map(|d| d.date().to_string()),
        Some("2025-04-12".to_string())
    );
    assert_eq!(
        iv.end.map(|d| d.date().to_string()),
        Some("2025-04-14".to_string())
    );
    let earlier = t
        .timexes
        .iter()
        .find(|x| x.text == "earlier this week")
        .expect("earlier this week");
    let iv = earlier.interval.expect("interval");
    assert_eq!(
        iv.end.map(|d| d.date().to_string()),
        Some("2025-04-17".to_string()),
        "clipped at the publication day"
    );
}

/// Is there a chain of BEFORE relations from an event whose text holds `a` to one holding `b`?
fn before(t: &Timeline, a: &str, b: &str) -> bool {
    let starts: Vec<usize> = (0..t.events.len())
        .filter(|&i| t.events[i].text.contains(a))
        .collect();
    let mut seen = vec![false; t.events.len()];
    let mut stack: Vec<usize> = starts;
    while let Some(i) = stack.pop() {
        for r in t
            .relations
            .iter()
            .filter(|r| r.from == i && r.kind == RelationType::Before)
        {
            if t.events[r.to].text.contains(b) {
                return true;
            }
            if !seen[r.to] {
                seen[r.to] = true;
                stack.push(r.to);
            }
        }
    }
    false
}

#[test]
fn every_stated_ordering_is_a_before_chain() {
    let t = seed();
    let pairs = [
        (
            "Bonne had joined his British and German counterparts",
            "welcomed Witkoff",
        ),
        ("welcomed Witkoff", "a working lunch"),
        ("meeting between the two in Oman", "travel to Rome"),
        (
            "Trump made it public",
            "European governments were reportedly not informed",
        ),
        (
            "Bonne had joined his British and German counterparts",
            "Yermak was also scheduled to join",
        ),
    ];
    for (a, b) in pairs {
        assert!(before(&t, a, b), "no BEFORE chain from {a:?} to {b:?}");
    }
}

#[test]
fn footer_and_headline_yield_nothing() {
    let t = seed();
    for e in &t.events {
        assert!(
            !e.sentence.contains("Leave a comment") && !e.sentence.contains("Required fields"),
            "footer event: {}",
            e.text
        );
        assert!(
            !e.sentence.contains("Seek Tougher U.S. Stance"),
            "headline event: {}",
            e.text
        );
    }
    // Expressions start after the headlines and stop before the footer.
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/000_4cca23197704bf7c.txt"),
    )
    .expect("seed");
    let footer = text.find("Leave a comment").expect("footer");
    let body = text.split("\n---\n").nth(1).expect("body");
    let headlines = 2 * body.find('\n').expect("headline line");
    for x in &t.timexes {
        assert!(
            x.start > headlines && x.end < footer,
            "expression {:?} in the headline or footer",
            x.text
        );
    }
}

#[test]
fn order_is_deterministic() {
    let a = seed();
    let b = seed();
    assert_eq!(a, b);
}
