//! Route page: Self-hosted open-weight models.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// Self-hosted open-weight models.
#[component]
pub fn SelfHostedPage() -> impl IntoView {
    view! { <Planned title="Self-hosted open-weight models" what="open-weight models with parameters, licence, GPU memory per precision and the break-even point against API prices."/> }
}
