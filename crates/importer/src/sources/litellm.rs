//! LiteLLM's `model_prices_and_context_window.json`: USD per token as floats.

use std::collections::BTreeMap;

use hub_core::{Capability, Modality, PriceTier, Prices};
use serde_json::{Map, Value};

use crate::normalize::model_key;
use crate::raw::{per_m, zeros_to_unknown, RawOffer, Skips, Src};

/// Text-generation modes; embeddings, images, audio etc. are left out.
const MODES: &[&str] = &["chat", "completion", "responses"];

/// LiteLLM key → (upstream provider, provider model id) it became.
pub type KeyMap = BTreeMap<String, (String, String)>;

/// Offers, and the key map (for joining the history file).
pub fn read(json: &str, skips: &mut Skips) -> Result<(Vec<RawOffer>, KeyMap), String> {
    let root: Map<String, Value> = serde_json::from_str(json).map_err(|e| format!("LiteLLM file: {e}"))?;
    let mut out = Vec::new();
    let mut keys = BTreeMap::new();
    for (key, v) in &root {
        if key == "sample_spec" {
            continue;
        }
        let Some(e) = v.as_object() else {
            skips.add(Src::Litellm, "entry is not an object");
            continue;
        };
        match e.get("mode").and_then(Value::as_str) {
            Some(m) if MODES.contains(&m) => {}
            _ => {
                skips.add(Src::Litellm, "not a text-generation mode");
                continue;
            }
        }
        let Some(provider) = e.get("litellm_provider").and_then(Value::as_str) else {
            skips.add(Src::Litellm, "no litellm_provider");
            continue;
        };
        let id = key.strip_prefix(&format!("{provider}/")).unwrap_or(key).to_owned();
        let Some(mut offer) = entry(provider, &id, e, skips) else {
            skips.add(Src::Litellm, "no per-token price (0 or missing input and output)");
            continue;
        };
        // `alias_of`: this id is another name of the target's endpoint; it joins the target's model.
        if let Some(target) = e.get("alias_of").and_then(Value::as_str) {
            offer.key = model_key(target.rsplit('/').next().unwrap_or(target));
            offer.is_alias = true;
            skips.add(Src::Litellm, "alias_of entry joined to its target (kept as an alias id)");
        }
        keys.insert(key.clone(), (provider.to_owned(), id));
        out.push(offer);
    }
    Ok((out, keys))
}

fn f(e: &Map<String, Value>, k: &str) -> Option<f64> {
    e.get(k).and_then(Value::as_f64).filter(|v| v.is_finite() && *v >= 0.0)
}

fn entry(provider: &str, id: &str, e: &Map<String, Value>, skips: &mut Skips) -> Option<RawOffer> {
    let input = f(e, "input_cost_per_token").map(per_m);
    let output = f(e, "output_cost_per_token").map(per_m);
    // 0 is not missing, but LiteLLM writes 0 for entries priced per character,
    // per second or not at all; only an explicitly free id keeps a 0/0 price, as a free tier.
    let free = id.to_ascii_lowercase().contains("free") && input == Some(0.0) && output.unwrap_or(0.0) == 0.0;
    let mut prices = Prices {
        input,
        output,
        cache_read: f(e, "cache_read_input_token_cost").map(per_m),
        cache_write: f(e, "cache_creation_input_token_cost").map(per_m),
        reasoning: f(e, "output_cost_per_reasoning_token").map(per_m),
        batch_input: f(e, "input_cost_per_token_batches").map(per_m),
        batch_output: f(e, "output_cost_per_token_batches").map(per_m),
        image: f(e, "input_cost_per_image"),
        image_output: f(e, "output_cost_per_image_token").map(per_m),
        flex_input: f(e, "input_cost_per_token_flex").map(per_m),
        flex_output: f(e, "output_cost_per_token_flex").map(per_m),
        priority_input: f(e, "input_cost_per_token_priority").map(per_m),
        priority_output: f(e, "output_cost_per_token_priority").map(per_m),
    };
    let tier = if free {
        prices = Prices { input: Some(0.0), output: Some(0.0), ..Prices::default() };
        "free"
    } else {
        let n = zeros_to_unknown(&mut prices);
        for _ in 0..n {
            skips.add(Src::Litellm, "zero price made unknown (not a free tier)");
        }
        if prices.input.is_none() && prices.output.is_none() {
            return None;
        }
        "standard"
    };
    let mut tiers: BTreeMap<u64, PriceTier> = BTreeMap::new();
    for (k, v) in e {
        let Some(rest) = k.strip_suffix("k_tokens") else { continue };
        let Some((field, n)) = rest.rsplit_once("_above_") else { continue };
        let (Ok(n), Some(v)) = (n.parse::<u64>(), v.as_f64()) else { continue };
        let t = tiers.entry(n * 1000).or_insert(PriceTier { above: n * 1000, input: None, output: None, cache_read: None });
        match field {
            "input_cost_per_token" => t.input = Some(per_m(v)),
            "output_cost_per_token" => t.output = Some(per_m(v)),
            "cache_read_input_token_cost" => t.cache_read = Some(per_m(v)),
            _ => {}
        }
    }
    let tiers: Vec<PriceTier> = tiers.into_values().filter(|t| t.input.is_some() || t.output.is_some() || t.cache_read.is_some()).collect();

    let b = |k: &str| e.get(k).and_then(Value::as_bool) == Some(true);
    let mut o = RawOffer::new(Src::Litellm, provider, id);
    let facts = &mut o.facts;
    for (k, c) in [
        ("supports_vision", Capability::Vision),
        ("supports_function_calling", Capability::Tools),
        ("supports_response_schema", Capability::StructuredOutputs),
        ("supports_reasoning", Capability::Reasoning),
        ("supports_prompt_caching", Capability::PromptCaching),
        ("supports_pdf_input", Capability::PdfInput),
        ("supports_audio_input", Capability::AudioInput),
        ("supports_web_search", Capability::WebSearch),
    ] {
        if b(k) {
            facts.caps.insert(c);
        }
    }
    facts.input.insert(Modality::Text);
    facts.output.insert(Modality::Text);
    if b("supports_vision") {
        facts.input.insert(Modality::Image);
    }
    if b("supports_audio_input") {
        facts.input.insert(Modality::Audio);
    }
    if b("supports_pdf_input") {
        facts.input.insert(Modality::Pdf);
    }
    let u = |k: &str| e.get(k).and_then(Value::as_u64).filter(|v| *v > 0);
    o.service_tier = tier.into();
    o.note = e.get("metadata").and_then(|m| m.get("comment")).and_then(Value::as_str).map(str::to_owned);
    o.prices = prices;
    o.tiers = tiers;
    // LiteLLM's `max_input_tokens` is an input limit, not the window.
    o.max_input = u("max_input_tokens");
    o.max_output = u("max_output_tokens");
    o.deprecation_date = e.get("deprecation_date").and_then(Value::as_str).filter(|d| hub_core::parse::is_date(d)).map(str::to_owned);
    o.successor = e.get("successor_model").and_then(Value::as_str).map(str::to_owned);
    Some(o)
}
