//! Fetching the published catalog.

use std::sync::Arc;

use hub_core::{parse_catalog, Catalog, CatalogError};

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

/// Downloads and leniently parses the catalog at `url`.
pub async fn fetch_catalog(url: &str) -> Result<Arc<Catalog>, LoadError> {
    let resp = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError::Http(resp.status()));
    }
    let text = resp.text().await.map_err(|e| LoadError::Network(e.to_string()))?;
    Ok(Arc::new(parse_catalog(&text)?))
}
