//! The theme: tera templates, static files and the theme's own UI strings. A site uses
//! `themes/NAME/` from its folder; the default theme is also built into the program, so a
//! handbook needs no copy of it.

use std::path::Path;

use walkdir::WalkDir;

use crate::diagnostics::{display_path, suggest, Diagnostic, Diagnostics, SourceText};
use crate::source;

pub const THEMES_DIR: &str = "themes";

/// The files of a theme, read.
#[derive(Debug, Default, Clone)]
pub struct Theme {
    /// Template name (path under `templates/`) and text.
    pub templates: Vec<(String, SourceText)>,
    /// Path under `static/` and bytes.
    pub static_files: Vec<(String, Vec<u8>)>,
    /// `i18n/LANG.ftl` files of the theme.
    pub strings: Vec<SourceText>,
}

macro_rules! builtin {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../themes/default/", $path)))),*]
    };
}

impl Theme {
    /// The bytes of a file under `static/`.
    pub fn static_file(&self, name: &str) -> Option<&[u8]> {
        self.static_files.iter().find(|(path, _)| path == name).map(|(_, bytes)| bytes.as_slice())
    }
}

/// The default theme, built into the program.
const DEFAULT_THEME: &[(&str, &[u8])] = builtin!(
    "templates/base.html",
    "templates/page.html",
    "templates/chooser.html",
    "templates/404.html",
    "templates/hotlines.html",
    "templates/head.html",
    "templates/directory.html",
    "templates/office.html",
    "templates/search.html",
    "templates/offline.html",
    "templates/single.html",
    "static/style.css",
    "static/search.js",
    "static/offline.js",
    "static/sw.js",
    "static/stemmers/arabic.js",
    "static/stemmers/danish.js",
    "static/stemmers/dutch.js",
    "static/stemmers/english.js",
    "static/stemmers/finnish.js",
    "static/stemmers/french.js",
    "static/stemmers/german.js",
    "static/stemmers/greek.js",
    "static/stemmers/hungarian.js",
    "static/stemmers/italian.js",
    "static/stemmers/norwegian.js",
    "static/stemmers/portuguese.js",
    "static/stemmers/romanian.js",
    "static/stemmers/russian.js",
    "static/stemmers/spanish.js",
    "static/stemmers/swedish.js",
    "static/stemmers/tamil.js",
    "static/stemmers/turkish.js",
    "static/stemmers/LICENSE-SNOWBALL.txt",
    "i18n/zh-Hans.ftl",
    "i18n/en.ftl",
    "i18n/ar.ftl",
);

pub fn load(
    root: &Path,
    name: &str,
    written_at: Option<&(SourceText, std::ops::Range<usize>)>,
    diagnostics: &mut Diagnostics,
) -> Option<Theme> {
    let dir = root.join(THEMES_DIR).join(name);
    if dir.is_dir() {
        return Some(load_folder(root, &dir, diagnostics));
    }
    if name == "default" {
        return Some(builtin());
    }
    let available: Vec<String> = std::fs::read_dir(root.join(THEMES_DIR))
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    let diagnostic = Diagnostic::error(format!("the theme `{name}` does not exist"));
    let mut diagnostic = match written_at {
        Some((source, at)) => diagnostic.at(source, at.clone()),
        None => diagnostic.in_path(crate::config::CONFIG_FILE),
    }
    .hint(format!("themes are folders under `{THEMES_DIR}/`; remove `theme:` to use the built-in default theme"));
    if let Some(close) = suggest(name, available.iter().map(String::as_str).chain(["default"])) {
        diagnostic = diagnostic.hint(format!("did you mean `{close}`?"));
    }
    diagnostics.push(diagnostic);
    None
}

fn builtin() -> Theme {
    let mut theme = Theme::default();
    for (path, bytes) in DEFAULT_THEME {
        let shown = format!("{THEMES_DIR}/default/{path}");
        if let Some(name) = path.strip_prefix("templates/") {
            let text = String::from_utf8_lossy(bytes).into_owned();
            theme.templates.push((name.to_owned(), SourceText::new(shown, text)));
        } else if let Some(name) = path.strip_prefix("static/") {
            theme.static_files.push((name.to_owned(), bytes.to_vec()));
        } else {
            theme.strings.push(SourceText::new(shown, String::from_utf8_lossy(bytes).into_owned()));
        }
    }
    theme
}

fn load_folder(root: &Path, dir: &Path, diagnostics: &mut Diagnostics) -> Theme {
    let mut theme = Theme::default();
    for entry in WalkDir::new(dir).sort_by_file_name().into_iter().filter_map(Result::ok) {
        // A link is followed only if it stays inside the site folder, and said if not.
        if entry.path_is_symlink() {
            let shown = display_path(root, entry.path());
            if let Err(diagnostic) = source::ensure_inside(root, entry.path(), &shown) {
                diagnostics.push(diagnostic);
                continue;
            }
            if !entry.path().is_file() {
                continue;
            }
        } else if !entry.file_type().is_file() {
            continue;
        }
        let relative = display_path(dir, entry.path());
        if let Some(name) = relative.strip_prefix("templates/") {
            match source::read(root, entry.path()) {
                Ok(text) => theme.templates.push((name.to_owned(), text)),
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        } else if let Some(name) = relative.strip_prefix("static/") {
            let shown = display_path(root, entry.path());
            match source::ensure_inside(root, entry.path(), &shown).and_then(|()| {
                std::fs::read(entry.path())
                    .map_err(|e| Diagnostic::error(format!("cannot read this file: {e}")).in_path(shown))
            }) {
                Ok(bytes) => theme.static_files.push((name.to_owned(), bytes)),
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        } else if relative.starts_with("i18n/") && relative.ends_with(".ftl") {
            match source::read(root, entry.path()) {
                Ok(text) => theme.strings.push(text),
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
    }
    theme
}
