// An independent reading of catalog.json for the tests: the same published
// rules (cheapest = lowest 50/50 blend, paid before $0; unknown last), written
// again in JavaScript so the app's Rust is checked against them, not against itself.
export const blend = o => (o.prices.input + o.prices.output) / 2;
const priced = o => o.prices?.input != null && o.prices?.output != null;

export function cheapest(offers) {
  let best = null;
  for (const o of offers.filter(priced)) {
    if (!best) { best = o; continue; }
    const [a, b] = [blend(o), blend(best)];
    if ((a === 0) !== (b === 0) ? b === 0 : a < b) best = o;
  }
  return best;
}

export function offersByModel(catalog) {
  const m = new Map(catalog.models.map(x => [x.id, []]));
  for (const o of catalog.offers) m.get(o.model)?.push(o);
  return m;
}

/** Rows of the catalog page for facets `f` (no search query), in catalog order. */
export function rows(catalog, f) {
  const by = offersByModel(catalog);
  const out = [];
  for (const m of catalog.models) {
    const eligible = by.get(m.id).filter(o => !f.provider || f.provider.includes(o.provider));
    if (!eligible.length) continue;
    if (f.creator && !f.creator.includes(m.creator)) continue;
    if (f.cap && !f.cap.every(c => (m.capabilities ?? []).includes(c))) continue;
    if (f.input && !((m.input ?? ['text']).includes(f.input))) continue;
    if (f.open != null && m.open_weights !== f.open) continue;
    const shown = cheapest(eligible);
    const context = m.context ?? shown?.context;
    if (f.minContext && !(context >= f.minContext)) continue;
    if (f.maxInput != null && !(shown?.prices.input <= f.maxInput)) continue;
    if (f.maxOutput != null && !(shown?.prices.output <= f.maxOutput)) continue;
    out.push({ id: m.id, name: m.name, context, input: shown?.prices.input, output: shown?.prices.output, shown });
  }
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
