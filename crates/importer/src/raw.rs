//! What each source reader produces: offers in common units, before merging.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::{Benchmark, Capability, HoursPrice, Kind, Modality, PricePoint, PriceTier, Prices, UnitPrice};

/// The sources. A field's value comes from the source whose snapshot is newest
/// (its `as_of` in data/sources.toml); this order breaks ties between equal dates.
/// Other sources' differing values are kept as conflicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Src {
    Litellm,
    GenaiPrices,
    ModelsDev,
    OpenRouter,
    LlmStats,
}

impl Src {
    pub const ALL: [Src; 5] = [Src::Litellm, Src::GenaiPrices, Src::ModelsDev, Src::OpenRouter, Src::LlmStats];
    pub fn id(self) -> &'static str {
        match self {
            Src::Litellm => "litellm",
            Src::GenaiPrices => "genai-prices",
            Src::ModelsDev => "models.dev",
            Src::OpenRouter => "openrouter",
            Src::LlmStats => "llm-stats",
        }
    }
}

/// Model facts a source states (all optional).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    pub name: Option<String>,
    /// Lab / organisation id as the source spells it (`mistralai`, `meta`).
    pub lab: Option<String>,
    /// Creator's display name where the source gives one (OpenRouter's "Mistral: …").
    pub creator_name: Option<String>,
    pub caps: BTreeSet<Capability>,
    /// Capabilities the source explicitly says the model lacks (`tool_call = false`).
    pub denied: BTreeSet<Capability>,
    pub input: BTreeSet<Modality>,
    pub output: BTreeSet<Modality>,
    pub open_weights: Option<bool>,
    pub license: Option<String>,
    pub weights_url: Option<String>,
    pub params_b: Option<f64>,
    pub release_date: Option<String>,
    pub knowledge_cutoff: Option<String>,
    /// Context window as the model's creator states it (canonical files only).
    pub context: Option<u64>,
    pub max_output: Option<u64>,
    /// Input limit below the window, as the creator states it (canonical files only).
    pub max_input: Option<u64>,
    /// What the source says the model is (LiteLLM's mode, models.dev's family), where it says.
    pub kind: Option<Kind>,
    /// Benchmark scores (models.dev canonical files).
    pub benchmarks: Vec<Benchmark>,
}

/// One offer as one source states it, in USD per 1M tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct RawOffer {
    pub src: Src,
    /// The provider id as the source spells it.
    pub upstream_provider: String,
    pub provider_model_id: String,
    /// Cross-source model key (normalize::model_key), before aliases.
    pub key: String,
    /// models.dev `base_model` target's key, when the file inherits from one.
    pub base_key: Option<String>,
    pub service_tier: String,
    pub prices: Prices,
    pub tiers: Vec<PriceTier>,
    /// Total window (input + output).
    pub context: Option<u64>,
    /// Input (prompt) limit, where the source states one apart from the window.
    pub max_input: Option<u64>,
    pub max_output: Option<u64>,
    /// Prices in other units than tokens (never per-token figures).
    pub unit_prices: Vec<UnitPrice>,
    pub facts: Facts,
    pub deprecation_date: Option<String>,
    /// The source marks the model deprecated without a date (genai-prices' `deprecated`).
    pub marked_deprecated: bool,
    /// The successor a source names (its model id, as that source spells it).
    pub successor: Option<String>,
    /// The source lists this id as another name of another id (LiteLLM `alias_of`).
    pub is_alias: bool,
    /// Hours of the day priced apart from `prices` (genai-prices' peak/off-peak windows).
    pub hours: Vec<HoursPrice>,
    /// Dated price changes the source records (genai-prices), oldest first.
    pub dated: Vec<PricePoint>,
    /// Announced price changes after the source's snapshot.
    pub scheduled: Vec<PricePoint>,
    /// A description of the model, where the source gives one.
    pub description: Option<String>,
    /// Published only where another current offer serves the same model (genai-prices' own
    /// names outside OpenRouter, which include models it keeps for old responses).
    pub needs_company: bool,
    /// The figure is a region class's price, not one endpoint's (genai-prices' `regional.*`
    /// Bedrock entries, whose rules also take the bare `vendor.model` ids).
    pub region_class: bool,
    /// Priced by a rule that covers a family of ids (`starts_with: gemini-2.5-pro`) without naming
    /// this one (genai-prices): a price for the id if it is served, not a sign that it still is.
    pub family_match: bool,
    /// The source's own note on where the price comes from (LiteLLM's `metadata.comment`,
    /// genai-prices' `price_comments`), which may state a conversion from another currency.
    pub note: Option<String>,
}

impl RawOffer {
    /// A blank offer of `src` at `provider` for `id`, keyed by [`model_key`](crate::normalize::model_key).
    pub fn new(src: Src, provider: &str, id: &str) -> Self {
        RawOffer {
            src,
            upstream_provider: provider.to_owned(),
            provider_model_id: id.to_owned(),
            key: crate::normalize::model_key(id),
            base_key: None,
            service_tier: "standard".into(),
            prices: Prices::default(),
            tiers: vec![],
            hours: vec![],
            context: None,
            max_input: None,
            max_output: None,
            unit_prices: vec![],
            facts: Facts::default(),
            deprecation_date: None,
            marked_deprecated: false,
            successor: None,
            is_alias: false,
            dated: vec![],
            scheduled: vec![],
            description: None,
            needs_company: false,
            region_class: false,
            family_match: false,
            note: None,
        }
    }

    /// Converts every figure (per-token, per-unit, tiers, hours, dated and announced points) by
    /// `rate` units of another currency per unit of this one. A result within what a figure written
    /// to three decimals can be off by (half a thousandth, times the rate) of a whole hundredth — a
    /// fen, a cent: price lists are written in them — is that hundredth (genai-prices' $1.103 at
    /// 7.25 is ¥8.00, not ¥7.99675); any other keeps six significant digits (¥0.115).
    pub fn convert(&mut self, rate: f64) {
        let to = |v: &mut Option<f64>| {
            if let Some(x) = v.as_mut() {
                let exact = *x * rate;
                let hundredths = (exact * 100.0).round() / 100.0;
                *x = if hundredths > 0.0 && (exact - hundredths).abs() <= 0.0005 * rate + 1e-12 { hundredths } else { round_sig(exact) };
            }
        };
        for (_, v) in self.prices.fields_mut() {
            to(v);
        }
        for t in &mut self.tiers {
            [&mut t.input, &mut t.output, &mut t.cache_read].into_iter().for_each(to);
        }
        for h in &mut self.hours {
            [&mut h.input, &mut h.output, &mut h.cache_read].into_iter().for_each(to);
        }
        for p in self.dated.iter_mut().chain(self.scheduled.iter_mut()) {
            [&mut p.input, &mut p.output].into_iter().for_each(to);
        }
        for u in &mut self.unit_prices {
            let mut v = Some(u.price);
            to(&mut v);
            u.price = v.unwrap_or(u.price);
        }
    }
}

/// The zero rule: a price of 0 is published only on a free tier; elsewhere a 0
/// is a placeholder (unknown, per-character or per-request pricing) and becomes
/// unknown. Returns how many figures were made unknown.
pub fn zeros_to_unknown(p: &mut Prices) -> usize {
    let mut n = 0;
    for (_, v) in p.fields_mut() {
        if *v == Some(0.0) {
            *v = None;
            n += 1;
        }
    }
    n
}

/// Entries a reader left out, counted by reason.
#[derive(Debug, Default)]
pub struct Skips(pub BTreeMap<String, usize>);

impl Skips {
    pub fn add(&mut self, src: Src, reason: &str) {
        *self.0.entry(format!("{}: {reason}", src.id())).or_default() += 1;
    }
}

/// USD per token → USD per 1M tokens, rounded to 6 significant digits (no float noise).
pub fn per_m(per_token: f64) -> f64 {
    round_sig(per_token * 1e6)
}

/// Rounds to 6 significant digits.
pub fn round_sig(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = x.abs().log10().floor() as i32;
    let scale = 10f64.powi(5 - mag);
    (x * scale).round() / scale
}

/// Parses a parameter count from an id: `…-24b` → 24, `qwen3-30b-a3b` → (30, Some(3)).
/// Only when exactly one size token is present.
pub fn params_from_id(id: &str) -> Option<(f64, Option<f64>)> {
    // `solar-10_7b` is 10.7B: an underscore between digits is a decimal point.
    let b = id.to_lowercase().into_bytes();
    let lower: String =
        b.iter().enumerate().map(|(i, &c)| if c == b'_' && i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit) { '.' } else { c as char }).collect();
    let tokens: Vec<&str> = lower.split(['-', '_', '/', ':']).collect();
    let num = |t: &str| -> Option<f64> {
        let n = t.strip_suffix('b')?;
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        n.parse::<f64>().ok().filter(|v| *v > 0.0)
    };
    let total: Vec<f64> = tokens.iter().filter(|t| !t.starts_with('a')).filter_map(|t| num(t)).collect();
    let active: Vec<f64> = tokens.iter().filter_map(|t| t.strip_prefix('a')).filter_map(num).collect();
    (total.len() == 1).then(|| (total[0], (active.len() == 1).then(|| active[0])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(per_m(7.5e-08), 0.075);
        assert_eq!(per_m(2.5e-06), 2.5);
        assert_eq!(per_m(1.5e-08), 0.015);
        assert_eq!(round_sig(0.07500000000000001), 0.075);
        assert_eq!(round_sig(0.0), 0.0);
    }

    #[test]
    fn converted_back_to_the_hundredth() {
        // genai-prices' Zhipu GLM-5.3 (¥8 / ¥28 / ¥2 at 7.25 to the dollar, written to 3 decimals)
        // and LiteLLM's GLM-5.3 Flash (¥0.8 / ¥2.8 / ¥0.23 at 7.0, in full).
        let mut o = RawOffer::new(Src::GenaiPrices, "zhipuai", "GLM-5.3");
        o.prices = Prices { input: Some(1.103), output: Some(3.862), cache_read: Some(0.276), ..Prices::default() };
        o.dated = vec![hub_core::PricePoint { date: "2026-09-10".into(), input: Some(0.055), output: None, source: "genai-prices".into(), until: true }];
        o.convert(7.25);
        assert_eq!((o.prices.input, o.prices.output, o.prices.cache_read), (Some(8.0), Some(28.0), Some(2.0)));
        assert_eq!((o.dated[0].input, o.dated[0].output), (Some(0.4), None));
        let mut l = RawOffer::new(Src::Litellm, "bigmodel", "glm-5.3-flash");
        l.prices = Prices { input: Some(per_m(1.142857142857143e-07)), cache_read: Some(per_m(3.2857142857142855e-08)), ..Prices::default() };
        l.convert(7.0);
        assert_eq!((l.prices.input, l.prices.cache_read), (Some(0.8), Some(0.23)));
        // A figure given in full that is no whole hundredth keeps its digits (¥0.115 is not ¥0.12),
        // and a small one does not become free.
        l.prices = Prices { input: Some(0.115 / 7.0), output: Some(0.0004), ..Prices::default() };
        l.convert(7.0);
        assert_eq!((l.prices.input, l.prices.output), (Some(0.115), Some(0.0028)));
    }

    #[test]
    fn zeros_become_unknown() {
        let mut p = Prices { input: Some(0.0), output: Some(0.5), cache_read: Some(0.0), ..Prices::default() };
        assert_eq!(zeros_to_unknown(&mut p), 2);
        assert_eq!((p.input, p.output, p.cache_read), (None, Some(0.5), None));
    }

    #[test]
    fn params() {
        assert_eq!(params_from_id("mistral-small-3.2-24b-instruct"), Some((24.0, None)));
        assert_eq!(params_from_id("qwen/qwen3-30b-a3b"), Some((30.0, Some(3.0))));
        assert_eq!(params_from_id("gpt-4o"), None);
        assert_eq!(params_from_id("llama-3.1-8b-vs-70b"), None, "ambiguous");
        assert_eq!(params_from_id("gemma-3n-e4b"), None);
        assert_eq!(params_from_id("solar-10_7b-instruct"), Some((10.7, None)));
        assert_eq!(params_from_id("SOLAR-10.7B"), Some((10.7, None)));
    }
}
