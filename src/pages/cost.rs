//! Route page: Monthly cost calculator.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// Monthly cost calculator.
#[component]
pub fn CostPage() -> impl IntoView {
    view! { <Planned title="Monthly cost calculator" what="enter requests per day and tokens per request (with cached and batch shares) and see every model ranked by monthly cost, each line of the sum shown."/> }
}
