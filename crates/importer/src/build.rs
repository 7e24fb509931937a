//! The pipeline's driver, one stage after another. Read (`sources/`, driven by lib.rs)
//! gives the [`Inputs`]; then merge ([`merge_offers`]: every source's raw offers grouped
//! by endpoint, one offer each), identify ([`identify_models`]: offers grouped into models
//! by matching key, named and joined), place ([`place`](crate::offers::place): each offer
//! on its model, with its history), retire and alias ([`retire_and_alias`], then the reviewed
//! day scopes of hour windows), publish (a
//! model needs an offer, or open weights to self-host) and the providers that serve them
//! ([`build_providers`]). Validation is in validate.rs, writing in write.rs.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::*;

use crate::curated::Curated;
use crate::identify::{identify_models, retire_and_alias, Identified};
use crate::merge::merge_offers;
pub use crate::merge::{compact_history, fold_batch_ids, fold_endpoints, last_segment, split_dated_releases, CONFLICT_TOLERANCE};
use crate::providers::build_providers;
use crate::raw::{RawOffer, Skips, Src};
use crate::sources::{history::Point, llmstats::LlmStats, modelsdev::ModelsDev};

/// An offer whose freshest source is this many months older than the newest
/// source is stale: no source has confirmed its price lately, so it is not published.
pub const STALE_MONTHS: u32 = 12;

/// `YYYY-MM-DD` minus whole months (day kept; only compared as text).
pub fn months_before(date: &str, months: u32) -> String {
    let (y, m) = (date.get(0..4).and_then(|y| y.parse::<i32>().ok()), date.get(5..7).and_then(|m| m.parse::<i32>().ok()));
    let (Some(y), Some(m)) = (y, m) else { return String::new() };
    let total = y * 12 + (m - 1) - months as i32;
    format!("{:04}-{:02}{}", total / 12, total % 12 + 1, date.get(7..).unwrap_or(""))
}

/// Everything read, ready to merge.
#[derive(Default)]
pub struct Inputs {
    pub curated: Curated,
    pub litellm: Vec<RawOffer>,
    /// LiteLLM key → (upstream provider, provider model id).
    pub litellm_keys: BTreeMap<String, (String, String)>,
    pub litellm_history: BTreeMap<String, Vec<Point>>,
    /// LiteLLM's openai_like providers.json text.
    pub openai_like: Option<String>,
    pub modelsdev: ModelsDev,
    pub modelsdev_history: BTreeMap<String, Vec<Point>>,
    pub openrouter: Vec<RawOffer>,
    pub llmstats: LlmStats,
    /// genai-prices offers, already matched to the ids the other sources list.
    pub genai: Vec<RawOffer>,
    /// genai-prices' provider names, by our provider id.
    pub genai_provider_names: BTreeMap<String, String>,
    pub previous: Option<CatalogFile>,
    pub skips: Skips,
}

/// What the importer prints.
#[derive(Debug, Default)]
pub struct Summary {
    pub models: usize,
    pub offers: usize,
    pub providers: usize,
    /// (offer, field, values by source, max/min ratio), biggest first.
    pub conflicts: Vec<(String, String, BTreeMap<String, f64>, f64)>,
    pub skipped: BTreeMap<String, usize>,
    pub history_points: usize,
    pub offers_with_history: usize,
    /// What each identity and unit rule changed, by rule: (rule, count).
    pub rules: BTreeMap<String, usize>,
    /// Models by kind id.
    pub kinds: BTreeMap<String, usize>,
    /// Offers by currency.
    pub currencies: BTreeMap<String, usize>,
    /// Parameter counts fixed by the name rule, one line each.
    pub param_fixes: Vec<String>,
    /// Release dates replaced (before the month the slug names, or outvoted by hosts' files),
    /// and what stands instead, one line each.
    pub date_fixes: Vec<String>,
    /// Windows where the creator's API and OpenRouter overrule the creator's card, one line each.
    pub context_fixes: Vec<String>,
    /// Price figures (input, output, cached input) genai-prices gives for an offer we publish
    /// (Bedrock's regional ids aside), and how many of them the published figure matches within 1%.
    pub genai_shared: usize,
    pub genai_agree: usize,
    /// The figures that differ: (offer, field, published, genai-prices).
    pub genai_differ: Vec<(String, String, f64, f64)>,
    /// Offers a source marks deprecated with no date (genai-prices' flag, models.dev's status)
    /// that no source or `data/retirements.toml` dates: shown as current, listed for review.
    pub deprecated_undated: Vec<String>,
    /// Figures left out as implausible or unreachable (an input price far above the output
    /// price, a cached price above the input price, a price tier beyond the endpoint's own
    /// window or input limit), one line each.
    pub implausible: Vec<String>,
}

impl Summary {
    pub(crate) fn count(&mut self, rule: &str, n: usize) {
        if n > 0 {
            *self.rules.entry(rule.to_owned()).or_default() += n;
        }
    }
}

/// Runs the stages after reading, in order (see the module's doc).
pub fn build(mut inp: Inputs) -> Result<(CatalogFile, Summary), String> {
    let (mut offers, mut summary) = merge_offers(&mut inp);
    let mut ids = identify_models(&inp, &mut offers, &mut summary);
    let offers = crate::offers::place(&inp, offers, &ids, &mut summary);
    let (mut offers, folded) = fold_endpoints(offers);
    summary.count("offers of one endpoint under two ids (same model, provider, tier, region and price), folded", folded);
    let trimmed = crate::offers::trim_pointer_history(&inp.curated, &ids.models, &mut offers);
    summary.count("pointer offers whose history before their release's date was another release's, trimmed", trimmed);
    let mut final_offers = retire_and_alias(&inp, offers, &mut ids, &mut summary);
    let weekdays = crate::offers::mark_weekday_hours(&inp.curated, &mut final_offers);
    summary.count("offers whose hour windows hold on weekdays only (data/hours.toml)", weekdays);
    let Identified { mut models, self_hosted, .. } = ids;
    // Publish: a model with at least one published offer, or open weights to self-host.
    let served: BTreeSet<&str> = final_offers.iter().map(|o| o.model.as_str()).collect();
    let before = models.len();
    models.retain(|m| served.contains(m.id.as_str()) || self_hosted.contains(&m.id));
    if models.len() < before {
        *summary.skipped.entry("model with no published offer".into()).or_default() += before - models.len();
    }
    final_offers.sort_by(|a, b| (&a.model, &a.provider, &a.provider_model_id, &a.service_tier).cmp(&(&b.model, &b.provider, &b.provider_model_id, &b.service_tier)));
    models.sort_by(|a, b| a.id.cmp(&b.id));
    for m in &models {
        *summary.kinds.entry(m.kind.id().to_owned()).or_default() += 1;
    }
    for o in final_offers.iter().filter(|o| !o.history.is_empty()) {
        summary.offers_with_history += 1;
        summary.history_points += o.history.len();
    }
    let providers = build_providers(&inp, &final_offers);

    let cur = &inp.curated;
    let sources = Src::ALL
        .iter()
        .filter_map(|s| cur.source(*s))
        .map(|m| SourceInfo { id: m.id.clone(), name: m.name.clone(), url: m.url.clone(), license: m.license.clone(), as_of: m.as_of.clone() })
        .collect::<Vec<_>>();
    let newest = sources.iter().map(|s| s.as_of.as_str()).max().unwrap_or("1970-01-01").to_owned();
    summary.conflicts.sort_by(|a, b| b.3.total_cmp(&a.3).then_with(|| a.0.cmp(&b.0)));
    summary.models = models.len();
    summary.offers = final_offers.len();
    summary.providers = providers.len();
    let file = CatalogFile { schema_version: SCHEMA_VERSION, generated_at: format!("{newest}T00:00:00Z"), sources, providers, models, offers: final_offers };
    Ok((file, summary))
}
