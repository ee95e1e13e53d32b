//! Loading the content tree: sections from folders and their `_index.md`, pages from Markdown
//! files, translations from `NAME.LANG.md` suffixes, office directory files and other assets
//! set aside for their own stages.

pub mod front_matter;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use unic_langid::LanguageIdentifier;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{display_path, suggest, Diagnostic, Diagnostics, SourceText};
use crate::source;
use front_matter::FrontMatter;

pub const CONTENT_DIR: &str = "content";
/// The folder of office directories inside `content/`.
pub const OFFICES_DIR: &str = "offices";

pub type DocId = usize;

/// One language's version of a document, as the editor wrote it.
#[derive(Debug, Clone)]
pub struct Variant {
    pub lang: String,
    pub source: SourceText,
    pub front: FrontMatter,
    /// Where the Markdown body starts in `source`.
    pub body_start: usize,
}

impl Variant {
    pub fn body(&self) -> &str {
        &self.source.text[self.body_start..]
    }
}

/// A section (a folder with `_index.md`) or a page, in all its languages.
#[derive(Debug, Clone)]
pub struct Document {
    /// The source path without language suffix or `.md`, relative to `content/`:
    /// `labor-rights/contracts`, `labor-rights/_index`, `_index` for the front page.
    pub key: String,
    pub is_section: bool,
    /// The file name (or, for a section, folder name) the URL is made from by default.
    pub stem: String,
    pub parent: Option<DocId>,
    /// Sections and pages inside a section, in reading order.
    pub children: Vec<DocId>,
    pub variants: BTreeMap<String, Variant>,
}

/// A file under `content/` that is not Markdown: copied to the output as it is.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Relative to `content/`, with `/` separators.
    pub path: String,
    pub file: PathBuf,
}

#[derive(Debug, Default, Clone)]
pub struct Content {
    /// `docs[0]` is the front page (the `content/` folder itself).
    pub docs: Vec<Document>,
    /// YAML files of the office directory, for the directory stage.
    pub office_files: Vec<SourceText>,
    pub assets: Vec<Asset>,
}

impl Content {
    pub fn by_key(&self) -> BTreeMap<&str, DocId> {
        self.docs.iter().enumerate().map(|(id, doc)| (doc.key.as_str(), id)).collect()
    }
}

/// What a file under `content/` is.
enum FileKind {
    Markdown { folder: String, stem: String, lang: String },
    OfficeData,
    Asset,
}

/// Loads everything under `root/content`. Drafts are left out unless `drafts` is set.
pub fn load(root: &Path, config: &Config, drafts: bool, diagnostics: &mut Diagnostics) -> Content {
    load_beside(root, config, drafts, diagnostics, |_| ()).0
}

/// Loads everything under `root/content` while `beside` works on its office files (the
/// directory), in parallel with reading the pages.
pub fn load_beside<R: Send>(
    root: &Path,
    config: &Config,
    drafts: bool,
    diagnostics: &mut Diagnostics,
    beside: impl FnOnce(&[SourceText]) -> R + Send,
) -> (Content, R) {
    let content_dir = root.join(CONTENT_DIR);
    let mut content = Content::default();
    if !content_dir.is_dir() {
        diagnostics.push(
            Diagnostic::error("there is no `content` folder")
                .in_path(CONTENT_DIR)
                .hint("create `content/_index.md` with the front page of the handbook"),
        );
        return (content, beside(&[]));
    }
    if let Err(diagnostic) = source::ensure_inside(root, &content_dir, CONTENT_DIR) {
        diagnostics.push(diagnostic);
        return (content, beside(&[]));
    }
    let mut markdown: Vec<(PathBuf, String, String, String)> = Vec::new();
    for file in walk(&content_dir, root, diagnostics) {
        let shown = display_path(root, &file);
        let relative = display_path(&content_dir, &file);
        match classify(&relative, config) {
            Ok(FileKind::Markdown { folder, stem, lang }) => markdown.push((file, folder, stem, lang)),
            Ok(FileKind::OfficeData) => match source::read(root, &file) {
                Ok(text) => content.office_files.push(text),
                Err(diagnostic) => diagnostics.push(diagnostic),
            },
            Ok(FileKind::Asset) => content.assets.push(Asset { path: relative, file }),
            Err(diagnostic) => diagnostics.push(diagnostic.in_path(shown)),
        }
    }
    let read_pages = || -> Vec<((String, String, Variant), Vec<Diagnostic>)> {
        markdown
            .into_par_iter()
            .map(|(file, folder, stem, lang)| {
                let mut errors = Vec::new();
                // A file that is not UTF-8 is reported, and its text (with replacement characters)
                // still stands for the page so that links to it do not fail too.
                let source = source::read(root, &file).unwrap_or_else(|diagnostic| {
                    let text =
                        diagnostic.source.clone().unwrap_or_else(|| SourceText::new(display_path(root, &file), ""));
                    errors.push(diagnostic);
                    text
                });
                let (parsed, front_errors) = front_matter::parse(&source);
                errors.extend(front_errors);
                let variant = Variant { lang, source, front: parsed.front, body_start: parsed.body_start };
                ((folder, stem, variant), errors)
            })
            .collect()
    };
    let (parsed, besides) = rayon::join(read_pages, || beside(&content.office_files));
    let mut variants = Vec::with_capacity(parsed.len());
    for (found, errors) in parsed {
        diagnostics.extend(errors);
        variants.push(found);
    }
    variants.retain(|(_, _, variant)| drafts || !variant.front.draft);
    assemble(&mut content, variants, config, diagnostics);
    (content, besides)
}

/// A page read again after an edit, with the key of its document. `None` when the file is not
/// a page of the content folder or has problems: a full build handles those and reports them.
pub fn reload_page(root: &Path, file: &Path, config: &Config) -> Option<(String, Variant)> {
    let content_dir = root.join(CONTENT_DIR);
    file.strip_prefix(&content_dir).ok()?;
    let relative = display_path(&content_dir, file);
    let Ok(FileKind::Markdown { folder, stem, lang }) = classify(&relative, config) else { return None };
    let source = source::read(root, file).ok()?;
    let (parsed, errors) = front_matter::parse(&source);
    if !errors.is_empty() {
        return None;
    }
    let key = if folder.is_empty() { stem } else { format!("{folder}/{stem}") };
    Some((key, Variant { lang, source, front: parsed.front, body_start: parsed.body_start }))
}

/// Every file under `dir`, sorted, skipping hidden files and folders.
fn walk(dir: &Path, root: &Path, diagnostics: &mut Diagnostics) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let walker = WalkDir::new(dir).follow_links(false).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')) {
        match entry {
            Ok(entry) if entry.file_type().is_file() => files.push(entry.into_path()),
            Ok(entry) if entry.path_is_symlink() => {
                let shown = display_path(root, entry.path());
                match source::ensure_inside(root, entry.path(), &shown) {
                    Ok(()) if entry.path().is_file() => files.push(entry.into_path()),
                    Ok(()) => {}
                    Err(diagnostic) => diagnostics.push(diagnostic),
                }
            }
            Ok(_) => {}
            Err(error) => {
                let shown = error.path().map(|p| display_path(root, p)).unwrap_or_default();
                diagnostics.push(Diagnostic::error(format!("cannot read this folder: {error}")).in_path(shown));
            }
        }
    }
    files
}

fn classify(relative: &str, config: &Config) -> Result<FileKind, Diagnostic> {
    let (folder, name) = relative.rsplit_once('/').unwrap_or(("", relative));
    let in_offices = folder == OFFICES_DIR || folder.starts_with("offices/");
    if in_offices && (name.ends_with(".yaml") || name.ends_with(".yml")) {
        return Ok(FileKind::OfficeData);
    }
    let Some(stem) = name.strip_suffix(".md") else {
        return Ok(FileKind::Asset);
    };
    let (stem, lang) = match stem.rsplit_once('.') {
        Some((base, suffix)) if looks_like_language(suffix) => {
            if config.language(suffix).is_none() {
                let mut diagnostic =
                    Diagnostic::error(format!("`.{suffix}` in this file name is not one of the site's languages"));
                if let Some(close) = suggest(suffix, config.language_codes()) {
                    diagnostic = diagnostic.hint(format!("did you mean `{base}.{close}.md`?"));
                }
                return Err(diagnostic.hint(format!(
                    "the languages in handbook.yaml are: {}; add `{suffix}` there, or rename the file",
                    config.language_codes().collect::<Vec<_>>().join(", ")
                )));
            }
            (base, suffix.to_owned())
        }
        _ => (stem, config.default_language.clone()),
    };
    if stem.is_empty() {
        return Err(Diagnostic::error("this file name has no name before `.md`"));
    }
    Ok(FileKind::Markdown { folder: folder.to_owned(), stem: stem.to_owned(), lang })
}

/// `en`, `zh-Hans`, `pt-BR`: a suffix that is meant as a language, even if not configured.
fn looks_like_language(suffix: &str) -> bool {
    let primary = suffix.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && suffix.parse::<LanguageIdentifier>().is_ok()
}

/// Builds the document tree from the variants found.
fn assemble(
    content: &mut Content,
    variants: Vec<(String, String, Variant)>,
    config: &Config,
    diagnostics: &mut Diagnostics,
) {
    let mut docs: BTreeMap<String, Document> = BTreeMap::new();
    docs.insert("_index".to_owned(), new_doc("_index", true, ""));
    for (folder, stem, variant) in variants {
        let is_section = stem == "_index";
        let key = if folder.is_empty() { stem.clone() } else { format!("{folder}/{stem}") };
        let doc_stem = if is_section { folder.rsplit('/').next().unwrap_or("").to_owned() } else { stem };
        let doc = docs.entry(key.clone()).or_insert_with(|| new_doc(&key, is_section, &doc_stem));
        if let Some(existing) = doc.variants.get(&variant.lang) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "this is a second `{}` version of the same page; the first is {}",
                    variant.lang, existing.source.path
                ))
                .in_file(&variant.source)
                .hint("keep one of the two files"),
            );
            continue;
        }
        doc.variants.insert(variant.lang.clone(), variant);
    }
    // Every folder holding pages needs its own section file.
    let folders: Vec<String> =
        docs.keys().filter_map(|key| key.rsplit_once('/').map(|(folder, _)| folder.to_owned())).collect();
    for folder in folders {
        let mut path = String::new();
        for part in folder.split('/') {
            path = if path.is_empty() { part.to_owned() } else { format!("{path}/{part}") };
            let key = format!("{path}/_index");
            if !docs.contains_key(&key) {
                let stem = part.to_owned();
                docs.insert(key.clone(), new_doc(&key, true, &stem));
            }
        }
    }
    // Order: the front page first, then by key, so ids are stable.
    let mut ordered: Vec<Document> = Vec::with_capacity(docs.len());
    ordered.extend(docs.remove("_index"));
    ordered.extend(docs.into_values());
    let section_of: BTreeMap<String, DocId> = ordered
        .iter()
        .enumerate()
        .filter(|(_, doc)| doc.is_section)
        .map(|(id, doc)| (section_folder(&doc.key).to_owned(), id))
        .collect();
    for id in 1..ordered.len() {
        let folder = containing_folder(&ordered[id]);
        let parent = section_of.get(folder).copied().unwrap_or(0);
        ordered[id].parent = Some(parent);
        ordered[parent].children.push(id);
    }
    for doc in &ordered {
        if doc.key == "_index" && !doc.variants.contains_key(&config.default_language) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "the front page in the default language `{}` is missing",
                    config.default_language
                ))
                .in_path(format!("{CONTENT_DIR}/_index.md"))
                .hint("create content/_index.md"),
            );
        } else if doc.variants.is_empty() {
            let folder = section_folder(&doc.key);
            diagnostics.push(
                Diagnostic::error(format!("the folder `{folder}` has pages but no section file `_index.md`"))
                    .in_path(format!("{CONTENT_DIR}/{folder}"))
                    .hint(format!(
                        "create `{CONTENT_DIR}/{folder}/_index.md` with the section's title, for example:\n---\ntitle: …\nweight: 1\n---"
                    )),
            );
        }
    }
    sort_children(&mut ordered, config);
    content.docs = ordered;
}

fn new_doc(key: &str, is_section: bool, stem: &str) -> Document {
    Document {
        key: key.to_owned(),
        is_section,
        stem: stem.to_owned(),
        parent: None,
        children: Vec::new(),
        variants: BTreeMap::new(),
    }
}

/// `labor-rights/_index` → `labor-rights`; `_index` → ``.
pub fn section_folder(key: &str) -> &str {
    key.strip_suffix("/_index").unwrap_or(if key == "_index" { "" } else { key })
}

/// The folder whose section a document belongs to: for a section, the folder above it.
fn containing_folder(doc: &Document) -> &str {
    let own = if doc.is_section { section_folder(&doc.key) } else { doc.key.as_str() };
    own.rsplit_once('/').map_or("", |(folder, _)| folder)
}

/// Sorts each section's children by weight, then title (in the source language), then key.
fn sort_children(docs: &mut [Document], config: &Config) {
    let sort_keys: Vec<(i64, String, String)> = docs
        .iter()
        .map(|doc| match source_variant(doc, config) {
            Some(variant) => (variant.front.weight, variant.front.title.clone(), doc.key.clone()),
            None => (0, String::new(), doc.key.clone()),
        })
        .collect();
    for doc in docs.iter_mut() {
        doc.children.sort_by(|a, b| sort_keys[*a].cmp(&sort_keys[*b]));
    }
}

/// The version a document is translated from: the default language's, or the first language
/// (in configured order) that has one.
pub fn source_variant<'a>(doc: &'a Document, config: &Config) -> Option<&'a Variant> {
    config.fallback_chain(&config.default_language).find_map(|code| doc.variants.get(code))
}
