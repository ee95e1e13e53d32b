//! Where every page lives in the output, in every language, and relative links between them.

use std::collections::BTreeMap;

use crate::config::Config;
use crate::content::{source_variant, Content, DocId};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markdown::links::encode_segment;

/// The output folder of each document in each language: `en/labor-rights/contracts/`.
#[derive(Debug, Clone)]
pub struct Urls {
    languages: Vec<String>,
    /// `paths[doc][language index]`, always ending with `/`.
    paths: Vec<Vec<String>>,
}

impl Urls {
    pub fn compute(content: &Content, config: &Config, diagnostics: &mut Diagnostics) -> Urls {
        let languages: Vec<String> = config.language_codes().map(str::to_owned).collect();
        let mut paths: Vec<Vec<String>> = vec![Vec::new(); content.docs.len()];
        // Parents come before children in `docs` order of a depth-first walk from the front page.
        let mut stack = vec![0];
        while let Some(id) = stack.pop() {
            let doc = &content.docs[id];
            paths[id] = languages
                .iter()
                .map(|lang| match doc.parent {
                    None => format!("{lang}/"),
                    Some(parent) => {
                        let index = languages.iter().position(|l| l == lang).unwrap_or(0);
                        let slug = doc
                            .variants
                            .get(lang)
                            .and_then(|v| v.front.slug.clone())
                            .or_else(|| source_variant(doc, config).and_then(|v| v.front.slug.clone()))
                            .unwrap_or_else(|| doc.stem.clone());
                        format!("{}{}/", paths[parent][index], slug)
                    }
                })
                .collect();
            stack.extend(doc.children.iter().rev());
        }
        let urls = Urls { languages, paths };
        urls.report_collisions(content, diagnostics);
        urls
    }

    fn report_collisions(&self, content: &Content, diagnostics: &mut Diagnostics) {
        let mut reported: std::collections::BTreeSet<(DocId, DocId)> = std::collections::BTreeSet::new();
        for (index, lang) in self.languages.iter().enumerate() {
            let mut seen: BTreeMap<String, DocId> = BTreeMap::new();
            for (id, paths) in self.paths.iter().enumerate() {
                let key = same_on_every_disk(&paths[index]);
                if let Some(&first) = seen.get(&key) {
                    if !reported.insert((first, id)) {
                        continue;
                    }
                    let (Some(a), Some(b)) =
                        (content.docs[first].variants.values().next(), content.docs[id].variants.values().next())
                    else {
                        continue;
                    };
                    diagnostics.push(
                        Diagnostic::error(format!(
                            "this page and {} would both be published at `{}` (in `{lang}`)",
                            a.source.path, paths[index]
                        ))
                        .in_file(&b.source)
                        .hint("give one of them another file name or a different `slug:`"),
                    );
                } else {
                    seen.insert(key, id);
                }
            }
        }
    }

    pub fn path(&self, doc: DocId, lang: &str) -> &str {
        let index = self.languages.iter().position(|l| l == lang).unwrap_or(0);
        &self.paths[doc][index]
    }
}

/// What a path is on every disk and to every browser: disks that ignore letter case (Windows,
/// macOS, USB sticks) and normalisation (macOS) see `Café`, `café` and `cafe\u{301}` as one.
pub fn same_on_every_disk(path: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    path.nfc().collect::<String>().to_lowercase()
}

/// A link from the page in folder `from` (relative to the output root, ending with `/`, or
/// empty for the root) to `to` (a folder ending with `/`, or a file). With `portable`, links
/// to folders name their `index.html` so they also work from disk.
pub fn relative(from: &str, to: &str, portable: bool) -> String {
    let from_parts: Vec<&str> = from.split('/').filter(|p| !p.is_empty()).collect();
    let is_folder = to.is_empty() || to.ends_with('/');
    let to_parts: Vec<&str> = to.split('/').filter(|p| !p.is_empty()).collect();
    let common = from_parts.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut href = "../".repeat(from_parts.len() - common);
    let rest: Vec<String> = to_parts[common..].iter().map(|p| encode_segment(p)).collect();
    href.push_str(&rest.join("/"));
    if is_folder {
        if !rest.is_empty() {
            href.push('/');
        }
        if portable {
            href.push_str("index.html");
        } else if href.is_empty() {
            href.push_str("./");
        }
    }
    href
}

#[cfg(test)]
mod tests {
    use super::relative;

    #[test]
    fn links_are_relative_and_short() {
        assert_eq!(relative("en/a/b/", "en/a/c/", false), "../c/");
        assert_eq!(relative("en/a/", "en/a/", false), "./");
        assert_eq!(relative("en/a/", "en/a/", true), "index.html");
        assert_eq!(relative("en/", "zh-Hans/", true), "../zh-Hans/index.html");
        assert_eq!(relative("", "en/", false), "en/");
        assert_eq!(relative("en/a b/", "static/style.css", false), "../../static/style.css");
        assert_eq!(relative("en/x/", "en/a b/", false), "../a%20b/");
    }
}
