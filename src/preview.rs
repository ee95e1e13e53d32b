//! `serve`'s incremental path. After an edit that changes only the text of pages (the common
//! case while writing), only those pages are read, checked with the rest of the site and
//! rendered again, and only their files are written; the search data follows a moment later,
//! built on another thread.
//! Anything else (front matter, new or removed files, the directory, UI strings, the theme,
//! the configuration, or any error) gets a full build, which also reports every problem.
//!
//! What may change with a page's text alone: its own pages (in every language, since other
//! languages may show it as a fallback or mark their translation stale), the search data, and
//! the offline files that list every file. Titles, order and descriptions, which other pages
//! show, live in the front matter.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use crate::build::{self, BuildOptions, BuildReport, Built};
use crate::content::{self, DocId, Variant};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::{self, OutputFile};
use crate::search::{self, LanguageIndex, SEARCH_DIR};
use crate::site::Site;

/// A site kept in memory between builds, written into one output folder.
pub struct Preview {
    options: BuildOptions,
    out: PathBuf,
    last: Option<Built>,
    /// The search data of the site after the latest quick update, being built.
    search: Option<SearchJob>,
}

type SearchResult = Result<Vec<LanguageIndex>, Diagnostic>;

struct SearchJob {
    /// Which site it is for: results for an older one are dropped.
    site: Arc<Site>,
    thread: JoinHandle<SearchResult>,
}

/// How an update was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Update {
    /// Only these many pages were rendered again.
    Pages(usize),
    /// Everything was built again.
    Full,
    /// The files changed on disk but not in substance (saved unchanged).
    Nothing,
}

impl Preview {
    /// `options.out` must be set: the folder served.
    pub fn new(options: BuildOptions) -> Preview {
        let out = options.out.clone().unwrap_or_else(|| options.root.join("public"));
        Preview { options: BuildOptions { out: Some(out.clone()), ..options }, out, last: None, search: None }
    }

    /// Builds everything.
    pub fn build_all(&mut self) -> BuildReport {
        let (report, built) = build::run(&self.options, &|_| {}, true);
        self.last = built;
        self.search = None;
        report
    }

    /// Brings the output up to date after `changed` files changed.
    pub fn update(&mut self, changed: &[PathBuf]) -> (BuildReport, Update) {
        match self.update_pages(changed) {
            Some(result) => result,
            None => (self.build_all(), Update::Full),
        }
    }

    /// The quick path, or `None` when the change needs a full build.
    fn update_pages(&mut self, changed: &[PathBuf]) -> Option<(BuildReport, Update)> {
        let started = std::time::Instant::now();
        let last = self.last.as_mut()?;
        let edits = page_edits(&self.options.root, &last.site, changed)?;
        if edits.is_empty() {
            return Some((BuildReport { succeeded: true, ..BuildReport::default() }, Update::Nothing));
        }
        let mut content = last.site.content.clone();
        let docs: Vec<DocId> = edits.iter().map(|(id, _)| *id).collect();
        for (id, variant) in edits {
            content.docs[id].variants.insert(variant.lang.clone(), variant);
        }
        let mut diagnostics = Diagnostics::new();
        let site = Site::rebuild(&last.site, content, &docs, &mut diagnostics);
        if diagnostics.has_errors() {
            return None;
        }
        let options = last.render_options.clone();
        let pages = render::render_pages(
            &site,
            &last.theme,
            last.translator.clone(),
            options,
            &last.search_meta,
            &docs,
            &mut diagnostics,
        );
        if diagnostics.has_errors() {
            return None;
        }
        last.site = Arc::new(site);
        let rendered = docs.len() * last.site.config.languages.len();
        // The offline files list every file, search data included: they are redone when the
        // search data is in place.
        let changed = replace_files(&mut last.files, pages);
        if write_files(&self.out, changed.iter()).is_err() {
            return None;
        }
        let site = last.site.clone();
        // On a pool of its own, so that it never holds up the next edit's work on the
        // shared one.
        let thread = std::thread::spawn({
            let site = site.clone();
            move || match rayon::ThreadPoolBuilder::new().num_threads(1).build() {
                Ok(pool) => pool.install(|| search::export(search::index(&site)?)),
                Err(error) => Err(Diagnostic::error(format!("cannot start a thread: {error}"))),
            }
        });
        self.search = Some(SearchJob { site, thread });
        let report = BuildReport {
            diagnostics: diagnostics.sorted(),
            pages: rendered,
            files: changed.len(),
            succeeded: true,
            timings: vec![("update", started.elapsed(), None)],
            overlapped: false,
        };
        Some((report, Update::Pages(rendered)))
    }

    /// Whether search data is being built for the latest quick update.
    pub fn search_pending(&self) -> bool {
        self.search.is_some()
    }

    /// Puts the search data of the latest quick update in place, waiting for it if `wait`.
    /// Pages need not reload for it.
    pub fn finish_search(&mut self, wait: bool) -> Result<(), Diagnostic> {
        if !wait && !self.search.as_ref().is_some_and(|job| job.thread.is_finished()) {
            return Ok(());
        }
        let Some(job) = self.search.take() else { return Ok(()) };
        let result = job.thread.join().unwrap_or_else(|_| Err(Diagnostic::error("building the search data failed")));
        let Some(last) = self.last.as_mut().filter(|last| Arc::ptr_eq(&last.site, &job.site)) else { return Ok(()) };
        let indexes = result?;
        last.search_meta = indexes.iter().map(|index| index.meta.clone()).collect();
        let prefix = format!("{SEARCH_DIR}/");
        let old: Vec<String> =
            last.files.iter().filter(|file| file.path.starts_with(&prefix)).map(|file| file.path.clone()).collect();
        last.files.retain(|file| !file.path.starts_with(&prefix));
        let mut fresh: Vec<OutputFile> = indexes.into_iter().flat_map(|index| index.files).collect();
        let mut diagnostics = Diagnostics::new();
        let options = last.render_options.clone();
        fresh.extend(render::render_pages(
            &last.site,
            &last.theme,
            last.translator.clone(),
            options,
            &last.search_meta,
            &[],
            &mut diagnostics,
        ));
        if let Some(error) = diagnostics.sorted().into_iter().next() {
            return Err(error);
        }
        let changed = replace_files(&mut last.files, fresh);
        let offline = offline_files(last);
        write_files(&self.out, changed.iter().chain(&offline))
            .map_err(|(path, error)| Diagnostic::error(format!("cannot write {}: {error}", path.display())))?;
        for path in old.iter().filter(|path| last.files.binary_search_by(|f| f.path.cmp(path)).is_err()) {
            let _ = std::fs::remove_file(self.out.join(path));
        }
        Ok(())
    }
}

/// The documents whose text changed, with their new text; `None` if anything else changed.
fn page_edits(root: &Path, site: &Site, changed: &[PathBuf]) -> Option<Vec<(DocId, Variant)>> {
    let mut edits: Vec<(DocId, Variant)> = Vec::new();
    for path in changed {
        let (key, variant) = content::reload_page(root, path, &site.config)?;
        let id = site.content.docs.iter().position(|doc| doc.key == key)?;
        let old = site.content.docs[id].variants.get(&variant.lang)?;
        if old.front != variant.front || old.source.path != variant.source.path {
            return None;
        }
        if old.source.text != variant.source.text
            && !edits.iter().any(|(done, v)| *done == id && v.lang == variant.lang)
        {
            edits.push((id, variant));
        }
    }
    Some(edits)
}

/// Puts `new` files in place of those with the same paths (adding the others); returns them.
fn replace_files(files: &mut Vec<OutputFile>, new: Vec<OutputFile>) -> Vec<OutputFile> {
    for file in &new {
        match files.binary_search_by(|f| f.path.as_str().cmp(&file.path)) {
            Ok(index) => files[index] = file.clone(),
            Err(index) => files.insert(index, file.clone()),
        }
    }
    new
}

fn offline_files(last: &Built) -> Vec<OutputFile> {
    let languages: Vec<&str> = last.site.config.language_codes().collect();
    render::offline::offline_files(&last.files, &languages)
}

/// Writes each file through a temporary name, so the server never sends half a file.
fn write_files<'a>(out: &Path, files: impl Iterator<Item = &'a OutputFile>) -> Result<(), (PathBuf, std::io::Error)> {
    for file in files {
        crate::output::stays_inside(&file.path)?;
        let path = out.join(&file.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| (folder.to_path_buf(), e))?;
        }
        let temporary = path.with_extension("handbook-tmp");
        std::fs::write(&temporary, &file.bytes).map_err(|e| (temporary.clone(), e))?;
        std::fs::rename(&temporary, &path).map_err(|e| (path.clone(), e))?;
    }
    Ok(())
}
