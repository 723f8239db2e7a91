//! A self-contained HTML timeline: inline CSS and JS only, no network. One row per event on a
//! shared horizontal time axis; an interval is a bar as long as its uncertainty; conflicts are
//! marked; a click (or hover) shows the sentence, sources, value and reason.

use super::format::instant;
use crate::timeline::{Event, Timeline};
use chrono::{Duration, NaiveDateTime};

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body{overflow-x:hidden;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#fff}
header{padding:12px 16px;border-bottom:1px solid #ddd;position:sticky;top:0;background:#fff;z-index:2}
h1{font-size:18px;margin:0 0 4px}
.meta{color:#666;font-size:12px}
.axis{position:relative;height:22px;margin-left:38%;border-bottom:1px solid #999;font-size:11px;color:#555}
.tick{position:absolute;top:2px;transform:translateX(-50%);white-space:nowrap}
ol{list-style:none;margin:0;padding:0}
.event{display:flex;align-items:center;min-height:22px;border-bottom:1px solid #f0f0f0;cursor:pointer}
.event:hover,.event.open{background:#f5f8ff}
.label{width:38%;flex:none;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;padding:0 8px;box-sizing:border-box}
.date{color:#555;font-variant-numeric:tabular-nums;margin-right:6px}
.lane{position:relative;flex:1;height:16px}
.bar{position:absolute;top:3px;height:10px;min-width:4px;border-radius:3px;background:#3b6fd8}
.undated .bar{background:none;border:1px dashed #999;height:8px}
.merged .bar{background:#2a9d5c}
.conflict .bar{background:#d8453b}
.conflict .label::before{content:"\26A0 ";color:#d8453b}
.outside .bar{background:repeating-linear-gradient(90deg,#3b6fd8 0 2px,transparent 2px 4px)}
.badge{font-size:11px;color:#2a9d5c;margin-left:4px}
#detail{position:fixed;right:12px;bottom:12px;width:380px;max-height:60vh;overflow:auto;background:#fff;border:1px solid #bbb;box-shadow:0 2px 10px rgba(0,0,0,.2);padding:10px 12px;font-size:13px;display:none;z-index:3}
#detail h2{font-size:14px;margin:0 0 6px}
.info{display:none}
"#;

const SCRIPT: &str = r#"
(function(){
  var detail=document.getElementById('detail');
  var open=null;
  function show(li){
    if(open){open.classList.remove('open');}
    open=li;li.classList.add('open');
    detail.innerHTML=li.querySelector('.info').innerHTML;
    detail.style.display='block';
  }
  document.querySelectorAll('li.event').forEach(function(li){
    li.addEventListener('click',function(){show(li);});
  });
  document.addEventListener('keydown',function(e){if(e.key==='Escape'){detail.style.display='none';}});
})();
"#;

/// The axis range: the publication dates with a margin, widened to the events within a season
/// of them; events further out (a quarrel of 1962) are pinned to the edge with a mark, so they
/// do not squash the story into a line.
fn range(t: &Timeline) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let pubs = t
        .documents
        .iter()
        .map(|d| crate::timex::midnight(d.published));
    let (lo, hi) = (pubs.clone().min()?, pubs.max()?);
    let (mut lo, mut hi) = (lo - Duration::days(14), hi + Duration::days(21));
    let (near_lo, near_hi) = (lo - Duration::days(92), hi + Duration::days(92));
    for e in &t.events {
        let (s, x) = position(t, e);
        if s >= near_lo && s < lo {
            lo = s;
        }
        if x <= near_hi && x > hi {
            hi = x;
        }
    }
    Some((lo, hi))
}

/// Where an event sits: its interval, or its publication day when undated or open.
fn position(t: &Timeline, e: &Event) -> (NaiveDateTime, NaiveDateTime) {
    let published = crate::timex::midnight(t.documents[e.document].published);
    match e.interval {
        Some(iv) => {
            let s = iv.start.or(iv.end).unwrap_or(published);
            (s, iv.end.unwrap_or(s).max(s))
        }
        None => (published, published),
    }
}

fn info(t: &Timeline, e: &Event) -> String {
    let mut h = String::new();
    let value = e.time.as_ref().map(|tm| &t.timexes[tm.timex]);
    h.push_str(&format!("<h2>{}</h2>", escape(&e.text)));
    if let Some(iv) = e.interval {
        h.push_str(&format!(
            "<p><b>When:</b> {} .. {}",
            escape(&iv.start.map(instant).unwrap_or_else(|| "?".into())),
            escape(&iv.end.map(instant).unwrap_or_else(|| "?".into()))
        ));
        if let Some(x) = value {
            h.push_str(&format!(" ({})", escape(&x.value)));
        }
        h.push_str("</p>");
    } else {
        h.push_str("<p><b>When:</b> not dated (placed at publication)</p>");
    }
    if let Some(x) = value {
        h.push_str(&format!(
            "<p><b>Why:</b> \"{}\": {}</p>",
            escape(&x.text),
            escape(&x.reason)
        ));
    }
    if let Some(claims) = &e.conflict {
        h.push_str("<p><b>Sources disagree:</b></p><ul>");
        for (d, v) in claims {
            h.push_str(&format!(
                "<li>{}: {}</li>",
                escape(&t.documents[*d].id),
                escape(v)
            ));
        }
        h.push_str("</ul>");
    }
    h.push_str(&format!("<p><b>Sentence:</b> {}</p>", escape(&e.sentence)));
    h.push_str("<p><b>Reported in:</b></p><ul>");
    for m in &e.mentions {
        let d = &t.documents[m.document];
        let expr = m
            .timex
            .map(|x| format!(" [\"{}\"]", t.timexes[x].text))
            .unwrap_or_default();
        h.push_str(&format!(
            "<li>{} ({}, {}){}: {}</li>",
            escape(d.title.as_deref().unwrap_or(&d.id)),
            escape(&d.id),
            d.published,
            escape(&expr),
            escape(&m.text)
        ));
    }
    h.push_str("</ul>");
    h
}

pub fn write(t: &Timeline, out: &mut Vec<u8>) {
    let title = if t.documents.len() == 1 {
        t.documents[0]
            .title
            .clone()
            .unwrap_or_else(|| t.documents[0].id.clone())
    } else {
        format!("Timeline of {} documents", t.documents.len())
    };
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.push_str(&format!("<title>{}</title>", escape(&title)));
    h.push_str(&format!("<style>{STYLE}</style></head><body>\n"));
    let conflicts = t.events.iter().filter(|e| e.conflict.is_some()).count();
    h.push_str(&format!(
        "<header><h1>{}</h1><div class=\"meta\">{} events, {} documents, {} relations, {} conflicts. Click an event for its sources and reasons.</div>",
        escape(&title),
        t.events.len(),
        t.documents.len(),
        t.relations.len(),
        conflicts
    ));
    let span = range(t);
    let frac = |p: NaiveDateTime| -> f64 {
        match span {
            Some((lo, hi)) => {
                (p - lo).num_seconds() as f64 / (hi - lo).num_seconds().max(1) as f64 * 100.0
            }
            None => 50.0,
        }
    };
    h.push_str("<div class=\"axis\">");
    if let Some((lo, hi)) = span {
        for k in 0..=4 {
            let p = lo + (hi - lo) * k / 4;
            h.push_str(&format!(
                "<span class=\"tick\" style=\"left:{:.2}%\">{}</span>",
                k as f64 * 25.0,
                p.date()
            ));
        }
    }
    h.push_str("</div></header>\n<ol id=\"events\">\n");
    for e in &t.events {
        let (s, x) = position(t, e);
        let (fs, fx) = (frac(s), frac(x));
        let outside = fx < 0.0 || fs > 100.0;
        let left = fs.clamp(0.0, 99.6);
        let width = (fx.min(100.0) - left).max(0.4);
        let mut class = String::from("event");
        if e.interval.is_none() {
            class.push_str(" undated");
        }
        if e.mentions.len() > 1 {
            class.push_str(" merged");
        }
        if e.conflict.is_some() {
            class.push_str(" conflict");
        }
        if outside {
            class.push_str(" outside");
        }
        let value = e
            .time
            .as_ref()
            .map(|tm| t.timexes[tm.timex].value.clone())
            .unwrap_or_default();
        let doc = &t.documents[e.document];
        let hover = format!("{} | {} | {}", value, doc.id, e.sentence);
        let badge = if e.mentions.len() > 1 {
            format!("<span class=\"badge\">{} reports</span>", e.mentions.len())
        } else {
            String::new()
        };
        h.push_str(&format!(
            "<li class=\"{class}\" data-id=\"{}\" title=\"{}\"><div class=\"label\"><span class=\"date\">{}</span>{}{badge}</div><div class=\"lane\"><div class=\"bar\" style=\"left:{:.3}%;width:{:.3}%\"></div></div><div class=\"info\">{}</div></li>\n",
            escape(&e.id),
            escape(&hover),
            escape(if value.is_empty() { "undated" } else { &value }),
            escape(&e.text),
            left,
            width.min(100.0 - left),
            info(t, e)
        ));
    }
    h.push_str("</ol>\n<div id=\"detail\"></div>\n");
    h.push_str(&format!("<script>{SCRIPT}</script>\n</body></html>\n"));
    out.extend_from_slice(h.as_bytes());
}
