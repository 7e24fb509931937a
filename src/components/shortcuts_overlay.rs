//! The `?` overlay listing every keyboard shortcut.

use hub_core::keymap::SHORTCUTS;
use leptos::{html, prelude::*};

use crate::state::overlay::{use_overlay, Overlay};

/// A modal list of shortcuts; `Esc`, the close button or a click outside closes it.
#[component]
pub fn ShortcutsOverlay() -> impl IntoView {
    let overlay = use_overlay();
    let dialog = NodeRef::<html::Div>::new();
    // Move focus into the dialog when it opens so screen readers announce it.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.focus();
        }
    });
    view! {
        <Show when=move || overlay.is_open(Overlay::Shortcuts)>
            <div class="overlay-backdrop" on:click=move |_| overlay.close()></div>
            <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" tabindex="-1" node_ref=dialog>
                <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                <dl class="shortcuts">
                    {SHORTCUTS.iter().map(|s| view! {
                        <dt>{s.keys.iter().map(|k| view! { <kbd>{*k}</kbd> " " }).collect_view()}</dt>
                        <dd>{s.does}</dd>
                    }).collect_view()}
                </dl>
                <p class="muted">"Two-key sequences (g then h) work within about one second. Shortcuts never fire while you type in a field; Esc leaves the field."</p>
                <button class="btn" on:click=move |_| overlay.close()>"Close"</button>
            </div>
        </Show>
    }
}
