//! `/compliance` — providers × claims. Every yes or no links its source and
//! the date it was checked; unknown is shown as unknown, with no link.

use std::sync::Arc;

use hub_core::{
    browse::{self, QueryKey},
    compliance::{cell, counts, rows, Claim},
    links::safe_link,
    Catalog, Provider, Tri,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use crate::components::with_catalog::WithCatalog;
use crate::hooks::use_query_state::use_query_state;
use crate::routes::Route;

/// The compliance page; required claims live in `?require=`.
#[component]
pub fn CompliancePage() -> impl IntoView {
    let state = use_query_state(
        |get| get("require").map(|v| v.split(',').filter_map(Claim::from_id).collect::<Vec<_>>()).unwrap_or_default(),
        |req: &Vec<Claim>| {
            let pairs = if req.is_empty() { vec![] } else { vec![("require", req.iter().map(|c| c.id()).collect::<Vec<_>>().join(","))] };
            Route::Compliance.with_query(&pairs)
        },
    );
    let boxes = Claim::ALL.map(|c| {
        view! {
            <label class="check">
                <input type="checkbox" data-require=c.id() prop:checked=move || state.state.read().contains(&c)
                    on:change=move |_| state.update(|req| match req.iter().position(|x| *x == c) {
                        Some(i) => { req.remove(i); }
                        None => req.push(c),
                    })/>
                {c.requirement()}
            </label>
        }
    });
    view! {
        <Title text="LLM API provider compliance: SOC 2, ISO 27001, HIPAA BAA, GDPR, data retention"/>
        <Meta name="description" content="Which LLM API providers hold SOC 2 Type II and ISO 27001, sign a HIPAA BAA, offer a GDPR DPA, EU residency or zero data retention, and whether they train on API data — each claim sourced and dated."/>
        <h1>"Provider compliance"</h1>
        <p class="lede">"Each cell is yes or no only where the provider's own page says so — linked, with the date it was checked — and unknown otherwise. Nothing is guessed; an unknown is not a no. Cloud platforms (Bedrock, Azure, Vertex) carry the platform's certifications, not the model maker's."</p>
        <fieldset class="require">
            <legend>"Require (confirmed)"</legend>
            {boxes}
        </fieldset>
        <WithCatalog let:catalog>
            {move || view! { <Matrix catalog=catalog.clone() required=state.state.get()/> }}
        </WithCatalog>
    }
}

/// The matrix for the providers meeting `required`.
#[component]
fn Matrix(catalog: Arc<Catalog>, required: Vec<Claim>) -> impl IntoView {
    let list = rows(&catalog, &required);
    let (sourced, unknown) = counts(&list);
    let summary = format!(
        "{} provider{} shown{}; {sourced} cells sourced, {unknown} unknown.",
        list.len(),
        if list.len() == 1 { "" } else { "s" },
        if required.is_empty() { String::new() } else { " meeting every required claim".into() }
    );
    let heads = Claim::ALL.map(|c| view! { <th scope="col">{c.label()}</th> });
    // Models per provider, as the catalog's provider facet counts them.
    let options = browse::provider_options(&catalog);
    let models = |id: &str| options.iter().find(|o| o.value == id).map_or(0, |o| o.count);
    let counts: Vec<usize> = list.iter().map(|p| models(&p.id)).collect();
    let body = list.iter().zip(counts).map(|(p, models)| view! { <ProviderRow provider=(*p).clone() models=models/> }).collect_view();
    view! {
        <p data-field="result-count" role="status">{summary}</p>
        <div class="table-wrap">
            <table class="compliance">
                <thead><tr><th scope="col">"Provider"</th>{heads}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// One provider: its name, a link to its models, and a cell per claim.
#[component]
fn ProviderRow(provider: Provider, models: usize) -> impl IntoView {
    let href = Route::Catalog(vec![(QueryKey::Provider, provider.id.clone())]).href();
    let label = format!("{models} models →");
    let cells = Claim::ALL.map(|c| {
        let (value, claim) = cell(&provider, c);
        let (text, class) = match value {
            Tri::Yes => ("Yes", "yes"),
            Tri::No => ("No", "no"),
            Tri::Unknown => ("Unknown", "unknown"),
        };
        let source = claim.and_then(|cl| {
            let url = safe_link(cl.source.as_deref())?.to_owned();
            let checked = format!("checked {}", cl.checked.clone().unwrap_or_default());
            Some(view! { <a href=url rel="noopener noreferrer" target="_blank" data-field="source">"source"</a> " · " <span class="muted">{checked}</span> })
        });
        let note = claim.and_then(|cl| cl.note.clone()).map(|n| view! { <p class="cell-note">{n}</p> });
        view! {
            <td class=format!("claim {}", if value == Tri::Unknown { "unknown" } else if value == c.wanted() { "good" } else { "bad" }) data-claim=c.id() data-value=class>
                <strong>{text}</strong>
                {source.map(|s| view! { <br/> {s} })}
                {note}
            </td>
        }
    });
    view! {
        <tr data-provider=provider.id.clone()>
            <th scope="row">{provider.name.clone()} <br/> <A href=href>{label}</A></th>
            {cells}
        </tr>
    }
}
