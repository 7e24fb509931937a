//! Keyboard shortcuts as a pure state machine, so every rule is tested natively.
//!
//! `?` toggles the help overlay, `/` focuses the first form field, `g` then one
//! of `h b c s x` (within [`SEQUENCE_TIMEOUT_MS`]) goes to a page, `Esc` closes
//! overlays, Ctrl+K (Cmd+K) opens the command palette, and in a table `j`/`k`
//! move the row cursor, `Enter` opens the row and `x` ticks it for compare.
//! Nothing but `Esc` and Ctrl+K fires while the user types in a field; `Enter`
//! on a link or button is left to it; nothing else fires with Ctrl, Alt or Meta
//! held, so browser shortcuts stay intact.

/// How long the second key of a `g …` sequence may wait.
pub const SEQUENCE_TIMEOUT_MS: f64 = 1000.0;

/// Pages reachable by a `g` sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoTo {
    Home,
    BestFor,
    Cost,
    SelfHosted,
    Compliance,
}

/// What a key press asks the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ToggleHelp,
    FocusFirstField,
    Go(GoTo),
    /// Close the open overlay, or leave the focused field.
    Escape,
    OpenPalette,
    /// Move the row cursor down (`j`) or up (`k`).
    RowNext,
    RowPrev,
    /// Open the row under the cursor.
    RowOpen,
    /// Tick (or untick) the row under the cursor for compare.
    RowToggle,
}

/// One key press, as the browser reports it.
#[derive(Debug, Clone, Copy)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`, e.g. `g`, `?`, `Escape`.
    pub key: &'a str,
    /// Ctrl, Alt or Meta held.
    pub modified: bool,
    /// Ctrl or Meta (Cmd) held, without Alt.
    pub command: bool,
    /// Focus is on a link, button or other control that `Enter` activates.
    pub on_control: bool,
    /// Focus is in a text field, select or editable element.
    pub in_field: bool,
    /// Event time in milliseconds (any monotonic clock).
    pub at_ms: f64,
}

/// One row of the shortcuts overlay.
pub struct ShortcutHelp {
    pub keys: &'static [&'static str],
    pub does: &'static str,
}

/// The shortcuts as listed in the overlay, in the seed page's order.
pub const SHORTCUTS: &[ShortcutHelp] = &[
    ShortcutHelp { keys: &["?"], does: "Show this overlay" },
    ShortcutHelp { keys: &["/"], does: "Focus the first form field" },
    ShortcutHelp { keys: &["g", "h"], does: "Go to / (home)" },
    ShortcutHelp { keys: &["g", "b"], does: "Go to /best-llm-for" },
    ShortcutHelp { keys: &["g", "c"], does: "Go to /cost" },
    ShortcutHelp { keys: &["g", "s"], does: "Go to /self-hosted" },
    ShortcutHelp { keys: &["g", "x"], does: "Go to /compliance" },
    ShortcutHelp { keys: &["Ctrl", "K"], does: "Command palette: go to a model, provider, page, use case or term (Cmd K on a Mac)" },
    ShortcutHelp { keys: &["j"], does: "Next row of the table" },
    ShortcutHelp { keys: &["k"], does: "Previous row of the table" },
    ShortcutHelp { keys: &["Enter"], does: "Open the row" },
    ShortcutHelp { keys: &["x"], does: "Tick the row for compare" },
    ShortcutHelp { keys: &["Esc"], does: "Close any overlay" },
];

/// The sequence state: whether a `g` is waiting for its second key.
#[derive(Debug, Default, Clone)]
pub struct Keymap {
    pending_g_at: Option<f64>,
}

impl Keymap {
    pub fn new() -> Self {
        Self::default()
    }

    /// True while a `g` waits for its second key.
    pub fn is_pending(&self) -> bool {
        self.pending_g_at.is_some()
    }

    /// Feeds one key press; returns the action it completes, if any.
    pub fn press(&mut self, k: KeyPress<'_>) -> Option<Action> {
        if matches!(k.key, "Shift" | "Control" | "Alt" | "Meta" | "CapsLock") {
            return None; // a lone modifier (Shift for `?`) neither fires nor breaks a sequence
        }
        let pending = self.pending_g_at.take();
        if k.key == "Escape" || k.key == "Esc" {
            return Some(Action::Escape);
        }
        if k.command && k.key.eq_ignore_ascii_case("k") {
            return Some(Action::OpenPalette);
        }
        if k.in_field || k.modified {
            return None;
        }
        if let Some(t) = pending {
            if k.at_ms - t <= SEQUENCE_TIMEOUT_MS && k.at_ms >= t {
                let to = match k.key {
                    "h" => Some(GoTo::Home),
                    "b" => Some(GoTo::BestFor),
                    "c" => Some(GoTo::Cost),
                    "s" => Some(GoTo::SelfHosted),
                    "x" => Some(GoTo::Compliance),
                    _ => None,
                };
                if let Some(to) = to {
                    return Some(Action::Go(to));
                }
            }
        }
        match k.key {
            "?" => Some(Action::ToggleHelp),
            "/" => Some(Action::FocusFirstField),
            "j" => Some(Action::RowNext),
            "k" => Some(Action::RowPrev),
            "x" => Some(Action::RowToggle),
            "Enter" if !k.on_control => Some(Action::RowOpen),
            "g" => {
                self.pending_g_at = Some(k.at_ms);
                None
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: &str, at_ms: f64) -> KeyPress<'_> {
        KeyPress { key, modified: false, command: false, on_control: false, in_field: false, at_ms }
    }

    fn run(keys: &[(&str, f64)]) -> Vec<Option<Action>> {
        let mut m = Keymap::new();
        keys.iter().map(|&(k, t)| m.press(key(k, t))).collect()
    }

    #[test]
    fn single_keys() {
        assert_eq!(run(&[("?", 0.0)]), [Some(Action::ToggleHelp)]);
        assert_eq!(run(&[("/", 0.0)]), [Some(Action::FocusFirstField)]);
        assert_eq!(run(&[("Escape", 0.0)]), [Some(Action::Escape)]);
        assert_eq!(run(&[("h", 0.0)]), [None], "h alone does nothing");
        assert_eq!(run(&[("Shift", 0.0), ("?", 5.0)]), [None, Some(Action::ToggleHelp)]);
    }

    #[test]
    fn every_g_sequence() {
        for (k, to) in [("h", GoTo::Home), ("b", GoTo::BestFor), ("c", GoTo::Cost), ("s", GoTo::SelfHosted), ("x", GoTo::Compliance)] {
            assert_eq!(run(&[("g", 100.0), (k, 400.0)]), [None, Some(Action::Go(to))], "g {k}");
        }
    }

    #[test]
    fn sequence_times_out_after_about_a_second() {
        assert_eq!(run(&[("g", 0.0), ("c", 1000.0)])[1], Some(Action::Go(GoTo::Cost)));
        assert_eq!(run(&[("g", 0.0), ("c", 1001.0)])[1], None);
        // A clock that goes backwards never completes a sequence.
        assert_eq!(run(&[("g", 500.0), ("c", 100.0)])[1], None);
    }

    #[test]
    fn sequence_is_consumed_once() {
        assert_eq!(run(&[("g", 0.0), ("c", 10.0), ("c", 20.0)]), [None, Some(Action::Go(GoTo::Cost)), None]);
        // Another key in between breaks it.
        assert_eq!(run(&[("g", 0.0), ("z", 10.0), ("c", 20.0)]), [None, None, None]);
        // `g g h` restarts on the second g.
        assert_eq!(run(&[("g", 0.0), ("g", 10.0), ("h", 20.0)])[2], Some(Action::Go(GoTo::Home)));
        // `g ?` does not eat the `?`.
        assert_eq!(run(&[("g", 0.0), ("?", 10.0)])[1], Some(Action::ToggleHelp));
    }

    #[test]
    fn nothing_but_escape_fires_while_typing() {
        let mut m = Keymap::new();
        for k in ["?", "/", "g", "h", "c", "j", "k", "x", "Enter"] {
            assert_eq!(m.press(KeyPress { in_field: true, ..key(k, 0.0) }), None, "{k} in a field");
        }
        assert!(!m.is_pending(), "typing g in a field starts no sequence");
        assert_eq!(m.press(KeyPress { in_field: true, ..key("Escape", 0.0) }), Some(Action::Escape));
        // A `g` typed outside, then `c` typed inside a field, goes nowhere.
        m.press(key("g", 0.0));
        assert_eq!(m.press(KeyPress { in_field: true, ..key("c", 10.0) }), None);
        assert!(!m.is_pending());
    }

    #[test]
    fn palette_and_row_keys() {
        let cmd = |k| KeyPress { command: true, modified: true, ..key(k, 0.0) };
        assert_eq!(Keymap::new().press(cmd("k")), Some(Action::OpenPalette));
        assert_eq!(Keymap::new().press(cmd("K")), Some(Action::OpenPalette), "with Shift or Caps Lock");
        assert_eq!(Keymap::new().press(KeyPress { in_field: true, ..cmd("k") }), Some(Action::OpenPalette), "even while typing");
        assert_eq!(Keymap::new().press(KeyPress { command: false, ..cmd("k") }), None, "Alt+K is the browser's");
        assert_eq!(
            run(&[("j", 0.0), ("j", 1.0), ("k", 2.0), ("x", 3.0), ("Enter", 4.0)]),
            [Some(Action::RowNext), Some(Action::RowNext), Some(Action::RowPrev), Some(Action::RowToggle), Some(Action::RowOpen)]
        );
        assert_eq!(Keymap::new().press(KeyPress { on_control: true, ..key("Enter", 0.0) }), None, "Enter on a link or button is the link's");
        // `g k` is not a page; the k after g still moves the cursor.
        assert_eq!(run(&[("g", 0.0), ("k", 10.0)])[1], Some(Action::RowPrev));
    }

    #[test]
    fn modified_keys_are_left_to_the_browser() {
        let mut m = Keymap::new();
        assert_eq!(m.press(KeyPress { modified: true, ..key("/", 0.0) }), None);
        m.press(key("g", 0.0));
        assert_eq!(m.press(KeyPress { modified: true, ..key("c", 5.0) }), None);
    }

    #[test]
    fn overlay_lists_every_shortcut() {
        let listed: Vec<String> = SHORTCUTS.iter().map(|s| s.keys.join(" ")).collect();
        assert_eq!(listed, ["?", "/", "g h", "g b", "g c", "g s", "g x", "Ctrl K", "j", "k", "Enter", "x", "Esc"]);
        // Every listed sequence really does something.
        for s in SHORTCUTS {
            let mut m = Keymap::new();
            let mut last = None;
            for (i, k) in s.keys.iter().enumerate() {
                let k = if *k == "Esc" { "Escape" } else { k };
                if k == "Ctrl" {
                    continue;
                }
                let command = s.keys[0] == "Ctrl";
                last = m.press(KeyPress { command, modified: command, ..key(k, i as f64) });
            }
            assert!(last.is_some(), "{:?} does nothing", s.keys);
        }
    }
}
