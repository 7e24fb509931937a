//! `/compare?models=a,b,c` — models side by side.

use std::sync::Arc;

use hub_core::{
    money::{blended, format_int, format_price},
    Capability, Catalog, Modality,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::{components::A, hooks::use_query_map};

use crate::components::with_catalog::WithCatalog;
use crate::routes::Route;

/// The compare page; the models come from `?models=` (comma-separated slugs).
#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map();
    let slugs = Memo::new(move |_| {
        query.with(|q| q.get("models").map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect::<Vec<_>>()).unwrap_or_default())
    });
    view! {
        <Title text="Compare models side by side"/>
        <Meta name="description" content="LLM models side by side: prices, context windows, capabilities, modalities and licences."/>
        <h1>"Compare models"</h1>
        <WithCatalog let:catalog>
            {move || view! { <CompareTable catalog=catalog.clone() slugs=slugs.get()/> }}
        </WithCatalog>
    }
}

/// One column per known model, one row per fact; unknown slugs are listed.
#[component]
fn CompareTable(catalog: Arc<Catalog>, slugs: Vec<String>) -> impl IntoView {
    let (known, unknown): (Vec<_>, Vec<_>) = slugs.iter().partition(|s| catalog.resolve(s).is_some());
    let models: Vec<usize> = known.iter().filter_map(|s| catalog.resolve(s)).collect();
    let unknown_note = (!unknown.is_empty()).then(|| {
        let list = unknown.iter().map(|s| format!("“{s}”")).collect::<Vec<_>>().join(", ");
        view! { <p class="field-error" role="status">{format!("Not in the catalog: {list}.")}</p> }
    });
    if models.is_empty() {
        return view! {
            {unknown_note}
            <p>"Pick models to compare: tick two or more on the " <A href=Route::Home.href()>"catalog"</A> " and press Compare."</p>
        }
        .into_any();
    }
    let c = catalog.clone();
    let cols = models.clone();
    let row = move |label: &'static str, field: &'static str, value: &dyn Fn(usize) -> String| {
        let cells = cols.iter().map(|&i| view! { <td data-field=field>{value(i)}</td> }).collect_view();
        view! { <tr><th scope="row">{label}</th>{cells}</tr> }
    };
    let cheapest = |i: usize| c.cheapest_offer(i);
    let heads = models
        .iter()
        .map(|&i| {
            let m = &catalog.models()[i];
            let others: Vec<String> = models.iter().filter(|&&j| j != i).map(|&j| catalog.models()[j].id.clone()).collect();
            let (href, name, remove, label) = (Route::Model(m.id.clone()).href(), m.name.clone(), Route::Compare(others).href(), format!("Remove {} from the comparison", m.name));
            view! { <th scope="col" data-model=m.id.clone()><A href=href>{name}</A> " " <A href=remove attr:class="remove" attr:aria-label=label>"×"</A></th> }
        })
        .collect_view();
    let m = |i: usize| &c.models()[i];
    let mut rows = vec![
        row("Creator", "creator", &|i| m(i).creator.clone()).into_any(),
        row("Context window", "context", &|i| hub_core::model_info::context_label(&c, i)).into_any(),
        row("Max output", "max_output", &|i| m(i).max_output.map(format_int).unwrap_or_else(|| "unknown".into())).into_any(),
        row("Input $/1M (cheapest)", "input", &|i| format_price(cheapest(i).and_then(|o| o.prices.input))).into_any(),
        row("Output $/1M (cheapest)", "output", &|i| format_price(cheapest(i).and_then(|o| o.prices.output))).into_any(),
        row("50/50 blended $/1M", "blended", &|i| format_price(cheapest(i).and_then(|o| Some(blended(o.prices.input?, o.prices.output?, 0.5))))).into_any(),
        row("Cheapest at", "cheapest_provider", &|i| {
            cheapest(i).map(|o| c.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone())).unwrap_or_else(|| "unknown".into())
        })
        .into_any(),
        row("Providers", "providers", &|i| c.provider_count(i).to_string()).into_any(),
        row("Input modalities", "modalities", &|i| {
            let input = &m(i).input;
            if input.is_empty() {
                Modality::Text.label().to_string()
            } else {
                input.iter().map(|x| x.label()).collect::<Vec<_>>().join(", ")
            }
        })
        .into_any(),
        row("Open weights", "open_weights", &|i| match m(i).open_weights {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => "unknown".into(),
        })
        .into_any(),
        row("Licence", "license", &|i| m(i).license.clone().unwrap_or_else(|| "unknown".into())).into_any(),
        row("Released", "release_date", &|i| m(i).release_date.clone().unwrap_or_else(|| "unknown".into())).into_any(),
        row("Knowledge cutoff", "knowledge_cutoff", &|i| m(i).knowledge_cutoff.clone().unwrap_or_else(|| "unknown".into())).into_any(),
    ];
    for cap in Capability::ALL {
        rows.push(row(cap.label(), cap.id(), &|i| if m(i).capabilities.contains(&cap) { "✓ yes".into() } else { "—".into() }).into_any());
    }
    view! {
        {unknown_note}
        <div class="table-wrap">
            <table class="compare">
                <caption>"Prices in USD per 1M tokens, from each model's cheapest offer (50/50 blended). “—” under a capability: no source claims it."</caption>
                <thead><tr><th scope="col">"Model"</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
