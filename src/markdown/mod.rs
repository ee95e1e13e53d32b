//! Markdown: parsed once per page to learn its headings (with their ids), links and plain
//! text, which the site checks and the search indexes; then rendered to HTML once per reader
//! language with its links resolved. The parse is not kept: re-reading the source when
//! rendering costs a few per cent of the render, keeping every page's events cost 40% of the
//! build's peak memory.

pub mod links;
pub mod sanitize;
pub mod slug;

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use links::LinkKind;
use slug::{github_id, IdSet};

/// Headings at these levels or deeper than 1 and a page with at least this many of them gets
/// a table of contents.
pub const TOC_MIN_HEADINGS: usize = 3;

#[derive(Debug, Clone, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link or image destination in the Markdown, where it is, and what it points to.
#[derive(Debug, Clone)]
pub struct LinkRef {
    pub dest: String,
    /// Bytes of the link in the page body.
    pub span: Range<usize>,
    pub kind: LinkKind,
    pub is_image: bool,
}

/// What a page body holds.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub headings: Vec<Heading>,
    pub links: Vec<LinkRef>,
    /// `href` and `src` values written in raw HTML, where they are in the body: published as
    /// written, so only addresses that need no rewriting are allowed there.
    pub raw_links: Vec<(String, Range<usize>)>,
    pub has_raw_html: bool,
    /// Where raw HTML first nests deeper than [`sanitize::MAX_DEPTH`], if it does.
    pub too_deep_html: Option<Range<usize>>,
    /// The body as plain text (for descriptions and the search index).
    pub plain_text: String,
}

pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

pub fn parse(body: &str) -> Parsed {
    let mut headings = Vec::new();
    let mut links = Vec::new();
    let mut raw_links = Vec::new();
    let mut has_raw_html = false;
    let mut html_depth = 0;
    let mut too_deep_html = None;
    let mut plain_text = String::new();
    let mut ids = IdSet::default();
    let mut open_heading: Option<(u8, String)> = None;
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match &event {
            Event::Start(Tag::Heading { level, .. }) => open_heading = Some((heading_level(*level), String::new())),
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = open_heading.take() {
                    let id = ids.unique(&github_id(&text));
                    headings.push(Heading { level, id, text: text.trim().to_owned() });
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading)) = &mut open_heading {
                    heading.push_str(text);
                }
                plain_text.push_str(text);
            }
            Event::SoftBreak | Event::HardBreak => plain_text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => plain_text.push('\n'),
            Event::Html(html) | Event::InlineHtml(html) => {
                has_raw_html = true;
                if let Some(at) = sanitize::deepest(html, &mut html_depth) {
                    too_deep_html.get_or_insert(range.start + at..range.start + at + 1);
                }
                for (value, at) in html_addresses(html) {
                    raw_links.push((value.to_owned(), range.start + at.start..range.start + at.end));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                let is_image = matches!(event, Event::Start(Tag::Image { .. }));
                links.push(LinkRef {
                    dest: dest_url.to_string(),
                    span: range.clone(),
                    kind: links::classify(dest_url),
                    is_image,
                });
            }
            _ => {}
        }
    }
    Parsed { headings, links, raw_links, has_raw_html, too_deep_html, plain_text }
}

/// The values of `href=` and `src=` attributes in a piece of HTML, with their byte ranges.
fn html_addresses(html: &str) -> Vec<(&str, Range<usize>)> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    for name in ["href", "src"] {
        for (at, _) in lower.match_indices(name) {
            let before = lower[..at].chars().next_back();
            if !before.is_some_and(char::is_whitespace) {
                continue;
            }
            let rest = &html[at + name.len()..];
            let Some(after_equals) = rest.trim_start().strip_prefix('=') else { continue };
            let value = after_equals.trim_start();
            let start = html.len() - value.len();
            let (value, start) = match value.chars().next() {
                Some(quote @ ('"' | '\'')) => (value[1..].split(quote).next().unwrap_or(""), start + 1),
                _ => (value.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""), start),
            };
            found.push((value, start..start + value.len()));
        }
    }
    found
}

/// The events of a body as rendered: headings carry their ids and end with an anchor link.
fn events_with_ids<'a>(body: &'a str, headings: &'a [Heading]) -> Vec<Event<'a>> {
    let mut events = Vec::new();
    let mut heading = 0;
    for event in Parser::new_ext(body, options()) {
        match event {
            Event::Start(Tag::Heading { level, id: _, classes, attrs }) => {
                let id = headings.get(heading).map(|h| CowStr::from(h.id.as_str()));
                events.push(Event::Start(Tag::Heading { level, id, classes, attrs }));
            }
            Event::End(TagEnd::Heading(level)) => {
                events.push(Event::End(TagEnd::Heading(level)));
                if let Some(h) = headings.get(heading) {
                    events.push(Event::InlineHtml(CowStr::from(format!(
                        " <a class=\"anchor\" href=\"#{}\" aria-hidden=\"true\" tabindex=\"-1\">#</a>",
                        links::encode_fragment(&h.id)
                    ))));
                }
                heading += 1;
            }
            other => events.push(other),
        }
    }
    events
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

/// What a link becomes in the output, decided by the caller for each link in order.
#[derive(Debug, Clone)]
pub enum Href {
    /// Write this URL.
    To(String),
    /// Drop the link, keep its text (a forbidden or unresolvable destination).
    Drop,
}

impl Parsed {
    /// Headings for a table of contents, when the page is long enough to need one.
    pub fn toc(&self) -> Vec<&Heading> {
        let entries: Vec<&Heading> = self.headings.iter().filter(|h| h.level == 2 || h.level == 3).collect();
        if entries.len() >= TOC_MIN_HEADINGS {
            entries
        } else {
            Vec::new()
        }
    }

    /// Renders `body` (the text this was parsed from) to HTML, asking `href_for` where each
    /// link (in document order) goes. Raw HTML is sanitised unless `trust_html`.
    pub fn render(&self, body: &str, trust_html: bool, mut href_for: impl FnMut(usize, &LinkRef) -> Href) -> String {
        let mut link_index = 0;
        let mut dropped: Vec<bool> = Vec::new();
        let mut tasks = TaskLabels::default();
        let mut footnotes = Footnotes::default();
        let source_events = events_with_ids(body, &self.headings);
        let events = source_events.iter().flat_map(|event| {
            let closing = tasks.close_before(event);
            let rewritten = match event {
                Event::Start(Tag::Link { link_type, dest_url: _, title, id }) => {
                    let Some(link) = self.links.get(link_index) else { return closing.into_iter().chain(None) };
                    let href = href_for(link_index, link);
                    link_index += 1;
                    match href {
                        Href::To(url) => {
                            dropped.push(false);
                            Some(Event::Start(Tag::Link {
                                link_type: *link_type,
                                dest_url: url.into(),
                                title: title.clone(),
                                id: id.clone(),
                            }))
                        }
                        Href::Drop => {
                            dropped.push(true);
                            None
                        }
                    }
                }
                Event::End(TagEnd::Link) => {
                    if dropped.pop().unwrap_or(false) {
                        None
                    } else {
                        Some(event.clone())
                    }
                }
                Event::Start(Tag::Image { link_type, dest_url: _, title, id }) => {
                    let Some(link) = self.links.get(link_index) else { return closing.into_iter().chain(None) };
                    let href = href_for(link_index, link);
                    link_index += 1;
                    let url = match href {
                        Href::To(url) => url,
                        Href::Drop => String::new(),
                    };
                    Some(Event::Start(Tag::Image {
                        link_type: *link_type,
                        dest_url: url.into(),
                        title: title.clone(),
                        id: id.clone(),
                    }))
                }
                Event::TaskListMarker(checked) => Some(tasks.open(*checked)),
                Event::FootnoteReference(name) => Some(footnotes.reference(name)),
                Event::Start(Tag::FootnoteDefinition(name)) => Some(footnotes.definition(name)),
                Event::End(TagEnd::FootnoteDefinition) => Some(Event::Html("</div>\n".into())),
                other => Some(other.clone()),
            };
            closing.into_iter().chain(rewritten)
        });
        let mut html = String::with_capacity(self.plain_text.len() * 2);
        pulldown_cmark::html::push_html(&mut html, events);
        if self.has_raw_html && !trust_html {
            sanitize::clean(&html)
        } else {
            html
        }
    }
}

/// Footnotes, numbered in order of first mention as pulldown-cmark numbers them, with ids
/// `fn:N`: a colon never appears in a heading's id, so the two cannot clash.
#[derive(Default)]
struct Footnotes {
    numbers: std::collections::HashMap<String, usize>,
}

impl Footnotes {
    fn number(&mut self, name: &str) -> usize {
        let next = self.numbers.len() + 1;
        *self.numbers.entry(name.to_owned()).or_insert(next)
    }

    fn reference(&mut self, name: &str) -> Event<'static> {
        let n = self.number(name);
        Event::InlineHtml(format!("<sup class=\"footnote-reference\"><a href=\"#fn:{n}\">{n}</a></sup>").into())
    }

    fn definition(&mut self, name: &str) -> Event<'static> {
        let n = self.number(name);
        Event::Html(
            format!(
                "\n<div class=\"footnote-definition\" id=\"fn:{n}\"><sup class=\"footnote-definition-label\">{n}</sup>"
            )
            .into(),
        )
    }
}

/// Task list items become checkboxes workers can tick, each labelled by its item's text (up
/// to the item's first block), so screen readers announce what is ticked.
#[derive(Default)]
struct TaskLabels {
    count: usize,
    open: bool,
}

impl TaskLabels {
    fn open(&mut self, checked: bool) -> Event<'static> {
        self.count += 1;
        self.open = true;
        let checked = if checked { " checked" } else { "" };
        let id = format!("check-{}", self.count);
        Event::InlineHtml(format!("<input type=\"checkbox\" id=\"{id}\"{checked}><label for=\"{id}\">").into())
    }

    /// `</label>` when `event` ends the label's inline run.
    fn close_before(&mut self, event: &Event<'_>) -> Option<Event<'static>> {
        let ends_run = matches!(
            event,
            Event::Start(Tag::Paragraph | Tag::List(_) | Tag::CodeBlock(_) | Tag::BlockQuote(_))
                | Event::End(TagEnd::Paragraph | TagEnd::Item)
        );
        (self.open && ends_run).then(|| {
            self.open = false;
            Event::InlineHtml("</label>".into())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_lists_are_labelled_checkboxes() {
        let source = "- [ ] ID card\n- [x] Pay slips\n";
        let html = parse(source).render(source, false, |_, _| Href::Drop);
        assert!(
            html.contains("<input type=\"checkbox\" id=\"check-1\"><label for=\"check-1\">ID card</label>"),
            "{html}"
        );
        assert!(
            html.contains("<input type=\"checkbox\" id=\"check-2\" checked><label for=\"check-2\">Pay slips</label>"),
            "{html}"
        );
        let source = "- [ ] One\n\n  More text\n";
        let loose = parse(source).render(source, false, |_, _| Href::Drop);
        assert!(loose.contains("<label for=\"check-1\">One</label></p>"), "{loose}");
    }

    #[test]
    fn headings_get_github_ids_and_anchor_links() {
        let source = "# Title\n\n## Step 1: Sign\n\n## Step 1: Sign\n";
        let parsed = parse(source);
        let ids: Vec<_> = parsed.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["title", "step-1-sign", "step-1-sign-1"]);
        let html = parsed.render(source, false, |_, _| Href::Drop);
        assert!(html.contains("<h2 id=\"step-1-sign-1\">"), "{html}");
        assert!(html.contains("href=\"#step-1-sign\""), "{html}");
    }

    #[test]
    fn links_are_rewritten_in_order() {
        let source = "[a](a.md) and [b](https://example.org) ![c](c.png)";
        let parsed = parse(source);
        assert_eq!(parsed.links.len(), 3);
        let html = parsed.render(
            source,
            false,
            |index, _| if index == 1 { Href::Drop } else { Href::To(format!("/{index}")) },
        );
        assert_eq!(html, "<p><a href=\"/0\">a</a> and b <img src=\"/2\" alt=\"c\" /></p>\n");
    }

    #[test]
    fn extensions_are_on() {
        let source = "| a |\n|---|\n| b |\n\n~~x~~\n\n- [x] done\n\nNote[^1]\n\n[^1]: here";
        let html = parse(source).render(source, false, |_, _| Href::Drop);
        for expected in ["<table>", "<del>", "checkbox", "footnote"] {
            assert!(html.contains(expected), "{expected} missing in {html}");
        }
    }

    #[test]
    fn footnote_ids_cannot_clash_with_heading_ids() {
        let source = "# 1\n\nText[^1] and again[^1], other[^note].\n\n[^note]: B.\n[^1]: A.\n";
        let html = parse(source).render(source, false, |_, _| Href::Drop);
        assert!(html.contains("<h1 id=\"1\">"), "{html}");
        assert!(
            html.contains(
                "<a href=\"#fn:1\">1</a></sup> and again<sup class=\"footnote-reference\"><a href=\"#fn:1\">1</a>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<div class=\"footnote-definition\" id=\"fn:2\"><sup class=\"footnote-definition-label\">2</sup>"
            ),
            "{html}"
        );
        assert!(html.contains("id=\"fn:1\"><sup class=\"footnote-definition-label\">1</sup>"), "{html}");
        let raw = format!("{source}\n<b>raw</b>\n");
        let sanitised = parse(&raw).render(&raw, false, |_, _| Href::Drop);
        assert!(sanitised.contains("id=\"fn:2\"") && sanitised.contains("href=\"#fn:1\""), "{sanitised}");
    }
}
