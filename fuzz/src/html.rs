//! Reads rendered HTML the way a browser's tokenizer does (html5ever, with character
//! references decoded in attribute values) and reports anything that could run code.
//!
//! The policy is `src/markdown/sanitize.rs` and `src/markdown/links.rs`: no scripts, no
//! event handlers, and URLs only with the schemes a reader may follow (http, https, mailto,
//! tel, sms, geo) or none at all. In particular no `javascript:`, `vbscript:` or `data:`
//! URL, not even for images.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Elements that run code, load other documents, or change how the page's URLs resolve.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "iframe", "object", "embed", "style", "frame", "frameset", "applet", "base", "meta", "link", "form",
    "svg", "math", "template", "noscript", "portal",
];

/// Attributes whose value is a URL a browser loads or follows.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "cite",
    "background",
    "poster",
    "srcset",
    "longdesc",
    "ping",
    "manifest",
    "codebase",
    "data",
    "lowsrc",
    "dynsrc",
];

/// The schemes `src/markdown/sanitize.rs` and `links.rs` let through.
const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "sms", "geo"];

/// Schemes that run code or smuggle in a document, whatever the policy says.
const DANGEROUS_SCHEMES: &[&str] = &["javascript:", "vbscript:", "data:"];

#[derive(Default)]
struct Collector {
    tags: RefCell<Vec<Tag>>,
}

impl TokenSink for Collector {
    type Handle = ();

    fn process_token(&self, token: Token, _line_number: u64) -> TokenSinkResult<()> {
        if let TagToken(tag) = token {
            if tag.kind == StartTag {
                self.tags.borrow_mut().push(tag);
            }
        }
        TokenSinkResult::Continue
    }
}

/// The start tags of `html`, as a browser's tokenizer reads them.
fn start_tags(html: &str) -> Vec<Tag> {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Collector::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.tags.take()
}

/// How a URL attribute's scheme is read, once character references are decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlReading {
    /// The project's own model (`src/markdown/links.rs`: "browsers ignore ASCII whitespace
    /// and control characters inside a scheme"), which is also this fuzz target's brief:
    /// every ASCII whitespace and control character dropped, wherever it is.
    Strict,
    /// What browsers do by the WHATWG URL standard: C0 controls and spaces trimmed at the
    /// ends, tab, LF and CR dropped inside. Any other control character inside a scheme
    /// makes the URL relative (harmless).
    Browser,
}

impl UrlReading {
    /// `HANDBOOK_FUZZ_URLS=browser` selects [`UrlReading::Browser`]; the default is strict.
    pub fn from_env() -> UrlReading {
        match std::env::var("HANDBOOK_FUZZ_URLS").as_deref() {
            Ok("browser") => UrlReading::Browser,
            _ => UrlReading::Strict,
        }
    }

    /// `value` as its scheme is read, lower-cased.
    pub fn normalize(self, value: &str) -> String {
        let kept: String = match self {
            UrlReading::Strict => value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect(),
            UrlReading::Browser => {
                value.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect()
            }
        };
        kept.to_ascii_lowercase()
    }
}

/// The scheme of a normalized URL, if it has one (`[a-z][a-z0-9+.-]*:`).
fn scheme(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))).then_some(scheme)
}

/// Every way `html` breaks the policy; empty when it is safe.
pub fn problems(html: &str, reading: UrlReading) -> Vec<String> {
    let mut found = Vec::new();
    for tag in start_tags(html) {
        let name = tag.name.to_string().to_ascii_lowercase();
        if FORBIDDEN_ELEMENTS.contains(&name.as_str()) {
            found.push(format!("<{name}> element"));
        }
        for attribute in &tag.attrs {
            let qualified = match &attribute.name.prefix {
                Some(prefix) => format!("{prefix}:{}", attribute.name.local),
                None => attribute.name.local.to_string(),
            }
            .to_ascii_lowercase();
            let local = attribute.name.local.to_string().to_ascii_lowercase();
            if local.starts_with("on") {
                found.push(format!("event handler {qualified}=\"{}\" on <{name}>", attribute.value));
            }
            if local == "style" && !(name == "th" || name == "td") {
                found.push(format!("style attribute on <{name}>"));
            }
            if URL_ATTRIBUTES.contains(&qualified.as_str()) || URL_ATTRIBUTES.contains(&local.as_str()) {
                let values: Vec<&str> = if local == "srcset" {
                    attribute
                        .value
                        .split(',')
                        .map(|candidate| candidate.trim().split(' ').next().unwrap_or(""))
                        .collect()
                } else {
                    vec![&attribute.value[..]]
                };
                for value in values {
                    let url = reading.normalize(value);
                    if DANGEROUS_SCHEMES.iter().any(|dangerous| url.starts_with(dangerous)) {
                        found.push(format!("dangerous URL {qualified}=\"{value}\" on <{name}>"));
                    } else if let Some(scheme) = scheme(&url) {
                        if !ALLOWED_SCHEMES.contains(&scheme) {
                            found.push(format!(
                                "URL scheme `{scheme}:` outside the policy in {qualified}=\"{value}\" on <{name}>"
                            ));
                        }
                    }
                }
            }
        }
    }
    found
}

/// Checks the checker, on HTML that breaks the policy and on HTML Markdown makes; the
/// `markdown_html` target runs it once before fuzzing, so a checker that misses everything
/// cannot pass unnoticed.
pub fn self_test() {
    for bad in [
        "<p>x<script>alert(1)</script>",
        "<img src=x OnError=alert(1)>",
        "<a href=\"&#x6A;ava&#9;script&colon;alert(1)\">x</a>",
        "<a href=\" \u{1}JAVASCRIPT:alert(1)\">x</a>",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<a href=\"vbscript:msgbox\">x</a>",
        "<IFRAME src=https://example.org>",
        "<a href=\"file:///etc/passwd\">x</a>",
        "<p style=\"background:url(x)\">x</p>",
        "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
    ] {
        for reading in [UrlReading::Strict, UrlReading::Browser] {
            assert!(!problems(bad, reading).is_empty(), "the HTML checker ({reading:?}) missed {bad}");
        }
    }
    let only_strict = "<a href=\"j&#x14;avascript:alert(1)\">x</a>";
    assert!(!problems(only_strict, UrlReading::Strict).is_empty(), "the strict checker missed {only_strict}");
    assert!(problems(only_strict, UrlReading::Browser).is_empty(), "the browser checker refused {only_strict}");
    let good = "<h2 id=\"a\">A <a class=\"anchor\" href=\"#a\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\
        <p><a href=\"../x/index.html\">x</a> <a href=\"https://example.org/?a=1&amp;b=2\">y</a> \
        <a href=\"tel:12333\">z</a> <img src=\"../media/a.png\" alt=\"&lt;script&gt;\" title=\"javascript:\"></p>\
        <table><tr><td style=\"text-align: center\">1</td></tr></table><code>&lt;script&gt;</code>";
    for reading in [UrlReading::Strict, UrlReading::Browser] {
        assert_eq!(problems(good, reading), Vec::<String>::new(), "the HTML checker refused Markdown's own HTML");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_checker_works() {
        super::self_test();
    }
}
