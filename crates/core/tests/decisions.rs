//! The decision rules (cost ranking, alternatives, use cases) on the published catalog.

use hub_core::{alternatives::alternatives, cost, parse_catalog, use_cases};

fn catalog() -> hub_core::Catalog {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/catalog.json")).unwrap();
    parse_catalog(&text).unwrap()
}

#[test]
fn on_the_published_catalog() {
    let c = catalog();
    let r = cost::rank(&c, &cost::Workload::default(), &cost::CostFilters::default());
    assert!(r.ranked.len() > 3000, "{}", r.ranked.len());
    assert!(r.ranked.windows(2).all(|p| p[0].total <= p[1].total));
    assert!(r.ranked.iter().all(|x| x.total.is_finite() && x.total > 0.0));
    assert_eq!(
        r.ranked.len() + r.filtered + r.too_small + r.context_unknown + r.unpriced + r.free + r.plans + r.input_only + r.other_kind + r.retired + r.other_currency,
        c.offers().len()
    );
    // Only current chat models priced in USD are ranked unless the reader widens it.
    let today = c.today();
    assert!(r.ranked.iter().all(|x| c.models()[x.model].kind == hub_core::Kind::Chat && !c.offers()[x.offer].is_retired(today) && c.offers()[x.offer].is_usd()));
    assert!(r.other_kind > 0 && r.retired > 0 && r.other_currency > 0 && r.plans > 0, "{} {} {} {}", r.other_kind, r.retired, r.other_currency, r.plans);
    let wide = cost::rank(&c, &cost::Workload::default(), &cost::CostFilters { all_kinds: true, ..Default::default() });
    assert!(wide.ranked.len() > r.ranked.len() && wide.other_kind == 0);

    let i = c.model_index("mistral-small-3.2-24b").unwrap();
    let alts = alternatives(&c, i);
    assert!(alts.len() > 100);
    assert!(alts.iter().all(|a| a.model != i && !c.models()[a.model].name.eq_ignore_ascii_case(&c.models()[i].name)));
    assert!(alts.iter().all(|a| c.models()[a.model].kind == hub_core::Kind::Chat && c.models()[a.model].retired.is_none()), "chat alternatives for a chat model");
    for a in alts.iter().take(5) {
        println!("{} — {:.1} — {}", c.models()[a.model].name, a.score, a.reason);
    }
    for uc in use_cases::use_cases().unwrap() {
        let ranked = use_cases::rank_use_case(&c, &uc, uc.weights);
        assert!(ranked.len() >= 5, "{}: {}", uc.id, ranked.len());
        if uc.benchmark.is_some() {
            // Where quality decides, the top 10 all carry the sourced benchmark; the unscored follow.
            assert!(ranked.iter().take(10).all(|s| s.benchmark.is_some()), "{}: top 10 without a benchmark", uc.id);
            let first_unscored = ranked.iter().position(|s| s.benchmark.is_none()).unwrap_or(ranked.len());
            assert!(ranked[first_unscored..].iter().all(|s| s.benchmark.is_none()));
            for s in ranked.iter().take(10) {
                let b = &c.models()[s.model].benchmarks[s.benchmark.unwrap()];
                println!("  {} — {} {} ({})", c.models()[s.model].name, b.name, b.score, b.source);
            }
        }
        println!("{}: {} models; top {} ({:.1})", uc.id, ranked.len(), c.models()[ranked[0].model].name, ranked[0].score);
    }
}
