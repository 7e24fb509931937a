//! models.dev's TOML tree: `providers/<p>/provider.toml`, `providers/<p>/models/<id>.toml`
//! (USD per 1M tokens) and canonical `models/<lab>/<model>.toml`.
//!
//! Inheritance: a provider file with `base_model = "<lab>/<model>"` starts from
//! that canonical file; `base_model_omit` removes inherited dot-paths; every key
//! the provider file sets wins, and a table it sets (`[cost]`, `[limit]`,
//! `[modalities]`) replaces the inherited table whole.

use std::collections::BTreeMap;
use std::path::Path;

use hub_core::{Benchmark, Capability, Kind, Modality, PriceTier, PriceUnit, Prices, UnitPrice};
use toml::{Table, Value};

use crate::normalize::model_key;
use crate::raw::{round_sig, zeros_to_unknown, Facts, RawOffer, Skips, Src};
use crate::sources::openrouter::modality;

/// A provider's own facts from `provider.toml`.
#[derive(Debug, Clone, Default)]
pub struct ProviderFacts {
    pub name: Option<String>,
    pub env: Option<String>,
    pub api: Option<String>,
    pub doc: Option<String>,
    pub npm: Option<String>,
}

/// Everything read from the tree.
#[derive(Debug, Default)]
pub struct ModelsDev {
    pub offers: Vec<RawOffer>,
    pub providers: BTreeMap<String, ProviderFacts>,
    /// Canonical model facts by model key (from `models/<lab>/<model>.toml`).
    pub canonical: BTreeMap<String, Facts>,
    /// (provider folder, id) of the files marked `status = "deprecated"`: no offers of their
    /// own, but they flag other sources' offers of the same endpoint for review.
    pub deprecated: std::collections::BTreeSet<(String, String)>,
}

/// Reads the tree from disk.
pub fn read_dir(root: &Path, skips: &mut Skips) -> Result<ModelsDev, String> {
    let mut files = BTreeMap::new();
    collect(root, root, &mut files).map_err(|e| format!("models.dev tree {}: {e}", root.display()))?;
    Ok(read(&files, skips))
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.insert(rel, std::fs::read_to_string(&path)?);
        }
    }
    Ok(())
}

/// Reads from (relative path → TOML text); used directly by tests.
pub fn read(files: &BTreeMap<String, String>, skips: &mut Skips) -> ModelsDev {
    let mut md = ModelsDev::default();
    let mut bases: BTreeMap<String, Table> = BTreeMap::new();
    for (path, text) in files {
        let Some(rest) = path.strip_prefix("models/") else { continue };
        let Ok(t) = text.parse::<Table>() else {
            skips.add(Src::ModelsDev, "canonical model file is not valid TOML");
            continue;
        };
        let id = rest.trim_end_matches(".toml").to_owned(); // "<lab>/<model>"
        let (lab, model) = id.split_once('/').unwrap_or(("", &id));
        let mut facts = facts_of(&t);
        facts.lab = Some(lab.to_owned());
        facts.context = t.get("limit").and_then(|l| l.get("context")).and_then(Value::as_integer).filter(|v| *v > 0).map(|v| v as u64);
        facts.max_output = t.get("limit").and_then(|l| l.get("output")).and_then(Value::as_integer).filter(|v| *v > 0).map(|v| v as u64);
        facts.max_input = t.get("limit").and_then(|l| l.get("input")).and_then(Value::as_integer).filter(|v| *v > 0).map(|v| v as u64);
        facts.benchmarks = benchmarks_of(&t, skips);
        // A dated file is also the canonical file of that release, for a release the importer
        // keeps apart (see build::split_dated_releases).
        if let Some((date, _)) = crate::normalize::snapshot_date(model) {
            md.canonical.entry(format!("{}-{date}", model_key(model))).or_insert_with(|| facts.clone());
        }
        // Several files can name one model (`claude-opus-4` and `claude-opus-4-20250514`, two cases of
        // one name): the first keeps its facts; benchmark scores the first lacks are added.
        // An undated file is the model's own and takes the facts from a dated one read before it.
        let undated = crate::normalize::snapshot_date(model).is_none();
        match md.canonical.get_mut(&model_key(model)) {
            Some(first) => {
                let (mut keep, extra) = if undated { (facts, std::mem::take(first)) } else { (std::mem::take(first), facts) };
                for b in extra.benchmarks {
                    if !keep.benchmarks.iter().any(|x| x.same_run(&b)) {
                        keep.benchmarks.push(b);
                    }
                }
                *first = keep;
            }
            None => {
                md.canonical.insert(model_key(model), facts);
            }
        }
        bases.insert(id, t);
    }
    for (path, text) in files {
        let Some(rest) = path.strip_prefix("providers/") else { continue };
        let Some((provider, file)) = rest.split_once('/') else { continue };
        let Ok(t) = text.parse::<Table>() else {
            skips.add(Src::ModelsDev, "file is not valid TOML");
            continue;
        };
        if file == "provider.toml" {
            let s = |k: &str| t.get(k).and_then(Value::as_str).map(str::to_owned);
            let env = t.get("env").and_then(Value::as_array).and_then(|a| a.first()).and_then(Value::as_str).map(str::to_owned);
            md.providers.insert(provider.to_owned(), ProviderFacts { name: s("name"), env, api: s("api"), doc: s("doc"), npm: s("npm") });
            continue;
        }
        let Some(id) = file.strip_prefix("models/").map(|f| f.trim_end_matches(".toml").to_owned()) else { continue };
        let (t, base_key) = match t.get("base_model").and_then(Value::as_str) {
            Some(base) => match bases.get(base) {
                Some(b) => (inherit(b, &t), Some(model_key(base.rsplit('/').next().unwrap_or(base)))),
                None => {
                    skips.add(Src::ModelsDev, "base_model file not found");
                    continue;
                }
            },
            None => (t, None),
        };
        // A deprecated file gives no offer, but flags other sources' offers of the endpoint.
        if t.get("status").and_then(Value::as_str) == Some("deprecated") {
            md.deprecated.insert((provider.to_owned(), id.clone()));
            skips.add(Src::ModelsDev, "marked deprecated");
            continue;
        }
        if let Some(o) = offer(provider, &id, &t, base_key, cost_unit(text), skips) {
            md.offers.push(o);
        }
    }
    md
}

/// `[[benchmarks]]`: name, score, metric, source URL, date (where given). An entry without
/// a name, a finite score or an http(s) source is left out and counted.
///
/// A score on another dataset or version than the benchmark's published one is a score on
/// another benchmark, so the name carries it: Artificial Analysis' `SWE-Bench Pro` on its
/// `hard-aa` subset is "SWE-Bench Pro (hard-aa)" (Claude Sonnet 4.6: 14.9 there, where Scale's
/// public set gives 40–60 to its peers), `Terminal-Bench` version 2.1 is "Terminal-Bench 2.1".
/// The harness and variant are the score's setup.
fn benchmarks_of(t: &Table, skips: &mut Skips) -> Vec<Benchmark> {
    let mut out = Vec::new();
    for b in t.get("benchmarks").and_then(Value::as_array).into_iter().flatten() {
        let s = |k: &str| b.get(k).and_then(Value::as_str).map(str::trim).filter(|x| !x.is_empty()).map(str::to_owned);
        let score = b.get("score").and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64))).filter(|x| x.is_finite());
        let date = b.get("date").and_then(|d| d.as_str().map(str::to_owned).or_else(|| d.as_datetime().map(|x| x.to_string()))).map(|d| d.chars().take(10).collect::<String>());
        match (s("name"), score, s("source").filter(|u| hub_core::links::is_http_url(u))) {
            (Some(mut name), Some(score), Some(source)) => {
                if let Some(v) = s("version").filter(|v| !name.ends_with(v.as_str())) {
                    name = format!("{name} {v}");
                }
                if let Some(d) = s("dataset").filter(|d| !d.eq_ignore_ascii_case("public")) {
                    name = format!("{name} ({d})");
                }
                let setup = match (s("harness"), s("variant")) {
                    (Some(h), Some(v)) if h != v => Some(format!("{h} · {v}")),
                    (h, v) => h.or(v),
                };
                out.push(Benchmark { name, score, metric: s("metric"), source, date: date.filter(|d| hub_core::parse::is_date(d)), setup })
            }
            _ => skips.add(Src::ModelsDev, "benchmark without a name, score or http(s) source"),
        }
    }
    out
}

/// The provider file over its base; see the module docs.
pub fn inherit(base: &Table, own: &Table) -> Table {
    let mut out = base.clone();
    out.remove("benchmarks");
    if let Some(omit) = own.get("base_model_omit").and_then(Value::as_array) {
        for path in omit.iter().filter_map(Value::as_str) {
            remove_path(&mut out, path);
        }
    }
    for (k, v) in own {
        out.insert(k.clone(), v.clone());
    }
    out
}

fn remove_path(t: &mut Table, path: &str) {
    match path.split_once('.') {
        None => {
            t.remove(path);
        }
        Some((head, rest)) => {
            if let Some(Value::Table(sub)) = t.get_mut(head) {
                remove_path(sub, rest);
            }
        }
    }
}

fn num(v: Option<&Value>) -> Option<f64> {
    let x = match v? {
        Value::Integer(i) => *i as f64,
        Value::Float(f) => *f,
        _ => return None,
    };
    (x.is_finite() && x >= 0.0).then(|| round_sig(x))
}

fn facts_of(t: &Table) -> Facts {
    let s = |k: &str| t.get(k).and_then(Value::as_str).map(str::to_owned);
    let b = |k: &str| t.get(k).and_then(Value::as_bool);
    let mut f =
        Facts { name: s("name"), open_weights: b("open_weights"), release_date: s("release_date"), knowledge_cutoff: s("knowledge"), license: s("license"), ..Facts::default() };
    let mods = |k: &str| -> Vec<Modality> {
        t.get("modalities").and_then(|m| m.get(k)).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).filter_map(modality).collect()
    };
    f.input.extend(mods("input"));
    f.output.extend(mods("output"));
    if f.input.contains(&Modality::Image) {
        f.caps.insert(Capability::Vision);
    }
    if f.input.contains(&Modality::Pdf) {
        f.caps.insert(Capability::PdfInput);
    }
    if f.input.contains(&Modality::Audio) {
        f.caps.insert(Capability::AudioInput);
    }
    for (k, c) in [("tool_call", Capability::Tools), ("reasoning", Capability::Reasoning), ("structured_output", Capability::StructuredOutputs)] {
        match b(k) {
            Some(true) => f.caps.insert(c),
            Some(false) => f.denied.insert(c),
            None => false,
        };
    }
    f.weights_url = t
        .get("weights")
        .and_then(Value::as_array)
        .and_then(|w| w.iter().find_map(|x| x.get("url").and_then(Value::as_str)))
        .filter(|u| hub_core::links::is_http_url(u))
        .map(str::to_owned);
    f
}

/// The unit a provider file's `[cost]` comment gives its prices in (`# per audio minute`),
/// when they are not per 1M tokens. TOML parsers drop comments, so this reads the text.
pub fn cost_unit(text: &str) -> Option<PriceUnit> {
    let mut in_cost = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_cost = line.starts_with("[cost");
            continue;
        }
        let Some(comment) = line.strip_prefix('#').or_else(|| line.split_once(" #").map(|(_, c)| c)) else { continue };
        if !in_cost {
            continue;
        }
        let c = comment.to_ascii_lowercase();
        let per = |w: &str| c.contains(&format!("per {w}")) || c.contains(&format!("/{w}"));
        if per("audio minute") || per("minute") {
            return Some(PriceUnit::AudioMinute);
        }
        if per("image") {
            return Some(PriceUnit::Image);
        }
        if per("second") {
            return Some(PriceUnit::Second);
        }
        if per("request") {
            return Some(PriceUnit::Request);
        }
        if per("million characters") || per("1m characters") || per("character") {
            return Some(PriceUnit::MillionCharacters);
        }
    }
    None
}

fn offer(provider: &str, id: &str, t: &Table, base_key: Option<String>, unit: Option<PriceUnit>, skips: &mut Skips) -> Option<RawOffer> {
    let mut facts = facts_of(t);
    // A host's sub-folder names the lab: `providers/evroc/models/mistralai/Voxtral-…`.
    facts.lab = id.split_once('/').map(|(lab, _)| lab.trim_start_matches('~').to_owned());
    if !facts.output.is_empty() && !facts.output.contains(&Modality::Text) {
        skips.add(Src::ModelsDev, "does not output text");
        return None;
    }
    let family = t.get("family").and_then(Value::as_str).unwrap_or("");
    if family.contains("embed") || id.contains("embedding") {
        skips.add(Src::ModelsDev, "embedding model");
        return None;
    }
    let cost = t.get("cost");
    let c = |k: &str| num(cost.and_then(|c| c.get(k)));
    let mut prices = Prices { input: c("input"), output: c("output"), cache_read: c("cache_read"), cache_write: c("cache_write"), reasoning: c("reasoning"), ..Prices::default() };
    let mut unit_prices = Vec::new();
    if let Some(unit) = unit {
        // Not per 1M tokens: kept with its unit, never in a per-token field.
        for (what, v) in [("input", prices.input), ("output", prices.output)] {
            if let Some(price) = v.filter(|v| *v > 0.0) {
                unit_prices.push(UnitPrice { what: what.into(), unit, price });
            }
        }
        skips.add(Src::ModelsDev, "prices per audio minute / image / second moved out of per-token fields");
        prices = Prices::default();
    }
    if facts.output.contains(&Modality::Image) {
        facts.kind = Some(Kind::ImageGeneration);
        // Google's own files give an image model's image-output token price as `output`
        // (Gemini image models: 30/60/120 per 1M image tokens, where LiteLLM's text output is
        // 2.5–12); hosts' files (OpenRouter's) give the text price there.
        if provider.starts_with("google") {
            prices.image_output = prices.output.take();
        }
    }
    let free = id.to_ascii_lowercase().contains("free") && prices.input == Some(0.0) && prices.output.unwrap_or(0.0) == 0.0;
    if !free {
        for _ in 0..zeros_to_unknown(&mut prices) {
            skips.add(Src::ModelsDev, "zero price made unknown (not a free tier)");
        }
    }
    if prices.input.is_none() && prices.output.is_none() && unit_prices.is_empty() && prices.image_output.is_none() {
        skips.add(Src::ModelsDev, "no price");
        return None;
    }
    let mut tiers: Vec<PriceTier> = cost
        .and_then(|c| c.get("tiers"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|tier| {
            let size = tier.get("tier").and_then(|t| t.get("size")).and_then(Value::as_integer)? as u64;
            Some(PriceTier { above: size, input: num(tier.get("input")), output: num(tier.get("output")), cache_read: num(tier.get("cache_read")) })
        })
        .collect();
    if let Some(o) = cost.and_then(|c| c.get("context_over_200k")) {
        tiers.push(PriceTier { above: 200_000, input: num(o.get("input")), output: num(o.get("output")), cache_read: num(o.get("cache_read")) });
    }
    tiers.sort_by_key(|t| t.above);
    tiers.dedup_by_key(|t| t.above);
    let limit = t.get("limit");
    let l = |k: &str| limit.and_then(|l| l.get(k)).and_then(Value::as_integer).filter(|v| *v > 0).map(|v| v as u64);
    let mut o = RawOffer::new(Src::ModelsDev, provider, id);
    o.base_key = base_key;
    o.service_tier = if free { "free".into() } else { "standard".into() };
    o.prices = prices;
    o.unit_prices = unit_prices;
    o.tiers = tiers;
    o.context = l("context");
    o.max_input = l("input");
    o.max_output = l("output");
    o.facts = facts;
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_benchmarks_dataset_and_version_name_it_and_its_harness_is_its_setup() {
        let t: Table = r#"
            [[benchmarks]]
            name = "SWE-Bench Pro"
            score = 14.9
            metric = "pass@1"
            harness = "Claude Code"
            variant = "medium"
            dataset = "hard-aa"
            source = "https://artificialanalysis.ai/agents/coding-agents"

            [[benchmarks]]
            name = "SWE-Bench Pro"
            score = 43.6
            dataset = "public"
            source = "https://labs.scale.com/leaderboard/swe_bench_pro_public"

            [[benchmarks]]
            name = "Terminal-Bench"
            score = 63.1
            harness = "Terminus-2"
            variant = "Terminus-2"
            version = "2.1"
            source = "https://artificialanalysis.ai/agents/coding-agents"

            [[benchmarks]]
            name = "Terminal-Bench 2.1"
            score = 60
            version = "2.1"
            source = "https://huggingface.co/x"
        "#
        .parse()
        .unwrap();
        let got: Vec<_> = benchmarks_of(&t, &mut Skips::default()).into_iter().map(|b| (b.name, b.score, b.setup)).collect();
        let setup = |s: &str| Some(s.to_owned());
        assert_eq!(
            got,
            [
                ("SWE-Bench Pro (hard-aa)".to_owned(), 14.9, setup("Claude Code · medium")),
                ("SWE-Bench Pro".to_owned(), 43.6, None),
                ("Terminal-Bench 2.1".to_owned(), 63.1, setup("Terminus-2")),
                ("Terminal-Bench 2.1".to_owned(), 60.0, None),
            ]
        );
    }
}
