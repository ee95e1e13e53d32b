//! Fixture sites written into temporary folders, and the `handbook` binary run on them.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const CONFIG: &str = "\
title:
  zh-Hans: 手册
  en: Handbook
  ar: دليل
default_language: zh-Hans
languages:
  - { code: zh-Hans, name: 简体中文 }
  - { code: en, name: English }
  - { code: ar, name: العربية }
hotlines:
  - number: \"12333\"
    label: { zh-Hans: 人社热线, en: Labor hotline }
";

/// A small valid site: a front page, one section with two pages, translations in part.
pub fn base_files() -> Vec<(&'static str, String)> {
    vec![
        ("handbook.yaml", CONFIG.to_owned()),
        ("content/_index.md", "---\ntitle: 首页\n---\n欢迎。见[合同](rights/contracts.md)。\n".to_owned()),
        ("content/_index.en.md", "---\ntitle: Home\n---\nWelcome. See [contracts](rights/contracts.md).\n".to_owned()),
        ("content/_index.ar.md", "---\ntitle: الرئيسية\n---\nمرحبا. انظر [العقود](rights/contracts.md).\n".to_owned()),
        ("content/rights/_index.md", "---\ntitle: 权利\nweight: 1\n---\n本部分。\n".to_owned()),
        ("content/rights/_index.en.md", "---\ntitle: Rights\nweight: 1\n---\nThis section.\n".to_owned()),
        (
            "content/rights/contracts.md",
            "---\ntitle: 合同\nweight: 1\ndescription: 书面合同\nreviewed: 2026-01-31\n---\n## 第一步：签合同\n\n见[欠薪](wages.md#证据)和[本页](#第一步签合同)。\n\n## 第二步\n\n## 第三步\n\n电话 [12333](tel:12333)。\n".to_owned(),
        ),
        (
            "content/rights/contracts.en.md",
            "---\ntitle: Contracts\nweight: 1\n---\n## Step 1: Sign\n\nSee [wages](wages.md#证据) and [the section](_index.md).\n".to_owned(),
        ),
        ("content/rights/wages.md", "---\ntitle: 欠薪\nweight: 2\n---\n## 证据\n\n回到[合同](contracts.md#第一步签合同)。\n".to_owned()),
    ]
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new(files: &[(&str, String)]) -> Fixture {
        let dir = tempfile::tempdir().expect("temporary folder");
        let fixture = Fixture { dir };
        for (path, text) in files {
            fixture.write(path, text.as_bytes());
        }
        fixture
    }

    pub fn base() -> Fixture {
        Fixture::new(&base_files())
    }

    /// The base site with some files replaced or added.
    pub fn base_with(changes: &[(&str, &str)]) -> Fixture {
        let mut files: BTreeMap<&str, String> = base_files().into_iter().collect();
        for (path, text) in changes {
            files.insert(path, (*text).to_owned());
        }
        Fixture::new(&files.into_iter().collect::<Vec<_>>())
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, path: &str, bytes: &[u8]) {
        let file = self.root().join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("create folder");
        std::fs::write(file, bytes).expect("write fixture file");
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_env(args, &[])
    }

    pub fn run_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_handbook"))
            .arg("--root")
            .arg(self.root())
            .args(args)
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .output()
            .expect("run handbook");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr)
                .into_owned()
                .replace(&self.root().display().to_string(), "<root>"),
        }
    }

    pub fn build(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build"];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    pub fn out(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.out().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
}

#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn assert_ok(&self) -> &Run {
        assert_eq!(self.code, 0, "expected success, got:\n{}", self.stderr);
        self
    }

    #[track_caller]
    pub fn assert_errors(&self) -> &Run {
        assert_eq!(self.code, 1, "expected content errors (exit 1), got {}:\n{}", self.code, self.stderr);
        self
    }

    pub fn error_count(&self) -> usize {
        self.stderr.lines().filter(|l| l.starts_with("error")).count()
    }
}

/// Every file below `dir`, relative, sorted, with its bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let relative = entry.path().strip_prefix(dir).expect("prefix").to_string_lossy().replace('\\', "/");
            files.insert(relative, std::fs::read(entry.path()).expect("read"));
        }
    }
    files
}

/// The values of `attribute="…"` in an HTML text.
pub fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    let needle = format!(" {attribute}=\"");
    html.split(&needle).skip(1).filter_map(|rest| rest.split('"').next()).map(|v| v.replace("&amp;", "&")).collect()
}

/// Follows every relative link and image in every page of `out`, including anchors.
pub fn assert_links_resolve(out: &Path, portable: bool) {
    let files = tree(out);
    let mut checked = 0;
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        if path == "404.html" {
            continue; // served at any depth; its links are made absolute with <base> when base_url is set
        }
        let folder = Path::new(path).parent().unwrap_or(Path::new(""));
        for link in attribute_values(&html, "href").into_iter().chain(attribute_values(&html, "src")) {
            if link.contains(':') {
                assert!(
                    ["tel:", "mailto:", "https:", "http:", "geo:"].iter().any(|s| link.starts_with(s)),
                    "{path}: bad link {link}"
                );
                continue;
            }
            let (target, anchor) = link.split_once('#').map_or((link.as_str(), None), |(t, a)| (t, Some(a)));
            let target = target.split('?').next().unwrap_or("");
            let target_path = if target.is_empty() {
                out.join(path)
            } else {
                let mut joined = out.join(folder).join(percent_decode(target));
                if target.ends_with('/') || target == "." || target == "./" {
                    assert!(!portable, "{path}: portable output links to a folder: {link}");
                    joined = joined.join("index.html");
                }
                joined
            };
            assert!(target_path.is_file(), "{path}: link {link} → {} does not exist", target_path.display());
            if let Some(anchor) = anchor {
                let text = std::fs::read_to_string(&target_path).expect("read target");
                let decoded = percent_decode(anchor);
                assert!(
                    text.contains(&format!("id=\"{decoded}\"")),
                    "{path}: anchor #{decoded} missing in {}",
                    target_path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} links checked");
}

pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("utf-8")
}

/// The day the sample's office entries are judged against (2026-11-29), so that tests do not
/// start failing when the example data ages.
pub const SAMPLE_DAY: &str = "1795910400";

/// Builds the repository's own sample handbook into a temporary folder: (the folder, which
/// must live as long as the site is used; the site; what the build printed).
pub fn build_sample() -> (tempfile::TempDir, PathBuf, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().expect("temporary folder");
    let site = out.path().join("site");
    let run = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .arg("--root")
        .arg(root)
        .args(["build", "--out"])
        .arg(&site)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", SAMPLE_DAY)
        .output()
        .expect("run handbook");
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{stderr}");
    (out, site, stderr)
}
