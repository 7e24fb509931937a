//! A model's published benchmark scores, each linked to the page that publishes it.

use hub_core::{links::safe_link, Benchmark};
use leptos::prelude::*;

/// The benchmark table of a model page; nothing when the model has none.
#[component]
pub fn Benchmarks(
    /// The model's scores.
    benchmarks: Vec<Benchmark>,
) -> impl IntoView {
    (!benchmarks.is_empty()).then(|| {
        let rows = benchmarks
            .into_iter()
            .enumerate()
            .map(|(i, b)| {
                let source = match safe_link(Some(&b.source)) {
                    Some(u) => view! { <a href=u.to_owned() rel="noopener noreferrer" target="_blank" data-field="bench-source">{host(u)}</a> }.into_any(),
                    None => "—".into_any(),
                };
                view! {
                    <tr data-benchmark=i.to_string()>
                        <th scope="row">{b.name.clone()}</th>
                        <td class="num" data-field="bench-score">{format!("{}", b.score)}</td>
                        <td>{b.metric.clone().unwrap_or_else(|| "—".into())}</td>
                        <td data-field="bench-setup">{b.setup.clone().unwrap_or_else(|| "—".into())}</td>
                        <td>{b.date.clone().unwrap_or_else(|| "not given".into())}</td>
                        <td>{source}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="bench-h">
                <h2 id="bench-h">"Benchmarks"</h2>
                <div class="table-wrap">
                    <table class="benchmarks">
                        <thead><tr><th scope="col">"Benchmark"</th><th scope="col" class="num">"Score"</th><th scope="col">"Metric"</th><th scope="col">"Setup"</th><th scope="col">"Date"</th><th scope="col">"Source"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="muted">"Scores as published by each source, collected in models.dev's model files (MIT). Setup: the agent harness and effort level the source ran. Different benchmarks, setups and dates do not compare."</p>
            </section>
        }
    })
}

/// `https://labs.scale.com/leaderboard/x` → `labs.scale.com`.
fn host(url: &str) -> String {
    url.split("://").nth(1).unwrap_or(url).split('/').next().unwrap_or(url).to_owned()
}
