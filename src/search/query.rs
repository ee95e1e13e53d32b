//! `handbook search`: a query against the tantivy index of the last build, scored the way
//! the browser scores it (see the module documentation of [`crate::search`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::schema::Value;
use tantivy::{Index, TantivyDocument};

use super::analyzer::{Analyzer, QueryGroup};
use super::export::term_scores;
use super::{register_tokenizer, FIELDS};

#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    pub url: String,
    pub title: String,
    pub score: f32,
}

/// The folder of the tantivy indexes that a build into `out` leaves beside it.
pub fn index_dir(out: &Path) -> PathBuf {
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".to_owned());
    out.parent().unwrap_or(Path::new(".")).join(format!(".{name}.search-index"))
}

pub fn search(out: &Path, lang: &str, text: &str, limit: usize) -> Result<Vec<Hit>, String> {
    let dir = index_dir(out).join(lang);
    let built: Vec<String> = std::fs::read_dir(index_dir(out))
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    if !built.is_empty() && !built.iter().any(|l| l == lang) {
        let mut built = built;
        built.sort();
        return Err(format!("`{lang}` is not one of the site's languages: {}", built.join(", ")));
    }
    if !dir.join("meta.json").is_file() {
        return Err(format!(
            "there is no search index for `{lang}` beside {}: run `handbook build` first (with the same --out)",
            out.display()
        ));
    }
    let index = Index::open_in_dir(&dir).map_err(|e| format!("cannot open the search index {}: {e}", dir.display()))?;
    register_tokenizer(&index, lang);
    let schema = index.schema();
    let fields: Vec<_> =
        FIELDS.iter().map(|(name, _)| schema.get_field(name)).collect::<Result<_, _>>().map_err(|e| e.to_string())?;
    let (url_field, title_field) = (
        schema.get_field("url").map_err(|e| e.to_string())?,
        schema.get_field("title_stored").map_err(|e| e.to_string())?,
    );
    let searcher = index.reader().map_err(|e| e.to_string())?.searcher();
    let groups = Analyzer::for_language(lang).query(text);
    let mut total: Option<HashMap<u32, f32>> = None;
    for group in &groups {
        let mut scores: HashMap<u32, f32> = HashMap::new();
        for (field_index, term) in candidates(&searcher, &fields, group).map_err(|e| e.to_string())? {
            for (doc, score) in
                term_scores(&searcher, fields[field_index], field_index, &term).map_err(|e| e.to_string())?
            {
                *scores.entry(doc).or_insert(0.0) += score;
            }
        }
        total = Some(match total {
            None => scores,
            Some(previous) => {
                previous.into_iter().filter_map(|(doc, score)| scores.get(&doc).map(|g| (doc, score + g))).collect()
            }
        });
    }
    let mut ranked: Vec<(u32, f32)> = total.unwrap_or_default().into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(limit);
    let segment_max = searcher.segment_readers().first().map_or(0, |s| s.max_doc());
    ranked
        .into_iter()
        .filter(|(doc, _)| *doc < segment_max)
        .map(|(doc, score)| {
            let stored: TantivyDocument = searcher.doc(tantivy::DocAddress::new(0, doc)).map_err(|e| e.to_string())?;
            let text = |field| stored.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
            Ok(Hit { url: text(url_field), title: text(title_field), score })
        })
        .collect()
}

/// The (field, term) pairs a group matches, in field then term order.
fn candidates(
    searcher: &tantivy::Searcher,
    fields: &[tantivy::schema::Field],
    group: &QueryGroup,
) -> tantivy::Result<Vec<(usize, String)>> {
    let mut found = Vec::new();
    let Some(segment) = searcher.segment_readers().first() else { return Ok(found) };
    for (field_index, &field) in fields.iter().enumerate() {
        let inverted = segment.inverted_index(field)?;
        if let Some(exact) = &group.exact {
            if inverted.terms().get(exact.as_bytes())?.is_some() {
                found.push((field_index, exact.clone()));
            }
        }
        if let Some(prefix) = &group.prefix {
            let mut stream = inverted.terms().range().ge(prefix.as_bytes()).into_stream()?;
            while stream.advance() {
                if !stream.key().starts_with(prefix.as_bytes()) {
                    break;
                }
                if let Ok(term) = std::str::from_utf8(stream.key()) {
                    found.push((field_index, term.to_owned()));
                }
            }
        }
    }
    found.sort_by(|a, b| (a.0, a.1.as_bytes()).cmp(&(b.0, b.1.as_bytes())));
    found.dedup();
    Ok(found)
}
