//! Providers: reviewed facts first (data/providers.toml), else what models.dev's
//! provider.toml, LiteLLM's openai_like list or genai-prices (names) states, each with where
//! it came from.

use std::collections::BTreeSet;

use hub_core::{ApiStyle, Offer, Provider};
use serde_json::Value;

use crate::build::Inputs;
use crate::raw::Src;

const MODELSDEV_PROVIDER_URL: &str = "https://github.com/anomalyco/models.dev/tree/dev/providers/";
const LITELLM_OPENAI_LIKE_URL: &str = "https://github.com/BerriAI/litellm/blob/main/litellm/llms/openai_like/providers.json";

/// Stage "providers": every provider that serves at least one published offer.
pub fn build_providers(inp: &Inputs, offers: &[Offer]) -> Vec<Provider> {
    let used: BTreeSet<&str> = offers.iter().map(|o| o.provider.as_str()).collect();
    let openai_like: Option<serde_json::Map<String, Value>> = inp.openai_like.as_deref().and_then(|t| serde_json::from_str(t).ok());
    used.iter().map(|id| build_provider(id, inp, openai_like.as_ref())).collect()
}

pub fn build_provider(id: &str, inp: &Inputs, openai_like: Option<&serde_json::Map<String, Value>>) -> Provider {
    let cur = &inp.curated;
    let c = cur.provider(id).cloned().unwrap_or_default();
    let md_id = inp.modelsdev.providers.keys().find(|k| cur.provider_id(Src::ModelsDev, k) == id);
    let md = md_id.and_then(|k| inp.modelsdev.providers.get(k));
    let like: Option<&Value> = openai_like.and_then(|m| m.iter().find(|(k, _)| cur.provider_id(Src::Litellm, k) == id).map(|(_, v)| v));
    let like_str = |k: &str| like.and_then(|l| l.get(k)).and_then(Value::as_str).map(str::to_owned);
    let clean_url = |u: Option<String>| u.filter(|u| hub_core::links::is_http_url(u) && !u.contains("${"));

    let mut facts_source = c.source.clone();
    let api_style = c.api_style.or_else(|| {
        if md.and_then(|m| m.npm.as_deref()) == Some("@ai-sdk/openai-compatible") {
            facts_source.get_or_insert_with(|| format!("{MODELSDEV_PROVIDER_URL}{}", md_id.unwrap()));
            Some(ApiStyle::OpenaiCompatible)
        } else if like.is_some() {
            facts_source.get_or_insert_with(|| LITELLM_OPENAI_LIKE_URL.to_owned());
            Some(ApiStyle::OpenaiCompatible)
        } else {
            None
        }
    });
    let api_base = clean_url(c.api_base.clone()).or_else(|| clean_url(md.and_then(|m| m.api.clone()))).or_else(|| clean_url(like_str("base_url")));
    if facts_source.is_none() && (api_base.is_some() || md.is_some()) {
        facts_source = md_id.map(|k| format!("{MODELSDEV_PROVIDER_URL}{k}")).or_else(|| like.map(|_| LITELLM_OPENAI_LIKE_URL.to_owned()));
    }
    let name = c.name.clone().or_else(|| md.and_then(|m| m.name.clone())).or_else(|| inp.genai_provider_names.get(id).cloned()).unwrap_or_else(|| title_case(id));
    // The maker whose own API this is, where the name does not say so (data/creators.toml).
    let maker = cur.maker_of(id).filter(|m| !m.eq_ignore_ascii_case(&name)).map(str::to_owned);
    Provider {
        id: id.to_owned(),
        name,
        api_style,
        api_base,
        auth_header: c.auth_header.clone().or_else(|| (api_style == Some(ApiStyle::OpenaiCompatible)).then(|| "Authorization: Bearer".to_owned())),
        env_var: c.env_var.clone().or_else(|| md.and_then(|m| m.env.clone())).or_else(|| like_str("api_key_env")),
        docs_url: clean_url(c.docs_url.clone()).or_else(|| clean_url(md.and_then(|m| m.doc.clone()))),
        facts_source,
        compliance: c.compliance.clone(),
        maker,
    }
}

pub fn title_case(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            // Initialisms stay capitals: `azure-ai` is "Azure AI", `nlp-cloud` "NLP Cloud", `ai21` "AI21".
            let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
            if ["ai", "nlp", "oci", "llm", "api", "gpu"].contains(&letters) || (w.len() <= 3 && !w.bytes().any(|b| b"aeiou".contains(&b))) {
                return w.to_ascii_uppercase();
            }
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::title_case;

    #[test]
    fn initialisms_stay_capitals() {
        assert_eq!(title_case("azure-ai"), "Azure AI");
        assert_eq!(title_case("nlp-cloud"), "NLP Cloud");
        assert_eq!(title_case("clf-ai-gateway"), "CLF AI Gateway");
        assert_eq!(title_case("ai21"), "AI21");
        assert_eq!(title_case("oci"), "OCI");
        assert_eq!(title_case("together_ai"), "Together AI");
        assert_eq!(title_case("baseten"), "Baseten");
    }
}
