//! Alternatives to a model: a deterministic, explainable ranking of the other
//! priced models by capabilities, context window and price.
//!
//! Score (0–100) = 50 × capabilities + 20 × context + 30 × price, where
//! - capabilities: the share of the model's capabilities the other has (1 when
//!   the model has none); extra capabilities neither add nor cost;
//! - context: the other's context ÷ the model's, capped at 1 (0 when unknown);
//! - price: nearness of the 50/50 blended price of the cheapest offers in
//!   price tier: `1 / (1 + |log₄ ratio|)` — the same price scores 1, 4× dearer
//!   or cheaper scores ½; being cheaper counts as only ¾ of the distance.
//!
//! Ties keep a total order: name, then slug. Never the model itself, nor an
//! alias of it (a model whose name has the same words, ignoring order, case
//! and its creator's name).

use crate::{
    catalog::{Capability, Model},
    model_info::blended_cheapest,
    parse::Catalog,
};

/// One alternative and why it ranks where it does.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub model: usize,
    /// 0–100.
    pub score: f64,
    pub capabilities: f64,
    pub context: f64,
    pub price: f64,
    /// Plain words, e.g. `same capabilities · 2× context · 40% cheaper`.
    pub reason: String,
}

/// Weights of the three parts (they sum to 100).
pub const WEIGHTS: (f64, f64, f64) = (50.0, 20.0, 30.0);

/// The words of a name that identify a model: lowercase alphanumeric runs,
/// without the creator's own words, sorted.
fn name_key(name: &str, creator: &str) -> Vec<String> {
    let creator: Vec<String> = words(creator);
    let mut w: Vec<String> = words(name).into_iter().filter(|x| !creator.contains(x)).collect();
    crate::order::sort_by(&mut w, |a, b| a.cmp(b));
    w
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|x| !x.is_empty()).map(str::to_lowercase).collect()
}

/// Whether models `a` and `b` are the same model under two slugs.
pub fn is_alias(c: &Catalog, a: usize, b: usize) -> bool {
    let ma = &c.models()[a];
    a == b || same_model(ma, &name_key(&ma.name, &ma.creator), &c.models()[b])
}

/// Whether `other` names the same model as `base` (whose [`name_key`] is `base_key`).
fn same_model(base: &Model, base_key: &[String], other: &Model) -> bool {
    other.name.eq_ignore_ascii_case(&base.name) || name_key(&other.name, &base.creator) == base_key
}

fn context_of(c: &Catalog, i: usize) -> Option<u64> {
    c.models()[i].context.or_else(|| c.cheapest_offer(i).and_then(|o| o.context))
}

/// `2×`, `1.5×`, `½` … as a compact ratio for the reason text.
fn ratio_words(r: f64) -> String {
    if r >= 1.95 {
        format!("{}×", trim(r))
    } else if r <= 0.55 {
        format!("1/{}", trim(1.0 / r))
    } else {
        format!("{}×", trim(r))
    }
}

fn trim(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

/// Every other priced model, best alternative first (see the module docs).
pub fn alternatives(c: &Catalog, i: usize) -> Vec<Alternative> {
    let m = &c.models()[i];
    let caps = &m.capabilities;
    let ctx = context_of(c, i);
    let price = blended_cheapest(c, i);
    let key = name_key(&m.name, &m.creator);
    let mut out: Vec<Alternative> = (0..c.models().len())
        .filter(|&j| j != i)
        .filter_map(|j| {
            let o = &c.models()[j];
            // Alternatives are current models of the same kind (a chat model's are chat models).
            if o.kind != m.kind || o.retired.is_some() || same_model(m, &key, o) {
                return None;
            }
            let p = blended_cheapest(c, j)?;
            let shared = caps.iter().filter(|cap| o.capabilities.contains(cap)).count();
            let cap_score = if caps.is_empty() { 1.0 } else { shared as f64 / caps.len() as f64 };
            let octx = context_of(c, j);
            let ctx_score = match (ctx, octx) {
                (Some(a), Some(b)) if a > 0 => (b as f64 / a as f64).min(1.0),
                (None, _) => 1.0,
                _ => 0.0,
            };
            let price_score = match price {
                Some(base) if base > 0.0 && p > 0.0 => {
                    let d = (p / base).ln() / 4f64.ln();
                    let d = if d < 0.0 { -d * 0.75 } else { d };
                    1.0 / (1.0 + d)
                }
                Some(base) if base == p => 1.0,
                Some(_) => 0.0,
                None => 0.0,
            };
            let score = WEIGHTS.0 * cap_score + WEIGHTS.1 * ctx_score + WEIGHTS.2 * price_score;
            Some(Alternative { model: j, score, capabilities: cap_score, context: ctx_score, price: price_score, reason: reason(caps, &o.capabilities, ctx, octx, price, p) })
        })
        .collect();
    let models = c.models();
    crate::order::sort_by(&mut out, |a, b| {
        b.score.total_cmp(&a.score).then_with(|| models[a.model].name.cmp(&models[b.model].name)).then_with(|| models[a.model].id.cmp(&models[b.model].id))
    });
    out
}

fn reason(caps: &[Capability], other: &[Capability], ctx: Option<u64>, octx: Option<u64>, price: Option<f64>, p: f64) -> String {
    let mut parts = Vec::new();
    let missing: Vec<&str> = caps.iter().filter(|c| !other.contains(c)).map(|c| c.label()).collect();
    let extra: Vec<&str> = other.iter().filter(|c| !caps.contains(c)).map(|c| c.label()).collect();
    parts.push(match (missing.is_empty(), extra.is_empty()) {
        (true, true) => "same capabilities".to_string(),
        (true, false) => format!("adds {}", extra.join(", ").to_lowercase()),
        (false, _) => format!("lacks {}", missing.join(", ").to_lowercase()),
    });
    parts.push(match (ctx, octx) {
        (Some(a), Some(b)) if a == b => "same context".into(),
        (Some(a), Some(b)) if a > 0 => format!("{} context", ratio_words(b as f64 / a as f64)),
        (_, None) => "context unknown".into(),
        _ => "context".into(),
    });
    parts.push(match price {
        Some(base) if base > 0.0 => {
            let r = p / base;
            if (r - 1.0).abs() < 0.005 {
                "same price".into()
            } else if r < 1.0 {
                format!("{}% cheaper", ((1.0 - r) * 100.0).round())
            } else if r < 2.0 {
                format!("{}% dearer", ((r - 1.0) * 100.0).round())
            } else {
                format!("{}× the price", trim(r))
            }
        }
        Some(_) if p == 0.0 => "same price ($0)".into(),
        _ => "price not comparable".into(),
    });
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CatalogFile;

    fn catalog() -> Catalog {
        let file: CatalogFile = serde_json::from_value(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [{"id": "p", "name": "P"}],
            "models": [
                {"id": "base", "name": "Acme Base 1", "creator": "Acme", "context": 100000, "capabilities": ["vision", "tools"]},
                {"id": "twice", "name": "Twice", "creator": "B", "context": 200000, "capabilities": ["tools", "vision"]},
                {"id": "lacks", "name": "Lacks", "creator": "B", "context": 100000, "capabilities": ["tools"]},
                {"id": "dear", "name": "Dear", "creator": "B", "context": 100000, "capabilities": ["vision", "tools", "reasoning"]},
                {"id": "alias", "name": "Base 1", "creator": "Acme", "context": 100000, "capabilities": ["vision", "tools"]},
                {"id": "unpriced", "name": "Unpriced", "creator": "B", "context": 100000, "capabilities": ["vision", "tools"]},
                {"id": "tie-b", "name": "Tie", "creator": "C", "context": 50000, "capabilities": ["vision", "tools"]},
                {"id": "tie-a", "name": "Tie", "creator": "D", "context": 50000, "capabilities": ["vision", "tools"]}
            ],
            "offers": [
                {"model": "base", "provider": "p", "provider_model_id": "1", "prices": {"input": 1.0, "output": 3.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "twice", "provider": "p", "provider_model_id": "2", "prices": {"input": 0.6, "output": 1.8}, "as_of": "2026-11-20", "source": "s"},
                {"model": "lacks", "provider": "p", "provider_model_id": "3", "prices": {"input": 1.0, "output": 3.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "dear", "provider": "p", "provider_model_id": "4", "prices": {"input": 4.0, "output": 12.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "alias", "provider": "p", "provider_model_id": "5", "prices": {"input": 1.0, "output": 3.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "tie-b", "provider": "p", "provider_model_id": "6", "prices": {"input": 1.0, "output": 3.0}, "as_of": "2026-11-20", "source": "s"},
                {"model": "tie-a", "provider": "p", "provider_model_id": "7", "prices": {"input": 1.0, "output": 3.0}, "as_of": "2026-11-20", "source": "s"}
            ]
        }))
        .unwrap();
        Catalog::from_file(file)
    }

    #[test]
    fn ranks_with_reasons_never_itself_or_an_alias() {
        let c = catalog();
        let alts = alternatives(&c, 0);
        let ids: Vec<&str> = alts.iter().map(|a| c.models()[a.model].id.as_str()).collect();
        // twice: 50 + 20 + 30/(1+0.75·log4(1/0.6)) = 50 + 20 + 30/1.276… ≈ 93.5
        // tie-a/tie-b: 50 + 10 + 30 = 90 (ordered by slug, names equal); lacks: 25 + 20 + 30 = 75; dear: 50 + 20 + 15 = 85.
        assert_eq!(ids, ["twice", "tie-a", "tie-b", "dear", "lacks"]);
        let twice = &alts[0];
        assert_eq!(twice.reason, "same capabilities · 2× context · 40% cheaper");
        let expected = 50.0 + 20.0 + 30.0 / (1.0 + 0.75 * (1.0f64 / 0.6).ln() / 4f64.ln());
        assert!((twice.score - expected).abs() < 1e-9);
        assert_eq!(alts[1].reason, "same capabilities · 1/2 context · same price");
        assert_eq!(alts[3].reason, "adds reasoning · same context · 4× the price");
        assert!((alts[3].score - 85.0).abs() < 1e-9);
        assert_eq!(alts[4].reason, "lacks vision · same context · same price");
        assert!(is_alias(&c, 0, 4));
        // Deterministic.
        assert_eq!(alternatives(&c, 0), alts);
    }
}
