//! Times loading a catalog natively: `cargo run --release -p hub-core --example parse_time -- public/catalog.json`.
//! The browser's figure is measured by `scripts/bench`; this splits the native time by stage.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "public/catalog.json".into());
    let bytes = std::fs::read(&path).expect("catalog file");
    let runs = 20;
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let c = hub_core::parse_catalog_bytes(&bytes).expect("a catalog");
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
        assert!(c.dropped.is_empty(), "{:?}", c.dropped.first());
    }
    let mut typed = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let f: hub_core::CatalogFile = serde_json::from_slice(&bytes).expect("typed");
        typed = typed.min(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(f);
    }
    let mut validated = f64::MAX;
    for _ in 0..runs {
        let f: hub_core::CatalogFile = serde_json::from_slice(&bytes).expect("typed");
        let t = Instant::now();
        let v = hub_core::parse::validate(f.into(), &mut Vec::new());
        validated = validated.min(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(v);
    }
    let mut value = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let v: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        value = value.min(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(v);
    }
    println!(
        "{} bytes: parse_catalog_bytes {best:.1} ms (best of {runs}); one typed pass alone {typed:.1} ms; validation {validated:.1} ms; serde_json::Value {value:.1} ms",
        bytes.len()
    );
}
