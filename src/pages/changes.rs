//! `/changes` — every dated price change in the catalog, newest first, filtered
//! by provider, model and direction (all in the URL); also `changes.json` and
//! the Atom feed `feed.xml`, which the build writes from the same list.

use std::sync::Arc;

use hub_core::{
    changes::{changes, Change, ChangesFilter, Direction},
    money::{format_int, format_price_in},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use crate::components::with_catalog::WithCatalog;
use crate::hooks::use_query_state::use_query_state;
use crate::routes::{asset, Route, CHANGES_JSON_PATH, FEED_PATH};

/// How many changes are listed (the feed and `changes.json` have them all).
const SHOWN: usize = 500;

/// The price-change list.
#[component]
pub fn ChangesPage() -> impl IntoView {
    let state = use_query_state(|get| ChangesFilter::from_query(get), |f| Route::Changes(f.clone()).href());
    view! {
        <Title text="LLM API price changes"/>
        <Meta name="description" content="Every dated LLM API price change the catalog records: model, provider, input or output, old and new price, date and source. Also as an Atom feed."/>
        <h1>"Price changes"</h1>
        <p class="lede">"Each dated move of an input or output price, newest first, from the sources' price histories. A date is the day the new price took effect where the source gives one, otherwise the day the source first recorded it, which can be weeks later. "
            <a href=asset(FEED_PATH) type="application/atom+xml">"Atom feed"</a> " · " <a href=asset(CHANGES_JSON_PATH)>"changes.json"</a></p>
        <WithCatalog let:catalog>
            {
                let all: Arc<Vec<Change>> = Arc::new(changes(&catalog));
                let mut providers: Vec<(String, String)> = all.iter().map(|c| (c.provider.clone(), c.provider_name.clone())).collect();
                hub_core::order::sort_by_key(&mut providers, |a| a.1.to_lowercase());
                providers.dedup();
                let filter = move || state.state.get();
                let list = all.clone();
                let shown = Memo::new(move |_| { let f = filter(); list.iter().filter(|c| f.matches(c)).cloned().collect::<Vec<_>>() });
                let model_name = move || state.state.read().model.as_ref().map(|m| catalog.model(m).map_or(m.clone(), |x| x.name.clone()));
                view! {
                    <form class="filters" on:submit=|e| e.prevent_default()>
                        <label>"Provider "
                            <select data-field="changes-provider" on:change:target=move |e| { let v = e.target().value(); state.update(|f| f.provider = (!v.is_empty()).then_some(v)); }>
                                <option value="" selected=move || state.state.read().provider.is_none()>"All"</option>
                                {providers.into_iter().map(|(id, name)| { let id2 = id.clone(); view! { <option value=id selected=move || state.state.read().provider.as_deref() == Some(id2.as_str())>{name}</option> } }).collect_view()}
                            </select>
                        </label>
                        <label>"Direction "
                            <select data-field="changes-dir" on:change:target=move |e| { let v = e.target().value(); state.update(|f| f.direction = match v.as_str() { "up" => Some(Direction::Up), "down" => Some(Direction::Down), _ => None }); }>
                                <option value="" selected=move || state.state.read().direction.is_none()>"Up and down"</option>
                                <option value="up" selected=move || state.state.read().direction == Some(Direction::Up)>"Up"</option>
                                <option value="down" selected=move || state.state.read().direction == Some(Direction::Down)>"Down"</option>
                            </select>
                        </label>
                        {move || model_name().map(|n| view! { <span class="chip">{format!("Model: {n} ")}<button class="btn-link" type="button" on:click=move |_| state.update(|f| f.model = None)>"show all models"</button></span> })}
                    </form>
                    <p role="status" data-field="changes-count">{move || format!("{} price changes{}", format_int(shown.read().len() as u64), if shown.read().len() > SHOWN { format!(", the newest {SHOWN} shown") } else { String::new() })}</p>
                    <div class="table-wrap">
                        <table class="changes-table">
                            <thead><tr><th scope="col">"Date"</th><th scope="col">"Model"</th><th scope="col">"Provider"</th><th scope="col">"Price"</th><th scope="col" class="num">"From"</th><th scope="col" class="num">"To"</th><th scope="col">"Source"</th></tr></thead>
                            <tbody>
                                {move || shown.get().into_iter().take(SHOWN).map(|c| view! { <ChangeRow change=c/> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            }
        </WithCatalog>
    }
}

/// One change: date, model (linked), provider and id, field and direction, old and new price, source.
#[component]
fn ChangeRow(
    /// The change shown.
    change: Change,
) -> impl IntoView {
    let c = change;
    let key = format!("{}/{}/{}/{}", c.provider, c.provider_model_id, c.field.label(), c.date);
    let (up, href) = (c.is_up(), Route::Model(c.model.clone()).href());
    let (from, to) = (format_price_in(Some(c.from), &c.currency), format_price_in(Some(c.to), &c.currency));
    let what = format!("{} {}", c.field.label(), if up { "↑" } else { "↓" });
    view! {
        <tr data-change=key class:up=up>
            <td>{c.date}</td>
            <td><A href=href>{c.model_name}</A></td>
            <td>{c.provider_name} " " <code>{c.provider_model_id}</code></td>
            <td>{what}</td>
            <td class="num">{from}</td>
            <td class="num" data-field="to">{to}</td>
            <td>{c.source}</td>
        </tr>
    }
}
