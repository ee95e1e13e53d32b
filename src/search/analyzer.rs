//! Text analysis for search, shared by the index (through a tantivy tokenizer), the command
//! line and, rule for rule, the browser script (`themes/default/static/search.js`).
//!
//! 1. The text is cut into runs: word runs (letters, digits and marks; an apostrophe between
//!    letters stays in the word) and CJK runs (Han, kana, Hangul), anything else separates.
//! 2. A word is lower-cased, Latin accents are folded (é → e) and stemmed with tantivy's
//!    Snowball stemmer for the language, where it has one (see [`stemmer_for`]); English
//!    words also lose stop words and irregular forms map to their base (paid → pay).
//! 3. A CJK run becomes its overlapping bigrams plus its last character alone, so that every
//!    character starts some term: a one-character query is a prefix search.
//!
//! Any change here must be made in search.js too; `tests/browser/` checks they agree. The
//! browser's stemmers are ports of the same Snowball code, `static/stemmers/<algorithm>.js`,
//! each checked against tantivy's on a word list (`tests/stemmers/`).

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{Language, RawTokenizer, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Words longer than this are not indexed (URLs, base64 and the like).
pub const MAX_WORD_CHARS: usize = 40;

/// Lucene's English stop words.
const ENGLISH_STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
    "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
];

/// Irregular English forms the stemmer cannot relate to their base word.
const ENGLISH_IRREGULAR: &[(&str, &str)] = &[
    ("paid", "pay"),
    ("laid", "lay"),
    ("said", "say"),
    ("hurt", "hurt"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("broke", "break"),
    ("broken", "break"),
    ("got", "get"),
    ("gotten", "get"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("sent", "send"),
    ("spent", "spend"),
    ("lost", "lose"),
    ("kept", "keep"),
    ("told", "tell"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("brought", "bring"),
    ("found", "find"),
    ("held", "hold"),
    ("left", "leave"),
    ("owed", "owe"),
    ("fired", "fire"),
    ("quit", "quit"),
    ("signed", "sign"),
    ("injured", "injure"),
    ("children", "child"),
    ("women", "woman"),
    ("men", "man"),
];

/// A piece of text: a word or a run of CJK characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Lower-cased and folded, not yet stemmed.
    Word(String),
    Cjk(Vec<char>),
}

/// Han, kana and Hangul: the scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x31F0..=0x31FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x2FFFF | 0x30000..=0x323AF)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Cuts text into pieces.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for_each_piece(text, |piece| {
        pieces.push(match piece {
            PieceRef::Word(word) => Piece::Word(word.to_owned()),
            PieceRef::Cjk(run) => Piece::Cjk(run.to_vec()),
        })
    });
    pieces
}

/// A piece as [`for_each_piece`] lends it.
enum PieceRef<'a> {
    Word(&'a str),
    Cjk(&'a [char]),
}

/// Cuts text into pieces and hands each to `each`, without allocating one per word: this is
/// the inner loop of indexing.
fn for_each_piece(text: &str, mut each: impl FnMut(PieceRef<'_>)) {
    let bytes = text.as_bytes();
    let mut lowered = String::new();
    let mut run: Vec<char> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at].is_ascii() && !bytes[at].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else { break };
        if is_cjk(c) {
            run.clear();
            run.extend(text[at..].chars().take_while(|&c| is_cjk(c)));
            at += run.iter().map(|c| c.len_utf8()).sum::<usize>();
            each(PieceRef::Cjk(&run));
        } else if is_word_char(c) {
            let (word, end) = read_word(text, at);
            at = end;
            // Most words are ASCII: lower-cased (if need be) with no accents to fold.
            let word: &str = if !word.is_ascii() {
                lowered = fold(&word.to_lowercase());
                &lowered
            } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
                lowered.clear();
                lowered.push_str(&word);
                lowered.make_ascii_lowercase();
                &lowered
            } else {
                &word
            };
            if word.len() <= MAX_WORD_CHARS || word.chars().count() <= MAX_WORD_CHARS {
                each(PieceRef::Word(word));
            }
        } else {
            at += c.len_utf8();
        }
    }
}

/// The word starting at `start` (a word character), as written, and where it ends: letters,
/// digits and marks, with an apostrophe between letters kept (as `'`).
fn read_word(text: &str, start: usize) -> (std::borrow::Cow<'_, str>, usize) {
    let bytes = text.as_bytes();
    let mut word = String::new();
    let mut at = start;
    loop {
        // A run of ASCII letters and digits, the common case, byte by byte.
        let run = bytes[at..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if run > 0 {
            if word.is_empty() && !text[at + run..].chars().next().is_some_and(continues_word) {
                return (std::borrow::Cow::Borrowed(&text[at..at + run]), at + run);
            }
            word.push_str(&text[at..at + run]);
            at += run;
        }
        let Some(c) = text[at..].chars().next() else { break };
        if is_word_char(c) || (is_combining_mark(c) && !word.is_empty()) {
            word.push(c);
        } else if is_apostrophe(c)
            && !word.is_empty()
            && text[at + c.len_utf8()..].chars().next().is_some_and(is_word_char)
        {
            word.push('\'');
        } else {
            break;
        }
        at += c.len_utf8();
    }
    (std::borrow::Cow::Owned(word), at)
}

/// Whether `c` may go on a word that has begun (a letter, digit, mark or apostrophe).
fn continues_word(c: char) -> bool {
    is_word_char(c) || is_combining_mark(c) || is_apostrophe(c)
}

/// Removes accents from Latin letters: `café` → `cafe`. Other scripts are left alone.
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) {
            out.extend(c.to_string().nfd().filter(|d| !matches!(*d as u32, 0x300..=0x36F)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The stemmer tantivy has for a language (by its primary subtag), with the name of its
/// Snowball algorithm, which is also the browser's file `static/stemmers/<name>.js`.
pub fn stemmer_for(lang: &str) -> Option<(Language, &'static str)> {
    let primary = lang.split('-').next().unwrap_or("").to_ascii_lowercase();
    Some(match primary.as_str() {
        "ar" => (Language::Arabic, "arabic"),
        "da" => (Language::Danish, "danish"),
        "nl" => (Language::Dutch, "dutch"),
        "en" => (Language::English, "english"),
        "fi" => (Language::Finnish, "finnish"),
        "fr" => (Language::French, "french"),
        "de" => (Language::German, "german"),
        "el" => (Language::Greek, "greek"),
        "hu" => (Language::Hungarian, "hungarian"),
        "it" => (Language::Italian, "italian"),
        "no" | "nb" | "nn" => (Language::Norwegian, "norwegian"),
        "pt" => (Language::Portuguese, "portuguese"),
        "ro" => (Language::Romanian, "romanian"),
        "ru" => (Language::Russian, "russian"),
        "es" => (Language::Spanish, "spanish"),
        "sv" => (Language::Swedish, "swedish"),
        "ta" => (Language::Tamil, "tamil"),
        "tr" => (Language::Turkish, "turkish"),
        _ => return None,
    })
}

/// The theme's static folder holds the browser's stemmers here: `stemmers/<algorithm>.js`.
pub const STEMMERS_DIR: &str = "stemmers";

/// The browser's stemmer for an algorithm, relative to the theme's static folder.
pub fn stemmer_file(algorithm: &str) -> String {
    format!("{STEMMERS_DIR}/{algorithm}.js")
}

/// How one language's text is analysed.
#[derive(Clone)]
pub struct Analyzer {
    english: bool,
    /// The Snowball algorithm's name, empty without a stemmer.
    algorithm: &'static str,
    stemmer: Option<TextAnalyzer>,
    /// Words already worked out, each with the index of its term in `terms`: a text repeats
    /// a small vocabulary, and stemming is the costly step of indexing.
    known: FxHashMap<String, usize>,
    /// The term of each known word; `None` for a stop word.
    terms: Vec<Option<String>>,
}

impl Analyzer {
    /// Every language with a stemmer is stemmed; English also gets stop words and irregular
    /// forms. Other languages are lower-cased and folded only.
    pub fn for_language(lang: &str) -> Analyzer {
        let english = lang == "en" || lang.starts_with("en-");
        let (stemmer, algorithm) = match stemmer_for(lang) {
            Some((language, algorithm)) => {
                (Some(TextAnalyzer::builder(RawTokenizer::default()).filter(Stemmer::new(language)).build()), algorithm)
            }
            None => (None, ""),
        };
        Analyzer { english, algorithm, stemmer, known: FxHashMap::default(), terms: Vec::new() }
    }

    /// The Snowball algorithm the browser must load (`static/stemmers/<name>.js`), or "".
    pub fn stems(&self) -> &'static str {
        self.algorithm
    }

    pub fn is_stop_word(&self, word: &str) -> bool {
        self.english && ENGLISH_STOP_WORDS.contains(&word)
    }

    /// The index term of a word (after stop words are removed).
    pub fn term_of(&mut self, word: &str) -> String {
        match self.index_term(word) {
            Some(term) => term.to_owned(),
            None => self.stem_with_irregular(word),
        }
    }

    /// The term a word is indexed under, `None` for a stop word; worked out once per word.
    fn index_term<'s>(&'s mut self, word: &'s str) -> Option<&'s str> {
        if self.stemmer.is_none() {
            return (!self.is_stop_word(word)).then_some(word);
        }
        let index = match self.known.get(word) {
            Some(&index) => index,
            None => {
                let term = (!self.is_stop_word(word)).then(|| self.stem_with_irregular(word));
                self.terms.push(term);
                self.known.insert(word.to_owned(), self.terms.len() - 1);
                self.terms.len() - 1
            }
        };
        self.terms[index].as_deref()
    }

    fn stem_with_irregular(&mut self, word: &str) -> String {
        let irregular = self.english.then(|| ENGLISH_IRREGULAR.iter().find(|(form, _)| *form == word)).flatten();
        self.stem(irregular.map_or(word, |(_, base)| base))
    }

    /// tantivy's stem of a word (the word itself for languages without a stemmer).
    pub fn stem(&mut self, word: &str) -> String {
        let Some(stemmer) = &mut self.stemmer else { return word.to_owned() };
        let mut stream = stemmer.token_stream(word);
        let mut stem = word.to_owned();
        while stream.advance() {
            stem = stream.token().text.clone();
        }
        stem
    }

    /// The terms a text is indexed under, in order.
    pub fn index_terms(&mut self, text: &str) -> Vec<String> {
        let mut terms = Vec::new();
        self.each_index_term(text, |term| terms.push(term.to_owned()));
        terms
    }

    /// Hands each term a text is indexed under to `each`, in order.
    pub fn each_index_term(&mut self, text: &str, mut each: impl FnMut(&str)) {
        let mut pair = String::new();
        for_each_piece(text, |piece| match piece {
            PieceRef::Word(word) => {
                if let Some(term) = self.index_term(word) {
                    each(term);
                }
            }
            PieceRef::Cjk(run) => {
                for two in run.windows(2) {
                    pair.clear();
                    pair.extend(two);
                    each(&pair);
                }
                if let Some(&last) = run.last() {
                    pair.clear();
                    pair.push(last);
                    each(&pair);
                }
            }
        });
    }

    /// What a query asks for: every group must match a document.
    pub fn query(&mut self, text: &str) -> Vec<QueryGroup> {
        let pieces = pieces(text);
        let last = pieces.len().saturating_sub(1);
        let mut groups = Vec::new();
        for (index, piece) in pieces.into_iter().enumerate() {
            match piece {
                Piece::Word(word) => {
                    let typing = index == last && word.chars().count() >= 2;
                    let exact = (!self.is_stop_word(&word)).then(|| self.term_of(&word));
                    let prefix = typing.then(|| word.clone());
                    if exact.is_some() || prefix.is_some() {
                        groups.push(QueryGroup { exact, prefix });
                    }
                }
                Piece::Cjk(chars) if chars.len() == 1 => {
                    groups.push(QueryGroup { exact: None, prefix: Some(chars[0].to_string()) })
                }
                Piece::Cjk(chars) => {
                    for pair in chars.windows(2) {
                        groups.push(QueryGroup { exact: Some(pair.iter().collect()), prefix: None });
                    }
                }
            }
        }
        groups
    }
}

/// One required part of a query: documents must contain the exact term or a term that
/// starts with the prefix (in any field).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct QueryGroup {
    pub exact: Option<String>,
    pub prefix: Option<String>,
}

/// The analyzer as a tantivy tokenizer, registered for the fields of each language's index.
#[derive(Clone)]
pub struct HandbookTokenizer {
    analyzer: Analyzer,
    tokens: Vec<Token>,
}

impl HandbookTokenizer {
    pub fn new(analyzer: Analyzer) -> Self {
        HandbookTokenizer { analyzer, tokens: Vec::new() }
    }
}

pub struct HandbookTokenStream<'a> {
    tokens: &'a mut [Token],
    index: usize,
}

impl Tokenizer for HandbookTokenizer {
    type TokenStream<'a> = HandbookTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> HandbookTokenStream<'a> {
        // The tokens of the previous text are overwritten, so their strings are reused.
        let tokens = &mut self.tokens;
        let mut count = 0;
        self.analyzer.each_index_term(text, |term| {
            match tokens.get_mut(count) {
                Some(token) => {
                    token.text.clear();
                    token.text.push_str(term);
                    token.position = count;
                }
                None => tokens.push(Token {
                    offset_from: 0,
                    offset_to: 0,
                    position: count,
                    text: term.to_owned(),
                    position_length: 1,
                }),
            }
            count += 1;
        });
        HandbookTokenStream { tokens: &mut self.tokens[..count], index: 0 }
    }
}

impl TokenStream for HandbookTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.index += 1;
        self.index <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_runs_become_bigrams_and_a_last_unigram() {
        let mut analyzer = Analyzer::for_language("zh-Hans");
        assert_eq!(analyzer.index_terms("欠薪怎么办"), ["欠薪", "薪怎", "怎么", "么办", "办"]);
        assert_eq!(analyzer.index_terms("打12333热线。"), ["打", "12333", "热线", "线"]);
        assert_eq!(analyzer.index_terms("Café ÉTÉ"), ["cafe", "ete"]);
    }

    #[test]
    fn english_is_stemmed_without_stop_words() {
        let mut analyzer = Analyzer::for_language("en");
        assert_eq!(
            analyzer.index_terms("The workers were paid; paying wages isn't optional"),
            ["worker", "were", "pay", "pay", "wage", "isn't", "option"]
        );
        assert_eq!(analyzer.index_terms("worker’s"), ["worker"]);
    }

    #[test]
    fn queries() {
        let mut analyzer = Analyzer::for_language("en");
        assert_eq!(
            analyzer.query("unpaid wag"),
            [
                QueryGroup { exact: Some("unpaid".into()), prefix: None },
                QueryGroup { exact: Some("wag".into()), prefix: Some("wag".into()) }
            ]
        );
        let mut analyzer = Analyzer::for_language("zh-Hans");
        assert_eq!(analyzer.query("薪"), [QueryGroup { exact: None, prefix: Some("薪".into()) }]);
        assert_eq!(analyzer.query("工伤认定").len(), 3);
    }
}

#[cfg(test)]
mod word_tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        pieces(text)
            .into_iter()
            .map(|piece| match piece {
                Piece::Word(word) => word,
                Piece::Cjk(chars) => chars.into_iter().collect(),
            })
            .collect()
    }

    #[test]
    fn words_are_cut_alike_whatever_their_script() {
        assert_eq!(
            words("Don't stop’n CAFÉ naïve x'y 'quoted' end' e\u{301}tude 12ab_cd 欠薪ok"),
            ["don't", "stop'n", "cafe", "naive", "x'y", "quoted", "end", "e\u{301}tude", "12ab", "cd", "欠薪", "ok"]
        );
        assert_eq!(words("\u{301}a ب\u{64e}ت"), ["a", "ب\u{64e}ت"]);
        assert_eq!(words(&"a".repeat(41)), Vec::<String>::new());
        assert_eq!(words(&"é".repeat(40)), ["e".repeat(40)]);
    }
}
