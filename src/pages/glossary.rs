//! `/glossary` — every term a "Glossary →" link points at, each at its anchor.

use hub_core::glossary::TERMS;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The glossary; scrolls to the term named in the URL's `#fragment`.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    // The router navigates without a page load, so bring the target term into view ourselves.
    Effect::new(move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(el) = hash.strip_prefix('#').and_then(|id| document().get_element_by_id(id)) {
            el.scroll_into_view();
        }
    });
    view! {
        <Title text="Glossary"/>
        <Meta name="description" content="What the terms on LLM Cloud Hub mean: context window, input and output price, cached input, batch, long-context tiers, capabilities."/>
        <h1>"Glossary"</h1>
        <dl class="glossary">
            {TERMS.iter().map(|t| view! {
                <div class="term" id=t.id>
                    <dt><a href=format!("#{}", t.id) class="anchor">{t.name}</a></dt>
                    <dd>{t.long}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
