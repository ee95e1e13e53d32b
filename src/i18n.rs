//! UI strings with Fluent: the theme's strings per language, overridden or extended by the
//! site's own `i18n/LANG.ftl`. A key missing in a language falls back to the default language
//! (a warning); a key missing in both is an error.
//!
//! Fluent's bidi isolation marks are switched off: they would end up inside URLs, `tel:` links,
//! attributes and JSON. Templates isolate mixed-direction text with `<bdi>` instead.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Mutex, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::diagnostics::{display_path, Diagnostic, Diagnostics, SourceText};
use crate::source;

pub const I18N_DIR: &str = "i18n";

/// The UI strings of every configured language.
pub struct Translator {
    default_language: String,
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    keys: BTreeMap<String, BTreeSet<String>>,
    /// Keys asked for while rendering that no language has, and language fallbacks used.
    missing: Mutex<BTreeSet<(String, String)>>,
    /// Strings that could not be completed (a misspelt `{ $name }`): language, key, problem.
    broken: Mutex<BTreeSet<(String, String, String)>>,
    /// Strings without arguments already worked out, by language and key: every page asks
    /// for the same few dozen.
    plain: RwLock<FxHashMap<String, FxHashMap<String, String>>>,
}

impl Translator {
    /// Builds the bundles from the theme's `.ftl` files and the site's `i18n/` folder.
    pub fn load(
        root: &Path,
        config: &Config,
        theme_strings: &[SourceText],
        diagnostics: &mut Diagnostics,
    ) -> Translator {
        let mut site_strings = Vec::new();
        let dir = root.join(I18N_DIR);
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            paths.sort();
            for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
                let lang = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                if config.language(&lang).is_none() {
                    diagnostics.push(
                        Diagnostic::warning(format!(
                            "`{lang}` is not one of the site's languages, so this file is not used"
                        ))
                        .in_path(display_path(root, &path)),
                    );
                    continue;
                }
                match source::read(root, &path) {
                    Ok(text) => site_strings.push(text),
                    Err(diagnostic) => diagnostics.push(diagnostic),
                }
            }
        }
        let mut translator = Translator {
            default_language: config.default_language.clone(),
            bundles: BTreeMap::new(),
            keys: BTreeMap::new(),
            missing: Mutex::new(BTreeSet::new()),
            broken: Mutex::new(BTreeSet::new()),
            plain: RwLock::new(FxHashMap::default()),
        };
        for language in &config.languages {
            let id: LanguageIdentifier = language.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            let mut keys = BTreeSet::new();
            let files = theme_strings.iter().chain(&site_strings).filter(|s| file_language(&s.path) == language.code);
            for file in files {
                if let Some(resource) = parse_resource(file, diagnostics) {
                    keys.extend(message_ids(&resource));
                    bundle.add_resource_overriding(resource);
                }
            }
            translator.keys.insert(language.code.clone(), keys);
            translator.bundles.insert(language.code.clone(), bundle);
        }
        translator.report_missing_keys(config, diagnostics);
        translator
    }

    /// Warns once per language about keys the default language has and it lacks.
    fn report_missing_keys(&self, config: &Config, diagnostics: &mut Diagnostics) {
        let Some(default_keys) = self.keys.get(&config.default_language) else {
            return;
        };
        for language in config.languages.iter().filter(|l| l.code != config.default_language) {
            let keys = self.keys.get(&language.code);
            let missing: Vec<&str> =
                default_keys.iter().filter(|key| !keys.is_some_and(|k| k.contains(*key))).map(String::as_str).collect();
            if !missing.is_empty() {
                diagnostics.push(
                    Diagnostic::warning(format!(
                        "{} UI string(s) have no `{}` translation and will show in `{}`: {}",
                        missing.len(),
                        language.code,
                        config.default_language,
                        missing.join(", ")
                    ))
                    .in_path(format!("{I18N_DIR}/{}.ftl", language.code))
                    .hint(format!("add them to {I18N_DIR}/{}.ftl", language.code)),
                );
            }
        }
    }

    /// The text of `key` in `lang`, following the fallback chain. Missing keys are recorded and
    /// come back as the key itself so that a page still renders while the error is reported.
    /// Without arguments, a string is formatted once and kept.
    pub fn text(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        if args.is_some() {
            return self.format(lang, key, args);
        }
        let known = self.plain.read().ok().and_then(|plain| plain.get(lang)?.get(key).cloned());
        known.unwrap_or_else(|| {
            let text = self.format(lang, key, None);
            if let Ok(mut plain) = self.plain.write() {
                plain.entry(lang.to_owned()).or_default().insert(key.to_owned(), text.clone());
            }
            text
        })
    }

    fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        let chain = [lang, self.default_language.as_str()];
        for (index, code) in chain.iter().enumerate() {
            let Some(bundle) = self.bundles.get(*code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            if index > 0 {
                self.record(lang, key);
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            if let (Some(error), Ok(mut broken)) = (errors.first(), self.broken.lock()) {
                broken.insert(((*code).to_owned(), key.to_owned(), error.to_string()));
            }
            return text;
        }
        self.record("", key);
        key.to_owned()
    }

    fn record(&self, lang: &str, key: &str) {
        if let Ok(mut missing) = self.missing.lock() {
            missing.insert((lang.to_owned(), key.to_owned()));
        }
    }

    pub fn has_key(&self, lang: &str, key: &str) -> bool {
        self.keys.get(lang).is_some_and(|keys| keys.contains(key))
    }

    /// Strings that could not be completed while rendering, as warnings naming their file.
    pub fn broken_strings(&self) -> Vec<Diagnostic> {
        let broken = self.broken.lock().map(|b| b.clone()).unwrap_or_default();
        broken
            .into_iter()
            .map(|(lang, key, problem)| {
                Diagnostic::warning(format!("the UI string `{key}` in `{lang}` cannot be completed: {problem}"))
                    .in_path(format!("{I18N_DIR}/{lang}.ftl"))
                    .hint("check the names in { $… }: the theme gives only the ones its own strings use")
            })
            .collect()
    }

    /// Keys that were asked for during rendering and exist in no language: errors.
    pub fn missing_everywhere(&self) -> Vec<String> {
        let missing = self.missing.lock().map(|m| m.clone()).unwrap_or_default();
        missing.into_iter().filter(|(lang, _)| lang.is_empty()).map(|(_, key)| key).collect()
    }
}

/// Builds Fluent arguments from template values.
pub fn args_from<'a>(pairs: impl IntoIterator<Item = (String, ArgValue)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        match value {
            ArgValue::Number(n) => args.set(name, FluentValue::from(n)),
            ArgValue::Text(t) => args.set(name, FluentValue::from(t)),
        }
    }
    args
}

pub enum ArgValue {
    Number(f64),
    Text(String),
}

/// `i18n/zh-Hans.ftl` → `zh-Hans`.
fn file_language(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".ftl").unwrap_or(name)
}

fn parse_resource(file: &SourceText, diagnostics: &mut Diagnostics) -> Option<FluentResource> {
    match FluentResource::try_new(file.text.to_string()) {
        Ok(resource) => Some(resource),
        Err((resource, errors)) => {
            for error in errors {
                diagnostics.push(
                    Diagnostic::error(format!("this UI string cannot be read: {}", error.kind))
                        .at(file, error.pos.clone())
                        .hint("see https://projectfluent.org/fluent/guide/ for the syntax: `key = text`, `{ $name }` for values"),
                );
            }
            Some(resource)
        }
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) if message.value.is_some() => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}
