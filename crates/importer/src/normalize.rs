//! Matching the same model across sources: explicit, tested rules.
//!
//! [`model_key`] turns any upstream id (`anthropic.claude-sonnet-4-5-20250929-v1:0`,
//! `openrouter/anthropic/claude-sonnet-4.5`, `claude-sonnet-4-5@20250929`) into
//! one key (`claude-sonnet-4-5`). Rules, in order:
//! 1. lowercase; keep what follows the last `/` (host and vendor folders);
//! 2. drop a Bedrock-style region prefix (`us.`, `eu.`, `apac.`, `global.`, …)
//!    and vendor prefix (`anthropic.`, `meta.`, `mistral.`, …);
//! 3. drop variant suffixes: OpenRouter `:free`/`:beta`/…, Bedrock `-v1:0`,
//!    `:0`, Vertex `@20240620` / `@001`, `-latest`;
//! 4. drop a trailing date (`-20250929`, `-2024-08-06`), then a trailing
//!    `-instruct`, `-it` or `-chat` marker of an instruction-tuned release;
//! 5. spell versions with `-` (`4.5` → `4-5`, `3p5` stays), collapse `_`/spaces to `-`.
//!
//! Date-stamped snapshots thus join their undated alias. Ids that still differ
//! but name one model are joined by reviewed aliases (`data/models.toml`) and
//! by models.dev's `base_model` links.

const REGION_PREFIXES: &[&str] = &["us-gov.", "us.", "eu.", "apac.", "global.", "jp.", "au.", "ca.", "in."];
const VENDOR_PREFIXES: &[&str] = &[
    "anthropic.", "meta.", "mistral.", "amazon.", "cohere.", "ai21.", "deepseek.", "qwen.", "openai.", "writer.",
    "moonshot.", "moonshotai.", "minimax.", "google.", "nvidia.", "zai.",
];
const VARIANT_SUFFIXES: &[&str] = &[":free", ":beta", ":thinking", ":extended", ":nitro", ":floor", ":online", ":exacto"];

/// The cross-source matching key of a model id. See the module docs.
pub fn model_key(id: &str) -> String {
    let lower = id.trim().to_lowercase();
    let mut s: &str = lower.rsplit('/').next().unwrap_or(&lower);
    for p in REGION_PREFIXES {
        if let Some(r) = s.strip_prefix(p) {
            s = r;
            break;
        }
    }
    for p in VENDOR_PREFIXES {
        if let Some(r) = s.strip_prefix(p) {
            s = r;
            break;
        }
    }
    let mut s = s.to_owned();
    for suf in VARIANT_SUFFIXES {
        if let Some(r) = s.strip_suffix(suf) {
            s = r.to_owned();
        }
    }
    if let Some(at) = s.find('@') {
        s.truncate(at);
    }
    strip_bedrock_version(&mut s);
    if let Some(r) = s.strip_suffix("-latest") {
        s = r.to_owned();
    }
    strip_date(&mut s);
    for marker in ["-instruct", "-it", "-chat"] {
        if let Some(r) = s.strip_suffix(marker) {
            // keep `deepseek-chat`: the marker must not be the whole tail after the family name
            if r.contains('-') || marker != "-chat" {
                s = r.to_owned();
                break;
            }
        }
    }
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'.' if i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit) => out.push('-'),
            b'_' | b' ' | b':' => out.push('-'),
            _ => out.push(c as char),
        }
    }
    out.trim_matches('-').to_owned()
}

/// `-v1:0`, `-v2`, `:0` at the end.
fn strip_bedrock_version(s: &mut String) {
    if let Some(colon) = s.rfind(':') {
        if s[colon + 1..].bytes().all(|b| b.is_ascii_digit()) && colon + 1 < s.len() {
            s.truncate(colon);
        }
    }
    if let Some(dash) = s.rfind("-v") {
        let tail = &s[dash + 2..];
        if !tail.is_empty() && tail.len() <= 2 && tail.bytes().all(|b| b.is_ascii_digit()) {
            s.truncate(dash);
        }
    }
}

/// `-20250929`, `-2024-08-06`, `-2024-08` at the end.
fn strip_date(s: &mut String) {
    let b = s.as_bytes();
    let n = b.len();
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b[i].is_ascii_digit());
    if n > 9 && b[n - 9] == b'-' && digits(n - 8..n) && (b[n - 8] == b'2') {
        s.truncate(n - 9);
    } else if n > 11 && b[n - 11] == b'-' && b[n - 3] == b'-' && b[n - 6] == b'-' && digits(n - 10..n - 6) && digits(n - 5..n - 3) && digits(n - 2..n) {
        s.truncate(n - 11);
    }
}

/// A slug for publishing: lowercase `a-z 0-9 . _ -`, dashes for anything else.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().to_lowercase().chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches(|c: char| !c.is_ascii_alphanumeric()).to_owned()
}

/// Our id for an upstream provider id with no reviewed mapping: `together_ai` → `together-ai`.
pub fn provider_slug(upstream: &str) -> String {
    slugify(&upstream.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_model_many_spellings() {
        for id in [
            "claude-sonnet-4-5",
            "claude-sonnet-4-5-20250929",
            "anthropic.claude-sonnet-4-5-20250929-v1:0",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "claude-sonnet-4-5@20250929",
            "anthropic/claude-sonnet-4.5",
            "openrouter/anthropic/claude-sonnet-4.5",
            "vertex_ai/claude-sonnet-4-5@20250929",
        ] {
            assert_eq!(model_key(id), "claude-sonnet-4-5", "{id}");
        }
    }

    #[test]
    fn dates_variants_and_markers() {
        assert_eq!(model_key("gpt-4o-2024-08-06"), "gpt-4o");
        assert_eq!(model_key("gpt-4.1"), "gpt-4-1");
        assert_eq!(model_key("gpt-4.1-mini"), "gpt-4-1-mini");
        assert_eq!(model_key("meta-llama/llama-3.3-70b-instruct:free"), "llama-3-3-70b");
        assert_eq!(model_key("meta.llama3-3-70b-instruct-v1:0"), "llama3-3-70b");
        assert_eq!(model_key("google/gemma-3-27b-it"), "gemma-3-27b");
        assert_eq!(model_key("mistral-small-latest"), "mistral-small");
        assert_eq!(model_key("Mistral-Small-3.2-24B-Instruct-2506"), "mistral-small-3-2-24b-instruct-2506");
        assert_eq!(model_key("deepseek-chat"), "deepseek-chat", "a model named chat keeps its name");
        assert_eq!(model_key("gemini-1.5-pro-002"), "gemini-1-5-pro-002", "3-digit revisions are not dates");
        assert_eq!(model_key("qwen/qwen3-30b-a3b"), "qwen3-30b-a3b");
        assert_eq!(model_key("text-embedding-3-small"), "text-embedding-3-small");
        assert_eq!(model_key("gemini-2.0-flash-001"), "gemini-2-0-flash-001");
    }

    #[test]
    fn distinct_models_stay_distinct() {
        assert_ne!(model_key("gpt-4o"), model_key("gpt-4o-mini"));
        assert_ne!(model_key("claude-3-5-sonnet-20240620"), model_key("claude-3-7-sonnet-20250219"));
        assert_ne!(model_key("o3"), model_key("o3-mini"));
        assert_ne!(model_key("llama-3.1-8b-instruct"), model_key("llama-3.1-70b-instruct"));
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Mistral-Small-3.2-24B"), "mistral-small-3.2-24b");
        assert_eq!(slugify("accounts/fireworks/models/x"), "accounts-fireworks-models-x");
        assert_eq!(slugify("~openai/gpt 5"), "openai-gpt-5");
        assert_eq!(provider_slug("together_ai"), "together-ai");
        assert_eq!(provider_slug("vertex_ai-language-models"), "vertex-ai-language-models");
    }
}
