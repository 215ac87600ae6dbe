//! Text analysis: one analyzer per interface language, a folding analyzer
//! for proper names, and the splitting of what a reader types into words.
//!
//! Every stemming analyzer is `SimpleTokenizer → LowerCaser → SnowStem →
//! AsciiFoldingFilter`: the stemmer runs before folding because the Polish
//! one needs the diacritics (`spółdzielnie` → `spółdzieln` → `spoldzieln`),
//! and folding afterwards lets a reader without a Polish keyboard type
//! `spoldzielnia` and reach the same term.

use passerelle_domain::Locale;
use std::collections::HashMap;
use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// Analyzer of French texts.
pub(crate) const FR: &str = "passerelle_fr";
/// Analyzer of Polish texts.
pub(crate) const PL: &str = "passerelle_pl";
/// Analyzer of English texts.
pub(crate) const EN: &str = "passerelle_en";
/// Analyzer of names (funders, tenants): lower-cased and folded, not stemmed.
pub(crate) const FOLDED: &str = "passerelle_folded";

/// The analyzer name of a language.
pub(crate) const fn analyzer_name(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => FR,
        Locale::Pl => PL,
        Locale::En => EN,
    }
}

const fn algorithm(locale: Locale) -> snowstem::Algorithm {
    match locale {
        Locale::Fr => snowstem::Algorithm::French,
        Locale::Pl => snowstem::Algorithm::Polish,
        Locale::En => snowstem::Algorithm::English,
    }
}

/// The stemming analyzer of a language.
pub(crate) fn stemming(locale: Locale) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(SnowStem(algorithm(locale)))
        .filter(AsciiFoldingFilter)
        .build()
}

/// The analyzer of names.
pub(crate) fn folded() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyzer on `index`. The schema stores analyzer names
/// only, so this must run on every `Index` value the fields are used with.
pub(crate) fn register(index: &Index) {
    for locale in Locale::all() {
        index
            .tokenizers()
            .register(analyzer_name(*locale), stemming(*locale));
    }
    index.tokenizers().register(FOLDED, folded());
}

/// The analyzers a query needs, cloned once per query (a `TextAnalyzer`
/// needs `&mut` to run).
pub(crate) struct QueryAnalyzers {
    words: TextAnalyzer,
    folded: TextAnalyzer,
    stem: [TextAnalyzer; 3],
}

/// One word of the reader's text, analysed for every field family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// The stemmed and folded term in French, Polish and English
    /// (indexed by `Locale as usize`); `None` when the analyzer dropped it.
    pub(crate) stems: [Option<String>; 3],
    /// The lower-cased, folded, unstemmed word (for names).
    pub(crate) folded: Option<String>,
    /// Whether the word is a function word in one of the languages.
    pub(crate) stop: bool,
}

/// At most this many words of a query are used; the rest is ignored.
pub(crate) const MAX_WORDS: usize = 16;

impl QueryAnalyzers {
    pub(crate) fn new() -> Self {
        Self {
            words: TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(LowerCaser)
                .build(),
            folded: folded(),
            stem: [
                stemming(Locale::Fr),
                stemming(Locale::Pl),
                stemming(Locale::En),
            ],
        }
    }

    /// Splits `text` into words (letters and digits; everything else,
    /// quotes, colons and parentheses included, separates words) and
    /// analyses each one. Duplicates are removed.
    pub(crate) fn words(&mut self, text: &str) -> Vec<Word> {
        let mut raw: Vec<String> = vec![];
        self.words
            .token_stream(text)
            .process(&mut |t: &Token| raw.push(t.text.clone()));
        let mut out: Vec<Word> = vec![];
        for w in raw {
            let mut stems: [Option<String>; 3] = [None, None, None];
            for (i, analyzer) in self.stem.iter_mut().enumerate() {
                stems[i] = first_token(analyzer, &w);
            }
            let folded = first_token(&mut self.folded, &w);
            let stop = folded.as_deref().is_some_and(is_stop_word);
            let word = Word {
                stems,
                folded,
                stop,
            };
            if !out.contains(&word) {
                out.push(word);
            }
            if out.len() == MAX_WORDS {
                break;
            }
        }
        out
    }
}

fn first_token(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
    let mut stream = analyzer.token_stream(word);
    (stream.advance() && !stream.token().text.is_empty()).then(|| stream.token().text.clone())
}

/// Function words of French, Polish and English, folded. A query keeps them
/// only when it has nothing else, so "aide pour les associations" requires
/// "aide" and "associations" but not "pour" or "les".
const STOP_WORDS: &[&str] = &[
    // French
    "a", "au", "aux", "avec", "ce", "ces", "cette", "d", "dans", "de", "des", "du", "elle", "en",
    "est", "et", "il", "l", "la", "le", "les", "leur", "leurs", "ne", "nous", "ou", "par", "pas",
    "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous", "y",
    // Polish
    "dla", "do", "i", "jest", "lub", "na", "nie", "o", "od", "oraz", "po", "przez", "przy", "sie",
    "ta", "te", "ten", "to", "w", "we", "z", "za", "ze", "czy", // English
    "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its", "of", "on",
    "or", "that", "the", "this", "with",
];

fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.contains(&folded)
}

/// Token filter stemming with a Snowball algorithm from `snowstem`; the
/// tokens must be lower-cased already.
#[derive(Clone, Copy)]
pub(crate) struct SnowStem(pub(crate) snowstem::Algorithm);

impl TokenFilter for SnowStem {
    type Tokenizer<T: Tokenizer> = SnowStemFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> SnowStemFilter<T> {
        SnowStemFilter {
            stemmer: snowstem::Stemmer::create(self.0),
            inner: tokenizer,
            cache: HashMap::new(),
        }
    }
}

/// Stems remembered per analyzer (each indexing thread has its own): words
/// repeat a lot, and a lookup costs a fraction of stemming.
const STEM_CACHE: usize = 50_000;

/// The tokenizer [`SnowStem`] wraps around another one.
#[derive(Clone)]
pub(crate) struct SnowStemFilter<T> {
    stemmer: snowstem::Stemmer,
    inner: T,
    cache: HashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for SnowStemFilter<T> {
    type TokenStream<'a> = SnowStemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        SnowStemStream {
            tail: self.inner.token_stream(text),
            stemmer: self.stemmer,
            cache: &mut self.cache,
            buffer: String::new(),
        }
    }
}

/// The token stream of [`SnowStemFilter`].
pub(crate) struct SnowStemStream<'a, S> {
    tail: S,
    stemmer: snowstem::Stemmer,
    cache: &'a mut HashMap<String, String>,
    buffer: String,
}

impl<S: TokenStream> TokenStream for SnowStemStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.cache.get(&token.text) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        self.stemmer.stem_into(&token.text, &mut self.buffer);
        // A stemmer should never empty a word; keep it whole if it does.
        if self.buffer.is_empty() {
            self.buffer.push_str(&token.text);
        }
        if self.cache.len() >= STEM_CACHE {
            self.cache.clear();
        }
        self.cache.insert(token.text.clone(), self.buffer.clone());
        std::mem::swap(&mut token.text, &mut self.buffer);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// The terms of `text` as the search index stores them in `locale`: lower-cased, stemmed,
/// accents folded. Used to match free text outside the index (the officers' inbox searches
/// the answers of a call's applications).
pub fn terms(locale: Locale, text: &str) -> Vec<String> {
    let mut analyzer = stemming(locale);
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(mut a: TextAnalyzer, text: &str) -> Vec<String> {
        let mut out = vec![];
        a.token_stream(text)
            .process(&mut |t: &Token| out.push(t.text.clone()));
        out
    }

    #[test]
    fn cached_stems_are_the_same() {
        let mut a = stemming(Locale::Fr);
        let mut once = vec![];
        let text = "associations Associations associations économie économies";
        for _ in 0..3 {
            let mut out = vec![];
            a.token_stream(text)
                .process(&mut |t: &Token| out.push(t.text.clone()));
            once.push(out);
        }
        assert_eq!(once[0], ["associ", "associ", "associ", "econom", "econom"]);
        assert!(once.iter().all(|o| *o == once[0]));
    }

    #[test]
    fn polish_stems_before_folding() {
        assert_eq!(
            terms(
                stemming(Locale::Pl),
                "Spółdzielnia spółdzielni spółdzielniach spoldzielnia"
            ),
            ["spoldzieln"; 4]
        );
    }

    #[test]
    fn french_and_english_stem() {
        assert_eq!(
            terms(stemming(Locale::Fr), "associations Association Élément"),
            ["associ", "associ", "element"]
        );
        assert_eq!(
            terms(stemming(Locale::En), "Cooperatives cooperative grants"),
            ["cooper", "cooper", "grant"]
        );
    }

    #[test]
    fn words_split_leniently_and_mark_stop_words() {
        let mut q = QueryAnalyzers::new();
        let w = q.words(r#""foo a:b (Les) spółdzielnie"#);
        let folded: Vec<_> = w.iter().map(|w| w.folded.clone().unwrap()).collect();
        assert_eq!(folded, ["foo", "a", "b", "les", "spoldzielnie"]);
        let stop: Vec<_> = w.iter().map(|w| w.stop).collect();
        assert_eq!(stop, [false, true, false, true, false]);
        assert_eq!(
            w[4].stems[Locale::Pl as usize].as_deref(),
            Some("spoldzieln")
        );
        assert!(q.words(" ( \" : ").is_empty());
    }
}
