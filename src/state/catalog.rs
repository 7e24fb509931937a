//! The catalog, fetched once and shared through context.

use std::{future::Future, sync::Arc};

use hub_core::Catalog;
use leptos::prelude::*;

use crate::api::{fetch_catalog, today, LoadError};
use crate::routes::{asset, CATALOG_PATH};
use crate::state::offline::{load_copy, provide_offline_copy, save_copy};

/// The loaded catalog, or why it failed. Pages read it through [`WithCatalog`](crate::components::with_catalog::WithCatalog).
#[derive(Clone, Copy)]
pub struct CatalogResource(pub LocalResource<Result<Arc<Catalog>, LoadError>>);

/// Fetches the catalog (`/catalog.json` under the site's base; once; `refetch` retries) and provides it. A catalog
/// that downloads and parses becomes the offline copy; when the download fails or
/// the file is invalid, the offline copy is shown instead, if there is one.
pub fn provide_catalog() -> CatalogResource {
    let offline = provide_offline_copy();
    provide_catalog_with(move || async move {
        match fetch_catalog(&asset(CATALOG_PATH)).await {
            Ok((catalog, bytes)) => {
                offline.0.set(None);
                // Kept in the background: the page does not wait for the cache write.
                leptos::task::spawn_local(save_copy(bytes, today()));
                Ok(catalog)
            }
            Err(e) => match load_copy().await {
                Some((catalog, saved)) => {
                    offline.0.set(Some(saved));
                    Ok(catalog)
                }
                None => Err(e),
            },
        }
    })
}

/// Provides a catalog from any loader (tests use in-memory fixtures).
pub fn provide_catalog_with<F, Fut>(load: F) -> CatalogResource
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<Arc<Catalog>, LoadError>> + 'static,
{
    let res = CatalogResource(LocalResource::new(load));
    provide_context(res);
    res
}

pub fn use_catalog() -> CatalogResource {
    expect_context()
}

/// A catalog already in memory, for rendering pages to HTML at build time
/// (`src/bin/prerender.rs`): pages render at once, without the fetch.
#[derive(Clone)]
pub struct PrerenderedCatalog(pub Arc<Catalog>);

/// The catalog when pre-rendering, else `None`.
pub fn use_prerendered_catalog() -> Option<Arc<Catalog>> {
    use_context::<PrerenderedCatalog>().map(|p| p.0)
}
