//! The importer on small hand-written fixtures in each upstream format
//! (tests/fixtures/sources mirrors the layout of ../shared/data/sources).

use std::path::{Path, PathBuf};

use hub_core::{ApiStyle, Capability, CatalogFile, Modality, Offer};
use hub_importer::{build::compact_history, check, import, to_json, Paths};

fn paths(previous: Option<PathBuf>) -> Paths {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    Paths { sources: here.join("tests/fixtures/sources"), data: here.join("../../data"), previous, litellm_url: None, openrouter_url: None, genaiprices_url: None, as_of: vec![] }
}

fn catalog() -> (CatalogFile, hub_importer::build::Summary) {
    import(&paths(None)).expect("fixtures import")
}

fn offer<'a>(c: &'a CatalogFile, provider: &str, id: &str) -> &'a Offer {
    c.offers.iter().find(|o| o.provider == provider && o.provider_model_id == id).unwrap_or_else(|| panic!("no offer {provider}/{id}"))
}

#[test]
fn litellm_units_batches_tiers_and_skips() {
    let (c, s) = catalog();
    let o = offer(&c, "openai", "gpt-4o");
    assert_eq!((o.prices.input, o.prices.output), (Some(2.5), Some(10.0)), "USD per token → per 1M");
    assert_eq!((o.prices.batch_input, o.prices.batch_output), (Some(1.25), Some(5.0)));
    assert_eq!(o.source, "litellm");
    assert_eq!(o.as_of, "2026-11-20");
    let claude = offer(&c, "anthropic", "claude-sonnet-4-5");
    assert_eq!(claude.prices.cache_write, Some(3.75));
    assert_eq!(claude.tiers.len(), 1);
    assert_eq!((claude.tiers[0].above, claude.tiers[0].input, claude.tiers[0].output), (128_000, Some(6.0), Some(22.5)));
    // A tier beyond the endpoint's own input limit cannot be billed: left out, listed for review.
    let capped = offer(&c, "google-vertex", "gemini-fixture-computer-use");
    assert!(capped.tiers.is_empty() && capped.prices.input == Some(1.25));
    assert!(s.implausible.iter().any(|l| l.contains("gemini-fixture-computer-use") && l.contains("128000")), "{:?}", s.implausible);
    // Embeddings and 0/0 per-character (or unpriced) entries are left out and counted.
    assert_eq!(s.skipped.get("litellm: not a text-generation mode"), Some(&1));
    assert_eq!(s.skipped.get("litellm: no per-token price (0 or missing input and output)"), Some(&2));
    // A retired model keeps its page, marked, with the successor LiteLLM names.
    let old = c.offers.iter().find(|o| o.provider_model_id == "gpt-4-0314").expect("retired offers stay findable");
    let m = c.models.iter().find(|m| m.id == old.model).unwrap();
    assert_eq!((m.retired.as_deref(), m.successor.as_deref()), (Some("2025-06-06"), Some("gpt-4o")));
    assert!(c.models.iter().find(|m| m.id == "gpt-4o").unwrap().retired.is_none());
}

#[test]
fn one_endpoint_one_offer_and_aliases() {
    let (c, s) = catalog();
    // The dated snapshot and LiteLLM's `alias_of` id name gpt-4o's endpoint at the same price.
    let o = offer(&c, "openai", "gpt-4o");
    assert_eq!(o.aliases, ["gpt-4o-2024-08-06", "gpt-fresh-latest", "gpt4o-omni"]);
    assert!(!c.offers.iter().any(|x| x.provider_model_id == "gpt-4o-2024-08-06"));
    let m = c.models.iter().find(|m| m.id == "gpt-4o").unwrap();
    assert!(m.aliases.contains(&"gpt-fresh-latest".to_owned()), "{:?}", m.aliases);
    assert!(s.rules.keys().any(|k| k.contains("one endpoint under two ids")));
    // Bedrock prices per region: one offer per region, each saying which.
    let mut regions: Vec<Option<&str>> = c.offers.iter().filter(|o| o.provider == "amazon-bedrock" && o.model != "claude-fixture-5-2").map(|o| o.region.as_deref()).collect();
    regions.sort();
    assert_eq!(regions, [Some("eu"), Some("us")]);
    // LiteLLM's input limit is not the window: kept apart, and only where it is below the window.
    let claude = offer(&c, "anthropic", "claude-sonnet-4-5");
    assert_eq!((claude.max_input, claude.context), (None, None), "genai-prices gives the window; LiteLLM's 200,000 input limit equals it");
    assert_eq!(c.models.iter().find(|m| m.id == claude.model).unwrap().context, Some(200_000), "the window, on the model");
    let groq = offer(&c, "groq", "llama-3.1-8b-instant");
    assert_eq!(groq.max_input, None, "131,072 input tokens in a 131,072 window is no limit");
}

#[test]
fn one_name_one_creator_one_kind_is_one_model() {
    let (c, s) = catalog();
    // `gpt4o-omni` joins no rule, but its source names it "GPT-4o", made by OpenAI, a chat model.
    let o = c.offers.iter().find(|o| o.provider_model_id == "gpt4o-omni" || o.aliases.iter().any(|a| a == "gpt4o-omni")).unwrap();
    assert_eq!(o.model, "gpt-4o");
    assert!(c.models.iter().find(|m| m.id == "gpt-4o").unwrap().aliases.contains(&"gpt4o-omni".to_owned()));
    assert!(s.rules.keys().any(|k| k.contains("one name, creator and kind")));
}

#[test]
fn kinds_units_currency_and_zeros() {
    let (c, s) = catalog();
    let kind = |id: &str| c.models.iter().find(|m| c.offers.iter().any(|o| o.model == m.id && o.provider_model_id.contains(id))).map(|m| m.kind);
    assert_eq!(kind("bge-reranker"), Some(hub_core::Kind::Rerank), "a reranker LiteLLM files under chat");
    assert_eq!(kind("gpt-4o"), Some(hub_core::Kind::Chat));
    // Per-audio-minute prices (a models.dev comment) are kept with their unit, not as per-token prices.
    let vox = offer(&c, "evroc", "mistralai/Voxtral-Small-24B-2507");
    assert_eq!((vox.prices.input, vox.prices.output), (None, None));
    assert_eq!(vox.unit_prices.len(), 2);
    assert_eq!((vox.unit_prices[0].unit, vox.unit_prices[0].price), (hub_core::PriceUnit::AudioMinute, 0.0023));
    // OVHcloud has a euro list (LiteLLM's figures, data/providers.toml) and a dollar list (models.dev's).
    // Where both price an endpoint the offer is the dollar one, its two ids are one offer,
    // and the euro figure is no rival; an offer only LiteLLM prices stays in euros.
    let ovh = offer(&c, "ovhcloud", "mistral-small-3.2-24b-instruct-2506");
    assert_eq!((ovh.currency.as_str(), ovh.prices.input, ovh.prices.output), ("USD", Some(0.1), Some(0.31)));
    assert_eq!(ovh.aliases, ["Mistral-Small-3.2-24B-Instruct-2506"]);
    assert!(ovh.conflicts.is_empty(), "€0.09 and $0.10 are two lists, not a conflict: {:?}", ovh.conflicts);
    assert!(ovh.history.iter().all(|p| p.source != "litellm"), "no euro point in a dollar history");
    let euro = offer(&c, "ovhcloud", "Meta-Llama-3_1-70B-Instruct");
    assert_eq!((euro.currency.as_str(), euro.prices.input), ("EUR", Some(0.67)));
    assert!(s.skipped.contains_key("litellm: a price list in the provider's other currency, beside its dollar list"));
    assert!(c.offers.iter().filter(|o| o.provider == "scaleway").all(|o| o.currency == "EUR"), "every Scaleway source copies its euro list");
    // 0 without a free tier is unknown: NVIDIA's 0/0 entry is not published as free.
    assert!(!c.offers.iter().any(|o| o.provider_model_id.contains("llama-3.1-8b-instruct") && o.provider.contains("nvidia")));
    assert!(c.offers.iter().all(|o| o.service_tier == "free" || [o.prices.input, o.prices.output, o.prices.cache_read].iter().all(|p| *p != Some(0.0))));
    assert!(s.skipped.contains_key("litellm: zero price made unknown (not a free tier)"));
    // Spellings join: Fireworks' `llama-v3p1-8b-instruct` and Groq's `llama-3.1-8b-instant` are one model.
    let fw = offer(&c, "fireworks-ai", "accounts/fireworks/models/llama-v3p1-8b-instruct");
    let groq = offer(&c, "groq", "llama-3.1-8b-instant");
    assert_eq!(fw.model, groq.model);
    assert_eq!(c.models.iter().find(|m| m.id == fw.model).unwrap().creator, "Meta");
}

#[test]
fn openrouter_strings_free_and_variable() {
    let (c, s) = catalog();
    let o = offer(&c, "openrouter", "mistralai/mistral-small-3.2-24b-instruct");
    assert_eq!((o.prices.input, o.prices.output), (Some(0.1), Some(0.3)), "genai-prices' change of 2026-11-03 is newer than the snapshot");
    assert!(o.conflicts.iter().any(|x| x.field == "input" && x.values.get("openrouter") == Some(&0.075)), "the snapshot's 0.075 is kept as a conflict");
    let free = offer(&c, "openrouter", "mistralai/mistral-small-3.2-24b-instruct:free");
    assert_eq!((free.prices.input, free.prices.output), (Some(0.0), Some(0.0)), "0 is a price, not missing");
    assert_eq!(free.service_tier, "free");
    assert_eq!(free.context, Some(96_000), "its own context, unlike the model's");
    assert!(!c.offers.iter().any(|o| o.provider_model_id == "openrouter/auto"), "\"-1\" = variable pricing");
    assert_eq!(s.skipped.get("openrouter: variable or missing pricing (\"-1\")"), Some(&1));
    // A `~…-latest` redirect is no endpoint of one model, whatever price it is listed at.
    assert!(!c.offers.iter().any(|o| o.provider_model_id.starts_with('~')));
    assert_eq!(s.skipped.get("genai-prices: OpenRouter `~…-latest` redirect to a family's newest model, not one model's endpoint"), Some(&1));
}

#[test]
fn llm_stats_cents() {
    let mut skips = hub_importer::raw::Skips::default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources/llm-stats/data");
    let ls = hub_importer::sources::llmstats::read_dir(&dir, &mut skips).unwrap();
    assert_eq!(ls.offers.len(), 2);
    let o = &ls.offers[0];
    assert_eq!((o.prices.input, o.prices.output), (Some(0.075), Some(0.2)), "US cents per 1M → USD per 1M");
    assert_eq!(o.provider_model_id, "mistralai/Mistral-Small-3.2-24B-Instruct-2506");
    assert_eq!(skips.0.get("llm-stats: deprecated offer"), Some(&1));
    assert_eq!(o.max_output, Some(16_384));
    // An output limit equal to the input limit is llm-stats' copy of it, not a figure.
    assert_eq!((ls.offers[1].max_input, ls.offers[1].max_output), (Some(128_000), None));
}

#[test]
fn modelsdev_inheritance_and_omit() {
    let (c, s) = catalog();
    let o = offer(&c, "scaleway", "mistral-small-3.2-24b-instruct-2506");
    assert_eq!((o.prices.input, o.prices.output), (Some(0.15), Some(0.36)), "provider [cost] wins");
    assert_eq!(o.max_output, Some(32_768), "provider [limit] replaces the inherited table");
    assert_eq!(o.context, None, "…so the base's context is not inherited at this provider");
    assert_eq!(o.model, "mistral-small-3.2-24b", "base_model joins it to the canonical model");
    assert_eq!(s.skipped.get("models.dev: does not output text"), Some(&1));
    // Tiers from [[cost.tiers]] when the fresher source has none.
    let g = offer(&c, "openai", "gpt-4o");
    assert_eq!(g.tiers.len(), 1);
    assert_eq!((g.tiers[0].above, g.tiers[0].input), (64_000, Some(5.0)));
    assert_eq!(g.field_sources.get("tiers").map(String::as_str), Some("models.dev"));
}

#[test]
fn one_model_many_offers_across_sources() {
    let (c, _) = catalog();
    let m = c.models.iter().find(|m| m.id == "mistral-small-3.2-24b").expect("reviewed slug");
    assert_eq!(m.name, "Mistral Small 3.2 24B");
    assert_eq!(m.creator, "Mistral");
    assert_eq!(m.context, Some(128_000));
    assert_eq!(m.open_weights, Some(true));
    assert_eq!(m.license.as_deref(), Some("Apache 2.0"));
    assert_eq!(m.params_b, Some(23.6));
    assert_eq!(m.field_sources.get("params_b").map(String::as_str), Some("llm-stats"));
    assert_eq!(m.field_sources.get("context").map(String::as_str), Some("models.dev"));
    for cap in [Capability::Vision, Capability::Tools, Capability::StructuredOutputs, Capability::JsonMode] {
        assert!(m.capabilities.contains(&cap), "{cap:?}");
    }
    assert!(!m.capabilities.contains(&Capability::Reasoning), "the canonical file's reasoning = false vetoes a host's claim");
    // The creator's file lists text and image in, text out; one host's video input and audio output do not stand.
    assert_eq!(m.input, [Modality::Text, Modality::Image], "a lone host's video input");
    assert!(m.output.iter().all(|o| *o == Modality::Text), "a lone host's audio and image output: {:?}", m.output);
    assert_eq!(m.kind, hub_core::Kind::Chat, "a host's image output does not make it an image generator");
    let mut ids: Vec<String> = c.offers.iter().filter(|o| o.model == m.id).map(|o| format!("{}/{}", o.provider, o.provider_model_id)).collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "mistral/mistral-small-2506",
            "openrouter/mistralai/mistral-small-3.2-24b-instruct",
            "openrouter/mistralai/mistral-small-3.2-24b-instruct:free",
            "ovhcloud/mistral-small-3.2-24b-instruct-2506",
            "scaleway/mistral-small-3.2-24b-instruct-2506",
        ],
        "each provider once: Scaleway's `mistralai/…` id folds into its plain id"
    );
    // Bedrock's regional id and Anthropic's id are one model.
    let claude: Vec<&str> = c.offers.iter().filter(|o| o.model == "claude-sonnet-4-5").map(|o| o.provider.as_str()).collect();
    assert_eq!(claude, ["amazon-bedrock", "amazon-bedrock", "anthropic"], "Bedrock in two regions");
    assert_eq!(c.models.iter().find(|m| m.id == "claude-sonnet-4-5").unwrap().creator, "Anthropic");
}

#[test]
fn conflicts_are_kept_not_resolved() {
    let (c, s) = catalog();
    let o = offer(&c, "openai", "gpt-4o");
    assert_eq!(o.prices.cache_read, Some(1.25), "the fresher source's figure is current");
    assert_eq!(o.conflicts.len(), 1, "{:?}", o.conflicts);
    assert_eq!(o.conflicts[0].field, "cache_read");
    assert_eq!(o.conflicts[0].values.get("litellm"), Some(&1.25));
    assert_eq!(o.conflicts[0].values.get("models.dev"), Some(&1.0));
    assert_eq!(s.conflicts.len(), 5, "gpt-4o's cache read; OpenRouter's old input and output against genai-prices' dated change; Bedrock's bare id at the global and the in-region rate (OVHcloud's euro and dollar lists are not rivals): {:?}", s.conflicts);
}

#[test]
fn providers_get_facts_only_from_sources_or_reviewed_files() {
    let (c, _) = catalog();
    let p = |id: &str| c.providers.iter().find(|p| p.id == id).unwrap();
    let scw = p("scaleway");
    assert_eq!(scw.api_style, Some(ApiStyle::OpenaiCompatible), "models.dev npm @ai-sdk/openai-compatible");
    assert_eq!(scw.api_base.as_deref(), Some("https://api.scaleway.ai/v1"));
    assert_eq!(scw.env_var.as_deref(), Some("SCALEWAY_API_KEY"));
    assert!(scw.facts_source.as_deref().unwrap().contains("models.dev"));
    let anth = p("anthropic");
    assert_eq!(anth.api_style, Some(ApiStyle::Anthropic));
    assert_eq!(anth.auth_header.as_deref(), Some("x-api-key"));
    assert!(c.providers.iter().all(|p| p.api_base.as_deref().is_none_or(hub_core::links::is_http_url)));
    assert!(!c.providers.iter().any(|p| p.id == "venice"), "a provider with no text offer is left out");
}

#[test]
fn history_only_on_real_changes() {
    let (c, _) = catalog();
    let h = &offer(&c, "openai", "gpt-4o").history;
    let pts: Vec<(&str, Option<f64>)> = h.iter().map(|p| (p.date.as_str(), p.input)).collect();
    assert_eq!(pts, [("2024-05-14", Some(5.0)), ("2024-11-15", Some(2.5))], "repeated 2024-08-01 and unchanged today are not points");
    // One price ever, first seen in models.dev's history on 2025-06-20: one "unchanged since" point.
    let since: Vec<(&str, Option<f64>)> = offer(&c, "mistral", "mistral-small-2506").history.iter().map(|p| (p.date.as_str(), p.input)).collect();
    assert_eq!(since, [("2025-06-20", Some(0.1))]);
}

#[test]
fn previous_catalog_history_is_carried_and_rerun_is_byte_identical() {
    let dir = std::env::temp_dir().join(format!("hub-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prev = dir.join("catalog.json");
    let (mut first, _) = import(&paths(None)).unwrap();
    // Pretend the previous catalog saw Scaleway at another price a month earlier.
    let o = first.offers.iter_mut().find(|o| o.provider == "scaleway" && o.provider_model_id == "mistral-small-3.2-24b-instruct-2506").unwrap();
    o.prices.input = Some(0.2);
    o.as_of = "2026-06-01".into();
    std::fs::write(&prev, to_json(&first)).unwrap();

    let (second, _) = import(&paths(Some(prev.clone()))).unwrap();
    let h = &offer(&second, "scaleway", "mistral-small-3.2-24b-instruct-2506").history;
    let pts: Vec<(&str, Option<f64>)> = h.iter().map(|p| (p.date.as_str(), p.input)).collect();
    assert_eq!(pts, [("2026-06-01", Some(0.2)), ("2026-07-02", Some(0.15))]);

    std::fs::write(&prev, to_json(&second)).unwrap();
    let (third, _) = import(&paths(Some(prev.clone()))).unwrap();
    assert_eq!(to_json(&second), to_json(&third), "same inputs → byte-identical file");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn validation_refuses_and_names_entries() {
    let (mut c, _) = catalog();
    assert!(check(&c).is_empty(), "{:?}", check(&c));
    c.offers[0].prices.input = Some(70_000.0);
    c.offers[1].prices.output = Some(-1.0);
    let dup = c.models[0].clone();
    c.models.push(dup);
    let problems = check(&c);
    assert!(problems.iter().any(|p| p.contains("above the plausible")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("not a non-negative number")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("duplicate model id")), "{problems:?}");
}

#[test]
fn compact_history_rules() {
    use hub_core::PricePoint;
    let p = |d: &str, i: f64| PricePoint { date: d.into(), input: Some(i), output: Some(1.0), source: "s".into(), until: false };
    // One price seen twice: "unchanged since" the first sighting.
    let since = compact_history(vec![p("2025-02-01", 1.0), p("2025-01-01", 1.0)]);
    assert_eq!(since.iter().map(|x| x.date.as_str()).collect::<Vec<_>>(), ["2025-01-01"]);
    // Seen on one day only, or only as the price that held until a day: nothing to say.
    assert!(compact_history(vec![p("2025-01-01", 1.0), p("2025-01-01", 1.0)]).is_empty());
    assert!(compact_history(vec![PricePoint { until: true, ..p("2025-01-01", 1.0) }]).is_empty());
    let h = compact_history(vec![p("2025-03-01", 2.0), p("2025-01-01", 1.0), p("2025-02-01", 1.0), p("2025-04-01", 1.0)]);
    assert_eq!(h.iter().map(|x| x.date.as_str()).collect::<Vec<_>>(), ["2025-01-01", "2025-03-01", "2025-04-01"]);
    assert!(compact_history(vec![PricePoint { date: "bad".into(), input: Some(1.0), output: None, source: "s".into(), until: false }]).is_empty());
    // A change its source dates after another source already saw the new price: the old price's
    // "until" is when the source noticed, so it is left out, and the new price stands from its first sighting.
    let until = |d: &str, i: f64| PricePoint { until: true, ..p(d, i) };
    let late = compact_history(vec![p("2026-05-15", 0.8), until("2026-10-19", 0.2), p("2026-10-19", 0.8), p("2026-11-20", 0.8)]);
    assert_eq!(late.iter().map(|x| (x.date.as_str(), x.input)).collect::<Vec<_>>(), [("2026-05-15", Some(0.8))]);
    // Seen before at the old price, the change and its date stand.
    let real = compact_history(vec![p("2026-05-15", 0.2), until("2026-10-19", 0.2), p("2026-10-19", 0.8), p("2026-11-20", 0.8)]);
    assert_eq!(real.iter().map(|x| (x.date.as_str(), x.input, x.until)).collect::<Vec<_>>(), [("2026-05-15", Some(0.2), false), ("2026-10-19", Some(0.8), false)]);
    // A record with input and output the other way round, then put right, is no move.
    let io = |d: &str, i: f64, o: f64| PricePoint { output: Some(o), ..p(d, i) };
    let fixed = compact_history(vec![io("2025-01-13", 0.15, 0.0375), io("2025-11-21", 0.0375, 0.15), io("2026-11-20", 0.0375, 0.15)]);
    assert_eq!(fixed.iter().map(|x| (x.date.as_str(), x.input)).collect::<Vec<_>>(), [("2025-11-21", Some(0.0375))]);
    // A move between two different prices stands.
    let moved = compact_history(vec![io("2025-01-13", 0.15, 0.6), io("2025-11-21", 0.0375, 0.15)]);
    assert_eq!(moved.len(), 2);
    // One figure known on each side is no swap.
    let half = compact_history(vec![PricePoint { output: None, ..p("2025-01-13", 0.15) }, PricePoint { input: None, output: Some(0.15), ..p("2025-11-21", 0.15) }]);
    assert_eq!(half.len(), 2);
}

#[test]
fn stale_offers_are_not_published() {
    use hub_importer::build::months_before;
    assert_eq!(months_before("2026-11-20", 12), "2025-11-20");
    assert_eq!(months_before("2026-01-05", 1), "2025-12-05");
    // The fixture's llm-stats snapshot (2025-10-16) is 13 months older than LiteLLM's (2026-11-20)…
    let (c, s) = catalog();
    assert!(!c.offers.iter().any(|o| o.source == "llm-stats"));
    assert!(s.skipped.keys().any(|k| k.starts_with("stale")));
    // A family rule's price (genai-prices' `starts_with: mistral-small-3.1` at DeepInfra) does not
    // make a stale listing current.
    assert!(!c.offers.iter().any(|o| o.provider_model_id.starts_with("mistral-small-3.1")));
    assert_eq!(s.skipped.get("stale: listed only by sources older than 12 months, priced only by a family rule"), Some(&1));
    // …but its model facts (parameters, licence) are still used.
    assert_eq!(c.models.iter().find(|m| m.id == "mistral-small-3.2-24b").unwrap().params_b, Some(23.6));
}

#[test]
fn genai_prices_fresher_prices_history_announcements_and_new_models() {
    let (c, s) = catalog();
    // The dated change (2026-11-03) beats OpenRouter's older snapshot; the old price stays as history.
    let or = offer(&c, "openrouter", "mistralai/mistral-small-3.2-24b-instruct");
    assert_eq!((or.prices.input, or.prices.output), (Some(0.1), Some(0.3)));
    assert_eq!(or.source, "genai-prices");
    assert!(or.history.iter().any(|p| p.date == "2026-11-03" && p.input == Some(0.1)), "{:?}", or.history);
    assert!(or.history.iter().any(|p| p.input == Some(0.075)), "{:?}", or.history);
    // Its `:batch` id is the batch API of this endpoint, not an offer of its own.
    assert_eq!((or.prices.batch_input, or.prices.batch_output), (Some(0.05), Some(0.15)));
    assert!(!c.offers.iter().any(|o| o.provider_model_id.ends_with(":batch")));
    assert_eq!(s.rules.get("batch ids (OpenRouter `:batch`) folded into their endpoint's batch prices"), Some(&1));
    // An announced change after the catalog's date is scheduled, not current.
    assert_eq!(or.scheduled.len(), 1);
    assert_eq!((or.scheduled[0].date.as_str(), or.scheduled[0].input), ("2026-12-01", Some(0.12)));
    // LiteLLM's snapshot is newer than genai-prices': it keeps the Anthropic figures; genai-prices fills the batch prices it lacked.
    let claude = offer(&c, "anthropic", "claude-sonnet-4-5");
    assert_eq!(claude.source, "litellm");
    assert_eq!((claude.prices.batch_input, claude.prices.batch_output), (Some(1.5), Some(7.5)));
    assert_eq!(claude.field_sources.get("batch_input").map(String::as_str), Some("genai-prices"));
    assert_eq!((claude.prices.priority_input, claude.prices.priority_output), (Some(5.4), Some(27.0)), "a priority variant");
    assert_eq!(claude.prices.flex_input, None, "a variant that starts later is not current");
    // A current OpenRouter model only genai-prices lists is published with what it gives.
    let new = offer(&c, "openrouter", "acme/newmodel-2");
    let m = c.models.iter().find(|m| m.id == new.model).unwrap();
    assert_eq!((m.name.as_str(), m.context, m.description.as_deref()), ("Acme NewModel 2", Some(64_000), Some("A model only genai-prices lists.")));
    // Legacy names (a bare OpenRouter alias; a model only genai-prices' Anthropic list keeps) are not.
    assert!(!c.offers.iter().any(|o| o.provider_model_id == "newmodel-legacy" || o.provider_model_id == "claude-old-1"));
    // Peak/off-peak windows: DeepSeek's standard price holds 00:30–16:30 UTC, the discount the rest of the day.
    let ds = offer(&c, "deepseek", "deepseek-chat");
    assert_eq!(ds.prices.input, Some(0.27));
    assert_eq!((ds.hours.len(), ds.hours[0].label(), ds.hours[0].input), (1, "16:30–00:30 UTC".to_owned(), Some(0.135)));
    assert_eq!(ds.field_sources.get("hours").map(String::as_str), Some("genai-prices"));
    // A model only genai-prices lists, at Anthropic, at Bedrock (under the ids its rules name, with
    // their regions, and the bare id LiteLLM lists) and on Vertex AI (its partner models), all one model.
    let fixture: Vec<(&str, &str, Option<&str>, Option<f64>)> = c
        .offers
        .iter()
        .filter(|o| o.provider_model_id.contains("claude-fixture-5-2"))
        .map(|o| (o.provider.as_str(), o.provider_model_id.as_str(), o.region.as_deref(), o.prices.input))
        .collect();
    assert_eq!(
        fixture,
        [
            ("amazon-bedrock", "anthropic.claude-fixture-5-2", None, Some(8.0)),
            ("amazon-bedrock", "global.anthropic.claude-fixture-5-2", Some("global"), Some(8.0)),
            ("anthropic", "claude-fixture-5-2", None, Some(8.0)),
            ("google-vertex", "claude-fixture-5-2", None, Some(8.0)),
        ]
    );
    assert!(c.offers.iter().filter(|o| o.provider_model_id.contains("claude-fixture-5-2")).all(|o| o.model == "claude-fixture-5-2"));
    // Bedrock alone does not make a model.
    assert!(!c.offers.iter().any(|o| o.provider_model_id.contains("claude-lonely")));
    assert!(s.genai_shared > 0 && s.genai_agree <= s.genai_shared);
    // The bare Bedrock id: LiteLLM prices it at the global rate, genai-prices' region-class entry
    // at the in-region rate. Both stay on the offer; the agreement figure leaves region prices out.
    let bare = offer(&c, "amazon-bedrock", "anthropic.claude-fixture-5-2");
    assert_eq!(bare.conflicts.iter().find(|x| x.field == "input").map(|x| x.values.clone()), Some([("genai-prices".to_owned(), 8.8), ("litellm".to_owned(), 8.0)].into()));
    assert!(!s.genai_differ.iter().any(|(o, ..)| o.contains("claude-fixture-5-2")), "{:?}", s.genai_differ);
}

/// llm-stats' licence says whether weights are open, unless it contradicts its own weights link.
#[test]
fn llm_stats_open_weights() {
    let licenses = r#"{"apache_2_0": {"name": "Apache 2.0"}, "proprietary": {"name": "Proprietary"}}"#;
    let model = |id: &str, lic: &str, link: &str| format!(r#"{{"model_id": "{id}", "license_id": "{lic}", "source_weights_link": {link}}}"#);
    let models = [
        model("openmodel", "apache_2_0", r#""https://huggingface.co/x/openmodel""#),
        model("closedmodel", "proprietary", "null"),
        model("gemmalike", "proprietary", r#""https://huggingface.co/x/gemmalike""#),
    ];
    let mut skips = hub_importer::raw::Skips::default();
    let ls = hub_importer::sources::llmstats::read(licenses, &models, &[], &mut skips);
    let f = |k: &str| &ls.models[k];
    assert_eq!((f("openmodel").open_weights, f("openmodel").license.as_deref()), (Some(true), Some("Apache 2.0")));
    assert_eq!(f("closedmodel").open_weights, Some(false));
    assert_eq!(f("gemmalike").open_weights, None, "proprietary beside a weights link: unknown, not closed");
}

/// An open-weight model no API serves is published from its creator's file, to self-host;
/// a file that claims open weights without linking them is not enough.
#[test]
fn open_weight_models_without_an_api_are_published_to_self_host() {
    let (c, s) = catalog();
    let m = c.models.iter().find(|m| m.id == "ornith-1.0-9b").expect("published under the creator's name for it");
    assert_eq!((m.name.as_str(), m.creator.as_str()), ("Ornith 1.0 9B", "DeepReinforce"));
    assert_eq!((m.open_weights, m.license.as_deref(), m.params_b), (Some(true), Some("MIT"), Some(9.0)));
    assert_eq!(m.weights_url.as_deref(), Some("https://huggingface.co/deepreinforce-ai/Ornith-1.0-9B"));
    assert_eq!(m.benchmarks.iter().map(|b| (b.name.as_str(), b.score)).collect::<Vec<_>>(), [("SWE-Bench Verified", 69.4)]);
    assert!(!c.offers.iter().any(|o| o.model == m.id), "no offer is made up for it");
    assert!(!c.models.iter().any(|m| m.name == "Ornith 1.0 31B"), "no weights link, not published");
    assert_eq!(s.rules.get("open-weight models no API serves, from their creator's file (to self-host)"), Some(&1));
    assert!(check(&c).is_empty(), "{:?}", check(&c));
}

/// A reseller's coding-plan channel (`cc-…`, `coding-…`) is the same model under its own
/// tier, so the per-token price headlines; a `-free` id is the model's free tier.
#[test]
fn coding_plan_channels_and_free_ids_join_their_model_as_tiers() {
    let (c, s) = catalog();
    let api = offer(&c, "aihubmix", "zai-glm-5.1");
    let plan = offer(&c, "aihubmix", "cc-glm-5.1");
    let free = offer(&c, "aihubmix", "coding-glm-5.1-free");
    assert_eq!((plan.model.as_str(), free.model.as_str()), (api.model.as_str(), api.model.as_str()));
    assert_eq!((api.service_tier.as_str(), plan.service_tier.as_str(), free.service_tier.as_str()), ("standard", hub_core::PLAN_TIER, "free"));
    assert_eq!(s.rules.get("coding-plan channels (`coding-…`, `cc-…` listings) given the tier `coding-plan`"), Some(&1));
    let catalog = hub_core::parse_catalog(&to_json(&c)).unwrap();
    let shown = catalog.cheapest_offer(catalog.model_index(&api.model).unwrap()).unwrap();
    assert_eq!(shown.provider_model_id, "zai-glm-5.1", "the plan's $0.06 does not headline the model");
}

#[test]
fn a_reviewed_pointer_names_its_release_at_its_provider_only() {
    let (c, _) = catalog();
    let model_of = |p: &str, id: &str| offer(&c, p, id).model.clone();
    // Mistral's `mistral-large-latest` is Large 3 (data/models.toml cites the card LiteLLM cites).
    assert_eq!(model_of("mistral", "mistral-large-latest"), "mistral-large-2512");
    assert_eq!(model_of("azure-ai", "mistral-large-3"), "mistral-large-2512");
    // Azure's same id is an older release: it stays with the family, which does not take the
    // Large 3 card (262,144 tokens) that models.dev files under the pointer's name.
    let family = model_of("azure", "mistral-large-latest");
    assert!(!family.starts_with("mistral-large-2"), "{family}");
    let family = c.models.iter().find(|m| m.id == family).unwrap();
    assert_ne!(family.context, Some(262_144), "the family's window is not Large 3's");
    // A Vertex `@YYMM` revision of a Mistral family names the release.
    assert_eq!(model_of("google-vertex", "vertex_ai/mistral-large@2407"), "mistral-large-2407");
}

#[test]
fn a_release_date_before_the_month_the_slug_names_is_another_release() {
    let (c, s) = catalog();
    let model = |id: &str| c.models.iter().find(|m| m.id == id).unwrap_or_else(|| panic!("no model {id}"));
    // models.dev's own Large 3 card gives Large 2.1's date; the host's date fits `-2512`.
    assert_eq!(model("mistral-large-2512").release_date.as_deref(), Some("2025-12-02"));
    assert!(s.date_fixes.iter().any(|f| f == "mistral-large-2512: 2024-11-01 → 2025-12-02"), "{:?}", s.date_fixes);
    // An undated slug bounds nothing.
    assert!(s.date_fixes.iter().all(|f| !f.starts_with("gpt-4o:")), "{:?}", s.date_fixes);
}

#[test]
fn a_reviewed_pointer_prices_its_release_but_does_not_describe_it() {
    let (c, _) = catalog();
    for (p, id) in [("mistral", "codestral-latest"), ("merge-gateway", "mistral/codestral-latest")] {
        assert_eq!(offer(&c, p, id).model, "codestral-2508");
    }
    let m = c.models.iter().find(|m| m.id == "codestral-2508").unwrap();
    // Two files inherit the pointer's January 2025 card (a 2024-10 cutoff, Codestral 22B's
    // weights); the one file of the release itself says 2025-03.
    assert_eq!(m.knowledge_cutoff.as_deref(), Some("2025-03"));
    assert_eq!(m.release_date.as_deref(), Some("2025-07-30"));
    // Reviewed closed (data/models.toml): no weights link, no licence, the review cited.
    assert_eq!((m.open_weights, m.weights_url.as_deref(), m.license.as_deref()), (Some(false), None, None));
    assert_eq!(m.field_sources.get("open_weights").map(String::as_str), Some("https://docs.mistral.ai/models/model-cards/codestral-25-08"));
}
