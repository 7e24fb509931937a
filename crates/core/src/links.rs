//! Catalog text is data, never markup: only absolute http(s) links are rendered.

/// True for an absolute `http://` or `https://` URL with a host and no
/// whitespace or control characters (so it cannot smuggle `javascript:` or markup).
pub fn is_http_url(s: &str) -> bool {
    let rest = if let Some(r) = s.strip_prefix("https://") {
        r
    } else if let Some(r) = s.strip_prefix("http://") {
        r
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.starts_with('.')
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | '`'))
}

/// `Some(url)` when it may be rendered as a link.
pub fn safe_link(s: Option<&str>) -> Option<&str> {
    s.filter(|u| is_http_url(u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_and_https_only() {
        assert!(is_http_url("https://docs.mistral.ai/api/"));
        assert!(is_http_url("http://localhost:8080/x?y=1#z"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("JAVASCRIPT:alert(1)"));
        assert!(!is_http_url("ftp://example.com"));
        assert!(!is_http_url("//example.com"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https:///path"));
        assert!(!is_http_url("https://exa mple.com"));
        assert!(!is_http_url("https://example.com/\"><script>"));
        assert!(!is_http_url("https://user@evil.com"));
    }

    #[test]
    fn safe_link_filters() {
        assert_eq!(safe_link(Some("https://a.b")), Some("https://a.b"));
        assert_eq!(safe_link(Some("data:text/html,hi")), None);
        assert_eq!(safe_link(None), None);
    }
}
