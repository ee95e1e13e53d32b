//! Translation status: up to date, stale, missing and not tracked; `--mark`; the notice
//! readers see on a stale translation.

mod common;

use common::Fixture;
use handbook::translations::fingerprint;

const SOURCE_BODY: &str = "## 第一步：签合同\n\n见[欠薪](wages.md#证据)和[本页](#第一步签合同)。\n\n## 第二步\n\n## 第三步\n\n电话 [12333](tel:12333)。\n";

fn site() -> Fixture {
    let current = fingerprint(SOURCE_BODY);
    let section_fingerprint = fingerprint("本部分。\n");
    Fixture::base_with(&[
        // Up to date: records the fingerprint of the current source.
        ("content/rights/_index.en.md", &format!("---\ntitle: Rights\nweight: 1\ntranslated_from: {section_fingerprint}\n---\nThis section.\n")),
        // Stale: records an older fingerprint.
        ("content/rights/contracts.en.md", "---\ntitle: Contracts\nweight: 1\ntranslated_from: 0000000000\n---\n## Step 1: Sign\n\nSee [wages](wages.md#证据).\n"),
        // Not tracked: no translated_from. (The front page's translations.)
        // Missing: wages.md has no English version.
        ("content/rights/contracts.ar.md", &format!("---\ntitle: العقود\ntranslated_from: {current}\n---\nنص.\n")),
    ])
}

#[test]
fn the_report_shows_every_status() {
    let site = site();
    let run = site.run(&["translations", "--format", "json"]);
    run.assert_ok();
    let rows: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let status = |path: &str, lang: &str| -> String {
        let row = rows.as_array().unwrap().iter().find(|r| r["path"] == path).unwrap_or_else(|| panic!("{path}"));
        let languages = row["languages"].as_array().unwrap();
        languages.iter().find(|l| l[0] == lang).unwrap()[1].as_str().unwrap().to_owned()
    };
    assert_eq!(status("rights/contracts.md", "zh-Hans"), "source");
    assert_eq!(status("rights/contracts.md", "en"), "stale");
    assert_eq!(status("rights/contracts.md", "ar"), "up-to-date");
    assert_eq!(status("rights/_index.md", "en"), "up-to-date");
    assert_eq!(status("rights/wages.md", "en"), "missing");
    assert_eq!(status("_index.md", "en"), "not-tracked");
    let human = site.run(&["translations"]);
    assert!(human.stdout.contains("en: 0 source, 1 up to date, 1 stale, 1 missing, 1 not tracked"), "{}", human.stdout);
}

#[test]
fn stale_translations_show_readers_a_notice_and_warn_editors() {
    let site = site();
    let run = site.build(&[]);
    run.assert_ok();
    assert!(run.stderr.contains("warning: 1 translation(s) are older than their source"), "{}", run.stderr);
    let page = site.read("en/rights/contracts/index.html");
    assert!(page.contains("<p class=\"notice stale-translation\" role=\"note\">The original (简体中文) was updated after this translation was made"), "{page}");
    assert!(
        page.contains("<a href=\"../../../zh-Hans/rights/contracts/\" hreflang=\"zh-Hans\">Read the original</a>"),
        "{page}"
    );
    assert!(!site.read("ar/rights/contracts/index.html").contains("stale-translation"));
    assert!(!site.read("zh-Hans/rights/contracts/index.html").contains("stale-translation"));
}

#[test]
fn marking_records_the_current_fingerprint() {
    let site = site();
    let run = site.run(&["translations", "--mark", "en", "content/rights/contracts.md"]);
    run.assert_ok();
    let text = std::fs::read_to_string(site.root().join("content/rights/contracts.en.md")).unwrap();
    assert!(text.contains(&format!("translated_from: {}\n", fingerprint(SOURCE_BODY))), "{text}");
    assert!(text.starts_with("---\ntitle: Contracts\nweight: 1\n"), "the rest is kept: {text}");
    let build = site.build(&[]);
    build.assert_ok();
    assert!(!build.stderr.contains("older than their source"), "{}", build.stderr);
    // Changing the source makes it stale again.
    let source = std::fs::read_to_string(site.root().join("content/rights/contracts.md")).unwrap();
    std::fs::write(site.root().join("content/rights/contracts.md"), source.replace("## 第三步", "## 第三步：仲裁"))
        .unwrap();
    assert!(site.run(&["translations"]).stdout.contains("en: 0 source, 1 up to date, 1 stale"));
    // Unknown pages and languages are errors.
    assert_eq!(site.run(&["translations", "--mark", "fr", "rights/contracts.md"]).code, 1);
    assert_eq!(site.run(&["translations", "--mark", "en", "rights/nothing.md"]).code, 1);
}
