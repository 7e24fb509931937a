//! The global keyboard listener: feeds key presses to the pure
//! [`Keymap`](hub_core::keymap::Keymap) and hands completed actions on.

use hub_core::keymap::{Action, KeyPress, Keymap};
use leptos::{ev, prelude::*};
use leptos_use::{use_event_listener, use_window};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};

/// Calls `on_action` for every completed shortcut. The listener is removed
/// when the calling component's owner is disposed (leptos-use owns it).
pub fn use_shortcuts(on_action: impl Fn(Action) + 'static) {
    let keymap = StoredValue::new_local(Keymap::new());
    let _ = use_event_listener(use_window(), ev::keydown, move |e: KeyboardEvent| {
        let key = e.key();
        let press = KeyPress {
            key: &key,
            modified: e.ctrl_key() || e.meta_key() || e.alt_key(),
            command: (e.ctrl_key() || e.meta_key()) && !e.alt_key(),
            on_control: e.target().is_some_and(|t| is_control(&t)),
            in_field: e.target().is_some_and(|t| is_text_field(&t)),
            at_ms: e.time_stamp(),
        };
        if let Some(action) = keymap.try_update_value(|k| k.press(press)).flatten() {
            if action != Action::Escape {
                e.prevent_default();
            }
            on_action(action);
        }
    });
}

/// True when `Enter` at `target` is its own: links, buttons, summaries, form controls.
pub fn is_control(target: &web_sys::EventTarget) -> bool {
    let Some(el) = target.dyn_ref::<web_sys::Element>() else { return false };
    matches!(el.tag_name().as_str(), "A" | "BUTTON" | "SUMMARY" | "INPUT" | "SELECT" | "TEXTAREA")
        || el.get_attribute("role").is_some_and(|r| matches!(r.as_str(), "button" | "link" | "option" | "tab" | "combobox"))
}

/// True when keys typed at `target` are text for it: text-like inputs,
/// textareas, selects and editable content (checkboxes and buttons are not).
pub fn is_text_field(target: &web_sys::EventTarget) -> bool {
    let Some(el) = target.dyn_ref::<HtmlElement>() else { return false };
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        return !matches!(input.type_().as_str(), "checkbox" | "radio" | "button" | "submit" | "reset" | "range" | "color" | "file" | "image");
    }
    matches!(el.tag_name().as_str(), "TEXTAREA" | "SELECT") || el.is_content_editable()
}
