//! The catalog's model list: one row per model with its shown offer; sortable
//! columns, a checkbox per row for compare, and only the rows on screen rendered.

use std::sync::Arc;

use hub_core::{
    browse::{Row, Sort, SortKey},
    money::{format_int, format_price},
    Catalog,
};
use leptos::{html, prelude::*};
use leptos_router::components::A;

use crate::hooks::use_virtual_rows::use_virtual_rows;
use crate::routes::Route;

/// A virtualised, sortable table of `rows`.
#[component]
pub fn ModelTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The rows to show, in order.
    #[prop(into)]
    rows: Signal<Vec<Row>>,
    /// The current sort, shown on the column headers.
    #[prop(into)]
    sort: Signal<Sort>,
    /// Called with a column when its header is clicked.
    on_sort: Callback<SortKey>,
    /// Model ids ticked for compare.
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let body = NodeRef::<html::Tbody>::new();
    let (range, row_height) = use_virtual_rows(body, Signal::derive(move || rows.read().len()));
    let visible = Memo::new(move |_| {
        let r = range.get();
        rows.with(|rows| rows[r.start.min(rows.len())..r.end.min(rows.len())].to_vec())
    });
    // Rows are keyed by their slot on screen, not by model: a keystroke that
    // changes the results updates the text of the rows in place instead of
    // removing and building them (much less DOM and layout work).
    let slots = move || 0..visible.read().len();
    let top_pad = move || format!("{}px", range.get().start as f64 * row_height.get());
    let bottom_pad = move || format!("{}px", rows.read().len().saturating_sub(range.get().end) as f64 * row_height.get());
    let header = move |key: SortKey, label: &'static str, num: bool| {
        let aria = move || match sort.get() {
            s if s.key == key => if s.desc { "descending" } else { "ascending" },
            _ => "none",
        };
        let arrow = move || match sort.get() {
            s if s.key == key => if s.desc { " ↓" } else { " ↑" },
            _ => "",
        };
        view! {
            <th scope="col" class:num=num aria-sort=aria>
                <button class="sort" data-sort=key.as_str() on:click=move |_| on_sort.run(key)>{label}{arrow}</button>
            </th>
        }
    };
    view! {
        <div class="table-wrap">
            <table class="models">
                <thead>
                    <tr>
                        <th scope="col" class="pick"><span class="sr-only">"Compare"</span></th>
                        {header(SortKey::Name, "Model", false)}
                        {header(SortKey::Creator, "Creator", false)}
                        {header(SortKey::Context, "Context", true)}
                        {header(SortKey::Input, "Input $/1M", true)}
                        {header(SortKey::Output, "Output $/1M", true)}
                        {header(SortKey::Providers, "Providers", true)}
                    </tr>
                </thead>
                <tbody node_ref=body>
                    <tr class="spacer" aria-hidden="true"><td colspan="7" style:height=top_pad></td></tr>
                    <For each=slots key=|i| *i let:position>
                        <ModelRow catalog=catalog.clone() rows=visible position selected/>
                    </For>
                    <tr class="spacer" aria-hidden="true"><td colspan="7" style:height=bottom_pad></td></tr>
                </tbody>
            </table>
        </div>
    }
}

/// The row at screen position `position`; prices are its shown (cheapest 50/50 blended) offer's.
#[component]
fn ModelRow(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The rows on screen.
    rows: Memo<Vec<Row>>,
    /// This row's position among them.
    position: usize,
    /// Model ids ticked for compare.
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let row = Memo::new(move |_| rows.with(|r| r.get(position).copied()));
    let c = catalog.clone();
    let model = Memo::new(move |_| row.get().map(|r| r.model));
    let id = Memo::new(move |_| model.get().map(|m| c.models()[m].id.clone()).unwrap_or_default());
    let c = catalog.clone();
    let name = move || model.get().map(|m| c.models()[m].name.clone()).unwrap_or_default();
    let c = catalog.clone();
    let creator = move || model.get().map(|m| c.models()[m].creator.clone()).unwrap_or_default();
    let c = catalog.clone();
    let label = move || model.get().map(|m| format!("Select {} to compare", c.models()[m].name)).unwrap_or_default();
    let href = move || Route::Model(id.get()).href();
    let cell = move |f: fn(&Row) -> String| move || row.get().map(|r| f(&r)).unwrap_or_default();
    view! {
        <tr data-row=move || id.get()>
            <td class="pick">
                <input type="checkbox" aria-label=label prop:checked=move || id.with(|id| selected.read().contains(id))
                    on:change=move |_| selected.update(|s| hub_core::browse::Filters::toggle(s, &id.get_untracked()))/>
            </td>
            <th scope="row"><A href=href>{name}</A></th>
            <td>{creator}</td>
            <td class="num">{cell(|r| r.context.map(format_int).unwrap_or_else(|| "unknown".into()))}</td>
            <td class="num">{cell(|r| format_price(r.input))}</td>
            <td class="num">{cell(|r| format_price(r.output))}</td>
            <td class="num">{cell(|r| r.providers.to_string())}</td>
        </tr>
    }
}
