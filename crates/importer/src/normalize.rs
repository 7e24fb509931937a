//! Matching the same model across sources: explicit, tested rules.
//!
//! [`model_key`] turns any upstream id (`anthropic.claude-sonnet-4-5-20250929-v1:0`,
//! `openrouter/anthropic/claude-sonnet-4.5`, `claude-sonnet-4-5@20250929`) into
//! one key (`claude-sonnet-4-5`). Rules, in order:
//! 1. lowercase; keep what follows the last `/` (host and vendor folders);
//! 2. drop a Bedrock-style region prefix (`us.`, `eu.`, `apac.`, `global.`, …)
//!    and vendor prefix (`anthropic.`, `meta.`, `mistral.`, …);
//! 3. drop variant suffixes: OpenRouter `:free`/`:beta`/…, Bedrock `-v1:0`,
//!    `:0`, Vertex `@20240620` / `@001`, `-latest`;
//! 4. drop a trailing date (`-20250929`, `-2024-08-06`), then a trailing
//!    `-instruct`, `-it` or `-chat` marker of an instruction-tuned release;
//! 5. spell versions with `-` (`4.5` → `4-5`, `3p5` stays), collapse `_`/spaces to `-`.
//!
//! Date-stamped snapshots thus join their undated alias. Ids that still differ
//! but name one model are joined by reviewed aliases (`data/models.toml`) and
//! by models.dev's `base_model` links.

const REGION_PREFIXES: &[&str] = &["us-gov.", "us.", "eu.", "apac.", "global.", "jp.", "au.", "ca.", "in."];
const VENDOR_PREFIXES: &[&str] = &[
    "anthropic.",
    "meta.",
    "mistral.",
    "amazon.",
    "cohere.",
    "ai21.",
    "deepseek.",
    "qwen.",
    "openai.",
    "writer.",
    "moonshot.",
    "moonshotai.",
    "minimax.",
    "google.",
    "nvidia.",
    "zai.",
    "xai.",
];
const VARIANT_SUFFIXES: &[&str] = &[":free", ":batch", ":beta", ":thinking", ":extended", ":nitro", ":floor", ":online", ":exacto"];

/// Hosts that put their own name in front of a model id (`azure-gpt-4o`, `fw-glm-5.1`).
const HOST_PREFIXES: &[&str] = &["azure-", "alicloud-", "fw-", "databricks-"];

/// Organisation prefixes, stripped only in front of that organisation's own
/// families, so `mistral-small` keeps its name: (prefix, families it precedes;
/// empty = any).
const ORG_PREFIXES: &[(&str, &[&str])] = &[
    ("anthropic--", &[]),
    ("anthropic-", &["claude"]),
    ("meta-", &["llama"]),
    ("mistralai-", &[]),
    ("openai-", &["gpt", "o1", "o3", "o4"]),
    ("google-", &["gemini", "gemma"]),
    ("xai-", &["grok"]),
    ("x-ai-", &["grok"]),
    ("ai21-", &["jamba"]),
    // Azure AI's `Cohere-command-a-plus-05-2026`; Empiriolabs' `perplexity-sonar-pro`.
    ("cohere-", &["command"]),
    ("perplexity-", &["sonar"]),
    ("deepseek-ai-", &[]),
    ("nvidia-", &["nemotron", "llama"]),
    ("zai-org-", &[]),
    ("zai-", &["glm"]),
    ("z-ai-", &["glm"]),
    ("alibaba-", &["qwen", "qwq"]),
    ("qwen-", &["qwen", "qwq"]),
    ("moonshotai-", &["kimi"]),
    ("xiaomi-", &["mimo"]),
    // Resellers' plan and routing prefixes (aihubmix `coding-glm-5.1`, `cc-glm-5.1`; Fireworks `spot-…`).
    (PLAN_PREFIXES[0].0, PLAN_PREFIXES[0].1),
    (PLAN_PREFIXES[1].0, PLAN_PREFIXES[1].1),
    ("deep-", &["deepseek"]),
    ("spot-", &["deepseek", "glm", "kimi", "qwen"]),
];

/// A reseller's coding-plan channels of a model it also sells per token: AIHubMix lists
/// `coding-glm-5.1` ("Coding GLM 5.1" in models.dev) and `cc-glm-5.1` at $0.06/$0.22 beside its
/// `zai-glm-5.1` at $0.845/$3.38. Same model (the key drops the prefix), another product:
/// see [`is_plan_channel`].
const PLAN_PREFIXES: [(&str, &[&str]); 2] = [("coding-", &["glm", "kimi", "minimax", "xiaomi", "qwen", "deepseek"]), ("cc-", &["glm", "kimi", "minimax", "qwen", "deepseek"])];

/// Whether an upstream id names a coding-plan channel (a [`PLAN_PREFIXES`] prefix in front of
/// one of its families, in the id's last segment): its offer is published under the service
/// tier `coding-plan`, so that it never headlines the model as its price.
pub fn is_plan_channel(id: &str) -> bool {
    let last = id.rsplit('/').next().unwrap_or(id).to_ascii_lowercase();
    PLAN_PREFIXES.iter().any(|(p, families)| last.strip_prefix(p).is_some_and(|r| families.iter().any(|f| r.starts_with(f))))
}

/// Quantisation and deployment markers that name a way of serving a model, not another model.
pub const DEPLOYMENT_SUFFIXES: &[&str] =
    &["-fp8", "-fp4", "-nvfp4", "-fp16", "-bf16", "-int4", "-int8", "-awq", "-gptq", "-gguf", "-maas", "-tee", "-dynamic", "-hf", "-versatile", "-instant"];

/// Lab families whose 4-digit `-YYMM` code only pins the release a version number already names
/// (`mistral-small-3.2-24b-instruct-2506` is Mistral Small 3.2); elsewhere (Qwen's `-2507`)
/// the code names a new release and is kept.
const YYMM_PINNED_FAMILIES: &[&str] = &["mistral", "ministral", "magistral", "devstral", "codestral", "pixtral", "voxtral"];

/// Rules 1–3 of the module docs: an id lowercased, its last path segment, without region
/// and vendor prefixes (`us.`, `anthropic.`; a vendor that is the family name stays:
/// `deepseek.v3-2` → `deepseek-v3-2`), variant tags, `@` revisions and Bedrock's version tail.
fn bare_id(id: &str) -> String {
    let lower = id.trim().to_lowercase();
    let path = model_path(&lower);
    let mut s: &str = path.rsplit('/').next().unwrap_or(path);
    for p in REGION_PREFIXES {
        if let Some(r) = s.strip_prefix(p) {
            s = r;
            break;
        }
    }
    let mut s = s.to_owned();
    for p in VENDOR_PREFIXES {
        if let Some(r) = s.strip_prefix(p) {
            let versioned = r.starts_with(|c: char| c.is_ascii_digit()) || r.strip_prefix('v').is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
            s = if versioned { format!("{}-{r}", &p[..p.len() - 1]) } else { r.to_owned() };
            break;
        }
    }
    for suf in VARIANT_SUFFIXES {
        if let Some(r) = s.strip_suffix(suf) {
            s = r.to_owned();
        }
    }
    // A Vertex `@` revision goes (`@20240620`, `@001`, `@latest`), but a `@YYMM` one of a family
    // that pins releases by their year and month names the release (`mistral-large@2407` is
    // Mistral Large 2407, not whichever release `mistral-large` names).
    if let Some(at) = s.find('@') {
        let rev = &s[at + 1..];
        let yymm = rev.len() == 4 && is_num_len(rev, 4) && matches!(rev[2..].parse::<u32>(), Ok(1..=12));
        if yymm && YYMM_PINNED_FAMILIES.iter().any(|f| s.starts_with(f)) {
            s.replace_range(at..at + 1, "-");
        } else {
            s.truncate(at);
        }
    }
    strip_bedrock_version(&mut s);
    s
}

/// An upstream id without a trailing deployment segment: Novita's `deepseek/deepseek-r1/community`
/// is its community deployment of the model the segment before names, not a model called
/// "community".
pub fn model_path(id: &str) -> &str {
    id.strip_suffix("/community").unwrap_or(id)
}

/// The cross-source matching key of a model id. See the module docs.
pub fn model_key(id: &str) -> String {
    key_of(id, true)
}

/// Whether `id` names a way of calling its model that the key drops: a thinking mode, a reasoning
/// effort, NanoGPT's `-original` route, Empiriolabs' `:variantN` (`claude-opus-4-6-thinking`,
/// `openai/o3-mini-high`). Such an id's figures are its provider's listing of the model again, not
/// another listing that agrees with it.
pub fn names_a_mode(id: &str) -> bool {
    key_of(id, true) != key_of(id, false)
}

/// The key, with (`modes`) or without the ways of calling a model dropped.
fn key_of(id: &str, modes: bool) -> String {
    let s = bare_id(id);
    // Empiriolabs' numbered routes to one model (`deepseek-v4-pro:variant2`; LiteLLM cites the
    // model's own page, empiriolabs.ai/models/deepseek-v4-pro, for each), each at its own price:
    // the same model, but another endpoint (its id, unlike the key, keeps the route).
    let s = match s.rfind(":variant") {
        Some(i) if modes && s.len() > i + 8 && s[i + 8..].bytes().all(|b| b.is_ascii_digit()) => s[..i].to_owned(),
        _ => s,
    };
    let mut s = s.replace(['_', ' ', ':'], "-");
    loop {
        let before = s.clone();
        for p in HOST_PREFIXES {
            if let Some(r) = s.strip_prefix(p) {
                s = r.to_owned();
            }
        }
        for (p, families) in ORG_PREFIXES {
            if let Some(r) = s.strip_prefix(p) {
                if !r.is_empty() && (families.is_empty() || families.iter().any(|f| r.starts_with(f))) {
                    s = r.to_owned();
                }
            }
        }
        // `-latest` is an alias's marker; `-free` a host's free tier of the model (ZenMux
        // `z-ai/glm-4.7-flash-free`, AIHubMix `coding-glm-5.1-free`), as OpenRouter's `:free`;
        // `-original` NanoGPT's route to the model's maker (its file names `zai-org/glm-4.7-original`
        // "GLM 4.7 Original", at Z.ai's own $0.60/$2.20 beside its `TEE/glm-4.7`, "not included in
        // subscription"): the same model, another row of NanoGPT's where the price differs.
        for suf in ["-latest", "-free", "-original"] {
            if let Some(r) = s.strip_suffix(suf).filter(|_| modes || suf != "-original") {
                s = r.to_owned();
            }
        }
        if modes {
            strip_thinking_mode(&mut s);
        }
        strip_date(&mut s);
        for suf in DEPLOYMENT_SUFFIXES {
            if let Some(r) = s.strip_suffix(suf) {
                s = r.to_owned();
            }
        }
        // `-instruct-turbo` is Together's name for its fp8 deployment of an instruct model.
        if let Some(r) = s.strip_suffix("-instruct-turbo") {
            s = r.to_owned();
        }
        if s == before {
            break;
        }
    }
    // Azure writes GPT-3.5 without its dot (`gpt-35-turbo`).
    if let Some(rest) = s.strip_prefix("gpt-35-") {
        s = format!("gpt-3.5-{rest}");
    }
    let key = versions(&s);
    let key = strip_pinned_yymm(&key);
    let key = strip_grok_snapshot(&key);
    claude_order(&key)
}

/// Families whose one model thinks or not as a request asks (a parameter, not another model id),
/// at one price: Anthropic's `thinking` on every Claude id (its tokens billed as output);
/// Google's thinking budget or level on Gemini 2.5 and 3 Flash and the `<|think|>` control token
/// of Gemma 4; the `thinking` switch of DeepSeek V3.2 and V4, GLM-5 and Kimi K2.5/K2.6 (Tencent
/// TokenHub's DeepSeek guide: "you do not need to switch model IDs between a standard model and a
/// reasoning model"); `enable_thinking` on Qwen3.5 and Qwen3.6 and MiMo V2 Flash. Resellers still
/// list thinking ids for them (302.AI `claude-opus-4-6-thinking`, AIHubMix
/// `claude-opus-4-6-think`, NanoGPT `anthropic/claude-opus-4.6:thinking:low` and
/// `gemini-2.5-flash-nothinking`, LibertAI `deepseek-v4-flash-thinking`), each at the price of
/// the plain id beside it. Families whose thinking model is its own release (Qwen3's
/// `-thinking-2507`, Kimi K2 Thinking, ERNIE 4.5's `-thinking` weights) are not listed.
const HYBRID_THINKING_FAMILIES: &[&str] = &[
    "claude",
    "gemini-2.5-flash",
    "gemini-3-flash",
    "gemini-3.5-flash",
    "gemma-4-",
    "deepseek-v3.2",
    "deepseek-v4",
    "glm-5",
    "kimi-k2.5",
    "kimi-k2.6",
    "qwen3.5-",
    "qwen3.6-",
    "mimo-v2-flash",
];

/// Families whose reasoning effort is a request parameter of the one model: OpenAI's
/// `reasoning_effort` on o1, o3, o4 and GPT-5, Google's `thinking_level` on Gemini 3. Gateways
/// list an id per level (OpenRouter `openai/o3-mini-high`, AIHubMix `gpt-5.4-high`, NanoGPT
/// `google/gemini-3.1-pro-preview-low`, Abacus `gpt-5.3-codex-xhigh`), at the model's price.
/// `-max` is not a level here: `gpt-5.1-codex-max` is its own model.
const EFFORT_FAMILIES: &[&str] = &["o1", "o3", "o4", "gpt-5", "gemini-3"];

/// A thinking-mode marker (with an effort level after it) of a [`HYBRID_THINKING_FAMILIES`] id,
/// or an effort level of an [`EFFORT_FAMILIES`] id, goes, so the id joins its model's page.
fn strip_thinking_mode(s: &mut String) {
    if EFFORT_FAMILIES.iter().any(|f| s.starts_with(f)) {
        if let Some(r) = ["-minimal", "-low", "-medium", "-high", "-xhigh"].iter().find_map(|m| s.strip_suffix(m)) {
            s.truncate(r.len());
            return;
        }
    }
    if !HYBRID_THINKING_FAMILIES.iter().any(|f| s.starts_with(f)) {
        return;
    }
    const MARKERS: &[&str] = &["-thinking-low", "-thinking-medium", "-thinking-high", "-thinking-max", "-thinking", "-think", "-nothinking", "-nothink", "-non-thinking"];
    if let Some(r) = MARKERS.iter().find_map(|m| s.strip_suffix(m)) {
        s.truncate(r.len());
    }
}

/// xAI's dated snapshot ids put a `-MMDD` inside the name (`grok-4.20-0309-reasoning`);
/// the snapshot pins the release its undated id names, so the code goes.
fn strip_grok_snapshot(key: &str) -> String {
    if !key.starts_with("grok") {
        return key.to_owned();
    }
    let is_mmdd = |t: &str| t.len() == 4 && is_num_len(t, 4) && matches!(t[..2].parse::<u32>(), Ok(1..=12)) && matches!(t[2..].parse::<u32>(), Ok(1..=31));
    key.split('-').filter(|t| !is_mmdd(t)).collect::<Vec<_>>().join("-")
}

/// An upstream id as a publishable slug's source: the last path segment without
/// region and vendor prefixes, variant tags, `@` revisions, a snapshot date or Bedrock's version tail
/// (`us.meta.llama4-scout-17b-instruct-v1:0` → `llama4-scout-17b-instruct`).
pub fn publish_id(id: &str) -> String {
    let mut s = bare_id(id);
    strip_date(&mut s);
    slugify(&s)
}

/// Version spelling: `v3p1`, `3-1`, `3.1` → `3.1`; `llama-3.1` → `llama3.1`; instruction-tuning
/// markers (`-instruct`, `-it`, a trailing `-chat` after a family name) dropped.
fn versions(s: &str) -> String {
    let tokens: Vec<String> = s.split('-').filter(|t| !t.is_empty()).map(str::to_owned).collect();
    let is_num = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let mut out: Vec<String> = Vec::new();
    for raw in tokens {
        // `v3` → `3`, `v3p1` → `3.1` (Fireworks), `5p1` → `5.1`.
        let mut t = raw.clone();
        if let Some(rest) = t.strip_prefix('v') {
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                t = rest.to_owned();
            }
        }
        let t = replace_p_between_digits(&t);
        // OpenAI's `gpt-3.5-turbo-instruct` is another model (a completions model at other
        // prices), not a marker of instruction tuning.
        if (t == "instruct" || t == "it") && !s.starts_with("gpt") {
            continue;
        }
        // A minor version: 1–2 digits right after a token that ends in a digit (`3` `1`, `qwen2` `5`).
        if is_num(&t) && t.len() <= 2 {
            if let Some(prev) = out.last_mut() {
                let prev_is_version = prev.ends_with(|c: char| c.is_ascii_digit()) && !prev.contains('.') && prev.bytes().rev().take_while(u8::is_ascii_digit).count() <= 2;
                if prev_is_version {
                    prev.push('.');
                    prev.push_str(&t);
                    continue;
                }
            }
        }
        out.push(t);
    }
    // OpenAI's `gpt-5-chat` is a product too: the ChatGPT snapshot, with a 128K window and
    // 16K output beside GPT-5's 400K and 128K, not a marker of chat tuning.
    if out.len() > 2 && out.last().is_some_and(|t| t == "chat") && !s.starts_with("gpt") {
        out.pop();
    }
    // Join a family word and the version after it: `llama` `3.1` → `llama3.1`, `gpt` `4o` → `gpt4o`.
    let mut joined: Vec<String> = Vec::new();
    for t in out {
        let is_version = t.starts_with(|c: char| c.is_ascii_digit()) && !is_size(&t) && t.len() <= 6 && !is_num_len(&t, 3);
        match joined.last_mut() {
            Some(prev) if is_version && prev.bytes().all(|b| b.is_ascii_lowercase()) => prev.push_str(&t),
            _ => joined.push(t),
        }
    }
    joined.join("-")
}

fn is_num_len(t: &str, min: usize) -> bool {
    t.len() >= min && t.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a host's key names another release than the key `base` its file links it to, so the
/// link is not followed. Either the key names more than the base it extends: another release
/// (a four-digit code outside [`YYMM_PINNED_FAMILIES`]: `qwen3-235b-a22b-2507` is not
/// `qwen3-235b-a22b`) or a model distilled from it (`deepseek-r1-distill-qwen-32b`); a
/// deployment or speed variant (`-fp8-fast`, `-6bit`, `-turbo`) and a pinned family's code
/// (`mistral-nemo-2407`) do not. Or the base goes on to a point release where the key's version
/// stops: `claude-sonnet-4` is Sonnet 4, not its base `claude-sonnet-4-5` (Neon's and Databricks'
/// models.dev files; Databricks lists both ids); `claude-sonnet-4-0` is the same release.
pub fn names_another_release(key: &str, base: &str) -> bool {
    if let Some(extra) = key.strip_prefix(base).and_then(|r| r.strip_prefix('-')) {
        let pinned = YYMM_PINNED_FAMILIES.iter().any(|f| base.starts_with(f));
        return extra.split('-').any(|t| t == "distill" || (!pinned && t.len() == 4 && t.starts_with('2') && is_num_len(t, 4)));
    }
    let Some(point) = base.strip_prefix(key).and_then(|r| r.strip_prefix(['.', '-'])) else { return false };
    key.ends_with(|c: char| c.is_ascii_digit()) && is_num_len(point, 1) && point.len() <= 2 && point.bytes().any(|b| b != b'0')
}

/// The month an upstream id says its model was released, as `(year, month)`: a snapshot date
/// (`claude-opus-4-1-20250805`, `@20250805`, `gpt-4o-2024-08-06`) or, in a
/// [`YYMM_PINNED_FAMILIES`] id, its `YYMM` code (`mistral-large-2512`: December 2025). Other
/// four-digit codes are not read (OpenAI's `gpt-4-0613` is month and day).
pub fn id_month(id: &str) -> Option<(u32, u32)> {
    let lower = id.to_ascii_lowercase();
    let path = model_path(&lower);
    let last = path.rsplit('/').next().unwrap_or(path);
    let tokens: Vec<&str> = last.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    let num = |t: &str| if t.bytes().all(|b| b.is_ascii_digit()) { t.parse::<u32>().ok() } else { None };
    let date = |y: u32, m: u32, d: u32| ((2015..2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m));
    let snapshot = tokens.iter().enumerate().find_map(|(i, t)| match t.len() {
        8 => num(t).and_then(|n| date(n / 10_000, n / 100 % 100, n % 100)),
        4 => {
            let (y, m, d) = (num(t)?, tokens.get(i + 1).filter(|t| t.len() == 2).and_then(|t| num(t))?, tokens.get(i + 2).filter(|t| t.len() == 2).and_then(|t| num(t))?);
            date(y, m, d)
        }
        _ => None,
    });
    let family = || {
        let bare = VENDOR_PREFIXES.iter().find_map(|p| last.strip_prefix(p)).unwrap_or(last);
        if !YYMM_PINNED_FAMILIES.iter().any(|f| bare.starts_with(f)) {
            return None;
        }
        tokens.iter().skip(1).filter(|t| t.len() == 4).find_map(|t| num(t).filter(|n| (2300..3000).contains(n)).and_then(|n| date(2000 + n / 100, n % 100, 1)))
    };
    snapshot.or_else(family)
}

/// A parameter-count or context-size token: `24b`, `8x7b`, `128k`, `1m`, `a3b`.
pub fn is_size(t: &str) -> bool {
    let Some(body) = t.strip_suffix(['b', 'k', 'm']) else { return false };
    !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'x')
}

pub fn replace_p_between_digits(t: &str) -> String {
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'p' && i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            out.push('.');
        } else {
            out.push(c as char);
        }
    }
    out
}

/// `mistral-small3.2-24b-2506` → `mistral-small3.2-24b` (see [`YYMM_PINNED_FAMILIES`]).
fn strip_pinned_yymm(key: &str) -> String {
    let Some((head, code)) = key.rsplit_once('-') else { return key.to_owned() };
    let yymm =
        code.len() == 4 && is_num_len(code, 4) && code.starts_with('2') && matches!(&code[2..], "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12");
    let pinned_family = YYMM_PINNED_FAMILIES.iter().any(|f| head.starts_with(f));
    // The rest must already name a version: a family word followed by digits (`ministral3`, `small3.2`).
    let has_version = head.split('-').any(|t| t.bytes().any(|b| b.is_ascii_lowercase()) && t.ends_with(|c: char| c.is_ascii_digit()) && !is_size(t));
    if yymm && pinned_family && has_version {
        head.to_owned()
    } else {
        key.to_owned()
    }
}

/// Claude ids come in two orders (`claude-4.5-sonnet`, `claude-sonnet-4-5`); Anthropic's own
/// spelling puts the version first up to 3.x and the tier first from 4 on.
fn claude_order(key: &str) -> String {
    let Some(rest) = key.strip_prefix("claude") else { return key.to_owned() };
    let parts: Vec<&str> = rest.trim_start_matches('-').split('-').collect();
    let major = |v: &str| v.split('.').next().and_then(|m| m.parse::<u32>().ok());
    let tier = |t: &str| t.bytes().all(|b| b.is_ascii_lowercase()) && !t.is_empty();
    // `claude4.5-sonnet…` → `claude-sonnet4.5…` when major ≥ 4.
    if let (Some(v), Some(t)) = (parts.first(), parts.get(1)) {
        if rest.starts_with(|c: char| c.is_ascii_digit()) && major(v).is_some_and(|m| m >= 4) && tier(t) {
            let tail = parts[2..].iter().map(|p| format!("-{p}")).collect::<String>();
            return format!("claude-{t}{v}{tail}");
        }
    }
    // `claude-sonnet3.5…` → `claude3.5-sonnet…` when major < 4.
    if let Some(first) = parts.first() {
        let split = first.find(|c: char| c.is_ascii_digit());
        if let Some(i) = split {
            let (t, v) = first.split_at(i);
            if tier(t) && major(v).is_some_and(|m| m < 4) {
                let tail = parts[1..].iter().map(|p| format!("-{p}")).collect::<String>();
                return format!("claude{v}-{t}{tail}");
            }
        }
    }
    key.to_owned()
}

/// Whether `id` is spelled as `provider`'s API takes it. Bedrock's model ids are `vendor.model`
/// without `@` (LiteLLM also lists a bare `claude-sonnet-4-5-20250929-v1:0` and a Vertex-style
/// `anthropic.claude-haiku-4-5@20251001` there); every other provider's ids are taken as given.
pub fn in_api_form(provider: &str, id: &str) -> bool {
    let last = id.rsplit('/').next().unwrap_or(id);
    provider != "amazon-bedrock" || (last.contains('.') && !last.contains('@'))
}

/// Whether an id names an instruction-tuned release: its last segment has an `instruct`, `chat`
/// or `it` word (`llama-v3p2-1b-instruct`, `Llama-2-7b-chat-hf`, `gemma-7b-it`).
pub fn names_tuned_release(id: &str) -> bool {
    let last = id.rsplit('/').next().unwrap_or(id).to_ascii_lowercase();
    last.split(['-', '_', '.', ':']).any(|w| matches!(w, "instruct" | "chat" | "it"))
}

/// Bedrock's version tail: `-v1:0`, `-1:0` (`openai.gpt-oss-120b-1:0`), `:0`. Only with the colon,
/// so `deepseek-v2` and `nemotron-nano-9b-v2` keep their versions. A `vN:M` tail with a minor
/// other than 0 is the model's own version N.M (`mistral.mistral-7b-instruct-v0:2` is Mistral 7B
/// Instruct v0.2, `anthropic.claude-v2:1` Claude 2.1), so it stays, as `vN.M`.
fn strip_bedrock_version(s: &mut String) {
    let Some(colon) = s.rfind(':') else { return };
    let minor = &s[colon + 1..];
    if minor.is_empty() || !minor.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    let major = s[..colon].rsplit('-').next().and_then(|t| t.strip_prefix('v')).filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    if major.is_some() && minor.bytes().any(|b| b != b'0') {
        s.replace_range(colon..colon + 1, ".");
        return;
    }
    s.truncate(colon);
    if let Some(dash) = s.rfind('-') {
        let tail = &s[dash + 1..];
        let digits = tail.strip_prefix('v').unwrap_or(tail);
        if !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()) {
            s.truncate(dash);
        }
    }
}

/// A dated snapshot id's date and the id without it: `gpt-4o-2024-05-13` → (`20240513`, `gpt-4o`),
/// `claude-3-5-sonnet-20240620` → (`20240620`, `claude-3-5-sonnet`).
pub fn snapshot_date(id: &str) -> Option<(String, String)> {
    let mut s = id.to_owned();
    strip_date(&mut s);
    if s.len() == id.len() {
        return None;
    }
    let date: String = id[s.len()..].chars().filter(char::is_ascii_digit).collect();
    (date.len() == 8).then_some((date, s))
}

/// `-20250929`, `-2024-08-06`, `-2024-08` at the end.
fn strip_date(s: &mut String) {
    let b = s.as_bytes();
    let n = b.len();
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b[i].is_ascii_digit());
    if n > 9 && b[n - 9] == b'-' && digits(n - 8..n) && (b[n - 8] == b'2') {
        s.truncate(n - 9);
    } else if n > 11 && b[n - 11] == b'-' && b[n - 3] == b'-' && b[n - 6] == b'-' && digits(n - 10..n - 6) && digits(n - 5..n - 3) && digits(n - 2..n) {
        s.truncate(n - 11);
    }
}

/// The region a provider id prices in, and the id without it: Bedrock's
/// `us.anthropic.claude-…` → (`us`, …), `bedrock/eu-west-1/…` → (`eu-west-1`, …).
pub fn region_of(id: &str) -> Option<String> {
    let last = id.rsplit('/').next().unwrap_or(id);
    for p in REGION_PREFIXES {
        if last.to_ascii_lowercase().starts_with(p) {
            return Some(p.trim_end_matches('.').to_owned());
        }
    }
    // A cloud region path segment: `us-east-1`, `us-gov-west-1`, `eu-central-1`.
    id.split('/')
        .find(|seg| {
            let parts: Vec<&str> = seg.split('-').collect();
            parts.len() >= 3
                && parts[0].len() == 2
                && parts[0].bytes().all(|b| b.is_ascii_lowercase())
                && parts.last().is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(str::to_owned)
}

/// A slug for publishing: lowercase `a-z 0-9 . _ -`, dashes for anything else.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().to_lowercase().chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches(|c: char| !c.is_ascii_alphanumeric()).to_owned()
}

/// Our id for an upstream provider id with no reviewed mapping: `together_ai` → `together-ai`.
pub fn provider_slug(upstream: &str) -> String {
    slugify(&upstream.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_that_names_the_tuned_release() {
        for id in ["accounts/fireworks/models/llama-v3p2-1b-instruct", "meta-llama/Llama-2-7b-chat-hf", "gemma-7b-it", "yi-34b-chat"] {
            assert!(names_tuned_release(id), "{id}");
        }
        for id in ["accounts/fireworks/models/llama-v3p2-1b", "meta/llama-3-70b", "deepseek-ai/DeepSeek-V3", "kimi-k2.6", "qwen-turbo"] {
            assert!(!names_tuned_release(id), "{id}");
        }
    }

    #[test]
    fn bedrock_ids_in_api_form() {
        assert!(in_api_form("amazon-bedrock", "anthropic.claude-sonnet-4-5-20250929-v1:0"));
        assert!(in_api_form("amazon-bedrock", "us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0"));
        assert!(!in_api_form("amazon-bedrock", "claude-sonnet-4-5-20250929-v1:0"));
        assert!(!in_api_form("amazon-bedrock", "anthropic.claude-haiku-4-5@20251001"));
        assert!(in_api_form("google-vertex", "claude-haiku-4-5@20251001"), "other providers' ids are taken as given");
    }

    #[test]
    fn a_key_that_names_another_release_is_not_its_bases() {
        assert!(names_another_release("qwen3-235b-a22b-2507", "qwen3-235b-a22b"));
        assert!(names_another_release("deepseek-r1-distill-qwen-32b", "deepseek-r1"));
        assert!(names_another_release(&model_key("claude-sonnet-4"), &model_key("anthropic/claude-sonnet-4-5-20250929")));
        for (key, base) in [
            ("mistral-nemo-2407", "mistral-nemo"),
            ("llama3.3-70b-fp8-fast", "llama3.3-70b"),
            ("glm5.1-6bit", "glm5.1"),
            ("kimi-k2.6-fast", "kimi-k2.6"),
            ("qwen3-235b-a22b", "qwen3-235b-a22b"),
            (&model_key("claude-sonnet-4"), &model_key("anthropic/claude-sonnet-4-0")),
            ("mistral-small", "mistral-small-2506"),
            ("llama-4-maverick", "llama-4-maverick-17b-instruct"),
            ("nemotron-3-super", "nemotron-3-super-120b-a12b"),
        ] {
            assert!(!names_another_release(key, base), "{key}");
        }
    }

    #[test]
    fn ids_name_their_release_month() {
        for (id, month) in [
            ("claude-opus-4-1-20250805-thinking", Some((2025, 8))),
            ("claude-opus-4-1@20250805", Some((2025, 8))),
            ("anthropic.claude-3-haiku-20240307-v1:0", Some((2024, 3))),
            ("openai/gpt-4o-2024-08-06", Some((2024, 8))),
            ("mistral-large-2512", Some((2025, 12))),
            ("mistralai/ministral-3-14b-instruct-2512", Some((2025, 12))),
            ("mistral.voxtral-mini-3b-2507", Some((2025, 7))),
            ("mistral-nemo-instruct-2407-fp8", Some((2024, 7))),
            ("mistral-large@2407", Some((2024, 7))),
            // Not dates: OpenAI's month-and-day, Qwen's codes, sizes, a Mistral version number.
            ("gpt-4-0613", None),
            ("qwen3-235b-a22b-2507", None),
            ("mistral-small-3.2-24b-instruct", None),
            ("mistral-7b-instruct-v0.1", None),
            ("mistral-large-2099", None),
        ] {
            assert_eq!(id_month(id), month, "{id}");
        }
    }

    fn one(ids: &[&str]) {
        let k = model_key(ids[0]);
        for id in ids {
            assert_eq!(model_key(id), k, "{id} should join {}", ids[0]);
        }
    }

    #[test]
    fn one_model_many_spellings() {
        one(&[
            "claude-sonnet-4-5",
            "claude-sonnet-4-5-20250929",
            "anthropic.claude-sonnet-4-5-20250929-v1:0",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "claude-sonnet-4-5@20250929",
            "anthropic/claude-sonnet-4.5",
            "openrouter/anthropic/claude-sonnet-4.5",
            "vertex_ai/claude-sonnet-4-5@20250929",
            "anthropic--claude-4.5-sonnet",
            "anthropic-claude-4.5-sonnet",
        ]);
        assert_eq!(model_key("claude-sonnet-4-5"), "claude-sonnet4.5");
        one(&[
            "claude-opus-4-6",
            "claude-opus-4-6-thinking",
            "claude-opus-4-6-think",
            "anthropic/claude-opus-4.6:thinking",
            "anthropic/claude-opus-4.6:thinking:low",
            "anthropic/claude-opus-4.6:thinking:max",
        ]);
        one(&["claude-opus-4-1", "claude-opus-4-1-20250805-thinking", "claude-opus-4-1-thinking"]);
        one(&["claude-haiku-4-5", "claude-haiku-4-5-20251001-thinking"]);
        one(&["gemini-2.5-flash", "gemini-2.5-flash-nothink", "gemini-2.5-flash-nothinking"]);
        one(&["google/gemini-3-flash-preview", "google/gemini-3-flash-preview-thinking"]);
        one(&["deepseek-v3.2", "deepseek-v3.2-thinking", "deepseek/deepseek-v3.2-thinking"]);
        one(&["deepseek-v4-flash", "deepseek-v4-flash-thinking"]);
        one(&["TEE/glm-5.1", "TEE/glm-5.1-thinking"]);
        one(&["qwen/qwen3.5-397b-a17b", "qwen/qwen3.5-397b-a17b-thinking"]);
        one(&["gemma-4-31b-it", "gemma-4-31b-it-thinking"]);
        one(&["zai-org/glm-4.7", "zai-org/glm-4.7-original", "zai-org/glm-4.7-original:thinking"]);
        one(&["openai/o3-mini", "openai/o3-mini-high", "openai/o3-mini-low"]);
        one(&["command-a-plus-05-2026", "Cohere-command-a-plus-05-2026"]);
        one(&["deepseek-v4-pro", "deepseek-v4-pro:variant1", "deepseek-v4-pro:variant2"]);
        one(&["sonar-reasoning-pro", "perplexity-sonar-reasoning-pro"]);
        one(&["gpt-5.4", "gpt-5.4-high", "gpt-5.4-low"]);
        one(&["gpt-5.3-codex", "gpt-5.3-codex-xhigh"]);
        one(&["google/gemini-3.1-pro-preview", "google/gemini-3.1-pro-preview-high", "google/gemini-3.1-pro-preview-low"]);
        one(&["xiaomi/mimo-v2-flash", "xiaomi/mimo-v2-flash-original", "xiaomi/mimo-v2-flash-thinking-original"]);
        one(&["moonshotai/kimi-k2-thinking", "moonshotai/kimi-k2-thinking-original"]);
        for mode in ["claude-opus-4-6-thinking", "openai/o3-mini-high", "zai-org/glm-4.7-original", "deepseek-v4-pro:variant1", "claude-opus-4-1-20250805-thinking"] {
            assert!(names_a_mode(mode), "{mode}");
        }
        for plain in ["claude-opus-4-6", "kimi-k2-thinking", "qwen3-235b-a22b-thinking-2507", "claude-opus-4-1-20250805", "gpt-5.1-codex-max"] {
            assert!(!names_a_mode(plain), "{plain}");
        }
    }

    #[test]
    fn openai_instruct_and_chat_products_are_their_own_models_in_any_spelling() {
        one(&["gpt-3.5-turbo", "azure/gpt-35-turbo", "openai/gpt-3.5-turbo"]);
        one(&["gpt-3.5-turbo-instruct", "azure/gpt-35-turbo-instruct", "openai/gpt-3.5-turbo-instruct"]);
        assert_ne!(model_key("gpt-3.5-turbo-instruct"), model_key("gpt-3.5-turbo"));
        one(&["gpt-5-chat", "gpt-5-chat-latest", "openai/gpt-5-chat", "azure/gpt-5-chat"]);
        assert_ne!(model_key("gpt-5-chat-latest"), model_key("gpt-5"));
        assert_eq!(model_key("llama-2-13b-chat"), model_key("llama-2-13b"));
        // Elsewhere `-instruct` still marks an instruction-tuned release of one model.
        one(&["llama-3.1-8b", "llama-3.1-8b-instruct"]);
    }

    #[test]
    fn a_vertex_yymm_revision_names_a_mistral_release() {
        assert_eq!(model_key("vertex_ai/mistral-large@2407"), model_key("mistral-large-2407"));
        assert_ne!(model_key("vertex_ai/mistral-large@2407"), model_key("mistral-large"));
        assert_eq!(model_key("vertex_ai/mistral-large@latest"), model_key("mistral-large"));
        assert_eq!(model_key("vertex_ai/codestral@2405"), model_key("codestral-2405"));
        assert_eq!(model_key("deepseek/deepseek-r1/community"), model_key("deepseek-r1"));
        // Other revisions still go: dates, `@001`, and `@YYMM`-like codes outside those families.
        assert_eq!(model_key("gemini-1.5-pro@001"), model_key("gemini-1.5-pro"));
        assert_eq!(model_key("llama-3.1-8b@2407"), model_key("llama-3.1-8b"));
    }

    /// The split models named in issue 10, each one model.
    #[test]
    fn the_split_models_of_issue_10_join() {
        one(&[
            "llama-3.1-8b",
            "meta-llama/Llama-3.1-8B-Instruct",
            "llama3.1-8b",
            "meta-llama-3.1-8b",
            "llama-3.1-8b-instruct-awq",
            "llama-3.1-8b-instruct-fp8",
            "Meta-Llama-3.1-8B-Instruct-Turbo",
            "meta-llama-3_1-8b-instruct",
            "databricks-meta-llama-3-1-8b-instruct",
            "accounts/fireworks/models/llama-v3p1-8b-instruct",
            "meta.llama3-1-8b-instruct-v1:0",
            "llama-3.1-8b-instant",
        ]);
        one(&["deepseek-v3.2", "deepseek-3.2", "deepseek-v3p2", "deepseek.v3.2", "fw-deepseek-v3.2", "deepseek-v3.2-maas", "deepseek-v3.2-tee", "deepseek-ai/DeepSeek-V3.2"]);
        one(&["gpt-oss-120b", "databricks-gpt-oss-120b", "fw-gpt-oss-120b", "gpt-oss-120b-maas", "openai-gpt-oss-120b", "openai.gpt-oss-120b-1:0", "openai/gpt-oss-120b"]);
        one(&[
            "llama-3.3-70b",
            "llama3-3-70b",
            "meta-llama-3.3-70b-instruct",
            "llama-3.3-70b-instruct-maas",
            "llama-3.3-70b-instruct-turbo",
            "llama-3.3-70b-versatile",
            "llama3.3-70b-instruct-fp8",
            "databricks-meta-llama-3-3-70b-instruct",
            "Meta-Llama-3_3-70B-Instruct",
        ]);
        one(&["ministral-3-14b-2512", "ministral-3-14b-instruct-2512", "mistral.ministral-3-14b-instruct"]);
        one(&["claude-haiku-4-5", "claude-4.5-haiku", "anthropic--claude-4.5-haiku", "anthropic-claude-4.5-haiku", "anthropic-claude-haiku-4.5", "claude-haiku-4-5-20251001"]);
        one(&["glm-5.1", "glm-5-1", "glm-5p1", "alicloud-glm-5.1", "fw-glm-5.1", "glm-5.1-fp8", "zai-glm-5-1", "zai-org/GLM-5.1"]);
        one(&["grok-4.20-reasoning", "grok-4-20-reasoning", "xai.grok-4.20-reasoning", "xai/grok-4.20-reasoning"]);
        one(&["qwen2.5-coder-32b-instruct", "qwen2-5-coder-32b-instruct", "qwen2p5-coder-32b", "Qwen/Qwen2.5-Coder-32B-Instruct"]);
        one(&["mistral-small-3.1-24b-instruct", "mistral-small-3-1-24b-instruct-2503", "mistralai/Mistral-Small-3.1-24B-Instruct-2503"]);
        one(&["mistral-small-3.2-24b-instruct", "Mistral-Small-3.2-24B-Instruct-2506", "mistral-small-3-2-24b-instruct"]);
        one(&["mistral-7b-instruct-v0.2", "mistral.mistral-7b-instruct-v0:2", "us-west-2/mistral.mistral-7b-instruct-v0:2"]);
        one(&["mixtral-8x7b-instruct-v0.1", "mistral.mixtral-8x7b-instruct-v0:1"]);
    }

    #[test]
    fn a_bedrock_minor_version_is_the_models_own() {
        // `-v1:0` is Bedrock's revision of one model; `v0:2` and `v2:1` are releases of their own.
        assert_ne!(model_key("mistral.mistral-7b-instruct-v0:2"), model_key("mistral-7b-instruct"));
        assert_ne!(model_key("anthropic.claude-v2:1"), model_key("anthropic.claude-v2"));
        assert_eq!(model_key("anthropic.claude-v2:1"), model_key("claude-v2.1"));
        assert_eq!(model_key("anthropic.claude-3-5-sonnet-20241022-v2:0"), model_key("claude-3-5-sonnet-20241022"));
    }

    #[test]
    fn plan_channels() {
        for id in ["cc-glm-5.1", "coding-glm-5.3", "aihubmix/coding-kimi-k3", "coding-xiaomi-mimo-v2.5", "Coding-MiniMax-M2.7"] {
            assert!(is_plan_channel(id), "{id}");
        }
        for id in ["zai-glm-5.1", "glm-5.1", "coding-router", "nanogpt/coding-router:low", "cc-claude-sonnet-4-5", "mistral-code-latest", "kimi-k2.7-code-highspeed"] {
            assert!(!is_plan_channel(id), "{id}");
        }
    }

    #[test]
    fn dates_variants_and_markers() {
        one(&["gpt-4o", "gpt-4o-2024-08-06", "azure-gpt-4o", "openai/gpt-4o"]);
        one(&["gpt-4.1", "gpt-4-1"]);
        one(&["meta-llama/llama-3.3-70b-instruct:free", "llama-3.3-70b"]);
        one(&["google/gemma-3-27b-it", "gemma3-27b", "gemma-3-27b"]);
        one(&["mistral-small-latest", "mistral-small"]);
        one(&["glm-4.7-flash", "z-ai/glm-4.7-flash-free", "glm-4.7-flash:free"]);
        one(&["glm-5.1", "coding-glm-5.1-free", "cc-glm-5.1", "coding-glm-5.1"]);
        assert_eq!(model_key("openrouter/free"), "free");
        one(&["qwen-3-32b", "qwen3-32b", "Qwen/Qwen3-32B"]);
        one(&["nvidia-nemotron-nano-9b-v2", "nemotron-nano-9b-v2"]);
        assert_eq!(model_key("deepseek-chat"), "deepseek-chat", "a model named chat keeps its name");
        assert_eq!(model_key("gemini-1.5-pro-002"), "gemini1.5-pro-002", "3-digit revisions are not dates");
        assert_eq!(model_key("qwen/qwen3-30b-a3b"), "qwen3-30b-a3b");
    }

    #[test]
    fn distinct_models_stay_distinct() {
        let pairs = [
            ("gpt-4o", "gpt-4o-mini"),
            ("claude-3-5-sonnet-20240620", "claude-3-7-sonnet-20250219"),
            ("o3", "o3-mini"),
            ("llama-3.1-8b-instruct", "llama-3.1-70b-instruct"),
            ("qwen3-235b-a22b", "qwen3-235b-a22b-2507"),
            ("qwen3-235b-a22b-instruct-2507", "qwen3-235b-a22b-thinking-2507"),
            ("kimi-k2", "kimi-k2-thinking"),
            ("gpt-5.1-codex", "gpt-5.1-codex-max"),
            ("devstral", "devstral-medium"),
            ("ernie-4.5-21b-a3b", "ernie-4.5-21b-a3b-thinking"),
            ("qwen3-235b-a22b", "qwen3-235b-a22b-thinking"),
            ("qwen3-max", "qwen3-max-thinking"),
            ("gemini-2.0-flash", "gemini-2.0-flash-thinking-exp-01-21"),
            ("gpt-4o-2024-05-13", "gpt-4o-2024-11-20-mini"),
            ("mistral-large-2407", "mistral-large-2411"),
            ("mistral-small", "mistral-small-3.2-24b"),
            ("deepseek-v3", "deepseek-v3.2"),
            ("deepseek-v2", "deepseek"),
            ("gemini-2.0-flash", "gemini-2.0-flash-lite"),
            ("grok-4", "grok-4-fast"),
            ("llama-3.1-8b", "llama-3.3-8b"),
            ("gpt-4", "gpt-4-turbo"),
        ];
        for (a, b) in pairs {
            assert_ne!(model_key(a), model_key(b), "{a} vs {b}");
        }
    }

    #[test]
    fn publishable_ids() {
        assert_eq!(publish_id("us.meta.llama4-scout-17b-instruct-v1:0"), "llama4-scout-17b-instruct");
        assert_eq!(publish_id("openrouter/mistralai/mistral-small-3.2-24b-instruct:free"), "mistral-small-3.2-24b-instruct");
        assert_eq!(publish_id("claude-sonnet-4-5@20250929"), "claude-sonnet-4-5");
        assert_eq!(publish_id("us.anthropic.claude-sonnet-4-5-20250929-v1:0"), "claude-sonnet-4-5");
        assert_eq!(publish_id("deepseek.v3.2"), "deepseek-v3.2");
    }

    #[test]
    fn grok_snapshots_join() {
        one(&["grok-4.20-0309-reasoning", "grok-4.20-reasoning"]);
        assert_ne!(model_key("grok-4.20-reasoning"), model_key("grok-4.20-non-reasoning"));
    }

    #[test]
    fn snapshot_dates() {
        assert_eq!(snapshot_date("gpt-4o-2024-05-13"), Some(("20240513".into(), "gpt-4o".into())));
        assert_eq!(snapshot_date("claude-3-5-sonnet-20240620"), Some(("20240620".into(), "claude-3-5-sonnet".into())));
        assert_eq!(snapshot_date("gpt-4o"), None);
        assert_eq!(snapshot_date("mistral-large-2411"), None, "a release code is not a date");
    }

    #[test]
    fn regions() {
        assert_eq!(region_of("us.anthropic.claude-sonnet-4-5-20250929-v1:0").as_deref(), Some("us"));
        assert_eq!(region_of("global.anthropic.claude-sonnet-4-5").as_deref(), Some("global"));
        assert_eq!(region_of("us-gov.anthropic.claude-3-haiku").as_deref(), Some("us-gov"));
        assert_eq!(region_of("eu-west-1/anthropic.claude-3-haiku").as_deref(), Some("eu-west-1"));
        assert_eq!(region_of("anthropic.claude-3-haiku"), None);
        assert_eq!(region_of("claude-3-haiku"), None);
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Mistral-Small-3.2-24B"), "mistral-small-3.2-24b");
        assert_eq!(slugify("accounts/fireworks/models/x"), "accounts-fireworks-models-x");
        assert_eq!(slugify("~openai/gpt 5"), "openai-gpt-5");
        assert_eq!(provider_slug("together_ai"), "together-ai");
        assert_eq!(provider_slug("vertex_ai-language-models"), "vertex-ai-language-models");
    }
}
