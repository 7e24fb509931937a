//! The model page's FAQ and related models, both derived from the catalog.

use std::sync::Arc;

use hub_core::{
    alternatives::alternatives,
    model_info::{blended_cheapest, faq},
    money::format_price,
    Catalog,
};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Route;

/// Questions answered from the data.
#[component]
pub fn ModelFaq(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let items = faq(&catalog, model_index).into_iter().map(|f| view! { <div class="faq-item"><dt>{f.question}</dt><dd>{f.answer}</dd></div> }).collect_view();
    view! {
        <section aria-labelledby="faq-h">
            <h2 id="faq-h">"FAQ"</h2>
            <dl class="faq">{items}</dl>
        </section>
    }
}

/// The top alternatives (the same ranking as the alternatives page), each with its reason.
#[component]
pub fn RelatedModels(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let list = alternatives(&catalog, model_index);
    let body = if list.is_empty() {
        view! { <p class="muted">"No other model in the catalog has a price to compare."</p> }.into_any()
    } else {
        list.into_iter()
            .take(5)
            .map(|a| {
                let m = &catalog.models()[a.model];
                let (href, name) = (Route::Model(m.id.clone()).href(), m.name.clone());
                let price = format!("{} · {} blended (50/50) · {}", a.reason, format_price(blended_cheapest(&catalog, a.model)), m.creator);
                view! { <li data-related=m.id.clone()><A href=href>{name}</A> " " <span class="muted">{price}</span></li> }
            })
            .collect_view()
            .into_any()
    };
    let all = Route::Alternatives(catalog.models()[model_index].id.clone()).href();
    view! {
        <section aria-labelledby="related-h">
            <h2 id="related-h">"Related models"</h2>
            <p class="muted">"The top of the alternatives ranking: capabilities, context window and price tier."</p>
            <ul class="related">{body}</ul>
            <p><A href=all>"All alternatives, with scores →"</A></p>
        </section>
    }
}
