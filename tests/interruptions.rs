//! A build killed at any moment (SIGKILL) leaves the previous output complete and untouched;
//! an output folder that cannot be written gives a clear error and keeps the previous output.

mod common;

use std::process::Command;
use std::time::Duration;

use common::{tree, Fixture};

#[test]
fn a_killed_build_never_touches_the_previous_output() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let before = tree(&site.out());
    // A change, so that a completed build differs; what it makes is known from a build of the
    // same files elsewhere (output does not depend on the folder).
    let changed = "---\ntitle: 欠薪（新）\n---\n## 证据\n";
    site.write("content/rights/wages.md", changed.as_bytes());
    let reference = Fixture::base_with(&[("content/rights/wages.md", changed)]);
    reference.build(&[]).assert_ok();
    let after_change = tree(&reference.out());
    assert_ne!(after_change, before);
    let mut killed_midway = 0;
    for attempt in 0..30u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_handbook"))
            .arg("--root")
            .arg(site.root())
            .arg("build")
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start a build");
        // Spread the kills over the whole build (a debug build of this site takes ~100 ms).
        std::thread::sleep(Duration::from_millis((attempt * 37) % 160));
        let _ = child.kill();
        let status = child.wait().expect("wait");
        let after = tree(&site.out());
        if status.success() {
            // It finished before the kill: the new output must be complete, then restore.
            assert!(String::from_utf8_lossy(&after["zh-Hans/rights/wages/index.html"]).contains("欠薪（新）"));
            std::fs::remove_dir_all(site.out()).unwrap();
            copy_back(&site, &before);
        } else if after != before {
            // Killed after the new output was swapped in: it must be the complete new output.
            let differing: Vec<&String> =
                after_change.keys().filter(|path| after.get(*path) != after_change.get(*path)).collect();
            assert!(
                after == after_change,
                "attempt {attempt}: the output is neither the old nor the new one: {differing:?}"
            );
            std::fs::remove_dir_all(site.out()).unwrap();
            copy_back(&site, &before);
        } else {
            killed_midway += 1;
        }
    }
    assert!(killed_midway >= 10, "only {killed_midway} builds were killed before they finished");
    // The staging folders of killed builds are cleaned up by the next build.
    site.build(&[]).assert_ok();
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

fn copy_back(site: &Fixture, files: &std::collections::BTreeMap<String, Vec<u8>>) {
    for (path, bytes) in files {
        let file = site.out().join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, bytes).unwrap();
    }
}

#[test]
fn an_unwritable_output_folder_is_a_clear_error() {
    let site = Fixture::base();
    site.build(&[]).assert_ok();
    let before = tree(&site.out());
    // The output's parent cannot take the staging folder: make it read-only (root ignores
    // permissions, so use a path whose parent is a file instead).
    std::fs::write(site.root().join("blocked"), b"a file, not a folder").unwrap();
    let run = site.build(&["--out", site.root().join("blocked/public").to_str().unwrap()]);
    run.assert_errors();
    assert!(run.stderr.contains("cannot create the folder"), "{}", run.stderr);
    assert!(run.stderr.contains("the previous output was kept"), "{}", run.stderr);
    assert_eq!(tree(&site.out()), before);
}

/// A disk that fills up during a build: a small tmpfs, mounted in a user and mount namespace
/// of its own (`unshare -rm`, no privileges needed), holds the output.
#[test]
fn a_full_disk_is_a_clear_error_and_keeps_the_previous_output() {
    let site =
        Fixture::base_with(&[("content/rights/wages.md", "---\ntitle: 欠薪\n---\n## 证据\n\n[扫描件](scan.pdf)\n")]);
    site.write("content/rights/scan.pdf", b"%PDF small");
    site.build(&[]).assert_ok();
    let size: usize = tree(&site.out()).values().map(|bytes| bytes.len() + 4096).sum();
    // Room for two outputs and the search index; then a new file as large as both.
    let disk_size = 2 * size + 512 * 1024;
    std::fs::write(site.root().join("../big.pdf"), vec![b'x'; disk_size]).unwrap();
    let disk = tempfile::tempdir().unwrap();
    let script = r#"
        set -e
        mount -t tmpfs -o size="$SIZE" tmpfs "$DISK"
        "$HANDBOOK" --root "$ROOT" build --out "$DISK/public" 2> "$ROOT/first.txt"
        (cd "$DISK/public" && find . -type f | sort | xargs sha256sum) > "$ROOT/before.txt"
        cp "$ROOT/../big.pdf" "$ROOT/content/rights/scan.pdf"
        set +e
        "$HANDBOOK" --root "$ROOT" build --out "$DISK/public" 2> "$ROOT/stderr.txt"
        echo $? > "$ROOT/code.txt"
        (cd "$DISK/public" && find . -type f | sort | xargs sha256sum) > "$ROOT/after.txt"
        ls -a "$DISK" > "$ROOT/left.txt"
    "#;
    let status = Command::new("unshare")
        .args(["-rm", "sh", "-c", script])
        .env("SIZE", disk_size.to_string())
        .env("DISK", disk.path())
        .env("ROOT", site.root())
        .env("HANDBOOK", env!("CARGO_BIN_EXE_handbook"))
        .env("NO_COLOR", "1")
        .status()
        .expect("unshare (util-linux) runs");
    let read = |name: &str| std::fs::read_to_string(site.root().join(name)).unwrap_or_default();
    assert!(status.success(), "the test's own script failed: {}", read("first.txt"));
    let stderr = read("stderr.txt");
    assert_eq!(read("code.txt").trim(), "1", "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(stderr.contains("the previous output was kept"), "{stderr}");
    assert!(read("before.txt").contains("index.html"));
    assert_eq!(read("before.txt"), read("after.txt"), "the previous output changed");
    assert!(!read("left.txt").contains("staging"), "a staging folder was left: {}", read("left.txt"));
}
