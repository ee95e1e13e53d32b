//! `handbook.yaml`: the site configuration. Loaded first; every later stage reads it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::diagnostics::{suggest, Diagnostic, Diagnostics, SourceText};
use crate::source;
use crate::text;
use crate::yaml::Document;

pub const CONFIG_FILE: &str = "handbook.yaml";

/// Text in several languages: language code → text.
pub type Localized = BTreeMap<String, String>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageEntry {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub dir: Option<Direction>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    /// In quotes, like office phones (see [`crate::yaml::phone_number`]).
    #[serde(deserialize_with = "crate::yaml::phone_number")]
    pub number: String,
    #[serde(default)]
    pub label: Localized,
}

/// `offices:` in handbook.yaml: settings of the office directory.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficesConfig {
    /// Entries not verified for longer than this are a warning and show readers a notice.
    #[serde(default = "default_stale_after_days")]
    pub stale_after_days: u32,
}

impl Default for OfficesConfig {
    fn default() -> Self {
        OfficesConfig { stale_after_days: default_stale_after_days() }
    }
}

fn default_stale_after_days() -> u32 {
    365
}

/// The file as written. Every key is optional here so that each can be checked on its own;
/// [`Config::from_file`] then reports what is missing.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    title: Option<Localized>,
    default_language: Option<String>,
    languages: Option<Vec<LanguageEntry>>,
    theme: Option<String>,
    base_url: Option<String>,
    #[serde(default)]
    hotlines: Vec<Hotline>,
    /// Raw HTML in Markdown is kept as written instead of sanitised. Only for handbooks whose
    /// every editor is trusted.
    #[serde(default)]
    trust_html: bool,
    offices: Option<OfficesConfig>,
    /// Always build as with --portable: links name index.html, so the site also works
    /// opened from disk.
    #[serde(default)]
    portable: bool,
    /// Also make the editions to carry away (one HTML file per language, the portable zip),
    /// offered on each front page. Off by default: they double the build's work and output.
    #[serde(default)]
    downloads: bool,
}

#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: Direction,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub title: Localized,
    pub default_language: String,
    /// In the configured order (the order of the language switcher); never empty.
    pub languages: Vec<Language>,
    pub theme: String,
    /// Where `theme:` is written, for messages about the theme.
    pub theme_at: Option<(SourceText, std::ops::Range<usize>)>,
    /// Always ends with `/` when set.
    pub base_url: Option<String>,
    pub hotlines: Vec<Hotline>,
    pub trust_html: bool,
    pub offices: OfficesConfig,
    pub portable: bool,
    pub downloads: bool,
}

impl Config {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|language| language.code == code)
    }

    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|language| language.code.as_str())
    }

    /// The languages to try for text in `lang`: itself, the default language, then the rest in
    /// configured order.
    pub fn fallback_chain<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a str> {
        let rest = self.language_codes().filter(move |code| *code != lang && *code != self.default_language);
        std::iter::once(lang)
            .chain((lang != self.default_language).then_some(self.default_language.as_str()))
            .chain(rest)
    }

    /// Picks the text for `lang` from a localized map along the fallback chain.
    pub fn pick<'a>(&'a self, text: &'a Localized, lang: &'a str) -> Option<&'a str> {
        self.fallback_chain(lang).find_map(|code| text.get(code)).map(String::as_str)
    }

    /// Loads and validates `handbook.yaml` in `root`. Every problem goes to `diagnostics`;
    /// `None` when the configuration is not usable.
    pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> Option<Config> {
        let path = root.join(CONFIG_FILE);
        if !path.is_file() {
            diagnostics.push(
                Diagnostic::error(format!("no {CONFIG_FILE} in {}", root.display()))
                    .hint("run the command in your handbook's folder, give it with --root DIR, or start a new handbook with `handbook new NAME`"),
            );
            return None;
        }
        let source = match source::read(root, &path) {
            Ok(source) => source,
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                return None;
            }
        };
        Config::from_source(&source, diagnostics)
    }

    pub fn from_source(source: &SourceText, diagnostics: &mut Diagnostics) -> Option<Config> {
        let document = Document::whole(source);
        if let Err(diagnostic) = document.parse_value() {
            diagnostics.push(diagnostic);
            return None;
        }
        // Each key is read on its own, so one mistake does not hide the others.
        let read = document.deserialize_entries::<ConfigFile>();
        diagnostics.extend(read.errors);
        let entries = read.parsed;
        let mut file = ConfigFile::default();
        for (_, one) in &entries {
            file.title = file.title.or_else(|| one.title.clone());
            file.default_language = file.default_language.or_else(|| one.default_language.clone());
            file.languages = file.languages.or_else(|| one.languages.clone());
            file.theme = file.theme.or_else(|| one.theme.clone());
            file.base_url = file.base_url.or_else(|| one.base_url.clone());
            file.hotlines.extend(one.hotlines.iter().cloned());
            file.trust_html |= one.trust_html;
            file.offices = file.offices.or_else(|| one.offices.clone());
            file.portable |= one.portable;
            file.downloads |= one.downloads;
        }
        let failed = read.failed;
        let key_span = |key: &str| {
            entries.iter().find(|(entry, _)| entry.key == key).map_or(0..0, |(entry, _)| entry.key_span.clone())
        };
        let reported = |key: &str| failed.iter().any(|k| k == key);
        // Keys that could not be read are reported and left at their defaults.
        validate(file, source, &key_span, &reported, diagnostics)
    }
}

fn validate(
    file: ConfigFile,
    source: &SourceText,
    key_span: &dyn Fn(&str) -> std::ops::Range<usize>,
    reported: &dyn Fn(&str) -> bool,
    diagnostics: &mut Diagnostics,
) -> Option<Config> {
    let missing = |key: &str, example: &str| {
        Diagnostic::error(format!("the required key `{key}` is missing"))
            .at(source, 0..0)
            .hint(format!("add it, for example: {example}"))
    };
    let Some(entries) = file.languages.filter(|l| !l.is_empty()) else {
        if reported("languages") {
            return None;
        }
        diagnostics.push(missing("languages", "languages: [{ code: en, name: English }]"));
        return None;
    };
    let mut languages: Vec<Language> = Vec::new();
    let mut listed: Vec<String> = Vec::new();
    for entry in entries {
        // The code's own listing, not an earlier one of the same code.
        let nth = listed.iter().filter(|code| **code == entry.code).count();
        listed.push(entry.code.clone());
        let span = find_nth_value(source, &format!("code: {}", entry.code), nth)
            .map(|found| found.start + "code: ".len()..found.end)
            .or_else(|| find_value(source, &entry.code))
            .unwrap_or_else(|| key_span("languages"));
        match entry.code.parse::<LanguageIdentifier>() {
            Ok(id) if id.to_string() == entry.code => {
                let derived = match id.character_direction() {
                    CharacterDirection::RTL => Direction::Rtl,
                    _ => Direction::Ltr,
                };
                if languages.iter().any(|l| l.code == entry.code) {
                    diagnostics.push(
                        Diagnostic::error(format!("the language `{}` is listed twice", entry.code)).at(source, span),
                    );
                    continue;
                }
                languages.push(Language { code: entry.code, name: entry.name, dir: entry.dir.unwrap_or(derived) });
            }
            Ok(id) => diagnostics.push(
                Diagnostic::error(format!("write the language code `{}` as `{id}`", entry.code))
                    .at(source, span)
                    .hint("language codes are BCP 47 tags in their usual letter case, e.g. zh-Hans, en, ar"),
            ),
            Err(_) => diagnostics.push(
                Diagnostic::error(format!("`{}` is not a language code", entry.code))
                    .at(source, span)
                    .hint("use a BCP 47 tag such as zh-Hans, en, ar, ug"),
            ),
        }
    }
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let default_language = match file.default_language {
        Some(code) if codes.contains(&code.as_str()) => code,
        Some(code) => {
            let mut diagnostic = Diagnostic::error(format!("the default language `{code}` is not in `languages`"))
                .at(source, key_span("default_language"));
            if let Some(close) = suggest(&code, codes.iter().copied()) {
                diagnostic = diagnostic.hint(format!("did you mean `{close}`?"));
            }
            diagnostics.push(diagnostic.hint("add it to `languages`, or choose one of the languages listed there"));
            return None;
        }
        None => {
            if !reported("default_language") {
                diagnostics.push(missing("default_language", "default_language: en"));
            }
            return None;
        }
    };
    let title = file.title.unwrap_or_default();
    if !title.contains_key(&default_language) && !reported("title") {
        diagnostics.push(
            Diagnostic::error(format!("the site title in the default language `{default_language}` is missing"))
                .at(source, key_span("title"))
                .hint(format!("add it under `title:`, e.g. `  {default_language}: My handbook`")),
        );
    }
    check_language_keys(&title, &codes, source, "title", key_span, diagnostics);
    for hotline in &file.hotlines {
        let span = find_value(source, &hotline.number).unwrap_or_else(|| key_span("hotlines"));
        if !text::is_dialable(&hotline.number) {
            diagnostics.push(
                Diagnostic::error(format!("the hotline number `{}` cannot be dialled", hotline.number))
                    .at(source, span)
                    .hint("use digits, spaces, +, -, ( and ) only, with at least 3 digits, in quotes: \"12333\""),
            );
        }
        check_language_keys(&hotline.label, &codes, source, "hotlines", key_span, diagnostics);
    }
    let base_url = file.base_url.map(|url| if url.ends_with('/') { url } else { format!("{url}/") });
    if let Some(url) = &base_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            diagnostics.push(
                Diagnostic::error("`base_url` must be a full address starting with https:// or http://")
                    .at(source, key_span("base_url")),
            );
        }
    }
    let theme_at = file.theme.as_ref().map(|_| {
        let key = key_span("theme");
        let line = &source.text[key.start..];
        let value = key.start
            + line.find(':').map_or(0, |colon| {
                colon + 1 + line[colon + 1..].len() - line[colon + 1..].trim_start_matches([' ', '\t']).len()
            });
        let end = value + source.text[value..].find('\n').unwrap_or(source.text.len() - value);
        (source.clone(), value..end)
    });
    if let (Some(name), Some((_, at))) = (&file.theme, &theme_at) {
        if !is_theme_name(name) {
            diagnostics.push(
                Diagnostic::error(format!("`{name}` cannot be a theme name"))
                    .at(source, at.clone())
                    .hint("a theme is a folder right under themes/, named by its folder name, e.g. theme: my-theme"),
            );
        }
    }
    // Past this point the configuration is usable despite its mistakes (reported): the build
    // goes on to find the content's mistakes too, and writes nothing.
    let base_url = base_url.filter(|url| url.starts_with("https://") || url.starts_with("http://"));
    let theme = file.theme.filter(|name| is_theme_name(name)).unwrap_or_else(|| "default".to_owned());
    Some(Config {
        title,
        default_language,
        languages,
        theme,
        theme_at,
        base_url,
        hotlines: file.hotlines,
        trust_html: file.trust_html,
        offices: file.offices.unwrap_or_default(),
        portable: file.portable,
        downloads: file.downloads,
    })
}

/// A theme is a folder right under themes/: nothing else may be read as one.
fn is_theme_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && !std::path::Path::new(name).is_absolute()
}

/// Reports language keys of a localized map that are not configured languages.
fn check_language_keys(
    text: &Localized,
    codes: &[&str],
    source: &SourceText,
    key: &str,
    key_span: &dyn Fn(&str) -> std::ops::Range<usize>,
    diagnostics: &mut Diagnostics,
) {
    for code in text.keys().filter(|code| !codes.contains(&code.as_str())) {
        let mut diagnostic = Diagnostic::error(format!("`{code}` is not one of the site's languages"))
            .at(source, find_value(source, code).unwrap_or_else(|| key_span(key)));
        if let Some(close) = suggest(code, codes.iter().copied()) {
            diagnostic = diagnostic.hint(format!("did you mean `{close}`?"));
        }
        diagnostics.push(diagnostic.hint(format!("the languages are: {}", codes.join(", "))));
    }
}

/// The first place `needle` appears in the file, to point at a value in a list.
fn find_value(source: &SourceText, needle: &str) -> Option<std::ops::Range<usize>> {
    find_nth_value(source, needle, 0)
}

/// Where `needle` is written for the `nth` time (from 0).
fn find_nth_value(source: &SourceText, needle: &str, nth: usize) -> Option<std::ops::Range<usize>> {
    if needle.is_empty() {
        return None;
    }
    source.text.match_indices(needle).nth(nth).map(|(start, _)| start..start + needle.len())
}
