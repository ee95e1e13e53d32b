//! Heading ids by GitHub's rules, so anchors written for GitHub keep working.

use std::collections::HashMap;

/// Turns heading text into an id the way GitHub does: lower-cased, punctuation and symbols
/// dropped (letters and digits of every script, `-` and `_` kept), each space turned into `-`.
pub fn github_id(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() || is_combining_mark(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// Combining marks are kept (they are part of words in many scripts).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0F71..=0x0F84 | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Hands out unique ids within one page: `id`, then `id-1`, `id-2`, … for repeats.
#[derive(Debug, Default)]
pub struct IdSet {
    seen: HashMap<String, usize>,
}

impl IdSet {
    /// github-slugger's algorithm: count repeats of the base id until a free one is found.
    pub fn unique(&mut self, base: &str) -> String {
        let base = if base.is_empty() { "section" } else { base };
        let mut result = base.to_owned();
        while self.seen.contains_key(&result) {
            let count = self.seen.entry(base.to_owned()).or_insert(0);
            *count += 1;
            result = format!("{base}-{count}");
        }
        self.seen.insert(result.clone(), 0);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_github_rules() {
        assert_eq!(github_id("Step 3: Apply for arbitration"), "step-3-apply-for-arbitration");
        assert_eq!(github_id("第三步：申请仲裁"), "第三步申请仲裁");
        assert_eq!(github_id("What's new?  Really"), "whats-new--really");
        assert_eq!(github_id("snake_case & kebab-case"), "snake_case--kebab-case");
        assert_eq!(github_id("Árbitro Ñ"), "árbitro-ñ");
        assert_eq!(github_id("حقوق العمال"), "حقوق-العمال");
    }

    #[test]
    fn repeats_get_numbers() {
        let mut ids = IdSet::default();
        assert_eq!(ids.unique("a"), "a");
        assert_eq!(ids.unique("a"), "a-1");
        assert_eq!(ids.unique("a"), "a-2");
        assert_eq!(ids.unique("a-1"), "a-1-1");
    }
}
