//! The command palette's index: pages, use cases, glossary terms, and — once
//! the catalog has loaded — models (by name, slug and aliases) and providers,
//! matched fuzzily with `nucleo-matcher` like the catalog search: each word of
//! the query must match an entry's text in order, tightly enough
//! ([`crate::search::word_score`]).

use std::sync::Mutex;

use nucleo_matcher::{
    pattern::{AtomKind, CaseMatching, Normalization, Pattern},
    Config, Matcher, Utf32String,
};

use crate::{glossary::TERMS, parse::Catalog, search::word_score, use_cases::UseCase};

/// A page the palette lists (the app maps each to its route).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Cost,
    BestFor,
    SelfHosted,
    Compliance,
    Glossary,
    About,
    Changes,
}

impl Page {
    pub const ALL: [Page; 8] = [Self::Home, Self::Cost, Self::BestFor, Self::SelfHosted, Self::Compliance, Self::Changes, Self::Glossary, Self::About];

    /// Its name in the palette, with words people may type for it.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            Self::Home => ("Models — the catalog", "home search browse"),
            Self::Cost => ("Monthly cost calculator", "budget price estimate"),
            Self::BestFor => ("Best LLM for…", "use case recommend"),
            Self::SelfHosted => ("Self-hosted models", "gpu vram memory open weights"),
            Self::Compliance => ("Provider compliance", "gdpr soc2 hipaa privacy"),
            Self::Glossary => ("Glossary", "terms definitions"),
            Self::About => ("About, sources and licences", "data credits"),
            Self::Changes => ("Price changes", "history feed atom rss"),
        }
    }
}

/// Where an entry leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Page(Page),
    UseCase(String),
    /// A glossary term's anchor.
    Term(&'static str),
    /// A model's slug.
    Model(String),
    /// The catalog filtered to a provider id.
    Provider(String),
}

impl Target {
    /// The kind shown beside the entry.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Page(_) => "Page",
            Self::UseCase(_) => "Use case",
            Self::Term(_) => "Glossary",
            Self::Model(_) => "Model",
            Self::Provider(_) => "Provider",
        }
    }
}

/// One entry: what the palette shows and where it goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: String,
    pub target: Target,
}

/// Entries and their prepared texts.
pub struct PaletteIndex {
    entries: Vec<Entry>,
    texts: Vec<Utf32String>,
    matcher: Mutex<Matcher>,
}

impl PaletteIndex {
    /// Pages, use cases and terms first (an empty query lists them), then the catalog's models and providers if loaded.
    pub fn new(use_cases: &[UseCase], catalog: Option<&Catalog>) -> Self {
        let mut items: Vec<(Entry, String)> = Vec::new();
        for p in Page::ALL {
            let (label, words) = p.label();
            items.push((Entry { label: label.to_owned(), target: Target::Page(p) }, format!("{label} {words}")));
        }
        for u in use_cases {
            items.push((Entry { label: format!("Best LLM for {}", u.name), target: Target::UseCase(u.id.clone()) }, format!("best for {} {}", u.name, u.id)));
        }
        for t in TERMS {
            items.push((Entry { label: t.name.to_owned(), target: Target::Term(t.id) }, format!("{} {}", t.name, t.id)));
        }
        if let Some(c) = catalog {
            for m in c.models() {
                let text = std::iter::once(m.name.as_str()).chain(std::iter::once(m.id.as_str())).chain(m.aliases.iter().map(String::as_str)).collect::<Vec<_>>().join(" ");
                items.push((Entry { label: m.name.clone(), target: Target::Model(m.id.clone()) }, text));
            }
            for p in c.providers() {
                items.push((Entry { label: p.name.clone(), target: Target::Provider(p.id.clone()) }, format!("{} {}", p.name, p.id)));
            }
        }
        let (entries, texts) = items.into_iter().map(|(e, t)| (e, Utf32String::from(t.as_str()))).unzip();
        Self { entries, texts, matcher: Mutex::new(Matcher::new(Config::DEFAULT)) }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Up to `limit` entries matching `query`, best first; ties keep index order
    /// (pages before models). An empty query lists the first `limit` entries.
    pub fn search(&self, query: &str, limit: usize) -> Vec<usize> {
        let pattern = Pattern::new(query, CaseMatching::Ignore, Normalization::Never, AtomKind::Fuzzy);
        if pattern.atoms.is_empty() {
            return (0..self.entries.len().min(limit)).collect();
        }
        let mut matcher = self.matcher.lock().unwrap_or_else(|e| e.into_inner());
        let mut hits: Vec<(usize, u32)> = self
            .texts
            .iter()
            .enumerate()
            .filter_map(|(i, text)| {
                let mut total = 0u32;
                for atom in &pattern.atoms {
                    total += word_score(atom, text, &mut matcher)?;
                }
                Some((i, total))
            })
            .collect();
        // Among equal scores the shorter text first ("GPT-4o" before "GPT-4o mini"), then index order.
        crate::order::sort_by(&mut hits, |a, b| b.1.cmp(&a.1).then(self.texts[a.0].len().cmp(&self.texts[b.0].len())).then(a.0.cmp(&b.0)));
        hits.into_iter().take(limit).map(|(i, _)| i).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        crate::parse_catalog(
            r#"{"schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "providers": [{"id": "mistral", "name": "Mistral"}, {"id": "groq", "name": "Groq"}],
            "models": [{"id": "mistral-small-3.1-24b", "name": "Mistral Small 3.1 24B", "creator": "Mistral"},
                       {"id": "mistral-small-3.2-24b", "name": "Mistral Small 3.2 24B", "creator": "Mistral", "aliases": ["mistral-small-2506"]},
                       {"id": "mistral-large-3", "name": "Mistral Large 3", "creator": "Mistral"}],
            "offers": []}"#,
        )
        .unwrap()
    }

    fn first(ix: &PaletteIndex, q: &str) -> Target {
        ix.entries()[ix.search(q, 10)[0]].target.clone()
    }

    #[test]
    fn abbreviations_find_the_model() {
        let ix = PaletteIndex::new(&[], Some(&catalog()));
        assert_eq!(first(&ix, "mstrl sml 3.2"), Target::Model("mistral-small-3.2-24b".into()));
        assert_eq!(first(&ix, "mistral-small-2506"), Target::Model("mistral-small-3.2-24b".into()), "an alias");
        assert_eq!(first(&ix, "groq"), Target::Provider("groq".into()));
        assert_eq!(first(&ix, "calc"), Target::Page(Page::Cost));
        assert_eq!(first(&ix, "context window"), Target::Term("context-window"));
        assert!(ix.search("zzzz qqq", 10).is_empty());
    }

    #[test]
    fn pages_work_before_the_catalog_loads() {
        let ix = PaletteIndex::new(&[], None);
        assert_eq!(
            ix.search("", 3).iter().map(|&i| ix.entries()[i].target.clone()).collect::<Vec<_>>(),
            [Target::Page(Page::Home), Target::Page(Page::Cost), Target::Page(Page::BestFor)]
        );
        assert!(ix.entries().iter().all(|e| !matches!(e.target, Target::Model(_) | Target::Provider(_))));
        assert_eq!(first(&ix, "self hosted"), Target::Page(Page::SelfHosted));
    }
}
