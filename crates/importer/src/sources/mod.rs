//! One reader per upstream format.

pub mod genaiprices;
pub mod history;
pub mod litellm;
pub mod llmstats;
pub mod modelsdev;
pub mod openrouter;
