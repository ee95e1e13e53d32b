//! Every editor mistake comes back located (file:line:column), in plain words with a hint,
//! all at once, with exit code 1 and no panic. Messages are pinned with insta snapshots.

mod common;

use common::Fixture;

/// Builds the base site with `changes` and returns stderr, asserting exit 1 and that each
/// `expected` location (`path:line:column`) is named.
fn errors_of(changes: &[(&str, &str)], expected: &[&str]) -> String {
    let site = Fixture::base_with(changes);
    let run = site.build(&[]);
    run.assert_errors();
    for location in expected {
        assert!(run.stderr.contains(location), "{location} not named in:\n{}", run.stderr);
    }
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(!site.out().exists(), "a failed build wrote output");
    run.stderr
}

#[test]
fn unknown_front_matter_key_with_suggestion() {
    let stderr =
        errors_of(&[("content/rights/wages.md", "---\ntitel: 欠薪\n---\n## 证据\n")], &["content/rights/wages.md:2:1"]);
    insta::assert_snapshot!(stderr);
}

#[test]
fn missing_title() {
    let stderr = errors_of(
        &[("content/rights/wages.md", "---\ndescription: 无标题\n---\n## 证据\n")],
        &["content/rights/wages.md:1:1"],
    );
    assert!(stderr.contains("this page has no title"), "{stderr}");
}

#[test]
fn bad_dates_and_wrong_types() {
    let stderr = errors_of(
        &[("content/rights/wages.md", "---\ntitle: 欠薪\nweight: first\nreviewed: 2026-02-30\n---\n## 证据\n")],
        &["content/rights/wages.md:3:9"],
    );
    insta::assert_snapshot!(stderr);
    let stderr = errors_of(
        &[("content/rights/wages.md", "---\ntitle: 欠薪\nreviewed: 2026-02-30\nupdated: yesterday\n---\n## 证据\n")],
        &["content/rights/wages.md:3:11", "content/rights/wages.md:4:10"],
    );
    assert!(stderr.contains("`2026-02-30` is not a valid date"), "{stderr}");
}

#[test]
fn yaml_syntax_errors_are_located() {
    let stderr = errors_of(
        &[("content/rights/wages.md", "---\ntitle: \"欠薪\n---\n## 证据\n")],
        &["content/rights/wages.md:2:8"],
    );
    assert!(stderr.contains("error:"), "{stderr}");
    let stderr =
        errors_of(&[("content/rights/wages.md", "---\ntitle: Step 1: sign\n---\n")], &["content/rights/wages.md:2:"]);
    assert!(stderr.contains("must be put in quotes"), "{stderr}");
    let stderr = errors_of(
        &[("content/rights/wages.md", "---\ntitle: x\n\tweight: 1\n---\n## 证据\n")],
        &["content/rights/wages.md:3:"],
    );
    assert!(stderr.contains("tabs"), "{stderr}");
}

#[test]
fn pages_without_front_matter_or_empty() {
    let stderr = errors_of(&[("content/rights/wages.md", "# 欠薪\n")], &["content/rights/wages.md:1:1"]);
    assert!(stderr.contains("this page has no front matter"), "{stderr}");
    let stderr = errors_of(&[("content/rights/wages.md", "")], &["content/rights/wages.md:1:1"]);
    assert!(stderr.contains("this page is empty"), "{stderr}");
}

#[test]
fn unknown_language_suffix() {
    let stderr =
        errors_of(&[("content/rights/contracts.eng.md", "---\ntitle: x\n---\n")], &["content/rights/contracts.eng.md"]);
    insta::assert_snapshot!(stderr);
}

#[test]
fn files_that_are_not_utf8() {
    let site = Fixture::base();
    site.write("content/rights/wages.md", b"---\ntitle: \xd0\xbd\xb9\xa4\n---\n");
    let run = site.build(&[]);
    run.assert_errors();
    assert!(run.stderr.contains("content/rights/wages.md:2:9"), "{}", run.stderr);
    assert!(run.stderr.contains("this file is not UTF-8 text"), "{}", run.stderr);
}

#[test]
fn broken_links_and_anchors() {
    let stderr = errors_of(
        &[(
            "content/rights/wages.md",
            "---\ntitle: 欠薪\n---\n## 证据\n\n[a](contract.md) [b](contracts.md#第二部) [c](#证剧) [d](/etc/passwd) [e](../../../etc/passwd) [f](missing.pdf)\n",
        )],
        &["content/rights/wages.md:6:1", "content/rights/wages.md:6:18"],
    );
    insta::assert_snapshot!(stderr);
    // Suggestions are written from the linking page's folder.
    let stderr = errors_of(
        &[("content/_index.md", "---\ntitle: 首页\n---\n[x](rights/contract.md)\n")],
        &["content/_index.md:4:1"],
    );
    assert!(stderr.contains("did you mean `rights/contracts.md`?"), "{stderr}");
}

#[test]
fn forbidden_link_schemes() {
    let stderr = errors_of(
        &[(
            "content/rights/wages.md",
            "---\ntitle: 欠薪\n---\n## 证据\n\n[x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)\n",
        )],
        &["content/rights/wages.md:6:1", "content/rights/wages.md:6:26"],
    );
    assert_eq!(stderr.matches("links are not allowed").count(), 2, "{stderr}");
}

#[test]
fn two_pages_at_one_url() {
    let stderr = errors_of(
        &[("content/rights/other.md", "---\ntitle: 另一个\nslug: wages\n---\n")],
        &["content/rights/other.md"],
    );
    assert!(stderr.contains("would both be published at `zh-Hans/rights/wages/`"), "{stderr}");
}

#[test]
fn a_folder_without_section_file() {
    let stderr = errors_of(&[("content/help/hotlines.md", "---\ntitle: 热线\n---\n")], &["content/help"]);
    assert!(stderr.contains("_index.md"), "{stderr}");
}

#[test]
fn configuration_errors() {
    let config = common::CONFIG.replace("default_language: zh-Hans", "default_language: zh-hans\ncolour: red");
    let stderr = errors_of(&[("handbook.yaml", &config)], &["handbook.yaml:6:1"]);
    insta::assert_snapshot!(stderr);
    let config = common::CONFIG.replace("default_language: zh-Hans", "default_language: zh");
    let stderr = errors_of(&[("handbook.yaml", &config)], &["handbook.yaml:5:1"]);
    assert!(stderr.contains("did you mean `zh-Hans`?"), "{stderr}");
    let config = common::CONFIG.replace("\"12333\"", "12333x");
    let stderr = errors_of(&[("handbook.yaml", &config)], &["handbook.yaml:11:13"]);
    assert!(stderr.contains("cannot be dialled"), "{stderr}");
}

#[test]
fn missing_configuration() {
    let site = Fixture::new(&[("content/_index.md", "---\ntitle: x\n---\n".to_owned())]);
    let run = site.build(&[]);
    run.assert_errors();
    assert!(run.stderr.contains("no handbook.yaml in <root>"), "{}", run.stderr);
    assert!(run.stderr.contains("handbook new"), "{}", run.stderr);
}

#[test]
fn theme_problems() {
    let config = format!("{}theme: fancy\n", common::CONFIG);
    let stderr = errors_of(&[("handbook.yaml", &config)], &["handbook.yaml"]);
    assert!(stderr.contains("the theme `fancy` does not exist"), "{stderr}");
    let site = Fixture::base();
    for name in ["page.html", "chooser.html", "404.html", "hotlines.html"] {
        let text = std::fs::read_to_string(format!("themes/default/templates/{name}")).unwrap();
        site.write(&format!("themes/custom/templates/{name}"), text.as_bytes());
    }
    site.write("themes/custom/templates/base.html", b"<html>\n<title>{{ title }</title>\n");
    std::fs::write(site.root().join("handbook.yaml"), format!("{}theme: custom\n", common::CONFIG)).unwrap();
    let run = site.build(&[]);
    run.assert_errors();
    assert!(run.stderr.contains("themes/custom/templates/base.html:2:"), "{}", run.stderr);
}

#[test]
fn ui_string_problems() {
    let site = Fixture::base_with(&[("i18n/en.ftl", "toc-title = = broken\nhome = { $\n")]);
    let run = site.build(&[]);
    run.assert_errors();
    assert!(run.stderr.contains("i18n/en.ftl:2:"), "{}", run.stderr);
}

#[test]
fn three_bad_files_give_three_errors_in_one_run() {
    let site = Fixture::base_with(&[
        ("content/rights/wages.md", "---\ntitel: 欠薪\n---\n## 证据\n"),
        ("content/rights/contracts.en.md", "---\ntitle: Contracts\nupdated: 2026-13-01\n---\n"),
        ("content/_index.ar.md", "---\ntitle: الرئيسية\n---\n[x](nowhere.md)\n"),
    ]);
    let run = site.build(&[]);
    run.assert_errors();
    assert_eq!(run.error_count(), 3, "{}", run.stderr);
    // Sorted by file, then line.
    let first = run.stderr.find("content/_index.ar.md:4:1").expect("ar error");
    let second = run.stderr.find("content/rights/contracts.en.md:3:10").expect("en error");
    let third = run.stderr.find("content/rights/wages.md:2:1").expect("zh error");
    assert!(first < second && second < third, "{}", run.stderr);
    assert!(run.stderr.contains("3 errors found"), "{}", run.stderr);
}

#[test]
fn check_reports_json() {
    let site = Fixture::base_with(&[("content/rights/wages.md", "---\ntitel: 欠薪\n---\n## 证据\n")]);
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let diagnostics: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let first = &diagnostics[0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["file"], "content/rights/wages.md");
    assert_eq!(first["line"], 2);
    assert_eq!(first["column"], 1);
    assert_eq!(first["message"], "unknown key `titel`");
    assert_eq!(first["hints"][0], "did you mean `title`?");
}

#[test]
fn malformed_external_links() {
    let stderr = errors_of(
        &[(
            "content/rights/wages.md",
            "---\ntitle: 欠薪\n---\n## 证据\n\n[a](https://) [b](http://example org/x) [c](tel:call-me) [d](mailto:nobody) [ok](https://example.org/a?b=c)\n",
        )],
        &["content/rights/wages.md:6:1", "content/rights/wages.md:6:41", "content/rights/wages.md:6:58"],
    );
    // `[b](http://example org/x)` is not a link in Markdown at all (a space ends it).
    assert_eq!(stderr.matches("is not a valid address").count(), 3, "{stderr}");
}

#[test]
fn duplicate_titles_in_a_section_are_a_warning() {
    let site = Fixture::base_with(&[("content/rights/other.md", "---\ntitle: 合同\n---\n正文\n")]);
    let run = site.build(&[]);
    run.assert_ok();
    assert!(
        run.stderr.contains("this page has the same title as content/rights/other.md in the same section: “合同”"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_reports_orphans_left_behind_by_renames() {
    let site = Fixture::base();
    site.write("content/rights/old-photo.png", b"\x89PNG\r\n");
    site.write("content/rights/used.png", b"\x89PNG\r\n");
    site.write(
        "content/rights/wages.en.md",
        "---\ntitle: Unpaid wages\n---\n## 证据\n\n![scan](used.png)\n".as_bytes(),
    );
    site.write("content/rights/overtime.en.md", b"---\ntitle: Overtime\n---\nText.\n");
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 0, "warnings only: {}", run.stdout);
    let diagnostics: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let warnings: Vec<(String, String)> = diagnostics
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| (d["file"].as_str().unwrap_or("").to_owned(), d["message"].as_str().unwrap_or("").to_owned()))
        .collect();
    assert!(
        warnings.contains(&(
            "content/rights/old-photo.png".to_owned(),
            "no page links to this file; it is copied into the site all the same".to_owned()
        )),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(&(
            "content/rights/overtime.en.md".to_owned(),
            "this page has no original in the default language `zh-Hans`".to_owned()
        )),
        "{warnings:?}"
    );
    assert!(
        !warnings.iter().any(|(file, _)| file.ends_with("used.png") || file.ends_with("wages.en.md")),
        "{warnings:?}"
    );
}

#[test]
fn hotline_numbers_are_quoted_like_office_phones() {
    let config = common::CONFIG.replace("  - number: \"12333\"", "  - number: 12333");
    let site = Fixture::base_with(&[("handbook.yaml", &config)]);
    let run = site.build(&[]);
    run.assert_errors();
    assert!(run.stderr.contains("handbook.yaml:11:5"), "{}", run.stderr);
    assert!(run.stderr.contains("phone numbers must be in quotes, e.g. \"12333\""), "{}", run.stderr);
}

#[test]
fn raw_html_nested_too_deep_is_a_located_error() {
    let body = format!("---\ntitle: 深\n---\n## 证据\n\n{}x{}\n", "<div>".repeat(300), "</div>".repeat(300));
    let site = Fixture::base_with(&[("content/rights/wages.md", &body)]);
    let run = site.build(&[]);
    run.assert_errors();
    assert!(run.stderr.contains("the HTML here is nested more than 256 levels deep"), "{}", run.stderr);
    assert!(run.stderr.contains("content/rights/wages.md:6:1281"), "{}", run.stderr);
}
