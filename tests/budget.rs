//! The weight budget of the built sample handbook, for cheap phones on expensive data: every
//! page ≤ 14 KB gzipped, every stylesheet ≤ 6 KB, no web fonts, no render-blocking or
//! third-party resources. Prints the heaviest pages.

mod common;

use std::io::Write;
use std::process::Command;

const PAGE_BUDGET: usize = 14 * 1024;
const STYLESHEET_BUDGET: usize = 6 * 1024;

fn gzipped(bytes: &[u8]) -> usize {
    // The `gzip` program (on every CI image) measures what a host sends.
    let mut child = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip");
    child.stdin.take().expect("stdin").write_all(bytes).expect("write");
    child.wait_with_output().expect("gzip output").stdout.len()
}

#[test]
fn every_page_of_the_sample_handbook_is_within_budget() {
    let (_out, site, _) = common::build_sample();
    let mut pages = Vec::new();
    for entry in walkdir::WalkDir::new(&site).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let path = entry.path().strip_prefix(&site).unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(entry.path()).unwrap();
        if path.ends_with(".css") {
            assert!(gzipped(&bytes) <= STYLESHEET_BUDGET, "{path} is over the stylesheet budget");
        }
        if path.ends_with(".woff") || path.ends_with(".woff2") || path.ends_with(".ttf") || path.ends_with(".otf") {
            panic!("{path}: no web fonts");
        }
        // The editions under downloads/ are files to keep, not pages to read online.
        if !path.ends_with(".html") || path.starts_with("downloads/") {
            continue;
        }
        let html = String::from_utf8_lossy(&bytes);
        for tag in html.split("<script").skip(1) {
            let tag = &tag[..tag.find('>').unwrap_or(0)];
            assert!(
                tag.contains(" defer") || tag.contains(" async") || tag.contains("application/ld+json"),
                "{path}: render-blocking script {tag}"
            );
            assert!(!tag.contains("src=\"http") && !tag.contains("src=\"//"), "{path}: third-party script");
        }
        for attribute in [" src=\"", "<link rel=\"stylesheet\" href=\"", "@import", "url(http"] {
            for value in html.split(attribute).skip(1) {
                assert!(
                    !value.starts_with("http") && !value.starts_with("//"),
                    "{path}: third-party resource {attribute}{}",
                    &value[..value.len().min(60)]
                );
            }
        }
        pages.push((gzipped(&bytes), path));
    }
    pages.sort_by(|a, b| b.cmp(a));
    println!("Heaviest pages (gzipped):");
    for (size, path) in pages.iter().take(8) {
        println!("  {:>6.1} KB  {path}", *size as f64 / 1024.0);
    }
    let over: Vec<_> = pages.iter().filter(|(size, _)| *size > PAGE_BUDGET).collect();
    assert!(over.is_empty(), "pages over {PAGE_BUDGET} bytes gzipped: {over:?}");
    assert!(pages.len() > 100);
}
