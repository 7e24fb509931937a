//! Identify: what a model is (`kind`), who made it, what it is called, how big
//! it is. Rules here are pure functions of the ids and facts the sources give,
//! plus the reviewed files (`data/kinds.toml`, `data/creators.toml`,
//! `data/parameters.toml`); each is tested.

use std::collections::{BTreeMap, BTreeSet};

use hub_core::{Benchmark, Capability, Kind, Modality, Model, Offer};

use crate::build::{Inputs, Summary};
use crate::curated::Curated;
use crate::merge::{last_segment, Merged};
use crate::normalize::{self, is_size, model_key, publish_id, replace_p_between_digits, slugify, DEPLOYMENT_SUFFIXES};
use crate::providers::title_case;
use crate::raw::{params_from_id, Facts, RawOffer, Src};
use crate::weights;

/// The kind of the model with matching key `key` whose offers are `raws`:
/// a reviewed rule first (they fix what the sources get wrong), else what a
/// source says (models.dev image output), else chat. Returns the rule's reason when one decided.
pub fn kind_of<'a>(cur: &'a Curated, key: &str, raws: &[&RawOffer]) -> (Kind, Option<&'a str>) {
    let ids = std::iter::once(key).chain(raws.iter().map(|r| r.provider_model_id.as_str()));
    if let Some(rule) = cur.kind_rule(ids) {
        return (rule.kind, Some(rule.reason.as_str()));
    }
    match raws.iter().find_map(|r| r.facts.kind) {
        Some(k) => (k, None),
        None => (Kind::Chat, None),
    }
}

/// A source's name that is only an id (`Mistral-Small-3.2-24B-Instruct-2506`,
/// `glm-5-3-flash`, `meta-llama/Llama-3.3-70B`) is not a display name.
pub fn is_raw_name(name: &str, ids: &[&str]) -> bool {
    let n = name.trim();
    // An id spelled as a name keeps several separators (`Mistral-Small-3.2-24B-Instruct-2506`);
    // `GPT-4o` is a name that happens to equal its id.
    let separators = n.bytes().filter(|b| matches!(b, b'-' | b'_' | b'/' | b'.')).count();
    n.is_empty()
        || n.contains('/')
        || n.contains('_')
        || (separators >= 3 && ids.iter().any(|id| id.rsplit('/').next().unwrap_or(id).eq_ignore_ascii_case(n)))
        || (!n.contains(' ') && n.contains('-') && !n.bytes().any(|b| b.is_ascii_uppercase()))
}

/// Words of a host's name for its deployment of a model (see `build_model`'s names).
const DEPLOYMENT_WORDS: &[&str] = &["turbo", "fp8", "fp4", "int4", "int8", "bf16", "awq", "gptq"];

/// Words whose spelling is not Title Case.
const WORDS: &[(&str, &str)] = &[
    ("gpt", "GPT"),
    ("glm", "GLM"),
    ("deepseek", "DeepSeek"),
    ("qwen", "Qwen"),
    ("qwq", "QwQ"),
    ("llama", "Llama"),
    ("oss", "OSS"),
    ("ai", "AI"),
    ("vl", "VL"),
    ("moe", "MoE"),
    ("minimax", "MiniMax"),
    ("mimo", "MiMo"),
    ("ui", "UI"),
    ("tts", "TTS"),
    ("ocr", "OCR"),
    ("r1", "R1"),
    ("v3", "V3"),
    ("lfm", "LFM"),
    ("api", "API"),
    ("xl", "XL"),
];

/// A readable name from a model's id, for models no source names:
/// `agnes2.5-pro` → `Agnes 2.5 Pro`, `qwen3-32b` → `Qwen3 32B`, `glm5.3-flash` → `GLM 5.3 Flash`,
/// `claude-instant-v1` → `Claude Instant v1`, `glm-5-2-variant1` → `GLM 5.2 Variant 1`.
pub fn pretty_name(id: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for t in id.split('-').filter(|t| !t.is_empty()) {
        let t = &replace_p_between_digits(t);
        // A minor version after a version (`5` `2`, `v0` `1`) joins it: `5.2`, `v0.1`.
        if t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(prev) = words.last_mut() {
                let run = prev.bytes().rev().take_while(u8::is_ascii_digit).count();
                if (1..=2).contains(&run) && !prev.contains('.') {
                    prev.push('.');
                    prev.push_str(t);
                    continue;
                }
            }
        }
        words.push(pretty_word(t));
    }
    // OpenAI writes its versions onto the name: `GPT-4o`, `GPT-5.2`.
    if words.len() > 1 && words[0] == "GPT" && words[1].starts_with(|c: char| c.is_ascii_digit()) {
        let version = words.remove(1);
        words[0] = format!("GPT-{version}");
    }
    words.join(" ")
}

/// The id a model no source names is named from: its slug without the tokens its matching
/// key drops as serving details (`-instruct`, `-it`, `-fp8`, `-hf`, a trailing `-chat`) and
/// without a host's prefix the key does not carry (`databricks-claude-sonnet-4-1`).
fn name_id(slug: &str, key: &str) -> String {
    let mut tokens: Vec<&str> = slug.split(['-', '_']).filter(|t| !t.is_empty() && *t != "instruct" && *t != "it").collect();
    while tokens.len() > 1 && tokens.last().is_some_and(|t| DEPLOYMENT_SUFFIXES.iter().any(|s| s[1..] == **t && *t != "instant")) {
        tokens.pop();
    }
    if tokens.len() > 2 && tokens.last() == Some(&"chat") {
        tokens.pop();
    }
    if tokens.len() > 1 && model_key(&tokens[1..].join("-")) == key && !key.starts_with(tokens[0]) {
        tokens.remove(0);
    }
    tokens.join("-")
}

/// One id token as a word of a name (see [`pretty_name`]).
fn pretty_word(t: &str) -> String {
    // A version marker (`v1`, `v3.1`) stays as labs write it.
    if t.len() > 1 && t.starts_with('v') && t[1..].starts_with(|c: char| c.is_ascii_digit()) && t[1..].bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return t.to_owned();
    }
    if t.starts_with(|c: char| c.is_ascii_digit()) || (t.starts_with('a') && t[1..].starts_with(|c: char| c.is_ascii_digit())) {
        // sizes and versions: `24b` → `24B`, `a3b` → `A3B`, `2.4t` → `2.4T`, `3.5` stays
        return if t.ends_with(['b', 'k', 'm', 't']) { t.to_ascii_uppercase() } else { t.to_owned() };
    }
    // `glm5.3` → `GLM 5.3` (a dotted version gets a space); `qwen3` stays one word, and so
    // does a one-letter series (`m2.5` → `M2.5`, `k2.5` → `K2.5`).
    let split = t.find(|c: char| c.is_ascii_digit());
    let (word, ver) = match split {
        Some(i) if i >= 2 && t[i..].contains('.') => (&t[..i], Some(&t[i..])),
        _ => (t, None),
    };
    let (alpha, digits) = match word.find(|c: char| c.is_ascii_digit()) {
        Some(i) => (&word[..i], &word[i..]),
        None => (word, ""),
    };
    let cased = WORDS.iter().find(|(w, _)| *w == alpha).map(|(_, c)| (*c).to_owned()).unwrap_or_else(|| {
        let mut c = alpha.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    });
    match ver {
        Some(v) => format!("{cased}{digits} {v}"),
        // `variant1` → `Variant 1`; a short family word keeps its number (`Qwen3`, `Phi4`).
        None if alpha.len() >= 5 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => format!("{cased} {digits}"),
        None => format!("{cased}{digits}"),
    }
}

/// Parameter counts: reviewed figures first; else the source's count unless the
/// size in the model's name disagrees by 5× or more (then the name wins and the
/// fix is reported); else the name's size. Returns (total, active, where from, fix note).
pub fn parameters(cur: &Curated, key: &str, slug: &str, source_count: Option<f64>) -> (Option<f64>, Option<f64>, Option<String>, Option<String>) {
    if let Some(r) = cur.params_for_key(key) {
        return (Some(r.params_b), r.active_params_b, Some(r.source.clone()), None);
    }
    let named = params_from_id(slug).or_else(|| params_from_id(key));
    match (source_count, named) {
        (Some(p), Some((n, active))) if p / n >= 5.0 || n / p >= 5.0 => {
            (Some(n), active, Some("model id".into()), Some(format!("{slug}: source says {p}B, name says {n}B; the name wins")))
        }
        (Some(p), named) => (Some(p), named.and_then(|(_, a)| a), Some("llm-stats".into()), None),
        (None, Some((n, a))) => (Some(n), a, Some("model id".into()), None),
        (None, None) => (None, None, None, None),
    }
}

/// Path segments of upstream ids that name a host's folders, not who made the model.
const HOST_SEGMENTS: &[&str] =
    &["models", "accounts", "fireworks", "routers", "main", "@cf", "@hf", "workers-ai", "thebloke", "clarifai", "fal-ai", "gmicloud", "nanogpt", "openrouter", "community"];

/// The owner named in a Hugging Face-style id (`Steelskull/L3.3-Electra-R1-70b` → `Steelskull`),
/// unless it is a host's folder or the provider itself.
pub fn owner_segment(id: &str, provider: &str) -> Option<String> {
    let owner = id.split('/').rev().nth(1)?.trim_start_matches('~');
    let lower = owner.to_ascii_lowercase();
    let host = HOST_SEGMENTS.contains(&lower.as_str()) || slugify(&lower).replace('_', "-") == provider || owner.is_empty();
    (!host && owner.bytes().any(|b| b.is_ascii_alphabetic())).then(|| owner.to_owned())
}

/// A model's window from its listings when its creator gives none: the figure the most
/// listers give (a lister is one source's listing of one provider: one vote however many
/// regional, tier or free ids it lists), counting figures within 3% as one (128,000 and
/// 131,072) and publishing the most common spelling; on a tie the larger, since hosts serve
/// the window or less. OpenRouter alone lists Llama 3.1 8B at its routed host's 16,384; 19 of
/// 25 listings say ~128k. Needs at least two listers in the group: Zenmux's free and paid ids
/// of GLM 4.6V Flash at 200,000 had outvoted NanoGPT's 128,000 (Zhipu's release says 128K).
pub fn agreed_context<'a>(figures: impl Iterator<Item = (&'a str, u64)>) -> Option<u64> {
    let mut votes: Vec<(&str, u64)> = figures.filter(|(_, c)| *c > 0).collect();
    votes.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    votes.dedup();
    let mut best: Option<(usize, u64)> = None;
    for &(_, top) in &votes {
        let listers = voters_for(&votes, top);
        if listers >= 2 && best.is_none_or(|(n, _)| listers > n) {
            best = Some((listers, top));
        }
    }
    let (_, top) = best?;
    most_common(votes.iter().map(|(_, c)| *c).filter(|c| one_figure(*c, top)))
}

/// Whether two token limits are one figure spelled two ways: within 3% (128,000 and 131,072;
/// 8,000 and 8,192).
fn one_figure(a: u64, b: u64) -> bool {
    (a as f64 - b as f64).abs() <= 0.03 * a.max(b) as f64
}

/// How many distinct voters give `top` or a figure within 3% of it.
fn voters_for(votes: &[(&str, u64)], top: u64) -> usize {
    votes.iter().filter(|(_, n)| one_figure(*n, top)).map(|(v, _)| *v).collect::<BTreeSet<&str>>().len()
}

/// A model's max output from its listings when its creator gives none: the figure the most
/// providers give below the window (one vote a provider, however many regional or tier ids it
/// lists; figures within 3% count as one, 8,000 and 8,192, published in their most common
/// spelling; a tie goes to the larger). The whole window counts only where no listing gives
/// less: a host that copies the window into the output field does not outvote real limits
/// (Claude 3 Haiku: two listings say 200,000, eight say 4,096). More than the window is never
/// a max output. DeepSeek V3.2 had read 8,192, its alphabetically first host's cap, where
/// most of its hosts give about 64K. A vote is a provider's, where the window counts each
/// source's listing of a provider: an output cap is the host's, so the sources repeating
/// OpenRouter's 1,024 for Inflection 3 Pi are one vote, tied with NanoGPT's 4,096 (the larger
/// stands).
fn listed_max_output<'a>(figures: impl Iterator<Item = (&'a str, u64)>, context: Option<u64>) -> Option<u64> {
    let mut votes: Vec<(&str, u64)> = figures.filter(|(_, n)| *n > 0 && context.is_none_or(|c| *n <= c)).collect();
    if votes.iter().any(|(_, n)| context.is_none_or(|c| *n < c)) {
        votes.retain(|(_, n)| context.is_none_or(|c| *n < c));
    }
    // Larger figures first, so the group's most common spelling goes to the larger on a tie.
    votes.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    votes.dedup();
    let top = votes.iter().map(|(_, n)| *n).max_by_key(|n| (voters_for(&votes, *n), *n))?;
    most_common(votes.iter().map(|(_, n)| *n).filter(|n| one_figure(*n, top)))
}

/// A source's name without a trailing alias, tier or price-region marker.
fn strip_markers(name: &str) -> String {
    let mut n = name.trim();
    while let Some(rest) = ["(latest)", "(free)", "(global)", "(international)"].iter().find_map(|m| n.strip_suffix(m)) {
        n = rest.trim_end();
    }
    n.to_owned()
}

/// A source's name without a trailing context-window note its model's key does not carry:
/// "Gemma 2 9B 8k" (Groq's 8k deployment, listed as a name) for `gemma2-9b-it` is Gemma 2 9B;
/// "Moonshot V1 8K" for `moonshot-v1-8k` keeps it (there it is the model's own name).
fn strip_context_note(name: &str, key: &str) -> String {
    let Some((head, last)) = name.trim().rsplit_once(' ') else { return name.to_owned() };
    let token = last.trim_matches(|c| c == '(' || c == ')').to_ascii_lowercase();
    let is_context = token.len() >= 2 && token.ends_with('k') && token[..token.len() - 1].bytes().all(|b| b.is_ascii_digit());
    if is_context && !key.to_ascii_lowercase().split(['-', '_', '.']).any(|t| t == token) {
        head.trim_end().to_owned()
    } else {
        name.to_owned()
    }
}

/// Whether a source's name keeps the parameter size its model's key carries: helicone's
/// "Google Gemma 2" for `gemma2-9b-it` is a family, not the model.
fn keeps_size(name: &str, key: &str) -> bool {
    let squashed: String = name.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    key.split('-').filter(|t| t.ends_with('b') && is_size(t)).all(|t| squashed.contains(t))
}

/// The `(year, month)` of a `YYYY-MM…` date.
fn month_of(date: &str) -> Option<(u32, u32)> {
    let mut p = date.split('-').map(|x| x.parse::<u32>().ok());
    Some((p.next()??, p.next()??))
}

/// Whether a release date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) is before the month `(y, m)`.
fn date_before(date: &str, (y, m): (u32, u32)) -> bool {
    let mut parts = date.split('-').map(|p| p.parse::<u32>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(dy), Some(dm)) => (dy, dm) < (y, m),
        (Some(dy), None) => dy < y,
        _ => false,
    }
}

/// The value most hosts give (the first given on a tie): one host's slip does not
/// outvote the rest (302ai lists DeepSeek V3.2 as closed; 15 of 23 hosts say open).
fn most_common<T: PartialEq>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

/// Whether a name has every word of a slug (`text-embedding-3-large` in "text embedding 3": no).
fn names_every_token(name: &str, slug: &str) -> bool {
    let words: BTreeSet<String> = name.to_lowercase().split(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).filter(|w| !w.is_empty()).map(str::to_owned).collect();
    slug.split('-').all(|t| words.contains(t))
}

/// A name as readers tell names apart, and the name join compares them: case, spaces and
/// punctuation but `.` and `+` do not tell models apart ("MiniMax-M2.5" and "MiniMax M2.5",
/// "Qwen3.8-Max" and "Qwen 3.8 Max" are one name; "Command A+" is not "Command A").
fn display_key(name: &str) -> String {
    name.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+')).collect()
}

/// The key the name join groups by: a name's words in any order and its numbers in theirs,
/// split where letters and digits meet. "Nova 2 Lite" and "Nova Lite 2", "Gemini 1.5 Flash 8B"
/// and "Gemini Flash 1.5 8B", "Qwen3.8-Max" and "Qwen 3.8 Max" read as one name (the join still
/// keeps apart two a provider sells at different prices); "Command A+" is not "Command A".
fn join_key(name: &str) -> String {
    // 1: digits and dots, 2: letters; `+` is a word of its own; anything else separates.
    let class = |c: char| if c.is_ascii_digit() || c == '.' { 1 } else { 2 };
    let mut words: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for c in name.to_lowercase().chars() {
        if !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+')) {
            prev = None;
            continue;
        }
        match words.last_mut() {
            Some(w) if prev.is_some_and(|p| class(p) == class(c) && c != '+' && p != '+') => w.push(c),
            _ => words.push(c.to_string()),
        }
        prev = Some(c);
    }
    // Numbers keep their order ("Preview 05-06" is not "Preview 06-05"); words may move.
    let (mut letters, numbers): (Vec<String>, Vec<String>) = words.into_iter().partition(|w| !w.starts_with(|c: char| c.is_ascii_digit() || c == '.'));
    letters.sort();
    format!("{} | {}", letters.join(" "), numbers.join(" "))
}

/// One model from its offers' raw figures: slug, name, creator, kind, facts, parameters, benchmarks.
/// Also returns the name the sources call it by, even without its size, which step 3b of the
/// build joins models on (`mistral-large-3-675b-instruct` is "Mistral Large 3").
/// The creator's canonical file: by the model's key; for a reviewed model, only by its
/// reviewed ids (a host's base_model may point a pinned release at `-latest`, another
/// model: routing-run's `mistral-small-2503` → Mistral Small 4); else by a host file's
/// base_model or any offer's own key.
///
/// A lab's own file for a pointer that a reviewed endpoint gives to one release
/// (`mistral/mistral-large-latest`, Mistral Large 3's card) describes that release only: it is
/// not the card of the family the pointer's key otherwise names.
pub(crate) fn canonical_file<'a>(key: &str, raws: &[&RawOffer], inp: &'a Inputs) -> Option<&'a Facts> {
    let cur = &inp.curated;
    let card = |k: &str| inp.modelsdev.canonical.get(k).filter(|_| !pointer_card_of_another(inp, k, key));
    let by_key = card(key);
    match cur.model_for_key(key) {
        Some(c) => by_key.or_else(|| c.ids.iter().find_map(|id| card(&model_key(id)))),
        None => by_key
            .or_else(|| raws.iter().find_map(|r| r.base_key.as_deref().filter(|b| !crate::normalize::names_another_release(&r.key, b)).and_then(card)))
            .or_else(|| raws.iter().find_map(|r| card(&r.key))),
    }
}

/// Whether the lab's card under key `k` is a pointer's that a reviewed endpoint gives to a model
/// other than the one keyed `key` (see [`canonical_file`]).
fn pointer_card_of_another(inp: &Inputs, k: &str, key: &str) -> bool {
    let lab = inp.modelsdev.canonical.get(k).and_then(|f| f.lab.as_deref());
    inp.curated.endpoints().any(|(e, m)| model_key(&e.id) == k && lab == Some(e.provider.as_str()) && model_key(&m.slug) != key)
}

/// llm-stats' entry for the model: under its key, else under an offer's own id, unless that
/// id reached the model only through a reviewed endpoint (a pointer such as Mistral's
/// `magistral-medium-latest`, now Medium 3.5, whose name is another model's: llm-stats'
/// `magistral-medium` describes Magistral Medium).
pub(crate) fn stats_entry<'a>(key: &str, raws: &[&RawOffer], inp: &'a Inputs) -> Option<&'a Facts> {
    let endpoint_id = |k: &str| inp.curated.endpoints().any(|(e, _)| model_key(&e.id) == k);
    inp.llmstats.models.get(key).or_else(|| raws.iter().filter(|r| r.key != key && !endpoint_id(&r.key)).find_map(|r| inp.llmstats.models.get(&r.key)))
}

/// Also returns the name its sources give it, and whether its max output is its creator's.
pub fn build_model(key: &str, raws: &[&RawOffer], inp: &Inputs, misflagging: &BTreeSet<String>, taken: &mut BTreeSet<String>, summary: &mut Summary) -> (Model, String, bool) {
    let cur = &inp.curated;
    let curated = cur.model_for_key(key);
    let canonical = canonical_file(key, raws, inp);
    let stats = stats_entry(key, raws, inp);
    let by_src = |s: Src| raws.iter().filter(move |r| r.src == s).map(|r| &r.facts);
    // A reviewed pointer's files (`codestral-latest` at Mistral) describe whichever release it
    // named when they were written: they price the release at their provider, but give it no
    // dates, licence or weights (models.dev's `codestral-latest` card is January 2025's, with
    // Codestral 22B's weights link, and merge-gateway's file inherits it). Nor does a host's
    // file that inherits a pointer's card given to another release (merge-gateway's older
    // `mistral-medium-latest` carried Medium 3.5's weights link to the family's page).
    // Nor a file that inherits the card of a model its own id names more than (Cloudflare's R1
    // distill file inherits R1's card).
    let pointer = |r: &RawOffer| {
        cur.model_for_endpoint(&cur.provider_id(r.src, &r.upstream_provider), &r.provider_model_id).is_some()
            || r.base_key.as_deref().is_some_and(|b| pointer_card_of_another(inp, b, key) || normalize::names_another_release(&r.key, b))
    };
    let release_facts = |s: Src| raws.iter().filter(move |r| r.src == s && !pointer(r)).map(|r| &r.facts);
    let mut field_sources = BTreeMap::new();

    // Slug: reviewed, else the id spelling most offers use (then the shortest), versions
    // written with a dot where Fireworks writes a `p` (`qwen2p5-coder-3b` → `qwen2.5-coder-3b`).
    let mut slug = match curated {
        Some(c) => c.slug.clone(),
        None => {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            // A release kept apart by its date keeps the date in its slug.
            let dated_release = key.rsplit_once('-').is_some_and(|(_, d)| d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()));
            for r in raws.iter().filter(|r| (r.key == key || dated_release) && !r.is_alias) {
                let id = if dated_release { slugify(last_segment(&r.provider_model_id)) } else { replace_p_between_digits(&publish_id(&r.provider_model_id)) };
                *counts.entry(id).or_default() += 1;
            }
            let mut ids: Vec<(String, usize)> = counts.into_iter().filter(|(s, _)| !s.is_empty()).collect();
            ids.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.len().cmp(&b.0.len())).then_with(|| a.0.cmp(&b.0)));
            ids.into_iter().next().map(|(s, _)| s).unwrap_or_else(|| slugify(key))
        }
    };
    // A name made from an id reads the id users see, before any clash suffix.
    let named_id = slug.clone();
    if !taken.insert(slug.clone()) {
        slug = slugify(key);
        let mut n = 2;
        while !taken.insert(slug.clone()) {
            slug = format!("{}-{n}", slugify(key));
            n += 1;
        }
    }

    // Name: the first source name that is a name, not an id; else one made from the id.
    let ids: Vec<&str> = raws.iter().map(|r| r.provider_model_id.as_str()).collect();
    // A coding-plan channel's listing names the channel ("Coding Xiaomi MiMo-V2.5-Pro"), not the model.
    let named = |s: Src| raws.iter().filter(move |r| r.src == s && !normalize::is_plan_channel(&r.provider_model_id)).filter_map(|r| r.facts.name.clone());
    // A host's word for its deployment that the slug does not carry (Together's "Llama 3.1 405B
    // Instruct Turbo", its FP8 serving) names a way of serving the model, not the model.
    let deployment_word = |n: &String| {
        n.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| DEPLOYMENT_WORDS.contains(&w.to_ascii_lowercase().as_str()) && !named_id.contains(&w.to_ascii_lowercase()))
    };
    // OpenRouter writes "Org: Name"; where the name leaves out the family word the slug starts
    // with and the org is that word ("DeepSeek: R1 0528"), the org is part of the name.
    let family_word = named_id.split('-').next().unwrap_or_default();
    let with_org = |r: &&RawOffer| {
        let name = r.facts.name.clone()?;
        Some(match r.facts.creator_name.as_deref() {
            Some(org) if display_key(org) == family_word && !display_key(&name).contains(family_word) => format!("{org} {name}"),
            _ => name,
        })
    };
    let candidates = curated
        .and_then(|c| c.name.clone())
        .into_iter()
        .chain(canonical.and_then(|f| f.name.clone()))
        .chain(raws.iter().filter(|r| r.src == Src::OpenRouter && !normalize::is_plan_channel(&r.provider_model_id)).filter_map(with_org))
        .chain(named(Src::ModelsDev).filter(|n| !deployment_word(n)))
        .chain(named(Src::GenaiPrices))
        .chain(stats.and_then(|f| f.name.clone()));
    // `Claude Haiku 4.5 (latest)`, genai-prices' `GLM 5.3 (global)`: alias, tier and price-region
    // markers are not part of the model's name.
    let names: Vec<String> = candidates.map(|n| strip_context_note(&strip_markers(&n), key)).filter(|n| !is_raw_name(n, &ids)).collect();
    // Words all in lower case are an id read aloud (genai-prices' `gemini 1.0 pro`), not a
    // maker's name: they still join (below) but are not shown.
    let spoken_id = |n: &str| n.contains(' ') && !n.bytes().any(|b| b.is_ascii_uppercase());
    let name = match names.iter().find(|n| keeps_size(n, key) && !spoken_id(n)) {
        Some(n) => n.clone(),
        None => {
            summary.count("models named from their id (no source gives a name that keeps its size)", 1);
            pretty_name(&name_id(&named_id, key))
        }
    };
    // Joins (step 3b) read the key's spelling, which drops snapshot codes the slug keeps.
    let source_name = names.first().cloned().unwrap_or_else(|| pretty_name(key));

    // Creator: a lab a source names (canonical folder, OpenRouter or llm-stats org, a host's
    // sub-folder, an id's org path), else a reviewed id prefix, else OpenRouter's creator name.
    let labs = canonical
        .and_then(|f| f.lab.clone())
        .into_iter()
        .chain(by_src(Src::OpenRouter).filter_map(|f| f.lab.clone()))
        .chain(stats.and_then(|f| f.lab.clone()))
        .chain(raws.iter().filter_map(|r| r.facts.lab.clone()))
        .chain(raws.iter().filter_map(|r| r.provider_model_id.split('/').rev().nth(1).map(|l| l.trim_start_matches('~').to_owned())));
    let creator = labs
        .into_iter()
        .find_map(|l| cur.creator(Some(&l), "").map(str::to_owned))
        .or_else(|| cur.creator(None, key).map(str::to_owned))
        .or_else(|| raws.iter().find_map(|r| cur.creator(None, &model_key(last_segment(&r.provider_model_id))).map(str::to_owned)))
        .or_else(|| raws.iter().find_map(|r| cur.creator(None, &last_segment(&r.provider_model_id).to_lowercase()).map(str::to_owned)))
        .or_else(|| by_src(Src::OpenRouter).find_map(|f| f.creator_name.clone()))
        .or_else(|| raws.iter().find_map(|r| cur.creator_by_provider(&cur.provider_id(r.src, &r.upstream_provider)).map(str::to_owned)))
        .or_else(|| raws.iter().find_map(|r| owner_segment(&r.provider_model_id, &cur.provider_id(r.src, &r.upstream_provider))))
        .unwrap_or_else(|| "Unknown".into());
    let (kind, rule) = kind_of(cur, key, raws);
    if let Some(rule) = rule {
        summary.count(&format!("kind {} by reviewed rule ({rule})", kind.id()), 1);
    }
    // A router is its host's product.
    let creator = match (creator.as_str(), kind, raws.first()) {
        ("Unknown", Kind::Router, Some(r)) => {
            let id = cur.provider_id(r.src, &r.upstream_provider);
            cur.provider(&id)
                .and_then(|p| p.name.clone())
                .or_else(|| inp.modelsdev.providers.get(&r.upstream_provider).and_then(|p| p.name.clone()))
                .unwrap_or_else(|| title_case(&id))
        }
        _ => creator,
    };

    // The creator's card is another model's where the creator's own API listing and OpenRouter
    // agree on another window: models.dev's GPT-5 Chat card copies GPT-5's 400K and 128K output,
    // where OpenAI's listing (LiteLLM) and OpenRouter give 128K and 16K. The card's limits then
    // go. The API's listings are LiteLLM's and genai-prices' (models.dev's file there is the card;
    // LiteLLM gives the input limit, the window with nothing reserved for output); the smallest
    // stands, as genai-prices' OpenAI entry for GPT-5 Chat copies GPT-5's 400K too.
    let own_api = raws
        .iter()
        .filter(|r| !matches!(r.src, Src::OpenRouter | Src::ModelsDev) && cur.creator_by_provider(&cur.provider_id(r.src, &r.upstream_provider)) == Some(creator.as_str()));
    let own_window = own_api.filter_map(|r| r.context.or(r.max_input).map(|w| (w, r.src))).min();
    let router_window = raws.iter().filter(|r| r.src == Src::OpenRouter).find_map(|r| r.context);
    let overruled = canonical.and_then(|f| f.context).zip(own_window).filter(|(card, (own, _))| own != card && router_window == Some(*own));
    if let Some((card, (own, _))) = overruled {
        summary.context_fixes.push(format!("{slug}: {card} → {own} (the creator's API and OpenRouter)"));
    }
    let card_limits = canonical.filter(|_| overruled.is_none());
    let provider_ids: Vec<String> = raws.iter().map(|r| cur.provider_id(r.src, &r.upstream_provider)).collect();
    // Who states a window: a source's listing of a provider (one vote however many regional
    // ids it lists; two sources' listings of one provider are two statements).
    let listers: Vec<String> = raws.iter().zip(&provider_ids).map(|(r, p)| format!("{} {p}", r.src.id())).collect();
    // Context: the creator's figure (models.dev canonical, or its API's where that overrules
    // it), else the window the listings agree on, else OpenRouter's, else any offer's.
    // A mode's id (NanoGPT's Gemini 2.5 Flash Preview thinking id, at the plain id's mistyped
    // 1,048,756) is its provider's listing again, not a second listing that agrees.
    let stated_windows = raws.iter().zip(&listers).filter(|(r, _)| !normalize::names_a_mode(&r.provider_model_id)).filter_map(|(r, l)| Some((l.as_str(), r.context?)));
    let (context, ctx_src) = match (card_limits.and_then(|f| f.context), overruled) {
        (Some(c), _) => (Some(c), Some(Src::ModelsDev.id())),
        (None, Some((_, (own, src)))) => (Some(own), Some(src.id())),
        (None, None) => match agreed_context(stated_windows) {
            Some(c) => (Some(c), Some("listings")),
            None => match raws.iter().filter(|r| r.src == Src::OpenRouter).find_map(|r| r.context) {
                Some(c) => (Some(c), Some(Src::OpenRouter.id())),
                None => raws.iter().find_map(|r| r.context.map(|c| (Some(c), Some(r.src.id())))).unwrap_or((None, None)),
            },
        },
    };
    if let Some(s) = ctx_src {
        field_sources.insert("context".into(), s.into());
    }
    let makers_output = card_limits.and_then(|f| f.max_output);
    let max_output = makers_output.or_else(|| listed_max_output(raws.iter().zip(&provider_ids).filter_map(|(r, p)| Some((p.as_str(), r.max_output?))), context));

    // Any source's claim counts, unless the creator's canonical file explicitly denies it.
    let mut caps: BTreeSet<Capability> = raws.iter().flat_map(|r| r.facts.caps.iter().copied()).collect();
    caps.extend(canonical.iter().flat_map(|f| f.caps.iter().copied()));
    if let Some(c) = canonical {
        caps.retain(|x| !c.denied.contains(x));
    }
    // A reviewed denial, from the model's own card (see `data/models.toml`).
    let reviewed_denied: &[Capability] = curated.map_or(&[], |c| c.denied.as_slice());
    caps.retain(|x| !reviewed_denied.contains(x));
    // Structured outputs are JSON output constrained to a schema, so they include JSON mode.
    if caps.contains(&Capability::StructuredOutputs) {
        caps.insert(Capability::JsonMode);
    }
    let mut input: BTreeSet<Modality> = raws.iter().flat_map(|r| r.facts.input.iter().copied()).collect();
    let mut output: BTreeSet<Modality> = raws.iter().flat_map(|r| r.facts.output.iter().copied()).collect();
    input.extend(canonical.iter().flat_map(|f| f.input.iter().copied()));
    output.extend(canonical.iter().flat_map(|f| f.output.iter().copied()));
    input.insert(Modality::Text);
    output.insert(Modality::Text);
    if reviewed_denied.contains(&Capability::Vision) {
        input.remove(&Modality::Image);
    }
    // The creator's file, where it lists modalities, says what the weights read and write. An
    // image, audio or video input it leaves out stands only where the creator's own API lists
    // it (Mistral's lists vision for Magistral Medium, whose file predates it), or two hosts and
    // one listing in ten do (Qwen3.5 9B's image input, in 13 of 21); a lone host's claim goes
    // (Requesty's video input for GPT-5), and so does a few listings' (Azure's audio input for
    // GPT-5.1, 4 of 55). A host
    // may add PDF input: it turns documents into text or page images for any model. An output
    // the file leaves out goes (Requesty's and Vercel's image output for GPT-5).
    if let Some(c) = canonical.filter(|c| !c.input.is_empty()) {
        let provider = |r: &RawOffer| cur.provider_id(r.src, &r.upstream_provider);
        let own_api = |r: &RawOffer| cur.creator_by_provider(&provider(r)) == Some(creator.as_str());
        input.retain(|m| {
            let claims: Vec<&&RawOffer> = raws.iter().filter(|r| r.facts.input.contains(m)).collect();
            let hosts: BTreeSet<String> = claims.iter().map(|r| provider(r)).collect();
            matches!(m, Modality::Text | Modality::Pdf) || c.input.contains(m) || claims.iter().any(|r| own_api(r)) || (hosts.len() >= 2 && claims.len() * 10 >= raws.len())
        });
        if !input.contains(&Modality::Image) {
            caps.remove(&Capability::Vision);
        }
        if !input.contains(&Modality::Audio) {
            caps.remove(&Capability::AudioInput);
        }
    }
    match canonical.filter(|c| !c.output.is_empty()) {
        Some(c) => output.retain(|m| *m == Modality::Text || c.output.contains(m)),
        // Without the creator's file, image output stands where at least half the listings that
        // give outputs list it (one of Grok 4.1 Fast's eight, Helicone's, did).
        None => {
            let voters = raws.iter().filter(|r| !r.facts.output.is_empty()).count();
            let claims = raws.iter().filter(|r| r.facts.output.contains(&Modality::Image)).count();
            if claims * 2 < voters {
                output.remove(&Modality::Image);
            }
        }
    }
    // models.dev gives no kind: a listing with image output made the model an image generator.
    // Once the creator's file bounds its output to text, it is not one (GPT-5 and GPT-5.1, listed
    // with image output by Requesty, Vercel and Azure, were kept off the chat catalog).
    let kind = match kind {
        Kind::ImageGeneration if rule.is_none() && !output.contains(&Modality::Image) => Kind::Chat,
        k => k,
    };
    // A reviewed rule that makes a model a chat model bounds its output to text.
    if rule.is_some() && kind == Kind::Chat {
        output.retain(|m| *m == Modality::Text);
    }
    // What a model reads, and whether it reasons, are properties of its weights, not of a
    // host: image and audio input (with the vision and audio-input capabilities) and
    // reasoning are dropped where ten or more listings give the model and at most one in ten
    // claims them, unless the creator's file does. Three of GPT OSS 120B's 102 listings claim
    // image input, one of Gemma 3 27B's 21 reasoning. (Video is not voted on: most hosts do
    // not serve video even to models that read it, Qwen3-VL and Nova Lite among them.)
    for (modality, cap) in [(Some(Modality::Image), Capability::Vision), (Some(Modality::Audio), Capability::AudioInput), (None, Capability::Reasoning)] {
        let says = |f: &Facts| modality.is_some_and(|m| f.input.contains(&m)) || f.caps.contains(&cap);
        let claims = raws.iter().filter(|r| says(&r.facts)).count();
        if raws.len() >= 10 && claims * 10 <= raws.len() && !canonical.is_some_and(says) {
            if let Some(m) = modality {
                input.remove(&m);
            }
            caps.remove(&cap);
        }
    }
    // Video is read as frames: a model that reads no images reads no video, whatever a host
    // says (DeepSeek V3.2 and Qwen3 Coder 480B, text models, were listed with video input).
    if !input.contains(&Modality::Image) && !canonical.is_some_and(|c| c.input.contains(&Modality::Video)) {
        input.remove(&Modality::Video);
    }

    let pick_fact = |name: &str, f: &dyn Fn(&Facts) -> Option<String>, fs: &mut BTreeMap<String, String>| -> Option<String> {
        let found = canonical
            .and_then(|c| f(c).map(|v| (v, Src::ModelsDev)))
            .or_else(|| stats.and_then(|s| f(s).map(|v| (v, Src::LlmStats))))
            .or_else(|| most_common(release_facts(Src::ModelsDev).filter_map(f)).map(|v| (v, Src::ModelsDev)))
            .or_else(|| release_facts(Src::OpenRouter).find_map(|x| f(x).map(|v| (v, Src::OpenRouter))));
        if let Some((_, s)) = &found {
            fs.insert(name.to_owned(), s.id().to_owned());
        }
        found.map(|(v, _)| v)
    };
    // Where neither the creator's file nor llm-stats says, a weights link (a host's file, or
    // OpenRouter's Hugging Face id) proves them open, whatever hosts' flags say (SiliconFlow's
    // files mark DeepSeek V3.1 Terminus and Qwen3 VL 32B closed); else most hosts' flag.
    let flag = |f: &Facts| f.open_weights.map(|b| b.to_string());
    let link_from = [Src::ModelsDev, Src::OpenRouter].into_iter().find(|s| release_facts(*s).any(|f| f.weights_url.is_some()));
    let reviewed_open = curated.filter(|c| c.open_weights == Some(true));
    let open_weights = if let Some(c) = curated.filter(|c| c.open_weights.is_some()) {
        field_sources.insert("open_weights".into(), c.source.clone());
        c.open_weights
    } else if let (None, Some(src)) = (canonical.and_then(flag).or_else(|| stats.and_then(flag)), link_from) {
        field_sources.insert("open_weights".into(), src.id().into());
        Some(true)
    } else {
        // Hosts whose "closed" flags mislead (see `weights::hosts_misflagging_closed`) do not vote closed.
        let trusted = |r: &&&RawOffer| r.facts.open_weights == Some(true) || !misflagging.contains(&r.upstream_provider);
        let hosts = most_common(raws.iter().filter(|r| r.src == Src::ModelsDev && !pointer(r)).filter(trusted).filter_map(|r| flag(&r.facts)));
        let found = canonical
            .and_then(|c| flag(c).map(|v| (v, Src::ModelsDev)))
            .or_else(|| stats.and_then(|s| flag(s).map(|v| (v, Src::LlmStats))))
            .or_else(|| hosts.map(|v| (v, Src::ModelsDev)))
            .or_else(|| release_facts(Src::OpenRouter).find_map(|x| flag(x).map(|v| (v, Src::OpenRouter))));
        if let Some((_, s)) = &found {
            field_sources.insert("open_weights".into(), s.id().to_owned());
        }
        found.map(|(v, _)| v == "true")
    };
    let license = match reviewed_open.and_then(|c| c.license.clone().map(|l| (l, c.source.clone()))) {
        Some((l, from)) => {
            field_sources.insert("license".into(), from);
            Some(l)
        }
        None => stats
            .and_then(|s| s.license.clone())
            .inspect(|_| {
                field_sources.insert("license".into(), Src::LlmStats.id().into());
            })
            .or_else(|| pick_fact("license", &|f| f.license.clone(), &mut field_sources)),
    };
    let weights_url = match reviewed_open {
        Some(c) => {
            field_sources.insert("weights_url".into(), c.source.clone());
            Some(c.source.clone())
        }
        None => pick_fact("weights_url", &|f| f.weights_url.clone(), &mut field_sources),
    };
    // A release date more than a month before the date the model's slug names is another
    // release's (models.dev's Mistral Large 3 card, `mistral-large-2512`, gives Large 2.1's
    // 2024-11-01; Bedrock's Voxtral Mini 2507 file 2024-12-01): the sources' dates that fit
    // stand instead, else none. An undated slug (`gpt-4o`, `qwen-plus`) names a line of
    // snapshots that began before its dated ones, so it bounds nothing.
    let id_floor = normalize::id_month(&slug).map(|(y, m)| if m == 1 { (y - 1, 12) } else { (y, m - 1) });
    let fits = |d: &String| id_floor.is_none_or(|floor| !date_before(d, floor));
    let release_date = pick_fact("release_date", &|f| f.release_date.clone().filter(fits), &mut field_sources);
    // The creator's card or llm-stats stands for the release date unless five or more hosts'
    // files agree on another month, at least twice as many as give the stated one (llm-stats
    // dates DeepSeek V3.1 2025-01-10, twelve hosts 2025-08-21; models.dev's Qwen3 Coder 480B card
    // says 2025-04, fourteen hosts 2025-07): then the hosts' most common date in that month.
    let month = |d: &str| d.get(..7).map(str::to_owned);
    let host_dates: Vec<String> = release_facts(Src::ModelsDev).filter_map(|f| f.release_date.clone()).filter(fits).collect();
    let mut votes: BTreeMap<String, usize> = BTreeMap::new();
    for m in host_dates.iter().filter_map(|d| month(d)) {
        *votes.entry(m).or_default() += 1;
    }
    let outvoted = release_date.as_deref().and_then(month).and_then(|stated| {
        let against = votes.get(&stated).copied().unwrap_or(0);
        let (top, n) = votes.iter().max_by_key(|(_, n)| **n)?;
        (*top != stated && *n >= 5 && *n >= 2 * against).then(|| most_common(host_dates.iter().filter(|d| d.starts_with(top.as_str())).cloned()))?
    });
    let release_date = match outvoted {
        Some(hosts) => {
            summary.date_fixes.push(format!(
                "{slug}: {} ({}) → {hosts} (hosts)",
                release_date.as_deref().unwrap_or_default(),
                field_sources.get("release_date").map_or("", String::as_str)
            ));
            field_sources.insert("release_date".into(), Src::ModelsDev.id().into());
            Some(hosts)
        }
        None => release_date,
    };
    if let Some(stated) = pick_fact("release_date", &|f| f.release_date.clone(), &mut BTreeMap::new()).filter(|d| !fits(d)) {
        summary.date_fixes.push(format!("{slug}: {stated} → {}", release_date.as_deref().unwrap_or("unknown")));
    }
    // A reviewed date (data/models.toml `released`) where no source gives one.
    let release_date = release_date.or_else(|| {
        let c = cur.models.iter().find(|c| c.slug == slug && c.released.is_some())?;
        field_sources.insert("release_date".into(), c.source.clone());
        c.released.clone()
    });
    // A model knows nothing after its release: a cutoff later than the release month is
    // another release's (models.dev's Gemma 3 27B file says 2025-07, four months after it came
    // out), and one in the release month is the release date written as a cutoff (three hosts'
    // gpt-oss-120b files say 2025-08, the month it came out; three say OpenAI's 2024-06), so
    // the sources' cutoffs that fit stand instead, else none.
    let released = release_date.as_deref().and_then(|d| month_of(d).or_else(|| Some((d.get(..4)?.parse().ok()?, 12))));
    let knows = |k: &String| month_of(k).zip(released).is_none_or(|(cutoff, release)| cutoff < release);
    let knowledge_cutoff = pick_fact("knowledge_cutoff", &|f| f.knowledge_cutoff.clone().filter(knows), &mut field_sources);
    // A reviewed "closed" stands against a source that called the weights open: the size it
    // gives is of weights that were never published (llm-stats gives Magistral Medium 24B,
    // Magistral Small's size; Mistral never stated Medium's).
    let stats_params = stats.and_then(|s| s.params_b).filter(|_| curated.is_none_or(|c| c.open_weights != Some(false)));
    let (params_b, active_params_b, params_from, fix) = parameters(cur, key, &slug, stats_params);
    if let Some(from) = params_from {
        field_sources.insert("params_b".into(), from);
    }
    if let Some(fix) = fix {
        summary.param_fixes.push(fix);
    }
    // Closed weights publish no licence or weights link, so no source is named for them.
    if open_weights == Some(false) {
        field_sources.remove("license");
        field_sources.remove("weights_url");
    }
    (
        Model {
            id: slug,
            name,
            kind,
            aliases: vec![],
            creator,
            // genai-prices' description, for models only it carries (published with the facts it gives).
            description: raws.iter().all(|r| r.src == Src::GenaiPrices).then(|| raws.iter().find_map(|r| r.description.clone())).flatten(),
            release_date,
            knowledge_cutoff,
            context,
            max_output,
            max_input: card_limits.and_then(|f| f.max_input),
            retired: None,
            successor: None,
            input: input.into_iter().collect(),
            output: output.into_iter().collect(),
            capabilities: caps.into_iter().collect(),
            open_weights,
            license: if open_weights == Some(false) { None } else { license },
            weights_url: if open_weights == Some(false) { None } else { weights_url },
            params_b,
            active_params_b,
            field_sources,
            benchmarks: canonical.map(|c| c.benchmarks.clone()).unwrap_or_default(),
        },
        source_name,
        makers_output.is_some(),
    )
}

/// The models the merged offers make, and how their keys map to them.
pub struct Identified {
    pub models: Vec<Model>,
    /// A merged offer's matching key → its model's slug.
    pub slug_of_key: BTreeMap<String, String>,
    /// Models joined because the sources give them one name: the kept slug → the others.
    pub name_joined: BTreeMap<String, Vec<String>>,
    /// Open-weight models no API serves, published without offers.
    pub self_hosted: BTreeSet<String>,
    /// Models whose max output is their creator's figure (its models.dev card), by slug.
    pub makers_output: BTreeSet<String>,
}

/// Stage "identify": the merged offers grouped into models by matching key (a model only
/// genai-prices' own names carry needs company), each named, kinded and credited
/// ([`build_model`]); open-weight models no API serves added from their creator's file;
/// models the sources give one name, creator and kind joined.
pub fn identify_models(inp: &Inputs, offers: &mut Vec<Merged>, summary: &mut Summary) -> Identified {
    let cur = &inp.curated;
    // Models, by matching key.
    let mut by_model: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (key, _, _)) in offers.iter().enumerate() {
        by_model.entry(key.clone()).or_default().push(i);
    }
    // A model only genai-prices' own names carry (outside OpenRouter) needs another current offer.
    let alone: BTreeSet<usize> = by_model.values().filter(|idx| idx.iter().all(|&i| offers[i].2.iter().all(|r| r.needs_company))).flatten().copied().collect();
    if !alone.is_empty() {
        *summary.skipped.entry("genai-prices: only genai-prices names the model outside OpenRouter (kept for old responses, maybe retired)".into()).or_default() += alone.len();
        let mut k = 0;
        offers.retain(|_| {
            k += 1;
            !alone.contains(&(k - 1))
        });
        by_model.clear();
        for (i, (key, _, _)) in offers.iter().enumerate() {
            by_model.entry(key.clone()).or_default().push(i);
        }
    }
    let mut models = Vec::new();
    let mut source_names: Vec<String> = Vec::new();
    let mut slug_of_key: BTreeMap<String, String> = BTreeMap::new();
    let mut taken = BTreeSet::new();
    let raws_by_key: BTreeMap<String, Vec<&RawOffer>> = by_model.iter().map(|(k, idx)| (k.clone(), idx.iter().flat_map(|&i| offers[i].2.iter()).collect())).collect();
    let misflagging = weights::hosts_misflagging_closed(inp, &raws_by_key);
    summary.count("hosts whose 'closed weights' flags are not counted (contradicted on a tenth or more)", misflagging.len());
    let mut spellings = 0;
    let mut makers_output = BTreeSet::new();
    for (key, raws) in &raws_by_key {
        let distinct: BTreeSet<String> = raws.iter().map(|r| slugify(last_segment(&r.provider_model_id))).collect();
        if distinct.len() > 1 {
            spellings += distinct.len() - 1;
        }
        let (m, source_name, card_output) = build_model(key, raws, inp, &misflagging, &mut taken, summary);
        if card_output {
            makers_output.insert(m.id.clone());
        }
        slug_of_key.insert(key.clone(), m.id.clone());
        source_names.push(source_name);
        models.push(m);
    }
    summary.count("model id spellings joined into another spelling's model (identity rules)", spellings);
    let restored = weights::closed_by_family_record(&mut models, raws_by_key.iter());
    summary.count("models closed by a host's flag that agrees with its family's record (no open release)", restored);

    // Open-weight models no API serves: a creator's own file that says the weights are open
    // and links them (Ornith 1.0 on Hugging Face) is a model to self-host, published without
    // offers. Dated files are releases of a model, not models of their own.
    let listed: BTreeSet<&str> = offers
        .iter()
        .flat_map(|(k, _, raws)| std::iter::once(k.as_str()).chain(raws.iter().map(|r| r.key.as_str())).chain(raws.iter().filter_map(|r| r.base_key.as_deref())))
        .collect();
    let mut self_hosted: BTreeSet<String> = BTreeSet::new();
    for (key, f) in &inp.modelsdev.canonical {
        let dated = crate::normalize::snapshot_date(key).is_some();
        if listed.contains(key.as_str()) || dated || f.open_weights != Some(true) || f.weights_url.is_none() || cur.model_for_key(key).is_some() {
            continue;
        }
        let (mut m, source_name, _) = build_model(key, &[], inp, &misflagging, &mut taken, summary);
        // With no API id to take a slug from, the slug is the creator's name for it.
        let by_name = slugify(&m.name);
        if by_name != m.id && taken.insert(by_name.clone()) {
            taken.remove(&m.id);
            m.id = by_name;
        }
        slug_of_key.insert(key.clone(), m.id.clone());
        self_hosted.insert(m.id.clone());
        source_names.push(source_name);
        models.push(m);
    }
    summary.count("open-weight models no API serves, from their creator's file (to self-host)", self_hosted.len());
    let respelled = unify_creator_spellings(&mut models, cur);
    summary.count("models whose creator another model spells otherwise (`poolside`, `Poolside`), given one spelling", respelled);

    // The sources' own names: models that sources call by the same name, from the same
    // creator and of the same kind are one model (`kimi-k2-instruct` is "Kimi K2 0711",
    // `mistral-large-2512` is "Mistral Large 3"). The one with the most offers keeps its slug.
    let mut name_joined: BTreeMap<String, Vec<String>> = BTreeMap::new();
    {
        let offers_of_slug: BTreeMap<&str, usize> = slug_of_key.iter().fold(BTreeMap::new(), |mut acc, (k, slug)| {
            *acc.entry(slug.as_str()).or_default() += by_model.get(k).map_or(0, Vec::len);
            acc
        });
        // Names that read as one (`display_key`: "Code Llama 34B" and "CodeLlama 34B") or hold
        // the same words (`join_key`), of one creator and kind, form one group.
        let mut root: Vec<usize> = (0..models.len()).collect();
        fn find(root: &mut [usize], i: usize) -> usize {
            let mut r = i;
            while root[r] != r {
                r = root[r];
            }
            root[i] = r;
            r
        }
        for key in [display_key as fn(&str) -> String, join_key] {
            let mut first: BTreeMap<(String, String, Kind), usize> = BTreeMap::new();
            for (i, m) in models.iter().enumerate().filter(|(_, m)| m.creator != "Unknown") {
                let f = *first.entry((key(&source_names[i]), m.creator.to_lowercase(), m.kind)).or_insert(i);
                let (a, b) = (find(&mut root, f), find(&mut root, i));
                root[a.max(b)] = a.min(b);
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in (0..models.len()).filter(|&i| models[i].creator != "Unknown") {
            groups.entry(find(&mut root, i)).or_default().push(i);
        }
        // One provider listing both under their own ids at different prices sells two models,
        // whatever a source calls them (genai-prices names both `text-embedding-3-large` at
        // $0.13 and `-small` at $0.02 "text embedding 3").
        // Slug → (provider, tier, input price) of each of its offers.
        type Listing<'a> = (&'a str, &'a str, Option<f64>);
        let mut listed: BTreeMap<&str, Vec<Listing>> = BTreeMap::new();
        for (k, o, _) in offers.iter() {
            if let Some(slug) = slug_of_key.get(k) {
                listed.entry(slug.as_str()).or_default().push((o.provider.as_str(), o.service_tier.as_str(), o.prices.input));
            }
        }
        // (A provider with several ids of one model at several prices — regions, snapshots — tells
        // nothing: only a provider none of whose prices for one is a price for the other, within
        // the conflict tolerance, does.)
        let apart = |a: &str, b: &str| {
            let (la, lb) = (listed.get(a).map_or(&[][..], Vec::as_slice), listed.get(b).map_or(&[][..], Vec::as_slice));
            la.iter().any(|x| {
                let theirs = || lb.iter().filter(|y| y.0 == x.0 && y.1 == x.1);
                let same = |p: Option<f64>, q: Option<f64>| match (p, q) {
                    (Some(p), Some(q)) => (p - q).abs() <= crate::merge::CONFLICT_TOLERANCE * p.max(q),
                    _ => p.is_none() && q.is_none(),
                };
                theirs().next().is_some() && theirs().all(|y| la.iter().all(|z| z.0 != y.0 || z.1 != y.1 || !same(z.2, y.2)))
            })
        };
        let mut kept_apart = 0;
        let mut renamed: BTreeSet<usize> = BTreeSet::new();
        let mut drop: BTreeSet<String> = BTreeSet::new();
        for idx in groups.values().filter(|v| v.len() > 1) {
            let best = *idx
                .iter()
                .max_by(|&&a, &&b| {
                    let (ma, mb) = (&models[a].id, &models[b].id);
                    // The most offers; between equals, the spelling the shared name reads as
                    // ("GLM-4.6V FlashX" is `glm-4.6v-flashx`, though a host calls its
                    // `glm-4.6v-flash` that), then the shortest.
                    let named = |i: usize| slugify(&source_names[i]) == models[i].id;
                    offers_of_slug.get(ma.as_str()).cmp(&offers_of_slug.get(mb.as_str())).then(named(a).cmp(&named(b))).then(mb.len().cmp(&ma.len())).then(mb.cmp(ma))
                })
                .expect("non-empty");
            for &i in idx.iter().filter(|&&i| i != best) {
                if apart(&models[best].id, &models[i].id) {
                    kept_apart += 1;
                    // Two models kept apart do not share a name: each reads as its own id.
                    if display_key(&models[best].name) == display_key(&models[i].name) {
                        renamed.insert(i);
                        if !names_every_token(&models[best].name, &models[best].id) {
                            renamed.insert(best);
                        }
                    }
                    continue;
                }
                name_joined.entry(models[best].id.clone()).or_default().push(models[i].id.clone());
                drop.insert(models[i].id.clone());
            }
        }
        let target: BTreeMap<String, String> = name_joined.iter().flat_map(|(t, olds)| olds.iter().map(move |o| (o.clone(), t.clone()))).collect();
        for slug in slug_of_key.values_mut() {
            if let Some(t) = target.get(slug) {
                *slug = t.clone();
            }
        }
        summary.count("models joined because the sources give them one name, creator and kind", drop.len());
        summary.count("models one name would join, kept apart: a provider sells both at different prices", kept_apart);
        for &i in &renamed {
            let key = slug_of_key.iter().find(|(_, s)| **s == models[i].id).map_or_else(|| models[i].id.clone(), |(k, _)| k.clone());
            models[i].name = pretty_name(&name_id(&models[i].id, &key));
        }
        summary.count("models kept apart that shared a name, named from their ids", renamed.len());
        // The joined model keeps the benchmark scores only the dropped spelling carried.
        for (keep, olds) in &name_joined {
            let extra: Vec<Benchmark> = models.iter().filter(|m| olds.contains(&m.id)).flat_map(|m| m.benchmarks.clone()).collect();
            if let Some(k) = models.iter_mut().find(|m| &m.id == keep) {
                for b in extra {
                    if !k.benchmarks.iter().any(|x| x.same_run(&b)) {
                        k.benchmarks.push(b);
                    }
                }
            }
        }
        models.retain(|m| !drop.contains(&m.id));
    }
    order_runs_by_coverage(&mut models);

    Identified { models, slug_of_key, name_joined, self_hosted, makers_output }
}

/// A model's scores on one benchmark from several sources are listed the widest-reaching source
/// first: the one that scores the most models on that benchmark, so that a ranking, which takes
/// a model's first score, compares models on one source's runs. Gemini 3.1 Pro's SWE-Bench Pro
/// had ranked by the 54.2 Anthropic's Claude Opus 4.8 page reports (a source scoring 4 models),
/// beside Scale's public leaderboard's 46.1 (17 models) on which the other models rank. Otherwise
/// the order stands (benchmarks in first-seen order, ties in source order).
fn order_runs_by_coverage(models: &mut [Model]) {
    let mut coverage: BTreeMap<(String, String), usize> = BTreeMap::new();
    for b in models.iter().flat_map(|m| &m.benchmarks) {
        *coverage.entry((b.name.clone(), b.source.clone())).or_default() += 1;
    }
    for m in models.iter_mut() {
        let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
        for (i, b) in m.benchmarks.iter().enumerate() {
            first_at.entry(b.name.clone()).or_insert(i);
        }
        // A stable sort: the first-seen order stands between benchmarks and between equals.
        m.benchmarks.sort_by_cached_key(|b| (first_at[&b.name], std::cmp::Reverse(coverage[&(b.name.clone(), b.source.clone())])));
    }
}

/// One creator, one spelling: names that read as one (`display_key`: case, spaces and hyphens aside; an owner
/// segment as written, `poolside`, beside OpenRouter's "Poolside") become the reviewed name
/// (`data/creators.toml`) where there is one, else a spelling with capitals (a display name;
/// owner segments are lower case by convention) over one without, then the spelling most models
/// have. Returns how many models changed.
pub fn unify_creator_spellings(models: &mut [Model], cur: &Curated) -> usize {
    let fold = display_key;
    let mut spellings: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for m in models.iter() {
        *spellings.entry(fold(&m.creator)).or_default().entry(m.creator.as_str()).or_default() += 1;
    }
    let reviewed = |name: &str| cur.creators.iter().any(|c| c.name == name);
    let capitals = |name: &str| name.chars().filter(|c| c.is_uppercase()).count();
    let chosen: BTreeMap<String, String> = spellings
        .iter()
        .filter(|(_, names)| names.len() > 1)
        .filter_map(|(k, names)| {
            names
                .iter()
                .max_by_key(|(name, n)| (reviewed(name), capitals(name) > 0, **n, capitals(name), std::cmp::Reverse(**name)))
                .map(|(name, _)| (k.clone(), (*name).to_owned()))
        })
        .collect();
    let mut changed = 0;
    for m in models.iter_mut() {
        if let Some(name) = chosen.get(&fold(&m.creator)).filter(|name| **name != m.creator) {
            m.creator = name.clone();
            changed += 1;
        }
    }
    changed
}

/// For each model among `offers`, the latest deprecation date if every one of its offers is
/// past one before `day`, else `None`.
fn all_past<'a>(offers: impl Iterator<Item = &'a Offer>, day: &str) -> BTreeMap<&'a str, Option<&'a str>> {
    let mut out: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for o in offers {
        let e = out.entry(o.model.as_str()).or_insert(Some(""));
        *e = match (*e, o.deprecation_date.as_deref()) {
            (Some(latest), Some(d)) if d < day => Some(if d > latest { d } else { latest }),
            _ => None,
        };
    }
    out
}

/// Offers dated by their provider's reviewed retirement (`data/retirements.toml`) and, at
/// OpenRouter, by their creator's; models retired (every offer past its deprecation date, with
/// the successor a source names) and their aliases (the previous catalog's slugs, LiteLLM `alias_of` ids, the
/// spellings joined by name); offer counts by currency and region.
pub fn retire_and_alias(inp: &Inputs, mut final_offers: Vec<(Offer, Vec<RawOffer>)>, ids: &mut Identified, summary: &mut Summary) -> Vec<Offer> {
    let newest_as_of = inp.curated.newest_as_of();
    let Identified { models, slug_of_key, name_joined, .. } = ids;
    let successors: BTreeMap<String, String> =
        final_offers.iter().filter_map(|(o, raws)| raws.iter().find_map(|r| r.successor.as_deref()).map(|s| (o.model.clone(), model_key(last_segment(s))))).collect();
    let alias_ids: Vec<(String, String)> =
        final_offers.iter().flat_map(|(o, raws)| raws.iter().filter(|r| r.is_alias).map(move |r| (o.model.clone(), slugify(last_segment(&r.provider_model_id))))).collect();
    // Which offers OpenRouter's own listing carries (the others are genai-prices' ids there).
    let in_listing: Vec<bool> = final_offers.iter().map(|(_, raws)| raws.iter().any(|r| r.src == Src::OpenRouter)).collect();
    // Which offers a source marks deprecated with no date: genai-prices' flag, or models.dev's
    // `status = "deprecated"` on its file of the same endpoint.
    let md_deprecated: BTreeSet<(String, String)> = inp.modelsdev.deprecated.iter().map(|(p, id)| (inp.curated.provider_id(Src::ModelsDev, p), id.to_lowercase())).collect();
    let marked: Vec<bool> = final_offers
        .iter()
        .map(|(o, raws)| {
            // The offer's own id (a folded alias may be another release's old name).
            raws.iter().any(|r| r.marked_deprecated && r.provider_model_id.eq_ignore_ascii_case(&o.provider_model_id))
                || md_deprecated.contains(&(o.provider.clone(), o.provider_model_id.to_lowercase()))
        })
        .collect();
    let mut final_offers: Vec<Offer> = final_offers.drain(..).map(|(o, _)| o).collect();
    for o in &final_offers {
        *summary.currencies.entry(o.currency.clone()).or_default() += 1;
        if o.region.is_some() {
            summary.count("offers priced per region (region set)", 1);
        }
    }
    // A reviewed retirement dates the offers no source dates (data/models.toml `retired`).
    for o in final_offers.iter_mut().filter(|o| o.deprecation_date.is_none()) {
        if let Some(d) = inp.curated.models.iter().find(|m| m.slug == o.model).and_then(|m| m.retired.as_ref()) {
            o.deprecation_date = Some(d.clone());
            summary.count("offers dated by a reviewed retirement (data/models.toml `retired`)", 1);
        }
    }
    // A provider's own retirement dates its offers no source dates (data/retirements.toml).
    for o in final_offers.iter_mut().filter(|o| o.deprecation_date.is_none()) {
        let cur = &inp.curated;
        let retired = o.api_ids().find_map(|id| cur.retirement(&o.provider, id));
        if let Some(d) = retired {
            o.deprecation_date = Some(d.to_owned());
            summary.count("offers dated by their provider's reviewed retirement (data/retirements.toml)", 1);
        }
    }
    // OpenRouter passes a closed model's requests on: an id its own listing no longer carries,
    // which genai-prices still prices, for a model its creator had retired before that listing,
    // is gone there too, and dated by the creator's retirement (Claude 3 Opus, GPT-4.5 Preview).
    if in_listing.iter().any(|l| *l) {
        let listing_day = inp.curated.as_of(Src::OpenRouter);
        let creator: BTreeMap<&str, &str> = models.iter().map(|m| (m.id.as_str(), m.creator.as_str())).collect();
        let own = final_offers.iter().filter(|o| creator.get(o.model.as_str()).is_some_and(|c| inp.curated.creator_by_provider(&o.provider) == Some(*c)));
        let creator_retired: BTreeMap<String, String> = all_past(own, &listing_day).into_iter().filter_map(|(m, d)| Some((m.to_owned(), d?.to_owned()))).collect();
        for (o, _) in final_offers.iter_mut().zip(&in_listing).filter(|(o, listed)| o.provider == "openrouter" && !**listed && o.deprecation_date.is_none()) {
            if let Some(d) = creator_retired.get(&o.model) {
                o.deprecation_date = Some(d.clone());
                summary.count("OpenRouter ids its listing lacks, of models their creator retired before it, dated by that retirement", 1);
            }
        }
    }
    // Left for review: offers a source calls deprecated that no source or review dates.
    summary.deprecated_undated =
        final_offers.iter().zip(&marked).filter(|(o, m)| **m && o.deprecation_date.is_none()).map(|(o, _)| format!("{}/{}", o.provider, o.provider_model_id)).collect();
    // Retired: every offer of the model past its deprecation date; the successor a source names.
    let retired = all_past(final_offers.iter(), &newest_as_of);
    for m in models.iter_mut() {
        if let Some(Some(d)) = retired.get(m.id.as_str()) {
            m.retired = Some((*d).to_owned());
            summary.count("models retired (every offer past its deprecation date), kept findable", 1);
            m.successor = successors.get(&m.id).and_then(|k| slug_of_key.get(k)).filter(|s| **s != m.id).cloned();
        }
    }
    // Aliases: the slugs the previous catalog published (and its aliases), and LiteLLM `alias_of` ids.
    let new_model_of_offer: BTreeMap<(String, String), &str> =
        final_offers.iter().flat_map(|o| o.api_ids().map(move |id| ((o.provider.clone(), id.to_lowercase()), o.model.as_str()))).collect();
    let mut aliases: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    if let Some(prev) = &inp.previous {
        let mut votes: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for o in &prev.offers {
            if let Some(m) = new_model_of_offer.get(&(o.provider.clone(), o.provider_model_id.to_lowercase())) {
                *votes.entry(o.model.as_str()).or_default().entry(m).or_default() += 1;
            }
        }
        for pm in &prev.models {
            let Some(target) = votes.get(pm.id.as_str()).and_then(|v| v.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))).map(|(m, _)| *m) else { continue };
            let set = aliases.entry(target.to_owned()).or_default();
            set.insert(pm.id.clone());
            set.extend(pm.aliases.iter().cloned());
        }
    }
    for (m, a) in alias_ids {
        aliases.entry(m).or_default().insert(a);
    }
    for (m, olds) in std::mem::take(name_joined) {
        aliases.entry(m).or_default().extend(olds);
    }
    // An old slug that names another model now (its key is that model's) redirects there: the
    // page "Claude" had carried `anthropic.claude-v1` (Claude v1's Bedrock id) to Claude 2.1.
    // (Only a key one model holds: dated snapshots share their family's key.)
    let mut models_of_key: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for m in models.iter() {
        models_of_key.entry(model_key(&m.id)).or_default().push(m.id.as_str());
    }
    let mut rehomed: Vec<(String, String)> = Vec::new();
    for (m, set) in aliases.iter_mut() {
        set.retain(|a| match models_of_key.get(&model_key(a)).map(Vec::as_slice) {
            Some([owner]) if *owner != m.as_str() => {
                rehomed.push(((*owner).to_owned(), a.clone()));
                false
            }
            _ => true,
        });
    }
    summary.count("old slugs that name another model, redirected to it", rehomed.len());
    for (m, a) in rehomed {
        aliases.entry(m).or_default().insert(a);
    }
    let model_ids: BTreeSet<String> = models.iter().map(|m| m.id.clone()).collect();
    for m in models.iter_mut() {
        if let Some(set) = aliases.get(&m.id) {
            m.aliases = set.iter().filter(|a| !model_ids.contains(*a) && hub_core::parse::is_slug(a)).cloned().collect();
            summary.count("old or other slugs kept as aliases", m.aliases.len());
        }
    }
    final_offers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curated::Curated;

    #[test]
    fn one_creator_one_spelling() {
        let cur = Curated::parse("provider = []", "model = []", "[[creator]]\nname = \"Ai2\"\nlabs = [\"allenai\"]", "source = []").unwrap();
        let model = |id: &str, creator: &str| -> Model { serde_json::from_value(serde_json::json!({"id": id, "name": id, "creator": creator})).unwrap() };
        let mut models = vec![
            model("a", "poolside"),
            model("b", "Poolside"),
            model("c", "poolside"),
            model("d", "NeverSleep"),
            model("e", "neversleep"),
            model("f", "AI2"),
            model("g", "Ai2"),
            model("h", "AI2"),
        ];
        assert_eq!(unify_creator_spellings(&mut models, &cur), 5);
        let creators: Vec<&str> = models.iter().map(|m| m.creator.as_str()).collect();
        // A display name (capitals) beats a lower-case owner segment however many models use it;
        // a reviewed name beats any other ("AI2" on two models).
        assert_eq!(creators, ["Poolside", "Poolside", "Poolside", "NeverSleep", "NeverSleep", "Ai2", "Ai2", "Ai2"]);
    }

    #[test]
    fn kinds_by_reviewed_rule() {
        let cur = Curated::default().with_reviewed(include_str!("../../../data/kinds.toml"), include_str!("../../../data/parameters.toml")).unwrap();
        let kind = |id: &str| cur.kind_rule([id]).map(|r| r.kind);
        for (id, want) in [
            ("openrouter/auto", Kind::Router),
            ("nanogpt/coding-router:high", Kind::Router),
            ("BAAI/bge-reranker-v2-m3", Kind::Rerank),
            ("Qwen3-Reranker-4B", Kind::Rerank),
            ("text-embedding-3-small", Kind::Embedding),
            ("intfloat/e5-mistral-7b-instruct", Kind::Embedding),
            ("voyage-3-large", Kind::Embedding),
            ("meta-llama/Llama-Guard-3-8B", Kind::Moderation),
            ("openai/whisper-large-v3", Kind::SpeechToText),
            ("aura-2-en", Kind::TextToSpeech),
            ("gpt-4o-mini-tts", Kind::TextToSpeech),
            ("accounts/fireworks/models/flux-1-schnell", Kind::ImageGeneration),
            ("@cf/huggingface/distilbert-sst-2-int8", Kind::Classifier),
            ("paddlepaddle/paddleocr-vl", Kind::Other),
            ("openai/gpt-5.1-thinking", Kind::Chat),
        ] {
            assert_eq!(kind(id), Some(want), "{id}");
        }
        // Chat models no rule may catch.
        for id in [
            "gpt-4o",
            "mistral-small-3.2-24b-instruct",
            "claude-sonnet-4-5",
            "deepseek-v3.2",
            "llama-3.3-70b-versatile",
            "qwen3-235b-a22b",
            "gemini-2.5-flash",
            "voxtral-small-24b-2507",
            "grok-4-fast-reasoning",
        ] {
            assert_eq!(kind(id), None, "{id}");
        }
    }

    #[test]
    fn raw_names() {
        assert!(is_raw_name("Mistral-Small-3.2-24B-Instruct-2506", &["mistralai/Mistral-Small-3.2-24B-Instruct-2506"]));
        assert!(is_raw_name("glm-5-3-flash", &[]));
        assert!(is_raw_name("meta-llama/Llama-3.3-70B", &[]));
        assert!(!is_raw_name("GPT-4o", &["gpt-4o-2024-08-06"]));
        assert!(!is_raw_name("GPT-4o", &["gpt-4o"]), "a name that equals its id is still a name");
        assert!(!is_raw_name("GPT-5.4", &["gpt-5.4"]));
        assert!(!is_raw_name("Mistral Small 3.2 24B", &[]));
    }

    #[test]
    fn pretty_names() {
        assert_eq!(pretty_name("agnes2.5-pro"), "Agnes 2.5 Pro");
        assert_eq!(pretty_name("qwen3-32b"), "Qwen3 32B");
        assert_eq!(pretty_name("glm5.3-flash"), "GLM 5.3 Flash");
        assert_eq!(pretty_name("minimax-m2.5-lightning"), "MiniMax M2.5 Lightning");
        assert_eq!(pretty_name("qwen3-30b-a3b"), "Qwen3 30B A3B");
        assert_eq!(pretty_name("gpt-4o-mini-audio-preview"), "GPT-4o Mini Audio Preview");
        assert_eq!(display_key("MiniMax-M2.5"), display_key("MiniMax M2.5"));
        assert_eq!(display_key("Qwen3-30B-A3B"), display_key("Qwen3 30B  A3B"));
        assert_ne!(display_key("GLM 4.6V Flash"), display_key("GLM 4.6V FlashX"));
        assert_ne!(display_key("Mistral 7B"), display_key("Mistral 7B Instruct"));
        assert!(names_every_token("MiniMax M2.5 Highspeed", "minimax-m2.5-highspeed"));
        assert_eq!(display_key("Qwen3.8-Max"), display_key("Qwen 3.8 Max"));
        assert_ne!(display_key("Command A"), display_key("Command A+"));
        assert_eq!(join_key("Gemini 1.5 Flash 8B"), join_key("Gemini Flash 1.5 8B"));
        assert_eq!(join_key("Nova 2 Lite"), join_key("Nova Lite 2"));
        assert_eq!(join_key("Qwen3.8-Max"), join_key("Qwen 3.8 Max"));
        assert_eq!(join_key("MiniMax-M2.5"), join_key("MiniMax M2.5"));
        assert_ne!(join_key("Command A"), join_key("Command A+"));
        assert_ne!(join_key("GLM 4.6V Flash"), join_key("GLM 4.6V FlashX"));
        assert_ne!(join_key("Mistral 7B"), join_key("Mistral 7B Instruct"));
        assert_ne!(join_key("Gemini 2.5 Pro Preview 05-06"), join_key("Gemini 2.5 Pro Preview 06-05"));
        assert!(!names_every_token("text embedding 3", "text-embedding-3-large"));
        assert_eq!(pretty_name("gpt-oss-120b"), "GPT OSS 120B");
        assert_eq!(pretty_name("qwen3.8-2.4t-a95b"), "Qwen 3.8 2.4T A95B");
        // Version markers stay words of their own; a minor version joins its major.
        assert_eq!(pretty_name("claude-instant-v1"), "Claude Instant v1");
        assert_eq!(pretty_name("command-light-text-v14"), "Command Light Text v14");
        assert_eq!(pretty_name("llama-v3p1-8b"), "Llama v3.1 8B");
        assert_eq!(pretty_name("glm-5-2-variant1"), "GLM 5.2 Variant 1");
        assert_eq!(pretty_name("deep-research-preview-04-2026"), "Deep Research Preview 04 2026");
    }

    #[test]
    fn a_name_from_an_id_drops_serving_details_and_a_host_prefix() {
        assert_eq!(name_id("llama-4-scout-17b-128e-instruct-maas", &model_key("llama-4-scout-17b-128e-instruct-maas")), "llama-4-scout-17b-128e");
        assert_eq!(name_id("llama-2-13b-chat", &model_key("llama-2-13b-chat")), "llama-2-13b");
        assert_eq!(name_id("databricks-kimi-k2-7", &model_key("databricks-kimi-k2-7")), "kimi-k2-7");
        assert_eq!(name_id("qwen2p5-coder-3b", &model_key("qwen2p5-coder-3b")), "qwen2p5-coder-3b");
        assert_eq!(pretty_name(&name_id("qwen2p5-coder-3b", &model_key("qwen2p5-coder-3b"))), "Qwen 2.5 Coder 3B");
    }

    #[test]
    fn a_window_copied_into_max_output_does_not_outvote_real_limits() {
        let hosts = |figures: &[u64]| -> Vec<(String, u64)> { figures.iter().enumerate().map(|(i, n)| (format!("host{i}"), *n)).collect() };
        let out = |figures: &[u64], ctx: Option<u64>| listed_max_output(hosts(figures).iter().map(|(p, n)| (p.as_str(), *n)), ctx);
        assert_eq!(out(&[200_000, 4_096, 4_096, 200_000, 4_096], Some(200_000)), Some(4_096));
        assert_eq!(out(&[8_192, 200_000], Some(200_000)), Some(8_192), "the figure below the window");
        assert_eq!(out(&[262_144, 262_144], Some(262_144)), Some(262_144), "all say the window: kept");
        assert_eq!(out(&[32_768], Some(16_384)), None, "more than the window is no max output");
        assert_eq!(out(&[256_000, 4_096, 128_000], Some(256_000)), Some(128_000), "a tie: the larger");
        assert_eq!(out(&[16_384], None), Some(16_384));
    }

    #[test]
    fn most_providers_set_a_listed_max_output_one_vote_each() {
        // DeepSeek V3.2's shape: one host at 8,192 first, Bedrock's eleven regional ids at 8,000,
        // three hosts at about 64K (64,000 and 65,536 are one figure), two at the window.
        let mut votes: Vec<(&str, u64)> = vec![("abacus", 8_192), ("chutes", 65_536), ("deepinfra", 64_000), ("crof", 163_840)];
        votes.extend(std::iter::repeat_n(("amazon-bedrock", 8_000), 11));
        votes.extend([("helicone", 65_536), ("cortecs", 163_840)]);
        assert_eq!(listed_max_output(votes.into_iter(), Some(163_840)), Some(65_536), "one vote a provider; the group's common spelling");
    }

    #[test]
    fn hosts_vote_and_a_tie_keeps_the_first() {
        assert_eq!(most_common(["false", "true", "true"].into_iter()), Some("true"));
        assert_eq!(most_common(["false", "true"].into_iter()), Some("false"));
        assert_eq!(most_common(std::iter::empty::<&str>()), None);
    }

    #[test]
    fn the_window_most_listings_agree_on() {
        let agreed = |figures: &[u64]| {
            let hosts: Vec<String> = (0..figures.len()).map(|i| format!("host{i}")).collect();
            agreed_context(hosts.iter().map(String::as_str).zip(figures.iter().copied()))
        };
        // OpenRouter's routed host serves 16,384 of Llama 3.1 8B's ~128k.
        assert_eq!(agreed(&[16_384, 128_000, 131_072, 128_000, 32_768, 128_000]), Some(128_000));
        // Phi-4 is 16k whatever one listing says.
        assert_eq!(agreed(&[16_384, 16_384, 128_000]), Some(16_384));
        // One listing is not agreement.
        assert_eq!(agreed(&[200_000]), None);
        assert_eq!(agreed(&[8_192, 32_768]), None);
        // Nor is one lister's several ids: Bedrock's regional listings are one vote.
        let bedrock = [("amazon-bedrock", 128_000), ("amazon-bedrock", 128_000), ("amazon-bedrock", 128_000), ("a", 163_840), ("b", 163_840)];
        assert_eq!(agreed_context(bedrock.into_iter()), Some(163_840));
        assert_eq!(agreed_context([("amazon-bedrock", 128_000), ("amazon-bedrock", 128_000)].into_iter()), None);
    }

    #[test]
    fn names_lose_their_markers() {
        assert_eq!(strip_markers("GLM 5.3 (global)"), "GLM 5.3");
        assert_eq!(strip_markers("Claude Haiku 4.5 (latest) (free)"), "Claude Haiku 4.5");
        assert_eq!(strip_markers("Grok 4.20 (Reasoning)"), "Grok 4.20 (Reasoning)");
    }

    #[test]
    fn a_name_keeps_the_size_in_the_id() {
        assert!(!keeps_size("Google Gemma 2", "gemma2-9b-it"));
        assert_eq!(strip_context_note("Gemma 2 9B 8k", "gemma2-9b-it"), "Gemma 2 9B");
        assert_eq!(strip_context_note("Moonshot V1 8K", "moonshot-v1-8k"), "Moonshot V1 8K", "the model's own name");
        assert_eq!(strip_context_note("Phi-3-small-instruct (8k)", "phi-3-small-8k-instruct"), "Phi-3-small-instruct (8k)");
        assert_eq!(strip_context_note("Qwen3 30B A3B", "qwen3-30b-a3b"), "Qwen3 30B A3B");
        assert!(keeps_size("Gemma 2 9B", "gemma2-9b-it"));
        assert!(keeps_size("Mixtral 8x7B Instruct", "mixtral-8x7b-instruct"));
        assert!(keeps_size("Qwen3 30B A3B", "qwen3-30b-a3b"));
        assert!(keeps_size("Mistral Nemo", "mistral-nemo"));
    }
}
