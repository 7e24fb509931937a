//! The catalog's model list: one row per model with its cheapest offer.

use std::sync::Arc;

use hub_core::{
    money::{format_int, format_price},
    Catalog,
};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Route;

/// Rows rendered at first; more on request (full virtualisation is planned).
pub const PAGE: usize = 100;

/// A table of the models at `rows` (indices into the catalog's models).
#[component]
pub fn ModelTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Model indices to show, in order.
    #[prop(into)]
    rows: Signal<Vec<usize>>,
) -> impl IntoView {
    let shown = RwSignal::new(PAGE);
    let visible = move || rows.with(|r| r.iter().take(shown.get()).copied().collect::<Vec<_>>());
    view! {
        <p class="result-count" aria-live="polite">
            {move || { let n = rows.read().len(); format!("{n} model{}", if n == 1 { "" } else { "s" }) }}
        </p>
        <div class="table-wrap">
            <table class="models">
                <thead>
                    <tr>
                        <th scope="col">"Model"</th>
                        <th scope="col">"Creator"</th>
                        <th scope="col" class="num">"Context"</th>
                        <th scope="col" class="num">"Input $/1M"</th>
                        <th scope="col" class="num">"Output $/1M"</th>
                        <th scope="col" class="num">"Providers"</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=visible key=|i| *i let:i>
                        <ModelRow catalog=catalog.clone() index=i/>
                    </For>
                </tbody>
            </table>
        </div>
        <Show when=move || { rows.read().len() > shown.get() }>
            <p class="more">
                {move || format!("Showing {} of {}. ", shown.get().min(rows.read().len()), rows.read().len())}
                <button class="btn" on:click=move |_| shown.update(|n| *n += PAGE * 5)>"Show more"</button>
                " "
                <button class="btn" on:click=move |_| shown.set(usize::MAX)>"Show all"</button>
            </p>
        </Show>
    }
}

/// One model's row; prices are its cheapest (50/50 blended) offer's.
#[component]
fn ModelRow(catalog: Arc<Catalog>, index: usize) -> impl IntoView {
    let m = &catalog.models()[index];
    let cheapest = catalog.cheapest_offer(index);
    let providers = catalog.provider_count(index);
    let name = m.name.clone();
    view! {
        <tr data-row=m.id.clone()>
            <th scope="row"><A href=Route::Model(m.id.clone()).href()>{name}</A></th>
            <td>{m.creator.clone()}</td>
            <td class="num">{m.context.map(format_int).unwrap_or_else(|| "unknown".into())}</td>
            <td class="num">{format_price(cheapest.and_then(|o| o.prices.input))}</td>
            <td class="num">{format_price(cheapest.and_then(|o| o.prices.output))}</td>
            <td class="num">{providers}</td>
        </tr>
    }
}
