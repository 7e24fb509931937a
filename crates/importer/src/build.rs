//! The pipeline's driver: every source's raw offers grouped by endpoint and
//! merged (`merge`), grouped into models by matching key and identified
//! (`identify`), history appended, retired models and aliases marked, and the
//! providers that serve them built (`providers`). Validation and writing are in lib.rs.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::*;
use serde_json::Value;

use crate::curated::Curated;
use crate::identify::build_model;
pub use crate::merge::{compact_history, fold_batch_ids, fold_endpoints, last_segment, split_dated_releases, CONFLICT_TOLERANCE};
use crate::merge::merge_offer;
use crate::normalize::{model_key, region_of, slugify};
use crate::providers::build_provider;
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
    pub(crate) fn count(&mut self, rule: &str, n: usize) {
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
        let ids: Vec<String> = raws.iter().map(|r| r.provider_model_id.clone()).collect();
        // Two price lists in two currencies are not rivals: where a source gives the dollar
        // list (the currency rankings compare), the other list's figures are left out.
        let currency_of = |r: &RawOffer| cur.provider(&provider).map_or("USD", |p| p.currency_of(r.src)).to_owned();
        let currency = if raws.iter().any(|r| currency_of(r) == "USD") { "USD".to_owned() } else { currency_of(&raws[0]) };
        let (kept, other): (Vec<RawOffer>, Vec<RawOffer>) = raws.into_iter().partition(|r| currency_of(r) == currency);
        for r in &other {
            *summary.skipped.entry(format!("{}: a price list in the provider's other currency, beside its dollar list", r.src.id())).or_default() += 1;
        }
        let raws = kept;
        let id = raws[0].provider_model_id.clone();
        let mut other_ids: Vec<String> = ids.into_iter().filter(|x| *x != id).collect();
        other_ids.sort();
        other_ids.dedup();
        case_folded += other_ids.len();
        let (mut offer, conflicts) = merge_offer(&provider, &id, &tier, &raws, as_of(raws[0].src));
        // The agreement figure leaves out region-specific Bedrock prices: ids with a region
        // prefix, and genai-prices' region-class entries (which price the bare ids that LiteLLM
        // prices at the global rate; those differences stay conflicts with both values).
        if let Some(g) = raws.iter().find(|r| r.src == Src::GenaiPrices).filter(|g| region_of(&id).is_none() && !g.region_class) {
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
    let (batch_folded, batch_alone) = fold_batch_ids(&mut offers);
    summary.count("batch ids (OpenRouter `:batch`) folded into their endpoint's batch prices", batch_folded);
    summary.count("batch ids with no real-time endpoint beside them, left out", batch_alone);
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
    let mut source_names: Vec<String> = Vec::new();
    let mut slug_of_key: BTreeMap<String, String> = BTreeMap::new();
    let mut taken = BTreeSet::new();
    let mut spellings = 0;
    for (key, idx) in &by_model {
        let raws: Vec<&RawOffer> = idx.iter().flat_map(|&i| offers[i].2.iter()).collect();
        let distinct: BTreeSet<String> = raws.iter().map(|r| slugify(last_segment(&r.provider_model_id))).collect();
        if distinct.len() > 1 {
            spellings += distinct.len() - 1;
        }
        let (m, source_name) = build_model(key, &raws, &inp, &mut taken, &mut summary);
        slug_of_key.insert(key.clone(), m.id.clone());
        source_names.push(source_name);
        models.push(m);
    }
    summary.count("model id spellings joined into another spelling's model (identity rules)", spellings);

    // 3a. Open-weight models no API serves: a creator's own file that says the weights are open
    //     and links them (Ornith 1.0 on Hugging Face) is a model to self-host, published without
    //     offers. Dated files are releases of a model, not models of their own.
    let listed: BTreeSet<&str> = offers.iter().flat_map(|(k, _, raws)| std::iter::once(k.as_str()).chain(raws.iter().map(|r| r.key.as_str())).chain(raws.iter().filter_map(|r| r.base_key.as_deref()))).collect();
    let mut self_hosted: BTreeSet<String> = BTreeSet::new();
    for (key, f) in &inp.modelsdev.canonical {
        let dated = crate::normalize::snapshot_date(key).is_some();
        if listed.contains(key.as_str()) || dated || f.open_weights != Some(true) || f.weights_url.is_none() || cur.model_for_key(key).is_some() {
            continue;
        }
        let (mut m, source_name) = build_model(key, &[], &inp, &mut taken, &mut summary);
        // With no API id to take a slug from, the slug is the creator's name for it.
        let by_name = slugify(&m.name);
        if by_name != m.id && taken.insert(by_name.clone()) {
            taken.remove(&m.id);
            m.id = by_name;
        }
        slug_of_key.insert(key.clone(), m.id.clone());
        self_hosted.insert(m.id.clone());
        source_names.push(source_name);
        models.push(m);
    }
    summary.count("open-weight models no API serves, from their creator's file (to self-host)", self_hosted.len());

    // 3b. The sources' own names: models that sources call by the same name, from the same
    //     creator and of the same kind are one model (`kimi-k2-instruct` is "Kimi K2 0711",
    //     `mistral-large-2512` is "Mistral Large 3"). The one with the most offers keeps its slug.
    let mut name_joined: BTreeMap<String, Vec<String>> = BTreeMap::new();
    {
        let offers_of_slug: BTreeMap<&str, usize> =
            slug_of_key.iter().fold(BTreeMap::new(), |mut acc, (k, slug)| {
                *acc.entry(slug.as_str()).or_default() += by_model.get(k).map_or(0, Vec::len);
                acc
            });
        let mut groups: BTreeMap<(String, String, Kind), Vec<usize>> = BTreeMap::new();
        for (i, m) in models.iter().enumerate() {
            if m.creator != "Unknown" {
                groups.entry((source_names[i].to_lowercase(), m.creator.clone(), m.kind)).or_default().push(i);
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
            .find_map(|id| prev.get(&(offer.provider.clone(), id.clone(), offer.service_tier.clone())))
            .filter(|old| old.currency == offer.currency); // another currency's figures are not a move
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
    models.retain(|m| served.contains(m.id.as_str()) || self_hosted.contains(&m.id));
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

