//! The model page's FAQ and related models, both derived from the catalog.

use std::sync::Arc;

use hub_core::{
    model_info::{blended_cheapest, faq, related},
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
    let items = faq(&catalog, model_index)
        .into_iter()
        .map(|f| view! { <div class="faq-item"><dt>{f.question}</dt><dd>{f.answer}</dd></div> })
        .collect_view();
    view! {
        <section aria-labelledby="faq-h">
            <h2 id="faq-h">"FAQ"</h2>
            <dl class="faq">{items}</dl>
        </section>
    }
}

/// Other models with the same capabilities, nearest in price.
#[component]
pub fn RelatedModels(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let list = related(&catalog, model_index, 5);
    let body = if list.is_empty() {
        view! { <p class="muted">"No other priced model has exactly these capabilities."</p> }.into_any()
    } else {
        list.into_iter()
            .map(|j| {
                let m = &catalog.models()[j];
                let (href, name) = (Route::Model(m.id.clone()).href(), m.name.clone());
                let price = format!("{} blended (50/50) · {}", format_price(blended_cheapest(&catalog, j)), m.creator);
                view! { <li data-related=m.id.clone()><A href=href>{name}</A> " " <span class="muted">{price}</span></li> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section aria-labelledby="related-h">
            <h2 id="related-h">"Related models"</h2>
            <p class="muted">"Same capabilities, nearest 50/50 blended price per 1M tokens."</p>
            <ul class="related">{body}</ul>
        </section>
    }
}
