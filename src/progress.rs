//! A progress line on standard error for long runs: documents, megabytes, rate and time left.
//!
//! Drawn only when standard error is a terminal and `--quiet` was not given, so logs, pipes
//! and tests never see it. The clock read here is only ever displayed, never written into an
//! output. Redrawn in place with `\r` at most ten times a second, and erased at the end.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Time between two redraws.
const REDRAW: Duration = Duration::from_millis(100);

pub struct Progress {
    label: &'static str,
    /// Input size in bytes, when known from file sizes (not for standard input).
    total: Option<u64>,
    docs: u64,
    bytes: u64,
    start: Instant,
    last: Option<Instant>,
    enabled: bool,
    drawn: bool,
}

impl Progress {
    /// A progress line for `label`, shown only on a terminal and without `quiet`.
    pub fn new(label: &'static str, total: Option<u64>, quiet: bool) -> Self {
        Self::with_display(label, total, !quiet && std::io::stderr().is_terminal())
    }

    /// A progress line that draws only if `enabled` (tests use `false`).
    pub fn with_display(label: &'static str, total: Option<u64>, enabled: bool) -> Self {
        Progress {
            label,
            total,
            docs: 0,
            bytes: 0,
            start: Instant::now(),
            last: None,
            enabled,
            drawn: false,
        }
    }

    /// Counts documents done and their bytes, redrawing if it is time.
    pub fn add(&mut self, docs: u64, bytes: u64) {
        self.docs += docs;
        self.bytes += bytes;
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self.last.is_some_and(|l| now - l < REDRAW) {
            return;
        }
        self.last = Some(now);
        let line = line(
            self.label,
            self.docs,
            self.bytes,
            self.total,
            (now - self.start).as_secs_f64(),
        );
        let mut err = std::io::stderr().lock();
        // "\x1b[2K" erases the previous line, which may have been longer.
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
        self.drawn = true;
    }

    /// Erases the line (before a warning, and at the end), leaving the cursor at its start.
    pub fn clear(&mut self) {
        if self.drawn {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.drawn = false;
            // Redraw on the next document rather than wait for the interval.
            self.last = None;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}

/// The progress text: `build: 1,024 docs  56.3 MB  41.2 MB/s  [=====>    ] 52%  0:12 left`.
/// `bytes` counts document text, a little less than the files hold (JSON fields and escapes),
/// so the share done is an estimate, held below 100% until the end.
pub fn line(label: &str, docs: u64, bytes: u64, total: Option<u64>, seconds: f64) -> String {
    let mb = bytes as f64 / 1e6;
    let rate = if seconds > 0.0 { mb / seconds } else { 0.0 };
    let mut s = format!(
        "{label}: {} docs  {mb:.1} MB  {rate:.1} MB/s  {}",
        thousands(docs),
        clock(seconds)
    );
    if let Some(total) = total.filter(|&t| t > 0) {
        let done = (bytes as f64 / total as f64).min(0.99);
        let width = 20;
        let filled = (done * width as f64) as usize;
        s.push_str(&format!(
            "  [{}{}] {:>2}%",
            "=".repeat(filled),
            " ".repeat(width - filled),
            (done * 100.0) as u32
        ));
        if rate > 0.0 {
            let left = (total as f64 / 1e6 - mb).max(0.0) / rate;
            s.push_str(&format!("  {} left", clock(left)));
        }
    }
    s
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Seconds as `m:ss`, or `h:mm:ss` from an hour.
fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// With `TIMELINER_TIMINGS` set in the environment, prints the time since the first call and
/// a note on standard error (`timings: 1.234s merge: pairs compared`): how the README's stage
/// figures were taken. Silent otherwise; never part of an output.
pub fn timing(what: std::fmt::Arguments) {
    static START: std::sync::OnceLock<Option<Instant>> = std::sync::OnceLock::new();
    if let Some(start) =
        START.get_or_init(|| std::env::var_os("TIMELINER_TIMINGS").map(|_| Instant::now()))
    {
        eprintln!("timings: {:.3}s {what}", start.elapsed().as_secs_f64());
    }
}

/// The size in bytes of the inputs, if all are files or folders (standard input has none).
pub fn input_size(paths: &[std::path::PathBuf]) -> Option<u64> {
    fn size(p: &std::path::Path) -> u64 {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => std::fs::read_dir(p)
                .map(|rd| rd.filter_map(|e| e.ok()).map(|e| size(&e.path())).sum())
                .unwrap_or(0),
            Ok(m) => m.len(),
            Err(_) => 0,
        }
    }
    if paths.iter().any(|p| p.as_os_str() == "-") {
        return None;
    }
    Some(paths.iter().map(|p| size(p)).sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_with_a_known_total() {
        assert_eq!(
            line("annotate", 12_345, 50_000_000, Some(200_000_000), 2.0),
            "annotate: 12,345 docs  50.0 MB  25.0 MB/s  0:02  [=====               ] 25%  0:06 left"
        );
    }

    #[test]
    fn line_without_a_total_has_no_estimate() {
        assert_eq!(
            line("build", 7, 1_500_000, None, 0.5),
            "build: 7 docs  1.5 MB  3.0 MB/s  0:01"
        );
    }

    #[test]
    fn share_done_stays_below_the_end() {
        let l = line("build", 1, 300, Some(200), 1.0);
        assert!(l.contains("99%"), "{l}");
        assert!(l.contains("0:00 left"), "{l}");
    }

    #[test]
    fn numbers_and_clocks() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(clock(61.4), "1:01");
        assert_eq!(clock(3723.0), "1:02:03");
    }

    #[test]
    fn nothing_is_drawn_when_disabled() {
        let mut p = Progress::with_display("build", None, false);
        p.add(3, 100);
        p.clear();
        assert!(!p.drawn);
        assert_eq!((p.docs, p.bytes), (3, 100));
    }
}
