//! Open weights where hosts' flags disagree with the evidence: which hosts' "closed" flags
//! are not votes, and where they still stand (part of the identify stage).

use std::collections::{BTreeMap, BTreeSet};

use hub_core::Model;

use crate::build::Inputs;
use crate::identify::{canonical_file, stats_entry};
use crate::raw::{Facts, RawOffer, Src};

/// Whether the weights are open by evidence other than hosts' flags: a reviewed weights page,
/// the creator's file, llm-stats, or a weights link.
fn weights_evidence(key: &str, raws: &[&RawOffer], inp: &Inputs) -> Option<bool> {
    let flag = |f: &Facts| f.open_weights;
    if inp.curated.model_for_key(key).is_some_and(|c| c.open_weights == Some(true)) {
        return Some(true);
    }
    canonical_file(key, raws, inp)
        .and_then(flag)
        .or_else(|| stats_entry(key, raws, inp).and_then(flag))
        .or_else(|| raws.iter().any(|r| r.facts.weights_url.is_some()).then_some(true))
}

/// Hosts (models.dev provider folders) whose "closed weights" flag the other evidence
/// contradicts on at least a tenth of the models it decides, five or more: nano-gpt's files
/// mark 137 open models closed, SiliconFlow's 40 of its 49. Their "closed" is not a vote.
pub fn hosts_misflagging_closed(inp: &Inputs, models: &BTreeMap<String, Vec<&RawOffer>>) -> BTreeSet<String> {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (key, raws) in models {
        let Some(open) = weights_evidence(key, raws, inp) else { continue };
        for r in raws.iter().filter(|r| r.src == Src::ModelsDev && r.facts.open_weights == Some(false)) {
            let c = counts.entry(r.upstream_provider.as_str()).or_default();
            c.0 += 1;
            c.1 += usize::from(open);
        }
    }
    counts.into_iter().filter(|(_, (n, wrong))| *n >= 5 && wrong * 10 >= *n).map(|(h, _)| h.to_owned()).collect()
}

/// A host whose "closed" flags mislead still says something where the model's family has
/// never published weights: among the models the rules settle, the creator's models whose ids
/// start with the same word (`gemini`, `claude`, `doubao`) are three or more closed and none
/// open. There the host's flag stands; in a family with open releases (`gpt` has gpt-oss,
/// `glm` GLM-4.5) it stays unknown. `models` pairs each model with its key and offers.
/// Returns how many models it closed.
pub fn closed_by_family_record<'a>(models: &mut [Model], keyed: impl Iterator<Item = (&'a String, &'a Vec<&'a RawOffer>)>) -> usize {
    let family = |m: &Model, key: &str| (m.creator.clone(), key.chars().take_while(char::is_ascii_alphabetic).collect::<String>());
    let keyed: Vec<_> = keyed.collect();
    let mut record: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for (m, (key, _)) in models.iter().zip(&keyed).filter(|(m, _)| m.creator != "Unknown") {
        let r = record.entry(family(m, key)).or_default();
        match m.open_weights {
            Some(true) => r.0 += 1,
            Some(false) => r.1 += 1,
            None => {}
        }
    }
    let mut n = 0;
    for (m, (key, raws)) in models.iter_mut().zip(&keyed) {
        let host_says_closed = raws.iter().any(|r| r.src == Src::ModelsDev && r.facts.open_weights == Some(false));
        let never_open = record.get(&family(m, key)).is_some_and(|&(open, closed)| open == 0 && closed >= 3);
        if m.open_weights.is_none() && host_says_closed && never_open {
            m.open_weights = Some(false);
            m.field_sources.insert("open_weights".into(), Src::ModelsDev.id().into());
            n += 1;
        }
    }
    n
}
