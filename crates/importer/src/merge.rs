//! Merge: one offer from every source's figures for one endpoint (the freshest
//! source's figure wins a field; the others' differing values are conflicts),
//! endpoints folded (one endpoint, one offer), dated releases kept apart, and
//! price history compacted to real changes.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::*;

use crate::build::{Inputs, Summary};
use crate::normalize::{in_api_form, is_plan_channel, model_key, names_tuned_release, publish_id, region_of};
use crate::raw::{RawOffer, Src};
use crate::sources::history::Point;

/// An endpoint: (provider, provider model id, service tier).
pub type OfferKey = (String, String, String);

/// A merged offer, with its model's matching key and the raw offers it was made from.
pub type Merged = (String, Offer, Vec<RawOffer>);

/// Stage "merge": every source's raw offers grouped by endpoint (provider, id up to case,
/// tier) and merged into one offer each, the freshest source first; a provider's price
/// list in another currency left out beside its dollar list; conflicts and the genai-prices
/// agreement counted; batch ids folded; dated releases kept apart. The summary starts here.
pub fn merge_offers(inp: &mut Inputs) -> (Vec<Merged>, Summary) {
    let cur = &inp.curated;
    let as_of = |s: Src| cur.as_of(s);

    // models.dev `base_model` links join a provider's own id to its canonical
    // model — for that provider only (one host's `mistral-small` is not another's).
    let mut base_alias: BTreeMap<(String, String), String> = BTreeMap::new();
    for o in &inp.modelsdev.offers {
        if let Some(b) = &o.base_key {
            // A host id that names another release or model than its base's (scaleway's
            // `qwen3-235b-a22b-instruct-2507` on the April card; Cloudflare's R1 distill on R1's;
            // Neon's and Databricks' `claude-sonnet-4` on Sonnet 4.5's) is not joined by it.
            if *b != o.key && !crate::normalize::names_another_release(&o.key, b) {
                base_alias.entry((cur.provider_id(Src::ModelsDev, &o.upstream_provider), o.key.clone())).or_insert_with(|| b.clone());
            }
        }
    }
    // A listing that mirrors another provider's (Cloudflare's AI Gateway's `workers-ai/@cf/…`)
    // is that provider's endpoint, so its model is the one the mirrored id's link names: the
    // gateway's unlinked `…/llama-3.3-70b-instruct-fp8-fast` file is Workers AI's Llama 3.3 70B.
    let mirrored: Vec<((String, String), String)> = cur
        .providers
        .iter()
        .flat_map(|t| t.mirrors.iter().map(move |m| (t, m)))
        .flat_map(|(t, m)| base_alias.iter().filter(move |((p, _), _)| *p == t.id).map(move |((_, k), b)| ((m.provider.clone(), k.clone()), b.clone())))
        .collect();
    for (k, b) in mirrored {
        base_alias.entry(k).or_insert(b);
    }
    let canon = |provider: &str, key: &str| -> String {
        let k = base_alias.get(&(provider.to_owned(), key.to_owned())).map_or(key, String::as_str);
        // A reviewed id names its model whatever a host's base_model says (routing-run's
        // "Mistral Small 2503" file points its base at Small 4).
        match cur.model_for_key(key).or_else(|| cur.model_for_key(k)) {
            Some(m) => model_key(&m.slug),
            None => k.to_owned(),
        }
    };

    // Offers grouped by (provider, provider model id, service tier), freshest source first.
    let mut groups: BTreeMap<OfferKey, Vec<RawOffer>> = BTreeMap::new();
    let all = [
        std::mem::take(&mut inp.litellm),
        std::mem::take(&mut inp.genai),
        std::mem::take(&mut inp.modelsdev.offers),
        std::mem::take(&mut inp.openrouter),
        std::mem::take(&mut inp.llmstats.offers),
    ];
    let mut plan_channels = 0;
    for raw in all.into_iter().flatten() {
        let provider = cur.provider_id(raw.src, &raw.upstream_provider);
        if cur.excluded.contains(&provider) {
            inp.skips.add(raw.src, "subscription or coding-plan provider, not a pay-per-token API");
            continue;
        }
        let mut raw = raw;
        if let Err(why) = in_billing_currency(cur.provider(&provider), &mut raw) {
            inp.skips.add(raw.src, why);
            continue;
        }
        // OpenRouter's `~org/…-latest` ids "always redirect to the latest model in the family"
        // (OpenRouter's own description): a moving pointer, not one model's endpoint. genai-prices
        // lists some at prices that are not their target's (`~deepseek/deepseek-v4-flash-latest`
        // $0.00688/$0.12, beside `deepseek/deepseek-v4-flash` at $0.105/$0.21).
        if provider == "openrouter" && raw.provider_model_id.starts_with('~') {
            inp.skips.add(raw.src, "OpenRouter `~…-latest` redirect to a family's newest model, not one model's endpoint");
            continue;
        }
        // A reseller's coding-plan channel of a model (`normalize::is_plan_channel`) is another
        // product than its per-token API: its own tier, so it never headlines the model.
        if raw.service_tier == "standard" && is_plan_channel(&raw.provider_model_id) {
            raw.service_tier = PLAN_TIER.into();
            plan_channels += 1;
        }
        // One endpoint, one offer: ids that differ only by case are one id.
        groups.entry((provider, raw.provider_model_id.to_lowercase(), raw.service_tier.clone())).or_default().push(raw);
    }
    // Listings that mirror another provider's prices (a gateway's `workers-ai/@cf/…`), as
    // witnesses for that provider's offer of the same id.
    let mut witnesses: BTreeMap<OfferKey, Vec<(Src, Prices)>> = BTreeMap::new();
    for target in &cur.providers {
        for m in &target.mirrors {
            for ((p, id, tier), raws) in &groups {
                if let Some(rest) = id.strip_prefix(&m.prefix.to_lowercase()).filter(|_| *p == m.provider) {
                    let w = witnesses.entry((target.id.clone(), rest.to_owned(), tier.clone())).or_default();
                    w.extend(raws.iter().map(|r| (r.src, r.prices.clone())));
                }
            }
        }
    }
    let mut summary = Summary { skipped: std::mem::take(&mut inp.skips.0), ..Summary::default() };
    let lite_history: BTreeMap<(String, String), Vec<Point>> =
        inp.litellm_keys.iter().filter_map(|(k, (p, id))| inp.litellm_history.get(k).map(|h| ((p.clone(), id.clone()), h.clone()))).collect();
    let mut offers: Vec<(String, Offer, Vec<RawOffer>)> = Vec::new();
    let mut case_folded = 0;
    let mut pointers = 0;
    for ((provider, lower_id, tier), mut raws) in groups {
        let mirrored = witnesses.remove(&(provider.clone(), lower_id, tier.clone())).unwrap_or_default();
        // Freshness by date: the source with the newest snapshot first; the fixed order breaks ties.
        raws.sort_by(|a, b| as_of(b.src).cmp(&as_of(a.src)).then(a.src.cmp(&b.src)));
        raws.dedup_by_key(|r| r.src); // one figure per source (duplicates inside one source: first wins)
        let ids: Vec<String> = raws.iter().map(|r| r.provider_model_id.clone()).collect();
        // Two price lists in two currencies are not rivals: where a source gives the dollar
        // list (the currency rankings compare), the other list's figures are left out.
        let reviewed = cur.provider(&provider);
        let currency_of = |r: &RawOffer| reviewed.map_or("USD", |p| p.currency_of(r.src)).to_owned();
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
        // The sources' records may say since when each has given its price (history files, dated changes).
        let dates = FigureDates::of(&raws, &lite_history, &inp.modelsdev_history);
        let (mut offer, conflicts, overruled) = merge_offer(&provider, &id, &tier, &raws, &as_of, &dates, &mirrored);
        if overruled {
            *summary.rules.entry("offers priced by an as-recent source a third confirms, or a later-changed record, not the newest alone".into()).or_default() += 1;
        }
        // The agreement figure leaves out region-specific Bedrock prices: ids with a region
        // prefix, and genai-prices' region-class entries (which price the bare ids that LiteLLM
        // prices at the global rate; those differences stay conflicts with both values).
        if let Some(g) = raws.iter().find(|r| r.src == Src::GenaiPrices).filter(|g| region_of(&id).is_none() && !g.region_class) {
            for (field, ours, theirs) in
                [("input", offer.prices.input, g.prices.input), ("output", offer.prices.output, g.prices.output), ("cache_read", offer.prices.cache_read, g.prices.cache_read)]
            {
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
        // A reviewed pointer endpoint names its release at this provider only.
        let scoped = cur.model_for_endpoint(&provider, &id);
        pointers += usize::from(scoped.is_some());
        let key = scoped.map_or_else(|| canon(&provider, &raws[0].key), |m| model_key(&m.slug));
        offers.push((key, offer, raws));
    }
    summary.count("coding-plan channels (`coding-…`, `cc-…` listings) given the tier `coding-plan`", plan_channels);
    summary.count("offer ids that differ only by case, folded into one offer", case_folded);
    summary.count("pointer ids a reviewed entry gives to one release at one provider (data/models.toml `endpoints`)", pointers);
    if pointers < cur.endpoints().count() {
        summary.count("reviewed pointer endpoints no source lists (check data/models.toml)", cur.endpoints().count() - pointers);
    }
    let (batch_folded, batch_alone) = fold_batch_ids(&mut offers);
    summary.count("batch ids (OpenRouter `:batch`) folded into their endpoint's batch prices", batch_folded);
    summary.count("batch ids with no real-time endpoint beside them, left out", batch_alone);
    let split = split_dated_releases(&mut offers, |p| cur.creator_by_provider(p).is_some());
    summary.count("dated snapshots priced apart from their alias at one provider, kept as their own release", split);
    (offers, summary)
}

/// A source's listing of a provider as that provider bills it (`data/providers.toml`): left out
/// where the source's figures are not the provider's price list (`not_priced_by`); converted back
/// into the provider's currency where the source converted them into dollars (`converted`), while
/// the source's note on the price still states the reviewed rate. `Err` is why it is left out.
pub fn in_billing_currency(provider: Option<&crate::curated::CuratedProvider>, raw: &mut RawOffer) -> Result<(), &'static str> {
    let Some(p) = provider else { return Ok(()) };
    if p.not_priced_by.iter().any(|s| s == raw.src.id()) {
        return Err("a price list that is not the provider's (data/providers.toml `not_priced_by`)");
    }
    if let Some(c) = p.conversion(raw.src) {
        if !raw.note.as_deref().is_some_and(|n| n.contains(c.note.as_str())) {
            return Err("a converted price whose note no longer states the reviewed rate (review data/providers.toml `converted`)");
        }
        raw.convert(c.rate);
    }
    Ok(())
}

/// Relative difference above which two sources' prices count as a conflict.
pub const CONFLICT_TOLERANCE: f64 = 0.01;

/// A dated snapshot id joins its undated alias's model (rule 4 of normalize) unless the
/// maker's own API lists both and prices them differently: then the snapshot is another release
/// (`gpt-4o-2024-05-13` at $5/$15 beside `gpt-4o` at $2.50/$10) and it, at every provider,
/// gets a model of its own (key + date). Returns how many offers moved.
pub fn split_dated_releases(offers: &mut [(String, Offer, Vec<RawOffer>)], first_party: impl Fn(&str) -> bool) -> usize {
    let differs = |a: Option<f64>, b: Option<f64>| matches!((a, b), (Some(a), Some(b)) if (a - b).abs() > CONFLICT_TOLERANCE * a.max(b));
    // (model key, provider, alias id) → the alias's input and output prices.
    type AliasPrices = BTreeMap<(String, String, String), (Option<f64>, Option<f64>)>;
    let mut alias_price: AliasPrices = BTreeMap::new();
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

/// OpenRouter's `:batch` ids (service tier `batch`) price the batch API of the plain id's
/// endpoint: their input and output become that offer's batch prices where it has none, and
/// the batch offer goes (it is not a real-time offer to rank). Returns (folded, left out).
pub fn fold_batch_ids(offers: &mut Vec<(String, Offer, Vec<RawOffer>)>) -> (usize, usize) {
    let (mut folded, mut alone) = (0, 0);
    let batch: Vec<usize> = offers.iter().enumerate().filter(|(_, (_, o, _))| o.service_tier == "batch").map(|(i, _)| i).collect();
    for &i in &batch {
        let (provider, base, input, output, source) = {
            let o = &offers[i].1;
            (o.provider.clone(), o.provider_model_id.trim_end_matches(":batch").to_owned(), o.prices.input, o.prices.output, o.source.clone())
        };
        match offers.iter_mut().find(|(_, o, _)| o.provider == provider && o.provider_model_id == base && o.service_tier == "standard") {
            Some((_, o, _)) => {
                if o.prices.batch_input.is_none() && o.prices.batch_output.is_none() {
                    o.prices.batch_input = input;
                    o.prices.batch_output = output;
                    if source != o.source {
                        o.field_sources.insert("batch_input".into(), source.clone());
                        o.field_sources.insert("batch_output".into(), source);
                    }
                }
                folded += 1;
            }
            None => alone += 1,
        }
    }
    let mut k = 0;
    offers.retain(|_| {
        k += 1;
        !batch.contains(&(k - 1))
    });
    (folded, alone)
}

/// The last path segment of an upstream id (after [`model_path`](crate::normalize::model_path)), without OpenRouter's `:free`.
pub fn last_segment(id: &str) -> &str {
    let id = crate::normalize::model_path(id);
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
    // An id as the provider's API spells it first (`normalize::in_api_form`), then one that names
    // an instruction-tuned release (keys drop the marker, so a host's base and instruct ids at one
    // price meet here: Fireworks' `llama-v3p2-1b` is the pretrained model beside
    // `llama-v3p2-1b-instruct`, and a chat page's quickstart must call the latter), then the
    // shortest; of two as short, the one more sources list (LiteLLM's lone
    // `anthropic.claude-3-7-sonnet-20240620-v1:0` beside the real `…-20250219-v1:0`).
    let sources = |raws: &[RawOffer]| raws.iter().map(|r| r.src).collect::<BTreeSet<_>>().len();
    let api_form = |o: &Offer| in_api_form(&o.provider, &o.provider_model_id);
    let tuned = |o: &Offer| names_tuned_release(&o.provider_model_id);
    sorted.sort_by(|a, b| {
        api_form(&b.0)
            .cmp(&api_form(&a.0))
            .then_with(|| tuned(&b.0).cmp(&tuned(&a.0)))
            .then_with(|| a.0.provider_model_id.len().cmp(&b.0.provider_model_id.len()))
            .then_with(|| sources(&b.1).cmp(&sources(&a.1)))
            .then_with(|| a.0.provider_model_id.cmp(&b.0.provider_model_id))
    });
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
                            // One source's figure for each id: the folded id's, where it differs, under its id.
                            for (src, v) in &c.values {
                                match k.values.get(src) {
                                    None => {
                                        k.values.insert(src.clone(), *v);
                                    }
                                    Some(x) if (x - v).abs() > 1e-9 => {
                                        k.values.insert(format!("{src} ({})", o.provider_model_id), *v);
                                    }
                                    Some(_) => {}
                                }
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
                // The folded id's later reading of the same price moves the offer's date; the kept
                // id's earlier reading stays as the price's "since" (else a second import, reading
                // this catalog's later date as the kept id's, would add that point: not idempotent).
                if o.as_of > keep.as_of {
                    let mut points = std::mem::take(&mut keep.history);
                    points.push(PricePoint { date: keep.as_of.clone(), input: keep.prices.input, output: keep.prices.output, source: keep.source.clone(), until: false });
                    points.push(PricePoint { date: o.as_of.clone(), input: keep.prices.input, output: keep.prices.output, source: o.source.clone(), until: false });
                    keep.history = compact_history(points);
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
/// A price that never changed stays as one point, "unchanged since", when an older
/// observation than the newest shows it; seen on one day only it is dropped.
pub fn compact_history(mut points: Vec<PricePoint>) -> Vec<PricePoint> {
    points.retain(|p| is_date_prefix(&p.date) && (p.input.is_some() || p.output.is_some()));
    for p in &mut points {
        p.date.truncate(10);
    }
    let newest = points.iter().map(|p| p.date.clone()).max();
    // On one day, a price that held *until* that day comes before the price *from* it.
    points.sort_by(|a, b| a.date.cmp(&b.date).then(b.until.cmp(&a.until)).then_with(|| a.source.cmp(&b.source)));
    // A dated change whose new price an earlier observation already shows is the day its source
    // noticed it, not the day it happened (genai-prices dates 34 OpenRouter changes 2026-10-19
    // whose new prices OpenRouter's own listing showed in May): when the old price ended is
    // unknown, so the price said to hold until that day is left out.
    let noticed_late = |i: usize| {
        let u = &points[i];
        let new_price = points[i + 1..].iter().take_while(|f| f.date == u.date).find(|f| !f.until);
        let seen_before = points[..i].iter().rev().find(|o| !o.until && o.date < u.date);
        u.until && new_price.zip(seen_before).is_some_and(|(f, o)| same(f.input, o.input) && same(f.output, o.output))
    };
    let late: Vec<bool> = (0..points.len()).map(noticed_late).collect();
    let mut late = late.into_iter();
    points.retain(|_| !late.next().unwrap_or(false));
    // A price whose input and output are the next price's the other way round is a record with
    // the two swapped (LiteLLM's Command R7B at $0.15 in and $0.0375 out in January 2025), not a move.
    let swapped = |i: usize| {
        let p = &points[i];
        let next = points[i + 1..].iter().find(|q| !q.until);
        let both = p.input.is_some() && p.output.is_some();
        !p.until && both && !same(p.input, p.output) && next.is_some_and(|q| same(p.input, q.output) && same(p.output, q.input))
    };
    let swaps: Vec<bool> = (0..points.len()).map(swapped).collect();
    let mut swaps = swaps.into_iter();
    points.retain(|_| !swaps.next().unwrap_or(false));
    let mut out: Vec<PricePoint> = Vec::new();
    for p in points {
        match out.last() {
            Some(last) if same(last.input, p.input) && same(last.output, p.output) => {}
            // A dated price after an `until` point of the same day is the change itself: keep both.
            Some(last) if last.date == p.date && last.until && !p.until => out.push(p),
            Some(last) if last.date == p.date => {
                // Two prices on one day: the later-sorted one stands, unless it returns to the one before.
                let keep_prev = out.len() >= 2 && {
                    let b = &out[out.len() - 2];
                    same(b.input, p.input) && same(b.output, p.output)
                };
                out.pop();
                if !keep_prev {
                    out.push(p);
                }
            }
            _ => out.push(p),
        }
    }
    // One price throughout is history only when an observation older than the newest says
    // so: "unchanged since DATE". A lone `until` point, or a price seen on one day only, says nothing.
    if out.len() == 1 && (out[0].until || newest.as_deref() == Some(out[0].date.as_str())) {
        out.clear();
    }
    out
}

fn is_date_prefix(s: &str) -> bool {
    s.len() >= 10 && hub_core::parse::is_date(&s[..10])
}

pub(crate) fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1e-9),
        (None, None) => true,
        _ => false,
    }
}

/// Snapshots this close to the newest are as recent as it: its date alone does not make it right.
pub const RECENT_DAYS: i64 = 31;

/// What the sources' own records say of when their present input and output figures appeared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FigureDates {
    /// Since when the newest source has given its figure (its history file), where it says.
    pub since: Option<String>,
    /// The date another source's record changed to its present figure, where it shows such a
    /// change (a history file's point after a different one; a genai-prices dated change).
    pub changed: Vec<(Src, String)>,
}

impl FigureDates {
    /// Reads the newest raw's `since` and every other raw's change date from the sources' records.
    pub fn of(raws: &[RawOffer], lite: &BTreeMap<(String, String), Vec<Point>>, modelsdev: &BTreeMap<String, Vec<Point>>) -> Self {
        let since = raws.first().and_then(|r| figure_run(r, lite, modelsdev)).map(|(d, _)| d);
        let changed = raws.iter().skip(1).filter_map(|r| figure_changed_on(r, lite, modelsdev).map(|d| (r.src, d))).collect();
        Self { since, changed }
    }
}

/// The key of models.dev's history file for a raw offer from models.dev: `<provider>/<model id>`.
pub fn modelsdev_history_key(r: &RawOffer) -> String {
    format!("{}/{}", r.upstream_provider, r.provider_model_id)
}

/// The history file a source keeps for the raw's offer, if any.
fn history_of<'a>(r: &RawOffer, lite: &'a BTreeMap<(String, String), Vec<Point>>, modelsdev: &'a BTreeMap<String, Vec<Point>>) -> Option<&'a Vec<Point>> {
    match r.src {
        Src::Litellm => lite.get(&(r.upstream_provider.clone(), r.provider_model_id.clone())),
        Src::ModelsDev => modelsdev.get(&modelsdev_history_key(r)),
        _ => None,
    }
}

/// The first date of the last run of history points showing the raw's current input and output
/// price, and whether a different price came before that run (a change, not a first sighting).
fn figure_run(r: &RawOffer, lite: &BTreeMap<(String, String), Vec<Point>>, modelsdev: &BTreeMap<String, Vec<Point>>) -> Option<(String, bool)> {
    let mut run: Option<(String, bool)> = None;
    let mut seen_other = false;
    for p in history_of(r, lite, modelsdev)? {
        if same(p.input, r.prices.input) && same(p.output, r.prices.output) {
            run.get_or_insert_with(|| (p.date.clone(), seen_other));
        } else {
            run = None;
            seen_other = true;
        }
    }
    run
}

/// The date the source's record changed to the raw's current input and output price, where it
/// shows a change: its history file's first point at that price after a different one, or
/// genai-prices' dated change to it.
fn figure_changed_on(r: &RawOffer, lite: &BTreeMap<(String, String), Vec<Point>>, modelsdev: &BTreeMap<String, Vec<Point>>) -> Option<String> {
    if r.src == Src::GenaiPrices {
        // Its last dated price, where that is the current one and follows another ("until" it).
        let last = r.dated.iter().rfind(|p| !p.until)?;
        let now = same(last.input, r.prices.input) && same(last.output, r.prices.output);
        let before = r.dated.iter().any(|p| p.until && p.date == last.date && !(same(p.input, last.input) && same(p.output, last.output)));
        return (now && before).then(|| last.date.clone());
    }
    figure_run(r, lite, modelsdev).filter(|(_, changed)| *changed).map(|(d, _)| d)
}

/// One offer from each source's figures: freshest source first (`as_of` gives each source's
/// snapshot date); other values kept as conflicts. A figure only the newest source gives loses
/// to the figure of a source within [`RECENT_DAYS`] of it that a third source confirms, both
/// seen after the newest source's figure first appeared (`since`, where its history says); a
/// listing that mirrors this provider's prices (`mirrored`) may be that third voice. The flag
/// returned says whether that happened.
pub fn merge_offer(
    provider: &str,
    id: &str,
    tier: &str,
    raws: &[RawOffer],
    as_of: &dyn Fn(Src) -> String,
    dates: &FigureDates,
    mirrored: &[(Src, Prices)],
) -> (Offer, Vec<Conflict>, bool) {
    let primary = raws[0].src;
    let newest_date = as_of(primary);
    let recent = |s: Src| hub_core::freshness::days_between(&as_of(s), &newest_date).is_some_and(|d| d <= RECENT_DAYS);
    let since = dates.since.as_deref();
    let after_since = |s: Src| since.is_none_or(|d| as_of(s).as_str() > d);
    let agrees = |a: Option<f64>, b: Option<f64>| a.zip(b).is_none_or(|(a, b)| (a - b).abs() <= CONFLICT_TOLERANCE * a.max(b));
    // Whether a source's own input and output are the (input, output) given: its other
    // figures (cached, batch, hours, tiers) then belong to that price list.
    let on_list = |r: &RawOffer, (input, output): (Option<f64>, Option<f64>)| agrees(r.prices.input, input) && agrees(r.prices.output, output);
    // A source whose record changed to another price after the newest source's price first
    // appeared, where no source agrees with the newest, holds the later word, input and output
    // together (models.dev's DeepSeek Chat at $0.14/$0.28 from 2026-04-25, where LiteLLM has
    // kept $0.28/$0.42 since 2026-01-18).
    let newest_pair = (raws[0].prices.input, raws[0].prices.output);
    let newest_alone = !raws[1..].iter().any(|r| on_list(r, newest_pair));
    let later = raws[1..]
        .iter()
        .find(|r| {
            let changed = since.is_some_and(|d0| dates.changed.iter().any(|(t, d)| *t == r.src && d.as_str() > d0));
            changed && newest_alone && r.prices.input.is_some() && r.prices.output.is_some() && !on_list(r, newest_pair)
        })
        .map(|r| r.src);
    let mut overruled = false;
    // Once its input or output price is overruled, the newest source's other figures for the
    // offer (cache, batch, priority…) are no evidence either.
    let mut main_overruled = false;
    // The date the published input and output price was last confirmed (the source that gave them).
    let mut confirmed_on = newest_date.clone();
    let mut field_sources = BTreeMap::new();
    let mut conflicts = Vec::new();
    // A figure that is another source's price for some hours of the day (LiteLLM quoting DeepSeek's
    // peak price) is that price, not a rival to the price for the rest of the day.
    let hour_price = |name: &str, v: f64| {
        raws.iter().flat_map(|r| &r.hours).any(|h| {
            let x = match name {
                "input" => h.input,
                "output" => h.output,
                "cache_read" => h.cache_read,
                _ => None,
            };
            same(x, Some(v))
        })
    };
    // `other_list`: sources whose figure for this field belongs to another price list; their
    // value stays in the conflict but is not published.
    let mut pick = |name: &str, get: &dyn Fn(&Prices) -> Option<f64>, other_list: &[Src]| -> Option<f64> {
        let mut vals: Vec<(Src, f64)> = raws.iter().filter_map(|r| get(&r.prices).map(|v| (r.src, v))).collect();
        if vals.iter().any(|(_, v)| !hour_price(name, *v)) {
            vals.retain(|(_, v)| !hour_price(name, *v));
        }
        let all = vals.clone(); // every value stays in the conflict
        vals.retain(|(s, _)| !other_list.contains(s));
        if main_overruled {
            vals.retain(|(s, _)| *s != primary);
        }
        let agree = |a: f64, b: f64| (a - b).abs() <= CONFLICT_TOLERANCE * a.max(b);
        let (newest, nv) = *vals.first()?;
        let alone = !vals[1..].iter().any(|(_, x)| agree(*x, nv));
        // LiteLLM's $1.04 for Together's Llama 3.3 70B Turbo, against genai-prices' $0.88 eleven
        // days older and models.dev's $0.88: the newer snapshot is no newer a price.
        let mirror_vals: Vec<(Src, f64)> = mirrored.iter().filter_map(|(s, p)| get(p).map(|v| (*s, v))).collect();
        let confirms = |s: &Src, x: f64| {
            vals.iter().any(|(t, y)| t != s && *t != newest && after_since(*t) && agree(*y, x)) || mirror_vals.iter().any(|(t, y)| after_since(*t) && agree(*y, x))
        };
        let second = vals[1..].iter().find(|(s, x)| recent(*s) && after_since(*s) && confirms(s, *x));
        let later = later.filter(|_| matches!(name, "input" | "output")).and_then(|l| vals.iter().find(|(s, _)| *s == l));
        let (src, v) = match (later, second) {
            (Some(&(s, x)), _) | (None, Some(&(s, x))) if alone || later.is_some() => {
                overruled = true;
                if newest == primary && matches!(name, "input" | "output") {
                    main_overruled = true;
                    let d = as_of(s);
                    if d < confirmed_on {
                        confirmed_on = d;
                    }
                }
                (s, x)
            }
            _ => (newest, nv),
        };
        if src != primary {
            field_sources.insert(name.to_owned(), src.id().to_owned());
        }
        let (lo, hi) = all.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), (_, x)| (lo.min(*x), hi.max(*x)));
        if all.len() > 1 && hi - lo > CONFLICT_TOLERANCE * hi.max(1e-12) {
            conflicts.push(Conflict { field: name.to_owned(), values: all.iter().map(|(s, x)| (s.id().to_owned(), *x)).collect() });
        }
        Some(v)
    };
    let mut prices = Prices::default();
    // Input and output first (`fields_mut` order); every other figure (cached input, batch…)
    // only from a source whose own input and output are the ones published: beside another
    // price it belongs to another price list (models.dev's $0.05 cached for OpenRouter's Qwen3
    // 8B, its input then, above today's $0.035 input).
    let (mut pin, mut pout) = (None, None);
    for (name, slot) in prices.fields_mut() {
        let other_list: Vec<Src> = match name {
            "input" | "output" => vec![],
            _ => raws.iter().filter(|r| !on_list(r, (pin, pout))).map(|r| r.src).collect(),
        };
        *slot = pick(name, &|p: &Prices| p.fields().into_iter().find(|(n, _)| *n == name).and_then(|(_, v)| v), &other_list);
        match name {
            "input" => pin = *slot,
            "output" => pout = *slot,
            _ => {}
        }
    }
    // Lists (unit prices, long-context tiers, hours) come whole from the first source that gives one.
    let mut list = |name: &str, get: &dyn Fn(&RawOffer) -> bool| {
        let r = raws.iter().find(|r| get(r))?;
        if r.src != primary {
            field_sources.insert(name.to_owned(), r.src.id().into());
        }
        Some(r)
    };
    let unit_prices = list("unit_prices", &|r| !r.unit_prices.is_empty()).map(|r| r.unit_prices.clone());
    // genai-prices writes a length tier into every price it gives where the provider bills by
    // prompt length, so its price for the endpoint without one is a flat price: an older
    // source's tier does not fill in (models.dev's "above 200K" for Claude Opus 4.6 on Vertex
    // AI, a premium Anthropic dropped on 2026-03-13).
    let flat = |r: &RawOffer| r.src == Src::GenaiPrices && r.tiers.is_empty() && r.prices.input.is_some() && on_list(r, (pin, pout));
    let tiers = match raws.iter().find(|r| !r.tiers.is_empty() || flat(r)) {
        Some(r) if !r.tiers.is_empty() => list("tiers", &|x| std::ptr::eq(x, r)).map(|r| r.tiers.clone()),
        _ => None,
    };
    // Other hours' prices only from a source whose own price is the one published: beside a newer
    // price from elsewhere they describe a price scheme that source no longer confirms.
    let hours = list("hours", &|r| !r.hours.is_empty() && on_list(r, (pin, pout))).map(|r| r.hours.clone());
    let first = |f: &dyn Fn(&RawOffer) -> Option<u64>| raws.iter().find_map(f);
    let offer = Offer {
        model: String::new(),
        provider: provider.to_owned(),
        provider_model_id: id.to_owned(),
        aliases: vec![],
        region: None,
        context: window(raws),
        max_input: first(&|r| r.max_input),
        max_output: endpoint_max_output(raws),
        prices,
        unit_prices: unit_prices.unwrap_or_default(),
        tiers: tiers.unwrap_or_default(),
        hours: hours.unwrap_or_default(),
        currency: "USD".into(),
        service_tier: tier.to_owned(),
        as_of: confirmed_on,
        source: primary.id().to_owned(),
        field_sources,
        conflicts: conflicts.clone(),
        history: vec![],
        scheduled: vec![],
        deprecation_date: raws.iter().find_map(|r| r.deprecation_date.clone()),
    };
    (offer, conflicts, overruled)
}

/// The endpoint's window: the freshest source's, except that genai-prices' window, its price
/// entry's for every id the entry's rule takes, yields to a smaller one a listing gives for the
/// endpoint (1,000,000 for Google's image models, which models.dev lists at 32,768–131,072;
/// 400,000 for GPT-5 Chat, 128,000 at OpenAI).
fn window(raws: &[RawOffer]) -> Option<u64> {
    let listed = raws.iter().filter(|r| r.src != Src::GenaiPrices).find_map(|r| r.context);
    let newest = raws.iter().find_map(|r| r.context.map(|c| (r.src, c)));
    match (newest, listed) {
        (Some((Src::GenaiPrices, g)), Some(l)) if l < g => Some(l),
        _ => newest.map(|(_, c)| c),
    }
}

/// The endpoint's max output: the freshest source's, unless it is the endpoint's whole window
/// (or more) while another source gives this endpoint less: a listing that copies the window
/// into the output field (LiteLLM's 202,752 for GLM 4.7 at DeepInfra, where models.dev gives
/// 16,384 from DeepInfra's max-tokens page) does not stand over a real limit.
fn endpoint_max_output(raws: &[RawOffer]) -> Option<u64> {
    let mut figures = raws.iter().filter_map(|r| r.max_output);
    let first = figures.next()?;
    match window(raws) {
        Some(ctx) if first >= ctx => Some(figures.find(|n| *n < ctx).unwrap_or(first)),
        _ => Some(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(src: Src, input: f64, output: f64) -> RawOffer {
        let mut r = RawOffer::new(src, "togetherai", "llama-3.3-70b-turbo");
        r.prices.input = Some(input);
        r.prices.output = Some(output);
        r
    }

    #[test]
    fn a_listing_in_its_billing_currency() {
        let zhipu = crate::curated::CuratedProvider {
            id: "zhipuai".into(),
            currency: Some("CNY".into()),
            currency_in: vec!["genai-prices".into()],
            not_priced_by: vec!["models.dev".into()],
            converted: vec![crate::curated::Conversion { source: "genai-prices".into(), rate: 7.25, note: "1 USD = 7.25 CNY".into() }],
            ..Default::default()
        };
        let mut g = raw(Src::GenaiPrices, 1.103, 3.862);
        g.note = Some("Prices sourced from Zhipu AI open platform pricing (CNY), converted to USD at 1 USD = 7.25 CNY (May/June 2026).".into());
        assert_eq!(in_billing_currency(Some(&zhipu), &mut g), Ok(()));
        assert_eq!((g.prices.input, g.prices.output), (Some(8.0), Some(28.0)));
        // The source changed its rate: not converted at the old one.
        let mut moved = raw(Src::GenaiPrices, 1.1, 3.9);
        moved.note = Some("converted to USD at 1 USD = 7.1 CNY".into());
        assert!(in_billing_currency(Some(&zhipu), &mut moved).unwrap_err().contains("no longer states"));
        assert!(in_billing_currency(Some(&zhipu), &mut raw(Src::ModelsDev, 0.6, 2.2)).unwrap_err().contains("not the provider's"));
        // Another source, or a provider with no such entry, is left as it is.
        let mut l = raw(Src::Litellm, 1.0, 2.0);
        assert_eq!(in_billing_currency(Some(&zhipu), &mut l), Ok(()));
        assert_eq!(in_billing_currency(None, &mut g), Ok(()));
        assert_eq!((l.prices.input, g.prices.input), (Some(1.0), Some(8.0)));
    }

    #[test]
    fn a_window_copied_into_the_output_limit_yields_to_a_real_one() {
        let limits = |src: Src, ctx: Option<u64>, out: Option<u64>| {
            let mut r = raw(src, 1.0, 2.0);
            (r.context, r.max_output) = (ctx, out);
            r
        };
        let copy = limits(Src::Litellm, Some(202_752), Some(202_752));
        let real = limits(Src::ModelsDev, Some(202_752), Some(16_384));
        assert_eq!(endpoint_max_output(&[copy.clone(), real.clone()]), Some(16_384));
        assert_eq!(endpoint_max_output(&[real, copy.clone()]), Some(16_384), "the freshest below the window stands");
        assert_eq!(endpoint_max_output(std::slice::from_ref(&copy)), Some(202_752), "no other figure: the source's stands");
        let smaller = limits(Src::ModelsDev, None, Some(32_768));
        assert_eq!(endpoint_max_output(&[limits(Src::Litellm, Some(202_752), Some(65_536)), smaller]), Some(65_536), "below the window: the freshest");
        assert_eq!(endpoint_max_output(&[limits(Src::Litellm, Some(8_192), None)]), None);
    }

    fn date(s: Src) -> String {
        match s {
            Src::Litellm => "2026-11-20",
            Src::GenaiPrices => "2026-11-09",
            Src::ModelsDev => "2026-07-02",
            _ => "2026-05-15",
        }
        .into()
    }

    #[test]
    fn genai_prices_window_yields_to_a_smaller_listed_one() {
        let with = |src: Src, c: u64| RawOffer { context: Some(c), ..raw(src, 1.0, 2.0) };
        // Google's image model: genai-prices' entry says 1,000,000, models.dev's listing 32,768.
        assert_eq!(window(&[with(Src::GenaiPrices, 1_000_000), with(Src::ModelsDev, 32_768)]), Some(32_768));
        // A larger listing does not override it (a request that fits the smaller fits both)...
        assert_eq!(window(&[with(Src::GenaiPrices, 16_384), with(Src::ModelsDev, 128_000)]), Some(16_384));
        // ...and otherwise the freshest source's window stands.
        assert_eq!(window(&[with(Src::GenaiPrices, 1_000_000)]), Some(1_000_000));
        assert_eq!(window(&[with(Src::OpenRouter, 1_000_000), with(Src::ModelsDev, 200_000)]), Some(1_000_000));
    }

    #[test]
    fn a_cached_price_comes_only_from_a_source_giving_the_published_price() {
        let with_cache = |src: Src, input: f64, cached: f64| {
            let mut r = raw(src, input, 0.138);
            r.prices.cache_read = Some(cached);
            r
        };
        // OpenRouter's Qwen3 8B: genai-prices' $0.035 in, no cached price; models.dev's $0.05 in
        // and $0.05 cached belong to its older list (a cached token dearer than an uncached one).
        let raws = [raw(Src::GenaiPrices, 0.035, 0.138), with_cache(Src::ModelsDev, 0.05, 0.05)];
        let (o, conflicts, _) = merge_offer("openrouter", "qwen/qwen3-8b", "standard", &raws, &date, &FigureDates::default(), &[]);
        assert_eq!((o.prices.input, o.prices.cache_read), (Some(0.035), None));
        assert!(conflicts.iter().any(|c| c.field == "input"), "the other list stays visible as a conflict");
        // A source that gives the published price fills in its cached price as before.
        let raws = [raw(Src::GenaiPrices, 0.035, 0.138), with_cache(Src::ModelsDev, 0.035, 0.01)];
        let o = merge_offer("openrouter", "qwen/qwen3-8b", "standard", &raws, &date, &FigureDates::default(), &[]).0;
        assert_eq!(o.prices.cache_read, Some(0.01));
        assert_eq!(o.field_sources.get("cache_read").map(String::as_str), Some("models.dev"));
    }

    #[test]
    fn genai_prices_flat_price_is_not_given_an_older_sources_tier() {
        let tier = hub_core::PriceTier { above: 200_000, input: Some(10.0), output: Some(37.5), cache_read: None };
        let tiered = |src: Src, input: f64| RawOffer { tiers: vec![tier.clone()], ..raw(src, input, 25.0) };
        let merged = |raws: &[RawOffer]| merge_offer("google-vertex", "claude-opus-4-6@default", "standard", raws, &date, &FigureDates::default(), &[]).0;
        // Claude Opus 4.6 on Vertex AI: genai-prices' flat $5/$25 (the premium ended 2026-03-13)
        // beside models.dev's July listing with its "above 200K" tier.
        let o = merged(&[raw(Src::GenaiPrices, 5.0, 25.0), tiered(Src::ModelsDev, 5.0)]);
        assert!(o.tiers.is_empty() && !o.field_sources.contains_key("tiers"), "{o:?}");
        // A source newer than genai-prices that gives no tier says nothing: the tier stands.
        let o = merged(&[raw(Src::Litellm, 5.0, 25.0), tiered(Src::GenaiPrices, 5.0)]);
        assert_eq!(o.tiers, std::slice::from_ref(&tier));
        assert_eq!(o.field_sources.get("tiers").map(String::as_str), Some("genai-prices"));
        // Nor does a genai-prices price other than the one published: its flat price is not
        // the price the offer shows.
        let o = merged(&[raw(Src::Litellm, 2.0, 25.0), raw(Src::GenaiPrices, 0.5, 1.0), tiered(Src::ModelsDev, 2.0)]);
        assert_eq!(o.tiers, [tier]);
    }

    #[test]
    fn of_two_ids_as_short_the_one_more_sources_list_is_kept() {
        let offer = |id: &str, raws: Vec<RawOffer>| {
            let mut o = merge_offer("amazon-bedrock", id, "standard", &raws, &date, &FigureDates::default(), &[]).0;
            o.model = "claude-3-7-sonnet".into();
            (o, raws)
        };
        // LiteLLM's lone, misdated id at another price, and the id LiteLLM and genai-prices both list.
        let lone = offer("anthropic.claude-3-7-sonnet-20240620-v1:0", vec![raw(Src::Litellm, 3.6, 18.0)]);
        let listed = offer("anthropic.claude-3-7-sonnet-20250219-v1:0", vec![raw(Src::Litellm, 3.0, 15.0), raw(Src::GenaiPrices, 3.0, 15.0)]);
        let (out, folded) = fold_endpoints(vec![lone, listed]);
        assert_eq!((out.len(), folded), (1, 1));
        assert_eq!(out[0].0.provider_model_id, "anthropic.claude-3-7-sonnet-20250219-v1:0");
        assert_eq!((out[0].0.prices.input, out[0].0.aliases.clone()), (Some(3.0), vec!["anthropic.claude-3-7-sonnet-20240620-v1:0".to_owned()]));
    }

    #[test]
    fn a_later_reading_folded_in_keeps_the_price_since_the_earlier_one() {
        let offer = |id: &str, as_of: &str| {
            let raws = vec![raw(Src::ModelsDev, 2.5, 15.0)];
            let mut o = merge_offer("aihubmix", id, "standard", &raws, &date, &FigureDates::default(), &[]).0;
            o.model = "gpt-5.4".into();
            o.as_of = as_of.into();
            (o, raws)
        };
        let (out, folded) = fold_endpoints(vec![offer("gpt-5.4", "2026-07-02"), offer("gpt-5.4-high", "2026-11-20")]);
        assert_eq!((out.len(), folded), (1, 1));
        let o = &out[0].0;
        assert_eq!(o.as_of, "2026-11-20");
        let since: Vec<(&str, Option<f64>)> = o.history.iter().map(|p| (p.date.as_str(), p.input)).collect();
        assert_eq!(since, [("2026-07-02", Some(2.5))], "unchanged since the kept id's reading");
    }

    #[test]
    fn newest_figure_alone_loses_to_an_as_recent_confirmed_one() {
        // LiteLLM (newest) alone at $1.04; genai-prices (11 days older) and models.dev agree on $0.88.
        let mut lite = raw(Src::Litellm, 1.04, 1.04);
        lite.prices.priority_input = Some(1.2);
        let raws = [lite, raw(Src::GenaiPrices, 0.88, 0.88), raw(Src::ModelsDev, 0.88, 0.88)];
        let (o, conflicts, n) = merge_offer("togetherai", "x", "standard", &raws, &date, &FigureDates::default(), &[]);
        assert_eq!((o.prices.input, o.prices.output, n), (Some(0.88), Some(0.88), true));
        assert_eq!(o.field_sources.get("input").map(String::as_str), Some("genai-prices"));
        assert_eq!(o.as_of, "2026-11-09", "confirmed when genai-prices saw it, not when LiteLLM gave another price");
        // The overruled source's other figures go too; every value stays in the conflicts.
        assert_eq!(o.prices.priority_input, None);
        assert!(conflicts.iter().any(|c| c.field == "input" && c.values.get("litellm") == Some(&1.04)));
        // Without the third voice the newest stands.
        let (o, _, n) = merge_offer("togetherai", "x", "standard", &raws[..2], &date, &FigureDates::default(), &[]);
        assert_eq!((o.prices.input, n), (Some(1.04), false));
        // Nor when its history shows it changed to $1.04 on 2026-10-03: models.dev's $0.88 of
        // July is from before the change, so only genai-prices contradicts it.
        let (o, _, n) = merge_offer("togetherai", "x", "standard", &raws, &date, &FigureDates { since: Some("2026-10-03".into()), ..FigureDates::default() }, &[]);
        assert_eq!((o.prices.input, o.prices.priority_input, n), (Some(1.04), Some(1.2), false));
        // Nor when the second source is months older.
        let months = |s: Src| if s == Src::GenaiPrices { "2026-07-02".to_owned() } else { date(s) };
        let (o, _, n) = merge_offer("togetherai", "x", "standard", &raws, &months, &FigureDates::default(), &[]);
        assert_eq!((o.prices.input, n), (Some(1.04), false));
        // A newest figure another source confirms stands against any pair.
        let raws = [raw(Src::Litellm, 0.5, 1.5), raw(Src::GenaiPrices, 2.0, 6.0), raw(Src::ModelsDev, 0.5, 1.5)];
        let (o, _, n) = merge_offer("mistral", "x", "standard", &raws, &date, &FigureDates::default(), &[]);
        assert_eq!((o.prices.input, n), (Some(0.5), false));
    }

    #[test]
    fn a_mirroring_listing_is_the_third_voice() {
        // Workers AI's Mistral 7B: LiteLLM $1.923 alone, genai-prices $0.11, and the AI Gateway's
        // `workers-ai/…` listing (models.dev) $0.11/$0.19.
        let raws = [raw(Src::Litellm, 1.923, 1.923), raw(Src::GenaiPrices, 0.11, 0.19)];
        let (o, _, n) = merge_offer("cloudflare-workers-ai", "x", "standard", &raws, &date, &FigureDates::default(), &[]);
        assert_eq!((o.prices.input, n), (Some(1.923), false));
        let gateway = raw(Src::ModelsDev, 0.11, 0.19).prices;
        let (o, _, n) = merge_offer("cloudflare-workers-ai", "x", "standard", &raws, &date, &FigureDates::default(), &[(Src::ModelsDev, gateway)]);
        assert_eq!((o.prices.input, o.prices.output, n), (Some(0.11), Some(0.19), true));
    }

    #[test]
    fn figure_dates_read_the_sources_records() {
        let p = |d: &str, i: f64| Point { date: d.into(), input: Some(i), output: Some(i) };
        let lite = BTreeMap::from([(("togetherai".to_owned(), "llama-3.3-70b-turbo".to_owned()), vec![p("2025-02-11", 0.88), p("2026-10-03", 1.04)])]);
        let md = BTreeMap::from([("togetherai/llama-3.3-70b-turbo".to_owned(), vec![p("2026-01-05", 0.6)])]);
        let of = |raws: &[RawOffer]| FigureDates::of(raws, &lite, &md);
        // The newest source's figure since its history's change to it; none where it shows another figure.
        assert_eq!(of(&[raw(Src::Litellm, 1.04, 1.04)]).since.as_deref(), Some("2026-10-03"));
        assert_eq!(of(&[raw(Src::Litellm, 0.5, 0.5)]).since, None);
        // Another source's record counts as a change only after a different figure: models.dev's
        // one point is a first sighting.
        assert!(of(&[raw(Src::Litellm, 1.04, 1.04), raw(Src::ModelsDev, 0.6, 0.6)]).changed.is_empty());
        // genai-prices' dated change to its current price ("until" the old one that day).
        let mut g = raw(Src::GenaiPrices, 0.5, 0.5);
        let point = |d: &str, v: f64, until: bool| PricePoint { date: d.into(), input: Some(v), output: Some(v), source: "genai-prices".into(), until };
        g.dated = vec![point("2026-10-19", 0.9, true), point("2026-10-19", 0.5, false)];
        assert_eq!(of(&[raw(Src::Litellm, 1.04, 1.04), g.clone()]).changed, [(Src::GenaiPrices, "2026-10-19".to_owned())]);
        // Not when its last dated price is not the current one.
        g.prices.input = Some(0.7);
        assert!(of(&[raw(Src::Litellm, 1.04, 1.04), g]).changed.is_empty());
    }

    #[test]
    fn a_record_changed_after_the_newest_figure_appeared_holds_the_later_word() {
        // DeepSeek Chat: LiteLLM has kept $0.28/$0.42 since 2026-01-18; models.dev's record changed
        // to $0.14/$0.28 on 2026-04-25; genai-prices gives a third, older figure.
        let dates = |changed: &str| FigureDates { since: Some("2026-01-18".into()), changed: vec![(Src::ModelsDev, changed.into())] };
        let raws = [raw(Src::Litellm, 0.28, 0.42), raw(Src::GenaiPrices, 0.27, 1.1), raw(Src::ModelsDev, 0.14, 0.28)];
        let (o, conflicts, n) = merge_offer("deepseek", "deepseek-chat", "standard", &raws, &date, &dates("2026-04-25"), &[]);
        assert_eq!((o.prices.input, o.prices.output), (Some(0.14), Some(0.28)), "input and output from one list");
        assert!(n);
        assert_eq!(o.as_of, "2026-07-02", "confirmed when models.dev last read it");
        assert!(conflicts.iter().any(|c| c.field == "input" && c.values.get("litellm") == Some(&0.28)));
        // A change before the newest figure appeared is older news.
        let o = merge_offer("deepseek", "deepseek-chat", "standard", &raws, &date, &dates("2025-11-17"), &[]).0;
        assert_eq!((o.prices.input, o.prices.output), (Some(0.28), Some(0.42)));
        // Nor does it overrule a newest figure another source gives too.
        let agreed = [raw(Src::Litellm, 0.28, 0.42), raw(Src::GenaiPrices, 0.28, 0.42), raw(Src::ModelsDev, 0.14, 0.28)];
        let o = merge_offer("deepseek", "deepseek-chat", "standard", &agreed, &date, &dates("2026-04-25"), &[]).0;
        assert_eq!(o.prices.input, Some(0.28));
        // Without the newest source's own history nothing says when its figure appeared.
        let none = FigureDates { since: None, changed: vec![(Src::ModelsDev, "2026-04-25".into())] };
        let o = merge_offer("deepseek", "deepseek-chat", "standard", &raws, &date, &none, &[]).0;
        assert_eq!(o.prices.input, Some(0.28));
    }
}
