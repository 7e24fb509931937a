//! `/best-llm-for` and `/best-llm-for/:use_case`.

use leptos::prelude::*;

use crate::pages::planned::Planned;

/// The use-case index.
#[component]
pub fn BestForPage() -> impl IntoView {
    view! { <Planned title="Best LLM for…" what="use cases (coding, long documents, vision and OCR, agents and tool use, JSON extraction, cheap high-volume chat), each a transparent ranking rule over the catalog."/> }
}

/// One use case's ranking.
#[component]
pub fn UseCasePage() -> impl IntoView {
    view! { <Planned title="Best LLM for a use case" what="the ranking for this use case, its rule in plain words, and weights you can change."/> }
}
