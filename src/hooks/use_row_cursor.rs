//! The row cursor of the page's tables (the catalog's, the calculator's, a
//! model's offers): `j`/`k` move it, `Enter` opens its row's link, `x` ticks
//! its row's compare box. Rows are found by their `data-row`/`data-offer` key,
//! so the cursor survives re-rendering and the catalog's virtual scrolling.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Rows the cursor visits, in document order.
const ROWS: &str = "main tbody > tr[data-row], main tbody > tr[data-offer]";
/// The class that shows the cursor.
const CURSOR: &str = "row-cursor";

/// The cursor: which page and row it is on.
#[derive(Clone, Copy)]
pub struct RowCursor {
    at: StoredValue<Option<(String, String)>>,
}

/// A cursor for the current page's tables.
pub fn use_row_cursor() -> RowCursor {
    RowCursor { at: StoredValue::new(None) }
}

impl RowCursor {
    /// Moves the cursor `by` rows (from before the first row when it is on none), shows it and scrolls to it.
    pub fn step(self, by: isize) {
        let rows = rows();
        if rows.is_empty() {
            return;
        }
        let here = self.current(&rows);
        let next = match here {
            Some(i) => (i as isize + by).clamp(0, rows.len() as isize - 1) as usize,
            None => 0,
        };
        for r in &rows {
            let _ = r.class_list().remove_1(CURSOR);
        }
        let row = &rows[next];
        let _ = row.class_list().add_1(CURSOR);
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        row.scroll_into_view_with_scroll_into_view_options(&opts);
        self.at.set_value(Some((path(), key(row))));
    }

    /// Follows the first link of the row under the cursor.
    pub fn open(self) {
        self.click_in("a[href]");
    }

    /// Ticks the compare box of the row under the cursor.
    pub fn toggle(self) {
        self.click_in("input[type=checkbox]");
    }

    fn click_in(self, selector: &str) {
        let rows = rows();
        let Some(i) = self.current(&rows) else { return };
        if let Some(el) = rows[i].query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            el.click();
        }
    }

    /// The row the cursor is on, if it is on this page and rendered.
    fn current(self, rows: &[Element]) -> Option<usize> {
        let (p, k) = self.at.get_value()?;
        if p != path() {
            return None;
        }
        rows.iter().position(|r| key(r) == k)
    }
}

fn rows() -> Vec<Element> {
    let Ok(list) = document().query_selector_all(ROWS) else { return vec![] };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn key(row: &Element) -> String {
    row.get_attribute("data-row").or_else(|| row.get_attribute("data-offer")).unwrap_or_default()
}

fn path() -> String {
    window().location().pathname().unwrap_or_default()
}
