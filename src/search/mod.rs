//! The index stage: one tantivy index per language over pages and offices, and its export
//! to small static pieces the browser fetches on demand (see [`export`]).
//!
//! Scoring: tantivy computes BM25 for every (field, term, document), with the field's boost.
//! A query is a list of required groups (see [`analyzer::QueryGroup`]); a group's score is the
//! sum, in (field, term) order, of the scores of its matching terms, and a document's score
//! the sum of its groups' scores, in query order, all in 32-bit floats. The command line
//! ([`query`]) and the browser add the same numbers in the same order, so they rank alike.

pub mod analyzer;
pub mod export;
pub mod query;

use std::borrow::Cow;

use rayon::prelude::*;
use tantivy::directory::RamDirectory;
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED};
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

use crate::config::Localized;
use crate::content::DocId;
use crate::diagnostics::Diagnostic;
use crate::directory::{Directory, Office};
use crate::render::directory as directory_page;
use crate::render::OutputFile;
use crate::site::Site;
use analyzer::{Analyzer, HandbookTokenizer};

/// Where the browser's pieces go: `search/<lang>/`.
pub const SEARCH_DIR: &str = "search";
/// The searchable fields with their boosts, in field order.
pub const FIELDS: [(&str, f32); 4] = [("title", 3.0), ("headings", 2.0), ("description", 1.5), ("body", 1.0)];

/// One searchable thing: a page or an office.
#[derive(Debug, Clone)]
pub struct SearchDoc<'a> {
    /// Relative to the output root: `en/rights/wages/`, `en/offices/region/x/#office-id`.
    pub url: String,
    pub title: String,
    /// The section (or, for an office, kind and place) shown under the title.
    pub section: String,
    pub excerpt: String,
    pub headings: String,
    pub description: String,
    /// Borrowed from the site: the bodies are the bulk of the text.
    pub body: Cow<'a, str>,
    /// The language of the text, when it is not the index's language.
    pub lang: Option<String>,
}

/// What the browser needs to know about a language's search data.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchMeta {
    pub lang: String,
    pub shards: u32,
    pub chunk: usize,
    pub docs: usize,
    pub stems: &'static str,
}

/// A language's tantivy index, built in memory, and its browser pieces.
pub struct LanguageIndex {
    pub lang: String,
    pub directory: RamDirectory,
    pub meta: SearchMeta,
    pub files: Vec<OutputFile>,
}

/// The tantivy writer's memory budget. One segment must hold a whole language, so it must
/// be generous; the arena grows only as far as the text needs.
const WRITER_MEMORY: usize = 200_000_000;

/// The schema every language index shares.
pub struct SearchSchema {
    pub schema: Schema,
    pub fields: Vec<Field>,
    pub url: Field,
    pub title_stored: Field,
}

pub fn tokenizer_name(lang: &str) -> String {
    format!("handbook-{lang}")
}

pub fn schema(lang: &str) -> SearchSchema {
    let mut builder = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(&tokenizer_name(lang))
        .set_index_option(IndexRecordOption::WithFreqs);
    let text = TextOptions::default().set_indexing_options(indexing);
    let fields = FIELDS.iter().map(|(name, _)| builder.add_text_field(name, text.clone())).collect();
    let url = builder.add_text_field("url", STORED);
    let title_stored = builder.add_text_field("title_stored", STORED);
    SearchSchema { schema: builder.build(), fields, url, title_stored }
}

pub fn register_tokenizer(index: &Index, lang: &str) {
    index.tokenizers().register(
        &tokenizer_name(lang),
        tantivy::tokenizer::TextAnalyzer::from(HandbookTokenizer::new(Analyzer::for_language(lang))),
    );
}

/// A language's tantivy index, built but not yet exported.
pub struct BuiltIndex<'a> {
    lang: String,
    directory: RamDirectory,
    index: Index,
    schema: SearchSchema,
    docs: Vec<SearchDoc<'a>>,
}

/// Builds every language's tantivy index.
pub fn index(site: &Site) -> Result<Vec<BuiltIndex<'_>>, Diagnostic> {
    let languages: Vec<String> = site.config.language_codes().map(str::to_owned).collect();
    languages
        .par_iter()
        .map(|lang| {
            let docs = documents(site, lang);
            build_language(lang, docs)
                .map_err(|error| Diagnostic::error(format!("building the search index for `{lang}` failed: {error}")))
        })
        .collect()
}

/// Exports every index to the browser's pieces.
pub fn export(built: Vec<BuiltIndex<'_>>) -> Result<Vec<LanguageIndex>, Diagnostic> {
    built
        .into_par_iter()
        .map(|built| {
            let lang = built.lang.clone();
            export_language(built)
                .map_err(|error| Diagnostic::error(format!("exporting the search index for `{lang}` failed: {error}")))
        })
        .collect()
}

fn build_language<'a>(lang: &str, docs: Vec<SearchDoc<'a>>) -> tantivy::Result<BuiltIndex<'a>> {
    let search_schema = schema(lang);
    let directory = RamDirectory::create();
    let index = Index::create(directory.clone(), search_schema.schema.clone(), tantivy::IndexSettings::default())?;
    register_tokenizer(&index, lang);
    // One thread and one commit give one segment, so document ids follow `docs`.
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, WRITER_MEMORY)?;
    for doc in &docs {
        let [title, headings, description, body] = [0, 1, 2, 3].map(|i| search_schema.fields[i]);
        writer.add_document(doc!(
            title => doc.title.as_str(),
            headings => doc.headings.as_str(),
            description => doc.description.as_str(),
            body => doc.body.as_ref(),
            search_schema.url => doc.url.as_str(),
            search_schema.title_stored => doc.title.as_str(),
        ))?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(BuiltIndex { lang: lang.to_owned(), directory, index, schema: search_schema, docs })
}

fn export_language(built: BuiltIndex<'_>) -> tantivy::Result<LanguageIndex> {
    let searcher = built.index.reader()?.searcher();
    let (files, meta) = export::export(&built.lang, &searcher, &built.schema, &built.docs)?;
    Ok(LanguageIndex { lang: built.lang, directory: built.directory, meta, files })
}

/// The documents of one language: every page as readers of `lang` see it, then the offices.
pub fn documents<'a>(site: &'a Site, lang: &str) -> Vec<SearchDoc<'a>> {
    let mut docs: Vec<SearchDoc> = site.reading_order.iter().filter_map(|&id| page_doc(site, id, lang)).collect();
    if let Some(directory) = &site.directory {
        docs.extend(directory.offices.iter().map(|office| office_doc(site, directory, office, lang)));
    }
    docs
}

fn office_doc(site: &Site, directory: &Directory, office: &Office, lang: &str) -> SearchDoc<'static> {
    let config = &site.config;
    let pick = |text: &Localized| config.pick(text, lang).unwrap_or_default().to_owned();
    let mut region_names = Vec::new();
    let mut region = Some(office.region);
    while let Some(index) = region {
        region_names.push(pick(&directory.regions[index].name));
        region = directory.regions[index].parent;
    }
    region_names.reverse();
    let kind = pick(&directory.kinds[office.kind].label);
    let services: Vec<String> = office.services.iter().map(|&s| pick(&directory.services[s].label)).collect();
    let address = pick(&office.address);
    let region_path = &directory.regions[office.region].path;
    SearchDoc {
        url: format!("{}#{}", directory_page::region_path(lang, region_path), office.id),
        title: pick(&office.name),
        section: format!("{kind} · {}", region_names.join(" › ")),
        excerpt: if address.is_empty() { services.join(", ") } else { address.clone() },
        headings: kind,
        description: format!("{} {}", services.join(" "), region_names.join(" ")),
        body: Cow::Owned(address),
        lang: config
            .fallback_chain(lang)
            .find(|code| office.name.contains_key(*code))
            .filter(|code| *code != lang)
            .map(str::to_owned),
    }
}

fn page_doc<'a>(site: &'a Site, id: DocId, lang: &str) -> Option<SearchDoc<'a>> {
    let variant = site.displayed(id, lang)?;
    let body = site.body(id, &variant.lang)?;
    let doc = &site.content.docs[id];
    let section =
        doc.parent.and_then(|parent| site.displayed(parent, lang)).map(|v| v.front.title.clone()).unwrap_or_default();
    let plain = body.markdown.plain_text.split_whitespace().collect::<Vec<_>>().join(" ");
    let excerpt = variant.front.description.clone().unwrap_or_else(|| plain.chars().take(160).collect());
    Some(SearchDoc {
        url: site.urls.path(id, lang).to_owned(),
        title: variant.front.title.clone(),
        section,
        excerpt,
        headings: body.markdown.headings.iter().map(|h| h.text.as_str()).collect::<Vec<_>>().join("\n"),
        description: variant.front.description.clone().unwrap_or_default(),
        body: Cow::Borrowed(&body.markdown.plain_text),
        lang: (variant.lang != lang).then(|| variant.lang.clone()),
    })
}
