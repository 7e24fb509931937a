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
        // The file is written by a lazily loaded chunk (split build), so the download starts
        // from a link made once it is ready.
        ev.prevent_default();
        let (catalog, rows) = (catalog.clone(), rows.get_untracked());
        leptos::task::spawn_local(async move {
            let Some(url) = csv_url(catalog, rows).await else { return };
            if let Some(old) = last_url.get_value() {
                let _ = web_sys::Url::revoke_object_url(&old);
            }
            last_url.set_value(Some(url.clone()));
            download(&url);
        });
    };
    view! {
        <a class="btn" href="#" download=CSV_FILE_NAME data-action="csv" on:click=on_click>"Download CSV"</a>
    }
}

/// An object URL for `rows` as a CSV file (a lazily loaded chunk in the split build).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn csv_url(catalog: Arc<Catalog>, rows: Vec<Row>) -> Option<String> {
    let text = to_csv(&catalog, &rows);
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Saves the file at `url` as [`CSV_FILE_NAME`], through a link that is never on the page.
fn download(url: &str) {
    let Ok(a) = document().create_element("a") else { return };
    let _ = a.set_attribute("href", url);
    let _ = a.set_attribute("download", CSV_FILE_NAME);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
}
