//! "Embed" button: shows the `<iframe>` snippet for another site, with Copy.

use leptos::prelude::*;
use leptos_use::{use_clipboard, UseClipboardReturn};

use crate::routes::BASE;

/// A disclosure with the snippet that embeds `path` (an `/embed/...` route).
#[component]
pub fn EmbedSnippet(
    /// The embed's path and query under the site's base (`Route::EmbedModel(..).path()`).
    #[prop(into)]
    path: Signal<String>,
    /// The iframe's title, for screen readers on the host page.
    #[prop(into)]
    title: String,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // The site's own origin, known only in the browser (read when the snippet is shown).
    let code = Memo::new(move |_| {
        let origin = if open.get() { window().location().origin().unwrap_or_default() } else { String::new() };
        let origin = format!("{origin}{BASE}");
        hub_core::embed::snippet(&origin, &path.get(), &title)
    });
    let UseClipboardReturn { is_supported, copied, copy, .. } = use_clipboard();
    let copy = StoredValue::new(copy);
    view! {
        <div class="embed-snippet">
            <button class="btn" data-field="embed-button" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>"Embed"</button>
            <Show when=move || open.get()>
                <p class="muted">"Paste this into your page: the card sizes itself where the script line is included; without it, it scrolls at a fixed height."</p>
                <textarea readonly rows="4" aria-label="Embed code" data-field="embed-code">{move || code.get()}</textarea>
                <button class="btn copy" disabled=move || !is_supported.get() on:click=move |_| copy.with_value(|copy| copy(&code.get_untracked()))>{move || if copied.get() { "Copied ✓" } else { "Copy" }}</button>
            </Show>
        </div>
    }
}
