//! Stage "validate": the app's own validation, run before anything is written.

use hub_core::{Catalog, CatalogFile};

/// Every problem that forbids writing: anything the app's own validation would drop
/// (which includes the plausibility bounds `hub_core::parse::MAX_PRICE` and `MAX_TOKENS`),
/// each naming its entry.
pub fn check(file: &CatalogFile) -> Vec<String> {
    Catalog::from_file(file.clone()).dropped.iter().map(|d| d.to_string()).collect()
}
