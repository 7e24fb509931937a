//! Catalog search. A plain, predictable matcher for now: every word of the
//! query must appear (ASCII case-insensitively; catalog text is ASCII, and
//! skipping Unicode case tables keeps the wasm small) in the model's name, slug, creator
//! or one of its providers' names.

use crate::parse::Catalog;

/// Each model's searchable text, lowercased once per catalog (not per keystroke).
pub struct SearchIndex {
    hay: Vec<String>,
}

impl SearchIndex {
    pub fn new(c: &Catalog) -> Self {
        let hay = (0..c.models().len())
            .map(|i| {
                let m = &c.models()[i];
                let mut hay = format!("{} {} {}", m.name, m.id, m.creator);
                for o in c.offers_of(i) {
                    hay.push(' ');
                    hay.push_str(c.provider(&o.provider).map_or(o.provider.as_str(), |p| p.name.as_str()));
                }
                hay.make_ascii_lowercase();
                hay
            })
            .collect();
        Self { hay }
    }

    /// Indices of the models matching `query`, in catalog order. An empty query matches all.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let words: Vec<String> = query.split_whitespace().map(str::to_ascii_lowercase).collect();
        (0..self.hay.len()).filter(|&i| words.iter().all(|w| self.hay[i].contains(w.as_str()))).collect()
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
            models: vec![model("llama-3.3-70b", "Llama 3.3 70B", "Meta"), model("mistral-small-3.2-24b", "Mistral Small 3.2 24B", "Mistral")],
            offers: vec![offer("llama-3.3-70b", "groq"), offer("mistral-small-3.2-24b", "mistral")],
        })
    }

    #[test]
    fn words_match_name_slug_creator_provider() {
        let index = SearchIndex::new(&catalog());
        assert_eq!(index.search(""), [0, 1]);
        assert_eq!(index.search("   "), [0, 1]);
        assert_eq!(index.search("LLAMA"), [0]);
        assert_eq!(index.search("meta 70b"), [0]);
        assert_eq!(index.search("groq"), [0], "provider name");
        assert_eq!(index.search("3.2-24b"), [1], "slug");
        assert_eq!(index.search("small meta"), Vec::<usize>::new(), "all words must match");
    }
}
