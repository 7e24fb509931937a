//! The calculator's chain, shared by `/cost` and `/embed/cost`: the URL's fields
//! parsed once per change, the workload priced (the last valid one while a field
//! does not parse), and every offer ranked for it.

use std::sync::Arc;

use hub_core::{
    cost::{priced_workload, rank, CostQuery, Field, Ranking, Workload},
    Catalog,
};
use leptos::prelude::*;

use crate::api::measured;
use crate::hooks::use_query_state::QueryState;

/// What the calculator's views read.
#[derive(Clone, Copy)]
pub struct CostRanking {
    /// The fields that do not parse, with their messages.
    pub errors: Signal<Vec<(Field, String)>>,
    /// The workload priced.
    pub workload: Memo<Workload>,
    pub ranking: Memo<Arc<Ranking>>,
}

/// The ranking of `catalog`'s offers for the workload in `state`.
pub fn use_cost_ranking(catalog: Arc<Catalog>, state: QueryState<CostQuery>) -> CostRanking {
    let parsed = Memo::new(move |_| state.state.read().workload());
    let workload = Memo::new(move |last| priced_workload(&parsed.read(), last));
    let errors = Signal::derive(move || parsed.read().1.clone());
    // A new ranking is always a change: comparing thousands of bills would cost more than it saves.
    let ranking = Memo::new_with_compare(
        move |_| {
            let (w, filters) = (workload.get(), state.state.read().filters.clone());
            Arc::new(measured("cost-rank", || rank(&catalog, &w, &filters)))
        },
        |old, new| !matches!((old, new), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    CostRanking { errors, workload, ranking }
}
