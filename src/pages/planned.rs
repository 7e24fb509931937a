//! A page whose feature is not built yet says so plainly, and what it will do.

use leptos::prelude::*;
use leptos_meta::Title;

/// Title, heading and an honest "coming" note.
#[component]
pub fn Planned(
    /// Page title and heading.
    title: &'static str,
    /// What the page will do.
    what: &'static str,
) -> impl IntoView {
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        <p class="planned" role="note"><strong>"Coming: "</strong>{what}</p>
    }
}
