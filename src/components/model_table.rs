//! The catalog's model list: one row per model with its shown offer; sortable
//! columns, a checkbox per row for compare, and only the rows on screen rendered.

use std::sync::Arc;

use hub_core::{
    browse::{Row, Sort, SortKey},
    money::format_price,
    Catalog,
};
use leptos::{html, prelude::*};

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
    let visible = move || {
        let r = range.get();
        rows.with(|rows| rows[r.start.min(rows.len())..r.end.min(rows.len())].to_vec())
    };
    // Heights as an SVG's `height` attribute, not a style attribute, which a strict
    // Content-Security-Policy would refuse in the pre-rendered HTML.
    let top_pad = move || format!("{:.0}", range.get().start as f64 * row_height.get());
    let bottom_pad = move || format!("{:.0}", rows.read().len().saturating_sub(range.get().end) as f64 * row_height.get());
    let header = move |key: SortKey, label: &'static str, num: bool| {
        let aria = move || match sort.get() {
            s if s.key == key => {
                if s.desc {
                    "descending"
                } else {
                    "ascending"
                }
            }
            _ => "none",
        };
        let arrow = move || match sort.get() {
            s if s.key == key => {
                if s.desc {
                    " ↓"
                } else {
                    " ↑"
                }
            }
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
                        <th scope="col" title="The provider whose price the row shows">"Price at"</th>
                        {header(SortKey::Providers, "Providers", true)}
                    </tr>
                </thead>
                <tbody node_ref=body>
                    <tr class="spacer" aria-hidden="true"><td colspan="8"><svg width="1" height=top_pad focusable="false"></svg></td></tr>
                    <For each=visible key=|r| r.model let:row>
                        <ModelRow catalog=catalog.clone() row selected/>
                    </For>
                    <tr class="spacer" aria-hidden="true"><td colspan="8"><svg width="1" height=bottom_pad focusable="false"></svg></td></tr>
                </tbody>
            </table>
        </div>
    }
}

/// One model's row; prices are its shown (cheapest 50/50 blended) offer's, and the row
/// names that offer's provider: a reseller's discount is not read as the creator's price.
#[component]
fn ModelRow(catalog: Arc<Catalog>, row: Row, selected: RwSignal<Vec<String>>) -> impl IntoView {
    let m = &catalog.models()[row.model];
    let id = m.id.clone();
    let id2 = id.clone();
    let label = format!("Select {} to compare", m.name);
    // A plain link (the router handles its clicks): no per-row subscription to the URL, which changes on every keystroke.
    let (href, name, creator) = (Route::Model(m.id.clone()).href(), m.name.clone(), m.creator.clone());
    let seller = row.offer.map(|k| catalog.provider_name(&catalog.offers()[k].provider).to_owned()).unwrap_or_else(|| "—".into());
    view! {
        <tr data-row=m.id.clone()>
            <td class="pick">
                <input type="checkbox" aria-label=label prop:checked=move || selected.read().contains(&id)
                    on:change=move |_| selected.update(|s| hub_core::browse::Filters::toggle(s, &id2))/>
            </td>
            <th scope="row"><a href=href>{name}</a></th>
            <td>{creator}</td>
            <td class="num">{row.window_label()}</td>
            <td class="num">{format_price(row.input)}</td>
            <td class="num">{format_price(row.output)}</td>
            <td class="seller">{seller}</td>
            <td class="num">{row.providers}</td>
        </tr>
    }
}
