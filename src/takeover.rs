//! The wasm taking over a pre-rendered page. The page's HTML (rendered at build
//! time from these same components) stays on screen while the app mounts,
//! hidden, beside it; once the catalog has loaded (or failed) and the app has
//! painted the same page, the pre-rendered copy goes and the app shows in the
//! same frame: no skeleton flash, no layout shift, the scroll position kept.
//! Text typed into the pre-rendered search box before then is carried over.

/// The element the build-time HTML lives in.
pub const PRERENDERED_ID: &str = "prerendered";
/// The element the app mounts into.
pub const APP_ID: &str = "app";

/// The container to mount the app into: hidden while a pre-rendered page is showing.
#[cfg(target_arch = "wasm32")]
pub fn app_root() -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    let doc = leptos::prelude::document();
    let root: web_sys::HtmlElement = doc.create_element("div").expect("a div").unchecked_into();
    root.set_id(APP_ID);
    if doc.get_element_by_id(PRERENDERED_ID).is_some() {
        root.set_hidden(true);
    }
    doc.body().expect("a body").append_child(&root).expect("mounted");
    root
}

/// The attribute on the pre-rendered page's own `<head>` tags.
pub const PRERENDERED_HEAD: &str = "data-prerendered";

/// Swaps the pre-rendered page for the app, once; marks `<html data-live>`.
#[cfg(target_arch = "wasm32")]
pub fn take_over() {
    use wasm_bindgen::JsCast;
    let doc = leptos::prelude::document();
    let html = doc.document_element().expect("<html>");
    if html.has_attribute("data-live") {
        return;
    }
    let typed = doc
        .get_element_by_id(PRERENDERED_ID)
        .and_then(|pre| pre.query_selector("input[type=search]").ok().flatten())
        .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .filter(|v| !v.is_empty());
    // Whether the reader was typing in the static search box (focus moves to the app's).
    let was_focused = doc.active_element().is_some_and(|a| a.id() == "catalog-search");
    let scroll = leptos::prelude::window().scroll_y().unwrap_or(0.0);
    if let Some(pre) = doc.get_element_by_id(PRERENDERED_ID) {
        pre.remove();
    }
    // The static page's head tags (description, canonical, Open Graph) give way to the app's,
    // which follow in-app navigation.
    if let Ok(tags) = doc.query_selector_all(&format!("head [{PRERENDERED_HEAD}]")) {
        for i in 0..tags.length() {
            if let Some(el) = tags.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
    if let Some(app) = doc.get_element_by_id(APP_ID).and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        app.set_hidden(false);
    }
    leptos::prelude::window().scroll_to_with_x_and_y(0.0, scroll);
    let _ = html.set_attribute("data-live", "");
    // Carry text typed before the takeover into the app's search box (its input handler runs).
    let app_input = doc.query_selector(&format!("#{APP_ID} input[type=search]")).ok().flatten().and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok());
    if was_focused {
        if let Some(input) = &app_input {
            let _ = input.focus();
        }
    }
    if let Some(text) = typed {
        if let Some(input) = app_input {
            if input.value() != text {
                input.set_value(&text);
                if let Ok(ev) = web_sys::Event::new_with_event_init_dict("input", &{
                    let init = web_sys::EventInit::new();
                    init.set_bubbles(true);
                    init
                }) {
                    let _ = input.dispatch_event(&ev);
                }
            }
        }
    }
}

/// After the catalog resolves, once the app's page is in its `<main>` (in the split build a
/// page's code may still be loading), a frame later (it has rendered), take over.
#[cfg(target_arch = "wasm32")]
pub fn take_over_soon() {
    wait_for_page(PAGE_WAIT_FRAMES);
}

/// How many frames (about a minute) to wait for the app's page; if its code never arrives
/// (offline, say), the pre-rendered page simply stays.
#[cfg(target_arch = "wasm32")]
const PAGE_WAIT_FRAMES: u32 = 3600;

#[cfg(target_arch = "wasm32")]
fn wait_for_page(frames_left: u32) {
    use leptos::prelude::{document, request_animation_frame};
    let page_shown = document().query_selector(&format!("#{APP_ID} main")).ok().flatten().is_some_and(|main| main.first_element_child().is_some());
    if page_shown {
        request_animation_frame(|| request_animation_frame(take_over));
    } else if frames_left > 0 {
        request_animation_frame(move || wait_for_page(frames_left - 1));
    }
}
