//! `/models/:slug` — one model: facts and every provider's prices.

use std::sync::Arc;

use hub_core::{
    changes::ChangesFilter,
    links::safe_link,
    money::{format_int, format_price, format_price_in},
    Catalog, Modality,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::{components::A, hooks::use_params, params::Params};

use crate::components::{
    benchmarks::Benchmarks,
    capability_badges::{CapabilityBadges, GlossaryLink},
    embed_snippet::EmbedSnippet,
    model_faq::{ModelFaq, RelatedModels},
    offer_table::OfferTable,
    price_history::PriceHistory,
    quickstart::Quickstart,
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
                // An old or other spelling shows the model's page, which says so and names its canonical URL.
                let Some(i) = catalog.resolve(&slug) else {
                    return view! { <NotFound what=format!("No model “{slug}” in the catalog.")/> }.into_any();
                };
                let m = &catalog.models()[i];
                let canonical_href = Route::Model(m.id.clone()).href();
                let alias_note = (m.id != slug).then(|| {
                    let text = format!("“{slug}” is another name of this model; its page is ");
                    let href = canonical_href.clone();
                    view! { <p class="note" data-field="alias-note">{text} <A href=href.clone()>{href}</A></p> }
                });
                let retired_note = m.retired.clone().map(|d| {
                    let successor = m.successor.as_deref().and_then(|s| catalog.model(s)).map(|s| (s.id.clone(), s.name.clone())).map(|(id, name)| view! {
                        " Its successor, as the source names it: " <A href=Route::Model(id).href() attr:data-field="successor">{name}</A> "."
                    });
                    view! { <p class="banner banner-warn" role="status" data-field="retired">{format!("Retired on {d}: every listed provider has withdrawn it.")} {successor}</p> }
                });
                let cheapest = catalog.cheapest_offer(i);
                // An open-weight model no API serves (published to self-host) has no offers.
                let served = catalog.is_served(i);
                let ctx = m.context.or_else(|| cheapest.and_then(|o| o.context_or(m)));
                let title = format!("{} — pricing, context window, providers", m.name);
                let description = format!(
                    "{} by {}: {} context, prices per provider with sources and dates.",
                    m.name, m.creator, ctx.map(|c| format!("{} tokens", format_int(c))).unwrap_or_else(|| "unknown".into())
                );
                let alternatives_label = format!("See alternatives to {} →", m.name);
                // An embedding model generates no tokens: its output price is none, not unknown.
                let (output_price, output_unit) = match cheapest.map(|o| o.prices.output) {
                    Some(None) if m.kind.priced_by_input() => ("none".to_owned(), "priced by input alone"),
                    output => (format_price(output.flatten()), "per 1M tokens"),
                };
                view! {
                    <Title text=title/>
                    <leptos_meta::Link rel="canonical" href=canonical_href/>
                    <Meta name="description" content=description/>
                    <p class="eyebrow">"Model"</p>
                    <h1>{m.name.clone()}</h1>
                    <p class="byline">"By " <span data-field="creator">{m.creator.clone()}</span> " · " <span data-field="kind">{m.kind.label()}</span></p>
                    {alias_note}
                    {retired_note}
                    <CapabilityBadges capabilities=m.capabilities.clone()/>
                    <div class="stat-cards">
                        <div class="stat">
                            <span class="stat-label">"Context window " <GlossaryLink term="context-window"/></span>
                            <span class="stat-value" data-field="context">{hub_core::model_info::context_label(&catalog, i)}</span>
                            <span class="stat-unit">"tokens"</span>
                        </div>
                        <div class="stat">
                            <span class="stat-label">"Input price (cheapest) " <GlossaryLink term="input-price"/></span>
                            <span class="stat-value" data-field="input">{format_price(cheapest.and_then(|o| o.prices.input))}</span>
                            <span class="stat-unit">"per 1M tokens"</span>
                        </div>
                        <div class="stat">
                            <span class="stat-label">"Output price (cheapest) " <GlossaryLink term="output-price"/></span>
                            <span class="stat-value" data-field="output">{output_price}</span>
                            <span class="stat-unit">{output_unit}</span>
                        </div>
                    </div>
                    <Specs catalog=catalog.clone() model_index=i/>
                    <p class="actions">
                        {docs_link(&catalog, i)}
                        {served.then(|| view! { <A href=Route::Cost(Some(m.id.clone())).href()>"Estimate monthly cost →"</A> " " })}
                        <A href=Route::Alternatives(m.id.clone()).href()>{alternatives_label}</A>
                        " "
                        {served.then(|| view! { <A href=Route::Changes(ChangesFilter { model: Some(m.id.clone()), ..Default::default() }).href() attr:data-field="changes-link">"Price changes →"</A> })}
                    </p>
                    <EmbedSnippet path=Route::EmbedModel(m.id.clone()).path() title=format!("{} on LLM Cloud Hub", m.name)/>
                    <h2>"Providers"</h2>
                    {if served {
                        view! { <OfferTable catalog=catalog.clone() model_index=i/> }.into_any()
                    } else {
                        view! { <NoOffers open=m.open_weights == Some(true)/> }.into_any()
                    }}
                    <Benchmarks benchmarks=m.benchmarks.clone()/>
                    {served.then(|| view! {
                        <PriceHistory catalog=catalog.clone() model_index=i/>
                        <Quickstart catalog=catalog.clone() model_index=i/>
                    })}
                    <RelatedModels catalog=catalog.clone() model_index=i/>
                    <ModelFaq catalog=catalog.clone() model_index=i/>
                }
                .into_any()
            }}
        </WithCatalog>
    }
}

/// In place of the offers table, for a model no API in the sources serves.
#[component]
fn NoOffers(
    /// Whether its weights are published.
    open: bool,
) -> impl IntoView {
    view! {
        <p class="note" data-field="no-offers">
            "No API in the catalog's sources serves this model, so it has no price here."
            {open.then(|| view! { " Its weights are open: " <A href=Route::SelfHosted.href()>"what self-hosting it takes →"</A> })}
        </p>
    }
}

/// The official docs: the creator's own API docs when the creator is a
/// provider in the catalog, else the cheapest offer's provider's.
fn docs_link(catalog: &Catalog, i: usize) -> Option<impl IntoView> {
    let own = catalog.creator_provider(i).filter(|p| p.docs_url.is_some());
    let p = own.or_else(|| catalog.cheapest_offer(i).and_then(|o| catalog.provider(&o.provider)))?;
    let url = safe_link(p.docs_url.as_deref())?.to_owned();
    let label = format!("Official docs: {} →", p.name);
    Some(view! { <a href=url rel="noopener noreferrer" target="_blank" data-field="docs">{label}</a> })
}

/// The specs list: provider, slug, modalities, dates, weights, parameters.
#[component]
fn Specs(catalog: Arc<Catalog>, model_index: usize) -> impl IntoView {
    let m = &catalog.models()[model_index];
    let cheapest = catalog.cheapest_offer(model_index);
    let unknown = || "unknown".to_string();
    let none = || if !catalog.is_served(model_index) { "none (no API serves it)".to_string() } else { unknown() };
    let provider = cheapest.map(|o| catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone())).unwrap_or_else(none);
    // The creator's own price beside a cheaper one elsewhere (a reseller's, a host's).
    let own = catalog.creator_offer(model_index, catalog.today()).filter(|o| cheapest.is_some_and(|c| !std::ptr::eq(*o, c)));
    let own = own.zip(catalog.creator_provider(model_index)).map(|(o, p)| {
        let value = format!("{}: {} / {} per 1M tokens", p.name, format_price_in(o.prices.input, &o.currency), format_price_in(o.prices.output, &o.currency));
        view! { <div><dt>"Creator's own price"</dt><dd data-field="spec-creator-price">{value}</dd></div> }
    });
    let input = if m.input.is_empty() { Modality::Text.label().to_string() } else { m.input.iter().map(|x| x.label()).collect::<Vec<_>>().join(", ") };
    let caps = if m.capabilities.is_empty() { "none claimed".to_string() } else { m.capabilities.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ") };
    let weights = match m.open_weights {
        Some(true) => format!("open{}", m.license.as_deref().map(|l| format!(" ({l})")).unwrap_or_default()),
        Some(false) => "closed".into(),
        None => unknown(),
    };
    let weights_link = safe_link(m.weights_url.as_deref()).map(|u| view! { " " <a href=u.to_owned() rel="noopener noreferrer" target="_blank">"weights →"</a> });
    let params = hub_core::model_info::params_label(m.params_b, m.active_params_b).unwrap_or_else(unknown);
    let row = |label: &'static str, field: &'static str, value: String| view! { <div><dt>{label}</dt><dd data-field=field>{value}</dd></div> };
    view! {
        <dl class="specs">
            {row("Cheapest provider", "spec-provider", provider)}
            {own}
            <div><dt>"Slug"</dt><dd><code data-field="spec-slug">{m.id.clone()}</code></dd></div>
            {row("Capabilities", "spec-capabilities", caps)}
            {row("Input", "spec-input", input)}
            {row("Max output", "spec-max-output", m.max_output.map(format_int).map(|n| format!("{n} tokens")).unwrap_or_else(unknown))}
            {row("Released", "spec-released", m.release_date.clone().unwrap_or_else(unknown))}
            {row("Knowledge cutoff", "spec-cutoff", m.knowledge_cutoff.clone().unwrap_or_else(unknown))}
            <div><dt>"Weights"</dt><dd><span data-field="spec-weights">{weights}</span>{weights_link}</dd></div>
            {row("Parameters", "spec-params", params)}
        </dl>
    }
}
