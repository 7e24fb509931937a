//! The command palette (Ctrl+K / Cmd+K): fuzzy search over pages, use cases,
//! glossary terms and, once the catalog has loaded, models and providers;
//! arrow keys and Enter to go; Esc closes and returns focus where it was.

use std::sync::Arc;

use hub_core::palette::{Entry, PaletteIndex};
use leptos::{html, prelude::*};
use leptos_router::hooks::use_navigate;

use crate::routes::Route;
use crate::state::{
    catalog::use_catalog,
    overlay::{use_overlay, Overlay},
};

/// How many entries the palette lists.
const SHOWN: usize = 12;

/// A modal dialog with a combobox; focus stays in it while it is open.
#[component]
pub fn CommandPalette() -> impl IntoView {
    let overlay = use_overlay();
    let open = Memo::new(move |_| overlay.is_open(Overlay::Palette));
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let catalog = use_catalog().0;
    let use_cases = StoredValue::new(hub_core::use_cases::use_cases().unwrap_or_default());
    // Built on the first opening (pages first, so it works while the catalog loads) and again
    // once the catalog is in; otherwise reused, so opening the palette does no indexing.
    let index = Memo::new_with_compare(
        move |prev: Option<&Option<(bool, Arc<PaletteIndex>)>>| {
            let loaded = catalog.read().as_ref().and_then(|r| r.as_ref().ok()).cloned();
            match prev.cloned().flatten() {
                Some((had_catalog, ix)) if had_catalog == loaded.is_some() => Some((had_catalog, ix)),
                _ if !open.get() => None,
                _ => Some((loaded.is_some(), Arc::new(PaletteIndex::new(&use_cases.read_value(), loaded.as_deref())))),
            }
        },
        |old, new| !matches!((old, new), (Some(Some((_, a))), Some(Some((_, b)))) if Arc::ptr_eq(a, b)),
    );
    let results =
        Memo::new(move |_| index.get().map(|(_, ix)| ix.search(&query.read(), SHOWN).into_iter().map(|i| ix.entries()[i].clone()).collect::<Vec<Entry>>()).unwrap_or_default());
    let navigate = use_navigate();
    let go = Callback::new(move |e: Entry| {
        overlay.close();
        navigate(&Route::from(&e.target).href(), Default::default());
    });
    // Focus: into the field when it opens, back where it was when it closes (however it closes).
    let input = NodeRef::<html::Input>::new();
    let before = StoredValue::new_local(None::<web_sys::Element>);
    Effect::new(move |was_open: Option<bool>| {
        let now = open.get();
        if now && was_open != Some(true) {
            before.set_value(document().active_element());
            query.set(String::new());
            active.set(0);
        }
        if !now && was_open == Some(true) {
            if let Some(el) = before.get_value().and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                let _ = el.focus();
            }
        }
        now
    });
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = results.read_untracked().len();
        match ev.key().as_str() {
            "ArrowDown" => active.update(|a| *a = (*a + 1).min(n.saturating_sub(1))),
            "ArrowUp" => active.update(|a| *a = a.saturating_sub(1)),
            "Enter" => {
                if let Some(e) = results.read_untracked().get(active.get_untracked()).cloned() {
                    go.run(e);
                }
            }
            // The only control in the dialog is the field: Tab stays in it.
            "Tab" => {}
            _ => return,
        }
        ev.prevent_default();
    };
    let options = move || {
        results
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let kind = e.target.kind();
                let label = e.label.clone();
                view! {
                    <li id=format!("palette-opt-{i}") role="option" aria-selected=move || (active.get() == i).to_string()
                        on:mousemove=move |_| active.set(i) on:click=move |_| go.run(e.clone())>
                        <span>{label}</span> <span class="muted palette-kind">{kind}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || open.get()>
            <div class="overlay-backdrop" on:click=move |_| overlay.close()></div>
            <div class="overlay palette" role="dialog" aria-modal="true" aria-labelledby="palette-title">
                <h2 id="palette-title" class="sr-only">"Command palette"</h2>
                <input node_ref=input type="text" role="combobox" data-field="palette-input" autocomplete="off" spellcheck="false"
                    aria-expanded="true" aria-controls="palette-list" aria-autocomplete="list" aria-label="Go to a model, provider, page, use case or term"
                    aria-activedescendant=move || (!results.read().is_empty()).then(|| format!("palette-opt-{}", active.get()))
                    placeholder="Go to a model, provider, page…" prop:value=move || query.get()
                    on:input:target=move |ev| { query.set(ev.target().value()); active.set(0); } on:keydown=on_key/>
                <ul id="palette-list" role="listbox" aria-label="Results" class="palette-list">{options}</ul>
                <p class="sr-only" role="status" aria-live="polite">{move || format!("{} results", results.read().len())}</p>
            </div>
        </Show>
    }
}
