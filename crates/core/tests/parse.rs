//! Lenient loading: bad entries are dropped and reported with path and reason; good ones survive.

use hub_core::{parse_catalog, CatalogError};

const MIXED: &str = include_str!("fixtures/mixed.json");

fn reasons(c: &hub_core::Catalog) -> Vec<String> {
    c.dropped.iter().map(|d| d.to_string()).collect()
}

#[test]
fn keeps_good_entries_and_reports_each_bad_one() {
    let c = parse_catalog(MIXED).expect("file-level structure is fine");
    let r = reasons(&c);

    assert_eq!(c.providers().iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["mistral", "openrouter"]);
    assert_eq!(c.models().iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["mistral-small-3.2-24b"]);
    assert_eq!(c.offers().len(), 1, "only the first offer is valid: {r:#?}");
    assert_eq!(c.offers()[0].provider_model_id, "mistralai/mistral-small-3.2-24b-instruct");

    let expect = [
        ("providers[4]", "unknown variant `carrier_pigeon`"),
        ("models[3]", "missing field `id`"),
        ("models[4]", "unknown variant `telepathy`"),
        ("offers[4]", "invalid type: string \"cheap\""),
        ("providers[0].docs_url", "not an http(s) link"),
        ("providers[2]", "not a slug"),
        ("providers[3]", "duplicate"),
        ("models[1]", "no name"),
        ("models[2]", "is 0"),
        ("offers[1]", "price `input` is not a non-negative number (-0.1)"),
        ("offers[2]", "unknown model `ghost`"),
        ("offers[3]", "duplicate offer"),
        ("offers[5]", "tiers are not ascending"),
        ("offers[6]", "as_of `July`"),
    ];
    assert_eq!(c.dropped.len(), expect.len(), "{r:#?}");
    for (path, why) in expect {
        assert!(c.dropped.iter().any(|d| d.path == path && d.reason.contains(why)), "expected {path}: {why} in {r:#?}");
    }
    // The link was removed, the provider kept.
    assert_eq!(c.provider("mistral").unwrap().docs_url, None);
    // Ids are reported where readable.
    let d = c.dropped.iter().find(|d| d.path == "offers[2]").unwrap();
    assert_eq!(d.id.as_deref(), Some("mistral/ghost-1"));
}

#[test]
fn lookups_and_cheapest() {
    let c = parse_catalog(MIXED).unwrap();
    let i = c.model_index("mistral-small-3.2-24b").unwrap();
    assert_eq!(c.offers_of(i).count(), 1);
    assert_eq!(c.provider_count(i), 1);
    assert_eq!(c.cheapest_offer(i).unwrap().prices.input, Some(0.075));
    assert!(c.model("ghost").is_none());
    assert_eq!(c.source("openrouter").unwrap().as_of, "2026-05-15");
}

#[test]
fn fatal_errors_say_which() {
    match parse_catalog("{not json") {
        Err(CatalogError::Json(m)) => assert!(m.contains("line 1"), "{m}"),
        other => panic!("{other:?}"),
    }
    match parse_catalog(r#"{"schema_version": 99, "providers": [], "models": [], "offers": []}"#) {
        Err(e @ CatalogError::Version { found: 99, supported: 2 }) => {
            assert!(e.to_string().contains("schema_version 99"))
        }
        other => panic!("{other:?}"),
    }
    match parse_catalog(r#"{"schema_version": 1, "providers": [], "models": []}"#) {
        Err(CatalogError::Json(m)) => assert!(m.contains("missing field `offers`"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(parse_catalog("[]"), Err(CatalogError::Json(_))));
}

#[test]
fn round_trip_of_valid_file_drops_nothing() {
    let c = parse_catalog(MIXED).unwrap();
    let text = serde_json::to_string(&c.file).unwrap();
    let again = parse_catalog(&text).unwrap();
    assert!(again.dropped.is_empty(), "{:?}", again.dropped);
    assert_eq!(again.file, c.file);
    // The one-pass typed read of a valid file and the entry-by-entry read give the same catalog.
    let each = hub_core::parse_catalog_each(&text).unwrap();
    assert_eq!(each.file, again.file);
    assert!(each.dropped.is_empty());
    // A valid file whose entries then fail validation takes the fast path and still loses only them.
    let mut bad = c.file.clone();
    bad.offers[0].as_of = "yesterday".into();
    let text = serde_json::to_string(&bad).unwrap();
    let (fast, each) = (parse_catalog(&text).unwrap(), hub_core::parse_catalog_each(&text).unwrap());
    assert_eq!((fast.file.offers.len(), fast.dropped.len()), (c.file.offers.len() - 1, 1));
    assert_eq!((fast.file, fast.dropped), (each.file, each.dropped));
}

#[test]
fn bytes_and_text_agree_and_rules_still_apply() {
    let c = parse_catalog(MIXED).unwrap();
    let text = serde_json::to_string(&c.file).unwrap();
    let fast = hub_core::parse_catalog_bytes(text.as_bytes()).unwrap();
    assert_eq!(fast.file, c.file);
    // A file that decodes in one pass but breaks a rule is still validated.
    let mut bad = c.file.clone();
    bad.offers[0].prices.input = Some(-5.0);
    let loaded = hub_core::parse_catalog_bytes(serde_json::to_string(&bad).unwrap().as_bytes()).unwrap();
    assert_eq!(loaded.offers().len(), 0);
    assert_eq!(loaded.dropped.len(), 1);
    assert_eq!(loaded.dropped[0].path, "offers[0]");
    assert!(matches!(
        hub_core::parse_catalog_bytes(br#"{"schema_version": 1, "generated_at": "", "providers": [], "models": [], "offers": []}"#),
        Err(hub_core::CatalogError::Version { found: 1, .. })
    ));
}

#[test]
fn cheapest_prefers_paid_offers_over_free_tiers() {
    let mut c = parse_catalog(MIXED).unwrap().file;
    let paid = c.offers[0].clone();
    let mut free = paid.clone();
    free.provider_model_id = "free-variant".into();
    free.prices.input = Some(0.0);
    free.prices.output = Some(0.0);
    let mut pricier = paid.clone();
    pricier.provider_model_id = "pricier".into();
    pricier.prices.input = Some(1.0);
    c.offers = vec![free.clone(), pricier, paid];
    let loaded = hub_core::Catalog::from_file(c.clone());
    assert_eq!(loaded.cheapest_offer(0).unwrap().provider_model_id, "mistralai/mistral-small-3.2-24b-instruct");
    c.offers = vec![free];
    let loaded = hub_core::Catalog::from_file(c);
    assert_eq!(loaded.cheapest_offer(0).unwrap().provider_model_id, "free-variant", "free only when nothing else");
}

#[test]
fn implausible_figures_drop_their_entry_and_say_why() {
    let text = r#"{"schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "providers": [{"id": "p", "name": "P"}],
        "models": [{"id": "m", "name": "M", "creator": "C"}, {"id": "huge", "name": "Huge", "creator": "C", "context": 1000000000000}],
        "offers": [
          {"model": "m", "provider": "p", "provider_model_id": "ok", "prices": {"input": 1, "output": 2}, "as_of": "2026-11-20", "source": "s"},
          {"model": "m", "provider": "p", "provider_model_id": "unit-error", "prices": {"input": 1e308, "output": 2}, "as_of": "2026-11-20", "source": "s"},
          {"model": "m", "provider": "p", "provider_model_id": "tier", "prices": {"input": 1}, "tiers": [{"above": 1000, "input": 50000}], "as_of": "2026-11-20", "source": "s"},
          {"model": "m", "provider": "p", "provider_model_id": "hours", "prices": {"input": 1}, "hours": [{"from": "16:30", "to": "00:30", "input": 0.5}], "as_of": "2026-11-20", "source": "s"},
          {"model": "m", "provider": "p", "provider_model_id": "bad-hours", "prices": {"input": 1}, "hours": [{"from": "25:00", "to": "01:00", "input": 0.5}], "as_of": "2026-11-20", "source": "s"},
          {"model": "m", "provider": "p", "provider_model_id": "bad-hours-price", "prices": {"input": 1}, "hours": [{"from": "01:00", "to": "04:00", "input": -1}], "as_of": "2026-11-20", "source": "s"}
        ]}"#;
    let c = parse_catalog(text).unwrap();
    assert_eq!(c.offers().iter().map(|o| o.provider_model_id.as_str()).collect::<Vec<_>>(), ["ok", "hours"]);
    assert_eq!(c.offers()[1].hours[0].label(), "16:30–00:30 UTC");
    assert_eq!(c.models().len(), 1, "the model with a 10^12 context is dropped");
    let reasons: Vec<String> = c.dropped.iter().map(|d| d.to_string()).collect();
    assert!(reasons.iter().any(|r| r.contains("p/unit-error") && r.contains("above the plausible")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("p/tier")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("p/bad-hours)") && r.contains("HH:MM")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("p/bad-hours-price") && r.contains("hours 01:00–04:00 UTC")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("huge") && r.contains("token limit")), "{reasons:?}");
}
