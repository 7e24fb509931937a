//! The two derived price-history files.
//! LiteLLM: `{"entries": {"<litellm key>": [{date, input_cost_per_token, output_cost_per_token}]}}` (USD per token).
//! models.dev: `{"entries": {"<provider>/<model id>": [{date, input_per_1m, output_per_1m}]}}` (USD per 1M).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::raw::{per_m, round_sig};

/// One dated observation, USD per 1M tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub date: String,
    pub input: Option<f64>,
    pub output: Option<f64>,
}

#[derive(Deserialize)]
struct File<P> {
    entries: BTreeMap<String, Vec<P>>,
}

#[derive(Deserialize)]
struct LitellmPoint {
    date: String,
    input_cost_per_token: Option<f64>,
    output_cost_per_token: Option<f64>,
}

#[derive(Deserialize)]
struct ModelsDevPoint {
    date: String,
    input_per_1m: Option<f64>,
    output_per_1m: Option<f64>,
}

/// LiteLLM history by LiteLLM key.
pub fn read_litellm(json: &str) -> Result<BTreeMap<String, Vec<Point>>, String> {
    let f: File<LitellmPoint> = serde_json::from_str(json).map_err(|e| format!("LiteLLM history: {e}"))?;
    Ok(f.entries
        .into_iter()
        .map(|(k, v)| (k, v.into_iter().map(|p| Point { date: p.date, input: p.input_cost_per_token.map(per_m), output: p.output_cost_per_token.map(per_m) }).collect()))
        .collect())
}

/// models.dev history by `<provider>/<model id>`.
pub fn read_modelsdev(json: &str) -> Result<BTreeMap<String, Vec<Point>>, String> {
    let f: File<ModelsDevPoint> = serde_json::from_str(json).map_err(|e| format!("models.dev history: {e}"))?;
    Ok(f.entries
        .into_iter()
        .map(|(k, v)| (k, v.into_iter().map(|p| Point { date: p.date, input: p.input_per_1m.map(round_sig), output: p.output_per_1m.map(round_sig) }).collect()))
        .collect())
}
