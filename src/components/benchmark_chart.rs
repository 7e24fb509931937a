//! Price against benchmark score for a use case's ranked models: each point a
//! model (its cheapest offer's 50/50 price, log scale), the cheapest model for
//! its score highlighted and joined into the frontier.

use std::sync::Arc;

use hub_core::{
    chart::{place_labels, LabelFont},
    links::safe_link,
    money::format_price,
    use_cases::{price_vs_score, Scored},
    Catalog,
};
use leptos::prelude::*;

const W: f64 = 560.0;
const H: f64 = 260.0;
const PAD: f64 = 36.0;

/// The chart of `ranked` (models without the benchmark are not plotted).
#[component]
pub fn BenchmarkChart(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The benchmark's name, for the axis.
    benchmark: String,
    /// The ranking (recomputed as the weights change; the points do not depend on them).
    ranked: Memo<Vec<Scored>>,
) -> impl IntoView {
    let c = catalog.clone();
    let points = Memo::new(move |_| price_vs_score(&c, &ranked.read()));
    let cat = catalog.clone();
    let svg = move || {
        let catalog = &cat;
        let pts = points.read();
        if pts.is_empty() {
            return view! { <p>"No qualifying model carries this benchmark."</p> }.into_any();
        }
        let (lo, hi) = pts.iter().fold((f64::INFINITY, 0f64), |(lo, hi), p| (lo.min(p.price), hi.max(p.price)));
        let (lo, hi) = (lo.log10(), hi.log10().max(lo.log10() + 0.1));
        let smax = pts.iter().map(|p| p.score).fold(0f64, f64::max).max(1.0);
        let x = |price: f64| PAD + (price.log10() - lo) / (hi - lo) * (W - 2.0 * PAD);
        let y = |score: f64| H - PAD - score / smax * (H - 2.0 * PAD);
        let frontier: String = pts.iter().filter(|p| p.frontier).map(|p| format!("{:.1},{:.1}", x(p.price), y(p.score))).collect::<Vec<_>>().join(" ");
        let dots = pts
            .iter()
            .map(|p| {
                let m = &catalog.models()[p.model];
                let label = format!("{}: {} per 1M tokens (50/50), score {}", m.name, format_price(Some(p.price)), p.score);
                view! {
                    <circle cx=format!("{:.1}", x(p.price)) cy=format!("{:.1}", y(p.score)) r=if p.frontier { "5" } else { "3.5" }
                        class=if p.frontier { "dot dot-frontier" } else { "dot" } data-model=m.id.clone()>
                        <title>{label}</title>
                    </circle>
                }
            })
            .collect_view();
        // Frontier labels, the best score first, each placed inside the chart and over no other.
        let mut frontier_pts: Vec<_> = pts.iter().filter(|p| p.frontier).collect();
        hub_core::order::sort_by(&mut frontier_pts, |a, b| b.score.total_cmp(&a.score));
        let named: Vec<(f64, f64, &str)> = frontier_pts.iter().map(|p| (x(p.price), y(p.score), catalog.models()[p.model].name.as_str())).collect();
        let labels = place_labels(&named, LabelFont { width: W, char_width: 6.0, ascent: 10.0, descent: 3.0 })
            .into_iter()
            .zip(&named)
            .filter_map(|(spot, (_, _, name))| spot.map(|s| (s, name.to_string())))
            .map(|(s, name)| {
                view! { <text x=format!("{:.1}", s.x) y=format!("{:.1}", s.y) text-anchor=s.end.then_some("end") class="dot-label">{name}</text> }
            })
            .collect_view();
        let aria = format!("{} models: price per 1M tokens against {} score; {} on the frontier", pts.len(), benchmark, pts.iter().filter(|p| p.frontier).count());
        view! {
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=aria class="bench-chart" data-field="bench-chart">
                <line x1=PAD y1=H - PAD x2=W - PAD y2=H - PAD class="axis"/>
                <line x1=PAD y1=PAD x2=PAD y2=H - PAD class="axis"/>
                <text x=PAD y=H - 8.0 class="axis-label">{format!("{} → {} per 1M tokens (log scale)", format_price(Some(10f64.powf(lo))), format_price(Some(10f64.powf(hi))))}</text>
                <text x=4.0 y=PAD - 10.0 class="axis-label">{format!("{} (0–{smax})", benchmark.clone())}</text>
                <polyline points=frontier class="frontier" fill="none"/>
                {dots}
                {labels}
            </svg>
        }
        .into_any()
    };
    let sources = move || {
        let mut urls: Vec<String> = points
            .read()
            .iter()
            .filter_map(|p| {
                let m = &catalog.models()[p.model];
                m.benchmarks.iter().find(|b| b.score == p.score).and_then(|b| safe_link(Some(&b.source)).map(str::to_owned))
            })
            .collect();
        hub_core::order::sort_by(&mut urls, |a, b| a.cmp(b));
        urls.dedup();
        urls.len()
    };
    view! {
        <figure class="bench" aria-labelledby="bench-caption">
            {svg}
            <figcaption id="bench-caption">
                "Each point is a model: its cheapest qualifying offer's 50/50 price per 1M tokens against its published score. "
                "Large points are the cheapest model for their score (nothing cheaper scores as high), joined as the frontier. "
                {move || format!("Scores: models.dev's canonical model files (MIT), each from its own source ({} pages, linked on each row below).", sources())}
            </figcaption>
        </figure>
    }
}
