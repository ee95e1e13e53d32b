//! The tera engine for a theme, with the `t()` function backed by Fluent.

use std::borrow::Cow;
use std::sync::Arc;

use tera::{Kwargs, State, Tera, TeraResult};

use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::i18n::{self, ArgValue, Translator};
use crate::theme::Theme;

/// Templates every theme must have.
pub const REQUIRED: &[&str] =
    &["page.html", "chooser.html", "404.html", "directory.html", "search.html", "offline.html", "single.html"];

pub struct Templates {
    tera: Tera,
    sources: Vec<(String, SourceText)>,
}

impl Templates {
    /// Parses the theme's templates once. Syntax errors are reported with their place.
    pub fn load(theme: &Theme, translator: Arc<Translator>, diagnostics: &mut Diagnostics) -> Option<Templates> {
        let mut tera = Tera::new();
        tera.register_function("t", move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let key: Cow<str> = kwargs.must_get("key")?;
            let page_lang = state.get::<tera::Value>("lang")?;
            let lang: Cow<str> = match kwargs.get::<Cow<str>>("in_lang")? {
                Some(lang) => lang,
                None => Cow::Borrowed(page_lang.as_ref().and_then(|lang| lang.as_str()).unwrap_or_default()),
            };
            let args: Vec<(String, ArgValue)> = kwargs
                .iter()
                .filter_map(|(name, value)| {
                    let name = name.as_str()?;
                    if name == "key" || name == "in_lang" {
                        return None;
                    }
                    let value = match value.as_f64().or_else(|| value.as_i64().map(|n| n as f64)) {
                        Some(number) if !value.is_string() => ArgValue::Number(number),
                        _ => ArgValue::Text(value.as_str().map_or_else(|| value.to_string(), str::to_owned)),
                    };
                    Some((name.to_owned(), value))
                })
                .collect();
            // Without arguments, the translator formats a string once per language.
            let args = (!args.is_empty()).then(|| i18n::args_from(args));
            Ok(translator.text(&lang, &key, args.as_ref()))
        });
        let before = diagnostics.error_count();
        let sources: Vec<(String, SourceText)> = theme.templates.clone();
        if let Err(error) = tera.add_raw_templates(sources.iter().map(|(name, source)| (name.as_str(), &*source.text)))
        {
            // tera stops at the first broken template: read each alone to report them all.
            let alone: Vec<Diagnostic> = sources
                .iter()
                .filter_map(|(name, source)| {
                    let error = Tera::new().add_raw_template(name, &source.text).err()?;
                    matches!(error.kind(), tera::ErrorKind::SyntaxError(_)).then(|| template_error(&error, &sources))
                })
                .collect();
            if alone.is_empty() {
                diagnostics.push(template_error(&error, &sources));
            } else {
                diagnostics.extend(alone);
            }
        }
        for required in REQUIRED {
            if !sources.iter().any(|(name, _)| name == required) {
                diagnostics.push(
                    Diagnostic::error(format!("the theme has no template `{required}`"))
                        .in_path(crate::theme::THEMES_DIR)
                        .hint("copy it from the default theme and adapt it"),
                );
            }
        }
        (diagnostics.error_count() == before).then_some(Templates { tera, sources })
    }

    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        self.tera.render(name, context).map_err(|error| template_error(&error, &self.sources))
    }
}

/// A tera error as a diagnostic pointing into the template.
fn template_error(error: &tera::Error, sources: &[(String, SourceText)]) -> Diagnostic {
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => Some(report),
        _ => None,
    };
    let Some(report) = report else {
        // Errors between templates (a circular include, say) name them in their message:
        // point at the first one named.
        let message = format!("a template of the theme has a problem: {error}");
        let text = error.to_string();
        let named = sources.iter().filter_map(|(name, source)| {
            let at = ['\'', '"', '`'].iter().filter_map(|q| text.find(&format!("{q}{name}{q}"))).min()?;
            Some((at, name, source))
        });
        return match named.min_by_key(|(at, _, _)| *at) {
            Some((_, name, source)) => {
                let at = source.text.find(name.as_str()).unwrap_or(0);
                Diagnostic::error(message).at(source, at..at + if at == 0 { 0 } else { name.len() })
            }
            None => Diagnostic::error(message).in_path(crate::theme::THEMES_DIR),
        };
    };
    let message = format!("template error: {}", report.message());
    match sources.iter().find(|(name, _)| name == report.filename()) {
        Some((_, source)) => Diagnostic::error(message).at(source, report.span().range.clone()),
        None => Diagnostic::error(message).in_path(report.filename()),
    }
}
