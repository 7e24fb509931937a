//! Catalog search: fuzzy matching with `nucleo-matcher` (the matcher behind
//! helix's pickers). Each word of the query is matched on its own, letters in
//! order with gaps allowed, against each field of a model (name and slug,
//! creator, providers) and must match one of them tightly enough: at least
//! [`MIN_SCORE_PER_CHAR`] per letter, which keeps abbreviations like "mstrl"
//! and drops letters scattered across a long name (Mistral for "llama").
//! A model's score is the sum of its words' best field scores, a name or slug
//! match counting double. The creator and providers fields need a tighter match
//! ([`LIST_SCORE_PER_CHAR`]); and where some model spells a query word out
//! ([`WORD_SCORE_PER_CHAR`]), models that only strew its letters drop out.
//! (fzf's `'exact`/`^`/`$` syntax is not offered: nucleo-matcher 0.3.1's
//! substring matcher misses matches at a field's end and in capitals.)

use std::sync::Mutex;

use nucleo_matcher::{
    pattern::{AtomKind, CaseMatching, Normalization, Pattern},
    Config, Matcher, Utf32String,
};

use crate::parse::Catalog;

/// A word's weakest accepted match, per letter: nucleo gives 16 a matched
/// letter plus bonuses at word starts, minus gap penalties.
pub const MIN_SCORE_PER_CHAR: u32 = 16;

/// The weakest accepted match, per letter, in the creator and providers fields, and in any
/// field once some model spells the word out ([`WORD_SCORE_PER_CHAR`]).
pub const LIST_SCORE_PER_CHAR: u32 = 24;

/// A match this tight, per letter, spells the word out (at a word's start, letters together).
pub const WORD_SCORE_PER_CHAR: u32 = 26;

/// One query word's score against `text`, if it matches tightly enough (at least
/// [`MIN_SCORE_PER_CHAR`] per letter). Shared by the catalog search and the command palette.
pub fn word_score(atom: &nucleo_matcher::pattern::Atom, text: &Utf32String, matcher: &mut Matcher) -> Option<u32> {
    let min = MIN_SCORE_PER_CHAR * atom.needle_text().len() as u32;
    atom.score(text.slice(..), matcher).map(u32::from).filter(|&s| s >= min)
}

/// Each model's searchable fields, prepared once per catalog (not per keystroke).
pub struct SearchIndex {
    fields: Vec<[Utf32String; 3]>,
    matcher: Mutex<Matcher>,
}

impl SearchIndex {
    pub fn new(c: &Catalog) -> Self {
        let fields = (0..c.models().len())
            .map(|i| {
                let m = &c.models()[i];
                let mut providers = String::new();
                for o in c.offers_of(i) {
                    let name = c.provider_name(&o.provider);
                    if !providers.split(", ").any(|p| p == name) {
                        if !providers.is_empty() {
                            providers.push_str(", ");
                        }
                        providers.push_str(name);
                    }
                }
                [format!("{} {}", m.name, m.id).as_str().into(), m.creator.as_str().into(), providers.into()]
            })
            .collect();
        Self { fields, matcher: Mutex::new(Matcher::new(Config::DEFAULT)) }
    }

    /// Models matching `query` with their scores, best first (ties keep catalog
    /// order). An empty query matches every model with score 0.
    pub fn search(&self, query: &str) -> Vec<(usize, u32)> {
        let pattern = Pattern::new(query, CaseMatching::Ignore, Normalization::Never, AtomKind::Fuzzy);
        if pattern.atoms.is_empty() {
            return (0..self.fields.len()).map(|i| (i, 0)).collect();
        }
        let mut matcher = self.matcher.lock().unwrap_or_else(|e| e.into_inner());
        let lens: Vec<u32> = pattern.atoms.iter().map(|a| a.needle_text().len() as u32).collect();
        // Per model: its total, and per query word the raw score of its best field.
        let scored: Vec<(usize, u32, Vec<u32>)> = self
            .fields
            .iter()
            .enumerate()
            .filter_map(|(i, fields)| {
                let mut total = 0u32;
                let mut raws = Vec::with_capacity(pattern.atoms.len());
                for (atom, len) in pattern.atoms.iter().zip(&lens) {
                    let mut best = None::<(u32, u32)>;
                    for (k, f) in fields.iter().enumerate() {
                        let Some(s) = word_score(atom, f, &mut matcher) else { continue };
                        // The creator and the list of providers match only tightly (a word, or
                        // most of one): letters strewn across a long list of hosts are no match.
                        if k > 0 && s < LIST_SCORE_PER_CHAR * len {
                            continue;
                        }
                        // A match in the name or slug counts double: "mistral" lists Mistral's models before others Mistral hosts.
                        let weighted = if k == 0 { 2 * s } else { s };
                        if best.is_none_or(|(w, _)| weighted > w) {
                            best = Some((weighted, s));
                        }
                    }
                    let (weighted, raw) = best?;
                    total += weighted;
                    raws.push(raw);
                }
                Some((i, total, raws))
            })
            .collect();
        // Where some model has the word itself ("ornith" in Ornith 1.0), models that only strew
        // its letters (o…r…n…i…t…h in "Kimi K2 Thinking Original") are not results. An
        // abbreviation no model spells out ("mstrl") keeps its loose matches.
        let spelled: Vec<bool> = (0..lens.len()).map(|a| scored.iter().any(|(_, _, r)| r[a] >= WORD_SCORE_PER_CHAR * lens[a])).collect();
        let mut hits: Vec<(usize, u32)> =
            scored.into_iter().filter(|(_, _, r)| r.iter().enumerate().all(|(a, &s)| !spelled[a] || s >= LIST_SCORE_PER_CHAR * lens[a])).map(|(i, t, _)| (i, t)).collect();
        crate::order::sort_by(&mut hits, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits
    }

    /// Just the model indices of [`SearchIndex::search`], best first.
    pub fn matching(&self, query: &str) -> Vec<usize> {
        self.search(query).into_iter().map(|(i, _)| i).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::*;

    fn model(id: &str, name: &str, creator: &str) -> Model {
        serde_json::from_value(serde_json::json!({"id": id, "name": name, "creator": creator})).unwrap()
    }

    fn catalog() -> Catalog {
        let offer = |m: &str, p: &str| -> Offer {
            serde_json::from_value(serde_json::json!({"model": m, "provider": p, "provider_model_id": m, "as_of": "2026-01-01", "source": "t"})).unwrap()
        };
        let provider = |id: &str, name: &str| -> Provider { serde_json::from_value(serde_json::json!({"id": id, "name": name})).unwrap() };
        Catalog::from_file(CatalogFile {
            schema_version: SCHEMA_VERSION,
            generated_at: String::new(),
            sources: vec![],
            providers: vec![provider("groq", "Groq"), provider("mistral", "Mistral")],
            models: vec![
                model("llama-3.3-70b", "Llama 3.3 70B", "Meta"),
                model("mistral-small-3.2-24b", "Mistral Small 3.2 24B", "Mistral"),
                model("mistral-small-3.1-24b", "Mistral Small 3.1 24B", "Mistral"),
            ],
            offers: vec![offer("llama-3.3-70b", "groq"), offer("mistral-small-3.2-24b", "mistral"), offer("mistral-small-3.1-24b", "groq")],
        })
    }

    #[test]
    fn words_match_name_slug_creator_provider() {
        let index = SearchIndex::new(&catalog());
        assert_eq!(index.matching(""), [0, 1, 2]);
        assert_eq!(index.matching("   "), [0, 1, 2]);
        assert_eq!(index.matching("LLAMA"), [0]);
        assert_eq!(index.matching("meta 70b"), [0], "creator and name words");
        assert_eq!(index.matching("groq 70b"), [0], "provider name");
        assert_eq!(index.matching("small meta"), Vec::<usize>::new(), "every word must match some field");
    }

    #[test]
    fn fuzzy_typos_and_ranking() {
        let index = SearchIndex::new(&catalog());
        // Letters in order with gaps match; the closer match ranks first.
        assert_eq!(index.matching("mstrl sml 3.2")[0], 1);
        assert_eq!(index.matching("mistral small 3.1")[0], 2);
        assert_eq!(index.matching("lma70")[..], [0]);
        assert_eq!(index.matching("llama"), [0], "letters scattered over Mistral's name do not count");
        assert_eq!(index.matching("24B"), [1, 2], "case folded");
        // "groq" names a provider of models 0 and 2; "mistral" names model 1 and 2 and the creator of both.
        assert_eq!(index.matching("mistral"), [1, 2]);
        assert_eq!(index.matching("small groq"), [2]);
        let scored = index.search("small");
        assert_eq!(scored.len(), 2);
        assert!(scored.iter().all(|&(_, s)| s > 0));
    }

    #[test]
    fn a_spelled_out_word_drops_strewn_letters() {
        let model = |id: &str, name: &str| -> Model { serde_json::from_value(serde_json::json!({"id": id, "name": name, "creator": "X"})).unwrap() };
        let c = Catalog::from_file(CatalogFile {
            schema_version: SCHEMA_VERSION,
            generated_at: String::new(),
            sources: vec![],
            providers: vec![],
            models: vec![model("ornith-9b", "Ornith 1.0 9B"), model("kimi-k2-thinking-original", "Kimi K2 Thinking Original"), model("mistral-large", "Mistral Large")],
            offers: vec![],
        });
        let index = SearchIndex::new(&c);
        // o…r…n…i…t…h is in "Kimi K2 Thinking Original", but a model spells "ornith" out.
        assert_eq!(index.matching("ornith"), [0]);
        // No model spells "mstrl" out: the abbreviation still finds Mistral.
        assert_eq!(index.matching("mstrl"), [2]);
        assert_eq!(index.matching("thinking"), [1]);
    }
}
