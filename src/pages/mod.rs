//! One file a route.

pub mod about;
pub mod alternatives;
pub mod best_for;
pub mod changes;
pub mod compare;
pub mod compliance;
pub mod cost;
pub mod embed;
pub mod glossary;
pub mod home;
pub mod model;
pub mod not_found;
pub mod planned;
pub mod self_hosted;
