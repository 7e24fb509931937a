//! Merging the sources into one catalog: offers by (provider, model id, tier),
//! models by matching key, providers by reviewed mappings, history appended.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::*;
use serde_json::Value;

use crate::curated::Curated;
use crate::normalize::{model_key, slugify};
use crate::raw::{params_from_id, Facts, RawOffer, Skips, Src};
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
    let all = [std::mem::take(&mut inp.litellm), std::mem::take(&mut inp.modelsdev.offers), std::mem::take(&mut inp.openrouter), std::mem::take(&mut inp.llmstats.offers)];
    for raw in all.into_iter().flatten() {
        let provider = cur.provider_id(raw.src, &raw.upstream_provider);
        if cur.excluded.contains(&provider) {
            inp.skips.add(raw.src, "subscription or coding-plan provider, not a pay-per-token API");
            continue;
        }
        groups.entry((provider, raw.provider_model_id.clone(), raw.service_tier.clone())).or_default().push(raw);
    }
    let mut summary = Summary { skipped: std::mem::take(&mut inp.skips.0), ..Summary::default() };
    let mut offers: Vec<(String, Offer, Vec<RawOffer>)> = Vec::new();
    for ((provider, id, tier), mut raws) in groups {
        raws.sort_by_key(|r| r.src);
        raws.dedup_by_key(|r| r.src); // one figure per source (duplicates inside one source: first wins)
        let (offer, conflicts) = merge_offer(&provider, &id, &tier, &raws, as_of(raws[0].src));
        for c in conflicts {
            let (lo, hi) = c.values.values().fold((f64::INFINITY, 0.0f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
            let ratio = if lo > 0.0 { hi / lo } else { f64::INFINITY };
            summary.conflicts.push((format!("{provider}/{id}"), c.field.clone(), c.values.clone(), ratio));
        }
        offers.push((canon(&provider, &raws[0].key), offer, raws));
    }

    // 3. Models, by matching key.
    let mut by_model: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (key, _, _)) in offers.iter().enumerate() {
        by_model.entry(key.clone()).or_default().push(i);
    }
    let mut models = Vec::new();
    let mut slug_of_key: BTreeMap<String, String> = BTreeMap::new();
    let mut taken = BTreeSet::new();
    for (key, idx) in &by_model {
        let raws: Vec<&RawOffer> = idx.iter().flat_map(|&i| offers[i].2.iter()).collect();
        let m = build_model(key, &raws, &inp, &mut taken);
        slug_of_key.insert(key.clone(), m.id.clone());
        models.push(m);
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
    let mut final_offers = Vec::new();
    for (key, mut offer, raws) in offers {
        if offer.as_of.as_str() < stale_before.as_str() {
            *summary.skipped.entry(format!("stale: only source older than {STALE_MONTHS} months before the newest ({})", offer.source)).or_default() += 1;
            continue;
        }
        if offer.deprecation_date.as_deref().is_some_and(|d| d < newest_as_of.as_str()) {
            *summary.skipped.entry("retired before the newest source's date (deprecation_date passed)".into()).or_default() += 1;
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
        let mut points: Vec<PricePoint> = Vec::new();
        // Both history files, for whichever of their keys name this offer.
        let lite = litellm_hist_by_offer.get(&(offer.provider.clone(), offer.provider_model_id.clone())).map(|p| (Src::Litellm, *p));
        let md = raws
            .iter()
            .filter(|r| r.src == Src::ModelsDev)
            .find_map(|r| inp.modelsdev_history.get(&format!("{}/{}", r.upstream_provider, r.provider_model_id)))
            .map(|p| (Src::ModelsDev, p));
        for (src, pts) in lite.into_iter().chain(md) {
            for p in pts {
                points.push(PricePoint { date: p.date.clone(), input: p.input, output: p.output, source: src.id().into() });
            }
        }
        if let Some(old) = prev.get(&(offer.provider.clone(), offer.provider_model_id.clone(), offer.service_tier.clone())) {
            points.extend(old.history.iter().cloned());
            points.push(PricePoint { date: old.as_of.clone(), input: old.prices.input, output: old.prices.output, source: old.source.clone() });
        }
        points.push(PricePoint { date: offer.as_of.clone(), input: offer.prices.input, output: offer.prices.output, source: offer.source.clone() });
        offer.history = compact_history(points);
        if !offer.history.is_empty() {
            summary.offers_with_history += 1;
            summary.history_points += offer.history.len();
        }
        final_offers.push(offer);
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

/// Sorted by date; a point is kept only when the price differs from the one before.
/// A single point (nothing ever changed) is dropped: `as_of` already says since when.
pub fn compact_history(mut points: Vec<PricePoint>) -> Vec<PricePoint> {
    points.retain(|p| is_date_prefix(&p.date) && (p.input.is_some() || p.output.is_some()));
    for p in &mut points {
        p.date.truncate(10);
    }
    points.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.source.cmp(&b.source)));
    let mut out: Vec<PricePoint> = Vec::new();
    for p in points {
        match out.last() {
            Some(last) if same(last.input, p.input) && same(last.output, p.output) => {}
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
    };
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
        context: first(&|r| r.context),
        max_output: first(&|r| r.max_output),
        prices,
        tiers: tiers.unwrap_or_default(),
        currency: "USD".into(),
        service_tier: tier.to_owned(),
        as_of,
        source: primary.id().to_owned(),
        field_sources,
        conflicts: conflicts.clone(),
        history: vec![],
        deprecation_date: raws.iter().find_map(|r| r.deprecation_date.clone()),
    };
    (offer, conflicts)
}

fn build_model(key: &str, raws: &[&RawOffer], inp: &Inputs, taken: &mut BTreeSet<String>) -> Model {
    let cur = &inp.curated;
    let curated = cur.model_for_key(key);
    let canonical = inp.modelsdev.canonical.get(key).or_else(|| raws.iter().find_map(|r| r.base_key.as_ref().and_then(|b| inp.modelsdev.canonical.get(b))));
    let stats = inp.llmstats.models.get(key).or_else(|| raws.iter().find_map(|r| inp.llmstats.models.get(&r.key)));
    let by_src = |s: Src| raws.iter().filter(move |r| r.src == s).map(|r| &r.facts);
    let mut field_sources = BTreeMap::new();

    // Slug: reviewed, else the shortest upstream id that normalises to this key.
    let mut slug = match curated {
        Some(c) => c.slug.clone(),
        None => {
            let mut ids: Vec<String> = raws.iter().filter(|r| r.key == key).map(|r| slugify(r.provider_model_id.rsplit('/').next().unwrap_or(&r.provider_model_id).trim_end_matches(":free"))).collect();
            ids.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
            ids.into_iter().find(|s| !s.is_empty()).unwrap_or_else(|| slugify(key))
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

    let name = curated
        .and_then(|c| c.name.clone())
        .or_else(|| canonical.and_then(|f| f.name.clone()))
        .or_else(|| by_src(Src::OpenRouter).find_map(|f| f.name.clone()))
        .or_else(|| by_src(Src::ModelsDev).find_map(|f| f.name.clone()))
        .or_else(|| stats.and_then(|f| f.name.clone()))
        .unwrap_or_else(|| slug.clone());

    let lab = canonical.and_then(|f| f.lab.clone()).or_else(|| by_src(Src::OpenRouter).find_map(|f| f.lab.clone())).or_else(|| stats.and_then(|f| f.lab.clone()));
    let creator = cur
        .creator(lab.as_deref(), key)
        .map(str::to_owned)
        .or_else(|| by_src(Src::OpenRouter).find_map(|f| f.creator_name.clone()))
        .unwrap_or_else(|| "Unknown".into());

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
    let (params_b, active_params_b) = match stats.and_then(|s| s.params_b) {
        Some(p) => {
            field_sources.insert("params_b".into(), Src::LlmStats.id().into());
            (Some(p), params_from_id(&slug).and_then(|(_, a)| a))
        }
        None => match params_from_id(&slug) {
            Some((t, a)) => {
                field_sources.insert("params_b".into(), "model id".into());
                (Some(t), a)
            }
            None => (None, None),
        },
    };
    Model {
        id: slug,
        name,
        creator,
        description: None,
        release_date,
        knowledge_cutoff,
        context,
        max_output,
        input: input.into_iter().collect(),
        output: output.into_iter().collect(),
        capabilities: caps.into_iter().collect(),
        open_weights,
        license: if open_weights == Some(false) { None } else { license },
        weights_url: if open_weights == Some(false) { None } else { weights_url },
        params_b,
        active_params_b,
        field_sources,
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
