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
            _ => Some(value.into()),
        });
    builder
});

pub fn clean(html: &str) -> String {
    CLEANER.clean(html).to_string()
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
}
