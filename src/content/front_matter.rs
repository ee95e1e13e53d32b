//! Front matter: the YAML between `---` lines at the top of a page.

use std::ops::Range;

use serde::Deserialize;

use crate::diagnostics::{suggest, Diagnostic, SourceText};
use crate::text::Date;
use crate::yaml::{Document, Entry};

/// The keys as written; all optional so that each is checked on its own.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatterFile {
    title: Option<String>,
    description: Option<String>,
    weight: Option<i64>,
    draft: Option<bool>,
    updated: Option<String>,
    reviewed: Option<String>,
    slug: Option<String>,
    translated_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub description: Option<String>,
    pub weight: i64,
    pub draft: bool,
    pub updated: Option<Date>,
    pub reviewed: Option<Date>,
    pub slug: Option<String>,
    pub translated_from: Option<String>,
}

/// A page split into its front matter and its Markdown body.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub front: FrontMatter,
    /// Where the Markdown body starts in the file.
    pub body_start: usize,
}

/// Splits and checks the front matter of `source`, returning every problem found in it. The
/// page is returned even when it has problems (titled after its file) so that links to it do
/// not cause more errors than the one mistake.
pub fn parse(source: &SourceText) -> (Parsed, Vec<Diagnostic>) {
    match parse_strict(source) {
        Ok(parsed) => (parsed, Vec::new()),
        Err(errors) => {
            let body_start = split(&source.text).map_or(0, |(_, body)| body);
            let title = source.path.rsplit('/').next().unwrap_or("").to_owned();
            (Parsed { front: FrontMatter { title, ..FrontMatter::default() }, body_start }, errors)
        }
    }
}

fn parse_strict(source: &SourceText) -> Result<Parsed, Vec<Diagnostic>> {
    let text = &source.text;
    let Some((yaml, body_start)) = split(text) else {
        let first_line = text.find('\n').unwrap_or(text.len());
        if text.starts_with("---\n") {
            return Err(vec![Diagnostic::error("the front matter is not closed")
                .at(source, 0..3)
                .label("opened here")
                .hint("end the front matter with a line `---` before the page's text")]);
        }
        let message = if text.trim().is_empty() { "this page is empty" } else { "this page has no front matter" };
        return Err(vec![Diagnostic::error(message)
            .at(source, 0..first_line)
            .label("a page must start with a line `---`")
            .hint("start the page with its front matter, for example:\n---\ntitle: My page title\n---")]);
    };
    let document = Document { source, range: (yaml.start, yaml.end) };
    match document.parse_value() {
        Ok(serde_yaml::Value::Mapping(_)) | Ok(serde_yaml::Value::Null) => {}
        Ok(_) => {
            return Err(vec![Diagnostic::error("the front matter must be a list of `key: value` lines")
                .at(source, yaml.clone())
                .hint("for example: title: My page title")])
        }
        Err(diagnostic) => return Err(vec![diagnostic]),
    }
    // Each key is read on its own, so a wrong type in one does not hide a bad date in another.
    let read = document.deserialize_entries::<FrontMatterFile>();
    let (entries, mut errors) = (read.parsed, read.errors);
    let file = entries.iter().fold(FrontMatterFile::default(), |merged, (_, one)| FrontMatterFile {
        title: merged.title.or_else(|| one.title.clone()),
        description: merged.description.or_else(|| one.description.clone()),
        weight: merged.weight.or(one.weight),
        draft: merged.draft.or(one.draft),
        updated: merged.updated.or_else(|| one.updated.clone()),
        reviewed: merged.reviewed.or_else(|| one.reviewed.clone()),
        slug: merged.slug.or_else(|| one.slug.clone()),
        translated_from: merged.translated_from.or_else(|| one.translated_from.clone()),
    });
    let value_span = |key: &str| -> Range<usize> {
        entries.iter().find(|(entry, _)| entry.key == key).map_or(0..3, |(entry, _)| value_range(source, entry))
    };
    let mut date = |key: &str, value: Option<String>| -> Option<Date> {
        let value = value?;
        let parsed = Date::parse(value.trim());
        if parsed.is_none() {
            errors.push(
                Diagnostic::error(format!("`{value}` is not a valid date"))
                    .at(source, value_span(key))
                    .label("not a date")
                    .hint("write dates as YYYY-MM-DD, e.g. 2026-11-29, and check that the day exists"),
            );
        }
        parsed
    };
    let updated = date("updated", file.updated);
    let reviewed = date("reviewed", file.reviewed);
    let title = file.title.unwrap_or_default();
    // A misspelt or unreadable `title` line is already reported.
    let title_reported = read.failed.iter().any(|key| key == "title" || suggest(key, ["title"]).is_some());
    if title.trim().is_empty() && !title_reported {
        let span =
            entries.iter().find(|(entry, _)| entry.key == "title").map_or(0..3, |(entry, _)| entry.key_span.clone());
        errors.push(
            Diagnostic::error("this page has no title")
                .at(source, span)
                .hint("add a line `title: …` to the front matter: the title readers see and search finds"),
        );
    }
    if let Some(slug) = &file.slug {
        let unusable = |c: char| c.is_control() || c.is_whitespace() || matches!(c, '/' | '\\' | '?' | '#' | '%');
        if slug.is_empty() || slug.contains(unusable) || slug == "." || slug == ".." {
            errors.push(
                Diagnostic::error(format!("`{slug}` cannot be used as a slug"))
                    .at(source, value_span("slug"))
                    .hint("a slug is one part of an address: letters, digits and hyphens, e.g. slug: unpaid-wages"),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Parsed {
        front: FrontMatter {
            title: title.trim().to_owned(),
            description: file.description.map(|d| d.trim().to_owned()).filter(|d| !d.is_empty()),
            weight: file.weight.unwrap_or(0),
            draft: file.draft.unwrap_or(false),
            updated,
            reviewed,
            slug: file.slug,
            translated_from: file.translated_from,
        },
        body_start,
    })
}

/// The YAML between the opening `---` and the closing `---` (or `...`), and where the body
/// starts.
fn split(text: &str) -> Option<(Range<usize>, usize)> {
    let rest = text.strip_prefix("---\n").or_else(|| (text.trim_end() == "---").then_some(""))?;
    let yaml_start = text.len() - rest.len();
    let mut offset = yaml_start;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Some((yaml_start..offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

/// The value part of a `key: value` line, for pointing at a bad value.
fn value_range(source: &SourceText, entry: &Entry) -> Range<usize> {
    let line_end = source.text[entry.key_span.end..].find('\n').map_or(source.text.len(), |i| entry.key_span.end + i);
    let after_colon =
        source.text[entry.key_span.end..line_end].find(':').map_or(entry.key_span.end, |i| entry.key_span.end + i + 1);
    let value_start = after_colon
        + (source.text[after_colon..line_end].len() - source.text[after_colon..line_end].trim_start().len());
    if value_start < line_end {
        value_start..line_end
    } else {
        entry.key_span.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<(String, (usize, usize))> {
        let source = SourceText::new("p.md", text);
        parse_strict(&source).unwrap_err().into_iter().map(|d| (d.message.clone(), d.line_col().unwrap())).collect()
    }

    #[test]
    fn reads_all_keys() {
        let source = SourceText::new("p.md", "---\ntitle: Hello\nweight: 3\nreviewed: 2026-01-31\n---\nBody");
        let parsed = parse_strict(&source).unwrap();
        assert_eq!(parsed.front.title, "Hello");
        assert_eq!(parsed.front.weight, 3);
        assert_eq!(&source.text[parsed.body_start..], "Body");
    }

    #[test]
    fn reports_every_problem_with_its_line() {
        let found = errors("---\ntitel: Hello\nweight: heavy\nupdated: 2026-02-30\n---\n");
        assert_eq!(found[0], ("unknown key `titel`".to_owned(), (2, 1)));
        assert_eq!(found[1].1, (3, 9));
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[2].1, (4, 10));
        let found = errors("---\ntitle: Hello\nupdated: 2026-02-30\n---\n");
        assert_eq!(found, [("`2026-02-30` is not a valid date".to_owned(), (3, 10))]);
        let found = errors("---\ndescription: x\n---\n");
        assert_eq!(found[0].0, "this page has no title");
    }

    #[test]
    fn a_page_without_front_matter_is_an_error() {
        assert_eq!(errors("# Hello\n")[0].0, "this page has no front matter");
        assert_eq!(errors("")[0].0, "this page is empty");
        assert_eq!(errors("---\ntitle: x\nHello\n")[0].0, "the front matter is not closed");
    }
}
