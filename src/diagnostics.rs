//! Diagnostics: every problem a build finds, located in the editor's files and reported all
//! at once. Stages push into a [`Diagnostics`] collection instead of returning early, so one
//! run shows every mistake. Rendering is done by `codespan-reporting`.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The text of a file as the editor wrote it (BOM removed, line endings normalised), shared
/// between the stage that read it and the diagnostics that point into it.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path relative to the site root, with `/` separators: what editors see in messages.
    pub path: String,
    pub text: Arc<str>,
}

impl SourceText {
    pub fn new(path: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        SourceText { path: path.into(), text: text.into() }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    /// Byte offset of a 1-based line and column (in characters).
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let mut offset = 0;
        for (index, text_line) in self.text.split_inclusive('\n').enumerate() {
            if index + 1 == line {
                let within: usize = text_line.chars().take(column.saturating_sub(1)).map(char::len_utf8).sum();
                return offset + within;
            }
            offset += text_line.len();
        }
        self.text.len()
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One problem, in plain words, with where it is and how to fix it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// The file it is in, when it is in a file.
    pub source: Option<SourceText>,
    /// The bytes of `source` it is about; `None` for a problem with the file as a whole.
    pub span: Option<Range<usize>>,
    /// A short note under the marked text.
    pub label: String,
    /// How to fix it.
    pub hints: Vec<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            source: None,
            span: None,
            label: String::new(),
            hints: Vec::new(),
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(message) }
    }

    /// Points at `span` in `source`.
    pub fn at(mut self, source: &SourceText, span: Range<usize>) -> Self {
        let len = source.text.len();
        let start = floor_char_boundary(&source.text, span.start.min(len));
        let end = floor_char_boundary(&source.text, span.end.clamp(start, len));
        self.source = Some(source.clone());
        self.span = Some(start..end);
        self
    }

    /// Names a file without pointing into it.
    pub fn in_file(mut self, source: &SourceText) -> Self {
        self.source = Some(source.clone());
        self.span = None;
        self
    }

    /// Names a file that has no readable text (not UTF-8, unreadable, a folder).
    pub fn in_path(self, path: impl Into<String>) -> Self {
        self.in_file(&SourceText::new(path, ""))
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn path(&self) -> Option<&str> {
        self.source.as_ref().map(|source| source.path.as_str())
    }

    /// 1-based line and column, when the diagnostic points into a file.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let source = self.source.as_ref()?;
        let span = self.span.as_ref()?;
        Some(source.line_col(span.start))
    }

    fn sort_key(&self) -> (String, usize, usize, Severity, String) {
        let (line, column) = self.line_col().unwrap_or((0, 0));
        let path = self.path().unwrap_or("").to_owned();
        (path, line, column, self.severity, self.message.clone())
    }
}

/// "Did you mean …?" for a name that is close to one of the known names.
pub fn suggest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let lower = name.to_lowercase();
    known
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(&lower, &candidate.to_lowercase()), candidate))
        .filter(|(distance, candidate)| {
            let candidate = candidate.to_lowercase();
            // Close in spelling, or one is the start of the other (`zh` for `zh-Hans`).
            *distance <= (candidate.chars().count() / 3).max(1)
                || (lower.len() >= 2
                    && (candidate.starts_with(&format!("{lower}-")) || lower.starts_with(&format!("{candidate}-"))))
        })
        .min()
        .map(|(_, candidate)| candidate.to_owned())
}

/// The problems found so far. Stages add to it and go on; the orchestrator decides whether the
/// build can continue.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(diagnostics);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// Sorted by file, line and column, without repeats, so output is stable.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by_cached_key(Diagnostic::sort_key);
        self.items.dedup_by(|a, b| a.sort_key() == b.sort_key());
        self.items
    }
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Colours when writing to a terminal.
    Auto,
    Plain,
}

/// Writes diagnostics for people: file:line:column, the source line, the message and hints.
/// Lines longer than this (in bytes) are not printed under a message.
const LONGEST_SHOWN_LINE: usize = 500;

/// The length in bytes of the line holding `at`.
fn line_length(source: &SourceText, at: usize) -> usize {
    let at = floor_char_boundary(&source.text, at.min(source.text.len()));
    let start = source.text[..at].rfind('\n').map_or(0, |i| i + 1);
    source.text[start..].find('\n').unwrap_or(source.text.len() - start)
}

pub fn render_human(diagnostics: &[Diagnostic], style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    let color = match style {
        Style::Auto if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() => {
            termcolor::ColorChoice::Auto
        }
        _ => termcolor::ColorChoice::Never,
    };
    let mut writer = termcolor::Buffer::no_color();
    if color != termcolor::ColorChoice::Never {
        writer = termcolor::Buffer::ansi();
    }
    let config = term::Config::default();
    let mut files = SimpleFiles::new();
    let mut file_ids: BTreeMap<String, usize> = BTreeMap::new();
    for diagnostic in diagnostics {
        let mut rendered = CsDiagnostic::new(match diagnostic.severity {
            Severity::Error => CsSeverity::Error,
            Severity::Warning => CsSeverity::Warning,
        });
        let mut message = diagnostic.message.clone();
        match (&diagnostic.source, &diagnostic.span) {
            // A line of a whole file's length (minified or generated text) is not printed.
            (Some(source), Some(span)) if line_length(source, span.start) > LONGEST_SHOWN_LINE => {
                let (line, column) = source.line_col(span.start);
                message = format!("{}:{line}:{column}: {message}", source.path);
            }
            (Some(source), Some(span)) => {
                let id = *file_ids
                    .entry(source.path.clone())
                    .or_insert_with(|| files.add(source.path.clone(), source.text.clone()));
                rendered = rendered.with_labels(vec![Label::primary(id, span.clone()).with_message(&diagnostic.label)]);
            }
            _ => {
                if let Some(path) = diagnostic.path() {
                    message = format!("{path}: {message}");
                }
            }
        }
        rendered = rendered
            .with_message(message)
            .with_notes(diagnostic.hints.iter().map(|hint| format!("help: {hint}")).collect());
        if term::emit_to_write_style(&mut writer, &config, &files, &rendered).is_err() {
            writeln!(writer, "{}", diagnostic.message)?;
        }
    }
    out.write_all(writer.as_slice())
}

/// One diagnostic as JSON, for `check --format json` and CI.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    pub severity: Severity,
    pub file: Option<&'a str>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: &'a str,
    pub hints: &'a [String],
}

pub fn to_json(diagnostics: &[Diagnostic]) -> Vec<JsonDiagnostic<'_>> {
    diagnostics
        .iter()
        .map(|d| {
            let (line, column) = d.line_col().unzip();
            JsonDiagnostic { severity: d.severity, file: d.path(), line, column, message: &d.message, hints: &d.hints }
        })
        .collect()
}

/// A path relative to the site root, with `/` separators, as editors see it.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative: PathBuf = path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf());
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let source = SourceText::new("a.md", "ab\n你好x\n");
        assert_eq!(source.line_col(0), (1, 1));
        assert_eq!(source.line_col(3), (2, 1));
        assert_eq!(source.line_col(9), (2, 3));
        assert_eq!(source.offset_of(2, 3), 9);
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(suggest("titel", ["title", "weight"]).as_deref(), Some("title"));
        assert_eq!(suggest("colour", ["title", "weight"]), None);
    }
}
