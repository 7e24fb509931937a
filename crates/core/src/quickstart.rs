//! Quickstart snippets that call a model through its provider's API style,
//! in curl, Python and JavaScript, with the provider's base URL, the offer's
//! model id and the provider's API-key variable.

use crate::catalog::{ApiStyle, Provider};
use crate::Catalog;

/// A snippet language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Curl,
    Python,
    JavaScript,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Curl, Lang::Python, Lang::JavaScript];
    pub fn label(self) -> &'static str {
        match self {
            Self::Curl => "curl",
            Self::Python => "Python",
            Self::JavaScript => "JavaScript",
        }
    }
    /// The SDK a snippet needs, if any (`pip install …` / `npm install …`).
    pub fn install(self, style: ApiStyle) -> Option<&'static str> {
        use ApiStyle::*;
        match (self, style) {
            (Self::Curl, _) => None,
            (Self::Python, OpenaiCompatible | Azure) => Some("pip install openai"),
            (Self::Python, Anthropic) => Some("pip install anthropic"),
            (Self::Python, Gemini) => Some("pip install google-genai"),
            (Self::Python, Cohere) => Some("pip install cohere"),
            (Self::Python, Bedrock) => Some("pip install boto3"),
            (Self::JavaScript, OpenaiCompatible | Azure) => Some("npm install openai"),
            (Self::JavaScript, Anthropic) => Some("npm install @anthropic-ai/sdk"),
            (Self::JavaScript, Gemini) => Some("npm install @google/genai"),
            (Self::JavaScript, Cohere) => Some("npm install cohere-ai"),
            (Self::JavaScript, Bedrock) => Some("npm install @aws-sdk/client-bedrock-runtime"),
            _ => None,
        }
    }
}

/// A JSON string literal (also valid Python and JavaScript).
fn lit(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// `s` inside a single-quoted shell string.
fn sh(s: &str) -> String {
    s.replace('\'', "'\\''")
}

/// An environment variable name as written in code (letters, digits, `_` only).
fn env_name(v: &str) -> Option<&str> {
    (!v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')).then_some(v)
}

/// Why no snippet can be written for `p`, or `None` if one can.
pub fn unsupported_reason(p: &Provider) -> Option<&'static str> {
    match p.api_style {
        None => Some("This provider's API style is not known to the catalog yet."),
        Some(ApiStyle::Vertex) => Some("Vertex AI needs a Google Cloud project, region and per-publisher endpoint; follow the provider's docs."),
        Some(ApiStyle::Other) => Some("This provider has its own API; follow the provider's docs."),
        Some(ApiStyle::OpenaiCompatible | ApiStyle::Anthropic | ApiStyle::Gemini | ApiStyle::Cohere) if p.api_base.is_none() => {
            Some("The catalog does not know this provider's API base URL yet.")
        }
        Some(_) if p.env_var.as_deref().and_then(env_name).is_none() => Some("The catalog does not know this provider's API-key variable yet."),
        Some(_) => None,
    }
}

/// A snippet calling `model_id` at provider `p` in `lang`; `None` when the
/// style has no snippet (see [`unsupported_reason`]).
pub fn snippet(p: &Provider, model_id: &str, lang: Lang) -> Option<String> {
    if unsupported_reason(p).is_some() {
        return None;
    }
    let style = p.api_style?;
    let env = env_name(p.env_var.as_deref()?)?;
    let base = p.api_base.as_deref().unwrap_or("").trim_end_matches('/');
    let id = lit(model_id);
    let hello = "Hello!";
    Some(match (style, lang) {
        (ApiStyle::OpenaiCompatible, Lang::Curl) => format!(
            "curl {base}/chat/completions \\\n  -H \"Authorization: Bearer ${env}\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{{\"model\": {}, \"messages\": [{{\"role\": \"user\", \"content\": \"{hello}\"}}]}}'",
            sh(&id)
        ),
        (ApiStyle::OpenaiCompatible, Lang::Python) => format!(
            "import os\nfrom openai import OpenAI\n\nclient = OpenAI(base_url={}, api_key=os.environ[{}])\nresponse = client.chat.completions.create(\n    model={id},\n    messages=[{{\"role\": \"user\", \"content\": \"{hello}\"}}],\n)\nprint(response.choices[0].message.content)",
            lit(base), lit(env)
        ),
        (ApiStyle::OpenaiCompatible, Lang::JavaScript) => format!(
            "import OpenAI from \"openai\";\n\nconst client = new OpenAI({{ baseURL: {}, apiKey: process.env.{env} }});\nconst response = await client.chat.completions.create({{\n  model: {id},\n  messages: [{{ role: \"user\", content: \"{hello}\" }}],\n}});\nconsole.log(response.choices[0].message.content);",
            lit(base)
        ),
        (ApiStyle::Azure, Lang::Curl) => format!(
            "# Azure OpenAI v1 API: use your resource name, and your deployment's name as the model.\ncurl https://YOUR-RESOURCE.openai.azure.com/openai/v1/chat/completions \\\n  -H \"api-key: ${env}\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{{\"model\": {}, \"messages\": [{{\"role\": \"user\", \"content\": \"{hello}\"}}]}}'",
            sh(&id)
        ),
        (ApiStyle::Azure, Lang::Python) => format!(
            "# Azure OpenAI v1 API: use your resource name, and your deployment's name as the model.\nimport os\nfrom openai import OpenAI\n\nclient = OpenAI(base_url=\"https://YOUR-RESOURCE.openai.azure.com/openai/v1/\", api_key=os.environ[{}])\nresponse = client.chat.completions.create(\n    model={id},\n    messages=[{{\"role\": \"user\", \"content\": \"{hello}\"}}],\n)\nprint(response.choices[0].message.content)",
            lit(env)
        ),
        (ApiStyle::Azure, Lang::JavaScript) => format!(
            "// Azure OpenAI v1 API: use your resource name, and your deployment's name as the model.\nimport OpenAI from \"openai\";\n\nconst client = new OpenAI({{ baseURL: \"https://YOUR-RESOURCE.openai.azure.com/openai/v1/\", apiKey: process.env.{env} }});\nconst response = await client.chat.completions.create({{\n  model: {id},\n  messages: [{{ role: \"user\", content: \"{hello}\" }}],\n}});\nconsole.log(response.choices[0].message.content);"
        ),
        (ApiStyle::Anthropic, Lang::Curl) => format!(
            "curl {base}/messages \\\n  -H \"x-api-key: ${env}\" \\\n  -H \"anthropic-version: 2023-06-01\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{{\"model\": {}, \"max_tokens\": 1024, \"messages\": [{{\"role\": \"user\", \"content\": \"{hello}\"}}]}}'",
            sh(&id)
        ),
        (ApiStyle::Anthropic, Lang::Python) => format!(
            "import os\nimport anthropic\n\nclient = anthropic.Anthropic(api_key=os.environ[{}])\nmessage = client.messages.create(\n    model={id},\n    max_tokens=1024,\n    messages=[{{\"role\": \"user\", \"content\": \"{hello}\"}}],\n)\nprint(message.content[0].text)",
            lit(env)
        ),
        (ApiStyle::Anthropic, Lang::JavaScript) => format!(
            "import Anthropic from \"@anthropic-ai/sdk\";\n\nconst client = new Anthropic({{ apiKey: process.env.{env} }});\nconst message = await client.messages.create({{\n  model: {id},\n  max_tokens: 1024,\n  messages: [{{ role: \"user\", content: \"{hello}\" }}],\n}});\nconsole.log(message.content[0].text);"
        ),
        (ApiStyle::Gemini, Lang::Curl) => format!(
            "curl '{}/models/{}:generateContent' \\\n  -H \"x-goog-api-key: ${env}\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{{\"contents\": [{{\"parts\": [{{\"text\": \"{hello}\"}}]}}]}}'",
            sh(base),
            sh(model_id)
        ),
        (ApiStyle::Gemini, Lang::Python) => format!(
            "import os\nfrom google import genai\n\nclient = genai.Client(api_key=os.environ[{}])\nresponse = client.models.generate_content(model={id}, contents=\"{hello}\")\nprint(response.text)",
            lit(env)
        ),
        (ApiStyle::Gemini, Lang::JavaScript) => format!(
            "import {{ GoogleGenAI }} from \"@google/genai\";\n\nconst ai = new GoogleGenAI({{ apiKey: process.env.{env} }});\nconst response = await ai.models.generateContent({{ model: {id}, contents: \"{hello}\" }});\nconsole.log(response.text);"
        ),
        (ApiStyle::Cohere, Lang::Curl) => format!(
            "curl {base}/chat \\\n  -H \"Authorization: Bearer ${env}\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{{\"model\": {}, \"messages\": [{{\"role\": \"user\", \"content\": \"{hello}\"}}]}}'",
            sh(&id)
        ),
        (ApiStyle::Cohere, Lang::Python) => format!(
            "import os\nimport cohere\n\nco = cohere.ClientV2(api_key=os.environ[{}])\nresponse = co.chat(model={id}, messages=[{{\"role\": \"user\", \"content\": \"{hello}\"}}])\nprint(response.message.content[0].text)",
            lit(env)
        ),
        (ApiStyle::Cohere, Lang::JavaScript) => format!(
            "import {{ CohereClientV2 }} from \"cohere-ai\";\n\nconst cohere = new CohereClientV2({{ token: process.env.{env} }});\nconst response = await cohere.chat({{ model: {id}, messages: [{{ role: \"user\", content: \"{hello}\" }}] }});\nconsole.log(response.message.content[0].text);"
        ),
        (ApiStyle::Bedrock, Lang::Curl) => format!(
            "# Bedrock Converse API, signed with your AWS keys (curl 7.75+).\ncurl \"https://bedrock-runtime.${{AWS_REGION:-us-east-1}}.amazonaws.com/model/{}/converse\" \\\n  --aws-sigv4 \"aws:amz:${{AWS_REGION:-us-east-1}}:bedrock\" \\\n  --user \"${env}:$AWS_SECRET_ACCESS_KEY\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{{\"messages\": [{{\"role\": \"user\", \"content\": [{{\"text\": \"{hello}\"}}]}}]}}'",
            model_id.replace('"', "%22")
        ),
        (ApiStyle::Bedrock, Lang::Python) => format!(
            "# Credentials and region come from the AWS environment ({env}, AWS_SECRET_ACCESS_KEY, AWS_REGION).\nimport boto3\n\nclient = boto3.client(\"bedrock-runtime\")\nresponse = client.converse(\n    modelId={id},\n    messages=[{{\"role\": \"user\", \"content\": [{{\"text\": \"{hello}\"}}]}}],\n)\nprint(response[\"output\"][\"message\"][\"content\"][0][\"text\"])"
        ),
        (ApiStyle::Bedrock, Lang::JavaScript) => format!(
            "// Credentials and region come from the AWS environment ({env}, AWS_SECRET_ACCESS_KEY, AWS_REGION).\nimport {{ BedrockRuntimeClient, ConverseCommand }} from \"@aws-sdk/client-bedrock-runtime\";\n\nconst client = new BedrockRuntimeClient({{}});\nconst response = await client.send(new ConverseCommand({{\n  modelId: {id},\n  messages: [{{ role: \"user\", content: [{{ text: \"{hello}\" }}] }}],\n}}));\nconsole.log(response.output.message.content[0].text);"
        ),
        (ApiStyle::Vertex | ApiStyle::Other, _) => return None,
    })
}

/// The provider picker's label for each offer of the model at `model_index`, in the order of
/// [`Catalog::offer_indices_of`]: the provider's name and API style and, where the provider has
/// several offers of the model (regions, routes, tiers), the model id that tells them apart.
pub fn provider_labels(catalog: &Catalog, model_index: usize) -> Vec<String> {
    catalog
        .offer_indices_of(model_index)
        .iter()
        .map(|&k| {
            let o = &catalog.offers()[k];
            let p = catalog.provider(&o.provider);
            let mut label = p.map_or(o.provider.clone(), |p| p.name.clone());
            if let Some(style) = p.and_then(|p| p.api_style) {
                label = format!("{label} ({})", style.label());
            }
            if catalog.has_several_offers(model_index, &o.provider) {
                label = format!("{label} · {}", o.provider_model_id);
            }
            label
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(style: ApiStyle, base: Option<&str>, env: &str) -> Provider {
        serde_json::from_value(serde_json::json!({"id": "p", "name": "P", "api_style": style, "api_base": base, "env_var": env})).unwrap()
    }

    #[test]
    fn openai_compatible_uses_base_id_and_key() {
        let p = provider(ApiStyle::OpenaiCompatible, Some("https://api.mistral.ai/v1/"), "MISTRAL_API_KEY");
        let curl = snippet(&p, "mistral-small-2506", Lang::Curl).unwrap();
        assert!(curl.starts_with("curl https://api.mistral.ai/v1/chat/completions \\\n"), "{curl}");
        assert!(curl.contains("-H \"Authorization: Bearer $MISTRAL_API_KEY\""));
        assert!(curl.contains(r#""model": "mistral-small-2506""#));
        let py = snippet(&p, "mistral-small-2506", Lang::Python).unwrap();
        assert!(py.contains(r#"OpenAI(base_url="https://api.mistral.ai/v1", api_key=os.environ["MISTRAL_API_KEY"])"#), "{py}");
        let js = snippet(&p, "mistral-small-2506", Lang::JavaScript).unwrap();
        assert!(js.contains(r#"baseURL: "https://api.mistral.ai/v1", apiKey: process.env.MISTRAL_API_KEY"#), "{js}");
        assert!(js.contains(r#"model: "mistral-small-2506""#));
    }

    #[test]
    fn each_style_has_its_endpoint() {
        let cases = [
            (ApiStyle::Anthropic, Some("https://api.anthropic.com/v1"), "ANTHROPIC_API_KEY", "https://api.anthropic.com/v1/messages"),
            (ApiStyle::Gemini, Some("https://generativelanguage.googleapis.com/v1beta"), "GEMINI_API_KEY", "/models/gemini-2.5-flash:generateContent"),
            (ApiStyle::Cohere, Some("https://api.cohere.com/v2"), "COHERE_API_KEY", "https://api.cohere.com/v2/chat"),
            (ApiStyle::Bedrock, None, "AWS_ACCESS_KEY_ID", "amazonaws.com/model/gemini-2.5-flash/converse"),
            (ApiStyle::Azure, None, "AZURE_OPENAI_API_KEY", "openai.azure.com/openai/v1/chat/completions"),
        ];
        for (style, base, env, endpoint) in cases {
            let p = provider(style, base, env);
            let curl = snippet(&p, "gemini-2.5-flash", Lang::Curl).unwrap();
            assert!(curl.contains(endpoint), "{style:?}: {curl}");
            assert!(curl.contains(&format!("${env}")), "{style:?} key in curl");
            for lang in [Lang::Python, Lang::JavaScript] {
                let s = snippet(&p, "gemini-2.5-flash", lang).unwrap();
                assert!(s.contains("\"gemini-2.5-flash\""), "{style:?} {lang:?}: {s}");
                assert!(s.contains(env), "{style:?} {lang:?} key");
                assert!(lang.install(style).is_some());
            }
        }
    }

    #[test]
    fn a_providers_several_offers_are_told_apart() {
        let c = crate::parse_catalog(
            r#"{"schema_version": 2, "generated_at": "2026-11-30", "sources": [],
            "providers": [{"id": "bedrock", "name": "Amazon Bedrock", "api_style": "bedrock"}, {"id": "anthropic", "name": "Anthropic"}],
            "models": [{"id": "m", "name": "M", "creator": "C"}],
            "offers": [
                {"model": "m", "provider": "anthropic", "provider_model_id": "m-1", "as_of": "2026-11-30", "source": "s"},
                {"model": "m", "provider": "bedrock", "provider_model_id": "m-1", "as_of": "2026-11-30", "source": "s"},
                {"model": "m", "provider": "bedrock", "provider_model_id": "eu.m-1", "region": "eu", "as_of": "2026-11-30", "source": "s"},
                {"model": "m", "provider": "bedrock", "provider_model_id": "m-1-flex", "service_tier": "flex", "as_of": "2026-11-30", "source": "s"}
            ]}"#,
        )
        .unwrap();
        assert_eq!(provider_labels(&c, 0), ["Anthropic", "Amazon Bedrock (AWS Bedrock) · m-1", "Amazon Bedrock (AWS Bedrock) · eu.m-1", "Amazon Bedrock (AWS Bedrock) · m-1-flex"]);
        assert!(c.has_several_offers(0, "bedrock") && !c.has_several_offers(0, "anthropic"), "one offer: the provider alone");
    }

    #[test]
    fn unknown_styles_and_odd_ids() {
        assert!(snippet(&provider(ApiStyle::Vertex, None, "X"), "m", Lang::Curl).is_none());
        assert!(unsupported_reason(&provider(ApiStyle::Vertex, None, "X")).is_some());
        assert!(snippet(&provider(ApiStyle::OpenaiCompatible, None, "KEY"), "m", Lang::Curl).is_none(), "no base URL");
        assert!(snippet(&provider(ApiStyle::OpenaiCompatible, Some("https://x/v1"), "BAD KEY"), "m", Lang::Curl).is_none());
        let p = provider(ApiStyle::OpenaiCompatible, Some("https://x/v1"), "KEY");
        let curl = snippet(&p, "it's \"odd\"", Lang::Curl).unwrap();
        assert!(curl.contains(r#""model": "it'\''s \"odd\"""#), "quotes escaped for JSON and shell: {curl}");
    }
}
