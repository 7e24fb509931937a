//! The catalog page's filters, held in the URL query (shareable, kept on
//! reload, back/forward work). The search text a person is typing applies to
//! the results at once and reaches the URL a moment after the last keystroke:
//! writing the URL on every keystroke cost more than the search itself.

use hub_core::browse::{Filters, QueryKey};
use leptos::prelude::*;

use crate::hooks::use_query_state::{use_query_state, QueryState};
use crate::routes::Route;

/// The current filters and the setters that write them to the URL.
#[derive(Clone, Copy)]
pub struct CatalogFilters {
    /// The filters in effect: the URL's, or those being typed.
    pub filters: Memo<Filters>,
    state: QueryState<Filters>,
}

impl CatalogFilters {
    /// Writes `f` to the URL as a new history entry.
    pub fn set(&self, f: Filters) {
        self.state.update(move |x| *x = f);
    }

    /// Changes the current filters with `change` and writes them to the URL as a new history entry.
    pub fn update(&self, change: impl FnOnce(&mut Filters)) {
        self.state.update(change);
    }

    /// Applies search text at once; the URL follows shortly, without a new history entry.
    pub fn type_query(&self, q: String) {
        self.state.update_typing(move |f| f.q = q);
    }
}

/// Reads the catalog page's filters from the URL query.
pub fn use_catalog_filters() -> CatalogFilters {
    let state = use_query_state(|get| Filters::from_query(|k: QueryKey| get(k.as_str())), |f: &Filters| Route::Catalog(f.to_query()).href());
    CatalogFilters { filters: state.state, state }
}
