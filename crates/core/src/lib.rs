//! LLM Cloud Hub's domain: the catalog's types, lenient parsing and
//! validation, money formatting, safe links and the keyboard state machine.
//! Pure Rust (no browser APIs), so every rule a figure depends on is tested natively.

pub mod alternatives;
pub mod browse;
pub mod catalog;
pub mod changes;
pub mod chart;
pub mod compliance;
pub mod cost;
pub mod embed;
pub mod freshness;
pub mod glossary;
pub mod keymap;
pub mod links;
pub mod model_info;
pub mod money;
pub mod order;
pub mod palette;
pub mod parse;
pub mod quickstart;
pub mod search;
pub mod self_hosted;
pub mod use_cases;

pub use catalog::*;
pub use parse::{parse_catalog, parse_catalog_bytes, parse_catalog_each, Catalog, CatalogError, Dropped};

/// The JSON Schema of `catalog.json`, generated from the types.
#[cfg(feature = "schema")]
pub fn catalog_json_schema() -> String {
    let schema = schemars::schema_for!(CatalogFile);
    serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n"
}
