//! `/` — the catalog: fuzzy search, facets, sort, compare and CSV export,
//! every filter in the URL.

use std::sync::Arc;

use hub_core::{
    browse::{self, Filters},
    search::SearchIndex,
    Catalog,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use crate::components::{csv_link::CsvLink, facets::Facets, model_table::ModelTable, with_catalog::WithCatalog};
use crate::hooks::use_catalog_filters::{use_catalog_filters, CatalogFilters};
use crate::routes::Route;

/// The catalog page.
#[component]
pub fn HomePage() -> impl IntoView {
    let filters = use_catalog_filters();
    let f = filters.filters;
    view! {
        <Title text="Compare LLM API prices, context windows and capabilities"/>
        <Meta name="description" content="Search LLM APIs across providers: prices per 1M tokens, context windows, capabilities, sources and as-of dates."/>
        <h1>"LLM API catalog"</h1>
        <div class="search-bar">
            <label for="catalog-search">"Search models"</label>
            <input id="catalog-search" type="search" autocomplete="off" placeholder="Name, creator or provider (fuzzy: “mstrl sml”)"
                prop:value=move || f.read().q.clone()
                on:input:target=move |ev| {
                    let q = ev.target().value();
                    filters.type_query(q);
                }/>
        </div>
        <WithCatalog let:catalog>
            <Browse catalog filters/>
        </WithCatalog>
    }
}

/// Facets, toolbar and table over the loaded catalog.
#[component]
fn Browse(catalog: Arc<Catalog>, filters: CatalogFilters) -> impl IntoView {
    let f = filters.filters;
    let index = Arc::new(SearchIndex::new(&catalog));
    let rows = {
        let catalog = catalog.clone();
        Memo::new(move |_| f.with(|f| crate::api::measured("browse-rows", || browse::rows(&catalog, &index, f))))
    };
    let selected = RwSignal::new(Vec::<String>::new());
    let compare_href = move || Route::Compare(selected.get()).href();
    let count = move || {
        let n = rows.read().len();
        format!("{} model{}", hub_core::money::format_int(n as u64), if n == 1 { "" } else { "s" })
    };
    view! {
        <div class="browse">
            <Facets catalog=catalog.clone() filters/>
            <section class="results" aria-label="Models">
                <div class="toolbar">
                    <p class="result-count" aria-live="polite">{count}</p>
                    <p class="hint" data-field="order-rule">{move || (f.read().sort == Default::default() && f.read().q.is_empty()).then(|| format!("Order: {}", browse::POPULAR_RULE))}</p>
                    <Show when=move || !f.read().is_unfiltered()>
                        <button class="btn" on:click=move |_| filters.set(Filters { sort: f.get_untracked().sort, ..Filters::default() })>
                            "Clear filters"
                        </button>
                    </Show>
                    <CsvLink catalog=catalog.clone() rows/>
                    <Show
                        when=move || { selected.read().len() >= 2 }
                        fallback=move || view! { <span class="hint">"Tick two or more models to compare"</span> }
                    >
                        <A href=compare_href attr:class="btn btn-primary">{move || format!("Compare {} →", selected.read().len())}</A>
                        <button class="btn" on:click=move |_| selected.set(Vec::new())>"Clear selection"</button>
                    </Show>
                </div>
                <ModelTable catalog rows sort=Signal::derive(move || f.read().sort)
                    on_sort=Callback::new(move |key| filters.update(|f| f.sort = f.sort.toggled(key)))
                    selected/>
            </section>
        </div>
    }
}
