fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let (mut a, mut b, mut c, mut d) = (f64::MAX, f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..20 {
        let t = std::time::Instant::now();
        let file: hub_core::CatalogFile = serde_json::from_str(text).unwrap();
        a = a.min(t.elapsed().as_secs_f64() * 1e3);
        let file2 = file.clone();
        let t = std::time::Instant::now();
        let mut dropped = Vec::new();
        let v = hub_core::parse::validate(file2.into(), &mut dropped);
        d = d.min(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(v);
        let t = std::time::Instant::now();
        let cat = hub_core::Catalog::from_file(file);
        b = b.min(t.elapsed().as_secs_f64() * 1e3);
        let t = std::time::Instant::now();
        let _ = hub_core::parse_catalog_bytes(&bytes).unwrap();
        c = c.min(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(cat);
    }
    println!("min ms: serde {a:.2}; validate {d:.2}; validate + index {b:.2}; parse_catalog_bytes {c:.2}");
}
