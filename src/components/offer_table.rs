//! Every provider offering one model: prices, context, tier, as-of date with a
//! stale badge, source and conflicts; sortable; the cheapest marked. A provider
//! that prices by region shows one row (its first region in the current order)
//! that opens to show the others.

use std::sync::Arc;

use hub_core::{
    freshness::{is_stale, STALE_DAYS},
    links::safe_link,
    model_info::{far_above_others, offer_rows, region_group, FAR_ABOVE},
    money::{blended, format_price_in},
    Catalog, Offer,
};
use leptos::prelude::*;

use crate::components::offer_notes::OfferNotes;

/// A sortable column of the offer table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Provider,
    Input,
    Output,
    Blended,
    Context,
    AsOf,
}

/// The offers of the model at `model_index`, cheapest (50/50 blended) marked.
#[component]
pub fn OfferTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Index of the model in the catalog.
    model_index: usize,
) -> impl IntoView {
    let today = crate::api::today();
    let sort = RwSignal::new((Col::Blended, false));
    let open_regions = RwSignal::new(Vec::<String>::new());
    let cheapest = catalog.cheapest_index(model_index);
    let c = catalog.clone();
    let ordered = move || {
        let (col, desc) = sort.get();
        let m = &c.models()[model_index];
        let mut ks: Vec<usize> = c.offer_indices_of(model_index).to_vec();
        let name = |o: &Offer| c.provider(&o.provider).map_or(o.provider.to_ascii_lowercase(), |p| p.name.to_ascii_lowercase());
        let num = |o: &Offer| -> Option<f64> {
            match col {
                Col::Input => o.prices.input,
                Col::Output => o.prices.output,
                Col::Blended => Some(blended(o.prices.input?, o.prices.output?, 0.5)),
                Col::Context => o.context_or(m).or(o.max_input_or(m)).map(|x| x as f64),
                Col::Provider | Col::AsOf => None,
            }
        };
        hub_core::order::sort_by(&mut ks, |&a, &b| {
            let (a, b) = (&c.offers()[a], &c.offers()[b]);
            let ord = match col {
                Col::Provider => name(a).cmp(&name(b)),
                Col::AsOf => a.as_of.cmp(&b.as_of),
                _ => match (num(a), num(b)) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    (Some(_), None) => return std::cmp::Ordering::Less,
                    (None, Some(_)) => return std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                },
            };
            if desc {
                ord.reverse()
            } else {
                ord
            }
        });
        // Regional offers of one provider and tier fold under the first in order.
        offer_rows(c.offers(), &ks, &open_regions.read())
    };
    let head = move |col: Col, label: &'static str, num: bool| {
        let aria = move || match sort.get() {
            (c, d) if c == col => {
                if d {
                    "descending"
                } else {
                    "ascending"
                }
            }
            _ => "none",
        };
        view! {
            <th scope="col" class:num=num aria-sort=aria>
                <button class="sort" on:click=move |_| sort.update(|s| *s = if s.0 == col { (col, !s.1) } else { (col, col == Col::AsOf) })>{label}</button>
            </th>
        }
    };
    view! {
        // The legend stays outside the scrolling table, so a wide table does not push it out of view.
        <p class="table-note" id="offers-legend">{format!("Prices per 1M tokens, in US dollars unless the tier says another currency (€ = euros, ¥ = yuan, not converted). “stale”: no source has confirmed the price for more than {STALE_DAYS} days. “cheapest”: the lowest 50/50 price among paid standard-tier offers whose price is not stale (a coding-plan channel, a stale or a $0 one only when there is none). Tier “coding-plan”: a reseller's channel for coding tools, priced apart from its API. ⚠ sources disagree by more than 1% (hover or open for the figures). “N× other hosts”: {FAR_ABOVE:.0} or more times the middle of the other providers' prices, a premium service or a source's error: check it with the provider.")}</p>
        <div class="table-wrap">
            <table class="offers" aria-describedby="offers-legend">
                <caption>"Offers by provider"</caption>
                <thead>
                    <tr>
                        {head(Col::Provider, "Provider", false)}
                        <th scope="col">"Model id"</th>
                        {head(Col::Input, "Input", true)}
                        {head(Col::Output, "Output", true)}
                        {head(Col::Blended, "50/50", true)}
                        <th scope="col" class="num">"Cached input"</th>
                        {head(Col::Context, "Context", true)}
                        <th scope="col">"Tier"</th>
                        {head(Col::AsOf, "As of", false)}
                        <th scope="col">"Source"</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=ordered key=|r| (r.offer, r.more_regions, r.member) let:r>
                        <OfferRow catalog=catalog.clone() model_index offer=r.offer cheapest=cheapest == Some(r.offer) today=today.clone()
                            regions=r.more_regions member=r.member open_regions/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// One offer's row; a regional group's head has a button that shows its other `regions`.
#[component]
fn OfferRow(
    catalog: Arc<Catalog>,
    model_index: usize,
    offer: usize,
    cheapest: bool,
    today: String,
    /// Other regions of this provider and tier (on the group's head row).
    regions: usize,
    /// A region row under an opened head.
    member: bool,
    /// Groups (`provider|tier`) whose regions are shown.
    open_regions: RwSignal<Vec<String>>,
) -> impl IntoView {
    let o = &catalog.offers()[offer];
    let group = region_group(o);
    let region_toggle = (regions > 0).then(|| {
        let g = group.clone();
        let g2 = group.clone();
        let open = Memo::new(move |_| open_regions.read().contains(&g));
        view! {
            " "
            <button class="btn-link" data-field="regions" aria-expanded=move || open.get().to_string()
                on:click=move |_| open_regions.update(|v| match v.iter().position(|x| *x == g2) { Some(i) => { v.remove(i); } None => v.push(g2.clone()) })>
                {move || if open.get() { format!("hide {regions} more region{}", if regions == 1 { "" } else { "s" }) } else { format!("+{regions} region{}", if regions == 1 { "" } else { "s" }) }}
            </button>
        }
    });
    let cur = o.currency.clone();
    let money = move |p: Option<f64>| format_price_in(p, &cur);
    let model = &catalog.models()[model_index];
    let name = catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
    let source = catalog.source(&o.source);
    let source_view = match source.and_then(|s| safe_link(Some(&s.url)).map(|u| (u.to_owned(), s.name.clone()))) {
        Some((url, label)) => view! { <a href=url rel="noopener noreferrer" target="_blank">{label}</a> }.into_any(),
        None => o.source.clone().into_any(),
    };
    let conflicts = (!o.conflicts.is_empty()).then(|| {
        let detail: Vec<String> = o
            .conflicts
            .iter()
            .map(|c| format!("{}: {}", c.field, c.values.iter().map(|(s, v)| format!("{s} {}", format_price_in(Some(*v), &o.currency))).collect::<Vec<_>>().join(" vs ")))
            .collect();
        let detail = detail.join("; ");
        view! { <details class="conflict"><summary title=detail.clone() aria-label="Sources disagree">"⚠"</summary><span>{detail}</span></details> }
    });
    let stale = is_stale(&o.as_of, &today);
    // A price far above the other hosts' is marked, to be checked with the provider.
    let far_above = far_above_others(&catalog, model_index, offer).map(|r| {
        let title = format!("{r:.0} times the middle of the other providers' 50/50 prices: a premium service, or an error in the source. Check it with the provider.");
        view! { " " <span class="badge badge-warn" data-field="far-above" title=title>{format!("{r:.0}× other hosts")}</span> }
    });
    let tier = format!(
        "{} · {}{}",
        if o.service_tier.is_empty() { "standard" } else { &o.service_tier },
        o.currency,
        o.region.as_deref().map(|r| format!(" · region {r}")).unwrap_or_default()
    );
    let retired =
        o.deprecation_date.as_deref().filter(|_| o.is_retired(&today)).map(|d| view! { " " <span class="badge badge-warn" data-field="retired">{format!("retired {d}")}</span> });
    view! {
        <tr data-offer=format!("{}/{}", o.provider, o.provider_model_id) class:cheapest=cheapest class:region-row=member>
            <th scope="row">{name} {cheapest.then(|| view! { " " <span class="badge badge-good">"cheapest"</span> })} {retired} {region_toggle}</th>
            <td><code>{o.provider_model_id.clone()}</code></td>
            <td class="num" data-field="input">{money(o.prices.input)} {conflicts} <OfferNotes offer=o/></td>
            <td class="num" data-field="output">{money(o.prices.output)}</td>
            <td class="num" data-field="blended">{money(o.prices.input.zip(o.prices.output).map(|(i, out)| blended(i, out, 0.5)))} {far_above}</td>
            <td class="num">{money(o.prices.cache_read)}</td>
            <td class="num" data-field="context">{o.window_label(model)}</td>
            <td data-field="tier">{tier}</td>
            <td data-field="as-of">{o.as_of.clone()} {stale.then(|| view! { " " <span class="badge badge-warn" data-field="stale">"stale"</span> })}</td>
            <td>{source_view}</td>
        </tr>
    }
}
