//! Editions to carry the handbook without a connection or a service worker: a single HTML
//! file per language (every page, the office directory, inline styles, working in-page links
//! and search) and the `--portable` site as one zip, both offered on each front page.

use std::io::Write;

use base64::Engine;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::context::HotlineLink;
use super::directory::DIRECTORY_DIR;
use super::{OutputFile, Renderer};
use crate::diagnostics::Diagnostic;
use crate::markdown::links::encode_fragment;
use crate::markdown::Href;
use crate::site::Target;

/// Where the editions go.
pub const DOWNLOADS_DIR: &str = "downloads";
pub const ZIP_FILE: &str = "downloads/handbook-portable.zip";

pub fn single_file_path(lang: &str) -> String {
    format!("{DOWNLOADS_DIR}/handbook-{lang}.html")
}

/// What a front page offers for download, with sizes.
#[derive(Debug, Clone, Serialize)]
pub struct DownloadLinks {
    pub single_url: String,
    pub single_size: String,
    pub zip_url: String,
    pub zip_size: String,
}

/// Sizes of the editions, known before the site's front pages are rendered.
#[derive(Debug, Clone, Default)]
pub struct Downloads {
    pub single_sizes: Vec<(String, usize)>,
    pub zip_size: usize,
}

pub fn human_size(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// The search of the single-file edition: filters the pages containing every word typed.
/// Inline, so the file stands alone; allowed by its hash in the file's CSP.
const SINGLE_FILE_SEARCH: &str = r#"(function(){var f=document.getElementById('find'),q=document.getElementById('q'),o=document.getElementById('hits'),a=[].slice.call(document.querySelectorAll('article[data-title]'));f.hidden=false;q.addEventListener('input',function(){var w=q.value.trim().toLowerCase().split(/\s+/).filter(Boolean);o.textContent='';if(!w.length)return;a.forEach(function(el){var t=el.textContent.toLowerCase();if(w.every(function(x){return t.indexOf(x)>=0})){var li=document.createElement('li'),l=document.createElement('a');l.href='#'+el.id;l.textContent=el.getAttribute('data-title');li.appendChild(l);o.appendChild(li)}})})})();"#;

#[derive(Serialize)]
struct SinglePage {
    id: String,
    title: String,
    lang: Option<String>,
    depth: usize,
    html: String,
}

#[derive(Serialize)]
struct SingleContext {
    lang: String,
    dir: &'static str,
    site_title: String,
    css: String,
    script: &'static str,
    csp: String,
    hotlines: Vec<HotlineLink>,
    pages: Vec<SinglePage>,
    offices: Vec<serde_json::Value>,
}

impl Renderer<'_> {
    /// The whole handbook in `lang` as one HTML file.
    pub(super) fn single_file(&self, lang: &str, css: &str) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let config = self.config();
        let pages = site
            .reading_order
            .iter()
            .filter_map(|&id| {
                let variant = site.displayed(id, lang)?;
                let body = site.body(id, &variant.lang)?;
                let prefix = format!("p{id}");
                let html =
                    body.markdown.render(variant.body(), config.trust_html, |index, link| match &body.targets[index] {
                        Target::Doc { doc, anchor } => Href::To(match anchor {
                            Some(anchor) if site.has_anchor(*doc, lang, anchor) => {
                                format!("#~p{doc}--{}", encode_fragment(anchor))
                            }
                            _ => format!("#~p{doc}"),
                        }),
                        Target::SamePage { anchor } => Href::To(format!("#{}", encode_fragment(anchor))),
                        Target::External(_) => Href::To(link.dest.clone()),
                        Target::Directory { anchor: Some(anchor), .. } => {
                            Href::To(format!("#~office-{}", encode_fragment(anchor)))
                        }
                        Target::Directory { .. } => Href::To("#~directory".to_owned()),
                        Target::Asset(_) | Target::Drop => Href::Drop,
                    });
                // Ids of one page must not clash with another's: prefix them, and the links to them.
                let html = html
                    .replace(" id=\"", &format!(" id=\"{prefix}--"))
                    .replace(" for=\"", &format!(" for=\"{prefix}--"))
                    .replace("href=\"#~", "href=\"\u{1}")
                    .replace("href=\"#", &format!("href=\"#{prefix}--"))
                    .replace("href=\"\u{1}", "href=\"#");
                let depth =
                    std::iter::successors(site.content.docs[id].parent, |&p| site.content.docs[p].parent).count();
                Some(SinglePage {
                    id: prefix,
                    title: variant.front.title.clone(),
                    lang: (variant.lang != lang).then(|| variant.lang.clone()),
                    depth,
                    html,
                })
            })
            .collect();
        let offices =
            site.directory.as_ref().map(|directory| self.single_file_offices(directory, lang)).unwrap_or_default();
        let digest = Sha256::digest(SINGLE_FILE_SEARCH.as_bytes());
        let csp = format!(
            // base-uri and form-action do not fall back to default-src: named, or a <base> or a
            // form in trusted HTML could send readers elsewhere.
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{}'; base-uri 'none'; form-action 'none'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        let language = config.language(lang);
        let context = SingleContext {
            lang: lang.to_owned(),
            dir: language.map_or("ltr", |l| l.dir.as_str()),
            site_title: config.pick(&config.title, lang).unwrap_or_default().to_owned(),
            css: css.to_owned(),
            script: SINGLE_FILE_SEARCH,
            csp,
            hotlines: self.hotlines(lang),
            pages,
            offices,
        };
        let context = tera::Context::from_serialize(&context)
            .map_err(|error| Diagnostic::error(format!("internal error preparing the single-file edition: {error}")))?;
        let html = self.templates.render("single.html", &context)?;
        Ok(OutputFile { path: single_file_path(lang), bytes: html.into_bytes() })
    }

    /// The office directory of the single-file edition: offices grouped by place.
    fn single_file_offices(&self, directory: &crate::directory::Directory, lang: &str) -> Vec<serde_json::Value> {
        let here = format!("{lang}/{DIRECTORY_DIR}/");
        (0..directory.regions.len())
            .filter_map(|region| {
                let offices: Vec<_> = directory.offices.iter().filter(|o| o.region == region).collect();
                if offices.is_empty() {
                    return None;
                }
                let views: Vec<_> = offices.iter().map(|o| self.office_view(directory, o, lang, &here)).collect();
                Some(serde_json::json!({ "name": self.region_full_name(directory, region, lang), "offices": views }))
            })
            .collect()
    }
}

/// The `--portable` site as one zip, with fixed dates so that it is byte-identical across builds.
pub fn zip(files: &[OutputFile]) -> Result<OutputFile, Diagnostic> {
    let failure = |error: zip::result::ZipError| Diagnostic::error(format!("cannot make the portable zip: {error}"));
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for file in files.iter().filter(|f| !f.path.starts_with(DOWNLOADS_DIR)) {
        writer.start_file(format!("handbook/{}", file.path), options).map_err(failure)?;
        writer.write_all(&file.bytes).map_err(|e| failure(e.into()))?;
    }
    let bytes = writer.finish().map_err(failure)?.into_inner();
    Ok(OutputFile { path: ZIP_FILE.to_owned(), bytes })
}
