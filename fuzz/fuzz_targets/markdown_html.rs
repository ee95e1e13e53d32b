//! Arbitrary Markdown, parsed and rendered as the render stage does for a page (raw HTML
//! sanitised: `trust_html: false`), with every link resolved the way the site resolves it.
//! Invariants: no panic, and HTML with nothing that runs (see `handbook_fuzz::html`). URL
//! schemes are read strictly (every ASCII control character dropped), or as browsers read
//! them with `HANDBOOK_FUZZ_URLS=browser`.
#![no_main]

use handbook::markdown::links::{self, encode_fragment, LinkKind};
use handbook::markdown::{parse, Href, LinkRef, Parsed};
use handbook::site::urls::relative;
use handbook_fuzz::html::UrlReading;
use libfuzzer_sys::fuzz_target;

/// The page being rendered: `content/rights/wages.md`, in English, written to
/// `en/rights/wages/index.html`.
const FOLDER: &str = "rights";
const HERE: &str = "en/rights/wages/";

/// As `web_address_problem` in `src/site/mod.rs`: external links the site refuses.
fn web_address_problem(dest: &str) -> bool {
    let lower = dest.to_ascii_lowercase();
    if let Some(rest) =
        lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).or_else(|| lower.strip_prefix("//"))
    {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        (host.is_empty() || !host.contains('.') && !host.starts_with("localhost")) || dest.contains(char::is_whitespace)
    } else if let Some(number) = lower.strip_prefix("tel:") {
        !handbook::text::is_dialable(number)
    } else if let Some(address) = lower.strip_prefix("mailto:") {
        !address.contains('@')
    } else {
        false
    }
}

/// Where a link goes, as the site's resolver (`src/site/mod.rs`) and the render stage's
/// `href` (`src/render/mod.rs`) decide it: pages and assets that "exist" are any `.md` file
/// and any file with an extension inside `content/`, directory pages any path.
fn href_for(parsed: &Parsed, link: &LinkRef) -> Href {
    let with_anchor = |mut url: String, anchor: &Option<String>| {
        if let Some(anchor) = anchor {
            url.push('#');
            url.push_str(&encode_fragment(anchor));
        }
        url
    };
    match &link.kind {
        LinkKind::Empty | LinkKind::Forbidden { .. } | LinkKind::Absolute => Href::Drop,
        LinkKind::External if web_address_problem(&link.dest) => Href::Drop,
        LinkKind::External => Href::To(link.dest.clone()),
        LinkKind::SamePage { anchor } => {
            if anchor.is_empty() || parsed.headings.iter().any(|h| &h.id == anchor) {
                Href::To(format!("#{}", encode_fragment(anchor)))
            } else {
                Href::Drop
            }
        }
        LinkKind::Directory { path, anchor } => {
            let folder = if path.is_empty() { "en/offices/".to_owned() } else { format!("en/offices/{path}/") };
            Href::To(with_anchor(relative(HERE, &folder, false), anchor))
        }
        LinkKind::Relative { path, anchor } => match links::join(FOLDER, path) {
            None => Href::Drop,
            Some(joined) => match joined.strip_suffix(".md") {
                Some(stem) => Href::To(with_anchor(relative(HERE, &format!("en/{stem}/"), false), anchor)),
                None if joined.rsplit('/').next().is_some_and(|name| name.contains('.')) => {
                    Href::To(relative(HERE, &format!("media/{joined}"), false))
                }
                None => Href::Drop,
            },
        },
    }
}

fuzz_target!(|data: &[u8]| {
    static SELF_TEST: std::sync::Once = std::sync::Once::new();
    SELF_TEST.call_once(handbook_fuzz::html::self_test);
    let Ok(body) = std::str::from_utf8(data) else { return };
    let parsed = parse(body);
    let html = parsed.render(body, false, |_, link| href_for(&parsed, link));
    let problems = handbook_fuzz::html::problems(&html, UrlReading::from_env());
    assert!(problems.is_empty(), "unsafe HTML: {problems:?}\n--- markdown ---\n{body}\n--- html ---\n{html}");
    let _ = parsed.toc();
});
