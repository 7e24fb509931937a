//! The catalog page's filters, held in the URL query (shareable, kept on
//! reload, back/forward work). The search text a person is typing applies to
//! the results at once and reaches the URL a moment after the last keystroke:
//! writing the URL on every keystroke cost more than the search itself.

use std::sync::Arc;

use hub_core::browse::{Filters, QueryKey};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};
use leptos_use::use_debounce_fn;

use crate::routes::Route;

/// How long after the last keystroke the search text is written to the URL.
pub const URL_DEBOUNCE_MS: f64 = 250.0;

/// How a change is written to history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new history entry (facet clicks, sort): Back undoes it.
    Push,
    /// Replace the current entry (the search text), so typing does not flood history.
    Replace,
}

/// The current filters and the setters that write them to the URL.
#[derive(Clone, Copy)]
pub struct CatalogFilters {
    /// The filters in effect: the URL's, with the search text being typed, if any.
    pub filters: Memo<Filters>,
    /// Search text typed but not yet in the URL.
    typed: RwSignal<Option<String>>,
    navigate: StoredValue<Navigate>,
    flush: StoredValue<Arc<dyn Fn() + Send + Sync>>,
}

type Navigate = Arc<dyn Fn(&str, NavigateOptions) + Send + Sync>;

impl CatalogFilters {
    /// Writes `f` to the URL (it then holds the search text too).
    pub fn set(&self, f: Filters, mode: HistoryMode) {
        let href = Route::Catalog(f.to_query()).href();
        let navigate = self.navigate.get_value();
        navigate(&href, NavigateOptions { replace: mode == HistoryMode::Replace, scroll: false, ..Default::default() });
        self.typed.set(None);
    }

    /// Changes the current filters with `change` and writes them to the URL.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut Filters)) {
        let mut f = self.filters.get_untracked();
        change(&mut f);
        self.set(f, mode);
    }

    /// Applies search text at once; the URL follows after [`URL_DEBOUNCE_MS`] without a new history entry.
    pub fn type_query(&self, q: String) {
        self.typed.set(Some(q));
        (self.flush.get_value())();
    }
}

/// Reads the catalog page's filters from the URL query.
pub fn use_catalog_filters() -> CatalogFilters {
    let query = use_query_map();
    let url = Memo::new(move |_| query.with(|q| Filters::from_query(|k: QueryKey| q.get(k.as_str()))));
    let typed = RwSignal::new(None::<String>);
    let filters = Memo::new(move |_| {
        let mut f = url.get();
        if let Some(q) = typed.get() {
            f.q = q;
        }
        f
    });
    let navigate = use_navigate();
    let navigate: Navigate = Arc::new(move |href, opts| navigate(href, opts));
    let navigate = StoredValue::new(navigate);
    let write = move || {
        if typed.get_untracked().is_some() {
            let href = Route::Catalog(filters.get_untracked().to_query()).href();
            (navigate.get_value())(&href, NavigateOptions { replace: true, scroll: false, ..Default::default() });
            typed.set(None);
        }
    };
    let debounced = use_debounce_fn(write, URL_DEBOUNCE_MS);
    let flush: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
        debounced();
    });
    CatalogFilters { filters, typed, navigate, flush: StoredValue::new(flush) }
}
