//! "Best LLM for …": reviewed use cases (`data/use_cases.json`) and their
//! transparent ranking rule.
//!
//! A model qualifies when it has every required capability (and at least one
//! of `any_capabilities`, if listed), reads every required input, its context
//! holds `min_context`, and one of its paid offers can serve the use case's
//! workload. Each qualifying model is scored 0–100 as the weighted mean of:
//! - cost: its cheapest offer's monthly cost for the workload (among prices a
//!   source confirmed within 90 days, where it has one), on a log scale
//!   between the cheapest (1) and the dearest (0) qualifying model;
//! - context: its context ÷ the preferred context, capped at 1;
//! - capabilities: the share of the helpful capabilities it has (1 when none are listed).
//!
//! Ties: lower monthly cost, then name, then slug.

use serde::Deserialize;

use crate::{
    catalog::{Capability, Modality},
    cost::{rank, CostFilters, Workload},
    freshness::STALE_DAYS,
    parse::Catalog,
};

/// The reviewed file, compiled in.
pub const USE_CASES_JSON: &str = include_str!("../../../data/use_cases.json");

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UseCase {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub requires: Requirements,
    pub workload: TypicalWorkload,
    pub preferred_context: u64,
    #[serde(default)]
    pub helpful_capabilities: Vec<Capability>,
    pub weights: Weights,
    /// The published benchmark that measures quality for this use, where one fits.
    #[serde(default)]
    pub benchmark: Option<BenchmarkRule>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Requirements {
    #[serde(default)]
    pub capabilities: Vec<Capability>,
    #[serde(default)]
    pub any_capabilities: Vec<Capability>,
    #[serde(default)]
    pub input: Vec<Modality>,
    #[serde(default)]
    pub min_context: u64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TypicalWorkload {
    pub requests_per_day: f64,
    pub input_tokens: f64,
    pub output_tokens: f64,
    #[serde(default)]
    pub cached_percent: f64,
    #[serde(default)]
    pub reasoning_tokens: f64,
}

impl TypicalWorkload {
    pub fn to_workload(&self) -> Workload {
        Workload {
            requests_per_day: self.requests_per_day,
            days_per_month: 30.0,
            input_tokens: self.input_tokens,
            output_tokens: self.output_tokens,
            cached_share: self.cached_percent / 100.0,
            reasoning_tokens: self.reasoning_tokens,
            ..Workload::default()
        }
    }
}

/// Which benchmark measures quality for a use case: one benchmark (its spellings), so scores compare.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BenchmarkRule {
    /// The benchmark as models.dev names it, and other spellings of the same one.
    pub names: Vec<String>,
    /// Why this benchmark measures this use, in a sentence.
    pub why: String,
}

impl BenchmarkRule {
    /// The model's score on this benchmark (its index in `m.benchmarks`), if published: its first,
    /// which the catalog lists from the source that scores the most models on it.
    pub fn find(&self, m: &crate::catalog::Model) -> Option<usize> {
        m.benchmarks.iter().position(|b| self.names.iter().any(|n| n.eq_ignore_ascii_case(&b.name)))
    }
}

/// Relative weights (any non-negative numbers; the score divides by their sum).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct Weights {
    pub cost: f64,
    pub context: f64,
    pub capabilities: f64,
    /// The benchmark score's weight (use cases with a benchmark rule).
    #[serde(default)]
    pub quality: f64,
}

/// URL keys of the four weights.
pub const WEIGHT_KEYS: [&str; 4] = ["w_cost", "w_context", "w_caps", "w_quality"];

impl Weights {
    /// The weights in the URL, each falling back to `default` when absent or
    /// not a number in 0..=100.
    pub fn from_query(get: impl Fn(&str) -> Option<String>, default: Weights) -> Weights {
        let read = |k: &str, d: f64| get(k).and_then(|v| v.trim().parse::<f64>().ok()).filter(|x| x.is_finite() && (0.0..=100.0).contains(x)).unwrap_or(d);
        Weights {
            cost: read(WEIGHT_KEYS[0], default.cost),
            context: read(WEIGHT_KEYS[1], default.context),
            capabilities: read(WEIGHT_KEYS[2], default.capabilities),
            quality: read(WEIGHT_KEYS[3], default.quality),
        }
    }
    /// The weights that differ from `default`, as URL pairs.
    pub fn to_query(&self, default: Weights) -> Vec<(&'static str, String)> {
        [
            (WEIGHT_KEYS[0], self.cost, default.cost),
            (WEIGHT_KEYS[1], self.context, default.context),
            (WEIGHT_KEYS[2], self.capabilities, default.capabilities),
            (WEIGHT_KEYS[3], self.quality, default.quality),
        ]
        .into_iter()
        .filter(|(_, v, d)| v != d)
        .map(|(k, v, _)| (k, format!("{v}")))
        .collect()
    }
}

#[derive(Deserialize)]
struct File {
    use_cases: Vec<UseCase>,
}

/// The use cases of the reviewed file.
pub fn use_cases() -> Result<Vec<UseCase>, String> {
    serde_json::from_str::<File>(USE_CASES_JSON).map(|f| f.use_cases).map_err(|e| format!("use_cases.json: {e}"))
}

impl UseCase {
    /// The rule in plain words.
    pub fn rule(&self) -> Vec<String> {
        let mut req = Vec::new();
        if !self.requires.capabilities.is_empty() {
            req.push(format!("has {}", labels(&self.requires.capabilities, " and ")));
        }
        if !self.requires.any_capabilities.is_empty() {
            req.push(format!("has {}", labels(&self.requires.any_capabilities, " or ")));
        }
        if !self.requires.input.is_empty() {
            req.push(format!("reads {}", self.requires.input.iter().map(|m| m.label()).collect::<Vec<_>>().join(" and ")));
        }
        if self.requires.min_context > 0 {
            req.push(format!("holds at least {} tokens of context", crate::money::format_int(self.requires.min_context)));
        }
        let w = &self.workload;
        let mut work = format!(
            "{} requests a day for 30 days, {} input and {} output tokens each",
            crate::money::format_int(w.requests_per_day as u64),
            crate::money::format_int(w.input_tokens as u64),
            crate::money::format_int(w.output_tokens as u64)
        );
        if w.cached_percent > 0.0 {
            work.push_str(&format!(", {}% of input cached", w.cached_percent));
        }
        if w.reasoning_tokens > 0.0 {
            work.push_str(&format!(", {} reasoning tokens", crate::money::format_int(w.reasoning_tokens as u64)));
        }
        let helpful = if self.helpful_capabilities.is_empty() { "none are scored".to_string() } else { labels(&self.helpful_capabilities, ", ") };
        let mut out = vec![
            format!("A model qualifies when it {}, and a paid offer of it can serve the workload.", if req.is_empty() { "is in the catalog".into() } else { req.join(", ") }),
            format!("Cost: the monthly bill of its cheapest offer for {work} (a price no source has confirmed for {STALE_DAYS} days only where it has no other); the cheapest qualifying model scores 100 and the dearest 0, on a log scale."),
            format!("Context: its context window ÷ {} tokens, at most 100.", crate::money::format_int(self.preferred_context)),
            format!("Capabilities: the share it has of the helpful ones ({helpful})."),
        ];
        match &self.benchmark {
            Some(b) => {
                out.push(format!("Quality: its published {} score ÷ the best qualifying model's (the score's source is linked on each row). {}", b.names[0], b.why));
                out.push(format!(
                    "Score: the weighted mean of the four. Models with a {} score rank first; models without one follow, marked “no benchmark”, scored on the other three. Ties go to the lower monthly cost, then the name.",
                    b.names[0]
                ));
            }
            None => out
                .push("Score: the weighted mean of the three. No published benchmark measures this use, so none is used. Ties go to the lower monthly cost, then the name.".into()),
        }
        out
    }
}

fn labels(caps: &[Capability], sep: &str) -> String {
    caps.iter().map(|c| c.label().to_lowercase()).collect::<Vec<_>>().join(sep)
}

/// One model's place in a use case's ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub model: usize,
    /// The cheapest offer for the workload, a confirmed price before a stale one.
    pub offer: usize,
    pub monthly: f64,
    pub context: u64,
    /// Each part in 0..=1, and the weighted total in 0..=100.
    pub cost_score: f64,
    pub context_score: f64,
    pub capability_score: f64,
    /// The model's benchmark score ÷ the best qualifying one (use cases with a benchmark rule).
    pub quality_score: Option<f64>,
    /// Index into the model's `benchmarks` of the score used.
    pub benchmark: Option<usize>,
    pub score: f64,
}

/// Ranks every qualifying model for `uc` with `weights` (see the module docs).
pub fn rank_use_case(c: &Catalog, uc: &UseCase, weights: Weights) -> Vec<Scored> {
    let workload = uc.workload.to_workload();
    let ranking = rank(c, &workload, &CostFilters { caps: uc.requires.capabilities.clone(), ..Default::default() });
    let mut seen = vec![false; c.models().len()];
    let mut out: Vec<Scored> = Vec::new();
    // A model's offer is its cheapest whose price a source has confirmed lately, as on its page;
    // a stale price only where it has no confirmed one.
    let today = c.today();
    let confirmed = |r: &&crate::cost::Ranked| !crate::freshness::is_stale(&c.offers()[r.offer].as_of, today);
    for r in ranking.ranked.iter().filter(confirmed).chain(ranking.ranked.iter().filter(|r| !confirmed(r))) {
        if seen[r.model] {
            continue;
        }
        let m = &c.models()[r.model];
        let o = &c.offers()[r.offer];
        let context = o.context.or(m.context).unwrap_or(0);
        let any_ok = uc.requires.any_capabilities.is_empty() || uc.requires.any_capabilities.iter().any(|x| m.capabilities.contains(x));
        let input_ok = uc.requires.input.iter().all(|x| m.input.contains(x));
        if !any_ok || !input_ok || context < uc.requires.min_context || r.total <= 0.0 {
            continue;
        }
        seen[r.model] = true;
        let helpful = &uc.helpful_capabilities;
        let capability_score = if helpful.is_empty() { 1.0 } else { helpful.iter().filter(|x| m.capabilities.contains(x)).count() as f64 / helpful.len() as f64 };
        out.push(Scored {
            model: r.model,
            offer: r.offer,
            monthly: r.total,
            context,
            cost_score: 0.0,
            context_score: (context as f64 / uc.preferred_context.max(1) as f64).min(1.0),
            capability_score,
            quality_score: None,
            benchmark: uc.benchmark.as_ref().and_then(|b| b.find(m)),
            score: 0.0,
        });
    }
    let (lo, hi) = out.iter().fold((f64::INFINITY, 0f64), |(lo, hi), s| (lo.min(s.monthly), hi.max(s.monthly)));
    let bench = |s: &Scored| s.benchmark.map(|k| c.models()[s.model].benchmarks[k].score);
    let best = out.iter().filter_map(bench).fold(0f64, f64::max);
    let w = |x: f64| x.max(0.0);
    for s in &mut out {
        s.cost_score = if hi > lo { 1.0 - (s.monthly.ln() - lo.ln()) / (hi.ln() - lo.ln()) } else { 1.0 };
        s.quality_score = bench(s).filter(|_| best > 0.0).map(|x| (x / best).clamp(0.0, 1.0));
        let mut sum = w(weights.cost) + w(weights.context) + w(weights.capabilities);
        let mut total = w(weights.cost) * s.cost_score + w(weights.context) * s.context_score + w(weights.capabilities) * s.capability_score;
        if let Some(q) = s.quality_score {
            sum += w(weights.quality);
            total += w(weights.quality) * q;
        }
        s.score = if sum > 0.0 { 100.0 * total / sum } else { 0.0 };
    }
    let models = c.models();
    crate::order::sort_by(&mut out, |a, b| {
        // With a benchmark rule, models with a score come first.
        (b.quality_score.is_some() && uc.benchmark.is_some())
            .cmp(&(a.quality_score.is_some() && uc.benchmark.is_some()))
            .then(b.score.total_cmp(&a.score))
            .then(a.monthly.total_cmp(&b.monthly))
            .then_with(|| models[a.model].name.cmp(&models[b.model].name))
            .then_with(|| models[a.model].id.cmp(&models[b.model].id))
    });
    out
}

/// One model in the price-vs-quality chart: its cheapest offer's 50/50 price per 1M tokens and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PricePoint {
    pub model: usize,
    pub price: f64,
    pub score: f64,
    /// Nothing cheaper (or as cheap) scores as high: the cheapest model for its score.
    pub frontier: bool,
}

/// The ranked models that carry the benchmark, as chart points, cheapest first, with the
/// cheapest-for-its-score frontier marked.
pub fn price_vs_score(c: &Catalog, ranked: &[Scored]) -> Vec<PricePoint> {
    let mut pts: Vec<PricePoint> = ranked
        .iter()
        .filter_map(|s| {
            let b = c.models()[s.model].benchmarks.get(s.benchmark?)?;
            let o = &c.offers()[s.offer];
            let price = crate::money::blended(o.prices.input?, o.prices.output?, 0.5);
            (price > 0.0).then_some(PricePoint { model: s.model, price, score: b.score, frontier: false })
        })
        .collect();
    mark_frontier(&mut pts);
    pts
}

/// Sorts points cheapest first (better score first at one price) and marks each point that
/// scores higher than every cheaper one.
pub fn mark_frontier(pts: &mut [PricePoint]) {
    crate::order::sort_by(pts, |a, b| a.price.total_cmp(&b.price).then(b.score.total_cmp(&a.score)));
    let mut best = f64::NEG_INFINITY;
    for p in pts.iter_mut() {
        p.frontier = p.score > best;
        best = best.max(p.score);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CatalogFile;

    #[test]
    fn reviewed_file_has_the_six_use_cases() {
        let all = use_cases().unwrap();
        let ids: Vec<&str> = all.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["coding", "long-documents", "vision-ocr", "agents", "json-extraction", "cheap-chat"]);
        for u in &all {
            assert!(u.weights.cost + u.weights.context + u.weights.capabilities > 0.0, "{}", u.id);
            assert!(crate::parse::is_slug(&u.id));
            assert_eq!(u.rule().len(), 5 + usize::from(u.benchmark.is_some()));
        }
        assert_eq!(
            all[4].rule()[0],
            "A model qualifies when it has json mode or structured outputs, holds at least 8,000 tokens of context, and a paid offer of it can serve the workload."
        );
    }

    fn catalog() -> Catalog {
        let file: CatalogFile = serde_json::from_value(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "p", "name": "P"}],
            "models": [
                {"id": "cheap", "name": "Cheap", "creator": "X", "context": 16000, "capabilities": ["tools"]},
                {"id": "mid", "name": "Mid", "creator": "X", "context": 64000, "capabilities": ["tools", "reasoning"]},
                {"id": "dear", "name": "Dear", "creator": "X", "context": 128000, "capabilities": ["tools", "reasoning"]},
                {"id": "notools", "name": "No tools", "creator": "X", "context": 128000},
                {"id": "free", "name": "Free", "creator": "X", "context": 128000, "capabilities": ["tools", "reasoning"]}
            ],
            "offers": [
                {"model": "cheap", "provider": "p", "provider_model_id": "1", "prices": {"input": 0.1, "output": 0.1}, "as_of": "2026-11-20", "source": "s"},
                {"model": "mid", "provider": "p", "provider_model_id": "2", "prices": {"input": 1.0, "output": 1.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "mid", "provider": "p", "provider_model_id": "2b", "prices": {"input": 2.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "dear", "provider": "p", "provider_model_id": "3", "prices": {"input": 10.0, "output": 10.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "notools", "provider": "p", "provider_model_id": "4", "prices": {"input": 0.01, "output": 0.01}, "as_of": "2026-11-20", "source": "s"},
                {"model": "free", "provider": "p", "provider_model_id": "5", "prices": {"input": 0.0, "output": 0.0}, "as_of": "2026-11-20", "source": "s"}
            ]
        }))
        .unwrap();
        Catalog::from_file(file)
    }

    fn uc() -> UseCase {
        UseCase {
            id: "t".into(),
            name: "T".into(),
            summary: String::new(),
            requires: Requirements { capabilities: vec![Capability::Tools], min_context: 8000, ..Default::default() },
            workload: TypicalWorkload { requests_per_day: 100.0, input_tokens: 1000.0, output_tokens: 100.0, cached_percent: 0.0, reasoning_tokens: 0.0 },
            preferred_context: 128_000,
            helpful_capabilities: vec![Capability::Reasoning],
            weights: Weights { cost: 50.0, context: 25.0, capabilities: 25.0, quality: 0.0 },
            benchmark: None,
        }
    }

    #[test]
    fn frontier_marks_the_cheapest_for_each_score() {
        let c = catalog();
        let mk = |model, price, score| PricePoint { model, price, score, frontier: true };
        // (1, 50) ✓; (2, 40) ✗ dearer and worse; (3, 70) ✓; (4, 70) ✗ the same score costs more;
        // (0.5, 10) ✓ the cheapest of all; given out of order.
        let mut pts = vec![mk(2, 3.0, 70.0), mk(1, 2.0, 40.0), mk(0, 1.0, 50.0), mk(3, 4.0, 70.0), mk(4, 0.5, 10.0)];
        mark_frontier(&mut pts);
        assert_eq!(pts.iter().map(|p| (p.model, p.frontier)).collect::<Vec<_>>(), [(4, true), (0, true), (1, false), (2, true), (3, false)]);
        assert!(price_vs_score(&c, &[]).is_empty());
    }

    #[test]
    fn worked_example() {
        let c = catalog();
        let r = rank_use_case(&c, &uc(), uc().weights);
        let ids: Vec<&str> = r.iter().map(|s| c.models()[s.model].id.as_str()).collect();
        // Costs 0.33, 3.3, 33 (3,000 requests × 1,100 tokens): cost scores 1, ½, 0 on the log scale.
        // cheap: 50·1 + 25·0.125 + 0 = 53.125; mid: 25 + 12.5 + 25 = 62.5; dear: 0 + 25 + 25 = 50.
        assert_eq!(ids, ["mid", "cheap", "dear"]);
        assert!((r[0].score - 62.5).abs() < 1e-9 && (r[1].score - 53.125).abs() < 1e-9 && (r[2].score - 50.0).abs() < 1e-9);
        assert_eq!(c.offers()[r[0].offer].provider_model_id, "2", "the model's cheapest offer");
        // All weight on cost: cheapest first; all on context: dear first.
        let by_cost = rank_use_case(&c, &uc(), Weights { cost: 1.0, context: 0.0, capabilities: 0.0, quality: 0.0 });
        assert_eq!(c.models()[by_cost[0].model].id, "cheap");
        let by_ctx = rank_use_case(&c, &uc(), Weights { cost: 0.0, context: 1.0, capabilities: 0.0, quality: 0.0 });
        assert_eq!(c.models()[by_ctx[0].model].id, "dear");
        // Zero weights: everything scores 0 and ties fall back to cost, then name.
        let d = uc().weights;
        let w = Weights::from_query(|k| (k == "w_cost").then(|| "10".to_string()).or((k == "w_caps").then(|| "-3".to_string())), d);
        assert_eq!((w.cost, w.context, w.capabilities), (10.0, 25.0, 25.0));
        assert_eq!(w.to_query(d), [("w_cost", "10".to_string())]);
        let none = rank_use_case(&c, &uc(), Weights { cost: 0.0, context: 0.0, capabilities: 0.0, quality: 0.0 });
        assert_eq!(none.iter().map(|s| c.models()[s.model].id.as_str()).collect::<Vec<_>>(), ["cheap", "mid", "dear"]);
    }

    /// A model's offer is its cheapest confirmed price; a stale cheaper one is used only where
    /// the model has no confirmed price, as its page headlines it.
    #[test]
    fn a_confirmed_price_is_used_before_a_cheaper_stale_one() {
        let mut file: CatalogFile = serde_json::from_value(serde_json::to_value(&catalog().file).unwrap()).unwrap();
        let mut stale = file.offers.iter().find(|o| o.provider_model_id == "2").unwrap().clone();
        (stale.provider_model_id, stale.prices.input, stale.prices.output, stale.as_of) = ("2-old".into(), Some(0.1), Some(0.1), "2026-07-02".into());
        file.offers.push(stale);
        let only_stale = file.offers.iter_mut().find(|o| o.provider_model_id == "3").unwrap();
        only_stale.as_of = "2026-07-02".into();
        let c = Catalog::from_file(file);
        let r = rank_use_case(&c, &uc(), uc().weights);
        let offer_of = |id: &str| c.offers()[r.iter().find(|s| c.models()[s.model].id == id).unwrap().offer].provider_model_id.as_str();
        assert_eq!(offer_of("mid"), "2", "the confirmed $1 offer, not the stale $0.10 one");
        assert_eq!(offer_of("dear"), "3", "only a stale price: it stands");
        assert!(uc().rule()[1].contains("confirmed for 90 days"), "{}", uc().rule()[1]);
    }

    #[test]
    fn benchmarked_models_rank_first_and_quality_breaks_cost_ties() {
        let mut file: CatalogFile = serde_json::from_value(serde_json::to_value(&catalog().file).unwrap()).unwrap();
        let bench = |score: f64| crate::catalog::Benchmark { name: "SWE-Bench Pro".into(), score, metric: None, source: "https://example.com/lb".into(), date: None, setup: None };
        file.models.iter_mut().find(|m| m.id == "dear").unwrap().benchmarks = vec![bench(60.0)];
        file.models.iter_mut().find(|m| m.id == "cheap").unwrap().benchmarks = vec![bench(30.0)];
        let c = Catalog::from_file(file);
        let mut u = uc();
        u.benchmark = Some(BenchmarkRule { names: vec!["SWE-Bench Pro".into()], why: String::new() });
        u.weights.quality = 50.0;
        let r = rank_use_case(&c, &u, u.weights);
        let ids: Vec<&str> = r.iter().map(|s| c.models()[s.model].id.as_str()).collect();
        // dear: (0 + 25 + 25 + 50·1)/150 = 66.7; cheap: (50 + 3.125 + 0 + 25)/150 = 52.1; mid has no score and follows.
        assert_eq!(ids, ["dear", "cheap", "mid"]);
        assert_eq!((r[0].quality_score, r[1].quality_score, r[2].quality_score), (Some(1.0), Some(0.5), None));
        assert!((r[0].score - 200.0 / 3.0).abs() < 1e-9);
        assert!((r[2].score - 62.5).abs() < 1e-9, "no benchmark: scored on the other three");
        // With the cost weight at 0, scores still differ (no tie at 100).
        let q = rank_use_case(&c, &u, Weights { cost: 0.0, ..u.weights });
        assert!(q[0].score > q[1].score);
        // The chart: cheap (0.1, 30) and dear (10, 60) are both the cheapest for their score.
        let pts = price_vs_score(&c, &r);
        assert_eq!(
            pts.iter().map(|p| (c.models()[p.model].id.as_str(), p.price, p.score, p.frontier)).collect::<Vec<_>>(),
            [("cheap", 0.1, 30.0, true), ("dear", 10.0, 60.0, true)]
        );
    }
}
