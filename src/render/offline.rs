//! Offline reading: the service worker at the site's root, versioned by a hash of the whole
//! output, and per language the list of files to save for offline reading.

use serde::Serialize;

use super::{short_hash, OutputFile, ShortHash, STATIC_DIR};

/// Where each language's list of files goes: `offline/<lang>.json`.
pub const MANIFEST_DIR: &str = "offline";

#[derive(Serialize)]
struct Manifest<'a> {
    version: &'a str,
    /// Bytes to download at most (hosts usually compress them).
    bytes: usize,
    /// Relative to the root; folders end with `/`, as readers' browsers ask for them.
    files: Vec<String>,
}

pub fn manifest_path(lang: &str) -> String {
    format!("{MANIFEST_DIR}/{lang}.json")
}

/// Adds `sw.js` (from the theme's `static/sw.js`) and the offline manifests to a complete,
/// sorted output. Their content depends on every other file, so this runs last.
pub fn add_offline_files(files: &mut Vec<OutputFile>, languages: &[&str]) {
    let worker_source = format!("{STATIC_DIR}/sw.js");
    let Some(position) = files.iter().position(|f| f.path == worker_source) else { return };
    let worker = files.remove(position);
    let mut everything = ShortHash::new();
    for file in files.iter() {
        everything.update(file.path.as_bytes());
        everything.update(&file.bytes);
    }
    let version = format!("{}{}", everything.finish(), short_hash(&worker.bytes));
    for lang in languages {
        let prefix = format!("{lang}/");
        let search = format!("search/{lang}/");
        let wanted = files.iter().filter(|f| {
            f.path.starts_with(&prefix)
                || f.path.starts_with(&search)
                || f.path.starts_with("static/")
                || f.path.starts_with("media/")
                || f.path == "index.html"
                || f.path == "offline.html"
        });
        let mut bytes = 0;
        let mut list = Vec::new();
        for file in wanted {
            bytes += file.bytes.len();
            list.push(file.path.strip_suffix("index.html").unwrap_or(&file.path).to_owned());
        }
        let manifest = Manifest { version: &version, bytes, files: list };
        let json = serde_json::to_vec(&manifest).unwrap_or_default();
        files.push(OutputFile { path: manifest_path(lang), bytes: json });
    }
    let mut worker_bytes = format!("self.HANDBOOK_VERSION = \"{version}\";\n").into_bytes();
    worker_bytes.extend_from_slice(&worker.bytes);
    files.push(OutputFile { path: "sw.js".to_owned(), bytes: worker_bytes });
    files.sort_by(|a, b| a.path.cmp(&b.path));
}
