//! Lenient loading of `catalog.json`: one bad entry never loses the others.
//!
//! Each provider, model and offer is decoded on its own; an entry that does not
//! decode, or fails validation, is dropped and reported with its JSON path and
//! the reason. A bad link inside a good entry is removed and reported the
//! same way, and the entry kept. Only a file that is not JSON at all, lacks the
//! top-level arrays, or has an unknown `schema_version` is fatal.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::catalog::*;
use crate::links::is_http_url;

/// Prices within this fraction of each other are one price: a source's conversion (Databricks'
/// DBU rates give Anthropic's $3 as $2.99999) does not make a host cheaper than the list it
/// resells, and the app shows both as $3.00.
pub const SAME_PRICE: f64 = 1e-4;

/// An entry (or field) left out of the loaded catalog, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// JSON path, e.g. `offers[12]` or `providers[3].docs_url`.
    pub path: String,
    /// Id of the entry when it could be read, e.g. `mistral/mistral-small-latest`.
    pub id: Option<String>,
    /// Why, in plain words.
    pub reason: String,
}

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.id {
            Some(id) => write!(f, "{} ({id}): {}", self.path, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// Why a catalog could not be loaded at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("catalog JSON is invalid: {0}")]
    Json(String),
    #[error("catalog schema_version {found} is not supported (this app reads version {supported})")]
    Version { found: u32, supported: u32 },
}

#[derive(Deserialize)]
struct RawFile<'a> {
    schema_version: u32,
    #[serde(default)]
    generated_at: String,
    #[serde(default, borrow)]
    sources: Vec<&'a RawValue>,
    #[serde(borrow)]
    providers: Vec<&'a RawValue>,
    #[serde(borrow)]
    models: Vec<&'a RawValue>,
    #[serde(borrow)]
    offers: Vec<&'a RawValue>,
}

/// Decodes and validates `text`; see the module docs.
pub fn parse_catalog(text: &str) -> Result<Catalog, CatalogError> {
    parse_catalog_bytes(text.as_bytes())
}

/// Like [`parse_catalog`], from bytes (no detour through a text copy).
///
/// A file whose every entry decodes (the usual case) takes one typed pass; only
/// when that fails is the file read again entry by entry ([`parse_catalog_each`]),
/// so that one bad entry is dropped and reported instead of losing the rest.
/// Validation is the same either way.
pub fn parse_catalog_bytes(bytes: &[u8]) -> Result<Catalog, CatalogError> {
    // Both paths read from `&str`, so the wasm carries one copy of each type's decoder.
    let text = std::str::from_utf8(bytes).map_err(|e| CatalogError::Json(format!("not UTF-8: {e}")))?;
    match serde_json::from_str::<CatalogFile>(text) {
        Ok(file) if file.schema_version != SCHEMA_VERSION => Err(CatalogError::Version { found: file.schema_version, supported: SCHEMA_VERSION }),
        Ok(file) => {
            let mut dropped = Vec::new();
            let file = validate(file.into(), &mut dropped);
            Ok(Catalog::indexed(file, dropped))
        }
        Err(_) => parse_catalog_each(text),
    }
}

/// Reads each provider, model and offer on its own (the lenient path of [`parse_catalog_bytes`]).
pub fn parse_catalog_each(text: &str) -> Result<Catalog, CatalogError> {
    let raw: RawFile = serde_json::from_str(text).map_err(|e| CatalogError::Json(e.to_string()))?;
    if raw.schema_version != SCHEMA_VERSION {
        return Err(CatalogError::Version { found: raw.schema_version, supported: SCHEMA_VERSION });
    }
    let mut dropped = Vec::new();
    let (sp, sources) = decode_each(&raw.sources, "sources", &mut dropped);
    let (pp, providers) = decode_each(&raw.providers, "providers", &mut dropped);
    let (mp, models) = decode_each(&raw.models, "models", &mut dropped);
    let (op, offers) = decode_each(&raw.offers, "offers", &mut dropped);
    let decoded = CatalogFileIndexed {
        file: CatalogFile { schema_version: raw.schema_version, generated_at: raw.generated_at, sources, providers, models, offers },
        positions: Positions { sources: Some(sp), providers: Some(pp), models: Some(mp), offers: Some(op) },
    };
    let file = validate(decoded, &mut dropped);
    Ok(Catalog::indexed(file, dropped))
}

/// The entries that decode, and the position in the file of each.
fn decode_each<T: serde::de::DeserializeOwned>(raws: &[&RawValue], array: &str, dropped: &mut Vec<Dropped>) -> (Vec<usize>, Vec<T>) {
    raws.iter()
        .enumerate()
        .filter_map(|(i, raw)| match serde_json::from_str::<T>(raw.get()) {
            Ok(v) => Some((i, v)),
            Err(e) => {
                dropped.push(Dropped { path: format!("{array}[{i}]"), id: raw_id(raw), reason: e.to_string() });
                None
            }
        })
        .unzip()
}

/// Keeps the items whose flag is true, in place (nothing moves when all are kept).
fn retain_flagged<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut k = keep.iter();
    items.retain(|_| *k.next().unwrap_or(&true));
}

/// Best-effort id of an entry that failed to decode, for the report.
fn raw_id(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct Ids {
        id: Option<String>,
        model: Option<String>,
        provider: Option<String>,
    }
    let ids: Ids = serde_json::from_str(raw.get()).ok()?;
    ids.id.or(match (ids.provider, ids.model) {
        (Some(p), Some(m)) => Some(format!("{p}/{m}")),
        (p, m) => p.or(m),
    })
}

/// Validates decoded entries (keeping the original array positions for paths)
/// and returns the valid ones. Shared by the app and the importer: the importer
/// refuses to write a catalog for which this drops anything.
pub fn validate(file: CatalogFileIndexed, dropped: &mut Vec<Dropped>) -> CatalogFile {
    let CatalogFileIndexed { file: CatalogFile { schema_version, generated_at, mut sources, mut providers, mut models, mut offers }, positions } = file;
    let mut drop = |path: String, id: &str, reason: &str| dropped.push(Dropped { path, id: Some(id.to_owned()), reason: reason.to_owned() });
    // Entries are checked where they are and only the bad ones are taken out: a valid file (the
    // usual case) is not copied.
    let mut source_ids = HashSet::default();
    let mut keep = Vec::with_capacity(sources.len());
    for (k, s) in sources.iter_mut().enumerate() {
        let i = position(&positions.sources, k);
        let ok = !s.id.is_empty() && source_ids.insert(s.id.clone());
        if !ok {
            drop(format!("sources[{i}]"), &s.id, "empty or duplicate source id");
        } else if !is_http_url(&s.url) {
            drop(format!("sources[{i}].url"), &s.id, "not an http(s) link");
            s.url.clear();
        }
        keep.push(ok);
    }
    retain_flagged(&mut sources, &keep);

    let mut provider_ids = HashSet::default();
    let mut keep = Vec::with_capacity(providers.len());
    for (k, p) in providers.iter_mut().enumerate() {
        let i = position(&positions.providers, k);
        if !is_slug(&p.id) || !provider_ids.insert(p.id.clone()) {
            drop(format!("providers[{i}]"), &p.id, "provider id is empty, not a slug, or a duplicate");
            keep.push(false);
            continue;
        }
        if p.name.trim().is_empty() {
            drop(format!("providers[{i}]"), &p.id, "provider has no name");
            provider_ids.remove(&p.id);
            keep.push(false);
            continue;
        }
        for (field, link) in [("api_base", &mut p.api_base), ("docs_url", &mut p.docs_url), ("facts_source", &mut p.facts_source)] {
            if link.as_deref().is_some_and(|u| !is_http_url(u)) {
                drop(format!("providers[{i}].{field}"), &p.id, "not an http(s) link");
                *link = None;
            }
        }
        let claim_ok =
            |c: &ComplianceClaim| c.source.as_deref().is_none_or(is_http_url) && (c.value == Tri::Unknown || (c.source.is_some() && c.checked.as_deref().is_some_and(is_date)));
        if !p.compliance.iter().all(claim_ok) {
            let (good, bad): (Vec<_>, Vec<_>) = std::mem::take(&mut p.compliance).into_iter().partition(|c| claim_ok(c));
            for c in bad {
                drop(format!("providers[{i}].compliance.{}", c.claim), &p.id, "a yes/no claim needs an http(s) source and the date it was checked");
            }
            p.compliance = good;
        }
        keep.push(true);
    }
    retain_flagged(&mut providers, &keep);

    // Which models and offers stay is decided on borrowed ids (no copy of every key).
    let mut model_ids: HashSet<&str> = HashSet::with_capacity_and_hasher(models.len(), Default::default());
    let model_verdicts: Vec<Option<&'static str>> = models.iter().map(|m| model_problem(m).or_else(|| (!model_ids.insert(&m.id)).then_some("duplicate model id"))).collect();
    let mut offer_keys: HashSet<(&str, &str, &str)> = HashSet::with_capacity_and_hasher(offers.len(), Default::default());
    let offer_verdicts: Vec<Option<String>> = offers
        .iter()
        .map(|o| {
            if !model_ids.contains(o.model.as_str()) {
                Some(format!("unknown model `{}`", o.model))
            } else if !provider_ids.contains(&o.provider) {
                Some(format!("unknown provider `{}`", o.provider))
            } else if o.provider_model_id.trim().is_empty() {
                Some("empty provider model id".to_owned())
            } else if !offer_keys.insert((&o.provider, &o.provider_model_id, &o.service_tier)) {
                Some("duplicate offer (same provider, model id and service tier)".to_owned())
            } else {
                offer_problem(o)
            }
        })
        .collect();
    std::mem::drop((model_ids, offer_keys));

    let bench_ok = |b: &Benchmark| is_http_url(&b.source) && b.date.as_deref().is_none_or(is_date) && b.score.is_finite() && !b.name.trim().is_empty();
    for (k, (m, reason)) in models.iter_mut().zip(&model_verdicts).enumerate() {
        let i = position(&positions.models, k);
        if let Some(reason) = reason {
            drop(format!("models[{i}]"), &m.id, reason);
            continue;
        }
        if !m.benchmarks.iter().all(bench_ok) {
            let (good, bad): (Vec<_>, Vec<_>) = std::mem::take(&mut m.benchmarks).into_iter().partition(|b| bench_ok(b));
            for b in bad {
                drop(format!("models[{i}].benchmarks"), &m.id, &format!("benchmark `{}` needs a name, a finite score, an http(s) source and a YYYY-MM-DD date if any", b.name));
            }
            m.benchmarks = good;
        }
        if m.weights_url.as_deref().is_some_and(|u| !is_http_url(u)) {
            drop(format!("models[{i}].weights_url"), &m.id, "not an http(s) link");
            m.weights_url = None;
        }
    }
    retain_flagged(&mut models, &model_verdicts.iter().map(Option::is_none).collect::<Vec<_>>());

    for (k, (o, reason)) in offers.iter().zip(&offer_verdicts).enumerate() {
        if let Some(reason) = reason {
            drop(format!("offers[{}]", position(&positions.offers, k)), &format!("{}/{}", o.provider, o.provider_model_id), reason);
        }
    }
    retain_flagged(&mut offers, &offer_verdicts.iter().map(Option::is_none).collect::<Vec<_>>());

    CatalogFile { schema_version, generated_at, sources, providers, models, offers }
}

/// Highest plausible price per 1M tokens (or per unit); above it a figure is a unit error, and
/// its entry is dropped and reported. The dearest real API prices are in the low hundreds.
pub const MAX_PRICE: f64 = 10_000.0;
/// Highest plausible token count (context window, output or input limit).
pub const MAX_TOKENS: u64 = 100_000_000;

/// A reason an offer's figures are unusable, if any.
pub fn offer_problem(o: &Offer) -> Option<String> {
    let p = &o.prices;
    for (name, v) in p.fields() {
        if let Some(v) = v {
            if !v.is_finite() || v < 0.0 {
                return Some(format!("price `{name}` is not a non-negative number ({v})"));
            }
            if v > MAX_PRICE {
                return Some(format!("price `{name}` of {v:e} per 1M tokens is above the plausible {MAX_PRICE}"));
            }
        }
    }
    if [o.context, o.max_input, o.max_output].iter().flatten().any(|n| *n > MAX_TOKENS) {
        return Some(format!("a token limit is above the plausible {MAX_TOKENS}"));
    }
    if !(o.currency.len() == 3 && o.currency.bytes().all(|b| b.is_ascii_uppercase())) {
        return Some(format!("currency `{}` is not an ISO 4217 code", o.currency));
    }
    if let Some(u) = o.unit_prices.iter().find(|u| !u.price.is_finite() || u.price < 0.0 || u.price > MAX_PRICE) {
        return Some(format!("price {} is not a non-negative number", u.unit.label()));
    }
    if o.region.as_deref().is_some_and(|r| !is_slug(r)) {
        return Some("region is not a slug".into());
    }
    if o.context == Some(0) || o.max_output == Some(0) {
        return Some("context or max output is 0 (unknown must be absent)".into());
    }
    let mut last = 0;
    for t in &o.tiers {
        if t.above <= last {
            return Some("long-context tiers are not ascending".into());
        }
        last = t.above;
        for v in [t.input, t.output, t.cache_read].into_iter().flatten() {
            if !(0.0..=MAX_PRICE).contains(&v) {
                return Some(format!("tier above {} has a price that is not a non-negative number", t.above));
            }
        }
    }
    for h in &o.hours {
        if !is_hhmm(&h.from) || !is_hhmm(&h.to) || h.from == h.to {
            return Some(format!("hours `{}`–`{}` are not two different HH:MM times", h.from, h.to));
        }
        for v in [h.input, h.output, h.cache_read].into_iter().flatten() {
            if !(0.0..=MAX_PRICE).contains(&v) {
                return Some(format!("hours {} have a price that is not a non-negative number", h.label()));
            }
        }
    }
    for h in &o.history {
        for v in [h.input, h.output].into_iter().flatten() {
            if !(0.0..=MAX_PRICE).contains(&v) {
                return Some(format!("history point {} has a price that is not a non-negative number", h.date));
            }
        }
    }
    if !is_date(&o.as_of) {
        return Some(format!("as_of `{}` is not a YYYY-MM-DD date", o.as_of));
    }
    None
}

/// Why a model cannot be kept, if it cannot (duplicates are checked by the caller).
fn model_problem(m: &Model) -> Option<&'static str> {
    if !is_slug(&m.id) {
        Some("model id is empty or not a slug")
    } else if m.name.trim().is_empty() {
        Some("model has no name")
    } else if m.context == Some(0) || m.max_output == Some(0) {
        Some("context or max output is 0 (unknown must be absent)")
    } else if [m.context, m.max_input, m.max_output].iter().flatten().any(|n| *n > MAX_TOKENS) {
        Some("a token limit is above the plausible 100,000,000")
    } else if [m.params_b, m.active_params_b].iter().flatten().any(|p| !(p.is_finite() && *p > 0.0)) {
        Some("parameter count is not a positive number")
    } else {
        None
    }
}

/// `HH:MM`, 00:00 to 23:59.
fn is_hhmm(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5 && b[2] == b':' && s[..2].parse::<u8>().is_ok_and(|h| h < 24) && s[3..].parse::<u8>().is_ok_and(|m| m < 60) && b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit)
}

/// `a-z 0-9 . _ -` only, starting with a letter or digit.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
}

/// `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Decoded entries before validation, with each one's position in the file where decoding left
/// some out (the lenient path); `None`: entry k is the file's k-th.
pub struct CatalogFileIndexed {
    pub file: CatalogFile,
    pub positions: Positions,
}

/// Each array's entries' positions in the file, where they differ from their index.
#[derive(Default)]
pub struct Positions {
    pub sources: Option<Vec<usize>>,
    pub providers: Option<Vec<usize>>,
    pub models: Option<Vec<usize>>,
    pub offers: Option<Vec<usize>>,
}

/// Entry `k`'s position in the file.
fn position(of: &Option<Vec<usize>>, k: usize) -> usize {
    of.as_ref().and_then(|v| v.get(k).copied()).unwrap_or(k)
}

impl From<CatalogFile> for CatalogFileIndexed {
    fn from(file: CatalogFile) -> Self {
        Self { file, positions: Positions::default() }
    }
}

/// A loaded, validated catalog with lookups. Hold it in an `Arc`; never clone it.
#[derive(Debug)]
pub struct Catalog {
    pub file: CatalogFile,
    /// Everything left out while loading, in file order.
    pub dropped: Vec<Dropped>,
    model_index: HashMap<String, usize>,
    /// Other slugs (aliases) → the model that carries them.
    alias_index: HashMap<String, usize>,
    provider_index: HashMap<String, usize>,
    offers_by_model: Vec<Vec<usize>>,
    /// Per model: distinct providers, and the cheapest offer (both asked on every keystroke).
    provider_counts: Vec<usize>,
    cheapest: Vec<Option<usize>>,
}

impl Catalog {
    /// Validates an in-memory file (used by the importer and tests).
    pub fn from_file(file: CatalogFile) -> Self {
        let mut dropped = Vec::new();
        let file = validate(file.into(), &mut dropped);
        Self::indexed(file, dropped)
    }

    fn indexed(file: CatalogFile, dropped: Vec<Dropped>) -> Self {
        let model_index: HashMap<_, _> = file.models.iter().enumerate().map(|(i, m)| (m.id.clone(), i)).collect();
        let mut alias_index = HashMap::default();
        for (i, m) in file.models.iter().enumerate() {
            for a in &m.aliases {
                if !model_index.contains_key(a) {
                    alias_index.entry(a.clone()).or_insert(i);
                }
            }
        }
        let provider_index = file.providers.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        let mut offers_by_model = vec![Vec::new(); file.models.len()];
        for (i, o) in file.offers.iter().enumerate() {
            if let Some(&m) = model_index.get(&o.model) {
                offers_by_model[m].push(i);
            }
        }
        let mut c = Self { file, dropped, model_index, alias_index, provider_index, offers_by_model, provider_counts: Vec::new(), cheapest: Vec::new() };
        c.provider_counts = (0..c.file.models.len()).map(|i| c.offers_of(i).map(|o| o.provider.as_str()).collect::<HashSet<_>>().len()).collect();
        let today = c.today().to_owned();
        c.cheapest = (0..c.file.models.len()).map(|i| c.shown_offer_index(i, &today, |_| true)).collect();
        c
    }

    pub fn models(&self) -> &[Model] {
        &self.file.models
    }
    pub fn offers(&self) -> &[Offer] {
        &self.file.offers
    }
    pub fn providers(&self) -> &[Provider] {
        &self.file.providers
    }
    pub fn model_index(&self, id: &str) -> Option<usize> {
        self.model_index.get(id).copied()
    }
    /// The model a slug names: its own id, else one of its aliases (an old or other spelling).
    pub fn resolve(&self, slug: &str) -> Option<usize> {
        self.model_index(slug).or_else(|| self.alias_index.get(slug).copied())
    }
    /// The catalog's date (`YYYY-MM-DD` of `generated_at`): offers deprecated before it are retired.
    pub fn today(&self) -> &str {
        self.file.generated_at.get(..10).unwrap_or("")
    }
    /// Whether the model is retired (every offer retired; the importer sets `retired`).
    pub fn is_retired(&self, model_index: usize) -> bool {
        self.file.models.get(model_index).is_some_and(|m| m.retired.is_some())
    }
    pub fn model(&self, id: &str) -> Option<&Model> {
        self.model_index(id).map(|i| &self.file.models[i])
    }
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.provider_index.get(id).map(|&i| &self.file.providers[i])
    }
    /// A provider's display name; its id when the catalog does not list it.
    pub fn provider_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.provider(id).map_or(id, |p| p.name.as_str())
    }
    pub fn source(&self, id: &str) -> Option<&SourceInfo> {
        self.file.sources.iter().find(|s| s.id == id)
    }
    /// Offers of the model at `model_index`, in file order.
    pub fn offers_of(&self, model_index: usize) -> impl Iterator<Item = &Offer> {
        self.offers_by_model.get(model_index).into_iter().flatten().map(|&i| &self.file.offers[i])
    }
    /// How many distinct providers serve the model at `model_index`.
    pub fn provider_count(&self, model_index: usize) -> usize {
        self.provider_counts.get(model_index).copied().unwrap_or(0)
    }
    /// The offer a model's headline, row and "cheapest" mark show: [`Catalog::shown_offer_index`]
    /// over all its offers (computed once when the catalog loads).
    pub fn cheapest_offer(&self, model_index: usize) -> Option<&Offer> {
        self.cheapest.get(model_index).copied().flatten().map(|k| &self.file.offers[k])
    }
    /// Index of [`Catalog::cheapest_offer`] (computed once when the catalog loads).
    pub fn cheapest_index(&self, model_index: usize) -> Option<usize> {
        self.cheapest.get(model_index).copied().flatten()
    }
    /// Index of the offer shown for a model among those `keep` accepts, by the lowest blended
    /// (50/50) US-dollar price with both prices known, from the first of these that has one:
    /// current paid offers a source confirmed within [`STALE_DAYS`](crate::freshness::STALE_DAYS)
    /// of `today`, of the standard tier, then of any tier (a reseller's coding-plan channel,
    /// [`PLAN_TIER`](crate::PLAN_TIER), only where no standard one is); any current offer (paid
    /// before $0: a rate-limited free tier is the cheapest only when nothing is paid); any offer
    /// (a retired model keeps its last price). A price no source has confirmed for months stays
    /// in the offers table, marked stale, but does not headline the model while a confirmed one exists.
    pub fn shown_offer_index(&self, model_index: usize, today: &str, keep: impl Fn(&Offer) -> bool) -> Option<usize> {
        let current = |o: &Offer| keep(o) && !o.is_retired(today);
        let paid = |o: &Offer| self.offer_price(model_index, o).is_some_and(|p| p > 0.0);
        let confirmed = |o: &Offer| current(o) && paid(o) && !crate::freshness::is_stale(&o.as_of, today);
        self.cheapest_offer_index(model_index, |o| confirmed(o) && o.is_standard_tier())
            .or_else(|| self.cheapest_offer_index(model_index, confirmed))
            .or_else(|| self.cheapest_offer_index(model_index, current))
            .or_else(|| self.cheapest_offer_index(model_index, &keep))
    }
    /// The price a model's offers compare by: the blended (50/50) price with both prices
    /// known; for a model priced by input alone ([`Kind::priced_by_input`]: embeddings,
    /// rerankers, classifiers), its input price.
    pub fn offer_price(&self, model_index: usize, o: &Offer) -> Option<f64> {
        match o.prices.output {
            Some(out) => Some(crate::money::blended(o.prices.input?, out, 0.5)),
            None if self.file.models.get(model_index)?.kind.priced_by_input() => o.prices.input,
            None => None,
        }
    }
    /// Index (into [`Catalog::offers`]) of the cheapest offer among the model's offers that
    /// `keep` accepts: the lowest [`Catalog::offer_price`] in US dollars, paid before $0.
    /// Among offers at one price ([`SAME_PRICE`]) the creator's own API's, else the first in file order.
    pub fn cheapest_offer_index(&self, model_index: usize, keep: impl Fn(&Offer) -> bool) -> Option<usize> {
        self.cheapest_kept(model_index, &keep)
    }
    /// [`Catalog::cheapest_offer_index`] behind one `dyn` filter, so the wasm holds one copy
    /// of it rather than one per caller's closure.
    fn cheapest_kept(&self, model_index: usize, keep: &dyn Fn(&Offer) -> bool) -> Option<usize> {
        let priced = || {
            self.offer_indices_of(model_index)
                .iter()
                .map(|&k| (k, &self.file.offers[k]))
                .filter(|(_, o)| o.is_usd() && keep(o))
                .filter_map(|(k, o)| Some((self.offer_price(model_index, o)?, k)))
        };
        let (best, k) = priced().min_by(|a, b| (a.0 == 0.0).cmp(&(b.0 == 0.0)).then(a.0.total_cmp(&b.0)))?;
        let ties = || priced().filter(move |(p, _)| best > 0.0 && (p - best).abs() <= SAME_PRICE * best);
        if ties().nth(1).is_none() {
            return Some(k);
        }
        let own = self.creator_provider(model_index).map(|p| p.id.as_str());
        Some(ties().find(|(_, t)| Some(self.file.offers[*t].provider.as_str()) == own).map_or(k, |(_, t)| t))
    }
    /// The provider that is the model's creator selling its own API, where the catalog lists
    /// one: a provider named as the creator (Anthropic, OpenAI, Mistral, DeepSeek…), else one
    /// whose `maker` names it ("Google (Gemini API)" is Google's).
    pub fn creator_provider(&self, model_index: usize) -> Option<&Provider> {
        let creator = &self.file.models.get(model_index)?.creator;
        let providers = &self.file.providers;
        providers.iter().find(|p| p.name.eq_ignore_ascii_case(creator)).or_else(|| providers.iter().find(|p| p.maker.as_deref() == Some(creator)))
    }
    /// The creator's own offer, chosen as [`Catalog::shown_offer_index`] chooses among its
    /// offers: the list price to read a reseller's headline price against. An offer the creator
    /// has retired is no list price while the model is still sold elsewhere.
    pub fn creator_offer(&self, model_index: usize, today: &str) -> Option<&Offer> {
        let own = &self.creator_provider(model_index)?.id;
        let retired_model = self.is_retired(model_index);
        self.shown_offer_index(model_index, today, |o| o.provider == *own && (retired_model || !o.is_retired(today))).map(|k| &self.file.offers[k])
    }
    /// Whether any API in the catalog serves the model (an open-weight model published
    /// only to self-host has no offer).
    pub fn is_served(&self, model_index: usize) -> bool {
        !self.offer_indices_of(model_index).is_empty()
    }
    /// Indices (into [`Catalog::offers`]) of the model's offers, in file order.
    pub fn offer_indices_of(&self, model_index: usize) -> &[usize] {
        self.offers_by_model.get(model_index).map_or(&[], Vec::as_slice)
    }
    /// Whether `provider` has several offers of the model (regions, routes, tiers): its ids,
    /// distinct within the model, tell them apart where a page lists them.
    pub fn has_several_offers(&self, model_index: usize, provider: &str) -> bool {
        self.offer_indices_of(model_index).iter().filter(|&&k| self.offers()[k].provider == provider).nth(1).is_some()
    }
}
