//! The last catalog that loaded and parsed, kept in the browser's Cache API so a
//! failed or invalid download can fall back to it ("offline copy from DATE").

use std::sync::Arc;

use hub_core::Catalog;
use leptos::prelude::*;

/// The cache and the key the copy is stored under (only the browser keeps one).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const CACHE: &str = "llm-cloud-hub";
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const COPY_URL: &str = "/catalog.json#last-good";
/// The header that records when the copy was saved (`YYYY-MM-DD`).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const SAVED_AT: &str = "x-saved-at";

/// Set while the app shows the offline copy: the date it was saved.
#[derive(Clone, Copy)]
pub struct OfflineCopy(pub RwSignal<Option<String>>);

pub fn provide_offline_copy() -> OfflineCopy {
    let o = OfflineCopy(RwSignal::new(None));
    provide_context(o);
    o
}

/// `None` where no offline copy is kept (tests, pre-rendering).
pub fn use_offline_copy() -> Option<OfflineCopy> {
    use_context()
}

/// Keeps `bytes` (a catalog that parsed) as the copy, saved on `saved` (`YYYY-MM-DD`).
/// Failures are silent: the copy is a convenience. (A lazily loaded chunk in the split build:
/// it runs after the first view.)
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn save_copy(bytes: Vec<u8>, saved: String) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen_futures::JsFuture;
        let Some(cache) = open_cache().await else { return };
        let init = web_sys::ResponseInit::new();
        let headers = web_sys::Headers::new().ok();
        if let Some(h) = &headers {
            let _ = h.set("content-type", "application/json");
            let _ = h.set(SAVED_AT, &saved);
            init.set_headers(h);
        }
        let mut bytes = bytes;
        let Ok(resp) = web_sys::Response::new_with_opt_u8_array_and_init(Some(&mut bytes), &init) else { return };
        let _ = JsFuture::from(cache.put_with_str(COPY_URL, &resp)).await;
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (bytes, saved);
}

/// The copy and the date it was saved, if one is kept and still parses. (A lazily loaded
/// chunk in the split build: only a failed download needs it.)
#[cfg_attr(feature = "split", leptos::lazy)]
#[allow(clippy::needless_return)] // the native build's `None` follows
pub async fn load_copy() -> Option<(Arc<Catalog>, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let cache = open_cache().await?;
        let found = JsFuture::from(cache.match_with_str(COPY_URL)).await.ok()?;
        let resp: web_sys::Response = found.dyn_into().ok()?;
        let saved = resp.headers().get(SAVED_AT).ok().flatten().unwrap_or_default();
        let buf = JsFuture::from(resp.array_buffer().ok()?).await.ok()?;
        let bytes = js_sys::Uint8Array::new(&buf).to_vec();
        return hub_core::parse_catalog_bytes(&bytes).ok().map(|c| (Arc::new(c), saved));
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

#[cfg(target_arch = "wasm32")]
async fn open_cache() -> Option<web_sys::Cache> {
    use wasm_bindgen::JsCast;
    let caches = window().caches().ok()?;
    wasm_bindgen_futures::JsFuture::from(caches.open(CACHE)).await.ok()?.dyn_into().ok()
}
