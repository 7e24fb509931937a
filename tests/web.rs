//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use hub_core::keymap::GoTo;
use hub_core::{
    browse::{self, Filters, Sort},
    parse_catalog,
    search::SearchIndex,
    Catalog,
};
use leptos::prelude::*;
use leptos_router::components::Router;
use llm_cloud_hub::{
    api::LoadError,
    components::{model_table::ModelTable, with_catalog::WithCatalog},
    routes::Route,
    state::catalog::provide_catalog_with,
    Shell,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MIXED: &str = include_str!("fixtures/catalog_mixed.json");

/// Mounts `view` into a fresh container and returns it; the view lives until the page ends.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), view);
    std::mem::forget(handle); // keep the reactive owner alive for the test's duration
    host
}

/// Lets effects, resources and suspense settle.
async fn tick() {
    for _ in 0..3 {
        gloo_timers::future::TimeoutFuture::new(0).await;
    }
}

fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

fn key(k: &str, target: &web_sys::EventTarget) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(k);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

/// A table over `catalog` with default filters, as the home page builds it.
fn table(catalog: Arc<Catalog>) -> impl IntoView {
    let index = SearchIndex::new(&catalog);
    let rows = browse::rows(&catalog, &index, &Filters::default());
    let selected = RwSignal::new(Vec::new());
    let sort = Signal::derive(|| Sort::default());
    view! { <Router><ModelTable catalog rows=Signal::derive(move || rows.clone()) sort on_sort=Callback::new(|_| ()) selected/></Router> }
}

#[wasm_bindgen_test]
async fn model_table_lists_models_with_cheapest_prices() {
    let catalog = Arc::new(parse_catalog(MIXED).unwrap());
    let host = mount(move || table(catalog));
    tick().await;
    let rows = host.query_selector_all("tbody tr[data-row]").unwrap();
    assert_eq!(rows.length(), 1);
    let t = text(&host);
    assert!(t.contains("Mistral Small 3.2 24B"), "{t}");
    assert!(t.contains("128,000"), "{t}");
    assert!(t.contains("$0.075") && t.contains("$0.20"), "{t}");
    // The row names whose price it shows (the provider's name, not its id).
    let seller = host.query_selector("tbody tr[data-row] td:nth-of-type(6)").unwrap().and_then(|c| c.text_content());
    assert_eq!(seller.as_deref(), Some("OpenRouter"));
    let link = host.query_selector("tbody a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/models/mistral-small-3.2-24b"));
    assert!(host.query_selector("th[aria-sort] button[data-sort=input]").unwrap().is_some(), "sortable header");
}

#[wasm_bindgen_test]
async fn model_table_renders_only_the_rows_on_screen() {
    let n = 5000;
    let models: Vec<_> = (0..n).map(|i| serde_json::json!({"id": format!("m-{i:05}"), "name": format!("Model {i:05}"), "creator": "T"})).collect();
    let offers: Vec<_> = (0..n)
        .map(|i| serde_json::json!({"model": format!("m-{i:05}"), "provider": "p", "provider_model_id": format!("m-{i:05}"), "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"}))
        .collect();
    let file = serde_json::json!({"schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [], "providers": [{"id": "p", "name": "P"}], "models": models, "offers": offers});
    let catalog = Arc::new(parse_catalog(&file.to_string()).unwrap());
    assert_eq!((catalog.models().len(), catalog.offers().len()), (n, n));
    let host = mount(move || table(catalog));
    tick().await;
    let rendered = |host: &web_sys::HtmlElement| host.query_selector_all("tbody tr[data-row]").unwrap().length();
    let first = |host: &web_sys::HtmlElement| host.query_selector("tbody tr[data-row]").unwrap().unwrap().get_attribute("data-row").unwrap();
    assert!(rendered(&host) > 5 && rendered(&host) < 150, "only a screenful: {}", rendered(&host));
    assert_eq!(first(&host), "m-00000");
    // Scroll half way: the rows there are rendered, the first ones are gone, the page keeps its full height.
    let body = host.query_selector("tbody").unwrap().unwrap();
    let top = body.get_bounding_client_rect().top() + window().scroll_y().unwrap();
    let row_h = host.query_selector("tbody tr[data-row]").unwrap().unwrap().get_bounding_client_rect().height();
    window().scroll_to_with_x_and_y(0.0, top + row_h * 2500.0);
    gloo_timers::future::TimeoutFuture::new(50).await;
    tick().await;
    let at = first(&host);
    let k: usize = at[2..].parse().unwrap();
    assert!((2400..=2500).contains(&k), "first rendered row after scrolling: {at}");
    assert!(rendered(&host) < 150);
    assert!(body.get_bounding_client_rect().height() >= row_h * n as f64 - 1.0, "spacers keep the full height");
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

#[wasm_bindgen_test]
async fn failed_load_says_why_and_retry_refetches() {
    let attempts = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let a = attempts.clone();
    let host = mount(move || {
        provide_catalog_with(move || {
            let n = a.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            async move {
                if n == 0 {
                    Err(LoadError::Http(503))
                } else {
                    Ok(Arc::new(parse_catalog(MIXED).unwrap()))
                }
            }
        });
        view! { <WithCatalog let:c><p class="ok">{format!("{} models", c.models().len())}</p></WithCatalog> }
    });
    tick().await;
    let t = text(&host);
    assert!(t.contains("Could not load the catalog") && t.contains("HTTP 503"), "{t}");
    let retry: web_sys::HtmlElement = host.query_selector("button").unwrap().unwrap().unchecked_into();
    assert_eq!(text(&retry), "Retry");
    retry.click();
    tick().await;
    tick().await;
    assert_eq!(attempts.load(std::sync::atomic::Ordering::SeqCst), 2);
    let t = text(&host);
    assert!(t.contains("1 models"), "after retry: {t}");
    assert!(!t.contains("Could not load"), "error cleared: {t}");
}

#[wasm_bindgen_test]
async fn dropped_entries_are_counted_and_listed() {
    let host = mount(|| {
        provide_catalog_with(|| async { Ok(Arc::new(parse_catalog(MIXED).unwrap())) });
        view! { <WithCatalog let:_c><span></span></WithCatalog> }
    });
    tick().await;
    let notice = host.query_selector(".dropped-notice").unwrap().expect("notice shown");
    let t = notice.text_content().unwrap();
    assert!(t.starts_with("14 catalog entries could not be used"), "{t}");
    assert!(t.contains("offers[2] (mistral/ghost-1): unknown model `ghost`"), "{t}");
    assert!(t.contains("providers[0].docs_url"), "{t}");
}

#[wasm_bindgen_test]
async fn shortcuts_toggle_overlay_and_ignore_typing() {
    let host = mount(|| {
        provide_catalog_with(|| async { Ok(Arc::new(parse_catalog(MIXED).unwrap())) });
        view! { <Router><Shell/></Router> }
    });
    tick().await;
    let window: web_sys::EventTarget = window().unchecked_into();
    assert!(host.query_selector("[role=dialog]").unwrap().is_none());
    key("?", &window);
    tick().await;
    let dialog = host.query_selector("[role=dialog]").unwrap().expect("? opens the overlay");
    let t = dialog.text_content().unwrap();
    for s in ["Show this overlay", "Go to /compliance", "Close any overlay"] {
        assert!(t.contains(s), "{t}");
    }
    key("Escape", &window);
    tick().await;
    assert!(host.query_selector("[role=dialog]").unwrap().is_none(), "Esc closes it");

    // `/` focuses the first field of the page; typing `?` there does nothing.
    key("/", &window);
    tick().await;
    let active = document().active_element().expect("a field has focus");
    assert_eq!(active.tag_name(), "INPUT");
    key("?", &active);
    tick().await;
    assert!(host.query_selector("[role=dialog]").unwrap().is_none(), "no overlay while typing");
    key("Escape", &active);
    tick().await;
    assert_ne!(document().active_element().map(|e| e.tag_name()), Some("INPUT".into()), "Esc leaves the field");
}

#[wasm_bindgen_test]
fn route_hrefs() {
    assert_eq!(Route::Home.href(), "/");
    assert_eq!(Route::Model("mistral-small-3.2-24b".into()).href(), "/models/mistral-small-3.2-24b");
    assert_eq!(Route::Alternatives("a".into()).href(), "/models/a/alternatives");
    assert_eq!(Route::Compare(vec!["a".into(), "b c".into()]).href(), "/compare?models=a,b%20c");
    assert_eq!(Route::Cost(Some("x".into())).href(), "/cost?model=x");
    assert_eq!(Route::Cost(None).href(), "/cost");
    assert_eq!(Route::Search("gpt 4o/mini".into()).href(), "/?q=gpt%204o%2Fmini");
    assert_eq!(Route::Glossary(Some("context-window".into())).href(), "/glossary#context-window");
    assert_eq!(Route::EmbedModel("m".into()).href(), "/embed/models/m");
}

#[wasm_bindgen_test]
fn shortcut_destinations() {
    assert_eq!(Route::from(GoTo::Home).href(), "/");
    assert_eq!(Route::from(GoTo::BestFor).href(), "/best-llm-for");
    assert_eq!(Route::from(GoTo::Cost).href(), "/cost");
    assert_eq!(Route::from(GoTo::SelfHosted).href(), "/self-hosted");
    assert_eq!(Route::from(GoTo::Compliance).href(), "/compliance");
}

/// The bill component shows each line, the batch saving as a saving (never a
/// negative amount), the tier and the notes, and the total.
#[wasm_bindgen_test]
async fn bill_lines_show_every_line_and_never_negative_money() {
    use hub_core::cost::{offer_cost, Workload};
    use llm_cloud_hub::components::cost_results::BillLines;
    let offer: hub_core::Offer = serde_json::from_value(serde_json::json!({
        "model": "m", "provider": "p", "provider_model_id": "m", "as_of": "2026-11-20", "source": "litellm",
        "prices": {"input": 3.0, "output": 15.0, "cache_read": 0.3, "batch_input": 1.5, "batch_output": 7.5},
        "tiers": [{"above": 200000, "input": 6.0, "output": 22.5}]
    }))
    .unwrap();
    let w = Workload { requests_per_day: 10.0, input_tokens: 250_000.0, output_tokens: 1000.0, cached_share: 0.5, batch_share: 0.5, images: 1.0, ..Workload::default() };
    let bill = offer_cost(&offer, &w).unwrap();
    let expected_total = hub_core::money::format_money(Some(bill.total));
    let host = mount(move || view! { <BillLines bill=bill as_of="2026-11-20".to_string() source="litellm".to_string()/> });
    tick().await;
    let kinds: Vec<String> = (0..host.query_selector_all("tr[data-line]").unwrap().length())
        .map(|i| host.query_selector_all("tr[data-line]").unwrap().item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("data-line").unwrap())
        .collect();
    assert_eq!(kinds, ["input", "cache_read", "output", "batch_discount"]);
    let t = text(&host);
    assert!(t.contains("saves $"), "{t}");
    assert!(!t.contains("-$") && !t.contains("NaN"), "{t}");
    assert!(t.contains("Long-context tier applied: the prompt is above 200,000 tokens"), "{t}");
    assert!(t.contains("No per-image price listed"), "{t}");
    assert!(t.contains("same discount ratio is assumed"), "{t}");
    assert_eq!(host.query_selector("[data-field=bill-total]").unwrap().unwrap().text_content().unwrap(), expected_total);
}
