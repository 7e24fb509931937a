//! "Download CSV" of the rows in view, built when clicked (not on every filter change).

use std::sync::Arc;

use hub_core::{
    browse::{to_csv, Row},
    Catalog,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The file name the browser saves.
pub const CSV_FILE_NAME: &str = "llm-cloud-hub-models.csv";

/// A download link for `rows` as CSV.
#[component]
pub fn CsvLink(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The rows in view, in order.
    #[prop(into)]
    rows: Signal<Vec<Row>>,
) -> impl IntoView {
    // The previous download's object URL, released when the next is made.
    let last_url = StoredValue::new(None::<String>);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let csv = to_csv(&catalog, &rows.read_untracked());
        let Some(url) = blob_url(&csv) else { return };
        if let Some(old) = last_url.get_value() {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
        last_url.set_value(Some(url.clone()));
        // The browser follows the href after this handler: point it at the fresh file.
        if let Some(a) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = a.set_attribute("href", &url);
        }
    };
    view! {
        <a class="btn" href="#" download=CSV_FILE_NAME data-action="csv" on:click=on_click>"Download CSV"</a>
    }
}

/// An object URL for `text` as a CSV file.
fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
