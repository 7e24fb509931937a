//! `use_*` hooks, one a file; each owns its listeners' cleanup.

pub mod use_shortcuts;
