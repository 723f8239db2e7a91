//! The golden files: `output/` holds exactly what the README's main command writes for
//! `samples/`. Run with BLESS=1 to rewrite them on purpose (then read the diff).

use std::path::{Path, PathBuf};
use std::process::Command;

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

#[test]
fn samples_match_the_golden_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = std::env::temp_dir().join(format!("timeliner-golden-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    std::fs::create_dir_all(&fresh).expect("temp dir");
    let status = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["build", "samples/", "-o"])
        .arg(format!("{}/", fresh.display()))
        .arg("--quiet")
        .current_dir(root)
        .status()
        .expect("run timeliner");
    assert!(status.success(), "build over samples/ failed: {status}");
    let golden = root.join("output");
    if std::env::var_os("BLESS").is_some() {
        for f in files(&golden) {
            std::fs::remove_file(f).expect("remove old golden file");
        }
        for f in files(&fresh) {
            std::fs::copy(&f, golden.join(f.file_name().expect("name"))).expect("bless");
        }
        eprintln!("blessed: output/ rewritten; read `git diff output/` before committing");
        return;
    }
    let names = |d: &Path| {
        files(d)
            .iter()
            .map(|f| f.file_name().expect("name").to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&fresh),
        names(&golden),
        "output/ does not hold the same files the build writes (BLESS=1 to update)"
    );
    let mut differ = Vec::new();
    for f in files(&fresh) {
        let name = f.file_name().expect("name");
        let want = std::fs::read(golden.join(name)).expect("golden file");
        let got = std::fs::read(&f).expect("fresh file");
        if want != got {
            differ.push(name.to_string_lossy().into_owned());
        }
    }
    let _ = std::fs::remove_dir_all(&fresh);
    assert!(
        differ.is_empty(),
        "golden files differ: {differ:?} (run with BLESS=1 to rewrite them, then read the diff)"
    );
}
