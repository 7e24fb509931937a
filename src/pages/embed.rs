//! `/embed/...` — chrome-less views for other sites' iframes (see README, "Embeds").

use std::sync::Arc;

use hub_core::{
    cost::CostQuery,
    money::{format_int, format_money, format_price},
    Catalog,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::components::{embed_frame::EmbedFrame, with_catalog::WithCatalog, workload_form::WorkloadForm};
use crate::hooks::{
    use_cost_ranking::{use_cost_ranking, CostRanking},
    use_query_state::use_query_state,
};
use crate::pages::{model::use_slug, not_found::model_or_not_found};
use crate::routes::Route;

/// How many ranked offers the cost embed lists unless `?top=` (1–20) says otherwise.
pub const DEFAULT_TOP: usize = 5;

/// A compact model card.
#[component]
pub fn EmbedModelPage() -> impl IntoView {
    let slug = use_slug();
    view! {
        <WithCatalog let:catalog>
            {move || model_or_not_found(&catalog, &slug.get(), |i| view! { <ModelCard catalog=catalog.clone() model_index=i/> }.into_any())}
        </WithCatalog>
    }
}

/// Name, creator, kind, context, cheapest prices with provider and date, capabilities.
#[component]
fn ModelCard(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The model shown.
    model_index: usize,
) -> impl IntoView {
    let m = &catalog.models()[model_index];
    let cheapest = catalog.cheapest_offer(model_index);
    let ctx = m.context.or_else(|| cheapest.and_then(|o| o.context_or(m)));
    let provider = cheapest.map(|o| catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone()));
    let as_of = cheapest.map_or_else(|| catalog.today().to_owned(), |o| o.as_of.clone());
    let full = Route::Model(m.id.clone()).href();
    let (name, byline) = (m.name.clone(), format!("By {} · {}", m.creator, m.kind.label()));
    let context = ctx.map(|c| format!("{} tokens", format_int(c))).unwrap_or_else(|| "unknown".into());
    let (input, output) = (format_price(cheapest.and_then(|o| o.prices.input)), format_price(cheapest.and_then(|o| o.prices.output)));
    let capabilities: Vec<&'static str> = m.capabilities.iter().map(|c| c.label()).collect();
    view! {
        <Title text=format!("{name} — model card")/>
        <Meta name="robots" content="noindex"/>
        <EmbedFrame as_of=as_of.clone() full_page=full.clone()>
            <h1><a href=full target="_blank" rel="noopener">{name}</a></h1>
            <p class="muted">{byline}</p>
            <dl class="card-facts">
                <div><dt>"Context window"</dt><dd data-field="context">{context}</dd></div>
                <div><dt>"Input, per 1M"</dt><dd data-field="input">{input}</dd></div>
                <div><dt>"Output, per 1M"</dt><dd data-field="output">{output}</dd></div>
                <div><dt>"Cheapest at"</dt><dd data-field="provider">{provider.unwrap_or_else(|| "no priced offer".into())}</dd></div>
            </dl>
            <ul class="capabilities" aria-label="Capabilities">
                {capabilities.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
            </ul>
        </EmbedFrame>
    }
}

/// The calculator: the workload from the URL, its ranking trimmed to the top offers.
#[component]
pub fn EmbedCostPage() -> impl IntoView {
    let state = use_query_state(|get| CostQuery::from_query(get), |q| Route::EmbedCost.with_query(&q.to_query()));
    let query = use_query_map();
    let top = Memo::new(move |_| query.read().get("top").and_then(|t| t.parse::<usize>().ok()).filter(|n| (1..=20).contains(n)).unwrap_or(DEFAULT_TOP));
    view! {
        <Title text="Monthly LLM API cost — calculator"/>
        <Meta name="robots" content="noindex"/>
        <WithCatalog let:catalog>
            {
                let CostRanking { errors, workload, ranking } = use_cost_ranking(catalog.clone(), state);
                let full = Signal::derive(move || Route::Cost(None).with_query(&state.state.read().to_query()));
                let c = catalog.clone();
                let rows = move || {
                    ranking.read().ranked.iter().take(top.get()).enumerate().map(|(k, r)| {
                        let o = &c.offers()[r.offer];
                        let m = c.model(&o.model).map_or(o.model.clone(), |m| m.name.clone());
                        let p = c.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
                        view! {
                            <tr><td>{k + 1}</td>
                                <td><a href=Route::Model(o.model.clone()).href() target="_blank" rel="noopener">{m}</a> <span class="muted">{format!("· {p}")}</span></td>
                                <td class="num">{format_money(Some(r.total))}</td></tr>
                        }
                    }).collect_view()
                };
                view! {
                    <EmbedFrame as_of=catalog.today().to_owned() full_page=full.get_untracked()>
                        <h1>"Monthly cost"</h1>
                        <WorkloadForm catalog=catalog.clone() state=state errors=errors/>
                        <p class="muted" data-field="priced-workload">{move || workload.read().describe()}</p>
                        <div class="table-wrap">
                            <table class="cost-table" data-field="embed-ranking">
                                <thead><tr><th scope="col">"#"</th><th scope="col">"Model · provider"</th><th scope="col" class="num">"Per month"</th></tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                        <p><a href=move || full.get() target="_blank" rel="noopener">{move || format!("All {} offers ranked ↗", format_int(ranking.read().ranked.len() as u64))}</a></p>
                    </EmbedFrame>
                }
            }
        </WithCatalog>
    }
}
