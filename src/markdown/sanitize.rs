//! Raw HTML in Markdown is sanitised with ammonia: no scripts, no event handlers, no
//! `javascript:` or `data:` URLs, whatever their letter case. Only what Markdown itself can
//! produce, plus a few harmless tags editors use (`details`, `summary`, `kbd`, …), survives.

use std::sync::LazyLock;

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_tags(["input", "label", "details", "summary", "mark", "abbr", "bdi", "section"])
        .add_generic_attributes(["id", "class", "lang", "dir", "title"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("label", ["for"])
        .add_tag_attributes("a", ["aria-hidden", "tabindex"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("details", ["open"])
        .filter_style_properties(["text-align"].into_iter().collect())
        .url_schemes(["http", "https", "mailto", "tel", "sms", "geo"].into_iter().collect())
        .link_rel(None)
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("input", "type") if value != "checkbox" => None,
            // The URL parser removes only tab and line breaks from inside a scheme: a link
            // with any other control character (`j&#x14;avascript:`) is dropped, as the
            // Markdown link checker drops them all before reading a scheme.
            (_, "href" | "src" | "cite") if value.chars().any(|c| c.is_ascii_control()) => None,
            _ => Some(value.into()),
        });
    builder
});

/// Raw HTML nested deeper than this is not sanitised but shown as text (and reported by the
/// site check): the HTML parser's work grows with the square of the depth. Browsers stop
/// nesting at 512.
pub const MAX_DEPTH: usize = 256;

pub fn clean(html: &str) -> String {
    let mut depth = 0;
    if deepest(html, &mut depth).is_some() {
        return escape_text(html);
    }
    CLEANER.clean(html).to_string()
}

/// Where the tags of `html` first nest deeper than [`MAX_DEPTH`], counting from `depth`
/// (which is left at the depth after `html`, for the next piece of the same page).
pub fn deepest(html: &str, depth: &mut usize) -> Option<usize> {
    const VOID: &[&str] =
        &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
    let mut found = None;
    for (at, _) in html.match_indices('<') {
        let rest = &html[at + 1..];
        if rest.starts_with('/') {
            *depth = depth.saturating_sub(1);
            continue;
        }
        let name: String =
            rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        let self_closing = rest.split('>').next().is_some_and(|tag| tag.ends_with('/'));
        if name.is_empty() || VOID.contains(&name.as_str()) || self_closing {
            continue;
        }
        *depth += 1;
        if *depth > MAX_DEPTH && found.is_none() {
            found = Some(at);
        }
    }
    found
}

fn escape_text(html: &str) -> String {
    html.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_everything_that_runs() {
        let dirty = r#"<script>alert(1)</script><img src=x onerror="alert(1)"><a href="JaVaScRiPt:alert(1)">x</a><a href="data:text/html,<script>">y</a><svg onload=alert(1)></svg><details open><summary>Law</summary>ok</details>"#;
        let clean = clean(dirty);
        let lower = clean.to_lowercase();
        for forbidden in ["<script", "onerror", "javascript:", "data:", "onload", "<svg"] {
            assert!(!lower.contains(forbidden), "{forbidden} left in {clean}");
        }
        assert!(clean.contains("<details open=\"\"><summary>Law</summary>ok</details>"), "{clean}");
    }

    #[test]
    fn links_with_control_characters_are_dropped() {
        let clean = clean("<a href=\"j&#x14;avascript:alert(1)\">x</a><img src=\"a&#1;b.png\">");
        assert!(!clean.contains("href") && !clean.contains("src"), "{clean}");
        assert!(clean.contains(">x</a>"), "{clean}");
    }

    #[test]
    fn html_nested_too_deep_is_shown_as_text() {
        let deep = format!("{}x{}", "<div>".repeat(MAX_DEPTH + 1), "</div>".repeat(MAX_DEPTH + 1));
        assert!(clean(&deep).starts_with("&lt;div&gt;"));
        let fine = format!("{}x{}<br><img src=\"a.png\"/>", "<div>".repeat(MAX_DEPTH), "</div>".repeat(MAX_DEPTH));
        assert!(clean(&fine).starts_with("<div>"));
    }
}
