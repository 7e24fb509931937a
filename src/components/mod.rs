//! Small reusable views.

pub mod capability_badges;
pub mod layout;
pub mod model_table;
pub mod offer_table;
pub mod shortcuts_overlay;
pub mod with_catalog;
pub mod facets;
pub mod csv_link;
