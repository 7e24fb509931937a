//! Route page: Provider compliance.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// Provider compliance.
#[component]
pub fn CompliancePage() -> impl IntoView {
    view! { <Planned title="Provider compliance" what="providers × certifications and data policies (SOC 2, ISO 27001, HIPAA BAA, EU residency, training on API data), every cell sourced and dated."/> }
}
