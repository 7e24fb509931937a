//! Quickstart: a working call to the model through a chosen provider's API,
//! in curl, Python or JavaScript, with a copy button.

use std::sync::Arc;

use hub_core::{
    links::safe_link,
    quickstart::{provider_labels, snippet, unsupported_reason, Lang},
    Catalog,
};
use leptos::prelude::*;
use leptos_use::{use_clipboard, UseClipboardReturn};

/// Snippets for the offers of the model at `model_index`; the provider picker
/// starts at the cheapest offer whose API style has snippets.
#[component]
pub fn Quickstart(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let cheapest = catalog.shown_offer_index(model_index, catalog.today(), |o| catalog.provider(&o.provider).is_some_and(|p| unsupported_reason(p).is_none()));
    let offers: Vec<usize> = catalog.offer_indices_of(model_index).to_vec();
    let first = cheapest.or_else(|| offers.first().copied()).unwrap_or(0);
    let chosen = RwSignal::new(first);
    let lang = RwSignal::new(Lang::Curl);
    let UseClipboardReturn { is_supported, copied, copy, .. } = use_clipboard();
    let copy = StoredValue::new(copy);
    let c = catalog.clone();
    let code = Memo::new(move |_| {
        let o = &c.offers()[chosen.get()];
        let p = c.provider(&o.provider)?;
        snippet(p, &o.provider_model_id, lang.get())
    });
    let c = catalog.clone();
    let note = move || {
        let o = &c.offers()[chosen.get()];
        let p = c.provider(&o.provider);
        let install = p.and_then(|p| p.api_style).and_then(|s| lang.get().install(s));
        let reason = p.and_then(unsupported_reason).unwrap_or("");
        let docs = p.and_then(|p| safe_link(p.docs_url.as_deref()).map(|u| (u.to_owned(), p.name.clone())));
        view! {
            {install.map(|i| view! { <p class="muted">"Install: " <code>{i}</code></p> })}
            {(!reason.is_empty()).then(|| view! { <p class="muted" data-field="no-snippet">{reason}</p> })}
            {docs.map(|(u, n)| view! { <p><a href=u rel="noopener noreferrer" target="_blank">{format!("{n} API docs →")}</a></p> })}
        }
    };
    let options =
        offers.iter().zip(provider_labels(&catalog, model_index)).map(|(&k, label)| view! { <option value=k.to_string() selected=k == first>{label}</option> }).collect_view();
    let tabs = Lang::ALL.map(|l| {
        view! {
            <button role="tab" class="tab" aria-selected=move || (lang.get() == l).to_string() data-lang=l.label()
                on:click=move |_| lang.set(l)>{l.label()}</button>
        }
    });
    view! {
        <section class="quickstart" aria-labelledby="quickstart-h">
            <h2 id="quickstart-h">"Quickstart"</h2>
            <label class="field">"Provider "
                <select data-field="quickstart-provider" on:change:target=move |ev| {
                    if let Ok(k) = ev.target().value().parse() { chosen.set(k) }
                }>{options}</select>
            </label>
            <div role="tablist" aria-label="Language">{tabs}</div>
            <Show when=move || code.read().is_some()>
                <div class="code-block">
                    <pre><code data-field="snippet">{move || code.get().unwrap_or_default()}</code></pre>
                    // Always rendered (the pre-rendered page has it too); usable where the clipboard is.
                    <button class="btn copy" disabled=move || !is_supported.get() on:click=move |_| copy.with_value(|copy| copy(&code.get_untracked().unwrap_or_default()))>{move || if copied.get() { "Copied ✓" } else { "Copy" }}</button>
                </div>
            </Show>
            {note}
        </section>
    }
}
