//! The browser's copy of a language index, read from tantivy through its API:
//!
//! - `search/<lang>/s<N>.js`: shard N of the term dictionary. Every term with its postings
//!   per field: document numbers and tantivy's BM25 score (boost included) as a 32-bit float.
//!   A term's shard comes from its first character (CJK) or first two characters, so a
//!   prefix search needs one shard.
//! - `search/<lang>/d<N>.js`: documents N×CHUNK… : URL, title, section, excerpt, language.
//!
//! Each piece is a script calling `HS(kind, number, data)`, so it loads over http(s) and from
//! file:// alike; all of it compresses well.

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::query::{EnableScoring, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, Term, TERMINATED};

use super::analyzer::{is_cjk, Analyzer};
use super::{SearchDoc, SearchMeta, SearchSchema, FIELDS, SEARCH_DIR};
use crate::render::OutputFile;

/// Documents per `d<N>.js` piece.
pub const CHUNK: usize = 100;
/// Raw bytes a shard aims at (before compression).
const SHARD_TARGET_BYTES: usize = 12_000;

/// Postings of one term: `(field, [(doc, score)])`, fields in order.
pub type Postings = Vec<(usize, Vec<(u32, f32)>)>;

/// Every term of the index with its scored postings, in term order.
pub fn scored_terms(searcher: &Searcher, schema: &SearchSchema) -> tantivy::Result<BTreeMap<String, Postings>> {
    let mut terms: BTreeMap<String, Postings> = BTreeMap::new();
    for (field_index, &field) in schema.fields.iter().enumerate() {
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                let Ok(text) = std::str::from_utf8(stream.key()) else { continue };
                let postings = term_scores(searcher, field, field_index, text)?;
                terms.entry(text.to_owned()).or_default().push((field_index, postings));
            }
        }
    }
    Ok(terms)
}

/// tantivy's score of `text` in `field` for every document that has it, boost included.
pub fn term_scores(
    searcher: &Searcher,
    field: tantivy::schema::Field,
    field_index: usize,
    text: &str,
) -> tantivy::Result<Vec<(u32, f32)>> {
    let query = TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs);
    let weight = query.weight(EnableScoring::enabled_from_searcher(searcher))?;
    let mut postings = Vec::new();
    for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
        let mut scorer = weight.scorer(segment, FIELDS[field_index].1)?;
        let base = searcher.segment_readers()[..segment_ord].iter().map(|s| s.max_doc()).sum::<u32>();
        while scorer.doc() != TERMINATED {
            postings.push((base + scorer.doc(), scorer.score()));
            scorer.advance();
        }
    }
    Ok(postings)
}

/// The key a term is sharded by: its first character if CJK, else its first two.
pub fn shard_key(term: &str) -> String {
    let mut chars = term.chars();
    match chars.next() {
        Some(first) if is_cjk(first) => first.to_string(),
        Some(first) => std::iter::once(first).chain(chars.next()).collect(),
        None => String::new(),
    }
}

/// FNV-1a over code points, as search.js computes it.
pub fn shard_of(key: &str, shards: u32) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for c in key.chars() {
        hash ^= c as u32;
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % shards
}

#[derive(Serialize)]
struct DocOut<'a>(&'a str, &'a str, &'a str, &'a str, &'a str);

pub fn export(
    lang: &str,
    searcher: &Searcher,
    schema: &SearchSchema,
    docs: &[SearchDoc],
) -> tantivy::Result<(Vec<OutputFile>, SearchMeta)> {
    let terms = scored_terms(searcher, schema)?;
    let encoded: Vec<(String, String)> =
        terms.iter().map(|(term, postings)| (term.clone(), encode_term(term, postings))).collect();
    let total: usize = encoded.iter().map(|(_, text)| text.len()).sum();
    let shards = (total / SHARD_TARGET_BYTES).max(1).next_power_of_two().min(1024) as u32;
    let mut pieces: Vec<Vec<&str>> = vec![Vec::new(); shards as usize];
    for (term, text) in &encoded {
        pieces[shard_of(&shard_key(term), shards) as usize].push(text);
    }
    let folder = format!("{SEARCH_DIR}/{lang}");
    let mut files: Vec<OutputFile> = pieces
        .iter()
        .enumerate()
        .map(|(n, items)| OutputFile {
            path: format!("{folder}/s{n}.js"),
            bytes: format!("HS(0,{n},[{}]);\n", items.join(",")).into_bytes(),
        })
        .collect();
    for (n, chunk) in docs.chunks(CHUNK).enumerate() {
        let rows: Vec<DocOut> = chunk
            .iter()
            .map(|d| DocOut(&d.url, &d.title, &d.section, &d.excerpt, d.lang.as_deref().unwrap_or("")))
            .collect();
        let json = serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_owned());
        files.push(OutputFile {
            path: format!("{folder}/d{n}.js"),
            bytes: format!("HS(1,{n},{});\n", script_safe(&json)).into_bytes(),
        });
    }
    let meta = SearchMeta {
        lang: lang.to_owned(),
        shards,
        chunk: CHUNK,
        docs: docs.len(),
        stems: Analyzer::for_language(lang).stems(),
    };
    Ok((files, meta))
}

/// `["term",[field,[doc,score,doc,score…]],…]`.
fn encode_term(term: &str, postings: &Postings) -> String {
    use std::fmt::Write;
    let mut out = format!("[{}", script_safe(&serde_json::to_string(term).unwrap_or_default()));
    // Written in place: a language's index has hundreds of thousands of postings.
    for (field, list) in postings {
        let _ = write!(out, ",{field},[");
        for (index, (doc, score)) in list.iter().enumerate() {
            let _ = write!(out, "{}{doc},{score}", if index == 0 { "" } else { "," });
        }
        out.push(']');
    }
    out.push(']');
    out
}

/// JSON that cannot end the script it is in.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_keys() {
        assert_eq!(shard_key("欠薪"), "欠");
        assert_eq!(shard_key("wage"), "wa");
        assert_eq!(shard_key("x"), "x");
        assert_eq!(shard_of("wa", 1), 0);
        assert!(shard_of("欠", 64) < 64);
    }
}
