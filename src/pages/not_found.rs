//! The 404 page, for unknown routes and unknown slugs.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::routes::Route;

/// Unknown route.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <NotFound what="There is no page at this address.".to_string()/> }
}

/// The page of the model `slug` names (old slugs too), or the 404 view naming the slug.
pub fn model_or_not_found(catalog: &std::sync::Arc<hub_core::Catalog>, slug: &str, page: impl FnOnce(usize) -> AnyView) -> AnyView {
    match catalog.resolve(slug) {
        Some(i) => page(i),
        None => view! { <NotFound what=format!("No model “{slug}” in the catalog.")/> }.into_any(),
    }
}

/// "Not found" with a way on: search the catalog or go home.
#[component]
pub fn NotFound(
    /// What was not found, in a sentence.
    what: String,
) -> impl IntoView {
    view! {
        <Title text="Not found"/>
        <section class="not-found">
            <h1>"404 — not found"</h1>
            <p>{what}</p>
            <form action=Route::Home.href() method="get">
                <label for="nf-search">"Search the catalog"</label>
                <input id="nf-search" type="search" name="q" placeholder="Model, creator or provider"/>
                <button class="btn" type="submit">"Search"</button>
            </form>
        </section>
    }
}
