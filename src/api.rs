//! Fetching the published catalog.

use std::sync::Arc;

use hub_core::{parse_catalog_bytes, Catalog, CatalogError};

/// Why the catalog could not be loaded, told apart for the error view.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("the catalog could not be downloaded (network error: {0})")]
    Network(String),
    #[error("the catalog request failed with HTTP {0}")]
    Http(u16),
    #[error("the catalog file is invalid: {0}")]
    Invalid(#[from] CatalogError),
}

/// Downloads and leniently parses the catalog at `url`; returns it with the bytes it came from.
pub async fn fetch_catalog(url: &str) -> Result<(Arc<Catalog>, Vec<u8>), LoadError> {
    mark("catalog-fetch");
    let resp = gloo_net::http::Request::get(url).send().await.map_err(|e| LoadError::Network(e.to_string()))?;
    mark("catalog-response");
    if !resp.ok() {
        return Err(LoadError::Http(resp.status()));
    }
    // Bytes, not text: no round trip of the whole file through a UTF-16 JS string.
    let bytes = resp.binary().await.map_err(|e| LoadError::Network(e.to_string()))?;
    mark("catalog-bytes");
    let parsed = parse_catalog_bytes(&bytes);
    mark("catalog-parsed");
    Ok((Arc::new(parsed?), bytes))
}

/// A `performance.mark` for the benchmark (no-op where unavailable, as when pre-rendering).
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// Runs `f` inside a `performance.measure` named `name`, for the benchmark.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let (start, end) = (format!("{name}-start"), format!("{name}-end"));
        let _ = p.mark(&start);
        let out = f();
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
        p.clear_marks_with_mark_name(&start);
        p.clear_marks_with_mark_name(&end);
        return out;
    }
    let _ = name;
    f()
}

/// Today's date (`YYYY-MM-DD`, UTC) from the browser's clock (the build machine's when
/// pre-rendering), for "stale" badges.
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    return String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        hub_core::freshness::date_of_day((secs / 86_400) as i64)
    }
}
