//! The pipeline, in the open: load (config, theme, UI strings, content) → validate (site
//! model, links) → render → write. Each stage adds to one list of diagnostics and the build
//! goes as far as it can, so an editor sees every mistake in one run.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Translator;
use crate::render::{self, OutputFile, RenderOptions};
use crate::search::SearchMeta;
use crate::site::Site;
use crate::text::Date;
use crate::{content, directory, output, search, theme};
use tantivy::directory::RamDirectory;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The handbook folder (with `handbook.yaml`).
    pub root: PathBuf,
    /// Where to write; `None` checks without writing.
    pub out: Option<PathBuf>,
    pub drafts: bool,
    pub portable: bool,
    /// Make the editions to carry offline (single files, zip) if the site asks for them
    /// (`downloads: true`); `serve` leaves them out to rebuild faster.
    pub editions: bool,
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub diagnostics: Vec<Diagnostic>,
    /// HTML pages rendered (all languages).
    pub pages: usize,
    pub files: usize,
    /// Whether the output was written (or, when checking, would have been).
    pub succeeded: bool,
    /// Time spent in each stage, and the peak memory (resident set, bytes) at its end where
    /// the system tells it.
    pub timings: Vec<(&'static str, Duration, Option<u64>)>,
}

pub fn build(options: &BuildOptions) -> BuildReport {
    build_with_progress(options, &|_| {})
}

/// Builds, telling `on_stage` as each stage starts (for a progress display).
pub fn build_with_progress(options: &BuildOptions, on_stage: &dyn Fn(&'static str)) -> BuildReport {
    run(options, on_stage, false).0
}

/// What a successful build made, kept by `serve` to redo only part of the work after an edit
/// (see [`crate::preview`]).
pub struct Built {
    /// Shared with the thread that brings the search data up to date after a quick update.
    pub site: Arc<Site>,
    pub theme: theme::Theme,
    pub translator: Arc<Translator>,
    pub render_options: RenderOptions,
    pub search_meta: Vec<SearchMeta>,
    /// The output before the offline files (which depend on all of it) were added.
    pub files: Vec<OutputFile>,
}

/// Builds, and with `keep` also returns what it made.
pub fn run(options: &BuildOptions, on_stage: &dyn Fn(&'static str), keep: bool) -> (BuildReport, Option<Built>) {
    let mut diagnostics = Diagnostics::new();
    let mut report = BuildReport::default();
    let mut clock = Clock::new();
    on_stage("load");
    let root = &options.root;

    let Some(config) = Config::load(root, &mut diagnostics) else {
        return (finish(report, diagnostics, clock), None);
    };
    if let Some(out) = &options.out {
        if let Err(diagnostic) = output::check_target(root, out) {
            diagnostics.push(diagnostic);
            return (finish(report, diagnostics, clock), None);
        }
    }
    let theme = theme::load(root, &config.theme, config.theme_at.as_ref(), &mut diagnostics);
    let theme_strings = theme.as_ref().map(|t| t.strings.as_slice()).unwrap_or_default();
    let translator = Arc::new(Translator::load(root, &config, theme_strings, &mut diagnostics));
    let content = content::load(root, &config, options.drafts, &mut diagnostics);
    let directory = directory::load(&content.office_files, &config, Date::today(), &mut diagnostics);
    clock.lap("load");
    if content.docs.is_empty() {
        // No content folder at all (reported): nothing to check or build.
        return (finish(report, diagnostics, clock), None);
    }
    on_stage("validate");

    let site = Site::build(config, content, directory, &mut diagnostics);
    clock.lap("validate");
    on_stage("index");

    let built = match search::index(&site) {
        Ok(built) => built,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return (finish(report, diagnostics, clock), None);
        }
    };
    clock.lap("index");
    on_stage("export");
    let mut indexes = match search::export(built) {
        Ok(indexes) => indexes,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return (finish(report, diagnostics, clock), None);
        }
    };
    let search_meta: Vec<SearchMeta> = indexes.iter().map(|index| index.meta.clone()).collect();
    clock.lap("export");

    let Some(theme) = theme else {
        return (finish(report, diagnostics, clock), None);
    };
    // Moved, not copied: the output is the bulk of a build's memory.
    let mut search_files: Vec<OutputFile> =
        indexes.iter_mut().flat_map(|index| std::mem::take(&mut index.files)).collect();
    let languages: Vec<&str> = site.config.language_codes().collect();
    let complete = |mut files: Vec<OutputFile>, search: Vec<OutputFile>| {
        files.extend(search);
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    };
    // The editions to carry offline come first: front pages show their sizes.
    let mut editions = Vec::new();
    let mut downloads = None;
    let make_editions = options.out.is_some() && options.editions && site.config.downloads;
    if make_editions && !diagnostics.has_errors() {
        on_stage("editions");
        let mut repeated = Diagnostics::new(); // the same as the main render's
        let portable_options = RenderOptions { portable: true, downloads: None };
        let pages = render::render(&site, &theme, translator.clone(), portable_options, &search_meta, &mut repeated);
        let mut portable = complete(pages, search_files.clone());
        render::offline::add_offline_files(&mut portable, &languages);
        match render::editions::zip(&portable) {
            Ok(zip) => editions.push(zip),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
        editions.extend(render::single_file_editions(&site, &theme, translator.clone(), &mut diagnostics));
        downloads = Some(render::editions::Downloads {
            single_sizes: editions
                .iter()
                .filter_map(|f| {
                    let lang = f.path.strip_prefix("downloads/handbook-")?.strip_suffix(".html")?;
                    Some((lang.to_owned(), f.bytes.len()))
                })
                .collect(),
            zip_size: editions.iter().find(|f| f.path == render::editions::ZIP_FILE).map_or(0, |f| f.bytes.len()),
        });
    }
    if make_editions {
        clock.lap("editions");
    }
    on_stage("render");
    let render_options = RenderOptions { portable: options.portable || site.config.portable, downloads };
    let pages =
        render::render(&site, &theme, translator.clone(), render_options.clone(), &search_meta, &mut diagnostics);
    report.pages = pages.iter().filter(|f| f.path.ends_with(".html")).count();
    let mut files = complete(pages, std::mem::take(&mut search_files));
    let kept = keep.then(|| files.clone());
    render::offline::add_offline_files(&mut files, &languages);
    files.extend(editions);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    report.files = files.len();
    clock.lap("render");
    on_stage("write");

    if diagnostics.has_errors() {
        return (finish(report, diagnostics, clock), None);
    }
    if let Some(out) = &options.out {
        if let Err(diagnostic) = output::write_atomically(out, &files) {
            diagnostics.push(diagnostic);
            return (finish(report, diagnostics, clock), None);
        }
        // The tantivy indexes for `handbook search` go beside the site, not into it: readers
        // do not need them, and their file names are random.
        let directories: Vec<(&str, &RamDirectory)> = indexes.iter().map(|i| (i.lang.as_str(), &i.directory)).collect();
        if let Err(diagnostic) = output::write_search_indexes(&search::query::index_dir(out), &directories) {
            diagnostics.push(diagnostic);
            return (finish(report, diagnostics, clock), None);
        }
        clock.lap("write");
    }
    report.succeeded = true;
    let report = finish(report, diagnostics, clock);
    let built = kept.filter(|_| report.succeeded).map(|files| Built {
        site: Arc::new(site),
        theme,
        translator,
        render_options,
        search_meta,
        files,
    });
    (report, built)
}

fn finish(mut report: BuildReport, diagnostics: Diagnostics, clock: Clock) -> BuildReport {
    report.succeeded &= !diagnostics.has_errors();
    report.diagnostics = diagnostics.sorted();
    report.timings = clock.laps;
    report
}

struct Clock {
    last: Instant,
    laps: Vec<(&'static str, Duration, Option<u64>)>,
}

impl Clock {
    fn new() -> Self {
        Clock { last: Instant::now(), laps: Vec::new() }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.laps.push((stage, now - self.last, peak_memory()));
        self.last = now;
    }
}

/// The process's peak resident set so far (Linux's `VmHWM`), in bytes.
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
