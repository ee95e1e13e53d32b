//! Arbitrary bytes as office-directory files, loaded as the build loads `content/offices/`,
//! then exported and described as the render stage does. Invariant: no panic, diagnostics
//! that can be printed.
//!
//! The first byte chooses which file the rest is (the others are the valid sample files, so
//! the fuzzed one gets past "file missing"): 0 an office list, 1 `_regions.yaml`,
//! 2 `_services.yaml`, 3 all three, split at NUL bytes.
#![no_main]

use handbook::config::Config;
use handbook::diagnostics::{Diagnostics, SourceText};
use handbook::directory::{self, export, hours};
use handbook::source;
use handbook::text::Date;
use handbook_fuzz::check_diagnostics;
use libfuzzer_sys::fuzz_target;

const CONFIG: &str = "\
title: { zh-Hans: 手册, en: Handbook }
default_language: zh-Hans
languages:
  - { code: zh-Hans, name: 简体中文 }
  - { code: en, name: English }
  - { code: ar, name: العربية, dir: rtl }
offices: { stale_after_days: 365 }
";

const REGIONS: &str = "\
guangdong:
  name: { zh-Hans: 广东省, en: Guangdong }
  weight: 1
  children:
    shenzhen: { name: { zh-Hans: 深圳市, en: Shenzhen } }
    dongguan: { name: { zh-Hans: 东莞市 } }
";

const SERVICES: &str = "\
kinds:
  arbitration: { zh-Hans: 劳动争议仲裁, en: Labor dispute arbitration }
  legal-aid: { zh-Hans: 法律援助, en: Legal aid }
services:
  wage-arrears: { zh-Hans: 欠薪, en: Unpaid wages }
  work-injury: { zh-Hans: 工伤, en: Work injury }
";

const OFFICES: &str = "\
- id: sz-arbitration
  kind: arbitration
  name: { zh-Hans: 深圳市劳动人事争议仲裁院, en: Shenzhen Labor Dispute Arbitration Court }
  region: guangdong/shenzhen
  geo: [22.543, 114.057]
  datum: gcj02
  phones:
    - { number: \"+86 755 0000 0000\", label: { en: Enquiries } }
  hours: \"Mo-Fr 09:00-12:00,14:00-18:00; PH off\"
  services: [wage-arrears]
  last_verified: 2026-10-01
";

struct Words;

impl hours::HoursWords for Words {
    fn weekday(&self, day: u32) -> String {
        ["?", "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].get(day as usize).unwrap_or(&"??").to_string()
    }
    fn day_range(&self, from: &str, to: &str) -> String {
        format!("{from}–{to}")
    }
    fn public_holidays(&self) -> String {
        "public holidays".into()
    }
    fn open(&self, days: &str, times: &str) -> String {
        format!("{days}, {times}")
    }
    fn closed(&self, days: &str) -> String {
        format!("closed on {days}")
    }
    fn every_day(&self) -> String {
        "every day".into()
    }
    fn all_day(&self) -> String {
        "all day".into()
    }
    fn list(&self, items: &[String]) -> String {
        items.join(", ")
    }
    fn rule_separator(&self) -> String {
        "; ".into()
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let mut diagnostics = Diagnostics::new();
    let config = Config::from_source(&SourceText::new("handbook.yaml", CONFIG), &mut diagnostics)
        .expect("the fixed configuration is valid");
    let mut texts = [REGIONS.as_bytes().to_vec(), SERVICES.as_bytes().to_vec(), OFFICES.as_bytes().to_vec()];
    match mode % 4 {
        0 => texts[2] = rest.to_vec(),
        1 => texts[0] = rest.to_vec(),
        2 => texts[1] = rest.to_vec(),
        _ => {
            let mut parts = rest.splitn(3, |&b| b == 0);
            for text in &mut texts {
                *text = parts.next().unwrap_or_default().to_vec();
            }
        }
    }
    let names = ["content/offices/_regions.yaml", "content/offices/_services.yaml", "content/offices/guangdong.yaml"];
    let mut files = Vec::new();
    for (name, text) in names.iter().zip(texts) {
        match source::decode(name, text) {
            Ok(file) => files.push(file),
            Err(not_utf8) => diagnostics.push(not_utf8),
        }
    }
    let today = Date { year: 2026, month: 11, day: 29 };
    if let Some(directory) = directory::load(&files, &config, today, &mut diagnostics) {
        let _ = export::export(&directory, &config);
        for office in &directory.offices {
            assert!(office.region < directory.regions.len() && office.kind < directory.kinds.len());
            assert!(office.services.iter().all(|&s| s < directory.services.len()));
            if let Some(hours) = &office.hours {
                let _ = hours::describe(&hours.parsed, &Words);
                let _ = hours::specifications(&hours.parsed);
            }
        }
        for region in 0..directory.regions.len() {
            let _ = directory.count_in(region);
        }
        let _ = directory.page_paths();
    }
    check_diagnostics(diagnostics);
});
