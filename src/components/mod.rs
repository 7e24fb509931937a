//! Small reusable views.

pub mod benchmark_chart;
pub mod benchmarks;
pub mod capability_badges;
pub mod command_palette;
pub mod cost_results;
pub mod csv_link;
pub mod embed_frame;
pub mod embed_snippet;
pub mod facets;
pub mod layout;
pub mod model_faq;
pub mod model_table;
pub mod number_input;
pub mod offer_notes;
pub mod offer_table;
pub mod price_history;
pub mod quickstart;
pub mod self_hosted_row;
pub mod shortcuts_overlay;
pub mod with_catalog;
pub mod workload_form;
