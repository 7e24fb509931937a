//! Where a chart's point labels go, so that none runs off the chart or over another.

/// A label's anchor: beside its point, to the right (`end == false`, text starts at `x`) or to
/// the left (`end == true`, text ends at `x`, SVG `text-anchor="end"`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSpot {
    pub x: f64,
    pub y: f64,
    pub end: bool,
}

/// The measures of a chart's labels, in the chart's units: the plot's width, an average
/// character's width, and how far text reaches above and below its baseline.
#[derive(Debug, Clone, Copy)]
pub struct LabelFont {
    pub width: f64,
    pub char_width: f64,
    pub ascent: f64,
    pub descent: f64,
}

/// Gap between a point and its label.
const GAP: f64 = 6.0;

/// For each point `(x, y, label)`, in order of importance, where its label goes: above and to
/// the right of the point, or to its left where the right would run past the chart's width;
/// below the point where above is taken; left out (`None`) where every place overlaps a label
/// placed before it or leaves the chart (the point keeps its own tooltip).
pub fn place_labels(points: &[(f64, f64, &str)], font: LabelFont) -> Vec<Option<LabelSpot>> {
    let mut placed: Vec<[f64; 4]> = Vec::new();
    points
        .iter()
        .map(|&(x, y, text)| {
            let w = text.chars().count() as f64 * font.char_width;
            let end = x + GAP + w > font.width;
            let (left, lx) = if end { (x - GAP - w, x - GAP) } else { (x + GAP, x + GAP) };
            // Above the point (baseline just over it), else below it.
            let spot = [y - GAP - font.descent, y + GAP + font.ascent].into_iter().find_map(|baseline| {
                let rect = [left, baseline - font.ascent, left + w, baseline + font.descent];
                let inside = rect[0] >= 0.0 && rect[1] >= 0.0 && rect[2] <= font.width;
                let free = placed.iter().all(|p| rect[2] <= p[0] || p[2] <= rect[0] || rect[3] <= p[1] || p[3] <= rect[1]);
                (inside && free).then_some((rect, baseline))
            });
            spot.map(|(rect, baseline)| {
                placed.push(rect);
                LabelSpot { x: lx, y: baseline, end }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FONT: LabelFont = LabelFont { width: 560.0, char_width: 6.0, ascent: 10.0, descent: 3.0 };

    #[test]
    fn a_label_near_the_right_edge_goes_left_of_its_point() {
        // "Fugu Ultra" (10 chars, 60 units) beside a point at x = 524 would end at 590.
        let spots = place_labels(&[(524.0, 40.0, "Fugu Ultra"), (100.0, 40.0, "Cheap")], FONT);
        assert_eq!(spots[0], Some(LabelSpot { x: 518.0, y: 31.0, end: true }));
        assert_eq!(spots[1], Some(LabelSpot { x: 106.0, y: 31.0, end: false }));
    }

    #[test]
    fn overlapping_labels_move_below_then_give_way() {
        let pts = [(100.0, 100.0, "Claude Sonnet 4.5"), (110.0, 102.0, "GPT-5.2 Codex"), (120.0, 101.0, "Qwen3 Coder")];
        let spots = place_labels(&pts, FONT);
        assert_eq!(spots[0].map(|s| s.y), Some(91.0), "the first keeps its place above");
        assert_eq!(spots[1].map(|s| s.y), Some(118.0), "the second goes below its point");
        assert_eq!(spots[2], None, "the third has no free place and is left to its tooltip");
        // Far apart, every label stays above its point.
        let apart = place_labels(&[(50.0, 200.0, "A"), (300.0, 60.0, "B")], FONT);
        assert!(apart.iter().all(|s| s.is_some_and(|s| !s.end && s.y < 200.0)));
    }

    #[test]
    fn a_label_that_fits_nowhere_is_left_out() {
        // Wider than the chart on either side of its point.
        let long = "x".repeat(100);
        assert_eq!(place_labels(&[(280.0, 100.0, long.as_str())], FONT), vec![None]);
    }
}
