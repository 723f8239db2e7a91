//! Every rule's examples: the rule must match the whole example (after a leading preposition),
//! or the part in brackets when the example has some context around it.

use chrono::NaiveDate;
use timeliner::timex::rules::RULES;
use timeliner::{annotate, Document};

#[test]
fn every_rule_matches_its_examples() {
    let published = NaiveDate::from_ymd_opt(2025, 4, 17).expect("date");
    let mut failures = Vec::new();
    for rule in RULES {
        assert!(
            !rule.examples.is_empty(),
            "rule {} has no examples",
            rule.name
        );
        for example in rule.examples {
            // "the [current] market": the brackets mark the part the rule must match.
            let (phrase, want) = match (example.find('['), example.find(']')) {
                (Some(a), Some(b)) if a < b => {
                    (example.replace(['[', ']'], ""), &example[a + 1..b])
                }
                _ => (
                    example.to_string(),
                    example.trim_start_matches("in ").trim_start_matches("on "),
                ),
            };
            let sentence = format!("It was {phrase}.");
            let doc = Document::new("rule", published, sentence.clone());
            let found = annotate(&doc);
            let ok = found
                .iter()
                .any(|t| (t.rule == rule.name || t.rule == "range_end") && t.text == want);
            if !ok {
                failures.push(format!(
                    "{}: {example:?} -> {:?}",
                    rule.name,
                    found
                        .iter()
                        .map(|t| (t.rule, t.text.as_str()))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
