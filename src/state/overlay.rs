//! Which overlay (if any) is open; one at a time, `Esc` closes it.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Shortcuts,
    Palette,
}

/// The open overlay, shared by the shortcut handler and the overlays themselves.
#[derive(Clone, Copy)]
pub struct OpenOverlay(pub RwSignal<Option<Overlay>>);

pub fn provide_overlay() -> OpenOverlay {
    let o = OpenOverlay(RwSignal::new(None));
    provide_context(o);
    o
}

pub fn use_overlay() -> OpenOverlay {
    expect_context()
}

impl OpenOverlay {
    pub fn is_open(self, which: Overlay) -> bool {
        self.0.get() == Some(which)
    }
    pub fn toggle(self, which: Overlay) {
        self.0.update(|o| *o = if *o == Some(which) { None } else { Some(which) });
    }
    pub fn open(self, which: Overlay) {
        self.0.set(Some(which));
    }
    pub fn close(self) {
        self.0.set(None);
    }
}
