//! OpenRouter's `/api/v1/models` response: USD per token as strings; "-1" = variable.

use hub_core::{Capability, Modality, Prices};
use serde::Deserialize;

use crate::raw::{per_m, zeros_to_unknown, Facts, RawOffer, Skips, Src};

#[derive(Deserialize)]
struct Root {
    data: Vec<Model>,
}

#[derive(Deserialize)]
struct Model {
    id: String,
    name: String,
    #[serde(default)]
    hugging_face_id: Option<String>,
    #[serde(default)]
    context_length: Option<u64>,
    #[serde(default)]
    architecture: Option<Arch>,
    pricing: Pricing,
    #[serde(default)]
    top_provider: Option<Top>,
    #[serde(default)]
    supported_parameters: Vec<String>,
}

#[derive(Deserialize, Default)]
struct Arch {
    #[serde(default)]
    input_modalities: Vec<String>,
    #[serde(default)]
    output_modalities: Vec<String>,
}

#[derive(Deserialize)]
struct Pricing {
    prompt: Option<String>,
    completion: Option<String>,
    input_cache_read: Option<String>,
    input_cache_write: Option<String>,
    internal_reasoning: Option<String>,
    image: Option<String>,
}

#[derive(Deserialize)]
struct Top {
    max_completion_tokens: Option<u64>,
}

/// A price string: `None` for missing, unparsable or "-1" (variable router pricing).
fn price(s: &Option<String>) -> Option<f64> {
    let v: f64 = s.as_deref()?.trim().parse().ok()?;
    (v >= 0.0 && v.is_finite()).then_some(v)
}

pub fn read(json: &str, skips: &mut Skips) -> Result<Vec<RawOffer>, String> {
    let root: Root = serde_json::from_str(json).map_err(|e| format!("OpenRouter file: {e}"))?;
    let mut out = Vec::new();
    for m in root.data {
        let arch = m.architecture.unwrap_or_default();
        if !arch.output_modalities.is_empty() && !arch.output_modalities.iter().any(|o| o == "text") {
            skips.add(Src::OpenRouter, "does not output text");
            continue;
        }
        let (input, output) = (price(&m.pricing.prompt).map(per_m), price(&m.pricing.completion).map(per_m));
        if input.is_none() && output.is_none() {
            skips.add(Src::OpenRouter, "variable or missing pricing (\"-1\")");
            continue;
        }
        let mut facts = Facts::default();
        let (creator_name, name) = match m.name.split_once(": ") {
            Some((c, n)) => (Some(c.trim().to_owned()), n.trim().to_owned()),
            None => (None, m.name.trim().to_owned()),
        };
        facts.name = Some(name);
        facts.creator_name = creator_name;
        facts.lab = m.id.split_once('/').map(|(lab, _)| lab.to_owned());
        for i in &arch.input_modalities {
            if let Some(md) = modality(i) {
                facts.input.insert(md);
            }
        }
        for o in &arch.output_modalities {
            if let Some(md) = modality(o) {
                facts.output.insert(md);
            }
        }
        if facts.input.contains(&Modality::Image) {
            facts.caps.insert(Capability::Vision);
        }
        for p in &m.supported_parameters {
            match p.as_str() {
                "tools" => facts.caps.insert(Capability::Tools),
                "response_format" => facts.caps.insert(Capability::JsonMode),
                "structured_outputs" => facts.caps.insert(Capability::StructuredOutputs),
                "reasoning" | "include_reasoning" => facts.caps.insert(Capability::Reasoning),
                _ => false,
            };
        }
        if let Some(hf) = m.hugging_face_id.as_deref().map(str::trim).filter(|h| !h.is_empty()) {
            facts.weights_url = Some(format!("https://huggingface.co/{hf}"));
            facts.open_weights = Some(true);
        }
        let free = m.id.ends_with(":free");
        let mut prices = Prices {
            input,
            output,
            cache_read: price(&m.pricing.input_cache_read).map(per_m),
            cache_write: price(&m.pricing.input_cache_write).map(per_m),
            reasoning: price(&m.pricing.internal_reasoning).map(per_m).filter(|v| *v > 0.0),
            image: price(&m.pricing.image).filter(|v| *v > 0.0),
            ..Prices::default()
        };
        if !free {
            for _ in 0..zeros_to_unknown(&mut prices) {
                skips.add(Src::OpenRouter, "zero price made unknown (not a free tier)");
            }
            if prices.input.is_none() && prices.output.is_none() {
                skips.add(Src::OpenRouter, "no price (0 without a free tier)");
                continue;
            }
        }
        let mut o = RawOffer::new(Src::OpenRouter, "openrouter", &m.id);
        o.service_tier = if free { "free".into() } else { "standard".into() };
        o.prices = prices;
        // OpenRouter's `context_length` is the model's whole window.
        o.context = m.context_length.filter(|c| *c > 0);
        o.max_output = m.top_provider.and_then(|t| t.max_completion_tokens).filter(|c| *c > 0);
        o.facts = facts;
        out.push(o);
    }
    Ok(out)
}

pub fn modality(s: &str) -> Option<Modality> {
    match s {
        "text" => Some(Modality::Text),
        "image" => Some(Modality::Image),
        "audio" => Some(Modality::Audio),
        "video" => Some(Modality::Video),
        "file" | "pdf" => Some(Modality::Pdf),
        _ => None,
    }
}
