//! The bundled sample handbook (the repository's own `content/`) builds and checks clean,
//! and every link and anchor in its output resolves, in both languages.

mod common;

use std::path::Path;
use std::process::Command;

#[test]
fn the_sample_handbook_builds_without_warnings_and_every_link_resolves() {
    let (_out, site, stderr) = common::build_sample();
    assert!(!stderr.contains("warning"), "{stderr}");
    // The sample sets `portable: true`: opened from disk, every link names a file.
    common::assert_links_resolve(&site, true);
    for lang in ["zh-Hans", "en"] {
        assert!(site.join(lang).join("index.html").is_file());
        assert!(site.join(lang).join("offices/index.html").is_file());
    }
    let pages = walkdir::WalkDir::new(&site)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().ends_with("index.html"))
        .count();
    assert!(pages > 80, "only {pages} pages");
}

#[test]
fn the_sample_english_translation_is_complete_and_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .arg("--root")
        .arg(root)
        .args(["translations", "--format", "json"])
        .output()
        .expect("run handbook");
    assert!(run.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&run.stdout).expect("json");
    assert!(rows.len() > 40, "{} pages", rows.len());
    for row in &rows {
        assert_eq!(row["source_language"], "zh-Hans", "{row}");
        let en = row["languages"].as_array().unwrap().iter().find(|l| l[0] == "en").unwrap();
        assert_eq!(en[1], "up-to-date", "{row}");
    }
}
