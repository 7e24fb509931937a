//! `use_*` hooks, one a file; each owns its listeners' cleanup.

pub mod use_catalog_filters;
pub mod use_cost_ranking;
pub mod use_embed_height;
pub mod use_media_matches;
pub mod use_query_state;
pub mod use_row_cursor;
pub mod use_shortcuts;
pub mod use_theme;
pub mod use_virtual_rows;
