//! pydantic's genai-prices `data.json`: a list of providers, each with models
//! that carry match rules and prices in USD per 1M tokens.
//!
//! A model's `prices` is one price object, or a list of conditional prices:
//! entries with `{"start_date"}` are a dated history (the entry without a
//! constraint is the price before the first change; a start date after the
//! snapshot is an announced change), entries with `{"start_time","end_time"}`
//! are peak/off-peak windows of the day (UTC): the price that holds for most of
//! the day is the offer's price, the other hours its `hours`. A field may be tiered (`{"base", "tiers": [{"start", "price"}]}`:
//! the whole request is billed at the tier price once the prompt passes
//! `start`). `price_variants` give batch (`{"processing": "batch"}`), flex and
//! priority (`{"service_tier": …}`) prices.

use std::collections::BTreeMap;

use hub_core::{HoursPrice, PricePoint, PriceTier, Prices};
use serde_json::Value;

use crate::raw::{round_sig, RawOffer, Skips, Src};

/// One genai-prices model at one provider, its prices read.
#[derive(Debug, Clone, Default)]
pub struct GenaiModel {
    /// genai-prices' provider id (`openrouter`, `aws`, `x-ai`).
    pub provider: String,
    pub id: String,
    pub name: Option<String>,
    pub description: Option<String>,
    pub context: Option<u64>,
    pub deprecated: bool,
    /// The match clause (`equals`, `starts_with`, `ends_with`, `contains`, `regex`, `or`, `and`).
    pub matcher: Value,
    /// The price in effect on the snapshot's date, with its long-context tiers.
    pub current: Option<(Prices, Vec<PriceTier>)>,
    /// Dated prices on or before the catalog's date, oldest first: (start date, prices, the price before it).
    pub history: Vec<(String, Prices, Option<Prices>)>,
    /// Announced changes after the snapshot's date: (start date, prices).
    pub scheduled: Vec<(String, Prices)>,
    /// Hours of the day priced apart from `current`.
    pub hours: Vec<HoursPrice>,
    /// The provider's and the model's `price_comments`, where given (one after the other).
    pub note: Option<String>,
}

/// Each provider's display name (`quicksilverpro` → "QuickSilver Pro"), by genai-prices' provider id.
pub fn provider_names(json: &str) -> BTreeMap<String, String> {
    let root: Value = serde_json::from_str(json).unwrap_or_default();
    root.as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p.get("id")?.as_str()?.to_owned(), p.get("name")?.as_str()?.trim().to_owned())))
        .filter(|(_, name)| !name.is_empty())
        .collect()
}

/// Reads the file; `as_of` is the snapshot's date (changes after it are announced, not current).
pub fn read(json: &str, as_of: &str, skips: &mut Skips) -> Result<Vec<GenaiModel>, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("genai-prices file: {e}"))?;
    let providers = root.as_array().ok_or("genai-prices file: not a list of providers")?;
    let mut out = Vec::new();
    for p in providers {
        let Some(pid) = p.get("id").and_then(Value::as_str) else { continue };
        let provider_note = p.get("price_comments").and_then(Value::as_str).unwrap_or("");
        for m in p.get("models").and_then(Value::as_array).into_iter().flatten() {
            let Some(id) = m.get("id").and_then(Value::as_str) else { continue };
            match model(pid, id, m, as_of) {
                Ok(mut g) => {
                    let note = [provider_note, m.get("price_comments").and_then(Value::as_str).unwrap_or("")].map(str::trim).join(" ");
                    g.note = Some(note.trim().to_owned()).filter(|n| !n.is_empty());
                    out.push(g)
                }
                Err(why) => skips.add(Src::GenaiPrices, why),
            }
        }
    }
    Ok(out)
}

fn model(provider: &str, id: &str, m: &Value, as_of: &str) -> Result<GenaiModel, &'static str> {
    // "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is
    // published." (gpt-oss-120b under `openai` at $0.039/$0.18): OpenRouter's price, which its own
    // listing gives, not the provider's; it would read as the creator's own price. Kept once the
    // comment says it was verified against the provider.
    let comment = m.get("price_comments").and_then(Value::as_str).unwrap_or("");
    if provider != "openrouter" && comment.starts_with("Imported from OpenRouter pricing") && !comment.contains("Verified against") {
        return Err("a price imported from OpenRouter's, not the provider's own (its comment says so)");
    }
    let mut undated: Option<(Prices, Vec<PriceTier>)> = None;
    let mut dated: Vec<(String, Prices, Vec<PriceTier>)> = Vec::new();
    let mut windows: Vec<(u32, u32, Prices)> = Vec::new();
    match m.get("prices") {
        Some(Value::Array(list)) => {
            for e in list {
                let prices = e.get("prices").map(prices_of).unwrap_or_default();
                match e.get("constraint") {
                    None | Some(Value::Null) => undated = Some(prices),
                    Some(c) => match c.get("start_date").and_then(Value::as_str) {
                        Some(d) if hub_core::parse::is_date(d) => dated.push((d.to_owned(), prices.0, prices.1)),
                        _ => match (c.get("start_time").and_then(Value::as_str).and_then(minutes), c.get("end_time").and_then(Value::as_str).and_then(minutes)) {
                            (Some(from), Some(to)) if from != to => windows.push((from, to, prices.0)),
                            _ => return Err("a price constraint that is neither a start date nor a time window"),
                        },
                    },
                }
            }
        }
        Some(obj @ Value::Object(_)) => undated = Some(prices_of(obj)),
        _ => return Err("no prices"),
    }
    dated.sort_by(|a, b| a.0.cmp(&b.0));
    // Each change with the price before it: the undated entry before the first, else the previous change.
    let mut before: Option<Prices> = undated.as_ref().map(|(p, _)| p.clone());
    let mut with_before = Vec::new();
    for (d, p, t) in dated {
        with_before.push((d, p.clone(), t, before.clone()));
        before = Some(p);
    }
    let (past, future): (Vec<_>, Vec<_>) = with_before.into_iter().partition(|(d, _, _, _)| d.as_str() <= as_of);
    let current = past.last().map(|(_, p, t, _)| (p.clone(), t.clone())).or(undated);
    let mut current = current.filter(|(p, _)| p.input.is_some() || p.output.is_some());
    if let Some((p, _)) = current.as_mut() {
        // Batch, flex and priority prices where a variant gives them for the current date.
        for v in m.get("price_variants").and_then(Value::as_array).into_iter().flatten() {
            let when = v.get("when");
            let processing = when.and_then(|w| w.get("processing")).and_then(Value::as_str);
            let tier = when.and_then(|w| w.get("service_tier")).and_then(Value::as_str);
            let starts_later = v.get("constraint").and_then(|c| c.get("start_date")).and_then(Value::as_str).is_some_and(|d| d > as_of);
            if starts_later {
                continue;
            }
            let (b, _) = v.get("prices").map(prices_of).unwrap_or_default();
            match (processing, tier) {
                (Some("batch"), _) => (p.batch_input, p.batch_output) = (b.input, b.output),
                (_, Some("flex")) => (p.flex_input, p.flex_output) = (b.input, b.output),
                (_, Some("priority")) => (p.priority_input, p.priority_output) = (b.input, b.output),
                _ => {}
            }
        }
    }
    if current.is_none() && future.is_empty() {
        return Err("no per-token price");
    }
    let hours = match current.as_mut() {
        Some((p, _)) if !windows.is_empty() => hours_apart(p, windows)?,
        _ => vec![],
    };
    let s = |k: &str| m.get(k).and_then(Value::as_str).map(str::trim).filter(|x| !x.is_empty()).map(str::to_owned);
    Ok(GenaiModel {
        provider: provider.to_owned(),
        id: id.to_owned(),
        name: s("name"),
        description: s("description"),
        context: m.get("context_window").and_then(Value::as_u64).filter(|c| *c > 0),
        deprecated: m.get("deprecated").and_then(Value::as_bool).unwrap_or(false),
        matcher: m.get("match").cloned().unwrap_or(Value::Null),
        current,
        history: past.into_iter().map(|(d, p, _, b)| (d, p, b)).collect(),
        scheduled: future.into_iter().map(|(d, p, _, _)| (d, p)).collect(),
        hours,
        note: None,
    })
}

/// `HH:MM[:SS][Z]` → minutes after midnight UTC.
fn minutes(t: &str) -> Option<u32> {
    let h: u32 = t.get(..2)?.parse().ok()?;
    let m: u32 = t.get(3..5)?.parse().ok()?;
    (t.as_bytes().get(2) == Some(&b':') && h < 24 && m < 60).then_some(h * 60 + m)
}

fn hhmm(m: u32) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Splits a day into the offer's price and its other hours. `base` holds outside the windows; when
/// the windows (all at one price) cover more than half the day, theirs becomes the offer's price
/// and the rest of the day its hours (DeepSeek's 00:30–16:30 standard price, off-peak discount after).
fn hours_apart(base: &mut Prices, mut windows: Vec<(u32, u32, Prices)>) -> Result<Vec<HoursPrice>, &'static str> {
    let hp = |from: u32, to: u32, p: &Prices| HoursPrice { from: hhmm(from), to: hhmm(to), input: p.input, output: p.output, cache_read: p.cache_read, weekdays: false };
    windows.sort_by_key(|w| w.0);
    let span = |(from, to): (u32, u32)| if to > from { to - from } else { 24 * 60 - from + to };
    let covered: u32 = windows.iter().map(|w| span((w.0, w.1))).sum();
    let one_price = windows.iter().all(|w| w.2 == windows[0].2);
    if covered <= 12 * 60 {
        return Ok(windows.iter().map(|(f, t, p)| hp(*f, *t, p)).collect());
    }
    if !one_price {
        return Err("time windows at different prices covering most of the day");
    }
    let (keep_batch, keep_flex) = ((base.batch_input, base.batch_output), (base.flex_input, base.flex_output));
    let rest = Prices { input: base.input, output: base.output, cache_read: base.cache_read, ..Prices::default() };
    let w = &windows[0].2;
    (base.input, base.output, base.cache_read) = (w.input, w.output, w.cache_read);
    ((base.batch_input, base.batch_output), (base.flex_input, base.flex_output)) = (keep_batch, keep_flex);
    // The gaps between the windows, around the clock.
    let n = windows.len();
    Ok((0..n).map(|i| (windows[i].1, windows[(i + 1) % n].0)).filter(|(a, b)| a != b).map(|(a, b)| hp(a, b, &rest)).collect())
}

/// A price object: per-1M fields, tiered fields as base + tiers.
fn prices_of(v: &Value) -> (Prices, Vec<PriceTier>) {
    let mut tiers: Vec<PriceTier> = Vec::new();
    let mut field = |k: &str, set: fn(&mut PriceTier, f64)| -> Option<f64> {
        match v.get(k)? {
            Value::Number(n) => n.as_f64().filter(|x| x.is_finite() && *x >= 0.0).map(round_sig),
            Value::Object(o) => {
                for t in o.get("tiers").and_then(Value::as_array).into_iter().flatten() {
                    let (Some(start), Some(price)) = (t.get("start").and_then(Value::as_u64), t.get("price").and_then(Value::as_f64)) else { continue };
                    let i = match tiers.iter().position(|x| x.above == start) {
                        Some(i) => i,
                        None => {
                            tiers.push(PriceTier { above: start, input: None, output: None, cache_read: None });
                            tiers.len() - 1
                        }
                    };
                    set(&mut tiers[i], round_sig(price));
                }
                o.get("base").and_then(Value::as_f64).filter(|x| x.is_finite() && *x >= 0.0).map(round_sig)
            }
            _ => None,
        }
    };
    let prices = Prices {
        input: field("input_mtok", |t, x| t.input = Some(x)),
        output: field("output_mtok", |t, x| t.output = Some(x)),
        cache_read: field("cache_read_mtok", |t, x| t.cache_read = Some(x)),
        cache_write: field("cache_write_mtok", |_, _| {}),
        ..Prices::default()
    };
    tiers.sort_by_key(|t| t.above);
    (prices, tiers)
}

/// The offers genai-prices gives. At each of our providers, every id another
/// source lists is priced by the first genai-prices model (in file order, as
/// genai-prices itself matches) whose rule accepts it; a current, priced model
/// that matches no listed id is an offer of its own, under its genai-prices id.
/// `known`: our provider id → the ids other sources list there. `provider_id`
/// maps a genai-prices provider id to ours.
pub fn offers(models: &[GenaiModel], known: &BTreeMap<String, Vec<String>>, provider_id: impl Fn(&str) -> String, skips: &mut Skips) -> Vec<RawOffer> {
    // How many genai-prices providers price each model: one that several list is current.
    let mut listed_by: BTreeMap<String, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for m in models.iter().filter(|m| !m.deprecated) {
        listed_by.entry(crate::normalize::model_key(&m.id)).or_default().insert(m.provider.as_str());
    }
    let mut by_provider: BTreeMap<String, Vec<&GenaiModel>> = BTreeMap::new();
    for m in models {
        by_provider.entry(provider_id(upstream_of(m))).or_default().push(m);
    }
    let mut out = Vec::new();
    for (pid, list) in &by_provider {
        let mut used = vec![false; list.len()];
        for id in known.get(pid).into_iter().flatten() {
            if let Some(i) = list.iter().position(|m| matches(&m.matcher, id)) {
                used[i] = true;
                if let Some(o) = raw(list[i], pid, id) {
                    out.push(o);
                }
            }
        }
        for (m, _) in list.iter().zip(&used).filter(|(_, u)| !**u) {
            if m.deprecated || m.current.is_none() {
                skips.add(Src::GenaiPrices, "only in genai-prices and deprecated or not priced per token");
                continue;
            }
            // Azure is called by deployment names, which genai-prices' match names are not.
            if m.provider == "azure" {
                skips.add(Src::GenaiPrices, "no listed id at Azure matches (deployment names, not model ids)");
                continue;
            }
            // genai-prices keeps old names so it can price old API responses. At OpenRouter its
            // `org/model` ids are the current listing (bare names are legacy aliases).
            let openrouter = m.provider == "openrouter";
            if openrouter && !m.id.contains('/') {
                skips.add(Src::GenaiPrices, "OpenRouter legacy alias (not an org/model id)");
                continue;
            }
            let ids = api_ids(m);
            if ids.is_empty() {
                skips.add(Src::GenaiPrices, "no API id: neither its id nor an exact id in its match rule is one its rule accepts");
                continue;
            }
            // Elsewhere a model only it carries is published if it prices the model at two
            // providers or more (Claude Fable 5.2: Anthropic, Bedrock, Vertex), else only beside
            // another current offer; at Bedrock and on Vertex's partner models, always only beside one.
            let platform = m.provider == "aws" || upstream_of(m) == GOOGLE_PARTNERS;
            for id in ids {
                if let Some(mut o) = raw(m, pid, &id) {
                    o.needs_company = platform || (!openrouter && listed_by.get(&o.key).is_none_or(|p| p.len() < 2));
                    out.push(o);
                }
            }
        }
    }
    out
}

/// genai-prices' `google` also prices other makers' models on Vertex AI's Model Garden
/// (Claude, Llama, …): those are this pseudo-provider, mapped in `data/providers.toml`.
pub const GOOGLE_PARTNERS: &str = "google/partner-models";

fn upstream_of(m: &GenaiModel) -> &str {
    if m.provider == "google" && !["gemini", "gemma", "learnlm"].iter().any(|f| m.id.starts_with(f)) {
        GOOGLE_PARTNERS
    } else {
        &m.provider
    }
}

/// The ids a model only genai-prices lists is published under. Its own id where its match rule
/// accepts it (`global.anthropic.claude-fable-5-2`, `claude-fable-5-2`). At Bedrock, genai-prices
/// names some entries by price class (`regional.anthropic.…`), which no API accepts: there the
/// Bedrock model ids (`vendor.model`, with or without a region prefix) its rule names exactly;
/// elsewhere the first id its rule names exactly (Fireworks' `accounts/fireworks/models/…`).
fn api_ids(m: &GenaiModel) -> Vec<String> {
    if matches(&m.matcher, &m.id) {
        return vec![m.id.clone()];
    }
    let mut ids = Vec::new();
    exact_ids(&m.matcher, &mut ids);
    if m.provider == "aws" {
        ids.retain(|id| id.contains('.'));
        ids.dedup();
    } else {
        ids.truncate(1);
    }
    ids
}

/// The ids a match clause names with `equals`, directly or inside an `or`.
fn exact_ids(clause: &Value, out: &mut Vec<String>) {
    let Value::Object(o) = clause else { return };
    if let Some(Value::String(s)) = o.get("equals") {
        out.push(s.clone());
    }
    for c in o.get("or").and_then(Value::as_array).into_iter().flatten() {
        exact_ids(c, out);
    }
}

fn raw(m: &GenaiModel, provider: &str, id: &str) -> Option<RawOffer> {
    let mut o = RawOffer::new(Src::GenaiPrices, provider, id);
    o.upstream_provider = upstream_of(m).to_owned();
    // OpenRouter's `:batch` ids are the batch tier of the model.
    if id.ends_with(":batch") {
        o.service_tier = "batch".into();
    }
    if let Some((p, t)) = &m.current {
        o.prices = p.clone();
        o.tiers = t.clone();
    }
    o.hours = m.hours.clone();
    o.note = m.note.clone();
    o.marked_deprecated = m.deprecated;
    o.region_class = m.provider == "aws" && m.id.starts_with("regional.");
    let point = |d: &str, p: &Prices, until: bool| PricePoint { date: d.to_owned(), input: p.input, output: p.output, source: Src::GenaiPrices.id().into(), until };
    // A change is the price before it (in effect until the change's date) and the price from that date.
    for (d, p, before) in &m.history {
        if let Some(b) = before.as_ref().filter(|b| b.input.is_some() || b.output.is_some()) {
            o.dated.push(point(d, b, true));
        }
        o.dated.push(point(d, p, false));
    }
    o.scheduled = m.scheduled.iter().map(|(d, p)| point(d, p, false)).collect();
    // A rule that prices a family (`starts_with: deepseek-v4-flash`) does not name each member
    // (`deepseek-v4-flash-vision-exp`): name, description and window only for the model itself
    // and the ids its rule names exactly (`voxtral-small-2507` for Voxtral Small 24B 2507).
    let mut exact = Vec::new();
    exact_ids(&m.matcher, &mut exact);
    o.family_match = o.key != crate::normalize::model_key(&m.id) && !exact.iter().any(|e| e == id);
    if !o.family_match {
        o.context = m.context;
        o.facts.name = m.name.clone();
        o.description = m.description.clone();
    }
    (o.prices.input.is_some() || o.prices.output.is_some() || !o.scheduled.is_empty()).then_some(o)
}

/// Whether a genai-prices match clause accepts `id`.
pub fn matches(clause: &Value, id: &str) -> bool {
    let Some(obj) = clause.as_object() else { return false };
    obj.iter().all(|(k, v)| match (k.as_str(), v) {
        ("equals", Value::String(s)) => id == s,
        ("starts_with", Value::String(s)) => id.starts_with(s.as_str()),
        ("ends_with", Value::String(s)) => id.ends_with(s.as_str()),
        ("contains", Value::String(s)) => id.contains(s.as_str()),
        ("regex", Value::String(s)) => regex_matches(s, id),
        ("or", Value::Array(list)) => list.iter().any(|c| matches(c, id)),
        ("and", Value::Array(list)) => list.iter().all(|c| matches(c, id)),
        _ => false,
    })
}

/// Whether genai-prices' regex (Python syntax) accepts `id`. Python's leading negative
/// lookahead, `^(?!X)rest` ("not a `-tts` id" in Google's Gemini rules), which the `regex`
/// crate lacks, is read exactly: at the start of the id `X` must not match and `rest` must.
/// Any other construct the crate cannot compile matches nothing (see [`unreadable_regexes`]).
fn regex_matches(pattern: &str, id: &str) -> bool {
    if let Some((look, rest)) = pattern.strip_prefix("^(?!").and_then(group_end).map(|(look, rest)| (look.to_owned(), rest.to_owned())) {
        return !regex_matches(&format!("^(?:{look})"), id) && regex_matches(&format!("^{rest}"), id);
    }
    regex::Regex::new(pattern).is_ok_and(|r| r.is_match(id))
}

/// Splits `X)rest` at the parenthesis that closes the group `X` is in (escapes and character
/// classes skipped).
fn group_end(s: &str) -> Option<(&str, &str)> {
    let (mut depth, mut class, mut escaped) = (0usize, false, false);
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !class => class = true,
            ']' if class => class = false,
            '(' if !class => depth += 1,
            ')' if !class && depth == 0 => return Some((&s[..i], &s[i + 1..])),
            ')' if !class => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The regexes in genai-prices' match rules that [`regex_matches`] cannot read (so they
/// match nothing), for the importer's summary.
pub fn unreadable_regexes(models: &[GenaiModel]) -> Vec<String> {
    fn walk(c: &Value, out: &mut Vec<String>) {
        let Some(o) = c.as_object() else { return };
        if let Some(Value::String(r)) = o.get("regex") {
            let mut plain = r.as_str();
            while let Some((_, rest)) = plain.strip_prefix("^(?!").and_then(group_end) {
                plain = rest;
            }
            if regex::Regex::new(plain).is_err() {
                out.push(r.clone());
            }
        }
        for c in ["or", "and"].iter().filter_map(|k| o.get(*k)).filter_map(Value::as_array).flatten() {
            walk(c, out);
        }
    }
    let mut out = Vec::new();
    for m in models {
        walk(&m.matcher, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn match_clauses() {
        let c = json!({"or": [{"starts_with": "claude-3-5-haiku"}, {"regex": "^claude-3\\.5-haiku(-\\d+)?$"}]});
        assert!(matches(&c, "claude-3-5-haiku-20241022"));
        assert!(matches(&c, "claude-3.5-haiku"));
        assert!(!matches(&c, "claude-3-7-sonnet"));
        assert!(matches(&json!({"and": [{"contains": "nova"}, {"ends_with": "-v1:0"}]}), "amazon.nova-pro-v1:0"));
        assert!(!matches(&json!({"unknown_clause": "x"}), "x"), "an unknown clause matches nothing");
    }

    #[test]
    fn pythons_leading_negative_lookahead_is_read() {
        // Google's Gemini 3.8 Flash rule in genai-prices: the family, but not its TTS models.
        let c = json!({"or": [{"and": [{"starts_with": "gemini-3.8-flash"}, {"regex": "^(?!.*-[tT][tT][sS](?:$|-))"}]}, {"equals": "gemini-flash-latest"}]});
        assert!(matches(&c, "gemini-3.8-flash"));
        assert!(matches(&c, "gemini-3.8-flash-preview-09-2026"));
        assert!(!matches(&c, "gemini-3.8-flash-tts"));
        assert!(!matches(&c, "gemini-3.8-flash-TTS-preview"));
        assert!(matches(&json!({"regex": "^(?!x-)[a-z-]+$"}), "y-z"));
        assert!(!matches(&json!({"regex": "^(?!x-)[a-z-]+$"}), "x-z"));
        assert!(!matches(&json!({"regex": "^(?!a(b)c)a"}), "abc"), "nested groups close where they should");
        assert!(matches(&json!({"regex": "^(?!a[)]c)a"}), "abd"), "a parenthesis in a class is not a group's");
        let model = |r: &str| GenaiModel { matcher: json!({"or": [{"regex": r}]}), ..GenaiModel::default() };
        assert!(unreadable_regexes(&[model("^(?!.*-tts)gemini")]).is_empty());
        assert_eq!(unreadable_regexes(&[model("^gem(?<=m)ini")]), vec!["^gem(?<=m)ini".to_owned()]);
    }

    #[test]
    fn dated_prices_history_and_announcements() {
        let m = json!({"id": "x", "match": {"equals": "x"}, "prices": [
            {"constraint": null, "prices": {"input_mtok": 0.2, "output_mtok": 0.2}},
            {"constraint": {"start_date": "2026-10-19"}, "prices": {"input_mtok": 0.8, "output_mtok": 1.6}},
            {"constraint": {"start_date": "2026-12-01"}, "prices": {"input_mtok": 1.0, "output_mtok": 2.0}}
        ]});
        let g = model("p", "x", &m, "2026-11-09").unwrap();
        let (p, _) = g.current.unwrap();
        assert_eq!((p.input, p.output), (Some(0.8), Some(1.6)), "the latest change on or before the snapshot");
        assert_eq!(g.history.len(), 1);
        assert_eq!(g.history[0].2.as_ref().and_then(|b| b.input), Some(0.2), "the change records the price before it");
        assert_eq!(g.scheduled[0].0, "2026-12-01");
        assert_eq!(g.scheduled[0].1.input, Some(1.0));
    }

    #[test]
    fn prices_imported_from_openrouter_are_not_the_providers() {
        let imported = "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published.";
        let m = |comment: &str| json!({"id": "gpt-oss-120b", "match": {"equals": "gpt-oss-120b"}, "price_comments": comment, "prices": {"input_mtok": 0.039, "output_mtok": 0.18}});
        assert!(model("openai", "gpt-oss-120b", &m(imported), "2026-11-09").is_err());
        assert!(model("openai", "gpt-oss-120b", &m(&format!("{imported} Verified against OpenAI on 2026-10-15.")), "2026-11-09").is_ok());
        assert!(model("openai", "gpt-oss-120b", &m("Ref: https://openai.com/api/pricing"), "2026-11-09").is_ok());
    }

    #[test]
    fn tiers_batch_and_windows() {
        let m = json!({"id": "g", "match": {"equals": "g"},
            "prices": {"input_mtok": {"base": 1.25, "tiers": [{"start": 200000, "price": 2.5}]}, "output_mtok": {"base": 10, "tiers": [{"start": 200000, "price": 15}]}},
            "price_variants": [{"when": {"processing": "batch"}, "prices": {"input_mtok": 0.625, "output_mtok": 5}}]});
        let (p, t) = model("google", "g", &m, "2026-11-09").unwrap().current.unwrap();
        assert_eq!((p.input, p.output, p.batch_input, p.batch_output), (Some(1.25), Some(10.0), Some(0.625), Some(5.0)));
        assert_eq!((t[0].above, t[0].input, t[0].output), (200_000, Some(2.5), Some(15.0)));
        // A window over most of the day is the offer's price; the rest of the day is its other hours.
        let w = json!({"id": "d", "match": {"equals": "d"}, "prices": [{"prices": {"input_mtok": 0.1}}, {"constraint": {"start_time": "00:30:00Z", "end_time": "16:30:00Z"}, "prices": {"input_mtok": 0.2}}]});
        let g = model("deepseek", "d", &w, "2026-11-09").unwrap();
        assert_eq!(g.current.unwrap().0.input, Some(0.2));
        assert_eq!((g.hours[0].label(), g.hours[0].input), ("16:30–00:30 UTC".to_owned(), Some(0.1)));
        // Short peak windows stay the exception; a dated change still decides the base price.
        let w = json!({"id": "v", "match": {"equals": "v"}, "prices": [{"prices": {"input_mtok": 0.4}}, {"constraint": {"start_date": "2026-08-17"}, "prices": {"input_mtok": 0.66}},
            {"constraint": {"start_time": "01:00:00Z", "end_time": "04:00:00Z"}, "prices": {"input_mtok": 1.32}}, {"constraint": {"start_time": "06:00:00Z", "end_time": "10:00:00Z"}, "prices": {"input_mtok": 1.32}}]});
        let g = model("deepseek", "v", &w, "2026-11-09").unwrap();
        assert_eq!(g.current.unwrap().0.input, Some(0.66));
        assert_eq!(g.history.len(), 1, "the dated change is history");
        assert_eq!(g.hours.iter().map(|h| (h.label(), h.input)).collect::<Vec<_>>(), [("01:00–04:00 UTC".to_owned(), Some(1.32)), ("06:00–10:00 UTC".to_owned(), Some(1.32))]);
    }
}
