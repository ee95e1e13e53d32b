//! Real-browser tests: builds the sample handbook (plus a hostile page) normally and with
//! --portable, records what `handbook search --json` returns for a list of queries and what
//! tantivy's stemmer makes of many English words, then runs `tests/browser/*.test.mjs` in
//! Node with Debian's Chromium, which checks that the browser agrees, over http and file://.
//!
//! Needs `node`, `/usr/bin/chromium` and `npm ci` in tests/browser (`.ci/run` installs them).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use handbook::search::analyzer::Analyzer;

const QUERIES: &[(&str, &str)] = &[
    ("zh-Hans", "欠薪"),
    ("zh-Hans", "工伤认定"),
    ("zh-Hans", "劳动合同"),
    ("zh-Hans", "薪"),
    ("zh-Hans", "仲裁"),
    ("zh-Hans", "12333"),
    ("zh-Hans", "社保 转移"),
    ("zh-Hans", "法律援助 深圳"),
    ("zh-Hans", "没有这个词汇"),
    ("en", "unpaid wages"),
    ("en", "work injury"),
    ("en", "paid"),
    ("en", "arbitration"),
    ("en", "legal aid"),
    ("en", "contract"),
    ("en", "wag"),
    ("en", "social insurance transfer"),
    ("en", "overtime pay"),
    ("en", "Shenzhen"),
    ("en", "hostile"),
];

const HOSTILE: &str = "---\ntitle: \"Hostile <img src=x onerror=window.__xss=1> page\"\ndescription: \"hostile <img src=x onerror=window.__xss=1> description\"\n---\nhostile text\n";

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn handbook(root: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .arg("--root")
        .arg(root)
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1795910400")
        .output()
        .expect("run handbook");
    assert!(output.status.success(), "handbook {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A language of each stemmer tantivy has.
const STEMMED_LANGUAGES: &[&str] =
    &["ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "ta", "tr"];

/// For each Snowball algorithm, words and their stems by tantivy, for the browser's ports to
/// agree with: the word list `tests/stemmers/<algorithm>.txt`, and for English also the
/// sample handbook's words.
fn stems_by_algorithm(repo: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut all = BTreeMap::new();
    for lang in STEMMED_LANGUAGES {
        let (_, algorithm) = handbook::search::analyzer::stemmer_for(lang).expect("a stemmer");
        let list = repo.join(format!("tests/stemmers/{algorithm}.txt"));
        let text = std::fs::read_to_string(&list).unwrap_or_else(|_| panic!("{} is missing", list.display()));
        let mut words: Vec<String> = text.lines().map(str::to_owned).collect();
        if algorithm == "english" {
            words.extend(vocabulary(repo));
        }
        assert!(words.len() > 1000, "{algorithm}: only {} words", words.len());
        let mut analyzer = Analyzer::for_language(lang);
        all.insert(algorithm.to_owned(), words.into_iter().map(|w| (w.clone(), analyzer.stem(&w))).collect());
    }
    all
}

/// English words to compare stemmers on: the sample handbook's, and each with common suffixes.
fn vocabulary(root: &Path) -> Vec<String> {
    let mut words = std::collections::BTreeSet::new();
    for entry in walkdir::WalkDir::new(root.join("content")).into_iter().filter_map(Result::ok) {
        if entry.path().to_string_lossy().ends_with(".en.md") {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default().to_lowercase();
            for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
                if !word.is_empty() && word.len() < 30 {
                    words.insert(word.trim_matches('\'').to_owned());
                }
            }
        }
    }
    let bases: Vec<String> = words.iter().cloned().collect();
    for base in bases.iter().take(3000) {
        for suffix in [
            "s", "es", "ed", "ing", "ly", "ness", "ation", "ational", "izer", "fulness", "ousli", "ical", "ement",
            "'s", "ies", "y",
        ] {
            words.insert(format!("{base}{suffix}"));
        }
    }
    for word in [
        "skis",
        "skies",
        "dying",
        "lying",
        "tying",
        "news",
        "gently",
        "early",
        "succeeding",
        "proceeding",
        "exceeding",
        "canning",
        "inning",
        "earring",
        "herring",
        "outing",
        "generate",
        "communal",
        "universal",
        "arsenal",
        "past",
        "later",
        "yes",
        "ay",
        "café",
        "naïve",
        "12333",
        "3rd",
    ] {
        words.insert(word.to_owned());
    }
    words.into_iter().filter(|w| !w.is_empty()).collect()
}

#[test]
fn real_browser_tests() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let browser_dir = repo.join("tests/browser");
    assert!(
        browser_dir.join("node_modules/playwright-core").is_dir() && Path::new("/usr/bin/chromium").exists(),
        "the browser tests need Chromium and playwright-core: run `bash .ci/run`, or `apt-get install chromium` and `npm ci --prefix tests/browser`"
    );
    let work = tempfile::tempdir().expect("temporary folder");
    let root = work.path().join("handbook");
    for part in ["content", "i18n"] {
        copy_tree(&repo.join(part), &root.join(part));
    }
    // An Arabic language whose pages all fall back to Chinese: right-to-left chrome around
    // left-to-right content.
    let config = std::fs::read_to_string(repo.join("handbook.yaml"))
        .expect("config")
        .replace(
            "  en: Migrant Workers' Rights Handbook",
            "  en: Migrant Workers' Rights Handbook\n  ar: دليل حقوق العمال المهاجرين",
        )
        .replace("  - { code: en, name: English }", "  - { code: en, name: English }\n  - { code: ar, name: العربية }");
    assert!(config.contains("code: ar"), "the sample's handbook.yaml changed shape");
    std::fs::write(root.join("handbook.yaml"), config).expect("config");
    std::fs::write(root.join("content/hostile.md"), HOSTILE).expect("hostile page");
    let site: PathBuf = work.path().join("site");
    let portable: PathBuf = work.path().join("portable");
    handbook(&root, &["build", "--out", site.to_str().unwrap()]);
    handbook(&root, &["build", "--portable", "--out", portable.to_str().unwrap()]);

    let expected: Vec<serde_json::Value> = QUERIES
        .iter()
        .map(|(lang, query)| {
            let json = handbook(
                &root,
                &["search", "--out", site.to_str().unwrap(), "--lang", lang, "--json", "--limit", "10", query],
            );
            let hits: Vec<serde_json::Value> = serde_json::from_str(&json).expect("json");
            let urls: Vec<&str> = hits.iter().filter_map(|h| h["url"].as_str()).collect();
            serde_json::json!({ "lang": lang, "query": query, "urls": urls })
        })
        .collect();
    let expected_file = work.path().join("expected.json");
    std::fs::write(&expected_file, serde_json::to_string(&expected).unwrap()).unwrap();

    let stems = stems_by_algorithm(repo);
    let stems_file = work.path().join("stems.json");
    std::fs::write(&stems_file, serde_json::to_string(&stems).unwrap()).unwrap();

    let output = Command::new("node")
        .args(["--test", "--test-reporter=spec"])
        .arg(browser_dir.join("search.test.mjs"))
        .arg(browser_dir.join("a11y.test.mjs"))
        .arg(browser_dir.join("offline.test.mjs"))
        .arg(browser_dir.join("editions.test.mjs"))
        .current_dir(&browser_dir)
        .env("HANDBOOK_SITE", &site)
        .env("HANDBOOK_PORTABLE", &portable)
        .env("HANDBOOK_EXPECTED", &expected_file)
        .env("HANDBOOK_STEMS", &stems_file)
        .env("HANDBOOK_BIN", env!("CARGO_BIN_EXE_handbook"))
        .env("HANDBOOK_ROOT", &root)
        .output()
        .expect("run node (is Node.js installed?)");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}");
    assert!(output.status.success(), "browser tests failed:\n{report}\n{}", String::from_utf8_lossy(&output.stderr));
}
