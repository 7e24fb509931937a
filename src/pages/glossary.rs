//! Route page: Glossary.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// Glossary.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    view! { <Planned title="Glossary" what="every term the catalog uses — context window, cached input, batch pricing, tools, JSON mode — each with an anchor."/> }
}
