//! The frame of every embed: no site chrome, the theme the host asks for
//! (`?theme=light|dark|auto`), its height posted to the host page, and a small
//! attribution with the data's date.

use leptos::{html::Div, prelude::*};
use leptos_router::hooks::use_query_map;

use crate::hooks::use_embed_height::use_embed_height;
use crate::routes::Route;

/// A theme an embedding page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedTheme {
    Light,
    Dark,
    /// The reader's system setting.
    Auto,
}

impl EmbedTheme {
    /// `?theme=`: `light`, `dark`, anything else is `auto`.
    pub fn from_query(v: Option<&str>) -> Self {
        match v {
            Some("light") => Self::Light,
            Some("dark") => Self::Dark,
            _ => Self::Auto,
        }
    }

    /// The `data-theme` value on `<html>` (none for auto).
    pub fn attr(self) -> Option<&'static str> {
        match self {
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
            Self::Auto => None,
        }
    }
}

/// Wraps an embed's content.
#[component]
pub fn EmbedFrame(
    /// The date of the data shown (`YYYY-MM-DD`).
    #[prop(into)]
    as_of: String,
    /// The full page this embed summarises, opened in a new tab.
    #[prop(into)]
    full_page: String,
    children: Children,
) -> impl IntoView {
    let query = use_query_map();
    let theme = Memo::new(move |_| EmbedTheme::from_query(query.read().get("theme").as_deref()));
    // The embed's own document: its theme is the host's choice (an effect: the browser's <html>).
    Effect::new(move |_| {
        let root = document().document_element();
        if let Some(root) = root {
            let _ = match theme.get().attr() {
                Some(t) => root.set_attribute("data-theme", t),
                None => root.remove_attribute("data-theme"),
            };
        }
    });
    let root = NodeRef::<Div>::new();
    use_embed_height(root);
    view! {
        <div class="embed" node_ref=root>
            {children()}
            <p class="embed-attribution">
                <a href=Route::Home.href() target="_blank" rel="noopener">"LLM Cloud Hub"</a>
                {format!(" · data as of {as_of} · ")}
                <a href=full_page target="_blank" rel="noopener" data-field="full-page">"Full page ↗"</a>
            </p>
        </div>
    }
}
