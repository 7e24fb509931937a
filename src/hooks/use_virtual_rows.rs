//! Which rows of a long table are on screen: the table scrolls with the page,
//! and only the rows in (or near) the viewport are rendered.

use std::ops::Range;

use leptos::{ev, html, prelude::*};
use leptos_use::{use_event_listener, use_window};

/// Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap.
pub const OVERSCAN: usize = 12;
/// The row height assumed before a row has been measured (matches style/main.css).
pub const DEFAULT_ROW_HEIGHT: f64 = 40.0;

/// The window of rows `[start, end)` to render out of `len`, for a `<tbody>`
/// whose rows share one height. Measured when the body mounts and on scroll
/// and resize, never on a keystroke (a measure forces a layout); the listeners
/// go with the calling component.
pub fn use_virtual_rows(body: NodeRef<html::Tbody>, len: Signal<usize>) -> (Memo<Range<usize>>, Memo<f64>) {
    // (tbody's top relative to the viewport, viewport height, one row's height)
    let geometry = RwSignal::new((0.0f64, 1000.0f64, DEFAULT_ROW_HEIGHT));
    let measure = move || {
        let Some(el) = body.get_untracked() else { return };
        let top = el.get_bounding_client_rect().top();
        let height = window().inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(1000.0);
        let row =
            el.query_selector("tr[data-row]").ok().flatten().map(|r| r.get_bounding_client_rect().height()).filter(|h| *h >= 1.0).unwrap_or_else(|| geometry.get_untracked().2);
        let next = (top, height, row);
        if geometry.get_untracked() != next {
            geometry.set(next);
        }
    };
    let _ = use_event_listener(use_window(), ev::scroll, move |_| measure());
    let _ = use_event_listener(use_window(), ev::resize, move |_| measure());
    Effect::new(move |_| {
        body.track();
        measure();
    });
    let row_height = Memo::new(move |_| geometry.read().2);
    let range = Memo::new(move |_| {
        let (top, height, row) = geometry.get();
        let n = len.get();
        let first = ((-top) / row).floor().max(0.0) as usize;
        let start = first.saturating_sub(OVERSCAN).min(n);
        let end = (first + (height / row).ceil() as usize + OVERSCAN).min(n);
        start..end.max(start)
    });
    (range, row_height)
}
