//! How old a price is, and the price-history chart's geometry.

use crate::catalog::{Offer, PricePoint};

/// A price not confirmed by any source for longer than this is marked stale.
pub const STALE_DAYS: i64 = 90;

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (also accepts a longer ISO
/// timestamp, reading its date part). `None` if it is not a valid date.
pub fn day_number(date: &str) -> Option<i64> {
    let d = date.get(..10)?;
    if !crate::parse::is_date(d) {
        return None;
    }
    let (y, m, day): (i64, i64, i64) = (d[..4].parse().ok()?, d[5..7].parse().ok()?, d[8..10].parse().ok()?);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || day < 1 || day > month_days[(m - 1) as usize] {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The `YYYY-MM-DD` date of a day number (days since 1970-01-01); inverse of [`day_number`].
pub fn date_of_day(z: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whole days from `from` to `to` (negative if `to` is earlier).
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some(day_number(to)? - day_number(from)?)
}

/// True when `as_of` is more than [`STALE_DAYS`] before `today`.
pub fn is_stale(as_of: &str, today: &str) -> bool {
    days_between(as_of, today).is_some_and(|d| d > STALE_DAYS)
}

/// The offer's known prices over time: its history, then the current price at
/// `as_of`, oldest first (a price that held *until* a day before the price from
/// that day), repeated prices merged.
pub fn price_series(o: &Offer) -> Vec<PricePoint> {
    let mut points: Vec<PricePoint> = o.history.clone();
    points.push(PricePoint { date: o.as_of.clone(), input: o.prices.input, output: o.prices.output, source: o.source.clone(), until: false });
    points.retain(|p| day_number(&p.date).is_some());
    crate::order::sort_by(&mut points, |a, b| a.date.cmp(&b.date).then(b.until.cmp(&a.until)));
    points.dedup_by(|later, earlier| later.input == earlier.input && later.output == earlier.output);
    points
}

/// True when the offer's input or output price has changed at least once.
pub fn has_changed(o: &Offer) -> bool {
    price_series(o).len() > 1
}

/// For an offer whose price never changed: the dated sighting of that same price before
/// `as_of` ("unchanged since"), where its history has one.
pub fn unchanged_since(o: &Offer) -> Option<&PricePoint> {
    o.history.iter().filter(|p| !p.until && p.date < o.as_of).min_by(|a, b| a.date.cmp(&b.date)).filter(|_| !has_changed(o))
}

/// An SVG step line (`M x y H x V y …`) of `values` at `dates`, fitted to a
/// `width` × `height` box with the y axis from 0 to `max` (top); the line runs
/// on to `end` (a date). Points without a value are skipped. With `lead`, the
/// first point is a price known only to have held *until* its date: the axis
/// starts a fifth of the span (at least 30 days) earlier, where that price is drawn.
pub fn step_path(dates: &[&str], values: &[Option<f64>], end: &str, lead: bool, max: f64, width: f64, height: f64) -> String {
    let (Some(mut first), Some(last)) = (dates.first().and_then(|d| day_number(d)), day_number(end)) else { return String::new() };
    if lead {
        first -= ((last - first) / 5).max(30);
    }
    let span = (last - first).max(1) as f64;
    let x = |d: i64| ((d - first) as f64 / span * width).clamp(0.0, width);
    let y = |v: f64| if max > 0.0 { height - (v / max).clamp(0.0, 1.0) * height } else { height };
    let mut path = String::new();
    for (i, (d, v)) in dates.iter().zip(values).enumerate() {
        let (Some(d), Some(v)) = (day_number(d), v) else { continue };
        let d = if lead && i == 0 { first } else { d };
        if path.is_empty() {
            path = format!("M{:.1} {:.1}", x(d), y(*v));
        } else {
            path.push_str(&format!(" H{:.1} V{:.1}", x(d), y(*v)));
        }
    }
    if !path.is_empty() {
        path.push_str(&format!(" H{:.1}", x(last)));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2026-11-25T10:00:00Z"), Some(20_782));
        assert_eq!(days_between("2026-07-02", "2026-11-25"), Some(146));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2), "leap year");
        assert_eq!(day_number("2026-13-01"), None);
        assert_eq!(day_number("2026-02-29"), None);
        assert_eq!(day_number("2024-02-29"), Some(19_782));
        assert_eq!(day_number("soon"), None);
        for d in ["1970-01-01", "2000-02-29", "2024-02-29", "2026-11-27", "2027-01-01", "1999-12-31"] {
            assert_eq!(date_of_day(day_number(d).unwrap()), d);
        }
    }

    #[test]
    fn staleness() {
        assert!(!is_stale("2026-11-20", "2026-11-25"));
        assert!(!is_stale("2026-08-27", "2026-11-25"), "exactly 90 days is not stale");
        assert!(is_stale("2026-08-26", "2026-11-25"));
        assert!(!is_stale("not a date", "2026-11-25"), "unknown age is not called stale");
    }

    #[test]
    fn series_and_chart() {
        let o: Offer = serde_json::from_value(serde_json::json!({
            "model": "codestral", "provider": "mistral", "provider_model_id": "codestral-latest",
            "prices": {"input": 0.3, "output": 0.9}, "as_of": "2026-11-20", "source": "litellm",
            "history": [{"date": "2024-06-05", "input": 1.0, "output": 3.0, "source": "litellm"},
                        {"date": "2025-06-10", "input": 0.3, "output": 0.9, "source": "models.dev"}]
        }))
        .unwrap();
        let s = price_series(&o);
        assert_eq!(s.iter().map(|p| p.date.as_str()).collect::<Vec<_>>(), ["2024-06-05", "2025-06-10"], "current price merged into its first date");
        assert!(has_changed(&o));
        assert!(unchanged_since(&o).is_none(), "a price that moved is not unchanged");
        let dates: Vec<&str> = s.iter().map(|p| p.date.as_str()).collect();
        let path = step_path(&dates, &s.iter().map(|p| p.output).collect::<Vec<_>>(), &o.as_of, false, 3.0, 100.0, 50.0);
        // 2024-06-05 → 2026-11-20 is 898 days; the drop comes 370 days in (41.2 %).
        assert_eq!(path, "M0.0 0.0 H41.2 V35.0 H100.0");
    }

    #[test]
    fn unchanged_since_an_earlier_sighting() {
        let offer = |history: serde_json::Value| -> Offer {
            serde_json::from_value(serde_json::json!({
                "model": "m", "provider": "anthropic", "provider_model_id": "m",
                "prices": {"input": 3.0, "output": 15.0}, "as_of": "2026-11-20", "source": "litellm", "history": history
            }))
            .unwrap()
        };
        let o = offer(serde_json::json!([{"date": "2025-09-29", "input": 3.0, "output": 15.0, "source": "models.dev"}]));
        assert_eq!(unchanged_since(&o).map(|p| p.date.as_str()), Some("2025-09-29"));
        assert!(!has_changed(&o));
        // No history, or a sighting on the day of `as_of` only: nothing to say.
        assert!(unchanged_since(&offer(serde_json::json!([]))).is_none());
        assert!(unchanged_since(&offer(serde_json::json!([{"date": "2026-11-20", "input": 3.0, "output": 15.0, "source": "s"}]))).is_none());
    }

    #[test]
    fn a_change_with_an_undated_price_before_it() {
        let o: Offer = serde_json::from_value(serde_json::json!({
            "model": "m", "provider": "openrouter", "provider_model_id": "m",
            "prices": {"input": 0.8, "output": 1.6}, "as_of": "2026-11-09", "source": "genai-prices",
            "history": [{"date": "2026-10-19", "input": 0.2, "output": 0.2, "source": "genai-prices", "until": true},
                        {"date": "2026-10-19", "input": 0.8, "output": 1.6, "source": "genai-prices"}]
        }))
        .unwrap();
        let s = price_series(&o);
        assert_eq!((s.len(), s[0].until, s[0].input), (2, true, Some(0.2)), "the old price first, then the change");
        assert!(has_changed(&o));
        let dates: Vec<&str> = s.iter().map(|p| p.date.as_str()).collect();
        // 21 days from the change to as_of; the axis starts 30 days earlier (51 in all): the step at 30/51.
        let path = step_path(&dates, &s.iter().map(|p| p.input).collect::<Vec<_>>(), &o.as_of, true, 0.8, 51.0, 10.0);
        assert_eq!(path, "M0.0 7.5 H30.0 V0.0 H51.0");
    }
}
