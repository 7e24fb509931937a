//! Site header and footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::hooks::use_theme::{use_theme, Theme};
use crate::routes::Route;
use crate::state::overlay::{use_overlay, Overlay};

/// Top bar: brand, main navigation and the shortcuts button.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let overlay = use_overlay();
    let (theme, set_theme) = use_theme();
    let links = [
        (Route::Home, "Models"),
        (Route::Cost(None), "Cost"),
        (Route::BestFor, "Best for"),
        (Route::SelfHosted, "Self-hosted"),
        (Route::Compliance, "Compliance"),
        (Route::Glossary(None), "Glossary"),
    ];
    view! {
        <header class="site-header">
            <A href=Route::Home.href() attr:class="brand">"LLM Cloud Hub"</A>
            <nav aria-label="Main">
                {links.into_iter().map(|(r, label)| view! { <A href=r.href()>{label}</A> }).collect_view()}
            </nav>
            <button class="btn btn-quiet" data-field="theme-toggle" title="Theme: system, light or dark (click to change)"
                aria-label=move || theme.get().label() on:click=move |_| set_theme.run(theme.get_untracked().next())>
                {move || match theme.get() { Theme::System => "◐", Theme::Light => "☀", Theme::Dark => "☾" }}
            </button>
            <button class="btn btn-quiet" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)"
                on:click=move |_| overlay.toggle(Overlay::Shortcuts)>"?"</button>
        </header>
    }
}

/// Footer with data credits.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Data: LiteLLM (MIT), genai-prices (MIT), models.dev (MIT), OpenRouter, llm-stats.com (CC BY 4.0). "
                <A href=Route::About.href()>"Sources and licences"</A>
                " · Press " <kbd>"?"</kbd> " for shortcuts."
            </p>
        </footer>
    }
}
