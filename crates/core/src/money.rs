//! Prices and money as shown to people: never NaN, never negative, never false precision.

/// Blended price per 1M tokens for a share `input_ratio` (0..=1) of input tokens:
/// `r·in + (1−r)·out`. The seed's 50/50 example: (0.075 + 0.2) / 2 = 0.1375.
pub fn blended(input: f64, output: f64, input_ratio: f64) -> f64 {
    let r = input_ratio.clamp(0.0, 1.0);
    r * input + (1.0 - r) * output
}

/// The sign written before an amount in `currency` (ISO 4217): `$`, `€`, `£`, `¥`, else the code and a space.
pub fn currency_sign(currency: &str) -> String {
    match currency {
        "USD" => "$".into(),
        "EUR" => "€".into(),
        "GBP" => "£".into(),
        "CNY" | "JPY" => "¥".into(),
        other => format!("{other} "),
    }
}

/// A unit price in `currency`: `€0.09`; USD as [`format_price`]. A euro figure never gets a dollar sign.
pub fn format_price_in(p: Option<f64>, currency: &str) -> String {
    let s = format_price(p);
    match s.strip_prefix('$') {
        Some(rest) if currency != "USD" => format!("{}{rest}", currency_sign(currency)),
        _ => s,
    }
}

/// A unit price (USD per 1M tokens): `$0.075`, `$0.20`, `$15.00`, `$0.0375`.
/// Unknown, non-finite or negative input gives `—`.
pub fn format_price(p: Option<f64>) -> String {
    match p {
        Some(p) if p.is_finite() && p >= 0.0 => {
            if p == 0.0 {
                return "$0".into();
            }
            // Up to 4 decimals (more for sub-cent prices), at least 2, trailing zeros trimmed.
            let decimals = if p >= 0.01 { 4 } else { (4.0 - p.log10().floor()).min(10.0) as usize };
            let mut s = format!("{p:.decimals$}");
            if s.contains('.') {
                while s.ends_with('0') && s.len() - s.find('.').unwrap() > 3 {
                    s.pop();
                }
            }
            format!("${}", group_thousands(&s))
        }
        _ => "—".into(),
    }
}

/// A total amount of money: `$12,345.67`, `$0.42`, `<$0.01` for a real but tiny
/// cost, `$0` for exactly nothing, `—` when unknown or not a valid amount.
pub fn format_money(x: Option<f64>) -> String {
    match x {
        Some(x) if x.is_finite() && x >= 0.0 => {
            if x == 0.0 {
                "$0".into()
            } else if x < 0.01 {
                "<$0.01".into()
            } else if x >= 10_000.0 {
                format!("${}", group_thousands(&format!("{x:.0}")))
            } else {
                format!("${}", group_thousands(&format!("{x:.2}")))
            }
        }
        _ => "—".into(),
    }
}

/// `128000` → `128,000`.
pub fn format_int(n: u64) -> String {
    group_thousands(&n.to_string())
}

/// `128000` → `128k`, `1048576` → `1M`, `131072` → `131k`.
pub fn format_tokens_short(n: u64) -> String {
    if n >= 1_000_000 {
        let m = n as f64 / 1_000_000.0;
        if (m - m.round()).abs() < 0.05 {
            format!("{}M", m.round())
        } else {
            format!("{m:.1}M")
        }
    } else if n >= 1_000 {
        format!("{}k", (n as f64 / 1000.0).round())
    } else {
        n.to_string()
    }
}

fn group_thousands(s: &str) -> String {
    let (int, frac) = match s.find('.') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mut out = String::with_capacity(s.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out + frac
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_in_their_currency() {
        assert_eq!(format_price_in(Some(0.09), "EUR"), "€0.09");
        assert_eq!(format_price_in(Some(0.09), "USD"), "$0.09");
        assert_eq!(format_price_in(Some(2.0), "CHF"), "CHF 2.00");
        assert_eq!(format_price_in(None, "EUR"), "—");
    }

    #[test]
    fn seed_blended_example() {
        // "A 50/50 input/output workload of 1M total tokens costs about $0.1375."
        let b = blended(0.075, 0.2, 0.5);
        assert!((b - 0.1375).abs() < 1e-12);
        assert_eq!(format_price(Some(b)), "$0.1375");
        assert_eq!(blended(1.0, 3.0, 1.0), 1.0);
        assert_eq!(blended(1.0, 3.0, 0.0), 3.0);
        assert_eq!(blended(1.0, 3.0, 7.0), 1.0, "ratio is clamped");
    }

    #[test]
    fn unit_prices() {
        assert_eq!(format_price(Some(0.075)), "$0.075");
        assert_eq!(format_price(Some(0.2)), "$0.20");
        assert_eq!(format_price(Some(15.0)), "$15.00");
        assert_eq!(format_price(Some(0.0375)), "$0.0375");
        assert_eq!(format_price(Some(0.07500000000000001)), "$0.075");
        assert_eq!(format_price(Some(1250.0)), "$1,250.00");
        assert_eq!(format_price(Some(0.0)), "$0");
        assert_eq!(format_price(Some(0.00125)), "$0.00125");
        assert_eq!(format_price(None), "—");
        assert_eq!(format_price(Some(f64::NAN)), "—");
        assert_eq!(format_price(Some(f64::INFINITY)), "—");
        assert_eq!(format_price(Some(-1.0)), "—");
    }

    #[test]
    fn totals() {
        assert_eq!(format_money(Some(0.0)), "$0");
        assert_eq!(format_money(Some(0.004)), "<$0.01");
        assert_eq!(format_money(Some(0.42)), "$0.42");
        assert_eq!(format_money(Some(1234.567)), "$1,234.57");
        assert_eq!(format_money(Some(12345.6)), "$12,346");
        assert_eq!(format_money(Some(-3.0)), "—");
        assert_eq!(format_money(Some(f64::NAN)), "—");
        assert_eq!(format_money(None), "—");
    }

    #[test]
    fn token_counts() {
        assert_eq!(format_int(128_000), "128,000");
        assert_eq!(format_int(999), "999");
        assert_eq!(format_int(1_048_576), "1,048,576");
        assert_eq!(format_tokens_short(128_000), "128k");
        assert_eq!(format_tokens_short(131_072), "131k");
        assert_eq!(format_tokens_short(1_048_576), "1M");
        assert_eq!(format_tokens_short(1_500_000), "1.5M");
        assert_eq!(format_tokens_short(512), "512");
    }
}
