//! Types of the published `catalog.json` (schema version [`SCHEMA_VERSION`]).
//!
//! The file is a public interface: other sites read it, and its JSON Schema
//! (`catalog.schema.json`) is generated from these types. Every optional figure
//! is `None` when no source carries it — unknown is never written as `0`.
//!
//! Units: prices are US dollars per 1M tokens unless a field says otherwise;
//! token counts are plain integers; dates are `YYYY-MM-DD` (UTC).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Version of the catalog's shape. Bump on any breaking change.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole published file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CatalogFile {
    /// Shape version; readers must refuse a version they do not know.
    pub schema_version: u32,
    /// When the importer wrote the file (RFC 3339, UTC).
    pub generated_at: String,
    /// Upstream data sources, referenced by id from offers and models.
    #[serde(default)]
    pub sources: Vec<SourceInfo>,
    /// API providers (companies or platforms that serve models).
    pub providers: Vec<Provider>,
    /// Models, independent of who serves them.
    pub models: Vec<Model>,
    /// A model served by a provider, with its prices.
    pub offers: Vec<Offer>,
}

/// One upstream data source and its licence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SourceInfo {
    /// Short id used in `Offer::source` and field sources, e.g. `litellm`.
    pub id: String,
    /// Human name, e.g. `LiteLLM model prices`.
    pub name: String,
    /// Where the data comes from (http(s)).
    pub url: String,
    /// Licence of the data, e.g. `MIT`, `CC BY 4.0`.
    pub license: String,
    /// Date of the newest data in the snapshot used.
    pub as_of: String,
}

/// How a provider's API is called; decides the quickstart snippet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApiStyle {
    /// `POST {base}/chat/completions` with a Bearer key.
    OpenaiCompatible,
    /// Anthropic Messages API (`x-api-key`, `anthropic-version`).
    Anthropic,
    /// Google Gemini API (`generateContent`, `x-goog-api-key`).
    Gemini,
    /// AWS Bedrock (SigV4-signed; no plain API key).
    Bedrock,
    /// Google Vertex AI (OAuth access token, project and region in the URL).
    Vertex,
    /// Azure OpenAI (`api-key` header, deployment in the URL).
    Azure,
    /// Cohere v2 chat API.
    Cohere,
    /// Known to differ from all of the above.
    Other,
}

impl ApiStyle {
    pub fn label(self) -> &'static str {
        match self {
            Self::OpenaiCompatible => "OpenAI-compatible",
            Self::Anthropic => "Anthropic",
            Self::Gemini => "Gemini",
            Self::Bedrock => "AWS Bedrock",
            Self::Vertex => "Vertex AI",
            Self::Azure => "Azure OpenAI",
            Self::Cohere => "Cohere",
            Self::Other => "own API",
        }
    }
}

/// A yes / no / unknown answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

/// A compliance or data-policy claim about a provider, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ComplianceClaim {
    /// What is claimed, e.g. `soc2_type2`, `hipaa_baa`, `eu_residency`.
    pub claim: String,
    /// The answer; `unknown` when no source confirms either way.
    pub value: Tri,
    /// Page that states it (required for yes/no).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Date the source was checked (required for yes/no).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<String>,
    /// A qualification in plain words, e.g. `for qualifying organisations, on request`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An API provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Provider {
    /// Slug, unique in the catalog, e.g. `mistral`.
    pub id: String,
    /// Display name, e.g. `Mistral`.
    pub name: String,
    /// API style, or `None` when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_style: Option<ApiStyle>,
    /// Base URL of the API, e.g. `https://api.mistral.ai/v1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_base: Option<String>,
    /// Auth header as sent, e.g. `Authorization: Bearer`, `x-api-key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_header: Option<String>,
    /// Environment variable that conventionally holds the key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_var: Option<String>,
    /// API documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs_url: Option<String>,
    /// Where the facts above were taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts_source: Option<String>,
    /// Compliance and data-policy claims; absent claims are unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compliance: Vec<ComplianceClaim>,
    /// The model maker whose own API this is, where the provider's name is not the maker's
    /// (`Google (Gemini API)` is Google's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maker: Option<String>,
}

/// A kind of content a model reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Text,
    Image,
    Audio,
    Video,
    Pdf,
}

impl Modality {
    pub const ALL: [Modality; 5] = [Self::Text, Self::Image, Self::Audio, Self::Video, Self::Pdf];
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Image => "image",
            Self::Audio => "audio",
            Self::Video => "video",
            Self::Pdf => "PDF",
        }
    }
}

/// Something a model can do, beyond plain text in and out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Capability {
    Vision,
    Tools,
    JsonMode,
    StructuredOutputs,
    Reasoning,
    PromptCaching,
    PdfInput,
    AudioInput,
    WebSearch,
}

impl Capability {
    pub const ALL: [Capability; 9] =
        [Self::Vision, Self::Tools, Self::JsonMode, Self::StructuredOutputs, Self::Reasoning, Self::PromptCaching, Self::PdfInput, Self::AudioInput, Self::WebSearch];
    /// Short label for badges.
    pub fn label(self) -> &'static str {
        match self {
            Self::Vision => "Vision",
            Self::Tools => "Tools",
            Self::JsonMode => "JSON mode",
            Self::StructuredOutputs => "Structured outputs",
            Self::Reasoning => "Reasoning",
            Self::PromptCaching => "Prompt caching",
            Self::PdfInput => "PDF input",
            Self::AudioInput => "Audio input",
            Self::WebSearch => "Web search",
        }
    }
    /// The snake_case id used in the catalog and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Self::Vision => "vision",
            Self::Tools => "tools",
            Self::JsonMode => "json_mode",
            Self::StructuredOutputs => "structured_outputs",
            Self::Reasoning => "reasoning",
            Self::PromptCaching => "prompt_caching",
            Self::PdfInput => "pdf_input",
            Self::AudioInput => "audio_input",
            Self::WebSearch => "web_search",
        }
    }
}

/// What a model is for. Rankings, "cheapest" and best-for consider chat models
/// unless the reader widens them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Text generation, including reasoning and vision-language models.
    #[default]
    Chat,
    Embedding,
    Rerank,
    ImageGeneration,
    SpeechToText,
    TextToSpeech,
    /// Moderation and safety guard models.
    Moderation,
    Classifier,
    /// Routers and "auto" placeholders that pick a model per request.
    Router,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 10] =
        [Self::Chat, Self::Embedding, Self::Rerank, Self::ImageGeneration, Self::SpeechToText, Self::TextToSpeech, Self::Moderation, Self::Classifier, Self::Router, Self::Other];
    /// The snake_case id used in the catalog and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Self::Chat => "chat",
            Self::Embedding => "embedding",
            Self::Rerank => "rerank",
            Self::ImageGeneration => "image_generation",
            Self::SpeechToText => "speech_to_text",
            Self::TextToSpeech => "text_to_speech",
            Self::Moderation => "moderation",
            Self::Classifier => "classifier",
            Self::Router => "router",
            Self::Other => "other",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Chat => "Chat / text generation",
            Self::Embedding => "Embedding",
            Self::Rerank => "Reranking",
            Self::ImageGeneration => "Image generation",
            Self::SpeechToText => "Speech to text",
            Self::TextToSpeech => "Text to speech",
            Self::Moderation => "Moderation / guard",
            Self::Classifier => "Classifier",
            Self::Router => "Router",
            Self::Other => "Other",
        }
    }
    pub fn from_id(s: &str) -> Option<Kind> {
        Self::ALL.into_iter().find(|k| k.id() == s)
    }
    /// Whether the model reads tokens and returns no generated ones (vectors, scores, labels):
    /// hosts price it by input alone, and its input price is what its offers compare by.
    pub fn priced_by_input(self) -> bool {
        matches!(self, Self::Embedding | Self::Rerank | Self::Classifier)
    }
}

fn is_chat(k: &Kind) -> bool {
    *k == Kind::Chat
}

/// The unit of a price that is not per 1M tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PriceUnit {
    Image,
    AudioMinute,
    Second,
    Request,
    MillionCharacters,
}

impl PriceUnit {
    pub fn label(self) -> &'static str {
        match self {
            Self::Image => "per image",
            Self::AudioMinute => "per audio minute",
            Self::Second => "per second",
            Self::Request => "per request",
            Self::MillionCharacters => "per 1M characters",
        }
    }
}

/// A price in a unit other than tokens; never used as a per-token price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnitPrice {
    /// What is billed: `input` or `output`.
    pub what: String,
    pub unit: PriceUnit,
    /// In the offer's currency.
    pub price: f64,
}

/// A benchmark score of a model, with where it was published and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Benchmark {
    /// Benchmark name as published, e.g. `SWE-Bench Pro`.
    pub name: String,
    pub score: f64,
    /// What the score measures, e.g. `percent resolved`, `index`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
    /// Page that publishes the score (http(s)).
    pub source: String,
    /// Date of the score (`YYYY-MM-DD`); absent where the source gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// How the source ran it, where it says: the agent harness and the variant (an effort
    /// level), e.g. `Claude Code · medium`. One model's scores on one benchmark differ by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup: Option<String>,
}

impl Benchmark {
    /// Whether two scores are of one run: the same benchmark under the same setup. Scores that
    /// differ only in setup are several runs of one benchmark, all kept.
    pub fn same_run(&self, other: &Benchmark) -> bool {
        self.name == other.name && self.setup == other.setup
    }
}

/// A model, independent of who serves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Model {
    /// Slug, unique in the catalog, e.g. `mistral-small-3.2-24b`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What the model is for; absent means `chat`.
    #[serde(default, skip_serializing_if = "is_chat")]
    pub kind: Kind,
    /// Other slugs this model was published under, or that name it; their URLs show this model.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Who made it (display name), e.g. `Mistral`.
    pub creator: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knowledge_cutoff: Option<String>,
    /// Total context window in tokens (input + output), as the creator states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<u64>,
    /// Maximum output tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_output: Option<u64>,
    /// Maximum input (prompt) tokens where the creator limits input below the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_input: Option<u64>,
    /// Date (`YYYY-MM-DD`) by which every offer of the model was retired; absent while any is current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired: Option<String>,
    /// Model slug a source names as the successor of this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<String>,
    /// What the model reads; absent means text only.
    #[serde(default = "text_only", skip_serializing_if = "is_text_only")]
    pub input: Vec<Modality>,
    /// What the model writes; absent means text only.
    #[serde(default = "text_only", skip_serializing_if = "is_text_only")]
    pub output: Vec<Modality>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<Capability>,
    /// Whether the weights are openly published; `None` when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_weights: Option<bool>,
    /// Licence name (SPDX id where one exists), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Where the weights are published (http(s)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weights_url: Option<String>,
    /// Total parameters, in billions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params_b: Option<f64>,
    /// Active parameters per token for mixture-of-experts models, in billions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_params_b: Option<f64>,
    /// Which source each model fact came from: field name → source id, a reviewed
    /// file's URL, "model id", or "listings" (a context most providers' listings agree on).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub field_sources: BTreeMap<String, String>,
    /// Published benchmark scores, each with its source and date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benchmarks: Vec<Benchmark>,
}

/// Prices of an offer. USD per 1M tokens unless stated; `None` = not offered or unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Prices {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<f64>,
    /// Cached input, read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_read: Option<f64>,
    /// Cached input, write (cache creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_write: Option<f64>,
    /// Reasoning tokens, where priced apart from output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<f64>,
    /// Batch API input price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_input: Option<f64>,
    /// Batch API output price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_output: Option<f64>,
    /// Per input image (not per token).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<f64>,
    /// Output image tokens, per 1M (image-generating models bill them apart from text output).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_output: Option<f64>,
    /// Flex processing (slower, cheaper) input and output prices, where offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flex_input: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flex_output: Option<f64>,
    /// Priority processing (faster, dearer) input and output prices, where offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_input: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_output: Option<f64>,
}

impl Prices {
    /// Every price with its field name, in schema order: one list for validation, the zero
    /// rule and the importer's merge.
    pub fn fields(&self) -> [(&'static str, Option<f64>); 13] {
        [
            ("input", self.input),
            ("output", self.output),
            ("cache_read", self.cache_read),
            ("cache_write", self.cache_write),
            ("reasoning", self.reasoning),
            ("batch_input", self.batch_input),
            ("batch_output", self.batch_output),
            ("image", self.image),
            ("image_output", self.image_output),
            ("flex_input", self.flex_input),
            ("flex_output", self.flex_output),
            ("priority_input", self.priority_input),
            ("priority_output", self.priority_output),
        ]
    }

    /// [`Prices::fields`], to set.
    pub fn fields_mut(&mut self) -> [(&'static str, &mut Option<f64>); 13] {
        [
            ("input", &mut self.input),
            ("output", &mut self.output),
            ("cache_read", &mut self.cache_read),
            ("cache_write", &mut self.cache_write),
            ("reasoning", &mut self.reasoning),
            ("batch_input", &mut self.batch_input),
            ("batch_output", &mut self.batch_output),
            ("image", &mut self.image),
            ("image_output", &mut self.image_output),
            ("flex_input", &mut self.flex_input),
            ("flex_output", &mut self.flex_output),
            ("priority_input", &mut self.priority_input),
            ("priority_output", &mut self.priority_output),
        ]
    }
}

/// Prices for one window of the day (UTC) that differ from the offer's `prices`, which hold for
/// the most hours (DeepSeek's peak and off-peak hours).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HoursPrice {
    /// Start, `HH:MM` UTC, inclusive.
    pub from: String,
    /// End, `HH:MM` UTC, exclusive; earlier than `from` when the window crosses midnight.
    pub to: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_read: Option<f64>,
    /// The window holds Monday to Friday only; at weekends the offer's `prices` hold all day
    /// (DeepSeek's peak hours since August 2026).
    #[serde(default, skip_serializing_if = "is_false")]
    pub weekdays: bool,
}

impl HoursPrice {
    /// `16:30–00:30 UTC`, or `01:00–04:00 UTC Mon–Fri` for a weekday window.
    pub fn label(&self) -> String {
        format!("{}–{} UTC{}", self.from, self.to, if self.weekdays { " Mon–Fri" } else { "" })
    }
}

/// Prices that apply to a whole request once its prompt exceeds `above` tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PriceTier {
    /// Prompt size (tokens) above which the tier applies.
    pub above: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_read: Option<f64>,
}

/// One dated price observation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PricePoint {
    /// First date the price was seen (`YYYY-MM-DD`).
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<f64>,
    /// Source id of the observation.
    pub source: String,
    /// This is the price that was in effect *until* `date`, since a date the source does not give
    /// (genai-prices records a change as the old and the new price and the day it took effect).
    #[serde(default, skip_serializing_if = "is_false")]
    pub until: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Sources disagreeing on one figure. Kept, never resolved silently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Conflict {
    /// Which figure, e.g. `input`, `output`, `context`.
    pub field: String,
    /// Each source's value: source id → value.
    pub values: BTreeMap<String, f64>,
}

/// A model served by a provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Offer {
    /// `Model::id`.
    pub model: String,
    /// `Provider::id`.
    pub provider: String,
    /// The id to send in API calls at this provider.
    pub provider_model_id: String,
    /// Other ids that name this same endpoint (other casing, a dated snapshot id and its alias).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Region the price applies to where the provider prices by region (`us`, `eu`, `global`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Total context window (input + output) at this provider; absent when it equals the model's
    /// `context` (readers fall back to the model's figure, see `Offer::context_or`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<u64>,
    /// Maximum input (prompt) tokens at this provider, where stated apart from the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_input: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_output: Option<u64>,
    /// Per-1M-token prices, in `currency`. A `0` appears only on a free tier (`service_tier = "free"`).
    #[serde(default)]
    pub prices: Prices,
    /// Prices in other units (per image, per audio minute, …), in `currency`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_prices: Vec<UnitPrice>,
    /// Long-context tiers, ascending by `above`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<PriceTier>,
    /// Hours of the day priced apart from `prices` (peak or off-peak), by start time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<HoursPrice>,
    /// ISO 4217 currency of every price (omitted when USD), e.g. `EUR`.
    #[serde(default = "usd", skip_serializing_if = "is_usd")]
    pub currency: String,
    /// Service tier, e.g. `standard` (omitted when standard), `free`, or [`PLAN_TIER`].
    #[serde(default = "standard", skip_serializing_if = "is_standard")]
    pub service_tier: String,
    /// Date of the newest source figure used (`YYYY-MM-DD`).
    pub as_of: String,
    /// Source id that most figures came from.
    pub source: String,
    /// Figures that came from another source than `source`: field → source id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub field_sources: BTreeMap<String, String>,
    /// Disagreements between sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Past prices, oldest first; the last point equals the current price.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<PricePoint>,
    /// Announced price changes, by the date they take effect (after the catalog's date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scheduled: Vec<PricePoint>,
    /// Date the provider retires the model, if announced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecation_date: Option<String>,
}

fn text_only() -> Vec<Modality> {
    vec![Modality::Text]
}
fn is_text_only(m: &[Modality]) -> bool {
    m == [Modality::Text]
}
fn is_usd(s: &str) -> bool {
    s == "USD"
}
/// The service tier of a reseller's coding-plan channel of a model it also sells per token
/// (AIHubMix's `coding-glm-5.1`, `cc-glm-5.1`): a real price, but another product than the
/// API, so it never headlines the model ([`Catalog::shown_offer_index`](crate::parse::Catalog::shown_offer_index)).
pub const PLAN_TIER: &str = "coding-plan";

impl Offer {
    /// Whether the offer is the provider's standard per-token service (not a free tier, a
    /// batch or coding-plan channel).
    pub fn is_standard_tier(&self) -> bool {
        is_standard(&self.service_tier)
    }
}

fn is_standard(s: &str) -> bool {
    s == "standard"
}
fn usd() -> String {
    "USD".to_owned()
}
fn standard() -> String {
    "standard".to_owned()
}

impl Offer {
    /// Every id the provider's API answers to for this offer: its own, then its aliases.
    pub fn api_ids(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.provider_model_id).chain(&self.aliases)
    }
    /// This offer's context window, else the model's.
    pub fn context_or(&self, model: &Model) -> Option<u64> {
        self.context.or(model.context)
    }
    /// This offer's max output, else the model's.
    pub fn max_output_or(&self, model: &Model) -> Option<u64> {
        self.max_output.or(model.max_output)
    }
    /// This offer's input limit, else the model's.
    pub fn max_input_or(&self, model: &Model) -> Option<u64> {
        self.max_input.or(model.max_input)
    }
    /// The window as an offer table shows it: the context window (`128,000`), else the input
    /// limit the source states (`100,000 input`: 439 offers have only that), else `unknown`.
    pub fn window_label(&self, model: &Model) -> String {
        window_label(self.context_or(model), self.max_input_or(model))
    }
    /// Retired by `today` (`YYYY-MM-DD`): its deprecation date has passed.
    pub fn is_retired(&self, today: &str) -> bool {
        self.deprecation_date.as_deref().is_some_and(|d| d < today)
    }
    /// Priced in US dollars (the only currency rankings compare).
    pub fn is_usd(&self) -> bool {
        self.currency == "USD"
    }
}

/// A window as the tables show it: the context window (`128,000`), else an input limit a source
/// states where it gives no window (`100,000 input`), else `unknown`.
pub fn window_label(context: Option<u64>, max_input: Option<u64>) -> String {
    match (context, max_input) {
        (Some(c), _) => crate::money::format_int(c),
        (None, Some(i)) => format!("{} input", crate::money::format_int(i)),
        (None, None) => "unknown".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Prices::fields` names every price the catalog serialises, so no price escapes
    /// validation, the zero rule or the merge.
    #[test]
    fn price_fields_are_every_serialised_price() {
        let mut p = Prices::default();
        for (i, (_, v)) in p.fields_mut().into_iter().enumerate() {
            *v = Some(i as f64 + 1.0);
        }
        let json = serde_json::to_value(&p).unwrap();
        let obj = json.as_object().unwrap();
        assert_eq!(obj.len(), p.fields().len(), "{obj:?}");
        for (name, v) in p.fields() {
            assert_eq!(obj[name].as_f64(), v, "{name}");
        }
    }

    /// One benchmark under one setup is one run; another setup is another run of it.
    #[test]
    fn a_benchmark_run_is_its_name_and_setup() {
        let run = |name: &str, setup: Option<&str>, score: f64| Benchmark {
            name: name.into(),
            score,
            metric: None,
            source: "https://example.com".into(),
            date: None,
            setup: setup.map(Into::into),
        };
        assert!(run("SWE-Bench Pro", None, 43.6).same_run(&run("SWE-Bench Pro", None, 46.1)), "a second source's score of the same run");
        assert!(!run("SWE-Bench Pro (hard-aa)", Some("Claude Code · medium"), 14.9).same_run(&run("SWE-Bench Pro (hard-aa)", Some("Claude Code · high"), 17.0)));
        assert!(!run("SWE-Bench Pro", None, 43.6).same_run(&run("SWE-Bench Pro (hard-aa)", None, 14.9)));
    }

    /// A weekday window says so in its label and in the JSON; a daily one adds nothing to either.
    #[test]
    fn weekday_hours_are_labelled_and_daily_ones_unchanged() {
        let daily: HoursPrice = serde_json::from_str(r#"{"from":"16:30","to":"00:30","input":0.135}"#).unwrap();
        assert_eq!((daily.label().as_str(), daily.weekdays), ("16:30–00:30 UTC", false));
        assert!(!serde_json::to_string(&daily).unwrap().contains("weekdays"));
        let peak: HoursPrice = serde_json::from_str(r#"{"from":"01:00","to":"04:00","input":0.3,"weekdays":true}"#).unwrap();
        assert_eq!(peak.label(), "01:00–04:00 UTC Mon–Fri");
    }

    /// An offer with no window but a stated input limit shows that limit, named as one.
    #[test]
    fn an_input_limit_stands_in_for_an_unknown_window() {
        let model: Model = serde_json::from_str(r#"{"id":"m","name":"M","creator":"C"}"#).unwrap();
        let offer = |json: &str| -> Offer { serde_json::from_str(json).unwrap() };
        let base = r#""model":"m","provider":"p","provider_model_id":"m","prices":{},"as_of":"2026-11-20","source":"s""#;
        assert_eq!(offer(&format!("{{{base},\"max_input\":100000}}")).window_label(&model), "100,000 input");
        assert_eq!(offer(&format!("{{{base},\"max_input\":100000,\"context\":200000}}")).window_label(&model), "200,000");
        assert_eq!(offer(&format!("{{{base}}}")).window_label(&model), "unknown");
    }
}
