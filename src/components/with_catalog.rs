//! Gate for every page that needs the catalog: a skeleton while it loads,
//! an error view with Retry when it fails, and a notice of dropped entries.

use std::sync::Arc;

use hub_core::Catalog;
use leptos::prelude::*;

use crate::state::{
    catalog::{use_catalog, use_prerendered_catalog},
    offline::use_offline_copy,
};

/// Renders `children` with the catalog once it has loaded; loading and
/// failure are handled here once, for every page.
#[component]
pub fn WithCatalog<F, IV>(
    /// Builds the page body from the loaded catalog.
    children: F,
) -> impl IntoView
where
    F: Fn(Arc<Catalog>) -> IV + Send + Sync + Clone + 'static,
    IV: IntoView + 'static,
{
    // One copy of the loading machinery for every page, not one per page's body type.
    gate(Arc::new(move |catalog| children(catalog).into_any()))
}

/// A page body built from the loaded catalog.
type Body = Arc<dyn Fn(Arc<Catalog>) -> AnyView + Send + Sync>;

/// [`WithCatalog`]'s body, type-erased.
fn gate(children: Body) -> AnyView {
    // Pre-rendering at build time: the catalog is already here; render the page itself.
    if let Some(catalog) = use_prerendered_catalog() {
        return view! { <DroppedNotice catalog=catalog.clone()/> {children(catalog)} }.into_any();
    }
    let res = use_catalog().0;
    view! {
        <Suspense fallback=|| view! { <Skeleton/> }>
            <ErrorBoundary fallback=move |errors| Suspend::new(load_error(errors))>
                {move || {
                    let children = children.clone();
                    Suspend::new(async move {
                        res.await.map(|catalog| view! { <OfflineBanner/> <DroppedNotice catalog=catalog.clone()/> {children(catalog)} })
                    })
                }}
            </ErrorBoundary>
        </Suspense>
    }
    .into_any()
}

/// Why the catalog could not be loaded, and Retry (a lazily loaded chunk in the split build:
/// only a failed load shows it).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn load_error(errors: ArcRwSignal<Errors>) -> AnyView {
    let res = use_catalog().0;
    view! {
        <div class="load-error" role="alert">
            <h2>"Could not load the catalog"</h2>
            <ul>
                {move || errors.get().into_iter().map(|(_, e)| view! { <li>{e.to_string()}</li> }).collect_view()}
            </ul>
            <button class="btn" on:click=move |_| res.refetch()>"Retry"</button>
        </div>
    }
    .into_any()
}

/// "Offline copy from DATE — Retry" while the app shows the last catalog that loaded.
#[component]
fn OfflineBanner() -> impl IntoView {
    use_offline_copy().map(|o| move || o.0.read().is_some().then(|| Suspend::new(offline_banner(o))))
}

/// The offline-copy banner's view (a lazily loaded chunk in the split build: only a failed
/// load shows it).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn offline_banner(o: crate::state::offline::OfflineCopy) -> AnyView {
    let res = use_catalog().0;
    view! {
        <p class="banner banner-warn" role="status" data-field="offline-copy">
            {move || format!("The catalog could not be loaded. This is the offline copy from {} — ", o.0.get().unwrap_or_default())}
            <button class="btn" on:click=move |_| res.refetch()>"Retry"</button>
        </p>
    }
    .into_any()
}

/// Grey placeholder rows shown while the catalog downloads.
#[component]
pub fn Skeleton() -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true" aria-label="Loading catalog">
            {(0..8).map(|_| view! { <div class="skeleton-row"></div> }).collect_view()}
        </div>
    }
}

/// Says how many catalog entries were left out while loading, and why.
#[component]
pub fn DroppedNotice(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let n = catalog.dropped.len();
    (n > 0).then(|| {
        let items = catalog.dropped.iter().map(|d| view! { <li>{d.to_string()}</li> }).collect_view();
        view! {
            <details class="dropped-notice" role="status">
                <summary>{format!("{n} catalog {} could not be used and {} left out", if n == 1 { "entry" } else { "entries" }, if n == 1 { "was" } else { "were" })}</summary>
                <ul>{items}</ul>
            </details>
        }
    })
}
