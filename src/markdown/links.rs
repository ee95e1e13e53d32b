//! What a link in Markdown points to, decided from its text alone. Resolving it against the
//! site's pages happens in the link stage.

/// Schemes a reader's browser may follow from a handbook page.
const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "sms", "geo"];
/// The scheme of links into the office directory: `directory:region/guangdong/shenzhen`.
pub const DIRECTORY_SCHEME: &str = "directory";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkKind {
    /// `#anchor` on the same page.
    SamePage { anchor: String },
    /// A relative path to another file of the content (`../wages/arrears.md#evidence`).
    Relative { path: String, anchor: Option<String> },
    /// `http:`, `https:`, `mailto:`, `tel:`, …: written out as it is.
    External,
    /// `directory:…`: a page of the office directory.
    Directory { path: String, anchor: Option<String> },
    /// `/path`: would break under a sub-path.
    Absolute,
    /// A scheme that can run code or is unknown (`javascript:`, `data:`, `vbscript:`, …).
    Forbidden { scheme: String },
    /// An empty destination.
    Empty,
}

pub fn classify(dest: &str) -> LinkKind {
    // Browsers ignore ASCII whitespace and control characters inside a scheme
    // ("java\tscript:"), so the scheme is read the way a browser reads it.
    let compact: String = dest.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect();
    if compact.is_empty() {
        return LinkKind::Empty;
    }
    if let Some(scheme) = scheme_of(&compact) {
        let scheme = scheme.to_ascii_lowercase();
        if scheme == DIRECTORY_SCHEME {
            let rest = &compact[scheme.len() + 1..];
            let (path, anchor) = split_anchor(rest);
            return LinkKind::Directory { path: path.trim_matches('/').to_owned(), anchor };
        }
        if ALLOWED_SCHEMES.contains(&scheme.as_str()) {
            return LinkKind::External;
        }
        return LinkKind::Forbidden { scheme };
    }
    if let Some(anchor) = compact.strip_prefix('#') {
        return LinkKind::SamePage { anchor: percent_decode(anchor) };
    }
    if compact.starts_with("//") {
        return LinkKind::External;
    }
    if compact.starts_with('/') || compact.starts_with('\\') {
        return LinkKind::Absolute;
    }
    let (path, anchor) = split_anchor(dest.trim());
    let path = path.split('?').next().unwrap_or("");
    LinkKind::Relative { path: percent_decode(path), anchor }
}

/// The scheme of a URL: letters, digits, `+`, `-`, `.` before the first `:`, starting with a
/// letter; `None` for relative paths (a `:` after a `/`, `?` or `#` is not a scheme).
fn scheme_of(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))).then_some(scheme)
}

fn split_anchor(text: &str) -> (String, Option<String>) {
    match text.split_once('#') {
        Some((path, anchor)) => (path.to_owned(), Some(percent_decode(anchor)).filter(|a| !a.is_empty())),
        None => (text.to_owned(), None),
    }
}

/// Decodes `%XX` escapes (editors may write `%E6%AC%A0` for 欠); invalid ones stay as written.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 3 <= bytes.len() && text.is_char_boundary(i + 3) {
            if let Ok(byte) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Escapes what may not stand raw in a URL path segment. Non-ASCII letters stay readable:
/// browsers and servers handle them, and pages stay smaller.
pub fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for c in segment.chars() {
        match c {
            ' ' | '"' | '#' | '%' | '<' | '>' | '?' | '\\' | '^' | '`' | '{' | '|' | '}' | '\'' => {
                let mut buffer = [0; 4];
                for byte in c.encode_utf8(&mut buffer).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            c if c.is_control() => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Escapes an anchor for use after `#`.
pub fn encode_fragment(anchor: &str) -> String {
    encode_segment(anchor)
}

/// Joins a relative path onto a folder (both `/`-separated, relative to `content/`),
/// resolving `.` and `..`. `None` when it climbs out of the content folder.
pub fn join(folder: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_schemes_like_a_browser() {
        assert_eq!(classify("JaVaScRiPt:alert(1)"), LinkKind::Forbidden { scheme: "javascript".into() });
        assert_eq!(classify(" java\tscript:alert(1)"), LinkKind::Forbidden { scheme: "javascript".into() });
        assert_eq!(classify("data:text/html,x"), LinkKind::Forbidden { scheme: "data".into() });
        assert_eq!(classify("https://example.org/a:b"), LinkKind::External);
        assert_eq!(classify("tel:12333"), LinkKind::External);
        assert_eq!(classify("/etc/passwd"), LinkKind::Absolute);
        assert_eq!(
            classify("../wages/arrears.md#step-2"),
            LinkKind::Relative { path: "../wages/arrears.md".into(), anchor: Some("step-2".into()) }
        );
        assert_eq!(
            classify("directory:region/guangdong/shenzhen"),
            LinkKind::Directory { path: "region/guangdong/shenzhen".into(), anchor: None }
        );
        assert_eq!(classify("#%E6%AC%A0"), LinkKind::SamePage { anchor: "欠".into() });
    }

    #[test]
    fn joins_paths_inside_the_content_folder() {
        assert_eq!(join("a/b", "../c.md").as_deref(), Some("a/c.md"));
        assert_eq!(join("", "./x/./y.md").as_deref(), Some("x/y.md"));
        assert_eq!(join("a", "../../../etc/passwd"), None);
    }
}
