//! The catalog's model list: one row per model with its cheapest offer.

use std::sync::Arc;

use hub_core::{
    money::{format_int, format_price},
    Catalog,
};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Route;

/// A table of the models at `rows` (indices into the catalog's models).
#[component]
pub fn ModelTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Model indices to show, in order.
    #[prop(into)]
    rows: Signal<Vec<usize>>,
) -> impl IntoView {
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
                    <For each=move || rows.get() key=|i| *i let:i>
                        <ModelRow catalog=catalog.clone() index=i/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// One model's row; prices are its cheapest (50/50 blended) offer's.
#[component]
fn ModelRow(catalog: Arc<Catalog>, index: usize) -> impl IntoView {
    let m = &catalog.models()[index];
    let cheapest = catalog.cheapest_offer(index);
    let providers = catalog.offers_of(index).map(|o| o.provider.as_str()).collect::<std::collections::BTreeSet<_>>().len();
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
