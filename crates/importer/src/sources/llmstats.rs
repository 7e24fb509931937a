//! llm-stats.com data: model metadata (parameter counts, licences) and
//! provider offers priced in US cents per 1M tokens.

use std::collections::BTreeMap;
use std::path::Path;

use hub_core::{Capability, Modality, Prices};
use serde::Deserialize;
use serde_json::Value;

use crate::normalize::model_key;
use crate::raw::{round_sig, zeros_to_unknown, Facts, RawOffer, Skips, Src};

#[derive(Deserialize)]
struct ModelJson {
    model_id: String,
    name: Option<String>,
    organization_id: Option<String>,
    license_id: Option<String>,
    param_count: Option<f64>,
    source_weights_link: Option<String>,
    release_date: Option<String>,
    knowledge_cutoff: Option<String>,
}

#[derive(Deserialize)]
struct License {
    name: String,
}

/// Model facts by model key, and offers.
#[derive(Debug, Default)]
pub struct LlmStats {
    pub models: BTreeMap<String, Facts>,
    pub offers: Vec<RawOffer>,
}

pub fn read_dir(root: &Path, skips: &mut Skips) -> Result<LlmStats, String> {
    let io = |e: std::io::Error| format!("llm-stats {}: {e}", root.display());
    let licenses = std::fs::read_to_string(root.join("licenses.json")).map_err(io)?;
    let mut models = Vec::new();
    for org in std::fs::read_dir(root.join("organizations")).map_err(io)? {
        let dir = org.map_err(io)?.path().join("models");
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for m in entries {
            let p = m.map_err(io)?.path().join("model.json");
            if let Ok(text) = std::fs::read_to_string(&p) {
                models.push(text);
            }
        }
    }
    let mut offers = Vec::new();
    for prov in std::fs::read_dir(root.join("providers")).map_err(io)? {
        let dir = prov.map_err(io)?.path();
        let id = dir.file_name().unwrap().to_string_lossy().to_string();
        if let Ok(text) = std::fs::read_to_string(dir.join("models.json")) {
            offers.push((id, text));
        }
    }
    models.sort();
    offers.sort();
    Ok(read(&licenses, &models, &offers, skips))
}

/// Reads from file texts; used directly by tests.
pub fn read(licenses: &str, models: &[String], offers: &[(String, String)], skips: &mut Skips) -> LlmStats {
    let licenses: BTreeMap<String, License> = serde_json::from_str(licenses).unwrap_or_default();
    let mut out = LlmStats::default();
    for text in models {
        let Ok(m) = serde_json::from_str::<ModelJson>(text) else {
            skips.add(Src::LlmStats, "model.json does not parse");
            continue;
        };
        let license = m.license_id.as_deref().map(|l| licenses.get(l).map_or(l.to_owned(), |x| x.name.clone()));
        // "proprietary" beside a weights download link contradicts itself (Gemma 3n): say nothing.
        let weights = m.source_weights_link.as_deref().is_some_and(hub_core::links::is_http_url);
        let open = m.license_id.as_deref().map(|l| l != "proprietary").filter(|open| *open || !weights);
        let f = Facts {
            name: m.name,
            lab: m.organization_id,
            license: license.filter(|_| open == Some(true)),
            open_weights: open,
            weights_url: m.source_weights_link.filter(|u| hub_core::links::is_http_url(u)),
            params_b: m.param_count.filter(|p| *p > 0.0).map(|p| round_sig(p / 1e9)),
            release_date: m.release_date,
            knowledge_cutoff: m.knowledge_cutoff,
            ..Facts::default()
        };
        out.models.insert(model_key(&m.model_id), f);
    }
    for (provider, text) in offers {
        let Ok(list) = serde_json::from_str::<Vec<Value>>(text) else {
            skips.add(Src::LlmStats, "provider models.json does not parse");
            continue;
        };
        for o in list {
            if !o.get("deprecated_at").is_none_or(Value::is_null) {
                skips.add(Src::LlmStats, "deprecated offer");
                continue;
            }
            let cents = |k: &str| o.get(k).and_then(Value::as_f64).filter(|v| *v >= 0.0).map(|c| round_sig(c / 100.0));
            let mut prices = Prices { input: cents("input_cents_per_million_tokens"), output: cents("output_cents_per_million_tokens"), ..Prices::default() };
            let Some(model_id) = o.get("model_id").and_then(Value::as_str) else { continue };
            for _ in 0..zeros_to_unknown(&mut prices) {
                skips.add(Src::LlmStats, "zero price made unknown (not a free tier)");
            }
            if prices.input.is_none() && prices.output.is_none() {
                skips.add(Src::LlmStats, "no price");
                continue;
            }
            let id = o.get("provider_model_id_used").and_then(Value::as_str).filter(|s| !s.is_empty()).unwrap_or(model_id);
            let b = |k: &str| o.get(k).and_then(Value::as_bool) == Some(true);
            let mut facts = Facts::default();
            if b("feature_function_calling") {
                facts.caps.insert(Capability::Tools);
            }
            if b("feature_structured_output") {
                facts.caps.insert(Capability::StructuredOutputs);
            }
            if b("input_modality_image") {
                facts.caps.insert(Capability::Vision);
                facts.input.insert(Modality::Image);
            }
            let u = |k: &str| o.get(k).and_then(Value::as_u64).filter(|v| *v > 0);
            let mut raw = RawOffer::new(Src::LlmStats, provider, id);
            raw.key = model_key(model_id);
            raw.prices = prices;
            // llm-stats' `max_input_tokens` is an input limit, not the window.
            raw.max_input = u("max_input_tokens");
            // It also writes that limit into `max_output_tokens` for 154 of its 244 offers (Claude
            // 3 Opus at Anthropic: 200,000; Anthropic's limit is 4,096): an output limit equal to
            // the input limit is a copy, not a figure.
            raw.max_output = u("max_output_tokens").filter(|o| Some(*o) != raw.max_input);
            raw.facts = facts;
            out.offers.push(raw);
        }
    }
    out
}
