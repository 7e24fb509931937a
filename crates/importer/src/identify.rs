//! Identify: what a model is (`kind`), who made it, what it is called, how big
//! it is. Rules here are pure functions of the ids and facts the sources give,
//! plus the reviewed files (`data/kinds.toml`, `data/creators.toml`,
//! `data/parameters.toml`); each is tested.

use hub_core::Kind;

use crate::curated::Curated;
use crate::raw::{params_from_id, RawOffer};

/// The kind of the model with matching key `key` whose offers are `raws`:
/// a reviewed rule first (they fix what the sources get wrong), else what a
/// source says (models.dev image output), else chat. Returns the rule's reason when one decided.
pub fn kind_of<'a>(cur: &'a Curated, key: &str, raws: &[&RawOffer]) -> (Kind, Option<&'a str>) {
    let ids = std::iter::once(key).chain(raws.iter().map(|r| r.provider_model_id.as_str()));
    if let Some(rule) = cur.kind_rule(ids) {
        return (rule.kind, Some(rule.reason.as_str()));
    }
    match raws.iter().find_map(|r| r.facts.kind) {
        Some(k) => (k, None),
        None => (Kind::Chat, None),
    }
}

/// A source's name that is only an id (`Mistral-Small-3.2-24B-Instruct-2506`,
/// `glm-5-3-flash`, `meta-llama/Llama-3.3-70B`) is not a display name.
pub fn is_raw_name(name: &str, ids: &[&str]) -> bool {
    let n = name.trim();
    // An id spelled as a name keeps several separators (`Mistral-Small-3.2-24B-Instruct-2506`);
    // `GPT-4o` is a name that happens to equal its id.
    let separators = n.bytes().filter(|b| matches!(b, b'-' | b'_' | b'/' | b'.')).count();
    n.is_empty()
        || n.contains('/')
        || n.contains('_')
        || (separators >= 3 && ids.iter().any(|id| id.rsplit('/').next().unwrap_or(id).eq_ignore_ascii_case(n)))
        || (!n.contains(' ') && n.contains('-') && !n.bytes().any(|b| b.is_ascii_uppercase()))
}

/// Words whose spelling is not Title Case.
const WORDS: &[(&str, &str)] = &[
    ("gpt", "GPT"), ("glm", "GLM"), ("deepseek", "DeepSeek"), ("qwen", "Qwen"), ("qwq", "QwQ"), ("llama", "Llama"),
    ("oss", "OSS"), ("ai", "AI"), ("vl", "VL"), ("moe", "MoE"), ("minimax", "MiniMax"), ("mimo", "MiMo"), ("ui", "UI"),
    ("tts", "TTS"), ("ocr", "OCR"), ("r1", "R1"), ("v3", "V3"), ("lfm", "LFM"), ("api", "API"), ("xl", "XL"),
];

/// A readable name from a model's matching key, for models no source names:
/// `agnes2.5-pro` → `Agnes 2.5 Pro`, `qwen3-32b` → `Qwen3 32B`, `glm5.3-flash` → `GLM 5.3 Flash`.
pub fn pretty_name(key: &str) -> String {
    key.split('-')
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t.starts_with(|c: char| c.is_ascii_digit()) || (t.starts_with('a') && t[1..].starts_with(|c: char| c.is_ascii_digit())) {
                // sizes and versions: `24b` → `24B`, `a3b` → `A3B`, `3.5` stays
                return if t.ends_with('b') || t.ends_with('k') || t.ends_with('m') { t.to_ascii_uppercase() } else { t.to_owned() };
            }
            // `glm5.3` → `GLM 5.3` (a dotted version gets a space); `qwen3` stays one word.
            let split = t.find(|c: char| c.is_ascii_digit());
            let (word, ver) = match split {
                Some(i) if t[i..].contains('.') => (&t[..i], Some(&t[i..])),
                _ => (t, None),
            };
            let (alpha, digits) = match word.find(|c: char| c.is_ascii_digit()) {
                Some(i) => (&word[..i], &word[i..]),
                None => (word, ""),
            };
            let cased = WORDS.iter().find(|(w, _)| *w == alpha).map(|(_, c)| (*c).to_owned()).unwrap_or_else(|| {
                let mut c = alpha.chars();
                c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
            });
            match ver {
                Some(v) => format!("{cased}{digits} {v}"),
                None => format!("{cased}{digits}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parameter counts: reviewed figures first; else the source's count unless the
/// size in the model's name disagrees by 5× or more (then the name wins and the
/// fix is reported); else the name's size. Returns (total, active, where from, fix note).
pub fn parameters(cur: &Curated, key: &str, slug: &str, source_count: Option<f64>) -> (Option<f64>, Option<f64>, Option<String>, Option<String>) {
    if let Some(r) = cur.params_for_key(key) {
        return (Some(r.params_b), r.active_params_b, Some(r.source.clone()), None);
    }
    let named = params_from_id(slug).or_else(|| params_from_id(key));
    match (source_count, named) {
        (Some(p), Some((n, active))) if p / n >= 5.0 || n / p >= 5.0 => {
            (Some(n), active, Some("model id".into()), Some(format!("{slug}: source says {p}B, name says {n}B; the name wins")))
        }
        (Some(p), named) => (Some(p), named.and_then(|(_, a)| a), Some("llm-stats".into()), None),
        (None, Some((n, a))) => (Some(n), a, Some("model id".into()), None),
        (None, None) => (None, None, None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_names() {
        assert!(is_raw_name("Mistral-Small-3.2-24B-Instruct-2506", &["mistralai/Mistral-Small-3.2-24B-Instruct-2506"]));
        assert!(is_raw_name("glm-5-3-flash", &[]));
        assert!(is_raw_name("meta-llama/Llama-3.3-70B", &[]));
        assert!(!is_raw_name("GPT-4o", &["gpt-4o-2024-08-06"]));
        assert!(!is_raw_name("GPT-4o", &["gpt-4o"]), "a name that equals its id is still a name");
        assert!(!is_raw_name("GPT-5.4", &["gpt-5.4"]));
        assert!(!is_raw_name("Mistral Small 3.2 24B", &[]));
    }

    #[test]
    fn pretty_names() {
        assert_eq!(pretty_name("agnes2.5-pro"), "Agnes 2.5 Pro");
        assert_eq!(pretty_name("qwen3-32b"), "Qwen3 32B");
        assert_eq!(pretty_name("glm5.3-flash"), "GLM 5.3 Flash");
        assert_eq!(pretty_name("qwen3-30b-a3b"), "Qwen3 30B A3B");
        assert_eq!(pretty_name("gpt-oss-120b"), "GPT OSS 120B");
    }
}
