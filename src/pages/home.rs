//! `/` — the catalog: search and the model list.

use hub_core::search::SearchIndex;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::{hooks::query_signal_with_options, NavigateOptions};

use crate::components::{model_table::ModelTable, with_catalog::WithCatalog};

/// The catalog page; the search query lives in `?q=`.
#[component]
pub fn HomePage() -> impl IntoView {
    let (q, set_q) = query_signal_with_options::<String>(
        "q",
        NavigateOptions { replace: true, scroll: false, ..Default::default() },
    );
    view! {
        <Title text="Compare LLM API prices, context windows and capabilities"/>
        <Meta name="description" content="Search LLM APIs across providers: prices per 1M tokens, context windows, capabilities, sources and as-of dates."/>
        <h1>"LLM API catalog"</h1>
        <div class="search-bar">
            <label for="catalog-search">"Search models"</label>
            <input id="catalog-search" type="search" autocomplete="off" placeholder="Name, creator or provider"
                prop:value=move || q.get().unwrap_or_default()
                on:input:target=move |ev| {
                    let v = ev.target().value();
                    set_q.set((!v.is_empty()).then_some(v));
                }/>
        </div>
        <WithCatalog let:catalog>
            {
                let index = SearchIndex::new(&catalog);
                let rows = Memo::new(move |_| q.with(|q| index.search(q.as_deref().unwrap_or(""))));
                view! { <ModelTable catalog rows/> }
            }
        </WithCatalog>
    }
}
