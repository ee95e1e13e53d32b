//! `handbook search` over fixture sites: Chinese words and characters, English stemming,
//! offices, and what the browser's pieces contain.

mod common;

use common::{Fixture, CONFIG};

const ZH_PAGE: &str = "---\ntitle: 工伤认定\ndescription: 受伤以后怎么申请工伤认定\n---\n## 证据\n\n在工作中受伤，要在一年内申请工伤认定。老板拖欠工资，可以向劳动监察投诉。打12333热线问清楚。\n";
const EN_PAY: &str = "---\ntitle: Getting paid on time\n---\n## Evidence\n\nYour employer must pay wages every month. Paying late is against the law.\n";
const EN_OTHER: &str =
    "---\ntitle: Contracts\n---\n## Step 1: Sign\n\nAsk for a written contract. See [wages](wages.md#证据).\n";

fn site() -> Fixture {
    let site = Fixture::base_with(&[
        ("content/rights/injury.md", ZH_PAGE),
        ("content/rights/pay.en.md", EN_PAY),
        ("content/rights/pay.md", "---\ntitle: 按时发工资\n---\n## 证据\n\n老板每个月都要发工资。\n"),
        ("content/rights/contracts.en.md", EN_OTHER),
        ("content/offices/_regions.yaml", "guangdong:\n  name: { zh-Hans: 广东省, en: Guangdong }\n  children:\n    shenzhen: { name: { zh-Hans: 深圳市, en: Shenzhen } }\n"),
        ("content/offices/_services.yaml", "kinds:\n  legal-aid: { zh-Hans: 法律援助, en: Legal aid }\nservices:\n  wage-arrears: { zh-Hans: 欠薪, en: Unpaid wages }\n"),
        ("content/offices/gd.yaml", "- id: sz-legal-aid\n  kind: legal-aid\n  name: { zh-Hans: 深圳市法律援助中心, en: Shenzhen Legal Aid Centre }\n  region: guangdong/shenzhen\n  address: { zh-Hans: 福田区示例路1号, en: 1 Example Road }\n  services: [wage-arrears]\n  last_verified: 2026-10-01\n"),
    ]);
    site.run_with_env(&["build"], &[("SOURCE_DATE_EPOCH", "1795910400")]).assert_ok();
    site
}

fn urls(site: &Fixture, lang: &str, query: &str) -> Vec<String> {
    let run = site.run(&["search", "--lang", lang, "--json", "--limit", "100", query]);
    run.assert_ok();
    let hits: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("json");
    for pair in hits.windows(2) {
        assert!(pair[0]["score"].as_f64() >= pair[1]["score"].as_f64(), "not best first: {hits:?}");
    }
    hits.iter().map(|h| h["url"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn every_two_character_word_finds_its_page() {
    let site = site();
    let text = "在工作中受伤，要在一年内申请工伤认定。老板拖欠工资，可以向劳动监察投诉。";
    let mut checked = 0;
    for run in text.split(['，', '。']) {
        let chars: Vec<char> = run.chars().collect();
        for pair in chars.windows(2) {
            let word: String = pair.iter().collect();
            let found = urls(&site, "zh-Hans", &word);
            assert!(found.contains(&"zh-Hans/rights/injury/".to_owned()), "{word}: {found:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, 28);
    // A word in the title ranks the page first.
    assert_eq!(urls(&site, "zh-Hans", "工伤认定")[0], "zh-Hans/rights/injury/");
}

#[test]
fn one_character_queries_and_misses() {
    let site = site();
    assert!(urls(&site, "zh-Hans", "伤").contains(&"zh-Hans/rights/injury/".to_owned()));
    // The last character of a run is found too.
    assert!(urls(&site, "zh-Hans", "诉").contains(&"zh-Hans/rights/injury/".to_owned()));
    assert!(urls(&site, "zh-Hans", "鑫").is_empty());
    assert!(urls(&site, "zh-Hans", "工伤火箭").is_empty(), "all parts of a query must match");
    assert!(urls(&site, "zh-Hans", "12333").contains(&"zh-Hans/rights/injury/".to_owned()));
}

#[test]
fn english_words_are_stemmed() {
    let site = site();
    for query in ["paid", "pay", "paying", "pays", "PAYING"] {
        let found = urls(&site, "en", query);
        assert_eq!(found.first().map(String::as_str), Some("en/rights/pay/"), "{query}: {found:?}");
    }
    // The last word is also a prefix, for search as you type.
    assert!(urls(&site, "en", "employ").contains(&"en/rights/pay/".to_owned()));
    assert!(urls(&site, "en", "wage").contains(&"en/rights/pay/".to_owned()));
    assert!(urls(&site, "en", "the of").is_empty(), "stop words alone find nothing");
}

#[test]
fn offices_are_found_by_name_service_and_region() {
    let site = site();
    let office = "zh-Hans/offices/region/guangdong/shenzhen/#sz-legal-aid".to_owned();
    for query in ["法律援助中心", "欠薪", "深圳", "广东", "福田"] {
        assert!(urls(&site, "zh-Hans", query).contains(&office), "{query}");
    }
    let office_en = "en/offices/region/guangdong/shenzhen/#sz-legal-aid".to_owned();
    for query in ["legal aid", "unpaid wages", "Shenzhen", "guangdong"] {
        assert!(urls(&site, "en", query).contains(&office_en), "{query}");
    }
}

#[test]
fn search_needs_a_build_and_a_known_language() {
    let site = Fixture::base();
    let run = site.run(&["search", "--lang", "en", "x"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("run `handbook build` first"), "{}", run.stderr);
    assert_eq!(site.run(&["search", "x"]).code, 2, "--lang is required");
    site.build(&[]).assert_ok();
    let run = site.run(&["search", "--lang", "fr", "x"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("`fr` is not one of the site's languages: ar, en, zh-Hans"), "{}", run.stderr);
}

#[test]
fn pieces_for_the_browser() {
    let site = site();
    let search = site.read("en/search/index.html");
    assert!(search.contains("data-search-results"), "{search}");
    assert!(search.contains("data-stems=\"english\""), "{search}");
    assert!(search.contains("data-stemmer=\"../../static/stemmers/english.js?v="), "{search}");
    let arabic = site.read("ar/search/index.html");
    assert!(arabic.contains("data-stems=\"arabic\" data-stemmer=\"../../static/stemmers/arabic.js?v="), "{arabic}");
    let chinese = site.read("zh-Hans/search/index.html");
    assert!(chinese.contains("data-stems=\"\" data-stemmer=\"\""), "no stemmer for Chinese");
    assert!(
        site.read("static/stemmers/LICENSE-SNOWBALL.txt").contains("BSD")
            || site.read("static/stemmers/LICENSE-SNOWBALL.txt").contains("Redistribution"),
        "the stemmers' licence is published with them"
    );
    // Saving a language for offline reading takes its own stemmer only.
    let manifest = site.read("offline/ar.json");
    assert!(manifest.contains("static/stemmers/arabic.js") && !manifest.contains("english.js"), "{manifest}");
    // Without JavaScript the search page lists every page.
    for page in ["../rights/pay/", "../rights/contracts/", "../rights/injury/"] {
        assert!(search.contains(&format!("<a href=\"{page}\"")), "{page} not listed");
    }
    let shard = std::fs::read_to_string(site.out().join("search/en/s0.js")).unwrap();
    assert!(shard.starts_with("HS(0,0,["), "{shard}");
    let docs = site.read("search/en/d0.js");
    assert!(docs.starts_with("HS(1,0,[[\"en/\",\"Home\""), "{docs}");
    // Every page has a search box leading to the search page.
    assert!(site
        .read("en/rights/pay/index.html")
        .contains("<form class=\"search-box\" role=\"search\" action=\"../../search/\""));
    // The tantivy index lives beside the output, not in it.
    assert!(site.root().join(".public.search-index/en/meta.json").is_file());
    assert!(!site.out().join(".search-index").exists());
    let _ = CONFIG;
}
