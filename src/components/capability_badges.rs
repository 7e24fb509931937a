//! A model's capabilities as badges, each with its one-line meaning and a glossary link.

use hub_core::{glossary::term_of, Capability};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Route;

/// One badge per capability, in catalog order.
#[component]
pub fn CapabilityBadges(
    /// The model's capabilities.
    capabilities: Vec<Capability>,
) -> impl IntoView {
    view! {
        <ul class="capabilities">
            {capabilities.into_iter().map(|c| {
                let t = term_of(c);
                view! {
                    <li class="capability" data-capability=c.id()>
                        <strong>{c.label()}</strong>
                        " " <span class="muted">{t.short}</span>
                        " " <GlossaryLink term=t.id/>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// "Glossary →", to a term's anchor.
#[component]
pub fn GlossaryLink(
    /// The term's anchor id.
    term: &'static str,
) -> impl IntoView {
    view! { <A href=Route::Glossary(Some(term.to_owned())).href() attr:class="glossary-link">"Glossary →"</A> }
}
