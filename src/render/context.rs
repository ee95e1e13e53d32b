//! What templates see: plain data, built per page and language. Links in it are already
//! relative to the page being rendered.

use serde::Serialize;

use crate::markdown::Heading;
use crate::text::Date;

#[derive(Debug, Serialize)]
pub struct LinkItem {
    pub title: String,
    pub url: String,
    /// The language of `title` when it is not the page's (an untranslated page).
    pub lang: Option<String>,
    pub description: Option<String>,
    pub current: bool,
}

#[derive(Debug, Serialize)]
pub struct LanguageLink {
    pub code: String,
    pub name: String,
    pub dir: &'static str,
    pub url: String,
    pub current: bool,
    /// The page exists in this language (not only as a fallback).
    pub translated: bool,
}

#[derive(Debug, Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

#[derive(Debug, Serialize)]
pub struct HotlineLink {
    pub number: String,
    pub tel: String,
    pub label: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DateParts {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub iso: String,
}

impl From<Date> for DateParts {
    fn from(date: Date) -> Self {
        DateParts { year: date.year, month: date.month, day: date.day, iso: date.to_string() }
    }
}

/// The language the content is shown in when a page is not translated.
#[derive(Debug, Serialize)]
pub struct Fallback {
    pub lang: String,
    pub name: String,
    pub dir: &'static str,
}

/// Shown on a translation whose source changed after it was translated.
#[derive(Debug, Serialize)]
pub struct StaleNotice {
    /// The page in the source language.
    pub url: String,
    pub lang: String,
    pub name: String,
}

/// Everything shared by all pages of one language.
#[derive(Debug, Serialize)]
pub struct Chrome {
    pub lang: String,
    /// The reader's language, by its name.
    pub lang_name: String,
    pub dir: &'static str,
    pub site_title: String,
    /// From this page to the output root, e.g. `../../`.
    pub root: String,
    pub home_url: String,
    pub css_url: String,
    pub hotlines: Vec<HotlineLink>,
    pub languages: Vec<LanguageLink>,
    pub portable: bool,
    /// The office directory's home, when the site has one.
    pub directory_url: Option<String>,
    /// This language's search page.
    pub search_url: String,
    pub offline_js_url: String,
}

/// One entry of the full list of pages on the search page (shown without JavaScript).
#[derive(Debug, Serialize)]
pub struct PageListItem {
    pub title: String,
    pub url: String,
    pub lang: Option<String>,
    pub depth: usize,
}

/// A link to a section page with how many pages it lists.
#[derive(Debug, Clone, Serialize)]
pub struct SectionLink {
    pub url: String,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct PageContext {
    #[serde(flatten)]
    pub chrome: Chrome,
    pub title: String,
    pub description: Option<String>,
    pub content: String,
    pub content_lang: String,
    pub content_dir: &'static str,
    pub fallback: Option<Fallback>,
    pub stale: Option<StaleNotice>,
    /// On a language's front page: the list of files to save for offline reading.
    pub offline_manifest: Option<String>,
    /// On a language's front page: the single-file edition and the portable zip.
    pub downloads: Option<super::editions::DownloadLinks>,
    pub toc: Vec<Heading>,
    pub is_home: bool,
    pub is_section: bool,
    pub children: Vec<LinkItem>,
    pub siblings: Vec<LinkItem>,
    /// When a long section shows only the pages around this one: the whole list's page.
    pub siblings_all: Option<SectionLink>,
    pub sections: Vec<LinkItem>,
    pub breadcrumbs: Vec<LinkItem>,
    pub prev: Option<LinkItem>,
    pub next: Option<LinkItem>,
    pub alternates: Vec<Alternate>,
    pub canonical: Option<String>,
    pub reviewed: Option<DateParts>,
    pub updated: Option<DateParts>,
}
