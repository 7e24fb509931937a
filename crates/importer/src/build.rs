//! Merging the sources into one catalog: offers by (provider, model id, tier),
//! models by matching key, providers by reviewed mappings, history appended.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::*;
use serde_json::Value;

use crate::curated::Curated;
use crate::identify::{is_raw_name, kind_of, parameters, pretty_name};
use crate::normalize::{model_key, publish_id, region_of, slugify};
use crate::raw::{Facts, RawOffer, Skips, Src};
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

/// Relative difference above which two sources' prices count as a conflict.
pub const CONFLICT_TOLERANCE: f64 = 0.01;

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
    /// Price figures (input, output, cached input) genai-prices gives for an offer we publish
    /// (Bedrock's regional ids aside), and how many of them the published figure matches within 1%.
    pub genai_shared: usize,
    pub genai_agree: usize,
    /// The figures that differ: (offer, field, published, genai-prices).
    pub genai_differ: Vec<(String, String, f64, f64)>,
}

impl Summary {
    fn count(&mut self, rule: &str, n: usize) {
        if n > 0 {
            *self.rules.entry(rule.to_owned()).or_default() += n;
        }
    }
}

type OfferKey = (String, String, String);

pub fn build(mut inp: Inputs) -> Result<(CatalogFile, Summary), String> {
    let cur = &inp.curated;
    let as_of = |s: Src| cur.source(s).map(|m| m.as_of.clone()).unwrap_or_default();

    // 1. models.dev `base_model` links join a provider's own id to its canonical
    //    model — for that provider only (one host's `mistral-small` is not another's).
    let mut base_alias: BTreeMap<(String, String), String> = BTreeMap::new();
    for o in &inp.modelsdev.offers {
        if let Some(b) = &o.base_key {
            if *b != o.key {
                base_alias.entry((cur.provider_id(Src::ModelsDev, &o.upstream_provider), o.key.clone())).or_insert_with(|| b.clone());
            }
        }
    }
    let canon = |provider: &str, key: &str| -> String {
        let k = base_alias.get(&(provider.to_owned(), key.to_owned())).map_or(key, String::as_str);
        match cur.model_for_key(k).or_else(|| cur.model_for_key(key)) {
            Some(m) => model_key(&m.slug),
            None => k.to_owned(),
        }
    };

    // 2. Offers grouped by (provider, provider model id, service tier), freshest source first.
    let mut groups: BTreeMap<OfferKey, Vec<RawOffer>> = BTreeMap::new();
    let all = [
        std::mem::take(&mut inp.litellm),
        std::mem::take(&mut inp.genai),
        std::mem::take(&mut inp.modelsdev.offers),
        std::mem::take(&mut inp.openrouter),
        std::mem::take(&mut inp.llmstats.offers),
    ];
    for raw in all.into_iter().flatten() {
        let provider = cur.provider_id(raw.src, &raw.upstream_provider);
        if cur.excluded.contains(&provider) {
            inp.skips.add(raw.src, "subscription or coding-plan provider, not a pay-per-token API");
            continue;
        }
        // One endpoint, one offer: ids that differ only by case are one id.
        groups.entry((provider, raw.provider_model_id.to_lowercase(), raw.service_tier.clone())).or_default().push(raw);
    }
    let mut summary = Summary { skipped: std::mem::take(&mut inp.skips.0), ..Summary::default() };
    let mut offers: Vec<(String, Offer, Vec<RawOffer>)> = Vec::new();
    let mut case_folded = 0;
    for ((provider, _, tier), mut raws) in groups {
        // Freshness by date: the source with the newest snapshot first; the fixed order breaks ties.
        raws.sort_by(|a, b| as_of(b.src).cmp(&as_of(a.src)).then(a.src.cmp(&b.src)));
        raws.dedup_by_key(|r| r.src); // one figure per source (duplicates inside one source: first wins)
        let id = raws[0].provider_model_id.clone();
        let mut other_ids: Vec<String> = raws.iter().map(|r| r.provider_model_id.clone()).filter(|x| *x != id).collect();
        other_ids.sort();
        other_ids.dedup();
        case_folded += other_ids.len();
        let currency = cur.provider(&provider).and_then(|p| p.currency.clone()).unwrap_or_else(|| "USD".into());
        let (mut offer, conflicts) = merge_offer(&provider, &id, &tier, &raws, as_of(raws[0].src));
        if let Some(g) = raws.iter().find(|r| r.src == Src::GenaiPrices).filter(|_| region_of(&id).is_none()) {
            for (field, ours, theirs) in [("input", offer.prices.input, g.prices.input), ("output", offer.prices.output, g.prices.output), ("cache_read", offer.prices.cache_read, g.prices.cache_read)] {
                let (Some(a), Some(b)) = (ours, theirs) else { continue };
                summary.genai_shared += 1;
                if (a - b).abs() <= CONFLICT_TOLERANCE * a.max(b) {
                    summary.genai_agree += 1;
                } else {
                    summary.genai_differ.push((format!("{provider}/{id}"), field.to_owned(), a, b));
                }
            }
        }
        offer.aliases = other_ids;
        offer.currency = currency;
        offer.region = region_of(&id);
        for c in conflicts {
            let (lo, hi) = c.values.values().fold((f64::INFINITY, 0.0f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
            let ratio = if lo > 0.0 { hi / lo } else { f64::INFINITY };
            summary.conflicts.push((format!("{provider}/{id}"), c.field.clone(), c.values.clone(), ratio));
        }
        offers.push((canon(&provider, &raws[0].key), offer, raws));
    }
    summary.count("offer ids that differ only by case, folded into one offer", case_folded);
    let split = split_dated_releases(&mut offers, |p| cur.creator_by_provider(p).is_some());
    summary.count("dated snapshots priced apart from their alias at one provider, kept as their own release", split);

    // 3. Models, by matching key.
    let mut by_model: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (key, _, _)) in offers.iter().enumerate() {
        by_model.entry(key.clone()).or_default().push(i);
    }
    // A model only genai-prices' own names carry (outside OpenRouter) needs another current offer.
    let alone: BTreeSet<usize> = by_model
        .values()
        .filter(|idx| idx.iter().all(|&i| offers[i].2.iter().all(|r| r.needs_company)))
        .flatten()
        .copied()
        .collect();
    if !alone.is_empty() {
        *summary.skipped.entry("genai-prices: only genai-prices names the model outside OpenRouter (kept for old responses, maybe retired)".into()).or_default() += alone.len();
        let mut k = 0;
        offers.retain(|_| {
            k += 1;
            !alone.contains(&(k - 1))
        });
        by_model.clear();
        for (i, (key, _, _)) in offers.iter().enumerate() {
            by_model.entry(key.clone()).or_default().push(i);
        }
    }
    let mut models = Vec::new();
    let mut slug_of_key: BTreeMap<String, String> = BTreeMap::new();
    let mut taken = BTreeSet::new();
    let mut spellings = 0;
    for (key, idx) in &by_model {
        let raws: Vec<&RawOffer> = idx.iter().flat_map(|&i| offers[i].2.iter()).collect();
        let distinct: BTreeSet<String> = raws.iter().map(|r| slugify(last_segment(&r.provider_model_id))).collect();
        if distinct.len() > 1 {
            spellings += distinct.len() - 1;
        }
        let m = build_model(key, &raws, &inp, &mut taken, &mut summary);
        slug_of_key.insert(key.clone(), m.id.clone());
        models.push(m);
    }
    summary.count("model id spellings joined into another spelling's model (identity rules)", spellings);

    // 3b. The sources' own names: models that sources call by the same name, from the same
    //     creator and of the same kind are one model (`kimi-k2-instruct` is "Kimi K2 0711",
    //     `mistral-large-2512` is "Mistral Large 3"). The one with the most offers keeps its slug.
    let mut name_joined: BTreeMap<String, Vec<String>> = BTreeMap::new();
    {
        let offers_of_slug: BTreeMap<&str, usize> =
            slug_of_key.iter().fold(BTreeMap::new(), |mut acc, (k, slug)| {
                *acc.entry(slug.as_str()).or_default() += by_model[k].len();
                acc
            });
        let mut groups: BTreeMap<(String, String, Kind), Vec<usize>> = BTreeMap::new();
        for (i, m) in models.iter().enumerate() {
            if m.creator != "Unknown" {
                groups.entry((m.name.to_lowercase(), m.creator.clone(), m.kind)).or_default().push(i);
            }
        }
        let mut drop: BTreeSet<String> = BTreeSet::new();
        for idx in groups.values().filter(|v| v.len() > 1) {
            let best = *idx
                .iter()
                .max_by(|&&a, &&b| {
                    let (ma, mb) = (&models[a].id, &models[b].id);
                    offers_of_slug.get(ma.as_str()).cmp(&offers_of_slug.get(mb.as_str())).then(mb.len().cmp(&ma.len())).then(mb.cmp(ma))
                })
                .expect("non-empty");
            for &i in idx.iter().filter(|&&i| i != best) {
                name_joined.entry(models[best].id.clone()).or_default().push(models[i].id.clone());
                drop.insert(models[i].id.clone());
            }
        }
        let target: BTreeMap<String, String> = name_joined.iter().flat_map(|(t, olds)| olds.iter().map(move |o| (o.clone(), t.clone()))).collect();
        for slug in slug_of_key.values_mut() {
            if let Some(t) = target.get(slug) {
                *slug = t.clone();
            }
        }
        summary.count("models joined because the sources give them one name, creator and kind", drop.len());
        // The joined model keeps the benchmark scores only the dropped spelling carried.
        for (keep, olds) in &name_joined {
            let extra: Vec<Benchmark> = models.iter().filter(|m| olds.contains(&m.id)).flat_map(|m| m.benchmarks.clone()).collect();
            if let Some(k) = models.iter_mut().find(|m| &m.id == keep) {
                for b in extra {
                    if !k.benchmarks.iter().any(|x| x.name == b.name) {
                        k.benchmarks.push(b);
                    }
                }
            }
        }
        models.retain(|m| !drop.contains(&m.id));
    }

    // 4. History: source history files, the previous catalog, then today's price.
    let prev: BTreeMap<OfferKey, &Offer> = inp
        .previous
        .iter()
        .flat_map(|c| c.offers.iter())
        .map(|o| ((o.provider.clone(), o.provider_model_id.clone(), o.service_tier.clone()), o))
        .collect();
    let litellm_hist_by_offer: BTreeMap<(String, String), &Vec<Point>> = inp
        .litellm_history
        .iter()
        .filter_map(|(k, pts)| inp.litellm_keys.get(k).map(|(p, id)| ((cur.provider_id(Src::Litellm, p), id.clone()), pts)))
        .collect();
    let newest_as_of = Src::ALL.iter().map(|s| as_of(*s)).max().unwrap_or_default();
    let stale_before = months_before(&newest_as_of, STALE_MONTHS);
    let model_by_slug: BTreeMap<&str, &Model> = models.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut final_offers: Vec<(Offer, Vec<RawOffer>)> = Vec::new();
    for (key, mut offer, raws) in offers {
        if offer.as_of.as_str() < stale_before.as_str() {
            *summary.skipped.entry(format!("stale: only source older than {STALE_MONTHS} months before the newest ({})", offer.source)).or_default() += 1;
            continue;
        }
        offer.model = slug_of_key[&key].clone();
        let m = model_by_slug[offer.model.as_str()];
        if offer.context == m.context {
            offer.context = None;
        }
        if offer.max_output == m.max_output {
            offer.max_output = None;
        }
        if offer.max_input == m.max_input || offer.max_input.is_some_and(|i| offer.context_or(m).is_some_and(|c| i >= c)) {
            offer.max_input = None;
        }
        let mut points: Vec<PricePoint> = Vec::new();
        // Both history files, for whichever of their keys name this offer.
        // LiteLLM's history by the id LiteLLM itself used for this offer (its casing may differ).
        let lite = raws
            .iter()
            .filter(|r| r.src == Src::Litellm)
            .find_map(|r| litellm_hist_by_offer.get(&(offer.provider.clone(), r.provider_model_id.clone())))
            .map(|p| (Src::Litellm, *p));
        let md = raws
            .iter()
            .filter(|r| r.src == Src::ModelsDev)
            .find_map(|r| inp.modelsdev_history.get(&format!("{}/{}", r.upstream_provider, r.provider_model_id)))
            .map(|p| (Src::ModelsDev, p));
        for (src, pts) in lite.into_iter().chain(md) {
            for p in pts {
                points.push(PricePoint { date: p.date.clone(), input: p.input, output: p.output, source: src.id().into(), until: false });
            }
        }
        // Dated changes a source records (genai-prices), and the changes it announces.
        points.extend(raws.iter().flat_map(|r| r.dated.iter().cloned()));
        let mut scheduled: Vec<PricePoint> = raws.iter().flat_map(|r| r.scheduled.iter().cloned()).filter(|p| p.date.as_str() > newest_as_of.as_str()).collect();
        scheduled.sort_by(|a, b| a.date.cmp(&b.date));
        scheduled.dedup_by(|a, b| a.date == b.date);
        offer.scheduled = scheduled;
        let old = std::iter::once(&offer.provider_model_id)
            .chain(offer.aliases.iter())
            .find_map(|id| prev.get(&(offer.provider.clone(), id.clone(), offer.service_tier.clone())));
        if let Some(old) = old {
            points.extend(old.history.iter().cloned());
            points.push(PricePoint { date: old.as_of.clone(), input: old.prices.input, output: old.prices.output, source: old.source.clone(), until: false });
        }
        points.push(PricePoint { date: offer.as_of.clone(), input: offer.prices.input, output: offer.prices.output, source: offer.source.clone(), until: false });
        offer.history = compact_history(points);
        if !offer.history.is_empty() {
            summary.offers_with_history += 1;
            summary.history_points += offer.history.len();
        }
        final_offers.push((offer, raws));
    }
    let (mut final_offers, folded) = fold_endpoints(final_offers);
    summary.count("offers of one endpoint under two ids (same model, provider, tier, region and price), folded", folded);
    let successors: BTreeMap<String, String> = final_offers
        .iter()
        .filter_map(|(o, raws)| raws.iter().find_map(|r| r.successor.as_deref()).map(|s| (o.model.clone(), model_key(last_segment(s)))))
        .collect();
    let alias_ids: Vec<(String, String)> = final_offers
        .iter()
        .flat_map(|(o, raws)| raws.iter().filter(|r| r.is_alias).map(move |r| (o.model.clone(), slugify(last_segment(&r.provider_model_id)))))
        .collect();
    let mut final_offers: Vec<Offer> = final_offers.drain(..).map(|(o, _)| o).collect();
    for o in &final_offers {
        *summary.currencies.entry(o.currency.clone()).or_default() += 1;
        if o.region.is_some() {
            summary.count("offers priced per region (region set)", 1);
        }
    }
    // Retired: every offer of the model past its deprecation date; the successor a source names.
    let today = newest_as_of.as_str();
    let mut retired: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for o in &final_offers {
        let e = retired.entry(o.model.as_str()).or_insert(Some(""));
        *e = match (*e, o.deprecation_date.as_deref()) {
            (Some(latest), Some(d)) if d < today => Some(if d > latest { d } else { latest }),
            _ => None,
        };
    }
    for m in &mut models {
        if let Some(Some(d)) = retired.get(m.id.as_str()) {
            m.retired = Some((*d).to_owned());
            summary.count("models retired (every offer past its deprecation date), kept findable", 1);
            m.successor = successors.get(&m.id).and_then(|k| slug_of_key.get(k)).filter(|s| **s != m.id).cloned();
        }
    }
    // Aliases: the slugs the previous catalog published (and its aliases), and LiteLLM `alias_of` ids.
    let new_model_of_offer: BTreeMap<(String, String), &str> = final_offers
        .iter()
        .flat_map(|o| std::iter::once(&o.provider_model_id).chain(o.aliases.iter()).map(move |id| ((o.provider.clone(), id.to_lowercase()), o.model.as_str())))
        .collect();
    let mut aliases: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    if let Some(prev) = &inp.previous {
        let mut votes: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for o in &prev.offers {
            if let Some(m) = new_model_of_offer.get(&(o.provider.clone(), o.provider_model_id.to_lowercase())) {
                *votes.entry(o.model.as_str()).or_default().entry(m).or_default() += 1;
            }
        }
        for pm in &prev.models {
            let Some(target) = votes.get(pm.id.as_str()).and_then(|v| v.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))).map(|(m, _)| *m) else { continue };
            let set = aliases.entry(target.to_owned()).or_default();
            set.insert(pm.id.clone());
            set.extend(pm.aliases.iter().cloned());
        }
    }
    for (m, a) in alias_ids {
        aliases.entry(m).or_default().insert(a);
    }
    for (m, olds) in name_joined {
        aliases.entry(m).or_default().extend(olds);
    }
    let model_ids: BTreeSet<String> = models.iter().map(|m| m.id.clone()).collect();
    for m in &mut models {
        if let Some(set) = aliases.get(&m.id) {
            m.aliases = set.iter().filter(|a| !model_ids.contains(*a) && hub_core::parse::is_slug(a)).cloned().collect();
            summary.count("old or other slugs kept as aliases", m.aliases.len());
        }
    }
    // A model is published only with at least one published offer.
    let served: BTreeSet<&str> = final_offers.iter().map(|o| o.model.as_str()).collect();
    let before = models.len();
    models.retain(|m| served.contains(m.id.as_str()));
    if models.len() < before {
        *summary.skipped.entry("model with no published offer".into()).or_default() += before - models.len();
    }
    final_offers.sort_by(|a, b| (&a.model, &a.provider, &a.provider_model_id, &a.service_tier).cmp(&(&b.model, &b.provider, &b.provider_model_id, &b.service_tier)));
    models.sort_by(|a, b| a.id.cmp(&b.id));
    for m in &models {
        *summary.kinds.entry(m.kind.id().to_owned()).or_default() += 1;
    }

    // 5. Providers that serve at least one offer.
    let used: BTreeSet<&str> = final_offers.iter().map(|o| o.provider.as_str()).collect();
    let openai_like: Option<serde_json::Map<String, Value>> = inp.openai_like.as_deref().and_then(|t| serde_json::from_str(t).ok());
    let providers: Vec<Provider> = used.iter().map(|id| build_provider(id, &inp, openai_like.as_ref())).collect();

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

/// Path segments of upstream ids that name a host's folders, not who made the model.
const HOST_SEGMENTS: &[&str] = &["models", "accounts", "fireworks", "routers", "main", "@cf", "@hf", "workers-ai", "thebloke", "clarifai", "fal-ai", "gmicloud", "nanogpt", "openrouter", "community"];

/// The owner named in a Hugging Face-style id (`Steelskull/L3.3-Electra-R1-70b` → `Steelskull`),
/// unless it is a host's folder or the provider itself.
pub fn owner_segment(id: &str, provider: &str) -> Option<String> {
    let owner = id.split('/').rev().nth(1)?.trim_start_matches('~');
    let lower = owner.to_ascii_lowercase();
    let host = HOST_SEGMENTS.contains(&lower.as_str()) || slugify(&lower).replace('_', "-") == provider || owner.is_empty();
    (!host && owner.bytes().any(|b| b.is_ascii_alphabetic())).then(|| owner.to_owned())
}

/// A dated snapshot id joins its undated alias's model (rule 4 of normalize) unless the
/// maker's own API lists both and prices them differently: then the snapshot is another release
/// (`gpt-4o-2024-05-13` at $5/$15 beside `gpt-4o` at $2.50/$10) and it, at every provider,
/// gets a model of its own (key + date). Returns how many offers moved.
pub fn split_dated_releases(offers: &mut [(String, Offer, Vec<RawOffer>)], first_party: impl Fn(&str) -> bool) -> usize {
    let differs = |a: Option<f64>, b: Option<f64>| matches!((a, b), (Some(a), Some(b)) if (a - b).abs() > CONFLICT_TOLERANCE * a.max(b));
    let mut alias_price: BTreeMap<(String, String, String), (Option<f64>, Option<f64>)> = BTreeMap::new();
    for (key, o, _) in offers.iter() {
        let id = o.provider_model_id.rsplit('/').next().unwrap_or(&o.provider_model_id).to_lowercase();
        if crate::normalize::snapshot_date(&id).is_none() {
            alias_price.insert((key.clone(), o.provider.clone(), id), (o.prices.input, o.prices.output));
        }
    }
    let mut releases: BTreeSet<(String, String)> = BTreeSet::new();
    for (key, o, _) in offers.iter() {
        let id = o.provider_model_id.rsplit('/').next().unwrap_or(&o.provider_model_id).to_lowercase();
        let Some((date, alias)) = crate::normalize::snapshot_date(&id) else { continue };
        // Only the maker's own API says which release its alias serves; resellers' aliases lag.
        if !first_party(&o.provider) {
            continue;
        }
        if let Some((i, out)) = alias_price.get(&(key.clone(), o.provider.clone(), alias)) {
            if differs(*i, o.prices.input) || differs(*out, o.prices.output) {
                releases.insert((key.clone(), date));
            }
        }
    }
    let mut moved = 0;
    for (key, o, _) in offers.iter_mut() {
        let id = o.provider_model_id.rsplit('/').next().unwrap_or(&o.provider_model_id).to_lowercase();
        if let Some((date, _)) = crate::normalize::snapshot_date(&id) {
            if releases.contains(&(key.clone(), date.clone())) {
                *key = format!("{key}-{date}");
                moved += 1;
            }
        }
    }
    moved
}

/// The last path segment of an upstream id, without OpenRouter's `:free`.
pub fn last_segment(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id).trim_end_matches(":free")
}

/// One endpoint, one offer: offers of one model at one provider, tier and region
/// with the same input and output price are one endpoint under several ids (a
/// dated snapshot id and its alias, `claude-opus-4-1` and `claude-opus-4-1-20250805`).
/// They fold into the offer with the shortest id, which lists the others. Returns how many folded.
pub fn fold_endpoints(offers: Vec<(Offer, Vec<RawOffer>)>) -> (Vec<(Offer, Vec<RawOffer>)>, usize) {
    type Place = (String, String, String, Option<String>);
    let mut out: Vec<(Offer, Vec<RawOffer>)> = Vec::new();
    let mut by_price: BTreeMap<(Place, String, String), usize> = BTreeMap::new();
    let mut by_id: BTreeMap<(Place, String), usize> = BTreeMap::new();
    let mut folded = 0;
    let mut sorted = offers;
    sorted.sort_by(|a, b| a.0.provider_model_id.len().cmp(&b.0.provider_model_id.len()).then_with(|| a.0.provider_model_id.cmp(&b.0.provider_model_id)));
    for (o, raws) in sorted {
        let price = |x: Option<f64>| x.map_or("?".to_owned(), |v| format!("{v}"));
        let place: Place = (o.model.clone(), o.provider.clone(), o.service_tier.clone(), o.region.clone());
        let pk = (place.clone(), price(o.prices.input), price(o.prices.output));
        // The same id under another folder (`mistralai/x` and `x` at one host) is the same endpoint too.
        let ik = (place, publish_id(&o.provider_model_id));
        let has_price = o.prices.input.is_some() || o.prices.output.is_some();
        let hit = by_id.get(&ik).copied().or_else(|| has_price.then(|| by_price.get(&pk).copied()).flatten());
        match hit {
            Some(i) => {
                let (keep, keep_raws) = &mut out[i];
                keep.aliases.push(o.provider_model_id.clone());
                keep.aliases.extend(o.aliases.iter().cloned());
                keep.aliases.sort();
                keep.aliases.dedup();
                // The folded id's own disagreements stay on the offer.
                for c in &o.conflicts {
                    match keep.conflicts.iter_mut().find(|k| k.field == c.field) {
                        Some(k) => {
                            for (src, v) in &c.values {
                                k.values.entry(src.clone()).or_insert(*v);
                            }
                        }
                        None => keep.conflicts.push(c.clone()),
                    }
                }
                for (field, a, b) in [("input", keep.prices.input, o.prices.input), ("output", keep.prices.output, o.prices.output)] {
                    if let (Some(a), Some(b)) = (a, b) {
                        if (a - b).abs() > CONFLICT_TOLERANCE * a.max(b) && !keep.conflicts.iter().any(|c| c.field == field) {
                            let other = if o.source == keep.source { format!("{} ({})", o.source, o.provider_model_id) } else { o.source.clone() };
                            keep.conflicts.push(Conflict { field: field.into(), values: [(keep.source.clone(), a), (other, b)].into_iter().collect() });
                        }
                    }
                }
                if o.as_of > keep.as_of {
                    keep.as_of = o.as_of.clone();
                }
                keep.deprecation_date = match (keep.deprecation_date.take(), o.deprecation_date.clone()) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
                // One endpoint's history under either id is its history.
                if !o.history.is_empty() {
                    let mut points = std::mem::take(&mut keep.history);
                    points.extend(o.history.iter().cloned());
                    points.push(PricePoint { date: keep.as_of.clone(), input: keep.prices.input, output: keep.prices.output, source: keep.source.clone(), until: false });
                    keep.history = compact_history(points);
                }
                for p in &o.scheduled {
                    if !keep.scheduled.iter().any(|x| x.date == p.date) {
                        keep.scheduled.push(p.clone());
                    }
                }
                keep_raws.extend(raws);
                folded += 1;
            }
            None => {
                by_id.insert(ik, out.len());
                by_price.insert(pk, out.len());
                out.push((o, raws));
            }
        }
    }
    (out, folded)
}

/// Sorted by date; a point is kept only when the price differs from the one before.
/// A single point (nothing ever changed) is dropped: `as_of` already says since when.
pub fn compact_history(mut points: Vec<PricePoint>) -> Vec<PricePoint> {
    points.retain(|p| is_date_prefix(&p.date) && (p.input.is_some() || p.output.is_some()));
    for p in &mut points {
        p.date.truncate(10);
    }
    // On one day, a price that held *until* that day comes before the price *from* it.
    points.sort_by(|a, b| a.date.cmp(&b.date).then(b.until.cmp(&a.until)).then_with(|| a.source.cmp(&b.source)));
    let mut out: Vec<PricePoint> = Vec::new();
    for p in points {
        match out.last() {
            Some(last) if same(last.input, p.input) && same(last.output, p.output) => {}
            // A dated price after an `until` point of the same day is the change itself: keep both.
            Some(last) if last.date == p.date && last.until && !p.until => out.push(p),
            Some(last) if last.date == p.date => {
                // Two prices on one day: the later-sorted one stands, unless it returns to the one before.
                let keep_prev = out.len() >= 2 && { let b = &out[out.len() - 2]; same(b.input, p.input) && same(b.output, p.output) };
                out.pop();
                if !keep_prev {
                    out.push(p);
                }
            }
            _ => out.push(p),
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

fn is_date_prefix(s: &str) -> bool {
    s.len() >= 10 && hub_core::parse::is_date(&s[..10])
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1e-9),
        (None, None) => true,
        _ => false,
    }
}

/// One offer from each source's figures: freshest source first; other values kept as conflicts.
fn merge_offer(provider: &str, id: &str, tier: &str, raws: &[RawOffer], as_of: String) -> (Offer, Vec<Conflict>) {
    let primary = raws[0].src;
    let mut field_sources = BTreeMap::new();
    let mut conflicts = Vec::new();
    let mut pick = |name: &str, get: &dyn Fn(&Prices) -> Option<f64>| -> Option<f64> {
        let vals: Vec<(Src, f64)> = raws.iter().filter_map(|r| get(&r.prices).map(|v| (r.src, v))).collect();
        let (src, v) = *vals.first()?;
        if src != primary {
            field_sources.insert(name.to_owned(), src.id().to_owned());
        }
        let (lo, hi) = vals.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), (_, x)| (lo.min(*x), hi.max(*x)));
        if vals.len() > 1 && hi - lo > CONFLICT_TOLERANCE * hi.max(1e-12) {
            conflicts.push(Conflict { field: name.to_owned(), values: vals.iter().map(|(s, x)| (s.id().to_owned(), *x)).collect() });
        }
        Some(v)
    };
    let prices = Prices {
        input: pick("input", &|p| p.input),
        output: pick("output", &|p| p.output),
        cache_read: pick("cache_read", &|p| p.cache_read),
        cache_write: pick("cache_write", &|p| p.cache_write),
        reasoning: pick("reasoning", &|p| p.reasoning),
        batch_input: pick("batch_input", &|p| p.batch_input),
        batch_output: pick("batch_output", &|p| p.batch_output),
        image: pick("image", &|p| p.image),
        image_output: pick("image_output", &|p| p.image_output),
    };
    let unit_prices = raws.iter().find(|r| !r.unit_prices.is_empty()).map(|r| {
        if r.src != primary {
            field_sources.insert("unit_prices".into(), r.src.id().into());
        }
        r.unit_prices.clone()
    });
    let tiers = raws.iter().find(|r| !r.tiers.is_empty()).map(|r| {
        if r.src != primary {
            field_sources.insert("tiers".into(), r.src.id().into());
        }
        r.tiers.clone()
    });
    let first = |f: &dyn Fn(&RawOffer) -> Option<u64>| raws.iter().find_map(f);
    let offer = Offer {
        model: String::new(),
        provider: provider.to_owned(),
        provider_model_id: id.to_owned(),
        aliases: vec![],
        region: None,
        context: first(&|r| r.context),
        max_input: first(&|r| r.max_input),
        max_output: first(&|r| r.max_output),
        prices,
        unit_prices: unit_prices.unwrap_or_default(),
        tiers: tiers.unwrap_or_default(),
        currency: "USD".into(),
        service_tier: tier.to_owned(),
        as_of,
        source: primary.id().to_owned(),
        field_sources,
        conflicts: conflicts.clone(),
        history: vec![],
        scheduled: vec![],
        deprecation_date: raws.iter().find_map(|r| r.deprecation_date.clone()),
    };
    (offer, conflicts)
}

fn build_model(key: &str, raws: &[&RawOffer], inp: &Inputs, taken: &mut BTreeSet<String>, summary: &mut Summary) -> Model {
    let cur = &inp.curated;
    let curated = cur.model_for_key(key);
    // The creator's canonical file: by the model's key, a host file's base_model, a reviewed id, or any offer's own key.
    let canonical = inp
        .modelsdev
        .canonical
        .get(key)
        .or_else(|| raws.iter().find_map(|r| r.base_key.as_ref().and_then(|b| inp.modelsdev.canonical.get(b))))
        .or_else(|| curated.and_then(|c| c.ids.iter().find_map(|id| inp.modelsdev.canonical.get(&model_key(id)))))
        .or_else(|| raws.iter().find_map(|r| inp.modelsdev.canonical.get(&r.key)));
    let stats = inp.llmstats.models.get(key).or_else(|| raws.iter().find_map(|r| inp.llmstats.models.get(&r.key)));
    let by_src = |s: Src| raws.iter().filter(move |r| r.src == s).map(|r| &r.facts);
    let mut field_sources = BTreeMap::new();

    // Slug: reviewed, else the id spelling most offers use (then the shortest).
    let mut slug = match curated {
        Some(c) => c.slug.clone(),
        None => {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            // A release kept apart by its date keeps the date in its slug.
            let dated_release = key.rsplit_once('-').is_some_and(|(_, d)| d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()));
            for r in raws.iter().filter(|r| (r.key == key || dated_release) && !r.is_alias) {
                let id = if dated_release { slugify(last_segment(&r.provider_model_id)) } else { publish_id(&r.provider_model_id) };
                *counts.entry(id).or_default() += 1;
            }
            let mut ids: Vec<(String, usize)> = counts.into_iter().filter(|(s, _)| !s.is_empty()).collect();
            ids.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.len().cmp(&b.0.len())).then_with(|| a.0.cmp(&b.0)));
            ids.into_iter().next().map(|(s, _)| s).unwrap_or_else(|| slugify(key))
        }
    };
    if !taken.insert(slug.clone()) {
        slug = slugify(key);
        let mut n = 2;
        while !taken.insert(slug.clone()) {
            slug = format!("{}-{n}", slugify(key));
            n += 1;
        }
    }

    // Name: the first source name that is a name, not an id; else one made from the key.
    let ids: Vec<&str> = raws.iter().map(|r| r.provider_model_id.as_str()).collect();
    let candidates = curated
        .and_then(|c| c.name.clone())
        .into_iter()
        .chain(canonical.and_then(|f| f.name.clone()))
        .chain(by_src(Src::OpenRouter).filter_map(|f| f.name.clone()))
        .chain(by_src(Src::ModelsDev).filter_map(|f| f.name.clone()))
        .chain(by_src(Src::GenaiPrices).filter_map(|f| f.name.clone()))
        .chain(stats.and_then(|f| f.name.clone()));
    // `Claude Haiku 4.5 (latest)`: the alias marker is not part of the model's name.
    let name = match candidates.map(|n| n.trim().trim_end_matches("(latest)").trim().trim_end_matches("(free)").trim().to_owned()).find(|n| !is_raw_name(n, &ids)) {
        Some(n) => n,
        None => {
            summary.count("models named from their id (no source gives a name)", 1);
            pretty_name(key)
        }
    };

    // Creator: a lab a source names (canonical folder, OpenRouter or llm-stats org, a host's
    // sub-folder, an id's org path), else a reviewed id prefix, else OpenRouter's creator name.
    let labs = canonical
        .and_then(|f| f.lab.clone())
        .into_iter()
        .chain(by_src(Src::OpenRouter).filter_map(|f| f.lab.clone()))
        .chain(stats.and_then(|f| f.lab.clone()))
        .chain(raws.iter().filter_map(|r| r.facts.lab.clone()))
        .chain(raws.iter().filter_map(|r| r.provider_model_id.split('/').rev().nth(1).map(|l| l.trim_start_matches('~').to_owned())));
    let creator = labs
        .into_iter()
        .find_map(|l| cur.creator(Some(&l), "").map(str::to_owned))
        .or_else(|| cur.creator(None, key).map(str::to_owned))
        .or_else(|| raws.iter().find_map(|r| cur.creator(None, &model_key(last_segment(&r.provider_model_id))).map(str::to_owned)))
        .or_else(|| raws.iter().find_map(|r| cur.creator(None, &last_segment(&r.provider_model_id).to_lowercase()).map(str::to_owned)))
        .or_else(|| by_src(Src::OpenRouter).find_map(|f| f.creator_name.clone()))
        .or_else(|| raws.iter().find_map(|r| cur.creator_by_provider(&cur.provider_id(r.src, &r.upstream_provider)).map(str::to_owned)))
        .or_else(|| raws.iter().find_map(|r| owner_segment(&r.provider_model_id, &cur.provider_id(r.src, &r.upstream_provider))))
        .unwrap_or_else(|| "Unknown".into());
    let (kind, rule) = kind_of(cur, key, raws);
    if let Some(rule) = rule {
        summary.count(&format!("kind {} by reviewed rule ({rule})", kind.id()), 1);
    }
    // A router is its host's product.
    let creator = match (creator.as_str(), kind, raws.first()) {
        ("Unknown", Kind::Router, Some(r)) => {
            let id = cur.provider_id(r.src, &r.upstream_provider);
            cur.provider(&id).and_then(|p| p.name.clone()).or_else(|| inp.modelsdev.providers.get(&r.upstream_provider).and_then(|p| p.name.clone())).unwrap_or_else(|| title_case(&id))
        }
        _ => creator,
    };

    // Context: the creator's figure (models.dev canonical), else OpenRouter's, else any offer's.
    let (context, ctx_src) = match canonical.and_then(|f| f.context) {
        Some(c) => (Some(c), Some(Src::ModelsDev)),
        None => match raws.iter().filter(|r| r.src == Src::OpenRouter).find_map(|r| r.context) {
            Some(c) => (Some(c), Some(Src::OpenRouter)),
            None => raws.iter().find_map(|r| r.context.map(|c| (Some(c), Some(r.src)))).unwrap_or((None, None)),
        },
    };
    if let Some(s) = ctx_src {
        field_sources.insert("context".into(), s.id().into());
    }
    let max_output = canonical.and_then(|f| f.max_output).or_else(|| raws.iter().find_map(|r| r.max_output));

    // Any source's claim counts, unless the creator's canonical file explicitly denies it.
    let mut caps: BTreeSet<Capability> = raws.iter().flat_map(|r| r.facts.caps.iter().copied()).collect();
    caps.extend(canonical.iter().flat_map(|f| f.caps.iter().copied()));
    if let Some(c) = canonical {
        caps.retain(|x| !c.denied.contains(x));
    }
    // Structured outputs are JSON output constrained to a schema, so they include JSON mode.
    if caps.contains(&Capability::StructuredOutputs) {
        caps.insert(Capability::JsonMode);
    }
    let mut input: BTreeSet<Modality> = raws.iter().flat_map(|r| r.facts.input.iter().copied()).collect();
    let mut output: BTreeSet<Modality> = raws.iter().flat_map(|r| r.facts.output.iter().copied()).collect();
    input.extend(canonical.iter().flat_map(|f| f.input.iter().copied()));
    output.extend(canonical.iter().flat_map(|f| f.output.iter().copied()));
    input.insert(Modality::Text);
    output.insert(Modality::Text);

    let pick_fact = |name: &str, f: &dyn Fn(&Facts) -> Option<String>, fs: &mut BTreeMap<String, String>| -> Option<String> {
        let found = canonical
            .and_then(|c| f(c).map(|v| (v, Src::ModelsDev)))
            .or_else(|| by_src(Src::ModelsDev).find_map(|x| f(x).map(|v| (v, Src::ModelsDev))))
            .or_else(|| stats.and_then(|s| f(s).map(|v| (v, Src::LlmStats))))
            .or_else(|| by_src(Src::OpenRouter).find_map(|x| f(x).map(|v| (v, Src::OpenRouter))));
        if let Some((_, s)) = &found {
            fs.insert(name.to_owned(), s.id().to_owned());
        }
        found.map(|(v, _)| v)
    };
    let open_weights = pick_fact("open_weights", &|f| f.open_weights.map(|b| b.to_string()), &mut field_sources).map(|s| s == "true");
    let license = stats
        .and_then(|s| s.license.clone())
        .inspect(|_| {
            field_sources.insert("license".into(), Src::LlmStats.id().into());
        })
        .or_else(|| pick_fact("license", &|f| f.license.clone(), &mut field_sources));
    let weights_url = pick_fact("weights_url", &|f| f.weights_url.clone(), &mut field_sources);
    let release_date = pick_fact("release_date", &|f| f.release_date.clone(), &mut field_sources);
    let knowledge_cutoff = pick_fact("knowledge_cutoff", &|f| f.knowledge_cutoff.clone(), &mut field_sources);
    let (params_b, active_params_b, params_from, fix) = parameters(cur, key, &slug, stats.and_then(|s| s.params_b));
    if let Some(from) = params_from {
        field_sources.insert("params_b".into(), from);
    }
    if let Some(fix) = fix {
        summary.param_fixes.push(fix);
    }
    Model {
        id: slug,
        name,
        kind,
        aliases: vec![],
        creator,
        // genai-prices' description, for models only it carries (published with the facts it gives).
        description: raws.iter().all(|r| r.src == Src::GenaiPrices).then(|| raws.iter().find_map(|r| r.description.clone())).flatten(),
        release_date,
        knowledge_cutoff,
        context,
        max_output,
        max_input: canonical.and_then(|f| f.max_input),
        retired: None,
        successor: None,
        input: input.into_iter().collect(),
        output: output.into_iter().collect(),
        capabilities: caps.into_iter().collect(),
        open_weights,
        license: if open_weights == Some(false) { None } else { license },
        weights_url: if open_weights == Some(false) { None } else { weights_url },
        params_b,
        active_params_b,
        field_sources,
        benchmarks: canonical.map(|c| c.benchmarks.clone()).unwrap_or_default(),
    }
}

const MODELSDEV_PROVIDER_URL: &str = "https://github.com/anomalyco/models.dev/tree/dev/providers/";
const LITELLM_OPENAI_LIKE_URL: &str = "https://github.com/BerriAI/litellm/blob/main/litellm/llms/openai_like/providers.json";

fn build_provider(id: &str, inp: &Inputs, openai_like: Option<&serde_json::Map<String, Value>>) -> Provider {
    let cur = &inp.curated;
    let c = cur.provider(id).cloned().unwrap_or_default();
    let md_id = inp.modelsdev.providers.keys().find(|k| cur.provider_id(Src::ModelsDev, k) == id);
    let md = md_id.and_then(|k| inp.modelsdev.providers.get(k));
    let like: Option<&Value> = openai_like.and_then(|m| m.iter().find(|(k, _)| cur.provider_id(Src::Litellm, k) == id).map(|(_, v)| v));
    let like_str = |k: &str| like.and_then(|l| l.get(k)).and_then(Value::as_str).map(str::to_owned);
    let clean_url = |u: Option<String>| u.filter(|u| hub_core::links::is_http_url(u) && !u.contains("${"));

    let mut facts_source = c.source.clone();
    let api_style = c.api_style.or_else(|| {
        if md.and_then(|m| m.npm.as_deref()) == Some("@ai-sdk/openai-compatible") {
            facts_source.get_or_insert_with(|| format!("{MODELSDEV_PROVIDER_URL}{}", md_id.unwrap()));
            Some(ApiStyle::OpenaiCompatible)
        } else if like.is_some() {
            facts_source.get_or_insert_with(|| LITELLM_OPENAI_LIKE_URL.to_owned());
            Some(ApiStyle::OpenaiCompatible)
        } else {
            None
        }
    });
    let api_base = clean_url(c.api_base.clone()).or_else(|| clean_url(md.and_then(|m| m.api.clone()))).or_else(|| clean_url(like_str("base_url")));
    if facts_source.is_none() && (api_base.is_some() || md.is_some()) {
        facts_source = md_id.map(|k| format!("{MODELSDEV_PROVIDER_URL}{k}")).or_else(|| like.map(|_| LITELLM_OPENAI_LIKE_URL.to_owned()));
    }
    Provider {
        id: id.to_owned(),
        name: c.name.clone().or_else(|| md.and_then(|m| m.name.clone())).unwrap_or_else(|| title_case(id)),
        api_style,
        api_base,
        auth_header: c.auth_header.clone().or_else(|| (api_style == Some(ApiStyle::OpenaiCompatible)).then(|| "Authorization: Bearer".to_owned())),
        env_var: c.env_var.clone().or_else(|| md.and_then(|m| m.env.clone())).or_else(|| like_str("api_key_env")),
        docs_url: clean_url(c.docs_url.clone()).or_else(|| clean_url(md.and_then(|m| m.doc.clone()))),
        facts_source,
        compliance: c.compliance.clone(),
    }
}

fn title_case(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
