//! Monthly cost of a workload at an offer, line by line, and the ranking of
//! every offer that can serve it.
//!
//! The rule (each line is `tokens per month × price per 1M ÷ 1M`):
//! - requests per month = requests per day × days per month;
//! - a request's prompt is its input tokens; once the prompt passes a
//!   long-context tier's threshold, that tier's prices apply to the whole
//!   request (input, cached input and output), falling back to the standard
//!   figure for a price the tier does not list;
//! - of the input, the cached share is billed at the cached-input price and the
//!   cache-write share at the cache-write price (each at the input price where
//!   the offer lists none); the rest at the input price;
//! - output tokens at the output price; reasoning tokens are output, at the
//!   reasoning price where one is listed, else the output price;
//! - images at the per-image price where one is listed (otherwise not counted,
//!   and said so);
//! - the batch share of requests gets the offer's batch discount: the ratio
//!   batch ÷ standard price (input side and output side), applied to that share
//!   of every token line. Offers without batch prices give no discount.

use crate::{
    catalog::{Capability, Offer},
    parse::Catalog,
};

/// What a workload needs, per request and per month. Shares are fractions in `0..=1`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workload {
    pub requests_per_day: f64,
    pub days_per_month: f64,
    pub input_tokens: f64,
    pub output_tokens: f64,
    /// Share of input tokens read from the prompt cache.
    pub cached_share: f64,
    /// Share of input tokens written to the prompt cache.
    pub cache_write_share: f64,
    /// Share of requests sent through a batch API.
    pub batch_share: f64,
    /// Reasoning ("thinking") tokens per request, billed as output.
    pub reasoning_tokens: f64,
    /// Input images per request.
    pub images: f64,
}

impl Default for Workload {
    fn default() -> Self {
        Workload {
            requests_per_day: 1000.0,
            days_per_month: 30.0,
            input_tokens: 2000.0,
            output_tokens: 500.0,
            cached_share: 0.0,
            cache_write_share: 0.0,
            batch_share: 0.0,
            reasoning_tokens: 0.0,
            images: 0.0,
        }
    }
}

impl Workload {
    pub fn requests_per_month(&self) -> f64 {
        self.requests_per_day * self.days_per_month
    }
    /// A monthly total spread over the month's requests; `None` without requests.
    pub fn per_request(&self, monthly: f64) -> Option<f64> {
        let n = self.requests_per_month();
        (n > 0.0).then(|| monthly / n)
    }
    /// Tokens a request needs the context window to hold: input, output and reasoning.
    pub fn tokens_per_request(&self) -> f64 {
        self.input_tokens + self.output_tokens + self.reasoning_tokens
    }
    /// The workload in words, every field's value: what a ranking prices.
    pub fn describe(&self) -> String {
        let n = |x: f64| crate::money::format_int(x.round().max(0.0) as u64);
        let pct = |x: f64| format!("{}%", (x * 100.0).round());
        format!(
            "{} requests a day for {} days, {} input and {} output tokens a request, {} reasoning tokens, {} cached, {} written to the cache, {} through batch, {} images",
            n(self.requests_per_day),
            n(self.days_per_month),
            n(self.input_tokens),
            n(self.output_tokens),
            n(self.reasoning_tokens),
            pct(self.cached_share),
            pct(self.cache_write_share),
            pct(self.batch_share),
            n(self.images)
        )
    }
}

/// The workload a ranking prices while the fields are as typed: the typed one when
/// every field parses, else `last_valid` (the previous valid workload; the defaults
/// with the valid fields applied when there has been none). Never a silent substitute:
/// the page says which workload this is whenever `errors` is not empty.
pub fn priced_workload(typed: &(Workload, Vec<(Field, String)>), last_valid: Option<&Workload>) -> Workload {
    if typed.1.is_empty() {
        typed.0.clone()
    } else {
        last_valid.cloned().unwrap_or_else(|| typed.0.clone())
    }
}

/// One line of a breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LineKind {
    Input,
    CacheRead,
    CacheWrite,
    Output,
    Reasoning,
    Images,
    /// The batch discount, a saving subtracted from the sum of the lines above.
    BatchDiscount,
}

impl LineKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Input => "Input",
            Self::CacheRead => "Cached input (read)",
            Self::CacheWrite => "Cache write",
            Self::Output => "Output",
            Self::Reasoning => "Reasoning (billed as output)",
            Self::Images => "Images",
            Self::BatchDiscount => "Batch discount",
        }
    }
    /// Stable id for markup and tests.
    pub fn id(self) -> &'static str {
        match self {
            Self::Input => "input",
            Self::CacheRead => "cache_read",
            Self::CacheWrite => "cache_write",
            Self::Output => "output",
            Self::Reasoning => "reasoning",
            Self::Images => "images",
            Self::BatchDiscount => "batch_discount",
        }
    }
}

/// One line: `quantity` per month (tokens, or images) at `unit_price`
/// (USD per 1M tokens, or per image) gives `amount` (USD). For the batch
/// discount, `amount` is the saving and `quantity`/`unit_price` are unused.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    pub kind: LineKind,
    pub quantity: f64,
    pub unit_price: f64,
    pub amount: f64,
}

/// Something a reader of the breakdown must know about how it was priced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// The offer lists no cached-input price; cached tokens are billed as input.
    CacheReadAsInput,
    /// The offer lists no cache-write price; written tokens are billed as input.
    CacheWriteAsInput,
    /// The offer lists no per-image price; images are not counted.
    ImagesUnpriced,
    /// The offer lists no batch prices; the batch share pays standard prices.
    NoBatchPrice,
    /// A long-context tier applies; the batch ratio of standard prompts is assumed for it.
    BatchRatioAssumedForTier,
}

impl Note {
    pub fn text(self) -> &'static str {
        match self {
            Self::CacheReadAsInput => "No cached-input price listed: cached tokens are billed at the input price.",
            Self::CacheWriteAsInput => "No cache-write price listed: cache writes are billed at the input price.",
            Self::ImagesUnpriced => "No per-image price listed: images are not included (many providers bill them as input tokens).",
            Self::NoBatchPrice => "No batch price listed: the batch share is billed at standard prices.",
            Self::BatchRatioAssumedForTier => "Batch prices are listed for standard prompts; the same discount ratio is assumed above the long-context threshold.",
        }
    }
}

/// The monthly cost of a workload at one offer, line by line.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// The lines with a non-zero quantity, in [`LineKind`] order.
    pub lines: Vec<Line>,
    /// Sum of the lines, minus the batch discount. Finite and ≥ 0.
    pub total: f64,
    /// The long-context tier applied: its threshold in prompt tokens.
    pub tier_above: Option<u64>,
    pub notes: Vec<Note>,
}

/// Why an offer cannot be priced for a workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpriced {
    NoInputPrice,
    NoOutputPrice,
}

/// Monthly cost of `w` at offer `o`. Inputs are assumed valid (finite, ≥ 0,
/// shares in `0..=1`, cached + write ≤ 1), as [`parse_workload`] guarantees.
pub fn offer_cost(o: &Offer, w: &Workload) -> Result<Breakdown, Unpriced> {
    let (mut lines, mut notes) = (Vec::with_capacity(7), Vec::new());
    let (total, tier_above) = bill_into(o, w, &mut lines, &mut notes)?;
    Ok(Breakdown { lines, total, tier_above, notes })
}

/// [`offer_cost`] into caller-owned buffers (cleared first), returning the
/// total and the tier applied: the ranking reuses two buffers for every offer.
fn bill_into(o: &Offer, w: &Workload, lines: &mut Vec<Line>, notes: &mut Vec<Note>) -> Result<(f64, Option<u64>), Unpriced> {
    lines.clear();
    notes.clear();
    let p = &o.prices;
    let base_in = p.input.ok_or(Unpriced::NoInputPrice)?;
    let needs_output = w.output_tokens > 0.0 || (w.reasoning_tokens > 0.0 && p.reasoning.is_none());
    let base_out = match p.output {
        Some(x) => x,
        None if needs_output => return Err(Unpriced::NoOutputPrice),
        None => 0.0,
    };
    let tier = o.tiers.iter().rev().find(|t| w.input_tokens > t.above as f64);
    let input = tier.and_then(|t| t.input).unwrap_or(base_in);
    let output = tier.and_then(|t| t.output).unwrap_or(base_out);
    let cache_read = tier.and_then(|t| t.cache_read).or(p.cache_read);

    let n = w.requests_per_month();
    let tokens_in = w.input_tokens * n;
    let cached = tokens_in * w.cached_share;
    let written = tokens_in * w.cache_write_share;
    let fresh = (tokens_in - cached - written).max(0.0);
    let push = |lines: &mut Vec<Line>, kind, quantity: f64, unit_price: f64, per_million: bool| {
        if quantity > 0.0 {
            let amount = if per_million { quantity * unit_price / 1e6 } else { quantity * unit_price };
            lines.push(Line { kind, quantity, unit_price, amount });
        }
    };
    push(lines, LineKind::Input, fresh, input, true);
    if cached > 0.0 && cache_read.is_none() {
        notes.push(Note::CacheReadAsInput);
    }
    push(lines, LineKind::CacheRead, cached, cache_read.unwrap_or(input), true);
    if written > 0.0 && p.cache_write.is_none() {
        notes.push(Note::CacheWriteAsInput);
    }
    push(lines, LineKind::CacheWrite, written, p.cache_write.unwrap_or(input), true);
    push(lines, LineKind::Output, w.output_tokens * n, output, true);
    push(lines, LineKind::Reasoning, w.reasoning_tokens * n, p.reasoning.unwrap_or(output), true);
    if w.images > 0.0 && n > 0.0 && p.image.is_none() {
        notes.push(Note::ImagesUnpriced);
    }
    if let Some(img) = p.image {
        push(lines, LineKind::Images, w.images * n, img, false);
    }
    let sum: f64 = lines.iter().map(|l| l.amount).sum();

    let mut discount = 0.0;
    if w.batch_share > 0.0 && n > 0.0 {
        match (p.batch_input, p.batch_output) {
            (Some(bi), Some(bo)) => {
                // Discount ratios of standard prompts, never a surcharge.
                let keep_in = if base_in > 0.0 { (bi / base_in).min(1.0) } else { 1.0 };
                let keep_out = if base_out > 0.0 { (bo / base_out).min(1.0) } else { 1.0 };
                if tier.is_some() {
                    notes.push(Note::BatchRatioAssumedForTier);
                }
                let saved: f64 = lines
                    .iter()
                    .map(|l| match l.kind {
                        LineKind::Input | LineKind::CacheRead | LineKind::CacheWrite => l.amount * (1.0 - keep_in),
                        LineKind::Output | LineKind::Reasoning => l.amount * (1.0 - keep_out),
                        _ => 0.0,
                    })
                    .sum();
                discount = saved * w.batch_share;
            }
            _ => notes.push(Note::NoBatchPrice),
        }
    }
    if discount > 0.0 {
        lines.push(Line { kind: LineKind::BatchDiscount, quantity: w.batch_share, unit_price: 0.0, amount: discount });
    }
    Ok(((sum - discount).max(0.0), tier.map(|t| t.above)))
}

/// Which offers the calculator ranks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CostFilters {
    /// Capabilities the model must have.
    pub caps: Vec<Capability>,
    /// Provider ids to keep; empty keeps all.
    pub providers: Vec<String>,
    /// Keep $0 offers and free service tiers (usually rate-limited).
    pub include_free: bool,
    /// Keep resellers' coding-plan channels ([`PLAN_TIER`](crate::PLAN_TIER)): endpoints for
    /// coding tools, priced apart from the API.
    pub include_plans: bool,
    /// Rank every kind of model, not only chat models.
    pub all_kinds: bool,
    /// The month priced (`YYYY-MM`): announced price changes in effect by its first day apply.
    pub month: Option<String>,
}

/// The offer as priced in `month` (`YYYY-MM`): the latest announced change whose date is on or
/// before the month's first day replaces the input and output prices. Without one, the offer itself.
pub fn effective_offer<'a>(o: &'a Offer, month: Option<&str>) -> std::borrow::Cow<'a, Offer> {
    let Some(first_day) = month.filter(|m| is_month(m)).map(|m| format!("{m}-01")) else { return std::borrow::Cow::Borrowed(o) };
    match o.scheduled.iter().filter(|p| p.date <= first_day).max_by(|a, b| a.date.cmp(&b.date)) {
        Some(p) => {
            let mut e = o.clone();
            e.prices.input = p.input.or(e.prices.input);
            e.prices.output = p.output.or(e.prices.output);
            std::borrow::Cow::Owned(e)
        }
        None => std::borrow::Cow::Borrowed(o),
    }
}

/// `YYYY-MM`.
pub fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7 && b[4] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit()) && matches!(s[5..].parse::<u32>(), Ok(1..=12))
}

/// An offer in the ranking: its monthly total (its bill, line by line, is
/// [`offer_cost`] of the same offer and workload).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub offer: usize,
    pub model: usize,
    pub total: f64,
}

/// The ranking and how many offers were left out, by reason.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranking {
    pub ranked: Vec<Ranked>,
    /// Filtered out by capability or provider.
    pub filtered: usize,
    /// Context window (or max output) known and too small for a request.
    pub too_small: usize,
    /// Context window unknown, so it cannot be confirmed to fit.
    pub context_unknown: usize,
    /// A price the workload needs is missing.
    pub unpriced: usize,
    /// $0 offers or free tiers, left out unless asked for.
    pub free: usize,
    /// Coding-plan channels, left out unless asked for.
    pub plans: usize,
    /// Offers that bill input only ($0 output, paid input): embedding,
    /// reranking and transcription models, which do not write text.
    pub input_only: usize,
    /// Models that are not chat models (embedding, rerank, image, speech, guard, router…), unless widened.
    pub other_kind: usize,
    /// Offers past their deprecation date.
    pub retired: usize,
    /// Offers priced in another currency than USD (not converted, so not compared).
    pub other_currency: usize,
}

/// Whether an offer is free of charge (a free tier, or both prices $0).
pub fn is_free(o: &Offer) -> bool {
    o.service_tier == "free" || (o.prices.input == Some(0.0) && o.prices.output == Some(0.0))
}

/// Every offer that can serve `w`, cheapest monthly total first; ties by
/// model name, then provider id, then catalog order (a stable, total order).
pub fn rank(c: &Catalog, w: &Workload, f: &CostFilters) -> Ranking {
    let mut out = Ranking::default();
    let need = w.tokens_per_request();
    let need_out = w.output_tokens + w.reasoning_tokens;
    let (mut lines, mut notes) = (Vec::with_capacity(7), Vec::new());
    let today = c.today();
    for (mi, m) in c.models().iter().enumerate() {
        let caps_ok = f.caps.iter().all(|cap| m.capabilities.contains(cap));
        if !f.all_kinds && m.kind != crate::catalog::Kind::Chat {
            out.other_kind += c.offer_indices_of(mi).len();
            continue;
        }
        for &oi in c.offer_indices_of(mi) {
            let o = &c.offers()[oi];
            if o.is_retired(today) {
                out.retired += 1;
                continue;
            }
            if !o.is_usd() {
                out.other_currency += 1;
                continue;
            }
            if !caps_ok || (!f.providers.is_empty() && !f.providers.iter().any(|p| p == &o.provider)) {
                out.filtered += 1;
                continue;
            }
            if !f.include_free && is_free(o) {
                out.free += 1;
                continue;
            }
            if !f.include_plans && o.service_tier == crate::PLAN_TIER {
                out.plans += 1;
                continue;
            }
            if need_out > 0.0 && o.prices.output == Some(0.0) && o.prices.input.is_some_and(|x| x > 0.0) {
                out.input_only += 1;
                continue;
            }
            // With no window stated, the input limit bounds the whole request: it is the window
            // where a source gives one as the other, and never more than the window.
            match o.context.or(m.context).or(o.max_input).or(m.max_input) {
                None => {
                    out.context_unknown += 1;
                    continue;
                }
                Some(ctx) if (ctx as f64) < need => {
                    out.too_small += 1;
                    continue;
                }
                _ => {}
            }
            if o.max_output.or(m.max_output).is_some_and(|mo| (mo as f64) < need_out) {
                out.too_small += 1;
                continue;
            }
            let o = effective_offer(o, f.month.as_deref());
            match bill_into(&o, w, &mut lines, &mut notes) {
                Ok((total, _)) => out.ranked.push(Ranked { offer: oi, model: mi, total }),
                Err(_) => out.unpriced += 1,
            }
        }
    }
    let models = c.models();
    let offers = c.offers();
    crate::order::sort_by(&mut out.ranked, |a, b| {
        a.total
            .total_cmp(&b.total)
            .then_with(|| models[a.model].name.cmp(&models[b.model].name))
            .then_with(|| offers[a.offer].provider.cmp(&offers[b.offer].provider))
            .then_with(|| a.offer.cmp(&b.offer))
    });
    out
}

/// A workload input of the calculator, as held in the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    RequestsPerDay,
    DaysPerMonth,
    InputTokens,
    OutputTokens,
    CachedPercent,
    CacheWritePercent,
    BatchPercent,
    ReasoningTokens,
    Images,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Self::RequestsPerDay,
        Self::DaysPerMonth,
        Self::InputTokens,
        Self::OutputTokens,
        Self::CachedPercent,
        Self::CacheWritePercent,
        Self::BatchPercent,
        Self::ReasoningTokens,
        Self::Images,
    ];
    /// URL query key.
    pub fn key(self) -> &'static str {
        match self {
            Self::RequestsPerDay => "rpd",
            Self::DaysPerMonth => "days",
            Self::InputTokens => "in",
            Self::OutputTokens => "out",
            Self::CachedPercent => "cached",
            Self::CacheWritePercent => "write",
            Self::BatchPercent => "batch",
            Self::ReasoningTokens => "reasoning",
            Self::Images => "images",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::RequestsPerDay => "Requests per day",
            Self::DaysPerMonth => "Days per month",
            Self::InputTokens => "Input tokens per request",
            Self::OutputTokens => "Output tokens per request",
            Self::CachedPercent => "Cached input (% of input)",
            Self::CacheWritePercent => "Cache writes (% of input)",
            Self::BatchPercent => "Sent through batch API (% of requests)",
            Self::ReasoningTokens => "Reasoning tokens per request",
            Self::Images => "Images per request",
        }
    }
    /// The value of `w` for this field, as typed (percent for shares).
    pub fn value_of(self, w: &Workload) -> f64 {
        match self {
            Self::RequestsPerDay => w.requests_per_day,
            Self::DaysPerMonth => w.days_per_month,
            Self::InputTokens => w.input_tokens,
            Self::OutputTokens => w.output_tokens,
            Self::CachedPercent => w.cached_share * 100.0,
            Self::CacheWritePercent => w.cache_write_share * 100.0,
            Self::BatchPercent => w.batch_share * 100.0,
            Self::ReasoningTokens => w.reasoning_tokens,
            Self::Images => w.images,
        }
    }
    fn set(self, w: &mut Workload, x: f64) {
        match self {
            Self::RequestsPerDay => w.requests_per_day = x,
            Self::DaysPerMonth => w.days_per_month = x,
            Self::InputTokens => w.input_tokens = x,
            Self::OutputTokens => w.output_tokens = x,
            Self::CachedPercent => w.cached_share = x / 100.0,
            Self::CacheWritePercent => w.cache_write_share = x / 100.0,
            Self::BatchPercent => w.batch_share = x / 100.0,
            Self::ReasoningTokens => w.reasoning_tokens = x,
            Self::Images => w.images = x,
        }
    }
    fn max(self) -> f64 {
        match self {
            Self::CachedPercent | Self::CacheWritePercent | Self::BatchPercent => 100.0,
            Self::DaysPerMonth => 31.0,
            Self::InputTokens | Self::OutputTokens | Self::ReasoningTokens => 100_000_000.0,
            Self::RequestsPerDay => 1e12,
            Self::Images => 10_000.0,
        }
    }
}

/// Parses one field as typed: a finite number ≥ 0 and within its range
/// (`1,000`, `2k` and `1.5M` are accepted for counts).
pub fn parse_field(field: Field, s: &str) -> Result<f64, String> {
    parse_number(s, field.max())
}

/// Parses a number a person typed into a form: finite, ≥ 0 and at most `max`;
/// thousands separators, a trailing `%` and `k`/`M` suffixes are accepted. The
/// error is a message to show next to the field.
pub fn parse_number(s: &str, max: f64) -> Result<f64, String> {
    let t = s.trim().replace([',', '_'], "").to_ascii_lowercase();
    let t = t.trim_end_matches('%');
    let (num, mult) = if let Some(n) = t.strip_suffix('k') {
        (n, 1e3)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 1e6)
    } else {
        (t, 1.0)
    };
    let x = match num.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => x * mult,
        _ => return Err(format!("“{}” is not a number.", s.trim())),
    };
    if x < 0.0 {
        return Err("Enter zero or more.".into());
    }
    if x > max {
        return Err(format!("At most {}.", crate::money::format_int(max as u64)));
    }
    Ok(x)
}

/// The workload from the typed fields (`get` returns a field's text, `None`
/// for the default), with a message per field that does not parse. A field
/// with an error keeps its default value in the returned workload.
pub fn parse_workload(get: impl Fn(Field) -> Option<String>) -> (Workload, Vec<(Field, String)>) {
    let mut w = Workload::default();
    let mut errors = Vec::new();
    for field in Field::ALL {
        if let Some(text) = get(field) {
            match parse_field(field, &text) {
                Ok(x) => field.set(&mut w, x),
                Err(e) => errors.push((field, e)),
            }
        }
    }
    if w.cached_share + w.cache_write_share > 1.0 + 1e-9 {
        errors.push((Field::CacheWritePercent, "Cached and cache-write shares together cannot pass 100%.".into()));
        w.cache_write_share = 0.0;
    }
    (w, errors)
}

/// The calculator's whole state as held in the URL: each field as typed
/// (absent = default), the preselected model and the filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CostQuery {
    pub fields: std::collections::BTreeMap<Field, String>,
    pub model: Option<String>,
    pub filters: CostFilters,
}

/// URL keys of the calculator besides the fields.
pub const KEY_MODEL: &str = "model";
pub const KEY_CAP: &str = "cap";
pub const KEY_PROVIDER: &str = "provider";
pub const KEY_FREE: &str = "free";
pub const KEY_PLANS: &str = "plans";
pub const KEY_ALL_KINDS: &str = "kinds";
pub const KEY_MONTH: &str = "month";

impl CostQuery {
    /// Reads the state from URL query values.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let list = |k| -> Vec<String> { get(k).map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default() };
        CostQuery {
            fields: Field::ALL.iter().filter_map(|f| get(f.key()).map(|v| (*f, v))).collect(),
            model: get(KEY_MODEL).filter(|s| !s.is_empty()),
            filters: CostFilters {
                caps: list(KEY_CAP).iter().filter_map(|id| Capability::ALL.into_iter().find(|c| c.id() == id)).collect(),
                providers: list(KEY_PROVIDER),
                include_free: get(KEY_FREE).is_some_and(|v| v == "1"),
                include_plans: get(KEY_PLANS).is_some_and(|v| v == "1"),
                all_kinds: get(KEY_ALL_KINDS).is_some_and(|v| v == "all"),
                month: get(KEY_MONTH).filter(|m| is_month(m)),
            },
        }
    }
    /// The state as URL query pairs, in a fixed order; defaults are left out.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(m) = &self.model {
            out.push((KEY_MODEL, m.clone()));
        }
        for (f, v) in &self.fields {
            out.push((f.key(), v.clone()));
        }
        if !self.filters.caps.is_empty() {
            out.push((KEY_CAP, self.filters.caps.iter().map(|c| c.id()).collect::<Vec<_>>().join(",")));
        }
        if !self.filters.providers.is_empty() {
            out.push((KEY_PROVIDER, self.filters.providers.join(",")));
        }
        if self.filters.all_kinds {
            out.push((KEY_ALL_KINDS, "all".into()));
        }
        if self.filters.include_free {
            out.push((KEY_FREE, "1".into()));
        }
        if self.filters.include_plans {
            out.push((KEY_PLANS, "1".into()));
        }
        if let Some(m) = &self.filters.month {
            out.push((KEY_MONTH, m.clone()));
        }
        out
    }
    /// The workload and the message of each field that does not parse.
    pub fn workload(&self) -> (Workload, Vec<(Field, String)>) {
        parse_workload(|f| self.fields.get(&f).cloned())
    }
    /// Replaces the fields with a preset's values (others back to defaults).
    pub fn apply(&mut self, preset: &Preset) {
        self.fields = preset.values.iter().map(|(f, v)| (*f, (*v).to_string())).collect();
    }
}

/// A common workload, to start from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    /// Field values, as typed.
    pub values: &'static [(Field, &'static str)],
}

/// Illustrative workloads (assumptions, not measurements; every value is editable).
pub const PRESETS: [Preset; 5] = [
    Preset {
        id: "chatbot",
        name: "Support chatbot",
        values: &[(Field::RequestsPerDay, "30000"), (Field::InputTokens, "2000"), (Field::OutputTokens, "500"), (Field::CachedPercent, "60")],
    },
    Preset {
        id: "rag",
        name: "RAG over documents",
        values: &[(Field::RequestsPerDay, "5000"), (Field::InputTokens, "12000"), (Field::OutputTokens, "600"), (Field::CachedPercent, "20")],
    },
    Preset {
        id: "coding-agent",
        name: "Coding agent",
        values: &[
            (Field::RequestsPerDay, "2000"),
            (Field::InputTokens, "40000"),
            (Field::OutputTokens, "1500"),
            (Field::CachedPercent, "80"),
            (Field::CacheWritePercent, "10"),
            (Field::ReasoningTokens, "2000"),
        ],
    },
    Preset {
        id: "batch-classify",
        name: "Nightly batch classification",
        values: &[(Field::RequestsPerDay, "100000"), (Field::InputTokens, "800"), (Field::OutputTokens, "20"), (Field::BatchPercent, "100")],
    },
    Preset {
        id: "ocr",
        name: "Invoice OCR (vision)",
        values: &[(Field::RequestsPerDay, "3000"), (Field::InputTokens, "1500"), (Field::OutputTokens, "400"), (Field::Images, "1")],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{PriceTier, Prices};

    fn offer(prices: Prices, tiers: Vec<PriceTier>) -> Offer {
        serde_json::from_value::<Offer>(serde_json::json!({
            "model": "m", "provider": "p", "provider_model_id": "m", "as_of": "2026-11-20", "source": "s"
        }))
        .map(|mut o| {
            o.prices = prices;
            o.tiers = tiers;
            o
        })
        .unwrap()
    }

    fn w(rpd: f64, input: f64, output: f64) -> Workload {
        Workload { requests_per_day: rpd, days_per_month: 30.0, input_tokens: input, output_tokens: output, ..Workload::default() }
    }

    fn line(b: &Breakdown, k: LineKind) -> Option<f64> {
        b.lines.iter().find(|l| l.kind == k).map(|l| l.amount)
    }

    #[test]
    fn seed_fifty_fifty_example() {
        // 1M tokens at 50/50: 500k in, 500k out, as one request.
        let o = offer(Prices { input: Some(0.075), output: Some(0.2), ..Default::default() }, vec![]);
        let b = offer_cost(&o, &Workload { requests_per_day: 1.0, days_per_month: 1.0, input_tokens: 500_000.0, output_tokens: 500_000.0, ..Workload::default() }).unwrap();
        assert!((b.total - 0.1375).abs() < 1e-12, "{}", b.total);
    }

    #[test]
    fn worked_example_with_cache_batch_and_reasoning() {
        // 1,000 req/day × 30 days = 30,000 requests.
        // 2,000 in: 60% cached (36M tokens), 10% written (6M), 30% fresh (18M); 500 out (15M); 100 reasoning (3M).
        // $3 in, $15 out, $0.30 cache read, $3.75 write: 54 + 10.8 + 22.5 + 225 + 45 = 357.30.
        // Half the requests via batch at $1.50/$7.50 (ratio 0.5 both sides): saves 357.30 × 0.5 × 0.5 = 89.325.
        let o = offer(
            Prices { input: Some(3.0), output: Some(15.0), cache_read: Some(0.3), cache_write: Some(3.75), batch_input: Some(1.5), batch_output: Some(7.5), ..Default::default() },
            vec![],
        );
        let wl = Workload { cached_share: 0.6, cache_write_share: 0.1, batch_share: 0.5, reasoning_tokens: 100.0, ..w(1000.0, 2000.0, 500.0) };
        let b = offer_cost(&o, &wl).unwrap();
        let close = |a: Option<f64>, e: f64| assert!((a.unwrap() - e).abs() < 1e-9, "{a:?} vs {e}");
        close(line(&b, LineKind::Input), 54.0);
        close(line(&b, LineKind::CacheRead), 10.8);
        close(line(&b, LineKind::CacheWrite), 22.5);
        close(line(&b, LineKind::Output), 225.0);
        close(line(&b, LineKind::Reasoning), 45.0);
        close(line(&b, LineKind::BatchDiscount), 89.325);
        assert!((b.total - 267.975).abs() < 1e-9, "{}", b.total);
        assert!(b.notes.is_empty());
    }

    #[test]
    fn long_context_tier_prices_the_whole_request() {
        let tiers = vec![PriceTier { above: 200_000, input: Some(6.0), output: Some(22.5), cache_read: None }];
        let o = offer(Prices { input: Some(3.0), output: Some(15.0), ..Default::default() }, tiers);
        // At the threshold: standard. 1 request/day, 1 day.
        let at = offer_cost(&o, &Workload { days_per_month: 1.0, ..w(1.0, 200_000.0, 1000.0) }).unwrap();
        assert_eq!(at.tier_above, None);
        assert!((at.total - (0.6 + 0.015)).abs() < 1e-12);
        // One token past it: every token at the tier's prices.
        let past = offer_cost(&o, &Workload { days_per_month: 1.0, ..w(1.0, 200_001.0, 1000.0) }).unwrap();
        assert_eq!(past.tier_above, Some(200_000));
        assert!((past.total - (200_001.0 * 6.0 / 1e6 + 1000.0 * 22.5 / 1e6)).abs() < 1e-12);
    }

    #[test]
    fn missing_prices_are_said_not_guessed() {
        let o = offer(Prices { input: Some(1.0), output: Some(2.0), ..Default::default() }, vec![]);
        let wl = Workload { cached_share: 0.5, batch_share: 0.5, images: 2.0, ..w(10.0, 1000.0, 100.0) };
        let b = offer_cost(&o, &wl).unwrap();
        assert_eq!(b.notes, [Note::CacheReadAsInput, Note::ImagesUnpriced, Note::NoBatchPrice]);
        // Cache billed as input, no discount, no image line: plain 1000 in + 100 out × 300 requests.
        assert!((b.total - (300.0 * 1000.0 * 1.0 + 300.0 * 100.0 * 2.0) / 1e6).abs() < 1e-12);
        assert_eq!(offer_cost(&offer(Prices { output: Some(1.0), ..Default::default() }, vec![]), &wl), Err(Unpriced::NoInputPrice));
        assert_eq!(offer_cost(&offer(Prices { input: Some(1.0), ..Default::default() }, vec![]), &wl), Err(Unpriced::NoOutputPrice));
        // Output price not needed when nothing is written out.
        assert!(offer_cost(&offer(Prices { input: Some(1.0), ..Default::default() }, vec![]), &w(10.0, 1000.0, 0.0)).is_ok());
    }

    #[test]
    fn images_priced_per_image() {
        let o = offer(Prices { input: Some(1.0), output: Some(2.0), image: Some(0.001), ..Default::default() }, vec![]);
        let b = offer_cost(&o, &Workload { images: 2.0, ..w(100.0, 0.0, 0.0) }).unwrap();
        assert!((line(&b, LineKind::Images).unwrap() - 6.0).abs() < 1e-12); // 2 × 3,000 × $0.001
    }

    #[test]
    fn zero_requests_and_free_models_cost_nothing() {
        let o = offer(Prices { input: Some(3.0), output: Some(15.0), ..Default::default() }, vec![]);
        let b = offer_cost(&o, &w(0.0, 2000.0, 500.0)).unwrap();
        assert_eq!((b.total, b.lines.len()), (0.0, 0));
        let free = offer(Prices { input: Some(0.0), output: Some(0.0), ..Default::default() }, vec![]);
        assert_eq!(offer_cost(&free, &w(1000.0, 2000.0, 500.0)).unwrap().total, 0.0);
        assert!(is_free(&free));
    }

    #[test]
    fn announced_changes_apply_from_their_month() {
        let mut o = offer(Prices { input: Some(1.0), output: Some(2.0), ..Default::default() }, vec![]);
        o.scheduled = vec![crate::catalog::PricePoint { date: "2026-12-01".into(), input: Some(1.5), output: Some(3.0), source: "genai-prices".into(), until: false }];
        let wl = w(10.0, 1000.0, 1000.0);
        let now = offer_cost(&o, &wl).unwrap().total;
        assert_eq!(effective_offer(&o, Some("2026-11")).prices.input, Some(1.0), "before the change");
        assert_eq!(effective_offer(&o, Some("2026-12")).prices.input, Some(1.5), "from its month on");
        assert_eq!(effective_offer(&o, Some("2027-01")).prices.output, Some(3.0));
        assert_eq!(effective_offer(&o, Some("not a month")).prices.input, Some(1.0));
        let later = offer_cost(&effective_offer(&o, Some("2026-12")), &wl).unwrap().total;
        assert!((later - now * 1.5).abs() < 1e-9, "every line 1.5x here: {now} -> {later}");
        assert!(is_month("2026-12") && !is_month("2026-13") && !is_month("2026-1"));
        let q = CostQuery::from_query(|k| (k == KEY_MONTH).then(|| "2027-01".to_string()));
        assert_eq!(q.filters.month.as_deref(), Some("2027-01"));
        assert!(q.to_query().contains(&(KEY_MONTH, "2027-01".to_string())));
    }

    #[test]
    fn an_invalid_field_keeps_the_last_valid_workload_and_says_it() {
        let typed = |rpd: &str| parse_workload(|f| (f == Field::RequestsPerDay).then(|| rpd.to_string()));
        let good = priced_workload(&typed("2500"), None);
        assert_eq!(good.requests_per_day, 2500.0);
        // "abc" does not replace 2,500 with the default 1,000: the last valid workload stands.
        let bad = typed("abc");
        assert!(!bad.1.is_empty());
        assert_eq!(priced_workload(&bad, Some(&good)).requests_per_day, 2500.0);
        // With no valid workload before (a link with rpd=abc), the valid fields and the defaults, said in words.
        let first = priced_workload(&bad, None);
        assert_eq!(first.requests_per_day, 1000.0);
        assert!(first.describe().starts_with("1,000 requests a day for 30 days, 2,000 input and 500 output tokens a request"), "{}", first.describe());
    }

    #[test]
    fn cost_is_linear_in_requests() {
        let o = offer(Prices { input: Some(0.4), output: Some(1.6), cache_read: Some(0.1), batch_input: Some(0.2), batch_output: Some(0.8), ..Default::default() }, vec![]);
        for (input, output, cached, batch) in [(100.0, 10.0, 0.0, 0.0), (5000.0, 700.0, 0.3, 0.5), (1.0, 1.0, 1.0, 1.0)] {
            let base = Workload { cached_share: cached, batch_share: batch, ..w(1.0, input, output) };
            let one = offer_cost(&o, &base).unwrap().total;
            for k in [2.0, 7.0, 1234.0] {
                let many = offer_cost(&o, &Workload { requests_per_day: k, ..base.clone() }).unwrap().total;
                assert!((many - k * one).abs() <= 1e-9 * many.max(1.0), "{many} vs {k}×{one}");
            }
        }
    }

    #[test]
    fn more_cache_never_costs_more_when_cache_is_not_dearer() {
        for (input, cache, batch_in) in [(3.0, 0.3, Some(1.5)), (1.0, 1.0, None), (0.5, 0.05, Some(0.25)), (2.0, 0.0, None)] {
            let o = offer(
                Prices { input: Some(input), output: Some(4.0), cache_read: Some(cache), batch_input: batch_in, batch_output: batch_in.map(|_| 2.0), ..Default::default() },
                vec![],
            );
            let mut last = f64::INFINITY;
            for step in 0..=10 {
                let wl = Workload { cached_share: step as f64 / 10.0, batch_share: 0.5, ..w(100.0, 3000.0, 200.0) };
                let t = offer_cost(&o, &wl).unwrap().total;
                assert!(t <= last + 1e-12, "cache share {step}0%: {t} > {last}");
                last = t;
            }
        }
    }

    #[test]
    fn parse_fields_and_messages() {
        assert_eq!(parse_field(Field::RequestsPerDay, "30k"), Ok(30_000.0));
        assert_eq!(parse_field(Field::InputTokens, "1,500"), Ok(1500.0));
        assert_eq!(parse_field(Field::CachedPercent, "60%"), Ok(60.0));
        assert_eq!(parse_field(Field::RequestsPerDay, "abc"), Err("“abc” is not a number.".into()));
        assert_eq!(parse_field(Field::RequestsPerDay, "-1"), Err("Enter zero or more.".into()));
        assert!(parse_field(Field::RequestsPerDay, "NaN").is_err());
        assert!(parse_field(Field::RequestsPerDay, "inf").is_err());
        assert_eq!(parse_field(Field::BatchPercent, "150"), Err("At most 100.".into()));
        assert_eq!(parse_number("two", 10.0), Err("“two” is not a number.".into()));
        assert_eq!(w(0.0, 1.0, 1.0).per_request(5.0), None);
        assert_eq!(w(10.0, 1.0, 1.0).per_request(30.0), Some(0.1));
        let (wl, errors) = parse_workload(|f| match f {
            Field::CachedPercent => Some("70".into()),
            Field::CacheWritePercent => Some("40".into()),
            Field::OutputTokens => Some("x".into()),
            _ => None,
        });
        assert_eq!(errors.len(), 2);
        assert_eq!((wl.cached_share, wl.cache_write_share, wl.output_tokens), (0.7, 0.0, 500.0));
        let mut q = CostQuery::from_query(|k| match k {
            "model" => Some("mistral-small-3.2-24b".into()),
            "in" => Some("3k".into()),
            "cap" => Some("tools,nope,vision".into()),
            "free" => Some("1".into()),
            "plans" => Some("1".into()),
            _ => None,
        });
        assert_eq!(q.workload().0.input_tokens, 3000.0);
        assert_eq!(q.filters.caps, [Capability::Tools, Capability::Vision]);
        assert!(q.filters.include_free && q.filters.include_plans);
        let pairs = q.to_query();
        let again = CostQuery::from_query(|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone()));
        assert_eq!(again, q, "URL round trip");
        q.apply(&PRESETS[0]);
        assert_eq!(q.workload().0.requests_per_day, 30_000.0);
        for preset in PRESETS {
            for (f, v) in preset.values {
                assert!(parse_field(*f, v).is_ok(), "{} {:?}", preset.id, f);
            }
        }
    }

    fn catalog() -> Catalog {
        let file: crate::catalog::CatalogFile = serde_json::from_value(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "p1", "name": "P1"}, {"id": "p2", "name": "P2"}],
            "models": [
                {"id": "big", "name": "Big", "creator": "X", "context": 200000, "capabilities": ["tools"]},
                {"id": "small", "name": "Small", "creator": "X", "context": 4000},
                {"id": "nctx", "name": "No context", "creator": "X"},
                {"id": "twin-b", "name": "Twin", "creator": "X", "context": 8000},
                {"id": "twin-a", "name": "Twin", "creator": "Y", "context": 8000}
            ],
            "offers": [
                {"model": "big", "provider": "p1", "provider_model_id": "big", "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "big", "provider": "p2", "provider_model_id": "big", "prices": {"input": 0.0, "output": 0.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "big", "provider": "p2", "provider_model_id": "cc-big", "service_tier": "coding-plan", "prices": {"input": 0.2, "output": 0.2}, "as_of": "2026-11-20", "source": "s"},
                {"model": "small", "provider": "p1", "provider_model_id": "small", "prices": {"input": 0.1, "output": 0.1}, "as_of": "2026-11-20", "source": "s"},
                {"model": "nctx", "provider": "p1", "provider_model_id": "nctx", "prices": {"input": 0.1, "output": 0.1}, "as_of": "2026-11-20", "source": "s"},
                {"model": "twin-b", "provider": "p2", "provider_model_id": "tb", "prices": {"input": 0.5, "output": 0.5}, "as_of": "2026-11-20", "source": "s"},
                {"model": "twin-a", "provider": "p1", "provider_model_id": "ta", "prices": {"input": 0.5, "output": 0.5}, "as_of": "2026-11-20", "source": "s"},
                {"model": "twin-a", "provider": "p2", "provider_model_id": "ta2", "prices": {"output": 0.5}, "as_of": "2026-11-20", "source": "s"},
                {"model": "twin-a", "provider": "p2", "provider_model_id": "embed", "prices": {"input": 0.02, "output": 0.0}, "as_of": "2026-11-20", "source": "s"}
            ]
        }))
        .unwrap();
        Catalog::from_file(file)
    }

    #[test]
    fn an_input_limit_bounds_the_request_where_no_window_is_stated() {
        let file: crate::CatalogFile = serde_json::from_value(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "p1", "name": "P1"}, {"id": "p2", "name": "P2"}, {"id": "p3", "name": "P3"}],
            "models": [{"id": "m", "name": "M", "creator": "c"}],
            "offers": [
                {"model": "m", "provider": "p1", "provider_model_id": "m", "max_input": 8000, "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "m", "provider": "p2", "provider_model_id": "m", "max_input": 5000, "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "m", "provider": "p3", "provider_model_id": "m", "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"}
            ]
        }))
        .unwrap();
        let c = Catalog::from_file(file);
        // 5,000 in + 500 out: P1's 8,000-token input limit holds the whole request; P2's 5,000 does
        // not (the limit may be the window); P3 states nothing.
        let r = rank(&c, &w(100.0, 5000.0, 500.0), &CostFilters::default());
        assert_eq!(r.ranked.iter().map(|x| c.offers()[x.offer].provider.as_str()).collect::<Vec<_>>(), ["p1"]);
        assert_eq!((r.too_small, r.context_unknown), (1, 1));
    }

    #[test]
    fn ranking_filters_and_keeps_a_stable_order() {
        let c = catalog();
        let wl = w(100.0, 5000.0, 500.0);
        let r = rank(&c, &wl, &CostFilters::default());
        let ids: Vec<(&str, &str)> = r.ranked.iter().map(|x| (c.models()[x.model].id.as_str(), c.offers()[x.offer].provider.as_str())).collect();
        // Equal totals (the twins) order by name, then provider id; "small" cannot hold 5,500 tokens.
        assert_eq!(ids, [("twin-a", "p1"), ("twin-b", "p2"), ("big", "p1")]);
        assert_eq!((r.too_small, r.context_unknown, r.unpriced, r.free, r.plans, r.input_only, r.filtered), (1, 1, 1, 1, 1, 1, 0));
        for pair in r.ranked.windows(2) {
            assert!(pair[0].total <= pair[1].total);
            assert_eq!(pair[0].total, offer_cost(&c.offers()[pair[0].offer], &wl).unwrap().total, "the bill sums to the ranked total");
        }
        let tools = rank(&c, &wl, &CostFilters { caps: vec![Capability::Tools], include_free: true, ..Default::default() });
        assert_eq!(tools.ranked.iter().map(|x| x.offer).collect::<Vec<_>>(), [1, 0], "free offer first when asked for");
        let p2 = rank(&c, &wl, &CostFilters { providers: vec!["p2".into()], ..Default::default() });
        assert_eq!(p2.ranked.len(), 1);
        // A coding-plan channel is ranked only when asked for, then by its price like any offer.
        let plans = rank(&c, &wl, &CostFilters { include_plans: true, ..Default::default() });
        assert_eq!((plans.ranked.len(), plans.plans), (r.ranked.len() + 1, 0));
        assert_eq!(c.offers()[plans.ranked[0].offer].provider_model_id, "cc-big");
        // Same workload, same ranking, every time.
        assert_eq!(rank(&c, &wl, &CostFilters::default()), r);
    }
}
