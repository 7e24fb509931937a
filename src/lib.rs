//! LLM Cloud Hub — the Leptos CSR app. Thin UI over `hub-core`.
#![recursion_limit = "512"]

pub mod api;
pub mod components;
pub mod hooks;
pub mod pages;
pub mod routes;
pub mod state;
pub mod takeover;

use hub_core::keymap::Action;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{components::Router, hooks::use_navigate};

use components::{
    command_palette::CommandPalette,
    layout::{SiteFooter, SiteHeader},
    shortcuts_overlay::ShortcutsOverlay,
};
use routes::{AppRoutes, Route};
use state::overlay::{provide_overlay, use_overlay, Overlay};

/// The whole app: fetches the catalog and routes to pages.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let res = state::catalog::provide_catalog();
    // A pre-rendered page gives way to the app once the catalog has loaded or failed.
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let ready = res.0.read().is_some();
        if ready {
            takeover::take_over_soon();
        }
        ready
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = res;
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Header, page and footer, plus the global shortcuts. Needs a `<Router>` and a catalog context.
#[component]
pub fn Shell() -> impl IntoView {
    let overlay = provide_overlay();
    let navigate = use_navigate();
    // Embeds (`/embed/...`) live in other sites' iframes: no site chrome, no shortcuts.
    let location = leptos_router::hooks::use_location();
    let embed = Memo::new(move |_| routes::is_embed_path(&location.pathname.read()));
    let rows = hooks::use_row_cursor::use_row_cursor();
    hooks::use_shortcuts::use_shortcuts(move |action| match action {
        _ if embed.get_untracked() => {}
        Action::ToggleHelp => overlay.toggle(Overlay::Shortcuts),
        Action::Escape => {
            overlay.close();
            blur_active_field();
        }
        Action::FocusFirstField => focus_first_field(),
        Action::Go(to) => {
            overlay.close();
            navigate(&Route::from(to).href(), Default::default());
        }
        Action::OpenPalette => overlay.open(Overlay::Palette),
        // Row keys act on the page's tables, not behind an open overlay.
        _ if overlay.0.get_untracked().is_some() => {}
        Action::RowNext => rows.step(1),
        Action::RowPrev => rows.step(-1),
        Action::RowOpen => rows.open(),
        Action::RowToggle => rows.toggle(),
    });
    view! {
        <Title formatter=|t: String| if t.is_empty() { "LLM Cloud Hub".to_owned() } else { format!("{t} · LLM Cloud Hub") }/>
        <Show when=move || !embed.get()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <SiteHeader/>
        </Show>
        <main id="main" class:embed-main=embed>
            <AppRoutes/>
        </main>
        <Show when=move || !embed.get()>
            <SiteFooter/>
            <Overlays/>
        </Show>
    }
}

/// The shortcuts overlay and the command palette, put on the page when one is first opened:
/// in the split build their code is a wasm chunk fetched then, not part of every first view.
#[component]
fn Overlays() -> impl IntoView {
    let overlay = use_overlay();
    let wanted = Memo::new(move |was: Option<&bool>| was == Some(&true) || overlay.0.read().is_some());
    move || wanted.get().then(|| Suspend::new(overlays()))
}

/// The two overlays' views (a lazily loaded chunk in the split build).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn overlays() -> AnyView {
    view! {
        <ShortcutsOverlay/>
        <CommandPalette/>
    }
    .into_any()
}

const FIELDS: &str = "main input:not([type=hidden]):not([disabled]), main select:not([disabled]), main textarea:not([disabled])";

/// Focuses the first form field of the page's main content.
fn focus_first_field() {
    let field = document().query_selector(FIELDS).ok().flatten();
    if let Some(el) = field.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = el.focus();
    }
}

/// Esc leaves the field being typed in.
fn blur_active_field() {
    if let Some(el) = document().active_element() {
        if hooks::use_shortcuts::is_text_field(&el) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.blur();
            }
        }
    }
}
