//! `/best-llm-for` and `/best-llm-for/:use_case`: reviewed use cases, each a
//! transparent ranking rule with weights the user can change (kept in the URL).

use std::sync::Arc;

use hub_core::{
    links::safe_link,
    money::{format_int, format_money},
    use_cases::{rank_use_case, use_cases, UseCase, Weights},
    Catalog,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::{components::A, hooks::use_params, params::Params};

use crate::components::{benchmark_chart::BenchmarkChart, with_catalog::WithCatalog};
use crate::hooks::use_query_state::use_query_state;
use crate::pages::not_found::NotFound;
use crate::routes::Route;

/// The use-case index, each with its top three.
#[component]
pub fn BestForPage() -> impl IntoView {
    view! {
        <Title text="Best LLM for coding, long documents, vision, agents, JSON and chat"/>
        <Meta name="description" content="Use cases, each a transparent ranking rule over every model's prices, context window and capabilities."/>
        <h1>"Best LLM for…"</h1>
        <p class="lede">"Each use case states what a model must have and how it is scored, in plain words; open one to change the weights."</p>
        {match use_cases() {
            Err(e) => view! { <p class="field-error" role="alert">{e}</p> }.into_any(),
            Ok(list) => view! {
                <WithCatalog let:catalog>
                    <ul class="use-cases">
                        {list.clone().into_iter().map(|uc| view! { <UseCaseCard catalog=catalog.clone() use_case=uc/> }).collect_view()}
                    </ul>
                </WithCatalog>
            }.into_any(),
        }}
    }
}

/// A use case's summary and its top three under the default weights.
#[component]
fn UseCaseCard(catalog: Arc<Catalog>, use_case: UseCase) -> impl IntoView {
    let top = rank_use_case(&catalog, &use_case, use_case.weights)
        .into_iter()
        .take(3)
        .map(|s| {
            let m = &catalog.models()[s.model];
            let (href, name) = (Route::Model(m.id.clone()).href(), m.name.clone());
            view! { <li><A href=href>{name}</A> <span class="muted">{format!(" {:.0}", s.score)}</span></li> }
        })
        .collect_view();
    let href = Route::BestForUseCase(use_case.id.clone()).href();
    view! {
        <li class="use-case" data-use-case=use_case.id.clone()>
            <h2><A href=href>{use_case.name.clone()}</A></h2>
            <p>{use_case.summary.clone()}</p>
            <ol class="top3">{top}</ol>
        </li>
    }
}

#[derive(Params, PartialEq, Clone, Debug)]
struct UseCaseParams {
    use_case: Option<String>,
}

/// One use case's ranking.
#[component]
pub fn UseCasePage() -> impl IntoView {
    let params = use_params::<UseCaseParams>();
    let id = move || params.read().as_ref().ok().and_then(|p| p.use_case.clone()).unwrap_or_default();
    move || {
        let id = id();
        match use_cases().map(|l| l.into_iter().find(|u| u.id == id)) {
            Err(e) => view! { <p class="field-error" role="alert">{e}</p> }.into_any(),
            Ok(None) => view! { <NotFound what=format!("No use case “{id}”.")/> }.into_any(),
            Ok(Some(uc)) => view! { <UseCaseRanking use_case=uc/> }.into_any(),
        }
    }
}

/// The rule, the weights and the live ranking.
#[component]
fn UseCaseRanking(use_case: UseCase) -> impl IntoView {
    let default = use_case.weights;
    let id = use_case.id.clone();
    let state = use_query_state(move |get| Weights::from_query(get, default), move |w| Route::BestForUseCase(id.clone()).with_query(&w.to_query(default)));
    let rule = use_case.rule().into_iter().map(|r| view! { <li>{r}</li> }).collect_view();
    let title = format!("Best LLM for {} — ranked", use_case.name.to_lowercase());
    let description = format!("{} The ranking rule in plain words, with weights you can change.", use_case.summary);
    let name = use_case.name.clone();
    let summary = use_case.summary.clone();
    let has_benchmark = use_case.benchmark.is_some();
    let uc = Arc::new(use_case);
    let slider = move |label: &'static str, key: &'static str, get: fn(&Weights) -> f64, set: fn(&mut Weights, f64)| {
        let id = format!("weight-{key}");
        view! {
            <div class="weight">
                <label for=id.clone()>{label}</label>
                <input id=id type="range" min="0" max="100" step="5" data-weight=key
                    prop:value=move || get(&state.state.get()).to_string()
                    on:input:target=move |ev| {
                        if let Ok(x) = ev.target().value().parse::<f64>() { state.update_typing(|w| set(w, x)) }
                    }/>
                <output for=format!("weight-{key}")>{move || format!("{}", get(&state.state.get()))}</output>
            </div>
        }
    };
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
        <p class="eyebrow"><A href=Route::BestFor.href()>"Best LLM for…"</A></p>
        <h1>{name}</h1>
        <p class="lede">{summary}</p>
        <section aria-labelledby="rule-h">
            <h2 id="rule-h">"The rule"</h2>
            <ol class="rule" data-field="rule">{rule}</ol>
            <p class="muted">{if has_benchmark {
                "Benchmark scores come from models.dev's canonical model files (MIT), each linked to the page that publishes it. Workloads are illustrative assumptions; price any workload on the cost calculator."
            } else {
                "No published benchmark measures this use, so none is used. Workloads are illustrative assumptions; price any workload on the cost calculator."
            }}</p>
        </section>
        <fieldset class="weights">
            <legend>"Weights"</legend>
            {slider("Cost", "cost", |w| w.cost, |w, x| w.cost = x)}
            {slider("Context", "context", |w| w.context, |w, x| w.context = x)}
            {slider("Capabilities", "caps", |w| w.capabilities, |w, x| w.capabilities = x)}
            {has_benchmark.then(|| slider("Benchmark", "quality", |w| w.quality, |w, x| w.quality = x))}
            <button type="button" class="btn" data-action="reset-weights" on:click=move |_| state.update(move |w| *w = default)>"Reset"</button>
        </fieldset>
        <WithCatalog let:catalog>
            <UseCaseTable catalog=catalog use_case=uc.clone() weights=state.state/>
        </WithCatalog>
    }
}

/// The top 50 of a use case under the given weights, recomputed when they change.
#[component]
fn UseCaseTable(catalog: Arc<Catalog>, use_case: Arc<UseCase>, #[prop(into)] weights: Signal<Weights>) -> impl IntoView {
    let c = catalog.clone();
    let bench_name = use_case.benchmark.as_ref().map(|b| b.names[0].clone());
    let uc = use_case.clone();
    let ranked = Memo::new(move |_| rank_use_case(&c, &uc, weights.get()));
    let count = move || format!("{} models qualify.", format_int(ranked.read().len() as u64));
    let chart = bench_name.clone().filter(|_| use_case.id == "coding").map(|b| view! { <BenchmarkChart catalog=catalog.clone() benchmark=b ranked/> });
    let parts_head = if bench_name.is_some() { "Cost · context · caps · benchmark (0–100)" } else { "Cost · context · caps (0–100)" };
    let bench_head = bench_name.clone().map(|b| view! { <th scope="col" class="num">{b}</th> });
    let rows = move || {
        ranked
            .read()
            .iter()
            .take(50)
            .enumerate()
            .map(|(k, s)| {
                let m = &catalog.models()[s.model];
                let o = &catalog.offers()[s.offer];
                let provider = catalog.provider(&o.provider).map_or(o.provider.clone(), |p| p.name.clone());
                let (href, name) = (Route::Model(m.id.clone()).href(), m.name.clone());
                let bench = bench_name.as_ref().map(|_| match s.benchmark.map(|k| &m.benchmarks[k]) {
                    Some(b) => {
                        let link = safe_link(Some(&b.source)).map(
                            |u| view! { " " <a href=u.to_owned() rel="noopener noreferrer" target="_blank" aria-label=format!("source of the {} score", b.name)>"source"</a> },
                        );
                        view! { <td class="num" data-field="benchmark" data-score=b.score.to_string()>{format!("{}", b.score)} {link}</td> }.into_any()
                    }
                    None => view! { <td class="num muted" data-field="benchmark">"no benchmark"</td> }.into_any(),
                });
                let parts = match s.quality_score {
                    Some(q) => format!("{:.0} · {:.0} · {:.0} · {:.0}", s.cost_score * 100.0, s.context_score * 100.0, s.capability_score * 100.0, q * 100.0),
                    None => format!("{:.0} · {:.0} · {:.0}", s.cost_score * 100.0, s.context_score * 100.0, s.capability_score * 100.0),
                };
                view! {
                    <tr data-model=m.id.clone()>
                        <td class="num">{k + 1}</td>
                        <td><A href=href>{name}</A> <span class="muted">{format!(" · {provider}")}</span></td>
                        <td class="num" data-field="monthly" data-amount=s.monthly.to_string()>{format_money(Some(s.monthly))}</td>
                        <td class="num">{format_int(s.context)}</td>
                        <td class="num muted">{parts}</td>
                        {bench}
                        <td class="num" data-field="score">{format!("{:.1}", s.score)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        {chart}
        <p data-field="result-count" role="status">{count}</p>
        <div class="table-wrap">
            <table class="use-case-table">
                <thead><tr>
                    <th scope="col">"#"</th><th scope="col">"Model · cheapest offer"</th><th scope="col" class="num">"Per month"</th>
                    <th scope="col" class="num">"Context"</th><th scope="col" class="num">{parts_head}</th>{bench_head}<th scope="col" class="num">"Score"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
