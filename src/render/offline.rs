//! Offline reading: the service worker at the site's root, versioned by a hash of the whole
//! output, and per language the list of files to save for offline reading.

use rayon::prelude::*;
use serde::Serialize;

use crate::search::analyzer::{stemmer_file, STEMMERS_DIR};

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
    let offline = offline_files(files, languages);
    if !offline.is_empty() {
        files.retain(|f| f.path != worker_source());
        files.extend(offline);
        files.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// The service worker's file name: in the theme's `static/` folder, and at the output's root
/// (a worker controls only the pages below its own folder).
pub const WORKER: &str = "sw.js";

/// Where the theme's service worker is among the rendered files.
pub fn worker_source() -> String {
    format!("{STATIC_DIR}/{WORKER}")
}

/// What the offline lists need of a file of the output.
#[derive(Debug, Clone)]
pub struct FileSummary {
    pub path: String,
    /// A short hash of the path and the bytes.
    pub hash: String,
    pub len: usize,
}

impl FileSummary {
    pub fn of(file: &OutputFile) -> FileSummary {
        let mut hash = ShortHash::new();
        hash.update(file.path.as_bytes());
        hash.update(&file.bytes);
        FileSummary { path: file.path.clone(), hash: hash.finish(), len: file.bytes.len() }
    }
}

/// `sw.js` and the offline manifests for a complete output (which still holds the theme's
/// `static/sw.js`, left out of the site). Nothing if the theme has no service worker.
pub fn offline_files(files: &[OutputFile], languages: &[&str]) -> Vec<OutputFile> {
    let worker_source = worker_source();
    let Some(worker) = files.iter().find(|f| f.path == worker_source) else { return Vec::new() };
    // Each file hashed on its own, in parallel.
    let summaries: Vec<FileSummary> =
        files.par_iter().filter(|f| f.path != worker_source).map(FileSummary::of).collect();
    offline_files_of(&summaries, &worker.bytes, languages)
}

/// `sw.js` (from the theme's `worker`) and the offline manifests, from the summaries of every
/// other file of the output, sorted by path.
pub fn offline_files_of(summaries: &[FileSummary], worker: &[u8], languages: &[&str]) -> Vec<OutputFile> {
    let mut everything = ShortHash::new();
    for summary in summaries {
        everything.update(summary.hash.as_bytes());
    }
    let version = format!("{}{}", everything.finish(), short_hash(worker));
    let mut offline = Vec::new();
    for lang in languages {
        let prefix = format!("{lang}/");
        let search = format!("search/{lang}/");
        // Of the stemmers, only the language's own.
        let stemmer = crate::search::analyzer::stemmer_for(lang)
            .map(|(_, algorithm)| format!("{STATIC_DIR}/{}", stemmer_file(algorithm)))
            .unwrap_or_default();
        let stemmers = format!("{STATIC_DIR}/{STEMMERS_DIR}/");
        let wanted = summaries.iter().filter(|f| {
            f.path.starts_with(&prefix)
                || f.path.starts_with(&search)
                || (f.path.starts_with("static/") && (!f.path.starts_with(&stemmers) || f.path == stemmer))
                || f.path.starts_with("media/")
                || f.path == "index.html"
                || f.path == "offline.html"
        });
        let mut bytes = 0;
        let mut list = Vec::new();
        for file in wanted {
            bytes += file.len;
            list.push(file.path.strip_suffix("index.html").unwrap_or(&file.path).to_owned());
        }
        let manifest = Manifest { version: &version, bytes, files: list };
        let json = serde_json::to_vec(&manifest).unwrap_or_default();
        offline.push(OutputFile { path: manifest_path(lang), bytes: json });
    }
    let mut worker_bytes = format!("self.HANDBOOK_VERSION = \"{version}\";\n").into_bytes();
    worker_bytes.extend_from_slice(worker);
    offline.push(OutputFile { path: WORKER.to_owned(), bytes: worker_bytes });
    offline
}
