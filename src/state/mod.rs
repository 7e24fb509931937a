//! App-wide state, each as a newtype context with `provide_*` / `use_*`.

pub mod catalog;
pub mod offline;
pub mod overlay;
