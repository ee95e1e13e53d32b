//! The render stage: every page in every language to HTML through the theme's templates,
//! plus the language chooser, the 404 page, the sitemap, static files and content assets.
//! Pages are rendered in parallel and each is put into a [`Sink`] as soon as it is made; no
//! file depends on the order they come in, so output is deterministic.

pub mod context;
pub mod directory;
pub mod editions;
pub mod offline;
pub mod sitemap;
pub mod templates;

use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::DocId;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Translator;
use crate::markdown::links::encode_fragment;
use crate::markdown::{Href, LinkRef};
use crate::search::SearchMeta;
use crate::site::urls::relative;
use crate::site::{Site, Target};
use crate::text::tel_uri;
use crate::theme::Theme;
use crate::translations;
use context::*;
use templates::Templates;

/// Where static files of the theme go in the output.
pub const STATIC_DIR: &str = "static";
/// Where files linked from Markdown (images, PDFs) go in the output.
pub const MEDIA_DIR: &str = "media";

#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Links name `index.html` so the output works opened from disk.
    pub portable: bool,
    /// The editions to offer on front pages, with their sizes (none inside an edition).
    pub downloads: Option<editions::Downloads>,
}

/// A file of the output: its path relative to the output folder, and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// How many pages of its section a page's footer lists at most.
pub const SIBLINGS_SHOWN: usize = 15;

/// Where rendered files go as soon as they are made: kept in memory ([`Kept`]), or written
/// into the output's staging folder ([`crate::output::Staging`]) so that a big site is never
/// held in memory whole.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile);
}

/// Drops the files (a build that has failed renders only to find more mistakes).
pub struct Discarded;

impl Sink for Discarded {
    fn put(&self, _: OutputFile) {}
}

/// Keeps the files (for `check`, `serve` and the editions).
#[derive(Default)]
pub struct Kept(std::sync::Mutex<Vec<OutputFile>>);

impl Sink for Kept {
    fn put(&self, file: OutputFile) {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(file);
    }
}

impl Kept {
    /// The files, sorted by path.
    pub fn into_sorted(self) -> Vec<OutputFile> {
        let mut files = self.0.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

/// Every file of the site but the search data and offline files, sorted by path.
pub fn render(
    site: &Site,
    theme: &Theme,
    translator: Arc<Translator>,
    options: RenderOptions,
    search: &[SearchMeta],
    diagnostics: &mut Diagnostics,
) -> Vec<OutputFile> {
    let kept = Kept::default();
    with_renderer(site, theme, translator, options, diagnostics, |renderer, diagnostics| {
        renderer.site_files(&kept, diagnostics);
        renderer.search_pages(search, &kept, diagnostics);
        renderer.report_strings(diagnostics);
    });
    kept.into_sorted()
}

/// Runs `work` with a renderer of the theme's templates; `None` if they do not load (which
/// is reported).
pub fn with_renderer<R>(
    site: &Site,
    theme: &Theme,
    translator: Arc<Translator>,
    options: RenderOptions,
    diagnostics: &mut Diagnostics,
    work: impl FnOnce(&Renderer, &mut Diagnostics) -> R,
) -> Option<R> {
    let templates = Templates::load(theme, translator.clone(), diagnostics)?;
    let static_versions = theme.static_files.iter().map(|(name, bytes)| (name.clone(), short_hash(bytes))).collect();
    let renderer = Renderer { static_versions, site, theme, translator: &translator, templates: &templates, options };
    Some(work(&renderer, diagnostics))
}

/// Puts a rendered file into `sink`, or hands back what went wrong.
fn put(sink: &dyn Sink, rendered: Result<OutputFile, Diagnostic>) -> Option<Diagnostic> {
    rendered.map(|file| sink.put(file)).err()
}

/// Only the pages of `docs`, in every language, and the search pages: all that an edit of
/// those pages' text changes (`serve`'s quick path; see [`crate::preview`]).
pub fn render_pages(
    site: &Site,
    theme: &Theme,
    translator: Arc<Translator>,
    options: RenderOptions,
    search: &[SearchMeta],
    docs: &[DocId],
    diagnostics: &mut Diagnostics,
) -> Vec<OutputFile> {
    with_renderer(site, theme, translator, options, diagnostics, |renderer, diagnostics| {
        let search_pages = search.iter().map(|meta| renderer.search_page(meta));
        let mut files = Vec::new();
        for result in renderer.pages_of(docs).into_iter().chain(search_pages) {
            match result {
                Ok(file) => files.push(file),
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
        files
    })
    .unwrap_or_default()
}

/// The theme's templates ready to render a site.
pub struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    templates: &'a Templates,
    options: RenderOptions,
    /// Short hashes of the theme's static files, appended to their URLs so that caches renew.
    static_versions: std::collections::BTreeMap<String, String>,
    translator: &'a Translator,
}

impl Renderer<'_> {
    /// Every file of the site into `sink` but the search pages and data and the offline
    /// files: pages in parallel, each put as soon as it is rendered.
    pub fn site_files(&self, sink: &dyn Sink, diagnostics: &mut Diagnostics) {
        let site = self.site;
        let jobs: Vec<(DocId, &str)> = site
            .config
            .language_codes()
            .flat_map(|lang| site.reading_order.iter().map(move |&doc| (doc, lang)))
            .collect();
        let (page_errors, directory_errors) = rayon::join(
            || jobs.par_iter().filter_map(|&(doc, lang)| put(sink, self.page(doc, lang))).collect::<Vec<_>>(),
            || {
                let pages = site.directory.as_ref().map(|d| self.directory_pages(d)).unwrap_or_default();
                pages.into_iter().filter_map(|page| put(sink, page)).collect::<Vec<_>>()
            },
        );
        diagnostics.extend(page_errors);
        diagnostics.extend(directory_errors);
        for page in [self.chooser(), self.not_found(), self.offline_page()] {
            diagnostics.extend(put(sink, page));
        }
        if let Some(file) = sitemap::sitemap(site) {
            sink.put(file);
        }
        for (name, bytes) in &self.theme.static_files {
            sink.put(OutputFile { path: format!("{STATIC_DIR}/{name}"), bytes: bytes.clone() });
        }
        for asset in &site.content.assets {
            match std::fs::read(&asset.file) {
                Ok(bytes) => sink.put(OutputFile { path: format!("{MEDIA_DIR}/{}", asset.path), bytes }),
                Err(error) => diagnostics.push(
                    Diagnostic::error(format!("cannot read this file: {error}"))
                        .in_path(format!("content/{}", asset.path)),
                ),
            }
        }
    }

    /// The search page of each language (they need the search data's shape).
    pub fn search_pages(&self, search: &[SearchMeta], sink: &dyn Sink, diagnostics: &mut Diagnostics) {
        for meta in search {
            diagnostics.extend(put(sink, self.search_page(meta)));
        }
    }

    /// The UI strings that could not be completed or that no language has, once everything
    /// is rendered.
    pub fn report_strings(&self, diagnostics: &mut Diagnostics) {
        let site = self.site;
        diagnostics.extend(self.translator.broken_strings());
        for key in self.translator.missing_everywhere() {
            diagnostics.push(
                Diagnostic::error(format!("the theme uses the UI string `{key}`, which no language has"))
                    .in_path(format!("{}/{}.ftl", crate::i18n::I18N_DIR, site.config.default_language))
                    .hint(format!(
                        "add a line `{key} = …` to {}/{}.ftl",
                        crate::i18n::I18N_DIR,
                        site.config.default_language
                    )),
            );
        }
    }

    /// The pages of `docs` in every language, in parallel.
    fn pages_of(&self, docs: &[DocId]) -> Vec<Result<OutputFile, Diagnostic>> {
        let jobs: Vec<(DocId, &str)> =
            self.site.config.language_codes().flat_map(|lang| docs.iter().map(move |&doc| (doc, lang))).collect();
        jobs.par_iter().map(|&(doc, lang)| self.page(doc, lang)).collect()
    }

    /// The pages of `parent`'s section around `doc`, for its footer: all of them in a short
    /// section; in a long one the nearest [`SIBLINGS_SHOWN`] and a link to the section's page
    /// (listing every page on every page would make pages grow with their section).
    fn siblings(&self, doc: DocId, parent: DocId, lang: &str, here: &str) -> (Vec<LinkItem>, Option<SectionLink>) {
        let all = &self.site.shown_children[parent];
        let shown = if all.len() <= SIBLINGS_SHOWN {
            &all[..]
        } else {
            let at = self.site.place_among_siblings[doc];
            let start = at.saturating_sub(SIBLINGS_SHOWN / 2).min(all.len() - SIBLINGS_SHOWN);
            &all[start..start + SIBLINGS_SHOWN]
        };
        let items = shown.iter().map(|&id| self.item(id, lang, here, doc)).collect();
        let whole = (shown.len() < all.len())
            .then(|| SectionLink { url: self.link(here, self.site.urls.path(parent, lang)), count: all.len() });
        (items, whole)
    }

    fn config(&self) -> &Config {
        &self.site.config
    }

    fn link(&self, from: &str, to: &str) -> String {
        relative(from, to, self.options.portable)
    }

    /// The hotlines, labelled in `lang`.
    fn hotlines(&self, lang: &str) -> Vec<HotlineLink> {
        let config = self.config();
        config
            .hotlines
            .iter()
            .map(|hotline| HotlineLink {
                number: hotline.number.clone(),
                tel: tel_uri(&hotline.number),
                label: config.pick(&hotline.label, lang).map(str::to_owned),
            })
            .collect()
    }

    /// The language switcher of a page that exists in every language at `path_in(code)`.
    fn language_links(&self, lang: &str, here: &str, path_in: impl Fn(&str) -> String) -> Vec<LanguageLink> {
        self.config()
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir.as_str(),
                url: self.link(here, &path_in(&l.code)),
                current: l.code == lang,
                translated: true,
            })
            .collect()
    }

    /// A theme's static file, with its version so that browsers fetch it anew when it changes.
    fn static_url(&self, from: &str, name: &str) -> String {
        let version = self.static_versions.get(name).map(String::as_str).unwrap_or_default();
        format!("{}?v={version}", self.link(from, &format!("{STATIC_DIR}/{name}")))
    }

    fn chrome(&self, lang: &str, here: &str, languages: Vec<LanguageLink>) -> Chrome {
        let config = self.config();
        let language = config.language(lang);
        Chrome {
            lang: lang.to_owned(),
            lang_name: language.map(|l| l.name.clone()).unwrap_or_default(),
            dir: language.map_or("ltr", |l| l.dir.as_str()),
            site_title: config.pick(&config.title, lang).unwrap_or_default().to_owned(),
            root: "../".repeat(here.matches('/').count()),
            home_url: self.link(here, &format!("{lang}/")),
            css_url: self.static_url(here, "style.css"),
            hotlines: self.hotlines(lang),
            languages,
            portable: self.options.portable,
            directory_url: self.site.directory.as_ref().map(|_| self.link(here, &directory::home_path(lang))),
            search_url: self.link(here, &search_page_path(lang)),
            offline_js_url: self.static_url(here, "offline.js"),
        }
    }

    fn item(&self, doc: DocId, lang: &str, here: &str, current: DocId) -> LinkItem {
        let variant = self.site.displayed(doc, lang);
        LinkItem {
            title: variant.map(|v| v.front.title.clone()).unwrap_or_default(),
            url: self.link(here, self.site.urls.path(doc, lang)),
            lang: variant.filter(|v| v.lang != lang).map(|v| v.lang.clone()),
            description: variant.and_then(|v| v.front.description.clone()),
            current: doc == current,
        }
    }

    fn page(&self, doc_id: DocId, lang: &str) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let config = self.config();
        let doc = &site.content.docs[doc_id];
        let here = site.urls.path(doc_id, lang);
        let variant =
            site.displayed(doc_id, lang).ok_or_else(|| Diagnostic::error("a page has no text in any language"))?;
        let body = site
            .body(doc_id, &variant.lang)
            .ok_or_else(|| Diagnostic::error("a page was not parsed").in_file(&variant.source))?;
        let content = body
            .markdown
            .render(variant.body(), config.trust_html, |index, link| self.href(&body.targets[index], link, lang, here));
        let languages = config
            .languages
            .iter()
            .map(|language| LanguageLink {
                code: language.code.clone(),
                name: language.name.clone(),
                dir: language.dir.as_str(),
                url: self.link(here, site.urls.path(doc_id, &language.code)),
                current: language.code == lang,
                translated: doc.variants.contains_key(&language.code),
            })
            .collect();
        let alternates = self.alternates(doc_id, here);
        let canonical = config.base_url.as_ref().map(|base| format!("{base}{}", site.urls.path(doc_id, &variant.lang)));
        let fallback = (variant.lang != lang).then(|| {
            let source = config.language(&variant.lang);
            Fallback {
                lang: variant.lang.clone(),
                name: source.map(|l| l.name.clone()).unwrap_or_default(),
                dir: source.map_or("ltr", |l| l.dir.as_str()),
            }
        });
        let mut breadcrumbs = Vec::new();
        let mut ancestor = doc.parent;
        while let Some(id) = ancestor {
            breadcrumbs.push(self.item(id, lang, here, doc_id));
            ancestor = site.content.docs[id].parent;
        }
        breadcrumbs.reverse();
        let position = site.reading_position[doc_id].unwrap_or(0);
        let neighbour = |index: Option<usize>| {
            index.and_then(|i| site.reading_order.get(i)).map(|&id| self.item(id, lang, here, doc_id))
        };
        let visible = |ids: &[DocId]| -> Vec<LinkItem> {
            ids.iter()
                .filter(|&&id| !site.content.docs[id].variants.is_empty())
                .map(|&id| self.item(id, lang, here, doc_id))
                .collect()
        };
        let top_section = std::iter::successors(Some(doc_id), |&id| site.content.docs[id].parent)
            .find(|&id| site.content.docs[id].parent == Some(0));
        let mut sections = visible(&site.content.docs[0].children);
        for (item, &id) in sections
            .iter_mut()
            .zip(site.content.docs[0].children.iter().filter(|&&id| !site.content.docs[id].variants.is_empty()))
        {
            item.current = Some(id) == top_section;
        }
        let (siblings, siblings_all) = match (doc.is_section, doc.parent) {
            (false, Some(parent)) if parent != 0 => self.siblings(doc_id, parent, lang, here),
            _ => (Vec::new(), None),
        };
        let context = PageContext {
            chrome: self.chrome(lang, here, languages),
            title: variant.front.title.clone(),
            description: variant.front.description.clone().or_else(|| summary(&body.markdown.plain_text)),
            content,
            content_lang: variant.lang.clone(),
            content_dir: config.language(&variant.lang).map_or("ltr", |l| l.dir.as_str()),
            fallback,
            stale: self.stale_notice(doc_id, lang, here),
            offline_manifest: (doc_id == 0).then(|| offline::manifest_path(lang)),
            downloads: if doc_id == 0 { self.download_links(lang, here) } else { None },
            toc: body.markdown.toc().into_iter().cloned().collect(),
            is_home: doc_id == 0,
            is_section: doc.is_section,
            children: if doc.is_section { visible(&doc.children) } else { Vec::new() },
            siblings,
            siblings_all,
            sections,
            breadcrumbs,
            prev: neighbour(position.checked_sub(1)),
            next: neighbour(Some(position + 1)),
            alternates,
            canonical,
            reviewed: variant.front.reviewed.map(Into::into),
            updated: variant.front.updated.map(Into::into),
        };
        let context = tera::Context::from_serialize(&context)
            .map_err(|error| Diagnostic::error(format!("internal error preparing a page: {error}")))?;
        let html = self.templates.render("page.html", &context)?;
        Ok(OutputFile { path: format!("{here}index.html"), bytes: html.into_bytes() })
    }

    /// The editions a front page offers, with their sizes.
    fn download_links(&self, lang: &str, here: &str) -> Option<editions::DownloadLinks> {
        let downloads = self.options.downloads.as_ref()?;
        let single = downloads.single_sizes.iter().find(|(code, _)| code == lang)?.1;
        Some(editions::DownloadLinks {
            single_url: self.link(here, &editions::single_file_path(lang)),
            single_size: editions::human_size(single),
            zip_url: self.link(here, editions::ZIP_FILE),
            zip_size: editions::human_size(downloads.zip_size),
        })
    }

    /// The notice on a translation whose source changed after it was translated.
    fn stale_notice(&self, doc_id: DocId, lang: &str, here: &str) -> Option<StaleNotice> {
        let site = self.site;
        if translations::status(&site.content, &site.config, doc_id, lang) != translations::Status::Stale {
            return None;
        }
        let source = crate::content::source_variant(&site.content.docs[doc_id], &site.config)?;
        Some(StaleNotice {
            url: self.link(here, site.urls.path(doc_id, &source.lang)),
            lang: source.lang.clone(),
            name: site.config.language(&source.lang).map(|l| l.name.clone()).unwrap_or_default(),
        })
    }

    /// `hreflang` links: the languages the page is written in, and `x-default`.
    fn alternates(&self, doc_id: DocId, here: &str) -> Vec<Alternate> {
        let site = self.site;
        let config = self.config();
        let doc = &site.content.docs[doc_id];
        let href = |lang: &str| match &config.base_url {
            Some(base) => format!("{base}{}", site.urls.path(doc_id, lang)),
            None => self.link(here, site.urls.path(doc_id, lang)),
        };
        let mut alternates: Vec<Alternate> = config
            .language_codes()
            .filter(|code| doc.variants.contains_key(*code))
            .map(|code| Alternate { hreflang: code.to_owned(), href: href(code) })
            .collect();
        if let Some(source) = site.displayed(doc_id, &config.default_language) {
            alternates.push(Alternate { hreflang: "x-default".to_owned(), href: href(&source.lang) });
        }
        alternates
    }

    /// The URL of a resolved Markdown link, for a reader of `lang` on the page at `here`.
    fn href(&self, target: &Target, link: &LinkRef, lang: &str, here: &str) -> Href {
        match target {
            Target::Doc { doc, anchor } => {
                let mut url = self.link(here, self.site.urls.path(*doc, lang));
                if let Some(anchor) = anchor.as_deref().filter(|a| self.site.has_anchor(*doc, lang, a)) {
                    url.push('#');
                    url.push_str(&encode_fragment(anchor));
                }
                Href::To(url)
            }
            Target::SamePage { anchor } => Href::To(format!("#{}", encode_fragment(anchor))),
            Target::External(_) => Href::To(link.dest.clone()),
            Target::Asset(path) => Href::To(self.link(here, &format!("{MEDIA_DIR}/{path}"))),
            Target::Directory { path, anchor } => {
                let folder =
                    if path.is_empty() { format!("{lang}/offices/") } else { format!("{lang}/offices/{path}/") };
                let mut url = self.link(here, &folder);
                if let Some(anchor) = anchor {
                    url.push('#');
                    url.push_str(&encode_fragment(anchor));
                }
                Href::To(url)
            }
            Target::Drop => Href::Drop,
        }
    }

    /// `/<lang>/search/`: the search page. Without JavaScript it lists every page.
    fn search_page(&self, meta: &SearchMeta) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let lang = meta.lang.as_str();
        let here = search_page_path(lang);
        let languages = self.language_links(lang, &here, |code| search_page_path(code));
        let pages: Vec<PageListItem> = site
            .reading_order
            .iter()
            .filter_map(|&id| {
                let variant = site.displayed(id, lang)?;
                let depth =
                    std::iter::successors(site.content.docs[id].parent, |&p| site.content.docs[p].parent).count();
                Some(PageListItem {
                    title: variant.front.title.clone(),
                    url: self.link(&here, site.urls.path(id, lang)),
                    lang: (variant.lang != lang).then(|| variant.lang.clone()),
                    depth,
                })
            })
            .collect();
        let mut context = tera::Context::new();
        context.insert("search", meta);
        context.insert("pages", &pages);
        context.insert("search_base", &relative(&here, &format!("{}/{lang}/", crate::search::SEARCH_DIR), false));
        context.insert("script_url", &self.static_url(&here, "search.js"));
        // The language's stemmer, the same Snowball algorithm as the index's, if it has one.
        let stemmer = crate::search::analyzer::stemmer_file(meta.stems);
        if !meta.stems.is_empty() && self.static_versions.contains_key(&stemmer) {
            context.insert("stemmer_url", &self.static_url(&here, &stemmer));
        }
        let context = merge(context, &self.chrome(lang, &here, languages));
        let html = self.templates.render("search.html", &context)?;
        Ok(OutputFile { path: format!("{here}index.html"), bytes: html.into_bytes() })
    }

    /// `/index.html`: choose a language, no JavaScript needed.
    fn chooser(&self) -> Result<OutputFile, Diagnostic> {
        let config = self.config();
        let titles: std::collections::BTreeMap<String, String> = config
            .language_codes()
            .map(|code| (code.to_owned(), config.pick(&config.title, code).unwrap_or_default().to_owned()))
            .collect();
        let mut context = tera::Context::new();
        context.insert("titles", &titles);
        let context = merge(context, &self.chrome(&config.default_language, "", self.chooser_languages()));
        let html = self.templates.render("chooser.html", &context)?;
        Ok(OutputFile { path: "index.html".to_owned(), bytes: html.into_bytes() })
    }

    fn chooser_languages(&self) -> Vec<LanguageLink> {
        let config = self.config();
        config
            .languages
            .iter()
            .map(|language| LanguageLink {
                code: language.code.clone(),
                name: language.name.clone(),
                dir: language.dir.as_str(),
                url: self.link("", &format!("{}/", language.code)),
                current: false,
                translated: true,
            })
            .collect()
    }

    /// `/offline.html`: what the service worker shows for a page that was not saved.
    fn offline_page(&self) -> Result<OutputFile, Diagnostic> {
        let config = self.config();
        let context = merge(tera::Context::new(), &self.chrome(&config.default_language, "", self.chooser_languages()));
        let html = self.templates.render("offline.html", &context)?;
        Ok(OutputFile { path: "offline.html".to_owned(), bytes: html.into_bytes() })
    }

    /// `/404.html`: served by hosts for any missing path, so its links are made absolute
    /// through `<base>` when `base_url` is known.
    fn not_found(&self) -> Result<OutputFile, Diagnostic> {
        let config = self.config();
        let mut context = tera::Context::new();
        // Hosts show it at any depth: its links must start from the site's root, which only
        // `base_url` tells; without it the site is taken to be at the root of its host.
        let root = config.base_url.as_deref().map_or("/", url_path);
        context.insert("base_href", root);
        let html = self.templates.render(
            "404.html",
            &merge(context, &self.chrome(&config.default_language, "", self.chooser_languages())),
        )?;
        Ok(OutputFile { path: "404.html".to_owned(), bytes: html.into_bytes() })
    }
}

/// The path of an absolute URL: `https://example.org/handbook/` → `/handbook/`.
fn url_path(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme.find('/').map_or("/", |slash| &after_scheme[slash..])
}

/// Adds the chrome's fields to a context, as top-level variables.
fn merge(mut context: tera::Context, chrome: &Chrome) -> tera::Context {
    if let Ok(extra) = tera::Context::from_serialize(chrome) {
        context.extend(extra);
    }
    context
}

/// The single-file edition of every language (see [`editions`]).
pub fn single_file_editions(
    site: &Site,
    theme: &Theme,
    translator: Arc<Translator>,
    diagnostics: &mut Diagnostics,
) -> Vec<OutputFile> {
    with_renderer(site, theme, translator, RenderOptions::default(), diagnostics, |renderer, diagnostics| {
        single_files(renderer, theme, diagnostics)
    })
    .unwrap_or_default()
}

fn single_files(renderer: &Renderer, theme: &Theme, diagnostics: &mut Diagnostics) -> Vec<OutputFile> {
    let site = renderer.site;
    let css = theme
        .static_files
        .iter()
        .find(|(name, _)| name == "style.css")
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default();
    let mut files = Vec::new();
    for lang in site.config.language_codes() {
        match renderer.single_file(lang, &css) {
            Ok(file) => files.push(file),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    files
}

/// The search page of a language.
pub fn search_page_path(lang: &str) -> String {
    format!("{lang}/search/")
}

/// The first sentence or so of a page, for `<meta name=description>` when none is given.
fn summary(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    let mut out: String = text.chars().take(150).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    Some(out)
}

/// A short, stable hash for cache-busting file names.
pub fn short_hash(bytes: &[u8]) -> String {
    let mut hash = ShortHash::new();
    hash.update(bytes);
    hash.finish()
}

/// A hash fed piece by piece: for versions and cache keys, not for security. Stable from
/// build to build (no random seed); it may change with rustc-hash versions, which only renews
/// readers' caches.
pub struct ShortHash(rustc_hash::FxHasher);

impl ShortHash {
    pub fn new() -> Self {
        ShortHash(rustc_hash::FxHasher::default())
    }

    /// Hashes 16 bytes a step (rustc-hash's string hash): a build hashes its whole output for
    /// the offline version, which FNV did a byte at a time.
    pub fn update(&mut self, bytes: &[u8]) {
        std::hash::Hasher::write(&mut self.0, bytes);
    }

    pub fn finish(&self) -> String {
        format!("{:08x}", std::hash::Hasher::finish(&self.0) >> 32)
    }
}

impl Default for ShortHash {
    fn default() -> Self {
        Self::new()
    }
}
