//! A page's state held in the URL query: parsed into a typed value once per
//! URL change, written back as a new history entry or in place.

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

pub use crate::hooks::use_catalog_filters::HistoryMode;

type Navigate = std::sync::Arc<dyn Fn(&str, NavigateOptions) + Send + Sync>;

/// The typed state (a `Memo` of the URL) and a setter that writes it back.
pub struct QueryState<T: Send + Sync + 'static> {
    pub state: Memo<T>,
    navigate: StoredValue<Navigate>,
    href: StoredValue<std::sync::Arc<dyn Fn(&T) -> String + Send + Sync>>,
}

impl<T: Send + Sync + 'static> Clone for QueryState<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for QueryState<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> QueryState<T> {
    /// Changes the state with `change` and writes it to the URL.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut T)) {
        let mut value = self.state.get_untracked();
        change(&mut value);
        let href = (self.href.get_value())(&value);
        (self.navigate.get_value())(&href, NavigateOptions { replace: mode == HistoryMode::Replace, scroll: false, ..Default::default() });
    }
}

/// Reads state of type `T` from the URL query with `parse` (given a lookup by
/// key); `href` builds the URL of a state (from `routes::Route`).
pub fn use_query_state<T: Clone + PartialEq + Send + Sync + 'static>(
    parse: impl Fn(&dyn Fn(&str) -> Option<String>) -> T + Send + Sync + 'static,
    href: impl Fn(&T) -> String + Send + Sync + 'static,
) -> QueryState<T> {
    let query = use_query_map();
    let state = Memo::new(move |_| query.with(|q| parse(&|k: &str| q.get(k))));
    let navigate = use_navigate();
    let navigate: Navigate = std::sync::Arc::new(move |href, opts| navigate(href, opts));
    QueryState { state, navigate: StoredValue::new(navigate), href: StoredValue::new(std::sync::Arc::new(href)) }
}
