//! `/cost` — the monthly cost calculator; every input lives in the URL.

use hub_core::cost::CostQuery;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::{cost_results::CostResults, embed_snippet::EmbedSnippet, with_catalog::WithCatalog, workload_form::WorkloadForm};
use crate::hooks::{
    use_cost_ranking::{use_cost_ranking, CostRanking},
    use_query_state::use_query_state,
};
use crate::routes::Route;

/// The calculator page.
#[component]
pub fn CostPage() -> impl IntoView {
    let state = use_query_state(|get| CostQuery::from_query(get), |q| Route::Cost(None).with_query(&q.to_query()));
    view! {
        <Title text="Monthly LLM API cost calculator"/>
        <Meta name="description" content="Enter requests per day and tokens per request, with cached, batch and reasoning shares, and see every LLM API offer ranked by monthly cost, line by line."/>
        <h1>"Monthly cost calculator"</h1>
        <p class="lede">"Every offer in the catalog priced for your workload: long-context tiers, cached input, cache writes, batch discounts and reasoning tokens applied where the offer lists them."</p>
        <WithCatalog let:catalog>
            {
                let CostRanking { errors, workload, ranking } = use_cost_ranking(catalog.clone(), state);
                // While a field does not parse, the last valid workload is priced, and the page says so.
                let priced_note = move || {
                    (!errors.read().is_empty()).then(|| {
                        let text = format!("A field above is not valid, so the results price the last valid workload: {}.", workload.read().describe());
                        view! { <p class="banner banner-warn" role="status" data-field="priced-workload">{text}</p> }
                    })
                };
                let model = Signal::derive(move || state.state.read().model.clone());
                let embed_path = Signal::derive(move || Route::EmbedCost.with_query(&state.state.read().to_query()).trim_start_matches(crate::routes::BASE).to_owned());
                let month = Signal::derive(move || state.state.read().filters.month.clone());
                view! {
                    <div class="cost-layout">
                        <WorkloadForm catalog=catalog.clone() state=state errors=errors/>
                        <div class="cost-main">
                            {priced_note}
                            <EmbedSnippet path=embed_path title="Monthly LLM API cost on LLM Cloud Hub".to_owned()/>
                            <CostResults catalog=catalog ranking=ranking workload=workload model=model month=month/>
                        </div>
                    </div>
                }
            }
        </WithCatalog>
    }
}
