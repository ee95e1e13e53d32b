//! Building fixture sites end to end and checking the files written.

mod common;

use common::{assert_links_resolve, tree, Fixture};

#[test]
fn every_language_gets_every_page_with_pretty_urls() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let files = tree(&site.out());
    for lang in ["zh-Hans", "en", "ar"] {
        for page in ["index.html", "rights/index.html", "rights/contracts/index.html", "rights/wages/index.html"] {
            assert!(files.contains_key(&format!("{lang}/{page}")), "{lang}/{page} missing");
        }
    }
    for file in ["index.html", "404.html", "static/style.css"] {
        assert!(files.contains_key(file), "{file} missing");
    }
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    assert_links_resolve(&site.out(), false);
}

#[test]
fn portable_output_links_name_index_files() {
    let site = Fixture::base();
    site.build(&["--portable"]).assert_ok();
    assert_links_resolve(&site.out(), true);
    let page = site.read("en/rights/contracts/index.html");
    assert!(page.contains("href=\"../index.html\""), "{page}");
}

#[test]
fn markdown_links_go_to_the_readers_language() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    // The Chinese source of `wages` links to `contracts.md#…`; read in English it goes to the
    // English contracts page, without the Chinese-only anchor.
    let wages_en = site.read("en/rights/wages/index.html");
    assert!(wages_en.contains("href=\"../contracts/\""), "{wages_en}");
    let wages_zh = site.read("zh-Hans/rights/wages/index.html");
    assert!(
        wages_zh.contains("href=\"../contracts/#%E7%AC%AC%E4%B8%80%E6%AD%A5%E7%AD%BE%E5%90%88%E5%90%8C\""),
        "{wages_zh}"
    );
    let contracts_en = site.read("en/rights/contracts/index.html");
    assert!(contracts_en.contains("href=\"../wages/#%E8%AF%81%E6%8D%AE\""), "{contracts_en}");
    assert!(contracts_en.contains("<a href=\"../\">the section</a>"), "{contracts_en}");
}

#[test]
fn hreflang_alternates_and_language_switcher() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let page = site.read("en/rights/contracts/index.html");
    let alternates: Vec<&str> = page.lines().filter(|l| l.starts_with("<link rel=\"alternate\"")).collect();
    assert_eq!(
        alternates,
        [
            "<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"../../../zh-Hans/rights/contracts/\">",
            "<link rel=\"alternate\" hreflang=\"en\" href=\"./\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../../../zh-Hans/rights/contracts/\">",
        ]
    );
    // The switcher names every language; Arabic has no translation of this page.
    assert!(page.contains("<a href=\"../../../zh-Hans/rights/contracts/\" hreflang=\"zh-Hans\" lang=\"zh-Hans\" dir=\"ltr\">简体中文</a>"), "{page}");
    assert!(page.contains("<span aria-current=\"true\" lang=\"en\" dir=\"ltr\">English</span>"), "{page}");
    assert!(page.contains("<a href=\"../../../ar/rights/contracts/\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\" class=\"untranslated\">العربية</a> <small class=\"untranslated-mark\">(not translated)</small>"), "{page}");
    // No alternates for languages the page is not written in.
    assert!(!page.contains("hreflang=\"ar\" href"), "{page}");
}

#[test]
fn absolute_urls_only_with_base_url() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    assert!(!site.out().join("sitemap.xml").exists(), "a sitemap needs full addresses");
    assert!(!site.read("en/index.html").contains("https://"));
    assert!(site.read("404.html").contains("<base href=\"/\">"), "without base_url, the host's root");
    let config = format!("{}base_url: https://example.org/handbook\n", common::CONFIG);
    let site = Fixture::base_with(&[("handbook.yaml", &config)]);
    site.build(&[]).assert_ok();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/handbook/en/rights/contracts/</loc>"), "{sitemap}");
    assert!(!sitemap.contains("ar/rights/contracts"), "fallback copies are not in the sitemap: {sitemap}");
    let page = site.read("ar/rights/contracts/index.html");
    assert!(
        page.contains("<link rel=\"canonical\" href=\"https://example.org/handbook/zh-Hans/rights/contracts/\">"),
        "{page}"
    );
    assert!(site.read("404.html").contains("<base href=\"/handbook/\">"));
}

#[test]
fn right_to_left_languages_get_dir_rtl() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let home = site.read("ar/index.html");
    assert!(home.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"), "{home}");
    // Untranslated content inside an RTL page keeps its own language and direction.
    let page = site.read("ar/rights/wages/index.html");
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("<article lang=\"zh-Hans\" dir=\"ltr\">"), "{page}");
    // Phone numbers stay left-to-right.
    assert!(page.contains("<a href=\"tel:12333\"><bdi dir=\"ltr\" class=\"number\">12333</bdi>"), "{page}");
    let zh = site.read("zh-Hans/index.html");
    assert!(zh.contains("<html lang=\"zh-Hans\" dir=\"ltr\">"));
}

#[test]
fn untranslated_pages_show_the_source_with_a_notice() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let page = site.read("en/rights/wages/index.html");
    assert!(page.contains("<p class=\"notice fallback\" role=\"note\">This page has not been translated into English yet. It is shown in the original language (简体中文).</p>"), "{page}");
    assert!(page.contains("<h1>欠薪</h1>"));
    let translated = site.read("en/rights/contracts/index.html");
    assert!(!translated.contains("notice fallback"), "{translated}");
    let source = site.read("zh-Hans/rights/wages/index.html");
    assert!(!source.contains("notice fallback"));
}

#[test]
fn navigation_breadcrumbs_and_hotlines() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let page = site.read("zh-Hans/rights/contracts/index.html");
    assert!(page.contains("<ol><li><a href=\"../../\">首页</a></li><li><a href=\"../\">权利</a></li><li aria-current=\"page\">合同</li></ol>"), "{page}");
    assert!(page.contains("<a rel=\"prev\" href=\"../\">"), "{page}");
    assert!(page.contains("<a rel=\"next\" href=\"../wages/\">"), "{page}");
    assert!(page.contains("<span class=\"label\">人社热线</span>"), "{page}");
    // Long pages get a table of contents.
    assert!(page.contains("<nav class=\"toc\""), "{page}");
    assert!(page.contains("<time datetime=\"2026-01-31\">核实日期：2026年1月31日</time>"), "{page}");
    let section = site.read("zh-Hans/rights/index.html");
    assert!(section.contains("<a href=\"contracts/\">合同</a><p>书面合同</p>"), "{section}");
    let chooser = site.read("index.html");
    for (href, name) in [("zh-Hans/", "简体中文"), ("en/", "English"), ("ar/", "العربية")] {
        assert!(chooser.contains(&format!("<a href=\"{href}\" hreflang=")), "{chooser}");
        assert!(chooser.contains(name));
    }
    // Plain links: JavaScript (offline reading) is optional.
    assert!(chooser.matches("<script").count() == chooser.matches("<script src=").count(), "no inline script");
}

#[test]
fn raw_html_is_sanitised() {
    let body = "---\ntitle: 危险\n---\n## 证据\n\n<script>alert(1)</script>\n\n<img src=https://x.example/i.png onerror=\"alert(2)\">\n\n[a](javascript:alert(3)) [b](JaVaScRiPt:alert(4)) <a href=\"JaVaScRiPt:alert(5)\">c</a> <a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a> <svg onload=alert(6)></svg>\n\n<details><summary>法律</summary>\n\n第十条\n\n</details>\n";
    let site = Fixture::base_with(&[("content/rights/wages.md", body)]);
    let run = site.build(&[]);
    // Markdown links with a forbidden scheme are errors the editor must fix.
    run.assert_errors();
    assert!(run.stderr.contains("`javascript:` links are not allowed"), "{}", run.stderr);
    assert_eq!(run.stderr.matches("links are not allowed").count(), 2, "{}", run.stderr);
    // Raw HTML alone is cleaned silently.
    let body = body.replace("[a](javascript:alert(3)) [b](JaVaScRiPt:alert(4)) ", "");
    let site = Fixture::base_with(&[("content/rights/wages.md", &body)]);
    site.build(&[]).assert_ok();
    let page = site.read("zh-Hans/rights/wages/index.html").to_lowercase();
    let article = &page[page.find("<article").unwrap()..page.find("</article>").unwrap()];
    for forbidden in ["<script", "onerror", "javascript:", "data:", "onload", "alert("] {
        assert!(!article.contains(forbidden), "{forbidden} survived: {article}");
    }
    assert!(article.contains("<details><summary>法律</summary>"), "{article}");
}

#[test]
fn trusted_html_is_kept_when_the_site_opts_in() {
    let config = format!("{}trust_html: true\n", common::CONFIG);
    let body = "---\ntitle: 表单\n---\n## 证据\n\n<form action=\"https://example.org\"><button>送出</button></form>\n";
    let site = Fixture::base_with(&[("handbook.yaml", &config), ("content/rights/wages.md", body)]);
    site.build(&[]).assert_ok();
    assert!(site.read("zh-Hans/rights/wages/index.html").contains("<form action=\"https://example.org\">"));
}

#[test]
fn two_builds_are_byte_identical() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let first = tree(&site.out());
    site.build(&[]).assert_ok();
    assert_eq!(first, tree(&site.out()));
    let other = Fixture::base();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["--root", other.root().to_str().unwrap(), "build"])
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .unwrap();
    assert!(run.status.success());
    assert_eq!(first, tree(&other.out()), "a single-threaded build in another folder differs");
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let before = tree(&site.out());
    site.write("content/rights/wages.md", b"---\ntitel: broken\n---\n");
    site.build(&[]).assert_errors();
    assert_eq!(before, tree(&site.out()));
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_build_that_has_failed_writes_nothing() {
    // A mistake found before the render, and an output folder that cannot be made (its
    // parent is a file): only the mistake is reported, as nothing is written.
    let site = Fixture::base();
    site.write("content/rights/wages.md", b"---\ntitel: broken\n---\n");
    site.write("blocker", b"a file, not a folder");
    let run = site.run(&["build", "--out", "blocker/public"]);
    run.assert_errors();
    assert!(run.stderr.contains("titel"), "{}", run.stderr);
    assert!(!run.stderr.contains("cannot create"), "{}", run.stderr);
}

#[test]
fn a_successful_build_replaces_stale_files() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    std::fs::remove_file(site.root().join("content/rights/wages.md")).unwrap();
    site.write("content/rights/contracts.md", b"---\ntitle: x\n---\nno links\n");
    site.write("content/rights/contracts.en.md", b"---\ntitle: x\n---\nno links\n");
    site.build(&[]).assert_ok();
    assert!(!site.out().join("zh-Hans/rights/wages/index.html").exists());
}

#[test]
fn drafts_are_built_only_on_request() {
    let site = Fixture::base_with(&[("content/rights/later.md", "---\ntitle: 草稿\ndraft: true\n---\n草稿。\n")]);
    site.build(&[]).assert_ok();
    assert!(!site.out().join("zh-Hans/rights/later/index.html").exists());
    site.build(&["--drafts"]).assert_ok();
    assert!(site.out().join("zh-Hans/rights/later/index.html").exists());
}

#[test]
fn slugs_and_assets() {
    let site = Fixture::base_with(&[(
        "content/rights/wages.md",
        "---\ntitle: 欠薪\nslug: unpaid-wages\n---\n## 证据\n\n![表格](form.png) [下载](form.pdf)\n",
    )]);
    site.write("content/rights/form.png", b"\x89PNG");
    site.write("content/rights/form.pdf", b"%PDF");
    site.build(&[]).assert_ok();
    let page = site.read("zh-Hans/rights/unpaid-wages/index.html");
    assert!(page.contains("src=\"../../../media/rights/form.png\""), "{page}");
    assert!(site.out().join("media/rights/form.pdf").is_file());
    assert_links_resolve(&site.out(), false);
}

#[test]
fn crlf_and_byte_order_marks_are_accepted() {
    let site = Fixture::base();
    site.write("content/rights/wages.md", "\u{feff}---\r\ntitle: 欠薪\r\n---\r\n## 证据\r\n\r\n正文\r\n".as_bytes());
    site.build(&[]).assert_ok();
    assert!(site.read("zh-Hans/rights/wages/index.html").contains("<h1>欠薪</h1>"));
}

#[test]
fn check_writes_nothing() {
    let site = Fixture::base();
    let run = site.run(&["check"]);
    run.assert_ok();
    assert!(!site.out().exists());
    let run = site.run(&["check", "--format", "json"]);
    let parsed: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert!(parsed.as_array().is_some());
}

#[test]
fn new_makes_a_handbook_that_builds_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["--root", dir.path().to_str().unwrap(), "new", "my-handbook"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let root = dir.path().join("my-handbook");
    for command in [&["check"][..], &["build"][..]] {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_handbook"))
            .arg("--root")
            .arg(&root)
            .args(command)
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        assert!(!String::from_utf8_lossy(&run.stderr).contains("warning"), "{}", String::from_utf8_lossy(&run.stderr));
    }
    assert!(root.join("public/zh-Hans/your-rights/unpaid-wages/index.html").is_file());
    assert!(
        root.join("public/en/offices/region/capital/central/index.html").is_file(),
        "with a small office directory"
    );
    // A second `new` into the same folder changes nothing.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["--root", dir.path().to_str().unwrap(), "new", "my-handbook"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn verbose_build_times_every_stage() {
    let site = Fixture::base();
    let verbose = site.run(&["build", "--verbose"]);
    verbose.assert_ok();
    for stage in ["load", "validate", "index", "export", "render", "write"] {
        let timed = verbose
            .stderr
            .lines()
            .any(|line| line.trim_start().starts_with(stage) && line.contains(" ms") && line.contains("peak memory"));
        assert!(timed, "no time for {stage}:\n{}", verbose.stderr);
    }
    assert!(verbose.stderr.contains("index and export ran beside render"), "{}", verbose.stderr);
}

#[test]
fn usage_errors_exit_with_2() {
    let site = Fixture::base();
    assert_eq!(site.run(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(site.run(&["frobnicate"]).code, 2);
    let quiet = site.run(&["build", "--quiet"]);
    quiet.assert_ok();
    assert_eq!(quiet.stderr, "", "--quiet prints nothing when all is well (and no progress when not on a terminal)");
    let verbose = site.run(&["build", "--verbose"]);
    assert!(verbose.stderr.contains("render"), "{}", verbose.stderr);
    let help = site.run(&["build", "--help"]);
    assert!(help.stdout.contains("--portable"), "{}", help.stdout);
}

#[test]
fn every_command_takes_quiet_and_verbose() {
    let site = Fixture::base();
    let check = site.run(&["check", "--quiet"]);
    check.assert_ok();
    assert_eq!(check.stderr, "");
    assert!(site.run(&["check"]).stderr.contains("No errors"));
    let verbose = site.run(&["--verbose", "check"]);
    assert!(verbose.stderr.contains("validate") && verbose.stderr.contains("peak memory"), "{}", verbose.stderr);
    site.build(&["--quiet"]).assert_ok();
    let search = site.run(&["search", "--verbose", "--lang", "en", "contracts", "sig"]);
    assert!(search.stderr.contains("Pages must contain each of: contract · sig*"), "{}", search.stderr);
    let nothing = site.run(&["search", "--quiet", "--lang", "en", "zzzz"]);
    assert_eq!((nothing.stdout.as_str(), nothing.code), ("", 0));
    assert_eq!(site.run(&["build", "--quiet", "--verbose"]).code, 2, "one or the other");
    let dir = tempfile::tempdir().unwrap();
    let new = site.run(&["new", "--quiet", dir.path().join("h").to_str().unwrap()]);
    assert_eq!((new.code, new.stderr.as_str()), (0, ""));
}

#[test]
fn ui_strings_fall_back_to_the_default_language_with_a_warning() {
    let config = common::CONFIG.replace(
        "  - { code: ar, name: العربية }",
        "  - { code: ar, name: العربية }\n  - { code: fr, name: Français }",
    );
    let site = Fixture::base_with(&[("handbook.yaml", &config), ("i18n/fr.ftl", "home = Accueil\n")]);
    let run = site.build(&[]);
    run.assert_ok();
    assert!(run.stderr.contains("warning: i18n/fr.ftl:"), "{}", run.stderr);
    assert!(run.stderr.contains("have no `fr` translation and will show in `zh-Hans`"), "{}", run.stderr);
    let page = site.read("fr/rights/contracts/index.html");
    assert!(page.contains(">Accueil</a>"), "the site's own string is used: {page}");
    assert!(page.contains("跳到正文"), "missing strings come from the default language: {page}");
}

#[test]
fn a_ui_string_missing_everywhere_is_an_error() {
    let site = Fixture::base();
    for entry in std::fs::read_dir("themes/default/templates").unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let name = name.as_str();
        let text = std::fs::read_to_string(format!("themes/default/templates/{name}")).unwrap();
        let text = if name == "page.html" {
            text.replace("{{ t(key=\"toc-title\") }}", "{{ t(key=\"no-such-string\") }}")
        } else {
            text
        };
        site.write(&format!("themes/custom/templates/{name}"), text.as_bytes());
    }
    for lang in ["zh-Hans", "en", "ar"] {
        let text = std::fs::read(format!("themes/default/i18n/{lang}.ftl")).unwrap();
        site.write(&format!("themes/custom/i18n/{lang}.ftl"), &text);
    }
    site.write("themes/custom/static/style.css", b"body{}");
    std::fs::write(site.root().join("handbook.yaml"), format!("{}theme: custom\n", common::CONFIG)).unwrap();
    let run = site.build(&[]);
    run.assert_errors();
    assert_eq!(run.error_count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("the theme uses the UI string `no-such-string`, which no language has"),
        "{}",
        run.stderr
    );
}

#[test]
fn no_bidi_isolation_marks_anywhere_in_the_output() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    for (path, bytes) in tree(&site.out()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{path} has Fluent isolation marks");
    }
}

#[test]
fn editions_are_made_only_when_asked_for() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    assert!(!site.out().join("downloads").exists());
    assert!(!site.read("en/index.html").contains("download>"));
}

#[test]
fn editions_to_carry_offline() {
    let site = Fixture::base();
    site.write("handbook.yaml", format!("{}downloads: true\n", common::CONFIG).as_bytes());
    site.build(&[]).assert_ok();
    let single = site.read("downloads/handbook-en.html");
    for title in ["Home", "Rights", "Contracts", "欠薪"] {
        assert!(single.contains(&format!("<h1>{title}</h1>")), "{title} missing");
    }
    assert!(single.contains("<style>"), "styles are inline");
    assert!(single.contains("Content-Security-Policy"), "{single}");
    // Every link inside the file goes to a place inside it (or to a phone, mail or the web).
    let ids: std::collections::HashSet<String> =
        single.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_owned).collect();
    let mut internal = 0;
    for href in common::attribute_values(&single, "href") {
        if let Some(anchor) = href.strip_prefix('#') {
            assert!(ids.contains(&common::percent_decode(anchor)), "#{anchor} has no target");
            internal += 1;
        } else {
            assert!(href.starts_with("tel:") || href.starts_with("https:"), "{href} leaves the file");
        }
    }
    assert!(internal > 10);
    assert!(!single.contains(" src=\""), "nothing is loaded from elsewhere");
    // The portable site as a zip, with links that work from disk.
    let zip = std::fs::read(site.out().join("downloads/handbook-portable.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a zip");
    let mut page = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("handbook/en/rights/contracts/index.html").expect("a page"),
        &mut page,
    )
    .unwrap();
    assert!(page.contains("href=\"../index.html\""), "{page}");
    assert!(archive.by_name("handbook/search/en/s0.js").is_ok());
    assert!(archive.by_name("handbook/downloads/handbook-en.html").is_err(), "editions are not zipped again");
    // Front pages offer both, with sizes.
    let home = site.read("en/index.html");
    assert!(
        home.contains("<a href=\"../downloads/handbook-en.html\" download>The whole handbook as one file ("),
        "{home}"
    );
    assert!(
        home.contains("<a href=\"../downloads/handbook-portable.zip\" download>The whole website as a zip"),
        "{home}"
    );
    // `check` makes no editions.
    let run = site.run(&["check"]);
    run.assert_ok();
}

#[test]
fn pages_forbid_inline_scripts_and_other_origins() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    for page in [
        "index.html",
        "404.html",
        "offline.html",
        "en/index.html",
        "en/rights/contracts/index.html",
        "en/search/index.html",
    ] {
        let html = site.read(page);
        assert!(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';"
            ),
            "{page} has no Content-Security-Policy"
        );
        let inline_scripts = html
            .split("<script")
            .skip(1)
            .filter(|tag| !tag.starts_with(" src=") && !tag.starts_with(" type=\"application/ld+json\""))
            .count();
        assert_eq!(inline_scripts, 0, "{page} has an inline script");
    }
}

#[test]
fn a_misspelt_name_in_a_ui_string_is_a_warning() {
    let site =
        Fixture::base_with(&[("i18n/en.ftl", "fallback-notice = Not yet in { $language }; shown in { $sorce }.\n")]);
    let run = site.build(&[]);
    run.assert_ok();
    assert!(
        run.stderr.contains("warning: i18n/en.ftl: the UI string `fallback-notice` in `en` cannot be completed"),
        "{}",
        run.stderr
    );
}

#[test]
fn long_sections_list_the_nearest_pages_and_link_to_the_rest() {
    let mut files = common::base_files();
    let pages: Vec<(String, String)> = (1..=40)
        .map(|n| {
            (format!("content/rights/p{n:02}.en.md"), format!("---\ntitle: Page {n}\nweight: {}\n---\nText.\n", n + 10))
        })
        .collect();
    files.extend(pages.iter().map(|(path, text)| (path.as_str(), text.clone())));
    let site = Fixture::new(&files);
    site.build(&[]).assert_ok();
    let page = site.read("en/rights/p20/index.html");
    let footer = &page[page.find("class=\"section-nav\"").expect("section nav")..];
    let footer = &footer[..footer.find("</nav>").unwrap()];
    assert_eq!(footer.matches("<li>").count(), 15, "{footer}");
    assert!(footer.contains("<span aria-current=\"page\">Page 20</span>"), "{footer}");
    assert!(footer.contains("Page 13") && footer.contains("Page 27") && !footer.contains("Page 28"), "{footer}");
    assert!(footer.contains("<a href=\"../\">42 pages in this section</a>"), "{footer}");
    // Short sections list every page, with no link.
    let short = Fixture::base();
    short.build(&[]).assert_ok();
    let page = short.read("en/rights/contracts/index.html");
    assert!(!page.contains("pages in this section</a>"), "{page}");
}
