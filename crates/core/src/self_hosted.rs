//! Self-hosting open-weight models: GPU memory, which GPUs fit, and the
//! break-even against the cheapest API offer.
//!
//! Memory (GB = 10⁹ bytes) = weights + overhead + KV cache:
//! - weights = total parameters × bytes per parameter (16-bit 2, 8-bit 1,
//!   4-bit 0.5); a mixture-of-experts model loads every expert, so its total
//!   parameters count, not its active ones;
//! - overhead = [`OVERHEAD`] × weights (activations, CUDA context, fragmentation);
//! - KV cache = 2 (keys and values) × layers × KV heads × head size × context
//!   tokens × batch × 2 bytes (kept at 16-bit), for models whose architecture
//!   is in the reviewed table; unknown otherwise.
//!
//! A GPU fits when `ceil(memory ÷ its memory)` GPUs, at most [`MAX_GPUS`] (one node), hold it.

use serde::Deserialize;

/// The reviewed file, compiled in.
pub const SELF_HOSTED_JSON: &str = include_str!("../../../data/self_hosted.json");

/// Share of the weights added for activations and runtime buffers.
pub const OVERHEAD: f64 = 0.2;
/// The most GPUs one server holds.
pub const MAX_GPUS: u32 = 8;
/// Hours in an average month (365 × 24 ÷ 12).
pub const HOURS_PER_MONTH: f64 = 730.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    Bits16,
    Bits8,
    Bits4,
}

impl Precision {
    pub const ALL: [Precision; 3] = [Self::Bits16, Self::Bits8, Self::Bits4];
    pub fn bytes_per_param(self) -> f64 {
        match self {
            Self::Bits16 => 2.0,
            Self::Bits8 => 1.0,
            Self::Bits4 => 0.5,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Bits16 => "16-bit",
            Self::Bits8 => "8-bit",
            Self::Bits4 => "4-bit",
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Self::Bits16 => "16",
            Self::Bits8 => "8",
            Self::Bits4 => "4",
        }
    }
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Gpu {
    pub id: String,
    pub name: String,
    pub memory_gb: f64,
    /// USD per GPU-hour, on demand.
    pub price_per_hour: f64,
    /// Where and what the price is.
    pub price_at: String,
    pub price_source: String,
    pub price_as_of: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Architecture {
    pub name: String,
    /// Catalog model slugs with this architecture.
    pub models: Vec<String>,
    pub layers: u32,
    pub kv_heads: u32,
    pub head_dim: u32,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct License {
    pub name: String,
    pub commercial: bool,
    #[serde(default)]
    pub conditions: Option<String>,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Reviewed {
    pub gpus: Vec<Gpu>,
    pub architectures: Vec<Architecture>,
    pub licenses: Vec<License>,
}

/// The reviewed GPUs, architectures and licences.
pub fn reviewed() -> Result<Reviewed, String> {
    serde_json::from_str(SELF_HOSTED_JSON).map_err(|e| format!("self_hosted.json: {e}"))
}

impl Reviewed {
    /// The reviewed architecture of a model, by its slug or one of its aliases.
    pub fn architecture_of(&self, model: &crate::catalog::Model) -> Option<&Architecture> {
        std::iter::once(&model.id).chain(model.aliases.iter()).find_map(|id| self.architecture(id))
    }
    pub fn architecture(&self, model: &str) -> Option<&Architecture> {
        self.architectures.iter().find(|a| a.models.iter().any(|m| m == model))
    }
    /// The licence entry, matched by name ignoring case and surrounding space.
    pub fn license(&self, name: &str) -> Option<&License> {
        self.licenses.iter().find(|l| l.name.trim().eq_ignore_ascii_case(name.trim()))
    }
}

/// Memory needed, in GB.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    pub weights: f64,
    pub overhead: f64,
    /// `None` when the architecture is not in the reviewed table.
    pub kv_cache: Option<f64>,
}

impl Memory {
    /// Weights + overhead + KV cache (the KV cache counted as 0 when unknown:
    /// then the total is a lower bound).
    pub fn total(&self) -> f64 {
        self.weights + self.overhead + self.kv_cache.unwrap_or(0.0)
    }
}

/// KV cache in GB for `context` tokens × `batch` sequences, at 16-bit.
pub fn kv_cache_gb(a: &Architecture, context: u64, batch: u32) -> f64 {
    2.0 * a.layers as f64 * a.kv_heads as f64 * a.head_dim as f64 * context as f64 * batch as f64 * 2.0 / 1e9
}

/// Memory for `params_b` billion parameters at `p`, with the KV cache where the architecture is known.
pub fn memory(params_b: f64, p: Precision, arch: Option<&Architecture>, context: u64, batch: u32) -> Memory {
    let weights = params_b * p.bytes_per_param();
    Memory { weights, overhead: weights * OVERHEAD, kv_cache: arch.map(|a| kv_cache_gb(a, context, batch)) }
}

/// How many of a GPU with `gpu_gb` hold `need_gb`; `None` beyond [`MAX_GPUS`].
pub fn gpus_needed(need_gb: f64, gpu_gb: f64) -> Option<u32> {
    if !(need_gb.is_finite() && gpu_gb > 0.0) {
        return None;
    }
    let n = (need_gb / gpu_gb).ceil().max(1.0);
    (n <= MAX_GPUS as f64).then_some(n as u32)
}

/// Self-hosting against the API for one workload.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BreakEven {
    /// The API bill for the month.
    pub api_monthly: f64,
    /// GPUs running all month.
    pub always_on_monthly: f64,
    /// Tokens the deployment can process in a month at the stated throughput.
    pub capacity_tokens: f64,
    /// Monthly tokens at which the API bill equals the always-on cost;
    /// `None` when the API is free.
    pub break_even_tokens: Option<f64>,
    /// Deployments the workload needs at the stated throughput (at least 1);
    /// `None` when the throughput is 0.
    pub deployments: Option<u32>,
}

impl BreakEven {
    /// All deployments the workload needs, running all month.
    pub fn self_hosted_monthly(&self) -> Option<f64> {
        self.deployments.map(|n| n as f64 * self.always_on_monthly)
    }
    /// Whether self-hosting the workload costs less than the API; `None` when
    /// the throughput is 0 (self-hosting cannot serve it).
    pub fn self_hosting_cheaper(&self) -> Option<bool> {
        self.self_hosted_monthly().map(|s| s < self.api_monthly)
    }
    /// Whether one deployment can serve the break-even volume. If not, each
    /// deployment costs more than the API bill for all it can process, so the
    /// API stays cheaper at any volume.
    pub fn break_even_reachable(&self) -> bool {
        self.break_even_tokens.is_some_and(|t| t <= self.capacity_tokens)
    }
}

/// `tokens_per_month` at `api_price_per_m` (USD per 1M tokens, blended for the
/// workload's input share) against `gpus` × `gpu_price_per_hour` all month,
/// with `tokens_per_second` sustained throughput for the whole deployment.
pub fn break_even(tokens_per_month: f64, api_price_per_m: f64, gpus: u32, gpu_price_per_hour: f64, tokens_per_second: f64) -> BreakEven {
    let always_on = gpus as f64 * gpu_price_per_hour * HOURS_PER_MONTH;
    let capacity = tokens_per_second * 3600.0 * HOURS_PER_MONTH;
    BreakEven {
        api_monthly: tokens_per_month * api_price_per_m / 1e6,
        always_on_monthly: always_on,
        capacity_tokens: capacity,
        break_even_tokens: (api_price_per_m > 0.0).then(|| always_on / api_price_per_m * 1e6),
        deployments: (capacity > 0.0).then(|| (tokens_per_month / capacity).ceil().max(1.0) as u32),
    }
}

/// The page's inputs, as held in the URL (absent or invalid values use the defaults).
#[derive(Debug, Clone, PartialEq)]
pub struct SelfHostedQuery {
    /// Context length for the KV cache, tokens.
    pub context: u64,
    /// Concurrent sequences.
    pub batch: u32,
    pub precision: Precision,
    /// Keep models whose memory at `precision` is at most this, GB.
    pub fits_gb: Option<f64>,
    /// Keep models whose licence is reviewed as allowing commercial use.
    pub commercial: bool,
    pub min_context: Option<u64>,
    /// GPU for the break-even; `None` picks the cheapest setup that fits.
    pub gpu: Option<String>,
    /// Workload: millions of tokens a month.
    pub tokens_m: f64,
    /// Share of those tokens that are input, percent.
    pub input_percent: f64,
    /// Sustained throughput of one deployment, tokens per second (an assumption).
    pub tokens_per_second: f64,
    /// Override of the GPU's hourly price, USD per GPU-hour.
    pub gpu_price: Option<f64>,
}

impl Default for SelfHostedQuery {
    fn default() -> Self {
        SelfHostedQuery {
            context: 8192,
            batch: 1,
            precision: Precision::Bits16,
            fits_gb: None,
            commercial: false,
            min_context: None,
            gpu: None,
            tokens_m: 1000.0,
            input_percent: 75.0,
            tokens_per_second: 1000.0,
            gpu_price: None,
        }
    }
}

fn num(get: &dyn Fn(&str) -> Option<String>, k: &str, max: f64) -> Option<f64> {
    get(k).and_then(|v| v.trim().parse::<f64>().ok()).filter(|x| x.is_finite() && *x >= 0.0 && *x <= max)
}

impl SelfHostedQuery {
    pub fn from_query(get: &dyn Fn(&str) -> Option<String>) -> Self {
        let d = Self::default();
        SelfHostedQuery {
            context: num(get, "ctx", 1e8).map_or(d.context, |x| x as u64),
            batch: num(get, "batch", 4096.0).filter(|x| *x >= 1.0).map_or(d.batch, |x| x as u32),
            precision: get("precision").and_then(|p| Precision::from_id(&p)).unwrap_or(d.precision),
            fits_gb: num(get, "fits", 1e6),
            commercial: get("commercial").is_some_and(|v| v == "1"),
            min_context: num(get, "min_context", 1e9).map(|x| x as u64).filter(|&n| n > 0),
            gpu: get("gpu").filter(|s| !s.is_empty()),
            tokens_m: num(get, "tokens", 1e9).unwrap_or(d.tokens_m),
            input_percent: num(get, "input", 100.0).unwrap_or(d.input_percent),
            tokens_per_second: num(get, "tps", 1e9).unwrap_or(d.tokens_per_second),
            gpu_price: num(get, "gpu_price", 1e6),
        }
    }
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let d = Self::default();
        let mut out = Vec::new();
        let mut put = |k: &'static str, v: String, dv: String| {
            if v != dv {
                out.push((k, v));
            }
        };
        put("ctx", self.context.to_string(), d.context.to_string());
        put("batch", self.batch.to_string(), d.batch.to_string());
        put("precision", self.precision.id().into(), d.precision.id().into());
        put("fits", self.fits_gb.map(|x| x.to_string()).unwrap_or_default(), String::new());
        put("commercial", if self.commercial { "1".into() } else { String::new() }, String::new());
        put("min_context", self.min_context.map(|x| x.to_string()).unwrap_or_default(), String::new());
        put("gpu", self.gpu.clone().unwrap_or_default(), String::new());
        put("tokens", self.tokens_m.to_string(), d.tokens_m.to_string());
        put("input", self.input_percent.to_string(), d.input_percent.to_string());
        put("tps", self.tokens_per_second.to_string(), d.tokens_per_second.to_string());
        put("gpu_price", self.gpu_price.map(|x| x.to_string()).unwrap_or_default(), String::new());
        out
    }
}

/// A GPU setup: how many of which GPU, and its hourly price.
#[derive(Debug, Clone, PartialEq)]
pub struct Setup {
    pub gpu: usize,
    pub count: u32,
    pub price_per_hour: f64,
}

/// One open-weight model on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub model: usize,
    /// Memory at each precision (16, 8, 4-bit), when the parameter count is known.
    pub memory: Option<[Memory; 3]>,
    /// The setup used for the break-even at the chosen precision.
    pub setup: Option<Setup>,
    /// Every reviewed GPU that holds the model at the chosen precision, with how many are needed.
    pub fits: Vec<(usize, u32)>,
    /// The API's blended price for the workload's input share, at the model's cheapest offer.
    pub api_price_per_m: Option<f64>,
    pub break_even: Option<BreakEven>,
    pub commercial: Option<bool>,
}

/// The setup for `need_gb`: the chosen GPU, or the cheapest per hour that fits.
pub fn setup_for(r: &Reviewed, need_gb: f64, gpu: Option<&str>, price_override: Option<f64>) -> Option<Setup> {
    let price = |i: usize| price_override.unwrap_or(r.gpus[i].price_per_hour);
    let fits = |i: usize| gpus_needed(need_gb, r.gpus[i].memory_gb).map(|n| Setup { gpu: i, count: n, price_per_hour: n as f64 * price(i) });
    match gpu.and_then(|id| r.gpus.iter().position(|g| g.id == id)) {
        Some(i) => fits(i),
        None => (0..r.gpus.len()).filter_map(fits).min_by(|a, b| a.price_per_hour.total_cmp(&b.price_per_hour).then(a.gpu.cmp(&b.gpu))),
    }
}

/// Every open-weight model that passes the filters: those with a known parameter count first, each group by name.
pub fn rows(c: &crate::parse::Catalog, r: &Reviewed, q: &SelfHostedQuery) -> Vec<Row> {
    let mut out = Vec::new();
    let share = q.input_percent / 100.0;
    for (i, m) in c.models().iter().enumerate() {
        if m.open_weights != Some(true) {
            continue;
        }
        let commercial = m.license.as_deref().and_then(|l| r.license(l)).map(|l| l.commercial);
        if q.commercial && commercial != Some(true) {
            continue;
        }
        let ctx = m.context.or_else(|| c.cheapest_offer(i).and_then(|o| o.context));
        if q.min_context.is_some_and(|min| ctx.is_none_or(|x| x < min)) {
            continue;
        }
        let arch = r.architecture_of(m);
        let memory = m.params_b.filter(|p| *p > 0.0).map(|p| Precision::ALL.map(|pr| memory(p, pr, arch, q.context, q.batch)));
        let chosen = memory.map(|mm| mm[Precision::ALL.iter().position(|p| *p == q.precision).unwrap_or(0)].total());
        if let Some(limit) = q.fits_gb {
            if chosen.is_none_or(|t| t > limit) {
                continue;
            }
        }
        let setup = chosen.and_then(|t| setup_for(r, t, q.gpu.as_deref(), q.gpu_price));
        let fits = chosen.map(|t| r.gpus.iter().enumerate().filter_map(|(g, gpu)| Some((g, gpus_needed(t, gpu.memory_gb)?))).collect()).unwrap_or_default();
        let api_price_per_m = c.cheapest_offer(i).and_then(|o| Some(crate::money::blended(o.prices.input?, o.prices.output?, share)));
        let break_even = match (&setup, api_price_per_m) {
            (Some(s), Some(p)) => Some(break_even(q.tokens_m * 1e6, p, s.count, s.price_per_hour / s.count as f64, q.tokens_per_second)),
            _ => None,
        };
        out.push(Row { model: i, memory, setup, fits, api_price_per_m, break_even, commercial });
    }
    // Models whose size is known first, then by name.
    crate::order::sort_by(&mut out, |a, b| {
        (a.memory.is_none(), c.models()[a.model].name.to_lowercase(), a.model).cmp(&(b.memory.is_none(), c.models()[b.model].name.to_lowercase(), b.model))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviewed_file_loads_and_is_sourced() {
        let r = reviewed().unwrap();
        assert!(r.gpus.len() >= 6);
        for g in &r.gpus {
            assert!(g.price_source.starts_with("https://") && crate::parse::is_date(&g.price_as_of) && g.price_per_hour > 0.0, "{}", g.id);
        }
        for a in &r.architectures {
            assert!(a.source.starts_with("https://"), "{}", a.name);
        }
        assert!(r.license(" apache 2.0 ").unwrap().commercial);
        assert!(r.architecture("mistral-nemo-instruct-2407").is_some());
    }

    #[test]
    fn worked_memory_example_llama_3_1_8b() {
        // 8B at 16-bit: 16 GB weights + 3.2 GB overhead.
        // KV: 2 × 32 layers × 8 heads × 128 × 8,192 tokens × 1 × 2 bytes = 1,073,741,824 B ≈ 1.074 GB.
        let arch = Architecture { name: "Llama 3.1 8B".into(), models: vec![], layers: 32, kv_heads: 8, head_dim: 128, source: String::new() };
        let m = memory(8.0, Precision::Bits16, Some(&arch), 8192, 1);
        assert_eq!((m.weights, m.overhead), (16.0, 3.2));
        assert!((m.kv_cache.unwrap() - 1.073741824).abs() < 1e-12);
        assert!((m.total() - 20.273741824).abs() < 1e-9);
        // 4-bit: a quarter of the weights; the KV cache stays 16-bit and scales with batch.
        let q = memory(8.0, Precision::Bits4, Some(&arch), 8192, 4);
        assert_eq!(q.weights, 4.0);
        assert!((q.kv_cache.unwrap() - 4.294967296).abs() < 1e-12);
        // Unknown architecture: no KV figure, the total is weights + overhead.
        let u = memory(24.0, Precision::Bits8, None, 8192, 1);
        assert_eq!((u.kv_cache, u.total()), (None, 28.8));
    }

    #[test]
    fn gpu_fit_counts_multi_gpu() {
        assert_eq!(gpus_needed(20.27, 24.0), Some(1));
        assert_eq!(gpus_needed(24.0, 24.0), Some(1));
        assert_eq!(gpus_needed(168.0, 80.0), Some(3));
        assert_eq!(gpus_needed(641.0, 80.0), None, "more than one 8-GPU node");
        assert_eq!(gpus_needed(f64::NAN, 80.0), None);
    }

    #[test]
    fn break_even_worked_example() {
        // 1 GPU at $2/h all month = $1,460. At $0.50 per 1M tokens that equals 2,920M tokens.
        let b = break_even(1e9, 0.5, 1, 2.0, 1000.0);
        assert_eq!((b.api_monthly, b.always_on_monthly), (500.0, 1460.0));
        assert_eq!(b.break_even_tokens, Some(2.92e9));
        assert_eq!(b.capacity_tokens, 2.628e9); // 1,000 tok/s × 3,600 × 730
        assert_eq!(break_even(1e9, 0.0, 1, 2.0, 1000.0).break_even_tokens, None);
        // 1B tokens fit one deployment: $1,460 against $500, the API is cheaper; and
        // since the break-even (2.92B) is past one deployment's capacity (2.628B), it stays so.
        assert_eq!((b.deployments, b.self_hosting_cheaper(), b.break_even_reachable()), (Some(1), Some(false), false));
        // At $2 per 1M, break-even is 730M tokens, within capacity; 5B tokens need two deployments ($2,920 < $10,000).
        let big = break_even(5e9, 2.0, 1, 2.0, 1000.0);
        assert_eq!((big.deployments, big.self_hosted_monthly(), big.self_hosting_cheaper(), big.break_even_reachable()), (Some(2), Some(2920.0), Some(true), true));
        assert_eq!(break_even(1e9, 1.0, 1, 2.0, 0.0).self_hosting_cheaper(), None, "no throughput, no self-hosting");
    }

    #[test]
    fn rows_filter_and_pick_the_cheapest_setup() {
        let c = crate::parse_catalog(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/catalog.json")).unwrap()).unwrap();
        let r = reviewed().unwrap();
        let all = rows(&c, &r, &SelfHostedQuery::default());
        assert_eq!(all.len(), c.models().iter().filter(|m| m.open_weights == Some(true)).count());
        let known = all.iter().take_while(|x| x.memory.is_some()).count();
        assert!(known > 0 && all[known..].iter().all(|x| x.memory.is_none()), "sized models first");
        let i = c.resolve("meta-llama-3.1-8b").expect("an old slug resolves to its model");
        let row = all.iter().find(|x| x.model == i).unwrap();
        let mem = row.memory.unwrap();
        assert!((mem[0].total() - 20.273741824).abs() < 1e-9, "the worked example on the catalog's 8B");
        // 20.3 GB at 16-bit: one 24 GB GPU; the cheapest of those in the table is the L4 at $0.7992/h.
        let s = row.setup.as_ref().unwrap();
        assert_eq!((r.gpus[s.gpu].id.as_str(), s.count), ("l4", 1));
        // Every GPU fits with its count: two 16 GB T4s, one of each other.
        let t4_index = r.gpus.iter().position(|g| g.id == "t4").unwrap();
        assert!(row.fits.contains(&(t4_index, 2)) && row.fits.len() == r.gpus.len());
        // Forcing the 16 GB T4 needs two.
        let t4 = setup_for(&r, mem[0].total(), Some("t4"), None).unwrap();
        assert_eq!((t4.count, t4.price_per_hour), (2, 2.0 * 0.5904));
        let q = SelfHostedQuery { fits_gb: Some(24.0), commercial: true, ..Default::default() };
        let small = rows(&c, &r, &q);
        assert!(!small.is_empty() && small.len() < all.len());
        assert!(small.iter().all(|x| x.commercial == Some(true) && x.memory.unwrap()[0].total() <= 24.0));
        let pairs = q.to_query();
        assert_eq!(SelfHostedQuery::from_query(&|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone())), q);
    }
}
