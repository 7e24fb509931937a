//! `/embed/...` — chrome-less views for iframes.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// The calculator, for embedding.
#[component]
pub fn EmbedCostPage() -> impl IntoView {
    view! { <Planned title="Embeddable cost calculator" what="the monthly cost calculator without site chrome, for iframes."/> }
}

/// A model card, for embedding.
#[component]
pub fn EmbedModelPage() -> impl IntoView {
    view! { <Planned title="Embeddable model card" what="a compact model card without site chrome, for iframes."/> }
}
