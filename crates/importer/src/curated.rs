//! The reviewed files in `data/`: provider facts and id mappings, model
//! aliases, creators, and the source list.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::{ApiStyle, Capability, Kind};
use serde::Deserialize;

use crate::normalize::{model_key, provider_slug};
use crate::raw::Src;

#[derive(Debug, Clone, Deserialize, Default)]
pub struct CuratedProvider {
    pub id: String,
    pub name: Option<String>,
    pub api_style: Option<ApiStyle>,
    pub api_base: Option<String>,
    pub auth_header: Option<String>,
    pub env_var: Option<String>,
    pub docs_url: Option<String>,
    pub source: Option<String>,
    #[serde(default)]
    pub litellm: Vec<String>,
    #[serde(default)]
    pub modelsdev: Vec<String>,
    #[serde(default)]
    pub llmstats: Vec<String>,
    /// genai-prices provider ids.
    #[serde(default)]
    pub genaiprices: Vec<String>,
    /// Compliance claims, each yes/no with its source page and the date it was checked.
    #[serde(default)]
    pub compliance: Vec<hub_core::ComplianceClaim>,
    /// ISO 4217 currency of this provider's prices, when not USD, and the page that shows it.
    pub currency: Option<String>,
    pub currency_source: Option<String>,
    /// The sources whose figures are in `currency`; empty means all of them. Figures from
    /// any other source are the dollar price list the source's own schema says they are.
    #[serde(default)]
    pub currency_in: Vec<String>,
    /// Other providers' listings that repeat this provider's prices (a gateway passing them
    /// through): witnesses when this provider's sources disagree, never offers of this provider.
    #[serde(default)]
    pub mirrors: Vec<Mirror>,
    /// The provider's own price ranges by model size (its pricing page's bands): a per-token
    /// price a source gives outside the band of the model's size is not this provider's price.
    #[serde(default)]
    pub price_bands: Vec<PriceBand>,
    /// Sources that give this provider's prices converted into dollars from `currency`: their
    /// figures are converted back.
    #[serde(default)]
    pub converted: Vec<Conversion>,
    /// Sources whose figures for this provider are not its price list (another platform's list
    /// copied onto it; the entry's comment says why): their listings of it are left out.
    #[serde(default)]
    pub not_priced_by: Vec<String>,
}

/// A source's dollar figures for a provider that bills in another currency, converted by the
/// source at a rate its own note on the price states.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Conversion {
    /// The source's id (`genai-prices`).
    pub source: String,
    /// Units of the provider's currency to the dollar, as the source converted.
    pub rate: f64,
    /// Words of the source's note that state the rate: a figure whose note no longer says them
    /// (the source changed its rate) is left out for review, not converted at a stale one.
    pub note: String,
}

/// A provider's published per-token price range, in USD per 1M tokens (input and output
/// alike), for models whose total parameter count, in whole billions as models are named, lies in
/// `min_params_b..=max_params_b`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PriceBand {
    pub min_params_b: f64,
    pub max_params_b: f64,
    pub low: f64,
    /// Absent where the page gives only a floor ("from $0.10").
    pub high: Option<f64>,
    /// The provider's page that states the band.
    pub source: String,
}

impl PriceBand {
    /// Whether a price lies outside the band.
    pub fn excludes(&self, price: f64) -> bool {
        price < self.low || self.high.is_some_and(|h| price > h)
    }
}

/// `provider` lists this provider's id `X` as `prefix` + `X`, at this provider's price.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mirror {
    pub provider: String,
    pub prefix: String,
    /// Why the prices are the same (the page, or the measured agreement).
    pub evidence: String,
}

impl CuratedProvider {
    /// How `src`'s dollar figures for this provider were converted, where they were.
    pub fn conversion(&self, src: Src) -> Option<&Conversion> {
        self.converted.iter().find(|c| c.source == src.id())
    }

    /// The currency of the figures `src` gives for this provider.
    pub fn currency_of(&self, src: Src) -> &str {
        match &self.currency {
            Some(c) if self.currency_in.is_empty() || self.currency_in.iter().any(|s| s == src.id()) => c,
            _ => "USD",
        }
    }
}

/// A reviewed rule that says what kind of model an id names (`data/kinds.toml`).
#[derive(Debug, Clone, Deserialize)]
pub struct KindRule {
    pub kind: Kind,
    #[serde(default)]
    pub exact: Vec<String>,
    #[serde(default)]
    pub contains: Vec<String>,
    pub reason: String,
}

impl KindRule {
    /// Whether the rule matches an id or key (case-insensitive).
    pub fn matches(&self, id: &str) -> bool {
        let id = id.to_ascii_lowercase();
        let last = id.rsplit('/').next().unwrap_or(&id);
        self.exact.iter().any(|e| last == e.as_str()) || self.contains.iter().any(|c| id.contains(c.as_str()))
    }
}

/// Reviewed parameter counts (`data/parameters.toml`).
#[derive(Debug, Clone, Deserialize)]
pub struct ReviewedParams {
    pub ids: Vec<String>,
    pub params_b: f64,
    pub active_params_b: Option<f64>,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CuratedModel {
    pub slug: String,
    pub name: Option<String>,
    pub ids: Vec<String>,
    pub source: String,
    /// Set where hosts' files mark a model closed whose weights `source` publishes: the
    /// model is open, with `source` as its weights link and `license` as its licence. `false`
    /// where sources call a model open on another release's weights (`source` shows it closed).
    #[serde(default)]
    pub open_weights: Option<bool>,
    #[serde(default)]
    pub license: Option<String>,
    /// Capabilities the model lacks though a source claims them (`vision` for a text-only
    /// model), as `source` shows; vision also drops image input.
    #[serde(default)]
    pub denied: Vec<Capability>,
    /// One provider's moving pointer (`mistral-large-latest`) that serves this model at that
    /// provider only: other hosts' same id may serve another release. The entry's comment
    /// cites what ties the pointer to the release.
    #[serde(default)]
    pub endpoints: Vec<Endpoint>,
    /// Date the creator retired the model (`YYYY-MM-DD`), as `source` or the entry's comment
    /// cites it: every offer of the model that no source dates is retired then (a source that
    /// keeps old ids to price past usage, genai-prices', would show it as current).
    #[serde(default)]
    pub retired: Option<String>,
    /// Date the model came out (`YYYY-MM-DD`), as `source` states it, where no source gives one
    /// (genai-prices says "Released" only in a comment).
    #[serde(default)]
    pub released: Option<String>,
}

/// Offers whose hour windows hold Monday to Friday only (`data/hours.toml`): genai-prices, the
/// source of the windows, states them for every day (its rule has no day of the week, as its
/// comments say), so the provider's page that scopes them is reviewed here.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekdayHours {
    /// The catalog's provider id.
    pub provider: String,
    /// The provider's model ids (an offer matches by its id or an alias).
    pub ids: Vec<String>,
    /// The provider's page that states the days.
    pub source: String,
}

/// A retirement a provider announced for its own API (`data/retirements.toml`): from `date`
/// on, requests to `ids` at `provider` fail. It dates the offers there that no source dates
/// (genai-prices keeps retired ids to price past usage, and shows them as current); other
/// hosts of the same model keep their own schedules, so it is scoped to one provider.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retirement {
    /// The catalog's provider id.
    pub provider: String,
    /// The provider's model ids, as its API names them (an offer matches by its id or an alias).
    pub ids: Vec<String>,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The provider's page that states the date.
    pub source: String,
}

/// An id at one provider (the catalog's provider id).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    pub provider: String,
    pub id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Creator {
    pub name: String,
    #[serde(default)]
    pub labs: Vec<String>,
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// APIs that serve only this maker's models.
    #[serde(default)]
    pub providers: Vec<String>,
    /// The maker's own API where it also serves other makers' models (Alibaba's Model Studio).
    #[serde(default)]
    pub api: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SourceMeta {
    pub id: String,
    pub name: String,
    pub url: String,
    pub license: String,
    pub as_of: String,
}

#[derive(Debug, Default)]
pub struct Curated {
    pub providers: Vec<CuratedProvider>,
    pub models: Vec<CuratedModel>,
    pub creators: Vec<Creator>,
    pub sources: Vec<SourceMeta>,
    /// Provider ids whose offers are left out (not pay-per-token APIs).
    pub excluded: BTreeSet<String>,
    pub kind_rules: Vec<KindRule>,
    pub params: Vec<ReviewedParams>,
    pub retirements: Vec<Retirement>,
    /// Reviewed day scopes of offers' hour windows (`data/hours.toml`).
    pub weekday_hours: Vec<WeekdayHours>,
    upstream: BTreeMap<(Src, String), String>,
    alias: BTreeMap<String, usize>,
    /// (provider, lowercased id) → the reviewed model whose `endpoints` name it.
    endpoint: BTreeMap<(String, String), usize>,
}

impl Curated {
    /// Parses the four files' texts.
    pub fn parse(providers: &str, models: &str, creators: &str, sources: &str) -> Result<Self, String> {
        #[derive(Deserialize)]
        struct P {
            #[serde(default)]
            exclude: Vec<String>,
            provider: Vec<CuratedProvider>,
        }
        #[derive(Deserialize)]
        struct M {
            model: Vec<CuratedModel>,
        }
        #[derive(Deserialize)]
        struct C {
            creator: Vec<Creator>,
        }
        #[derive(Deserialize)]
        struct S {
            source: Vec<SourceMeta>,
        }
        let p: P = toml::from_str(providers).map_err(|e| format!("data/providers.toml: {e}"))?;
        let m: M = toml::from_str(models).map_err(|e| format!("data/models.toml: {e}"))?;
        let c: C = toml::from_str(creators).map_err(|e| format!("data/creators.toml: {e}"))?;
        let s: S = toml::from_str(sources).map_err(|e| format!("data/sources.toml: {e}"))?;
        let mut upstream = BTreeMap::new();
        for cp in &p.provider {
            for b in &cp.price_bands {
                let sane = b.min_params_b <= b.max_params_b && b.low >= 0.0 && b.high.is_none_or(|h| h >= b.low);
                if !sane || !hub_core::links::is_http_url(&b.source) {
                    return Err(format!("data/providers.toml: {} price band {b:?} needs min ≤ max, 0 ≤ low ≤ high and an http(s) source", cp.id));
                }
            }
            let known = |s: &String| Src::ALL.iter().any(|k| k.id() == s);
            for c in &cp.converted {
                let in_currency = cp.currency_in.is_empty() || cp.currency_in.contains(&c.source);
                let sane = known(&c.source) && c.rate.is_finite() && c.rate > 0.0 && !c.note.trim().is_empty();
                if !sane || cp.currency.is_none() || !in_currency {
                    return Err(format!(
                        "data/providers.toml: {} conversion {c:?} needs a known source whose figures are in the provider's currency, a positive rate and the words of its note",
                        cp.id
                    ));
                }
            }
            if let Some(s) = cp.not_priced_by.iter().find(|s| !known(s)) {
                return Err(format!("data/providers.toml: {} not_priced_by names an unknown source `{s}`", cp.id));
            }
            for (src, ids) in [(Src::Litellm, &cp.litellm), (Src::ModelsDev, &cp.modelsdev), (Src::LlmStats, &cp.llmstats), (Src::GenaiPrices, &cp.genaiprices)] {
                for id in ids {
                    if upstream.insert((src, id.clone()), cp.id.clone()).is_some() {
                        return Err(format!("data/providers.toml: {} id `{id}` mapped twice", src.id()));
                    }
                }
            }
        }
        let mut alias = BTreeMap::new();
        let mut endpoint = BTreeMap::new();
        for (i, cm) in m.model.iter().enumerate() {
            for (field, d) in [("retired", &cm.retired), ("released", &cm.released)] {
                if let Some(d) = d.as_deref().filter(|d| !hub_core::parse::is_date(d)) {
                    return Err(format!("data/models.toml: {} {field} `{d}` is not a YYYY-MM-DD date", cm.slug));
                }
            }
            for id in &cm.ids {
                alias.insert(model_key(id), i);
            }
            for e in &cm.endpoints {
                if endpoint.insert((e.provider.clone(), e.id.to_lowercase()), i).is_some() {
                    return Err(format!("data/models.toml: endpoint {}/{} given to two models", e.provider, e.id));
                }
            }
        }
        Ok(Self {
            excluded: p.exclude.into_iter().collect(),
            providers: p.provider,
            models: m.model,
            creators: c.creator,
            sources: s.source,
            upstream,
            alias,
            endpoint,
            ..Self::default()
        })
    }

    /// Adds the reviewed kind rules and parameter counts.
    pub fn with_reviewed(mut self, kinds: &str, params: &str) -> Result<Self, String> {
        #[derive(Deserialize)]
        struct K {
            rule: Vec<KindRule>,
        }
        #[derive(Deserialize)]
        struct P {
            model: Vec<ReviewedParams>,
        }
        self.kind_rules = toml::from_str::<K>(kinds).map_err(|e| format!("data/kinds.toml: {e}"))?.rule;
        self.params = toml::from_str::<P>(params).map_err(|e| format!("data/parameters.toml: {e}"))?.model;
        for p in &self.params {
            if !hub_core::links::is_http_url(&p.source) || p.params_b.is_nan() || p.params_b <= 0.0 || p.active_params_b.is_some_and(|a| a.is_nan() || a <= 0.0 || a > p.params_b) {
                return Err(format!("data/parameters.toml: {:?} needs an http(s) source and 0 < active ≤ total", p.ids));
            }
        }
        Ok(self)
    }

    /// Adds the reviewed retirements (`data/retirements.toml`), each checked: a known provider,
    /// ids, a date and an http(s) source.
    pub fn with_retirements(mut self, text: &str) -> Result<Self, String> {
        #[derive(Deserialize)]
        struct R {
            retired: Vec<Retirement>,
        }
        self.retirements = toml::from_str::<R>(text).map_err(|e| format!("data/retirements.toml: {e}"))?.retired;
        for r in &self.retirements {
            self.check_scoped("data/retirements.toml", &r.provider, &r.ids, &r.source)?;
            if !hub_core::parse::is_date(&r.date) {
                return Err(format!("data/retirements.toml: {}/{:?} needs a YYYY-MM-DD date", r.provider, r.ids));
            }
        }
        Ok(self)
    }

    /// Adds the reviewed day scopes of hour windows (`data/hours.toml`), each checked: a known
    /// provider, ids and an http(s) source.
    pub fn with_hours(mut self, text: &str) -> Result<Self, String> {
        #[derive(Deserialize)]
        struct H {
            weekdays: Vec<WeekdayHours>,
        }
        self.weekday_hours = toml::from_str::<H>(text).map_err(|e| format!("data/hours.toml: {e}"))?.weekdays;
        for w in &self.weekday_hours {
            self.check_scoped("data/hours.toml", &w.provider, &w.ids, &w.source)?;
        }
        Ok(self)
    }

    /// A reviewed entry scoped to one provider's ids: a known provider, ids and an http(s) source.
    fn check_scoped(&self, file: &str, provider: &str, ids: &[String], source: &str) -> Result<(), String> {
        let what = format!("{file}: {provider}/{ids:?}");
        if self.provider(provider).is_none() {
            return Err(format!("{what}: no provider `{provider}` in data/providers.toml"));
        }
        if ids.is_empty() || !hub_core::links::is_http_url(source) {
            return Err(format!("{what} needs ids and an http(s) source"));
        }
        Ok(())
    }

    /// Whether `provider`'s hour windows for `id` hold on weekdays only, as reviewed.
    pub fn weekday_hours(&self, provider: &str, id: &str) -> bool {
        self.weekday_hours.iter().any(|w| w.provider == provider && w.ids.iter().any(|i| i.eq_ignore_ascii_case(id)))
    }

    /// The date `provider` retired `id` on its own API, if reviewed.
    pub fn retirement(&self, provider: &str, id: &str) -> Option<&str> {
        self.retirements.iter().find(|r| r.provider == provider && r.ids.iter().any(|i| i.eq_ignore_ascii_case(id))).map(|r| r.date.as_str())
    }

    /// The first kind rule that matches any of `ids`.
    pub fn kind_rule<'a>(&self, ids: impl IntoIterator<Item = &'a str> + Clone) -> Option<&KindRule> {
        self.kind_rules.iter().find(|r| ids.clone().into_iter().any(|id| r.matches(id)))
    }

    /// Reviewed parameter counts for a model key.
    pub fn params_for_key(&self, key: &str) -> Option<&ReviewedParams> {
        self.params.iter().find(|p| p.ids.iter().any(|id| model_key(id) == key))
    }

    /// Our provider id for an upstream one.
    pub fn provider_id(&self, src: Src, upstream: &str) -> String {
        let src = if src == Src::OpenRouter { Src::ModelsDev } else { src };
        self.upstream.get(&(src, upstream.to_owned())).cloned().unwrap_or_else(|| provider_slug(upstream))
    }

    pub fn provider(&self, id: &str) -> Option<&CuratedProvider> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// The reviewed model a key belongs to, if any.
    pub fn model_for_key(&self, key: &str) -> Option<&CuratedModel> {
        self.alias.get(key).map(|&i| &self.models[i])
    }

    /// The reviewed model one provider's id serves there (its `endpoints`), if any.
    pub fn model_for_endpoint(&self, provider: &str, id: &str) -> Option<&CuratedModel> {
        self.endpoint.get(&(provider.to_owned(), id.to_lowercase())).map(|&i| &self.models[i])
    }

    /// Every reviewed endpoint, with its model.
    pub fn endpoints(&self) -> impl Iterator<Item = (&Endpoint, &CuratedModel)> {
        self.models.iter().flat_map(|m| m.endpoints.iter().map(move |e| (e, m)))
    }

    /// Creator name by lab id, then by id prefix.
    pub fn creator(&self, lab: Option<&str>, key: &str) -> Option<&str> {
        let lab = lab.map(str::to_lowercase);
        lab.as_deref()
            .and_then(|l| self.creators.iter().find(|c| c.labs.iter().any(|x| x == l)))
            .or_else(|| self.creators.iter().find(|c| c.prefixes.iter().any(|p| key.starts_with(p.as_str()))))
            .map(|c| c.name.as_str())
    }

    /// The maker whose own API (serving only its models) is `provider`.
    pub fn creator_by_provider(&self, provider: &str) -> Option<&str> {
        self.creators.iter().find(|c| c.providers.iter().any(|p| p == provider)).map(|c| c.name.as_str())
    }

    /// The maker whose own API `provider` is: one that serves only its models, or its `api`.
    pub fn maker_of(&self, provider: &str) -> Option<&str> {
        self.creator_by_provider(provider).or_else(|| self.creators.iter().find(|c| c.api.as_deref() == Some(provider)).map(|c| c.name.as_str()))
    }

    pub fn source(&self, src: Src) -> Option<&SourceMeta> {
        self.sources.iter().find(|s| s.id == src.id())
    }

    /// The snapshot date of `src` (`data/sources.toml`, or a refresh's fetch date).
    pub fn as_of(&self, src: Src) -> String {
        self.source(src).map(|m| m.as_of.clone()).unwrap_or_default()
    }

    /// The newest snapshot date of any source: the catalog's "today".
    pub fn newest_as_of(&self) -> String {
        Src::ALL.iter().map(|s| self.as_of(*s)).max().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Curated;

    const MODEL: &str = "[[model]]\nslug = \"m\"\nids = [\"m\"]\nsource = \"https://example.org\"\n";

    #[test]
    fn a_reviewed_retirement_must_be_a_date() {
        let parse = |extra: &str| Curated::parse("provider = []", &format!("{MODEL}{extra}"), "creator = []", "source = []");
        assert_eq!(parse("retired = \"2025-06-16\"\n").unwrap().models[0].retired.as_deref(), Some("2025-06-16"));
        assert!(parse("retired = \"June 2025\"\n").unwrap_err().contains("not a YYYY-MM-DD date"));
        assert!(parse("").unwrap().models[0].retired.is_none());
        assert_eq!(parse("released = \"2026-09-10\"\n").unwrap().models[0].released.as_deref(), Some("2026-09-10"));
        assert!(parse("released = \"September 2026\"\n").unwrap_err().contains("released `September 2026` is not a YYYY-MM-DD date"));
    }

    #[test]
    fn a_provider_retirement_is_checked_and_scoped_to_its_provider() {
        let cur = || Curated::parse("provider = [{ id = \"anthropic\" }]", MODEL, "creator = []", "source = []").unwrap();
        let entry = |provider: &str, date: &str, source: &str| {
            format!("[[retired]]\nprovider = \"{provider}\"\nids = [\"claude-3-opus-20240229\"]\ndate = \"{date}\"\nsource = \"{source}\"\n")
        };
        let ok = cur().with_retirements(&entry("anthropic", "2026-01-05", "https://docs.anthropic.com/x")).unwrap();
        assert_eq!(ok.retirement("anthropic", "Claude-3-Opus-20240229"), Some("2026-01-05"));
        assert_eq!(ok.retirement("bedrock", "claude-3-opus-20240229"), None, "another host keeps its own schedule");
        assert_eq!(ok.retirement("anthropic", "claude-3-opus"), None, "ids match whole, not by prefix");
        assert!(cur().with_retirements(&entry("nowhere", "2026-01-05", "https://x.org")).unwrap_err().contains("no provider `nowhere`"));
        assert!(cur().with_retirements(&entry("anthropic", "January 2026", "https://x.org")).unwrap_err().contains("YYYY-MM-DD"));
        assert!(cur().with_retirements(&entry("anthropic", "2026-01-05", "javascript:alert(1)")).unwrap_err().contains("http(s) source"));
    }

    #[test]
    fn a_price_band_is_checked() {
        let parse = |band: &str| Curated::parse(&format!("[[provider]]\nid = \"hyperbolic\"\n[[provider.price_bands]]\n{band}\n"), MODEL, "creator = []", "source = []");
        let ok = parse("min_params_b = 120\nmax_params_b = 480\nlow = 0.3\nhigh = 4.0\nsource = \"https://docs.hyperbolic.ai/x\"").unwrap();
        assert!(ok.providers[0].price_bands[0].excludes(0.12) && !ok.providers[0].price_bands[0].excludes(0.8));
        assert!(parse("min_params_b = 3\nmax_params_b = 8\nlow = 0.1\nsource = \"https://docs.hyperbolic.ai/x\"").is_ok(), "a floor alone");
        for bad in [
            "min_params_b = 480\nmax_params_b = 120\nlow = 0.3\nsource = \"https://x.org\"",
            "min_params_b = 1\nmax_params_b = 2\nlow = 0.5\nhigh = 0.1\nsource = \"https://x.org\"",
            "min_params_b = 1\nmax_params_b = 2\nlow = 0.1\nsource = \"javascript:alert(1)\"",
        ] {
            assert!(parse(bad).unwrap_err().contains("price band"), "{bad}");
        }
    }

    #[test]
    fn a_conversion_is_checked() {
        let parse =
            |head: &str, conv: &str| Curated::parse(&format!("[[provider]]\nid = \"zhipuai\"\n{head}\n[[provider.converted]]\n{conv}\n"), MODEL, "creator = []", "source = []");
        let cny = "currency = \"CNY\"\ncurrency_in = [\"genai-prices\"]\nnot_priced_by = [\"models.dev\"]";
        let ok = parse(cny, "source = \"genai-prices\"\nrate = 7.25\nnote = \"1 USD = 7.25 CNY\"").unwrap();
        assert_eq!(ok.providers[0].conversion(crate::raw::Src::GenaiPrices).map(|c| c.rate), Some(7.25));
        assert!(ok.providers[0].conversion(crate::raw::Src::Litellm).is_none());
        for (head, conv) in [
            (cny, "source = \"litellm\"\nrate = 7.0\nnote = \"at 7.0\""), // figures not in the currency
            ("currency_in = [\"genai-prices\"]", "source = \"genai-prices\"\nrate = 7.25\nnote = \"x\""), // no currency
            (cny, "source = \"genai-prices\"\nrate = 0\nnote = \"x\""),
            (cny, "source = \"genai-prices\"\nrate = 7.25\nnote = \" \""),
            (cny, "source = \"nowhere\"\nrate = 7.25\nnote = \"x\""),
        ] {
            assert!(parse(head, conv).unwrap_err().contains("conversion"), "{head} {conv}");
        }
        let unknown = parse("currency = \"CNY\"\nnot_priced_by = [\"modelsdev\"]", "source = \"genai-prices\"\nrate = 7.25\nnote = \"x\"");
        assert!(unknown.unwrap_err().contains("unknown source `modelsdev`"));
    }

    #[test]
    fn weekday_hours_are_checked_and_scoped_to_their_provider() {
        let cur = || Curated::parse("provider = [{ id = \"deepseek\" }]", MODEL, "creator = []", "source = []").unwrap();
        let entry = |provider: &str, source: &str| format!("[[weekdays]]\nprovider = \"{provider}\"\nids = [\"deepseek-v4-pro\"]\nsource = \"{source}\"\n");
        let ok = cur().with_hours(&entry("deepseek", "https://api-docs.deepseek.com/quick_start/pricing")).unwrap();
        assert!(ok.weekday_hours("deepseek", "DeepSeek-V4-Pro"));
        assert!(!ok.weekday_hours("novita-ai", "deepseek-v4-pro"), "another host keeps its own hours");
        assert!(!ok.weekday_hours("deepseek", "deepseek-v4-pro-0813"), "ids match whole, not by prefix");
        assert!(cur().with_hours(&entry("nowhere", "https://x.org")).unwrap_err().contains("no provider `nowhere`"));
        assert!(cur().with_hours(&entry("deepseek", "javascript:alert(1)")).unwrap_err().contains("http(s) source"));
    }
}
