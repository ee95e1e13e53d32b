//! Office directories: validated YAML becomes pages, JSON-LD and an open-data export.

mod common;

use common::{assert_links_resolve, Fixture, CONFIG};

const REGIONS: &str = "\
guangdong:
  name: { zh-Hans: 广东省, en: Guangdong }
  children:
    shenzhen: { name: { zh-Hans: 深圳市, en: Shenzhen } }
    dongguan: { name: { zh-Hans: 东莞市 } }
";

const SERVICES: &str = "\
kinds:
  arbitration: { zh-Hans: 劳动争议仲裁, en: Labor dispute arbitration, ar: تحكيم }
  legal-aid: { zh-Hans: 法律援助, en: Legal aid }
  ngo: { zh-Hans: 公益机构, en: NGO }
services:
  wage-arrears: { zh-Hans: 欠薪, en: Unpaid wages }
  work-injury: { zh-Hans: 工伤, en: Work injury }
";

const OFFICES: &str = "\
- id: sz-arbitration
  kind: arbitration
  name: { zh-Hans: 深圳市劳动人事争议仲裁院, en: Shenzhen Labor Dispute Arbitration Court }
  region: guangdong/shenzhen
  address: { zh-Hans: 深圳市福田区示例路1号, en: \"1 Example Road, Futian, Shenzhen\" }
  geo: [22.543, 114.057]
  phones:
    - { number: \"+86 755 0000 0000\", label: { zh-Hans: 咨询, en: Enquiries } }
    - { number: \"12333\" }
  hours: \"Mo-Fr 09:00-12:00,14:00-18:00; PH off\"
  services: [wage-arrears, work-injury]
  languages: [zh-Hans, yue]
  website: https://example.org/
  last_verified: 2026-10-01
  source: https://example.org/list
  example: true

- id: sz-legal-aid
  kind: legal-aid
  name: { zh-Hans: 深圳市法律援助中心 }
  region: guangdong/shenzhen
  geo: [22.5403, 114.0621]
  datum: gcj02
  phones:
    - { number: \"12348\" }
  hours: \"Mo-Sa 08:30-17:00\"
  services: [work-injury]
  last_verified: 2026-09-01

- id: dg-ngo
  kind: ngo
  name: { zh-Hans: 东莞工友之家 }
  region: guangdong/dongguan
  last_verified: 2020-01-01
";

const PAGE_WITH_DIRECTORY_LINKS: &str = "---\ntitle: 欠薪\n---\n## 证据\n\n找[深圳的仲裁院](directory:region/guangdong/shenzhen#sz-arbitration)、[法律援助](directory:kind/legal-aid)或[名录](directory:)。\n";

fn site_with(offices: &str) -> Fixture {
    Fixture::base_with(&[
        ("content/offices/_regions.yaml", REGIONS),
        ("content/offices/_services.yaml", SERVICES),
        ("content/offices/guangdong.yaml", offices),
        ("content/rights/wages.md", PAGE_WITH_DIRECTORY_LINKS),
    ])
}

fn build_ok(site: &Fixture) -> String {
    let run = site.run_with_env(&["build"], &[("SOURCE_DATE_EPOCH", "1795000000")]);
    run.assert_ok();
    run.stderr.clone()
}

#[test]
fn every_directory_page_in_every_language() {
    let site = site_with(OFFICES);
    build_ok(&site);
    for lang in ["zh-Hans", "en", "ar"] {
        for page in [
            "offices/index.html",
            "offices/region/guangdong/index.html",
            "offices/region/guangdong/shenzhen/index.html",
            "offices/region/guangdong/dongguan/index.html",
            "offices/kind/arbitration/index.html",
            "offices/kind/legal-aid/index.html",
            "offices/kind/ngo/index.html",
        ] {
            assert!(site.out().join(lang).join(page).is_file(), "{lang}/{page} missing");
        }
    }
    assert_links_resolve(&site.out(), false);
    let home = site.read("en/offices/index.html");
    assert!(
        home.contains("<a href=\"region/guangdong/\">Guangdong</a> <span class=\"count\">3 offices</span>"),
        "{home}"
    );
    assert!(
        home.contains("<a href=\"region/guangdong/shenzhen/\">Shenzhen</a> <span class=\"count\">2 offices</span>"),
        "{home}"
    );
    // Dongguan has no English name: the Chinese one is shown, marked as Chinese.
    assert!(
        home.contains(
            "<a href=\"region/guangdong/dongguan/\" lang=\"zh-Hans\">东莞市</a> <span class=\"count\">1 office</span>"
        ),
        "{home}"
    );
    assert!(home.contains("<a href=\"kind/legal-aid/\">Legal aid</a> <span class=\"count\">1 office</span>"), "{home}");
    // Every page links to the directory.
    assert!(site
        .read("en/rights/contracts/index.html")
        .contains("<a class=\"find-help\" href=\"../../offices/\">Find help near you</a>"));
}

#[test]
fn offices_are_entries_workers_can_use() {
    let site = site_with(OFFICES);
    build_ok(&site);
    let page = site.read("en/offices/region/guangdong/shenzhen/index.html");
    assert!(page.contains("<article class=\"office\" id=\"sz-arbitration\">"), "{page}");
    assert!(page.contains("<a class=\"call\" href=\"tel:+8675500000000\"><bdi dir=\"ltr\">+86 755 0000 0000</bdi></a> <span>Enquiries</span>"), "{page}");
    assert!(page.contains("<a class=\"call\" href=\"tel:12333\"><bdi dir=\"ltr\">12333</bdi></a>"), "{page}");
    assert!(
        page.contains("<dd>Monday to Friday, 9:00–12:00 and 14:00–18:00; closed on public holidays</dd>"),
        "{page}"
    );
    assert!(page.contains("<dd>Unpaid wages, Work injury</dd>"), "{page}");
    assert!(page.contains("<dd>Chinese (Mandarin), Cantonese</dd>"), "{page}");
    assert!(page.contains("<a class=\"map\" href=\"geo:22.543000,114.057000\">Map</a>"), "{page}");
    assert!(page.contains("<p class=\"example-label\">Example entry"), "{page}");
    assert!(page.contains("<time datetime=\"2026-10-01\">1 October 2026</time>"), "{page}");
    // A name missing in English falls back to Chinese, marked as such.
    assert!(page.contains("<h3 lang=\"zh-Hans\">深圳市法律援助中心</h3>"), "{page}");
    // GCJ-02 coordinates from a Chinese map app are converted to WGS84 for the map link.
    let geo = page.split("geo:").nth(2).expect("second map link").split('"').next().unwrap().to_owned();
    let (lat, lon) = geo.split_once(',').unwrap();
    let (lat, lon): (f64, f64) = (lat.parse().unwrap(), lon.parse().unwrap());
    assert!((lat - 22.5403).abs() > 0.001 && (lat - 22.5403).abs() < 0.01, "{lat}");
    assert!((lon - 114.0621).abs() > 0.003 && (lon - 114.0621).abs() < 0.01, "{lon}");
    // Kind pages group by region.
    let kind = site.read("en/offices/kind/arbitration/index.html");
    assert!(kind.contains("<h2><a href=\"../../region/guangdong/shenzhen/\">Guangdong › Shenzhen</a></h2>"), "{kind}");
}

#[test]
fn hours_in_words_in_each_language() {
    let site = site_with(OFFICES);
    build_ok(&site);
    let zh = site.read("zh-Hans/offices/region/guangdong/shenzhen/index.html");
    assert!(zh.contains("<dd>周一至周五 9:00–12:00、14:00–18:00；法定节假日休息</dd>"), "{zh}");
    assert!(zh.contains("<dd>周一至周六 8:30–17:00</dd>"), "{zh}");
    let ar = site.read("ar/offices/region/guangdong/shenzhen/index.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("<dd>من الاثنين إلى الجمعة، 9:00–12:00 و14:00–18:00؛ مغلق في العطل الرسمية</dd>"), "{ar}");
    // Phone numbers stay left-to-right inside right-to-left text.
    assert!(ar.contains("<bdi dir=\"ltr\">+86 755 0000 0000</bdi>"), "{ar}");
}

#[test]
fn json_ld_parses_back() {
    let site = site_with(OFFICES);
    build_ok(&site);
    let page = site.read("en/offices/region/guangdong/shenzhen/index.html");
    let blocks: Vec<serde_json::Value> = page
        .split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|rest| serde_json::from_str(rest.split("</script>").next().unwrap()).expect("valid JSON-LD"))
        .collect();
    assert_eq!(blocks.len(), 2);
    let office = &blocks[0];
    assert_eq!(office["@context"], "https://schema.org");
    assert_eq!(office["@type"], "GovernmentOffice");
    assert_eq!(office["name"], "Shenzhen Labor Dispute Arbitration Court");
    assert_eq!(office["contactPoint"][0]["@type"], "ContactPoint");
    assert_eq!(office["contactPoint"][0]["telephone"], "+86 755 0000 0000");
    assert_eq!(office["contactPoint"][0]["contactType"], "Enquiries");
    assert_eq!(office["openingHoursSpecification"][1]["opens"], "14:00");
    assert_eq!(office["openingHoursSpecification"][1]["dayOfWeek"].as_array().unwrap().len(), 5);
    assert_eq!(office["geo"]["latitude"], 22.543);
    assert_eq!(office["url"], "https://example.org/");
    let ngo = site.read("en/offices/kind/ngo/index.html");
    assert!(ngo.contains("\"@type\":\"Organization\""), "{ngo}");
}

#[test]
fn json_ld_cannot_break_out_of_its_script() {
    let offices = OFFICES.replace("深圳市劳动人事争议仲裁院", "仲裁院</script><script>alert(1)</script>");
    let site = site_with(&offices);
    build_ok(&site);
    let page = site.read("zh-Hans/offices/region/guangdong/shenzhen/index.html");
    assert!(!page.contains("<script>alert(1)"), "{page}");
    assert!(page.contains("仲裁院&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown as text");
}

#[test]
fn open_data_export_parses_back() {
    let site = site_with(OFFICES);
    build_ok(&site);
    let export: serde_json::Value = serde_json::from_str(&site.read("offices.json")).expect("valid JSON");
    assert_eq!(export["schema_version"], 1);
    assert_eq!(export["default_language"], "zh-Hans");
    assert_eq!(export["regions"][1]["id"], "guangdong/dongguan");
    assert_eq!(export["regions"][1]["parent"], "guangdong");
    assert_eq!(export["kinds"][0]["label"]["en"], "Labor dispute arbitration");
    let offices = export["offices"].as_array().unwrap();
    assert_eq!(offices.len(), 3);
    let arbitration = offices.iter().find(|o| o["id"] == "sz-arbitration").unwrap();
    assert_eq!(arbitration["region"], "guangdong/shenzhen");
    assert_eq!(arbitration["phones"][0]["tel"], "tel:+8675500000000");
    assert_eq!(arbitration["opening_hours"], "Mo-Fr 09:00-12:00,14:00-18:00; PH off");
    assert_eq!(arbitration["services"], serde_json::json!(["wage-arrears", "work-injury"]));
    let legal_aid = offices.iter().find(|o| o["id"] == "sz-legal-aid").unwrap();
    assert_eq!(legal_aid["geo"]["source_datum"], "gcj02");
    assert!((legal_aid["geo"]["lat"].as_f64().unwrap() - 22.5403).abs() > 0.001);
}

#[test]
fn markdown_links_into_the_directory() {
    let site = site_with(OFFICES);
    build_ok(&site);
    let page = site.read("en/rights/wages/index.html");
    assert!(page.contains("href=\"../../offices/region/guangdong/shenzhen/#sz-arbitration\""), "{page}");
    assert!(page.contains("href=\"../../offices/kind/legal-aid/\""), "{page}");
    assert!(page.contains("href=\"../../offices/\""), "{page}");
    let broken =
        PAGE_WITH_DIRECTORY_LINKS.replace("region/guangdong/shenzhen#sz-arbitration", "region/guangdong/shenzen");
    let site = Fixture::base_with(&[
        ("content/offices/_regions.yaml", REGIONS),
        ("content/offices/_services.yaml", SERVICES),
        ("content/offices/guangdong.yaml", OFFICES),
        ("content/rights/wages.md", &broken),
    ]);
    let run = site.build(&[]);
    run.assert_errors();
    assert!(run.stderr.contains("content/rights/wages.md:6:2"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `directory:region/guangdong/shenzhen`?"), "{}", run.stderr);
}

#[test]
fn stale_entries_warn_and_show_a_notice() {
    let site = site_with(OFFICES);
    let stderr = build_ok(&site);
    assert!(stderr.contains("warning: `dg-ngo` was last verified"), "{stderr}");
    assert!(stderr.contains("content/offices/guangdong.yaml:34:18"), "{stderr}");
    let page = site.read("en/offices/region/guangdong/dongguan/index.html");
    assert!(page.contains("<p class=\"notice stale\" role=\"note\">These details have not been checked"), "{page}");
    let fresh = site.read("en/offices/region/guangdong/shenzhen/index.html");
    assert!(!fresh.contains("notice stale"));
    // The age is configurable.
    let config = format!("{CONFIG}offices:\n  stale_after_days: 5000\n");
    std::fs::write(site.root().join("handbook.yaml"), config).unwrap();
    let stderr = build_ok(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
}

/// One validation error in a copy of OFFICES: exit 1, the location and the words expected.
fn assert_office_error(from: &str, to: &str, location: &str, words: &str) {
    let offices = OFFICES.replacen(from, to, 1);
    assert_ne!(offices, OFFICES, "{from} not found");
    let site = site_with(&offices);
    let run = site.run_with_env(&["build"], &[("SOURCE_DATE_EPOCH", "1795000000")]);
    run.assert_errors();
    assert!(
        run.stderr.contains(&format!("content/offices/guangdong.yaml:{location}")),
        "{location} not in:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains(words), "`{words}` not in:\n{}", run.stderr);
}

#[test]
fn each_validation_error_is_located() {
    assert_office_error("  example: true", "  exampel: true", "16:3", "did you mean `example`?");
    assert_office_error("- id: dg-ngo\n  kind: ngo", "- kind: ngo", "30:3", "the required key `id` is missing");
    assert_office_error("  last_verified: 2020-01-01", "", "30:3", "the required key `last_verified` is missing");
    assert_office_error(
        "id: sz-legal-aid",
        "id: sz-arbitration",
        "18:7",
        "it is first used at content/offices/guangdong.yaml:1:7",
    );
    assert_office_error("kind: legal-aid", "kind: legal-aide", "19:9", "did you mean `legal-aid`?");
    assert_office_error("services: [work-injury]", "services: [work-injuries]", "27:14", "did you mean `work-injury`?");
    assert_office_error(
        "region: guangdong/dongguan",
        "region: guangdong/dongguang",
        "33:11",
        "did you mean `guangdong/dongguan`?",
    );
    assert_office_error(
        "languages: [zh-Hans, yue]",
        "languages: [zh-Hans, yue, \"en US\"]",
        "12:30",
        "is not a language tag",
    );
    assert_office_error("\"12348\"", "\"call 12348\"", "25:18", "cannot be dialled");
    assert_office_error("\"12348\"", "12348", "25:", "phone numbers must be in quotes");
    assert_office_error("Mo-Sa 08:30-17:00", "Mo-Sa 08:30-17:00; Xx off", "26:", "these opening hours cannot be read");
    assert_office_error("[22.543, 114.057]", "[122.543, 114.057]", "6:3", "out of range");
    assert_office_error("datum: gcj02", "datum: gcj-02", "23:10", "unknown variant `gcj-02`");
    assert_office_error("last_verified: 2026-09-01", "last_verified: 2027-09-01", "28:18", "a day in the future");
    assert_office_error(
        "{ zh-Hans: 深圳市法律援助中心 }",
        "{ en: Legal aid centre }",
        "20:3",
        "no text in the default language",
    );
}

#[test]
fn all_errors_of_a_directory_at_once() {
    let offices = OFFICES
        .replace("kind: legal-aid", "kind: legal")
        .replace("region: guangdong/dongguan", "region: guangdong/x")
        .replace("\"12333\"", "\"12\"");
    let site = site_with(&offices);
    let run = site.run_with_env(&["build"], &[("SOURCE_DATE_EPOCH", "1795000000")]);
    run.assert_errors();
    assert_eq!(run.error_count(), 3, "{}", run.stderr);
}

#[test]
fn missing_vocabulary_files() {
    let site = Fixture::base_with(&[("content/offices/guangdong.yaml", OFFICES)]);
    let run = site.build(&[]);
    run.assert_errors();
    assert!(
        run.stderr.contains("content/offices/_regions.yaml: the office directory has no `_regions.yaml`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/offices/_services.yaml: the office directory has no `_services.yaml`"),
        "{}",
        run.stderr
    );
}

#[test]
fn ten_thousand_offices_build() {
    let mut offices = String::new();
    for i in 0..10_000 {
        let region = if i % 2 == 0 { "guangdong/shenzhen" } else { "guangdong/dongguan" };
        offices.push_str(&format!(
            "- id: office-{i}\n  kind: legal-aid\n  name: {{ zh-Hans: 机构{i}, en: Office {i} }}\n  region: {region}\n  phones:\n    - {{ number: \"+86 755 {i:04} 0000\" }}\n  hours: \"Mo-Fr 09:00-17:00\"\n  services: [wage-arrears]\n  last_verified: 2026-10-01\n\n"
        ));
    }
    let site = site_with(&offices);
    site.write(
        "content/rights/wages.md",
        "---\ntitle: 欠薪\n---\n## 证据\n\n[名录](directory:region/guangdong/shenzhen#office-9998)\n".as_bytes(),
    );
    let started = std::time::Instant::now();
    build_ok(&site);
    let export: serde_json::Value = serde_json::from_str(&site.read("offices.json")).unwrap();
    assert_eq!(export["offices"].as_array().unwrap().len(), 10_000);
    let page = site.read("en/offices/region/guangdong/shenzhen/index.html");
    assert_eq!(page.matches("<article class=\"office\"").count(), 5_000);
    eprintln!("10,000 offices built in {:?}", started.elapsed());
}

#[test]
fn every_mistake_in_one_office_entry_is_reported() {
    let offices = OFFICES
        .replacen("  example: true", "  exampel: true\n  colour: red", 1)
        .replacen("[22.543, 114.057]", "[22.543, \"north\"]", 1)
        .replacen("- { number: \"12333\" }", "- { number: 12333 }", 1)
        .replacen("  kind: arbitration\n", "", 1)
        .replacen("  region: guangdong/shenzhen\n", "", 1);
    let site = site_with(&offices);
    let run = site.run_with_env(&["build"], &[("SOURCE_DATE_EPOCH", "1795000000")]);
    run.assert_errors();
    for expected in [
        "guangdong.yaml:14:3",
        "unknown key `exampel`",
        "guangdong.yaml:15:3",
        "unknown key `colour`",
        "guangdong.yaml:4:",
        "guangdong.yaml:7:",
        "phone numbers must be in quotes",
        "the required key `kind` is missing",
        "the required key `region` is missing",
    ] {
        assert!(run.stderr.contains(expected), "`{expected}` not in:\n{}", run.stderr);
    }
    assert_eq!(run.error_count(), 6, "{}", run.stderr);
}

#[test]
fn a_key_written_twice_names_both_places_and_spoils_only_its_entry() {
    let services = SERVICES.replace("services:\n", "services:\n  work-injury: { zh-Hans: 工伤, en: Injury }\n");
    let offices = OFFICES.replacen("  kind: legal-aid\n", "  kind: legal-aid\n  kind: ngo\n", 1);
    let site = Fixture::base_with(&[
        ("content/offices/_regions.yaml", REGIONS),
        ("content/offices/_services.yaml", &services),
        ("content/offices/guangdong.yaml", &offices),
        ("content/rights/wages.md", PAGE_WITH_DIRECTORY_LINKS),
    ]);
    let run = site.run_with_env(&["build"], &[("SOURCE_DATE_EPOCH", "1795000000")]);
    run.assert_errors();
    assert!(run.stderr.contains("the key `work-injury` is written twice"), "{}", run.stderr);
    assert!(run.stderr.contains("it is first written at content/offices/_services.yaml:6:3"), "{}", run.stderr);
    assert!(run.stderr.contains("the key `kind` is written twice"), "{}", run.stderr);
    assert!(run.error_count() <= 3, "no cascade of errors from the spoilt entries:\n{}", run.stderr);
}
