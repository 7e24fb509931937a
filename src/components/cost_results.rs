//! The calculator's output: what was left out and why, a bar chart of the
//! cheapest offers, the followed model's place, and the ranked offers, each
//! with its monthly bill line by line.

use std::sync::Arc;

use hub_core::{
    cost::{effective_offer, offer_cost, Breakdown as Bill, LineKind, Ranked, Ranking, Workload},
    freshness::is_stale,
    money::{format_int, format_money, format_price},
    Catalog,
};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Route;

/// How many ranked rows are shown at first, and added by "Show more".
const PAGE: usize = 50;

/// Ranked offers for the workload.
#[component]
pub fn CostResults(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The ranking of the current workload.
    #[prop(into)]
    ranking: Signal<Arc<Ranking>>,
    /// The current workload.
    #[prop(into)]
    workload: Signal<Workload>,
    /// Slug of the model to follow, if any.
    #[prop(into)]
    model: Signal<Option<String>>,
    /// The month priced (`YYYY-MM`), where announced price changes apply.
    #[prop(into)]
    month: Signal<Option<String>>,
) -> impl IntoView {
    let shown = RwSignal::new(PAGE);
    let c = catalog.clone();
    let summary = move || {
        let r = ranking.get();
        let mut out = vec![];
        for (n, why) in [
            (r.filtered, "filtered out"),
            (r.too_small, "context window or max output too small"),
            (r.context_unknown, "context window unknown"),
            (r.unpriced, "a needed price missing"),
            (r.free, "$0 or free tier"),
            (r.plans, "coding-plan channels"),
            (r.input_only, "bill input only (embedding, reranking, transcription)"),
            (r.other_kind, "not chat models"),
            (r.retired, "retired"),
            (r.other_currency, "priced in another currency (not converted)"),
        ] {
            if n > 0 {
                out.push(format!("{} {why}", format_int(n as u64)));
            }
        }
        let left = if out.is_empty() { String::new() } else { format!(" Left out: {}.", out.join("; ")) };
        format!("{} offers can serve this workload.{left}", format_int(r.ranked.len() as u64))
    };
    let per_month = move || format_int(workload.read().requests_per_month().round() as u64);
    let c2 = catalog.clone();
    let rows = move || {
        let r = ranking.get();
        let w = workload.get();
        r.ranked.iter().take(shown.get()).enumerate().map(|(k, x)| view! { <CostRow catalog=c2.clone() rank=k + 1 ranked=*x workload=w.clone() month=month.get()/> }).collect_view()
    };
    let more = move || ranking.read().ranked.len() > shown.get();
    view! {
        <section aria-labelledby="results-h" class="cost-results">
            <h2 id="results-h">"Monthly cost, cheapest first"</h2>
            <p data-field="result-count" role="status">{summary}</p>
            <p class="muted">{move || format!("{} requests a month. Prices in USD from each offer's source and date; open a row for its bill line by line.", per_month())}</p>
            <Followed catalog=c.clone() ranking=ranking workload=workload model=model month=month/>
            <BarChart catalog=c ranking=ranking/>
            <div class="table-wrap">
                <table class="cost-table">
                    <thead><tr><th scope="col">"#"</th><th scope="col">"Model · provider"</th><th scope="col" class="num">"Per month"</th><th scope="col" class="num">"Per request"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=more>
                <button type="button" class="btn" data-action="more" on:click=move |_| shown.update(|n| *n += PAGE)>"Show 50 more"</button>
            </Show>
        </section>
    }
}

/// One ranked offer with its bill in a disclosure.
#[component]
fn CostRow(catalog: Arc<Catalog>, rank: usize, ranked: Ranked, workload: Workload, month: Option<String>) -> impl IntoView {
    let m = &catalog.models()[ranked.model];
    let o = &catalog.offers()[ranked.offer];
    let provider = catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
    let (href, name) = (Route::Model(m.id.clone()).href(), m.name.clone());
    let per_request = workload.per_request(ranked.total);
    // A provider's several offers of the model (regions, routes) are told apart by their ids.
    let id = catalog.has_several_offers(ranked.model, &o.provider).then(|| view! { <code data-field="offer-id">{o.provider_model_id.clone()}</code> });
    let tier = (o.service_tier != "standard").then(|| view! { <span class="badge">{o.service_tier.clone()}</span> });
    // As in the offers table: a price no source has confirmed for months says so.
    let stale =
        is_stale(&o.as_of, &crate::api::today()).then(|| view! { <span class="badge badge-warn" data-field="stale" title=format!("price as of {}", o.as_of)>"stale"</span> });
    // The bill is built when the row is first opened, so a keystroke re-renders only the rows.
    let open = RwSignal::new(false);
    let bill = StoredValue::new((catalog.clone(), ranked.offer, workload.clone(), month));
    view! {
        <tr data-offer=ranked.offer.to_string() data-model=m.id.clone() data-provider=o.provider.clone()>
            <td class="num">{rank}</td>
            <td>
                // The link stays outside the summary: a link inside a summary is a control inside a control.
                <A href=href>{name}</A> " · " {provider} " " {id} {tier} {stale}
                <details class="bill" on:toggle=move |_| open.set(true)>
                    <summary>"bill"</summary>
                    <Show when=move || open.get()>
                        {move || {
                            let (catalog, k, workload, month) = bill.get_value();
                            let o = effective_offer(&catalog.offers()[k], month.as_deref());
                            offer_cost(&o, &workload).ok().map(|bill| view! { <BillLines bill=bill as_of=o.as_of.clone() source=o.source.clone()/> })
                        }}
                    </Show>
                </details>
            </td>
            <td class="num" data-field="monthly" data-amount=ranked.total.to_string()>{format_money(Some(ranked.total))}</td>
            <td class="num" data-field="per-request">{format_money(per_request)}</td>
        </tr>
    }
}

/// A bill, line by line: quantity × unit price = amount, then the total.
#[component]
pub fn BillLines(
    /// The breakdown.
    bill: Bill,
    /// The offer's price date.
    as_of: String,
    /// The offer's source id.
    source: String,
) -> impl IntoView {
    let lines = bill
        .lines
        .iter()
        .map(|l| {
            let (what, amount) = match l.kind {
                LineKind::BatchDiscount => (format!("{}% of requests at batch prices", (l.quantity * 100.0).round()), format!("saves {}", format_money(Some(l.amount)))),
                LineKind::Images => (format!("{} images × {} each", format_int(l.quantity.round() as u64), format_price(Some(l.unit_price))), format_money(Some(l.amount))),
                _ => (format!("{} tokens × {} /1M", format_int(l.quantity.round() as u64), format_price(Some(l.unit_price))), format_money(Some(l.amount))),
            };
            view! { <tr data-line=l.kind.id() data-amount=l.amount.to_string()><th scope="row">{l.kind.label()}</th><td>{what}</td><td class="num">{amount}</td></tr> }
        })
        .collect_view();
    let tier = bill.tier_above.map(|t| view! { <li data-field="tier">{format!("Long-context tier applied: the prompt is above {} tokens, so the whole request is at the tier's prices.", format_int(t))}</li> });
    let notes = bill.notes.iter().map(|n| view! { <li>{n.text()}</li> }).collect_view();
    view! {
        <table class="bill">
            <tbody>{lines}</tbody>
            <tfoot><tr><th scope="row">"Total per month"</th><td></td><td class="num" data-field="bill-total">{format_money(Some(bill.total))}</td></tr></tfoot>
        </table>
        <ul class="bill-notes">{tier}{notes}<li>{format!("Prices as of {as_of}, source: {source}.")}</li></ul>
    }
}

/// Horizontal bars of the ten cheapest offers.
#[component]
fn BarChart(catalog: Arc<Catalog>, #[prop(into)] ranking: Signal<Arc<Ranking>>) -> impl IntoView {
    let bars = move || {
        let r = ranking.get();
        let top: Vec<&Ranked> = r.ranked.iter().take(10).collect();
        let max = top.iter().map(|x| x.total).fold(0.0, f64::max);
        top.into_iter()
            .map(|x| {
                let m = &catalog.models()[x.model];
                let o = &catalog.offers()[x.offer];
                let width = if max > 0.0 { (x.total / max * 100.0).max(0.5) } else { 0.5 };
                let label = format!("{} · {}", m.name, catalog.provider_name(&o.provider));
                view! {
                    <li>
                        <span class="bar-label">{label}</span>
                        // An SVG bar: its width is an attribute, which a strict Content-Security-Policy allows (a style attribute it refuses).
                        <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="bar" height="10" width=format!("{width:.2}")></rect></svg>
                        <span class="bar-value">{format_money(Some(x.total))}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="bar-chart">
            <figcaption>"The ten cheapest offers, per month"</figcaption>
            <ol>{bars}</ol>
        </figure>
    }
}

/// The followed model: its best offer's rank and bill, or why it cannot serve the workload.
#[component]
fn Followed(
    catalog: Arc<Catalog>,
    #[prop(into)] ranking: Signal<Arc<Ranking>>,
    #[prop(into)] workload: Signal<Workload>,
    #[prop(into)] model: Signal<Option<String>>,
    #[prop(into)] month: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        let slug = model.get()?;
        let Some(mi) = catalog.resolve(&slug) else {
            return Some(view! { <p class="field-error" role="status">{format!("No model “{slug}” in the catalog.")}</p> }.into_any());
        };
        let m = &catalog.models()[mi];
        let r = ranking.get();
        let found = r.ranked.iter().enumerate().find(|(_, x)| x.model == mi);
        let body = match found {
            Some((k, x)) => {
                let o = &catalog.offers()[x.offer];
                let provider = catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
                let per_req = workload.read().per_request(x.total);
                view! {
                    <p>
                        <strong data-field="followed-monthly">{format_money(Some(x.total))}</strong>
                        {format!(" a month at {provider} ({} a request), rank {} of {}.", format_money(per_req), format_int(k as u64 + 1), format_int(r.ranked.len() as u64))}
                    </p>
                    {offer_cost(&effective_offer(o, month.get().as_deref()), &workload.read()).ok().map(|bill| view! { <BillLines bill=bill as_of=o.as_of.clone() source=o.source.clone()/> })}
                }
                .into_any()
            }
            None => {
                let why = if !catalog.is_served(mi) {
                    "No API in the catalog's sources serves it, so there is nothing to price."
                } else {
                    "None of its offers can serve this workload with these filters (context window, a missing price, or a filter)."
                };
                view! { <p data-field="followed-none">{why}</p> }.into_any()
            }
        };
        let (href, name) = (Route::Model(m.id.clone()).href(), m.name.clone());
        Some(
            view! {
                <section class="followed" aria-label="Followed model" data-model=m.id.clone()>
                    <h3><A href=href>{name}</A></h3>
                    {body}
                </section>
            }
            .into_any(),
        )
    }
}
