//! Builds LLM Cloud Hub's `catalog.json` from public sources.
//!
//! A pipeline, a module per stage: read each source ([`sources`], driven by
//! [`import`]), then merge, identify, place and publish ([`build`] runs them:
//! [`merge`], [`identify`], [`offers`], [`providers`]), validate with the same rules
//! the app uses ([`validate`]) and write the file with one entry per line ([`write`](mod@write)).

pub mod build;
pub mod curated;
pub mod identify;
pub mod merge;
pub mod normalize;
pub mod offers;
pub mod providers;
pub mod raw;
pub mod sources;
pub mod validate;
pub mod weights;
pub mod write;

pub use validate::check;
pub use write::to_json;

use std::path::{Path, PathBuf};

use hub_core::CatalogFile;

/// Where everything is read from.
#[derive(Debug, Clone)]
pub struct Paths {
    /// The sources directory (`../shared/data/sources` layout).
    pub sources: PathBuf,
    /// The reviewed files (`data/`).
    pub data: PathBuf,
    /// The previous catalog, whose history is carried forward.
    pub previous: Option<PathBuf>,
    /// Replace the LiteLLM price file or OpenRouter listing with a URL (nightly refresh).
    pub litellm_url: Option<String>,
    pub openrouter_url: Option<String>,
    /// genai-prices' data.json from a URL instead of the sources directory.
    pub genaiprices_url: Option<String>,
    /// Snapshot dates that replace data/sources.toml's (source id, YYYY-MM-DD): a refresh's fetch date.
    pub as_of: Vec<(String, String)>,
}

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// Downloads with the system's curl (only where a network exists).
fn fetch(url: &str) -> Result<String, String> {
    if !hub_core::links::is_http_url(url) {
        return Err(format!("{url}: not an http(s) URL"));
    }
    let out = std::process::Command::new("curl").args(["-fsSL", "--max-time", "120", url]).output().map_err(|e| format!("curl: {e}"))?;
    if !out.status.success() {
        return Err(format!("{url}: {}", String::from_utf8_lossy(&out.stderr).trim()));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("{url}: {e}"))
}

/// Reads every source and builds the catalog (not yet validated).
pub fn import(p: &Paths) -> Result<(CatalogFile, build::Summary), String> {
    let s = &p.sources;
    let curated = curated::Curated::parse(
        &read(&p.data.join("providers.toml"))?,
        &read(&p.data.join("models.toml"))?,
        &read(&p.data.join("creators.toml"))?,
        &read(&p.data.join("sources.toml"))?,
    )?
    .with_reviewed(&read(&p.data.join("kinds.toml"))?, &read(&p.data.join("parameters.toml"))?)?
    .with_retirements(&read(&p.data.join("retirements.toml"))?)?
    .with_hours(&read(&p.data.join("hours.toml"))?)?;
    let mut curated = curated;
    for (id, date) in &p.as_of {
        let src = curated.sources.iter_mut().find(|m| &m.id == id).ok_or_else(|| format!("--as-of: no source `{id}` in data/sources.toml"))?;
        if !hub_core::parse::is_date(date) {
            return Err(format!("--as-of {id}={date}: not a YYYY-MM-DD date"));
        }
        src.as_of = date.clone();
    }
    let mut skips = raw::Skips::default();
    let litellm_text = match &p.litellm_url {
        Some(u) => fetch(u)?,
        None => read(&s.join("litellm/model_prices_and_context_window_backup.json"))?,
    };
    let (litellm, litellm_keys) = sources::litellm::read(&litellm_text, &mut skips)?;
    let openrouter_text = match &p.openrouter_url {
        Some(u) => fetch(u)?,
        None => read(&s.join("openrouter/models.json"))?,
    };
    let openrouter = sources::openrouter::read(&openrouter_text, &mut skips)?;
    let modelsdev = sources::modelsdev::read_dir(&s.join("models.dev"), &mut skips)?;
    let llmstats = sources::llmstats::read_dir(&s.join("llm-stats/data"), &mut skips)?;
    let litellm_history = sources::history::read_litellm(&read(&s.join("litellm/price_history.json"))?)?;
    let modelsdev_history = sources::history::read_modelsdev(&read(&s.join("models.dev_history/price_history.json"))?)?;
    let openai_like = read(&s.join("litellm/openai_like_providers.json")).ok();
    // genai-prices prices the ids the other sources list (by its match rules), so it is read last.
    // Its dated changes on or before the catalog's date (the newest source's) are in effect; later ones are announced.
    let catalog_day = curated.sources.iter().map(|m| m.as_of.clone()).max().unwrap_or_default();
    let genai_path = s.join("genai-prices/data.json");
    let mut genai_provider_names = std::collections::BTreeMap::new();
    let genai = if genai_path.exists() || p.genaiprices_url.is_some() {
        let text = match &p.genaiprices_url {
            Some(u) => fetch(u)?,
            None => read(&genai_path)?,
        };
        let models = sources::genaiprices::read(&text, &catalog_day, &mut skips)?;
        for _ in sources::genaiprices::unreadable_regexes(&models) {
            skips.add(raw::Src::GenaiPrices, "a match rule's regex the importer cannot read (it matches nothing)");
        }
        for (g, name) in sources::genaiprices::provider_names(&text) {
            genai_provider_names.entry(curated.provider_id(raw::Src::GenaiPrices, &g)).or_insert(name);
        }
        let mut known: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for r in litellm.iter().chain(&modelsdev.offers).chain(&openrouter).chain(&llmstats.offers) {
            known.entry(curated.provider_id(r.src, &r.upstream_provider)).or_default().push(r.provider_model_id.clone());
        }
        for ids in known.values_mut() {
            ids.sort();
            ids.dedup();
        }
        sources::genaiprices::offers(&models, &known, |g| curated.provider_id(raw::Src::GenaiPrices, g), &mut skips)
    } else {
        Vec::new()
    };
    let previous = match &p.previous {
        // Read as the current types without the version check: every version so far only added
        // optional fields, so an older file reads as it was (its history and slugs carry forward).
        Some(path) if path.exists() => Some(serde_json::from_str::<CatalogFile>(&read(path)?).map_err(|e| format!("previous catalog: {e}"))?),
        _ => None,
    };
    build::build(build::Inputs {
        curated,
        litellm,
        litellm_keys,
        litellm_history,
        openai_like,
        modelsdev,
        modelsdev_history,
        openrouter,
        llmstats,
        genai,
        genai_provider_names,
        previous,
        skips,
    })
}
