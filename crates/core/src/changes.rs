//! Dated price changes, from the offers' price histories: the list the
//! `/changes` page filters, `changes.json` and the Atom feed `feed.xml`.

use serde::Serialize;

use crate::{money::format_price_in, parse::Catalog};

/// Which price moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Input,
    Output,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Self::Input => "input",
            Self::Output => "output",
        }
    }
}

/// One price change of one offer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// `YYYY-MM-DD` it took effect.
    pub date: String,
    /// Model slug and name.
    pub model: String,
    pub model_name: String,
    /// Provider id and name.
    pub provider: String,
    pub provider_name: String,
    pub provider_model_id: String,
    pub field: Field,
    /// Per 1M tokens, in `currency`.
    pub from: f64,
    pub to: f64,
    pub currency: String,
    /// The source that recorded the new price.
    pub source: String,
}

impl Change {
    pub fn is_up(&self) -> bool {
        self.to > self.from
    }

    /// "Mistral Small 3.2 24B at OpenRouter: input $0.075 → $0.10 per 1M tokens".
    pub fn title(&self) -> String {
        format!(
            "{} at {}: {} {} → {} per 1M tokens",
            self.model_name,
            self.provider_name,
            self.field.label(),
            format_price_in(Some(self.from), &self.currency),
            format_price_in(Some(self.to), &self.currency)
        )
    }
}

/// Up or down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// The `/changes` page's filters, held in its URL (`provider`, `model`, `dir`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangesFilter {
    pub provider: Option<String>,
    pub model: Option<String>,
    pub direction: Option<Direction>,
}

impl ChangesFilter {
    pub fn from_query(get: &dyn Fn(&str) -> Option<String>) -> Self {
        let some = |k: &str| get(k).filter(|v| !v.is_empty());
        Self {
            provider: some("provider"),
            model: some("model"),
            direction: match some("dir").as_deref() {
                Some("up") => Some(Direction::Up),
                Some("down") => Some(Direction::Down),
                _ => None,
            },
        }
    }

    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(p) = &self.provider {
            q.push(("provider", p.clone()));
        }
        if let Some(m) = &self.model {
            q.push(("model", m.clone()));
        }
        if let Some(d) = self.direction {
            q.push(("dir", if d == Direction::Up { "up" } else { "down" }.to_owned()));
        }
        q
    }

    pub fn matches(&self, c: &Change) -> bool {
        self.provider.as_ref().is_none_or(|p| *p == c.provider)
            && self.model.as_ref().is_none_or(|m| *m == c.model)
            && self.direction.is_none_or(|d| (d == Direction::Up) == c.is_up())
    }
}

/// Every recorded change, newest first (then by model, provider and field).
pub fn changes(c: &Catalog) -> Vec<Change> {
    let mut out = Vec::new();
    for o in c.offers() {
        let model_name = c.model(&o.model).map_or(o.model.clone(), |m| m.name.clone());
        let provider_name = c.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
        for pair in o.history.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            // A price "until" a date is the price before a change on that date, not a change itself;
            // and a move a source records after the offer's retirement corrects its record of an
            // endpoint that no longer answers (LiteLLM's Llama 3.1 405B at Bedrock, retired on
            // 2026-07-07, "down" to $2.40 on 2026-11-20), it is no price change.
            if b.until || o.deprecation_date.as_deref().is_some_and(|d| b.date.as_str() > d) {
                continue;
            }
            for (field, from, to) in [(Field::Input, a.input, b.input), (Field::Output, a.output, b.output)] {
                let (Some(from), Some(to)) = (from, to) else { continue };
                if (from - to).abs() <= 1e-9 * from.abs().max(to.abs()) {
                    continue;
                }
                out.push(Change {
                    date: b.date.clone(),
                    model: o.model.clone(),
                    model_name: model_name.clone(),
                    provider: o.provider.clone(),
                    provider_name: provider_name.clone(),
                    provider_model_id: o.provider_model_id.clone(),
                    field,
                    from,
                    to,
                    currency: o.currency.clone(),
                    source: b.source.clone(),
                });
            }
        }
    }
    crate::order::sort_by(&mut out, |a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| a.model.cmp(&b.model))
            .then_with(|| a.provider.cmp(&b.provider))
            .then_with(|| a.provider_model_id.cmp(&b.provider_model_id))
            .then((a.field as u8).cmp(&(b.field as u8)))
    });
    out
}

/// The changes as an Atom 1.0 feed. `site` is the absolute base URL (no trailing slash),
/// `updated` the catalog's RFC 3339 time; `changes_path` and `model_path` build the links.
pub fn atom_feed(changes: &[Change], site: &str, updated: &str, changes_path: &str, model_path: impl Fn(&str) -> String) -> String {
    let mut x = String::with_capacity(400 * changes.len() + 800);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    x.push_str("  <title>LLM Cloud Hub — LLM API price changes</title>\n");
    x.push_str(&format!("  <id>{}</id>\n", esc(&format!("{site}{changes_path}"))));
    x.push_str(&format!("  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n", esc(&format!("{site}/feed.xml"))));
    x.push_str(&format!("  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", esc(&format!("{site}{changes_path}"))));
    x.push_str(&format!("  <updated>{}</updated>\n  <author><name>LLM Cloud Hub</name></author>\n", esc(updated)));
    for ch in changes {
        let link = format!("{site}{}", model_path(&ch.model));
        let id = format!("{site}{changes_path}#{}/{}/{}/{}", ch.provider, ch.provider_model_id, ch.field.label(), ch.date);
        let summary = format!(
            "{} ({}) at {}: the {} price went from {} to {} per 1M tokens, dated {} by {} (the day it took effect where the source gives one, otherwise the day the source first recorded it).",
            ch.model_name,
            ch.provider_model_id,
            ch.provider_name,
            ch.field.label(),
            format_price_in(Some(ch.from), &ch.currency),
            format_price_in(Some(ch.to), &ch.currency),
            ch.date,
            ch.source
        );
        x.push_str("  <entry>\n");
        x.push_str(&format!("    <title>{}</title>\n", esc(&ch.title())));
        x.push_str(&format!("    <id>{}</id>\n", esc(&id)));
        x.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", esc(&link)));
        x.push_str(&format!("    <updated>{}T00:00:00Z</updated>\n", esc(&ch.date)));
        x.push_str(&format!("    <summary>{}</summary>\n", esc(&summary)));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        crate::parse_catalog(CATALOG).unwrap()
    }

    const CATALOG: &str = r#"{"schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "providers": [{"id": "p", "name": "P & Co"}],
            "models": [{"id": "m", "name": "M <b>1</b>", "creator": "C"}],
            "offers": [{"model": "m", "provider": "p", "provider_model_id": "m-1", "prices": {"input": 0.1, "output": 0.3}, "as_of": "2026-11-20", "source": "s",
              "history": [{"date": "2026-01-01", "input": 0.2, "output": 0.3, "source": "a"},
                          {"date": "2026-06-01", "input": 0.2, "output": 0.3, "source": "a", "until": true},
                          {"date": "2026-06-01", "input": 0.15, "output": 0.4, "source": "b"},
                          {"date": "2026-11-20", "input": 0.1, "output": 0.3, "source": "s"}]}]}"#;

    #[test]
    fn changes_newest_first_each_field_apart() {
        let ch = changes(&catalog());
        let got: Vec<(&str, Field, f64, f64, &str)> = ch.iter().map(|c| (c.date.as_str(), c.field, c.from, c.to, c.source.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2026-11-20", Field::Input, 0.15, 0.1, "s"),
                ("2026-11-20", Field::Output, 0.4, 0.3, "s"),
                ("2026-06-01", Field::Input, 0.2, 0.15, "b"),
                ("2026-06-01", Field::Output, 0.3, 0.4, "b"),
            ]
        );
        assert!(!ch[0].is_up() && ch[3].is_up());
        assert_eq!(ch[2].title(), "M <b>1</b> at P & Co: input $0.20 → $0.15 per 1M tokens");
    }

    #[test]
    fn a_move_recorded_after_the_offers_retirement_is_no_change() {
        let retired = |date: &str| {
            let json = CATALOG.replace(r#""source": "s","#, &format!(r#""source": "s", "deprecation_date": "{date}","#));
            changes(&crate::parse_catalog(&json).unwrap()).into_iter().map(|c| c.date).collect::<Vec<_>>()
        };
        // Retired on 2026-07-07: the record's move of 2026-11-20 is left out, June's stands.
        assert_eq!(retired("2026-07-07"), ["2026-06-01", "2026-06-01"]);
        // A move on the retirement day itself, or before it, is a change like any other.
        assert_eq!(retired("2026-11-20").len(), 4);
    }

    #[test]
    fn filters_round_trip_through_the_url() {
        let f = ChangesFilter { provider: Some("p".into()), model: None, direction: Some(Direction::Up) };
        let q = f.to_query();
        let back = ChangesFilter::from_query(&|k: &str| q.iter().find(|(x, _)| *x == k).map(|(_, v)| v.clone()));
        assert_eq!(back, f);
        let ch = changes(&catalog());
        assert_eq!(ch.iter().filter(|c| f.matches(c)).count(), 1, "one rise at p");
        assert_eq!(ch.iter().filter(|c| ChangesFilter { direction: Some(Direction::Down), ..Default::default() }.matches(c)).count(), 3);
        assert_eq!(ChangesFilter::from_query(&|_: &str| Some("sideways".into())).direction, None);
    }

    #[test]
    fn feed_is_well_formed_atom_with_an_entry_per_change() {
        let ch = changes(&catalog());
        let xml = atom_feed(&ch, "https://hub.example", "2026-11-20T00:00:00Z", "/changes", |m| format!("/models/{m}"));
        // A real XML parser reads it.
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let feed = doc.root_element();
        assert_eq!((feed.tag_name().name(), feed.tag_name().namespace()), ("feed", Some("http://www.w3.org/2005/Atom")));
        let entries: Vec<_> = feed.children().filter(|n| n.has_tag_name("entry")).collect();
        assert_eq!(entries.len(), ch.len());
        let title = entries[2].children().find(|n| n.has_tag_name("title")).and_then(|n| n.text()).unwrap();
        assert_eq!(title, "M <b>1</b> at P & Co: input $0.20 → $0.15 per 1M tokens", "text, escaped and read back");
        // The summary says what its date is: a source's date, not necessarily the day it took effect.
        let summary = entries[2].children().find(|n| n.has_tag_name("summary")).and_then(|n| n.text()).unwrap();
        assert!(summary.contains("dated 2026-06-01 by b (the day it took effect where the source gives one"), "{summary}");
        // Atom requires id, title and updated on the feed and each entry; ids are unique.
        for n in std::iter::once(feed).chain(entries.iter().copied()) {
            for tag in ["id", "title", "updated"] {
                assert!(n.children().any(|c| c.has_tag_name(tag)), "{tag}");
            }
        }
        let mut ids: Vec<_> = entries.iter().filter_map(|e| e.children().find(|n| n.has_tag_name("id")).and_then(|n| n.text())).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ch.len());
    }
}
