//! `serve`'s incremental path (`handbook::preview`): after each kind of edit, the folder it
//! keeps up to date must hold exactly what a full build of the same files makes.

mod common;

use std::path::{Path, PathBuf};

use common::tree;
use handbook::build::{build, BuildOptions};
use handbook::preview::{Preview, Update};

/// A copy of the sample handbook to edit.
fn sample_copy() -> tempfile::TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temporary folder");
    for part in ["content", "i18n"] {
        copy_tree(&repo.join(part), &dir.path().join(part));
    }
    std::fs::copy(repo.join("handbook.yaml"), dir.path().join("handbook.yaml")).expect("config");
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("folder");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn options(root: &Path, out: PathBuf) -> BuildOptions {
    BuildOptions { root: root.to_owned(), out: Some(out), drafts: false, portable: false, editions: false }
}

/// Asserts that `out` equals a full build of `root`, file for file.
fn assert_same_as_full_build(root: &Path, out: &Path) {
    let full = tempfile::tempdir().expect("temporary folder");
    let report = build(&options(root, full.path().join("site")));
    assert!(report.succeeded, "{:?}", report.diagnostics);
    let expected = tree(&full.path().join("site"));
    let actual = tree(out);
    let differing: Vec<&String> =
        expected.keys().chain(actual.keys()).filter(|path| expected.get(*path) != actual.get(*path)).collect();
    assert!(differing.is_empty(), "differs from a full build: {differing:?}");
}

fn edit(root: &Path, path: &str, change: impl FnOnce(String) -> String) -> PathBuf {
    let file = root.join(path);
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, change(text)).expect("write");
    file
}

#[test]
fn editing_page_text_renders_only_that_page_and_matches_a_full_build() {
    let site = sample_copy();
    let root = site.path();
    let out = tempfile::tempdir().expect("temporary folder");
    let out = out.path().join("site");
    let mut preview = Preview::new(options(root, out.clone()));
    assert!(preview.build_all().succeeded);

    // The Chinese original of a translated page: its English translation turns stale too.
    let original =
        edit(root, "content/labor-rights/unpaid-wages.md", |text| format!("{text}\n新加的一段：拖欠工资要留证据。\n"));
    let (report, update) = preview.update(&[original.clone()]);
    assert!(report.succeeded, "{:?}", report.diagnostics);
    assert_eq!(update, Update::Pages(2), "one page in each of the two languages");
    let page = std::fs::read_to_string(out.join("zh-Hans/labor-rights/unpaid-wages/index.html")).expect("page");
    assert!(page.contains("新加的一段"));
    preview.finish_search(true).expect("search data");
    assert_same_as_full_build(root, &out);

    // Two pages at once, one of them a translation.
    let english = edit(root, "content/labor-rights/unpaid-wages.en.md", |text| format!("{text}\nA new paragraph.\n"));
    let other = edit(root, "content/_index.md", |text| format!("{text}\n欢迎。\n"));
    let (_, update) = preview.update(&[english, other]);
    assert_eq!(update, Update::Pages(4));
    preview.finish_search(true).expect("search data");
    assert_same_as_full_build(root, &out);

    // Saved without a change.
    let (_, update) = preview.update(&[original.clone()]);
    assert_eq!(update, Update::Nothing);
}

#[test]
fn other_edits_build_everything_and_errors_are_reported() {
    let site = sample_copy();
    let root = site.path();
    let out = tempfile::tempdir().expect("temporary folder");
    let out = out.path().join("site");
    let mut preview = Preview::new(options(root, out.clone()));
    assert!(preview.build_all().succeeded);

    // A new title shows in the section's list and the neighbours' links: a full build.
    let page = edit(root, "content/labor-rights/unpaid-wages.md", |text| text.replacen("title: ", "title: 新标题 ", 1));
    let (report, update) = preview.update(&[page.clone()]);
    assert!(report.succeeded, "{:?}", report.diagnostics);
    assert_eq!(update, Update::Full);
    assert_same_as_full_build(root, &out);

    // A broken link in the text: the full build reports it, located, and writes nothing.
    let before = tree(&out);
    edit(root, "content/labor-rights/unpaid-wages.md", |text| format!("{text}\n[坏链接](no-such-page.md)\n"));
    let (report, update) = preview.update(&[page.clone()]);
    assert_eq!(update, Update::Full);
    assert!(!report.succeeded);
    assert!(
        report.diagnostics.iter().any(|d| d.message.contains("no-such-page.md")),
        "{:?}",
        report.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    assert!(tree(&out) == before, "a failed build leaves the site served as it was");

    // Fixed: back to a good site, then quick updates again.
    edit(root, "content/labor-rights/unpaid-wages.md", |text| text.replace("\n[坏链接](no-such-page.md)\n", "\n"));
    let (report, update) = preview.update(&[page.clone()]);
    assert!(report.succeeded && update == Update::Full);
    edit(root, "content/labor-rights/unpaid-wages.md", |text| format!("{text}\n再加一段。\n"));
    let (_, update) = preview.update(&[page.clone()]);
    assert_eq!(update, Update::Pages(2));

    // A new page and an office file: full builds.
    std::fs::write(root.join("content/labor-rights/new-page.md"), "---\ntitle: 新页面\n---\n正文。\n").expect("write");
    let (_, update) = preview.update(&[root.join("content/labor-rights/new-page.md")]);
    assert_eq!(update, Update::Full);
    let offices = std::fs::read_dir(root.join("content/offices"))
        .expect("offices")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .expect("an office file");
    let (report, update) = preview.update(&[offices]);
    assert!(report.succeeded && update == Update::Full);
    preview.finish_search(true).expect("search data");
    assert_same_as_full_build(root, &out);
}
