//! What the model page derives from the catalog: its FAQ (related models come from `alternatives`).

use crate::{
    catalog::{Capability, Offer},
    money::{blended, format_int, format_price},
    parse::Catalog,
};

/// One question and its answer, both plain text.
#[derive(Debug, Clone, PartialEq)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

/// How a model's size reads (`1.6T total, 49B active`, `24B`), from its parameter counts in
/// billions; `None` where the total is unknown.
pub fn params_label(total_b: Option<f64>, active_b: Option<f64>) -> Option<String> {
    let size = |b: f64| if b >= 1000.0 { format!("{}T", b / 1000.0) } else { format!("{b}B") };
    let total = size(total_b?);
    Some(match active_b {
        Some(a) => format!("{total} total, {} active", size(a)),
        None => total,
    })
}

/// The model page's context card: the model's window, else its cheapest offer's, else that
/// offer's input limit (`100,000 input` for Claude 2.1), else `unknown`.
pub fn context_label(c: &Catalog, i: usize) -> String {
    let m = &c.models()[i];
    match (m.context, c.cheapest_offer(i)) {
        (Some(n), _) => format_int(n),
        (None, Some(o)) => o.window_label(m),
        (None, None) => "unknown".into(),
    }
}

/// The model's price per 1M tokens at its cheapest offer, as offers compare
/// ([`Catalog::offer_price`]: 50/50 blended, or input alone for an embedding model).
pub fn blended_cheapest(c: &Catalog, i: usize) -> Option<f64> {
    c.offer_price(i, c.cheapest_offer(i)?)
}

/// Questions a buyer asks, answered only from the catalog.
pub fn faq(c: &Catalog, i: usize) -> Vec<Faq> {
    let m = &c.models()[i];
    let name = &m.name;
    let mut out = Vec::new();
    let provider_name = |id: &str| c.provider(id).map_or(id.to_owned(), |p| p.name.clone());
    let cost = match c.cheapest_offer(i) {
        Some(o) if o.prices.output.is_none() => format!(
            "The cheapest offer in the catalog is {}'s: {} per 1M input tokens (as of {}). It returns no generated tokens ({}), so that is the whole price per 1M tokens read.",
            provider_name(&o.provider),
            format_price(o.prices.input),
            o.as_of,
            m.kind.label().to_lowercase()
        ),
        Some(o) => {
            let (input, output) = (o.prices.input.unwrap_or(0.0), o.prices.output.unwrap_or(0.0));
            format!(
                "The cheapest offer in the catalog is {}'s: {} per 1M input tokens and {} per 1M output tokens (as of {}). A 50/50 workload of 1M tokens (500k in, 500k out) costs about {}.",
                provider_name(&o.provider),
                format_price(Some(input)),
                format_price(Some(output)),
                o.as_of,
                format_price(Some(blended(input, output, 0.5)))
            )
        }
        None if !c.is_served(i) => match m.open_weights {
            Some(true) => {
                "No API in the catalog's sources serves it. Its weights are open, so it costs what running it on your own GPUs costs: the Self-hosted page estimates that.".into()
            }
            _ => "No API in the catalog's sources serves it.".into(),
        },
        None => "No offer in the catalog lists both an input and an output price for it.".into(),
    };
    out.push(Faq { question: format!("How much does {name} cost?"), answer: cost });
    let cheapest = c.cheapest_offer(i);
    let ctx = m.context.or_else(|| cheapest.and_then(|o| o.context));
    out.push(Faq {
        question: format!("What is the context window of {name}?"),
        answer: match (ctx, m.max_output, cheapest.and_then(|o| o.max_input_or(m))) {
            (Some(ctx), Some(max), _) => format!("{} tokens, with up to {} output tokens per response.", format_int(ctx), format_int(max)),
            (Some(ctx), None, _) => format!("{} tokens.", format_int(ctx)),
            // An input limit is no window, but bounds the prompt (Claude 2.1 at Bedrock: 100,000).
            (None, _, Some(input)) => format!("The catalog's sources do not state it; its cheapest offer takes up to {} input tokens.", format_int(input)),
            (None, _, None) => "The catalog's sources do not state it.".into(),
        },
    });
    out.push(Faq {
        question: format!("Can I self-host {name}?"),
        answer: match m.open_weights {
            Some(true) => format!(
                "Yes: its weights are openly published{}. The Self-hosted page estimates the GPU memory it needs.",
                m.license.as_deref().map(|l| format!(" under the {l} licence")).unwrap_or_else(|| " (licence not stated in the catalog)".into())
            ),
            Some(false) => "No: its weights are not published, so it is available only through hosted APIs.".into(),
            None => "The catalog's sources do not say whether its weights are published.".into(),
        },
    });
    let mut providers: Vec<String> = c.offers_of(i).map(|o| provider_name(&o.provider)).collect();
    crate::order::sort_by_key(&mut providers, |p| p.to_ascii_lowercase());
    providers.dedup();
    out.push(Faq {
        question: format!("Which providers offer {name}?"),
        answer: if providers.is_empty() {
            "None in the catalog's sources.".into()
        } else {
            format!("{} provider{}: {}.", providers.len(), if providers.len() == 1 { "" } else { "s" }, providers.join(", "))
        },
    });
    out.push(Faq {
        question: format!("Does {name} support vision, tools or JSON mode?"),
        answer: if m.capabilities.is_empty() {
            "No source in the catalog claims any of these capabilities for it.".into()
        } else {
            let has = |cap: Capability| m.capabilities.contains(&cap);
            let list: Vec<String> = Capability::ALL.iter().filter(|c| has(**c)).map(|c| c.label().to_ascii_lowercase()).collect();
            format!("Its sources list: {}.", list.join(", "))
        },
    });
    out
}

/// How far above the other providers an offer must be priced to be marked: ten times.
pub const FAR_ABOVE: f64 = 10.0;

/// How many times the middle of the other providers' prices an offer's price is, where it is
/// [`FAR_ABOVE`] times or more: a figure to check with the provider before relying on it
/// (models.dev gives Helicone's Mistral Nemo at $20/$40 where nineteen other hosts charge about
/// $0.15). Prices compare as offers do ([`Catalog::offer_price`]), standard tier in US dollars,
/// each other provider by its lowest price, and only where three or more others price the model.
pub fn far_above_others(c: &Catalog, model_index: usize, offer_index: usize) -> Option<f64> {
    let comparable = |o: &Offer| if o.is_usd() && o.is_standard_tier() { c.offer_price(model_index, o).filter(|p| *p > 0.0) } else { None };
    let offer = c.offers().get(offer_index)?;
    let price = comparable(offer)?;
    let mut lowest: Vec<(&str, f64)> = Vec::new();
    for o in c.offers_of(model_index).filter(|o| o.provider != offer.provider) {
        let Some(p) = comparable(o) else { continue };
        match lowest.iter_mut().find(|(id, _)| *id == o.provider) {
            Some((_, low)) => *low = low.min(p),
            None => lowest.push((&o.provider, p)),
        }
    }
    if lowest.len() < 3 {
        return None;
    }
    let mut prices: Vec<f64> = lowest.into_iter().map(|(_, p)| p).collect();
    crate::order::sort_by(&mut prices, f64::total_cmp);
    let n = prices.len();
    let middle = if n % 2 == 1 { prices[n / 2] } else { (prices[n / 2 - 1] + prices[n / 2]) / 2.0 };
    Some(price / middle).filter(|r| *r >= FAR_ABOVE)
}

/// A row of the model page's offer table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfferRow {
    /// Index into the catalog's offers.
    pub offer: usize,
    /// Other regions of its provider and tier, on a regional group's head row; else 0.
    pub more_regions: usize,
    /// A region row shown under its opened head.
    pub member: bool,
}

/// The group a regional offer belongs to: one provider and tier (`amazon-bedrock|standard`).
pub fn region_group(o: &Offer) -> String {
    format!("{}|{}", o.provider, o.service_tier)
}

/// Offer table rows from offers in display `order`: a provider that prices by region shows
/// one row, its first region in that order, counting the others; the groups in `open` list
/// their other regions right under it.
pub fn offer_rows(offers: &[Offer], order: &[usize], open: &[String]) -> Vec<OfferRow> {
    let mut heads: Vec<OfferRow> = Vec::new();
    let mut members: Vec<(String, usize)> = Vec::new();
    for &k in order {
        let o = &offers[k];
        if o.region.is_none() {
            heads.push(OfferRow { offer: k, more_regions: 0, member: false });
            continue;
        }
        let g = region_group(o);
        match heads.iter_mut().find(|h| offers[h.offer].region.is_some() && region_group(&offers[h.offer]) == g) {
            Some(head) => {
                head.more_regions += 1;
                if open.contains(&g) {
                    members.push((g, k));
                }
            }
            None => heads.push(OfferRow { offer: k, more_regions: 0, member: false }),
        }
    }
    let mut rows = Vec::with_capacity(heads.len() + members.len());
    for head in heads {
        let g = offers[head.offer].region.is_some().then(|| region_group(&offers[head.offer]));
        rows.push(head);
        if let Some(g) = g {
            rows.extend(members.iter().filter(|(mg, _)| *mg == g).map(|&(_, k)| OfferRow { offer: k, more_regions: 0, member: true }));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CatalogFile;

    /// A catalog from a JSON fixture in the published format.
    fn catalog_of(v: serde_json::Value) -> Catalog {
        Catalog::from_file(serde_json::from_value::<CatalogFile>(v).unwrap())
    }

    fn catalog() -> Catalog {
        catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "mistral", "name": "Mistral"}, {"id": "openrouter", "name": "OpenRouter"}],
            "models": [
                {"id": "mistral-small-3.2-24b", "name": "Mistral Small 3.2 24B", "creator": "Mistral", "context": 128000, "max_output": 16384,
                 "capabilities": ["vision", "tools", "json_mode"], "open_weights": true, "license": "Apache 2.0"},
                {"id": "a", "name": "A", "creator": "X", "capabilities": ["tools", "vision", "json_mode"]},
                {"id": "b", "name": "B", "creator": "X", "capabilities": ["vision", "tools", "json_mode"]},
                {"id": "c", "name": "C", "creator": "X", "capabilities": ["vision"]},
                {"id": "d", "name": "Mistral Small 3.2 24B", "creator": "X", "capabilities": ["vision", "tools", "json_mode"]},
                {"id": "e", "name": "E", "creator": "X", "open_weights": true, "license": "MIT"}
            ],
            "offers": [
                {"model": "mistral-small-3.2-24b", "provider": "openrouter", "provider_model_id": "mistralai/mistral-small-3.2-24b-instruct", "prices": {"input": 0.075, "output": 0.2}, "as_of": "2026-11-03", "source": "openrouter"},
                {"model": "mistral-small-3.2-24b", "provider": "mistral", "provider_model_id": "mistral-small-2506", "prices": {"input": 0.1, "output": 0.3}, "as_of": "2026-11-20", "source": "litellm"},
                {"model": "a", "provider": "mistral", "provider_model_id": "a", "prices": {"input": 1.0, "output": 1.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "b", "provider": "mistral", "provider_model_id": "b", "prices": {"input": 0.1, "output": 0.2}, "as_of": "2026-11-20", "source": "s", "max_input": 100000},
                {"model": "c", "provider": "mistral", "provider_model_id": "c", "prices": {"input": 0.075, "output": 0.2}, "as_of": "2026-11-20", "source": "s"},
                {"model": "d", "provider": "mistral", "provider_model_id": "d", "prices": {"input": 0.075, "output": 0.2}, "as_of": "2026-11-20", "source": "s"}
            ]
        }))
    }

    #[test]
    fn a_confirmed_price_headlines_before_a_stale_one() {
        let c = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}, {"id": "r", "name": "R"}],
            "models": [{"id": "m", "name": "M", "creator": "X"}, {"id": "n", "name": "N", "creator": "X"}, {"id": "s", "name": "S", "creator": "X"}],
            "offers": [
                // m: a cheaper price no source has confirmed since July, and a confirmed one.
                {"model": "m", "provider": "p", "provider_model_id": "m", "prices": {"input": 0.1, "output": 0.1}, "as_of": "2026-07-02", "source": "s"},
                {"model": "m", "provider": "q", "provider_model_id": "m", "prices": {"input": 0.5, "output": 0.5}, "as_of": "2026-11-09", "source": "s"},
                // n: only stale prices; the cheapest of them stands.
                {"model": "n", "provider": "p", "provider_model_id": "n", "prices": {"input": 0.3, "output": 0.3}, "as_of": "2026-07-02", "source": "s"},
                {"model": "n", "provider": "q", "provider_model_id": "n", "prices": {"input": 0.2, "output": 0.2}, "as_of": "2026-06-01", "source": "s"},
                // s: a confirmed $0 tier does not beat a stale paid price.
                {"model": "s", "provider": "p", "provider_model_id": "s", "prices": {"input": 0.4, "output": 0.4}, "as_of": "2026-07-02", "source": "s"},
                {"model": "s", "provider": "r", "provider_model_id": "s:free", "prices": {"input": 0.0, "output": 0.0}, "as_of": "2026-11-20", "source": "s"}
            ]
        }));
        let shown = |slug: &str| c.cheapest_offer(c.model_index(slug).unwrap()).map(|o| o.provider.clone());
        assert_eq!(shown("m").as_deref(), Some("q"));
        assert_eq!(shown("n").as_deref(), Some("q"));
        assert_eq!(shown("s").as_deref(), Some("p"));
        // A provider filter keeps the rule within the chosen providers.
        let m = c.model_index("m").unwrap();
        assert_eq!(c.shown_offer_index(m, c.today(), |o| o.provider == "p").map(|k| c.offers()[k].provider.as_str()), Some("p"));
        // No provider is named as the creator (X): no creator's price.
        assert!(c.creator_provider(m).is_none() && c.creator_offer(m, c.today()).is_none());
    }

    #[test]
    fn at_one_price_the_creators_own_api_is_named() {
        let c = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "a", "name": "Aggregator"}, {"id": "db", "name": "Databricks"}, {"id": "anthropic", "name": "Anthropic"}],
            "models": [{"id": "m", "name": "M", "creator": "Anthropic"}, {"id": "n", "name": "N", "creator": "Anthropic"}],
            "offers": [
                // m: Databricks' DBU conversion is a hundred-thousandth below the list the others give.
                {"model": "m", "provider": "a", "provider_model_id": "m", "prices": {"input": 3.0, "output": 15.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "m", "provider": "db", "provider_model_id": "m", "prices": {"input": 2.99999, "output": 15.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "m", "provider": "anthropic", "provider_model_id": "m", "prices": {"input": 3.0, "output": 15.0}, "as_of": "2026-11-20", "source": "s"},
                // n: a real discount (1% below) still headlines.
                {"model": "n", "provider": "db", "provider_model_id": "n", "prices": {"input": 2.97, "output": 14.85}, "as_of": "2026-11-20", "source": "s"},
                {"model": "n", "provider": "anthropic", "provider_model_id": "n", "prices": {"input": 3.0, "output": 15.0}, "as_of": "2026-11-20", "source": "s"}
            ]
        }));
        let shown = |slug: &str| c.cheapest_offer(c.model_index(slug).unwrap()).map(|o| o.provider.clone());
        assert_eq!(shown("m").as_deref(), Some("anthropic"));
        assert_eq!(shown("n").as_deref(), Some("db"));
        // Without the creator among the tied, the cheapest in file order stands.
        let m = c.model_index("m").unwrap();
        assert_eq!(c.shown_offer_index(m, c.today(), |o| o.provider != "anthropic").map(|k| c.offers()[k].provider.as_str()), Some("db"));
    }

    #[test]
    fn a_price_ten_times_the_other_hosts_is_marked() {
        let offer = |p: &str, input: f64, output: f64| serde_json::json!({"model": "m", "provider": p, "provider_model_id": format!("m-{input}"), "prices": {"input": input, "output": output}, "as_of": "2026-11-20", "source": "s"});
        let c = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}, {"id": "h", "name": "H"}],
            "models": [{"id": "m", "name": "M", "creator": "X"}],
            // Three hosts near $0.15; H at $20/$40 (200×); B also lists a dearer id, which does not count.
            "offers": [offer("a", 0.15, 0.15), offer("b", 0.14, 0.14), offer("b", 3.0, 3.0), offer("c", 0.2, 0.2), offer("h", 20.0, 40.0)]
        }));
        let m = c.model_index("m").unwrap();
        let ratio = |p: &str, input: f64| far_above_others(&c, m, c.offers().iter().position(|o| o.provider == p && o.prices.input == Some(input)).unwrap());
        assert!(ratio("h", 20.0).is_some_and(|r| (r - 30.0 / 0.15).abs() < 1e-6), "{:?}", ratio("h", 20.0));
        // B's dearer id is 20× the others' middle ($0.15): marked too; the cheap ones are not.
        assert!(ratio("b", 3.0).is_some_and(|r| r >= FAR_ABOVE));
        for (p, input) in [("a", 0.15), ("b", 0.14), ("c", 0.2)] {
            assert_eq!(ratio(p, input), None, "{p}");
        }
        // With two other providers there is no middle to trust.
        let c2 = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "h", "name": "H"}],
            "models": [{"id": "m", "name": "M", "creator": "X"}],
            "offers": [offer("a", 0.15, 0.15), offer("b", 0.15, 0.15), offer("h", 20.0, 40.0)]
        }));
        assert_eq!(far_above_others(&c2, 0, 2), None);
    }

    #[test]
    fn a_coding_plan_channel_headlines_only_where_no_standard_price_is() {
        let c = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "hub", "name": "Hub"}, {"id": "z", "name": "Z"}],
            "models": [{"id": "g", "name": "G", "creator": "Z"}, {"id": "k", "name": "K", "creator": "Z"}],
            "offers": [
                // g: the plan channel is 14 times cheaper, but the standard prices headline.
                {"model": "g", "provider": "hub", "provider_model_id": "cc-g", "service_tier": "coding-plan", "prices": {"input": 0.06, "output": 0.22}, "as_of": "2026-11-20", "source": "s"},
                {"model": "g", "provider": "hub", "provider_model_id": "zai-g", "prices": {"input": 0.845, "output": 3.38}, "as_of": "2026-11-20", "source": "s"},
                {"model": "g", "provider": "z", "provider_model_id": "g", "prices": {"input": 1.4, "output": 4.4}, "as_of": "2026-11-20", "source": "s"},
                // k: only a plan channel and a stale standard price: the confirmed plan price stands.
                {"model": "k", "provider": "hub", "provider_model_id": "coding-k", "service_tier": "coding-plan", "prices": {"input": 0.4, "output": 1.6}, "as_of": "2026-11-20", "source": "s"},
                {"model": "k", "provider": "z", "provider_model_id": "k", "prices": {"input": 3.0, "output": 15.0}, "as_of": "2026-06-01", "source": "s"}
            ]
        }));
        let shown = |slug: &str| c.cheapest_offer(c.model_index(slug).unwrap()).map(|o| o.provider_model_id.clone());
        assert_eq!(shown("g").as_deref(), Some("zai-g"));
        assert_eq!(shown("k").as_deref(), Some("coding-k"));
        assert_eq!(crate::PLAN_TIER, "coding-plan");
    }

    #[test]
    fn a_model_priced_by_input_alone_compares_by_its_input_price() {
        let c = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}],
            "models": [{"id": "e", "name": "E", "creator": "X", "kind": "embedding"}, {"id": "c", "name": "C", "creator": "X"}],
            "offers": [
                {"model": "e", "provider": "p", "provider_model_id": "e", "prices": {"input": 0.13}, "as_of": "2026-11-20", "source": "s"},
                {"model": "e", "provider": "q", "provider_model_id": "e", "prices": {"input": 0.02}, "as_of": "2026-11-20", "source": "s"},
                // A chat model's price with no output figure is not a price to compare.
                {"model": "c", "provider": "p", "provider_model_id": "c", "prices": {"input": 0.1}, "as_of": "2026-11-20", "source": "s"}
            ]
        }));
        let e = c.model_index("e").unwrap();
        assert_eq!(c.cheapest_offer(e).map(|o| o.provider.as_str()), Some("q"));
        assert_eq!(blended_cheapest(&c, e), Some(0.02));
        let cost = &faq(&c, e)[0].answer;
        assert!(cost.contains("$0.02 per 1M input tokens") && !cost.contains("output tokens"), "{cost}");
        assert!(c.cheapest_offer(c.model_index("c").unwrap()).is_none());
    }

    #[test]
    fn the_creators_own_price() {
        let c = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "anthropic", "name": "Anthropic"}, {"id": "reseller", "name": "Reseller"}],
            "models": [{"id": "h", "name": "Haiku", "creator": "anthropic"}],
            "offers": [
                {"model": "h", "provider": "reseller", "provider_model_id": "h", "prices": {"input": 0.25, "output": 1.25}, "as_of": "2026-11-09", "source": "s"},
                {"model": "h", "provider": "anthropic", "provider_model_id": "h", "prices": {"input": 1.0, "output": 5.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "h", "provider": "anthropic", "provider_model_id": "h-batch", "service_tier": "batch", "prices": {"input": 0.5, "output": 2.5}, "as_of": "2026-07-02", "source": "s"}
            ]
        }));
        assert_eq!(c.cheapest_offer(0).map(|o| o.provider.as_str()), Some("reseller"));
        // The creator, matched by name whatever its case; its confirmed price before a stale one.
        assert_eq!(c.creator_provider(0).map(|p| p.id.as_str()), Some("anthropic"));
        assert_eq!(c.creator_offer(0, c.today()).map(|o| (o.prices.input, o.prices.output)), Some((Some(1.0), Some(5.0))));
    }

    #[test]
    fn a_creators_retired_offer_is_no_list_price() {
        let catalog = |model_retired: bool| {
            catalog_of(serde_json::json!({
                "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
                "providers": [{"id": "google", "name": "Google"}, {"id": "host", "name": "Host"}],
                "models": [{"id": "f", "name": "Flash", "creator": "google", "retired": if model_retired { Some("2026-06-01") } else { None }}],
                "offers": [
                    {"model": "f", "provider": "host", "provider_model_id": "f", "prices": {"input": 0.2, "output": 0.8}, "as_of": "2026-11-20", "source": "s",
                     "deprecation_date": if model_retired { Some("2026-05-01") } else { None }},
                    {"model": "f", "provider": "google", "provider_model_id": "f", "prices": {"input": 0.1, "output": 0.4}, "as_of": "2026-11-20", "source": "s", "deprecation_date": "2026-06-01"}
                ]
            }))
        };
        // Still sold by a host: the creator's retired price is not set beside the host's.
        let c = catalog(false);
        assert_eq!(c.cheapest_offer(0).map(|o| o.provider.as_str()), Some("host"));
        assert!(c.creator_offer(0, c.today()).is_none());
        // Retired everywhere: the creator's last price still reads as its list price.
        let c = catalog(true);
        assert_eq!(c.creator_offer(0, c.today()).map(|o| o.prices.input), Some(Some(0.1)));
    }

    #[test]
    fn a_makers_own_api_is_known_by_its_maker_field_too() {
        let c = catalog_of(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "google", "name": "Google (Gemini API)", "maker": "Google"}, {"id": "host", "name": "Host"}],
            "models": [{"id": "f", "name": "Flash", "creator": "Google"}],
            "offers": [
                {"model": "f", "provider": "host", "provider_model_id": "f", "prices": {"input": 0.2, "output": 0.8}, "as_of": "2026-11-20", "source": "s"},
                {"model": "f", "provider": "google", "provider_model_id": "f", "prices": {"input": 0.3, "output": 2.5}, "as_of": "2026-11-20", "source": "s"}
            ]
        }));
        // "Google (Gemini API)" is not named "Google", but its maker field says whose API it is.
        assert_eq!(c.creator_provider(0).map(|p| p.id.as_str()), Some("google"));
        assert_eq!(c.creator_offer(0, c.today()).map(|o| o.prices.input), Some(Some(0.3)));
    }

    #[test]
    fn faq_answers_from_the_data() {
        let c = catalog();
        let f = faq(&c, 0);
        assert_eq!(f[0].answer, "The cheapest offer in the catalog is OpenRouter's: $0.075 per 1M input tokens and $0.20 per 1M output tokens (as of 2026-11-03). A 50/50 workload of 1M tokens (500k in, 500k out) costs about $0.1375.");
        assert_eq!(f[1].answer, "128,000 tokens, with up to 16,384 output tokens per response.");
        assert!(f[2].answer.starts_with("Yes: its weights are openly published under the Apache 2.0 licence."), "{}", f[2].answer);
        assert_eq!(f[3].answer, "2 providers: Mistral, OpenRouter.");
        assert_eq!(f[4].answer, "Its sources list: vision, tools, json mode.");
        assert!(faq(&c, 3)[2].answer.contains("do not say"), "unknown weights stay unknown");
        // No window stated: an input limit is said as one, and nothing is made up without it.
        assert_eq!(faq(&c, 2)[1].answer, "The catalog's sources do not state it; its cheapest offer takes up to 100,000 input tokens.");
        assert_eq!(faq(&c, 1)[1].answer, "The catalog's sources do not state it.");
        assert_eq!([context_label(&c, 0), context_label(&c, 2), context_label(&c, 1)], ["128,000", "100,000 input", "unknown"]);
        // An open-weight model no API serves: no price is made up, and no provider either.
        let e = faq(&c, 5);
        assert!(e[0].answer.starts_with("No API in the catalog's sources serves it. Its weights are open"), "{}", e[0].answer);
        assert_eq!(e[3].answer, "None in the catalog's sources.");
    }

    #[test]
    fn regional_offers_fold_under_their_first_region() {
        let offer = |provider: &str, region: Option<&str>| -> Offer {
            serde_json::from_value(serde_json::json!({
                "model": "m", "provider": provider, "provider_model_id": format!("{}{provider}", region.unwrap_or("")),
                "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-01", "source": "litellm", "region": region,
            }))
            .unwrap()
        };
        let offers = [offer("bedrock", Some("us")), offer("mistral", None), offer("bedrock", Some("eu")), offer("bedrock", Some("apac"))];
        let order = [2, 1, 0, 3];
        let row = |offer, more_regions, member| OfferRow { offer, more_regions, member };
        // Closed: the first region in the order heads its group and counts the others.
        assert_eq!(offer_rows(&offers, &order, &[]), vec![row(2, 2, false), row(1, 0, false)]);
        // Open: the others follow their head, in order.
        let open = [region_group(&offers[0])];
        assert_eq!(offer_rows(&offers, &order, &open), vec![row(2, 2, false), row(0, 0, true), row(3, 0, true), row(1, 0, false)]);
    }

    #[test]
    fn sizes_read_in_billions_and_trillions() {
        assert_eq!(params_label(Some(1600.0), Some(49.0)).as_deref(), Some("1.6T total, 49B active"));
        assert_eq!(params_label(Some(1000.0), Some(32.0)).as_deref(), Some("1T total, 32B active"));
        assert_eq!(params_label(Some(117.0), Some(5.1)).as_deref(), Some("117B total, 5.1B active"));
        assert_eq!(params_label(Some(24.0), None).as_deref(), Some("24B"));
        assert_eq!(params_label(None, Some(3.0)), None, "an active count alone says nothing of the size");
    }
}
