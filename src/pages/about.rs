//! `/about` — where the data comes from, with licences and credits.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::with_catalog::WithCatalog;
use hub_core::links::safe_link;

/// Data sources, their licences and as-of dates, from the catalog itself.
#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <Title text="Data sources and licences"/>
        <h1>"Data sources and licences"</h1>
        <p>"Every price, context window and capability on this site comes from the public sources below, merged by our importer. Where sources disagree the disagreement is shown, not hidden."</p>
        <WithCatalog let:catalog>
            <p>{format!("Catalog generated {} · {} models · {} offers · {} providers.", catalog.file.generated_at, catalog.models().len(), catalog.offers().len(), catalog.providers().len())}</p>
            <table class="sources">
                <thead><tr><th scope="col">"Source"</th><th scope="col">"Licence"</th><th scope="col">"Data as of"</th></tr></thead>
                <tbody>
                    {catalog.file.sources.iter().map(|s| {
                        let name = match safe_link(Some(&s.url)) {
                            Some(u) => view! { <a href=u.to_owned() rel="noopener noreferrer">{s.name.clone()}</a> }.into_any(),
                            None => s.name.clone().into_any(),
                        };
                        view! { <tr><td>{name}</td><td>{s.license.clone()}</td><td>{s.as_of.clone()}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </WithCatalog>
        <h2>"Reviewed files"</h2>
        <p>"Some facts no source file carries are kept in reviewed files in the repository, each fact with the page it came from: provider API styles, currencies and compliance claims, model kinds where sources get them wrong, mixture-of-experts parameter counts (each yes or no with the official page that states it and the date it was checked; everything else is unknown), the “best LLM for” use cases, and the self-hosting tables (GPU memory and hourly prices with the page and date they were read, model architectures with the published config, licences). The self-hosted and compliance pages link each source."</p>
        <p>"Model metadata from llm-stats.com is used under CC BY 4.0 (credit: llm-stats.com). LiteLLM's price file (© Berri AI), pydantic's genai-prices (© Pydantic Services Inc.) and models.dev (© models.dev; also the benchmark scores, each linked to its own source) are used under the MIT licence."</p>
    }
}
