//! `/self-hosted` — open-weight models: parameters, licence, GPU memory per
//! precision, the GPUs that fit, and the break-even against the API.

use std::sync::Arc;

use hub_core::{
    cost::parse_number,
    links::safe_link,
    money::format_int,
    self_hosted::{reviewed, rows, Precision, Reviewed, SelfHostedQuery, HOURS_PER_MONTH, MAX_GPUS, OVERHEAD},
    Catalog,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::number_input::NumberInput;
use crate::components::{self_hosted_row::SelfHostedRow, with_catalog::WithCatalog};
use crate::hooks::use_query_state::{use_query_state, QueryState};
use crate::routes::Route;

/// The self-hosted page.
#[component]
pub fn SelfHostedPage() -> impl IntoView {
    let state = use_query_state(|get| SelfHostedQuery::from_query(get), |q| Route::SelfHosted.with_query(&q.to_query()));
    let body = match reviewed() {
        Err(e) => view! { <p class="field-error" role="alert">{e}</p> }.into_any(),
        Ok(r) => {
            let r = Arc::new(r);
            let (r1, r2) = (r.clone(), r.clone());
            view! {
                <Settings reviewed=r1 state=state/>
                <WithCatalog let:catalog>
                    <SelfHostedTable catalog=catalog reviewed=r.clone() query=state.state/>
                </WithCatalog>
                <Method reviewed=r2/>
            }
            .into_any()
        }
    };
    view! {
        <Title text="Self-hosting open-weight LLMs: GPU memory and break-even"/>
        <Meta name="description" content="Every open-weight model in the catalog: parameters, licence, GPU memory at 16, 8 and 4 bits with KV cache, the GPUs that fit, and when self-hosting beats the API."/>
        <h1>"Self-hosted models"</h1>
        <p class="lede">"Open-weight models with the GPU memory they need and when running your own beats the cheapest API offer. Every input is editable and kept in the URL."</p>
        {body}
    }
}

fn opt(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// The assumptions and filters.
#[component]
fn Settings(reviewed: Arc<Reviewed>, state: QueryState<SelfHostedQuery>) -> impl IntoView {
    let q = state.state;
    let field = move |id: &'static str, label: &'static str, max: f64, get: fn(&SelfHostedQuery) -> String, set: fn(&mut SelfHostedQuery, Option<f64>)| {
        view! {
            <NumberInput id=id label=label value=Signal::derive(move || get(&q.read()))
                on_commit=Callback::new(move |s: String| {
                    let v = if s.trim().is_empty() { None } else { Some(parse_number(&s, max)?) };
                    state.update(|q| set(q, v));
                    Ok(())
                })/>
        }
    };
    let gpus = reviewed
        .gpus
        .iter()
        .map(|g| {
            let id = g.id.clone();
            let sel = g.id.clone();
            view! { <option value=id selected=move || q.read().gpu.as_deref() == Some(sel.as_str())>{format!("{} ({} GB)", g.name, g.memory_gb)}</option> }
        })
        .collect_view();
    view! {
        <form class="settings" on:submit=|ev| ev.prevent_default() aria-label="Assumptions and filters">
            <fieldset>
                <legend>"Memory"</legend>
                {field("sh-ctx", "Context length (tokens)", 1e8, |q| q.context.to_string(), |q, v| q.context = v.unwrap_or(8192.0) as u64)}
                {field("sh-batch", "Batch (concurrent sequences)", 4096.0, |q| q.batch.to_string(), |q, v| q.batch = v.unwrap_or(1.0).max(1.0) as u32)}
                <label class="field" for="sh-precision">"Precision for fit and break-even"</label>
                <select id="sh-precision" on:change:target=move |ev| {
                    let v = ev.target().value();
                    state.update(|q| q.precision = Precision::from_id(&v).unwrap_or(Precision::Bits16));
                }>
                    {Precision::ALL.map(|p| view! { <option value=p.id() selected=move || q.read().precision == p>{p.label()}</option> })}
                </select>
            </fieldset>
            <fieldset>
                <legend>"Break-even"</legend>
                {field("sh-tokens", "Tokens a month (millions)", 1e9, |q| q.tokens_m.to_string(), |q, v| q.tokens_m = v.unwrap_or(1000.0))}
                {field("sh-input", "Input share (%)", 100.0, |q| q.input_percent.to_string(), |q, v| q.input_percent = v.unwrap_or(75.0))}
                {field("sh-tps", "Throughput per deployment (tokens/s, an assumption)", 1e9, |q| q.tokens_per_second.to_string(), |q, v| q.tokens_per_second = v.unwrap_or(1000.0))}
                <label class="field" for="sh-gpu">"GPU"</label>
                <select id="sh-gpu" on:change:target=move |ev| {
                    let v = ev.target().value();
                    state.update(|q| q.gpu = (!v.is_empty()).then_some(v));
                }>
                    <option value="" selected=move || q.read().gpu.is_none()>"Cheapest that fits"</option>
                    {gpus}
                </select>
                {field("sh-gpu-price", "GPU price override ($ per GPU-hour)", 1e6, |q| opt(q.gpu_price), |q, v| q.gpu_price = v)}
            </fieldset>
            <fieldset>
                <legend>"Filters"</legend>
                {field("sh-fits", "Fits in (GB, at the chosen precision)", 1e6, |q| opt(q.fits_gb), |q, v| q.fits_gb = v)}
                {field("sh-min-context", "Minimum context (tokens)", 1e9, |q| q.min_context.map(|x| x.to_string()).unwrap_or_default(), |q, v| q.min_context = v.map(|x| x as u64).filter(|&n| n > 0))}
                <label class="check">
                    <input type="checkbox" id="sh-commercial" prop:checked=move || q.read().commercial
                        on:change:target=move |ev| { let on = ev.target().checked(); state.update(|q| q.commercial = on) }/>
                    "Licence allows commercial use (only where the licence is known)"
                </label>
            </fieldset>
        </form>
    }
}

/// The models, recomputed when the inputs change.
#[component]
fn SelfHostedTable(catalog: Arc<Catalog>, reviewed: Arc<Reviewed>, #[prop(into)] query: Signal<SelfHostedQuery>) -> impl IntoView {
    let (c, r) = (catalog.clone(), reviewed.clone());
    let list = Memo::new(move |_| rows(&c, &r, &query.get()));
    let count = move || format!("{} open-weight models.", format_int(list.read().len() as u64));
    let body = move || list.get().into_iter().map(|row| view! { <SelfHostedRow catalog=catalog.clone() reviewed=reviewed.clone() row=row/> }).collect_view();
    view! {
        <p data-field="result-count" role="status">{count}</p>
        <div class="table-wrap">
            <table class="self-hosted">
                <thead><tr>
                    <th scope="col">"Model"</th><th scope="col">"Parameters"</th><th scope="col">"Licence"</th><th scope="col" class="num">"Context"</th>
                    <th scope="col" class="num">"Memory 16 · 8 · 4-bit (GB)"</th><th scope="col">"GPUs"</th><th scope="col">"API vs self-hosted, per month"</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The formula, its overhead, and the reviewed tables with their sources.
#[component]
fn Method(reviewed: Arc<Reviewed>) -> impl IntoView {
    let gpus = reviewed.gpus.iter().map(|g| {
        let link = safe_link(Some(&g.price_source)).map(|u| view! { <a href=u.to_owned() rel="noopener noreferrer" target="_blank">"source"</a> });
        view! { <tr data-gpu=g.id.clone()><td>{g.name.clone()}</td><td class="num">{g.memory_gb}</td><td class="num">{format!("${}", g.price_per_hour)}</td><td>{g.price_at.clone()} " · " {link} {format!(" · as of {}", g.price_as_of)}</td></tr> }
    }).collect_view();
    let archs = reviewed
        .architectures
        .iter()
        .map(|a| {
            let link = safe_link(Some(&a.source)).map(|u| view! { <a href=u.to_owned() rel="noopener noreferrer" target="_blank">"config"</a> });
            view! { <li>{format!("{}: {} layers, {} KV heads × {} — ", a.name, a.layers, a.kv_heads, a.head_dim)} {link}</li> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="method-h" class="method">
            <h2 id="method-h">"How it is computed"</h2>
            <p data-field="formula">{format!(
                "Memory (GB = 10⁹ bytes) = weights + overhead + KV cache. Weights = total parameters × 2 bytes (16-bit), 1 (8-bit) or 0.5 (4-bit); a mixture-of-experts model loads every expert, so total parameters count. Overhead = {}% of the weights (activations, runtime buffers). KV cache = 2 × layers × KV heads × head size × context × batch × 2 bytes (kept at 16-bit), only for the architectures below; elsewhere it is unknown and the memory shown is a lower bound (≥).",
                (OVERHEAD * 100.0).round()
            )}</p>
            <p>{format!("GPUs: the fewest of one GPU that hold the memory, at most {MAX_GPUS} (one server). Break-even: GPUs running all month ({HOURS_PER_MONTH} hours) against the cheapest API offer's price blended at your input share; it is reached at the monthly tokens where the two bills are equal. Throughput is your assumption: the page says when the workload needs more than one deployment can process.")}</p>
            <h3>"GPUs (reviewed; prices change — check the source)"</h3>
            <div class="table-wrap"><table class="gpus"><thead><tr><th scope="col">"GPU"</th><th scope="col" class="num">"GB"</th><th scope="col" class="num">"$/GPU-hour"</th><th scope="col">"Price at"</th></tr></thead><tbody>{gpus}</tbody></table></div>
            <h3>"Architectures with a KV-cache figure"</h3>
            <ul>{archs}</ul>
        </section>
    }
}
