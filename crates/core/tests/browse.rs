//! The catalog page's rules: facets, sort, URL form, CSV.

use hub_core::{
    browse::{self, parse_amount, parse_tokens, Filters, KindFilter, QueryKey, Sort, SortKey},
    search::SearchIndex,
    Capability, Catalog, CatalogFile, Kind, Modality, SCHEMA_VERSION,
};
use serde_json::json;

/// Four models: a, b served by two providers; c only by "cheap"; d with unknown context and prices.
fn catalog() -> Catalog {
    let file: CatalogFile = serde_json::from_value(json!({
        "schema_version": SCHEMA_VERSION,
        "generated_at": "2026-11-20T00:00:00Z",
        "sources": [],
        "providers": [{"id": "big", "name": "Big Cloud"}, {"id": "cheap", "name": "Cheap Host"}],
        "models": [
            {"id": "alpha", "name": "Alpha", "creator": "Acme", "context": 128000, "input": ["text", "image"], "capabilities": ["vision", "tools"], "open_weights": true},
            {"id": "beta", "name": "beta, \"the second\"", "creator": "Bolt", "context": 32000, "capabilities": ["tools"], "open_weights": false},
            {"id": "gamma", "name": "Gamma", "creator": "Acme", "context": 1000000, "capabilities": ["vision", "tools", "reasoning"], "release_date": "2026-01-01"},
            {"id": "delta", "name": "=Delta", "creator": "Zed"},
            {"id": "epsilon", "name": "Epsilon Embed", "kind": "embedding", "creator": "Acme"},
            {"id": "zeta", "name": "Zeta", "creator": "Acme", "retired": "2026-01-01", "successor": "alpha"}
        ],
        "offers": [
            {"model": "alpha", "provider": "big", "provider_model_id": "alpha", "prices": {"input": 1.0, "output": 3.0}, "as_of": "2026-11-20", "source": "s"},
            {"model": "alpha", "provider": "cheap", "provider_model_id": "acme/alpha", "prices": {"input": 0.5, "output": 1.5}, "as_of": "2026-11-02", "source": "s"},
            {"model": "beta", "provider": "big", "provider_model_id": "beta", "prices": {"input": 0.1, "output": 0.2}, "as_of": "2026-11-20", "source": "s"},
            {"model": "beta", "provider": "cheap", "provider_model_id": "beta", "prices": {"input": 0.3, "output": 0.4}, "as_of": "2026-11-20", "source": "s"},
            {"model": "gamma", "provider": "cheap", "provider_model_id": "gamma", "prices": {"input": 2.0, "output": 8.0}, "as_of": "2026-11-20", "source": "s"},
            {"model": "delta", "provider": "big", "provider_model_id": "delta", "prices": {}, "as_of": "2026-11-20", "source": "s"},
            {"model": "epsilon", "provider": "big", "provider_model_id": "epsilon", "prices": {"input": 0.01}, "as_of": "2026-11-20", "source": "s"},
            {"model": "zeta", "provider": "big", "provider_model_id": "zeta", "prices": {"input": 0.01, "output": 0.02}, "as_of": "2026-11-20", "source": "s", "deprecation_date": "2026-01-01"}
        ]
    }))
    .unwrap();
    let c = Catalog::from_file(file);
    assert!(c.dropped.is_empty(), "{:?}", c.dropped);
    c
}

fn ids(c: &Catalog, f: &Filters) -> Vec<String> {
    let index = SearchIndex::new(c);
    browse::rows(c, &index, f).iter().map(|r| c.models()[r.model].id.clone()).collect()
}

#[test]
fn each_facet_narrows() {
    let c = catalog();
    let all = Filters::default();
    assert_eq!(ids(&c, &all), ["alpha", "beta", "gamma", "delta"]);
    assert_eq!(ids(&c, &Filters { providers: vec!["cheap".into()], ..all.clone() }), ["alpha", "beta", "gamma"]);
    assert_eq!(ids(&c, &Filters { creators: vec!["Acme".into(), "Zed".into()], ..all.clone() }), ["alpha", "gamma", "delta"]);
    assert_eq!(ids(&c, &Filters { caps: vec![Capability::Vision, Capability::Reasoning], ..all.clone() }), ["gamma"]);
    assert_eq!(ids(&c, &Filters { input: Some(Modality::Image), ..all.clone() }), ["alpha"]);
    assert_eq!(ids(&c, &Filters { input: Some(Modality::Text), ..all.clone() }), ["alpha", "beta", "gamma", "delta"], "no modalities = text");
    assert_eq!(ids(&c, &Filters { open_weights: Some(true), ..all.clone() }), ["alpha"]);
    assert_eq!(ids(&c, &Filters { open_weights: Some(false), ..all.clone() }), ["beta"], "unknown is neither");
    assert_eq!(ids(&c, &Filters { min_context: Some(128_000), ..all.clone() }), ["alpha", "gamma"], "unknown context excluded");
    assert_eq!(ids(&c, &Filters { max_input: Some(0.5), ..all.clone() }), ["alpha", "beta"]);
    assert_eq!(ids(&c, &Filters { max_output: Some(0.3), ..all.clone() }), ["beta"]);
    assert_eq!(ids(&c, &Filters { q: "acme".into(), ..all.clone() }), ["alpha", "gamma"]);
}

#[test]
fn shown_offer_follows_the_provider_facet_and_price_limits_apply_to_it() {
    let c = catalog();
    let index = SearchIndex::new(&c);
    let rows = browse::rows(&c, &index, &Filters::default());
    assert_eq!((rows[0].input, rows[0].output), (Some(0.5), Some(1.5)), "alpha: cheapest of both");
    let big = Filters { providers: vec!["big".into()], ..Filters::default() };
    let rows = browse::rows(&c, &index, &big);
    assert_eq!((rows[0].input, rows[0].output), (Some(1.0), Some(3.0)), "alpha at Big Cloud");
    assert_eq!(rows[0].providers, 2, "provider count is all providers");
    // At Big Cloud alpha costs $1 in: a $0.5 limit drops it, though Cheap Host is under it.
    assert_eq!(ids(&c, &Filters { max_input: Some(0.5), ..big }), ["beta"]);
    assert_eq!(rows.iter().find(|r| c.models()[r.model].id == "delta").unwrap().offer, None, "no priced offer");
}

#[test]
fn opens_on_current_chat_models_most_served_first() {
    let c = catalog();
    // alpha and beta have two providers; gamma (released) before delta (no date); epsilon is an
    // embedding model and zeta is retired, so neither shows by default.
    assert_eq!(ids(&c, &Filters::default()), ["alpha", "beta", "gamma", "delta"]);
    assert_eq!(ids(&c, &Filters { kind: KindFilter::Only(Kind::Embedding), ..Filters::default() }), ["epsilon"]);
    assert_eq!(ids(&c, &Filters { kind: KindFilter::All, ..Filters::default() }), ["alpha", "beta", "gamma", "delta", "epsilon"]);
    assert_eq!(ids(&c, &Filters { retired: true, ..Filters::default() }), ["alpha", "beta", "gamma", "delta", "zeta"]);
    let f = Filters::from_query(|k| match k {
        QueryKey::Kind => Some("embedding".into()),
        QueryKey::Retired => Some("1".into()),
        _ => None,
    });
    assert_eq!((f.kind, f.retired), (KindFilter::Only(Kind::Embedding), true));
    assert_eq!(Filters::from_query(|k| (k == QueryKey::Kind).then(|| "nonsense".into())).kind, KindFilter::Only(Kind::Chat), "bad kind: the default");
    assert_eq!(c.resolve("zeta"), c.model_index("zeta"));
    assert!(c.is_retired(c.model_index("zeta").unwrap()));
}

#[test]
fn sorting_is_stable_and_puts_unknowns_last() {
    let c = catalog();
    let by = |key, desc| ids(&c, &Filters { sort: Sort { key, desc }, ..Filters::default() });
    assert_eq!(by(SortKey::Input, false), ["beta", "alpha", "gamma", "delta"]);
    assert_eq!(by(SortKey::Input, true), ["gamma", "alpha", "beta", "delta"], "unknown last in both directions");
    assert_eq!(by(SortKey::Context, true), ["gamma", "alpha", "beta", "delta"]);
    assert_eq!(by(SortKey::Name, false), ["=Delta", "Alpha", "beta, \"the second\"", "Gamma"].map(|n| c.models().iter().find(|m| m.name == n).unwrap().id.clone()));
    assert_eq!(by(SortKey::Creator, false), ["alpha", "gamma", "beta", "delta"], "ties keep the earlier order");
    assert_eq!(by(SortKey::Providers, true), ["alpha", "beta", "gamma", "delta"]);
    assert_eq!(Sort::default().toggled(SortKey::Context), Sort { key: SortKey::Context, desc: true });
    assert_eq!(Sort { key: SortKey::Input, desc: false }.toggled(SortKey::Input), Sort { key: SortKey::Input, desc: true });
}

#[test]
fn url_round_trip() {
    let f = Filters {
        q: "mistral small".into(),
        providers: vec!["groq".into(), "mistral".into()],
        creators: vec!["Alibaba (Qwen)".into()],
        caps: vec![Capability::Vision, Capability::JsonMode],
        input: Some(Modality::Image),
        open_weights: Some(true),
        min_context: Some(128_000),
        max_input: Some(0.25),
        max_output: Some(1.0),
        sort: Sort { key: SortKey::Output, desc: true },
        kind: KindFilter::All,
        retired: true,
    };
    let q = f.to_query();
    assert_eq!(q.iter().find(|(k, _)| *k == QueryKey::Sort).unwrap().1, "-output");
    assert_eq!(q.iter().find(|(k, _)| *k == QueryKey::Cap).unwrap().1, "vision,json_mode");
    let back = Filters::from_query(|k| q.iter().find(|(kk, _)| *kk == k).map(|(_, v)| v.clone()));
    assert_eq!(back, f);
    assert!(Filters::default().to_query().is_empty(), "defaults leave the URL clean");
    // Bad values are ignored, not fatal.
    let bad = Filters::from_query(|k| match k {
        QueryKey::MaxInput => Some("-3".into()),
        QueryKey::MinContext => Some("lots".into()),
        QueryKey::Sort => Some("sideways".into()),
        QueryKey::Cap => Some("vision,telepathy".into()),
        _ => None,
    });
    assert_eq!(bad, Filters { caps: vec![Capability::Vision], ..Filters::default() });
}

#[test]
fn typed_numbers() {
    assert_eq!(parse_amount(" $1,000.5 "), Ok(1000.5));
    assert_eq!(parse_amount("0"), Ok(0.0));
    assert!(parse_amount("-1").is_err());
    assert!(parse_amount("abc").is_err());
    assert!(parse_amount("NaN").is_err());
    assert!(parse_amount("inf").is_err());
    assert_eq!(parse_tokens("128k"), Ok(128_000));
    assert_eq!(parse_tokens("1M"), Ok(1_000_000));
    assert_eq!(parse_tokens("32,768"), Ok(32_768));
    assert!(parse_tokens("-5").is_err());
}

#[test]
fn csv_quotes_and_defuses_formulas() {
    let c = catalog();
    let index = SearchIndex::new(&c);
    let rows = browse::rows(&c, &index, &Filters::default());
    let csv = browse::to_csv(&c, &rows);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines.len(), 6, "header, 4 rows, final empty");
    assert!(lines[0].starts_with("model_id,name,creator,context_tokens,max_input_tokens,input_usd_per_1m"));
    assert_eq!(lines[1], "alpha,Alpha,Acme,128000,,0.5,1.5,cheap,acme/alpha,2026-11-02,s,2,yes,vision tools");
    assert_eq!(lines[2], "beta,\"beta, \"\"the second\"\"\",Bolt,32000,,0.1,0.2,big,beta,2026-11-20,s,2,no,tools");
    assert_eq!(lines[4], "delta,'=Delta,Zed,,,,,,,,,1,unknown,", "formula defused; unknowns empty");
}

#[test]
fn facet_options_count_models() {
    let c = catalog();
    let p = browse::provider_options(&c);
    assert_eq!(p.iter().map(|o| (o.label.as_str(), o.count)).collect::<Vec<_>>(), [("Big Cloud", 5), ("Cheap Host", 3)], "counts are over the whole catalog, every kind");
    let cr = browse::creator_options(&c);
    assert_eq!(cr.iter().map(|o| (o.value.as_str(), o.count)).collect::<Vec<_>>(), [("Acme", 4), ("Bolt", 1), ("Zed", 1)]);
}

/// An open-weight model no API serves (published to self-host) is a row with no price and no
/// provider; choosing providers leaves it out, and a price limit does too (its price is unknown).
#[test]
fn a_model_no_api_serves_is_a_row_without_a_price() {
    let file: CatalogFile = serde_json::from_value(json!({
        "schema_version": SCHEMA_VERSION, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
        "providers": [{"id": "big", "name": "Big Cloud"}],
        "models": [
            {"id": "served", "name": "Served", "creator": "Acme"},
            {"id": "ornith", "name": "Ornith", "creator": "Acme", "open_weights": true, "license": "MIT", "context": 262144}
        ],
        "offers": [{"model": "served", "provider": "big", "provider_model_id": "served", "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"}]
    }))
    .unwrap();
    let c = Catalog::from_file(file);
    assert!(c.dropped.is_empty(), "{:?}", c.dropped);
    assert!(c.is_served(0) && !c.is_served(1));
    let index = SearchIndex::new(&c);
    let rows = browse::rows(&c, &index, &Filters::default());
    let o = rows.iter().find(|r| c.models()[r.model].id == "ornith").expect("listed");
    assert_eq!((o.offer, o.input, o.output, o.providers, o.context), (None, None, None, 0, Some(262144)));
    assert_eq!(ids(&c, &Filters { providers: vec!["big".into()], ..Default::default() }), ["served"]);
    assert_eq!(ids(&c, &Filters { max_input: Some(5.0), ..Default::default() }), ["served"]);
}

/// A model whose sources give no window but an input limit (Claude 2.1 at Bedrock: 100,000) can
/// take at least that many tokens: the context facet and sort count it, and its column says so.
#[test]
fn an_input_limit_counts_as_a_window_of_at_least_that() {
    let file: CatalogFile = serde_json::from_value(json!({
        "schema_version": SCHEMA_VERSION, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
        "providers": [{"id": "p", "name": "P"}],
        "models": [
            {"id": "limited", "name": "Limited", "creator": "X"},
            {"id": "unknown", "name": "Unknown", "creator": "X"},
            {"id": "windowed", "name": "Windowed", "creator": "X", "context": 128000}
        ],
        "offers": [
            {"model": "limited", "provider": "p", "provider_model_id": "limited", "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s", "max_input": 200000},
            {"model": "unknown", "provider": "p", "provider_model_id": "unknown", "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s"},
            {"model": "windowed", "provider": "p", "provider_model_id": "windowed", "prices": {"input": 1.0, "output": 2.0}, "as_of": "2026-11-20", "source": "s", "max_input": 100000}
        ]
    }))
    .unwrap();
    let c = Catalog::from_file(file);
    let all = Filters::default();
    assert_eq!(ids(&c, &Filters { min_context: Some(150_000), ..all.clone() }), ["limited"]);
    assert_eq!(ids(&c, &Filters { min_context: Some(128_000), ..all.clone() }), ["limited", "windowed"]);
    let by_context = Filters { sort: "-context".parse::<Sort>().unwrap(), ..all.clone() };
    assert_eq!(ids(&c, &by_context), ["limited", "windowed", "unknown"], "unknown last");
    let index = SearchIndex::new(&c);
    let labels: Vec<String> = browse::rows(&c, &index, &by_context).iter().map(|r| r.window_label()).collect();
    assert_eq!(labels, ["200,000 input", "128,000", "unknown"], "a stated window is shown as it is, beside any input limit");
    let csv = browse::to_csv(&c, &browse::rows(&c, &index, &by_context));
    let limits: Vec<String> = csv.split("\r\n").skip(1).filter(|l| !l.is_empty()).map(|l| l.split(',').take(5).skip(3).collect::<Vec<_>>().join(",")).collect();
    assert_eq!(limits, [",200000", "128000,", ","], "the CSV gives the input limit where the window is unknown");
}
