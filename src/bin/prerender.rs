//! Build-time pre-rendering: every route and every model page rendered to
//! static HTML from the same Leptos components as the app (the app crate built
//! natively with the `ssr` feature), written into `dist/` as `path/index.html`
//! around trunk's `index.html`, with each page's title, description,
//! canonical URL and Open Graph tags; plus `404.html`, redirect pages for old
//! model slugs, `sitemap.xml`, `robots.txt`, and `shell.html` (trunk's page
//! without content, for paths that are not pre-rendered). Running it again
//! re-renders from `shell.html`.
//!
//!   prerender [--dist DIR] [--site-url URL]
//!     --dist DIR       trunk's output (default dist); its catalog.json is rendered
//!     --site-url URL   absolute base for canonical links and the sitemap
//!                      (default $SITE_URL, else http://127.0.0.1:8080)

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use futures::StreamExt;
use hub_core::{parse_catalog, use_cases::use_cases, Catalog};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use llm_cloud_hub::{
    routes::{asset, Route, BASE, CATALOG_PATH, CHANGES_JSON_PATH, FEED_PATH},
    state::catalog::PrerenderedCatalog,
    takeover::{PRERENDERED_HEAD, PRERENDERED_ID},
    App,
};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dist = PathBuf::from("dist");
    let mut site = std::env::var("SITE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--dist", Some(v)) => dist = v.into(),
            ("--site-url", Some(v)) => site = v,
            _ => {
                eprintln!("usage: prerender [--dist DIR] [--site-url URL]");
                std::process::exit(2);
            }
        }
    }
    let site = site.trim_end_matches('/').to_owned();
    if let Err(e) = run(&dist, &site) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

fn run(dist: &Path, site: &str) -> Result<(), String> {
    let started = Instant::now();
    let _ = any_spawner::Executor::init_futures_executor();
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    // trunk's index.html is the template; it is kept as shell.html, the page a host serves
    // for paths that are not pre-rendered (the app renders them, or its 404).
    let shell = dist.join("shell.html");
    let template = read(&dist.join("index.html"))?;
    let template = if template.contains(PRERENDERED_ID) { read(&shell)? } else { template };
    let template = external_bootstrap(dist, &template)?;
    // index.html's own links to the site's files, under the base path (trunk rewrites only its assets).
    let template = [CATALOG_PATH, FEED_PATH].iter().fold(template, |t, p| t.replace(&format!("\"{p}\""), &format!("\"{}\"", asset(p))));
    write(&shell, &template)?;
    let catalog = Arc::new(parse_catalog(&read(&dist.join("catalog.json"))?).map_err(|e| e.to_string())?);
    let mut routes: Vec<Route> = vec![
        Route::Home,
        Route::Cost(None),
        Route::BestFor,
        Route::SelfHosted,
        Route::Compliance,
        Route::Glossary(None),
        Route::About,
        Route::Compare(vec![]),
        Route::Changes(Default::default()),
    ];
    routes.extend(use_cases().map_err(|e| e.to_string())?.into_iter().map(|u| Route::BestForUseCase(u.id)));
    for m in catalog.models() {
        routes.push(Route::Model(m.id.clone()));
        routes.push(Route::Alternatives(m.id.clone()));
    }
    // Embeds are pages too (they work without scripts), but not for search engines: not in the sitemap.
    let embeds: Vec<Route> = std::iter::once(Route::EmbedCost).chain(catalog.models().iter().map(|m| Route::EmbedModel(m.id.clone()))).collect();
    let split = SplitWasm::read(dist)?;
    let (mut bytes, mut sitemap, mut preloaded) = (0usize, Vec::new(), 0usize);
    for (route, listed) in routes.iter().map(|r| (r, true)).chain(embeds.iter().map(|r| (r, false))) {
        // The page's own path (the compare page's without a query).
        let path = route.href().split('?').next().unwrap_or_default().to_owned();
        let mut html = page(&template, &catalog, &path, site)?;
        if let (Some(split), Some(chunk)) = (&split, route.chunk()) {
            html = html.replacen("</body>", &format!("{}</body>", split.preloads(chunk)?), 1);
            preloaded += 1;
        }
        bytes += html.len();
        write(&dist.join(file_of(&path)).join("index.html"), &html)?;
        if listed {
            sitemap.push(format!("{site}{path}"));
        }
    }
    if split.is_some() {
        println!("{preloaded} pages preload their split wasm chunks");
    }
    // The 404 page, for hosts that serve 404.html for unknown paths.
    let missing = page(&template, &catalog, "/404", site)?;
    write(&dist.join("404.html"), &missing)?;
    // Old slugs: a page that sends readers (and search engines) to the model's page.
    let mut redirects = 0;
    for m in catalog.models() {
        for alias in &m.aliases {
            let to = Route::Model(m.id.clone()).href();
            let html = redirect_page(&format!("{site}{to}"), &to, &m.name);
            write(&dist.join(file_of(&Route::Model(alias.clone()).href())).join("index.html"), &html)?;
            redirects += 1;
        }
    }
    let xml: String = sitemap.iter().map(|u| format!("  <url><loc>{}</loc></url>\n", escape(u))).collect();
    write(&dist.join("sitemap.xml"), &format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{xml}</urlset>\n"))?;
    // Price changes: the list as JSON and as an Atom feed, from the same catalog.
    let changes = hub_core::changes::changes(&catalog);
    write(&dist.join(CHANGES_JSON_PATH.trim_start_matches('/')), &serde_json::to_string(&changes).map_err(|e| e.to_string())?)?;
    let feed = hub_core::changes::atom_feed(&changes, &format!("{site}{BASE}"), &catalog.file.generated_at, &Route::Changes(Default::default()).path(), |m| {
        Route::Model(m.to_owned()).path()
    });
    write(&dist.join(FEED_PATH.trim_start_matches('/')), &feed)?;
    println!("changes.json and feed.xml: {} price changes", changes.len());
    write(&dist.join("robots.txt"), &format!("User-agent: *\nAllow: {BASE}/\nSitemap: {site}{BASE}/sitemap.xml\n"))?;
    println!(
        "prerendered {} pages and {} embeds ({:.1} MB of HTML), 404.html and {redirects} redirect pages for old slugs in {:.1} s; sitemap.xml lists {} URLs",
        routes.len(),
        embeds.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        sitemap.len()
    );
    Ok(())
}

/// The id of a page's list of its split chunks (read by scripts/wasm-app.mjs's bootstrap).
const SPLIT_CHUNKS_ID: &str = "split-chunks";

/// The split build's loader script (`llm-cloud-hub-split-<hash>.js`, written by
/// scripts/wasm-app.mjs from wasm-split's output): which wasm files each lazily loaded chunk
/// fetches, so that a page can preload its own while the main module downloads.
struct SplitWasm {
    /// Each loader (a page's `split_…` module or a shared `__chunk_N`): its file and the
    /// loaders it waits for.
    loaders: std::collections::HashMap<String, (String, Vec<String>)>,
}

impl SplitWasm {
    /// `None` for a build without the split (no loader script in `dist`).
    fn read(dist: &Path) -> Result<Option<Self>, String> {
        let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
        let Some(file) = entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).find(|f| f.starts_with("llm-cloud-hub-split-") && f.ends_with(".js"))
        else {
            return Ok(None);
        };
        let js = std::fs::read_to_string(dist.join(&file)).map_err(|e| format!("{file}: {e}"))?;
        let mut loaders = std::collections::HashMap::new();
        // `const __chunk_3 = makeLoad(() => { … new URL("./x.wasm" … }, [deps]);` and
        // `export const __wasm_split_load_model_page_123 = wrapAsyncCb(makeLoad(…, [deps]));`
        let mut rest = js.as_str();
        while let Some(at) = rest.find("makeLoad(") {
            let before = &rest[..at];
            let name = before.rfind("const ").map(|i| &before[i + "const ".len()..]).and_then(|d| d.split(' ').next()).ok_or(format!("{file}: a loader without a name"))?;
            let name = name.strip_prefix("__wasm_split_load_").unwrap_or(name).to_owned();
            let after = &rest[at..];
            let wasm = between(after, "new URL(\"./", "\"").ok_or(format!("{file}: loader {name} fetches no file"))?;
            let deps = between(after, "\n, [", "]").ok_or(format!("{file}: loader {name} has no list of dependencies"))?;
            let deps = deps.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from).collect();
            loaders.insert(name, (wasm, deps));
            rest = &after["makeLoad(".len()..];
        }
        Ok(Some(Self { loaders }))
    }

    /// The list of the files of the chunk named `chunk` (the split loader's `<chunk>_<hash>`)
    /// and of the shared chunks it waits for, as an inert JSON data block that the bootstrap
    /// turns into preloads once the page has painted (as `<link>` tags in the page, the
    /// model page's 92 cost 150 ms of its first paint on the slow phone, measured).
    fn preloads(&self, chunk: &str) -> Result<String, String> {
        let prefix = format!("{chunk}_");
        let (_, (own, deps)) = self
            .loaders
            .iter()
            .find(|(name, _)| name.strip_prefix(&prefix).is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_digit())))
            .ok_or(format!("the split loader has no chunk {chunk} (routes.rs's Route::chunk and its page! names disagree?)"))?;
        let mut files = vec![own.clone()];
        for d in deps {
            files.push(self.loaders.get(d).ok_or(format!("the split loader's {chunk} waits for an unknown {d}"))?.0.clone());
        }
        let list: Vec<String> = files.iter().map(|f| asset(&format!("/{f}"))).collect();
        let json = serde_json::to_string(&list).map_err(|e| e.to_string())?;
        Ok(format!("<script type=\"application/json\" id=\"{SPLIT_CHUNKS_ID}\">{}</script>", json.replace('<', "\\u003c")))
    }
}

/// One page: the app rendered at `path`, its head tags, inside the template.
fn page(template: &str, catalog: &Arc<Catalog>, path: &str, site: &str) -> Result<String, String> {
    let owner = Owner::new();
    let (body, head) = owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(PrerenderedCatalog(catalog.clone()));
        let (meta, output) = ServerMetaContext::new();
        provide_context(meta);
        let body = view! { <App/> }.to_html();
        // leptos_meta writes the <title> and <meta>/<link> tags the page asked for before </head>.
        let stream = futures::stream::once(async { "<head></head>".to_owned() });
        let head = futures::executor::block_on(async move { output.inject_meta_context(Box::pin(stream)).await.collect::<Vec<_>>().await.concat() });
        (body, head)
    });
    let head = head.trim_start_matches("<head>").trim_end_matches("</head>").to_owned();
    let title = between(&head, "<title>", "</title>").unwrap_or_default();
    let description = between(&head, "<meta name=\"description\" content=\"", "\"").unwrap_or_default();
    // Every pre-rendered path is its page's canonical URL (old slugs get redirect pages instead).
    let canonical = format!("{site}{path}");
    let og = format!(
        "<link rel=\"canonical\" href=\"{c}\"><meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"LLM Cloud Hub\"><meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\"><meta property=\"og:url\" content=\"{c}\">",
        c = escape(&canonical)
    );
    // The app's relative canonical link gives way to the absolute one.
    let head = match (head.find("<link href=\""), head.find("rel=\"canonical\">")) {
        (Some(a), Some(b)) if b > a => format!("{}{}", &head[..a], &head[b + "rel=\"canonical\">".len()..]),
        _ => head,
    };
    let mut out = template.to_owned();
    out = replace_between(&out, "<title>", "</title>", "").replace("<title></title>", "");
    if let Some(start) = out.find("<meta name=\"description\"") {
        if let Some(len) = out[start..].find('>') {
            out.replace_range(start..start + len + 1, "");
        }
    }
    // Marked, so that the app removes them when it takes over (its own tags follow navigation).
    let marked = format!("{head}{og}").replace("<meta ", &format!("<meta {PRERENDERED_HEAD} ")).replace("<link ", &format!("<link {PRERENDERED_HEAD} "));
    out = out.replacen("</head>", &format!("{marked}</head>"), 1);
    let body_tag = out.find("<body").ok_or("index.html has no <body>")?;
    let after = body_tag + out[body_tag..].find('>').ok_or("index.html: <body> not closed")? + 1;
    out.insert_str(after, &format!("<div id=\"{PRERENDERED_ID}\">{body}</div>"));
    Ok(out)
}

fn redirect_page(absolute: &str, to: &str, name: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>{n} · LLM Cloud Hub</title><link rel=\"canonical\" href=\"{a}\"><meta http-equiv=\"refresh\" content=\"0; url={t}\"><meta name=\"robots\" content=\"noindex\"></head><body><p>This model is now at <a href=\"{t}\">{n}</a>.</p></body></html>\n",
        n = escape(name),
        a = escape(absolute),
        t = escape(to)
    )
}

fn between(s: &str, start: &str, end: &str) -> Option<String> {
    let a = s.find(start)? + start.len();
    let b = a + s[a..].find(end)?;
    Some(s[a..b].to_owned())
}

fn replace_between(s: &str, start: &str, end: &str, with: &str) -> String {
    match (s.find(start), s.find(end)) {
        (Some(a), Some(b)) if b > a => format!("{}{start}{with}{}", &s[..a], &s[b..]),
        _ => s.to_owned(),
    }
}

/// Moves trunk's inline bootstrap (`<script type="module">…</script>`) into a file named by
/// its content's hash, so every page runs under a Content-Security-Policy without
/// `'unsafe-inline'` (README, "Deploying").
fn external_bootstrap(dist: &Path, template: &str) -> Result<String, String> {
    const OPEN: &str = "<script type=\"module\">";
    let Some(start) = template.find(OPEN) else { return Ok(template.to_owned()) };
    let body = start + OPEN.len();
    let end = body + template[body..].find("</script>").ok_or("trunk's bootstrap script is not closed")?;
    let code = &template[body..end];
    // FNV-1a: a stable name that changes with the content (the file may be cached as immutable).
    let hash = code.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    let name = format!("boot-{hash:016x}.js");
    write(&dist.join(&name), code)?;
    Ok(format!("{}<script type=\"module\" src=\"{}\"></script>{}", &template[..start], asset(&format!("/{name}")), &template[end + "</script>".len()..]))
}

/// The file (relative to dist/) of a page at `href` (an href under the base path).
fn file_of(href: &str) -> &str {
    href.strip_prefix(BASE).unwrap_or(href).trim_start_matches('/')
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
