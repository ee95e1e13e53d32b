//! YAML with located, collected errors.
//!
//! serde stops at the first error of a document. Editors should see every mistake at once, so a
//! block-style document is split into its top-level entries (`key: …` lines at column 0, or
//! `- …` items), each entry is deserialised on its own, and every failure is reported with the
//! line and column in the editor's file.

use std::ops::Range;

use serde::de::DeserializeOwned;

use crate::diagnostics::{suggest, Diagnostic, SourceText};

/// One top-level entry of a block-style YAML document.
#[derive(Debug, Clone)]
pub struct Entry {
    /// For a mapping entry, its key; empty for a sequence item.
    pub key: String,
    /// The entry's bytes in the source file (from its first line to the next entry).
    pub span: Range<usize>,
    /// The key's bytes (or the `-` of a sequence item).
    pub key_span: Range<usize>,
}

/// The entries of a document, each deserialised on its own.
pub struct Entries<T> {
    pub parsed: Vec<(Entry, T)>,
    /// Entries that failed, read again without their faulty keys (by
    /// [`Document::deserialize_entries_checked`]): for checks that need the rest of an entry,
    /// so that its other mistakes are found too. Not to be used as good data.
    pub salvaged: Vec<(Entry, T)>,
    /// Keys of the entries that could not be read (already reported in `errors`).
    pub failed: Vec<String>,
    pub errors: Vec<Diagnostic>,
}

/// A key of a mapping type, for checking an entry key by key (see
/// [`Document::deserialize_entries_checked`]).
pub struct Field {
    pub name: &'static str,
    pub required: bool,
    /// Whether the key's value, given as its `key: value` text, is of the key's type:
    /// `check::<T>`.
    pub check: fn(&str) -> Result<(), serde_yaml::Error>,
}

/// Checks that the value in `key: value` text deserialises as `T`; errors are located in the
/// text.
pub fn check<T: DeserializeOwned>(key_and_value: &str) -> Result<(), serde_yaml::Error> {
    serde_yaml::from_str::<std::collections::BTreeMap<String, T>>(key_and_value).map(drop)
}

/// Phone numbers must be written in quotes: unquoted, YAML reads `0755 1234` as text but
/// `12333` as a number and `+8612333` as a number without its `+`.
pub fn phone_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    match <serde_yaml::Value as serde::Deserialize>::deserialize(deserializer)? {
        serde_yaml::Value::String(text) => Ok(text),
        other => Err(serde::de::Error::custom(format!(
            "phone numbers must be in quotes, e.g. \"{}\"",
            serde_yaml::to_string(&other).unwrap_or_default().trim()
        ))),
    }
}

/// Deeper than this, a document is refused before parsing: the parser's own limit (128) comes
/// only after work that grows with the square of the depth.
const MAX_DEPTH: usize = 64;

/// Where flow brackets (`[`, `{`) outside quotes first nest deeper than [`MAX_DEPTH`].
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), '\n') => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if previous.is_whitespace() || "[{,:".contains(previous) => quote = Some(c),
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(at);
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous = c;
    }
    None
}

/// One top-level entry of a parsed document, shaped as the entry's own text would parse:
/// `{key: value}` for a mapping, `[item]` for the `index`-th item of a sequence.
fn entry_of(whole: &serde_yaml::Value, entry: &Entry, index: usize) -> Option<serde_yaml::Value> {
    match whole {
        serde_yaml::Value::Mapping(mapping) => {
            let value = mapping.get(entry.key.as_str())?;
            let mut one = serde_yaml::Mapping::new();
            one.insert(entry.key.clone().into(), value.clone());
            Some(serde_yaml::Value::Mapping(one))
        }
        serde_yaml::Value::Sequence(items) => Some(serde_yaml::Value::Sequence(vec![items.get(index)?.clone()])),
        _ => None,
    }
}

const WRITTEN_TWICE: &str = "is written twice";

/// Whether a diagnostic is about a key written twice, which spoils only its own entry.
pub fn is_written_twice(diagnostic: &Diagnostic) -> bool {
    diagnostic.message.ends_with(WRITTEN_TWICE)
}

/// Where a YAML document sits in its file.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    pub source: &'a SourceText,
    pub range: (usize, usize),
}

impl<'a> Document<'a> {
    pub fn whole(source: &'a SourceText) -> Self {
        Document { source, range: (0, source.text.len()) }
    }

    pub fn text(&self) -> &'a str {
        &self.source.text[self.range.0..self.range.1]
    }

    /// Parses the document into a generic value: catches syntax errors and duplicate keys.
    /// Every reading of a document starts here.
    pub fn parse_value(&self) -> Result<serde_yaml::Value, Diagnostic> {
        if let Some(at) = too_deep(self.text()) {
            let start = self.range.0 + at;
            let end =
                self.source.text[start..].char_indices().nth(40).map_or(self.source.text.len(), |(i, _)| start + i);
            return Err(Diagnostic::error(format!("this YAML is nested more than {MAX_DEPTH} levels deep"))
                .at(self.source, start..end.min(line_end(&self.source.text, start)))
                .hint("nothing in a handbook needs lists or maps inside each other this deep: check the brackets"));
        }
        serde_yaml::from_str(self.text()).map_err(|error| self.error_at(&error, 0, "this YAML is not valid"))
    }

    /// Deserialises the whole document.
    pub fn deserialize<T: DeserializeOwned>(&self) -> Result<T, Diagnostic> {
        serde_yaml::from_str(self.text()).map_err(|error| self.error_at(&error, 0, ""))
    }

    /// Deserialises each top-level entry on its own, reporting every entry that fails.
    /// `T` is deserialised from the entry's own text (`key: value` or `- item`).
    pub fn deserialize_entries<T: DeserializeOwned>(&self) -> Entries<T> {
        let mut parsed = Vec::new();
        let mut failed = Vec::new();
        let mut errors = Vec::new();
        let mut whole: Option<Option<serde_yaml::Value>> = None;
        for (index, entry) in top_level_entries(self.text(), self.range.0).into_iter().enumerate() {
            let relative = (entry.span.start - self.range.0)..(entry.span.end - self.range.0);
            let text = &self.text()[relative.clone()];
            match serde_yaml::from_str::<T>(text) {
                Ok(value) => parsed.push((entry, value)),
                // An alias to an anchor in an earlier entry: read the entry from the whole
                // document, where the alias resolves.
                Err(error) if error.to_string().starts_with("unknown anchor") => {
                    let whole = whole.get_or_insert_with(|| serde_yaml::from_str(self.text()).ok());
                    match whole
                        .as_ref()
                        .and_then(|whole| entry_of(whole, &entry, index))
                        .map(serde_yaml::from_value::<T>)
                    {
                        Some(Ok(value)) => parsed.push((entry, value)),
                        _ => {
                            errors.push(self.entry_error(&entry, &error, relative.start));
                            failed.push(entry.key);
                        }
                    }
                }
                Err(error) => {
                    errors.push(self.entry_error(&entry, &error, relative.start));
                    failed.push(entry.key);
                }
            }
        }
        Entries { parsed, salvaged: Vec::new(), failed, errors }
    }

    /// Like [`Self::deserialize_entries`], but an entry that fails is checked key by key
    /// against `fields`, so that every mistake in it is reported, not only serde's first.
    /// The entry is a mapping, or a sequence item holding one.
    pub fn deserialize_entries_checked<T: DeserializeOwned>(&self, fields: &[Field]) -> Entries<T> {
        let mut read = self.deserialize_entries::<T>();
        if read.errors.is_empty() {
            return read;
        }
        let mut errors = Vec::new();
        let entries = top_level_entries(self.text(), self.range.0);
        for error in read.errors {
            let entry =
                entries.iter().find(|entry| error.span.as_ref().is_some_and(|span| entry.span.contains(&span.start)));
            let (found, rest) = entry.map(|entry| self.field_errors(entry, fields)).unwrap_or_default();
            if found.is_empty() {
                errors.push(error);
            } else {
                errors.extend(found);
            }
            if let (Some(entry), Some(rest)) = (entry, rest) {
                if let Ok(value) = serde_yaml::from_value::<T>(rest) {
                    read.salvaged.push((entry.clone(), value));
                }
            }
        }
        read.errors = errors;
        read
    }

    /// Every unknown key, missing key and value of the wrong type in one entry, and the entry
    /// without its unknown and faulty keys.
    fn field_errors(&self, entry: &Entry, fields: &[Field]) -> (Vec<Diagnostic>, Option<serde_yaml::Value>) {
        let mut value = match serde_yaml::from_str::<serde_yaml::Value>(&self.source.text[entry.span.clone()]) {
            Ok(value) => value,
            // Not even valid YAML (a key written twice, say): that is the one thing to fix.
            Err(error) => return (vec![self.error_at(&error, entry.span.start - self.range.0, "")], None),
        };
        let mapping = match &value {
            serde_yaml::Value::Sequence(items) if items.len() == 1 => items[0].as_mapping(),
            other => other.as_mapping(),
        };
        let Some(mapping) = mapping else { return (Vec::new(), None) };
        let mut faulty: Vec<serde_yaml::Value> = Vec::new();
        let names: Vec<&str> = fields.iter().map(|field| field.name).collect();
        // Each key's text runs to the line of the next key.
        let mut starts: Vec<usize> =
            mapping.keys().filter_map(|key| key.as_str()).map(|key| self.key_in_entry(entry, key).start).collect();
        starts.sort_unstable();
        let text_of = |at: usize| {
            let next = starts.iter().find(|&&start| start > at).map_or(entry.span.end, |&start| {
                self.source.text[..start].rfind('\n').map_or(start, |newline| newline + 1)
            });
            at..next.max(at)
        };
        let mut errors = Vec::new();
        for (key, _) in mapping {
            let Some(key) = key.as_str() else { continue };
            match fields.iter().find(|field| field.name == key) {
                None => {
                    let mut diagnostic = Diagnostic::error(format!("unknown key `{key}`"))
                        .at(self.source, self.key_in_entry(entry, key))
                        .label("not a key here");
                    if let Some(close) = suggest(key, names.iter().copied()) {
                        diagnostic = diagnostic.hint(format!("did you mean `{close}`?"));
                    }
                    errors.push(diagnostic.hint(format!("the keys allowed here are: {}", names.join(", "))));
                    faulty.push(key.into());
                }
                Some(field) => {
                    let range = text_of(self.key_in_entry(entry, key).start);
                    if let Err(error) = (field.check)(&self.source.text[range.clone()]) {
                        errors.push(self.error_at(&error, range.start - self.range.0, ""));
                        faulty.push(key.into());
                    }
                }
            }
        }
        // Missing keys are marked at the entry's first key, after any `- `.
        let text = &self.source.text;
        let first = entry.key_span.start
            + text[entry.key_span.start..].find(|c: char| c != '-' && !c.is_whitespace()).unwrap_or(0);
        for field in fields.iter().filter(|field| field.required) {
            if !mapping.contains_key(field.name) {
                errors.push(
                    Diagnostic::error(format!("the required key `{}` is missing", field.name))
                        .at(self.source, first..line_end(text, first)),
                );
            }
        }
        let rest = match &mut value {
            serde_yaml::Value::Sequence(items) if items.len() == 1 => items[0].as_mapping_mut(),
            other => other.as_mapping_mut(),
        };
        if let Some(rest) = rest {
            for key in &faulty {
                rest.remove(key);
            }
        }
        (errors, Some(value))
    }

    fn entry_error(&self, entry: &Entry, error: &serde_yaml::Error, offset: usize) -> Diagnostic {
        let message = error_message(error);
        if let Some(unknown) = unknown_field(&message) {
            let expected = expected_fields(&message);
            let mut diagnostic = Diagnostic::error(format!("unknown key `{unknown}`"))
                .at(self.source, self.key_in_entry(entry, &unknown))
                .label("not a key here");
            if let Some(close) = suggest(&unknown, expected.iter().map(String::as_str)) {
                diagnostic = diagnostic.hint(format!("did you mean `{close}`?"));
            }
            if !expected.is_empty() {
                diagnostic = diagnostic.hint(format!("the keys allowed here are: {}", expected.join(", ")));
            }
            return diagnostic;
        }
        self.error_at(error, offset, "")
    }

    /// Where `key:` is written inside an entry (nested keys are not at the entry's start).
    fn key_in_entry(&self, entry: &Entry, key: &str) -> Range<usize> {
        let text = &self.source.text[entry.span.clone()];
        let pattern = format!("{key}:");
        let found = text.match_indices(&pattern).find(|(start, _)| {
            *start == 0 || text[..*start].ends_with(|c: char| c.is_whitespace() || c == '{' || c == ',' || c == '-')
        });
        match found {
            Some((start, _)) => entry.span.start + start..entry.span.start + start + key.len(),
            None => entry.key_span.clone(),
        }
    }

    /// A diagnostic for a serde_yaml error inside the document, `offset` bytes from its start.
    pub fn error_at(&self, error: &serde_yaml::Error, offset: usize, fallback_label: &str) -> Diagnostic {
        let message = error_message(error);
        if let Some(diagnostic) = self.duplicate_key(&message, error, offset) {
            return diagnostic;
        }
        let start = match error.location() {
            Some(location) => {
                let sub = SourceText::new("", &self.text()[offset..]);
                self.range.0 + offset + sub.offset_of(location.line(), location.column())
            }
            None => self.range.0 + offset,
        };
        let start =
            if message.contains("unexpected end of stream") { self.unclosed_quote().unwrap_or(start) } else { start };
        let end = line_end(&self.source.text, start);
        let mut diagnostic = Diagnostic::error(plain_message(&message)).at(self.source, start..end);
        if !fallback_label.is_empty() {
            diagnostic = diagnostic.label(fallback_label);
        }
        if message.contains("tab character")
            || (message.contains("cannot start any token") && self.text().contains('\t'))
        {
            diagnostic = diagnostic.hint("YAML does not allow tabs for indentation: use spaces");
        }
        if message.contains("unexpected end of stream") {
            diagnostic = diagnostic.hint("a quote (\" or ') seems to be opened and never closed");
        }
        if message.contains("mapping values are not allowed") {
            diagnostic =
                diagnostic.hint("a value that contains `: ` must be put in quotes, e.g. title: \"Step 1: sign\"");
        }
        diagnostic
    }
}

impl Document<'_> {
    /// serde_yaml points a duplicate key at the start of its mapping: point at the second
    /// time it is written instead, and name the first. Only for block mappings, whose keys
    /// all start in the column of the first.
    fn duplicate_key(&self, message: &str, error: &serde_yaml::Error, offset: usize) -> Option<Diagnostic> {
        const DUPLICATE: &str = "duplicate entry with key \"";
        let key = message[message.find(DUPLICATE)? + DUPLICATE.len()..].split('"').next()?;
        let location = error.location()?;
        let column = location.column().checked_sub(1)?;
        let text = &self.text()[offset..];
        let sub = SourceText::new("", text);
        let mapping_line = sub.offset_of(location.line(), 1);
        let mut found = Vec::new();
        let mut at = mapping_line;
        for line in text[mapping_line..].split_inclusive('\n') {
            let indent = line.len() - line.trim_start_matches([' ', '-']).len();
            let blank = line.trim().is_empty() || line.trim_start().starts_with('#');
            if !blank && indent < column && at != mapping_line {
                break;
            }
            let written = &line[indent.min(line.len())..];
            let bare = written.strip_prefix(key).or_else(|| written.strip_prefix(&format!("\"{key}\"")));
            if indent == column && bare.is_some_and(|rest| rest.trim_start().starts_with(':')) {
                let start = self.range.0 + offset + at + indent;
                found.push(start..start + written.find(':').unwrap_or(key.len()));
            }
            at += line.len();
        }
        let [first, second, ..] = found.as_slice() else { return None };
        let (line, column) = self.source.line_col(first.start);
        Some(
            Diagnostic::error(format!("the key `{key}` {WRITTEN_TWICE}"))
                .at(self.source, second.clone())
                .label("second time")
                .hint(format!("it is first written at {}:{line}:{column}; keep one of the two", self.source.path)),
        )
    }

    /// The first line with an odd number of double quotes, or a single-quoted value that does
    /// not close: where an unclosed quote most likely is.
    fn unclosed_quote(&self) -> Option<usize> {
        let mut offset = self.range.0;
        for line in self.text().split_inclusive('\n') {
            let value = line.split_once(": ").map_or("", |(_, value)| value).trim();
            let odd_double = line.matches('"').count() % 2 == 1;
            let open_single = value.starts_with('\'') && !(value.len() > 1 && value.ends_with('\''));
            if odd_double || open_single {
                return Some(offset + line.find(['"', '\'']).unwrap_or(0));
            }
            offset += line.len();
        }
        None
    }
}

/// Splits a block-style document into its top-level entries. Lines at column 0 that are not
/// comments, blank, or document markers start a new entry.
pub fn top_level_entries(text: &str, base: usize) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let starts_entry = line.chars().next().is_some_and(|c| !c.is_whitespace() && c != '#')
            && !line.starts_with("---")
            && !line.starts_with("...");
        if starts_entry {
            if let Some(last) = entries.last_mut() {
                last.span.end = base + offset;
            }
            let (key, key_len) = entry_key(line);
            entries.push(Entry {
                key,
                span: base + offset..base + text.len(),
                key_span: base + offset..base + offset + key_len,
            });
        }
        offset += line.len();
    }
    entries
}

fn entry_key(line: &str) -> (String, usize) {
    let line = line.trim_end();
    if line.starts_with('-') {
        return (String::new(), 1);
    }
    let key_text = match line.find(": ").or_else(|| line.strip_suffix(':').map(str::len)) {
        Some(end) => &line[..end],
        None => line,
    };
    let key = key_text.trim().trim_matches(|c| c == '"' || c == '\'').to_owned();
    (key, key_text.len().max(1))
}

fn line_end(text: &str, start: usize) -> usize {
    let start = start.min(text.len());
    text[start..].find('\n').map_or(text.len(), |i| start + i).max(start)
}

/// serde_yaml's message without its own " at line L column C" (the diagnostic shows that).
fn error_message(error: &serde_yaml::Error) -> String {
    let message = error.to_string();
    match message.find(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message,
    }
}

/// Rewords serde's messages for people who are not programmers.
fn plain_message(message: &str) -> String {
    let message = message.trim_start_matches(": ");
    // serde_yaml puts the path first (`.[0].phones: …`, `weight: …`); the location says it.
    let message = match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.is_empty() => rest,
        _ => message,
    };
    if let Some((_, rest)) = message.split_once("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("expected {}, found {}", describe_expected(expected), found);
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("the required key {field} is missing");
    }
    message.to_owned()
}

fn describe_expected(expected: &str) -> &str {
    match expected {
        "i64" | "u32" | "u64" | "i32" | "usize" => "a whole number",
        "a boolean" => "true or false",
        "a string" => "text",
        _ => expected,
    }
}

fn unknown_field(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    Some(rest.split('`').next()?.to_owned())
}

fn expected_fields(message: &str) -> Vec<String> {
    let Some(list) = message.split("expected one of ").nth(1).or_else(|| message.split("expected ").nth(1)) else {
        return Vec::new();
    };
    list.split(", ").map(|field| field.trim_matches('`').to_owned()).filter(|f| !f.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_mapping_and_sequence_entries() {
        let text = "title: a\n# comment\nlist:\n  - x\n\"quoted\": 1\n";
        let entries = top_level_entries(text, 0);
        let keys: Vec<_> = entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["title", "list", "quoted"]);
        assert_eq!(&text[entries[1].span.clone()], "list:\n  - x\n");
        let items = top_level_entries("- a: 1\n  b: 2\n- a: 3\n", 10);
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].span, 24..31);
    }
}
