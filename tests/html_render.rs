//! Renders the HTML timeline in headless Chromium: the DOM has one `.event` per event and the
//! screenshot is not blank. Skipped (with a message) when no Chromium is installed.

use std::path::PathBuf;
use std::process::Command;

fn browser() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

fn run(
    browser: &PathBuf,
    profile: &std::path::Path,
    extra: &[&str],
    url: &str,
) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("run chromium")
}

#[test]
fn html_timeline_renders_in_chromium() {
    let Some(browser) = browser() else {
        eprintln!("skipped: chromium not installed");
        return;
    };
    let dir = std::env::temp_dir().join(format!("timeliner-html-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("story.html");
    let status = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["build", "samples/story", "-q", "-f", "html", "-o"])
        .arg(&html)
        .status()
        .unwrap();
    assert!(status.success());
    let json = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["build", "samples/story", "-q", "-f", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let n = v["events"].as_array().unwrap().len();
    let url = format!("file://{}", html.display());

    let dom = run(&browser, &dir.join("p1"), &["--dump-dom"], &url);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert_eq!(
        dom.matches("<li class=\"event").count(),
        n,
        "events in the DOM"
    );
    assert!(dom.contains("class=\"event") && dom.contains("conflict"));

    let shot = dir.join("shot.png");
    let out = run(
        &browser,
        &dir.join("p2"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,900",
        ],
        &url,
    );
    assert!(
        shot.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let px = &buf[..info.buffer_size()];
    let step = info.color_type.samples();
    let first = &px[..step];
    let differing = px.chunks(step).filter(|p| p != &first).count();
    assert!(
        differing > px.len() / step / 100,
        "screenshot is (nearly) blank"
    );
    // Blue bars were drawn.
    let blue = px
        .chunks(step)
        .filter(|p| p[2] > 150 && p[0] < 100 && p[1] < 150)
        .count();
    assert!(blue > 100, "no bars in the screenshot");
    let _ = std::fs::remove_dir_all(&dir);
}
