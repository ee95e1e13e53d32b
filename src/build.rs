//! The pipeline, in the open: load (config, theme, UI strings, content) → validate (site
//! model, links) → index and export (the search data) beside render → write. Each stage adds
//! to one list of diagnostics and the build goes as far as it can, so an editor sees every
//! mistake in one run.
//!
//! Rendered files go straight into the output's staging folder ([`output::Staging`]), which
//! replaces the output only if the build succeeds; only `check` and `serve` keep them in
//! memory. The search pages and offline lists, which depend on the rest, come last.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Translator;
use crate::render::{self, OutputFile, RenderOptions, Sink};
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
    /// Whether the search data was made beside the render (their times overlap).
    pub overlapped: bool,
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
    // The office directory is read beside the pages.
    let (content, (directory, directory_diagnostics)) =
        content::load_beside(root, &config, options.drafts, &mut diagnostics, |office_files| {
            let mut found = Diagnostics::new();
            (directory::load(office_files, &config, Date::today(), &mut found), found)
        });
    diagnostics.extend(directory_diagnostics.sorted());
    clock.lap("load");
    if content.docs.is_empty() {
        // No content folder at all (reported): nothing to check or build.
        return (finish(report, diagnostics, clock), None);
    }
    on_stage("validate");

    let site = Site::build(config, content, directory, &mut diagnostics);
    clock.lap("validate");
    let Some(theme) = theme else {
        return (finish(report, diagnostics, clock), None);
    };
    let languages: Vec<&str> = site.config.language_codes().collect();
    // Written as they are rendered when building for good; kept for `check` and `serve`. A
    // build that has already failed still renders, for the mistakes only that finds, but
    // writes nothing.
    let writes = options.out.is_some() && !keep;
    let staging = match &options.out {
        Some(out) if writes && !diagnostics.has_errors() => match output::Staging::create(out) {
            Ok(staging) => Some(staging),
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                return (finish(report, diagnostics, clock), None);
            }
        },
        _ => None,
    };
    let kept = render::Kept::default();
    let sink: &dyn Sink = match &staging {
        Some(staging) => staging,
        None if writes => &render::Discarded,
        None => &kept,
    };

    // The editions to carry offline come first: front pages show their sizes, and they hold
    // the search data, so that is made first too. Otherwise the search data is made beside
    // the pages, which need only its shape (the search pages are rendered after).
    let editions_first =
        options.out.is_some() && options.editions && site.config.downloads && !diagnostics.has_errors();
    let mut search = None;
    let mut editions = Vec::new();
    let mut downloads = None;
    if editions_first {
        on_stage("index");
        let done = index_and_export(&site);
        clock.laps.extend(done.timings.clone());
        clock.restart();
        if let Ok(indexes) = &done.indexes {
            on_stage("editions");
            (editions, downloads) = make_editions_of(&site, &theme, &translator, indexes, &mut diagnostics);
            clock.lap("editions");
        }
        search = Some(done);
    }
    on_stage("render");
    let render_options = RenderOptions { portable: options.portable || site.config.portable, downloads };
    let rendered = render_with_search(&site, &theme, &translator, &render_options, sink, search, &mut diagnostics);
    let Some((search, render_time)) = rendered else {
        return (finish(report, diagnostics, clock), None);
    };
    if !editions_first {
        clock.laps.extend(search.timings);
    }
    clock.laps.push(("render", render_time, peak_memory()));
    clock.restart();
    on_stage("write");
    let mut indexes = match search.indexes {
        Ok(indexes) => indexes,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            return (finish(report, diagnostics, clock), None);
        }
    };
    let search_meta: Vec<SearchMeta> = indexes.iter().map(|index| index.meta.clone()).collect();
    for index in &mut indexes {
        for file in std::mem::take(&mut index.files) {
            sink.put(file);
        }
    }
    let (files, kept_files) = match &staging {
        Some(staging) => {
            (report.pages, report.files) = complete_staging(staging, &theme, &languages, editions);
            (Vec::new(), None)
        }
        None => {
            let (files, before_offline, pages) = complete_kept(kept, &languages, editions, keep);
            (report.pages, report.files) = (pages, files.len());
            (files, before_offline)
        }
    };

    if diagnostics.has_errors() {
        return (finish(report, diagnostics, clock), None);
    }
    if let Some(out) = &options.out {
        let written = match staging {
            Some(staging) => staging.commit(),
            None => output::write_atomically(out, &files),
        };
        if let Err(diagnostic) = written {
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
    report.overlapped = !editions_first;
    let report = finish(report, diagnostics, clock);
    let built = kept_files.filter(|_| report.succeeded).map(|files| Built {
        site: Arc::new(site),
        theme,
        translator,
        render_options,
        search_meta,
        files,
    });
    (report, built)
}

/// Adds the offline lists and the editions to an output written as it was rendered; returns
/// how many pages and files it has.
fn complete_staging(
    staging: &output::Staging,
    theme: &theme::Theme,
    languages: &[&str],
    editions: Vec<OutputFile>,
) -> (usize, usize) {
    let written = staging.written();
    let pages = written.iter().filter(|f| f.path.ends_with(".html")).count();
    // The theme's service worker is served from the root, versioned by the whole output.
    if let Some(worker) = theme.static_file(render::offline::WORKER) {
        let source = render::offline::worker_source();
        staging.remove(&source);
        let others: Vec<_> = written.into_iter().filter(|f| f.path != source).collect();
        for file in render::offline::offline_files_of(&others, worker, languages) {
            staging.put(file);
        }
    }
    for edition in editions {
        staging.put(edition);
    }
    (pages, staging.written().len())
}

/// The output kept in memory, complete, and (with `keep`, for `serve`, which redoes the
/// offline lists) as it was before the offline lists; how many pages it has.
fn complete_kept(
    kept: render::Kept,
    languages: &[&str],
    editions: Vec<OutputFile>,
    keep: bool,
) -> (Vec<OutputFile>, Option<Vec<OutputFile>>, usize) {
    let mut files = kept.into_sorted();
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    let before_offline = keep.then(|| files.clone());
    render::offline::add_offline_files(&mut files, languages);
    files.extend(editions);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    (files, before_offline, pages)
}

/// Renders the site into `sink` with the search data made beside it (unless `search` was made
/// before), then the search pages, which need its shape. Returns the search data and the
/// render's time; `None` if the templates do not load (which is reported).
fn render_with_search(
    site: &Site,
    theme: &theme::Theme,
    translator: &Arc<Translator>,
    options: &RenderOptions,
    sink: &dyn Sink,
    search: Option<Search>,
    diagnostics: &mut Diagnostics,
) -> Option<(Search, Duration)> {
    let started = Instant::now();
    render::with_renderer(site, theme, translator.clone(), options.clone(), diagnostics, |renderer, diagnostics| {
        let search = match search {
            Some(done) => {
                renderer.site_files(sink, diagnostics);
                done
            }
            None => rayon::join(|| index_and_export(site), || renderer.site_files(sink, diagnostics)).0,
        };
        let render_time = started.elapsed();
        if let Ok(indexes) = &search.indexes {
            let meta: Vec<SearchMeta> = indexes.iter().map(|index| index.meta.clone()).collect();
            renderer.search_pages(&meta, sink, diagnostics);
        }
        renderer.report_strings(diagnostics);
        (search, render_time)
    })
}

/// The search data of every language, with the time each step took.
struct Search {
    indexes: Result<Vec<search::LanguageIndex>, Diagnostic>,
    timings: Vec<(&'static str, Duration, Option<u64>)>,
}

fn index_and_export(site: &Site) -> Search {
    let started = Instant::now();
    let built = search::index(site);
    let indexed = started.elapsed();
    let mut timings = vec![("index", indexed, peak_memory())];
    let indexes = built.and_then(|built| {
        let exported = search::export(built);
        timings.push(("export", started.elapsed() - indexed, peak_memory()));
        exported
    });
    Search { indexes, timings }
}

/// The editions to carry offline (a zip of the portable site, a single file per language)
/// and their sizes for the front pages.
fn make_editions_of(
    site: &Site,
    theme: &theme::Theme,
    translator: &Arc<Translator>,
    indexes: &[search::LanguageIndex],
    diagnostics: &mut Diagnostics,
) -> (Vec<OutputFile>, Option<render::editions::Downloads>) {
    let languages: Vec<&str> = site.config.language_codes().collect();
    let search_meta: Vec<SearchMeta> = indexes.iter().map(|index| index.meta.clone()).collect();
    let mut repeated = Diagnostics::new(); // the same as the main render's
    let portable_options = RenderOptions { portable: true, downloads: None };
    let pages = render::render(site, theme, translator.clone(), portable_options, &search_meta, &mut repeated);
    let mut portable = pages;
    portable.extend(indexes.iter().flat_map(|index| index.files.iter().cloned()));
    portable.sort_by(|a, b| a.path.cmp(&b.path));
    render::offline::add_offline_files(&mut portable, &languages);
    let mut editions = Vec::new();
    match render::editions::zip(&portable) {
        Ok(zip) => editions.push(zip),
        Err(diagnostic) => diagnostics.push(diagnostic),
    }
    editions.extend(render::single_file_editions(site, theme, translator.clone(), diagnostics));
    let downloads = render::editions::Downloads {
        single_sizes: editions
            .iter()
            .filter_map(|f| {
                let lang = f.path.strip_prefix("downloads/handbook-")?.strip_suffix(".html")?;
                Some((lang.to_owned(), f.bytes.len()))
            })
            .collect(),
        zip_size: editions.iter().find(|f| f.path == render::editions::ZIP_FILE).map_or(0, |f| f.bytes.len()),
    };
    (editions, Some(downloads))
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

    /// Starts the next stage's time now (after stages timed on their own).
    fn restart(&mut self) {
        self.last = Instant::now();
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
