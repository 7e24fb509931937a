//! The notes under an offer's input price: prices in other units, flex and
//! priority processing, other hours of the day, and an announced change.

use hub_core::{money::format_price_in, Offer};
use leptos::prelude::*;

/// What an offer's price cell says beside its input price, each part only where the offer lists it.
#[component]
pub fn OfferNotes<'a>(
    /// The offer whose notes are shown.
    offer: &'a Offer,
) -> impl IntoView {
    let o = offer;
    let money = |p: Option<f64>| format_price_in(p, &o.currency);
    let units = (!o.unit_prices.is_empty()).then(|| {
        let text: Vec<String> = o.unit_prices.iter().map(|u| format!("{} {} {}", u.what, money(Some(u.price)), u.unit.label())).collect();
        view! { <span class="unit-prices" data-field="unit-prices">{text.join("; ")}</span> }
    });
    // Flex and priority processing, where the offer lists them.
    let variants = [("flex", o.prices.flex_input, o.prices.flex_output), ("priority", o.prices.priority_input, o.prices.priority_output)]
        .into_iter()
        .filter(|(_, i, out)| i.is_some() || out.is_some())
        .map(|(name, i, out)| format!("{name} {} / {}", money(i), money(out)))
        .collect::<Vec<_>>();
    let variants = (!variants.is_empty()).then(|| view! { <span class="unit-prices" data-field="variants">{variants.join(" · ")}</span> });
    // Peak or off-peak hours: "16:30–00:30 UTC $0.135 / $0.55".
    let hours = o.hours.iter().map(|h| format!("{} {} / {}", h.label(), money(h.input), money(h.output))).collect::<Vec<_>>();
    let hours = (!hours.is_empty())
        .then(|| view! { <span class="unit-prices" data-field="hours" title="Prices for these hours of the day; the row's price holds at other times">{hours.join(" · ")}</span> });
    // Announced changes: "changes to $X / $Y on DATE".
    let scheduled = o.scheduled.first().map(|p| {
        let text = format!("changes to {} / {} on {}", money(p.input), money(p.output), p.date);
        view! { <span class="scheduled" data-field="scheduled" data-date=p.date.clone()>{text}</span> }
    });
    view! { {units} {variants} {hours} {scheduled} }
}
