//! Route page: Compare models.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// Compare models.
#[component]
pub fn ComparePage() -> impl IntoView {
    view! { <Planned title="Compare models" what="the selected models side by side — prices per provider, context, capabilities."/> }
}
