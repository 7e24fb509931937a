//! Whether a CSS media query matches the screen, read once when the component is built.
//!
//! No change listener: leptos-use's `use_media_query` follows resizes, but cost 2.6 KB gzip
//! of the home page's wasm (measured), and the one reader (the filters' fold) should not
//! open or close under a person who has opened or closed it anyway.

/// Whether `query` matches now; `default` where there is no screen (pre-rendering, tests
/// outside a browser) or the query cannot be evaluated.
pub fn use_media_matches(query: &str, default: bool) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        leptos::prelude::window().match_media(query).ok().flatten().map_or(default, |m| m.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = query;
        default
    }
}
