//! `/models/:slug` — one model: facts and every provider's prices.

use hub_core::money::{format_int, format_price};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::{components::A, hooks::use_params, params::Params};

use crate::components::{
    capability_badges::{CapabilityBadges, GlossaryLink},
    offer_table::OfferTable,
    with_catalog::WithCatalog,
};
use crate::pages::not_found::NotFound;
use crate::routes::Route;

#[derive(Params, PartialEq, Clone, Debug)]
pub struct SlugParams {
    pub slug: Option<String>,
}

/// The slug route parameter, empty when absent.
pub fn use_slug() -> Signal<String> {
    let params = use_params::<SlugParams>();
    Signal::derive(move || params.read().as_ref().ok().and_then(|p| p.slug.clone()).unwrap_or_default())
}

/// The model page.
#[component]
pub fn ModelPage() -> impl IntoView {
    let slug = use_slug();
    view! {
        <WithCatalog let:catalog>
            {move || {
                let slug = slug.get();
                let Some(i) = catalog.model_index(&slug) else {
                    return view! { <NotFound what=format!("No model “{slug}” in the catalog.")/> }.into_any();
                };
                let m = &catalog.models()[i];
                let cheapest = catalog.cheapest_offer(i);
                let ctx = m.context.or_else(|| cheapest.and_then(|o| o.context_or(m)));
                let title = format!("{} — pricing, context window, providers", m.name);
                let description = format!(
                    "{} by {}: {} context, prices per provider with sources and dates.",
                    m.name, m.creator, ctx.map(|c| format!("{} tokens", format_int(c))).unwrap_or_else(|| "unknown".into())
                );
                let alternatives_label = format!("See alternatives to {} →", m.name);
                view! {
                    <Title text=title/>
                    <Meta name="description" content=description/>
                    <p class="eyebrow">"Model"</p>
                    <h1>{m.name.clone()}</h1>
                    <p class="byline">"By " <span data-field="creator">{m.creator.clone()}</span></p>
                    <CapabilityBadges capabilities=m.capabilities.clone()/>
                    <div class="stat-cards">
                        <div class="stat">
                            <span class="stat-label">"Context window " <GlossaryLink term="context-window"/></span>
                            <span class="stat-value" data-field="context">{ctx.map(format_int).unwrap_or_else(|| "unknown".into())}</span>
                            <span class="stat-unit">"tokens"</span>
                        </div>
                        <div class="stat">
                            <span class="stat-label">"Input price (cheapest) " <GlossaryLink term="input-price"/></span>
                            <span class="stat-value" data-field="input">{format_price(cheapest.and_then(|o| o.prices.input))}</span>
                            <span class="stat-unit">"per 1M tokens"</span>
                        </div>
                        <div class="stat">
                            <span class="stat-label">"Output price (cheapest) " <GlossaryLink term="output-price"/></span>
                            <span class="stat-value" data-field="output">{format_price(cheapest.and_then(|o| o.prices.output))}</span>
                            <span class="stat-unit">"per 1M tokens"</span>
                        </div>
                    </div>
                    <p class="actions">
                        <A href=Route::Cost(Some(m.id.clone())).href()>"Estimate monthly cost →"</A>
                        " "
                        <A href=Route::Alternatives(m.id.clone()).href()>{alternatives_label}</A>
                    </p>
                    <h2>"Providers"</h2>
                    <OfferTable catalog=catalog.clone() model_index=i/>
                }
                .into_any()
            }}
        </WithCatalog>
    }
}
