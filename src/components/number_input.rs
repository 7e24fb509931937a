//! A labelled text field for a number: committed on change, and a message
//! beside it when the text is not a valid number (the URL keeps the last good value).

use leptos::prelude::*;

/// A validated number field.
#[component]
pub fn NumberInput(
    /// Element id; the message gets `<id>-error`.
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// The committed value, as text.
    #[prop(into)]
    value: Signal<String>,
    /// Parses and applies the text, or says what is wrong with it.
    on_commit: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let err_id = format!("{id}-error");
    view! {
        <div class="workload-field">
            <label class="field" for=id>{label}</label>
            <input id=id type="text" inputmode="decimal" autocomplete="off"
                aria-invalid=move || error.read().is_some().to_string()
                aria-describedby=err_id.clone()
                prop:value=move || value.get()
                on:change:target=move |ev| error.set(on_commit.run(ev.target().value()).err())/>
            <p class="field-error" id=err_id role="status">{move || error.get()}</p>
        </div>
    }
}
