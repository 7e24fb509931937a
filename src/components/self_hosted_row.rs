//! One row of the self-hosted table.

use std::sync::Arc;

use hub_core::{
    links::safe_link,
    money::{format_int, format_money, format_price},
    self_hosted::{Reviewed, Row},
    Catalog,
};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Route;

/// A model: parameters, licence, context, memory per precision, GPUs and break-even.
#[component]
pub fn SelfHostedRow(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The reviewed GPUs and licences.
    reviewed: Arc<Reviewed>,
    /// The computed row.
    row: Row,
) -> impl IntoView {
    let m = &catalog.models()[row.model];
    let (href, name) = (Route::Model(m.id.clone()).href(), m.name.clone());
    let params = hub_core::model_info::params_label(m.params_b, m.active_params_b).unwrap_or_else(|| "unknown".into());
    let licence = match m.license.as_deref() {
        None => view! { <span class="muted">"unknown"</span> }.into_any(),
        Some(l) => {
            let reviewed_licence = reviewed.license(l);
            let url = reviewed_licence.and_then(|x| safe_link(Some(&x.url)).map(str::to_owned)).or_else(|| safe_link(m.weights_url.as_deref()).map(str::to_owned));
            let commercial = match reviewed_licence {
                Some(x) if x.commercial => format!("commercial use: yes{}", x.conditions.as_deref().map(|c| format!(" ({c})")).unwrap_or_default()),
                Some(x) => format!("commercial use: no{}", x.conditions.as_deref().map(|c| format!(" ({c})")).unwrap_or_default()),
                None => "commercial use: unknown".into(),
            };
            let name = l.trim().to_string();
            view! {
                {match url { Some(u) => view! { <a href=u rel="noopener noreferrer" target="_blank">{name}</a> }.into_any(), None => view! { <span>{name}</span> }.into_any() }}
                <br/><span class="muted" data-field="commercial">{commercial}</span>
            }
            .into_any()
        }
    };
    let weights = safe_link(m.weights_url.as_deref()).map(|u| view! { " · " <a href=u.to_owned() rel="noopener noreferrer" target="_blank">"weights"</a> });
    let ctx = m.context.map(format_int).unwrap_or_else(|| "unknown".into());
    let memory = match row.memory {
        None => "unknown (parameters not stated)".to_string(),
        Some(mm) => mm.iter().map(|x| format!("{}{:.1}", if x.kv_cache.is_none() { "≥" } else { "" }, x.total())).collect::<Vec<_>>().join(" · "),
    };
    let setup = match &row.setup {
        Some(s) => {
            let g = &reviewed.gpus[s.gpu];
            format!("{}× {} — ${:.2}/h", s.count, g.name, s.price_per_hour)
        }
        None if row.memory.is_some() => "does not fit in one 8-GPU server of the chosen GPU".into(),
        None => "unknown".into(),
    };
    let fits = (!row.fits.is_empty()).then(|| {
        let list = row.fits.iter().map(|&(g, n)| format!("{n}× {}", reviewed.gpus[g].name.trim_start_matches("NVIDIA "))).collect::<Vec<_>>().join(", ");
        view! { <br/><span class="muted" data-field="fits">{format!("Fits: {list}")}</span> }
    });
    let verdict = match (row.break_even, row.api_price_per_m) {
        (Some(b), Some(p)) => {
            let own = match (b.deployments, b.self_hosted_monthly()) {
                (Some(1), Some(x)) => format!("{} always on", format_money(Some(x))),
                (Some(n), Some(x)) => format!("{} for {n} deployments always on", format_money(Some(x))),
                _ => "no self-hosting at zero throughput".into(),
            };
            let cheaper = match b.self_hosting_cheaper() {
                Some(true) => "self-hosting cheaper",
                Some(false) => "API cheaper",
                None => "API only",
            };
            let be = match b.break_even_tokens {
                None => "the API is free".to_string(),
                Some(_) if !b.break_even_reachable() => "one deployment cannot reach break-even at this throughput".to_string(),
                Some(t) => format!("break-even at {}M tokens/month", format_int((t / 1e6).round() as u64)),
            };
            format!("API {} ({} /1M blended) vs {own} — {cheaper}; {be}", format_money(Some(b.api_monthly)), format_price(Some(p)))
        }
        (_, None) if !catalog.is_served(row.model) => "no API serves it: self-hosting is the only way to run it".into(),
        (_, None) => "no priced API offer to compare".into(),
        _ => "unknown".into(),
    };
    view! {
        <tr data-model=m.id.clone()>
            <td><A href=href>{name}</A> <br/><span class="muted">{m.creator.clone()}</span>{weights}</td>
            <td data-field="params">{params}</td>
            <td>{licence}</td>
            <td class="num">{ctx}</td>
            <td class="num" data-field="memory">{memory}</td>
            <td><span data-field="setup">{setup}</span>{fits}</td>
            <td data-field="break-even">{verdict}</td>
        </tr>
    }
}
