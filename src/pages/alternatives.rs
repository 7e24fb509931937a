//! `/models/:slug/alternatives` — the full ranking of other models, each with
//! its score, its parts and the reason in words.

use std::sync::Arc;

use hub_core::{
    alternatives::{alternatives, WEIGHTS},
    model_info::blended_cheapest,
    money::format_price,
    Catalog,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use crate::components::with_catalog::WithCatalog;
use crate::pages::{model::use_slug, not_found::model_or_not_found};
use crate::routes::Route;

/// How many alternatives are listed.
const SHOWN: usize = 100;

/// The alternatives page.
#[component]
pub fn AlternativesPage() -> impl IntoView {
    let slug = use_slug();
    view! {
        <WithCatalog let:catalog>
            {move || model_or_not_found(&catalog, &slug.get(), |i| view! { <AlternativesList catalog=catalog.clone() model_index=i/> }.into_any())}
        </WithCatalog>
    }
}

/// The ranked table for one model.
#[component]
fn AlternativesList(catalog: Arc<Catalog>, model_index: usize) -> impl IntoView {
    let m = catalog.models()[model_index].clone();
    let all = alternatives(&catalog, model_index);
    let total = all.len();
    let rows = all
        .into_iter()
        .take(SHOWN)
        .enumerate()
        .map(|(k, a)| {
            let o = &catalog.models()[a.model];
            let (href, name) = (Route::Model(o.id.clone()).href(), o.name.clone());
            view! {
                <tr data-alternative=o.id.clone()>
                    <td class="num">{k + 1}</td>
                    <td><A href=href>{name}</A> <span class="muted">" · " {o.creator.clone()}</span></td>
                    <td data-field="reason">{a.reason}</td>
                    <td class="num" data-field="score">{format!("{:.1}", a.score)}</td>
                    <td class="num muted">{format!("{:.0} · {:.0} · {:.0}", a.capabilities * WEIGHTS.0, a.context * WEIGHTS.1, a.price * WEIGHTS.2)}</td>
                    <td class="num">{format_price(blended_cheapest(&catalog, a.model))}</td>
                </tr>
            }
        })
        .collect_view();
    let title = format!("Alternatives to {}", m.name);
    let description = format!("Models like {} ranked by capabilities, context window and price, each with its reason.", m.name);
    let base_price = format_price(blended_cheapest(&catalog, model_index));
    let lede = format!(
        "{} other priced models, ranked; the top {} are listed. {} costs {} per 1M tokens blended 50/50 at its cheapest offer.",
        total,
        SHOWN.min(total),
        m.name,
        base_price
    );
    let (model_href, model_name) = (Route::Model(m.id.clone()).href(), m.name.clone());
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=description/>
        <p class="eyebrow"><A href=model_href>{model_name}</A></p>
        <h1>{title}</h1>
        <p class="lede">{lede}</p>
        <details class="rule">
            <summary>"How the ranking works"</summary>
            <p>{format!("Score out of 100 = {} × capabilities + {} × context + {} × price.", WEIGHTS.0, WEIGHTS.1, WEIGHTS.2)}</p>
            <ul>
                <li>"Capabilities: the share of this model's capabilities the other has; extra ones neither add nor cost."</li>
                <li>"Context: the other's context window ÷ this one's, at most 1."</li>
                <li>"Price: nearness in price tier of the 50/50 blended price of the cheapest offers, 1 ÷ (1 + |log₄ ratio|); 4× dearer or cheaper scores ½, and being cheaper counts as only ¾ of the distance."</li>
                <li>"Ties: by name, then slug. Never this model, nor a model whose name has the same words."</li>
            </ul>
        </details>
        <div class="table-wrap">
            <table class="alternatives">
                <thead><tr>
                    <th scope="col">"#"</th><th scope="col">"Model"</th><th scope="col">"Why"</th>
                    <th scope="col" class="num">"Score"</th><th scope="col" class="num">"Caps · context · price"</th><th scope="col" class="num">"Blended $/1M"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
