//! The validate stage: turns loaded content into a checked site model. Markdown is parsed once
//! per page, every URL is fixed, and every internal link and anchor is resolved (or reported
//! with its file, line and column).

pub mod urls;

use std::collections::{BTreeMap, HashSet};

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{source_variant, Content, DocId, Document, Variant};
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
use crate::directory::Directory;
use crate::markdown::links::{self, LinkKind};
use crate::markdown::{self, LinkRef, Parsed};
pub use urls::Urls;

/// Where a link in Markdown goes, resolved against the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Another page or section; shown in the reader's language.
    Doc {
        doc: DocId,
        anchor: Option<String>,
    },
    SamePage {
        anchor: String,
    },
    /// Written out as the editor wrote it.
    External(String),
    /// A file under `content/` (path relative to it), copied to `media/`.
    Asset(String),
    /// A page of the office directory (`region/guangdong`, `kind/legal-aid`, or empty).
    Directory {
        path: String,
        anchor: Option<String>,
    },
    /// Not a usable link: rendered as plain text.
    Drop,
}

/// One language version of a page, parsed and with its links resolved.
#[derive(Debug)]
pub struct Body {
    pub markdown: Parsed,
    pub targets: Vec<Target>,
}

/// Paths inside the office directory that Markdown may link to, from the directory stage.
pub trait DirectoryLinks: Sync {
    /// Whether `directory:PATH` exists (`""`, `region/guangdong`, `kind/legal-aid`).
    fn has_page(&self, path: &str) -> bool;
    /// Whether `directory:PATH#ANCHOR` exists.
    fn has_anchor(&self, path: &str, anchor: &str) -> bool;
    /// Known page paths, for suggestions.
    fn page_paths(&self) -> Vec<String>;
    /// Whether part of the directory could not be read (and was reported): links into it
    /// are then not reported as broken, as they may well be fine.
    fn is_incomplete(&self) -> bool {
        false
    }
}

/// No office directory: every `directory:` link is an error.
pub struct NoDirectory;

impl DirectoryLinks for NoDirectory {
    fn has_page(&self, _: &str) -> bool {
        false
    }
    fn has_anchor(&self, _: &str, _: &str) -> bool {
        false
    }
    fn page_paths(&self) -> Vec<String> {
        Vec::new()
    }
}

/// The checked site: everything the render stage needs.
pub struct Site {
    pub config: Config,
    pub content: Content,
    pub urls: Urls,
    /// `bodies[doc][lang]`: one per variant the editor wrote.
    pub bodies: Vec<BTreeMap<String, Body>>,
    /// Every document in reading order (depth first from the front page).
    pub reading_order: Vec<DocId>,
    /// Each document's place in `reading_order` (`None` for a folder without text).
    pub reading_position: Vec<Option<usize>>,
    /// Each document's children that have text, in order.
    pub shown_children: Vec<Vec<DocId>>,
    /// Each document's place among its parent's `shown_children`.
    pub place_among_siblings: Vec<usize>,
    pub directory: Option<Directory>,
}

/// What a rebuild after an edit may take over from the site before it.
struct Reuse<'a> {
    previous: &'a Site,
    edited: &'a [DocId],
}

impl Reuse<'_> {
    /// The previous parse of a page whose text was not edited.
    fn parsed(&self, doc: DocId, lang: &str) -> Option<Parsed> {
        if self.edited.contains(&doc) {
            return None;
        }
        self.previous.bodies.get(doc)?.get(lang).map(|body| body.markdown.clone())
    }
}

impl Site {
    pub fn build(
        config: Config,
        content: Content,
        directory: Option<Directory>,
        diagnostics: &mut Diagnostics,
    ) -> Site {
        Site::build_reusing(config, content, directory, None, diagnostics)
    }

    /// Builds the site of `content` after an edit of `edited` documents' text, reusing the
    /// parse of every other page from `previous`, the site before the edit.
    pub fn rebuild(previous: &Site, content: Content, edited: &[DocId], diagnostics: &mut Diagnostics) -> Site {
        let reuse = Reuse { previous, edited };
        Site::build_reusing(previous.config.clone(), content, previous.directory.clone(), Some(reuse), diagnostics)
    }

    fn build_reusing(
        config: Config,
        content: Content,
        directory: Option<Directory>,
        reuse: Option<Reuse>,
        diagnostics: &mut Diagnostics,
    ) -> Site {
        let links: &dyn DirectoryLinks = match &directory {
            Some(directory) => directory,
            None => &NoDirectory,
        };
        let urls = Urls::compute(&content, &config, diagnostics);
        let parsed: Vec<BTreeMap<String, Parsed>> = content
            .docs
            .par_iter()
            .enumerate()
            .map(|(id, doc)| {
                doc.variants
                    .iter()
                    .map(|(lang, variant)| {
                        let kept = reuse.as_ref().and_then(|reuse| reuse.parsed(id, lang));
                        (lang.clone(), kept.unwrap_or_else(|| markdown::parse(variant.body())))
                    })
                    .collect()
            })
            .collect();
        let resolver = Resolver::new(&content, &config, &parsed, links);
        let resolved: Vec<(BTreeMap<String, Vec<Target>>, Vec<Diagnostic>)> =
            content.docs.par_iter().enumerate().map(|(id, doc)| resolver.resolve_doc(doc, &parsed[id])).collect();
        let mut bodies = Vec::with_capacity(parsed.len());
        for (markdown, (mut targets, errors)) in parsed.into_iter().zip(resolved) {
            diagnostics.extend(errors);
            bodies.push(
                markdown
                    .into_iter()
                    .map(|(lang, markdown)| {
                        let targets = targets.remove(&lang).unwrap_or_default();
                        (lang, Body { markdown, targets })
                    })
                    .collect(),
            );
        }
        let reading_order = reading_order(&content);
        let mut reading_position = vec![None; content.docs.len()];
        for (position, &id) in reading_order.iter().enumerate() {
            reading_position[id] = Some(position);
        }
        let shown_children: Vec<Vec<DocId>> = content
            .docs
            .iter()
            .map(|doc| doc.children.iter().copied().filter(|&id| !content.docs[id].variants.is_empty()).collect())
            .collect();
        let mut place_among_siblings = vec![0; content.docs.len()];
        for children in &shown_children {
            for (place, &id) in children.iter().enumerate() {
                place_among_siblings[id] = place;
            }
        }
        report_reserved_folders(&content, &config, &urls, directory.is_some(), diagnostics);
        report_stale_translations(&content, &config, diagnostics);
        report_duplicate_titles(&content, diagnostics);
        report_orphans(&content, &config, &bodies, diagnostics);
        report_asset_collisions(&content, diagnostics);
        Site {
            config,
            content,
            urls,
            bodies,
            reading_order,
            reading_position,
            shown_children,
            place_among_siblings,
            directory,
        }
    }

    /// The version of `doc` shown to readers of `lang`: its translation, or the source.
    pub fn displayed(&self, doc: DocId, lang: &str) -> Option<&Variant> {
        displayed(&self.content.docs[doc], lang, &self.config)
    }

    pub fn body(&self, doc: DocId, variant_lang: &str) -> Option<&Body> {
        self.bodies[doc].get(variant_lang)
    }

    /// Whether `anchor` exists on the version of `doc` shown to readers of `lang`.
    pub fn has_anchor(&self, doc: DocId, lang: &str, anchor: &str) -> bool {
        self.displayed(doc, lang)
            .and_then(|variant| self.body(doc, &variant.lang))
            .is_some_and(|body| body.markdown.headings.iter().any(|h| h.id == anchor))
    }
}

fn displayed<'a>(doc: &'a Document, lang: &str, config: &Config) -> Option<&'a Variant> {
    doc.variants.get(lang).or_else(|| source_variant(doc, config))
}

pub fn reading_order(content: &Content) -> Vec<DocId> {
    let mut order = Vec::with_capacity(content.docs.len());
    let mut stack = vec![0];
    while let Some(id) = stack.pop() {
        if content.docs[id].variants.is_empty() {
            continue;
        }
        order.push(id);
        stack.extend(content.docs[id].children.iter().rev());
    }
    order
}

/// Resolves the links of every page against the whole site.
struct Resolver<'a> {
    content: &'a Content,
    config: &'a Config,
    parsed: &'a [BTreeMap<String, Parsed>],
    directory: &'a dyn DirectoryLinks,
    by_key: BTreeMap<&'a str, DocId>,
    assets: HashSet<&'a str>,
}

impl<'a> Resolver<'a> {
    fn new(
        content: &'a Content,
        config: &'a Config,
        parsed: &'a [BTreeMap<String, Parsed>],
        directory: &'a dyn DirectoryLinks,
    ) -> Self {
        Resolver {
            content,
            config,
            parsed,
            directory,
            by_key: content.by_key(),
            assets: content.assets.iter().map(|a| a.path.as_str()).collect(),
        }
    }

    fn resolve_doc(
        &self,
        doc: &Document,
        parsed: &BTreeMap<String, Parsed>,
    ) -> (BTreeMap<String, Vec<Target>>, Vec<Diagnostic>) {
        let mut errors = Vec::new();
        let mut targets = BTreeMap::new();
        for (lang, markdown) in parsed {
            let Some(variant) = doc.variants.get(lang) else {
                continue;
            };
            let folder = doc.key.rsplit_once('/').map_or("", |(folder, _)| folder);
            let resolved = markdown
                .links
                .iter()
                .map(|link| {
                    self.resolve(variant, folder, markdown, link).unwrap_or_else(|diagnostic| {
                        errors.push(diagnostic);
                        Target::Drop
                    })
                })
                .collect();
            targets.insert(lang.clone(), resolved);
            errors.extend(markdown.raw_links.iter().filter_map(|(dest, at)| raw_link_problem(variant, dest, at)));
            if let Some(at) = &markdown.too_deep_html {
                let span = variant.body_start + at.start..variant.body_start + at.end;
                errors.push(
                    Diagnostic::error(format!(
                        "the HTML here is nested more than {} levels deep",
                        markdown::sanitize::MAX_DEPTH
                    ))
                    .at(&variant.source, span)
                    .hint("close the tags that are left open, or write the page in Markdown"),
                );
            }
        }
        (targets, errors)
    }

    fn resolve(&self, variant: &Variant, folder: &str, own: &Parsed, link: &LinkRef) -> Result<Target, Diagnostic> {
        let span = variant.body_start + link.span.start..variant.body_start + link.span.end;
        let error = |message: String| Diagnostic::error(message).at(&variant.source, span.clone());
        match &link.kind {
            LinkKind::Empty => Err(error("this link has no destination".into()).hint("write where it goes between the ( )")),
            // The pages' security policy lets images come from the site only; from elsewhere
            // they would also cost readers data and tell another site who reads what.
            LinkKind::External if link.is_image => {
                Err(error(format!("the image `{}` is on another website, where readers' phones will not load it from", link.dest))
                    .hint("save the image into the content folder, next to the page, and link to it there: ![…](picture.png)"))
            }
            LinkKind::External => match web_address_problem(&link.dest) {
                None => Ok(Target::External(link.dest.clone())),
                Some(problem) => Err(error(format!("`{}` is not a valid address: {problem}", link.dest))
                    .hint("write web addresses in full, e.g. https://www.example.org/page, and phone links as tel:12333")),
            },
            LinkKind::Forbidden { scheme } => Err(error(format!("`{scheme}:` links are not allowed"))
                .label("not allowed")
                .hint("links may go to other pages (`page.md`), web addresses (https://…), e-mail (mailto:) and phones (tel:)")),
            LinkKind::Absolute => Err(error(format!("the link `{}` starts with `/`, which breaks when the handbook is not at the root of a website", link.dest))
                .hint("link to the Markdown file with a relative path, e.g. `../wages/arrears.md`")),
            LinkKind::SamePage { anchor } => {
                check_anchor(own, anchor).map_err(|close| anchor_error(error(format!("there is no heading `#{anchor}` on this page")), close))?;
                Ok(Target::SamePage { anchor: anchor.clone() })
            }
            LinkKind::Directory { path, anchor } => self.resolve_directory(path, anchor, &error),
            LinkKind::Relative { path, anchor } => {
                let Some(joined) = links::join(folder, path) else {
                    return Err(error(format!("the link `{}` points outside the content folder", link.dest))
                        .hint("links can only reach pages and files inside `content/`"));
                };
                if let Some(target) = self.resolve_page(&joined, path, folder) {
                    let target = target.map_err(error)?;
                    if let Some(anchor) = anchor {
                        self.check_page_anchor(target, &variant.lang, anchor)
                            .map_err(|close| anchor_error(error(format!("there is no heading `#{anchor}` in {path}")), close))?;
                    }
                    return Ok(Target::Doc { doc: target, anchor: anchor.clone() });
                }
                if self.assets.contains(joined.as_str()) {
                    return Ok(Target::Asset(joined));
                }
                Err(error(format!("the link `{}` points to a file that does not exist", link.dest))
                    .hint("check the file name; links to pages end in `.md`, e.g. `../wages/arrears.md`"))
            }
        }
    }

    /// Resolves a path to a page or section; `None` when it is not meant as a page.
    fn resolve_page(&self, joined: &str, written: &str, folder: &str) -> Option<Result<DocId, String>> {
        let key = match joined.strip_suffix(".md") {
            Some(stem) => strip_language(stem, self.config).to_owned(),
            None if self.by_key.contains_key(format!("{}/_index", joined.trim_end_matches('/')).as_str()) => {
                format!("{}/_index", joined.trim_end_matches('/'))
            }
            None if joined.is_empty() => "_index".to_owned(),
            None => return None,
        };
        let key = key.as_str();
        match self.by_key.get(key) {
            Some(&doc) if !self.content.docs[doc].variants.is_empty() => Some(Ok(doc)),
            _ => {
                let mut message = format!("the link `{written}` points to a page that does not exist");
                // Pages that exist (drafts left out of this build do not), as written from here.
                let existing =
                    self.by_key.iter().filter(|(_, &doc)| !self.content.docs[doc].variants.is_empty()).map(|(k, _)| *k);
                if let Some(close) = suggest(key, existing) {
                    message.push_str(&format!(" (did you mean `{}.md`?)", relative_from(folder, &close)));
                }
                Some(Err(message))
            }
        }
    }

    fn check_page_anchor(&self, doc: DocId, lang: &str, anchor: &str) -> Result<(), Option<String>> {
        let shown = displayed(&self.content.docs[doc], lang, self.config).map(|v| v.lang.as_str()).unwrap_or(lang);
        match self.parsed[doc].get(shown) {
            Some(parsed) => check_anchor(parsed, anchor),
            None => Err(None),
        }
    }

    fn resolve_directory(
        &self,
        path: &str,
        anchor: &Option<String>,
        error: &dyn Fn(String) -> Diagnostic,
    ) -> Result<Target, Diagnostic> {
        let unsure = self.directory.is_incomplete();
        if !self.directory.has_page(path) && unsure {
            return Ok(Target::Drop);
        }
        if !self.directory.has_page(path) {
            let mut diagnostic = error(format!("there is no office directory page `directory:{path}`"));
            let known = self.directory.page_paths();
            if let Some(close) = suggest(path, known.iter().map(String::as_str)) {
                diagnostic = diagnostic.hint(format!("did you mean `directory:{close}`?"));
            }
            return Err(diagnostic.hint(
                "directory links look like `directory:region/guangdong/shenzhen` or `directory:kind/legal-aid`",
            ));
        }
        if let Some(anchor) = anchor {
            if !self.directory.has_anchor(path, anchor) && unsure {
                return Ok(Target::Directory { path: path.to_owned(), anchor: None });
            }
            if !self.directory.has_anchor(path, anchor) {
                return Err(error(format!("there is no office `#{anchor}` on `directory:{path}`")));
            }
        }
        Ok(Target::Directory { path: path.to_owned(), anchor: anchor.clone() })
    }
}

/// An address in raw HTML is published as written: only web, mail and phone addresses and
/// anchors on the page work wherever the site is put.
fn raw_link_problem(variant: &Variant, dest: &str, at: &std::ops::Range<usize>) -> Option<Diagnostic> {
    let trimmed = dest.trim();
    let lower = trimmed.to_ascii_lowercase();
    // Addresses with a scheme (written plainly or not) are the sanitiser's: it keeps web,
    // mail and phone addresses and removes the rest.
    let first_part = lower.split('/').next().unwrap_or("");
    if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("//") || first_part.contains([':', '&']) {
        return None;
    }
    let problem = if trimmed.starts_with('/') {
        format!("the link `{dest}` in HTML starts with `/`, which points outside the site wherever it is hosted")
    } else if trimmed.split('/').any(|part| part == "..") {
        format!("the link `{dest}` in HTML may point outside the content folder, and is not checked")
    } else {
        format!("the link `{dest}` in HTML is published as written: it is not checked and breaks when pages move")
    };
    let span = variant.body_start + at.start..variant.body_start + at.end;
    Some(
        Diagnostic::error(problem).at(&variant.source, span).hint(
            "write it as a Markdown link, which is checked and rewritten: [text](page.md) or ![text](picture.png)",
        ),
    )
}

/// `contracts.en` → `contracts` when `en` is a configured language.
fn strip_language<'s>(stem: &'s str, config: &Config) -> &'s str {
    match stem.rsplit_once('.') {
        Some((base, suffix)) if config.language(suffix).is_some() => base,
        _ => stem,
    }
}

fn check_anchor(parsed: &Parsed, anchor: &str) -> Result<(), Option<String>> {
    if anchor.is_empty() || parsed.headings.iter().any(|h| h.id == anchor) {
        return Ok(());
    }
    Err(suggest(anchor, parsed.headings.iter().map(|h| h.id.as_str())))
}

fn anchor_error(diagnostic: Diagnostic, close: Option<String>) -> Diagnostic {
    let diagnostic =
        diagnostic.hint("anchors are heading ids: the heading lower-cased, punctuation removed, spaces as `-`");
    match close {
        Some(close) => diagnostic.hint(format!("did you mean `#{close}`?")),
        None => diagnostic,
    }
}

/// Pages whose address would fall inside a folder the site itself uses: the search page's,
/// and the office directory's when there is one.
fn report_reserved_folders(
    content: &Content,
    config: &Config,
    urls: &Urls,
    has_directory: bool,
    diagnostics: &mut Diagnostics,
) {
    let mut reserved = vec!["search"];
    if has_directory {
        reserved.push(crate::render::directory::DIRECTORY_DIR);
    }
    for (id, doc) in content.docs.iter().enumerate() {
        let Some(variant) = doc.variants.values().next() else { continue };
        let clash = config.language_codes().find_map(|lang| {
            let path = urls.path(id, lang);
            reserved.iter().find(|folder| path.starts_with(&format!("{lang}/{folder}/"))).map(|folder| (path, *folder))
        });
        if let Some((path, folder)) = clash {
            diagnostics.push(
                Diagnostic::error(format!(
                    "this page would be published at `{path}`, inside the folder `{folder}/` that the site uses"
                ))
                .in_file(&variant.source)
                .hint("give the page another file name, folder or `slug:`"),
            );
        }
    }
}

/// One warning for all stale translations: the details are in `handbook translations`.
fn report_stale_translations(content: &Content, config: &Config, diagnostics: &mut Diagnostics) {
    let stale: Vec<String> = (0..content.docs.len())
        .flat_map(|id| config.language_codes().map(move |lang| (id, lang)))
        .filter(|&(id, lang)| {
            crate::translations::status(content, config, id, lang) == crate::translations::Status::Stale
        })
        .filter_map(|(id, lang)| content.docs[id].variants.get(lang).map(|v| v.source.path.clone()))
        .collect();
    if !stale.is_empty() {
        diagnostics.push(
            Diagnostic::warning(format!(
                "{} translation(s) are older than their source and show readers a notice: {}",
                stale.len(),
                stale.join(", ")
            ))
            .hint("update them, then record it with `handbook translations --mark LANG PATH`; `handbook translations` lists every page"),
        );
    }
}

/// What is wrong with an external link, if anything: web addresses need a host and no spaces,
/// `tel:` links a dialable number, `mailto:` an address.
fn web_address_problem(dest: &str) -> Option<&'static str> {
    let lower = dest.to_ascii_lowercase();
    if let Some(rest) =
        lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).or_else(|| lower.strip_prefix("//"))
    {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || !host.contains('.') && !host.starts_with("localhost") {
            return Some("it has no website name after //");
        }
        if dest.contains(char::is_whitespace) {
            return Some("it contains a space");
        }
    } else if let Some(number) = lower.strip_prefix("tel:") {
        if !crate::text::is_dialable(number) {
            return Some("the phone number cannot be dialled");
        }
    } else if let Some(address) = lower.strip_prefix("mailto:") {
        if !address.contains('@') {
            return Some("an e-mail address needs an @");
        }
    }
    None
}

/// Two pages of one section with the same title (in the same language) confuse readers.
fn report_duplicate_titles(content: &Content, diagnostics: &mut Diagnostics) {
    for section in content.docs.iter().filter(|d| d.is_section) {
        let mut seen: BTreeMap<(&str, &str), &Variant> = BTreeMap::new();
        for &child in &section.children {
            for (lang, variant) in &content.docs[child].variants {
                if let Some(first) = seen.insert((lang.as_str(), variant.front.title.as_str()), variant) {
                    diagnostics.push(
                        Diagnostic::warning(format!(
                            "this page has the same title as {} in the same section: “{}”",
                            first.source.path, variant.front.title
                        ))
                        .in_file(&variant.source)
                        .hint("give each page a title that tells it apart; readers choose pages by title"),
                    );
                }
            }
        }
    }
}

/// Files under content/ whose names differ only in letter case or Unicode normalisation: one
/// would overwrite the other on many disks (the portable site on a USB stick, say).
fn report_asset_collisions(content: &Content, diagnostics: &mut Diagnostics) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for asset in &content.assets {
        match seen.get(&urls::same_on_every_disk(&asset.path)) {
            Some(first) => diagnostics.push(
                Diagnostic::error(format!(
                    "this file and {}/{first} differ only in letter case or accents, so many disks would keep only one",
                    crate::content::CONTENT_DIR
                ))
                .in_path(format!("{}/{}", crate::content::CONTENT_DIR, asset.path))
                .hint("rename one of them"),
            ),
            None => {
                seen.insert(urls::same_on_every_disk(&asset.path), &asset.path);
            }
        }
    }
}

/// Files nothing uses, and translations of a page that does not exist in the default
/// language: both are usually left behind by a rename or a move.
fn report_orphans(
    content: &Content,
    config: &Config,
    bodies: &[BTreeMap<String, Body>],
    diagnostics: &mut Diagnostics,
) {
    let used: HashSet<&str> = bodies
        .iter()
        .flat_map(|variants| variants.values())
        .flat_map(|body| &body.targets)
        .filter_map(|target| match target {
            Target::Asset(path) => Some(path.as_str()),
            _ => None,
        })
        .collect();
    for asset in content.assets.iter().filter(|asset| !used.contains(asset.path.as_str())) {
        diagnostics.push(
            Diagnostic::warning("no page links to this file; it is copied into the site all the same")
                .in_path(format!("{}/{}", crate::content::CONTENT_DIR, asset.path))
                .hint("link to it from a page, or delete it if it is no longer needed"),
        );
    }
    for doc in content.docs.iter().filter(|doc| !doc.is_section) {
        if doc.variants.contains_key(&config.default_language) {
            continue;
        }
        for variant in doc.variants.values() {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "this page has no original in the default language `{}`",
                    config.default_language
                ))
                .in_file(&variant.source)
                .hint(format!(
                    "if the original was renamed or moved, rename this file to match it; otherwise add `{}.md`",
                    doc.key
                )),
            );
        }
    }
}

/// A content path (`labor-rights/contracts`) as a relative link from `folder`.
fn relative_from(folder: &str, target: &str) -> String {
    let from: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    let to: Vec<&str> = target.split('/').collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts = vec![".."; from.len() - common];
    parts.extend(&to[common..]);
    parts.join("/")
}
