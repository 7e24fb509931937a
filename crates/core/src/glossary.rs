//! The glossary: every term a "Glossary →" link points at, with its anchor.
//! Definitions are our own explanatory text, not catalog data.

use crate::catalog::Capability;

/// One glossary entry.
pub struct Term {
    /// Anchor id on /glossary.
    pub id: &'static str,
    pub name: &'static str,
    /// One line, for badges and tooltips.
    pub short: &'static str,
    /// The full explanation.
    pub long: &'static str,
}

pub const TERMS: &[Term] = &[
    Term { id: "context-window", name: "Context window", short: "Maximum tokens (input + output) the model can process in one request.", long: "The most tokens a single request may hold, counting the prompt and the generated answer. Providers may serve a model with a smaller window than its creator states; the providers table shows each one's." },
    Term { id: "input-price", name: "Input price", short: "What you pay for tokens you send (prompt and context).", long: "Price per 1M tokens of prompt: system message, conversation history, documents and tool definitions all count as input." },
    Term { id: "output-price", name: "Output price", short: "What you pay for tokens the model generates.", long: "Price per 1M generated tokens. Usually several times the input price; reasoning tokens are billed as output unless priced separately." },
    Term { id: "cached-input", name: "Cached input", short: "A cheaper price for prompt tokens the provider has already seen.", long: "When the start of a prompt repeats (a long system prompt, a document), providers with prompt caching bill those tokens at a reduced cached-read price; some also charge for writing the cache." },
    Term { id: "batch", name: "Batch API", short: "Asynchronous requests at a discount, answered within hours.", long: "Requests sent through a provider's batch endpoint are answered later (often within 24 hours) at a lower price per token." },
    Term { id: "long-context-tier", name: "Long-context tier", short: "A higher price once a prompt passes a size threshold.", long: "Some offers charge more per token for the whole request once its prompt exceeds a threshold such as 200k tokens." },
    Term { id: "blended-price", name: "Blended price", short: "One price for a mix of input and output tokens.", long: "For a share r of input tokens: r × input price + (1 − r) × output price, per 1M tokens. A 50/50 blend is the average of the two prices." },
    Term { id: "vision", name: "Vision", short: "Accepts images alongside text.", long: "The model reads images in the prompt. Text recognition (OCR) is largely solved; nuanced visual reasoning varies by model." },
    Term { id: "tools", name: "Tools", short: "Function calling: the model answers with tool calls and typed arguments.", long: "You describe functions; the model may answer with a call and its arguments for your code to run. Reliability differs between models and providers." },
    Term { id: "json-mode", name: "JSON mode", short: "Forces the output to be valid JSON.", long: "The provider constrains generation so the answer parses as JSON, reducing parse errors." },
    Term { id: "structured-outputs", name: "Structured outputs", short: "Output constrained to a JSON Schema you give.", long: "Stronger than JSON mode: the answer must match your schema's fields and types." },
    Term { id: "reasoning", name: "Reasoning", short: "Thinks in hidden tokens before answering.", long: "Reasoning models spend extra (usually billed) tokens working through a problem before the visible answer." },
    Term { id: "prompt-caching", name: "Prompt caching", short: "Repeated prompt prefixes are billed at a cached price.", long: "See cached input: the provider stores a prompt prefix and bills its reuse at a lower rate." },
    Term { id: "pdf-input", name: "PDF input", short: "Reads PDF documents directly.", long: "The model accepts PDF files in the prompt, without you extracting the text first." },
    Term { id: "audio-input", name: "Audio input", short: "Accepts audio in the prompt.", long: "The model listens to audio input directly rather than a transcript." },
    Term { id: "web-search", name: "Web search", short: "Can search the web while answering.", long: "The provider runs web searches for the model; searches are often billed per query on top of tokens." },
    Term { id: "open-weights", name: "Open weights", short: "The model's weights are published; you can run it yourself.", long: "Open-weight models can be self-hosted under their licence's terms; check the licence for commercial use." },
];

/// The glossary term of a capability.
pub fn term_of(c: Capability) -> &'static Term {
    let id = match c {
        Capability::Vision => "vision",
        Capability::Tools => "tools",
        Capability::JsonMode => "json-mode",
        Capability::StructuredOutputs => "structured-outputs",
        Capability::Reasoning => "reasoning",
        Capability::PromptCaching => "prompt-caching",
        Capability::PdfInput => "pdf-input",
        Capability::AudioInput => "audio-input",
        Capability::WebSearch => "web-search",
    };
    term(id).expect("every capability has a term")
}

pub fn term(id: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_capability_has_a_term_and_anchors_are_unique() {
        for c in Capability::ALL {
            assert_eq!(term_of(c).name.to_lowercase().replace(' ', "_"), c.id(), "{c:?}");
        }
        let mut ids: Vec<&str> = TERMS.iter().map(|t| t.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), TERMS.len());
        assert!(TERMS.iter().all(|t| t.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
    }
}
