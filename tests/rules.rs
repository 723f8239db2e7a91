//! Every rule's examples: the rule must match the whole example (after a leading preposition).

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
            let sentence = format!("It was {example}.");
            let doc = Document::new("rule", published, sentence.clone());
            let found = annotate(&doc);
            let want = example.trim_start_matches("in ").trim_start_matches("on ");
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
