//! Route page: Alternatives.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// Alternatives.
#[component]
pub fn AlternativesPage() -> impl IntoView {
    view! { <Planned title="Alternatives" what="the full ranked list of alternatives to this model, with the reason for each rank (capabilities, context window, price)."/> }
}
