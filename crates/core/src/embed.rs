//! The HTML another site pastes to embed a view: an `<iframe>` and the
//! optional `embed.js` line that sizes it to its content.

/// Height of the iframe before (or without) `embed.js`: enough for a useful,
/// scrollable view.
pub const DEFAULT_HEIGHT: u32 = 360;

/// The snippet for the embed at `path` (e.g. `/embed/models/x`) on the site at
/// `origin` (e.g. `https://llmcloudhub.example`), titled for screen readers.
pub fn snippet(origin: &str, path: &str, title: &str) -> String {
    let origin = origin.trim_end_matches('/');
    format!(
        "<iframe src=\"{o}{p}\" title=\"{t}\" data-llm-cloud-hub width=\"100%\" height=\"{h}\" style=\"border:0\" loading=\"lazy\"></iframe>\n<script src=\"{o}/embed.js\" async></script>",
        o = attr(origin),
        p = attr(path),
        t = attr(title),
        h = DEFAULT_HEIGHT
    )
}

/// Escapes text for a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_frames_the_path_and_escapes_catalog_text() {
        let s = snippet("https://hub.example/", "/embed/models/a-b", "Evil \"><script>x</script> model");
        assert!(s.starts_with("<iframe src=\"https://hub.example/embed/models/a-b\""), "{s}");
        assert!(s.contains("title=\"Evil &quot;&gt;&lt;script&gt;x&lt;/script&gt; model\""), "{s}");
        assert!(!s.contains("<script>x"), "catalog text never becomes markup");
        assert!(s.ends_with("<script src=\"https://hub.example/embed.js\" async></script>"), "{s}");
        assert!(s.contains("height=\"360\""));
    }
}
