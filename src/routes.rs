//! Every path of the app, in one place: the typed [`Route`] enum builds hrefs,
//! and [`AppRoutes`] maps paths to pages. No other file writes a path string.

use hub_core::{browse::QueryKey, keymap::GoTo};
use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, ParentRoute, Route as R, Routes},
    path, StaticSegment,
};

use crate::pages;

/// The path the site is served under: `""` at a host's root, or e.g. `/llm-cloud-hub` for a
/// GitHub Pages project site. One build setting, `HUB_BASE` (read when the app compiles;
/// `scripts/build` also gives it to trunk as its public URL). Every href this module builds
/// carries it; the router's table is mounted under it.
pub const BASE: &str = match option_env!("HUB_BASE") {
    Some(b) => b,
    None => "",
};

/// The Atom feed of price changes and the same list as JSON (written by the build), and the
/// catalog, as paths under [`BASE`].
pub const FEED_PATH: &str = "/feed.xml";
pub const CHANGES_JSON_PATH: &str = "/changes.json";
pub const CATALOG_PATH: &str = "/catalog.json";
pub const EMBED_JS_PATH: &str = "/embed.js";

/// A file of the site (`/catalog.json`) as a URL path under [`BASE`].
pub fn asset(path: &str) -> String {
    format!("{BASE}{path}")
}

/// Whether a URL path is an embed's (`/embed/...`, under [`BASE`]).
pub fn is_embed_path(pathname: &str) -> bool {
    pathname.strip_prefix(BASE).is_some_and(|p| p.starts_with("/embed/"))
}

/// A place in the app, with what it needs to build its URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The catalog filtered by a search query.
    Search(String),
    /// The catalog with any filters and sort, as `browse::Filters::to_query` gives them.
    Catalog(Vec<(QueryKey, String)>),
    Model(String),
    Alternatives(String),
    Compare(Vec<String>),
    /// The calculator, optionally preselecting a model.
    Cost(Option<String>),
    BestFor,
    BestForUseCase(String),
    SelfHosted,
    Compliance,
    /// The glossary, optionally at a term's anchor.
    Glossary(Option<String>),
    About,
    /// Dated price changes, filtered.
    Changes(hub_core::changes::ChangesFilter),
    EmbedCost,
    EmbedModel(String),
}

impl Route {
    /// The URL path (and query) of this route, under [`BASE`].
    pub fn href(&self) -> String {
        format!("{BASE}{}", self.path())
    }

    /// The path (and query) of this route relative to [`BASE`] (for files the build writes).
    pub fn path(&self) -> String {
        match self {
            Self::Home => "/".into(),
            Self::Search(q) => Self::Catalog(vec![(QueryKey::Q, q.clone())]).path(),
            Self::Catalog(pairs) if pairs.is_empty() => "/".into(),
            Self::Catalog(pairs) => {
                let pairs: Vec<String> = pairs.iter().map(|(k, v)| format!("{}={}", k.as_str(), encode(v))).collect();
                format!("/?{}", pairs.join("&"))
            }
            Self::Model(slug) => format!("/models/{}", encode(slug)),
            Self::Alternatives(slug) => format!("/models/{}/alternatives", encode(slug)),
            Self::Compare(slugs) => {
                let list: Vec<String> = slugs.iter().map(|s| encode(s)).collect();
                format!("/compare?models={}", list.join(","))
            }
            Self::Cost(None) => "/cost".into(),
            Self::Cost(Some(slug)) => format!("/cost?{}={}", hub_core::cost::KEY_MODEL, encode(slug)),
            Self::BestFor => "/best-llm-for".into(),
            Self::BestForUseCase(u) => format!("/best-llm-for/{}", encode(u)),
            Self::SelfHosted => "/self-hosted".into(),
            Self::Compliance => "/compliance".into(),
            Self::Glossary(None) => "/glossary".into(),
            Self::Glossary(Some(term)) => format!("/glossary#{}", encode(term)),
            Self::About => "/about".into(),
            Self::Changes(f) => {
                let q: Vec<String> = f.to_query().iter().map(|(k, v)| format!("{k}={}", encode_value(v))).collect();
                if q.is_empty() {
                    "/changes".into()
                } else {
                    format!("/changes?{}", q.join("&"))
                }
            }
            Self::EmbedCost => "/embed/cost".into(),
            Self::EmbedModel(slug) => format!("/embed/models/{}", encode(slug)),
        }
    }
}

impl From<&hub_core::palette::Target> for Route {
    fn from(t: &hub_core::palette::Target) -> Self {
        use hub_core::palette::{Page, Target};
        match t {
            Target::Page(Page::Home) => Self::Home,
            Target::Page(Page::Cost) => Self::Cost(None),
            Target::Page(Page::BestFor) => Self::BestFor,
            Target::Page(Page::SelfHosted) => Self::SelfHosted,
            Target::Page(Page::Compliance) => Self::Compliance,
            Target::Page(Page::Glossary) => Self::Glossary(None),
            Target::Page(Page::About) => Self::About,
            Target::Page(Page::Changes) => Self::Changes(Default::default()),
            Target::UseCase(id) => Self::BestForUseCase(id.clone()),
            Target::Term(id) => Self::Glossary(Some((*id).to_owned())),
            Target::Model(slug) => Self::Model(slug.clone()),
            Target::Provider(id) => Self::Catalog(vec![(QueryKey::Provider, id.clone())]),
        }
    }
}

impl From<GoTo> for Route {
    fn from(g: GoTo) -> Self {
        match g {
            GoTo::Home => Self::Home,
            GoTo::BestFor => Self::BestFor,
            GoTo::Cost => Self::Cost(None),
            GoTo::SelfHosted => Self::SelfHosted,
            GoTo::Compliance => Self::Compliance,
        }
    }
}

impl Route {
    /// The name of the lazily loaded chunk with this route's page in the split build (the
    /// `page!` names in [`AppRoutes`]); `None` for the catalog, which is in the main module.
    /// The pre-renderer preloads the chunk's files on the page (and fails if one is missing).
    pub fn chunk(&self) -> Option<&'static str> {
        Some(match self {
            Self::Home | Self::Search(_) | Self::Catalog(_) => return None,
            Self::Model(_) => "model_page",
            Self::Alternatives(_) => "alternatives_page",
            Self::Compare(_) => "compare_page",
            Self::Cost(_) => "cost_page",
            Self::BestFor => "best_for_page",
            Self::BestForUseCase(_) => "use_case_page",
            Self::SelfHosted => "self_hosted_page",
            Self::Compliance => "compliance_page",
            Self::Glossary(_) => "glossary_page",
            Self::About => "about_page",
            Self::Changes(_) => "changes_page",
            Self::EmbedCost => "embed_cost_page",
            Self::EmbedModel(_) => "embed_model_page",
        })
    }

    /// This route's path with `pairs` as its query (replacing any it has);
    /// for pages whose state lives in the URL.
    pub fn with_query(&self, pairs: &[(&str, String)]) -> String {
        let href = self.href();
        let path = href.split(['?', '#']).next().unwrap_or("/");
        if pairs.is_empty() {
            return path.to_string();
        }
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode_value(v))).collect();
        format!("{path}?{}", q.join("&"))
    }
}

/// Like [`encode`], but keeps `,` (list separator) readable in query values.
fn encode_value(s: &str) -> String {
    encode(s).replace("%2C", ",")
}

/// Percent-encodes everything but unreserved URL characters (RFC 3986).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A page whose code is a lazily loaded wasm chunk (split build): the router awaits the
/// chunk, then shows the page. One type for every such page, so the router's view-choosing
/// code is compiled once, not once a page.
#[cfg(feature = "split")]
#[derive(Clone, Copy)]
struct LazyPage(fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = AnyView>>>);

#[cfg(feature = "split")]
impl leptos_router::ChooseView for LazyPage {
    async fn choose(self) -> AnyView {
        (self.0)().await
    }

    async fn preload(&self) {}
}

/// A page's view for the router's table. In the split build (feature `split`) the page's code
/// is a separate wasm chunk, fetched when the page is first shown; elsewhere (the
/// pre-renderer, tests, debug builds) it is the page component itself.
macro_rules! page {
    ($chunk:ident, $page:path) => {{
        #[cfg(feature = "split")]
        {
            /// The page, compiled into its own wasm chunk.
            #[leptos::lazy($chunk)]
            fn $chunk() -> AnyView {
                $page().into_any()
            }
            LazyPage(|| Box::pin($chunk()))
        }
        #[cfg(not(feature = "split"))]
        {
            $page
        }
    }};
}

/// The 404 page's view (a lazily loaded chunk in the split build).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn not_found() -> AnyView {
    view! { <pages::not_found::NotFoundPage/> }.into_any()
}

/// The router's table: each path to its page; anything else is the 404 page.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| Suspend::new(not_found())>
          // Every page under the site's base path (none at a host's root).
          <ParentRoute path=StaticSegment(BASE.trim_start_matches('/')) view=Outlet>
            <R path=path!("/") view=pages::home::HomePage/>
            <R path=path!("/models/:slug") view=page!(model_page, pages::model::ModelPage)/>
            <R path=path!("/models/:slug/alternatives") view=page!(alternatives_page, pages::alternatives::AlternativesPage)/>
            <R path=path!("/compare") view=page!(compare_page, pages::compare::ComparePage)/>
            <R path=path!("/cost") view=page!(cost_page, pages::cost::CostPage)/>
            <R path=path!("/best-llm-for") view=page!(best_for_page, pages::best_for::BestForPage)/>
            <R path=path!("/best-llm-for/:use_case") view=page!(use_case_page, pages::best_for::UseCasePage)/>
            <R path=path!("/self-hosted") view=page!(self_hosted_page, pages::self_hosted::SelfHostedPage)/>
            <R path=path!("/compliance") view=page!(compliance_page, pages::compliance::CompliancePage)/>
            <R path=path!("/glossary") view=page!(glossary_page, pages::glossary::GlossaryPage)/>
            <R path=path!("/about") view=page!(about_page, pages::about::AboutPage)/>
            <R path=path!("/changes") view=page!(changes_page, pages::changes::ChangesPage)/>
            <R path=path!("/embed/cost") view=page!(embed_cost_page, pages::embed::EmbedCostPage)/>
            <R path=path!("/embed/models/:slug") view=page!(embed_model_page, pages::embed::EmbedModelPage)/>
          </ParentRoute>
        </Routes>
    }
}
