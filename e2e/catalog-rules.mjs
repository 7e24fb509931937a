// An independent reading of catalog.json for the tests: the same published
// rules (cheapest = lowest 50/50 blend, the creator's API among equal prices, input alone for a kind that generates nothing, paid before $0, a price confirmed in 90 days before a stale one, the standard
// tier before a coding-plan channel; unknown last), written
// again in JavaScript so the app's Rust is checked against them, not against itself.
export const blend = o => (o.prices.input + o.prices.output) / 2;
/** Kinds that generate no tokens: their offers compare by input price alone. */
const INPUT_ONLY = new Set(['embedding', 'rerank', 'classifier']);
/** The price offers of a model of kind `kind` compare by: 50/50, or input alone where it generates nothing. */
export const comparePrice = (o, kind = 'chat') => o.prices.output != null ? blend(o) : INPUT_ONLY.has(kind) ? o.prices.input : null;
// Only US-dollar prices are compared (a euro figure is never ranked against dollars).
const priced = (o, kind) => o.prices?.input != null && comparePrice(o, kind) != null && (o.currency ?? 'USD') === 'USD';
/** The catalog's date: offers deprecated before it are retired. */
export const catalogDay = catalog => catalog.generated_at.slice(0, 10);
export const isRetired = (o, day) => o.deprecation_date != null && o.deprecation_date < day;
/** A price no source has confirmed for more than 90 days before `day` is stale. */
const isStale = (o, day) => (Date.parse(day) - Date.parse(o.as_of.slice(0, 10))) / 86400000 > 90;
const paid = (o, kind) => priced(o, kind) && comparePrice(o, kind) > 0;
/** The offer a model's row and stat cards show: the cheapest current paid one a source confirmed
 * in the last 90 days, of the standard tier, then of any tier; else the cheapest current one (paid
 * before $0); else (a retired model) the cheapest. `kind`: the model's. */
export function shownOffer(offers, day, kind = 'chat', own = null) {
  const current = offers.filter(o => !isRetired(o, day));
  const confirmed = current.filter(o => paid(o, kind) && !isStale(o, day));
  return cheapest(confirmed.filter(o => (o.service_tier ?? 'standard') === 'standard'), kind, own) ?? cheapest(confirmed, kind, own) ?? cheapest(current, kind, own) ?? cheapest(offers, kind, own);
}
/** The provider id of a model's creator selling its own API (a provider named as the creator, else
 * one whose `maker` names it), or null. */
export const ownProvider = (catalog, m) =>
  (catalog.providers.find(p => p.name.toLowerCase() === m.creator.toLowerCase()) ?? catalog.providers.find(p => p.maker === m.creator))?.id ?? null;
const kindOf = m => m.kind ?? 'chat';

/** How many times the middle of the other providers' prices (each its lowest paid standard-tier
 * US-dollar price; three or more providers) an offer's price is, where it is 10× or more; else null. */
export function farAboveOthers(offers, o, kind = 'chat') {
  const price = x => (x.service_tier ?? 'standard') === 'standard' && paid(x, kind) ? comparePrice(x, kind) : null;
  const p = price(o);
  if (p == null) return null;
  const lowest = new Map();
  for (const x of offers) {
    const q = x.provider === o.provider ? null : price(x);
    if (q != null) lowest.set(x.provider, Math.min(lowest.get(x.provider) ?? Infinity, q));
  }
  const v = [...lowest.values()].sort((a, b) => a - b);
  if (v.length < 3) return null;
  const mid = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return p / mid >= 10 ? p / mid : null;
}

/** The cheapest priced offer (paid before $0); among offers within 0.01% of its price, the one
 * at `own` (the creator's API) if any, else the first. */
export function cheapest(offers, kind = 'chat', own = null) {
  let best = null;
  for (const o of offers.filter(o => priced(o, kind))) {
    if (!best) { best = o; continue; }
    const [a, b] = [comparePrice(o, kind), comparePrice(best, kind)];
    if ((a === 0) !== (b === 0) ? b === 0 : a < b) best = o;
  }
  const p = best && comparePrice(best, kind);
  const tied = p > 0 && own != null && offers.find(o => o.provider === own && priced(o, kind) && Math.abs(comparePrice(o, kind) - p) <= 1e-4 * p);
  return tied || best;
}

export function offersByModel(catalog) {
  const m = new Map(catalog.models.map(x => [x.id, []]));
  for (const o of catalog.offers) m.get(o.model)?.push(o);
  return m;
}

/** Rows of the catalog page for facets `f` (no search query), in the default order:
 * most providers first, then newest release, then name. `f.kind` ('all' or a kind; chat by default), `f.retired`. */
export function rows(catalog, f) {
  const by = offersByModel(catalog);
  const day = catalogDay(catalog);
  const out = [];
  for (const m of catalog.models) {
    if ((f.kind ?? 'chat') !== 'all' && kindOf(m) !== (f.kind ?? 'chat')) continue;
    if (!f.retired && m.retired) continue;
    // A model no API serves (open weights, to self-host) is listed, without a price, unless providers are chosen.
    const eligible = (by.get(m.id) ?? []).filter(o => !f.provider || f.provider.includes(o.provider));
    if (f.provider && !eligible.length) continue;
    if (f.creator && !f.creator.includes(m.creator)) continue;
    if (f.cap && !f.cap.every(c => (m.capabilities ?? []).includes(c))) continue;
    if (f.input && !((m.input ?? ['text']).includes(f.input))) continue;
    if (f.open != null && m.open_weights !== f.open) continue;
    const shown = shownOffer(eligible, day, kindOf(m), ownProvider(catalog, m));
    const context = m.context ?? shown?.context;
    // No window stated: the shown offer's input limit, which the window is never below.
    const maxInput = context == null ? (shown?.max_input ?? m.max_input) : undefined;
    if (f.minContext && !((context ?? maxInput) >= f.minContext)) continue;
    if (f.maxInput != null && !(shown?.prices.input <= f.maxInput)) continue;
    if (f.maxOutput != null && !(shown?.prices.output <= f.maxOutput)) continue;
    out.push({ id: m.id, name: m.name, context, maxInput, input: shown?.prices.input, output: shown?.prices.output, shown,
      providers: new Set((by.get(m.id) ?? []).map(o => o.provider)).size, release: m.release_date });
  }
  const lower = s => s.toLowerCase();
  out.sort((a, b) => b.providers - a.providers || ((b.release ?? '') > (a.release ?? '') ? 1 : (b.release ?? '') < (a.release ?? '') ? -1 : 0)
    || (lower(a.name) < lower(b.name) ? -1 : lower(a.name) > lower(b.name) ? 1 : 0));
  return out;
}

/** `$0.1375`, `$0.20`, `$15.00`: the app's price format (up to 4 decimals, at least 2). */
export function fmtPrice(p) {
  if (p == null) return '—';
  if (p === 0) return '$0';
  let s = p >= 0.01 ? p.toFixed(4) : p.toFixed(Math.min(10, 4 - Math.floor(Math.log10(p))));
  while (s.endsWith('0') && s.length - s.indexOf('.') > 3) s = s.slice(0, -1);
  const [int, frac] = s.split('.');
  return '$' + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

export const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
export const today = () => new Date().toISOString().slice(0, 10);

// ---- Monthly cost (the published rule, written again) ----
/** Monthly bill of workload `w` at offer `o`: { lines: {kind: amount}, total, tier } or null when unpriced. */
export function monthlyCost(o, w) {
  const p = o.prices;
  if (p.input == null) return null;
  const needsOut = w.out > 0 || (w.reasoning > 0 && p.reasoning == null);
  if (p.output == null && needsOut) return null;
  const baseOut = p.output ?? 0;
  const tier = [...(o.tiers ?? [])].reverse().find(t => w.in > t.above);
  const input = tier?.input ?? p.input, output = tier?.output ?? baseOut, cacheRead = tier?.cache_read ?? p.cache_read;
  const n = w.rpd * w.days;
  const tokensIn = w.in * n, cached = tokensIn * w.cached, written = tokensIn * w.write;
  const fresh = Math.max(0, tokensIn - cached - written);
  const lines = {};
  const add = (k, q, price, perM = true) => { if (q > 0) lines[k] = perM ? q * price / 1e6 : q * price; };
  add('input', fresh, input);
  add('cache_read', cached, cacheRead ?? input);
  add('cache_write', written, p.cache_write ?? input);
  add('output', w.out * n, output);
  add('reasoning', w.reasoning * n, p.reasoning ?? output);
  if (p.image != null) add('images', w.images * n, p.image, false);
  const sum = Object.values(lines).reduce((a, b) => a + b, 0);
  let discount = 0;
  if (w.batch > 0 && n > 0 && p.batch_input != null && p.batch_output != null) {
    const keepIn = p.input > 0 ? Math.min(1, p.batch_input / p.input) : 1;
    const keepOut = baseOut > 0 ? Math.min(1, p.batch_output / baseOut) : 1;
    let saved = 0;
    for (const [k, v] of Object.entries(lines)) {
      if (['input', 'cache_read', 'cache_write'].includes(k)) saved += v * (1 - keepIn);
      if (['output', 'reasoning'].includes(k)) saved += v * (1 - keepOut);
    }
    discount = saved * w.batch;
  }
  if (discount > 0) lines.batch_discount = discount;
  return { lines, total: Math.max(0, sum - discount), tier: tier?.above };
}

const isFree = o => o.service_tier === 'free' || (o.prices.input === 0 && o.prices.output === 0);

/** Every offer that can serve `w`, cheapest first (ties: model name, provider id, catalog order). */
export function rankCost(catalog, w, { caps = [], providers = [], free = false, plans = false } = {}) {
  const models = new Map(catalog.models.map(m => [m.id, m]));
  const need = w.in + w.out + w.reasoning, needOut = w.out + w.reasoning;
  const out = [];
  const day = catalogDay(catalog);
  catalog.offers.forEach((o, i) => {
    const m = models.get(o.model);
    // Current chat models priced in US dollars only.
    if (kindOf(m) !== 'chat' || isRetired(o, day) || (o.currency ?? 'USD') !== 'USD') return;
    if (!caps.every(c => (m.capabilities ?? []).includes(c))) return;
    if (providers.length && !providers.includes(o.provider)) return;
    if (!free && isFree(o)) return;
    if (!plans && o.service_tier === 'coding-plan') return;
    if (needOut > 0 && o.prices.output === 0 && o.prices.input > 0) return;
    // No window stated: the input limit bounds the whole request.
    const ctx = o.context ?? m.context ?? o.max_input ?? m.max_input;
    if (ctx == null || ctx < need) return;
    const maxOut = o.max_output ?? m.max_output;
    if (maxOut != null && maxOut < needOut) return;
    const c = monthlyCost(o, w);
    if (c) out.push({ o, m, i, ...c });
  });
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  out.sort((a, b) => a.total - b.total || cmp(a.m.name, b.m.name) || cmp(a.o.provider, b.o.provider) || a.i - b.i);
  return out;
}

/** Money as the app shows a total: `$12,345`, `$0.42`, `<$0.01`, `$0`. */
export function fmtMoney(x) {
  if (x === 0) return '$0';
  if (x < 0.01) return '<$0.01';
  if (x >= 10000) return '$' + Math.round(x).toLocaleString('en-US');
  return '$' + x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

// ---- Alternatives (the published rule, written again) ----
const words = s => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(w => w.toLowerCase());
const nameKey = (name, creator) => { const c = words(creator); return words(name).filter(w => !c.includes(w)).sort().join(' '); };

/** Other priced models for model `id`, best first: [{ id, score, reasonHead }]. */
export function alternativesOf(catalog, id) {
  const by = offersByModel(catalog);
  const day = catalogDay(catalog);
  const shown = m => shownOffer(by.get(m.id), day, kindOf(m), ownProvider(catalog, m));
  const price = m => { const b = shown(m); return b ? comparePrice(b, kindOf(m)) : null; };
  const ctxOf = m => m.context ?? shown(m)?.context;
  const m = catalog.models.find(x => x.id === id);
  const caps = m.capabilities ?? [], ctx = ctxOf(m), p0 = price(m), key = nameKey(m.name, m.creator);
  const out = [];
  for (const o of catalog.models) {
    if (o.id === id || o.name.toLowerCase() === m.name.toLowerCase() || nameKey(o.name, m.creator) === key) continue;
    if (kindOf(o) !== kindOf(m) || o.retired) continue;
    const p = price(o);
    if (p == null) continue;
    const oc = o.capabilities ?? [];
    const capScore = caps.length ? caps.filter(c => oc.includes(c)).length / caps.length : 1;
    const octx = ctxOf(o);
    const ctxScore = ctx == null ? 1 : octx != null && ctx > 0 ? Math.min(1, octx / ctx) : 0;
    let priceScore = 0;
    if (p0 > 0 && p > 0) { let d = Math.log(p / p0) / Math.log(4); d = d < 0 ? -d * 0.75 : d; priceScore = 1 / (1 + d); }
    else if (p0 != null && p0 === p) priceScore = 1;
    out.push({ id: o.id, name: o.name, score: 50 * capScore + 20 * ctxScore + 30 * priceScore });
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  out.sort((a, b) => b.score - a.score || cmp(a.name, b.name) || cmp(a.id, b.id));
  return out;
}

// ---- Use cases (the published rule, written again) ----
export function rankUseCase(catalog, uc, weights) {
  const w = { rpd: uc.workload.requests_per_day, days: 30, in: uc.workload.input_tokens, out: uc.workload.output_tokens,
    cached: (uc.workload.cached_percent ?? 0) / 100, write: 0, batch: 0, reasoning: uc.workload.reasoning_tokens ?? 0, images: 0 };
  const req = uc.requires;
  const seen = new Set(), out = [];
  // A model's offer: its cheapest confirmed price, a stale one only where it has no other.
  const day = catalogDay(catalog);
  const all = rankCost(catalog, w, { caps: req.capabilities ?? [] });
  for (const r of [...all.filter(r => !isStale(r.o, day)), ...all.filter(r => isStale(r.o, day))]) {
    if (seen.has(r.m.id)) continue;
    const mc = r.m.capabilities ?? [];
    const ctx = r.o.context ?? r.m.context ?? 0;
    if (req.any_capabilities?.length && !req.any_capabilities.some(c => mc.includes(c))) continue;
    if (!(req.input ?? []).every(x => (r.m.input ?? ['text']).includes(x))) continue;
    if (ctx < (req.min_context ?? 0) || !(r.total > 0)) continue;
    seen.add(r.m.id);
    const helpful = uc.helpful_capabilities ?? [];
    // The use case's benchmark (one benchmark, any of its spellings), where it has one.
    const names = (uc.benchmark?.names ?? []).map(n => n.toLowerCase());
    const bench = names.length ? (r.m.benchmarks ?? []).find(b => names.includes(b.name.toLowerCase())) : undefined;
    out.push({ id: r.m.id, name: r.m.name, monthly: r.total, ctxScore: Math.min(1, ctx / uc.preferred_context),
      capScore: helpful.length ? helpful.filter(c => mc.includes(c)).length / helpful.length : 1, bench, offer: r.o });
  }
  const lo = Math.min(...out.map(s => s.monthly)), hi = Math.max(...out.map(s => s.monthly));
  const best = Math.max(0, ...out.filter(s => s.bench).map(s => s.bench.score));
  const q = weights.quality ?? 0;
  for (const s of out) {
    s.costScore = hi > lo ? 1 - (Math.log(s.monthly) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : 1;
    s.quality = s.bench && best > 0 ? Math.min(1, Math.max(0, s.bench.score / best)) : null;
    let sum = weights.cost + weights.context + weights.capabilities;
    let total = weights.cost * s.costScore + weights.context * s.ctxScore + weights.capabilities * s.capScore;
    if (s.quality != null) { sum += q; total += q * s.quality; }
    s.score = sum > 0 ? 100 * total / sum : 0;
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const ranked = x => (uc.benchmark && x.quality != null ? 1 : 0);
  out.sort((a, b) => ranked(b) - ranked(a) || b.score - a.score || a.monthly - b.monthly || cmp(a.name, b.name) || cmp(a.id, b.id));
  return out;
}

/** The chart's frontier: models with the benchmark, cheapest 50/50 price first; each that beats every cheaper score. */
export function frontierOf(ranked) {
  const pts = ranked.filter(s => s.bench && s.offer.prices.input != null && s.offer.prices.output != null)
    .map(s => ({ id: s.id, price: 0.5 * s.offer.prices.input + 0.5 * s.offer.prices.output, score: s.bench.score }))
    .filter(p => p.price > 0)
    .sort((a, b) => a.price - b.price || b.score - a.score);
  let best = -Infinity;
  return pts.filter(p => { const f = p.score > best; best = Math.max(best, p.score); return f; }).map(p => p.id);
}
