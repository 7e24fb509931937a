//! Stage "write": the catalog as JSON, one entry per line so diffs stay readable.

use hub_core::CatalogFile;

/// The catalog as JSON with one provider, model or offer per line.
pub fn to_json(file: &CatalogFile) -> String {
    fn arr<T: serde::Serialize>(name: &str, items: &[T]) -> String {
        let lines: Vec<String> = items.iter().map(|i| serde_json::to_string(i).expect("serialisable")).collect();
        format!("\"{name}\":[\n{}\n]", lines.join(",\n"))
    }
    format!(
        "{{\"schema_version\":{},\"generated_at\":{},\n{},\n{},\n{},\n{}}}\n",
        file.schema_version,
        serde_json::to_string(&file.generated_at).unwrap(),
        arr("sources", &file.sources),
        arr("providers", &file.providers),
        arr("models", &file.models),
        arr("offers", &file.offers)
    )
}
