//! The catalog page's view of the data: facets, sort, the rows they select,
//! their URL form and the CSV export. Pure, so the UI only wires it up.
//!
//! A row is a model with the offer shown for it: the cheapest (50/50 blended)
//! of its offers from the selected providers (all providers when none is
//! selected), a recently confirmed price before a stale one
//! ([`Catalog::shown_offer_index`](crate::parse::Catalog::shown_offer_index)). Price limits apply to that shown offer, so what is filtered is
//! what is seen.

use std::{fmt, str::FromStr};

use crate::{
    catalog::{Capability, Kind, Modality},
    parse::Catalog,
    search::SearchIndex,
};

/// The URL query keys of the catalog page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryKey {
    Q,
    Provider,
    Creator,
    Cap,
    Input,
    Open,
    MinContext,
    MaxInput,
    MaxOutput,
    Sort,
    Kind,
    Retired,
}

impl QueryKey {
    pub const ALL: [QueryKey; 12] =
        [Self::Q, Self::Provider, Self::Creator, Self::Cap, Self::Input, Self::Open, Self::MinContext, Self::MaxInput, Self::MaxOutput, Self::Sort, Self::Kind, Self::Retired];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Q => "q",
            Self::Provider => "provider",
            Self::Creator => "creator",
            Self::Cap => "cap",
            Self::Input => "input",
            Self::Open => "open",
            Self::MinContext => "min_context",
            Self::MaxInput => "max_input",
            Self::MaxOutput => "max_output",
            Self::Sort => "sort",
            Self::Kind => "kind",
            Self::Retired => "retired",
        }
    }
}

/// What the catalog opens on, said next to the sort control.
pub const POPULAR_RULE: &str = "Most providers first (how many APIs serve the model), then newest release, then name.";

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Best search match first with a query; without one, [`POPULAR_RULE`].
    #[default]
    Relevance,
    Name,
    Creator,
    Context,
    Input,
    Output,
    Providers,
}

impl SortKey {
    pub const ALL: [SortKey; 7] = [Self::Relevance, Self::Name, Self::Creator, Self::Context, Self::Input, Self::Output, Self::Providers];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Relevance => "relevance",
            Self::Name => "name",
            Self::Creator => "creator",
            Self::Context => "context",
            Self::Input => "input",
            Self::Output => "output",
            Self::Providers => "providers",
        }
    }
    /// The direction a first click sorts in: text A→Z, context and provider
    /// count largest first, prices cheapest first.
    pub fn default_desc(self) -> bool {
        matches!(self, Self::Context | Self::Providers)
    }
}

/// A sort: a column and a direction. Written `input` (ascending) or `-context` (descending).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    pub key: SortKey,
    pub desc: bool,
}

impl Sort {
    /// The sort after clicking `key`'s header: the same column flips, another starts in its default direction.
    pub fn toggled(self, key: SortKey) -> Sort {
        if self.key == key {
            Sort { key, desc: !self.desc }
        } else {
            Sort { key, desc: key.default_desc() }
        }
    }
}

impl fmt::Display for Sort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", if self.desc { "-" } else { "" }, self.key.as_str())
    }
}

impl FromStr for Sort {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let (desc, name) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let key = SortKey::ALL.into_iter().find(|k| k.as_str() == name).ok_or(())?;
        Ok(Sort { key, desc })
    }
}

/// Everything that selects and orders the catalog page's rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    pub q: String,
    /// Provider ids; a model needs an offer from one of them.
    pub providers: Vec<String>,
    /// Creator names; a model's creator must be one of them.
    pub creators: Vec<String>,
    /// Capabilities a model must all have.
    pub caps: Vec<Capability>,
    /// An input modality the model must accept.
    pub input: Option<Modality>,
    /// Open weights required (`Some(true)`) or excluded (`Some(false)`); unknown matches neither.
    pub open_weights: Option<bool>,
    pub min_context: Option<u64>,
    /// Largest input price per 1M tokens of the shown offer.
    pub max_input: Option<f64>,
    /// Largest output price per 1M tokens of the shown offer.
    pub max_output: Option<f64>,
    pub sort: Sort,
    /// Which kind of model; `None` = every kind. The page opens on chat models.
    pub kind: KindFilter,
    /// Show retired models too.
    pub retired: bool,
}

/// The kind facet: chat models by default, one other kind, or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindFilter {
    Only(Kind),
    All,
}

impl Default for KindFilter {
    fn default() -> Self {
        KindFilter::Only(Kind::Chat)
    }
}

impl KindFilter {
    pub fn accepts(self, k: Kind) -> bool {
        match self {
            KindFilter::All => true,
            KindFilter::Only(want) => want == k,
        }
    }
    /// URL form: a kind id or `all`.
    pub fn id(self) -> &'static str {
        match self {
            KindFilter::All => "all",
            KindFilter::Only(k) => k.id(),
        }
    }
    pub fn from_id(s: &str) -> Option<Self> {
        if s == "all" {
            Some(KindFilter::All)
        } else {
            Kind::from_id(s).map(KindFilter::Only)
        }
    }
}

fn modality_id(m: Modality) -> &'static str {
    match m {
        Modality::Text => "text",
        Modality::Image => "image",
        Modality::Audio => "audio",
        Modality::Video => "video",
        Modality::Pdf => "pdf",
    }
}

/// Parses a price limit or other amount typed by a person: a finite, non-negative number.
pub fn parse_amount(s: &str) -> Result<f64, &'static str> {
    let s = s.trim().trim_start_matches('$').replace(',', "");
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
        Ok(_) => Err("Enter a number that is zero or more."),
        Err(_) => Err("Enter a number, like 0.5."),
    }
}

/// Parses a token count typed by a person (`128000`, `128k`, `1M`).
pub fn parse_tokens(s: &str) -> Result<u64, &'static str> {
    let t = s.trim().replace(',', "").to_ascii_lowercase();
    let (num, mult) = match t.strip_suffix('k') {
        Some(n) => (n.to_owned(), 1_000.0),
        None => match t.strip_suffix('m') {
            Some(n) => (n.to_owned(), 1_000_000.0),
            None => (t.clone(), 1.0),
        },
    };
    match num.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 && x * mult <= 1e12 => Ok((x * mult).round() as u64),
        _ => Err("Enter a token count, like 128000 or 128k."),
    }
}

impl Filters {
    /// Reads the filters from URL query values; a value that does not parse is ignored.
    pub fn from_query(get: impl Fn(QueryKey) -> Option<String>) -> Self {
        let list = |k| -> Vec<String> { get(k).map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default() };
        Filters {
            q: get(QueryKey::Q).unwrap_or_default(),
            providers: list(QueryKey::Provider),
            creators: list(QueryKey::Creator),
            caps: list(QueryKey::Cap).iter().filter_map(|id| Capability::ALL.into_iter().find(|c| c.id() == id)).collect(),
            input: get(QueryKey::Input).and_then(|v| Modality::ALL.into_iter().find(|m| modality_id(*m) == v)),
            open_weights: get(QueryKey::Open).and_then(|v| match v.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            }),
            min_context: get(QueryKey::MinContext).and_then(|v| parse_tokens(&v).ok()).filter(|&n| n > 0),
            max_input: get(QueryKey::MaxInput).and_then(|v| parse_amount(&v).ok()),
            max_output: get(QueryKey::MaxOutput).and_then(|v| parse_amount(&v).ok()),
            sort: get(QueryKey::Sort).and_then(|v| v.parse().ok()).unwrap_or_default(),
            kind: get(QueryKey::Kind).and_then(|v| KindFilter::from_id(&v)).unwrap_or_default(),
            retired: get(QueryKey::Retired).is_some_and(|v| v == "1" || v == "yes"),
        }
    }

    /// The non-default filters as URL query pairs, in a fixed order.
    pub fn to_query(&self) -> Vec<(QueryKey, String)> {
        let mut out = Vec::new();
        let mut put = |k, v: String| {
            if !v.is_empty() {
                out.push((k, v));
            }
        };
        put(QueryKey::Q, self.q.clone());
        put(QueryKey::Provider, self.providers.join(","));
        put(QueryKey::Creator, self.creators.join(","));
        put(QueryKey::Cap, self.caps.iter().map(|c| c.id()).collect::<Vec<_>>().join(","));
        put(QueryKey::Input, self.input.map(modality_id).unwrap_or_default().into());
        put(QueryKey::Open, self.open_weights.map(|b| if b { "yes" } else { "no" }).unwrap_or_default().into());
        put(QueryKey::MinContext, self.min_context.map(|n| n.to_string()).unwrap_or_default());
        put(QueryKey::MaxInput, self.max_input.map(|x| x.to_string()).unwrap_or_default());
        put(QueryKey::MaxOutput, self.max_output.map(|x| x.to_string()).unwrap_or_default());
        if self.sort != Sort::default() {
            put(QueryKey::Sort, self.sort.to_string());
        }
        if self.kind != KindFilter::default() {
            put(QueryKey::Kind, self.kind.id().into());
        }
        if self.retired {
            put(QueryKey::Retired, "1".into());
        }
        out
    }

    /// True when nothing narrows the list (sort aside).
    pub fn is_unfiltered(&self) -> bool {
        Filters { sort: self.sort, ..Filters::default() } == *self
    }

    /// Adds `v` to the list if absent, removes it if present.
    pub fn toggle(list: &mut Vec<String>, v: &str) {
        match list.iter().position(|x| x == v) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(v.to_owned()),
        }
    }
}

/// One row of the catalog page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    /// Index into the catalog's models.
    pub model: usize,
    /// Index into the catalog's offers: the cheapest shown offer, if any has both prices.
    pub offer: Option<usize>,
    /// The model's context window, or the shown offer's when the model gives none.
    pub context: Option<u64>,
    /// Where neither gives a window, the shown offer's input limit: the window is at least that.
    pub max_input: Option<u64>,
    pub input: Option<f64>,
    pub output: Option<f64>,
    /// Distinct providers serving the model (all of them, not only the selected).
    pub providers: usize,
    /// Search score (0 without a query).
    pub score: u32,
}

impl Row {
    /// The tokens a request to the row's model can carry at least: its window, else the input
    /// limit (which the window is never below). The context facet and sort go by it.
    pub fn window(&self) -> Option<u64> {
        self.context.or(self.max_input)
    }
    /// The context column: `128,000`, `100,000 input` where only an input limit is stated, or
    /// `unknown`.
    pub fn window_label(&self) -> String {
        crate::catalog::window_label(self.context, self.max_input)
    }
}

/// The rows `f` selects, in `f.sort` order.
pub fn rows(c: &Catalog, index: &SearchIndex, f: &Filters) -> Vec<Row> {
    let hits = index.search(&f.q);
    let mut out: Vec<Row> = hits
        .into_iter()
        .filter_map(|(i, score)| {
            let m = &c.models()[i];
            if !f.kind.accepts(m.kind) || (!f.retired && m.retired.is_some()) {
                return None;
            }
            if !f.creators.is_empty() && !f.creators.contains(&m.creator) {
                return None;
            }
            if !f.caps.iter().all(|cap| m.capabilities.contains(cap)) {
                return None;
            }
            if let Some(want) = f.input {
                let accepts = if m.input.is_empty() { want == Modality::Text } else { m.input.contains(&want) };
                if !accepts {
                    return None;
                }
            }
            if f.open_weights.is_some() && m.open_weights != f.open_weights {
                return None;
            }
            let eligible = |o: &crate::catalog::Offer| f.providers.is_empty() || f.providers.contains(&o.provider);
            // A model no API serves (open weights, to self-host) is a row too, with no price,
            // unless providers are chosen.
            if !f.providers.is_empty() && !c.offers_of(i).any(eligible) {
                return None;
            }
            let offer = if f.providers.is_empty() { c.cheapest_index(i) } else { c.shown_offer_index(i, c.today(), eligible) };
            let shown = offer.map(|k| &c.offers()[k]);
            let context = m.context.or_else(|| shown.and_then(|o| o.context));
            let max_input = if context.is_none() { shown.and_then(|o| o.max_input_or(m)) } else { None };
            let row_fits = |min: u64| context.or(max_input).is_some_and(|ctx| ctx >= min);
            if f.min_context.is_some_and(|min| !row_fits(min)) {
                return None;
            }
            let (input, output) = (shown.and_then(|o| o.prices.input), shown.and_then(|o| o.prices.output));
            if f.max_input.is_some_and(|max| input.is_none_or(|p| p > max)) || f.max_output.is_some_and(|max| output.is_none_or(|p| p > max)) {
                return None;
            }
            Some(Row { model: i, offer, context, max_input, input, output, providers: c.provider_count(i), score })
        })
        .collect();
    sort_rows(c, &mut out, f.sort);
    out
}

/// Sorts rows stably; unknown values go last whichever the direction.
pub fn sort_rows(c: &Catalog, rows: &mut [Row], sort: Sort) {
    use std::cmp::Ordering;
    fn opt<T: PartialOrd>(a: Option<T>, b: Option<T>, desc: bool) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) => {
                let o = a.partial_cmp(&b).unwrap_or(Ordering::Equal);
                if desc {
                    o.reverse()
                } else {
                    o
                }
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    let text = |a: &str, b: &str, desc: bool| {
        let o = a.bytes().map(|b| b.to_ascii_lowercase()).cmp(b.bytes().map(|b| b.to_ascii_lowercase()));
        if desc {
            o.reverse()
        } else {
            o
        }
    };
    let m = c.models();
    let sort_by = |rows: &mut [Row], cmp: &dyn Fn(&Row, &Row) -> Ordering| crate::order::sort_by(rows, cmp);
    match sort.key {
        SortKey::Relevance => {
            // Without a query every score is 0: the popular order (see POPULAR_RULE).
            if rows.iter().all(|r| r.score == 0) {
                sort_by(rows, &|a, b| {
                    b.providers.cmp(&a.providers).then_with(|| m[b.model].release_date.cmp(&m[a.model].release_date)).then_with(|| text(&m[a.model].name, &m[b.model].name, false))
                });
            }
            if sort.desc {
                rows.reverse();
            }
        }
        SortKey::Name => sort_by(rows, &|a, b| text(&m[a.model].name, &m[b.model].name, sort.desc)),
        SortKey::Creator => sort_by(rows, &|a, b| text(&m[a.model].creator, &m[b.model].creator, sort.desc)),
        SortKey::Context => sort_by(rows, &|a, b| opt(a.window(), b.window(), sort.desc)),
        SortKey::Input => sort_by(rows, &|a, b| opt(a.input, b.input, sort.desc)),
        SortKey::Output => sort_by(rows, &|a, b| opt(a.output, b.output, sort.desc)),
        SortKey::Providers => sort_by(rows, &|a, b| opt(Some(a.providers), Some(b.providers), sort.desc)),
    }
}

/// A facet value with how many models in the whole catalog have it.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetOption {
    /// The value written in the URL (a provider id, a creator name).
    pub value: String,
    pub label: String,
    pub count: usize,
}

/// Providers with how many models each serves, by name.
pub fn provider_options(c: &Catalog) -> Vec<FacetOption> {
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for i in 0..c.models().len() {
        let mut seen: Vec<&str> = c.offers_of(i).map(|o| o.provider.as_str()).collect();
        crate::order::sort_by(&mut seen, |a, b| a.cmp(b));
        seen.dedup();
        for p in seen {
            *counts.entry(p).or_default() += 1;
        }
    }
    let mut out: Vec<FacetOption> = counts.into_iter().map(|(id, count)| FacetOption { value: id.to_owned(), label: c.provider_name(id).to_owned(), count }).collect();
    crate::order::sort_by_key(&mut out, |a| a.label.to_ascii_lowercase());
    out
}

/// Creators with how many models each has, by name.
pub fn creator_options(c: &Catalog) -> Vec<FacetOption> {
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for m in c.models() {
        *counts.entry(m.creator.as_str()).or_default() += 1;
    }
    let mut out: Vec<FacetOption> = counts.into_iter().map(|(name, count)| FacetOption { value: name.to_owned(), label: name.to_owned(), count }).collect();
    crate::order::sort_by_key(&mut out, |a| a.label.to_ascii_lowercase());
    out
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break;
/// text that a spreadsheet would run as a formula gets a leading `'`.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The rows as CSV: one line per row, prices in USD per 1M tokens of the shown offer;
/// `max_input_tokens` where no window is stated but the shown offer gives an input limit (the
/// table's "100,000 input").
pub fn to_csv(c: &Catalog, rows: &[Row]) -> String {
    let mut out = String::from(
        "model_id,name,creator,context_tokens,max_input_tokens,input_usd_per_1m,output_usd_per_1m,offer_provider,offer_model_id,as_of,source,providers,open_weights,capabilities\r\n",
    );
    let num = |x: Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
    for r in rows {
        let m = &c.models()[r.model];
        let o = r.offer.map(|k| &c.offers()[k]);
        let fields = [
            m.id.clone(),
            m.name.clone(),
            m.creator.clone(),
            r.context.map(|n| n.to_string()).unwrap_or_default(),
            r.max_input.map(|n| n.to_string()).unwrap_or_default(),
            num(r.input),
            num(r.output),
            o.map(|o| o.provider.clone()).unwrap_or_default(),
            o.map(|o| o.provider_model_id.clone()).unwrap_or_default(),
            o.map(|o| o.as_of.clone()).unwrap_or_default(),
            o.map(|o| o.source.clone()).unwrap_or_default(),
            r.providers.to_string(),
            m.open_weights.map(|b| if b { "yes" } else { "no" }).unwrap_or("unknown").to_owned(),
            m.capabilities.iter().map(|c| c.id()).collect::<Vec<_>>().join(" "),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
