//! A page's state held in the URL query: parsed into a typed value once per
//! URL change, written back as a new history entry, or — while a person
//! types — applied at once and written in place a moment later.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate, use_query_map},
    NavigateOptions,
};
use leptos_use::use_debounce_fn;

/// How long after the last keystroke typed state is written to the URL.
pub const URL_DEBOUNCE_MS: f64 = 250.0;

type Navigate = Arc<dyn Fn(&str, NavigateOptions) + Send + Sync>;
/// A state's URL.
type Href<T> = Arc<dyn Fn(&T) -> String + Send + Sync>;
/// Writes the pending URL now.
type Flush = Arc<dyn Fn() + Send + Sync>;

/// The typed state (the URL's, or what is being typed) and setters that write it back.
pub struct QueryState<T: Send + Sync + 'static> {
    pub state: Memo<T>,
    /// The URL of a state typed but not yet written, which the state is read from meanwhile.
    pending: RwSignal<Option<String>>,
    navigate: StoredValue<Navigate>,
    href: StoredValue<Href<T>>,
    flush: StoredValue<Flush>,
}

impl<T: Send + Sync + 'static> Clone for QueryState<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for QueryState<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> QueryState<T> {
    /// Changes the state with `change` and writes it to the URL as a new
    /// history entry (a click on a facet, sort or preset: Back undoes it).
    pub fn update(&self, change: impl FnOnce(&mut T)) {
        let mut value = self.state.get_untracked();
        change(&mut value);
        let href = (self.href.get_value())(&value);
        self.pending.set(None);
        (self.navigate.get_value())(&href, NavigateOptions { scroll: false, ..Default::default() });
    }

    /// For typing: applies the change at once; the URL follows after
    /// [`URL_DEBOUNCE_MS`], replacing the history entry.
    pub fn update_typing(&self, change: impl FnOnce(&mut T)) {
        let mut value = self.state.get_untracked();
        change(&mut value);
        self.pending.set(Some((self.href.get_value())(&value)));
        (self.flush.get_value())();
    }
}

/// The decoded `key=value` pairs of a URL's query.
fn query_pairs(href: &str) -> Vec<(String, String)> {
    let decode = |s: &str| js_sys::decode_uri_component(s).map(String::from).unwrap_or_else(|_| s.to_owned());
    let query = href.split_once('?').map_or("", |(_, q)| q).split('#').next().unwrap_or("");
    query.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, ""))).map(|(k, v)| (decode(k), decode(v))).collect()
}

/// The router's navigate function and a debounced writer of the pending URL;
/// kept out of the generic function so each page's state type does not copy them.
fn writer(pending: RwSignal<Option<String>>) -> (StoredValue<Navigate>, StoredValue<Flush>) {
    let navigate = use_navigate();
    let navigate = StoredValue::new(Arc::new(move |href: &str, opts: NavigateOptions| navigate(href, opts)) as Navigate);
    let location = use_location();
    let write = move || {
        let Some(Some(href)) = pending.try_get_untracked() else { return };
        pending.try_set(None);
        // Gone to another page meanwhile (its code may still be loading, so this page is still
        // mounted): the typed state belongs to the page left, and writing it would cancel that
        // navigation.
        let path = href.split(['?', '#']).next().unwrap_or_default();
        if location.pathname.try_get_untracked().as_deref() != Some(path) {
            return;
        }
        if let Some(navigate) = navigate.try_get_value() {
            navigate(&href, NavigateOptions { replace: true, scroll: false, ..Default::default() });
        }
    };
    let run = use_debounce_fn(write, URL_DEBOUNCE_MS);
    let flush: Flush = Arc::new(move || {
        run();
    });
    (navigate, StoredValue::new(flush))
}

/// Reads state of type `T` from the URL query with `parse` (given a lookup by
/// key); `href` builds the URL of a state (from `routes::Route`).
pub fn use_query_state<T: Clone + PartialEq + Send + Sync + 'static>(
    parse: impl Fn(&dyn Fn(&str) -> Option<String>) -> T + Send + Sync + 'static,
    href: impl Fn(&T) -> String + Send + Sync + 'static,
) -> QueryState<T> {
    let query = use_query_map();
    let pending = RwSignal::new(None::<String>);
    let state = Memo::new(move |_| match pending.get() {
        Some(href) => {
            let pairs = query_pairs(&href);
            parse(&|k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()))
        }
        None => query.with(|q| parse(&|k: &str| q.get(k))),
    });
    let (navigate, flush) = writer(pending);
    QueryState { state, pending, navigate, href: StoredValue::new(Arc::new(href)), flush }
}
