//! Every provider offering one model, with prices, as-of date and source.

use std::sync::Arc;

use hub_core::{
    links::safe_link,
    money::{format_int, format_price},
    Catalog,
};
use leptos::prelude::*;

/// The offers of the model at `model_index`, cheapest (50/50 blended) marked.
#[component]
pub fn OfferTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let model = &catalog.models()[model_index];
    let cheapest = catalog.cheapest_offer(model_index).map(|o| (o.provider.clone(), o.provider_model_id.clone()));
    let rows = catalog
        .offers_of(model_index)
        .map(|o| {
            let provider = catalog.provider(&o.provider);
            let name = provider.map_or(o.provider.clone(), |p| p.name.clone());
            let is_cheapest = cheapest.as_ref().is_some_and(|(p, id)| *p == o.provider && *id == o.provider_model_id);
            let source = catalog.source(&o.source);
            let source_view = match source.and_then(|s| safe_link(Some(&s.url)).map(|u| (u.to_owned(), s.name.clone()))) {
                Some((url, label)) => view! { <a href=url rel="noopener noreferrer" target="_blank">{label}</a> }.into_any(),
                None => o.source.clone().into_any(),
            };
            view! {
                <tr data-offer=format!("{}/{}", o.provider, o.provider_model_id)>
                    <th scope="row">{name} {is_cheapest.then(|| view! { " " <span class="badge badge-good">"cheapest"</span> })}</th>
                    <td><code>{o.provider_model_id.clone()}</code></td>
                    <td class="num" data-field="input">{format_price(o.prices.input)}</td>
                    <td class="num" data-field="output">{format_price(o.prices.output)}</td>
                    <td class="num">{format_price(o.prices.cache_read)}</td>
                    <td class="num">{o.context_or(model).map(format_int).unwrap_or_else(|| "unknown".into())}</td>
                    <td>{o.as_of.clone()}</td>
                    <td>{source_view}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="offers">
                <caption>"Prices in USD per 1M tokens"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Provider"</th>
                        <th scope="col">"Model id"</th>
                        <th scope="col" class="num">"Input"</th>
                        <th scope="col" class="num">"Output"</th>
                        <th scope="col" class="num">"Cached input"</th>
                        <th scope="col" class="num">"Context"</th>
                        <th scope="col">"As of"</th>
                        <th scope="col">"Source"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
