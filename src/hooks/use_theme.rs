//! The reader's theme choice: system (the default), light or dark, kept in
//! local storage and applied to `<html data-theme>`. an inline script in `index.html` applies
//! the stored choice before the first paint; this hook keeps it afterwards.

use leptos::prelude::*;

/// Local-storage keys of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKey {
    Theme,
}

impl StorageKey {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Theme => "llm-cloud-hub:theme",
        }
    }
}

/// A theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The stored value (`light`, `dark`; anything else is the system's).
    pub fn parse(s: Option<&str>) -> Self {
        match s {
            Some("light") => Self::Light,
            Some("dark") => Self::Dark,
            _ => Self::System,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
    /// The next choice of the header's toggle: system → light → dark → system.
    pub fn next(self) -> Self {
        match self {
            Self::System => Self::Light,
            Self::Light => Self::Dark,
            Self::Dark => Self::System,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Theme: system",
            Self::Light => "Theme: light",
            Self::Dark => "Theme: dark",
        }
    }
}

/// The current choice and a setter that stores and applies it.
pub fn use_theme() -> (Signal<Theme>, Callback<Theme>) {
    let theme = RwSignal::new(Theme::System);
    // Read after mount (storage is the browser's; the pre-rendered page shows the default label).
    Effect::new(move |_| theme.set(Theme::parse(storage().and_then(|s| s.get_item(StorageKey::Theme.as_str()).ok().flatten()).as_deref())));
    let set = Callback::new(move |t: Theme| {
        theme.set(t);
        if let Some(s) = storage() {
            let _ = match t {
                Theme::System => s.remove_item(StorageKey::Theme.as_str()),
                _ => s.set_item(StorageKey::Theme.as_str(), t.as_str()),
            };
        }
        if let Some(root) = document().document_element() {
            let _ = match t {
                Theme::System => root.remove_attribute("data-theme"),
                _ => root.set_attribute("data-theme", t.as_str()),
            };
        }
    });
    (theme.into(), set)
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
