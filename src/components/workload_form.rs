//! The calculator's inputs: presets, the workload fields (each with its own
//! message when it is not a valid number), the model to follow and the filters.

use std::sync::Arc;

use hub_core::{
    cost::{CostQuery, Field, Workload, PRESETS},
    Capability, Catalog,
};
use leptos::prelude::*;

use crate::hooks::use_query_state::QueryState;

/// Presets, fields and filters of `/cost`; every change is written to the URL.
#[component]
pub fn WorkloadForm(
    /// The loaded catalog (for the model and provider lists).
    catalog: Arc<Catalog>,
    /// The calculator's URL state.
    state: QueryState<CostQuery>,
    /// The message of each field that is not a valid number.
    #[prop(into)]
    errors: Signal<Vec<(Field, String)>>,
) -> impl IntoView {
    let presets = PRESETS.map(|p| {
        view! { <button type="button" class="btn chip" data-preset=p.id on:click=move |_| state.update(|q| q.apply(&p))>{p.name}</button> }
    });
    let fields = Field::ALL.map(|f| view! { <WorkloadField field=f state=state errors=errors/> });
    // The long option lists re-render only when their own value changes, not on every keystroke.
    let model = Memo::new(move |_| state.state.read().model.clone());
    let provider = Memo::new(move |_| state.state.read().filters.providers.first().cloned());
    let mut models: Vec<(String, String)> = catalog.models().iter().enumerate().filter(|(i, _)| catalog.is_served(*i)).map(|(_, m)| (m.id.clone(), m.name.clone())).collect();
    // Keys computed once per model, not twice per comparison.
    hub_core::order::sort_by_key(&mut models, |a| (a.1.to_lowercase(), a.0.clone()));
    let model_options = models
        .into_iter()
        .map(|(id, name)| {
            let label = format!("{name} ({id})");
            let sel = id.clone();
            view! { <option value=id selected=move || model.read().as_deref() == Some(sel.as_str())>{label}</option> }
        })
        .collect_view();
    let mut providers: Vec<(String, String)> = catalog.providers().iter().map(|p| (p.id.clone(), p.name.clone())).collect();
    hub_core::order::sort_by_key(&mut providers, |a| a.1.to_lowercase());
    let provider_options = providers
        .into_iter()
        .map(|(id, name)| {
            let sel = id.clone();
            view! { <option value=id selected=move || provider.read().as_ref() == Some(&sel)>{name}</option> }
        })
        .collect_view();
    let caps = Capability::ALL.map(|c| {
        view! {
            <label class="check">
                <input type="checkbox" data-cap=c.id() prop:checked=move || state.state.read().filters.caps.contains(&c)
                    on:change=move |_| state.update(|q| match q.filters.caps.iter().position(|x| *x == c) {
                        Some(i) => { q.filters.caps.remove(i); }
                        None => q.filters.caps.push(c),
                    })/>
                {c.label()}
            </label>
        }
    });
    view! {
        <form class="workload" on:submit=|ev| ev.prevent_default() aria-label="Workload">
            <div class="presets" role="group" aria-label="Presets">{presets}</div>
            <div class="workload-fields">{fields}</div>
            <label class="field" for="cost-model">"Follow a model"</label>
            <select id="cost-model" on:change:target=move |ev| {
                let v = ev.target().value();
                state.update(|q| q.model = (!v.is_empty()).then_some(v));
            }>
                <option value="" selected=move || model.read().is_none()>"None"</option>
                {model_options}
            </select>
            <fieldset>
                <legend>"Model must have"</legend>
                {caps}
            </fieldset>
            <label class="field" for="cost-provider">"Provider"</label>
            <select id="cost-provider" on:change:target=move |ev| {
                let v = ev.target().value();
                state.update(|q| q.filters.providers = if v.is_empty() { vec![] } else { vec![v] });
            }>
                <option value="" selected=move || provider.read().is_none()>"Any provider"</option>
                {provider_options}
            </select>
            <label class="check">
                <input type="checkbox" id="cost-free" prop:checked=move || state.state.read().filters.include_free
                    on:change:target=move |ev| { let on = ev.target().checked(); state.update(|q| q.filters.include_free = on) }/>
                "Include $0 offers and free tiers (usually rate-limited)"
            </label>
            <label class="check">
                <input type="checkbox" id="cost-plans" prop:checked=move || state.state.read().filters.include_plans
                    on:change:target=move |ev| { let on = ev.target().checked(); state.update(|q| q.filters.include_plans = on) }/>
                "Include coding-plan channels (a reseller's endpoints for coding tools, priced apart)"
            </label>
            <label class="field">
                "Month priced (announced price changes apply from their date)"
                <input type="month" id="cost-month" data-field="month" prop:value=move || state.state.read().filters.month.clone().unwrap_or_default()
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        state.update(|q| q.filters.month = hub_core::cost::is_month(&v).then_some(v));
                    }/>
            </label>
            <label class="check">
                <input type="checkbox" id="cost-kinds" prop:checked=move || state.state.read().filters.all_kinds
                    on:change:target=move |ev| { let on = ev.target().checked(); state.update(|q| q.filters.all_kinds = on) }/>
                "Include models that are not chat models (embedding, rerank, image, speech, guard, routers)"
            </label>
        </form>
    }
}

/// One workload field: its text lives in the URL (replaced while typing), and
/// a message beside it says when it is not a valid number.
#[component]
fn WorkloadField(
    /// Which field.
    field: Field,
    /// The calculator's URL state.
    state: QueryState<CostQuery>,
    /// The message of each field that is not a valid number.
    #[prop(into)]
    errors: Signal<Vec<(Field, String)>>,
) -> impl IntoView {
    let id = format!("cost-{}", field.key());
    let err_id = format!("{id}-error");
    let default = field.value_of(&Workload::default()).to_string();
    let text = Memo::new(move |_| state.state.read().fields.get(&field).cloned());
    let error = Memo::new(move |_| errors.read().iter().find(|(f, _)| *f == field).map(|(_, e)| e.clone()));
    view! {
        <div class="workload-field">
            <label class="field" for=id.clone()>{field.label()}</label>
            <input id=id type="text" inputmode="decimal" autocomplete="off" data-field=field.key() placeholder=default.clone()
                aria-invalid=move || error.read().is_some().to_string()
                aria-describedby=err_id.clone()
                prop:value=move || text.get().unwrap_or_else(|| default.clone())
                on:input:target=move |ev| {
                    let v = ev.target().value();
                    state.update_typing(|q| { q.fields.insert(field, v); });
                }/>
            <p class="field-error" id=err_id role="status">{move || error.get()}</p>
        </div>
    }
}
