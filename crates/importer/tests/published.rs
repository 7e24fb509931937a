//! Checks on the committed public/catalog.json and catalog.schema.json.

use std::path::{Path, PathBuf};

use hub_core::parse_catalog;
use hub_importer::{import, normalize::model_key, to_json, Paths};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn published() -> String {
    std::fs::read_to_string(root().join("public/catalog.json")).expect("public/catalog.json")
}

#[test]
fn schema_is_generated_from_the_types() {
    let on_disk = std::fs::read_to_string(root().join("public/catalog.schema.json")).unwrap();
    assert_eq!(on_disk, hub_core::catalog_json_schema(), "run the importer to regenerate catalog.schema.json");
}

#[test]
fn catalog_loads_with_nothing_dropped_and_meets_the_floor() {
    let c = parse_catalog(&published()).unwrap();
    assert!(c.dropped.is_empty(), "{:?}", c.dropped.iter().take(5).collect::<Vec<_>>());
    assert!(c.offers().len() >= 2000, "{} offers", c.offers().len());
    assert!(c.models().len() >= 500, "{} models", c.models().len());
    assert!(c.providers().len() >= 80, "{} providers", c.providers().len());
    assert!(c.offers().iter().all(|o| !o.source.is_empty() && hub_core::parse::is_date(&o.as_of)));
    assert!(c.offers().iter().all(|o| c.source(&o.source).is_some()), "every offer's source is listed");
}

#[test]
fn mistral_small_3_2_is_true_to_its_sources() {
    let c = parse_catalog(&published()).unwrap();
    let i = c.model_index("mistral-small-3.2-24b").expect("in the catalog");
    let m = &c.models()[i];
    assert_eq!(m.name, "Mistral Small 3.2 24B");
    assert_eq!(m.context, Some(128_000));
    assert_eq!(m.open_weights, Some(true), "the seed page got this wrong; the weights are published");
    assert_eq!(m.license.as_deref(), Some("Apache 2.0"));
    let offers: Vec<_> = c.offers_of(i).collect();
    assert!(offers.len() >= 5, "{} offers", offers.len());
    assert!(offers.iter().any(|o| o.provider == "mistral" && o.provider_model_id == "mistral-small-2506"));
    let or = offers.iter().find(|o| o.provider == "openrouter" && o.provider_model_id == "mistralai/mistral-small-3.2-24b-instruct").unwrap();
    assert_eq!((or.prices.input, or.prices.output), (Some(0.075), Some(0.2)), "the seed's figures, from OpenRouter");
}

#[test]
fn regenerating_from_the_sources_changes_nothing() {
    let sources = root().join("../shared/data/sources");
    if !sources.exists() {
        eprintln!("skipped: {} not present", sources.display());
        return;
    }
    let paths = Paths { sources, data: root().join("data"), previous: Some(root().join("public/catalog.json")), litellm_url: None, openrouter_url: None };
    let (file, _) = import(&paths).unwrap();
    assert!(to_json(&file) == published(), "public/catalog.json is stale: run the importer (README)");
}

/// llm-prices has no licence: it is read here only to cross-check, never copied.
#[test]
fn first_party_prices_agree_with_llm_prices() {
    let dir = root().join("../shared/data/sources/llm-prices/data");
    if !dir.exists() {
        eprintln!("skipped: llm-prices not present");
        return;
    }
    let c = parse_catalog(&published()).unwrap();
    let vendor_provider = [("openai", "openai"), ("anthropic", "anthropic"), ("google", "google"), ("mistral", "mistral"), ("deepseek", "deepseek"), ("xai", "xai")];
    let (mut matched, mut agree, mut disagreements) = (0, 0, Vec::new());
    for (vendor, provider) in vendor_provider {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{vendor}.json"))).unwrap()).unwrap();
        for m in v["models"].as_array().unwrap() {
            let id = m["id"].as_str().unwrap();
            let Some(cur) = m["price_history"].as_array().unwrap().iter().find(|p| p["to_date"].is_null()) else { continue };
            let (Some(i), Some(o)) = (cur["input"].as_f64(), cur["output"].as_f64()) else { continue };
            let key = model_key(id);
            let Some(offer) = c.offers().iter().find(|x| x.provider == provider && model_key(&x.provider_model_id) == key && x.service_tier == "standard") else { continue };
            matched += 1;
            let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() <= 0.011 * b.max(0.01));
            let ratio = |a: Option<f64>, b: f64| a.map_or(1.0, |a| if a > 0.0 && b > 0.0 { (a / b).max(b / a) } else { 1.0 });
            assert!(ratio(offer.prices.input, i) < 20.0 && ratio(offer.prices.output, o) < 20.0, "scale error? {provider}/{id}: {:?} vs {i}/{o}", offer.prices);
            if close(offer.prices.input, i) && close(offer.prices.output, o) {
                agree += 1;
            } else {
                disagreements.push(format!("{provider}/{}: ours {:?}/{:?}, llm-prices {i}/{o}", offer.provider_model_id, offer.prices.input, offer.prices.output));
            }
        }
    }
    eprintln!("llm-prices cross-check: {agree}/{matched} agree; disagreements: {disagreements:#?}");
    assert!(matched >= 40, "only {matched} matched");
    // Sources differ in date (llm-prices 2026-08, LiteLLM 2026-11) and some price
    // cuts reach one before the other, so full agreement is not expected.
    assert!(agree * 100 >= matched * 75, "{agree}/{matched} agree: {disagreements:#?}");
}
