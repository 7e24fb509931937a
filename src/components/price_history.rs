//! Pricing history: a step chart per offer whose price changed, otherwise
//! "Tracking since <date>"; then the offers whose one price has held since a dated sighting.

use std::sync::Arc;

use hub_core::{
    freshness::{has_changed, price_series, step_path, unchanged_since},
    money::format_price_in,
    Catalog,
};
use leptos::prelude::*;

const W: f64 = 320.0;
const H: f64 = 80.0;

/// The price history of the model at `model_index`, across its offers.
#[component]
pub fn PriceHistory(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let changed: Vec<_> = catalog.offers_of(model_index).filter(|o| has_changed(o)).collect();
    let since = catalog.offers_of(model_index).flat_map(|o| o.history.iter().map(|p| p.date.as_str()).chain([o.as_of.as_str()])).min().unwrap_or("").to_owned();
    let body = if changed.is_empty() {
        view! { <p data-field="tracking-since">{format!("No price change recorded. Tracking since {since}.")}</p> }.into_any()
    } else {
        changed
            .into_iter()
            .map(|o| {
                let s = price_series(o);
                let dates: Vec<&str> = s.iter().map(|p| p.date.as_str()).collect();
                let max = s.iter().flat_map(|p| [p.input, p.output]).flatten().fold(0.0f64, f64::max);
                let lead = s.first().is_some_and(|p| p.until);
                let input = step_path(&dates, &s.iter().map(|p| p.input).collect::<Vec<_>>(), &o.as_of, lead, max, W, H);
                let output = step_path(&dates, &s.iter().map(|p| p.output).collect::<Vec<_>>(), &o.as_of, lead, max, W, H);
                let provider = catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
                let rows = s
                    .iter()
                    .map(|p| {
                        let when = if p.until { format!("until {}", p.date) } else { p.date.clone() };
                        view! { <tr><td>{when}</td><td class="num">{format_price_in(p.input, &o.currency)}</td><td class="num">{format_price_in(p.output, &o.currency)}</td><td>{p.source.clone()}</td></tr> }
                    })
                    .collect_view();
                let label = format!("{provider}: input and output price per 1M tokens over time, up to {}", format_price_in(Some(max), &o.currency));
                view! {
                    <figure class="history" data-offer=format!("{}/{}", o.provider, o.provider_model_id)>
                        <figcaption>{provider}</figcaption>
                        <svg viewBox=format!("-2 -2 {} {}", W + 4.0, H + 4.0) role="img" aria-label=label>
                            <path d=input class="line-input" fill="none"/>
                            <path d=output class="line-output" fill="none"/>
                        </svg>
                        <p class="legend"><span class="key-input">"— input"</span> " " <span class="key-output">"— output"</span></p>
                        <table class="history-table"><thead><tr><th>"From"</th><th class="num">"Input"</th><th class="num">"Output"</th><th>"Source"</th></tr></thead><tbody>{rows}</tbody></table>
                    </figure>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section aria-labelledby="history-h">
            <h2 id="history-h">"Pricing history"</h2>
            {body}
            <Unchanged catalog=catalog.clone() model_index=model_index/>
        </section>
    }
}

/// The offers whose price has not moved since a dated earlier sighting at the same venue (a
/// source's history file, OpenRouter's own listing, a previous catalog): since when, and who saw it.
#[component]
fn Unchanged(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let rows: Vec<_> = catalog
        .offers_of(model_index)
        .filter_map(|o| unchanged_since(o).map(|p| (o, p)))
        .map(|(o, p)| {
            let provider = catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
            view! {
                <tr data-unchanged=format!("{}/{}", o.provider, o.provider_model_id)>
                    <td>{provider}</td><td class="num">{format_price_in(o.prices.input, &o.currency)}</td><td class="num">{format_price_in(o.prices.output, &o.currency)}</td>
                    <td>{p.date.clone()}</td><td>{p.source.clone()}</td>
                </tr>
            }
        })
        .collect();
    (!rows.is_empty()).then(|| {
        let n = rows.len();
        view! {
            <details class="unchanged">
                <summary>{format!("{n} {} at one price since an earlier dated sighting", if n == 1 { "offer" } else { "offers" })}</summary>
                <table class="history-table">
                    <thead><tr><th>"Provider"</th><th class="num">"Input"</th><th class="num">"Output"</th><th>"Unchanged since"</th><th>"Seen by"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        }
    })
}
