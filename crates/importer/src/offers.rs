//! Stage "place": each merged offer on its model, with its price history. An offer
//! whose freshest source is stale is left out; a window equal to the model's is
//! dropped; history comes from the sources' history files, the dated changes a source
//! records, the previous catalog (in the same currency) and today's price, compacted to
//! real changes.

use std::collections::BTreeMap;

use hub_core::{Model, Offer, PricePoint, Prices};

use crate::build::{months_before, Inputs, Summary, STALE_MONTHS};
use crate::identify::Identified;
use crate::merge::{compact_history, modelsdev_history_key, same, Merged, OfferKey};
use crate::raw::{RawOffer, Src};
use crate::sources::history::Point;

pub fn place(inp: &Inputs, offers: Vec<Merged>, ids: &Identified, summary: &mut Summary) -> Vec<(Offer, Vec<RawOffer>)> {
    let cur = &inp.curated;
    let (models, slug_of_key) = (&ids.models, &ids.slug_of_key);
    let prev: BTreeMap<OfferKey, &Offer> =
        inp.previous.iter().flat_map(|c| c.offers.iter()).map(|o| ((o.provider.clone(), o.provider_model_id.clone(), o.service_tier.clone()), o)).collect();
    let litellm_hist_by_offer: BTreeMap<(String, String), &Vec<Point>> =
        inp.litellm_history.iter().filter_map(|(k, pts)| inp.litellm_keys.get(k).map(|(p, id)| ((cur.provider_id(Src::Litellm, p), id.clone()), pts))).collect();
    let newest_as_of = cur.newest_as_of();
    let stale_before = months_before(&newest_as_of, STALE_MONTHS);
    let model_by_slug: BTreeMap<&str, &Model> = models.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut final_offers: Vec<(Offer, Vec<RawOffer>)> = Vec::new();
    for (key, mut offer, raws) in offers {
        if offer.as_of.as_str() < stale_before.as_str() {
            *summary.skipped.entry(format!("stale: only source older than {STALE_MONTHS} months before the newest ({})", offer.source)).or_default() += 1;
            continue;
        }
        // A family rule's price (genai-prices) beside listings that are all stale says what the
        // id would cost, not that it is still served: the offer is as stale as its listings.
        let listed = |r: &&RawOffer| !r.family_match;
        if raws.iter().any(|r| r.family_match) && raws.iter().filter(listed).all(|r| cur.as_of(r.src).as_str() < stale_before.as_str()) {
            *summary.skipped.entry(format!("stale: listed only by sources older than {STALE_MONTHS} months, priced only by a family rule")).or_default() += 1;
            continue;
        }
        offer.model = slug_of_key[&key].clone();
        let m = model_by_slug[offer.model.as_str()];
        if let Some(why) = drop_dear_cache_read(&mut offer) {
            summary.implausible.push(why);
        }
        if let Some(why) = drop_unreachable_tiers(&mut offer) {
            summary.implausible.push(why);
        }
        if offer.context == m.context {
            offer.context = None;
        }
        if drops_copied_output(m, ids.makers_output.contains(&m.id), &offer) {
            offer.max_output = None;
        }
        if offer.max_output == m.max_output {
            offer.max_output = None;
        }
        if offer.max_input == m.max_input || offer.max_input.is_some_and(|i| offer.context_or(m).is_some_and(|c| i >= c)) {
            offer.max_input = None;
        }
        if let Some(why) = drop_implausible_input(m, &mut offer, &raws) {
            summary.implausible.push(why);
        }
        let reviewed = cur.provider(&offer.provider);
        if let Some(why) = drop_out_of_band(reviewed, m, &mut offer) {
            summary.implausible.push(why);
        }
        let mut points: Vec<PricePoint> = Vec::new();
        // Both history files, for whichever of their keys name this offer.
        // LiteLLM's history by the id LiteLLM itself used for this offer (its casing may differ).
        let lite = raws
            .iter()
            .filter(|r| r.src == Src::Litellm)
            .find_map(|r| litellm_hist_by_offer.get(&(offer.provider.clone(), r.provider_model_id.clone())))
            .map(|p| (Src::Litellm, *p));
        let md = raws.iter().filter(|r| r.src == Src::ModelsDev).find_map(|r| {
            // Google's own files give an image model's image-output token price as `output`
            // (read as `image_output`); their history's `output` is that price too, not a text
            // price ($30 → $2.50 for Gemini 2.5 Flash Image was two fields, not a cut).
            let image_output = r.prices.image_output.is_some() && r.prices.output.is_none();
            inp.modelsdev_history.get(&modelsdev_history_key(r)).map(|p| (Src::ModelsDev, p, image_output))
        });
        // A history file of a source whose figures for this provider are converted dollars
        // (`converted` in data/providers.toml) is in dollars: not read for it.
        let converted = |src: Src| reviewed.and_then(|p| p.conversion(src)).is_some();
        for (src, pts, image_output) in lite.map(|(s, p)| (s, p, false)).into_iter().chain(md).filter(|(s, _, _)| !converted(*s)) {
            for p in pts {
                let output = if image_output { None } else { p.output };
                points.push(PricePoint { date: p.date.clone(), input: p.input, output, source: src.id().into(), until: false });
            }
        }
        // OpenRouter's own listing is the venue's price on its date (genai-prices and models.dev
        // take their OpenRouter prices from the same API later): a different later price is a
        // move at OpenRouter, not two sources disagreeing.
        if offer.provider == "openrouter" {
            let date = cur.as_of(Src::OpenRouter);
            for r in raws.iter().filter(|r| r.src == Src::OpenRouter) {
                points.push(PricePoint { date: date.clone(), input: r.prices.input, output: r.prices.output, source: Src::OpenRouter.id().into(), until: false });
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

        // Where today's merge overruled the newest source's price, that source's figure of today's
        // snapshot is not a price: the previous catalog's point for it is not carried forward
        // (LiteLLM's $0.28 for DeepSeek Chat on 2026-11-20, against models.dev's later change).
        let overruled = offer.field_sources.get("input").is_some_and(|s| *s != offer.source);
        let snapshot_point = |p: &PricePoint| overruled && p.source == offer.source && Src::ALL.iter().any(|s| s.id() == p.source && cur.as_of(*s) == p.date);
        // Today's reading of a source's record replaces the previous catalog's reading of the same
        // record (the point of the same source, date and kind), which an older rule may have misread.
        let read_today = |p: &PricePoint| points.iter().any(|q| q.source == p.source && q.date == p.date && q.until == p.until);
        if let Some(old) = old {
            let carried: Vec<PricePoint> = old.history.iter().filter(|p| !snapshot_point(p) && !read_today(p)).cloned().collect();
            points.extend(carried);
        }
        // A sampled price that is the offer's price for some hours of the day (LiteLLM quoting
        // DeepSeek's peak price, in its history file and so in earlier catalogs) is that
        // window's price, not a move; a source's own dated change stands.
        points.retain(|p| p.source == Src::GenaiPrices.id() || !offer.hours.iter().any(|h| same(h.input, p.input) && same(h.output, p.output)));
        if let Some(old) = old {
            let p = PricePoint { date: old.as_of.clone(), input: old.prices.input, output: old.prices.output, source: old.source.clone(), until: false };
            if !snapshot_point(&p) {
                points.push(p);
            }
        }
        // Today's price, under the source that gave it (another than the offer's where the offer's own was overruled).
        let priced_by = offer.field_sources.get("input").or_else(|| offer.field_sources.get("output")).unwrap_or(&offer.source).clone();
        points.push(PricePoint { date: offer.as_of.clone(), input: offer.prices.input, output: offer.prices.output, source: priced_by, until: false });
        offer.history = compact_history(points);
        final_offers.push((offer, raws));
    }
    final_offers
}

/// A chat model's input price above this many times its output price is a unit slip, not a
/// price: a chat model reads its prompt at most at its output price (OpenInfer's Qwen3.5 9B
/// at $5 in and $0.15 out, where every other host asks $0.04–0.22 in).
pub const IMPLAUSIBLE_INPUT_RATIO: f64 = 3.0;

/// Leaves out (unknown) a chat offer's input price that is implausible beside its output price
/// and that no second source gives; says what it left out, for review.
pub fn drop_implausible_input(m: &Model, offer: &mut Offer, raws: &[RawOffer]) -> Option<String> {
    let (input, output) = offer.prices.input.zip(offer.prices.output)?;
    let seconded = raws.iter().filter(|r| same(r.prices.input, Some(input))).count() > 1;
    if m.kind != hub_core::Kind::Chat || input <= IMPLAUSIBLE_INPUT_RATIO * output || seconded {
        return None;
    }
    offer.prices.input = None;
    Some(format!("{}/{}: input ${input} against output ${output} ({})", offer.provider, offer.provider_model_id, offer.source))
}

/// Leaves out (unknown) an offer's per-token prices where its input or output price lies outside
/// the band its provider's own pricing page gives for models of its size (`price_bands` in
/// data/providers.toml: LiteLLM's $0.12/$0.30 for Hyperbolic's Llama 3.1 405B, where Hyperbolic
/// prices 120B–480B models at $0.30–$4.00); the rest of that price list goes with them. Says what
/// it left out, for review.
pub fn drop_out_of_band(p: Option<&crate::curated::CuratedProvider>, m: &Model, offer: &mut Offer) -> Option<String> {
    // Pages name sizes as models are named, in whole billions (Qwen2.5 72B has 72.7B parameters).
    let size = m.params_b?.floor();
    let band = p?.price_bands.iter().find(|b| b.min_params_b <= size && size <= b.max_params_b)?;
    let (input, output) = (offer.prices.input, offer.prices.output);
    if !input.into_iter().chain(output).any(|v| band.excludes(v)) {
        return None;
    }
    offer.prices = Prices::default();
    offer.tiers.clear();
    offer.hours.clear();
    offer.field_sources.retain(|k, _| k == "unit_prices");
    let range = band.high.map_or(format!("from ${}", band.low), |h| format!("${}–${h}", band.low));
    let price = |v: Option<f64>| v.map_or("?".to_owned(), |v| format!("${v}"));
    Some(format!("{}/{}: {}/{} outside the provider's {range} for {size}B models ({})", offer.provider, offer.provider_model_id, price(input), price(output), offer.source))
}

/// Leaves out (unknown) a cached-input price above the input price: a cache read is a discount
/// on input, so such a figure is another list's or a slip (models.dev's $1.25 cached beside $0.50
/// in for GPT-3.5 Turbo at Cloudflare's AI Gateway); says what it left out, for review.
pub fn drop_dear_cache_read(offer: &mut Offer) -> Option<String> {
    let (input, cached) = offer.prices.input.zip(offer.prices.cache_read)?;
    if cached <= input {
        return None;
    }
    offer.prices.cache_read = None;
    offer.field_sources.remove("cache_read");
    Some(format!("{}/{}: cached input ${cached} above input ${input} ({})", offer.provider, offer.provider_model_id, offer.source))
}

/// Leaves out the long-context tiers an endpoint's own stated window or input limit puts out of
/// reach (a price "above 200K" where prompts end at 200K: Anthropic's Sonnet 4.5 after its 1M
/// beta closed, which genai-prices keeps "for historical usage"); says what it left out, for review.
pub fn drop_unreachable_tiers(offer: &mut Offer) -> Option<String> {
    let limit = offer.context.into_iter().chain(offer.max_input).min()?;
    let before = offer.tiers.len();
    offer.tiers.retain(|t| t.above < limit);
    if offer.tiers.len() == before {
        return None;
    }
    if offer.tiers.is_empty() {
        offer.field_sources.remove("tiers");
    }
    Some(format!("{}/{}: price tier beyond its {limit}-token limit ({})", offer.provider, offer.provider_model_id, offer.source))
}

/// A reviewed pointer (`mistral-large-latest` at Mistral, `gemini-flash-latest` at Google; see
/// data/models.toml `endpoints`) names its release only since that release came out: the prices
/// the sources recorded for the name before then were earlier releases' (Mistral Large 1's $8/$24
/// in 2024 on Mistral Large 3's page). An offer answering to a pointer keeps history from its
/// model's release date on, none where that date is unknown. Returns how many offers lost points.
pub fn trim_pointer_history(cur: &crate::curated::Curated, models: &[Model], offers: &mut [(Offer, Vec<RawOffer>)]) -> usize {
    let released: BTreeMap<&str, Option<&str>> = models.iter().map(|m| (m.id.as_str(), m.release_date.as_deref())).collect();
    let mut trimmed = 0;
    for (o, _) in offers.iter_mut() {
        let pointer = o.api_ids().any(|id| cur.model_for_endpoint(&o.provider, id).is_some());
        if !pointer || o.history.is_empty() {
            continue;
        }
        let from = released.get(o.model.as_str()).copied().flatten();
        let before = o.history.len();
        o.history.retain(|p| from.is_some_and(|d| p.date.as_str() >= d));
        // With today's price, as `place` compacts it: one price kept since the release reads "unchanged since".
        let today = PricePoint { date: o.as_of.clone(), input: o.prices.input, output: o.prices.output, source: o.source.clone(), until: false };
        o.history.push(today);
        o.history = compact_history(std::mem::take(&mut o.history));
        trimmed += usize::from(o.history.len() < before);
    }
    trimmed
}

/// Marks the hour windows a provider's page scopes to weekdays (`data/hours.toml`): genai-prices
/// states DeepSeek's peak windows for every day, while DeepSeek bills the whole weekend at the
/// off-peak price. Returns how many offers were marked.
pub fn mark_weekday_hours(cur: &crate::curated::Curated, offers: &mut [Offer]) -> usize {
    let mut marked = 0;
    for o in offers.iter_mut().filter(|o| !o.hours.is_empty()) {
        if o.api_ids().any(|id| cur.weekday_hours(&o.provider, id)) {
            o.hours.iter_mut().for_each(|h| h.weekdays = true);
            marked += 1;
        }
    }
    marked
}

/// Whether an offer's max output is its window copied above its creator's limit: no host of
/// closed weights can give more output than the creator's card states, so a figure at the
/// endpoint's whole window above it is the window (DeepInfra's 1,000,000 for Claude Opus 4.7,
/// whose card says 128,000; cortecs' 200,000 for Claude Sonnet 4.5, 64,000). The offer then
/// shows the creator's figure. Open weights' hosts set their own limits.
fn drops_copied_output(m: &Model, makers_card: bool, offer: &Offer) -> bool {
    let (Some(out), Some(card)) = (offer.max_output, m.max_output) else { return false };
    makers_card && m.open_weights == Some(false) && out > card && offer.context_or(m).is_some_and(|w| out >= w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(input: f64, output: f64) -> (Offer, RawOffer) {
        let mut r = RawOffer::new(Src::Litellm, "openinfer", "@oi/Qwen3.5-9B");
        (r.prices.input, r.prices.output) = (Some(input), Some(output));
        let o: Offer = serde_json::from_value(serde_json::json!({"model": "qwen3.5-9b", "provider": "openinfer", "provider_model_id": "@oi/Qwen3.5-9B",
            "prices": {"input": input, "output": output}, "as_of": "2026-11-20", "source": "litellm"}))
        .unwrap();
        (o, r)
    }

    #[test]
    fn a_closed_models_window_is_no_hosts_output_limit() {
        let opus: Model = serde_json::from_value(serde_json::json!({"id": "claude-opus-4-7", "name": "Claude Opus 4.7", "creator": "Anthropic",
            "context": 1_000_000, "max_output": 128_000, "open_weights": false}))
        .unwrap();
        let (mut o, _) = offer(5.0, 25.0);
        o.max_output = Some(1_000_000);
        assert!(drops_copied_output(&opus, true, &o));
        assert!(!drops_copied_output(&opus, false, &o), "a figure from listings is no creator's limit");
        assert!(!drops_copied_output(&Model { open_weights: None, ..opus.clone() }, true, &o), "open or unknown weights: the host's own");
        o.max_output = Some(200_000);
        assert!(!drops_copied_output(&opus, true, &o), "below the window: a figure, not a copy");
        o.context = Some(200_000);
        assert!(drops_copied_output(&opus, true, &o), "the endpoint's own window");
    }

    #[test]
    fn an_input_price_far_above_the_output_price_is_left_out_unless_seconded() {
        let chat: Model = serde_json::from_value(serde_json::json!({"id": "qwen3.5-9b", "name": "Qwen3.5 9B", "creator": "Alibaba"})).unwrap();
        let (mut o, r) = offer(5.0, 0.15);
        assert!(drop_implausible_input(&chat, &mut o, std::slice::from_ref(&r)).is_some_and(|why| why.contains("$5")));
        assert_eq!((o.prices.input, o.prices.output), (None, Some(0.15)), "unknown, not guessed");
        // A second source giving the same figure is a price, however odd.
        let (mut o, r) = offer(5.0, 0.15);
        let twice = [r.clone(), RawOffer { src: Src::ModelsDev, ..r }];
        assert!(drop_implausible_input(&chat, &mut o, &twice).is_none());
        // Input below 3× output stands (and prompts can cost more than output on other kinds).
        let (mut o, r) = offer(0.4, 0.15);
        assert!(drop_implausible_input(&chat, &mut o, std::slice::from_ref(&r)).is_none());
        let embed = Model { kind: hub_core::Kind::Embedding, ..chat };
        let (mut o, r) = offer(5.0, 0.15);
        assert!(drop_implausible_input(&embed, &mut o, std::slice::from_ref(&r)).is_none());
    }

    #[test]
    fn a_tier_beyond_the_endpoints_own_limit_is_left_out() {
        let tier = |above: u64| hub_core::PriceTier { above, input: Some(6.0), output: Some(22.5), cache_read: None };
        let (mut o, _) = offer(3.0, 15.0);
        // Anthropic's Sonnet 4.5: a 200K window and a price "above 200K" (the closed 1M beta).
        (o.context, o.tiers) = (Some(200_000), vec![tier(200_000)]);
        o.field_sources.insert("tiers".into(), "genai-prices".into());
        assert!(drop_unreachable_tiers(&mut o).is_some_and(|why| why.contains("200000")));
        assert!(o.tiers.is_empty() && o.field_sources.is_empty());
        // The input limit bounds prompts too (GPT-5.6 Cyber: 272K in, a tier above 272K).
        let (mut o, _) = offer(3.0, 15.0);
        (o.context, o.max_input, o.tiers) = (Some(400_000), Some(272_000), vec![tier(128_000), tier(272_000)]);
        assert!(drop_unreachable_tiers(&mut o).is_some());
        assert_eq!(o.tiers, [tier(128_000)]);
        // A tier below the limit stands, and so does any tier where the endpoint states no limit
        // of its own (MiniMax M3's tier above 512K at hosts listing no window beside the model's).
        let (mut o, _) = offer(3.0, 15.0);
        (o.context, o.tiers) = (Some(1_000_000), vec![tier(200_000)]);
        assert!(drop_unreachable_tiers(&mut o).is_none());
        o.context = None;
        assert!(drop_unreachable_tiers(&mut o).is_none());
        assert_eq!(o.tiers.len(), 1);
    }

    #[test]
    fn a_price_outside_the_providers_band_for_the_size_is_left_out() {
        let band = |min, max, low, high| crate::curated::PriceBand { min_params_b: min, max_params_b: max, low, high, source: "https://docs.hyperbolic.ai".into() };
        let mut hyperbolic: crate::curated::CuratedProvider = toml::from_str(r#"id = "hyperbolic""#).unwrap();
        hyperbolic.price_bands = vec![band(3.0, 8.0, 0.1, None), band(120.0, 480.0, 0.3, Some(4.0))];
        let model = |params: f64| -> Model { serde_json::from_value(serde_json::json!({"id": "m", "name": "M", "creator": "Meta", "params_b": params})).unwrap() };
        // Llama 3.1 405B at $0.12/$0.30, where the provider asks $0.30–$4 for 120B–480B models.
        let (mut o, _) = offer(0.12, 0.3);
        o.prices.cache_read = Some(0.06);
        assert!(drop_out_of_band(Some(&hyperbolic), &model(405.0), &mut o).is_some_and(|why| why.contains("$0.3–$4")));
        assert_eq!(o.prices, Prices::default(), "the whole price list goes, unknown");
        // Inside the band, beside a floor only, outside every band, or without a size: it stands.
        for (params, input, output) in [(405.0, 0.8, 0.8), (8.03, 0.12, 0.3), (671.0, 0.2, 0.2)] {
            let (mut o, _) = offer(input, output);
            assert!(drop_out_of_band(Some(&hyperbolic), &model(params), &mut o).is_none(), "{params}B");
            assert_eq!(o.prices.input, Some(input));
        }
        let no_size: Model = serde_json::from_value(serde_json::json!({"id": "m", "name": "M", "creator": "Meta"})).unwrap();
        assert!(drop_out_of_band(Some(&hyperbolic), &no_size, &mut offer(0.12, 0.3).0).is_none());
        assert!(drop_out_of_band(None, &model(405.0), &mut offer(0.12, 0.3).0).is_none());
    }

    #[test]
    fn a_cached_price_above_the_input_price_is_left_out() {
        let (mut o, _) = offer(0.5, 1.5);
        o.prices.cache_read = Some(1.25);
        assert!(drop_dear_cache_read(&mut o).is_some_and(|why| why.contains("$1.25")));
        assert_eq!((o.prices.input, o.prices.cache_read), (Some(0.5), None));
        // A discount, or the input price itself, stands.
        for cached in [0.05, 0.5] {
            let (mut o, _) = offer(0.5, 1.5);
            o.prices.cache_read = Some(cached);
            assert!(drop_dear_cache_read(&mut o).is_none());
            assert_eq!(o.prices.cache_read, Some(cached));
        }
    }
}
