//! The catalog page's filters, held in the URL query (shareable, kept on
//! reload, back/forward work).

use hub_core::browse::{Filters, QueryKey};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

use crate::routes::Route;

/// How a change is written to history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new history entry (facet clicks, sort): Back undoes it.
    Push,
    /// Replace the current entry (each keystroke of a search), so typing does not flood history.
    Replace,
}

/// The current filters (parsed from the URL) and a setter that writes them back.
#[derive(Clone, Copy)]
pub struct CatalogFilters {
    pub filters: Memo<Filters>,
    navigate: StoredValue<Navigate>,
}

type Navigate = std::sync::Arc<dyn Fn(&str, NavigateOptions) + Send + Sync>;

impl CatalogFilters {
    /// Writes `f` to the URL.
    pub fn set(&self, f: Filters, mode: HistoryMode) {
        let href = Route::Catalog(f.to_query()).href();
        let navigate = self.navigate.get_value();
        navigate(&href, NavigateOptions { replace: mode == HistoryMode::Replace, scroll: false, ..Default::default() });
    }

    /// Changes the current filters with `change` and writes them to the URL.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut Filters)) {
        let mut f = self.filters.get_untracked();
        change(&mut f);
        self.set(f, mode);
    }
}

/// Reads the catalog page's filters from the URL query.
pub fn use_catalog_filters() -> CatalogFilters {
    let query = use_query_map();
    let filters = Memo::new(move |_| query.with(|q| Filters::from_query(|k: QueryKey| q.get(k.as_str()))));
    let navigate = use_navigate();
    let navigate: Navigate = std::sync::Arc::new(move |href, opts| navigate(href, opts));
    CatalogFilters { filters, navigate: StoredValue::new(navigate) }
}
