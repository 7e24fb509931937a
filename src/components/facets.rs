//! The catalog page's facets: kind, retired, provider, creator, capability, input
//! modality, open weights, minimum context and price limits. Each writes the URL.

use std::sync::Arc;

use hub_core::{
    browse::{self, parse_amount, parse_tokens, FacetOption, Filters, KindFilter},
    Capability, Catalog, Kind, Modality,
};
use leptos::prelude::*;

use crate::hooks::use_catalog_filters::CatalogFilters;

/// All facets, in a sidebar.
#[component]
pub fn Facets(
    /// The loaded catalog (for the provider and creator lists).
    catalog: Arc<Catalog>,
    /// The URL-backed filters.
    filters: CatalogFilters,
) -> impl IntoView {
    // The facets without the query and sort: typing in search does not touch these views.
    let f = Memo::new(move |_| Filters { q: String::new(), sort: Default::default(), ..filters.filters.get() });
    let set = move |change: Box<dyn FnOnce(&mut Filters)>| filters.update(change);
    let caps = Capability::ALL.map(|c| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || f.read().caps.contains(&c)
                    on:change=move |_| set(Box::new(move |f| match f.caps.iter().position(|x| *x == c) {
                        Some(i) => { f.caps.remove(i); }
                        None => f.caps.push(c),
                    }))/>
                {c.label()}
            </label>
        }
    });
    // Open beside the table on wide screens; folded above it on narrow ones. Pre-rendered
    // pages (no screen to measure) are rendered open, as most screens are wide.
    let wide = crate::hooks::use_media_matches::use_media_matches("(min-width: 801px)", true);
    let active = move || {
        let f = f.read();
        f.providers.len()
            + f.creators.len()
            + f.caps.len()
            + [f.kind != KindFilter::default(), f.retired, f.input.is_some(), f.open_weights.is_some(), f.min_context.is_some(), f.max_input.is_some(), f.max_output.is_some()]
                .iter()
                .filter(|b| **b)
                .count()
    };
    view! {
        <details class="facets-fold" open=wide>
        <summary>{move || match active() { 0 => "Filters".to_string(), n => format!("Filters ({n})") }}</summary>
        <aside class="facets" aria-label="Filters">
            <label class="field">
                "Kind of model"
                <select data-facet="kind" on:change:target=move |ev| {
                    let v = ev.target().value();
                    set(Box::new(move |f| f.kind = KindFilter::from_id(&v).unwrap_or_default()));
                }>
                    {Kind::ALL.map(|k| view! { <option value=k.id() selected=move || f.read().kind == KindFilter::Only(k)>{k.label()}</option> })}
                    <option value="all" selected=move || f.read().kind == KindFilter::All>"All kinds"</option>
                </select>
            </label>
            <label class="check">
                <input type="checkbox" data-facet="retired" prop:checked=move || f.read().retired
                    on:change=move |_| set(Box::new(|f| f.retired = !f.retired))/>
                "Show retired models"
            </label>
            <CheckList legend="Provider" catalog=catalog.clone() of=ListOf::Providers
                selected=Signal::derive(move || f.read().providers.clone())
                on_toggle=Callback::new(move |v: String| set(Box::new(move |f| Filters::toggle(&mut f.providers, &v))))/>
            <CheckList legend="Creator" catalog=catalog.clone() of=ListOf::Creators
                selected=Signal::derive(move || f.read().creators.clone())
                on_toggle=Callback::new(move |v: String| set(Box::new(move |f| Filters::toggle(&mut f.creators, &v))))/>
            <fieldset>
                <legend>"Capabilities (all of)"</legend>
                {caps}
            </fieldset>
            <label class="field">
                "Accepts input"
                <select data-facet="input" on:change:target=move |ev| {
                    let v = ev.target().value();
                    set(Box::new(move |f| f.input = Modality::ALL.into_iter().find(|m| m.label() == v)));
                }>
                    <option value="" selected=move || f.read().input.is_none()>"Any"</option>
                    {Modality::ALL.map(|m| view! { <option value=m.label() selected=move || f.read().input == Some(m)>{m.label()}</option> })}
                </select>
            </label>
            <label class="field">
                "Open weights"
                <select data-facet="open" on:change:target=move |ev| {
                    let v = ev.target().value();
                    set(Box::new(move |f| f.open_weights = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None }));
                }>
                    <option value="" selected=move || f.read().open_weights.is_none()>"Any"</option>
                    <option value="yes" selected=move || f.read().open_weights == Some(true)>"Open weights"</option>
                    <option value="no" selected=move || f.read().open_weights == Some(false)>"Closed weights"</option>
                </select>
            </label>
            <NumberField label="Minimum context (tokens)" facet="min_context" placeholder="e.g. 128k"
                value=Signal::derive(move || f.read().min_context.map(|n| n.to_string()))
                on_commit=Callback::new(move |s: String| {
                    let v = if s.trim().is_empty() { Ok(None) } else { parse_tokens(&s).map(Some) };
                    v.map(|v| set(Box::new(move |f| f.min_context = v.filter(|&n| n > 0))))
                })/>
            <NumberField label="Max input $/1M" facet="max_input" placeholder="e.g. 0.5"
                value=Signal::derive(move || f.read().max_input.map(|x| x.to_string()))
                on_commit=Callback::new(move |s: String| {
                    let v = if s.trim().is_empty() { Ok(None) } else { parse_amount(&s).map(Some) };
                    v.map(|v| set(Box::new(move |f| f.max_input = v)))
                })/>
            <NumberField label="Max output $/1M" facet="max_output" placeholder="e.g. 1"
                value=Signal::derive(move || f.read().max_output.map(|x| x.to_string()))
                on_commit=Callback::new(move |s: String| {
                    let v = if s.trim().is_empty() { Ok(None) } else { parse_amount(&s).map(Some) };
                    v.map(|v| set(Box::new(move |f| f.max_output = v)))
                })/>
        </aside>
        </details>
    }
}

/// A collapsible list of checkboxes with model counts.
#[component]
fn CheckList(
    /// The fieldset's legend.
    legend: &'static str,
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// What the list offers (its values, labels and counts are computed when it is opened).
    of: ListOf,
    /// The values currently checked.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// Called with a value when its box is clicked.
    on_toggle: Callback<String>,
) -> impl IntoView {
    let summary = move || {
        let n = selected.read().len();
        if n == 0 {
            legend.to_string()
        } else {
            format!("{legend} ({n})")
        }
    };
    // The boxes are built when the list is first opened: a closed list costs nothing to parse,
    // lay out or take over (157 providers and 100-odd creators were 39 KB of the home page).
    let (opened, set_opened) = signal(false);
    let items = move || opened.get().then(|| Suspend::new(checklist_items(catalog.clone(), of, selected, on_toggle)));
    view! {
        <details class="checklist" data-facet=legend.to_ascii_lowercase() on:toggle=move |_| set_opened.set(true)>
            <summary>{summary}</summary>
            <div class="checklist-items">{items}</div>
        </details>
    }
}

/// The values a [`CheckList`] offers.
#[derive(Debug, Clone, Copy)]
enum ListOf {
    Providers,
    Creators,
}

/// A checklist's boxes (a lazily loaded chunk in the split build: built when first opened).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn checklist_items(catalog: Arc<Catalog>, of: ListOf, selected: Signal<Vec<String>>, on_toggle: Callback<String>) -> AnyView {
    let options: Vec<FacetOption> = match of {
        ListOf::Providers => browse::provider_options(&catalog),
        ListOf::Creators => browse::creator_options(&catalog),
    };
    options
        .into_iter()
        .map(|o| {
            let value = o.value.clone();
            let checked = {
                let value = value.clone();
                move || selected.read().contains(&value)
            };
            view! {
                <label class="check">
                    <input type="checkbox" data-value=o.value prop:checked=checked on:change=move |_| on_toggle.run(value.clone())/>
                    {o.label} <span class="count">{o.count}</span>
                </label>
            }
        })
        .collect_view()
        .into_any()
}

/// A text field for a number, committed on change (Enter or leaving the
/// field); a value that does not parse shows the parser's message beside it.
#[component]
fn NumberField(
    /// The visible label.
    label: &'static str,
    /// `data-facet` name for tests and styling.
    facet: &'static str,
    /// Placeholder text.
    placeholder: &'static str,
    /// The committed value, from the URL.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// Parses and applies the text; an error message is shown next to the field.
    on_commit: Callback<String, Result<(), &'static str>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<&'static str>);
    let id = format!("facet-{facet}");
    let err_id = format!("{id}-error");
    view! {
        <label class="field" for=id.clone()>{label}</label>
        <input id=id type="text" inputmode="decimal" data-facet=facet placeholder=placeholder
            aria-invalid=move || error.get().is_some().to_string()
            aria-describedby=err_id.clone()
            prop:value=move || value.get().unwrap_or_default()
            on:change:target=move |ev| error.set(on_commit.run(ev.target().value()).err())/>
        <p class="field-error" id=err_id role="status">{move || error.get()}</p>
    }
}
