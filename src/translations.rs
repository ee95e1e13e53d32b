//! Translation status: a page's fingerprint is a short hash of its source Markdown body; a
//! translation records the fingerprint it was translated from in `translated_from`. Comparing
//! the two tells, for every page and language, whether the translation is up to date, stale
//! (the source changed since), missing, or not tracked.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::content::{source_variant, Content, DocId, Variant};

/// How many hex digits of SHA-256 make a fingerprint: short enough to read, long enough never
/// to collide within one page's history.
const FINGERPRINT_HEX: usize = 10;

/// The fingerprint of a page body. Trailing white space does not count.
pub fn fingerprint(body: &str) -> String {
    let digest = Sha256::digest(body.trim_end().as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect::<String>()[..FINGERPRINT_HEX].to_owned()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The source itself.
    Source,
    UpToDate,
    Stale,
    Missing,
    NotTracked,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Source => "source",
            Status::UpToDate => "up to date",
            Status::Stale => "stale",
            Status::Missing => "missing",
            Status::NotTracked => "not tracked",
        }
    }
}

/// The status of `doc` in `lang`.
pub fn status(content: &Content, config: &Config, doc: DocId, lang: &str) -> Status {
    let doc = &content.docs[doc];
    let Some(source) = source_variant(doc, config) else { return Status::Missing };
    if source.lang == lang {
        return Status::Source;
    }
    match doc.variants.get(lang) {
        None => Status::Missing,
        Some(variant) => compare(source, variant),
    }
}

fn compare(source: &Variant, translation: &Variant) -> Status {
    match &translation.front.translated_from {
        None => Status::NotTracked,
        Some(recorded) if *recorded == fingerprint(source.body()) => Status::UpToDate,
        Some(_) => Status::Stale,
    }
}

/// One page in the coverage report.
#[derive(Debug, Serialize)]
pub struct Row {
    /// The source file, relative to `content/`.
    pub path: String,
    pub source_language: String,
    pub fingerprint: String,
    /// Status per configured language, in configured order.
    pub languages: Vec<(String, Status)>,
}

/// The coverage matrix: every page and section, in reading order.
pub fn report(content: &Content, config: &Config, order: &[DocId]) -> Vec<Row> {
    order
        .iter()
        .filter_map(|&id| {
            let source = source_variant(&content.docs[id], config)?;
            let path = source.source.path.strip_prefix("content/").unwrap_or(&source.source.path).to_owned();
            Some(Row {
                path,
                source_language: source.lang.clone(),
                fingerprint: fingerprint(source.body()),
                languages: config
                    .language_codes()
                    .map(|lang| (lang.to_owned(), status(content, config, id, lang)))
                    .collect(),
            })
        })
        .collect()
}

/// Sets `translated_from: FINGERPRINT` in a translation's front matter, keeping every other
/// line as it is. Returns the new text.
pub fn mark(text: &str, fingerprint: &str) -> Option<String> {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let bom = if text.starts_with('\u{feff}') { "\u{feff}" } else { "" };
    let body = &text[bom.len()..];
    let mut lines: Vec<&str> = body.split_inclusive('\n').collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return None;
    }
    let close = lines.iter().skip(1).position(|l| matches!(l.trim_end(), "---" | "..."))? + 1;
    let new_line = format!("translated_from: {fingerprint}{newline}");
    match lines[1..close].iter().position(|l| l.starts_with("translated_from:")) {
        Some(index) => lines[index + 1] = &new_line,
        None => lines.insert(close, &new_line),
    }
    Some(format!("{bom}{}", lines.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_short_and_ignore_trailing_space() {
        assert_eq!(fingerprint("Hello\n"), fingerprint("Hello"));
        assert_ne!(fingerprint("Hello"), fingerprint("Hello!"));
        assert_eq!(fingerprint("x").len(), 10);
    }

    #[test]
    fn marking_keeps_the_rest_of_the_file() {
        assert_eq!(
            mark("---\ntitle: A\n---\nBody\n", "abc").unwrap(),
            "---\ntitle: A\ntranslated_from: abc\n---\nBody\n"
        );
        assert_eq!(
            mark("---\r\ntranslated_from: old\r\ntitle: A\r\n---\r\nBody", "new").unwrap(),
            "---\r\ntranslated_from: new\r\ntitle: A\r\n---\r\nBody"
        );
        assert_eq!(mark("# no front matter", "x"), None);
    }
}
