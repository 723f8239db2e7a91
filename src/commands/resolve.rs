//! `timeliner resolve`: one expression against a publication date, optionally inside a sentence
//! that gives it its tense, with the value, interval, grain and reason.

use crate::cli::ResolveArgs;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::export::format::instant;
use std::process::ExitCode;

pub fn run(args: ResolveArgs) -> Result<ExitCode> {
    let published = crate::input::parse_date(&args.published).map_err(|e| {
        Error::new(format!("--published {:?}: {e}", args.published))
            .hint("give a date such as 2025-04-17 or \"April 17, 2025\"")
    })?;
    let text = args
        .context
        .clone()
        .unwrap_or_else(|| args.expression.clone());
    let Some(at) = find_case_insensitive(&text, &args.expression) else {
        return Err(Error::new(format!(
            "the context does not contain {:?}",
            args.expression
        ))
        .hint("give a --context sentence that holds the expression"));
    };
    let doc = Document::new("resolve", published, text.clone());
    let ann = crate::annotate::annotate_full(&doc);
    let span = at..at + args.expression.len();
    let Some(t) = ann
        .timexes
        .iter()
        .find(|t| t.start < span.end && span.start < t.end)
    else {
        println!("no temporal expression found in {:?}", args.expression);
        return Ok(ExitCode::from(1));
    };
    if args.json {
        let v = serde_json::json!({
            "text": t.text,
            "type": t.value.kind.as_str(),
            "value": t.value.value,
            "grain": t.value.grain.map(|g| g.as_str()),
            "interval": t.value.interval.map(|iv| serde_json::json!({"start": iv.start.map(instant), "end": iv.end.map(instant)})),
            "mod": t.value.modifier.map(|m| m.as_str()),
            "tense": t.tense.as_str(),
            "rule": t.rule,
            "reason": t.value.reason,
        });
        println!("{v}");
        return Ok(ExitCode::SUCCESS);
    }
    println!("{}", t.value.value);
    if args.explain {
        println!("  expression  {:?} (rule {})", t.text, t.rule);
        println!("  type        {}", t.value.kind.as_str());
        match t.value.interval {
            Some(iv) => println!(
                "  interval    [{} .. {})",
                iv.start.map(instant).unwrap_or_else(|| "-inf".into()),
                iv.end.map(instant).unwrap_or_else(|| "+inf".into())
            ),
            None => println!("  interval    none"),
        }
        println!(
            "  grain       {}",
            t.value.grain.map(|g| g.as_str()).unwrap_or("none")
        );
        if let Some(m) = t.value.modifier {
            println!("  mod         {}", m.as_str());
        }
        println!("  tense       {}", t.tense.as_str());
        println!("  published   {} ({})", published, published.format("%A"));
        println!("  reason      {}", t.value.reason);
    }
    Ok(ExitCode::SUCCESS)
}

/// Byte offset of `needle` in `hay`, ignoring ASCII case.
fn find_case_insensitive(hay: &str, needle: &str) -> Option<usize> {
    hay.to_ascii_lowercase().find(&needle.to_ascii_lowercase())
}
