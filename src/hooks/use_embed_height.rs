//! Tells the page that frames an embed how tall the embed's content is, so that
//! `embed.js` there can size the iframe. Message shape (documented in README):
//! `{ source: "llm-cloud-hub", type: "resize", height: <CSS px, integer>, path: "/embed/..." }`.

use leptos::{html::Div, prelude::*};

/// `source` of every message an embed posts.
pub const MESSAGE_SOURCE: &str = "llm-cloud-hub";

/// Posts `target`'s height to the parent window whenever it changes (a
/// `ResizeObserver`, removed with the component). Does nothing outside a frame.
pub fn use_embed_height(target: NodeRef<Div>) {
    #[cfg(target_arch = "wasm32")]
    leptos_use::use_resize_observer(target, move |_, _| {
        if let Some(el) = target.get_untracked() {
            post_height(el.get_bounding_client_rect().height());
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = target;
}

#[cfg(target_arch = "wasm32")]
fn post_height(height: f64) {
    use wasm_bindgen::JsValue;
    let w = window();
    let Some(parent) = w.parent().ok().flatten() else { return };
    if parent == w {
        return; // not framed
    }
    let msg = js_sys::Object::new();
    let path = w.location().pathname().unwrap_or_default();
    for (k, v) in [("source", JsValue::from_str(MESSAGE_SOURCE)), ("type", "resize".into()), ("height", height.ceil().into()), ("path", path.into())] {
        let _ = js_sys::Reflect::set(&msg, &k.into(), &v);
    }
    // The height is not private: any parent may read it (`embed.js` checks the sender's origin).
    let _ = parent.post_message(&msg, "*");
}
